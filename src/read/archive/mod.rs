//! pg_dump archives (custom `-Fc`, directory `-Fd`, tar `-Ft`) and compressed plain dumps, read
//! with no PostgreSQL binaries and turned into the plain SQL text `pg_restore -f -` would write,
//! so the splitter, catalog, detectors and reports work on them unchanged.
//!
//! The archive layout follows PostgreSQL's pg_backup_archiver.c (header, TOC) and
//! pg_backup_custom.c / pg_backup_directory.c / pg_backup_tar.c (data), archive versions 1.12
//! (pg_dump 9.0's separate BLOB entries) to 1.16 (pg_dump 17 and 18); pg_dump 11 and later
//! write 1.13 or newer (1.14 from 12, 1.15 from 16), and the version matrix reads those of pg_dump 14-18.

pub mod data;
pub mod restore;
pub mod toc;
pub mod write;

pub use restore::{About, Expanded, TocRef};
pub use toc::{Archive, Compression, Entry};

/// Why an archive cannot be read: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveError {
    /// Byte offset in the archive file (or in the named member).
    pub offset: u64,
    /// The member or TOC entry it concerns, if any (`toc.dat`, `3680.dat.gz`, `TOC entry 3680`).
    pub context: Option<String>,
    /// What is wrong, in words for the user.
    pub what: String,
}

impl std::fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.context {
            Some(c) => write!(f, "{c}: byte offset {}: {}", self.offset, self.what),
            None => write!(f, "byte offset {}: {}", self.offset, self.what),
        }
    }
}

impl std::error::Error for ArchiveError {}

impl ArchiveError {
    /// An error at byte `offset`, in no member or entry yet (see [`ArchiveError::within`]).
    pub fn new(offset: u64, what: impl Into<String>) -> ArchiveError {
        ArchiveError {
            offset,
            context: None,
            what: what.into(),
        }
    }
    /// Names what the error happened in, outermost first: `TOC entry 3680 (...): 3680.dat.gz`.
    pub fn within(mut self, context: impl Into<String>) -> ArchiveError {
        let outer = context.into();
        self.context = Some(match self.context.take() {
            Some(inner) => format!("{outer}: {inner}"),
            None => outer,
        });
        self
    }
}

/// The result of reading an archive.
pub type Result<T> = std::result::Result<T, ArchiveError>;
