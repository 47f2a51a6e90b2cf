//! `verify`: will this dump restore cleanly? Predicted without a database, in two passes over the
//! (already mapped or expanded) text: the first builds the final catalog (so keys declared after
//! the data, as pg_dump writes them, are known), the second checks every data row against it —
//! field counts, each value's input syntax for its column type, NULLs in NOT NULL columns, the
//! encoding — and keeps compact digests of key values to find duplicate keys and orphaned
//! foreign keys once all data is read.

pub mod values;

use crate::catalog::{Catalog, ConstraintDef, Table};
use crate::detect::findings::{fingerprint, Object};
use crate::detect::Finding;
use crate::dump::{self, CopyBlock, Visitor, Walk};
use crate::rows::{self, Field};
use crate::rules::{Category, Severity};
use crate::split::Item;
use pg_query::protobuf::node::Node as N;
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap, HashSet};
use values::{Check, ColumnCheck};

/// Findings per kind of problem beyond which only the count grows (a dump with a million bad
/// rows needs its first ones named, not all).
const MAX_PER_RULE: usize = 20;

/// A 128-bit digest of a key's values (sha256, truncated): 16 bytes per row instead of the
/// values themselves.
type KeyDigest = u128;

fn digest(vals: &[Option<&[u8]>]) -> KeyDigest {
    let mut h = Sha256::new();
    for v in vals {
        match v {
            // Length-prefixed, so ("ab","c") and ("a","bc") differ.
            Some(v) => {
                h.update((v.len() as u64).to_le_bytes());
                h.update(v);
            }
            None => h.update(u64::MAX.to_le_bytes()),
        }
    }
    let d = h.finalize();
    u128::from_le_bytes(d[..16].try_into().expect("16 bytes"))
}

/// A key whose values are collected: a unique constraint (PK or UNIQUE), or the referenced
/// columns of a parent, or the referencing columns of a child.
#[derive(Debug, Clone)]
struct KeySpec {
    table: usize,
    cols: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Unique {
    spec: usize,
    constraint: ConstraintDef,
}

#[derive(Debug, Clone)]
struct Foreign {
    child: usize,
    parent: usize,
    constraint: ConstraintDef,
}

/// The first duplicate of a unique key.
#[derive(Debug, Clone)]
struct Dup {
    row: u64,
    first_row: u64,
    line: u64,
    values: String,
}

/// What the second pass needs from the final catalog, per table.
struct Plan {
    checks: Vec<ColumnCheck>,
    /// Key specs that read this table's rows.
    specs: Vec<usize>,
}

pub struct Verifier<'f> {
    fin: &'f Catalog,
    plans: HashMap<usize, Plan>,
    specs: Vec<KeySpec>,
    uniques: Vec<Unique>,
    foreigns: Vec<Foreign>,
    /// Per unique spec: digest -> first row.
    seen: HashMap<usize, HashMap<KeyDigest, u64>>,
    dups: HashMap<usize, Dup>,
    /// Per parent spec: digests present.
    parents: HashMap<usize, HashSet<KeyDigest>>,
    /// Per child spec: (digest, row, line, byte offset of the row).
    children: HashMap<usize, Vec<(KeyDigest, u64, u64, u64)>>,
    findings: Vec<Finding>,
    per_rule: HashMap<String, usize>,
    roles_named: BTreeSet<String>,
    roles_created: BTreeSet<String>,
    has_ddl: bool,
    redact: &'f dyn Fn(&str, &[u8]) -> bool,
    /// The major version of the server the dump is meant for, when the user names it.
    target: Option<u32>,
}

/// Settings pg_dump writes, with the PostgreSQL major version that introduced them: an older
/// server rejects `SET` of them ("unrecognized configuration parameter").
const SETTING_SINCE: &[(&str, u32)] = &[
    ("transaction_timeout", 17),
    ("default_toast_compression", 14),
    ("default_table_access_method", 12),
    ("idle_in_transaction_session_timeout", 10),
    ("row_security", 10),
];

fn final_index(fin: &Catalog, t: &Table) -> Option<usize> {
    fin.tables
        .iter()
        .position(|f| f.schema == t.schema && f.name == t.name && f.database == t.database)
}

impl<'f> Verifier<'f> {
    /// Plans the checks from the first pass's final catalog.
    pub fn new(fin: &'f Catalog, redact: &'f dyn Fn(&str, &[u8]) -> bool) -> Verifier<'f> {
        let mut v = Verifier {
            fin,
            plans: HashMap::new(),
            specs: Vec::new(),
            uniques: Vec::new(),
            foreigns: Vec::new(),
            seen: HashMap::new(),
            dups: HashMap::new(),
            parents: HashMap::new(),
            children: HashMap::new(),
            findings: Vec::new(),
            per_rule: HashMap::new(),
            roles_named: BTreeSet::new(),
            roles_created: fin.roles.iter().map(|r| r.name.clone()).collect(),
            has_ddl: fin.tables.iter().any(|t| t.declared),
            redact,
            target: None,
        };
        for (ti, t) in fin.tables.iter().enumerate() {
            let checks = t
                .columns
                .iter()
                .map(|c| {
                    let ty = c.type_name.clone().unwrap_or_default();
                    let (check, dom_nn) = if c.type_name.is_some() {
                        values::compile(&ty, fin)
                    } else {
                        (Check::Any, false)
                    };
                    ColumnCheck {
                        check,
                        not_null: c.not_null || dom_nn,
                        type_name: ty,
                    }
                })
                .collect();
            v.plans.insert(
                ti,
                Plan {
                    checks,
                    specs: Vec::new(),
                },
            );
        }
        for (ti, t) in fin.tables.iter().enumerate() {
            for c in &t.constraints {
                match c.kind {
                    "primary-key" | "unique" => {
                        if let Some(spec) = v.spec(ti, &c.columns) {
                            v.uniques.push(Unique {
                                spec,
                                constraint: c.clone(),
                            });
                        }
                    }
                    "foreign-key" => {
                        let Some((pname, pcols)) = &c.references else { continue };
                        let parent = fin.tables.iter().position(|p| {
                            p.database == t.database
                                && (p.qualified() == *pname || p.name == *pname && p.schema == "public")
                        });
                        let Some(pi) = parent else { continue };
                        let pcols = if pcols.is_empty() {
                            fin.tables[pi].primary_key.clone().unwrap_or_default()
                        } else {
                            pcols.clone()
                        };
                        if let (Some(child), Some(parent)) = (v.spec(ti, &c.columns), v.spec(pi, &pcols)) {
                            v.foreigns.push(Foreign {
                                child,
                                parent,
                                constraint: c.clone(),
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
        v
    }

    fn spec(&mut self, table: usize, names: &[String]) -> Option<usize> {
        let t = &self.fin.tables[table];
        let cols: Option<Vec<usize>> = names.iter().map(|n| t.column_index(n)).collect();
        let cols = cols.filter(|c| !c.is_empty())?;
        if let Some(i) = self.specs.iter().position(|s| s.table == table && s.cols == cols) {
            return Some(i);
        }
        self.specs.push(KeySpec { table, cols });
        let i = self.specs.len() - 1;
        self.plans.get_mut(&table).expect("planned").specs.push(i);
        Some(i)
    }

    #[allow(clippy::too_many_arguments)]
    fn report(
        &mut self,
        rule: &str,
        severity: Severity,
        message: String,
        line: u64,
        offset: u64,
        object: Object,
        column: Option<String>,
        row: Option<u64>,
        value: &[u8],
    ) {
        let n = self.per_rule.entry(rule.to_string()).or_default();
        *n += 1;
        if *n > MAX_PER_RULE {
            return;
        }
        let shown = match &column {
            Some(c) if (self.redact)(c, value) => crate::detect::findings::redact(value),
            _ => String::from_utf8_lossy(&value[..value.len().min(200)]).into_owned(),
        };
        self.findings.push(Finding {
            id: fingerprint(
                rule,
                &object,
                column.as_deref(),
                format!("{line}:{}", row.unwrap_or(0)).as_bytes(),
                None,
            ),
            rule: rule.into(),
            category: Category::Integrity,
            severity,
            message,
            line,
            byte_offset: offset,
            object,
            column,
            row,
            count: 1,
            redacted: shown,
            value: None,
            database: None,
            toc_entry: None,
        });
    }

    /// One data row: its fields by the column each fills (in the final table).
    #[allow(clippy::too_many_arguments)]
    fn row(&mut self, ti: usize, cols: &[usize], fields: &[Field], row: u64, line: u64, offset: u64, n_listed: usize) {
        let t = &self.fin.tables[ti];
        let object = Object {
            kind: "table-data".into(),
            name: t.qualified(),
        };
        // The server reads the fields, refuses extra ones at once, then converts column by
        // column: a bad value comes before a missing one.
        if fields.len() > n_listed {
            self.report(
                "field-count",
                Severity::High,
                format!(
                    "extra data after last expected column: row has {} fields, the column list {n_listed}",
                    fields.len()
                ),
                line,
                offset,
                object,
                None,
                Some(row),
                b"",
            );
            return;
        }
        let plan = &self.plans[&ti];
        let mut values: Vec<Option<std::borrow::Cow<[u8]>>> = vec![None; t.columns.len()];
        let mut problem: Option<(String, String, Vec<u8>, &'static str)> = None;
        for (f, &c) in fields.iter().zip(cols) {
            if c == usize::MAX || c >= t.columns.len() {
                continue;
            }
            let v = f.value();
            let cc = &plan.checks[c];
            let col = &t.columns[c];
            if problem.is_none() {
                match &v {
                    None if cc.not_null => {
                        problem = Some((
                            format!(
                                "null value in column \"{}\" of relation \"{}\" violates not-null constraint",
                                col.name, t.name
                            ),
                            col.name.clone(),
                            Vec::new(),
                            "null-in-not-null",
                        ))
                    }
                    Some(v) if std::str::from_utf8(v).is_err() => {
                        let bad = std::str::from_utf8(v).err().map_or(0, |e| e.valid_up_to());
                        problem = Some((
                            format!("invalid byte sequence for encoding \"UTF8\": 0x{:02x}", v[bad]),
                            col.name.clone(),
                            v.to_vec(),
                            "invalid-encoding",
                        ))
                    }
                    Some(v) => {
                        if let Err(e) = values::validate(&cc.check, v) {
                            problem = Some((e, col.name.clone(), v.to_vec(), "invalid-value"));
                        }
                    }
                    None => {}
                }
            }
            values[c] = v;
        }
        if problem.is_none() && fields.len() < n_listed {
            let missing = cols
                .get(fields.len())
                .and_then(|&c| t.columns.get(c))
                .map_or("?".to_string(), |c| c.name.clone());
            self.report(
                "field-count",
                Severity::High,
                format!(
                    "missing data for column \"{missing}\": row has {} fields, the column list {n_listed}",
                    fields.len()
                ),
                line,
                offset,
                object,
                None,
                Some(row),
                b"",
            );
            return;
        }
        if let Some((msg, col, val, rule)) = problem {
            let ty = &plan.checks[t.column_index(&col).unwrap_or(0)].type_name;
            self.report(
                rule,
                Severity::High,
                format!("{msg} (column {col} {ty})"),
                line,
                offset,
                object,
                Some(col),
                Some(row),
                &val,
            );
            return;
        }
        for &si in &plan.specs.clone() {
            let spec = &self.specs[si];
            let key: Vec<Option<&[u8]>> = spec.cols.iter().map(|&c| values[c].as_deref()).collect();
            let has_null = key.iter().any(Option::is_none);
            let d = digest(&key);
            if self.uniques.iter().any(|u| u.spec == si) && !has_null {
                let seen = self.seen.entry(si).or_default();
                match seen.get(&d) {
                    Some(&first) if !self.dups.contains_key(&si) => {
                        let vals = key
                            .iter()
                            .map(|v| String::from_utf8_lossy(v.unwrap_or(b"")).into_owned())
                            .collect::<Vec<_>>()
                            .join(", ");
                        self.dups.insert(
                            si,
                            Dup {
                                row,
                                first_row: first,
                                line,
                                values: vals,
                            },
                        );
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(d, row);
                    }
                }
            }
            if self.foreigns.iter().any(|f| f.parent == si) && !has_null {
                self.parents.entry(si).or_default().insert(d);
            }
            if self.foreigns.iter().any(|f| f.child == si) && !has_null {
                self.children.entry(si).or_default().push((d, row, line, offset));
            }
        }
    }

    /// Duplicate keys and orphaned foreign keys, once all data is read; role warnings.
    pub fn finish(mut self, src: &[u8]) -> Vec<Finding> {
        for u in self.uniques.clone() {
            let Some(d) = self.dups.get(&u.spec).cloned() else {
                continue;
            };
            let t = &self.fin.tables[self.specs[u.spec].table];
            let cols = u.constraint.columns.join(", ");
            // pg_dump adds keys after the data: the ALTER TABLE fails. A key declared with the
            // table makes the COPY row fail instead.
            let after = t.first_data_line.is_none_or(|l| u.constraint.line > l);
            let (line, row) = if after {
                (u.constraint.line, None)
            } else {
                (d.line, Some(d.row))
            };
            let msg = if after {
                format!(
                    "could not create unique index \"{}\": Key ({cols})=({}) is duplicated (rows {} and {})",
                    u.constraint.name, d.values, d.first_row, d.row
                )
            } else {
                format!(
                    "duplicate key value violates unique constraint \"{}\": Key ({cols})=({}) already exists (row {})",
                    u.constraint.name, d.values, d.first_row
                )
            };
            let object = Object {
                kind: "table-data".into(),
                name: t.qualified(),
            };
            self.report(
                "duplicate-key",
                Severity::High,
                msg,
                line,
                0,
                object,
                Some(cols),
                row,
                d.values.as_bytes(),
            );
        }
        for f in self.foreigns.clone() {
            let Some(kids) = self.children.get(&f.child) else {
                continue;
            };
            let empty = HashSet::new();
            let parent = self.parents.get(&f.parent).unwrap_or(&empty);
            let Some(&(_, row, line, offset)) = kids.iter().find(|(d, ..)| !parent.contains(d)) else {
                continue;
            };
            let child = &self.fin.tables[self.specs[f.child].table];
            let ptable = &self.fin.tables[self.specs[f.parent].table];
            let cols = f.constraint.columns.join(", ");
            let vals = orphan_values(src, offset, child, &self.specs[f.child].cols);
            let msg = format!(
                "insert or update on table \"{}\" violates foreign key constraint \"{}\": Key ({cols})=({vals}) is not present in table \"{}\" (row {row}, line {line})",
                child.name, f.constraint.name, ptable.name
            );
            let object = Object {
                kind: "table-data".into(),
                name: child.qualified(),
            };
            self.report(
                "foreign-key-orphan",
                Severity::High,
                msg,
                f.constraint.line,
                0,
                object,
                Some(cols),
                Some(row),
                vals.as_bytes(),
            );
        }
        let missing: Vec<String> = self
            .roles_named
            .iter()
            .filter(|r| !self.roles_created.contains(*r) && !r.starts_with("pg_") && *r != "public")
            .cloned()
            .collect();
        if !missing.is_empty() {
            self.report(
                "role-not-created",
                Severity::Low,
                format!(
                    "roles named by OWNER TO / GRANT / SET ROLE but not created in the dump (they must exist before the restore, e.g. from pg_dumpall --globals-only): {}",
                    missing.join(", ")
                ),
                1,
                0,
                Object {
                    kind: "statement".into(),
                    name: "roles".into(),
                },
                None,
                None,
                missing.join(", ").as_bytes(),
            );
        }
        let mut out = self.findings;
        for f in &mut out {
            if let Some(&n) = self.per_rule.get(&f.rule) {
                if n > MAX_PER_RULE {
                    f.message = format!("{} ({} such problems in all)", f.message, n);
                }
            }
        }
        out.sort_by_key(|f| (f.line, f.row));
        out
    }

    fn note_role(&mut self, r: &pg_query::protobuf::RoleSpec) {
        if !r.rolename.is_empty() {
            self.roles_named.insert(r.rolename.clone());
        }
    }
}

/// The values of an orphaned row's key columns, read again from the row at `offset`.
fn orphan_values(src: &[u8], offset: u64, t: &Table, cols: &[usize]) -> String {
    let start = offset as usize;
    if start >= src.len() {
        return String::new();
    }
    let end = start + memchr::memchr(b'\n', &src[start..]).unwrap_or(src.len() - start);
    let mut vals: Vec<String> = Vec::new();
    let line = &src[start..end];
    let mut fields = Vec::new();
    rows::for_each_copy_field(line, start, b'\t', t.columns.len(), |_, f| fields.push(f));
    for &c in cols {
        vals.push(
            fields
                .get(c)
                .and_then(|f: &Field| f.value())
                .map(|v| String::from_utf8_lossy(&v).into_owned())
                .unwrap_or_default(),
        );
    }
    vals.join(", ")
}

impl<'a> Visitor<'a> for Verifier<'_> {
    fn statement(&mut self, _cat: &Catalog, item: &Item, _sql: &str, node: Option<&N>) {
        if let (Some(N::VariableSetStmt(s)), Some(target)) = (node, self.target) {
            if let Some(&(_, since)) = SETTING_SINCE.iter().find(|(n, _)| *n == s.name) {
                if since > target {
                    self.report(
                        "unknown-setting",
                        Severity::High,
                        format!(
                            "unrecognized configuration parameter \"{}\" (PostgreSQL {since} and later; the target is {target})",
                            s.name
                        ),
                        item.line,
                        item.span.start as u64,
                        Object {
                            kind: "statement".into(),
                            name: format!("SET {}", s.name),
                        },
                        None,
                        None,
                        b"",
                    );
                }
            }
        }
        match node {
            Some(N::AlterOwnerStmt(a)) => {
                if let Some(r) = &a.newowner {
                    self.note_role(r);
                }
            }
            Some(N::AlterTableStmt(a)) => {
                for c in &a.cmds {
                    if let Some(N::AlterTableCmd(cmd)) = &c.node {
                        if let Some(r) = &cmd.newowner {
                            self.note_role(r);
                        }
                    }
                }
            }
            Some(N::GrantStmt(g)) => {
                for r in &g.grantees {
                    if let Some(N::RoleSpec(r)) = &r.node {
                        self.note_role(r);
                    }
                }
            }
            Some(N::GrantRoleStmt(g)) => {
                for r in &g.grantee_roles {
                    if let Some(N::RoleSpec(r)) = &r.node {
                        self.note_role(r);
                    }
                }
            }
            Some(N::VariableSetStmt(s)) if s.name == "role" || s.name == "session_authorization" => {
                for a in &s.args {
                    let t = crate::catalog::node_text(a);
                    let t = t.trim_matches('\'');
                    if !t.is_empty() && t != "default" {
                        self.roles_named.insert(t.to_string());
                    }
                }
            }
            _ => {}
        }
    }

    fn copy_block(&mut self, cat: &Catalog, b: &CopyBlock<'a>) {
        if b.table == usize::MAX || b.csv {
            return;
        }
        let t = &cat.tables[b.table];
        let Some(fi) = final_index(self.fin, t) else { return };
        let ft = &self.fin.tables[fi];
        let object = Object {
            kind: "table-data".into(),
            name: ft.qualified(),
        };
        if !ft.declared && self.has_ddl {
            self.report(
                "unknown-table",
                Severity::High,
                format!("relation \"{}\" does not exist", ft.qualified()),
                b.line.saturating_sub(1),
                b.offset as u64,
                object,
                None,
                None,
                b"",
            );
            return;
        }
        let unknown: Vec<usize> = b
            .columns
            .iter()
            .enumerate()
            .filter(|(_, &c)| c == usize::MAX)
            .map(|(i, _)| i)
            .collect();
        if !unknown.is_empty() && ft.declared {
            self.report(
                "unknown-column",
                Severity::High,
                format!(
                    "the COPY column list names {} column(s) that relation \"{}\" does not have",
                    unknown.len(),
                    ft.name
                ),
                b.line.saturating_sub(1),
                b.offset as u64,
                object,
                None,
                None,
                b"",
            );
            return;
        }
        // COPY column indices are the pass-2 table's; map by name to the final table's.
        let cols: Vec<usize> = b
            .columns
            .iter()
            .map(|&c| {
                t.columns
                    .get(c)
                    .and_then(|col| ft.column_index(&col.name))
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let mut fields: Vec<Field> = Vec::with_capacity(cols.len());
        for (i, off, line) in rows::copy_lines(b.data, b.offset) {
            fields.clear();
            rows::for_each_copy_field(line, off, b.delimiter, cols.len(), |_, f| fields.push(f));
            self.row(
                fi,
                &cols,
                &fields,
                b.first_row + i as u64,
                b.line + i as u64,
                off as u64,
                cols.len(),
            );
        }
    }

    fn insert_row(&mut self, cat: &Catalog, table: usize, cols: &[usize], row: u64, line: u64, fields: &[Field<'a>]) {
        let t = &cat.tables[table];
        let Some(fi) = final_index(self.fin, t) else { return };
        let ft = &self.fin.tables[fi];
        let mapped: Vec<usize> = cols
            .iter()
            .map(|&c| {
                t.columns
                    .get(c)
                    .and_then(|col| ft.column_index(&col.name))
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let offset = fields.first().map_or(0, |f| f.offset as u64);
        self.row(fi, &mapped, fields, row, line, offset, mapped.len());
    }
}

/// Findings from the first pass's diagnostics: statements the parser rejects, invalid UTF-8 in
/// statements, INSERT rows of the wrong width.
pub fn diagnostic_findings(walk: &Walk) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in &walk.diagnostics {
        let rule = if d.message.starts_with("statement does not parse") {
            "syntax-error"
        } else if d.message.starts_with("invalid UTF-8 in a statement") {
            "invalid-encoding"
        } else if d.message.starts_with("INSERT row for") {
            "field-count"
        } else {
            continue;
        };
        let object = Object {
            kind: "statement".into(),
            name: format!("line {}", d.line),
        };
        out.push(Finding {
            id: fingerprint(rule, &object, None, d.message.as_bytes(), None),
            rule: rule.into(),
            category: Category::Integrity,
            severity: Severity::High,
            message: d.message.clone(),
            line: d.line,
            byte_offset: d.byte_offset as u64,
            object,
            column: None,
            row: None,
            count: 1,
            redacted: String::new(),
            value: None,
            database: None,
            toc_entry: None,
        });
    }
    out
}

/// The finding for a pass that could not complete (an unterminated COPY or quoted construct).
pub fn unterminated(line: u64, what: &str) -> Finding {
    let object = Object {
        kind: "statement".into(),
        name: format!("line {line}"),
    };
    Finding {
        id: fingerprint("unterminated", &object, None, what.as_bytes(), None),
        rule: "unterminated".into(),
        category: Category::Integrity,
        severity: Severity::High,
        message: what.to_string(),
        line,
        byte_offset: 0,
        object,
        column: None,
        row: None,
        count: 1,
        redacted: String::new(),
        value: None,
        database: None,
        toc_entry: None,
    }
}

/// A COPY block cut off by the end of the file: psql loads what is there and stops, without an
/// error; everything after is missing.
pub fn truncated(line: u64, what: &str) -> Finding {
    let mut f = unterminated(line, what);
    f.rule = "truncated".into();
    f.severity = Severity::Medium;
    f.message = format!("{what}: psql ends the data at the end of the file, so the restore stops there without an error and everything after is missing");
    f
}

/// What a restore with `psql -v ON_ERROR_STOP=1` (or `pg_restore --exit-on-error`) will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Restores,
    /// No error, but the dump is truncated.
    Incomplete,
    /// The server rejects a statement or row: the first high finding.
    Fails,
}

pub fn verdict(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.severity >= Severity::High) {
        Verdict::Fails
    } else if findings.iter().any(|f| f.severity >= Severity::Medium) {
        Verdict::Incomplete
    } else {
        Verdict::Restores
    }
}

/// Both passes over `src`: the findings, sorted by line, and the first pass's walk. `target`:
/// the major version of the server it will be restored into, if known.
pub fn run(
    src: &[u8],
    redact: &dyn Fn(&str, &[u8]) -> bool,
    target: Option<u32>,
) -> Result<(Walk, Vec<Finding>), crate::split::SplitError> {
    let first = dump::walk_with(src, &mut dump::NoVisitor, false)?;
    let mut findings = diagnostic_findings(&first);
    let mut v = Verifier::new(&first.catalog, redact);
    v.target = target;
    dump::walk_with(src, &mut v, false)?;
    findings.extend(v.finish(src));
    findings.sort_by_key(|f| (f.line, f.row));
    Ok((first, findings))
}
