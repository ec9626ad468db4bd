#!/usr/bin/env python3
"""Clean-portfolio benchmark: false alerts per 1,000 customers, at thresholds fixed by recall.

    scripts/bench-portfolio.py PORTFOLIO.jsonl [--queries NAMES.jsonl] [--nomina BIN]
                               [--list FILE ...] [--sample N] [--json OUT]

A bank's customer base is almost entirely clean, so a screening system's cost is its false
alerts. This script screens a portfolio made by `../shared/bench/portfolio/gen_portfolio.py`
(nobody on it is listed) and a labelled name benchmark (`names-dev.jsonl`) with the same
binary and lists, then reports:

* the thresholds where the labelled benchmark keeps 95 % and 97 % recall (a positive counts
  when an expected key scores at least the threshold, as `score_names.py` counts it);
* alerts per 1,000 customers (customers with any hit at or above the threshold) at the
  default threshold 0.80 and at those two thresholds: the fair comparison between systems
  is at equal recall;
* the listed entities that alert most, and a sample of alerts with their explanations
  (`nomina screen --explain`), so a reviewer sees what kind of alert remains;
* whole-process wall time and throughput of the portfolio batch.

Lists default to the benchmark's: UN 2026-02-27 + OFAC SDN 2021-07-07, as bundled in
`data/lists/`. Standard library only.
"""
import argparse
import collections
import json
import math
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LISTS = [
    os.path.join(ROOT, "data/lists/un/consolidated-2026-02-27.xml.gz"),
    os.path.join(ROOT, "data/lists/ofac/sdn-2021-07-07.csv.gz"),
]
DEFAULT_THRESHOLD = 0.80


def screen_batch(binary, lists, path):
    """Runs `nomina screen --batch` on a file; returns ({id: [(entity, score)]}, seconds)."""
    args = [binary]
    for l in lists:
        args += ["--list", l]
    args += ["screen", "--batch", path, "--min-score", "0.5", "--limit", "20"]
    start = time.monotonic()
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    secs = time.monotonic() - start
    res = {}
    for line in out.splitlines():
        r = json.loads(line)
        if "error" in r:
            raise SystemExit(f"{path}: query {r.get('id')} could not be screened: {r['error']}")
        res[r["id"]] = [(h["entity"], h["score"]) for h in r["hits"]]
    return res, secs


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def recall_threshold(queries, results, recall):
    """Highest threshold at which at least `recall` of the positives keep an expected hit."""
    best = []
    for q in queries:
        expect = set(q.get("expect") or [])
        if not expect:
            continue
        s = max((s for e, s in results.get(q["id"], []) if e in expect), default=0.0)
        best.append(s)
    best.sort(reverse=True)
    k = math.ceil(recall * len(best))
    return best[k - 1] if k else 1.0


def alerts_at(results, t):
    return sum(1 for hits in results.values() if any(s >= t for _, s in hits))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("portfolio")
    ap.add_argument("--queries", default=os.path.join(ROOT, "../shared/bench/names-dev.jsonl"))
    ap.add_argument("--nomina", default=os.path.join(ROOT, "target/release/nomina"))
    ap.add_argument("--list", action="append", dest="lists")
    ap.add_argument("--sample", type=int, default=15, help="alerts shown with explanations")
    ap.add_argument("--top", type=int, default=15, help="most alerting entities shown")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    lists = a.lists or DEFAULT_LISTS

    queries = load(a.queries)
    qres, _ = screen_batch(a.nomina, lists, a.queries)
    customers = {c["id"]: c["query"] for c in load(a.portfolio)}
    pres, secs = screen_batch(a.nomina, lists, a.portfolio)
    n = len(customers)

    thresholds = {
        "default": DEFAULT_THRESHOLD,
        "recall_95": recall_threshold(queries, qres, 0.95),
        "recall_97": recall_threshold(queries, qres, 0.97),
    }
    fig = {"customers": n, "seconds": round(secs, 2), "per_second": round(n / secs),
           "thresholds": thresholds, "alerts_per_1000": {}}
    print(f"portfolio {a.portfolio}: {n} customers screened in {secs:.2f} s "
          f"({n / secs:,.0f}/s, whole process)")
    for label, t in thresholds.items():
        k = alerts_at(pres, t)
        fig["alerts_per_1000"][label] = round(1000 * k / n, 3)
        print(f"  {label:9} threshold {t:.4f}: {k} customers alert = {1000 * k / n:.2f} per 1,000")

    t = thresholds["recall_97"]
    by_entity = collections.Counter(
        e for hits in pres.values() for e, s in hits if s >= min(t, DEFAULT_THRESHOLD))
    print(f"\nmost alerting entities (score >= {min(t, DEFAULT_THRESHOLD):.4f}):")
    for e, k in by_entity.most_common(a.top):
        print(f"  {k:5}  {e}")
    fig["top_entities"] = by_entity.most_common(a.top)

    alerted = sorted(cid for cid, hits in pres.items() if any(s >= t for _, s in hits))
    rng = random.Random(7)
    sample = rng.sample(alerted, min(a.sample, len(alerted)))
    print(f"\nsample of {len(sample)} alerts at {t:.4f}, explained:")
    for cid in sorted(sample):
        q = customers[cid]
        args = [a.nomina] + sum((["--list", l] for l in lists), []) + [
            "screen", q["name"], "--min-score", f"{t:.4f}", "--limit", "1", "--explain"]
        for k in ("type", "dob", "country"):
            if q.get(k):
                args += [f"--{k}", q[k]]
        out = subprocess.run(args, capture_output=True, text=True).stdout
        print(f"--- {cid} {json.dumps(q, ensure_ascii=False)}")
        print("\n".join("    " + l for l in out.strip().splitlines()[1:]))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(fig, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
