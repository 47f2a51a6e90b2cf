//! The keyword prefilter: every occurrence of every rule keyword (ASCII case-insensitive) in raw
//! table data, at several GB/s per core.
//!
//! It is a "fat Teddy" search (the SIMD literal search of Hyperscan, also inside the
//! aho-corasick crate, which offers it neither case-insensitively nor for more than 64
//! patterns). Each keyword is represented by its rarest three-byte window (its fingerprint);
//! fingerprints are grouped into 16 buckets, and for each of the three window positions two
//! tables map a byte's low and high nibble to the buckets that accept it there. One AVX2 step
//! tests 16 window starts against all 16 buckets with six shuffles; a start survives only if one
//! bucket accepts all three of its bytes. Upper and lower case differ only in the high nibble
//! (0x4_/0x6_, 0x5_/0x7_), so case-insensitivity costs one more bit per letter. Survivors are
//! confirmed exactly: the case-folded window is looked up in a small hash table, then each
//! keyword with that fingerprint is compared in place.
//!
//! The tables accept every combination of their members' nibbles, so which fingerprints share a
//! bucket decides how many starts survive: [`cluster`] merges fingerprints greedily by the text
//! positions a merge would let through, under a byte distribution typical of dump data. On the
//! real corpus dumps 0.6-2% of positions survive (the more letters, the more), on the generated
//! benchmark dumps 2.3%; about a tenth of those pass the fingerprint bitmap.
//!
//! With AVX-512 (BW, VBMI) a second loop tests 64 starts per step, and without nibbles: a
//! 128-entry table per window position and group of eight buckets maps each byte straight to
//! the buckets that accept it (`vpermi2b`), so only true combinations of member bytes survive.
//! The fingerprints are clustered again for it, by exact byte sets, into 32 buckets when they
//! are many (the built-in rules' and the secret families' keywords together). On the 1 GiB
//! benchmark dump 1.7% of positions survive it. The AVX2 loop likewise tests 32 buckets, in two
//! sets of nibble tables, when the fingerprints are many: with the families' keywords 6% of
//! positions survive 32 buckets and 18% survive 16, and one search of 32 buckets took 0.92 s
//! per 512 MiB of that dump on one core of an AMD EPYC without AVX-512, where two searches of
//! 16 (the built-in rules' keywords, then the families') took 1.20 s. Bytes above 0x7f look
//! up their low seven bits, which only adds candidates that the exact check rejects. Without
//! AVX2 the aho-corasick automaton does the search; it is also the reference the tests compare
//! against, on every loop the CPU can run.

/// Keywords shorter than the fingerprint get a bucket of their own, with "any byte" after them.
const FP: usize = 3;
const BUCKETS: usize = 16;
/// Above this many fingerprints the AVX2 loop tests 32 buckets (two sets of nibble tables)
/// instead of 16: each step costs six shuffles more, and far fewer starts survive.
const WIDE: usize = 200;
/// Window starts the SIMD loops list before filtering them; a survivor is stored as a `u16`
/// offset from its block's start. (After each block the AVX-512 loop reloads its 24 tables:
/// 4096 starts a block cost a few percent more on the 1 GiB benchmark.)
const BLOCK: usize = 16384;

pub struct Prefilter {
    /// Lowercased keywords; an occurrence is reported by index into this list.
    keywords: Vec<Box<[u8]>>,
    /// Open-addressed table from a folded 3-byte fingerprint to a range of `ids`.
    slots: Vec<Slot>,
    /// The keywords of each fingerprint: dozens can share one (every `scheme://` has `://`,
    /// and every URL in the data is a hit), so a slot's are sorted by the byte before the
    /// fingerprint and a hit looks only at those its text's byte matches.
    ids: Vec<Id>,
    /// Keywords shorter than `FP`.
    short: Vec<u16>,
    short_bit: u16,
    /// Low/high nibble tables for window positions 0, 1, 2: bytes 0..16 hold the bits of
    /// buckets 0-7, bytes 16..32 those of buckets 8-15 (one AVX2 lane each). A second set
    /// holds buckets 16-31 when the fingerprints are many (see [`WIDE`]).
    masks: Vec<[[u8; 32]; 2 * FP]>,
    /// For the AVX-512 loop, which clusters the fingerprints again into `8 * groups` buckets
    /// by their exact bytes: table `groups * pos + g` maps a byte (its low seven bits) to the
    /// buckets `8g..8g+8` that accept it at window position `pos`.
    exact: Vec<[u8; 128]>,
    /// Groups of eight buckets in `exact` (2 or 4).
    groups: usize,
    /// The SIMD loop this CPU runs.
    simd: Simd,
    /// One bit per 16-bit hash of a fingerprint folded with `| 0x20`: most start positions the
    /// nibble tables let through are rejected here without leaving the SIMD loop.
    seen: Box<[u64; 1024]>,
    /// First bytes (both cases) of the short keywords.
    short_first: [bool; 256],
    /// The portable search, used when the CPU has no AVX2.
    fallback: Option<aho_corasick::AhoCorasick>,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// Folded fingerprint + 1 (0 = empty).
    key: u32,
    /// `ids[start..keyed]`: keywords that begin with the fingerprint; `ids[keyed..end]`: the
    /// others, ascending by the byte before their fingerprint and the one before that.
    start: u32,
    keyed: u32,
    end: u32,
}

/// One keyword of a fingerprint.
#[derive(Clone, Copy)]
struct Id {
    /// The keyword's id.
    id: u16,
    /// Where the fingerprint sits in the keyword.
    off: u8,
    /// The keyword's first byte (lowercase).
    first: u8,
    /// The byte before the fingerprint in the keyword (lowercase; 0 when `off` is 0).
    before: u8,
    /// The byte before that (0 when `off` is under 2: any).
    before2: u8,
}

#[inline]
fn fold(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

#[inline]
fn fp_key(b: &[u8]) -> u32 {
    (fold(b[0]) as u32) << 16 | (fold(b[1]) as u32) << 8 | fold(b[2]) as u32
}

/// `| 0x20` folds ASCII letters (and maps a few punctuation bytes onto others, which only
/// costs a false positive); `key` holds three bytes.
#[inline]
fn seen_hash(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[inline]
fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize & mask
}

/// The search loops, fastest last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Simd {
    None,
    Avx2,
    Avx512,
}

impl Simd {
    /// The fastest loop this CPU can run.
    fn best() -> Simd {
        match crate::util::cpu::level() {
            crate::util::cpu::Level::Avx512 => Simd::Avx512,
            crate::util::cpu::Level::Avx2 => Simd::Avx2,
            crate::util::cpu::Level::Portable => Simd::None,
        }
    }
}

impl Prefilter {
    /// `keywords` must be non-empty strings; case is ignored.
    pub fn new<S: AsRef<[u8]>>(keywords: &[S]) -> Prefilter {
        Prefilter::with_simd(keywords, Simd::best())
    }

    /// `simd` must not be faster than [`Simd::best`].
    fn with_simd<S: AsRef<[u8]>>(keywords: &[S], simd: Simd) -> Prefilter {
        let freq = &text_freq();
        let keywords: Vec<Box<[u8]>> = keywords
            .iter()
            .map(|k| k.as_ref().to_ascii_lowercase().into())
            .collect();
        let mut short = Vec::new();
        // Each keyword's fingerprint is its rarest three-byte window in text (":/" + "/" for
        // every URI scheme, "ssw" for "password"): rare windows keep the buckets selective.
        let mut fps: Vec<(u32, u16, u8)> = Vec::new();
        for (i, k) in keywords.iter().enumerate() {
            if k.is_empty() {
                continue;
            }
            if k.len() < FP {
                short.push(i as u16);
                continue;
            }
            // Bytes taken one by one, except that dumps are full of hex (hashes, UUIDs, bytea)
            // and of numbers, dates and times: a window those could make ("b1d", ":54" of
            // ":5432:" in every timestamp) is taken to be common, whatever its letters.
            let rarity = |w: &[u8]| {
                let hex = w.iter().all(u8::is_ascii_hexdigit);
                let numeric =
                    w.iter().any(u8::is_ascii_digit) && w.iter().all(|&b| b.is_ascii_digit() || b":.-".contains(&b));
                let common = if hex || numeric { 30.0 } else { 1.0 };
                common
                    * w.iter()
                        .map(|&b| {
                            freq[b as usize]
                                + if b.is_ascii_alphabetic() {
                                    freq[(b ^ 0x20) as usize]
                                } else {
                                    0.0
                                }
                        })
                        .product::<f32>()
            };
            let off = (0..=(k.len() - FP).min(u8::MAX as usize))
                .min_by(|&a, &b| rarity(&k[a..a + FP]).total_cmp(&rarity(&k[b..b + FP])))
                .unwrap_or(0);
            fps.push((fp_key(&k[off..]), i as u16, off as u8));
        }
        fps.sort_unstable();
        let mut distinct: Vec<u32> = fps.iter().map(|f| f.0).collect();
        distinct.dedup();

        // `None`: any byte at this position.
        let cased = |byte: Option<u8>| -> Vec<u8> {
            match byte {
                Some(b) if b.is_ascii_alphabetic() => vec![b.to_ascii_lowercase(), b.to_ascii_uppercase()],
                Some(b) => vec![b],
                None => (0..=255).collect(),
            }
        };
        let sets = if distinct.len() > WIDE { 2 } else { 1 };
        let mut masks = vec![[[0u8; 32]; 2 * FP]; sets];
        let set = |pos: usize, bucket: usize, byte: Option<u8>| {
            let (m, bucket) = (bucket / BUCKETS, bucket % BUCKETS);
            let (lane, bit) = (16 * (bucket / 8), 1u8 << (bucket % 8));
            for b in cased(byte) {
                masks[m][2 * pos][lane + (b & 15) as usize] |= bit;
                masks[m][2 * pos + 1][lane + (b >> 4) as usize] |= bit;
            }
        };
        let short_bit = if short.is_empty() { 0 } else { 1u16 << (BUCKETS - 1) };
        let total = BUCKETS * sets;
        let buckets = if short.is_empty() { total } else { total - 1 };
        let shorts: Vec<&[u8]> = short.iter().map(|&i| &*keywords[i as usize]).collect();
        fill(&cluster::<Nibbles>(&distinct, buckets), &shorts, total - 1, set);
        // The AVX-512 tables: buckets of exact byte sets, twice as many when the keywords
        // crowd sixteen of them.
        let groups = if distinct.len() > 128 { 4 } else { 2 };
        let mut exact = Vec::new();
        if simd == Simd::Avx512 {
            exact = vec![[0u8; 128]; FP * groups];
            let last = 8 * groups - 1;
            let buckets = if short.is_empty() { last + 1 } else { last };
            let set = |pos: usize, bucket: usize, byte: Option<u8>| {
                for b in cased(byte) {
                    exact[groups * pos + bucket / 8][(b & 0x7f) as usize] |= 1 << (bucket % 8);
                }
            };
            fill(&cluster::<Bytes>(&distinct, buckets), &shorts, last, set);
        }

        // Fingerprint -> keywords, in a table at most half full.
        let size = (distinct.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); size];
        let mut ids = Vec::with_capacity(fps.len());
        let mut i = 0;
        while i < fps.len() {
            let key = fps[i].0;
            let start = ids.len() as u32;
            while i < fps.len() && fps[i].0 == key {
                let (kw, off) = (&keywords[fps[i].1 as usize], fps[i].2);
                ids.push(Id {
                    id: fps[i].1,
                    off,
                    first: kw[0],
                    before: if off == 0 { 0 } else { kw[off as usize - 1] },
                    before2: if off < 2 { 0 } else { kw[off as usize - 2] },
                });
                i += 1;
            }
            let mine = &mut ids[start as usize..];
            mine.sort_by_key(|e| (e.off != 0, e.before, e.before2));
            let keyed = start + mine.iter().filter(|e| e.off == 0).count() as u32;
            let mut s = slot_of(key, size - 1);
            while slots[s].key != 0 {
                s = (s + 1) & (size - 1);
            }
            slots[s] = Slot {
                key: key + 1,
                start,
                keyed,
                end: ids.len() as u32,
            };
        }
        let mut seen = Box::new([0u64; 1024]);
        for &(key, _, _) in &fps {
            let h = seen_hash(key | 0x20_2020);
            seen[h >> 6] |= 1 << (h & 63);
        }
        let mut short_first = [false; 256];
        for &i in &short {
            let b = keywords[i as usize][0];
            short_first[b.to_ascii_lowercase() as usize] = true;
            short_first[b.to_ascii_uppercase() as usize] = true;
        }
        Prefilter {
            seen,
            short_first,
            fallback: (simd == Simd::None).then(|| {
                aho_corasick::AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                    .build(&keywords)
                    .expect("keyword automaton")
            }),
            keywords,
            slots,
            ids,
            short,
            short_bit,
            masks,
            exact,
            groups,
            simd,
        }
    }

    pub fn keyword(&self, id: u16) -> &[u8] {
        &self.keywords[id as usize]
    }

    /// Appends `(start, keyword id)` for every keyword occurrence in `hay`, ascending
    /// (overlapping occurrences included).
    pub fn find_all(&self, hay: &[u8], out: &mut Vec<(usize, u16)>) {
        if let Some(ac) = &self.fallback {
            let first = out.len();
            out.extend(
                ac.find_overlapping_iter(hay)
                    .map(|m| (m.start(), m.pattern().as_usize() as u16)),
            );
            // The automaton reports by end: a keyword that starts earlier can end later.
            out[first..].sort_unstable();
            return;
        }
        let first = out.len();
        // SAFETY: `simd` is at most what the CPU runs (without AVX2 there is a fallback
        // automaton and we returned above).
        #[cfg(target_arch = "x86_64")]
        let mut i = unsafe {
            let i = match self.simd {
                Simd::Avx512 => self.find_avx512(hay, out),
                _ => 0,
            };
            self.find_avx2(hay, i, out)
        };
        #[cfg(not(target_arch = "x86_64"))]
        let mut i = 0;
        // The last window starts, byte by byte (short values come here whole).
        while i < hay.len() {
            let buckets = self.scalar_buckets(hay, i);
            if buckets != 0 {
                self.confirm(hay, i, buckets, out);
            }
            i += 1;
        }
        // Fingerprints sit at different offsets in their keywords.
        sort_nearly_sorted(&mut out[first..]);
    }

    /// Does any keyword occur in `hay`?
    pub fn is_match(&self, hay: &[u8]) -> bool {
        let mut out = Vec::new();
        self.find_all(hay, &mut out);
        !out.is_empty()
    }

    /// Without the nibble tables: the fingerprint bitmap, and the first byte of a short keyword.
    #[inline]
    fn scalar_buckets(&self, hay: &[u8], p: usize) -> u16 {
        let mut b = 0;
        if self.short_first[hay[p] as usize] {
            b |= self.short_bit;
        }
        if p + FP <= hay.len() && self.seen_at(hay, p) {
            b |= !self.short_bit;
        }
        b
    }

    /// Is the window at `p` (three bytes must be there) in the fingerprint bitmap?
    #[inline]
    fn seen_at(&self, hay: &[u8], p: usize) -> bool {
        let key = (hay[p] as u32) << 16 | (hay[p + 1] as u32) << 8 | hay[p + 2] as u32;
        let h = seen_hash(key | 0x20_2020);
        self.seen[h >> 6] >> (h & 63) & 1 != 0
    }

    /// Exact check of the keywords in `buckets` that could start at `p`.
    #[inline]
    fn confirm(&self, hay: &[u8], p: usize, buckets: u16, out: &mut Vec<(usize, u16)>) {
        let rest = &hay[p..];
        if buckets & self.short_bit != 0 {
            for &id in &self.short {
                if starts_with_folded(rest, &self.keywords[id as usize]) {
                    out.push((p, id));
                }
            }
        }
        if buckets & !self.short_bit == 0 || rest.len() < FP {
            return;
        }
        let key = fp_key(rest);
        let mask = self.slots.len() - 1;
        let mut s = slot_of(key, mask);
        loop {
            let slot = self.slots[s];
            if slot.key == 0 {
                return;
            }
            if slot.key == key + 1 {
                let check = |e: &Id, out: &mut Vec<(usize, u16)>| {
                    let off = e.off as usize;
                    if p >= off
                        && fold(hay[p - off]) == e.first
                        && starts_with_folded(&hay[p - off..], &self.keywords[e.id as usize])
                    {
                        out.push((p - off, e.id));
                    }
                };
                for e in &self.ids[slot.start as usize..slot.keyed as usize] {
                    check(e, out);
                }
                if p > 0 && slot.keyed < slot.end {
                    // Every URL in the data hits `://`, shared by a dozen schemes: the two
                    // bytes before it leave the one or two that can match (`ps` of https).
                    let rest = &self.ids[slot.keyed as usize..slot.end as usize];
                    let b = fold(hay[p - 1]);
                    let b2 = if p > 1 { fold(hay[p - 2]) } else { 0 };
                    let from = rest.partition_point(|e| e.before < b);
                    for e in rest[from..].iter().take_while(|e| e.before == b) {
                        if e.before2 == 0 || e.before2 == b2 {
                            check(e, out);
                        }
                    }
                }
                return;
            }
            s = (s + 1) & mask;
        }
    }

    /// A block's survivors (offsets from `block`): the fingerprint bitmap and the short
    /// keywords' first bytes keep a few, compacted in place, and those are confirmed.
    ///
    /// # Safety
    /// `list[..n]` is initialised, and `hay` holds three bytes from every start in it on.
    #[inline(always)]
    unsafe fn settle(
        &self,
        hay: &[u8],
        block: usize,
        list: &mut [std::mem::MaybeUninit<u16>],
        n: usize,
        out: &mut Vec<(usize, u16)>,
    ) {
        let mut kept = 0;
        for x in 0..n {
            let o = list[x].assume_init();
            let p = block + o as usize;
            let pass = self.seen_at(hay, p) as usize | self.short_first[hay[p] as usize] as usize;
            list[kept].write(o);
            kept += pass;
        }
        for o in &list[..kept] {
            let p = block + o.assume_init() as usize;
            let buckets = self.scalar_buckets(hay, p);
            if buckets != 0 {
                self.confirm(hay, p, buckets, out);
            }
        }
    }

    /// The AVX2 loop from `start`; returns where the byte-by-byte loop must continue.
    ///
    /// About a third of the 16-start steps have a survivor, at random, so a branch on "any
    /// survivor?" per step would mispredict all the time. Instead four steps' survivor bits
    /// make one 64-bit mask, stored without a branch; after the block the masks are turned
    /// into a list (one loop exit per 64 starts), which is tested against the fingerprint
    /// bitmap in one tight loop; only the few that pass are confirmed. (Appending each step's
    /// survivors to the list through a table of set bits, 16 more instructions per step, took
    /// 0.74 s where this takes 0.50 s for the built-in keywords over 512 MiB of the 1 GiB
    /// benchmark dump.)
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn find_avx2(&self, hay: &[u8], start: usize, out: &mut Vec<(usize, u16)>) -> usize {
        match self.masks.len() {
            2 => self.find_avx2_in::<2>(hay, start, out),
            _ => self.find_avx2_in::<1>(hay, start, out),
        }
    }

    /// [`Self::find_avx2`] with `S` sets of 16 buckets.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    fn find_avx2_in<const S: usize>(&self, hay: &[u8], start: usize, out: &mut Vec<(usize, u16)>) -> usize {
        use std::arch::x86_64::*;
        // SAFETY: a mask is 32 bytes.
        let load = |m: &[u8; 32]| unsafe { _mm256_loadu_si256(m.as_ptr() as *const __m256i) };
        // Per set: low and high nibble tables of window positions 0, 1, 2.
        let t: [[__m256i; 2 * FP]; S] = std::array::from_fn(|k| std::array::from_fn(|j| load(&self.masks[k][j])));
        let nib = _mm256_set1_epi8(0x0f);
        // Buckets accepting each byte of `v` at one window position (16 bytes, twice: the low
        // lane answers for buckets 0-7, the high lane for 8-15).
        let accept = |v: __m256i, lo: __m256i, hi: __m256i| {
            let l = _mm256_shuffle_epi8(lo, _mm256_and_si256(v, nib));
            let h = _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nib));
            _mm256_and_si256(l, h)
        };
        let zero = _mm256_setzero_si256();
        let ptr = hay.as_ptr();
        // The survivors among the 16 window starts at `p`, one bit each.
        // SAFETY (of the loads): called with p + 16 + FP - 1 <= hay.len() only.
        let step = |p: usize| -> u64 {
            let at =
                |d: usize| _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(ptr.add(p + d) as *const __m128i) });
            let (v0, v1, v2) = (at(0), at(1), at(2));
            let mut r = zero;
            for k in t.iter() {
                let a = _mm256_and_si256(
                    _mm256_and_si256(accept(v0, k[0], k[1]), accept(v1, k[2], k[3])),
                    accept(v2, k[4], k[5]),
                );
                r = _mm256_or_si256(r, a);
            }
            let empty = _mm256_movemask_epi8(_mm256_cmpeq_epi8(r, zero)) as u32;
            (!(empty & (empty >> 16)) & 0xffff) as u64
        };
        // One survivor mask per 64 starts of the block, and the block's survivors as offsets
        // from its start. Not zeroed: this runs once per value or INSERT row too, and only
        // entries below the counts are read.
        let mut found = [const { std::mem::MaybeUninit::<u64>::uninit() }; BLOCK / 64];
        let mut list = [const { std::mem::MaybeUninit::<u16>::uninit() }; BLOCK];
        let mut i = start;
        // Three overlapping loads give the bytes at p, p+1 and p+2 for 16 window starts p.
        let last = hay.len().saturating_sub(16 + FP - 1);
        while i + 16 + FP - 1 <= hay.len() {
            let block = i;
            let stop = (block + BLOCK).min(last + 1);
            let mut words = 0;
            while i + 64 <= stop {
                let m = step(i) | step(i + 16) << 16 | step(i + 32) << 32 | step(i + 48) << 48;
                found[words].write(m);
                words += 1;
                i += 64;
            }
            // The block's last starts (fewer than 64) make one more mask.
            if i < stop {
                let mut m = 0;
                let mut shift = 0;
                while i < stop {
                    m |= step(i) << shift;
                    shift += 16;
                    i += 16;
                }
                found[words].write(m);
                words += 1;
            }
            let mut n = 0;
            for (w, m) in found[..words].iter().enumerate() {
                // SAFETY: the loops above wrote found[..words].
                let mut m = unsafe { m.assume_init() };
                while m != 0 {
                    list[n].write((w * 64) as u16 + m.trailing_zeros() as u16);
                    n += 1;
                    m &= m - 1;
                }
            }
            // SAFETY: the loop above wrote list[..n]; p < last + 16 and last + 18 <= hay.len().
            unsafe { self.settle(hay, block, &mut list, n, out) };
        }
        i
    }

    /// The AVX-512 loop; returns where the AVX2 loop goes on.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi,popcnt")]
    fn find_avx512(&self, hay: &[u8], out: &mut Vec<(usize, u16)>) -> usize {
        match self.groups {
            4 => self.find_avx512_in::<4>(hay, out),
            _ => self.find_avx512_in::<2>(hay, out),
        }
    }

    /// As [`Self::find_avx2`], with 64 starts per step, `G` groups of eight buckets, and exact
    /// byte tables instead of nibbles. A step stores its 64-bit survivor mask; the block's
    /// masks are then turned into a list. (Listing each step's survivors with `vpcompressw`,
    /// branch-free, measured the same.)
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi,popcnt")]
    fn find_avx512_in<const G: usize>(&self, hay: &[u8], out: &mut Vec<(usize, u16)>) -> usize {
        use std::arch::x86_64::*;
        const STEP: usize = 64;
        // Most values and INSERT rows are shorter than one step: no tables to load for them.
        if hay.len() < STEP + FP - 1 {
            return 0;
        }
        let t = &self.exact;
        // SAFETY: a table is 128 bytes; half is 0 or 1.
        let load = |k: usize, half: usize| unsafe { _mm512_loadu_si512(t[k][64 * half..].as_ptr() as *const __m512i) };
        // Table k = G * position + group, as the two registers `vpermi2b` indexes.
        let tab: [[(__m512i, __m512i); G]; FP] =
            std::array::from_fn(|pos| std::array::from_fn(|g| (load(G * pos + g, 0), load(G * pos + g, 1))));
        let look = |pos: usize, g: usize, v: __m512i| _mm512_permutex2var_epi8(tab[pos][g].0, v, tab[pos][g].1);
        let ptr = hay.as_ptr();
        // One survivor mask per step of the block.
        let mut found = [0u64; BLOCK / STEP];
        let mut list = [const { std::mem::MaybeUninit::<u16>::uninit() }; BLOCK];
        let mut i = 0;
        let last = hay.len().saturating_sub(STEP + FP - 1);
        while i + STEP + FP - 1 <= hay.len() {
            let block = i;
            let stop = (block + BLOCK).min(last + 1);
            let mut steps = 0;
            while i < stop {
                // SAFETY: i <= last, so the loads end at i + 66 <= hay.len().
                let at = |d: usize| unsafe { _mm512_loadu_si512(ptr.add(i + d) as *const __m512i) };
                crate::util::cpu::prefetch_ahead(ptr.wrapping_add(i));
                let (v0, v1, v2) = (at(0), at(1), at(2));
                // 0x80: a & b & c; 0xfe: a | b | c.
                let mut any = _mm512_setzero_si512();
                for g in 0..G {
                    let a = _mm512_ternarylogic_epi32::<0x80>(look(0, g, v0), look(1, g, v1), look(2, g, v2));
                    any = _mm512_or_si512(any, a);
                }
                found[steps] = _mm512_test_epi8_mask(any, any);
                steps += 1;
                i += STEP;
            }
            let mut n = 0;
            for (s, &m) in found[..steps].iter().enumerate() {
                let mut m = m;
                while m != 0 {
                    list[n].write((s * STEP) as u16 + m.trailing_zeros() as u16);
                    n += 1;
                    m &= m - 1;
                }
            }
            // SAFETY: the loop above wrote list[..n]; p < last + 64 and last + 66 <= hay.len().
            unsafe { self.settle(hay, block, &mut list, n, out) };
        }
        i
    }
}

/// Nibble sets one bucket accepts at each fingerprint position.
#[derive(Clone, Copy)]
struct Nibbles {
    lo: [u16; FP],
    hi: [u16; FP],
}

/// What a bucket accepts at each window position, as the clustering sees it.
trait Accepts: Copy {
    /// Of one fingerprint.
    fn of(key: u32) -> Self;
    fn union(self, o: Self) -> Self;
    /// Expected share of text positions this bucket lets through (independent bytes).
    fn cost(&self, sums: &Sums) -> f32;
}

/// [`text_freq`] summed over each set of eight bytes (or low nibbles under one high nibble),
/// so that a bucket's cost is a few lookups: the clustering asks it of every pair of groups.
struct Sums {
    /// `nib[h][half][m]`: bytes `h << 4 | (8 * half + l)` for the bits `l` of `m`.
    nib: [[[f32; 256]; 2]; 16],
    /// `byte[c][m]`: bytes `8c + l` and `8c + l | 0x80` for the bits `l` of `m`.
    byte: [[f32; 256]; 16],
}

impl Sums {
    fn get() -> &'static Sums {
        static SUMS: std::sync::LazyLock<Box<Sums>> = std::sync::LazyLock::new(|| {
            let f = text_freq();
            let mut s = Box::new(Sums {
                nib: [[[0.0; 256]; 2]; 16],
                byte: [[0.0; 256]; 16],
            });
            for m in 0..256 {
                for l in (0..8).filter(|l| m >> l & 1 != 0) {
                    for h in 0..16 {
                        for half in 0..2 {
                            s.nib[h][half][m] += f[h << 4 | (8 * half + l)];
                        }
                    }
                    for c in 0..16 {
                        s.byte[c][m] += f[8 * c + l] + f[(8 * c + l) | 0x80];
                    }
                }
            }
            s
        });
        &SUMS
    }
}

/// Byte sets one bucket accepts at each fingerprint position, by low seven bits (as the
/// AVX-512 tables look bytes up).
#[derive(Clone, Copy)]
struct Bytes([u128; FP]);

impl Accepts for Bytes {
    fn of(key: u32) -> Bytes {
        let b = key.to_be_bytes();
        Bytes(std::array::from_fn(|pos| {
            let c = b[1 + pos];
            let mut m = 1u128 << (c & 0x7f);
            if c.is_ascii_alphabetic() {
                m |= 1 << ((c ^ 0x20) & 0x7f);
            }
            m
        }))
    }

    fn union(self, o: Bytes) -> Bytes {
        Bytes(std::array::from_fn(|pos| self.0[pos] | o.0[pos]))
    }

    fn cost(&self, sums: &Sums) -> f32 {
        let mut p = 1.0;
        for set in self.0 {
            p *= (0..16)
                .map(|c| sums.byte[c][(set >> (8 * c)) as u8 as usize])
                .sum::<f32>();
        }
        p
    }
}

impl Accepts for Nibbles {
    fn of(key: u32) -> Nibbles {
        let b = key.to_be_bytes();
        let mut n = Nibbles {
            lo: [0; FP],
            hi: [0; FP],
        };
        for pos in 0..FP {
            let c = b[1 + pos];
            n.lo[pos] = 1 << (c & 15);
            n.hi[pos] = 1 << (c >> 4)
                | if c.is_ascii_alphabetic() {
                    1 << ((c ^ 0x20) >> 4)
                } else {
                    0
                };
        }
        n
    }

    fn union(self, o: Nibbles) -> Nibbles {
        let mut n: Nibbles = self;
        for pos in 0..FP {
            n.lo[pos] |= o.lo[pos];
            n.hi[pos] |= o.hi[pos];
        }
        n
    }

    fn cost(&self, sums: &Sums) -> f32 {
        let mut p = 1.0;
        for pos in 0..FP {
            let (lo, mut hi) = (self.lo[pos], self.hi[pos]);
            let mut a = 0.0;
            while hi != 0 {
                let h = hi.trailing_zeros() as usize;
                a += sums.nib[h][0][lo as u8 as usize] + sums.nib[h][1][(lo >> 8) as usize];
                hi &= hi - 1;
            }
            p *= a;
        }
        p
    }
}

/// A rough byte distribution of dump table data: digits, English-like text, separators.
fn text_freq() -> [f32; 256] {
    // Letter frequencies of English text, a..z (percent).
    const EN: [f32; 26] = [
        8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8,
        0.98, 2.4, 0.15, 2.0, 0.074,
    ];
    let mut f = [0.0005f32; 256];
    for (i, &p) in EN.iter().enumerate() {
        f[b'a' as usize + i] = 0.35 * p / 100.0;
        f[b'A' as usize + i] = 0.08 * p / 100.0;
    }
    for d in b'0'..=b'9' {
        f[d as usize] = 0.04;
    }
    for (c, p) in [
        (b' ', 0.05),
        (b'\t', 0.05),
        (b'\n', 0.02),
        (b'-', 0.015),
        (b':', 0.015),
        (b'.', 0.015),
        (b',', 0.015),
    ] {
        f[c as usize] = p;
    }
    for c in *b"/@_\"\\" {
        f[c as usize] = 0.004;
    }
    f
}

/// Hands each bucket's fingerprints to `set(position, bucket, byte)`, and the keywords shorter
/// than a fingerprint to bucket `short_bucket` (`None`: any byte after the keyword's end).
fn fill(buckets: &[Vec<u32>], short: &[&[u8]], short_bucket: usize, mut set: impl FnMut(usize, usize, Option<u8>)) {
    for (b, members) in buckets.iter().enumerate() {
        for &key in members {
            let bytes = key.to_be_bytes();
            for pos in 0..FP {
                set(pos, b, Some(bytes[1 + pos]));
            }
        }
    }
    for k in short {
        for pos in 0..FP {
            set(pos, short_bucket, k.get(pos).copied());
        }
    }
}

/// Groups fingerprints into `n` buckets, greedily merging the two groups whose union lets the
/// fewest extra text positions through (a bucket accepts every combination of its members'
/// bytes or nibbles, so similar fingerprints belong together).
///
/// Each group keeps its cheapest partner; after a merge only the groups whose partner took
/// part are searched again, so hundreds of keywords cluster in milliseconds, not the
/// cubic search's tenths of a second (it runs at every start).
fn cluster<A: Accepts>(fps: &[u32], n: usize) -> Vec<Vec<u32>> {
    let freq = Sums::get();
    let mut groups: Vec<(A, Vec<u32>)> = fps.iter().map(|&k| (A::of(k), vec![k])).collect();
    let mut cost: Vec<f32> = groups.iter().map(|g| g.0.cost(freq)).collect();
    let m = groups.len();
    let mut alive: Vec<bool> = vec![true; m];
    let delta = |groups: &[(A, Vec<u32>)], cost: &[f32], i: usize, j: usize| {
        groups[i].0.union(groups[j].0).cost(freq) - cost[i] - cost[j]
    };
    // The cheapest merge of group i with any other live group: (extra cost, partner).
    let partner = |groups: &[(A, Vec<u32>)], cost: &[f32], alive: &[bool], i: usize| {
        (0..m)
            .filter(|&j| j != i && alive[j])
            .map(|j| (delta(groups, cost, i, j), j))
            .fold((f32::INFINITY, usize::MAX), |a, b| if b.0 < a.0 { b } else { a })
    };
    let mut best = vec![(f32::INFINITY, usize::MAX); m];
    for i in 0..m {
        for j in i + 1..m {
            let d = delta(&groups, &cost, i, j);
            if d < best[i].0 {
                best[i] = (d, j);
            }
            if d < best[j].0 {
                best[j] = (d, i);
            }
        }
    }
    let mut left = m;
    while left > n {
        let bi =
            (0..m).filter(|&i| alive[i]).fold(
                usize::MAX,
                |a, i| if a == usize::MAX || best[i].0 < best[a].0 { i } else { a },
            );
        let bj = best[bi].1;
        let moved = std::mem::take(&mut groups[bj].1);
        groups[bi].1.extend(moved);
        groups[bi].0 = groups[bi].0.union(groups[bj].0);
        cost[bi] = groups[bi].0.cost(freq);
        alive[bj] = false;
        left -= 1;
        best[bi] = partner(&groups, &cost, &alive, bi);
        for k in 0..m {
            if !alive[k] || k == bi {
                continue;
            }
            if best[k].1 == bi || best[k].1 == bj {
                // Its partner grew or is gone: search again.
                best[k] = partner(&groups, &cost, &alive, k);
            } else {
                let d = delta(&groups, &cost, k, bi);
                if d < best[k].0 {
                    best[k] = (d, bi);
                }
            }
        }
    }
    groups.into_iter().zip(alive).filter(|g| g.1).map(|g| g.0 .1).collect()
}

#[inline]
fn starts_with_folded(hay: &[u8], kw: &[u8]) -> bool {
    hay.len() >= kw.len() && hay.iter().zip(kw).all(|(&h, &k)| fold(h) == k)
}

/// Sorts hits that are out of order only within a keyword's length (each is pushed at its
/// fingerprint's start minus its offset in the keyword): an insertion sort, linear on such
/// input, where the general sort was 5% of the scan of a table with two URLs a row. A run of
/// shifts longer than any such displacement (hand-made overlaps) falls back to the general sort.
fn sort_nearly_sorted(v: &mut [(usize, u16)]) {
    const BUDGET: usize = 64;
    let mut shifts = 0usize;
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
        shifts += i - j;
        if shifts > BUDGET * (i + 1) {
            v.sort_unstable();
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};
    use proptest::prelude::*;

    fn reference(kws: &[&str], hay: &[u8]) -> Vec<(usize, u16)> {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(kws)
            .unwrap();
        let mut v: Vec<(usize, u16)> = ac
            .find_overlapping_iter(hay)
            .map(|m| (m.start(), m.pattern().as_usize() as u16))
            .collect();
        v.sort_unstable();
        v
    }

    /// Every loop this CPU runs must give the same answer; that answer, sorted.
    fn ours(kws: &[&str], hay: &[u8]) -> Vec<(usize, u16)> {
        let loops = [Simd::None, Simd::Avx2, Simd::Avx512];
        let mut got: Option<Vec<(usize, u16)>> = None;
        for simd in loops.into_iter().filter(|&s| s <= Simd::best()) {
            let mut v = Vec::new();
            Prefilter::with_simd(kws, simd).find_all(hay, &mut v);
            assert!(v.windows(2).all(|w| w[0].0 <= w[1].0), "ascending ({simd:?})");
            v.sort_unstable();
            if let Some(g) = &got {
                assert_eq!(&v, g, "{simd:?} differs from the slower loops");
            }
            got = Some(v);
        }
        got.unwrap_or_default()
    }

    const KWS: &[&str] = &[
        "password",
        "AKIA",
        "ghp_",
        "-----BEGIN",
        "sk0",
        "sk_live_",
        "q~",
        "$2b$",
        "https://",
        "x",
    ];

    #[test]
    fn finds_every_occurrence_case_insensitively() {
        let hay = b"my PassWord is akiaXYZ and Ghp_123 then sk_live_sk0 q~ Q~ $2B$10$ HTTPS://a.b -----begin x";
        assert_eq!(ours(KWS, hay), reference(KWS, hay));
        // Long enough for the SIMD loop, with hits on block edges.
        let mut long = vec![b'.'; 200];
        for at in [0usize, 29, 30, 31, 32, 33, 63, 64, 190, 195] {
            long[at..at + 4].copy_from_slice(b"AkIa");
        }
        assert_eq!(ours(KWS, &long), reference(KWS, &long));
    }

    #[test]
    fn matches_the_rule_set_keywords() {
        let kws: Vec<&str> = crate::rules::RULES
            .iter()
            .flat_map(|r| r.keywords.iter().copied())
            .collect();
        let hay = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/eval-dev/pagila-planted.sql"
        ))
        .unwrap();
        let got = ours(&kws, &hay);
        assert!(!got.is_empty());
        assert_eq!(got, reference(&kws, &hay));
    }

    /// The built-in rules' and the secret families' keywords together: more fingerprints than
    /// [`WIDE`], so the AVX2 loop tests two sets of buckets.
    #[test]
    fn matches_the_rule_and_family_keywords_in_two_sets() {
        let words: Vec<String> = crate::rules::families::rules().flat_map(|f| f.search_words()).collect();
        let mut kws: Vec<&str> = crate::rules::RULES
            .iter()
            .flat_map(|r| r.keywords.iter().copied())
            .chain(words.iter().map(String::as_str))
            .collect();
        kws.sort_unstable();
        kws.dedup();
        assert_eq!(Prefilter::new(&kws).masks.len(), 2);
        let mut hay = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/eval-dev/pagila-planted.sql"
        ))
        .unwrap();
        // Every keyword once, upper-cased, in the middle of a word, and across the blocks.
        for (i, k) in kws.iter().enumerate() {
            hay.extend(format!("x{} {}y", k.to_ascii_uppercase(), k).as_bytes());
            if i % 50 == 0 {
                hay.resize(hay.len() + BLOCK - 7 - k.len(), b'q');
            }
        }
        let got = ours(&kws, &hay);
        assert!(got.len() > 2 * kws.len());
        assert_eq!(got, reference(&kws, &hay));
    }

    #[test]
    fn finds_keywords_across_the_simd_blocks() {
        // Text that lets many starts through the nibble tables, keywords on and near the
        // edges of the blocks the SIMD loops list survivors in.
        let mut hay: Vec<u8> = b"pass akia sk_ q~ $2a -----b ghp "
            .iter()
            .copied()
            .cycle()
            .take(3 * BLOCK + 40)
            .collect();
        let b = BLOCK;
        for at in [
            0usize,
            b - 16,
            b - 6,
            b - 2,
            b - 1,
            b,
            b + 1,
            2 * b - 2,
            2 * b,
            3 * b + 2,
        ] {
            let kw = KWS[at % KWS.len()].as_bytes();
            hay[at..at + kw.len()].copy_from_slice(kw);
        }
        assert_eq!(ours(KWS, &hay), reference(KWS, &hay));
    }

    proptest! {
        #[test]
        fn same_as_aho_corasick(hay in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b'K'), Just(b'I'), Just(b'p'), Just(b'~'), Just(b'q'), Just(b'-'), any::<u8>()], 0..300)) {
            prop_assert_eq!(ours(KWS, &hay), reference(KWS, &hay));
        }

        #[test]
        fn same_as_aho_corasick_with_planted_keywords(
            pre in proptest::collection::vec(any::<u8>(), 0..80),
            k in 0..KWS.len(),
            post in proptest::collection::vec(any::<u8>(), 0..80)) {
            let mut hay = pre;
            hay.extend(KWS[k].as_bytes());
            hay.extend(post);
            prop_assert_eq!(ours(KWS, &hay), reference(KWS, &hay));
        }

        #[test]
        fn nearly_sorted_sort_sorts_anything(
            mut v in proptest::collection::vec((0usize..50, any::<u16>()), 0..400),
            near in any::<bool>()) {
            if near {
                // The shape find_all gives it: sorted, then each moved back a little.
                v.sort_unstable();
                for (i, h) in v.iter_mut().enumerate() {
                    h.0 = (i + h.0 % 7).saturating_sub(h.0 % 5);
                }
            }
            let mut want = v.clone();
            want.sort_unstable();
            sort_nearly_sorted(&mut v);
            prop_assert_eq!(v, want);
        }
    }
}
