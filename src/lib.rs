//! pgscreen: a static analyzer for PostgreSQL dump files.
//!
//! Data flows one way, one folder per stage; a module uses only those above it in this list
//! (`tests/layers.rs` fails the build otherwise):
//!
//! - `util`, [`error`]: leaves (digests, the version parser, identifier quoting, terminal escaping).
//! - [`read`]: bytes in, plain-SQL windows out (input, streams, archives).
//! - [`sql`]: items, rows and the typed catalog; the one pass over a dump.
//! - [`rules`], [`findings`]: the registry of every rule, and what a finding is.
//! - [`detect`], [`verify`], [`scan`]: detectors, restorability, and the streaming scan driver.
//! - `contract`, `sanitize`: contracts and attestations; the sanitized copy.
//! - [`report`]: text, JSON, SARIF, inventory.
//! - [`cli`]: the command line.
//!
//! The public API is what the binary, the benches, the fuzz targets and the tests call: reading
//! ([`read::input::Input`], archives, windows), the SQL pass and its typed catalog ([`sql`]), the
//! detector engine ([`detect::engine::Engine`]), the scan driver ([`scan::run`]), [`verify::run`],
//! findings, rules and reports. Every item of it is documented (`missing_docs`); the detectors'
//! internals, contracts, sanitizing and the leaves are `pub(crate)`.

#![warn(missing_docs)]

pub mod cli;
pub(crate) mod contract;
pub mod detect;
#[cfg(feature = "dev")]
pub mod dev;
pub mod error;
pub mod findings;
pub mod read;
pub mod report;
pub mod rules;
pub(crate) mod sanitize;
pub mod scan;
pub mod sql;
pub(crate) mod util;
pub mod verify;

pub use error::{Error, Result};
