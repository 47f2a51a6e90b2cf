//! The inventory `inspect` reports: header, object counts and every table with its columns,
//! keys and exact row counts. Built from a [`Walk`]; printed as JSON or text.

use crate::sql::catalog::{Column, ObjectCounts, TableKind};
use crate::sql::pass::{Diagnostic, Header, Walk};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_sha256: Option<String>,
}

impl Tool {
    pub fn new(rules_sha256: Option<String>) -> Tool {
        Tool {
            name: "pgscreen",
            version: env!("CARGO_PKG_VERSION"),
            rules_sha256,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct InputInfo {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
    pub format: &'static str,
    /// Compression of a plain dump or of an archive's data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compression: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive_version: Option<String>,
    pub pg_dump_version: Option<String>,
    pub server_version: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TableEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    pub schema: String,
    pub name: String,
    pub kind: TableKind,
    pub declared: bool,
    pub columns: Vec<Column>,
    pub primary_key: Option<Vec<String>>,
    pub rows: u64,
    pub data_bytes: u64,
    pub first_line: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct Inventory {
    pub tool: Tool,
    pub input: InputInfo,
    pub header: Header,
    pub objects: ObjectCounts,
    pub tables: Vec<TableEntry>,
    pub warnings: Vec<Diagnostic>,
}

impl Inventory {
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
