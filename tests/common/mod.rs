//! Helpers for the integration tests: run the real binary, find the bundled corpus.
#![allow(dead_code)]

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/real").join(name)
}

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pgscreen"))
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run pgscreen")
}

pub fn json(args: &[&str]) -> serde_json::Value {
    let out = run(args);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "pgscreen {:?} exited {:?}: {}",
        args,
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// `pgscreen ARGS` fails on bad input the way every input error must: exit 2, nothing on
/// stdout, one line on stderr that names `path` and holds each of `wants`, no panic.
pub fn fails_cleanly(args: &[&str], path: &str, wants: &[&str]) {
    let out = run(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{path}: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("pgscreen: "), "{err}");
    assert!(err.contains(path), "names the file: {err}");
    for w in wants {
        assert!(err.contains(w), "{path}: expected {w:?} in {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
}

pub fn truth(name: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(corpus(name)).unwrap()).unwrap()
}

#[derive(Clone, Copy)]
pub enum Mode {
    /// Full DDL in the dump: compare everything.
    Full,
    /// Data-only dump: no DDL, so compare names and row counts. Partitioned parents hold no
    /// rows of their own, so a data-only dump has nothing that names them.
    DataOnly,
}

/// `inspect` of `path` against the truth file: set of tables, columns in order with type and NOT
/// NULL, primary keys, kinds and row counts.
pub fn inspect_matches_truth(path: &Path, truth_file: &str, database: Option<&str>, mode: Mode) {
    let dump = path.display().to_string();
    let inv = json(&["inspect", "--format", "json", path.to_str().unwrap()]);
    let truth = truth(truth_file);
    let got: BTreeMap<(String, String), &Value> = inv["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| database.is_none() || t["database"].as_str() == database)
        .map(|t| {
            (
                (
                    t["schema"].as_str().unwrap().to_string(),
                    t["name"].as_str().unwrap().to_string(),
                ),
                t,
            )
        })
        .collect();
    let want: BTreeMap<(String, String), &Value> = truth["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !matches!(mode, Mode::DataOnly) || t["kind"] != "partitioned table")
        .map(|t| {
            (
                (
                    t["schema"].as_str().unwrap().to_string(),
                    t["name"].as_str().unwrap().to_string(),
                ),
                t,
            )
        })
        .collect();
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "{dump}: set of tables"
    );
    for (k, w) in &want {
        let g = got[k];
        let cols = |t: &Value, full: bool| -> Vec<(String, Value, Value)> {
            t["columns"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|c| {
                            let name = c["name"].as_str().unwrap().to_string();
                            if full {
                                (name, c["type"].clone(), c["not_null"].clone())
                            } else {
                                (name, Value::Null, Value::Null)
                            }
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let full = matches!(mode, Mode::Full);
        assert_eq!(cols(g, full), cols(w, full), "{dump}: columns of {k:?}");
        if full {
            assert_eq!(g["primary_key"], w["primary_key"], "{dump}: primary key of {k:?}");
            assert_eq!(g["kind"], w["kind"], "{dump}: kind of {k:?}");
        }
        assert_eq!(g["rows"], w["rows"], "{dump}: rows of {k:?}");
    }
}
