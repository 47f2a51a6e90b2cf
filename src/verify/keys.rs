//! Key digests in bounded memory, for duplicate keys and foreign-key orphans.
//!
//! Every row's key values become a keyed digest ([`KeyHash`], 104 of its 128 bits kept). The
//! digests are kept in [`PARTS`] partitions by their top byte, in a store per worker thread
//! (shards of one budget, filled without a lock between them, so in no particular order), each
//! record encoded in 16-25 bytes as the difference from the one before it. When the partitions
//! hold more than the budget allows, a shard appends a quarter of its memory, partition by
//! partition, to one anonymous temporary file (Grace hash partitioning). Once all
//! data is read, each partition alone, a 256th of the keys, is checked across the shards:
//! duplicates of a unique key, and children whose digest no parent row has. A key and the key
//! that references it hash alike, so a child's parent is always in the child's partition.
//! Partitions are checked in parallel, and by each row's line the first problem in file order
//! wins, as if the rows had been read one by one.
//!
//! The temporary file is unlinked as soon as it is made: nothing is left behind on any exit,
//! an error, Ctrl-C or a kill included.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher, RandomState};
use std::path::{Path, PathBuf};

/// Partitions, by a digest's top byte.
pub const PARTS: usize = 256;

const _: () = assert!(std::mem::size_of::<Rec>() == 32);

/// Key specs a dump may have: a spec's number shares a word with the row's line.
pub const MAX_SPECS: usize = 1 << SPEC_BITS;
const SPEC_BITS: u32 = 24;
/// Lines past 2^40 (a dump of more than a terabyte of lines) are reported as the last.
const MAX_LINE: u64 = (1 << (64 - SPEC_BITS)) - 1;
const MAX_ROW: u64 = (1 << 56) - 1;

/// A row's key digest and where the row is: 32 bytes (the digest as two words, so the
/// record is aligned to 8, not 16; the row shares a word with the COPY delimiter, the line
/// with the spec). Tens of millions are kept per GiB of dump: each byte here is worth it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rec {
    digest: [u64; 2],
    /// Row << 8 | delimiter (0: an INSERT row).
    row_delim: u64,
    /// Line << 24 | spec.
    line_spec: u64,
}

/// Bytes per chunk of memory, at most: a small budget gets smaller chunks, so that every
/// partition of every shard can hold a few before the budget is reached (else each new chunk
/// would spill a handful of records, in runs too short to be worth their index).
const CHUNK: usize = 8 << 10;

/// Bytes of an encoded record, at most: the digest (less its top byte), the delimiter, and
/// the row, line and spec as variable-length numbers (the row and line as the difference from
/// the record before: a partition's records come in file order, so they are small). Records
/// are kept so in memory too (14-17 bytes on the generated dumps, not 32): every page of
/// memory first touched costs more CPU on the VMs we run on than encoding what fills it.
const ENC_MAX: usize = KEPT + 1 + 3 * 10;
/// The same, at least (each number one byte).
const ENC_MIN: usize = KEPT + 1 + 3;

/// Bytes of a digest kept besides its top byte (the partition): 104 bits in all. Two of n
/// different keys share a digest with a chance of about n^2 / 2^105, 3 in 10^12 for 10^10
/// keys; and the keys are drawn at random for each run, so no dump can be made to collide.
const KEPT: usize = 12;
/// The low bits every digest drops.
const DROPPED: u128 = (1 << (8 * (15 - KEPT))) - 1;

impl Rec {
    /// `spec` must be below [`MAX_SPECS`].
    #[inline(always)]
    pub fn new(digest: u128, spec: u32, row: u64, line: u64, delim: u8) -> Rec {
        debug_assert!((spec as usize) < MAX_SPECS);
        let digest = digest & !DROPPED;
        Rec {
            digest: [(digest >> 64) as u64, digest as u64],
            row_delim: row.min(MAX_ROW) << 8 | delim as u64,
            line_spec: line.min(MAX_LINE) << SPEC_BITS | (spec as u64 & (MAX_SPECS as u64 - 1)),
        }
    }

    pub fn digest(&self) -> u128 {
        ((self.digest[0] as u128) << 64) | self.digest[1] as u128
    }

    /// The row's number in its table.
    pub fn row(&self) -> u64 {
        self.row_delim >> 8
    }

    /// The row's line: also the order of rows in the file (a COPY row is one line; an
    /// INSERT row starts on a later line than the one before, or the same).
    pub fn line(&self) -> u64 {
        self.line_spec >> SPEC_BITS
    }

    pub fn spec(&self) -> u32 {
        (self.line_spec & (MAX_SPECS as u64 - 1)) as u32
    }

    /// The COPY delimiter (0: an INSERT row).
    pub fn delim(&self) -> u8 {
        self.row_delim as u8
    }

    #[cfg(test)]
    /// Appends the record to `out`, as the difference from `prev` (the record before it in
    /// the same run, or zero).
    fn encode(&self, prev: &Rec, out: &mut Vec<u8>) {
        let mut b = [0u8; ENC_MAX];
        let n = self.encode_into(prev, &mut b);
        out.extend_from_slice(&b[..n]);
    }

    /// [`Rec::encode`] into `b`; returns the bytes used.
    #[inline(always)]
    fn encode_into(&self, prev: &Rec, b: &mut [u8; ENC_MAX]) -> usize {
        // The top byte is the partition's number: the run says it.
        b[..KEPT].copy_from_slice(&self.digest().to_le_bytes()[15 - KEPT..15]);
        b[KEPT] = self.delim();
        let mut n = KEPT + 1;
        n = varint(zigzag(self.row().wrapping_sub(prev.row())), b, n);
        n = varint(zigzag(self.line().wrapping_sub(prev.line())), b, n);
        varint(self.spec() as u64, b, n)
    }

    /// The record at the start of `b` (written by [`Rec::encode`] after `prev`, in
    /// partition `p`) and its length; `None` if `b` ends before it does.
    #[inline(always)]
    fn decode(b: &[u8], prev: &Rec, p: usize) -> Option<(Rec, usize)> {
        if b.len() < ENC_MIN {
            return None;
        }
        let mut d = [0u8; 16];
        d[15 - KEPT..15].copy_from_slice(&b[..KEPT]);
        d[15] = p as u8;
        let delim = b[KEPT];
        let (dr, n1) = read_varint(&b[KEPT + 1..])?;
        let (dl, n2) = read_varint(&b[KEPT + 1 + n1..])?;
        let (spec, n3) = read_varint(&b[KEPT + 1 + n1 + n2..])?;
        let row = prev.row().wrapping_add(unzigzag(dr));
        let line = prev.line().wrapping_add(unzigzag(dl));
        let r = Rec::new(u128::from_le_bytes(d), u32::try_from(spec).ok()?, row, line, delim);
        Some((r, KEPT + 1 + n1 + n2 + n3))
    }

    const ZERO: Rec = Rec {
        digest: [0; 2],
        row_delim: 0,
        line_spec: 0,
    };
}

/// Calls `f` with each whole record at the start of `b` (partition `p`'s, following `prev`),
/// moving `prev` on and counting them in `seen`; returns the bytes they take (a record cut at
/// the end is left).
#[inline(always)]
fn decode_all(b: &[u8], p: usize, prev: &mut Rec, seen: &mut u64, f: &mut impl FnMut(&Rec)) -> usize {
    let mut i = 0;
    while let Some((r, used)) = Rec::decode(&b[i..], prev, p) {
        f(&r);
        (*prev, *seen, i) = (r, *seen + 1, i + used);
    }
    i
}

fn zigzag(d: u64) -> u64 {
    let d = d as i64;
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> u64 {
    ((z >> 1) as i64 ^ -((z & 1) as i64)) as u64
}

/// LEB128 (seven bits a byte, low first) at `b[n..]`; returns where it ends.
#[inline(always)]
fn varint(mut v: u64, b: &mut [u8; ENC_MAX], mut n: usize) -> usize {
    while v >= 0x80 {
        b[n] = v as u8 | 0x80;
        v >>= 7;
        n += 1;
    }
    b[n] = v as u8;
    n + 1
}

#[inline(always)]
fn read_varint(b: &[u8]) -> Option<(u64, usize)> {
    let mut v = 0u64;
    for (i, &x) in b.iter().enumerate().take(10) {
        v |= ((x & 0x7f) as u64) << (7 * i);
        if x < 0x80 {
            return Some((v, i + 1));
        }
    }
    None
}

/// Digests key values with keys drawn at random for each run (SipHash-1-3 with its 128-bit
/// output): a dump cannot be made whose different keys collide, as it could against a fixed
/// hash. (Two 64-bit SipHashes with different keys did the same at twice the cost.)
pub struct KeyHash(u64, u64);

impl Default for KeyHash {
    fn default() -> Self {
        // `RandomState` draws its keys from the OS once, then steps them: each is a keyed
        // hash the caller cannot predict.
        let draw = |i: u64| RandomState::new().hash_one(i);
        KeyHash(draw(0), draw(1))
    }
}

/// A digest being built from a key's values.
pub struct KeyHasher(siphasher::sip128::SipHasher13);

impl KeyHash {
    pub fn start(&self) -> KeyHasher {
        KeyHasher(siphasher::sip128::SipHasher13::new_with_keys(self.0, self.1))
    }
}

impl KeyHasher {
    /// Adds one value, length first, so ("ab","c") and ("a","bc") differ.
    pub fn value(&mut self, v: &[u8]) {
        self.0.write_u64(v.len() as u64);
        self.0.write(v);
    }

    pub fn finish(&self) -> u128 {
        use siphasher::sip128::Hasher128;
        self.0.finish128().as_u128()
    }
}

/// Where a digest's random low bits start.
const SHIFT: u32 = 8 * (15 - KEPT) as u32;

/// Hashes a digest (already uniformly random) by its low kept bits.
#[derive(Default, Clone, Copy)]
pub struct DigestHasher(u64);

impl Hasher for DigestHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().take(8) {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u128(&mut self, v: u128) {
        // Past the dropped bits (zero in every digest, so one value per spec in `mixed`).
        self.0 = (v >> SHIFT) as u64;
    }
}

type DigestBuild = std::hash::BuildHasherDefault<DigestHasher>;

/// One digest per (spec, key): the spec moved into the digest's random bits.
fn mixed(spec: u32, digest: u128) -> u128 {
    digest.wrapping_add((spec as u128 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835))
}

/// What a key spec is checked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Role {
    pub unique: bool,
    pub parent: bool,
    pub child: bool,
}

/// A foreign key: its child and parent specs.
#[derive(Debug, Clone, Copy)]
pub struct Link {
    pub child: u32,
    pub parent: u32,
}

/// The first duplicate of a unique key: the row, and the row it repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dup {
    pub at: Rec,
    pub first_row: u64,
}

/// The first problem of each kind, in file order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Per unique spec.
    pub dups: HashMap<u32, Dup>,
    /// Per link (index into the links given to [`Store::finish`]): the first orphaned row.
    pub orphans: HashMap<usize, Rec>,
}

impl Outcome {
    fn note_dup(&mut self, d: Dup) {
        let e = self.dups.entry(d.at.spec()).or_insert(d);
        if before(&d.at, &e.at) {
            *e = d;
        }
    }

    fn note_orphan(&mut self, link: usize, r: Rec) {
        let e = self.orphans.entry(link).or_insert(r);
        if before(&r, e) {
            *e = r;
        }
    }

    fn absorb(&mut self, o: Outcome) {
        for d in o.dups.into_values() {
            self.note_dup(d);
        }
        for (l, r) in o.orphans {
            self.note_orphan(l, r);
        }
    }
}

/// File order.
fn before(a: &Rec, b: &Rec) -> bool {
    (a.line(), a.row()) < (b.line(), b.row())
}

/// A unique key's first two rows in file order.
struct Seen {
    first: Rec,
    second: Option<Rec>,
}

impl Seen {
    fn add(&mut self, r: &Rec) {
        if before(r, &self.first) {
            self.second = Some(self.first);
            self.first = *r;
        } else if self.second.is_none_or(|s| before(r, &s)) {
            self.second = Some(*r);
        }
    }
}

/// Memory per hash-table bucket while a partition is checked: a unique key's first two rows
/// (with its control byte), and a parent's digest.
const SLOT_BYTES: u64 = (std::mem::size_of::<(u128, Seen)>() + 1 + 17) as u64;

/// Which of the two sets of partitions a record goes to.
#[derive(Clone, Copy)]
pub enum Side {
    /// Unique and parent keys, read first.
    Key = 0,
    /// Referencing keys, checked against the parents afterwards.
    Child = 1,
}

struct Spill {
    file: crate::util::tempfile::Spool,
    /// Per side and partition: the runs in the file (start, bytes, records), in order.
    runs: [Vec<Vec<(u64, u64, u64)>>; 2],
}

/// One side's partition in memory: its records encoded one after another, each as the
/// difference from the one before ([`Rec::encode`]), in chunks that no record straddles.
#[derive(Clone)]
struct Run {
    chunks: Vec<Vec<u8>>,
    /// The last record encoded (zero before the first).
    prev: Rec,
    records: u64,
}

impl Run {
    const EMPTY: Run = Run {
        chunks: Vec::new(),
        prev: Rec::ZERO,
        records: 0,
    };
}

/// The digests of every key row read so far.
pub struct Store {
    /// Bytes per chunk here.
    chunk: usize,
    /// Per side and partition (fixed chunks, not a growing vector: no copying as they fill,
    /// and exact accounting).
    mem: [Vec<Run>; 2],
    /// Emptied chunks, to fill again.
    pool: Vec<Vec<u8>>,
    /// Bytes of chunks held in memory by this store.
    held: usize,
    /// The same, summed over every shard of the budget.
    shared: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// At most this many bytes of records stay in memory.
    limit: usize,
    /// The whole budget.
    memory: u64,
    temp_dir: PathBuf,
    spill: Option<Spill>,
    /// The next partition to write out (side * PARTS + partition).
    cursor: usize,
    /// The first error writing the temporary file (reported by `finish`).
    error: Option<std::io::Error>,
    records: u64,
}

impl Store {
    /// A store within a heap budget of `memory` bytes: its records take at most about three quarters
    /// (the check at the end and the pass need room too); beyond, they go to a file in
    /// `temp_dir`.
    pub fn new(memory: u64, temp_dir: &Path) -> Store {
        // Three quarters of the budget, less what the pass itself holds at most (a stream's
        // window, the pieces being checked and their keys: ~50 MiB); at least an eighth. The
        // check at the end has the rest, and slices a partition whose tables would not fit.
        let limit = usize::try_from((memory / 4 * 3).saturating_sub(64 << 20).max(memory / 8)).unwrap_or(usize::MAX);
        // Room for four chunks in every partition of every shard (a worker's and the pass's).
        let shards = rayon::current_num_threads() + 1;
        let chunk = (limit / (shards * 2 * PARTS * 4)).clamp(8 * ENC_MAX, CHUNK);
        Store {
            chunk,
            mem: [vec![Run::EMPTY; PARTS], vec![Run::EMPTY; PARTS]],
            pool: Vec::new(),
            held: 0,
            shared: Default::default(),
            limit,
            memory,
            temp_dir: temp_dir.to_path_buf(),
            spill: None,
            cursor: 0,
            error: None,
            records: 0,
        }
    }

    /// Another store under the same budget, for another thread: each worker adds to its
    /// own, without a lock between them; [`Store::finish`] reads them all.
    pub fn shard(&self) -> Store {
        let mut s = Store::new(self.memory, &self.temp_dir);
        s.shared = self.shared.clone();
        s
    }

    /// Bytes written to the temporary file.
    pub fn spilled(&self) -> u64 {
        self.spill.as_ref().map_or(0, |s| s.file.appended())
    }

    /// Key rows taken.
    pub fn records(&self) -> u64 {
        self.records
    }

    pub fn push(&mut self, side: Side, r: Rec) {
        self.records += 1;
        let p = (r.digest[0] >> 56) as usize;
        let chunk = self.chunk;
        let full = self.mem[side as usize][p]
            .chunks
            .last()
            .is_none_or(|c| c.len() + ENC_MAX > chunk);
        if full {
            if self.pool.is_empty() {
                let all = self.shared.load(std::sync::atomic::Ordering::Relaxed);
                if all + chunk > self.limit && self.held > 0 {
                    self.spill_some();
                }
                if self.pool.is_empty() {
                    self.pool.push(Vec::with_capacity(chunk));
                    self.held += chunk;
                    self.shared.fetch_add(chunk, std::sync::atomic::Ordering::Relaxed);
                }
            }
            let c = self.pool.pop().expect("filled above");
            self.mem[side as usize][p].chunks.push(c);
        }
        let run = &mut self.mem[side as usize][p];
        let mut b = [0u8; ENC_MAX];
        let n = r.encode_into(&run.prev, &mut b);
        // All of `b` and then cut back: a copy of a constant size is a few vector moves, one
        // of `n` bytes a call to memcpy (7% of verify's CPU). The chunk has room for it.
        let c = run.chunks.last_mut().expect("a chunk");
        let len = c.len();
        c.extend_from_slice(&b);
        c.truncate(len + n);
        // The partition's next record goes a line on, and its turn comes after hundreds of
        // other partitions' records: ask for that line now, or the store waits for it from
        // memory (70% of this function's time was that one store, 2026-12-03).
        crate::util::cpu::prefetch_ahead_by::<64>(c.as_ptr().wrapping_add(len + n));
        run.prev = r;
        run.records += 1;
    }

    /// Appends partitions to the temporary file and empties them (their chunks stay, to be
    /// filled again).
    fn spill_some(&mut self) {
        if self.error.is_some() {
            // Past a write error nothing more is written; memory grows until `finish` reports it.
            return;
        }
        if let Err(e) = self.try_spill() {
            self.error = Some(e);
        }
    }

    fn try_spill(&mut self) -> std::io::Result<()> {
        if self.spill.is_none() {
            self.spill = Some(Spill {
                file: crate::util::tempfile::Spool::new(&self.temp_dir)?,
                runs: [vec![Vec::new(); PARTS], vec![Vec::new(); PARTS]],
            });
        }
        let s = self.spill.as_mut().expect("made above");
        // A quarter of the memory, the partitions after the last one written: what stays is
        // read from memory at the end, so the less written the better (page-cache writes
        // are dear), and a quarter at a time keeps the budget nearly full.
        let want = (self.held / 4).max(self.chunk);
        let mut freed = 0;
        for _ in 0..2 * PARTS {
            if freed >= want {
                break;
            }
            let (side, p) = (self.cursor / PARTS, self.cursor % PARTS);
            self.cursor = (self.cursor + 1) % (2 * PARTS);
            let run = &mut self.mem[side][p];
            if run.records == 0 {
                continue;
            }
            // Encoded in memory as in the file: the chunks are written as they are.
            let start = s.file.appended();
            for mut c in run.chunks.drain(..) {
                s.file.append(&c)?;
                c.clear();
                self.pool.push(c);
                freed += self.chunk;
            }
            s.runs[side][p].push((start, s.file.appended() - start, run.records));
            (run.prev, run.records) = (Rec::ZERO, 0);
        }
        Ok(())
    }

    /// Records of one side's partition.
    fn count(&self, side: usize, p: usize) -> u64 {
        let spilled: u64 = self
            .spill
            .as_ref()
            .map_or(0, |s| s.runs[side][p].iter().map(|r| r.2).sum());
        spilled + self.mem[side][p].records
    }

    /// Calls `f` with every record of one side's partition (in no particular order).
    fn for_each(&self, side: usize, p: usize, mut f: impl FnMut(&Rec)) -> std::io::Result<()> {
        let garbled = || {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "the key digests do not read back as written",
            )
        };
        if let Some(s) = &self.spill {
            const READ: usize = 256 << 10;
            // One read buffer per thread for the whole check (not one per partition: each
            // fresh one is zeroed pages).
            thread_local! {
                static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
            }
            let mut buf = BUF.with(|b| std::mem::take(&mut *b.borrow_mut()));
            buf.resize(READ + ENC_MAX, 0);
            let mut read_runs = || -> std::io::Result<()> {
                for &(start, bytes, n) in &s.runs[side][p] {
                    let (mut at, end) = (start, start + bytes);
                    // Bytes of a record cut at the end of the last read, moved to the front.
                    let (mut kept, mut prev, mut seen) = (0usize, Rec::ZERO, 0u64);
                    while at < end {
                        let len = ((end - at) as usize).min(READ);
                        s.file.read_at(&mut buf[kept..kept + len], at)?;
                        at += len as u64;
                        let have = kept + len;
                        let i = decode_all(&buf[..have], p, &mut prev, &mut seen, &mut f);
                        buf.copy_within(i..have, 0);
                        kept = have - i;
                        if kept >= ENC_MAX {
                            // Longer than any record written: the check below fails.
                            break;
                        }
                    }
                    if kept != 0 || seen != n {
                        return Err(garbled());
                    }
                }
                Ok(())
            };
            let read = read_runs();
            BUF.with(|b| *b.borrow_mut() = buf);
            read?;
        }
        let run = &self.mem[side][p];
        let (mut prev, mut seen) = (Rec::ZERO, 0u64);
        for c in &run.chunks {
            if decode_all(c, p, &mut prev, &mut seen, &mut f) != c.len() {
                return Err(garbled());
            }
        }
        if seen != run.records {
            return Err(garbled());
        }
        Ok(())
    }

    /// Checks every partition of `stores` (shards of one budget): per unique spec its first
    /// duplicate, per link its first orphan, in file order. `roles` is indexed by spec. A
    /// partition too large for its share of the memory is checked in slices (by more bits of
    /// the digest), read once per slice.
    pub fn finish(mut stores: Vec<Store>, roles: &[Role], links: &[Link]) -> std::io::Result<Outcome> {
        let Some(memory) = stores.first().map(|s| s.memory) else {
            return Ok(Outcome::default());
        };
        let mut held = 0u64;
        for st in &mut stores {
            if let Some(e) = st.error.take() {
                return Err(e);
            }
            // What is still in memory stays there and is read from there: writing it out to
            // give its memory to the check cost more (page-cache writes are dear) than the
            // check's smaller share does.
            st.held -= st.pool.len() * st.chunk;
            st.pool = Vec::new();
            if let Some(s) = &mut st.spill {
                s.file.finish()?;
            }
            held += st.held as u64;
        }
        let mut links_of: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, l) in links.iter().enumerate() {
            links_of.entry(l.child).or_default().push(i);
        }
        // What the records do not use (an eighth kept for everything else), shared by the
        // partitions checked at once.
        let free = memory.saturating_sub(held).saturating_sub(memory / 8);
        let share = (free / rayon::current_num_threads().max(1) as u64).max(1 << 20);
        let stores = &stores[..];
        let check = |p: usize| -> std::io::Result<Outcome> {
            let entries: u64 = stores
                .iter()
                .map(|s| s.count(Side::Key as usize, p) + s.count(Side::Child as usize, p))
                .sum();
            // Halved until a slice's records, twice (what its groups' vectors may have grown
            // to hold), and one group's tables fit the share.
            let bytes = |n: u64| 2 * n * std::mem::size_of::<Rec>() as u64 + GROUP_TABLES;
            let mut slices = 1u64;
            while slices < 1 << 16 && bytes(entries / slices) > share {
                slices *= 2;
            }
            let mut out = Outcome::default();
            let part = Part { stores, p };
            for slice in 0..slices {
                part.check_slice(slice, slices, roles, links, &links_of, &mut out)?;
            }
            Ok(out)
        };
        use rayon::prelude::*;
        let parts = (0..PARTS)
            .into_par_iter()
            .map(check)
            .collect::<std::io::Result<Vec<Outcome>>>();
        // The workers' tables go back to the allocator (the threads stay).
        rayon::broadcast(|_| TABLES.with(|t| t.take()));
        let parts = parts?;
        let mut all = Outcome::default();
        for o in parts {
            all.absorb(o);
        }
        Ok(all)
    }
}

/// A worker's buffers for checking a partition, kept from one partition to the next (and
/// dropped after the check): fresh buffers of tens of MiB for each of 256 partitions are
/// fresh pages every time, and on the VMs we run on their page faults cost more than the
/// check itself.
#[derive(Default)]
struct Tables {
    /// The slice's key and child records, by [`group`] (`GROUPS` vectors each, once used).
    keys: Vec<Vec<Rec>>,
    kids: Vec<Vec<Rec>>,
    seen: HashMap<u128, Seen, DigestBuild>,
    parents: HashSet<u128, DigestBuild>,
}

thread_local! {
    static TABLES: std::cell::RefCell<Tables> = std::cell::RefCell::default();
}

/// Groups a slice's records are split into before the tables see them: a partition's table
/// of hundreds of thousands of keys is tens of MiB, and every insert a cache miss (most of
/// the check's time on the 4 GiB generated dump); a group's fits in the core's L2 cache.
const GROUPS: usize = 64;
/// A group's tables, at most, for the memory budget (a group of a slice that fits the
/// budget holds a 64th of its keys; this is room for 4096 of them).
const GROUP_TABLES: u64 = 4096 * SLOT_BYTES;

/// A record's group: digest bits below the partition's byte, which neither the slices nor
/// the tables' hash use (a key and the key that references it are in the same group).
#[inline]
fn group(r: &Rec) -> usize {
    (r.digest[0] >> 50) as usize & (GROUPS - 1)
}

/// A record's slice of `slices` (a power of two): bits of the digest the groups and the
/// tables' hash do not use.
#[inline]
fn slice_of(r: &Rec, slices: u64) -> u64 {
    (r.digest[0] >> 34) & (slices - 1)
}

/// One partition, across the shards.
struct Part<'s> {
    stores: &'s [Store],
    p: usize,
}

impl Part<'_> {
    fn for_each(&self, side: Side, mut f: impl FnMut(&Rec)) -> std::io::Result<()> {
        for s in self.stores {
            s.for_each(side as usize, self.p, &mut f)?;
        }
        Ok(())
    }

    /// Slice `slice` of `slices` (a power of two) of one partition (see [`slice_of`]).
    fn check_slice(
        &self,
        slice: u64,
        slices: u64,
        roles: &[Role],
        links: &[Link],
        links_of: &HashMap<u32, Vec<usize>>,
        out: &mut Outcome,
    ) -> std::io::Result<()> {
        let mut t = TABLES.with(|t| t.take());
        let Tables {
            keys,
            kids,
            seen,
            parents,
        } = &mut t;
        for v in [&mut *keys, &mut *kids] {
            v.resize_with(GROUPS, Vec::new);
            v.iter_mut().for_each(Vec::clear);
        }
        self.for_each(Side::Key, |r| {
            if slice_of(r, slices) == slice {
                keys[group(r)].push(*r);
            }
        })?;
        self.for_each(Side::Child, |r| {
            if slice_of(r, slices) == slice && links_of.contains_key(&r.spec()) {
                kids[group(r)].push(*r);
            }
        })?;
        let mut found = Outcome::default();
        for g in 0..GROUPS {
            // Per key: its first row and its second (the rows come in no particular order).
            for r in &keys[g] {
                let role = roles.get(r.spec() as usize).copied().unwrap_or_default();
                let key = mixed(r.spec(), r.digest());
                if role.unique {
                    seen.entry(key).and_modify(|s| s.add(r)).or_insert(Seen {
                        first: *r,
                        second: None,
                    });
                }
                if role.parent {
                    parents.insert(key);
                }
            }
            for s in seen.values() {
                if let Some(second) = s.second {
                    found.note_dup(Dup {
                        at: second,
                        first_row: s.first.row(),
                    });
                }
            }
            for r in &kids[g] {
                for &l in links_of.get(&r.spec()).map_or(&[][..], |v| &v[..]) {
                    if !parents.contains(&mixed(links[l].parent, r.digest())) {
                        found.note_orphan(l, *r);
                    }
                }
            }
            seen.clear();
            parents.clear();
        }
        TABLES.with(|cell| *cell.borrow_mut() = t);
        out.absorb(found);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(digest: u128, spec: u32, row: u64) -> Rec {
        Rec::new(digest, spec, row, row + 10, b'\t')
    }

    /// A unique parent key (spec 0) and a child referencing it (spec 1): row 4000 repeats
    /// key 17; rows 3000 and 4500 of the child name no parent.
    fn keys_and_children(h: &KeyHash, memory: u64) -> Store {
        let d = |k: u64| {
            let mut x = h.start();
            x.value(k.to_string().as_bytes());
            x.finish()
        };
        let mut s = Store::new(memory, &std::env::temp_dir());
        for row in 1..=5000u64 {
            let key = if row == 4000 { 17 } else { row };
            s.push(Side::Key, rec(d(key), 0, row));
            let child = match row {
                3000 => 900_000,
                4500 => 900_001,
                _ => row % 97 + 1,
            };
            s.push(Side::Child, rec(d(child), 1, row));
        }
        s
    }

    fn roles_and_links() -> ([Role; 2], [Link; 1]) {
        let roles = [
            Role {
                unique: true,
                parent: true,
                child: false,
            },
            Role {
                unique: false,
                parent: false,
                child: true,
            },
        ];
        (roles, [Link { child: 1, parent: 0 }])
    }

    /// A partition checked in slices (as a small budget makes it) finds what it finds whole.
    #[test]
    fn slicing_changes_nothing() {
        let (roles, links) = roles_and_links();
        let links_of: HashMap<u32, Vec<usize>> = [(1, vec![0])].into();
        let stores = vec![keys_and_children(&KeyHash::default(), 1 << 30)];
        let outcomes: Vec<Outcome> = [1u64, 4, 1 << 10]
            .iter()
            .map(|&slices| {
                let mut out = Outcome::default();
                for p in 0..PARTS {
                    let part = Part { stores: &stores, p };
                    for slice in 0..slices {
                        part.check_slice(slice, slices, &roles, &links, &links_of, &mut out)
                            .unwrap();
                    }
                }
                out
            })
            .collect();
        assert_eq!(outcomes[0].dups[&0].at.row(), 4000);
        assert_eq!(outcomes[0].orphans[&0].row(), 3000);
        assert_eq!(outcomes[0], outcomes[1]);
        assert_eq!(outcomes[0], outcomes[2]);
        assert_eq!(outcomes[0], Store::finish(stores, &roles, &links).unwrap());
    }

    /// The same rows give the same outcome in memory and spilled many times over.
    #[test]
    fn spilling_changes_nothing() {
        let (roles, links) = roles_and_links();
        let h = KeyHash::default();
        let run = |memory: u64| {
            let s = keys_and_children(&h, memory);
            let spilled = s.spilled();
            (Store::finish(vec![s], &roles, &links).unwrap(), spilled)
        };
        let (mem, none) = run(1 << 30);
        assert_eq!(none, 0);
        let (disk, some) = run(64 << 10);
        assert!(some > 0);
        assert_eq!(mem, disk);
        assert_eq!(mem.dups[&0].at.row(), 4000);
        assert_eq!(mem.dups[&0].first_row, 17);
        assert_eq!(mem.orphans[&0].row(), 3000);
    }

    #[test]
    fn records_round_trip() {
        // Extremes of every field, and rows and lines going backwards (another table's piece).
        let recs = [
            Rec::new(u128::MAX - 7, 3, 42, 50, b'\t'),
            Rec::new(0x5a << 120, 0, 0, 0, 0),
            Rec::new((0x5a << 120) | 1, (MAX_SPECS - 1) as u32, MAX_ROW, MAX_LINE, b','),
            Rec::new(0x5a << 120 | 99, 7, 1, 2, b'|'),
        ];
        for r in &recs {
            assert!(r.spec() < MAX_SPECS as u32);
        }
        assert_eq!(recs[2].row(), MAX_ROW);
        assert_eq!(recs[2].line(), MAX_LINE);
        assert_eq!(Rec::new(1, 1, u64::MAX, u64::MAX, 1).line(), MAX_LINE);
        let part = |r: &Rec| (r.digest[0] >> 56) as usize;
        let mut prev = Rec::ZERO;
        let mut b = Vec::new();
        for r in &recs[1..] {
            r.encode(&prev, &mut b);
            prev = *r;
        }
        let (mut at, mut prev, mut last) = (0, Rec::ZERO, (0, Rec::ZERO));
        for r in &recs[1..] {
            last = (at, prev);
            let (got, used) = Rec::decode(&b[at..], &prev, part(r)).unwrap();
            assert_eq!(&got, r);
            at += used;
            prev = got;
        }
        assert_eq!(at, b.len());
        // A record cut short is not read.
        assert!(Rec::decode(&b[last.0..b.len() - 1], &last.1, 0x5a).is_none());
    }
}
