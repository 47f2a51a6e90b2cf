//! Temporary files that must not outlive an interrupted run: on SIGINT, SIGTERM or SIGHUP the
//! files registered here are unlinked, then the signal takes its default course (the process
//! ends as killed by it, as a shell expects).
//!
//! The handler only reads atomics and calls `unlink`, `signal` and `raise`, all
//! async-signal-safe. A registered path is leaked on purpose (a few bytes per file): freeing it
//! while a handler on another thread reads it would be a race.

use std::ffi::CString;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

const SLOTS: usize = 16;
static PATHS: [AtomicPtr<libc::c_char>; SLOTS] = [const { AtomicPtr::new(std::ptr::null_mut()) }; SLOTS];
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// A registration: dropping it (the file was renamed or removed by its owner) forgets the path.
pub struct Registered(Option<usize>);

impl Drop for Registered {
    fn drop(&mut self) {
        if let Some(i) = self.0 {
            PATHS[i].store(std::ptr::null_mut(), Ordering::Release);
        }
    }
}

/// Removes `path` if the process is interrupted while the registration lives.
pub fn register(path: &Path) -> Registered {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = CString::new(path.as_os_str().as_bytes()) else {
        return Registered(None);
    };
    if !INSTALLED.swap(true, Ordering::AcqRel) {
        // SAFETY: plain signal() calls installing a handler that is async-signal-safe.
        unsafe {
            for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
                libc::signal(sig, on_signal as *const () as libc::sighandler_t);
            }
        }
    }
    let p = c.into_raw();
    for (i, slot) in PATHS.iter().enumerate() {
        if slot
            .compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            return Registered(Some(i));
        }
    }
    // More live temporary files than slots: this one is only removed by its owner.
    // SAFETY: `p` came from into_raw above and was published nowhere.
    drop(unsafe { CString::from_raw(p) });
    Registered(None)
}

extern "C" fn on_signal(sig: libc::c_int) {
    // SAFETY: unlink of NUL-terminated paths that are never freed, then the default action.
    unsafe {
        for slot in &PATHS {
            let p = slot.load(Ordering::Acquire);
            if !p.is_null() {
                libc::unlink(p);
            }
        }
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}
