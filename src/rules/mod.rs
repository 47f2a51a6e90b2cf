//! The rule set, as data: every rule pgscreen can emit, with its id, category, default
//! severity and description. Pattern rules (keywords, regex, check, examples) are in
//! [`patterns`]; every other rule (restore risks, DDL, columns, verify) is in [`registry`].
//! Both feed `pgscreen rules`, SARIF `tool.driver.rules` and [`rules_sha256`].

pub mod families;
pub mod patterns;
pub mod registry;

pub use patterns::{Check, Rule, RULES};
pub(crate) use registry::rule_id;
pub use registry::{Info, Source};

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Secret,
    CredentialHash,
    ConnectionString,
    LiveHost,
    Pii,
    RestoreRisk,
    Integrity,
    Contract,
    Parse,
}

impl Category {
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
