//! The COPY text decoder: never panics on any field, and decoding what the encoder wrote gives
//! back the original bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::rows;

fuzz_target!(|data: &[u8]| {
    let _ = rows::decode_copy_field(data);
    let n = rows::for_each_copy_field(data, 0, b'\t', 3, |_, f| {
        let _ = f.value();
    });
    assert!(n >= 1 || data.is_empty());
    let mut enc = Vec::new();
    rows::encode_copy_field(data, &mut enc);
    assert_eq!(&*rows::decode_copy_field(&enc), data);
    for (_, _, line) in rows::copy_lines(data, 0) {
        assert!(!line.contains(&b'\n'));
    }
});
