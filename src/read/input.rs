//! Input: the dump's bytes (memory-mapped, or read from standard input), what format they are,
//! and their sha256. Archives and compressed dumps are expanded into the plain SQL the rest of
//! the pipeline reads (see [`crate::read::archive`]): streamed by [`Input::expand_into`], or whole
//! in memory by [`Input::expand`].

use crate::error::{Error, Result};
use crate::read::archive::{self, data::Base, data::Budget, About, Expanded};
use crate::util::digest::hex;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where an input's bytes as given are held.
pub enum Bytes {
    /// A mapped file: the guard that turns its SIGBUS into an error (dropped first, while
    /// the file is still open), the map, and the file with its size and mtime when mapped.
    Mapped(
        crate::read::guard::Watched,
        memmap2::Mmap,
        std::fs::File,
        Option<std::time::SystemTime>,
    ),
    /// Held in memory: an input given as bytes, or a directory archive's manifest.
    Owned(Vec<u8>),
    /// Standard input or a pipe, read as it comes: its first bytes (enough to tell the
    /// format), and the rest, taken by the one pass that reads it.
    Stream(Vec<u8>, std::sync::Mutex<Option<Box<dyn std::io::Read + Send>>>),
}

/// Bytes read from a pipe before deciding what it holds.
const HEAD: usize = 64 << 10;

/// An opened dump.
pub struct Input {
    /// As the user named it (`-` for standard input).
    pub path: PathBuf,
    /// The file as given (for a directory archive: its manifest, see [`Input::open`]).
    bytes: Bytes,
    /// Total size on disk (for a directory archive: all its files).
    pub size: u64,
    /// What the input is (see [`sniff`]; a directory is always [`Format::Directory`]).
    pub format: Format,
    /// What an archive or compressed input may expand to (and how much of a pipe is read).
    pub limits: Limits,
}

/// What the first bytes say the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain SQL text (`pg_dump -Fp`).
    Plain,
    /// A gzip-compressed plain dump.
    Gzip,
    /// A zstd-compressed plain dump.
    Zstd,
    /// An lz4-compressed plain dump.
    Lz4,
    /// A custom-format archive (`pg_dump -Fc`).
    Custom,
    /// A tar-format archive (`pg_dump -Ft`).
    Tar,
    /// A directory-format archive (`pg_dump -Fd`).
    Directory,
}

impl Format {
    /// The dump format as pg_dump names it (compressed plain is still plain).
    pub fn name(self) -> &'static str {
        match self {
            Format::Plain | Format::Gzip | Format::Zstd | Format::Lz4 => "plain",
            Format::Custom => "custom",
            Format::Tar => "tar",
            Format::Directory => "directory",
        }
    }
    /// Is it a pg_dump archive (custom, tar or directory), restored from its TOC?
    pub fn is_archive(self) -> bool {
        matches!(self, Format::Custom | Format::Tar | Format::Directory)
    }

    /// Is it a compressed plain dump (gzip, zstd or lz4)?
    pub fn is_compressed(self) -> bool {
        matches!(self, Format::Gzip | Format::Zstd | Format::Lz4)
    }
}

/// Limits on what compressed and archive input may expand to: a decompression bomb is an
/// error, not hours of work or all the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of SQL text an input may expand to (`--max-expanded`).
    pub max_expanded: u64,
    /// How many times its own size an input may expand to (`--max-ratio`), checked once the
    /// text is past [`RATIO_FLOOR`]. pg_dump's data compresses 3-20x; gzip at its best
    /// reaches ~1030x, zstd and lz4 far more, on nothing but repeats.
    pub max_ratio: u64,
}

/// The expansion below which the ratio is not checked: small inputs that compress very well
/// (an empty database's archive) are no bomb.
pub const RATIO_FLOOR: u64 = 64 << 20;

impl Default for Limits {
    /// 1 TiB and 200x; `PGSCREEN_MAX_EXPANDED_MIB` (an older alias) sets the size.
    fn default() -> Limits {
        let env = std::env::var("PGSCREEN_MAX_EXPANDED_MIB")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .map(|m| m << 20);
        Limits {
            max_expanded: env.unwrap_or(1 << 40),
            max_ratio: 200,
        }
    }
}

impl Limits {
    /// A budget for expanding an input of `base` bytes (a live count for a pipe, read as it
    /// grows), capped at `cap` bytes.
    fn budget(&self, base: Base, cap: u64) -> Budget {
        Budget::new(self.max_expanded.min(cap)).with_ratio(self.max_ratio, RATIO_FLOOR, base)
    }
}

/// Maps `file` (`len` bytes) read-only, watched: a dump truncated underneath us faults, and the
/// guard turns that into a one-line error naming `path` and exit 2 (see `guard`).
fn map_file(
    path: &Path,
    file: std::fs::File,
    len: u64,
    mtime: Option<std::time::SystemTime>,
) -> std::io::Result<Bytes> {
    // SAFETY: the map is read-only, and the guard handles a file that shrinks under it.
    let map = unsafe { memmap2::Mmap::map(&file) }?;
    #[cfg(unix)]
    let _ = map.advise(memmap2::Advice::Sequential);
    use std::os::fd::AsRawFd;
    let watched = crate::read::guard::watch(&map, file.as_raw_fd(), len, &path.display().to_string());
    Ok(Bytes::Mapped(watched, map, file, mtime))
}

/// The format the first bytes `b` show: compression magic, then `PGDMP`, then `ustar` at
/// byte 257; anything else is taken for plain SQL.
pub fn sniff(b: &[u8]) -> Format {
    use archive::Compression;
    match archive::data::compression_of(b) {
        Some(Compression::Gzip) => return Format::Gzip,
        Some(Compression::Zstd) => return Format::Zstd,
        Some(Compression::Lz4) => return Format::Lz4,
        _ => {}
    }
    if b.starts_with(b"PGDMP") {
        Format::Custom
    } else if b.len() >= 262 && &b[257..262] == b"ustar" {
        Format::Tar
    } else {
        Format::Plain
    }
}

impl Input {
    /// Opens `path` (or standard input for `-`), reading a pipe whole. Nothing is expanded
    /// yet, so a corrupt archive can still be hashed (and compared with what was attested).
    pub fn open(path: &Path) -> Result<Input> {
        Input::open_with(path, false, Limits::default())
    }

    /// [`Input::open`], but standard input and pipes holding a plain or compressed dump are
    /// left to be read as a stream by the pass (memory does not grow with them); archives,
    /// which are read out of order, are still read whole.
    pub fn open_streaming(path: &Path) -> Result<Input> {
        Input::open_with(path, true, Limits::default())
    }

    /// [`Input::open`] (or, with `stream`, [`Input::open_streaming`]) with these limits.
    pub fn open_with(path: &Path, stream: bool, limits: Limits) -> Result<Input> {
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let pipe = |mut r: Box<dyn std::io::Read + Send>| -> Result<Bytes> {
            let mut head = Vec::new();
            (&mut r).take(HEAD as u64).read_to_end(&mut head).map_err(io)?;
            // What the first bytes say is checked before anything more is read: junk after
            // a magic number, or a stream of zeros, is refused at once.
            check_head(path, &head)?;
            if stream && !matches!(sniff(&head), Format::Custom | Format::Tar) {
                return Ok(Bytes::Stream(head, std::sync::Mutex::new(Some(r))));
            }
            // Read whole (an archive, read out of order; or for verify, which reads twice):
            // spooled to a temporary file with no name and mapped, so memory does not grow.
            let dir = std::env::temp_dir();
            let spool_err = |source| Error::Io {
                path: dir.clone(),
                source,
            };
            let mut file = crate::util::tempfile::anonymous(&dir).map_err(spool_err)?;
            let cap = limits.max_expanded;
            let mut w = std::io::BufWriter::with_capacity(1 << 20, &mut file);
            std::io::Write::write_all(&mut w, &head).map_err(spool_err)?;
            let rest =
                std::io::copy(&mut (&mut r).take(cap.saturating_sub(head.len() as u64) + 1), &mut w).map_err(io)?;
            std::io::Write::flush(&mut w).map_err(spool_err)?;
            drop(w);
            let total = head.len() as u64 + rest;
            if total == 0 {
                return Ok(Bytes::Owned(Vec::new()));
            }
            if total > cap {
                return Err(Error::Refused {
                    path: path.to_path_buf(),
                    what: format!(
                        "holds more than {} MiB, the most a pipe is read (--max-expanded)",
                        cap >> 20
                    ),
                });
            }
            let mtime = file.metadata().ok().and_then(|m| m.modified().ok());
            map_file(path, file, total, mtime).map_err(spool_err)
        };
        let bytes = if path == Path::new("-") {
            pipe(Box::new(std::io::stdin()))?
        } else {
            let meta = std::fs::metadata(path).map_err(io)?;
            if meta.is_dir() {
                return Input::open_directory(path, limits);
            }
            let file = std::fs::File::open(path).map_err(io)?;
            if meta.is_file() {
                if meta.len() == 0 {
                    Bytes::Owned(Vec::new())
                } else {
                    map_file(path, file, meta.len(), meta.modified().ok()).map_err(io)?
                }
            } else {
                // FIFOs and character devices cannot be mapped.
                pipe(Box::new(file))?
            }
        };
        let size = match &bytes {
            Bytes::Mapped(_, m, ..) => m.len(),
            Bytes::Owned(v) | Bytes::Stream(v, _) => v.len(),
        } as u64;
        let mut input = Input {
            path: path.to_path_buf(),
            bytes,
            size,
            format: Format::Plain,
            limits,
        };
        if input.file_bytes().is_empty() {
            return Err(Error::Empty { path: input.path });
        }
        input.format = sniff(input.file_bytes());
        Ok(input)
    }

    /// An input held in memory (`name` is how reports name it): what the fuzz targets and
    /// benches hand to [`crate::scan::run`], the driver the binary runs.
    pub fn from_bytes(name: &str, bytes: Vec<u8>, limits: Limits) -> Result<Input> {
        let path = PathBuf::from(name);
        if bytes.is_empty() {
            return Err(Error::Empty { path });
        }
        let format = sniff(&bytes);
        Ok(Input {
            path,
            size: bytes.len() as u64,
            bytes: Bytes::Owned(bytes),
            format,
            limits,
        })
    }

    /// The text this compressed dump expands to, kept in `file` (`len` bytes) by a pass over
    /// it: mapped and read as a plain dump under the same name (errors name the dump).
    pub fn expanded_copy(&self, file: std::fs::File, len: u64) -> Result<Input> {
        let bytes = match len {
            0 => Bytes::Owned(Vec::new()),
            _ => {
                let mtime = file.metadata().ok().and_then(|m| m.modified().ok());
                map_file(&self.path, file, len, mtime).map_err(|source| Error::Io {
                    path: self.path.clone(),
                    source,
                })?
            }
        };
        Ok(Input {
            path: self.path.clone(),
            bytes,
            size: len,
            format: Format::Plain,
            limits: self.limits,
        })
    }

    /// A directory archive: `toc.dat` and its data files. What is hashed is a manifest, one
    /// line `SHA256  NAME` per file in name order, so the digest changes when any file does.
    fn open_directory(path: &Path, limits: Limits) -> Result<Input> {
        let io = |p: &Path, source| Error::Io {
            path: p.to_path_buf(),
            source,
        };
        if !std::fs::symlink_metadata(path.join("toc.dat")).is_ok_and(|m| m.is_file()) {
            return Err(Error::IsDirectory {
                path: path.to_path_buf(),
            });
        }
        let mut names: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| io(path, e))?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name())
            .collect();
        names.sort();
        let mut manifest = String::new();
        let mut size = 0;
        for n in &names {
            let name = n.to_string_lossy();
            // Opened as the expansion opens members: a regular file, no link followed; hashed
            // as a stream, so a huge (or sparse) file costs time, not memory.
            let mut f = archive::restore::open_member(path, &name)
                .map_err(|e| archive_error(path, e))?
                .ok_or_else(|| Error::Refused {
                    path: path.to_path_buf(),
                    what: format!("{name}: vanished while being read"),
                })?;
            let mut h = Sha256::new();
            size += std::io::copy(&mut f, &mut h).map_err(|e| io(&path.join(n), e))?;
            manifest.push_str(&format!("{}  {}\n", hex(&h.finalize()), name));
        }
        Ok(Input {
            path: path.to_path_buf(),
            bytes: Bytes::Owned(manifest.into_bytes()),
            size,
            format: Format::Directory,
            limits,
        })
    }

    /// Writes the plain SQL an archive or compressed dump expands to into `w` as it is
    /// produced (None for a plain dump, which is its own text).
    pub fn expand_into(&self, w: &mut dyn std::io::Write) -> Result<Option<About>> {
        self.expand_into_with(w, false)
    }

    /// [`Input::expand_into`]; with `defs_only`, an archive's definitions without its data
    /// (see `archive::restore`). Compressed plain dumps have no such split: expanded whole.
    pub fn expand_into_with(&self, w: &mut dyn std::io::Write, defs_only: bool) -> Result<Option<About>> {
        let mut budget = self.limits.budget(Base::fixed(self.size), u64::MAX);
        self.expand_with(w, &mut budget, defs_only)
    }

    /// Reads a piped plain or compressed dump (its first bytes `head`, then `rest`) into `w`,
    /// decompressing as it goes, and hashes what was read: the expansion's facts (None for
    /// plain), the sha256 and the size. Stops early when the reader of `w` has gone.
    pub fn pipe_into(
        &self,
        head: &[u8],
        rest: Box<dyn Read + Send>,
        w: &mut dyn std::io::Write,
    ) -> Result<(Option<About>, String, u64)> {
        // Writing fails once the reader of `w` has gone: the pass stopped early.
        let mut w = Watched { w, closed: false };
        let io = |source| Error::Io {
            path: self.path.clone(),
            source,
        };
        let read = Base::live();
        let mut r = Hashing {
            r: head.chain(rest),
            h: Sha256::new(),
            n: 0,
            count: Some(read.clone()),
        };
        let about = match self.format {
            Format::Plain => {
                let mut buf = vec![0u8; crate::read::stream::BLOCK];
                loop {
                    let n = crate::read::stream::fill(&mut r, &mut buf).map_err(io)?;
                    w.closed |= std::io::Write::write_all(&mut w, &buf[..n]).is_err();
                    if n < buf.len() || w.closed {
                        break;
                    }
                }
                None
            }
            _ => {
                let mut budget = self.limits.budget(read, u64::MAX);
                let about = archive::restore::compressed_from(&mut r, &mut w, &mut budget)
                    .map_err(|e| archive_error(&self.path, e))?;
                if !w.closed {
                    // Whatever follows the compressed data is part of what was given.
                    std::io::copy(&mut r, &mut std::io::sink()).map_err(io)?;
                }
                Some(about)
            }
        };
        Ok((about, hex(&r.h.finalize()), r.n))
    }

    /// The plain SQL of an archive or compressed dump, whole in memory (within the limits);
    /// None for a plain dump. For tests and small inputs: pgscreen's own commands stream.
    pub fn expand(&self) -> Result<Option<Expanded>> {
        let mut text = Vec::new();
        let mut budget = self.limits.budget(Base::fixed(self.size), u64::MAX);
        let about = self.expand_with(&mut text, &mut budget, false)?;
        Ok(about.map(|about| Expanded { text, about }))
    }

    /// Expands into `w`, checking the first bytes of the text as they come: binary junk inside
    /// a valid container (a gzip of zeros) stops the expansion at its first block.
    fn expand_with(&self, w: &mut dyn std::io::Write, budget: &mut Budget, defs_only: bool) -> Result<Option<About>> {
        let b = self.file_bytes();
        let mut w = Sniffed {
            w,
            seen: 0,
            nul: None,
            utf16: None,
        };
        let about = match self.format {
            Format::Plain => return Ok(None),
            Format::Gzip | Format::Zstd | Format::Lz4 => archive::restore::compressed_into(b, &mut w, budget),
            Format::Custom => archive::restore::custom_into(b, &mut w, budget, defs_only),
            Format::Tar => archive::restore::tar_into(b, &mut w, budget, defs_only),
            Format::Directory => archive::restore::directory_into(&self.path, &mut w, budget, defs_only),
        };
        if let Some(order) = w.utf16 {
            return Err(utf16_error(&self.path, order, " inside the compressed file or archive"));
        }
        if let Some(at) = w.nul {
            return Err(nul_error(&self.path, at, " of the expanded text"));
        }
        about.map(Some).map_err(|e| archive_error(&self.path, e))
    }

    /// The bytes as given (what sha256 covers); of a stream, only its first bytes.
    pub fn file_bytes(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Mapped(_, m, ..) => m,
            Bytes::Owned(v) | Bytes::Stream(v, _) => v,
        }
    }

    /// Is the input a pipe read as it comes (only its first bytes are at hand)?
    pub fn is_stream(&self) -> bool {
        matches!(self.bytes, Bytes::Stream(..))
    }

    /// Is the input a memory-mapped file?
    pub fn is_mapped(&self) -> bool {
        matches!(self.bytes, Bytes::Mapped(..))
    }

    /// After reading a mapped file: an error if it changed meanwhile (another size or mtime),
    /// since what was read and what was hashed may then differ.
    pub fn check_unchanged(&self) -> Result<()> {
        let Bytes::Mapped(_, m, f, mtime) = &self.bytes else {
            return Ok(());
        };
        let now = f.metadata().map_err(|source| Error::Io {
            path: self.path.clone(),
            source,
        })?;
        if now.len() != m.len() as u64 || now.modified().ok() != *mtime {
            return Err(Error::Refused {
                path: self.path.clone(),
                what: format!("changed while being read (size was {}, now {})", m.len(), now.len()),
            });
        }
        Ok(())
    }

    /// Gives the pages of `range` of a mapped file back to the kernel: they leave this
    /// process's resident memory and stay in the page cache. A later read faults them in again.
    pub fn give_back(&self, range: std::ops::Range<usize>) {
        #[cfg(unix)]
        if let Bytes::Mapped(_, m, ..) = &self.bytes {
            if range.start < range.end && range.end <= m.len() {
                // SAFETY: the map is a read-only private map of a file, never written through:
                // dropping its pages loses nothing, and a later read gets the file's bytes again.
                let _ =
                    unsafe { m.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, range.start, range.len()) };
            }
        }
    }

    /// For a stream: its first bytes and the reader of the rest (once).
    pub fn take_stream(&self) -> Option<(&[u8], Box<dyn std::io::Read + Send>)> {
        match &self.bytes {
            Bytes::Stream(head, rest) => {
                let r = rest.lock().unwrap_or_else(|e| e.into_inner()).take()?;
                Some((head, r))
            }
            _ => None,
        }
    }

    /// Checks that the start of the (expanded) text `b` is SQL text this build can read.
    pub fn check_plain(&self, b: &[u8]) -> Result<()> {
        // Binary input shows itself at once; a stray NUL deep inside is the parser's business
        // (a plain dump cannot contain one), not worth a second pass over gigabytes.
        no_nul(&self.path, &b[..b.len().min(SNIFF)])
    }
}

/// An error at the first NUL byte of `b`, the start of a text that should be SQL.
fn no_nul(path: &Path, b: &[u8]) -> Result<()> {
    match memchr::memchr(0, b) {
        Some(nul) => Err(match utf16(b) {
            Some(order) => utf16_error(path, order, ""),
            None => nul_error(path, nul as u64, ""),
        }),
        None => Ok(()),
    }
}

fn utf16_error(path: &Path, order: &str, of: &str) -> Error {
    Error::NotADump {
        path: path.to_path_buf(),
        offset: 0,
        what: format!(
            "UTF-16{order} text{of}, as Windows PowerShell's `>` writes a pg_dump: psql cannot read it; convert it first, e.g. iconv -f UTF-16 -t UTF-8"
        ),
    }
}

/// Is `b` UTF-16 text: a byte-order mark, or ASCII with a NUL beside every character (as
/// `--` or `SET` begins a dump)? Which byte order ("LE"/"BE"), if so.
fn utf16(b: &[u8]) -> Option<&'static str> {
    let ascii = |x: u8| x.is_ascii_graphic() || x.is_ascii_whitespace();
    let pairs = || b.chunks_exact(2).take(32);
    if b.starts_with(&[0xFF, 0xFE]) {
        Some("LE")
    } else if b.starts_with(&[0xFE, 0xFF]) {
        Some("BE")
    } else if b.len() >= 8 && pairs().all(|p| ascii(p[0]) && p[1] == 0) {
        Some("LE")
    } else if b.len() >= 8 && pairs().all(|p| p[0] == 0 && ascii(p[1])) {
        Some("BE")
    } else {
        None
    }
}

/// How much of the start of a text is looked at for binary data.
const SNIFF: usize = 1 << 20;

fn nul_error(path: &Path, offset: u64, of: &str) -> Error {
    Error::NotADump {
        path: path.to_path_buf(),
        offset,
        what: format!("NUL byte{of}: this is binary data, not a plain-text SQL dump"),
    }
}

/// Checks the first bytes read from a pipe before reading more: an archive's fixed header, or
/// no NUL in what should be SQL text (compressed input is checked as it expands).
fn check_head(path: &Path, head: &[u8]) -> Result<()> {
    match sniff(head) {
        Format::Custom => archive::toc::check_header(head).map_err(|e| archive_error(path, e)),
        // The first member of pg_dump's tar is toc.dat, whose data starts at 512.
        Format::Tar => archive::toc::check_header(head.get(512..).unwrap_or_default())
            .map_err(|e| archive_error(path, e.within("toc.dat"))),
        Format::Plain => no_nul(path, head),
        _ => Ok(()),
    }
}

/// A writer that looks for NUL bytes in the first [`SNIFF`] bytes written through it, and
/// stops the writing (an error the expander takes as "stop") at the first.
struct Sniffed<'w> {
    w: &'w mut dyn std::io::Write,
    seen: usize,
    nul: Option<u64>,
    /// The text begins as UTF-16 does (a compressed PowerShell dump).
    utf16: Option<&'static str>,
}

/// A writer that remembers whether a write failed (its reader gone).
struct Watched<'w> {
    w: &'w mut dyn std::io::Write,
    closed: bool,
}

impl std::io::Write for Watched<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let r = self.w.write(b);
        self.closed |= r.is_err();
        r
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

impl std::io::Write for Sniffed<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if self.seen < SNIFF {
            let look = &b[..b.len().min(SNIFF - self.seen)];
            if let Some(i) = memchr::memchr(0, look) {
                if self.seen == 0 {
                    self.utf16 = utf16(look);
                }
                self.nul = Some((self.seen + i) as u64);
                return Err(std::io::Error::other("NUL byte"));
            }
            self.seen += look.len();
        }
        self.w.write(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

fn archive_error(path: &Path, e: archive::ArchiveError) -> Error {
    Error::NotADump {
        path: path.to_path_buf(),
        offset: e.offset,
        what: match e.context {
            Some(c) => format!("{c}: {}", e.what),
            None => e.what,
        },
    }
}

/// A reader that hashes and counts what is read through it (and tells a budget the count).
struct Hashing<R> {
    r: R,
    h: Sha256,
    n: u64,
    count: Option<Base>,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.r.read(out)?;
        self.h.update(&out[..n]);
        self.n += n as u64;
        if let Some(c) = &self.count {
            c.set(self.n);
        }
        Ok(n)
    }
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
    fn utf16_text_is_named_as_such() {
        let le: Vec<u8> = "--\r\n-- PostgreSQL database dump\r\n"
            .bytes()
            .flat_map(|c| [c, 0])
            .collect();
        let be: Vec<u8> = le.chunks(2).flat_map(|p| [p[1], p[0]]).collect();
        let bom = [&[0xFF, 0xFE][..], &le].concat();
        assert_eq!(
            (utf16(&le), utf16(&be), utf16(&bom)),
            (Some("LE"), Some("BE"), Some("LE"))
        );
        let e = no_nul(Path::new("d.sql"), &bom).unwrap_err().to_string();
        assert!(e.contains("UTF-16LE") && e.contains("iconv"), "{e}");
        // Binary data with NULs is not UTF-16 text.
        assert_eq!(utf16(b"\x00\x01\x02\x03\x00\x00\x10\x11\x00"), None);
        assert!(no_nul(Path::new("d.sql"), b"ab\x00\x01\x02\x03zzzzzz")
            .unwrap_err()
            .to_string()
            .contains("NUL byte"));
    }
}
