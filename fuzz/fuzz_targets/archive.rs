//! The archive reader (custom and tar formats, compressed plain) on arbitrary bytes: an error or
//! an expansion, never a panic, a hang or more memory than its budget; TOC references stay in
//! order inside the expanded text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::read::archive::{data::Budget, restore};

fuzz_target!(|data: &[u8]| {
    for f in [restore::custom, restore::tar, restore::compressed] {
        let mut budget = Budget::new(16 << 20);
        if let Ok(x) = f(data, &mut budget) {
            assert!(x.text.len() as u64 <= 16 << 20);
            let lines = x.text.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            let mut last = 0;
            for t in &x.about.toc {
                assert!(t.line >= last && t.line <= lines);
                last = t.line;
            }
        }
    }
});
