//! Detectors: secrets, credential hashes, connection strings, live hosts, personal data and
//! restore-time risks. [`Detector`] is a [`Visitor`] of the one pass over the dump: DDL and
//! meta-commands are judged as they come; COPY blocks are cut into line-aligned chunks that a
//! sink scans in parallel (see `cli::scan_one`), or that [`Detector::finish`] scans.

pub(crate) mod columns;
pub mod engine;
pub(crate) mod hosts;
pub(crate) mod named;
pub(crate) mod names;
pub(crate) mod national_ids;
pub(crate) mod pii;
pub(crate) mod prefilter;
pub(crate) mod risk;
pub(crate) mod table_data;
pub(crate) mod values;

use crate::findings::{fingerprint, redact, Finding, Object, Place, Raw};
use crate::rules::{Category, Severity};
use crate::sql::catalog::Catalog;
use crate::sql::pass::{CopyBlock, InsertRow, Visitor};
use crate::sql::rows;
use crate::sql::split::Item;
use engine::{Engine, Hit};
use hosts::{HostPolicy, Verdict};
use pg_query::protobuf::node::Node as N;
use pii::Kind;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use table_data::{Chunk, Partial, RowBatch, Scanner, TablePlan, Work};

/// How to judge what is found.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Which hosts are allowed or denied (`[hosts]` in `pgscreen.toml`, `--deny-host`).
    pub policy: HostPolicy,
    /// Keep each finding's value, and secrets whole in messages (`scan --show-secrets`).
    pub show_secrets: bool,
    /// `schema.table.column` (or `table.column`) accepted as synthetic person data.
    pub sanitized_columns: Vec<String>,
}

/// Size of the line-aligned pieces a COPY block is cut into for the parallel scan.
pub const CHUNK: usize = 4 << 20;

/// Size of the INSERT row batches handed to the sink (bytes of values).
pub const BATCH: usize = 1 << 20;

/// Where COPY chunks and INSERT row batches go as the pass finds them.
pub type Sink<'s, 'a> = &'s (dyn Fn(Work<'a>) + Sync);

/// The detectors as a [`Visitor`] of the one pass: judges statements and meta-commands as they
/// come, and cuts table data into work to scan in parallel.
pub struct Detector<'e, 'a, 's> {
    engine: &'e Engine,
    opts: &'e Options,
    out: Partial,
    sink: Option<Sink<'s, 'a>>,
    chunks: Vec<Work<'a>>,
    /// INSERT rows not yet handed to the sink.
    batch: Option<RowBatch<'a>>,
    plans: Vec<Arc<TablePlan>>,
    plan_ids: HashMap<(Option<String>, usize), usize>,
    last_plan: Option<(usize, Arc<TablePlan>)>,
    /// Rows per plan id.
    table_rows: Vec<u64>,
    risk: risk::Context,
    after_copy: bool,
    /// Since the last COPY block, pg_dump's closing comment has been seen: a database's dump
    /// ended in data, and pg_dumpall's `\connect` to the next one may follow.
    dump_complete: bool,
    restrict: Option<String>,
    /// The last TOC comment, until the statement it describes arrives.
    toc: Option<(crate::sql::pass::TocComment, u64)>,
    /// pg_dump's section reached (1 pre-data, 2 data, 3 post-data), per database.
    section: (u8, String, u64),
}

impl<'e, 'a, 's> Detector<'e, 'a, 's> {
    /// A detector with no sink: COPY chunks wait for [`Detector::finish`], INSERT rows are
    /// scanned as they come.
    pub fn new(engine: &'e Engine, opts: &'e Options) -> Self {
        Detector {
            engine,
            opts,
            out: Partial::default(),
            sink: None,
            chunks: Vec::new(),
            batch: None,
            plans: Vec::new(),
            plan_ids: HashMap::new(),
            last_plan: None,
            table_rows: Vec::new(),
            risk: risk::Context::default(),
            after_copy: false,
            dump_complete: false,
            restrict: None,
            toc: None,
            section: (0, String::new(), 0),
        }
    }

    /// Hands COPY chunks and INSERT row batches to `sink` as soon as they are found (to scan
    /// while the pass goes on).
    pub fn with_sink(mut self, sink: Sink<'s, 'a>) -> Self {
        self.sink = Some(sink);
        self
    }

    /// A scanner of table data with this detector's engine and options, for a sink to use.
    pub fn scanner(&self) -> Scanner<'e> {
        Scanner {
            engine: self.engine,
            opts: self.opts,
        }
    }

    fn plan(&mut self, cat: &Catalog, table: usize) -> Arc<TablePlan> {
        let t = &cat.tables[table];
        // Rows of one table come in long runs.
        if let Some((last, p)) = &self.last_plan {
            if *last == table && p.database == t.database {
                return p.clone();
            }
        }
        let p = self.plan_of(t, table);
        self.last_plan = Some((table, p.clone()));
        p
    }

    fn plan_of(&mut self, t: &crate::sql::catalog::Table, table: usize) -> Arc<TablePlan> {
        let key = (t.database.clone(), table);
        if let Some(&i) = self.plan_ids.get(&key) {
            return self.plans[i].clone();
        }
        let id = self.plans.len();
        let p = Arc::new(TablePlan::new(id, t));
        self.plans.push(p.clone());
        self.plan_ids.insert(key, id);
        p
    }

    /// Findings for every match in a piece of DDL text.
    fn scan_statement(&mut self, cat: &Catalog, item: &Item, sql: &str, node: &N) {
        self.scan_text(cat, sql.as_bytes(), (item.line, item.span.start), || object_of(node));
        // A large object's bytes, as pg_dump writes them (`lowrite(0, '\x...')`): a stored file
        // is text once decoded, and its hex shows no keyword.
        if let Some(bin) = large_object_bytes(sql) {
            let mut hits = Vec::new();
            self.engine.scan(&bin, &mut hits);
            for h in hits {
                let place = Place {
                    object: Object {
                        kind: "large-object".into(),
                        name: "lowrite".into(),
                    },
                    column: None,
                    row: None,
                    line: item.line,
                    offset: item.span.start as u64,
                    database: cat.current_database.clone(),
                };
                for r in hit_findings(self.engine, self.opts, &h, place) {
                    self.out.found.add(r);
                }
            }
        }
    }

    /// Pattern rules over `bytes`, which start at `(line, stream offset)`; `object` names what
    /// holds them (called only when there is something to report: naming can cost).
    fn scan_text(
        &mut self,
        cat: &Catalog,
        bytes: &[u8],
        (first, start): (u64, usize),
        object: impl FnOnce() -> Object,
    ) {
        if !self.engine.any_keyword(bytes) {
            return;
        }
        let mut hits = Vec::new();
        self.engine.scan(bytes, &mut hits);
        let object = if hits.is_empty() { return } else { object() };
        for h in hits {
            let line = first + memchr::memchr_iter(b'\n', &bytes[..h.start]).count() as u64;
            let off = (start + h.start) as u64;
            for r in hit_findings(
                self.engine,
                self.opts,
                &h,
                Place {
                    object: object.clone(),
                    column: None,
                    row: None,
                    line,
                    offset: off,
                    database: cat.current_database.clone(),
                },
            ) {
                self.out.found.add(r);
            }
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
                            crate::rules::rule_id!("trigger-before-data")
                        } else {
                            crate::rules::rule_id!("rule-before-data")
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
        self.out.found.add(Raw {
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
            let mut o = crate::sql::catalog::def_elems(nodes);
            o.iter_mut().for_each(|(k, _, _)| k.make_ascii_lowercase());
            o
        };
        match node {
            N::CreateForeignServerStmt(s) => {
                let o = opts_of(&s.options);
                let host = o
                    .iter()
                    .find(|(k, _, _)| k == "host" || k == "hostaddr" || k == "server" || k == "address");
                if let Some((_, h, loc)) = host {
                    let desc = o
                        .iter()
                        .filter(|(k, _, _)| k != "password")
                        .map(|(k, v, _)| format!("{k}={v}"))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let conn = hosts::Conn {
                        hosts: h.split(',').map(|x| x.trim().to_string()).collect(),
                        user: None,
                        password: o.iter().find(|(k, _, _)| k == "password").map(|x| x.1.clone()),
                        redacted: desc.clone(),
                    };
                    let obj = Object {
                        kind: "server".into(),
                        name: s.servername.clone(),
                    };
                    self.add_all(conn_findings(
                        self.opts,
                        crate::rules::rule_id!("fdw-server").as_str(),
                        false,
                        &conn,
                        desc.as_bytes(),
                        Place {
                            object: obj,
                            column: None,
                            row: None,
                            line: line_of(*loc),
                            offset: item.span.start as u64,
                            database: db,
                        },
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
                        self.out.found.add(Raw {
                            rule: crate::rules::rule_id!("user-mapping-password").into(),
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
                    self.add_all(conn_findings(
                        self.opts,
                        crate::rules::rule_id!("subscription-conninfo").as_str(),
                        false,
                        &conn,
                        s.conninfo.as_bytes(),
                        Place {
                            object: obj,
                            column: None,
                            row: None,
                            line: line_of(s.conninfo_location),
                            offset: item.span.start as u64,
                            database: db,
                        },
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
                            crate::rules::rule_id!("postgres-role-verifier"),
                            Category::CredentialHash,
                            Severity::High,
                            "SCRAM-SHA-256 password verifier",
                        )
                    } else if v.len() == 35 && v.starts_with("md5") && v[3..].bytes().all(|b| b.is_ascii_hexdigit()) {
                        (
                            crate::rules::rule_id!("postgres-role-verifier"),
                            Category::CredentialHash,
                            Severity::High,
                            "md5 password verifier (crackable offline; md5 is deprecated)",
                        )
                    } else {
                        (
                            crate::rules::rule_id!("role-plaintext-password"),
                            Category::Secret,
                            Severity::Critical,
                            "password in clear text",
                        )
                    };
                    self.out.found.add(Raw {
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

    fn add_all(&mut self, raws: Vec<Raw>) {
        for r in raws {
            self.out.found.add(r);
        }
    }

    fn set_rows(&mut self, plan: usize, rows: u64) {
        if self.table_rows.len() <= plan {
            self.table_rows.resize(plan + 1, 0);
        }
        self.table_rows[plan] = rows;
    }

    fn flush_rows(&mut self) {
        if let (Some(b), Some(sink)) = (self.batch.take(), self.sink) {
            if !b.is_empty() {
                sink(Work::Rows(b));
            }
        }
    }

    /// The same detector for the next window of a stream, handing its work to `sink`: the
    /// rows batched so far go to the old sink first, and chunks no sink took are scanned now,
    /// so nothing of the old window is borrowed any more.
    pub fn rebind<'b, 't>(mut self, sink: Option<Sink<'t, 'b>>) -> Detector<'e, 'b, 't> {
        self.flush_rows();
        let sc = self.scanner();
        for p in self.chunks.par_iter().map(|c| sc.work(c)).collect::<Vec<_>>() {
            self.out.merge(p);
        }
        Detector {
            engine: self.engine,
            opts: self.opts,
            out: self.out,
            sink,
            chunks: Vec::new(),
            batch: None,
            plans: self.plans,
            plan_ids: self.plan_ids,
            last_plan: self.last_plan,
            table_rows: self.table_rows,
            risk: self.risk,
            after_copy: self.after_copy,
            dump_complete: self.dump_complete,
            restrict: self.restrict,
            toc: self.toc,
            section: self.section,
        }
    }

    /// What the pass collected, without the sink (so it can outlive the sink's scope).
    pub fn into_collected(mut self) -> Collected<'e, 'a> {
        self.flush_rows();
        Collected {
            engine: self.engine,
            opts: self.opts,
            out: self.out,
            chunks: self.chunks,
            plans: self.plans,
            table_rows: self.table_rows,
        }
    }

    /// Scans the chunks no sink took and turns everything into findings.
    pub fn finish(self) -> Vec<Finding> {
        self.into_collected().finish(Partial::default())
    }
}

/// Findings and chunks a [`Detector`] collected, ready to be finished.
pub struct Collected<'e, 'a> {
    engine: &'e Engine,
    opts: &'e Options,
    out: Partial,
    chunks: Vec<Work<'a>>,
    plans: Vec<Arc<TablePlan>>,
    table_rows: Vec<u64>,
}

impl Collected<'_, '_> {
    /// Findings about the dump as a whole, from its header: a pg_dump that writes a `\restrict`
    /// key but no key in the file means the file was edited after pg_dump wrote it.
    pub fn check_header(&mut self, h: &crate::sql::pass::Header) {
        let Some(v) = h.pg_dump_version.as_deref() else { return };
        if !h.restrict_key && risk::writes_restrict(v) {
            self.out.found.add(Raw {
                rule: crate::rules::rule_id!("missing-restrict-key").into(),
                category: Category::RestoreRisk,
                severity: Severity::High,
                message: format!("the header says pg_dump {v} wrote this dump, which always starts with \\restrict KEY, but there is none: the file was edited (CVE-2025-8714 protection removed)"),
                line: 1,
                offset: 0,
                object: Object { kind: "statement".into(), name: "header".into() },
                column: None,
                row: None,
                value: Vec::new(),
                redacted: String::new(),
                database: None,
            });
        }
    }

    /// Scans what the sink did not take, merges `scanned` (what the sink produced) and turns
    /// everything into findings.
    pub fn finish(mut self, scanned: Partial) -> Vec<Finding> {
        let chunks = std::mem::take(&mut self.chunks);
        let sc = Scanner {
            engine: self.engine,
            opts: self.opts,
        };
        let parts: Vec<Partial> = chunks.par_iter().map(|c| sc.work(c)).collect();
        let mut all = std::mem::take(&mut self.out);
        all.merge(scanned);
        for p in parts {
            all.merge(p);
        }
        let mut pii = all.take_pii();
        // A column named for names whose sampled values are almost never names (licence titles
        // in `rf_fullname`, categories in `nombre`) holds no person names: its values decide.
        pii.retain(|&(pid, ci, kind), _| {
            let (Kind::PersonName, Some(l)) = (kind, all.looked.get(&(pid, ci))) else {
                return true;
            };
            !(l.values >= 3 && l.ascii * 2 > l.values && l.name_words * 20 < l.values)
        });
        let sampled = self.verdicts(std::mem::take(&mut all.sampled), &all.looked, &pii);
        let mut findings = all.found.into_findings(self.opts.show_secrets);
        findings.extend(self.pii_findings(pii, sampled));
        findings.sort_by(|a, b| {
            (a.database.as_deref(), a.line, &a.rule, &a.column, &a.id).cmp(&(
                b.database.as_deref(),
                b.line,
                &b.rule,
                &b.column,
                &b.id,
            ))
        });
        findings
    }

    /// The columns whose sampled values show one kind of person data: the kind most values
    /// are, when enough of them are (a name hint lowers the bar for its own kind). Keyed as
    /// [`table_data::PiiMap`]; the count is of sampled values, with how many were looked at.
    fn verdicts(
        &self,
        sampled: table_data::PiiMap,
        looked: &rustc_hash::FxHashMap<(usize, usize), table_data::Looked>,
        every_row: &table_data::PiiMap,
    ) -> Vec<(table_data::PiiKey, table_data::PiiAcc, u64)> {
        let mut best: rustc_hash::FxHashMap<(usize, usize), (Kind, table_data::PiiAcc)> = Default::default();
        for ((pid, ci, k), a) in sampled {
            match best.get(&(pid, ci)) {
                Some((bk, b)) if (b.count, *bk) >= (a.count, k) => {}
                _ => {
                    best.insert((pid, ci), (k, a));
                }
            }
        }
        // Columns with findings in every row already (by their name, or an email in free text).
        let settled: rustc_hash::FxHashSet<(usize, usize)> = every_row.keys().map(|&(p, c, _)| (p, c)).collect();
        let mut out = Vec::new();
        for ((pid, ci), (kind, a)) in best {
            let Some(l) = looked.get(&(pid, ci)) else { continue };
            let plan = &self.plans[pid];
            let hinted = plan.cols[ci].hint == Some(kind);
            // A few values decide nothing by value; but names in `users.name` or
            // `tenancy_contact.name` are people's however few rows the table has.
            let people_names = kind == Kind::PersonName && hinted && columns::table_of_people(&plan.qualified);
            if l.values < if people_names { 1 } else { 5 } || settled.contains(&(pid, ci)) {
                continue;
            }
            // Book and article numbers (an ISBN-10 passes the UK NHS number's mod-11 check).
            if !hinted && columns::names_an_article_number(&plan.cols[ci].name) {
                continue;
            }
            // Names by value in a table of products, stores or cities are businesses and places.
            let thing = kind == Kind::PersonName && columns::table_is_thing(&plan.qualified);
            // And in a column named for a place, towns named for people (`Saint-Pierre`).
            if kind == Kind::PersonName && !hinted && columns::names_a_place(&plan.cols[ci].name) {
                continue;
            }
            let bar = match kind {
                Kind::PersonName if thing => 0.9,
                // `contacts.name`: the name lists know a third of real people's surnames.
                Kind::PersonName if hinted && columns::table_of_people(&plan.qualified) => 0.3,
                Kind::PersonName if hinted => 0.5,
                _ if hinted => 0.5,
                Kind::Phone | Kind::DateOfBirth => 0.8,
                // By value alone only in a table of people (see pii_findings) and when the
                // values vary as identifiers do.
                Kind::Geolocation | Kind::Postcode | Kind::Username => 0.9,
                Kind::City | Kind::Passport | Kind::DriverLicence | Kind::LicencePlate => continue,
                _ => 0.6,
            };
            if (a.count as f64) < bar * l.values as f64 {
                continue;
            }
            let by_value_only = !hinted && matches!(kind, Kind::Postcode | Kind::Username);
            if by_value_only && (!l.varied() || columns::names_a_code(&plan.cols[ci].name)) {
                continue;
            }
            if kind == Kind::DateOfBirth && !birth_years(&l.years) {
                continue;
            }
            out.push(((pid, ci, kind), a, l.values));
        }
        out
    }

    fn pii_findings(
        &self,
        pii: table_data::PiiMap,
        sampled: Vec<(table_data::PiiKey, table_data::PiiAcc, u64)>,
    ) -> Vec<Finding> {
        let all: Vec<(table_data::PiiKey, table_data::PiiAcc, Option<u64>)> = pii
            .into_iter()
            .map(|(k, a)| (k, a, None))
            .chain(sampled.into_iter().map(|(k, a, n)| (k, a, Some(n))))
            .collect();
        // Quasi-identifiers count only in a table of people (one with other person data); a
        // login told by value alone only beside people's names, emails or phones.
        let login_by_value = |(pid, ci, kind): table_data::PiiKey, looked: Option<u64>| {
            kind == Kind::Username && looked.is_some() && self.plans[pid].cols[ci].hint != Some(kind)
        };
        // A birth date told by value alone is any date of the right spread (a book's publication
        // date): one only in a table of people.
        let birth_by_value = |(pid, ci, kind): table_data::PiiKey, looked: Option<u64>| {
            kind == Kind::DateOfBirth && looked.is_some() && self.plans[pid].cols[ci].hint != Some(kind)
        };
        let needs_people = |key: table_data::PiiKey, looked: Option<u64>| {
            key.2.is_quasi() || login_by_value(key, looked) || birth_by_value(key, looked)
        };
        let mut contact = rustc_hash::FxHashSet::default();
        // Which tables hold person data, and which hold direct identifiers (a birth date is
        // person data, not a direct identifier).
        let mut person = rustc_hash::FxHashSet::default();
        let mut direct = rustc_hash::FxHashSet::default();
        let mut kinds: rustc_hash::FxHashMap<usize, Vec<Kind>> = Default::default();
        // Where each table's person data first shows (for a finding about the whole table).
        let mut first_at: rustc_hash::FxHashMap<usize, (u64, u64)> = Default::default();
        for (key @ (pid, _, kind), acc, looked) in &all {
            kinds.entry(*pid).or_default().push(*kind);
            let at = first_at.entry(*pid).or_insert((acc.first_line, acc.first_offset));
            *at = (*at).min((acc.first_line, acc.first_offset));
            // A table of products, stores or cities is no table of people whatever its values.
            if !needs_people(*key, *looked) && !columns::table_is_thing(&self.plans[*pid].qualified) {
                person.insert(*pid);
                if !matches!(kind, Kind::DateOfBirth | Kind::PasswordHash | Kind::PlaintextPassword) {
                    direct.insert(*pid);
                }
                if matches!(kind, Kind::PersonName | Kind::Email | Kind::Phone) {
                    contact.insert(*pid);
                }
            }
        }
        let mut out = Vec::new();
        for ((pid, ci, kind), a, looked) in all {
            // A city, postcode or position alone names no one (a table of stores, of cities).
            if needs_people((pid, ci, kind), looked) && !person.contains(&pid) {
                continue;
            }
            if login_by_value((pid, ci, kind), looked) && !contact.contains(&pid) {
                continue;
            }
            let plan = &self.plans[pid];
            let table = &plan.qualified;
            let column = &plan.cols[ci].name;
            let full = format!("{table}.{column}");
            let accepted = self
                .opts
                .sanitized_columns
                .iter()
                .any(|s| *s == full || format!("public.{s}") == full);
            // Category and severity are the registry's (rule_id! made sure the id is there).
            let info = kind.rule_id().info();
            let (category, mut severity) = (info.category, info.severity);
            let mut note = String::new();
            if kind.is_quasi() && direct.contains(&pid) {
                severity = Severity::Medium;
                note = " (beside direct identifiers in the same table)".into();
            }
            // A supplier's or a site's address and phone are the organisation's, not a person's
            // (its contact person's name and email still count as person data).
            if matches!(kind, Kind::StreetAddress | Kind::Phone) && columns::table_of_organisations(table) {
                severity = Severity::Low;
                note = " (in a table of organisations or places: most likely theirs, not a person's)".into();
            }
            if a.synthetic == a.count && !matches!(kind, Kind::PasswordHash | Kind::PlaintextPassword) {
                severity = Severity::Low;
                note = match kind {
                    Kind::NationalId => " (none passes its check digits: looks made up)",
                    Kind::Email => " (all at reserved example domains: looks sanitized)",
                    _ => " (all a label and a random hex suffix: looks generated)",
                }
                .into();
            }
            if accepted {
                severity = Severity::Info;
                note = " (accepted as sanitized by configuration)".into();
            }
            let counted = match looked {
                Some(n) => format!(
                    "{} of {n} sampled values ({:.1}%) are {}{}",
                    a.count,
                    a.count as f64 * 100.0 / n as f64,
                    kind.label(),
                    match plan.cols[ci].hint {
                        Some(h) if h == kind => ", as its name suggests",
                        _ => ", by value",
                    }
                ),
                None => {
                    let total = self.table_rows.get(pid).copied().unwrap_or(0).max(a.count);
                    let share = if total > 0 {
                        a.count as f64 * 100.0 / total as f64
                    } else {
                        100.0
                    };
                    format!("{} of {} rows ({:.1}%)", a.count, total, share)
                }
            };
            let message = format!("{} in {full}: {counted}{note}", kind.label());
            let mut f = self.pii_finding(pid, Some(column), kind.rule_id(), &a, (category, severity), message);
            f.sampled = looked;
            out.push(f);
        }
        // Birth date, postcode and sex together single out most people (Sweeney 2000: 87% of
        // the US population by 5-digit ZIP, sex and birth date), names or no names.
        for (pid, ks) in kinds {
            let place = ks
                .iter()
                .find(|k| matches!(k, Kind::Postcode | Kind::City | Kind::Geolocation));
            let (false, true, Some(place)) = (direct.contains(&pid), ks.contains(&Kind::DateOfBirth), place) else {
                continue;
            };
            let plan = &self.plans[pid];
            let mut what = vec!["birth dates", place.label()];
            if plan.cols.iter().any(|c| columns::is_gender(&c.name)) {
                what.push("sex");
            }
            let rule = crate::rules::rule_id!("pii-quasi-identifiers");
            let info = rule.info();
            let (first_line, first_offset) = first_at.get(&pid).copied().unwrap_or_default();
            let a = table_data::PiiAcc {
                count: self.table_rows.get(pid).copied().unwrap_or(0),
                synthetic: 0,
                first_row: 1,
                first_line,
                first_offset,
                sample: String::new(),
            };
            let message = format!(
                "{} holds no names or direct identifiers, but its {} together single out most people: it is not anonymous",
                plan.qualified,
                what.join(", ")
            );
            out.push(self.pii_finding(pid, None, rule, &a, (info.category, info.severity), message));
        }
        out
    }

    /// A person-data finding on table `pid` (on `column`, or on the table), not yet saying how
    /// many values were sampled.
    fn pii_finding(
        &self,
        pid: usize,
        column: Option<&str>,
        rule: crate::rules::registry::RuleId,
        a: &table_data::PiiAcc,
        (category, severity): (Category, Severity),
        message: String,
    ) -> Finding {
        let plan = &self.plans[pid];
        let object = Object {
            kind: "table-data".into(),
            name: plan.qualified.clone(),
        };
        Finding {
            id: fingerprint(&rule, &object, column, rule.as_bytes(), plan.database.as_deref()),
            rule: rule.into(),
            category,
            severity,
            message,
            line: a.first_line,
            byte_offset: a.first_offset,
            object,
            column: column.map(str::to_string),
            row: column.map(|_| a.first_row),
            count: a.count,
            sampled: None,
            redacted: a.sample.clone(),
            value: None,
            database: plan.database.clone(),
            toc_entry: None,
        }
    }
}

/// Do these years (5-year bins from 1870) look like people's births: almost all before 2015,
/// the middle half spread over 15 years or more, half before 2000 (order dates, created
/// dates and event dates sit in a few recent years)?
fn birth_years(bins: &[u32; 32]) -> bool {
    let n: u32 = bins.iter().sum();
    if n == 0 {
        return false;
    }
    let quantile = |q: f64| {
        let want = (q * n as f64).ceil().max(1.0) as u32;
        let mut acc = 0;
        for (i, c) in bins.iter().enumerate() {
            acc += c;
            if acc >= want {
                return 1870 + 5 * i as u32;
            }
        }
        2100
    };
    let (q1, med, q3, p90) = (quantile(0.25), quantile(0.5), quantile(0.75), quantile(0.9));
    q3 - q1 >= 15 && med < 2000 && p90 <= 2015 && q1 >= 1900
}

impl<'a> Visitor<'a> for Detector<'_, 'a, '_> {
    fn toc_comment(&mut self, cat: &Catalog, toc: &crate::sql::pass::TocComment, line: u64) {
        let db = cat.current_database.clone();
        if let Some(sec) = risk::section_of(&toc.kind) {
            let (at, ref kind, kline) = self.section;
            if sec < at {
                let names = ["", "pre-data", "data", "post-data"];
                let r = (
                    crate::rules::rule_id!("toc-section-order"),
                    Severity::Medium,
                    format!(
                        "{} {} ({}) comes after {} ({} at line {kline}); pg_dump writes pre-data, then data, then post-data",
                        toc.kind, toc.name, names[sec as usize], names[at as usize], kind
                    ),
                );
                let obj = Object {
                    kind: "statement".into(),
                    name: format!("{} {}", toc.kind, toc.name),
                };
                self.restore_risk(r, line, 0, obj, db);
            } else {
                self.section = (sec, toc.kind.clone(), line);
            }
        }
        self.toc = Some((toc.clone(), line));
    }

    fn statement(&mut self, cat: &Catalog, item: &Item, sql: &str, node: Option<&N>) {
        self.after_copy = false;
        self.dump_complete = false;
        if let Some((toc, tline)) = self.toc.take() {
            // The INSERT fast path passes no tree and no text.
            let kind = match node {
                Some(n) => risk::kind_of(n),
                None if sql.is_empty() => "insert",
                None => "unparsed",
            };
            // pg_dump --disable-triggers (data only) first becomes the superuser it was given
            // (`SET SESSION AUTHORIZATION DEFAULT` without -S), then brackets the table's data
            // with ALTER TABLE: the entry's own statement is the one after.
            let becomes = toc.kind == "TABLE DATA"
                && matches!(node, Some(N::VariableSetStmt(v)) if v.name == "session_authorization");
            if becomes {
                self.toc = Some((toc, tline));
            } else if let Some(expect) = risk::toc_expects(&toc.kind) {
                let toggle = toc.kind == "TABLE DATA" && node.is_some_and(risk::is_trigger_toggle);
                if !expect.contains(&kind) && !toggle {
                    let r = (
                        crate::rules::rule_id!("toc-mismatch"),
                        Severity::Medium,
                        format!(
                            "the TOC comment at line {tline} announces {} {} but the statement that follows is {kind}: not what pg_dump writes there",
                            toc.kind, toc.name
                        ),
                    );
                    let obj = Object {
                        kind: "statement".into(),
                        name: format!("{} {}", toc.kind, toc.name),
                    };
                    self.restore_risk(r, item.line, item.span.start, obj, cat.current_database.clone());
                }
            }
        }
        let Some(node) = node else { return };
        let db = cat.current_database.clone();
        if let Some(msg) = cat.unread_encoding(node) {
            let r = (crate::rules::rule_id!("client-encoding-unread"), Severity::High, msg);
            self.restore_risk(r, item.line, item.span.start, object_of(node), db.clone());
        }
        self.risk.search_schema.clone_from(&cat.search_schema);
        for r in risk::statement(node, sql, &mut self.risk, item.line, item.span.start) {
            self.restore_risk(r, item.line, item.span.start, object_of(node), db.clone());
        }
        if self.ddl(cat, item, sql, node) {
            return;
        }
        if let N::CopyStmt(c) = node {
            if c.filename.is_empty() && !c.is_program {
                return;
            }
        }
        self.scan_statement(cat, item, sql, node);
    }

    /// Comments are no statement, but a dump can carry a credential in one as well as anywhere.
    fn gap(&mut self, cat: &Catalog, text: &'a [u8], offset: usize, line: u64) {
        // A database's dump whose last item is COPY data ends there: pg_dumpall's `\connect`
        // to the next database follows pg_dump's closing comment (pg_dumpall 10 does).
        if self.after_copy && memchr::memmem::find(text, b"-- PostgreSQL database dump complete").is_some() {
            self.dump_complete = true;
        }
        self.scan_text(cat, text, (line, offset), || Object {
            kind: "comment".into(),
            name: "between statements".into(),
        });
    }

    fn meta(&mut self, cat: &Catalog, item: &Item, text: &'a [u8]) {
        let t = String::from_utf8_lossy(text);
        if t.starts_with("\\connect") || t.starts_with("\\c ") {
            // pg_dumpall: each database starts its sections again.
            self.section = (0, String::new(), 0);
        }
        let db = cat.current_database.clone();
        let obj = |name: &str| Object {
            kind: "meta-command".into(),
            name: name.into(),
        };
        // pg_dump ends a dump whose last section is data (a data-only dump without sequences)
        // with `\unrestrict KEY` straight after the last COPY block: closing the dump's own
        // restriction there is not something smuggled into the data.
        let mut w = t.split_whitespace();
        let (cmd, key, more) = (w.next(), w.next(), w.next());
        let closes = cmd == Some("\\unrestrict") && key.is_some() && key == self.restrict.as_deref() && more.is_none();
        let next_database = self.dump_complete && matches!(cmd, Some("\\connect" | "\\c"));
        if let Some(r) = risk::meta(&t, self.after_copy && !closes && !next_database) {
            self.restore_risk(r, item.line, item.span.start, obj(cmd.unwrap_or("")), db.clone());
        }
        match (cmd, key) {
            (Some("\\restrict"), Some(k)) => self.restrict = Some(k.to_string()),
            (Some("\\unrestrict"), Some(k)) if self.restrict.as_deref().is_some_and(|r| r != k) => {
                let r = (
                    crate::rules::rule_id!("meta-restrict-mismatch"),
                    Severity::High,
                    "\\unrestrict key differs from the \\restrict key".to_string(),
                );
                self.restore_risk(r, item.line, item.span.start, obj("\\unrestrict"), db);
            }
            _ => {}
        }
        // A credential on a meta-command's line (`\set pw '...'`, `\connect` to a URI with a
        // password) is a secret in the dump, whatever else the line is.
        let name = cmd.unwrap_or("").to_string();
        self.scan_text(cat, text, (item.line, item.span.start), || obj(&name));
        self.after_copy = false;
        self.dump_complete = false;
    }

    fn copy_block(&mut self, cat: &Catalog, b: &CopyBlock<'a>) {
        self.after_copy = true;
        self.dump_complete = false;
        if b.table == usize::MAX {
            return;
        }
        if b.csv {
            // pg_dump never writes CSV, and its rows are not read field by field here: the
            // pattern rules still go over its text, so a credential in it is not missed.
            let name = cat.tables[b.table].qualified();
            self.scan_text(cat, b.data, (b.line, b.offset), || Object {
                kind: "table-data".into(),
                name,
            });
            return;
        }
        self.data_arrives(cat, b.table);
        let plan = self.plan(cat, b.table);
        let t = &cat.tables[b.table];
        self.set_rows(plan.id, t.rows);
        let cols = Arc::new(b.columns.clone());
        // Line-aligned chunks, so one big table spreads over all cores.
        let (mut start, mut line, mut row) = (0, b.line, b.first_row);
        while start < b.data.len() {
            let mut end = (start + CHUNK).min(b.data.len());
            if end < b.data.len() {
                end = memchr::memchr(b'\n', &b.data[end..]).map_or(b.data.len(), |p| end + p + 1);
            }
            let piece = &b.data[start..end];
            let chunk = Chunk {
                plan: plan.clone(),
                data: piece,
                offset: b.offset + start,
                line,
                row,
                delim: b.delimiter,
                cols: cols.clone(),
            };
            match self.sink {
                Some(sink) => sink(Work::Copy(chunk)),
                None => self.chunks.push(Work::Copy(chunk)),
            }
            if end < b.data.len() {
                let n = rows::count_copy_rows(piece);
                line += n;
                row += n;
            }
            start = end;
        }
    }

    fn insert_row(&mut self, cat: &Catalog, r: &InsertRow<'_, 'a>) {
        let (table, row) = (r.table, r.row);
        if row == 1 {
            self.data_arrives(cat, table);
        }
        let plan = self.plan(cat, table);
        self.set_rows(plan.id, cat.tables[table].rows.max(row));
        if self.sink.is_none() {
            let sc = self.scanner();
            sc.row(&mut self.out, &plan, r);
            return;
        }
        if self.batch.as_ref().is_some_and(|b| b.plan.id != plan.id) {
            self.flush_rows();
        }
        let b = self.batch.get_or_insert_with(|| RowBatch::new(plan));
        b.push(r);
        if b.bytes >= BATCH {
            self.flush_rows();
        }
    }
}

/// Findings for one engine hit: the rule's own, plus live-host verdicts for connection strings.
pub(crate) fn hit_findings(engine: &Engine, opts: &Options, h: &Hit, at: Place) -> Vec<Raw> {
    let rule = &engine.rules[h.rule];
    if let Some(conn) = &h.conn {
        let host_only = rule.check == crate::rules::Check::Connection(crate::rules::patterns::Form::UrlHost);
        return conn_findings(
            opts,
            &rule.id,
            host_only,
            conn,
            &h.value,
            at,
            &format!("{} to", rule.description),
        );
    }
    let what = match &at.column {
        Some(c) => format!(" in {}.{c}", at.object.name),
        None => format!(" in {} {}", at.object.kind, at.object.name),
    };
    let message = format!("{}{what}", rule.description);
    let kind = (rule.category, rule.severity);
    vec![Raw::at(at, &rule.id, kind, message, h.value.clone(), redact(&h.value))]
}

/// A connection string: one finding for the string (critical with a password) and one per host
/// the policy denies or sees as internal.
fn conn_findings(
    opts: &Options,
    rule: &str,
    host_only: bool,
    conn: &hosts::Conn,
    value: &[u8],
    at: Place,
    what: &str,
) -> Vec<Raw> {
    let mut out = Vec::new();
    let verdicts: Vec<(String, Verdict)> = conn.hosts.iter().map(|h| (h.clone(), opts.policy.judge(h))).collect();
    let all_allowed = !verdicts.is_empty() && verdicts.iter().all(|(_, v)| *v == Verdict::Allowed);
    if !host_only {
        // `user:changeme@`, `${DB_PASSWORD}`: a template's stand-in is no password, and a
        // template without one (`postgres://${DB_USER}:${DB_PASSWORD}@db/app`) is low.
        let password = conn.password.as_deref().filter(|p| {
            let p = p.as_bytes();
            !(engine::is_placeholder(p) || engine::is_stand_in(p))
        });
        let template = [&b"${"[..], b"{{"]
            .iter()
            .any(|t| memchr::memmem::find(value, t).is_some());
        let (sev, pw) = match (password, all_allowed) {
            (Some(_), false) => (Severity::Critical, " with a password"),
            (Some(_), true) => (Severity::Medium, " with a password (to a reserved/allowed host)"),
            (None, false) if template => (Severity::Low, " (a template)"),
            (None, false) => (Severity::Medium, ""),
            (None, true) => (Severity::Low, " (to a reserved/allowed host)"),
        };
        let hosts_s = conn.hosts.join(", ");
        // Shown with its password starred; folded and fingerprinted by the whole string, so
        // two strings that differ only in their password stay two findings.
        let shown = &conn.redacted;
        let redacted: String = if shown.chars().count() > 120 {
            format!("{}…", shown.chars().take(120).collect::<String>())
        } else {
            shown.to_string()
        };
        let message = format!("{what} {hosts_s}{pw}");
        let kind = (Category::ConnectionString, sev);
        out.push(Raw::at(at.clone(), rule, kind, message, value.to_vec(), redacted));
    }
    for (h, v) in verdicts {
        let (sev, why) = match v {
            Verdict::Denied => (Severity::High, "is on the deny list"),
            Verdict::Internal if !host_only => (Severity::Medium, "is a private or internal host"),
            _ => continue,
        };
        let message = format!("host {h} {why}");
        let rule = crate::rules::rule_id!("live-host").as_str();
        out.push(Raw::at(
            at.clone(),
            rule,
            (Category::LiveHost, sev),
            message,
            h.as_bytes().to_vec(),
            h,
        ));
    }
    out
}

fn names(nodes: &[pg_query::protobuf::Node]) -> String {
    nodes
        .iter()
        .filter_map(crate::sql::types::str_node)
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
                .map(|r| crate::sql::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::CreateTableAsStmt(c) => (
            "materialized-view",
            c.into
                .as_ref()
                .and_then(|i| i.rel.as_ref())
                .map(|r| crate::sql::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::CommentStmt(c) => ("comment", comment_target(c)),
        N::CreateStmt(c) => (
            "default",
            c.relation
                .as_ref()
                .map(|r| crate::sql::catalog::qualify(&r.schemaname, &r.relname))
                .unwrap_or_default(),
        ),
        N::AlterTableStmt(a) => (
            "default",
            a.relation
                .as_ref()
                .map(|r| crate::sql::catalog::qualify(&r.schemaname, &r.relname))
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

/// Where the bytea literal of a `SELECT pg_catalog.lowrite(fd, '\x...')` (a large object's
/// bytes) stands in the statement, without its quotes. (`'\\x...'`, where backslashes escape
/// with standard_conforming_strings off, is read alike by `bytea_field_into`.)
pub fn lowrite_literal(sql: &[u8]) -> Option<std::ops::Range<usize>> {
    let at = memchr::memmem::find(sql, b"lowrite(")?;
    let open = at + memchr::memchr(b'\'', &sql[at..])? + 1;
    let close = open + memchr::memchr(b'\'', &sql[open..])?;
    Some(open..close)
}

/// The bytes a `lowrite` statement writes, decoded.
fn large_object_bytes(sql: &str) -> Option<Vec<u8>> {
    let lit = lowrite_literal(sql.as_bytes())?;
    let mut out = Vec::new();
    crate::detect::engine::bytea_field_into(&sql.as_bytes()[lit], &mut out).then_some(out)
}

/// A short name for any statement: its node type.
fn statement_name(node: &N) -> String {
    let dbg = format!("{node:?}");
    dbg.split('(').next().unwrap_or("statement").to_string()
}

/// The spans of `b` a detector flags on their own, wherever they stand: pattern-rule hits
/// (secrets, credentials, connection strings) and person-data values in free text (email, card,
/// SSN, IBAN); each with whether it is an email at a reserved example domain.
fn flagged_spans(engine: &Engine, b: &[u8]) -> Vec<(usize, usize, bool)> {
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    if engine.any_keyword(b) {
        let mut hits = Vec::new();
        engine.shapes(b, &mut hits);
        spans.extend(hits.iter().map(|h| (h.start, h.end, false)));
    }
    type Finder = fn(&[u8]) -> Option<(usize, usize)>;
    let finders: [(Finder, bool); 4] = [
        (pii::find_email, true),
        (pii::find_card, false),
        (pii::find_ssn, false),
        (pii::find_iban, false),
    ];
    for (find, email) in finders {
        let mut from = 0;
        while from < b.len() {
            let Some((s, e)) = find(&b[from..]) else { break };
            let (s, e) = (from + s, from + e);
            spans.push((s, e, email && pii::is_synthetic_email(&b[s..e])));
            from = e.max(s + 1);
        }
    }
    spans
}

/// Whether a detector would flag `v` on its own (an email at a reserved example domain aside):
/// what `verify` uses to decide which quoted values it may show whole.
pub fn flags_value(engine: &Engine, v: &[u8]) -> bool {
    flagged_spans(engine, v).iter().any(|&(_, _, synthetic)| !synthetic)
}

/// `text` with every span a detector flags replaced by its redacted form: the last step for
/// messages that quote the dump, so no secret or person-data value appears whole in them.
pub fn scrub(engine: &Engine, text: &str) -> String {
    let b = text.as_bytes();
    let mut spans = flagged_spans(engine, b);
    if spans.is_empty() {
        return text.to_string();
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e, _) in spans {
        // Spans may overlap: each byte is replaced once. A span is widened to whole
        // characters, so it never fails open.
        let mut s = s.max(at);
        let mut e = e.min(text.len());
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        while !text.is_char_boundary(e) {
            e += 1;
        }
        if s >= e || s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(&redact(&b[s..e]));
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// [`scrub`] over every finding's message.
pub fn scrub_messages(engine: &Engine, findings: &mut [Finding]) {
    for f in findings {
        f.message = scrub(engine, &f.message);
    }
}

/// Findings about an archive's own structure, from what expanding it told: COPY data whose
/// terminator is missing (pg_dump always writes one, so the archive was made or edited by
/// something else).
pub fn archive_findings(about: &crate::read::archive::About) -> Vec<Finding> {
    about
        .unterminated
        .iter()
        .map(|u| {
            let object = Object {
                kind: "table-data".into(),
                name: u.table.clone(),
            };
            let rule = crate::rules::rule_id!("archive-data-unterminated");
            Finding {
                id: fingerprint(&rule, &object, None, u.toc.dump_id.to_string().as_bytes(), None),
                rule: rule.into(),
                category: Category::RestoreRisk,
                severity: Severity::High,
                message: format!(
                    "data of TOC entry {} ({} {}) ends without the \\. terminator pg_dump always writes: in a script made with pg_restore -f, psql reads the text that follows as this table's data up to the next \\., and runs what comes after that as SQL",
                    u.toc.dump_id, u.toc.desc, u.toc.tag
                ),
                line: u.toc.line,
                byte_offset: 0,
                object,
                column: None,
                row: None,
                count: 1,
                sampled: None,
                redacted: String::new(),
                value: None,
                database: None,
                toc_entry: Some(u.toc.clone()),
            }
        })
        .collect()
}
