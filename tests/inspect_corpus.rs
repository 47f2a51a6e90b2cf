//! `inspect` on every plain dump of the real corpus, against the ground truth read from the live
//! databases: the set of tables, each table's columns in order with format_type type and NOT
//! NULL, primary keys, and exact row counts.

mod common;
use common::*;
use serde_json::Value;

fn check(dump: &str, truth_file: &str, database: Option<&str>, mode: Mode) {
    inspect_matches_truth(&corpus(dump), truth_file, database, mode);
}

#[test]
fn pagila_plain() {
    check("pagila.plain.sql", "pagila.truth.json", None, Mode::Full);
}

#[test]
fn chinook_plain() {
    check("chinook.plain.sql", "chinook.truth.json", None, Mode::Full);
}

#[test]
fn northwind_plain() {
    check("northwind.plain.sql", "northwind.truth.json", None, Mode::Full);
}

#[test]
fn regression_plain() {
    check("regression.plain.sql", "regression.truth.json", None, Mode::Full);
}

#[test]
fn insert_variants() {
    for d in [
        "chinook.inserts.sql",
        "chinook.column-inserts.sql",
        "chinook.rows-per-insert-100.sql",
    ] {
        check(d, "chinook.truth.json", None, Mode::Full);
    }
    check("pagila.inserts.sql", "pagila.truth.json", None, Mode::Full);
}

#[test]
fn create_variants() {
    for db in ["pagila", "chinook", "northwind"] {
        check(
            &format!("{db}.create.sql"),
            &format!("{db}.truth.json"),
            Some(db),
            Mode::Full,
        );
    }
}

#[test]
fn data_only_variants() {
    for db in ["pagila", "chinook", "northwind"] {
        check(
            &format!("{db}.data-only.sql"),
            &format!("{db}.truth.json"),
            None,
            Mode::DataOnly,
        );
    }
}

#[test]
fn schema_only_variants_have_tables_and_no_rows() {
    for db in ["pagila", "chinook", "northwind"] {
        let inv = json(&[
            "inspect",
            "--format",
            "json",
            corpus(&format!("{db}.schema-only.sql")).to_str().unwrap(),
        ]);
        let truth = truth(&format!("{db}.truth.json"));
        assert_eq!(
            inv["tables"].as_array().unwrap().len(),
            truth["tables"].as_array().unwrap().len()
        );
        assert!(inv["tables"].as_array().unwrap().iter().all(|t| t["rows"] == 0));
    }
}

#[test]
fn dumpall_has_every_database() {
    for db in ["pagila", "chinook", "northwind"] {
        check("cluster.dumpall.sql", &format!("{db}.truth.json"), Some(db), Mode::Full);
    }
    let inv = json(&[
        "inspect",
        "--format",
        "json",
        corpus("cluster.dumpall.sql").to_str().unwrap(),
    ]);
    assert_eq!(inv["header"]["dumped_by"], "pg_dumpall");
    let dbs: Vec<&str> = inv["header"]["databases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    for db in ["template1", "chinook", "northwind", "pagila", "postgres"] {
        assert!(dbs.contains(&db), "{db} in {dbs:?}");
    }
}

#[test]
fn regression_every_statement_parses() {
    let inv = json(&[
        "inspect",
        "--format",
        "json",
        corpus("regression.plain.sql").to_str().unwrap(),
    ]);
    assert_eq!(inv["header"]["unparsed_statements"], 0);
    assert!(inv["header"]["statements"].as_u64().unwrap() > 3000);
    assert_eq!(inv["warnings"].as_array().unwrap().len(), 0, "{}", inv["warnings"]);
    assert_eq!(inv["objects"]["large_objects"], 3);
}

#[test]
fn header_and_sha256_match_the_truth() {
    for db in ["pagila", "chinook", "northwind", "regression"] {
        let name = format!("{db}.plain.sql");
        let inv = json(&["inspect", "--format", "json", corpus(&name).to_str().unwrap()]);
        let truth = truth(&format!("{db}.truth.json"));
        let file = truth["dump_files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name.as_str())
            .unwrap();
        assert_eq!(inv["input"]["sha256"], file["sha256"], "{name}");
        assert_eq!(inv["input"]["bytes"], file["size"], "{name}");
        assert_eq!(inv["header"]["server_version"], truth["versions"]["server_version"]);
        assert_eq!(inv["header"]["encoding"], "UTF8");
        assert_eq!(inv["header"]["restrict_key"], true);
    }
}

#[test]
fn stdin_reads_the_same_dump() {
    use std::io::Write;
    use std::process::Stdio;
    let bytes = std::fs::read(corpus("chinook.plain.sql")).unwrap();
    let mut child = bin()
        .args(["inspect", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    let from_stdin: Value = serde_json::from_slice(&out.stdout).unwrap();
    let from_file = json(&[
        "inspect",
        "--format",
        "json",
        corpus("chinook.plain.sql").to_str().unwrap(),
    ]);
    assert_eq!(from_stdin["tables"], from_file["tables"]);
    assert_eq!(from_stdin["input"]["sha256"], from_file["input"]["sha256"]);
}

#[test]
fn text_output_lists_tables() {
    let out = run(&["inspect", corpus("chinook.plain.sql").to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("11 tables, 15607 rows"), "{text}");
    assert!(
        text.contains("public.invoice_line  2240 rows  pk (invoice_line_id)"),
        "{text}"
    );
}
