//! Leaves every stage may use, and that use nothing of the crate: digests (hex, sha256), the one
//! PostgreSQL version parser, and escaping text for a terminal.

pub mod digest;
pub mod ident;
pub mod term;
pub mod version;
