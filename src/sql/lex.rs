//! Lexical helpers shared by the splitter and the catalog: where a quoted string, identifier,
//! dollar-quoted body or comment that starts at `pos` ends. They follow PostgreSQL's scanner
//! (scan.l) and psql's (psqlscan.l): `''` and `""` double a quote, `E'..'` takes backslash
//! escapes, `$tag$..$tag$` ends only at the same tag, and `/* */` nests.

/// True for bytes that may continue an identifier (PostgreSQL treats all high-bit bytes as letters).
#[inline]
pub fn is_ident_cont(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

#[inline]
pub fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// End (exclusive) of a `'...'` literal whose opening quote is at `pos`. With `backslash`, a
/// backslash escapes the next byte (E'' strings, or standard_conforming_strings = off).
/// `None` when the input ends first.
pub fn end_of_string(s: &[u8], pos: usize, backslash: bool) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        let rel = if backslash {
            memchr::memchr2(b'\'', b'\\', &s[i..])?
        } else {
            memchr::memchr(b'\'', &s[i..])?
        };
        i += rel;
        if s[i] == b'\\' {
            i += 2;
            if i > s.len() {
                return None;
            }
            continue;
        }
        // A doubled quote is a quote inside the literal.
        if s.get(i + 1) == Some(&b'\'') {
            i += 2;
            continue;
        }
        return Some(i + 1);
    }
}

/// End (exclusive) of a `"quoted identifier"` whose opening quote is at `pos`.
pub fn end_of_quoted_ident(s: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        i += memchr::memchr(b'"', &s[i..])?;
        if s.get(i + 1) == Some(&b'"') {
            i += 2;
            continue;
        }
        return Some(i + 1);
    }
}

/// If a dollar-quote opening tag (`$$` or `$tag$`) starts at `pos`, its length.
/// The caller must already know `pos` is not inside an identifier or a `$n` parameter.
pub fn dollar_tag_len(s: &[u8], pos: usize) -> Option<usize> {
    debug_assert_eq!(s[pos], b'$');
    let mut i = pos + 1;
    if i < s.len() && s[i] != b'$' {
        if !is_ident_start(s[i]) {
            return None;
        }
        while i < s.len() && s[i] != b'$' {
            if !(s[i].is_ascii_alphanumeric() || s[i] == b'_' || s[i] >= 0x80) {
                return None;
            }
            i += 1;
        }
    }
    if i < s.len() && s[i] == b'$' {
        Some(i + 1 - pos)
    } else {
        None
    }
}

/// End (exclusive) of a dollar-quoted body whose opening tag `s[pos..pos+tag_len]` starts at `pos`.
pub fn end_of_dollar_quote(s: &[u8], pos: usize, tag_len: usize) -> Option<usize> {
    let tag = &s[pos..pos + tag_len];
    let body = pos + tag_len;
    memchr::memmem::find(&s[body..], tag).map(|rel| body + rel + tag_len)
}

/// End (exclusive) of a `/* ... */` comment starting at `pos`; comments nest.
pub fn end_of_block_comment(s: &[u8], pos: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = pos;
    while i + 1 < s.len() {
        match (s[i], s[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Newlines in `b`. Most calls count inside one short quoted value or row, where a plain loop
/// beats setting up the vectorised count.
#[inline]
pub fn newlines(b: &[u8]) -> u64 {
    if b.len() < 64 {
        b.iter().filter(|&&c| c == b'\n').count() as u64
    } else {
        memchr::memchr_iter(b'\n', b).count() as u64
    }
}

/// Where the first `\n\\.` in `s` starts (a line beginning `\.`: a COPY block's end), and the
/// newlines before it (all of them when there is none): the splitter needs both, and one pass
/// over the data gives both. The generic substring search picks two of the three bytes to look
/// for and then checks candidates, and in COPY data `\n` and `\\` (every `\N` NULL) are
/// everywhere; comparing all three bytes at once has no candidates to check.
pub fn find_copy_end(s: &[u8]) -> (Option<usize>, u64) {
    #[cfg(target_arch = "x86_64")]
    match crate::util::cpu::level() {
        // SAFETY: the CPU runs what each arm calls.
        crate::util::cpu::Level::Avx512 => return unsafe { find_copy_end_avx512(s) },
        crate::util::cpu::Level::Avx2 => return unsafe { find_copy_end_avx2(s) },
        crate::util::cpu::Level::Portable => {}
    }
    copy_end_tail(s, 0, 0)
}

/// As [`find_copy_end_avx2`], 64 starts a step with mask registers (the pass's own thread
/// spends a tenth of its time here on a COPY-heavy dump).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw,popcnt")]
fn find_copy_end_avx512(s: &[u8]) -> (Option<usize>, u64) {
    use std::arch::x86_64::*;
    let (nl, bs, dot) = (
        _mm512_set1_epi8(b'\n' as i8),
        _mm512_set1_epi8(b'\\' as i8),
        _mm512_set1_epi8(b'.' as i8),
    );
    copy_end_steps::<64>(s, |p| {
        // SAFETY: `copy_end_steps` calls with p + 66 <= s.len().
        let at = |d: usize| unsafe { _mm512_loadu_si512(s.as_ptr().add(p + d) as *const __m512i) };
        let lines = _mm512_cmpeq_epi8_mask(at(0), nl);
        let m = _mm512_mask_cmpeq_epi8_mask(_mm512_mask_cmpeq_epi8_mask(lines, at(1), bs), at(2), dot);
        (lines, m)
    })
}

/// The step loop of the SIMD searches: `step(p)` gives the newline mask and the `\n\\.` mask
/// of the `W` starts from `p` (it reads up to `p + W + 2`).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn copy_end_steps<const W: usize>(s: &[u8], step: impl Fn(usize) -> (u64, u64)) -> (Option<usize>, u64) {
    let (mut i, mut n) = (0, 0u64);
    while i + W + 2 <= s.len() {
        crate::util::cpu::prefetch_ahead(s.as_ptr().wrapping_add(i));
        let (lines, m) = step(i);
        if m != 0 {
            let at = m.trailing_zeros();
            let before = lines & ((1u64 << at) - 1);
            return (Some(i + at as usize), n + before.count_ones() as u64);
        }
        n += lines.count_ones() as u64;
        i += W;
    }
    copy_end_tail(s, i, n)
}

/// The portable search from `i`, `n` newlines already counted before it.
fn copy_end_tail(s: &[u8], i: usize, n: u64) -> (Option<usize>, u64) {
    match memchr::memmem::find(&s[i..], b"\n\\.") {
        Some(r) => (Some(i + r), n + newlines(&s[i..i + r])),
        None => (None, n + newlines(&s[i..])),
    }
}

#[cfg(target_arch = "x86_64")]
// popcnt: without it `count_ones` is a dozen instructions in the loop.
#[target_feature(enable = "avx2,popcnt")]
fn find_copy_end_avx2(s: &[u8]) -> (Option<usize>, u64) {
    use std::arch::x86_64::*;
    let (nl, bs, dot) = (
        _mm256_set1_epi8(b'\n' as i8),
        _mm256_set1_epi8(b'\\' as i8),
        _mm256_set1_epi8(b'.' as i8),
    );
    // 32 candidate starts per step: bytes p.., p+1.. and p+2.. compared at once; the newline
    // compare also counts the step's newlines.
    copy_end_steps::<32>(s, |p| {
        // SAFETY: `copy_end_steps` calls with p + 34 <= s.len().
        let at = |d: usize| unsafe { _mm256_loadu_si256(s.as_ptr().add(p + d) as *const __m256i) };
        let a = _mm256_cmpeq_epi8(at(0), nl);
        let (b, c) = (_mm256_cmpeq_epi8(at(1), bs), _mm256_cmpeq_epi8(at(2), dot));
        let lines = _mm256_movemask_epi8(a) as u32 as u64;
        let m = _mm256_movemask_epi8(_mm256_and_si256(_mm256_and_si256(a, b), c)) as u32 as u64;
        (lines, m)
    })
}

/// End of the line that contains `pos` (index of the `\n`, or `s.len()`).
#[inline]
pub fn line_end(s: &[u8], pos: usize) -> usize {
    memchr::memchr(b'\n', &s[pos..]).map_or(s.len(), |r| pos + r)
}

/// Is the quote at `pos` an `E'...'` string (an `E` before it that does not end a longer word)?
#[inline]
pub fn e_prefixed(s: &[u8], pos: usize) -> bool {
    pos >= 1 && matches!(s[pos - 1], b'E' | b'e') && !(pos >= 2 && is_ident_cont(s[pos - 2]))
}

/// Does the byte before `pos` make `s[pos]` part of an identifier or number (so `$`/`'` there
/// is not the start of a quote)?
#[inline]
pub fn follows_ident(s: &[u8], pos: usize) -> bool {
    pos > 0 && is_ident_cont(s[pos - 1])
}

#[cfg(test)]
mod copy_end_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn finds_what_memmem_finds(v in proptest::collection::vec(proptest::sample::select(vec![b'\n', b'\\', b'.', b'N', b'x']), 0..300)) {
            let at = memchr::memmem::find(&v, b"\n\\.");
            let lines = v[..at.unwrap_or(v.len())].iter().filter(|&&b| b == b'\n').count() as u64;
            prop_assert_eq!(find_copy_end(&v), (at, lines));
            // Each loop this CPU runs, not only the fastest.
            #[cfg(target_arch = "x86_64")]
            {
                use crate::util::cpu::{level, Level};
                if level() >= Level::Avx2 {
                    // SAFETY: the CPU runs AVX2.
                    prop_assert_eq!(unsafe { find_copy_end_avx2(&v) }, (at, lines));
                }
                if level() >= Level::Avx512 {
                    // SAFETY: the CPU runs AVX-512.
                    prop_assert_eq!(unsafe { find_copy_end_avx512(&v) }, (at, lines));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_escapes() {
        let s = b"'it''s' rest";
        assert_eq!(end_of_string(s, 0, false), Some(7));
        let e = br"'a\'b' x";
        assert_eq!(end_of_string(e, 0, true), Some(6));
        assert_eq!(end_of_string(e, 0, false), Some(4));
        assert_eq!(end_of_string(b"'open", 0, false), None);
        assert_eq!(end_of_string(b"'ends with backslash\\", 0, true), None);
    }

    #[test]
    fn dollar_quotes() {
        let s = b"$fn$ body $$ inner $fn$;";
        let n = dollar_tag_len(s, 0).unwrap();
        assert_eq!(n, 4);
        assert_eq!(end_of_dollar_quote(s, 0, n), Some(23));
        assert_eq!(dollar_tag_len(b"$1", 0), None);
        assert_eq!(dollar_tag_len(b"$$x", 0), Some(2));
    }

    #[test]
    fn nested_comments() {
        let s = b"/* a /* b */ c */ d";
        assert_eq!(end_of_block_comment(s, 0), Some(17));
        assert_eq!(end_of_block_comment(b"/* open", 0), None);
    }
}
