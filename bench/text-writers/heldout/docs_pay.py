# Payment messages (writer-b). Field lines are at most 35 characters.
PAY = []

def doc(style, text, **kw):
    d = dict(category='payment', style=style, locale='swift', text=text)
    d.update(kw)
    PAY.append(d)

doc('mt103', """
{1:F01HABBPKKAXXXX0412887193}{2:I103SCBLAEADXXXXN}{4:
:20:PK240311-00871
:23B:CRED
:32A:240311USD48250,00
:50K:/PK36HABB0000123456789012
FAISAL WEAVING MILLS PVT LTD
PLOT 44 SITE AREA
KARACHI PAKISTAN
:57A:SCBLAEADXXX
:59:/AE070331234567890123456
[[KHADIJA SHIP MANAGEMENT PVT
LTD|ofac:27186]]
OFFICE 1207 BURJUMAN BUSINESS
TOWER DUBAI UAE
:70:/INV/KSM-2024-118 AGENCY FEES
AND PORT DUES JEBEL ALI
:71A:SHA
-}
""")

doc('mt103', """
:20:LB0412FT99381
:23B:CRED
:32A:240412EUR17640,00
:50K:/DE44500105175407324931
NORDWERK ELEKTRONIK GMBH
GROSSE ELBSTRASSE 145
22767 HAMBURG
:59:/LB62099900000001001925354
[[STARS INTERNATIONAL CO. LTD|ofac:17041]]
CORNICHE EL MAZRAA
BEIRUT LEBANON
:70:INV SI-2291 ENGINE PARTS
ORDERED VIA [[AERO SKYONE CO.
LIMITED|ofac:18929]] SHENZHEN
:71A:OUR
:72:/INS/BYBLBLBX
""", crlf=True)

doc('mt103', """
{1:F01BARCGB22XXXX1187220461}{2:I103MCBLPKKAXXXXN}{4:
:20:GB2405280019
:23B:CRED
:32A:240528GBP3150,00
:50K:/GB29NWBK60161331926819
MR TARIQ MAHMOOD CHAUDHRY
14 HOLLY BANK ROAD
BRADFORD BD7 3NP
:59:/PK24MUCB0001234567001234
UNIVERSITY OF CENTRAL PUNJAB
JOHAR TOWN LAHORE
:70:TUITION FEE SPRING 2024
STUDENT ID UCP-22-BBA-1187
AYESHA TARIQ
:71A:SHA
-}
""")

doc('pacs008', """
<CdtTrfTxInf>
  <PmtId>
    <InstrId>SDGT-240502-01</InstrId>
    <EndToEndId>E2E-20240502-7781</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">96400.00</IntrBkSttlmAmt>
  <UltmtDbtr>
    <Nm>[[PETROPARS LTD.|ofac:11633]]</Nm>
  </UltmtDbtr>
  <Dbtr>
    <Nm>Silver Dune General Trading LLC</Nm>
    <PstlAdr>
      <AdrLine>Office 2204, Al Moosa Tower 1</AdrLine>
      <AdrLine>Sheikh Zayed Road, Dubai, AE</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Adriatica Valve Engineering S.r.l.</Nm>
    <PstlAdr>
      <AdrLine>Via Brennero 12</AdrLine>
      <AdrLine>39100 Bolzano IT</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>Inv AVE-2024-0377 gate valves DN300 for [[Petropars Limited|ofac:11633]] South Pars ph 19</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

doc('pacs008', """
<CdtTrfTxInf>
  <PmtId>
    <EndToEndId>NL-HYP-2024-06-1142</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">1850.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Johanna de Vries</Nm>
    <PstlAdr>
      <AdrLine>Kanaalstraat 88</AdrLine>
      <AdrLine>3531 CJ Utrecht NL</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Stichting Kinderopvang De Regenboog</Nm>
    <PstlAdr>
      <AdrLine>Biltstraat 201</AdrLine>
      <AdrLine>3572 AS Utrecht NL</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>Childcare June 2024 Noor de Vries and Sami de Vries contract KO-5521</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

doc('mt202', """
{1:F01ABNANL2AXXXX3319004822}{2:I202BARCGB22XXXXN}{4:
:20:CV2405170033
:21:NL-77120-EXP
:32A:240517GBP250000,00
:52A:ABNANL2A
:57A:BARCGB22
:58D:[[HAVIN BANK LIMITED|ofac:906]]
20 ST DUNSTANS HILL
LONDON EC3R 8HL
:72:/BNF/COVER FOR MT103 REF
//NL-77120-EXP TOBACCO LEAF
//SETTLEMENT FORMERLY [[HAVANA
//INTERNATIONAL BANK, LTD|ofac:906]]
-}
""")

doc('remittance', """
Walk-in remittance request - Branch 014 (Deira), 06/03/2024 11:42
Customer: Mr Jawed Karimi, Emirates ID 784-1987-xxxxxxx-1, mobile 050 xxx 4471
Amount: AED 9,500 cash
Purpose (customer's words): monthly support for my parents and school fees for my
sister in Kandahar. Money to be collected by my uncle Sayed Karimi at
[[Roshan Money Exchange|un:TAe.011]], Chaman branch ("[[Roshan Sarafi|un:TAe.011]]", near the
bus stand). Customer says his cousin in Quetta uses the same office.
Teller note: customer asked to send to a hawaladar; told we only pay to licensed
correspondents. Referred to compliance before processing. - M. Fernandes
""")

doc('payment-free-text', """
Payment details / remarks (customer instruction, free text field):
Balance freight and demurrage for MT [[BLUEGAS|ofac:18339]] voyage 07/24, discharge Baniyas,
LPG 4,200 MT, as per charter party dated 14 June 2024 between Levant Gas Carriers
SA (owners) and Cedar Coast Trading SARL (charterers). Invoice LGC-0711, less
address commission 2.5%. Please pay to owners' account at Banque Libano-Francaise.
Contact: Capt. Georges Haddad, operations.
""")
