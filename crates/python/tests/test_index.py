"""A prebuilt index file: built once, opened by each worker, same answers; a damaged or
unrelated file is refused with the file named."""

import pathlib

import pytest

import nomina


@pytest.fixture(scope="module")
def index_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("index") / "bundled.idx"
    entities = nomina.build_index(str(path))
    assert entities == sum(l.entities for l in nomina.Screener(index=str(path)).lists)
    assert entities > 10_000
    return path


def test_screening_with_the_index_equals_screening_without(screener, index_file):
    prebuilt = nomina.Screener(index=str(index_file))
    assert [(l.source, l.sha256) for l in prebuilt.lists] == [
        (l.source, l.sha256) for l in screener.lists
    ]
    for name in ["Masood Azhar", "Jaish-e-Mohammed", "Mohammad Masud Alvi", "Jane Nobody"]:
        a = [h.to_dict() for h in screener.screen(name, min_score=0.5)]
        b = [h.to_dict() for h in prebuilt.screen(name, min_score=0.5)]
        assert a == b, name
    assert any(h.entity == "un:QDi.422" for h in prebuilt.screen("Masood Azhar"))
    mentions = prebuilt.scan("Masood Azhar founded Jaish-e-Mohammed.")
    assert {m.entity for m in mentions} >= {"un:QDi.422", "un:QDe.019"}


def test_a_damaged_or_unrelated_file_is_refused(index_file, tmp_path):
    data = bytearray(index_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.idx"
    damaged.write_bytes(bytes(data))
    with pytest.raises(nomina.NominaError, match="checksum mismatch"):
        nomina.Screener(index=str(damaged))
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("hello")
    with pytest.raises(nomina.NominaError, match="not a nomina index file"):
        nomina.Screener(index=str(unrelated))
    with pytest.raises(nomina.NominaError, match="index replaces lists"):
        nomina.Screener(lists=["x.xml"], index=str(index_file))
