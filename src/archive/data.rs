//! Where an archive keeps each TOC entry's data, and decompressing it: custom archives hold
//! blocks after the TOC (block type, dump id, then length-prefixed chunks ending in a zero
//! length); directories and tarballs hold one file per entry (`3680.dat`, `.dat.gz`, `.dat.lz4`,
//! `.dat.zst`) and `blobs*.toc` lists of large objects.

use super::toc::{Compression, Reader};
use super::{ArchiveError, Result};
use std::collections::HashMap;
use std::io::Read;

pub const BLK_DATA: u8 = 1;
pub const BLK_BLOBS: u8 = 3;

/// One data block of a custom archive: its type and where its chunks start.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub kind: u8,
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

/// The concatenated chunk payloads starting at `r.pos` (one compressed stream).
fn chunks(r: &mut Reader) -> Result<Vec<u8>> {
    let mut v = Vec::new();
    loop {
        let at = r.pos as u64;
        let n = r.int()?;
        if n == 0 {
            return Ok(v);
        }
        let n = usize::try_from(n).map_err(|_| ArchiveError::new(at, format!("negative chunk length {n}")))?;
        v.extend_from_slice(r.bytes(n)?);
    }
}

/// Table data of a custom archive block, decompressed.
pub fn custom_data(b: &[u8], block: Block, int_size: usize, c: Compression, limit: &mut Budget) -> Result<Vec<u8>> {
    let mut r = Reader::new(b);
    r.int_size = int_size;
    r.pos = block.start;
    let raw = chunks(&mut r)?;
    expand(&raw, c, block.start as u64, limit)
}

/// Large objects of a custom archive block: (oid, contents).
pub fn custom_blobs(
    b: &[u8],
    block: Block,
    int_size: usize,
    c: Compression,
    limit: &mut Budget,
) -> Result<Vec<(u64, Vec<u8>)>> {
    let mut r = Reader::new(b);
    r.int_size = int_size;
    r.pos = block.start;
    let mut out = Vec::new();
    loop {
        let oid = r.int()?;
        if oid == 0 {
            return Ok(out);
        }
        let at = r.pos as u64;
        let raw = chunks(&mut r)?;
        out.push((oid as u64, expand(&raw, c, at, limit)?));
    }
}

/// How many more expanded bytes may be held: archives and compressed dumps are expanded in
/// memory, so the total is capped rather than left to grow with the input.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub left: u64,
    pub limit: u64,
}

impl Budget {
    pub fn new(limit: u64) -> Budget {
        Budget { left: limit, limit }
    }
    fn take(&mut self, n: u64, at: u64) -> Result<()> {
        if n > self.left {
            return Err(ArchiveError::new(
                at,
                format!(
                    "expands to more than {} MiB, the limit for compressed and archive input (PGSCREEN_MAX_EXPANDED_MIB)",
                    self.limit >> 20
                ),
            ));
        }
        self.left -= n;
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

/// Decompresses one stream, within the budget.
pub fn expand(raw: &[u8], declared: Compression, at: u64, budget: &mut Budget) -> Result<Vec<u8>> {
    let c = detect(raw, declared);
    if c == Compression::None {
        budget.take(raw.len() as u64, at)?;
        return Ok(raw.to_vec());
    }
    let reader: Box<dyn Read + '_> = match c {
        Compression::Gzip if raw.starts_with(&[0x1f, 0x8b]) => Box::new(flate2::read::MultiGzDecoder::new(raw)),
        Compression::Gzip => Box::new(flate2::read::ZlibDecoder::new(raw)),
        Compression::Lz4 => Box::new(lz4_flex::frame::FrameDecoder::new(raw)),
        Compression::Zstd => Box::new(
            zstd::stream::read::Decoder::with_buffer(raw).map_err(|e| ArchiveError::new(at, format!("zstd: {e}")))?,
        ),
        Compression::None => unreachable!(),
    };
    read_all(reader, c, at, budget)
}

/// Reads a decompressing reader to the end, within the budget.
pub fn read_all(reader: impl Read, c: Compression, at: u64, budget: &mut Budget) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    // One byte past the budget tells "too big" from "exactly the budget".
    let cap = budget.left.saturating_add(1);
    reader
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|e| ArchiveError::new(at, format!("{} data is corrupt or truncated: {e}", c.name())))?;
    budget.take(out.len() as u64, at)?;
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
