//! The `sanitize` report: what was changed per column and statement, the hashes that bind input,
//! policy and output, and what the check of the output found left.

use crate::findings::Finding;
use crate::report::inventory::{InputInfo, Tool};
use crate::report::term::{self, esc, plural};
use crate::sanitize::rewrite::Changes;
use crate::sanitize::Written;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ColumnChange {
    pub table: String,
    pub column: String,
    pub action: crate::sanitize::policy::Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::sanitize::fake::FakeKind>,
    pub values_changed: u64,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct StatementChange {
    pub line: u64,
    pub rule: String,
    pub done: &'static str,
}

#[derive(Debug, Serialize)]
pub struct SanitizeReport {
    pub tool: Tool,
    pub input: InputInfo,
    pub output: Written,
    /// sha256 of the policy applied (its TOML as `--plan` writes it).
    pub policy_sha256: String,
    pub columns: Vec<ColumnChange>,
    pub statements: Vec<StatementChange>,
    /// Planned statement actions that found nothing to act on (line, rule).
    pub not_applied: Vec<StatementChange>,
    /// Findings of the output's scan at medium or above, with the faked columns accepted.
    pub left: Vec<Finding>,
    /// `clean` when nothing is left at medium or above.
    pub verdict: &'static str,
    /// For `pgscreen scan OUT --config FILE`: the columns whose values are now synthetic.
    pub sanitized_columns: Vec<String>,
}

impl SanitizeReport {
    pub fn new(
        input: InputInfo,
        output: Written,
        policy: &crate::sanitize::policy::Policy,
        changes: Changes,
        left: Vec<Finding>,
    ) -> SanitizeReport {
        let columns = policy
            .columns
            .iter()
            .map(|c| ColumnChange {
                table: c.table.clone(),
                column: c.column.clone(),
                action: c.action,
                kind: c.kind,
                values_changed: changes
                    .values
                    .get(&(c.table.clone(), c.column.clone()))
                    .copied()
                    .unwrap_or(0),
                reason: c.reason.clone(),
            })
            .collect();
        let st = |v: Vec<(u64, String, &'static str)>| {
            v.into_iter()
                .map(|(line, rule, done)| StatementChange { line, rule, done })
                .collect()
        };
        SanitizeReport {
            tool: Tool::new(Some(crate::rules::rules_sha256())),
            input,
            output,
            policy_sha256: crate::util::digest::sha256_hex(policy.to_toml().as_bytes()),
            columns,
            statements: st(changes.statements),
            not_applied: st(changes
                .not_applied
                .into_iter()
                .map(|(l, r)| (l, r, "not applied"))
                .collect()),
            verdict: if left.is_empty() { "clean" } else { "findings left" },
            left,
            sanitized_columns: policy.synthetic_columns(),
        }
    }

    pub fn to_text(&self) -> String {
        use std::fmt::Write;
        let (b, red, green, dim, r) = (term::BOLD, term::BOLD_RED, term::GREEN, term::DIM, term::RESET);
        let mut o = String::new();
        let _ = writeln!(
            o,
            "{b}{}{r} -> {b}{}{r} ({} bytes, sha256 {})",
            esc(&self.input.path),
            esc(&self.output.path),
            self.output.bytes,
            self.output.sha256
        );
        for c in &self.columns {
            let kind = c
                .kind
                .map(|k| {
                    format!(
                        " {}",
                        serde_json::to_value(k)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            let action = serde_json::to_value(c.action)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "  {}.{}: {action}{kind}, {} {dim}({}){r}",
                esc(&c.table),
                esc(&c.column),
                plural(c.values_changed as usize, "value", "values"),
                esc(&c.reason)
            );
        }
        for s in &self.statements {
            let _ = writeln!(o, "  line {}: {} ({})", s.line, s.done, esc(&s.rule));
        }
        for s in &self.not_applied {
            let _ = writeln!(
                o,
                "  {red}line {}: planned for {} but nothing there to act on{r}",
                s.line,
                esc(&s.rule)
            );
        }
        if self.left.is_empty() {
            let _ = writeln!(o, "{green}clean{r}: a scan of the output finds nothing at medium or above (faked columns accepted as sanitized)");
        } else {
            let _ = writeln!(
                o,
                "{red}{} left{r} in the output at medium or above:",
                plural(self.left.len(), "finding", "findings")
            );
            for f in &self.left {
                let col = f.column.as_ref().map(|c| format!(".{}", esc(c))).unwrap_or_default();
                let _ = writeln!(
                    o,
                    "  line {} {} {} in {}{col}",
                    f.line,
                    f.severity.name(),
                    esc(&f.rule),
                    esc(&f.object.name)
                );
            }
        }
        o
    }
}

/// What `sanitize --attest` writes: input, policy and output bound by their sha256, with the tool
/// and rule set that made it and the verdict of the output's check. `key_id` names the fake key
/// (16 hex digits of its MAC of a fixed string) without revealing it: two outputs with the same
/// `key_id` had the same key.
#[derive(Debug, Serialize)]
pub struct SanitizeAttestation<'r> {
    pub attestation_version: u32,
    pub kind: &'static str,
    pub input: &'r InputInfo,
    pub policy_sha256: &'r str,
    pub key_id: String,
    pub output: &'r Written,
    pub tool: &'r Tool,
    pub columns_changed: usize,
    pub values_changed: u64,
    pub statements_changed: usize,
    pub left: usize,
    pub verdict: &'static str,
    pub sanitized_at: String,
}

impl SanitizeReport {
    pub fn attestation(&self, key_id: String) -> SanitizeAttestation<'_> {
        SanitizeAttestation {
            attestation_version: 1,
            kind: "pgscreen-sanitize",
            input: &self.input,
            policy_sha256: &self.policy_sha256,
            key_id,
            output: &self.output,
            tool: &self.tool,
            columns_changed: self.columns.iter().filter(|c| c.values_changed > 0).count(),
            values_changed: self.columns.iter().map(|c| c.values_changed).sum(),
            statements_changed: self.statements.len(),
            left: self.left.len(),
            verdict: self.verdict,
            sanitized_at: crate::contract::attest::utc(std::time::SystemTime::now()),
        }
    }
}
