//! Screening arbitrary queries against a tiny hand-made index.
//!
//! The input is text: the first line is the name, then optional lines give a date of
//! birth, a country, a type and identifiers (one per further line).
//! Property: never panics; a query fails when `Query::validate` says so, or as empty when
//! its name folds to no token, and only then; scores are
//! finite, in [0, 1] and at least the threshold; hits are sorted best first (ties by key),
//! unique and within the limit; screening is deterministic, agrees with the exhaustive
//! scan, and a higher threshold returns the same hits cut at that score.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_match::{Hit, Matcher, Query, QueryError, DEFAULT_THRESHOLD};
use nomina_model::{EntityType, FuzzyDate};
use nomina_text::{tokens, Tables};
use std::sync::OnceLock;

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::build(&nomina_fuzz::tiny_lists()))
}

fn query(text: &str) -> Query {
    let mut lines = text.split('\n');
    let mut q = Query::name(lines.next().unwrap_or(""));
    q.dob = lines.next().and_then(|d| d.parse::<FuzzyDate>().ok());
    q.country = lines.next().filter(|c| !c.is_empty()).map(str::to_string);
    q.entity_type = lines.next().and_then(EntityType::parse);
    q.identifiers = lines.map(str::to_string).collect();
    q
}

fn check_hits(hits: &[Hit], min: f64, limit: usize) {
    assert!(
        hits.len() <= limit,
        "{} hits over limit {limit}",
        hits.len()
    );
    for h in hits {
        assert!(
            h.score.is_finite() && (0.0..=1.0).contains(&h.score),
            "score {h:?}"
        );
        assert!(h.score >= min, "score {} under threshold {min}", h.score);
        let x = &h.explanation;
        for v in [x.query_coverage, x.name_coverage, x.name_score] {
            assert!(
                v.is_finite() && (0.0..=1.0).contains(&v),
                "explanation {x:?}"
            );
        }
        for t in &x.tokens {
            assert!((0.0..=1.0).contains(&t.similarity), "token {t:?}");
        }
    }
    for w in hits.windows(2) {
        assert!(
            w[0].score > w[1].score || (w[0].score == w[1].score && w[0].entity < w[1].entity),
            "not sorted: {} {} / {} {}",
            w[0].entity,
            w[0].score,
            w[1].entity,
            w[1].score
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let q = query(&String::from_utf8_lossy(data));
    let m = matcher();
    let (low, limit) = (0.5, 50);
    let hits = m.screen(&q, low, limit);
    match (&hits, q.validate()) {
        (Err(e), Err(v)) => {
            assert_eq!(*e, v, "screen and validate disagree");
            return;
        }
        (Ok(_), Ok(())) => {}
        // A name can pass validation and still fold to nothing (U+FE70, an isolated
        // Arabic vowel sign, is a letter to Unicode): refused as empty, never "no match".
        (Err(QueryError::EmptyName), Ok(())) => {
            assert!(
                tokens(&q.name, Tables::get()).is_empty(),
                "refused {:?}",
                q.name
            );
            return;
        }
        (h, v) => panic!("screen {h:?} but validate {v:?}"),
    }
    let hits = hits.expect("checked above");
    check_hits(&hits, low, limit);
    assert_eq!(
        m.screen(&q, low, limit).as_ref(),
        Ok(&hits),
        "not deterministic"
    );
    let slow = m.screen_exhaustive(&q, low, limit).expect("valid query");
    assert_eq!(slow, hits, "indexed search and full scan differ");
    let high = m.screen(&q, DEFAULT_THRESHOLD, limit).expect("valid query");
    check_hits(&high, DEFAULT_THRESHOLD, limit);
    let cut: Vec<&Hit> = hits
        .iter()
        .filter(|h| h.score >= DEFAULT_THRESHOLD)
        .collect();
    assert_eq!(
        high.iter().collect::<Vec<_>>(),
        cut,
        "threshold is not a cut"
    );
});
