//! What SIMD this CPU runs, found out once for the whole process. Every kernel (the keyword
//! prefilter, the COPY field splitter, the COPY-end search, the person-data shape tests) asks
//! here, so the test is written once and costs one relaxed load per call, not a feature probe.
//!
//! The kernels themselves are safe `#[target_feature]` functions whose only `unsafe` is where
//! they read through a pointer; calling one is `unsafe` only because it needs the level this
//! module reported.

use std::sync::atomic::{AtomicU8, Ordering::Relaxed};

/// The SIMD levels the kernels are written for, slowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Plain Rust (and whatever the compiler vectorises on its own).
    Portable,
    /// AVX2 with POPCNT (32 bytes a step; a bit count per step).
    Avx2,
    /// AVX2 as above, and AVX-512 F, BW and VBMI (64 bytes a step, byte permutes).
    Avx512,
}

/// How far ahead a SIMD search asks for the bytes it will read. The hardware prefetcher
/// follows a sequential read within a 4 KiB page but does not start on the next one, so a
/// search over a mapped dump's pages in memory waited at each page's first lines: `perf
/// annotate` put 37% of the keyword search on its first load (Intel Xeon, 2026-12-03). With
/// one prefetch a step this far ahead, the search over such pages runs as fast as over bytes
/// in cache (0.37 s a GiB, against 0.51 s without and 0.50 s with a prefetch of the next
/// page's first lines once a page); 4 KiB ahead measured the same, 1 KiB a little slower.
pub const AHEAD: usize = 8192;

/// Asks for the line [`AHEAD`] bytes after `p`, the start of a search's step. The address
/// may be past the end of what the caller reads, hence the raw pointer and `wrapping_add`:
/// a prefetch of any address is allowed and never faults.
#[inline(always)]
pub fn prefetch_ahead(p: *const u8) {
    prefetch_ahead_by::<AHEAD>(p);
}

/// Asks for the line `D` bytes after `p` (which may be past the end of what the caller reads).
#[inline(always)]
pub fn prefetch_ahead_by<const D: usize>(p: *const u8) {
    prefetch_at(p.wrapping_add(D));
}

/// Asks the CPU to bring the lines of `b` into its caches.
#[inline(always)]
pub fn prefetch(b: &[u8]) {
    for line in (0..b.len()).step_by(64) {
        prefetch_at(b.as_ptr().wrapping_add(line));
    }
}

/// Asks the CPU for the line at `p`; a hint, never a fault.
#[inline(always)]
fn prefetch_at(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: PREFETCHT0 reads nothing architecturally and does not fault on any address.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// 0 until [`level`] has looked; then the level's index plus one.
static LEVEL: AtomicU8 = AtomicU8::new(0);

/// The fastest level this CPU runs.
pub fn level() -> Level {
    match LEVEL.load(Relaxed) {
        1 => Level::Portable,
        2 => Level::Avx2,
        3 => Level::Avx512,
        _ => {
            let l = detect();
            LEVEL.store(l as u8 + 1, Relaxed);
            l
        }
    }
}

/// Whether the AVX2 kernels may run (AVX2 and POPCNT are there).
#[inline]
pub fn avx2() -> bool {
    level() >= Level::Avx2
}

fn detect() -> Level {
    #[cfg(target_arch = "x86_64")]
    {
        use std::is_x86_feature_detected as has;
        if has!("avx2") && has!("popcnt") {
            if has!("avx512f") && has!("avx512bw") && has!("avx512vbmi") {
                return Level::Avx512;
            }
            return Level::Avx2;
        }
    }
    Level::Portable
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_is_found_once_and_agrees_with_the_cpu() {
        let l = level();
        assert_eq!(level(), l, "cached");
        assert_eq!(avx2(), l >= Level::Avx2);
        #[cfg(target_arch = "x86_64")]
        assert_eq!(
            avx2(),
            std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("popcnt")
        );
    }
}
