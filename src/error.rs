//! Library errors. Every variant names the input and, where it applies, the line or byte offset,
//! so the CLI can print it on one line as it is.

use std::path::PathBuf;

/// Everything the library can fail with; each prints as one line, naming the file if there is one.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Opening, reading or writing a file (or a pipe, or a temporary file) failed.
    #[error("{path}: {source}")]
    Io {
        /// The file the error is about.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// An input is a directory but not a directory-format archive (it has no `toc.dat`).
    #[error("{path}: is a directory without a toc.dat: not a dump file or directory-format archive")]
    IsDirectory {
        /// The directory given as input.
        path: PathBuf,
    },
    /// A directory given to `scan` is no archive, and no dump was found anywhere under it.
    #[error("{path}: is a directory without a toc.dat, and no dump was found under it")]
    NoDumpsUnder {
        /// The directory given as input.
        path: PathBuf,
    },
    /// An input holds no bytes at all.
    #[error("{path}: empty file, not a dump")]
    Empty {
        /// The empty input.
        path: PathBuf,
    },
    /// An input is not a dump: a malformed archive, or binary data where SQL text should be.
    #[error("{path}: byte offset {offset}: {what}")]
    NotADump {
        /// The file the error is about.
        path: PathBuf,
        /// Byte offset in the file where reading stopped.
        offset: u64,
        /// What was wrong there.
        what: String,
    },
    /// A text input (SQL, a config, a contract, an attestation) cannot be parsed at a line.
    #[error("{path}: line {line}: {what}")]
    Syntax {
        /// The file the error is about.
        path: PathBuf,
        /// The 1-based line the error points at (0 when no line is known).
        line: u64,
        /// What was wrong there.
        what: String,
    },
    /// An input, key or directory that will not be used, for the reason in `what` (too large,
    /// changed while being read, not a regular file, not a key, not a directory...).
    #[error("{path}: {what}")]
    Refused {
        /// The file or directory refused.
        path: PathBuf,
        /// Why it was refused.
        what: String,
    },
    /// What was asked cannot be done as asked (a missing or conflicting option, a bad rule, a
    /// short key); the message is printed as it is.
    #[error("{0}")]
    Usage(String),
}

/// The library's result type, failing with an [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// A TOML error as one line naming the file and the line it points at.
pub fn toml_error(path: &std::path::Path, text: &str, e: toml::de::Error) -> Error {
    let line = e.span().map_or(0, |s| text[..s.start].matches('\n').count() as u64 + 1);
    Error::Syntax {
        path: path.to_path_buf(),
        line,
        what: e.message().to_string(),
    }
}
