//! The splitter: one forward pass over the bytes of a plain SQL dump, yielding SQL statements,
//! COPY data blocks and psql meta-commands, each with its byte span and 1-based line.
//!
//! It reproduces what psql does with a script (psqlscan.l): a statement ends at a `;` outside
//! quotes, comments, parentheses and `BEGIN ... END` bodies of `CREATE FUNCTION/PROCEDURE`; a
//! backslash outside quotes starts a meta-command that runs to the end of the line; after
//! `COPY ... FROM STDIN` the lines up to one that is exactly `\.` are data, not SQL.

use crate::sql::lex;
use std::ops::Range;

/// What an [`Item`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One SQL statement, up to and including its `;`.
    Sql,
    /// The data lines of a `COPY ... FROM STDIN` (without the `\.` line).
    CopyData,
    /// A psql backslash command: the rest of its line, without the newline.
    Meta,
}

/// One thing the splitter yields: a statement, COPY data or a meta-command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Which of the three it is.
    pub kind: Kind,
    /// Its bytes, as offsets into the splitter's input (the pass makes them stream offsets).
    pub span: Range<usize>,
    /// 1-based line of the first byte.
    pub line: u64,
    /// For `Sql`: the span holds psql meta-commands (yielded before it), which psql takes out
    /// of the query text; `sql_text` blanks them.
    pub inline_meta: bool,
    /// For `CopyData` read in windows: the block goes on in the next window (its `\.` is
    /// still to come).
    pub copy_continues: bool,
    /// For `CopyData`: the line breaks in the span, counted once here for the line numbers
    /// (the span is whole lines, so they are its rows).
    pub copy_rows: u64,
}

/// Where a splitter stands between items: what it needs to go on over the bytes that follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resume {
    /// Byte position (in the window) where the next item's scan starts.
    pub pos: usize,
    /// 1-based line of `pos`.
    pub line: u64,
    /// COPY data (of a block begun earlier, or just announced) starts at `pos`.
    pub copy_pending: bool,
    /// `standard_conforming_strings = off` is in force: backslashes escape in every '' literal.
    pub backslash_strings: bool,
}

impl Default for Resume {
    fn default() -> Self {
        Resume {
            pos: 0,
            line: 1,
            copy_pending: false,
            backslash_strings: false,
        }
    }
}

/// The input ends inside an item, or could not be read: where, and what was open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}")]
pub struct SplitError {
    /// 1-based line where the unterminated item or construct starts.
    pub line: u64,
    /// Byte offset of that start in the input (in the whole stream, as the pass reports it).
    pub offset: usize,
    /// Whether it was COPY data that the input ended in (psql would load the rows before).
    pub in_copy_data: bool,
    /// The message: what was left open, and the line it starts on.
    pub what: String,
}

/// Splits a plain dump's bytes as psql would, yielding [`Item`]s (or a [`SplitError`]) in file
/// order.
pub struct Splitter<'a> {
    s: &'a [u8],
    pos: usize,
    line: u64,
    /// A COPY ... FROM STDIN just ended: its data starts at `pos`.
    copy_pending: bool,
    /// `standard_conforming_strings = off` seen: backslashes escape in every '' literal.
    backslash_strings: bool,
    queue: std::collections::VecDeque<Item>,
    failed: bool,
    /// More bytes follow `s` (it is one window of a stream): running out of input is not an
    /// error but a stop, with the state to resume from in `stopped`.
    partial: bool,
    /// The state when the current item's scan began.
    scan_start: Resume,
    /// Set when a partial window ran out: resume here, with the next window's bytes appended.
    pub stopped: Option<Resume>,
    /// How far past its start a COPY block is read before a piece of it is handed on: a longer
    /// block comes in pieces of whole lines (`copy_continues`), so nothing reads a whole big
    /// table ahead of the rows being scanned.
    copy_piece: usize,
}

impl<'a> Splitter<'a> {
    /// A splitter over the whole input, from its start.
    pub fn new(s: &'a [u8]) -> Self {
        Splitter::window(s, Resume::default(), false)
    }

    /// A splitter over one window of a longer input, from the state `r` the previous window
    /// stopped in; `partial` when more bytes follow this window.
    pub fn window(s: &'a [u8], r: Resume, partial: bool) -> Self {
        Splitter {
            s,
            pos: r.pos,
            line: r.line,
            copy_pending: r.copy_pending,
            backslash_strings: r.backslash_strings,
            queue: Default::default(),
            failed: false,
            partial,
            scan_start: r,
            stopped: None,
            copy_piece: usize::MAX,
        }
    }

    /// Hands on COPY data in pieces of about `n` bytes (whole lines; a longer line whole).
    pub fn copy_pieces(mut self, n: usize) -> Self {
        self.copy_piece = n.max(1);
        self
    }

    /// Where the next statement starts, and its line, when nothing but blanks and comments
    /// come first (no queued item, meta-command or COPY data); the splitter does not move.
    /// For the walker's INSERT fast path, which then [`Splitter::advance`]s past it.
    pub fn peek_statement(&self) -> Option<(usize, u64)> {
        if !self.queue.is_empty() || self.failed || self.copy_pending || self.backslash_strings {
            return None;
        }
        let g = skip_gap(self.s, self.pos);
        match self.s.get(g.end) {
            Some(&b) if !g.open_comment && b != b'\\' => Some((g.end, self.line + g.newlines)),
            _ => None,
        }
    }

    /// Moves past a statement the caller read itself (see [`Splitter::peek_statement`]).
    pub fn advance(&mut self, end: usize, line: u64) {
        self.pos = end;
        self.line = line;
    }

    /// The state to resume from right after the item last yielded (None while meta-commands
    /// of a statement are still queued, or after an error or stop).
    pub fn between_items(&self) -> Option<Resume> {
        (self.queue.is_empty() && !self.failed).then(|| self.here())
    }

    /// The state at `pos`, as a resume point.
    fn here(&self) -> Resume {
        Resume {
            pos: self.pos,
            line: self.line,
            copy_pending: self.copy_pending,
            backslash_strings: self.backslash_strings,
        }
    }

    /// 1-based line of [`Self::offset`] (at the end of a whole input: its last line).
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Current byte offset (where the next item's scan starts).
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// The input ended inside an item: an error, or in a partial window a stop (the item is
    /// scanned again, whole, in the next window).
    fn err(&mut self, line: u64, offset: usize, what: String) -> Option<Result<Item, SplitError>> {
        self.failed = true;
        if self.partial {
            return self.stop();
        }
        Some(Err(SplitError {
            line,
            offset,
            in_copy_data: false,
            what,
        }))
    }

    fn stop(&mut self) -> Option<Result<Item, SplitError>> {
        self.failed = true;
        self.queue.clear();
        self.stopped = Some(self.scan_start);
        None
    }

    /// In a partial window, a line that runs to the window's end may go on in the next.
    fn cut_line(&self, from: usize) -> bool {
        self.partial && memchr::memchr(b'\n', &self.s[from..]).is_none()
    }

    /// Newlines in `s[a..b]`, added to the line counter.
    #[inline]
    fn count_lines(&mut self, a: usize, b: usize) {
        self.line += lex::newlines(&self.s[a..b]);
    }

    /// Moves past a comment or quoted construct that starts at `i` and ends at `end`, counting
    /// its lines; when the input ends first, the error naming `what`.
    fn past(&mut self, i: usize, end: Option<usize>, what: &str) -> Result<usize, Option<Result<Item, SplitError>>> {
        match end {
            Some(e) => {
                self.count_lines(i, e);
                Ok(e)
            }
            None => Err(self.unterminated(i, what)),
        }
    }

    /// The input ends inside the `what` that starts at `i` (on the current line).
    fn unterminated(&mut self, i: usize, what: &str) -> Option<Result<Item, SplitError>> {
        let l = self.line;
        self.err(l, i, format!("unterminated {what} starting at line {l}"))
    }

    /// The data block that follows a COPY ... FROM STDIN: up to a line that is exactly `\.`.
    fn copy_block(&mut self) -> Option<Result<Item, SplitError>> {
        let s = self.s;
        let start = self.pos;
        let line = self.line;
        // Find "\." at a line start followed by end of line. The first line may be the terminator.
        let mut search = start;
        // Newlines in s[start..search], counted by the search as it goes.
        let mut rows = 0u64;
        let mut first = true;
        // The search goes no further than one piece unless a single line is longer.
        let mut limit = start.saturating_add(self.copy_piece).min(s.len());
        loop {
            let cand = if first && s[start..].starts_with(b"\\.") {
                Some(start)
            } else {
                let (at, n) = lex::find_copy_end(&s[search..limit]);
                match at {
                    // The newline at `r` ends the last row before the candidate.
                    Some(r) => {
                        rows += n + 1;
                        Some(search + r + 1)
                    }
                    None => {
                        if limit < s.len() {
                            // The lines so far are a piece; the block goes on from the next
                            // line (which may be its `\.`).
                            if let Some(nl) = memchr::memrchr(b'\n', &s[start..limit]) {
                                return Some(Ok(self.copy_piece_to(start, start + nl + 1, line, rows + n)));
                            }
                            limit = s.len();
                            continue;
                        }
                        None
                    }
                }
            };
            first = false;
            let Some(t) = cand else {
                return self.copy_cut(start, line);
            };
            let after = t + 2;
            let eol = match s.get(after) {
                // In a window, what follows `\.` is not known yet.
                None if self.partial => return self.copy_cut(start, line),
                Some(b'\r') if self.partial && after + 1 == s.len() => return self.copy_cut(start, line),
                None => Some(after),
                Some(b'\n') => Some(after + 1),
                Some(b'\r') if s.get(after + 1) == Some(&b'\n') => Some(after + 2),
                _ => None,
            };
            match eol {
                Some(next) => {
                    debug_assert_eq!(rows, lex::newlines(&s[start..t]));
                    self.line += rows + lex::newlines(&s[t..next]);
                    self.pos = next;
                    return Some(Ok(Item {
                        kind: Kind::CopyData,
                        span: start..t,
                        line,
                        inline_meta: false,
                        copy_continues: false,
                        copy_rows: rows,
                    }));
                }
                None => search = t,
            }
        }
    }

    /// COPY data without its terminator in sight: at the end of the input an error; in a
    /// partial window, the whole lines so far (the block goes on in the next window).
    fn copy_cut(&mut self, start: usize, line: u64) -> Option<Result<Item, SplitError>> {
        let s = self.s;
        if !self.partial {
            self.pos = s.len();
            self.failed = true;
            return Some(Err(unterminated_copy(line, start)));
        }
        match memchr::memrchr(b'\n', &s[start..]) {
            Some(nl) => {
                let rows = lex::newlines(&s[start..start + nl + 1]);
                Some(Ok(self.copy_piece_to(start, start + nl + 1, line, rows)))
            }
            None => self.stop(),
        }
    }

    /// The COPY data from `start` to `end` (whole lines, `rows` of them) as a piece of a block
    /// that goes on.
    fn copy_piece_to(&mut self, start: usize, end: usize, line: u64, rows: u64) -> Item {
        debug_assert_eq!(rows, lex::newlines(&self.s[start..end]));
        self.line += rows;
        self.pos = end;
        self.copy_pending = true;
        Item {
            kind: Kind::CopyData,
            span: start..end,
            line,
            inline_meta: false,
            copy_continues: true,
            copy_rows: rows,
        }
    }

    /// A meta-command at `pos` (a backslash): it runs to the end of the line.
    fn meta_at(&mut self, pos: usize) -> Item {
        let end = lex::line_end(self.s, pos);
        let end_trim = if end > pos && self.s[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        Item {
            kind: Kind::Meta,
            span: pos..end_trim,
            line: self.line,
            inline_meta: false,
            copy_continues: false,
            copy_rows: 0,
        }
    }

    /// Scans one statement starting at `start` (a non-space, non-comment byte).
    fn statement(&mut self, start: usize) -> Option<Result<Item, SplitError>> {
        let s = self.s;
        let line0 = self.line;
        let mut i = start;
        let mut paren = 0u32;
        let mut begin_depth = 0u32;
        // psql's heuristic for CREATE [OR REPLACE] FUNCTION/PROCEDURE bodies: the first-letter
        // signature of the leading words, and how many words were seen.
        let mut idents = [0u8; 4];
        let mut ident_count = 0usize;
        let mut inline_meta = false;
        while i < s.len() {
            let b = s[i];
            match b {
                b'\n' => {
                    self.line += 1;
                    i += 1;
                }
                b'-' if s.get(i + 1) == Some(&b'-') => i = lex::line_end(s, i),
                b'/' if s.get(i + 1) == Some(&b'*') => {
                    match self.past(i, lex::end_of_block_comment(s, i), "/* comment") {
                        Ok(e) => i = e,
                        Err(r) => return r,
                    }
                }
                b'\'' => {
                    // The byte before a statement is never part of a word, so the
                    // statement's start needs no special case.
                    let e_prefix = lex::e_prefixed(s, i);
                    match self.past(
                        i,
                        lex::end_of_string(s, i, e_prefix || self.backslash_strings),
                        "quoted string",
                    ) {
                        Ok(e) => i = e,
                        Err(r) => return r,
                    }
                }
                b'"' => match self.past(i, lex::end_of_quoted_ident(s, i), "quoted identifier") {
                    Ok(e) => i = e,
                    Err(r) => return r,
                },
                b'$' if !lex::follows_ident(s, i) => match lex::dollar_tag_len(s, i) {
                    Some(n) => match self.past(i, lex::end_of_dollar_quote(s, i, n), "dollar-quoted string") {
                        Ok(e) => i = e,
                        Err(r) => return r,
                    },
                    None => i += 1,
                },
                b'(' => {
                    paren += 1;
                    i += 1;
                }
                b')' => {
                    paren = paren.saturating_sub(1);
                    i += 1;
                }
                b';' if paren == 0 && begin_depth == 0 => {
                    let end = i + 1;
                    self.pos = end;
                    let item = Item {
                        kind: Kind::Sql,
                        span: start..end,
                        line: line0,
                        inline_meta,
                        copy_continues: false,
                        copy_rows: 0,
                    };
                    self.after_statement(&s[start..end]);
                    if self.queue.is_empty() {
                        return Some(Ok(item));
                    }
                    self.queue.push_back(item);
                    return self.queue.pop_front().map(Ok);
                }
                b'\\' => {
                    // psql ends the query text here and runs a meta-command to the end of line.
                    if self.cut_line(i) {
                        return self.stop();
                    }
                    let m = self.meta_at(i);
                    let cmd = s[m.span.clone()]
                        .split(|b| b.is_ascii_whitespace())
                        .next()
                        .unwrap_or(b"");
                    if SENDS_QUERY.contains(&cmd) {
                        // \g and its kin send the query buffer: the statement ends here.
                        self.pos = m.span.end;
                        let item = Item {
                            kind: Kind::Sql,
                            span: start..i,
                            line: line0,
                            inline_meta,
                            copy_continues: false,
                            copy_rows: 0,
                        };
                        self.after_statement(&s[start..i]);
                        self.queue.push_back(item);
                        self.queue.push_back(m);
                        return self.queue.pop_front().map(Ok);
                    }
                    i = m.span.end;
                    self.queue.push_back(m);
                    inline_meta = true;
                }
                _ if lex::is_ident_start(b) => {
                    let w0 = i;
                    while i < s.len() && lex::is_ident_cont(s[i]) {
                        i += 1;
                    }
                    let w = &s[w0..i];
                    // Only the CREATE / OR / REPLACE / FUNCTION / PROCEDURE words mark the signature.
                    if ident_count < 4 {
                        for kw in ["create", "function", "procedure", "or", "replace"] {
                            if w.eq_ignore_ascii_case(kw.as_bytes()) {
                                idents[ident_count] = kw.as_bytes()[0];
                            }
                        }
                    }
                    ident_count += 1;
                    let in_routine = idents[0] == b'c'
                        && (idents[1] == b'f'
                            || idents[1] == b'p'
                            || (idents[1] == b'o' && idents[2] == b'r' && (idents[3] == b'f' || idents[3] == b'p')));
                    if in_routine && paren == 0 {
                        if w.eq_ignore_ascii_case(b"begin") {
                            begin_depth += 1;
                        } else if w.eq_ignore_ascii_case(b"case") {
                            if begin_depth >= 1 {
                                begin_depth += 1;
                            }
                        } else if w.eq_ignore_ascii_case(b"end") {
                            begin_depth = begin_depth.saturating_sub(1);
                        }
                    }
                }
                b'0'..=b'9' => {
                    while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == b'.' || s[i] == b'_') {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        self.pos = s.len();
        self.err(
            line0,
            start,
            format!("statement starting at line {line0} is not terminated by ';' (truncated dump?)"),
        )
    }

    /// Lexer state that later statements change: `SET standard_conforming_strings`, and whether
    /// COPY data follows.
    fn after_statement(&mut self, stmt: &[u8]) {
        let first = words(stmt).next().unwrap_or(b"");
        if first.eq_ignore_ascii_case(b"copy") {
            self.copy_pending = is_copy_from_stdin(stmt);
        } else if first.eq_ignore_ascii_case(b"set")
            && words(stmt)
                .take(8)
                .any(|w| w.eq_ignore_ascii_case(b"standard_conforming_strings"))
        {
            let tail = String::from_utf8_lossy(stmt).to_ascii_lowercase();
            self.backslash_strings = tail.contains("off") || tail.contains("false");
        }
    }
}

/// The blank space and comments between statements.
struct Gap {
    /// Where they end (an unclosed `/*` comment's start when `open_comment`).
    end: usize,
    /// Newlines before `end`.
    newlines: u64,
    /// They end in a `/*` comment that is never closed.
    open_comment: bool,
    /// The position after the last line break outside a `/* */` comment, and the newlines
    /// before it: where a window may end as if at a statement boundary.
    last_break: Option<(usize, u64)>,
}

/// The gap of blanks and comments that starts at `i`.
fn skip_gap(s: &[u8], mut i: usize) -> Gap {
    let (mut newlines, mut last_break) = (0, None);
    while i < s.len() {
        match s[i] {
            b'\n' => {
                newlines += 1;
                i += 1;
                last_break = Some((i, newlines));
            }
            b' ' | b'\t' | b'\r' | b'\x0c' | b'\x0b' => i += 1,
            b'-' if s.get(i + 1) == Some(&b'-') => i = lex::line_end(s, i),
            b'/' if s.get(i + 1) == Some(&b'*') => match lex::end_of_block_comment(s, i) {
                Some(e) => {
                    newlines += lex::newlines(&s[i..e]);
                    i = e;
                }
                None => {
                    return Gap {
                        end: i,
                        newlines,
                        open_comment: true,
                        last_break,
                    }
                }
            },
            _ => break,
        }
    }
    Gap {
        end: i,
        newlines,
        open_comment: false,
        last_break,
    }
}

/// The error for COPY data that the input ends in, naming where the data starts.
pub fn unterminated_copy(line: u64, offset: usize) -> SplitError {
    SplitError {
        line,
        offset,
        in_copy_data: true,
        what: format!("COPY data starting at line {line} has no \\. terminator (truncated dump?)"),
    }
}

/// Meta-commands that send the query buffer, ending the statement they follow.
const SENDS_QUERY: &[&[u8]] = &[
    b"\\g",
    b"\\gx",
    b"\\gexec",
    b"\\gset",
    b"\\gdesc",
    b"\\watch",
    b"\\crosstabview",
    b"\\;",
];

/// The first `n` unquoted words of a statement (skipping comments), for cheap classification.
pub fn leading_words(stmt: &[u8], n: usize) -> Vec<&[u8]> {
    words(stmt).take(n).collect()
}

/// The unquoted words a statement starts with, up to its first other token (skipping comments).
pub fn words(stmt: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < stmt.len() {
            let b = stmt[i];
            if b == b'-' && stmt.get(i + 1) == Some(&b'-') {
                i = lex::line_end(stmt, i);
            } else if b == b'/' && stmt.get(i + 1) == Some(&b'*') {
                i = lex::end_of_block_comment(stmt, i).unwrap_or(stmt.len());
            } else if lex::is_ident_start(b) {
                let w0 = i;
                while i < stmt.len() && lex::is_ident_cont(stmt[i]) {
                    i += 1;
                }
                return Some(&stmt[w0..i]);
            } else if b.is_ascii_whitespace() {
                i += 1;
            } else {
                return None;
            }
        }
        None
    })
}

/// Does this COPY statement read its data from the script (`FROM STDIN`)? Looks for the
/// unquoted words FROM STDIN at parenthesis depth 0.
pub fn is_copy_from_stdin(stmt: &[u8]) -> bool {
    let mut i = 0;
    let mut depth = 0u32;
    let mut prev_from = false;
    while i < stmt.len() {
        let b = stmt[i];
        match b {
            b'-' if stmt.get(i + 1) == Some(&b'-') => i = lex::line_end(stmt, i),
            b'/' if stmt.get(i + 1) == Some(&b'*') => i = lex::end_of_block_comment(stmt, i).unwrap_or(stmt.len()),
            b'\'' => {
                i = lex::end_of_string(stmt, i, false).unwrap_or(stmt.len());
                prev_from = false;
            }
            b'"' => {
                i = lex::end_of_quoted_ident(stmt, i).unwrap_or(stmt.len());
                prev_from = false;
            }
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ if lex::is_ident_start(b) => {
                let w0 = i;
                while i < stmt.len() && lex::is_ident_cont(stmt[i]) {
                    i += 1;
                }
                let w = &stmt[w0..i];
                if depth == 0 && prev_from && w.eq_ignore_ascii_case(b"stdin") {
                    return true;
                }
                prev_from = depth == 0 && w.eq_ignore_ascii_case(b"from");
            }
            b if b.is_ascii_whitespace() => i += 1,
            _ => {
                prev_from = false;
                i += 1;
            }
        }
    }
    false
}

impl Iterator for Splitter<'_> {
    type Item = Result<Item, SplitError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(q) = self.queue.pop_front() {
            return Some(Ok(q));
        }
        if self.failed {
            return None;
        }
        self.scan_start = self.here();
        if self.copy_pending {
            self.copy_pending = false;
            return self.copy_block();
        }
        let s = self.s;
        // Skip blank space and comments between statements.
        let Gap {
            end: i,
            newlines,
            open_comment,
            last_break,
        } = skip_gap(s, self.pos);
        if open_comment {
            self.line += newlines;
            return self.unterminated(i, "/* comment");
        }
        if i >= s.len() {
            if self.partial {
                // The gap goes on in the next window. Its whole lines are done with: resume
                // after the last of them, so a run of comment lines longer than any window
                // does not grow the window (only a line cut by the window's end is read again).
                if let Some((end, n)) = last_break {
                    self.line += n;
                    self.pos = end;
                    self.scan_start.pos = end;
                    self.scan_start.line = self.line;
                }
                return self.stop();
            }
            self.line += newlines;
            self.pos = i;
            return None;
        }
        self.line += newlines;
        if s[i] == b'\\' {
            if self.cut_line(i) {
                return self.stop();
            }
            let m = self.meta_at(i);
            self.pos = m.span.end;
            if is_copy_meta_from_stdin(&s[m.span.clone()]) {
                // `\copy ... from stdin` reads its data from the script itself.
                self.copy_pending = true;
                if self.pos < s.len() {
                    self.pos += 1;
                    self.line += 1;
                }
            }
            return Some(Ok(m));
        }
        let r = self.statement(i);
        if self.copy_pending {
            // Data starts on the line after the COPY statement.
            if self.cut_line(self.pos) {
                return self.stop();
            }
            let eol = lex::line_end(s, self.pos);
            if eol < s.len() {
                self.line += 1;
                self.pos = eol + 1;
            } else {
                self.pos = s.len();
            }
        }
        r
    }
}

fn is_copy_meta_from_stdin(meta: &[u8]) -> bool {
    let words = leading_words(&meta[1..], 2);
    words.first().is_some_and(|w| w.eq_ignore_ascii_case(b"copy")) && is_copy_from_stdin(&meta[1..])
}

/// The text psql would send for a statement: the span, with any inline meta-commands blanked.
pub fn sql_text<'s>(src: &'s [u8], item: &Item, metas: &[Range<usize>]) -> std::borrow::Cow<'s, [u8]> {
    let raw = &src[item.span.clone()];
    if !item.inline_meta {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut v = raw.to_vec();
    for m in metas {
        if m.start >= item.span.start && m.end <= item.span.end {
            for b in &mut v[m.start - item.span.start..m.end - item.span.start] {
                *b = b' ';
            }
        }
    }
    std::borrow::Cow::Owned(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<(Kind, String, u64)> {
        Splitter::new(s.as_bytes())
            .map(|r| {
                let it = r.unwrap();
                (it.kind, s[it.span.clone()].to_string(), it.line)
            })
            .collect()
    }

    #[test]
    fn statements_comments_and_quotes() {
        let got = items("-- c;\nSELECT 'a;b', \"x;y\", $$ ; $$; /* ; /* ; */ */ SELECT E'\\';' ;\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1, "SELECT 'a;b', \"x;y\", $$ ; $$;");
        assert_eq!(got[0].2, 2);
        assert_eq!(got[1].1, "SELECT E'\\';' ;");
    }

    #[test]
    fn copy_block_runs_to_backslash_dot() {
        let s = "COPY t (a) FROM stdin;\n1\n\\.x\n2\n\\.\nSELECT 1;\n";
        let got = items(s);
        assert_eq!(got[0].0, Kind::Sql);
        assert_eq!(got[1], (Kind::CopyData, "1\n\\.x\n2\n".to_string(), 2));
        assert_eq!(got[2], (Kind::Sql, "SELECT 1;".to_string(), 6));
    }

    #[test]
    fn first_line_starting_with_backslash_dot_is_data() {
        // Found by the fuzzer: this used to loop forever.
        let got = items("COPY t FROM stdin;\n\\.x\n\\.\n");
        assert_eq!(got[1], (Kind::CopyData, "\\.x\n".to_string(), 2));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn empty_copy_block_and_crlf() {
        let got = items("COPY t FROM stdin;\r\n\\.\r\nSELECT 2;");
        assert_eq!(got[1], (Kind::CopyData, String::new(), 2));
        assert_eq!(got[2].2, 3);
    }

    #[test]
    fn copy_to_stdout_has_no_data() {
        let got = items("COPY t TO stdout;\nSELECT 1;\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, Kind::Sql);
    }

    #[test]
    fn meta_commands_between_and_inside_statements() {
        let got = items("\\restrict abc\nSELECT 1 \\! rm x\n;\n\\unrestrict abc\n");
        assert_eq!(got[0], (Kind::Meta, "\\restrict abc".into(), 1));
        assert_eq!(got[1], (Kind::Meta, "\\! rm x".into(), 2));
        assert_eq!(got[2].0, Kind::Sql);
        assert_eq!(got[3], (Kind::Meta, "\\unrestrict abc".into(), 4));
    }

    #[test]
    fn g_family_ends_the_statement() {
        let got = items("SELECT 'SELECT 1' \\gexec\nCOPY t FROM PROGRAM 'x';\n");
        assert_eq!(got[0], (Kind::Sql, "SELECT 'SELECT 1' ".into(), 1));
        assert_eq!(got[1], (Kind::Meta, "\\gexec".into(), 1));
        assert_eq!(got[2], (Kind::Sql, "COPY t FROM PROGRAM 'x';".into(), 2));
    }

    #[test]
    fn begin_atomic_bodies_keep_semicolons() {
        let s = "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\n SELECT CASE WHEN true THEN 1 END;\nEND;\nSELECT 2;";
        let got = items(s);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].1.ends_with("END;"));
    }

    #[test]
    fn rule_actions_in_parentheses() {
        let got = items(
            "CREATE RULE r AS ON INSERT TO t DO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;",
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn backslash_copy_from_stdin_reads_script() {
        let got = items("\\copy t from stdin\na\tb\n\\.\nSELECT 1;");
        assert_eq!(got[1], (Kind::CopyData, "a\tb\n".into(), 2));
        assert_eq!(got[2].2, 4);
    }

    #[test]
    fn errors_name_the_line() {
        let e = Splitter::new(b"SELECT 1;\n\nSELECT 'open;\n")
            .find_map(|r| r.err())
            .unwrap();
        assert_eq!(e.line, 3);
        assert!(e.what.contains("unterminated quoted string"));
        let e = Splitter::new(b"COPY t FROM stdin;\n1\n2\n")
            .find_map(|r| r.err())
            .unwrap();
        assert!(e.what.contains("no \\. terminator"), "{}", e.what);
        assert_eq!(e.line, 2);
        let e = Splitter::new(b"SELECT 1").find_map(|r| r.err()).unwrap();
        assert!(e.what.contains("not terminated"));
    }

    #[test]
    fn standard_conforming_strings_off() {
        let got = items("SET standard_conforming_strings = off;\nSELECT 'a\\';b';\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, "SELECT 'a\\';b';");
    }

    #[test]
    fn dollar_signs_in_identifiers_and_params() {
        let got = items("SELECT a$b, $1 FROM t;SELECT 2;");
        assert_eq!(got.len(), 2);
    }
}
