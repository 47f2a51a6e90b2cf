//! The catalog: a typed model of what the dump's DDL declares, built from pg_query parse trees.
//! Nothing downstream re-parses SQL text; detectors and reports read this model.

use crate::sql::lex;
use crate::sql::types::{format_type, str_node};
use crate::util::ident::quote_ident;
use pg_query::protobuf::{
    self as pb, a_const, node::Node as N, AlterTableType, ConstrType, Node, ObjectType, RangeVar, TypeName,
};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A table column as the DDL declares it (or, with no DDL, as the data's column list names it).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Column {
    /// Its name, unquoted.
    pub name: String,
    /// As format_type spells it; None when the dump has no DDL for the table (data-only).
    #[serde(rename = "type")]
    pub type_name: Option<String>,
    /// Declared NOT NULL, or made so by a primary key, identity, inheritance or ALTER TABLE.
    pub not_null: bool,
    /// The DEFAULT expression as the dump writes it (`nextval('t_id_seq'::regclass)`).
    pub default: Option<String>,
    /// An identity column's `attidentity`: `a` for GENERATED ALWAYS, `d` for BY DEFAULT.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// A generated column's `attgenerated`: `s` (stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
}

/// What kind of relation a [`Table`] is.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum TableKind {
    /// An ordinary table.
    #[serde(rename = "table")]
    Table,
    /// A partitioned table (`PARTITION BY`): its rows live in its partitions.
    #[serde(rename = "partitioned table")]
    Partitioned,
    /// A foreign table, whose rows live on a foreign server.
    #[serde(rename = "foreign table")]
    Foreign,
}

/// A table constraint, declared in CREATE TABLE or added by ALTER TABLE ... ADD CONSTRAINT.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ConstraintDef {
    /// Its name; for a key CREATE TABLE leaves unnamed, the server's (`t_pkey`, `t_a_key`,
    /// `t_a_fkey`).
    pub name: String,
    /// primary-key, unique, foreign-key, check, exclude
    pub kind: &'static str,
    /// The columns it is on (a foreign key's referencing ones); empty for check and exclusion
    /// constraints.
    pub columns: Vec<String>,
    /// For a foreign key: the referenced table, qualified, and its columns (empty when the key
    /// names none, so references the primary key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub references: Option<(String, Vec<String>)>,
    /// 1-based line of the statement that declares it.
    pub line: u64,
    /// A check constraint's test, when it is one [`check`](crate::sql::check) decides.
    #[serde(skip)]
    pub check: Option<std::sync::Arc<crate::sql::check::Check>>,
    /// `NO INHERIT`: a check of this table alone, not of its children and partitions.
    #[serde(skip)]
    pub no_inherit: bool,
}

/// A table the dump declares or loads data into: what its DDL says and what its data held.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// Its schema, unquoted, as the search path resolves an unqualified name (empty when the
    /// search path has none).
    pub schema: String,
    /// Its name, unquoted.
    pub name: String,
    /// Ordinary, partitioned or foreign.
    pub kind: TableKind,
    /// Created UNLOGGED.
    pub unlogged: bool,
    /// Declared by DDL in the dump (false: known only from its data, as in a data-only dump).
    pub declared: bool,
    /// Its columns in attribute order: inherited ones first, merged by name, then its own (see
    /// [`Table::order_columns_by_copy`]).
    pub columns: Vec<Column>,
    /// Column names in the order the CREATE statement lists them (before inheritance merging).
    #[serde(skip)]
    pub local_order: Vec<String>,
    /// The primary key's columns; None without one.
    pub primary_key: Option<Vec<String>>,
    /// Its constraints, from CREATE TABLE and ALTER TABLE ... ADD CONSTRAINT, in dump order.
    pub constraints: Vec<ConstraintDef>,
    /// Qualified names of the tables it inherits from or is attached to as a partition.
    pub parents: Vec<String>,
    /// Its owner, from ALTER TABLE ... OWNER TO.
    pub owner: Option<String>,
    /// Its COMMENT ON TABLE text.
    pub comment: Option<String>,
    /// The database it belongs to, where the dump names one (pg_dumpall, --create).
    pub database: Option<String>,
    /// Line of the CREATE statement.
    pub line: u64,
    /// Filled by the data pass.
    pub rows: u64,
    /// Bytes of its data in the dump: its COPY data, and its INSERT statements whole.
    pub data_bytes: u64,
    /// 1-based line of its first data (a COPY data line or an INSERT); None without data.
    pub first_data_line: Option<u64>,
}

impl Table {
    /// Its schema-qualified name, each part quoted only where SQL needs it (`public."Order"`).
    pub fn qualified(&self) -> String {
        qualify(&self.schema, &self.name)
    }
    /// Its kind as reports spell it: `table`, `partitioned table` or `foreign table`.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            TableKind::Table => "table",
            TableKind::Partitioned => "partitioned table",
            TableKind::Foreign => "foreign table",
        }
    }
    /// The position in `columns` of the column named `name` (unquoted, exact match).
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

/// `schema.name` with each part quoted only where SQL needs it; the name alone when `schema`
/// is empty.
pub fn qualify(schema: &str, name: &str) -> String {
    if schema.is_empty() {
        quote_ident(name)
    } else {
        format!("{}.{}", quote_ident(schema), quote_ident(name))
    }
}

/// Counts of every kind of object the DDL declares.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ObjectCounts {
    /// Schemas (`CREATE SCHEMA`).
    pub schemas: u64,
    /// Ordinary tables, including those known only from their data.
    pub tables: u64,
    /// Partitioned tables.
    pub partitioned_tables: u64,
    /// Foreign tables.
    pub foreign_tables: u64,
    /// Views (`CREATE VIEW`).
    pub views: u64,
    /// Materialised views (`CREATE MATERIALIZED VIEW`).
    pub materialized_views: u64,
    /// Sequences created by `CREATE SEQUENCE` (not identity columns' sequences).
    pub sequences: u64,
    /// Functions (`CREATE FUNCTION`).
    pub functions: u64,
    /// Procedures (`CREATE PROCEDURE`).
    pub procedures: u64,
    /// Aggregates (`CREATE AGGREGATE`).
    pub aggregates: u64,
    /// Indexes created by `CREATE INDEX` (not those behind key constraints).
    pub indexes: u64,
    /// Table constraints (keys, checks, exclusions), inline or added by ALTER TABLE.
    pub constraints: u64,
    /// Types created by `CREATE TYPE` (base, composite, enum and range).
    pub types: u64,
    /// Domains (`CREATE DOMAIN`).
    pub domains: u64,
    /// Extensions (`CREATE EXTENSION`).
    pub extensions: u64,
    /// Triggers (`CREATE TRIGGER`).
    pub triggers: u64,
    /// Event triggers (`CREATE EVENT TRIGGER`).
    pub event_triggers: u64,
    /// Rewrite rules (`CREATE RULE`).
    pub rules: u64,
    /// Row-level security policies (`CREATE POLICY`).
    pub policies: u64,
    /// Foreign servers (`CREATE SERVER`).
    pub servers: u64,
    /// User mappings (`CREATE USER MAPPING`).
    pub user_mappings: u64,
    /// Logical replication subscriptions (`CREATE SUBSCRIPTION`).
    pub subscriptions: u64,
    /// Logical replication publications (`CREATE PUBLICATION`).
    pub publications: u64,
    /// Roles (`CREATE ROLE`, `CREATE USER`).
    pub roles: u64,
    /// GRANT and REVOKE statements, on objects and of roles.
    pub grants: u64,
    /// `COMMENT ON` statements.
    pub comments: u64,
    /// Large objects (`SELECT pg_catalog.lo_create(...)`).
    pub large_objects: u64,
    /// Databases (`CREATE DATABASE`).
    pub databases: u64,
}

/// A foreign server, user mapping or subscription: where a dump points at another host.
#[derive(Debug, Clone, Serialize)]
pub struct Remote {
    /// server | user-mapping | subscription
    pub kind: &'static str,
    /// The server's or subscription's name; for a user mapping, `ROLE SERVER server`.
    pub name: String,
    /// Its options as (name, value) pairs; a subscription's `conninfo` comes first.
    pub options: Vec<(String, String)>,
    /// 1-based line of the statement that creates it.
    pub line: u64,
}

/// A role the dump creates or alters (pg_dumpall's globals).
#[derive(Debug, Clone, Serialize)]
pub struct Role {
    /// Its name, unquoted.
    pub name: String,
    /// Its options as (name, value) pairs (`superuser`, `password`, ...), from CREATE and
    /// ALTER ROLE.
    pub options: Vec<(String, String)>,
    /// 1-based line of the statement that first names it.
    pub line: u64,
}

/// What the dump's DDL declares, applied statement by statement: tables, types, roles, and
/// counts of the rest.
#[derive(Debug, Default)]
pub struct Catalog {
    /// Every table, in the order first declared or met in data; a table id
    /// ([`Catalog::table_id`]) is an index into it.
    pub tables: Vec<Table>,
    index: HashMap<(String, String), usize>,
    /// Composite types' columns, for `CREATE TABLE ... OF type`.
    composite: HashMap<(String, String), Vec<Column>>,
    /// Enum types' labels in order, by type name as column types spell it ([`Catalog::type_of`]).
    pub enums: BTreeMap<String, Vec<String>>,
    /// Domains' base types, by domain name as column types spell it ([`Catalog::type_of`]).
    pub domains: BTreeMap<String, String>,
    /// Domains declared NOT NULL.
    pub domain_not_null: std::collections::BTreeSet<String>,
    /// Domains' decided CHECK constraints (name, test of `VALUE`), by domain name.
    pub domain_checks: BTreeMap<String, Vec<(String, std::sync::Arc<crate::sql::check::Check>)>>,
    /// Schemas created, and those tables are in.
    pub schemas: std::collections::BTreeSet<String>,
    /// Names of the extensions created.
    pub extensions: Vec<String>,
    /// The extensions created in each schema (`WITH SCHEMA`), for [`Catalog::made_by_extension`].
    pub extension_schemas: BTreeMap<String, Vec<String>>,
    /// The line of each extension's CREATE EXTENSION.
    pub extension_lines: BTreeMap<String, u64>,
    /// Foreign servers, user mappings and subscriptions, in dump order.
    pub remotes: Vec<Remote>,
    /// Roles created or altered, in order of first mention.
    pub roles: Vec<Role>,
    /// How many objects of each kind the DDL declares.
    pub counts: ObjectCounts,
    /// Database named by CREATE DATABASE / \connect (pg_dumpall, --create).
    pub current_database: Option<String>,
    /// The schema unqualified names are created in and looked up in, from the dump's
    /// `SET search_path = public, pg_catalog;` (pg_dump before 10.3 wrote unqualified names
    /// after it); the pass starts it at `public`, where a server's default search path
    /// (`"$user", public`) puts them. None when `set_config('search_path', '', ...)` emptied it
    /// (then every name pg_dump writes is qualified).
    pub search_schema: Option<String>,
    /// How the text that follows is encoded, from `SET client_encoding` (and whether the reader
    /// transcoded it): what values and statements are decoded with.
    pub text_encoding: crate::sql::encoding::ClientEncoding,
}

/// `schema`, or for an unqualified name (empty `schema`) the schema `search` (a search path's
/// creation schema) resolves it in.
pub fn schema_in<'s>(schema: &'s str, search: Option<&'s str>) -> &'s str {
    match (schema.is_empty(), search) {
        (true, Some(s)) => s,
        _ => schema,
    }
}

/// Configuration tables of well-known extensions, whose rows pg_dump dumps
/// (`pg_extension_config_dump`) though the extension, not the dump, creates them.
const EXTENSION_TABLES: &[(&str, &str)] = &[
    ("postgis", "spatial_ref_sys"),
    ("postgis_topology", "topology"),
    ("postgis_topology", "layer"),
    ("pgsodium", "key"),
    ("supabase_vault", "secrets"),
    ("pg_cron", "job"),
    ("pg_partman", "part_config"),
    ("pg_partman", "part_config_sub"),
];

/// Extensions that make schemas of their own, whatever `WITH SCHEMA` says (pg_net's `net`,
/// pg_cron's `cron`): with the extension gone, statements about objects in them fail.
const EXTENSION_OWN_SCHEMAS: &[(&str, &[&str])] = &[
    ("pg_net", &["net"]),
    ("pg_cron", &["cron"]),
    ("pgsodium", &["pgsodium", "pgsodium_masks"]),
    ("postgis_topology", &["topology"]),
    ("postgis_tiger_geocoder", &["tiger", "tiger_data"]),
];

/// The schemas extension `ext` makes itself (none for most: they install into one).
pub fn schemas_made_by(ext: &str) -> &'static [&'static str] {
    EXTENSION_OWN_SCHEMAS
        .iter()
        .find(|(e, _)| *e == ext)
        .map_or(&[], |(_, s)| s)
}

impl Catalog {
    /// Whether table `t`, which the dump loads without creating it, is an extension's: in the
    /// schema of its own that an extension the dump creates lives in, or a known configuration
    /// table of one in a shared schema (PostGIS's `public.spatial_ref_sys`).
    pub fn made_by_extension(&self, t: &Table) -> bool {
        !self.extensions_making(t).is_empty()
    }

    /// The extensions one of which makes table `t` (see [`Catalog::made_by_extension`]).
    pub fn extensions_making(&self, t: &Table) -> Vec<&str> {
        let Some(exts) = self.extension_schemas.get(&t.schema) else {
            return Vec::new();
        };
        exts.iter()
            .map(String::as_str)
            .filter(|e| t.schema != "public" || EXTENSION_TABLES.contains(&(*e, t.name.as_str())))
            .collect()
    }
}

impl Catalog {
    /// A column's type as format_type prints it with search_path = pg_catalog: a bare name that
    /// is not pg_catalog's is the search path's (pg_dump before 10.3 wrote `year`, not
    /// `public.year`, after `SET search_path = public, pg_catalog;`).
    pub fn type_of(&self, t: &TypeName) -> String {
        let s = format_type(t);
        match (t.names.as_slice(), self.search_schema.as_deref()) {
            ([one], Some(schema)) if str_node(one).is_some_and(|n| !crate::sql::builtins::is_catalog_type(n)) => {
                format!("{}.{s}", quote_ident(schema))
            }
            _ => s,
        }
    }

    /// The name a type the dump creates goes by in column types ([`Catalog::type_of`]): a bare
    /// name is the search path's.
    fn type_key(&self, parts: &[String]) -> String {
        match (parts, self.search_schema.as_deref()) {
            ([one], Some(schema)) => format!("{}.{}", quote_ident(schema), quote_ident(one)),
            _ => parts.iter().map(|p| quote_ident(p)).collect::<Vec<_>>().join("."),
        }
    }

    /// The decided CHECK constraints rows of `t` must pass: its own and its ancestors' (not
    /// `NO INHERIT` ones; `parent` finds a table's parent by name), each on one of its columns
    /// (`usize::MAX`: a constant test), in name order; none on `char(n)` or citext
    /// columns, whose comparisons ignore padding or case.
    pub fn table_checks(
        &self,
        t: &Table,
        parent: &dyn Fn(&Table, &str) -> Option<usize>,
    ) -> Vec<(String, usize, std::sync::Arc<crate::sql::check::Check>)> {
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        let mut todo = vec![(t, true)];
        while let Some((x, own)) = todo.pop() {
            if !seen.insert(x.qualified()) || seen.len() > 64 {
                continue;
            }
            for c in &x.constraints {
                let Some(k) = &c.check else { continue };
                if !own && c.no_inherit {
                    continue;
                }
                // A constant test (`CHECK (false)`, a parent kept empty) is on no column.
                if k.column.is_empty() {
                    out.push((c.name.clone(), usize::MAX, k.clone()));
                    continue;
                }
                let Some(ci) = t.columns.iter().position(|col| col.name == k.column) else {
                    continue;
                };
                if self.plain_text_compare(t.columns[ci].type_name.as_deref().unwrap_or("")) {
                    out.push((c.name.clone(), ci, k.clone()));
                }
            }
            for p in &x.parents {
                if let Some(pi) = parent(x, p) {
                    todo.push((&self.tables[pi], false));
                }
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out.dedup_by(|a, b| a.0 == b.0);
        out.truncate(crate::sql::check::MAX_PER_TABLE);
        out
    }

    /// The CHECK constraints a value of type `t` must pass as a domain's (outermost domain first),
    /// when its base type compares as plain text or numbers.
    pub fn domain_checks(&self, t: &str) -> Vec<(String, String, std::sync::Arc<crate::sql::check::Check>)> {
        let mut out = Vec::new();
        if !self.plain_text_compare(t) {
            return out;
        }
        let mut t = t;
        for _ in 0..8 {
            let Some(base) = self.domains.get(t) else { break };
            for (name, k) in self.domain_checks.get(t).into_iter().flatten() {
                out.push((t.to_string(), name.clone(), k.clone()));
            }
            t = base;
        }
        out
    }

    /// Whether values of type `t` (through domains) compare as their text or number does: not
    /// `char(n)` (its padding is ignored), citext (case is), or arrays.
    pub fn plain_text_compare(&self, t: &str) -> bool {
        let mut t = t;
        for _ in 0..8 {
            match self.domains.get(t) {
                Some(base) => t = base,
                None => break,
            }
        }
        !(t.ends_with("[]") || t.starts_with("character(") || t == "character" || t == "bpchar" || t.contains("citext"))
    }

    /// An empty catalog whose unqualified names go to `public`, as a server's default search
    /// path (`"$user", public`) puts them (a script sets no role schema).
    pub fn with_default_search_path() -> Catalog {
        Catalog {
            search_schema: Some("public".into()),
            ..Catalog::default()
        }
    }

    /// For `SET client_encoding` to a client-only encoding the reader did not transcode (it was
    /// named past the start of the text): what that means. psql splits what follows character
    /// by character; pgscreen could not.
    pub fn unread_encoding(&self, node: &N) -> Option<String> {
        let crate::sql::encoding::ClientEncoding::Untranscoded(c) = self.text_encoding else {
            return None;
        };
        matches!(node, N::VariableSetStmt(s) if s.name == "client_encoding").then(|| {
            format!(
                "client_encoding set to {} past the start of the script: its characters' trail bytes can be a backslash, and pgscreen reads what follows byte by byte, so statements and rows may be split where psql would not split them (a dump made with pg_dump --encoding names it first)",
                c.name()
            )
        })
    }

    /// `schema`, or for an unqualified name the schema the search path resolves it in.
    pub fn schema_of<'s>(&'s self, schema: &'s str) -> &'s str {
        schema_in(schema, self.search_schema.as_deref())
    }

    /// The schema-qualified name of a relation as the server resolves it.
    fn range_var_name(&self, rv: &RangeVar) -> (String, String) {
        (self.schema_of(&rv.schemaname).to_string(), rv.relname.clone())
    }

    /// Follows `SET search_path = a, b` (the first schema but pg_catalog is where unqualified
    /// objects go) and `set_config('search_path', '', false)` (no schema).
    pub fn set_search_path(&mut self, schemas: &[String]) {
        self.search_schema = schemas
            .iter()
            .map(|s| s.trim().trim_matches('"'))
            .find(|s| !s.is_empty() && *s != "pg_catalog" && !s.starts_with('$'))
            .map(str::to_string);
    }
}

fn strings(nodes: &[Node]) -> Vec<String> {
    nodes.iter().filter_map(str_node).map(str::to_string).collect()
}

/// The source text of the expression that starts at byte `pos` of `sql`: up to a top-level `,`
/// or unbalanced `)`, or `limit`, whichever comes first; trimmed.
fn expr_text(sql: &str, pos: usize, limit: usize) -> String {
    let s = sql.as_bytes();
    let mut i = pos;
    let mut depth = 0i32;
    let limit = limit.min(s.len());
    while i < limit {
        match s[i] {
            b'\'' => i = lex::end_of_string(s, i, i > 0 && (s[i - 1] == b'E' || s[i - 1] == b'e')).unwrap_or(limit),
            b'"' => i = lex::end_of_quoted_ident(s, i).unwrap_or(limit),
            b'$' if !lex::follows_ident(s, i) => match lex::dollar_tag_len(s, i) {
                Some(n) => i = lex::end_of_dollar_quote(s, i, n).unwrap_or(limit),
                None => i += 1,
            },
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' if depth == 0 => break,
            b')' => {
                depth -= 1;
                i += 1;
            }
            b',' | b';' if depth == 0 => break,
            _ => i += 1,
        }
    }
    sql[pos..i.min(limit)].trim().to_string()
}

/// The text of a DefElem argument (`format 'csv'` -> `csv`).
pub fn def_elem_text(arg: Option<&Node>) -> String {
    def_elem_value(arg)
}

/// The text of a constant-ish node.
pub fn node_text(n: &Node) -> String {
    def_elem_value(Some(n))
}

fn def_elem_value(arg: Option<&Node>) -> String {
    let Some(n) = arg.and_then(|a| a.node.as_ref()) else {
        return String::new();
    };
    match n {
        N::String(s) => s.sval.clone(),
        N::Integer(i) => i.ival.to_string(),
        N::Float(f) => f.fval.clone(),
        N::Boolean(b) => b.boolval.to_string(),
        N::TypeName(t) => format_type(t),
        N::List(l) => strings(&l.items).join(","),
        N::AConst(c) => match &c.val {
            Some(a_const::Val::Sval(s)) => s.sval.clone(),
            Some(a_const::Val::Ival(i)) => i.ival.to_string(),
            Some(a_const::Val::Fval(f)) => f.fval.clone(),
            Some(a_const::Val::Boolval(b)) => b.boolval.to_string(),
            Some(a_const::Val::Bsval(b)) => b.bsval.clone(),
            None => String::new(),
        },
        _ => String::new(),
    }
}

/// The `name value` options of a statement (`OPTIONS (...)`, `WITH ...`), with each one's
/// location in the statement text.
pub fn def_elems(nodes: &[Node]) -> Vec<(String, String, i32)> {
    nodes
        .iter()
        .filter_map(|n| match n.node.as_ref()? {
            N::DefElem(d) => Some((d.defname.clone(), def_elem_value(d.arg.as_deref()), d.location)),
            _ => None,
        })
        .collect()
}

fn options(nodes: &[Node]) -> Vec<(String, String)> {
    def_elems(nodes).into_iter().map(|(k, v, _)| (k, v)).collect()
}

fn role_name(r: Option<&pb::RoleSpec>) -> String {
    match r {
        Some(r) if !r.rolename.is_empty() => r.rolename.clone(),
        Some(r) => match r.roletype {
            x if x == pb::RoleSpecType::RolespecPublic as i32 => "PUBLIC".into(),
            x if x == pb::RoleSpecType::RolespecCurrentUser as i32 => "CURRENT_USER".into(),
            x if x == pb::RoleSpecType::RolespecSessionUser as i32 => "SESSION_USER".into(),
            _ => "CURRENT_ROLE".into(),
        },
        None => String::new(),
    }
}

impl Catalog {
    /// The table `schema.name` (unquoted names) in the current database.
    pub fn table(&self, schema: &str, name: &str) -> Option<&Table> {
        self.index
            .get(&(schema.to_string(), name.to_string()))
            .map(|&i| &self.tables[i])
    }

    /// The index in `tables` of the table `schema.name` (unquoted names) in the current database.
    pub fn table_id(&self, schema: &str, name: &str) -> Option<usize> {
        self.index.get(&(schema.to_string(), name.to_string())).copied()
    }

    /// Looks a relation up, also unqualified (then in `public`, then any schema).
    pub fn resolve(&self, rv: &RangeVar) -> Option<usize> {
        let (s, n) = self.range_var_name(rv);
        if !s.is_empty() {
            return self.table_id(&s, &n);
        }
        self.table_id("public", &n)
            .or_else(|| self.tables.iter().position(|t| t.name == n))
    }

    /// Switches to another database (pg_dumpall's `\connect`): objects of different databases
    /// are different objects, so the name lookup restarts.
    pub fn connect(&mut self, db: &str) {
        self.current_database = Some(db.to_string());
        // A new connection starts with the server's search path.
        self.search_schema = None;
        self.index.clear();
        self.composite.clear();
    }

    /// Adds a table (also one known only from its data, in a data-only dump).
    pub fn add_table(&mut self, mut t: Table) -> usize {
        t.database = self.current_database.clone();
        let key = (t.schema.clone(), t.name.clone());
        self.schemas.insert(t.schema.clone());
        let id = self.tables.len();
        match t.kind {
            TableKind::Table => self.counts.tables += 1,
            TableKind::Partitioned => self.counts.partitioned_tables += 1,
            TableKind::Foreign => self.counts.foreign_tables += 1,
        }
        self.tables.push(t);
        self.index.insert(key, id);
        id
    }

    fn columns_from_elts(
        &self,
        sql: &str,
        elts: &[Node],
        table: &str,
        table_pk: &mut Option<Vec<String>>,
        cons: &mut Vec<ConstraintDef>,
        line: u64,
    ) -> Vec<Column> {
        let mut cols = Vec::new();
        for (k, e) in elts.iter().enumerate() {
            let next_loc = elts.get(k + 1).and_then(node_location).unwrap_or(usize::MAX);
            match e.node.as_ref() {
                Some(N::ColumnDef(cd)) => {
                    let mut c = Column {
                        name: cd.colname.clone(),
                        type_name: cd.type_name.as_ref().map(|t| self.type_of(t)),
                        not_null: cd.is_not_null,
                        default: None,
                        identity: (!cd.identity.is_empty()).then(|| cd.identity.clone()),
                        generated: (!cd.generated.is_empty()).then(|| cd.generated.clone()),
                    };
                    for (ci, cn) in cd.constraints.iter().enumerate() {
                        let Some(N::Constraint(con)) = cn.node.as_ref() else {
                            continue;
                        };
                        let end = cd.constraints.get(ci + 1).and_then(node_location).unwrap_or(next_loc);
                        match ConstrType::try_from(con.contype) {
                            Ok(ConstrType::ConstrNotnull) => c.not_null = true,
                            Ok(ConstrType::ConstrPrimary) => {
                                c.not_null = true;
                                *table_pk = Some(vec![c.name.clone()]);
                                cons.push(ConstraintDef {
                                    name: con.conname.clone(),
                                    kind: "primary-key",
                                    columns: vec![c.name.clone()],
                                    line,
                                    ..Default::default()
                                });
                            }
                            Ok(ConstrType::ConstrUnique) => cons.push(ConstraintDef {
                                name: con.conname.clone(),
                                kind: "unique",
                                columns: vec![c.name.clone()],
                                line,
                                ..Default::default()
                            }),
                            Ok(ConstrType::ConstrCheck) => cons.push(check_def(con, line, table, Some(&c.name))),
                            Ok(ConstrType::ConstrDefault) => {
                                let at = con.location.max(0) as usize + "DEFAULT".len();
                                c.default = Some(expr_text(sql, at.min(sql.len()), end));
                            }
                            Ok(ConstrType::ConstrIdentity) => {
                                c.not_null = true;
                                c.identity = Some(if con.generated_when.is_empty() {
                                    "a".into()
                                } else {
                                    con.generated_when.clone()
                                });
                            }
                            Ok(ConstrType::ConstrGenerated) => c.generated = Some("s".into()),
                            Ok(ConstrType::ConstrForeign) => cons.push(ConstraintDef {
                                name: con.conname.clone(),
                                kind: "foreign-key",
                                columns: vec![c.name.clone()],
                                references: con.pktable.as_ref().map(|p| {
                                    (
                                        qualify(self.schema_of(&p.schemaname), &p.relname),
                                        strings(&con.pk_attrs),
                                    )
                                }),
                                line,
                                ..Default::default()
                            }),
                            _ => {}
                        }
                    }
                    cols.push(c);
                }
                Some(N::Constraint(con)) => {
                    if let Some(mut d) = constraint_def(con, line, self.search_schema.as_deref()) {
                        if d.kind == "primary-key" {
                            *table_pk = Some(d.columns.clone());
                        }
                        if d.name.is_empty() && d.kind == "check" {
                            d.name = check_name(table, d.check.as_deref(), None);
                        }
                        cons.push(d);
                    }
                }
                _ => {}
            }
        }
        cols
    }

    /// Applies one parsed statement. `sql` is the statement's text (locations index into it).
    pub fn apply(&mut self, stmt: &N, sql: &str, line: u64) {
        match stmt {
            N::CreateStmt(cs) => self.create_table(cs, sql, line, TableKind::Table),
            N::CreateForeignTableStmt(fs) => {
                if let Some(cs) = &fs.base_stmt {
                    self.create_table(cs, sql, line, TableKind::Foreign);
                }
            }
            N::AlterTableStmt(at) => self.alter_table(at, sql, line),
            N::CreateSchemaStmt(s) => {
                self.counts.schemas += 1;
                self.schemas.insert(s.schemaname.clone());
            }
            N::CreateSeqStmt(_) => self.counts.sequences += 1,
            N::ViewStmt(_) => self.counts.views += 1,
            N::CreateTableAsStmt(c) if c.objtype == ObjectType::ObjectMatview as i32 => {
                self.counts.materialized_views += 1
            }
            N::CreateFunctionStmt(f) => {
                if f.is_procedure {
                    self.counts.procedures += 1
                } else {
                    self.counts.functions += 1
                }
            }
            N::DefineStmt(d) if d.kind == ObjectType::ObjectAggregate as i32 => self.counts.aggregates += 1,
            N::DefineStmt(d) if d.kind == ObjectType::ObjectType as i32 => self.counts.types += 1,
            N::CreateEnumStmt(e) => {
                self.counts.types += 1;
                let name = self.type_key(&strings(&e.type_name));
                self.enums.insert(name, strings(&e.vals));
            }
            N::CreateRangeStmt(_) => self.counts.types += 1,
            N::CompositeTypeStmt(c) => {
                self.counts.types += 1;
                if let Some(rv) = &c.typevar {
                    let mut pk = None;
                    let mut cons = Vec::new();
                    let cols = self.columns_from_elts(sql, &c.coldeflist, &rv.relname, &mut pk, &mut cons, line);
                    self.composite.insert(self.range_var_name(rv), cols);
                }
            }
            N::CreateDomainStmt(d) => {
                self.counts.domains += 1;
                let name = self.type_key(&strings(&d.domainname));
                let not_null = d.constraints.iter().any(
                    |c| matches!(&c.node, Some(N::Constraint(k)) if k.contype == ConstrType::ConstrNotnull as i32),
                );
                if not_null {
                    self.domain_not_null.insert(name.clone());
                }
                let bare = strings(&d.domainname).pop().unwrap_or_default();
                let checks: Vec<(String, std::sync::Arc<crate::sql::check::Check>)> = d
                    .constraints
                    .iter()
                    .filter_map(|c| match &c.node {
                        Some(N::Constraint(k)) if k.contype == ConstrType::ConstrCheck as i32 => {
                            let check = std::sync::Arc::new(crate::sql::check::Check::of(k.raw_expr.as_deref()?)?);
                            let n = if k.conname.is_empty() {
                                format!("{bare}_check")
                            } else {
                                k.conname.clone()
                            };
                            Some((n, check))
                        }
                        _ => None,
                    })
                    .collect();
                if !checks.is_empty() {
                    self.domain_checks.insert(name.clone(), checks);
                }
                self.domains
                    .insert(name, d.type_name.as_ref().map(|t| self.type_of(t)).unwrap_or_default());
            }
            N::IndexStmt(_) => self.counts.indexes += 1,
            N::CreateExtensionStmt(e) => {
                self.counts.extensions += 1;
                self.extensions.push(e.extname.clone());
                self.extension_lines.insert(e.extname.clone(), line);
                if let Some((_, schema, _)) = def_elems(&e.options).into_iter().find(|(k, _, _)| k == "schema") {
                    self.extension_schemas
                        .entry(schema)
                        .or_default()
                        .push(e.extname.clone());
                }
            }
            N::CreateTrigStmt(_) => self.counts.triggers += 1,
            N::CreateEventTrigStmt(_) => self.counts.event_triggers += 1,
            N::RuleStmt(_) => self.counts.rules += 1,
            N::CreatePolicyStmt(_) => self.counts.policies += 1,
            N::CreateForeignServerStmt(s) => {
                self.counts.servers += 1;
                self.remotes.push(Remote {
                    kind: "server",
                    name: s.servername.clone(),
                    options: options(&s.options),
                    line,
                });
            }
            N::CreateUserMappingStmt(u) => {
                self.counts.user_mappings += 1;
                self.remotes.push(Remote {
                    kind: "user-mapping",
                    name: format!("{} SERVER {}", role_name(u.user.as_ref()), u.servername),
                    options: options(&u.options),
                    line,
                });
            }
            N::CreateSubscriptionStmt(s) => {
                self.counts.subscriptions += 1;
                let mut opts = vec![("conninfo".to_string(), s.conninfo.clone())];
                opts.extend(options(&s.options));
                self.remotes.push(Remote {
                    kind: "subscription",
                    name: s.subname.clone(),
                    options: opts,
                    line,
                });
            }
            N::CreatePublicationStmt(_) => self.counts.publications += 1,
            N::CreateRoleStmt(r) => {
                self.counts.roles += 1;
                self.roles.push(Role {
                    name: r.role.clone(),
                    options: options(&r.options),
                    line,
                });
            }
            N::AlterRoleStmt(r) => {
                let name = role_name(r.role.as_ref());
                let opts = options(&r.options);
                match self.roles.iter_mut().find(|x| x.name == name) {
                    Some(role) => role.options.extend(opts),
                    None => self.roles.push(Role {
                        name,
                        options: opts,
                        line,
                    }),
                }
            }
            N::GrantStmt(_) | N::GrantRoleStmt(_) => self.counts.grants += 1,
            N::CommentStmt(c) => {
                self.counts.comments += 1;
                if c.objtype == ObjectType::ObjectTable as i32 {
                    if let Some(N::List(l)) = c.object.as_ref().and_then(|o| o.node.as_ref()) {
                        let parts = strings(&l.items);
                        let (s, n) = match parts.as_slice() {
                            [s, n] => (s.clone(), n.clone()),
                            [n] => ("public".to_string(), n.clone()),
                            _ => return,
                        };
                        if let Some(id) = self.table_id(&s, &n) {
                            self.tables[id].comment = Some(c.comment.clone());
                        }
                    }
                }
            }
            N::AlterOwnerStmt(_) => {}
            N::CreatedbStmt(d) => {
                self.counts.databases += 1;
                self.current_database.get_or_insert_with(|| d.dbname.clone());
            }
            _ => {}
        }
    }

    fn create_table(&mut self, cs: &pb::CreateStmt, sql: &str, line: u64, mut kind: TableKind) {
        let Some(rv) = &cs.relation else { return };
        let (schema, name) = self.range_var_name(rv);
        if cs.partspec.is_some() {
            kind = TableKind::Partitioned;
        }
        let mut pk = None;
        let mut cons = Vec::new();
        let local = self.columns_from_elts(sql, &cs.table_elts, &name, &mut pk, &mut cons, line);
        // Constraints declared without a name get the server's: t_pkey, t_a_key, t_a_fkey.
        let rel = cs.relation.as_ref().map(|r| r.relname.clone()).unwrap_or_default();
        for c in cons.iter_mut().filter(|c| c.name.is_empty()) {
            let cols = c.columns.join("_");
            c.name = match c.kind {
                "primary-key" => format!("{rel}_pkey"),
                "unique" => format!("{rel}_{cols}_key"),
                "foreign-key" => format!("{rel}_{cols}_fkey"),
                _ => continue,
            };
        }
        let local_order = local.iter().map(|c| c.name.clone()).collect();
        // Inherited columns first, in parent order, merged by name (as MergeAttributes does).
        let mut cols: Vec<Column> = Vec::new();
        let mut parents = Vec::new();
        for p in &cs.inh_relations {
            if let Some(N::RangeVar(prv)) = p.node.as_ref() {
                if let Some(pid) = self.resolve(prv) {
                    parents.push(self.tables[pid].qualified());
                    for c in &self.tables[pid].columns {
                        match cols.iter_mut().find(|x| x.name == c.name) {
                            Some(x) => x.not_null |= c.not_null,
                            None => {
                                let mut c = c.clone();
                                c.identity = None;
                                cols.push(c);
                            }
                        }
                    }
                } else {
                    parents.push(qualify(self.schema_of(&prv.schemaname), &prv.relname));
                }
            }
        }
        if let Some(tn) = &cs.of_typename {
            let names = strings(&tn.names);
            let key = match names.as_slice() {
                [s, n] => (s.clone(), n.clone()),
                [n] => ("public".to_string(), n.clone()),
                _ => (String::new(), String::new()),
            };
            if let Some(tc) = self.composite.get(&key) {
                cols.extend(tc.iter().cloned());
            }
        }
        for c in local {
            match cols.iter_mut().find(|x| x.name == c.name) {
                Some(x) => {
                    x.not_null |= c.not_null;
                    if c.default.is_some() {
                        x.default = c.default;
                    }
                    if c.generated.is_some() {
                        x.generated = c.generated;
                    }
                }
                None => cols.push(c),
            }
        }
        if let Some(pk) = &pk {
            for c in cols.iter_mut().filter(|c| pk.contains(&c.name)) {
                c.not_null = true;
            }
        }
        self.counts.constraints += cons.len() as u64;
        self.add_table(Table {
            schema,
            name,
            kind,
            unlogged: rv.relpersistence == "u",
            declared: true,
            database: None,
            columns: cols,
            local_order,
            primary_key: pk,
            constraints: cons,
            parents,
            owner: None,
            comment: None,
            line,
            rows: 0,
            data_bytes: 0,
            first_data_line: None,
        });
    }

    fn alter_table(&mut self, at: &pb::AlterTableStmt, sql: &str, line: u64) {
        let Some(rv) = &at.relation else { return };
        let Some(id) = self.resolve(rv) else { return };
        for c in &at.cmds {
            let Some(N::AlterTableCmd(cmd)) = c.node.as_ref() else {
                continue;
            };
            let added_type = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                Some(N::ColumnDef(cd)) => cd.type_name.as_ref().map(|t| self.type_of(t)),
                _ => None,
            };
            let t = &mut self.tables[id];
            match AlterTableType::try_from(cmd.subtype) {
                Ok(AlterTableType::AtAddConstraint) => {
                    if let Some(N::Constraint(con)) = cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                        if let Some(mut d) = constraint_def(con, line, self.search_schema.as_deref()) {
                            // NOT VALID: pg_dump adds it after the data, which it does not
                            // test (only rows written later).
                            if con.skip_validation {
                                d.check = None;
                            }
                            if d.kind == "primary-key" {
                                for col in t.columns.iter_mut().filter(|c| d.columns.contains(&c.name)) {
                                    col.not_null = true;
                                }
                                t.primary_key = Some(d.columns.clone());
                            }
                            t.constraints.push(d);
                            self.counts.constraints += 1;
                        }
                    }
                }
                Ok(AlterTableType::AtSetNotNull) => {
                    if let Some(col) = t.columns.iter_mut().find(|c| c.name == cmd.name) {
                        col.not_null = true;
                    }
                }
                Ok(AlterTableType::AtColumnDefault) => {
                    if let Some(def) = cmd.def.as_deref() {
                        let at_loc = node_location(def).unwrap_or(0);
                        // The location of a binary expression is its operator; take the text
                        // after SET DEFAULT instead.
                        let start = find_ci(sql, "DEFAULT").map(|p| p + 7).unwrap_or(at_loc);
                        let text = sql[start.min(sql.len())..]
                            .trim()
                            .trim_end_matches(';')
                            .trim()
                            .to_string();
                        if let Some(col) = t.columns.iter_mut().find(|c| c.name == cmd.name) {
                            col.default = Some(text);
                        }
                    }
                }
                Ok(AlterTableType::AtAddIdentity) => {
                    if let Some(col) = t.columns.iter_mut().find(|c| c.name == cmd.name) {
                        col.not_null = true;
                        let when = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                            Some(N::Constraint(con)) if !con.generated_when.is_empty() => con.generated_when.clone(),
                            _ => "a".into(),
                        };
                        col.identity = Some(when);
                    }
                }
                Ok(AlterTableType::AtAddColumn) => {
                    if let Some(N::ColumnDef(cd)) = cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                        t.columns.push(Column {
                            name: cd.colname.clone(),
                            type_name: added_type.clone(),
                            not_null: cd.is_not_null
                                || cd.constraints.iter().any(|c| matches!(c.node.as_ref(), Some(N::Constraint(k)) if k.contype == ConstrType::ConstrNotnull as i32)),
                            default: None,
                            identity: None,
                            generated: None,
                        });
                    }
                }
                Ok(AlterTableType::AtChangeOwner) => t.owner = Some(role_name(cmd.newowner.as_ref())),
                Ok(AlterTableType::AtAttachPartition) | Ok(AlterTableType::AtAddInherit) => {
                    let child = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                        Some(N::PartitionCmd(pc)) => pc.name.clone(),
                        Some(N::RangeVar(r)) => Some(r.clone()),
                        _ => None,
                    };
                    let parent_name = t.qualified();
                    if let Some(cid) = child.as_ref().and_then(|r| self.resolve(r)) {
                        self.tables[cid].parents.push(parent_name);
                    }
                }
                _ => {}
            }
        }
    }
}

impl Table {
    /// Puts an inheritance child's columns in the order its COPY column list names them.
    ///
    /// A child whose parent gained columns after it was created (or that was attached with
    /// ALTER TABLE ... INHERIT) has an attribute order that CREATE TABLE ... INHERITS cannot
    /// express; pg_dump's COPY list is in attnum order, so it is the record of the real order.
    /// Columns COPY leaves out (generated ones) go after their predecessor in the CREATE list.
    pub fn order_columns_by_copy(&mut self, copy_cols: &[String]) {
        if self.parents.is_empty() || copy_cols.iter().any(|c| self.column_index(c).is_none()) {
            return;
        }
        let mut cols: Vec<Column> = copy_cols
            .iter()
            .filter_map(|n| self.column_index(n).map(|i| self.columns[i].clone()))
            .collect();
        if cols.len() != copy_cols.len() {
            return;
        }
        for (k, c) in self.columns.iter().enumerate() {
            if cols.iter().any(|x| x.name == c.name) {
                continue;
            }
            // Its predecessor in the CREATE list if it is listed there, else in the merged order.
            let earlier: Vec<&str> = match self.local_order.iter().position(|n| *n == c.name) {
                Some(p) => self.local_order[..p].iter().map(String::as_str).collect(),
                None => self.columns[..k].iter().map(|x| x.name.as_str()).collect(),
            };
            let before = earlier
                .iter()
                .rev()
                .find_map(|n| cols.iter().position(|x| x.name == *n));
            match before {
                Some(i) => cols.insert(i + 1, c.clone()),
                None => cols.insert(0, c.clone()),
            }
        }
        self.columns = cols;
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.to_ascii_uppercase().find(needle)
}

fn constraint_def(con: &pb::Constraint, line: u64, search: Option<&str>) -> Option<ConstraintDef> {
    let kind = match ConstrType::try_from(con.contype).ok()? {
        ConstrType::ConstrPrimary => "primary-key",
        ConstrType::ConstrUnique => "unique",
        ConstrType::ConstrForeign => "foreign-key",
        ConstrType::ConstrCheck => "check",
        ConstrType::ConstrExclusion => "exclude",
        _ => return None,
    };
    let columns = if kind == "foreign-key" {
        strings(&con.fk_attrs)
    } else {
        strings(&con.keys)
    };
    Some(ConstraintDef {
        name: con.conname.clone(),
        kind,
        columns,
        references: con.pktable.as_ref().map(|p| {
            (
                qualify(schema_in(&p.schemaname, search), &p.relname),
                strings(&con.pk_attrs),
            )
        }),
        line,
        check: if kind == "check" { decided(con) } else { None },
        no_inherit: con.is_no_inherit,
    })
}

/// A check constraint's test, when [`check`](crate::sql::check) decides it.
fn decided(con: &pb::Constraint) -> Option<std::sync::Arc<crate::sql::check::Check>> {
    con.raw_expr
        .as_deref()
        .and_then(crate::sql::check::Check::of)
        .map(std::sync::Arc::new)
}

/// The server's name for an unnamed check of `table`: by the column its test reads (none for
/// a constant test: `t_check`, wherever it is declared), or, when the test is not decided, by
/// `column`, the one it is declared on.
fn check_name(table: &str, check: Option<&crate::sql::check::Check>, column: Option<&str>) -> String {
    let reads = match check {
        Some(c) => Some(c.column.as_str()).filter(|c| !c.is_empty()),
        None => column,
    };
    crate::sql::check::default_name(table, reads)
}

/// A check constraint of a column definition (`column`).
fn check_def(con: &pb::Constraint, line: u64, table: &str, column: Option<&str>) -> ConstraintDef {
    let check = decided(con);
    let name = if con.conname.is_empty() {
        check_name(table, check.as_deref(), column)
    } else {
        con.conname.clone()
    };
    ConstraintDef {
        name,
        kind: "check",
        line,
        check,
        no_inherit: con.is_no_inherit,
        ..Default::default()
    }
}

/// The `location` of nodes that carry one.
fn node_location(n: &Node) -> Option<usize> {
    let loc = match n.node.as_ref()? {
        N::ColumnDef(c) => c.location,
        N::Constraint(c) => c.location,
        N::AConst(c) => c.location,
        N::FuncCall(c) => c.location,
        N::TypeCast(c) => c.location,
        N::ColumnRef(c) => c.location,
        N::AExpr(c) => c.location,
        N::SqlvalueFunction(c) => c.location,
        N::TableLikeClause(_) => return None,
        _ => return None,
    };
    (loc >= 0).then_some(loc as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check constraints of the one table `sql` creates, by name.
    fn check_names(sql: &str) -> Vec<String> {
        let mut cat = Catalog::with_default_search_path();
        cat.apply(&crate::sql::first_statement(sql), sql, 1);
        cat.tables[0]
            .constraints
            .iter()
            .filter(|c| c.kind == "check")
            .map(|c| c.name.clone())
            .collect()
    }

    #[test]
    fn unnamed_checks_are_named_as_the_server_names_them() {
        // As PostgreSQL 18 names them (pg_constraint.conname): by the column the expression
        // reads, none for a constant, wherever the check is declared.
        assert_eq!(check_names("CREATE TABLE t (a int CHECK (a > 0))"), ["t_a_check"]);
        assert_eq!(check_names("CREATE TABLE t (a int, CHECK (a > 0))"), ["t_a_check"]);
        assert_eq!(check_names("CREATE TABLE t (a int CHECK (false))"), ["t_check"]);
        assert_eq!(check_names("CREATE TABLE t (a int, CHECK (false))"), ["t_check"]);
        assert_eq!(
            check_names("CREATE TABLE t (a int, CONSTRAINT mine CHECK (false))"),
            ["mine"]
        );
        // Not decided (a function of the value): named by the column it is declared on.
        assert_eq!(
            check_names("CREATE TABLE t (a text CHECK (lower(a) = a))"),
            ["t_a_check"]
        );
    }
}
