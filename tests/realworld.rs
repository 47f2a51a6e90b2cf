//! Dumps other people made: 69 genuine pg_dump / pg_dumpall outputs from public repositories
//! (`corpus/realworld/`, provenance in its SOURCES.json), pg_dump 8.x to 18.4, plain, --inserts,
//! custom, tar and pg_dumpall. pgscreen must read every one, resolve every table to its schema
//! (old pg_dump wrote unqualified names after `SET search_path`), and raise no restore-time
//! alarm on what pg_dump itself writes. The few medium-or-higher findings that are true of a
//! dump are listed here with the reason.

mod common;

use common::run;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn realworld() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/realworld")
}

fn sources() -> Vec<Value> {
    serde_json::from_slice::<Value>(&std::fs::read(realworld().join("SOURCES.json")).unwrap())
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Restore-risk findings at medium or above that are true of a dump, with why.
fn expected(file: &str) -> &'static [&'static str] {
    match file {
        // A hand-written preamble (CREATE DATABASE, \c) before the pg_dump body, whose
        // CREATE SCHEMA was edited out.
        "alisdairo-pgexercises-clubdata.sql" => &["meta-unexpected", "toc-mismatch"],
        // C-language functions from libraries outside contrib (OpenStreetMap's libpgosm,
        // danbooru's test_parser): the restore loads them. (An old OpenStreetMap dump's
        // btree_gist functions, from before CREATE EXTENSION, are low.)
        f if f.starts_with("danbooru-") || f.starts_with("openstreetmap-") => &["c-language-function"],
        // Event triggers that fire on later DDL, and extensions outside contrib.
        "supabase-postgres-schema-16.sql" => &["event-trigger", "extension"],
        // pg_dumpall --clean drops databases. (The superuser roles pg_dumpall writes, as it
        // writes every cluster's bootstrap superuser, are info.)
        "rkristelijn-nx-sample-dumpall-clean.sql" => &["drop-database"],
        // Hand-edited: sequences, keys and triggers created inside DO blocks that swallow errors.
        "PnX-SI-UsersHub-usershub.sql" => &["do-block", "toc-mismatch", "toc-section-order"],
        // The Supabase schema again, as a full dump from an app built on it.
        "luce-lab-clubcreole-backup_insert.sql" => &["event-trigger", "extension"],
        "supabase-postgres-schema-15.sql" => &["event-trigger", "extension"],
        // Hand-edited: its CREATE DATABASE and COMMENT ON SCHEMA lines commented out under
        // their TOC comments.
        "kanton-bern-hellodata-be-airflow-init.sql" => &["toc-mismatch"],
        // A data-only dump the project put a TRUNCATE in front of.
        "geokrety-geokrety-website-25_gk_users_settings_parameters.data.sql" => &["unexpected-dml"],
        // A full dump of a Supabase app (event triggers, pg_net, pg_graphql, supabase_vault).
        "luce-lab-clubcreole-supabase_dump_20251113.sql" => &["event-trigger", "extension"],
        // A PostgreSQL 7.x-era dump, edited by hand: DROP DATABASE first, and the PL/pgSQL
        // handler created from a library path as 7.x did before languages came built in.
        "sosedoff-pgweb-booktown.sql" => &["drop-database", "c-language-function"],
        _ => &[],
    }
}

#[test]
fn every_real_world_dump_is_read_with_its_schemas() {
    let sources = sources();
    assert!(sources.len() >= 40);
    for s in &sources {
        let file = s["file"].as_str().unwrap();
        let path = realworld().join(file);
        let out = run(&["inspect", "--format", "json", path.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
        for t in inv["tables"].as_array().unwrap() {
            assert!(
                !t["schema"].as_str().unwrap().is_empty(),
                "{file}: table {} has no schema",
                t["name"]
            );
        }
    }
}

#[test]
fn genuine_real_world_dumps_raise_no_false_restore_alarm() {
    let mut problems = Vec::new();
    for s in &sources() {
        let file = s["file"].as_str().unwrap();
        let path = realworld().join(file);
        let out = run(&["scan", "--format", "json", "--fail-on", "none", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{file}");
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for f in r["findings"].as_array().unwrap() {
            let sev = f["severity"].as_str().unwrap();
            let rule = f["rule"].as_str().unwrap();
            if f["category"] == "restore-risk" && matches!(sev, "medium" | "high" | "critical") {
                seen.insert(rule.to_string());
                if !expected(file).contains(&rule) {
                    problems.push(format!("{file}: {sev} {rule}: {}", f["message"]));
                }
            }
        }
        // And what is true of the dump is still said (no false "clean").
        for rule in expected(file) {
            if !seen.contains(*rule) {
                problems.push(format!("{file}: no longer reports {rule}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// pg_dump 18 `--statistics` writes a `SELECT * FROM pg_catalog.pg_restore_*_stats(...)` per
/// table and column: pg_dump's own statements, not an unexpected SELECT.
#[test]
fn pg_dump_18_statistics_are_no_alarm() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/versions/chinook.pg18-statistics.sql");
    common::inspect_matches_truth(&path, "chinook.truth.json", None, common::Mode::Full);
    let out = run(&["scan", "--format", "json", path.to_str().unwrap()]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let alarms: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "restore-risk" || f["category"] == "secret")
        .collect();
    assert!(alarms.is_empty(), "{alarms:?}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.matches("pg_restore_attribute_stats(").count() > 50);
}

/// `pg_dump --clean` writes a DROP for every object: the text report shows the first few
/// and counts the rest on one line, with their lines; JSON still lists every one.
#[test]
fn a_clean_dumps_drops_are_one_line_of_text() {
    let path = realworld().join("luce-lab-clubcreole-supabase_dump_20251113.sql");
    let path = path.to_str().unwrap();
    let json: Value = serde_json::from_slice(&run(&["scan", "--format", "json", path]).stdout).unwrap();
    let drops: Vec<u64> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "drop")
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert!(drops.len() > 200, "{}", drops.len());
    let text = String::from_utf8(run(&["scan", "--color", "never", path]).stdout).unwrap();
    let one_by_one = text.lines().filter(|l| l.contains(" drop: the restore drops")).count();
    assert_eq!(one_by_one, 5, "{text}");
    let rest = format!(
        "lines {}-{} drop: {} more like these",
        drops[5],
        drops.iter().max().unwrap(),
        drops.len() - 5
    );
    assert!(text.contains(&rest), "{rest} not in:\n{text}");
    // Nothing above low is folded: every high finding has its own line.
    let high = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "high")
        .count();
    assert_eq!(
        text.lines().filter(|l| l.trim_start().starts_with("high ")).count(),
        high
    );
}

/// What a real server did with each dump (`corpus/realworld/truth/`, written by
/// scripts/make-realworld-truth.py: restored into PostgreSQL of the dump's own major, 10 for
/// older ones, with psql ON_ERROR_STOP or pg_restore --exit-on-error, the roles it names
/// created first). verify, told that version and the `postgres` superuser, must give the same
/// verdict: exit 0 exactly when the server restored it. Failures that come from the test
/// machine, not the dump (an extension or shared library it lacks: PostGIS, pgvector,
/// pgsodium, a C library at the source's path), are left out, and so is the one dump whose
/// rows the truth holds no table for (the server stopped before them).
#[test]
fn verify_gives_the_real_servers_verdict() {
    let mut compared = 0;
    let mut problems = Vec::new();
    for s in &sources() {
        let file = s["file"].as_str().unwrap();
        let truth_path = realworld().join("truth").join(format!("{file}.truth.json"));
        let truth: Value = serde_json::from_slice(&std::fs::read(&truth_path).unwrap()).unwrap();
        if truth["environment"] == true {
            continue;
        }
        let path = realworld().join(file);
        let target = truth["server_major"].to_string();
        let out = run(&[
            "verify",
            "--format",
            "json",
            "--target-version",
            &target,
            path.to_str().unwrap(),
        ]);
        let code = out.status.code().unwrap();
        assert!(code == 0 || code == 1, "{file}: exit {code}");
        let restored = truth["restored"] == true;
        if restored != (code == 0) {
            let r: Value = serde_json::from_slice(&out.stdout).unwrap();
            let first = r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["severity"] != "low" && f["severity"] != "info")
                .map(|f| format!("{} {}", f["rule"], f["message"]))
                .unwrap_or_default();
            problems.push(format!(
                "{file} into {target}: server {}, verify exit {code} [server: {}] [verify: {first}]",
                if restored { "restored" } else { "failed" },
                truth["first_error"]
            ));
        }
        compared += 1;
    }
    assert!(compared >= 30, "{compared} dumps compared");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Dumps whose primary keys and rows are added inside DO blocks (`EXCEPTION WHEN ... THEN`
/// around the ALTER TABLEs and INSERTs): a hand-edited pg_dump output.
const MADE_BY_CODE: &[&str] = &["PnX-SI-UsersHub-usershub.sql"];

/// inspect of each dump the server restored gives the restored database's tables, columns,
/// types, NOT NULL, primary keys and row counts.
#[test]
fn inspect_gives_the_restored_tables_and_rows() {
    let mut problems = Vec::new();
    for s in &sources() {
        let file = s["file"].as_str().unwrap();
        let truth: Value = serde_json::from_slice(
            &std::fs::read(realworld().join("truth").join(format!("{file}.truth.json"))).unwrap(),
        )
        .unwrap();
        if truth["restored"] != true {
            continue;
        }
        let path = realworld().join(file);
        let dbs = truth["databases"].as_object().unwrap();
        // pg_dumpall: each database on its own. Another dump may \connect elsewhere (a
        // hand-written preamble): all its tables together.
        let per_db: Vec<(Option<&str>, Value)> = if s["format"] == "pg_dumpall" {
            dbs.iter().map(|(db, t)| (Some(db.as_str()), t.clone())).collect()
        } else {
            let all: Vec<Value> = dbs.values().flat_map(|t| t.as_array().unwrap().clone()).collect();
            vec![(None, Value::Array(all))]
        };
        for (database, tables) in per_db {
            let db = database.unwrap_or("(all)");
            let mut one = serde_json::json!({ "tables": tables });
            // Keys and rows added by code (DO blocks) are the server's to know, not a static
            // reader's: it reports the blocks instead.
            if MADE_BY_CODE.contains(&file) {
                for t in one["tables"].as_array_mut().unwrap() {
                    t["primary_key"] = Value::Null;
                    t["rows"] = Value::from(0);
                }
            }
            let r = std::panic::catch_unwind(|| common::inspect_matches(&path, &one, database, common::Mode::Full));
            if let Err(e) = r {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                problems.push(format!(
                    "{file} ({db}): {}",
                    msg.lines().take(12).collect::<Vec<_>>().join("\n")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// What the dumps added on 2026-12-04 showed pgscreen getting wrong, on the dumps themselves:
/// each (file, rule, table.column, whether it must be reported).
#[test]
fn findings_on_people_books_and_keys_of_real_dumps() {
    let cases: &[(&str, &str, &str, bool)] = &[
        // ISBN-10s pass the UK NHS number's mod-11 check; publication dates spread like births.
        (
            "sosedoff-pgweb-booktown.sql",
            "pii-national-id",
            "public.editions.isbn",
            false,
        ),
        (
            "sosedoff-pgweb-booktown.sql",
            "pii-date-of-birth",
            "public.editions.publication",
            false,
        ),
        (
            "sosedoff-pgweb-booktown.sql",
            "pii-person-name",
            "public.authors.last_name",
            true,
        ),
        // People's names in tables of three rows.
        (
            "netbox-community-netbox-demo-data-v4.2.sql",
            "pii-person-name",
            "public.tenancy_contact.name",
            true,
        ),
        (
            "br-lemes-dbtool-dump-pgsql.sql",
            "pii-person-name",
            "public.users.name",
            true,
        ),
        // A JSON Web Key's symmetric key (`"kty": "oct"`, `"k"`) in a Supabase tenant's row.
        (
            "luce-lab-clubcreole-supabase_data_20251113.sql",
            "jwk-private-key",
            "_realtime.tenants.jwt_jwks",
            true,
        ),
    ];
    let mut problems = Vec::new();
    for (file, rule, column, wanted) in cases {
        let path = realworld().join(file);
        let out = run(&["scan", "--format", "json", "--fail-on", "none", path.to_str().unwrap()]);
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        let found = r["findings"].as_array().unwrap().iter().any(|f| {
            f["rule"] == *rule
                && format!(
                    "{}.{}",
                    f["object"]["name"].as_str().unwrap_or(""),
                    f["column"].as_str().unwrap_or("")
                ) == *column
        });
        if found != *wanted {
            problems.push(format!("{file}: {rule} on {column}: reported {found}, wanted {wanted}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
