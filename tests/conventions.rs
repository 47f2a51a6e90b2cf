//! The conventions scanner users script against: `--output`, colour switches, `--version`.

mod common;

use common::{bin, corpus, run};
use serde_json::Value;

#[test]
fn output_goes_to_the_named_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    let dump = corpus("chinook.plain.sql");
    let r = run(&[
        "scan",
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
        dump.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(0));
    assert!(r.stdout.is_empty(), "nothing on stdout");
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["tool"]["name"], "pgscreen");
    // Every command takes it; text to a file has no colour unless asked for.
    let txt = dir.path().join("inventory.txt");
    run(&["inspect", "--output", txt.to_str().unwrap(), dump.to_str().unwrap()]);
    let t = std::fs::read_to_string(&txt).unwrap();
    assert!(t.contains("public.album") && !t.contains('\x1b'), "{t}");
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".pgscreen-tmp")));
}

/// `-o` to a pipe or a device is written there as it is: renaming a finished file over it would
/// replace the node itself (as root, `-o /dev/null` once turned /dev/null into a regular file).
/// `-o` through a symbolic link replaces the file it points to and keeps the link. sanitize,
/// which reads back what it wrote, refuses a pipe.
#[test]
fn output_to_a_pipe_stays_a_pipe_and_links_stay_links() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let dump = corpus("chinook.plain.sql");
    let fifo = dir.path().join("report.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    let args = |out: &std::path::Path| {
        [
            "scan",
            "--format",
            "json",
            "-o",
            out.to_str().unwrap(),
            dump.to_str().unwrap(),
        ]
        .map(String::from)
    };
    let r = bin().args(args(&fifo)).output().unwrap();
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let got = reader.join().unwrap();
    let v: Value = serde_json::from_slice(&got).unwrap();
    assert_eq!(v["tool"]["name"], "pgscreen");
    assert!(
        std::fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "the pipe was replaced"
    );
    let file = dir.path().join("real.json");
    std::fs::write(&file, "old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    let r = bin().args(args(&link)).output().unwrap();
    assert_eq!(r.status.code(), Some(0));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    let v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(v["tool"]["name"], "pgscreen");
    let r = bin()
        .args(["sanitize", "--quiet", "-o", "/dev/null", dump.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("/dev/null: not a regular file"), "{err}");
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
}

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let dump = corpus("chinook.plain.sql");
    let text = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = bin();
        c.args(args)
            .arg(&dump)
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            c.env(k, v);
        }
        String::from_utf8(c.output().unwrap().stdout).unwrap()
    };
    // Not a terminal: no colour by default, colour when forced.
    assert!(!text(&["inspect"], &[]).contains('\x1b'));
    assert!(text(&["inspect"], &[("CLICOLOR_FORCE", "1")]).contains("\x1b[1m"));
    assert!(text(&["inspect", "--color", "always"], &[]).contains("\x1b[1m"));
    // NO_COLOR wins over CLICOLOR_FORCE; --color never over both.
    assert!(!text(&["inspect"], &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]).contains('\x1b'));
    assert!(!text(&["inspect", "--color", "never"], &[("CLICOLOR_FORCE", "1")]).contains('\x1b'));
}

#[test]
fn version_names_the_commit_and_the_rule_set() {
    let long = String::from_utf8(run(&["--version"]).stdout).unwrap();
    let rules: Value = serde_json::from_slice(&run(&["rules", "--format", "json"]).stdout).unwrap();
    let sha = rules["rules_sha256"].as_str().unwrap();
    assert!(
        long.starts_with(&format!("pgscreen {}", env!("CARGO_PKG_VERSION"))),
        "{long}"
    );
    assert!(long.contains("commit ") && long.contains(sha), "{long}");
}

#[test]
fn scan_json_carries_the_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("w.sql");
    std::fs::write(&p, "CREATE TABLE public.t (a int);\nSELEC 1;\n").unwrap();
    let v: Value = serde_json::from_slice(&run(&["scan", "--format", "json", p.to_str().unwrap()]).stdout).unwrap();
    let w = v["warnings"].as_array().unwrap();
    assert_eq!(w.len(), 1, "{v}");
    assert_eq!(w[0]["line"], 2);
    assert!(w[0]["message"].as_str().unwrap().contains("does not parse"));
    let clean: Value = serde_json::from_slice(
        &run(&[
            "scan",
            "--format",
            "json",
            corpus("chinook.plain.sql").to_str().unwrap(),
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(clean["warnings"], serde_json::json!([]));
}

/// `--config`, then `PGSCREEN_CONFIG`, then `pgscreen.toml` in the current directory, as gitleaks
/// finds its configuration; the one found is named on stderr.
#[test]
fn config_is_found_by_flag_environment_or_current_directory() {
    let dump = corpus("chinook.plain.sql");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("pgscreen.toml"),
        "sanitized_columns = [\"public.customer.email\"]\n",
    )
    .unwrap();
    let email = |out: &std::process::Output| -> String {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "pii-email" && f["object"]["name"] == "public.customer")
            .map(|f| f["severity"].as_str().unwrap().to_string())
            .unwrap()
    };
    let scan = |cwd: &std::path::Path, env: Option<&std::path::Path>| {
        let mut c = bin();
        c.current_dir(cwd).env_remove("PGSCREEN_CONFIG");
        if let Some(e) = env {
            c.env("PGSCREEN_CONFIG", e);
        }
        c.args(["scan", "--format", "json", "--fail-on", "none", dump.to_str().unwrap()])
            .output()
            .unwrap()
    };
    let elsewhere = tempfile::tempdir().unwrap();
    let none = scan(elsewhere.path(), None);
    assert_eq!(email(&none), "medium");
    let here = scan(dir.path(), None);
    assert_eq!(email(&here), "info");
    assert!(String::from_utf8_lossy(&here.stderr).contains("found in the current directory"));
    let env = scan(elsewhere.path(), Some(&dir.path().join("pgscreen.toml")));
    assert_eq!(email(&env), "info");
    assert!(String::from_utf8_lossy(&env.stderr).contains("PGSCREEN_CONFIG"));
    // --verbose names it however it was found, --config included; --quiet alone names nothing.
    let flagged = |extra: &[&str]| {
        let mut c = bin();
        c.current_dir(elsewhere.path()).env_remove("PGSCREEN_CONFIG");
        let cfg = dir.path().join("pgscreen.toml");
        c.args([
            "scan",
            "--format",
            "json",
            "--fail-on",
            "none",
            "--config",
            cfg.to_str().unwrap(),
        ])
        .args(extra)
        .arg(dump.to_str().unwrap())
        .output()
        .unwrap()
    };
    let said = String::from_utf8_lossy(&flagged(&["--verbose"]).stderr).to_string();
    assert!(
        said.contains("pgscreen: using") && said.contains("(--config)"),
        "{said}"
    );
    assert!(
        said.contains("chinook.plain.sql: ") && said.contains(" findings"),
        "{said}"
    );
    assert!(flagged(&[]).stderr.is_empty());
}

/// Completions for every shell clap_complete knows, and a man page, from the same clap model.
#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("sanitize") && text.contains("fail-on"), "{shell}: {text}");
    }
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    let man = run(&["man"]);
    let text = String::from_utf8_lossy(&man.stdout);
    assert!(text.contains(".TH pgscreen") && text.contains("sanitize"), "{text}");
}

/// Three inputs, one missing: one JSON document and one SARIF run hold both readable dumps and
/// the error; the exit status is 2 (an input failed); without the missing one, --exit-code
/// sets the status for findings.
#[test]
fn several_inputs_make_one_document_and_one_run() {
    let (a, b) = (corpus("chinook.plain.sql"), corpus("northwind.plain.sql"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let missing = "/nonexistent/dump.sql";
    let out = run(&["scan", "--format", "json", "--fail-on", "medium", a, b, missing]);
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["reports"].as_array().unwrap().len(), 2);
    assert_eq!(v["errors"][0]["path"], missing);
    assert!(v["tool"]["rules_sha256"].is_string(), "{}", v["tool"]);

    let out = run(&["scan", "--format", "sarif", "--fail-on", "none", a, b, missing]);
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    let runs = s["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1, "one run for every input");
    assert_eq!(runs[0]["artifacts"].as_array().unwrap().len(), 2);
    let uris: std::collections::BTreeSet<i64> = runs[0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["index"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(uris, [0, 1].into_iter().collect());
    assert_eq!(runs[0]["invocations"][0]["executionSuccessful"], false);
    assert!(
        runs[0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("nonexistent")
    );

    // A baseline written for several inputs is read back whole.
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    let out = run(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "none",
        "-o",
        base.to_str().unwrap(),
        a,
        b,
    ]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "low",
        "--baseline",
        base.to_str().unwrap(),
        a,
        b,
    ]);
    assert_eq!(out.status.code(), Some(0), "everything is in the baseline");

    let out = run(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "medium",
        "--exit-code",
        "42",
        a,
    ]);
    assert_eq!(out.status.code(), Some(42));
    let out = run(&["scan", "--format", "json", "--fail-on", "none", "--exit-code", "42", a]);
    assert_eq!(out.status.code(), Some(0));
}

/// A folder of backups is swept: the dumps in it (any format, found by content, at any depth)
/// are scanned, other files ignored, and the report is one document.
#[test]
fn a_folder_of_backups_is_swept() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("2026/11")).unwrap();
    std::fs::copy(corpus("chinook.custom.dump"), root.join("2026/11/chinook.backup")).unwrap();
    std::fs::copy(corpus("northwind.plain.sql.gz"), root.join("2026/northwind.sql.gz")).unwrap();
    std::fs::copy(corpus("pagila.plain.sql"), root.join("pagila.sql")).unwrap();
    std::fs::write(root.join("README.txt"), "nightly backups").unwrap();
    // Only mentioning pg_dump's first line does not make a text a dump.
    std::fs::write(
        root.join("NOTES.md"),
        "pg_dump begins with \"-- PostgreSQL database dump\".\n",
    )
    .unwrap();
    let out = run(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "none",
        "--verbose",
        root.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<String> = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["input"]["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(paths, vec!["chinook.backup", "northwind.sql.gz", "pagila.sql"]);
    assert!(v["errors"].as_array().unwrap().is_empty());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(": 3 dumps") && said.contains("scanning 3 inputs"),
        "{said}"
    );
    // The files are scanned at once on several threads: the report is the one a scan of one
    // file after another on one thread gives.
    let one = run(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "none",
        "--threads",
        "1",
        root.to_str().unwrap(),
    ]);
    let w: Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(v["reports"], w["reports"]);
}
