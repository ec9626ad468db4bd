"""watchman compatibility: every /v2/search answer to the queries of
tests/watchman/queries.txt validates against watchman's own published OpenAPI document
(tests/watchman/api.yaml, with date-times checked as RFC 3339), and every parameter
watchman defines is honoured or refused with 400."""

import re
from pathlib import Path
from urllib.parse import quote

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
SPEC = yaml.safe_load((REPO / "tests" / "watchman" / "api.yaml").read_text())
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("date-time")
def _rfc3339(value) -> bool:
    return not isinstance(value, str) or bool(RFC3339.match(value))


def validate(instance, schema_name: str) -> None:
    # The document's components, addressed by JSON pointer from the root schema.
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": SPEC["components"]}
    jsonschema.Draft202012Validator(schema, format_checker=FORMATS).validate(instance)


def queries():
    out = []
    for line in (REPO / "tests" / "watchman" / "queries.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, query = line.split("\t", 1)
        out.append((category, query))
    return out


def encode(query: str) -> str:
    parts = []
    for pair in query.split("&"):
        k, v = pair.split("=", 1)
        parts.append(f"{quote(k, safe='')}={quote(v, safe='')}")
    return "&".join(parts)


def test_the_query_list_covers_every_kind():
    cats = [c for c, _ in queries()]
    assert len(cats) >= 30
    for kind in ["person", "business", "vessel", "aircraft", "none"]:
        assert any(c == kind for c in cats), kind


@pytest.mark.parametrize("category,query", queries(), ids=[q for _, q in queries()])
def test_search_answers_validate_against_watchmans_document(server, category, query):
    # watchman's Go client sends no credentials: this group is open (--compat-auth).
    r = server.get("/v2/search?" + encode(query), key=None)
    assert r.status_code == 200, r.text
    body = r.json()
    validate(body, "SearchResponse")
    entities = body["entities"]
    for e in entities:
        assert e["entityType"] in {"person", "business", "organization", "vessel", "aircraft"}
        assert e["sourceList"] in {"us_ofac", "un_csl", "uk_csl", "eu_csl"}
        assert 0 <= e["match"] <= 1
        assert e["details"]["finalScore"] == e["match"]
    params = dict(p.split("=", 1) for p in query.split("&"))
    limit = int(params.get("limit", 10))
    assert len(entities) <= limit
    if "minMatch" in params:
        assert all(e["match"] >= float(params["minMatch"]) for e in entities)
    if "type" in params:
        want = {"organization": {"business", "organization"}, "business": {"business", "organization"}}
        assert all(e["entityType"] in want.get(params["type"], {params["type"]}) for e in entities)
    if "source" in params:
        assert all(e["sourceList"] == params["source"] for e in entities)
    if category == "none":
        assert entities == [], entities
    elif category.startswith("hit:"):
        source, sid = category[4:].split("/")
        assert any(e["sourceList"] == source and e["sourceID"] == sid for e in entities), entities
    else:
        assert entities, f"{query}: nothing found"
    if "requestID" in params:
        assert body["requestID"] == params["requestID"]


def test_dates_are_rfc3339_and_addresses_watchmans(server):
    r = server.get("/v2/search?" + encode("name=Masood Azhar&type=person&source=us_ofac"), key=None)
    e = r.json()["entities"][0]
    assert e["person"]["birthDate"] == "1968-07-10T00:00:00Z"
    a = e["addresses"][0]
    assert set(a) <= {"line1", "line2", "city", "postalCode", "state", "country"}
    assert isinstance(a["country"], str)
    assert e["sanctionsInfo"]["programs"] == ["SDGT"]
    assert e["sourceData"]["key"] == "ofac:11459"


def test_vessels_carry_their_particulars(server):
    r = server.get("/v2/search?" + encode("name=Deep Sea&type=vessel&limit=1"), key=None)
    v = r.json()["entities"][0]["vessel"]
    assert v["imoNumber"] == "9218492"
    assert v["flag"] == "IR"
    assert v["type"] == "Crude Oil Tanker"


@pytest.mark.parametrize(
    "query",
    [
        "name=x&minMatch=1.5",
        "name=x&minMatch=-0.1",
        "name=x&limit=0",
        "name=x&limit=101",
        "name=x&limit=abc",
        "name=x&source=us_csl",
        "name=x&type=ship",
        "name=x&algorithm=jaro-winkler",
        "name=x&gender=male",
        "name=x&address=1 Main St",
        "name=x&email=a@example.com",
        "name=x&debug=true",
        "name=x&format=senzing",
        "name=x&tonnage=5000",
        "name=x&bogus=1",
        "type=person",
    ],
)
def test_parameters_are_honoured_or_refused(server, query):
    r = server.get("/v2/search?" + encode(query), key=None)
    assert r.status_code == 400, (query, r.text)
    validate(r.json(), "ErrorResponse")
    assert r.json()["error"]


def test_a_wrong_key_is_refused_even_where_no_key_is_needed(server):
    r = server.get("/v2/search?name=Masood%20Azhar", key="nmn_not-a-key")
    assert r.status_code == 401


def test_listinfo_and_ping(server):
    r = server.get("/v2/listinfo", key=None)
    assert r.status_code == 200, r.text
    body = r.json()
    validate(body, "ListInfoResponse")
    assert set(body["lists"]) == {"un_csl", "us_ofac", "eu_csl", "uk_csl"}
    assert all(n > 0 for n in body["lists"].values())
    assert server.get("/ping", key=None).text == "PONG"


@pytest.mark.parametrize(
    "query,finds",
    [
        ("name=Woory Star&type=vessel&callSign=HMYW", "us_ofac/23740"),
        ("created=1990&name=Iran Air&type=business", "us_ofac/25237"),
        ("name=Masood Azhar&debug=false", "us_ofac/11459"),
        ("name=Masood Azhar&type=", "us_ofac/11459"),
        ("mmsi=000000000&name=Deep Sea&type=vessel", "us_ofac/15044"),
        ("cryptoAddress=XBT:1NotAListedAddress&name=Masood Azhar", "us_ofac/11459"),
    ],
)
def test_more_parameters_are_honoured(server, query, finds):
    r = server.get("/v2/search?" + encode(query), key=None)
    assert r.status_code == 200, r.text
    validate(r.json(), "SearchResponse")
    src, sid = finds.split("/")
    assert any(e["sourceList"] == src and e["sourceID"] == sid for e in r.json()["entities"])


@pytest.mark.parametrize(
    "param",
    ["deathDate=1990", "titles=Dr", "dissolved=2001", "aircraftType=cargo", "icaoCode=A320",
     "model=A310", "built=1999", "vesselType=cargo", "owner=x", "grossRegisteredTonnage=5",
     "phone=123", "fax=123", "website=example.com", "debugSourceIDs=1", "birthDate=1968&created=1968"],
)
def test_every_unsupported_watchman_parameter_is_refused(server, param):
    r = server.get("/v2/search?name=x&" + encode(param), key=None)
    assert r.status_code == 400, (param, r.text)
