//! Client encodings: what `SET client_encoding` names, and how text in it becomes Unicode, as
//! the server converts it on the way in (invalid bytes are an error there, so they are one here).

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientEncoding {
    /// UTF8, and SQL_ASCII (no conversion: a UTF8 server validates the bytes as UTF-8).
    #[default]
    Utf8,
    /// LATIN1: every byte is the code point of its value.
    Latin1,
    Other(&'static encoding_rs::Encoding),
}

impl ClientEncoding {
    /// PostgreSQL's name (any case, `-`/`_` ignored) to the encoding; unknown names read as UTF8.
    pub fn parse(name: &str) -> ClientEncoding {
        let n = name.trim_matches('\'').to_ascii_uppercase().replace(['-', '_'], "");
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
            "SJIS" => "shift_jis",
            "EUCKR" => "euc-kr",
            "BIG5" => "big5",
            "GBK" => "gbk",
            "GB18030" => "gb18030",
            _ => return ClientEncoding::Utf8,
        };
        match encoding_rs::Encoding::for_label(label.as_bytes()) {
            Some(e) if e != encoding_rs::UTF_8 => ClientEncoding::Other(e),
            _ => ClientEncoding::Utf8,
        }
    }

    /// `b` as Unicode, or the offset of the first byte that is not valid in this encoding.
    pub fn decode<'b>(&self, b: &'b [u8]) -> Result<Cow<'b, str>, usize> {
        match self {
            ClientEncoding::Utf8 => std::str::from_utf8(b).map(Cow::Borrowed).map_err(|e| e.valid_up_to()),
            // Every byte is a character in LATIN1.
            ClientEncoding::Latin1 => Ok(self.decode_lossy(b)),
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
        match self {
            ClientEncoding::Utf8 => String::from_utf8_lossy(b),
            ClientEncoding::Latin1 if b.is_ascii() => Cow::Borrowed(std::str::from_utf8(b).unwrap_or_default()),
            ClientEncoding::Latin1 => Cow::Owned(b.iter().map(|&c| c as char).collect()),
            ClientEncoding::Other(e) => e.decode(b).0,
        }
    }

    /// PostgreSQL's name for error messages.
    pub fn name(&self) -> &'static str {
        match self {
            ClientEncoding::Utf8 => "UTF8",
            ClientEncoding::Latin1 => "LATIN1",
            ClientEncoding::Other(e) => e.name(),
        }
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
    }
}
