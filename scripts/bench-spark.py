#!/usr/bin/env python3
"""What the Spark job costs: wall time and CPU-seconds of examples/spark/screen_customers.py
on a local Spark, per million customers.

    bench-spark.py CUSTOMERS.jsonl[.xz] [--master local[2]] [--runs 3] [-- JOB-ARGS...]

Run it with the Python that has pyspark and the nomina wheel installed (a release build:
`maturin build --release`). The customers (JSON lines, the benchmark's query format) are
written to Parquet once; then the job runs `--runs` times through spark-submit. CPU time is
read from /proc for the whole process tree (the JVM, the Python daemon and its workers),
polled every 0.2 s, so a process's last fraction of a poll is missed; the Python workers'
own CPU (index build, screening, Arrow conversion) is reported beside it. Medians are
printed, with the figures scaled to a million customers and in core-hours. Each run pays a
fixed cost (starting the JVM and Spark, building the index in each Python worker) that a
small input shows alone: run it on 1,000 and on 1,000,000 customers to separate the two.
"""

import argparse
import json
import lzma
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import pyarrow as pa
import pyarrow.parquet as pq

JOB = pathlib.Path(__file__).resolve().parents[1] / "examples" / "spark" / "screen_customers.py"
TICKS = os.sysconf("SC_CLK_TCK")
POLL_SECONDS = 0.2


def to_parquet(jsonl, parquet):
    """The customers as the job reads them; returns their number."""
    opener = lzma.open if str(jsonl).endswith(".xz") else open
    refs, cols = [], {c: [] for c in ("name", "type", "dob", "country")}
    with opener(jsonl, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            refs.append(row["id"])
            for c in cols:
                cols[c].append(row["query"].get(c))
    pq.write_table(pa.table({"reference": refs, **cols}), parquet)
    return len(refs)


def tree_cpu(root, seen):
    """Updates seen[pid] = (command, CPU seconds) for root and every descendant alive now."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command is in parentheses and may hold spaces: split after its closing one.
        command = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        ppid, utime, stime = int(fields[1]), int(fields[11]), int(fields[12])
        children.setdefault(ppid, []).append((int(entry), command, (utime + stime) / TICKS))
    stack = [root]
    while stack:
        pid = stack.pop()
        for child, command, cpu in children.get(pid, []):
            seen[child] = (command, max(cpu, seen.get(child, (command, 0.0))[1]))
            stack.append(child)


def run_once(submit, master, parquet, output, job_args):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    cmd = [
        submit, "--master", master, "--conf", "spark.ui.enabled=false",
        str(JOB), str(parquet), str(output), "--overwrite", *job_args,
    ]
    seen = {}
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    # A wrapper process whose children are the job's processes.
    while proc.poll() is None:
        tree_cpu(os.getpid(), seen)
        time.sleep(POLL_SECONDS)
    wall = time.monotonic() - started
    stderr = proc.stderr.read()
    if proc.returncode != 0:
        sys.exit(f"the job failed ({proc.returncode}):\n{stderr}")
    total = sum(cpu for _, cpu in seen.values())
    python = sum(cpu for command, cpu in seen.values() if command.startswith("python"))
    hits = pq.read_table(output).num_rows
    return wall, total, python, hits, stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("customers")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("job_args", nargs="*", help="after --: arguments passed to the job")
    a = ap.parse_args()
    submit = str(pathlib.Path(sys.executable).parent / "spark-submit")
    with tempfile.TemporaryDirectory() as tmp:
        parquet = pathlib.Path(tmp) / "customers.parquet"
        n = to_parquet(a.customers, parquet)
        runs = []
        for i in range(a.runs):
            wall, cpu, python, hits, stderr = run_once(
                submit, a.master, parquet, pathlib.Path(tmp) / "hits", a.job_args
            )
            builds = [l for l in stderr.splitlines() if "built the index" in l]
            print(
                f"run {i + 1}: {n} customers, {hits} hit rows, wall {wall:.1f} s, "
                f"CPU {cpu:.1f} s (Python workers {python:.1f} s); " + " | ".join(builds),
                flush=True,
            )
            runs.append((wall, cpu, python))
    wall, cpu, python = (statistics.median(r[k] for r in runs) for k in range(3))
    per_million = 1_000_000 / n
    print(
        f"median of {a.runs}: wall {wall:.1f} s, CPU {cpu:.1f} s (Python workers {python:.1f} s)"
        f" for {n} customers on {a.master}\n"
        f"per million customers: wall {wall * per_million / 60:.1f} min, "
        f"CPU {cpu * per_million:.0f} s = {cpu * per_million / 3600:.2f} core-hours "
        f"(Python workers {python * per_million / 3600:.2f} core-hours)"
    )


if __name__ == "__main__":
    main()
