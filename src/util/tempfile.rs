//! Temporary files with no name: made with O_TMPFILE (or unlinked the moment they are made),
//! they go when closed, however the process ends (an error, Ctrl-C, a kill), and nothing else
//! can open them meanwhile.

use std::fs::File;
use std::path::Path;

/// A file in `dir` that no name points to: it goes when it is closed, however the process ends.
pub fn anonymous(dir: &Path) -> std::io::Result<File> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{Mode, OFlags};
        // O_TMPFILE: never linked at all (Linux 3.11 and later, on most file systems).
        if let Ok(fd) = rustix::fs::open(
            dir,
            OFlags::TMPFILE | OFlags::RDWR | OFlags::CLOEXEC,
            Mode::RUSR | Mode::WUSR,
        ) {
            return Ok(File::from(fd));
        }
    }
    // Elsewhere: made under a fresh name and unlinked at once.
    for n in 0u32.. {
        let path = dir.join(format!(".pgscreen-tmp-{}-{n}", std::process::id()));
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(f) => {
                std::fs::remove_file(&path)?;
                return Ok(f);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => continue,
            Err(e) => return Err(e),
        }
    }
    unreachable!("the loop returns")
}

/// An append-only anonymous temporary file, written once and then read back in ranges.
///
/// (Written with O_DIRECT to skip the page cache, the key checks' reads of it went at a fifth
/// of the speed on the 2-core VM of 2026-12-03, and the whole verify took longer.)
pub struct Spool {
    file: File,
    buf: Vec<u8>,
    /// Bytes written to the file.
    flushed: u64,
}

/// Bytes a spool writes at once.
const WRITE: usize = 1 << 20;

impl Spool {
    pub fn new(dir: &Path) -> std::io::Result<Spool> {
        Ok(Spool {
            file: anonymous(dir)?,
            buf: Vec::with_capacity(WRITE),
            flushed: 0,
        })
    }

    /// Bytes appended so far.
    pub fn appended(&self) -> u64 {
        self.flushed + self.buf.len() as u64
    }

    pub fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= WRITE {
            self.finish()?;
        }
        Ok(())
    }

    /// Writes what is still buffered; the file can be read from then on.
    pub fn finish(&mut self) -> std::io::Result<()> {
        use std::os::unix::fs::FileExt;
        self.file.write_all_at(&self.buf, self.flushed)?;
        self.flushed += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }

    /// Calls `f` with the bytes of `start..end` in order, in pieces read into `buf` (kept by
    /// the caller from one range to the next: a fresh buffer per range cost more than the
    /// reading); after [`Spool::finish`].
    pub fn read(&self, start: u64, end: u64, buf: &mut Vec<u8>, mut f: impl FnMut(&[u8])) -> std::io::Result<()> {
        use std::os::unix::fs::FileExt;
        const PIECE: u64 = 256 << 10;
        let want = PIECE.min(end.saturating_sub(start)) as usize;
        if buf.len() < want {
            buf.resize(want, 0);
        }
        let mut at = start;
        while at < end {
            let n = (end - at).min(PIECE) as usize;
            self.file.read_exact_at(&mut buf[..n], at)?;
            f(&buf[..n]);
            at += n as u64;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ranges read back as written, across the write buffer's size and at odd offsets.
    #[test]
    fn spool_reads_back_what_was_appended() {
        let mut s = Spool::new(&std::env::temp_dir()).unwrap();
        let data: Vec<u8> = (0..3_000_000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        for piece in data.chunks(77_777) {
            s.append(piece).unwrap();
        }
        assert_eq!(s.appended(), data.len() as u64);
        s.finish().unwrap();
        for (a, b) in [
            (0, 1),
            (4095, 4097),
            (1 << 20, (1 << 20) + 300_000),
            (12_345, 2_999_999),
            (0, 3_000_000),
        ] {
            let mut got = Vec::new();
            s.read(a as u64, b as u64, &mut Vec::new(), |x| got.extend_from_slice(x))
                .unwrap();
            assert_eq!(got, &data[a..b], "{a}..{b}");
        }
    }
}
