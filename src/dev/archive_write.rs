//! Writes custom archives and `toc.dat` files in the archiver's layout, at a chosen archive
//! version and compression, with or without data offsets. Used to make test fixtures (lz4 and
//! zstd archives, archives written as if to a pipe) and fuzz seeds, with the layout
//! `read::archive::write` writes.

use crate::read::archive::toc::{self, Archive, Compression};
pub use crate::read::archive::write::Payload;
use crate::read::archive::write::{self as aw, DataAt};
use std::collections::HashMap;
use std::io::Write;

/// Compresses one data stream as the archive's data chunks hold it (zlib for gzip).
pub fn compress(c: Compression, data: &[u8]) -> Vec<u8> {
    match c {
        Compression::None => data.to_vec(),
        Compression::Gzip => {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(data).expect("in-memory write");
            e.finish().expect("in-memory write")
        }
        Compression::Lz4 => {
            let mut e = lz4_flex::frame::FrameEncoder::new(Vec::new());
            e.write_all(data).expect("in-memory write");
            e.finish().expect("in-memory write")
        }
        Compression::Zstd => zstd::encode_all(data, 3).expect("in-memory write"),
    }
}

/// Compresses a directory member as pg_dump names it (`.gz` is a gzip file).
pub fn compress_file(c: Compression, data: &[u8]) -> (Vec<u8>, &'static str) {
    match c {
        Compression::Gzip => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(data).expect("in-memory write");
            (e.finish().expect("in-memory write"), ".gz")
        }
        Compression::Lz4 => (compress(c, data), ".lz4"),
        Compression::Zstd => (compress(c, data), ".zst"),
        Compression::None => (data.to_vec(), ""),
    }
}

/// A custom archive of `a`'s entries with `data` (by dump id), compressed as `a.compression`.
/// `with_offsets: false` writes what pg_dump writes to a pipe (no seekable output).
pub fn custom(a: &Archive, data: &HashMap<i64, Payload>, with_offsets: bool) -> Vec<u8> {
    aw::custom_in_memory(a, data, with_offsets)
}

/// A `toc.dat` for a directory (or tar) archive of `a`'s entries.
pub fn toc_dat(a: &Archive, format: u8) -> Vec<u8> {
    let mut b = aw::header(a, format);
    b.extend(aw::toc_entries(a, format, &|_| DataAt::None));
    b
}

/// Reads a custom archive's entries and data payloads (to re-write them differently).
pub fn read_custom(b: &[u8]) -> crate::read::archive::Result<(Archive, HashMap<i64, Payload>)> {
    let a = toc::parse(b)?;
    let blocks = crate::read::archive::data::index_blocks(b, a.toc_end, a.int_size)?;
    let mut budget = crate::read::archive::data::Budget::new(u64::MAX / 2);
    let mut out = HashMap::new();
    for (id, blk) in blocks {
        let p = if blk.kind == crate::read::archive::data::BLK_DATA {
            let (mut r, c) = crate::read::archive::data::custom_data(b, blk, a.int_size, a.compression)?;
            Payload::Table(crate::read::archive::data::read_all(
                &mut r,
                c,
                blk.start as u64,
                &mut budget,
            )?)
        } else {
            let mut blobs = Vec::new();
            crate::read::archive::data::custom_blobs(b, blk, a.int_size, a.compression, &mut |oid, r, c, at| {
                blobs.push((oid, crate::read::archive::data::read_all(r, c, at, &mut budget)?));
                Ok(())
            })?;
            Payload::Blobs(blobs)
        };
        out.insert(id, p);
    }
    Ok((a, out))
}
