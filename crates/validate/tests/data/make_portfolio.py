#!/usr/bin/env python3
"""Makes portfolio.jsonl, a small clean customer portfolio for the nomina-validate tests.

    python3 crates/validate/tests/data/make_portfolio.py > crates/validate/tests/data/portfolio.jsonl

400 invented customers in `screen --batch`'s format: persons (given name and surname from
short invented pools, most with a date of birth and a country) and companies (an invented
word with a legal form). Seeded, so it makes the same file every time. Standard library only.
"""
import json
import random

rng = random.Random(4015)
GIVEN = ["Anna", "Ben", "Carla", "David", "Eva", "Felix", "Gul", "Hassan", "Irina", "Jamal",
         "Kenji", "Leila", "Marco", "Nour", "Omar", "Priya", "Quentin", "Rosa", "Sami", "Tariq",
         "Ursula", "Viktor", "Wei", "Xenia", "Yusuf", "Zara", "Ali", "Mohammed", "Li", "Kim"]
FAMILY = ["Abbott", "Bianchi", "Chowdhury", "Dimitrov", "Eriksen", "Fontaine", "Garcia",
          "Hosseini", "Ivanova", "Jansen", "Kaya", "Lopez", "Mendes", "Nakamura", "Olsen",
          "Park", "Qureshi", "Rahman", "Schmidt", "Toure", "Umarov", "Varga", "Wang", "Yilmaz",
          "Zhang", "Hassan", "Khan", "Chen", "Ahmed", "Singh"]
WORDS = ["Alder", "Brook", "Cobalt", "Delta", "Ember", "Fjord", "Garnet", "Harbor", "Indigo",
         "Juniper", "Kite", "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quarry", "Ridge",
         "Summit", "Tidal", "Umber", "Vertex", "Willow", "Zephyr", "Orient", "Global", "Star"]
FORMS = ["Ltd", "LLC", "GmbH", "S.A.", "Inc", "B.V.", "Trading Co", "Holdings", "S.R.L.", "Oy"]
COUNTRIES = ["GB", "DE", "FR", "ES", "IT", "TR", "IN", "CN", "KR", "US", "BR", "EG", "PK", "RU"]

for i in range(400):
    if rng.random() < 0.7:
        q = {"name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "type": "person"}
        if rng.random() < 0.8:
            q["dob"] = f"{rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    else:
        q = {"name": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(FORMS)}", "type": "organization"}
    if rng.random() < 0.85:
        q["country"] = rng.choice(COUNTRIES)
    print(json.dumps({"id": f"c{i:04d}", "query": q}))
