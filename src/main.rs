//! The `pgscreen` binary: all logic is in the library (`pgscreen::cli`).

/// Counts heap bytes so `PGSCREEN_STATS=1` can report the peak: the number that must stay flat
/// however large the dump is (the mapped file itself is not heap). Only with the `alloc-stats`
/// feature (benchmarks and tests build it); the installed binary uses the system allocator as is.
#[cfg(feature = "alloc-stats")]
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};

    // Without `PGSCREEN_STATS` an allocation costs one relaxed load more than the system
    // allocator, not two atomic updates.
    pub struct Counting;

    pub static COUNTING: AtomicBool = AtomicBool::new(false);
    // Signed: what was allocated before counting began may be freed while it counts.
    static CURRENT: AtomicIsize = AtomicIsize::new(0);
    static PEAK: AtomicIsize = AtomicIsize::new(0);

    fn grew(by: usize) {
        let now = CURRENT.fetch_add(by as isize, Relaxed) + by as isize;
        PEAK.fetch_max(now, Relaxed);
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc(layout) };
            if !p.is_null() && COUNTING.load(Relaxed) {
                grew(layout.size());
            }
            p
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) };
            if COUNTING.load(Relaxed) {
                CURRENT.fetch_sub(layout.size() as isize, Relaxed);
            }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let p = unsafe { System.realloc(ptr, layout, new_size) };
            if !p.is_null() && COUNTING.load(Relaxed) {
                if new_size > layout.size() {
                    grew(new_size - layout.size());
                } else {
                    CURRENT.fetch_sub((layout.size() - new_size) as isize, Relaxed);
                }
            }
            p
        }
    }

    #[global_allocator]
    static ALLOC: Counting = Counting;

    pub fn start() {
        COUNTING.store(true, Relaxed);
    }

    pub fn peak() -> isize {
        PEAK.load(Relaxed)
    }
}

fn main() {
    let stats = std::env::var_os("PGSCREEN_STATS").is_some();
    #[cfg(feature = "alloc-stats")]
    if stats {
        counting::start();
    }
    let code = pgscreen::cli::run();
    if stats {
        #[cfg(feature = "alloc-stats")]
        eprintln!("pgscreen: stats: peak heap {} bytes", counting::peak());
        // Resident memory at its peak, mapped file pages included (Linux).
        let hwm = std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        });
        if let Some(kib) = hwm {
            eprintln!("pgscreen: stats: peak resident {} bytes", kib << 10);
        }
    }
    std::process::exit(code);
}
