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
