//! Writes custom archives and `toc.dat` files in the archiver's layout, at a chosen archive
//! version and compression, with or without data offsets. Used to make test fixtures (lz4 and
//! zstd archives, archives written as if to a pipe) and fuzz seeds; pgscreen itself only reads.

use crate::read::archive::data::{BLK_BLOBS, BLK_DATA};
use crate::read::archive::toc::{self, Archive, Compression};
use std::collections::HashMap;
use std::io::Write;

struct W {
    b: Vec<u8>,
    int_size: usize,
    off_size: usize,
}

impl W {
    fn int(&mut self, v: i64) {
        self.b.push(u8::from(v < 0));
        let m = v.unsigned_abs();
        for i in 0..self.int_size {
            self.b.push(if i < 8 { (m >> (8 * i)) as u8 } else { 0 });
        }
    }
    fn str(&mut self, s: Option<&[u8]>) {
        match s {
            None => self.int(-1),
            Some(s) => {
                self.int(s.len() as i64);
                self.b.extend_from_slice(s);
            }
        }
    }
    fn offset(&mut self, flag: u8, v: u64) {
        self.b.push(flag);
        for i in 0..self.off_size {
            self.b.push(if i < 8 { (v >> (8 * i)) as u8 } else { 0 });
        }
    }
}

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

fn header(a: &Archive, w: &mut W, format: u8) {
    w.b.extend_from_slice(b"PGDMP");
    w.b.extend_from_slice(&[(a.version >> 16) as u8, (a.version >> 8) as u8, a.version as u8]);
    w.b.extend_from_slice(&[w.int_size as u8, w.off_size as u8, format]);
    if a.version >= toc::K_VERS_1_15 {
        w.b.push(match a.compression {
            Compression::None => 0,
            Compression::Gzip => 1,
            Compression::Lz4 => 2,
            Compression::Zstd => 3,
        });
    } else {
        w.int(if a.compression == Compression::None { 0 } else { -1 });
    }
    for v in [0, 0, 12, 1, 0, 126, 0] {
        w.int(v);
    }
    w.str(Some(a.dbname.as_bytes()));
    w.str(Some(a.server_version.as_bytes()));
    w.str(Some(a.dump_version.as_bytes()));
}

fn toc_entries(a: &Archive, w: &mut W, format: u8, offsets: &HashMap<i64, u64>, with_offsets: bool) {
    w.int(a.entries.len() as i64);
    for e in &a.entries {
        // Names as the archive held them (the `String`s are lossy copies).
        w.int(e.dump_id);
        w.int(i64::from(e.had_dumper));
        w.str(Some(e.tableoid.as_bytes()));
        w.str(Some(e.oid.as_bytes()));
        w.str(Some(&e.raw.tag));
        w.str(Some(e.desc.as_bytes()));
        w.int(e.section);
        w.str(Some(&e.defn));
        w.str(Some(&e.raw.drop_stmt));
        w.str(Some(&e.copy_stmt));
        w.str((!e.namespace_null).then_some(&e.raw.namespace));
        w.str(Some(&e.raw.tablespace));
        if a.version >= toc::K_VERS_1_14 {
            w.str(Some(e.tableam.as_bytes()));
        }
        if a.version >= toc::K_VERS_1_16 {
            w.int(e.relkind);
        }
        w.str((!e.owner_null).then_some(&e.raw.owner));
        w.str(Some(b"false"));
        for d in &e.deps {
            w.str(Some(d.to_string().as_bytes()));
        }
        w.str(None);
        if format == toc::FMT_CUSTOM {
            match offsets.get(&e.dump_id) {
                Some(&o) if with_offsets => w.offset(toc::K_OFFSET_POS_SET, o),
                Some(_) => w.offset(toc::K_OFFSET_POS_NOT_SET, 0),
                None => w.offset(toc::K_OFFSET_NO_DATA, 0),
            }
        } else {
            w.str(e.filename.as_deref().map(str::as_bytes));
        }
    }
}

/// What an entry's data block holds.
pub enum Payload {
    /// A table's COPY text, rows ending in newlines and no `\.` line.
    Table(Vec<u8>),
    /// Large objects: (OID, contents) each.
    Blobs(Vec<(u64, Vec<u8>)>),
}

/// A custom archive of `a`'s entries with `data` (by dump id), compressed as `a.compression`.
/// `with_offsets: false` writes what pg_dump writes to a pipe (no seekable output).
pub fn custom(a: &Archive, data: &HashMap<i64, Payload>, with_offsets: bool) -> Vec<u8> {
    let mut w = W {
        b: Vec::new(),
        int_size: a.int_size,
        off_size: a.off_size,
    };
    header(a, &mut w, toc::FMT_CUSTOM);
    // Same-size TOC either way: write it, then the blocks, then the TOC again with offsets.
    let placeholder: HashMap<i64, u64> = data.keys().map(|&k| (k, 0)).collect();
    let toc_start = w.b.len();
    toc_entries(a, &mut w, toc::FMT_CUSTOM, &placeholder, with_offsets);
    let toc_len = w.b.len() - toc_start;
    let mut offsets = HashMap::new();
    let chunked = |w: &mut W, bytes: &[u8]| {
        for piece in bytes.chunks(32 * 1024) {
            w.int(piece.len() as i64);
            w.b.extend_from_slice(piece);
        }
        w.int(0);
    };
    for e in &a.entries {
        let Some(p) = data.get(&e.dump_id) else { continue };
        offsets.insert(e.dump_id, w.b.len() as u64);
        match p {
            Payload::Table(d) => {
                w.b.push(BLK_DATA);
                w.int(e.dump_id);
                let c = compress(a.compression, d);
                chunked(&mut w, &c);
            }
            Payload::Blobs(bs) => {
                w.b.push(BLK_BLOBS);
                w.int(e.dump_id);
                for (oid, d) in bs {
                    w.int(*oid as i64);
                    let c = compress(a.compression, d);
                    chunked(&mut w, &c);
                }
                w.int(0);
            }
        }
    }
    let mut t = W {
        b: Vec::new(),
        int_size: a.int_size,
        off_size: a.off_size,
    };
    toc_entries(a, &mut t, toc::FMT_CUSTOM, &offsets, with_offsets);
    assert_eq!(t.b.len(), toc_len, "TOC size changed between passes");
    w.b[toc_start..toc_start + toc_len].copy_from_slice(&t.b);
    w.b
}

/// A `toc.dat` for a directory (or tar) archive of `a`'s entries.
pub fn toc_dat(a: &Archive, format: u8) -> Vec<u8> {
    let mut w = W {
        b: Vec::new(),
        int_size: a.int_size,
        off_size: a.off_size,
    };
    header(a, &mut w, format);
    toc_entries(a, &mut w, format, &HashMap::new(), false);
    w.b
}

/// Reads a custom archive's entries and data payloads (to re-write them differently).
pub fn read_custom(b: &[u8]) -> crate::read::archive::Result<(Archive, HashMap<i64, Payload>)> {
    let a = toc::parse(b)?;
    let blocks = crate::read::archive::data::index_blocks(b, a.toc_end, a.int_size)?;
    let mut budget = crate::read::archive::data::Budget::new(u64::MAX / 2);
    let mut out = HashMap::new();
    for (id, blk) in blocks {
        let p = if blk.kind == BLK_DATA {
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
