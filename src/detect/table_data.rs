//! Table data: the per-table plan (what each column can hold, from its name and type), and the
//! hot path that scans COPY chunks and INSERT rows for secrets and personal data.
//!
//! COPY data is scanned as raw bytes: the keyword automaton runs once over a whole chunk, and
//! only fields that contain a keyword are decoded and matched against rule patterns. The PII
//! pass decodes only the columns that can hold personal data and looks at each value's bytes
//! once before any validator runs.

use super::engine::{self, Engine};
use super::pii::{self, Kind};
use super::values;
use super::Options;
use crate::findings::{redact, Folder, Object, Place, Raw};
use crate::rules::{Category, Severity};
use crate::sql::pass::InsertRow;
use crate::sql::rows::{self, Field};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct ColPlan {
    pub name: String,
    /// What the name says the column holds: every value is checked against it.
    pub ctx: Option<Kind>,
    /// What the name hints at (`name`, `nombre`, `lat`): the values must show it.
    pub hint: Option<Kind>,
    pub text: bool,
    pub bytea: bool,
    /// Classified by a sample of its values (a text or date column the name does not settle).
    pub probe: bool,
    /// The name says its values are secrets (`runners_token`, `api_key`): each is judged with
    /// the name (`detect::named`), as a settings row's value is with its row's name.
    pub secret: bool,
    /// The identifier with check digits the name says (`cpf`, `nr_pesel`): a value failing
    /// them is made up.
    pub id_kind: Option<&'static super::national_ids::IdKind>,
    /// A password column whose name does not say it holds hashes: a value that is no hash is
    /// the password itself.
    pub password_itself: bool,
}

impl ColPlan {
    /// Looked at in every row: the name says what it holds, or it is text (free text can
    /// hold anything). A date or number column is looked at only in the sample.
    fn pii(&self) -> bool {
        self.ctx.is_some() || self.text
    }

    /// Looked at in row `row`.
    fn look(&self, row: u64) -> bool {
        self.pii() || self.bytea || self.secret || (self.probe && sampled(row))
    }

    /// A column of unknown meaning and text type: only exact structures in free text count.
    pub fn free_text() -> ColPlan {
        ColPlan {
            name: String::new(),
            ctx: None,
            hint: None,
            text: true,
            bytea: false,
            probe: false,
            secret: false,
            id_kind: None,
            password_itself: false,
        }
    }
}

/// How many rows of a table its columns are classified by.
pub const SAMPLE_ROWS: u64 = 2048;

/// Is row `row` (from 1) in the sample a column is classified by? The first rows of each
/// table, the same whether the data is COPY or INSERT, cut into chunks or not. (A stride over
/// the whole table was measured: it made every date and number column of every row a field to
/// hand on, a quarter more scan time on the 1 GiB benchmark, for no better verdicts.)
#[inline]
pub fn sampled(row: u64) -> bool {
    row <= SAMPLE_ROWS
}

#[derive(Debug)]
pub struct TablePlan {
    pub id: usize,
    pub qualified: String,
    pub database: Option<String>,
    pub cols: Vec<ColPlan>,
    /// Any column worth a value-by-value look (PII or bytea).
    pub relevant: bool,
    /// A settings table's (name, value) columns: each value is judged with its row's name
    /// (`detect::named`).
    pub settings: Option<(usize, usize)>,
}

impl TablePlan {
    pub fn new(id: usize, t: &crate::sql::catalog::Table) -> TablePlan {
        let thing = super::columns::table_is_thing(&t.name);
        let cols: Vec<ColPlan> = t
            .columns
            .iter()
            .map(|c| {
                let ty = c.type_name.as_deref();
                let mut ctx = pii::context_of(&c.name);
                let mut hint = None;
                if ctx.is_none() {
                    match super::columns::hint(&c.name) {
                        // `이름` or `navn` alone in a table of categories or stores names those
                        // (`contact_name` there is still a person's).
                        Some(h) if h.strong && h.kind == Kind::PersonName && thing && !c.name.contains('_') => {
                            hint = Some(h.kind)
                        }
                        Some(h) if h.strong => ctx = Some(h.kind),
                        Some(h) => hint = Some(h.kind),
                        None => {}
                    }
                }
                // A bare `hash` is a password's only in a table of accounts.
                if ctx == Some(Kind::PasswordHash)
                    && matches!(c.name.to_lowercase().as_str(), "hash" | "digest")
                    && !super::columns::table_holds_logins(&t.name)
                {
                    ctx = None;
                }
                // The type is surer than the name: an `inet` column holds IPs whatever it is called.
                if matches!(ty, Some("inet") | Some("cidr")) {
                    ctx = Some(Kind::IpAddress);
                    hint = None;
                }
                let text = pii::is_text_type(ty);
                let structured = matches!(ty, Some("json" | "jsonb" | "xml"));
                let numeric = ty.is_some_and(|t| t.starts_with("numeric") || t == "double precision" || t == "real");
                // Columns with a settling name are sampled too: their values may say otherwise
                // (a MAC in `hw_addr`), which only counts when the name's kind found nothing.
                let probe = (text && !structured) || ty == Some("date") || numeric;
                let secret = (text || ty == Some("uuid"))
                    && (super::named::column_names_a_secret(&c.name)
                        || super::named::holds_session_ids(&t.name, &c.name, text));
                ColPlan {
                    name: c.name.clone(),
                    ctx,
                    hint,
                    text,
                    bytea: ty == Some("bytea"),
                    probe,
                    secret,
                    id_kind: super::national_ids::named_by(&c.name),
                    password_itself: names_the_password_itself(&c.name),
                }
            })
            .collect();
        let relevant = cols.iter().any(|c| c.pii() || c.bytea || c.secret);
        let settings = super::named::settings_columns(cols.iter().map(|c| (c.name.as_str(), c.text)));
        TablePlan {
            id,
            qualified: t.qualified(),
            database: t.database.clone(),
            cols,
            relevant,
            settings,
        }
    }
}

/// PII counts per table + column + kind.
#[derive(Debug, Clone)]
pub struct PiiAcc {
    pub count: u64,
    pub synthetic: u64,
    pub first_row: u64,
    pub first_line: u64,
    pub first_offset: u64,
    pub sample: String,
}

/// (plan id, column index, kind)
pub type PiiKey = (usize, usize, Kind);

/// PII counts; a fast hasher, as a key is looked up for every value found.
pub type PiiMap = HashMap<PiiKey, PiiAcc, rustc_hash::FxBuildHasher>;

/// A column's sample (see [`sampled`]): how many values were looked at, and the years of
/// those that were dates, in 5-year bins from 1870 (birth dates spread over decades, order
/// dates do not).
#[derive(Debug, Clone, Default)]
pub struct Looked {
    pub values: u64,
    pub years: [u32; 32],
    /// Hashes of the first distinct values (up to [`Looked::DISTINCT`]): logins and postcodes
    /// vary from row to row, a `theme` or `status` column does not.
    pub distinct: Vec<u64>,
    /// Values in ASCII (where the name lists cover names well enough to contradict a column).
    pub ascii: u64,
    /// In a column named for names: values with a word that is a known given name or surname.
    pub name_words: u64,
}

impl Looked {
    pub const DISTINCT: usize = 64;

    fn add_distinct(&mut self, h: u64) {
        if self.distinct.len() < Self::DISTINCT && !self.distinct.contains(&h) {
            self.distinct.push(h);
        }
    }

    /// Do the sampled values vary as identifiers do (most of the first 64 distinct)?
    pub fn varied(&self) -> bool {
        let seen = self.values.min(Self::DISTINCT as u64) as usize;
        self.distinct.len() * 4 >= seen * 3
    }
}

/// What scanning some data produced.
#[derive(Default)]
pub struct Partial {
    pub found: Folder,
    /// Values that are person data by the column's name or anywhere in free text: every row
    /// (read it with [`Partial::take_pii`], which adds [`Partial::recent`] first).
    pii: PiiMap,
    /// The few keys a chunk records most, looked up by a short linear search before the map:
    /// a table's person-data columns are a handful, and their values are counted millions of
    /// times (the map's hash and probe were 6% of a scan of a table of users).
    recent: Vec<(PiiKey, PiiAcc)>,
    /// What the sampled values of columns without a settling name are, one kind per value.
    pub sampled: PiiMap,
    pub looked: rustc_hash::FxHashMap<(usize, usize), Looked>,
}

impl Partial {
    pub fn merge(&mut self, mut other: Partial) {
        self.settle();
        other.settle();
        self.found.merge(other.found);
        merge_pii(&mut self.pii, other.pii);
        merge_pii(&mut self.sampled, other.sampled);
        for (k, v) in other.looked {
            let l = self.looked.entry(k).or_default();
            l.values += v.values;
            for (a, b) in l.years.iter_mut().zip(v.years) {
                *a += b;
            }
            for h in v.distinct {
                l.add_distinct(h);
            }
            l.ascii += v.ascii;
            l.name_words += v.name_words;
        }
    }

    fn record(&mut self, key: PiiKey, synthetic: bool, sample: &[u8], row: u64, line: u64, offset: u64) {
        let a = match self.recent.iter().position(|(k, _)| *k == key) {
            Some(i) => &mut self.recent[i].1,
            None if self.recent.len() < RECENT => {
                self.recent.push((key, new_acc(key, sample, row, line, offset)));
                &mut self.recent.last_mut().expect("just pushed").1
            }
            None => return record(&mut self.pii, key, synthetic, sample, row, line, offset),
        };
        a.count += 1;
        a.synthetic += synthetic as u64;
    }

    /// Moves the recent keys' counts into the map.
    fn settle(&mut self) {
        merge_pii(&mut self.pii, self.recent.drain(..));
    }

    /// Every key's counts, recent ones included.
    pub fn take_pii(&mut self) -> PiiMap {
        self.settle();
        std::mem::take(&mut self.pii)
    }

    /// One sampled value of a column classified by its values.
    fn probe(&mut self, (pid, ci): (usize, usize), cp: &ColPlan, v: &[u8], at: (u64, u64, u64)) {
        let hint = cp.hint;
        let v = pii::trim(v);
        if v.is_empty() {
            return;
        }
        let l = self.looked.entry((pid, ci)).or_default();
        l.values += 1;
        l.ascii += v.is_ascii() as u64;
        if cp.ctx == Some(Kind::PersonName) {
            l.name_words += std::str::from_utf8(v).is_ok_and(super::names::has_known_name) as u64;
        }
        if l.distinct.len() < Looked::DISTINCT {
            use std::hash::BuildHasher;
            l.add_distinct(rustc_hash::FxBuildHasher.hash_one(v));
        }
        if let Some((k, year)) = values::classify(hint, v) {
            if k == Kind::DateOfBirth {
                l.years[(year.saturating_sub(1870) / 5).min(31) as usize] += 1;
            }
            record(&mut self.sampled, (pid, ci, k), false, v, at.0, at.1, at.2);
        }
    }
}

fn merge_pii(into: &mut PiiMap, from: impl IntoIterator<Item = (PiiKey, PiiAcc)>) {
    for (k, v) in from {
        match into.get_mut(&k) {
            Some(a) => {
                a.count += v.count;
                a.synthetic += v.synthetic;
                if v.first_row < a.first_row {
                    a.first_row = v.first_row;
                    a.first_line = v.first_line;
                    a.first_offset = v.first_offset;
                    a.sample = v.sample;
                }
            }
            None => {
                into.insert(k, v);
            }
        }
    }
}

/// Keys a [`Partial`] keeps in its linear `recent` list before its map.
const RECENT: usize = 16;

fn record(map: &mut PiiMap, key: PiiKey, synthetic: bool, sample: &[u8], row: u64, line: u64, offset: u64) {
    let a = map
        .entry(key)
        .or_insert_with(|| new_acc(key, sample, row, line, offset));
    a.count += 1;
    a.synthetic += synthetic as u64;
}

/// A key's counts as its first value starts them (nothing counted yet).
fn new_acc(key: PiiKey, sample: &[u8], row: u64, line: u64, offset: u64) -> PiiAcc {
    PiiAcc {
        count: 0,
        synthetic: 0,
        first_row: row,
        first_line: line,
        first_offset: offset,
        sample: redact_pii(key.2, sample),
    }
}

/// A line-aligned piece of one COPY block.
pub struct Chunk<'a> {
    pub plan: Arc<TablePlan>,
    pub data: &'a [u8],
    pub offset: usize,
    pub line: u64,
    /// Row number (1-based) of the chunk's first line.
    pub row: u64,
    pub delim: u8,
    pub cols: Arc<Vec<usize>>,
}

/// (row number, line, the row's text, range in `fields`, range in `cols`)
type BatchRow<'a> = (u64, u64, &'a [u8], (usize, usize), (usize, usize));

/// INSERT rows of one table, gathered so a worker scans them while the pass goes on. Fields
/// and column maps are kept flat (one allocation per batch, not per row).
pub struct RowBatch<'a> {
    pub plan: Arc<TablePlan>,
    table: usize,
    rows: Vec<BatchRow<'a>>,
    fields: Vec<Field<'a>>,
    cols: Vec<usize>,
    pub bytes: usize,
}

impl<'a> RowBatch<'a> {
    pub fn new(plan: Arc<TablePlan>) -> Self {
        RowBatch {
            plan,
            table: 0,
            rows: Vec::new(),
            fields: Vec::new(),
            cols: Vec::new(),
            bytes: 0,
        }
    }

    /// One row (of the batch's table).
    pub fn push(&mut self, r: &InsertRow<'_, 'a>) {
        let (cols, fields) = (r.cols, r.fields);
        self.table = r.table;
        // Rows of one statement share their column map.
        let c = match self.rows.last() {
            Some(&(.., (a, b))) if self.cols[a..b] == *cols => (a, b),
            _ => {
                self.cols.extend_from_slice(cols);
                (self.cols.len() - cols.len(), self.cols.len())
            }
        };
        let f = (self.fields.len(), self.fields.len() + fields.len());
        self.fields.extend_from_slice(fields);
        self.bytes += fields.iter().map(|f| f.raw.len()).sum::<usize>();
        self.rows.push((r.row, r.line, r.text, f, c));
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// A piece of table data for a worker.
pub enum Work<'a> {
    Copy(Chunk<'a>),
    Rows(RowBatch<'a>),
}

impl Work<'_> {
    /// Offset of the first byte it reads.
    pub fn start(&self) -> usize {
        match self {
            Work::Copy(c) => c.offset,
            // Rows are pushed in the order they come: the first field is the first byte.
            Work::Rows(b) => b.fields.first().map_or(0, |f| f.offset),
        }
    }
}

/// Scans table data with an engine and options.
#[derive(Clone, Copy)]
pub struct Scanner<'e> {
    pub engine: &'e Engine,
    pub opts: &'e Options,
}

/// Reused buffers, so the per-field work allocates nothing in the common case.
#[derive(Default)]
struct Scratch {
    hits: Vec<engine::Hit>,
    kinds: Vec<(Kind, bool, usize, usize)>,
    /// Keyword occurrences within an INSERT row's field being scanned (a COPY chunk keeps its
    /// own beside the scratch: no take and put back for each field).
    found: Vec<(usize, u16)>,
    /// Keyword occurrences in an INSERT row's text.
    row_kw: Vec<(usize, u16)>,
    /// Fold key of the last per-column fold: (rule, column) -> key, computed once.
    column_key: Option<(usize, usize, crate::findings::FoldKey)>,
    /// The settings row being read.
    setting: Setting,
    /// A bytea value's bytes, decoded.
    bin: Vec<u8>,
}

/// A settings row's name and value as they arrive (either may come first).
struct Setting {
    row: u64,
    /// Nothing more to do for this row: its name says no secret, or its value was reported.
    done: bool,
    name: Option<Vec<u8>>,
    /// (value, line, offset)
    value: Option<(Vec<u8>, u64, u64)>,
}

impl Default for Setting {
    fn default() -> Self {
        Setting {
            row: u64::MAX,
            done: false,
            name: None,
            value: None,
        }
    }
}

/// A text's keyword occurrences (offsets from `base`, ascending), the cursor into them, `base`,
/// and the list of those wholly inside the field at hand.
type Keywords<'k> = (&'k [(usize, u16)], &'k mut usize, usize, &'k mut Vec<(usize, u16)>);

/// One field being judged: its column (an index into the table's plan), the field, and its
/// row and line.
#[derive(Clone, Copy)]
struct Cell<'f, 'a> {
    ci: usize,
    f: &'f Field<'a>,
    row: u64,
    line: u64,
}

impl Scanner<'_> {
    /// One value: secrets when a keyword was seen in it (`kw`; `found`, the keywords wholly
    /// inside it), and PII by its column plan.
    fn field(
        &self,
        part: &mut Partial,
        s: &mut Scratch,
        plan: &TablePlan,
        Cell { ci, f, row, line }: Cell,
        (kw, found): (bool, &[(usize, u16)]),
    ) {
        let cp = &plan.cols[ci];
        // A bytea value is read as the bytes it holds: a stored file (a .env, a PEM key, a
        // config) is text there, and its hex shows no keyword.
        let hexkey =
            cp.bytea && !f.is_null && engine::bytea_field_into(f.raw, &mut s.bin) && self.engine.any_keyword(&s.bin);
        // An escape pg_dump never writes (`\x41`, `\101` in COPY text, an E'' literal's): the
        // keyword search over the raw text says nothing about the value, which is searched.
        let hand = !kw && !cp.bytea && hand_escaped(f);
        if !(kw || hexkey || hand || cp.look(row)) {
            return;
        }
        if cp.probe && sampled(row) {
            if let Some(v) = f.value() {
                part.probe((plan.id, ci), cp, &v, (row, line, f.offset as u64));
            }
        }
        if !(kw || hexkey || hand || cp.ctx.is_some() || cp.secret || pii::worth_a_look(f.raw)) {
            return;
        }
        let Some(v) = f.value() else { return };
        let kw = kw || (hand && self.engine.any_keyword(&v));
        if kw || hexkey {
            s.hits.clear();
            // The chunk's keyword search holds for the value when it needed no decoding.
            if std::ptr::eq(v.as_ptr(), f.raw.as_ptr()) && v.len() == f.raw.len() {
                self.engine.scan_found(&v, found, &mut s.hits)
            } else {
                self.engine.scan(&v, &mut s.hits)
            }
            if hexkey {
                self.engine.scan(&s.bin, &mut s.hits);
            }
            for h in &s.hits {
                // The common repeat (a hash column, a value seen before) is only counted.
                let rule = &self.engine.rules[h.rule];
                if h.conn.is_none() {
                    let folded = crate::findings::folds_by_column(&rule.id, rule.category, Some(&cp.name));
                    let key = match s.column_key {
                        Some((r, c, k)) if folded && r == h.rule && c == ci => k,
                        _ => {
                            let value: &[u8] = if folded { b"" } else { &h.value };
                            let k = crate::findings::fold_key(
                                &rule.id,
                                "table-data",
                                &plan.qualified,
                                Some(&cp.name),
                                value,
                                plan.database.as_deref(),
                            );
                            if folded {
                                s.column_key = Some((h.rule, ci, k));
                            }
                            k
                        }
                    };
                    if part.found.bump(key, line, f.offset as u64, Some(row)) {
                        continue;
                    }
                }
                let obj = Object {
                    kind: "table-data".into(),
                    name: plan.qualified.clone(),
                };
                for r in super::hit_findings(
                    self.engine,
                    self.opts,
                    h,
                    Place {
                        object: obj,
                        column: Some(cp.name.clone()),
                        row: Some(row),
                        line,
                        offset: f.offset as u64,
                        database: plan.database.clone(),
                    },
                ) {
                    part.found.add(r);
                }
            }
        }
        if cp.secret && !self.engine.reports_non_pii(&s.hits) {
            self.named_column(part, plan, ci, &v, (row, line, f.offset as u64));
        }
        if cp.pii() {
            // A value that is wholly a secret or a hash (a bcrypt column) holds no free-text
            // personal data besides.
            let t = pii::trim(&v);
            let ts = t.as_ptr() as usize - v.as_ptr() as usize;
            let secret = kw && !hexkey && s.hits.iter().any(|h| h.start <= ts && h.end >= ts + t.len());
            s.kinds.clear();
            pii_value(cp, &v, !secret, &mut s.kinds);
            for &(k, syn, a, b) in &s.kinds {
                part.record((plan.id, ci, k), syn, &pii::trim(&v)[a..b], row, line, f.offset as u64);
            }
        }
    }

    /// Scans one COPY chunk, in runs of whole lines small enough to stay in the core's L2
    /// cache from the keyword search to the field walk (a chunk is megabytes, which the walk
    /// read again from memory: a few percent of the scan's CPU).
    pub fn chunk(&self, c: &Chunk) -> Partial {
        const SUB: usize = 128 << 10;
        let mut part = Partial::default();
        let mut s = Scratch::default();
        let plan = &*c.plan;
        let all = self.engine.scans_everything();
        let look: Vec<bool> = c
            .cols
            .iter()
            .map(|&ci| plan.cols.get(ci).is_some_and(|cp| cp.look(c.row)))
            .collect();
        let relevant = look.iter().any(|&l| l);
        let cols = look
            .iter()
            .take(64)
            .enumerate()
            .fold(0, |m, (i, &l)| m | (l as u64) << i);
        let (mut kw, mut starts, mut found) = (Vec::new(), Vec::new(), Vec::new());
        let (mut a, mut lines) = (0usize, 0u64);
        while a < c.data.len() {
            // Lines never share a keyword (a COPY value's newline is written `\n`).
            let b = match (a + SUB < c.data.len()).then(|| memchr::memchr(b'\n', &c.data[a + SUB..])) {
                Some(Some(i)) => a + SUB + i + 1,
                _ => c.data.len(),
            };
            let data = &c.data[a..b];
            kw.clear();
            self.engine.keywords.find_all(data, &mut kw);
            if !relevant && kw.is_empty() && !all {
                lines += rows::count_copy_rows(data);
                a = b;
                continue;
            }
            let base = c.offset + a;
            // The walk hands on only the fields of the look columns and the fields a keyword
            // starts in; most fields (ids, numbers, timestamps) cost no call.
            starts.clear();
            starts.extend(kw.iter().map(|h| h.0));
            let pick = if all {
                rows::Pick::ALL
            } else {
                rows::Pick { cols, marks: &starts }
            };
            // Keyword positions and fields both ascend: one cursor pairs them.
            let mut q = 0usize;
            lines += rows::for_each_picked_field(data, base, c.delim, pick, |li, fi, f: Field| {
                let (row, line) = (c.row + lines + li as u64, c.line + lines + li as u64);
                // A field past the column list is no column's.
                let Some(&ci) = c.cols.get(fi) else {
                    return self.stray(&mut part, &mut s, plan, &f, (row, line));
                };
                let cell = Cell { ci, f: &f, row, line };
                let look = look.get(fi) == Some(&true);
                self.keyed_field(&mut part, &mut s, plan, (&kw, &mut q, base, &mut found), look, cell);
            }) as u64;
            a = b;
        }
        part
    }

    /// A field past the table's columns: the server rejects its row, but its text is in the
    /// dump, so the pattern rules still read it (reported with no column).
    fn stray(&self, part: &mut Partial, s: &mut Scratch, plan: &TablePlan, f: &Field, (row, line): (u64, u64)) {
        let Some(v) = f.value() else { return };
        if !self.engine.any_keyword(&v) {
            return;
        }
        s.hits.clear();
        self.engine.scan(&v, &mut s.hits);
        for h in &s.hits {
            let place = Place {
                object: Object {
                    kind: "table-data".into(),
                    name: plan.qualified.clone(),
                },
                column: None,
                row: Some(row),
                line,
                offset: f.offset as u64,
                database: plan.database.clone(),
            };
            for r in super::hit_findings(self.engine, self.opts, h, place) {
                part.found.add(r);
            }
        }
    }

    /// One field of a text whose keyword occurrences `kw` (offsets from `base`, ascending)
    /// were found by one search over it; `q` is the cursor into them (fields come in order).
    /// `look`: the column can hold personal data or a key.
    #[inline]
    fn keyed_field(
        &self,
        part: &mut Partial,
        s: &mut Scratch,
        plan: &TablePlan,
        (kw, q, base, found): Keywords,
        look: bool,
        cell: Cell,
    ) {
        let Cell { ci, f, row, line } = cell;
        let all = self.engine.scans_everything();
        let (fs, fe) = (f.offset - base, f.offset - base + f.raw.len());
        while *q < kw.len() && kw[*q].0 < fs {
            *q += 1;
        }
        let kw_here = *q < kw.len() && kw[*q].0 < fe;
        // Without a keyword, only columns that can hold personal data or a key need a look.
        if f.is_null || !(kw_here || all || look) {
            return;
        }
        if ci >= plan.cols.len() {
            return;
        }
        s.hits.clear();
        // A keyword in this field, whose rules could match here.
        let mut kw_field = all;
        let mut k = *q;
        while !kw_field && k < kw.len() && kw[k].0 < fe {
            kw_field = self
                .engine
                .keyword_needs(kw[k].1)
                .is_none_or(|need| memchr::memchr(need, f.raw).is_some());
            k += 1;
        }
        found.clear();
        if kw_field {
            // Those wholly inside the field, as offsets into it.
            for &(at, id) in kw[*q..].iter().take_while(|h| h.0 < fe) {
                if at + self.engine.keyword_len(id) <= fe {
                    found.push((at - fs, id));
                }
            }
        }
        self.field(part, s, plan, cell, (kw_field, found));
        if let Some((n, v)) = plan.settings {
            if ci == n || ci == v {
                self.setting(part, s, plan, ci == n, f, (row, line));
            }
        }
    }

    /// One field of a settings row (`name_side`: the name column, else the value column):
    /// once both have come, a value that no rule reported is judged with its row's name.
    fn setting(
        &self,
        part: &mut Partial,
        s: &mut Scratch,
        plan: &TablePlan,
        name_side: bool,
        f: &Field,
        (row, line): (u64, u64),
    ) {
        let st = &mut s.setting;
        if st.row != row {
            *st = Setting {
                row,
                ..Setting::default()
            };
        }
        if st.done {
            return;
        }
        let Some(v) = f.value() else {
            st.done = true;
            return;
        };
        if name_side {
            if !super::named::names_a_secret(&v) {
                st.done = true;
                return;
            }
            st.name = Some(v.to_vec());
        } else if self.engine.reports_non_pii(&s.hits) {
            // A rule reported the value already.
            st.done = true;
            return;
        } else {
            st.value = Some((v.to_vec(), line, f.offset as u64));
        }
        let (Some(name), Some((value, line, offset))) = (&st.name, &st.value) else {
            return;
        };
        st.done = true;
        let Some(why) = super::named::judge(name, value, 30) else {
            return;
        };
        let (name_col, value_col) = plan
            .settings
            .map(|(n, v)| (&plan.cols[n].name, &plan.cols[v].name))
            .expect("a settings table");
        let key = crate::findings::fold_key(
            crate::rules::rule_id!("secret-in-settings-row").as_str(),
            "table-data",
            &plan.qualified,
            Some(value_col),
            value,
            plan.database.as_deref(),
        );
        if part.found.bump(key, *line, *offset, Some(row)) {
            return;
        }
        let shown: String = String::from_utf8_lossy(name).chars().take(60).collect();
        let (severity, what) = why.verdict();
        part.found.add(Raw {
            rule: crate::rules::rule_id!("secret-in-settings-row").into(),
            category: Category::Secret,
            severity,
            message: format!("{what} in {}.{value_col}, where {name_col} = '{shown}'", plan.qualified),
            line: *line,
            offset: *offset,
            object: Object {
                kind: "table-data".into(),
                name: plan.qualified.clone(),
            },
            column: Some(value_col.clone()),
            row: Some(row),
            redacted: redact(value),
            value: value.clone(),
            database: plan.database.clone(),
        });
    }

    /// A value of a column whose name says it holds secrets, that no rule reported: judged
    /// with the name. One finding per column, counting its values.
    fn named_column(
        &self,
        part: &mut Partial,
        plan: &TablePlan,
        ci: usize,
        v: &[u8],
        (row, line, offset): (u64, u64, u64),
    ) {
        let col = &plan.cols[ci].name;
        let Some(why) = super::named::judge(col.as_bytes(), v, 30) else {
            return;
        };
        let rule = crate::rules::rule_id!("secret-in-named-column");
        let key = crate::findings::fold_key(
            rule.as_str(),
            "table-data",
            &plan.qualified,
            Some(col),
            b"",
            plan.database.as_deref(),
        );
        if part.found.bump(key, line, offset, Some(row)) {
            return;
        }
        let (severity, what) = match why {
            // OpenSSL's or CryptoJS's `Salted__` ciphertext: the key to it is elsewhere.
            super::named::Named::Generic if v.starts_with(b"U2FsdGVkX1") => {
                (Severity::Medium, "an encrypted credential".to_string())
            }
            _ => why.verdict(),
        };
        part.found.add(Raw {
            rule: rule.into(),
            category: Category::Secret,
            severity,
            message: format!(
                "{what} in {}.{col}, a column whose name says it holds secrets",
                plan.qualified
            ),
            line,
            offset,
            object: Object {
                kind: "table-data".into(),
                name: plan.qualified.clone(),
            },
            column: Some(col.clone()),
            row: Some(row),
            redacted: redact(v),
            value: v.to_vec(),
            database: plan.database.clone(),
        });
    }

    pub fn work(&self, w: &Work) -> Partial {
        match w {
            Work::Copy(c) => self.chunk(c),
            Work::Rows(b) => {
                let mut part = Partial::default();
                let mut s = Scratch::default();
                for &(row, line, text, (fa, fb), (ca, cb)) in &b.rows {
                    let r = InsertRow {
                        table: b.table,
                        cols: &b.cols[ca..cb],
                        row,
                        line,
                        text,
                        fields: &b.fields[fa..fb],
                    };
                    self.row_with(&mut part, &mut s, &b.plan, &r);
                }
                part
            }
        }
    }

    /// Scans one INSERT row.
    pub fn row(&self, part: &mut Partial, plan: &TablePlan, r: &InsertRow) {
        self.row_with(part, &mut Scratch::default(), plan, r)
    }

    fn row_with(&self, part: &mut Partial, s: &mut Scratch, plan: &TablePlan, r: &InsertRow) {
        let Some(first) = r.fields.first() else { return };
        // As for a COPY chunk: one keyword search over the row's text.
        let mut kw = std::mem::take(&mut s.row_kw);
        let mut found = std::mem::take(&mut s.found);
        kw.clear();
        self.engine.keywords.find_all(r.text, &mut kw);
        let sample = r.row <= SAMPLE_ROWS && plan.cols.iter().any(|c| c.probe);
        if plan.relevant || sample || !kw.is_empty() || self.engine.scans_everything() {
            let mut q = 0usize;
            for (fi, f) in r.fields.iter().enumerate() {
                // A field past the column list is no column's.
                let Some(&ci) = r.cols.get(fi) else {
                    self.stray(part, s, plan, f, (r.row, r.line));
                    continue;
                };
                let look = plan.cols.get(ci).is_some_and(|cp| cp.look(r.row));
                let cell = Cell {
                    ci,
                    f,
                    row: r.row,
                    line: r.line,
                };
                self.keyed_field(part, s, plan, (&kw, &mut q, first.offset, &mut found), look, cell);
            }
        }
        s.row_kw = kw;
        s.found = found;
    }
}

/// Does the field use an escape that pg_dump never writes, which can spell any byte (`\x41`,
/// `\101` in COPY text; any backslash in an E'' literal)?
fn hand_escaped(f: &Field) -> bool {
    match f.escaping {
        rows::Escaping::CopyText => {
            let r = f.raw;
            let mut i = 0;
            while let Some(p) = memchr::memchr(b'\\', &r[i..]) {
                match r.get(i + p + 1) {
                    Some(b'x' | b'0'..=b'7') => return true,
                    // `\\` is a backslash (bytea's `\\x...` among them): no escape follows.
                    _ => i += p + 2,
                }
                if i >= r.len() {
                    break;
                }
            }
            false
        }
        rows::Escaping::SqlEString => f.raw.contains(&b'\\'),
        _ => false,
    }
}

/// One value's PII verdicts: (kind, synthetic, start, end) within the trimmed value; by the
/// column's context, then (`free_text`) by exact structures anywhere in a text value.
pub fn pii_value(c: &ColPlan, v: &[u8], free_text: bool, out: &mut Vec<(Kind, bool, usize, usize)>) {
    let v = pii::trim(v);
    if v.is_empty() {
        return;
    }
    let whole = (0, v.len());
    if let Some(k) = c.ctx {
        let hit = match k {
            Kind::Email => pii::find_email(v).map(|(s, e)| (Kind::Email, pii::is_synthetic_email(&v[s..e]), (s, e))),
            Kind::Phone => pii::is_phone(v).then_some((Kind::Phone, false, whole)),
            Kind::CreditCard => pii::is_card_in_card_column(v).then_some((Kind::CreditCard, false, whole)),
            Kind::UsSsn => pii::is_us_ssn(v, false).then_some((Kind::UsSsn, false, whole)),
            Kind::NationalId => {
                if pii::is_us_ssn(v, false) {
                    Some((Kind::UsSsn, false, whole))
                } else {
                    // Under a name that says which identifier, one failing its check digits
                    // is made up (test data's random digits), as an example.com address is.
                    pii::is_national_id(v).then(|| {
                        let made_up = c
                            .id_kind
                            .is_some_and(|k| super::national_ids::compact(v).is_none_or(|cv| !k.is_valid(&cv)));
                        (Kind::NationalId, made_up, whole)
                    })
                }
            }
            Kind::Iban => pii::is_iban(v).then_some((Kind::Iban, false, whole)),
            // A column named for IPs reports its v4 and v6 addresses as one finding; pii-ipv6
            // is for addresses found by value under other names.
            Kind::IpAddress | Kind::Ipv6 if v.contains(&b':') => {
                values::is_public_ipv6(v).then_some((Kind::IpAddress, false, whole))
            }
            Kind::IpAddress | Kind::Ipv6 => pii::is_public_ip_text(v).then_some((Kind::IpAddress, false, whole)),
            Kind::DateOfBirth => pii::is_date(v).then_some((Kind::DateOfBirth, false, whole)),
            Kind::PersonName => (c.text && pii::is_name(v)).then_some((Kind::PersonName, false, whole)),
            // A MAC or an IP in an `hw_addr` or `endereco_mac` column is not a street address.
            Kind::StreetAddress => (c.text && pii::is_street_address(v) && !values::is_mac(v) && !v.contains(&b':'))
                .then_some((Kind::StreetAddress, false, whole)),
            Kind::PasswordHash if pii::is_password_digest(v) => Some((Kind::PasswordHash, false, whole)),
            // The password itself, in a column named for passwords rather than their hashes.
            Kind::PasswordHash => (c.text && c.password_itself && pii::is_plaintext_password(v)).then_some((
                Kind::PlaintextPassword,
                false,
                whole,
            )),
            Kind::PlaintextPassword => None,
            Kind::City => (c.text && values::is_city(v)).then_some((k, false, whole)),
            Kind::Postcode => values::is_postcode(v).then_some((k, false, whole)),
            Kind::Geolocation => values::is_coordinate(v).then_some((k, false, whole)),
            Kind::Username => (c.text && values::is_username(v)).then_some((k, false, whole)),
            Kind::MacAddress => values::is_mac(v).then_some((k, false, whole)),
            Kind::Passport | Kind::DriverLicence => values::is_document_number(v).then_some((k, false, whole)),
            Kind::LicencePlate => values::is_licence_plate(v).then_some((k, false, whole)),
        };
        if let Some((k, syn, (s, e))) = hit {
            out.push((k, syn || (c.text && pii::is_generated_label(v)), s, e));
            return;
        }
    }
    if !c.text || !free_text {
        return;
    }
    // Free text: only exact structures, after one cheap look at the bytes.
    let shape = pii::shape(v);
    if shape.at {
        if let Some((s, e)) = pii::find_email(v) {
            out.push((Kind::Email, pii::is_synthetic_email(&v[s..e]), s, e));
        }
    }
    if shape.digits < 8 {
        return;
    }
    if shape.plus {
        if let Some((s, e)) = pii::find_intl_phone(v) {
            out.push((Kind::Phone, false, s, e));
        }
    }
    if shape.dash {
        if let Some((s, e)) = pii::find_ssn(v) {
            out.push((Kind::UsSsn, false, s, e));
        }
    }
    if shape.digits >= 13 {
        if let Some((s, e)) = pii::find_card(v) {
            out.push((Kind::CreditCard, false, s, e));
        }
    }
    if shape.upper_pair {
        if let Some((s, e)) = pii::find_iban(v) {
            out.push((Kind::Iban, false, s, e));
        }
    }
}

/// A password column's name that does not say it holds a hash (`password`, `senha`, not
/// `password_hash`, `encrypted_password`, `hash`).
fn names_the_password_itself(name: &str) -> bool {
    let lower = name.to_lowercase();
    !["hash", "digest", "crypt", "cipher", "enc", "salt", "token"]
        .iter()
        .any(|w| lower.contains(w))
}

fn redact_pii(k: Kind, v: &[u8]) -> String {
    match k {
        Kind::Email => {
            let at = v.iter().position(|&b| b == b'@').unwrap_or(0);
            format!(
                "{}***{}",
                String::from_utf8_lossy(&v[..at.min(1)]),
                String::from_utf8_lossy(&v[at..])
            )
        }
        // A short password shows no character of it.
        Kind::PlaintextPassword => format!("({} characters)", v.len()),
        _ => redact(v),
    }
}
