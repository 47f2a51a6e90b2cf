//! `pgscreen check`: the hand-off fixture passes its contract; one-fault variants of it each fail
//! exactly the requirement they break; pagila against a contract written from its truth file;
//! attestation and its verification; the path guard on a real FIFO.

mod common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name)
}

fn handoff() -> String {
    std::fs::read_to_string(example("handoff.sql")).unwrap()
}

/// `s` with `from` replaced by `to`, asserting the fixture still has `from`.
fn edit(s: &str, from: &str, to: &str) -> String {
    assert!(s.contains(from), "fixture no longer contains {from:?}");
    s.replace(from, to)
}

/// Runs check with JSON output; returns (exit status, report).
fn check(dump: &Path, contract: &Path) -> (i32, Value) {
    let out = run(&[
        "check",
        dump.to_str().unwrap(),
        "--contract",
        contract.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let code = out.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "exit {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (code, serde_json::from_slice(&out.stdout).unwrap())
}

fn failed(r: &Value) -> Vec<String> {
    r["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["status"] == "fail")
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect()
}

fn requirement<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no requirement {id}"))
}

#[test]
fn the_handoff_fixture_passes_its_contract() {
    let (code, r) = check(&example("handoff.sql"), &example("handoff.contract.json"));
    assert_eq!(failed(&r), Vec::<String>::new());
    assert_eq!(code, 0);
    assert_eq!(r["summary"]["verdict"], "pass");
    // Every kind of requirement is exercised, so "pass" is not vacuous.
    for id in [
        "min-pg-dump-version",
        "restrict-key",
        "table:public.birth_registry",
        "column-type:public.birth_registry.id",
        "column-not-null:public.birth_registry.id",
        "strict:public.birth_registry",
        "primary-key:public.approvals",
        "min-rows:public.state_changes",
        "table:public.audit_log",
        "forbid:pii",
        "forbid:live-host",
    ] {
        assert_eq!(requirement(&r, id)["status"], "pass", "{id}");
    }
    assert_eq!(requirement(&r, "min-rows:public.state_changes")["found"], "20 rows");
}

#[test]
fn each_one_fault_variant_fails_exactly_its_requirement() {
    let base = handoff();
    let dir = tempfile::tempdir().unwrap();
    let drop_table = |s: &str| {
        // CREATE, owner, data and both constraints of state_changes.
        let mut out = String::new();
        let mut skip = false;
        for block in s.split("\n--\n-- ") {
            let keep = !block.contains("state_changes");
            if keep {
                if !out.is_empty() || skip {
                    out.push_str("\n--\n-- ");
                }
                out.push_str(block);
            }
            skip = !keep;
        }
        assert!(!out.contains("state_changes") && out.contains("\\unrestrict"));
        out
    };
    let few_rows = {
        let start = base.find("COPY public.approvals").unwrap();
        let end = start + base[start..].find("\\.\n").unwrap();
        let rows: Vec<&str> = base[start..end].lines().skip(1).collect();
        assert_eq!(rows.len(), 12);
        let kept: String = rows[..3].iter().map(|r| format!("{r}\n")).collect();
        format!(
            "{}{}\n{}{}",
            &base[..start],
            base[start..].lines().next().unwrap(),
            kept,
            &base[end..]
        )
    };
    // (fault, dump, the requirement it fails, that requirement's line)
    let cases: Vec<(&str, String, &str, Option<u64>)> = vec![
        ("missing table", drop_table(&base), "table:public.state_changes", None),
        (
            "wrong type",
            edit(&base, "    id uuid NOT NULL,", "    id text NOT NULL,"),
            "column-type:public.birth_registry.id",
            Some(30),
        ),
        (
            "missing primary key",
            edit(
                &base,
                "ALTER TABLE ONLY public.approvals\n    ADD CONSTRAINT approvals_pkey PRIMARY KEY (id);",
                "",
            ),
            "primary-key:public.approvals",
            None,
        ),
        ("too few rows", few_rows, "min-rows:public.approvals", None),
        (
            "a secret",
            edit(
                &base,
                "checked against source record 5",
                "deploy key AKIAZ7Q4MBXW2RLK5T3N secret 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",
            ),
            "forbid:secret",
            Some(106),
        ),
        (
            "a live host",
            edit(
                &base,
                "checked against source record 7",
                "callback https://api.prod.civreg.org/v1/approve",
            ),
            "forbid:live-host",
            Some(108),
        ),
        (
            "unsanitized PII",
            base.replace("@example.org", "@posteo.de"),
            "forbid:pii",
            Some(82),
        ),
        (
            "missing restrict key",
            edit(
                &edit(&base, "\\restrict Hq3N8bT2kW7vY1mZ5cR9pL4xD6fG0sJe\n", ""),
                "\\unrestrict Hq3N8bT2kW7vY1mZ5cR9pL4xD6fG0sJe\n",
                "",
            ),
            "restrict-key",
            None,
        ),
        (
            "an older pg_dump",
            edit(
                &base,
                "-- Dumped by pg_dump version 17.6 (Debian 17.6-1.pgdg120+1)",
                "-- Dumped by pg_dump version 17.5 (Debian 17.5-1.pgdg120+1)",
            ),
            "min-pg-dump-version",
            None,
        ),
        (
            "an extra column in a strict table",
            edit(
                &base,
                "    updated_at timestamp with time zone\n",
                "    updated_at timestamp with time zone,\n    legacy_ref text\n",
            ),
            "strict:public.birth_registry",
            Some(30),
        ),
        (
            "a nullable column that must be NOT NULL",
            edit(
                &base,
                "    created_at timestamp with time zone NOT NULL,\n    updated_at",
                "    created_at timestamp with time zone,\n    updated_at",
            ),
            "column-not-null:public.birth_registry.created_at",
            Some(30),
        ),
    ];
    for (what, text, want, line) in cases {
        let p = dir.path().join("variant.sql");
        std::fs::write(&p, &text).unwrap();
        let (code, r) = check(&p, &example("handoff.contract.json"));
        let mut expected = vec![want.to_string()];
        if want == "restrict-key" {
            // The header says pg_dump 17.6, which writes \restrict: its absence is also a high
            // restore risk (issue #5), the same fault seen from the scan's side.
            expected.push("forbid:restore-risk".into());
        }
        assert_eq!(failed(&r), expected, "{what}");
        assert_eq!(code, 1, "{what}");
        assert_eq!(r["summary"]["verdict"], "fail", "{what}");
        if let Some(l) = line {
            assert_eq!(requirement(&r, want)["line"], l, "{what}");
        }
    }
}

#[test]
fn wrong_type_evidence_names_both_types_and_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("v.sql");
    std::fs::write(&p, edit(&handoff(), "    id uuid NOT NULL,", "    id text NOT NULL,")).unwrap();
    let out = run(&[
        "check",
        p.to_str().unwrap(),
        "--contract",
        example("handoff.contract.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("FAIL  column-type:public.birth_registry.id: expected uuid, found text at line 30"),
        "{text}"
    );
    assert!(text.contains("42 of 43 requirements pass; verdict fail"), "{text}");
}

/// The pagila contract was written from the truth file; hold it to the truth again so it cannot
/// drift into something made to pass.
#[test]
fn pagila_contract_is_the_truth() {
    let truth = truth("pagila.truth.json");
    let c: Value = serde_json::from_slice(&std::fs::read(example("pagila.contract.json")).unwrap()).unwrap();
    let tables = c["tables"].as_object().unwrap();
    assert_eq!(tables.len(), truth["tables"].as_array().unwrap().len());
    for t in truth["tables"].as_array().unwrap() {
        let key = format!("{}.{}", t["schema"].as_str().unwrap(), t["name"].as_str().unwrap());
        let ct = &tables[&key];
        let cols = ct["columns"].as_object().unwrap();
        assert_eq!(cols.len(), t["columns"].as_array().unwrap().len(), "{key}");
        for col in t["columns"].as_array().unwrap() {
            let cc = &cols[col["name"].as_str().unwrap()];
            assert_eq!(cc["type"], col["type"], "{key}");
            assert_eq!(cc["not_null"], col["not_null"], "{key}");
        }
        assert_eq!(ct["primary_key"], t["primary_key"], "{key}");
        assert_eq!(ct["strict"], true);
    }
}

#[test]
fn pagila_passes_for_shape_and_fails_for_pii_until_sanitized() {
    let dump = corpus("pagila.plain.sql");
    let (code, r) = check(&dump, &example("pagila.contract.json"));
    assert_eq!(code, 1);
    let mut f = failed(&r);
    f.sort();
    assert_eq!(f, ["forbid:credential-hash", "forbid:pii"]);
    // Shape: every table, column, type, key and row count requirement holds (350 of them).
    let shape = r["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| !q["id"].as_str().unwrap().starts_with("forbid:"))
        .count();
    assert!(shape > 300, "{shape}");
    let pii = requirement(&r, "forbid:pii");
    // The report shows the first ten; the scan lists them all (names, emails, phones,
    // addresses, and the postcodes, districts and logins beside them).
    assert_eq!(pii["findings"].as_array().unwrap().len(), 10);
    let scan = run(&["scan", dump.to_str().unwrap(), "--format", "json", "--quiet"]);
    let scan: Value = serde_json::from_slice(&scan.stdout).unwrap();
    let pii_columns: Vec<String> = scan["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "pii")
        .map(|f| {
            format!(
                "{}.{}",
                f["object"]["name"].as_str().unwrap(),
                f["column"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(pii_columns.len(), 13, "{pii_columns:?}");
    // payment is partitioned: its rows are its partitions' rows.
    assert_eq!(requirement(&r, "min-rows:public.payment")["found"], "16049 rows");

    // List pagila's person columns (and the sample password hashes in staff) as sanitized.
    let mut c: Value = serde_json::from_slice(&std::fs::read(example("pagila.contract.json")).unwrap()).unwrap();
    let sanitized: Vec<String> = pii_columns
        .into_iter()
        .chain(["public.staff.password".to_string()])
        .collect();
    c["sanitized_columns"] = serde_json::json!(sanitized);
    let dir = tempfile::tempdir().unwrap();
    let cp = dir.path().join("pagila.sanitized.contract.json");
    std::fs::write(&cp, serde_json::to_vec(&c).unwrap()).unwrap();
    let (code, r) = check(&dump, &cp);
    assert_eq!(failed(&r), Vec::<String>::new());
    assert_eq!(code, 0);
}

#[test]
fn attestation_hashes_the_file_and_verification_catches_one_changed_byte() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("handoff.sql");
    std::fs::copy(example("handoff.sql"), &dump).unwrap();
    let att = dir.path().join("attestation.json");
    let out = run(&[
        "check",
        dump.to_str().unwrap(),
        "--contract",
        example("handoff.contract.json").to_str().unwrap(),
        "--attest",
        att.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let statement: Value = serde_json::from_slice(&std::fs::read(&att).unwrap()).unwrap();
    let sha = std::process::Command::new("sha256sum").arg(&dump).output().unwrap();
    let sha = String::from_utf8(sha.stdout).unwrap();
    let sha = sha.split_whitespace().next().unwrap();
    // An in-toto Statement v1: the dump as its subject, the record as its predicate.
    assert_eq!(statement["_type"], "https://in-toto.io/Statement/v1");
    assert_eq!(statement["subject"][0]["name"], "handoff.sql");
    assert_eq!(statement["subject"][0]["digest"]["sha256"], sha);
    assert_eq!(statement["predicateType"], "https://pgscreen.dev/attestation/check/v1");
    let a = &statement["predicate"];
    assert_eq!(a["sha256"].as_str().unwrap(), sha);
    assert_eq!(a["file"]["size"], std::fs::metadata(&dump).unwrap().len());
    assert!(a["file"]["inode"].as_u64().unwrap() > 0);
    assert!(!a["file"]["filesystem"]["name"].as_str().unwrap().is_empty());
    assert_eq!(a["verdict"], "pass");
    assert_eq!(a["header"]["restrict_key"], true);
    assert_eq!(a["header"]["pg_dump_version"], "17.6 (Debian 17.6-1.pgdg120+1)");
    assert_eq!(a["tool"]["rules_sha256"].as_str().unwrap().len(), 64);
    assert_eq!(a["contract"]["sha256"].as_str().unwrap().len(), 64);
    assert!(!a["tool"]["git_commit"].as_str().unwrap().is_empty());
    assert!(a["checked_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(a["requirements"].as_array().unwrap().len(), 43);
    assert_eq!(a["findings"]["pii"]["info"], 1);

    let verify = |p: &Path| {
        run(&[
            "check",
            "--verify-attestation",
            att.to_str().unwrap(),
            p.to_str().unwrap(),
            "--format",
            "json",
        ])
    };
    let ok = verify(&dump);
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stdout));
    let v: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["matches"], true);

    // One byte changed, same size.
    let mut bytes = std::fs::read(&dump).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x01;
    std::fs::write(&dump, &bytes).unwrap();
    let bad = verify(&dump);
    assert_eq!(bad.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(v["matches"], false);
    assert_eq!(v["size"], v["attested_size"]);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_with_exit_2_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("dump.sql");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let out = run(&[
        "check",
        fifo.to_str().unwrap(),
        "--contract",
        example("handoff.contract.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("dump.sql") && err.contains("is a FIFO"), "{err}");
}

#[test]
fn a_bad_contract_is_an_error_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "c1.json",
            "{\n  \"tables\": {\n    \"public.t\": { \"colums\": {} }\n  }\n}\n",
            "line 3",
        ),
        (
            "c2.json",
            "{\"tables\": {\"t\": {\"columns\": {\"id\": \"int); DROP TABLE t; --\"}}}}",
            "not a PostgreSQL type",
        ),
        ("c3.json", "{\"forbid\": [\"secrets\"]}", "unknown finding category"),
        ("c4.toml", "[tables.\"public.t\"]\nmin_rows = \"ten\"\n", "line 2"),
    ];
    for (name, text, want) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        let out = run(&[
            "check",
            example("handoff.sql").to_str().unwrap(),
            "--contract",
            p.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(name) && err.contains(want), "{name}: {err}");
    }
}

#[test]
fn a_toml_contract_works_like_json() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.toml");
    std::fs::write(
        &p,
        "require_restrict_key = true\nsanitized_columns = [\"public.birth_registry.child_full_name\"]\n\
         [tables.\"public.approvals\"]\nprimary_key = [\"id\"]\nmin_rows = 12\n\
         [tables.\"public.approvals\".columns]\nid = \"int8\"\nnote = { type = \"text\", not_null = false }\n",
    )
    .unwrap();
    let (code, r) = check(&example("handoff.sql"), &p);
    assert_eq!(failed(&r), Vec::<String>::new());
    assert_eq!(code, 0);
    assert_eq!(
        requirement(&r, "column-not-null:public.approvals.note")["status"],
        "pass"
    );
}

/// A directory-format archive is checked and attested like a file: its size is its files', its
/// sha256 that of its manifest, and changing one member breaks the attestation.
#[test]
fn a_directory_archive_is_checked_and_attested() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("pagila.dir");
    std::fs::create_dir(&d).unwrap();
    for e in std::fs::read_dir(corpus("pagila.dir")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), d.join(e.file_name())).unwrap();
    }
    let att = dir.path().join("att.json");
    let (code, r) = check(&d, &example("pagila.contract.json"));
    assert_eq!(code, 1);
    let mut f = failed(&r);
    f.sort();
    // Same verdict as the plain dump, except the restrict key: an archive carries none.
    assert_eq!(f, ["forbid:credential-hash", "forbid:pii", "restrict-key"]);
    let out = run(&[
        "check",
        d.to_str().unwrap(),
        "--contract",
        example("pagila.contract.json").to_str().unwrap(),
        "--attest",
        att.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let verify = || {
        run(&[
            "check",
            "--verify-attestation",
            att.to_str().unwrap(),
            d.to_str().unwrap(),
        ])
        .status
        .code()
    };
    assert_eq!(verify(), Some(0));
    let member = d.join("toc.dat");
    let mut b = std::fs::read(&member).unwrap();
    let last = b.len() - 1;
    b[last] ^= 1;
    std::fs::write(&member, b).unwrap();
    assert_eq!(verify(), Some(1));
}

/// `pgscreen contract REFERENCE` writes the contract a reference dump implies; the reference's
/// own data dump passes its shape, a clone missing a column fails it, and `check --against`
/// gives the same requirements without the file.
#[test]
fn contract_from_a_reference_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let contract = dir.path().join("chinook.contract.json");
    let out = run(&[
        "contract",
        "-o",
        contract.to_str().unwrap(),
        corpus("chinook.schema-only.sql").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let c: Value = serde_json::from_slice(&std::fs::read(&contract).unwrap()).unwrap();
    let truth = common::truth("chinook.truth.json");
    assert_eq!(
        c["tables"].as_object().unwrap().len(),
        truth["tables"].as_array().unwrap().len()
    );
    assert_eq!(
        c["tables"]["public.album"]["primary_key"],
        serde_json::json!(["album_id"])
    );
    assert_eq!(
        c["tables"]["public.album"]["columns"]["title"]["type"],
        "character varying(160)"
    );
    assert!(
        c["tables"]["public.album"].get("min_rows").is_none(),
        "schema-only: no row minimum"
    );

    let shape = |r: &Value| -> Vec<String> { failed(r).into_iter().filter(|id| !id.starts_with("forbid:")).collect() };
    let (_, full) = check(&corpus("chinook.plain.sql"), &contract);
    assert_eq!(shape(&full), Vec::<String>::new());

    // A clone whose album table lost its title column.
    let text = std::fs::read_to_string(corpus("chinook.plain.sql")).unwrap();
    let clone_text = text
        .replace("    title character varying(160) NOT NULL,\n", "")
        .replace(
            "COPY public.album (album_id, title, artist_id)",
            "COPY public.album (album_id, artist_id)",
        );
    let clone_text: String = {
        // Drop the title field from the album rows.
        let mut out = String::new();
        let mut in_album = false;
        for l in clone_text.split_inclusive('\n') {
            if l.starts_with("COPY public.album ") {
                in_album = true;
                out.push_str(l);
                continue;
            }
            if in_album && l.starts_with("\\.") {
                in_album = false;
            }
            if in_album {
                let f: Vec<&str> = l.trim_end_matches('\n').split('\t').collect();
                out.push_str(&format!("{}\t{}\n", f[0], f[2]));
            } else {
                out.push_str(l);
            }
        }
        out
    };
    assert_ne!(clone_text, text);
    let clone = dir.path().join("clone.sql");
    std::fs::write(&clone, clone_text).unwrap();
    let (code, r) = check(&clone, &contract);
    assert_eq!(code, 1);
    assert_eq!(shape(&r), vec!["column:public.album.title".to_string()]);

    let against = run(&[
        "check",
        "--format",
        "json",
        "--against",
        corpus("chinook.schema-only.sql").to_str().unwrap(),
        clone.to_str().unwrap(),
    ]);
    assert_eq!(against.status.code(), Some(1));
    let r2: Value = serde_json::from_slice(&against.stdout).unwrap();
    assert_eq!(shape(&r2), shape(&r));
}

/// A signed attestation: a DSSE envelope over the in-toto statement, signed with an Ed25519 key
/// made by openssl; verified with the trusted public key; a changed dump, a changed envelope, a
/// wrong key and a missing signature all exit 1; and openssl itself verifies the signature over
/// DSSE's pre-authentication encoding.
#[test]
fn signed_attestations_verify_and_tampering_fails() {
    use base64::Engine as _;
    let dir = tempfile::tempdir().unwrap();
    let openssl = |args: &[&str]| {
        let o = std::process::Command::new("openssl").args(args).output().unwrap();
        assert!(
            o.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        o
    };
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    openssl(&["genpkey", "-algorithm", "ed25519", "-out", &p("key.pem")]);
    openssl(&["pkey", "-in", &p("key.pem"), "-pubout", "-out", &p("pub.pem")]);
    openssl(&["genpkey", "-algorithm", "ed25519", "-out", &p("other.pem")]);
    openssl(&["pkey", "-in", &p("other.pem"), "-pubout", "-out", &p("other.pub.pem")]);
    let dump = dir.path().join("handoff.sql");
    std::fs::copy(example("handoff.sql"), &dump).unwrap();
    let out = run(&[
        "check",
        dump.to_str().unwrap(),
        "--contract",
        example("handoff.contract.json").to_str().unwrap(),
        "--attest",
        &p("att.json"),
        "--sign-key",
        &p("key.pem"),
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let env: Value = serde_json::from_slice(&std::fs::read(p("att.json")).unwrap()).unwrap();
    assert_eq!(env["payloadType"], "application/vnd.in-toto+json");
    let b64 = base64::engine::general_purpose::STANDARD;
    let payload = b64.decode(env["payload"].as_str().unwrap()).unwrap();
    let statement: Value = serde_json::from_slice(&payload).unwrap();
    assert_eq!(statement["predicate"]["verdict"], "pass");

    // openssl verifies the signature over PAE(payloadType, payload).
    let mut pae = format!("DSSEv1 28 application/vnd.in-toto+json {} ", payload.len()).into_bytes();
    pae.extend_from_slice(&payload);
    std::fs::write(p("pae.bin"), &pae).unwrap();
    std::fs::write(
        p("sig.bin"),
        b64.decode(env["signatures"][0]["sig"].as_str().unwrap()).unwrap(),
    )
    .unwrap();
    let o = openssl(&[
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        &p("pub.pem"),
        "-rawin",
        "-in",
        &p("pae.bin"),
        "-sigfile",
        &p("sig.bin"),
    ]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("Signature Verified Successfully"));

    let verify = |att: &str, key: &str| {
        run(&[
            "check",
            "--verify-attestation",
            att,
            "--trusted-key",
            key,
            dump.to_str().unwrap(),
            "--format",
            "json",
        ])
    };
    let ok = verify(&p("att.json"), &p("pub.pem"));
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stdout));
    let v: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["signature"], "valid");
    // The wrong key.
    assert_eq!(verify(&p("att.json"), &p("other.pub.pem")).status.code(), Some(1));
    // The envelope's payload changed (the verdict rewritten): the signature no longer verifies.
    let forged = String::from_utf8(payload.clone())
        .unwrap()
        .replace("\"verdict\":\"pass\"", "\"verdict\":\"pass \"");
    assert_ne!(forged.as_bytes(), &payload[..]);
    let mut env2 = env.clone();
    env2["payload"] = Value::String(b64.encode(forged.as_bytes()));
    std::fs::write(p("forged.json"), serde_json::to_vec(&env2).unwrap()).unwrap();
    let bad = verify(&p("forged.json"), &p("pub.pem"));
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        serde_json::from_slice::<Value>(&bad.stdout).unwrap()["signature"],
        "invalid"
    );
    // An unsigned statement where a signature is required.
    std::fs::write(p("bare.json"), &payload).unwrap();
    assert_eq!(verify(&p("bare.json"), &p("pub.pem")).status.code(), Some(1));
    // One byte of the dump changed.
    let mut bytes = std::fs::read(&dump).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    std::fs::write(&dump, &bytes).unwrap();
    assert_eq!(verify(&p("att.json"), &p("pub.pem")).status.code(), Some(1));
}

/// A key file that is not an Ed25519 key: one line naming it, exit 2, no attestation written.
#[test]
fn a_bad_signing_key_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.pem");
    std::fs::write(&key, "not a key\n").unwrap();
    let att = dir.path().join("att.json");
    fails_cleanly(
        &[
            "check",
            example("handoff.sql").to_str().unwrap(),
            "--contract",
            example("handoff.contract.json").to_str().unwrap(),
            "--attest",
            att.to_str().unwrap(),
            "--sign-key",
            key.to_str().unwrap(),
            "--quiet",
        ],
        key.to_str().unwrap(),
        &["not an Ed25519 private key"],
    );
    assert!(!att.exists());
}
