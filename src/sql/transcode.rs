//! Text in a client-only encoding (SJIS, BIG5, GBK, UHC, GB18030, JOHAB) made UTF-8 before
//! any other stage reads it. Their trail bytes can be `\` (in JOHAB `;` too): read byte by
//! byte, `E'表'` never ends, and a COPY field holding `表` escapes its delimiter.
//!
//! This does what psql and the server do with such a script. psql lexes it with every trail
//! byte masked (psqlscan.l, `prepare_buffer`), in the encoding in effect when it read the line;
//! the server converts each statement and COPY line to its own encoding before it parses it.
//! So the splitter runs over a masked copy to find where each statement, meta-command and COPY
//! block ends, and each is decoded in the encoding in effect for it. A byte that is not valid
//! there becomes 0xFF (no UTF-8, no delimiter): later stages report invalid text on the line
//! the server would.
//!
//! Lines stay where they were; byte offsets after a transcoded character are offsets into the
//! UTF-8 text, as they are into an archive's expanded text.

use crate::sql::encoding::{ClientEncoding, ClientOnly};
use crate::sql::split::{self, Kind, Resume, Splitter};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// How much of the text's start is looked at for a client-only encoding. pg_dump and
/// pg_dumpall name theirs in the first statements; one named later is reported, not read
/// (see [`ClientEncoding::Untranscoded`]).
pub const HEAD: usize = 64 << 10;

/// Raw bytes taken in per step; an item longer than that is taken in steps that double, so a
/// huge statement costs linear time.
const STEP: usize = 1 << 20;

/// Does the start of a text name a client-only encoding (`SET client_encoding`, `SET NAMES`,
/// `\encoding`)? A false alarm (the words inside a value) only costs the transcoding.
pub fn needed(head: &[u8]) -> bool {
    let head = &head[..head.len().min(HEAD)];
    let lower = head.to_ascii_lowercase();
    ["client_encoding", "names", "\\encoding"].iter().any(|key| {
        memchr::memmem::find_iter(&lower, key.as_bytes())
            .any(|at| value_after(&lower[at + key.len()..]).is_some_and(|w| ClientOnly::of(w).is_some()))
    })
}

/// The value that follows a setting's name (`= 'SJIS'`, `TO SJIS`, ` 'SJIS'`), lower case.
fn value_after(rest: &[u8]) -> Option<&str> {
    let rest = rest.trim_ascii_start();
    let rest = match rest.strip_prefix(b"=") {
        Some(r) => r,
        None => match rest.strip_prefix(b"to") {
            Some(r) if r.first().is_some_and(|b| b.is_ascii_whitespace() || *b == b'\'') => r,
            _ => rest,
        },
    };
    value_word(rest.trim_ascii_start())
}

/// The encoding name at the start of `s`: quoted or bare.
fn value_word(s: &[u8]) -> Option<&str> {
    let s = s.strip_prefix(b"'").or_else(|| s.strip_prefix(b"\"")).unwrap_or(s);
    let n = s
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .unwrap_or(s.len());
    std::str::from_utf8(&s[..n]).ok().filter(|w| !w.is_empty())
}

/// The client encoding a statement or meta-command sets: `Some(name)`, or `Some("UTF8")` for
/// `RESET`/`DEFAULT` (what this reader assumes the session starts with).
fn sets_encoding(kind: Kind, text: &[u8]) -> Option<String> {
    if kind == Kind::Meta {
        let mut w = text[1..].split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty());
        return match (w.next(), w.next()) {
            (Some(b"encoding"), Some(name)) => value_word(name).map(str::to_string),
            _ => None,
        };
    }
    let words: Vec<&[u8]> = split::leading_words(text, 4);
    let is = |i: usize, w: &str| words.get(i).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()));
    if is(0, "reset") && (is(1, "client_encoding") || is(1, "all")) {
        return Some("UTF8".into());
    }
    if !is(0, "set") {
        return None;
    }
    let at = usize::from(is(1, "session") || is(1, "local"));
    let names = is(at + 1, "names");
    if !(names || is(at + 1, "client_encoding")) {
        return None;
    }
    let key: &[u8] = if names { b"names" } else { b"client_encoding" };
    let lower = text.to_ascii_lowercase();
    let word = value_after(&lower[memchr::memmem::find(&lower, key)? + key.len()..])?;
    Some(if word == "default" {
        "UTF8".into()
    } else {
        word.to_string()
    })
}

/// psql's view of `raw` in `enc`: each trail byte of a client-only encoding's character is 0xFF.
fn mask_into(raw: &[u8], enc: ClientEncoding, out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(raw);
    let ClientEncoding::Untranscoded(c) = enc else { return };
    let m = &mut out[start..];
    let mut i = 0;
    while i < m.len() {
        if m[i] < 0x80 {
            i += 1;
            continue;
        }
        let n = c.char_len(&raw[i..]);
        for b in m.iter_mut().skip(i + 1).take(n - 1) {
            *b = 0xff;
        }
        i += n;
    }
}

enum Mode {
    /// Still reading the head.
    Undecided,
    /// No client-only encoding: bytes go through as they are.
    Through,
    Transcoding,
}

/// A writer that passes a dump's text on to `out`, made UTF-8 when its start names a
/// client-only encoding. `engaged` is set before the first byte goes out when it transcodes.
pub struct Transcoder<W: Write> {
    out: W,
    mode: Mode,
    engaged: Arc<AtomicBool>,
    /// Raw bytes not yet written out; they start between items (or in a COPY block).
    pending: Vec<u8>,
    /// The splitter's state at `pending`'s start (positions relative to it).
    resume: Resume,
    /// The server's encoding for the bytes from `pending`'s start.
    dec: ClientEncoding,
    /// psql's: `lex_before` up to `lex_from` in `pending`, `lex` after.
    lex: ClientEncoding,
    lex_before: ClientEncoding,
    lex_from: usize,
    /// `pending`'s length after the last run: the next waits until it has doubled, so an item
    /// written in many small pieces is not split again for each.
    left: usize,
    masked: Vec<u8>,
    buf: Vec<u8>,
}

impl<W: Write> Transcoder<W> {
    pub fn new(out: W, engaged: Arc<AtomicBool>) -> Self {
        Transcoder {
            out,
            mode: Mode::Undecided,
            engaged,
            pending: Vec::new(),
            resume: Resume::default(),
            dec: ClientEncoding::Utf8,
            lex: ClientEncoding::Utf8,
            lex_before: ClientEncoding::Utf8,
            lex_from: 0,
            left: 0,
            masked: Vec::new(),
            buf: Vec::new(),
        }
    }

    /// Transcodes from the first byte, without looking at the head (the caller looked).
    pub fn engaged(out: W, engaged: Arc<AtomicBool>) -> Self {
        engaged.store(true, Ordering::SeqCst);
        Transcoder {
            mode: Mode::Transcoding,
            ..Transcoder::new(out, engaged)
        }
    }

    /// Writes out the rest; the writer back.
    pub fn finish(mut self) -> std::io::Result<W> {
        if let Mode::Undecided = self.mode {
            self.decide()?;
        }
        if let Mode::Transcoding = self.mode {
            self.run(true)?;
        }
        self.out.flush()?;
        Ok(self.out)
    }

    fn decide(&mut self) -> std::io::Result<()> {
        if needed(&self.pending) {
            self.engaged.store(true, Ordering::SeqCst);
            self.mode = Mode::Transcoding;
            self.run(false)
        } else {
            self.mode = Mode::Through;
            let head = std::mem::take(&mut self.pending);
            self.out.write_all(&head)
        }
    }

    /// Writes `pending[a..b]` out as UTF-8, decoded in the server's encoding.
    fn emit(&mut self, a: usize, b: usize) -> std::io::Result<()> {
        if a >= b {
            return Ok(());
        }
        self.buf.clear();
        self.dec.to_utf8(&self.pending[a..b], &mut self.buf);
        self.out.write_all(&self.buf)
    }

    /// Splits what is pending and writes out every item that is whole (everything, if `last`).
    fn run(&mut self, last: bool) -> std::io::Result<()> {
        loop {
            let mut masked = std::mem::take(&mut self.masked);
            masked.clear();
            let cut = self.lex_from.min(self.pending.len());
            mask_into(&self.pending[..cut], self.lex_before, &mut masked);
            mask_into(&self.pending[cut..], self.lex, &mut masked);
            let mut sp = Splitter::window(&masked, self.resume, !last).copy_pieces(STEP);
            let mut emitted = 0;
            // Set when an item changes the encoding: where to go on from, with the new one.
            let mut switched = None;
            while let Some(item) = sp.next() {
                let Ok(item) = item else { break };
                if item.span.end > emitted {
                    self.emit(emitted, item.span.end)?;
                    emitted = item.span.end;
                }
                if item.kind == Kind::CopyData {
                    continue;
                }
                if let Some(name) = sets_encoding(item.kind, &masked[item.span.clone()]) {
                    if let Some(r) = sp.between_items() {
                        switched = Some((ClientEncoding::parse(&name), r, item.span.end));
                        break;
                    }
                }
            }
            if let Some((new, r, end)) = switched {
                // The server reads what follows in the new encoding; psql the next line on.
                self.dec = new;
                self.lex_before = self.lex;
                self.lex = new;
                let eol = memchr::memchr(b'\n', &masked[end..]).map_or(masked.len(), |n| end + n + 1);
                self.masked = masked;
                self.consume(emitted, r);
                self.lex_from = eol - emitted;
                continue;
            }
            let stopped = sp.stopped;
            self.masked = masked;
            match stopped {
                Some(r) if !last => self.consume(emitted, r),
                _ => {
                    let end = self.pending.len();
                    self.emit(emitted, end)?;
                    self.consume(end, Resume::default());
                }
            }
            return Ok(());
        }
    }

    /// Drops `pending[..n]` (written out); the splitter goes on from `r`.
    fn consume(&mut self, n: usize, r: Resume) {
        self.pending.drain(..n);
        self.resume = Resume {
            pos: r.pos.saturating_sub(n),
            ..r
        };
        self.lex_from = self.lex_from.saturating_sub(n);
    }
}

impl<W: Write> Write for Transcoder<W> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        match self.mode {
            Mode::Through => self.out.write(b),
            Mode::Undecided => {
                let n = b.len().min(HEAD - self.pending.len());
                self.pending.extend_from_slice(&b[..n]);
                if self.pending.len() >= HEAD {
                    self.decide()?;
                }
                Ok(n)
            }
            Mode::Transcoding => {
                let n = b.len().min(STEP.max(self.pending.len()));
                self.pending.extend_from_slice(&b[..n]);
                if self.pending.len() >= (2 * self.left).max(STEP / 16) {
                    self.run(false)?;
                    self.left = self.pending.len();
                }
                Ok(n)
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` made UTF-8 as [`Transcoder`] makes it (whole, in memory).
    fn to_utf8(text: &[u8]) -> (Vec<u8>, bool) {
        let engaged = Arc::new(AtomicBool::new(false));
        let mut t = Transcoder::new(Vec::new(), engaged.clone());
        t.write_all(text).expect("writing to memory");
        let out = t.finish().expect("writing to memory");
        (out, engaged.load(Ordering::SeqCst))
    }

    fn sjis(s: &str) -> Vec<u8> {
        encoding_rs::SHIFT_JIS.encode(s).0.into_owned()
    }

    #[test]
    fn a_trail_backslash_is_part_of_its_character() {
        let text = [
            &b"SET client_encoding = 'SJIS';\nINSERT INTO t VALUES (E'"[..],
            &sjis("表"),
            b"', 'x');\nCOPY t (a, b) FROM stdin;\n",
            &sjis("予"),
            b"\tfoo@example.org\n\\.\n",
        ]
        .concat();
        let (out, engaged) = to_utf8(&text);
        assert!(engaged);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "SET client_encoding = 'SJIS';\nINSERT INTO t VALUES (E'表', 'x');\nCOPY t (a, b) FROM stdin;\n予\tfoo@example.org\n\\.\n"
        );
    }

    #[test]
    fn utf8_text_goes_through_untouched() {
        let text = "SET client_encoding = 'UTF8';\nSELECT '表\\';\n".as_bytes();
        assert_eq!(to_utf8(text), (text.to_vec(), false));
        assert!(!needed(b"SET client_encoding = 'LATIN1';"));
        assert!(needed(b"set Client_Encoding to sjis;"));
        assert!(needed(b"SET NAMES 'BIG5';"));
        assert!(needed(b"\\encoding GBK\n"));
    }

    #[test]
    fn the_encoding_changes_where_psql_and_the_server_change_it() {
        // The rest of the SET's line is still lexed byte by byte; the next statement is SJIS.
        let text = [
            &b"SET client_encoding = 'SJIS'; -- x\nSELECT E'"[..],
            &sjis("十"),
            b"';\nSET client_encoding = 'UTF8';\nSELECT '\xe8\xa1\xa8';\n",
        ]
        .concat();
        let (out, _) = to_utf8(&text);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "SET client_encoding = 'SJIS'; -- x\nSELECT E'十';\nSET client_encoding = 'UTF8';\nSELECT '表';\n"
        );
    }

    #[test]
    fn invalid_bytes_and_long_inputs() {
        let mut text = b"SET client_encoding = 'BIG5';\nCOPY t (a) FROM stdin;\n".to_vec();
        let row = [&encoding_rs::BIG5.encode("許功蓋").0[..], b"\n"].concat();
        for _ in 0..(3 * STEP / row.len()) {
            text.extend_from_slice(&row);
        }
        text.extend_from_slice(b"\\.\nSELECT '\x80';\n");
        let (out, _) = to_utf8(&text);
        let out_text = String::from_utf8_lossy(&out);
        assert_eq!(out_text.matches("許功蓋\n").count(), 3 * STEP / row.len());
        assert!(out.ends_with(b"\\.\nSELECT '\xff';\n"));
    }

    #[test]
    fn written_in_small_pieces_it_gives_the_same_text() {
        let mut text = b"SET client_encoding = 'GBK';\n".to_vec();
        for i in 0..2000 {
            text.extend_from_slice(format!("INSERT INTO t VALUES ({i}, E'").as_bytes());
            text.extend_from_slice(&encoding_rs::GBK.encode("乗俓").0);
            text.extend_from_slice(b"');\n");
        }
        let (whole, _) = to_utf8(&text);
        let engaged = Arc::new(AtomicBool::new(false));
        let mut t = Transcoder::new(Vec::new(), engaged);
        for piece in text.chunks(7) {
            t.write_all(piece).unwrap();
        }
        assert_eq!(t.finish().unwrap(), whole);
        assert_eq!(String::from_utf8(whole).unwrap().matches("E'乗俓'").count(), 2000);
    }
}
