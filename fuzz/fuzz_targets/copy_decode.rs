//! The COPY text decoder: never panics on any field, decoding what the encoder wrote gives
//! back the original bytes, and the SIMD block walker yields exactly the fields of
//! line-by-line splitting.
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
    let mut want = Vec::new();
    for (li, off, line) in rows::copy_lines(data, 0) {
        assert!(!line.contains(&b'\n'));
        rows::for_each_copy_field(line, off, b'\t', 1, |fi, f| want.push((li, fi, f.offset, f.raw)));
    }
    let mut got = Vec::new();
    rows::for_each_copy_block_field(data, 0, b'\t', |li, fi, f| got.push((li, fi, f.offset, f.raw)));
    assert_eq!(got, want);
});
