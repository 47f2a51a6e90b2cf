//! The scan driver: one streaming, parallel pass over an input, as the binary, the benches and
//! the fuzz targets all run it. A plain dump is walked straight from its map while a second
//! thread hashes it; an archive or compressed dump is expanded on a thread of its own into
//! windows of bounded size. Each window's COPY chunks and INSERT row batches are scanned on the
//! rayon pool before the window is let go, and the pages behind every reader are given back.
//!
//! [`walk`] is the pass alone (what `inspect` needs); [`run`] is the pass with every detector
//! (what `scan` and `check` need).

pub(crate) mod progress;

use crate::detect::engine::Engine;
use crate::detect::table_data::{Partial, Scanner, Work};
use crate::detect::{Detector, Options};
use crate::error::Error;
use crate::read::input::{self, Input};
use crate::scan::progress::{Bar, Progress};
use crate::sql::pass::{self, NoVisitor};
use std::path::Path;
use std::sync::Mutex;

/// Maps and checks the input, and walks it while a second thread hashes it.
pub fn walk(path: &Path, limits: input::Limits) -> Result<(Input, Passed), Error> {
    let input = Input::open_with(path, true, limits)?;
    let bar = Bar::new(input.size, None, false);
    let mut passed = run_pass(&input, true, &mut |pass, text, last| {
        pass.feed(text, last, &mut Progress::new(&mut NoVisitor, &bar))
    })?;
    let defaults = passed
        .walk
        .catalog
        .tables
        .iter()
        .any(|t| t.columns.iter().any(|c| c.default.is_some()));
    if !passed.walk.diagnostics.is_empty() || defaults {
        let engine = Engine::new(&[], false).map_err(|e| Error::Usage(format!("rules: {e}")))?;
        scrub_warnings(&engine, &mut passed.walk);
        // A column default is dump text that inspect shows: no secret whole in it either.
        for c in passed.walk.catalog.tables.iter_mut().flat_map(|t| t.columns.iter_mut()) {
            if let Some(d) = c.default.as_mut() {
                *d = crate::detect::scrub(&engine, d);
            }
        }
    }
    Ok((input, passed))
}

/// Warnings quote the dump (a statement the parser rejects): no secret whole in them, whatever
/// `--show-secrets` says (they are not findings).
fn scrub_warnings(engine: &Engine, walk: &mut pass::Walk) {
    for d in &mut walk.diagnostics {
        d.message = crate::detect::scrub(engine, &d.message);
    }
}

/// What one pass over an input gives.
pub struct Passed {
    /// What the pass found: header, catalog and diagnostics.
    pub walk: pass::Walk,
    /// The sha256 of the input as given (of a directory archive, its manifest), in
    /// lower-case hex; empty when not hashed.
    pub sha256: String,
    /// Bytes of the input as given (a pipe is counted as it is read).
    pub size: u64,
    /// For archives and compressed dumps: their TOC, version and compression.
    pub about: Option<crate::read::archive::About>,
}

/// One window of the text for [`pass::Pass::feed`]: the pass, the bytes, whether they are
/// the last.
type Feed<'f> = dyn FnMut(&mut pass::Pass, &[u8], bool) -> Result<usize, crate::sql::split::SplitError> + 'f;

/// Runs the pass over the input's SQL text while a second thread hashes the file as given.
/// A plain dump is walked straight from its map, in one window; an archive or compressed dump
/// is expanded on a thread of its own into a stream of windows of bounded size, so memory does
/// not grow with what it expands to.
pub fn run_pass(input: &Input, check_rows: bool, feed: &mut Feed) -> Result<Passed, Error> {
    run_pass_hashing(input, check_rows, true, feed)
}

/// [`run_pass`], hashing the file only if `hash` (a second pass over a file already hashed;
/// `sha256` is then empty and nothing trails the pass to give pages back: the caller does).
pub fn run_pass_hashing(input: &Input, check_rows: bool, hash: bool, feed: &mut Feed) -> Result<Passed, Error> {
    // Pieces no longer than a scan chunk: each is one chunk, whose rows the splitter counted.
    let piece = crate::read::stream::window().min(crate::detect::CHUNK);
    run_pass_in_pieces(input, check_rows, hash, piece, false, None, feed)
}

/// [`run_pass_hashing`], COPY data handed on in pieces of at most about `piece` bytes (or at
/// most a window, when the input is streamed); with `defs_only`, an archive's definitions
/// without its data. With `keep`, a compressed dump's expanded text is also written there as
/// it is made (see [`Keep`]).
#[allow(clippy::too_many_arguments)]
pub fn run_pass_in_pieces(
    input: &Input,
    check_rows: bool,
    hash: bool,
    piece: usize,
    defs_only: bool,
    mut keep: Option<&mut Keep>,
    feed: &mut Feed,
) -> Result<Passed, Error> {
    let path = &input.path;
    let syntax = |e: crate::sql::split::SplitError| Error::Syntax {
        path: path.to_path_buf(),
        line: e.line,
        what: e.what,
    };
    // A mapped file's pages go back to the kernel behind the pass, its workers and the hash,
    // so nothing reads a COPY block far ahead of them.
    let mark = std::sync::Arc::new(crate::read::pages::Mark::default());
    let transcode = transcodes_file(input);
    let mapped = walks_the_map(input);
    let engaged = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut pass = pass::Pass::new(check_rows)
        .copy_pieces(piece)
        .transcoded(engaged.clone());
    if mapped {
        pass = pass.with_mark(mark.clone());
    }
    let mut first = true;
    let read_transcoded = engaged.clone();
    let mut checked = |pass: &mut pass::Pass, text: &[u8], last: bool| -> Result<usize, Error> {
        if std::mem::take(&mut first) {
            input.check_plain(text)?;
        }
        let n = feed(pass, text, last).map_err(syntax)?;
        // Written here, not by the thread that expands: the copy costs this thread (the
        // lighter one) the writing, not that one.
        if let Some(k) = keep.as_deref_mut() {
            k.append(if last { text } else { &text[..n] });
        }
        Ok(n)
    };
    // With one thread the file is hashed after the pass, on the same thread.
    let sequential = rayon::current_num_threads() == 1;
    let (hashed, about) = std::thread::scope(|s| {
        // A pipe is hashed as it is read; a file beside the pass.
        let piped = input.take_stream();
        let file = piped.is_none() && hash;
        let hash = (file && !sequential).then(|| {
            s.spawn(|| match mapped {
                true => crate::read::pages::hash_trailing(input.file_bytes(), &mark, &|r| input.give_back(r)),
                false => crate::util::digest::sha256_hex(input.file_bytes()),
            })
        });
        // However the pass ends, the hash must not wait for it.
        let finished = mark.finish_on_drop();
        let about = if piped.is_none() && input.format == input::Format::Plain && !transcode {
            checked(&mut pass, input.file_bytes(), true).map(|_| (None, None))
        } else {
            let (mut w, mut r) = crate::read::stream::blocks();
            let producer = s.spawn(move || {
                use crate::sql::transcode::Transcoder;
                let mut t = match transcode {
                    true => Transcoder::engaged(&mut w, engaged),
                    false => Transcoder::new(&mut w, engaged),
                };
                let mut res = match piped {
                    Some((head, rest)) => input
                        .pipe_into(head, rest, &mut t)
                        .map(|(about, sha, size)| (about, Some((sha, size)))),
                    None if transcode => {
                        // A write error means the pass stopped: it says why.
                        let _ = std::io::Write::write_all(&mut t, input.file_bytes());
                        Ok((None, None))
                    }
                    None => input.expand_into_with(&mut t, defs_only).map(|about| (about, None)),
                };
                if let (Err(e), Ok(_)) = (t.finish(), &res) {
                    if e.kind() != std::io::ErrorKind::BrokenPipe {
                        res = Err(Error::Io {
                            path: path.to_path_buf(),
                            source: e,
                        });
                    }
                }
                let end = match &res {
                    Ok(_) => Ok(()),
                    Err(e) => Err(std::io::Error::other(e.to_string())),
                };
                w.finish(end);
                res
            });
            let walked = crate::read::stream::for_each_window(
                &mut r,
                crate::read::stream::window(),
                |text, last| checked(&mut pass, text, last),
                |e| Error::Io {
                    path: path.to_path_buf(),
                    source: e,
                },
            );
            // Stop the producer if the pass stopped first.
            drop(r);
            // An archive that cannot be read explains whatever the pass made of its text.
            producer
                .join()
                .expect("expanding thread")
                .and_then(|about| walked.map(|_| about))
        };
        drop(finished);
        let hashed = match hash {
            Some(h) => Some(h.join().expect("hash thread")),
            None if file => Some(crate::util::digest::sha256_hex(input.file_bytes())),
            None => None,
        };
        (hashed.map(|h| (h, input.size)), about)
    });
    let (about, piped) = about?;
    // Text read transcoded to UTF-8 would be transcoded again by a pass over the copy.
    if read_transcoded.load(std::sync::atomic::Ordering::Relaxed) {
        if let Some(k) = keep {
            k.give_up();
        }
    }
    input.check_unchanged()?;
    let (sha256, size) = piped.or(hashed).unwrap_or_default();
    Ok(Passed {
        walk: pass.finish(),
        sha256,
        size,
        about,
    })
}

/// A copy of the expanded text of a compressed dump, kept in an unnamed temporary file as the
/// pass reads it, so that a second pass reads the copy instead of decompressing it again
/// (verify). A copy that cannot be written (the disk is full) is given up, not an error: the
/// second pass then decompresses as before.
pub struct Keep {
    spool: Option<crate::util::tempfile::Spool>,
}

impl Keep {
    /// A copy in a new unnamed file in `dir`; given up at once if none can be made there.
    pub fn new(dir: &std::path::Path) -> Keep {
        Keep {
            spool: crate::util::tempfile::Spool::new(dir).ok(),
        }
    }

    fn append(&mut self, bytes: &[u8]) {
        if let Some(s) = &mut self.spool {
            if s.append(bytes).is_err() {
                self.spool = None;
            }
        }
    }

    /// Gives the copy up.
    fn give_up(&mut self) {
        self.spool = None;
    }

    /// The copy (the file and its length), unless it was given up.
    pub fn into_file(self) -> Option<(std::fs::File, u64)> {
        self.spool?.into_file().ok()
    }
}

/// Is the input a plain file (mapped or in memory, not a pipe) in a client-only encoding, which
/// the pass reads transcoded to UTF-8 as it reads an archive expanded?
pub fn transcodes_file(input: &Input) -> bool {
    input.format == input::Format::Plain && !input.is_stream() && crate::sql::transcode::needed(input.file_bytes())
}

/// Does the pass walk a mapped file's own bytes (its offsets are the file's)? Not for an archive,
/// a compressed dump, or a plain one in a client-only encoding.
pub fn walks_the_map(input: &Input) -> bool {
    input.is_mapped() && input.format == input::Format::Plain && !transcodes_file(input)
}

/// In an archive, each finding names the TOC entry its line falls in.
pub fn name_toc_entries(about: Option<&crate::read::archive::About>, findings: &mut [crate::findings::Finding]) {
    if let Some(x) = about.filter(|x| !x.toc.is_empty()) {
        for f in findings {
            f.toc_entry = x.entry_at(f.line).cloned();
        }
    }
}

/// The pass over one input, with COPY chunks and INSERT row batches scanned on the rayon pool
/// while it goes on. Each window of the text has its own scope: its work is done before the
/// window's bytes are let go.
pub fn run(
    input: &Input,
    engine: &Engine,
    opts: &Options,
    quiet: bool,
) -> Result<(Passed, Vec<crate::findings::Finding>), Error> {
    let scanned = Mutex::new(Partial::default());
    let scanner = Scanner { engine, opts };
    let bar = Bar::new(
        input.size,
        (input.format == input::Format::Plain).then_some(input.size),
        quiet,
    );
    let mut det = Some(Detector::new(engine, opts));
    let gate = crate::read::stream::Gate::new(2 * rayon::current_num_threads());
    let mut passed = run_pass(input, false, &mut |pass, text, last| {
        scan_window(pass, text, last, &mut det, (&scanned, &scanner, &gate), &bar)
    })?;
    scrub_warnings(engine, &mut passed.walk);
    let mut collected = det.expect("detector").into_collected();
    // pg_restore writes its own \restrict key: an archive carries none.
    if !input.format.is_archive() {
        collected.check_header(&passed.walk.header);
    }
    let mut findings = collected.finish(scanned.into_inner().unwrap_or_else(|e| e.into_inner()));
    name_toc_entries(passed.about.as_ref(), &mut findings);
    if let Some(about) = &passed.about {
        findings.extend(crate::detect::archive_findings(about));
    }
    // Messages that quote a statement or meta-command show no secret whole either.
    if !opts.show_secrets {
        crate::detect::scrub_messages(engine, &mut findings);
    }
    Ok((passed, findings))
}

/// `f` over every input, up to `at_once` at a time, each on a thread of its own; the results in
/// the inputs' order. Not on the rayon pool: a pass waits while the workers catch up, so it must
/// not hold a worker itself. With `at_once` 1 the inputs are scanned one after another here.
pub fn each_input<I: Sync, T: Send>(inputs: &[I], at_once: usize, f: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let at_once = at_once.clamp(1, inputs.len().max(1));
    if at_once == 1 {
        return inputs.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: Mutex<Vec<Option<T>>> = Mutex::new(inputs.iter().map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..at_once {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(input) = inputs.get(i) else { break };
                let t = f(input);
                done.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(t);
            });
        }
    });
    done.into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|t| t.expect("every input is taken by one thread"))
        .collect()
}

/// One window of [`run`], in a rayon scope of its own.
fn scan_window<'e, 'a>(
    pass: &mut pass::Pass,
    text: &'a [u8],
    last: bool,
    det: &mut Option<Detector<'e, 'static, 'static>>,
    (scanned, scanner, gate): (&Mutex<Partial>, &Scanner, &crate::read::stream::Gate),
    bar: &Bar,
) -> Result<usize, crate::sql::split::SplitError> {
    if rayon::current_num_threads() == 1 {
        // One thread: each piece of work is scanned where the pass meets it.
        let sink = |work: Work<'a>| {
            let part = scanner.work(&work);
            scanned.lock().unwrap_or_else(|e| e.into_inner()).merge(part);
        };
        let mut d = det.take().expect("detector").rebind(Some(&sink));
        let fed = pass.feed(text, last, &mut Progress::new(&mut d, bar));
        *det = Some(d.rebind(None));
        return fed;
    }
    let mark = pass.mark();
    let mark = mark.as_deref();
    rayon::in_place_scope(|scope| {
        let sink = |work: Work<'a>| {
            // The pass waits here when the workers are behind.
            gate.enter();
            let start = work.start();
            if let Some(m) = mark {
                m.start(start);
            }
            scope.spawn(move |_| {
                let part = scanner.work(&work);
                scanned.lock().unwrap_or_else(|e| e.into_inner()).merge(part);
                if let Some(m) = mark {
                    m.end(start);
                }
                gate.leave();
            });
        };
        let mut d = det.take().expect("detector").rebind(Some(&sink));
        let fed = pass.feed(text, last, &mut Progress::new(&mut d, bar));
        *det = Some(d.rebind(None));
        fed
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_input_keeps_the_inputs_order_and_runs_them_at_once() {
        let inputs: Vec<u64> = (0..40).collect();
        let seen = std::sync::Mutex::new(std::collections::HashSet::new());
        let out = super::each_input(&inputs, 3, |&i| {
            // Later inputs finish first: the order must still be the inputs'.
            std::thread::sleep(std::time::Duration::from_millis(40 - i));
            seen.lock().unwrap().insert(std::thread::current().id());
            i * 2
        });
        assert_eq!(out, inputs.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert!(seen.lock().unwrap().len() > 1, "ran on one thread");
        assert_eq!(super::each_input(&[1, 2], 1, |&i: &i32| i + 1), vec![2, 3]);
        assert!(super::each_input(&[] as &[i32], 4, |&i| i).is_empty());
    }
}
