#!/usr/bin/env python3
"""Convert a portfolio in the name benchmark's query format (what gen_portfolio.py writes)
to Parquet or CSV with the columns `nomina screen --batch` and `customers import` read:
id, name, type, dob, country.

    portfolio_to_parquet.py portfolio.jsonl portfolio.parquet [--rows-per-group 100000]
    portfolio_to_parquet.py portfolio.jsonl portfolio.csv

Needs pyarrow. Streams: a row group of --rows-per-group rows at a time.
"""
import argparse, csv, json

COLUMNS = ["id", "name", "type", "dob", "country"]


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            v = json.loads(line)
            q = v.get("query", v)
            yield [v.get("id"), q.get("name"), q.get("type"), q.get("dob"), q.get("country")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--rows-per-group", type=int, default=100_000)
    a = ap.parse_args()
    if a.dst.endswith(".csv"):
        with open(a.dst, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS)
            for r in rows(a.src):
                w.writerow(["" if x is None else x for x in r])
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    with pq.ParquetWriter(a.dst, schema, compression="snappy") as w:
        group = []
        for r in rows(a.src):
            group.append(r)
            if len(group) == a.rows_per_group:
                w.write_table(pa.Table.from_pylist([dict(zip(COLUMNS, g)) for g in group], schema))
                group = []
        if group:
            w.write_table(pa.Table.from_pylist([dict(zip(COLUMNS, g)) for g in group], schema))


if __name__ == "__main__":
    main()
