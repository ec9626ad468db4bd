#!/usr/bin/env python3
"""Tools for the independent writers' corpus (bench/text-writers): documents written by hand,
by writers who never saw the scanner's rules nor ran it, not by the template generator.

    python3 scripts/writers_corpus.py pool --part dev --out /tmp/pool-dev.jsonl
    python3 scripts/writers_corpus.py check bench/text-writers/dev

`pool` writes the parties a writer may cite, one per line: the party's keys (its UN and
its OFAC entry when both lists carry it, linked as gen_text_corpus.py links them), kind,
programme, and every listed name and alias with its list. The parties are split in two by
a hash of the party id: the `dev` writer and the `heldout` writer never share a party.

`check` re-reads a part's gold.jsonl: every span must equal its text, every key must be a
listed key of one linked party, and every listed name of two or more words written in a
document must lie inside a gold span (or be listed in the row's `not_mentions`, the
homonyms a negative document deliberately carries). Standard library only.
"""
import argparse, hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_text_corpus as g  # noqa: E402

ROOT = g.ROOT


def part_of(pid):
    """'heldout' for a third of the parties, 'dev' for the rest (fixed by the party id)."""
    d = hashlib.sha256(('writers:' + pid).encode()).digest()
    return 'heldout' if d[0] % 3 == 0 else 'dev'


def pool(part, out):
    L = g.Lists(ROOT)
    done = set()
    n = 0
    with open(out, 'w', encoding='utf-8') as f:
        for k in sorted(L.rec):
            keys = L.party_of[k]
            pid = keys[0]
            if pid in done or part_of(pid) != part:
                continue
            done.add(pid)
            names = []
            for key in keys:
                r = L.rec[key]
                names.append(dict(key=key, primary=r.primary,
                                  aliases=[a for a, _q in r.aliases], script=r.script,
                                  program=r.program))
            f.write(json.dumps(dict(pid=pid, keys=keys, kind=L.rec[k].kind, names=names),
                               ensure_ascii=False) + '\n')
            n += 1
    print('%s: %d parties written to %s' % (part, n, out))


def check(dd):
    L = g.Lists(ROOT)
    bad = 0
    docs = 0
    for line in open(os.path.join(dd, 'gold.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        docs += 1
        p = os.path.join(dd, r['doc'])
        text = open(p, encoding='utf-8', newline='').read()
        for m in r['mentions']:
            if text[m['start']:m['end']] != m['text']:
                print('%s: span %d-%d is %r, gold says %r' % (r['doc'], m['start'], m['end'],
                                                              text[m['start']:m['end']], m['text']))
                bad += 1
            parties = {L.party_of[k][0] for k in m['expect'] if k in L.party_of}
            if len(parties) != 1 or any(k not in L.party_of for k in m['expect']):
                print('%s: %r expects %s: not the keys of one listed party' % (r['doc'], m['text'], m['expect']))
                bad += 1
            elif set(m['expect']) != set(L.party_of[next(iter(parties))]):
                print('%s: %r expects %s; the party has %s' % (r['doc'], m['text'], m['expect'],
                                                               L.party_of[next(iter(parties))]))
                bad += 1
        allowed = {g.norm(x) for x in r.get('not_mentions', [])}
        for s, e, key, _pids in L.listed_ngrams(text):
            if key in allowed:
                continue
            if not any(m['start'] < e and s < m['end'] for m in r['mentions']):
                print('%s: listed name %r at %d-%d is outside every gold span' % (r['doc'], text[s:e], s, e))
                bad += 1
    print('%s: %d documents, %d problems' % (dd, docs, bad))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = ap.add_subparsers(dest='cmd', required=True)
    a = sub.add_parser('pool')
    a.add_argument('--part', choices=('dev', 'heldout'), required=True)
    a.add_argument('--out', required=True)
    c = sub.add_parser('check')
    c.add_argument('dir')
    args = ap.parse_args()
    if args.cmd == 'pool':
        pool(args.part, args.out)
    else:
        sys.exit(1 if check(args.dir) else 0)


if __name__ == '__main__':
    main()
