//! Column types spelled the way PostgreSQL's `format_type()` spells them, from a parsed
//! `TypeName`. pg_dump writes types through format_type, so this round-trips what the dump says
//! into the spelling of the live catalog (`int4` -> `integer`, `varchar(60)` ->
//! `character varying(60)`, `timestamptz` -> `timestamp with time zone`, ...).

use crate::util::ident::quote_ident;
use pg_query::protobuf::{a_const, node::Node as N, Node, TypeName};

/// Interval field bits (PostgreSQL's INTERVAL_MASK of datetime.h's field numbers).
const MONTH: i64 = 1 << 1;
const YEAR: i64 = 1 << 2;
const DAY: i64 = 1 << 3;
const HOUR: i64 = 1 << 10;
const MINUTE: i64 = 1 << 11;
const SECOND: i64 = 1 << 12;
const FULL_RANGE: i64 = 0x7FFF;

pub fn str_node(n: &Node) -> Option<&str> {
    match n.node.as_ref()? {
        N::String(s) => Some(&s.sval),
        _ => None,
    }
}

/// The schema a qualified name list (`net.http_get`, `cat.schema.f`) names its object in;
/// None for a bare name.
pub fn schema_of(names: &[Node]) -> Option<&str> {
    match names {
        [.., schema, _] => str_node(schema),
        _ => None,
    }
}

fn int_mod(n: &Node) -> Option<i64> {
    match n.node.as_ref()? {
        N::AConst(c) => match c.val.as_ref()? {
            a_const::Val::Ival(i) => Some(i.ival as i64),
            _ => None,
        },
        _ => None,
    }
}

/// The type of `tn` as format_type prints it.
pub fn format_type(tn: &TypeName) -> String {
    let names: Vec<&str> = tn.names.iter().filter_map(str_node).collect();
    let mods: Vec<Option<i64>> = tn.typmods.iter().map(int_mod).collect();
    let m = |i: usize| mods.get(i).copied().flatten();
    let prec = |base: &str, tz: &str| match m(0) {
        Some(p) => format!("{base}({p}) {tz}"),
        None => format!("{base} {tz}"),
    };
    // Internal names resolve to pg_catalog whether or not they are qualified.
    let builtin = match names.as_slice() {
        ["pg_catalog", t] | [t] => Some(*t),
        _ => None,
    };
    let mut out = match builtin {
        Some(t) => match t {
            "int2" => "smallint".to_string(),
            "int4" => "integer".to_string(),
            "int8" => "bigint".to_string(),
            "float4" => "real".to_string(),
            "float8" => "double precision".to_string(),
            "bool" => "boolean".to_string(),
            "numeric" => match (m(0), m(1)) {
                (Some(p), Some(s)) => format!("numeric({p},{s})"),
                (Some(p), None) => format!("numeric({p},0)"),
                _ => "numeric".to_string(),
            },
            "varchar" => with_len("character varying", m(0)),
            "bpchar" if m(0).is_some() => with_len("character", m(0)),
            "bit" => with_len("bit", m(0)),
            "varbit" => with_len("bit varying", m(0)),
            "timestamp" => prec("timestamp", "without time zone"),
            "timestamptz" => prec("timestamp", "with time zone"),
            "time" => prec("time", "without time zone"),
            "timetz" => prec("time", "with time zone"),
            "interval" => interval(m(0), m(1)),
            other => quote_ident(other),
        },
        None => names.iter().map(|p| quote_ident(p)).collect::<Vec<_>>().join("."),
    };
    if !tn.array_bounds.is_empty() {
        out.push_str("[]");
    }
    out
}

fn with_len(base: &str, len: Option<i64>) -> String {
    match len {
        Some(n) => format!("{base}({n})"),
        None => base.to_string(),
    }
}

fn interval(range: Option<i64>, precision: Option<i64>) -> String {
    let fields = match range {
        None | Some(FULL_RANGE) => "",
        Some(r) => match r {
            YEAR => " year",
            MONTH => " month",
            DAY => " day",
            HOUR => " hour",
            MINUTE => " minute",
            SECOND => " second",
            x if x == YEAR | MONTH => " year to month",
            x if x == DAY | HOUR => " day to hour",
            x if x == DAY | HOUR | MINUTE => " day to minute",
            x if x == DAY | HOUR | MINUTE | SECOND => " day to second",
            x if x == HOUR | MINUTE => " hour to minute",
            x if x == HOUR | MINUTE | SECOND => " hour to second",
            x if x == MINUTE | SECOND => " minute to second",
            _ => "",
        },
    };
    match precision {
        Some(p) => format!("interval{fields}({p})"),
        None => format!("interval{fields}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pg_query::protobuf::node::Node as N;

    /// The schema of a function's name list: the part before the name, whatever comes first.
    #[test]
    fn schema_of_names_the_part_before_the_name() {
        let schema = |sql: &str| {
            let N::GrantStmt(g) = crate::sql::first_statement(sql) else {
                panic!()
            };
            let Some(N::ObjectWithArgs(o)) = g.objects[0].node.as_ref() else {
                panic!()
            };
            schema_of(&o.objname).map(str::to_string)
        };
        assert_eq!(
            schema("GRANT ALL ON FUNCTION net.f() TO PUBLIC;").as_deref(),
            Some("net")
        );
        assert_eq!(
            schema("GRANT ALL ON FUNCTION db.net.f() TO PUBLIC;").as_deref(),
            Some("net")
        );
        assert_eq!(schema("GRANT ALL ON FUNCTION f() TO PUBLIC;"), None);
    }

    fn col_type(decl: &str) -> String {
        let sql = format!("CREATE TABLE t (c {decl});");
        let N::CreateStmt(cs) = crate::sql::first_statement(&sql) else {
            panic!()
        };
        let N::ColumnDef(cd) = cs.table_elts[0].node.as_ref().unwrap() else {
            panic!()
        };
        format_type(cd.type_name.as_ref().unwrap())
    }

    #[test]
    fn spells_like_format_type() {
        for (decl, want) in [
            ("integer", "integer"),
            ("int4", "integer"),
            ("smallint[]", "smallint[]"),
            ("bigint", "bigint"),
            ("character varying(60)", "character varying(60)"),
            ("varchar", "character varying"),
            ("character(1)", "character(1)"),
            ("bpchar", "bpchar"),
            ("\"char\"", "\"char\""),
            ("numeric(5,2)", "numeric(5,2)"),
            ("numeric(3,-3)", "numeric(3,-3)"),
            ("numeric", "numeric"),
            ("timestamp with time zone", "timestamp with time zone"),
            ("timestamp(2) without time zone", "timestamp(2) without time zone"),
            ("time(2) with time zone", "time(2) with time zone"),
            ("double precision", "double precision"),
            ("real", "real"),
            ("boolean", "boolean"),
            ("bit(10)", "bit(10)"),
            ("bit varying", "bit varying"),
            ("interval", "interval"),
            ("interval year to month", "interval year to month"),
            ("interval day to second(3)", "interval day to second(3)"),
            ("interval(2)", "interval(2)"),
            ("text[]", "text[]"),
            ("integer[][]", "integer[]"),
            ("public.mpaa_rating", "public.mpaa_rating"),
            ("public.\"bıgınt\"", "public.\"bıgınt\""),
            (
                "information_schema.cardinal_number",
                "information_schema.cardinal_number",
            ),
            ("jsonb", "jsonb"),
        ] {
            assert_eq!(col_type(decl), want, "{decl}");
        }
    }
}
