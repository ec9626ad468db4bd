#!/usr/bin/env python3
"""Generator for the heldout4 writers' set (writer-k).

Each document is written with inline markers [[surface|key]] or [[surface|key|h]]
(h = hard). The script renders the text, converts line ends where a document uses CRLF,
records the character spans of every marked name and writes the .txt files and gold.jsonl.
Keys are looked up in /tmp/pool-heldout.jsonl so that each mention carries all keys of its
party. Standard library only.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-heldout.jsonl'
SOURCE = 'writer-k'

PARTY = {}
for _l in open(POOL, encoding='utf-8'):
    _r = json.loads(_l)
    for _k in _r['keys']:
        PARTY[_k] = _r['keys']

MARK = re.compile(r'\[\[(.+?)\|([^|\]]+)(\|h)?\]\]', re.S)


def render(src, crlf=False):
    if crlf:
        src = src.replace('\r\n', '\n').replace('\n', '\r\n')
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surface, key, hard = m.group(1), m.group(2), bool(m.group(3))
        if ':' not in key:
            key = 'ofac:' + key
        if key not in PARTY:
            sys.exit('unknown key %s' % key)
        ment = dict(start=n, end=n + len(surface), text=surface, expect=PARTY[key])
        if hard:
            ment['hard'] = True
        spans.append(ment)
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    for s in spans:
        assert text[s['start']:s['end']] == s['text']
    return text, spans


TAG = re.compile(r'^:\d\d[A-Z]?:')


def check_swift(name, text, width=35, charset=False):
    for line in text.replace('\r\n', '\n').split('\n'):
        if line.startswith('{') or line.startswith('-}') or not line:
            continue
        body = TAG.sub('', line)
        if len(body) > width:
            sys.exit('%s: line longer than %d: %r' % (name, width, line))
    if charset:
        bad = set(re.findall(r"[^A-Z0-9/\-?:().,+ \r\n{}]", text))
        if bad:
            sys.exit('%s: not in SWIFT charset: %r' % (name, sorted(bad)))


DOCS = []


def doc(category, style, locale, body, crlf=False, swift=None, charset=False,
        not_mentions=()):
    DOCS.append(dict(category=category, style=style, locale=locale, body=body,
                     crlf=crlf, swift=swift, charset=charset,
                     not_mentions=list(not_mentions)))

# ---------------------------------------------------------------- payment documents

# 001 MT103, CRLF, SWIFT character set
doc('payment', 'mt103', 'swift', """{1:F01RHNBDEFFAXXX4471093320}{2:O1030914241108SOLXDEST6AXX00912241081014N}{4:
:20:HA24-11-0087
:23B:CRED
:32A:241108USD48250,00
:33B:USD48250,00
:50K:/DE44600501010004417722
HOFMANN ARMATUREN GMBH
HEILBRONNER STR 140
70191 STUTTGART DE
:52A:SOLXDEST600
:57A:EMRXAEADXXX
:59:/AE070260001015498732101
[[GRANDEUR GENERAL TRADING FZE|19714]]
PLOT S30314 JAFZA SOUTH
JEBEL ALI DUBAI UAE
:70:/INV/GGT 2291 BALL VALVES DN80 PN1
6 FREIGHT PREPAID BY [[TRIGRON KARGO|24522|h]]
ISTANBUL REF [[GRANDEUR GENERAL TRA
DING|19714|h]]
:71A:SHA
:72:/ACC/PLS CREDIT WITHOUT DELAY
/BNF/ATTN MR RASHID KHALAF ACCOUNTS
-}
""", crlf=True, swift=35, charset=True)

# 002 MT103
doc('payment', 'mt103', 'swift', """{1:F01BLOXLBBXAXXX2218470551}{2:I103CHAXSYDAXXXXN}{4:
:20:BLM/TT/24/50613
:23B:CRED
:32A:241203EUR17400,00
:50F:/LB62000100000000071195500013
1/[[KATRANJI MAHER HASHEM|24746]]
2/RUE VERDUN, IMM. AL-SALAM 4
3/LB/BEIRUT
:52A:BLOXLBBX
:57D:[[CHAM ISLAMIC BANK|22261]]
DAMASCUS - MAIN BRANCH
:59:/SY43000210000000058812
AL-FAJR MEDICAL SUPPLIES CO.
BAGHDAD STREET, DAMASCUS
:70:PAYMENT FOR LAB REAGENTS
PROFORMA 118/2024 - M. [[KATRANJI|24746|h]]
:71A:OUR
:72:/INS/BLOXLBBX
/BNF/CALL BEFORE CREDIT 0944 210 31
-}
""", swift=35)

# 003 MT103, CRLF, SWIFT character set
doc('payment', 'mt103', 'swift', """{1:F01BAGXPAPAAXXX0102938475}{2:O1031522240917CIXXUS33AXXX01234567892409171522N}{4:
:20:PA0917WH55
:23B:CRED
:32A:240917USD126000,00
:50K:/0102000887341
[[JALAL WAKED HATOUM|18943]]
CALLE 50 Y AQUILINO DE LA GUARDIA
PANAMA CITY PA
:52A:BAGXPAPA
:57A:BCLXPAPA
:59:/0401009911277
[[GRUPO WISA SA|18951]]
AV PERU Y CALLE 37 ZONA LIBRE
COLON PA
:70:RENT ADVANCE LOCAL 14 [[LA RIVIERA|18951|h]]
ALBROOK MALL OCT NOV DEC 2024
:71A:OUR
:72:/BNF/ORDERED BY [[WAKED HATUM J|18943|h]]
-}
""", crlf=True, swift=35, charset=True)

# 004 MT103
doc('payment', 'mt103', 'swift', """{1:F01NBDXAEADAXXX5530218874}{2:I103HBXZAEADXXXXN}{4:
:20:SSG-2024-1187
:23B:CRED
:32A:241021AED365000,00
:50K:/AE450330000019100487221
[[SEVEN SEA GOLDEN GENERAL TRADING L
LC|19732|h]]
OFFICE 1204 AL RIGGA BUSINESS CTR
DEIRA DUBAI UAE
:52A:NBDXAEAD
:57A:HBXZAEAD
:59:/AE120350000006012773014
[[MAZAKA GENERAL TRADING L.L.C.|19730]]
NAIF ROAD, DEIRA, DUBAI
:70:SETTLEMENT OF ACCOUNT SEP/OCT 24
AS PER STMT REF [[WADI AL AFRAH TRADI
NG LLC|19734|h]] INV 0931
:71A:SHA
:72:/BNF/FUNDS TO BE HELD PENDING
//CONFIRMATION FROM MR. TARIQ
-}
""", swift=35)

# 005 MT103
doc('payment', 'mt103', 'swift', """{1:F01DDRXCN2AAXXX1002934411}{2:I103HKSXHKHHXXXXN}{4:
:20:DXT240612HK
:23B:CRED
:32A:240612USD87300,00
:50K:/4100000229310857
[[DANDONG XIANGHE TRADING CO., LTD.|23176]]
NO. 18 BINJIANG ZHONG ROAD
DANDONG LIAONING CN
:52A:DDRXCN2A
:57A:HKSXHKHH
:59:/801-447712-838
[[SILVER BRIDGE SHIPPING CO LTD|27533]]
RM 1608 WING ON CENTRE
111 CONNAUGHT RD CENTRAL HK
:70:CHARTER HIRE MV [[EVER GLORY|23522]] 15 DAY
S FROM 01JUN24 INV SB-0611
:71A:SHA
:72:/ACC/CREDIT ACCOUNT 801-447712-838
/BNF/HIRE [[EVERGLORY|23522|h]] SECOND INSTAL
-}
""", swift=35)

# 006 pacs.008
doc('payment', 'pacs008', 'iso20022', """<CdtTrfTxInf>
  <PmtId>
    <InstrId>RHB2411190042</InstrId>
    <EndToEndId>AST-HRC-2214</EndToEndId>
    <UETR>5d1e7c2a-93b4-4f0e-b8a1-2c7f0d6e9a31</UETR>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">212640.00</IntrBkSttlmAmt>
  <IntrBkSttlmDt>2024-11-19</IntrBkSttlmDt>
  <ChrgBr>SHAR</ChrgBr>
  <UltmtDbtr>
    <Nm>[[GHADIR CASPIAN STEEL TRADING|25965]]</Nm>
  </UltmtDbtr>
  <Dbtr>
    <Nm>[[Ascotec Steel Trading GmbH|11613]]</Nm>
    <PstlAdr>
      <StrtNm>Kaiserswerther Strasse</StrtNm>
      <BldgNb>115</BldgNb>
      <PstCd>40474</PstCd>
      <TwnNm>Duesseldorf</TwnNm>
      <Ctry>DE</Ctry>
    </PstlAdr>
  </Dbtr>
  <DbtrAcct><Id><IBAN>DE12300400000612004871</IBAN></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><BICFI>RHNBDEDDXXX</BICFI><Nm>Rheinland Handelsbank AG</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>BSTXTRISXXX</BICFI><Nm>Bosphorus Ticaret Bankasi A.S. Karakoy Subesi</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[Kursat Zafer Cire|11363]]</Nm>
    <PstlAdr>
      <AdrLine>Kemeralti Cad. No 21 Kat 3</AdrLine>
      <AdrLine>34425 Karakoy Istanbul</AdrLine>
      <Ctry>TR</Ctry>
    </PstlAdr>
  </Cdtr>
  <CdtrAcct><Id><IBAN>TR330006100519786457841326</IBAN></Id></CdtrAcct>
  <RmtInf>
    <Ustrd>Commission 2.5 pct HRC coils contract AS-2214 agent [[K. Z. Cire|11363|h]]</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# 007 pacs.008
doc('payment', 'pacs008', 'iso20022', """<CdtTrfTxInf>
  <PmtId>
    <InstrId>KCB-MSA-88120</InstrId>
    <EndToEndId>ZAKAT1445-0031</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">9800.00</IntrBkSttlmAmt>
  <IntrBkSttlmDt>2024-03-28</IntrBkSttlmDt>
  <ChrgBr>DEBT</ChrgBr>
  <Dbtr>
    <Nm>[[Aziz Moosa Bilakhia|17354]]</Nm>
    <PstlAdr>
      <AdrLine>Moi Avenue, Bilakhia House 2nd Floor</AdrLine>
      <AdrLine>Mombasa 80100 Kenya</AdrLine>
    </PstlAdr>
  </Dbtr>
  <DbtrAcct><Id><Othr><Id>1140028871</Id></Othr></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><BICFI>CSTXKENAXXX</BICFI><Nm>Coast Savings and Trust Bank Ltd, Mombasa</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>MHBXPKKAXXX</BICFI><Nm>Mehran Habib Bank Ltd, Saddar Karachi</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[AL RAHMAH WELFARE ORGANISATION|19682]]</Nm>
    <PstlAdr>
      <StrtNm>Shahrah-e-Faisal</StrtNm>
      <TwnNm>Karachi</TwnNm>
      <Ctry>PK</Ctry>
    </PstlAdr>
  </Cdtr>
  <CdtrAcct><Id><IBAN>PK36MHBX0000001123456702</IBAN></Id></CdtrAcct>
  <RmtInf>
    <Ustrd>Zakat Ramadan 1445 for [[AR RAHMA WELFARE TRUST|19682|h]] orphan programme</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# 008 pain.001
doc('payment', 'pain001', 'iso20022', """<PmtInf>
  <PmtInfId>JLMF-2024-11-B07</PmtInfId>
  <PmtMtd>TRF</PmtMtd>
  <NbOfTxs>4</NbOfTxs>
  <ReqdExctnDt><Dt>2024-11-14</Dt></ReqdExctnDt>
  <Dbtr>
    <Nm>Jumeirah Lakes Marine Fuels DMCC</Nm>
    <PstlAdr><AdrLine>Unit 2207, Cluster X, JLT</AdrLine><AdrLine>Dubai, UAE</AdrLine></PstlAdr>
  </Dbtr>
  <DbtrAcct><Id><IBAN>AE280260001019233847102</IBAN></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><BICFI>EMRXAEADXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>B07-001</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="USD">64200.00</InstdAmt></Amt>
    <Cdtr><Nm>[[POLINEX GENERAL TRADING LLC|15695]]</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>AE610330000010874522019</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>BASE OIL SN500 INV PX-7731</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>B07-002</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="AED">38500.00</InstdAmt></Amt>
    <Cdtr><Nm>Emirates Lube Distributors LLC</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>AE070350000006447190023</IBAN></Id></CdtrAcct>
    <UltmtCdtr><Nm>[[ASIA ENERGY GEN. TRADING|15696|h]]</Nm></UltmtCdtr>
    <RmtInf><Ustrd>DRUM RENTAL OCT 24</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>B07-003</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="USD">17950.00</InstdAmt></Amt>
    <Cdtr>
      <Nm>Rahimi Technical Services</Nm>
      <PstlAdr><AdrLine>C/O [[AA ENERGY FZCO|16137]], JAFZA VIEW 19</AdrLine><AdrLine>Jebel Ali, Dubai</AdrLine></PstlAdr>
    </Cdtr>
    <CdtrAcct><Id><IBAN>AE330440000001200398811</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>SURVEYOR FEES BARGE TRANSFER NOV</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>B07-004</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="AED">22000.00</InstdAmt></Amt>
    <Cdtr><Nm>[[TAMADDON MORTEZA|16646]]</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>AE540500000000998123344</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>CONSULTANCY RETAINER Q4 - M. [[TAMADDON|16646|h]]</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>
""")

# 009 pacs.008
doc('payment', 'pacs008', 'iso20022', """<CdtTrfTxInf>
  <PmtId>
    <InstrId>RN24-1031-7741</InstrId>
    <EndToEndId>DOG-17-2024</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="RUB">4380000.00</IntrBkSttlmAmt>
  <IntrBkSttlmDt>2024-10-31</IntrBkSttlmDt>
  <ChrgBr>SLEV</ChrgBr>
  <Dbtr>
    <Nm>OOO TAVRIDA AGROTORG</Nm>
    <PstlAdr>
      <StrtNm>ul. Kievskaya</StrtNm>
      <BldgNb>41</BldgNb>
      <TwnNm>Simferopol</TwnNm>
      <Ctry>UA</Ctry>
    </PstlAdr>
  </Dbtr>
  <DbtrAcct><Id><Othr><Id>40702810241270003318</Id></Othr></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><Nm>[[RNKB|17755|h]] Bank (PAO), Simferopol</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><Nm>[[JSC CB RUBLEV|22505]], Moscow</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[GARANT-SV LLC|25181]]</Nm>
    <PstlAdr>
      <AdrLine>ul. Pushkina 12, of. 4</AdrLine>
      <AdrLine>Simferopol</AdrLine>
    </PstlAdr>
  </Cdtr>
  <CdtrAcct><Id><Othr><Id>40702810500000014462</Id></Othr></Id></CdtrAcct>
  <RmtInf>
    <Ustrd>Oplata po dogovoru 17/2024 okhrana sklada, [[OOO Garant-SV|25181]], NDS ne oblagaetsya</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# 010 MT202 COV
doc('payment', 'mt202cov', 'swift', """{1:F01ARXBAM22AXXX3301948812}{2:I202MLXBAM22XXXXN}{3:{119:COV}}{4:
:20:ADB24110731
:21:HSC-8812-24
:32A:241107EUR56300,00
:52A:ARXBAM22
:57A:MLXBAM22
:58D:[[MELLAT BANK SB CJSC|25680]]
YEREVAN ARMENIA
:72:/BNF/COVER FOR CUSTOMER PAYMENT
//FAVOUR [[HAMOON SEPAHAN|25910|h]]
//VIA [[BANK MELLAT YEREVAN|25680]]
:50K:/AM2400218832770100
ARARAT PRECISION ENGINEERING CJSC
12 TIGRAN METS AVE, YEREVAN
:57A:MLXBAM22
:59:/IR810120000000004471290331
[[HAMOON SEPAHAN COMMERCIAL TRADIN
G|25910|h]]
ISFAHAN IR
:70:INV HS-334 CNC SPARE PARTS
:33B:EUR56300,00
-}
""", swift=35)

# 011 MT202
doc('payment', 'mt202', 'swift', """{1:F01KFXBTJ22AXXX0018833201}{2:I202FTBXBHBMXXXXN}{4:
:20:KF240930-112
:21:ENB-TR-4471
:32A:240930USD250000,00
:52A:KFXBTJ22
:56D:[[CJSC KAFOLATBANK|17158]]
DUSHANBE TJ
:57D:[[FUTURE BANK B.S.C.|25577]]
MANAMA BAHRAIN
:58A:FTBXBHBM
:72:/BNF/COVER FOR [[EN BANK PJSC|13131|h]]
//TEHRAN INTL DIVISION
//INTERBANK PLACEMENT ROLLOVER
//REF [[EGHTESAD NOVIN|13131|h]] 4471
-}
""", swift=35)

# 012 MT202 COV
doc('payment', 'mt202cov', 'swift', """{1:F01HKDXHKHHAXXX4410023981}{2:I202NEABXXXXXXXXN}{3:{119:COV}}{4:
:20:MZ24-0388
:21:MIT-FE-2208
:32A:240822USD143500,00
:52A:HKDXHKHH
:56D:[[NORTH EAST ASIA BANK|20568]]
PYONGYANG
:58D:[[CHOSON TAESONG UNHAENG|un:KPe.035|h]]
PYONGYANG KP
:72:/BNF/CR [[TAESONG BANK|un:KPe.035|h]] USD A/C
:50K:/012-552-0-884731
[[MINGZHENG INTERNATIONAL TRADING LI
MITED|22583|h]]
UNIT 905, 9/F, KWAI CHUNG PLAZA
KWAI CHUNG NT HK
:59:/KP0041770023
[[KOREA UNPHA SHIPPING AND TRADING|23710]]
PYONGYANG
:70:FISHING NETS AND WINCHES PO 2208
:33B:USD143500,00
-}
""", swift=35)

# 013 SEPA statement remittance lines
doc('payment', 'remittance', 'iso20022', """Kontoauszug Nr. 48/2024  Konto DE71 2005 0550 1280 4471 30
Kontoinhaber: Elbufer Hafenlogistik GmbH, Hamburg
Buchung  Valuta   Betrag EUR   Auftraggeber / Verwendungszweck
02.12.   02.12.   -4.812,30    Stadtwerke Hamburg Netz GmbH
                               SVWZ: ABSCHLAG STROM 12/2024 KD 55128804
03.12.   03.12.   +18.400,00   [[NARI SHIPPING AND CHARTERING GMBH + CO. KG|25454]]
                               EREF: NSC-0412-17
                               SVWZ: UMSCHLAG/LASCHEN MV [[GOLAFRUZ|25305]] VOY 12
                               ABRECHNUNG LIEGEPLATZ 7 BURCHARDKAI
03.12.   03.12.   +6.250,00    [[HTTS HANSEATIC TRADE TRUST|25467|h]]
                               SVWZ: RE 2024-1187 LAGERGELD 21 TAGE
                               KD-NR 40021 [[HTTS|25467|h]] BUCHHALTUNG
04.12.   04.12.   -1.930,00    Jens Petersen Transporte e.K.
                               SVWZ: TRUCKING 28.11. ALTENWERDER
05.12.   05.12.   +2.115,80    Nordsee Bunkerdienst GmbH
                               SVWZ: RUECKERSTATTUNG GUTSCHRIFT GS-0399
05.12.   05.12.   +9.870,00    Euro Freight Clearing BV
                               SVWZ: IFO ZUSCHLAG ON BEHALF OF [[KALAN KISH
                               SHIPPING LINES|25470]] INV KK-2241
""")

# 014 payment instruction letter
doc('payment', 'instruction-letter', 'swift', """[[SAKAN GENERAL TRADING, LLC|26538]]
Office 1107, Al Attar Business Tower, Sheikh Zayed Road, Dubai, U.A.E.
Tel +971 4 332 8170

12 September 2024

The Manager
Payments Operations
Gulf Crescent Bank PJSC, Deira Branch
Dubai

Subject: Payment instruction - our current account 01-2209-447103 (AED)

Dear Sir / Madam,

We request you to debit our above account and effect the following transfers today,
value same day:

1) AED 1,150,000.00 (One million one hundred fifty thousand dirhams) in favour of
   [[RASHED EXCHANGE|24537]], account 0040-118872-001, being settlement of our purchase
   of IRR drafts under deal ticket RE/0912/03. Please quote "[[SARAFI RASHED|24537|h]]" in
   the beneficiary name if your system requires the registered name.

2) USD 85,000.00 (Eighty-five thousand US dollars) in favour of
   [[SINA CURRENCY EXCHANGE CO.|30389]], reference "ON BEHALF OF [[SAKAN GEN TRDG|26538|h]]
   - CLIENT FUNDING SEPT".

Charges for our account. Kindly send us the SWIFT copies by e-mail to
accounts@sakangt.example.

Yours faithfully,

For and on behalf of [[Sakan General Trading LLC|26538]]

(signed)
[[Iman Sedaghat Galeshkalami|26533]]
Managing Partner
""")

# 015 wire narratives
doc('payment', 'wire-narrative', 'swift', """INCOMING USD WIRES - NARRATIVE REVIEW LIST  14-NOV-2024  QUEUE FT-OPS-3
REF         AMOUNT USD     ORDERING BANK   ORG TO BNF INFO / NARRATIVE
FT24318007      12,500.00  ABC SHARJAH     PYMT ON BEHALF OF [[AVIA TRUST FZE|16535]] SHJ
                                           AIRCRAFT SPARES PO 4471
FT24318011       3,880.00  CITY KYIV       GROUND HANDLING IST/KBP 09-12 NOV
                                           [[KHORS AIR|22944|h]] FLT KO 7701
FT24318015      47,000.00  MAWARID KABUL   CHARTER DEPOSIT [[MERAJ AIR|17227]] THR-KBL
                                           SECOND INSTALMENT
FT24318018       1,250.00  BANORTE GDL     APOYO FAMILIAR DE [[RUIZ ZAVALA ALEIDA|10629]]
FT24318021       9,120.40  HDFC MUMBAI     SEA FREIGHT NHAVA SHEVA-JEA BL 88120
FT24318024         640.00  BANAMEX MTY     RENTA NOVIEMBRE GARCIA LOPEZ JOSE
FT24318029      22,300.00  NBK KUWAIT      SCHOOL FEES TERM 2 - FATIMA HASSAN
""")

# 016 MT700 documentary credit
doc('payment', 'mt700', 'trade', """{1:F01ADXBAEAAAXXX1102938844}{2:I700SBXNINBBXXXXN}{4:
:27:1/1
:40A:IRREVOCABLE
:20:ILC/DXB/24/03171
:31C:240805
:40E:UCP LATEST VERSION
:31D:241015 INDIA
:50:[[SIRJANCO TRADING L.L.C.|15985]]
P.O. BOX 42117, DEIRA, DUBAI, U.A.E.
:59:/0012004477831
SHREE VINAYAK AGRO OVERSEAS PVT LTD
PLOT 22, SECTOR 8, GANDHIDHAM, KUTCH 370201, INDIA
:32B:USD1185000,00
:39A:05/05
:41D:ANY BANK IN INDIA BY NEGOTIATION
:42C:AT SIGHT
:42A:ADXBAEAA
:43P:NOT ALLOWED
:43T:ALLOWED
:44E:KANDLA PORT, INDIA
:44F:BANDAR ABBAS, IRAN
:44C:240930
:45A:1000 MT INDIAN 1121 STEAM BASMATI RICE, CROP 2024,
 PACKED IN 25 KG PP BAGS, CFR BANDAR ABBAS INCOTERMS 2020
:46A:+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS
+FULL SET CLEAN ON BOARD BILLS OF LADING MADE OUT TO ORDER OF
 ISSUING BANK MARKED FREIGHT PREPAID NOTIFY APPLICANT
+CERTIFICATE OF ORIGIN ISSUED BY CHAMBER OF COMMERCE
+PHYTOSANITARY CERTIFICATE
:47A:+SHIPMENT BY MV [[IRAN SHALAMCHEH|25287]] (IMO 8820925) OR SUBSTITUTE
 VESSEL NOMINATED BY APPLICANT ONLY
+CARRIER'S AGENT AT BANDAR ABBAS: [[IRISL|25396|h]] AGENCY DEPT
+B/L SHOWING [[ISLAMIC REPUBLIC OF IRAN SHIPPING LINES|25396]] AS CARRIER
 ACCEPTABLE
+ALL DOCUMENTS TO INDICATE L/C NUMBER
:71D:ALL CHARGES OUTSIDE UAE FOR BENEFICIARY ACCOUNT
:48:21 DAYS AFTER SHIPMENT DATE
:49:WITHOUT
-}
""", swift=65)

# 017 bill of lading excerpt
doc('payment', 'bill-of-lading', 'trade', """BILL OF LADING FOR PORT-TO-PORT SHIPMENT                B/L No. DLRE2407-0316
                                                        Original 1 of 3
SHIPPER
[[DANDONG RICH EARTH TRADING CO LTD|21737]]
NO. 66 JIANGCHENG STREET, ZHENXING DISTRICT
DANDONG, LIAONING, CHINA

CONSIGNEE
TO ORDER OF SHIPPER

NOTIFY PARTY
[[HONGXIANG MARINE (HONG KONG) LTD|23765]]
FLAT C, 14/F, TUNG SHING BLDG, 2 HOI WING ROAD, TUEN MUN, N.T., HK

VESSEL / VOYAGE            [[SHANG YUAN BAO|26933]] / V.2407S   IMO 8126070
PORT OF LOADING            DALIAN, CHINA
PORT OF DISCHARGE          KAOHSIUNG, TAIWAN (FOR TRANSHIPMENT)
PLACE OF DELIVERY          AS PER CONSIGNEE INSTRUCTION

MARKS AND NOS     NO. OF PKGS   DESCRIPTION OF GOODS            GROSS WEIGHT
RE/0716/01-148    148 COILS     STEEL WIRE ROD SAE1008 6.5MM     1,852.400 MT
                                "SHIPPER'S LOAD, STOW AND COUNT"
                                FREIGHT PAYABLE AS PER CHARTER PARTY

SHIPPED ON BOARD 18 JUL 2024 AT DALIAN
FOR THE MASTER OF M/V [[SHANG YUAN BAO|26933]]
AS AGENT: DALIAN PORT SHIPPING AGENCY CO.
""")

# 018 commercial invoice
doc('payment', 'commercial-invoice', 'trade', """                        COMMERCIAL INVOICE
Seller:  [[DALIAN GOLDEN SUN IMPORT & EXPORT CO., LTD.|28650]]
         Room 1806, Xiwang Tower, 136 Zhongshan Road, Dalian 116001, P.R. China
Buyer:   [[MABROOKA TRADING CO. LLC|19254]]
         Office 402, Al Fahidi Building, Bur Dubai, U.A.E.
Invoice No.: GSDL-2409-027          Date: 2024-09-11
Contract No.: MTC/GS/2024/09         Terms: CFR Jebel Ali, Incoterms 2020
Shipment: per MV [[PARMIS|25264]] (IMO 9245316) from Dalian to Jebel Ali

No.  Description                                 Qty (MT)   Unit USD   Amount USD
1    Methanol, 99.85% min, in bulk                2,400.000   298.00     715,200.00
2    Mono ethylene glycol (MEG) fibre grade         600.000   612.00     367,200.00
                                                             TOTAL     1,082,400.00

Say: US Dollars one million eighty-two thousand four hundred only.
Payment: 100% T/T within 30 days of B/L date to seller's account with
         Dalian Harbour Commercial Bank, Zhongshan Branch, A/C 2201 4410 0387 512
Remarks: goods of Chinese origin. Buyer's ref: [[MABROOKA TRADING|19254|h]] PO 2024-118.

For and on behalf of
[[Golden Sun I/E Dalian Co., Ltd.|28650|h]]
[[Richard Yue|21549]], Sales Director
""")

# 019 case note
doc('news', 'case-note', 'en-GB', """CASE NOTE - FCC-TM-2024-0388 (outgoing payments, trade finance client)
Prepared by: Payments Screening, second review
Status: escalated to MLRO, payments held

1. Alert. On 6 November the outgoing MT103 ref SLC-1106-02 for USD 96,400 from our client
Sahara Link Cargo LLC (Sharjah, freight forwarder, client since 2019) was stopped by
name screening. The beneficiary field read "[[FARS AIR QESHM|26344|h]]", account with a bank in
Tehran routed through an exchange house in Dubai. The narrative was "ACMI CARGO CHARTER
IKA-SHJ 3 ROTATIONS OCT". [[Fars Air Qeshm|26344|h]] is a listed alias of [[Qeshm Fars Air|26344]], the
designated cargo airline. The match is exact on all three tokens and the routing is
consistent; we treat it as a true match.

2. Related activity. A look-back over six months found two earlier payments from the same
client: USD 41,000 on 21 October to "[[GATEWICK FREIGHT AND CARGO|28124|h]]" (narrative "HANDLING
AND LANDING FEES") and USD 18,750 on 2 September to the same name. [[Gatewick|28124|h]] is listed as
[[Gatewick LLC|28124]], with this trading name and an aviation services name as aliases. Both
payments were released at the time because the beneficiary bank field showed only a BIC
and the name matched below threshold.

3. Client explanation. The client's operations manager, Mr Faisal Hamdan, says the charter
was arranged through a broker who originally offered aircraft of "[[Al Naser Wings|18133|h]]" and
later substituted [[Fars Air|26344|h]]. He provided a broker invoice and a flight schedule. He
states the client did not know the carriers were designated.

4. Assessment. Three payments to two designated parties; a third designated carrier
([[Al-Naser Airlines|18133]]) appears in the client's own correspondence. Recommend rejection
of the held payment, a report to the FIU, and an exit review of the relationship.
""")

# 020 case note
doc('news', 'case-note', 'en-US', """CASE NOTE 24-0713 / CORRESPONDENT BANKING - INCOMING USD COVER PAYMENTS
Analyst: R. Okafor   Reviewer: S. Lindqvist   Date: 19 Aug 2024

Summary
Over 11 weeks our respondent in Cotonou sent nine MT202 COV messages for a total of
USD 1.84 million. In every message the underlying ordering customer (field 50K) was
"[[HASSAN AYASH|12534|h]]", with an address in Cotonou, and the beneficiaries were car dealers in
Maryland and New Jersey. The remittance field referred to "USED VEHICLES EXPORT".

Parties as written in the messages
- Ordering customer: [[HASSAN AYASH|12534|h]] / once "[[AYACH HASSAN|12534|h]]" (message of 2 July).
- Ultimate debtor in two messages: "[[ELLISSA SHIPPING|12468]] COTONOU".
- Field 72 of the 14 June message: "/BNF/ON INSTRUCTION OF [[PHENICIA SHIPPING OFFSHORE SAL|12543|h]]".

Analysis
[[Hassan Mahmoud Ayache|12534]] is designated under the narcotics kingpin programme; the
list carries both spellings used by the respondent. [[Ayash|12534|h]] appears with the same city and with
a date of birth in the KYC file supplied by the respondent that matches the listing.
[[Ellissa Shipping|12468]] and [[Phenicia Shipping Offshore SARL|12543]] are both designated
entities tied to the same used-car and bulk cash scheme. The 14 June message wrote
[[Phenicia|12543|h]] with "SAL" instead of "SARL", which is why it scored below threshold
and was released.

Recommendation
Freeze the two pending covers, file a blocking report, and request the respondent's
full file on its customer.
""")

# 021 MT103 SWIFT character set
doc('payment', 'mt103', 'swift', """{1:F01CRXBBBBBAXXX7710233019}{2:I103GLXBPAPAXXXXN}{4:
:20:QTL-BB-240603
:23B:CRED
:32A:240603USD412500,00
:50K:/00-110-448712-3
[[QUIANA TRADING LTD|25099]]
WICKHAMS CAY II ROAD TOWN
TORTOLA BVI
:52A:CRXBBBBB
:57A:GLXBPAPA
:59:/4100882013
[[BALLITO BAY SHIPPING INC|26654]]
EDIF TORRE GLOBAL PISO 22
PANAMA CITY PA
:70:HIRE MT [[CARLOTA C|27431]] IMO 9502453
PERIOD 01 TO 31 MAY 2024 LESS ADD C
OMM 3.75 PCT
:71A:SHA
:72:/BNF/HIRE STMT 7 [[BALLITO BAY|26654|h]]
-}
""", swift=35, charset=True)

# 022 pacs.008
doc('payment', 'pacs008', 'iso20022', """<CdtTrfTxInf>
  <PmtId>
    <InstrId>YGN-240514-0077</InstrId>
    <EndToEndId>HPG-JADE-0514</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">268000.00</IntrBkSttlmAmt>
  <IntrBkSttlmDt>2024-05-14</IntrBkSttlmDt>
  <ChrgBr>SHAR</ChrgBr>
  <Dbtr>
    <Nm>[[HONG PANG GEMS AND JEWELLERY CO LTD|11299]]</Nm>
    <PstlAdr>
      <StrtNm>Bogyoke Aung San Road</StrtNm>
      <BldgNb>318</BldgNb>
      <TwnNm>Yangon</TwnNm>
      <Ctry>MM</Ctry>
    </PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>YGCXMMMYXXX</BICFI><Nm>Yangon Commercial Bank, Head Office</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>KSTXTHBKXXX</BICFI><Nm>Krung Siam Trade Bank PCL, Silom Branch</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[SIAM NICE CO LTD|9541]]</Nm>
    <PstlAdr>
      <AdrLine>88/14 Soi Charoen Krung 43</AdrLine>
      <AdrLine>Bangrak Bangkok 10500</AdrLine>
      <Ctry>TH</Ctry>
    </PstlAdr>
  </Cdtr>
  <CdtrAcct><Id><Othr><Id>0148812207</Id></Othr></Id></CdtrAcct>
  <UltmtCdtr><Nm>Chanthaburi Gem Traders Co-operative</Nm></UltmtCdtr>
  <RmtInf>
    <Ustrd>Settlement lot 14 rough jade and cutting charges ref HP/SN/0514</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# 023 MT202
doc('payment', 'mt202', 'swift', """{1:F01SYXBCNSHAXXX0029311874}{2:I202DCBXKPPYXXXXN}{4:
:20:SY24-DCB-0571
:21:NONREF
:32A:240411EUR61800,00
:52A:SYXBCNSH
:57D:[[DAEDONG CREDIT BANK|un:KPe.023]]
PYONGYANG BRANCH OFFICE
:58D:[[DONGBANG BANK|un:KPe.013|h]]
PYONGYANG KP
:72:/BNF/FOR [[KOREA ANSAN SHPG CO|un:KPe.062|h]]
//PORT DUES
//AND CREW WAGES Q1
//REF [[AIR KORYO|20520]] CARGO AWB 120-
//44718823
-}
""", swift=35)

# 024 MT199 free text
doc('payment', 'mt199', 'swift', """{1:F01GLXBAEADAXXX8812003371}{2:I199CRXBSGSGXXXXN}{4:
:20:INV-Q-24-1009
:21:MS0930-4471
:79:RE YOUR MT103 DD 30.09.24 USD
265000,00 REF MS0930-4471
FAVOUR [[MONSOON SHIPPING LTD|15733]]
WE ARE UNABLE TO APPLY THE FUNDS.
PLEASE CONFIRM THE VESSEL NAME IN
THE REMITTANCE: YOUR MESSAGE READS
MT [[BONITA QUEEN|27284]] (IMO 9105906)
WHILE THE HIRE INVOICE ATTACHED
SHOWS THE FORMER NAME [[KAMILA|27284|h]].
ALSO CONFIRM THE ROLE OF [[FOURTEEN
STAR SHIPPING MGMT|27266|h]] WHO APPEAR AS
MANAGERS ON THE INVOICE, AND
WHETHER [[14 STAR|27266|h]] IS THE ULTIMATE
BENEFICIARY.
PLEASE REPLY QUOTING OUR REF.
REGARDS, PAYMENT INVESTIGATIONS
-}
""", swift=35)

# ---------------------------------------------------------------- negative documents

# 025 MT103 negative
doc('negative', 'mt103', 'swift', """{1:F01EMRXAEADAXXX6610293377}{2:I103HABXPKKAXXXXN}{4:
:20:REM24-0917-332
:23B:CRED
:32A:240917AED18500,00
:50K:/AE220260001012447709931
MOHAMMED ALI HASSAN AL HAMMADI
VILLA 14 STREET 22B AL BARSHA 2
DUBAI UAE
:52A:EMRXAEAD
:57A:HABXPKKA
:59:/PK24HABX0012447700981203
AL ZAHRA GENERAL TRADING CO
SHOP 7 JODIA BAZAR KARACHI
:70:PAYMENT FOR DATES AND DRY FRUIT
INV AZ-1187 ORDER OF M. HASSAN
:71A:SHA
:72:/BNF/ATTN MR OMAR FAROOQ
-}
""", swift=35, not_mentions=['ALI HASSAN'])

# 026 MT103 negative, CRLF, SWIFT character set
doc('negative', 'mt103', 'swift', """{1:F01BSNXKRSEAXXX2291004418}{2:O1030812240702LBXXGB2LAXXX44810022932407020812N}{4:
:20:BS240702-0415
:23B:CRED
:32A:240702GBP23940,00
:50K:/110-482-009912
KIM MIN JUN
1208 HAEUNDAE-RO HAEUNDAE-GU
BUSAN KR
:52A:BSNXKRSE
:57A:LBXXGB2L
:59:/GB29LBXX40127611223344
PARK AND LEE MARINE SUPPLIES LTD
UNIT 4 ORION WHARF
SOUTHAMPTON SO14 3JF GB
:70:SPARE PARTS MV OCEAN PIONEER PO 5
521 LESS CREDIT NOTE CN-88 KIM
:71A:OUR
:72:/BNF/FAO MS S LEE ACCOUNTS
-}
""", crlf=True, swift=35, charset=True)

# 027 pacs.008 negative
doc('negative', 'pacs008', 'iso20022', """<CdtTrfTxInf>
  <PmtId>
    <InstrId>NTB-2406-55102</InstrId>
    <EndToEndId>CREW-0624-KI</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">7420.00</IntrBkSttlmAmt>
  <IntrBkSttlmDt>2024-06-28</IntrBkSttlmDt>
  <ChrgBr>SHAR</ChrgBr>
  <Dbtr>
    <Nm>Baltic Crewing Services OU</Nm>
    <PstlAdr>
      <StrtNm>Sadama</StrtNm>
      <BldgNb>25</BldgNb>
      <TwnNm>Tallinn</TwnNm>
      <Ctry>EE</Ctry>
    </PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>NTBXEE2XXXX</BICFI><Nm>Nordic Trade Bank AS, Tallinn</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>PKOXPLPWXXX</BICFI><Nm>Bank Polski Handlowy SA, Gdynia</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>Andrei Ivanov</Nm>
    <PstlAdr>
      <AdrLine>ul. Morska 112/4</AdrLine>
      <AdrLine>81-225 Gdynia</AdrLine>
      <Ctry>PL</Ctry>
    </PstlAdr>
  </Cdtr>
  <CdtrAcct><Id><IBAN>PL61109010140000071219812874</IBAN></Id></CdtrAcct>
  <UltmtDbtr><Nm>Petrov Ship Management Ltd</Nm></UltmtDbtr>
  <RmtInf>
    <Ustrd>Crew wages June 2024 2nd Officer A. Ivanov MV Kapitan Belousov</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# 028 MT202 negative
doc('negative', 'mt202', 'swift', """{1:F01GCBXAEADAXXX4418820931}{2:I202BEAXHKHHXXXXN}{4:
:20:GCB24-1119-08
:21:WHX-0318-24
:32A:241119USD500000,00
:52A:GCBXAEAD
:56D:BANK OF EAST ASIA LIMITED
10 DES VOEUX ROAD CENTRAL HK
:57A:BEAXHKHH
:58D:WING HING EXCHANGE LIMITED
SHEUNG WAN HK
:72:/BNF/SETTLEMENT OF FX DEAL
//WHX-0318-24 USD/HKD SPOT
//FOR ACCOUNT OF AL WAHDA EXCHANGE
//DUBAI - NOSTRO FUNDING
-}
""", swift=35)

# 029 remittance receipt negative
doc('negative', 'remittance', 'swift', """AL ANSARI EXCHANGE - CUSTOMER COPY            Branch: Karama, Dubai
Transaction No: 118-24-0772019                 Date: 02/12/2024 18:42
Service: Bank Transfer (Pakistan)

Remitter:       HUSSEIN OMAR ABDULLAH
Emirates ID:    784-1988-*******-3
Mobile:         +971 55 *** 4417

Beneficiary:    AHMED KHAN
Relationship:   Brother
Bank:           Bank Alfalah Ltd, Model Town Branch, Lahore
Account:        PK64ALFH0021001006123456

Amount sent:    AED 2,500.00
Rate:           75.62
Amount paid:    PKR 189,050.00
Charges:        AED 22.00
Purpose:        Family maintenance

Message to beneficiary: FOR AMMI MEDICINE AND SCHOOL FEES - HASSAN
Cashier: Kim R.        Customer signature: ________________
""")

# 030 MT700 negative
doc('negative', 'mt700', 'trade', """{1:F01MCBXPKKAAXXX2200190022}{2:I700CNBXCNSHXXXXN}{4:
:27:1/1
:40A:IRREVOCABLE
:20:ILC-KHI-24-0812
:31C:240812
:40E:UCP LATEST VERSION
:31D:241110 CHINA
:50:HASSAN TEXTILE MILLS (PVT) LTD
PLOT 14 SITE INDUSTRIAL AREA KARACHI PAKISTAN
:59:NINGBO EASTERN STAR MACHINERY CO LTD
NO 88 JINHAI ROAD BEILUN NINGBO CHINA
:32B:USD286000,00
:41D:ANY BANK BY NEGOTIATION
:42C:AT 90 DAYS FROM B/L DATE
:43P:ALLOWED
:43T:NOT ALLOWED
:44E:NINGBO, CHINA
:44F:KARACHI, PAKISTAN
:44C:241020
:45A:2 SETS AIR JET LOOMS MODEL EJ-190 WITH STANDARD ACCESSORIES
 AS PER PROFORMA INVOICE NO. ES-PK-0731 CFR KARACHI
:46A:+SIGNED COMMERCIAL INVOICE IN 4 COPIES
+FULL SET CLEAN ON BOARD OCEAN BILLS OF LADING TO ORDER OF
 MUSLIM COMMERCIAL BANK LTD NOTIFY APPLICANT
+PACKING LIST
:47A:+SHIPMENT ON MV KOTA HARUM OR MV LAHORE EXPRESS ACCEPTABLE
+INSURANCE COVERED BY APPLICANT WITH EFU GENERAL INSURANCE
+ALL DOCUMENTS MUST SHOW L/C NUMBER AND NTN 0711244-5
:71D:ALL CHARGES OUTSIDE PAKISTAN FOR BENEFICIARY ACCOUNT
:48:21 DAYS
:49:WITHOUT
-}
""", swift=65)

# 031 bill of lading negative
doc('negative', 'bill-of-lading', 'trade', """BILL OF LADING                                    B/L No. MZO-VLC-240915-22
SHIPPER
EXPORTADORA GARCIA RODRIGUEZ S.A. DE C.V.
CARRETERA MANZANILLO-CIHUATLAN KM 3.5, MANZANILLO, COLIMA, MEXICO

CONSIGNEE
FRUTAS Y VERDURAS RODRIGUEZ E HIJOS S.L.
MERCAVALENCIA NAVE 4, PUESTO 18, 46013 VALENCIA, SPAIN

NOTIFY PARTY
SAME AS CONSIGNEE

PRE-CARRIAGE BY   TRUCK               PLACE OF RECEIPT   COLIMA
OCEAN VESSEL      CAPITAN GARCIA      VOYAGE NO.         214E
PORT OF LOADING   MANZANILLO, MX      PORT OF DISCHARGE  VALENCIA, ES

CONTAINER / SEAL          PACKAGES     DESCRIPTION                    GROSS KG
TCNU 448172-0 / MX221187  1,540 CTNS   FRESH LIMES PERSIAN VARIETY     19,250
                                       REEFER SET +8 C, VENT 15 CBM
FREIGHT PREPAID
SHIPPED ON BOARD 15 SEP 2024       SIGNED FOR THE CARRIER BY THE AGENT
                                   NAVIERA DEL PACIFICO AGENCIAS S.A.
""")

# 032 pain.001 negative
doc('negative', 'pain001', 'iso20022', """<PmtInf>
  <PmtInfId>SAL-2024-10-UK</PmtInfId>
  <PmtMtd>TRF</PmtMtd>
  <NbOfTxs>5</NbOfTxs>
  <ReqdExctnDt><Dt>2024-10-25</Dt></ReqdExctnDt>
  <Dbtr><Nm>Midland Precision Castings Ltd</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>GB82WEST12345698765432</IBAN></Id></DbtrAcct>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>SAL10-001</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">2841.16</InstdAmt></Amt>
    <Cdtr><Nm>Omar Khan</Nm></Cdtr>
    <RmtInf><Ustrd>SALARY OCT 24 EMP 0113</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>SAL10-002</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">2399.40</InstdAmt></Amt>
    <Cdtr><Nm>Ali Hussain</Nm></Cdtr>
    <RmtInf><Ustrd>SALARY OCT 24 EMP 0127</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>SAL10-003</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">3105.77</InstdAmt></Amt>
    <Cdtr><Nm>Ji-woo Park</Nm></Cdtr>
    <RmtInf><Ustrd>SALARY OCT 24 EMP 0141</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>SAL10-004</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">2210.05</InstdAmt></Amt>
    <Cdtr><Nm>Maria Garcia Lopez</Nm></Cdtr>
    <RmtInf><Ustrd>SALARY OCT 24 EMP 0152 INCL OVERTIME</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>SAL10-005</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">1180.00</InstdAmt></Amt>
    <Cdtr><Nm>Khan Brothers Cleaning Services</Nm></Cdtr>
    <RmtInf><Ustrd>INV KB-3318 OFFICE CLEANING OCTOBER</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>
""")

# 033 customer e-mail about a delayed transfer
doc('negative', 'email', 'en-GB', """From: Ahmed Hassan <a.hassan@hassanfoods.example>
To: Business Banking Support
Subject: Transfer of 14 October still not received - ref TT-2410-8812

Dear Sir or Madam,

On 14 October I instructed a transfer of USD 31,200 from our account (Hassan Foods Ltd,
sort code ending 41) to our supplier Al Noor Rice Trading in Karachi, for two containers
of sella rice. Your online banking shows the payment as "sent", but our supplier's bank,
Meezan, tells them nothing has arrived. It has now been nine working days.

Mr Ali at your Bradford branch told me on the phone that the payment "is with the
compliance team for a routine check" and that someone would call me back. Nobody has.
Our supplier will not release the bills of lading until the money arrives, and we are
paying demurrage at Felixstowe for every day the containers wait.

Could you please tell me:
- whether the payment has actually left the bank, and with which reference (UETR);
- what information you need from us. I can send the invoice (ANR/24/311), the sales
  contract and the packing list today;
- when we can expect it to be released.

If it helps, the beneficiary account name is exactly as on the invoice and we have paid
them four times this year without any problem.

Kind regards,
Ahmed Hassan
Director, Hassan Foods Ltd
07700 900 418
""")

# 034 invoice dispute
doc('negative', 'email', 'en-US', """Subject: RE: Invoice 2024-0917 - short payment dispute
From: Lucia Rodriguez, Accounts Receivable, Pacific Rim Freight Forwarding Inc.
To: Accounts Payable, Kim and Lee Trading Corporation

Hello Mr. Lee,

Thank you for your remittance advice. We received USD 18,640.00 on October 2 against our
invoice 2024-0917 for USD 21,115.00. Your advice says the difference of USD 2,475.00 is
"detention charges disputed". We cannot accept this deduction as it stands:

1. Detention on containers MSKU 771204-3 and TGHU 418820-6 ran from September 3 to
   September 12. Free time at Long Beach was 4 days, as per our quotation Q-0812 that
   your Mr. Park signed.
2. The carrier's invoice (Golden Harbor Lines, ref GHL-DET-8812) is attached. We charged
   it at cost plus our standard 10 percent handling fee.
3. The delay came from the consignee's warehouse being closed for the Chuseok holiday,
   not from any act of ours.

If you still dispute the charge, please send us the specific reason in writing by
October 18. Otherwise we ask you to pay the balance by wire to our account with
First Coastal Bank, ABA 121000358, account 4471190023, quoting the invoice number.

Best regards,
Lucia Rodriguez
""")

# 035 trade newsletter
doc('negative', 'newsletter', 'en-GB', """GULF TRADE BRIEFING - Issue 41, November 2024

Rice and pulses: Basmati prices at Jebel Ali eased for a third week as Indian export
restrictions were relaxed. Traders in Deira said buyers such as Al Madina General Trading
and Khan Foodstuff Trading LLC were holding back orders until the new crop arrives.

Exchange houses: The Central Bank's new rules on exchange business take effect in
January. Smaller houses, among them Al Fardan Exchange's competitors in Sharjah and
several family-run firms in Bur Dubai, say the higher capital requirement will push
them into mergers. "Remittances to Kerala and Punjab are still growing, but margins are
thin," said Omar Siddiqui, who runs a two-branch exchange in Al Karama.

Shipping: Container rates from Jebel Ali to Karachi fell to their lowest level since
March. The Emirates Star Shipping Co. feeder service now calls at Bandar Qasim weekly,
and a new coastal service by Oman Crescent Marine links Sohar with Mundra.

People: Hassan Al Hashimi has been appointed head of trade finance at a Dubai bank;
Park Seo-yeon moves from Busan to head the Middle East desk of a Korean shipping agency.

Diary: Gulf Food Trade Forum, 12-13 December, Dubai World Trade Centre.
""")

# 036 ship arrival schedule
doc('negative', 'schedule', 'en-GB', """PORT OF FELIXSTOWE - EXPECTED ARRIVALS  week 47 (18-24 Nov 2024)
Issued by: Harwich Haven Ship Agency Ltd, line agency desk

ETA         VESSEL               FLAG   LOA   FROM            BERTH   AGENT / LINE
18/11 0600  MAERSK HAMBURG       DK     399   ROTTERDAM       8       Maersk UK
18/11 2130  CMA CGM MONTMARTRE   FR     366   LE HAVRE        9       CMA CGM
19/11 1400  ONE HARMONY          JP     364   SINGAPORE       6       Ocean Network Express
20/11 0415  MSC ISABELLA         PA     400   ALGECIRAS       9       MSC UK
20/11 1900  EVER GIVEN           PA     400   TANJUNG PELEPAS 8       Evergreen
21/11 0800  HMM ALGECIRAS        KR     400   BUSAN           7       HMM
21/11 2245  KAPITAN KHLEBNIKOV   MT     132   TILBURY         2       Harwich Haven
22/11 1010  OOCL PIRAEUS         HK     366   ANTWERP         6       OOCL
23/11 0330  AL MURAYKH           QA     366   HAMAD           8       Hapag-Lloyd
23/11 1600  STAR LINDESNES       NO     199   BERGEN          1       Star Shipping
24/11 0500  YM WARRANTY          LR     368   KAOHSIUNG       9       Yang Ming

Remarks: pilotage delays expected on 20/11 due to forecast gales. Feeder GLORY OF KOREA
(Busan-Felixstowe ro-ro) cancelled; cargo rolled to HMM ALGECIRAS. Times local.
""")

# ---------------------------------------------------------------- output


def main():
    rows = []
    for i, d in enumerate(DOCS, 1):
        name = 'wk_%03d.txt' % i
        text, spans = render(d['body'], d['crlf'])
        if d['swift']:
            check_swift(name, text, d['swift'], d['charset'])
        if d['category'] == 'negative':
            assert not spans, name
        else:
            assert spans, name
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        rows.append(dict(doc=name, category=d['category'], style=d['style'],
                         locale=d['locale'], source_id=SOURCE, mentions=spans,
                         not_mentions=d['not_mentions']))
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    n_m = sum(len(r['mentions']) for r in rows)
    n_h = sum(1 for r in rows for m in r['mentions'] if m.get('hard'))
    parties = {tuple(m['expect']) for r in rows for m in r['mentions']}
    cats = {}
    for r in rows:
        cats[r['category']] = cats.get(r['category'], 0) + 1
    print('%d documents %s, %d mentions, %d hard, %d parties' %
          (len(rows), cats, n_m, n_h, len(parties)))


if __name__ == '__main__':
    main()
