//! Development tools, compiled only with the `dev` feature (tests, benches and `gen-corpus`
//! enable it): the generator of large planted dumps and the writer of custom-format archives
//! the tests build fixtures with. Nothing here is part of the installed tool.

pub mod archive_write;
pub mod gen;
