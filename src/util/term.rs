//! Text for people, made safe to print: every string that came from the dump goes through
//! [`esc`] before it is placed in a report, and the whole report goes through [`render`] on its
//! way to the terminal.
//!
//! A dump is hostile input. A table name, a COPY value or a meta-command can hold terminal
//! control sequences (`ESC[2J` clears the screen, `ESC[2K CR ESC[1A` erases the line above,
//! `ESC]0;..BEL` retitles the window), line breaks that forge report lines, or bidi overrides
//! that reorder what is read. Two layers keep them out:
//!
//! - [`esc`] turns every control character (C0 including `\n`, `\r` and `\t`, DEL, C1), every
//!   bidi control and the style markers below into visible escapes (`\x1b`, `\n`, `\u{202e}`),
//!   so a value or name always prints as one line of inert text.
//! - Renderers never write escape sequences themselves: they mark styles with noncharacters
//!   ([`BOLD`], [`RED`], ...), which [`esc`] escapes and so can only come from our own code.
//!   [`render`] is the last step before output: it escapes any control character a renderer
//!   let through (everything but `\n`), and turns the markers into SGR colour codes, or drops
//!   them when colour is off. The only escape sequences that reach a terminal are those SGR
//!   codes.

use std::borrow::Cow;

/// Style markers: Unicode noncharacters (U+FDD0..), never meaningful in text.
pub const RESET: &str = "\u{FDD0}";
/// Bold (SGR 1): headings, such as an object or a path.
pub const BOLD: &str = "\u{FDD1}";
/// Faint (SGR 2): info findings, details.
pub const DIM: &str = "\u{FDD2}";
/// Red (SGR 31): high findings.
pub const RED: &str = "\u{FDD3}";
/// Bold red (SGR 1;31): critical findings, failures.
pub const BOLD_RED: &str = "\u{FDD4}";
/// Yellow (SGR 33): medium findings.
pub const YELLOW: &str = "\u{FDD5}";
/// Cyan (SGR 36): low findings.
pub const CYAN: &str = "\u{FDD6}";
/// Green (SGR 32): what passed or came out clean.
pub const GREEN: &str = "\u{FDD7}";

/// The SGR code each marker stands for, in marker order from U+FDD0.
const SGR: [&str; 8] = [
    "\x1b[0m",
    "\x1b[1m",
    "\x1b[2m",
    "\x1b[31m",
    "\x1b[1;31m",
    "\x1b[33m",
    "\x1b[36m",
    "\x1b[32m",
];

fn marker(c: char) -> Option<usize> {
    let i = (c as u32).checked_sub(0xFDD0)? as usize;
    (i < SGR.len()).then_some(i)
}

/// Characters that change how a terminal shows what follows, or are invisible reorderings:
/// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line and paragraph
/// separators, and every noncharacter of the U+FDD0 block (our markers among them).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{2028}' | '\u{2029}' | '\u{FDD0}'..='\u{FDEF}'
        // Invisible: soft hyphen, zero-width space, word joiner and invisible operators, BOM,
        // interlinear annotation marks, tag characters. (Not ZWJ/ZWNJ: scripts need them.)
        | '\u{ad}' | '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{e0000}'..='\u{e007f}')
}

fn push_escaped(out: &mut String, c: char) {
    use std::fmt::Write;
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        c if (c as u32) < 0x80 => write!(out, "\\x{:02x}", c as u32),
        c => write!(out, "\\u{{{:x}}}", c as u32),
    };
}

/// `s` as one line of inert text: every unsafe character (see [`is_unsafe`]) escaped. Borrows
/// when there is nothing to escape, which is nearly always.
pub fn esc(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The last step before a report is printed: markers become colour codes (or nothing), and any
/// other unsafe character but the line breaks the renderer wrote is escaped.
pub fn render(text: &str, color: bool) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        if let Some(i) = marker(c) {
            if color {
                out.push_str(SGR[i]);
            }
        } else if c != '\n' && is_unsafe(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `1 finding`, `2 findings`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Whether `text` (output of [`render`]) is safe for a terminal: no control character but
/// `\n`, and every ESC starts one of our SGR codes. The property the tests and the fuzz target
/// hold every report to.
pub fn is_safe_output(text: &str) -> bool {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\x1b' {
            match SGR.iter().find(|s| rest.starts_with(**s)) {
                Some(s) => rest = &rest[s.len()..],
                None => return false,
            }
            continue;
        }
        if c != '\n' && is_unsafe(c) {
            return false;
        }
        rest = &rest[c.len_utf8()..];
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_what_moves_the_cursor() {
        assert_eq!(esc("plain"), Cow::Borrowed("plain"));
        assert_eq!(esc("a\x1b[2Jb"), "a\\x1b[2Jb");
        assert_eq!(esc("x\ny\rz\t"), "x\\ny\\rz\\t");
        assert_eq!(esc("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
        assert_eq!(esc("evil\u{202e}txt.sql"), "evil\\u{202e}txt.sql");
        assert_eq!(esc("\u{9b}31m"), "\\u{9b}31m");
        // A marker in dump text is escaped, so it can never turn into a colour.
        assert_eq!(esc(&format!("a{RED}b")), "a\\u{fdd3}b");
        assert_eq!(esc("名前 é"), "名前 é");
    }

    #[test]
    fn render_keeps_line_breaks_and_only_our_colours() {
        let t = format!("{BOLD}t{RESET}\nx\x1b[2K\r\n");
        assert_eq!(render(&t, false), "t\nx\\x1b[2K\\r\n");
        let c = render(&t, true);
        assert_eq!(c, "\x1b[1mt\x1b[0m\nx\\x1b[2K\\r\n");
        assert!(is_safe_output(&c));
        assert!(!is_safe_output("a\x1b[2Jb"));
        assert!(!is_safe_output("a\rb"));
    }

    proptest! {
        #[test]
        fn nothing_unsafe_survives(s in ".*", bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let lossy = String::from_utf8_lossy(&bytes);
            for input in [s.as_str(), &lossy] {
                let e = esc(input);
                prop_assert!(!e.chars().any(is_unsafe));
                for color in [false, true] {
                    let text = format!("{BOLD}{}{RESET} {input}\n", e);
                    prop_assert!(is_safe_output(&render(&text, color)));
                }
            }
        }
    }
}
