//! The archive header and table of contents, as `toc.dat` and the start of a custom archive hold
//! them: integers are a sign byte and `int_size` little-endian bytes, strings an integer length
//! (-1 for NULL) and the bytes.

use super::{ArchiveError, Result};

pub const K_VERS_1_12: u32 = version(1, 12, 0);
pub const K_VERS_1_14: u32 = version(1, 14, 0);
pub const K_VERS_1_15: u32 = version(1, 15, 0);
pub const K_VERS_1_16: u32 = version(1, 16, 0);

pub const fn version(maj: u8, min: u8, rev: u8) -> u32 {
    ((maj as u32) << 16) | ((min as u32) << 8) | rev as u32
}

/// Archive format byte.
pub const FMT_CUSTOM: u8 = 1;
pub const FMT_TAR: u8 = 3;
pub const FMT_DIRECTORY: u8 = 5;

/// Offset flags of a custom archive's TOC entry.
pub const K_OFFSET_POS_NOT_SET: u8 = 1;
pub const K_OFFSET_POS_SET: u8 = 2;
pub const K_OFFSET_NO_DATA: u8 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Lz4,
    Zstd,
}

impl Compression {
    pub fn name(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Lz4 => "lz4",
            Compression::Zstd => "zstd",
        }
    }
}

/// One TOC entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub dump_id: i64,
    pub had_dumper: bool,
    pub tableoid: String,
    pub oid: String,
    pub tag: String,
    pub desc: String,
    /// 1 none, 2 pre-data, 3 data, 4 post-data.
    pub section: i64,
    /// SQL text in the dump's encoding (kept as bytes: a LATIN1 dump stays LATIN1).
    pub defn: Vec<u8>,
    pub drop_stmt: String,
    pub copy_stmt: Vec<u8>,
    pub namespace: String,
    /// The archive holds NULL, not an empty string, for the schema or owner (pg_restore
    /// prints `-` for NULL and nothing for an empty string; old archives have both).
    pub namespace_null: bool,
    pub owner_null: bool,
    pub tablespace: String,
    pub tableam: String,
    pub relkind: i64,
    pub owner: String,
    /// The tag, schema, owner and tablespace as the archive holds them, in the dump's encoding:
    /// what the restore writes into the text (the `String`s above are for people, lossy).
    pub raw: RawNames,
    pub deps: Vec<i64>,
    /// Custom format: offset flag and data position.
    pub data_state: u8,
    pub data_pos: u64,
    /// Directory and tar formats: the data file's name.
    pub filename: Option<String>,
}

/// Names as bytes in the dump's encoding (see [`Entry::raw`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawNames {
    pub tag: Vec<u8>,
    pub namespace: Vec<u8>,
    pub owner: Vec<u8>,
    pub tablespace: Vec<u8>,
    pub drop_stmt: Vec<u8>,
}

/// An archive's header and TOC.
#[derive(Debug, Clone)]
pub struct Archive {
    pub version: u32,
    pub int_size: usize,
    pub off_size: usize,
    pub format: u8,
    pub compression: Compression,
    pub dbname: String,
    pub server_version: String,
    pub dump_version: String,
    pub entries: Vec<Entry>,
    /// Where the TOC ends (custom format: the first data block follows).
    pub toc_end: usize,
}

impl Archive {
    pub fn version_string(&self) -> String {
        format!(
            "{}.{}.{}",
            self.version >> 16,
            (self.version >> 8) & 0xff,
            self.version & 0xff
        )
    }
}

/// Reads integers and strings the way the archiver writes them.
pub struct Reader<'b> {
    pub b: &'b [u8],
    pub pos: usize,
    pub int_size: usize,
    pub off_size: usize,
}

impl<'b> Reader<'b> {
    pub fn new(b: &'b [u8]) -> Reader<'b> {
        Reader {
            b,
            pos: 0,
            int_size: 4,
            off_size: 8,
        }
    }

    fn short(&self, what: &str) -> ArchiveError {
        ArchiveError::new(self.pos as u64, format!("archive ends inside {what} (truncated?)"))
    }

    pub fn byte(&mut self) -> Result<u8> {
        let v = *self.b.get(self.pos).ok_or_else(|| self.short("a byte"))?;
        self.pos += 1;
        Ok(v)
    }

    pub fn bytes(&mut self, n: usize) -> Result<&'b [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| self.short(&format!("a {n}-byte field")))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub fn int(&mut self) -> Result<i64> {
        let at = self.pos;
        let sign = self.byte()?;
        let raw = self.bytes(self.int_size)?;
        let mut v: u64 = 0;
        for (i, &b) in raw.iter().enumerate() {
            if i < 8 {
                v |= (b as u64) << (8 * i);
            } else if b != 0 {
                return Err(ArchiveError::new(at as u64, "integer does not fit in 64 bits"));
            }
        }
        let v = i64::try_from(v).map_err(|_| ArchiveError::new(at as u64, "integer out of range"))?;
        Ok(if sign != 0 { -v } else { v })
    }

    /// A length-prefixed string's bytes; None for the archiver's NULL (length -1).
    pub fn field(&mut self) -> Result<Option<&'b [u8]>> {
        let at = self.pos;
        let n = self.int()?;
        if n < 0 {
            return Ok(None);
        }
        let n = usize::try_from(n).map_err(|_| ArchiveError::new(at as u64, "string length out of range"))?;
        if n > self.b.len() - self.pos.min(self.b.len()) {
            return Err(ArchiveError::new(
                at as u64,
                format!("string of {n} bytes runs past the end of the archive (truncated or corrupt TOC)"),
            ));
        }
        self.bytes(n).map(Some)
    }

    /// A string as text; None for NULL.
    pub fn str_opt(&mut self) -> Result<Option<String>> {
        Ok(self.field()?.map(|s| String::from_utf8_lossy(s).into_owned()))
    }

    pub fn str(&mut self) -> Result<String> {
        Ok(self.str_opt()?.unwrap_or_default())
    }

    /// A string as text and as raw bytes; None for NULL.
    pub fn str_raw(&mut self) -> Result<Option<(String, Vec<u8>)>> {
        Ok(self
            .field()?
            .map(|s| (String::from_utf8_lossy(s).into_owned(), s.to_vec())))
    }

    /// A string as raw bytes (NULL as empty).
    pub fn raw(&mut self) -> Result<Vec<u8>> {
        Ok(self.field()?.map(<[u8]>::to_vec).unwrap_or_default())
    }

    /// A custom archive's data offset: flag byte and `off_size` little-endian bytes.
    pub fn offset(&mut self) -> Result<(u8, u64)> {
        let flag = self.byte()?;
        let raw = self.bytes(self.off_size)?;
        let mut v: u64 = 0;
        for (i, &b) in raw.iter().enumerate().take(8) {
            v |= (b as u64) << (8 * i);
        }
        Ok((flag, v))
    }
}

/// Checks the fixed header at the start of `b` (magic, version, integer sizes, format): what
/// a pipe is checked by before it is read whole, so `PGDMP` and gigabytes of junk are refused
/// at once.
pub fn check_header(b: &[u8]) -> Result<()> {
    header(&mut Reader::new(b)).map(|_| ())
}

/// Reads the fixed header: the archive version and format byte.
fn header(r: &mut Reader) -> Result<(u32, u8)> {
    if r.bytes(5).ok() != Some(&b"PGDMP"[..]) {
        return Err(ArchiveError::new(0, "no PGDMP magic: not a pg_dump archive"));
    }
    let (maj, min) = (r.byte()?, r.byte()?);
    let rev = if maj > 1 || (maj == 1 && min > 0) { r.byte()? } else { 0 };
    let v = version(maj, min, rev);
    if !(K_VERS_1_12..version(1, 17, 0)).contains(&v) {
        return Err(ArchiveError::new(
            5,
            format!("archive version {maj}.{min}.{rev} is not supported (1.12 to 1.16: PostgreSQL 11 to 18)"),
        ));
    }
    r.int_size = r.byte()? as usize;
    if !(1..=16).contains(&r.int_size) {
        return Err(ArchiveError::new(8, format!("integer size {} is not sane", r.int_size)));
    }
    r.off_size = r.byte()? as usize;
    if !(1..=16).contains(&r.off_size) {
        return Err(ArchiveError::new(9, format!("offset size {} is not sane", r.off_size)));
    }
    let format = r.byte()?;
    if ![FMT_CUSTOM, FMT_TAR, FMT_DIRECTORY].contains(&format) {
        return Err(ArchiveError::new(10, format!("unknown archive format {format}")));
    }
    Ok((v, format))
}

/// Parses the header and TOC at the start of `b` (a custom archive or a `toc.dat`).
pub fn parse(b: &[u8]) -> Result<Archive> {
    let mut r = Reader::new(b);
    let (v, format) = header(&mut r)?;
    let at = r.pos as u64;
    let compression = if v >= K_VERS_1_15 {
        match r.byte()? {
            0 => Compression::None,
            1 => Compression::Gzip,
            2 => Compression::Lz4,
            3 => Compression::Zstd,
            x => return Err(ArchiveError::new(at, format!("unknown compression algorithm {x}"))),
        }
    } else if r.int()? != 0 {
        Compression::Gzip
    } else {
        Compression::None
    };
    for _ in 0..7 {
        r.int()?; // creation time: sec, min, hour, mday, mon, year, isdst
    }
    let dbname = r.str()?;
    let server_version = r.str()?;
    let dump_version = r.str()?;
    let count_at = r.pos as u64;
    let count = r.int()?;
    // Every entry takes at least a dozen integers: a count the file cannot hold is corruption,
    // not a reason to allocate.
    if count < 0 || count as usize > b.len() / (r.int_size + 1) {
        return Err(ArchiveError::new(
            count_at,
            format!("TOC entry count {count} is impossible for this file"),
        ));
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(count as usize);
    for i in 0..count {
        let start = r.pos as u64;
        let e = entry(&mut r, v, format).map_err(|e| {
            let what = match entries.last() {
                Some(prev) => format!("TOC entry {} (after dump id {})", i + 1, prev.dump_id),
                None => format!("TOC entry {}", i + 1),
            };
            e.within(what)
        })?;
        if e.dump_id <= 0 {
            return Err(
                ArchiveError::new(start, format!("dump id {} out of range (corrupt TOC)", e.dump_id))
                    .within(format!("TOC entry {}", i + 1)),
            );
        }
        entries.push(e);
    }
    Ok(Archive {
        version: v,
        int_size: r.int_size,
        off_size: r.off_size,
        format,
        compression,
        dbname,
        server_version,
        dump_version,
        entries,
        toc_end: r.pos,
    })
}

fn entry(r: &mut Reader, v: u32, format: u8) -> Result<Entry> {
    let mut e = Entry {
        dump_id: r.int()?,
        had_dumper: r.int()? != 0,
        tableoid: r.str()?,
        oid: r.str()?,
        ..Entry::default()
    };
    (e.tag, e.raw.tag) = r.str_raw()?.unwrap_or_default();
    e.desc = r.str()?;
    e.section = r.int()?;
    e.defn = r.raw()?;
    (e.drop_stmt, e.raw.drop_stmt) = r.str_raw()?.unwrap_or_default();
    e.copy_stmt = r.raw()?;
    match r.str_raw()? {
        Some(ns) => (e.namespace, e.raw.namespace) = ns,
        None => e.namespace_null = true,
    }
    (e.tablespace, e.raw.tablespace) = r.str_raw()?.unwrap_or_default();
    if v >= K_VERS_1_14 {
        e.tableam = r.str()?;
    }
    if v >= K_VERS_1_16 {
        e.relkind = r.int()?;
    }
    match r.str_raw()? {
        Some(o) => (e.owner, e.raw.owner) = o,
        None => e.owner_null = true,
    }
    let _with_oids = r.str()?;
    while let Some(d) = r.str_opt()? {
        e.deps.push(d.trim().parse().unwrap_or(0));
    }
    match format {
        FMT_CUSTOM => {
            let (flag, pos) = r.offset()?;
            e.data_state = flag;
            e.data_pos = pos;
        }
        _ => e.filename = r.str_opt()?,
    }
    Ok(e)
}
