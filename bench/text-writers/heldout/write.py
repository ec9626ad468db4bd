#!/usr/bin/env python3
"""Generator for the held-out free-text benchmark written by writer-b.

Each document is written with inline markers [[surface|pid]] or [[surface|pid|h]] (hard).
Rendering strips the markers and records the character spans (Python str indices).
Run: python3 write.py  (regenerates wh_*.txt and gold.jsonl next to this file).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-heldout.jsonl'

# keys of each cited party are read from keys.json (a copy of the pool rows' keys, written on
# the first run from /tmp/pool-heldout.jsonl) so the script regenerates without the pool.

from docs_news import NEWS
from docs_pay import PAY
from docs_neg import NEG

MARK = re.compile(r'\[\[(.+?)\|([^|\]]+?)(\|h)?\]\]', re.S)


def load_keys():
    if os.path.exists(os.path.join(HERE, 'keys.json')):
        return json.load(open(os.path.join(HERE, 'keys.json'), encoding='utf-8'))
    k = {}
    for line in open(POOL, encoding='utf-8'):
        r = json.loads(line)
        k[r['pid']] = r['keys']
    return k


def render(src, keys):
    out, ments, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surf, pid, hard = m.group(1), m.group(2), m.group(3)
        if pid not in keys:
            raise SystemExit('unknown pid %s' % pid)
        d = {'start': n, 'end': n + len(surf), 'text': surf, 'expect': keys[pid]}
        if hard:
            d['hard'] = True
        ments.append(d)
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(src[pos:])
    return ''.join(out), ments


def main():
    keys = load_keys()
    rows = []
    for i, d in enumerate(NEWS + PAY + NEG, 1):
        name = 'wh_%03d.txt' % i
        src = d['text'].lstrip('\n')
        if d.get('crlf'):
            src = src.replace('\r\n', '\n').replace('\n', '\r\n')
        text, ments = render(src, keys)
        assert '[[' not in text and ']]' not in text, name
        if d['category'] == 'negative':
            assert not ments, name
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        rows.append({'doc': name, 'category': d['category'], 'style': d['style'],
                     'locale': d['locale'], 'source_id': 'writer-b', 'mentions': ments,
                     'not_mentions': d.get('not_mentions', [])})
    used = sorted({m[1] for d in NEWS + PAY + NEG for m in MARK.findall(d['text'])})
    kp = os.path.join(HERE, 'keys.json')
    if not os.path.exists(kp):
        with open(kp, 'w', encoding='utf-8') as f:
            json.dump({p: keys[p] for p in used}, f, ensure_ascii=False, indent=0, sort_keys=True)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('%d documents written' % len(rows))


if __name__ == '__main__':
    main()
