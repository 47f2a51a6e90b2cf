//! Leaves every stage may use, and that use nothing of the crate: digests (hex, sha256), the one
//! PostgreSQL version parser, escaping text for a terminal, and removing temporary files when a
//! run is interrupted.

pub mod digest;
pub mod ident;
pub mod interrupt;
pub mod term;
pub mod version;
