//! Plain SQL into items, rows and a typed catalog: the lexer's scanners, the splitter
//! (statements, COPY blocks, meta-commands), COPY row decoding, INSERT decoding, type names as
//! `format_type` writes them, the catalog built from `pg_query`'s parse trees, and the one pass
//! over a dump that feeds a visitor. Uses `read`, `util` and `error`.

pub(crate) mod builtins;
pub mod catalog;
pub mod check;
pub mod encoding;
pub mod inserts;
pub(crate) mod lex;
pub mod pass;
pub mod rows;
pub mod split;
pub(crate) mod transcode;
pub(crate) mod types;

/// The parse tree of the first statement of `sql` (tests of the stages that read trees).
#[cfg(test)]
pub fn first_statement(sql: &str) -> pg_query::protobuf::node::Node {
    let r = pg_query::parse(sql, 0).unwrap();
    r.protobuf.stmts[0].stmt.as_ref().unwrap().node.clone().unwrap()
}
