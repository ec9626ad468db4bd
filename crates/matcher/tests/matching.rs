//! Matching tests on real lists: the dev benchmark queries against brute force, the seed
//! spellings, determinism and bad input; and the engine-independent case corpus in
//! `tests/data/name_cases.tsv`.

use nomina_match::{Matcher, Query, QueryError, DEFAULT_THRESHOLD};
use nomina_model::{Entity, EntityType, ListSnapshot, ListVersion, Name, NameKind, Source};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// UN 2026-02-27 and OFAC SDN 2021-07-07: the lists the dev benchmark was built from.
fn bench_matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let lists = nomina_lists::read_paths(&[
            repo("data/lists/un/consolidated-2026-02-27.xml.gz"),
            repo("data/lists/ofac/sdn-2021-07-07.csv.gz"),
        ])
        .expect("bundled test lists parse");
        Matcher::build(&lists)
    })
}

fn dev_queries() -> Vec<(String, Query, Vec<String>)> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(
        std::fs::File::open(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/names-dev.jsonl.gz"),
        )
        .unwrap(),
    )
    .read_to_string(&mut text)
    .unwrap();
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let q: Query = serde_json::from_value(v["query"].clone()).unwrap();
            let expect = v["expect"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect();
            (v["id"].as_str().unwrap().to_string(), q, expect)
        })
        .collect()
}

#[test]
fn index_finds_exactly_what_a_full_scan_finds() {
    let m = bench_matcher();
    let mut compared = 0;
    for (id, q, _) in dev_queries().into_iter().step_by(9) {
        let fast = m.screen(&q, 0.5, 50).unwrap();
        let slow = m.screen_exhaustive(&q, 0.5, 50).unwrap();
        let f: Vec<(&str, f64)> = fast.iter().map(|h| (h.entity.as_str(), h.score)).collect();
        let s: Vec<(&str, f64)> = slow.iter().map(|h| (h.entity.as_str(), h.score)).collect();
        assert_eq!(f, s, "{id} {:?}", q.name);
        compared += 1;
    }
    assert!(compared > 300);
}

#[test]
fn initials_do_not_escape_the_index() {
    // Found by the `screen` fuzz target: single letters are credited as initials of listed
    // words, which the index never looks up, so pruning must allow for them.
    let m = bench_matcher();
    for name in ["A L A", "S. Ali", "M A Khan", "A. B. C.", "Abu M", "K M"] {
        let q = Query::name(name);
        let fast: Vec<(String, f64)> = m
            .screen(&q, 0.5, 50)
            .unwrap()
            .into_iter()
            .map(|h| (h.entity, h.score))
            .collect();
        let slow: Vec<(String, f64)> = m
            .screen_exhaustive(&q, 0.5, 50)
            .unwrap()
            .into_iter()
            .map(|h| (h.entity, h.score))
            .collect();
        assert_eq!(fast, slow, "{name}");
    }
}

#[test]
fn dev_benchmark_recall_holds() {
    // A floor under the figures in the README, so a change that loses recall fails here
    // before it reaches the benchmark.
    let m = bench_matcher();
    let (mut pos, mut top1) = (0, 0);
    let (mut neg, mut neg_hits) = (0, 0);
    for (_, q, expect) in dev_queries() {
        let hits = m.screen(&q, DEFAULT_THRESHOLD, 1).unwrap();
        if expect.is_empty() {
            neg += 1;
            neg_hits += usize::from(!hits.is_empty());
        } else {
            pos += 1;
            top1 += usize::from(hits.first().is_some_and(|h| expect.contains(&h.entity)));
        }
    }
    let recall = top1 as f64 / pos as f64;
    let fpr = neg_hits as f64 / neg as f64;
    assert!(
        recall >= 0.95,
        "recall at the default threshold {recall:.3}"
    );
    assert!(
        fpr <= 0.01,
        "false-positive rate at the default threshold {fpr:.4}"
    );
}

#[test]
fn seed_spellings_rank_the_listed_party_first() {
    let m = bench_matcher();
    for (name, keys) in [
        ("Jaish-e-Mohammad", &["un:QDe.019", "ofac:6935"][..]),
        ("Jaish-e-Muhammad", &["un:QDe.019", "ofac:6935"]),
        ("Jaish-e-Mohammed", &["un:QDe.019", "ofac:6935"]),
        ("Masood Azhar", &["un:QDi.422", "ofac:11459"]),
        ("Masud Azhar", &["un:QDi.422", "ofac:11459"]),
    ] {
        let hits = m.screen(&Query::name(name), DEFAULT_THRESHOLD, 5).unwrap();
        assert!(
            hits.first()
                .is_some_and(|h| keys.contains(&h.entity.as_str())),
            "{name}: {hits:?}"
        );
        for k in keys {
            assert!(hits.iter().any(|h| h.entity == *k), "{name} misses {k}");
        }
    }
}

#[test]
fn explanations_say_how_each_token_matched() {
    let m = bench_matcher();
    let hits = m
        .screen(&Query::name("Masud Azhar"), DEFAULT_THRESHOLD, 5)
        .unwrap();
    let h = hits.iter().find(|h| h.entity == "un:QDi.422").unwrap();
    let e = &h.explanation;
    assert_eq!(e.matched_name, "Masud Azhar");
    assert_eq!(e.name_kind, NameKind::WeakAlias);
    assert!(e
        .tokens
        .iter()
        .any(|t| t.query == "azhar" && t.listed == "azhar" && t.similarity == 1.0));
    // A weak alias never scores like a primary name.
    assert!(h.score < 1.0);
}

#[test]
fn screening_is_deterministic() {
    let m = bench_matcher();
    let again = {
        let lists = nomina_lists::read_paths(&[
            repo("data/lists/un/consolidated-2026-02-27.xml.gz"),
            repo("data/lists/ofac/sdn-2021-07-07.csv.gz"),
        ])
        .unwrap();
        Matcher::build(&lists)
    };
    for (_, q, _) in dev_queries().into_iter().step_by(50) {
        let a = serde_json::to_string(&m.screen(&q, 0.5, 10).unwrap()).unwrap();
        let b = serde_json::to_string(&again.screen(&q, 0.5, 10).unwrap()).unwrap();
        let c = serde_json::to_string(&m.screen(&q, 0.5, 10).unwrap()).unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
    }
}

#[test]
fn evidence_moves_scores_but_identifiers_decide() {
    let m = bench_matcher();
    let base = m.screen(&Query::name("Masood Azhar"), 0.5, 5).unwrap();
    let base_score = base
        .iter()
        .find(|h| h.entity == "ofac:11459")
        .unwrap()
        .score;
    let mut q = Query::name("Masood Azhar");
    q.dob = Some("1968-07-10".parse().unwrap());
    q.country = Some("Pakistan".into());
    let with = m.screen(&q, 0.5, 5).unwrap();
    let s = with.iter().find(|h| h.entity == "ofac:11459").unwrap();
    assert!(s.score >= base_score, "{} < {base_score}", s.score);
    let mut wrong = Query::name("Masood Azhar");
    wrong.dob = Some("1990".parse().unwrap());
    let w = m.screen(&wrong, 0.5, 5).unwrap();
    let w = w.iter().find(|h| h.entity == "ofac:11459").unwrap();
    assert!(w.score < base_score);
    assert_eq!(
        w.explanation.evidence.dob.as_ref().unwrap().outcome,
        "contradicts"
    );
}

#[test]
fn bad_queries_fail_loudly_never_as_no_match() {
    let m = bench_matcher();
    for (name, err) in [
        ("", QueryError::EmptyName),
        ("   ", QueryError::EmptyName),
        ("...", QueryError::EmptyName),
        ("a\u{0}b", QueryError::ControlCharacter(0, 1)),
    ] {
        assert_eq!(
            m.screen(&Query::name(name), 0.5, 10).unwrap_err(),
            err,
            "{name:?}"
        );
    }
    let long = "Masood Azhar ".repeat(800);
    assert!(matches!(
        m.screen(&Query::name(long), 0.5, 10),
        Err(QueryError::NameTooLong(_))
    ));
}

fn corpus() -> Vec<(String, String, EntityType, bool, String)> {
    include_str!("data/name_cases.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "bad corpus line {l:?}");
            (
                f[0].into(),
                f[1].into(),
                EntityType::parse(f[2]).unwrap(),
                f[3] == "hit",
                f[4].into(),
            )
        })
        .collect()
}

#[test]
fn case_corpus() {
    let cases = corpus();
    let mut listed: Vec<(String, EntityType)> = cases.iter().map(|c| (c.1.clone(), c.2)).collect();
    listed.sort();
    listed.dedup();
    let entities = listed
        .iter()
        .enumerate()
        .map(|(i, (name, t))| {
            Entity::new(
                Source::Custom("case".into()),
                &i.to_string(),
                *t,
                Name::new(name, NameKind::Primary),
            )
        })
        .collect();
    let list = ListSnapshot {
        version: ListVersion {
            source: Source::Custom("case".into()),
            format: "test".into(),
            published: None,
            sha256: String::new(),
            files: Vec::new(),
        },
        entities,
        warnings: Vec::new(),
    };
    let m = Matcher::build(&[list]);
    let mut failures = Vec::new();
    for (query, name, _, expect_hit, why) in &cases {
        let i = listed.iter().position(|(n, _)| n == name).unwrap();
        let key = format!("case:{i}");
        let hits = m.screen(&Query::name(query.clone()), 0.0, 100).unwrap();
        let score = hits
            .iter()
            .find(|h| h.entity == key)
            .map(|h| h.score)
            .unwrap_or(0.0);
        if (score >= DEFAULT_THRESHOLD) != *expect_hit {
            failures.push(format!(
                "{query:?} vs {name:?}: score {score:.3}, expected {} ({why})",
                if *expect_hit { "hit" } else { "miss" }
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
