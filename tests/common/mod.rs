//! Helpers for the integration tests: run the real binary, find the bundled corpus.
#![allow(dead_code)]

pub mod cluster;

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
    let out = bin().args(args).output().expect("run pgscreen");
    // Every finding any test sees names a rule of the registry (custom rules aside).
    if !args.contains(&"--config") {
        if let Ok(v) = serde_json::from_slice::<Value>(&out.stdout) {
            let mut ids = Vec::new();
            rule_ids(&v, &mut ids);
            let known = registry();
            for id in ids {
                assert!(
                    known.contains(&id),
                    "pgscreen {args:?}: rule {id:?} is not in `pgscreen rules`"
                );
            }
        }
    }
    out
}

/// Every rule id of `pgscreen rules --format json`, read once per test binary.
fn registry() -> &'static std::collections::BTreeSet<String> {
    static IDS: std::sync::OnceLock<std::collections::BTreeSet<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let out = bin()
            .args(["rules", "--format", "json"])
            .output()
            .expect("run pgscreen rules");
        let v: Value = serde_json::from_slice(&out.stdout).expect("rules JSON");
        let ids: std::collections::BTreeSet<String> = v["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        assert!(ids.len() > 100, "{} rules", ids.len());
        ids
    })
}

/// The rule ids findings name in a report: `rule` of scan/verify JSON findings, `ruleId` of
/// SARIF results.
fn rule_ids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("findings", Value::Array(a)) => {
                        for f in a {
                            if let Some(id) = f.get("rule").and_then(Value::as_str) {
                                out.push(id.to_string());
                            }
                        }
                    }
                    ("ruleId", Value::String(id)) => out.push(id.clone()),
                    _ => {}
                }
                rule_ids(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| rule_ids(x, out)),
        _ => {}
    }
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
    /// Schema-only dump: everything but the rows, which are 0.
    SchemaOnly,
}

/// `inspect` of `path` against the truth file: set of tables, columns in order with type and NOT
/// NULL, primary keys, kinds and row counts.
pub fn inspect_matches_truth(path: &Path, truth_file: &str, database: Option<&str>, mode: Mode) {
    inspect_matches(path, &truth(truth_file), database, mode)
}

/// `inspect_matches_truth` with the truth in hand (e.g. read off a live server).
pub fn inspect_matches(path: &Path, truth: &Value, database: Option<&str>, mode: Mode) {
    let dump = path.display().to_string();
    let inv = json(&["inspect", "--format", "json", path.to_str().unwrap()]);
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
        let full = !matches!(mode, Mode::DataOnly);
        assert_eq!(cols(g, full), cols(w, full), "{dump}: columns of {k:?}");
        if full {
            assert_eq!(g["primary_key"], w["primary_key"], "{dump}: primary key of {k:?}");
            assert_eq!(g["kind"], w["kind"], "{dump}: kind of {k:?}");
        }
        if matches!(mode, Mode::SchemaOnly) {
            assert_eq!(g["rows"], 0, "{dump}: rows of {k:?}");
        } else {
            assert_eq!(g["rows"], w["rows"], "{dump}: rows of {k:?}");
        }
    }
}
