//! Row data: COPY text-format lines decoded exactly as PostgreSQL's COPY FROM decodes them, and
//! the shared `Field` view that INSERT rows use too.
//!
//! Fields stay raw (escaped) slices of the mapped dump until something needs their value, so
//! scanning a block allocates nothing per row; [`decode_copy_field`] (a `nom` parser) turns one
//! raw field into its bytes.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::{map, map_res, value};
use nom::multi::fold_many0;
use nom::sequence::preceded;
use nom::{IResult, Parser};
use std::borrow::Cow;

/// How a raw field is escaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escaping {
    /// COPY text format (backslash escapes).
    CopyText,
    /// Inside a standard SQL '...' literal: `''` is a quote.
    SqlString,
    /// Inside E'...': backslash escapes and `''`.
    SqlEString,
    /// The raw bytes are the value: an unquoted SQL token (number, true/false), or COPY text
    /// the walker saw hold no backslash.
    Bare,
}

/// One value of one row: where it is and how to read it.
#[derive(Debug, Clone, Copy)]
pub struct Field<'a> {
    /// The field's bytes as written, still escaped (a SQL literal's without its quotes).
    pub raw: &'a [u8],
    /// Byte offset of `raw` in the dump.
    pub offset: usize,
    /// How `raw` is escaped, so how [`Field::value`] reads it.
    pub escaping: Escaping,
    /// SQL NULL: `\N` in COPY text, `NULL` in an INSERT.
    pub is_null: bool,
}

impl<'a> Field<'a> {
    /// The value's bytes (None for NULL).
    pub fn value(&self) -> Option<Cow<'a, [u8]>> {
        if self.is_null {
            return None;
        }
        Some(match self.escaping {
            Escaping::CopyText => decode_copy_field(self.raw),
            Escaping::SqlString => {
                if memchr::memchr(b'\'', self.raw).is_some() {
                    Cow::Owned(unescape_sql(self.raw, false))
                } else {
                    Cow::Borrowed(self.raw)
                }
            }
            Escaping::SqlEString => Cow::Owned(unescape_sql(self.raw, true)),
            Escaping::Bare => Cow::Borrowed(self.raw),
        })
    }
}

fn unescape_sql(raw: &[u8], backslash: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'\'' && raw.get(i + 1) == Some(&b'\'') {
            out.push(b'\'');
            i += 2;
        } else if backslash && b == b'\\' && i + 1 < raw.len() {
            // E'' escapes share COPY's escape set.
            let (consumed, byte) = copy_escape(&raw[i + 1..]);
            out.extend_from_slice(&byte);
            i += 1 + consumed;
        } else {
            out.push(b);
            i += 1;
        }
    }
    out
}

/// One escape after a backslash: bytes consumed and the bytes it stands for.
fn copy_escape(rest: &[u8]) -> (usize, Vec<u8>) {
    match escape_seq(rest) {
        Ok((tail, b)) => (rest.len() - tail.len(), vec![b]),
        Err(_) => (0, Vec::new()),
    }
}

fn is_oct(b: u8) -> bool {
    (b'0'..=b'7').contains(&b)
}

/// After a backslash: `\b \f \n \r \t \v`, octal `\ooo` (1-3 digits), hex `\xhh` (1-2 digits),
/// anything else is itself (so `\\` is a backslash and `\x` without hex digits is `x`).
fn escape_seq(i: &[u8]) -> IResult<&[u8], u8> {
    // The one-letter escapes (`\n` in text is the common one) without trying the others.
    let simple = match i.first() {
        Some(b'b') => Some(8u8),
        Some(b'f') => Some(12),
        Some(b'n') => Some(b'\n'),
        Some(b'r') => Some(b'\r'),
        Some(b't') => Some(b'\t'),
        Some(b'v') => Some(11),
        Some(b'\\') => Some(b'\\'),
        _ => None,
    };
    if let Some(b) = simple {
        return Ok((&i[1..], b));
    }
    alt((
        map_res(take_while_m_n(1, 3, is_oct), |d: &[u8]| {
            let v = d.iter().fold(0u32, |a, &c| (a << 3) + (c - b'0') as u32);
            Ok::<u8, ()>((v & 0xff) as u8)
        }),
        preceded(
            tag(&b"x"[..]),
            map_res(take_while_m_n(1, 2, |c: u8| c.is_ascii_hexdigit()), |d: &[u8]| {
                u8::from_str_radix(std::str::from_utf8(d).map_err(|_| ())?, 16).map_err(|_| ())
            }),
        ),
        value(8u8, tag(&b"b"[..])),
        value(12u8, tag(&b"f"[..])),
        value(b'\n', tag(&b"n"[..])),
        value(b'\r', tag(&b"r"[..])),
        value(b'\t', tag(&b"t"[..])),
        value(11u8, tag(&b"v"[..])),
        map(nom::number::complete::u8, |c| c),
    ))
    .parse(i)
}

enum Piece<'a> {
    Run(&'a [u8]),
    Byte(u8),
}

/// Bytes up to the next backslash (at least one): `take_till1`, with memchr.
fn run(i: &[u8]) -> IResult<&[u8], &[u8]> {
    match memchr::memchr(b'\\', i).unwrap_or(i.len()) {
        0 => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TakeTill1,
        ))),
        n => Ok((&i[n..], &i[..n])),
    }
}

fn piece(i: &[u8]) -> IResult<&[u8], Piece<'_>> {
    alt((
        map(run, Piece::Run),
        map(preceded(tag(&b"\\"[..]), escape_seq), Piece::Byte),
        // A lone backslash at the very end of a field is dropped, as COPY does.
        map(tag(&b"\\"[..]), |_| Piece::Run(&[][..])),
    ))
    .parse(i)
}

/// Decodes one raw COPY text field (not `\N`) into its bytes.
pub fn decode_copy_field(raw: &[u8]) -> Cow<'_, [u8]> {
    if memchr::memchr(b'\\', raw).is_none() {
        return Cow::Borrowed(raw);
    }
    let r: IResult<&[u8], Vec<u8>> = fold_many0(
        piece,
        || Vec::with_capacity(raw.len()),
        |mut acc, p| {
            match p {
                Piece::Run(r) => acc.extend_from_slice(r),
                Piece::Byte(b) => acc.push(b),
            }
            acc
        },
    )
    .parse(raw);
    match r {
        Ok((_, v)) => Cow::Owned(v),
        Err(_) => Cow::Borrowed(raw),
    }
}

/// Encodes bytes with COPY text escaping, as pg_dump's COPY TO writes them.
pub fn encode_copy_field(v: &[u8], out: &mut Vec<u8>) {
    for &b in v {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            8 => out.extend_from_slice(b"\\b"),
            12 => out.extend_from_slice(b"\\f"),
            11 => out.extend_from_slice(b"\\v"),
            _ => out.push(b),
        }
    }
}

/// Splits one COPY text line (without its newline) into raw fields, calling `f` for each.
/// A backslash escapes the byte after it, so an escaped delimiter does not split. Returns the
/// number of fields. A zero-column table's row is an empty line with no fields.
#[inline]
pub fn for_each_copy_field<'a>(
    line: &'a [u8],
    base: usize,
    delim: u8,
    ncols_hint: usize,
    mut f: impl FnMut(usize, Field<'a>),
) -> usize {
    if line.is_empty() && ncols_hint == 0 {
        return 0;
    }
    let mut n = 0;
    let mut start = 0;
    let mut i = 0;
    // Hot loop: jump between delimiters and backslashes only.
    while let Some(r) = memchr::memchr2(delim, b'\\', &line[i..]) {
        let p = i + r;
        if line[p] == b'\\' {
            i = p + 2;
            if i > line.len() {
                break;
            }
            continue;
        }
        emit(line, start, p, base, n, &mut f);
        n += 1;
        start = p + 1;
        i = start;
    }
    emit(line, start, line.len(), base, n, &mut f);
    n + 1
}

#[inline]
fn emit<'a>(line: &'a [u8], a: usize, b: usize, base: usize, n: usize, f: &mut impl FnMut(usize, Field<'a>)) {
    let raw = &line[a..b];
    f(
        n,
        Field {
            raw,
            offset: base + a,
            escaping: Escaping::CopyText,
            is_null: raw == b"\\N",
        },
    );
}

/// Lines of a COPY data block: (line index from 0, byte offset, line without `\n`/`\r\n`).
pub fn copy_lines(block: &[u8], base: usize) -> impl Iterator<Item = (usize, usize, &[u8])> {
    let mut pos = 0usize;
    let mut idx = 0usize;
    std::iter::from_fn(move || {
        if pos >= block.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &block[pos..]).map_or(block.len(), |r| pos + r);
        let mut line = &block[pos..end];
        if line.last() == Some(&b'\r') {
            line = &line[..line.len() - 1];
        }
        let item = (idx, base + pos, line);
        idx += 1;
        pos = end + 1;
        Some(item)
    })
}

/// Every field of every line of a COPY text block, in order: `f(line index, field index,
/// field)`. The same fields as [`copy_lines`] + [`for_each_copy_field`] (lines end at every
/// `\n`, a trailing `\r` is dropped, a backslash escapes the byte after it within the line),
/// found without a search call per field: with AVX2, each 64-byte block becomes bit masks of
/// newlines, delimiters and backslashes, and the fields are read off the set bits. Returns the
/// number of lines.
pub fn for_each_copy_block_field<'a>(
    block: &'a [u8],
    base: usize,
    delim: u8,
    f: impl FnMut(usize, usize, Field<'a>),
) -> usize {
    for_each_picked_field(block, base, delim, Pick::ALL, f)
}

/// Which fields a walk hands on: those whose index has its bit set in `cols` (every field at
/// index 64 or more), and any field in which one of `marks` (ascending offsets into the block,
/// such as keyword hits) starts. The fields left out cost no call.
#[derive(Clone, Copy)]
pub struct Pick<'m> {
    /// Bit `i` set: field `i` is wanted.
    pub cols: u64,
    /// Ascending offsets into the block; a field one of them starts in is wanted.
    pub marks: &'m [usize],
}

impl Pick<'_> {
    /// Every field.
    pub const ALL: Pick<'static> = Pick {
        cols: u64::MAX,
        marks: &[],
    };
}

/// A cursor into a [`Pick`]'s marks (fields come in order).
struct Picker<'m> {
    pick: Pick<'m>,
    m: usize,
}

impl Picker<'_> {
    /// Is the field `field` at `a..b` of the block wanted?
    #[inline(always)]
    fn wants(&mut self, field: usize, a: usize, b: usize) -> bool {
        if field >= 64 || self.pick.cols >> field & 1 != 0 {
            return true;
        }
        let marks = self.pick.marks;
        while self.m < marks.len() && marks[self.m] < a {
            self.m += 1;
        }
        self.m < marks.len() && marks[self.m] < b
    }
}

/// [`for_each_copy_block_field`] for the fields `pick` wants only (the number of lines is
/// that of the whole block).
pub fn for_each_picked_field<'a>(
    block: &'a [u8],
    base: usize,
    delim: u8,
    pick: Pick<'_>,
    f: impl FnMut(usize, usize, Field<'a>),
) -> usize {
    let mut picker = Picker { pick, m: 0 };
    #[cfg(target_arch = "x86_64")]
    if delim != b'\n' && delim != b'\\' && crate::util::cpu::avx2() {
        // SAFETY: AVX2 was just detected.
        return unsafe { block_fields_avx2(block, base, delim, &mut picker, f) };
    }
    block_fields_portable(block, base, delim, &mut picker, f)
}

fn block_fields_portable<'a>(
    block: &'a [u8],
    base: usize,
    delim: u8,
    picker: &mut Picker,
    mut f: impl FnMut(usize, usize, Field<'a>),
) -> usize {
    let mut lines = 0;
    for (li, off, line) in copy_lines(block, base) {
        for_each_copy_field(line, off, delim, 1, |fi, fld| {
            let a = fld.offset - base;
            if picker.wants(fi, a, a + fld.raw.len()) {
                f(li, fi, fld)
            }
        });
        lines = li + 1;
    }
    lines
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn block_fields_avx2<'a>(
    block: &'a [u8],
    base: usize,
    delim: u8,
    picker: &mut Picker,
    mut f: impl FnMut(usize, usize, Field<'a>),
) -> usize {
    use std::arch::x86_64::*;
    let (nl_v, dl_v, bs_v) = (
        _mm256_set1_epi8(b'\n' as i8),
        _mm256_set1_epi8(delim as i8),
        _mm256_set1_epi8(b'\\' as i8),
    );
    let mask = |a: __m256i, b: __m256i, c: __m256i| {
        let lo = _mm256_movemask_epi8(_mm256_cmpeq_epi8(a, c)) as u32 as u64;
        let hi = _mm256_movemask_epi8(_mm256_cmpeq_epi8(b, c)) as u32 as u64;
        lo | hi << 32
    };
    let (mut line, mut field, mut line_start, mut field_start) = (0usize, 0usize, 0usize, 0usize);
    // A backslash in the last byte of a block escapes the first byte of the next.
    let mut carry = false;
    // 1 + where the last backslash before this block is (0: none), so that a field known to
    // hold none is handed on as needing no decoding (no search for one per value).
    let mut last_bs = 0usize;
    let mut pos = 0;
    let mut tail = [0u8; 64];
    while pos < block.len() {
        let bytes: &[u8] = if pos + 64 <= block.len() {
            &block[pos..pos + 64]
        } else {
            // Zero padding: a zero byte is neither newline, delimiter nor backslash.
            tail[..block.len() - pos].copy_from_slice(&block[pos..]);
            &tail
        };
        crate::util::cpu::prefetch_ahead(bytes.as_ptr());
        // SAFETY: `bytes` is 64 bytes long.
        let (a, b) = unsafe {
            (
                _mm256_loadu_si256(bytes.as_ptr() as *const __m256i),
                _mm256_loadu_si256(bytes.as_ptr().add(32) as *const __m256i),
            )
        };
        let (nl, dl, bs) = (mask(a, b, nl_v), mask(a, b, dl_v), mask(a, b, bs_v));
        // Bytes escaped by a backslash; backslashes are rare, so walk them one by one.
        let mut escaped = carry as u64;
        carry = false;
        let mut rest = bs;
        while rest != 0 {
            let j = rest.trailing_zeros();
            rest &= rest - 1;
            if escaped >> j & 1 != 0 || nl >> j & 1 != 0 {
                continue;
            }
            if j == 63 {
                carry = true;
            } else {
                escaped |= 1 << (j + 1);
            }
        }
        // Does `a..b` (ending in this block) hold a backslash?
        let has_bs = |a: usize, b: usize| {
            let (lo, hi) = (a.saturating_sub(pos), b.saturating_sub(pos));
            let below = if hi >= 64 { !0 } else { (1u64 << hi) - 1 };
            let from = if lo >= 64 { 0 } else { !0u64 << lo };
            bs & below & from != 0 || last_bs > a
        };
        // An escape never crosses a line end: nothing after a newline is escaped by it.
        let mut ends = (dl & !escaped) | nl;
        while ends != 0 {
            let j = ends.trailing_zeros() as usize;
            ends &= ends - 1;
            let at = pos + j;
            if nl >> j & 1 != 0 {
                let end = if at > line_start && block[at - 1] == b'\r' {
                    at - 1
                } else {
                    at
                };
                let a = field_start.min(end);
                if picker.wants(field, a, end) {
                    emit_field(block, (a, end), base, (line, field), !has_bs(a, end), &mut f);
                }
                line += 1;
                field = 0;
                line_start = at + 1;
            } else {
                if picker.wants(field, field_start, at) {
                    let plain = !has_bs(field_start, at);
                    emit_field(block, (field_start, at), base, (line, field), plain, &mut f);
                }
                field += 1;
            }
            field_start = at + 1;
        }
        if bs != 0 {
            last_bs = pos + 64 - bs.leading_zeros() as usize;
        }
        pos += 64;
    }
    if line_start < block.len() {
        let end = if block.last() == Some(&b'\r') {
            block.len() - 1
        } else {
            block.len()
        };
        let a = field_start.min(end);
        if picker.wants(field, a, end) {
            emit_field(block, (a, end), base, (line, field), last_bs <= a, &mut f);
        }
        line += 1;
    }
    line
}

#[inline]
fn emit_field<'a>(
    block: &'a [u8],
    (a, b): (usize, usize),
    base: usize,
    (line, field): (usize, usize),
    plain: bool,
    f: &mut impl FnMut(usize, usize, Field<'a>),
) {
    let raw = &block[a..b];
    f(
        line,
        field,
        Field {
            raw,
            offset: base + a,
            escaping: if plain { Escaping::Bare } else { Escaping::CopyText },
            is_null: !plain && raw == b"\\N",
        },
    );
}

/// Number of rows in a COPY data block (its lines).
pub fn count_copy_rows(block: &[u8]) -> u64 {
    let nl = memchr::memchr_iter(b'\n', block).count() as u64;
    if !block.is_empty() && *block.last().unwrap() != b'\n' {
        nl + 1
    } else {
        nl
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decodes_every_escape() {
        assert_eq!(&*decode_copy_field(br"a\tb\nc\\d"), b"a\tb\nc\\d");
        assert_eq!(&*decode_copy_field(br"\b\f\r\v"), &[8u8, 12, b'\r', 11][..]);
        assert_eq!(&*decode_copy_field(br"\101\x42\x4"), b"AB\x04");
        assert_eq!(&*decode_copy_field(br"\1012"), b"A2");
        assert_eq!(&*decode_copy_field(br"\xZ\q\."), b"xZq.");
        assert_eq!(&*decode_copy_field(br"end\"), b"end");
        assert_eq!(&*decode_copy_field(br"\\N"), b"\\N");
        assert_eq!(&*decode_copy_field("é\\303\\251".as_bytes()), "éé".as_bytes());
    }

    #[test]
    fn fields_split_on_unescaped_delimiters() {
        let mut got = Vec::new();
        let n = for_each_copy_field(b"1\ta\\\tb\t\\N\t", 100, b'\t', 4, |i, f| {
            got.push((i, f.raw.to_vec(), f.offset, f.is_null))
        });
        assert_eq!(n, 4);
        assert_eq!(got[1], (1, b"a\\\tb".to_vec(), 102, false));
        assert!(got[2].3);
        assert_eq!(got[3].1, b"".to_vec());
        assert_eq!(for_each_copy_field(b"", 0, b'\t', 0, |_, _| {}), 0);
        assert_eq!(for_each_copy_field(b"", 0, b'\t', 1, |_, _| {}), 1);
    }

    #[test]
    fn sql_strings() {
        let f = Field {
            raw: b"it''s",
            offset: 0,
            escaping: Escaping::SqlString,
            is_null: false,
        };
        assert_eq!(&*f.value().unwrap(), b"it's");
        let f = Field {
            raw: br"a\nb''",
            offset: 0,
            escaping: Escaping::SqlEString,
            is_null: false,
        };
        assert_eq!(&*f.value().unwrap(), b"a\nb'");
    }

    #[test]
    fn row_counting() {
        assert_eq!(count_copy_rows(b""), 0);
        assert_eq!(count_copy_rows(b"\n"), 1);
        assert_eq!(count_copy_rows(b"a\nb\n"), 2);
        let lines: Vec<_> = copy_lines(b"a\r\nb\n", 10).collect();
        assert_eq!(lines, vec![(0, 10, &b"a"[..]), (1, 13, &b"b"[..])]);
    }

    proptest! {
        /// Any string, escaped as COPY TO writes it, decodes back to itself.
        #[test]
        fn copy_escaping_round_trips(s in "\\PC*|[\\t\\n\\r\\\\a\u{e9}\u{1F600}x0-9]*") {
            let mut enc = Vec::new();
            encode_copy_field(s.as_bytes(), &mut enc);
            prop_assert!(!enc.contains(&b'\n') && !enc.contains(&b'\t'));
            prop_assert_eq!(&*decode_copy_field(&enc), s.as_bytes());
            // and it stays one field of a line
            let mut fields = 0;
            for_each_copy_field(&enc, 0, b'\t', 1, |_, _| fields += 1);
            prop_assert_eq!(fields, 1);
        }

        /// The block walker yields exactly the fields of line-by-line splitting.
        #[test]
        fn block_fields_match_line_splitting(
            bytes in proptest::collection::vec(prop_oneof![Just(b'\t'), Just(b'\n'), Just(b'\\'), Just(b'\r'), Just(b'a'), Just(b'N'), Just(b','), any::<u8>()], 0..300),
            delim in prop_oneof![Just(b'\t'), Just(b',')]) {
            type Seen = Vec<(usize, usize, usize, Vec<u8>, bool, Option<Vec<u8>>)>;
            let (mut want, mut got): (Seen, Seen) = (Vec::new(), Vec::new());
            let seen = |f: &Field| (f.offset, f.raw.to_vec(), f.is_null, f.value().map(|v| v.to_vec()));
            let mut all = Picker { pick: Pick::ALL, m: 0 };
            let lines_portable = block_fields_portable(&bytes, 7, delim, &mut all, |l, i, f| {
                let (o, r, n, v) = seen(&f);
                want.push((l, i, o, r, n, v))
            });
            let lines = for_each_copy_block_field(&bytes, 7, delim, |l, i, f| {
                // A field handed on as needing no decoding holds no backslash.
                assert!(f.escaping == Escaping::CopyText || !f.raw.contains(&b'\\'));
                let (o, r, n, v) = seen(&f);
                got.push((l, i, o, r, n, v))
            });
            prop_assert_eq!(got, want);
            prop_assert_eq!(lines, copy_lines(&bytes, 0).count());
            prop_assert_eq!(lines_portable, lines);
            prop_assert_eq!(count_copy_rows(&bytes), lines as u64);
        }

        /// A picked walk yields the fields of the full walk that its columns or marks select.
        #[test]
        fn picked_fields_are_the_selected_ones(
            bytes in proptest::collection::vec(prop_oneof![Just(b'\t'), Just(b'\n'), Just(b'\\'), Just(b'a'), any::<u8>()], 0..300),
            cols in any::<u64>(),
            mut marks in proptest::collection::vec(0usize..300, 0..12)) {
            marks.sort_unstable();
            type Seen = Vec<(usize, usize, usize, Vec<u8>)>;
            let (mut want, mut got, mut got_portable): (Seen, Seen, Seen) = Default::default();
            for_each_copy_block_field(&bytes, 7, b'\t', |l, i, f| {
                let a = f.offset - 7;
                if cols >> i & 1 != 0 || marks.iter().any(|&m| a <= m && m < a + f.raw.len()) {
                    want.push((l, i, f.offset, f.raw.to_vec()));
                }
            });
            let pick = Pick { cols, marks: &marks };
            let lines = for_each_picked_field(&bytes, 7, b'\t', pick, |l, i, f| got.push((l, i, f.offset, f.raw.to_vec())));
            prop_assert_eq!(lines, copy_lines(&bytes, 0).count());
            block_fields_portable(&bytes, 7, b'\t', &mut Picker { pick, m: 0 }, |l, i, f| got_portable.push((l, i, f.offset, f.raw.to_vec())));
            prop_assert_eq!(&got, &want);
            prop_assert_eq!(got_portable, want);
        }

        /// The decoder against COPY's escape rules written out byte by byte.
        #[test]
        fn decoder_follows_the_escape_rules(
            bytes in proptest::collection::vec(proptest::sample::select(b"\\\\\\nrtbfvx0178aFgZ9n".to_vec()), 0..40)) {
            let mut want = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] != b'\\' {
                    want.push(bytes[i]);
                    i += 1;
                    continue;
                }
                let rest = &bytes[i + 1..];
                let oct = rest.iter().take(3).take_while(|b| (b'0'..=b'7').contains(b)).count();
                let hex = if rest.first() == Some(&b'x') {
                    rest[1..].iter().take(2).take_while(|b| b.is_ascii_hexdigit()).count()
                } else {
                    0
                };
                let (byte, used) = if oct > 0 {
                    (Some(rest[..oct].iter().fold(0u32, |a, &c| a * 8 + (c - b'0') as u32) as u8), oct)
                } else if hex > 0 {
                    (Some(u8::from_str_radix(std::str::from_utf8(&rest[1..1 + hex]).unwrap(), 16).unwrap()), 1 + hex)
                } else {
                    match rest.first() {
                        None => (None, 0),
                        Some(b'b') => (Some(8), 1),
                        Some(b'f') => (Some(12), 1),
                        Some(b'n') => (Some(b'\n'), 1),
                        Some(b'r') => (Some(b'\r'), 1),
                        Some(b't') => (Some(b'\t'), 1),
                        Some(b'v') => (Some(11), 1),
                        Some(&c) => (Some(c), 1),
                    }
                };
                want.extend(byte);
                i += 1 + used;
            }
            prop_assert_eq!(&*decode_copy_field(&bytes), &want[..]);
        }

        #[test]
        fn decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = decode_copy_field(&bytes);
            let _ = for_each_copy_field(&bytes, 0, b'\t', 3, |_, f| { let _ = f.value(); });
        }
    }
}
