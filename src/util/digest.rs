//! Hex and sha256: the file's digest, manifests, fingerprints and rule-set hashes.

use sha2::{Digest, Sha256};

/// Hex sha256 of `b`.
pub fn sha256_hex(b: &[u8]) -> String {
    let mut h = Sha256::new();
    update(&mut h, b);
    hex(&h.finalize())
}

/// Feeds `b` to `h`, asking for each page's first lines one page before it is hashed.
///
/// Why: with SHA-NI the hash is compute-bound at ~1.9 GB/s on data in cache, but on a
/// mapped file's pages in memory it ran at 1.2 GB/s (Intel Xeon, 2026-12-03): the hardware
/// prefetcher does not cross into the next 4 KiB page, and the hash's one chain of rounds
/// waits for every line it misses. Touching the next page's first lines while this one is
/// hashed sets the prefetcher going on it: 1.9 GB/s (every line of it: 1.8, the prefetches
/// themselves cost), about a third of a second of CPU less per GiB.
pub fn update(h: &mut Sha256, b: &[u8]) {
    let mut pages = b.chunks(PAGE).peekable();
    while let Some(page) = pages.next() {
        if let Some(next) = pages.peek() {
            crate::util::cpu::prefetch(&next[..next.len().min(LEAD_IN)]);
        }
        h.update(page);
    }
}

/// The bytes hashed between prefetches: a page.
const PAGE: usize = 4096;

/// How much of the next page is asked for: enough lines for the hardware prefetcher to
/// follow on its own. (Every line of it cost more: the hash consumes slowly enough for the
/// prefetcher to keep up, unlike the SIMD searches of [`crate::util::cpu::AHEAD`].)
const LEAD_IN: usize = 256;

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

/// The bytes of hex text (either case); None if it is not hex of whole bytes.
pub fn unhex(h: &[u8]) -> Option<Vec<u8>> {
    let d = |c: u8| (c as char).to_digit(16).map(|v| v as u8);
    if !h.len().is_multiple_of(2) {
        return None;
    }
    h.chunks_exact(2).map(|p| Some(d(p[0])? << 4 | d(p[1])?)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        let b: Vec<u8> = (0..=255).collect();
        assert_eq!(unhex(hex(&b).as_bytes()), Some(b));
        assert_eq!(unhex(b"0A"), Some(vec![10]));
        assert_eq!(unhex(b"0"), None);
        assert_eq!(unhex(b"0g"), None);
    }

    #[test]
    fn prefetched_feed_hashes_the_same_bytes() {
        // Lengths around the page the feed steps by.
        for n in [0, 1, 63, 64, 4095, 4096, 4097, 3 * 4096 + 17] {
            let b: Vec<u8> = (0..n).map(|i| (i * 31 % 251) as u8).collect();
            let mut h = Sha256::new();
            update(&mut h, &b);
            assert_eq!(hex(&h.finalize()), hex(&Sha256::digest(&b)), "{n} bytes");
        }
    }

    #[test]
    fn sha256_of_abc() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(hex(&[0, 0xab, 0xff]), "00abff");
    }
}
