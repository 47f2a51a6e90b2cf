//! The whole pass with every detector on arbitrary input: splitter, pg_query, catalog, COPY
//! and INSERT rows, secrets, PII and restore-risk checks, and verify's two passes with every
//! type check. No panic, no hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::detect::{engine::Engine, Detector, Options};
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(|| Engine::new(&[], true).unwrap());
    let opts = Options::default();
    let mut det = Detector::new(engine, &opts);
    if pgscreen::sql::pass::walk(data, &mut det).is_ok() {
        let _ = det.finish();
    }
    // The driver the binary runs, on the same bytes (compressed or archive input included).
    if let Ok(input) = pgscreen::read::input::Input::from_bytes(
        "fuzz",
        data.to_vec(),
        pgscreen::read::input::Limits {
            max_expanded: 16 << 20,
            max_ratio: 200,
        },
    ) {
        let _ = pgscreen::scan::run(&input, engine, &opts, true);
    }
    let _ = pgscreen::verify::run(data, &|_, _| false, Some(15));
});
