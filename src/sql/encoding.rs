//! Client encodings: what `SET client_encoding` names, and how text in it becomes Unicode, as
//! the server converts it on the way in (invalid bytes are an error there, so they are one here).

use std::borrow::Cow;

/// The encoding of the dump's text, from `SET client_encoding`: how it becomes Unicode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientEncoding {
    /// UTF8, and SQL_ASCII (no conversion: a UTF8 server validates the bytes as UTF-8).
    #[default]
    Utf8,
    /// LATIN1: every byte is the code point of its value.
    Latin1,
    /// An encoding `encoding_rs` decodes (WIN1252, LATIN2, EUC_JP, ...).
    Other(&'static encoding_rs::Encoding),
    /// Raw text in a client-only encoding that the reader did not transcode (it was named past
    /// the start of the script): split byte by byte, so possibly in the wrong places.
    Untranscoded(ClientOnly),
    /// Text the reader already turned into UTF-8 from the client-only encoding the dump names
    /// (see `sql::transcode`): read as UTF8, named as declared.
    Transcoded(ClientOnly),
}

/// The client-only encodings whose trail bytes can be ASCII (`\`, and in JOHAB `;` too): psql
/// and COPY must read them character by character, never byte by byte. A server database
/// cannot use them, so only a dump made with `pg_dump --encoding` (or `PGCLIENTENCODING`) holds
/// them, from its first statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientOnly {
    /// SJIS and SHIFT_JIS_2004.
    Sjis,
    /// BIG5 (WIN950).
    Big5,
    /// GBK (WIN936).
    Gbk,
    /// UHC (WIN949).
    Uhc,
    /// GB18030 (characters of 1, 2 or 4 bytes).
    Gb18030,
    /// JOHAB, whose trail bytes can be `;` too (`encoding_rs` has no decoder for it).
    Johab,
}

/// PostgreSQL's spelling of an encoding name for lookup: letters and digits only, upper case
/// (as its `clean_encoding_name`).
fn clean(name: &str) -> String {
    name.trim_matches('\'')
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl ClientOnly {
    /// The client-only encoding `name` denotes, with PostgreSQL's aliases (WIN932, WIN950, ...).
    pub fn of(name: &str) -> Option<ClientOnly> {
        Some(match clean(name).as_str() {
            "SJIS" | "SHIFTJIS" | "MSKANJI" | "WIN932" | "WINDOWS932" | "SHIFTJIS2004" => ClientOnly::Sjis,
            "BIG5" | "WIN950" | "WINDOWS950" => ClientOnly::Big5,
            "GBK" | "WIN936" | "WINDOWS936" => ClientOnly::Gbk,
            "UHC" | "WIN949" | "WINDOWS949" => ClientOnly::Uhc,
            "GB18030" => ClientOnly::Gb18030,
            "JOHAB" => ClientOnly::Johab,
            _ => return None,
        })
    }

    /// Length of the character that starts `s` (not empty), as PostgreSQL's `pg_encoding_mblen`
    /// gives it: what psql skips as one when it lexes, and COPY when it looks for delimiters.
    #[inline]
    pub fn char_len(self, s: &[u8]) -> usize {
        let b = s[0];
        if b < 0x80 {
            return 1;
        }
        match self {
            // Half-width katakana are one byte.
            ClientOnly::Sjis if (0xa1..=0xdf).contains(&b) => 1,
            ClientOnly::Gb18030 if s.get(1).is_some_and(|c| c.is_ascii_digit()) => 4,
            // JOHAB's length is EUC's: SS2 two bytes, SS3 three.
            ClientOnly::Johab if b == 0x8f => 3,
            _ => 2,
        }
    }

    /// The decoder of its text (JOHAB has none in `encoding_rs`: see `johab_to_utf8`).
    pub fn decoder(self) -> Option<&'static encoding_rs::Encoding> {
        Some(match self {
            ClientOnly::Sjis => encoding_rs::SHIFT_JIS,
            ClientOnly::Big5 => encoding_rs::BIG5,
            ClientOnly::Gbk => encoding_rs::GBK,
            ClientOnly::Uhc => encoding_rs::EUC_KR,
            ClientOnly::Gb18030 => encoding_rs::GB18030,
            ClientOnly::Johab => return None,
        })
    }

    /// PostgreSQL's name.
    pub fn name(self) -> &'static str {
        match self {
            ClientOnly::Sjis => "SJIS",
            ClientOnly::Big5 => "BIG5",
            ClientOnly::Gbk => "GBK",
            ClientOnly::Uhc => "UHC",
            ClientOnly::Gb18030 => "GB18030",
            ClientOnly::Johab => "JOHAB",
        }
    }
}

impl ClientEncoding {
    /// PostgreSQL's name (any case, `-`/`_` ignored) to the encoding; unknown names read as UTF8.
    pub fn parse(name: &str) -> ClientEncoding {
        if let Some(c) = ClientOnly::of(name) {
            return ClientEncoding::Untranscoded(c);
        }
        let n = clean(name);
        match n.as_str() {
            "UTF8" | "UNICODE" | "SQLASCII" => return ClientEncoding::Utf8,
            "LATIN1" | "ISO88591" => return ClientEncoding::Latin1,
            _ => {}
        }
        let label = match n.as_str() {
            "WIN1252" => "windows-1252",
            "WIN1251" => "windows-1251",
            "WIN1250" => "windows-1250",
            "LATIN2" | "ISO88592" => "iso-8859-2",
            "LATIN9" | "ISO885915" => "iso-8859-15",
            "KOI8R" => "koi8-r",
            "EUCJP" => "euc-jp",
            "EUCKR" => "euc-kr",
            _ => return ClientEncoding::Utf8,
        };
        match encoding_rs::Encoding::for_label(label.as_bytes()) {
            Some(e) if e != encoding_rs::UTF_8 => ClientEncoding::Other(e),
            _ => ClientEncoding::Utf8,
        }
    }

    /// `b` as Unicode, or the offset of the first byte that is not valid in this encoding.
    pub fn decode<'b>(&self, b: &'b [u8]) -> Result<Cow<'b, str>, usize> {
        match self.resolved() {
            ClientEncoding::Utf8 | ClientEncoding::Transcoded(_) => {
                std::str::from_utf8(b).map(Cow::Borrowed).map_err(|e| e.valid_up_to())
            }
            // Every byte is a character in LATIN1.
            ClientEncoding::Latin1 => Ok(self.decode_lossy(b)),
            // JOHAB (the others are `Other` once resolved).
            ClientEncoding::Untranscoded(_) => {
                let mut out = Vec::new();
                johab_to_utf8(b, &mut out);
                match String::from_utf8(out) {
                    Ok(s) => Ok(Cow::Owned(s)),
                    Err(e) => Err(e.utf8_error().valid_up_to().min(b.len().saturating_sub(1))),
                }
            }
            ClientEncoding::Other(e) => match e.decode_without_bom_handling_and_without_replacement(b) {
                Some(s) => Ok(s),
                // encoding_rs does not say where: find the first byte whose prefix fails.
                None => Err((1..=b.len())
                    .find(|&i| e.decode_without_bom_handling_and_without_replacement(&b[..i]).is_none())
                    .map_or(0, |i| i - 1)),
            },
        }
    }

    /// `b` as Unicode whatever it holds: invalid bytes become U+FFFD (text for the parser, which
    /// reads on where the server would stop; [`ClientEncoding::decode`] says where).
    pub fn decode_lossy<'b>(&self, b: &'b [u8]) -> Cow<'b, str> {
        match self.resolved() {
            ClientEncoding::Utf8 | ClientEncoding::Transcoded(_) => String::from_utf8_lossy(b),
            ClientEncoding::Latin1 if b.is_ascii() => Cow::Borrowed(std::str::from_utf8(b).unwrap_or_default()),
            ClientEncoding::Latin1 => Cow::Owned(b.iter().map(|&c| c as char).collect()),
            ClientEncoding::Other(e) => e.decode(b).0,
            ClientEncoding::Untranscoded(_) => {
                let mut out = Vec::new();
                johab_to_utf8(b, &mut out);
                Cow::Owned(String::from_utf8_lossy(&out).into_owned())
            }
        }
    }

    /// PostgreSQL's name for error messages.
    pub fn name(&self) -> &'static str {
        match self {
            ClientEncoding::Utf8 => "UTF8",
            ClientEncoding::Latin1 => "LATIN1",
            ClientEncoding::Other(e) => e.name(),
            ClientEncoding::Transcoded(c) | ClientEncoding::Untranscoded(c) => c.name(),
        }
    }

    /// A client-only encoding that `encoding_rs` can decode, as that decoder (`Other`); only
    /// JOHAB stays `Untranscoded`, decoded here.
    fn resolved(self) -> ClientEncoding {
        match self {
            ClientEncoding::Untranscoded(c) => c.decoder().map_or(self, ClientEncoding::Other),
            e => e,
        }
    }

    /// Is the text in this encoding read as UTF-8 (given as UTF8, or transcoded already)?
    pub fn is_utf8(&self) -> bool {
        matches!(self, ClientEncoding::Utf8 | ClientEncoding::Transcoded(_))
    }

    /// Appends `b` as UTF-8 to `out`. A byte that is not valid in this encoding becomes 0xFF:
    /// no UTF-8 and no delimiter, so the stages after it report invalid text where the server
    /// would, and split where it would. UTF8 text is copied as it is (they check it).
    pub fn to_utf8(&self, b: &[u8], out: &mut Vec<u8>) {
        match self.resolved() {
            ClientEncoding::Utf8 | ClientEncoding::Transcoded(_) => out.extend_from_slice(b),
            ClientEncoding::Latin1 => out.extend_from_slice(self.decode_lossy(b).as_bytes()),
            ClientEncoding::Untranscoded(_) => johab_to_utf8(b, out),
            ClientEncoding::Other(e) => {
                let mut d = e.new_decoder_without_bom_handling();
                out.reserve(b.len() + b.len() / 2 + 8);
                let mut src = b;
                loop {
                    if out.capacity() - out.len() < 16 {
                        out.reserve(src.len() + 16);
                    }
                    let len = out.len();
                    out.resize(out.capacity(), 0);
                    let (res, read, written) = d.decode_to_utf8_without_replacement(src, &mut out[len..], true);
                    out.truncate(len + written);
                    src = &src[read..];
                    match res {
                        encoding_rs::DecoderResult::InputEmpty => break,
                        encoding_rs::DecoderResult::OutputFull => {}
                        encoding_rs::DecoderResult::Malformed(bad, _) => {
                            out.extend(std::iter::repeat_n(0xffu8, bad as usize));
                        }
                    }
                }
            }
        }
    }
}

/// JOHAB (KS X 1001 annex 3) to UTF-8, as far as the server accepts it. Hangul syllables are
/// five-bit jamo indexes, which compose arithmetically; symbols and hanja map row-pair by
/// row-pair onto KS X 1001, read through its EUC-KR form. A lone jamo becomes U+FFFD; bytes the
/// server refuses become 0xFF bytes.
fn johab_to_utf8(b: &[u8], out: &mut Vec<u8>) {
    // Jamo index of each five-bit value, or none (fill, or unused).
    const CHO: [i8; 32] = {
        let mut t = [-1i8; 32];
        let mut i = 2;
        while i <= 20 {
            t[i] = (i - 2) as i8;
            i += 1;
        }
        t
    };
    const JUNG: [i8; 32] = [
        -1, -1, -1, 0, 1, 2, 3, 4, -1, -1, 5, 6, 7, 8, 9, 10, -1, -1, 11, 12, 13, 14, 15, 16, -1, -1, 17, 18, 19, 20,
        -1, -1,
    ];
    const JONG: [i8; 32] = [
        -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, -1, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
        -1, -1,
    ];
    let mut i = 0;
    while i < b.len() {
        let l = b[i];
        if l < 0x80 {
            out.push(l);
            i += 1;
            continue;
        }
        // The server checks JOHAB as it checks EUC (pg_johab_verifychar): every trail byte
        // in 0xA1..=0xFE. It refuses the rest, most Hangul among them, and so does this.
        let n = ClientOnly::Johab.char_len(&b[i..]);
        let Some(trail) = b.get(i + 1..i + n) else {
            out.extend(std::iter::repeat_n(0xffu8, b.len() - i));
            break;
        };
        if n != 2 || !trail.iter().all(|c| (0xa1..=0xfe).contains(c)) {
            out.extend(std::iter::repeat_n(0xffu8, n));
            i += n;
            continue;
        }
        let t = trail[0];
        let mut ch = None;
        if (0x84..=0xd3).contains(&l) {
            let code = (l as usize) << 8 | t as usize;
            let (c, v, f) = (CHO[code >> 10 & 31], JUNG[code >> 5 & 31], JONG[code & 31]);
            ch = if c >= 0 && v >= 0 && f >= 0 {
                char::from_u32(0xac00 + (c as u32 * 21 + v as u32) * 28 + f as u32)
            } else {
                // A lone jamo (PostgreSQL maps it to a compatibility jamo): text all the same.
                Some('\u{fffd}')
            };
        } else if (0xd9..=0xde).contains(&l) || (0xe0..=0xf9).contains(&l) {
            let row1 = if l < 0xe0 {
                (l - 0xd9) * 2 + 0x21
            } else {
                (l - 0xe0) * 2 + 0x4a
            };
            // A lead byte covers two KS X 1001 rows: trail bytes 0x31..0x7E and 0x91..0xA0 the
            // first, 0xA1..0xFE the second, the only ones the server lets through.
            let euc = [(row1 + 1) | 0x80, (t - 0xa1 + 0x21) | 0x80];
            if let Some(s) = encoding_rs::EUC_KR.decode_without_bom_handling_and_without_replacement(&euc) {
                ch = s.chars().next();
            }
        }
        match ch {
            Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            None => out.extend_from_slice(&[0xff, 0xff]),
        }
        i += 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_read_in_its_client_encoding() {
        assert_eq!(ClientEncoding::parse("'LATIN1'").decode(b"Caf\xe9").unwrap(), "Café");
        assert_eq!(ClientEncoding::parse("win1252").decode(b"\x80").unwrap(), "€");
        assert_eq!(ClientEncoding::parse("SJIS").decode(b"\x95\x5c").unwrap(), "表");
        assert_eq!(ClientEncoding::parse("UTF8").decode(b"ok \xe9 no"), Err(3));
        assert_eq!(ClientEncoding::parse("SQL_ASCII"), ClientEncoding::Utf8);
        assert!(ClientEncoding::parse("EUC_JP").decode(b"a\xff").is_err());
        assert_eq!(ClientEncoding::parse("win932").decode(b"\x95\x5c").unwrap(), "表");
        assert_eq!(
            ClientEncoding::parse("SJIS"),
            ClientEncoding::Untranscoded(ClientOnly::Sjis)
        );
        assert_eq!(ClientEncoding::parse("UHC").decode(b"\xb0\xa1").unwrap(), "가");
    }

    #[test]
    fn johab_hangul_symbols_and_hanja() {
        let mut out = Vec::new();
        // 顧客 (hanja), then what the server refuses (a trail byte below 0xA1): 겦 (trail
        // 0x5C), 가, a full-width comma, a byte pair that is no character.
        johab_to_utf8(b"\xe1\xd3\xe0\xd4 \x89\x5c\x88\x61\xda\x3c\xff\x41", &mut out);
        assert_eq!(out, ["顧客 ".as_bytes(), &[0xff; 8]].concat());
        // 240 characters and their JOHAB bytes, as Python's johab codec gives them: each one the
        // server accepts is decoded to itself.
        let sample = include_str!("../../tests/data/encodings/johab-sample.txt");
        let (text, hex) = sample.trim_end().split_once('\n').unwrap();
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        let mut accepted = 0;
        for (c, b) in text.chars().zip(bytes.chunks(2)) {
            let mut out = Vec::new();
            johab_to_utf8(b, &mut out);
            if (0xa1..=0xfe).contains(&b[1]) {
                assert_eq!(String::from_utf8(out).unwrap(), c.to_string(), "{b:02x?}");
                accepted += 1;
            } else {
                assert_eq!(out, [0xff, 0xff]);
            }
        }
        assert!(accepted >= 100, "{accepted}");
    }

    #[test]
    fn character_lengths_are_postgresqls() {
        assert_eq!(ClientOnly::Sjis.char_len(b"\x95\x5c"), 2);
        assert_eq!(ClientOnly::Sjis.char_len(b"\xb1"), 1);
        assert_eq!(ClientOnly::Gb18030.char_len(b"\x81\x30\x81\x30"), 4);
        assert_eq!(ClientOnly::Gb18030.char_len(b"\x81\x5c"), 2);
        assert_eq!(ClientOnly::Johab.char_len(b"\x8f\xa1\xa1"), 3);
        assert_eq!(ClientOnly::Big5.char_len(b"\\"), 1);
        assert_eq!(ClientOnly::of("Shift_JIS_2004"), Some(ClientOnly::Sjis));
        assert_eq!(ClientOnly::of("LATIN1"), None);
    }

    #[test]
    fn invalid_bytes_become_0xff_on_the_way_to_utf8() {
        let mut out = Vec::new();
        ClientEncoding::parse("SJIS").to_utf8(b"\x95\x5c;\xa0x", &mut out);
        assert_eq!(out, ["表;".as_bytes(), &[0xff, b'x']].concat());
    }
}
