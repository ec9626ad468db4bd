"""Shared fixtures: one screener on the bundled lists for the whole session (building the
index takes about a second), and the committed portfolio fixture as an Arrow table."""

import json
import pathlib

import pyarrow as pa
import pytest

import nomina

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def screener():
    return nomina.Screener()


@pytest.fixture(scope="session")
def portfolio():
    """1,000 clean customers made by the benchmark's generator (gen_portfolio.py, Faker)."""
    rows = [json.loads(line)["query"] for line in (DATA / "portfolio-1000.jsonl").open()]
    columns = {
        col: [r.get(col) for r in rows] for col in ("name", "type", "dob", "country")
    }
    return pa.table(columns)
