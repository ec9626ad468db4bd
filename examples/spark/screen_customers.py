#!/usr/bin/env python3
"""Screen a Parquet customer file against the sanctions lists on Spark, with nomina.

    spark-submit screen_customers.py CUSTOMERS.parquet HITS.parquet \\
        [--list FILE ...] [--threshold 0.8] [--limit 10] [--reference-column reference] \\
        [--partitions N] [--overwrite]

Input: one customer a row, with a reference column (``--reference-column``, ``reference``
by default) and the query columns ``nomina.Screener.screen_batch`` reads: ``name``
(required), ``type``, ``dob``, ``country``, ``id`` and ``ids``. Other columns are ignored;
the reference column is never read as evidence.

Output: a Parquet directory with one row per hit: ``reference``, ``entity`` (``un:QDi.422``),
``entity_name``, ``entity_type``, ``list`` (the source: un, ofac, eu, uk or a custom list),
``list_published`` and ``list_sha256`` (the version screened against), ``score``,
``matched_name``, ``summary`` (one line: which listed name, how it matched, the evidence)
and ``explanation`` (the matcher's whole explanation as JSON, as ``nomina screen --json``
writes it). A customer that cannot be screened (an empty name, a malformed date) is a row
with ``error`` set and no entity, never a silent "no hit"; the job then exits with code 5,
as ``nomina screen --batch`` does.

How the work is spread: the rows go to ``DataFrame.mapInArrow``, so each task hands whole
Arrow record batches to ``screen_batch``, which reads them in place and screens them in
Rust with the GIL released, on as many threads as the task has cores
(``spark.task.cpus``). The lists reach the executors once, as one prebuilt index file:
the driver writes it (``nomina.build_index``, from the ``--list`` files or the lists in
force on the driver; or takes the one given with ``--index``, from ``nomina index build``)
and ships it with ``SparkContext.addFile``. Each Python worker maps it on its first batch
(``nomina.Screener(index=...)``: tens of milliseconds, no list parsing, no index build)
and keeps the screener in a module-level variable for every later batch and task (Spark
reuses Python workers). The driver also records the versions it expects (source and
SHA-256), and a worker whose screener holds others fails its task instead of screening
against other data.

This file is both the driver and the module the workers import: ``main`` ships it with
``addPyFile`` and passes ``screen_customers.screen_batches`` to Spark, so the function is
pickled by reference and its module-level cache lives as long as the worker process.
See docs/scale-out.md for running it on a cluster and what it costs.
"""

import argparse
import json
import os
import sys
import tempfile
import time

# Which columns of the input screen_batch reads as the query (see docs/python.md).
QUERY_COLUMNS = ("name", "type", "dob", "country", "id", "ids")

# The hits written, as a Spark schema (DDL) and as the Arrow schema of the batches returned.
HIT_COLUMNS = (
    ("reference", "string"),
    ("entity", "string"),
    ("entity_name", "string"),
    ("entity_type", "string"),
    ("list", "string"),
    ("list_published", "string"),
    ("list_sha256", "string"),
    ("score", "double"),
    ("matched_name", "string"),
    ("summary", "string"),
    ("explanation", "string"),
    ("error", "string"),
)

# Exit code when some customers could not be screened (the CLI's for a batch with errors).
EXIT_ROW_ERRORS = 5

# The worker's screener, built on its first batch and kept for the life of the process:
# (what it was built from, the screener).
_worker_screener = None


def hit_schema_ddl():
    """The output schema in Spark's DDL form, for mapInArrow."""
    return ", ".join(f"`{name}` {kind}" for name, kind in HIT_COLUMNS)


def arrow_hit_schema():
    """The output schema as an Arrow schema, for the batches returned to Spark."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "double": pa.float64()}
    return pa.schema([pa.field(name, kinds[kind]) for name, kind in HIT_COLUMNS])


def list_versions(screener):
    """The versions a screener screens against: {source: (published, sha256)}."""
    return {l.source: (l.published, l.sha256) for l in screener.lists}


def worker_screener(config):
    """The screener of this Python worker: opened on the first call, then reused.

    The index file was shipped with ``addFile`` and is mapped from this node's copy
    (``SparkFiles.get``). The versions it holds must be the ones the driver expects.
    """
    global _worker_screener
    import nomina

    wanted = (config["index_name"], tuple(sorted(config["versions"].items())))
    if _worker_screener is not None and _worker_screener[0] == wanted:
        return _worker_screener[1]
    from pyspark import SparkFiles

    started = time.monotonic()
    screener = nomina.Screener(index=SparkFiles.get(config["index_name"]))
    found = {s: list(v) for s, v in list_versions(screener).items()}
    if found != config["versions"]:
        raise RuntimeError(
            "this executor's index holds other lists than the driver's: expected "
            f"{json.dumps(config['versions'], sort_keys=True)}, found "
            f"{json.dumps(found, sort_keys=True)}"
        )
    _worker_screener = (wanted, screener)
    print(
        f"nomina: Python worker {os.getpid()} loaded the lists from the index file in "
        f"{time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    return screener


def summary(explanation):
    """One line saying why a hit scored what it did, from the matcher's explanation (JSON):
    the listed name met, its kind, the name score and each piece of evidence."""
    parts = [
        f'as "{explanation["matched_name"]}" ({explanation["name_kind"]})',
        f'name {explanation["name_score"]:.4f}',
    ]
    parts += [f'{f["rule"]} ×{f["value"]:.2f}' for f in explanation.get("factors", [])]
    for field, finding in sorted(explanation.get("evidence", {}).items()):
        parts.append(f'{field} {finding["outcome"]} ({finding["adjustment"]:+.2f})')
    return "; ".join(parts)


def reason_only(error, row):
    """The reason a customer could not be screened, without screen_batch's "row N: " (a
    position in one Arrow batch means nothing in the output: the reference names the row)."""
    prefix = f"row {row}: "
    return error[len(prefix) :] if error.startswith(prefix) else error


def screen_batch(screener, batch, config, threads):
    """Screens one Arrow record batch of customers; returns the table of their hits."""
    import pyarrow as pa

    reference = config["reference_column"]
    names = batch.schema.names
    query = pa.RecordBatch.from_arrays(
        [batch.column(c) for c in names if c in QUERY_COLUMNS and c != reference],
        names=[c for c in names if c in QUERY_COLUMNS and c != reference],
    )
    options = {"explain": True, "errors": "column", "threads": threads}
    if config["threshold"] is not None:
        options["min_score"] = config["threshold"]
    if config["limit"] is not None:
        options["limit"] = config["limit"]
    hits = screener.screen_batch(query, **options)
    versions = config["versions"]
    refs = batch.column(reference).cast(pa.string()).take(hits.column("row"))
    entities = hits.column("entity").to_pylist()
    sources = [e.split(":", 1)[0] if e is not None else None for e in entities]
    explanations = hits.column("explanation").to_pylist()
    columns = {
        "reference": refs,
        "entity": hits.column("entity"),
        "entity_name": hits.column("name"),
        "entity_type": hits.column("type"),
        "list": pa.array(sources, pa.string()),
        "list_published": pa.array(
            [versions[s][0] if s else None for s in sources], pa.string()
        ),
        "list_sha256": pa.array([versions[s][1] if s else None for s in sources], pa.string()),
        "score": hits.column("score"),
        "matched_name": hits.column("matched_name"),
        "summary": pa.array(
            [summary(json.loads(x)) if x is not None else None for x in explanations],
            pa.string(),
        ),
        "explanation": hits.column("explanation"),
        "error": pa.array(
            [
                reason_only(e, r) if e is not None else None
                for e, r in zip(hits.column("error").to_pylist(), hits.column("row").to_pylist())
            ],
            pa.string(),
        ),
    }
    return pa.table(columns, schema=arrow_hit_schema())


def screen_batches(config, batches):
    """mapInArrow's function: the hits of every customer batch of one partition."""
    from pyspark import TaskContext

    context = TaskContext.get()
    threads = context.cpus() if context is not None else 1
    screener = worker_screener(config)
    for batch in batches:
        yield from screen_batch(screener, batch, config, threads).to_batches()


def parse_args(argv):
    """The job's command line (see the module's documentation)."""
    ap = argparse.ArgumentParser(
        description="Screen a Parquet customer file against sanctions lists (nomina on Spark)."
    )
    ap.add_argument("input", help="Parquet file or directory of customers")
    ap.add_argument("output", help="Parquet directory the hits are written to")
    ap.add_argument(
        "--list",
        dest="lists",
        action="append",
        default=[],
        metavar="FILE",
        help="a list file or directory (repeatable), indexed once on the driver; "
        "default: the lists in force on the driver (the bundled ones)",
    )
    ap.add_argument(
        "--index",
        default=None,
        metavar="FILE",
        help="a prebuilt index file (nomina index build) to ship instead of indexing "
        "lists on the driver",
    )
    ap.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="lowest score written (default: nomina.DEFAULT_THRESHOLD, 0.80)",
    )
    ap.add_argument(
        "--limit", type=int, default=None, help="most hits per customer (default: nomina's, 10)"
    )
    ap.add_argument(
        "--reference-column",
        default="reference",
        help="the column identifying the customer (default: reference)",
    )
    ap.add_argument(
        "--partitions",
        type=int,
        default=None,
        help="screen in this many partitions (default: the input's, raised to the "
        "cluster's default parallelism when it has fewer)",
    )
    ap.add_argument("--overwrite", action="store_true", help="replace an existing output")
    return ap.parse_args(argv)


def index_file(args, workdir):
    """The index file to ship: the one given with ``--index``, else one written now in
    ``workdir`` from the ``--list`` files (or the lists in force on the driver)."""
    import nomina

    if args.index:
        if args.lists:
            raise SystemExit("error: give --index or --list, not both (an index holds its lists)")
        if not os.path.isfile(args.index):
            raise SystemExit(f"error: index file {args.index}: no such file")
        return os.path.abspath(args.index)
    for path in args.lists:
        if not os.path.exists(path):
            raise SystemExit(f"error: list file {path}: no such file or directory")
    path = os.path.join(workdir, "nomina-lists.idx")
    started = time.monotonic()
    nomina.build_index(path, lists=args.lists or None)
    print(
        f"nomina: indexed the lists on the driver in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    return path


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        raise SystemExit(f"error: --threshold must be between 0 and 1, not {args.threshold}")
    if args.limit is not None and args.limit < 1:
        raise SystemExit("error: --limit must be at least 1")

    import functools

    import nomina
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    spark = SparkSession.builder.appName("nomina screen_customers").getOrCreate()
    sc = spark.sparkContext
    # The workers import this file as a module: its function is then pickled by name and
    # the screener cached in the module outlives each task.
    sc.addPyFile(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import screen_customers as job

    # One index file for every worker, and the versions it holds, read on the driver.
    workdir = tempfile.mkdtemp(prefix="nomina-spark-")
    index_path = index_file(args, workdir)
    expected = nomina.Screener(index=index_path)
    sc.addFile(index_path)
    config = {
        "index_name": os.path.basename(index_path),
        "versions": {s: list(v) for s, v in list_versions(expected).items()},
        "threshold": args.threshold,
        "limit": args.limit,
        "reference_column": args.reference_column,
    }
    del expected
    print(
        "nomina: screening against "
        + ", ".join(f"{s} {v[0] or '(undated)'}" for s, v in sorted(config["versions"].items())),
        file=sys.stderr,
    )

    customers = spark.read.parquet(args.input)
    if args.reference_column not in customers.columns:
        raise SystemExit(
            f"error: {args.input}: no column {args.reference_column!r} "
            f"(columns: {', '.join(customers.columns)}); see --reference-column"
        )
    if "name" not in customers.columns:
        raise SystemExit(f"error: {args.input}: no column 'name' to screen")
    wanted = [c for c in customers.columns if c in QUERY_COLUMNS or c == args.reference_column]
    customers = customers.select(*wanted)
    partitions = args.partitions or max(
        customers.rdd.getNumPartitions(), sc.defaultParallelism
    )
    if partitions != customers.rdd.getNumPartitions():
        customers = customers.repartition(partitions)

    hits = customers.mapInArrow(
        functools.partial(job.screen_batches, config), job.hit_schema_ddl()
    )
    hits.write.mode("overwrite" if args.overwrite else "errorifexists").parquet(args.output)

    written = spark.read.parquet(args.output)
    errors = written.where(F.col("error").isNotNull()).count()
    total = written.where(F.col("error").isNull()).count()
    print(f"nomina: {total} hits written to {args.output}", file=sys.stderr)
    spark.stop()
    if errors:
        print(
            f"nomina: {errors} customers could not be screened (rows with 'error' set)",
            file=sys.stderr,
        )
        return EXIT_ROW_ERRORS
    return 0


if __name__ == "__main__":
    sys.exit(main())
