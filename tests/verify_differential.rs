//! `verify` against a real PostgreSQL: a throwaway cluster (unprivileged user, Unix socket in a
//! temporary directory, no TCP) restores every case with `psql -X -v ON_ERROR_STOP=1 -f` (plain)
//! or `pg_restore --exit-on-error` (archives); pgscreen must predict "restores" exactly when the
//! server restores it, and when it does not, pgscreen's first high finding must be on the row
//! (COPY context) or statement (psql's line) the server rejected.
//!
//! Skipped, saying so, where PostgreSQL's server binaries are not installed (`scripts/setup.sh`
//! installs them; CI runs it). `regression.plain.sql` is not a case: its C functions need the
//! regression suite's `regress.so` at the dump's path, a fact about the target machine rather
//! than the dump (scan reports those functions as restore risks).

mod common;
use common::cluster::{restore, roles_named, Cluster, ServerResult};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

struct Case {
    name: String,
    path: PathBuf,
    /// Restore this first (not judged): a schema-only dump before a data-only one.
    before: Option<PathBuf>,
    /// The dump creates its own database (`--create`, pg_dumpall): restore into `postgres`.
    own_db: Option<&'static str>,
}

fn case(name: &str, path: PathBuf) -> Case {
    Case {
        name: name.into(),
        path,
        before: None,
        own_db: None,
    }
}

/// pgscreen's prediction for a server of major version `target`: (fails, incomplete, first
/// high finding).
fn predict(path: &Path, target: &str) -> (bool, bool, Option<Value>) {
    // The throwaway cluster's bootstrap superuser is BOOT, not postgres.
    let fs = common::cluster::verify_findings(path, target, common::cluster::BOOT);
    let first_high = common::cluster::first_high(&fs);
    let incomplete = fs.iter().any(|f| f["severity"] == "medium");
    (first_high.is_some(), incomplete, first_high)
}

/// The encoding a dump names in its `SET client_encoding` (UTF8 if none).
fn client_encoding(text: &[u8]) -> pgscreen::sql::encoding::ClientEncoding {
    let name = find(text, b"SET client_encoding = '").and_then(|at| {
        let at = at + 23;
        let end = at + text[at..].iter().position(|&b| b == b'\'')?;
        std::str::from_utf8(&text[at..end]).ok()
    });
    pgscreen::sql::encoding::ClientEncoding::parse(name.unwrap_or("UTF8"))
}

/// Does pgscreen's first high finding sit where the server stopped?
fn same_place(server: &ServerResult, finding: &Value, text: &[u8]) -> Result<(), String> {
    if let Some((table, row)) = &server.copy {
        let obj = finding["object"]["name"].as_str().unwrap_or("");
        let tname = obj.rsplit('.').next().unwrap_or(obj).trim_matches('"');
        // The server writes its messages in the client encoding (read here as lossy UTF-8): the
        // same table when a COPY of the dump names it in bytes that read as both.
        let enc = client_encoding(text);
        let same_table = tname == table
            || text
                .split(|&b| b == b'\n')
                .filter_map(|l| l.strip_prefix(b"COPY "))
                .any(|l| {
                    let name = l.split(|&b| b == b' ').next().unwrap_or(b"");
                    let raw = name.rsplit(|&b| b == b'.').next().unwrap_or(name);
                    let raw = raw
                        .strip_prefix(b"\"")
                        .and_then(|r| r.strip_suffix(b"\""))
                        .unwrap_or(raw);
                    String::from_utf8_lossy(raw) == table.as_str() && enc.decode_lossy(raw) == tname
                });
        if same_table && finding["row"].as_u64() == Some(*row) {
            return Ok(());
        }
        return Err(format!(
            "server stopped at COPY {table} row {row}; pgscreen's first: {obj} row {}",
            finding["row"]
        ));
    }
    let Some(l) = server.line else {
        return Err("server error without a line".into());
    };
    let f = finding["line"].as_u64().unwrap_or(0);
    let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    // The finding's statement starts at f and the server's report is at its last line.
    let between_ok = f >= 1
        && f <= l
        && (f..l).all(|i| {
            let s = lines.get(i as usize - 1).map(|s| s.trim_ascii_end()).unwrap_or(b"");
            !s.ends_with(b";")
        });
    if between_ok {
        Ok(())
    } else {
        Err(format!(
            "server stopped at line {l}; pgscreen's first high finding is at line {f}"
        ))
    }
}

/// Edits one field of one COPY row: `table`'s block, data row `row` (1-based), column `col`.
fn set_field(text: &[u8], table: &str, row: usize, col: &str, value: &[u8]) -> Vec<u8> {
    let head = format!("COPY {table} (");
    let s = text;
    let start = find(s, head.as_bytes()).unwrap_or_else(|| panic!("no COPY for {table}"));
    let line_end = start + find(&s[start..], b"\n").unwrap();
    let cols_text = String::from_utf8_lossy(&s[start + head.len()..line_end]).into_owned();
    let cols: Vec<String> = cols_text
        .split(')')
        .next()
        .unwrap()
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_string())
        .collect();
    let ci = cols
        .iter()
        .position(|c| c == col)
        .unwrap_or_else(|| panic!("no column {col} in {table}"));
    let mut pos = line_end + 1;
    for _ in 1..row {
        pos += find(&s[pos..], b"\n").unwrap() + 1;
    }
    let end = pos + find(&s[pos..], b"\n").unwrap();
    let mut fields: Vec<Vec<u8>> = s[pos..end].split(|&b| b == b'\t').map(<[u8]>::to_vec).collect();
    fields[ci] = value.to_vec();
    let mut out = s[..pos].to_vec();
    out.extend_from_slice(&fields.join(&b'\t'));
    out.extend_from_slice(&s[end..]);
    out
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

fn replace_bytes(text: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let at = find(text, from).unwrap_or_else(|| panic!("fixture lacks {:?}", String::from_utf8_lossy(from)));
    [&text[..at], to, &text[at + from.len()..]].concat()
}

fn replace(text: &[u8], from: &str, to: &str) -> Vec<u8> {
    replace_bytes(text, from.as_bytes(), to.as_bytes())
}

/// Broken variants, one fault each: (name, base, faulty text).
fn variants() -> Vec<(String, Vec<u8>)> {
    let types = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/verify/types.sql")).unwrap();
    // The hand-off fixture says pg_dump 17, whose `SET transaction_timeout` a 15 server rejects
    // (the genuine case shows that); its variants drop that line to reach their own fault.
    let handoff = replace(
        &std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/handoff.sql")).unwrap(),
        "SET transaction_timeout = 0;\n",
        "",
    );
    let chinook = std::fs::read(corpus("chinook.plain.sql")).unwrap();
    let pagila = std::fs::read(corpus("pagila.plain.sql")).unwrap();
    let northwind = std::fs::read(corpus("northwind.plain.sql")).unwrap();
    let et = "public.every_type";
    let mut v: Vec<(String, Vec<u8>)> = Vec::new();
    let mut field = |name: &str, col: &str, val: &str| {
        v.push((format!("types: {name}"), set_field(&types, et, 1, col, val.as_bytes())));
    };
    field("bad integer", "id", "1x");
    field("NULL in NOT NULL", "id", "\\N");
    field("smallint out of range", "s", "40000");
    field("bigint out of range", "b", "9223372036854775808");
    field("numeric overflow", "n", "1000.5");
    field("bad real", "r", "1.2.3");
    field("double out of range", "d", "1e400");
    field("bad boolean", "flag", "maybe");
    field("varchar overflow", "vc", "eleven chars");
    field("char overflow", "ch", "abcd");
    field("bad date", "day", "2023-02-29");
    field("bad time", "at_time", "25:00:00");
    field("bad timestamp", "ts", "2024-01-01 10:61:00");
    field("bad timestamptz", "tstz", "2022-02-30 09:57:20+00");
    field("bad interval", "span", "soon");
    field("bad uuid", "u", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1");
    field("invalid json", "j", "{a:1}");
    field("jsonb NUL escape", "jb", "\"\\\\u0000\"");
    field("odd bytea hex", "bin", "\\\\x0ff");
    field("bad inet", "ip", "300.1.1.1");
    field("cidr with host bits", "net", "192.168.1.1/24");
    field("bad macaddr", "mac", "08:00:2b:01:02");
    field("bit length", "bits", "101");
    field("varbit too long", "vbits", "10101");
    field("bad array element", "ints", "{1,x}");
    field("malformed array", "texts", "{a,b");
    field("unknown enum label", "feeling", "angry");
    // Nesting: the server's JSON parser runs out of stack (max_stack_depth 2MB) somewhere
    // between 13k and 16k levels by build; arrays stop at 6 dimensions.
    let nested = |n: usize| "[".repeat(n) + &"]".repeat(n);
    field("jsonb nested 20000 deep", "jb", &nested(20_000));
    field(
        "json nested 20000 deep (objects)",
        "j",
        &("{\"a\":".repeat(20_000) + "1" + &"}".repeat(20_000)),
    );
    field("jsonb nested 10000 deep (loads)", "jb", &nested(10_000));
    field("array of 7 dimensions", "ints", "{{{{{{{1}}}}}}}");
    field("array of 6 dimensions (loads)", "ints", "{{{{{{1}}}}}}");
    field("NULL in NOT NULL domain", "qty", "\\N");
    field("bad domain base value", "qty", "seven");
    v.push((
        "types: invalid UTF-8".into(),
        set_field(&types, et, 1, "vc", b"ab\xffcd"),
    ));
    v.push((
        "types: extra field".into(),
        replace(&types, "happy\t7\n", "happy\t7\textra\n"),
    ));
    v.push(("types: short row".into(), replace(&types, "happy\t7\n", "happy\n")));
    v.push((
        "types: duplicate primary key".into(),
        set_field(&types, et, 2, "id", b"1"),
    ));
    v.push((
        "types: duplicate unique value".into(),
        set_field(&types, "public.parent", 3, "label", b"first"),
    ));
    v.push((
        "types: foreign key orphan".into(),
        set_field(&types, "public.child", 4, "parent_code", b"Z"),
    ));
    v.push((
        "types: statement does not parse".into(),
        replace(&types, "CREATE TABLE public.parent", "CREAT TABLE public.parent"),
    ));
    v.push((
        "types: unknown column".into(),
        replace(
            &types,
            "COPY public.child (id, parent_code, note)",
            "COPY public.child (id, parent_code, notes)",
        ),
    ));
    v.push((
        "types: unknown table".into(),
        replace(&types, "COPY public.child (", "COPY public.kid ("),
    ));
    {
        // `\.` missing mid-file: the following SQL becomes COPY data.
        let i = find(&types, b"happy\t7\n").unwrap();
        let j = i + find(&types[i..], b"\\.\n").unwrap();
        let mut t = types[..j].to_vec();
        t.extend_from_slice(&types[j + 3..]);
        v.push(("types: missing \\. mid-file".into(), t));
    }
    {
        // Truncated inside the last COPY after whole rows: psql loads them and stops, no error.
        let i = find(&types, b"4\tA\tfour\n").unwrap();
        v.push((
            "types: truncated at end of COPY data (restores, incomplete)".into(),
            types[..i].to_vec(),
        ));
    }
    {
        // Truncated inside a row.
        let i = find(&types, b"4\tA\tfour\n").unwrap();
        v.push(("types: truncated inside a row".into(), types[..i + 4].to_vec()));
    }
    v.push((
        "handoff: bad uuid".into(),
        set_field(&handoff, "public.approvals", 3, "registry_id", b"not-a-uuid"),
    ));
    v.push((
        "handoff: char(64) overflow".into(),
        set_field(&handoff, "public.birth_registry", 2, "approval_hash", &[b'a'; 65]),
    ));
    v.push((
        "handoff: NULL status".into(),
        set_field(&handoff, "public.state_changes", 5, "to_status", b"\\N"),
    ));
    v.push((
        "chinook: foreign key orphan".into(),
        set_field(&chinook, "public.invoice", 10, "customer_id", b"9999"),
    ));
    v.push((
        "chinook: duplicate primary key".into(),
        set_field(&chinook, "public.artist", 5, "artist_id", b"1"),
    ));
    v.push((
        "chinook: NULL album title".into(),
        set_field(&chinook, "public.album", 7, "title", b"\\N"),
    ));
    // Keys declared on the column (hand-made dumps do; pg_dump adds them after the data).
    let inline = |rows: &str| {
        format!(
            "--\n-- hand-made\n--\n\nCREATE TABLE public.k (id integer PRIMARY KEY, u text UNIQUE, p integer REFERENCES public.k (id));\nCOPY public.k (id, u, p) FROM stdin;\n{rows}\\.\n"
        )
        .into_bytes()
    };
    v.push((
        "inline: column PRIMARY KEY duplicate".into(),
        inline("1\ta\t\\N\n1\tb\t\\N\n"),
    ));
    v.push((
        "inline: column UNIQUE duplicate".into(),
        inline("1\ta\t\\N\n2\ta\t\\N\n"),
    ));
    v.push(("inline: keys hold (loads)".into(), inline("1\ta\t\\N\n2\tb\t1\n")));
    v.push((
        "pagila: unknown enum label".into(),
        set_field(&pagila, "public.film", 3, "rating", b"XXX"),
    ));
    v.push((
        "pagila: smallint out of range".into(),
        set_field(&pagila, "public.film", 4, "length", b"70000"),
    ));
    v.push((
        "northwind: varchar(5) overflow".into(),
        set_field(&northwind, "public.customers", 2, "customer_id", b"TOOLONG"),
    ));
    v.push((
        "northwind: bad date".into(),
        set_field(&northwind, "public.orders", 9, "order_date", b"1996-07-32"),
    ));
    // pg_dump before 11 wrote CREATE SCHEMA public; every new database has it.
    v.push((
        "old pg_dump: CREATE SCHEMA public".into(),
        replace(
            &chinook,
            "CREATE TABLE public.album",
            "CREATE SCHEMA public;\n\nCREATE TABLE public.album",
        ),
    ));
    // A table given an owner and its sequence not (as gen-corpus once wrote them): restored
    // by another role, the server refuses to link them; with both owned alike it loads.
    let owned = |seq_owner: &str| {
        let tail = format!(
            "CREATE TABLE public.owned_t (id integer);\nALTER TABLE public.owned_t OWNER TO pgscreen_owner;\nCREATE SEQUENCE public.owned_t_id_seq;\n{seq_owner}ALTER SEQUENCE public.owned_t_id_seq OWNED BY public.owned_t.id;\n"
        );
        replace(
            &types,
            "--\n-- PostgreSQL database dump complete",
            &format!("{tail}\n--\n-- PostgreSQL database dump complete"),
        )
    };
    v.push(("owners: sequence OWNED BY a table of another owner".into(), owned("")));
    v.push((
        "owners: sequence and table owned alike (loads)".into(),
        owned("ALTER TABLE public.owned_t_id_seq OWNER TO pgscreen_owner;\n"),
    ));
    // Client-only encodings: a trail byte 0x5C inside E'' is no escape; an invalid byte is refused.
    let sjis = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encodings/sjis.sql")).unwrap();
    let enc = |s: &str| encoding_rs::SHIFT_JIS.encode(s).0.into_owned();
    let table = [&b"public.\""[..], &enc("顧客"), b"\""].concat();
    let insert = [
        &b"\\.\n\nINSERT INTO "[..],
        &table,
        b" VALUES (4, E'",
        &enc("表"),
        b"', NULL, NULL);\n",
    ]
    .concat();
    v.push((
        "encodings: SJIS E'表' whose trail byte is a backslash (loads)".into(),
        replace_bytes(&sjis, b"\\.\n", &insert),
    ));
    v.push((
        "encodings: a byte SJIS does not have".into(),
        replace_bytes(&sjis, b"\tplain\t", b"\tpl\xa0in\t"),
    ));
    // pg_dumpall writes CREATE ROLE for the target's bootstrap superuser too.
    v.push((
        "globals: CREATE ROLE of the bootstrap superuser".into(),
        format!(
            "--\n-- PostgreSQL database cluster dump\n--\nCREATE ROLE {b};\nALTER ROLE {b} WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN;\n",
            b = common::cluster::BOOT
        )
        .into_bytes(),
    ));
    // CHECK constraints: each variant breaks one (or passes one at its edge).
    let checks = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/verify/checks.sql")).unwrap();
    for (name, col, val) in [
        ("email regex (~*)", "email", "ann_at_example"),
        ("email regex, other case", "email", "ANN@EXAMPLE.ORG"),
        ("length BETWEEN", "phone", "12345"),
        ("length of btrim", "name", "   "),
        ("IN list", "status", "gone"),
        ("integer domain range", "born", "1800"),
        ("text domain regex", "zip", "1234"),
        ("numeric range", "score", "100.01"),
        ("numeric range at its edge", "score", "100.00"),
        ("LIKE", "code", "Q-1"),
        ("two columns (not decided)", "id", "-1"),
        ("NULL passes a CHECK", "phone", "\\N"),
    ] {
        v.push((
            format!("checks: {name}"),
            set_field(&checks, "public.person", 1, col, val.as_bytes()),
        ));
    }
    v.push((
        "checks: inherited by a child".into(),
        set_field(&checks, "public.child", 1, "id", b"-5"),
    ));
    v.push((
        "checks: CHECK (false) NO INHERIT keeps the parent empty".into(),
        replace(
            &checks,
            "COPY public.parent (id) FROM stdin;\n",
            "COPY public.parent (id) FROM stdin;\n7\n",
        ),
    ));
    // A grant on an extension's function whose CREATE EXTENSION is not in the dump (pg_net's
    // `net.http_get`): "schema net does not exist". Made by the dump itself, it restores.
    let grant = "GRANT ALL ON FUNCTION net.http_get(url text) TO PUBLIC;\n";
    v.push((
        "grant in a schema nothing makes".into(),
        [&chinook[..], grant.as_bytes()].concat(),
    ));
    v.push((
        "grant in a schema the dump makes".into(),
        [
            &chinook[..],
            b"CREATE SCHEMA net;\nCREATE FUNCTION net.http_get(url text) RETURNS text LANGUAGE sql AS 'SELECT url';\n",
            grant.as_bytes(),
        ]
        .concat(),
    ));
    // A UTF-8 byte-order mark before the first line (some Windows editors save one): psql
    // skips it, so the dump restores.
    v.push((
        "UTF-8 byte-order mark".into(),
        [&b"\xEF\xBB\xBF"[..], &northwind].concat(),
    ));
    v
}

#[test]
fn verify_agrees_with_a_real_server() {
    let Some(cluster) = Cluster::start() else {
        eprintln!("SKIPPED: PostgreSQL server binaries not found under /usr/lib/postgresql (bash scripts/setup.sh installs them)");
        return;
    };
    differential(cluster);
}

/// The same cases against PostgreSQL 18 (target/pg, scripts/pg-binaries.sh), restored with its
/// own psql and pg_restore.
#[test]
fn verify_agrees_with_a_real_server_18() {
    let Some(cluster) = Cluster::start_version(18, 18) else {
        let why = "PostgreSQL 18 could not be fetched (bash scripts/pg-binaries.sh 18)";
        assert!(std::env::var("PGSCREEN_MATRIX").is_err(), "{why}");
        eprintln!("SKIPPED: {why}");
        return;
    };
    differential(cluster);
}

fn differential(cluster: Cluster) {
    let work = tempfile::tempdir().unwrap();
    let mut cases: Vec<Case> = Vec::new();
    // `--create` dumps make their own database (dropped after each); then pg_dumpall, which
    // creates the roles (postgres among them) and the same three databases.
    for db in ["pagila", "chinook", "northwind"] {
        cases.push(Case {
            own_db: Some("postgres"),
            ..case(&format!("{db}.create.sql"), corpus(&format!("{db}.create.sql")))
        });
    }
    cases.push(Case {
        own_db: Some("postgres"),
        ..case("cluster.dumpall.sql", corpus("cluster.dumpall.sql"))
    });
    for name in [
        "pagila.plain.sql",
        "pagila.inserts.sql",
        "pagila.custom.dump",
        "pagila.tar",
        "chinook.plain.sql",
        "chinook.inserts.sql",
        "chinook.column-inserts.sql",
        "chinook.rows-per-insert-100.sql",
        "chinook.dir",
        "northwind.plain.sql",
        "northwind.tar",
        "northwind.custom.dump",
        "pagila.schema-only.sql",
        "chinook.schema-only.sql",
    ] {
        cases.push(case(name, corpus(name)));
    }
    for db in ["pagila", "chinook", "northwind"] {
        cases.push(Case {
            before: Some(corpus(&format!("{db}.schema-only.sql"))),
            ..case(&format!("{db}.data-only.sql"), corpus(&format!("{db}.data-only.sql")))
        });
    }
    for (n, p) in [
        ("types.sql", "tests/data/verify/types.sql"),
        // CHECK constraints of tables, domains and parents (tests/data/verify/checks.source.sql
        // loaded into PostgreSQL 15, dumped by its pg_dump).
        ("checks.sql", "tests/data/verify/checks.sql"),
        // Client encodings other than UTF8: values are converted, invalid bytes rejected.
        ("latin1.sql", "tests/data/verify/latin1.sql"),
        ("win1252.sql", "tests/data/verify/win1252.sql"),
        ("eucjp-invalid.sql", "tests/data/verify/eucjp-invalid.sql"),
        ("handoff.sql", "examples/handoff.sql"),
    ] {
        cases.push(case(n, Path::new(env!("CARGO_MANIFEST_DIR")).join(p)));
    }
    // pg_dump --encoding output in every client-only encoding (trail bytes can be a backslash).
    let encodings = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encodings");
    let mut names: Vec<String> = std::fs::read_dir(&encodings)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql") || n.ends_with(".dump"))
        .collect();
    names.sort();
    for n in names {
        let p = encodings.join(&n);
        cases.push(case(&format!("encodings/{n}"), p));
    }
    let genuine = cases.len();
    for (i, (name, text)) in variants().into_iter().enumerate() {
        let p = work.path().join(format!("variant-{i}.sql"));
        std::fs::write(&p, &text).unwrap();
        cases.push(case(&name, p));
    }
    assert!(cases.len() - genuine >= 40, "at least 40 broken variants");

    let mut problems = Vec::new();
    let mut summary = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let db = match c.own_db {
            Some(d) => d.to_string(),
            None => {
                let d = format!("case{i}");
                let out = cluster.sql("postgres", &format!("CREATE DATABASE {d}"));
                assert!(
                    out.status.success(),
                    "createdb: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                d
            }
        };
        let text = if c.path.is_dir() {
            Vec::new()
        } else {
            std::fs::read(&c.path).unwrap()
        };
        let role_text = match (&c.before, c.path.is_file() && text.starts_with(b"--")) {
            (Some(b), _) => std::fs::read_to_string(b).unwrap(),
            (None, true) => String::from_utf8_lossy(&text).into_owned(),
            _ => {
                std::fs::read_to_string(corpus("pagila.plain.sql")).unwrap()
                    + &std::fs::read_to_string(corpus("chinook.plain.sql")).unwrap()
            }
        };
        if c.own_db.is_none() || c.name.ends_with(".create.sql") {
            for r in roles_named(&role_text) {
                let _ = cluster.sql("postgres", &format!("CREATE ROLE \"{r}\""));
            }
        }
        if let Some(b) = &c.before {
            let pre = restore(&cluster, &db, b);
            assert!(pre.ok, "{}: setup restore failed: {}", c.name, pre.error);
        }
        let server = restore(&cluster, &db, &c.path);
        let (fails, incomplete, first) = predict(&c.path, &cluster.major());
        let say = |ok: bool| if ok { "restores" } else { "fails" };
        summary.push(format!(
            "{:<60} server {:<8} pgscreen {}{}",
            c.name,
            say(server.ok),
            say(!fails),
            if incomplete { " (incomplete)" } else { "" }
        ));
        if server.ok == fails {
            problems.push(format!(
                "{}: server {}, pgscreen predicts {} [server: {}] [pgscreen first high: {}]",
                c.name,
                say(server.ok),
                say(!fails),
                server.error,
                first.as_ref().map(|f| f["message"].to_string()).unwrap_or_default()
            ));
        } else if let (false, Some(f)) = (server.ok, &first) {
            if !c.path.is_dir() && text.starts_with(b"--") {
                if let Err(e) = same_place(&server, f, &text) {
                    problems.push(format!(
                        "{}: {e} [server: {}] [pgscreen: {}]",
                        c.name, server.error, f["message"]
                    ));
                }
            }
        }
        if c.name.contains("incomplete") && !(server.ok && incomplete) {
            problems.push(format!(
                "{}: expected a clean but incomplete restore and a medium finding",
                c.name
            ));
        }
        if c.own_db.is_none() {
            let _ = cluster.sql("postgres", &format!("DROP DATABASE {db}"));
        }
        if let Some(created) = c.name.strip_suffix(".create.sql") {
            let _ = cluster.sql("postgres", &format!("DROP DATABASE {created}"));
            // pg_dumpall creates these roles itself.
            for r in roles_named(&role_text) {
                let _ = cluster.sql("postgres", &format!("DROP ROLE \"{r}\""));
            }
        }
    }
    eprintln!("{}", summary.join("\n"));
    assert!(
        problems.is_empty(),
        "{} disagreements:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// `cluster.globals.sql` (roles and tablespaces only) in a cluster of its own: its CREATE ROLE
/// statements would clash with pg_dumpall's in the shared one.
#[test]
fn globals_restore_as_predicted() {
    let Some(cluster) = Cluster::start() else {
        eprintln!("SKIPPED: PostgreSQL server binaries not found under /usr/lib/postgresql (bash scripts/setup.sh installs them)");
        return;
    };
    let path = corpus("cluster.globals.sql");
    let server = restore(&cluster, "postgres", &path);
    let (fails, _, first) = predict(&path, &cluster.major());
    assert!(server.ok, "the genuine globals dump restores: {}", server.error);
    assert_eq!(server.ok, !fails, "server: {} / pgscreen: {first:?}", server.error);
}

/// A data-only dump restored alone into a new database fails at its first COPY (the server
/// says "relation does not exist"): verify says the tables must exist first (medium), and says
/// nothing of the kind for dumps that create their tables.
#[test]
fn data_only_dumps_say_their_tables_must_exist() {
    for db in ["pagila", "chinook", "northwind"] {
        for (name, expect) in [
            (format!("{db}.data-only.sql"), true),
            (format!("{db}.plain.sql"), false),
        ] {
            let out = run(&["verify", "--format", "json", corpus(&name).to_str().unwrap()]);
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            let has = v["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["rule"] == "tables-not-created" && f["severity"] == "medium");
            assert_eq!(has, expect, "{name}");
        }
    }
}

/// A `--create` dump made on Windows names its locale the Windows way; a Linux or macOS server
/// rejects CREATE DATABASE with it. verify says so (medium: a Windows server accepts it), and
/// nothing of the kind for a POSIX locale.
#[test]
fn a_windows_locale_in_create_database_is_reported() {
    let text = std::fs::read_to_string(corpus("pagila.create.sql")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let windows = dir.path().join("windows.sql");
    std::fs::write(
        &windows,
        text.replacen("LOCALE = 'C.UTF-8'", "LOCALE = 'English_United States.1252'", 1),
    )
    .unwrap();
    let rules = |p: &Path| -> Vec<(String, String)> {
        let out = run(&["verify", "--format", "json", p.to_str().unwrap()]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_string(),
                    f["severity"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert!(rules(&windows).contains(&("windows-locale".into(), "medium".into())));
    assert!(!rules(&corpus("pagila.create.sql"))
        .iter()
        .any(|(r, _)| r == "windows-locale"));
}

/// Every finding of `verify` (ids, lines, rows, messages) for one input, with `extra` options.
fn verify_findings(path: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["verify", "--format", "json", "--target-version", "17"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    let out = run(&args);
    let code = out.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "verify {} {extra:?}: exit {code}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    r["findings"].clone()
}

/// Key digests spilled to a temporary file (a budget of 64 KiB forces it many times over on
/// these dumps) give the very findings kept in memory do: on every broken variant (duplicates,
/// orphans, truncations among them) and every corpus dump, archives and compressed included.
/// With PGSCREEN_VARIANTS_OUT=DIR the variants are also written there, to compare builds.
#[test]
fn spilled_keys_give_the_same_findings() {
    let work = tempfile::tempdir().unwrap();
    let keep = std::env::var_os("PGSCREEN_VARIANTS_OUT").map(PathBuf::from);
    let mut paths: Vec<PathBuf> = Vec::new();
    for (i, (_, text)) in variants().into_iter().enumerate() {
        let p = work.path().join(format!("variant-{i}.sql"));
        std::fs::write(&p, &text).unwrap();
        if let Some(k) = &keep {
            std::fs::write(k.join(format!("variant-{i}.sql")), &text).unwrap();
        }
        paths.push(p);
    }
    for name in [
        "pagila.plain.sql",
        "pagila.inserts.sql",
        "pagila.custom.dump",
        "chinook.dir",
        "chinook.plain.sql.gz",
        "northwind.tar",
        "cluster.dumpall.sql",
    ] {
        paths.push(corpus(name));
    }
    let mut with_keys = 0;
    for p in &paths {
        let kept = verify_findings(p, &[]);
        let spilled = verify_findings(p, &["--memory", "64KiB"]);
        assert_eq!(kept, spilled, "{}: spilled keys change the findings", p.display());
        let rules: Vec<&str> = kept
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["rule"].as_str())
            .collect();
        if rules
            .iter()
            .any(|r| matches!(*r, "duplicate-key" | "foreign-key-orphan"))
        {
            with_keys += 1;
        }
    }
    assert!(with_keys >= 5, "only {with_keys} cases with key findings");
}

/// An archive's first pass reads its definitions alone (no data decompressed); lines come from
/// the second pass over the whole text. So verify of a custom archive must say exactly what it
/// says of the plain text that archive expands to: here pagila's archive with a duplicated
/// actor row (a duplicate key after the data) and a rental naming a missing customer (an
/// orphan), written back by the repo's archive writer.
#[test]
fn an_archive_verifies_as_the_text_it_expands_to() {
    use pgscreen::dev::archive_write as write;
    let (a, mut data) = write::read_custom(&std::fs::read(corpus("pagila.custom.dump")).unwrap()).unwrap();
    let id = |tag: &str| {
        a.entries
            .iter()
            .find(|e| e.desc == "TABLE DATA" && e.tag == tag)
            .unwrap()
            .dump_id
    };
    if let Some(write::Payload::Table(t)) = data.get_mut(&id("actor")) {
        let first = t.split(|&b| b == b'\n').next().unwrap().to_vec();
        t.splice(0..0, [first, b"\n".to_vec()].concat());
    }
    if let Some(write::Payload::Table(t)) = data.get_mut(&id("rental")) {
        // rental (rental_id, rental_date, inventory_id, customer_id, ...): customer 99999.
        let line_end = t.iter().position(|&b| b == b'\n').unwrap();
        let mut fields: Vec<Vec<u8>> = t[..line_end].split(|&b| b == b'\t').map(<[u8]>::to_vec).collect();
        fields[3] = b"99999".to_vec();
        t.splice(..line_end, fields.join(&b'\t'));
    }
    let work = tempfile::tempdir().unwrap();
    let archive = work.path().join("broken.dump");
    std::fs::write(&archive, write::custom(&a, &data, true)).unwrap();
    let input = pgscreen::read::input::Input::open(&archive).unwrap();
    let plain = work.path().join("broken.sql");
    std::fs::write(&plain, input.expand().unwrap().unwrap().text).unwrap();
    let strip = |v: Value| -> Vec<(String, u64, String)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_string(),
                    f["line"].as_u64().unwrap(),
                    f["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let from_archive = strip(verify_findings(&archive, &[]));
    let from_text = strip(verify_findings(&plain, &[]));
    assert_eq!(from_archive, from_text);
    let rules: Vec<&str> = from_archive.iter().map(|f| f.0.as_str()).collect();
    assert!(rules.contains(&"duplicate-key"), "{from_archive:?}");
    assert!(rules.contains(&"foreign-key-orphan"), "{from_archive:?}");
    assert_eq!(strip(verify_findings(&archive, &["--memory", "64KiB"])), from_archive);
}

/// verify keeps a compressed dump's expanded text from its first pass for the second (and
/// for quoting duplicate and orphaned rows): gzip, zstd and lz4 copies of every broken variant
/// (truncated ones among them, which psql ends at the end of the file) and of a LATIN1 dump
/// (whose text is read transcoded, so not kept) verify exactly as the plain file does, with the
/// key digests in memory and spilled.
#[test]
fn a_compressed_dump_verifies_as_its_plain_text() {
    let work = tempfile::tempdir().unwrap();
    let mut texts: Vec<(String, Vec<u8>)> = variants();
    texts.push((
        "latin1".into(),
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/verify/latin1.sql")).unwrap(),
    ));
    let mut with_keys = 0;
    for (i, (name, text)) in texts.iter().enumerate() {
        let plain = work.path().join(format!("v{i}.sql"));
        std::fs::write(&plain, text).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, text).unwrap();
        let mut lz = lz4_flex::frame::FrameEncoder::new(Vec::new());
        std::io::Write::write_all(&mut lz, text).unwrap();
        let copies = [
            ("gz", gz.finish().unwrap()),
            ("zst", zstd::encode_all(&text[..], 1).unwrap()),
            ("lz4", lz.finish().unwrap()),
        ];
        let want = verify_findings(&plain, &[]);
        if want
            .as_array()
            .unwrap()
            .iter()
            .any(|f| matches!(f["rule"].as_str(), Some("duplicate-key" | "foreign-key-orphan")))
        {
            with_keys += 1;
        }
        for (ext, bytes) in copies {
            let p = work.path().join(format!("v{i}.sql.{ext}"));
            std::fs::write(&p, bytes).unwrap();
            assert_eq!(verify_findings(&p, &[]), want, "{name} as .sql.{ext}");
            if ext == "zst" {
                assert_eq!(
                    verify_findings(&p, &["--memory", "64KiB"]),
                    want,
                    "{name} as .sql.zst, spilled"
                );
            }
        }
    }
    assert!(with_keys >= 3, "only {with_keys} cases with key findings");
}

/// verify names its input as scan does: the same size and sha256 of the file as given (it
/// once reported 0 bytes for every input), for plain, compressed and archive dumps.
#[test]
fn verify_reports_the_input_as_scan_does() {
    for name in [
        "chinook.plain.sql",
        "chinook.plain.sql.gz",
        "chinook.custom.dump",
        "chinook.dir",
    ] {
        let input = |cmd: &str| -> Value {
            let out = run(&[cmd, "--format", "json", corpus(name).to_str().unwrap()]);
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            v["input"].clone()
        };
        let (v, s) = (input("verify"), input("scan"));
        assert!(v["bytes"].as_u64().unwrap() > 0, "{name}: {v}");
        assert_eq!(v["bytes"], s["bytes"], "{name}");
        assert_eq!(v["sha256"], s["sha256"], "{name}");
        assert_eq!(v["format"], s["format"], "{name}");
    }
}
