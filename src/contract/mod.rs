//! The schema contract `check` holds a dump to: required tables with their columns, types,
//! primary keys and minimum rows, the finding categories that must not appear, and header
//! requirements. Loaded from JSON or TOML (schema: `contract.schema.json`); evaluated against
//! the catalog, header and findings of one pass, never against SQL text.

pub mod attest;

use crate::error::{Error, Result};
use crate::findings::Finding;
use crate::rules::{Category, Severity};
use crate::sql::catalog::{Catalog, Table};
use crate::sql::pass::Header;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// The JSON Schema the contract names (`contract.schema.json`), for editors; not checked.
    #[serde(rename = "$schema", default)]
    #[allow(dead_code)]
    pub schema_url: Option<String>,
    /// Free text for the people who keep the contract; pgscreen does not read it.
    #[serde(default)]
    #[allow(dead_code)]
    pub description: Option<String>,
    /// For pg_dumpall / `--create` dumps: the database whose tables are meant.
    #[serde(default)]
    pub database: Option<String>,
    /// `schema.table` -> what it must hold.
    #[serde(default)]
    pub tables: IndexMap<String, TableReq>,
    /// Finding categories that fail the check: `"pii"` (at low or above) or `"restore-risk:high"`.
    #[serde(default = "default_forbid")]
    pub forbid: Vec<Forbid>,
    #[serde(default)]
    pub allow_hosts: Vec<String>,
    #[serde(default)]
    pub deny_hosts: Vec<String>,
    /// `schema.table.column` accepted as synthetic person data.
    #[serde(default)]
    pub sanitized_columns: Vec<String>,
    #[serde(default)]
    pub min_pg_dump_version: Option<String>,
    #[serde(default)]
    pub require_restrict_key: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableReq {
    #[serde(default)]
    pub columns: IndexMap<String, ColumnReq>,
    #[serde(default)]
    pub primary_key: Option<Vec<String>>,
    #[serde(default)]
    pub min_rows: Option<u64>,
    #[serde(default = "yes")]
    pub required: bool,
    /// No columns beyond the listed ones.
    #[serde(default)]
    pub strict: bool,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum ColumnReq {
    Type(String),
    Full {
        #[serde(rename = "type", default)]
        type_name: Option<String>,
        #[serde(default)]
        not_null: Option<bool>,
    },
}

impl ColumnReq {
    fn type_name(&self) -> Option<&str> {
        match self {
            ColumnReq::Type(t) => Some(t),
            ColumnReq::Full { type_name, .. } => type_name.as_deref(),
        }
    }
    fn not_null(&self) -> Option<bool> {
        match self {
            ColumnReq::Type(_) => None,
            ColumnReq::Full { not_null, .. } => *not_null,
        }
    }
}

fn yes() -> bool {
    true
}

/// A category that fails the check when a finding of it is at or above `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Forbid {
    pub category: Category,
    pub min: Severity,
}

impl TryFrom<String> for Forbid {
    type Error = String;
    fn try_from(s: String) -> std::result::Result<Forbid, String> {
        let (c, sev) = match s.split_once(':') {
            Some((c, s)) => (c, Some(s)),
            None => (s.as_str(), None),
        };
        let category = Category::parse(c.trim()).ok_or_else(|| format!("forbid: unknown finding category {c:?}"))?;
        let min = match sev {
            None => Severity::Low,
            Some(s) => Severity::parse(s.trim()).ok_or_else(|| format!("forbid: unknown severity {s:?}"))?,
        };
        Ok(Forbid { category, min })
    }
}

/// What fails a check when the contract does not say: secrets, credential hashes, connection
/// strings and live hosts at low or above (info is what the contract itself accepted), PII at
/// medium or above (low PII is values all at reserved example domains, already synthetic, and IP
/// addresses; `"pii"` forbids those too), and restore risks at high or above.
pub fn default_forbid() -> Vec<Forbid> {
    use Category::*;
    [
        (Secret, Severity::Low),
        (CredentialHash, Severity::Low),
        (ConnectionString, Severity::Low),
        (LiveHost, Severity::Low),
        (Pii, Severity::Medium),
        (RestoreRisk, Severity::High),
    ]
    .into_iter()
    .map(|(category, min)| Forbid { category, min })
    .collect()
}

/// A contract ready to evaluate: column types already in `format_type` spelling.
#[derive(Debug)]
pub struct Loaded {
    pub contract: Contract,
    /// (table key, column) -> normalised type.
    types: BTreeMap<(String, String), String>,
    pub sha256: String,
}

impl Contract {
    /// Reads a contract: TOML when the file name ends in `.toml`, JSON otherwise.
    pub fn load(path: &Path) -> Result<Loaded> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Contract::parse(path, &bytes, path.extension().is_some_and(|e| e == "toml"))
    }

    /// A contract from its text (`path` names it in errors).
    pub fn parse(path: &Path, bytes: &[u8], is_toml: bool) -> Result<Loaded> {
        let syntax = |line: u64, what: String| Error::Syntax {
            path: path.to_path_buf(),
            line,
            what,
        };
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            syntax(line, "contract is not UTF-8".into())
        })?;
        let contract: Contract = if is_toml {
            toml::from_str(text).map_err(|e| crate::error::toml_error(path, text, e))?
        } else {
            serde_json::from_str(text).map_err(|e| syntax(e.line() as u64, e.to_string()))?
        };
        let mut types = BTreeMap::new();
        for (t, req) in &contract.tables {
            for (c, col) in &req.columns {
                if let Some(ty) = col.type_name() {
                    let norm = normalize_type(ty).map_err(|e| syntax(0, format!("{t}.{c}: {e}")))?;
                    types.insert((t.clone(), c.clone()), norm);
                }
            }
        }
        if let Some(v) = &contract.min_pg_dump_version {
            if parse_version(v).is_none() {
                return Err(syntax(
                    0,
                    format!("min_pg_dump_version {v:?} is not a version like \"15.14\""),
                ));
            }
        }
        Ok(Loaded {
            contract,
            types,
            sha256: crate::util::digest::sha256_hex(bytes),
        })
    }
}

/// The contract a reference dump (production's `pg_dump --schema-only`, or a full dump) implies,
/// ready to edit: every table with its columns (format_type spelling, NOT NULL), primary key and
/// no other columns (`strict`); `min_rows: 1` where the reference has rows (a clone should hold
/// data there), none for a schema-only reference; the default forbid list.
pub fn derive(catalog: &Catalog, reference: &str, sha256: &str) -> serde_json::Value {
    use serde_json::{json, Map, Value};
    let mut tables = Map::new();
    // A pg_dumpall reference: the contract is about one database, the first with tables.
    let db = catalog
        .tables
        .iter()
        .find(|t| t.declared)
        .and_then(|t| t.database.clone());
    for t in &catalog.tables {
        if t.database != db
            || !t.declared
            || !matches!(
                t.kind,
                crate::sql::catalog::TableKind::Table | crate::sql::catalog::TableKind::Partitioned
            )
        {
            continue;
        }
        let mut cols = Map::new();
        for c in &t.columns {
            let Some(ty) = &c.type_name else { continue };
            cols.insert(c.name.clone(), json!({ "type": ty, "not_null": c.not_null }));
        }
        let mut req = Map::new();
        req.insert("columns".into(), Value::Object(cols));
        if let Some(pk) = &t.primary_key {
            req.insert("primary_key".into(), json!(pk));
        }
        if t.rows > 0 {
            req.insert("min_rows".into(), json!(1));
        }
        req.insert("strict".into(), json!(true));
        tables.insert(t.qualified(), Value::Object(req));
    }
    let mut out = json!({
        "description": format!("Derived by pgscreen contract from {reference} (sha256 {sha256}): its tables, columns, types, NOT NULL and primary keys."),
        "tables": tables,
        "forbid": ["secret", "credential-hash", "connection-string", "live-host", "pii:medium", "restore-risk:high"],
    });
    if let Some(d) = db {
        out["database"] = json!(d);
    }
    out
}

/// A type as `format_type()` spells it, read with PostgreSQL's grammar: `int4` -> `integer`,
/// `varchar(60)` -> `character varying(60)`, `timestamptz` -> `timestamp with time zone`.
pub fn normalize_type(ty: &str) -> std::result::Result<String, String> {
    let serial = match ty.trim().to_ascii_lowercase().as_str() {
        "serial" | "serial4" => Some("integer"),
        "bigserial" | "serial8" => Some("bigint"),
        "smallserial" | "serial2" => Some("smallint"),
        _ => None,
    };
    if let Some(s) = serial {
        return Ok(s.into());
    }
    // The catalog's own name for an array type: `_text` is `text[]`.
    if let Some(elem) = ty
        .trim()
        .strip_prefix('_')
        .filter(|e| !e.is_empty() && !e.contains('['))
    {
        return normalize_type(&format!("{elem}[]"));
    }
    use pg_query::protobuf::node::Node as N;
    let bad = || format!("{ty:?} is not a PostgreSQL type name");
    let tree = pg_query::parse(&format!("CREATE TABLE t (c {ty})"), 0).map_err(|_| bad())?;
    let stmts = &tree.protobuf.stmts;
    let [stmt] = stmts.as_slice() else { return Err(bad()) };
    let Some(N::CreateStmt(cs)) = stmt.stmt.as_ref().and_then(|s| s.node.as_ref()) else {
        return Err(bad());
    };
    let [elt] = cs.table_elts.as_slice() else {
        return Err(bad());
    };
    match elt.node.as_ref() {
        Some(N::ColumnDef(cd)) if cd.constraints.is_empty() && cd.coll_clause.is_none() => cd
            .type_name
            .as_ref()
            .map(crate::sql::types::format_type)
            .ok_or_else(bad),
        _ => Err(bad()),
    }
}

fn types_match(expected: &str, found: &str) -> bool {
    if expected == found {
        return true;
    }
    // `mpaa_rating` in the contract names `public.mpaa_rating` (or any schema's) in the dump.
    let (e_base, e_arr) = split_array(expected);
    let (f_base, f_arr) = split_array(found);
    !e_base.contains('.') && e_arr == f_arr && f_base.rsplit_once('.').is_some_and(|(_, n)| n == e_base)
}

fn split_array(t: &str) -> (&str, &str) {
    match t.find('[') {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, ""),
    }
}

/// `15.14 (Debian ...)` -> (15, 14); `9.6.24` -> (9, 6).
pub fn parse_version(v: &str) -> Option<(u32, u32)> {
    // A pre-release (`18beta1`) counts as its major's .0: it meets a minimum of 17.
    crate::util::version::PgVersion::parse(v).map(|p| (p.major, p.minor))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Fail,
}

/// One requirement of the contract and what the dump showed.
#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    /// Stable name: `column-type:public.t.c`, `forbid:pii`, ...
    pub id: String,
    pub status: Status,
    pub expected: String,
    pub found: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// For forbid requirements: the findings that broke it (first few).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<FindingRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingRef {
    pub id: String,
    pub rule: String,
    pub severity: Severity,
    pub object: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    pub line: u64,
    pub count: u64,
    pub redacted: String,
}

impl Requirement {
    fn new(id: String, ok: bool, expected: String, found: String, line: Option<u64>) -> Requirement {
        Requirement {
            id,
            status: if ok { Status::Pass } else { Status::Fail },
            expected,
            found,
            line,
            findings: Vec::new(),
        }
    }

    /// One line for people: `public.t.id: expected uuid, found text at line 812`.
    pub fn evidence(&self) -> String {
        let at = self.line.map(|l| format!(" at line {l}")).unwrap_or_default();
        format!("{}: expected {}, found {}{at}", self.id, self.expected, self.found)
    }
}

const FINDINGS_SHOWN: usize = 10;

impl Loaded {
    /// Every requirement, in contract order: header, tables, then forbidden findings.
    pub fn evaluate(&self, header: &Header, catalog: &Catalog, findings: &[Finding]) -> Vec<Requirement> {
        let c = &self.contract;
        let mut out = Vec::new();
        if let Some(min) = &c.min_pg_dump_version {
            let want = parse_version(min).unwrap_or((0, 0));
            let (ok, found) = match header.pg_dump_version.as_deref() {
                Some(v) => (parse_version(v).is_some_and(|have| have >= want), v.to_string()),
                None => (false, "no pg_dump version in the header".into()),
            };
            out.push(Requirement::new(
                "min-pg-dump-version".into(),
                ok,
                format!("pg_dump {min} or later"),
                found,
                None,
            ));
        }
        if c.require_restrict_key {
            out.push(Requirement::new(
                "restrict-key".into(),
                header.restrict_key,
                "a \\restrict key line".into(),
                if header.restrict_key {
                    "\\restrict present".into()
                } else {
                    "no \\restrict line".into()
                },
                None,
            ));
        }
        for (key, req) in &c.tables {
            self.table(key, req, catalog, &mut out);
        }
        for f in &c.forbid {
            let hits: Vec<&Finding> = findings
                .iter()
                .filter(|x| x.category == f.category && x.severity >= f.min)
                .collect();
            let at = if f.min == Severity::Low {
                String::new()
            } else {
                format!(" at {} or above", f.min.name())
            };
            let mut r = Requirement::new(
                format!("forbid:{}", f.category.name()),
                hits.is_empty(),
                format!("no {} findings{at}", f.category.name()),
                if hits.is_empty() {
                    "none".into()
                } else {
                    let first = hits[0];
                    let col = first.column.as_ref().map(|c| format!(".{c}")).unwrap_or_default();
                    format!(
                        "{} (first: {} in {}{col})",
                        plural(hits.len(), "finding"),
                        first.rule,
                        first.object.name
                    )
                },
                hits.first().map(|h| h.line),
            );
            r.findings = hits
                .iter()
                .take(FINDINGS_SHOWN)
                .map(|h| FindingRef {
                    id: h.id.clone(),
                    rule: h.rule.clone(),
                    severity: h.severity,
                    object: h.object.name.clone(),
                    column: h.column.clone(),
                    line: h.line,
                    count: h.count,
                    redacted: h.redacted.clone(),
                })
                .collect();
            out.push(r);
        }
        out
    }

    fn table(&self, key: &str, req: &TableReq, catalog: &Catalog, out: &mut Vec<Requirement>) {
        let db = self.contract.database.as_deref();
        let found = find_table(catalog, key, db);
        let Some(t) = found else {
            out.push(Requirement::new(
                format!("table:{key}"),
                !req.required,
                if req.required {
                    "table present".into()
                } else {
                    "table optional".into()
                },
                "no such table in the dump".into(),
                None,
            ));
            return;
        };
        let tline = Some(t.line).filter(|&l| l > 0);
        out.push(Requirement::new(
            format!("table:{key}"),
            true,
            "table present".into(),
            format!("{} {}", t.kind_name(), t.qualified()),
            tline,
        ));
        for (name, col) in &req.columns {
            let id = format!("{key}.{name}");
            let Some(have) = t.columns.iter().find(|c| c.name == *name) else {
                out.push(Requirement::new(
                    format!("column:{id}"),
                    false,
                    "column present".into(),
                    format!("no column {name} in {}", t.qualified()),
                    tline,
                ));
                continue;
            };
            if let Some(want) = self.types.get(&(key.to_string(), name.clone())) {
                let (ok, found) = match &have.type_name {
                    Some(ty) => (types_match(want, ty), ty.clone()),
                    None => (false, "no declared type (data-only dump)".into()),
                };
                out.push(Requirement::new(
                    format!("column-type:{id}"),
                    ok,
                    want.clone(),
                    found,
                    tline,
                ));
            } else {
                out.push(Requirement::new(
                    format!("column:{id}"),
                    true,
                    "column present".into(),
                    have.type_name.clone().unwrap_or_else(|| "present".into()),
                    tline,
                ));
            }
            if let Some(nn) = col.not_null() {
                let says = |b: bool| if b { "NOT NULL" } else { "nullable" };
                out.push(Requirement::new(
                    format!("column-not-null:{id}"),
                    have.not_null == nn,
                    says(nn).into(),
                    says(have.not_null).into(),
                    tline,
                ));
            }
        }
        if req.strict {
            let extra: Vec<&str> = t
                .columns
                .iter()
                .map(|c| c.name.as_str())
                .filter(|n| !req.columns.contains_key(*n))
                .collect();
            out.push(Requirement::new(
                format!("strict:{key}"),
                extra.is_empty(),
                "no columns beyond the contract's".into(),
                if extra.is_empty() {
                    "none".into()
                } else {
                    format!("extra columns {}", extra.join(", "))
                },
                tline,
            ));
        }
        if let Some(pk) = &req.primary_key {
            let (ok, found) = match &t.primary_key {
                Some(have) => (have == pk, format!("({})", have.join(", "))),
                None => (false, "no primary key".into()),
            };
            let pk_line = t
                .constraints
                .iter()
                .find(|c| c.kind == "primary-key")
                .map(|c| c.line)
                .filter(|&l| l > 0)
                .or(tline);
            out.push(Requirement::new(
                format!("primary-key:{key}"),
                ok,
                format!("({})", pk.join(", ")),
                found,
                pk_line,
            ));
        }
        if let Some(min) = req.min_rows {
            let rows = rows_with_descendants(catalog, t);
            out.push(Requirement::new(
                format!("min-rows:{key}"),
                rows >= min,
                format!("at least {min} rows"),
                plural(rows as usize, "row"),
                t.first_data_line.or(tline),
            ));
        }
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// `schema.table` (either part may be double-quoted; no schema means `public`).
fn find_table<'c>(catalog: &'c Catalog, key: &str, db: Option<&str>) -> Option<&'c Table> {
    let (schema, name) = split_key(key);
    catalog
        .tables
        .iter()
        .find(|t| t.schema == schema && t.name == name && (db.is_none() || t.database.as_deref() == db))
}

fn split_key(key: &str) -> (String, String) {
    let parts = crate::util::ident::split_qualified(key);
    match parts.as_slice() {
        [s, n] => (s.clone(), n.clone()),
        [n] => ("public".into(), n.clone()),
        _ => (String::new(), key.to_string()),
    }
}

/// Rows of the table and of its inheritance children and partitions, as `count(*)` counts them.
fn rows_with_descendants(catalog: &Catalog, t: &Table) -> u64 {
    let mut total = t.rows;
    let mut frontier = vec![t.qualified()];
    let mut seen = std::collections::HashSet::new();
    while let Some(q) = frontier.pop() {
        if !seen.insert(q.clone()) {
            continue;
        }
        for c in &catalog.tables {
            if c.database == t.database && c.parents.contains(&q) {
                total += c.rows;
                frontier.push(c.qualified());
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_normalise_to_format_type() {
        for (a, b) in [
            ("int4", "integer"),
            ("int", "integer"),
            ("INTEGER", "integer"),
            ("serial", "integer"),
            ("bigserial", "bigint"),
            ("int8", "bigint"),
            ("int2", "smallint"),
            ("varchar(60)", "character varying(60)"),
            ("character varying(60)", "character varying(60)"),
            ("varchar", "character varying"),
            ("char(3)", "character(3)"),
            ("bpchar(3)", "character(3)"),
            ("timestamptz", "timestamp with time zone"),
            ("timestamp", "timestamp without time zone"),
            ("timestamp(3) with time zone", "timestamp(3) with time zone"),
            ("float8", "double precision"),
            ("float", "double precision"),
            ("float4", "real"),
            ("bool", "boolean"),
            ("decimal(5,2)", "numeric(5,2)"),
            ("numeric(10)", "numeric(10,0)"),
            ("text[]", "text[]"),
            ("_text", "text[]"),
            ("uuid", "uuid"),
            ("jsonb", "jsonb"),
            ("public.mpaa_rating", "public.mpaa_rating"),
        ] {
            assert_eq!(normalize_type(a).as_deref(), Ok(b), "{a}");
        }
    }

    #[test]
    fn not_a_type_is_an_error() {
        for t in ["", "int); DROP TABLE x; --", "int NOT NULL", "text COLLATE \"C\"", "1"] {
            assert!(normalize_type(t).is_err(), "{t:?}");
        }
    }

    #[test]
    fn unqualified_contract_type_matches_any_schema() {
        assert!(types_match("mpaa_rating", "public.mpaa_rating"));
        assert!(types_match("mpaa_rating[]", "public.mpaa_rating[]"));
        assert!(!types_match("mpaa_rating", "public.mpaa_rating[]"));
        assert!(!types_match("other.mpaa_rating", "public.mpaa_rating"));
        assert!(!types_match("integer", "bigint"));
    }

    #[test]
    fn forbid_entries() {
        let f = Forbid::try_from("restore-risk:high".to_string()).unwrap();
        assert_eq!((f.category, f.min), (Category::RestoreRisk, Severity::High));
        let f = Forbid::try_from("pii".to_string()).unwrap();
        assert_eq!((f.category, f.min), (Category::Pii, Severity::Low));
        assert!(Forbid::try_from("pi".to_string()).is_err());
        assert!(Forbid::try_from("pii:urgent".to_string()).is_err());
    }

    #[test]
    fn versions() {
        assert_eq!(parse_version("15.20 (Debian 15.20-0+deb12u1)"), Some((15, 20)));
        assert_eq!(parse_version("9.6.24"), Some((9, 6)));
        assert_eq!(parse_version("18beta1"), Some((18, 0)));
        assert_eq!(parse_version("unknown"), None);
        assert_eq!(parse_version("17"), Some((17, 0)));
    }
}
