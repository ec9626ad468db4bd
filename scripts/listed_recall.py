#!/usr/bin/env python3
"""Recall of `nomina scan` on every listed name written in a plain sentence.

Each UN and OFAC entity of the bundled test lists is written once, by its primary name as
a newspaper would print it (capitals turned to title case, hyphenated parts capitalised in
half of the documents and not in the other half), into a short neutral sentence of its
type ("The tanker {} was seen off the coast."). One document per entity. A document is
found when the scanner reports the entity's own key.

The entities are shuffled with a fixed seed and split: the first 40 % are the development
part (looked at while writing rules), the rest the held-out part (run only to report).

    python3 scripts/listed_recall.py --part dev [--nomina target/release/nomina] [--show 20]
"""
import argparse, collections, csv, gzip, json, os, random, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UN = os.path.join(ROOT, 'data/lists/un/consolidated-2026-02-27.xml.gz')
OFAC = os.path.join(ROOT, 'data/lists/ofac/sdn-2021-07-07.csv.gz')
PARTICLES = {'al', 'el', 'ul', 'ur', 'e', 'i', 'bin', 'bint', 'ibn', 'de', 'la', 'del', 'y',
             'of', 'the', 'and', 'for'}
SENTENCES = {
    'person': ["Investigators said {} travelled to the capital last year.",
               "The ministry named {} in a statement on Monday."],
    'org': ["Officials said {} had opened new offices.",
            "The report described the activities of {} in detail."],
    'vessel': ["The tanker {} was seen off the coast.", "Port records show {} docked twice."],
    'aircraft': ["The aircraft {} landed at the airport."],
}


def entities():
    out = []
    root = ET.parse(gzip.open(UN)).getroot()
    for ind in root.iter('INDIVIDUAL'):
        parts = [(ind.findtext(t) or '').strip()
                 for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
        out.append(('un:' + ind.findtext('REFERENCE_NUMBER').strip(), 'person',
                    ' '.join(p for p in parts if p)))
    for e in root.iter('ENTITY'):
        out.append(('un:' + e.findtext('REFERENCE_NUMBER').strip(), 'org',
                    (e.findtext('FIRST_NAME') or '').strip()))
    with gzip.open(OFAC, 'rt', encoding='latin-1') as f:
        for row in csv.reader(f):
            if len(row) < 4:
                continue
            kind = row[2].strip().strip('"')
            name = row[1].strip()
            typ = {'individual': 'person', 'vessel': 'vessel', 'aircraft': 'aircraft'}.get(kind, 'org')
            if typ == 'person' and ', ' in name:
                last, first = name.split(', ', 1)
                name = first + ' ' + last
            out.append(('ofac:' + row[0].strip(), typ, name))
    return [e for e in out if e[2]]


def as_printed(name, capitalise_parts):
    """A name in capitals as a newspaper prints it."""
    if not name.isupper():
        return name
    def word(w):
        if any(c.isdigit() for c in w):
            return w
        if not capitalise_parts:
            return w.capitalize()
        return '-'.join(p.lower() if p.lower() in PARTICLES else p[:1].upper() + p[1:].lower()
                        for p in w.split('-'))
    return ' '.join(word(w) for w in name.split())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--part', choices=['dev', 'heldout'], required=True)
    ap.add_argument('--nomina', default=os.path.join(ROOT, 'target/release/nomina'))
    ap.add_argument('--show', type=int, default=0, help='misses to print per type (dev only)')
    a = ap.parse_args()
    ents = entities()
    random.Random(7).shuffle(ents)
    cut = int(len(ents) * 0.4)
    ents = ents[:cut] if a.part == 'dev' else ents[cut:]
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as d:
        gold = {}
        for i, (key, typ, name) in enumerate(ents):
            text = rng.choice(SENTENCES[typ]).format(as_printed(name, i % 2 == 1))
            fn = f'd{i:05}.txt'
            with open(os.path.join(d, fn), 'w') as f:
                f.write(text + '\n')
            gold[fn] = (key, typ, text)
        res = subprocess.run([a.nomina, '--list', UN, '--list', OFAC, 'scan', '--batch', d],
                             capture_output=True, text=True, check=True).stdout
    found = {}
    for line in res.splitlines():
        doc = json.loads(line)
        found[doc['doc']] = {m['entity'] for m in doc['mentions']}
    tot, ok, miss = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for fn, (key, typ, text) in gold.items():
        tot[typ] += 1
        if key in found.get(fn, ()):
            ok[typ] += 1
        else:
            miss[typ].append(text)
    for typ in sorted(tot):
        print(f'{typ:9} {ok[typ]:5} / {tot[typ]:5}  recall {ok[typ] / tot[typ]:.3f}')
    print(f'{"all":9} {sum(ok.values()):5} / {sum(tot.values()):5}  recall '
          f'{sum(ok.values()) / sum(tot.values()):.3f}')
    if a.part == 'dev':
        for typ in sorted(miss):
            for text in miss[typ][:a.show]:
                print(f'  missed {typ}: {text}')


if __name__ == '__main__':
    sys.exit(main())
