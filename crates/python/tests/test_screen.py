"""Screening one name, and the errors a caller gets instead of "no match"."""

import datetime
import pathlib

import pytest

import nomina


def test_masood_azhar_finds_the_un_listing(screener):
    hits = screener.screen("Masood Azhar")
    keys = [h.entity for h in hits]
    assert "un:QDi.422" in keys
    un = hits[keys.index("un:QDi.422")]
    assert un.type == "person"
    assert un.name == "MOHAMMED MASOOD AZHAR ALVI"
    assert 0.8 <= un.score <= 1.0
    assert un.explanation.matched_name == "Masud Azhar"
    assert un.explanation.name_kind == "weak_alias"
    assert {t["query"] for t in un.explanation.tokens} >= {"masood", "azhar"}
    assert un.to_dict()["entity"] == "un:QDi.422"
    assert "name score" in str(un.explanation)


def test_hits_are_ranked_and_limited(screener):
    hits = screener.screen("Mohammed", min_score=0.5, limit=3)
    assert len(hits) == 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_evidence_moves_the_score(screener):
    plain = screener.screen("Carrie Lam")[0]
    agreeing = screener.screen("Carrie Lam", dob=datetime.date(1957, 5, 13), country="Hong Kong")
    assert agreeing[0].entity == plain.entity
    assert agreeing[0].explanation.evidence.get("dob") is not None
    against = screener.screen("Carrie Lam", type="organization", min_score=0.0, limit=1)
    assert against[0].score < plain.score


def test_an_unlisted_identifier_is_no_evidence(screener):
    plain = screener.screen("Masood Azhar")
    with_id = screener.screen("Masood Azhar", ids=["nothing-listed-like-this"])
    assert [(h.entity, h.score) for h in with_id] == [(h.entity, h.score) for h in plain]
    assert all(h.explanation.evidence.get("identifier") is None for h in with_id)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": ""}, 'cannot screen "": the name is empty'),
        ({"name": "x" * 501}, "names are limited to 500"),
        ({"name": "Masood\x07Azhar"}, "control character U+0007"),
        ({"name": "A", "type": "robot"}, 'unknown type "robot"'),
        ({"name": "A", "dob": "13/05/1957"}, 'dob "13/05/1957"'),
        ({"name": "A", "min_score": 1.5}, "min_score must be between 0 and 1"),
        ({"name": "A", "limit": 0}, "limit must be at least 1"),
    ],
)
def test_bad_queries_raise_nomina_error(screener, kwargs, message):
    with pytest.raises(nomina.NominaError, match=None) as err:
        screener.screen(**kwargs)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_a_missing_list_file_is_named(tmp_path):
    missing = tmp_path / "no-such-list.xml"
    with pytest.raises(nomina.NominaError) as err:
        nomina.Screener(lists=[missing])
    assert str(missing) in str(err.value)
    assert "cannot read" in str(err.value)


def test_a_list_file_that_is_not_a_list_is_named(tmp_path):
    bad = tmp_path / "garbage.xml"
    bad.write_text("<notalist><x/></notalist>")
    with pytest.raises(nomina.NominaError) as err:
        nomina.Screener(lists=[str(bad)])
    assert str(bad) in str(err.value)


def test_an_empty_list_of_lists_is_refused():
    with pytest.raises(nomina.NominaError, match="lists is empty"):
        nomina.Screener(lists=[])


def test_lists_carry_versions_and_hashes(screener):
    lists = screener.lists
    assert [l.source for l in lists] == ["un", "ofac", "eu", "uk"]
    for l in lists:
        assert len(l.sha256) == 64 and int(l.sha256, 16) >= 0
        assert l.entities > 0 and l.format and l.files
        assert l.origin in ("bundled default",) or l.origin.startswith("data directory")
    assert lists[0].published == "2026-02-27" or lists[0].origin != "bundled default"


def test_the_stub_declares_every_public_name():
    import ast

    stub = pathlib.Path(__file__).parents[1] / "nomina.pyi"
    tree = ast.parse(stub.read_text())
    declared = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    declared |= {
        n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }
    import types

    public = {
        n
        for n in dir(nomina)
        if not n.startswith("_") and not isinstance(getattr(nomina, n), types.ModuleType)
    } | {"__version__"}
    assert public <= declared, public - declared
