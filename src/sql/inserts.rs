//! Rows of `INSERT ... VALUES` statements, as pg_dump writes them with `--inserts`,
//! `--column-inserts` and `--rows-per-insert`, read without pg_query: calling the full parser
//! per row costs ~20 us, and these dumps hold millions of rows. Anything that is not this plain
//! shape (INSERT ... SELECT, WITH, RETURNING) is left to pg_query by the caller.

use crate::sql::lex;
use crate::sql::rows::{Escaping, Field};

/// The target of an INSERT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InsertTarget {
    /// Schema, unquoted; empty for an unqualified name.
    pub schema: String,
    /// Table name, unquoted.
    pub name: String,
    /// Its column list (`--column-inserts`), unquoted; None when it names none (all columns).
    pub columns: Option<Vec<String>>,
}

/// One row as the callback sees it: 0-based row index within the statement, 1-based line of
/// its opening parenthesis, its text from its first field's first byte to its last field's
/// last byte, and its fields.
pub type RowFn<'f, 'a> = dyn FnMut(usize, u64, &'a [u8], &[Field<'a>]) + 'f;

struct Cur<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Cur<'a> {
    /// Skips blanks and comments; most calls find the next token at once.
    #[inline]
    fn ws(&mut self) {
        loop {
            match self.s.get(self.i) {
                Some(b) if b.is_ascii_whitespace() => self.i += 1,
                Some(b'-') if self.s.get(self.i + 1) == Some(&b'-') => self.i = lex::line_end(self.s, self.i),
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'*') => {
                    match lex::end_of_block_comment(self.s, self.i) {
                        Some(e) => self.i = e,
                        None => return,
                    }
                }
                _ => return,
            }
        }
    }
    fn word(&mut self, w: &str) -> bool {
        self.ws();
        let end = self.i + w.len();
        if end <= self.s.len()
            && self.s[self.i..end].eq_ignore_ascii_case(w.as_bytes())
            && !self.s.get(end).is_some_and(|&b| lex::is_ident_cont(b))
        {
            self.i = end;
            true
        } else {
            false
        }
    }
    fn byte(&mut self, b: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// Moves past an identifier (plain or quoted).
    fn skip_ident(&mut self) -> bool {
        self.ws();
        match self.s.get(self.i) {
            Some(b'"') => match lex::end_of_quoted_ident(self.s, self.i) {
                Some(e) => {
                    self.i = e;
                    true
                }
                None => false,
            },
            Some(&b) if lex::is_ident_start(b) => {
                while self.i < self.s.len() && lex::is_ident_cont(self.s[self.i]) {
                    self.i += 1;
                }
                true
            }
            _ => false,
        }
    }
    fn ident(&mut self) -> Option<String> {
        self.ws();
        let start = self.i;
        match self.s.get(self.i)? {
            b'"' => {
                let e = lex::end_of_quoted_ident(self.s, self.i)?;
                self.i = e;
            }
            &b if lex::is_ident_start(b) => {
                while self.i < self.s.len() && lex::is_ident_cont(self.s[self.i]) {
                    self.i += 1;
                }
            }
            _ => return None,
        }
        Some(crate::util::ident::unquote_ident(
            std::str::from_utf8(&self.s[start..self.i]).ok()?,
        ))
    }
}

/// Reads the head of an INSERT (`INSERT INTO t (cols) [OVERRIDING ...] VALUES`), leaving the
/// cursor after VALUES; builds the target only when `keep` (a run of INSERTs repeats its head,
/// and the caller compares the bytes instead).
fn head(c: &mut Cur, keep: bool) -> Option<Option<InsertTarget>> {
    if !(c.word("insert") && c.word("into")) {
        return None;
    }
    let ident = |c: &mut Cur| {
        if keep {
            c.ident()
        } else {
            c.skip_ident().then(String::new)
        }
    };
    let first = ident(c)?;
    let (schema, name) = if c.byte(b'.') {
        (first, ident(c)?)
    } else {
        (String::new(), first)
    };
    let mut columns = None;
    if c.byte(b'(') {
        let mut cols = Vec::new();
        loop {
            let col = ident(c)?;
            if keep {
                cols.push(col);
            }
            if c.byte(b')') {
                break;
            }
            if !c.byte(b',') {
                return None;
            }
        }
        columns = Some(cols);
    }
    if c.word("overriding") && !(c.word("system") || c.word("user")) && !c.word("value") {
        return None;
    }
    c.word("value");
    if !c.word("values") {
        return None;
    }
    Some(keep.then_some(InsertTarget { schema, name, columns }))
}

/// The target an INSERT head names (the bytes up to VALUES, as [`parse_insert`] returns them).
pub fn insert_target(stmt: &[u8]) -> Option<InsertTarget> {
    head(&mut Cur { s: stmt, i: 0 }, true)?
}

/// Parses an INSERT ... VALUES statement (`stmt` starts at dump offset `base`, on line `line`),
/// calling `on_row` for every row. Returns where the head (everything up to and including
/// VALUES, which names the target: see [`insert_target`]) ends, and the number of rows;
/// `None` when the statement is not of that plain shape.
pub fn parse_insert<'a>(stmt: &'a [u8], base: usize, line: u64, on_row: &mut RowFn<'_, 'a>) -> Option<(usize, u64)> {
    parse(stmt, base, line, false, None, &mut Vec::new(), on_row).map(|(h, n, _)| (h, n))
}

/// [`parse_insert`] on text that runs on past the statement (the rest of a window): the
/// statement's end is where its `;` is found. Also returns that end (after the `;`). Only
/// for pg_dump's own shape: anything psql might read differently from this reader (a
/// backslash, comment or dollar quote inside a value, ON CONFLICT) is `None`, for the
/// splitter to take. `known`: the head of the INSERT before (a run of INSERTs repeats it);
/// when the statement begins with those bytes, they are not read again.
/// `scratch` holds a row's fields while it is read (reused, so a statement allocates nothing).
pub fn parse_insert_open<'a>(
    s: &'a [u8],
    base: usize,
    line: u64,
    known: Option<&[u8]>,
    scratch: &mut Vec<Field<'a>>,
    on_row: &mut RowFn<'_, 'a>,
) -> Option<(usize, u64, usize)> {
    parse(s, base, line, true, known, scratch, on_row)
}

fn parse<'a>(
    stmt: &'a [u8],
    base: usize,
    line: u64,
    open: bool,
    known: Option<&[u8]>,
    fields: &mut Vec<Field<'a>>,
    on_row: &mut RowFn<'_, 'a>,
) -> Option<(usize, u64, usize)> {
    let mut c = Cur { s: stmt, i: 0 };
    match known {
        // The same bytes read the same way, up to VALUES, if VALUES ends a word here too.
        Some(h)
            if !h.is_empty() && stmt.starts_with(h) && !stmt.get(h.len()).is_some_and(|&b| lex::is_ident_cont(b)) =>
        {
            c.i = h.len()
        }
        _ => {
            head(&mut c, false)?;
        }
    }
    let head_end = c.i;
    let mut rows = 0u64;
    // Lines are counted incrementally: `lpos` is where `cur_line` was last brought up to date.
    let mut cur_line = line;
    let mut lpos = 0usize;
    loop {
        if !c.byte(b'(') {
            return None;
        }
        cur_line += lex::newlines(&stmt[lpos..c.i]);
        lpos = c.i;
        let row_line = cur_line;
        fields.clear();
        loop {
            c.ws();
            let (f, end) = value(stmt, c.i, base)?;
            fields.push(f);
            c.i = end;
            if c.byte(b')') {
                break;
            }
            if !c.byte(b',') {
                return None;
            }
        }
        // A row has at least one field (the loop above reads one before any `)`).
        let (a, z) = (&fields[0], &fields[fields.len() - 1]);
        on_row(
            rows as usize,
            row_line,
            &stmt[a.offset - base..z.offset - base + z.raw.len()],
            fields,
        );
        rows += 1;
        if c.byte(b',') {
            continue;
        }
        break;
    }
    c.ws();
    if c.word("on") {
        if open || !c.word("conflict") {
            return None;
        }
        c.i = stmt.len() - 1;
    }
    if !c.byte(b';') {
        return None;
    }
    Some((head_end, rows, c.i))
}

/// One value expression starting at `i`: up to a top-level `,` or `)`. A leading string
/// literal is the value (a trailing `::type` cast is not part of it).
fn value<'a>(s: &'a [u8], i: usize, base: usize) -> Option<(Field<'a>, usize)> {
    let b = *s.get(i)?;
    let prefix = matches!(b, b'E' | b'e' | b'B' | b'b' | b'X' | b'x' | b'N' | b'n') && s.get(i + 1) == Some(&b'\'');
    if b == b'\'' || prefix {
        let q = if prefix { i + 1 } else { i };
        let esc = prefix && (b == b'E' || b == b'e');
        let e = lex::end_of_string(s, q, esc)?;
        let f = Field {
            raw: &s[q + 1..e - 1],
            offset: base + q + 1,
            escaping: if esc { Escaping::SqlEString } else { Escaping::SqlString },
            is_null: false,
        };
        return Some((f, skip_expr(s, e)?));
    }
    let end = skip_expr(s, i)?;
    let mut raw = &s[i..end];
    while raw.last().is_some_and(|b| b.is_ascii_whitespace()) {
        raw = &raw[..raw.len() - 1];
    }
    let is_null = raw.eq_ignore_ascii_case(b"null");
    Some((
        Field {
            raw,
            offset: base + i,
            escaping: Escaping::Bare,
            is_null,
        },
        end,
    ))
}

/// End of an expression: the first top-level `,` or `)` at or after `i`. What pg_dump never
/// writes in a value and psql reads its own way (a backslash command, a comment, a dollar
/// quote) is `None`: the statement is left to the splitter and the parser.
fn skip_expr(s: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0u32;
    while i < s.len() {
        match s[i] {
            // E'...' as the splitter reads it: an E that does not end a longer word.
            b'\'' => i = lex::end_of_string(s, i, lex::e_prefixed(s, i))?,
            b'\\' => return None,
            b'-' if s.get(i + 1) == Some(&b'-') => return None,
            b'/' if s.get(i + 1) == Some(&b'*') => return None,
            b'$' if !lex::follows_ident(s, i) && lex::dollar_tag_len(s, i).is_some() => return None,
            b'"' => i = lex::end_of_quoted_ident(s, i)?,
            b'(' | b'[' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' if depth > 0 => {
                depth -= 1;
                i += 1;
            }
            b')' | b',' if depth == 0 => return Some(i),
            b';' => return None,
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, [(value, offset)]) per row.
    type Rows = Vec<(u64, Vec<(Option<String>, usize)>)>;

    fn rows(sql: &str) -> Option<(InsertTarget, Rows)> {
        let mut out = Vec::new();
        let (head_end, n) = parse_insert(sql.as_bytes(), 1000, 7, &mut |_, line, text, f| {
            // The row's text runs from its first field's first byte to its last field's last.
            let z = f.last().unwrap();
            assert_eq!(text, &sql.as_bytes()[f[0].offset - 1000..z.offset - 1000 + z.raw.len()]);
            out.push((
                line,
                f.iter()
                    .map(|x| (x.value().map(|v| String::from_utf8_lossy(&v).into_owned()), x.offset))
                    .collect(),
            ))
        })?;
        assert_eq!(n as usize, out.len());
        assert!(sql[..head_end].trim_end().to_ascii_uppercase().ends_with("VALUES"));
        Some((insert_target(&sql.as_bytes()[..head_end])?, out))
    }

    #[test]
    fn plain_inserts() {
        let (t, r) = rows("INSERT INTO public.actor VALUES (1, 'PENELOPE', 'it''s', NULL, -2.5e3, true);").unwrap();
        assert_eq!(
            t,
            InsertTarget {
                schema: "public".into(),
                name: "actor".into(),
                columns: None
            }
        );
        assert_eq!(r.len(), 1);
        let vals: Vec<_> = r[0].1.iter().map(|v| v.0.clone()).collect();
        assert_eq!(
            vals,
            vec![
                Some("1".into()),
                Some("PENELOPE".into()),
                Some("it's".into()),
                None,
                Some("-2.5e3".into()),
                Some("true".into())
            ]
        );
        assert_eq!(r[0].1[1].1, 1000 + 37);
    }

    #[test]
    fn column_inserts_multi_row_and_casts() {
        let sql = "INSERT INTO \"S\".\"T x\" (a, \"B\") OVERRIDING SYSTEM VALUE VALUES\n\t(1, E'a\\nb'),\n\t(2, '{1,2}'::integer[]),\n\t(3, 'multi\nline');";
        let (t, r) = rows(sql).unwrap();
        assert_eq!(t.schema, "S");
        assert_eq!(t.name, "T x");
        assert_eq!(t.columns, Some(vec!["a".into(), "B".into()]));
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].0, 8);
        assert_eq!(r[0].1[1].0.as_deref(), Some("a\nb"));
        assert_eq!(r[1].1[1].0.as_deref(), Some("{1,2}"));
        assert_eq!(r[2].0, 10);
        assert_eq!(r[2].1[1].0.as_deref(), Some("multi\nline"));
    }

    /// A head known from the INSERT before reads exactly as reading it again would.
    #[test]
    fn a_known_head_reads_as_the_head_itself() {
        let stmts = [
            "INSERT INTO public.t VALUES (1, 'a');\n",
            "INSERT INTO public.t VALUES(2, 'b'), (3, NULL);\n",
            "INSERT INTO public.t VALUESx (1);\n",
            "INSERT INTO public.t VALUES_1 (1);\n",
            "INSERT INTO public.tt VALUES (1);\n",
            "INSERT INTO public.t (a, b) VALUES (1, 'x');\n",
            "INSERT INTO public.t VALUES /* c */ (1);\n",
            "INSERT INTO public.t\nVALUES (4);\n",
        ];
        let read = |s: &str, known: Option<&[u8]>| {
            let mut out = Vec::new();
            let r = parse_insert_open(s.as_bytes(), 0, 1, known, &mut Vec::new(), &mut |i, line, _, f| {
                out.push((
                    i,
                    line,
                    f.iter().map(|x| (x.raw.to_vec(), x.offset)).collect::<Vec<_>>(),
                ))
            });
            (r, out)
        };
        let mut heads: Vec<&[u8]> = vec![b"", b"INSERT INTO public.t VALUES", b"INSERT INTO public.t VAL"];
        for s in stmts {
            if let (Some((h, ..)), _) = read(s, None) {
                heads.push(&s.as_bytes()[..h]);
            }
        }
        for s in stmts {
            for &h in &heads {
                assert_eq!(
                    read(s, Some(h)),
                    read(s, None),
                    "{s:?} after {:?}",
                    String::from_utf8_lossy(h)
                );
            }
        }
    }

    #[test]
    fn other_shapes_are_left_to_the_parser() {
        assert!(rows("INSERT INTO t SELECT 1;").is_none());
        assert!(rows("INSERT INTO t VALUES (1) RETURNING *;").is_none());
        assert!(rows("INSERT INTO t VALUES (1), (f(2, 3));").is_some());
        assert!(rows("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING;").is_some());
    }
}
