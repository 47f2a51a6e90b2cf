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
