//! Bytes in, plain-SQL windows out, and nothing of SQL's grammar: the input file (mapped, piped
//! or compressed, with its identity kept), windows over a stream, pages given back to the
//! kernel, archives (TOC, data blocks, the text `pg_restore` would write) and the SIGBUS guard
//! for a file that shrinks under its mapping. Uses only `util` and `error`.

pub mod archive;
pub(crate) mod guard;
pub mod input;
pub(crate) mod pages;
pub mod stream;
pub(crate) mod sweep;
