#!/usr/bin/env python3
"""writer-h: regenerates wh_*.txt and gold.jsonl in this directory.
Markers in the sources: [[surface|pid]] or [[surface|pid|h]] (hard). pid is the party id of
/tmp/pool-heldout.jsonl; the gold 'expect' list is that party's keys (copied into KEYS below so
that this script runs without the pool file)."""
import json, os, re, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-heldout.jsonl'
KEYS_FILE = os.path.join(HERE, 'keys.json')

def load_keys():
    if os.path.exists(POOL):
        k = {}
        for line in open(POOL, encoding='utf-8'):
            r = json.loads(line)
            k[r['pid']] = r['keys']
        return k
    return json.load(open(KEYS_FILE, encoding='utf-8'))

MARK = re.compile(r'\[\[(.+?)\|((?:un|ofac):[^|\]]+)(\|h)?\]\]', re.S)

DOCS = []
def doc(name, category, style, locale, src, not_mentions=(), crlf=False):
    DOCS.append(dict(name=name, category=category, style=style, locale=locale, src=src,
                     not_mentions=list(not_mentions), crlf=crlf))

from docs_news import add as add_news
from docs_pay import add as add_pay
from docs_neg import add as add_neg

def render(src, crlf):
    if src.startswith('\n'):
        src = src[1:]
    if crlf:
        src = src.replace('\n', '\r\n')
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surf = m.group(1)
        spans.append((n, n + len(surf), surf, m.group(2), bool(m.group(3))))
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(src[pos:])
    return ''.join(out), spans

def main():
    import sys
    sys.path.insert(0, HERE)
    add_news(doc); add_pay(doc); add_neg(doc)
    keys = load_keys()
    used = {}
    rows = []
    for d in DOCS:
        text, spans = render(d['src'], d['crlf'])
        assert '[[' not in text and ']]' not in text, d['name']
        with open(os.path.join(HERE, d['name']), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        ments = []
        for s, e, surf, pid, hard in spans:
            assert text[s:e] == surf
            m = {'start': s, 'end': e, 'text': surf, 'expect': keys[pid]}
            if hard:
                m['hard'] = True
            ments.append(m)
            used[pid] = keys[pid]
        row = {'doc': d['name'], 'category': d['category'], 'style': d['style'],
               'locale': d['locale'], 'source_id': 'writer-h', 'mentions': ments}
        if d['not_mentions']:
            row['not_mentions'] = d['not_mentions']
        rows.append(row)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if os.path.exists(POOL):
        with open(KEYS_FILE, 'w', encoding='utf-8') as f:
            json.dump(dict(sorted(used.items())), f, ensure_ascii=False, indent=0)
    print(len(rows), 'documents,', sum(len(r['mentions']) for r in rows), 'mentions,',
          sum(1 for r in rows for m in r['mentions'] if m.get('hard')), 'hard,', len(used), 'parties')

if __name__ == '__main__':
    main()
