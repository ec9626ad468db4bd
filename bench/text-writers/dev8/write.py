#!/usr/bin/env python3
"""Generator for writer-l's documents (dev8). Regenerates wl_*.txt and gold.jsonl.

Markers in the templates: [[surface|CODE]] or [[surface|CODE|h]] (hard).
The surface may span a line break. CRLF documents are converted before the
markers are resolved, so offsets are code-point indices into the final text.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = dict(
    KISH='ofac:17157', ACB='ofac:17242', TTB='ofac:13145', DAY='ofac:25619', RASON='ofac:20570',
    NCB='ofac:22506', ONER='ofac:12028', JINM='ofac:23006', JTB='ofac:27189', SLCB='ofac:12848',
    TOUR='ofac:13141', OMGY='ofac:20820', ARD='ofac:26700', AYASH='ofac:12545', REDIN='ofac:27123',
    SWAID='ofac:32179', TAWA='ofac:27972', ATLAS='ofac:26536', GOOR='ofac:23510', JUI='ofac:26930',
    SAMB='ofac:15853', REACH='ofac:30107', MINAB='ofac:15142', GARB='ofac:15732', GRACE='ofac:15731',
    KUN='ofac:27470', AQUA='ofac:18335', HPT='ofac:27286', BTS='ofac:28173', CHEM='ofac:29525',
    WUHAN='ofac:23063', BEST='ofac:26544', ADOON='ofac:32152', BEN='ofac:28346', TUKA='ofac:29110',
    AYDAH='ofac:19733', SINSMS='ofac:24567', WEE='ofac:25687', MENA='ofac:26892', GOOD='ofac:30668',
    GURG='ofac:16274', ASASI='ofac:26998', SAMAN='ofac:28687', DENA='ofac:24529', KYR='ofac:15981',
    GOMEI='ofac:28110', NEJ='ofac:27967', AQSA='ofac:7642', SILV='ofac:15080', SARD='ofac:15078',
    EVER='ofac:19570', KANG='ofac:23184', CAY='ofac:26650', SARVIN='ofac:25388', BANEH='ofac:15041',
    HAMI='ofac:15241', TSANG='un:KPi.080', KRAD='ofac:9533', ZHANG='ofac:16818', GUL='ofac:30167',
    MARR='un:YEi.011', SHUSH='ofac:13165', VAL='ofac:15786',
)

POOL = '/tmp/pool-dev.jsonl'
KEYS = {}
if os.path.exists(POOL):
    for line in open(POOL, encoding='utf-8'):
        p = json.loads(line)
        KEYS[p['pid']] = p['keys']
# frozen copy so the generator does not depend on /tmp
FROZEN = {'un:KPi.080': ['un:KPi.080', 'ofac:23823'], 'un:YEi.011': ['un:YEi.011', 'ofac:30651']}

def keys_of(code):
    pid = CODES[code]
    if pid in KEYS:
        return KEYS[pid]
    return FROZEN.get(pid, [pid])

MARK = re.compile(r'\[\[(.+?)\|([A-Z]+)(\|h)?\]\]', re.S)

def render(tpl, crlf=False):
    tpl = tpl.lstrip('\n')
    if crlf:
        tpl = tpl.replace('\n', '\r\n')
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(tpl):
        out.append(tpl[pos:m.start()])
        cur += len(tpl[pos:m.start()])
        surf = m.group(1)
        d = dict(start=cur, end=cur + len(surf), text=surf, expect=keys_of(m.group(2)))
        if m.group(3):
            d['hard'] = True
        spans.append(d)
        out.append(surf)
        cur += len(surf)
        pos = m.end()
    out.append(tpl[pos:])
    return ''.join(out), spans

DOCS = []
def doc(cat, style, locale, tpl, crlf=False, not_mentions=(), mt=False):
    DOCS.append(dict(cat=cat, style=style, locale=locale, tpl=tpl, crlf=crlf,
                     nm=list(not_mentions), mt=mt))

# ---------------------------------------------------------------- payment documents
# 001 MT103, SWIFT character set, LF
doc('payment', 'mt103', 'swift', r'''
{1:F01DNTLATWWAXXX0412883190}{2:O1031022250314HKBKHKHHAXXX00231144122503141822N}{4:
:20:HK25031400877
:23B:CRED
:32A:250314USD48210,00
:50K:/HK012447001923
1/[[SINSMS PTE LTD|SINSMS]]
2/20 CECIL STREET 14-02
3/SG/SINGAPORE 049705
:52A:HKBKHKHHXXX
:57A:DNTLATWWXXX
:59:/AT611904300234573201
1/DONAUBLICK AGRARHANDEL GMBH
2/LAXENBURGER STRASSE 88
3/AT/WIEN 1100
:70:/INV/DA25-0117 PALM OLEIN FLEXI
BAGS 2X20FT SHIPPED PER [[EVER BRIGH
T 88|EVER|h]] ON BEHALF OF [[WEE TIONG S
PTE LTD|WEE|h]]
:71A:SHA
:72:/ACC/CREDIT PROMPTLY
//QUOTE OUR REF HK25031400877
-}
''', mt=True)

# 002 MT103, SWIFT character set, CRLF
doc('payment', 'mt103', 'swift', r'''
{1:F01DNTLATWWAXXX0007718204}{2:I103RZBAATWWXXXXN}{3:{121:7c1e2a90-5d1b-4c4e-9a3f-11b0e2d0c6aa}}{4:
:20:DT0319-55102
:23B:CRED
:32A:250319EUR12750,00
:50F:/AE230330000019100045611
1/[[GURGEN HOUSE F
ZCO|GURG|h]]
2/DAFZA WEST WING 4B OFFICE 4B-311
3/AE/DUBAI
:52A:EBILAEADXXX
:57A:RZBAATWWXXX
:59:/AT482011182221844400
1/ALPENLAND REISEBUERO
2/KAERNTNER RING 5-7
3/AT/WIEN 1010
:70:GROUP TICKETS FRU-VIE-FRU
CARRIER [[KYRGYZTRANSAVIA AIRLINES|KYR|h]]
REF GRP 8812 ORDER PLACED BY
[[GURGEN HOUSE LLC|GURG|h]] TASHKENT
:71A:OUR
:72:/INS/[[ONER BANK|ONER|h]] MOSCOW
//CORRESPONDENT OF ORDERING INST
-}
''', crlf=True, mt=True)

# 003 MT103, mixed case with diacritics (Latin American originator bank), LF
doc('payment', 'mt103', 'swift', r'''
:20:MXCUL250402-0091
:23B:CRED
:32A:250402USD9800,00
:50K:/0145887712
Inmobiliaria Peñasco del Pacífico
S.A. de C.V.
Blvd. Francisco I. Madero 1210 Ote
Culiacán, Sinaloa, México
:52A:BNMXMXMMXXX
:57A:CITIUS33XXX
:59:/4412098831
[[VALENZUELA VALENZUELA VANESSA|VAL]]
2210 W Ajo Way Apt 14
Tucson AZ 85713 US
:70:Anticipo renta local 3 Plaza
Tres Ríos abril 2025 contrato 77/
B - Sra. [[Vanessa de Cortez|VAL|h]]
:71A:SHA
:72:/BNF/BENEF TAMBIEN CONOCIDA COMO
//[[V. DE CORTEZ|VAL|h]] PER KYC FILE
''', mt=True)

# 004 MT103, CRLF, SWIFT charset
doc('payment', 'mt103', 'swift', r'''
{1:F01DNTLATWWAXXX0011208733}{2:O1030915250407ICBKCNBJAWUH00918822512504071615N}{4:
:20:WH7740025040701
:23B:CRED
:32A:250407USD31500,00
:50K:/4210880309002244
1/[[WUHAN SANJIANG IMPORT AND EXPORT|WUHAN]]
1/CO LTD
2/NO 8 ZHONGBEI ROAD WUCHANG
3/CN/WUHAN HUBEI
:52A:ICBKCNBJWUH
:57A:DNTLATWWXXX
:59:/AT121904300234579914
1/[[ZHANG JICHENG|ZHANG]]
2/C/O MURHOF LOGISTIK GMBH
3/AT/LINZ 4020
:70:COMMISSION Q1 2025 AGENCY AGMT
WSJ-EU-2023/04 PAID BY [[WUHAN SANJ
IANG IMP AND EXP|WUHAN|h]]
:71A:SHA
:72:/BNF/MR [[ZHANG|ZHANG|h]] PASSPORT ON FILE
-}
''', crlf=True, mt=True)

# 005 MT103, Lebanese originator, LF
doc('payment', 'mt103', 'swift', r'''
:20:BLM-OUT-250411-0344
:23B:CRED
:32A:250411USD6400,00
:50K:/0011220044556
1/KHOURY FRERES TEXTILES SARL
2/RUE ABDEL AZIZ HAMRA
3/LB/BEYROUTH
:52A:BLOMLBBXXXX
:57A:JTBKLBBEXXX
:59:/LB44003500000001102200078
1/[[HASSANE AYASH EXCHANGE CO. SARL|AYASH|h]]
2/MAIN ROAD NABATIEH
3/LB/NABATIEH
:70:SETTLEMENT FABRIC LOT 18 ON BEHAL
F OF [[BEIRUT TRADE SAL|BTS]] RFB 0411
:71A:BEN
:72:/ACC/[[JAMMAL TRUST BANK|JTB|h]] SAL BR
//NABATIEH
/BNF/[[AYASH XCHANGE|AYASH|h]] CASH DESK
''', mt=True)

# 006 pacs.008
doc('payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId>
    <InstrId>DNTL-25-04-2201</InstrId>
    <EndToEndId>CPT-SO-0412-77</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">412500.00</IntrBkSttlmAmt>
  <ChrgBr>SHAR</ChrgBr>
  <Dbtr>
    <Nm>[[CHEMTRANS PETROCHEMICALS TRADING LLC|CHEM]]</Nm>
    <PstlAdr>
      <StrtNm>Sheikh Zayed Road, Office 2304</StrtNm>
      <TwnNm>Dubai</TwnNm>
      <Ctry>AE</Ctry>
    </PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>MSHQAEADXXX</BICFI><Nm>MASHREQBANK PSC DUBAI</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>DNTLATWWXXX</BICFI><Nm>DONAUTAL HANDELSBANK AG</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>Salzach Tank Terminal GmbH</Nm>
    <PstlAdr>
      <AdrLine>Hafenstrasse 19</AdrLine>
      <AdrLine>4020 Linz AT</AdrLine>
    </PstlAdr>
  </Cdtr>
  <UltmtCdtr>
    <Nm>[[BENEATHCO GENERAL TRADING DMCC|BEN|h]]</Nm>
  </UltmtCdtr>
  <RmtInf>
    <Ustrd>STORAGE AND BLENDING FEE CARGO EX MT [[SILVIA I|SILV]] IMO 9172052 BL 03 APR</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
''')

# 007 pacs.008
doc('payment', 'pacs008', 'iso20022', r'''
<FIToFICstmrCdtTrf>
 <GrpHdr><MsgId>DNTL20250422-0093</MsgId><CreDtTm>2025-04-22T10:14:05</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
 <CdtTrfTxInf>
  <PmtId><EndToEndId>TK-DEM-2504-11</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">87340.00</IntrBkSttlmAmt>
  <UltmtDbtr><Nm>[[TUKA METAL TRADING DMCC|TUKA]]</Nm></UltmtDbtr>
  <Dbtr>
   <Nm>Ostrava Steel Service s.r.o.</Nm>
   <PstlAdr><StrtNm>Vítkovická</StrtNm><TwnNm>Ostrava</TwnNm><Ctry>CZ</Ctry></PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>CEKOCZPPXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>BKCHHKHHXXX</BICFI><Nm>BANK OF CHINA (HK) LTD</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
   <Nm>[[KUNLUN SHIPPING CO LTD|KUN|h]]</Nm>
   <PstlAdr><AdrLine>RM 1502 15/F LIPPO CTR TOWER 2</AdrLine><AdrLine>89 QUEENSWAY ADMIRALTY HK</AdrLine></PstlAdr>
  </Cdtr>
  <RmtInf><Ustrd>DEMURRAGE 4.5 DAYS DISCH QINGDAO ACCT [[TUKA METAL|TUKA|h]] CP 11/2024</Ustrd></RmtInf>
 </CdtTrfTxInf>
</FIToFICstmrCdtTrf>
''')

# 008 pain.001 with two transactions
doc('payment', 'pain001', 'iso20022', r'''
<PmtInf>
  <PmtInfId>KMT-2025-05-BATCH3</PmtInfId>
  <PmtMtd>TRF</PmtMtd>
  <Dbtr><Nm>KARAMÜRSEL TEKSTİL SANAYİ A.Ş.</Nm>
    <PstlAdr><TwnNm>Bursa</TwnNm><Ctry>TR</Ctry></PstlAdr></Dbtr>
  <DbtrAcct><Id><IBAN>TR330006100519786457841326</IBAN></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><BICFI>ISBKTRISXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>KMT-0507-01</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="USD">15200.00</InstdAmt></Amt>
    <Cdtr><Nm>[[REDIN DIS TICARET LTD. STI|REDIN|h]]</Nm>
      <PstlAdr><StrtNm>Laleli Cad. No 41</StrtNm><TwnNm>Istanbul</TwnNm><Ctry>TR</Ctry></PstlAdr></Cdtr>
    <RmtInf><Ustrd>Fatura 2025/188 navlun ve gumruk - [[Redin General Trade and Cargo|REDIN|h]]</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>KMT-0507-02</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="EUR">3900.00</InstdAmt></Amt>
    <Cdtr><Nm>Mert Ambalaj Ltd. Şti.</Nm>
      <PstlAdr><TwnNm>Gebze</TwnNm><Ctry>TR</Ctry></PstlAdr></Cdtr>
    <RmtInf><Ustrd>Koli ve palet nisan 2025</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>KMT-0507-03</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="USD">8000.00</InstdAmt></Amt>
    <Cdtr><Nm>[[ATLAS CURRENCY EXCHANGE|ATLAS|h]]</Nm>
      <PstlAdr><AdrLine>Ferdowsi Ave</AdrLine><AdrLine>Tehran IR</AdrLine></PstlAdr></Cdtr>
    <UltmtCdtr><Nm>[[VAKILI JOINT PARTNERSHIP|ATLAS|h]]</Nm></UltmtCdtr>
    <RmtInf><Ustrd>Agent fee Q2</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>
''')

# 009 pacs.008
doc('payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><InstrId>LB-FX-99120</InstrId><EndToEndId>MSC/2025/061</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="EUR">56780.00</IntrBkSttlmAmt>
  <ChrgBr>DEBT</ChrgBr>
  <Dbtr>
    <Nm>[[M.E.N.A. SUGAR COMPANY|MENA|h]]</Nm>
    <PstlAdr><AdrLine>Free Zone Adra</AdrLine><AdrLine>Damascus Countryside SY</AdrLine></PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><Nm>[[AGRICULTURAL COOPERATIVE BANK|ACB]] - DAMASCUS MAIN BRANCH</Nm>
    <PstlAdr><AdrLine>Al Furat Street</AdrLine><AdrLine>Damascus SY</AdrLine></PstlAdr></FinInstnId></DbtrAgt>
  <IntrmyAgt1><FinInstnId><BICFI>DNTLATWWXXX</BICFI></FinInstnId></IntrmyAgt1>
  <CdtrAgt><FinInstnId><BICFI>BYBBBYSXXXX</BICFI></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>Minsk Packaging Plant OJSC</Nm>
    <PstlAdr><TwnNm>Minsk</TwnNm><Ctry>BY</Ctry></PstlAdr>
  </Cdtr>
  <UltmtCdtr>
    <Nm>[[GOOD LAND INTERNATIONAL COMPANY|GOOD|h]]</Nm>
    <PstlAdr><AdrLine>Al Hamidiyah Souq</AdrLine><AdrLine>Damascus SY</AdrLine></PstlAdr>
  </UltmtCdtr>
  <RmtInf><Ustrd>PP BAGS 50KG FOR RAW SUGAR, INV MPP-331, SHIPPED FOR [[ARD AL-KHER INTERNATIONAL CO|GOOD|h]] FRUIT DIVISION</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

# 010 MT202
doc('payment', 'mt202', 'swift', r'''
{1:F01DNTLATWWAXXX0032211044}{2:I202COBADEFFXXXXN}{4:
:20:FT25043000412
:21:ORD7781-TTB
:32A:250430EUR250000,00
:52A:DNTLATWWXXX
:56A:COBADEFFXXX
:57A:MEBLIRTHXXX
:58D:/IR510200000009871233400
[[TOSEE TAAVON BANK|TTB]]
HEAD OFFICE TEHRAN
:72:/BNF/COVER FUNDS FOR CUSTOMERS
//OF [[BANK-E GARDESHGARI|TOUR|h]] VIA
//[[TOSEE TAAVON|TTB|h]] NOSTRO
-}
''', mt=True)

# 011 MT202 COV
doc('payment', 'mt202cov', 'swift', r'''
{1:F01DNTLATWWAXXX0052211933}{2:O2021104250508PARBFRPPAXXX11234556672505081204N}{3:{119:COV}}{4:
:20:PB250508COV077
:21:IRX-0508-2231
:32A:250508EUR184300,00
:52A:PARBFRPPXXX
:56A:DNTLATWWXXX
:57A:HALKTRISXXX
:58A:HALKTRISXXX
:72:/INS/[[DAY BANK|DAY|h]] TEHRAN
//ORIGINATING INSTITUTION
-}{4:
:50K:/IR9301700000000488120011
1/[[HAMRAHAN PISHRO TEJARAT TRADING
CO|HPT|h]]
2/NO 14 VOZARA ST
3/IR/TEHRAN
:59:/TR120001200945200058000321
1/[[SAMAN SHIMI MIDDLE EAST|SAMAN|h]]
2/C/O KADIKOY IS MERKEZI KAT 5
3/TR/ISTANBUL
:70:POLYMER ADDITIVES CONTRACT 14-
HPT/25 BALANCE PAYMENT
:33B:EUR184300,00
-}
''', mt=True)

# 012 MT202
doc('payment', 'mt202', 'swift', r'''
:20:RSN0321-CT88
:21:NONREF
:32A:250321USD79000,00
:52D:[[RASON INTERNATIONAL COMMERCIAL
BANK|RASON]]
RASON SPECIAL ECONOMIC ZONE KP
:56A:DNTLATWWXXX
:57A:BKCHCNBJ51A
:58D:/CN40110020003309
[[JINMYONG JOINT BANK|JINM]]
REP OFFICE DANDONG
:72:/REC/PER ARRANGEMENT WITH
//[[JINMYONG|JINM|h]] DANDONG DESK
//REF [[RASON INTL COMM|RASON|h]] 0321
''', mt=True)

# 013 SEPA remittance lines (batch report)
doc('payment', 'remittance', 'swift', r'''
DONAUTAL HANDELSBANK AG - INCOMING SEPA SCT - ACCOUNT AT48 1904 3002 3457 0015
VALUE 2025-05-14                                   PAGE 2/3

SEQ  AMOUNT EUR   ORDERING PARTY / REMITTANCE INFORMATION (140)
031    1.240,00   HOLZBAU PICHLER KG
                  RE 2025-0098 DACHSTUHL HALLE B
032   18.500,00   MEDIMAR HANDELS GMBH
                  INV 2231 [[AYDAH TRADING AL AIN|AYDAH|h]] DATES 40FT REEFER
033      310,50   FAM. HUSSEIN ALI
                  MIETE MAI TOP 7
034    9.980,00   ORIENTAL CARPET PALACE OG
                  ON BEHALF OF [[SWAID AND SONS FOR EXCHANGE|SWAID|h]]
                  CO. REF 5521/EXCH
035      620,00   KIM SEO-YEON
                  SPRACHKURS SOMMER 2025
036    4.400,00   [[AYDAH TRADING LLC|AYDAH]]
                  RUECKZAHLUNG ANZAHLUNG KD 7712
''')

# 014 payment instruction letter
doc('payment', 'instruction-letter', 'trade', r'''
BALTIC REEFER CHARTERING SP. Z O.O.
ul. Waly Chrobrego 4, 70-502 Szczecin, Poland

To: Donautal Handelsbank AG, Trade & Payments Operations, Vienna
Date: 16 May 2025
Our ref: BRC/HIRE/25/061

Dear Sirs,

Please debit our USD account no. 0023-457-0061 and remit USD 214,600.00 (two hundred
fourteen thousand six hundred US dollars) value 19 May 2025 as follows:

Beneficiary: [[GARBIN NAVIGATION LTD|GARB]]
Address:     80 Broad Street, Monrovia, Liberia
Bank:        Emirates NBD PJSC, Dubai (EBILAEAD)
Account:     AE07 0260 0010 1523 9987 601

Payment details: 2nd hire instalment TC m/v "[[SARVIN|SARVIN]]" CP dated 02.04.2025,
15 days hire plus bunkers on delivery. Owners' agent: [[Grace Bay Shipping Inc.|GRACE]]

Kindly note that the registered owners of the vessel have changed; the head owners
[[Grace Bay Shipping|GRACE|h]] have confirmed in writing that hire is to be paid to
[[Garbin Navigation|GARB|h]] only.

Yours faithfully,
p.p. Baltic Reefer Chartering Sp. z o.o.
Tomasz Wojcik, Finance Manager        Agnieszka Lis, Proxy
''')

# 015 wire narrative / ACH addenda
doc('payment', 'wire-narrative', 'swift', r'''
OUTGOING WIRE - NARRATIVE FIELDS AS KEYED (BRANCH 0412 SINGAPORE REP DESK)
TRN  SG0412-250520-17
ORDERING CUST  TAN HOCK SENG MARINE SUPPLIES PTE
BENEFICIARY    [[GOORYONG SHIPPING BANGKOK|GOOR|h]]
BENE BANK      KASIKORNBANK PCL, SILOM BR, BANGKOK
DETAILS LINE1  FREIGHT MV [[KANG SONG 1|KANG]] VOY 12 NAMPO/SONGKHLA
DETAILS LINE2  BAL OF FRT LESS DETENTION 2 DAYS
DETAILS LINE3  ATTN MR [[SOMBOON KRADUMPORN|KRAD]] ACCTS DEPT
DETAILS LINE4  FOR A/C [[GOORYONG SHIPPING CO|GOOR|h]] LTD
CHARGES        OUR
''')

# 016 MT700 documentary credit
doc('payment', 'mt700', 'trade', r'''
:27:1/1
:40A:IRREVOCABLE
:20:DNTL-DC-25-0318
:31C:250522
:40E:UCP LATEST VERSION
:31D:250815VIENNA
:50:[[ASASI FOODS FZC|ASASI|h]]
SAIF ZONE Q4-112
SHARJAH UAE
:59:/BR1200360305000010009795493C1
ACUCAR SANTA HELENA AGROINDUSTRIAL
LTDA
RODOVIA SP 304 KM 8 PIRACICABA BR
:32B:USD1480000,00
:41D:ANY BANK BY NEGOTIATION
:43P:NOT ALLOWED
:43T:ALLOWED
:44E:SANTOS, BRAZIL
:44F:PUERTO CABELLO, VENEZUELA
:44C:250731
:45A:3,000 MT BRAZILIAN REFINED WHITE
SUGAR ICUMSA 45 IN 50 KG PP BAGS
CFR PUERTO CABELLO INCOTERMS 2020
:46A:+SIGNED COMMERCIAL INVOICE 3 FOLD
+FULL SET CLEAN ON BOARD OCEAN
BILLS OF LADING MADE OUT TO ORDER
OF [[ASASI FOOD FZE|ASASI]] NOTIFY APPLICANT
:47A:+SHIPMENT ON VESSEL NOMINATED
BY APPLICANT, CARRIER [[AQUA SHIPPIN
G LTD|AQUA|h]] OR ITS AGENTS
+TUG ASSISTANCE AT DISCHARGE BY
[[CAYAURIMA|CAY]] OR SIMILAR ACCEPTABLE
:71D:ALL CHARGES OUTSIDE UAE FOR
BENEFICIARY ACCOUNT
:49:WITHOUT
''', mt=True)

# 017 bill of lading excerpt
doc('payment', 'bill-of-lading', 'trade', r'''
BILL OF LADING FOR PORT-TO-PORT SHIPMENT          B/L No. SMBK/NSA/25/0446
Carrier: [[SAMBOUK SHIPPING FZC|SAMB]], Sharjah, U.A.E.

Shipper:
  SHREE GANESH POLYMERS PVT. LTD.
  Plot 18, MIDC Taloja, Navi Mumbai 410208, India

Consignee:
  TO ORDER OF [[THE BEST LEADER GENERAL TRADING LLC|BEST]]
  P.O. Box 48821, Deira, Dubai, U.A.E.

Notify party:
  [[WILMINGTON GENERAL TRADING L.L.C.|BEST|h]] (same as consignee)
  Tel +971 4 2270 118

Vessel / Voyage:   AL NOOR STAR / 2514W
Port of loading:   Nhava Sheva, India
Port of discharge: Jebel Ali, U.A.E.
Place of delivery: Bandar Abbas, Iran (on-carriage for merchant's account)

Marks & numbers   No. of pkgs   Description of goods                 Gross weight
BLG/DXB/01-40     40 x 20' GP   HDPE granules, film grade             992,000 kg
                                Shipper's load, stow and count
Freight: PREPAID             Place and date of issue: Mumbai, 21 May 2025
Signed for the carrier [[Sambouk Shipping|SAMB|h]] by Seahawk Agencies LLP as agents
''')

# 018 commercial invoice / packing list
doc('payment', 'commercial-invoice', 'trade', r'''
COMMERCIAL INVOICE / PACKING LIST                     No. AVP-25-0611
Seller:   AEROVENT PARTS TRADING FZCO, Dubai Airport Freezone, Bldg 6W-B, UAE
Buyer:    [[DENA AIRWAYS|DENA]], Mehrabad Airport, Tehran, Iran
Ship to:  [[GOMEI AIR SERVICES CO., LTD.|GOMEI]], c/o Cargo Terminal 2, Urumqi, PRC
Notify:   [[Gomei Air Svcs|GOMEI|h]] - Mr. Li Wenhao, +86 991 661 0042
Terms:    FCA Dubai, payment 100% T/T in advance
Date:     11 June 2025

Item  P/N           Description                               Qty  Unit USD   Amount USD
1     3214552-3     Brake assembly, main gear (overhauled)      4   18,200.00   72,800.00
2     65-90305-11   Fuel pump, boost, AC                        6    7,450.00   44,700.00
3     2119A0000-02  Cabin pressure controller                   2   23,900.00   47,800.00
                                                                  TOTAL USD   165,300.00

Packing: 3 wooden crates, gross 612 kg, net 478 kg, 2.9 cbm
Airway bill: 176-88120934 routed DXB-URC
We certify this invoice true and correct. Goods for [[DENA AIRLINES|DENA|h]] fleet use.
''')

# 019 case note
doc('news', 'case-note', 'en-GB', r'''
CASE NOTE - PAYMENTS SCREENING HUB VIENNA - ALERT 2025-0611-0087 (ESCALATED)

Summary. Inbound MT103 of 9 June 2025, USD 27,300, from a remitter in Sana'a through our
Gulf correspondent, held on the beneficiary field. The ordering customer appears as
"[[AL-OMGY & BROS. MONEY EXCHANGE|OMGY|h]]", Taiz Street, Sana'a; field :72: reads
"/INS/[[ALOMQY AND BROS FOR MONEY EXCH|OMGY|h]]", i.e. the same house keyed a second way and cut at
the 35-character line. Beneficiary is an individual, "[[MOTLAQ AMER ALMARRANI|MARR]]", with an
address in Sanaa and the remark "FAMILY SUPPORT".

Analysis. The remitter name matches the listed exchange house under several of its
recorded spellings; the operator on the correspondent side appears to have used the
old trading style. [[Al-Marrani|MARR|h]] is a listed individual (Yemen programme); the
beneficiary line drops the hyphen but date of birth on the cover sheet matches. The
narrative also mentions settlement "via [[TAWASUL HAWALA CO|TAWA|h]]", which we read as a
second listed party acting as settlement agent for [[Al-Omgy|OMGY|h]].

Decision. Payment rejected, funds returned to the correspondent. Reporting under the
sanctions procedure completed. Relationship review opened on the correspondent's nested
accounts. Analyst: R. Haider. Second pair of eyes: M. Novak.
''')

# 020 case note
doc('news', 'case-note', 'en-GB', r'''
ALERT REVIEW NOTE  - ref SCR/25/0702/14   - reviewer: J. Okafor

Transaction: pacs.008 from a Peshawar-based NGO account held with our Karachi partner bank,
EUR 14,000, creditor a welfare society in Aden. Two hits.

1. UltmtDbtr Nm: "[[NEJAT-E EJTIMAYEE|NEJ|h]] (SOCIAL WELFARE)". This is the transliterated
   name of the listed [[Nejaat Social Welfare Organization|NEJ]]. The debtor itself
   (Al-Khidmat Community Trust, Peshawar) is not listed; the ultimate debtor field shows
   who really pays. [[Nejaat|NEJ|h]] is designated for fundraising on behalf of a listed
   militant group.
2. Cdtr Nm: "[[AQSSA SOCIETY|AQSA|h]] ADEN BRANCH". Matches a listed alias of
   [[Aqssa Society Yemen|AQSA]]. Address Crater district.

Also noted: the remittance information names "[[REDI HUSSEIN KHAL GUL|GUL]]" as contact
person for the project. [[Gul|GUL|h]] is a listed individual; confirmed by the passport copy
attached to the KYC file of the debtor.

Outcome: blocked, reported. The name "Al-Khidmat" and the Karachi partner bank are not
on any list; no further action on them.
''')

# 021 MT103 (extra)
doc('payment', 'mt103', 'swift', r'''
{1:F01DNTLATWWAXXX0091122340}{2:O1031130250612SABRRUMMAXXX12009933442506121930N}{4:
:20:SB25061200441
:23B:CRED
:32A:250612EUR7600,00
:50K:/40817978300004412201
1/[[SHUSHANASHVILI LASHA PAVLOVICH|SHUSH]]
2/UL TVERSKAYA 18-44
3/RU/MOSKVA
:52A:SABRRUMMXXX
:57A:BKAUATWWXXX
:59:/AT021200000703447144
1/PENSION ALPENROSE KAPRUN
2/SCHLOSSSTRASSE 3
3/AT/KAPRUN 5710
:70:ANZAHLUNG ZIMMER 2 WOCHEN AUG 25
GAST [[SHUSHANASHVILI L.|SHUSH|h]]
:71A:SHA
:72:/INS/[[JSC CB NORTH CREDIT|NCB|h]]
//VOLOGDA
-}
''', mt=True)

# 022 pacs.008 (extra)
doc('payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><InstrId>BDL250617-3</InstrId><EndToEndId>RENT-JUN-25-B</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">22000.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Haddad Real Estate s.a.l.</Nm>
    <PstlAdr><StrtNm>Rue Gouraud</StrtNm><TwnNm>Beirut</TwnNm><Ctry>LB</Ctry></PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>BDLBLBBEXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><Nm>[[SYRIAN LEBANESE COMMERCIAL BANK|SLCB]] SAL</Nm>
    <PstlAdr><AdrLine>Hamra Street</AdrLine><AdrLine>Beirut LB</AdrLine></PstlAdr></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[AL-ARDH AL-JADEEDA EXCHANGE CO|ARD|h]]</Nm>
    <PstlAdr><AdrLine>Shtaura main road</AdrLine><AdrLine>Bekaa LB</AdrLine></PstlAdr>
  </Cdtr>
  <UltmtCdtr>
    <Nm>[[TALAL HUSNI HAMIYAH|HAMI]]</Nm>
  </UltmtCdtr>
  <RmtInf><Ustrd>Transfer per instruction of Mr [[Hamiyah|HAMI|h]] - [[New Land Money Exchange|ARD|h]] collection</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

# 023 MT103 (extra)
doc('payment', 'mt103', 'swift', r'''
:20:TW0622-88031
:23B:CRED
:32A:250622USD52400,00
:50K:/0051-88-102233
1/[[NEIL TSANG|TSANG|h]]
2/6F NO 201 SEC 2 ZHONGSHAN N RD
3/TW/TAIPEI
:52A:MEGATWTPXXX
:57A:KASITHBKXXX
:59:/0731442210
1/CHAROEN MARINE FUEL CO LTD
2/SAMUT PRAKAN
3/TH/SAMUT PRAKAN 10270
:70:BUNKER SUPPLY MGO 180MT STS
TRANSFER PATTAYA ANCH FOR ACCT OF
[[TSANG YUNG YUAN|TSANG]] INV CMF2506
:71A:SHA
:72:/BNF/CONTACT [[KRAPOOMPORN SOMBOO
N|KRAD|h]]
''', mt=True)

# 024 port agency remittance advice (extra)
doc('payment', 'remittance', 'trade', r'''
REMITTANCE ADVICE - GULF HORIZON SHIP AGENCIES LLC, BANDAR ABBAS LIAISON OFFICE
Paying bank: [[KISH INTERNATIONAL BANK|KISH]], Kish Island (via correspondent)
Date: 28 June 2025

Line  Payee                                   Ref / details                       USD
1     Port & Maritime Org. Hormozgan          PDA port dues MV [[SARDASHT|SARD]]           4,870.00
2     Bandar Abbas Pilots Coop.               Pilotage in/out "[[BANEH|BANEH]]"             2,115.00
3     [[REACH SHIPPING LINES|REACH|h]]                    Slot charter 6 x 40HC HKG-BND       9,600.00
4     [[MINAB SHIPPING CO LTD|MINAB|h]]                   Crew change launch, 3 trips         1,350.00
5     Hormoz Chandlers                        Fresh provisions                      780.00

Total USD 18,715.00 debited to account of agency with [[Kish Intl Bank|KISH|h]] offshore branch.
Queries: accounts@gulfhorizon-agency.example
''')

# ---------------------------------------------------------------- negative documents
# 025 MT103 negative, SWIFT charset
doc('negative', 'mt103', 'swift', r'''
{1:F01DNTLATWWAXXX0012201133}{2:O1030840250305ADCBAEAAAXXX00441122332503051238N}{4:
:20:AD25030500912
:23B:CRED
:32A:250305EUR4200,00
:50K:/AE410030010223344556677
1/MOHAMMED ALI HASSAN AL NAQBI
2/AL WAHDA ST VILLA 22
3/AE/ABU DHABI
:52A:ADCBAEAAXXX
:57A:DNTLATWWXXX
:59:/AT331904300234550019
1/HOTEL KAISERHOF SALZBURG GMBH
2/ELISABETHSTRASSE 12
3/AT/SALZBURG 5020
:70:ROOM DEPOSIT 4 NIGHTS 12-16 AUG
GUEST MR HASSAN AND FAMILY
:71A:OUR
:72:/BNF/PLEASE CONFIRM RECEIPT TO
//BOOKING DESK
-}
''', mt=True, not_mentions=['ALI HASSAN'])

# 026 MT103 negative, CRLF
doc('negative', 'mt103', 'swift', r'''
:20:KR0311-55120
:23B:CRED
:32A:250311USD12880,00
:50K:/1002-553-881200
1/PARK JI-HOON
2/SEOCHO-DAERO 74-GIL 11
3/KR/SEOUL
:52A:HNBNKRSEXXX
:57A:DNTLATWWXXX
:59:/AT441904300234571188
1/KIM SOO-JIN
2/STUDENTENHEIM DOEBLING ZI 314
3/AT/WIEN 1190
:70:TUITION AND LIVING EXP SS2025
UNIVERSITAET FUER MUSIK
:71A:SHA
''', crlf=True, mt=True)

# 027 pacs.008 negative
doc('negative', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><EndToEndId>OMR-25-0318-4</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="EUR">23410.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>OMAR KHAN GENERAL TRADING LLC</Nm>
    <PstlAdr><StrtNm>Naif Road</StrtNm><TwnNm>Dubai</TwnNm><Ctry>AE</Ctry></PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>NBADAEAAXXX</BICFI><Nm>FIRST ABU DHABI BANK PJSC</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>DNTLATWWXXX</BICFI></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>Steirische Kuerbiskernoel Manufaktur Gmbh</Nm>
    <PstlAdr><TwnNm>Graz</TwnNm><Ctry>AT</Ctry></PstlAdr>
  </Cdtr>
  <UltmtDbtr><Nm>AHMED HUSSEIN FOODSTUFF TRADING</Nm></UltmtDbtr>
  <RmtInf><Ustrd>INV 2025-044 PUMPKIN SEED OIL 1200 BTL, FREIGHT VIA PAK EMIRATES SHIPPING CO</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

# 028 MT202 negative
doc('negative', 'mt202', 'swift', r'''
:20:IV25032700193
:21:FXSW-0327-IVAN
:32A:250327USD1500000,00
:52A:DNTLATWWXXX
:56A:CHASUS33XXX
:57A:IRVTUS3NXXX
:58D:/8900112233
COMMERZ UND HANDELSBANK
AKTIENGESELLSCHAFT FRANKFURT BR
:72:/BNF/FX SWAP LEG 2 DEAL 44871
//DEALER PETROV I / IVANOV S
''', mt=True)

# 029 SEPA remittance negative
doc('negative', 'remittance', 'swift', r'''
DONAUTAL HANDELSBANK AG - INCOMING SEPA SCT - ACCOUNT AT61 1904 3002 3457 3201
VALUE 2025-04-02                                   PAGE 1/1

SEQ  AMOUNT EUR   ORDERING PARTY / REMITTANCE INFORMATION (140)
001    2.150,00   ALI HASSAN KEBAB HAUS OG
                  MIETE APRIL GESCHAEFTSLOKAL
002   11.740,00   GARCIA RODRIGUEZ IMPORT-EXPORT S.L.
                  FRA 2025/311 ACEITE DE OLIVA PALETS 6
003      450,00   IVANOV ALEKSEI
                  KURSGEBUEHR DEUTSCH B1
004    7.300,00   LEE & PARK TRADING CO LTD
                  INV 8812 AUTO PARTS BUSAN-KOPER
005      980,00   HUSSEIN MAHMOUD
                  STROM UND GAS Q1
''', not_mentions=['ALI HASSAN'])

# 030 MT700 negative
doc('negative', 'mt700', 'trade', r'''
:27:1/1
:40A:IRREVOCABLE
:20:DNTL-DC-25-0207
:31C:250207
:40E:UCP LATEST VERSION
:31D:250430VIENNA
:50:AL MANSOOR GENERAL TRADING CO
PO BOX 2231 SALALAH
SULTANATE OF OMAN
:59:KAERNTNER HOLZINDUSTRIE GMBH
VILLACHER STRASSE 140
9500 VILLACH AUSTRIA
:32B:EUR286000,00
:41D:DNTLATWWXXX BY PAYMENT
:44E:KOPER, SLOVENIA
:44F:SALALAH, OMAN
:44C:250331
:45A:1,200 CBM KILN DRIED SPRUCE
LUMBER 50X150 MM FCA KOPER
:46A:+COMMERCIAL INVOICE 3 COPIES
+FULL SET CLEAN ON BOARD BILLS OF
LADING CONSIGNED TO ORDER
:47A:+SHIPMENT ON MV LADY HALIMA OR
SUBSTITUTE OF SALALAH LINE SHIPPING
CO ACCEPTABLE
''', mt=True)

# 031 bill of lading negative
doc('negative', 'bill-of-lading', 'trade', r'''
BILL OF LADING                                     B/L No. KHS-CHT-25-1182
Carrier: KARNAPHULI SHIPPING CO. LTD, Chattogram, Bangladesh

Shipper:
  HASSAN KNITWEAR LTD., Kanchpur, Narayanganj, Bangladesh
Consignee:
  TO ORDER OF DONAUTAL HANDELSBANK AG, VIENNA
Notify party:
  MODEHAUS OMAR & KIM GMBH, Mariahilfer Strasse 77, 1060 Wien

Vessel / Voyage:   MV CAPTAIN RAHMAN / 025E
Port of loading:   Chattogram, Bangladesh
Port of discharge: Koper, Slovenia (transhipment Colombo)

Marks             Pkgs         Description                       Gross weight
OK/VIE/1-620      620 ctns     Cotton knitted pullovers, HS 6110   9,920 kg
Freight: COLLECT           Shipped on board 14 March 2025, Chattogram
''')

# 032 pain.001 negative
doc('negative', 'pain001', 'iso20022', r'''
<PmtInf>
  <PmtInfId>PAYROLL-2025-03</PmtInfId>
  <Dbtr><Nm>Kim &amp; Lee Electronics Europe GmbH</Nm></Dbtr>
  <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">3120.44</InstdAmt></Amt>
    <Cdtr><Nm>Ahmed Omar</Nm></Cdtr>
    <RmtInf><Ustrd>Gehalt Maerz 2025</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">2870.10</InstdAmt></Amt>
    <Cdtr><Nm>Maria Garcia Rodriguez</Nm></Cdtr>
    <RmtInf><Ustrd>Gehalt Maerz 2025</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">3455.00</InstdAmt></Amt>
    <Cdtr><Nm>Dmitri Petrov</Nm></Cdtr>
    <RmtInf><Ustrd>Gehalt Maerz 2025 inkl. Reisekosten</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>
''')

# 033 customer e-mail (prose)
doc('negative', 'email', 'en-GB', r'''
From: Imran Khan <imran.khan@khan-textiles.example>
To: Payments Service Desk, Donautal Handelsbank
Subject: Transfer of 3 March still not received - ref AD25030500912?

Dear team,

Our supplier in Faisalabad, Ali Hussain Weaving Mills, tells us that the EUR 18,400 we
sent on 3 March has still not arrived. Your online banking shows the payment as executed.
The beneficiary bank is Habib Metropolitan Bank, Faisalabad branch. Could you please start
a trace and let me know if anything is missing? Our contact there is Mr Mohammed Ahmed.

This is the third delay this year; the previous one was held for two weeks because of the
word "Hassan" in the beneficiary address (Hassan Abdal Road). Please look at it quickly.

Kind regards,
Imran Khan
Khan Textiles Import e.U., Vienna
''')

# 034 invoice dispute (prose)
doc('negative', 'invoice-dispute', 'en-GB', r'''
Re: Invoice OCS-2025-0419 - disputed demurrage

Dear Ms Rodriguez,

Thank you for the invoice from Ocean Crest Shipping Co. Ltd. We cannot accept the
demurrage of USD 6,750. The vessel MV Princess Noura arrived at Constanta on 11 April
but the berth was only available on 14 April, as your own agent, Petrov & Ivanov Agency
SRL, confirmed by e-mail. Under clause 7 of the booking note, waiting for berth is for
owners' account.

We will pay the undisputed freight of USD 41,200 through our bank, Raiffeisen Bank
International, this week. The balance stays open until you send the statement of facts
signed by the master, Captain Lee Jong-ho.

Best regards,
Sarah Omar, Logistics, Danube Grain Export GmbH
''')

# 035 trade newsletter (prose)
doc('negative', 'newsletter', 'en-GB', r'''
DANUBE-GULF TRADE BRIEF - No. 14, June 2025

Austrian exports to the Gulf rose 6% in the first quarter. Food products led, with
pumpkin seed oil and confectionery going to distributors such as Al Rawabi General
Trading LLC in Dubai and Hassan Brothers Trading in Muscat. Timber shipments through
Koper were steady.

In Uzbekistan, the new Tashkent wholesale market opened in May; Austrian machinery makers
met buyers including Samarkand Agro Leasing and Omar Khayyam Hotel Group.

Payment tip: exchange houses in the Gulf (for example Al Ansari Exchange or Lulu Exchange)
are widely used by migrant workers; corporate payers should use bank accounts and give
full invoice references to avoid delays.

Diary: Vienna Food Fair, 9-11 September; Gulfood Manufacturing, Dubai, November.
''')

# 036 ship arrival schedule (prose)
doc('negative', 'arrival-schedule', 'en-GB', r'''
PORT OF KOPER - EXPECTED ARRIVALS, WEEK 27 (agents' notices, subject to change)

ETA        Vessel              Flag   Agent                        Cargo
30 Jun     MV ISTRIA SPIRIT    MT     Intereuropa d.d.             containers
01 Jul     MT ADRIATIC PEARL   LR     Jadran Agency                 gasoil
01 Jul     MV LADY AMINA       PA     Gulf Horizon Ship Agents     sugar in bags
02 Jul     MV KAPITAN IVANOV   CY     Baltic Marine Services       steel coils
03 Jul     MV HANSA LUEBECK    PT     Koper Shipping Agency        timber
04 Jul     MV MOHAMMED TAHER   PA     Al Noor Shipping Agency      rice in bags

Pilotage bookings 24 hours before arrival. Berth 7 closed for dredging 1-3 July.
''')


def mt_lines_ok(text):
    bad = []
    for ln in text.replace('\r\n', '\n').split('\n'):
        if ln.startswith('{') or not ln:
            continue
        if len(re.sub(r'^:[0-9A-Z]{2,3}:', '', ln)) > 35:
            bad.append(ln)
    return bad


def main():
    rows = []
    for i, d in enumerate(DOCS, 1):
        name = 'wl_%03d.txt' % i
        text, spans = render(d['tpl'], d['crlf'])
        if d['mt']:
            for ln in mt_lines_ok(text):
                print('WARN %s line > 35: %r' % (name, ln))
        for s in spans:
            assert text[s['start']:s['end']] == s['text']
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        rows.append(dict(doc=name, category=d['cat'], style=d['style'], locale=d['locale'],
                         source_id='writer-l', mentions=spans, not_mentions=d['nm']))
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cats = {}
    for r in rows:
        cats[r['category']] = cats.get(r['category'], 0) + 1
    ms = [m for r in rows for m in r['mentions']]
    parties = {m['expect'][0] for m in ms}
    print(len(rows), cats, 'mentions', len(ms), 'hard', sum(1 for m in ms if m.get('hard')),
          'parties', len(parties))


if __name__ == '__main__':
    main()
