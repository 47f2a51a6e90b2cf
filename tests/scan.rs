//! `scan` end to end: the planted evaluation dumps (recall and precision), our own planted
//! fixture, the clean real corpus, pg_dumpall role verifiers, reports, baselines and config.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

fn scan(args: &[&str]) -> Value {
    let mut a = vec!["scan", "--format", "json", "--fail-on", "none"];
    a.extend_from_slice(args);
    json(&a)
}

fn findings(r: &Value) -> &Vec<Value> {
    r["findings"].as_array().unwrap()
}

const SCORED: &[&str] = &[
    "secret",
    "credential-hash",
    "connection-string",
    "live-host",
    "pii",
    "restore-risk",
];

fn table_of(f: &Value) -> String {
    let n = f["object"]["name"].as_str().unwrap_or("").replace('"', "");
    n.strip_prefix("public.").unwrap_or(&n).to_string()
}

/// The same matching as ../shared/eval-dev/score: by line span, or by table + column.
fn score(truth_file: &str) -> (usize, usize, usize, usize) {
    let truth: Value =
        serde_json::from_slice(&std::fs::read(data(&format!("eval-dev/{truth_file}"))).unwrap()).unwrap();
    let dump = data(&format!("eval-dev/{}", truth["dump"].as_str().unwrap()));
    let mut args: Vec<String> = truth["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    args.push(dump);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let report = scan(&args);
    let fs: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| SCORED.contains(&f["category"].as_str().unwrap()) && f["severity"] != "info")
        .collect();
    let strip = |t: &str| t.strip_prefix("public.").unwrap_or(t).to_string();
    let matches = |item: &Value, f: &Value| -> bool {
        let accept: Vec<&str> = item["accept"]
            .as_array()
            .map(|a| a.iter().map(|x| x.as_str().unwrap()).collect())
            .unwrap_or_else(|| vec![item["category"].as_str().unwrap()]);
        if !accept.contains(&f["category"].as_str().unwrap()) {
            return false;
        }
        if item.get("column").is_some() && item.get("line").is_none() {
            return table_of(f) == strip(item["table"].as_str().unwrap()) && f["column"] == item["column"];
        }
        let l = f["line"].as_u64().unwrap_or(0);
        item["line"].as_u64().unwrap() <= l && l <= item["line_end"].as_u64().unwrap()
    };
    let near = |item: &Value, f: &Value| -> bool {
        if item.get("line").is_some() {
            let l = f["line"].as_u64().unwrap_or(0);
            return item["line"].as_u64().unwrap() <= l && l <= item["line_end"].as_u64().unwrap();
        }
        table_of(f) == strip(item["table"].as_str().unwrap()) && f["column"] == item["column"]
    };
    let expect = truth["expect"].as_array().unwrap();
    let optional = truth["optional"].as_array().cloned().unwrap_or_default();
    let mut used = BTreeSet::new();
    let mut found = 0;
    for item in expect {
        let hit: Vec<usize> = fs
            .iter()
            .enumerate()
            .filter(|(_, f)| matches(item, f))
            .map(|(i, _)| i)
            .collect();
        if hit.is_empty() {
            eprintln!("missed {}", item);
        } else {
            found += 1;
        }
        used.extend(hit);
    }
    let mut fp = 0;
    for (i, f) in fs.iter().enumerate() {
        if used.contains(&i) {
            continue;
        }
        let opt = optional
            .iter()
            .any(|o| table_of(f) == strip(o["table"].as_str().unwrap()) && f["column"] == o["column"]);
        if !opt && !expect.iter().any(|item| near(item, f)) {
            eprintln!("false positive {f}");
            fp += 1;
        }
    }
    (found, expect.len(), used.len(), fp)
}

#[test]
fn planted_eval_dumps_recall_and_precision() {
    let (mut found, mut expected, mut tp, mut fp) = (0, 0, 0, 0);
    for t in ["pagila-planted.truth.json", "northwind-planted.truth.json"] {
        let (a, b, c, d) = score(t);
        found += a;
        expected += b;
        tp += c;
        fp += d;
    }
    let recall = found as f64 / expected as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    eprintln!("recall {recall:.3} precision {precision:.3}");
    assert!(recall >= 0.99, "recall {recall}");
    assert!(precision >= 0.97, "precision {precision}");
}

fn find<'a>(r: &'a Value, rule: &str) -> Vec<&'a Value> {
    findings(r).iter().filter(|f| f["rule"] == rule).collect()
}

#[test]
fn own_planted_fixture_each_item_where_it_is() {
    let r = scan(&["--deny-host", "*.acme-corp.com", &data("planted.sql")]);
    let one = |rule: &str, line: u64| -> &Value {
        let fs = find(&r, rule);
        assert!(fs.iter().any(|f| f["line"] == line), "{rule} at line {line}: {fs:?}");
        fs.into_iter().find(|f| f["line"] == line).unwrap()
    };
    let f = one("github-pat", 50);
    assert_eq!(
        (f["column"].as_str(), f["row"].as_u64(), f["severity"].as_str()),
        (Some("notes"), Some(2), Some("critical"))
    );
    assert_eq!(one("openssh-private-key", 51)["row"], 3);
    let f = one("private-key", 51);
    assert_eq!(f["column"], "avatar", "a PEM key stored as bytea hex");
    assert_eq!(one("stripe-live-key", 46)["object"]["kind"], "comment");
    assert_eq!(one("user-mapping-password", 36)["severity"], "critical");
    assert_eq!(one("postgres-role-verifier", 41)["category"], "credential-hash");
    let f = one("subscription-conninfo", 38);
    assert_eq!(f["severity"], "critical");
    assert!(f["redacted"].as_str().unwrap().contains("password=****"));
    assert_eq!(one("libpq-dsn", 44)["object"]["kind"], "view");
    let f = one("postgres-uri", 56);
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["redacted"], "postgresql://app:****@db01.acme-corp.com:5432/app");
    assert_eq!(one("generic-secret-json", 55)["column"], "value");
    let live: Vec<&str> = find(&r, "live-host")
        .iter()
        .map(|f| f["redacted"].as_str().unwrap())
        .collect();
    for h in [
        "dw01.prod.acme-corp.com",
        "db01.acme-corp.com",
        "10.1.2.3",
        "db.internal",
    ] {
        assert!(live.contains(&h), "{h} in {live:?}");
    }
    assert!(
        !live.iter().any(|h| h.contains("postgresql.org")),
        "documentation URLs are not findings"
    );
    // A password in a connection string is not reported twice.
    assert!(find(&r, "generic-secret-assignment").is_empty());
    // PII per column, with counts.
    for (rule, col, count) in [
        ("pii-person-name", "full_name", 4),
        ("pii-email", "email", 4),
        ("pii-phone", "telefon", 3),
        ("pii-credit-card", "card_number", 3),
        ("pii-us-ssn", "ssn", 2),
        ("pii-iban", "iban", 2),
        ("pii-ip-address", "client_ip", 2),
        ("pii-date-of-birth", "geburtsdatum", 3),
        ("pii-street-address", "strasse", 3),
        ("password-hash-column", "password_digest", 3),
    ] {
        let fs = find(&r, rule);
        let f = fs
            .iter()
            .find(|f| f["column"] == col)
            .unwrap_or_else(|| panic!("{rule} on {col}: {fs:?}"));
        assert_eq!(f["count"], count, "{rule} on {col}");
        assert_eq!(f["row"], 1);
    }
    // Decoys: a Luhn-invalid order number, a git sha, a uuid.
    assert!(
        !findings(&r)
            .iter()
            .any(|f| f["column"] == "notes" && f["category"] == "pii"),
        "{:?}",
        find(&r, "pii-credit-card")
    );
    // Never the whole secret without --show-secrets.
    let text = serde_json::to_string(&r).unwrap();
    for secret in [
        "ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoa",
        "Tq8#vLw2pXz9",
        "Rk7!mQ2zLp",
        "Hq3$zN8!vWx2Lp",
        "sk_live_WuUFjsUNPjc01T5GOBUSZGi6HWGK10Zb0R",
        "Vb6%21nM4qZt",
    ] {
        assert!(!text.contains(secret), "{secret} leaked");
    }
    let shown = scan(&["--show-secrets", &data("planted.sql")]);
    assert!(serde_json::to_string(&shown)
        .unwrap()
        .contains("ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoa"));
}

#[test]
fn clean_corpus_has_no_secrets_and_reports_person_columns() {
    for d in [
        "pagila.plain.sql",
        "chinook.plain.sql",
        "northwind.plain.sql",
        "regression.plain.sql",
        "cluster.dumpall.sql",
        "pagila.inserts.sql",
        "chinook.inserts.sql",
    ] {
        let r = scan(&[corpus(d).to_str().unwrap()]);
        let bad: Vec<&Value> = findings(&r)
            .iter()
            .filter(|f| {
                f["category"] == "secret" || f["category"] == "connection-string" || f["category"] == "live-host"
            })
            // PostgreSQL's regression database does store typed passwords (`passwd123`,
            // `beafsteak`) in customer.passwd: that one is true.
            .filter(|f| {
                !(d == "regression.plain.sql" && f["rule"] == "plaintext-password-column" && f["column"] == "passwd")
            })
            .collect();
        assert!(bad.is_empty(), "{d}: {bad:?}");
        if d == "regression.plain.sql" {
            assert!(
                findings(&r).iter().any(|f| f["rule"] == "plaintext-password-column"),
                "the regression database's plain-text passwords are missed"
            );
        }
        let risky: Vec<&Value> = findings(&r)
            .iter()
            .filter(|f| f["category"] == "restore-risk" && (f["severity"] == "high" || f["severity"] == "critical"))
            .collect();
        assert!(risky.is_empty(), "{d}: {risky:?}");
    }
    let has = |d: &str, table: &str, col: &str| {
        let r = scan(&[corpus(d).to_str().unwrap()]);
        assert!(
            findings(&r)
                .iter()
                .any(|f| f["category"] == "pii" && f["object"]["name"] == table && f["column"] == col),
            "{d}: {table}.{col}"
        );
    };
    has("pagila.plain.sql", "public.customer", "email");
    has("pagila.inserts.sql", "public.customer", "email");
    has("chinook.plain.sql", "public.employee", "birth_date");
    has("northwind.plain.sql", "public.employees", "birth_date");
}

#[test]
fn dumpall_every_role_verifier() {
    let r = scan(&[corpus("cluster.dumpall.sql").to_str().unwrap()]);
    let truth = truth("cluster.truth.json");
    let roles: Vec<&str> = truth["roles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["password_verifier"].is_null())
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(!roles.is_empty());
    for role in roles {
        let f = find(&r, "postgres-role-verifier")
            .into_iter()
            .find(|f| f["object"]["name"] == role);
        assert!(f.is_some(), "verifier of {role}");
        assert_eq!(f.unwrap()["category"], "credential-hash");
    }
}

#[test]
fn inserts_and_copy_dumps_agree() {
    let key = |r: &Value| -> BTreeSet<(String, String, String, String)> {
        findings(r)
            .iter()
            .filter(|f| f["object"]["kind"] == "table-data")
            .map(|f| {
                (
                    f["category"].to_string(),
                    f["rule"].to_string(),
                    f["object"]["name"].to_string(),
                    f["column"].to_string(),
                )
            })
            .collect()
    };
    for db in ["pagila", "chinook"] {
        let a = scan(&[corpus(&format!("{db}.plain.sql")).to_str().unwrap()]);
        let b = scan(&[corpus(&format!("{db}.inserts.sql")).to_str().unwrap()]);
        assert_eq!(key(&a), key(&b), "{db}");
        let counts = |r: &Value| -> Vec<u64> {
            findings(r)
                .iter()
                .filter(|f| f["category"] == "pii")
                .map(|f| f["count"].as_u64().unwrap())
                .collect()
        };
        assert_eq!(counts(&a), counts(&b), "{db} PII counts");
    }
}

#[test]
fn json_report_contract() {
    let r = scan(&["--deny-host", "*.acme-corp.com", &data("planted.sql")]);
    for k in ["name", "version", "rules_sha256"] {
        assert!(r["tool"][k].is_string(), "tool.{k}");
    }
    for k in ["path", "sha256", "format", "pg_dump_version", "server_version"] {
        assert!(r["input"][k].is_string(), "input.{k}");
    }
    assert!(r["input"]["bytes"].is_u64());
    assert_eq!(r["summary"]["findings"].as_u64().unwrap() as usize, findings(&r).len());
    assert_eq!(r["summary"]["verdict"], "pass", "--fail-on none never fails");
    for f in findings(&r) {
        for k in ["id", "rule", "category", "severity", "message", "redacted"] {
            assert!(f[k].is_string(), "{k} in {f}");
        }
        for k in ["line", "byte_offset", "count"] {
            assert!(f[k].is_u64(), "{k} in {f}");
        }
        assert!(f["object"]["kind"].is_string() && f["object"]["name"].is_string());
        assert_eq!(f["id"].as_str().unwrap().len(), 32);
    }
}

#[test]
fn exit_status_follows_fail_on() {
    let p = data("planted.sql");
    assert_eq!(
        run(&["scan", "--format", "json", &p]).status.code(),
        Some(1),
        "critical findings fail by default"
    );
    assert_eq!(
        run(&["scan", "--format", "json", "--fail-on", "none", &p])
            .status
            .code(),
        Some(0)
    );
    let clean = corpus("chinook.plain.sql");
    assert_eq!(
        run(&["scan", clean.to_str().unwrap()]).status.code(),
        Some(0),
        "PII is medium; default threshold is high"
    );
    assert_eq!(
        run(&["scan", "--fail-on", "medium", clean.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(run(&["scan", "/nonexistent.sql"]).status.code(), Some(2));
}

#[test]
fn baseline_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let p = data("planted.sql");
    let out = run(&["scan", "--format", "json", "--fail-on", "none", &p]);
    let base = dir.path().join("base.json");
    std::fs::write(&base, &out.stdout).unwrap();
    let n = serde_json::from_slice::<Value>(&out.stdout).unwrap()["summary"]["findings"]
        .as_u64()
        .unwrap();
    assert!(n > 10);
    let again = run(&["scan", "--format", "json", "--baseline", base.to_str().unwrap(), &p]);
    assert_eq!(again.status.code(), Some(0));
    let r: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(r["summary"]["findings"], 0);
    assert_eq!(r["summary"]["suppressed_by_baseline"], n);
    // Ids do not depend on line numbers: shift every line and the baseline still holds.
    let shifted = dir.path().join("shifted.sql");
    let mut bytes = b"-- a comment that moves every line down\n\n".to_vec();
    bytes.extend(std::fs::read(&p).unwrap());
    std::fs::write(&shifted, bytes).unwrap();
    let r = json(&[
        "scan",
        "--format",
        "json",
        "--baseline",
        base.to_str().unwrap(),
        shifted.to_str().unwrap(),
    ]);
    assert_eq!(r["summary"]["findings"], 0, "{}", r["findings"]);
}

#[test]
fn config_file_rules_hosts_and_sanitized_columns() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("d.sql");
    std::fs::write(&dump, "CREATE TABLE public.t (email text, note text);\nCOPY public.t (email, note) FROM stdin;\nann@mailbox.es\tacme_tok_9f8e7d6c5b4a see https://git.corp.example.net/x\n\\.\n").unwrap();
    let cfg = dir.path().join("pgscreen.toml");
    std::fs::write(&cfg, "sanitized_columns = [\"public.t.email\"]\n[hosts]\ndeny = [\"git.corp.example.net\"]\n[[rules]]\nid = \"acme-token\"\nregex = 'acme_tok_[0-9a-f]{12}'\nkeywords = [\"acme_tok_\"]\nseverity = \"critical\"\n").unwrap();
    let r = json(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "none",
        "--config",
        cfg.to_str().unwrap(),
        dump.to_str().unwrap(),
    ]);
    let f = find(&r, "acme-token");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (
            f[0]["severity"].as_str(),
            f[0]["category"].as_str(),
            f[0]["line"].as_u64()
        ),
        (Some("critical"), Some("secret"), Some(3))
    );
    assert_eq!(find(&r, "pii-email")[0]["severity"], "info", "accepted as sanitized");
    assert!(
        find(&r, "live-host")
            .iter()
            .any(|f| f["redacted"] == "git.corp.example.net"),
        "deny list from the config"
    );
    // A broken config is an error naming the file and line.
    std::fs::write(&cfg, "[hosts]\ndeny = 3\n").unwrap();
    let out = run(&["scan", "--config", cfg.to_str().unwrap(), dump.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pgscreen.toml: line 2"), "{err}");
}

#[test]
fn rules_listing() {
    let r = json(&["rules", "--format", "json"]);
    let rules = r["rules"].as_array().unwrap();
    assert!(rules.len() >= 150, "{}", rules.len());
    // Every rule has a category, a severity, a source and a description; pattern rules carry
    // their examples.
    for x in rules {
        for k in ["id", "category", "severity", "source", "description"] {
            assert!(x[k].as_str().is_some_and(|s| !s.is_empty()), "{x}: {k}");
        }
    }
    let patterns = r["patterns"].as_array().unwrap();
    assert!(patterns.len() >= 60, "{}", patterns.len());
    assert!(patterns.iter().all(|x| !x["examples"].as_array().unwrap().is_empty()));
    for id in [
        "aws-access-key-id",
        "meta-shell",
        "pii-email",
        "duplicate-key",
        "fdw-server",
    ] {
        assert!(rules.iter().any(|x| x["id"] == id), "{id} listed");
    }
    let out = run(&["rules"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("aws-access-key-id") && text.contains("meta-shell"),
        "{text}"
    );
}

#[test]
fn sarif_validates_with_the_official_multitool() {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/sarif-validator/package/Sarif.Multitool");
    assert!(
        tool.exists(),
        "SARIF validator missing: run scripts/fetch-sarif-validator.sh (scripts/test.sh does)"
    );
    let dir = tempfile::tempdir().unwrap();
    for (name, args) in [
        ("planted", vec![data("planted.sql")]),
        (
            "eval",
            vec![
                data("eval-dev/pagila-planted.sql"),
                data("eval-dev/northwind-planted.sql"),
            ],
        ),
        // One run for every input, an unreadable one as an error notification.
        (
            "with-error",
            vec![data("planted.sql"), "/nonexistent/dump.sql".to_string()],
        ),
    ] {
        let mut a = vec![
            "scan".to_string(),
            "--format".into(),
            "sarif".into(),
            "--fail-on".into(),
            "none".into(),
            "--deny-host".into(),
            "*.acme-corp.com".into(),
        ];
        a.extend(args);
        let out = bin().args(&a).output().unwrap();
        assert_eq!(out.status.code(), Some(if name == "with-error" { 2 } else { 0 }));
        let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(sarif["version"], "2.1.0");
        assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());
        let file = dir.path().join(format!("{name}.sarif"));
        std::fs::write(&file, &out.stdout).unwrap();
        let log = dir.path().join(format!("{name}.validation.sarif"));
        let v = std::process::Command::new(&tool)
            .arg("validate")
            .arg(&file)
            .arg("--log")
            .arg("ForceOverwrite")
            .arg("-o")
            .arg(&log)
            .output()
            .unwrap();
        assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stdout));
        let report: Value = serde_json::from_slice(&std::fs::read(&log).unwrap()).unwrap();
        let problems = report["runs"][0]["results"].as_array().cloned().unwrap_or_default();
        assert!(problems.is_empty(), "{name}: {problems:?}");
    }
}

/// A table of several megabytes is scanned in chunks (one per worker) and each chunk in runs of
/// lines: a finding anywhere in it keeps its row and line, with one thread or several.
#[test]
fn rows_and_lines_hold_across_chunks_and_runs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.sql");
    let head = "SET client_encoding = 'UTF8';\n\nCREATE TABLE public.notes (id integer NOT NULL, note text);\n\nCOPY public.notes (id, note) FROM stdin;\n";
    let first_line = head.lines().count() as u64 + 1;
    let rows = 150_000u64;
    let planted: Vec<u64> = vec![1, 1_733, 2_890, 41_017, 77_777, 149_999, 150_000];
    let mut text = String::from(head);
    for id in 1..=rows {
        if let Some(k) = planted.iter().position(|&r| r == id) {
            // Distinct tokens: each is its own finding.
            text.push_str(&format!(
                "{id}\tdeploy with ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQ{k:02}\n"
            ));
        } else {
            text.push_str(&format!(
                "{id}\tan ordinary note about order {id}, nothing to see here at all\n"
            ));
        }
    }
    text.push_str("\\.\n\n");
    assert!(text.len() > 9 << 20, "more than two chunks");
    std::fs::write(&path, &text).unwrap();
    let p = path.to_str().unwrap();
    let one = scan(&["--threads", "1", p]);
    let two = scan(&["--threads", "2", p]);
    assert_eq!(findings(&one), findings(&two));
    let mut got: Vec<(u64, u64)> = find(&two, "github-pat")
        .iter()
        .map(|f| (f["row"].as_u64().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    got.sort_unstable();
    let want: Vec<(u64, u64)> = planted.iter().map(|&r| (r, first_line + r - 1)).collect();
    assert_eq!(got, want);
}

/// `scan` of a dump made of `text` (written to a temporary file).
fn scan_dump(text: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("d.sql");
    std::fs::write(&dump, text).unwrap();
    scan(&[dump.to_str().unwrap()])
}

/// Asserts that each (rule, line) of `want` is among the report's findings.
fn has_all(r: &Value, want: &[(&str, u64)]) {
    let got: BTreeSet<(String, u64)> = findings(r)
        .iter()
        .map(|f| (f["rule"].as_str().unwrap().to_string(), f["line"].as_u64().unwrap()))
        .collect();
    for (rule, line) in want {
        assert!(
            got.contains(&(rule.to_string(), *line)),
            "{rule} at line {line} not in {got:?}"
        );
    }
}

/// A credential in a comment between statements (or after the last one) is in the dump as much
/// as one in a literal: found, on its own line, and redacted.
#[test]
fn secrets_in_comments_between_statements() {
    let scram = "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$W0Qb6SUvzRVY3a3F9yJmYtL8kC1X6VRhv5c3Dkq2wJo=:Xk4u3vJ7d2Qw5h9y1Vb8m0Zp6Lr2Ts4Nq7Wc3Ex9Fj0=";
    let r = scan_dump(&format!(
        "SET client_encoding = 'UTF8';\n\n-- old password: {scram}\nCREATE TABLE public.t (id integer);\nCOPY public.t (id) FROM stdin;\n1\n\\.\n/* aws\n   AKIAZ7QWERTYUIOPAS2Q */\nSELECT 1;\n-- postgres://admin:S3cretPw@db.prod.acme.com:5432/app\n"
    ));
    has_all(
        &r,
        &[
            ("postgres-scram-verifier", 3),
            ("aws-access-key-id", 9),
            ("postgres-uri", 11),
        ],
    );
    let out = serde_json::to_string(&r).unwrap();
    assert!(
        !out.contains("S3cretPw") && !out.contains("W0Qb6SUvzRVY3a3F9yJmYtL8kC1X6VRhv5c3Dkq2wJo"),
        "a secret printed whole"
    );
    assert!(findings(&r).iter().all(|f| f["object"]["kind"] == "comment"));
}

/// A credential on a psql meta-command's line is reported as what it is, not only as an
/// unexpected meta-command (whose medium finding alone left the verdict at pass).
#[test]
fn secrets_on_meta_command_lines() {
    let r = scan_dump("SET client_encoding = 'UTF8';\n\\set pw 'postgres://admin:S3cretPw@db.prod.acme.com/app'\n\\echo AKIAZ7QWERTYUIOPAS2Q\nCREATE TABLE t (id int);\n");
    has_all(
        &r,
        &[("postgres-uri", 2), ("aws-access-key-id", 3), ("meta-unexpected", 2)],
    );
    assert!(!serde_json::to_string(&r).unwrap().contains("S3cretPw"));
}

/// COPY ... WITH (FORMAT csv), which pg_dump never writes, was skipped whole: a hand-made
/// dump could carry credentials past scan in it.
#[test]
fn csv_copy_blocks_are_not_a_blind_spot() {
    let r = scan_dump("CREATE TABLE public.t (id int, note text);\nCOPY public.t (id, note) FROM stdin WITH (FORMAT csv);\n1,\"key AKIAZ7QWERTYUIOPAS2Q here\"\n2,\"a\nb\",x\n3,postgres://admin:S3cretPw@db.prod.acme.com/app\n\\.\n");
    has_all(&r, &[("aws-access-key-id", 3), ("postgres-uri", 6)]);
    assert!(findings(&r).iter().all(|f| f["object"]["name"] == "public.t"));
}

/// A file stored as bytea or as a large object is hex in the dump: its text is read decoded
/// (a .env with an AWS key was missed in both).
#[test]
fn secrets_in_stored_files_bytea_and_large_objects() {
    let hex: String = b"aws_key=AKIAZ7QWERTYUIOPAS2Q\npassword: hunter2"
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let r = scan_dump(&format!("CREATE TABLE public.d (id int, content bytea);\nCOPY public.d (id, content) FROM stdin;\n1\t\\\\x{hex}\n2\t\\\\x00ff\n\\.\nSELECT pg_catalog.lo_open('16401', 131072);\nSELECT pg_catalog.lowrite(0, '\\x{hex}');\n"));
    has_all(&r, &[("aws-access-key-id", 3), ("aws-access-key-id", 7)]);
    let kinds: BTreeSet<&str> = find(&r, "aws-access-key-id")
        .iter()
        .map(|f| f["object"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, BTreeSet::from(["table-data", "large-object"]));
}

/// Values past a table's columns (rows the server would reject) are still text in the dump:
/// a credential there is reported, with no column.
#[test]
fn fields_past_the_columns_are_read() {
    let r = scan_dump("CREATE TABLE public.t (id int);\nCOPY public.t (id) FROM stdin;\n1\tAKIAZ7QWERTYUIOPAS2Q\n\\.\nINSERT INTO public.t VALUES (2, 'AKIAZ7QWERTYUIOPAS3Q');\n");
    let lines: BTreeSet<u64> = find(&r, "aws-access-key-id")
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, BTreeSet::from([3, 5]));
}

/// Escapes pg_dump never writes can spell a credential byte by byte (`\x41KIA...` in COPY
/// text, octal, E'' literals): the value is searched decoded, not only as written.
#[test]
fn hand_written_escapes_hide_nothing() {
    let r = scan_dump("CREATE TABLE public.t (id int, note text);\nCOPY public.t (id, note) FROM stdin;\n1\tkey \\x41KIAZ7QWERTYUIOPAS2Q\n2\tkey \\101KIAZ7QWERTYUIOPAS3Q\n3\tnot one: \\\\x41KIA\n\\.\nINSERT INTO public.t VALUES (4, E'\\x41KIAZ7QWERTYUIOPAS4Q');\n");
    let lines: BTreeSet<u64> = find(&r, "aws-access-key-id")
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, BTreeSet::from([3, 4, 7]));
}

/// inspect shows column defaults, which are dump text: a credential in one is redacted there
/// as in any finding.
#[test]
fn inspect_redacts_secrets_in_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("d.sql");
    std::fs::write(
        &dump,
        "CREATE TABLE public.t (id int DEFAULT 1, k text DEFAULT 'AKIAZ7QWERTYUIOPAS2Q');\n",
    )
    .unwrap();
    for format in ["text", "json"] {
        let out = run(&["inspect", "--format", format, dump.to_str().unwrap()]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text.contains("AKIAZ7QWERTYUIOPAS2Q") && text.contains("AKIA"),
            "{text}"
        );
    }
}
