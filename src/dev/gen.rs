//! A deterministic generator of realistic pg_dump output, for benchmarks and tests: a dozen
//! tables with keys, indexes and sequences, COPY (or `--inserts`) data of users with names,
//! emails and phones, orders, payments with card numbers, jsonb events, long log text and bytea
//! documents, and a known list of planted secrets at known rows.

use std::io::{self, Write};

/// A small, fast, seedable PRNG (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// The generator for `seed`: the same seed, the same sequence.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (0 when `n` is 0); the modulo bias is no matter for test data.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    /// One element of `xs`, which must not be empty.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    /// Appends `n` random ASCII letters and digits to `out`.
    pub fn alnum(&mut self, n: usize, out: &mut Vec<u8>) {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for _ in 0..n {
            out.push(A[self.below(A.len() as u64) as usize]);
        }
    }
}

const FIRST: &[&str] = &[
    "Mary",
    "Patricia",
    "Linda",
    "Barbara",
    "Elizabeth",
    "Jennifer",
    "Maria",
    "Susan",
    "James",
    "John",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Joseph",
    "Ana",
    "Jörg",
    "Zoë",
    "Łukasz",
    "Siobhán",
    "Nguyen",
    "Aarav",
    "Chloé",
];
const LAST: &[&str] = &[
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Müller",
    "O'Brien",
    "Kowalski",
    "Dubois",
    "Rossi",
    "Tanaka",
    "Kim",
    "Nowak",
];
const WORDS: &[&str] = &[
    "the",
    "order",
    "was",
    "shipped",
    "delayed",
    "customer",
    "asked",
    "about",
    "refund",
    "warehouse",
    "item",
    "returned",
    "payment",
    "failed",
    "retry",
    "scheduled",
    "invoice",
    "sent",
    "address",
    "updated",
    "ticket",
    "closed",
    "loyalty",
    "points",
    "added",
    "build",
    "deployed",
    "cache",
    "miss",
    "timeout",
];
const DOMAINS: &[&str] = &[
    "mailbox.org",
    "post.example-mail.net",
    "inbox.eu",
    "fastmail.com",
    "web.de",
    "orange.fr",
];

/// A secret planted at a known place: what a scan must find.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Planted {
    /// The rule id a scan must report.
    pub rule: &'static str,
    /// The table it is in, `schema.table`.
    pub table: &'static str,
    /// Its column.
    pub column: &'static str,
    /// Its 1-based row in that table's data.
    pub row: u64,
}

/// What to generate.
pub struct Options {
    /// About how many bytes of SQL to write.
    pub size: u64,
    /// The PRNG seed: the same seed and size give the same dump.
    pub seed: u64,
    /// Rows as `INSERT` statements (as `pg_dump --inserts` writes them) instead of COPY.
    pub inserts: bool,
}

struct Table {
    name: &'static str,
    cols: &'static [(&'static str, &'static str)],
    pk: &'static str,
}

const TABLES: &[Table] = &[
    Table {
        name: "users",
        cols: &[
            ("id", "bigint NOT NULL"),
            ("first_name", "text NOT NULL"),
            ("last_name", "text NOT NULL"),
            ("email", "character varying(254) NOT NULL"),
            ("phone", "text"),
            ("birth_date", "date"),
            ("password_hash", "text"),
            ("created_at", "timestamp with time zone DEFAULT now() NOT NULL"),
        ],
        pk: "id",
    },
    Table {
        name: "orders",
        cols: &[
            ("id", "bigint NOT NULL"),
            ("user_id", "bigint NOT NULL"),
            ("status", "text NOT NULL"),
            ("total", "numeric(12,2) NOT NULL"),
            ("ordered_at", "timestamp with time zone NOT NULL"),
        ],
        pk: "id",
    },
    Table {
        name: "payments",
        cols: &[
            ("id", "bigint NOT NULL"),
            ("order_id", "bigint NOT NULL"),
            ("card_number", "text"),
            ("amount", "numeric(12,2) NOT NULL"),
            ("paid_at", "timestamp with time zone"),
        ],
        pk: "id",
    },
    Table {
        name: "events",
        cols: &[
            ("id", "bigint NOT NULL"),
            ("user_id", "bigint"),
            ("kind", "text NOT NULL"),
            ("payload", "jsonb"),
        ],
        pk: "id",
    },
    Table {
        name: "logs",
        cols: &[
            ("id", "bigint NOT NULL"),
            ("level", "text NOT NULL"),
            ("message", "text NOT NULL"),
            ("logged_at", "timestamp with time zone NOT NULL"),
        ],
        pk: "id",
    },
    Table {
        name: "documents",
        cols: &[
            ("id", "bigint NOT NULL"),
            ("name", "text NOT NULL"),
            ("content", "bytea"),
        ],
        pk: "id",
    },
];

fn ddl(w: &mut impl Write) -> io::Result<()> {
    w.write_all(b"--\n-- PostgreSQL database dump\n--\n\n\\restrict GeNeRaTeDkEy0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO\n\n-- Dumped from database version 16.4\n-- Dumped by pg_dump version 16.4\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n\n")?;
    for t in TABLES {
        writeln!(
            w,
            "--\n-- Name: {0}; Type: TABLE; Schema: public; Owner: app\n--\n\nCREATE TABLE public.{0} (",
            t.name
        )?;
        for (i, (c, ty)) in t.cols.iter().enumerate() {
            writeln!(w, "    {c} {ty}{}", if i + 1 < t.cols.len() { "," } else { "" })?;
        }
        writeln!(w, ");\n\n\nALTER TABLE public.{} OWNER TO app;\n", t.name)?;
        writeln!(w, "CREATE SEQUENCE public.{0}_id_seq\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER TABLE public.{0}_id_seq OWNER TO app;\n\nALTER SEQUENCE public.{0}_id_seq OWNED BY public.{0}.id;\n", t.name)?;
    }
    Ok(())
}

fn post(w: &mut impl Write, rows: &[u64]) -> io::Result<()> {
    for (t, n) in TABLES.iter().zip(rows) {
        writeln!(
            w,
            "SELECT pg_catalog.setval('public.{}_id_seq', {}, true);\n",
            t.name,
            n.max(&1)
        )?;
        writeln!(
            w,
            "ALTER TABLE ONLY public.{0}\n    ADD CONSTRAINT {0}_pkey PRIMARY KEY ({1});\n",
            t.name, t.pk
        )?;
    }
    w.write_all(b"CREATE INDEX orders_user_id_idx ON public.orders USING btree (user_id);\n\nCREATE INDEX events_user_id_idx ON public.events USING btree (user_id);\n\n")?;
    w.write_all(b"ALTER TABLE ONLY public.orders\n    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);\n\nALTER TABLE ONLY public.payments\n    ADD CONSTRAINT payments_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);\n\n")?;
    w.write_all(b"\\unrestrict GeNeRaTeDkEy0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO\n\n--\n-- PostgreSQL database dump complete\n--\n\n")
}

/// Appends one value, escaped for COPY text or as an SQL literal.
fn put(out: &mut Vec<u8>, v: &[u8], inserts: bool, quote: bool) {
    if inserts {
        if quote {
            out.push(b'\'');
            for &b in v {
                if b == b'\'' {
                    out.push(b'\'');
                }
                out.push(b);
            }
            out.push(b'\'');
        } else {
            out.extend_from_slice(v);
        }
    } else {
        crate::sql::rows::encode_copy_field(v, out);
    }
}

fn luhn_card(r: &mut Rng) -> String {
    let mut d: Vec<u8> = vec![4];
    for _ in 0..14 {
        d.push(r.below(10) as u8);
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let mut v = x as u32;
            if i % 2 == 0 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            v
        })
        .sum();
    d.push(((10 - sum % 10) % 10) as u8);
    d.iter().map(|x| (b'0' + x) as char).collect()
}

/// Generates a dump of about `o.size` bytes; returns what was planted.
pub fn generate(w: &mut impl Write, o: &Options) -> io::Result<Vec<Planted>> {
    let mut r = Rng::new(o.seed);
    let mut planted = Vec::new();
    ddl(w)?;
    // Share of the data each table gets.
    let shares = [0.14, 0.12, 0.10, 0.22, 0.34, 0.08];
    let mut rows_done = vec![0u64; TABLES.len()];
    let mut row = Vec::with_capacity(8192);
    let mut val = Vec::with_capacity(4096);
    // Rows written per table: foreign keys point only at rows that exist.
    let mut rows_of: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
    for (ti, t) in TABLES.iter().enumerate() {
        let budget = (o.size as f64 * shares[ti]) as u64;
        let mut written = 0u64;
        if !o.inserts {
            let cols: Vec<&str> = t.cols.iter().map(|c| c.0).collect();
            writeln!(w, "--\n-- Data for Name: {0}; Type: TABLE DATA; Schema: public; Owner: app\n--\n\nCOPY public.{0} ({1}) FROM stdin;", t.name, cols.join(", "))?;
        }
        let mut id = 0u64;
        // One planted secret per ~24 MiB of log data, at a row we know.
        let plant_stride = (budget / (24 << 20)).max(1);
        let mut next_plant_at = budget / (2 * plant_stride).max(1);
        while written < budget || id == 0 {
            id += 1;
            row.clear();
            if o.inserts {
                row.extend_from_slice(format!("INSERT INTO public.{} VALUES (", t.name).as_bytes());
            }
            let sep = |row: &mut Vec<u8>, first: bool| {
                if !first {
                    row.extend_from_slice(if o.inserts { b", " } else { b"\t" });
                }
            };
            let plant_here = ti == 4 && written >= next_plant_at;
            for (ci, (c, _)) in t.cols.iter().enumerate() {
                sep(&mut row, ci == 0);
                val.clear();
                let mut quote = true;
                let mut null = false;
                match (t.name, *c) {
                    (_, "id") => {
                        val.extend_from_slice(id.to_string().as_bytes());
                        quote = false;
                    }
                    (_, "user_id") | (_, "order_id") => {
                        let parent = if *c == "user_id" { "users" } else { "orders" };
                        let n = rows_of.get(parent).copied().unwrap_or(id).max(1);
                        val.extend_from_slice((1 + r.below(n)).to_string().as_bytes());
                        quote = false;
                    }
                    ("users", "first_name") => val.extend_from_slice(r.pick(FIRST).as_bytes()),
                    ("users", "last_name") => val.extend_from_slice(r.pick(LAST).as_bytes()),
                    ("users", "email") => val.extend_from_slice(format!("{}.{}{}@{}", r.pick(FIRST), r.pick(LAST), id, r.pick(DOMAINS)).to_lowercase().replace(['ö', 'ë', 'ł', 'á', 'é', '\''], "x").as_bytes()),
                    ("users", "phone") => {
                        if r.below(5) == 0 {
                            null = true
                        } else {
                            val.extend_from_slice(format!("+1 {}-{:03}-{:04}", 200 + r.below(700), r.below(1000), r.below(10000)).as_bytes())
                        }
                    }
                    ("users", "birth_date") => val.extend_from_slice(format!("{}-{:02}-{:02}", 1940 + r.below(65), 1 + r.below(12), 1 + r.below(28)).as_bytes()),
                    ("users", "password_hash") => {
                        val.extend_from_slice(b"$2b$10$");
                        r.alnum(53, &mut val);
                    }
                    (_, "created_at") | (_, "ordered_at") | (_, "paid_at") | (_, "logged_at") => val.extend_from_slice(format!("2024-{:02}-{:02} {:02}:{:02}:{:02}+00", 1 + r.below(12), 1 + r.below(28), r.below(24), r.below(60), r.below(60)).as_bytes()),
                    ("orders", "status") => val.extend_from_slice(r.pick(&["new", "paid", "shipped", "returned"]).as_bytes()),
                    (_, "total") | (_, "amount") => {
                        val.extend_from_slice(format!("{}.{:02}", r.below(2000), r.below(100)).as_bytes());
                        quote = false;
                    }
                    ("payments", "card_number") => {
                        if r.below(50) == 0 {
                            val.extend_from_slice(luhn_card(&mut r).as_bytes())
                        } else {
                            val.extend_from_slice(format!("************{:04}", r.below(10000)).as_bytes())
                        }
                    }
                    ("events", "kind") => val.extend_from_slice(r.pick(&["login", "logout", "view", "click", "purchase"]).as_bytes()),
                    ("events", "payload") => val.extend_from_slice(format!("{{\"page\": \"/p/{}\", \"ms\": {}, \"ua\": \"Mozilla/5.0 (X11; Linux x86_64)\", \"ref\": \"https://shop.example.com/c/{}\"}}", r.below(100000), r.below(3000), r.below(500)).as_bytes()),
                    ("logs", "level") => val.extend_from_slice(r.pick(&["INFO", "WARN", "ERROR", "DEBUG"]).as_bytes()),
                    ("logs", "message") => {
                        let n = 20 + r.below(160);
                        for k in 0..n {
                            if k > 0 {
                                val.push(if r.below(40) == 0 { b'\n' } else { b' ' });
                            }
                            val.extend_from_slice(r.pick(WORDS).as_bytes());
                        }
                        if r.below(3) == 0 {
                            val.extend_from_slice(format!(" trace {:016x}", r.next_u64()).as_bytes());
                        }
                        if plant_here {
                            let (rule, text): (&'static str, String) = match planted.len() % 4 {
                                0 => {
                                    let mut s = b"AKIA".to_vec();
                                    for _ in 0..16 {
                                        s.push(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[r.below(32) as usize]);
                                    }
                                    ("aws-access-key-id", format!(" key {}", String::from_utf8_lossy(&s)))
                                }
                                1 => {
                                    let mut s = b"ghp_".to_vec();
                                    r.alnum(36, &mut s);
                                    ("github-pat", format!(" token {}", String::from_utf8_lossy(&s)))
                                }
                                2 => {
                                    let mut s = Vec::new();
                                    r.alnum(14, &mut s);
                                    ("postgres-uri", format!(" db postgres://svc:{}@db{}.prod.acme-corp.com:5432/app", String::from_utf8_lossy(&s), r.below(9)))
                                }
                                _ => {
                                    let mut s = b"xoxb-".to_vec();
                                    s.extend_from_slice(format!("{}-{}-", 100000000000 + r.below(899999999999), 1000000000000 + r.below(8999999999999)).as_bytes());
                                    r.alnum(24, &mut s);
                                    ("slack-bot-token", format!(" slack {}", String::from_utf8_lossy(&s)))
                                }
                            };
                            val.extend_from_slice(text.as_bytes());
                            planted.push(Planted { rule, table: "public.logs", column: "message", row: id });
                            next_plant_at += budget / plant_stride;
                        }
                    }
                    ("documents", "name") => val.extend_from_slice(format!("doc-{id}.pdf").as_bytes()),
                    ("documents", "content") => {
                        val.extend_from_slice(b"\\x");
                        for _ in 0..(64 + r.below(512)) {
                            val.extend_from_slice(format!("{:02x}", r.below(256)).as_bytes());
                        }
                    }
                    _ => val.extend_from_slice(b"x"),
                }
                if null {
                    row.extend_from_slice(if o.inserts { b"NULL" } else { b"\\N" });
                } else {
                    put(&mut row, &val, o.inserts, quote);
                }
            }
            row.extend_from_slice(if o.inserts { b");\n" } else { b"\n" });
            w.write_all(&row)?;
            written += row.len() as u64;
        }
        rows_done[ti] = id;
        rows_of.insert(t.name, id);
        if !o.inserts {
            w.write_all(b"\\.\n\n\n")?;
        } else {
            w.write_all(b"\n")?;
        }
    }
    post(w, &rows_done)?;
    Ok(planted)
}
