//! Input that arrives as a stream (a decompressed dump, an archive expanded on the fly,
//! standard input): it is read in windows of bounded size, each handed whole to the pass
//! ([`crate::sql::pass::Pass::feed`]), which says how much it consumed; the rest — an item the
//! window's end cut — starts the next window. Memory is the window plus the largest single
//! statement or COPY line, whatever the size of the dump.

use std::io::Read;
use std::sync::mpsc;

/// Bytes per window: large enough that the parallel scan of one window keeps every core busy.
pub const WINDOW: usize = 16 << 20;

/// The window size: [`WINDOW`], or `PGSCREEN_WINDOW_KIB` (tests use small windows to cut
/// real dumps at many places).
pub fn window() -> usize {
    std::env::var("PGSCREEN_WINDOW_KIB")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .map_or(WINDOW, |k| (k << 10).max(1))
}

/// The longest single item (statement, meta-command, COPY line) a window grows to hold: the
/// server allocates at most 1 GB for a query string or a data line, so a longer one is no
/// dump it could load, and memory stays bounded whatever the input.
pub const MAX_ITEM: usize = 1 << 30;

/// Reads into `buf` until it is full or the input ends; how many bytes were read.
pub fn fill(read: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match read.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Calls `each(window, last)` over `read`'s bytes; `each` returns how many bytes of the window
/// it consumed. A window that consumes nothing (one item bigger than the window) is grown.
pub fn for_each_window<E>(
    read: &mut dyn Read,
    window: usize,
    mut each: impl FnMut(&[u8], bool) -> Result<usize, E>,
    io_error: impl Fn(std::io::Error) -> E,
) -> Result<(), E> {
    let mut buf: Vec<u8> = Vec::new();
    let mut want = window;
    loop {
        let have = buf.len();
        // Read straight into the window (read_to_end would grow it by doubling).
        buf.reserve_exact(want.saturating_sub(buf.len()));
        buf.resize(want, 0);
        let got = fill(read, &mut buf[have..]).map_err(&io_error)?;
        buf.truncate(have + got);
        let last = have + got < want;
        let consumed = each(&buf, last)?;
        if last {
            return Ok(());
        }
        buf.drain(..consumed);
        // At least half a window of new bytes per round; double when nothing was consumed.
        want = window.max(buf.len() + window / 2);
        if consumed == 0 {
            if buf.len() >= MAX_ITEM {
                return Err(io_error(std::io::Error::other(format!(
                    "one statement or data line runs past {} MiB, PostgreSQL's own limit (MaxAllocSize): no server could load it",
                    MAX_ITEM >> 20
                ))));
            }
            want = want.max(buf.len() * 2).min(MAX_ITEM + window);
        }
    }
}

/// A bound on work handed to the pool and not yet done: the pass waits at the gate when it
/// runs ahead of the workers (pg_dump's INSERTs are read faster than their rows are scanned),
/// so queued row batches cannot pile up in memory.
pub struct Gate {
    count: std::sync::Mutex<usize>,
    freed: std::sync::Condvar,
    max: usize,
}

impl Gate {
    /// A gate that lets at most `max` pieces of work out at once (at least one).
    pub fn new(max: usize) -> Gate {
        Gate {
            count: std::sync::Mutex::new(0),
            freed: std::sync::Condvar::new(),
            max: max.max(1),
        }
    }

    /// Waits until fewer than `max` pieces of work are out, and counts one more.
    pub fn enter(&self) {
        let mut n = self.count.lock().unwrap_or_else(|e| e.into_inner());
        while *n >= self.max {
            n = self.freed.wait(n).unwrap_or_else(|e| e.into_inner());
        }
        *n += 1;
    }

    /// One piece of work is done.
    pub fn leave(&self) {
        let mut n = self.count.lock().unwrap_or_else(|e| e.into_inner());
        *n = n.saturating_sub(1);
        self.freed.notify_one();
    }
}

/// A reader fed by another thread in blocks, so decompressing (or expanding an archive) runs
/// beside the pass instead of before it. An error from the producer ends the stream.
pub struct Blocks {
    rx: mpsc::Receiver<std::io::Result<Vec<u8>>>,
    cur: Vec<u8>,
    at: usize,
    done: bool,
}

/// Blocks in flight between producer and reader (each about [`BLOCK`] bytes): a whole
/// window, so that the producer expands the next window while the pass and the workers are on
/// this one. With four (a quarter window) the producer stopped soon after each window was
/// handed on, and the next window waited for three quarters of its expansion while the
/// workers had nothing to do: `verify` of a gzip custom archive used 1.5 of 2 cores.
const IN_FLIGHT: usize = WINDOW / BLOCK;
/// Size of the blocks a producer sends.
pub const BLOCK: usize = 1 << 20;

/// The producer's end: `put` buffers bytes and sends full blocks.
pub struct BlockWriter {
    tx: mpsc::SyncSender<std::io::Result<Vec<u8>>>,
    buf: Vec<u8>,
    /// The reader has gone (the pass stopped early): stop producing.
    pub closed: bool,
}

/// A channel of blocks: the writer for the producer thread, the reader for the pass.
pub fn blocks() -> (BlockWriter, Blocks) {
    let (tx, rx) = mpsc::sync_channel(IN_FLIGHT);
    (
        BlockWriter {
            tx,
            buf: Vec::with_capacity(BLOCK),
            closed: false,
        },
        Blocks {
            rx,
            cur: Vec::new(),
            at: 0,
            done: false,
        },
    )
}

impl BlockWriter {
    /// Buffers `b`, sending the buffer once it holds a [`BLOCK`]; nothing once the reader
    /// has gone.
    pub fn put(&mut self, b: &[u8]) {
        if self.closed {
            return;
        }
        self.buf.extend_from_slice(b);
        if self.buf.len() >= BLOCK {
            let full = std::mem::replace(&mut self.buf, Vec::with_capacity(BLOCK));
            self.closed = self.tx.send(Ok(full)).is_err();
        }
    }

    /// Sends what is buffered, then `end` (an error ends the stream with it).
    pub fn finish(mut self, end: std::io::Result<()>) {
        let rest = std::mem::take(&mut self.buf);
        if !rest.is_empty() && self.tx.send(Ok(rest)).is_err() {
            return;
        }
        if let Err(e) = end {
            let _ = self.tx.send(Err(e));
        }
    }
}

impl std::io::Write for BlockWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.put(b);
        if self.closed {
            return Err(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "reader gone"));
        }
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Read for Blocks {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.cur.len() {
            if self.done {
                return Ok(0);
            }
            match self.rx.recv() {
                Ok(Ok(b)) => {
                    self.cur = b;
                    self.at = 0;
                }
                Ok(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                // The producer finished (its sender dropped).
                Err(_) => {
                    self.done = true;
                    return Ok(0);
                }
            }
        }
        let n = out.len().min(self.cur.len() - self.at);
        out[..n].copy_from_slice(&self.cur[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_input_and_grow_for_big_items() {
        let data: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let mut seen = Vec::new();
        let mut sizes = Vec::new();
        // Consume up to the last multiple of 700 bytes: like items that do not fit.
        for_each_window(
            &mut &data[..],
            1000,
            |w: &[u8], last| -> Result<usize, std::io::Error> {
                sizes.push(w.len());
                let n = if last { w.len() } else { w.len() / 700 * 700 };
                seen.extend_from_slice(&w[..n]);
                Ok(n)
            },
            |e| e,
        )
        .unwrap();
        assert_eq!(seen, data);
        assert!(sizes.iter().all(|&s| s <= 2000), "{sizes:?}");
    }

    #[test]
    fn blocks_carry_bytes_and_errors_across_threads() {
        let (mut w, mut r) = blocks();
        let t = std::thread::spawn(move || {
            for i in 0..3000u32 {
                w.put(&i.to_le_bytes().repeat(1000));
            }
            w.finish(Err(std::io::Error::other("boom")));
        });
        let mut got = Vec::new();
        let e = r.read_to_end(&mut got).unwrap_err();
        t.join().unwrap();
        assert_eq!(e.to_string(), "boom");
        assert_eq!(got.len(), 3000 * 4000);
        assert_eq!(&got[4000..4004], &1u32.to_le_bytes());
    }
}
