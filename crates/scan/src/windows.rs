//! The scanner's window cache, and matching a region's windows on every core.
//!
//! The name matcher's answer for a window of words depends on the words alone, so the
//! scanner keeps answers per thread ([`cached`]): capitalised phrases recur from document
//! to document ("United States", "Prime Minister"), and most of them match nothing.
//!
//! A document with many windows (a pasted list of names, a long report) is walked a batch
//! of windows at a time, and each batch's windows are matched in parallel before the walk
//! reaches them: the windows the calling thread's cache lacks are found on that thread
//! ([`plan`]), matched on rayon's pool while the thread walks the previous batch
//! ([`Warmup::run`]), and their answers put into the caller's cache, their work charged
//! to the document's meter in window order ([`store`]). The walk then reads every answer
//! from the cache, so the mentions are exactly those of a walk on one thread; only the
//! matching runs on several.

use crate::{FastMap, FastSet, Hits, Meter};
use nomina_match::spans::{SpanFloor, SpanHit, SpanIndex};
use nomina_match::Matcher;
use rayon::prelude::*;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Fewest windows missing from the cache worth sending to the pool: below this, handing
/// the windows to other threads costs more than it saves (a news article has a few dozen
/// windows, almost all cached after the first documents).
pub(crate) const PARALLEL_MIN_WINDOWS: usize = 16;

/// Windows the scanner walks between two warm-ups: enough to keep every core busy, few
/// enough that their answers (a name-dense window holds a few hits) are far below a
/// cache generation's budget, so that none is dropped before the walk reads it.
pub(crate) const WARM_BATCH_WINDOWS: usize = 512;

/// Bytes of answers (hits, what their explanations are made of, and keys) one generation
/// of a thread's window cache holds before it becomes the old generation and the previous
/// old one is dropped: a thread keeps at most about twice this. A window of a name-dense
/// document holds 1.7 hits of about 440 bytes each (about 870 bytes with its key,
/// measured in session 24; 530 bytes a hit when it held its explanation), so a generation
/// holds some 29,000 such windows: a 2 MB pasted list of 10,000 names (about 22,000
/// distinct windows) is matched once per distinct window. 32 MiB was no faster and took
/// the service to 300 MB answering such a list (docs/scanning.md).
const GENERATION_BYTES: usize = 24 << 20;

/// Bytes of answers one document may add to a thread's cache for them to be kept for the
/// next document. A news article adds a few kilobytes, and the phrases news repeats from
/// article to article ("United States", "Prime Minister") are worth keeping. A name-dense
/// document adds tens of megabytes of windows no other document will ask for, which a
/// service thread would otherwise hold until its next long document (a second 2 MB list
/// took the service from 236 MB to 334 MB at peak): past this, the cache is emptied.
const KEPT_BETWEEN_DOCUMENTS_BYTES: usize = 4 << 20;

/// Bytes counted for a cache entry beyond its key and its hits: the map's slot, the
/// shared list of hits and the allocator's bookkeeping.
const ENTRY_OVERHEAD_BYTES: usize = 96;

/// One thread's matcher answers per (score or name, window words), for one scanner, in
/// two generations. Answers go into the young generation; when it passes
/// [`GENERATION_BYTES`] it becomes the old one and the previous old one is dropped. An
/// answer read from the old generation moves back into the young one, so the windows a
/// document keeps meeting stay, and a working set a little over the budget is not matched
/// again from scratch (as a cache that starts over when full would).
struct WindowCache {
    /// The scanner whose answers these are.
    scanner_id: u64,
    /// Bytes of a generation ([`GENERATION_BYTES`]).
    budget: usize,
    /// Answers and their bytes ([`entry_bytes`]), newest generation.
    young: FastMap<Box<str>, (Hits, usize)>,
    /// Bytes of the young generation.
    young_bytes: usize,
    /// The previous generation.
    old: FastMap<Box<str>, (Hits, usize)>,
    /// Bytes of new answers (not those read back from the old generation) since the last
    /// document ended ([`WindowCache::settle`]).
    added: usize,
}

impl WindowCache {
    /// An empty cache for scanner `scanner_id`, of generations of `budget` bytes.
    fn new(scanner_id: u64, budget: usize) -> WindowCache {
        WindowCache {
            scanner_id,
            budget,
            young: FastMap::default(),
            young_bytes: 0,
            old: FastMap::default(),
            added: 0,
        }
    }

    /// Forgets every answer if they are another scanner's.
    fn serve(&mut self, scanner_id: u64) {
        if self.scanner_id != scanner_id {
            *self = WindowCache::new(scanner_id, GENERATION_BYTES);
        }
    }

    /// Whether the answer for `key` is held.
    fn contains(&self, key: &str) -> bool {
        self.young.contains_key(key) || self.old.contains_key(key)
    }

    /// The answer for `key`, moved into the young generation if it was in the old one.
    fn get(&mut self, key: &str) -> Option<Hits> {
        if let Some((hits, _)) = self.young.get(key) {
            return Some(hits.clone());
        }
        let (key, (hits, bytes)) = self.old.remove_entry(key)?;
        self.put(key, hits.clone(), bytes);
        Some(hits)
    }

    /// Makes room for `bytes` more in the young generation: it becomes the old one
    /// (and the previous old one is dropped) when they would take it over its budget.
    fn make_room(&mut self, bytes: usize) {
        if !self.young.is_empty() && self.young_bytes + bytes > self.budget {
            self.old = std::mem::take(&mut self.young);
            self.young_bytes = 0;
        }
    }

    /// Keeps the answer `hits` of `key` (`bytes` of it) in the young generation, making
    /// room first.
    fn put(&mut self, key: Box<str>, hits: Hits, bytes: usize) {
        self.make_room(bytes);
        self.insert(key, hits, bytes);
    }

    /// Keeps a warm-up batch's answers `entries` (key, answer, bytes) in the young
    /// generation, with those of the batch's other windows (`keys`) found in the old
    /// generation, room made once for all: none is dropped before the walk reads it (a
    /// batch is far below a generation's budget). Otherwise making room could drop the
    /// old answers, and the walk would match those windows again and charge their work
    /// twice, which a walk on one thread never does. The new answers count as added by
    /// the document ([`WindowCache::settle`]).
    fn keep_batch(&mut self, mut entries: Vec<(Box<str>, Hits, usize)>, keys: &[String]) {
        self.added += entries.iter().map(|e| e.2).sum::<usize>();
        for k in keys {
            if let Some((k, (hits, bytes))) = self.old.remove_entry(k.as_str()) {
                entries.push((k, hits, bytes));
            }
        }
        self.make_room(entries.iter().map(|e| e.2).sum());
        for (key, hits, bytes) in entries {
            self.insert(key, hits, bytes);
        }
    }

    /// Ends a document: empties the cache if the document added more than `keep` bytes
    /// of answers to it.
    fn settle(&mut self, keep: usize) {
        if self.added > keep {
            *self = WindowCache::new(self.scanner_id, self.budget);
        }
        self.added = 0;
    }

    /// Keeps a new answer ([`WindowCache::put`]), counted as added by the document.
    fn put_new(&mut self, key: Box<str>, hits: Hits, bytes: usize) {
        self.added += bytes;
        self.put(key, hits, bytes);
    }

    /// Keeps an answer in the young generation, room made or not.
    fn insert(&mut self, key: Box<str>, hits: Hits, bytes: usize) {
        self.young_bytes += bytes;
        self.young.insert(key, (hits, bytes));
    }
}

/// Bytes a cache entry for `key` holding `hits` takes, approximately.
fn entry_bytes(key: &str, hits: &[Arc<SpanHit>]) -> usize {
    key.len() + ENTRY_OVERHEAD_BYTES + hits.iter().map(|h| h.approx_bytes()).sum::<usize>()
}

thread_local! {
    /// Windows already matched by this thread, and a buffer for their keys.
    static WINDOWS: RefCell<(WindowCache, String)> =
        RefCell::new((WindowCache::new(0, GENERATION_BYTES), String::new()));
}

/// Writes the cache key of (`tag`, `words`) into `key`: the tag's 16 hex digits, a
/// separator, and the words joined by spaces (no formatting machinery: the walk of a long
/// document builds a key per window).
fn window_key(key: &mut String, tag: u64, words: &[&str]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    key.clear();
    key.reserve(17 + words.iter().map(|w| w.len() + 1).sum::<usize>());
    for shift in (0..16).rev() {
        key.push(char::from(HEX[(tag >> (shift * 4)) as usize & 0xf]));
    }
    key.push('\u{1}');
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
        let (cache, key) = &mut *c;
        cache.serve(scanner_id);
        window_key(key, tag, words);
        if let Some(h) = cache.get(key.as_str()) {
            return h;
        }
        let hits: Hits = f().into();
        let bytes = entry_bytes(key, &hits);
        cache.put_new(key.as_str().into(), hits.clone(), bytes);
        hits
    })
}

/// Ends a document on the calling thread: its cache is emptied if the document added more
/// than [`KEPT_BETWEEN_DOCUMENTS_BYTES`] of answers to it.
pub(crate) fn settle() {
    WINDOWS.with(|c| c.borrow_mut().0.settle(KEPT_BETWEEN_DOCUMENTS_BYTES));
}

/// What a warm-up needs of the scanner: the matcher, its anchor table and the cache's owner.
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

/// A warm-up of one batch of windows: the windows the planning thread's cache lacked
/// ([`plan`]), to be matched on rayon's pool from any thread ([`Warmup::run`]), while the
/// planning thread walks the previous batch, and their answers then put into the
/// planning thread's cache ([`store`]).
pub(crate) struct Warmup<'w> {
    /// The batch's windows.
    windows: &'w [Vec<&'w str>],
    /// Every window's cache key, built once: to find the missing ones, to key their
    /// answers, and to bring the others' answers along ([`WindowCache::keep_batch`]).
    keys: Vec<String>,
    /// The windows missing from the cache when planned, each once, in window order.
    missing: Vec<usize>,
    /// What was left of the document's budget when planned.
    left: u64,
    /// What a match must reach.
    floor: SpanFloor,
}

/// A window matched by a warm-up: its index in the batch, its hits, and the work they
/// cost.
type Answer = (usize, Vec<Arc<SpanHit>>, u64);

/// A warm-up's answers, not yet in the cache.
pub(crate) struct Warmed {
    /// Every window's cache key ([`Warmup::keys`]).
    keys: Vec<String>,
    /// Per missing window matched, in window order: its index, its hits and the work
    /// they cost.
    answers: Vec<Answer>,
}

/// Plans the warm-up of `windows` on the calling thread: `None` on a pool of one thread,
/// once the meter is spent, or when fewer than [`PARALLEL_MIN_WINDOWS`] windows are
/// missing from the thread's cache (the walk then matches them itself).
pub(crate) fn plan<'w>(
    m: &Matching,
    windows: &'w [Vec<&'w str>],
    tag: u64,
    floor: &SpanFloor,
    meter: &Meter,
) -> Option<Warmup<'w>> {
    if windows.len() < PARALLEL_MIN_WINDOWS || rayon::current_num_threads() < 2 || meter.exhausted()
    {
        return None;
    }
    let keys: Vec<String> = windows
        .iter()
        .map(|w| {
            let mut key = String::new();
            window_key(&mut key, tag, w);
            key
        })
        .collect();
    let missing: Vec<usize> = WINDOWS.with(|c| {
        let mut c = c.borrow_mut();
        let (cache, _) = &mut *c;
        cache.serve(m.scanner_id);
        let mut seen = FastSet::default();
        (0..windows.len())
            .filter(|&i| !cache.contains(&keys[i]) && seen.insert(keys[i].as_str()))
            .collect()
    });
    (missing.len() >= PARALLEL_MIN_WINDOWS).then_some(Warmup {
        windows,
        keys,
        missing,
        left: meter.left(),
        floor: *floor,
    })
}

impl Warmup<'_> {
    /// Matches the missing windows on rayon's pool (from any thread). Workers stop taking
    /// windows once the batch's work exceeds what was left of the document's budget: the
    /// walk then matches the rest itself and the scan fails with the same error as on
    /// one thread.
    pub(crate) fn run(self, m: &Matching) -> Warmed {
        let spent = AtomicU64::new(0);
        let answers: Vec<Option<Answer>> = self
            .missing
            .par_iter()
            .map(|&i| {
                if spent.load(Ordering::Relaxed) > self.left {
                    return None;
                }
                let (hits, work) =
                    m.matcher
                        .match_span_counted(m.index, &self.windows[i], &self.floor);
                spent.fetch_add(work, Ordering::Relaxed);
                Some((i, hits.into_iter().map(Arc::new).collect(), work))
            })
            .collect();
        Warmed {
            keys: self.keys,
            answers: answers.into_iter().flatten().collect(),
        }
    }
}

/// Puts a warm-up's answers into the calling thread's cache (the thread that planned
/// it), charging their work to `meter` in window order, as [`cached`] would have had
/// the windows been matched one by one.
pub(crate) fn store(m: &Matching, warmed: Warmed, meter: &Meter) {
    WINDOWS.with(|c| {
        let mut c = c.borrow_mut();
        let (cache, _) = &mut *c;
        cache.serve(m.scanner_id);
        let mut entries = Vec::with_capacity(warmed.answers.len());
        for (i, hits, work) in warmed.answers {
            meter.add(work);
            let hits: Hits = hits.into();
            let key = &warmed.keys[i];
            let bytes = entry_bytes(key, &hits);
            entries.push((key.as_str().into(), hits, bytes));
        }
        cache.keep_batch(entries, &warmed.keys);
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

    fn answer() -> Hits {
        Arc::from(Vec::new())
    }

    #[test]
    fn a_document_that_added_much_leaves_nothing_for_the_next() {
        let mut c = WindowCache::new(1, 100);
        let add =
            |c: &mut WindowCache, key: &str, bytes: usize| c.put_new(key.into(), answer(), bytes);
        add(&mut c, "a", 60);
        add(&mut c, "b", 60);
        // A document that added at most what is kept leaves its answers.
        c.settle(120);
        assert!(c.contains("a") && c.contains("b"));
        // The next one counts from zero: reading an answer back adds nothing new.
        assert!(c.get("a").is_some());
        add(&mut c, "c", 10);
        c.settle(60);
        assert!(c.contains("a") && c.contains("c"));
        // One that added more empties the cache.
        add(&mut c, "d", 60);
        add(&mut c, "e", 60);
        c.settle(100);
        assert!(!c.contains("d") && !c.contains("e") && !c.contains("a"));
        assert_eq!((c.young_bytes, c.added), (0, 0));
    }

    #[test]
    fn the_young_generation_becomes_the_old_one_when_full() {
        let mut c = WindowCache::new(1, 100);
        c.put("a".into(), answer(), 60);
        c.put("b".into(), answer(), 60);
        // "a" is now old, still held; "b" young.
        assert!(c.contains("a") && c.contains("b"));
        assert_eq!(c.young_bytes, 60);
        c.put("c".into(), answer(), 60);
        // A second turn drops what was old and never read.
        assert!(!c.contains("a"));
        assert!(c.contains("b") && c.contains("c"));
    }

    #[test]
    fn an_answer_read_from_the_old_generation_stays() {
        let mut c = WindowCache::new(1, 100);
        c.put("a".into(), answer(), 60);
        c.put("b".into(), answer(), 60);
        assert!(c.get("a").is_some());
        // Read back, "a" went young again (and "b" old): the next turn keeps it.
        c.put("c".into(), answer(), 30);
        assert!(c.contains("a"));
        c.put("d".into(), answer(), 60);
        assert!(c.contains("a") && c.contains("d") && c.contains("c"));
        assert!(!c.contains("b"));
    }

    #[test]
    fn room_is_made_once_for_a_batch() {
        let mut c = WindowCache::new(1, 100);
        c.put("a".into(), answer(), 90);
        c.make_room(150);
        for k in ["x", "y", "z"] {
            c.insert(k.into(), answer(), 50);
        }
        // The batch is all young, over budget; what was young is old.
        assert!(["a", "x", "y", "z"].iter().all(|k| c.contains(k)));
        assert_eq!(c.young_bytes, 150);
    }

    #[test]
    fn a_batch_keeps_its_windows_answered_in_the_old_generation() {
        let mut c = WindowCache::new(1, 100);
        c.put("old".into(), answer(), 60);
        c.put("young".into(), answer(), 60);
        assert!(c.old.contains_key("old"));
        // The batch needs room: the young generation turns old, and the previous old one
        // would be dropped, but "old" is one of the batch's windows and comes along.
        let fresh = vec![("x".into(), answer(), 50), ("y".into(), answer(), 30)];
        let keys = ["x", "old", "y"].map(String::from);
        c.keep_batch(fresh, &keys);
        assert!(c.young.contains_key("old") && c.young.contains_key("x"));
        assert_eq!(c.young_bytes, 140);
        // What the batch does not name ages as before.
        assert!(c.old.contains_key("young"));
    }

    #[test]
    fn another_scanners_answers_are_forgotten() {
        let mut c = WindowCache::new(1, 100);
        c.put("a".into(), answer(), 10);
        c.serve(1);
        assert!(c.contains("a"));
        c.serve(2);
        assert!(!c.contains("a"));
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
