#!/usr/bin/env python3
"""Generate the free-text screening development corpus (bench/text-corpus) from the real lists.

    python3 scripts/gen_text_corpus.py --seed 10 --out bench/text-corpus

Standard library only, deterministic for a given seed.  Reads the UN consolidated list and the
OFAC SDN + alt files from data/lists, links UN and OFAC records of the same party, writes
news-like documents, payment messages and negative (look-alike only) documents from templates
written for this corpus, and splits them into dev/ and heldout/ (see bench/text-corpus/README.md).
Every gold span is computed on the exact text written and checked against the file.
"""
import argparse, collections, csv, gzip, hashlib, io, json, os, random, re, sys, unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UN_PATH = 'data/lists/un/consolidated-2026-02-27.xml.gz'
SDN_PATH = 'data/lists/ofac/sdn-2021-07-07.csv.gz'
ALT_PATH = 'data/lists/ofac/alt-2021-07-07.csv.gz'


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.upper().replace('\u2019', "'")
    s = re.sub(r"[^0-9A-Z\u0600-\u06FF\u0400-\u04FF]+", ' ', s)
    return ' '.join(s.split())


class Rec:
    def __init__(self, key, kind, names, aliases, script, program, remarks, dob):
        self.key, self.kind, self.names, self.aliases = key, kind, names, aliases
        self.script, self.program, self.remarks, self.dob = script, program, remarks, dob

    @property
    def primary(self):
        return self.names[0]


def load_un(root):
    recs = {}
    with gzip.open(os.path.join(root, UN_PATH)) as f:
        tree = ET.parse(f)
    for tag, kind in (('INDIVIDUAL', 'individual'), ('ENTITY', 'entity')):
        for el in tree.iter(tag):
            ref = (el.findtext('REFERENCE_NUMBER') or '').strip()
            if not ref:
                continue
            parts = [(el.findtext(t) or '').strip() for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
            primary = ' '.join(p for p in parts if p)
            aliases = []
            for a in el.findall(tag + '_ALIAS'):
                n = (a.findtext('ALIAS_NAME') or '').strip()
                q = (a.findtext('QUALITY') or '').strip()
                if n:
                    aliases.append((n, q))
            script = [(s.text or '').strip() for s in el.findall('NAME_ORIGINAL_SCRIPT') if (s.text or '').strip()]
            dob = set()
            for d in el.findall('INDIVIDUAL_DATE_OF_BIRTH'):
                for t in ('YEAR', 'FROM_YEAR', 'TO_YEAR'):
                    y = (d.findtext(t) or '').strip()
                    if y:
                        dob.add(y)
                dt = (d.findtext('DATE') or '').strip()
                if dt[:4].isdigit():
                    dob.add(dt[:4])
            recs['un:' + ref] = Rec('un:' + ref, kind, [primary], aliases, script,
                                   (el.findtext('UN_LIST_TYPE') or '').strip(),
                                   (el.findtext('COMMENTS1') or ''), dob)
    return recs


def _csvrows(path):
    with gzip.open(path, 'rt', encoding='utf-8', errors='replace') as f:
        for row in csv.reader(f):
            yield [c.strip() for c in row]


def load_ofac(root):
    recs = {}
    for row in _csvrows(os.path.join(root, SDN_PATH)):
        if len(row) < 12 or not row[0].isdigit():
            continue
        ent, name, typ, prog, remarks = row[0], row[1], row[2], row[3], row[11]
        kind = {'individual': 'individual', 'vessel': 'vessel', 'aircraft': 'aircraft'}.get(typ.lower(), 'entity')
        dob = set(re.findall(r'DOB (?:\d\d? \w{3} )?(?:circa )?(\d{4})', remarks))
        imo = re.findall(r'IMO (\d{7})', remarks)
        r = Rec('ofac:' + ent, kind, [name], [], [], prog, remarks if remarks != '-0-' else '', dob)
        r.imo = imo[0] if imo else None
        r.vessel_flag = row[9] if kind == 'vessel' and row[9] != '-0-' else None
        recs[r.key] = r
    for row in _csvrows(os.path.join(root, ALT_PATH)):
        if len(row) < 4 or not row[0].isdigit():
            continue
        r = recs.get('ofac:' + row[0])
        if r:
            r.aliases.append((row[3], row[2]))
    return recs


# ---------------------------------------------------------------- linking UN <-> OFAC
def nat(name):
    """OFAC 'LAST, First' -> 'First LAST'."""
    if ', ' in name and name.count(',') == 1:
        last, first = name.split(', ')
        return first + ' ' + last
    return name


def split_un_alias(a):
    # UN aliases sometimes pack several names: 'A; B; C' or 'X (Y; Z)'
    a = re.sub(r'\(original script\)', '', a)
    out = []
    for p in re.split(r'[;()]', a):
        p = p.strip(' ,')
        if p:
            out.append(p)
    return out


def strip_paren(n):
    return re.sub(r'\s*\([^)]*\)\s*', ' ', n).strip()


def name_keys(rec, with_aliases=True):
    names = [rec.primary]
    if with_aliases:
        for a, q in rec.aliases:
            if q.lower() == 'low':
                continue
            names.extend(split_un_alias(a) if rec.key.startswith('un:') else [a])
    out = set()
    for n in names:
        n = nat(strip_paren(n)) if rec.key.startswith('ofac:') else strip_paren(n)
        n = re.sub(r'\b(DR|MR)\.? ', '', n, flags=re.I)
        k = ' '.join(sorted(norm(n).split()))
        if len(k.split()) >= 2 or len(k) >= 8:
            out.add(k)
    return out


# manual links of the same real party that the automatic rule cannot see (checked by hand)
MANUAL_LINKS = [
    ('un:IRe.036', 'ofac:10488'),   # Khatam al-Anbiya Construction HQ = Khatam ol Anbia Gharargah Sazandegi
    ('un:QDi.299', 'ofac:12926'),   # Ibrahim Awwad Ibrahim al-Badri (Abu Bakr al-Baghdadi); OFAC omits al-Samarrai
    ('un:SOi.013', 'ofac:17284'),   # Maalim Salman: identical alias lists, DOB 1979 vs 1978
    ('un:KPe.025', 'ofac:11581'),   # Korea Kwangson Banking Corporation / Corp, both a.k.a. KKBC
]


def link(un, of):
    """Union UN and OFAC records of the same party.  Rule: the primary name of one equals
    (token-sorted, normalised) the primary name or a good-quality alias of the other, same
    kind (individual / entity), and for individuals the years of birth intersect when both
    lists give one.  A UN record matching several OFAC records keeps only primary=primary
    matches when there are any."""
    prim_of = collections.defaultdict(list)
    all_of = collections.defaultdict(list)
    for r in of.values():
        if r.kind not in ('individual', 'entity'):
            continue
        for k in name_keys(r, False):
            prim_of[k].append(r)
        for k in name_keys(r, True):
            all_of[k].append(r)
    groups = {}
    for u in un.values():
        up = name_keys(u, False)
        ua = name_keys(u, True)
        strong, weak = set(), set()
        for k in up:
            for r in prim_of.get(k, []):
                strong.add(r.key)
            for r in all_of.get(k, []):
                weak.add(r.key)
        for k in ua:
            for r in prim_of.get(k, []):
                weak.add(r.key)
        cands = strong or weak
        ok = []
        for ok_key in sorted(cands):
            r = of[ok_key]
            if r.kind != u.kind:
                continue
            if u.kind == 'individual' and u.dob and r.dob and not (u.dob & r.dob):
                continue
            if u.kind == 'individual' and not (u.dob and r.dob) and not (up & name_keys(r, False)):
                continue
            ok.append(ok_key)
        if 0 < len(ok) <= 2:
            groups[u.key] = ok
    # an OFAC record claimed by UN records of different names is ambiguous: drop those links
    claimed = collections.defaultdict(set)
    for u, os_ in groups.items():
        for o in os_:
            claimed[o].add(norm(un[u].primary))
    for u in list(groups):
        groups[u] = [o for o in groups[u] if len(claimed[o]) == 1]
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a, b):
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)
    for u, os_ in groups.items():
        for o in os_:
            union(u, o)
    for a, b in MANUAL_LINKS:
        if a in un and b in of:
            union(a, b)
    members = collections.defaultdict(list)
    for k in list(un) + list(of):
        members[find(k)].append(k)
    party_of = {}
    for root_, ks in members.items():
        ks = sorted(ks, key=lambda k: (not k.startswith('un:'), k))
        for k in ks:
            party_of[k] = ks
    return party_of


# ---------------------------------------------------------------- hand-described parties
# anchor key -> how writers refer to the party.  Every key of the party (UN and OFAC) comes
# from link(); the forms below are checked against the list names where they are listed.
#   full : first-mention forms (full or distinctive partial names, listed aliases, spelling variants)
#   later: later references that need the context (surname-only, acronym, nickname) -> hard
#   title: honorific written before the name (outside the span)
CURATED = {
    'un:QDi.006': dict(kind='person', full=['Ayman al-Zawahiri', 'Ayman al-Zawahri', 'Aiman Muhammed Rabi al-Zawahiri', 'Ayman Al-Zawahari'], later=['Zawahiri', 'al-Zawahiri'], title=['Dr', 'Dr.'], region='mideast'),
    'un:QDi.299': dict(kind='person', full=['Abu Bakr al-Baghdadi', 'Ibrahim Awwad Ibrahim al-Badri', 'Abu Bakr al-Baghdadi al-Husayni al-Quraishi'], later=['Baghdadi', 'al-Baghdadi'], title=[], region='mideast'),
    'un:CFi.009': dict(kind='person', full=['Joseph Kony', 'Joseph Rao Kony', 'Josef Kony'], later=['Kony'], title=[], region='africa'),
    'un:QDi.352': dict(kind='person', full=['Maulana Fazlullah', 'Mullah Fazlullah', 'Fazal Hayat'], later=['Fazlullah', 'Mullah Radio'], title=[], region='southasia'),
    'un:QDi.136': dict(kind='person', full=['Mokhtar Belmokhtar', 'Mokhtar Bel Mokhtar'], later=['Belmokhtar'], title=[], region='africa'),
    'un:SOi.013': dict(kind='person', full=['Maalim Salman', 'Ameer Salman', "Mu'alim Salman"], later=[], title=[], region='africa'),
    'ofac:24283': dict(kind='person', full=['Oleg Deripaska', 'Oleg Vladimirovich Deripaska'], later=['Deripaska'], title=[], region='europe'),
    'ofac:24424': dict(kind='person', full=['Diosdado Cabello', 'Diosdado Cabello Rondon', 'Diosdado Cabello Rondón'], later=['Cabello'], title=[], region='latam'),
    'ofac:6365': dict(kind='person', full=['Osama bin Laden', 'Usama bin Laden', 'Usama bin Ladin', 'Osama bin Muhammad bin Awad bin Laden'], later=['bin Laden', 'Bin Ladin'], title=['Sheikh'], region='mideast'),
    'ofac:15945': dict(kind='person', full=['Abu Muhammad al-Jawlani', 'Abu Mohammed al-Golani', 'Abu Muhammad al-Golani'], later=['Jawlani', 'al-Golani'], title=[], region='mideast'),
    'un:QDe.132': dict(kind='group', full=['Tehrik-e Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban'], later=['TTP'], region='southasia'),
    'un:QDe.161': dict(kind='group', full=['ISIL-Khorasan', 'Islamic State Khorasan Province', 'ISIS Wilayat Khorasan', 'ISIL Khorasan'], later=['ISIL-K'], region='southasia'),
    'un:CFe.002': dict(kind='group', full=["Lord's Resistance Army", "Lord’s Resistance Army", "Lord's Resistance Movement"], later=['LRA'], region='africa'),
    'un:QDe.001': dict(kind='group', full=['Abu Sayyaf Group', 'Abu Sayyaf', 'Al Harakat Al Islamiyya'], later=['ASG'], region='asia'),
    'un:QDe.092': dict(kind='group', full=['Jemaah Islamiyah', 'Jemaah Islamiya', "Jema'ah Islamiyah", 'Jamaah Islamiyah'], later=['JI'], region='asia'),
    'un:QDe.137': dict(kind='group', full=['al-Nusrah Front', 'Jabhat al-Nusrah', 'Jabhat al-Nusra', 'Nusra Front', "Hay'at Tahrir al-Sham"], later=['HTS', 'Nusra'], region='mideast'),
    'un:QDe.096': dict(kind='group', full=['Lashkar-e-Jhangvi', 'Lashkar i Jhangvi', 'Lashkar-i-Jhangvi'], later=['LeJ'], region='southasia'),
    'un:QDe.008': dict(kind='group', full=['Harakat ul-Mujahideen', 'Harakat ul-Mujahidin', 'Harakat ul-Ansar'], later=['HuM'], region='southasia'),
    'un:QDe.152': dict(kind='group', full=['Jamaat-ul-Ahrar', 'Jamaat-e-Ahrar', 'Jamaatul Ahrar'], later=['JuA'], region='southasia'),
    'ofac:4695': dict(kind='group', full=['Hamas', 'Islamic Resistance Movement', 'Izz al-Din al-Qassim Brigades'], later=[], region='mideast'),
    'ofac:11462': dict(kind='group', full=["Kata'ib Hizballah", 'Kataib Hezbollah', "Kata'ib Hezbollah", 'Hizballah Brigades'], later=['KH'], region='mideast'),
    'un:QDe.098': dict(kind='group', full=['Ansar al-Islam fi Kurdistan'], later=[], region='mideast', skip=True),
    'un:KPe.025': dict(kind='bank', full=['Korea Kwangson Banking Corporation', 'Korea Kwangson Banking Corp.', 'Korea Kwangson Banking Corp'], later=['KKBC', 'Kwangson'], region='asia'),
    'un:KPe.003': dict(kind='bank', full=['Tanchon Commercial Bank', 'Changgwang Credit Bank'], later=['Tanchon'], region='asia'),
    'un:KPe.002': dict(kind='company', full=['Korea Ryonbong General Corporation', 'Korea Ryonbong General Corp.', 'Lyongaksan General Trading Corporation'], later=['Ryonbong'], region='asia'),
    'ofac:12927': dict(kind='company', full=['Mahan Air', 'Mahan Air Co.'], later=['Mahan'], region='mideast'),
    'un:IRe.036': dict(kind='company', full=['Khatam al-Anbiya Construction Headquarters', 'Khatam al-Anbya', 'Khatam ol Anbia'], later=['KAA', 'Khatam'], region='mideast'),
    'un:IRe.037': dict(kind='company', full=['Khorasan Metallurgy Industries', 'Khorasan Metallurgy Industries Co.'], later=[], region='mideast'),
    'un:IRe.070': dict(kind='company', full=['Shahid Sayyade Shirazi Industries', 'Shahid Sayyad Shirazi Industries'], later=['SSSI'], region='mideast'),
    'ofac:25396': dict(kind='company', full=['Islamic Republic of Iran Shipping Lines'], later=['IRISL'], region='mideast'),
}

# tokens that ordinary people share with listed people (used to build look-alikes)
COMMON_GIVEN = ['Ayman', 'Osama', 'Usama', 'Joseph', 'Oleg', 'Mokhtar', 'Salman', 'Ibrahim', 'Hamza', 'Abu Bakr',
                'Mohammed', 'Muhammad', 'Mohammad', 'Diosdado', 'Salim', 'Ali', 'Hassan', 'Ahmed', 'Abdullah',
                'Fazal', 'Maalim', 'Hafiz', 'Tariq', 'Yusuf', 'Khalid', 'Omar', 'Abdul Rahman', 'Nasir', 'Sirajuddin']
COMMON_SUR = ['Laden', 'Baghdadi', 'Zawahiri', 'Cabello', 'Salman', 'Hayat', 'Khorasani', 'Kony', 'Jawlani',
              'Shirazi', 'Mahan', 'Belmokhtar', 'Deripaska', 'Ibrahim', 'Hassan', 'Rondon', 'Haqqani', 'Golani']
ORD_GIVEN = {
    'en-US': ['Emily', 'Marcus', 'Jennifer', 'Tyler', 'Rosa', 'DeShawn', 'Kevin', 'Laura', 'Miguel', 'Hannah', 'Brian', 'Keisha'],
    'en-GB': ['Oliver', 'Charlotte', 'Rhys', 'Imogen', 'Callum', 'Priya', 'Gareth', 'Siobhan', 'Hamish', 'Niamh', 'Tom', 'Fiona'],
    'en-IN': ['Rahul', 'Ananya', 'Vikram', 'Deepika', 'Suresh', 'Kavita', 'Arjun', 'Meera', 'Rohan', 'Lakshmi', 'Imran', 'Farhan'],
    'en-PK': ['Bilal', 'Ayesha', 'Usman', 'Sana', 'Faisal', 'Hina', 'Kamran', 'Mehwish', 'Junaid', 'Rabia', 'Shoaib', 'Nadia'],
    'en-NG': ['Chinedu', 'Ngozi', 'Babatunde', 'Amaka', 'Emeka', 'Funmilayo', 'Yakubu', 'Halima', 'Tunde', 'Chioma', 'Musa', 'Aisha'],
}
ORD_SUR = {
    'en-US': ['Whitaker', 'Delgado', 'Kowalski', 'Brennan', 'Okafor', 'Nguyen', 'Patterson', 'Alvarez', 'Fischer', 'Coleman'],
    'en-GB': ['Hughes', 'Pritchard', 'Ashworth', 'McLeod', 'Bhatt', 'Thornton', 'Evans', 'Gallagher', 'Hollis', 'Doyle'],
    'en-IN': ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Kulkarni', 'Menon', 'Chatterjee', 'Naidu', 'Qureshi', 'Pillai'],
    'en-PK': ['Chaudhry', 'Malik', 'Butt', 'Siddiqui', 'Abbasi', 'Rana', 'Gondal', 'Mirza', 'Baig', 'Niazi'],
    'en-NG': ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Danjuma', 'Nwosu', 'Ogunleye', 'Bello', 'Umeh', 'Lawal'],
}
CITIES = {
    'en-US': ['Houston', 'Dearborn', 'Minneapolis', 'Newark', 'Phoenix', 'Baltimore', 'Tampa'],
    'en-GB': ['Leeds', 'Bradford', 'Cardiff', 'Leicester', 'Glasgow', 'Bristol', 'Luton'],
    'en-IN': ['Hyderabad', 'Lucknow', 'Kochi', 'Pune', 'Bhopal', 'Srinagar', 'Jaipur'],
    'en-PK': ['Lahore', 'Peshawar', 'Quetta', 'Multan', 'Faisalabad', 'Karachi', 'Mingora'],
    'en-NG': ['Kano', 'Maiduguri', 'Ibadan', 'Enugu', 'Jos', 'Kaduna', 'Port Harcourt'],
}
REGION_PLACES = {
    'mideast': ['Idlib', 'Baghdad', 'Mosul', 'Beirut', 'Damascus', 'Gaziantep', 'Erbil'],
    'southasia': ['Peshawar', 'Kabul', 'Jalalabad', 'Swat', 'Quetta', 'Kunar', 'Nangarhar'],
    'africa': ['Bangui', 'Gao', 'Mogadishu', 'Kismayo', 'Obo', 'Timbuktu', 'Garissa'],
    'asia': ['Pyongyang', 'Sulu', 'Jolo', 'Jakarta', 'Dandong', 'Zamboanga', 'Marawi'],
    'europe': ['Moscow', 'Krasnoyarsk', 'Vienna', 'Limassol', 'Sochi', 'Riga'],
    'latam': ['Caracas', 'Maracaibo', 'Valencia', 'Bogota', 'Cucuta', 'Barquisimeto'],
}
DECOY_ORGS = ['Khorasan Saffron Exporters', 'Mahan Garden Restaurant', 'Kony Brothers Builders', 'Shirazi Carpet Gallery',
              'Tanchon Street Noodle House', 'Al Nusra Pharmacy', 'Hamza Textiles Mills', 'Salman Brothers Motors',
              'Jemaah Wellness Retreat', 'Abu Bakr Siddique Girls School', 'Ayman Dental Care', 'Cabello Hair Studio',
              'Sayyaf Date Farms', 'Hotel Baghdad Palace', 'Kataib Heritage Trail Society',
              'Golani Falafel Bar', 'Khatam Handicraft Emporium', 'Lord Street Resistance Bands Gym',
              'Khorasan Bazaar Cash and Carry', 'Mahan Falls Eco Lodge', 'Ahrar Debating Society',
              'Islamiya Primary School Trust', 'Jhang Valley Dairy Cooperative', 'Hayat Hospital Trust', 'Zawiya Tea Rooms']
ORD_COMPANIES = ['RHEIN-NECKAR ARMATUREN GMBH', 'PACIFIC TALLOW TRADERS PTY LTD', 'BOMBAY GARNET EXPORTS PVT LTD',
                 'NORDIC CRANE SERVICES AS', 'LAGOS COLD ROOM SOLUTIONS LTD', 'MULTAN COTTON GINNERS (PVT) LTD',
                 'SIERRA AGGREGATES S.A. DE C.V.', 'THAMES VALLEY LABELS LIMITED', 'OSAKA PRECISION BEARINGS CO LTD',
                 'ANKARA TEKSTIL BOYA SANAYI AS', 'GULF ROPE AND WIRE LLC', 'MERSIN CITRUS PACKERS AS',
                 'SHENZHEN BRIGHTWAY LED CO., LTD.', 'KARACHI SURGICAL INSTRUMENTS CO', 'DUTCH FLOWER LOGISTICS B.V.',
                 'EASTERN SEABOARD POLYMERS SDN BHD', 'DUBAI SPICE HOUSE TRADING LLC', 'KHORASAN SAFFRON EXPORTERS CO',
                 'MAHAN GARDEN FOODS LLP', 'SALMAN BROTHERS MOTORS LTD', 'SHIRAZI CARPET GALLERY LLC',
                 'HAMZA TEXTILE MILLS (PVT) LTD', 'ATLANTIC CRAB PROCESSORS INC', 'AYMAN DENTAL CARE FZE']


# ---------------------------------------------------------------- tagged text
class Doc:
    """Text held as characters with a mention tag each, so that wrapping payment fields keeps
    every gold span exact (a line break inserted inside a name belongs to the name)."""

    def __init__(self):
        self.ch, self.tag, self.ments = [], [], []

    def add(self, text, tag=None):
        self.ch.extend(text)
        self.tag.extend([tag] * len(text))

    def mention(self, text, party, hard=False):
        mid = len(self.ments)
        self.ments.append(dict(surface=text, expect=party['keys'], hard=bool(hard), pid=party['pid']))
        self.add(text, mid)

    def extend(self, other):
        base = len(self.ments)
        self.ments.extend(other.ments)
        self.ch.extend(other.ch)
        self.tag.extend([None if t is None else t + base for t in other.tag])

    def finish(self):
        text = ''.join(self.ch)
        spans = {}
        for i, t in enumerate(self.tag):
            if t is not None:
                s, e = spans.get(t, (i, i))
                assert e == i or (s, e) == (i, i), 'mention %d not contiguous' % t
                spans[t] = (s, i + 1)
        out = []
        for t, (s, e) in sorted(spans.items(), key=lambda x: x[1]):
            m = self.ments[t]
            sl = text[s:e]
            assert re.sub(r'\s', '', sl) == re.sub(r'\s', '', m['surface']), (sl, m['surface'])
            assert text[s:e] == sl
            d = dict(start=s, end=e, text=sl, expect=list(m['expect']))
            if m['hard']:
                d['hard'] = True
            out.append(d)
        return text, out


def wrap_tagged(doc, width, nl):
    """Wrap a one-line tagged field into lines of at most `width` characters (break at the last
    space or hyphen that fits, else hard); returns a new Doc."""
    ch, tg = doc.ch, doc.tag
    out = Doc()
    out.ments = doc.ments
    i, n = 0, len(ch)
    first = True
    while i < n:
        if not first:
            j = i
        if n - i <= width:
            seg = range(i, n)
            nxt = n
            brk_tag = None
        else:
            cut = None
            for k in range(i + width, i, -1):
                if ch[k] == ' ':
                    cut = (k, k + 1)      # drop the space
                    break
                if ch[k - 1] == '-' and k - i <= width:
                    cut = (k, k)
                    break
            if cut is None or cut[0] - i < width // 3:
                cut = (i + width, i + width)
            seg = range(i, cut[0])
            nxt = cut[1]
            # a break inside a mention belongs to it
            a = tg[cut[0] - 1] if cut[0] > 0 else None
            b = tg[nxt] if nxt < n else None
            brk_tag = a if (a is not None and a == b) else None
        for k in seg:
            out.ch.append(ch[k]); out.tag.append(tg[k])
        if nxt < n:
            out.ch.extend(nl); out.tag.extend([brk_tag] * len(nl))
        i = nxt
        first = False
    return out


def h(*parts):
    return int(hashlib.sha256('\x1f'.join(str(p) for p in parts).encode()).hexdigest()[:12], 16)


# ---------------------------------------------------------------- name forms
PARTICLES = {'al', 'el', 'bin', 'ibn', 'ul', 'e', 'i', 'de', 'del', 'la', 'van', 'der', 'von', 'wa', 'ol', 'ur', 'abu'}
KEEP_UP = {'LLC', 'FZE', 'JSC', 'PJSC', 'OJSC', 'CJSC', 'DMCC', 'FZCO', 'LLP', 'SA', 'SAL', 'NV', 'BV', 'AG', 'PLC',
           'SRL', 'DPRK', 'USA', 'UAE', 'II', 'III', 'IV', 'CV', 'LTD.', 'CO.', 'SDN', 'BHD', 'PTE', 'FZ', 'JV', 'KG'}


def tcase(name):
    toks = name.split(' ')
    out = []
    for i, t in enumerate(toks):
        if t.upper() in KEEP_UP or (len(t) <= 4 and t.isalpha() and t.isupper() and not re.search('[AEIOUY]', t)):
            out.append(t.upper() if t.upper() not in ('LTD.', 'CO.') else t.capitalize())
            continue
        parts = t.lower().split('-')
        w = '-'.join(p[:1].upper() + p[1:] for p in parts)
        if i > 0 and w.split('-')[0].lower() in PARTICLES and '-' in w:
            w = w[0].lower() + w[1:]
        elif i > 0 and w.lower() in PARTICLES:
            w = w.lower()
        out.append(w)
    return ' '.join(out).replace('Gmbh', 'GmbH')


SUFFIX_SWAP = [(r'\bCO\.?,? LTD\.?$', ['COMPANY LIMITED', 'CO LIMITED']), (r'\bLIMITED$', ['LTD', 'LTD.']),
               (r'\bLTD\.?$', ['LIMITED', 'CO. LTD']), (r'\bCORPORATION$', ['CORP.', 'CORP']),
               (r'\bCORP\.?$', ['CORPORATION']), (r'\bCOMPANY$', ['CO.', 'CO']), (r'\bCO\.?$', ['COMPANY']),
               (r'\bLLC$', ['L.L.C.', 'LIMITED LIABILITY COMPANY']), (r'\bS\.?A\.?$', ['SA', 'S.A']),
               (r'\bGMBH$', ['G.M.B.H.']), (r'\bINC\.?$', ['INCORPORATED'])]


def suffix_variants(up):
    out = []
    for pat, reps in SUFFIX_SWAP:
        if re.search(pat, up):
            out += [re.sub(pat, r, up) for r in reps]
            break
    return out


class Lists:
    def __init__(self, root):
        self.un = load_un(root)
        self.of = load_ofac(root)
        self.party_of = link(self.un, self.of)
        self.rec = dict(self.un)
        self.rec.update(self.of)
        # every listed name (primary + aliases) in natural order, normalised -> party ids
        self.index = collections.defaultdict(set)
        self.single = collections.defaultdict(set)
        for k, r in self.rec.items():
            pid = self.party_of[k][0]
            names = [r.primary] + [a for a, q in r.aliases]
            for n in names:
                for part in (split_un_alias(n) if k.startswith('un:') else [n]):
                    for v in {part, strip_paren(part), nat(part), nat(strip_paren(part))}:
                        nn = norm(re.sub(r'\b(Dr|DR)\.? ', '', v))
                        if not nn:
                            continue
                        if len(nn.split()) >= 2:
                            self.index[nn].add(pid)
                        else:
                            self.single[nn].add(pid)
        self.maxlen = max(len(k.split()) for k in self.index)

    def owners(self, surface):
        n = norm(surface)
        return self.index.get(n, set()) | self.single.get(n, set())

    def listed_ngrams(self, text):
        """All word n-grams of the text that equal a listed (>= 2 word) name."""
        toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[0-9A-Za-z\u00C0-\u024F\u0600-\u06FF\u0400-\u04FF]+", text)]
        words = [norm(t[0]) for t in toks]
        hits = []
        for i in range(len(words)):
            for L in range(2, min(self.maxlen, len(words) - i) + 1):
                key = ' '.join(words[i:i + L])
                if key in self.index:
                    hits.append((toks[i][1], toks[i + L - 1][2], key, self.index[key]))
        return hits


# ---------------------------------------------------------------- the party pool
def build_parties(L, exclude):
    parties = []
    for anchor, spec in CURATED.items():
        if spec.get('skip') or anchor not in L.rec:
            continue
        keys = L.party_of[anchor]
        pid = keys[0]
        full = []
        for f in spec['full']:
            own = L.owners(f)
            if own and own != {pid}:
                continue            # the form names another party too: not usable
            full.append(f)
        later = [f for f in spec['later'] if not (L.owners(f) - {pid})]
        script = []
        for k in keys:
            script += [s for s in L.rec[k].script if re.search('[\u0600-\u06FF]', s)]
        parties.append(dict(pid=pid, keys=keys, kind=spec['kind'], full=full, later=later,
                            title=spec.get('title', []), script=script[:1], region=spec['region'],
                            curated=True, up=full[0].upper()))
    # automatic additions straight from the lists: people, companies, banks, vessels
    cnt = collections.Counter()
    for r in L.rec.values():
        for t in norm(nat(r.primary)).split():
            cnt[t] += 1
    seen = {p['pid'] for p in parties}
    for k in sorted(L.rec, key=lambda k: h('auto', k)):
        r = L.rec[k]
        pid = L.party_of[k][0]
        if pid in seen or pid in exclude or any(x in exclude for x in L.party_of[k]):
            continue
        if 'CUBA' in r.program or not re.fullmatch(r"[A-Za-z ,.'&()-]+", r.primary):
            continue
        if r.kind == 'individual':
            name = nat(strip_paren(r.primary))
            toks = name.split()
            if not 2 <= len(toks) <= 4 or '.' in name or any(len(t) < 2 for t in toks):
                continue
            disp = tcase(name.upper()) if name.isupper() else ' '.join(tcase(t.upper()) if t.isupper() else t for t in toks)
            if L.owners(disp) != {pid}:
                continue
            sur = toks[-1]
            later = [tcase(sur.upper())] if len(sur) >= 5 and cnt[norm(sur)] <= 2 and not (L.owners(sur) - {pid}) else []
            parties.append(dict(pid=pid, keys=L.party_of[k], kind='person', full=[disp], later=later, title=[],
                                script=[s for s in r.script if re.search('[\u0600-\u06FF]', s)][:1], region=None,
                                curated=False, up=name.upper()))
        elif r.kind == 'vessel' and getattr(r, 'imo', None):
            nm = r.primary.upper()
            if L.owners(nm) != {pid} or len(nm) < 4:
                continue
            parties.append(dict(pid=pid, keys=L.party_of[k], kind='vessel', full=[tcase(nm)], later=[], title=[],
                                script=[], region=None, curated=False, up=nm, imo=r.imo, flag=r.vessel_flag))
        elif r.kind == 'entity':
            nm = strip_paren(r.primary).upper().rstrip(',')
            if not re.search(r'\b(LTD|LIMITED|CO|COMPANY|CORPORATION|CORP|LLC|GMBH|BANK|TRADING|SHIPPING|INDUSTRIES|GROUP|S\.A)\b\.?', nm):
                continue
            if len(nm) > 60 or L.owners(nm) != {pid}:
                continue
            kind = 'bank' if 'BANK' in nm else 'company'
            variants = [v for v in suffix_variants(nm) if not (L.owners(v) - {pid})]
            parties.append(dict(pid=pid, keys=L.party_of[k], kind=kind, full=[tcase(nm)], later=[], title=[],
                                script=[], region=None, curated=False, up=nm, variants=variants))
        seen.add(pid)
    return parties


# ---------------------------------------------------------------- writing helpers
LOCALE_SPELL = {'en-US': {}, 'en-GB': {'organization': 'organisation', 'center': 'centre', 'defense': 'defence',
                                       'program ': 'programme ', 'labor': 'labour', 'neighbor': 'neighbour'}}
for _l in ('en-IN', 'en-PK', 'en-NG'):
    LOCALE_SPELL[_l] = LOCALE_SPELL['en-GB']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


class Ctx:
    """Per-document state: locale, chosen parties, ordinary names already used."""

    def __init__(self, rng, locale, parties, L):
        self.rng, self.locale, self.parties, self.L = rng, locale, parties, L
        self.used = {}
        self.mentioned = set()

    def date(self):
        d, m, y = self.rng.randint(1, 28), self.rng.randint(0, 11), self.rng.randint(2012, 2025)
        if self.locale == 'en-US':
            return '%s %d, %d' % (MONTHS[m], d, y)
        return '%d %s %d' % (d, MONTHS[m], y)

    def city(self):
        return self.rng.choice(CITIES[self.locale if self.locale in CITIES else 'en-GB'])

    def person(self, slot, lookalike=None):
        if slot in self.used:
            return self.used[slot]
        loc = self.locale if self.locale in ORD_GIVEN else 'en-GB'
        for _ in range(50):
            mode = self.rng.random() if lookalike is None else (0.0 if lookalike else 1.0)
            if mode < 0.35:
                n = self.rng.choice(COMMON_GIVEN) + ' ' + self.rng.choice(ORD_SUR[loc] + ORD_SUR['en-PK'])
            elif mode < 0.6:
                n = self.rng.choice(ORD_GIVEN[loc]) + ' ' + self.rng.choice(COMMON_SUR)
            else:
                n = self.rng.choice(ORD_GIVEN[loc]) + ' ' + self.rng.choice(ORD_SUR[loc])
            if not self.L.listed_ngrams(n) and n not in self.used.values():
                self.used[slot] = n
                return n
        raise RuntimeError('no ordinary name')

    def org(self, slot):
        if slot in self.used:
            return self.used[slot]
        while True:
            n = self.rng.choice(DECOY_ORGS)
            if n not in self.used.values():
                self.used[slot] = n
                return n

    def spell(self, s):
        for a, b in LOCALE_SPELL.get(self.locale, {}).items():
            s = s.replace(a, b)
        return s


def first_form(ctx, p, caps=False):
    """(surface, hard) for a first mention."""
    r = ctx.rng.random()
    forms = p['full']
    f = forms[0] if r < 0.5 or len(forms) == 1 else ctx.rng.choice(forms[1:])
    if caps:
        f = f.upper()
    return f, False


def later_form(ctx, p):
    r = ctx.rng.random()
    if p['later'] and r < 0.7:
        return ctx.rng.choice(p['later']), True
    if p['kind'] == 'vessel':
        return p['full'][0], False
    return ctx.rng.choice(p['full']), False


SLOT = re.compile(r'\{([A-Z]+)(\d?)([a-z]*)\}')


def render(ctx, tpl, doc):
    """Append template text to doc.  Party slots: {A} first mention, {A2} later reference,
    {As} possessive (span stops before 's), {At} title + name (title outside the span),
    {Ax} original script or alias, {Au} upper case.  Ordinary slots: {P1} {P2} people,
    {O1} look-alike organisations, {CITY}, {DATE}, {N}, {YEAR}, {PLACE}."""
    tpl = ctx.spell(tpl)
    pos = 0
    for m in SLOT.finditer(tpl):
        doc.add(tpl[pos:m.start()])
        pos = m.end()
        name, num, mod = m.group(1), m.group(2), m.group(3)
        if name in ('A', 'B', 'C') and name in ctx.parties:
            p = ctx.parties[name]
            if num == '2' and name in ctx.mentioned:
                f, hard = later_form(ctx, p)
                doc.mention(f, p, hard)
            elif mod == 's':
                f, hard = (later_form(ctx, p) if name in ctx.mentioned else first_form(ctx, p))
                doc.mention(f, p, hard)
                doc.add("'s" if not f.endswith('s') else "'")
            elif mod == 't' and p['title']:
                doc.add(ctx.rng.choice(p['title']) + ' ')
                doc.mention(p['full'][0], p, False)
            elif mod == 'x' and p['script']:
                doc.mention(p['full'][0], p, False)
                doc.add(' (')
                doc.mention(p['script'][0], p, False)
                doc.add(')')
            elif mod == 'u':
                doc.mention(p['full'][0].upper(), p, False)
            elif name in ctx.mentioned and ctx.rng.random() < 0.5:
                f, hard = later_form(ctx, p)
                doc.mention(f, p, hard)
            else:
                f, hard = first_form(ctx, p)
                doc.mention(f, p, hard)
            ctx.mentioned.add(name)
        elif name == 'P':
            doc.add(ctx.person('P' + num))
        elif name == 'Q':
            doc.add(ctx.person('Q' + num, lookalike=True))
        elif name == 'S':
            doc.add(ctx.person('P' + num).split()[0])
        elif name == 'O':
            doc.add(ctx.org('O' + num))
        elif name == 'CITY':
            doc.add(ctx.city())
        elif name == 'PLACE':
            reg = next((p['region'] for p in ctx.parties.values() if p.get('region')), None) or 'mideast'
            doc.add(ctx.rng.choice(REGION_PLACES[reg]))
        elif name == 'DATE':
            doc.add(ctx.date())
        elif name == 'N':
            doc.add(str(ctx.rng.choice([3, 4, 6, 7, 9, 12, 15, 18, 23, 40, 65])))
        elif name == 'YEAR':
            doc.add(str(ctx.rng.randint(2009, 2024)))
        else:
            doc.add(m.group(0))
    doc.add(tpl[pos:])


# ---------------------------------------------------------------- sentence templates (written for this corpus)
MENTION = {
    'person': [
        "Investigators believe {A} ordered the move from a compound outside {PLACE}.",
        "Officials said {A} had not been seen in public since {YEAR}.",
        "{A}, who is under United Nations sanctions, was named in the report.",
        "According to two people briefed on the matter, {A2} still takes the final decisions.",
        "{As} network of couriers remained intact, the analysts wrote.",
        "A recording attributed to {A} surfaced on {DATE}, urging followers to regroup.",
        "The committee heard that money raised in {CITY} was routed to associates of {A2}.",
        "Security sources described {A2} as cautious and rarely reachable by phone.",
        "Prosecutors allege the defendant met {At} twice in {PLACE}.",
        "{A} has been designated by the US Treasury and by the UN Security Council.",
        "Little is known about {As} daily movements, the paper said.",
        "Asked about {A2}, the minister declined to comment.",
        "The statement, signed in the name of {Ax}, was circulated on messaging apps.",
        "Once a minor figure, {A2} rose quickly after {YEAR}.",
        "Those close to {A2} say the rift with other commanders is real.",
        "The indictment names {A} as the person who approved the payments.",
    ],
    'group': [
        "The attack was claimed by {A}, which operates near {PLACE}.",
        "{A} said in a statement that it had carried out the raid.",
        "Analysts say {A2} has been weakened by infighting but still recruits in {PLACE}.",
        "Police said the suspects were members of {A}.",
        "The UN panel says {A} raises money through extortion and smuggling.",
        "Fighters loyal to {A2} withdrew after a day of clashes.",
        "{As} leadership has split at least twice since {YEAR}.",
        "The banned outfit {A} was blamed for the bombing.",
        "A spokesman for {A2} denied involvement.",
        "Security officials linked the cell to {A} and to a smaller splinter group.",
        "Diplomats said pressure on {A2} would continue.",
        "Several of the accused had travelled to {PLACE} to train with {A}.",
        "The report estimates that {A2} commands a few thousand fighters.",
        "Residents said gunmen from {A} stopped buses on the highway.",
    ],
    'company': [
        "The shipment was traced to {A}, a firm under UN and US sanctions.",
        "Records show {A} used a front company in {PLACE} to pay suppliers.",
        "{A} did not respond to requests for comment.",
        "Customs officers seized parts destined for {A}.",
        "The Treasury said {A2} had helped evade restrictions on its owners.",
        "Two brokers are accused of arranging contracts for {A}.",
        "{As} accounts abroad were frozen in {YEAR}.",
        "Auditors flagged invoices issued in the name of {A}.",
        "Bankers said they were asked to clear payments linked to {A2}.",
        "The panel of experts lists {A} among the entities still active.",
    ],
    'vessel': [
        "Satellite images showed the tanker {A} loading off {PLACE}.",
        "The vessel {A} switched off its transponder for nine days.",
        "Port records list {A} as having called at the terminal in {YEAR}.",
        "Inspectors boarded the {A} and found falsified documents.",
    ],
}
MENTION['bank'] = MENTION['company'] + [
    "Correspondent banks were warned about accounts held at {A}.",
    "Funds passed through {A} before reaching the buyers, the panel said.",
]

FILLER = {
    'common': [
        "The details could not be independently verified.",
        "Officials in {CITY} said the investigation was continuing.",
        "{P1}, a security analyst based in {CITY}, said the pattern was familiar.",
        "The government has promised a review of the case.",
        "Families of the victims gathered outside the court on {DATE}.",
        "{P2}, a retired police officer, said the case showed how slowly such inquiries move.",
        "The figures were published by the interior ministry.",
        "Local councillor {P1} called for calm.",
        "Nobody has been charged so far.",
        "The United Nations has repeatedly called for restraint.",
    ],
    'business': [
        "Shares in the company fell {N} per cent after the announcement.",
        "Compliance teams at several lenders have reviewed their exposure, {P1}, a consultant in {CITY}, said.",
        "The bank said it had no direct relationship with the parties named.",
        "Freight rates on the route have risen sharply this year.",
    ],
    'court': [
        "Judge {P1} adjourned the hearing until {DATE}.",
        "Defence counsel {P2} told the court the evidence was circumstantial.",
        "The prosecution called {N} witnesses.",
        "The jury was shown bank statements and chat logs.",
    ],
    'ngo': [
        "Our researchers interviewed {N} displaced people in {CITY} and nearby villages.",
        "The organization calls on donors to fund protection programs.",
        "Testimony was gathered between {DATE} and the end of the year.",
    ],
    'parl': [
        "{P1} (Member for {CITY}): I thank the Minister for that answer.",
        "The Minister replied that the Government keeps all designations under review.",
        "Question put and agreed to.",
    ],
    'academic': [
        "We draw on {N} interviews and court records.",
        "The findings challenge accounts that treat such groups as unitary actors.",
        "Implications for sanctions design are discussed.",
    ],
    'email': [
        "Please treat this as confidential.",
        "Let me know if you need the underlying documents.",
        "I have copied {P1} from legal.",
    ],
}

HEADLINES = {
    'person': ["{Au} BLAMED FOR NEW ATTACKS", "Report puts {A} at centre of financing network",
               "Who is {A}?", "Sanctioned {A} resurfaces in new recording", "{As} shadow over peace talks"],
    'group': ["{Au} CLAIMS DEADLY RAID", "{A} gains ground near {PLACE}", "Crackdown on {A} widens",
              "Inside the finances of {A}", "Police arrest suspects linked to {A}"],
    'company': ["{A} under scrutiny over shipments", "{Au} TIED TO SANCTIONS EVASION SCHEME",
                "Lenders told to check links to {A}"],
    'vessel': ["Tanker {A} spotted off {PLACE}", "Questions over voyage of the {A}"],
}
HEADLINES['bank'] = HEADLINES['company']

# negative documents: many look-alike names, no listed party
NEG = {
    'sports': [
        "{Q1} scored twice as {O1} beat their rivals 3-1 in {CITY} on {DATE}.",
        "Midfielder {Q2} was named player of the match.",
        "Coach {P1} praised the defence but said the team must improve away from home.",
        "{Q3}, 19, made his debut off the bench.",
        "The side has won {N} of its last twelve matches.",
        "Captain {Q1} said the dressing room was united.",
        "Fast bowler {Q2} took four wickets for {N} runs.",
        "The club confirmed that {Q3} had signed a two-year contract.",
    ],
    'travel': [
        "We checked into the {O1}, a short walk from the old bazaar in {CITY}.",
        "Our guide, {Q1}, grew up in the hills above the town.",
        "The Atlantic crossing took eleven days, with fortune and freedom the captain's favourite words.",
        "Dinner at {O2} was the highlight: lamb, saffron rice and strong tea.",
        "{Q2} runs a small guesthouse near the river and refuses to take bookings online.",
        "The road to Khorasan province passes through orchards and mud-brick villages.",
        "A rickshaw driver named {Q3} offered to show us the mosque for a few rupees.",
    ],
    'obituary': [
        "{Q1}, who has died aged {N}, was a teacher in {CITY} for four decades.",
        "Born in {YEAR}, {Q1} was the eldest of seven children.",
        "He married {P1} in the same year; she survives him, as do their children {Q2} and {P2}.",
        "Colleagues at {O1} remember him as patient and exacting.",
        "Friends recalled that {Q3} never missed a Friday football match.",
        "His brother, {Q2}, said he would be remembered for his kindness.",
    ],
    'court': [
        "{Q1}, 34, of {CITY}, admitted careless driving and was fined.",
        "Magistrate {Q2} told the defendant he had been lucky nobody was hurt.",
        "{P1} was acquitted of theft from {O1}.",
        "The case against {Q3} was adjourned after his solicitor fell ill.",
        "Judge {Q4} sentenced {P2} to community service.",
        "The court heard that {Q1} had repaid the money in full.",
    ],
    'business': [
        "{O1} reported a {N} per cent rise in quarterly revenue.",
        "Chief executive {Q1} said exports to the Gulf had doubled.",
        "The group has opened a new warehouse in {CITY}.",
        "Analyst {Q2} said the margins were better than expected.",
        "{O2} plans to hire {N} more staff next year.",
        "Founder {Q3} started the business from a market stall.",
    ],
    'common': [
        "{Q1}, a shopkeeper in {CITY}, said business had been slow.",
        "The event was organised by {O1}.",
        "Volunteers led by {Q2} handed out food parcels.",
        "Residents of {CITY} said the new bus route had helped.",
        "{Q3} told reporters that the festival would return next year.",
        "The council thanked {O2} for its support.",
        "Local historian {Q4} gave a talk on the town's Mughal-era wells.",
        "A spokesperson for {O1} said the scheme was fully funded.",
    ],
}

STYLE_FRAME = {
    # style: (opening patterns, closing patterns, filler pools)
    'wire': (["{CITY}, {DATE} (Reuters-style wire) - "], ["Reporting by {P1}; editing by {P2}"], ['common']),
    'newspaper': (["By {P1}\n\n"], ["{P1} is our security correspondent."], ['common']),
    'feature': (["It was late afternoon in {PLACE} when the convoy arrived. "], ["For now, the road stays open."], ['common']),
    'press-release': (["FOR IMMEDIATE RELEASE\n{DATE}\n\n"], ["Media contact: {P1}, press office"], ['common']),
    'court-report': (["{CITY} Crown Court, {DATE}.\n\n", "In the District Court, {DATE} - "], ["The trial continues."], ['court']),
    'ngo-report': (["Summary\n\n", "Key findings\n\n"], ["Recommendations follow in Annex II."], ['ngo']),
    'parliamentary-record': (["Sanctions (Designations)\n{DATE}\n\n"], ["The House then proceeded to the next business."], ['parl']),
    'business': (["{CITY}, {DATE} - "], ["Trading in the shares resumes on Monday."], ['business']),
    'sports': (["{CITY}, {DATE} - "], ["The next fixture is on {DATE}."], ['common']),
    'travel': (["Travel notes, {DATE}\n\n"], ["Getting there: flights connect through {CITY}."], ['common']),
    'obituary': (["Obituary\n\n"], ["A memorial service will be held in {CITY}."], ['common']),
    'academic-abstract': (["Abstract\n\n"], ["Keywords: sanctions; armed groups; finance"], ['academic']),
    'email': (["From: {P1}\nTo: {P2}\nSubject: screening query\n\nHi {S2},\n\n"], ["Thanks,\n{P1}"], ['email']),
}


def part_pool(items, part, key=lambda x: x):
    sel = [x for x in items if (h('split', key(x)) % 3 == 0) == (part == 'heldout')]
    return sel if len(sel) >= 3 else list(items)


def sentences(ctx, pool, part, k):
    pool = part_pool(pool, part)
    return ctx.rng.sample(pool, min(k, len(pool)))


def text_doc(ctx, style, part, negative):
    rng = ctx.rng
    doc = Doc()
    opening, closing, fills = STYLE_FRAME[style]
    names = list(ctx.parties)
    if not negative:
        a = ctx.parties['A']
        hl = rng.choice(part_pool(HEADLINES[a['kind']], part))
        if style in ('email', 'academic-abstract', 'parliamentary-record'):
            hl = None
    else:
        hl = rng.choice(["{Q1} named in team for {CITY} final", "Festival returns to {CITY}",
                         "{O1} marks its {N}th year", "Tributes paid to {Q1}", "Court round-up: {CITY}",
                         "{Q2} on family, faith and football", "Local firm wins export award"])
        if style in ('email', 'academic-abstract', 'parliamentary-record'):
            hl = None
    if hl:
        t = Doc(); render(ctx, hl, t)
        if rng.random() < 0.25:
            # ALL CAPS headline: upper-case the characters, keep the tags
            t.ch = [c.upper() for c in t.ch]
            for m in t.ments:
                m['surface'] = m['surface'].upper()
        doc.extend(t)
        doc.add('\n\n')
        ctx.mentioned.clear()     # the headline does not introduce the name to the reader
    render(ctx, rng.choice(opening), doc)
    paras = rng.randint(2, 5)
    body_pools = []
    for f in fills:
        body_pools += FILLER[f]
    neg_pool = NEG.get({'court-report': 'court', 'sports': 'sports', 'travel': 'travel', 'obituary': 'obituary',
                        'business': 'business'}.get(style, 'common'), NEG['common'])
    plan = []
    if not negative:
        for n in names:
            kind = ctx.parties[n]['kind']
            plan += [(n, s.replace('{A', '{' + n)) for s in sentences(ctx, MENTION[kind], part, rng.randint(2, 4))]
        first = [x for x in plan if x[0] == 'A'][:1]
        rest = [x for x in plan if x not in first]
        rng.shuffle(rest)
        plan = first + rest
    fill = sentences(ctx, body_pools, part, rng.randint(2, 5)) + sentences(ctx, neg_pool + NEG['common'], part, rng.randint(1, 4 if not negative else 8))
    # vary which look-alike person / organisation a sentence talks about
    fill = [re.sub(r'\{([QO])(\d)\}', lambda m: '{%s%d}' % (m.group(1), rng.randint(1, 5)), f) for f in fill]
    rng.shuffle(fill)
    seq = [s for _, s in plan]
    for f in fill:
        seq.insert(rng.randint(1 if seq else 0, len(seq)), f)
    per = max(1, len(seq) // paras)
    for i, s in enumerate(seq):
        if i and i % per == 0:
            doc.add('\n\n')
        elif i:
            doc.add(' ')
        render(ctx, s, doc)
    doc.add('\n\n')
    render(ctx, rng.choice(closing), doc)
    doc.add('\n')
    return doc


# ---------------------------------------------------------------- payments
BICS = ['DEUTDEFF', 'BNPAFRPP', 'HSBCGB2L', 'CITIUS33', 'SCBLPKKX', 'HABBPKKA', 'ICICINBB', 'ZEIBNGLA', 'BARCGB22',
        'RABONL2U', 'EBILAEAD', 'NBADAEAA', 'UBSWCHZH', 'KOEXKRSE', 'FBNINGLA', 'SBININBB', 'MCBLPKKA', 'INGBNL2A']
ADDR = [['12 HARBOUR ROAD', 'KOWLOON HONG KONG'], ['PLOT 44 INDUSTRIAL AREA', 'LAHORE PAKISTAN'],
        ['7 RUE DU MARCHE', 'GENEVA CH'], ['UNIT 5 DOCKSIDE ESTATE', 'FELIXSTOWE GB'], ['SHEIKH ZAYED ROAD', 'DUBAI AE'],
        ['23 MARINA STREET', 'LAGOS NG'], ['BLOCK C 2ND FLOOR', 'MUMBAI IN'], ['AKTI MIAOULI 81', 'PIRAEUS GR']]
PURPOSE = ['INV {N}{N} MACHINE PARTS', 'FREIGHT CHARGES VOYAGE {N}', 'SCHOOL FEES TERM {N}', 'FAMILY SUPPORT',
           'PAYMENT FOR RICE SHIPMENT', 'CONSULTANCY FEE Q{N}', 'SPARE PARTS ORDER {N}', 'RENT FOR WAREHOUSE',
           'PURCHASE OF TEXTILES CONTRACT {N}', 'MEDICAL EQUIPMENT INVOICE {N}']


def pay_party_name(ctx, p):
    """Upper-case name of a listed party for a payment field (sometimes another legal-form suffix)."""
    if p['kind'] == 'person':
        return p['up'] if ctx.rng.random() < 0.6 else p['full'][0].upper()
    if p.get('variants') and ctx.rng.random() < 0.5:
        return ctx.rng.choice(p['variants'])
    if p['curated'] and ctx.rng.random() < 0.5:
        return ctx.rng.choice(p['full']).upper()
    return p['up']


def ordinary_party(ctx, slot):
    if ctx.rng.random() < 0.5:
        return ctx.person(slot).upper()
    if slot in ctx.used:
        return ctx.used[slot]
    while True:
        n = ctx.rng.choice(ORD_COMPANIES)
        if n not in ctx.used.values():
            ctx.used[slot] = n
            return n


def field(ctx, items, width, nl):
    """items: list of (text, party-or-None); wraps to width; returns Doc."""
    d = Doc()
    for i, (t, p) in enumerate(items):
        if i:
            d.add(' ')
        if p is None:
            d.add(t)
        else:
            d.mention(t, p, False)
    return wrap_tagged(d, width, nl)


def line_field(ctx, lines, nl, width=35):
    """A multi-line field: each entry is a list of (text, party) items wrapped separately."""
    out = Doc()
    for i, items in enumerate(lines):
        if i:
            out.add(nl)
        out.extend(field(ctx, items, width, nl))
    return out


def payment_doc(ctx, style, part):
    rng = ctx.rng
    nl = '\r\n' if rng.random() < 0.35 else '\n'
    listed = ctx.parties
    roles = {}
    if listed:
        for n, p in listed.items():
            if p['kind'] == 'vessel':
                roles['vessel'] = p
            elif 'ben' not in roles and rng.random() < 0.6:
                roles['ben'] = p
            elif 'ord' not in roles:
                roles['ord'] = p
            else:
                roles['ben'] = roles.get('ben') or p
    def who(role, slot):
        p = roles.get(role)
        return (pay_party_name(ctx, p), p) if p else (ordinary_party(ctx, slot), None)
    ref = '%s%06d' % (rng.choice(['FT', 'TRX', 'REF', 'PAY']), rng.randint(0, 999999))
    amount = '%d,%02d' % (rng.randint(500, 950000), rng.randint(0, 99))
    ccy = rng.choice(['USD', 'EUR', 'GBP', 'AED', 'CHF'])
    date6 = '%02d%02d%02d' % (rng.randint(15, 24), rng.randint(1, 12), rng.randint(1, 28))
    purpose = rng.choice(PURPOSE).replace('{N}', str(rng.randint(1, 9)))
    vessel = roles.get('vessel')
    d = Doc()
    if style in ('mt103', 'mt202'):
        if rng.random() < 0.5:
            d.add('{1:F01%sAXXX%010d}{2:I%s%sXXXXN}{4:%s' % (rng.choice(BICS), rng.randint(0, 10**9), style[2:], rng.choice(BICS), nl))
        d.add(':20:' + ref + nl)
        if style == 'mt103':
            d.add(':23B:CRED' + nl + ':32A:' + date6 + ccy + amount + nl)
            o, op = who('ord', 'P1')
            d.add(':50K:/%s%018d' % (rng.choice(['GB', 'AE', 'PK', 'DE', 'NG']), rng.randint(0, 10**17)) + nl)
            a = rng.choice(ADDR)
            d.extend(line_field(ctx, [[(o, op)], [(a[0], None)], [(a[1], None)]], nl))
            d.add(nl + ':52A:' + rng.choice(BICS) + nl + ':57A:' + rng.choice(BICS) + nl)
            b, bp = who('ben', 'P2')
            d.add(':59:/%s%016d' % (rng.choice(['AE', 'TR', 'CN', 'MY', 'IN']), rng.randint(0, 10**15)) + nl)
            a = rng.choice(ADDR)
            d.extend(line_field(ctx, [[(b, bp)], [(a[0], None)], [(a[1], None)]], nl))
            d.add(nl + ':70:')
            items = [('/RFB/' + purpose, None)]
            if (bp or op) and rng.random() < 0.45:
                q = bp or op
                items += [(rng.choice(['FAVOUR', 'IFO', 'ON ACCOUNT OF', 'BENEFICIARY']), None), (pay_party_name(ctx, q), q)]
            if vessel:
                items += [('MV', None), (pay_party_name(ctx, vessel), vessel), ('IMO ' + vessel['imo'], None)]
            d.extend(field(ctx, items, 35, nl))
            d.add(nl + ':71A:' + rng.choice(['SHA', 'OUR', 'BEN']) + nl)
            if rng.random() < 0.5 or (roles and rng.random() < 0.5):
                d.add(':72:')
                items = [('/INS/' + rng.choice(BICS), None), ('/BNF/ATTN', None)]
                if bp and rng.random() < 0.5:
                    items += [('ON BEHALF OF', None), (pay_party_name(ctx, bp), bp)]
                else:
                    items += [(ordinary_party(ctx, 'P3'), None)]
                d.extend(field(ctx, items, 35, nl))
                d.add(nl)
        else:
            d.add(':21:' + ref[::-1] + nl + ':32A:' + date6 + ccy + amount + nl)
            d.add(':52A:' + rng.choice(BICS) + nl + ':53A:' + rng.choice(BICS) + nl)
            b, bp = who('ben', 'P2')
            if bp and bp['kind'] != 'bank' and 'ord' in roles:
                pass
            d.add(':58A:/%012d' % rng.randint(0, 10**11) + nl)
            if bp or rng.random() < 0.5:
                d.extend(line_field(ctx, [[(b, bp)]], nl))
                d.add(nl)
            else:
                d.add(rng.choice(BICS) + nl)
            d.add(':72:')
            o, op = who('ord', 'P1')
            items = [('/BNF/COVER FOR', None), (o, op), ('/REF/' + purpose, None)]
            if vessel:
                items += [('VSL', None), (pay_party_name(ctx, vessel), vessel)]
            d.extend(field(ctx, items, 35, nl))
            d.add(nl)
        if d.ch[0] == '{':
            d.add('-}')
    elif style == 'pacs008':
        ind = '  '
        o, op = who('ord', 'P1')
        b, bp = who('ben', 'P2')
        d.add('<CdtTrfTxInf>' + nl + ind + '<PmtId><EndToEndId>' + ref + '</EndToEndId></PmtId>' + nl)
        d.add(ind + '<IntrBkSttlmAmt Ccy="%s">%s</IntrBkSttlmAmt>' % (ccy, amount.replace(',', '.')) + nl)
        for tag, (n, p) in (('Dbtr', (o, op)), ('Cdtr', (b, bp))):
            d.add(ind + '<%s>' % tag + nl + ind * 2 + '<Nm>')
            if p:
                d.mention(n, p)
            else:
                d.add(n)
            a = rng.choice(ADDR)
            d.add('</Nm>' + nl + ind * 2 + '<PstlAdr><AdrLine>%s</AdrLine><AdrLine>%s</AdrLine></PstlAdr>' % (a[0], a[1]) + nl + ind + '</%s>' % tag + nl)
        d.add(ind + '<RmtInf><Ustrd>' + purpose)
        if vessel:
            d.add(' MV ')
            d.mention(pay_party_name(ctx, vessel), vessel)
            d.add(' IMO ' + vessel['imo'])
        d.add('</Ustrd></RmtInf>' + nl + '</CdtTrfTxInf>' + nl)
    else:  # remittance-note
        o, op = who('ord', 'P1')
        b, bp = who('ben', 'P2')
        d.add(rng.choice(['REMITTANCE ADVICE', 'Remittance note', 'PAYMENT ADVICE - OUTWARD']) + nl)
        d.add('Ref: ' + ref + nl + 'Value date: ' + date6 + nl + 'Amount: ' + ccy + ' ' + amount + nl)
        d.add('Remitter: ')
        d.extend(field(ctx, [(o, op)], 40, nl))
        d.add(nl + 'Beneficiary: ')
        d.extend(field(ctx, [(b, bp)], 40, nl))
        d.add(nl + 'Details: ')
        items = [(purpose.lower().capitalize(), None)]
        if (bp or op) and rng.random() < 0.4:
            q = bp or op
            items += [('paid to', None), (pay_party_name(ctx, q), q)]
        if vessel:
            items += [('for the vessel', None), (pay_party_name(ctx, vessel), vessel), ('(IMO %s)' % vessel['imo'], None)]
        items += [(rng.choice(['as per contract', 'balance payment', 'thank you', 'second instalment']), None)]
        d.extend(field(ctx, items, 40, nl))
        d.add(nl)
    return d


# ---------------------------------------------------------------- the corpus plan
PLAN = [
    ('news', {'wire': 16, 'newspaper': 14, 'feature': 9, 'press-release': 9, 'court-report': 12, 'ngo-report': 9,
              'parliamentary-record': 8, 'business': 9, 'sports': 5, 'travel': 5, 'obituary': 5,
              'academic-abstract': 8, 'email': 9}),
    ('payment', {'mt103': 28, 'pacs008': 20, 'mt202': 14, 'remittance-note': 18}),
    ('negative', {'sports': 14, 'travel': 12, 'obituary': 12, 'court-report': 12, 'business': 10, 'wire': 8,
                  'newspaper': 8, 'feature': 6, 'press-release': 4, 'email': 4, 'mt103': 5, 'pacs008': 4,
                  'remittance-note': 3}),
]
PAY_STYLES = {'mt103', 'pacs008', 'mt202', 'remittance-note'}
LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-PK', 'en-NG']
# single listed words that are ordinary words or place names: allowed in negative documents
SINGLE_OK = {'ATLANTIC', 'KHORASAN', 'FORTUNE', 'FREEDOM', 'HARMONY', 'PALACE', 'GARDEN', 'BAZAAR', 'HOTEL'}


def dev_exclude():
    """Parties of the shared development set: not reused here."""
    p = '/work/shared/bench/text-dev/text-dev.jsonl'
    ex = set()
    if os.path.exists(p):
        for line in open(p, encoding='utf-8'):
            for m in json.loads(line)['mentions']:
                ex.update(m['expect'])
    return ex


def check_doc(L, text, gold, category):
    """Listed multi-word names outside gold spans; single listed words in negatives."""
    problems = []
    for s, e, key, pids in L.listed_ngrams(text):
        if not any(g['start'] < e and s < g['end'] for g in gold):
            problems.append('listed name outside gold: %r' % text[s:e])
    if category == 'negative':
        for m in re.finditer(r"[A-Za-z][A-Za-z'-]+", text):
            w = norm(m.group(0))
            if w in L.single and len(w) >= 5 and w not in SINGLE_OK:
                problems.append('single listed word in negative: %r' % m.group(0))
    return problems


def generate(seed, out, root=ROOT):
    L = Lists(root)
    parties = build_parties(L, dev_exclude())
    pools = {}
    for part in ('dev', 'heldout'):
        sel = [p for p in parties if (h('split', p['pid']) % 3 == 0) == (part == 'heldout')]
        pools[part] = {
            'news': [p for p in sel if p['curated']] * 3 + [p for p in sel if not p['curated'] and p['kind'] in ('person', 'company', 'bank')][:60],
            'pay': [p for p in sel if not p['curated'] and p['kind'] in ('person', 'company', 'bank')][:150]
                   + [p for p in sel if p['curated'] and p['kind'] in ('company', 'bank')],
            'vessel': [p for p in sel if p['kind'] == 'vessel'][:60],
        }
    jobs = []
    for cat, styles in PLAN:
        for style, n in styles.items():
            idx = sorted(range(n), key=lambda i: h(seed, cat, style, i))
            for rank, i in enumerate(idx):
                jobs.append((cat, style, i, 'heldout' if rank < round(n / 3) else 'dev'))
    jobs.sort(key=lambda j: h(seed, 'order', *j))
    rows = {'dev': [], 'heldout': []}
    texts = {'dev': {}, 'heldout': {}}
    report = []
    counter = collections.Counter()
    for cat, style, i, part in jobs:
        for attempt in range(40):
            rng = random.Random(h(seed, cat, style, i, attempt))
            locale = 'swift' if style in PAY_STYLES else rng.choice(LOCALES)
            chosen = {}
            if cat == 'news':
                k = rng.choice([1, 1, 2, 2, 2, 3])
                pool = pools[part]['news']
                while len(chosen) < k:
                    p = rng.choice(pool)
                    if p['pid'] not in {q['pid'] for q in chosen.values()}:
                        chosen['ABC'[len(chosen)]] = p
            elif cat == 'payment' and rng.random() < 0.5:
                chosen['A'] = rng.choice(pools[part]['pay'])
                if rng.random() < 0.3:
                    chosen['B'] = rng.choice(pools[part]['vessel'])
                elif rng.random() < 0.15:
                    q = rng.choice(pools[part]['pay'])
                    if q['pid'] != chosen['A']['pid']:
                        chosen['B'] = q
            ctx = Ctx(rng, locale if locale in CITIES else 'en-GB', chosen, L)
            if style in PAY_STYLES:
                d = payment_doc(ctx, style, part)
            else:
                d = text_doc(ctx, style, part, cat == 'negative')
            text, gold = d.finish()
            if not 300 <= len(text) <= 4000 and style not in PAY_STYLES:
                continue
            probs = check_doc(L, text, gold, cat)
            if probs:
                continue
            break
        else:
            raise RuntimeError('could not write %s %s %d: %s' % (cat, style, i, probs))
        counter[part] += 1
        name = '%s_%03d.txt' % ('d' if part == 'dev' else 'h', counter[part])
        texts[part][name] = text
        rows[part].append(dict(doc=name, category=cat, style=style, locale=locale,
                               source_id='gen%d-%s-%s-%02d' % (seed, cat[:3], style, i), mentions=gold))
    for part in ('dev', 'heldout'):
        dd = os.path.join(out, part)
        os.makedirs(dd, exist_ok=True)
        for f in os.listdir(dd):
            if f.endswith('.txt') or f == 'gold.jsonl':
                os.remove(os.path.join(dd, f))
        for name, text in texts[part].items():
            with open(os.path.join(dd, name), 'w', encoding='utf-8', newline='') as f:
                f.write(text)
        with open(os.path.join(dd, 'gold.jsonl'), 'w', encoding='utf-8') as f:
            for r in sorted(rows[part], key=lambda r: r['doc']):
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    verify(out)
    return rows


def verify(out):
    """Re-read every written document and check each gold span against the text."""
    for part in ('dev', 'heldout'):
        dd = os.path.join(out, part)
        for line in open(os.path.join(dd, 'gold.jsonl'), encoding='utf-8'):
            r = json.loads(line)
            text = open(os.path.join(dd, r['doc']), encoding='utf-8', newline='').read()
            for m in r['mentions']:
                assert text[m['start']:m['end']] == m['text'], (r['doc'], m)


def stats(rows):
    out = []
    for part in ('dev', 'heldout'):
        rs = rows[part]
        ms = [m for r in rs for m in r['mentions']]
        out.append((part, len(rs), collections.Counter(r['category'] for r in rs),
                    collections.Counter(r['style'] for r in rs), len(ms), sum(1 for m in ms if m.get('hard')),
                    len({tuple(m['expect']) for m in ms})))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=10)
    ap.add_argument('--out', default=os.path.join(ROOT, 'bench', 'text-corpus'))
    a = ap.parse_args()
    rows = generate(a.seed, a.out)
    for part, n, cats, styles, nm, nh, ne in stats(rows):
        print('%s: %d documents %s; %d mentions (%d hard) of %d parties' % (part, n, dict(cats), nm, nh, ne))
        print('   styles:', dict(sorted(styles.items())))


if __name__ == '__main__':
    main()
