//! Sweeping a folder of backups: every dump under a directory that is not itself a directory
//! archive, recognised by content, not by name alone; symbolic links are not followed (a link
//! may point anywhere, or in a circle), and what cannot be read is reported, not skipped.

use super::input::{sniff, Format};
use std::io::Read;
use std::path::{Path, PathBuf};

/// What a sweep found: the dumps in a stable (sorted) order, and what it could not read.
#[derive(Debug, Default)]
pub struct Swept {
    pub dumps: Vec<PathBuf>,
    pub errors: Vec<(PathBuf, std::io::Error)>,
}

/// Whether `dir` is a directory archive (pg_dump -Fd): it holds `toc.dat`.
pub fn is_directory_archive(dir: &Path) -> bool {
    dir.join("toc.dat").is_file()
}

/// Every dump under `dir`, depth first.
pub fn sweep(dir: &Path) -> Swept {
    let mut out = Swept::default();
    walk(dir, &mut out);
    out.dumps.sort();
    out
}

fn walk(dir: &Path, out: &mut Swept) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return out.errors.push((dir.to_path_buf(), e)),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for e in entries {
        match e {
            Ok(e) => paths.push(e.path()),
            Err(err) => out.errors.push((dir.to_path_buf(), err)),
        }
    }
    paths.sort();
    for p in paths {
        // symlink_metadata: a link is seen as a link, never followed.
        let meta = match std::fs::symlink_metadata(&p) {
            Ok(m) => m,
            Err(e) => {
                out.errors.push((p, e));
                continue;
            }
        };
        if meta.is_dir() {
            if is_directory_archive(&p) {
                out.dumps.push(p);
            } else {
                walk(&p, out);
            }
        } else if meta.is_file() {
            match looks_like_dump(&p) {
                Ok(true) => out.dumps.push(p),
                Ok(false) => {}
                Err(e) => out.errors.push((p, e)),
            }
        }
    }
}

/// A custom archive (its magic), a tar archive whose first member is `toc.dat`, plain SQL that
/// says pg_dump or pg_dumpall wrote it, or a compressed file named like a dump (`.sql.gz`,
/// `.dump.zst`, ...; what it holds is checked when it is scanned).
fn looks_like_dump(p: &Path) -> std::io::Result<bool> {
    let mut head = vec![0u8; 8192];
    let mut f = std::fs::File::open(p)?;
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..])? {
            0 => break,
            k => n += k,
        }
    }
    let head = &head[..n];
    let name = p
        .file_name()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    Ok(match sniff(head) {
        Format::Custom => true,
        Format::Tar => head.starts_with(b"toc.dat\0"),
        Format::Gzip | Format::Zstd | Format::Lz4 => [".sql.", ".dump.", ".pgdump."].iter().any(|s| name.contains(s)),
        // The comment line pg_dump and pg_dumpall begin with, as a line of its own: a text
        // that only mentions it (a README about dumps) is not a dump.
        Format::Plain | Format::Directory => head.split(|&b| b == b'\n').any(|l| {
            let l = l.strip_suffix(b"\r").unwrap_or(l);
            l == b"-- PostgreSQL database dump" || l == b"-- PostgreSQL database cluster dump"
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dumps_by_content_and_does_not_follow_links() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::create_dir_all(root.join("fd")).unwrap();
        std::fs::write(root.join("fd/toc.dat"), b"PGDMP").unwrap();
        std::fs::write(root.join("fd/3001.dat"), b"").unwrap();
        std::fs::write(root.join("a/one.sql"), "--\n-- PostgreSQL database dump\n--\n").unwrap();
        std::fs::write(root.join("a/b/nightly.backup"), b"PGDMP\x01\x10").unwrap();
        std::fs::write(root.join("a/notes.txt"), "not a dump").unwrap();
        std::fs::write(
            root.join("a/README.md"),
            "pg_dump writes \"-- PostgreSQL database dump\" first\n",
        )
        .unwrap();
        std::fs::write(root.join("a/b/crlf.sql"), "--\r\n-- PostgreSQL database dump\r\n--\r\n").unwrap();
        std::fs::write(root.join("a/b/other.sql"), "SELECT 1;").unwrap();
        std::os::unix::fs::symlink(root.join("a"), root.join("a/b/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("a/one.sql"), root.join("link.sql")).unwrap();
        let s = sweep(root);
        let rel: Vec<String> = s
            .dumps
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(rel, vec!["a/b/crlf.sql", "a/b/nightly.backup", "a/one.sql", "fd"]);
        assert!(s.errors.is_empty(), "{:?}", s.errors);
    }
}
