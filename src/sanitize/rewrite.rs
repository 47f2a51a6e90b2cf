//! The rewriting pass: walks the dump's SQL text in file order (as scan does, window by window)
//! and writes it out with the policy's edits: COPY rows and INSERT values of planned columns
//! replaced, statements and meta-commands removed or scrubbed. Everything else is copied byte
//! for byte, so a sanitized dump differs from its input only where an edit says.

use super::fake::Faker;
use super::policy::{Action, Plan, StatementAction};
use crate::detect::engine::Engine;
use crate::detect::pii;
use crate::detect::table_data::{pii_value, ColPlan, TablePlan};
use crate::read::pages::Mark;
use crate::sql::catalog::Catalog;
use crate::sql::check::Check;
use crate::sql::pass::{CopyBlock, InsertRow, Visitor};
use crate::sql::rows::{self, Escaping, Field};
use crate::sql::split::Item;
use pg_query::NodeEnum as N;
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::io::Write;
use std::sync::{mpsc, Arc};

/// A column's action as the rewriter applies it.
#[derive(Clone)]
struct ColAct {
    action: Action,
    kind: Option<super::fake::FakeKind>,
    /// What scan knows of the column (name context, text type): a value is judged as scan
    /// judges it, so what scan flags is what gets replaced.
    col: ColPlan,
    /// `varchar(n)` / `char(n)`: fakes are cut to n characters.
    max_chars: Option<usize>,
    not_null: bool,
    /// An array type (`text[]`): a fake replaces each element, inside the array literal.
    array: bool,
    /// The value column of a settings table: where its name column is (a table column
    /// index, and the field's position once a COPY or INSERT's column list is known). A
    /// value is judged with its row's name, as scan judges it.
    setting_name: Option<usize>,
    /// The decided CHECK constraints on the column (its table's, inherited ones and its
    /// domain's): a fake that fails one is drawn again.
    checks: Vec<Arc<Check>>,
}

/// What was changed, for the report.
#[derive(Debug, Default)]
pub struct Changes {
    /// (table, column) -> values changed.
    pub values: BTreeMap<(String, String), u64>,
    /// (line, rule, what was done).
    pub statements: Vec<(u64, String, &'static str)>,
    /// Lines a planned statement action found nothing to act on.
    pub not_applied: Vec<(u64, String)>,
}

/// How the note that replaces a removed statement begins.
pub const REMOVED: &str = "-- [pgscreen sanitize] removed ";

/// Where the rewritten text goes. A plain copy is one stream; an archive's copy is cut where
/// the input's TOC entries' parts begin and end (offsets of the input text), and must know
/// which parts were edited.
pub trait Sink: Write {
    /// The input offset of the next cut, if any.
    fn next_cut(&self) -> Option<u64> {
        None
    }
    /// The output has come to the next cut.
    fn cut(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    /// Are TOC comments the text's own (plain SQL), not what pg_restore writes for an entry?
    fn owns_toc_comments(&self) -> bool {
        true
    }
    /// What is written next, `with`, replaces the input's text `was`.
    fn edited(&mut self, was: &[u8], with: &[u8]) -> std::io::Result<()> {
        let _ = (was, with);
        Ok(())
    }
}

/// The pass's state across windows.
pub struct Rewriter<'p> {
    plan: &'p Plan,
    faker: &'p Faker,
    engine: &'p Engine,
    out: &'p mut dyn Sink,
    /// Absolute offset in the SQL text up to which output has been written.
    cursor: u64,
    /// Per catalog table: its columns' actions (None: nothing planned for the table).
    tables: Vec<Option<Option<Vec<Option<ColAct>>>>>,
    /// Values changed per (table, column) index, named when the pass is done (counting by name
    /// would cost an allocation per value).
    counts: std::collections::HashMap<(usize, usize), u64>,
    names: std::collections::HashMap<usize, (String, Vec<String>)>,
    /// Functions and event triggers removed: statements about them go too.
    removed: HashSet<(&'static str, String)>,
    /// A `COPY ... FROM stdin` was removed: its data and `\.` line go too.
    drop_data: bool,
    pub changes: Changes,
    pub error: Option<std::io::Error>,
    /// Edits not written yet, in file order: COPY pieces being rewritten on the pool, and the
    /// edits after them.
    queue: VecDeque<Queued>,
    /// End of the last queued edit (edits must come in order).
    queued_end: u64,
    /// A mapped file's pages are given back behind every reader: each COPY piece on the pool
    /// holds its own place in the mark until it has read its rows.
    mark: Option<Arc<Mark>>,
    /// Gives a mapped file's pages back behind the writer (which reads behind the pass).
    give_back: Option<&'p (dyn Fn(std::ops::Range<usize>) + Sync)>,
    given: usize,
}

/// One edit waiting for its turn to be written.
enum Queued {
    Ready(u64, u64, Vec<u8>),
    /// A COPY piece on the pool: its table and the piece's rewritten text (None: unchanged).
    Task(u64, u64, usize, mpsc::Receiver<Piece>),
}

/// A rewritten COPY piece: its text if any row changed, and values changed per column.
struct Piece {
    text: Option<Vec<u8>>,
    counts: Vec<(usize, u64)>,
}

/// Pieces in flight per pool thread before the pass waits for the oldest.
const IN_FLIGHT_PER_THREAD: usize = 3;

/// The writer gives pages back in steps of this many bytes, this far behind itself.
const GIVE_STEP: usize = 4 << 20;

impl<'p> Rewriter<'p> {
    /// `give_back`: for a mapped input, gives the pages of a range back to the kernel.
    pub fn new(
        plan: &'p Plan,
        faker: &'p Faker,
        engine: &'p Engine,
        out: &'p mut dyn Sink,
        give_back: Option<&'p (dyn Fn(std::ops::Range<usize>) + Sync)>,
    ) -> Self {
        Rewriter {
            plan,
            faker,
            engine,
            out,
            cursor: 0,
            tables: Vec::new(),
            counts: std::collections::HashMap::new(),
            names: std::collections::HashMap::new(),
            removed: HashSet::new(),
            drop_data: false,
            changes: Changes::default(),
            error: None,
            queue: VecDeque::new(),
            queued_end: 0,
            mark: None,
            give_back,
            given: 0,
        }
    }

    /// The visitor for one window of text that starts at `base` in the whole SQL text; COPY
    /// pieces are rewritten on `scope`'s pool. `mark`: the pass's mark over a mapped file.
    pub fn window<'w, 'a, 's>(
        &'w mut self,
        text: &'a [u8],
        base: u64,
        scope: &'w rayon::Scope<'s>,
        mark: Option<Arc<Mark>>,
    ) -> Window<'w, 'p, 'a, 's>
    where
        'a: 's,
        'p: 's,
    {
        if self.mark.is_none() {
            self.mark = mark;
        }
        Window {
            rw: self,
            text,
            base,
            scope,
        }
    }

    fn write(&mut self, b: &[u8]) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(b) {
                self.error = Some(e);
            }
        }
    }

    fn fail(&mut self, r: std::io::Result<()>) {
        if let (Err(e), None) = (r, &self.error) {
            self.error = Some(e);
        }
    }

    /// Makes every cut at or before `to` (the output has come to it).
    fn cuts_to(&mut self, to: u64) {
        while self.out.next_cut().is_some_and(|c| c <= to) {
            let r = self.out.cut();
            self.fail(r);
        }
    }

    /// Makes the cuts left (the text is done).
    pub fn close(&mut self) {
        self.cuts_to(u64::MAX);
    }

    fn table_acts(&mut self, cat: &Catalog, t: usize) -> Option<&[Option<ColAct>]> {
        if self.tables.len() <= t {
            self.tables.resize(t + 1, None);
        }
        if self.tables[t].is_none() {
            let table = &cat.tables[t];
            let planned = self.plan.columns.get(&table.qualified());
            let acts = planned.map(|cols| {
                let tp = TablePlan::new(t, table);
                let parent = |x: &crate::sql::catalog::Table, p: &str| {
                    cat.tables
                        .iter()
                        .position(|y| y.qualified() == p && y.database == x.database)
                };
                let table_checks = cat.table_checks(table, &parent);
                let settings = tp.settings;
                table
                    .columns
                    .iter()
                    .zip(tp.cols)
                    .enumerate()
                    .map(|(ci, (c, col))| {
                        cols.get(&c.name).map(|&(action, kind)| ColAct {
                            action,
                            kind,
                            col,
                            max_chars: c.type_name.as_deref().and_then(max_chars),
                            not_null: c.not_null,
                            array: c.type_name.as_deref().is_some_and(|t| t.trim_end().ends_with(']')),
                            setting_name: settings.and_then(|(n, v)| (v == ci).then_some(n)),
                            checks: table_checks
                                .iter()
                                .filter(|(_, i, _)| *i == ci)
                                .map(|(_, _, k)| k.clone())
                                .chain(
                                    cat.domain_checks(c.type_name.as_deref().unwrap_or(""))
                                        .into_iter()
                                        .map(|(_, _, k)| k),
                                )
                                .collect(),
                        })
                    })
                    .collect::<Vec<_>>()
            });
            self.names.insert(
                t,
                (
                    table.qualified(),
                    table.columns.iter().map(|c| c.name.clone()).collect(),
                ),
            );
            self.tables[t] = Some(acts.filter(|a| a.iter().any(Option::is_some)));
        }
        self.tables[t].as_ref().and_then(|a| a.as_deref())
    }

    fn count(&mut self, t: usize, col: usize) {
        *self.counts.entry((t, col)).or_insert(0) += 1;
    }

    /// What was changed, by name.
    pub fn into_changes(mut self) -> Changes {
        for ((t, c), n) in self.counts {
            if let Some((table, cols)) = self.names.get(&t) {
                let col = cols.get(c).cloned().unwrap_or_default();
                *self.changes.values.entry((table.clone(), col)).or_insert(0) += n;
            }
        }
        self.changes
    }
}

/// `character varying(50)` -> 50.
fn max_chars(t: &str) -> Option<usize> {
    let t = t.trim();
    let inner = ["character varying(", "varchar(", "character(", "char(", "bpchar("]
        .iter()
        .find_map(|p| t.strip_prefix(p))?;
    inner.strip_suffix(')')?.trim().parse().ok()
}

fn cut(mut v: Vec<u8>, max: Option<usize>) -> Vec<u8> {
    if let Some(n) = max {
        if let Ok(s) = std::str::from_utf8(&v) {
            if let Some((i, _)) = s.char_indices().nth(n) {
                v.truncate(i);
            }
        } else if v.len() > n {
            v.truncate(n);
        }
    }
    v
}

/// What becomes of one value.
enum New {
    Same,
    Null,
    Value(Vec<u8>),
}

const REDACTED: &[u8] = b"REDACTED";

/// The rows of one COPY piece with the planned fields replaced: the piece's new text (None if
/// no row changed) and the values changed per table column. Runs on the pool.
fn rewrite_rows(
    faker: &Faker,
    engine: &Engine,
    data: &[u8],
    delim: u8,
    acts: &[Option<ColAct>],
    cols: &[usize],
) -> Piece {
    let mut out: Option<Vec<u8>> = None;
    let mut counts = vec![0u64; acts.len()];
    let mut memos: Vec<Memo> = acts.iter().map(|_| Memo::default()).collect();
    let mut line_buf = Vec::new();
    let mut copied = 0usize;
    // A settings table's name field, looked up before the row's other fields.
    let name_at = acts.iter().flatten().find_map(|a| a.setting_name);
    let mut name: Option<Vec<u8>> = None;
    // One keyword search over the piece, as scan's: a value none falls in (and whose text
    // needs no decoding) is judged without a search of its own. Fields come in order.
    let piece_search = !engine.scans_everything();
    let mut kw = Vec::new();
    if piece_search {
        engine.keywords.find_all(data, &mut kw);
    }
    let mut q = 0usize;
    for (_, off, line) in rows::copy_lines(data, 0) {
        line_buf.clear();
        let mut changed = false;
        let mut first = true;
        if let Some(n) = name_at {
            name = None;
            rows::for_each_copy_field(line, off, delim, acts.len(), |i, f: Field<'_>| {
                if i == n && !f.is_null {
                    name = Some(rows::decode_copy_field(f.raw).into_owned());
                }
            });
        }
        rows::for_each_copy_field(line, off, delim, acts.len(), |i, f: Field<'_>| {
            if !first {
                line_buf.push(delim);
            }
            first = false;
            let (Some(a), false) = (acts.get(i).and_then(Option::as_ref), f.is_null) else {
                line_buf.extend_from_slice(f.raw);
                return;
            };
            let (fs, fe) = (f.offset, f.offset + f.raw.len());
            while q < kw.len() && kw[q].0 < fs {
                q += 1;
            }
            let around = Around {
                row_name: name.as_deref(),
                no_keyword: piece_search
                    && memchr::memchr(b'\\', f.raw).is_none()
                    && !kw[q..]
                        .iter()
                        .take_while(|h| h.0 < fe)
                        .any(|h| h.0 + engine.keyword_len(h.1) <= fe),
            };
            let make = || copy_text(apply(faker, engine, a, &rows::decode_copy_field(f.raw), around));
            // A settings value depends on its row's name too: not remembered.
            let settings_value;
            let new = if a.setting_name.is_some() {
                settings_value = make();
                settings_value.as_deref()
            } else {
                memos[i].rewrite(f.raw, make)
            };
            match new {
                None => line_buf.extend_from_slice(f.raw),
                Some(text) => {
                    if let Some(c) = counts.get_mut(i) {
                        *c += 1;
                    }
                    changed = true;
                    line_buf.extend_from_slice(text);
                }
            }
        });
        if changed {
            let o = out.get_or_insert_with(|| Vec::with_capacity(data.len() + data.len() / 8));
            o.extend_from_slice(&data[copied..off]);
            o.extend_from_slice(&line_buf);
            copied = off + line.len();
        }
    }
    if let Some(o) = out.as_mut() {
        o.extend_from_slice(&data[copied..]);
    }
    Piece {
        text: out,
        counts: counts
            .into_iter()
            .enumerate()
            .filter(|(_, n)| *n > 0)
            .filter_map(|(i, n)| cols.get(i).map(|&c| (c, n)))
            .collect(),
    }
}

/// A column's rewritten values within one COPY piece, by their COPY text. `apply` is a function
/// of the column's action and the value alone, so a value seen before (a first name, a birth
/// date) is looked up instead of judged and faked again. A column whose values rarely repeat
/// (emails, hashes) stops being remembered after a few hundred of them.
#[derive(Default)]
struct Memo<'d> {
    map: rustc_hash::FxHashMap<&'d [u8], Option<Vec<u8>>>,
    looks: u32,
    hits: u32,
    /// Not remembered any more: `last` holds the value at hand.
    off: bool,
    last: Option<Vec<u8>>,
}

impl<'d> Memo<'d> {
    /// How many values a column is remembered for before its hit rate is judged.
    const TRIAL: u32 = 512;

    /// The COPY text `raw` becomes (None: kept as it is): remembered from before, else `make`'s.
    fn rewrite(&mut self, raw: &'d [u8], make: impl FnOnce() -> Option<Vec<u8>>) -> Option<&[u8]> {
        if !self.off {
            self.looks += 1;
            if self.looks == Self::TRIAL && self.hits < Self::TRIAL / 8 {
                self.off = true;
                self.map = Default::default();
            }
        }
        if self.off {
            self.last = make();
            return self.last.as_deref();
        }
        match self.map.entry(raw) {
            std::collections::hash_map::Entry::Occupied(o) => {
                self.hits += 1;
                o.into_mut().as_deref()
            }
            std::collections::hash_map::Entry::Vacant(v) => v.insert(make()).as_deref(),
        }
    }
}

/// A value's new COPY text (None: the value stays as it is).
fn copy_text(new: New) -> Option<Vec<u8>> {
    match new {
        New::Same => None,
        New::Null => Some(b"\\N".to_vec()),
        New::Value(v) => {
            let mut e = Vec::with_capacity(v.len() + 8);
            rows::encode_copy_field(&v, &mut e);
            Some(e)
        }
    }
}

/// What is known of a value beside its text, from its row and its COPY piece.
#[derive(Clone, Copy, Default)]
struct Around<'r> {
    /// A settings row's name: the value is judged with it, as scan judges it.
    row_name: Option<&'r [u8]>,
    /// The piece's one keyword search found none in the value (which needed no decoding):
    /// no pattern rule can match it.
    no_keyword: bool,
}

/// What the column's action makes of one value (the same for COPY rows on the pool and INSERT
/// rows on the pass thread).
fn apply(faker: &Faker, engine: &Engine, a: &ColAct, v: &[u8], around: Around) -> New {
    let new = match a.action {
        Action::Keep => return New::Same,
        Action::Null if !a.not_null => return New::Null,
        Action::Null | Action::Redact => REDACTED.to_vec(),
        Action::Hash => faker.hash(v),
        // A stored file: its flagged text replaced, still hex bytea.
        Action::Scrub if v.starts_with(b"\\x") => {
            return scrub_bytea(engine, faker, v).map_or(New::Same, New::Value);
        }
        // Each element faked, the literal rebuilt (a fake of the whole would not be an array).
        Action::Fake | Action::Scrub if a.array => {
            let element = ColAct {
                array: false,
                max_chars: None,
                checks: Vec::new(),
                ..a.clone()
            };
            let mut changed = false;
            let new = fake_array(v, |e| match apply(faker, engine, &element, e, around) {
                New::Value(n) => {
                    changed = true;
                    n
                }
                New::Null => {
                    changed = true;
                    REDACTED.to_vec()
                }
                New::Same => e.to_vec(),
            });
            return if changed || new == b"{}" && v != b"{}" {
                New::Value(new)
            } else {
                New::Same
            };
        }
        Action::Fake | Action::Scrub => {
            let kind = a.kind.unwrap_or(super::fake::FakeKind::PersonName);
            match judge(engine, &a.col, v, around) {
                // A column of person data: every value is replaced whole, unless what is
                // flagged in it is only part of it (an address inside a note).
                Judged::Whole(_) | Judged::Nothing if a.action == Action::Fake => faker.fake(kind, v),
                Judged::Nothing => return New::Same,
                Judged::Whole(spans) | Judged::Parts(spans) => replace(engine, faker, &a.col, v, spans),
            }
        }
    };
    let new = cut(new, a.max_chars);
    let new = if passes(a, &new) {
        new
    } else {
        match satisfy(faker, a, v) {
            Some(n) => n,
            // NULL passes a CHECK (unless it asks IS NOT NULL); failing that, verify of the
            // output names the row.
            None if !a.not_null => return New::Null,
            None => new,
        }
    };
    if new == v {
        New::Same
    } else {
        New::Value(new)
    }
}

/// A one-dimensional array literal (`{a,"b c",NULL}`) with each element replaced by `f`'s
/// fake, every element written quoted; NULLs stay. Anything else (nested arrays, bounds, a
/// malformed literal) becomes the empty array `{}`: no element of it is kept.
fn fake_array(v: &[u8], mut f: impl FnMut(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let Some(inner) = v.strip_prefix(b"{").and_then(|r| r.strip_suffix(b"}")) else {
        return b"{}".to_vec();
    };
    let mut out = b"{".to_vec();
    let mut i = 0;
    let mut first = true;
    while i < inner.len() {
        let mut elem = Vec::new();
        let quoted = inner[i] == b'"';
        if quoted {
            i += 1;
            loop {
                match inner.get(i) {
                    Some(b'\\') if i + 1 < inner.len() => {
                        elem.push(inner[i + 1]);
                        i += 2;
                    }
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(&b) => {
                        elem.push(b);
                        i += 1;
                    }
                    None => return b"{}".to_vec(),
                }
            }
        } else {
            while i < inner.len() && inner[i] != b',' {
                if matches!(inner[i], b'{' | b'}' | b'"' | b'\\') {
                    return b"{}".to_vec();
                }
                elem.push(inner[i]);
                i += 1;
            }
        }
        match inner.get(i) {
            None => {}
            Some(b',') => i += 1,
            Some(_) => return b"{}".to_vec(),
        }
        if !first {
            out.push(b',');
        }
        first = false;
        if !quoted && elem.eq_ignore_ascii_case(b"NULL") {
            out.extend_from_slice(b"NULL");
            continue;
        }
        out.push(b'"');
        for b in f(elem.trim_ascii()) {
            if matches!(b, b'"' | b'\\') {
                out.push(b'\\');
            }
            out.push(b);
        }
        out.push(b'"');
    }
    out.push(b'}');
    out
}

fn passes(a: &ColAct, v: &[u8]) -> bool {
    a.checks.is_empty() || {
        let s = String::from_utf8_lossy(v);
        a.checks.iter().all(|k| k.holds(Some(&s)))
    }
}

/// A fake that passes the column's CHECK constraints: drawn again (from the value and a
/// counter, so still the same for the same value) up to 32 times, then a fake of the value's
/// shape (each letter and digit replaced in its class: a pattern the original matched mostly
/// matches it too).
fn satisfy(faker: &Faker, a: &ColAct, v: &[u8]) -> Option<Vec<u8>> {
    let kind = a.kind.unwrap_or(super::fake::FakeKind::PersonName);
    let mut salted = v.to_vec();
    salted.push(0);
    let at = salted.len();
    for i in 1..=32u8 {
        salted.truncate(at);
        salted.push(i);
        let n = cut(faker.fake(kind, &salted), a.max_chars);
        if passes(a, &n) {
            return Some(n);
        }
    }
    (0..8u8).find_map(|i| {
        let n = cut(faker.shape_salted(v, i), a.max_chars);
        (passes(a, &n) && n != v).then_some(n)
    })
}

/// What a detector flags in `v`, each span with how to replace it.
enum Span {
    Hit(Option<crate::detect::hosts::Conn>),
    /// A value that a column's name says is a secret (no rule's shape).
    Named,
    Pii(super::fake::FakeKind),
}

type Spans = Vec<(usize, usize, Span)>;

/// How much of a value is flagged.
enum Judged {
    Nothing,
    /// One span that is the whole (trimmed) value: person data, or a secret or hash that a
    /// column of person data holds (a bcrypt column gets its kind's fake, `!`).
    Whole(Spans),
    Parts(Spans),
}

/// `v` judged as scan judges a value of `col`: pattern-rule hits, and person data by the
/// column's context or (in text) by exact structures anywhere.
fn judge(engine: &Engine, col: &ColPlan, v: &[u8], around: Around) -> Judged {
    let spans = flagged(engine, col, v, around);
    let t = pii::trim(v);
    let lead = t.as_ptr() as usize - v.as_ptr() as usize;
    match spans.as_slice() {
        [] => Judged::Nothing,
        [(s, e, _)] if *s == lead && *e == lead + t.len() => Judged::Whole(spans),
        _ => Judged::Parts(spans),
    }
}

/// The spans of `v` to replace.
fn flagged(engine: &Engine, col: &ColPlan, v: &[u8], around: Around) -> Spans {
    let mut spans = Vec::new();
    // One keyword search (none when the piece's found none here): the rules run only where it
    // found a keyword.
    let mut hits = Vec::new();
    if !around.no_keyword {
        engine.scan(v, &mut hits);
    }
    let reported = engine.reports_non_pii(&hits);
    spans.extend(hits.into_iter().map(|h| (h.start, h.end, Span::Hit(h.conn))));
    let t = pii::trim(v);
    let lead = t.as_ptr() as usize - v.as_ptr() as usize;
    // A column whose name says it holds secrets: a value no rule reported is judged with the
    // name, as scan judges it (a session key, a `jwt_secret`).
    use crate::detect::named;
    let by_name = |n: &[u8]| named::judge(n, v, 30).is_some();
    if !reported
        && (col.secret && by_name(col.name.as_bytes())
            || around.row_name.is_some_and(|n| named::names_a_secret(n) && by_name(n)))
    {
        spans.push((lead, lead + t.len(), Span::Named));
    }
    let mut kinds = Vec::new();
    // The free-text finders need an `@` or 8 digits: most values are let go after one look.
    pii_value(col, v, pii::worth_a_look(v), &mut kinds);
    for (k, synthetic, s, e) in kinds {
        if !synthetic && !matches!(k, pii::Kind::PasswordHash | pii::Kind::PlaintextPassword) {
            spans.push((
                lead + s,
                lead + e,
                Span::Pii(super::fake::FakeKind::for_pii(k, &col.name)),
            ));
        }
    }
    spans.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
    spans
}

/// `v` with every span a detector flags replaced: connection strings keep their shape with
/// hosts moved to `.example` and the password gone, person data gets a fake of its kind,
/// anything else becomes `REDACTED`. None when nothing is flagged. If a secret is still
/// flagged in the result (spans that overlap in odd ways), the whole value is `REDACTED`.
pub fn scrub(engine: &Engine, faker: &Faker, v: &[u8]) -> Option<Vec<u8>> {
    let col = ColPlan::free_text();
    let spans = flagged(engine, &col, v, Around::default());
    (!spans.is_empty()).then(|| replace(engine, faker, &col, v, spans))
}

/// A hex bytea value (`\x...`, or `\\x...` as COPY text writes it) with the spans a detector
/// flags in its decoded bytes replaced, hex again; None when nothing is flagged.
pub fn scrub_bytea(engine: &Engine, faker: &Faker, v: &[u8]) -> Option<Vec<u8>> {
    let mut bin = Vec::new();
    if !crate::detect::engine::bytea_field_into(v, &mut bin) {
        return None;
    }
    let new = scrub(engine, faker, &bin)?;
    let mut out = v[..v.len() - 2 * bin.len()].to_vec();
    out.extend_from_slice(crate::util::digest::hex(&new).as_bytes());
    Some(out)
}

/// A `lowrite(fd, '\x...')` statement (a large object's bytes) with its bytes scrubbed.
fn scrub_lowrite(engine: &Engine, faker: &Faker, sql: &[u8]) -> Option<Vec<u8>> {
    let lit = crate::detect::lowrite_literal(sql)?;
    let new = scrub_bytea(engine, faker, &sql[lit.clone()])?;
    Some([&sql[..lit.start], &new[..], &sql[lit.end..]].concat())
}

/// What the report names a secret acted on without a plan line of its own: a value scan had
/// reported before, at its first occurrence.
const REPEAT: &str = "secret seen before";

/// What replaces a TOC comment line that names another object than its statement.
const TOC_REMOVED: &[u8] = b"-- [pgscreen sanitize] TOC comment removed";

/// Does a detector flag a secret (not person data, not a rewritten connection string) in `v`?
fn holds_secret(engine: &Engine, v: &[u8]) -> bool {
    flagged(engine, &ColPlan::free_text(), v, Around::default())
        .iter()
        .any(|(_, _, s)| still_secret(s))
}

/// The comments of a gap between statements (blanks and comments only): `--` to the end of
/// its line, `/* ... */` (nested) whole; an unclosed block runs to the end.
fn comments(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < text.len() {
        match (text[i], text[i + 1]) {
            (b'-', b'-') => {
                let e = crate::sql::lex::line_end(text, i);
                out.push((i, e));
                i = e;
            }
            (b'/', b'*') => {
                let e = crate::sql::lex::end_of_block_comment(text, i).unwrap_or(text.len());
                out.push((i, e));
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

/// A comment with what a detector flags in it replaced (None: nothing flagged). When the
/// replaced text would not be the same kind of comment any more, or is still flagged, the
/// comment is replaced whole by a note, on as many lines as it took.
fn scrub_comment(engine: &Engine, faker: &Faker, c: &[u8]) -> Option<Vec<u8>> {
    let new = scrub(engine, faker, c)?;
    let block = c.starts_with(b"/*");
    let intact = new != REDACTED
        && if block {
            crate::sql::lex::end_of_block_comment(&new, 0) == Some(new.len())
        } else {
            new.starts_with(b"--") && !new.contains(&b'\n')
        };
    if intact {
        return Some(new);
    }
    let lines = crate::sql::lex::newlines(c) as usize;
    Some(if block {
        format!("/* [pgscreen sanitize] comment removed{} */", "\n".repeat(lines)).into_bytes()
    } else {
        b"-- [pgscreen sanitize] comment removed".to_vec()
    })
}

fn replace(engine: &Engine, faker: &Faker, col: &ColPlan, v: &[u8], spans: Spans) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.len());
    let mut at = 0;
    for (s, e, what) in spans {
        if s < at || e > v.len() {
            continue;
        }
        out.extend_from_slice(&v[at..s]);
        let part = &v[s..e];
        match what {
            Span::Pii(kind) => out.extend(faker.fake(kind, part)),
            Span::Hit(Some(conn)) => out.extend(rewrite_conn(faker, part, &conn)),
            Span::Hit(None) => out.extend_from_slice(REDACTED),
            // Still unique (the column may be a key: a session table's), and no secret's shape.
            Span::Named => {
                out.extend_from_slice(REDACTED);
                out.push(b'-');
                out.extend_from_slice(crate::util::digest::hex(&faker.mac("named-column", part)[..8]).as_bytes());
            }
        }
        at = e;
    }
    out.extend_from_slice(&v[at..]);
    // Person data was replaced by fakes (which the validators accept again, by design), and a
    // connection string to a reserved host without a password is what a rewrite leaves: only
    // other secrets and connection strings must be gone.
    if flagged(engine, col, &out, Around::default())
        .iter()
        .any(|(_, _, s)| still_secret(s))
    {
        return REDACTED.to_vec();
    }
    out
}

/// Whether a span flagged in a scrubbed value is still a problem: a fake of person data is not,
/// nor a connection string to a reserved host without a password.
fn still_secret(s: &Span) -> bool {
    match s {
        Span::Pii(_) => false,
        Span::Hit(Some(c)) => {
            c.password.as_deref().is_some_and(|p| !p.is_empty())
                || c.hosts.iter().any(|h| !crate::detect::hosts::is_reserved_host(h))
        }
        Span::Hit(None) | Span::Named => true,
    }
}

/// A connection string with its hosts under `.example` and its password taken out.
fn rewrite_conn(faker: &Faker, part: &[u8], conn: &crate::detect::hosts::Conn) -> Vec<u8> {
    let mut s = String::from_utf8_lossy(part).into_owned();
    if let Some(pw) = conn.password.as_deref().filter(|p| !p.is_empty()) {
        // The password and its key go (`user:pw@`, `?password=pw&`, `;Password=pw`,
        // `password=pw` of a key/value string), whatever the key's case.
        let mut out = String::with_capacity(s.len());
        let mut rest = s.as_str();
        while let Some(i) = rest.find(pw) {
            let (before, after) = (&rest[..i], &rest[i + pw.len()..]);
            let lower = before.to_ascii_lowercase();
            let key = ["password=", "pwd=", "pass=", "password='", "password = "]
                .iter()
                .find(|k| lower.ends_with(*k))
                .map(|k| k.len());
            match key {
                Some(k) => {
                    let mut keep = &before[..before.len() - k];
                    let mut after = after.strip_prefix('\'').unwrap_or(after);
                    // One separator goes with the pair.
                    if let Some(a) = after.strip_prefix('&') {
                        after = a;
                    } else if let Some(b) = keep.strip_suffix(['&', ';', ' ']) {
                        keep = b;
                    }
                    out.push_str(keep);
                    rest = after;
                }
                None if before.ends_with(':') && after.starts_with('@') => {
                    out.push_str(&before[..before.len() - 1]);
                    rest = after;
                }
                None => {
                    out.push_str(before);
                    out.push_str("REDACTED");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        s = out;
    }
    for h in &conn.hosts {
        if !h.is_empty() {
            s = s.replace(h.as_str(), &faker.host(h));
        }
    }
    s.into_bytes()
}

/// One window's visitor.
pub struct Window<'w, 'p, 'a, 's> {
    rw: &'w mut Rewriter<'p>,
    text: &'a [u8],
    base: u64,
    scope: &'w rayon::Scope<'s>,
}

impl<'p, 'a, 's> Window<'_, 'p, 'a, 's>
where
    'a: 's,
    'p: 's,
{
    /// Replaces `start..end` (absolute offsets) with `with`. Edits come in file order; one that
    /// begins inside an earlier one is dropped (false).
    fn edit(&mut self, start: u64, end: u64, with: &[u8]) -> bool {
        if start < self.rw.cursor.max(self.rw.queued_end) || start < self.base {
            return false;
        }
        self.rw.queued_end = end;
        if self.rw.queue.is_empty() {
            self.put(start, end, Some(with));
        } else {
            self.rw.queue.push_back(Queued::Ready(start, end, with.to_vec()));
        }
        true
    }

    /// Writes the text from the cursor to `start`, then `with` (or the text itself) for
    /// `start..end`.
    fn put(&mut self, start: u64, end: u64, with: Option<&[u8]>) {
        let (from, to) = (self.rw.cursor.max(self.base), start);
        self.copy(from, to);
        match with {
            Some(w) if start < end || !w.is_empty() => {
                // An edit lies within one part of what the output is cut into.
                if self.rw.out.next_cut().is_some_and(|c| c > start && c < end) {
                    self.rw.fail(Err(std::io::Error::other(format!(
                        "an edit at bytes {start}..{end} of the text spans a TOC entry's boundary"
                    ))));
                }
                let was = &self.text[(start - self.base) as usize..(end - self.base) as usize];
                let r = self.rw.out.edited(was, w);
                self.rw.fail(r);
                self.rw.write(w);
                self.rw.cuts_to(end.saturating_sub(1));
            }
            Some(_) => {}
            None => self.copy(start, end),
        }
        self.rw.cursor = end;
        self.give_back();
    }

    /// Writes the text of `from..to` (absolute offsets), cut where the output is cut.
    fn copy(&mut self, mut from: u64, to: u64) {
        let text = self.text;
        let at = |x: u64| (x - self.base) as usize;
        while let Some(c) = self.rw.out.next_cut().filter(|&c| c <= to) {
            if c > from {
                self.rw.write(&text[at(from)..at(c)]);
                from = c;
            }
            let r = self.rw.out.cut();
            self.rw.fail(r);
        }
        if from < to {
            self.rw.write(&text[at(from)..at(to)]);
        }
    }

    /// Gives back the pages behind the writer (a mapped input only: the offsets are the file's).
    fn give_back(&mut self) {
        let Some(give) = self.rw.give_back else { return };
        let upto = (self.rw.cursor as usize).saturating_sub(GIVE_STEP) & !4095;
        if upto >= self.rw.given + GIVE_STEP {
            give(self.rw.given..upto);
            self.rw.given = upto;
        }
    }

    /// Before an item at `pos`: writes what is done, and the text up to `pos` when nothing is
    /// queued, so the writer stays close behind the pass (whose pages are still mapped).
    fn catch_up(&mut self, pos: u64) {
        self.drain(false);
        if self.rw.queue.is_empty() && self.rw.cursor < pos && pos >= self.rw.queued_end {
            self.put(pos, pos, Some(&[]));
        }
    }

    /// Writes queued edits from the front: those done, and (`wait`) the rest as they finish;
    /// without `wait`, the oldest is waited for only while too many are in flight.
    fn drain(&mut self, wait: bool) {
        let limit = IN_FLIGHT_PER_THREAD * rayon::current_num_threads().max(1);
        while let Some(front) = self.rw.queue.front() {
            let must = wait || self.rw.queue.len() > limit;
            let piece = match front {
                Queued::Ready(..) => None,
                Queued::Task(_, _, _, rx) => match if must { rx.recv().ok() } else { rx.try_recv().ok() } {
                    Some(p) => Some(p),
                    None if must => Some(Piece {
                        text: None,
                        counts: Vec::new(),
                    }),
                    None => break,
                },
            };
            match (self.rw.queue.pop_front(), piece) {
                (Some(Queued::Ready(a, b, w)), _) => self.put(a, b, Some(&w)),
                (Some(Queued::Task(a, b, t, _)), Some(p)) => {
                    self.put(a, b, p.text.as_deref());
                    for (c, n) in p.counts {
                        *self.rw.counts.entry((t, c)).or_insert(0) += n;
                    }
                }
                _ => break,
            }
        }
    }

    /// Writes what is left of the window up to `used` bytes of it (every queued edit first).
    pub fn finish(mut self, used: usize) {
        self.drain(true);
        let end = self.base + used as u64;
        if self.rw.cursor < end {
            self.put(end, end, Some(&[]));
        }
    }

    fn remove(&mut self, item: &Item, rule: &str, what: &'static str) {
        let note = format!("{REMOVED}{what} ({rule})");
        if self.edit(item.span.start as u64, item.span.end as u64, note.as_bytes()) {
            self.rw
                .changes
                .statements
                .push((item.line, rule.to_string(), "removed"));
        } else {
            self.rw.changes.not_applied.push((item.line, rule.to_string()));
        }
    }

    /// The planned action of the statement at `item` (a finding's line may be any line of it).
    fn planned(&self, item: &Item) -> Option<(StatementAction, String)> {
        // Most statements have no plan entry at or after their line: their text is not read
        // again (an --inserts dump's every statement comes through here).
        self.rw.plan.statements.range(item.line..).next()?;
        let span =
            &self.text[(item.span.start as u64 - self.base) as usize..(item.span.end as u64 - self.base) as usize];
        let last = item.line + memchr::memchr_iter(b'\n', span).count() as u64;
        let mut found: Option<(StatementAction, String)> = None;
        for (_, (a, r)) in self.rw.plan.statements.range(item.line..=last) {
            // Remove wins over scrub, scrub over keep.
            let rank = |a: StatementAction| match a {
                StatementAction::Remove => 2,
                StatementAction::Scrub => 1,
                StatementAction::Keep => 0,
            };
            if found.as_ref().is_none_or(|(f, _)| rank(*a) > rank(*f)) {
                found = Some((*a, r.clone()));
            }
        }
        found
    }

    /// Whether a statement whose TOC comment misleads comes after the gap that ends at stream
    /// offset `end` (line `line`) with only psql meta-commands and blank lines between (scan
    /// reads a TOC comment as the next statement's across a `\connect`).
    fn mismatch_past_metas(&self, end: usize, line: u64) -> bool {
        let Some((&at, (StatementAction::Scrub, rule))) = self.rw.plan.statements.range(line + 1..).next() else {
            return false;
        };
        if rule != super::policy::TOC_MISMATCH {
            return false;
        }
        let Some(after) = (end as u64)
            .checked_sub(self.base)
            .and_then(|i| self.text.get(i as usize..))
        else {
            return false;
        };
        // The lines from the gap's last one up to the statement's: each blank or a meta-command.
        let mut lines = after.split(|&b| b == b'\n');
        (line..at).all(|_| {
            lines.next().is_some_and(|l| {
                let l = l.trim_ascii();
                l.is_empty() || l.starts_with(b"\\")
            })
        })
    }

    /// Whether the statement is about a function or event trigger that was removed, or about an
    /// object in the schema of a removed extension.
    fn depends_on_removed(&self, node: &N) -> bool {
        if self.rw.removed.is_empty() {
            return false;
        }
        let in_removed_schema = |schema: &str| self.rw.removed.contains(&("schema", schema.to_string()));
        let func = |names: &[pg_query::protobuf::Node]| {
            self.rw.removed.contains(&("function", last_name(names)))
                || crate::sql::types::schema_of(names).is_some_and(in_removed_schema)
        };
        match node {
            N::CommentStmt(c) => match c.object.as_ref().and_then(|o| o.node.as_ref()) {
                Some(N::ObjectWithArgs(o)) => func(&o.objname),
                Some(N::String(s)) => self.rw.removed.contains(&("event trigger", s.sval.clone())),
                _ => false,
            },
            N::AlterOwnerStmt(a) => match a.object.as_ref().and_then(|o| o.node.as_ref()) {
                Some(N::ObjectWithArgs(o)) => func(&o.objname),
                Some(N::String(s)) => self.rw.removed.contains(&("event trigger", s.sval.clone())),
                _ => false,
            },
            N::GrantStmt(g) => g.objects.iter().any(|o| match o.node.as_ref() {
                Some(N::ObjectWithArgs(o)) => func(&o.objname),
                Some(N::RangeVar(r)) => in_removed_schema(&r.schemaname),
                _ => false,
            }),
            N::AlterFunctionStmt(a) => a.func.as_ref().is_some_and(|f| func(&f.objname)),
            N::CreateTrigStmt(t) => func(&t.funcname),
            N::CreateEventTrigStmt(t) => func(&t.funcname),
            _ => false,
        }
    }

    /// Roles, user mappings and servers rewritten through the parse tree (passwords and
    /// privileged attributes dropped, hosts moved to `.example`); anything else has the spans
    /// a detector flags replaced in its text.
    fn scrub_statement(&mut self, item: &Item, node: Option<&N>, rule: &str) {
        let rewritten = node.and_then(|n| self.scrub_node(n));
        let (start, end) = (item.span.start as u64, item.span.end as u64);
        let new = match rewritten {
            Some(sql) => Some(format!("{sql};").into_bytes()),
            None => {
                let raw = &self.text[(start - self.base) as usize..(end - self.base) as usize];
                // A statement is never replaced whole: that would not be SQL.
                scrub(self.rw.engine, self.rw.faker, raw)
                    .filter(|n| n != REDACTED)
                    .or_else(|| scrub_lowrite(self.rw.engine, self.rw.faker, raw))
            }
        };
        match new {
            Some(n) if self.edit(start, end, &n) => {
                self.rw
                    .changes
                    .statements
                    .push((item.line, rule.to_string(), "scrubbed"));
            }
            _ => self.rw.changes.not_applied.push((item.line, rule.to_string())),
        }
    }

    fn scrub_node(&self, node: &N) -> Option<String> {
        let mut n = node.clone();
        let faker = self.rw.faker;
        let drop_opts = |opts: &mut Vec<pg_query::protobuf::Node>, names: &[&str]| {
            opts.retain(|o| !matches!(o.node.as_ref(), Some(N::DefElem(d)) if names.contains(&d.defname.as_str())));
        };
        let host_opts = |opts: &mut Vec<pg_query::protobuf::Node>| {
            for o in opts.iter_mut() {
                if let Some(N::DefElem(d)) = o.node.as_mut() {
                    if matches!(d.defname.as_str(), "host" | "hostaddr") {
                        if let Some(N::String(s)) = d.arg.as_mut().and_then(|a| a.node.as_mut()) {
                            s.sval = s
                                .sval
                                .split(',')
                                .map(|h| faker.host(h.trim()))
                                .collect::<Vec<_>>()
                                .join(",");
                        }
                    }
                }
            }
        };
        const ROLE: &[&str] = &["password", "superuser", "isreplication", "bypassrls", "createrole"];
        match &mut n {
            N::CreateRoleStmt(r) => drop_opts(&mut r.options, ROLE),
            N::AlterRoleStmt(r) => drop_opts(&mut r.options, ROLE),
            N::CreateUserMappingStmt(m) => drop_opts(&mut m.options, &["password", "passfile", "sslpassword"]),
            N::AlterUserMappingStmt(m) => drop_opts(&mut m.options, &["password", "passfile", "sslpassword"]),
            N::CreateForeignServerStmt(s) => host_opts(&mut s.options),
            N::AlterForeignServerStmt(s) => host_opts(&mut s.options),
            // The comment's text as scan reads it (its own lines, quotes undone), not the
            // statement's: a rule that wants a whole line (.pgpass) sees one there.
            N::CommentStmt(c) => {
                let new = scrub(self.rw.engine, faker, c.comment.as_bytes())?;
                c.comment = String::from_utf8_lossy(&new).into_owned();
            }
            _ => return None,
        }
        // ALTER ROLE x WITH (nothing left) is not valid SQL: say nothing instead.
        if let N::AlterRoleStmt(r) = &n {
            if r.options.is_empty() {
                return Some(String::from("SELECT 1 WHERE false"));
            }
        }
        n.deparse(pg_query::DeparseOptions::default()).ok()
    }
}

/// The last element of a qualified name list.
fn last_name(names: &[pg_query::protobuf::Node]) -> String {
    names
        .iter()
        .rev()
        .find_map(|n| match n.node.as_ref() {
            Some(N::String(s)) => Some(s.sval.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

impl<'p, 'a, 's> Visitor<'a> for Window<'_, 'p, 'a, 's>
where
    'a: 's,
    'p: 's,
{
    fn statement(&mut self, cat: &Catalog, item: &Item, _sql: &str, node: Option<&N>) {
        self.catch_up(item.span.start as u64);
        // Text the reader transcoded is written as UTF-8, and must say so.
        if let (Some(N::VariableSetStmt(s)), crate::sql::encoding::ClientEncoding::Transcoded(_)) =
            (node, cat.text_encoding)
        {
            if s.name == "client_encoding"
                && self.edit(
                    item.span.start as u64,
                    item.span.end as u64,
                    b"SET client_encoding = 'UTF8';",
                )
            {
                let was = format!("client_encoding {}", cat.text_encoding.name());
                self.rw.changes.statements.push((item.line, was, "rewritten to UTF8"));
                return;
            }
        }
        self.rw.drop_data = false;
        // INSERT rows were rewritten field by field.
        let Some(node) = node else {
            if let Some((StatementAction::Remove, rule)) = self.planned(item) {
                self.remove(item, &rule, "statement");
            }
            return;
        };
        let planned = self.planned(item).or_else(|| match node {
            // A secret in a comment that scan reported at an earlier occurrence only.
            N::CommentStmt(c) if holds_secret(self.rw.engine, c.comment.as_bytes()) => {
                Some((StatementAction::Scrub, REPEAT.to_string()))
            }
            _ => None,
        });
        match planned {
            Some((StatementAction::Remove, rule)) => {
                match node {
                    N::CreateFunctionStmt(f) => {
                        self.rw.removed.insert(("function", last_name(&f.funcname)));
                    }
                    N::CreateEventTrigStmt(t) => {
                        self.rw.removed.insert(("event trigger", t.trigname.clone()));
                    }
                    // Its own schemas (pg_net's `net`), unless the dump makes them: what is in
                    // them goes too.
                    N::CreateExtensionStmt(e) => {
                        for s in crate::sql::catalog::schemas_made_by(&e.extname) {
                            if !cat.schemas.contains(*s) {
                                self.rw.removed.insert(("schema", s.to_string()));
                            }
                        }
                    }
                    N::CopyStmt(c) if c.is_from && c.filename.is_empty() && !c.is_program => {
                        // In an archive the data is its entry's own, cut apart from the text.
                        if !self.rw.out.owns_toc_comments() {
                            self.rw.changes.not_applied.push((item.line, rule));
                            return;
                        }
                        self.remove(item, &rule, "statement and its data");
                        self.rw.drop_data = true;
                        return;
                    }
                    _ => {}
                }
                self.remove(item, &rule, "statement");
            }
            // Its TOC comment was removed in the gap before it; the statement stays.
            Some((StatementAction::Scrub, rule)) if rule == super::policy::TOC_MISMATCH => {
                self.rw
                    .changes
                    .statements
                    .push((item.line, rule, "TOC comment removed"));
            }
            Some((StatementAction::Scrub, rule)) => self.scrub_statement(item, Some(node), &rule),
            Some((StatementAction::Keep, _)) => {}
            None if self.depends_on_removed(node) => self.remove(item, "depends on a removed object", "statement"),
            None => {}
        }
    }

    /// A comment that scan flagged has the flagged spans replaced (a comment can say anything,
    /// so it stays a comment).
    fn gap(&mut self, _cat: &Catalog, text: &'a [u8], offset: usize, line: u64) {
        let last = line + memchr::memchr_iter(b'\n', text).count() as u64;
        // A gap with nothing planned in it is still looked at for secrets: scan reports a
        // value it has seen before only once, so a repeat's line is in no plan.
        let planned = (self.rw.plan.statements.range(line..=last))
            .find(|(_, (a, _))| *a != StatementAction::Keep)
            .map(|(_, (_, r))| r.clone());
        let rule = planned.clone().unwrap_or_else(|| REPEAT.to_string());
        // The gap's first and last lines are shared with the items around it, whose plans are
        // theirs to carry out: only what is flagged in the gap's own comments is acted on here,
        // comment by comment (a run of comments can hold many secrets).
        let mut edits = Vec::new();
        // The statement after the gap (on its last line) has a TOC comment that misleads, or
        // goes: its TOC comment goes too (else it would name whatever statement comes next).
        let untoc = self.rw.out.owns_toc_comments()
            && (matches!(self.rw.plan.statements.get(&last),
            Some((a, r)) if r == super::policy::TOC_MISMATCH || *a == StatementAction::Remove)
                || self.mismatch_past_metas(offset + text.len(), last));
        for (s, e) in comments(text) {
            let c = &text[s..e];
            // Any pg_dump's TOC comment lines, pg_dump 7's without semicolons too (which the
            // pass's `TocComment::parse` does not read).
            if untoc
                && [&b"-- Name: "[..], b"-- Data for Name: ", b"-- TOC entry "]
                    .iter()
                    .any(|p| c.starts_with(p))
            {
                edits.push((s, e, TOC_REMOVED.to_vec()));
                continue;
            }
            if planned.is_none() && !holds_secret(self.rw.engine, c) {
                continue;
            }
            if let Some(n) = scrub_comment(self.rw.engine, self.rw.faker, c) {
                edits.push((s, e, n));
            }
        }
        if edits.is_empty() {
            return;
        }
        self.catch_up(offset as u64);
        let (mut at, mut line) = (0, line);
        for (s, e, n) in edits {
            line += crate::sql::lex::newlines(&text[at..s]);
            at = s;
            // The rule found on the comment's own lines, if the plan has one there.
            let last = line + crate::sql::lex::newlines(&text[s..e]);
            let rule = (self.rw.plan.statements.range(line..=last))
                .find(|(_, (a, _))| *a != StatementAction::Keep)
                .map_or_else(|| rule.clone(), |(_, (_, r))| r.clone());
            let what = if n == TOC_REMOVED {
                "TOC comment removed"
            } else {
                "scrubbed (comment)"
            };
            if self.edit((offset + s) as u64, (offset + e) as u64, &n) {
                self.rw.changes.statements.push((line, rule, what));
            } else {
                self.rw.changes.not_applied.push((line, rule));
            }
        }
    }

    fn meta(&mut self, _cat: &Catalog, item: &Item, _text: &'a [u8]) {
        self.catch_up(item.span.start as u64);
        match self.planned(item) {
            Some((StatementAction::Remove, rule)) => self.remove(item, &rule, "psql meta-command"),
            // A credential on the line (`\connect` with a password): its spans replaced, as in
            // a statement's text, so the line still does what it did.
            Some((StatementAction::Scrub, rule)) => self.scrub_statement(item, None, &rule),
            _ => {}
        }
    }

    fn copy_block(&mut self, cat: &Catalog, b: &CopyBlock<'a>) {
        let (start, end) = (b.offset as u64, (b.offset + b.data.len()) as u64);
        if self.rw.drop_data {
            // The last piece is followed by the `\.` line, which goes too.
            let rest = self.text.get((end - self.base) as usize..).unwrap_or_default();
            let term = [&b"\\.\n"[..], b"\\.\r\n"]
                .iter()
                .find(|t| rest.starts_with(t))
                .map_or(if rest == b"\\." { 2 } else { 0 }, |t| t.len());
            self.rw.drop_data = term == 0;
            self.edit(start, end + term as u64, b"");
            return;
        }
        let acts = match self.rw.table_acts(cat, b.table) {
            Some(acts) if !b.csv => acts,
            _ => return self.catch_up(end),
        };
        let field_acts = by_field(acts, &b.columns);
        if field_acts.iter().all(Option::is_none) || start < self.rw.cursor.max(self.rw.queued_end) {
            return self.catch_up(end);
        }
        let (tx, rx) = mpsc::channel();
        let (faker, engine, cols, data, delim) =
            (self.rw.faker, self.rw.engine, b.columns.clone(), b.data, b.delimiter);
        // The piece holds its pages in the mark until it has read its rows (as scan's do).
        let mark = self.rw.mark.clone();
        if let Some(m) = &mark {
            m.start(b.offset);
        }
        let at = b.offset;
        self.scope.spawn(move |_| {
            let piece = rewrite_rows(faker, engine, data, delim, &field_acts, &cols);
            if let Some(m) = mark {
                m.end(at);
            }
            let _ = tx.send(piece);
        });
        self.rw.queue.push_back(Queued::Task(start, end, b.table, rx));
        self.rw.queued_end = end;
        self.drain(false);
    }

    fn insert_row(&mut self, cat: &Catalog, row: &InsertRow<'_, 'a>) {
        let Some(acts) = self.rw.table_acts(cat, row.table) else {
            return;
        };
        let field_acts = by_field(acts, row.cols);
        let name_at = field_acts.iter().flatten().find_map(|a| a.setting_name);
        let name = name_at
            .and_then(|n| row.fields.get(n))
            .filter(|f| !f.is_null)
            .and_then(|f| f.value());
        for (i, f) in row.fields.iter().enumerate() {
            let Some(a) = field_acts.get(i).and_then(Option::as_ref) else {
                continue;
            };
            if f.is_null {
                continue;
            }
            let Some(v) = f.value() else { continue };
            let (start, end) = (f.offset as u64, (f.offset + f.raw.len()) as u64);
            // Quoted values: the quotes (and an E prefix) lie just outside the raw field.
            let (open, close) = match f.escaping {
                Escaping::SqlString => (1, 1),
                Escaping::SqlEString => (2, 1),
                _ => (0, 0),
            };
            let around = Around {
                row_name: name.as_deref(),
                no_keyword: false,
            };
            let (ok, col) = match apply(self.rw.faker, self.rw.engine, a, &v, around) {
                New::Same => continue,
                New::Null => (self.edit(start - open, end + close, b"NULL"), row.cols[i]),
                New::Value(new) => {
                    let lit = sql_literal(&new, f.escaping);
                    (self.edit(start - open, end + close, &lit), row.cols[i])
                }
            };
            if ok {
                self.rw.count(row.table, col);
            }
        }
    }
}

/// The acts of a COPY's or INSERT's fields, in the order of its column list (`cols`, table
/// column indexes); a settings value's name column becomes a field position too.
fn by_field(acts: &[Option<ColAct>], cols: &[usize]) -> Vec<Option<ColAct>> {
    cols.iter()
        .map(|&c| {
            let mut a = acts.get(c).cloned().flatten()?;
            a.setting_name = a.setting_name.and_then(|n| cols.iter().position(|&x| x == n));
            Some(a)
        })
        .collect()
}

/// A value as an SQL literal: digits stay bare where they were, anything else is quoted
/// (E'' when it holds a backslash or a control byte).
fn sql_literal(v: &[u8], was: Escaping) -> Vec<u8> {
    if was == Escaping::Bare && !v.is_empty() && v.iter().all(|b| b.is_ascii_digit() || *b == b'.' || *b == b'-') {
        return v.to_vec();
    }
    let e = v.iter().any(|b| *b == b'\\' || *b < 0x20);
    let mut out = Vec::with_capacity(v.len() + 3);
    if e {
        out.push(b'E');
    }
    out.push(b'\'');
    for &b in v {
        match b {
            b'\'' => out.extend_from_slice(b"''"),
            b'\\' if e => out.extend_from_slice(b"\\\\"),
            b'\n' if e => out.extend_from_slice(b"\\n"),
            b'\r' if e => out.extend_from_slice(b"\\r"),
            b'\t' if e => out.extend_from_slice(b"\\t"),
            c if e && c < 0x20 => out.extend(format!("\\x{c:02x}").bytes()),
            c => out.push(c),
        }
    }
    out.push(b'\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_quote_what_needs_it() {
        assert_eq!(sql_literal(b"123", Escaping::Bare), b"123");
        assert_eq!(sql_literal(b"O'Hara", Escaping::SqlString), b"'O''Hara'");
        assert_eq!(sql_literal(b"a\\b\n", Escaping::SqlString), b"E'a\\\\b\\n'");
        assert_eq!(sql_literal(b"x@example.com", Escaping::Bare), b"'x@example.com'");
    }

    #[test]
    fn lengths_come_from_the_type() {
        assert_eq!(max_chars("character varying(45)"), Some(45));
        assert_eq!(max_chars("character(2)"), Some(2));
        assert_eq!(max_chars("text"), None);
        assert_eq!(cut("Ärger".as_bytes().to_vec(), Some(2)), "Är".as_bytes());
    }

    #[test]
    fn scrub_keeps_the_text_around_what_it_replaces() {
        let engine = Engine::new(&[], false).unwrap();
        let faker = Faker::new(b"k");
        let v = b"call jane.doe@corp-mail.com, key sk_live_9fKx2LmQ7rTz4WcVb8NpY3hJ, host=pg-main.acme-corp.com port=5432 password=PKjZXmccHvnJ";
        let out = scrub(&engine, &faker, v).expect("flagged");
        let s = String::from_utf8_lossy(&out);
        assert!(s.starts_with("call ") && s.contains(", key "), "{s}");
        assert!(
            !s.contains("jane.doe@corp")
                && !s.contains("sk_live_9fK")
                && !s.contains("PKjZX")
                && !s.contains("acme-corp"),
            "{s}"
        );
        assert!(
            !flagged(&engine, &ColPlan::free_text(), &out, Around::default())
                .iter()
                .any(|(_, _, x)| still_secret(x)),
            "{s}"
        );
        assert!(scrub(&engine, &faker, b"nothing to see").is_none());
    }

    /// A gap's comments: line comments to their line's end, block comments nested and whole,
    /// an unclosed one to the end; blanks between them are no comment.
    #[test]
    fn a_gap_is_cut_into_its_comments() {
        let gap = b"\n-- one\n\n/* a /* b */ c */ -- two\n/* open";
        let got: Vec<&[u8]> = comments(gap).into_iter().map(|(s, e)| &gap[s..e]).collect();
        assert_eq!(got, [&b"-- one"[..], b"/* a /* b */ c */", b"-- two", b"/* open"]);
        let engine = Engine::new(&[], false).unwrap();
        let faker = Faker::new(b"k");
        assert!(scrub_comment(&engine, &faker, b"-- nothing here").is_none());
        // A block comment replaced whole keeps its lines.
        let c = b"/* ssh token: PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none */";
        if let Some(n) = scrub_comment(&engine, &faker, c) {
            assert_eq!(crate::sql::lex::newlines(&n), 1, "{}", String::from_utf8_lossy(&n));
            assert_eq!(crate::sql::lex::end_of_block_comment(&n, 0), Some(n.len()));
        }
    }

    /// An array column's elements are faked one by one inside the literal.
    #[test]
    fn array_elements_are_faked_inside_the_literal() {
        let up = |e: &[u8]| e.to_ascii_uppercase();
        assert_eq!(
            fake_array(br#"{a,"b c",NULL,"d\"e"}"#, up),
            br#"{"A","B C",NULL,"D\"E"}"#
        );
        assert_eq!(fake_array(b"{}", up), b"{}");
        assert_eq!(fake_array(b"{{a},{b}}", up), b"{}");
        assert_eq!(fake_array(b"[1:2]={a,b}", up), b"{}");
        assert_eq!(fake_array(br#"{"open}"#, up), b"{}");
    }

    /// A column faked as `kind`, of text with no other constraint.
    fn fake_act(name: &str, kind: super::super::fake::FakeKind) -> ColAct {
        ColAct {
            action: Action::Fake,
            kind: Some(kind),
            col: ColPlan {
                name: name.into(),
                ..ColPlan::free_text()
            },
            max_chars: None,
            not_null: false,
            array: false,
            setting_name: None,
            checks: Vec::new(),
        }
    }

    /// A faked column's value that is wholly a hash or a secret gets the column's fake (a
    /// password hash is locked), not `REDACTED`; one with a secret inside keeps its text.
    #[test]
    fn a_value_that_is_wholly_a_secret_gets_the_columns_fake() {
        let engine = Engine::new(&[], false).unwrap();
        let faker = Faker::new(b"k");
        let hash = fake_act("password_hash", super::super::fake::FakeKind::PasswordHash);
        let bcrypt = b"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
        assert!(matches!(apply(&faker, &engine, &hash, bcrypt, Around::default()), New::Value(v) if v == b"!"));
        let note = fake_act("note", super::super::fake::FakeKind::PersonName);
        let v = b"token sk_live_9fKx2LmQ7rTz4WcVb8NpY3hJ for Jane";
        let New::Value(out) = apply(&faker, &engine, &note, v, Around::default()) else {
            panic!("a secret inside is replaced")
        };
        assert!(out.starts_with(b"token ") && !out.windows(7).any(|w| w == b"sk_live"));
    }

    /// Remembered values (a column of repeats) and ones past the trial (a column of unique
    /// values) are rewritten as `apply` rewrites them one by one, and all are counted.
    #[test]
    fn remembered_values_are_rewritten_as_fresh_ones() {
        let engine = Engine::new(&[], false).unwrap();
        let faker = Faker::new(b"k");
        let act = |name: &str, kind| Some(fake_act(name, kind));
        use super::super::fake::FakeKind as K;
        let acts = vec![None, act("first_name", K::FirstName), act("email", K::Email)];
        let mut data = Vec::new();
        let rows = 3 * Memo::TRIAL as usize;
        for i in 0..rows {
            let name = ["Anna", "Jos\\\\é", "Bob"][i % 3];
            data.extend_from_slice(format!("{i}\t{name}\tuser{i}@corp-mail.com\n").as_bytes());
        }
        data.extend_from_slice(b"x\t\\N\t\\N\n");
        let piece = rewrite_rows(&faker, &engine, &data, b'\t', &acts, &[0, 1, 2]);
        let text = piece.text.expect("changed");
        let mut n = 0;
        for (old, new) in data.split(|&b| b == b'\n').zip(text.split(|&b| b == b'\n')) {
            let (old, new): (Vec<&[u8]>, Vec<&[u8]>) = (
                old.split(|&b| b == b'\t').collect(),
                new.split(|&b| b == b'\t').collect(),
            );
            if old.len() < 3 {
                continue;
            }
            assert_eq!(old[0], new[0]);
            for c in 1..3 {
                // NULL stays NULL.
                let want = if old[c] == b"\\N" {
                    None
                } else {
                    copy_text(apply(
                        &faker,
                        &engine,
                        acts[c].as_ref().unwrap(),
                        &rows::decode_copy_field(old[c]),
                        Around::default(),
                    ))
                };
                let want = want.as_deref().unwrap_or(old[c]);
                assert_eq!(new[c], want, "row {n} column {c}");
            }
            n += 1;
        }
        assert_eq!(n, rows + 1);
        assert_eq!(piece.counts, vec![(1, rows as u64), (2, rows as u64)]);
    }
}
