//! The splitter and the INSERT row reader on arbitrary bytes: no panic, no hang, and items
//! that stay inside the input, in order.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::sql::split::{Kind, Splitter};

fuzz_target!(|data: &[u8]| {
    let mut last_end = 0usize;
    let mut last_line = 1u64;
    for item in Splitter::new(data).take(100_000) {
        let Ok(item) = item else { break };
        assert!(item.span.start <= item.span.end && item.span.end <= data.len());
        assert!(item.line >= 1);
        if item.kind != Kind::Meta {
            assert!(item.span.start >= last_end || item.kind == Kind::Sql);
            last_end = item.span.end;
        }
        assert!(item.line >= last_line || item.kind == Kind::Sql);
        last_line = last_line.max(item.line);
        if item.kind == Kind::Sql {
            let stmt = &data[item.span.clone()];
            let _ = pgscreen::sql::inserts::parse_insert(stmt, item.span.start, item.line, &mut |_, _, text, fields| {
                let z = fields.last().expect("a row has a field");
                assert_eq!(text.len(), z.offset + z.raw.len() - fields[0].offset);
                for f in fields {
                    let _ = f.value();
                }
            });
        }
    }
});
