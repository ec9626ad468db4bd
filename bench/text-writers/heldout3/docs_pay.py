# writer-h: payment messages (8)

def add(doc):
    doc('wh_017.txt', 'payment', 'mt103', 'swift', """
{1:F01NBADAEAAXXXX4821093317}{2:I103CITIUS33XXXXN}{4:
:20:TRX230611-00412
:23B:CRED
:32A:230612USD48250,00
:50K:/AE070331234567890123456
GULF HORIZON BUILDING SUPPLIES
LLC PO BOX 11872
DEIRA DUBAI UAE
:52A:NBADAEAA
:57A:EBILAEAD
:59:/AE120260001015333439801
[[SEVEN SEA GOLDEN GENERAL
TRADING LLC|ofac:19732]]
OFFICE 1204 AL MANARA TOWER
BUSINESS BAY DUBAI UAE
:70:/INV/7781-23 MARINE LUBRICANTS
AND FILTERS PER PO 5512
:71A:SHA
:72:/ACC/CREDIT BENEFICIARY IN FULL
//NO CHARGES TO BENEFICIARY
-}
""")

    doc('wh_018.txt', 'payment', 'mt103', 'swift', """
{1:F01HSBCGB2LXXXX0000000000}{2:I103SCBLPKKXXXXXN}{4:
:20:HRV-PK-0090231
:23B:CRED
:32A:230904USD112400,00
:50K:/GB29HBUK40127612345678
HARBOURVIEW GRAIN TRADERS LTD
14 ST MARY AXE
LONDON EC3A 8BF
:59:/PK36SCBL0000001123456702
[[KHADIJA SHIP MANAGEMENT PVT LTD|ofac:27186]]
SUITE 4 CLIFTON BLOCK 5
KARACHI PAKISTAN
:70:CHARTER HIRE 2ND INSTALMENT
MV [[BONITA QUEEN|ofac:27284]] CP DD 12.08.23
:71A:OUR
:72:/INS/SCBLPKKX
//VSL [[BONITA QUEEN|ofac:27284]] IMO 9116412
-}
""", crlf=True)

    doc('wh_019.txt', 'payment', 'mt103', 'swift', """
{1:F01UBLDAEADXXXX0000000000}{2:I103HABBPKKAXXXXN}{4:
:20:REM23071800882
:23B:CRED
:32A:230718AED7500,00
:50K:/AE450330000010198765432
MUHAMMAD TARIQ JAVED
FLAT 306 BLDG 12 AL NAHDA 2
DUBAI UAE
:59:/PK24HABB0012345678901234
NASREEN AKHTAR
HOUSE 22 STREET 9 G-10/2
ISLAMABAD PAKISTAN
:70:FAMILY MAINTENANCE
JULY HOUSEHOLD EXPENSES
:71A:OUR
:72:/ACC/BENEFICIARY IS MOTHER OF
//REMITTER
-}
""")

    doc('wh_020.txt', 'payment', 'pacs008', 'swift', """
<CdtTrfTxInf>
  <PmtId>
    <InstrId>LB-INS-2023-0441</InstrId>
    <EndToEndId>E2E-77410-DAM</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">36980.00</IntrBkSttlmAmt>
  <ChrgBr>SHAR</ChrgBr>
  <Dbtr>
    <Nm>Cedars Agro Industries SAL</Nm>
    <PstlAdr>
      <AdrLine>Rue Gouraud, Gemmayzeh</AdrLine>
      <AdrLine>Beirut, Lebanon</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>[[Golden Star Trading LLC|ofac:29865]]</Nm>
    <PstlAdr>
      <AdrLine>Baghdad Street, Bldg 7</AdrLine>
      <AdrLine>Damascus, Syria</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>INV GST-2023-118 SPARE PARTS FOR BOTTLING LINE - [[GOLDEN STAR TRADING|ofac:29865]]</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

    doc('wh_021.txt', 'payment', 'pacs008', 'swift', """
<CdtTrfTxInf>
  <PmtId>
    <InstrId>PKOPPLPW-230915-117</InstrId>
    <EndToEndId>FV/2023/09/0458</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">12450.60</IntrBkSttlmAmt>
  <ChrgBr>SLEV</ChrgBr>
  <Dbtr>
    <Nm>Kowalski Meble Sp. z o.o.</Nm>
    <PstlAdr>
      <AdrLine>ul. Fabryczna 14</AdrLine>
      <AdrLine>62-800 Kalisz, Poland</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Holzhandel Lindner GmbH</Nm>
    <PstlAdr>
      <AdrLine>Industriestrasse 31</AdrLine>
      <AdrLine>94469 Deggendorf, Germany</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>FV/2023/09/0458 OAK BOARDS 27MM KILN DRIED</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

    doc('wh_022.txt', 'payment', 'mt202', 'swift', """
{1:F01RZBAATWWXXXX1122334455}{2:I202IRVTUS3NXXXXN}{4:
:20:COV2310240078
:21:FX231024-5531
:32A:231024USD250000,00
:52A:RZBAATWW
:53A:RZBAATWW
:57A:IRVTUS3N
:58D:[[MELLAT BANK SB CJSC|ofac:25680]]
6 AMIRYAN STREET
YEREVAN 0010 ARMENIA
:72:/BNF/COVER FX SWAP SETTLEMENT
//[[BANK MELLAT YEREVAN|ofac:25680]]
//CORRESPONDENT ACCOUNT 40030008
-}
""")

    doc('wh_023.txt', 'payment', 'remittance-note', 'swift', """
PAYMENT ADVICE / REMITTANCE NOTE

Ordering customer: Al Wasl Marine Fuels FZE, Fujairah Free Zone, UAE
Beneficiary: Sino-Tajik Commodities LLC, account held with [[Kafolatbank|ofac:17158]], Dushanbe, Tajikistan
Amount: USD 64,300.00   Value date: 03 NOV 2023
Our reference: AWMF/BNK/2311/027

Details of payment: Balance for 420 MT VLSFO bunkers delivered to [[GENAVA 12|ofac:28105]]
at Fujairah anchorage, BDN 88214. Agent: Gulf Anchorage Services. Please quote our
reference on all correspondence.
""")

    doc('wh_024.txt', 'payment', 'payment-free-text', 'swift', """
Payment reference: TUITION SPRING TERM 2024 - STUDENT ID 20231187 - AYESHA RIZVI - BSC NURSING
YEAR 2. Paid by father Syed Imran Rizvi via Meezan Bank, Karachi. Beneficiary: University of
Leicester, Student Fees Office, University Road, Leicester LE1 7RH. Balance of GBP 3,250.00
after scholarship from the Aga Khan Foundation.
""")
