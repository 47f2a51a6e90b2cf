//! pgscreen: a static analyzer for PostgreSQL dump files.
//!
//! Data flows one way: [`input`] maps the file, [`split`] cuts it into statements, COPY blocks and
//! meta-commands, [`catalog`] models the DDL and [`rows`] decodes the data, then detectors produce
//! findings and [`report`] prints them. `check` holds the result to a [`contract`] and records
//! provenance with [`attest`].

pub mod archive;
pub mod attest;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod contract;
pub mod detect;
pub mod dump;
pub mod error;
pub mod gen;
pub mod guard;
pub mod input;
pub mod inserts;
pub mod inventory;
pub mod lex;
pub mod pages;
pub mod progress;
pub mod report;
pub mod rows;
pub mod rules;
pub mod scan;
pub mod split;
pub mod stream;
pub mod types;
pub mod util;
pub mod verify;

pub use error::{Error, Result};
