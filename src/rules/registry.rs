//! Every rule pgscreen can emit that is not a pattern: restore-time risks, DDL that carries a
//! credential or a connection, column (PII) rules and verify's integrity rules. With the pattern
//! rules of `rules::patterns` this is the whole rule set: `pgscreen rules` lists it, SARIF's
//! `tool.driver.rules` describes it and `rules_sha256` hashes it.
//!
//! Code names a rule with `rules::rule_id!`, which fails the build when the id is not
//! listed here, so no finding can carry an id this registry does not know.

use super::{Category, Severity};
use serde::Serialize;

/// What decides a rule's findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A pattern over text (keywords, a regex, a check): [`super::patterns::RULES`].
    Pattern,
    /// A custom pattern rule from the configuration file.
    Custom,
    /// A value of a secret family's shape under a name that names the service
    /// (`families.jsonl`, `needs_context`).
    Context,
    /// A column's name and the values it holds.
    Column,
    /// A statement's parse tree (DDL with passwords or connections, restore-time actions).
    Statement,
    /// A psql meta-command line.
    MetaCommand,
    /// The archive's table of contents or data blocks.
    Archive,
    /// `verify`: what a server would reject while restoring.
    Verify,
}

/// One rule as the registry lists it. `severity` is the default; a finding may be lower (a
/// password-less connection string, a sanitized column) or, for a few, chosen by what it names.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Info {
    /// Stable id, as findings carry it.
    pub id: &'static str,
    /// The kind of harm.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// What decides it.
    pub source: Source,
    /// One line on what it finds.
    pub description: &'static str,
}

const fn r(
    id: &'static str,
    category: Category,
    severity: Severity,
    source: Source,
    description: &'static str,
) -> Info {
    Info {
        id,
        category,
        severity,
        source,
        description,
    }
}

use Category::*;
use Severity::*;
use Source::*;

/// Every rule that is not a pattern rule.
pub const REGISTERED: &[Info] = &[
    // ---- secrets judged with the name beside them
    r(
        "secret-in-settings-row",
        Secret,
        High,
        Context,
        "a settings row whose name names a secret or a service holds a value of a credential's shape",
    ),
    r(
        "secret-in-named-column",
        Secret,
        High,
        Context,
        "a column whose name says it holds secrets (token, api_key, jwt_secret) holds values of a credential's shape",
    ),
    // ---- psql meta-commands
    r(
        "meta-shell",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\! runs a shell command on the restoring machine",
    ),
    r(
        "meta-pipe",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\o, \\g or \\w pipes output to a shell command",
    ),
    r(
        "meta-file-write",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\o or \\w writes a file on the restoring machine",
    ),
    r(
        "meta-copy-program",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\copy with PROGRAM runs a program on the restoring machine",
    ),
    r(
        "meta-copy",
        RestoreRisk,
        High,
        MetaCommand,
        "psql \\copy reads or writes a client-side file",
    ),
    r(
        "meta-setenv",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\setenv sets an environment variable of psql",
    ),
    r(
        "meta-backquote",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql backquote expansion runs a shell command",
    ),
    r(
        "meta-gexec",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\gexec executes query results as SQL",
    ),
    r(
        "meta-include",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\i or \\ir includes another file",
    ),
    r(
        "meta-large-object-file",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\lo_import or \\lo_export reads or writes a client-side file",
    ),
    r(
        "meta-cd",
        RestoreRisk,
        Critical,
        MetaCommand,
        "psql \\cd changes the working directory",
    ),
    r(
        "meta-unexpected",
        RestoreRisk,
        Medium,
        MetaCommand,
        "a psql meta-command pg_dump never writes (low for psql's own settings and output: \\set, \\pset, \\echo)",
    ),
    r(
        "meta-restrict-tampered",
        RestoreRisk,
        Critical,
        MetaCommand,
        "\\restrict or \\unrestrict with extra text or variable/backquote expansion",
    ),
    r(
        "meta-command-in-copy-gap",
        RestoreRisk,
        High,
        MetaCommand,
        "a meta-command right after a COPY block's \\., where pg_dump never writes one",
    ),
    r(
        "meta-restrict-mismatch",
        RestoreRisk,
        High,
        MetaCommand,
        "\\unrestrict key differs from the \\restrict key",
    ),
    r(
        "missing-restrict-key",
        RestoreRisk,
        High,
        MetaCommand,
        "a dump from a pg_dump that always writes \\restrict KEY has none: edited (CVE-2025-8714 protection removed)",
    ),
    // ---- statements that act at restore time
    r(
        "copy-program",
        RestoreRisk,
        Critical,
        Statement,
        "COPY ... PROGRAM runs a command on the server",
    ),
    r(
        "copy-file",
        RestoreRisk,
        High,
        Statement,
        "COPY reads or writes a server-side file",
    ),
    r(
        "alter-system",
        RestoreRisk,
        Critical,
        Statement,
        "ALTER SYSTEM changes the server's configuration",
    ),
    r(
        "load-library",
        RestoreRisk,
        Critical,
        Statement,
        "LOAD loads a shared library into the server",
    ),
    r(
        "do-block",
        RestoreRisk,
        High,
        Statement,
        "DO block runs code during the restore (pg_dump never writes DO)",
    ),
    r(
        "event-trigger",
        RestoreRisk,
        High,
        Statement,
        "event trigger that fires on later DDL",
    ),
    r(
        "untrusted-language",
        RestoreRisk,
        High,
        Statement,
        "function in an untrusted language (runs anything as the server's OS user)",
    ),
    r(
        "c-language-function",
        RestoreRisk,
        Medium,
        Statement,
        "function that loads native code from a shared library",
    ),
    r(
        "security-definer",
        RestoreRisk,
        Low,
        Statement,
        "SECURITY DEFINER function (runs with its owner's rights)",
    ),
    r(
        "privileged-role",
        RestoreRisk,
        High,
        Statement,
        "role created or altered with SUPERUSER, REPLICATION, BYPASSRLS or similar",
    ),
    r(
        "grant-privileged-role",
        RestoreRisk,
        High,
        Statement,
        "GRANT of a role with file or program access on the server",
    ),
    r(
        "dangerous-setting",
        RestoreRisk,
        Critical,
        Statement,
        "a setting that loads code or runs commands (session or later sessions)",
    ),
    r(
        "search-path-setting",
        RestoreRisk,
        Low,
        Statement,
        "search_path set for later sessions (changes name resolution)",
    ),
    r(
        "server-file-access",
        RestoreRisk,
        Critical,
        Statement,
        "SELECT calls a function with file or program access on the server",
    ),
    r(
        "client-encoding-unread",
        RestoreRisk,
        High,
        Statement,
        "a client-only encoding (SJIS, BIG5, GBK, UHC, GB18030, JOHAB) named past the start of the script: the rest cannot be split as psql splits it",
    ),
    r(
        "unexpected-select",
        RestoreRisk,
        Medium,
        Statement,
        "SELECT calls a function pg_dump never calls",
    ),
    r(
        "unexpected-dml",
        RestoreRisk,
        Medium,
        Statement,
        "UPDATE, DELETE or other DML pg_dump never writes",
    ),
    r(
        "drop-database",
        RestoreRisk,
        Medium,
        Statement,
        "the restore drops a database",
    ),
    r(
        "name-with-newline",
        RestoreRisk,
        Medium,
        Statement,
        "an object name with a line break (can forge lines of a plain dump)",
    ),
    r(
        "trigger-before-data",
        RestoreRisk,
        High,
        Statement,
        "trigger created before its table's data, so it fires during the restore",
    ),
    r(
        "rule-before-data",
        RestoreRisk,
        High,
        Statement,
        "rule created before its table's data, so it fires during the restore",
    ),
    r(
        "toc-mismatch",
        RestoreRisk,
        Medium,
        Statement,
        "a TOC comment announces one object and the statement after it is another",
    ),
    r(
        "toc-section-order",
        RestoreRisk,
        Medium,
        Statement,
        "objects out of pg_dump's pre-data, data, post-data order",
    ),
    r(
        "extension",
        RestoreRisk,
        Medium,
        Statement,
        "CREATE EXTENSION of an extension not known to be safe (high for file, program or network access)",
    ),
    r(
        "drop",
        RestoreRisk,
        Low,
        Statement,
        "DROP of existing objects (a --clean dump)",
    ),
    // ---- archives
    r(
        "archive-data-unterminated",
        RestoreRisk,
        High,
        Archive,
        "a table's data in an archive runs past its end marker into what follows",
    ),
    // ---- DDL carrying credentials or connections
    r(
        "fdw-server",
        ConnectionString,
        Medium,
        Statement,
        "foreign server options naming a remote host (critical with a password)",
    ),
    r(
        "subscription-conninfo",
        ConnectionString,
        Medium,
        Statement,
        "subscription connection string (critical with a password)",
    ),
    r(
        "user-mapping-password",
        Secret,
        Critical,
        Statement,
        "password in a user mapping's options",
    ),
    r(
        "role-plaintext-password",
        Secret,
        Critical,
        Statement,
        "role password in clear text",
    ),
    r(
        "postgres-role-verifier",
        CredentialHash,
        High,
        Statement,
        "role password given as a SCRAM-SHA-256 or md5 verifier",
    ),
    r(
        "live-host",
        LiveHost,
        High,
        Statement,
        "a host in a connection string or URL that the policy denies or sees as internal",
    ),
    // ---- columns: name and values together
    r(
        "pii-email",
        Pii,
        Medium,
        Column,
        "email addresses in table data (column context and validators)",
    ),
    r(
        "pii-phone",
        Pii,
        Medium,
        Column,
        "phone numbers in table data (column context and validators)",
    ),
    r(
        "pii-credit-card",
        Pii,
        High,
        Column,
        "payment card numbers in table data (Luhn-valid)",
    ),
    r(
        "pii-us-ssn",
        Pii,
        High,
        Column,
        "US social security numbers in table data",
    ),
    r(
        "pii-national-id",
        Pii,
        High,
        Column,
        "national identity numbers in table data (checksums where they have one)",
    ),
    r("pii-iban", Pii, High, Column, "IBANs in table data (mod-97 valid)"),
    r("pii-ip-address", Pii, Low, Column, "public IP addresses in table data"),
    r("pii-date-of-birth", Pii, Medium, Column, "dates of birth in table data"),
    r("pii-person-name", Pii, Medium, Column, "person names in table data"),
    r(
        "pii-street-address",
        Pii,
        Medium,
        Column,
        "street addresses in table data",
    ),
    r("pii-city", Pii, Low, Column, "cities of residence beside other person data (a quasi-identifier)"),
    r("pii-postcode", Pii, Low, Column, "postcodes beside other person data (a quasi-identifier)"),
    r(
        "pii-geolocation",
        Pii,
        Low,
        Column,
        "latitude/longitude beside other person data (a quasi-identifier)",
    ),
    r("pii-username", Pii, Medium, Column, "usernames and logins in table data"),
    r("pii-mac-address", Pii, Low, Column, "MAC addresses (device identifiers) in table data"),
    r("pii-ipv6", Pii, Low, Column, "public IPv6 addresses in table data"),
    r("pii-passport", Pii, High, Column, "passport numbers in table data"),
    r("pii-driver-licence", Pii, High, Column, "driving licence numbers in table data"),
    r("pii-licence-plate", Pii, Low, Column, "vehicle licence plates in table data"),
    r(
        "pii-quasi-identifiers",
        Pii,
        Medium,
        Column,
        "a table whose birth dates, postcodes and sex together single people out",
    ),
    r(
        "plaintext-password-column",
        Secret,
        High,
        Column,
        "passwords stored as they are typed, in a column named for passwords",
    ),
    r(
        "password-hash-column",
        CredentialHash,
        High,
        Column,
        "password hashes in a column named for them",
    ),
    // ---- verify: what the server would reject
    r(
        "unterminated",
        Integrity,
        High,
        Verify,
        "the input ends inside a COPY block, string or comment: the restore stops with an error",
    ),
    r(
        "truncated",
        Integrity,
        Medium,
        Verify,
        "COPY data without its \\. at the end of the file: psql loads up to there and the rest is missing",
    ),
    r(
        "syntax-error",
        Integrity,
        High,
        Verify,
        "a statement the server's parser rejects",
    ),
    r(
        "invalid-encoding",
        Integrity,
        High,
        Verify,
        "bytes that are not valid in the dump's client encoding",
    ),
    r(
        "invalid-value",
        Integrity,
        High,
        Verify,
        "a value its column's type does not accept",
    ),
    r("null-in-not-null", Integrity, High, Verify, "NULL in a NOT NULL column"),
    r(
        "check-violation",
        Integrity,
        High,
        Verify,
        "a row or value a CHECK constraint of its table or domain rejects",
    ),
    r(
        "field-count",
        Integrity,
        High,
        Verify,
        "a row with more or fewer fields than its column list",
    ),
    r(
        "duplicate-key",
        Integrity,
        High,
        Verify,
        "a primary-key or unique value that repeats",
    ),
    r(
        "foreign-key-orphan",
        Integrity,
        High,
        Verify,
        "a foreign-key value with no referenced row",
    ),
    r(
        "unknown-table",
        Integrity,
        High,
        Verify,
        "a statement names a table the dump never creates",
    ),
    r(
        "unknown-column",
        Integrity,
        High,
        Verify,
        "a statement names a column its table does not have",
    ),
    r(
        "unknown-setting",
        Integrity,
        High,
        Verify,
        "SET of a parameter the target server does not know",
    ),
    r(
        "not-in-target",
        Integrity,
        High,
        Verify,
        "a built-in function, type, privilege (MAINTAIN before 17) or CREATE DATABASE option the target server's version does not have",
    ),
    r(
        "undefined-type",
        Integrity,
        High,
        Verify,
        "a column, domain or function of a type that is neither built in nor created earlier in the dump (a PostGIS `geography` without CREATE EXTENSION postgis)",
    ),
    r(
        "undefined-schema",
        Integrity,
        High,
        Verify,
        "a grant on, or ALTER FUNCTION of, an object in a schema that is neither built in, created in the dump, nor made by an extension the dump creates (pg_net's `net` without CREATE EXTENSION pg_net)",
    ),
    r(
        "extension-not-bundled",
        Integrity,
        Low,
        Verify,
        "CREATE EXTENSION of one PostgreSQL does not ship (PostGIS, pg_net, pgvector): a server without its files stops the restore there",
    ),
    r(
        "undefined-language",
        Integrity,
        High,
        Verify,
        "a function in a language written with capitals in quotes (`LANGUAGE 'C'`, as pg_dump 7.x wrote it): the name keeps its case, and the language is lower case",
    ),
    r(
        "drops-missing",
        Integrity,
        High,
        Verify,
        "a DROP (pg_dump --clean without --if-exists) of an object a new database does not have",
    ),
    r(
        "already-exists",
        Integrity,
        High,
        Verify,
        "CREATE EXTENSION (or pre-9.0 CREATE LANGUAGE) plpgsql, which every database has, or an extension created twice",
    ),
    r(
        "grantor-without-admin",
        Integrity,
        High,
        Verify,
        "a role grant GRANTED BY a role without ADMIN OPTION (PostgreSQL 16 and later refuse it)",
    ),
    r(
        "role-not-created",
        Integrity,
        Low,
        Verify,
        "objects owned by or granted to roles the dump does not create",
    ),
    r(
        "tables-not-created",
        Integrity,
        Medium,
        Verify,
        "a data-only dump: the tables it loads must exist before the restore",
    ),
    r(
        "database-not-created",
        Integrity,
        Medium,
        Verify,
        "\\connect to a database the dump does not create: psql stops there unless the target cluster has it",
    ),
    r(
        "schema-already-exists",
        Integrity,
        High,
        Verify,
        "CREATE SCHEMA public (pg_dump before 11 always wrote it, later ones for a re-created public): every new database has that schema already",
    ),
    r(
        "windows-locale",
        Integrity,
        Medium,
        Verify,
        "CREATE DATABASE with a Windows locale name (English_United States.1252): servers on Linux or macOS reject it",
    ),
    r(
        "role-already-exists",
        Integrity,
        High,
        Verify,
        "CREATE ROLE of the target cluster's bootstrap superuser (postgres unless --superuser says otherwise): it already exists",
    ),
    r(
        "sequence-owner-mismatch",
        Integrity,
        High,
        Verify,
        "ALTER SEQUENCE ... OWNED BY a column of a table with another owner (an OWNER TO on one and not the other): the server refuses to link them",
    ),
];

/// Whether `id` is registered (pattern rules are checked by their own tests). A `const fn`, so
/// `rule_id!` can fail the build on an unknown id.
pub const fn registered(id: &str) -> bool {
    let mut i = 0;
    while i < REGISTERED.len() {
        if eq(REGISTERED[i].id.as_bytes(), id.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

/// The registered rule `id` (not the pattern rules; see `rules::info` for all).
pub fn get(id: &str) -> Option<&'static Info> {
    REGISTERED.iter().find(|r| r.id == id)
}

const fn eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A rule id the registry holds. Made by `rules::rule_id!("meta-shell")`, which fails the
/// build when the id is not registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleId(&'static str);

impl RuleId {
    /// For `rule_id!` only: the id, already checked at compile time.
    #[doc(hidden)]
    pub const fn checked(id: &'static str) -> RuleId {
        assert!(registered(id));
        RuleId(id)
    }

    /// The id as findings carry it.
    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// Its registry entry (there is one: the id was checked when the crate was built).
    pub fn info(self) -> &'static Info {
        get(self.0).expect("a RuleId is registered")
    }
}

impl std::ops::Deref for RuleId {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl From<RuleId> for String {
    fn from(id: RuleId) -> String {
        id.0.to_string()
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// A registered rule id, checked when the crate is built: `rules::rule_id!("meta-shell")`.
macro_rules! rule_id {
    ($id:literal) => {{
        const ID: $crate::rules::registry::RuleId = {
            assert!(
                $crate::rules::registry::registered($id),
                concat!("rule id not in src/rules/registry.rs: ", $id)
            );
            $crate::rules::registry::RuleId::checked($id)
        };
        ID
    }};
}
pub(crate) use rule_id;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case_and_not_pattern_ids() {
        let mut seen = std::collections::HashSet::new();
        for r in REGISTERED {
            assert!(seen.insert(r.id), "{} twice", r.id);
            assert!(
                r.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                r.id
            );
            assert!(
                !super::super::RULES.iter().any(|p| p.id == r.id),
                "{} is also a pattern rule",
                r.id
            );
            assert!(!r.description.is_empty());
        }
        assert!(registered("meta-shell") && !registered("meta-shel") && !registered("meta-shell-x"));
    }
}
