#!/usr/bin/env python3
"""Generator for writer-g's free-text documents (bench/text-writers/dev5).

Each document is written with inline markers [[surface|tag]] or [[surface|tag|h]]
(h = hard mention). The markers are removed when rendering; the spans of the
surfaces become the gold mentions. Offsets are Python str indices into the file
as read with open(p, encoding='utf-8', newline='').read().
Run: python3 write.py   (rewrites wg_*.txt and gold.jsonl in this directory)
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = 'writer-g'

# tag -> keys of the listed party (UN and OFAC keys of one party)
P = {
 'hoeryong': ['ofac:19574'], 'hoeryong_v': ['ofac:19591'], 'haejin': ['ofac:18953'],
 'daizin': ['ofac:28546'], 'rason': ['ofac:20570'], 'kangbong': ['un:KPe.043', 'ofac:20580'],
 'koryo': ['un:KPe.049', 'ofac:20569'],
 'khanani_mlo': ['ofac:18247'], 'javed': ['ofac:19991'], 'zarooni': ['ofac:18539'], 'afaq': ['ofac:25069'],
 'qatirji': ['ofac:24903'], 'hamsho': ['ofac:12846'], 'chamwings': ['ofac:21244'], 'yona': ['ofac:20219'],
 'nitc': ['ofac:15117'], 'artavil': ['ofac:15036'], 'apama': ['ofac:15040'], 'dena': ['ofac:15145'],
 'goldstar': ['ofac:19572'], 'orion': ['ofac:19578'],
 'petroroyal': ['ofac:16136'], 'proton': ['ofac:15122'], 'pars': ['ofac:15954'], 'karafarin': ['ofac:13134'],
 'kish': ['ofac:17157'],
 'wagner': ['ofac:22543'], 'ira': ['ofac:23943'], 'sobin': ['ofac:16812'], 'sgm': ['ofac:20030'],
 'kerch': ['ofac:18027'], 'rosob': ['ofac:18782'],
 'atlas': ['ofac:26536'], 'ansarx': ['ofac:26530'], 'redin': ['ofac:27123'], 'saksouk': ['ofac:25059'],
 'ktj': ['un:QDe.168'], 'kib': ['un:QDe.158'], 'umarov': ['un:QDi.290'], 'selselat': ['un:QDe.154', 'ofac:21125'],
 'kawthar': ['un:QDe.157', 'ofac:22464'], 'omgy': ['ofac:20820'],
 'golfo': ['ofac:15871'], 'cjng': ['ofac:17671'], 'jafiela': ['ofac:25760'], 'codecafe': ['ofac:10002'],
 'ivan': ['ofac:13148'],
 'yakubets': ['ofac:26666'], 'gurgen': ['ofac:16274'], 'leps': ['ofac:16273'], 'mosobl': ['ofac:19036'],
 'milenyum': ['ofac:18328'], 'lattakia': ['ofac:18208'], 'chongchon': ['ofac:17067'], 'taedong': ['ofac:17105'],
 'ryonggun': ['ofac:17104'], 'samilpo': ['ofac:19579'],
 'sai': ['ofac:24428'], 'saab': ['ofac:22750'], 'ceiec': ['ofac:30502'], 'cabello': ['ofac:24424'],
 'shabaab': ['un:SOe.001', 'ofac:10761'], 'karate': ['un:SOi.020', 'ofac:18007'], 'adf': ['ofac:16696'],
 'baluku': ['un:CDi.036'], 'mukulu': ['un:CDi.015', 'ofac:12915'], 'm23': ['ofac:15585'], 'darassa': ['un:CFi.015'],
 'glbc': ['ofac:10118'], 'machanga': ['un:CDe.007', 'ofac:10145'], 'azza': ['ofac:10369'], 'hilal': ['ofac:9608'],
 'dagalo': ['un:SDi.008'], 'jokriak': ['un:SSi.001', 'ofac:18225'], 'gadet': ['un:SSi.006', 'ofac:16912'],
 'yakutumba': ['un:CDi.043'],
 'dodik': ['ofac:21465'], 'bio': ['ofac:7658'], 'aksh': ['ofac:7649'], 'furqan': ['un:QDe.107', 'ofac:8225'],
 'taibah': ['un:QDe.108'],
 'yahya': ['un:TAi.169', 'ofac:16518'], 'nasir': ['ofac:12129'], 'khairullah': ['un:TAe.010', 'ofac:15006'],
 'houthis': ['un:YEe.001'], 'abdulmalik': ['un:YEi.004'], 'haramain_aqsa': ['un:QDe.109'],
 'iswap': ['un:QDe.162', 'ofac:23845'],
 'chams': ['ofac:23025'], 'aqap': ['un:QDe.129'], 'taliban': ['ofac:6636'], 'inres': ['ofac:19037'], 'khalidi': ['ofac:24760'],
}

DOCS = []


def doc(name, category, style, locale, text, crlf=False, not_mentions=()):
    DOCS.append(dict(name=name, category=category, style=style, locale=locale, text=text,
                     crlf=crlf, not_mentions=list(not_mentions)))


# ---------------------------------------------------------------- news (16)

doc('wg_001.txt', 'news', 'press-release', 'en-US', """\
U.S. DEPARTMENT OF THE TREASURY
Press Release

Treasury Sanctions Ship Managers and a Bank in Rason Supporting Illicit North Korean Coal Exports

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two Pyongyang-based ship management firms, a trading corporation and a bank operating in the Rason Special Economic Zone for their roles in moving North Korean coal and iron ore to buyers in the region in violation of UN Security Council resolutions.

"North Korea continues to rely on a small circle of shipowners and financiers to disguise the origin of its cargoes," said a senior Treasury official. "Today's action exposes that circle and warns port agents, charterers and insurers that doing business with it carries real risk."

According to information available to Treasury, [[HOERYONG SHIPPING CO LTD|hoeryong]] is the registered owner and manager of the general cargo vessel [[HOE RYONG|hoeryong_v]] (IMO 9041552), which made at least four port calls in 2019 while its transponder was switched off. Commercial management of a sister ship was handed in 2020 to [[Haejin Ship Management Company Limited|haejin]], which shares an office address and a telephone number with [[Hoeryong Shipping|hoeryong|h]].

Proceeds from the coal sales were remitted through accounts held by [[Korea Daizin Trading Corp.|daizin]], formerly known as [[Korea Taejin Trading Corporation|daizin]], and cleared through correspondent relationships maintained by [[Rason International Commercial Bank|rason]]. [[Daizin|daizin|h]] also procured spare parts for the fleet through a broker in Dalian. The bank, in turn, handled letters of credit for [[KANGBONG TRADING CORPORATION|kangbong]], an entity already listed by the UN Security Council Committee established pursuant to resolution 1718.

The following persons are designated today pursuant to E.O. 13722:

  - [[HOERYONG SHIPPING CO LTD|hoeryong]], Pyongyang, DPRK;
  - [[HAEJIN SHIP MANAGEMENT COMPANY LIMITED|haejin]], Pyongyang, DPRK;
  - [[KOREA DAIZIN TRADING CORP.|daizin]] (a.k.a. [[TAEJIN TRADING COMPANY|daizin]]), Pyongyang, DPRK;
  - [[RASON INTERNATIONAL COMMERCIAL BANK|rason]], Rason, DPRK.

OFAC is also identifying the vessel [[HOE RYONG|hoeryong_v]] as property in which [[Hoeryong|hoeryong|h]] has an interest.

As a result of today's action, all property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. Foreign financial institutions that knowingly facilitate significant transactions for these persons may themselves be exposed to sanctions.

For identifying information on the individuals and entities designated today, see the accompanying annex.
""")

doc('wg_002.txt', 'news', 'court-report', 'en-US', """\
UNITED STATES DISTRICT COURT, SOUTHERN DISTRICT OF FLORIDA
Summary of Superseding Indictment - United States v. Farrukh Qadir et al.

A federal grand jury in Miami has returned a superseding indictment charging four men with conspiracy to launder monetary instruments, operating an unlicensed money transmitting business and conspiracy to violate the International Emergency Economic Powers Act.

According to the indictment, between 2016 and 2021 the defendants collected bulk cash from narcotics distributors in Florida, Georgia and Ontario and arranged for equivalent value to be paid out abroad by the [[Altaf Khanani Money Laundering Organization|khanani_mlo]] (the "[[Khanani MLO|khanani_mlo|h]]"), a network designated by the Treasury Department in 2015 as a transnational criminal organization. Prosecutors allege that defendant Farrukh Qadir, 46, of Coral Springs, kept ledgers in which deliveries were recorded under code words such as "books" and "tickets" and that he took his instructions from [[Muhammad Javed Khanani|javed]], who is not a defendant in this case. Text messages quoted in the indictment show Qadir asking "[[Javed|javed|h]] bhai" to confirm each release of funds.

The indictment further alleges that settlement between the cash side and the payout side ran through trade invoices and through two Dubai money-service businesses: [[M/S. Al Zarooni Exchange|zarooni]] and [[Afaq Dubai Company|afaq]]. A cooperating witness identified as CW-1 told agents that [[Al Zarooni|zarooni|h]] "never asked who the money belonged to." Records obtained through a mutual legal assistance request show [[Afaq Dubai|afaq]] wiring funds to a textile importer in Karachi that the government says was controlled by relatives of [[Khanani|javed|h]].

Co-defendants Imran Siddiqui, 39, and Daniel Ortega Rivas, 52, are charged with structuring deposits below the $10,000 reporting threshold at branches of three national banks. A fourth defendant, Waleed Haddad, remains at large and is believed to be in Sharjah.

If convicted, each defendant faces up to 20 years in prison on the laundering count. Magistrate Judge Elena Morales set arraignment for the week of March 11. An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.
""")

doc('wg_003.txt', 'news', 'internal-memo', 'en-GB', """\
STRICTLY PRIVATE AND CONFIDENTIAL - LEGALLY PRIVILEGED
Financial Crime Investigations Unit - Case Memo FCIU/2024/0173

To: Head of Sanctions Compliance, Head of Trade Finance Operations
From: R. Okonkwo, Senior Investigator
Subject: Corporate client Levant Agro Supplies SARL - potential exposure to Syrian designated persons

1. Background
On 14 February the transaction monitoring team escalated three outgoing payments from Levant Agro Supplies SARL (customer ID 77310452) to a wheat trader in Mersin. The payment narratives referred to "freight and storage, [[Qatirji|qatirji|h]] consignment". Name screening did not generate an alert because the narrative used a short form.

2. Findings
2.1 Open-source research and our correspondent's RFI response indicate that the goods were handled on the Syrian side by [[Al-Qatirji Company|qatirji]], designated by OFAC in 2018 for brokering fuel and wheat trades between the Syrian government and armed groups in the north-east. The company also trades as [[Khatirji Group|qatirji]]. We consider the reference to "[[Qatirji|qatirji|h]] consignment" in our payment narratives to relate to this entity.
2.2 One of the Mersin trader's directors previously sat on the board of a joint venture with [[Hamsho International Group|hamsho]]. Companies House-style filings in Beirut list the same director as an authorised signatory for a [[HAMSHO GROUP|hamsho]] affiliate until 2021.
2.3 The client's director, Mr Karim Haddad, travelled to Damascus on [[Cham Wings|chamwings]] flights on at least three occasions in 2023; tickets were paid from the client's account. [[Cham Wings Airlines|chamwings]] is designated under the Syria programme. Ticket purchases alone are not necessarily prohibited for a non-US bank, but together with the points above they raise the risk profile.
2.4 We found no direct link to [[Yona Star International|yona]], which had been suggested by the correspondent bank, beyond a shared freight forwarder in Tartus. The forwarder, Al Bahr Logistics, is not listed.

3. Recommendation
Exit the relationship within 60 days, file a suspicious activity report citing the [[Qatirji|qatirji|h]] link, and add "[[Katerji|qatirji|h]]", "[[Qaterji|qatirji|h]]" and "[[Khatirji|qatirji|h]]" to the narrative-screening fuzzy terms list. Refer the [[Hamsho|hamsho|h]] directorship to the UK Relationship Manager for KYC refresh.

R. Okonkwo
""")

doc('wg_004.txt', 'news', 'maritime-report', 'en-GB', """\
Maritime Intelligence Weekly - Tanker Risk Desk
Issue 212: Dark transfers off Sohar and the return of old hulls

Summary: Our analysts tracked five ship-to-ship (STS) transfers in the Gulf of Oman over the past fortnight involving tankers with gaps in their AIS history. Two of the hulls are old acquaintances.

1. [[ARTAVIL|artavil]] / [[ABADAN|artavil]]
The VLCC [[ARTAVIL|artavil]] (IMO 9079080), which has sailed as [[ABADAN|artavil]] and as [[SHONA|artavil]] in earlier lives, reappeared on AIS on 3 May about 40 nm east of Sohar after 19 days of silence. Satellite imagery shows a second, unidentified tanker alongside on 1 May. The ship remains on the SDN list and is managed, on paper, by a company registered in the Marshall Islands whose sole director is a Dubai accountant. Beneficial ownership in our view still sits with the [[National Iranian Tanker Company|nitc]] ([[NITC|nitc|h]]), which has repeatedly re-flagged its fleet since 2012.

2. [[APAMA|apama]], ex-[[ASTARA|apama]]
M/T [[APAMA|apama]] (IMO 9357406), ex-[[ASTARA|apama]], loitered off Khor Fakkan for six days and then moved to a transfer area used in 2021 by tankers linked to [[Dena Tankers FZE|dena]]. Crew lists for the port call were filed by an agent in Fujairah. We assess that the cargo was Iranian condensate sold through a blending terminal; the declared origin was Iraq.

3. North Korea-linked activity
Separately, in the East China Sea, the tanker [[GOLD STAR 3|goldstar]] was again observed in a side-by-side position with a smaller product tanker that broadcast the name [[ORION STAR|orion]] but whose hull markings, in imagery obtained by our partners, were partly painted over. Both vessels are designated by OFAC. [[Gold Star 3|goldstar]]'s last port call was Nampo.

Renamed vessels and recycled IMO numbers remain the most common way these fleets slip through screening. Insurers and port agents should screen all former names, not only the current one, and should query any AIS gap longer than 72 hours.

Analyst notes: the owner of the Fujairah agency, Mr Sanjay Menon, told us he "never checks the SDN list for ships, only for people." The club that insured the second ship in 2022, a Norwegian mutual, confirmed that cover was withdrawn.
""")

doc('wg_005.txt', 'news', 'trade-finance-bulletin', 'en-GB', """\
TRADE FINANCE COMPLIANCE BULLETIN No. 41 - Petrochemicals and documentary credits

Purpose
This bulletin reminds documentary credit and collections teams of recurring red flags in petrochemical trades with a Middle East nexus. It follows two near-misses in the last quarter in which presentations under letters of credit contained references to designated parties in the bill of lading or the certificate of origin rather than in the applicant or beneficiary fields.

Case A - methanol shipped from Jebel Ali
A beneficiary in Singapore presented documents under an LC for 18,000 tonnes of methanol. The packing list named the shipper as [[Petro Royal FZE|petroroyal]], an entity designated by OFAC for its role in selling Iranian petrochemicals. The beneficiary's own name raised no concern, but the shipper field did. The presentation was refused and the matter referred to Sanctions Advisory.

Case B - polyethylene with a "Pars" origin
A second presentation included a certificate of origin stamped by "Asalouyeh Petrochemical Co." [[Asalouyeh Petrochemical Company|pars]] is a listed alias of [[Pars Petrochemical Company|pars]]; the document checker had treated "Asalouyeh" as a place name only. The charter party named [[Proton Petrochemicals Shipping Limited|proton]] as disponent owner; [[Proton Shipping Co|proton]] is also listed.

Case C - reimbursement claims
In a third file, a reimbursement authorisation came from a Tehran institution through a correspondent in Istanbul. The claiming bank was [[Karafarin Bank|karafarin]] ([[Bank-e Karafarin|karafarin]]) and an earlier SWIFT message in the same chain referred to [[Kish International Bank|kish]]. Neither bank may be dealt with under our group policy.

Controls to apply
- Screen every party and every place-of-origin field, including stamps and seals, not only the applicant and beneficiary.
- Treat "FZE", "FZCO" and "DMCC" entities with petrochemical goods and no operating history as higher risk.
- Do not accept certificates of origin for Iraqi or Omani goods loaded at terminals that do not handle the stated product.

Queries to trade.sanctions@bank.example or to Priya Raman, Head of Trade Compliance.
""")

doc('wg_006.txt', 'news', 'client-alert', 'en-US', """\
CLIENT ALERT | Sanctions & Export Controls Practice

Russia-Related Designations: What Counterparties in Crimea, Defense Exporters and Online Influence Operators Need to Know

Our team has received a number of questions from shipping, commodities and technology clients about older Russia-related designations that continue to surface in diligence on new counterparties. This alert summarizes several entities that appear most often in our matters and the practical points for clients.

Private military companies. [[Private Military Company 'Wagner'|wagner]], also listed as [[PMC Wagner|wagner]] and [[ChVK Vagner|wagner]], remains on the SDN list. We regularly see logistics and mining contracts in Africa in which [[Wagner|wagner|h]]-affiliated entities appear only as "security subcontractors." Clients should treat such references as requiring escalation.

Influence operations. [[Internet Research Agency LLC|ira]] (the "[[IRA|ira|h]]") and several of its listed aliases, including [[Glavset LLC|ira]] and [[Mediasintez LLC|ira]], are designated. Advertising-technology clients should screen payors of political or issue advertising against all aliases, not only the primary name, because the [[IRA|ira|h]] has historically used new company names for payment.

Crimea infrastructure. Port services contracts continue to reach us that name the [[Kerch Commercial Seaport|kerch]] or the bridge contractor [[SGM-Most LLC|sgm]] ([[SGM Most OOO|sgm]]). Both are designated under the Ukraine-related program, and agency or bunkering services to vessels calling at the [[Port of Kerch|kerch]] may raise issues under the Crimea region embargo in addition to the SDN listing.

Defense exports and finance. Payments involving [[Rosoboronexport|rosob]] or its former banker [[JSB Sobinbank|sobin]] should be blocked or rejected as appropriate. We note that [[Sobinbank|sobin]] is sometimes written as "[[Sobin Bank|sobin]]" in trade documents.

Practical points
1. Screen historic names, transliterations and legal-form variants (OOO, LLC, AO, JSC).
2. Document your analysis when a counterparty merely shares a word with a listed name - for example, the many unrelated companies called "Wagner" in Germany and the United States.
3. Consider the 50 percent rule for entities owned by designated persons even when the entity itself is not listed.

This alert is for general information only and does not constitute legal advice. Contact Margaret Hollis or Daniel Brenner for further information.
""")

doc('wg_007.txt', 'news', 'enforcement-notice', 'en-GB', """\
FINANCIAL CONDUCT REGULATOR - FINAL NOTICE

To: Meridian Remit Services Ltd (firm reference 812044)
Date: 9 October 2024

1. ACTION
For the reasons given in this notice, the Authority imposes a financial penalty of GBP 1,240,000 on Meridian Remit Services Ltd ("Meridian") for breaches of the Money Laundering Regulations and of its obligations to maintain adequate systems to screen against financial sanctions.

2. SUMMARY OF REASONS
2.1 Between January 2021 and June 2023 Meridian processed 311 payments with a total value of GBP 2.9 million for customers who instructed transfers to or through exchange houses that are designated by the United States and, in several cases, whose owners were connected to designated persons in the United Kingdom.
2.2 The counterparties included [[Atlas Exchange|atlas]] (also known as [[Atlas Currency Exchange|atlas]]), [[Sarafi Ansar|ansarx]], [[Redin Exchange|redin]] and an exchange trading under the name "[[Saksouk Exchange Company|saksouk]]". Meridian's screening tool was configured to match full legal names only; it did not match the name "[[Redin Money Exchange|redin]]" as written by customers, nor the Turkish legal form "[[Redin Dis Ticaret Ltd. Sti|redin]]".
2.3 Meridian's MLRO, Mr Tahir Aslam, was told by a junior analyst in March 2022 that payments were being routed through "[[Ansar Exchange|ansarx]] in Tehran" but did not escalate the matter to senior management.
2.4 When a correspondent bank rejected a payment in August 2022 and cited [[Saksouk|saksouk|h]], Meridian amended the beneficiary name and resubmitted the payment through another correspondent.

3. THE AUTHORITY'S FINDINGS
The Authority considers that Meridian failed to take reasonable care to organise and control its affairs responsibly and effectively. In particular, Meridian failed to screen against aliases, failed to investigate alerts generated by its correspondents, and permitted customer-facing staff to edit payment fields after a rejection.

4. PENALTY
The Authority has applied a 30% discount for settlement. Without the discount the penalty would have been GBP 1,771,400.

This notice is published under the Authority's enforcement transparency policy. Questions may be addressed to the Enforcement and Market Oversight Division.
""")

doc('wg_008.txt', 'news', 'think-tank-paper', 'en-GB', """\
Occasional Paper 17: Hawala, Gold Markets and the Financing of Central Asian Jihadist Groups in Idlib

Executive summary
This paper examines how Central Asian fighter groups in north-west Syria have financed themselves since 2015 and how money reaches them from Russia, Turkey and Central Asia. We focus on [[Khatiba al-Tawhid wal-Jihad|ktj]] ([[KTJ|ktj|h]]), whose name appears in Russian-language court records as «[[Катиба ат-Таухид валь-Джихад|ktj]]», and on [[Khatiba Imam al-Bukhari|kib]] ([[KIB|kib|h]]). Both are listed by the UN Security Council's 1267 sanctions committee.

1. Migrant remittances as a cover
Interviews with Uzbek and Kyrgyz labour migrants in Moscow and Yekaterinburg describe collectors who present themselves as relatives of fighters. Small amounts, typically USD 100 to 500, are handed over in cash and reach Idlib through hawala agents in Istanbul and Mersin. [[KTJ|ktj|h]] recruiters have also referred donors to online wallets.

2. Exchange houses
Money reaching Idlib is commonly settled through exchange houses operating on both sides of the border. The UN and the United States have designated [[Selselat al-Thahab|selselat]] (Arabic: [[سلسلة الذهب للصرافة|selselat]]), also written "[[Silsilat Money Exchange Company|selselat]]", and the [[Al-Kawthar Money Exchange|kawthar]] for moving funds for jihadist groups in Syria and Iraq. In Yemen, the US designated the [[Al-Omgy and Brothers Money Exchange|omgy]] for transfers linked to [[AQAP|aqap|h]]; we mention it because the same settlement pattern - gold purchases in the Gulf offset against cash payouts - appears in the Idlib cases.

3. Legacy networks from the North Caucasus
Several older Chechen and Dagestani networks that once raised money for the North Caucasus insurgency under [[Doku Umarov|umarov]] ([[Умаров Доку Хаматович|umarov]]) still overlap with current fundraising. Although [[Umarov|umarov|h]] was reported killed in 2013, the donor lists he built remain in use.

4. Policy recommendations
- Exchange houses in southern Turkey should be required to record the final recipient in Syria.
- Gold dealers should be brought fully within the AML framework.
- Donor-side platforms should screen for fighter-group names in Russian, Uzbek and Arabic scripts, not only in Latin transliteration.

About the authors: Dr Leyla Karimova is a senior fellow; Tom Whitfield is a research analyst.
""")

doc('wg_009.txt', 'news', 'customs-report', 'en-US', """\
U.S. CUSTOMS AND BORDER PROTECTION - PORT OF MIAMI
Seizure Summary, FY2024 Q2 (Law Enforcement Sensitive - Redacted for Public Release)

During the quarter, CBP officers at the Port of Miami and at Miami International Airport made 46 narcotics seizures and 11 currency seizures. This summary highlights three cases with a sanctions component, referred to Homeland Security Investigations (HSI) and to the Treasury Department.

Case 1 - Green coffee from Buenaventura
On February 7, officers inspected a 40-foot container of green coffee declared by an importer in Doral. A canine alert led to the discovery of 212 kilograms of cocaine hidden in false-bottom sacks. The commercial invoice named the exporter as "[[Comercializadora de Cafe del Occidente Codecafe Ltda.|codecafe]]", a Colombian firm placed on the Specially Designated Narcotics Traffickers list in the 1990s. HSI is investigating whether the name was used by a new company or simply copied onto forged paperwork. Investigators believe the cargo belonged to the [[Clan del Golfo|golfo]], also called the [[Gulf Clan|golfo]] or "[[Los Urabeños|golfo]]".

Case 2 - Apparel shipments from Guadalajara
Between January and March, officers detained nine air-cargo shipments of clothing consigned by [[Jafiela Boutique, S.A. de C.V.|jafiela]], which also trades as "[[Lush Style|jafiela]]". The company is designated for its ties to the [[Cartel de Jalisco Nueva Generacion|cjng]] ([[CJNG|cjng|h]]). The goods were seized under the blocking order; the consignee, a Hialeah boutique owned by Ana Lucia Cardenas, told officers she had ordered the stock online and was unaware of the designation.

Case 3 - Currency at MIA
A traveler arriving from Culiacán failed to declare $186,400 in cash. Messages on his phone referred to a person called "[[Archivaldo|ivan|h]]" and to "los Chapitos". HSI assesses that the funds were destined for associates of [[Ivan Archivaldo Guzman Salazar|ivan]], a designated narcotics trafficker.

All cases remain under investigation. Persons named in this summary other than designated entities have not been charged with any offense.
""")

doc('wg_010.txt', 'news', 'crypto-compliance-blog', 'en-US', """\
From the Compliance Desk: What Our Screening Caught in 2023

By Hannah Lindqvist, Chief Compliance Officer

Every January we publish a short, anonymized look at the sanctions alerts our exchange handled the previous year. The numbers are small compared with our total volume, but the patterns are useful to other virtual asset service providers.

1. Ransomware-linked deposits
In March our blockchain analytics provider flagged deposits of bitcoin that had passed through a mixing service after leaving wallets attributed to affiliates of [[Artem Viktorovich Yakubets|yakubets]]. [[Yakubets|yakubets|h]] is designated for his alleged role in malware operations against banks. We froze the funds, filed a report, and closed the account, which had been opened with a synthetic identity.

2. Over-the-counter desk requests
Our OTC desk received an onboarding application from a Dubai company whose shareholder register showed a minority stake held by [[Gurgen House FZCO|gurgen]]. Our analysts found that the same group has traded as [[Gurgen House LLC|gurgen]] and [[Gourgen House Ltd|gurgen]] in other jurisdictions. The applicant said the stake had been sold in 2021 but could not produce a share transfer. We declined the application.

3. Celebrity names
We had 2,300 alerts on users named Grigory or Grigoriy. Only one was relevant: an account registered to a music promoter whose source-of-funds documents described concert fees paid by a company controlled by the singer [[Grigory Leps|leps|h]], who is designated under the transnational crime program under his full name [[Grigory Victorovich Lepsveridze|leps]]. We restricted the account pending review.

4. Fiat on-ramps
Two withdrawals to a Russian bank were stopped because the beneficiary bank was [[PAO Mosoblbank|mosobl]] ([[AKB Mosoblbank OAO|mosobl]]), which is blocked. The customer re-submitted the withdrawal naming "[[Moscow Oblast Bank|mosobl|h]]"; our rules caught that too.

What we learned
Screening names is necessary but not sufficient. Wallet attribution, shareholder data and the text of payment references matter as much as the legal name of the counterparty. We will continue to publish these summaries.
""")

doc('wg_011.txt', 'news', 'insurance-circular', 'en-GB', """\
MUTUAL PROTECTION & INDEMNITY ASSOCIATION
Circular 14/2024 - To all Members and their brokers

Sanctions: Syria and North Korea - vessels, managers and ports

Dear Sirs,

The Managers remind Members that cover is not available for any voyage, cargo or service that exposes the Association to sanctions risk, and that the Rules permit the Association to cancel cover where a Member's ship is employed in a trade that is prohibited under the sanctions laws applicable to the Association or its reinsurers.

Syria
Members should be aware that [[Lattakia Port General Company|lattakia]] (also written [[Latakia Port General Company|lattakia]]) and the Turkish-registered [[Milenyum Energy S.A.|milenyum]], which operated under the trade name [[Milenyum Shipping|milenyum]], are designated by the United States. [[Milenyum|milenyum|h]] has been identified as having arranged deliveries of fuel to Syrian ports. Calls at Syrian ports for the discharge of humanitarian cargoes may be permissible, but Members must contact the Managers in advance.

North Korea
The Managers have received enquiries about second-hand tonnage previously owned by [[Chongchongang Shipping Company Limited|chongchon]] ([[Chong Chon Gang Shipping Co. Ltd|chongchon]]) and by the [[Korea Samilpo Shipping Co|samilpo]]. Members should note that several ships formerly in these fleets remain designated under their old names, including [[TAE DONG GANG|taedong]] and [[RYONG GUN BONG|ryonggun]]. A change of name, flag or manager does not remove a vessel from the SDN list.

Where a ship has been sold, Members should obtain the full ownership history and the IMO number, and should check the ship's former names against the SDN list and the 1718 Committee's list. The Managers also recommend that Members review AIS records for the last twelve months for gaps in transmission.

Members with questions should contact their usual underwriter or the Association's sanctions team.

Yours faithfully,
THE MANAGERS
""")

doc('wg_012.txt', 'news', 'auditor-letter', 'en-US', """\
Harlan & Voss LLP
Certified Public Accountants
1200 Brickell Avenue, Suite 1800, Miami, FL 33131

April 22, 2024

The Audit Committee
Caribe Holdings Group, Inc.

Re: Matters identified during our audit of the consolidated financial statements for the year ended December 31, 2023

Dear Members of the Audit Committee:

In planning and performing our audit, we identified certain matters that we believe require your attention. This letter is not an opinion on internal control.

1. Consulting fees paid to a designated entity
During our testing of professional fees, we noted three payments totaling $412,000 to [[SAI Advisors Inc.|sai]], a Florida corporation. [[SAI Advisors|sai|h]] is included on the Specially Designated Nationals list administered by OFAC. Management informed us that the payments were made by the Venezuelan subsidiary and that the counterparty was
selected by a former regional director. We recommend immediate legal review and voluntary self-disclosure.

2. Contract with a state technology supplier
The Venezuelan subsidiary entered into a maintenance contract for identity-card equipment with
a local distributor of [[China National Electronics Import and Export Corporation|ceiec]]
([[CEIEC|ceiec]]). Because [[CEIEC|ceiec]] is designated, payments under this contract may be prohibited for U.S. persons, including the Company's U.S. officers who approved them.

3. Related-party disclosures
The subsidiary's minutes record that its general manager sought approval from the office of the Attorney General, then headed by [[Tarek William
Saab Halabi|saab]], for the import of equipment. We also noted correspondence that referred to an introduction made by associates of [[Diosdado Cabello Rondon|cabello]]. We do not conclude on the legality of these contacts but recommend that the Committee commission an independent investigation. No further references to [[Cabello|cabello|h]] or to [[Saab|saab|h]] were found in the general ledger.

4. Screening controls
The Company's vendor master file is not screened against the SDN list. We recommend automated screening at onboarding and monthly thereafter.

This communication is intended solely for the information and use of the Audit Committee and management.

Very truly yours,
Harlan & Voss LLP
""")

doc('wg_013.txt', 'news', 'hearing-transcript', 'en-GB', """\
HOUSE OF COMMONS - INTERNATIONAL DEVELOPMENT AND SECURITY COMMITTEE
Oral evidence: Conflict finance in East and Central Africa, HC 412
Tuesday 5 March 2024

Members present: Sarah Whitcombe (Chair); Rt Hon David Anwar; Hugh Pemberton; Nadia Qureshi.

Witnesses: Dr Amina Juma, Director, Horn Security Institute; Colonel (retd) Peter Mwangi, former analyst, UN Group of Experts.

Q112 Chair: Dr Juma, may I start with Somalia? How much money does [[al-Shabaab|shabaab]] actually raise, and how?
Dr Juma: Our best estimate is in the range of 100 to 150 million dollars a year. [[Al-Shabaab|shabaab]] taxes almost everything that moves through the areas it controls: livestock, charcoal, khat and imported goods at the ports. It also collects zakat from businesses in Mogadishu itself, which is remarkable.

Q113 Nadia Qureshi: Who runs that system?
Dr Juma: The Amniyat, the intelligence wing, enforces it. The UN lists [[Mahad Karate|karate]], also known as [[Abdirahim Mohamed Warsame|karate]], as one of its senior figures. When [[Karate|karate|h]] sends a letter to a business, it pays.

Q114 Hugh Pemberton: Turning to the eastern Congo - Colonel Mwangi?
Colonel Mwangi: The [[Allied Democratic Forces|adf]] - the [[ADF|adf|h]] - now pledge allegiance to a global jihadist movement and call themselves its Central African province. The United States lists them as [[ISIS-DRC|adf]]. The current leader, [[Seka Baluku|baluku]], took over from [[Jamil Mukulu|mukulu]], who is in prison in Uganda. [[Baluku|baluku|h]]'s group finances itself partly through kidnapping and partly through timber and cocoa.

Q115 David Anwar: And the [[M23|m23]]?
Colonel Mwangi: The [[March 23 Movement|m23]] is a different phenomenon: it controls mining areas and taxes coltan. We heard evidence that [[M23|m23]] levies are paid by traders in Rubaya every week.

Q116 Chair: Finally, the Central African Republic?
Colonel Mwangi: [[Ali Darassa|darassa]] and his UPC still tax cattle routes and gold sites. [[Darassa|darassa|h]] has been listed by the UN since 2021.

Chair: Thank you both. That concludes this session.
""")

doc('wg_014.txt', 'news', 'feature', 'en-GB', """\
The Gold Road: how conflict minerals leave the Great Lakes and end up in Gulf vaults

By Clare Obiero and Mathieu Lambert

KAMPALA - In a walled compound near Entebbe airport, a man who gives his name only as Joseph weighs a handful of gold nuggets on a digital scale. He says they came from Ituri, over the border in the Democratic Republic of Congo, and that by the end of the week they will be in Dubai. "Nobody asks," he says. "The paperwork says Uganda."

Joseph's trade is old. Twenty years ago a UN panel of experts documented how [[Machanga Ltd|machanga]], a Kampala gold exporter, bought gold produced in areas controlled by armed groups in Ituri. The company was added to the UN sanctions list in 2005. So was the [[Great Lakes Business Company|glbc]] ([[GLBC|glbc|h]]), whose aircraft flew between Goma and Entebbe carrying, investigators said, minerals one way and weapons the other. The air link was later echoed in Sudan, where the US designated [[Azza Air Transport Company Ltd.|azza]] for flying arms into Darfur.

Darfur's gold tells a similar story. In the Jebel Amer mines, control passed from the militia leader [[Musa Hilal|hilal]] to the Rapid Support Forces. [[Hilal|hilal|h]], a Janjaweed commander under US sanctions since 2006, lost the mines in 2017. Among the RSF's senior figures the UN has listed [[Abdul Rahim Hamdan Dagalo|dagalo]], the brother of its commander.

Further south, in South Sudan, the UN lists commanders from both sides of the civil war, among them the former army chief [[Gabriel Jok Riak|jokriak]] and the opposition general [[Peter Gadet|gadet]]. [[Jok Riak|jokriak]] has denied any role in the minerals trade. In South Kivu, the Mai-Mai leader [[William Amuri Yakutumba|yakutumba]] has financed his fighters from artisanal gold around Lake Tanganyika; traders in Uvira say [[Yakutumba|yakutumba|h]]'s men still collect a fee at every landing site.

Back in Entebbe, Joseph shrugs when asked about sanctions. "Those names are old," he says. The paper trail shows otherwise: the same buyers, the same routes, and the same Dubai refineries appear in customs data year after year.

Refiners contacted for this article said they follow the OECD due diligence guidance. The Ugandan Ministry of Energy and Mineral Development did not respond to questions.
""")

doc('wg_015.txt', 'news', 'wire', 'en-US', """\
BELGRADE/SARAJEVO, Nov 18 (Balkan Newswire) - U.S. officials on Monday urged Bosnian authorities to investigate payments linked to [[Milorad Dodik|dodik]], the Bosnian Serb leader who has been under U.S. sanctions since 2017, after a local anti-corruption group published bank records it said showed state contracts going to firms close to him.

The records, released by the Sarajevo-based Center for Civic Oversight, show about 4 million marks paid by a public utility to two construction companies whose owners have been photographed with [[Dodik|dodik|h]] at party events. [[Dodik|dodik|h]]'s office called the publication "a political attack."

The U.S. Embassy said in a statement that it was "monitoring developments" and reminded banks that dealings with designated persons remain prohibited for U.S. persons.

The sanctions list for the Western Balkans also includes older entries. Among them are the [[Albanian National Army|aksh]], known by its Albanian initials [[AKSH|aksh|h]], an armed group active in southern Serbia and North Macedonia in the early 2000s, and [[BIO Corporation|bio]], also known as the [[Bosnian Investment Organization|bio]], which U.S. authorities said had been used to support obstruction of the Dayton peace agreement.

Two Bosnian charities that operated in the 1990s, [[Al Furqan|furqan]] ([[Dzemijetul Furkan|furqan]]) and the local offices of [[Taibah International|taibah]], remain on the UN's 1267 sanctions list. Lawyers for former employees of [[Taibah|taibah|h]] have asked for the listing to be reviewed, arguing that the organization has not existed for nearly two decades.

Local prosecutors declined to comment on the new records. Bosnia's state court is separately hearing a case against a former customs official, Dragan Kovačević, accused of taking bribes from fuel importers.

(Reporting by Jelena Marković; editing by Alan Chambers)
""")

doc('wg_016.txt', 'news', 'analyst-email', 'en-GB', """\
From: Fatima Rashid <f.rashid@riskdesk.example>
To: Owen Price <o.price@riskdesk.example>
Cc: TF-analysts
Subject: RE: weekly read - hawala, Haqqanis, Houthis
Date: Thu, 11 Jan 2024 17:42:09 +0000

Owen,

Quick notes before tomorrow's call.

1) Afghanistan: the client's Peshawar file. The money-changer in Chowk Yadgar they use appears in a 2012 UN listing as a branch of the [[Haji Khairullah Haji Sattar Money Exchange|khairullah]] (local name [[Haji Khairullah-Haji Sattar Sarafi|khairullah]]). The listing says it moved funds for the [[Taliban|taliban]] leadership. The branch now trades under a different sign, but the phone number is the same. I'd treat it as a match.

2) Same file: the client's uncle is a madrassa teacher called Yahya, no other names given. Don't escalate on that alone - [[Yahya Haqqani|yahya]] (Arabic script on the UN list: [[يحيى حقانی|yahya]]) is a specific person, and we have nothing tying the teacher to the network. Nor is there any link to [[Nasiruddin Haqqani|nasir]], whose death was reported in 2013. If anything comes up, note that the family name Haqqani is common in the Khost area.

3) Yemen: the shipping client asked whether paying port fees in Hodeidah is "paying the [[Houthis|houthis]]". Short answer: the port authority is under [[Ansar Allah|houthis]] control, so yes in practice. [[Houthi|houthis|h]] officials set the fees. The UN lists [[Abdulmalik al-Houthi|abdulmalik]] individually. I've sent them the OFAC FAQs.

4) Charity review for the foundation client: the old [[Al-Haramain & Al Masjed Al-Aqsa Charity Foundation|haramain_aqsa]] listing came up because one of their grantees has a similar name. It's a different organisation (registered 2019, Leicester). Document the discount and move on.

5) West Africa: nothing new on [[ISWAP|iswap|h]] financing since the UN Monitoring Team report. [[Islamic State West Africa Province|iswap]] still taxes fishing on Lake Chad; the client's fish importer in Kano is one to watch.

Fatima

-----Original Message-----
From: Owen Price
Sent: 11 January 2024 09:15
Subject: weekly read

Can you send me your notes on the Peshawar, Hodeidah and Kano files before Friday? Thanks, O.
""")

# ---------------------------------------------------------------- payment (8)

doc('wg_017.txt', 'payment', 'mt103', 'swift', """\
{1:F01GULFAEADXXXX0000000000}{2:I103NBOMOMRXXXXXN}{4:
:20:FT24061903312
:23B:CRED
:32A:240619USD486250,00
:50K:/AE070331234567890123456
AL NOOR MARINE SERVICES LLC
OFFICE 1204 JUMEIRAH BAY X2
DUBAI UAE
:59:/OM120180000000123456789
[[DENA TANKERS
FZE|dena]]
PO BOX 18220
FUJAIRAH UAE
:70:DEMURRAGE AND BUNKERS M/T [[APAMA|apama]]
INV 0611/24 LOADPORT KHOR FAKKAN
:71A:OUR
:72:/BNF/ATTN ACCOUNTS DEPT
-}
""")

doc('wg_018.txt', 'payment', 'mt103', 'swift', """\
{1:F01AKBKTRISXXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:
:20:TR2403150044
:23B:CRED
:32A:240315EUR73400,00
:50K:/TR330006100519786457841326
ANADOLU TAHIL TICARET A.S.
ORGANIZE SANAYI BOLGESI 14
MERSIN TURKEY
:59:/PA1200000000004421980
[[MILENYUM ENERGY
S.A.|milenyum]] PANAMA CITY
:70:BALANCE FREIGHT MV SEA LARK
DISCH [[LATTAKIA PORT GENERAL
CO|lattakia]] DUES REF 24/031
:71A:SHA
-}
""", crlf=True)

doc('wg_019.txt', 'payment', 'mt103', 'swift', """\
:20:PAY240702-118
:23B:CRED
:32A:240702GBP12850,00
:50K:/GB29NWBK60161331926819
MRS AISHA RAHMAN
14 WESTBOURNE ROAD
BIRMINGHAM B15 3TR
:59:/PK36SCBL0000001123456702
MUHAMMAD KHAN AND SONS
TEXTILE TRADERS
FAISALABAD PAKISTAN
:70:INV 2231 COTTON BEDSHEETS
ORDER 44 BALANCE PAYMENT
:72:/INS/HBL LAHORE
""")

doc('wg_020.txt', 'payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId>
    <InstrId>BLOM2405280017</InstrId>
    <EndToEndId>E2E-LB-880211</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">58000.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Cedars Medical Supplies SARL</Nm>
    <PstlAdr>
      <AdrLine>Rue Hamra, Bldg 41</AdrLine>
      <AdrLine>Beirut, Lebanon</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>[[Chams Exchange Company SAL|chams]]</Nm>
    <PstlAdr>
      <AdrLine>Main Street, Chtaura</AdrLine>
      <AdrLine>Bekaa, Lebanon</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>FX settlement for [[ALI MOHAMED CHAMS AND PARTNER|chams]] ref 2205</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

doc('wg_021.txt', 'payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId>
    <InstrId>INGB2407110042</InstrId>
    <EndToEndId>NL-2407-PK-5512</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">2450.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Reza Tavakoli Rahimi</Nm>
    <PstlAdr>
      <AdrLine>Kinkerstraat 210</AdrLine>
      <AdrLine>1053 EN Amsterdam</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Park Ji-won</Nm>
    <PstlAdr>
      <AdrLine>Gangnam-daero 102</AdrLine>
      <AdrLine>Seoul, Republic of Korea</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>Tuition spring semester Yonsei Univ student no 2024-1187</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

doc('wg_022.txt', 'payment', 'mt202', 'swift', """\
{1:F01RZBAATWWXXXX0000000000}{2:I202VTBRRUMMXXXXN}{4:
:20:RZ24020900871
:21:COVER-88123
:32A:240209EUR1250000,00
:52A:RZBAATWW
:57A:VTBRRUMM
:58D:[[INRESBANK LTD|inres]]
MOSCOW RUSSIAN FEDERATION
:72:/BNF/COVER FOR MT103 REF 88123
//ORDERING CLIENT VOSTOK AGRO GMBH
//UNDERLYING: GRAIN CONTRACT 7/24
-}
""")

doc('wg_023.txt', 'payment', 'remittance-note', 'swift', """\
Remittance instruction - Branch 14, Sulaymaniyah
Sender: Karwan Aziz Mahmood, tel +964 770 000 1143
Amount: USD 9,800 cash out
Payout agent: [[Al-Khalidi Money Exchange|khalidi]], Gaziantep branch
Beneficiary: Rasha Ibrahim
Purpose: family support / rent
Note from teller: sender asked that the payout be made "at [[Khalidi Company|khalidi]] as usual"; ID copy attached.
""")

doc('wg_024.txt', 'payment', 'payment-free-text', 'swift', """\
Payment reference (free text, max 140 chars):
INVOICE 77/2024 HOTEL SAFARI NAIROBI CONFERENCE PACKAGE 3 NIGHTS DR OMAR HASSAN AND DR LEE MIN-JI DEPOSIT 30 PCT BALANCE ON ARRIVAL
""")

# ---------------------------------------------------------------- negative (12)

doc('wg_025.txt', 'negative', 'sports', 'en-GB', not_mentions=['Ali Hassan', 'Mohammed Khan'], text="""\
Rahimi double sends Westbrook United top of the table

Westbrook United 3 Harlow Athletic 1

A brace from striker Karim Rahimi and a late header from defender Daniel Garcia took Westbrook United to the top of the Southern Counties League on Saturday.

Rahimi, signed from Riverside Rangers in the summer, opened the scoring after eleven minutes, turning sharply past Harlow's captain Tom Ivanov and drilling a low shot inside the near post. Harlow levelled before the break when Ali Hassan's corner was flicked on by Mohammed Khan and bundled in by Sam Petrov.

United's manager, Chen Wei, made a double change at half-time, bringing on the teenage winger Kim Seo-jun and the veteran Omar Saleh. The changes paid off almost immediately: Kim's cross found Rahimi unmarked at the back post and he made no mistake.

Garcia sealed it in the 88th minute, rising above Harlow keeper Luis Rodriguez to head in Saleh's free-kick.

"The lads were brilliant," said Chen. "Karim has been outstanding for us and Omar showed all his experience."

Harlow's player-coach Sergei Petrov was less happy. "We gave away two soft goals," he said.

United travel to Noorfield Town next week.
""")

doc('wg_026.txt', 'negative', 'travel', 'en-US', """\
Three Days in Lahore: Gardens, Gates and Good Food

Lahore rewards the slow traveler. Start at the Badshahi Mosque at dawn, when the red sandstone glows and the courtyard is almost empty. Our guide, a retired schoolteacher named Mohammed Ali Rahman, has been showing visitors around the Walled City for thirty years and knows every gate by heart.

From the mosque, walk to the Lahore Fort and then into the lanes of the old city. The Wazir Khan Mosque, with its tile work, is worth an hour on its own. Stop for lunch at Haji Noor's, a family-run place near Delhi Gate that has served nihari since 1962; the current owner, Noor Hassan, still makes the stock himself.

On day two, head to the Shalimar Gardens in the morning and the Lahore Museum in the afternoon. In the evening, the food street at Fort Road is crowded but fun. We liked the seekh kebabs at Khan Brothers and the kulfi at a cart run by a cheerful man called Saleh.

For the last day, take a taxi out to the Wagah border for the flag-lowering ceremony; book through your hotel. We stayed at the Al Noor Residency in Gulberg, a quiet guesthouse with a garden, run by Dr. Fatima Haqqani, a retired pediatrician, and her husband Omar.

Getting there: direct flights from Dubai, Doha and Istanbul. The best months are November to February.
""")

doc('wg_027.txt', 'negative', 'court-report', 'en-GB', """\
Restaurant owner fined over hygiene breaches

The owner of a Bradford restaurant has been fined 6,400 pounds after inspectors found mouse droppings in the kitchen and raw chicken stored above cooked rice.

Mohammed Hassan Khan, 52, of Toller Lane, pleaded guilty at Bradford Magistrates' Court to four offences under the Food Safety and Hygiene (England) Regulations 2013. He runs the Golden Lahore restaurant on Leeds Road.

The court heard that environmental health officer Rachel Lee visited in March after a complaint from a customer, Ms Sun-hee Park. She found the premises "in a poor state of cleanliness."

Defending, Ali Rashid said his client had been unwell and had left the kitchen in the charge of a relative. "Mr Khan is deeply embarrassed," he said. "He has since replaced the fridges and hired a professional cleaning firm."

District Judge Hosseini said the breaches were serious but accepted that Mr Khan had acted quickly to fix them. He was also ordered to pay costs of 1,850 pounds and a victim surcharge.

Speaking after the case, councillor Imran Saleh said: "Most of our restaurants are excellent. This case shows that we act when standards slip."
""")

doc('wg_028.txt', 'negative', 'business', 'en-US', """\
Family-owned freight forwarder expands to Houston

Petrov & Ivanov Logistics, a freight forwarder founded in New Jersey in 1998 by two engineers who emigrated from Bulgaria, said on Tuesday it will open a warehouse in Houston and hire 60 people.

The company, which handles ocean and air freight for mid-sized manufacturers, reported revenue of $84 million last year. Chief executive Elena Petrova said the Houston site would serve customers shipping to Mexico and Central America.

"Texas is where our customers are growing," she said.

The expansion is being financed by a $12 million loan from Garden State Community Bank. The company also signed a long-term charter with Pacific Star Shipping Lines for container space between Houston and Veracruz.

Industry analysts said the move reflected a broader trend of near-shoring. "Mid-sized forwarders that can offer both ocean and cross-border trucking are well placed," said Maria Rodriguez, an analyst at Coastline Research.

Petrov & Ivanov Logistics was named one of New Jersey's best places to work in 2023. Its chairman, Nikolai Ivanov, son of one of the founders, said the company would remain family-owned.
""")

doc('wg_029.txt', 'negative', 'local-news', 'en-GB', """\
New footbridge opens at Kim's Meadow

A new footbridge linking the Ashby estate with the riverside path at Kim's Meadow opened on Saturday, ending a two-mile detour for walkers and cyclists.

The meadow takes its name from Kim Hollins, a local naturalist who campaigned for the land to be protected in the 1970s. Her grandson, Oliver Hollins, cut the ribbon.

The 420,000-pound bridge was funded by the council and a grant from the Riverside Trust. Councillor Sunita Khan, cabinet member for transport, said the bridge would "make it easier for children to walk to school safely."

Residents welcomed the opening. Mr Ali Yousef, who runs the Al Rashid corner shop on Station Road, said more people would now pass his door. "It's good for business and good for the area," he said.

Work on the next phase, a cycle path to the Chen Garden Centre, is due to begin in the spring. The council is also consulting on new benches and lighting; comments can be made online until 31 March.
""")

doc('wg_030.txt', 'negative', 'obituary', 'en-US', """\
Professor Hamid Hosseini, 1941-2024

Hamid Hosseini, a professor of chemical engineering who taught for nearly four decades at the state university and mentored hundreds of students from around the world, died on June 3 at his home in Ann Arbor. He was 83.

Born in Shiraz, he came to the United States in 1964 to study at the University of Michigan, where he later earned his doctorate. His research on catalysts for cleaner fuels was widely cited, and he held eleven patents.

Colleagues remembered him as a demanding but generous teacher. "He would read every line of your thesis and then take you out for lunch," said Professor Linda Park, a former student.

He is survived by his wife of 55 years, Maryam; his children, Dr. Sara Hosseini-Lee and Ali Hosseini; and five grandchildren. His brother, Reza, died in 2019.

A memorial will be held at the university chapel on June 22. In lieu of flowers, the family asks that donations be made to a scholarship fund for international students.
""")

doc('wg_031.txt', 'negative', 'recipe-or-lifestyle', 'en-GB', not_mentions=['Al Haramain'], text="""\
Weekend cooking: Aunt Noor's chicken biryani

This is the biryani my aunt, Noor Saleh, made every Eid. She learned it from her mother-in-law in Hyderabad and never wrote it down; this version is my attempt to reconstruct it.

Serves 6. You will need: 1 kg chicken thighs, 500 g basmati rice, 2 large onions, yoghurt, ginger, garlic, green chillies, whole spices, saffron and a handful of mint and coriander.

1. Marinate the chicken in yoghurt, ginger-garlic paste, chilli powder and salt for at least two hours.
2. Fry the onions slowly until deep brown. Set half aside for the top.
3. Par-boil the rice with cardamom, cloves and bay leaves until it is about 70% cooked.
4. Layer the chicken and rice in a heavy pot, scatter the fried onions, mint and saffron milk over the top, seal with foil and cook on the lowest heat for 40 minutes.

Serve with cucumber raita and a simple salad. My cousin Hassan insists on boiled eggs on top; his wife, Mei Chen, adds a squeeze of lime.

I buy my spices at Khan's Cash & Carry on Stratford Road, and I finish the table with a bottle of rose water from the Al Haramain perfume counter next door.
""")

doc('wg_032.txt', 'negative', 'wedding-announcement', 'en-US', """\
Sofia Garcia and Daniel Lee

Sofia Isabel Garcia, a daughter of Carmen and Roberto Garcia of San Antonio, was married on Saturday to Daniel Joon-ho Lee, the son of Grace and Samuel Lee of Fort Lee, N.J. The Rev. Miguel Rodriguez performed the ceremony at the Mission San José.

The bride, 31, is a pediatric nurse at University Hospital. She graduated from Texas State University. Her father is a retired high-school principal; her mother owns a bakery, La Paloma, on South Flores Street.

The groom, 33, is a software engineer. He graduated from Rutgers and received a master's degree from Carnegie Mellon. His parents own a dry-cleaning business in Fort Lee.

The couple met in 2019 on a hiking trip in Big Bend organized by a mutual friend, Aisha Khan, who was the maid of honor. The best man was the groom's brother, Andrew Lee.
""")

doc('wg_033.txt', 'negative', 'school-newsletter', 'en-GB', """\
St Aidan's Primary School - Spring Newsletter

Dear parents and carers,

What a busy term! Year 4 visited the Science Museum, Year 6 performed "Oliver!" to packed audiences, and our choir sang at the town hall.

Congratulations to Amira Hassan (Year 5), who won the county poetry prize, and to Leo Wang and Yusuf Ali (Year 6), who came second in the regional maths challenge. Our football team, coached by Mr Petrov, reached the semi-final of the district cup.

Staff news: we say goodbye to Mrs Park, who retires after 22 years teaching Reception. We welcome Mr Omar Farooq, our new Year 3 teacher, and Ms Priya Khan, who joins the office team.

Dates for your diary:
- 4 April: Easter egg hunt (bring a basket!)
- 12 April: Parents' evening
- 26 April: Non-uniform day in aid of the Children's Hospital

Lunch menu reminder: the new menu includes a vegetable korma, fish on Fridays and a monthly "world food day". Thank you to Mrs Chen and the kitchen team.

Best wishes,
Mrs J. Rahimi, Head Teacher
""")

doc('wg_034.txt', 'negative', 'property-listing', 'en-GB', """\
FOR SALE - Guide price 425,000 pounds
Flat 7, Noor House, 18 Marine Parade, Brighton

A bright two-bedroom apartment on the upper floor of a 1930s mansion block, with sea views from the living room and a private balcony.

Accommodation: entrance hall, open-plan living and dining room, modern kitchen, two double bedrooms, bathroom with shower over bath. Communal gardens and a residents' car park.

Location: Noor House stands on the seafront, a short walk from the Palace Pier and the Lanes. Local shops include a Khan family pharmacy and the Sea Breeze cafe. Brighton station is 15 minutes on foot.

Tenure: leasehold, 142 years remaining. Service charge 1,680 pounds per year. Council tax band C.

Viewing strictly by appointment through Saleh & Garcia Estate Agents, Western Road. Contact: Yasmin Saleh or Pablo Garcia.
""")

doc('wg_035.txt', 'negative', 'concert-review', 'en-US', """\
Review: Kim Min-seo and the Harbor Symphony light up Brahms

The South Korean violinist Kim Min-seo made her debut with the Harbor Symphony on Friday in a performance of Brahms's Violin Concerto that was by turns fiery and tender.

Kim, 26, took the opening movement at a brisk pace, and the orchestra, under music director Alexei Ivanov, kept up with her. The slow movement, with its oboe solo played beautifully by principal oboist Rosa Hernandez, was the highlight of the evening.

After the interval, Ivanov led a muscular account of Shostakovich's Fifth Symphony. The brass were excellent, and timpanist Omar Haddad had the audience on its feet at the end.

The program opened with a short new work, "Monsoon," by the Pakistani-American composer Ayesha Khan. Written for strings and percussion, it draws on qawwali rhythms.

The concert will be repeated on Sunday afternoon.
""")

doc('wg_036.txt', 'negative', 'community-notice', 'en-GB', """\
COMMUNITY NOTICE - Eastside Mosque and Community Centre

Open day and charity fun run, Sunday 14 July

All neighbours are warmly invited to our open day from 11am to 4pm. There will be guided tours of the building, a food stall run by the sisters' committee, a henna stand and a bouncy castle for the children.

The annual fun run starts at 10am from the car park and goes round Victoria Park. This year we are raising money for the local food bank and for the Al Noor eye clinic in Sylhet. Register with Brother Hassan Mahmood or Sister Ruqayya Ali at the reception desk.

Thanks to our sponsors: Khan Brothers Motors, Petrov's Bakery, Lee & Sons Builders and the Garcia family.

Parking will be limited; please walk or cycle if you can. For more information, contact the centre manager, Mr Yusuf Omar.
""")

MARK = re.compile(r'\[\[(.+?)\|([a-z0-9_]+)(\|h)?\]\]', re.S)


def render(d):
    src = d['text']
    if d['crlf']:
        src = src.replace('\n', '\r\n')
    out = []
    mentions = []
    pos = 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surface, tag, hard = m.group(1), m.group(2), m.group(3)
        men = {'start': n, 'end': n + len(surface), 'text': surface, 'expect': P[tag]}
        if hard:
            men['hard'] = True
        mentions.append(men)
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, d['name']
    # merge adjacent spans of the same party (a name split over two markers)
    merged = []
    for men in mentions:
        if merged and merged[-1]['end'] == men['start'] and merged[-1]['expect'] == men['expect']:
            merged[-1]['end'] = men['end']
            merged[-1]['text'] = text[merged[-1]['start']:men['end']]
            continue
        merged.append(men)
    for men in merged:
        assert text[men['start']:men['end']] == men['text']
    return text, merged


def main():
    rows = []
    for d in DOCS:
        text, mentions = render(d)
        with open(os.path.join(HERE, d['name']), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        row = {'doc': d['name'], 'category': d['category'], 'style': d['style'], 'locale': d['locale'],
               'source_id': SOURCE, 'mentions': mentions, 'not_mentions': d['not_mentions']}
        rows.append(row)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('%d documents, %d mentions, %d hard' % (
        len(rows), sum(len(r['mentions']) for r in rows),
        sum(1 for r in rows for m in r['mentions'] if m.get('hard'))))


if __name__ == '__main__':
    main()
