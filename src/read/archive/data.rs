//! Where an archive keeps each TOC entry's data, and decompressing it: custom archives hold
//! blocks after the TOC (block type, dump id, then length-prefixed chunks ending in a zero
//! length); directories and tarballs hold one file per entry (`3680.dat`, `.dat.gz`, `.dat.lz4`,
//! `.dat.zst`) and `blobs*.toc` lists of large objects.

use super::toc::{Compression, Reader};
use super::{ArchiveError, Result};
use std::collections::HashMap;
use std::io::Read;

/// Block type of table data: one chunk stream.
pub const BLK_DATA: u8 = 1;
/// Block type of large objects: each an oid and a chunk stream, then an oid of 0.
pub const BLK_BLOBS: u8 = 3;

/// One data block of a custom archive: its type and where its chunks start.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// [`BLK_DATA`] or [`BLK_BLOBS`].
    pub kind: u8,
    /// Byte offset in the archive just past the block's dump id: its first chunk (or oid).
    pub start: usize,
}

/// Indexes every data block after the TOC by dump id, reading only the chunk headers. Works
/// whether or not the TOC recorded offsets (archives written to a pipe do not).
pub fn index_blocks(b: &[u8], toc_end: usize, int_size: usize) -> Result<HashMap<i64, Block>> {
    let mut r = Reader::new(b);
    r.int_size = int_size;
    r.pos = toc_end;
    let mut out = HashMap::new();
    while r.pos < b.len() {
        let at = r.pos as u64;
        let kind = r.byte()?;
        let id = r.int()?;
        let ctx = format!("data block of dump id {id}");
        let start = r.pos;
        match kind {
            BLK_DATA => skip_chunks(&mut r).map_err(|e| e.within(ctx))?,
            BLK_BLOBS => loop {
                let oid = r.int().map_err(|e| e.within(ctx.clone()))?;
                if oid == 0 {
                    break;
                }
                skip_chunks(&mut r).map_err(|e| e.within(ctx.clone()))?;
            },
            k => {
                return Err(ArchiveError::new(
                    at,
                    format!("unknown data block type {k} (corrupt archive, or not at a block boundary)"),
                ))
            }
        }
        out.insert(id, Block { kind, start });
    }
    Ok(out)
}

fn skip_chunks(r: &mut Reader) -> Result<()> {
    loop {
        let at = r.pos as u64;
        let n = r.int()?;
        if n == 0 {
            return Ok(());
        }
        let n = usize::try_from(n).map_err(|_| ArchiveError::new(at, format!("negative chunk length {n}")))?;
        r.bytes(n)?;
    }
}

/// The payload of a chunk stream (length-prefixed chunks ending in a zero length), read as
/// one byte stream without copying it out first.
pub struct ChunkReader<'b> {
    r: Reader<'b>,
    /// Bytes left in the current chunk.
    left: usize,
    done: bool,
}

impl<'b> ChunkReader<'b> {
    /// The chunk stream at byte offset `start` of `b`, its integers `int_size` bytes.
    pub fn new(b: &'b [u8], start: usize, int_size: usize) -> Self {
        let mut r = Reader::new(b);
        r.int_size = int_size;
        r.pos = start;
        ChunkReader {
            r,
            left: 0,
            done: false,
        }
    }

    /// Moves past the rest of the stream (a decoder may stop before the final zero length);
    /// returns the position after it.
    pub fn finish(&mut self) -> Result<usize> {
        if !self.done {
            self.r.pos += self.left;
            self.left = 0;
            skip_chunks(&mut self.r)?;
            self.done = true;
        }
        Ok(self.r.pos)
    }

    fn next_chunk(&mut self) -> Result<()> {
        let at = self.r.pos as u64;
        let n = self.r.int()?;
        if n == 0 {
            self.done = true;
            return Ok(());
        }
        let n = usize::try_from(n).map_err(|_| ArchiveError::new(at, format!("negative chunk length {n}")))?;
        if self.r.pos.checked_add(n).is_none_or(|e| e > self.r.b.len()) {
            // Let the reader name the short field.
            self.r.bytes(n)?;
        }
        self.left = n;
        Ok(())
    }
}

impl Read for ChunkReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.left == 0 {
            if self.done {
                return Ok(0);
            }
            self.next_chunk().map_err(std::io::Error::other)?;
        }
        let n = out.len().min(self.left);
        out[..n].copy_from_slice(&self.r.b[self.r.pos..self.r.pos + n]);
        self.r.pos += n;
        self.left -= n;
        Ok(n)
    }
}

/// Table data of a custom archive block, decompressed as it is read.
pub fn custom_data<'b>(
    b: &'b [u8],
    block: Block,
    int_size: usize,
    c: Compression,
) -> Result<(Box<dyn Read + 'b>, Compression)> {
    decoder(ChunkReader::new(b, block.start, int_size), c, block.start as u64)
}

/// Called with each large object: oid, its contents (decompressed as read), their
/// compression, and the offset they start at.
pub type EachBlob<'c> = dyn FnMut(u64, &mut dyn Read, Compression, u64) -> Result<()> + 'c;

/// Large objects of a custom archive block, handed to `each` one by one.
pub fn custom_blobs(b: &[u8], block: Block, int_size: usize, c: Compression, each: &mut EachBlob) -> Result<()> {
    let mut r = Reader::new(b);
    r.int_size = int_size;
    r.pos = block.start;
    loop {
        let oid = r.int()?;
        if oid == 0 {
            return Ok(());
        }
        let at = r.pos as u64;
        let mut chunks = ChunkReader::new(b, r.pos, int_size);
        {
            let (mut d, dc) = decoder(&mut chunks, c, at)?;
            each(oid as u64, &mut d, dc, at)?;
        }
        r.pos = chunks.finish()?;
    }
}

/// A reader of `raw` decompressed: the compression its first bytes show, else `declared`.
pub fn decoder<'r>(
    mut raw: impl Read + 'r,
    declared: Compression,
    at: u64,
) -> Result<(Box<dyn Read + 'r>, Compression)> {
    let mut head = [0u8; 4];
    let n = crate::read::stream::fill(&mut raw, &mut head).map_err(|e| from_io(e, Compression::None, at))?;
    let c = detect(&head[..n], declared);
    let raw = std::io::Cursor::new(head).take(n as u64).chain(raw);
    let r: Box<dyn Read + 'r> = match c {
        Compression::None => Box::new(raw),
        Compression::Gzip if head[..n].starts_with(&[0x1f, 0x8b]) => Box::new(flate2::read::MultiGzDecoder::new(raw)),
        Compression::Gzip => Box::new(flate2::read::ZlibDecoder::new(raw)),
        Compression::Lz4 => Box::new(lz4_flex::frame::FrameDecoder::new(raw)),
        Compression::Zstd => {
            Box::new(zstd::stream::read::Decoder::new(raw).map_err(|e| ArchiveError::new(at, format!("zstd: {e}")))?)
        }
    };
    Ok((r, c))
}

/// An archive error from a failed read: the reader's own (a truncated chunk stream), or the
/// decompressor's complaint.
pub fn from_io(e: std::io::Error, c: Compression, at: u64) -> ArchiveError {
    if let Some(a) = e.get_ref().and_then(|x| x.downcast_ref::<ArchiveError>()) {
        return a.clone();
    }
    match c {
        Compression::None => ArchiveError::new(at, format!("cannot read data: {e}")),
        c => ArchiveError::new(at, format!("{} data is corrupt or truncated: {e}", c.name())),
    }
}

/// Reads `r` to its end in pieces of `piece` bytes (the last may be shorter), handing each
/// to `put` (which returns false to stop early), within the budget.
pub fn pump(
    r: &mut dyn Read,
    c: Compression,
    at: u64,
    piece: usize,
    budget: &mut Budget,
    put: &mut dyn FnMut(&[u8]) -> bool,
) -> Result<()> {
    let mut buf = vec![0u8; piece];
    loop {
        let n = crate::read::stream::fill(r, &mut buf).map_err(|e| from_io(e, c, at))?;
        if n == 0 {
            return Ok(());
        }
        budget.take(n as u64, at)?;
        // `put` says stop when nobody reads on.
        if !put(&buf[..n]) || n < piece {
            return Ok(());
        }
    }
}

/// How many more expanded bytes may be produced: a cap on what an archive or compressed dump
/// may expand to (memory when it is expanded in memory, time when it is streamed), in bytes
/// and as a multiple of the input's own size.
#[derive(Debug, Clone)]
pub struct Budget {
    /// Bytes that may still be produced.
    pub left: u64,
    /// Bytes that may be produced in all (`--max-expanded`, or less).
    pub limit: u64,
    /// Past `floor` bytes, at most `ratio` times `base`.
    ratio: u64,
    floor: u64,
    base: Base,
}

/// The size an expansion is measured against: a file's size, or a pipe's bytes read so far.
#[derive(Debug, Clone, Default)]
pub struct Base(std::sync::Arc<std::sync::atomic::AtomicU64>);

impl Base {
    /// A size known up front: a file's, in bytes.
    pub fn fixed(n: u64) -> Base {
        Base(std::sync::Arc::new(n.into()))
    }
    /// A count the reader of a pipe moves on as it reads.
    pub fn live() -> Base {
        Base::default()
    }
    /// Moves a live count on to `n` bytes read.
    pub fn set(&self, n: u64) {
        self.0.store(n, std::sync::atomic::Ordering::Relaxed)
    }
    fn get(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Budget {
    /// `limit` bytes, with no ratio checked (see [`Budget::with_ratio`]).
    pub fn new(limit: u64) -> Budget {
        Budget {
            left: limit,
            limit,
            ratio: 0,
            floor: 0,
            base: Base::default(),
        }
    }
    /// Also refuse expanding past `ratio` times `base` once more than `floor` bytes are out.
    pub fn with_ratio(mut self, ratio: u64, floor: u64, base: Base) -> Budget {
        (self.ratio, self.floor, self.base) = (ratio, floor, base);
        self
    }
    /// Charges `n` more bytes (`at` is the offset errors name): an error past the limit or
    /// the ratio.
    pub fn take(&mut self, n: u64, at: u64) -> Result<()> {
        if n > self.left {
            return Err(ArchiveError::new(
                at,
                format!(
                    "expands to more than {} MiB, the limit for compressed and archive input (--max-expanded)",
                    self.limit >> 20
                ),
            ));
        }
        self.left -= n;
        let out = self.limit - self.left;
        if self.ratio > 0 && out > self.floor {
            let base = self.base.get().max(1);
            if out / base >= self.ratio {
                return Err(ArchiveError::new(
                    at,
                    format!(
                        "expands to more than {} times its size ({out} bytes from {base}): a decompression bomb? (--max-ratio raises the limit)",
                        self.ratio
                    ),
                ));
            }
        }
        Ok(())
    }
}

/// The compression a stream's magic bytes show: a gzip file, a zstd frame or an lz4 frame.
/// (zlib streams, as custom archives hold gzip data, have no magic to speak of.)
pub fn compression_of(raw: &[u8]) -> Option<Compression> {
    if raw.starts_with(&[0x1f, 0x8b]) {
        Some(Compression::Gzip)
    } else if raw.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Some(Compression::Zstd)
    } else if raw.starts_with(&[0x04, 0x22, 0x4d, 0x18]) {
        Some(Compression::Lz4)
    } else {
        None
    }
}

/// What compression a stream's first bytes show, falling back to `declared`.
fn detect(raw: &[u8], declared: Compression) -> Compression {
    compression_of(raw).unwrap_or(declared)
}

/// Decompresses one stream into memory, within the budget.
pub fn expand(raw: &[u8], declared: Compression, at: u64, budget: &mut Budget) -> Result<Vec<u8>> {
    let (mut r, c) = decoder(raw, declared, at)?;
    read_all(&mut r, c, at, budget)
}

/// Reads a (decompressing) reader to its end into memory, within the budget.
pub fn read_all(r: &mut dyn Read, c: Compression, at: u64, budget: &mut Budget) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    pump(r, c, at, 1 << 20, budget, &mut |b| {
        out.extend_from_slice(b);
        true
    })?;
    Ok(out)
}

/// `blobs.toc` lines: `OID FILENAME`.
pub fn blob_list(text: &[u8]) -> Vec<(u64, String)> {
    String::from_utf8_lossy(text)
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let oid = it.next()?.parse().ok()?;
            Some((oid, it.next()?.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn expands_each_compression_and_detects_by_magic() {
        let text = b"1\tone\n2\ttwo\n\\.\n\n\n".repeat(50);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&text).unwrap();
        let gz = gz.finish().unwrap();
        let mut zl = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zl.write_all(&text).unwrap();
        let zl = zl.finish().unwrap();
        let mut lz = lz4_flex::frame::FrameEncoder::new(Vec::new());
        lz.write_all(&text).unwrap();
        let lz = lz.finish().unwrap();
        let zs = zstd::encode_all(&text[..], 3).unwrap();
        for (raw, declared) in [
            (&gz, Compression::None),
            (&zl, Compression::Gzip),
            (&lz, Compression::None),
            (&zs, Compression::None),
            (&text, Compression::None),
        ] {
            let mut b = Budget::new(1 << 20);
            assert_eq!(expand(raw, declared, 0, &mut b).unwrap(), text);
        }
    }

    #[test]
    fn the_budget_stops_a_bomb() {
        let zeros = vec![0u8; 1 << 20];
        let zs = zstd::encode_all(&zeros[..], 3).unwrap();
        let mut b = Budget::new(1000);
        let e = expand(&zs, Compression::Zstd, 7, &mut b).unwrap_err();
        assert!(e.what.contains("expands to more than"), "{e}");
    }

    #[test]
    fn corrupt_streams_are_errors() {
        let mut b = Budget::new(1 << 20);
        assert!(expand(b"\x1f\x8b\x08\x00garbage", Compression::Gzip, 0, &mut b).is_err());
        assert!(expand(b"\x78\x9cgarbage", Compression::Gzip, 0, &mut b).is_err());
        assert!(expand(b"\x28\xb5\x2f\xfdgarbage", Compression::Zstd, 0, &mut b).is_err());
    }
}
