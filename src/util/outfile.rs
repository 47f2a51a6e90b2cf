//! Where a file that is written whole goes. A regular file is replaced only once it is complete
//! (written under a temporary name beside it, then renamed into place), so an error or Ctrl-C
//! never leaves half of one. A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO)
//! is written as it is: renaming over it would replace the device node itself (as root,
//! `/dev/null` became a regular file).

use std::path::{Path, PathBuf};

/// What writing to a path means.
#[derive(Debug, PartialEq, Eq)]
pub enum Dest {
    /// A regular file, or nothing yet, at this path (a symbolic link resolved, so the link
    /// stays and its target is replaced): written under a temporary name and renamed.
    Replace(PathBuf),
    /// Not a regular file: written in place, as it comes.
    Stream,
}

pub fn destination(path: &Path) -> std::io::Result<Dest> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => Ok(Dest::Replace(std::fs::canonicalize(path)?)),
        // A directory: the rename fails and says so.
        Ok(m) if m.is_dir() => Ok(Dest::Replace(path.to_path_buf())),
        Ok(_) => Ok(Dest::Stream),
        // Nothing there (or a link to nothing): made by the rename.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Dest::Replace(path.to_path_buf())),
        Err(e) => Err(e),
    }
}

/// The temporary name a [`Dest::Replace`] is written under.
pub fn temporary_name(path: &Path) -> PathBuf {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".pgscreen-tmp");
    PathBuf::from(tmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_pipes_are_written_in_place_and_files_through_their_links() {
        assert_eq!(destination(Path::new("/dev/null")).unwrap(), Dest::Stream);
        let dir = std::env::temp_dir().join(format!("pgscreen-outfile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("report.json");
        assert_eq!(destination(&file).unwrap(), Dest::Replace(file.clone()));
        std::fs::write(&file, b"x").unwrap();
        let link = dir.join("link.json");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let real = std::fs::canonicalize(&file).unwrap();
        assert_eq!(destination(&link).unwrap(), Dest::Replace(real));
        let fifo = dir.join("fifo");
        let _ = std::fs::remove_file(&fifo);
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
            0,
        )
        .unwrap();
        assert_eq!(destination(&fifo).unwrap(), Dest::Stream);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
