#!/usr/bin/env python3
"""Negative documents of every ordinary name the corpus generator can draw.

`scripts/gen_text_corpus.py` builds its negative documents' people from a few pools
(`COMMON_GIVEN`, `COMMON_SUR`, `ORD_GIVEN`, `ORD_SUR`): given names and surnames that listed
people carry, combined with ordinary ones. A draw holds a few hundred of them; this script
writes every combination the generator accepts (none contains a listed name of two words or
more) into sentences of its own (sports, courts, obituaries, business, a headline in
capitals, a possessive, a title before the name), one short document each with a closing
line of running prose, so that a class of false mentions shows whatever the draw:

    python3 scripts/lookalike_prose.py OUTDIR
    target/release/nomina $L scan --batch OUTDIR > r.jsonl   # every mention is false

The sentences are not the generator's (neither part's templates are used). Written for
session 9 (docs/scanning.md).
"""
import importlib.util, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FRAMES = ["{X} said the shop had been busy all week.",
          "The award went to {X}, a retired teacher from Leeds.",
          "Referee {X} showed two yellow cards before half-time.",
          "{XU} NAMED CAPTAIN FOR CUP FINAL\n\nThe squad trained on Tuesday.",
          "Neighbours said {X}'s garden was the best on the street.",
          "The lease was signed by {X} and Tom Hughes in March.",
          "Judge {X} adjourned the hearing until Monday.",
          "Striker {X} was booked in the second half.",
          "{X}, 41, of Bradford, was fined for speeding.",
          "Chief executive {X} said exports had doubled.",
          "Her son, {X}, said she would be missed.",
          "Tributes to {X}\n\n{X} taught music for thirty years.",
          "Our driver, {X}, knew every bend of the mountain road.",
          "Dr {X} opened the new clinic on Friday."]
CLOSING = "The next meeting is on Saturday and tickets are still on sale at the shop."


def main():
    out = sys.argv[1]
    spec = importlib.util.spec_from_file_location('gen', os.path.join(ROOT, 'scripts/gen_text_corpus.py'))
    g = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g)
    lists = g.Lists(g.ROOT)
    surnames = sum(g.ORD_SUR.values(), [])
    given = sum(g.ORD_GIVEN.values(), [])
    names = {a + ' ' + b for a in g.COMMON_GIVEN for b in surnames}
    names |= {a + ' ' + b for a in given for b in g.COMMON_SUR + surnames}
    names = sorted(n for n in names if not lists.listed_ngrams(n))
    os.makedirs(out, exist_ok=True)
    n = 0
    for i, x in enumerate(names):
        for j, f in enumerate(FRAMES):
            if (i + j) % 3:
                continue  # a third of the (name, sentence) pairs
            with open(os.path.join(out, f'n{i:05}_{j:02}.txt'), 'w') as fh:
                fh.write(f.replace('{X}', x).replace('{XU}', x.upper()) + '\n\n' + CLOSING + '\n')
            n += 1
    print(f'{len(names)} names, {n} documents in {out}')


if __name__ == '__main__':
    main()
