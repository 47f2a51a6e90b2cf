//! The pass fed in windows (as streamed archives and compressed dumps are) against the pass
//! over the whole input: the same header, tables, row counts, diagnostics and errors, for a
//! window size taken from the first byte, and COPY data handed on in pieces of a size
//! taken from the second (0: whole blocks).
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::sql::pass::{self, NoVisitor, Pass, Walk};
use pgscreen::sql::split::SplitError;

fn summary(w: &Walk) -> String {
    let tables: Vec<_> = w
        .catalog
        .tables
        .iter()
        .map(|t| (t.qualified(), t.rows, t.data_bytes, t.first_data_line))
        .collect();
    format!("{:?} {tables:?} {:?}", w.header, w.diagnostics)
}

fuzz_target!(|data: &[u8]| {
    let Some((&w, data)) = data.split_first() else { return };
    let Some((&p, data)) = data.split_first() else { return };
    let window = 1 + w as usize;
    let piece = if p == 0 { usize::MAX } else { p as usize };
    let whole = pass::walk(data, &mut NoVisitor).map(|w| summary(&w));
    let mut pass = Pass::new(true).copy_pieces(piece);
    let cut = pgscreen::read::stream::for_each_window(
        &mut &data[..],
        window,
        |text, last| pass.feed(text, last, &mut NoVisitor),
        |e| SplitError { line: 0, offset: 0, in_copy_data: false, what: e.to_string() },
    )
    .map(|_| summary(&pass.finish()));
    assert_eq!(whole, cut, "window {window}, COPY pieces of {piece}");
});
