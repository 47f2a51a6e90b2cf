//! The sanitized copy of an archive as a custom-format archive: the input's TOC, each entry's
//! definition and data replaced by what the rewrite made of them.
//!
//! The rewrite works on the text the archive expands to (what `pg_restore -f -` writes). The
//! expansion records where each entry's definition, data and large objects lie in that text
//! ([`Span`]); the rewrite cuts its output there, so each part comes back on its own:
//! definitions are kept in memory (a TOC's size), data is compressed as it comes into a
//! spill file of blocks. At the end the header and the TOC (with the blocks' offsets) are
//! written, then the blocks copied after them. Text between parts is what pg_restore writes
//! itself (comments, `SET`s, `ALTER ... OWNER`): an edit there cannot be carried into an archive
//! and is an error.

use crate::read::archive::restore::{Part, Span};
use crate::read::archive::toc::{self, Archive};
use crate::read::archive::write::{self as aw, DataAt, Sizes, Stream};
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Seek, Write};

/// What the output is in now.
enum In {
    /// Text pg_restore writes itself (dropped).
    Gap,
    /// An entry's definition.
    Definition(usize, Vec<u8>),
    /// An entry's data, being compressed into the spill file.
    Data(Stream<BufWriter<File>>),
    /// Large objects: the text of the last line not yet complete, and the object open.
    Objects(LargeObjects),
}

/// The `lo_open` / `lowrite` / `lo_close` text of a BLOBS entry, turned back into objects.
struct LargeObjects {
    line: Vec<u8>,
    open: Option<Stream<BufWriter<File>>>,
    /// Where the spill file is written when no object is open.
    spill: Option<BufWriter<File>>,
}

/// A TOC entry's edited text must stay within this many bytes (a definition is kilobytes).
const MAX_LINE: usize = 64 << 20;

/// The rewrite's output when it is written as a custom archive.
pub struct ArchiveSink {
    archive: Archive,
    z: Sizes,
    /// Cuts in text order: (offset, span index, whether it is the span's start).
    cuts: Vec<(u64, usize, bool)>,
    next: usize,
    spans: Vec<Span>,
    now: In,
    /// The blocks, written as they come; None while a data stream holds it.
    spill: Option<BufWriter<File>>,
    spilled: u64,
    /// Dump id -> offset of its block in the spill file.
    offsets: HashMap<i64, u64>,
    definitions: HashMap<usize, Vec<u8>>,
}

fn err(what: String) -> std::io::Error {
    std::io::Error::other(what)
}

impl ArchiveSink {
    /// A sink cutting the text at `spans` (from the expansion of `archive`), spilling data
    /// blocks to `spill` (an unlinked temporary file).
    pub fn new(archive: Archive, spans: Vec<Span>, spill: File) -> ArchiveSink {
        let mut cuts = Vec::with_capacity(spans.len() * 2);
        for (i, s) in spans.iter().enumerate() {
            cuts.push((s.range.start, i, true));
            cuts.push((s.range.end, i, false));
        }
        ArchiveSink {
            z: Sizes::of(&archive),
            archive,
            cuts,
            next: 0,
            spans,
            now: In::Gap,
            spill: Some(BufWriter::with_capacity(1 << 20, spill)),
            spilled: 0,
            offsets: HashMap::new(),
            definitions: HashMap::new(),
        }
    }

    /// Writes `bytes` of the block layout itself (not a compressed stream's) to the spill
    /// file `w`, counting them.
    fn put(&mut self, w: &mut BufWriter<File>, bytes: &[u8]) -> std::io::Result<()> {
        self.spilled += bytes.len() as u64;
        w.write_all(bytes)
    }

    /// Starts the block of dump id `id` with `head`: the spill file, its offset recorded.
    fn open_block(&mut self, id: i64, head: &[u8]) -> std::io::Result<BufWriter<File>> {
        self.offsets.insert(id, self.spilled);
        let mut w = self.spill.take().expect("no stream open");
        self.put(&mut w, head)?;
        Ok(w)
    }

    fn start(&mut self, span: usize) -> std::io::Result<()> {
        let s = &self.spans[span];
        let (entry, part) = (s.entry, s.part);
        let id = self.archive.entries[entry].dump_id;
        self.now = match part {
            Part::Definition => In::Definition(entry, Vec::new()),
            Part::Data => {
                let w = self.open_block(id, &aw::data_block_start(self.z, id))?;
                In::Data(Stream::new(w, self.z, self.archive.compression)?)
            }
            Part::LargeObjects => {
                let w = self.open_block(id, &aw::blobs_block_start(self.z, id))?;
                In::Objects(LargeObjects {
                    line: Vec::new(),
                    open: None,
                    spill: Some(w),
                })
            }
        };
        Ok(())
    }

    fn end(&mut self) -> std::io::Result<()> {
        match std::mem::replace(&mut self.now, In::Gap) {
            In::Gap => {}
            In::Definition(entry, text) => {
                self.definitions.insert(entry, text);
            }
            In::Data(s) => {
                let (w, n) = s.finish()?;
                self.spilled += n;
                self.spill = Some(w);
            }
            In::Objects(mut lo) => {
                if !lo.line.is_empty() {
                    let line = std::mem::take(&mut lo.line);
                    self.object_line(&mut lo, &line)?;
                }
                if lo.open.is_some() {
                    return Err(err("large object data ends inside an object (no lo_close)".into()));
                }
                let mut w = lo.spill.take().expect("no object open");
                let mut end = Vec::new();
                self.z.int(&mut end, 0);
                self.put(&mut w, &end)?;
                self.spill = Some(w);
            }
        }
        Ok(())
    }

    /// One line of large object text, as the expansion writes it (and the rewrite scrubs it).
    fn object_line(&mut self, lo: &mut LargeObjects, line: &[u8]) -> std::io::Result<()> {
        let line = line.trim_ascii();
        if line.is_empty() {
            return Ok(());
        }
        if let Some(rest) = line.strip_prefix(b"SELECT pg_catalog.lo_open('") {
            let oid = rest
                .iter()
                .position(|&b| b == b'\'')
                .and_then(|n| std::str::from_utf8(&rest[..n]).ok()?.parse::<u64>().ok())
                .ok_or_else(|| err("large object: lo_open without an object id".into()))?;
            if lo.open.is_some() {
                return Err(err(format!("large object {oid}: opened inside another")));
            }
            let mut w = lo.spill.take().expect("no object open");
            let mut head = Vec::new();
            self.z.int(&mut head, oid as i64);
            self.put(&mut w, &head)?;
            lo.open = Some(Stream::new(w, self.z, self.archive.compression)?);
        } else if let Some(rest) = line.strip_prefix(b"SELECT pg_catalog.lowrite(0, '\\x") {
            let hex = rest
                .strip_suffix(b"');")
                .ok_or_else(|| err("large object: a lowrite call not as the expansion writes it".into()))?;
            let bytes = crate::util::digest::unhex(hex)
                .ok_or_else(|| err("large object: a lowrite call whose bytes are not hex".into()))?;
            lo.open
                .as_mut()
                .ok_or_else(|| err("large object: lowrite outside lo_open".into()))?
                .write_all(&bytes)?;
        } else if line == b"SELECT pg_catalog.lo_close(0);" {
            let s = lo
                .open
                .take()
                .ok_or_else(|| err("large object: lo_close outside lo_open".into()))?;
            let (w, n) = s.finish()?;
            self.spilled += n;
            lo.spill = Some(w);
        } else {
            let shown: String = String::from_utf8_lossy(&line[..line.len().min(60)]).into();
            return Err(err(format!(
                "large object data holds {shown:?}, which an archive cannot hold"
            )));
        }
        Ok(())
    }

    /// Writes the archive to `out`: header, TOC with the new definitions and the blocks'
    /// offsets, then the blocks. Gives back the bytes written.
    pub fn finish(mut self, out: &mut dyn Write) -> std::io::Result<u64> {
        while self.next < self.cuts.len() {
            super::rewrite::Sink::cut(&mut self)?;
        }
        let mut spill = self
            .spill
            .take()
            .ok_or_else(|| err("archive output: a stream left open".into()))?
            .into_inner()
            .map_err(|e| e.into_error())?;
        for (entry, text) in self.definitions.drain() {
            self.archive.entries[entry].defn = text;
        }
        let head = aw::header(&self.archive, toc::FMT_CUSTOM);
        let toc_len = aw::toc_entries(&self.archive, toc::FMT_CUSTOM, &|_| DataAt::None).len() as u64;
        let base = head.len() as u64 + toc_len;
        let offsets = &self.offsets;
        let toc_bytes = aw::toc_entries(&self.archive, toc::FMT_CUSTOM, &|id| match offsets.get(&id) {
            Some(&o) => DataAt::At(base + o),
            None => DataAt::None,
        });
        out.write_all(&head)?;
        out.write_all(&toc_bytes)?;
        spill.seek(std::io::SeekFrom::Start(0))?;
        let n = std::io::copy(&mut spill, out)?;
        if n != self.spilled {
            return Err(err(format!(
                "archive output: {n} bytes of blocks read back, {} written",
                self.spilled
            )));
        }
        Ok(base + n)
    }
}

impl Write for ArchiveSink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        match &mut self.now {
            In::Gap => {}
            In::Definition(_, text) => {
                if text.len() + b.len() > MAX_LINE {
                    return Err(err("a TOC entry's definition grew past 64 MiB".into()));
                }
                text.extend_from_slice(b)
            }
            In::Data(s) => s.write_all(b)?,
            In::Objects(_) => {
                let In::Objects(mut lo) = std::mem::replace(&mut self.now, In::Gap) else {
                    unreachable!()
                };
                let mut rest = b;
                let mut r = Ok(());
                while let Some(n) = memchr::memchr(b'\n', rest) {
                    let line = if lo.line.is_empty() {
                        rest[..n].to_vec()
                    } else {
                        lo.line.extend_from_slice(&rest[..n]);
                        std::mem::take(&mut lo.line)
                    };
                    rest = &rest[n + 1..];
                    r = self.object_line(&mut lo, &line);
                    if r.is_err() {
                        break;
                    }
                }
                if r.is_ok() {
                    lo.line.extend_from_slice(rest);
                    if lo.line.len() > MAX_LINE {
                        r = Err(err("large object data: a line longer than 64 MiB".into()));
                    }
                }
                self.now = In::Objects(lo);
                r?;
            }
        }
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl super::rewrite::Sink for ArchiveSink {
    fn next_cut(&self) -> Option<u64> {
        self.cuts.get(self.next).map(|c| c.0)
    }

    fn cut(&mut self) -> std::io::Result<()> {
        let Some(&(_, span, start)) = self.cuts.get(self.next) else {
            return Ok(());
        };
        self.next += 1;
        if start {
            self.end()?;
            self.start(span)
        } else {
            self.end()
        }
    }

    fn edited(&mut self, was: &[u8], with: &[u8]) -> std::io::Result<()> {
        if !matches!(self.now, In::Gap) {
            return Ok(());
        }
        // The one edit to pg_restore's own text that an archive can carry: the ALTER ... OWNER
        // TO it writes after a definition, removed with it. The entry keeps no owner, so
        // pg_restore writes none.
        let owner = was.starts_with(b"ALTER ") && memchr::memmem::find(was, b" OWNER TO ").is_some();
        let last = self.next.checked_sub(1).map(|i| self.cuts[i]);
        if let (true, true, Some((_, span, false))) =
            (owner, with.starts_with(super::rewrite::REMOVED.as_bytes()), last)
        {
            if self.spans[span].part == Part::Definition {
                let e = &mut self.archive.entries[self.spans[span].entry];
                e.owner.clear();
                e.raw.owner.clear();
                return Ok(());
            }
        }
        let shown: String = String::from_utf8_lossy(&was[..was.len().min(60)]).into();
        Err(err(format!(
            "an edit to {shown:?}, text pg_restore writes itself (not an entry's definition or data), \
             which an archive cannot carry; write plain SQL instead"
        )))
    }
}
