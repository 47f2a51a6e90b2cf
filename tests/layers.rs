//! The crate's folders form a one-way pipeline: util -> read -> sql -> rules/findings ->
//! detect/verify/scan -> contract -> report -> cli. This test reads every `crate::` path in
//! `src/` (comments aside) and fails when a module uses one of a later stage, or when modules
//! (each file of a folder counts on its own: `read::input`, `read::archive`) depend on each
//! other in a cycle. A new top-level module must be placed in `LAYERS` before it can be used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level modules by stage, earliest first. A module may use those of its own stage or an
/// earlier one, and never in a cycle.
const LAYERS: &[&[&str]] = &[
    // Leaves: digests, versions, identifier quoting, terminal escaping; errors.
    &["util", "error"],
    // Bytes in, plain-SQL windows out: input, streams, pages, archives, the SIGBUS guard.
    &["read"],
    // SQL text into items, rows and a typed catalog; the one pass.
    &["sql"],
    // The rule registry, and what a finding is.
    &["rules", "findings"],
    // Detectors, restorability, and the scan driver (the pass, its workers, the hash, the
    // progress bar it moves).
    &["detect", "verify", "scan"],
    // Contracts and attestations; the sanitized copy (scan, rewrite, check).
    &["contract", "sanitize"],
    // What a person or a machine reads.
    &["report"],
    // The command line.
    &["cli"],
    // Development tools (the `dev` feature): they may use anything.
    &["dev"],
];

/// The unit a file belongs to: `scan` for `src/scan.rs` or `src/scan/mod.rs`, `read::input`
/// for `src/read/input.rs`, `read::archive` for everything under `src/read/archive/`.
fn unit_of(rel: &Path) -> Option<String> {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    let top = parts.first()?.clone();
    if matches!(top.as_str(), "lib" | "main" | "bin") {
        return None;
    }
    match parts.get(1) {
        Some(sub) if parts.len() > 1 && sub != "mod" => Some(format!("{top}::{sub}")),
        _ => Some(top),
    }
}

/// The unit a `crate::` path names, given the folders that exist.
fn unit_of_path(path: &[String], folders: &BTreeSet<String>) -> String {
    match path {
        [top, sub, ..] if folders.contains(&format!("{top}/{sub}")) => format!("{top}::{sub}"),
        [top, ..] => top.clone(),
        [] => String::new(),
    }
}

fn top(unit: &str) -> &str {
    unit.split("::").next().unwrap()
}

fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut folders = BTreeSet::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(&src).unwrap().to_string_lossy().to_string();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_some_and(|x| x == "rs") {
                // `read/input.rs` names the unit `read::input` as `read/input` does a folder.
                folders.insert(rel.trim_end_matches(".rs").to_string());
                files.push(p);
            }
        }
    }
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in files {
        let Some(m) = unit_of(p.strip_prefix(&src).unwrap()) else {
            continue;
        };
        let text = std::fs::read_to_string(&p).unwrap();
        let uses = out.entry(m.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(i) = rest.find("crate::") {
                rest = &rest[i + "crate::".len()..];
                let path: Vec<String> = rest
                    .split("::")
                    .map(|s| {
                        s.chars()
                            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                            .collect::<String>()
                    })
                    .take_while(|s| !s.is_empty())
                    .take(2)
                    .collect();
                let u = unit_of_path(&path, &folders);
                if !u.is_empty() && u != m && !m.starts_with(&format!("{u}::")) {
                    uses.insert(u);
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
        let Some(&lm) = layer_of.get(top(&m)) else {
            problems.push(format!("module {m} is not placed in a stage (tests/layers.rs LAYERS)"));
            continue;
        };
        for u in uses {
            match layer_of.get(top(&u)) {
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
