//! Values judged by the name beside them: a JSON key, an assignment's left side, or the name
//! column of a settings row (`app_setting(name, value)` with `name = 'stripe_secret'`), where a
//! file scanner sees only a bare token.
//!
//! One judgement for all of them. A name that names a service (a family of `families.jsonl`:
//! `stripe_secret`, `SendGridApiKey`) lets through only that service's token shapes: a near
//! miss under `stripe_secret` is not a Stripe key, and the public rule sets' counter-examples
//! are such near misses. A name that only says "secret" (`api_key`, `db_password`) lets
//! through a value that looks random and is not a placeholder.

use super::engine::{is_placeholder, is_stand_in, looks_random, shannon};
use crate::rules::families::{self, Family};
use regex::bytes::Regex;
use std::sync::OnceLock;

/// Why a named value is a secret.
#[derive(Debug, Clone, Copy)]
pub enum Named {
    /// The name names this family's service and the value has its shape.
    Service(&'static Family),
    /// The name says secret and the value looks like one.
    Generic,
}

impl Named {
    /// The severity of a named secret and what to call it in a message: a service's token at
    /// the family's severity (at least medium), any other credential high.
    pub fn verdict(self) -> (crate::rules::Severity, String) {
        use crate::rules::Severity;
        match self {
            Named::Service(fam) => (fam.severity().max(Severity::Medium), format!("a {}", fam.description)),
            Named::Generic => (Severity::High, "a credential".to_string()),
        }
    }
}

/// Family slugs that are a technology rather than a service: a name holding one (`sql_password`,
/// `ssh_key`, `jwt_secret`) says nothing about the value's shape.
const NOT_SERVICES: &[&str] = &[
    "age",
    "amqp",
    "crypto-wallet",
    "curl",
    "django",
    "dotnet",
    "flask",
    "generic",
    "gradle",
    "http",
    "jdbc",
    "jwk",
    "jwt",
    "kafka",
    "kerberos",
    "laravel",
    "ldap",
    "line",
    "maven",
    "minisign",
    "mongodb",
    "mqtt",
    "mssql",
    "mysql",
    "nats",
    "netrc",
    "neo4j",
    "nuget",
    "openvpn",
    "oracle",
    "password-hash",
    "pem",
    "pgp",
    "php",
    "postgres",
    "powershell",
    "psexec",
    "rails",
    "react",
    "redis",
    "smtp",
    "sql",
    "ssh",
    "url",
    "wireguard",
    "wordpress",
    "xml",
];

/// Words of a name that says its value is a password.
const PASSWORD_WORDS: &[&str] = &["passw", "pwd"];

/// Words of a name that says its value is another secret (with a separator or without: a
/// column's name is matched by its letters and digits alone).
const CREDENTIAL_WORDS: &[&str] = &[
    "secret",
    "token",
    "apikey",
    "api_key",
    "api-key",
    "accesskey",
    "access_key",
    "privatekey",
    "private_key",
    "signingkey",
    "signing_key",
    "credential",
    "webhook",
    "dsn",
    "bearer",
];

/// A service slug as it is matched: long slugs anywhere in the name's letters and digits
/// (`sendgridapikey`), short ones (`aws`, `npm`) only as a word of the name.
struct Service {
    slug: String,
    word: bool,
    families: Vec<usize>,
}

fn services() -> &'static [Service] {
    static S: OnceLock<Vec<Service>> = OnceLock::new();
    S.get_or_init(|| {
        let mut out: Vec<Service> = Vec::new();
        for (i, f) in families::all().iter().enumerate() {
            if NOT_SERVICES.contains(&f.family.as_str()) {
                continue;
            }
            let slug: String = f.family.chars().filter(char::is_ascii_alphanumeric).collect();
            match out.iter_mut().find(|s| s.slug == slug) {
                Some(s) => s.families.push(i),
                None => out.push(Service {
                    word: slug.len() < 5,
                    slug,
                    families: vec![i],
                }),
            }
        }
        out
    })
}

/// Each family's whole-value shape, compiled when first needed.
fn shape(i: usize) -> &'static Regex {
    static SHAPES: OnceLock<Vec<OnceLock<Regex>>> = OnceLock::new();
    let all = SHAPES.get_or_init(|| families::all().iter().map(|_| OnceLock::new()).collect());
    all[i].get_or_init(|| Regex::new(&families::all()[i].shape()).expect("family shapes compile (tested)"))
}

/// The name's letters and digits, lower case, and its words (split at anything else and
/// at a lower-to-upper case change: `githubToken` -> `github`, `token`).
fn words(name: &[u8]) -> (String, Vec<String>) {
    let mut joined = String::new();
    let mut words = vec![String::new()];
    let mut prev_lower = false;
    for &b in name.iter().take(200) {
        if b.is_ascii_alphanumeric() {
            if b.is_ascii_uppercase() && prev_lower {
                words.push(String::new());
            }
            let l = b.to_ascii_lowercase() as char;
            joined.push(l);
            words.last_mut().expect("never empty").push(l);
            prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
        } else {
            if !words.last().expect("never empty").is_empty() {
                words.push(String::new());
            }
            prev_lower = false;
        }
    }
    words.retain(|w| !w.is_empty());
    (joined, words)
}

/// The families whose service the name names.
fn named_families(name: &[u8]) -> Vec<usize> {
    let (joined, words) = words(name);
    services()
        .iter()
        .filter(|s| {
            if s.word {
                words.contains(&s.slug)
            } else {
                joined.contains(&s.slug)
            }
        })
        .flat_map(|s| s.families.iter().copied())
        .collect()
}

/// Does the name say its value is a secret (a secret word, or a service's name)?
pub fn names_a_secret(name: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(&name[..name.len().min(200)]).to_ascii_lowercase();
    PASSWORD_WORDS.iter().chain(CREDENTIAL_WORDS).any(|w| lower.contains(w))
        || words(name).1.iter().any(|w| w == "key" || w == "pass" || w == "auth")
        || !named_families(name).is_empty()
}

/// Words that make a secret's name the name of something about it, not of it: when it
/// expires, what kind it is, how many there are, its id, name or hint. A hash or digest of
/// a secret is the password-hash rules' business.
const ABOUT_A_SECRET: &[&str] = &[
    "at",
    "on",
    "date",
    "time",
    "expires",
    "expiry",
    "expiration",
    "expire",
    "until",
    "valid",
    "type",
    "kind",
    "count",
    "length",
    "len",
    "size",
    "id",
    "ids",
    "name",
    "names",
    "hint",
    "hash",
    "hashed",
    "digest",
    "salt",
    "iv",
    "nonce",
    "scope",
    "scopes",
    "prefix",
    "last4",
    "suffix",
    "mask",
    "masked",
    "version",
    "status",
    "enabled",
    "required",
    "policy",
    "strength",
    "changed",
    "reset",
    "sent",
    "used",
    "attempts",
    "url",
    "uri",
    "path",
    "file",
    "format",
    "algorithm",
    "alg",
    "method",
    "label",
    "description",
    "note",
    "notes",
    "fingerprint",
    "public",
    "pub",
];

/// Words that make a `key` column's key a secret one (`api_key`, `secret_key`, `app_key`); a
/// bare `key`, `cache_key` or `object_key` names a lookup key.
const SECRET_KEY_WORDS: &[&str] = &[
    // pgsodium's `raw_key`: an encryption key as bytes.
    "raw",
    "aes",
    "symmetric",
    "root",
    "api",
    "access",
    "private",
    "secret",
    "signing",
    "encryption",
    "master",
    "client",
    "app",
    "auth",
    "license",
    "licence",
    "consumer",
    "session",
    "reply",
    "otp",
    "totp",
    "hmac",
    "service",
    "account",
    "integration",
];

/// Does a column's name say its values are secrets (`token`, `api_key`, `runners_token`,
/// `jwt_secret`, `authentication_token`, `stripe_key`)? Not when its last word says it holds
/// something about the secret (`token_expires_at`, `secret_name`, `api_key_prefix`), nor for
/// a password column (the password-hash rules and the plaintext check judge those).
pub fn column_names_a_secret(name: &str) -> bool {
    let (joined, words) = words(name.as_bytes());
    let Some(last) = words.last() else { return false };
    if ABOUT_A_SECRET.contains(&last.as_str())
        || words
            .iter()
            .any(|w| w.starts_with("passw") || w == "pwd" || w == "pass")
    {
        return false;
    }
    CREDENTIAL_WORDS.iter().any(|w| joined.contains(w))
        || (words.iter().any(|w| w == "key" || w == "keys")
            && words.iter().any(|w| SECRET_KEY_WORDS.contains(&w.as_str())))
        || !named_families(name.as_bytes()).is_empty()
}

/// Is this column of a table of web sessions the session's id, the cookie that logs its user
/// in (Flask-Session's and Airflow's `session.session_id`, connect-pg-simple's `session.sid`,
/// Laravel's and PHP's text `sessions.id`)? Django's `session_key` is a secret by its name.
pub fn holds_session_ids(table: &str, column: &str, text: bool) -> bool {
    let t = super::columns::bare_table(table);
    let sessions = ["session", "sessions"]
        .iter()
        .any(|s| t == *s || t.strip_suffix(s).is_some_and(|rest| rest.ends_with('_')));
    let c = column.to_ascii_lowercase();
    sessions && (matches!(c.as_str(), "session_id" | "sessionid" | "sid" | "session_token") || (c == "id" && text))
}

/// The judgement: is `value`, under `name`, a secret? `min`: the least entropy (bits per
/// character x10) a value under a generic name must have.
pub fn judge(name: &[u8], value: &[u8], min: u8) -> Option<Named> {
    let v = super::pii::trim(value);
    if v.len() < 8 || v.len() > 16 << 10 || is_stand_in(v) || is_placeholder(v) || is_public(v) {
        return None;
    }
    let fams = named_families(name);
    if !fams.is_empty() {
        return first_shaped(&fams, v);
    }
    // A URL is judged by the URL and connection rules.
    if memchr::memmem::find(v, b"://").is_some() {
        return None;
    }
    // A value that begins like a family's token (`$1$`, `ghp_`, `{SSHA}`) is judged by that
    // family's shape: a truncated hash or a malformed token is a near miss, not a secret.
    let led = prefixed_families(v);
    if !led.is_empty() {
        return first_shaped(&led, v);
    }
    let lower = String::from_utf8_lossy(&name[..name.len().min(200)]).to_ascii_lowercase();
    if lower.contains("public") {
        return None;
    }
    // Words with spaces between them are prose; a record of fields (`user:500:…:::`,
    // `$3b$12$…`, `{"kty": …}`) that no hash family validated is a near miss of one.
    let prose = v.iter().any(u8::is_ascii_whitespace);
    (!prose && !is_record(v) && v.len() <= 256 && shannon(v) * 10.0 >= min as f64 && looks_random(v))
        .then_some(Named::Generic)
}

/// The first of `fams` whose shape the whole value has.
fn first_shaped(fams: &[usize], v: &[u8]) -> Option<Named> {
    fams.iter()
        .find(|&&i| shape(i).is_match(v))
        .map(|&i| Named::Service(&families::all()[i]))
}

/// A record of fields (`user:500:…:::`, `$3b$12$…`, `{"kty": …}`, `*8F2A…`, `<password>…`):
/// a hash or document format's rule judges it, not its name.
fn is_record(v: &[u8]) -> bool {
    let count = |b: u8| v.iter().filter(|&&c| c == b).count();
    count(b':') >= 2 || count(b'$') >= 2 || v.starts_with(b"{") || v.starts_with(b"*") || v.starts_with(b"<")
}

/// The public half of a key pair, whatever it is named: an age recipient (`age1…`, the secret
/// is `AGE-SECRET-KEY-1…`), a BIP32 extended public key (`xpub`/`tpub`/`ypub`/`zpub`, the
/// secret is `…prv`), an Ethereum address (`0x` and 40 hex digits, the key has 64).
fn is_public(v: &[u8]) -> bool {
    // Stripe's object ids (a single-use card token `tok_`, a customer `cus_`, a card `card_`,
    // a payment method `pm_`, an account `acct_`): usable only with the account's secret key.
    // A payment intent's client secret (`pi_…_secret_…`) is a secret.
    const STRIPE_IDS: &[&[u8]] = &[
        b"tok_", b"btok_", b"card_", b"cus_", b"pm_", b"src_", b"ch_", b"acct_", b"sub_", b"prod_", b"price_", b"txn_",
        b"evt_", b"ba_", b"py_", b"re_", b"seti_", b"pi_", b"in_", b"ii_",
    ];
    if let Some(p) = STRIPE_IDS.iter().find(|p| v.starts_with(p)) {
        let rest = &v[p.len()..];
        if (8..=64).contains(&rest.len())
            && rest.iter().all(u8::is_ascii_alphanumeric)
            && memchr::memmem::find(v, b"_secret_").is_none()
        {
            return true;
        }
    }
    let bech32 = |b: &u8| b"qpzry9x8gf2tvdw0s3jn54khce6mua7l".contains(b);
    let base58 = |b: &u8| b.is_ascii_alphanumeric() && !b"0OIl".contains(b);
    (v.starts_with(b"age1") && v.len() == 62 && v[4..].iter().all(bech32))
        || (v.len() >= 100 && b"xtyz".contains(&v[0]) && v[1..4] == *b"pub" && v[4..].iter().all(base58))
        || (v.len() == 42 && v.starts_with(b"0x") && v[2..].iter().all(u8::is_ascii_hexdigit))
}

/// The families one of whose keywords (of at least 3 characters) the value begins with.
fn prefixed_families(v: &[u8]) -> Vec<usize> {
    families::all()
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            // Generic and URL families have no shape of their own to hold a value to.
            !f.needs_context
                && f.family != "generic"
                && f.family != "url"
                && f.keywords
                    .iter()
                    .any(|k| k.len() >= 3 && v.len() >= k.len() && v[..k.len()].eq_ignore_ascii_case(k.as_bytes()))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The (name, value) columns of a settings table: a text column named like a key next to a
/// text column named like its value (`name`/`value`, `option_name`/`option_value`,
/// `meta_key`/`meta_value`, `var`/`value`, `key`/`val`).
pub fn settings_columns<'a>(cols: impl Iterator<Item = (&'a str, bool)> + Clone) -> Option<(usize, usize)> {
    const NAMES: &[&str] = &[
        "name",
        "key",
        "setting",
        "param",
        "parameter",
        "option",
        "variable",
        "var",
        "property",
        "prop",
        "attribute",
        "attr",
        "k",
        "config_key",
        "setting_key",
        "setting_name",
        "param_name",
        "option_name",
        "option_key",
        "meta_key",
        "key_name",
        "variable_name",
        "property_name",
        "config_name",
        "secret_name",
        "credential_name",
        "token_name",
    ];
    const VALUES: &[&str] = &[
        "value",
        "val",
        "v",
        "data",
        "content",
        "setting_value",
        "param_value",
        "option_value",
        "config_value",
        "meta_value",
        "value_text",
        "text_value",
        "string_value",
        "secret",
        "secret_value",
        "credential",
        "token",
    ];
    let find = |set: &[&str]| {
        cols.clone()
            .enumerate()
            .find(|(_, (n, text))| *text && set.iter().any(|s| s.eq_ignore_ascii_case(n)))
            .map(|(i, _)| i)
    };
    let (n, v) = (find(NAMES)?, find(VALUES)?);
    (n != v).then_some((n, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_named_for_secrets_but_not_about_them() {
        for yes in [
            "token",
            "runners_token",
            "refresh_token",
            "jwt_secret",
            "api_key",
            "reply_key",
            "authenticationToken",
            "session_key",
            "raw_key",
        ] {
            assert!(column_names_a_secret(yes), "{yes}");
        }
        for no in [
            "token_expires_at",
            "token_type",
            "secret_name",
            "key",
            "cache_key",
            "password",
            "api_key_prefix",
            "sort_key",
            "password_hash",
            "raw_key_nonce",
            "root_key_id",
        ] {
            assert!(!column_names_a_secret(no), "{no}");
        }
    }

    #[test]
    fn a_service_name_admits_only_its_shapes() {
        let stripe = "sk_live_4eC39HqLyjWDarjtT1zdp7dZ".to_string() + "Abc12";
        assert!(
            matches!(judge(b"stripe_secret", stripe.as_bytes(), 30), Some(Named::Service(f)) if f.family == "stripe")
        );
        // A near miss under the service's name, and a random value that is not its shape.
        assert!(judge(b"stripe_secret", b"sk_live_short", 30).is_none());
        assert!(judge(b"StripeSecretKey", b"J2bNl#oCH3VDgnuqX9", 30).is_none());
        // AWS's documented example key is a stand-in whatever the name.
        assert!(judge(b"aws_access_key_id", b"AKIAIOSFODNN7EXAMPLE", 30).is_none());
        assert!(judge(b"aws_access_key_id", b"AKIAUN3N6EMXBIJDH65V", 30).is_some());
    }

    #[test]
    fn a_generic_name_admits_what_looks_random() {
        assert!(matches!(
            judge(b"db_password", b"J2bNl#oCH3VDgnuq", 30),
            Some(Named::Generic)
        ));
        assert!(judge(b"db_password", b"changeme", 30).is_none());
        assert!(judge(b"api_key", b"<YOUR_API_KEY>", 30).is_none());
        assert!(judge(b"api_key", b"************", 30).is_none());
        assert!(judge(b"session_token_ttl", b"3600", 30).is_none());
        assert!(judge(b"api_token", b"SCRAM-SHA-256 is the default", 30).is_none());
        // Shaped like a family's token: its shape decides, whatever the generic name.
        assert!(judge(b"password_hash", b"$1$P27Xfsma$o9y92oa.dj", 30).is_none());
        assert!(judge(b"password_hash", b"user:500:e10ea1379ec3928e622025047f1f6746:::", 30).is_none());
        assert!(judge(b"wg_public_key", b"l3toHuR1bQxEJA7bBaL3SzkHaycjmFBMfwKsj9jCzGA=", 30).is_none());
        assert!(judge(b"docs_token", b"https://www.postgresql.org/docs/", 30).is_none());
        // The public half of a key pair is no secret, whatever it is named.
        for public in [
            "age1j4w7gjqqy6gzh6w4tzp3unpy2mrqud7zu98g2pjy74hr5lc0y72jfhfwjg",
            "0x4de187c9883e88f6095a1c9a32d6af55bf0469e1",
            "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8",
        ] {
            assert!(judge(b"wallet_secret", public.as_bytes(), 30).is_none(), "{public}");
        }
        assert!(judge(
            b"wallet_secret",
            b"0xc51cab450df491f9959122198ff1c4354e07dc4b3a41ca5d36ebef0b8c72c369",
            30
        )
        .is_some());
        assert!(matches!(
            judge(b"password_hash", b"$1$9pQDE/xy$g1MP/CzPZ0lAP853sBajWf", 30),
            Some(Named::Service(_))
        ));
        // "linear" is a service, but not inside "nonlinear_token"'s words... it is a substring:
        // long slugs match anywhere, which is why they must be at least 5 characters.
        assert!(words(b"githubToken").1 == ["github", "token"]);
    }

    /// Every family's positives, under a name that names its service, are judged secrets; no
    /// negative is judged to be of its own family (a near miss of one service's format may
    /// still have another's: the rule sets' examples overlap).
    #[test]
    fn every_family_under_its_name() {
        // Values, not text that holds one: URIs, statements, headers, config lines and records
        // have rules of their own.
        let value = |ex: &str| {
            !ex.contains(char::is_whitespace) && !ex.contains("://") && !ex.contains('=') && !is_record(ex.as_bytes())
        };
        let mut failures = Vec::new();
        for f in families::all()
            .iter()
            .filter(|f| f.positive_examples.iter().all(|e| value(e)))
        {
            let name = format!("{}_secret", f.family.replace('-', "_"));
            for ex in &f.positive_examples {
                if judge(name.as_bytes(), ex.as_bytes(), 30).is_none() {
                    failures.push(format!("{}: {name} = {ex:?} not judged a secret", f.id));
                }
            }
            for ex in f.negative_examples.iter().chain(&f.suppressed_examples) {
                if let Some(Named::Service(g)) = judge(name.as_bytes(), ex.as_bytes(), 30) {
                    if g.id == f.id {
                        failures.push(format!("{}: {name} = {ex:?} judged its own", f.id));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn stripe_object_ids_are_no_secrets() {
        assert!(judge(b"token", b"tok_1BdPYiDjPFcHOcTmxz9Qs2Wm", 30).is_none());
        assert!(judge(b"stripe_customer", b"cus_Hn2u8XKoL3Xy9Q", 30).is_none());
        // Under a secret's name, a client secret or a random token still is one.
        assert!(judge(
            b"token",
            b"pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH",
            30
        )
        .is_some());
        assert!(judge(b"token", b"a8F3kq0Zp1Lx9Vb2Nc7Ry4Tw", 30).is_some());
    }

    #[test]
    fn session_tables() {
        assert!(holds_session_ids("public.session", "session_id", true));
        assert!(holds_session_ids("public.\"user_sessions\"", "sid", true));
        assert!(holds_session_ids("sessions", "id", true));
        assert!(!holds_session_ids("sessions", "id", false));
        assert!(!holds_session_ids("public.events", "session_id", true));
        assert!(!holds_session_ids("public.possession", "session_id", true));
        assert!(!holds_session_ids("public.sessions", "user_id", true));
    }

    #[test]
    fn secret_names() {
        for n in [
            "stripe_secret",
            "api_key",
            "SENDGRID_API_KEY",
            "db_pass",
            "twilioAuthToken",
            "sentry_dsn",
        ] {
            assert!(names_a_secret(n.as_bytes()), "{n}");
        }
        for n in ["site_title", "timezone", "max_upload", "keyboard_layout", "monkey"] {
            assert!(!names_a_secret(n.as_bytes()), "{n}");
        }
    }

    #[test]
    fn settings_tables() {
        let t = |cols: &[(&'static str, bool)]| settings_columns(cols.iter().copied());
        assert_eq!(t(&[("id", false), ("name", true), ("value", true)]), Some((1, 2)));
        assert_eq!(
            t(&[("option_id", false), ("option_name", true), ("option_value", true)]),
            Some((1, 2))
        );
        assert_eq!(
            t(&[("meta_id", false), ("meta_value", true), ("meta_key", true)]),
            Some((2, 1))
        );
        assert_eq!(t(&[("name", true), ("email", true)]), None);
        assert_eq!(t(&[("name", true), ("value", false)]), None);
    }
}
