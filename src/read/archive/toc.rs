//! The archive header and table of contents, as `toc.dat` and the start of a custom archive hold
//! them: integers are a sign byte and `int_size` little-endian bytes, strings an integer length
//! (-1 for NULL) and the bytes.

use super::{ArchiveError, Result};

/// Archive 1.12 (separate BLOB entries): the oldest version read.
pub const K_VERS_1_12: u32 = version(1, 12, 0);
/// Archive 1.14 (PostgreSQL 12): entries name a table access method.
pub const K_VERS_1_14: u32 = version(1, 14, 0);
/// Archive 1.15 (PostgreSQL 16): the header names the compression algorithm, not a
/// gzip level.
pub const K_VERS_1_15: u32 = version(1, 15, 0);
/// Archive 1.16 (PostgreSQL 17): entries carry a relkind.
pub const K_VERS_1_16: u32 = version(1, 16, 0);

/// An archive version packed as pg_dump packs it: major, minor and revision a byte each.
pub const fn version(maj: u8, min: u8, rev: u8) -> u32 {
    ((maj as u32) << 16) | ((min as u32) << 8) | rev as u32
}

/// Archive format byte.
pub const FMT_CUSTOM: u8 = 1;
/// Archive format byte of a tar archive (`pg_dump -Ft`).
pub const FMT_TAR: u8 = 3;
/// Archive format byte of a directory archive (`pg_dump -Fd`).
pub const FMT_DIRECTORY: u8 = 5;

/// Offset flags of a custom archive's TOC entry.
pub const K_OFFSET_POS_NOT_SET: u8 = 1;
/// The entry has data, at the position the TOC records.
pub const K_OFFSET_POS_SET: u8 = 2;
/// The entry has no data.
pub const K_OFFSET_NO_DATA: u8 = 3;

/// How an archive's data (or a compressed plain dump) is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Not compressed.
    None,
    /// gzip: zlib streams in a custom archive, gzip files (`.gz`) elsewhere.
    Gzip,
    /// lz4 frames (custom blocks and `.lz4` members alike).
    Lz4,
    /// zstd frames (custom blocks and `.zst` members alike).
    Zstd,
}

impl Compression {
    /// The algorithm's name in reports and messages (`gzip`).
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
    /// The entry's dump id: positive, unique in the archive, what `deps` refer to.
    pub dump_id: i64,
    /// pg_dump wrote data for the entry (table rows, large objects): only then is there any.
    pub had_dumper: bool,
    /// OID of the system catalog holding the object's row (`1259`, `pg_class`, for a
    /// table), as text.
    pub tableoid: String,
    /// The object's OID in the dumped database, as text.
    pub oid: String,
    /// The object's name as pg_dump tags the entry (lossy; [`Entry::raw`] has the bytes).
    pub tag: String,
    /// The object type as pg_dump writes it in the TOC: `TABLE`, `TABLE DATA`, `ACL`, ...
    pub desc: String,
    /// 1 none, 2 pre-data, 3 data, 4 post-data.
    pub section: i64,
    /// SQL text in the dump's encoding (kept as bytes: a LATIN1 dump stays LATIN1).
    pub defn: Vec<u8>,
    /// The `DROP` statement `pg_restore --clean` would run (lossy text).
    pub drop_stmt: String,
    /// The `COPY ... FROM stdin;` that starts a table's data, in the dump's encoding; empty
    /// when the data is INSERTs.
    pub copy_stmt: Vec<u8>,
    /// The object's schema (lossy text); empty when it has none.
    pub namespace: String,
    /// The archive holds NULL, not an empty string, for the schema or owner (pg_restore
    /// prints `-` for NULL and nothing for an empty string; old archives have both).
    pub namespace_null: bool,
    /// The archive holds NULL for the owner (see [`Entry::namespace_null`]).
    pub owner_null: bool,
    /// The archive holds NULL for the tablespace (pg_restore then sets none; "" sets the
    /// default).
    pub tablespace_null: bool,
    /// The archive holds NULL for the table access method (likewise).
    pub tableam_null: bool,
    /// The object's tablespace (lossy text); empty for the default.
    pub tablespace: String,
    /// A table's access method (`heap`); empty for other objects and before archive 1.14.
    pub tableam: String,
    /// A relation's `pg_class.relkind` as a character code (114 for `r`); 0 when none is
    /// given (other objects, archives before 1.16).
    pub relkind: i64,
    /// The object's owner role (lossy text); empty when it has none.
    pub owner: String,
    /// The tag, schema, owner and tablespace as the archive holds them, in the dump's encoding:
    /// what the restore writes into the text (the `String`s above are for people, lossy).
    pub raw: RawNames,
    /// Dump ids of the entries this one depends on.
    pub deps: Vec<i64>,
    /// Custom format: offset flag and data position.
    pub data_state: u8,
    /// Byte offset of the entry's data block in the archive file; meaningful only when
    /// `data_state` is [`K_OFFSET_POS_SET`].
    pub data_pos: u64,
    /// Directory and tar formats: the data file's name.
    pub filename: Option<String>,
}

/// Names as bytes in the dump's encoding (see [`Entry::raw`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawNames {
    /// [`Entry::tag`] as bytes.
    pub tag: Vec<u8>,
    /// [`Entry::namespace`] as bytes.
    pub namespace: Vec<u8>,
    /// [`Entry::owner`] as bytes.
    pub owner: Vec<u8>,
    /// [`Entry::tablespace`] as bytes.
    pub tablespace: Vec<u8>,
    /// [`Entry::drop_stmt`] as bytes.
    pub drop_stmt: Vec<u8>,
}

/// An archive's header and TOC.
#[derive(Debug, Clone)]
pub struct Archive {
    /// Archive version, packed as by [`version`] (1.16.0 is `0x011000`).
    pub version: u32,
    /// Bytes of an integer after its sign byte (4 as pg_dump writes them).
    pub int_size: usize,
    /// Bytes of a data offset (8 as pg_dump writes them).
    pub off_size: usize,
    /// Format byte: [`FMT_CUSTOM`], [`FMT_TAR`] or [`FMT_DIRECTORY`].
    pub format: u8,
    /// The compression the header declares (data whose magic bytes say otherwise is read
    /// as what they say).
    pub compression: Compression,
    /// When the archive was made, as the header holds it: seconds, minutes, hours, day of
    /// the month, month (0-11), years since 1900, daylight saving.
    pub created: [i64; 7],
    /// Name of the database dumped.
    pub dbname: String,
    /// Version of the server dumped (`16.2`); may be empty.
    pub server_version: String,
    /// Version of the pg_dump that wrote the archive (`17.0`).
    pub dump_version: String,
    /// The TOC entries in archive order (pg_dump's, not the order of the restore).
    pub entries: Vec<Entry>,
    /// Where the TOC ends (custom format: the first data block follows).
    pub toc_end: usize,
}

impl Archive {
    /// The archive version as `major.minor.rev` (`1.16.0`).
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
    /// The bytes read (an archive, or a `toc.dat`).
    pub b: &'b [u8],
    /// Byte offset in `b` of the next read.
    pub pos: usize,
    /// Bytes of an integer after its sign byte (the header's; 4 until it is read).
    pub int_size: usize,
    /// Bytes of a data offset (the header's; 8 until it is read).
    pub off_size: usize,
}

impl<'b> Reader<'b> {
    /// A reader at the start of `b`, with pg_dump's usual sizes until the header is read.
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

    /// The next byte.
    pub fn byte(&mut self) -> Result<u8> {
        let v = *self.b.get(self.pos).ok_or_else(|| self.short("a byte"))?;
        self.pos += 1;
        Ok(v)
    }

    /// The next `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'b [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len());
        let end = end.ok_or_else(|| self.short(&format!("a {n}-byte field")))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// An integer: a sign byte (non-zero for negative), then `int_size` little-endian bytes.
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

    /// A string as text, NULL as empty.
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
    // A real version is two small binary bytes: text there (`\\00`, `\\x01`) or a UTF-8
    // replacement character means the archive went through a text conversion.
    if maj == b'\\' || maj == 0xEF || (maj.is_ascii_graphic() && min.is_ascii_graphic()) {
        let what = if maj == 0xEF {
            "a UTF-8 replacement character"
        } else {
            "text"
        };
        let shown: String = [maj, min, rev]
            .iter()
            .map(|&b| std::ascii::escape_default(b).to_string())
            .collect();
        return Err(ArchiveError::new(
            5,
            format!("the bytes after PGDMP are {what} (`{shown}`), not an archive version: the archive was saved through a text conversion (its binary bytes written as escapes or re-encoded); use the file as pg_dump wrote it"),
        ));
    }
    if !(K_VERS_1_12..version(1, 17, 0)).contains(&v) {
        return Err(ArchiveError::new(
            5,
            format!("archive version {maj}.{min}.{rev} is not supported (1.12 to 1.16: pg_dump 9.0 to 18)"),
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
    let mut created = [0i64; 7];
    for c in &mut created {
        *c = r.int()?;
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
        created,
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
    match r.str_raw()? {
        Some(t) => (e.tablespace, e.raw.tablespace) = t,
        None => e.tablespace_null = true,
    }
    if v >= K_VERS_1_14 {
        match r.str_opt()? {
            Some(t) => e.tableam = t,
            None => e.tableam_null = true,
        }
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
