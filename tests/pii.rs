//! Personal data on material nobody here wrote: Faker's people of 16 locales, and the person
//! columns of real dumps from public repositories.

mod common;

use common::run;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/pii-bench")
        .join(name)
}

/// `(table, column)` of every `pii` finding of a scan.
fn pii_columns(dump: &Path) -> BTreeSet<(String, String)> {
    pii_severities(dump).into_keys().collect()
}

/// `(table, column)` of every `pii` finding of a scan, with the highest severity found there.
fn pii_severities(dump: &Path) -> BTreeMap<(String, String), String> {
    let out = run(&["scan", dump.to_str().unwrap(), "--format", "json", "--quiet"]);
    let code = out.status.code().unwrap();
    assert!(code == 0 || code == 1, "{}: exit {code}", dump.display());
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "pii")
        .fold(BTreeMap::new(), |mut m, f| {
            let table = f["object"]["name"].as_str().unwrap().to_string();
            let col = (table, f["column"].as_str().unwrap_or("").to_string());
            let sev = f["severity"].as_str().unwrap().to_string();
            let rank = |s: &str| {
                ["info", "low", "medium", "high", "critical"]
                    .iter()
                    .position(|x| *x == s)
            };
            let e = m.entry(col).or_insert_with(|| sev.clone());
            if rank(&sev) > rank(e) {
                *e = sev;
            }
            m
        })
}

/// One table of people per locale (en_US ... tr_TR) and naming style (native language and
/// script, English, opaque `c12`), each column one kind of person data from Faker's providers,
/// beside decoys that look alike (SKUs, EANs, order numbers and dates, checksum-failing ids,
/// company, product and category names, a table of cities, store coordinates). Made by
/// `python3 scripts/pii-bench.py --rows 40 --seed 7` (Faker 40.63.0, MIT): another seed than the
/// benchmark's, so these are not the values the thresholds were tuned on. Issue 23's bars:
/// column recall >= 0.85 overall and >= 0.70 under opaque names, precision >= 0.98.
#[test]
fn faker_people_of_16_locales() {
    let mut truth = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(data("people-16-locales.truth.json.gz")).unwrap())
        .read_to_string(&mut truth)
        .unwrap();
    let truth: Value = serde_json::from_str(&truth).unwrap();
    let mut kind: BTreeMap<(String, String), (Option<String>, String)> = BTreeMap::new();
    for c in truth["columns"].as_array().unwrap() {
        let s = |k: &str| c[k].as_str().unwrap_or("").to_string();
        let table = format!("{}.{}", s("schema"), s("table"));
        kind.insert(
            (table, s("column")),
            (c["kind"].as_str().map(str::to_string), s("style")),
        );
    }
    let found = pii_columns(&data("people-16-locales.sql.gz"));
    // The dump's identifiers are quoted where they need it (`ja_jp."顧客"`): compare unquoted.
    let found: BTreeSet<(String, String)> = found
        .into_iter()
        .map(|(t, c)| (t.replace('"', ""), c.replace('"', "")))
        .collect();
    let mut per_style: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    let (mut flagged, mut false_pos) = (0, Vec::new());
    for (col, (k, style)) in &kind {
        if k.is_some() {
            for s in [style.as_str(), "overall"] {
                let e = per_style.entry(s).or_default();
                e.0 += 1;
                e.1 += found.contains(col) as u32;
            }
        }
    }
    for col in &found {
        flagged += 1;
        if !matches!(kind.get(col), Some((Some(_), _))) {
            false_pos.push(col.clone());
        }
    }
    let recall = |s: &str| per_style.get(s).map_or(0.0, |&(n, f)| f as f64 / n as f64);
    let precision = 1.0 - false_pos.len() as f64 / flagged.max(1) as f64;
    assert!(per_style["overall"].0 > 800, "{per_style:?}");
    assert!(
        recall("overall") >= 0.85,
        "overall recall {:.3} ({per_style:?})",
        recall("overall")
    );
    assert!(
        recall("opaque") >= 0.70,
        "opaque recall {:.3} ({per_style:?})",
        recall("opaque")
    );
    assert!(precision >= 0.98, "precision {precision:.3}: {false_pos:?}");
}

/// Every column of the real dumps (`corpus/realworld`, made by other people's pg_dump) with a
/// `pii` finding, judged by hand to hold data about people. A finding anywhere else is a false
/// positive on material nobody here wrote (the products, categories, licences, slugs and
/// reference tables those dumps have plenty of).
const PERSON_COLUMNS: &[(&str, &str)] = &[
    // pgexercises: the club's members.
    ("cd.members", "address"),
    ("cd.members", "firstname"),
    ("cd.members", "surname"),
    ("cd.members", "telephone"),
    ("cd.members", "zipcode"),
    // opencollective: collectives are people and organisations; free text holds emails and
    // payout IBANs; slugs that are email addresses.
    ("public.\"Collectives\"", "address"),
    ("public.\"Collectives\"", "longDescription"),
    ("public.\"Collectives\"", "settings"),
    ("public.\"Collectives\"", "slug"),
    ("public.\"ConnectedAccounts\"", "username"),
    ("public.\"Expenses\"", "privateMessage"),
    ("public.\"Locations\"", "address"),
    ("public.\"Orders\"", "description"),
    ("public.\"PayoutMethods\"", "data"),
    ("public.\"Transactions\"", "description"),
    ("public.\"UserHistories\"", "email"),
    ("public.\"Users\"", "billingAddress"),
    ("public.\"Users\"", "email"),
    ("public.\"Users\"", "firstName"),
    ("public.\"Users\"", "lastName"),
    ("public.\"Users\"", "paypalEmail"),
    // pagila: actors, customers, staff and their addresses (district is the region).
    ("public.actor", "first_name"),
    ("public.actor", "last_name"),
    ("public.address", "address"),
    ("public.address", "district"),
    ("public.address", "phone"),
    ("public.address", "postal_code"),
    ("public.customer", "email"),
    ("public.customer", "first_name"),
    ("public.customer", "last_name"),
    ("public.staff", "email"),
    ("public.staff", "first_name"),
    ("public.staff", "last_name"),
    ("public.staff", "username"),
    // netbox: a login, a site's street address.
    ("public.auth_user", "username"),
    ("public.dcim_site", "physical_address"),
    // titanic: the passengers' names (`Braund, Mr. Owen Harris`).
    ("public.passenger", "name"),
    ("public.passenger", "name_wiki"),
    // fossology: a login, an email in a config description.
    ("public.users", "user_name"),
    ("public.sysconfig", "description"),
    // northwind (psql edition): employees; customers' and suppliers' contact people with their
    // addresses, phones and faxes; orders' shipping addresses. The shippers' phones are
    // companies' numbers, which no value check tells from a person's.
    ("public.customers", "address"),
    ("public.customers", "city"),
    ("public.customers", "contact_name"),
    ("public.customers", "fax"),
    ("public.customers", "phone"),
    ("public.customers", "postal_code"),
    ("public.employees", "address"),
    ("public.employees", "birth_date"),
    ("public.employees", "city"),
    ("public.employees", "first_name"),
    ("public.employees", "home_phone"),
    ("public.employees", "last_name"),
    ("public.employees", "postal_code"),
    ("public.orders", "ship_address"),
    ("public.orders", "ship_city"),
    ("public.orders", "ship_postal_code"),
    ("public.shippers", "phone"),
    ("public.suppliers", "address"),
    ("public.suppliers", "contact_name"),
    ("public.suppliers", "fax"),
    ("public.suppliers", "phone"),
    // A Brazilian CRUD demo: clients with CPF numbers, emails, phones, addresses.
    ("public.clients", "address"),
    ("public.clients", "cpf"),
    ("public.clients", "email"),
    ("public.clients", "phone"),
    // A Supabase app (clubcreole): its users, sessions, audit log and profiles; reviewers'
    // names; newsletter emails; mediums' contacts. Partners' and restaurants' phones and
    // addresses are businesses', told as phones and addresses by value.
    ("auth.audit_log_entries", "payload"),
    ("auth.identities", "identity_data"),
    ("auth.one_time_tokens", "relates_to"),
    ("auth.sessions", "ip"),
    ("auth.users", "email"),
    ("auth.users", "raw_user_meta_data"),
    ("public.car_client_reviews", "name"),
    ("public.newsletter_subscriptions", "email"),
    ("public.partners", "address"),
    ("public.partners", "phone"),
    ("public.profiles", "email"),
    ("public.profiles", "first_name"),
    ("public.profiles", "last_name"),
    ("public.profiles", "phone"),
    ("public.restaurants", "location"),
    ("public.voyance_mediums", "contact_email"),
    ("public.voyance_mediums", "contact_phone"),
    // The Ohana API's development database (a directory of social services): its admins',
    // users' and contacts' emails; the services' locations' street and mail addresses, which
    // are organisations' (told as addresses by value), and their emails at example.org.
    ("public.addresses", "address_1"),
    ("public.addresses", "address_2"),
    ("public.addresses", "city"),
    ("public.addresses", "postal_code"),
    ("public.admins", "email"),
    // The agencies' contact people: 31 names, 14 of which the name lists know.
    ("public.contacts", "email"),
    ("public.contacts", "name"),
    ("public.locations", "admin_emails"),
    ("public.locations", "email"),
    ("public.mail_addresses", "address_1"),
    ("public.mail_addresses", "address_2"),
    ("public.mail_addresses", "city"),
    ("public.mail_addresses", "postal_code"),
    ("public.organizations", "email"),
    ("public.services", "email"),
    ("public.users", "email"),
    // hellodata-be's Airflow: its users; an email at example.com inside a log entry's JSON.
    ("public.ab_user", "email"),
    ("public.ab_user", "username"),
    ("public.log", "extra"),
    // LADA's measuring laboratories and authorities: organisations' postal addresses.
    ("master.meas_facil", "address"),
    // A Chinese platform's accounts (wzkris): its admin's login, nickname and mobile number,
    // a member's login.
    ("biz.admin_info", "nickname"),
    ("biz.admin_info", "phone_number"),
    ("biz.admin_info", "username"),
    ("biz.member_info", "username"),
    // A Brazilian CRUD app's four clients (first names, emails, CPFs, phones).
    ("public.clients", "name"),
    // NetBox's demo contacts (Dunder Mifflin's staff: names, emails, phones, three rows),
    // their emails again in its search cache, and its users' logins.
    ("public.extras_cachedvalue", "value"),
    ("public.tenancy_contact", "email"),
    ("public.tenancy_contact", "name"),
    ("public.tenancy_contact", "phone"),
    ("public.users_user", "username"),
    // A three-row users table of a test fixture (dbtool): `John Doe` and the like.
    ("public.users", "name"),
    // booktown: authors and customers by name; a publisher's address, the organisation's.
    ("public.authors", "first_name"),
    ("public.authors", "last_name"),
    ("public.customers", "first_name"),
    ("public.customers", "last_name"),
    ("public.distinguished_authors", "first_name"),
    ("public.distinguished_authors", "last_name"),
    ("public.publishers", "address"),
    // An anonymizer's test input (nxs-data-anonymizer): authors with birth dates and emails.
    ("public.authors", "birthdate"),
    ("public.authors", "email"),
];

/// The columns of [`PERSON_COLUMNS`] in tables of organisations and places (suppliers, sites,
/// partners): their addresses and phones are reported at low, as the organisation's.
const ORGANISATIONS_COLUMNS: &[(&str, &str)] = &[
    ("public.dcim_site", "physical_address"),
    ("public.shippers", "phone"),
    ("public.suppliers", "address"),
    ("public.suppliers", "fax"),
    ("public.suppliers", "phone"),
    ("public.partners", "address"),
    ("public.partners", "phone"),
    ("public.restaurants", "location"),
    ("master.meas_facil", "address"),
    ("public.publishers", "address"),
];

#[test]
fn real_dumps_have_pii_only_in_person_columns() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/realworld");
    let allowed: BTreeSet<(String, String)> = PERSON_COLUMNS
        .iter()
        .map(|(t, c)| (t.to_string(), c.to_string()))
        .collect();
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() || p.extension().is_some_and(|x| x == "json" || x == "md") {
            continue;
        }
        for (col, severity) in pii_severities(&p) {
            if ORGANISATIONS_COLUMNS.contains(&(col.0.as_str(), col.1.as_str())) && severity != "low" {
                wrong.push(format!(
                    "{}: {}.{} is an organisation's, yet {severity}",
                    p.file_name().unwrap().to_string_lossy(),
                    col.0,
                    col.1
                ));
            }
            if !allowed.contains(&col) {
                wrong.push(format!(
                    "{}: {}.{}",
                    p.file_name().unwrap().to_string_lossy(),
                    col.0,
                    col.1
                ));
            }
            seen.insert(col);
        }
    }
    assert!(wrong.is_empty(), "PII findings outside the person columns: {wrong:#?}");
    // And every person column listed is still found (no false "clean").
    let missed: Vec<_> = allowed.difference(&seen).collect();
    assert!(missed.is_empty(), "person columns no longer found: {missed:?}");
}

/// A "de-identified" table: no names, but birth dates, postcodes and sex (Sweeney: together
/// they single out 87% of the US population). The place is reported only because people's
/// birth dates stand beside it; the table gets the finding that says why it is not anonymous.
/// The same postcodes in a table of stores are no person data at all.
#[test]
fn quasi_identifiers_together_and_places_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut people = String::from(
        "CREATE TABLE public.study_participants (id integer, birth_date date, zip_code text, sex character(1));\n\
         CREATE TABLE public.stores (id integer, zip_code text, opened date);\n\
         COPY public.study_participants (id, birth_date, zip_code, sex) FROM stdin;\n",
    );
    let mut stores = String::from("COPY public.stores (id, zip_code, opened) FROM stdin;\n");
    for i in 0..60u32 {
        let (y, m, d) = (1935 + i * 7 % 70, 1 + i % 12, 1 + i % 28);
        people += &format!(
            "{i}\t{y}-{m:02}-{d:02}\t{:05}\t{}\n",
            10007 + i * 1543 % 89000,
            ["M", "F"][i as usize % 2]
        );
        stores += &format!("{i}\t{:05}\t{}-{m:02}-{d:02}\n", 20011 + i * 977 % 70000, 2020 + i % 5);
    }
    let dump = dir.path().join("quasi.sql");
    std::fs::write(&dump, format!("{people}\\.\n{stores}\\.\n")).unwrap();
    let out = run(&["scan", dump.to_str().unwrap(), "--format", "json", "--quiet"]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: BTreeSet<(String, String, String)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let s = |v: &Value| v.as_str().unwrap_or("").to_string();
            (s(&f["rule"]), s(&f["object"]["name"]), s(&f["column"]))
        })
        .collect();
    let want: BTreeSet<(String, String, String)> = [
        ("pii-date-of-birth", "public.study_participants", "birth_date"),
        ("pii-postcode", "public.study_participants", "zip_code"),
        ("pii-quasi-identifiers", "public.study_participants", ""),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(got, want);
    let table = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "pii-quasi-identifiers")
        .unwrap();
    assert_eq!(table["severity"], "medium");
    assert!(
        table["message"]
            .as_str()
            .unwrap()
            .contains("birth dates, postcodes, sex"),
        "{table}"
    );
    assert!(table["line"].as_u64().unwrap() > 0);
}

/// Shapes met in real dumps whose licence keeps them out of this repository (a Venezuelan
/// university's records, a Brazilian phone book, a Go app's sessions): an identity-card number
/// in an `integer` column named `cedula`, plain-text passwords under `senha` (Portuguese), PASETO
/// refresh tokens. Rebuilt here with made-up values.
#[test]
fn shapes_from_unlicensed_real_dumps() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("d.sql");
    let paseto =
        "v2.local.t-6LqdzjGC4FEKSPqPg9C2z0mihXHCucKCc2EAUdgvgTNElLAWTYsyaqTdeqPup-UKctRD8R8ZCDzznz8qcjtfmh3K5Ks.bnVsbA";
    let mut sql = String::from(
        "SET client_encoding = 'UTF8';\n\
         CREATE TABLE public.t_persona (codigo integer NOT NULL, cedula integer NOT NULL, nombre1 character varying(30));\n\
         CREATE TABLE public.usuario (id bigint NOT NULL, email character varying(255), senha character varying(255));\n\
         CREATE TABLE public.sessions (uuid uuid NOT NULL, user_id integer, refresh_token text NOT NULL);\n\
         COPY public.t_persona (codigo, cedula, nombre1) FROM stdin;\n",
    );
    for i in 0..40u32 {
        sql += &format!("{}\t{}\tNAME{i}\n", 100 + i, 4_773_940 + i * 517_331);
    }
    sql += "\\.\n\nCOPY public.usuario (id, email, senha) FROM stdin;\n";
    for (i, pw) in ["1qa@WS3ed", "qawsedrftgyhuj", "Mudar@123", "plokijuhygtfrd"]
        .iter()
        .enumerate()
    {
        sql += &format!("{i}\tuser{i}@gmail.com\t{pw}\n");
    }
    sql += &format!(
        "\\.\n\nCOPY public.sessions (uuid, user_id, refresh_token) FROM stdin;\n\
         396af9a8-fc8d-4382-9a7b-4b3323c21e3b\t145\t{paseto}\n\\.\n"
    );
    std::fs::write(&p, sql).unwrap();
    let r = common::json(&["scan", p.to_str().unwrap(), "--format", "json", "--quiet"]);
    let found: BTreeSet<(String, String)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["column"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for want in [
        ("pii-national-id", "cedula"),
        ("plaintext-password-column", "senha"),
        ("paseto-token", "refresh_token"),
    ] {
        assert!(
            found.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} not in {found:?}"
        );
    }
}
