#!/usr/bin/env python3
"""Writes an OpenSanctions-style FollowTheMoney entity file for nomina's tests.

Every entity is built with the `followthemoney` package (the version pinned in
tests/python/ftm/requirements.txt), so values are cleaned and validated the way FtM
does it: dates, countries, IMO numbers, URLs, genders. The people, companies, vessels and
aircraft are invented from small word lists with a fixed seed: the output is the same
on every run, and nobody in it is real.

The file is shaped like OpenSanctions' `entities.ftm.json`: one entity per line with
`id`, `schema`, `properties`, `datasets`, `referents`, `first_seen`, `last_seen`,
`last_change` and `target`; sanctioned persons and organisations, PEPs (`role.pep`) and
their close associates (`role.rca`), vessels and aircraft, plus the entities around them
that are not parties: Sanction, Passport, Identification, Address (named by the parties'
`addressEntity`), Position and Occupancy, which nomina folds into the parties, and
Ownership and Family, which it skips; and a few related parties that are not targets.

    target/compat-venv/bin/python scripts/gen_ftm_fixture.py \
        crates/lists/tests/data/ftm-opensanctions.ftm.json.gz
"""

import gzip
import json
import random
import sys

from followthemoney import ValueEntity, model

SEED = 20261205

# Invented name material: (Latin spelling, native spelling or None).
GIVEN = {
    "ru": [("Ivan", "Иван"), ("Sergei", "Сергей"), ("Dmitri", "Дмитрий"), ("Oleg", "Олег"),
           ("Pavel", "Павел"), ("Yuri", "Юрий"), ("Anna", "Анна"), ("Olga", "Ольга"),
           ("Nikolai", "Николай"), ("Tatiana", "Татьяна"), ("Boris", "Борис"), ("Irina", "Ирина")],
    "ar": [("Abdul Rahman", None), ("Khalid", None), ("Omar", None), ("Yusuf", None),
           ("Hassan", None), ("Fatima", None), ("Tariq", None), ("Samir", None),
           ("Ibrahim", None), ("Nour", None), ("Walid", None), ("Karim", None)],
    "es": [("Carlos", None), ("Jorge", None), ("Lucia", None), ("Mateo", None),
           ("Elena", None), ("Diego", None), ("Rosa", None), ("Andres", None)],
    "zh": [("Wei", "伟"), ("Jun", "军"), ("Ling", "玲"), ("Hao", "浩"), ("Mei", "梅"),
           ("Qiang", "强")],
    "en": [("James", None), ("Margaret", None), ("Thomas", None), ("Eleanor", None),
           ("Arthur", None), ("Harriet", None)],
}
FAMILY = {
    "ru": [("Volkorev", "Волкорев"), ("Sarnatov", "Сарнатов"), ("Belomirov", "Беломиров"),
           ("Krestinsky", "Крестинский"), ("Dorogov", "Дорогов"), ("Lunacharov", "Луначаров"),
           ("Zhelezin", "Железин"), ("Orlovets", "Орловец"), ("Tumanov", "Туманов"),
           ("Vetrogon", "Ветрогон")],
    "ar": [("Al-Hashimar", None), ("Bin Qasimi", None), ("Al-Rawandi", None), ("Haddadin", None),
           ("Al-Zahrawi", None), ("Mansourani", None), ("Al-Tikrani", None), ("Nasrallahi", None)],
    "es": [("Quintanar", None), ("Ibarrola", None), ("Montevera", None), ("Saldivarez", None),
           ("Ocampero", None), ("Villaroja", None)],
    "zh": [("Zhang", "张"), ("Liu", "刘"), ("Huang", "黄"), ("Zhao", "赵"), ("Xu", "徐")],
    "en": [("Thornbury", None), ("Ashcombe", None), ("Whitlock", None), ("Pembridge", None),
           ("Fairclough", None)],
}
COUNTRIES = {"ru": ["ru", "by", "kz"], "ar": ["sy", "iq", "ye", "lb", "ae"],
             "es": ["ve", "co", "mx", "ni"], "zh": ["cn", "hk", "kp"], "en": ["gb", "us", "cy"]}
CITIES = {"ru": ["Moscow", "Omsk", "Minsk", "Almaty"], "ar": ["Damascus", "Baghdad", "Sanaa", "Beirut"],
          "es": ["Caracas", "Medellin", "Culiacan", "Managua"], "zh": ["Shenzhen", "Pyongyang", "Hong Kong"],
          "en": ["London", "Limassol", "Miami"]}
PROGRAMS = ["US-SDGT", "US-RUSSIA-EO14024", "EU-UKR", "GB-RUS", "UN-SCRSANC", "US-IRAN", "EU-SYR",
            "US-DPRK3", "US-NARCO"]
POSITIONS = ["Member of the State Duma", "Deputy Minister of Finance", "Governor of the Central Bank",
             "Member of the National Assembly", "Ambassador", "Mayor", "Judge of the Supreme Court",
             "Minister of Energy", "Head of the Border Service", "Member of Parliament"]
ORG_WORDS = ["Northstar", "Volga", "Crescent", "Meridian", "Andes", "Jade", "Orion", "Baltic",
             "Sahara", "Pacifica", "Granite", "Falcon", "Silverline", "Eastgate", "Coral"]
ORG_KINDS = ["Trading", "Shipping", "Petroleum", "Logistics", "Holdings", "Metals", "Capital",
             "Aviation", "Chemicals", "Engineering", "Investments", "Marine"]
LEGAL_FORMS = ["LLC", "Ltd", "JSC", "FZE", "S.A.", "Co., Ltd.", "GmbH", "Limited"]
VESSEL_WORDS = ["Sea", "Star", "Ocean", "Wind", "Pearl", "Horizon", "Eagle", "Dawn", "Spirit",
                "Glory", "Neptune", "Aurora", "Breeze", "Voyager"]
VESSEL_TYPES = ["Crude Oil Tanker", "Bulk Carrier", "General Cargo", "Chemical Tanker", "Container Ship"]
AIRCRAFT_MODELS = ["Airbus A340-313X", "Boeing 747-422", "Ilyushin Il-76TD", "Tupolev Tu-204",
                   "Bombardier Global 6000", "Gulfstream G650"]


class Maker:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.n = 0
        self.names = set()
        self.out = []

    def new(self, schema, datasets, target=True):
        self.n += 1
        rng = self.rng
        first = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00"
        data = {
            "id": f"NK-{self.n:05d}{rng.choice('abcdefghjkmnpqrstuvwxyz')}",
            "datasets": datasets,
            "referents": [f"{datasets[0].split('_')[0]}-{rng.randint(1000, 99999)}"] if rng.random() < 0.3 else [],
            "first_seen": first,
            "last_seen": "2026-12-01T06:00:00",
            "last_change": first,
            "target": target,
        }
        return ValueEntity(model.get(schema), data)

    def emit(self, e):
        self.out.append(e)
        return e

    def date(self, lo=1940, hi=1995):
        r = self.rng
        y = r.randint(lo, hi)
        shape = r.random()
        if shape < 0.6:
            return f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if shape < 0.8:
            return f"{y}-{r.randint(1, 12):02d}"
        return str(y)

    def unique(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.names:
                self.names.add(v)
                return v
        raise RuntimeError("ran out of names")

    def person(self, topic, datasets, target=True):
        r = self.rng
        parts = {}

        def make():
            c = r.choice(["ru", "ru", "ar", "ar", "es", "zh", "en"])
            g = r.choice(GIVEN[c])
            f = r.choice(FAMILY[c])
            father = r.choice(GIVEN["ru"]) if c == "ru" and r.random() < 0.6 else None
            middle = r.choice(GIVEN[c]) if c != "ru" and r.random() < 0.6 else None
            if middle == g:
                middle = None
            parts.update(c=c, g=g, f=f, father=father, middle=middle)
            latin = [g[0]] + ([father[0] + "ovich"] if father else []) + ([middle[0]] if middle else []) + [f[0]]
            return " ".join(latin)

        name = self.unique(make)
        culture = parts["c"]
        e = self.new("Person", datasets, target)
        e.add("name", name)
        e.add("firstName", parts["g"][0])
        e.add("lastName", parts["f"][0])
        if parts["father"]:
            e.add("fatherName", parts["father"][0] + "ovich")
        if parts["middle"]:
            e.add("middleName", parts["middle"][0])
        if parts["g"][1] and parts["f"][1] and r.random() < 0.7:
            native = f"{parts['f'][1]}{parts['g'][1]}" if culture == "zh" else f"{parts['g'][1]} {parts['f'][1]}"
            e.add("alias", native)
        if r.random() < 0.4:
            e.add("alias", f"{parts['f'][0]}, {parts['g'][0]}")
        if r.random() < 0.15:
            e.add("weakAlias", parts["f"][0].split()[-1].upper())
        if r.random() < 0.05:
            e.add("previousName", f"{parts['g'][0]} {r.choice(FAMILY[culture])[0]}")
        e.add("birthDate", self.date())
        if r.random() < 0.1:
            e.add("birthDate", self.date())
        if r.random() < 0.5:
            e.add("birthPlace", r.choice(CITIES[culture]))
        country = r.choice(COUNTRIES[culture])
        e.add("nationality", country)
        if r.random() < 0.2:
            e.add("citizenship", r.choice(COUNTRIES[culture]))
        if r.random() < 0.4:
            e.add("country", country)
        if r.random() < 0.4:
            e.add("passportNumber", f"{r.choice('ABCKNP')}{r.randint(1000000, 9999999)}")
        if r.random() < 0.2:
            e.add("idNumber", str(r.randint(10 ** 9, 10 ** 10 - 1)))
        if r.random() < 0.3:
            e.add("address", f"{r.randint(1, 200)} {r.choice(ORG_WORDS)} Street, {r.choice(CITIES[culture])}")
        e.add("gender", "female" if parts["g"][0] in {"Anna", "Olga", "Tatiana", "Irina", "Fatima", "Nour", "Lucia", "Elena", "Rosa", "Ling", "Mei", "Margaret", "Eleanor", "Harriet"} else "male")
        e.add("topics", topic)
        if topic == "sanction":
            e.add("programId", r.sample(PROGRAMS, r.randint(1, 2)))
            e.add("sourceUrl", f"https://sanctions.example.org/entry/{self.n}")
        if topic.startswith("role.pep"):
            e.add("position", r.choice(POSITIONS))
        if r.random() < 0.1:
            e.add("notes", "Invented for nomina's tests; not a real person.")
        if r.random() < 0.3:
            e.add("createdAt", self.date(2010, 2025))
        if r.random() < 0.2:
            e.add("modifiedAt", self.date(2020, 2026))
        return self.emit(e)

    def org(self, schema, datasets):
        r = self.rng
        name = self.unique(lambda: f"{r.choice(ORG_WORDS)} {r.choice(ORG_KINDS)} {r.choice(LEGAL_FORMS)}")
        culture = r.choice(list(COUNTRIES))
        e = self.new(schema, datasets)
        e.add("name", name)
        if r.random() < 0.4:
            e.add("alias", " ".join(name.split()[:2]))
        if r.random() < 0.15:
            e.add("previousName", f"{r.choice(ORG_WORDS)} {r.choice(ORG_KINDS)} {r.choice(LEGAL_FORMS)}")
        if r.random() < 0.15:
            e.add("weakAlias", "".join(w[0] for w in name.split()[:2]).upper())
        if r.random() < 0.15:
            e.add("abbreviation", "".join(w[0] for w in name.split()[:3]).upper())
        country = r.choice(COUNTRIES[culture])
        e.add("country", country)
        if schema in ("Company", "Organization", "PublicBody", "LegalEntity") and r.random() < 0.5:
            e.add("jurisdiction", country)
        if r.random() < 0.6:
            e.add("registrationNumber", str(r.randint(10 ** 7, 10 ** 9)))
        if r.random() < 0.3:
            e.add("taxNumber", str(r.randint(10 ** 9, 10 ** 10 - 1)))
        if culture == "ru" and r.random() < 0.5:
            e.add("innCode", str(r.randint(10 ** 9, 10 ** 10 - 1)))
            e.add("ogrnCode", str(r.randint(10 ** 12, 10 ** 13 - 1)))
        if r.random() < 0.1:
            e.add("swiftBic", f"{name[:4].upper()}{country.upper()}2X")
        if r.random() < 0.5:
            e.add("incorporationDate", self.date(1990, 2022))
        if r.random() < 0.5:
            e.add("address", f"{r.randint(1, 99)} {r.choice(ORG_WORDS)} Avenue, {r.choice(CITIES[culture])}")
        e.add("topics", r.choice(["sanction", "sanction", "sanction.linked", "debarment", "export.control"]))
        e.add("programId", r.choice(PROGRAMS))
        e.add("sourceUrl", f"https://sanctions.example.org/entry/{self.n}")
        if r.random() < 0.1:
            e.add("notes", "Invented for nomina's tests; not a real company.")
        return self.emit(e)

    def vessel(self, datasets):
        r = self.rng
        name = self.unique(lambda: f"{r.choice(VESSEL_WORDS)} {r.choice(VESSEL_WORDS)}".upper())
        e = self.new("Vessel", datasets)
        e.add("name", name)
        if r.random() < 0.3:
            e.add("previousName", f"{r.choice(VESSEL_WORDS)} {r.choice(VESSEL_WORDS)}".upper())
        digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(5)]
        check = sum(d * (7 - i) for i, d in enumerate(digits)) % 10
        e.add("imoNumber", "IMO" + "".join(map(str, digits)) + str(check))
        e.add("flag", r.choice(["pa", "lr", "ir", "km", "kp", "ru", "tz"]))
        e.add("type", r.choice(VESSEL_TYPES))
        if r.random() < 0.5:
            e.add("mmsi", str(r.randint(200000000, 799999999)))
        if r.random() < 0.4:
            e.add("callSign", f"{r.choice(['9H', '3E', 'EP', 'UB'])}{r.randint(100, 999)}")
        if r.random() < 0.4:
            e.add("tonnage", str(r.randint(2000, 300000)))
        if r.random() < 0.4:
            e.add("buildDate", str(r.randint(1975, 2015)))
        e.add("topics", "sanction")
        e.add("programId", r.choice(PROGRAMS))
        return self.emit(e)

    def airplane(self, datasets):
        r = self.rng
        reg = self.unique(lambda: f"{r.choice(['EP', 'RA', 'YK', 'P'])}-{r.randint(10000, 99999)}")
        e = self.new("Airplane", datasets)
        e.add("name", f"{r.choice(AIRCRAFT_MODELS)} {reg}")
        e.add("registrationNumber", reg)
        e.add("serialNumber", str(r.randint(1000, 99999)))
        e.add("model", r.choice(AIRCRAFT_MODELS))
        e.add("country", r.choice(["ir", "ru", "sy", "kp"]))
        if r.random() < 0.5:
            e.add("buildDate", str(r.randint(1980, 2012)))
        e.add("topics", "sanction")
        return self.emit(e)

    def link(self, schema, datasets, props):
        e = self.new(schema, datasets, target=False)
        for k, v in props.items():
            e.add(k, v)
        return self.emit(e)


def build():
    m = Maker()
    r = m.rng
    sanctions = ["us_ofac_sdn", "eu_fsf", "gb_hmt_sanctions", "un_sc_sanctions"]
    people = [m.person("sanction", r.sample(sanctions, r.randint(1, 3))) for _ in range(420)]
    peps = [m.person(r.choice(["role.pep", "role.pep", "role.pep.natl", "role.pep.intl"]), ["wd_peps"])
            for _ in range(300)]
    rcas = [m.person("role.rca", ["wd_peps"]) for _ in range(40)]
    orgs = [m.org("Company", r.sample(sanctions, r.randint(1, 2))) for _ in range(200)]
    orgs += [m.org(s, r.sample(sanctions, 1)) for s in ["Organization"] * 60 + ["PublicBody"] * 30 + ["LegalEntity"] * 30]
    for _ in range(60):
        m.vessel(r.sample(sanctions, 1))
    for _ in range(30):
        m.airplane(r.sample(sanctions, 1))
    owners = [m.person("poi", ["ext_company_registry"], target=False) for _ in range(20)]
    for e in r.sample(people + orgs, 150):
        m.link("Sanction", sorted(e.datasets)[:1], {
            "entity": e.id, "authority": "Invented Sanctions Authority",
            "programId": r.choice(PROGRAMS), "program": "Invented sanctions programme",
            "startDate": m.date(2010, 2025)})
    for holder in r.sample(people, 60) + owners[:5]:
        m.link("Passport", sorted(holder.datasets)[:1], {
            "holder": holder.id, "number": f"P{r.randint(10 ** 7, 10 ** 8 - 1)}",
            "country": sorted(holder.get("nationality"))[:1] or "ru", "type": "passport"})
    for holder in r.sample(people + orgs, 30):
        m.link("Identification", sorted(holder.datasets)[:1], {
            "holder": holder.id, "number": str(r.randint(10 ** 8, 10 ** 9)), "country": "ru"})
    for pep in r.sample(peps, 100):
        country = sorted(pep.get("nationality"))[0]
        post = m.link("Position", ["wd_peps"], {
            "name": f"{r.choice(POSITIONS)} ({country.upper()})", "country": country})
        m.link("Occupancy", ["wd_peps"], {"holder": pep.id, "post": post.id,
                                           "startDate": m.date(2000, 2024)})
    for owner, org in zip(owners + r.sample(people, 30), r.sample(orgs, 50)):
        m.link("Ownership", ["ext_company_registry"], {"owner": owner.id, "asset": org.id,
                                                       "percentage": str(r.randint(5, 100))})
    for pep, rca in zip(r.sample(peps, 40), rcas):
        m.link("Family", ["wd_peps"], {"person": pep.id, "relative": rca.id, "relationship": "spouse"})
    for org in r.sample(orgs, 30):
        addr = m.link("Address", sorted(org.datasets)[:1], {
            "full": f"{r.randint(1, 300)} {r.choice(ORG_WORDS)} Road, {r.choice(['Dubai', 'Limassol', 'Moscow'])}",
            "country": r.choice(["ae", "cy", "ru"])})
        org.add("addressEntity", addr.id)
    return m.out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    entities = build()
    lines = [json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) for e in entities]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = sys.argv[1]
    if path.endswith(".gz"):
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
                gz.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)
    targets = sum(1 for e in entities if e.context.get("target"))
    print(f"{path}: {len(entities)} entities, {targets} targets", file=sys.stderr)


if __name__ == "__main__":
    main()
