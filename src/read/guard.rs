//! A mapped file that shrinks while it is read makes the kernel send SIGBUS to whoever touches
//! the missing pages. Without a handler that kills the process silently (exit 135): no message,
//! nothing written. Here a handler turns it into the one-line error every bad input gets,
//! "FILE: changed while being read (size was N, now M)", and exit status 2.
//!
//! Why a handler and not `pread`: the whole pass, its workers and the hash read the map
//! directly (that is what makes the scan run at the speed of hashing), and a file that is not
//! changed underneath us is the common case. The handler only does async-signal-safe things:
//! it finds the map the faulting address is in (a fixed table of atomics, filled before the map
//! is read), calls `fstat` and `write`, and `_exit`s. The message is formatted before the
//! signal can come, except the new size, written with a digit loop.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::Once;

/// One mapped file being watched.
struct Watch {
    start: usize,
    len: usize,
    fd: i32,
    /// `pgscreen: PATH: changed while being read (size was N, now `
    head: Vec<u8>,
}

/// At most this many maps are watched at once (a command maps one or two files).
const SLOTS: usize = 8;
static WATCHED: [AtomicPtr<Watch>; SLOTS] = [const { AtomicPtr::new(std::ptr::null_mut()) }; SLOTS];
static INSTALL: Once = Once::new();

/// Keeps a map watched while it lives.
pub struct Watched(Option<usize>);

impl Drop for Watched {
    fn drop(&mut self) {
        if let Some(i) = self.0 {
            // The watch is taken out of the table but never freed: a handler on another thread
            // may still be reading it. A few dozen bytes per mapped input, once per command.
            WATCHED[i].store(std::ptr::null_mut(), Ordering::Release);
        }
    }
}

/// Watches the map `bytes` of the open file `fd` (its size then `size`), named `path` in the
/// message. The file must stay open while the returned guard lives.
pub fn watch(bytes: &[u8], fd: i32, size: u64, path: &str) -> Watched {
    INSTALL.call_once(install);
    let head = format!(
        "pgscreen: {}: changed while being read (size was {size}, now ",
        crate::util::term::esc(path)
    )
    .into_bytes();
    let w = Box::into_raw(Box::new(Watch {
        start: bytes.as_ptr() as usize,
        len: bytes.len(),
        fd,
        head,
    }));
    for (i, slot) in WATCHED.iter().enumerate() {
        if slot
            .compare_exchange(std::ptr::null_mut(), w, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            return Watched(Some(i));
        }
    }
    // SAFETY: not published anywhere; ours to free. (More maps than slots: this one faults
    // with the generic message.)
    drop(unsafe { Box::from_raw(w) });
    Watched(None)
}

fn install() {
    // SAFETY: a plain sigaction call with a handler that only calls async-signal-safe functions.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigbus as *const () as usize;
        sa.sa_flags = libc::SA_SIGINFO;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGBUS, &sa, std::ptr::null_mut());
    }
}

/// Set by the first thread in the handler: several threads reading the map fault together,
/// and one message is enough.
static FIRED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigbus(_sig: i32, info: *mut libc::siginfo_t, _ctx: *mut libc::c_void) {
    // SAFETY: only atomics, fstat, write, pause and _exit below: all async-signal-safe.
    unsafe {
        if FIRED.swap(true, Ordering::AcqRel) {
            // Another thread is writing the message and exiting.
            loop {
                libc::pause();
            }
        }
        let addr = if info.is_null() { 0 } else { (*info).si_addr() as usize };
        for slot in &WATCHED {
            let p = slot.load(Ordering::Acquire);
            if p.is_null() {
                continue;
            }
            let w = &*p;
            if addr >= w.start && addr < w.start + w.len {
                let mut st: libc::stat = std::mem::zeroed();
                let now = if libc::fstat(w.fd, &mut st) == 0 {
                    st.st_size as i64
                } else {
                    -1
                };
                put(&w.head);
                put_number(now);
                put(b")\n");
                libc::_exit(2);
            }
        }
        // Not in a map we watch: a bus error of another kind. Put the default action back;
        // returning re-runs the faulting instruction, which then ends the process as before.
        libc::signal(libc::SIGBUS, libc::SIG_DFL);
        FIRED.store(false, Ordering::Release);
    }
}

unsafe fn put(b: &[u8]) {
    // SAFETY: write(2) on stderr with a valid buffer.
    let _ = unsafe { libc::write(2, b.as_ptr().cast(), b.len()) };
}

unsafe fn put_number(n: i64) {
    let mut buf = [0u8; 24];
    let mut i = buf.len();
    let neg = n < 0;
    let mut v = n.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    // SAFETY: as in `put`.
    unsafe { put(&buf[i..]) }
}
