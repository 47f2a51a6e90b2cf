//! `verify`: will this dump restore cleanly? Predicted without a database, in two passes over the
//! (already mapped or expanded) text: the first builds the final catalog (so keys declared after
//! the data, as pg_dump writes them, are known), the second checks every data row against it —
//! field counts, each value's input syntax for its column type, NULLs in NOT NULL columns, the
//! encoding — and keeps compact digests of key values to find duplicate keys and orphaned
//! foreign keys once all data is read.

pub(crate) mod drive;
pub(crate) mod keys;
pub(crate) mod values;

pub use drive::{default_target, run, run_as, verify_input, Options, Verified};

use crate::findings::Finding;
use crate::findings::{Object, Place};
use crate::rules::registry::RuleId;
use crate::rules::{Category, Severity};
use crate::sql::catalog::{Catalog, ConstraintDef, Table};
use crate::sql::encoding::ClientEncoding;
use crate::sql::pass::{CopyBlock, InsertRow, Visitor, Walk};
use crate::sql::rows::{self, Field};
use crate::sql::split::Item;
use crate::sql::types::str_node;
use keys::Role;
use pg_query::protobuf::node::Node as N;
use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use values::{Check, ColumnCheck};

/// Findings per kind of problem beyond which only the count grows (a dump with a million bad
/// rows needs its first ones named, not all).
const MAX_PER_RULE: usize = 20;

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

/// What the second pass needs from the final catalog, per table.
struct Plan {
    checks: Vec<ColumnCheck>,
    /// The table's decided CHECK constraints (its own and those it inherits), in name order as
    /// the server tests them: (name, column or `usize::MAX` for a constant test, test).
    row_checks: Vec<(String, usize, std::sync::Arc<crate::sql::check::Check>)>,
    /// Key specs that read this table's rows.
    specs: Vec<usize>,
}

/// The second pass: a [`Visitor`] that checks every statement and row against the
/// final catalog and keeps key digests, for [`Verifier::finish`] to find duplicates and orphans.
pub struct Verifier<'f> {
    fin: &'f Catalog,
    plans: Vec<Plan>,
    spec_role: Vec<Role>,
    specs: Vec<KeySpec>,
    uniques: Vec<Unique>,
    foreigns: Vec<Foreign>,
    /// Every key row's digest, in bounded memory: a shard per worker thread and one for the
    /// pass's own thread, so workers add to them without waiting on each other.
    store: Vec<Mutex<keys::Store>>,
    hash: keys::KeyHash,
    findings: Vec<Finding>,
    per_rule: HashMap<String, usize>,
    roles_named: BTreeSet<String>,
    roles_created: BTreeSet<String>,
    has_ddl: bool,
    redact: &'f dyn Fn(&str, &[u8]) -> bool,
    /// The major version of the server the dump is meant for, when the user names it.
    target: Option<u32>,
    /// The target cluster's bootstrap superuser (initdb's -U; `postgres` in Debian's and the
    /// official images' clusters): it exists before the restore.
    superuser: Option<String>,
    /// The dump dropped schema public (pg_dump --clean) before any CREATE SCHEMA public.
    public_dropped: bool,
    /// Databases the dump creates (CREATE DATABASE), which a later `\connect` may name.
    dbs_created: BTreeSet<String>,
    /// Owners given by `ALTER TABLE ... OWNER TO` (sequences too), by schema-qualified name;
    /// a relation with none is owned by the role running the restore.
    owners: HashMap<(Option<String>, String, String), String>,
    /// Final-catalog tables by [`table_key`] (the first of a name), so a COPY block finds its
    /// table without a walk over all of them: linear in tables, not quadratic.
    by_key: HashMap<String, usize>,
    /// Key specs by (table, columns).
    spec_of: HashMap<(usize, Vec<usize>), usize>,
    /// The last INSERT target: its pass-2 table and column list, the final table and columns.
    insert_target: Option<(usize, Vec<usize>, usize, Vec<usize>)>,
    /// INSERT rows not yet checked: they are checked in parallel, a batch at a time.
    inserts: InsertBatch,
    /// Names of what the dump has created so far (relations, types, functions, schemas,
    /// extensions, databases, roles; by last name, any schema): a call of one is not a built-in
    /// the target may lack, and a DROP of one finds it.
    created: std::collections::HashSet<String>,
    /// (role, member) pairs granted WITH ADMIN OPTION so far.
    admins: std::collections::HashSet<(String, String)>,
}

/// CREATE DATABASE options newer than PostgreSQL 10, with the major that added them (pg_dump
/// 13+ writes LOCALE, 15+ LOCALE_PROVIDER, 17+ BUILTIN_LOCALE where they apply).
const CREATEDB_OPTION_SINCE: &[(&str, u32)] = &[
    ("locale", 13),
    ("locale_provider", 15),
    ("icu_locale", 15),
    ("collation_version", 15),
    ("strategy", 15),
    ("oid", 15),
    ("icu_rules", 16),
    ("builtin_locale", 17),
];

/// Column indices of the pass-2 table `t` (a COPY list, an INSERT's columns) as the final
/// table `ft`'s, matched by name (usize::MAX: a column it lacks).
fn final_columns(t: &Table, ft: &Table, cols: &[usize]) -> Vec<usize> {
    cols.iter()
        .map(|&c| {
            t.columns
                .get(c)
                .and_then(|col| ft.column_index(&col.name))
                .unwrap_or(usize::MAX)
        })
        .collect()
}

/// The key a table is found by in the final catalog: database, schema and name.
fn table_key(t: &Table) -> String {
    format!("{}\0{}\0{}", t.database.as_deref().unwrap_or(""), t.schema, t.name)
}

/// A catalog's tables by [`table_key`], the first of each name winning (as a lookup by name
/// would find it).
fn index_by_key(cat: &Catalog) -> HashMap<String, usize> {
    let mut by_key = HashMap::with_capacity(cat.tables.len());
    for (i, t) in cat.tables.iter().enumerate() {
        by_key.entry(table_key(t)).or_insert(i);
    }
    by_key
}

impl<'f> Verifier<'f> {
    /// Plans the checks from the first pass's final catalog. Key digests beyond `memory` bytes
    /// go to a temporary file in `temp_dir`.
    pub fn new(
        fin: &'f Catalog,
        redact: &'f dyn Fn(&str, &[u8]) -> bool,
        memory: u64,
        temp_dir: &std::path::Path,
    ) -> Verifier<'f> {
        let mut v = Verifier {
            fin,
            plans: Vec::new(),
            spec_role: Vec::new(),
            specs: Vec::new(),
            uniques: Vec::new(),
            foreigns: Vec::new(),
            store: {
                let first = keys::Store::new(memory, temp_dir);
                let more: Vec<keys::Store> = (0..rayon::current_num_threads()).map(|_| first.shard()).collect();
                std::iter::once(first).chain(more).map(Mutex::new).collect()
            },
            hash: keys::KeyHash::default(),
            findings: Vec::new(),
            per_rule: HashMap::new(),
            roles_named: BTreeSet::new(),
            roles_created: fin.roles.iter().map(|r| r.name.clone()).collect(),
            has_ddl: fin.tables.iter().any(|t| t.declared),
            redact,
            target: None,
            superuser: None,
            public_dropped: false,
            dbs_created: BTreeSet::new(),
            owners: HashMap::new(),
            by_key: index_by_key(fin),
            spec_of: HashMap::new(),
            insert_target: None,
            inserts: InsertBatch::default(),
            created: ["public", "plpgsql", "postgres", "template1", "template0"]
                .map(String::from)
                .into(),
            admins: std::collections::HashSet::new(),
        };
        // A foreign key names its parent qualified, or (older dumps) bare for schema public.
        let mut by_ref: HashMap<(Option<&str>, String), usize> = HashMap::new();
        for (ti, t) in fin.tables.iter().enumerate() {
            let db = t.database.as_deref();
            by_ref.entry((db, t.qualified())).or_insert(ti);
            if t.schema == "public" {
                by_ref.entry((db, t.name.clone())).or_insert(ti);
            }
        }
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
                        domain_checks: fin.domain_checks(&ty),
                        not_null: c.not_null || dom_nn,
                        type_name: ty,
                    }
                })
                .collect();
            v.plans.insert(
                ti,
                Plan {
                    checks,
                    row_checks: fin
                        .table_checks(t, &|x, p| by_ref.get(&(x.database.as_deref(), p.to_string())).copied()),
                    specs: Vec::new(),
                },
            );
        }
        for (ti, t) in fin.tables.iter().enumerate() {
            for c in &t.constraints {
                match c.kind {
                    "primary-key" | "unique" => {
                        if let Some(spec) = v.spec(ti, &c.columns) {
                            v.role(spec).unique = true;
                            v.uniques.push(Unique {
                                spec,
                                constraint: c.clone(),
                            });
                        }
                    }
                    "foreign-key" => {
                        let Some((pname, pcols)) = &c.references else { continue };
                        let Some(&pi) = by_ref.get(&(t.database.as_deref(), pname.clone())) else {
                            continue;
                        };
                        let pcols = if pcols.is_empty() {
                            fin.tables[pi].primary_key.clone().unwrap_or_default()
                        } else {
                            pcols.clone()
                        };
                        if let (Some(child), Some(parent)) = (v.spec(ti, &c.columns), v.spec(pi, &pcols)) {
                            v.role(child).child = true;
                            v.role(parent).parent = true;
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

    /// A finding about one statement, at the statement.
    /// What the statement uses that a server of `target` does not have: a setting (`SET`), a
    /// built-in function or type (by the servers' catalogs, builtins.tsv). pg_dump qualifies
    /// every other schema's names, so a bare name is pg_catalog's unless the dump defines it;
    /// in an old dump (a search path of its own) with extensions, a bare name may be theirs.
    fn version_gaps(&mut self, cat: &Catalog, item: &Item, node: &N, target: u32) {
        use crate::sql::builtins::{self, Kind};
        if let N::VariableSetStmt(s) = node {
            if let Some((first, last)) = builtins::missing(Kind::Setting, &s.name, target) {
                let msg = format!(
                    "unrecognized configuration parameter \"{}\" ({}; the target is {target})",
                    s.name,
                    builtins::span(first, last)
                );
                self.statement_finding(item, crate::rules::rule_id!("unknown-setting"), Severity::High, msg);
            }
            // pg_dump before 12 wrote `SET default_with_oids = true;` before a table WITH OIDS;
            // 12 kept the setting, for `false` only.
            let on = s.args.first().map(crate::sql::catalog::node_text);
            if s.name == "default_with_oids" && target >= 12 && matches!(on.as_deref(), Some("true" | "on" | "1")) {
                let msg = format!("tables declared WITH OIDS are not supported (PostgreSQL 12 and later; the target is {target}): the source table had OIDs, pg_dump before 12 set default_with_oids = true to re-create them");
                self.statement_finding(item, crate::rules::rule_id!("unknown-setting"), Severity::High, msg);
            }
            return;
        }
        if matches!(node, N::InsertStmt(_) | N::CopyStmt(_)) {
            return; // rows: constants; the INSERT fast path passes no tree at all
        }
        if let N::CreatedbStmt(d) = node {
            // pg_dump --create and pg_dumpall write the options of their own version.
            let newer = crate::sql::catalog::def_elems(&d.options)
                .into_iter()
                .find_map(|(k, _, _)| {
                    let since = CREATEDB_OPTION_SINCE.iter().find(|(o, _)| *o == k)?.1;
                    (since > target).then_some((k, since))
                });
            if let Some((k, since)) = newer {
                let msg = format!(
                    "option \"{k}\" not recognized: CREATE DATABASE has it in PostgreSQL {since} and later, the target is {target}"
                );
                self.statement_finding(item, crate::rules::rule_id!("not-in-target"), Severity::High, msg);
            }
        }
        if let N::CreateExtensionStmt(e) = node {
            self.extension_available(item, &e.extname, target);
            return;
        }
        // MAINTAIN (PostgreSQL 17) in GRANT, REVOKE and ALTER DEFAULT PRIVILEGES, as pg_dump 17
        // writes it in every full privilege list.
        let grant = match node {
            N::GrantStmt(g) => Some(g),
            N::AlterDefaultPrivilegesStmt(a) => a.action.as_ref(),
            _ => None,
        };
        let maintain = grant.is_some_and(|g| {
            g.privileges
                .iter()
                .any(|p| matches!(p.node.as_ref(), Some(N::AccessPriv(a)) if a.priv_name == "maintain"))
        });
        if maintain && target < 17 {
            let msg = format!(
                "unrecognized privilege type \"maintain\": PostgreSQL 17 and later have it, the target is {target}"
            );
            self.statement_finding(item, crate::rules::rule_id!("not-in-target"), Severity::High, msg);
            return;
        }
        let bare_may_be_theirs = cat.search_schema.is_some() && !cat.extensions.is_empty();
        let gap = builtins::names_used(node).into_iter().find_map(|(kind, schema, name)| {
            let builtin =
                schema == "pg_catalog" || (schema.is_empty() && !self.created.contains(&name) && !bare_may_be_theirs);
            let (first, last) = builtins::missing(kind, &name, target).filter(|_| builtin)?;
            Some(format!(
                "{} {}{name} does not exist on PostgreSQL {target} ({})",
                kind.noun(),
                if schema.is_empty() {
                    String::new()
                } else {
                    format!("{schema}.")
                },
                builtins::span(first, last)
            ))
        });
        if let Some(msg) = gap {
            self.statement_finding(item, crate::rules::rule_id!("not-in-target"), Severity::High, msg);
        }
    }

    /// `CREATE EXTENSION` of one PostgreSQL does not ship (PostGIS, pg_net, pgvector, ...): a
    /// server without its files answers `extension "..." is not available` (low: servers that
    /// use it have it); or of a contrib module the target's version no longer has (high).
    fn extension_available(&mut self, item: &Item, name: &str, target: u32) {
        match contrib_versions(name) {
            Some((first, last)) if target < first || target > last => {
                let msg = format!(
                    "extension \"{name}\" is not available: it ships with {}, the target is {target}",
                    crate::sql::builtins::span(first, last)
                );
                self.statement_finding(item, crate::rules::rule_id!("not-in-target"), Severity::High, msg);
            }
            Some(_) => {}
            None => {
                let msg = format!(
                    "extension \"{name}\" does not ship with PostgreSQL: the target server needs its files installed, or the restore stops here (extension \"{name}\" is not available)"
                );
                self.statement_finding(
                    item,
                    crate::rules::rule_id!("extension-not-bundled"),
                    Severity::Low,
                    msg,
                );
            }
        }
    }

    /// A grant on, or a change to, an object in a schema that nothing has made: not built in,
    /// not created in the dump, and not one an extension the dump creates makes itself
    /// (`GRANT ... ON FUNCTION net.http_get(...)` with no pg_net). An extension whose schemas
    /// are not known here silences the check.
    fn schema_checks(&mut self, cat: &Catalog, item: &Item, node: &N) {
        let func_schema = |names: &[pg_query::protobuf::Node]| crate::sql::types::schema_of(names).map(str::to_string);
        let schemas: Vec<String> = match node {
            N::GrantStmt(g) => g
                .objects
                .iter()
                .filter_map(|o| match o.node.as_ref() {
                    Some(N::ObjectWithArgs(f)) => func_schema(&f.objname),
                    Some(N::RangeVar(r)) if !r.schemaname.is_empty() => Some(r.schemaname.clone()),
                    _ => None,
                })
                .collect(),
            N::AlterFunctionStmt(a) => a.func.iter().filter_map(|f| func_schema(&f.objname)).collect(),
            _ => return,
        };
        if schemas.is_empty()
            || cat
                .extensions
                .iter()
                .any(|e| contrib_versions(e).is_none() && crate::sql::catalog::schemas_made_by(e).is_empty())
        {
            return;
        }
        let made = |s: &str| {
            matches!(s, "pg_catalog" | "public" | "information_schema" | "pg_toast")
                || cat.schemas.contains(s)
                || cat
                    .extensions
                    .iter()
                    .any(|e| crate::sql::catalog::schemas_made_by(e).contains(&s))
        };
        if let Some(s) = schemas.iter().find(|s| !made(s)) {
            let msg = format!(
                "schema \"{s}\" does not exist: the dump never creates it, nor does an extension it creates (a grant on an extension's object whose CREATE EXTENSION is not in the dump)"
            );
            self.statement_finding(item, crate::rules::rule_id!("undefined-schema"), Severity::High, msg);
        }
    }

    /// A column, domain, composite type or function of a type that nothing has made by then:
    /// not built in, not created earlier in the dump, and not one of the types of the
    /// extensions it creates (an extension whose types are not known here silences the check).
    fn type_checks(&mut self, cat: &Catalog, item: &Item, node: &N) {
        if !matches!(
            node,
            N::CreateStmt(_)
                | N::AlterTableStmt(_)
                | N::CreateDomainStmt(_)
                | N::CompositeTypeStmt(_)
                | N::CreateFunctionStmt(_)
        ) {
            return;
        }
        let known = |name: &str| {
            let base = name.strip_prefix('_').unwrap_or(name);
            [name, base].iter().any(|n| {
                crate::sql::builtins::is_catalog_type(n)
                    || self.created.contains(*n)
                    // Made with a range type, under a name of the server's choosing.
                    || n.contains("multirange")
            })
        };
        let Some(missing) = crate::sql::builtins::names_used(node)
            .into_iter()
            .find(|(kind, schema, name)| {
                *kind == crate::sql::builtins::Kind::Type
                    && !matches!(schema.as_str(), "pg_catalog" | "information_schema")
                    && !known(name)
            })
        else {
            return;
        };
        let (_, schema, name) = missing;
        let from = extension_types::providing(&name);
        if cat
            .extensions
            .iter()
            .any(|e| from == Some(e.as_str()) || !extension_types::known(e))
        {
            return;
        }
        let qualified = if schema.is_empty() {
            name.clone()
        } else {
            format!("{schema}.{name}")
        };
        let hint = match from {
            Some(ext) => format!(": it comes with extension {ext}, which the dump does not create (CREATE EXTENSION {ext} must run first)"),
            None => ": the dump never creates it".to_string(),
        };
        let msg = format!("type \"{qualified}\" does not exist{hint}");
        self.statement_finding(item, crate::rules::rule_id!("undefined-type"), Severity::High, msg);
    }

    /// What a new database and cluster do not have yet, or already have: the DROPs of `pg_dump
    /// --clean` without `--if-exists` (written to restore over an existing copy), `CREATE
    /// [PROCEDURAL] LANGUAGE plpgsql` of pre-9.0 pg_dump and other extensions created twice, and (16 and later) role grants `GRANTED BY` a
    /// role without ADMIN OPTION. Records what the statement creates.
    fn existence_checks(&mut self, item: &Item, node: &N) {
        let last = |names: &[pg_query::protobuf::Node]| names.last().and_then(str_node).map(str::to_string);
        let rel = |r: &Option<pg_query::protobuf::RangeVar>| r.as_ref().map(|r| r.relname.clone());
        if let N::CreateExtensionStmt(e) = node {
            // Also pre-9.0 pg_dump's `CREATE PROCEDURAL LANGUAGE plpgsql`: without a handler the
            // grammar makes it CREATE EXTENSION.
            if !e.if_not_exists && self.created.contains(&e.extname) {
                let msg = format!(
                    "extension \"{}\" already exists{}",
                    e.extname,
                    if e.extname == "plpgsql" {
                        ": every database has it since PostgreSQL 9.0 (pg_dump before 9.0 wrote CREATE PROCEDURAL LANGUAGE plpgsql, read now as CREATE EXTENSION plpgsql)"
                    } else {
                        ": the dump created it before"
                    }
                );
                self.statement_finding(item, crate::rules::rule_id!("already-exists"), Severity::High, msg);
            }
        }
        if let N::CreateFunctionStmt(f) = node {
            // A quoted language name keeps its case (`LANGUAGE 'C'`, as pg_dump 7.x wrote it),
            // and the built-in languages are lower case.
            let lang = crate::sql::catalog::def_elems(&f.options)
                .into_iter()
                .find_map(|(k, v, _)| (k == "language").then_some(v));
            if let Some(l) = lang.filter(|l| {
                let low = l.to_lowercase();
                *l != low && matches!(low.as_str(), "c" | "sql" | "internal" | "plpgsql")
            }) {
                let msg = format!(
                    "language \"{l}\" does not exist: a quoted language name keeps its case, and the language is \"{}\"",
                    l.to_lowercase()
                );
                self.statement_finding(item, crate::rules::rule_id!("undefined-language"), Severity::High, msg);
            }
        }
        let made: Option<String> = match node {
            N::CreateStmt(c) => rel(&c.relation),
            N::ViewStmt(v) => rel(&v.view),
            N::CreateSeqStmt(c) => rel(&c.sequence),
            N::CreateTableAsStmt(c) => c.into.as_ref().and_then(|i| rel(&i.rel)),
            N::CreateForeignTableStmt(c) => c.base_stmt.as_ref().and_then(|b| rel(&b.relation)),
            N::IndexStmt(i) => Some(i.idxname.clone()),
            N::CreateFunctionStmt(f) => last(&f.funcname),
            N::DefineStmt(d) => last(&d.defnames),
            N::CreateEnumStmt(e) => last(&e.type_name),
            N::CreateRangeStmt(r) => last(&r.type_name),
            N::CreateDomainStmt(d) => last(&d.domainname),
            N::CompositeTypeStmt(c) => rel(&c.typevar),
            N::CreateSchemaStmt(c) => Some(c.schemaname.clone()),
            N::CreateExtensionStmt(e) => Some(e.extname.clone()),
            N::CreatedbStmt(d) => Some(d.dbname.clone()),
            N::CreateRoleStmt(r) => Some(r.role.clone()),
            _ => None,
        };
        if let Some(m) = made {
            self.created.insert(m);
            return;
        }
        let missing: Option<(&str, String)> = match node {
            N::DropStmt(d) if !d.missing_ok && tracked_drop(d.remove_type) => d.objects.iter().find_map(|o| {
                let name = match o.node.as_ref()? {
                    N::List(l) => last(&l.items)?,
                    N::String(s) => s.sval.clone(),
                    N::ObjectWithArgs(f) => last(&f.objname)?,
                    N::TypeName(t) => last(&t.names)?,
                    _ => return None,
                };
                (!self.created.contains(&name)).then_some(("object", name))
            }),
            N::DropdbStmt(d) if !d.missing_ok && !self.created.contains(&d.dbname) => {
                Some(("database", d.dbname.clone()))
            }
            N::DropRoleStmt(d) if !d.missing_ok => d.roles.iter().find_map(|r| match r.node.as_ref()? {
                N::RoleSpec(r)
                    if !self.created.contains(&r.rolename)
                        && Some(r.rolename.as_str()) != self.superuser.as_deref() =>
                {
                    Some(("role", r.rolename.clone()))
                }
                _ => None,
            }),
            N::AlterTableStmt(a) if !a.missing_ok && a.cmds.iter().any(drops_constraint) => rel(&a.relation)
                .filter(|n| !self.created.contains(n))
                .map(|n| ("relation", n)),
            _ => None,
        };
        if let Some((kind, name)) = missing {
            let msg = format!(
                "{kind} \"{name}\" does not exist: the dump drops it before creating it (pg_dump --clean without --if-exists writes that to restore over an existing copy; into a new database the restore stops here)"
            );
            self.statement_finding(item, crate::rules::rule_id!("drops-missing"), Severity::High, msg);
        }
        match node {
            N::CreatePlangStmt(l) if l.plname == "plpgsql" && !l.replace => {
                let msg = "language \"plpgsql\" already exists: every database has it since PostgreSQL 9.0".to_string();
                self.statement_finding(item, crate::rules::rule_id!("already-exists"), Severity::High, msg);
            }
            N::GrantRoleStmt(g) => self.role_grant(item, g),
            _ => {}
        }
    }

    /// `GRANT role TO member [WITH ADMIN OPTION] [GRANTED BY grantor]`: since PostgreSQL 16 the
    /// grantor must hold ADMIN OPTION on the role (the bootstrap superuser aside).
    fn role_grant(&mut self, item: &Item, g: &pg_query::protobuf::GrantRoleStmt) {
        let roles: Vec<String> = g
            .granted_roles
            .iter()
            .filter_map(|n| match n.node.as_ref()? {
                N::AccessPriv(p) => Some(p.priv_name.clone()),
                _ => None,
            })
            .collect();
        let members: Vec<String> = g
            .grantee_roles
            .iter()
            .filter_map(|n| match n.node.as_ref()? {
                N::RoleSpec(r) => Some(r.rolename.clone()),
                _ => None,
            })
            .collect();
        let admin = crate::sql::catalog::def_elems(&g.opt)
            .iter()
            .any(|(k, v, _)| k == "admin" && matches!(v.as_str(), "" | "true" | "1"));
        if g.is_grant && admin {
            for r in &roles {
                self.admins.extend(members.iter().map(|m| (r.clone(), m.clone())));
            }
        }
        let grantor = g.grantor.as_ref().map(|r| r.rolename.clone()).filter(|n| !n.is_empty());
        let (Some(grantor), Some(target)) = (grantor, self.target) else {
            return;
        };
        if target < 16 || Some(grantor.as_str()) == self.superuser.as_deref() {
            return;
        }
        if let Some(r) = roles
            .iter()
            .find(|r| !self.admins.contains(&((*r).clone(), grantor.clone())))
        {
            let msg = format!(
                "permission denied to grant privileges as role \"{grantor}\": on PostgreSQL 16 and later the grantor must have the ADMIN option on role \"{r}\" (only the target's bootstrap superuser, --superuser, grants without it; pg_dumpall 15 and older wrote GRANTED BY on every grant)"
            );
            self.statement_finding(
                item,
                crate::rules::rule_id!("grantor-without-admin"),
                Severity::High,
                msg,
            );
        }
    }

    fn statement_finding(&mut self, item: &Item, rule: RuleId, severity: Severity, message: String) {
        let at = statement_at(item.line);
        self.report(
            rule,
            severity,
            message,
            Place::new(at, item.line, item.span.start as u64),
            b"",
        );
    }

    /// The read-only part a worker checking rows needs; values are converted from `enc` (the
    /// catalog's text encoding), as the server converts them.
    fn rules(&self, enc: ClientEncoding) -> Rules<'_> {
        Rules {
            fin: self.fin,
            plans: &self.plans,
            specs: &self.specs,
            enc,
            hash: &self.hash,
        }
    }

    /// Checks the INSERT rows gathered so far, in parallel, and takes their results in row
    /// order: the first problems per rule are the ones reported, as if checked one by one.
    pub(crate) fn flush_inserts(&mut self) {
        if self.inserts.rows.is_empty() {
            return;
        }
        use rayon::prelude::*;
        let mut b = std::mem::take(&mut self.inserts);
        let rules = self.rules(b.enc);
        let (store, roles) = (&self.store, &self.spec_role[..]);
        let tasks: Vec<std::ops::Range<usize>> = (0..b.rows.len())
            .step_by(InsertBatch::TASK)
            .map(|s| s..(s + InsertBatch::TASK).min(b.rows.len()))
            .collect();
        let outs: Vec<Piece> = tasks
            .into_par_iter()
            .map(|range| {
                let mut out = b.check(rules, range);
                store_keys(store, roles, &mut out.keys);
                out
            })
            .collect();
        for out in outs {
            self.merge(b.fi, out);
        }
        b.clear();
        self.inserts = b;
    }

    fn role(&mut self, spec: usize) -> &mut Role {
        if self.spec_role.len() <= spec {
            self.spec_role.resize(spec + 1, Role::default());
        }
        &mut self.spec_role[spec]
    }

    fn spec(&mut self, table: usize, names: &[String]) -> Option<usize> {
        let t = &self.fin.tables[table];
        let cols: Option<Vec<usize>> = names.iter().map(|n| t.column_index(n)).collect();
        let cols = cols.filter(|c| !c.is_empty())?;
        if let Some(&i) = self.spec_of.get(&(table, cols.clone())) {
            return Some(i);
        }
        if self.specs.len() >= keys::MAX_SPECS {
            // Sixteen million keys: past them, keys are not checked (a record has 24 bits for one).
            return None;
        }
        self.spec_of.insert((table, cols.clone()), self.specs.len());
        self.specs.push(KeySpec { table, cols });
        let i = self.specs.len() - 1;
        // Every spec has a role entry, even one whose constraint ends up unused (a foreign key
        // whose other side cannot be resolved).
        self.role(i);
        self.plans[table].specs.push(i);
        Some(i)
    }

    fn report(&mut self, rule: RuleId, severity: Severity, message: String, at: Place, value: &[u8]) {
        let n = self.per_rule.entry(rule.to_string()).or_default();
        *n += 1;
        if *n > MAX_PER_RULE {
            return;
        }
        let col = at.column.as_deref().unwrap_or("");
        // A key's values come marked (see `row_values`): judge them without the marks.
        let unmarked = String::from_utf8_lossy(value).replace([values::QUOTE_OPEN, values::QUOTE_CLOSE], "");
        let value = unmarked.as_bytes();
        // A key's values are judged against each of its columns (`phone, org_id`).
        let flagged = |v: &[u8]| col.split(", ").any(|c| (self.redact)(c, v));
        let whole = flagged(value);
        let shown = match whole {
            true => crate::findings::redact(value),
            false => String::from_utf8_lossy(&value[..value.len().min(200)]).into_owned(),
        };
        // Values quoted in the message: redacted like the value itself, or when a detector
        // would flag them on their own (a key column's values, an array element).
        let message = values::show_quoted(&message, &|v| {
            (whole && value.windows(v.len().max(1)).any(|w| w == v.as_bytes())) || flagged(v.as_bytes())
        });
        let row = at.row;
        let mut f = finding(rule, severity, message, at.line, at.offset, at.object, at.column);
        f.row = row;
        f.redacted = shown;
        self.findings.push(f);
    }

    /// Takes a piece's results in row order: problems become findings (the first ones per rule),
    /// key digests go to the store.
    fn merge(&mut self, ti: usize, out: Piece) {
        for p in out.problems {
            let t = &self.fin.tables[ti];
            let object = table_object(t);
            let (col, msg) = match p.col {
                Some(c) => {
                    let name = t.columns[c].name.clone();
                    let ty = &self.plans[ti].checks[c].type_name;
                    let msg = format!("{} (column {name} {ty})", p.msg);
                    (Some(name), msg)
                }
                None => (None, p.msg),
            };
            self.report(
                p.rule,
                Severity::High,
                msg,
                Place {
                    object,
                    column: col,
                    row: Some(p.row),
                    line: p.line,
                    offset: p.offset,
                    database: None,
                },
                &p.value,
            );
        }
        // The problems a piece did not keep are counted after the kept ones are reported:
        // those are the first in row order, and counted first they would push them past the
        // cap (a COPY piece with 40 bad values of one rule was reported clean).
        for (rule, n) in out.dropped {
            *self.per_rule.entry(rule.to_string()).or_default() += n;
        }
        let mut keys = out.keys;
        store_keys(&self.store, &self.spec_role, &mut keys);
    }

    /// Bytes of key digests written to the temporary file so far.
    pub fn spilled(&self) -> u64 {
        self.store
            .iter()
            .map(|m| m.lock().unwrap_or_else(|e| e.into_inner()).spilled())
            .sum()
    }

    /// Key rows taken so far.
    pub fn key_rows(&self) -> u64 {
        self.store
            .iter()
            .map(|m| m.lock().unwrap_or_else(|e| e.into_inner()).records())
            .sum()
    }

    /// Duplicate keys and orphaned foreign keys, once all data is read; role warnings.
    /// `read_back` gives the key values of the rows named (the few that fail), read again from
    /// the text.
    /// `walked` is the catalog of the pass over the whole text: the lines of constraints and
    /// of each table's first data come from it (the plan may come from the definitions alone).
    pub fn finish(
        mut self,
        read_back: &mut dyn FnMut(&[Want]) -> Vec<String>,
        walked: &Catalog,
    ) -> std::io::Result<Vec<Finding>> {
        self.flush_inserts();
        let walked_index = index_by_key(walked);
        let walked_table = |t: &Table| walked_index.get(&table_key(t)).map(|&i| &walked.tables[i]);
        let line_of = |t: &Table, c: &ConstraintDef| {
            walked_table(t)
                .and_then(|w| w.constraints.iter().find(|x| x.name == c.name && x.kind == c.kind))
                .map_or(c.line, |x| x.line)
        };
        let first_data_line = |t: &Table| walked_table(t).map_or(t.first_data_line, |w| w.first_data_line);
        let links: Vec<keys::Link> = self
            .foreigns
            .iter()
            .map(|f| keys::Link {
                child: f.child as u32,
                parent: f.parent as u32,
            })
            .collect();
        let stores = std::mem::take(&mut self.store)
            .into_iter()
            .map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()))
            .collect();
        let found = keys::Store::finish(stores, &self.spec_role, &links)?;
        // The rows to quote, in the order their findings are made.
        let dups: Vec<(Unique, keys::Dup)> = self
            .uniques
            .iter()
            .filter_map(|u| found.dups.get(&(u.spec as u32)).map(|d| (u.clone(), *d)))
            .collect();
        let orphans: Vec<(Foreign, keys::Rec)> = self
            .foreigns
            .iter()
            .enumerate()
            .filter_map(|(i, f)| found.orphans.get(&i).map(|r| (f.clone(), *r)))
            .collect();
        let want = |spec: usize, r: &keys::Rec| Want {
            line: r.line(),
            table: self.specs[spec].table,
            cols: self.specs[spec].cols.clone(),
            delim: r.delim(),
        };
        let wants: Vec<Want> = dups
            .iter()
            .map(|(u, d)| want(u.spec, &d.at))
            .chain(orphans.iter().map(|(f, r)| want(f.child, r)))
            .collect();
        let mut values = if wants.is_empty() {
            Vec::new()
        } else {
            read_back(&wants)
        };
        values.resize(wants.len(), "…".to_string());
        let mut values = values.into_iter();
        for (u, d) in dups {
            let values = values.next().unwrap_or_default();
            let t = &self.fin.tables[self.specs[u.spec].table];
            let cols = u.constraint.columns.join(", ");
            // pg_dump adds keys after the data: the ALTER TABLE fails. A key declared with the
            // table makes the COPY row fail instead.
            let key_line = line_of(t, &u.constraint);
            let after = first_data_line(t).is_none_or(|l| key_line > l);
            let (line, row) = if after {
                (key_line, None)
            } else {
                (d.at.line(), Some(d.at.row()))
            };
            let msg = if after {
                format!(
                    "could not create unique index \"{}\": Key ({cols})=({values}) is duplicated (rows {} and {})",
                    u.constraint.name,
                    d.first_row,
                    d.at.row()
                )
            } else {
                format!(
                    "duplicate key value violates unique constraint \"{}\": Key ({cols})=({values}) already exists (row {})",
                    u.constraint.name, d.first_row
                )
            };
            let object = table_object(t);
            self.report(
                crate::rules::rule_id!("duplicate-key"),
                Severity::High,
                msg,
                Place {
                    object,
                    column: Some(cols),
                    row,
                    line,
                    offset: 0,
                    database: None,
                },
                values.as_bytes(),
            );
        }
        for (f, r) in orphans {
            let vals = values.next().unwrap_or_default();
            let child = &self.fin.tables[self.specs[f.child].table];
            let ptable = &self.fin.tables[self.specs[f.parent].table];
            let cols = f.constraint.columns.join(", ");
            let msg = format!(
                "insert or update on table \"{}\" violates foreign key constraint \"{}\": Key ({cols})=({vals}) is not present in table \"{}\" (row {}, line {})",
                child.name, f.constraint.name, ptable.name, r.row(), r.line()
            );
            let object = table_object(child);
            let key_line = line_of(child, &f.constraint);
            self.report(
                crate::rules::rule_id!("foreign-key-orphan"),
                Severity::High,
                msg,
                Place {
                    object,
                    column: Some(cols),
                    row: Some(r.row()),
                    line: key_line,
                    offset: 0,
                    database: None,
                },
                vals.as_bytes(),
            );
        }
        // A data-only dump creates none of its tables: restored alone into a new database its
        // first COPY fails ("relation does not exist"); after the schema it loads.
        if !self.has_ddl {
            // (An extension's configuration tables come with the extension the dump creates.)
            let loaded: Vec<&crate::sql::catalog::Table> = walked
                .tables
                .iter()
                .filter(|t| t.first_data_line.is_some() && !walked.made_by_extension(t))
                .collect();
            if let Some(first) = loaded.iter().filter_map(|t| t.first_data_line).min() {
                let names: Vec<String> = loaded.iter().take(10).map(|t| t.qualified()).collect();
                let more = if loaded.len() > 10 {
                    format!(" and {} more", loaded.len() - 10)
                } else {
                    String::new()
                };
                let message = format!(
                    "a data-only dump: it creates none of the {} tables it loads ({}{more}); they must exist before the restore (restore the schema first), and its values are checked only against the columns its COPY lists name",
                    loaded.len(),
                    names.join(", ")
                );
                let at = Place::new(statement_at(first), first, 0);
                self.report(
                    crate::rules::rule_id!("tables-not-created"),
                    Severity::Medium,
                    message,
                    at,
                    b"",
                );
            }
        }
        let missing: Vec<String> = self
            .roles_named
            .iter()
            .filter(|r| !self.roles_created.contains(*r) && !r.starts_with("pg_") && *r != "public")
            .cloned()
            .collect();
        if !missing.is_empty() {
            let message = format!(
                "roles named by OWNER TO / GRANT / SET ROLE but not created in the dump (they must exist before the restore, e.g. from pg_dumpall --globals-only): {}",
                missing.join(", ")
            );
            let roles = Object {
                kind: "statement".into(),
                name: "roles".into(),
            };
            self.report(
                crate::rules::rule_id!("role-not-created"),
                Severity::Low,
                message,
                Place::new(roles, 1, 0),
                b"",
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
        Ok(out)
    }

    /// Owners of relations, and `ALTER SEQUENCE ... OWNED BY` across two owners: the server
    /// answers "sequence must have same owner as table it is linked to".
    fn owner_checks(&mut self, db: Option<&str>, item: &Item, node: Option<&N>) {
        // Built only for the two statements that need it (this runs for every statement).
        let key = |schema: &str, name: &str| {
            let schema = if schema.is_empty() { "public" } else { schema };
            (db.map(str::to_string), schema.to_string(), name.to_string())
        };
        match node {
            Some(N::AlterTableStmt(a)) => {
                let Some(rel) = &a.relation else { return };
                for c in &a.cmds {
                    if let Some(N::AlterTableCmd(cmd)) = &c.node {
                        if let Some(r) = cmd.newowner.as_ref().filter(|r| !r.rolename.is_empty()) {
                            self.owners
                                .insert(key(&rel.schemaname, &rel.relname), r.rolename.clone());
                        }
                    }
                }
            }
            Some(N::AlterSeqStmt(a)) => {
                let Some(seq) = &a.sequence else { return };
                for o in &a.options {
                    let Some(N::DefElem(d)) = &o.node else { continue };
                    if d.defname != "owned_by" {
                        continue;
                    }
                    let Some(N::List(l)) = d.arg.as_deref().and_then(|x| x.node.as_ref()) else {
                        continue;
                    };
                    let names: Vec<String> = l.items.iter().map(crate::sql::catalog::node_text).collect();
                    // [schema.]table.column, or `none`.
                    let table = match names.as_slice() {
                        [t, _col] => key("", t),
                        [s, t, _col] => key(s, t),
                        _ => continue,
                    };
                    // A relation without OWNER TO belongs to whoever restores: the superuser.
                    let restorer = self.superuser.clone().unwrap_or_else(|| "(the restoring role)".into());
                    let owner = |k: &(Option<String>, String, String)| {
                        self.owners.get(k).cloned().unwrap_or_else(|| restorer.clone())
                    };
                    let seq_key = key(&seq.schemaname, &seq.relname);
                    let (so, to) = (owner(&seq_key), owner(&table));
                    if so != to {
                        let msg = format!(
                            "sequence must have same owner as table it is linked to: sequence \"{}\" is owned by {so}, table \"{}\" by {to} (an OWNER TO on one and not the other; restored by another role than {to} the link fails)",
                            seq.relname, table.2
                        );
                        self.statement_finding(
                            item,
                            crate::rules::rule_id!("sequence-owner-mismatch"),
                            Severity::High,
                            msg,
                        );
                    }
                }
            }
            _ => {}
        }
    }

    fn note_role(&mut self, r: &pg_query::protobuf::RoleSpec) {
        if !r.rolename.is_empty() {
            self.roles_named.insert(r.rolename.clone());
        }
    }
}

/// Hands a piece's key digests to the store, each to the side its spec is checked on.
fn store_keys(shards: &[Mutex<keys::Store>], roles: &[Role], keys: &mut Vec<KeyRow>) {
    if keys.is_empty() {
        return;
    }
    // Shard 0 for the pass's thread, then one per worker.
    let store = &shards[rayon::current_thread_index().map_or(0, |i| i + 1) % shards.len()];
    // Taken whole, so a piece kept for its problems holds no key memory.
    let keys = std::mem::take(keys);
    let mut store = store.lock().unwrap_or_else(|e| e.into_inner());
    for k in keys {
        let role = roles.get(k.spec).copied().unwrap_or_default();
        let rec = keys::Rec::new(k.digest, k.spec as u32, k.row, k.line, k.delim);
        if role.unique || role.parent {
            store.push(keys::Side::Key, rec);
        }
        if role.child {
            store.push(keys::Side::Child, rec);
        }
    }
}

/// A row whose key values a finding quotes: read again from the text once all is checked.
#[derive(Debug, Clone)]
pub struct Want {
    /// The row's line (COPY rows are one line each).
    pub line: u64,
    /// The final catalog's table.
    pub table: usize,
    /// The key's columns, as indices into that table's columns.
    pub cols: Vec<usize>,
    /// The COPY delimiter (0: an INSERT row, not read again).
    pub delim: u8,
}

/// The values of a row's key columns, read again from the COPY row at byte `offset` of the
/// dump (`data` starts at byte `base`; INSERT rows, delimiter 0, are not re-read).
pub fn row_values(data: &[u8], base: usize, offset: u64, t: &Table, cols: &[usize], delim: u8) -> String {
    let Some(start) = (offset as usize)
        .checked_sub(base)
        .filter(|&s| s < data.len() && delim != 0)
    else {
        return String::from("…");
    };
    let end = start + memchr::memchr(b'\n', &data[start..]).unwrap_or(data.len() - start);
    let mut fields = Vec::new();
    rows::for_each_copy_field(&data[start..end], offset as usize, delim, t.columns.len(), |_, f| {
        fields.push(f)
    });
    cols.iter()
        .map(|&c| {
            fields
                .get(c)
                .and_then(|f: &Field| f.value())
                .map(|v| values::short(&String::from_utf8_lossy(&v)))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What checking a piece of data found, in row order.
#[derive(Default)]
struct Piece {
    problems: Vec<Problem>,
    keys: Vec<KeyRow>,
    /// Problems per rule in this piece (beyond the kept ones).
    dropped: HashMap<RuleId, usize>,
}

struct Problem {
    rule: RuleId,
    msg: String,
    line: u64,
    offset: u64,
    col: Option<usize>,
    row: u64,
    value: Vec<u8>,
}

struct KeyRow {
    spec: usize,
    digest: u128,
    row: u64,
    line: u64,
    delim: u8,
}

/// The read-only part of the verifier a worker needs.
#[derive(Clone, Copy)]
struct Rules<'v> {
    fin: &'v Catalog,
    plans: &'v [Plan],
    specs: &'v [KeySpec],
    enc: ClientEncoding,
    hash: &'v keys::KeyHash,
}

impl Piece {
    fn problem(&mut self, p: Problem) {
        let kept = self.problems.iter().filter(|q| q.rule == p.rule).count();
        if kept < MAX_PER_RULE {
            self.problems.push(p);
        } else {
            *self.dropped.entry(p.rule).or_default() += 1;
        }
    }
}

/// Where rows load: the table (an index into the final catalog), the final column of each field,
/// and the COPY delimiter (0 for INSERT rows).
#[derive(Clone, Copy)]
struct Target<'c> {
    ti: usize,
    cols: &'c [usize],
    delim: u8,
}

/// Checks one row, as the server would convert it: extra fields first, then column by column
/// (NULL in NOT NULL, encoding, input syntax), then missing fields; then the row's key digests.
/// `at`: its row number, line and byte offset. The hot path: nothing is allocated unless
/// something is wrong.
fn check_row(
    r: Rules,
    Target { ti, cols, delim }: Target,
    fields: &[Field],
    (row, line, offset): (u64, u64, u64),
    field_of: &mut Vec<usize>,
    out: &mut Piece,
    text: Option<(&str, usize)>,
) {
    let n_listed = cols.len();
    if fields.len() > n_listed {
        out.problem(Problem {
            rule: crate::rules::rule_id!("field-count"),
            msg: format!(
                "extra data after last expected column: row has {} fields, the column list {n_listed}",
                fields.len()
            ),
            line,
            offset,
            col: None,
            row,
            value: Vec::new(),
        });
        return;
    }
    let t = &r.fin.tables[ti];
    let plan = &r.plans[ti];
    field_of.clear();
    field_of.resize(t.columns.len(), usize::MAX);
    let mut problem: Option<(String, usize, Vec<u8>, RuleId)> = None;
    for (fi, (f, &c)) in fields.iter().zip(cols).enumerate() {
        if c == usize::MAX || c >= t.columns.len() {
            continue;
        }
        field_of[c] = fi;
        if problem.is_some() {
            continue;
        }
        let cc = &plan.checks[c];
        match f.value() {
            None if cc.not_null => {
                problem = Some((
                    format!(
                        "null value in column \"{}\" of relation \"{}\" violates not-null constraint",
                        t.columns[c].name, t.name
                    ),
                    c,
                    Vec::new(),
                    crate::rules::rule_id!("null-in-not-null"),
                ))
            }
            None => {}
            Some(v) => match decode(r.enc, &v, f, text) {
                Err(at) => {
                    problem = Some((
                        format!(
                            "invalid byte sequence for encoding \"{}\": 0x{:02x}",
                            r.enc.name(),
                            v.get(at).copied().unwrap_or(0)
                        ),
                        c,
                        v.to_vec(),
                        crate::rules::rule_id!("invalid-encoding"),
                    ))
                }
                Ok(text) => {
                    if let Err(e) = values::validate_str(&cc.check, &text) {
                        problem = Some((e, c, v.to_vec(), crate::rules::rule_id!("invalid-value")));
                    } else if let Some((domain, name, _)) =
                        cc.domain_checks.iter().find(|(_, _, k)| !k.holds(Some(&text)))
                    {
                        problem = Some((
                            format!("value for domain {domain} violates check constraint \"{name}\""),
                            c,
                            v.to_vec(),
                            crate::rules::rule_id!("check-violation"),
                        ));
                    }
                }
            },
        }
    }
    if let Some((msg, c, value, rule)) = problem {
        out.problem(Problem {
            rule,
            msg,
            line,
            offset,
            col: Some(c),
            row,
            value,
        });
        return;
    }
    if fields.len() < n_listed {
        let missing = cols
            .get(fields.len())
            .and_then(|&c| t.columns.get(c))
            .map_or("?".to_string(), |c| c.name.clone());
        out.problem(Problem {
            rule: crate::rules::rule_id!("field-count"),
            msg: format!(
                "missing data for column \"{missing}\": row has {} fields, the column list {n_listed}",
                fields.len()
            ),
            line,
            offset,
            col: None,
            row,
            value: Vec::new(),
        });
        return;
    }
    for (name, c, k) in &plan.row_checks {
        let f = field_of.get(*c).and_then(|&fi| fields.get(fi));
        let value = f.and_then(|f| Some((f.value()?, f)));
        let holds = match &value {
            None if *c == usize::MAX => k.holds(None),
            // A column the row leaves out takes its default, which is not known here.
            None if f.is_none() => true,
            None => k.holds(None),
            Some((v, f)) => decode(r.enc, v, f, text).map_or(true, |s| k.holds(Some(&s))),
        };
        if !holds {
            out.problem(Problem {
                rule: crate::rules::rule_id!("check-violation"),
                msg: format!(
                    "new row for relation \"{}\" violates check constraint \"{name}\"",
                    t.name
                ),
                line,
                offset,
                col: (*c != usize::MAX).then_some(*c),
                row,
                value: value.map(|(v, _)| v.to_vec()).unwrap_or_default(),
            });
            return;
        }
    }
    for &si in &plan.specs {
        let mut has_null = false;
        let mut h = r.hash.start();
        for &c in &r.specs[si].cols {
            match field_of.get(c).and_then(|&fi| fields.get(fi)).and_then(Field::value) {
                Some(v) => h.value(&v),
                None => has_null = true,
            }
        }
        // NULLs are never equal: no duplicate, no reference to check.
        if !has_null {
            out.keys.push(KeyRow {
                spec: si,
                digest: h.finish(),
                row,
                line,
                delim,
            });
        }
    }
}

/// A value as text in the client encoding. Where the whole piece was valid UTF-8 (`text`, from
/// byte `base` of the dump) and the value has no escapes, it is a slice of it between ASCII
/// delimiters, valid already: no second look at its bytes.
fn decode<'v>(
    enc: ClientEncoding,
    v: &'v [u8],
    f: &Field,
    text: Option<(&'v str, usize)>,
) -> Result<std::borrow::Cow<'v, str>, usize> {
    // The value is the field's own bytes (no escapes were decoded) when it is the same slice.
    let unescaped = std::ptr::eq(v, f.raw);
    if let (true, Some((t, base))) = (unescaped, text) {
        if let Some(s) = f.offset.checked_sub(base).and_then(|at| t.get(at..at + v.len())) {
            return Ok(std::borrow::Cow::Borrowed(s));
        }
    }
    enc.decode(v)
}

/// Checks every row of a line-aligned piece of COPY data (`data`, at byte `base` of the text),
/// `rows` rows from `first_row` on `first_line`.
fn check_piece(
    r: Rules,
    to: Target,
    (data, base): (&[u8], usize),
    (first_row, first_line): (u64, u64),
    rows: u64,
) -> Piece {
    let Target { ti, cols, delim } = to;
    let mut out = Piece::default();
    // Every row gives a digest per key of its table: sized once, not grown by copying.
    out.keys.reserve_exact(rows as usize * r.plans[ti].specs.len());
    let mut fields: Vec<Field> = Vec::with_capacity(cols.len());
    let mut field_of = Vec::new();
    // UTF-8 is checked once for the piece (fast on ASCII), not value by value.
    let text = match r.enc.is_utf8() {
        true => std::str::from_utf8(data).ok().map(|t| (t, base)),
        false => None,
    };
    if cols.is_empty() {
        // A zero-column table's row is an empty line with no fields (the block walk would
        // hand on one empty field).
        for (i, off, line) in rows::copy_lines(data, base) {
            fields.clear();
            rows::for_each_copy_field(line, off, delim, 0, |_, f| fields.push(f));
            let at = (first_row + i as u64, first_line + i as u64, off as u64);
            check_row(r, to, &fields, at, &mut field_of, &mut out, text);
        }
        return out;
    }
    // The fields of the whole piece in one walk (no search call per field or per value: a
    // field without a backslash comes marked as needing no decoding); a row is checked when
    // the next one starts.
    let (mut row, mut row_at) = (0usize, base);
    rows::for_each_copy_block_field(data, base, delim, |li, fi, f| {
        if li != row {
            let at = (first_row + row as u64, first_line + row as u64, row_at as u64);
            check_row(r, to, &fields, at, &mut field_of, &mut out, text);
            fields.clear();
            row = li;
        }
        if fi == 0 {
            row_at = f.offset;
        }
        fields.push(f);
    });
    if !fields.is_empty() {
        let at = (first_row + row as u64, first_line + row as u64, row_at as u64);
        check_row(r, to, &fields, at, &mut field_of, &mut out, text);
    }
    out
}

/// Size of the pieces a COPY block is checked in, in parallel.
const PIECE: usize = 4 << 20;

/// INSERT rows gathered to be checked in parallel, as a COPY block's pieces are. A row borrows
/// the pass's window, which a batch may outlive: its text is copied, and its fields kept as
/// ranges of the copy.
#[derive(Default)]
struct InsertBatch {
    /// The final table and the final column of each field, the same for every row of a batch.
    fi: usize,
    cols: Vec<usize>,
    enc: ClientEncoding,
    text: Vec<u8>,
    /// Per field: (start in `text`, length, byte offset in the dump, escaping, NULL).
    fields: Vec<(usize, usize, usize, rows::Escaping, bool)>,
    /// Per row: (row number, line, byte offset of its first field, end of its fields in
    /// `fields`).
    rows: Vec<(u64, u64, u64, usize)>,
}

impl InsertBatch {
    /// A batch is checked when it holds this many rows, or this many bytes of text.
    const ROWS: usize = 8192;
    const BYTES: usize = 2 << 20;
    /// Rows per parallel task.
    const TASK: usize = 512;

    fn push(&mut self, row: u64, line: u64, fields: &[Field]) {
        for f in fields {
            self.fields
                .push((self.text.len(), f.raw.len(), f.offset, f.escaping, f.is_null));
            self.text.extend_from_slice(f.raw);
        }
        let offset = fields.first().map_or(0, |f| f.offset as u64);
        self.rows.push((row, line, offset, self.fields.len()));
    }

    /// Checks rows `range` of the batch into one piece.
    fn check(&self, r: Rules, range: std::ops::Range<usize>) -> Piece {
        let mut out = Piece::default();
        let (mut fields, mut field_of) = (Vec::new(), Vec::new());
        let to = Target {
            ti: self.fi,
            cols: &self.cols,
            delim: 0,
        };
        for i in range {
            let (row, line, offset, end) = self.rows[i];
            let start = if i == 0 { 0 } else { self.rows[i - 1].3 };
            fields.clear();
            fields.extend(
                self.fields[start..end]
                    .iter()
                    .map(|&(s, n, offset, escaping, is_null)| Field {
                        raw: &self.text[s..s + n],
                        offset,
                        escaping,
                        is_null,
                    }),
            );
            check_row(r, to, &fields, (row, line, offset), &mut field_of, &mut out, None);
        }
        out
    }

    fn clear(&mut self) {
        self.text.clear();
        self.fields.clear();
        self.rows.clear();
    }
}

impl<'a> Visitor<'a> for Verifier<'_> {
    /// `\connect DB` to a database the dump does not create: psql stops there unless the target
    /// cluster has it (pg_dump --create and pg_dumpall write CREATE DATABASE before it; a
    /// hand-edited dump may have lost it).
    fn meta(&mut self, _cat: &Catalog, item: &Item, text: &'a [u8]) {
        let Some(db) = connect_target(text) else { return };
        if self.dbs_created.contains(&db) || matches!(db.as_str(), "postgres" | "template1" | "template0") {
            return;
        }
        let msg = format!(
            "\\connect to database \"{db}\", which the dump does not create: psql stops here (database \"{db}\" does not exist) unless the target cluster has it; create it first (pg_dump --create writes the CREATE DATABASE before it)"
        );
        self.statement_finding(
            item,
            crate::rules::rule_id!("database-not-created"),
            Severity::Medium,
            msg,
        );
    }

    fn statement(&mut self, cat: &Catalog, item: &Item, sql: &str, node: Option<&N>) {
        // Rows are checked before whatever comes after them, so findings come in file order;
        // an INSERT whose rows were read comes after them with no text, and ends no batch.
        if !(sql.is_empty() && node.is_none()) {
            self.flush_inserts();
        }
        match node {
            Some(N::DropStmt(d))
                if d.remove_type == pg_query::protobuf::ObjectType::ObjectSchema as i32
                    && d.objects
                        .iter()
                        .any(|o| matches!(o.node.as_ref(), Some(N::String(s)) if s.sval == "public")) =>
            {
                self.public_dropped = true;
            }
            // Every new database has schema public: pg_dump before 11 always wrote CREATE SCHEMA
            // public (without IF NOT EXISTS), later ones when the source's public schema had been
            // dropped and re-created; it fails on a new database either way.
            Some(N::CreatedbStmt(d)) => {
                self.dbs_created.insert(d.dbname.clone());
                for (k, v, _) in crate::sql::catalog::def_elems(&d.options) {
                    if matches!(k.as_str(), "locale" | "lc_collate" | "lc_ctype") && is_windows_locale(&v) {
                        let msg = format!(
                            "CREATE DATABASE \"{}\" with {k} \"{v}\", a Windows locale name: a server on Linux or macOS rejects it (invalid locale name); create the database yourself and restore without --create, or edit the locale",
                            d.dbname
                        );
                        self.statement_finding(item, crate::rules::rule_id!("windows-locale"), Severity::Medium, msg);
                    }
                }
            }
            Some(N::CreateSchemaStmt(c)) if c.schemaname == "public" && !c.if_not_exists && !self.public_dropped => {
                self.statement_finding(
                    item,
                    crate::rules::rule_id!("schema-already-exists"),
                    Severity::High,
                    "schema \"public\" already exists (every new database has it; pg_dump before 11 always wrote CREATE SCHEMA public, later ones when the source had dropped and re-created it)".into(),
                );
            }
            _ => {}
        }
        if let Some(node) = node {
            self.type_checks(cat, item, node);
            self.schema_checks(cat, item, node);
            self.existence_checks(item, node);
        }
        self.owner_checks(cat.current_database.as_deref(), item, node);
        if let (Some(N::CreateRoleStmt(r)), Some(su)) = (node, self.superuser.as_deref()) {
            if r.role == su {
                let msg = format!(
                    "role \"{su}\" already exists: it is the target cluster's bootstrap superuser, and pg_dumpall writes CREATE ROLE for every role (with psql -v ON_ERROR_STOP=1 the restore stops here; name the target's superuser with --superuser if it is another)"
                );
                self.statement_finding(item, crate::rules::rule_id!("role-already-exists"), Severity::High, msg);
            }
        }
        if let Some(msg) = node.and_then(|n| cat.unread_encoding(n)) {
            self.statement_finding(
                item,
                crate::rules::rule_id!("client-encoding-unread"),
                Severity::High,
                msg,
            );
        }
        if let (Some(node), Some(target)) = (node, self.target) {
            self.version_gaps(cat, item, node, target);
        }
        let specs = |nodes: &'_ [pg_query::protobuf::Node]| -> Vec<pg_query::protobuf::RoleSpec> {
            nodes
                .iter()
                .filter_map(|n| match &n.node {
                    Some(N::RoleSpec(r)) => Some(r.clone()),
                    _ => None,
                })
                .collect()
        };
        let named: Vec<pg_query::protobuf::RoleSpec> = match node {
            Some(N::AlterOwnerStmt(a)) => a.newowner.iter().cloned().collect(),
            Some(N::AlterTableStmt(a)) => a
                .cmds
                .iter()
                .filter_map(|c| match &c.node {
                    Some(N::AlterTableCmd(cmd)) => cmd.newowner.clone(),
                    _ => None,
                })
                .collect(),
            Some(N::GrantStmt(g)) => specs(&g.grantees),
            Some(N::GrantRoleStmt(g)) => specs(&g.grantee_roles),
            Some(N::AlterRoleSetStmt(a)) => a.role.iter().cloned().collect(),
            Some(N::AlterRoleStmt(a)) => a.role.iter().cloned().collect(),
            _ => Vec::new(),
        };
        for r in &named {
            self.note_role(r);
        }
        match node {
            Some(N::VariableSetStmt(s)) if s.name == "role" || s.name == "session_authorization" => {
                for a in &s.args {
                    let t = crate::sql::catalog::node_text(a);
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
        self.flush_inserts();
        if b.table == usize::MAX || b.csv {
            return;
        }
        let t = &cat.tables[b.table];
        let Some(&fi) = self.by_key.get(&table_key(t)) else {
            return;
        };
        let ft = &self.fin.tables[fi];
        let object = table_object(ft);
        // A block in pieces is judged whole at its first piece.
        if !ft.declared && self.has_ddl {
            // An extension's configuration table (pg_dump dumps their rows): the extension made it.
            if b.continued || self.fin.made_by_extension(ft) {
                return;
            }
            self.report(
                crate::rules::rule_id!("unknown-table"),
                Severity::High,
                format!("relation \"{}\" does not exist", ft.qualified()),
                Place::new(object, b.line.saturating_sub(1), b.offset as u64),
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
            if b.continued {
                return;
            }
            self.report(
                crate::rules::rule_id!("unknown-column"),
                Severity::High,
                format!(
                    "the COPY column list names {} column(s) that relation \"{}\" does not have",
                    unknown.len(),
                    ft.name
                ),
                Place::new(object, b.line.saturating_sub(1), b.offset as u64),
                b"",
            );
            return;
        }
        let cols = final_columns(t, ft, &b.columns);
        // Line-aligned pieces; their rows counted in parallel, then each checked in parallel
        // knowing its first row and line. A worker hands its key digests to the store itself
        // (their order does not matter there); the problems come back in file order.
        use rayon::prelude::*;
        let mut bounds: Vec<(usize, usize)> = Vec::new();
        let mut start = 0usize;
        while start < b.data.len() {
            let mut end = (start + PIECE).min(b.data.len());
            if end < b.data.len() {
                end = memchr::memchr(b'\n', &b.data[end..]).map_or(b.data.len(), |i| end + i + 1);
            }
            bounds.push((start, end));
            start = end;
        }
        let counts: Vec<u64> = bounds
            .par_iter()
            .map(|&(s, e)| memchr::memchr_iter(b'\n', &b.data[s..e]).count() as u64)
            .collect();
        let before: Vec<u64> = counts
            .iter()
            .scan(0u64, |n, &c| {
                let at = *n;
                *n += c;
                Some(at)
            })
            .collect();
        let rules = self.rules(cat.text_encoding);
        let (store, roles) = (&self.store, &self.spec_role[..]);
        let outs: Vec<Piece> = bounds
            .par_iter()
            .zip(before.par_iter().zip(&counts))
            .map(|(&(s, e), (&before, &rows))| {
                let to = Target {
                    ti: fi,
                    cols: &cols,
                    delim: b.delimiter,
                };
                let at = (b.first_row + before, b.line + before);
                let mut out = check_piece(rules, to, (&b.data[s..e], b.offset + s), at, rows);
                store_keys(store, roles, &mut out.keys);
                out
            })
            .collect();
        for out in outs {
            self.merge(fi, out);
        }
    }

    fn insert_row(&mut self, cat: &Catalog, r: &InsertRow<'_, 'a>) {
        let (table, cols, row, line, fields) = (r.table, r.cols, r.row, r.line, r.fields);
        // Rows of one INSERT target come in runs: find the final table and map the columns once.
        let fresh = match &self.insert_target {
            Some((t, c, ..)) => *t != table || c[..] != *cols,
            None => true,
        };
        if fresh {
            let t = &cat.tables[table];
            let Some(&fi) = self.by_key.get(&table_key(t)) else {
                return;
            };
            let ft = &self.fin.tables[fi];
            // A table the dump does not create, loaded by INSERTs without a column list (a
            // data-only dump of `INSERT INTO t VALUES (...)`): how many columns it has is not
            // known here, so its rows' widths are not judged.
            if !ft.declared && cols.is_empty() {
                self.insert_target = None;
                return;
            }
            let mapped = final_columns(t, ft, cols);
            self.insert_target = Some((table, cols.to_vec(), fi, mapped));
        }
        let Some((_, _, fi, mapped)) = &self.insert_target else {
            return;
        };
        let fi = *fi;
        let b = &self.inserts;
        if !b.rows.is_empty() && (b.fi != fi || b.cols != *mapped || b.enc != cat.text_encoding) {
            self.flush_inserts();
        }
        let Some((_, _, _, mapped)) = &self.insert_target else {
            return;
        };
        let b = &mut self.inserts;
        if b.rows.is_empty() {
            b.fi = fi;
            b.cols.clone_from(mapped);
            b.enc = cat.text_encoding;
        }
        b.push(row, line, fields);
        if b.rows.len() >= InsertBatch::ROWS || b.text.len() >= InsertBatch::BYTES {
            self.flush_inserts();
        }
    }
}

/// The database a `\connect` (`\c`) meta-command switches to: a bare name, a double-quoted
/// one, or the `-reuse-previous=on "dbname='...'"` form pg_dump writes for names that need
/// quoting. None for `-` (the same database) or what this does not read.
fn connect_target(text: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(text).ok()?;
    let rest = s
        .strip_prefix("\\connect")
        .or_else(|| s.strip_prefix("\\c"))
        .filter(|r| r.starts_with([' ', '\t']))?
        .trim_start();
    let rest = match rest.strip_prefix("-reuse-previous=") {
        Some(r) => r.split_once([' ', '\t'])?.1.trim_start(),
        None => rest,
    };
    // One argument in psql's quoting: "..." with "" for a quote, or a bare word.
    let arg = if let Some(q) = rest.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = q.chars().peekable();
        loop {
            match chars.next()? {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    out.push('"');
                }
                '"' => break,
                c => out.push(c),
            }
        }
        out
    } else {
        rest.split([' ', '\t']).next()?.to_string()
    };
    // `-`: the same database; a URI: a connection to wherever it says (scan reports its host).
    if arg.is_empty() || arg == "-" || arg.starts_with("postgres://") || arg.starts_with("postgresql://") {
        return None;
    }
    // A connection string: its dbname, in libpq's quoting ('...' with \' and \\).
    if let Some(v) = arg.strip_prefix("dbname=") {
        let Some(q) = v.strip_prefix('\'') else {
            return v.split_whitespace().next().map(str::to_string);
        };
        let mut out = String::new();
        let mut chars = q.chars();
        loop {
            match chars.next()? {
                '\\' => out.push(chars.next()?),
                '\'' => return Some(out),
                c => out.push(c),
            }
        }
    }
    (!arg.contains('=')).then_some(arg)
}

/// Findings from the first pass's diagnostics: statements the parser rejects, invalid UTF-8 in
/// statements, INSERT rows of the wrong width.
pub fn diagnostic_findings(walk: &Walk) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in &walk.diagnostics {
        use crate::sql::pass::DiagnosticKind as K;
        let rule = match d.kind {
            K::Unparsed => crate::rules::rule_id!("syntax-error"),
            K::InvalidUtf8Statement => crate::rules::rule_id!("invalid-encoding"),
            K::InsertFieldCount => crate::rules::rule_id!("field-count"),
            // COPY data is judged row by row by verify's own pass.
            K::InvalidUtf8Data | K::CopyFieldCount | K::UnknownColumns | K::Dropped => continue,
        };
        out.push(finding(
            rule,
            Severity::High,
            d.message.clone(),
            d.line,
            d.byte_offset as u64,
            statement_at(d.line),
            None,
        ));
    }
    out
}

/// An integrity finding (its id is assigned once all are known: `assign_positional_ids`).
fn finding(
    rule: RuleId,
    severity: Severity,
    message: String,
    line: u64,
    offset: u64,
    object: Object,
    column: Option<String>,
) -> Finding {
    Finding {
        id: String::new(),
        rule: rule.into(),
        category: Category::Integrity,
        severity,
        message,
        line,
        byte_offset: offset,
        object,
        column,
        row: None,
        count: 1,
        sampled: None,
        redacted: String::new(),
        value: None,
        database: None,
        toc_entry: None,
    }
}

fn table_object(t: &Table) -> Object {
    Object {
        kind: "table-data".into(),
        name: t.qualified(),
    }
}

/// A Windows locale name (`English_United States.1252`, `German_Germany.1252`,
/// `Chinese (Simplified)_China.936`): a language spelled out, not an ISO code, before the `_`,
/// or a space in it. POSIX names (`en_US.UTF-8`, `C.UTF-8`, `de_DE@euro`) are neither.
fn is_windows_locale(v: &str) -> bool {
    let name = v.split('.').next().unwrap_or(v);
    let lang = name.split('_').next().unwrap_or(name);
    name.contains(' ') || (name.contains('_') && lang.len() > 3 && lang.chars().all(|c| c.is_ascii_alphabetic()))
}

fn statement_at(line: u64) -> Object {
    Object {
        kind: "statement".into(),
        name: format!("line {line}"),
    }
}

/// The finding for a pass that could not complete (an unterminated COPY or quoted construct).
fn unterminated(line: u64, what: &str) -> Finding {
    finding(
        crate::rules::rule_id!("unterminated"),
        Severity::High,
        what.to_string(),
        line,
        0,
        statement_at(line),
        None,
    )
}

/// A COPY block cut off by the end of the file: psql loads what is there and stops, without an
/// error; everything after is missing.
fn truncated(line: u64, what: &str) -> Finding {
    let message = format!("{what}: psql ends the data at the end of the file, so the restore stops there without an error and everything after is missing");
    finding(
        crate::rules::rule_id!("truncated"),
        Severity::Medium,
        message,
        line,
        0,
        statement_at(line),
        None,
    )
}

/// What a restore with `psql -v ON_ERROR_STOP=1` (or `pg_restore --exit-on-error`) will do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// No finding at medium or above: predicted to restore cleanly.
    Restores,
    /// No error, but the dump is truncated.
    Incomplete,
    /// The server rejects a statement or row: the first high finding.
    Fails,
}

/// The verdict the findings give: any high or critical finding fails it, any medium
/// leaves it incomplete.
pub fn verdict(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.severity >= Severity::High) {
        Verdict::Fails
    } else if findings.iter().any(|f| f.severity >= Severity::Medium) {
        Verdict::Incomplete
    } else {
        Verdict::Restores
    }
}

/// The kinds of DROP whose objects [`Verifier::existence_checks`] sees created (triggers,
/// rules, policies and the like are not followed, so their DROPs are not judged).
fn tracked_drop(kind: i32) -> bool {
    use pg_query::protobuf::ObjectType as O;
    [
        O::ObjectTable,
        O::ObjectView,
        O::ObjectMatview,
        O::ObjectSequence,
        O::ObjectIndex,
        O::ObjectForeignTable,
        O::ObjectFunction,
        O::ObjectProcedure,
        O::ObjectRoutine,
        O::ObjectAggregate,
        O::ObjectType,
        O::ObjectDomain,
        O::ObjectSchema,
        O::ObjectExtension,
    ]
    .iter()
    .any(|o| *o as i32 == kind)
}

/// `ALTER TABLE ... DROP CONSTRAINT name` without IF EXISTS (pg_dump --clean writes it first).
fn drops_constraint(c: &pg_query::protobuf::Node) -> bool {
    matches!(c.node.as_ref(), Some(N::AlterTableCmd(c))
        if c.subtype == pg_query::protobuf::AlterTableType::AtDropConstraint as i32 && !c.missing_ok)
}

#[cfg(test)]
mod tests {
    /// Inputs the fuzzers once broke verify with, run through both passes in-process (the CLI
    /// refuses some of them as binary before verify sees them).
    #[test]
    fn windows_locale_names_are_told_from_posix_ones() {
        for w in [
            "English_United States.1252",
            "German_Germany.1252",
            "Chinese (Simplified)_China.936",
            "Turkish_Turkey.1254",
        ] {
            assert!(super::is_windows_locale(w), "{w}");
        }
        for p in [
            "en_US.UTF-8",
            "C",
            "C.UTF-8",
            "POSIX",
            "de_DE@euro",
            "sr_RS@latin",
            "zh_CN.utf8",
            "und-x-icu",
        ] {
            assert!(!super::is_windows_locale(p), "{p}");
        }
    }

    /// (rule, line) of every high finding verify gives `sql` for a server of `target`.
    fn highs(sql: &str, target: u32) -> Vec<(String, u64)> {
        let (_, fs) = super::run(sql.as_bytes(), &|_, _| false, Some(target));
        fs.into_iter()
            .filter(|f| f.severity == crate::rules::Severity::High)
            .map(|f| (f.rule, f.line))
            .collect()
    }

    #[test]
    fn what_a_new_database_has_or_lacks() {
        let h = |rule: &str, line: u64| vec![(rule.to_string(), line)];
        // pg_dump --clean without --if-exists: the first DROP fails on a new database.
        let clean = "ALTER TABLE ONLY public.t DROP CONSTRAINT t_pkey;\nDROP TABLE public.t;\nCREATE TABLE public.t (a integer);\n";
        assert_eq!(highs(clean, 15)[0], h("drops-missing", 1)[0]);
        assert!(highs(
            "DROP TABLE IF EXISTS public.t;\nCREATE TABLE public.t (a integer);\nDROP TABLE public.t;\n",
            15
        )
        .is_empty());
        let trigger = "CREATE TABLE t (a integer);\nCREATE TRIGGER g AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\nDROP TRIGGER g ON t;\n";
        assert!(highs(trigger, 15).is_empty());
        assert_eq!(
            highs("CREATE PROCEDURAL LANGUAGE plpgsql;\n", 10),
            h("already-exists", 1)
        );
        assert!(highs("CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;\n", 10).is_empty());
        // pg_dump before 12 for a table with OIDs.
        let oids =
            "SET default_with_oids = true;\nCREATE TABLE public.t (a integer);\nSET default_with_oids = false;\n";
        assert_eq!(highs(oids, 12), h("unknown-setting", 1));
        assert!(highs(oids, 11).is_empty());
        // pg_dumpall 15 role grants into 16+.
        let grants = "CREATE ROLE a;\nCREATE ROLE b;\nCREATE ROLE g;\nGRANT a TO b GRANTED BY g;\nGRANT a TO g WITH ADMIN OPTION;\nGRANT a TO b GRANTED BY g;\n";
        assert_eq!(highs(grants, 16), h("grantor-without-admin", 4));
        assert!(highs(grants, 15).is_empty());
        // pg_dump 7.x's quoted language names.
        let c = "CREATE FUNCTION f() RETURNS integer AS '/lib/x.so' LANGUAGE 'C';\nCREATE FUNCTION g() RETURNS integer AS 'select 1' LANGUAGE 'sql';\n";
        assert_eq!(highs(c, 15), h("undefined-language", 1));
    }

    #[test]
    fn extensions_postgresql_ships_or_not() {
        let sql = "CREATE EXTENSION IF NOT EXISTS pg_net WITH SCHEMA extensions;\nCREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;\nCREATE EXTENSION IF NOT EXISTS adminpack WITH SCHEMA pg_catalog;\n";
        let (_, fs) = super::run(sql.as_bytes(), &|_, _| false, Some(17));
        let got: Vec<(String, u64, crate::rules::Severity)> =
            fs.into_iter().map(|f| (f.rule, f.line, f.severity)).collect();
        use crate::rules::Severity::{High, Low};
        assert_eq!(
            got,
            vec![
                ("extension-not-bundled".into(), 1, Low),
                ("not-in-target".into(), 3, High)
            ]
        );
        assert!(highs(sql, 16).is_empty());
    }

    #[test]
    fn maintain_is_a_privilege_from_17() {
        let sql = "CREATE TABLE public.t (a integer);\nGRANT SELECT,MAINTAIN ON TABLE public.t TO PUBLIC;\nALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT MAINTAIN ON TABLES TO PUBLIC;\nGRANT SELECT ON TABLE public.t TO PUBLIC;\n";
        let h = |l: u64| ("not-in-target".to_string(), l);
        assert_eq!(highs(sql, 16), vec![h(2), h(3)]);
        assert!(highs(sql, 17).is_empty());
    }

    #[test]
    fn built_ins_the_target_lacks() {
        let sql = "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.t (id uuid DEFAULT uuidv7() NOT NULL);\n";
        assert_eq!(highs(sql, 17), vec![("not-in-target".to_string(), 2)]);
        assert!(highs(sql, 18).is_empty());
        // A polyfill of its own is no built-in.
        let own = "CREATE FUNCTION public.uuidv7() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()';\nSET search_path = public;\nCREATE TABLE t (id uuid DEFAULT uuidv7());\n";
        assert!(highs(own, 16).is_empty(), "{:?}", highs(own, 16));
    }

    #[test]
    fn types_nothing_made() {
        let h = |rule: &str, line: u64| vec![(rule.to_string(), line)];
        // PostGIS's type without its extension (as in a real dump from a public repository).
        let gis = "CREATE TABLE public.p (id integer, at public.geography(Point,4326));\n";
        assert_eq!(highs(gis, 16), h("undefined-type", 1));
        let with = format!("CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;\n{gis}");
        assert!(highs(&with, 16).is_empty());
        // An extension whose types are not listed here: no verdict on what it may have made.
        assert!(highs(&format!("CREATE EXTENSION foo;\n{gis}"), 16).is_empty());
        // Made earlier in the dump (also as a table's row type and arrays of it); built in;
        // a column's type by %TYPE; a reloption's bare word; information_schema's domains.
        let fine = "CREATE TYPE public.mood AS ENUM ('a');\nCREATE TABLE public.t (m public.mood, ms public.mood[], x public._mood, d double precision, v varchar(3), s serial, i information_schema.cardinal_number) WITH (autovacuum_enabled = off);\nCREATE TABLE public.u (r public.t);\nCREATE FUNCTION public.f(a public.t.m%TYPE) RETURNS SETOF public.t LANGUAGE sql AS 'SELECT 1';\n";
        assert!(highs(fine, 16).is_empty(), "{:?}", highs(fine, 16));
        // Used before the dump creates it: the server fails there too.
        let late = "CREATE TABLE public.t (m public.mood);\nCREATE TYPE public.mood AS ENUM ('a');\n";
        assert_eq!(highs(late, 16), h("undefined-type", 1));
    }

    #[test]
    fn extension_configuration_tables_come_with_their_extension() {
        // Supabase's pgsodium and vault: pg_dump dumps the rows of their configuration tables.
        let ext = "CREATE EXTENSION IF NOT EXISTS pgsodium WITH SCHEMA pgsodium;\nCREATE TABLE public.t (id integer);\nCOPY pgsodium.key (id, name) FROM stdin;\n1\tk\n\\.\n";
        assert!(highs(ext, 16).is_empty(), "{:?}", highs(ext, 16));
        let other = ext.replace("pgsodium.key", "public.nope");
        assert_eq!(highs(&other, 16), vec![("unknown-table".to_string(), 3)]);
        // In a shared schema, only the tables the extension is known to make.
        let gis = "CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;\nCREATE TABLE public.t (id integer);\nCOPY public.spatial_ref_sys (srid) FROM stdin;\n1\n\\.\nCOPY public.nope (id) FROM stdin;\n1\n\\.\n";
        assert_eq!(highs(gis, 16), vec![("unknown-table".to_string(), 6)]);
    }

    #[test]
    fn fuzzer_findings_stay_fixed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
        for e in std::fs::read_dir(dir).unwrap() {
            let b = std::fs::read(e.unwrap().path()).unwrap();
            let _ = super::run(&b, &|_, _| false, Some(15));
        }
    }
}

#[cfg(test)]
mod insert_batch_tests {
    /// A COPY piece keeps the first 20 problems per rule and counts the rest: those 20 are
    /// reported, with the total. (Counting the rest first once pushed the 20 past the cap, and
    /// a table of 100 bad values was predicted to restore cleanly.)
    #[test]
    fn a_copy_piece_with_many_bad_values_reports_the_first_ones() {
        let mut sql =
            String::from("CREATE TABLE public.t (id integer, n integer);\nCOPY public.t (id, n) FROM stdin;\n");
        for i in 1..=100 {
            sql.push_str(&format!("{i}\tx{i}\n"));
        }
        sql.push_str("\\.\n");
        let (_, fs) = super::run(sql.as_bytes(), &|_, _| false, Some(17));
        let bad: Vec<u64> = fs
            .iter()
            .filter(|f| f.rule == "invalid-value")
            .map(|f| f.row.unwrap())
            .collect();
        assert_eq!(bad, (1..=20).collect::<Vec<_>>(), "{fs:#?}");
        assert!(fs
            .iter()
            .filter(|f| f.rule == "invalid-value")
            .all(|f| f.message.contains("(100 such problems in all)")));
    }

    #[test]
    fn connect_targets() {
        let t = |s: &str| super::connect_target(s.as_bytes());
        assert_eq!(t("\\connect airflow"), Some("airflow".into()));
        assert_eq!(t("\\c shop"), Some("shop".into()));
        assert_eq!(
            t("\\connect -reuse-previous=on \"dbname='my db'\""),
            Some("my db".into())
        );
        assert_eq!(
            t("\\connect -reuse-previous=on \"dbname='it\\'s'\""),
            Some("it's".into())
        );
        assert_eq!(t("\\connect \"Quoted \"\"Name\"\"\""), Some("Quoted \"Name\"".into()));
        assert_eq!(t("\\connect -"), None);
        assert_eq!(t("\\connect postgresql://db.example.com/shop"), None);
        assert_eq!(t("\\connect \"dbname=shop host=db.example.com\""), Some("shop".into()));
        assert_eq!(t("\\connect \"host=db.example.com dbname=shop\""), None);
        assert_eq!(t("\\copy t from x"), None);
        assert_eq!(t("\\conninfo"), None);
    }

    /// INSERT rows are checked in parallel batches; what is reported must be what checking them
    /// one by one in file order gives: the first problems per rule, by row, with the total in
    /// the last one's message; duplicates across batches found; statements between the rows
    /// keep their place.
    #[test]
    fn batched_insert_rows_report_as_if_checked_in_order() {
        let mut sql = String::from("CREATE TABLE public.t (id integer PRIMARY KEY, n integer);\n");
        let rows = 3 * super::InsertBatch::ROWS as u64 / 2;
        for i in 1..=rows {
            // Every 50th row's n is no integer; row 7001 repeats id 7.
            let n = if i % 50 == 0 { "'x'".to_string() } else { i.to_string() };
            let id = if i == 7001 { 7 } else { i };
            sql.push_str(&format!("INSERT INTO public.t VALUES ({id}, {n});\n"));
            if i == 5000 {
                sql.push_str("CREATE SCHEMA public;\n");
            }
        }
        let (_, fs) = super::run(sql.as_bytes(), &|_, _| false, Some(17));
        let bad: Vec<u64> = fs
            .iter()
            .filter(|f| f.rule == "invalid-value")
            .map(|f| f.row.unwrap())
            .collect();
        assert_eq!(bad, (1..=20).map(|k| k * 50).collect::<Vec<_>>(), "{fs:#?}");
        let total = rows / 50;
        assert!(fs
            .iter()
            .any(|f| f.rule == "invalid-value" && f.message.contains(&format!("({total} such problems in all)"))));
        let dup: Vec<_> = fs.iter().filter(|f| f.rule == "duplicate-key").collect();
        assert_eq!(dup.len(), 1, "{fs:#?}");
        assert_eq!(
            dup[0].line,
            7001 + 2,
            "the second row with id 7: row i is on line i + 2 past the CREATE SCHEMA"
        );
        let schema: Vec<_> = fs.iter().filter(|f| f.rule == "schema-already-exists").collect();
        assert_eq!(schema.len(), 1);
        assert_eq!(schema[0].line, 1 + 5000 + 1);
    }
}

/// The extensions PostgreSQL's own source tree ships (contrib, and the procedural languages of
/// src/pl), with the majors that have them (from 10, the oldest the version tables know, to the
/// newest): `(first, last)`; None for any other extension.
fn contrib_versions(name: &str) -> Option<(u32, u32)> {
    const NEWEST: u32 = crate::sql::builtins::NEWEST;
    const ALWAYS: &[&str] = &[
        "amcheck",
        "autoinc",
        "bloom",
        "btree_gin",
        "btree_gist",
        "citext",
        "cube",
        "dblink",
        "dict_int",
        "dict_xsyn",
        "earthdistance",
        "file_fdw",
        "fuzzystrmatch",
        "hstore",
        "hstore_plperl",
        "hstore_plperlu",
        "hstore_plpython3u",
        "insert_username",
        "intagg",
        "intarray",
        "isn",
        "jsonb_plperl",
        "jsonb_plperlu",
        "jsonb_plpython3u",
        "lo",
        "ltree",
        "ltree_plpython3u",
        "moddatetime",
        "pageinspect",
        "pg_buffercache",
        "pg_freespacemap",
        "pg_prewarm",
        "pg_stat_statements",
        "pg_trgm",
        "pg_visibility",
        "pgcrypto",
        "pgrowlocks",
        "pgstattuple",
        "plperl",
        "plperlu",
        "plpgsql",
        "plpython3u",
        "pltcl",
        "pltclu",
        "postgres_fdw",
        "refint",
        "seg",
        "sslinfo",
        "tablefunc",
        "tcn",
        "tsm_system_rows",
        "tsm_system_time",
        "unaccent",
        "uuid-ossp",
        "xml2",
    ];
    if ALWAYS.contains(&name) {
        return Some((10, NEWEST));
    }
    Some(match name {
        "chkpass" => (10, 10),
        "timetravel" => (10, 11),
        "plpythonu" | "plpython2u" | "hstore_plpythonu" | "hstore_plpython2u" | "jsonb_plpythonu"
        | "jsonb_plpython2u" | "ltree_plpythonu" | "ltree_plpython2u" => (10, 14),
        "bool_plperl" | "bool_plperlu" => (13, NEWEST),
        "old_snapshot" => (14, 16),
        "pg_surgery" => (14, NEWEST),
        "pg_walinspect" => (15, NEWEST),
        "adminpack" => (10, 16),
        "pg_logicalinspect" => (18, NEWEST),
        _ => return None,
    })
}

/// The types well-known extensions create (from each extension's documentation), so that a
/// dump that uses one without creating its extension is told apart from one that does.
mod extension_types {
    const TYPES: &[(&str, &[&str])] = &[
        (
            "postgis",
            &[
                "geometry",
                "geography",
                "box2d",
                "box3d",
                "box2df",
                "gidx",
                "spheroid",
                "geometry_dump",
                "valid_detail",
            ],
        ),
        (
            "postgis_raster",
            &[
                "raster",
                "rastbandarg",
                "reclassarg",
                "summarystats",
                "unionarg",
                "addbandarg",
                "agg_count",
                "agg_samplingpercent",
            ],
        ),
        (
            "postgis_topology",
            &["topogeometry", "getfaceedges_returntype", "validatetopology_returntype"],
        ),
        ("hstore", &["hstore", "ghstore"]),
        ("citext", &["citext"]),
        ("ltree", &["ltree", "lquery", "ltxtquery", "ltree_gist"]),
        ("cube", &["cube"]),
        ("earthdistance", &["earth"]),
        (
            "isn",
            &["ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"],
        ),
        ("pg_trgm", &["gtrgm"]),
        ("vector", &["vector", "halfvec", "sparsevec"]),
        ("seg", &["seg"]),
        ("intarray", &["query_int", "intbig_gkey"]),
        ("pgcrypto", &[]),
        ("uuid-ossp", &[]),
        ("plpgsql", &[]),
        ("pg_stat_statements", &[]),
        ("unaccent", &[]),
        ("fuzzystrmatch", &[]),
        ("btree_gin", &[]),
        (
            "tablefunc",
            &["tablefunc_crosstab_2", "tablefunc_crosstab_3", "tablefunc_crosstab_4"],
        ),
        ("postgres_fdw", &[]),
        ("dblink", &[]),
        ("pg_buffercache", &[]),
        ("lo", &["lo"]),
    ];

    /// The extension that creates type `name`, among those listed.
    pub fn providing(name: &str) -> Option<&'static str> {
        TYPES.iter().find(|(_, t)| t.contains(&name)).map(|(e, _)| *e)
    }

    /// Whether every type extension `ext` creates is listed.
    pub fn known(ext: &str) -> bool {
        TYPES.iter().any(|(e, _)| *e == ext)
    }
}
