#!/usr/bin/env python3
"""Makes labelled.jsonl, the small labelled query set of the nomina-validate tests.

    python3 crates/validate/tests/data/make_labelled.py > crates/validate/tests/data/labelled.jsonl

Seeded, so it makes the same file every time. Positives: 70 OFAC SDN 2021-07-07 and 30 UN
2026-02-27 primary names from data/lists, written as listed, in another case, reordered,
shortened to first and last word, or with one typing slip. Negatives: invented person and
company names. Standard library only.
"""
import csv, gzip, os, random, json, xml.etree.ElementTree as ET
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../..")
rng = random.Random(1515)
ofac = []
with gzip.open(os.path.join(ROOT, 'data/lists/ofac/sdn-2021-07-07.csv.gz'), 'rt', encoding='cp1252') as f:
    for row in csv.reader(f):
        if len(row) < 3: continue
        ent, name, typ = row[0], row[1].strip(), row[2].strip().lower()
        kind = {'individual': 'person', 'vessel': 'vessel', 'aircraft': 'aircraft'}.get(typ, 'organization')
        ofac.append((f'ofac:{ent}', name, kind))
un = []
root = ET.parse(gzip.open(os.path.join(ROOT, 'data/lists/un/consolidated-2026-02-27.xml.gz')))
for ind in root.iter('INDIVIDUAL'):
    ref = (ind.findtext('REFERENCE_NUMBER') or '').strip()
    parts = [ (ind.findtext(t) or '').strip() for t in ('FIRST_NAME','SECOND_NAME','THIRD_NAME')]
    name = ' '.join(p for p in parts if p)
    if ref and name: un.append((f'un:{ref}', name, 'person'))
for e in root.iter('ENTITY'):
    ref = (e.findtext('REFERENCE_NUMBER') or '').strip()
    name = (e.findtext('FIRST_NAME') or '').strip()
    if ref and name: un.append((f'un:{ref}', name, 'organization'))

def person_words(name):
    if ',' in name:
        last, first = name.split(',', 1)
        return first.split() + last.split()
    return name.split()

def typo(s):
    i = rng.randrange(1, max(2, len(s) - 1))
    op = rng.choice('dswx')
    if op == 'd': return s[:i] + s[i+1:]
    if op == 's' and i + 1 < len(s): return s[:i] + s[i+1] + s[i] + s[i+2:]
    if op == 'w': return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice('aeiou') + s[i+1:]

out = []
n = 0
pool = rng.sample(ofac, 70) + rng.sample(un, 30)
for key, name, kind in pool:
    words = person_words(name) if kind == 'person' else name.split()
    how = rng.choice(['exact', 'case', 'reorder', 'typo', 'partial', 'typo'])
    if how == 'exact': q = ' '.join(words)
    elif how == 'case': q = ' '.join(words).lower() if rng.random() < .5 else ' '.join(w.capitalize() for w in words)
    elif how == 'reorder' and len(words) > 1: q = ' '.join(words[1:] + words[:1])
    elif how == 'partial' and len(words) > 2: q = ' '.join([words[0], words[-1]])
    elif how == 'typo':
        i = max(range(len(words)), key=lambda j: len(words[j]))
        w = list(words); w[i] = typo(w[i]); q = ' '.join(w)
    else:
        how = 'exact'; q = ' '.join(words)
    n += 1
    query = {'name': q}
    if rng.random() < 0.3: query['type'] = kind
    out.append({'id': f'v{n:03d}', 'query': query, 'expect': [key], 'tags': [how, kind, key.split(':')[0]]})
firsts = ['Oliver','Grace','Mateo','Lucia','Henrik','Sofia','Tomasz','Ingrid','Pedro','Claire','Ahmed','Fatima','Dmitri','Yuki','Chen','Amara','Rahul','Elena','Jonas','Nadia']
lasts = ['Whitfield','Bergstrom','Castellano','Novak','Lindqvist','Okafor','Haddad','Petrov','Tanaka','Moreau','Kowalski','Farrow','Quintero','Brennan','Sato','Iyer','Hughes','Duval','Marsh','Ferreira']
orgs = ['Northwind Logistics Ltd', 'Blue Harbor Trading LLC', 'Kestrel Analytics GmbH', 'Sunfield Agro S.A.', 'Granite Peak Holdings Inc', 'Orchid Textiles Pvt Ltd', 'Maple Crest Shipping Co', 'Silverline Pharma AG', 'Redwood Capital Partners', 'Amber Coast Fisheries', 'Islamic Relief Bakery', 'Al Noor Trading Company', 'Oriental Star Shipping Limited', 'Global Export Import Company', 'Petro Services International']
for i in range(45):
    name = f'{rng.choice(firsts)} {rng.choice(lasts)}'
    n += 1
    query = {'name': name}
    if rng.random() < 0.4: query['type'] = 'person'
    out.append({'id': f'v{n:03d}', 'query': query, 'expect': [], 'tags': ['negative', 'person']})
for o in orgs:
    n += 1
    out.append({'id': f'v{n:03d}', 'query': {'name': o}, 'expect': [], 'tags': ['negative', 'organization']})
rng.shuffle(out)
for r in out: print(json.dumps(r, ensure_ascii=False))
