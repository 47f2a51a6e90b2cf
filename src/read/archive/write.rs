//! The archive layout written back: header, TOC and custom-format data blocks, as
//! pg_backup_archiver.c (`WriteHead`, `WriteToc`) and pg_backup_custom.c (`_StartData`,
//! `_CustomWriteFunc`, `_EndData`) write them. `sanitize` writes its custom-format copy with it;
//! the test fixtures' archive writer too. Integers are a sign byte and `int_size` little-endian
//! bytes, strings an integer length (-1 for NULL) and the bytes, data offsets a flag byte and
//! `off_size` bytes.

use super::data::{BLK_BLOBS, BLK_DATA};
use super::toc::{self, Archive, Compression};
use std::collections::HashMap;
use std::io::Write;

/// An archive's integer and offset sizes.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// Bytes of an integer after its sign byte.
    pub int_size: usize,
    /// Bytes of a data offset after its flag byte.
    pub off_size: usize,
}

impl Sizes {
    /// The sizes `a` was written with.
    pub fn of(a: &Archive) -> Sizes {
        Sizes {
            int_size: a.int_size,
            off_size: a.off_size,
        }
    }

    /// Appends an integer.
    pub fn int(self, b: &mut Vec<u8>, v: i64) {
        b.push(u8::from(v < 0));
        let m = v.unsigned_abs();
        for i in 0..self.int_size {
            b.push(if i < 8 { (m >> (8 * i)) as u8 } else { 0 });
        }
    }

    /// Appends a string (None: NULL).
    pub fn str(self, b: &mut Vec<u8>, s: Option<&[u8]>) {
        match s {
            None => self.int(b, -1),
            Some(s) => {
                self.int(b, s.len() as i64);
                b.extend_from_slice(s);
            }
        }
    }

    fn offset(self, b: &mut Vec<u8>, flag: u8, v: u64) {
        b.push(flag);
        for i in 0..self.off_size {
            b.push(if i < 8 { (v >> (8 * i)) as u8 } else { 0 });
        }
    }
}

/// The header of `a` as format `format` ([`toc::FMT_CUSTOM`], ...).
pub fn header(a: &Archive, format: u8) -> Vec<u8> {
    let z = Sizes::of(a);
    let mut b = Vec::new();
    b.extend_from_slice(b"PGDMP");
    b.extend_from_slice(&[(a.version >> 16) as u8, (a.version >> 8) as u8, a.version as u8]);
    b.extend_from_slice(&[a.int_size as u8, a.off_size as u8, format]);
    if a.version >= toc::K_VERS_1_15 {
        b.push(match a.compression {
            Compression::None => 0,
            Compression::Gzip => 1,
            Compression::Lz4 => 2,
            Compression::Zstd => 3,
        });
    } else {
        // Before 1.15 a gzip level: -1 is zlib's default.
        z.int(&mut b, if a.compression == Compression::None { 0 } else { -1 });
    }
    for v in a.created {
        z.int(&mut b, v);
    }
    z.str(&mut b, Some(a.dbname.as_bytes()));
    z.str(&mut b, Some(a.server_version.as_bytes()));
    z.str(&mut b, Some(a.dump_version.as_bytes()));
    b
}

/// Where an entry's data is, in a custom archive's TOC.
#[derive(Debug, Clone, Copy)]
pub enum DataAt {
    /// No data.
    None,
    /// Data, at an offset not recorded (what pg_dump writes to a pipe).
    NotSet,
    /// Data at this byte offset of the archive.
    At(u64),
}

/// The TOC of `a`'s entries; in a custom archive `at` says where each one's data is (by dump
/// id; the size of the TOC does not depend on the offsets).
pub fn toc_entries(a: &Archive, format: u8, at: &dyn Fn(i64) -> DataAt) -> Vec<u8> {
    let z = Sizes::of(a);
    let mut b = Vec::new();
    z.int(&mut b, a.entries.len() as i64);
    for e in &a.entries {
        // Names as the archive held them (the `String`s are lossy copies).
        z.int(&mut b, e.dump_id);
        z.int(&mut b, i64::from(e.had_dumper));
        z.str(&mut b, Some(e.tableoid.as_bytes()));
        z.str(&mut b, Some(e.oid.as_bytes()));
        z.str(&mut b, Some(&e.raw.tag));
        z.str(&mut b, Some(e.desc.as_bytes()));
        z.int(&mut b, e.section);
        z.str(&mut b, Some(&e.defn));
        z.str(&mut b, Some(&e.raw.drop_stmt));
        z.str(&mut b, Some(&e.copy_stmt));
        z.str(&mut b, (!e.namespace_null).then_some(&e.raw.namespace));
        z.str(&mut b, (!e.tablespace_null).then_some(&e.raw.tablespace));
        if a.version >= toc::K_VERS_1_14 {
            z.str(&mut b, (!e.tableam_null).then_some(e.tableam.as_bytes()));
        }
        if a.version >= toc::K_VERS_1_16 {
            z.int(&mut b, e.relkind);
        }
        z.str(&mut b, (!e.owner_null).then_some(&e.raw.owner));
        // Where tables once said WITH OIDS; pg_dump writes "false" since 12.
        z.str(&mut b, Some(b"false"));
        for d in &e.deps {
            z.str(&mut b, Some(d.to_string().as_bytes()));
        }
        z.str(&mut b, None);
        if format == toc::FMT_CUSTOM {
            match at(e.dump_id) {
                DataAt::At(o) => z.offset(&mut b, toc::K_OFFSET_POS_SET, o),
                DataAt::NotSet => z.offset(&mut b, toc::K_OFFSET_POS_NOT_SET, 0),
                DataAt::None => z.offset(&mut b, toc::K_OFFSET_NO_DATA, 0),
            }
        } else {
            z.str(&mut b, e.filename.as_deref().map(str::as_bytes));
        }
    }
    b
}

/// The start of a table's data block.
pub fn data_block_start(z: Sizes, dump_id: i64) -> Vec<u8> {
    let mut b = vec![BLK_DATA];
    z.int(&mut b, dump_id);
    b
}

/// The start of a large objects block.
pub fn blobs_block_start(z: Sizes, dump_id: i64) -> Vec<u8> {
    let mut b = vec![BLK_BLOBS];
    z.int(&mut b, dump_id);
    b
}

/// Chunk size of the data written (pg_dump's compressors hand over about this much at a time).
const CHUNK: usize = 32 * 1024;

/// Writes one chunk stream: what it is given, compressed, as length-prefixed chunks; `finish`
/// writes the zero length that ends it.
pub struct Chunks<W: Write> {
    w: W,
    z: Sizes,
    buf: Vec<u8>,
    /// Bytes written to `w` so far.
    pub written: u64,
}

impl<W: Write> Chunks<W> {
    fn flush_chunk(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut len = Vec::with_capacity(9);
        self.z.int(&mut len, self.buf.len() as i64);
        self.w.write_all(&len)?;
        self.w.write_all(&self.buf)?;
        self.written += (len.len() + self.buf.len()) as u64;
        self.buf.clear();
        Ok(())
    }
}

impl<W: Write> Write for Chunks<W> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let n = b.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&b[..n]);
        if self.buf.len() == CHUNK {
            self.flush_chunk()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One data stream being compressed into chunks.
pub enum Stream<W: Write> {
    /// Stored as it is.
    None(Chunks<W>),
    /// A zlib stream (deflated on every core).
    Gzip(crate::util::compress::ParDeflate<Chunks<W>>),
    /// An lz4 frame.
    Lz4(Box<lz4_flex::frame::FrameEncoder<Chunks<W>>>),
    /// A zstd frame.
    Zstd(zstd::Encoder<'static, Chunks<W>>),
}

impl<W: Write> Stream<W> {
    /// A stream compressed by `c` into `w`.
    pub fn new(w: W, z: Sizes, c: Compression) -> std::io::Result<Stream<W>> {
        let ch = Chunks {
            w,
            z,
            buf: Vec::with_capacity(CHUNK),
            written: 0,
        };
        Ok(match c {
            Compression::None => Stream::None(ch),
            Compression::Gzip => Stream::Gzip(crate::util::compress::ParDeflate::new(
                ch,
                crate::util::compress::Wrap::Zlib,
                6,
            )),
            Compression::Lz4 => Stream::Lz4(Box::new(lz4_flex::frame::FrameEncoder::new(ch))),
            Compression::Zstd => Stream::Zstd(crate::util::compress::zstd_encoder(ch, 3)?),
        })
    }

    /// Ends the stream: the compressor's last bytes and the zero length. Gives back the writer
    /// and how many bytes went to it.
    pub fn finish(self) -> std::io::Result<(W, u64)> {
        let mut ch = match self {
            Stream::None(c) => c,
            Stream::Gzip(e) => e.finish()?,
            Stream::Lz4(e) => e.finish().map_err(std::io::Error::other)?,
            Stream::Zstd(e) => e.finish()?,
        };
        ch.flush_chunk()?;
        let mut end = Vec::new();
        ch.z.int(&mut end, 0);
        ch.w.write_all(&end)?;
        Ok((ch.w, ch.written + end.len() as u64))
    }
}

impl<W: Write> Write for Stream<W> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::None(c) => c.write(b),
            Stream::Gzip(e) => e.write(b),
            Stream::Lz4(e) => e.write(b),
            Stream::Zstd(e) => e.write(b),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A whole custom archive in memory: `a`'s entries with `data` (by dump id: a table's data
/// stream, or large objects as (OID, contents)), compressed as `a.compression`. Without
/// `with_offsets`, what pg_dump writes to a pipe.
pub fn custom_in_memory(a: &Archive, data: &HashMap<i64, Payload>, with_offsets: bool) -> Vec<u8> {
    let z = Sizes::of(a);
    let mut body = Vec::new();
    let mut offsets = HashMap::new();
    let stream = |body: &mut Vec<u8>, bytes: &[u8]| {
        let mut s = Stream::new(std::mem::take(body), z, a.compression).expect("in-memory write");
        s.write_all(bytes).expect("in-memory write");
        *body = s.finish().expect("in-memory write").0;
    };
    for e in &a.entries {
        let Some(p) = data.get(&e.dump_id) else { continue };
        offsets.insert(e.dump_id, body.len() as u64);
        match p {
            Payload::Table(d) => {
                body.extend(data_block_start(z, e.dump_id));
                stream(&mut body, d);
            }
            Payload::Blobs(bs) => {
                body.extend(blobs_block_start(z, e.dump_id));
                for (oid, d) in bs {
                    z.int(&mut body, *oid as i64);
                    stream(&mut body, d);
                }
                z.int(&mut body, 0);
            }
        }
    }
    let mut out = header(a, toc::FMT_CUSTOM);
    let toc_len = toc_entries(a, toc::FMT_CUSTOM, &|_| DataAt::None).len() as u64;
    let base = out.len() as u64 + toc_len;
    out.extend(toc_entries(a, toc::FMT_CUSTOM, &|id| match offsets.get(&id) {
        Some(&o) if with_offsets => DataAt::At(base + o),
        Some(_) => DataAt::NotSet,
        None => DataAt::None,
    }));
    out.extend(body);
    out
}

/// What an entry's data block holds.
pub enum Payload {
    /// A table's data stream (COPY rows, or SQL).
    Table(Vec<u8>),
    /// Large objects: (OID, contents) each.
    Blobs(Vec<(u64, Vec<u8>)>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_written_reads_back_the_same() {
        let mut a = Archive {
            version: toc::K_VERS_1_16,
            int_size: 4,
            off_size: 8,
            format: toc::FMT_CUSTOM,
            compression: Compression::Gzip,
            created: [1, 2, 3, 4, 5, 126, 0],
            dbname: "db".into(),
            server_version: "17.2".into(),
            dump_version: "17.2".into(),
            entries: Vec::new(),
            toc_end: 0,
        };
        let mut e = toc::Entry {
            dump_id: 7,
            had_dumper: true,
            desc: "TABLE DATA".into(),
            tag: "t".into(),
            section: 3,
            copy_stmt: b"COPY public.t (a) FROM stdin;\n".to_vec(),
            namespace: "public".into(),
            ..toc::Entry::default()
        };
        e.raw.tag = b"t".to_vec();
        e.raw.namespace = b"public".to_vec();
        a.entries.push(e);
        let rows: Vec<u8> = (0..20_000).flat_map(|i| format!("{i}\n").into_bytes()).collect();
        for c in [
            Compression::None,
            Compression::Gzip,
            Compression::Lz4,
            Compression::Zstd,
        ] {
            a.compression = c;
            let data = HashMap::from([(7, Payload::Table([&rows[..], b"\\.\n\n"].concat()))]);
            for offsets in [true, false] {
                let b = custom_in_memory(&a, &data, offsets);
                let back = toc::parse(&b).unwrap();
                assert_eq!(back.created, a.created);
                assert_eq!(
                    back.entries,
                    a.entries
                        .iter()
                        .map(|e| {
                            let mut e = e.clone();
                            e.data_state = if offsets {
                                toc::K_OFFSET_POS_SET
                            } else {
                                toc::K_OFFSET_POS_NOT_SET
                            };
                            e.data_pos = back.entries[0].data_pos;
                            e
                        })
                        .collect::<Vec<_>>()
                );
                let mut text = Vec::new();
                let mut budget = super::super::data::Budget::new(u64::MAX / 2);
                super::super::restore::custom_into(&b, &mut text, &mut budget, false).unwrap();
                let text = String::from_utf8(text).unwrap();
                assert!(text.contains("COPY public.t (a) FROM stdin;\n0\n1\n"), "{c:?}");
                assert!(text.contains("19999\n\\.\n"), "{c:?}");
            }
        }
    }
}
