//! `sanitize` end to end: the planted evaluation dumps and real corpus dumps come out with
//! nothing left at medium or above, verify predicts a clean restore, a real server restores
//! them with the same tables and row counts, fakes are consistent across tables and keyed,
//! and bad input leaves no output behind.

mod common;
use common::cluster::{restore, roles_named, Cluster};
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn key(dir: &Path, name: &str, byte: u8) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, [byte; 32]).unwrap();
    p
}

/// Runs sanitize; returns (exit code, JSON report).
fn sanitize(input: &Path, out: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["sanitize", "--format", "json", "--quiet", "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.push(input.to_str().unwrap());
    let o = run(&args);
    let code = o.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "sanitize {input:?}: exit {code}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (code, serde_json::from_slice(&o.stdout).expect("JSON report"))
}

/// Table -> row count, as inspect reads them.
fn rows(path: &Path) -> BTreeMap<String, u64> {
    let v = json(&["inspect", "--format", "json", path.to_str().unwrap()]);
    v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                format!("{}.{}", t["schema"].as_str().unwrap(), t["name"].as_str().unwrap()),
                t["rows"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Writes `sql` to a dump in `dir` and sanitizes it with a fixed key; the copy must be clean
/// (exit 0). Returns the input's and the copy's paths and the copy's text.
fn sanitized_clean(dir: &Path, sql: &str) -> (PathBuf, PathBuf, String) {
    let (input, out) = (dir.join("in.sql"), dir.join("out.sql"));
    std::fs::write(&input, sql).unwrap();
    let (code, rep) = sanitize(&input, &out, &["--seed-key", key(dir, "k", 5).to_str().unwrap()]);
    assert_eq!(rep["verdict"], "clean", "{:#}", rep["left"]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&out).unwrap();
    (input, out, text)
}

/// verify's findings on `path` that stop a restore (critical, high).
fn restore_blockers(path: &Path) -> Vec<Value> {
    let v = json(&["verify", "--format", "json", path.to_str().unwrap()]);
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("critical" | "high")))
        .cloned()
        .collect()
}

fn at_or_above_medium(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("critical" | "high" | "medium")))
        .map(|f| {
            format!(
                "{} {} {} {}",
                f["severity"], f["rule"], f["object"]["name"], f["column"]
            )
        })
        .collect()
}

#[test]
fn planted_and_real_dumps_come_out_clean_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let k = key(dir.path(), "key", 7);
    let cluster = Cluster::start();
    if cluster.is_none() {
        eprintln!("PostgreSQL server binaries not installed: the restore half of this test is skipped");
    }
    let inputs = [
        data("eval-dev/pagila-planted.sql"),
        data("eval-dev/northwind-planted.sql"),
        corpus("chinook.custom.dump"),
        corpus("pagila.plain.sql"),
        corpus("northwind.inserts.sql"),
    ];
    for (i, input) in inputs.iter().filter(|p| p.exists()).enumerate() {
        let out = dir.path().join(format!("out{i}.sql"));
        let cfg = dir.path().join(format!("out{i}.toml"));
        let (code, rep) = sanitize(
            input,
            &out,
            &[
                "--seed-key",
                k.to_str().unwrap(),
                "--scan-config",
                cfg.to_str().unwrap(),
            ],
        );
        assert_eq!(rep["verdict"], "clean", "{input:?}: {:#}", rep["left"]);
        assert_eq!(code, 0);
        // Every planned action was carried out (a comment between statements shares its first
        // and last lines with them, and once took their plans as its own).
        assert_eq!(rep["not_applied"], serde_json::json!([]), "{input:?}");
        assert!(
            rep["columns"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["values_changed"].as_u64() > Some(0)),
            "{input:?}: nothing changed"
        );

        // What a reviewer runs: the scan with this run's fakes accepted.
        let scan = json(&[
            "scan",
            "--format",
            "json",
            "--config",
            cfg.to_str().unwrap(),
            out.to_str().unwrap(),
        ]);
        assert_eq!(at_or_above_medium(&scan), Vec::<String>::new(), "{input:?}");

        let bad = restore_blockers(&out);
        assert!(bad.is_empty(), "{input:?}: verify of the output: {bad:#?}");
        assert_eq!(rows(input), rows(&out), "{input:?}: tables and row counts");

        // The planted dumps were edited by hand past what a server accepts (a partition with a
        // column its parent lacks, a server of an FDW never created): only genuine pg_dump
        // output is restored.
        if let Some(c) = cluster
            .as_ref()
            .filter(|_| !input.to_string_lossy().contains("planted"))
        {
            let db = format!("s{i}");
            assert!(c.sql("postgres", &format!("CREATE DATABASE {db}")).status.success());
            let text = String::from_utf8_lossy(&std::fs::read(&out).unwrap()).into_owned();
            for r in roles_named(&text) {
                let _ = c.sql("postgres", &format!("CREATE ROLE \"{r}\""));
            }
            let server = restore(c, &db, &out);
            assert!(
                server.ok,
                "{input:?}: the server refused the sanitized copy: {}",
                server.error
            );
        }
    }
}

#[test]
fn same_key_same_output_other_key_other_output() {
    let dir = tempfile::tempdir().unwrap();
    let (k1, k2) = (key(dir.path(), "k1", 1), key(dir.path(), "k2", 2));
    let input = corpus("chinook.plain.sql");
    let (a, b, c) = (
        dir.path().join("a.sql"),
        dir.path().join("b.sql.gz"),
        dir.path().join("c.sql"),
    );
    let att = dir.path().join("att.json");
    let (_, ra) = sanitize(
        &input,
        &a,
        &["--seed-key", k1.to_str().unwrap(), "--attest", att.to_str().unwrap()],
    );
    // The attestation binds input, policy and output by their sha256 (the output's as on disk).
    let att: Value = serde_json::from_slice(&std::fs::read(&att).unwrap()).unwrap();
    let on_disk = std::process::Command::new("sha256sum").arg(&a).output().unwrap();
    let on_disk = String::from_utf8_lossy(&on_disk.stdout)
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(att["output"]["sha256"], on_disk.as_str());
    assert_eq!(att["input"]["sha256"], ra["input"]["sha256"]);
    assert_eq!(att["policy_sha256"], ra["policy_sha256"]);
    assert_eq!(att["key_id"].as_str().unwrap().len(), 16);
    assert_eq!(att["verdict"], "clean");
    let (_, rb) = sanitize(&input, &b, &["--seed-key", k1.to_str().unwrap()]);
    let (_, rc) = sanitize(&input, &c, &["--seed-key", k2.to_str().unwrap()]);
    let gunzip = std::process::Command::new("gzip").arg("-dc").arg(&b).output().unwrap();
    assert_eq!(
        std::fs::read(&a).unwrap(),
        gunzip.stdout,
        "same key, same SQL (gzip only wraps it)"
    );
    assert_eq!(rb["output"]["compression"], "gzip");
    assert_ne!(ra["output"]["sha256"], rc["output"]["sha256"]);
    assert_eq!(ra["policy_sha256"], rc["policy_sha256"]);
    assert_eq!(ra["input"]["sha256"], rc["input"]["sha256"]);
}

/// The same email in two tables, one a primary key and one a foreign key to it, in COPY and
/// in INSERT form: the same fake in both, and the server accepts the keys.
#[test]
fn same_value_same_fake_everywhere_and_keys_still_hold() {
    let dir = tempfile::tempdir().unwrap();
    let k = key(dir.path(), "key", 9);
    let input = dir.path().join("keys.sql");
    let mut sql = String::from(
        "--\n-- a plain dump, as pg_dump starts one\n--\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\
         CREATE TABLE public.account (email text PRIMARY KEY, full_name text NOT NULL);\n\
         CREATE TABLE public.invoice (id integer PRIMARY KEY, email text REFERENCES public.account(email), amount numeric);\n\
         COPY public.account (email, full_name) FROM stdin;\n",
    );
    let people = [
        "Ada Lovelace",
        "Grace Hopper",
        "Alan Turing",
        "Edsger Dijkstra",
        "Barbara Liskov",
        "Donald Knuth",
    ];
    for (i, p) in people.iter().enumerate() {
        let email = format!("{}.{i}@mail-provider.net", p.to_lowercase().replace(' ', "."));
        sql.push_str(&format!("{email}\t{p}\n"));
    }
    sql.push_str("\\.\n\n");
    for (i, p) in people.iter().enumerate() {
        let email = format!("{}.{i}@mail-provider.net", p.to_lowercase().replace(' ', "."));
        sql.push_str(&format!(
            "INSERT INTO public.invoice VALUES ({i}, '{email}', {}.50);\n",
            10 + i
        ));
    }
    std::fs::write(&input, &sql).unwrap();
    let out = dir.path().join("out.sql");
    let (_, rep) = sanitize(&input, &out, &["--seed-key", k.to_str().unwrap()]);
    assert_eq!(rep["verdict"], "clean", "{rep:#}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        !text.contains("mail-provider.net") && !text.contains("Lovelace"),
        "{text}"
    );
    // Every fake email of the COPY block appears in exactly one INSERT.
    let copy: Vec<&str> = text
        .split("FROM stdin;\n")
        .nth(1)
        .unwrap()
        .split("\\.")
        .next()
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(copy.len(), people.len());
    for e in &copy {
        assert!(e.ends_with(".example.com") || e.contains("@example."), "{e}");
        assert_eq!(
            text.matches(&format!("'{e}'")).count(),
            1,
            "{e} in the INSERTs:\n{text}"
        );
    }
    if let Some(c) = Cluster::start() {
        assert!(c.sql("postgres", "CREATE DATABASE k").status.success());
        let server = restore(&c, "k", &out);
        assert!(server.ok, "{}", server.error);
    }
}

/// Fakes are drawn again until they pass the column's CHECK constraints (a table's, a
/// domain's): without that, these fakes would fail the restore (names longer than five
/// characters, emails at example.org, phones without the pattern's dashes).
#[test]
fn fakes_pass_the_columns_check_constraints() {
    let dir = tempfile::tempdir().unwrap();
    let k = key(dir.path(), "key", 4);
    let input = dir.path().join("checks.sql");
    let mut sql = String::from(
        "--\n-- a plain dump, as pg_dump starts one\n--\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\
         CREATE DOMAIN public.us_phone AS text CONSTRAINT us_phone_check CHECK ((VALUE ~ '^[0-9]{3}-[0-9]{3}-[0-9]{4}$'::text));\n\
         CREATE TABLE public.customer (\n    id integer NOT NULL,\n    first_name character varying(40) NOT NULL,\n    \
         email text NOT NULL,\n    phone public.us_phone,\n    \
         CONSTRAINT customer_email_check CHECK ((email ~* '^[^@]+@[^@]+[.](com|net)$'::text)),\n    \
         CONSTRAINT customer_first_name_check CHECK ((length((first_name)::text) <= 5))\n);\n\
         COPY public.customer (id, first_name, email, phone) FROM stdin;\n",
    );
    let names = [
        "Ada", "Grace", "Alan", "Edgar", "Linus", "Ken", "Anita", "Radia", "Frances", "Dennis",
    ];
    for (i, n) in names.iter().enumerate() {
        let n5: String = n.chars().take(5).collect();
        sql.push_str(&format!(
            "{i}\t{n5}\t{}.{i}@mail-provider.net\t{}-555-{:04}\n",
            n.to_lowercase(),
            200 + i,
            1234 + i * 7
        ));
    }
    sql.push_str("\\.\n\n");
    std::fs::write(&input, &sql).unwrap();
    let out = dir.path().join("out.sql");
    let (_, rep) = sanitize(&input, &out, &["--seed-key", k.to_str().unwrap()]);
    assert_eq!(rep["verdict"], "clean", "{rep:#}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("mail-provider.net") && !text.contains("555-"), "{text}");
    // verify reads the same constraints: it would name any row that fails one.
    let v = common::bin()
        .args(["verify", "--format", "json"])
        .arg(&out)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&v.stdout).unwrap();
    let failing: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "check-violation")
        .collect();
    assert!(failing.is_empty(), "{failing:#?}\n{text}");
    if let Some(c) = Cluster::start() {
        assert!(c.sql("postgres", "CREATE DATABASE checks").status.success());
        let server = restore(&c, "checks", &out);
        assert!(server.ok, "{}\n{text}", server.error);
    }
}

#[test]
fn plan_is_reviewable_and_policy_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = data("eval-dev/pagila-planted.sql");
    let plan = dir.path().join("policy.toml");
    let o = run(&[
        "sanitize",
        "--plan",
        "--quiet",
        "-o",
        plan.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&plan).unwrap();
    assert!(
        text.contains("table = \"public.customer\"") && text.contains("kind = \"email\""),
        "{text}"
    );
    assert!(
        text.contains("rule = \"meta-shell\"") && text.contains("action = \"remove\""),
        "{text}"
    );
    // The operator keeps actor names (public figures) and applies the rest.
    let edited = format!("{text}\n[[column]]\ntable = \"public.actor\"\ncolumn = \"first_name\"\naction = \"keep\"\n");
    let policy = dir.path().join("edited.toml");
    std::fs::write(&policy, edited).unwrap();
    let out = dir.path().join("out.sql");
    let (_, rep) = sanitize(&input, &out, &["--policy", policy.to_str().unwrap()]);
    let out_text = std::fs::read_to_string(&out).unwrap();
    assert!(out_text.contains("1\tPENELOPE\t"), "actor.first_name kept");
    assert!(!out_text.contains("\tGUINESS\t"), "actor.last_name still faked");
    let kept = rep["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "first_name" && c["table"] == "public.actor")
        .unwrap();
    assert_eq!(kept["action"], "keep");
    // A policy that is not one: exit 2, one line naming the file.
    std::fs::write(&policy, "[[column]]\ntable = 1\n").unwrap();
    fails_cleanly(
        &[
            "sanitize",
            "--policy",
            policy.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        policy.to_str().unwrap(),
        &[],
    );
}

#[test]
fn bad_input_leaves_no_output_behind() {
    let dir = tempfile::tempdir().unwrap();
    let truncated = dir.path().join("truncated.sql");
    std::fs::write(
        &truncated,
        "CREATE TABLE public.t (email text);\nCOPY public.t (email) FROM stdin;\nann@mail.org\n",
    )
    .unwrap();
    let out = dir.path().join("out.sql");
    for bad in [truncated.to_str().unwrap(), "/nonexistent/dump.sql"] {
        fails_cleanly(&["sanitize", "-o", out.to_str().unwrap(), bad], bad, &[]);
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(!out.exists(), "{bad}: output left: {left:?}");
        assert!(
            left.iter().all(|n| !n.to_string_lossy().contains("pgscreen-tmp")),
            "{left:?}"
        );
    }
    // Standard input cannot be read twice.
    let o = run(&["sanitize", "-o", out.to_str().unwrap(), "-"]);
    assert_eq!(o.status.code(), Some(2));
}

/// Interrupted while writing (SIGINT, as Ctrl-C sends): no output and no temporary file left,
/// and the process ends as killed by the signal.
#[test]
fn an_interrupted_run_leaves_nothing_behind() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.sql");
    // A dump large enough that the rewrite takes a while: the users table many times over.
    let mut text = String::from(
        "--\n-- PostgreSQL database dump\n--\nCREATE TABLE public.users (id integer NOT NULL, email text, first_name text);\nCOPY public.users (id, email, first_name) FROM stdin;\n",
    );
    for i in 0..400_000 {
        text.push_str(&format!("{i}\tperson{i}@mail-provider.net\tMargaret\n"));
    }
    text.push_str("\\.\n");
    std::fs::write(&input, text).unwrap();
    let out = dir.path().join("out.sql");
    let tmp = dir.path().join("out.sql.pgscreen-tmp");
    let mut child = bin()
        .args([
            "sanitize",
            "--quiet",
            "-o",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the rewrite to begin (its temporary file appears), then interrupt.
    let started = std::time::Instant::now();
    while !tmp.exists() && started.elapsed() < std::time::Duration::from_secs(30) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_micros(200));
    }
    if tmp.exists() {
        send_signal(child.id(), 2);
        let status = child.wait().unwrap();
        assert_eq!(status.signal(), Some(2), "{status:?}");
        assert!(!tmp.exists(), "temporary file left behind");
        assert!(!out.exists(), "partial output left behind");
    } else {
        // Too fast to catch on this machine: it must then have finished cleanly.
        assert!(child.wait().unwrap().success());
        eprintln!("sanitize finished before it could be interrupted; nothing to check");
    }
}

fn send_signal(pid: u32, sig: i32) {
    let ok = std::process::Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

/// Credentials in comments between statements are scrubbed in place: the comment stays a
/// comment, the rest of the file is byte for byte the input, and a scan of the output is clean.
#[test]
fn secrets_in_comments_are_scrubbed() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("c.sql"), dir.path().join("c.clean.sql"));
    let body = "CREATE TABLE public.t (id integer);\nCOPY public.t (id) FROM stdin;\n1\n\\.\n";
    std::fs::write(
        &input,
        format!("-- AKIAZ7QWERTYUIOPAS2Q\n{body}/* postgres://admin:S3cretPw@db.prod.acme.com:5432/app */\n"),
    )
    .unwrap();
    let (code, _) = sanitize(&input, &out, &["--seed-key", key(dir.path(), "k", 7).to_str().unwrap()]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("-- REDACTED\n"), "{text}");
    assert!(
        text.contains(body) && !text.contains("S3cretPw") && !text.contains("prod.acme.com"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("*/"), "{text}");
}

/// A stored file (bytea, or a large object's lowrite) with a credential in it comes out as hex
/// bytea still, the credential replaced in its decoded text.
#[test]
fn stored_files_are_scrubbed_as_bytes() {
    let hex = |b: &[u8]| b.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let file = hex(b"aws_key=AKIAZ7QWERTYUIOPAS2Q\n");
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("b.sql"), dir.path().join("b.clean.sql"));
    std::fs::write(
        &input,
        format!("CREATE TABLE public.d (id int, content bytea);\nCOPY public.d (id, content) FROM stdin;\n1\t\\\\x{file}\n\\.\nSELECT pg_catalog.lo_open('16401', 131072);\nSELECT pg_catalog.lowrite(0, '\\x{file}');\n"),
    )
    .unwrap();
    let (code, _) = sanitize(&input, &out, &["--seed-key", key(dir.path(), "k", 7).to_str().unwrap()]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&out).unwrap();
    let clean = hex(b"aws_key=REDACTED\n");
    assert!(text.contains(&format!("1\t\\\\x{clean}\n")), "{text}");
    assert!(text.contains(&format!("lowrite(0, '\\x{clean}');")), "{text}");
}

/// `\connect` with a conninfo string that holds a password: the line stays a \connect to the
/// same database, the password gone and the host moved to a reserved name; the report never
/// shows the password as the database's name.
#[test]
fn connect_lines_keep_their_database_and_lose_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("c.sql"), dir.path().join("c.clean.sql"));
    std::fs::write(
        &input,
        "\\connect \"dbname=app host=db.prod.acme.com password=S3cretPw9x user=admin\"\nCREATE TABLE t (id int);\n",
    )
    .unwrap();
    let scan = run(&["scan", "--format", "json", "--fail-on", "none", input.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&scan.stdout);
    assert!(
        !text.contains("S3cretPw9x") && text.contains("\"database\": \"app\""),
        "{text}"
    );
    let (code, _) = sanitize(&input, &out, &["--seed-key", key(dir.path(), "k", 7).to_str().unwrap()]);
    assert_eq!(code, 0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("\\connect \"dbname=app host=") && text.contains(".example user=admin\"\n"),
        "{text}"
    );
    assert!(!text.contains("S3cretPw9x") && !text.contains("acme.com"), "{text}");
}

/// Lines of COPY rows (those with a tab) in `text`, sorted: what two scripts' data is compared by.
fn data_lines(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text.lines().filter(|l| l.contains('\t')).map(String::from).collect();
    v.sort();
    v
}

/// An archive comes out as a custom archive (by the name `.dump`, or asked for): the input's
/// TOC with each entry's definition and data sanitized. It is clean, has the same tables and
/// rows, holds the same fakes as the plain copy made with the same key, and a real pg_restore
/// lists it and restores it.
#[test]
fn archives_come_out_as_custom_archives_that_pg_restore_restores() {
    let dir = tempfile::tempdir().unwrap();
    let k = key(dir.path(), "key", 9);
    let cluster = Cluster::start();
    if cluster.is_none() {
        eprintln!("PostgreSQL server binaries not installed: the restore half of this test is skipped");
    }
    let inputs = [
        ("chinook.custom.dump", None),
        ("pagila.tar", None),
        ("northwind.dir", Some("custom")),
        ("regression.custom.dump", None),
    ];
    for (i, (name, format)) in inputs.into_iter().enumerate() {
        let input = corpus(name);
        let out = dir.path().join(if format.is_some() {
            format!("a{i}.out")
        } else {
            format!("a{i}.dump")
        });
        let mut extra = vec!["--seed-key", k.to_str().unwrap()];
        if let Some(f) = format {
            extra.extend(["--output-format", f]);
        }
        let (code, rep) = sanitize(&input, &out, &extra);
        assert_eq!(rep["verdict"], "clean", "{name}: {:#}", rep["left"]);
        assert_eq!(code, 0, "{name}");
        assert_eq!(rep["not_applied"], serde_json::json!([]), "{name}");
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"PGDMP"), "{name}: not a custom archive");
        assert_eq!(rows(&input), rows(&out), "{name}: tables and row counts");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("pgscreen-tmp"))
            .collect();
        assert!(left.is_empty(), "{name}: temporary files left: {left:?}");

        // The same key as plain SQL: the same fakes, row for row.
        let plain = dir.path().join(format!("a{i}.sql"));
        sanitize(&input, &plain, &["--seed-key", k.to_str().unwrap()]);
        let plain_text = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();

        if let Some(c) = cluster.as_ref().filter(|_| !name.starts_with("regression")) {
            let listed = c.client("pg_restore").arg("-l").arg(&out).output().unwrap();
            assert!(
                listed.status.success(),
                "{name}: pg_restore -l: {}",
                String::from_utf8_lossy(&listed.stderr)
            );
            let script = c.client("pg_restore").args(["-f", "-"]).arg(&out).output().unwrap();
            assert!(script.status.success(), "{name}: pg_restore -f -");
            let script = String::from_utf8_lossy(&script.stdout).into_owned();
            assert_eq!(
                data_lines(&script),
                data_lines(&plain_text),
                "{name}: rows differ from the plain copy"
            );

            let db = format!("a{i}");
            assert!(c.sql("postgres", &format!("CREATE DATABASE {db}")).status.success());
            for r in roles_named(&script) {
                let _ = c.sql("postgres", &format!("CREATE ROLE \"{r}\""));
            }
            let server = restore(c, &db, &out);
            assert!(
                server.ok,
                "{name}: the server refused the sanitized archive: {}",
                server.error
            );
        }
    }

    // A plain dump has no TOC to write an archive from: refused before any work, nothing left.
    let out = dir.path().join("plain.dump");
    let o = run(&[
        "sanitize",
        "-o",
        out.to_str().unwrap(),
        corpus("chinook.plain.sql").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("only from an archive") && err.lines().count() == 1,
        "{err}"
    );
    assert!(!out.exists());
}

/// Dumps other people committed (corpus/realworld) whose sanitized copies once kept findings:
/// session keys in a column named for them (also the table's primary key), a `jwt_secret`,
/// a hand-edited `SET search_path` under a TOC comment naming a schema (removing it moved
/// every table to `public`), C functions whose TOC comments outlived them. Each comes out
/// clean, restorable as verify predicts, with its tables and rows.
#[test]
fn real_world_dumps_come_out_clean() {
    let dir = tempfile::tempdir().unwrap();
    let k = key(dir.path(), "key", 9);
    let realworld = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/realworld");
    // And PostgreSQL's regression database: person data found in a `text[]` column is faked
    // element by element (a fake of the whole literal is no array).
    for input in [
        realworld.join("netbox-community-netbox-demo-data-v4.2.sql"),
        realworld.join("luce-lab-clubcreole-supabase_data_20251113.sql"),
        realworld.join("alisdairo-pgexercises-clubdata.sql"),
        realworld.join("openstreetmap-openstreetmap-website-structure-2015.sql"),
        realworld.join("PnX-SI-UsersHub-usershub.sql"),
        corpus("regression.plain.sql"),
    ] {
        let name = input.file_name().unwrap().to_str().unwrap().to_string();
        let out = dir.path().join(&name);
        let (code, rep) = sanitize(&input, &out, &["--seed-key", k.to_str().unwrap()]);
        assert_eq!(rep["verdict"], "clean", "{name}: {:#}", rep["left"]);
        assert_eq!(code, 0, "{name}");
        let bad = restore_blockers(&out);
        assert!(bad.is_empty(), "{name}: verify of the output: {bad:#?}");
        assert_eq!(rows(&input), rows(&out), "{name}: tables and row counts");
    }
    let text = std::fs::read_to_string(dir.path().join("alisdairo-pgexercises-clubdata.sql")).unwrap();
    assert!(
        text.contains("\nSET search_path = cd, pg_catalog;\n"),
        "the statement stays"
    );
}

/// A secret scan reports once (at its first occurrence) is scrubbed wherever it recurs: in
/// comments between statements and in COMMENT ON; a multi-line comment that cannot be
/// scrubbed in place keeps its lines.
#[test]
fn repeated_secrets_in_comments_are_scrubbed_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let uri = "neo4j+s://neo4j:0OTKWAb!4tlB@a1b2c3d4.databases.neo4j.io";
    let pgpass = "db01.prod.internal:5432:app:svc:ac2_Gdr11Fxs";
    let mut sql = String::from("CREATE TABLE public.t (id integer);\n");
    for _ in 0..3 {
        sql += &format!("/* graph: {uri} */\nCOMMENT ON TABLE public.t IS 'graph: {uri}';\n");
        sql += &format!("COMMENT ON TABLE public.t IS 'postgres token: {pgpass}';\n");
    }
    let (_, _, text) = sanitized_clean(dir.path(), &sql);
    assert!(!text.contains("0OTKWAb") && !text.contains("ac2_Gdr11Fxs"), "{text}");
    assert_eq!(text.lines().count(), sql.lines().count(), "{text}");
}

/// A settings table's value that only its row's name says is a secret (`app_secret` next to
/// a bare hex key) is replaced, by COPY and by INSERT, whichever column comes first; the
/// other rows' values stay.
#[test]
fn settings_rows_lose_their_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let (k1, k2) = ("9f8e7d6c5b4a39281706f5e4d3c2b1a0", "Qm7vT2xK9pL4sR8wZ3nB6cF1");
    let sql = format!(
        "CREATE TABLE public.app_setting (id integer PRIMARY KEY, name text, value text);\n\
         COPY public.app_setting (id, value, name) FROM stdin;\n\
         1\t{k1}\tapp_secret\n2\tblue\ttheme_color\n3\t{k1}\tcache_prefix\n\\.\n\
         INSERT INTO public.app_setting (id, name, value) VALUES (4, 'internal_api_token', '{k2}');\n"
    );
    let (input, out, text) = sanitized_clean(dir.path(), &sql);
    let scan = json(&["scan", "--format", "json", "--fail-on", "none", input.to_str().unwrap()]);
    let rules: Vec<&str> = scan["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert_eq!(
        rules.iter().filter(|r| **r == "secret-in-settings-row").count(),
        2,
        "{scan:#}"
    );
    assert!(
        !text.contains(&format!("{k1}\tapp_secret")) && !text.contains(k2),
        "{text}"
    );
    assert!(
        text.contains("2\tblue\ttheme_color\n") && text.contains(&format!("3\t{k1}\tcache_prefix\n")),
        "{text}"
    );
    assert_eq!(rows(&out), rows(&input));
}

/// A TOC comment whose statement was commented out, a `\connect` between it and the next
/// statement (as a hand-edited pg_dumpall script has it): scan reads it as that statement's,
/// and sanitize removes it there too, keeping the `\connect` and the statement.
#[test]
fn a_misleading_toc_comment_before_a_connect_goes() {
    let dir = tempfile::tempdir().unwrap();
    let sql = "--\n-- Name: app; Type: DATABASE; Schema: -; Owner: postgres\n--\n\n\
               -- CREATE DATABASE app WITH TEMPLATE = template0;\n\n\n\
               \\connect app\n\nSET statement_timeout = 0;\nCREATE TABLE public.t (id integer);\n";
    let (input, _, text) = sanitized_clean(dir.path(), sql);
    let scan = json(&["scan", "--format", "json", "--fail-on", "none", input.to_str().unwrap()]);
    assert!(
        scan["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "toc-mismatch"),
        "{scan:#}"
    );
    assert!(!text.contains("-- Name: app;"), "{text}");
    assert!(
        text.contains("\\connect app\n\nSET statement_timeout = 0;\nCREATE TABLE"),
        "{text}"
    );
    assert_eq!(text.lines().count(), sql.lines().count(), "{text}");
}

/// An extension removed as a restore-time risk takes the data of the tables it creates with it
/// (Supabase's `vault.secrets`, which pg_dump dumps though the dump does not create it): the
/// COPY, its rows, its `\.` and its TOC comment go, so the copy still restores.
#[test]
fn a_removed_extensions_table_data_goes_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let sql = "CREATE SCHEMA vault;\n\
               CREATE EXTENSION IF NOT EXISTS supabase_vault WITH SCHEMA vault;\n\
               CREATE TABLE public.t (id integer);\n\n\
               --\n-- Data for Name: secrets; Type: TABLE DATA; Schema: vault; Owner: supabase_admin\n--\n\n\
               COPY vault.secrets (id, name, secret) FROM stdin;\n\
               1\tstripe\tc2VjcmV0\n\\.\n\n\
               COPY public.t (id) FROM stdin;\n1\n\\.\n";
    let (_, out, text) = sanitized_clean(dir.path(), sql);
    assert!(
        !text.contains("supabase_vault WITH") && !text.contains("vault.secrets") && !text.contains("c2VjcmV0"),
        "{text}"
    );
    assert!(!text.contains("Data for Name: secrets"), "{text}");
    assert!(text.contains("COPY public.t (id) FROM stdin;\n1\n\\.\n"), "{text}");
    assert_eq!(text.matches("\\.\n").count(), 1, "{text}");
    let v = run(&["verify", out.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", String::from_utf8_lossy(&v.stdout));
}

/// An extension removed that makes a schema of its own (pg_net's `net`) takes the grants on
/// what is in that schema with it (they would fail on restore); grants on the dump's own
/// objects stay.
#[test]
fn grants_on_a_removed_extensions_schema_go_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let sql = "CREATE SCHEMA extensions;\n\
               CREATE EXTENSION IF NOT EXISTS pg_net WITH SCHEMA extensions;\n\
               CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';\n\
               REVOKE ALL ON FUNCTION net.http_get(url text) FROM PUBLIC;\n\
               GRANT ALL ON FUNCTION net.http_get(url text) TO PUBLIC;\n\
               GRANT SELECT ON TABLE net._http_response TO PUBLIC;\n\
               GRANT ALL ON FUNCTION public.f() TO PUBLIC;\n";
    let (_, _, text) = sanitized_clean(dir.path(), sql);
    assert!(
        !text.contains("pg_net WITH") && !text.contains("net.http_get") && !text.contains("net._http"),
        "{text}"
    );
    assert!(text.contains("GRANT ALL ON FUNCTION public.f() TO PUBLIC;"), "{text}");
}
