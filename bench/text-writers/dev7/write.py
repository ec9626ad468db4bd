#!/usr/bin/env python3
"""writer-j: regenerate wj_001.txt ... wj_036.txt and gold.jsonl in this directory.

Documents are written with inline markers [[surface|pid]] or [[surface|pid|h]]
(h = hard). A surface may contain a line break (a name broken over two lines).
Offsets are computed here on the rendered text (Python str indices, CRLF kept).
Party keys come from the dev pool file (/tmp/pool-dev.jsonl).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-dev.jsonl'
KEYS = {}
for line in open(POOL, encoding='utf-8'):
    r = json.loads(line)
    KEYS[r['pid']] = r['keys']

MARK = re.compile(r'\[\[(.+?)\|([a-zA-Z]+:[^|\]]+)(\|h)?\]\]', re.S)

DOCS = []


def doc(n, category, style, locale, text, crlf=False, not_mentions=(), mt=False):
    DOCS.append(dict(n=n, category=category, style=style, locale=locale, text=text,
                     crlf=crlf, not_mentions=list(not_mentions), mt=mt))


def render(d):
    src = d['text'].lstrip('\n')
    nl = '\r\n' if d['crlf'] else '\n'
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(src):
        lit = src[pos:m.start()].replace('\n', nl)
        out.append(lit)
        length += len(lit)
        surf = m.group(1).replace('\n', nl)
        pid = m.group(2)
        if pid not in KEYS:
            sys.exit('unknown pid %s in doc %d' % (pid, d['n']))
        men = dict(start=length, end=length + len(surf), text=surf, expect=KEYS[pid])
        if m.group(3):
            men['hard'] = True
        mentions.append(men)
        out.append(surf)
        length += len(surf)
        pos = m.end()
    lit = src[pos:].replace('\n', nl)
    out.append(lit)
    text = ''.join(out)
    if '[[' in text or ']]' in text:
        sys.exit('unparsed marker in doc %d' % d['n'])
    if d['mt']:
        for ln in text.split(nl):
            body = re.sub(r'^:[0-9]{2}[A-Z]?:', '', ln)
            if ln.startswith('{') or ln.startswith('-}'):
                continue
            if len(body) > 35:
                sys.exit('doc %d: line longer than 35: %r' % (d['n'], ln))
    return text, mentions


# ---------------------------------------------------------------- payment: MT103
doc(1, 'payment', 'mt103', 'swift', r'''
{1:F01QAZKAEADAXXX2231004417}{2:I103WERTAEADXXXXN}{4:
:20:FT24118DX0042
:23B:CRED
:32A:240427USD48250,00
:50K:/AE070331234567890123456
AL FAJER BUILDING MATERIALS
TRADING L.L.C.
PO BOX 11823 DEIRA DUBAI AE
:52A:QAZKAEAD
:57A:WERTAEAD
:59:/AE44 0460 0000 0821 1935 501
[[LEBRA MOON GENERAL TRA
DING LLC|ofac:26547|h]]
OFFICE 1406 AL MOOSA TOWER 2
SHEIKH ZAYED RD DUBAI AE
:70:/INV/LM-2231 GRANITE SLABS
PO 88/24 PART PAYMENT 2 OF 3
:71A:SHA
:72:/INS/WERTAEAD
/ACC/CREDIT BNF ACCT AT DEIRA BR
-}
''', mt=True)

doc(2, 'payment', 'mt103', 'swift', r'''
{1:F01HJKLSGSGAXXX0311928374}{2:I103UIOPAEADXXXXN}{4:
:20:OPS/0611/77810
:23B:CRED
:32A:240611USD1120000,00
:50K:/SG0040511872
[[BASRAI MURTUZA MUSTAFAMUNIR|ofac:30225]]
21 TANJONG PAGAR ROAD 04-02
SINGAPORE 088444
:52A:HJKLSGSG
:57A:UIOPAEAD
:59:/AE120260001015562281301
[[PETROLIANCE TRADING FZE|ofac:30645]]
PO BOX 261588 JAFZA DUBAI UAE
:70:CARGO PAYMENT BL SHJ/0422 BASE
OIL SN500 PER CONTRACT PT-2024-19
:71A:OUR
:72:/BNF/ATTN ACCOUNTS [[PETROLIANCE|ofac:30645|h]]
/INS/FUNDS FROM [[M BASRAI|ofac:30225|h]] PERSONAL
-}
''', crlf=True, mt=True)

doc(3, 'payment', 'mt103', 'swift', r'''
{1:F01PLMNFRPPAXXX5540112233}{2:I103ZXCVLBBEXXXXN}{4:
:20:2406-SEPA-XB-0187
:23B:CRED
:32A:240618EUR9400,00
:50K:/FR7630004000031234567890143
GARAGE DUBOIS ET FILS SARL
14 RUE DES TANNEURS
69007 LYON FR
:52A:PLMNFRPP
:57A:ZXCVLBBE
:59:/LB62 0999 0000 0001 0019 0122 9114
[[HASSANE AYASH EXCHANGE CO SA
RL|ofac:12545|h]]
RUE HAMRA BEIRUT LIBAN
:70:ON BEHALF OF ELIAS HADDAD FAMILY
SUPPORT JUNE
:71A:SHA
:72:/ACC/PAY CASH TO ELIAS HADDAD
//PASSPORT LR0449912
-}
''', crlf=True, mt=True)

doc(4, 'payment', 'mt103', 'swift', r'''
{1:F01RTYUMXMMAXXX8812003341}{2:I103ASDFAEADXXXXN}{4:
:20:MX240702-5519
:23B:CRED
:32A:240702USD76300,00
:50F:/MX012180000118359719
1/[[ALVAREZ TOSTADO JOSE|ofac:6855]]
2/AV LOPEZ MATEOS SUR 2077
3/MX/ZAPOPAN JALISCO
:52A:RTYUMXMM
:57A:ASDFAEAD
:59:/AE530400000123456789012
[[GURGEN HOUSE F
ZCO|ofac:16274|h]]
DUBAI SILICON OASIS AE
:70:IMPORT ELECTRONICS LOT 7 INV
GH 4471 REF [[TOSTADO|ofac:6855|h]]
:71A:SHA
:72:/BNF/[[GURGEN HOUSE|ofac:16274|h]] TO CREDIT
//SUB ACCT 04
-}
''', mt=True)

doc(5, 'payment', 'mt103', 'swift', r'''
{1:F01MNBVDEFFAXXX0099887766}{2:I103QWERTRISXXXXN}{4:
:20:DE-OUT-240715-882
:23B:CRED
:32A:240715EUR31750,00
:50K:/DE89370400440532013000
SCHMIDT UND PARTNER GMBH
FRIEDRICHSTR 44 10117 BERLIN
:52A:MNBVDEFF
:56A:QWERTRIS
:57D:[[SYRIAN LEBANESE COMMERCIAL BA
NK|ofac:12848|h]] BEIRUT MAIN BRANCH
:59:/LB11 0050 0000 0003 6614 8810 2201
[[CHAMS EXCHANGE COMPANY SAL|ofac:23025]]
RIAD EL SOLH ST BEIRUT
:70:TRANSFER FAMILY SUPPORT
:71A:SHA
:72:/INS/QWERTRIS
/REC/BNF IS [[CHAMS EXCH|ofac:23025|h]] FOR CREDIT
//OF MR KHALIL OMAR
-}
''', mt=True)

# ------------------------------------------------------- payment: pacs.008 / pain.001
doc(6, 'payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><InstrId>SG24071911</InstrId><EndToEndId>E2E-TMT-0719-02</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">612400.00</IntrBkSttlmAmt>
  <ChrgBr>SHAR</ChrgBr>
  <Dbtr>
    <Nm>Harbourline Metals Pte. Ltd.</Nm>
    <PstlAdr><StrtNm>Jurong Port Road</StrtNm><TwnNm>Singapore</TwnNm><Ctry>SG</Ctry></PstlAdr>
  </Dbtr>
  <DbtrAgt><FinInstnId><BICFI>KLOPSGSGXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><Nm>[[KISH INTERNATIONAL BANK|ofac:17157]] - DUBAI REP OFFICE</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[TUKA METAL TRADING DMCC|ofac:29110]]</Nm>
    <PstlAdr><StrtNm>Jumeirah Lakes Towers, Cluster X</StrtNm><TwnNm>Dubai</TwnNm><Ctry>AE</Ctry></PstlAdr>
  </Cdtr>
  <UltmtCdtr><Nm>[[PAMCHEL ASIA CO., LTD|ofac:28338|h]]</Nm></UltmtCdtr>
  <RmtInf><Ustrd>STEEL BILLETS 3SP 150MM CONTRACT TMT/SG/118 - PMT ON BEHALF OF [[PAMCHEL BEIJING|ofac:28338|h]]</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

doc(7, 'payment', 'pain001', 'iso20022', r'''
<PmtInf>
  <PmtInfId>DON-2024-RAM-03</PmtInfId>
  <PmtMtd>TRF</PmtMtd>
  <Dbtr><Nm>Yusuf Rahman</Nm>
    <PstlAdr><AdrLine>27 Cheetham Hill Road</AdrLine><AdrLine>Manchester M8 8EL</AdrLine><Ctry>GB</Ctry></PstlAdr>
  </Dbtr>
  <DbtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></DbtrAcct>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>RAMADAN-ZAKAT-03</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">2500.00</InstdAmt></Amt>
    <CdtrAgt><FinInstnId><Nm>Taiz Commercial Branch</Nm></FinInstnId></CdtrAgt>
    <Cdtr><Nm>[[Al-Rahmah Charity Foundation|ofac:20981|h]]</Nm>
      <PstlAdr><AdrLine>Jamal Street</AdrLine><AdrLine>Taiz</AdrLine><Ctry>YE</Ctry></PstlAdr>
    </Cdtr>
    <UltmtCdtr><Nm>Orphan sponsorship programme</Nm></UltmtCdtr>
    <RmtInf><Ustrd>Zakat 2024 for orphans via [[Rahmah Charitable Org|ofac:20981|h]]</Ustrd></RmtInf>
  </CdtTrfTxInf>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>RAMADAN-ZAKAT-04</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="GBP">750.00</InstdAmt></Amt>
    <Cdtr><Nm>[[Sanabel Relief Agency Ltd|ofac:9603]]</Nm>
      <PstlAdr><AdrLine>PO Box 4411</AdrLine><AdrLine>Birmingham</AdrLine><Ctry>GB</Ctry></PstlAdr>
    </Cdtr>
    <RmtInf><Ustrd>Iftar appeal - [[Sanabel|ofac:9603|h]]</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>
''')

doc(8, 'payment', 'pacs008', 'iso20022', r'''
<FIToFICstmrCdtTrf>
 <GrpHdr><MsgId>HKX-240805-0091</MsgId><CreDtTm>2024-08-05T09:12:44</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
 <CdtTrfTxInf>
  <PmtId><EndToEndId>CCP-FRT-0805</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">385000.00</IntrBkSttlmAmt>
  <Dbtr><Nm>[[CHINA CONCORD PETROLEUM CO., LIMITED|ofac:27467]]</Nm>
   <PstlAdr><AdrLine>RM 1203 12/F WING ON CENTRE</AdrLine><AdrLine>111 CONNAUGHT RD CENTRAL HK</AdrLine></PstlAdr></Dbtr>
  <DbtrAgt><FinInstnId><Nm>MERIDIAN ORIENT BANK LTD</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><Nm>MERIDIAN ORIENT BANK LTD, CENTRAL</Nm></FinInstnId></CdtrAgt>
  <Cdtr><Nm>[[SINO ENERGY SHIPPING (HONG KONG) LTD|ofac:29526]]</Nm>
   <PstlAdr><StrtNm>Gloucester Road</StrtNm><TwnNm>Wan Chai</TwnNm><Ctry>HK</Ctry></PstlAdr></Cdtr>
  <RmtInf><Ustrd>FREIGHT MT [[NYMEX STAR|ofac:25689]] VOY 07/24 BALANCE DEMURRAGE 3.5 DAYS</Ustrd></RmtInf>
 </CdtTrfTxInf>
</FIToFICstmrCdtTrf>
''')

doc(9, 'payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><InstrId>TR-0913-448</InstrId><EndToEndId>BGT-0913-448</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="EUR">204300.00</IntrBkSttlmAmt>
  <UltmtDbtr><Nm>[[Mohammad Hasan Tavallaei|ofac:28660|h]]</Nm></UltmtDbtr>
  <Dbtr><Nm>Anatolia Kimya Dis Ticaret Ltd. Sti.</Nm>
    <PstlAdr><StrtNm>Buyukdere Cad. No 121</StrtNm><TwnNm>Istanbul</TwnNm><Ctry>TR</Ctry></PstlAdr></Dbtr>
  <DbtrAgt><FinInstnId><BICFI>EDCVTRISXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>RFVBAEADXXX</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>[[BENEATHCO GENERAL TRADING DMCC|ofac:28346|h]]</Nm>
    <PstlAdr>
      <AdrLine>C/O [[ALAM ALTHRWA GENERAL TRADING L.L.C|ofac:28607]]</AdrLine>
      <AdrLine>OFFICE 2204 MAZAYA BUSINESS AVENUE BB1</AdrLine>
      <AdrLine>JLT DUBAI UAE</AdrLine>
    </PstlAdr></Cdtr>
  <RmtInf><Ustrd>PAYMENT FOR METHANOL CARGO INV BC-77/24 - [[TOULAI|ofac:28660|h]] INSTRUCTION</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

# ---------------------------------------------------------------- payment: MT202 / COV
doc(10, 'payment', 'mt202cov', 'swift', r'''
{1:F01YHNBCHZZAXXX1122334455}{2:I202UJMKRUMMXXXXN}{3:{119:COV}}{4:
:20:CH24082200193
:21:VZLA-OIL-0822
:32A:240822EUR2750000,00
:52A:YHNBCHZZ
:56A:UJMKRUMM
:58D:[[EVROFINANCE MOSNARBANK|ofac:26503]]
MOSCOW RU
:72:/BNF/COVER FOR UNDERLYING MT103
/INS/VIA CORRESPONDENT MOSCOW
:50K:/CH9300762011623852957
[[BAZZONI ALESSANDRO|ofac:29163]]
VIA MONTE ROSA 4 6900 LUGANO CH
:59:/RU40702810900000004417
[[EVROFINANS MOSNARBANK AO|ofac:26503|h]]
FOR FURTHER CREDIT TRADE ACCT
:70:SETTLEMENT CRUDE CARGO MERE
Y 16 PER CONTRACT 14-BZ
-}
''', mt=True)

doc(11, 'payment', 'mt202', 'swift', r'''
{1:F01TGBNCNBJAXXX6655443322}{2:I202OKMNRUVVXXXXN}{4:
:20:FI2409030041
:21:NOSTRO-TOPUP-0903
:32A:240903USD860000,00
:52D:[[HWARYO BANK|ofac:22986|h]]
PYONGYANG
:56A:OKMNRUVV
:57D:FAR EAST REGIONAL BANK
VLADIVOSTOK
:58D:[[DAESONG CREDIT DEVELOPMENT B
ANK|un:KPe.049|h]]
PYONGYANG DPRK
:72:/REC/ATTN MR [[RI UN SONG|un:KPi.078|h]]
//RE NOSTRO FUNDING FOR
//[[ILSIM INTERNATIONAL BANK|un:KPe.034]]
-}
''', mt=True)

doc(12, 'payment', 'mt202cov', 'swift', r'''
{1:F01ESZXUS33AXXX4567012398}{2:I202LKJHLBBEXXXXN}{3:{119:COV}}{4:
:20:NY-COV-240917-11
:21:IQ-REM-0917
:32A:240917USD149000,00
:52A:ESZXUS33
:57A:LKJHLBBE
:58D:[[JAMMAL TRUST BANK SAL|ofac:27189]]
BEIRUT LEBANON
:72:/BNF/FINAL BNF EXCHANGE HOUSE
/INS/COVER PAYMENT
:50K:/IQ20RAFI0010000032114
[[SWAID AND SONS FOR EXCHANGE CO|ofac:32179]]
AL RASHEED ST BAGHDAD IRAQ
:59:/LB74 0061 0000 0003 8840 1187 3344
[[AL ZAROONI EXCHANGE|ofac:18539]]
C/O [[JAMMAL TRUST|ofac:27189|h]] BEIRUT
:70:SETTLEMENT OF NETTING POSITION
AUGUST BETWEEN [[SWAID|ofac:32179|h]] AND
[[ZAROONI|ofac:18539|h]]
-}
''', mt=True)

# ------------------------------------------------------- payment: remittance / free text
doc(13, 'payment', 'remittance', 'trade', r'''
STATEMENT EXTRACT - ACCT 0047-118832-001 - NORDKAPP BUNKER SUPPLY AS - PERIOD 01.10.2024-07.10.2024
DATE       VALUE      AMOUNT EUR     REMITTANCE INFORMATION
01.10.2024 01.10.2024   -12 480,00   SEPA CT TO ODFJELL HAVN AS / PORT DUES BERGEN SEPT
02.10.2024 02.10.2024   +88 200,00   FREIGHT MV [[CALM BRIDGE|ofac:27529]] VOY 12 BUNKERS DELIVERED NAKHODKA
02.10.2024 02.10.2024      -420,00   BANK CHARGES OCT
03.10.2024 03.10.2024   +41 050,00   ON BEHALF OF [[GUDZON SHIPPING CO LLC|ofac:24451]] INV NB-1180 IFO380
04.10.2024 04.10.2024    -3 310,00   SEPA CT TO HALVORSEN VERKSTED / HULL CLEANING
07.10.2024 07.10.2024   +12 900,00   INV NB-1187 MGO 40MT - [[PRIMORYE MARITIME LOGISTICS|ofac:24450|h]] - REF [[CALM BRIDGE|ofac:27529]]
07.10.2024 07.10.2024    +5 600,00   AGENCY FEE MV [[SOBAR|ofac:27280]] (EX [[RISE DIGNITY|ofac:27280|h]]) IMO 9116412 LAY-UP
''')

doc(14, 'payment', 'instruction-letter', 'trade', r'''
KARDEN MARINE SERVICES LTD
48 Akti Miaouli, 185 38 Piraeus, Greece

To: Relationship Manager, Trade Services
Date: 21 October 2024
Ref: KMS/PAY/2024/311

PAYMENT INSTRUCTION

Please debit our USD account no. 0110-229841-02 with USD 96,450.00 and remit the same
by SWIFT to the following beneficiary:

  Beneficiary:   [[Fides Ship Management LLC|ofac:30548]]
  Address:       Office 7, Frantsuzky Blvd 22, Odesa, Ukraine
  Account:       UA21 3223 1300 0002 6007 2335 6600 1
  Bank:          Pivdenny Commercial Bank, Odesa

Remittance details (please quote in full):
  "CREW WAGES AND CASH TO MASTER MT [[DESPINA ANDRIANNA|ofac:26658]] SEPT-OCT 2024,
   MANAGERS [[FIDES SHIP MGMT|ofac:30548|h]] INV FSM-0944"

Charges: OUR. Value date: same day if received before 14:00 CET.

For and on behalf of Karden Marine Services Ltd

G. Papadakis                    E. Kourti
Finance Director                Chief Accountant
''')

doc(15, 'payment', 'ach-remittance', 'trade', r'''
ACH ORIGINATION REPORT - BATCH 0441 - COMPANY ID 1382204917 - EFF DATE 241104
SEQ  RECEIVER                          AMOUNT      ADDENDA (RMR / FREE TEXT)
001  HOUSTON VALVE AND FITTING INC     18,420.00   RMR*IV*HVF-55231**18420.00\
002  GULFPORT AVIATION PARTS LLC        7,915.50   RMR*IV*8812**7915.50\ ON BEHALF OF [[GOMEI AIR SERVICES|ofac:28110|h]]
003  MARIA GARCIA                       1,200.00   PAYROLL ADV NOV
004  TRI-STATE LOGISTICS CORP          33,100.00   INV 2231 [[CANDID TRADING|ofac:19253|h]] TRANSSHIPMENT JEBEL ALI
005  KHAN IMPORTS OF TEXAS               4,410.00   RMR*IV*KI-0091**4410.00\
006  GULFPORT AVIATION PARTS LLC        2,260.00   RMR*IV*8813**2260.00\ SPARES A320 [[GOMEI AIR SVCS CO LTD|ofac:28110|h]]
''')

# ---------------------------------------------------------------- payment: trade documents
doc(16, 'payment', 'mt700', 'trade', r'''
{1:F01PQOWMYKLAXXX0091827364}{2:I700ZMXNAEADXXXXN}{4:
:27:1/1
:40A:IRREVOCABLE
:20:LC-MY-24-00718
:31C:241112
:40E:UCP LATEST VERSION
:31D:250115MALAYSIA
:50:SELANGOR POLYMER INDUSTRIES
SDN BHD LOT 12 JLN KEMAJUAN
SHAH ALAM MY
:59:/AE081234000099887766554
[[SYNERGY GENERAL TRADING FZE|ofac:15697]]
SAIF ZONE SHARJAH UAE
:32B:USD1840000,00
:39A:05/05
:41D:ANY BANK BY NEGOTIATION
:43P:NOT ALLOWED
:43T:ALLOWED
:44E:BANDAR ABBAS IRAN OR ANY
GULF PORT
:44F:PORT KLANG MALAYSIA
:44C:241230
:45A:2000 MT POLYPROPYLENE HOMOPOL
YMER INJECTION GRADE CFR PORT
KLANG INCOTERMS 2020
:46A:FULL SET CLEAN ON BOARD BILLS
OF LADING MADE OUT TO ORDER
CERTIFICATE OF ORIGIN
:47A:SHIPMENT ON MV [[SEA CLIFF|ofac:15086]] OR
SUBSTITUTE ACCEPTABLE TO APPLICANT
VESSEL MANAGER [[PENTA OCEAN SHIP
MANAGEMENT|ofac:27183|h]] TO CONFIRM ETA
:71D:ALL CHARGES OUTSIDE MALAYSIA
FOR BENEFICIARY ACCOUNT
:49:WITHOUT
-}
''', mt=True)

doc(17, 'payment', 'bill-of-lading', 'trade', r'''
BILL OF LADING (NON-NEGOTIABLE COPY)                      B/L No.: DLJX-2411-0063

Shipper:
  [[DANDONG JINXIANG TRADE CO., LTD.|ofac:23476]]
  No. 18 Binjiang Middle Road, Zhenxing District, Dandong, Liaoning, China

Consignee:
  TO ORDER OF VOSTOK AGRO-IMPORT LLC, VLADIVOSTOK

Notify party:
  [[PRIMORYE MARITIME LOGISTICS CO LTD|ofac:24450]]
  Ul. Strelnikova 9, Vladivostok 690065, Russia

Vessel / Voyage:   [[XIN GUANG HAI|ofac:23776]] (IMO 8518572) / V.2411N
Port of loading:   Dalian, China
Port of discharge: Vladivostok, Russia
Place of delivery: Vladivostok CY

Marks and numbers    No. of pkgs    Description of goods                 Gross weight
JX/VL/01-260          260 bags      Anthracite fines 0-10 mm             1,300,000 kg
                                    (said to contain)

Freight: PREPAID                    Number of original B/L: THREE (3)
Place and date of issue: Dalian, 09 Nov 2024
Signed as agent for the carrier: [[DALIAN SUN MOON STAR INTL LOGISTICS|ofac:24566|h]]
''')

doc(18, 'payment', 'commercial-invoice', 'trade', r'''
                         COMMERCIAL INVOICE

Seller:    [[PACIFIC STEEL F.Z.E.|ofac:29108]]
           Plot S30112, Jebel Ali Free Zone South, Dubai, U.A.E.
Buyer:     Kalahari Construction Supplies (Pty) Ltd
           12 Steel Road, Germiston 1401, South Africa

Invoice No.: PS/INV/2024/0347        Date: 02 Dec 2024
Terms: CFR Durban, payment by TT 30% advance, 70% against copy B/L

Item  Description                               Qty (MT)   Unit USD    Amount USD
1     Hot rolled coil SAE1006 2.0mm x 1250mm      1,250      548.00    685,000.00
2     Hot rolled coil SAE1006 3.0mm x 1500mm        800      541.50    433,200.00
                                                 TOTAL              1,118,200.00

Country of origin: see mill certificate
Shipment: per MV [[ORION STAR|ofac:19578]] or substitute, ETD Jebel Ali 15 Dec 2024

Remit to:
  Beneficiary:  [[Pacific Steel FZE|ofac:29108]]
  Bank:         [[Ayandeh Bank|ofac:25757]] (via correspondent arrangement) - Dubai desk
  Account:      0204-771-19880-1

For [[Pacific Steel|ofac:29108|h]]
Authorised signatory
''')

# ---------------------------------------------------------------- news: analysts' case notes
doc(19, 'news', 'case-note', 'en-GB', r'''
CASE NOTE - TM ALERT 2024-118-4471 (Payments Screening, second-level review)

Summary. On 14 November an inbound MT103 for USD 1,940,000 was held on a name hit. The
ordering customer was shown in 50K as "[[HUSSAM KATERJI|ofac:30202|h]]" with an address in
Damascus and an account at a Lebanese bank; the beneficiary in field 59 was "[[SALLIZAR
SHIPPING SAL|ofac:30206]]", Beirut. Field 70 read "HIRE OF TANKER AND PORT COSTS TARTUS".

Analysis. The payer matches [[Hussam al-Qatirji|ofac:30202]] (also spelt [[Qaterji|ofac:30202|h]] or [[Katarji|ofac:30202|h]] in
press reporting) and the beneficiary is an exact match to a listed shipping company. The
remittance text is consistent with the oil transport business associated with [[Katerji|ofac:30202|h]].
The intermediary bank field carried [[COMMERCIAL BANK OF SYRIA|ofac:12847]], itself listed.

Open points. We asked the remitting bank whether [[Sallizar|ofac:30206|h]] was acting for a third
party; no answer yet. The ordering account has received four earlier credits from a
Damascus trading firm, which screened clean.

Recommendation. Reject and report. Do not release the funds; block under the applicable
programme. Analyst: R. Osei. Reviewer: L. Fitzgerald.
''')

doc(20, 'news', 'case-note', 'en-US', r'''
Alert review - Correspondent banking / Asia desk - Ref CB-24-2209

What we saw: three cover payments (MT202 COV) between 3 and 19 December, total USD 412,750,
from a Dubai exchange house to an account in Kabul. The underlying customer in 50K was
typed as "[[HAJI KHAIRULLAH HAJI SATTAR MONEY EXCH|un:TAe.010|h]]" (the name is cut at the field
limit), and on the third message as "[[HAJI KHAIR ULLAH MONEY SERVICE|un:TAe.010|h]]".

Why it matters: both forms point to the [[Haji Khairullah Haji Sattar Money Exchange|un:TAe.010]],
listed under the UN Taliban regime and by OFAC. [[Haji Khairullah|un:TAe.010|h]] is a hawala
network with branches in Afghanistan and Pakistan.

Other parties: the remitter on all three messages was [[SHAHBAZ KHAN GENERAL TRADING LLC|ofac:10608]],
Deira, Dubai, which is itself designated. A fourth transfer in the same week came from
a private customer in Sharjah, Mr Shahbaz Ahmed; it looks unrelated (salary remittance)
and was released.

Decision: items 1-3 rejected, SAR drafted; relationship with the sending exchange house
escalated to the FI risk committee. Prepared by D. Nguyen, reviewed by M. Alvarez.
''')

# ---------------------------------------------------------------- payment: four more
doc(21, 'payment', 'mt103', 'swift', r'''
{1:F01WSXEAMEAAXXX7771200453}{2:I103RFVBSYDAXXXXN}{4:
:20:AM-24-1208-0019
:23B:CRED
:32A:241208USD58300,00
:50K:/AM04190000002010001
ARARAT TRAVEL BUREAU CJSC
12 ABOVYAN ST YEREVAN AM
:52A:WSXEAMEA
:57A:RFVBSYDA
:59:/SY8300100000004440120
[[CHAM WINGS AIRLINES|ofac:21244]]
MAZZEH HIGHWAY DAMASCUS SY
:70:BSP SETTLEMENT GROUP TICKETS
EVN DAM CHARTER 02-09 DEC
ALSO HANDLING FEE [[DENA AIRWAYS|ofac:24529]]
:71A:SHA
:72:/BNF/[[AJNEHAT AL SHAM|ofac:21244|h]]
/INS/ACCT MGR SALES DEPT
-}
''', mt=True)

doc(22, 'payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><EndToEndId>RU-IMP-241211-7</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="EUR">88150.00</IntrBkSttlmAmt>
  <IntrmyAgt1><FinInstnId><Nm>[[BANK TORGOVY KAPITAL|ofac:25678|h]]</Nm><PstlAdr><TwnNm>Minsk</TwnNm><Ctry>BY</Ctry></PstlAdr></FinInstnId></IntrmyAgt1>
  <Dbtr><Nm>OOO Sibirskaya Mebel</Nm>
    <PstlAdr><StrtNm>ul. Krasny Prospekt 77</StrtNm><TwnNm>Novosibirsk</TwnNm><Ctry>RU</Ctry></PstlAdr></Dbtr>
  <DbtrAgt><FinInstnId><Nm>[[PAO MOSOBLBANK|ofac:19036]], Moscow</Nm></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><Nm>[[Persia International Bank PLC|ofac:25679]] London</Nm></FinInstnId></CdtrAgt>
  <Cdtr><Nm>[[KYRGYZTRANSAVIA AIRLINES|ofac:15981|h]]</Nm>
    <PstlAdr><AdrLine>Manas International Airport</AdrLine><AdrLine>Bishkek KG</AdrLine></PstlAdr></Cdtr>
  <UltmtCdtr><Nm>[[Caspian Air|ofac:17226|h]]</Nm></UltmtCdtr>
  <RmtInf><Ustrd>ACMI LEASE ATR72 NOV 2024 AS AGENT FOR [[CASPIAN AIRLINES|ofac:17226]] TEHRAN INV KTA-311</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

doc(23, 'payment', 'wire-narrative', 'trade', r'''
OUTGOING WIRE - OPERATOR NOTES (free text as keyed by branch 204, Valencia)

Customer: Importaciones Turia S.L., acct 2100-0418-45-0200051332
Amount: EUR 23,600.00   Value: 16/12/2024
Beneficiary: "[[REDIN MONEY EXCHANGE|ofac:27123|h]]" Istanbul, for credit of Mr [[ISMAEL TASH|ofac:27125]]
Purpose as stated by customer: "pago mercancia textil, factura 118, por cuenta de [[TASH|ofac:27125|h]]"
Intermediary: [[KARAFARIN BANK|ofac:13134]] (customer says "their correspondent")
Second instruction same customer, EUR 4,100.00: beneficiary [[UNIQUE STARS MOBILE PHONES LLC|ofac:17040]],
Dubai, "repuestos moviles".
Customer contact: Sr. Jose Luis Ferrer, tel on file. Branch officer: A. Navarro.
''')

doc(24, 'payment', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><InstrId>HK2412190077</InstrId><EndToEndId>HX-CHTR-DEC24</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">212000.00</IntrBkSttlmAmt>
  <ChrgBr>SHAR</ChrgBr>
  <Dbtr><Nm>[[HUAXIN SHIPPING HONGKONG LTD|un:KPe.059]]</Nm>
    <PstlAdr><AdrLine>RM 2105 TOWER 1 ADMIRALTY CENTRE</AdrLine><AdrLine>18 HARCOURT RD HK</AdrLine></PstlAdr></Dbtr>
  <DbtrAgt><FinInstnId><BICFI>EDCRHKHHXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtrAgt><FinInstnId><BICFI>TGBYSGSGXXX</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>[[JUI CHENG SHIPPING CO LTD|ofac:26930]]</Nm>
    <PstlAdr><StrtNm>Robinson Road 80</StrtNm><TwnNm>Singapore</TwnNm><Ctry>SG</Ctry></PstlAdr></Cdtr>
  <RmtInf><Ustrd>CHARTER HIRE MV [[ASIA BRIDGE 1|ofac:23778]] PERIOD 01-31 DEC 2024 ORDERED BY [[華信船務(香港)有限公司|un:KPe.059|h]] PAYEE [[JUI CHENG SHIPPING|ofac:26930|h]]</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

# ---------------------------------------------------------------- negative: messages
doc(25, 'negative', 'mt103', 'swift', r'''
{1:F01QWAEAEAAAXXX1029384756}{2:I103POIUPKKAXXXXN}{4:
:20:SHJ-REM-240503-77
:23B:CRED
:32A:240503AED18500,00
:50K:/AE300350000000123456789
MOHAMMED ALI HASSAN
VILLA 14 AL NAHDA 2 SHARJAH AE
:52A:QWAEAEAA
:57A:POIUPKKA
:59:/PK36SCBL0000001123456702
AL MADINA GENERAL TRADING CO
SHOP 4 HALL ROAD LAHORE PK
:70:PAYMENT FOR HOUSEHOLD GOODS
ON BEHALF OF HASSAN KHAN
:71A:OUR
:72:/BNF/ATTN OMAR AHMED
-}
''', mt=True, not_mentions=['ALI HASSAN'])

doc(26, 'negative', 'mt103', 'swift', r'''
{1:F01LKJUKRSEAXXX5647382910}{2:I103MJUYVNVXXXXXN}{4:
:20:KR24052100388
:23B:CRED
:32A:240521USD27640,00
:50K:/110-442-981231
KIM SUNG HO
DAEBONG SEAFOOD CO
211 JUNGANG-DAERO BUSAN KR
:52A:LKJUKRSE
:57A:MJUYVNVX
:59:/0071001122334
LEE MINH TRADING AND SHIPPING
COMPANY LIMITED HAI PHONG VN
:70:FROZEN SQUID 2 X 40FT REEFER
INV LM-0419 MV HAN RIVER V22
:71A:SHA
:72:/INS/MJUYVNVX
/BNF/CONTACT MR PARK JI HOON
-}
''', crlf=True, mt=True)

doc(27, 'negative', 'pacs008', 'iso20022', r'''
<CdtTrfTxInf>
  <PmtId><EndToEndId>MX-FAM-0608-12</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">3150.00</IntrBkSttlmAmt>
  <Dbtr><Nm>Juan Carlos Garcia Rodriguez</Nm>
    <PstlAdr><StrtNm>W 26th Street 4410</StrtNm><TwnNm>Chicago</TwnNm><Ctry>US</Ctry></PstlAdr></Dbtr>
  <DbtrAgt><FinInstnId><Nm>Lakeview Community Credit Union</Nm></FinInstnId></DbtrAgt>
  <IntrmyAgt1><FinInstnId><Nm>Casa de Cambio Frontera Express</Nm></FinInstnId></IntrmyAgt1>
  <CdtrAgt><FinInstnId><Nm>Caja Popular San Rafael, Morelia</Nm></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Maria Guadalupe Rodriguez de Garcia</Nm>
    <PstlAdr><StrtNm>Calle Hidalgo 18</StrtNm><TwnNm>Morelia</TwnNm><Ctry>MX</Ctry></PstlAdr></Cdtr>
  <RmtInf><Ustrd>Apoyo familiar junio - colegiatura Ana Sofia</Ustrd></RmtInf>
</CdtTrfTxInf>
''')

doc(28, 'negative', 'mt202', 'swift', r'''
{1:F01NHYTAEADAXXX9988001122}{2:I202BGTRGB2LXXXXN}{4:
:20:TRS-240912-0042
:21:FX-SWAP-0912-A
:32A:240912USD25000000,00
:52A:NHYTAEAD
:56A:VFREUS33
:57A:BGTRGB2L
:58D:NATIONAL COMMERCIAL BANK OF
ARABIA LONDON BRANCH
:72:/BNF/FX SWAP NEAR LEG
/REC/TREASURY OPS ATTN MR A KHAN
-}
''', mt=True)

doc(29, 'negative', 'remittance', 'trade', r'''
STATEMENT EXTRACT - ACCT 5521-004471 - MARLOW & HUSSEIN PROVISIONS LTD - 01.08.2024-09.08.2024
DATE       AMOUNT GBP     REMITTANCE INFORMATION
01.08.2024   +6 250,00    FREIGHT MV AL HASSAN VOY 4 SHIP STORES FELIXSTOWE
02.08.2024     -880,00    DD TO THAMES WATER
05.08.2024   +2 940,00    ON BEHALF OF OMAR KHAN CATERING INV 2231
06.08.2024  +11 400,00    FROM GOLDEN SANDS EXCHANGE LLC / MV SHEIKHA MARIAM PROVISIONS
07.08.2024   -1 205,00    SEPA CT TO IVANOV AND PETROV SHIPCHANDLERS OOD VARNA
09.08.2024   +3 780,00    INV 2240 ALI BROTHERS TRADING / CREW PROVISIONS MV KARACHI PRIDE
''')

doc(30, 'negative', 'mt700', 'trade', r'''
{1:F01CVBNEGCXAXXX4400119922}{2:I700ZXASINBBXXXXN}{4:
:27:1/1
:40A:IRREVOCABLE
:20:EG-LC-24-3317
:31C:240930
:40E:UCP LATEST VERSION
:31D:241130EGYPT
:50:NILE DELTA FOODS SAE
KM 28 CAIRO ALEX DESERT RD
GIZA EG
:59:AHMED HUSSAIN RICE MILLS PVT
LTD GT ROAD KARNAL HARYANA IN
:32B:USD1260000,00
:41D:ANY BANK BY NEGOTIATION
:43P:ALLOWED
:43T:NOT ALLOWED
:44E:MUNDRA INDIA
:44F:ALEXANDRIA EGYPT
:44C:241031
:45A:2500 MT INDIAN LONG GRAIN
PARBOILED RICE 5PCT BROKEN CFR
ALEXANDRIA
:46A:FULL SET CLEAN ON BOARD BL
PHYTOSANITARY CERTIFICATE
:47A:SHIPMENT ON MV KARNAL STAR OR
SUBSTITUTE, CLASSED LR OR DNV
AGE NOT OVER 20 YEARS
:49:WITHOUT
-}
''', mt=True)

doc(31, 'negative', 'bill-of-lading', 'trade', r'''
BILL OF LADING                                   B/L No.: MRS-KHI-24-00812

Shipper:
  ORIENT TEXTILE MILLS (PVT) LTD
  Plot 44, Sector 12-B, North Karachi Industrial Area, Karachi, Pakistan

Consignee:
  TO ORDER OF RODRIGUEZ Y GARCIA CONFECCIONES S.L., MADRID

Notify party:
  Transitarios Hassan Ibericos S.A., Muelle Principe Felipe, Valencia, Spain

Vessel / Voyage:   MV SANTA ELENA / 448W
Port of loading:   Karachi (KICT)
Port of discharge: Valencia, Spain

Marks and numbers       Packages        Description                     Gross weight
RG/VLC/1-640            640 cartons     Cotton bed linen, knitted       9,850 kg
                                        (shipper's load and count)

Freight: COLLECT        Number of originals: THREE (3)
Place and date of issue: Karachi, 18 Sep 2024
Signed as agent for the carrier: Indus Seaways Shipping Co.
''')

doc(32, 'negative', 'mt103', 'swift', r'''
{1:F01ZAQWDEFFAXXX7766554433}{2:I103XSWEKZKAXXXXN}{4:
:20:DE24092600871
:23B:CRED
:32A:240926EUR14800,00
:50K:/DE44500105175407324931
IVANOV ANDREJ
KOPERNIKUSSTR 9 28217 BREMEN
:52A:ZAQWDEFF
:57A:XSWEKZKA
:59:/KZ75125KZT2069100100
PETROVA OLGA NIKOLAEVNA
ALMATY KZ
:70:GIFT TO SISTER REF PETROVA
:71A:SHA
-}
''', mt=True)

# ---------------------------------------------------------------- negative: prose
doc(33, 'negative', 'email', 'en-GB', r'''
From: Hussein Abbas <h.abbas.home@example.net>
To: Customer Service <help@examplebank.co.uk>
Subject: Transfer to my brother still not arrived - ref TRF88412

Dear Sir or Madam,

On 3 October I sent GBP 1,800 from my current account to my brother Mohammed Abbas in
Amman (Housing Bank for Trade and Finance, Sweifieh branch). Your app still shows the
payment as "in progress" and my brother has received nothing. I phoned on Monday and the
agent, a Mr Lee, told me the payment was "with the compliance team" and would be released
within 48 hours. That was a week ago.

The money is for his rent at Sea Cliff Residences in Aqaba, where he works for a hotel, and
his landlord is now asking for late fees. Please tell me what else you need. I can send a
copy of his ID and the tenancy contract.

Kind regards,
Hussein Abbas
Account ending 4471
''', not_mentions=['Sea Cliff'])

doc(34, 'negative', 'email', 'en-US', r'''
Subject: RE: Invoice 2231 - short payment / quantity claim

Ms. Park,

Thank you for your note. We have reviewed Invoice 2231 from Kim & Lee Trading Co. dated
July 9. Our receiving dock counted 1,140 cartons against the 1,200 invoiced, and the Ali
Express Freight delivery receipt confirms 60 cartons short. We therefore paid USD 41,040.00
instead of USD 43,200.00 on August 2 through our bank, with the reference "INV 2231 LESS
CLAIM 60 CTNS".

Mr. Omar in our accounts team says your finance office has since sent a reminder for the
full amount. Please withdraw the reminder, or send us the carrier's proof of delivery for
the missing cartons and we will pay the difference within 10 days.

Regards,
David Rodriguez
Accounts Payable, Midwest Home Goods Inc.
''')

doc(35, 'negative', 'newsletter', 'en-GB', r'''
GULF TRADE BRIEFING - Issue 41

Freight. Container rates from Jebel Ali to northern Europe eased for a third week. A Dubai
forwarder, Al Hassan Shipping Co, told us its customers were switching part of their volume
to Salalah. Bulk rates were flat.

Exchange houses. Two UAE exchange houses, both family-owned firms in Deira, have
merged their remittance counters; the combined business, Crescent Global Exchange, says it
will focus on transfers to Kerala and the Philippines.

Events. The regional trade finance forum takes place at the Orion Star Hotel, Dubai Marina,
on 14-15 November. Speakers include Dr. Ahmed Karim of the Emirates trade association and
Sarah Kim, head of supply chain finance at a Korean bank.

People. Faisal Khan has joined a Sharjah general trading company as CFO.
''', not_mentions=['Orion Star'])

doc(36, 'negative', 'arrival-schedule', 'en-GB', r'''
PORT OF FELIXSTOWE - EXPECTED ARRIVALS, WEEK 46 (agent: Harwich Maritime Agency)

ETA          Vessel                 Flag   Last port        Agent / remarks
11 Nov 0600  MAERSK KALMAR          DK     Rotterdam        Berth 8, containers
11 Nov 2230  HELENE RICKMERS        LR     Tangier Med      Berth 6, general cargo
12 Nov 1400  AL FARWANIYA           KW     Jeddah           Berth 9, containers
13 Nov 0330  CAPE ORION             MT     Antwerp          Ro-ro, late arrival
13 Nov 1900  STAR OF KINGSTON       BS     Southampton      Anchorage pending
14 Nov 0800  MSC ISTANBUL           PA     Piraeus          Berth 7
15 Nov 1200  ANNA PETROVA           MT     Gdansk           Timber, berth 3
15 Nov 2100  HAN RIVER              KR     Busan via Suez   Agent: Kim Shipping UK

All times local. Pilots to be ordered 4 hours before ETA.
''')


def main():
    gold = []
    for d in DOCS:
        text, mentions = render(d)
        name = 'wj_%03d.txt' % d['n']
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        row = dict(doc=name, category=d['category'], style=d['style'], locale=d['locale'],
                   source_id='writer-j', mentions=mentions)
        if d['not_mentions']:
            row['not_mentions'] = d['not_mentions']
        gold.append(row)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for row in gold:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    # self-check: spans equal texts
    for row in gold:
        t = open(os.path.join(HERE, row['doc']), encoding='utf-8', newline='').read()
        for m in row['mentions']:
            assert t[m['start']:m['end']] == m['text'], (row['doc'], m)
    print('%d documents written' % len(gold))


if __name__ == '__main__':
    main()
