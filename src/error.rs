//! Library errors. Every variant names the input and, where it applies, the line or byte offset,
//! so the CLI can print it on one line as it is.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: is a directory without a toc.dat: not a dump file or directory-format archive")]
    IsDirectory { path: PathBuf },
    #[error("{path}: is a directory without a toc.dat, and no dump was found under it")]
    NoDumpsUnder { path: PathBuf },
    #[error("{path}: empty file, not a dump")]
    Empty { path: PathBuf },
    #[error("{path}: byte offset {offset}: {what}")]
    NotADump { path: PathBuf, offset: u64, what: String },
    #[error("{path}: line {line}: {what}")]
    Syntax { path: PathBuf, line: u64, what: String },
    #[error("{path}: {what}")]
    Refused { path: PathBuf, what: String },
    #[error("{0}")]
    Usage(String),
}

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
