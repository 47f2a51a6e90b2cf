//! Dumps in the client-only encodings whose trail bytes can be a backslash (SJIS, SHIFT_JIS_2004,
//! BIG5, GBK, GB18030, UHC, JOHAB), made by the real pg_dump with `--encoding`
//! (`scripts/make-encoding-dumps.sh`): every command reads them as psql and the server do. Each
//! table holds characters whose second byte is 0x5C in the column before an email; read byte by
//! byte, that backslash escaped the tab, the email landed in the `note` column, INSERTs were lost
//! and `E'表'` never ended. Whether a real server loads them is checked in verify_differential.

mod common;

use common::run;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn dumps() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encodings");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql" || x == "dump"))
        .collect();
    v.sort();
    assert!(v.len() >= 16, "{} dumps in {}", v.len(), dir.display());
    v
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.code().unwrap_or(9) <= 1,
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_command_reads_them_character_by_character() {
    for p in dumps() {
        let path = p.to_str().unwrap();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let encoding = name.split('.').next().unwrap().replace('-', "_").to_uppercase();
        // PostgreSQL checks JOHAB as EUC (every trail byte 0xA1..0xFE): the server refuses
        // most Hangul that pg_dump writes in it, so these dumps do not restore, and say why.
        let johab = encoding == "JOHAB";

        let inv = json(&["inspect", "--format", "json", path]);
        if !johab {
            assert_eq!(inv["warnings"], Value::Array(vec![]), "{name}: {}", inv["warnings"]);
        }
        assert_eq!(inv["header"]["encoding"], encoding.as_str(), "{name}");
        let tables = inv["tables"].as_array().unwrap();
        assert_eq!(tables.len(), 1, "{name}");
        let t = &tables[0];
        assert_eq!(
            (t["schema"].as_str(), t["name"].as_str()),
            (Some("public"), Some("顧客")),
            "{name}"
        );
        assert_eq!(t["rows"], 3, "{name}");
        let cols: Vec<&str> = t["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(cols, ["id", "name", "note", "email"], "{name}");

        // The emails are found in their own column, three of three rows, and nowhere else.
        let scan = json(&["scan", "--format", "json", path]);
        if !johab {
            assert_eq!(scan["warnings"], Value::Array(vec![]), "{name}");
        }
        let found: Vec<(String, String, u64)> = scan["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_string(),
                    f["column"].as_str().unwrap_or("").to_string(),
                    f["count"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        assert_eq!(found, [("pii-email".to_string(), "email".to_string(), 3)], "{name}");

        let v = json(&["verify", "--format", "json", path]);
        let bad: Vec<&Value> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] != "low")
            .collect();
        if johab {
            assert_eq!(
                bad.first().map(|f| &f["rule"]),
                Some(&Value::from("invalid-encoding")),
                "{name}"
            );
        } else {
            assert!(bad.is_empty(), "{name}: {bad:?}");
        }
    }
}

/// The sanitized copy of a transcoded dump is UTF-8, and says so.
#[test]
fn the_sanitized_copy_is_utf8_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encodings/sjis.sql");
    let out = dir.path().join("out.sql");
    let r = run(&[
        "sanitize",
        src.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let text = String::from_utf8(std::fs::read(&out).unwrap()).expect("the copy is UTF-8");
    assert!(text.contains("SET client_encoding = 'UTF8';"), "{text}");
    assert!(!text.contains("'SJIS'"), "{text}");
    assert!(text.contains("表ソ十予能"), "{text}");
}

/// A client-only encoding named deep in a script (not where pg_dump names it) is not silently
/// read byte by byte: scan and verify report it.
#[test]
fn a_late_client_only_encoding_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("late.sql");
    let mut text = b"CREATE TABLE t (a text);\n".to_vec();
    for i in 0..3000 {
        text.extend_from_slice(format!("-- padding line {i} of a hand-written script\n").as_bytes());
    }
    // In SJIS, 0x95 0x5C is one character: psql ends the string at the quote and runs `\!`.
    // Read byte by byte, the string runs on to the quote in the comment and hides the command.
    text.extend_from_slice(b"SET client_encoding = 'SJIS';\nSELECT E'\x95\\';\n\\! echo hi\n-- '\n;\n");
    std::fs::write(&p, &text).unwrap();
    for cmd in ["scan", "verify"] {
        let v = json(&[cmd, "--format", "json", p.to_str().unwrap()]);
        let rules: Vec<&str> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert!(rules.contains(&"client-encoding-unread"), "{cmd}: {rules:?}");
    }
}
