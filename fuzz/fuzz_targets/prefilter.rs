//! The SIMD keyword prefilter reports exactly the keyword occurrences the aho-corasick
//! automaton finds, for the built-in rule keywords, on any bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::detect::engine::Engine;
use std::sync::OnceLock;

static ENGINE: OnceLock<(Engine, aho_corasick::AhoCorasick, Vec<String>)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let (engine, ac, _) = ENGINE.get_or_init(|| {
        let e = Engine::new(&[], true).unwrap();
        let kws: Vec<String> = (0..e.keyword_count()).map(|i| String::from_utf8_lossy(e.keywords.keyword(i as u16)).into_owned()).collect();
        let ac = aho_corasick::AhoCorasickBuilder::new().ascii_case_insensitive(true).build(&kws).unwrap();
        (e, ac, kws)
    });
    let mut got = Vec::new();
    engine.keywords.find_all(data, &mut got);
    got.sort_unstable();
    let mut want: Vec<(usize, u16)> = ac.find_overlapping_iter(data).map(|m| (m.start(), m.pattern().as_usize() as u16)).collect();
    want.sort_unstable();
    assert_eq!(got, want);
});
