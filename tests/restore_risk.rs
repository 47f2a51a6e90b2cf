//! Restore-time dangers: one crafted vector per line of tests/data/restore-risk.sql, each
//! reported at its line with its severity; and what genuine dumps legitimately hold.

mod common;
use common::*;
use serde_json::Value;
use std::path::Path;

fn report(path: &str) -> Value {
    json(&["scan", "--format", "json", "--fail-on", "none", path])
}

fn risks(r: &Value) -> Vec<(String, u64, String)> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "restore-risk")
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_vector_at_its_line_and_severity() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/restore-risk.sql");
    let src = std::fs::read_to_string(&p).unwrap();
    let line_of = |needle: &str| {
        src.lines()
            .position(|l| l.starts_with(needle))
            .unwrap_or_else(|| panic!("{needle}")) as u64
            + 1
    };
    let got = risks(&report(p.to_str().unwrap()));
    let expect = [
        ("missing-restrict-key", 1, "high"),
        ("trigger-before-data", line_of("CREATE TRIGGER t_audit"), "high"),
        ("meta-shell", line_of("\\! id"), "critical"),
        ("meta-shell", line_of("\\! touch"), "critical"),
        ("meta-pipe", line_of("\\o |"), "critical"),
        ("meta-copy-program", line_of("\\copy"), "critical"),
        ("meta-setenv", line_of("\\setenv"), "critical"),
        ("meta-backquote", line_of("\\set payload"), "critical"),
        ("meta-gexec", line_of("SELECT 'SELECT 1' \\gexec"), "critical"),
        ("meta-include", line_of("\\i "), "critical"),
        ("meta-large-object-file", line_of("\\lo_import"), "critical"),
        ("meta-cd", line_of("\\cd"), "critical"),
        ("copy-program", line_of("COPY public.t FROM PROGRAM"), "critical"),
        ("copy-file", line_of("COPY public.t TO"), "high"),
        ("server-file-access", line_of("SELECT pg_catalog.lo_import"), "critical"),
        ("server-file-access", line_of("SELECT pg_read_file"), "critical"),
        ("load-library", line_of("LOAD"), "critical"),
        ("untrusted-language", line_of("CREATE FUNCTION public.ops"), "high"),
        (
            "c-language-function",
            line_of("CREATE FUNCTION public.native"),
            "medium",
        ),
        ("extension", line_of("CREATE EXTENSION adminpack"), "high"),
        ("extension", line_of("CREATE EXTENSION pg_net"), "high"),
        ("alter-system", line_of("ALTER SYSTEM"), "critical"),
        ("dangerous-setting", line_of("ALTER ROLE app SET"), "critical"),
        ("dangerous-setting", line_of("ALTER DATABASE app SET"), "critical"),
        ("privileged-role", line_of("CREATE ROLE maint"), "high"),
        (
            "grant-privileged-role",
            line_of("GRANT pg_execute_server_program"),
            "critical",
        ),
        ("security-definer", line_of("CREATE FUNCTION public.definer"), "low"),
        ("event-trigger", line_of("CREATE EVENT TRIGGER"), "high"),
        ("do-block", line_of("DO $$"), "high"),
        ("unexpected-dml", line_of("UPDATE public.t"), "medium"),
        ("unexpected-select", line_of("SELECT public.ops()"), "medium"),
    ];
    for (rule, line, sev) in expect {
        assert!(
            got.iter().any(|(r, l, s)| r == rule && *l == line && s == sev),
            "{rule} at line {line} ({sev}) in {got:?}"
        );
    }
    // The meta-command smuggled after an early \. is named as such.
    let r = report(p.to_str().unwrap());
    let smuggled = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["line"] == line_of("\\! id"))
        .unwrap();
    assert!(
        smuggled["message"]
            .as_str()
            .unwrap()
            .contains("right after a COPY block"),
        "{smuggled}"
    );
    assert_eq!(run(&["scan", p.to_str().unwrap()]).status.code(), Some(1));
}

/// pg_dump 17.6+/18 data-only output of tables without sequences: the last COPY block is
/// followed by the closing `\unrestrict` of the dump's own key, which is pg_dump's, not smuggled.
/// Another key, or a `\restrict`, there is still reported.
#[test]
fn the_closing_unrestrict_after_the_last_copy_block_is_pg_dumps() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.sql");
    let body = "\\restrict K1\nSET client_encoding = 'UTF8';\nCOPY public.t (a) FROM stdin;\n1\n\\.\n\n\n--\n-- PostgreSQL database dump complete\n--\n\n";
    std::fs::write(&p, format!("{body}\\unrestrict K1\n")).unwrap();
    assert!(risks(&report(p.to_str().unwrap())).is_empty());
    std::fs::write(&p, format!("{body}\\unrestrict K2\n")).unwrap();
    let got = risks(&report(p.to_str().unwrap()));
    assert!(got.iter().any(|r| r.0 == "meta-command-in-copy-gap"), "{got:?}");
    std::fs::write(&p, format!("{body}\\restrict K1\n")).unwrap();
    let got = risks(&report(p.to_str().unwrap()));
    assert!(got.iter().any(|r| r.0 == "meta-command-in-copy-gap"), "{got:?}");
}

#[test]
fn restrict_key_mismatch_and_tampering() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("r.sql");
    std::fs::write(
        &p,
        "\\restrict AAA\nSELECT 1;\n\\unrestrict BBB\n\\unrestrict AAA `id`\n",
    )
    .unwrap();
    let got = risks(&report(p.to_str().unwrap()));
    assert!(
        got.contains(&("meta-restrict-mismatch".into(), 3, "high".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("meta-restrict-tampered".into(), 4, "critical".into())),
        "{got:?}"
    );
}

#[test]
fn genuine_dumps_hold_nothing_high() {
    for d in [
        "pagila.plain.sql",
        "chinook.plain.sql",
        "northwind.plain.sql",
        "pagila.create.sql",
        "chinook.inserts.sql",
        "cluster.dumpall.sql",
        "regression.plain.sql",
    ] {
        let got = risks(&report(corpus(d).to_str().unwrap()));
        let bad: Vec<_> = got.iter().filter(|(_, _, s)| s == "high" || s == "critical").collect();
        assert!(bad.is_empty(), "{d}: {bad:?}");
    }
    // PostgreSQL's regression database legitimately holds C-language functions (its test
    // library regress.so) and SECURITY DEFINER functions: reported, at medium and low.
    let got = risks(&report(corpus("regression.plain.sql").to_str().unwrap()));
    assert_eq!(
        got.iter()
            .filter(|(r, _, s)| r == "c-language-function" && s == "medium")
            .count(),
        24
    );
    assert!(
        got.iter()
            .all(|(r, _, s)| (r == "c-language-function" && s == "medium") || s == "low" || s == "info"),
        "{got:?}"
    );
    // pg_dumpall writes the bootstrap superuser with SUPERUSER: info, not a risk.
    let got = risks(&report(corpus("cluster.dumpall.sql").to_str().unwrap()));
    assert!(got.iter().any(|(r, _, s)| r == "privileged-role" && s == "info"));
}

/// The bootstrap superuser of a cluster made with `initdb -U app` (or Docker's POSTGRES_USER)
/// is not named postgres: one superuser is the cluster's own; a second is reported.
#[test]
fn one_superuser_is_the_clusters_a_second_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("all.sql");
    let role = |n: &str| {
        format!("CREATE ROLE {n};\nALTER ROLE {n} WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;\n")
    };
    std::fs::write(&p, role("app")).unwrap();
    let su = |got: Vec<(String, u64, String)>| -> Vec<(u64, String)> {
        got.into_iter()
            .filter(|(r, _, s)| r == "privileged-role" && s != "info")
            .map(|(_, l, s)| (l, s))
            .collect()
    };
    assert_eq!(su(risks(&report(p.to_str().unwrap()))), vec![]);
    std::fs::write(&p, role("app") + &role("backdoor") + &role("postgres")).unwrap();
    assert_eq!(su(risks(&report(p.to_str().unwrap()))), vec![(4, "medium".to_string())]);
}

/// The genuine-pg_dump profile: a TOC comment followed by a statement of another kind, a
/// pre-data object after post-data began, and an object name with a line break in it.
#[test]
fn genuine_pg_dump_profile_deviations() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profile.sql");
    let src = std::fs::read_to_string(&p).unwrap();
    let line_of = |needle: &str| src.lines().position(|l| l.starts_with(needle)).unwrap() as u64 + 1;
    let got = risks(&report(p.to_str().unwrap()));
    let mut profile: Vec<(String, u64, String)> = got
        .into_iter()
        .filter(|(r, ..)| r.starts_with("toc-") || r == "name-with-newline")
        .collect();
    profile.sort();
    let mut want = vec![
        (
            "name-with-newline".to_string(),
            line_of("CREATE TABLE public.\"notes"),
            "medium".to_string(),
        ),
        (
            "toc-mismatch".to_string(),
            line_of("GRANT ALL ON SCHEMA"),
            "medium".to_string(),
        ),
        (
            "toc-section-order".to_string(),
            line_of("-- Name: late;"),
            "medium".to_string(),
        ),
    ];
    want.sort();
    assert_eq!(profile, want);
}

/// None of those on any genuine dump, in any format (regression included: 3,700 statements of
/// every kind).
#[test]
fn genuine_dumps_fit_the_profile() {
    for name in [
        "pagila.plain.sql",
        "chinook.inserts.sql",
        "northwind.create.sql",
        "cluster.dumpall.sql",
        "regression.plain.sql",
        "regression.custom.dump",
        "pagila.data-only.sql",
    ] {
        let r = report(corpus(name).to_str().unwrap());
        let bad: Vec<_> = risks(&r)
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("toc-") || rule == "name-with-newline")
            .collect();
        assert!(bad.is_empty(), "{name}: {bad:?}");
    }
}

/// pg_dump before 9.2 wrote a sequence's SEQUENCE SET right after the sequence, among the
/// definitions (as real 8.4 and 9.1 dumps show); the tables after it are in order.
#[test]
fn old_pg_dump_sequence_set_among_definitions() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("old.sql");
    let toc = |name: &str, kind: &str| format!("--\n-- Name: {name}; Type: {kind}; Schema: public; Owner: app\n--\n\n");
    let sql = [
        "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = off;\n\n".to_string(),
        toc("games_id_seq", "SEQUENCE"),
        "CREATE SEQUENCE games_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;\n\n".into(),
        toc("games_id_seq", "SEQUENCE SET"),
        "SELECT pg_catalog.setval('games_id_seq', 42, true);\n\n".into(),
        toc("games", "TABLE"),
        "CREATE TABLE games (id integer DEFAULT nextval('games_id_seq'::regclass) NOT NULL);\n\n".into(),
        "--\n-- Data for Name: games; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n".into(),
        "COPY games (id) FROM stdin;\n1\n\\.\n\n".into(),
    ]
    .concat();
    std::fs::write(&p, sql).unwrap();
    let got = risks(&report(p.to_str().unwrap()));
    assert!(!got.iter().any(|(r, ..)| r == "toc-section-order"), "{got:?}");
}

/// pg_dumpall 10: a database whose dump ends with COPY data is followed by pg_dump's closing
/// comment and the `\connect` to the next database; a `\connect` straight after `\.` is not.
#[test]
fn pg_dumpall_connect_after_a_database_ending_in_data() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("all.sql");
    let db = |connect_gap: &str| {
        format!(
            "--\n-- PostgreSQL database cluster dump\n--\n\n\\connect festa\n\nSET client_encoding = 'UTF8';\n\n\
             CREATE TABLE public.usuario (name text);\n\nCOPY public.usuario (name) FROM stdin;\n\\.\n\n\
             {connect_gap}\\connect postgres\n\nSET client_encoding = 'UTF8';\n"
        )
    };
    let in_gap = |text: &str| {
        std::fs::write(&p, text).unwrap();
        risks(&report(p.to_str().unwrap()))
            .iter()
            .any(|(r, ..)| r == "meta-command-in-copy-gap")
    };
    let genuine = "\n-- Completed on 2020-03-12 17:03:56 -03\n\n--\n-- PostgreSQL database dump complete\n--\n\n";
    assert!(!in_gap(&db(genuine)));
    assert!(in_gap(&db("")));
}
