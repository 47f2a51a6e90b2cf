//! Leaves every stage may use, and that use nothing of the crate: compressors on every core, digests (hex, sha256), the one
//! PostgreSQL version parser, escaping text for a terminal, temporary files that leave nothing
//! behind, where a file written whole goes, removing named temporary files when a run is interrupted, and the CPU's SIMD level.

pub mod compress;
pub mod cpu;
pub mod digest;
pub mod ident;
pub mod interrupt;
pub mod outfile;
pub mod tempfile;
pub mod term;
pub mod version;
