"""nomina's FollowTheMoney reader and writer, judged by `followthemoney` itself.

The fixture (scripts/gen_ftm_fixture.py, made with followthemoney) is loaded by nomina and
exported again with `nomina export --format ftm`; followthemoney then reads both files and
the parties must agree: same ids, compatible schemata, the same cleaned property values
(with the folds nomina documents in docs/interop.md, including what the Sanction, Passport,
Identification, Address and Occupancy entities add to the party they name), datasets and
referents. The bundled
official lists are exported too, and followthemoney must read every line without dropping
a property or a name.

Run by .ci/run in target/compat-venv: NOMINA_BIN names the binary (default
target/debug/nomina).
"""

import gzip
import json
import os
import subprocess
import tempfile
from pathlib import Path

from followthemoney import ValueEntity, model

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "crates/lists/tests/data/ftm-opensanctions.ftm.json.gz"
NOMINA = os.environ.get("NOMINA_BIN", str(ROOT / "target/debug/nomina"))
PARTIES = {"Person", "Organization", "Company", "PublicBody", "LegalEntity", "Vessel", "Airplane"}
# Properties nomina reads into one place of its model and writes back under one name.
FOLDS = {"abbreviation": "alias", "secondName": "middleName", "jurisdiction": "country",
         "mainCountry": "country"}
NAME_PROPS = {"name", "alias", "weakAlias", "previousName"}


def read(lines):
    """Entities as followthemoney reads them, cleaning every value (cleaned=False)."""
    out = {}
    for line in lines:
        line = line.strip()
        if not line:
            continue
        data = json.loads(line)
        entity = ValueEntity.from_dict(dict(data), cleaned=False)
        out[entity.id] = (data, entity)
    return out


def unquote(name):
    """A name without the pair of quotes around it, as followthemoney cleans it."""
    if len(name) > 1 and name[0] == name[-1] and name[0] in "\"'":
        return name[1:-1].strip()
    return name


def export(*args):
    with tempfile.TemporaryDirectory() as data_dir:
        run = subprocess.run([NOMINA, *args, "--data-dir", data_dir, "export", "--format", "ftm"],
                             capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


def folded(entity, extra=None):
    props = {}
    for prop, values in entity.properties.items():
        if prop != "addressEntity":
            props.setdefault(FOLDS.get(prop, prop), set()).update(values)
    for prop, values in (extra or {}).items():
        props.setdefault(prop, set()).update(values)
    return props


def linked(entities):
    """What the Sanction, Passport, Identification, Address and Occupancy/Position entities
    of a file add to the parties they name, as nomina documents it (docs/interop.md)."""
    extra = {}

    def add(entity_id, prop, values):
        if entity_id in entities:
            extra.setdefault(entity_id, {}).setdefault(prop, set()).update(values)

    for entity_id, (_, e) in entities.items():
        for address_id in e.get("addressEntity", quiet=True):
            _, a = entities[address_id]
            add(entity_id, "address", a.get("full"))
            add(entity_id, "country", a.get("country"))
        if e.schema.name == "Sanction":
            for target in e.get("entity"):
                add(target, "programId", e.get("programId") or e.get("program"))
        if e.schema.name in ("Passport", "Identification"):
            for holder in e.get("holder"):
                person = holder in entities and entities[holder][1].schema.name == "Person"
                prop = "passportNumber" if e.schema.name == "Passport" and person else "idNumber"
                add(holder, prop, e.get("number"))
        if e.schema.name == "Occupancy":
            for holder in e.get("holder"):
                for post in e.get("post"):
                    add(holder, "position", entities[post][1].get("name"))
    return extra


def test_the_fixture_round_trips_through_nomina():
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as f:
        original = read(f)
    exported = read(export("--list", str(FIXTURE)))
    targets = {i: e for i, (d, e) in original.items()
               if e.schema.name in PARTIES and d.get("target", True)}
    assert len(original) >= 1000
    assert set(exported) == set(targets)
    extra = linked(original)
    assert len(extra) >= 200
    peps = 0
    for entity_id, a in targets.items():
        raw_b, b = exported[entity_id]
        assert a.schema.is_a(b.schema) or b.schema.is_a(a.schema), (entity_id, a.schema, b.schema)
        assert folded(a, extra.get(entity_id)) == folded(b), entity_id
        assert a.datasets == b.datasets, entity_id
        assert a.referents == b.referents, entity_id
        assert raw_b["target"] is True
        peps += "role.pep" in a.get("topics")
    assert peps >= 100


def test_exported_official_lists_read_whole_in_followthemoney():
    exported = export()
    entities = read(exported)
    assert len(entities) == len(exported) > 16000
    for entity_id, (raw, entity) in entities.items():
        schema = model.get(raw["schema"])
        for prop, values in raw["properties"].items():
            # followthemoney drops properties a schema does not define: none may be written.
            assert schema.get(prop) is not None, (entity_id, prop)
            if prop in NAME_PROPS:
                # No name is lost; followthemoney only takes off quotes a list put around one.
                unquoted = {unquote(v) for v in values}
                assert set(entity.get(prop)) == unquoted, (entity_id, prop)
        assert entity.get("name"), entity_id
