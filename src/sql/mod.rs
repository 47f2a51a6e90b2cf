//! Plain SQL into items, rows and a typed catalog: the lexer's scanners, the splitter
//! (statements, COPY blocks, meta-commands), COPY row decoding, INSERT decoding, type names as
//! `format_type` writes them, the catalog built from `pg_query`'s parse trees, and the one pass
//! over a dump that feeds a visitor. Uses `read`, `util` and `error`.

pub mod builtins;
pub mod catalog;
pub mod encoding;
pub mod inserts;
pub mod lex;
pub mod pass;
pub mod rows;
pub mod split;
pub mod transcode;
pub mod types;
