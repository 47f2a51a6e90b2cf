//! PostgreSQL's identifier rules: quoting as `quote_ident` does, unquoting, splitting a
//! qualified name. A leaf: reading archives writes identifiers, SQL stages read them.

/// Unquote one SQL identifier as written (`"a""b"` -> `a"b`, `Foo` -> `foo`).
pub fn unquote_ident(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        inner.replace("\"\"", "\"")
    } else {
        raw.to_ascii_lowercase()
    }
}

/// `schema."My Table"` -> [`schema`, `My Table`]: splits a dotted name outside double quotes
/// and unquotes each part.
pub fn split_qualified(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in name.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '.' if !quoted => {
                parts.push(unquote_ident(name[start..i].trim()));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(unquote_ident(name[start..].trim()));
    parts
}

/// Quote an identifier the way PostgreSQL's quote_ident does: only when it is not a plain
/// lower-case identifier or is a reserved word.
pub fn quote_ident(name: &str) -> String {
    let plain = !name.is_empty()
        && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if plain && !is_reserved(name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// [`quote_ident`] of a name given as bytes in a dump's encoding: one that is not UTF-8 is not
/// plain ASCII either, so it is quoted (no trail byte of a server encoding is a `"`).
pub fn quote_ident_bytes(name: &[u8]) -> Vec<u8> {
    match std::str::from_utf8(name) {
        Ok(s) => quote_ident(s).into_bytes(),
        Err(_) => quoted_bytes(name, b'"'),
    }
}

/// `s` between two `q`s, each `q` inside doubled: an identifier (`"`) or a literal (`'`) given
/// as bytes in a dump's encoding.
pub fn quoted_bytes(s: &[u8], q: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(q);
    for &b in s {
        out.push(b);
        if b == q {
            out.push(q);
        }
    }
    out.push(q);
    out
}

/// Keywords that quote_ident quotes (PostgreSQL's reserved and type/function-name keywords).
pub fn is_reserved(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "authorization",
        "between",
        "bigint",
        "binary",
        "bit",
        "boolean",
        "both",
        "case",
        "cast",
        "char",
        "character",
        "check",
        "coalesce",
        "collate",
        "collation",
        "column",
        "concurrently",
        "constraint",
        "create",
        "cross",
        "current_catalog",
        "current_date",
        "current_role",
        "current_schema",
        "current_time",
        "current_timestamp",
        "current_user",
        "dec",
        "decimal",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "exists",
        "extract",
        "false",
        "fetch",
        "float",
        "for",
        "foreign",
        "freeze",
        "from",
        "full",
        "grant",
        "greatest",
        "group",
        "grouping",
        "having",
        "ilike",
        "in",
        "initially",
        "inner",
        "inout",
        "int",
        "integer",
        "intersect",
        "interval",
        "into",
        "is",
        "isnull",
        "join",
        "lateral",
        "leading",
        "least",
        "left",
        "like",
        "limit",
        "localtime",
        "localtimestamp",
        "national",
        "natural",
        "nchar",
        "none",
        "normalize",
        "not",
        "notnull",
        "null",
        "nullif",
        "numeric",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "out",
        "outer",
        "overlaps",
        "overlay",
        "placing",
        "position",
        "precision",
        "primary",
        "real",
        "references",
        "returning",
        "right",
        "row",
        "select",
        "session_user",
        "setof",
        "similar",
        "smallint",
        "some",
        "substring",
        "symmetric",
        "system_user",
        "table",
        "tablesample",
        "then",
        "time",
        "timestamp",
        "to",
        "trailing",
        "treat",
        "trim",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "values",
        "varchar",
        "variadic",
        "verbose",
        "when",
        "where",
        "window",
        "with",
        "xmlattributes",
        "xmlconcat",
        "xmlelement",
        "xmlexists",
        "xmlforest",
        "xmlnamespaces",
        "xmlparse",
        "xmlpi",
        "xmlroot",
        "xmlserialize",
        "xmltable",
    ];
    WORDS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualified_names_split_outside_quotes() {
        assert_eq!(split_qualified("public.customer"), ["public", "customer"]);
        assert_eq!(split_qualified("Public.\"My.Table\""), ["public", "My.Table"]);
        assert_eq!(split_qualified("t"), ["t"]);
    }

    #[test]
    fn reserved_words_sorted_and_quoting() {
        for x in ["all", "user", "order", "char", "xmltable"] {
            assert!(is_reserved(x), "{x}");
        }
        for x in ["json", "name", "text"] {
            assert!(!is_reserved(x), "{x}");
        }
        assert_eq!(quote_ident("user"), "\"user\"");
        assert_eq!(quote_ident("Foo"), "\"Foo\"");
        assert_eq!(quote_ident("film_actor"), "film_actor");
        assert_eq!(unquote_ident("\"a\"\"b\""), "a\"b");
    }
}
