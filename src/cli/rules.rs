//! `pgscreen rules`: the registry of every rule, and the rule set's sha256.

use super::{json_text, Out, TextOrJson};
use crate::error::Error;
use crate::rules::RULES;

pub(super) fn run(format: TextOrJson, o: &Out) -> Result<i32, Error> {
    let text = match format {
        TextOrJson::Json => json_text(&serde_json::json!({
            "rules_sha256": crate::rules::rules_sha256(),
            "rules": crate::rules::all().collect::<Vec<_>>(),
            "patterns": RULES,
        })),
        TextOrJson::Text => {
            let mut s = String::new();
            for r in crate::rules::all() {
                s.push_str(&format!(
                    "{:<34} {:<18} {:<9} {}\n",
                    r.id,
                    r.category.name(),
                    r.severity.name(),
                    r.description
                ));
            }
            s.push_str(&format!(
                "{} rules ({} pattern rules); rule set sha256 {}\n",
                crate::rules::all().count(),
                RULES.len(),
                crate::rules::rules_sha256()
            ));
            s
        }
    };
    o.write(text.as_bytes())?;
    Ok(0)
}
