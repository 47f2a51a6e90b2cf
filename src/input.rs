//! Input: the dump's bytes (memory-mapped, or read from standard input), what format they are,
//! and their sha256.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub enum Bytes {
    Mapped(memmap2::Mmap),
    Owned(Vec<u8>),
}

/// An opened dump.
pub struct Input {
    /// As the user named it (`-` for standard input).
    pub path: PathBuf,
    bytes: Bytes,
}

/// What the first bytes say the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Gzip,
    Zstd,
    Lz4,
    Custom,
    Tar,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Plain => "plain",
            Format::Gzip => "gzip",
            Format::Zstd => "zstd",
            Format::Lz4 => "lz4",
            Format::Custom => "custom",
            Format::Tar => "tar",
        }
    }
}

pub fn sniff(b: &[u8]) -> Format {
    if b.starts_with(&[0x1f, 0x8b]) {
        Format::Gzip
    } else if b.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Format::Zstd
    } else if b.starts_with(&[0x04, 0x22, 0x4d, 0x18]) {
        Format::Lz4
    } else if b.starts_with(b"PGDMP") {
        Format::Custom
    } else if b.len() >= 262 && &b[257..262] == b"ustar" {
        Format::Tar
    } else {
        Format::Plain
    }
}

impl Input {
    /// Opens `path` (or standard input for `-`).
    pub fn open(path: &Path) -> Result<Input> {
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let bytes = if path == Path::new("-") {
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut v).map_err(io)?;
            Bytes::Owned(v)
        } else {
            let meta = std::fs::metadata(path).map_err(io)?;
            if meta.is_dir() {
                return Err(Error::IsDirectory {
                    path: path.to_path_buf(),
                });
            }
            let file = std::fs::File::open(path).map_err(io)?;
            if meta.is_file() {
                if meta.len() == 0 {
                    Bytes::Owned(Vec::new())
                } else {
                    // SAFETY: the map is read-only; a dump truncated underneath us would fault,
                    // which is the same risk every mmap-based reader (ripgrep included) takes.
                    let map = unsafe { memmap2::Mmap::map(&file) }.map_err(io)?;
                    #[cfg(unix)]
                    let _ = map.advise(memmap2::Advice::Sequential);
                    Bytes::Mapped(map)
                }
            } else {
                // FIFOs and character devices cannot be mapped: read them whole.
                let mut v = Vec::new();
                std::io::Read::read_to_end(&mut &file, &mut v).map_err(io)?;
                Bytes::Owned(v)
            }
        };
        let input = Input {
            path: path.to_path_buf(),
            bytes,
        };
        if input.bytes().is_empty() {
            return Err(Error::Empty { path: input.path });
        }
        Ok(input)
    }

    pub fn bytes(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Mapped(m) => m,
            Bytes::Owned(v) => v,
        }
    }

    /// Checks that the input is a plain-text SQL dump this build can read.
    pub fn check_plain(&self) -> Result<()> {
        let b = self.bytes();
        let fmt = sniff(b);
        if fmt != Format::Plain {
            return Err(Error::NotADump {
                path: self.path.clone(),
                offset: 0,
                what: format!(
                    "{} input is not supported yet; convert it to plain SQL first",
                    fmt.name()
                ),
            });
        }
        // Binary input shows itself at once; a stray NUL deep inside is the parser's business
        // (a plain dump cannot contain one), not worth a second pass over gigabytes.
        if let Some(nul) = memchr::memchr(0, &b[..b.len().min(1 << 20)]) {
            return Err(Error::NotADump {
                path: self.path.clone(),
                offset: nul as u64,
                what: "NUL byte: this is binary data, not a plain-text SQL dump".into(),
            });
        }
        Ok(())
    }
}

/// Hex sha256 of `b`.
pub fn sha256_hex(b: &[u8]) -> String {
    let mut h = Sha256::new();
    // Feed in large slices: sha2 uses the SHA-NI instructions where the CPU has them.
    for chunk in b.chunks(1 << 20) {
        h.update(chunk);
    }
    hex(&h.finalize())
}

pub fn hex(b: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for &x in b {
        s.push(D[(x >> 4) as usize] as char);
        s.push(D[(x & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"\x1f\x8b\x08"), Format::Gzip);
        assert_eq!(sniff(b"PGDMP\x01"), Format::Custom);
        assert_eq!(sniff(b"--\n-- PostgreSQL database dump"), Format::Plain);
    }

    #[test]
    fn sha256_of_abc() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
