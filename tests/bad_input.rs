//! Bad input gets one clear line on stderr naming the file and the line or byte offset, and
//! exit status 2 (or a warning and a report, where something sensible can still be reported).
//! Never a panic.

mod common;
use common::*;
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

/// Runs inspect in both formats; returns (status, stderr) and checks the error shape.
fn fails(path: &str, needle: &str) {
    for fmt in ["text", "json"] {
        fails_cleanly(&["inspect", "--format", fmt, path], path, &[needle]);
    }
}

#[test]
fn missing_file() {
    fails("/nonexistent/dump.sql", "No such file or directory");
}

#[test]
fn directory() {
    let d = tempfile::tempdir().unwrap();
    fails(d.path().to_str().unwrap(), "is a directory");
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    fails(&write(d.path(), "empty.sql", b""), "empty file");
}

/// A dump Windows PowerShell's `>` wrote: UTF-16 (with its byte-order mark, CRLF), plain or
/// compressed, is named as such with the way out, not as binary data.
#[test]
fn utf16_dump() {
    let d = tempfile::tempdir().unwrap();
    let text = "--\r\n-- PostgreSQL database dump\r\n--\r\n\r\nSET client_encoding = 'UTF8';\r\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
        .collect();
    let plain = write(d.path(), "ps.sql", &le);
    fails(&plain, "UTF-16LE text");
    fails_cleanly(&["verify", &plain], &plain, &["iconv"]);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &le).unwrap();
    let gz = write(d.path(), "ps.sql.gz", &gz.finish().unwrap());
    fails_cleanly(&["scan", &gz], &gz, &["UTF-16LE text inside the compressed file"]);
}

#[test]
fn binary_garbage() {
    let d = tempfile::tempdir().unwrap();
    let mut junk = b"\x89PNG\r\n\x1a\n".to_vec();
    junk.extend((0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
    fails(&write(d.path(), "junk.bin", &junk), "byte offset");
    fails(
        &write(d.path(), "nul.sql", b"SELECT 1;\n\0\0\0"),
        "byte offset 10: NUL byte",
    );
}

#[test]
fn copy_without_terminator() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "c.sql",
        b"CREATE TABLE t (a int);\n\nCOPY t (a) FROM stdin;\n1\n2\n",
    );
    fails(&p, "line 4: COPY data starting at line 4 has no \\. terminator");
}

#[test]
fn truncated_file() {
    let d = tempfile::tempdir().unwrap();
    let full = std::fs::read(corpus("chinook.schema-only.sql")).unwrap();
    // Cut in the middle of a CREATE TABLE.
    let start = full.windows(12).position(|w| w == b"CREATE TABLE").unwrap();
    let cut = start + 40;
    let line = full[..start].iter().filter(|&&b| b == b'\n').count() + 1;
    let p = write(d.path(), "cut.sql", &full[..cut]);
    fails(
        &p,
        &format!("line {line}: statement starting at line {line} is not terminated"),
    );
}

#[test]
fn unterminated_quote() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "q.sql",
        b"SELECT 1;\nCOMMENT ON TABLE t IS 'oops;\nSELECT 2;\n",
    );
    fails(&p, "line 2: unterminated quoted string");
    let p = write(
        d.path(),
        "d.sql",
        b"CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1;\n",
    );
    fails(&p, "line 1: unterminated dollar-quoted string");
    let p = write(d.path(), "c.sql", b"/* never closed\nSELECT 1;\n");
    fails(&p, "line 1: unterminated /* comment");
}

#[test]
fn invalid_utf8_in_data_is_a_warning_with_its_line() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "u.sql",
        b"SET client_encoding = 'UTF8';\nCREATE TABLE t (a text);\nCOPY t (a) FROM stdin;\nok\ncaf\xe9\n\\.\n",
    );
    let out = run(&["inspect", &p]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{p}: line 5: warning: invalid UTF-8 in the data of public.t")),
        "{err}"
    );
    let inv = json(&["inspect", "--format", "json", &p]);
    assert_eq!(inv["tables"][0]["rows"], 2);
    assert_eq!(inv["warnings"][0]["line"], 5);
}

#[test]
fn latin1_dump_is_read_in_its_encoding() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "l.sql",
        b"SET client_encoding = 'LATIN1';\nCREATE TABLE \"caf\xe9\" (\"na\xefve\" text);\nCOPY \"caf\xe9\" (\"na\xefve\") FROM stdin;\ncr\xe8me\n\\.\n",
    );
    let inv = json(&["inspect", "--format", "json", &p]);
    assert_eq!(inv["warnings"].as_array().unwrap().len(), 0, "{}", inv["warnings"]);
    assert_eq!(inv["header"]["encoding"], "LATIN1");
    assert_eq!(inv["tables"][0]["name"], "café");
    assert_eq!(inv["tables"][0]["columns"][0]["name"], "naïve");
    assert_eq!(inv["tables"][0]["rows"], 1);
}

#[test]
fn statement_that_does_not_parse_is_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "p.sql", b"CREATE TABLE t (a int);\nCREATE TABLEX oops;\n");
    let out = run(&["inspect", &p]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2: warning: statement does not parse: syntax error"),
        "{err}"
    );
}

#[test]
fn field_count_mismatch_is_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "f.sql",
        b"CREATE TABLE t (a int, b int);\nCOPY t (a, b) FROM stdin;\n1\t2\n3\t4\t5\n\\.\n",
    );
    let inv = json(&["inspect", "--format", "json", &p]);
    assert_eq!(inv["warnings"][0]["line"], 4);
    assert!(inv["warnings"][0]["message"].as_str().unwrap().contains("has 3 fields"));
}

#[test]
fn truncated_compressed_input_is_named_not_misread() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "x.sql.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00");
    fails(&p, "byte offset 8: gzip data is corrupt or truncated");
    let p = write(d.path(), "x.sql.zst", b"\x28\xb5\x2f\xfd\x00");
    fails(&p, "byte offset 5: zstd data is corrupt or truncated");
    let p = write(d.path(), "x.dump", b"PGDMP\x01");
    fails(&p, "byte offset 6: archive ends inside a byte (truncated?)");
    // An archive committed as text (seen in a public repository): its NUL bytes are `\00`.
    let p = write(d.path(), "t.dump", b"PGDMP\\000\\001\\016\\000rest");
    fails(&p, "byte offset 5: the bytes after PGDMP are text");
    let p = write(d.path(), "u.dump", b"PGDMP\xef\xbf\xbd\x0e\x00rest");
    fails(&p, "the bytes after PGDMP are a UTF-8 replacement character");
}

#[test]
fn usage_errors_exit_2() {
    let out = run(&["inspect"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn fuzzer_findings_stay_fixed() {
    // Inputs the fuzzers once broke (a panic in percent-decoding a URI's password).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        for cmd in ["inspect", "scan", "verify"] {
            let out = run(&[cmd, "--format", "json", p.to_str().unwrap()]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(matches!(out.status.code(), Some(0..=2)), "{cmd} {p:?}: {err}");
            assert!(!err.contains("panicked"), "{cmd} {p:?}: {err}");
        }
    }
}

/// A temporary directory verify cannot use is said at once, in one line naming it.
#[test]
fn an_unusable_temp_dir_is_refused_up_front() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "t.sql", b"CREATE TABLE public.t (a int);\n");
    let file = d.path().join("t.sql");
    for (dir, says) in [
        ("/proc", "cannot hold verify's temporary file"),
        (file.to_str().unwrap(), "is not a directory"),
    ] {
        let out = run(&["verify", "--temp-dir", dir, &p]);
        assert_eq!(out.status.code(), Some(2), "{dir}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with(&format!("pgscreen: {dir}: {says}")), "{err}");
    }
}
