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

    /// The file, everything appended written to it, and its length.
    pub fn into_file(mut self) -> std::io::Result<(File, u64)> {
        self.finish()?;
        Ok((self.file, self.flushed))
    }

    /// Fills `buf` from the file at `at`; after [`Spool::finish`].
    pub fn read_at(&self, buf: &mut [u8], at: u64) -> std::io::Result<()> {
        std::os::unix::fs::FileExt::read_exact_at(&self.file, buf, at)
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
            let mut got = vec![0u8; b - a];
            s.read_at(&mut got, a as u64).unwrap();
            assert_eq!(got, &data[a..b], "{a}..{b}");
        }
    }
}
