//! The finding model: what a detector reports, how identical occurrences fold into one finding
//! with a count, the stable fingerprint, and redaction.

use crate::rules::{Category, Severity};
use serde::Serialize;
use std::collections::HashMap;

/// What a finding is in: a kind of object and its name.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Object {
    /// `table-data`, `function`, `role`, `statement`, `meta-command`, ...
    pub kind: String,
    /// Schema-qualified for a relation (`public.customer`); else what best names it.
    pub name: String,
}

/// One finding, as the JSON report carries it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Stable fingerprint, 32 lowercase hex digits with no line numbers in it: what
    /// `--baseline` and the config's `ignore` match.
    pub id: String,
    /// Id of the rule that found it (`aws-access-key-id`).
    pub rule: String,
    /// Kind of problem (`secret`, `pii`, `integrity`, ...).
    pub category: Category,
    /// How bad it is, `critical` to `info`; `--fail-on` compares against it.
    pub severity: Severity,
    /// One sentence for people.
    pub message: String,
    /// 1-based line of the first occurrence in the plain SQL text.
    pub line: u64,
    /// Byte offset (from 0) of the first occurrence in the same text.
    pub byte_offset: u64,
    /// What it was found in.
    pub object: Object,
    /// The column, for a finding in table data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// 1-based row of the first occurrence within its table's data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// Occurrences folded into this finding (for PII: rows matched).
    pub count: u64,
    /// For a column classified by a sample of its values: how many were looked at (`count`
    /// is then of those, not of the table's rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampled: Option<u64>,
    /// What may be shown of the value (a secret with its middle starred); may be empty.
    pub redacted: String,
    /// The value itself (lossy UTF-8), kept only with `--show-secrets`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The database it is in, for a pg_dumpall cluster (as `\connect` names it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// In an archive: the TOC entry the finding sits in (`line` and `byte_offset` then count in
    /// the plain SQL the archive expands to).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toc_entry: Option<crate::read::archive::TocRef>,
}

/// Where something was found: the object, column and row, the line and byte offset in the SQL
/// text, and the database of a pg_dumpall cluster.
#[derive(Debug, Clone)]
pub struct Place {
    /// What it was found in.
    pub object: Object,
    /// The column, for table data.
    pub column: Option<String>,
    /// 1-based row within the table's data.
    pub row: Option<u64>,
    /// 1-based line in the plain SQL text.
    pub line: u64,
    /// Byte offset (from 0) in the plain SQL text.
    pub offset: u64,
    /// The database of a pg_dumpall cluster, once `\connect` has named one.
    pub database: Option<String>,
}

impl Place {
    /// An object at a line and byte offset, no column, row or database.
    pub fn new(object: Object, line: u64, offset: u64) -> Place {
        Place {
            object,
            column: None,
            row: None,
            line,
            offset,
            database: None,
        }
    }
}

/// One occurrence, before folding.
#[derive(Debug, Clone)]
pub struct Raw {
    /// Id of the rule that found it.
    pub rule: String,
    /// Kind of problem; credential hashes in a column fold per column.
    pub category: Category,
    /// How bad it is.
    pub severity: Severity,
    /// One sentence for people; for an occurrence with no value, it and the line are
    /// what it folds by.
    pub message: String,
    /// 1-based line in the plain SQL text.
    pub line: u64,
    /// Byte offset (from 0) in the plain SQL text: the finding's `byte_offset`.
    pub offset: u64,
    /// What it was found in.
    pub object: Object,
    /// The column, for table data.
    pub column: Option<String>,
    /// 1-based row within the table's data.
    pub row: Option<u64>,
    /// The matched value as read: what identical occurrences fold by and the id hashes;
    /// empty for an occurrence with no value of its own (its id is then positional).
    pub value: Vec<u8>,
    /// What the report may show of the value.
    pub redacted: String,
    /// The database of a pg_dumpall cluster, if any.
    pub database: Option<String>,
}

impl Raw {
    /// An occurrence of `rule` at `at`: its message, the value found and how it is shown.
    pub fn at(
        at: Place,
        rule: &str,
        (category, severity): (Category, Severity),
        message: String,
        value: Vec<u8>,
        redacted: String,
    ) -> Raw {
        Raw {
            rule: rule.into(),
            category,
            severity,
            message,
            line: at.line,
            offset: at.offset,
            object: at.object,
            column: at.column,
            row: at.row,
            value,
            redacted,
            database: at.database,
        }
    }
}

/// A 128-bit hash of (rule, object, column, value, database): identical findings share it.
pub type FoldKey = u128;

/// Hashes the parts of a fold key without copying them.
pub fn fold_key(rule: &str, kind: &str, name: &str, column: Option<&str>, value: &[u8], db: Option<&str>) -> FoldKey {
    use std::hash::{Hash, Hasher};
    let mut out = 0u128;
    for seed in [0u8, 1] {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        seed.hash(&mut h);
        (rule, kind, name, column, value, db).hash(&mut h);
        out = (out << 64) | h.finish() as u128;
    }
    out
}

/// Whether a rule's findings fold per column: salted hashes all differ, and a column named for
/// secrets is one thing to act on however many tokens it holds.
pub fn folds_by_column(rule: &str, category: Category, column: Option<&str>) -> bool {
    column.is_some() && (category == Category::CredentialHash || rule == "secret-in-named-column")
}

/// Distinct values kept per rule + object + column; more fold into the first one's count, so
/// memory stays bounded whatever the dump holds.
const MAX_DISTINCT: usize = 1000;

/// Findings folded as they arrive: identical values of one rule in one object/column become one
/// finding with a count; credential hashes fold per column (each is salted, so all differ).
#[derive(Default)]
pub struct Folder {
    // Keys are already hashes: the fast hasher is enough.
    map: HashMap<FoldKey, (u64, Finding), rustc_hash::FxBuildHasher>,
    distinct: HashMap<FoldKey, usize, rustc_hash::FxBuildHasher>,
    seq: u64,
}

impl Folder {
    /// Counts one more occurrence of an already-folded finding; false if there is none yet.
    pub fn bump(&mut self, key: FoldKey, line: u64, offset: u64, row: Option<u64>) -> bool {
        match self.map.get_mut(&key) {
            Some((_, f)) => {
                f.count += 1;
                if line < f.line {
                    f.line = line;
                    f.byte_offset = offset;
                    f.row = row;
                }
                true
            }
            None => false,
        }
    }

    /// Folds in one occurrence: counted into an identical finding, else kept as a new one
    /// (past the cap on distinct values per rule, object and column, into one overflow finding).
    pub fn add(&mut self, r: Raw) {
        let by_column = folds_by_column(&r.rule, r.category, r.column.as_deref());
        let mut value = if by_column {
            Vec::new()
        } else if r.value.is_empty() {
            format!("{}:{}", r.line, r.message).into_bytes()
        } else {
            r.value.clone()
        };
        let (col, db) = (r.column.as_deref(), r.database.as_deref());
        let mut key = fold_key(&r.rule, &r.object.kind, &r.object.name, col, &value, db);
        if self.bump(key, r.line, r.offset, r.row) {
            return;
        }
        let group = fold_key(&r.rule, &r.object.kind, &r.object.name, col, b"\x00group", db);
        let n = self.distinct.entry(group).or_insert(0);
        if *n >= MAX_DISTINCT {
            value = b"\x00overflow".to_vec();
            key = fold_key(&r.rule, &r.object.kind, &r.object.name, col, &value, db);
            if self.bump(key, r.line, r.offset, r.row) {
                return;
            }
        } else {
            *n += 1;
        }
        self.seq += 1;
        // A finding with no value of its own (a statement, a meta-command) is told apart from
        // its like by where it is: its id is assigned once all are known, from its text and
        // its place among identical ones, never from a line number (`assign_positional_ids`).
        let id = if r.value.is_empty() && !by_column {
            String::new()
        } else {
            fingerprint(&r.rule, &r.object, r.column.as_deref(), &value, r.database.as_deref())
        };
        let f = Finding {
            id,
            rule: r.rule,
            category: r.category,
            severity: r.severity,
            message: r.message,
            line: r.line,
            byte_offset: r.offset,
            object: r.object,
            column: r.column,
            row: r.row,
            count: 1,
            sampled: None,
            value: (!r.value.is_empty()).then(|| String::from_utf8_lossy(&r.value).into_owned()),
            redacted: r.redacted,
            database: r.database,
            toc_entry: None,
        };
        self.map.insert(key, (self.seq, f));
    }

    /// Takes in what another folder (a parallel chunk's) folded: counts add up, and the
    /// earliest occurrence speaks for each finding.
    pub fn merge(&mut self, other: Folder) {
        for (k, (_, f)) in other.map {
            match self.map.get_mut(&k) {
                Some((_, g)) => {
                    // The earliest occurrence speaks for the finding, whatever order the
                    // parallel chunks finish in.
                    let count = g.count + f.count;
                    if (f.line, f.byte_offset) < (g.line, g.byte_offset) {
                        *g = f;
                    }
                    g.count = count;
                }
                None => {
                    self.seq += 1;
                    self.map.insert(k, (self.seq, f));
                }
            }
        }
    }

    /// The folded findings; values are kept only with `show` (--show-secrets).
    pub fn into_findings(self, show: bool) -> Vec<Finding> {
        let mut out: Vec<Finding> = self.map.into_values().map(|(_, f)| f).collect();
        assign_positional_ids(&mut out);
        for f in &mut out {
            if !show {
                f.value = None;
            }
            if f.count > 1 && f.category == Category::CredentialHash && f.column.is_some() {
                f.message = format!("{} ({} values in this column)", f.message, f.count);
            }
        }
        out
    }
}

/// Stable id of a finding: rule, object, column, database and a hash of the value; no line
/// numbers, so it survives edits elsewhere in the dump.
pub fn fingerprint(rule: &str, object: &Object, column: Option<&str>, value: &[u8], db: Option<&str>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [
        rule.as_bytes(),
        object.kind.as_bytes(),
        object.name.as_bytes(),
        column.unwrap_or("").as_bytes(),
        db.unwrap_or("").as_bytes(),
    ] {
        h.update(part);
        h.update([0]);
    }
    h.update(Sha256::digest(value));
    crate::util::digest::hex(&h.finalize()[..16])
}

/// Gives every finding without an id one that survives edits elsewhere in the dump: a hash of
/// its rule, object, column, database and message with line, row and offset numbers taken
/// out, and its ordinal among findings identical in all of these (in dump order). Adding a
/// line above, or moving a statement, changes no id; adding a second identical statement
/// before the first gives the old one the next ordinal.
pub fn assign_positional_ids(fs: &mut [Finding]) {
    use sha2::{Digest, Sha256};
    let mut idx: Vec<usize> = (0..fs.len()).filter(|&i| fs[i].id.is_empty()).collect();
    idx.sort_by_key(|&i| (fs[i].line, fs[i].byte_offset));
    let mut seen: HashMap<[u8; 32], u64> = HashMap::new();
    for i in idx {
        let f = &fs[i];
        let object = Object {
            kind: f.object.kind.clone(),
            name: without_positions(&f.object.name),
        };
        let msg = without_positions(&f.message);
        let mut h = Sha256::new();
        for part in [
            f.rule.as_str(),
            object.kind.as_str(),
            object.name.as_str(),
            f.column.as_deref().unwrap_or(""),
            f.database.as_deref().unwrap_or(""),
            msg.as_str(),
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let n = seen.entry(h.finalize().into()).or_insert(0);
        *n += 1;
        let key = format!("{msg}\0#{n}");
        fs[i].id = fingerprint(
            &f.rule,
            &object,
            f.column.as_deref(),
            key.as_bytes(),
            f.database.as_deref(),
        );
    }
}

/// `text` with the numbers that say where something is (`line 12`, `row 3`, `rows 2 and 9`,
/// `offset 4096`) replaced by `#`.
pub fn without_positions(text: &str) -> String {
    use std::sync::LazyLock;
    static POS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\b(lines?|rows?|offset|and) [0-9]+").expect("position pattern"));
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return text.to_string();
    }
    let text = POS.replace_all(text, "$1 #");
    // verify's "(N such problems in all)": one more bad row elsewhere must not move the ids.
    match text.find(" such problems in all)") {
        Some(end) => {
            let start = text[..end].rfind('(').map_or(end, |i| i + 1);
            format!("{}#{}", &text[..start], &text[end..])
        }
        None => text.into_owned(),
    }
}

/// Redacts a secret: keeps a short prefix and suffix, stars the middle.
pub fn redact(v: &[u8]) -> String {
    let s: Vec<char> = String::from_utf8_lossy(v).chars().filter(|c| !c.is_control()).collect();
    let n = s.len();
    if n < 8 {
        return "****".into();
    }
    let (head, tail) = match n {
        0..=7 => (0, 0),
        8..=15 => (2, 2),
        _ => (4, 4),
    };
    let stars = (n - head - tail).min(12);
    let mut out: String = s[..head].iter().collect();
    out.push_str(&"*".repeat(stars.max(4)));
    out.extend(&s[n - tail..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(rule: &str, cat: Category, col: Option<&str>, value: &str, line: u64) -> Raw {
        Raw {
            rule: rule.into(),
            category: cat,
            severity: Severity::High,
            message: "m".into(),
            line,
            offset: line * 10,
            object: Object {
                kind: "table-data".into(),
                name: "public.t".into(),
            },
            column: col.map(Into::into),
            row: Some(line),
            value: value.as_bytes().to_vec(),
            redacted: redact(value.as_bytes()),
            database: None,
        }
    }

    #[test]
    fn folds_identical_values_and_hash_columns() {
        let mut a = Folder::default();
        a.add(raw("github-pat", Category::Secret, Some("c"), "ghp_x", 9));
        a.add(raw("github-pat", Category::Secret, Some("c"), "ghp_x", 3));
        a.add(raw("github-pat", Category::Secret, Some("c"), "ghp_y", 5));
        let mut b = Folder::default();
        b.add(raw("bcrypt-hash", Category::CredentialHash, Some("h"), "$2b$1", 7));
        b.add(raw("bcrypt-hash", Category::CredentialHash, Some("h"), "$2b$2", 2));
        a.merge(b);
        let mut f = a.into_findings(false);
        f.sort_by_key(|f| f.line);
        assert_eq!(f.len(), 3);
        assert_eq!((f[0].rule.as_str(), f[0].count, f[0].line), ("bcrypt-hash", 2, 2));
        assert_eq!((f[1].count, f[1].row), (2, Some(3)));
        assert!(f.iter().all(|f| f.value.is_none()));
    }

    #[test]
    fn distinct_values_are_bounded() {
        let mut a = Folder::default();
        for i in 0..(MAX_DISTINCT + 500) {
            a.add(raw("jwt", Category::Secret, Some("c"), &format!("v{i}"), i as u64 + 1));
        }
        let f = a.into_findings(false);
        assert_eq!(f.len(), MAX_DISTINCT + 1);
        assert_eq!(f.iter().map(|f| f.count).sum::<u64>(), (MAX_DISTINCT + 500) as u64);
    }

    #[test]
    fn redaction() {
        assert_eq!(redact(b"AKIAUJZDEGXDNCF32EPF"), "AKIA************2EPF");
        assert_eq!(redact(b"short"), "****");
        assert!(!redact(b"Tq8#vLw2pXz9").contains("vLw2"));
    }
}
