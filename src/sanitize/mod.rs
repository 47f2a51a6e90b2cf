//! `sanitize`: writes the clean copy a hand-off asks for, and checks it.
//!
//! Three passes over the input, each streaming in bounded memory as scan does:
//! 1. **scan**: the findings decide a [`policy::Policy`] (person-data columns faked, password
//!    hashes locked, secrets and connection strings scrubbed, restore-time risks removed,
//!    credentials dropped from roles and user mappings); an operator's policy file overrides it
//!    per column and per statement line.
//! 2. **rewrite** ([`rewrite`]): the SQL text is copied with the policy's edits, each value
//!    replaced by a keyed, format-preserving fake ([`fake`]), to a temporary file beside the
//!    output (gzip- or zstd-compressed by its name), renamed into place only when whole.
//! 3. **check**: the output is scanned again with the faked columns accepted as sanitized;
//!    what is left at medium or above is reported, and makes the command fail.
//!
//! Uses: read, sql, detect, scan, findings (the layer of `contract`).

pub mod archive;
pub mod fake;
pub mod policy;
pub mod rewrite;

use crate::detect::engine::Engine;
use crate::detect::Options;
use crate::error::Error;
use crate::findings::Finding;
use crate::read::input::{self, Input};
use crate::rules::Severity;
use policy::Policy;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Pass 1: the scan of `input`, and the policy its findings call for.
pub fn plan(input: &Input, engine: &Engine, quiet: bool) -> Result<(crate::scan::Passed, Vec<Finding>, Policy), Error> {
    let (passed, findings) = crate::scan::run(input, engine, &Options::default(), quiet)?;
    let policy = Policy::from_findings(&findings, &passed.walk.catalog);
    Ok((passed, findings, policy))
}

/// What the rewrite wrote (`sha256` is filled in by [`check`]).
#[derive(Debug, serde::Serialize)]
pub struct Written {
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
    pub compression: &'static str,
}

/// Counts the bytes written (the output's sha256 comes from the check pass, which reads the
/// file anyway, on a thread of its own).
struct Counting<W: Write> {
    w: W,
    n: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let n = self.w.write(b)?;
        self.n += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

type FileOut = Counting<std::io::BufWriter<std::fs::File>>;

/// The output's encoder, chosen by its file name; or the custom archive being assembled.
enum Sink {
    Plain(FileOut),
    Gzip(crate::util::compress::ParDeflate<FileOut>),
    Zstd(zstd::Encoder<'static, FileOut>),
    Archive(Box<archive::ArchiveSink>, FileOut),
}

impl Sink {
    /// Where the text goes now.
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w,
            Sink::Zstd(w) => w,
            Sink::Archive(a, _) => &mut **a,
        }
    }
    fn finish(self) -> std::io::Result<FileOut> {
        let mut w = match self {
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w.finish()?,
            Sink::Zstd(w) => w.finish()?,
            Sink::Archive(a, mut w) => {
                a.finish(&mut w)?;
                w
            }
        };
        w.flush()?;
        w.w.get_ref().sync_all()?;
        Ok(w)
    }
}

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.writer().write(b)
    }
    fn write_all(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.writer().write_all(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl rewrite::Sink for Sink {
    fn next_cut(&self) -> Option<u64> {
        match self {
            Sink::Archive(a, _) => a.next_cut(),
            _ => None,
        }
    }
    fn owns_toc_comments(&self) -> bool {
        !matches!(self, Sink::Archive(..))
    }
    fn cut(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Archive(a, _) => a.cut(),
            _ => Ok(()),
        }
    }
    fn edited(&mut self, was: &[u8], with: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Archive(a, _) => a.edited(was, with),
            _ => Ok(()),
        }
    }
}

/// What the sanitized copy is written as.
pub enum OutputFormat {
    /// Plain SQL (compressed by the output's name: `.gz`, `.zst`).
    Plain,
    /// A custom-format archive with the input archive's TOC: `(its TOC, where its entries'
    /// parts lie in the text, from the plan pass's expansion)`.
    Custom(
        Box<crate::read::archive::Archive>,
        Vec<crate::read::archive::restore::Span>,
    ),
}

/// Refuses to write a custom archive from `input` unless it is an archive (a plain dump has no
/// TOC to write one faithfully from): a usage error, before any pass.
pub fn custom_output_allowed(input: &Input) -> Result<(), Error> {
    if input.format.is_archive() {
        Ok(())
    } else {
        Err(not_an_archive(input))
    }
}

fn not_an_archive(input: &Input) -> Error {
    Error::Usage(format!(
        "{}: a custom archive is written only from an archive (custom, directory or tar: its TOC \
         is what the copy keeps); write plain SQL instead (-o FILE.sql, or --output-format plain)",
        input.path.display()
    ))
}

/// The TOC of an archive input, to write its sanitized copy as an archive; an error for any
/// other input ([`custom_output_allowed`]).
pub fn custom_output(input: &Input, passed: &crate::scan::Passed) -> Result<OutputFormat, Error> {
    use crate::read::archive::restore;
    use crate::read::input::Format;
    let refuse = |e: crate::read::archive::ArchiveError| Error::Refused {
        path: input.path.clone(),
        what: e.to_string(),
    };
    let archive = match input.format {
        Format::Custom => restore::custom_toc(input.file_bytes()).map_err(refuse)?,
        Format::Tar => restore::tar_toc(input.file_bytes()).map_err(refuse)?,
        Format::Directory => restore::directory_toc(&input.path, u64::MAX).map_err(refuse)?,
        _ => return Err(not_an_archive(input)),
    };
    let spans = passed.about.as_ref().map(|a| a.spans.clone()).unwrap_or_default();
    Ok(OutputFormat::Custom(Box::new(archive), spans))
}

/// Removes the temporary file unless disarmed: every error path leaves nothing behind.
struct TempFile(Option<PathBuf>);
impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// The `\restrict` key to write around a script made from an archive, as pg_restore does when
/// it writes one: an archive holds none, and a script from a pg_dump that writes the key
/// without it reads as edited. Derived from the key and the input, so output stays reproducible.
pub fn restrict_key(input: &Input, passed: &crate::scan::Passed, faker: &fake::Faker) -> Option<String> {
    let v = passed.walk.header.pg_dump_version.as_deref()?;
    (input.format.is_archive() && crate::detect::risk::writes_restrict(v))
        .then(|| crate::util::digest::hex(&faker.mac("restrict", passed.sha256.as_bytes())))
}

/// The file `out` names, where the sanitized copy goes (through a symbolic link, the file it
/// points to). The copy is read again to prove it clean: a file, not a device or a pipe
/// (renaming over `/dev/null` would replace the device itself).
pub fn output_file(out: &Path) -> Result<PathBuf, Error> {
    use crate::util::outfile::{destination, Dest};
    let io = |source| Error::Io {
        path: out.to_path_buf(),
        source,
    };
    match destination(out).map_err(io)? {
        Dest::Replace(real) => Ok(real),
        Dest::Stream => Err(Error::Usage(format!(
            "{}: not a regular file; sanitize writes a file, which it then scans to show it clean",
            out.display()
        ))),
    }
}

/// Pass 2: writes `input` with `policy` applied to `out` (through a temporary name), within
/// `\restrict KEY` ... `\unrestrict KEY` when a key is given.
pub fn write(
    input: &Input,
    policy: &Policy,
    faker: &fake::Faker,
    engine: &Engine,
    out: &Path,
    restrict: Option<&str>,
    format: OutputFormat,
) -> Result<(rewrite::Changes, Written), Error> {
    let io = |source| Error::Io {
        path: out.to_path_buf(),
        source,
    };
    let real = output_file(out)?;
    let tmp = TempFile(Some(crate::util::outfile::temporary_name(&real)));
    let tmp_path = tmp.0.clone().expect("set");
    // Ctrl-C (or SIGTERM, SIGHUP) while writing removes the temporary file too.
    let _interrupted = crate::util::interrupt::register(&tmp_path);
    let file = std::fs::File::create(&tmp_path).map_err(io)?;
    let hashing = Counting {
        w: std::io::BufWriter::with_capacity(1 << 20, file),
        n: 0,
    };
    let name = out.to_string_lossy().to_ascii_lowercase();
    let (mut sink, compression) = if let OutputFormat::Custom(archive, spans) = format {
        // The blocks wait in a file of their own until the TOC before them is known; it has
        // no name, so no exit path leaves it behind.
        let dir = tmp_path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let spill = crate::util::tempfile::anonymous(dir).map_err(io)?;
        let c = archive.compression.name();
        (
            Sink::Archive(Box::new(archive::ArchiveSink::new(*archive, spans, spill)), hashing),
            c,
        )
    } else if name.ends_with(".gz") {
        (
            Sink::Gzip(crate::util::compress::ParDeflate::new(
                hashing,
                crate::util::compress::Wrap::Gzip,
                6,
            )),
            "gzip",
        )
    } else if name.ends_with(".zst") {
        (
            Sink::Zstd(crate::util::compress::zstd_encoder(hashing, 3).map_err(io)?),
            "zstd",
        )
    } else {
        (Sink::Plain(hashing), "none")
    };
    let plan = policy.plan();
    let changes = {
        if let Some(k) = restrict {
            sink.write_all(format!("--\n-- sanitized by pgscreen\n--\n\n\\restrict {k}\n\n").as_bytes())
                .map_err(io)?;
        }
        let give = |r: std::ops::Range<usize>| input.give_back(r);
        let mapped = crate::scan::walks_the_map(input);
        let give: Option<&(dyn Fn(std::ops::Range<usize>) + Sync)> = if mapped { Some(&give) } else { None };
        let mut rw = rewrite::Rewriter::new(&plan, faker, engine, &mut sink, give);
        let mut base = 0u64;
        crate::scan::run_pass_hashing(input, false, false, &mut |pass, text, last| {
            let mark = pass.mark();
            // COPY pieces are rewritten on the pool; each window's are written before it goes.
            rayon::in_place_scope(|scope| {
                let mut win = rw.window(text, base, scope, mark);
                let used = pass.feed(text, last, &mut win);
                win.finish(*used.as_ref().unwrap_or(&0));
                let used = used?;
                base += used as u64;
                Ok(used)
            })
        })?;
        rw.close();
        if let Some(e) = rw.error.take() {
            return Err(io(e));
        }
        let changes = rw.into_changes();
        if let Some(k) = restrict {
            sink.write_all(format!("\n\\unrestrict {k}\n").as_bytes()).map_err(io)?;
        }
        changes
    };
    let done = sink.finish().map_err(io)?;
    std::fs::rename(&tmp_path, &real).map_err(io)?;
    let mut tmp = tmp;
    tmp.0 = None;
    Ok((
        changes,
        Written {
            path: out.display().to_string(),
            sha256: String::new(),
            bytes: done.n,
            compression,
        },
    ))
}

/// Pass 3: the scan of the written output with the columns the policy made synthetic accepted
/// as sanitized; the findings at medium or above are what sanitizing left. Fills in the output's
/// sha256 (of the file as written, compressed or not).
pub fn check(
    out: &Path,
    written: &mut Written,
    policy: &Policy,
    engine: &Engine,
    limits: input::Limits,
) -> Result<Vec<Finding>, Error> {
    let input = Input::open_with(out, false, limits)?;
    let opts = Options {
        sanitized_columns: policy.synthetic_columns(),
        ..Options::default()
    };
    let (passed, findings) = crate::scan::run(&input, engine, &opts, true)?;
    written.sha256 = passed.sha256;
    Ok(findings
        .into_iter()
        .filter(|f| f.severity >= Severity::Medium)
        .collect())
}

/// A key for the fakes: the file's bytes, or 32 random bytes (fakes then differ run to run).
pub fn load_key(path: Option<&Path>) -> Result<Vec<u8>, Error> {
    match path {
        Some(p) => {
            let k = std::fs::read(p).map_err(|source| Error::Io {
                path: p.to_path_buf(),
                source,
            })?;
            if k.len() < 16 {
                return Err(Error::Usage(format!(
                    "{}: a seed key needs at least 16 bytes (e.g. head -c 32 /dev/urandom > key)",
                    p.display()
                )));
            }
            Ok(k)
        }
        None => {
            let mut k = vec![0u8; 32];
            let mut f = std::fs::File::open("/dev/urandom").map_err(|source| Error::Io {
                path: PathBuf::from("/dev/urandom"),
                source,
            })?;
            std::io::Read::read_exact(&mut f, &mut k).map_err(|source| Error::Io {
                path: PathBuf::from("/dev/urandom"),
                source,
            })?;
            Ok(k)
        }
    }
}
