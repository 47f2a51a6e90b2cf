//! One pass over a plain dump: the splitter's items go to the catalog (DDL, via pg_query) and to
//! the row readers (COPY blocks, INSERT rows); a [`Visitor`] sees everything in file order.

use crate::sql::catalog::{Catalog, Column, Table, TableKind};
use crate::sql::inserts;
use crate::sql::rows::{self, Field};
use crate::sql::split::{self, Item, Kind, SplitError, Splitter};
use pg_query::protobuf::node::Node as N;
use serde::Serialize;
use std::borrow::Cow;

/// What the dump says about itself.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Header {
    /// Version of the pg_dump (or pg_dumpall) that wrote it, from its `-- Dumped by` line.
    pub pg_dump_version: Option<String>,
    /// Version of the server it was dumped from (`-- Dumped from database version`).
    pub server_version: Option<String>,
    /// "pg_dump" or "pg_dumpall"
    pub dumped_by: Option<String>,
    /// The `client_encoding` it sets, as written (the last SET wins).
    pub encoding: Option<String>,
    /// It holds a `\restrict KEY` line, as pg_dump writes since the CVE-2025-8714 fix (17.6,
    /// 16.10, ...).
    pub restrict_key: bool,
    /// SQL statements, INSERTs included.
    pub statements: u64,
    /// psql meta-commands (backslash commands).
    pub meta_commands: u64,
    /// COPY data blocks with a target table (a block handed on in pieces counts once).
    pub copy_blocks: u64,
    /// INSERT statements whose rows were read.
    pub insert_statements: u64,
    /// Statements pg_query does not parse.
    pub unparsed_statements: u64,
    /// Databases it creates or connects to (`CREATE DATABASE`, `\connect`), in order of first
    /// mention.
    pub databases: Vec<String>,
}

/// A problem worth telling the user that does not stop the pass.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// 1-based line it is about.
    pub line: u64,
    /// Byte offset in the dump of what it is about.
    pub byte_offset: usize,
    /// What it is about, for later stages to choose by (not serialised).
    #[serde(skip)]
    pub kind: DiagnosticKind,
    /// The text shown to the user.
    pub message: String,
}

/// What a [`Diagnostic`] is about, so later stages choose by kind, never by message text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// A statement `pg_query` does not parse.
    Unparsed,
    /// A statement that is not valid UTF-8 although the client encoding is UTF8.
    InvalidUtf8Statement,
    /// COPY data that is not valid UTF-8 although the client encoding is UTF8.
    InvalidUtf8Data,
    /// A COPY row with more or fewer fields than its column list.
    CopyFieldCount,
    /// An INSERT row with more or fewer values than its table's columns.
    InsertFieldCount,
    /// COPY data naming columns its table does not have.
    UnknownColumns,
    /// Stands for the diagnostics dropped past the cap.
    Dropped,
}

/// The data of one `COPY ... FROM stdin`.
pub struct CopyBlock<'a> {
    /// Index of its table in [`Catalog::tables`]; `usize::MAX` for data no COPY statement
    /// announced.
    pub table: usize,
    /// For each field of a row, the table column it fills.
    pub columns: Vec<usize>,
    /// The data lines (the whole block, or one piece of it), without the `\.` line.
    pub data: &'a [u8],
    /// Byte offset of `data` in the dump.
    pub offset: usize,
    /// 1-based line of `data`'s first byte.
    pub line: u64,
    /// Row number (1-based, within the table's data) of the block's first line.
    pub first_row: u64,
    /// The field delimiter: the COPY's DELIMITER, else tab (`,` for CSV).
    pub delimiter: u8,
    /// CSV format (`FORMAT csv`); text format otherwise.
    pub csv: bool,
    /// A later piece of a block handed on in pieces (not its first).
    pub continued: bool,
}

/// A pg_dump TOC comment: `-- Name: TAG; Type: DESC; Schema: NS; Owner: OWNER`, or with
/// `Data for Name:` before table data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocComment {
    /// A `Data for Name:` comment (table data follows), not a `Name:` one.
    pub data: bool,
    /// The TOC entry's tag: the object's name, unquoted (`t`, `f(integer)`).
    pub name: String,
    /// The entry's type (`TABLE`, `TABLE DATA`, `SEQUENCE SET`, ...).
    pub kind: String,
    /// Its schema; `-` for an object in none.
    pub schema: String,
    /// Its owner (without a `Tablespace:` that follows); `-` for an object with none.
    pub owner: String,
}

impl TocComment {
    /// Parses one comment line (without its newline).
    pub fn parse(line: &str) -> Option<TocComment> {
        let (data, rest) = match line.strip_prefix("-- Data for Name: ") {
            Some(r) => (true, r),
            None => (false, line.strip_prefix("-- Name: ")?),
        };
        // The name itself may hold "; " (it is not quoted): take the fields from the right.
        let (rest, owner) = rest.rsplit_once("; Owner: ")?;
        let owner = owner.split("; Tablespace: ").next().unwrap_or(owner);
        let (rest, schema) = rest.rsplit_once("; Schema: ")?;
        let (name, kind) = rest.rsplit_once("; Type: ")?;
        Some(TocComment {
            data,
            name: name.to_string(),
            kind: kind.to_string(),
            schema: schema.to_string(),
            owner: owner.trim_end().to_string(),
        })
    }
}

/// Sees the dump in file order. Every method has an empty default.
pub trait Visitor<'a> {
    /// A TOC comment, at its line, before the statement it describes.
    fn toc_comment(&mut self, _cat: &Catalog, _toc: &TocComment, _line: u64) {}
    /// A statement, once the catalog has applied it: its text and parse tree (None when it does
    /// not parse). An INSERT whose rows were read comes after them, with empty text and no tree.
    fn statement(&mut self, _cat: &Catalog, _item: &Item, _sql: &str, _node: Option<&N>) {}
    /// The blanks and comments between two items (or after the last one), at stream offset
    /// `offset`, starting on line `line`: no statement, but a place a dump can still hold text.
    fn gap(&mut self, _cat: &Catalog, _text: &'a [u8], _offset: usize, _line: u64) {}
    /// A psql meta-command: its line from the backslash on, without the newline.
    fn meta(&mut self, _cat: &Catalog, _item: &Item, _text: &'a [u8]) {}
    /// A COPY block's data, or one piece of it (a long block comes in several).
    fn copy_block(&mut self, _cat: &Catalog, _block: &CopyBlock<'a>) {}
    /// One row of an INSERT whose target table is known.
    fn insert_row(&mut self, _cat: &Catalog, _row: &InsertRow<'_, 'a>) {}
}

/// One INSERT row as the pass hands it on.
pub struct InsertRow<'r, 'a> {
    /// Index of its table in [`Catalog::tables`].
    pub table: usize,
    /// The column each field fills.
    pub cols: &'r [usize],
    /// Row number in the table (1-based).
    pub row: u64,
    /// 1-based line of the row's opening parenthesis.
    pub line: u64,
    /// The row's text from its first field's first byte to its last field's last byte: a
    /// field lies at `offset - fields[0].offset` in it (one keyword search covers the row).
    pub text: &'a [u8],
    /// Its values, in order, still escaped.
    pub fields: &'r [Field<'a>],
}

/// A [`Visitor`] that looks at nothing, for a pass run only for its [`Walk`].
pub struct NoVisitor;
impl Visitor<'_> for NoVisitor {}

/// The result of the pass.
#[derive(Default)]
pub struct Walk {
    /// The dump's header and its statement counts.
    pub header: Header,
    /// The catalog its DDL built, with its tables' row counts.
    pub catalog: Catalog,
    /// Problems met, in file order (at most 200; see `diagnostics_dropped`).
    pub diagnostics: Vec<Diagnostic>,
    /// Diagnostics beyond the kept ones (memory stays bounded on a badly broken dump).
    pub diagnostics_dropped: u64,
}

const MAX_DIAGNOSTICS: usize = 200;
const MAX_FIELD_COUNT_WARNINGS_PER_BLOCK: usize = 3;

struct State {
    header: Header,
    catalog: Catalog,
    diagnostics: Vec<Diagnostic>,
    dropped: u64,
    /// COPY target waiting for its data block.
    pending_copy: Option<CopyTarget>,
    /// Set by the reader when it made the text UTF-8 (see `sql::transcode`).
    transcoded: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

impl State {
    fn diag(&mut self, kind: DiagnosticKind, line: u64, byte_offset: usize, message: String) {
        if self.diagnostics.len() < MAX_DIAGNOSTICS {
            self.diagnostics.push(Diagnostic {
                line,
                byte_offset,
                kind,
                message,
            });
        } else {
            self.dropped += 1;
        }
    }

    /// Statement bytes as text for the parser, transcoded from the dump's client_encoding.
    fn text<'b>(&mut self, b: &'b [u8], line: u64, offset: usize) -> Cow<'b, str> {
        match self.catalog.text_encoding {
            e if e.is_utf8() => match std::str::from_utf8(b) {
                Ok(s) => Cow::Borrowed(s),
                Err(e) => {
                    let bad_line = line + memchr::memchr_iter(b'\n', &b[..e.valid_up_to()]).count() as u64;
                    self.diag(
                        DiagnosticKind::InvalidUtf8Statement,
                        bad_line,
                        offset + e.valid_up_to(),
                        self.invalid_text("a statement"),
                    );
                    String::from_utf8_lossy(b)
                }
            },
            other => other.decode_lossy(b),
        }
    }

    /// The warning for invalid bytes in `place`: "invalid UTF-8 in the data of t (client_encoding
    /// is UTF8)", or for text the reader transcoded, "invalid SJIS text in ...".
    fn invalid_text(&self, place: &str) -> String {
        let name = self.catalog.text_encoding.name();
        match self.catalog.text_encoding {
            crate::sql::encoding::ClientEncoding::Transcoded(_) => format!("invalid {name} text in {place}"),
            _ => format!("invalid UTF-8 in {place} (client_encoding is {name})"),
        }
    }

    fn set_encoding(&mut self, name: &str) {
        use crate::sql::encoding::ClientEncoding as E;
        self.header.encoding = Some(name.trim_matches('\'').to_string());
        let transcoded = self
            .transcoded
            .as_ref()
            .is_some_and(|t| t.load(std::sync::atomic::Ordering::SeqCst));
        self.catalog.text_encoding = match E::parse(name) {
            E::Untranscoded(c) if transcoded => E::Transcoded(c),
            // The reader made every byte after its start UTF-8, whatever it was.
            _ if transcoded => E::Utf8,
            e => e,
        };
    }

    /// The table a COPY or INSERT fills, created from the column list when the dump has no DDL
    /// for it (data-only dumps).
    fn data_table(&mut self, schema: &str, name: &str, cols: Option<&[String]>, line: u64) -> usize {
        let schema = self.catalog.schema_of(schema).to_string();
        let schema = schema.as_str();
        let lookup = if schema.is_empty() {
            self.catalog
                .table_id("public", name)
                .or_else(|| self.catalog.table_id("", name))
        } else {
            self.catalog.table_id(schema, name)
        };
        if let Some(id) = lookup {
            return id;
        }
        let columns = cols
            .unwrap_or_default()
            .iter()
            .map(|c| Column {
                name: c.clone(),
                type_name: None,
                not_null: false,
                default: None,
                identity: None,
                generated: None,
            })
            .collect();
        self.catalog
            .add_table(Table::new(schema, name, TableKind::Table, columns, line))
    }

    fn column_map(&mut self, table: usize, cols: Option<&[String]>, line: u64, offset: usize) -> Vec<usize> {
        let t = &self.catalog.tables[table];
        match cols {
            None => (0..t.columns.len()).collect(),
            Some(cols) => {
                let mut missing = Vec::new();
                let map = cols
                    .iter()
                    .map(|c| {
                        t.column_index(c).unwrap_or_else(|| {
                            missing.push(c.clone());
                            usize::MAX
                        })
                    })
                    .collect();
                if !missing.is_empty() {
                    let q = t.qualified();
                    self.diag(
                        DiagnosticKind::UnknownColumns,
                        line,
                        offset,
                        format!(
                            "data for {q} names columns the table does not have: {}",
                            missing.join(", ")
                        ),
                    );
                }
                map
            }
        }
    }
}

impl State {
    /// One piece of a COPY block's data (the whole block, unless windows cut it): counts its
    /// rows, checks them when `check_rows`, and shows it to the visitor.
    fn copy_piece<'a>(
        &mut self,
        block: &mut CopyAt,
        data: &'a [u8],
        item: &Item,
        continued: bool,
        check_rows: bool,
        v: &mut dyn Visitor<'a>,
    ) {
        let Some((table, cols, delim, csv)) = &block.target else {
            v.copy_block(
                &self.catalog,
                &CopyBlock {
                    table: usize::MAX,
                    columns: vec![],
                    data,
                    offset: item.span.start,
                    line: item.line,
                    first_row: 1,
                    delimiter: b'\t',
                    csv: false,
                    continued,
                },
            );
            return;
        };
        let (table, delim, csv) = (*table, *delim, *csv);
        if !continued {
            self.header.copy_blocks += 1;
        }
        if self.catalog.text_encoding.is_utf8() && check_rows && !block.bad_utf8 {
            if let Err(e) = std::str::from_utf8(data) {
                block.bad_utf8 = true;
                let bad = e.valid_up_to();
                let l = item.line + memchr::memchr_iter(b'\n', &data[..bad]).count() as u64;
                let q = self.catalog.tables[table].qualified();
                self.diag(
                    DiagnosticKind::InvalidUtf8Data,
                    l,
                    item.span.start + bad,
                    self.invalid_text(&format!("the data of {q}")),
                );
            }
        }
        let expected = cols.len();
        if !csv && check_rows {
            for (i, off, line) in rows::copy_lines(data, item.span.start) {
                let n = rows::for_each_copy_field(line, off, delim, expected, |_, _| {});
                if n != expected && block.bad_rows < MAX_FIELD_COUNT_WARNINGS_PER_BLOCK {
                    block.bad_rows += 1;
                    let q = self.catalog.tables[table].qualified();
                    self.diag(
                        DiagnosticKind::CopyFieldCount,
                        item.line + i as u64,
                        off,
                        format!("row of {q} has {n} fields, the COPY column list has {expected}"),
                    );
                }
            }
        }
        let t = &mut self.catalog.tables[table];
        let first_row = t.rows + 1;
        // The splitter counted the block's line breaks; whole lines each end in one.
        debug_assert_eq!(item.copy_rows, rows::count_copy_rows(data));
        t.rows += item.copy_rows;
        t.data_bytes += data.len() as u64;
        t.first_data_line.get_or_insert(item.line);
        v.copy_block(
            &self.catalog,
            &CopyBlock {
                table,
                columns: cols.clone(),
                data,
                offset: item.span.start,
                line: item.line,
                first_row,
                delimiter: delim,
                csv,
                continued,
            },
        );
    }
}

impl Table {
    /// A table no DDL declares (known from its data, as in a data-only dump), first met at
    /// `line`.
    pub fn new(schema: &str, name: &str, kind: TableKind, columns: Vec<Column>, line: u64) -> Table {
        Table {
            schema: schema.to_string(),
            name: name.to_string(),
            kind,
            unlogged: false,
            declared: false,
            local_order: Vec::new(),
            columns,
            primary_key: None,
            constraints: Vec::new(),
            parents: Vec::new(),
            owner: None,
            comment: None,
            database: None,
            line,
            rows: 0,
            data_bytes: 0,
            first_data_line: None,
        }
    }
}

/// `\connect` arguments: `dbname`, `-reuse-previous=on "dbname='x'"`, a conninfo string or
/// a URI. Only the database's name: the rest (a host, a password) is no name to show.
fn connect_target(args: &str) -> Option<String> {
    if let Some(p) = args.find("dbname=") {
        let rest = &args[p + 7..];
        if let Some(quoted) = rest.strip_prefix('\'') {
            let end = quoted.find('\'').unwrap_or(quoted.len());
            return Some(quoted[..end].replace("''", "'"));
        }
        let end = rest.find(|c: char| c.is_whitespace() || c == '"').unwrap_or(rest.len());
        return Some(rest[..end].to_string());
    }
    let a = args.split_whitespace().find(|w| !w.starts_with('-'))?;
    let a = a.trim_matches('"');
    if let Some(uri) = a
        .strip_prefix("postgresql://")
        .or_else(|| a.strip_prefix("postgres://"))
    {
        let path = uri.split_once('/').map_or("", |(_, p)| p);
        return Some(path.split(['?', '#']).next().unwrap_or("").to_string());
    }
    if a.contains('=') {
        // A conninfo string without dbname: the default database, not a name shown here.
        return None;
    }
    Some(crate::util::ident::unquote_ident(a).trim_matches('"').to_string())
}

/// Header lines pg_dump writes as comments between statements.
fn scan_gap(st: &mut State, gap: &[u8]) {
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&gap[from..], b"-- Dumped ") {
        let s = from + p;
        let e = crate::sql::lex::line_end(gap, s);
        let line = String::from_utf8_lossy(&gap[s..e]);
        let line = line.trim_end();
        if let Some(v) = line.strip_prefix("-- Dumped from database version ") {
            st.header.server_version.get_or_insert_with(|| v.to_string());
        } else if let Some(v) = line.strip_prefix("-- Dumped by pg_dump version ") {
            st.header.pg_dump_version.get_or_insert_with(|| v.to_string());
            st.header.dumped_by.get_or_insert_with(|| "pg_dump".into());
        } else if let Some(v) = line.strip_prefix("-- Dumped by pg_dumpall version ") {
            st.header.pg_dump_version.get_or_insert_with(|| v.to_string());
            st.header.dumped_by = Some("pg_dumpall".into());
        }
        from = e;
    }
    if st.header.dumped_by.is_none() && memchr::memmem::find(gap, b"PostgreSQL database cluster dump").is_some() {
        st.header.dumped_by = Some("pg_dumpall".into());
    }
}

/// A gap between items at stream offset `offset`, before the item on line `next_line`: its
/// header lines and TOC comments read, and the gap handed to the visitor.
fn gap_between<'a>(st: &mut State, gap: &'a [u8], offset: usize, next_line: u64, v: &mut dyn Visitor<'a>) {
    scan_gap(st, gap);
    toc_comments(&st.catalog, gap, next_line, v);
    if gap.iter().any(|b| !b.is_ascii_whitespace()) {
        let first = next_line.saturating_sub(memchr::memchr_iter(b'\n', gap).count() as u64);
        v.gap(&st.catalog, gap, offset, first);
    }
}

/// Hands the TOC comments in a gap to the visitor, with their lines (`next_line` is the line of
/// the item after the gap).
fn toc_comments<'a>(cat: &Catalog, gap: &[u8], next_line: u64, v: &mut dyn Visitor<'a>) {
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&gap[from..], b"Name: ") {
        let at = from + p;
        let start = gap[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let end = crate::sql::lex::line_end(gap, at);
        from = end.max(at + 1);
        let Ok(text) = std::str::from_utf8(&gap[start..end]) else {
            continue;
        };
        if let Some(t) = TocComment::parse(text.trim_end_matches('\r')) {
            let below = memchr::memchr_iter(b'\n', &gap[start..]).count() as u64;
            v.toc_comment(cat, &t, next_line.saturating_sub(below));
        }
    }
}

/// Walks the dump once. Fails only where the file's structure breaks (an unterminated quote,
/// comment or COPY block); everything else becomes a diagnostic.
pub fn walk<'a>(src: &'a [u8], v: &mut dyn Visitor<'a>) -> Result<Walk, SplitError> {
    walk_with(src, v, true)
}

/// [`walk`], optionally without the per-row checks of COPY data (field counts, UTF-8): a scan
/// reads every row anyway and needs only the row counts.
pub fn walk_with<'a>(src: &'a [u8], v: &mut dyn Visitor<'a>, check_rows: bool) -> Result<Walk, SplitError> {
    let mut pass = Pass::new(check_rows);
    pass.feed(src, true, v)?;
    Ok(pass.finish())
}

/// The rows of one INSERT statement as the row reader hands them over. Rows are held per
/// statement only until the target table is known (pg_dump writes at most --rows-per-insert
/// rows in one), and the buffers are reused from statement to statement.
#[derive(Default)]
struct RowBuf<'a> {
    /// Per row: its line, its text, and its fields' range in `fields`.
    spans: Vec<(u64, &'a [u8], usize, usize)>,
    fields: Vec<Field<'a>>,
    /// The reader's own buffer for the row it is reading.
    scratch: Vec<Field<'a>>,
}

impl<'a> RowBuf<'a> {
    /// Empties the buffer and runs `parse` with a scratch row and a row callback that fills it.
    fn fill<T>(&mut self, parse: impl FnOnce(&mut Vec<Field<'a>>, &mut inserts::RowFn<'_, 'a>) -> T) -> T {
        self.spans.clear();
        self.fields.clear();
        let (spans, fields) = (&mut self.spans, &mut self.fields);
        parse(&mut self.scratch, &mut |_, line, text, f| {
            spans.push((line, text, fields.len(), fields.len() + f.len()));
            fields.extend_from_slice(f);
        })
    }

    fn rows(&self) -> impl Iterator<Item = (u64, &'a [u8], &[Field<'a>])> {
        self.spans
            .iter()
            .map(|&(line, text, a, b)| (line, text, &self.fields[a..b]))
    }

    fn len(&self) -> usize {
        self.spans.len()
    }
}

/// What a `COPY ... FROM stdin` loads into: table, the column each field fills, delimiter, CSV.
type CopyTarget = (usize, Vec<usize>, u8, bool);

/// A COPY block being read (it may come in pieces, one per window): its target (none for
/// data no COPY statement announced), where its data starts, and the warnings it has had
/// (given once per block).
struct CopyAt {
    target: Option<CopyTarget>,
    line: u64,
    offset: usize,
    bad_rows: usize,
    bad_utf8: bool,
}

/// The pass as a resumable state, for input that arrives in windows (a decompressed or
/// archive stream): [`Pass::feed`] walks the whole items of a window and says how much of it
/// it consumed; the rest comes again at the start of the next window. Offsets and lines are
/// those of the whole stream.
pub struct Pass {
    st: State,
    check_rows: bool,
    /// Stream offset of the next window's first byte.
    base: usize,
    resume: split::Resume,
    /// End (stream offset) of the last item walked: the gap after it holds comments.
    prev_end: usize,
    /// A COPY block cut at a window's end, until its `\.` arrives.
    open_copy: Option<CopyAt>,
    /// pg_dump-shaped INSERTs read by the row reader alone (off only to test it against the
    /// splitter).
    fast_inserts: bool,
    /// The last INSERT's head (its bytes up to VALUES), table and column map; anything but an
    /// INSERT may change them.
    last_target: Option<(Vec<u8>, usize, Vec<usize>)>,
    /// COPY data is handed on in pieces of about this many bytes (see `Splitter::copy_pieces`).
    copy_piece: usize,
    /// Where the pass says how far it has got (a mapped file's pages are given back behind it).
    mark: Option<std::sync::Arc<crate::read::pages::Mark>>,
}

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Pass {
    /// A pass at the start of a stream; `check_rows` as for [`walk_with`].
    pub fn new(check_rows: bool) -> Pass {
        Pass {
            st: State {
                header: Header::default(),
                catalog: Catalog::with_default_search_path(),
                diagnostics: Vec::new(),
                dropped: 0,
                pending_copy: None,
                transcoded: None,
            },
            check_rows,
            base: 0,
            resume: split::Resume::default(),
            prev_end: 0,
            open_copy: None,
            fast_inserts: true,
            last_target: None,
            copy_piece: usize::MAX,
            mark: None,
        }
    }

    /// Reads no further than about `n` bytes into a COPY block before handing on its lines.
    pub fn copy_pieces(mut self, n: usize) -> Pass {
        self.copy_piece = n;
        self
    }

    /// Says in `m` how far the pass has got, after each item.
    pub fn with_mark(mut self, m: std::sync::Arc<crate::read::pages::Mark>) -> Pass {
        self.mark = Some(m);
        self
    }

    /// The flag a `sql::transcode::Transcoder` sets when the text it hands on is
    /// UTF-8 made from a client-only encoding: `SET client_encoding` then names what it was.
    pub fn transcoded(mut self, t: std::sync::Arc<std::sync::atomic::AtomicBool>) -> Pass {
        self.st.transcoded = Some(t);
        self
    }

    /// The mark given to [`Pass::with_mark`].
    pub fn mark(&self) -> Option<std::sync::Arc<crate::read::pages::Mark>> {
        self.mark.clone()
    }

    /// The catalog so far.
    pub fn catalog(&self) -> &Catalog {
        &self.st.catalog
    }

    /// Walks the whole items in `src`, which continues the stream where the last call's
    /// consumed bytes ended; `last` when nothing follows it. Returns how many bytes of `src`
    /// were consumed: the rest (an item cut by the window's end) must start the next window.
    pub fn feed<'a>(&mut self, src: &'a [u8], last: bool, v: &mut dyn Visitor<'a>) -> Result<usize, SplitError> {
        let (base, check_rows, mut prev_end, fast_inserts) =
            (self.base, self.check_rows, self.prev_end, self.fast_inserts);
        let Pass {
            st,
            open_copy,
            last_target,
            mark,
            ..
        } = self;
        let mut inline_metas: Vec<std::ops::Range<usize>> = Vec::new();
        let mut rows = RowBuf::default();
        let mut resume = self.resume;
        // psql skips a UTF-8 byte-order mark at the start of a file (some Windows editors
        // write one), so the first statement starts after it.
        if base == 0 && resume.pos == 0 && !resume.copy_pending && src.starts_with(BOM) {
            resume.pos = BOM.len();
        }
        let mut splitter = Splitter::window(src, resume, !last).copy_pieces(self.copy_piece);
        loop {
            // Everything before the last item's end has been walked and handed on.
            if let Some(m) = mark {
                m.passed(prev_end);
            }
            // pg_dump's own INSERTs are read once, by the row reader, instead of by the
            // splitter first and then by the row reader.
            let mut pre: Option<(usize, u64)> = None;
            let fast = splitter.peek_statement().filter(|&(i, _)| {
                fast_inserts
                    && src.len() > i + 6
                    && src[i..i + 6].eq_ignore_ascii_case(b"insert")
                    && src[i + 6].is_ascii_whitespace()
            });
            let next = match fast {
                Some((i, line)) => {
                    let known = last_target.as_ref().map(|(h, ..)| &h[..]);
                    let parsed = rows.fill(|scratch, on_row| {
                        inserts::parse_insert_open(&src[i..], base + i, line, known, scratch, on_row)
                    });
                    match parsed {
                        Some((head_end, n, len)) => {
                            splitter.advance(i + len, line + crate::sql::lex::newlines(&src[i..i + len]));
                            pre = Some((head_end, n));
                            Some(Ok(Item {
                                kind: Kind::Sql,
                                span: i..i + len,
                                line,
                                inline_meta: false,
                                copy_continues: false,
                                copy_rows: 0,
                            }))
                        }
                        None => splitter.next(),
                    }
                }
                None => splitter.next(),
            };
            let Some(item) = next else { break };
            let mut item = item.map_err(|mut e| {
                e.offset += base;
                // Only a block begun in an earlier window can fail while one is open.
                if let Some(b) = open_copy {
                    e = split::unterminated_copy(b.line, b.offset);
                }
                e
            })?;
            // Spans in `src` for slicing; the visitors see stream offsets.
            let local = item.span.clone();
            item.span = base + local.start..base + local.end;
            if item.kind != Kind::Sql {
                *last_target = None;
            }
            if item.span.start > prev_end && item.kind != Kind::CopyData {
                gap_between(st, &src[prev_end - base..local.start], prev_end, item.line, v);
            }
            if item.kind != Kind::Meta || item.span.start >= prev_end {
                prev_end = prev_end.max(item.span.end);
            }
            match item.kind {
                Kind::Meta => {
                    st.header.meta_commands += 1;
                    let text = &src[local.clone()];
                    inline_metas.push(local.clone());
                    let words = String::from_utf8_lossy(text);
                    let mut it = words.splitn(2, char::is_whitespace);
                    let cmd = it.next().unwrap_or("");
                    let args = it.next().unwrap_or("").trim();
                    match cmd {
                        "\\restrict" => st.header.restrict_key = true,
                        "\\connect" | "\\c" => {
                            if let Some(db) = connect_target(args) {
                                if !st.header.databases.contains(&db) {
                                    st.header.databases.push(db.clone());
                                }
                                st.catalog.connect(&db);
                            }
                        }
                        _ => {}
                    }
                    v.meta(&st.catalog, &item, text);
                }
                Kind::CopyData => {
                    // A block cut by a window's end goes on with the same target and warnings.
                    let continued = open_copy.is_some();
                    let mut block = open_copy.take().unwrap_or_else(|| CopyAt {
                        target: st.pending_copy.take(),
                        line: item.line,
                        offset: item.span.start,
                        bad_rows: 0,
                        bad_utf8: false,
                    });
                    st.copy_piece(&mut block, &src[local.clone()], &item, continued, check_rows, v);
                    if item.copy_continues {
                        *open_copy = Some(block);
                    }
                }
                Kind::Sql => {
                    st.header.statements += 1;
                    if !item.inline_meta {
                        // Metas seen so far are not inside this statement.
                        inline_metas.clear();
                    }
                    let stmt = &src[local.clone()];
                    // (The fast path has read it as an INSERT already.)
                    let insert = pre.is_some()
                        || !item.inline_meta
                            && split::words(stmt)
                                .next()
                                .is_some_and(|w| w.eq_ignore_ascii_case(b"insert"));
                    if insert {
                        let parsed = match pre {
                            Some(p) => Some(p),
                            None => {
                                rows.fill(|_, on_row| inserts::parse_insert(stmt, item.span.start, item.line, on_row))
                            }
                        };
                        let target = parsed.and_then(|(head_end, _)| {
                            // Consecutive INSERTs repeat their head: the same bytes, the same
                            // table and column map, looked up once.
                            let head = &stmt[..head_end];
                            if last_target.as_ref().is_some_and(|(h, ..)| h[..] != *head) {
                                *last_target = None;
                            }
                            if last_target.is_none() {
                                let target = inserts::insert_target(head)?;
                                let table =
                                    st.data_table(&target.schema, &target.name, target.columns.as_deref(), item.line);
                                let cols = st.column_map(table, target.columns.as_deref(), item.line, item.span.start);
                                *last_target = Some((head.to_vec(), table, cols));
                            }
                            last_target.as_ref()
                        });
                        if let Some((_, table, cols)) = target {
                            st.header.insert_statements += 1;
                            let table = *table;
                            // Rows are numbered within the table's data, COPY rows included.
                            let first = st.catalog.tables[table].rows + 1;
                            for (row_no, (line, text, fields)) in (first..).zip(rows.rows()) {
                                if fields.len() != cols.len() && !cols.is_empty() {
                                    let q = st.catalog.tables[table].qualified();
                                    st.diag(
                                        DiagnosticKind::InsertFieldCount,
                                        line,
                                        item.span.start,
                                        format!(
                                            "INSERT row for {q} has {} values, the table has {} columns",
                                            fields.len(),
                                            cols.len()
                                        ),
                                    );
                                }
                                let row = InsertRow {
                                    table,
                                    cols,
                                    row: row_no,
                                    line,
                                    text,
                                    fields,
                                };
                                v.insert_row(&st.catalog, &row);
                            }
                            let t = &mut st.catalog.tables[table];
                            t.rows += rows.len() as u64;
                            t.data_bytes += stmt.len() as u64;
                            t.first_data_line.get_or_insert(item.line);
                            v.statement(&st.catalog, &item, "", None);
                            continue;
                        }
                    }
                    *last_target = None;
                    let raw = split::sql_text(
                        src,
                        &Item {
                            span: local.clone(),
                            ..item.clone()
                        },
                        &inline_metas,
                    );
                    inline_metas.clear();
                    let text = st.text(&raw, item.line, item.span.start).into_owned();
                    match pg_query::parse(&text, 0) {
                        Ok(parsed) => {
                            for raw_stmt in &parsed.protobuf.stmts {
                                let Some(node) = raw_stmt.stmt.as_ref().and_then(|s| s.node.as_ref()) else {
                                    continue;
                                };
                                apply(st, node, &text, &item);
                                v.statement(&st.catalog, &item, &text, Some(node));
                            }
                        }
                        Err(e) => {
                            st.header.unparsed_statements += 1;
                            let msg = match e {
                                pg_query::Error::Parse(m) => m,
                                other => other.to_string(),
                            };
                            st.diag(
                                DiagnosticKind::Unparsed,
                                item.line,
                                item.span.start,
                                format!("statement does not parse: {msg}"),
                            );
                            v.statement(&st.catalog, &item, &text, None);
                        }
                    }
                }
            }
        }
        // Resume at the item the window cut, or after everything.
        let next = match splitter.stopped {
            Some(r) => r,
            None => split::Resume {
                pos: src.len(),
                ..self.resume
            },
        };
        let consumed = next.pos;
        // A gap of comments that runs past the window's end is consumed up to its last whole
        // line (the splitter's `Gap::last_break`): what it held is read here, as it would have been
        // before the next item.
        if consumed > prev_end - base && !next.copy_pending {
            // At the end: what follows the last item, up to the file's last line.
            let gap = &src[prev_end - base..consumed];
            let line = match last {
                true => splitter.line(),
                false => next.line,
            };
            gap_between(st, gap, prev_end, line, v);
        }
        self.resume = split::Resume { pos: 0, ..next };
        self.base = base + consumed;
        self.prev_end = prev_end.max(self.base);
        Ok(consumed)
    }

    /// The result, once the last window is walked.
    pub fn finish(mut self) -> Walk {
        // In file order (a block's checks may come in window-sized pieces).
        self.st.diagnostics.sort_by_key(|d| (d.line, d.byte_offset));
        Walk {
            header: self.st.header,
            catalog: self.st.catalog,
            diagnostics: self.st.diagnostics,
            diagnostics_dropped: self.st.dropped,
        }
    }
}

fn apply(st: &mut State, node: &N, text: &str, item: &Item) {
    match node {
        N::CopyStmt(c) if c.is_from && c.filename.is_empty() && !c.is_program => {
            let Some(rv) = &c.relation else { return };
            let cols: Option<Vec<String>> = if c.attlist.is_empty() {
                None
            } else {
                Some(
                    c.attlist
                        .iter()
                        .filter_map(crate::sql::types::str_node)
                        .map(str::to_string)
                        .collect(),
                )
            };
            let table = st.data_table(&rv.schemaname, &rv.relname, cols.as_deref(), item.line);
            if let Some(cols) = &cols {
                st.catalog.tables[table].order_columns_by_copy(cols);
            }
            let map = st.column_map(table, cols.as_deref(), item.line, item.span.start);
            let mut delim = b'\t';
            let mut csv = false;
            for o in &c.options {
                if let Some(N::DefElem(d)) = o.node.as_ref() {
                    let val = crate::sql::catalog::def_elem_text(d.arg.as_deref());
                    match d.defname.as_str() {
                        "format" => csv = val.eq_ignore_ascii_case("csv"),
                        "delimiter" => delim = val.bytes().next().unwrap_or(b'\t'),
                        _ => {}
                    }
                }
            }
            if csv
                && delim == b'\t'
                && !c
                    .options
                    .iter()
                    .any(|o| matches!(o.node.as_ref(), Some(N::DefElem(d)) if d.defname == "delimiter"))
            {
                delim = b',';
            }
            st.pending_copy = Some((table, map, delim, csv));
        }
        N::VariableSetStmt(s) if s.name == "search_path" => {
            let path: Vec<String> = s.args.iter().map(crate::sql::catalog::node_text).collect();
            st.catalog.set_search_path(&path);
        }
        N::SelectStmt(_) if text.contains("set_config(") => {
            // pg_dump 10.3 and later: `SELECT pg_catalog.set_config('search_path', '', false);`
            // Any other value moves the search path like SET does.
            for (n, ..) in node.nodes() {
                if let pg_query::NodeRef::FuncCall(f) = n {
                    let name = f.funcname.last().and_then(crate::sql::types::str_node);
                    let args: Vec<String> = f.args.iter().map(crate::sql::catalog::node_text).collect();
                    if name == Some("set_config") && args.first().is_some_and(|a| a == "search_path") {
                        let path: Vec<String> = args
                            .get(1)
                            .map(|v| v.split(',').map(str::to_string).collect())
                            .unwrap_or_default();
                        st.catalog.set_search_path(&path);
                    }
                }
            }
        }
        N::VariableSetStmt(s) if s.name == "client_encoding" => {
            if let Some(a) = s.args.first() {
                let val = crate::sql::catalog::node_text(a);
                st.set_encoding(&val);
            }
        }
        N::SelectStmt(_) if text.contains("lo_create(") => st.catalog.counts.large_objects += 1,
        N::CreatedbStmt(d) => {
            if !st.header.databases.contains(&d.dbname) {
                st.header.databases.push(d.dbname.clone());
            }
            st.catalog.apply(node, text, item.line);
        }
        _ => st.catalog.apply(node, text, item.line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_ddl_copy_and_inserts() {
        let sql = b"-- Dumped from database version 15.2\n-- Dumped by pg_dump version 15.3\n\\restrict k\nSET client_encoding = 'UTF8';\nCREATE TABLE public.t (id integer NOT NULL, name text);\nCOPY public.t (id, name) FROM stdin;\n1\ta\n2\t\\N\n\\.\nINSERT INTO public.t VALUES (3, 'c'), (4, 'd');\nALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n\\unrestrict k\n";
        let w = walk(sql, &mut NoVisitor).unwrap();
        assert_eq!(w.header.server_version.as_deref(), Some("15.2"));
        assert_eq!(w.header.pg_dump_version.as_deref(), Some("15.3"));
        assert_eq!(w.header.encoding.as_deref(), Some("UTF8"));
        assert!(w.header.restrict_key);
        assert_eq!(w.header.meta_commands, 2);
        let t = w.catalog.table("public", "t").unwrap();
        assert_eq!(t.rows, 4);
        assert_eq!(t.primary_key.as_deref(), Some(&["id".to_string()][..]));
        assert_eq!(t.first_data_line, Some(7));
        assert!(w.diagnostics.is_empty(), "{:?}", w.diagnostics);
    }

    #[test]
    fn unqualified_names_resolve_as_the_server_resolves_them() {
        // No search path set: the server's default puts them in public; pg_dump before 10.3
        // set one; pg_dump 10.3 and later empty it and qualify every name.
        let sql = b"CREATE TABLE a (x int);\nSET search_path = sales, pg_catalog;\nCREATE TABLE b (x int);\nSELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.c (x int);\n";
        let w = walk(sql, &mut NoVisitor).unwrap();
        let names: Vec<(&str, &str)> = w
            .catalog
            .tables
            .iter()
            .map(|t| (t.schema.as_str(), t.name.as_str()))
            .collect();
        assert_eq!(names, [("public", "a"), ("sales", "b"), ("public", "c")]);
    }

    #[test]
    fn field_count_mismatch_is_reported_with_its_line() {
        let sql = b"CREATE TABLE t (a int, b int);\nCOPY t (a, b) FROM stdin;\n1\t2\n3\n\\.\n";
        let w = walk(sql, &mut NoVisitor).unwrap();
        assert_eq!(w.diagnostics.len(), 1);
        assert_eq!(w.diagnostics[0].line, 4);
        assert!(w.diagnostics[0].message.contains("has 1 fields"));
    }

    #[test]
    fn connect_targets() {
        assert_eq!(connect_target("pagila").as_deref(), Some("pagila"));
        assert_eq!(
            connect_target("-reuse-previous=on \"dbname='my db'\"").as_deref(),
            Some("my db")
        );
        // A conninfo string or URI gives its database, never its password.
        let conninfo = "\"dbname=app host=db.example password=S3cret user=u\"";
        assert_eq!(connect_target(conninfo).as_deref(), Some("app"));
        assert_eq!(
            connect_target("postgres://u:S3cret@db.example:5432/app?sslmode=require").as_deref(),
            Some("app")
        );
        assert_eq!(connect_target("\"host=db.example password=S3cret\""), None);
    }
}

#[cfg(test)]
mod window_tests {
    //! The pass fed in windows must see exactly what it sees over the whole input.
    use super::*;
    use proptest::prelude::*;

    /// Everything a visitor is shown, with COPY data as rows (a block cut by windows comes in
    /// pieces).
    #[derive(Default, Debug, PartialEq)]
    struct Record {
        events: Vec<String>,
        rows: Vec<(usize, u64, u64, usize, Vec<u8>)>,
    }

    impl<'a> Visitor<'a> for Record {
        fn toc_comment(&mut self, _: &Catalog, toc: &TocComment, line: u64) {
            self.events.push(format!("toc {line} {toc:?}"));
        }
        fn statement(&mut self, _: &Catalog, item: &Item, sql: &str, node: Option<&N>) {
            self.events
                .push(format!("sql {} {:?} {sql} {}", item.line, item.span, node.is_some()));
        }
        fn meta(&mut self, _: &Catalog, item: &Item, text: &'a [u8]) {
            self.events
                .push(format!("meta {} {:?} {:?}", item.line, item.span, text));
        }
        fn copy_block(&mut self, _: &Catalog, b: &CopyBlock<'a>) {
            // Data with no COPY target has no row numbers.
            let first = if b.table == usize::MAX { 0 } else { b.first_row };
            for (i, (_, off, line)) in rows::copy_lines(b.data, b.offset).enumerate() {
                let row = if first == 0 { 0 } else { first + i as u64 };
                self.rows.push((b.table, row, b.line + i as u64, off, line.to_vec()));
            }
        }
        fn insert_row(&mut self, _: &Catalog, r: &InsertRow<'_, 'a>) {
            let (table, cols, row, line, f) = (r.table, r.cols, r.row, r.line, r.fields);
            let last = f.last().unwrap();
            assert_eq!(r.text.len(), last.offset + last.raw.len() - f[0].offset);
            assert!(std::ptr::eq(r.text.as_ptr(), f[0].raw.as_ptr()));
            let v: Vec<u8> = f.iter().flat_map(|f| f.raw.iter().copied().chain([b'|'])).collect();
            self.events
                .push(format!("insert {table} {cols:?} {row} {line} {}", f[0].offset));
            self.rows.push((table, row, line, 0, v));
        }
    }

    fn whole(src: &[u8]) -> (Result<String, SplitError>, Record) {
        let mut r = Record::default();
        let w = walk(src, &mut r).map(|w| summary(&w));
        (w, r)
    }

    fn summary(w: &Walk) -> String {
        let tables: Vec<_> = w
            .catalog
            .tables
            .iter()
            .map(|t| {
                (
                    t.qualified(),
                    t.rows,
                    t.data_bytes,
                    t.first_data_line,
                    t.primary_key.clone(),
                )
            })
            .collect();
        format!("{:?} {tables:?} {:?}", w.header, w.diagnostics)
    }

    fn windowed(src: &[u8], window: usize) -> (Result<String, SplitError>, Record) {
        windowed_with(src, window, true, usize::MAX)
    }

    /// The whole input in one window, its COPY data handed on in pieces of about `piece` bytes.
    fn in_pieces(src: &[u8], piece: usize) -> (Result<String, SplitError>, Record) {
        windowed_with(src, src.len() + 1, true, piece)
    }

    fn windowed_with(
        src: &[u8],
        window: usize,
        fast_inserts: bool,
        piece: usize,
    ) -> (Result<String, SplitError>, Record) {
        let mut r = Record::default();
        let mut pass = Pass::new(true).copy_pieces(piece);
        pass.fast_inserts = fast_inserts;
        let res = crate::read::stream::for_each_window(
            &mut &src[..],
            window,
            |w, last| pass.feed(w, last, &mut r),
            |e| SplitError {
                line: 0,
                offset: 0,
                in_copy_data: false,
                what: e.to_string(),
            },
        );
        (res.map(|_| summary(&pass.finish())), r)
    }

    const DUMP: &str = "--\n-- PostgreSQL database dump\n--\n\n\\restrict abc\n-- Dumped from database version 15.2\n-- Dumped by pg_dump version 15.3\n\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = off;\n--\n-- Name: t; Type: TABLE; Schema: public; Owner: me\n--\n\nCREATE TABLE public.t (id integer NOT NULL, name text, note text);\n/* a block\n comment */\nCREATE FUNCTION public.f() RETURNS text LANGUAGE plpgsql AS $body$ BEGIN RETURN 'x;y'; END $body$;\n--\n-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: me\n--\n\nCOPY public.t (id, name, note) FROM stdin;\n1\talice\talice@example.com\n2\tbob\t\\N\n3\t\\\\.\tx\r\n4\tcarol\tAKIAIOSFODNN7EXAMPLE\n\\.\nINSERT INTO public.t VALUES (5, 'it''s', 'a\\'b'), (6, 'e', NULL);\nSELECT 1 \\! echo hi\n;\n\\copy t from stdin\n7\tz\tq\n\\.\nCOPY public.t FROM stdin;\r\n\\.\r\nALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n-- tail comment\n\\unrestrict abc\n";

    #[test]
    fn every_window_size_walks_the_same() {
        let src = DUMP.as_bytes();
        let want = whole(src);
        assert!(want.0.is_ok(), "{:?}", want.0);
        for w in 1..=src.len() + 1 {
            assert_eq!(windowed(src, w), want, "window {w}");
        }
        for p in 1..=64 {
            assert_eq!(in_pieces(src, p), want, "COPY pieces of {p}");
            assert_eq!(windowed_with(src, 50, true, p), want, "COPY pieces of {p} in windows");
        }
    }

    #[test]
    fn cut_input_fails_the_same() {
        let src = DUMP.as_bytes();
        for cut in [200, 500, 600, 700, 744, 800, src.len() - 3] {
            let src = &src[..cut];
            let want = whole(src);
            for w in [1, 7, 64, 333] {
                let got = windowed(src, w);
                assert_eq!(got.0, want.0, "cut {cut} window {w}");
            }
        }
    }

    #[test]
    fn test_fixtures_walk_the_same_in_windows() {
        // Includes what the `windows` fuzz target found: an invalid-UTF-8 warning given once
        // per COPY piece instead of once per block.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut files: Vec<_> = ["", "fuzz"]
            .iter()
            .flat_map(|d| std::fs::read_dir(root.join(d)).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        assert!(files.len() > 5);
        for p in files {
            let src = std::fs::read(&p).unwrap();
            let src = &src[..src.len().min(200_000)];
            let want = whole(src);
            let slow = windowed_with(src, src.len() + 1, false, usize::MAX);
            assert_eq!(slow, want, "{}: INSERT fast path", p.display());
            for piece in [1, 100, 4096] {
                let got = in_pieces(src, piece);
                assert_eq!(got.0, want.0, "{} COPY pieces of {piece}", p.display());
                if want.0.is_ok() {
                    assert_eq!(got.1, want.1, "{} COPY pieces of {piece}", p.display());
                }
            }
            for w in [1, 7, 64, 1000] {
                let got = windowed(src, w);
                assert_eq!(got.0, want.0, "{} window {w}", p.display());
                if want.0.is_ok() {
                    assert_eq!(got.1, want.1, "{} window {w}", p.display());
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn random_dumps_walk_the_same(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "SELECT 1;\n", "-- c\n", "/* x */", "'", "$$", "$t$", "\"q;\"", ";", "\n", "\\.\n", "\\",
                "\\connect db\n", "COPY t FROM stdin;\n", "a\tb\n", "\r\n", "E'\\''", "INSERT INTO t VALUES (1, 'x');\n",
                "CREATE TABLE t (a int, b text);\n", "BEGIN", "END;", "CREATE FUNCTION f() ", "(", ")",
            ]), 0..40),
            window in 1usize..64,
            piece in prop_oneof![Just(usize::MAX), 1usize..32],
        ) {
            let src = parts.concat();
            let want = whole(src.as_bytes());
            let got = windowed_with(src.as_bytes(), window, true, piece);
            prop_assert_eq!(got.0, want.0);
            if want_ok(&whole(src.as_bytes())) {
                prop_assert_eq!(got.1, want.1);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// The INSERT fast path reads what the splitter would, including the shapes it must
        /// hand back (comments, backslashes, dollar quotes, E'' strings inside values).
        #[test]
        fn insert_fast_path_reads_as_the_splitter(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "INSERT INTO t VALUES (1, 'x');\n", "INSERT INTO public.t (a, \"b c\") VALUES\n\t(1, E'a\\'b'),\n\t(2, NULL);\n",
                "INSERT INTO t VALUES ($$ ); SELECT 1; $$, 2);\n", "INSERT INTO t VALUES (1 -- );\n, 2);\n",
                "INSERT INTO t VALUES (1, /* ) */ 2);\n", "INSERT INTO t VALUES (\\! echo hi\n);\n",
                "INSERT INTO t VALUES ('a;b', xe'c''d');\n", "INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING;\n",
                "insert\tinto t values (f(1, ')'), '{1,2}'::int[]);", "INSERT INTO t VALUES (1", "'", ";", "\n",
                "CREATE TABLE t (a int, \"b c\" text);\n", "SET standard_conforming_strings = off;\n", "-- c\n",
                "COPY t FROM stdin;\n", "\\.\n", "1\tx\n", "INSERT INTO t VALUES ('\\'', 'y');\n",
            ]), 0..16),
        ) {
            let src = parts.concat();
            let fast = whole(src.as_bytes());
            let slow = windowed_with(src.as_bytes(), src.len() + 1, false, usize::MAX);
            prop_assert_eq!(fast, slow);
        }
    }

    fn want_ok(r: &(Result<String, SplitError>, Record)) -> bool {
        r.0.is_ok()
    }
}
