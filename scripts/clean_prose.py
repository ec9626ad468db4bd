#!/usr/bin/env python3
"""False mentions of `nomina scan` on clean customers' names written in prose.

Takes a clean synthetic portfolio (JSON lines from ../shared/bench/portfolio/gen_portfolio.py,
`{"id", "query": {"name", "type", ...}}`), writes each of its first N names into one short
sentence of ordinary news, court, sports, travel or business prose, one document per name,
scans them all, and counts the documents where the scanner reports any listed party: every
such mention is false (the generator draws names that are not listed; an exact homonym of a
listed name is counted too, since a text alone cannot tell them apart).

    python3 scripts/clean_prose.py PORTFOLIO.jsonl [--count 60000] [--seed 2]
        [--nomina target/release/nomina] [--show 20]

Use a development portfolio (one seed) while writing rules and a held-out one (another
seed) only to report.
"""
import argparse, json, os, random, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LISTS = ['--list', os.path.join(ROOT, 'data/lists/un/consolidated-2026-02-27.xml.gz'),
         '--list', os.path.join(ROOT, 'data/lists/ofac/sdn-2021-07-07.csv.gz')]
SENTENCES = {
    'person': ["Investigators said {} travelled to the capital last year.",
               "The court heard that {} had signed the lease.",
               "{} scored twice as the home side won 3-1.",
               "Guests praised the hotel run by {} near the old port."],
    'organization': ["Officials said {} had opened new offices.",
                     "Shares in {} rose 4 % on Tuesday.",
                     "The tender was won by {} after a long review."],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('portfolio')
    ap.add_argument('--count', type=int, default=60000)
    ap.add_argument('--seed', type=int, default=2)
    ap.add_argument('--nomina', default=os.path.join(ROOT, 'target/release/nomina'))
    ap.add_argument('--show', type=int, default=0)
    a = ap.parse_args()
    rows = []
    with open(a.portfolio) as f:
        for line in f:
            rows.append(json.loads(line)['query'])
            if len(rows) >= a.count:
                break
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as d:
        texts = {}
        for i, q in enumerate(rows):
            kind = 'person' if q.get('type', 'person') == 'person' else 'organization'
            text = rng.choice(SENTENCES[kind]).format(q['name'])
            fn = f'c{i:06}.txt'
            with open(os.path.join(d, fn), 'w') as f:
                f.write(text + '\n')
            texts[fn] = text
        out = subprocess.run([a.nomina] + LISTS + ['scan', '--batch', d], capture_output=True,
                             text=True, check=True).stdout
    false, docs, shown = 0, 0, 0
    for line in out.splitlines():
        doc = json.loads(line)
        if doc['mentions']:
            docs += 1
            false += len(doc['mentions'])
            if shown < a.show:
                shown += 1
                print('  ', texts[doc['doc']], [(m['text'], m['entity'], m['score'])
                                                for m in doc['mentions']])
    print(f'{len(rows)} clean names in prose: {false} false mentions in {docs} documents '
          f'({1000 * docs / len(rows):.2f} per 1,000)')


if __name__ == '__main__':
    main()
