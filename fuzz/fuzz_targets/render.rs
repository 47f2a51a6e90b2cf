//! Everything a person reads, on arbitrary bytes: the dump walked and scanned as `inspect` and
//! `scan` would, its inventory and findings rendered as text with and without colour, and a
//! finding whose every field is taken from the input. No control byte from the input may
//! survive: the only escape sequences in the output are our own colour codes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::detect::{engine::Engine, Detector, Options};
use pgscreen::findings::{Finding, Object};
use pgscreen::report::inventory::{InputInfo, Inventory};
use pgscreen::report::{term, ScanReport};
use pgscreen::rules::{Category, Severity};
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fn info(path: &str) -> InputInfo {
    InputInfo {
        path: path.into(),
        bytes: 0,
        sha256: String::new(),
        format: "plain",
        compression: None,
        archive_version: None,
        pg_dump_version: None,
        server_version: None,
    }
}

fn safe(text: &str) {
    for color in [false, true] {
        let out = term::render(text, color);
        assert!(term::is_safe_output(&out), "unsafe output: {out:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(|| Engine::new(&[], true).unwrap());
    let opts = Options::default();
    let mut det = Detector::new(engine, &opts);
    let mut findings = Vec::new();
    if let Ok(walk) = pgscreen::sql::pass::walk(data, &mut det) {
        findings = det.finish();
        safe(&Inventory::new(walk, info("dump.sql")).to_text());
    }
    // Every field of a finding from the input, split at NUL bytes.
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0').map(str::to_string);
    let mut next = || parts.next().unwrap_or_default();
    findings.push(Finding {
        id: next(),
        rule: next(),
        category: Category::Secret,
        severity: Severity::Critical,
        message: next(),
        line: 1,
        byte_offset: 0,
        object: Object { kind: next(), name: next() },
        column: Some(next()),
        row: Some(1),
        count: 2,
        sampled: Some(1),
        redacted: next(),
        value: Some(next()),
        database: Some(next()),
        toc_entry: None,
    });
    safe(&ScanReport::new(info(&next()), findings, Some(Severity::High), 0).to_text());
});
