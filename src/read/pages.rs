//! A mapped dump's pages, given back to the kernel once every reader is past them, so that
//! resident memory stays flat however big the file. The pages stay in the page cache: a
//! reader that comes back to one faults it in again, which is slower but never wrong.
//!
//! The readers are the pass, the workers scanning the pieces it hands out, and the hash. The
//! pass and the workers say how far they have got in a [`Mark`]; the hash thread trails them
//! ([`hash_trailing`]) and gives back what it has hashed.

use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Bytes hashed per step.
const STEP: usize = 4 << 20;

/// How far the hash may read ahead of the other readers, and the pass ahead of the hash: the
/// pages in between are resident, and each side can run ahead for a while when the other is
/// slow (`inspect` walks about as fast as sha256 runs). At least `STEP`, so that the two never
/// wait for each other at once.
const LEAD: usize = 32 << 20;

/// Pages this far behind the pass are kept: an INSERT row batch is filled for a while before
/// it is handed to a worker, and its bytes are behind the pass by then.
const LAG: usize = 4 << 20;

/// How far the pass and the workers have got through a mapped file, and the hash.
#[derive(Default)]
pub struct Mark {
    /// The pass has walked everything before this.
    pass: AtomicUsize,
    /// Where each piece of work handed out and not yet done starts.
    busy: Mutex<Vec<usize>>,
    /// A trailing hash has hashed everything before this (`usize::MAX`: no hash trails).
    hashed: AtomicUsize,
    hashing: std::sync::atomic::AtomicBool,
}

impl Mark {
    /// The pass has walked everything before `pos`. When the hash has fallen more than
    /// [`LEAD`] behind, the pass waits for it, so the pages between stay few.
    pub fn passed(&self, pos: usize) {
        self.pass.fetch_max(pos, Ordering::Release);
        while self.hashing.load(Ordering::Acquire) && self.hashed.load(Ordering::Acquire).saturating_add(LEAD) < pos {
            std::thread::sleep(std::time::Duration::from_micros(50));
        }
    }

    /// A piece of work starting at `at` is handed out (before the pass moves past it).
    pub fn start(&self, at: usize) {
        self.busy.lock().unwrap_or_else(|e| e.into_inner()).push(at);
    }

    /// The piece of work starting at `at` is done.
    pub fn end(&self, at: usize) {
        let mut b = self.busy.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = b.iter().position(|&x| x == at) {
            b.swap_remove(i);
        }
    }

    /// Every reader but the hash is past this offset.
    fn low(&self) -> usize {
        // Busy pieces are read first: one handed out is registered before the pass moves on.
        let busy = self
            .busy
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .copied()
            .min();
        let pass = self.pass.load(Ordering::Acquire);
        busy.map_or(pass, |b| b.min(pass))
    }

    /// No more reading: the pass is over (or failed). Returns a guard that says so when
    /// dropped, so a hash thread never waits for a pass that is gone.
    pub fn finish_on_drop(&self) -> Finish<'_> {
        Finish(self)
    }
}

/// Says the pass is over when dropped.
pub struct Finish<'m>(&'m Mark);

impl Drop for Finish<'_> {
    fn drop(&mut self) {
        self.0.pass.store(usize::MAX, Ordering::Release);
    }
}

/// Hex sha256 of `bytes`, read no further than [`LEAD`] ahead of the other readers in
/// `mark`; `give_back` is called with each page-aligned range every reader is done with.
pub fn hash_trailing(bytes: &[u8], mark: &Mark, give_back: &dyn Fn(std::ops::Range<usize>)) -> String {
    mark.hashing.store(true, Ordering::Release);
    // However this ends, the pass must not wait for it.
    struct Done<'m>(&'m Mark);
    impl Drop for Done<'_> {
        fn drop(&mut self) {
            self.0.hashing.store(false, Ordering::Release);
        }
    }
    let _done = Done(mark);
    let mut h = Sha256::new();
    let (mut at, mut given) = (0, 0);
    // Gives back up to where both the hash and the others are (less the lag).
    let mut give = |at: usize| {
        let low = mark.low();
        let upto = low.saturating_sub(LAG).min(at) & !(PAGE - 1);
        if upto > given {
            give_back(given..upto);
            given = upto;
        }
        low
    };
    while at < bytes.len() {
        let end = (at + STEP).min(bytes.len());
        while give(at).saturating_add(LEAD) < end {
            std::thread::sleep(std::time::Duration::from_micros(50));
        }
        crate::util::digest::update(&mut h, &bytes[at..end]);
        at = end;
        mark.hashed.store(at, Ordering::Release);
        give(at);
    }
    crate::util::digest::hex(&h.finalize())
}

/// The page size the ranges are aligned to (4 KiB; a larger real page is rounded by the
/// kernel, which at worst gives back a page a reader still wants).
const PAGE: usize = 4096;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_trails_the_readers_and_gives_back_in_order() {
        let bytes: Vec<u8> = (0..(3 * LEAD + 12345)).map(|i| (i * 7 % 251) as u8).collect();
        let mark = Mark::default();
        let given = Mutex::new(Vec::new());
        let sha = std::thread::scope(|s| {
            // A piece of work at 1 MiB holds back what is given, however far the pass gets.
            mark.start(1 << 20);
            let h = s.spawn(|| hash_trailing(&bytes, &mark, &|r| given.lock().unwrap().push(r)));
            std::thread::sleep(std::time::Duration::from_millis(20));
            // The hash reads at most LEAD past the other readers.
            assert!(mark.hashed.load(Ordering::Acquire) <= (1 << 20) + LEAD);
            mark.passed(LEAD);
            mark.passed(2 * LEAD);
            std::thread::sleep(std::time::Duration::from_millis(20));
            assert!(given.lock().unwrap().is_empty(), "gave back pages a worker still reads");
            mark.end(1 << 20);
            drop(mark.finish_on_drop());
            h.join().unwrap()
        });
        assert_eq!(sha, crate::util::digest::sha256_hex(&bytes));
        let given = given.into_inner().unwrap();
        // Contiguous, page-aligned, from 0 to the last whole page.
        assert_eq!(given.first().map(|r| r.start), Some(0));
        assert!(given.windows(2).all(|w| w[0].end == w[1].start));
        assert!(given.iter().all(|r| r.start % PAGE == 0 && r.end % PAGE == 0));
        assert_eq!(given.last().map(|r| r.end), Some(bytes.len() & !(PAGE - 1)));
    }

    #[test]
    fn a_finished_pass_never_holds_the_hash() {
        let bytes = vec![1u8; 2 * STEP];
        let mark = Mark::default();
        drop(mark.finish_on_drop());
        assert_eq!(
            hash_trailing(&bytes, &mark, &|_| {}),
            crate::util::digest::sha256_hex(&bytes)
        );
    }
}
