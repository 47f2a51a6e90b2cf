//! Writes an archive out as the plain SQL `pg_restore -f -` would: the header, the fixed session
//! settings, then every TOC entry in restore order (main pass, then ACLs, then event triggers
//! and materialized-view data), each with its `-- Name: ...` comment, definition, ownership and
//! data (COPY rows, INSERTs, large objects).

use super::data::{self, Budget};
use super::toc::{self, Archive, Compression, Entry};
use super::{ArchiveError, Result};
use crate::util::ident::{quote_ident, quote_ident_bytes, quoted_bytes};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;

/// Where a TOC entry's text starts in the expanded stream.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TocRef {
    /// 1-based line of the expanded text where the entry's text starts (not serialised).
    #[serde(skip)]
    pub line: u64,
    /// The entry's dump id in the archive's TOC.
    pub dump_id: i64,
    /// The object type as the TOC names it (`TABLE DATA`).
    pub desc: String,
    /// The object's name as the TOC tags it (lossy text).
    pub tag: String,
}

/// What expanding an archive or compressed dump tells besides the text.
#[derive(Debug, Clone)]
pub struct About {
    /// For archives: the TOC entries in the order their text appears.
    pub toc: Vec<TocRef>,
    /// COPY data entries whose data does not end with the `\.` line pg_dump always writes
    /// (an empty or doctored member). The expansion ends their COPY itself, as `pg_restore -d`
    /// does; a script made with `pg_restore -f` would not, and reads on into what follows.
    pub unterminated: Vec<Unterminated>,
    /// The archive version (`1.16.0`); `None` for a compressed plain dump.
    pub archive_version: Option<String>,
    /// For an archive, the compression its header declares; for a compressed dump, the one
    /// its magic bytes show.
    pub compression: Compression,
    /// For an archive expanded with its data: where each entry's definition and data lie in
    /// the text, in text order (what an archive written back from the text is cut by).
    pub spans: Vec<Span>,
}

/// The bytes of the expanded text that came from one part of a TOC entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The entry's index in [`Archive::entries`].
    pub entry: usize,
    /// Which part of the entry.
    pub part: Part,
    /// Byte offsets in the expanded text.
    pub range: std::ops::Range<u64>,
}

/// A part of a TOC entry as the expanded text holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Its definition (`defn`), as the archive holds it.
    Definition,
    /// Its data as the archive holds it (COPY rows, or SQL), without the COPY statement
    /// before it or a terminator the expansion added.
    Data,
    /// Large objects: `lo_open`, `lowrite` and `lo_close` calls, one object after another.
    LargeObjects,
}

impl About {
    /// The TOC entry whose text holds `line`.
    pub fn entry_at(&self, line: u64) -> Option<&TocRef> {
        let i = self.toc.partition_point(|t| t.line <= line);
        i.checked_sub(1).map(|i| &self.toc[i])
    }
}

/// A COPY data entry of an archive whose data lacks its terminator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unterminated {
    /// The entry, and the line its text starts at.
    pub toc: TocRef,
    /// `schema.table`, as the TOC names it.
    pub table: String,
}

/// A dump expanded to plain SQL in memory.
#[derive(Debug)]
pub struct Expanded {
    /// The plain SQL text, in the dump's encoding.
    pub text: Vec<u8>,
    /// What the expansion told besides the text.
    pub about: About,
}

/// An entry's data being read: a reader that decompresses as it is read, its compression, the
/// offset it starts at, and the member holding it (to name in errors).
struct Data<'r> {
    r: Box<dyn Read + 'r>,
    c: Compression,
    at: u64,
    member: Option<String>,
}

/// Where entries' data comes from.
trait Source {
    /// The entry's table data; None when it has none.
    fn table_data(&mut self, e: &Entry) -> Result<Option<Data<'_>>>;
    /// The entry's large objects, each as `lo_open` / `lowrite` / `lo_close` text.
    fn blobs(&mut self, e: &Entry, out: &mut Out, budget: &mut Budget) -> Result<()>;
}

/// Writes one large object the way pg_restore does: 4096-byte `lowrite` calls in hex.
fn blob_text(out: &mut Out, oid: u64, r: &mut dyn Read, c: Compression, at: u64, budget: &mut Budget) -> Result<()> {
    out.put(format!("SELECT pg_catalog.lo_open('{oid}', 131072);\n").as_bytes());
    data::pump(r, c, at, 4096, budget, &mut |piece| {
        out.put(b"SELECT pg_catalog.lowrite(0, '\\x");
        out.put(crate::util::digest::hex(piece).as_bytes());
        out.put(b"');\n");
        !out.closed
    })?;
    out.put(b"SELECT pg_catalog.lo_close(0);\n\n");
    Ok(())
}

struct Custom<'b> {
    b: &'b [u8],
    blocks: HashMap<i64, data::Block>,
    int_size: usize,
    compression: Compression,
}

impl Source for Custom<'_> {
    fn table_data(&mut self, e: &Entry) -> Result<Option<Data<'_>>> {
        match self.blocks.get(&e.dump_id) {
            Some(&b) if b.kind == data::BLK_DATA => {
                let (r, c) = data::custom_data(self.b, b, self.int_size, self.compression)?;
                Ok(Some(Data {
                    r,
                    c,
                    at: b.start as u64,
                    member: None,
                }))
            }
            _ if e.data_state == toc::K_OFFSET_POS_SET => Err(ArchiveError::new(
                e.data_pos,
                "the TOC points at data that is not in the archive (truncated?)",
            )),
            _ => Ok(None),
        }
    }
    fn blobs(&mut self, e: &Entry, out: &mut Out, budget: &mut Budget) -> Result<()> {
        match self.blocks.get(&e.dump_id) {
            Some(&b) if b.kind == data::BLK_BLOBS => {
                data::custom_blobs(self.b, b, self.int_size, self.compression, &mut |oid, r, c, at| {
                    blob_text(out, oid, r, c, at, budget)
                })
            }
            _ => Ok(()),
        }
    }
}

/// Opens a member by name: None when there is no such member.
type OpenMember<'f> = Box<dyn FnMut(&str) -> Option<std::io::Result<Box<dyn Read + 'f>>> + 'f>;

/// Directory and tar archives: one member per data entry.
struct Files<'f> {
    open: OpenMember<'f>,
    compression: Compression,
}

/// A member being read: decompressing reader, its compression, the member's name.
type Member<'f> = (Box<dyn Read + 'f>, Compression, String);

impl<'f> Files<'f> {
    /// The member `name` (or `name.gz`, `.lz4`, `.zst`), decompressed as it is read, and
    /// the name found.
    fn member(&mut self, name: &str) -> Result<Option<Member<'f>>> {
        for n in [
            name.to_string(),
            format!("{name}.gz"),
            format!("{name}.lz4"),
            format!("{name}.zst"),
        ] {
            if let Some(r) = (self.open)(&n) {
                let raw = r.map_err(|e| ArchiveError::new(0, e.to_string()).within(n.clone()))?;
                let (d, c) = data::decoder(raw, self.compression, 0).map_err(|e| e.within(n.clone()))?;
                return Ok(Some((d, c, n)));
            }
        }
        Ok(None)
    }
}

impl Source for Files<'_> {
    fn table_data(&mut self, e: &Entry) -> Result<Option<Data<'_>>> {
        let Some(name) = e.filename.as_deref().filter(|n| !n.is_empty()) else {
            return Ok(None);
        };
        match self.member(name)? {
            Some((r, c, n)) => Ok(Some(Data {
                r,
                c,
                at: 0,
                member: Some(n),
            })),
            None => Err(ArchiveError::new(
                0,
                format!("data file {name} named by the TOC is missing"),
            )),
        }
    }
    fn blobs(&mut self, e: &Entry, out: &mut Out, budget: &mut Budget) -> Result<()> {
        let name = e.filename.clone().unwrap_or_else(|| "blobs.toc".into());
        let Some((mut r, c, n)) = self.member(&name)? else {
            return Err(ArchiveError::new(0, format!("large-object list {name} is missing")));
        };
        let list = data::read_all(&mut r, c, 0, budget).map_err(|e| e.within(n))?;
        for (oid, file) in data::blob_list(&list) {
            match self.member(&file)? {
                Some((mut r, c, n)) => blob_text(out, oid, &mut r, c, 0, budget).map_err(|e| e.within(n))?,
                None => return Err(ArchiveError::new(0, format!("large object file {file} is missing"))),
            }
        }
        Ok(())
    }
}

/// A custom-format archive (`pg_dump -Fc`), written to `w` as pg_restore would.
pub fn custom_into(b: &[u8], w: &mut dyn Write, budget: &mut Budget, defs_only: bool) -> Result<About> {
    let a = custom_toc(b)?;
    let blocks = data::index_blocks(b, a.toc_end, a.int_size)?;
    let mut src = Custom {
        b,
        blocks,
        int_size: a.int_size,
        compression: a.compression,
    };
    emit(&a, &mut src, w, budget, defs_only)
}

/// A directory-format archive (`pg_dump -Fd`): `toc.dat` plus one file per data entry.
pub fn directory_into(dir: &Path, w: &mut dyn Write, budget: &mut Budget, defs_only: bool) -> Result<About> {
    let a = directory_toc(dir, budget.left)?;
    let mut src = Files {
        open: Box::new(|name: &str| match open_member(dir, name) {
            Ok(Some(f)) => Some(Ok(
                Box::new(std::io::BufReader::with_capacity(1 << 20, f)) as Box<dyn Read>
            )),
            Ok(None) => None,
            Err(e) => Some(Err(std::io::Error::other(e.what))),
        }),
        compression: a.compression,
    };
    emit(&a, &mut src, w, budget, defs_only)
}

/// The header and TOC of a directory archive (its `toc.dat`, of at most `most` bytes).
pub fn directory_toc(dir: &Path, most: u64) -> Result<Archive> {
    let mut toc_file = open_member(dir, "toc.dat")?
        .ok_or_else(|| ArchiveError::new(0, "no toc.dat: not a directory-format archive").within("toc.dat"))?;
    let mut tocb = Vec::new();
    // A TOC is kilobytes to megabytes; one of gigabytes is refused before it fills memory.
    let most = most.min(1 << 30);
    (&mut toc_file)
        .take(most + 1)
        .read_to_end(&mut tocb)
        .map_err(|e| ArchiveError::new(0, format!("cannot read: {e}")).within("toc.dat"))?;
    if tocb.len() as u64 > most {
        return Err(ArchiveError::new(most, "toc.dat is larger than any TOC pg_dump writes").within("toc.dat"));
    }
    toc::parse(&tocb).map_err(|e| e.within("toc.dat"))
}

/// The header and TOC of a custom archive.
pub fn custom_toc(b: &[u8]) -> Result<Archive> {
    let a = toc::parse(b)?;
    if a.format != toc::FMT_CUSTOM {
        return Err(ArchiveError::new(
            10,
            "a toc.dat of a directory or tar archive, not a custom archive",
        ));
    }
    Ok(a)
}

/// The header and TOC of a tar archive.
pub fn tar_toc(b: &[u8]) -> Result<Archive> {
    tar_members(b).map(|(_, a)| a)
}

/// Opens the member `name` of a directory archive, never leaving the directory: a name with a
/// path in it is no member, and a symbolic link (which could point anywhere), a FIFO (which
/// could block) or any other non-regular file is refused. None when there is no such member.
pub fn open_member(dir: &Path, name: &str) -> Result<Option<std::fs::File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let refuse = |what: String| Err(ArchiveError::new(0, what).within(name.to_string()));
    if name.is_empty() || name.contains('/') || name == "." || name == ".." {
        return Ok(None);
    }
    let p = dir.join(name);
    // O_NOFOLLOW: the open itself refuses a link, so nothing can swap one in between a check
    // and the open. O_NONBLOCK: opening a FIFO does not wait for a writer.
    let flags = (rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK).bits() as i32;
    let f = match std::fs::OpenOptions::new().read(true).custom_flags(flags).open(&p) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) => {
            return refuse(
                "is a symbolic link: refused (an archive member must be a regular file inside the archive)".into(),
            )
        }
        Err(e) => return refuse(format!("cannot open: {e}")),
    };
    match f.metadata() {
        Ok(m) if m.is_file() => Ok(Some(f)),
        Ok(_) => refuse("is not a regular file: refused (an archive member must be a regular file)".into()),
        Err(e) => refuse(format!("cannot read: {e}")),
    }
}

/// A tar-format archive (`pg_dump -Ft`): `toc.dat` and data members in a ustar file.
pub fn tar_into(b: &[u8], w: &mut dyn Write, budget: &mut Budget, defs_only: bool) -> Result<About> {
    let (members, a) = tar_members(b)?;
    let mut src = Files {
        open: Box::new(|name: &str| {
            members
                .get(name)
                .map(|&(s, l)| Ok(Box::new(&b[s..s + l]) as Box<dyn Read>))
        }),
        compression: a.compression,
    };
    emit(&a, &mut src, w, budget, defs_only)
}

/// A tar archive's members by name: where each one's bytes start, and how many.
type Members = HashMap<String, (usize, usize)>;

/// A tar archive's members, and the TOC its `toc.dat` holds.
fn tar_members(b: &[u8]) -> Result<(Members, Archive)> {
    let mut members: HashMap<String, (usize, usize)> = HashMap::new();
    let mut ar = ::tar::Archive::new(b);
    let entries = ar
        .entries()
        .map_err(|e| ArchiveError::new(0, format!("not a readable tar archive: {e}")))?;
    for ent in entries {
        let ent = ent.map_err(|e| ArchiveError::new(0, format!("corrupt tar archive: {e}")))?;
        let start = ent.raw_file_position() as usize;
        let size = ent.header().size().unwrap_or(0) as usize;
        let name = ent.path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        // pg_dump writes only regular files; a link could make one member read another's data
        // (or, extracted, a file outside the archive).
        let kind = ent.header().entry_type();
        if kind.is_pax_global_extensions() {
            continue;
        }
        if !kind.is_file() {
            return Err(ArchiveError::new(
                start as u64,
                "tar member is a link or special file, not a regular file: refused",
            )
            .within(name));
        }
        if start.checked_add(size).is_none_or(|end| end > b.len()) {
            return Err(ArchiveError::new(start as u64, "tar member runs past the end (truncated?)").within(name));
        }
        members.insert(name, (start, size));
    }
    let Some(&(ts, tl)) = members.get("toc.dat") else {
        return Err(ArchiveError::new(
            0,
            "tar archive has no toc.dat: not a pg_dump tar archive",
        ));
    };
    let a = toc::parse(&b[ts..ts + tl]).map_err(|e| e.within("toc.dat"))?;
    Ok((members, a))
}

/// A gzip-, zstd- or lz4-compressed plain dump, decompressed into `w`. An error names how
/// far into the compressed file reading got.
pub fn compressed_into(b: &[u8], w: &mut dyn Write, budget: &mut Budget) -> Result<About> {
    compressed_from(b, w, budget)
}

/// [`compressed_into`] from a reader (a pipe).
pub fn compressed_from(b: impl Read, w: &mut dyn Write, budget: &mut Budget) -> Result<About> {
    let read = std::cell::Cell::new(0u64);
    let counted = Counted { b, read: &read };
    let (mut r, compression) = data::decoder(counted, Compression::None, 0)?;
    let mut out = 0u64;
    data::pump(&mut r, compression, 0, 1 << 20, budget, &mut |piece| {
        out += piece.len() as u64;
        w.write_all(piece).is_ok()
    })
    .map_err(|mut e| {
        e.offset = read.get();
        e.what = format!("{} (after {out} bytes of SQL)", e.what);
        e
    })?;
    Ok(About {
        unterminated: Vec::new(),
        toc: Vec::new(),
        archive_version: None,
        compression,
        spans: Vec::new(),
    })
}

/// A reader read through, counting how far.
struct Counted<'c, R> {
    b: R,
    read: &'c std::cell::Cell<u64>,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.b.read(out)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// Collects what an `*_into` function writes.
fn in_memory(f: impl FnOnce(&mut dyn Write) -> Result<About>) -> Result<Expanded> {
    let mut text = Vec::new();
    let about = f(&mut text)?;
    Ok(Expanded { text, about })
}

/// [`custom_into`], in memory.
pub fn custom(b: &[u8], budget: &mut Budget) -> Result<Expanded> {
    in_memory(|w| custom_into(b, w, budget, false))
}

/// [`directory_into`], in memory.
pub fn directory(dir: &Path, budget: &mut Budget) -> Result<Expanded> {
    in_memory(|w| directory_into(dir, w, budget, false))
}

/// [`tar_into`], in memory.
pub fn tar(b: &[u8], budget: &mut Budget) -> Result<Expanded> {
    in_memory(|w| tar_into(b, w, budget, false))
}

/// [`compressed_into`], in memory.
pub fn compressed(b: &[u8], budget: &mut Budget) -> Result<Expanded> {
    in_memory(|w| compressed_into(b, w, budget))
}

/// Text being written, with its line count kept up to date. A failed write (the reader
/// stopped) ends the expansion at the next entry.
struct Out<'w> {
    w: &'w mut dyn Write,
    lines: u64,
    bytes: u64,
    closed: bool,
}

impl Out<'_> {
    fn put(&mut self, s: &[u8]) {
        if self.closed {
            return;
        }
        self.lines += memchr::memchr_iter(b'\n', s).count() as u64;
        self.bytes += s.len() as u64;
        self.closed = self.w.write_all(s).is_err();
    }
    fn line(&self) -> u64 {
        self.lines + 1
    }
}

/// Bytes of a data entry's end kept to look for its terminator.
const TAIL: usize = 64;

/// Whether COPY data ends the way pg_dump ends it: a line `\.`, then only line breaks.
fn ends_with_terminator(tail: &[u8]) -> bool {
    let mut t = tail;
    while let [rest @ .., b'\n' | b'\r'] = t {
        t = rest;
    }
    t == b"\\." || t.ends_with(b"\n\\.")
}

fn restore_pass(e: &Entry) -> u8 {
    match e.desc.as_str() {
        "ACL" | "ACL LANGUAGE" | "DEFAULT ACL" => 2,
        "EVENT TRIGGER" | "MATERIALIZED VIEW DATA" => 3,
        _ => 1,
    }
}

/// Objects whose ownership pg_restore sets with `ALTER <desc> <name> OWNER TO`.
const OWNED_PLAIN: &[&str] = &[
    "COLLATION",
    "CONVERSION",
    "DOMAIN",
    "FOREIGN TABLE",
    "MATERIALIZED VIEW",
    "SEQUENCE",
    "STATISTICS",
    "TABLE",
    "TEXT SEARCH DICTIONARY",
    "TEXT SEARCH CONFIGURATION",
    "TYPE",
    "VIEW",
    "DATABASE",
    "PROCEDURAL LANGUAGE",
    "SCHEMA",
    "EVENT TRIGGER",
    "FOREIGN DATA WRAPPER",
    "SERVER",
    "PUBLICATION",
    "SUBSCRIPTION",
];
const OWNED_BY_DROP: &[&str] = &[
    "AGGREGATE",
    "FUNCTION",
    "OPERATOR",
    "OPERATOR CLASS",
    "OPERATOR FAMILY",
    "PROCEDURE",
];

fn owner_statement(e: &Entry, dump_major: u32) -> Option<Vec<u8>> {
    if e.owner.is_empty() || e.drop_stmt.is_empty() {
        return None;
    }
    // Before PostgreSQL 17, pg_restore used ALTER TABLE for every relation kind.
    let relation = matches!(
        e.desc.as_str(),
        "SEQUENCE" | "VIEW" | "MATERIALIZED VIEW" | "FOREIGN TABLE"
    );
    let desc = if relation && dump_major < 17 {
        "TABLE"
    } else {
        e.desc.as_str()
    };
    // Names are written as the archive holds them, in the dump's encoding.
    let mut what = Vec::new();
    if OWNED_PLAIN.contains(&e.desc.as_str()) {
        what.extend_from_slice(desc.as_bytes());
        what.push(b' ');
        if !e.raw.namespace.is_empty() {
            what.extend(quote_ident_bytes(&e.raw.namespace));
            what.push(b'.');
        }
        what.extend(quote_ident_bytes(&e.raw.tag));
    } else if e.desc == "BLOB" {
        what.extend_from_slice(b"LARGE OBJECT ");
        what.extend_from_slice(&e.raw.tag);
    } else if OWNED_BY_DROP.contains(&e.desc.as_str()) {
        let d = e.raw.drop_stmt.strip_prefix(b"DROP ")?;
        let end = d.iter().rposition(|b| !matches!(b, b'\n' | b';')).map_or(0, |i| i + 1);
        what.extend_from_slice(&d[..end]);
    } else {
        return None;
    };
    Some(
        [
            &b"ALTER "[..],
            &what,
            b" OWNER TO ",
            &quote_ident_bytes(&e.raw.owner),
            b";\n\n",
        ]
        .concat(),
    )
}

/// `s` on one line (pg_restore's sanitize_line).
fn one_line(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
        .collect()
}

fn comment(out: &mut Out, e: &Entry, data: bool) {
    // pg_restore's sanitize_line: NULL is `-`, an empty string stays empty.
    let dash = |s: &[u8], null: bool| if null { b"-".to_vec() } else { one_line(s) };
    let mut c = Vec::with_capacity(128);
    c.extend_from_slice(b"--\n-- ");
    if data {
        c.extend_from_slice(b"Data for ");
    }
    c.extend_from_slice(b"Name: ");
    c.extend(one_line(&e.raw.tag));
    c.extend_from_slice(b"; Type: ");
    c.extend_from_slice(e.desc.as_bytes());
    c.extend_from_slice(b"; Schema: ");
    c.extend(dash(&e.raw.namespace, e.namespace_null));
    c.extend_from_slice(b"; Owner: ");
    c.extend(dash(&e.raw.owner, e.owner_null));
    if !e.raw.tablespace.is_empty() {
        c.extend_from_slice(b"; Tablespace: ");
        c.extend(one_line(&e.raw.tablespace));
    }
    c.extend_from_slice(b"\n--\n\n");
    out.put(&c);
}

/// Writes the archive's text to `w`; with `defs_only`, every definition but no data: a table's
/// data is its COPY statement and the terminator, nothing is decompressed (verify's first
/// pass needs only the final catalog, and the TOC holds all of it).
fn emit(a: &Archive, src: &mut dyn Source, w: &mut dyn Write, budget: &mut Budget, defs_only: bool) -> Result<About> {
    let mut out = Out {
        w,
        lines: 0,
        bytes: 0,
        closed: false,
    };
    let mut spans = Vec::new();
    let special = |d: &str| matches!(d, "ENCODING" | "STDSTRINGS" | "SEARCHPATH");
    out.put(b"--\n-- PostgreSQL database dump\n--\n\n");
    if !a.server_version.is_empty() {
        out.put(format!("-- Dumped from database version {}\n", a.server_version).as_bytes());
    }
    out.put(format!("-- Dumped by pg_dump version {}\n\n", a.dump_version).as_bytes());
    out.put(b"SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n");
    let dump_major = crate::util::version::PgVersion::parse(&a.dump_version).map_or(0, |v| v.major);
    // pg_restore 17 and later send it to any server, older ones too (which reject it); only a
    // pg_restore at least as new as the pg_dump that wrote the archive can read it.
    if dump_major >= 17 {
        out.put(b"SET transaction_timeout = 0;\n");
    }
    for e in a.entries.iter().filter(|e| special(&e.desc)) {
        if e.desc == "STDSTRINGS" {
            // pg_restore writes its own setting from the entry's value.
            let on = e.defn.windows(4).any(|w| w == b"'on'");
            out.put(if on {
                b"SET standard_conforming_strings = on;\n"
            } else {
                b"SET standard_conforming_strings = off;\n"
            });
        } else {
            out.put(e.defn.trim_ascii_end());
            out.put(b"\n");
        }
    }
    out.put(b"SET check_function_bodies = false;\nSET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n\n");
    let mut toc = Vec::new();
    let mut unterminated = Vec::new();
    let has_search_path = a.entries.iter().any(|e| e.desc == "SEARCHPATH");
    let mut schema: Option<&str> = None;
    let mut tablespace: Option<&str> = None;
    let mut tableam: Option<&str> = None;
    for pass in 1..=3 {
        for (i, e) in a.entries.iter().enumerate().filter(|(_, e)| restore_pass(e) == pass) {
            let mut span = |part, start: u64, end: u64| {
                spans.push(Span {
                    entry: i,
                    part,
                    range: start..end,
                })
            };
            if special(&e.desc) || e.desc == "DATABASE" || e.desc == "DATABASE PROPERTIES" {
                continue;
            }
            let ctx = || format!("TOC entry {} ({} {})", e.dump_id, e.desc, e.tag);
            let has_schema = !e.defn.is_empty() && !e.defn.starts_with(b"-- load via partition root ");
            let has_data = e.had_dumper && matches!(e.desc.as_str(), "TABLE DATA" | "BLOBS" | "BLOB COMMENTS");
            if !has_schema && !has_data && e.desc != "BLOB METADATA" {
                continue;
            }
            // An archive without a SEARCHPATH entry (pg_dump before 10.3) has unqualified
            // names: pg_restore sets the search path to each entry's schema as it changes.
            if !has_search_path && !e.namespace.is_empty() && schema != Some(e.namespace.as_str()) {
                let ns = quote_ident_bytes(&e.raw.namespace);
                let rest: &[u8] = if e.namespace == "pg_catalog" {
                    b""
                } else {
                    b", pg_catalog"
                };
                out.put(&[&b"SET search_path = "[..], &ns, rest, b";\n\n"].concat());
                schema = Some(e.namespace.as_str());
            }
            // The archive keeps no difference between "default" and "none given" here: set
            // the default once before the first relation, and any named tablespace on change.
            let relation = matches!(e.desc.as_str(), "TABLE" | "INDEX" | "MATERIALIZED VIEW" | "CONSTRAINT");
            if (relation || !e.tablespace.is_empty()) && tablespace != Some(e.tablespace.as_str()) {
                let ts = quoted_bytes(&e.raw.tablespace, b'\'');
                out.put(&[&b"SET default_tablespace = "[..], &ts, b";\n\n"].concat());
                tablespace = Some(e.tablespace.as_str());
            }
            if !e.tableam.is_empty() && tableam != Some(e.tableam.as_str()) {
                out.put(format!("SET default_table_access_method = {};\n\n", quote_ident(&e.tableam)).as_bytes());
                tableam = Some(e.tableam.as_str());
            }
            toc.push(TocRef {
                line: out.line(),
                dump_id: e.dump_id,
                desc: e.desc.clone(),
                tag: e.tag.clone(),
            });
            if e.desc == "BLOB METADATA" {
                comment(&mut out, e, false);
                for oid in String::from_utf8_lossy(&e.defn).split_whitespace() {
                    if !oid.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(
                            ArchiveError::new(0, format!("large object id {oid:?} is not a number")).within(ctx())
                        );
                    }
                    let mut text = format!("SELECT pg_catalog.lo_create('{oid}');\n").into_bytes();
                    if !e.owner.is_empty() {
                        text.extend(format!("ALTER LARGE OBJECT {oid} OWNER TO ").bytes());
                        text.extend(quote_ident_bytes(&e.raw.owner));
                        text.extend_from_slice(b";\n");
                    }
                    // What a TOC entry expands to is charged like data: a list of ids can be a bomb.
                    budget.take(text.len() as u64, 0).map_err(|x| x.within(ctx()))?;
                    out.put(&text);
                    if out.closed {
                        break;
                    }
                }
                out.put(b"\n");
                continue;
            }
            if has_schema {
                comment(&mut out, e, false);
                let start = out.bytes;
                out.put(&e.defn);
                span(Part::Definition, start, out.bytes);
                out.put(b"\n\n");
                if let Some(s) = owner_statement(e, dump_major) {
                    out.put(&s);
                }
            }
            if !has_data {
                continue;
            }
            if out.closed {
                break;
            }
            match e.desc.as_str() {
                _ if defs_only => {
                    if e.desc != "BLOBS" && src.table_data(e).map_err(|x| x.within(ctx()))?.is_some() {
                        comment(&mut out, e, true);
                        out.put(&e.copy_stmt);
                        out.put(b"\\.\n\n");
                    }
                }
                "BLOBS" => {
                    comment(&mut out, e, true);
                    out.put(b"BEGIN;\n\n");
                    let start = out.bytes;
                    src.blobs(e, &mut out, budget).map_err(|x| x.within(ctx()))?;
                    span(Part::LargeObjects, start, out.bytes);
                    out.put(b"COMMIT;\n\n");
                }
                _ => {
                    let Some(mut d) = src.table_data(e).map_err(|x| x.within(ctx()))? else {
                        continue;
                    };
                    comment(&mut out, e, true);
                    out.put(&e.copy_stmt);
                    let start = out.bytes;
                    // The last bytes of the data, to see its terminator.
                    let mut tail: Vec<u8> = Vec::new();
                    let mut any = false;
                    data::pump(&mut d.r, d.c, d.at, 1 << 20, budget, &mut |piece| {
                        out.put(piece);
                        any |= !piece.is_empty();
                        tail.extend_from_slice(&piece[piece.len().saturating_sub(TAIL)..]);
                        tail.drain(..tail.len().saturating_sub(TAIL));
                        !out.closed
                    })
                    .map_err(|x| match d.member.take() {
                        Some(m) => x.within(m),
                        None => x,
                    })
                    .map_err(|x| x.within(ctx()))?;
                    span(Part::Data, start, out.bytes);
                    // Any COPY ... FROM stdin (the splitter reads the keyword in any case).
                    let stmt = e.copy_stmt.trim_ascii_start();
                    let copy =
                        stmt.len() > 4 && stmt[..4].eq_ignore_ascii_case(b"copy") && stmt[4].is_ascii_whitespace();
                    if copy && !out.closed && !ends_with_terminator(&tail) {
                        out.put(if !any || tail.ends_with(b"\n") {
                            b"\\.\n\n"
                        } else {
                            b"\n\\.\n\n"
                        });
                        let at = toc.last().cloned().expect("entry recorded above");
                        let table = if e.namespace.is_empty() {
                            e.tag.clone()
                        } else {
                            format!("{}.{}", e.namespace, e.tag)
                        };
                        unterminated.push(Unterminated { toc: at, table });
                    }
                }
            }
        }
    }
    out.put(b"--\n-- PostgreSQL database dump complete\n--\n\n");
    Ok(About {
        unterminated,
        toc,
        archive_version: Some(a.version_string()),
        compression: a.compression,
        spans,
    })
}
