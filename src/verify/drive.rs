//! The passes of `verify` over an input, streamed as `scan` streams it: a plain dump from its
//! map, an archive or compressed dump expanded window by window (never whole in memory). The
//! first pass builds the final catalog (of an archive, from its TOC's definitions alone, no
//! data decompressed; of a compressed dump, keeping the expanded text in an unnamed temporary
//! file, which the second pass reads as a plain dump); the second walks the whole text and checks
//! the data against that catalog with key digests in bounded memory; a third, only when a
//! duplicate or orphan must be quoted from an expanded text, reads those rows again. The file
//! is hashed on a thread of its own beside them.

use super::{diagnostic_findings, row_values, truncated, unterminated, Verifier, Want};
use crate::error::Error;
use crate::findings::Finding;
use crate::read::input::{Format, Input};
use crate::scan::progress::{Bar, Progress};
use crate::sql::catalog::Catalog;
use crate::sql::pass::{self, CopyBlock, Pass, Visitor, Walk};
use crate::sql::split::SplitError;
use std::path::PathBuf;

/// How to verify.
#[derive(Debug, Clone)]
pub struct Options {
    /// The major version of the server the dump is meant for, when known.
    pub target: Option<u32>,
    /// The target cluster's bootstrap superuser (it exists before the restore).
    pub superuser: Option<String>,
    /// Bytes of memory for key digests; beyond it they go to a file in `temp_dir`.
    pub memory: u64,
    /// Directory for the key digests beyond `memory`: an unnamed file there, gone when
    /// pgscreen ends.
    pub temp_dir: PathBuf,
    /// No progress bar.
    pub quiet: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            target: None,
            superuser: None,
            memory: 1 << 30,
            temp_dir: std::env::temp_dir(),
            quiet: true,
        }
    }
}

/// The server a dump is checked against without `--target-version`, and why: the major of the
/// pg_dump that wrote it (its output is for a server of its own version; 10 for older ones, the
/// oldest the version tables hold), else the newest release, where a dump of unknown age
/// restores today.
pub fn default_target(h: &crate::sql::pass::Header) -> (u32, &'static str) {
    match h
        .pg_dump_version
        .as_deref()
        .and_then(crate::util::version::PgVersion::parse)
    {
        Some(v) => (v.major.max(10), "the version of the pg_dump that wrote it"),
        None => (
            crate::sql::builtins::NEWEST,
            "the newest release: the dump does not say which pg_dump wrote it",
        ),
    }
}

/// What verifying an input gives.
pub struct Verified {
    /// The pass over the whole text: catalog, header, an archive's TOC; the file's sha256 and
    /// size.
    pub passed: crate::scan::Passed,
    /// Sorted by line, with ids.
    pub findings: Vec<Finding>,
    /// Bytes written to temporary files: key digests beyond the memory budget, and a compressed
    /// dump's expanded text.
    pub spilled: u64,
    /// Key rows checked for duplicates and references.
    pub key_rows: u64,
}

/// Where the text comes from.
#[derive(Clone, Copy)]
enum Source<'s> {
    Text(&'s [u8]),
    Input(&'s Input),
}

/// Why a pass stopped.
enum Stop {
    /// The text ends inside a construct (the finding is made of it).
    Split(SplitError),
    /// The input cannot be read.
    Read(Error),
}

/// Feeds a window to the pass; with `patch`, the text ends as psql ends COPY data at the end of
/// the file: `\.` after the last line.
fn feed<V: for<'b> Visitor<'b>>(
    pass: &mut Pass,
    text: &[u8],
    last: bool,
    v: &mut V,
    patch: bool,
) -> Result<usize, SplitError> {
    if !(patch && last) {
        return pass.feed(text, last, v);
    }
    let done = pass.feed(text, false, v)?;
    let mut tail = text[done..].to_vec();
    if !tail.is_empty() && !tail.ends_with(b"\n") {
        tail.push(b'\n');
    }
    tail.extend_from_slice(b"\\.\n");
    pass.feed(&tail, true, v)?;
    Ok(text.len())
}

impl Source<'_> {
    /// One pass with `v` (the file is hashed elsewhere); with `defs_only`, over an archive's
    /// definitions alone.
    fn pass<V: for<'b> Visitor<'b>>(
        self,
        v: &mut V,
        patch: bool,
        defs_only: bool,
        keep: Option<&mut crate::scan::Keep>,
    ) -> Result<(Walk, Option<crate::scan::Passed>), Stop> {
        match self {
            Source::Text(src) => {
                let mut pass = Pass::new(false);
                feed(&mut pass, src, true, v, patch).map_err(Stop::Split)?;
                Ok((pass.finish(), None))
            }
            Source::Input(input) => {
                let mut split = None;
                // Whole COPY blocks from a map, window-sized pieces of a stream: the verifier
                // checks each in parallel pieces of its own.
                let piece = usize::MAX;
                let got = crate::scan::run_pass_in_pieces(
                    input,
                    false,
                    false,
                    piece,
                    defs_only,
                    keep,
                    &mut |pass, text, last| feed(pass, text, last, v, patch).inspect_err(|e| split = Some(e.clone())),
                );
                match (got, split) {
                    (Ok(mut p), _) => Ok((std::mem::take(&mut p.walk), Some(p))),
                    (Err(_), Some(e)) => Err(Stop::Split(e)),
                    (Err(e), None) => Err(Stop::Read(e)),
                }
            }
        }
    }

    /// The key values of the rows `wants` names, read again.
    fn read_back(self, wants: &[Want], fin: &Catalog, patch: bool) -> Vec<String> {
        let whole = match self {
            Source::Text(src) => Some(src),
            // The file's own lines, unless the pass read them transcoded.
            Source::Input(i) if i.format == Format::Plain && !crate::scan::transcodes_file(i) => Some(i.file_bytes()),
            Source::Input(_) => None,
        };
        if let Some(src) = whole {
            // One walk over the lines, to the wanted ones in order.
            let mut order: Vec<usize> = (0..wants.len()).collect();
            order.sort_by_key(|&i| wants[i].line);
            let mut got = vec![String::from("…"); wants.len()];
            let (mut line, mut at) = (1u64, 0usize);
            let mut breaks = memchr::memchr_iter(b'\n', src);
            for i in order {
                let w = &wants[i];
                while line < w.line {
                    let Some(nl) = breaks.next() else { break };
                    (line, at) = (line + 1, nl + 1);
                }
                if line == w.line {
                    got[i] = row_values(src, 0, at as u64, &fin.tables[w.table], &w.cols, w.delim);
                }
            }
            return got;
        }
        let mut r = ReadBack {
            wants,
            fin,
            got: vec![None; wants.len()],
        };
        // Unreadable now, though it was read twice: the values stay unquoted.
        let _ = self.pass(&mut r, patch, false, None);
        r.got.into_iter().map(|v| v.unwrap_or_else(|| "…".into())).collect()
    }
}

/// Picks the wanted rows' values out of the COPY data going by.
struct ReadBack<'w> {
    wants: &'w [Want],
    fin: &'w Catalog,
    got: Vec<Option<String>>,
}

impl<'a> Visitor<'a> for ReadBack<'_> {
    fn copy_block(&mut self, _cat: &Catalog, b: &CopyBlock<'a>) {
        let lines = memchr::memchr_iter(b'\n', b.data).count() as u64 + 1;
        for (w, got) in self.wants.iter().zip(&mut self.got) {
            if got.is_some() || w.delim == 0 || !(b.line..b.line + lines).contains(&w.line) {
                continue;
            }
            let k = (w.line - b.line) as usize;
            let start = match k {
                0 => 0,
                _ => memchr::memchr_iter(b'\n', b.data)
                    .nth(k - 1)
                    .map_or(b.data.len(), |p| p + 1),
            };
            let t = &self.fin.tables[w.table];
            *got = Some(row_values(
                b.data,
                b.offset,
                (b.offset + start) as u64,
                t,
                &w.cols,
                w.delim,
            ));
        }
    }
}

/// Both passes over `src` (the whole text in memory): the findings, sorted by line, and the
/// first pass's walk. `target`: the major version of the server it will be restored into, if
/// known. A pass that cannot go on past an unterminated construct is itself the finding.
pub fn run(src: &[u8], redact: &dyn Fn(&str, &[u8]) -> bool, target: Option<u32>) -> (Walk, Vec<Finding>) {
    run_as(src, redact, target, None)
}

/// [`run`] for a target cluster whose bootstrap superuser is `superuser` (it exists before the
/// restore, so a CREATE ROLE of it fails). Key digests stay in memory.
pub fn run_as(
    src: &[u8],
    redact: &dyn Fn(&str, &[u8]) -> bool,
    target: Option<u32>,
    superuser: Option<&str>,
) -> (Walk, Vec<Finding>) {
    let opts = Options {
        target,
        superuser: superuser.map(str::to_string),
        memory: u64::MAX,
        ..Options::default()
    };
    match verify(Source::Text(src), redact, &opts) {
        Ok((walk, _, findings, ..)) => (walk, findings),
        // Only reading an input or writing the temporary file can fail, and neither is done.
        Err(e) => (Walk::default(), vec![unterminated(1, &e.to_string())]),
    }
}

/// Verifies an input (any format) as `opts` say.
pub fn verify_input(input: &Input, redact: &dyn Fn(&str, &[u8]) -> bool, opts: &Options) -> Result<Verified, Error> {
    // The file is hashed on a thread beside both passes, not only the first (which, without
    // the data checks, it would outlast).
    let hash = || crate::util::digest::sha256_hex(input.file_bytes());
    let (sha256, out) = std::thread::scope(|s| {
        let h = (rayon::current_num_threads() > 1).then(|| s.spawn(hash));
        let out = verify(Source::Input(input), redact, opts);
        (h.map(|h| h.join().expect("hash thread")), out)
    });
    let (walk, passed, findings, spilled, key_rows) = out?;
    let sha256 = sha256.unwrap_or_else(hash);
    let passed = match passed {
        // The passes hash nothing, so they count no size either: the input's is the one.
        Some(p) => crate::scan::Passed {
            walk,
            sha256,
            size: input.size,
            ..p
        },
        // The first pass stopped early.
        None => crate::scan::Passed {
            walk,
            sha256,
            size: input.size,
            about: None,
        },
    };
    Ok(Verified {
        passed,
        findings,
        spilled,
        key_rows,
    })
}

type Outcome = (Walk, Option<crate::scan::Passed>, Vec<Finding>, u64, u64);

fn verify(src: Source, redact: &dyn Fn(&str, &[u8]) -> bool, opts: &Options) -> Result<Outcome, Error> {
    // PGSCREEN_STATS: how long each pass took (a benchmark aid).
    let clock = std::time::Instant::now();
    let stats = std::env::var_os("PGSCREEN_STATS").is_some();
    let lap = |what: &str| {
        if stats {
            eprintln!(
                "pgscreen: stats: verify {what} done at {:.3} s",
                clock.elapsed().as_secs_f64()
            );
        }
    };
    // An archive's TOC holds every definition: the first pass reads those alone, without
    // decompressing any data (should the full text then not split, both passes run on it).
    let archive = matches!(src, Source::Input(i) if i.format.is_archive());
    let mut done = passes(src, redact, opts, archive, &lap)?;
    if archive && done.is_err() {
        // The definitions split, the whole text did not: both passes over the whole text.
        done = passes(src, redact, opts, false, &lap)?;
    }
    // The whole text split once already; a second pass that cannot is a broken input.
    Ok(done.unwrap_or_else(broken))
}

/// What a text that cannot be split gives: the construct it ends in, as the finding.
fn broken(e: SplitError) -> Outcome {
    (Walk::default(), None, vec![unterminated(e.line, &e.what)], 0, 0)
}

/// Both passes (the first over the definitions alone, if `defs_only`), the key checks and the
/// findings; or the error of a second pass that could not split the whole text.
fn passes(
    src: Source,
    redact: &dyn Fn(&str, &[u8]) -> bool,
    opts: &Options,
    defs_only: bool,
    lap: &dyn Fn(&str),
) -> Result<Result<Outcome, SplitError>, Error> {
    let (size, total) = match src {
        Source::Text(t) => (t.len() as u64, Some(t.len() as u64)),
        Source::Input(i) => (i.size, (i.format == Format::Plain).then_some(i.size)),
    };
    let bar = |quiet| Bar::new(size, total, quiet);
    // A compressed dump's first pass expands all of it, as the second would again: it keeps
    // the text for the second (zstd alone is ~0.9 s a GiB on a core, and the first pass
    // leaves the other core idle). An archive's first pass reads no data: nothing to keep.
    let compressed = matches!(src, Source::Input(i) if i.format.is_compressed());
    let mut keep = None;
    let mut first = |patch| {
        let bar = bar(opts.quiet);
        keep = (compressed && !defs_only).then(|| crate::scan::Keep::new(&opts.temp_dir));
        src.pass(
            &mut Progress::new(&mut pass::NoVisitor, &bar),
            patch,
            defs_only,
            keep.as_mut(),
        )
    };
    // psql ends COPY data at the end of the file: what it loads is the data up to there,
    // checked as rows; if they all load, the restore "succeeds" with the rest missing.
    let (patch, cut, (defs, first_passed)) = match first(false) {
        Ok(w) => (false, None, w),
        Err(Stop::Read(e)) => return Err(e),
        Err(Stop::Split(e)) if e.in_copy_data => match first(true) {
            Ok(w) => (true, Some(e), w),
            Err(Stop::Read(e)) => return Err(e),
            Err(Stop::Split(e)) => return Ok(Ok(broken(e))),
        },
        Err(Stop::Split(e)) => return Ok(Ok(broken(e))),
    };
    lap("catalog pass");
    let copy = match (src, keep.and_then(crate::scan::Keep::into_file)) {
        (Source::Input(i), Some((file, len))) => i.expanded_copy(file, len).ok(),
        _ => None,
    };
    let kept = copy.as_ref().map_or(0, |c| c.size);
    // The rest reads the copy where there is one: the same text, so the same lines, offsets
    // and findings (`tests/verify_differential.rs`).
    let src = match &copy {
        Some(c) => Source::Input(c),
        None => src,
    };
    let mut v = Verifier::new(&defs.catalog, redact, opts.memory, &opts.temp_dir);
    v.target = Some(opts.target.unwrap_or_else(|| default_target(&defs.header).0));
    v.superuser = opts.superuser.clone();
    let second = {
        let bar = bar(opts.quiet);
        src.pass(&mut Progress::new(&mut v, &bar), patch, false, None)
    };
    // The second pass walks the whole text: its walk (lines, counts, diagnostics, an
    // archive's TOC lines) is the one reported; of a copy, with the dump's facts (format,
    // compression).
    let second = second.map(|(walk, passed)| match (&copy, passed, first_passed) {
        (Some(_), Some(p), Some(f)) => (walk, Some(crate::scan::Passed { about: f.about, ..p })),
        (_, p, _) => (walk, p),
    });
    let (walk, passed) = match second {
        Ok(w) => w,
        Err(Stop::Read(e)) => return Err(e),
        // The first pass split it (or an archive's definitions): the caller decides.
        Err(Stop::Split(e)) => return Ok(Err(e)),
    };
    let mut findings = diagnostic_findings(&walk);
    v.flush_inserts();
    lap("data pass");
    let (spilled, key_rows) = (v.spilled() + kept, v.key_rows());
    let temp = opts.temp_dir.clone();
    let fin = &defs.catalog;
    let checked = v.finish(&mut |wants| src.read_back(wants, fin, patch), &walk.catalog);
    findings.extend(checked.map_err(|source| Error::Io { path: temp, source })?);
    lap("key checks");
    if let Some(e) = cut {
        findings.push(truncated(e.line, &e.what));
    }
    findings.sort_by_key(|f| (f.line, f.row));
    crate::findings::assign_positional_ids(&mut findings);
    Ok(Ok((walk, passed, findings, spilled, key_rows)))
}
