//! The COPY text decoder: never panics on any field, decoding what the encoder wrote gives
//! back the original bytes, and the SIMD block walker yields exactly the fields of
//! line-by-line splitting, each decoding to the same value (a field it marks as needing no
//! decoding holds no backslash); a picked walk yields the selected ones of those.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgscreen::sql::rows;

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
        rows::for_each_copy_field(line, off, b'\t', 1, |fi, f| want.push((li, fi, f.offset, f.raw, f.value())));
    }
    let mut got = Vec::new();
    rows::for_each_copy_block_field(data, 0, b'\t', |li, fi, f| {
        assert!(f.escaping == rows::Escaping::CopyText || !f.raw.contains(&b'\\'));
        got.push((li, fi, f.offset, f.raw, f.value()))
    });
    assert_eq!(got, want);
    // Columns and marks from the input's own first bytes.
    let cols = data.iter().take(8).fold(0u64, |m, &b| m << 8 | b as u64);
    let marks: Vec<usize> = data.iter().skip(8).take(6).map(|&b| b as usize * data.len() / 256).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let picked: Vec<_> = want
        .iter()
        .filter(|w| (w.1 < 64 && cols >> w.1 & 1 != 0) || w.1 >= 64 || marks.iter().any(|&m| w.2 <= m && m < w.2 + w.3.len()))
        .map(|w| (w.0, w.1, w.2))
        .collect();
    let mut got = Vec::new();
    let pick = rows::Pick { cols, marks: &marks };
    rows::for_each_picked_field(data, 0, b'\t', pick, |li, fi, f| got.push((li, fi, f.offset)));
    assert_eq!(got, picked);
});
