//! The sanitize policy: what happens to each column and statement. `plan` derives it from a
//! scan's findings; `sanitize --plan` writes it as TOML for review, and `--policy` reads an
//! edited one back (its entries override what the findings decided).

use super::fake::FakeKind;
use crate::findings::Finding;
use crate::rules::{Category, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What happens to every value of one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Left as it is.
    Keep,
    /// NULL (a NOT NULL column gets a fake or `REDACTED` instead: the dump must still restore).
    Null,
    /// A format-preserving fake of `kind`.
    Fake,
    /// 32 hex digits of the keyed MAC: stable, opaque, unique.
    Hash,
    /// The whole value becomes `REDACTED`.
    Redact,
    /// Only what a detector flags inside the value is replaced (secrets, connection strings,
    /// person data in free text); the rest is kept.
    Scrub,
}

/// The rule whose statement is kept and whose TOC comment is removed.
pub const TOC_MISMATCH: &str = crate::rules::rule_id!("toc-mismatch").as_str();

/// What happens to one statement or meta-command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementAction {
    Keep,
    /// Replaced by a comment naming the rule (objects that depend on it go with it).
    Remove,
    /// Kept, with what a detector flags in it replaced: passwords and verifiers of roles and
    /// user mappings dropped, hosts of servers and connection strings moved to `.example`,
    /// privileged role attributes dropped.
    Scrub,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ColumnRule {
    pub table: String,
    pub column: String,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FakeKind>,
    /// Why (the finding that decided it); informational.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StatementRule {
    /// 1-based line of the statement in the plain SQL (for an archive: the SQL it expands to).
    pub line: u64,
    pub action: StatementAction,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The whole policy, in the order it is written out.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    #[serde(default, rename = "column")]
    pub columns: Vec<ColumnRule>,
    #[serde(default, rename = "statement")]
    pub statements: Vec<StatementRule>,
}

/// The policy as the rewriter looks it up.
#[derive(Debug, Default)]
pub struct Plan {
    /// `schema.table` -> column -> (action, kind).
    pub columns: BTreeMap<String, BTreeMap<String, (Action, Option<FakeKind>)>>,
    pub statements: BTreeMap<u64, (StatementAction, String)>,
}

impl Policy {
    /// What a scan's findings call for: person-data columns faked, credential-hash columns
    /// locked, columns holding secrets or connection strings scrubbed, restore-time risks
    /// (medium and up) removed, statements carrying credentials or live hosts scrubbed.
    /// A PII finding in under half of a table's rows is person data inside free text (a `notes`
    /// column): that column is scrubbed, not replaced whole (`catalog` gives the row counts).
    pub fn from_findings(findings: &[Finding], catalog: &crate::sql::catalog::Catalog) -> Policy {
        let rows: std::collections::HashMap<String, u64> =
            catalog.tables.iter().map(|t| (t.qualified(), t.rows)).collect();
        let mut columns: BTreeMap<(String, String), ColumnRule> = BTreeMap::new();
        let mut statements: BTreeMap<u64, StatementRule> = BTreeMap::new();
        for f in findings {
            let registered = crate::rules::registry::get(&f.rule);
            if let Some(col) = &f.column {
                let key = (f.object.name.clone(), col.clone());
                let pii = crate::detect::pii::Kind::ALL
                    .into_iter()
                    .find(|k| *k.rule_id() == f.rule);
                let rule = match (f.category, pii) {
                    // A column the detector judged synthetic already (reserved example
                    // domains) is below its rule's default severity: left alone.
                    (_, Some(_)) if registered.is_some_and(|r| f.severity < r.severity) => continue,
                    // (A column classified by a sample counts sampled values: it is whole.)
                    (_, Some(_))
                        if f.sampled.is_none() && f.count * 2 < rows.get(&f.object.name).copied().unwrap_or(0) =>
                    {
                        ColumnRule {
                            table: f.object.name.clone(),
                            column: col.clone(),
                            action: Action::Scrub,
                            kind: None,
                            reason: format!("{}: {} rows (free text)", f.rule, f.count),
                        }
                    }
                    (_, Some(k)) => ColumnRule {
                        table: f.object.name.clone(),
                        column: col.clone(),
                        action: Action::Fake,
                        kind: Some(FakeKind::for_pii(k, col)),
                        reason: format!("{}: {} rows", f.rule, f.count),
                    },
                    (Category::CredentialHash, None)
                        if crate::detect::pii::context_of(col) == Some(crate::detect::pii::Kind::PasswordHash) =>
                    {
                        ColumnRule {
                            table: f.object.name.clone(),
                            column: col.clone(),
                            action: Action::Fake,
                            kind: Some(FakeKind::PasswordHash),
                            reason: format!("{}: {} values", f.rule, f.count),
                        }
                    }
                    (
                        Category::Secret | Category::CredentialHash | Category::ConnectionString | Category::LiveHost,
                        None,
                    ) => ColumnRule {
                        table: f.object.name.clone(),
                        column: col.clone(),
                        action: Action::Scrub,
                        kind: None,
                        reason: format!("{}: {} values", f.rule, f.count),
                    },
                    _ => continue,
                };
                // A fake decided by a PII finding wins over a scrub; the first fake stays.
                match columns.get(&key) {
                    Some(old) if old.action == Action::Fake => {}
                    _ => {
                        columns.insert(key, rule);
                    }
                }
                continue;
            }
            let action = match f.category {
                Category::RestoreRisk if f.severity >= Severity::Medium => {
                    // A TOC comment that names another object than its statement: the
                    // statement stays (removing a `SET search_path` moves every table), and
                    // the misleading comment goes (rewrite.rs, `gap`).
                    if f.rule == "privileged-role" || f.rule == TOC_MISMATCH {
                        StatementAction::Scrub
                    } else {
                        StatementAction::Remove
                    }
                }
                Category::Secret | Category::CredentialHash | Category::ConnectionString | Category::LiveHost => {
                    StatementAction::Scrub
                }
                _ => continue,
            };
            // A statement-level finding without a line (archive structure) has nothing to act on.
            if f.line == 0 {
                continue;
            }
            let e = statements.entry(f.line).or_insert(StatementRule {
                line: f.line,
                action,
                rule: f.rule.clone(),
                reason: String::new(),
            });
            if action == StatementAction::Remove {
                e.action = action;
                e.rule = f.rule.clone();
            }
        }
        // A table the dump loads but an extension creates (Supabase's `vault.secrets`): once the
        // extension is removed, its COPY would fail on restore, so it goes with its data.
        let removed = |line: &u64| {
            statements
                .get(line)
                .is_some_and(|s| s.action == StatementAction::Remove)
        };
        let mut data_of_removed = Vec::new();
        for t in catalog.tables.iter().filter(|t| !t.declared) {
            let makers = catalog.extensions_making(t);
            let lines: Vec<u64> = makers
                .iter()
                .filter_map(|e| catalog.extension_lines.get(*e).copied())
                .collect();
            let by_copy = t.first_data_line.is_some_and(|l| l > t.line);
            if by_copy && !makers.is_empty() && lines.len() == makers.len() && lines.iter().all(removed) {
                data_of_removed.push(StatementRule {
                    line: t.line,
                    action: StatementAction::Remove,
                    rule: statements[&lines[0]].rule.clone(),
                    reason: format!(
                        "data of {}, which the removed extension {} creates",
                        t.qualified(),
                        makers.join(", ")
                    ),
                });
            }
        }
        for r in data_of_removed {
            statements.entry(r.line).or_insert(r);
        }
        Policy {
            columns: columns.into_values().collect(),
            statements: statements.into_values().collect(),
        }
    }

    /// `self` with `over`'s entries in place of its own for the same column or line.
    pub fn overridden_by(mut self, over: &Policy) -> Policy {
        for c in &over.columns {
            self.columns.retain(|o| !(o.table == c.table && o.column == c.column));
            self.columns.push(c.clone());
        }
        for s in &over.statements {
            self.statements.retain(|o| o.line != s.line);
            self.statements.push(s.clone());
        }
        self.columns
            .sort_by(|a, b| (&a.table, &a.column).cmp(&(&b.table, &b.column)));
        self.statements.sort_by_key(|s| s.line);
        self
    }

    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# pgscreen sanitize policy. Column actions: keep, null, fake (with kind), hash, redact, scrub.\n\
             # Statement actions (by line in the plain SQL): keep, remove, scrub. Apply with --policy.\n\n{body}"
        )
    }

    pub fn from_toml(text: &str) -> Result<Policy, toml::de::Error> {
        toml::from_str(text)
    }

    pub fn plan(&self) -> Plan {
        let mut plan = Plan::default();
        for c in &self.columns {
            let kind = match (c.action, c.kind) {
                (Action::Fake, None) => Some(FakeKind::PersonName),
                (_, k) => k,
            };
            plan.columns
                .entry(c.table.clone())
                .or_default()
                .insert(c.column.clone(), (c.action, kind));
        }
        for s in &self.statements {
            plan.statements.insert(s.line, (s.action, s.rule.clone()));
        }
        plan
    }

    /// Columns whose person data is now synthetic (a `sanitized_columns` list for scan's
    /// config): faked, hashed, redacted, nulled, or scrubbed (person data in free text faked).
    pub fn synthetic_columns(&self) -> Vec<String> {
        self.columns
            .iter()
            .filter(|c| c.action != Action::Keep)
            .map(|c| format!("{}.{}", c.table, c.column))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_round_trips() {
        let p = Policy {
            columns: vec![ColumnRule {
                table: "public.customer".into(),
                column: "email".into(),
                action: Action::Fake,
                kind: Some(FakeKind::Email),
                reason: "pii-email".into(),
            }],
            statements: vec![StatementRule {
                line: 12,
                action: StatementAction::Remove,
                rule: "meta-shell".into(),
                reason: String::new(),
            }],
        };
        let text = p.to_toml();
        assert!(
            text.contains("[[column]]") && text.contains("kind = \"email\""),
            "{text}"
        );
        assert_eq!(Policy::from_toml(&text).unwrap(), p);
        assert!(Policy::from_toml("[[column]]\ntable='t'\ncolumn='c'\naction='shred'\n").is_err());
    }

    #[test]
    fn overrides_replace_by_column_and_line() {
        let base = Policy {
            columns: vec![ColumnRule {
                table: "t".into(),
                column: "c".into(),
                action: Action::Fake,
                kind: Some(FakeKind::Email),
                reason: String::new(),
            }],
            statements: vec![],
        };
        let over = Policy::from_toml("[[column]]\ntable='t'\ncolumn='c'\naction='keep'\n").unwrap();
        let p = base.overridden_by(&over);
        assert_eq!(p.columns.len(), 1);
        assert_eq!(p.columns[0].action, Action::Keep);
        assert!(p.synthetic_columns().is_empty());
    }
}
