//! pgscreen: a static analyzer for PostgreSQL dump files.
//!
//! Data flows one way, one folder per stage; a module uses only those above it in this list
//! (`tests/layers.rs` fails the build otherwise):
//!
//! - [`util`], [`error`]: leaves (digests, the version parser, identifier quoting, terminal escaping).
//! - [`read`]: bytes in, plain-SQL windows out (input, streams, archives).
//! - [`sql`]: items, rows and the typed catalog; the one pass over a dump.
//! - [`rules`], [`findings`]: the registry of every rule, and what a finding is.
//! - [`detect`], [`verify`], [`scan`]: detectors, restorability, and the streaming scan driver.
//! - [`contract`], [`sanitize`]: contracts and attestations; the sanitized copy.
//! - [`report`]: text, JSON, SARIF, inventory.
//! - [`cli`]: the command line.

pub mod cli;
pub mod contract;
pub mod detect;
#[cfg(feature = "dev")]
pub mod dev;
pub mod error;
pub mod findings;
pub mod read;
pub mod report;
pub mod rules;
pub mod sanitize;
pub mod scan;
pub mod sql;
pub mod util;
pub mod verify;

pub use error::{Error, Result};
