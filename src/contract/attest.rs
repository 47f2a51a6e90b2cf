//! Provenance for `check`: the facts about the dump file (size, times, device/inode, filesystem),
//! the path guard that refuses network filesystems, devices, FIFOs and sockets, and the
//! attestation record a reviewer keeps and `--verify-attestation` re-checks.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Where a filesystem keeps its bytes, as far as a reviewer cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FsClass {
    /// On this machine (disk, tmpfs, overlay, ...).
    Local,
    /// Another machine or a user-space filesystem that may fetch from one (NFS, SMB, 9p, FUSE).
    Remote,
    /// A magic this build does not know: recorded, not refused.
    Unknown,
}

/// Filesystem name and class by `statfs` `f_type` magic (linux/magic.h and the filesystems'
/// own headers).
pub fn classify_fs(magic: u64) -> (&'static str, FsClass) {
    use FsClass::*;
    match magic {
        0xEF53 => ("ext2/3/4", Local),
        0x5846_5342 => ("xfs", Local),
        0x9123_683E => ("btrfs", Local),
        0x0102_1994 => ("tmpfs", Local),
        0x8584_58F6 => ("ramfs", Local),
        0x794C_7630 => ("overlayfs", Local),
        0x2FC1_2FC1 => ("zfs", Local),
        0xF2F5_2010 => ("f2fs", Local),
        0x4D44 => ("vfat", Local),
        0x2011_BAB0 => ("exfat", Local),
        0x5346_544E => ("ntfs", Local),
        0x7366_746E => ("ntfs3", Local),
        0x9660 => ("iso9660", Local),
        0x7371_7368 => ("squashfs", Local),
        0x2846_3B4E | 0x28CD_3D45 => ("cramfs", Local),
        0xF15F => ("ecryptfs", Local),
        0x6462_6720 => ("debugfs", Local),
        0x6969 => ("nfs", Remote),
        0x517B => ("smb", Remote),
        0xFF53_4D42 => ("cifs", Remote),
        0xFE53_4D42 => ("smb2", Remote),
        0x0102_1997 => ("9p", Remote),
        0x6573_5546 => ("fuse", Remote),
        0x0065_735F => ("fuseblk", Remote),
        0x00C3_6400 => ("ceph", Remote),
        0x5346_414F | 0x6B41_4653 => ("afs", Remote),
        0x7375_7245 => ("coda", Remote),
        0x564C => ("ncp", Remote),
        0x0BD0_0BD0 => ("lustre", Remote),
        0x0116_1970 => ("gfs2", Remote),
        0x7461_636F => ("ocfs2", Remote),
        0x4750_4653 => ("gpfs", Remote),
        0x0131_11A8 => ("ibrix", Remote),
        _ => ("unknown", Unknown),
    }
}

/// The guard's decision for a filesystem magic: its name and class, or why it is refused.
pub fn judge_fs(magic: u64, allow_remote: bool) -> std::result::Result<(&'static str, FsClass), String> {
    let (name, class) = classify_fs(magic);
    if class == FsClass::Remote && !allow_remote {
        return Err(format!(
            "is on a {name} filesystem (network or user-space, magic {magic:#x}); copy it to a local disk or pass --allow-remote"
        ));
    }
    Ok((name, class))
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Filesystem {
    pub name: String,
    pub magic: String,
    pub class: FsClass,
}

/// What the operating system says about the dump file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileFacts {
    pub path: String,
    pub size: u64,
    /// Last modification, UTC, RFC 3339.
    pub mtime: String,
    pub device: u64,
    pub inode: u64,
    pub filesystem: Filesystem,
}

/// Refuses what a hand-off must not be read from: anything but a regular file (FIFOs, sockets,
/// devices would be read once and cannot be attested) and, unless `allow_remote`, a file on a
/// network or user-space filesystem. Never opens the file, so a FIFO cannot block it.
pub fn guard(path: &Path, allow_remote: bool) -> Result<FileFacts> {
    let refuse = |what: String| Error::Refused {
        path: path.to_path_buf(),
        what,
    };
    if path == Path::new("-") {
        return Err(refuse(
            "check needs a file on disk, not standard input: an attestation names one file".into(),
        ));
    }
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    let ft = meta.file_type();
    // A directory-format archive is a folder of regular files: each must pass the guard.
    let archive_dir = ft.is_dir() && path.join("toc.dat").is_file();
    let mut size = meta.len();
    if archive_dir {
        size = 0;
        for e in std::fs::read_dir(path).map_err(io)? {
            let e = e.map_err(io)?;
            let t = e.file_type().map_err(io)?;
            if !t.is_file() {
                return Err(refuse(format!(
                    "holds {}, a {}: a directory archive holds only regular files",
                    e.file_name().to_string_lossy(),
                    file_kind(&t)
                )));
            }
            size += e.metadata().map_err(io)?.len();
        }
    } else if !ft.is_file() {
        return Err(refuse(format!(
            "is a {}, not a regular file or a directory archive; refusing to check it",
            file_kind(&ft)
        )));
    }
    let magic = statfs_magic(path).map_err(io)?;
    let (name, class) = judge_fs(magic, allow_remote).map_err(refuse)?;
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    Ok(FileFacts {
        path: canonical.display().to_string(),
        size,
        mtime: meta.modified().map(utc).unwrap_or_default(),
        device: dev_ino(&meta).0,
        inode: dev_ino(&meta).1,
        filesystem: Filesystem {
            name: name.into(),
            magic: format!("{magic:#x}"),
            class,
        },
    })
}

fn file_kind(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "FIFO";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_block_device() {
            return "block device";
        }
        if ft.is_char_device() {
            return "character device";
        }
    }
    if ft.is_dir() {
        "directory"
    } else {
        "special file"
    }
}

#[cfg(target_os = "linux")]
fn statfs_magic(path: &Path) -> std::io::Result<u64> {
    let st = rustix::fs::statfs(path).map_err(std::io::Error::from)?;
    #[allow(clippy::unnecessary_cast)]
    Ok(st.f_type as u64)
}

#[cfg(not(target_os = "linux"))]
fn statfs_magic(_path: &Path) -> std::io::Result<u64> {
    Ok(0)
}

#[cfg(unix)]
fn dev_ino(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn dev_ino(_meta: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

/// RFC 3339 UTC with seconds.
pub fn utc(t: std::time::SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

/// The source revision this binary was built from (`git describe`), when it was built in a
/// checkout.
pub fn git_commit() -> &'static str {
    option_env!("PGSCREEN_GIT_COMMIT").unwrap_or("unknown")
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AttestTool {
    pub name: String,
    pub version: String,
    pub git_commit: String,
    pub rules_sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AttestHeader {
    pub pg_dump_version: Option<String>,
    pub server_version: Option<String>,
    pub encoding: Option<String>,
    pub restrict_key: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AttestContract {
    pub path: String,
    pub sha256: String,
}

/// The record `check --attest` writes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Attestation {
    pub attestation_version: u32,
    pub file: FileFacts,
    pub sha256: String,
    pub format: String,
    pub header: AttestHeader,
    pub tool: AttestTool,
    pub contract: AttestContract,
    pub requirements: Vec<serde_json::Value>,
    /// category -> severity -> findings.
    pub findings: std::collections::BTreeMap<String, std::collections::BTreeMap<String, usize>>,
    pub verdict: String,
    pub checked_at: String,
}

/// The outcome of `--verify-attestation`.
#[derive(Debug, Serialize)]
pub struct Verification {
    pub attestation: String,
    pub path: String,
    pub attested_sha256: String,
    pub sha256: String,
    pub attested_size: u64,
    pub size: u64,
    /// The file is the attested one, and (with a trusted key) the signature verifies.
    pub matches: bool,
    pub signature: Signature,
    /// Facts that changed without changing the content (a copy, a touch): worth knowing, not a failure.
    pub notes: Vec<String>,
    pub attested_verdict: String,
}

/// The in-toto Statement type every attestation is written as, and our predicate's type.
pub const STATEMENT_TYPE: &str = "https://in-toto.io/Statement/v1";
pub const PREDICATE_TYPE: &str = "https://pgscreen.dev/attestation/check/v1";
/// DSSE's payload type for an in-toto statement.
pub const PAYLOAD_TYPE: &str = "application/vnd.in-toto+json";

/// The in-toto Statement v1 for a check: the dump (its file name and sha256) as the subject,
/// the record as the predicate.
pub fn statement(att: &Attestation) -> serde_json::Value {
    let name = Path::new(&att.file.path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| att.file.path.clone());
    serde_json::json!({
        "_type": STATEMENT_TYPE,
        "subject": [{ "name": name, "digest": { "sha256": att.sha256 } }],
        "predicateType": PREDICATE_TYPE,
        "predicate": att,
    })
}

/// DSSE's pre-authentication encoding: what is signed is never the payload alone, so a
/// signature cannot be replayed for another payload type.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = format!("DSSEv1 {} {payload_type} {} ", payload_type.len(), payload.len()).into_bytes();
    out.extend_from_slice(payload);
    out
}

/// A key file that is not a key: named with the file, without a line (PEM has none to point at).
fn key_error(path: &Path, what: String) -> Error {
    Error::Refused {
        path: path.to_path_buf(),
        what,
    }
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// An id for a public key: hex sha256 of its 32 bytes.
pub fn key_id(key: &ed25519_dalek::VerifyingKey) -> String {
    crate::util::digest::sha256_hex(key.as_bytes())
}

/// The statement in a DSSE envelope signed with an Ed25519 private key (PKCS#8 PEM, as
/// `openssl genpkey -algorithm ed25519` writes it).
pub fn sign(statement: &serde_json::Value, key_path: &Path) -> Result<serde_json::Value> {
    use base64::Engine as _;
    use ed25519_dalek::pkcs8::DecodePrivateKey;
    use ed25519_dalek::Signer;
    let key = ed25519_dalek::SigningKey::from_pkcs8_pem(&read_text(key_path)?)
        .map_err(|e| key_error(key_path, format!("not an Ed25519 private key in PKCS#8 PEM: {e}")))?;
    let payload = serde_json::to_vec(statement).unwrap_or_default();
    let sig = key.sign(&pae(PAYLOAD_TYPE, &payload));
    let b64 = base64::engine::general_purpose::STANDARD;
    Ok(serde_json::json!({
        "payloadType": PAYLOAD_TYPE,
        "payload": b64.encode(&payload),
        "signatures": [{ "keyid": key_id(&key.verifying_key()), "sig": b64.encode(sig.to_bytes()) }],
    }))
}

/// What a signature check said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signature {
    /// A signature by the trusted key verifies over the payload.
    Valid,
    /// Signed, but no signature by the trusted key verifies.
    Invalid,
    /// A trusted key was given and the attestation carries no signature.
    Unsigned,
    /// No trusted key was given: signatures (if any) were not checked.
    NotChecked,
}

/// Reads an attestation: a DSSE envelope (its payload an in-toto statement), a bare statement,
/// or the record of earlier versions; with `trusted` (an Ed25519 public key, PEM), checks the
/// envelope's signatures against it.
pub fn load_attestation(path: &Path, trusted: Option<&Path>) -> Result<(Attestation, Signature)> {
    use base64::Engine as _;
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let bad = |line: u64, what: String| Error::Syntax {
        path: path.to_path_buf(),
        line,
        what,
    };
    let v: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| bad(e.line() as u64, format!("not a pgscreen attestation: {e}")))?;
    let trusted = match trusted {
        Some(p) => {
            use ed25519_dalek::pkcs8::DecodePublicKey;
            Some(
                ed25519_dalek::VerifyingKey::from_public_key_pem(&read_text(p)?)
                    .map_err(|e| key_error(p, format!("not an Ed25519 public key in PEM: {e}")))?,
            )
        }
        None => None,
    };
    let (statement, signature) = if v.get("payloadType").is_some() {
        let b64 = base64::engine::general_purpose::STANDARD;
        let payload = v["payload"]
            .as_str()
            .and_then(|p| b64.decode(p).ok())
            .ok_or_else(|| bad(1, "DSSE envelope without a base64 payload".into()))?;
        let ptype = v["payloadType"].as_str().unwrap_or_default();
        let signature = match &trusted {
            None => Signature::NotChecked,
            Some(key) => {
                let sigs = v["signatures"].as_array().cloned().unwrap_or_default();
                let message = pae(ptype, &payload);
                let ok = sigs.iter().any(|s| {
                    s["sig"]
                        .as_str()
                        .and_then(|x| b64.decode(x).ok())
                        .and_then(|x| ed25519_dalek::Signature::from_slice(&x).ok())
                        .is_some_and(|sig| key.verify_strict(&message, &sig).is_ok())
                });
                match (ok, sigs.is_empty()) {
                    (true, _) => Signature::Valid,
                    (false, true) => Signature::Unsigned,
                    (false, false) => Signature::Invalid,
                }
            }
        };
        if ptype != PAYLOAD_TYPE {
            return Err(bad(1, format!("DSSE payload type {ptype:?} is not {PAYLOAD_TYPE}")));
        }
        let st: serde_json::Value =
            serde_json::from_slice(&payload).map_err(|e| bad(1, format!("DSSE payload is not JSON: {e}")))?;
        (st, signature)
    } else {
        let s = if trusted.is_some() {
            Signature::Unsigned
        } else {
            Signature::NotChecked
        };
        (v, s)
    };
    let record = if statement.get("_type").is_some() {
        if statement["predicateType"] != PREDICATE_TYPE {
            return Err(bad(
                1,
                format!("predicate type {} is not {PREDICATE_TYPE}", statement["predicateType"]),
            ));
        }
        statement["predicate"].clone()
    } else {
        statement
    };
    let att: Attestation =
        serde_json::from_value(record).map_err(|e| bad(1, format!("not a pgscreen attestation: {e}")))?;
    Ok((att, signature))
}

/// Compares a file, hashed now, with what an attestation recorded.
pub fn verify(
    att_path: &Path,
    att: &Attestation,
    facts: &FileFacts,
    sha256: String,
    signature: Signature,
) -> Verification {
    let mut notes = Vec::new();
    if facts.path != att.file.path {
        notes.push(format!("path differs: attested {}, now {}", att.file.path, facts.path));
    }
    if (facts.device, facts.inode) != (att.file.device, att.file.inode) {
        notes.push("device/inode differ: this is a copy of the attested file, or it was rewritten".into());
    }
    if facts.mtime != att.file.mtime {
        notes.push(format!(
            "mtime differs: attested {}, now {}",
            att.file.mtime, facts.mtime
        ));
    }
    Verification {
        attestation: att_path.display().to_string(),
        path: facts.path.clone(),
        matches: sha256 == att.sha256
            && facts.size == att.file.size
            && matches!(signature, Signature::Valid | Signature::NotChecked),
        signature,
        attested_sha256: att.sha256.clone(),
        sha256,
        attested_size: att.file.size,
        size: facts.size,
        notes,
        attested_verdict: att.verdict.clone(),
    }
}

pub fn path_string(p: &Path) -> String {
    std::fs::canonicalize(p)
        .unwrap_or_else(|_| PathBuf::from(p))
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_and_fuse_are_remote_local_disks_are_not() {
        for m in [
            0x6969u64,
            0xFF53_4D42,
            0xFE53_4D42,
            0x517B,
            0x0102_1997,
            0x6573_5546,
            0x00C3_6400,
        ] {
            assert_eq!(classify_fs(m).1, FsClass::Remote, "{m:#x}");
        }
        for m in [0xEF53u64, 0x5846_5342, 0x9123_683E, 0x0102_1994, 0x794C_7630] {
            assert_eq!(classify_fs(m).1, FsClass::Local, "{m:#x}");
        }
        assert_eq!(classify_fs(0x1234_5678), ("unknown", FsClass::Unknown));
    }

    #[test]
    fn guard_decision_refuses_remote_unless_allowed() {
        let e = judge_fs(0x6573_5546, false).unwrap_err();
        assert!(e.contains("fuse") && e.contains("--allow-remote"), "{e}");
        assert!(judge_fs(0x6969, false).unwrap_err().contains("nfs"));
        assert!(judge_fs(0xFF53_4D42, false).unwrap_err().contains("cifs"));
        assert_eq!(judge_fs(0x6573_5546, true), Ok(("fuse", FsClass::Remote)));
        assert_eq!(judge_fs(0x0102_1994, false), Ok(("tmpfs", FsClass::Local)));
        assert_eq!(judge_fs(0xEF53, false), Ok(("ext2/3/4", FsClass::Local)));
        assert_eq!(judge_fs(0x1234_5678, false), Ok(("unknown", FsClass::Unknown)));
    }

    #[test]
    fn guard_accepts_a_local_file_and_refuses_stdin_and_directories() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("d.sql");
        std::fs::write(&f, "SELECT 1;\n").unwrap();
        let facts = guard(&f, false).unwrap();
        assert_eq!(facts.size, 10);
        assert_ne!(facts.filesystem.class, FsClass::Remote);
        assert!(facts.mtime.ends_with('Z'), "{}", facts.mtime);
        assert!(guard(Path::new("-"), false).is_err());
        let e = guard(dir.path(), false).unwrap_err().to_string();
        assert!(e.contains("directory"), "{e}");
        // With a toc.dat it is a directory archive: accepted, sized by its files.
        std::fs::write(dir.path().join("toc.dat"), b"PGDMP").unwrap();
        let facts = guard(dir.path(), false).unwrap();
        assert_eq!(facts.size, 15);
    }

    #[cfg(unix)]
    #[test]
    fn guard_refuses_a_fifo_without_opening_it() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("pipe");
        let st = std::process::Command::new("mkfifo").arg(&f).status().unwrap();
        assert!(st.success());
        let e = guard(&f, true).unwrap_err().to_string();
        assert!(e.contains("FIFO"), "{e}");
    }
}
