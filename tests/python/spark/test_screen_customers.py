"""The Spark job (examples/spark/screen_customers.py) on a local Spark gives exactly the hits
of `nomina screen --batch` on the same customers.

Needs: Java 17 on PATH, pyspark (requirements.txt) and the nomina wheel in this Python, and
the CLI in $NOMINA_BIN. A missing one is a failure, not a skip: .ci/run installs them all.
The job runs through `spark-submit --master local[2]`, as a user runs it.
"""

import json
import lzma
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
JOB = ROOT / "examples" / "spark" / "screen_customers.py"
FIXTURES = ROOT / "crates" / "lists" / "tests" / "fixtures"
# 100,000 customers from the clean-portfolio generator (see data/README.md).
PORTFOLIO = pathlib.Path(__file__).parent / "data" / "portfolio-100k.jsonl.xz"
# Scores are compared to this tolerance (both sides round to 4 decimals).
SCORE_TOLERANCE = 1e-9
# The CLI's batch floor: low enough that every customer near a listed name is compared.
THRESHOLD = "0.5"
# The job's exit code when some customers could not be screened (the CLI's, too).
EXIT_ROW_ERRORS = 5


def required_tools():
    """The CLI, java and spark-submit, or a failure saying which is missing."""
    missing = []
    cli = os.environ.get("NOMINA_BIN")
    if not cli or not os.access(cli, os.X_OK):
        missing.append("NOMINA_BIN (the nomina binary, e.g. target/debug/nomina)")
    if shutil.which("java") is None:
        missing.append("java (Debian: openjdk-17-jre-headless)")
    submit = pathlib.Path(sys.executable).parent / "spark-submit"
    if not submit.exists():
        missing.append(f"spark-submit beside {sys.executable} (pip install -r requirements.txt)")
    try:
        import nomina  # noqa: F401
    except ImportError:
        missing.append("the nomina package (pip install the wheel)")
    if missing:
        pytest.fail("the Spark test needs: " + "; ".join(missing), pytrace=False)
    return cli, str(submit)


@pytest.fixture(scope="module")
def tools():
    return required_tools()


def write_customers(lines, directory):
    """The customers as the CLI reads them (JSON lines) and as the job reads them (Parquet
    with a `reference` column); returns both paths."""
    directory.mkdir(parents=True, exist_ok=True)
    jsonl = directory / "customers.jsonl"
    jsonl.write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines))
    columns = {"reference": [l["id"] for l in lines]}
    for col in ("name", "type", "dob", "country"):
        columns[col] = [l["query"].get(col) for l in lines]
    parquet = directory / "customers.parquet"
    pq.write_table(pa.table(columns), parquet)
    return jsonl, parquet


def run_cli(cli, jsonl, extra):
    """`nomina screen --batch`: {(reference, entity): [scores]} and {reference: error}."""
    started = time.monotonic()
    proc = subprocess.run(
        [cli, *extra, "screen", "--batch", str(jsonl), "--min-score", THRESHOLD],
        capture_output=True,
        text=True,
    )
    elapsed = time.monotonic() - started
    assert proc.returncode in (0, EXIT_ROW_ERRORS), proc.stderr
    hits, errors = {}, {}
    for line in proc.stdout.splitlines():
        result = json.loads(line)
        if "error" in result:
            errors[result["id"]] = result["error"]
        for h in result.get("hits", []):
            hits.setdefault((result["id"], h["entity"]), []).append(h["score"])
    return hits, errors, proc.returncode, elapsed


def run_job(submit, parquet, output, extra):
    """The Spark job on local[2]: its process, the output table, hits and errors as run_cli."""
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    started = time.monotonic()
    proc = subprocess.run(
        [
            submit,
            "--master",
            "local[2]",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.sql.shuffle.partitions=2",
            str(JOB),
            str(parquet),
            str(output),
            "--threshold",
            THRESHOLD,
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    elapsed = time.monotonic() - started
    assert proc.returncode in (0, EXIT_ROW_ERRORS), proc.stdout + proc.stderr
    table = pq.read_table(output)
    hits, errors = {}, {}
    for row in table.to_pylist():
        if row["error"] is not None:
            errors[row["reference"]] = row["error"]
        else:
            hits.setdefault((row["reference"], row["entity"]), []).append(row["score"])
    return proc, table, hits, errors, elapsed


def differences(cli_hits, job_hits):
    """Every way the job's hits differ from the CLI's, one line each."""
    out = []
    for key in sorted(cli_hits.keys() - job_hits.keys()):
        out.append(f"only from the CLI: {key} score {cli_hits[key]}")
    for key in sorted(job_hits.keys() - cli_hits.keys()):
        out.append(f"only from Spark: {key} score {job_hits[key]}")
    for key in sorted(cli_hits.keys() & job_hits.keys()):
        a, b = cli_hits[key], job_hits[key]
        if len(a) != 1 or len(b) != 1:
            out.append(f"{key} appears {len(a)} times from the CLI, {len(b)} from Spark")
        elif abs(a[0] - b[0]) > SCORE_TOLERANCE:
            out.append(f"{key}: CLI {a[0]!r}, Spark {b[0]!r}")
    return out


def check_hit_columns(table):
    """Each hit names its list version and explains itself."""
    bad = []
    for row in table.to_pylist():
        if row["error"] is not None:
            continue
        source = row["entity"].split(":", 1)[0]
        if row["list"] != source or not re.fullmatch(r"[0-9a-f]{64}", row["list_sha256"] or ""):
            bad.append(f"list columns of {row}")
        if not row["summary"].startswith(f'as "{row["matched_name"]}"'):
            bad.append(f"summary of {row}")
        if json.loads(row["explanation"])["matched_name"] != row["matched_name"]:
            bad.append(f"explanation of {row}")
    assert not bad, "\n".join(bad)


def test_100k_portfolio_matches_cli(tools, tmp_path, capsys):
    cli, submit = tools
    lines = [json.loads(l) for l in lzma.open(PORTFOLIO, "rt", encoding="utf-8")]
    assert len(lines) == 100_000
    jsonl, parquet = write_customers(lines, tmp_path / "in")
    cli_hits, cli_errors, cli_code, cli_s = run_cli(cli, jsonl, [])
    # Eight partitions on two cores: each Python worker serves several tasks, and must
    # open the shipped index file only once.
    proc, table, job_hits, job_errors, job_s = run_job(
        submit, parquet, tmp_path / "hits", ["--partitions", "8"]
    )
    with capsys.disabled():
        print(
            f"\n100,000 customers: nomina screen --batch {cli_s:.1f} s, Spark local[2] "
            f"job {job_s:.1f} s, {len(cli_hits)} hits at {THRESHOLD}"
        )
    diff = differences(cli_hits, job_hits)
    assert not diff, f"{len(diff)} differences:\n" + "\n".join(diff)
    assert set(job_errors) == set(cli_errors)
    assert proc.returncode == cli_code == 0
    # A test that compared two empty results would prove nothing.
    assert len(cli_hits) > 1000
    check_hit_columns(table)
    builds = re.findall(r"nomina: Python worker \d+ loaded the lists from the index file", proc.stderr)
    assert 1 <= len(builds) <= 2, proc.stderr


def test_list_files_are_shipped_and_bad_rows_reported(tools, tmp_path):
    cli, submit = tools
    lists = [FIXTURES / "custom-acme.csv", FIXTURES / "uk-sl-2026-10-08.csv"]
    portfolio = lzma.open(PORTFOLIO, "rt", encoding="utf-8")
    lines = [json.loads(next(portfolio)) for _ in range(2000)]
    # Listed names written another way, and a customer with no name to screen.
    for n, query in enumerate(
        [
            {"name": "Viktor Samplov", "type": "person", "dob": "1971"},
            {"name": "Northwind Trading", "country": "AE"},
            {"name": "Haji Khairullah Haji Sattar Money Exchange"},
            {"name": "Haji Alim Hawala", "type": "organization"},
            {"name": "   "},
        ]
    ):
        lines.append({"id": f"x{n}", "query": query})
    jsonl, parquet = write_customers(lines, tmp_path / "in")
    list_args = [a for path in lists for a in ("--list", str(path))]
    cli_hits, cli_errors, cli_code, _ = run_cli(cli, jsonl, list_args)
    proc, table, job_hits, job_errors, _ = run_job(
        submit, parquet, tmp_path / "hits", list_args
    )
    diff = differences(cli_hits, job_hits)
    assert not diff, f"{len(diff)} differences:\n" + "\n".join(diff)
    assert {k[0] for k in job_hits if k[0].startswith("x")} == {"x0", "x1", "x2", "x3"}
    assert {k[1].split(":")[0] for k in job_hits} == {"acme", "uk"}
    assert set(job_errors) == set(cli_errors) == {"x4"}
    # The same reason; the CLI says where it is by line, the job by the reference column.
    assert cli_errors["x4"] == f"line {len(lines)}: {job_errors['x4']}"
    assert proc.returncode == cli_code == EXIT_ROW_ERRORS
    check_hit_columns(table)


def test_a_prebuilt_index_file_is_shipped_as_given(tools, tmp_path):
    cli, submit = tools
    lists = [FIXTURES / "custom-acme.csv", FIXTURES / "uk-sl-2026-10-08.csv"]
    list_args = [a for path in lists for a in ("--list", str(path))]
    index = tmp_path / "given.idx"
    subprocess.run(
        [cli, *list_args, "index", "build", "--out", str(index)], check=True, capture_output=True
    )
    portfolio = lzma.open(PORTFOLIO, "rt", encoding="utf-8")
    lines = [json.loads(next(portfolio)) for _ in range(1000)]
    lines.append({"id": "x0", "query": {"name": "Viktor Samplov", "type": "person"}})
    jsonl, parquet = write_customers(lines, tmp_path / "in")
    cli_hits, _, cli_code, _ = run_cli(cli, jsonl, list_args)
    proc, _, job_hits, _, _ = run_job(submit, parquet, tmp_path / "hits", ["--index", str(index)])
    diff = differences(cli_hits, job_hits)
    assert not diff, f"{len(diff)} differences:\n" + "\n".join(diff)
    assert any(k[0] == "x0" for k in job_hits)
    assert proc.returncode == cli_code == 0
    assert "indexed the lists on the driver" not in proc.stderr
