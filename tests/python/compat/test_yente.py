"""yente compatibility: yente-client 0.2.0 and nomenklatura's YenteEnricher drive nomina
unchanged (`Authorization: ApiKey <key>`), and every answer validates under yente 5.5.0's
own pydantic models. Every parameter yente defines is honoured or refused with 400."""

import httpx
import pytest
from followthemoney import model
from followthemoney.dataset import Dataset
from nomenklatura.cache import Cache
from nomenklatura.enrich.yente import YenteEnricher
from yente.data.common import (
    AlgorithmResponse,
    DataCatalogModel,
    EntityAdjacentResponse,
    EntityMatchResponse,
    EntityResponse,
    ErrorResponse,
    SearchResponse,
)
from yente_client import Client
from yente_client.entities import Company, Person, Vessel
from yente_client.exceptions import AuthenticationError, BadRequestError, NotFoundError

from conftest import VALIDATED, ValidatingTransport, validating_session

# (example, an entity it must find) — yente's EntityExample in every form it allows.
EXAMPLES = [
    ({"schema": "Person", "properties": {"name": "Masood Azhar"}}, "ofac-11459"),
    (
        {"schema": "Person", "properties": {"name": ["Mohammed Masood Azhar Alvi"],
                                            "birthDate": ["1968-07-10"], "nationality": ["pk"]}},
        "un-QDi.422",
    ),
    ({"schema": "Person", "properties": {"firstName": ["Masood"], "lastName": ["Azhar"]}}, "ofac-11459"),
    ({"schema": "Organization", "properties": {"name": ["Jaish-i-Mohammed"]}}, None),
    ({"schema": "Company", "properties": {"name": "Bank Melli Iran"}}, None),
    ({"schema": "LegalEntity", "properties": {"name": ["Lashkar-e-Taiba"]}}, None),
    ({"schema": "Vessel", "properties": {"imoNumber": ["9357183"]}}, "ofac-15054"),
    ({"schema": "Vessel", "properties": {"name": ["Deep Sea"], "imoNumber": "9218492"}}, "ofac-15044"),
    ({"schema": "Airplane", "properties": {"name": ["EP-LDA"]}}, "ofac-24478"),
    ({"schema": "Person", "properties": {"name": ["Johanna Wilhelmina Vandersloot"]}}, "nothing"),
]


@pytest.fixture(scope="module")
def client(server):
    # Every answer the client reads is first validated with yente's own models.
    with Client(api_key=server.key, base_url=server.base, transport=ValidatingTransport()) as c:
        yield c


@pytest.mark.parametrize("example,finds", EXAMPLES, ids=[str(e[0]["properties"]) for e in EXAMPLES])
def test_match_answers_validate_under_yentes_models(server, example, finds):
    body = {"queries": {"q1": dict(example, id="caller-id-1")}}
    r = server.post("/match/default", body)
    assert r.status_code == 200, r.text
    parsed = EntityMatchResponse.model_validate(r.json())
    resp = parsed.responses["q1"]
    assert resp.query.id == "caller-id-1"
    assert resp.query.schema_ == example["schema"]
    ids = [res.id for res in resp.results]
    for res in resp.results:
        assert res.score >= 0.7  # yente's default cutoff
        assert res.explanations, res
        assert res.datasets and set(res.datasets) <= {
            "un_sc_sanctions", "us_ofac_sdn", "eu_fsf", "gb_hmt_sanctions"}
        # The entity is a valid FollowTheMoney entity.
        model.get_proxy(res.model_dump(by_alias=True, exclude={"explanations", "score", "match"}),
                        cleaned=False)
    if finds == "nothing":
        assert ids == []
    elif finds:
        assert finds in ids, ids
    else:
        assert ids


def test_match_carries_dates_and_vessel_properties(server):
    r = server.post("/match/us_ofac_sdn", {"queries": {"v": {"schema": "Vessel", "properties": {"name": "Deep Sea"}}}})
    res = EntityMatchResponse.model_validate(r.json()).responses["v"].results[0]
    assert res.properties["imoNumber"] == ["9218492"]
    assert res.properties["flag"] == ["ir"]
    assert res.properties["type"] == ["Crude Oil Tanker"]
    assert res.last_seen is not None  # the list version's publication date


def test_client_match_match_iter_fetch(client, server):
    m = client.match(Person(name=["Masood Azhar"], birthDate=["1968"]))
    assert m.top is not None and m.top.match
    assert m.limit == 5
    pairs = list(client.match_iter(
        [("a", Person(name=["Masood Azhar"])), ("b", Company(name=["Mahan Air"])),
         ("c", Vessel(imoNumber=["9357183"]))], workers=2))
    assert {k for k, _ in pairs} == {"a", "b", "c"}
    for _, resp in pairs:
        assert resp.results, resp
    fetched = client.fetch(m.top.id)
    assert fetched.id == m.top.id
    sanctions = fetched.properties["sanctions"]
    assert sanctions and sanctions[0].schema_ == "Sanction"
    raw = server.get(f"/entities/{m.top.id}?nested=false").json()
    EntityResponse.model_validate(raw)
    assert "sanctions" not in raw["properties"]
    # The nomina key reads too.
    assert server.get("/entities/ofac:11459").json()["id"] == "ofac-11459"
    adj = server.get("/entities/ofac-11459/adjacent").json()
    EntityAdjacentResponse.model_validate(adj)


def test_client_search_datasets_algorithms(client, server):
    s = client.search("Masood Azhar", limit=3)
    assert s.results and len(s.results) <= 3
    SearchResponse.model_validate(server.get("/search/default?q=Masood%20Azhar&limit=3").json())
    s = client.search("Masood Azhar", datasets=["un_sc_sanctions"])
    assert s.results and all(e.datasets == ["un_sc_sanctions"] for e in s.results)
    d = client.datasets()
    names = {x.name for x in d.datasets}
    assert {"un_sc_sanctions", "us_ofac_sdn", "eu_fsf", "gb_hmt_sanctions", "default"} <= names
    DataCatalogModel.model_validate(server.get("/catalog").json())
    a = client.algorithms()
    assert [x.name for x in a.algorithms] == ["nomina"] and a.default == a.best == "nomina"
    AlgorithmResponse.model_validate(server.get("/algorithms").json())
    assert client.readyz().status == "ok"


def test_cutoff_threshold_and_limit_bound_the_results(client):
    lo = client.match(Person(name=["Mohammad"]), cutoff=0.5, threshold=0.9, limit=7)
    assert len(lo.results) <= 7
    assert all(r.score >= 0.5 for r in lo.results)
    assert all(r.match == (r.score >= 0.9) for r in lo.results)
    hi = client.match(Person(name=["Mohammad"]), cutoff=0.95, threshold=0.95, limit=7)
    assert all(r.score >= 0.95 for r in hi.results)
    # yente's rule: the cutoff is never above the threshold (default 0.7).
    capped = client.match(Person(name=["Mohammad"]), cutoff=0.95, limit=7)
    assert any(r.score < 0.95 for r in capped.results)


def test_filters_are_honoured(client):
    base = client.match(Person(name=["Masood Azhar"]), limit=20, cutoff=0.5)
    ids = [r.id for r in base.results]
    assert len({d for r in base.results for d in r.datasets}) > 1
    only_un = client.match(Person(name=["Masood Azhar"]), datasets=["un_sc_sanctions"], cutoff=0.5)
    assert only_un.results and all(r.datasets == ["un_sc_sanctions"] for r in only_un.results)
    no_ofac = client.match(Person(name=["Masood Azhar"]), exclude_datasets=["us_ofac_sdn"], cutoff=0.5)
    assert all("us_ofac_sdn" not in r.datasets for r in no_ofac.results)
    both = client.match(Person(name=["Masood Azhar"]), datasets=["default", "un_sc_sanctions"], cutoff=0.5)
    assert both.results and all(r.datasets == ["un_sc_sanctions"] for r in both.results)
    excluded = client.match(Person(name=["Masood Azhar"]), exclude_entities=[ids[0]], limit=20, cutoff=0.5)
    assert ids[0] not in [r.id for r in excluded.results]
    no_person = client.match(Person(name=["Masood Azhar"]), exclude_schemata=["Person"], cutoff=0.5)
    assert all(r.schema_ != "Person" for r in no_person.results)
    assert client.match(Person(name=["Masood Azhar"]), topics=["sanction"]).results
    assert client.match(Person(name=["Masood Azhar"]), topics=["role.pep"]).results == []
    assert client.match(Person(name=["Masood Azhar"]), changed_since="2000-01-01").results
    assert client.match(Person(name=["Masood Azhar"]), changed_since="2099-01-01").results == []
    assert client.match(Person(name=["Masood Azhar"]), algorithm="best").results
    assert client.match(Person(name=["Masood Azhar"]), algorithm="nomina").results


@pytest.mark.parametrize(
    "path,body",
    [
        ("/match/default?algorithm=bogus", None),
        ("/match/default?algorithm=logic-v2", None),
        ("/match/default?limit=501", None),
        ("/match/default?limit=200", None),
        ("/match/default?threshold=2", None),
        ("/match/default?cutoff=-1", None),
        ("/match/default?fuzzy=true", None),
        ("/match/default?bogus=1", None),
        ("/match/default?include_dataset=peps", None),
        ("/match/default?changed_since=yesterday", None),
        ("/match/default?exclude_schema=Document", None),
        ("/match/default?" + "&".join(f"exclude_entity_ids=x{i}" for i in range(51)), None),
        ("/match/default", {"weights": {"name_literal": 0.8}}),
        ("/match/default", {"config": {"nm_number_mismatch": 0.4}}),
        ("/match/default", {"queries": {f"q{i}": {"schema": "Person", "properties": {"name": ["A B"]}}
                                        for i in range(101)}}),
        ("/match/default", {"queries": {"q": {"schema": "Person", "properties": {"gender": ["male"]}}}}),
        ("/match/default", {"queries": {}}),
        ("/search/default?q=x&filter=birthDate:1968", None),
        ("/search/default?q=x&sort=caption", None),
        ("/search/default?q=x&limit=60&offset=60", None),
        ("/search/default?q=x&filter_op=XOR", None),
        ("/search/default?q=x&facets=bogus", None),
        ("/search/default", None),
    ],
)
def test_unsupported_parameters_are_refused_in_yentes_shape(server, path, body):
    payload = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Masood Azhar"]}}}}
    if body is not None:
        payload.update(body)
    if path.startswith("/match"):
        r = server.post(path, payload)
    else:
        r = server.get(path)
    assert r.status_code == 400, (path, r.text)
    err = ErrorResponse.model_validate(r.json())
    assert err.detail


def test_client_errors_map_to_its_exceptions(client, server):
    with pytest.raises(BadRequestError) as e:
        client.match(Person(name=["Masood Azhar"]), algorithm="bogus")
    assert "Invalid algorithm" in e.value.detail
    with pytest.raises(NotFoundError):
        client.match(Person(name=["Masood Azhar"]), datasets=["no_such_dataset"])
    with pytest.raises(NotFoundError):
        client.fetch("ofac-0")
    with Client(api_key="nmn_wrong", base_url=server.base, transport=ValidatingTransport()) as bad:
        with pytest.raises(AuthenticationError):
            bad.match(Person(name=["Masood Azhar"]))
    with Client(base_url=server.base, transport=ValidatingTransport()) as anonymous:
        with pytest.raises(AuthenticationError):
            anonymous.datasets()


def test_bearer_is_accepted_too(server):
    r = httpx.post(
        server.url("/match/default"),
        json={"queries": {"q": {"schema": "Person", "properties": {"name": ["Masood Azhar"]}}}},
        headers={"Authorization": f"Bearer {server.key}"},
    )
    assert r.status_code == 200, r.text


def test_yente_enricher_match_and_expand(server, tmp_path):
    dataset = Dataset.make({"name": "compat_suite", "title": "nomina compatibility suite"})
    cache = Cache.make_default(dataset)
    enricher = YenteEnricher(dataset, cache, {"api": server.base + "/", "api_key": server.key,
                                              "cache_days": 0}, session=validating_session())
    entity = model.make_entity("Person")
    entity.id = "customer-42"
    entity.add("name", "Masood Azhar")
    entity.add("birthDate", "1968")
    from followthemoney import StatementEntity
    subject = StatementEntity.from_data(dataset, entity.to_dict())
    matches = list(enricher.match(subject))
    assert matches, "YenteEnricher found nothing"
    ids = [m.id for m in matches]
    assert "ofac-11459" in ids or "un-QDi.422" in ids, ids
    expanded = list(enricher.expand(subject, matches[0]))
    schemata = {e.schema.name for e in expanded}
    assert matches[0].schema.name in schemata and "Sanction" in schemata, schemata
    enricher.close()


def test_search_parameters_are_honoured(server):
    def search(query: str):
        r = server.get("/search/default?q=Masood%20Azhar&" + query)
        assert r.status_code == 200, (query, r.text)
        return SearchResponse.model_validate(r.json())

    every = search("limit=10")
    assert len(every.results) >= 2
    assert every.facets.keys() == {"countries", "topics", "datasets"}
    page = search("limit=1&offset=1")
    assert page.results[0].id == every.results[1].id and page.offset == 1
    assert all(e.schema_ == "Person" for e in search("schema=Person").results)
    assert search("schema=Vessel").results == []
    assert all("pk" in e.properties.get("nationality", []) + e.properties.get("country", [])
               for e in search("countries=pk").results)
    assert search("countries=pk&countries=zz&filter_op=AND").results == []
    assert search("countries=pk&countries=zz&filter_op=OR").results
    assert all(e.datasets == ["eu_fsf"] for e in search("datasets=eu_fsf").results)
    assert search("target=false").results == []
    assert search("target=true").results
    assert search("simple=true").results
    assert search("facets=schema&facets=genders").facets.keys() == {"schema", "genders"}
    assert all(e.schema_ != "Person" for e in search("exclude_schema=Person").results)
    assert all(e.datasets != ["us_ofac_sdn"] for e in search("exclude_dataset=us_ofac_sdn").results)
    assert all(e.datasets == ["un_sc_sanctions"] for e in search("include_dataset=un_sc_sanctions").results)
    assert search("changed_since=2099-01-01").results == []
    assert search("topics=role.pep").results == []


def test_zz_every_yente_answer_was_validated():
    # Runs last in this module: the answers of the tests above went through yente's models.
    matches = [v for v in VALIDATED if v.startswith("POST /match/")]
    assert len(matches) >= 40, len(matches)
    for path in ["GET /search/", "GET /entities/", "GET /catalog", "GET /algorithms"]:
        assert any(v.startswith(path) for v in VALIDATED), path
