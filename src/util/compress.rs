//! Compressors that use every core, for what sanitize writes: the zlib streams of a custom
//! archive and `.gz` output (deflate on the rayon pool, the way pigz does it), and zstd frames
//! (libzstd's own workers).
//!
//! Deflate Deflating is the slowest step of writing either (zlib's default level runs
//! at ~50 MB/s on one core), so one stream is cut into blocks compressed side by side:
//!
//! - each block is deflated on its own with the 32 KiB before it as its dictionary, so it may
//!   refer back across the cut as a single compressor would;
//! - each ends with a sync flush (an empty stored block), so the blocks join byte-aligned and
//!   none is marked final; an empty final block ends the stream;
//! - the check value (adler32 for zlib, crc32 for gzip) is computed per block on the pool and
//!   combined in order.
//!
//! The result is one ordinary stream that any inflater reads. Memory is bounded: at most
//! `2 x threads + 2` blocks are in flight, the writer waiting for the oldest beyond that.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::mpsc;

/// Input per task. Large enough that the dictionary and flush cost nothing (a sync flush is
/// five bytes; the ratio stays within 0.1% of one compressor's), small enough to spread a
/// table's data over every thread.
const BLOCK: usize = 1 << 20;
/// How far deflate looks back: what a block may use of the one before it.
const WINDOW: usize = 32 * 1024;

/// The wrapper around the deflate data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrap {
    /// RFC 1950: a two-byte header and the adler32 of the data (pg_dump's gzip compression).
    Zlib,
    /// RFC 1952: a ten-byte header, then the crc32 and length of the data (`.gz` files).
    Gzip,
}

struct Done {
    deflated: io::Result<Vec<u8>>,
    check: u32,
    len: u64,
}

/// A writer that deflates what it is given into `out` on the rayon pool; `finish` ends the
/// stream and gives `out` back.
pub struct ParDeflate<W: Write> {
    out: W,
    wrap: Wrap,
    level: u32,
    header: bool,
    /// Input not yet handed to a task.
    buf: Vec<u8>,
    /// The last `WINDOW` bytes handed on: the next block's dictionary.
    window: Vec<u8>,
    pending: VecDeque<mpsc::Receiver<Done>>,
    in_flight: usize,
    check: u32,
    total: u64,
}

impl<W: Write> ParDeflate<W> {
    /// A stream at zlib `level` (0-9; 6 is zlib's and pg_dump's default).
    pub fn new(out: W, wrap: Wrap, level: u32) -> ParDeflate<W> {
        ParDeflate {
            out,
            wrap,
            level: level.min(9),
            header: false,
            buf: Vec::with_capacity(BLOCK),
            window: Vec::new(),
            pending: VecDeque::new(),
            in_flight: 2 * rayon::current_num_threads() + 2,
            check: match wrap {
                Wrap::Zlib => 1,
                Wrap::Gzip => 0,
            },
            total: 0,
        }
    }

    fn write_header(&mut self) -> io::Result<()> {
        if self.header {
            return Ok(());
        }
        self.header = true;
        match self.wrap {
            // CMF 0x78 (deflate, 32 KiB window), then FLG with the level's FLEVEL and the check
            // bits that make the pair a multiple of 31.
            Wrap::Zlib => self.out.write_all(&[
                0x78,
                match self.level {
                    0 | 1 => 0x01,
                    2..=5 => 0x5e,
                    6 => 0x9c,
                    _ => 0xda,
                },
            ]),
            // No name, no time; XFL 2 at the slowest level, 4 at the fastest; OS unknown.
            Wrap::Gzip => self.out.write_all(&[
                0x1f,
                0x8b,
                8,
                0,
                0,
                0,
                0,
                0,
                match self.level {
                    9 => 2,
                    0 | 1 => 4,
                    _ => 0,
                },
                0xff,
            ]),
        }
    }

    /// Hands the buffered input to a task.
    fn dispatch(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let block = std::mem::replace(&mut self.buf, Vec::with_capacity(BLOCK));
        let mut next = Vec::with_capacity(WINDOW);
        if block.len() < WINDOW {
            next.extend_from_slice(&self.window[self.window.len().saturating_sub(WINDOW - block.len())..]);
        }
        next.extend_from_slice(&block[block.len().saturating_sub(WINDOW)..]);
        let dict = std::mem::replace(&mut self.window, next);
        let (tx, rx) = mpsc::channel();
        let (level, wrap) = (self.level, self.wrap);
        rayon::spawn(move || {
            let check = match wrap {
                Wrap::Zlib => zlib_rs::adler32::adler32(1, &block),
                Wrap::Gzip => zlib_rs::crc32::crc32(0, &block),
            };
            let _ = tx.send(Done {
                deflated: deflate_block(level, &dict, &block),
                check,
                len: block.len() as u64,
            });
        });
        self.pending.push_back(rx);
        while self.pending.len() > self.in_flight {
            self.write_oldest()?;
        }
        Ok(())
    }

    /// Waits for the oldest task and writes what it made.
    fn write_oldest(&mut self) -> io::Result<()> {
        let Some(rx) = self.pending.pop_front() else {
            return Ok(());
        };
        let done = rx.recv().map_err(|_| io::Error::other("a compression task failed"))?;
        self.out.write_all(&done.deflated?)?;
        self.check = match self.wrap {
            Wrap::Zlib => zlib_rs::adler32::adler32_combine(self.check, done.check, done.len),
            Wrap::Gzip => zlib_rs::crc32::crc32_combine(self.check, done.check, done.len),
        };
        self.total += done.len;
        Ok(())
    }

    /// Ends the stream (the blocks still in flight, an empty final block, the check value) and
    /// gives back the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.write_header()?;
        self.dispatch()?;
        while !self.pending.is_empty() {
            self.write_oldest()?;
        }
        // BFINAL, fixed Huffman codes, end of block: ten bits.
        self.out.write_all(&[0x03, 0x00])?;
        match self.wrap {
            Wrap::Zlib => self.out.write_all(&self.check.to_be_bytes())?,
            Wrap::Gzip => {
                self.out.write_all(&self.check.to_le_bytes())?;
                self.out.write_all(&(self.total as u32).to_le_bytes())?;
            }
        }
        Ok(self.out)
    }
}

impl<W: Write> Write for ParDeflate<W> {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.write_header()?;
        let n = b.len().min(BLOCK - self.buf.len());
        self.buf.extend_from_slice(&b[..n]);
        if self.buf.len() == BLOCK {
            self.dispatch()?;
        }
        Ok(n)
    }

    /// Nothing: blocks are written as they finish and by `finish` (cutting the one being
    /// filled short would only cost ratio, and nothing reads a half-written stream).
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Raw deflate of `block` with `dict` as what came before it, ended by a sync flush.
fn deflate_block(level: u32, dict: &[u8], block: &[u8]) -> io::Result<Vec<u8>> {
    let mut c = flate2::Compress::new(flate2::Compression::new(level), false);
    if !dict.is_empty() {
        c.set_dictionary(dict).map_err(io::Error::other)?;
    }
    let mut out = Vec::with_capacity(block.len() / 2 + 1024);
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve(out.capacity().max(4096));
        }
        let at = c.total_in() as usize;
        c.compress_vec(&block[at..], &mut out, flate2::FlushCompress::Sync)
            .map_err(io::Error::other)?;
        // The flush is complete once all input is in and the output was not filled.
        if c.total_in() as usize == block.len() && out.len() < out.capacity() {
            return Ok(out);
        }
    }
}

/// A zstd encoder at `level` that compresses on as many threads as the rayon pool has (libzstd
/// cuts the frame into jobs itself; the output is one ordinary frame).
pub fn zstd_encoder<W: Write>(w: W, level: i32) -> io::Result<zstd::Encoder<'static, W>> {
    let mut e = zstd::Encoder::new(w, level)?;
    let n = rayon::current_num_threads();
    if n > 1 {
        e.multithread(n as u32)?;
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn sample(n: usize) -> Vec<u8> {
        // Text that compresses (repeats across block cuts) with some noise in it.
        let mut v = Vec::with_capacity(n);
        let mut x = 0x2545_f491_4f6c_dd1du64;
        while v.len() < n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            v.extend_from_slice(format!("{}\tuser{}@example.com\t{}\n", x % 1000, x % 977, x).as_bytes());
        }
        v.truncate(n);
        v
    }

    fn write_in_pieces(w: &mut impl Write, data: &[u8]) {
        // Pieces of odd sizes, so block cuts fall anywhere.
        let mut at = 0;
        let mut step = 1;
        while at < data.len() {
            let end = (at + step).min(data.len());
            w.write_all(&data[at..end]).unwrap();
            at = end;
            step = (step * 7 + 3) % 300_001;
        }
    }

    #[test]
    fn parallel_streams_inflate_to_their_input() {
        for n in [0, 1, 1000, WINDOW - 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 12345] {
            let data = sample(n);
            for level in [1, 6, 9] {
                let mut z = ParDeflate::new(Vec::new(), Wrap::Zlib, level);
                write_in_pieces(&mut z, &data);
                let z = z.finish().unwrap();
                let mut back = Vec::new();
                flate2::read::ZlibDecoder::new(&z[..]).read_to_end(&mut back).unwrap();
                assert!(back == data, "zlib, {n} bytes, level {level}");

                let mut g = ParDeflate::new(Vec::new(), Wrap::Gzip, level);
                write_in_pieces(&mut g, &data);
                let g = g.finish().unwrap();
                let mut back = Vec::new();
                // The gzip decoder checks the crc32 and the length.
                flate2::read::GzDecoder::new(&g[..]).read_to_end(&mut back).unwrap();
                assert!(back == data, "gzip, {n} bytes, level {level}");
            }
            let mut e = zstd_encoder(Vec::new(), 3).unwrap();
            write_in_pieces(&mut e, &data);
            assert!(
                zstd::decode_all(&e.finish().unwrap()[..]).unwrap() == data,
                "zstd, {n} bytes"
            );
        }
    }

    #[test]
    fn the_ratio_is_close_to_one_compressor() {
        let data = sample(4 * BLOCK);
        let mut z = ParDeflate::new(Vec::new(), Wrap::Zlib, 6);
        z.write_all(&data).unwrap();
        let par = z.finish().unwrap().len();
        let mut one = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
        one.write_all(&data).unwrap();
        let one = one.finish().unwrap().len();
        // Without the dictionary each block would start cold; with it, within a percent.
        assert!(
            par as f64 <= one as f64 * 1.01,
            "parallel {par} bytes, one compressor {one}"
        );
    }

    #[test]
    fn a_corrupted_stream_fails_its_check() {
        let data = sample(2 * BLOCK);
        let mut z = ParDeflate::new(Vec::new(), Wrap::Zlib, 6);
        z.write_all(&data).unwrap();
        let mut z = z.finish().unwrap();
        let n = z.len();
        z[n - 1] ^= 1;
        let mut back = Vec::new();
        assert!(flate2::read::ZlibDecoder::new(&z[..]).read_to_end(&mut back).is_err());
    }
}
