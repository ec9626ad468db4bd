#!/usr/bin/env python3
"""Builds the seed corpus under fuzz/seeds/<target>/ from the bad-input files in
crates/lists/tests/bad/, the small test fixtures and tiny cuts of the real lists in
data/lists/. Run from anywhere: `python3 fuzz/make_seeds.py`. The output is committed, so
this only needs rerunning when the bad-input files or fixtures change.

Cuts keep whole records and close the document, so most seeds parse: the fuzzer then
starts from inputs that reach deep into each reader instead of failing at the header.
"""
import gzip
import os
import re
import shutil

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BAD = os.path.join(ROOT, "crates/lists/tests/bad")
FIX = os.path.join(ROOT, "crates/lists/tests/fixtures")
LISTS = os.path.join(ROOT, "data/lists")
SEEDS = os.path.join(ROOT, "fuzz/seeds")

# Separator between the files of one ofac_csv_set input (see fuzz_targets/ofac_csv_set.rs).
SPLIT = b"\n%%nomina-fuzz-file%%\n"


def real(path):
    with gzip.open(os.path.join(LISTS, path), "rb") as f:
        return f.read()


def put(target, name, data):
    d = os.path.join(SEEDS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def bad_files(prefixes):
    """Plain (not gzip) bad-input files whose names start with one of the prefixes."""
    out = []
    for name in sorted(os.listdir(BAD)):
        p = os.path.join(BAD, name)
        if os.path.isfile(p) and not name.endswith(".gz") and name.startswith(prefixes):
            with open(p, "rb") as f:
                out.append((name, f.read()))
    return out


def fixture(name):
    with open(os.path.join(FIX, name), "rb") as f:
        return f.read()


def xml_cut(data, record_tag, picks, tail):
    """The document head up to the first record, the records at the given indexes, then
    `tail` (the closing tags)."""
    close = b"</" + record_tag + b">"
    start = re.search(b"<" + record_tag + b"[ >]", data).start()
    records = []
    pos = start
    while True:
        m = re.search(b"<" + record_tag + b"[ >]", data[pos:])
        if not m:
            break
        s = pos + m.start()
        e = data.index(close, s) + len(close)
        records.append(data[s:e])
        pos = e
        if len(records) > max(picks):
            break
    head = data[:start]
    return head + b"\n    ".join(records[i] for i in picks) + tail


def csv_lines(data, picks, header_lines=0):
    lines = data.split(b"\n")
    return b"\n".join(lines[:header_lines] + [lines[i] for i in picks]) + b"\n"


def main():
    if os.path.isdir(SEEDS):
        shutil.rmtree(SEEDS)

    # UN: individuals and entities from two vintages (the 2018 file has other quirks).
    un = {}
    for vintage in ["2026-02-27", "2018-08-24"]:
        data = real(f"un/consolidated-{vintage}.xml.gz")
        ind = xml_cut(data, b"INDIVIDUAL", [0, 1, 2, 40], b"\n  </INDIVIDUALS>\n")
        ent_start = data.index(b"<ENTITIES>")
        ents = xml_cut(data[ent_start:], b"ENTITY", [0, 1, 7], b"\n  </ENTITIES>\n</CONSOLIDATED_LIST>\n")
        un[f"un-cut-{vintage}.xml"] = ind + b"  " + ents
    for name, data in un.items():
        put("un", name, data)
    for name, data in bad_files(("un-",)):
        put("un", name, data)

    # OFAC CSV: the first rows (entities, vessels) and some individuals with long remarks.
    sdn = real("ofac/sdn-2023-12-28.csv.gz")
    lines = sdn.split(b"\n")
    people = [i for i, l in enumerate(lines) if b'"individual"' in l][:6]
    vessels = [i for i, l in enumerate(lines) if b'"vessel"' in l][:2]
    picks = list(range(0, 6)) + people + vessels
    ofac_main = csv_lines(sdn, picks)
    put("ofac_csv", "sdn-cut-2023-12-28.csv", ofac_main)
    cons = real("ofac/cons_prim-2025-12-19.csv.gz")
    put("ofac_csv", "cons_prim-cut-2025-12-19.csv", csv_lines(cons, list(range(0, 8))))
    for name, data in bad_files(("ofac-csv-",)):
        put("ofac_csv", name, data)

    # OFAC CSV set: main, alt, add, comments joined by SPLIT, companions cut to the main's rows.
    ids = {l.split(b",")[0] for l in ofac_main.split(b"\n") if l.strip()}

    def companion(path):
        rows = [l for l in real(path).split(b"\n") if l.split(b",")[0] in ids]
        return b"\n".join(rows[:12]) + b"\n"

    alt = companion("ofac/alt-2023-12-28.csv.gz")
    add = companion("ofac/add-2023-12-28.csv.gz")
    put("ofac_csv_set", "sdn-set-cut-2023-12-28", SPLIT.join([ofac_main, alt, add]))
    s21 = real("ofac/sdn-2021-07-07.csv.gz")
    c21 = real("ofac/sdn_comments-2021-07-07.csv.gz")
    first_comment_ids = [l.split(b",")[0] for l in c21.split(b"\n")[:3] if l.strip()]
    rows21 = [l for l in s21.split(b"\n") if l.split(b",")[0] in first_comment_ids]
    comments = b"\n".join(c21.split(b"\n")[:3]) + b"\n"
    put("ofac_csv_set", "sdn-comments-cut-2021-07-07",
        SPLIT.join([b"\n".join(rows21) + b"\n", b"", b"", comments]))
    for name in os.listdir(BAD):
        d = os.path.join(BAD, name)
        if os.path.isdir(d) and name.startswith("ofac-csv-set-"):
            parts = []
            for role in ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"]:
                p = os.path.join(d, role)
                parts.append(open(p, "rb").read() if os.path.exists(p) else b"")
            put("ofac_csv_set", name, SPLIT.join(parts))

    # OFAC classic XML: a few entries with the record count fixed to match.
    for vintage in ["2024-05-06", "2018-04-06"]:
        data = real(f"ofac/cons-nonsdn-{vintage}.xml.gz")
        cut = xml_cut(data, b"sdnEntry", [0, 1, 2, 3, 20], b"\n</sdnList>\n")
        cut = re.sub(b"<Record_Count>\\d+</Record_Count>", b"<Record_Count>5</Record_Count>", cut)
        put("ofac_xml", f"cons-nonsdn-cut-{vintage}.xml", cut)
    for name, data in bad_files(("ofac-xml-",)):
        put("ofac_xml", name, data)

    # OFAC enhanced XML: three entities with only the reference values they use.
    data = real("ofac/enhanced-irgc-2024-08-28.xml.gz")
    ent_start = data.index(b"<entities>")
    ents = xml_cut(data[ent_start:], b"entity", [0, 2, 5], b"\n  </entities>\n</sanctionsData>\n")
    used_refs = set(re.findall(b'refId="(\\d+)"', ents))
    used_features = set(re.findall(b'featureTypeId="(\\d+)"', ents))
    head = data[: data.index(b"<referenceValues>")]
    head = re.sub(b"<filters>.*?</filters>", b"", head, flags=re.S)
    values = [m.group(0) for m in re.finditer(b'<referenceValue refId="(\\d+)">.*?</referenceValue>', data, re.S)
              if m.group(1) in used_refs]
    features = [m.group(0) for m in re.finditer(b'<featureType featureTypeId="(\\d+)">.*?</featureType>', data, re.S)
                if m.group(1) in used_features]
    enhanced = (head + b"<referenceValues>\n    " + b"\n    ".join(values) + b"\n  </referenceValues>\n"
                + b"  <featureTypes>\n    " + b"\n    ".join(features) + b"\n  </featureTypes>\n  " + ents)
    put("ofac_enhanced", "enhanced-cut-2024-08-28.xml", enhanced)
    for name, data in bad_files(("ofac-enhanced-",)):
        put("ofac_enhanced", name, data)

    # EU: the header and the rows of the first entities of the excerpt, plus the fixtures.
    eu = real("eu/fsf-excerpt-2024-10-02.csv.gz")
    put("eu_csv", "fsf-cut-2024-10-02.csv", csv_lines(eu, list(range(1, 12)), header_lines=1))
    put("eu_csv", "eu-edge-cases.csv", fixture("eu-edge-cases.csv"))
    for name, data in bad_files(("eu-",)):
        if name.endswith(".csv"):
            put("eu_csv", name, data)
    put("eu_xml", "eu-edge-cases.xml", fixture("eu-edge-cases.xml"))
    put("eu_xml", "eu-fsf-excerpt-2024-10-02.xml", fixture("eu-fsf-excerpt-2024-10-02.xml"))
    for name, data in bad_files(("eu-",)):
        if name.endswith(".xml"):
            put("eu_xml", name, data)

    # UK OFSI: the two header lines and the first rows of both vintages.
    for vintage in ["2018-04-13", "2014-04-02"]:
        data = real(f"uk/conlist-{vintage}.csv.gz")
        put("uk_ofsi", f"conlist-cut-{vintage}.csv", csv_lines(data, list(range(2, 20)), header_lines=2))
    for name, data in bad_files(("uk-ofsi-",)):
        put("uk_ofsi", name, data)

    # UK Sanctions List: the published-format fixtures are already small.
    put("uk_sl_csv", "uk-sl-2026-10-08.csv", fixture("uk-sl-2026-10-08.csv"))
    put("uk_sl_xml", "uk-sl-2026-10-08.xml", fixture("uk-sl-2026-10-08.xml"))
    for name, data in bad_files(("uk-sl-",)):
        put("uk_sl_csv" if name.endswith(".csv") else "uk_sl_xml", name, data)

    # Custom lists.
    put("custom_csv", "custom-acme.csv", fixture("custom-acme.csv"))
    put("custom_json", "custom-acme.json", fixture("custom-acme.json"))
    for name, data in bad_files(("custom-",)):
        put("custom_csv" if name.endswith(".csv") else "custom_json", name, data)

    # Detection sees every format: the good seeds of each plus the empty and wrong-format files.
    os.makedirs(os.path.join(SEEDS, "detect_parse"))
    for target in ["un", "ofac_csv", "ofac_xml", "ofac_enhanced", "eu_csv", "eu_xml", "uk_ofsi",
                   "uk_sl_csv", "uk_sl_xml", "custom_csv", "custom_json"]:
        d = os.path.join(SEEDS, target)
        for name in sorted(os.listdir(d)):
            good = "cut" in name or name.startswith(("custom-acme", "uk-sl-2026", "eu-edge", "eu-fsf"))
            if good or "wrong-format" in name or "empty" in name:
                shutil.copy(os.path.join(d, name), os.path.join(SEEDS, "detect_parse", name))
    alt_only = companion("ofac/alt-2023-12-28.csv.gz")
    put("detect_parse", "alt-cut-2023-12-28.csv", alt_only)
    put("detect_parse", "sdn-cut-2023-12-28.csv.gz", gzip.compress(ofac_main, mtime=0))

    # Names for the text and matcher targets: scripts, punctuation, legal forms, particles.
    names = [
        "Maulana Mohammed Masood Azhar", "Al-Arabi Trading Limited Liability Company",
        "Qoussaï L.L.C.", "Сербин Андрей", "金正恩", "عبد الرحمن", "ABU BAKR AL-BAGHDADI",
        "D'Souza & Sons", "S.A. de C.V.", "Hüseyin Çelik", "김정은", "ابو محمد الجولاني",
        "Ιωάννης Παπαδόπουλος", "Straße", "Jaish-i-Mohammed", "M/V SEA STAR", "नरेंद्र",
        "ǅemal Ǆ", "ﬁnance ＡＢＣ", "x\u0301\u0301y",
    ]
    for i, n in enumerate(names):
        put("text", f"name-{i:02}", n.encode())
        put("screen", f"name-{i:02}", n.encode())


if __name__ == "__main__":
    main()
