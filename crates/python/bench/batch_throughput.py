"""Batch throughput of nomina.Screener.screen_batch with 1 and 2 threads, beside
`nomina screen --batch` on the same queries (docs/python.md).

    python batch_throughput.py PORTFOLIO.jsonl [ROWS] [--cli target/release/nomina]

PORTFOLIO.jsonl is in the benchmark's query format (gen_portfolio.py). Both sides screen
with the CLI batch defaults: hits down to 0.50, at most 10 per query. Each figure is the
median of 3 runs.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import tempfile
import time

import pyarrow as pa

import nomina


def load(path, rows):
    queries = []
    with open(path) as f:
        for line in f:
            queries.append(json.loads(line)["query"])
            if len(queries) == rows:
                break
    cols = {c: [q.get(c) for q in queries] for c in ("name", "type", "dob", "country")}
    return queries, pa.table(cols)


def median_rate(rows, run):
    secs = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        secs.append(time.perf_counter() - start)
    return rows / statistics.median(secs)


def cli_rate(cli, queries, threads):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i, q in enumerate(queries):
            f.write(json.dumps({"id": i, "query": q}) + "\n")
    rates = []
    for _ in range(3):
        env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
        out = subprocess.run(
            [cli, "screen", "--batch", f.name], env=env, capture_output=True, text=True, check=False
        )
        rates.append(float(re.search(r"\(([\d.]+) queries/s\)", out.stderr).group(1)))
    os.unlink(f.name)
    return statistics.median(rates)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("portfolio")
    ap.add_argument("rows", type=int, nargs="?", default=20000)
    ap.add_argument("--cli", help="a nomina binary to compare with")
    a = ap.parse_args()
    queries, table = load(a.portfolio, a.rows)
    screener = nomina.Screener()
    screener.screen_batch(table.slice(0, 500), min_score=0.5)  # warm the per-thread caches
    for threads in (1, 2):
        rate = median_rate(
            table.num_rows, lambda: screener.screen_batch(table, min_score=0.5, threads=threads)
        )
        line = f"screen_batch  threads={threads}: {rate:8.0f} rows/s"
        if a.cli:
            line += f"   nomina screen --batch: {cli_rate(a.cli, queries, threads):8.0f} queries/s"
        print(line, flush=True)


if __name__ == "__main__":
    main()
