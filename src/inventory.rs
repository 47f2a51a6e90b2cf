//! The inventory `inspect` reports: header, object counts and every table with its columns,
//! keys and exact row counts. Built from a [`Walk`]; printed as JSON or text.

use crate::catalog::{Column, ObjectCounts, TableKind};
use crate::dump::{Diagnostic, Header, Walk};
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

    pub fn to_text(&self, color: bool) -> String {
        use std::fmt::Write;
        let (b, d, r) = if color {
            ("\x1b[1m", "\x1b[2m", "\x1b[0m")
        } else {
            ("", "", "")
        };
        let h = &self.header;
        let mut o = String::new();
        let na = |x: &Option<String>| x.clone().unwrap_or_else(|| "unknown".into());
        let _ = writeln!(
            o,
            "{b}{}{r}  {} bytes  sha256 {}",
            self.input.path, self.input.bytes, self.input.sha256
        );
        let _ = writeln!(
            o,
            "{} {}, server {}, encoding {}, \\restrict key {}",
            h.dumped_by.as_deref().unwrap_or("pg_dump"),
            na(&h.pg_dump_version),
            na(&h.server_version),
            na(&h.encoding),
            if h.restrict_key { "present" } else { "absent" }
        );
        let _ = writeln!(
            o,
            "{} statements ({} unparsed), {} meta-commands, {} COPY blocks, {} INSERT statements",
            h.statements, h.unparsed_statements, h.meta_commands, h.copy_blocks, h.insert_statements
        );
        if !h.databases.is_empty() {
            let _ = writeln!(o, "databases: {}", h.databases.join(", "));
        }
        let counts = serde_json::to_value(&self.objects).unwrap_or_default();
        let mut parts = Vec::new();
        if let Some(m) = counts.as_object() {
            for (k, v) in m {
                if v.as_u64().unwrap_or(0) > 0 {
                    parts.push(format!("{v} {}", k.replace('_', " ")));
                }
            }
        }
        let _ = writeln!(o, "objects: {}", parts.join(", "));
        let total: u64 = self.tables.iter().map(|t| t.rows).sum();
        let _ = writeln!(o, "\n{b}{} tables, {} rows{r}", self.tables.len(), total);
        for t in &self.tables {
            let db = t.database.as_ref().map(|d| format!("{d}:")).unwrap_or_default();
            let kind = match t.kind {
                TableKind::Table => "",
                TableKind::Partitioned => " (partitioned)",
                TableKind::Foreign => " (foreign)",
            };
            let pk = t
                .primary_key
                .as_ref()
                .map(|p| format!("  pk ({})", p.join(", ")))
                .unwrap_or_default();
            let line = t.first_line.map(|l| format!("  data at line {l}")).unwrap_or_default();
            let _ = writeln!(
                o,
                "{b}{db}{}.{}{r}{kind}  {} rows{pk}{d}{line}{r}",
                t.schema, t.name, t.rows
            );
            for c in &t.columns {
                let nn = if c.not_null { " not null" } else { "" };
                let def = c.default.as_ref().map(|x| format!(" default {x}")).unwrap_or_default();
                let _ = writeln!(
                    o,
                    "    {:<24} {}{nn}{d}{def}{r}",
                    c.name,
                    c.type_name.as_deref().unwrap_or("?")
                );
            }
        }
        o
    }
}
