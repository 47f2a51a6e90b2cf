//! `pgscreen.toml`: custom rules, host allow/deny lists, columns accepted as sanitized and
//! ignored fingerprints.
//!
//! ```toml
//! sanitized_columns = ["public.customer.email"]
//! ignore = ["3f2a9c1e..."]                 # finding ids
//! ignore_files = ["known-findings.txt"]    # files of finding ids, one per line
//! [hosts]
//! allow = ["*.staging.example.net"]
//! deny = ["*.acme-corp.com", "10.0.0.0/8"]
//! [[rules]]
//! id = "acme-service-token"
//! regex = 'acme_[a-z0-9]{32}'
//! keywords = ["acme_"]
//! severity = "high"
//! category = "secret"
//! ```

use crate::detect::engine::CustomRule;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub rules: Vec<CustomRule>,
    #[serde(default)]
    pub hosts: Hosts,
    #[serde(default)]
    pub sanitized_columns: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub ignore_files: Vec<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hosts {
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub deny: Vec<String>,
}

impl Config {
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut c: Config = toml::from_str(&text).map_err(|e| crate::error::toml_error(path, &text, e))?;
        let base = path.parent().unwrap_or(Path::new("."));
        for f in std::mem::take(&mut c.ignore_files) {
            let p = if f.is_absolute() { f } else { base.join(f) };
            let t = std::fs::read_to_string(&p).map_err(|source| Error::Io {
                path: p.clone(),
                source,
            })?;
            c.ignore.extend(
                t.lines()
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty() && !l.starts_with('#')),
            );
        }
        Ok(c)
    }
}

/// The finding ids of an earlier JSON report (one object, or an array of them).
pub fn baseline_ids(path: &Path) -> Result<std::collections::HashSet<String>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| Error::Syntax {
        path: path.to_path_buf(),
        line: e.line() as u64,
        what: format!("not a pgscreen JSON report: {e}"),
    })?;
    // One input's report, several inputs' `{"reports": [...]}`, or (before 0.2) an array.
    let reports = match v {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(mut o) if o.contains_key("reports") => match o.remove("reports") {
            Some(serde_json::Value::Array(a)) => a,
            _ => Vec::new(),
        },
        other => vec![other],
    };
    let mut ids = std::collections::HashSet::new();
    for r in reports {
        let Some(fs) = r.get("findings").and_then(|f| f.as_array()) else {
            return Err(Error::Syntax {
                path: path.to_path_buf(),
                line: 1,
                what: "not a pgscreen JSON report: no \"findings\"".into(),
            });
        };
        ids.extend(
            fs.iter()
                .filter_map(|f| f.get("id").and_then(|i| i.as_str()).map(str::to_string)),
        );
    }
    Ok(ids)
}

/// Where a configuration was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Flag,
    Env,
    CurrentDir,
}

impl Found {
    pub fn describe(self) -> &'static str {
        match self {
            Found::Flag => "--config",
            Found::Env => "from PGSCREEN_CONFIG",
            Found::CurrentDir => "found in the current directory",
        }
    }
}

/// The configuration to use, as gitleaks finds its own: `--config`, else the file
/// `PGSCREEN_CONFIG` names, else `pgscreen.toml` in the current directory if there is one.
pub fn discover(flag: Option<&Path>) -> Option<(PathBuf, Found)> {
    if let Some(p) = flag {
        return Some((p.to_path_buf(), Found::Flag));
    }
    if let Some(p) = std::env::var_os("PGSCREEN_CONFIG").filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(p), Found::Env));
    }
    let here = PathBuf::from("pgscreen.toml");
    here.is_file().then_some((here, Found::CurrentDir))
}
