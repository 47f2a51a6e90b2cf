//! Hex and sha256: the file's digest, manifests, fingerprints and rule-set hashes.

use sha2::{Digest, Sha256};

/// Hex sha256 of `b`.
pub fn sha256_hex(b: &[u8]) -> String {
    let mut h = Sha256::new();
    // Feed in large slices: sha2 uses the SHA-NI instructions where the CPU has them.
    for chunk in b.chunks(1 << 20) {
        h.update(chunk);
    }
    hex(&h.finalize())
}

/// Lower-case hex of `b`.
pub fn hex(b: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for &x in b {
        s.push(D[(x >> 4) as usize] as char);
        s.push(D[(x & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_abc() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(hex(&[0, 0xab, 0xff]), "00abff");
    }
}
