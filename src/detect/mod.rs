//! Detectors: secrets, credential hashes, connection strings, live hosts, personal data and
//! restore-time risks. [`Detector`] is a [`Visitor`] of the one pass over the dump; COPY blocks
//! are collected during the pass and scanned afterwards in parallel, in line-aligned chunks.

pub mod engine;
pub mod hosts;
pub mod pii;
pub mod risk;

use crate::catalog::Catalog;
use crate::dump::{CopyBlock, Visitor};
use crate::rows::{self, Field};
use crate::rules::{Category, Severity};
use crate::split::Item;
use engine::{Engine, Hit};
use hosts::{HostPolicy, Verdict};
use pg_query::protobuf::node::Node as N;
use pii::Kind;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;

/// The column-context rules (PII and password columns) are code, not patterns; their ids
/// still enter the rule-set hash.
pub fn column_rules_fingerprint() -> &'static str {
    "pii-email pii-phone pii-credit-card pii-us-ssn pii-national-id pii-iban pii-ip-address pii-date-of-birth pii-person-name pii-street-address password-hash-column v1"
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Object {
    pub kind: String,
    pub name: String,
}

/// One finding, as the JSON report carries it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub id: String,
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub line: u64,
    pub byte_offset: u64,
    pub object: Object,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    pub count: u64,
    pub redacted: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
}

/// How to judge what is found.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub policy: HostPolicy,
    pub show_secrets: bool,
    /// `schema.table.column` (or `table.column`) accepted as synthetic person data.
    pub sanitized_columns: Vec<String>,
}

/// A finding before identical occurrences are folded.
#[derive(Debug, Clone)]
struct Raw {
    rule: String,
    category: Category,
    severity: Severity,
    message: String,
    line: u64,
    offset: u64,
    object: Object,
    column: Option<String>,
    row: Option<u64>,
    value: Vec<u8>,
    redacted: String,
    database: Option<String>,
}

#[derive(Debug, Clone)]
struct ColPlan {
    name: String,
    ctx: Option<Kind>,
    text: bool,
    bytea: bool,
}

#[derive(Debug)]
struct TablePlan {
    qualified: String,
    database: Option<String>,
    cols: Vec<ColPlan>,
}

/// Per table + column + kind.
#[derive(Debug, Clone)]
struct PiiAcc {
    count: u64,
    synthetic: u64,
    first_row: u64,
    first_line: u64,
    first_offset: u64,
    sample: String,
}

type PiiKey = (String, String, Kind);

struct Chunk<'a> {
    plan: Arc<TablePlan>,
    data: &'a [u8],
    offset: usize,
    line: u64,
    /// Row number (1-based) of the chunk's first line.
    row: u64,
    delim: u8,
    cols: Arc<Vec<usize>>,
}

/// Results of scanning something: raw findings and PII counts.
#[derive(Default)]
struct Partial {
    raws: Vec<Raw>,
    pii: HashMap<PiiKey, PiiAcc>,
}

impl Partial {
    fn merge(mut self, other: Partial) -> Partial {
        self.raws.extend(other.raws);
        for (k, v) in other.pii {
            match self.pii.get_mut(&k) {
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
                    self.pii.insert(k, v);
                }
            }
        }
        self
    }
}

pub struct Detector<'e, 'a> {
    engine: &'e Engine,
    opts: &'e Options,
    out: Partial,
    chunks: Vec<Chunk<'a>>,
    plans: HashMap<(Option<String>, usize), Arc<TablePlan>>,
    risk: risk::Context,
    after_copy: bool,
    restrict: Option<String>,
    metas: u64,
    table_rows: HashMap<String, u64>,
}

/// Redacts a secret: keeps a short prefix and suffix, stars the middle.
pub fn redact(v: &[u8]) -> String {
    let s: Vec<char> = String::from_utf8_lossy(v).chars().filter(|c| !c.is_control()).collect();
    let n = s.len();
    let (head, tail) = match n {
        0..=7 => (0, 0),
        8..=15 => (2, 2),
        _ => (4, 4),
    };
    let stars = (n - head - tail).min(12);
    let mut out: String = s[..head].iter().collect();
    out.push_str(&"*".repeat(stars.max(4)));
    out.extend(&s[n - tail..]);
    out
}

const CHUNK: usize = 4 << 20;

impl<'e, 'a> Detector<'e, 'a> {
    pub fn new(engine: &'e Engine, opts: &'e Options) -> Self {
        Detector {
            engine,
            opts,
            out: Partial::default(),
            chunks: Vec::new(),
            plans: HashMap::new(),
            risk: risk::Context::default(),
            after_copy: false,
            restrict: None,
            metas: 0,
            table_rows: HashMap::new(),
        }
    }

    fn plan(&mut self, cat: &Catalog, table: usize) -> Arc<TablePlan> {
        let t = &cat.tables[table];
        let key = (t.database.clone(), table);
        if let Some(p) = self.plans.get(&key) {
            return p.clone();
        }
        let cols = t
            .columns
            .iter()
            .map(|c| {
                let ty = c.type_name.as_deref();
                let mut ctx = pii::context_of(&c.name);
                if ctx.is_none() && matches!(ty, Some("inet") | Some("cidr")) {
                    ctx = Some(Kind::IpAddress);
                }
                ColPlan {
                    name: c.name.clone(),
                    ctx,
                    text: pii::is_text_type(ty),
                    bytea: ty == Some("bytea"),
                }
            })
            .collect();
        let p = Arc::new(TablePlan {
            qualified: t.qualified(),
            database: t.database.clone(),
            cols,
        });
        self.plans.insert(key, p.clone());
        p
    }

    fn raw(&mut self, r: Raw) {
        self.out.raws.push(r);
    }

    /// Findings for every match in a piece of DDL text.
    fn scan_statement(&mut self, cat: &Catalog, item: &Item, sql: &str, object: &Object) {
        let bytes = sql.as_bytes();
        if !self.engine.any_keyword(bytes) {
            return;
        }
        let mut hits = Vec::new();
        self.engine.scan(bytes, &mut hits);
        for h in hits {
            let line = item.line + memchr::memchr_iter(b'\n', &bytes[..h.start]).count() as u64;
            let raws = hit_findings(
                self.engine,
                self.opts,
                &h,
                object.clone(),
                None,
                None,
                line,
                (item.span.start + h.start) as u64,
                cat.current_database.clone(),
            );
            self.out.raws.extend(raws);
        }
    }

    /// Data for `table` is about to load: triggers and rules created on it earlier fire now.
    fn data_arrives(&mut self, cat: &Catalog, table: usize) {
        let q = cat.tables[table].qualified();
        if let Some(armed) = self.risk.armed.remove(&q) {
            for (what, name, line, offset) in armed {
                let msg = format!("{what} {name} on {q} is created before the table's data is loaded, so it fires during the restore (pg_dump creates {what}s after the data)");
                let obj = Object {
                    kind: what.into(),
                    name,
                };
                self.restore_risk(
                    (
                        if what == "trigger" {
                            "trigger-before-data"
                        } else {
                            "rule-before-data"
                        },
                        Severity::High,
                        msg,
                    ),
                    line,
                    offset,
                    obj,
                    cat.current_database.clone(),
                );
            }
        }
    }

    fn restore_risk(
        &mut self,
        (rule, sev, msg): risk::Risk,
        line: u64,
        offset: usize,
        object: Object,
        db: Option<String>,
    ) {
        self.raw(Raw {
            rule: rule.into(),
            category: Category::RestoreRisk,
            severity: sev,
            message: msg,
            line,
            offset: offset as u64,
            object,
            column: None,
            row: None,
            value: Vec::new(),
            redacted: String::new(),
            database: db,
        });
    }

    /// Structured findings from DDL that names remote servers, passwords and roles.
    fn ddl(&mut self, cat: &Catalog, item: &Item, sql: &str, node: &N) -> bool {
        let db = cat.current_database.clone();
        let line_of = |loc: i32| {
            item.line
                + memchr::memchr_iter(b'\n', &sql.as_bytes()[..(loc.max(0) as usize).min(sql.len())]).count() as u64
        };
        let opts_of = |nodes: &[pg_query::protobuf::Node]| -> Vec<(String, String, i32)> {
            nodes
                .iter()
                .filter_map(|o| match o.node.as_ref()? {
                    N::DefElem(d) => Some((
                        d.defname.to_ascii_lowercase(),
                        crate::catalog::def_elem_text(d.arg.as_deref()),
                        d.location,
                    )),
                    _ => None,
                })
                .collect()
        };
        match node {
            N::CreateForeignServerStmt(s) => {
                let o = opts_of(&s.options);
                let host = o
                    .iter()
                    .find(|(k, _, _)| k == "host" || k == "hostaddr" || k == "server" || k == "address");
                if let Some((_, h, loc)) = host {
                    let conn = hosts::Conn {
                        hosts: h.split(',').map(|x| x.trim().to_string()).collect(),
                        user: None,
                        password: o.iter().find(|(k, _, _)| k == "password").map(|x| x.1.clone()),
                        redacted: String::new(),
                    };
                    let desc = o
                        .iter()
                        .filter(|(k, _, _)| k != "password")
                        .map(|(k, v, _)| format!("{k}={v}"))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let obj = Object {
                        kind: "server".into(),
                        name: s.servername.clone(),
                    };
                    self.out.raws.extend(conn_findings(
                        self.opts,
                        "fdw-server",
                        &conn,
                        &desc,
                        obj,
                        None,
                        None,
                        line_of(*loc),
                        item.span.start as u64,
                        db,
                        "foreign server points at",
                    ));
                }
                true
            }
            N::CreateUserMappingStmt(u) => {
                let who = u
                    .user
                    .as_ref()
                    .map(|r| {
                        if r.rolename.is_empty() {
                            "PUBLIC".to_string()
                        } else {
                            r.rolename.clone()
                        }
                    })
                    .unwrap_or_default();
                let obj = Object {
                    kind: "user-mapping".into(),
                    name: format!("{who}@{}", u.servername),
                };
                for (k, v, loc) in opts_of(&u.options) {
                    if k == "password" && !v.is_empty() {
                        self.raw(Raw {
                            rule: "user-mapping-password".into(),
                            category: Category::Secret,
                            severity: Severity::Critical,
                            message: format!(
                                "user mapping for {who} on server {} stores a password in clear text",
                                u.servername
                            ),
                            line: line_of(loc),
                            offset: item.span.start as u64,
                            object: obj.clone(),
                            column: None,
                            row: None,
                            redacted: redact(v.as_bytes()),
                            value: v.into_bytes(),
                            database: db.clone(),
                        });
                    }
                }
                true
            }
            N::CreateSubscriptionStmt(s) => {
                let obj = Object {
                    kind: "subscription".into(),
                    name: s.subname.clone(),
                };
                if let Some(conn) = hosts::parse_kv(&s.conninfo) {
                    self.out.raws.extend(conn_findings(
                        self.opts,
                        "subscription-conninfo",
                        &conn,
                        &conn.redacted.clone(),
                        obj,
                        None,
                        None,
                        line_of(s.conninfo_location),
                        item.span.start as u64,
                        db,
                        "subscription connects to",
                    ));
                }
                true
            }
            N::CreateRoleStmt(_) | N::AlterRoleStmt(_) => {
                let (name, options) = match node {
                    N::CreateRoleStmt(r) => (r.role.clone(), &r.options),
                    N::AlterRoleStmt(r) => (
                        r.role.as_ref().map(|x| x.rolename.clone()).unwrap_or_default(),
                        &r.options,
                    ),
                    _ => unreachable!(),
                };
                if let N::CreateRoleStmt(r) = node {
                    if r.options.is_empty() {
                        self.risk.created_roles.insert(name.clone());
                    }
                }
                let obj = Object {
                    kind: "role".into(),
                    name: name.clone(),
                };
                for (k, v, loc) in opts_of(options) {
                    if k != "password" || v.is_empty() {
                        continue;
                    }
                    let (rule, cat_, sev, what) = if v.starts_with("SCRAM-SHA-256$") {
                        (
                            "postgres-role-verifier",
                            Category::CredentialHash,
                            Severity::High,
                            "SCRAM-SHA-256 password verifier",
                        )
                    } else if v.len() == 35 && v.starts_with("md5") && v[3..].bytes().all(|b| b.is_ascii_hexdigit()) {
                        (
                            "postgres-role-verifier",
                            Category::CredentialHash,
                            Severity::High,
                            "md5 password verifier (crackable offline; md5 is deprecated)",
                        )
                    } else {
                        (
                            "role-plaintext-password",
                            Category::Secret,
                            Severity::Critical,
                            "password in clear text",
                        )
                    };
                    self.raw(Raw {
                        rule: rule.into(),
                        category: cat_,
                        severity: sev,
                        message: format!("role {name} carries a {what}"),
                        line: line_of(loc),
                        offset: item.span.start as u64,
                        object: obj.clone(),
                        column: None,
                        row: None,
                        redacted: redact(v.as_bytes()),
                        value: v.into_bytes(),
                        database: db.clone(),
                    });
                }
                true
            }
            _ => false,
        }
    }

    /// Scans COPY chunks in parallel and folds everything into findings.
    pub fn finish(mut self) -> Vec<Finding> {
        let chunks = std::mem::take(&mut self.chunks);
        let engine = self.engine;
        let opts = self.opts;
        let part = chunks
            .par_iter()
            .map(|c| scan_chunk(engine, opts, c))
            .reduce(Partial::default, Partial::merge);
        let mut all = std::mem::take(&mut self.out).merge(part);
        let mut findings = fold(std::mem::take(&mut all.raws), opts.show_secrets);
        findings.extend(self.pii_findings(all.pii));
        findings.sort_by(|a, b| {
            (a.database.as_deref(), a.line, &a.rule, &a.column).cmp(&(
                b.database.as_deref(),
                b.line,
                &b.rule,
                &b.column,
            ))
        });
        findings
    }

    fn pii_findings(&self, pii: HashMap<PiiKey, PiiAcc>) -> Vec<Finding> {
        let mut out = Vec::new();
        for ((table, column, kind), a) in pii {
            let plan = self.plans.values().find(|p| p.qualified == table);
            let total = self.table_rows.get(&table).copied().unwrap_or(0).max(a.count);
            let share = if total > 0 {
                a.count as f64 * 100.0 / total as f64
            } else {
                100.0
            };
            let db = plan.and_then(|p| p.database.clone());
            let accepted = self
                .opts
                .sanitized_columns
                .iter()
                .any(|s| s == &format!("{table}.{column}") || format!("public.{s}") == format!("{table}.{column}"));
            let (category, mut severity) = match kind {
                Kind::PasswordHash => (Category::CredentialHash, Severity::High),
                Kind::CreditCard | Kind::UsSsn | Kind::Iban | Kind::NationalId => (Category::Pii, Severity::High),
                Kind::IpAddress => (Category::Pii, Severity::Low),
                _ => (Category::Pii, Severity::Medium),
            };
            let mut note = String::new();
            if a.synthetic == a.count && kind != Kind::PasswordHash {
                severity = Severity::Low;
                note = " (all at reserved example domains: looks sanitized)".into();
            }
            if accepted {
                severity = Severity::Info;
                note = " (accepted as sanitized by configuration)".into();
            }
            let message = format!(
                "{} in {table}.{column}: {} of {} rows ({:.1}%){note}",
                kind.label(),
                a.count,
                total,
                share
            );
            let mut f = Finding {
                id: String::new(),
                rule: kind.rule_id().into(),
                category,
                severity,
                message,
                line: a.first_line,
                byte_offset: a.first_offset,
                object: Object {
                    kind: "table-data".into(),
                    name: table.clone(),
                },
                column: Some(column.clone()),
                row: Some(a.first_row),
                count: a.count,
                redacted: a.sample.clone(),
                value: None,
                database: db,
            };
            f.id = fingerprint(
                &f.rule,
                &f.object,
                f.column.as_deref(),
                kind.rule_id().as_bytes(),
                f.database.as_deref(),
            );
            out.push(f);
        }
        out
    }
}

/// Stable id of a finding: rule, object, column, database and a hash of the value; no line
/// numbers, so it survives edits elsewhere in the dump.
pub fn fingerprint(rule: &str, object: &Object, column: Option<&str>, value: &[u8], db: Option<&str>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [
        rule.as_bytes(),
        object.kind.as_bytes(),
        object.name.as_bytes(),
        column.unwrap_or("").as_bytes(),
        db.unwrap_or("").as_bytes(),
    ] {
        h.update(part);
        h.update([0]);
    }
    h.update(Sha256::digest(value));
    crate::input::hex(&h.finalize()[..16])
}

/// rule, object, column, value (or nothing, for per-column folds), database
type FoldKey = (String, Object, Option<String>, Vec<u8>, Option<String>);

/// Folds identical values of one rule in one object/column into one finding with a count;
/// credential hashes fold per column (each is salted, so every value differs).
fn fold(raws: Vec<Raw>, show: bool) -> Vec<Finding> {
    let mut map: HashMap<FoldKey, Finding> = HashMap::new();
    let mut order = Vec::new();
    for r in raws {
        let by_column = r.category == Category::CredentialHash && r.column.is_some();
        let vkey = if by_column {
            Vec::new()
        } else if r.value.is_empty() {
            format!("{}:{}", r.line, r.message).into_bytes()
        } else {
            r.value.clone()
        };
        let key = (
            r.rule.clone(),
            r.object.clone(),
            r.column.clone(),
            vkey,
            r.database.clone(),
        );
        match map.get_mut(&key) {
            Some(f) => {
                f.count += 1;
                if r.line < f.line {
                    f.line = r.line;
                    f.byte_offset = r.offset;
                    f.row = r.row;
                }
            }
            None => {
                let id = fingerprint(
                    &r.rule,
                    &r.object,
                    r.column.as_deref(),
                    if by_column { b"" } else { &key.3 },
                    r.database.as_deref(),
                );
                order.push(key.clone());
                map.insert(
                    key,
                    Finding {
                        id,
                        rule: r.rule,
                        category: r.category,
                        severity: r.severity,
                        message: r.message,
                        line: r.line,
                        byte_offset: r.offset,
                        object: r.object,
                        column: r.column,
                        row: r.row,
                        count: 1,
                        value: (show && !r.value.is_empty()).then(|| String::from_utf8_lossy(&r.value).into_owned()),
                        redacted: r.redacted,
                        database: r.database,
                    },
                );
            }
        }
    }
    let mut out: Vec<Finding> = order.into_iter().filter_map(|k| map.remove(&k)).collect();
    for f in &mut out {
        if f.count > 1 && f.category == Category::CredentialHash && f.column.is_some() {
            f.message = format!("{} ({} values in this column)", f.message, f.count);
        }
    }
    out
}

/// Findings for one engine hit: the rule's own, plus live-host verdicts for connection strings.
#[allow(clippy::too_many_arguments)]
fn hit_findings(
    engine: &Engine,
    opts: &Options,
    h: &Hit,
    object: Object,
    column: Option<String>,
    row: Option<u64>,
    line: u64,
    offset: u64,
    db: Option<String>,
) -> Vec<Raw> {
    let rule = &engine.rules[h.rule];
    if let Some(conn) = &h.conn {
        return conn_findings(
            opts,
            &rule.id,
            conn,
            &conn.redacted,
            object,
            column,
            row,
            line,
            offset,
            db,
            &format!("{} to", rule.description),
        );
    }
    let what = match &column {
        Some(c) => format!(" in {}.{c}", object.name),
        None => format!(" in {} {}", object.kind, object.name),
    };
    vec![Raw {
        rule: rule.id.clone(),
        category: rule.category,
        severity: rule.severity,
        message: format!("{}{what}", rule.description),
        line,
        offset,
        object,
        column,
        row,
        redacted: redact(&h.value),
        value: h.value.clone(),
        database: db,
    }]
}

/// A connection string: one finding for the string (critical with a password) and one per host
/// the policy denies or sees as internal.
#[allow(clippy::too_many_arguments)]
fn conn_findings(
    opts: &Options,
    rule: &str,
    conn: &hosts::Conn,
    shown: &str,
    object: Object,
    column: Option<String>,
    row: Option<u64>,
    line: u64,
    offset: u64,
    db: Option<String>,
    what: &str,
) -> Vec<Raw> {
    let mut out = Vec::new();
    let verdicts: Vec<(String, Verdict)> = conn.hosts.iter().map(|h| (h.clone(), opts.policy.judge(h))).collect();
    let all_allowed = !verdicts.is_empty() && verdicts.iter().all(|(_, v)| *v == Verdict::Allowed);
    let is_url = rule == "url-host";
    if !is_url {
        let (sev, pw) = match (&conn.password, all_allowed) {
            (Some(_), false) => (Severity::Critical, " with a password"),
            (Some(_), true) => (Severity::Medium, " with a password (to a reserved/allowed host)"),
            (None, false) => (Severity::Medium, ""),
            (None, true) => (Severity::Low, " (to a reserved/allowed host)"),
        };
        let hosts_s = conn.hosts.join(", ");
        let redacted: String = if shown.chars().count() > 120 {
            format!("{}…", shown.chars().take(120).collect::<String>())
        } else {
            shown.to_string()
        };
        out.push(Raw {
            rule: rule.into(),
            category: Category::ConnectionString,
            severity: sev,
            message: format!("{what} {hosts_s}{pw}"),
            line,
            offset,
            object: object.clone(),
            column: column.clone(),
            row,
            value: shown.as_bytes().to_vec(),
            redacted,
            database: db.clone(),
        });
    }
    for (h, v) in verdicts {
        let (sev, why) = match v {
            Verdict::Denied => (Severity::High, "is on the deny list"),
            Verdict::Internal if !is_url => (Severity::Medium, "is a private or internal host"),
            _ => continue,
        };
        out.push(Raw {
            rule: "live-host".into(),
            category: Category::LiveHost,
            severity: sev,
            message: format!("host {h} {why}"),
            line,
            offset,
            object: object.clone(),
            column: column.clone(),
            row,
            value: h.as_bytes().to_vec(),
            redacted: h.clone(),
            database: db.clone(),
        });
    }
    out
}

/// One value's PII verdicts (kind, synthetic?) given its column plan.
fn pii_value(c: &ColPlan, v: &[u8], out: &mut Vec<(Kind, bool, String)>) {
    let v = pii::trim(v);
    if v.is_empty() {
        return;
    }
    let mut ctx_hit = false;
    if let Some(k) = c.ctx {
        let hit = match k {
            Kind::Email => pii::find_email(v).map(|(s, e)| (Kind::Email, pii::is_synthetic_email(&v[s..e]))),
            Kind::Phone => pii::is_phone(v).then_some((Kind::Phone, false)),
            Kind::CreditCard => {
                let d: Vec<u8> = v.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
                ((13..=19).contains(&d.len())
                    && pii::luhn(&d)
                    && v.iter().all(|b| b.is_ascii_digit() || *b == b' ' || *b == b'-'))
                .then_some((Kind::CreditCard, false))
            }
            Kind::UsSsn => pii::is_us_ssn(v, false).then_some((Kind::UsSsn, false)),
            Kind::NationalId => {
                if pii::is_us_ssn(v, false) {
                    Some((Kind::UsSsn, false))
                } else {
                    ((5..=20).contains(&v.len())
                        && v.iter().any(u8::is_ascii_digit)
                        && v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b' '))
                    .then_some((Kind::NationalId, false))
                }
            }
            Kind::Iban => pii::is_iban(v).then_some((Kind::Iban, false)),
            Kind::IpAddress => pii::is_public_ip_text(v).then_some((Kind::IpAddress, false)),
            Kind::DateOfBirth => pii::is_date(v).then_some((Kind::DateOfBirth, false)),
            Kind::PersonName => (c.text && pii::is_name(v)).then_some((Kind::PersonName, false)),
            Kind::StreetAddress => (c.text && pii::is_street_address(v)).then_some((Kind::StreetAddress, false)),
            Kind::PasswordHash => pii::is_password_digest(v).then_some((Kind::PasswordHash, false)),
        };
        if let Some((k, syn)) = hit {
            out.push((k, syn, redact_pii(k, v)));
            ctx_hit = true;
        }
    }
    if !c.text || ctx_hit {
        return;
    }
    // Free text: only exact structures, found by a byte-level look first.
    let (mut digits, mut at, mut plus) = (0usize, false, false);
    for &b in v {
        digits += b.is_ascii_digit() as usize;
        at |= b == b'@';
        plus |= b == b'+';
    }
    if at {
        if let Some((s, e)) = pii::find_email(v) {
            out.push((
                Kind::Email,
                pii::is_synthetic_email(&v[s..e]),
                redact_pii(Kind::Email, &v[s..e]),
            ));
        }
    }
    if digits >= 8 && plus {
        if let Some((s, e)) = pii::find_intl_phone(v) {
            out.push((Kind::Phone, false, redact_pii(Kind::Phone, &v[s..e])));
        }
    }
    if digits >= 9 {
        if let Some((s, e)) = pii::find_ssn(v) {
            out.push((Kind::UsSsn, false, redact_pii(Kind::UsSsn, &v[s..e])));
        }
        if digits >= 13 {
            if let Some((s, e)) = pii::find_card(v) {
                out.push((Kind::CreditCard, false, redact_pii(Kind::CreditCard, &v[s..e])));
            }
        }
        if let Some((s, e)) = pii::find_iban(v) {
            out.push((Kind::Iban, false, redact_pii(Kind::Iban, &v[s..e])));
        }
    }
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
        _ => redact(v),
    }
}

fn record(
    part: &mut Partial,
    plan: &TablePlan,
    col: &str,
    (k, syn, sample): (Kind, bool, String),
    row: u64,
    line: u64,
    offset: u64,
) {
    let key = (plan.qualified.clone(), col.to_string(), k);
    let a = part.pii.entry(key).or_insert(PiiAcc {
        count: 0,
        synthetic: 0,
        first_row: row,
        first_line: line,
        first_offset: offset,
        sample,
    });
    a.count += 1;
    a.synthetic += syn as u64;
}

/// Scans one line-aligned piece of a COPY block: keyword hits first (on raw bytes), then the
/// PII pass over the columns that can hold personal data.
fn scan_chunk(engine: &Engine, opts: &Options, c: &Chunk) -> Partial {
    let mut part = Partial::default();
    let plan = &c.plan;
    let want_pii = plan.cols.iter().any(|p| p.ctx.is_some() || p.text || p.bytea);
    let has_kw = engine.any_keyword(c.data);
    if !want_pii && !has_kw {
        return part;
    }
    let obj = Object {
        kind: "table-data".into(),
        name: plan.qualified.clone(),
    };
    let mut hits = Vec::new();
    let mut kinds = Vec::new();
    let mut decoded_hits: Vec<(usize, Vec<u8>)> = Vec::new();
    for (i, off, line) in rows::copy_lines(c.data, c.offset) {
        let row = c.row + i as u64;
        let line_no = c.line + i as u64;
        // Secrets: only lines where a keyword occurs (a cheap automaton check on raw bytes).
        let kw_line = has_kw && engine.ac.is_match(line);
        rows::for_each_copy_field(line, off, c.delim, c.cols.len(), |fi, f: Field| {
            if f.is_null {
                return;
            }
            let Some(&ci) = c.cols.get(fi) else { return };
            let Some(cp) = plan.cols.get(ci) else { return };
            let kw = kw_line && engine.ac.is_match(f.raw);
            let hexkey = cp.bytea && memchr::memmem::find(f.raw, b"2d2d2d2d2d424547494e").is_some();
            if !(kw || hexkey || cp.ctx.is_some() || cp.text) {
                return;
            }
            let Some(v) = f.value() else { return };
            if kw || hexkey {
                hits.clear();
                decoded_hits.clear();
                engine.scan(&v, &mut hits);
                if let Some(bin) = engine::bytea_hex(&v) {
                    engine.scan(&bin, &mut hits);
                }
                for h in &hits {
                    let raws = hit_findings(
                        engine,
                        opts,
                        h,
                        obj.clone(),
                        Some(cp.name.clone()),
                        Some(row),
                        line_no,
                        f.offset as u64,
                        plan.database.clone(),
                    );
                    part.raws.extend(raws);
                }
            }
            if cp.ctx.is_some() || cp.text {
                kinds.clear();
                pii_value(cp, &v, &mut kinds);
                for (k, syn, sample) in kinds.drain(..) {
                    record(
                        &mut part,
                        plan,
                        &cp.name,
                        (k, syn, sample),
                        row,
                        line_no,
                        f.offset as u64,
                    );
                }
            }
        });
    }
    part
}

impl<'a> Visitor<'a> for Detector<'_, 'a> {
    fn statement(&mut self, cat: &Catalog, item: &Item, sql: &str, node: Option<&N>) {
        self.after_copy = false;
        let Some(node) = node else { return };
        let db = cat.current_database.clone();
        // Restore-time risks.
        for (rule, sev, msg) in risk::statement(node, sql, &mut self.risk, item.line, item.span.start) {
            let obj = object_of(node);
            self.restore_risk((rule, sev, msg), item.line, item.span.start, obj, db.clone());
        }
        if self.ddl(cat, item, sql, node) {
            return;
        }
        if let N::CopyStmt(c) = node {
            if c.filename.is_empty() && !c.is_program {
                return;
            }
        }
        let object = object_of(node);
        self.scan_statement(cat, item, sql, &object);
    }

    fn meta(&mut self, cat: &Catalog, item: &Item, text: &'a [u8]) {
        self.metas += 1;
        let t = String::from_utf8_lossy(text);
        let db = cat.current_database.clone();
        if let Some((rule, sev, msg)) = risk::meta(&t, self.after_copy) {
            self.restore_risk(
                (rule, sev, msg),
                item.line,
                item.span.start,
                Object {
                    kind: "meta-command".into(),
                    name: t.split_whitespace().next().unwrap_or("").into(),
                },
                db.clone(),
            );
        }
        let mut w = t.split_whitespace();
        match (w.next(), w.next()) {
            (Some("\\restrict"), Some(k)) => self.restrict = Some(k.to_string()),
            (Some("\\unrestrict"), Some(k)) if self.restrict.as_deref().is_some_and(|r| r != k) => {
                self.restore_risk(
                    (
                        "meta-restrict-mismatch",
                        Severity::High,
                        "\\unrestrict key differs from the \\restrict key".into(),
                    ),
                    item.line,
                    item.span.start,
                    Object {
                        kind: "meta-command".into(),
                        name: "\\unrestrict".into(),
                    },
                    db,
                );
            }
            _ => {}
        }
        self.after_copy = false;
    }

    fn copy_block(&mut self, cat: &Catalog, b: &CopyBlock<'a>) {
        self.after_copy = true;
        if b.table == usize::MAX || b.csv {
            return;
        }
        self.data_arrives(cat, b.table);
        let plan = self.plan(cat, b.table);
        let t = &cat.tables[b.table];
        *self.table_rows.entry(plan.qualified.clone()).or_insert(0) = t.rows;
        let rows_before = t.rows - rows::count_copy_rows(b.data);
        let cols = Arc::new(b.columns.clone());
        // Line-aligned chunks so one big table spreads over all cores.
        let mut start = 0;
        let mut line = b.line;
        let mut row = rows_before + 1;
        while start < b.data.len() {
            let mut end = (start + CHUNK).min(b.data.len());
            if end < b.data.len() {
                end = memchr::memchr(b'\n', &b.data[end..]).map_or(b.data.len(), |p| end + p + 1);
            }
            let piece = &b.data[start..end];
            self.chunks.push(Chunk {
                plan: plan.clone(),
                data: piece,
                offset: b.offset + start,
                line,
                row,
                delim: b.delimiter,
                cols: cols.clone(),
            });
            let n = rows::count_copy_rows(piece);
            line += n;
            row += n;
            start = end;
        }
    }

    fn insert_row(&mut self, cat: &Catalog, table: usize, cols: &[usize], row: u64, line: u64, fields: &[Field<'a>]) {
        if row == 1 {
            self.data_arrives(cat, table);
        }
        let plan = self.plan(cat, table);
        let t = &cat.tables[table];
        *self.table_rows.entry(plan.qualified.clone()).or_insert(0) = (t.rows).max(row);
        let obj = Object {
            kind: "table-data".into(),
            name: plan.qualified.clone(),
        };
        let mut hits = Vec::new();
        let mut kinds = Vec::new();
        for (fi, f) in fields.iter().enumerate() {
            if f.is_null {
                continue;
            }
            let Some(cp) = cols.get(fi).and_then(|&ci| plan.cols.get(ci)) else {
                continue;
            };
            let kw = self.engine.any_keyword(f.raw);
            let hexkey = cp.bytea && memchr::memmem::find(f.raw, b"2d2d2d2d2d424547494e").is_some();
            if !(kw || hexkey || cp.ctx.is_some() || cp.text) {
                continue;
            }
            let Some(v) = f.value() else { continue };
            if kw || hexkey {
                hits.clear();
                self.engine.scan(&v, &mut hits);
                if let Some(bin) = engine::bytea_hex(&v) {
                    self.engine.scan(&bin, &mut hits);
                }
                for h in &hits {
                    let raws = hit_findings(
                        self.engine,
                        self.opts,
                        h,
                        obj.clone(),
                        Some(cp.name.clone()),
                        Some(row),
                        line,
                        f.offset as u64,
                        plan.database.clone(),
                    );
                    self.out.raws.extend(raws);
                }
            }
            kinds.clear();
            pii_value(cp, &v, &mut kinds);
            for (k, syn, sample) in kinds.drain(..) {
                record(
                    &mut self.out,
                    &plan,
                    &cp.name,
                    (k, syn, sample),
                    row,
                    line,
                    f.offset as u64,
                );
            }
        }
    }
}

fn names(nodes: &[pg_query::protobuf::Node]) -> String {
    nodes
        .iter()
        .filter_map(crate::types::str_node)
        .collect::<Vec<_>>()
        .join(".")
}

/// What a piece of DDL is, for a finding's `object`.
fn object_of(node: &N) -> Object {
    let (kind, name) = match node {
        N::CreateFunctionStmt(f) => (
            if f.is_procedure { "procedure" } else { "function" },
            names(&f.funcname),
        ),
        N::ViewStmt(v) => (
            "view",
            v.view
                .as_ref()
                .map(|r| crate::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::CreateTableAsStmt(c) => (
            "materialized-view",
            c.into
                .as_ref()
                .and_then(|i| i.rel.as_ref())
                .map(|r| crate::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::CommentStmt(c) => ("comment", comment_target(c)),
        N::CreateStmt(c) => (
            "default",
            c.relation
                .as_ref()
                .map(|r| crate::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::AlterTableStmt(a) => (
            "default",
            a.relation
                .as_ref()
                .map(|r| crate::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::DoStmt(_) => ("statement", "DO".into()),
        N::CreateTrigStmt(t) => ("trigger", t.trigname.clone()),
        N::RuleStmt(r) => ("rule", r.rulename.clone()),
        N::CreatePolicyStmt(p) => ("policy", p.policy_name.clone()),
        _ => ("statement", statement_name(node)),
    };
    Object {
        kind: kind.into(),
        name,
    }
}

/// `COMMENT ON TABLE public.t` -> `table public.t`.
fn comment_target(c: &pg_query::protobuf::CommentStmt) -> String {
    let kind = pg_query::protobuf::ObjectType::try_from(c.objtype)
        .map(|o| o.as_str_name().trim_start_matches("OBJECT_").to_ascii_lowercase())
        .unwrap_or_default();
    let name = match c.object.as_ref().and_then(|o| o.node.as_ref()) {
        Some(N::List(l)) => names(&l.items),
        Some(N::String(s)) => s.sval.clone(),
        Some(N::ObjectWithArgs(o)) => names(&o.objname),
        _ => String::new(),
    };
    format!("{kind} {name}").trim().to_string()
}

/// A short name for any statement: its node type.
fn statement_name(node: &N) -> String {
    let dbg = format!("{node:?}");
    dbg.split('(').next().unwrap_or("statement").to_string()
}
