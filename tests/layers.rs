//! The crate's modules form a one-way pipeline: read -> sql -> rules -> detect/verify ->
//! contract -> reports -> cli. This test reads every `crate::` path in `src/` (comments aside)
//! and fails when a module uses one of a later stage, or when modules depend on each other in a
//! cycle. A new module must be placed in `LAYERS` before it can be used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level modules by stage, earliest first. A module may use those of its own stage or an
/// earlier one, and never in a cycle.
const LAYERS: &[&[&str]] = &[
    // Leaves: digests, versions, terminal escaping, errors, quoting and lexing of SQL text.
    &["util", "error", "lex"],
    // Reading bytes: the SIGBUS guard, windows of a stream, pages given back, archives, input.
    &["guard", "stream", "pages", "archive", "input"],
    // SQL text into items, rows and a typed catalog; the one pass.
    &["split", "rows", "inserts", "types", "catalog", "dump"],
    // The rule set (ids, severities, patterns).
    &["rules"],
    // Detectors and restorability; the scan driver (the pass, its workers, the hash, the
    // progress bar it moves).
    &["detect", "verify", "progress", "scan"],
    // Configuration (custom rules, baselines), contracts and attestations.
    &["config", "contract", "attest"],
    // What a person or a machine reads.
    &["inventory", "report"],
    // The command line, and the corpus generator (a dev tool).
    &["cli", "gen"],
];

fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?.to_string();
    let m = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    (!matches!(m.as_str(), "lib" | "main" | "bin")).then_some(m)
}

fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let Some(m) = module_of(p.strip_prefix(&src).unwrap()) else {
                continue;
            };
            let text = std::fs::read_to_string(&p).unwrap();
            let uses = out.entry(m.clone()).or_default();
            for line in text.lines() {
                let code = line.split("//").next().unwrap_or("");
                let mut rest = code;
                while let Some(i) = rest.find("crate::") {
                    rest = &rest[i + "crate::".len()..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != m {
                        uses.insert(name);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn no_module_uses_a_later_stage() {
    let layer_of: BTreeMap<&str, usize> = LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.iter().map(move |m| (*m, i)))
        .collect();
    let mut problems = Vec::new();
    for (m, uses) in edges() {
        let Some(&lm) = layer_of.get(m.as_str()) else {
            problems.push(format!("module {m} is not placed in a stage (tests/layers.rs LAYERS)"));
            continue;
        };
        for u in uses {
            match layer_of.get(u.as_str()) {
                Some(&lu) if lu > lm => problems.push(format!("{m} (stage {lm}) uses {u} (later stage {lu})")),
                None => problems.push(format!("{m} uses {u}, which is not placed in a stage")),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn modules_form_no_cycle() {
    let g = edges();
    // Depth-first search for a back edge; reports one cycle's path.
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for w in g.get(n).into_iter().flatten() {
            match state.get(w.as_str()) {
                Some(1) => {
                    let at = path.iter().position(|p| p == w).unwrap();
                    let mut cycle = path[at..].to_vec();
                    cycle.push(w.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(w, g, state, path) {
                        return Some(c);
                    }
                }
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if !state.contains_key(n) {
            if let Some(c) = visit(n, &g, &mut state, &mut Vec::new()) {
                panic!("dependency cycle: {}", c.join(" -> "));
            }
        }
    }
}
