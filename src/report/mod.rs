//! Reports: `scan` (JSON per DESIGN.md, SARIF 2.1.0, text for people) and `check` (requirements
//! with evidence). Text for people is made safe to print by [`term`].

pub mod inventory;
pub(crate) mod sanitize;

pub use crate::util::term::{self, plural};

use crate::findings::Finding;
use crate::report::inventory::{InputInfo, Tool};
use crate::rules::Severity;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Counts of a scan's findings and its verdict.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Findings reported (not those in `suppressed_by_baseline`).
    pub findings: usize,
    /// Findings per severity name; every severity present, zero or not.
    pub by_severity: BTreeMap<&'static str, usize>,
    /// Findings per category name; only categories found.
    pub by_category: BTreeMap<&'static str, usize>,
    /// `fail` when a finding is at or above `fail_on`, else `pass`.
    pub verdict: &'static str,
    /// The severity that fails the scan (`--fail-on`), or `none`.
    pub fail_on: &'static str,
    /// Findings left out because `--baseline` or the config's `ignore` lists
    /// their id; omitted from the JSON when none.
    #[serde(skip_serializing_if = "is_zero")]
    pub suppressed_by_baseline: usize,
}

/// Low and info findings of one rule shown one by one per object in the text report; the
/// rest are counted on one line.
const SHOWN_PER_RULE: usize = 5;

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The report of `scan` (and of `verify`) for one input.
#[derive(Debug, Serialize)]
pub struct ScanReport {
    /// pgscreen, its version and the rule set's sha256.
    pub tool: Tool,
    /// The dump scanned.
    pub input: InputInfo,
    /// Counts and the verdict.
    pub summary: Summary,
    /// The findings, folded, less those the baseline or `ignore` left out.
    pub findings: Vec<Finding>,
    /// What the pass could read only with trouble (a statement the parser rejects, a row of the
    /// wrong width), as `inspect`'s JSON carries them; scrubbed of secrets like messages.
    pub warnings: Vec<crate::sql::pass::Diagnostic>,
    /// Text says which severity fails (scan's `--fail-on`); verify has its own verdict line.
    #[serde(skip)]
    pub says_threshold: bool,
}

impl ScanReport {
    /// Counts the findings by severity and category and judges them against `fail_on`
    /// (none: always pass); `suppressed` is how many the baseline or `ignore` left out.
    pub fn new(input: InputInfo, findings: Vec<Finding>, fail_on: Option<Severity>, suppressed: usize) -> ScanReport {
        let mut by_severity = BTreeMap::new();
        for s in ["critical", "high", "medium", "low", "info"] {
            by_severity.insert(s, 0);
        }
        let mut by_category = BTreeMap::new();
        for f in &findings {
            *by_severity.entry(f.severity.name()).or_insert(0) += 1;
            *by_category.entry(f.category.name()).or_insert(0) += 1;
        }
        let failed = fail_on.is_some_and(|t| findings.iter().any(|f| f.severity >= t));
        ScanReport {
            tool: Tool::new(Some(crate::rules::rules_sha256())),
            input,
            summary: Summary {
                findings: findings.len(),
                by_severity,
                by_category,
                verdict: if failed { "fail" } else { "pass" },
                fail_on: fail_on.map_or("none", Severity::name),
                suppressed_by_baseline: suppressed,
            },
            findings,
            warnings: Vec::new(),
            says_threshold: true,
        }
    }

    /// Whether the verdict is fail: a finding at or above `fail_on`.
    pub fn failed(&self) -> bool {
        self.summary.verdict == "fail"
    }

    /// Text for people: grouped by object, most severe first within each, with style markers
    /// (see [`term`]); every string from the dump is escaped.
    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        use term::esc;
        let paint = |s: Severity| -> &str {
            match s {
                Severity::Critical => term::BOLD_RED,
                Severity::High => term::RED,
                Severity::Medium => term::YELLOW,
                Severity::Low => term::CYAN,
                Severity::Info => term::DIM,
            }
        };
        let (b, r) = (term::BOLD, term::RESET);
        let mut o = String::new();
        let mut groups: BTreeMap<(Option<&str>, &str, &str), Vec<&Finding>> = BTreeMap::new();
        for f in &self.findings {
            groups
                .entry((f.database.as_deref(), f.object.kind.as_str(), f.object.name.as_str()))
                .or_default()
                .push(f);
        }
        // Objects in the order the dump has them (by their first finding's line), not by name:
        // `statement line 51` before `statement line 356`.
        let mut groups: Vec<_> = groups.into_iter().collect();
        groups.sort_by_key(|((db, kind, name), fs)| (*db, fs.iter().map(|f| f.line).min(), *kind, *name));
        for ((db, kind, name), mut fs) in groups {
            fs.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.line.cmp(&b.line)));
            let db = db.map(|d| format!("{}: ", esc(d))).unwrap_or_default();
            let _ = writeln!(o, "{b}{db}{} {}{r}", esc(kind), esc(name));
            // Low and info findings of one rule past the first few are one line, with their
            // count and lines (`pg_dump --clean` writes a DROP for every object: hundreds).
            let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
            let mut held: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
            for f in fs {
                if f.severity <= Severity::Low {
                    let n = shown.entry(f.rule.as_str()).or_insert(0);
                    *n += 1;
                    if *n > SHOWN_PER_RULE {
                        held.entry(f.rule.as_str()).or_default().push(f);
                        continue;
                    }
                }
                let c = paint(f.severity);
                let col = f.column.as_ref().map(|c| format!(" [{}]", esc(c))).unwrap_or_default();
                let row = f.row.map(|r| format!(" row {r}")).unwrap_or_default();
                let count = if f.count > 1 && f.row.is_some() && !f.message.contains(" rows (")
                    || f.count > 1 && f.row.is_none()
                {
                    format!(" (x{})", f.count)
                } else {
                    String::new()
                };
                let val = f.value.as_deref().unwrap_or(&f.redacted);
                let val = if val.is_empty() {
                    String::new()
                } else {
                    format!("  {}", esc(val))
                };
                let _ = writeln!(
                    o,
                    "  {c}{:<8}{r} line {}{row}{col} {}: {}{count}{val}",
                    f.severity.name(),
                    f.line,
                    esc(&f.rule),
                    esc(&f.message)
                );
            }
            for (rule, rest) in held {
                let lines = rest.iter().map(|f| f.line);
                let (lo, hi) = (lines.clone().min().unwrap_or(0), lines.max().unwrap_or(0));
                let worst = rest.iter().map(|f| f.severity).max().unwrap_or(Severity::Info);
                let _ = writeln!(
                    o,
                    "  {}{:<8}{r} lines {lo}-{hi} {}: {} more like these (every one in --format json)",
                    paint(worst),
                    worst.name(),
                    esc(rule),
                    rest.len()
                );
            }
        }
        let s = &self.summary;
        let sev: Vec<String> = ["critical", "high", "medium", "low", "info"]
            .iter()
            .filter(|k| s.by_severity[*k] > 0)
            .map(|k| format!("{} {k}", s.by_severity[*k]))
            .collect();
        let _ = writeln!(
            o,
            "\n{b}{}{r}: {}{}{}; verdict {b}{}{r}{}",
            esc(&self.input.path),
            plural(s.findings, "finding", "findings"),
            if sev.is_empty() {
                String::new()
            } else {
                format!(" ({})", sev.join(", "))
            },
            if s.suppressed_by_baseline > 0 {
                format!(", {} suppressed by the baseline", s.suppressed_by_baseline)
            } else {
                String::new()
            },
            s.verdict,
            if self.says_threshold {
                format!(" (fail on {})", s.fail_on)
            } else {
                String::new()
            }
        );
        o
    }
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// SARIF 2.1.0: one run for every dump (code scanning takes one run per tool in an upload), each
/// dump an artifact its results point to, one result per finding; `partialFingerprints` carry
/// the stable id so code scanning tracks findings across runs. `errors` (path, message): inputs
/// that could not be read, as error notifications of the invocation.
pub fn sarif(reports: &[ScanReport], errors: &[(String, String)]) -> Value {
    // Every rule of the registry in its order, then any custom rule a result names.
    let mut rule_ids: Vec<(String, String, Severity)> = crate::rules::all()
        .map(|r| (r.id.to_string(), r.description.to_string(), r.severity))
        .collect();
    // Each id's index in `rules`, for every result's `ruleIndex`.
    let mut index: std::collections::HashMap<String, usize> = rule_ids
        .iter()
        .enumerate()
        .map(|(i, (id, _, _))| (id.clone(), i))
        .collect();
    for rep in reports {
        for f in &rep.findings {
            if !index.contains_key(&f.rule) {
                index.insert(f.rule.clone(), rule_ids.len());
                rule_ids.push((
                    f.rule.clone(),
                    format!("custom rule {} (from the configuration)", f.rule),
                    f.severity,
                ));
            }
        }
    }
    let rules: Vec<Value> = rule_ids
        .iter()
        .map(|(id, d, sev)| {
            let mut r = json!({
                "id": id,
                "shortDescription": { "text": d },
                "fullDescription": { "text": d },
                "defaultConfiguration": { "level": sarif_level(*sev) },
                "properties": { "tags": ["security"], "security-severity": security_severity(*sev) }
            });
            // A readable name, unless it would only differ from the id in case.
            let name = pascal(id);
            if !name.eq_ignore_ascii_case(id) {
                r["name"] = json!(name);
            }
            r
        })
        .collect();
    let mut results: Vec<Value> = Vec::new();
    let mut artifacts: Vec<Value> = Vec::new();
    for (ai, rep) in reports.iter().enumerate() {
        let mut location = artifact(&rep.input.path);
        location["index"] = json!(ai);
        artifacts.push(json!({
            "location": artifact(&rep.input.path),
            "length": rep.input.bytes,
            "hashes": { "sha-256": rep.input.sha256 }
        }));
        results.extend(rep.findings.iter().map(|f| {
            let idx = index.get(&f.rule).copied().unwrap_or(0);
            let mut msg = f.message.clone();
            if !f.redacted.is_empty() {
                msg.push_str(&format!(" ({})", f.value.as_deref().unwrap_or(&f.redacted)));
            }
            json!({
                "ruleId": f.rule,
                "ruleIndex": idx,
                "level": sarif_level(f.severity),
                "message": { "text": term::esc(&msg) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": { "startLine": f.line.max(1) }
                    },
                    "logicalLocations": [{ "name": f.object.name, "kind": f.object.kind }]
                }],
                "partialFingerprints": { "pgscreen/v1": f.id },
                "properties": {
                    "category": f.category.name(),
                    "severity": f.severity.name(),
                    "count": f.count,
                    "byteOffset": f.byte_offset,
                    "column": f.column,
                    "row": f.row,
                    "database": f.database
                }
            })
        }));
    }
    let notifications: Vec<Value> = errors
        .iter()
        .map(|(path, msg)| {
            json!({
                "level": "error",
                "message": { "text": term::esc(msg) },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(path) } }]
            })
        })
        .collect();
    let run = json!({
        "tool": { "driver": {
            "name": "pgscreen",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://github.com/pgscreen/pgscreen",
            "rules": rules
        }},
        "invocations": [{
            "executionSuccessful": errors.is_empty(),
            "toolExecutionNotifications": notifications
        }],
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results
    });
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run]
    })
}

/// GitHub's 0-10 security severity for a level.
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "0.0",
    }
}

/// `aws-access-key-id` -> `AwsAccessKeyId`: SARIF wants a readable name distinct from the id.
fn pascal(id: &str) -> String {
    id.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A relative path stays relative to the source root; an absolute one becomes a file URI.
fn artifact(path: &str) -> Value {
    let enc = |p: &str| -> String {
        p.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    if path.starts_with('/') {
        json!({ "uri": format!("file://{}", enc(path)) })
    } else {
        json!({ "uri": enc(path.strip_prefix("./").unwrap_or(path)), "uriBaseId": "%SRCROOT%" })
    }
}

/// The result of `check`: every contract requirement with its evidence, and the verdict.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// pgscreen, its version and the rule set's sha256.
    pub tool: Tool,
    /// The dump checked.
    pub input: InputInfo,
    /// The contract file checked against: its path and sha256.
    pub contract: crate::contract::attest::AttestContract,
    /// Every requirement of the contract, with its status and evidence.
    pub requirements: Vec<crate::contract::Requirement>,
    /// Counts and the verdict.
    pub summary: CheckSummary,
}

/// Counts of a check's requirements and findings, and its verdict.
#[derive(Debug, Serialize)]
pub struct CheckSummary {
    /// Requirements checked.
    pub requirements: usize,
    /// Requirements the dump does not meet.
    pub failed: usize,
    /// category -> severity -> findings, for everything the scan found (forbidden or not).
    pub findings: BTreeMap<String, BTreeMap<String, usize>>,
    /// `pass` when every requirement passes, else `fail`.
    pub verdict: &'static str,
}

impl CheckReport {
    /// Counts the failed requirements and the findings by category and severity; any
    /// failed requirement fails the check.
    pub fn new(
        input: InputInfo,
        contract: crate::contract::attest::AttestContract,
        requirements: Vec<crate::contract::Requirement>,
        findings: &[Finding],
    ) -> CheckReport {
        let failed = requirements
            .iter()
            .filter(|r| r.status == crate::contract::Status::Fail)
            .count();
        let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for f in findings {
            *counts
                .entry(f.category.name().into())
                .or_default()
                .entry(f.severity.name().into())
                .or_default() += 1;
        }
        CheckReport {
            tool: Tool::new(Some(crate::rules::rules_sha256())),
            input,
            contract,
            summary: CheckSummary {
                requirements: requirements.len(),
                failed,
                findings: counts,
                verdict: if failed == 0 { "pass" } else { "fail" },
            },
            requirements,
        }
    }

    /// Whether any requirement failed.
    pub fn failed(&self) -> bool {
        self.summary.failed > 0
    }

    /// Failures first (with their evidence and the findings behind them), then a count of
    /// passes; style markers as in [`ScanReport::to_text`].
    pub fn to_text(&self, all: bool) -> String {
        use crate::contract::Status;
        use std::fmt::Write;
        use term::esc;
        let (red, green, dim, r) = (term::BOLD_RED, term::GREEN, term::DIM, term::RESET);
        let mut o = String::new();
        let _ = writeln!(o, "{} against {}", esc(&self.input.path), esc(&self.contract.path));
        for q in self.requirements.iter().filter(|q| q.status == Status::Fail) {
            let _ = writeln!(o, "  {red}FAIL{r}  {}", esc(&q.evidence()));
            for f in &q.findings {
                let col = f.column.as_ref().map(|c| format!(".{}", esc(c))).unwrap_or_default();
                let _ = writeln!(
                    o,
                    "          {dim}line {} {} {} in {}{col} (x{}) {}{r}",
                    f.line,
                    f.severity.name(),
                    esc(&f.rule),
                    esc(&f.object),
                    f.count,
                    esc(&f.redacted)
                );
            }
        }
        if all {
            for q in self.requirements.iter().filter(|q| q.status == Status::Pass) {
                let _ = writeln!(o, "  {green}pass{r}  {}", esc(&q.evidence()));
            }
        }
        let passed = self.summary.requirements - self.summary.failed;
        let _ = writeln!(
            o,
            "{}: {passed} of {} pass; verdict {}",
            esc(&self.input.path),
            plural(self.summary.requirements, "requirement", "requirements"),
            if self.failed() {
                format!("{red}fail{r}")
            } else {
                format!("{green}pass{r}")
            }
        );
        o
    }
}
