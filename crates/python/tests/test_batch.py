"""Arrow batches: the same hits as one-by-one screening, row errors, threads and the GIL."""

import threading
import time

import pyarrow as pa
import pytest

import nomina


def single_hits(screener, table, min_score):
    out = []
    for i, row in enumerate(table.to_pylist()):
        for h in screener.screen(
            row["name"], type=row["type"], dob=row["dob"], country=row["country"], min_score=min_score
        ):
            out.append((i, h.entity, h.score, h.name))
    return out


def batch_hits(result):
    cols = result.select(["row", "entity", "score", "name"]).to_pydict()
    return list(zip(cols["row"], cols["entity"], cols["score"], cols["name"]))


def test_batch_equals_single_screening_on_1000_customers(screener, portfolio):
    assert portfolio.num_rows == 1000
    result = screener.screen_batch(portfolio, min_score=0.5)
    assert result.schema.names == ["row", "entity", "name", "type", "score", "matched_name"]
    hits = batch_hits(result)
    assert len(hits) > 100  # at 0.5 clean names still meet listed words
    assert hits == single_hits(screener, portfolio, 0.5)


def test_record_batches_and_other_column_types_are_read(screener):
    table = pa.table(
        {
            "name": pa.array(["Carrie Lam", "Masood Azhar"]).dictionary_encode(),
            "dob": pa.array([pa.scalar(0, pa.date32()).as_py().replace(1957, 5, 13), None], pa.date32()),
            "ids": [["x-1", "x-2"], None],
        }
    )
    for data in (table, table.to_batches()[0]):
        result = screener.screen_batch(data, explain=True)
        rows = result.to_pylist()
        assert rows[0]["entity"] == "ofac:29249" and rows[0]["row"] == 0
        assert any(r["entity"] == "un:QDi.422" and r["row"] == 1 for r in rows)
        assert '"matched_name"' in rows[0]["explanation"]


def test_a_row_that_cannot_be_screened_raises_or_is_reported(screener):
    table = pa.table({"name": ["Masood Azhar", None, "Carrie Lam"], "type": [None, None, "robot"]})
    with pytest.raises(nomina.NominaError, match="row 1: the name is empty"):
        screener.screen_batch(table)
    result = screener.screen_batch(table, errors="column").to_pylist()
    errors = {r["row"]: r["error"] for r in result if r["error"]}
    assert errors == {1: "row 1: the name is empty (or has no letters or digits)",
                      2: 'row 2: unknown type "robot" (person, organization, vessel, aircraft)'}
    assert [r["row"] for r in result if not r["error"]] == [0, 0]


def test_bad_tables_and_options_raise(screener):
    with pytest.raises(nomina.NominaError, match='no "name" column'):
        screener.screen_batch(pa.table({"customer": ["x"]}))
    with pytest.raises(nomina.NominaError, match="pyarrow Table or RecordBatch"):
        screener.screen_batch([{"name": "x"}])
    with pytest.raises(nomina.NominaError, match="errors must be"):
        screener.screen_batch(pa.table({"name": ["x"]}), errors="ignore")
    with pytest.raises(nomina.NominaError, match="threads must be at least 1"):
        screener.screen_batch(pa.table({"name": ["x"]}), threads=0)
    empty = screener.screen_batch(pa.table({"name": pa.array([], pa.string())}))
    assert empty.num_rows == 0


def test_python_threads_run_batches_together(screener, portfolio):
    """Two Python threads screening halves give the serial result; the GIL is released, so
    the main thread keeps running while a batch is screened."""
    big = pa.concat_tables([portfolio] * 6)
    halves = [big.slice(0, 3000), big.slice(3000)]
    start = time.perf_counter()
    serial = [batch_hits(screener.screen_batch(h, threads=1)) for h in halves]
    serial_secs = time.perf_counter() - start

    results = [None, None]

    def work(i):
        results[i] = batch_hits(screener.screen_batch(halves[i], threads=1))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    ticks = []
    while any(t.is_alive() for t in threads):
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    for t in threads:
        t.join()
    threaded_secs = time.perf_counter() - start
    assert results == serial
    # Not a speed test (the machine may be busy): threads must not serialise badly...
    assert threaded_secs < 3 * serial_secs + 1.0
    # ...and the main thread was never shut out for a whole batch, as it would be if the
    # GIL were held (each batch takes about half of serial_secs).
    gaps = [b - a for a, b in zip(ticks, ticks[1:])] or [0.0]
    assert max(gaps) < max(0.25 * serial_secs, 0.05), (max(gaps), serial_secs)
