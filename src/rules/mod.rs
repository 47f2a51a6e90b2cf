//! The rule set, as data: every rule pgscreen can emit, with its id, category, default
//! severity and description. Pattern rules (keywords, regex, check, examples) are in
//! `patterns`; every other rule (restore risks, DDL, columns, verify) is in [`registry`].
//! Both feed `pgscreen rules`, SARIF `tool.driver.rules` and [`rules_sha256`].

pub(crate) mod families;
pub(crate) mod patterns;
pub mod registry;

pub use patterns::{Check, Rule, RULES};
pub(crate) use registry::rule_id;
pub use registry::{Info, Source};

use serde::Serialize;

/// How bad a finding is. Ordered from `Info` up, so a threshold is a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Reported, but harmless: e.g. a column the configuration accepts as sanitized.
    Info,
    /// Little risk alone: a public IP address, a city, a `DROP` of a `--clean` dump.
    Low,
    /// Risk that depends on context: an email address, a connection string without a password.
    Medium,
    /// Serious: a password hash, a payment card number, a client-side file a restore touches.
    High,
    /// Harmful as it stands: a cloud key, a password in clear, a restore that runs a shell.
    Critical,
}

impl Severity {
    /// The lowercase name reports, configs and contracts use (`"high"`).
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
    /// The severity a [`Severity::name`] names; `None` for any other text (case matters).
    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "info" => Severity::Info,
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// The kind of harm a finding is; contracts forbid findings by category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// A credential in clear: a token, key or password.
    Secret,
    /// A password hash or a role's SCRAM/md5 verifier: crackable offline.
    CredentialHash,
    /// A connection string or URL carrying hosts, and perhaps a user and password.
    ConnectionString,
    /// A host in a connection string or URL that the policy denies or sees as internal.
    LiveHost,
    /// Personal data in table data, quasi-identifiers included.
    Pii,
    /// What a restore would do beyond recreating objects: run code, touch files, change roles.
    RestoreRisk,
    /// What would make the restore fail or load wrong data (`verify`, a cut-off dump).
    Integrity,
    /// A breach of a contract, as a finding category (`forbid` accepts it; no rule emits it yet).
    Contract,
    /// Text that could not be parsed (`forbid` accepts it; no rule emits it yet).
    Parse,
}

impl Category {
    /// The kebab-case name reports, configs and contracts use (`"credential-hash"`).
    pub fn name(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::CredentialHash => "credential-hash",
            Category::ConnectionString => "connection-string",
            Category::LiveHost => "live-host",
            Category::Pii => "pii",
            Category::RestoreRisk => "restore-risk",
            Category::Integrity => "integrity",
            Category::Contract => "contract",
            Category::Parse => "parse",
        }
    }
    /// The category a [`Category::name`] names; `None` for any other text.
    pub fn parse(s: &str) -> Option<Category> {
        [
            Category::Secret,
            Category::CredentialHash,
            Category::ConnectionString,
            Category::LiveHost,
            Category::Pii,
            Category::RestoreRisk,
            Category::Integrity,
            Category::Contract,
            Category::Parse,
        ]
        .into_iter()
        .find(|c| c.name() == s)
    }
}

/// Every rule: the pattern rules, the secret families, then the registered ones.
pub fn all() -> impl Iterator<Item = Info> {
    RULES
        .iter()
        .map(|r| Info {
            id: r.id,
            category: r.category,
            severity: r.severity,
            source: Source::Pattern,
            description: r.description,
        })
        .chain(families::rules().map(|f| Info {
            id: &f.id,
            category: f.category(),
            severity: f.severity(),
            source: Source::Pattern,
            description: &f.description,
        }))
        .chain(registry::REGISTERED.iter().copied())
}

/// sha256 of the rule set as it is compiled in (ids, patterns, keywords, checks, severities,
/// and every registered rule's id, category, severity and source), so a report says exactly
/// which rules judged the dump.
pub fn rules_sha256() -> String {
    let mut text = String::new();
    for r in RULES {
        text.push_str(&format!(
            "{}\0{}\0{:?}\0{:?}\0{:?}\0{}\n",
            r.id,
            r.pattern,
            r.keywords,
            r.check,
            r.severity,
            r.category.name()
        ));
    }
    text.push_str(families::DATA);
    for r in registry::REGISTERED {
        text.push_str(&format!(
            "{}\0{:?}\0{}\0{:?}\n",
            r.id,
            r.severity,
            r.category.name(),
            r.source
        ));
    }
    crate::util::digest::sha256_hex(text.as_bytes())
}
