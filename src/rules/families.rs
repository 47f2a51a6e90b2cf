//! Secret families as data: `families.jsonl` holds one JSON object per service token format
//! (facts gathered from public rule sets and the services' documentation; patterns, keywords and
//! examples are our own, see `research/secrets/README.md`). Families marked `existing` are
//! covered by a hand-tuned rule of [`super::patterns`]. Of the others:
//!
//! - a family with a distinctive shape (a prefix, a fixed structure) and a keyword of more
//!   than three letters or digits is a pattern rule led by its keywords ([`rules`]);
//! - every family's shape judges a value a name names (`crate::detect::named`): under a name
//!   naming its service (`stripe_secret`), a value must have one of the service's shapes; a
//!   family without a shape of its own (`needs_context`: "32 hex", "a UUID") is found only so.

use super::{Category, Severity};
use serde::Deserialize;

/// One secret family, as `families.jsonl` states it.
#[derive(Debug, Deserialize)]
pub struct Family {
    /// Stable rule id (kebab-case).
    pub id: String,
    /// The service that issues it.
    pub service: String,
    /// The service's slug, shared by its families (`stripe`, `aws`), or a technology
    /// (`password-hash`, `ssh`).
    pub family: String,
    /// What it is (`api-key`, `token`, `password-hash`, ...).
    pub kind: String,
    /// The shape of the value itself (no capture groups; guards may consume one character).
    pub pattern: String,
    /// Literals any of which a value holds (lower case); empty when none has 3 characters.
    pub keywords: Vec<String>,
    /// The value has no distinctive shape: only a name naming the service makes it a secret.
    pub needs_context: bool,
    /// Values the rule must find (synthetic).
    #[cfg_attr(not(test), allow(dead_code))] // the tests run every example
    pub positive_examples: Vec<String>,
    /// Near misses it must not find.
    #[cfg_attr(not(test), allow(dead_code))] // the tests run every example
    pub negative_examples: Vec<String>,
    /// `high`, `medium` or `low`: how sure a match alone is.
    pub confidence: String,
    /// Covered by a rule of `patterns.rs` already.
    pub existing: bool,
    /// Documentation examples the placeholder filter drops.
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))] // the tests run every example
    pub suppressed_examples: Vec<String>,
    /// One line for `pgscreen rules`.
    #[serde(skip)]
    pub description: String,
}

/// The data, as compiled in (it enters `rules_sha256` whole).
pub const DATA: &str = include_str!("families.jsonl");

/// Every family (parsed once).
pub fn all() -> &'static [Family] {
    static ALL: std::sync::OnceLock<Vec<Family>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let mut f: Family = serde_json::from_str(l).expect("families.jsonl parses (tested)");
                f.description = format!("{} {}", f.service, f.kind.replace('-', " "));
                f
            })
            .collect()
    })
}

/// Families whose pattern matches a whole structure (a config line) and does not yet mark the
/// secret in it with a `v` group: their value would be the structure, which the placeholder
/// filter takes for a template. Not rules until it does; the generic assignment rules find
/// most of them meanwhile. (A structural family whose pattern has its `v` group, such as an
/// XML `<password>` element, is a rule whose value is the secret alone.)
const STRUCTURAL: &[&str] = &[
    "azure-devops-pat",
    "pypirc-password",
    // `token: <anything long>`: the value has no shape; `generic-secret-named` judges it.
    "kubeconfig-credentials",
];

/// The families that are rules of their own (not covered by `patterns.rs`): those with a
/// shape and a keyword distinctive enough to lead the search. A family without a shape of its
/// own (a 32-hex key) is a secret only where a name names it, which [`crate::detect::named`]
/// judges; so is a family whose only keywords are three letters or digits (`ace` for Twilio's
/// `AC…` ids, `pat`, `eaa`): in text they occur a thousand times a megabyte.
pub fn rules() -> impl Iterator<Item = &'static Family> {
    all().iter().filter(|f| {
        !f.existing && !f.needs_context && !STRUCTURAL.contains(&f.id.as_str()) && !f.search_words().is_empty()
    })
}

impl Family {
    /// Password hashes are credential hashes; everything else is a secret.
    pub fn category(&self) -> Category {
        if self.kind == "password-hash" {
            Category::CredentialHash
        } else {
            Category::Secret
        }
    }

    /// A shaped family's confidence; a context family is confirmed by its name and its shape,
    /// so it is medium.
    pub fn severity(&self) -> Severity {
        match (self.needs_context, self.confidence.as_str()) {
            (true, _) => Severity::Medium,
            (false, "high") => Severity::High,
            (false, "medium") => Severity::Medium,
            _ => Severity::Low,
        }
    }

    /// The shape with its one-character guards outside a `v` group, so the value found is
    /// the token alone.
    pub fn captured(&self) -> String {
        if self.pattern.contains(OWN_GROUP) {
            return self.pattern.clone();
        }
        let (lead, core, trail) = split_guards(&self.pattern);
        format!("{lead}(?P<v>{core}){trail}")
    }

    /// The shape a whole value must have.
    pub fn shape(&self) -> String {
        if self.pattern.contains(OWN_GROUP) {
            // The structure's secret alone, as a value under a name would hold it.
            return format!("^(?:{})$", own_group(&self.pattern));
        }
        let (_, core, _) = split_guards(&self.pattern);
        format!("^(?:{core})$")
    }

    /// The keywords that lead a search for the family: its own of at least 3 characters
    /// (the prefilter's shortest), except three letters or digits (`pat`, `cio`, `00d` occur
    /// everywhere in text and hex) unless they mix a digit with a letter that is not a hex
    /// digit (NuGet's `oy2`, Dynatrace's `dt0`): those are rare in any text.
    pub fn search_words(&self) -> Vec<String> {
        let rare_three = |w: &[u8]| {
            w.iter().any(u8::is_ascii_digit) && w.iter().any(|b| b.is_ascii_alphabetic() && !b.is_ascii_hexdigit())
        };
        self.keywords
            .iter()
            .filter(|w| {
                let b = w.as_bytes();
                b.len() > 3 || (b.len() == 3 && (!b.iter().all(u8::is_ascii_alphanumeric) || rare_three(b)))
            })
            .map(|w| w.to_ascii_lowercase())
            .collect()
    }
}

/// How a structural family marks the secret in its structure.
const OWN_GROUP: &str = "(?P<v>";

/// The pattern of a family's `v` group (the text between its parentheses).
fn own_group(p: &str) -> &str {
    let start = p.find(OWN_GROUP).map_or(0, |i| i + OWN_GROUP.len());
    let mut depth = 1usize;
    let mut escaped = false;
    let mut class = false;
    for (i, c) in p[start..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' if !class => class = true,
            ']' if class => class = false,
            '(' if !class => depth += 1,
            ')' if !class => {
                depth -= 1;
                if depth == 0 {
                    return &p[start..start + i];
                }
            }
            _ => {}
        }
    }
    &p[start..]
}

/// `(?:^|[^A-Za-z0-9+/])CORE(?:[^A-Za-z0-9+/=]|$)` -> (lead guard, core, trail guard).
fn split_guards(p: &str) -> (&str, &str, &str) {
    let mut core = p;
    let mut lead = "";
    let mut trail = "";
    if core.starts_with("(?:^|[^") {
        if let Some(i) = core.find("])") {
            lead = &p[..i + 2];
            core = &core[i + 2..];
        }
    }
    if core.ends_with("]|$)") {
        if let Some(i) = core.rfind("(?:[^") {
            trail = &core[i..];
            core = &core[..i];
        }
    }
    (lead, core, trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_parses_and_its_patterns_compile() {
        assert!(all().len() >= 300, "{}", all().len());
        let mut seen = std::collections::HashSet::new();
        for f in all() {
            assert!(seen.insert(f.id.as_str()), "{} twice", f.id);
            for p in [f.captured(), f.shape()] {
                regex::bytes::Regex::new(&p).unwrap_or_else(|e| panic!("{}: {e}", f.id));
            }
        }
        assert!(rules().count() >= 200, "{}", rules().count());
    }

    #[test]
    fn a_structural_familys_shape_is_its_secret() {
        assert_eq!(own_group(r#"<p>(?P<v>[^<(]{4,}(?:x|y))</p>"#), r#"[^<(]{4,}(?:x|y)"#);
        assert_eq!(own_group(r#"a=(?P<v>[\)]+)b"#), r#"[\)]+"#);
        let f = all().iter().find(|f| f.id == "xml-password-element").unwrap();
        let shape = regex::Regex::new(&f.shape()).unwrap();
        assert!(shape.is_match("U+H_!FytTPLWc*"));
        assert!(!shape.is_match("<password>U+H_!FytTPLWc*</password>"));
    }

    #[test]
    fn guards_stay_outside_the_value() {
        assert_eq!(
            split_guards(r"(?:^|[^A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?:[^A-Za-z0-9+/=]|$)"),
            (
                r"(?:^|[^A-Za-z0-9+/])",
                r"[A-Za-z0-9+/]{86}==",
                r"(?:[^A-Za-z0-9+/=]|$)"
            )
        );
        assert_eq!(split_guards(r"\bda2-[a-z0-9]{26}\b"), ("", r"\bda2-[a-z0-9]{26}\b", ""));
    }
}
