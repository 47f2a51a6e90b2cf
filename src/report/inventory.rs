//! The inventory `inspect` reports: header, object counts and every table with its columns,
//! keys and exact row counts. Built from a [`Walk`]; printed as JSON or text.

use crate::sql::catalog::{Column, ObjectCounts, TableKind};
use crate::sql::pass::{Diagnostic, Header, Walk};
use serde::Serialize;

/// Who wrote a report: pgscreen, its version and the rule set that judged the dump.
#[derive(Debug, Serialize)]
pub struct Tool {
    /// Always `pgscreen`.
    pub name: &'static str,
    /// The crate version this binary was built from.
    pub version: &'static str,
    /// sha256 of the compiled-in rule set ([`crate::rules::rules_sha256`]); none in an
    /// inventory, which judges nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_sha256: Option<String>,
}

impl Tool {
    /// This build of pgscreen; `rules_sha256` for reports judged by rules (scan, verify, check).
    pub fn new(rules_sha256: Option<String>) -> Tool {
        Tool {
            name: "pgscreen",
            version: env!("CARGO_PKG_VERSION"),
            rules_sha256,
        }
    }
}

/// The input a report is about: where it is, its size and hash, its format and the
/// versions its header names.
#[derive(Debug, Serialize)]
pub struct InputInfo {
    /// The path as given on the command line.
    pub path: String,
    /// Size as given (a directory archive: the total of its files; a pipe: as read).
    pub bytes: u64,
    /// Lowercase hex sha256 of the input as given (a directory archive: of its manifest).
    pub sha256: String,
    /// `plain`, `custom`, `directory` or `tar` (a compressed plain dump is `plain`).
    pub format: &'static str,
    /// Compression of a plain dump or of an archive's data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compression: Option<&'static str>,
    /// An archive's format version (`1.15.0`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive_version: Option<String>,
    /// From the header's `-- Dumped by pg_dump version` (or pg_dumpall) comment.
    pub pg_dump_version: Option<String>,
    /// From the header's `-- Dumped from database version` comment.
    pub server_version: Option<String>,
}

/// One table of the inventory: its columns and key, and how much data the dump holds
/// for it.
#[derive(Debug, Serialize)]
pub struct TableEntry {
    /// The database it belongs to, where the dump names one (pg_dumpall, --create).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Its schema, unquoted.
    pub schema: String,
    /// Its name, unquoted.
    pub name: String,
    /// Table, partitioned table or foreign table.
    pub kind: TableKind,
    /// Declared by DDL in the dump (false: known only from its data, as in a data-only
    /// dump).
    pub declared: bool,
    /// In table order; without DDL only their names are known (`type` null).
    pub columns: Vec<Column>,
    /// Primary key column names in key order, if it has one.
    pub primary_key: Option<Vec<String>>,
    /// Rows in its own COPY/INSERT data.
    pub rows: u64,
    /// Bytes of that data (COPY data lines, INSERT statements).
    pub data_bytes: u64,
    /// 1-based line of its first COPY or INSERT; none when the dump has no data for it.
    pub first_line: Option<u64>,
}

/// What `inspect` reports (its JSON as is): header, object counts and every table.
#[derive(Debug, Serialize)]
pub struct Inventory {
    /// pgscreen and its version (no rule set).
    pub tool: Tool,
    /// The dump inspected.
    pub input: InputInfo,
    /// What the dump says about itself: versions, encoding, statement counts.
    pub header: Header,
    /// How many of each kind of object the DDL declares.
    pub objects: ObjectCounts,
    /// Every table, sorted by database, schema and name.
    pub tables: Vec<TableEntry>,
    /// What the pass could read only with trouble; a last one says how many more were
    /// left out.
    pub warnings: Vec<Diagnostic>,
}

impl Inventory {
    /// Built from the pass's walk: tables sorted by database, schema and name; warnings past the
    /// cap summed up in a last one.
    pub fn new(walk: Walk, input: InputInfo) -> Inventory {
        let mut objects = walk.catalog.counts.clone();
        objects.schemas = objects.schemas.max(walk.catalog.schemas.len() as u64);
        let mut tables: Vec<TableEntry> = walk
            .catalog
            .tables
            .into_iter()
            .map(|t| TableEntry {
                database: t.database,
                schema: t.schema,
                name: t.name,
                kind: t.kind,
                declared: t.declared,
                columns: t.columns,
                primary_key: t.primary_key,
                rows: t.rows,
                data_bytes: t.data_bytes,
                first_line: t.first_data_line,
            })
            .collect();
        tables.sort_by(|a, b| (&a.database, &a.schema, &a.name).cmp(&(&b.database, &b.schema, &b.name)));
        let mut warnings = walk.diagnostics;
        if walk.diagnostics_dropped > 0 {
            warnings.push(Diagnostic {
                line: 0,
                byte_offset: 0,
                kind: crate::sql::pass::DiagnosticKind::Dropped,
                message: format!("{} more warnings not shown", walk.diagnostics_dropped),
            });
        }
        Inventory {
            tool: Tool::new(None),
            input,
            header: walk.header,
            objects,
            tables,
            warnings,
        }
    }

    /// Text for people, with style markers (see [`crate::util::term`]); every name, type and
    /// default from the dump is escaped.
    pub fn to_text(&self) -> String {
        use crate::util::term::plural;
        use crate::util::term::{self, esc};
        use std::fmt::Write;
        let (b, d, r) = (term::BOLD, term::DIM, term::RESET);
        let h = &self.header;
        let mut o = String::new();
        let na = |x: &Option<String>| esc(x.as_deref().unwrap_or("unknown")).into_owned();
        let _ = writeln!(
            o,
            "{b}{}{r}  {} bytes  sha256 {}",
            esc(&self.input.path),
            self.input.bytes,
            self.input.sha256
        );
        let _ = writeln!(
            o,
            "{} {}, server {}, encoding {}, \\restrict key {}",
            esc(h.dumped_by.as_deref().unwrap_or("pg_dump")),
            na(&h.pg_dump_version),
            na(&h.server_version),
            na(&h.encoding),
            if h.restrict_key { "present" } else { "absent" }
        );
        let _ = writeln!(
            o,
            "{} ({} unparsed), {}, {}, {}",
            plural(h.statements as usize, "statement", "statements"),
            h.unparsed_statements,
            plural(h.meta_commands as usize, "meta-command", "meta-commands"),
            plural(h.copy_blocks as usize, "COPY block", "COPY blocks"),
            plural(h.insert_statements as usize, "INSERT statement", "INSERT statements"),
        );
        if !h.databases.is_empty() {
            let dbs: Vec<_> = h.databases.iter().map(|x| esc(x)).collect();
            let _ = writeln!(o, "databases: {}", dbs.join(", "));
        }
        let counts = serde_json::to_value(&self.objects).unwrap_or_default();
        let mut parts = Vec::new();
        if let Some(m) = counts.as_object() {
            for (k, v) in m {
                let n = v.as_u64().unwrap_or(0);
                if n == 1 {
                    parts.push(format!("1 {}", singular(&k.replace('_', " "))));
                } else if n > 1 {
                    parts.push(format!("{n} {}", k.replace('_', " ")));
                }
            }
        }
        let _ = writeln!(o, "objects: {}", parts.join(", "));
        let total: u64 = self.tables.iter().map(|t| t.rows).sum();
        let _ = writeln!(
            o,
            "\n{b}{}, {}{r}",
            plural(self.tables.len(), "table", "tables"),
            plural(total as usize, "row", "rows")
        );
        for t in &self.tables {
            let db = t.database.as_ref().map(|d| format!("{}:", esc(d))).unwrap_or_default();
            let kind = match t.kind {
                TableKind::Table => "",
                TableKind::Partitioned => " (partitioned)",
                TableKind::Foreign => " (foreign)",
            };
            let pk = t
                .primary_key
                .as_ref()
                .map(|p| {
                    let p: Vec<_> = p.iter().map(|c| esc(c)).collect();
                    format!("  pk ({})", p.join(", "))
                })
                .unwrap_or_default();
            let line = t.first_line.map(|l| format!("  data at line {l}")).unwrap_or_default();
            let _ = writeln!(
                o,
                "{b}{db}{}.{}{r}{kind}  {}{pk}{d}{line}{r}",
                esc(&t.schema),
                esc(&t.name),
                plural(t.rows as usize, "row", "rows")
            );
            for c in &t.columns {
                let nn = if c.not_null { " not null" } else { "" };
                let def = c
                    .default
                    .as_ref()
                    .map(|x| format!(" default {}", esc(x)))
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "    {:<24} {}{nn}{d}{def}{r}",
                    esc(&c.name),
                    esc(c.type_name.as_deref().unwrap_or("?"))
                );
            }
        }
        o
    }
}

/// `indexes` -> `index`, `policies` -> `policy`, `tables` -> `table`: object kinds are counted
/// in the plural.
fn singular(kind: &str) -> String {
    if let Some(k) = kind.strip_suffix("indexes") {
        format!("{k}index")
    } else if let Some(k) = kind.strip_suffix("ies") {
        format!("{k}y")
    } else {
        kind.strip_suffix('s').unwrap_or(kind).to_string()
    }
}
