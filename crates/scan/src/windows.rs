//! The scanner's window cache, and matching a region's windows on every core.
//!
//! The name matcher's answer for a window of words depends on the words alone, so the
//! scanner keeps answers per thread ([`cached`]): capitalised phrases recur from document
//! to document ("United States", "Prime Minister"), and most of them match nothing.
//!
//! A document with many windows (a pasted list of names, a long report) has its windows
//! matched in parallel before the scanner walks them in order ([`warm`]): the windows of a
//! batch that the calling thread's cache lacks are matched on rayon's pool, and the
//! answers go into the caller's cache, their work charged to the document's meter in
//! window order. The walk then reads every answer from the cache, so the mentions are
//! exactly those of a walk on one thread; only the matching runs on several.

use crate::{FastSet, Hits, Meter};
use nomina_match::spans::{SpanFloor, SpanHit, SpanIndex};
use nomina_match::Matcher;
use rayon::prelude::*;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Matcher answers per (score or name, window words).
type WindowCache = nomina_match::fast_hash::FastMap<Box<str>, Hits>;

/// Windows kept per thread before the cache starts over.
const WINDOW_CACHE_CAP: usize = 50_000;
/// Hits (each with its explanation, a few hundred bytes to a few kilobytes) kept per
/// thread before the cache starts over: prose windows mostly hold none, but windows of a
/// name-dense document hold dozens each, and 50,000 of them took hundreds of megabytes.
const WINDOW_CACHE_HITS_CAP: usize = 20_000;

/// Fewest windows missing from the cache worth sending to the pool: below this, handing
/// the windows to other threads costs more than it saves (a news article has a few dozen
/// windows, almost all cached after the first documents).
pub(crate) const PARALLEL_MIN_WINDOWS: usize = 16;

/// Windows the scanner walks between two warm-ups: enough to keep every core busy, few
/// enough that their answers (a name-dense window holds a few hits) stay well under the
/// cache's caps, so that none is evicted before the walk reads it.
pub(crate) const WARM_BATCH_WINDOWS: usize = 512;

thread_local! {
    /// Windows already matched by this thread: (scanner id, answers, key buffer, hits held).
    static WINDOWS: RefCell<(u64, WindowCache, String, usize)> =
        RefCell::new((0, WindowCache::default(), String::new(), 0));
}

/// Writes the cache key of (`tag`, `words`) into `key`.
fn window_key(key: &mut String, tag: u64, words: &[&str]) {
    key.clear();
    let _ = write!(key, "{tag:x}\u{1}");
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(w);
    }
}

/// The thread's cached answer for (`tag`, `words`) under scanner `scanner_id`, computed by
/// `f` when missing. The key is built in a reused buffer, so a hit allocates nothing.
pub(crate) fn cached(
    scanner_id: u64,
    tag: u64,
    words: &[&str],
    f: impl FnOnce() -> Vec<Arc<SpanHit>>,
) -> Hits {
    WINDOWS.with(|c| {
        let mut c = c.borrow_mut();
        let (id, map, key, held) = &mut *c;
        if *id != scanner_id || map.len() >= WINDOW_CACHE_CAP || *held >= WINDOW_CACHE_HITS_CAP {
            map.clear();
            *held = 0;
            *id = scanner_id;
        }
        window_key(key, tag, words);
        if let Some(h) = map.get(key.as_str()) {
            return h.clone();
        }
        let hits: Hits = f().into();
        *held += hits.len();
        map.insert(key.as_str().into(), hits.clone());
        hits
    })
}

/// What [`warm`] needs of the scanner: the matcher, its anchor table and the cache's owner.
pub(crate) struct Matching<'a> {
    /// The name matcher.
    pub matcher: &'a Matcher,
    /// Its anchor table.
    pub index: &'a SpanIndex,
    /// The scanner's id (the cache holds one scanner's answers).
    pub scanner_id: u64,
}

/// Whether a region of `runs` runs may have enough windows to match in parallel: on a
/// pool of one thread, or with fewer runs than [`PARALLEL_MIN_WINDOWS`], the scanner
/// walks the runs without collecting their windows first.
pub(crate) fn worth_warming(runs: usize) -> bool {
    runs >= PARALLEL_MIN_WINDOWS && rayon::current_num_threads() > 1
}

/// Matches the windows of `windows` that the calling thread's cache lacks (each once) on
/// rayon's pool and puts their answers into the cache, charging their work to `meter` in
/// window order, as [`cached`] would have had the windows been matched one by one.
///
/// Nothing happens for fewer than [`PARALLEL_MIN_WINDOWS`] missing windows, on a pool of
/// one thread, or once the meter is spent. Workers stop taking windows once the batch's
/// work exceeds what is left of the document's budget: the walk then matches the rest
/// itself and the scan fails with the same error as on one thread.
pub(crate) fn warm(
    m: &Matching,
    windows: &[Vec<&str>],
    tag: u64,
    floor: &SpanFloor,
    meter: &Meter,
) {
    if windows.len() < PARALLEL_MIN_WINDOWS || rayon::current_num_threads() < 2 || meter.exhausted()
    {
        return;
    }
    let missing: Vec<&Vec<&str>> = WINDOWS.with(|c| {
        let mut c = c.borrow_mut();
        let (id, map, key, _) = &mut *c;
        let fresh = *id != m.scanner_id;
        let mut seen = FastSet::default();
        windows
            .iter()
            .filter(|w| {
                window_key(key, tag, w);
                (fresh || !map.contains_key(key.as_str())) && seen.insert(key.clone())
            })
            .collect()
    });
    if missing.len() < PARALLEL_MIN_WINDOWS {
        return;
    }
    let left = meter.left();
    let spent = AtomicU64::new(0);
    let answers: Vec<Option<(Vec<Arc<SpanHit>>, u64)>> = missing
        .par_iter()
        .map(|w| {
            if spent.load(Ordering::Relaxed) > left {
                return None;
            }
            let (hits, work) = m.matcher.match_span_counted(m.index, w, floor);
            spent.fetch_add(work, Ordering::Relaxed);
            Some((hits.into_iter().map(Arc::new).collect(), work))
        })
        .collect();
    let held: usize = answers.iter().flatten().map(|(h, _)| h.len()).sum();
    WINDOWS.with(|c| {
        let mut c = c.borrow_mut();
        let (id, map, key, held_now) = &mut *c;
        // Make room first: an answer evicted before the walk reads it is matched again.
        if *id != m.scanner_id
            || map.len() + missing.len() >= WINDOW_CACHE_CAP
            || *held_now + held >= WINDOW_CACHE_HITS_CAP
        {
            map.clear();
            *held_now = 0;
            *id = m.scanner_id;
        }
        for (w, answer) in missing.iter().zip(answers) {
            let Some((hits, work)) = answer else {
                continue;
            };
            meter.add(work);
            *held_now += hits.len();
            window_key(key, tag, w);
            map.insert(key.as_str().into(), hits.into());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_tell_tags_and_word_boundaries_apart() {
        let (mut a, mut b) = (String::new(), String::new());
        window_key(&mut a, 1, &["ab", "c"]);
        window_key(&mut b, 1, &["a", "bc"]);
        assert_ne!(a, b);
        window_key(&mut b, 2, &["ab", "c"]);
        assert_ne!(a, b);
        window_key(&mut b, 1, &["ab", "c"]);
        assert_eq!(a, b);
    }

    #[test]
    fn cached_computes_a_window_once() {
        let mut calls = 0;
        for _ in 0..3 {
            cached(u64::MAX - 7, 5, &["x", "y"], || {
                calls += 1;
                Vec::new()
            });
        }
        assert_eq!(calls, 1);
        // Another scanner's cache starts over.
        cached(u64::MAX - 8, 5, &["x", "y"], || {
            calls += 1;
            Vec::new()
        });
        assert_eq!(calls, 2);
    }
}
