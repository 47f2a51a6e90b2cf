//! What each PostgreSQL major 10-18 has built in: every type of pg_catalog, and the functions
//! and settings where the majors differ (`builtins.tsv`, read off real servers' catalogs by
//! scripts/make-builtins.sh). A function or setting every one of those majors has is not
//! listed, so it is never reported missing.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The newest major the table was read from: a target past it is taken to have what 18 has.
/// The newest release the version tables hold.
pub const NEWEST: u32 = 18;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Kind {
    Function,
    Type,
    Setting,
}

impl Kind {
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Function => "function",
            Kind::Type => "type",
            Kind::Setting => "configuration parameter",
        }
    }
}

/// (kind, name) -> (first, last) major that has it.
type Table = HashMap<(Kind, &'static str), (u32, u32)>;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        include_str!("builtins.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let kind = match f.next()? {
                    "function" => Kind::Function,
                    "type" => Kind::Type,
                    "setting" => Kind::Setting,
                    _ => return None,
                };
                let name = f.next()?;
                Some(((kind, name), (f.next()?.parse().ok()?, f.next()?.parse().ok()?)))
            })
            .collect()
    })
}

/// The majors that have the built-in `name`, when `target` is not one of them.
pub fn missing(kind: Kind, name: &str, target: u32) -> Option<(u32, u32)> {
    let &(first, last) = table().get(&(kind, name))?;
    let gone = last < NEWEST && target > last;
    (target < first || gone).then_some((first, last))
}

/// Whether `name` (unqualified) is a type of pg_catalog in some major 10-18, or one of the
/// serial pseudo-types the grammar accepts: a bare name that is not is a type of the dump's own
/// schema (old pg_dump wrote `year` after `SET search_path = public, pg_catalog`).
pub fn is_catalog_type(name: &str) -> bool {
    table().contains_key(&(Kind::Type, name))
        || matches!(
            name,
            "serial" | "serial4" | "bigserial" | "serial8" | "smallserial" | "serial2"
        )
}

/// "PostgreSQL 13 and later", "PostgreSQL 10 to 11".
pub fn span(first: u32, last: u32) -> String {
    if last >= NEWEST {
        format!("PostgreSQL {first} and later")
    } else if first == last {
        format!("PostgreSQL {first} only")
    } else {
        format!("PostgreSQL {first} to {last}")
    }
}

/// The functions a statement calls and the types it names, as (schema, name) with the schema
/// empty when unqualified: every `FuncCall` and `TypeName` of its parse tree (column types and
/// defaults, CHECK expressions, views, casts, SQL-standard function bodies). The tree is walked
/// through its serde form, which reaches every field of every node kind.
pub fn names_used(node: &pg_query::protobuf::node::Node) -> Vec<(Kind, String, String)> {
    let mut out = Vec::new();
    if let Ok(v) = serde_json::to_value(node) {
        walk(&v, &mut out);
    }
    out
}

fn walk(v: &serde_json::Value, out: &mut Vec<(Kind, String, String)>) {
    walk_in(v, out, false)
}

/// `in_option`: under a DefElem, whose bare words (`autosummarize = off`) the grammar reads as
/// type names.
fn walk_in(v: &serde_json::Value, out: &mut Vec<(Kind, String, String)>, in_option: bool) {
    use serde_json::Value;
    let strings = |list: &Value| -> Vec<String> {
        list.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| n.pointer("/node/String/sval")?.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut push = |kind, names: Vec<String>| {
        if let [schema @ .., name] = names.as_slice() {
            out.push((kind, schema.join("."), name.clone()));
        }
    };
    match v {
        Value::Object(o) => {
            if let Some(f) = o.get("FuncCall") {
                push(Kind::Function, strings(&f["funcname"]));
            }
            // A TypeName is a plain message field (ColumnDef.type_name, TypeCast.type_name):
            // known by its fields. (`users.id%TYPE` names a column, not a type.)
            if !in_option
                && o.contains_key("names")
                && o.contains_key("typmods")
                && o.contains_key("array_bounds")
                && o.get("pct_type") != Some(&Value::Bool(true))
            {
                push(Kind::Type, strings(&o["names"]));
            }
            for (k, x) in o {
                walk_in(x, out, in_option || k == "DefElem");
            }
        }
        Value::Array(a) => a.iter().for_each(|x| walk_in(x, out, in_option)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_read_off_the_servers() {
        assert_eq!(missing(Kind::Function, "uuidv7", 17), Some((18, 18)));
        assert_eq!(missing(Kind::Function, "uuidv7", 18), None);
        assert_eq!(missing(Kind::Function, "gen_random_uuid", 12), Some((13, 18)));
        assert_eq!(missing(Kind::Function, "gen_random_uuid", 13), None);
        assert_eq!(missing(Kind::Setting, "transaction_timeout", 16), Some((17, 18)));
        assert_eq!(missing(Kind::Type, "datemultirange", 13), Some((14, 18)));
        // In every major: never listed, never missing.
        assert_eq!(missing(Kind::Function, "now", 10), None);
        assert_eq!(missing(Kind::Setting, "search_path", 10), None);
        assert!(table().len() > 500);
    }

    fn used(sql: &str) -> Vec<(Kind, String, String)> {
        names_used(&crate::sql::first_statement(sql))
    }

    #[test]
    fn calls_and_types_are_found_where_pg_dump_writes_them() {
        let u = used(
            "CREATE TABLE public.t (id uuid DEFAULT uuidv7() NOT NULL, p jsonpath, \
                      c integer CHECK (pg_catalog.length(c::text) > 0))",
        );
        let has = |k: Kind, s: &str, n: &str| u.iter().any(|x| x.0 == k && x.1 == s && x.2 == n);
        assert!(has(Kind::Function, "", "uuidv7"), "{u:?}");
        assert!(has(Kind::Function, "pg_catalog", "length"), "{u:?}");
        assert!(has(Kind::Type, "", "jsonpath"), "{u:?}");
        assert!(has(Kind::Type, "pg_catalog", "int4"), "{u:?}");
        let u = used("CREATE VIEW v AS SELECT public.f(x) FROM t");
        assert!(u.iter().any(|x| x.1 == "public" && x.2 == "f"), "{u:?}");
    }
}
