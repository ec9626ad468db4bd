#!/usr/bin/env python3
"""Generator for the writer-a free-text documents (bench/text-writers/dev).

Every document is written below as prose with inline markers
    [[surface|HANDLE]]      a mention of the party HANDLE
    [[surface|HANDLE|h]]    a hard mention (acronym, surname only, nickname, adjective ...)
The script renders the plain text, records each marker's span (Python str indices into the
file as read with newline=''), writes wd_NNN.txt and gold.jsonl. Running it again
regenerates the same files byte for byte. Standard library only.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = 'writer-a'

# handle -> keys of the party (copied from the dev pool, /tmp/pool-dev.jsonl)
P = {
    'SHABAAB': ['un:SOe.001', 'ofac:10761'],
    'DIRIYE': ['un:SOi.014', 'ofac:18008'],
    'GODANE': ['un:SOi.004', 'ofac:11311', 'ofac:11746'],
    'ISSOM': ['ofac:23848'],
    'MUMIN': ['ofac:20439'],
    'HAMMAMI': ['un:SOi.010'],
    'LET': ['un:QDe.118', 'ofac:7140'],
    'HAFIZ': ['un:QDi.263', 'ofac:10689'],
    'JEM': ['un:QDe.019', 'ofac:6935'],
    'TTP': ['un:QDe.132', 'ofac:12206'],
    'LJ': ['un:QDe.096', 'ofac:7331'],
    'JUA': ['un:QDe.152', 'ofac:20360'],
    'ISGS': ['un:QDe.163', 'ofac:24546'],
    'MOURAB': ['un:QDe.141'],
    'MUJAO': ['un:QDe.134'],
    'BOKO': ['un:QDe.138', 'ofac:16363'],
    'SHEKAU': ['un:QDi.322', 'ofac:15009'],
    'ISWAP': ['un:QDe.162', 'ofac:23845'],
    'ALQAIDA': ['un:QDe.004'],
    'BINLADEN': ['ofac:6365'],
    'CHAPO': ['ofac:6861'],
    'MAYO': ['ofac:7226'],
    'VICENTE': ['ofac:10350'],
    'IVAN': ['ofac:13148'],
    'BLO': ['ofac:10900'],
    'ARTURO': ['ofac:10899'],
    'CJNG': ['ofac:17671'],
    'MENCHO': ['ofac:17674'],
    'TALIBAN': ['ofac:6636'],
    'BARADAR': ['un:TAi.024'],
    'MUTTAQI': ['un:TAi.026'],
    'KHALIL': ['un:TAi.150', 'ofac:12561'],
    'KHAIRULLAH': ['un:TAe.010', 'ofac:15006'],
    'RAHAT': ['un:TAe.013', 'ofac:15580'],
    'AKHUND': ['un:TAi.002'],
    'IRGC': ['ofac:10391'],
    'SOLEIMANI': ['un:IRi.039', 'ofac:10481'],
    'SADERATPLC': ['ofac:4642'],
    'SADERAT': ['ofac:10368'],
    'MELLAT': ['ofac:25019'],
    'MAHAN': ['ofac:12927'],
    'HIZB': ['ofac:4697'],
    'MELLIPLC': ['ofac:25420'],
    'PIB': ['ofac:25679'],
    'KOMID': ['un:KPe.001', 'ofac:9345'],
    'TANCHON': ['un:KPe.003', 'ofac:9346'],
    'KORYO': ['un:KPe.045', 'ofac:20572'],
    'RUNGRA2': ['ofac:23169'],
    'YUSONG12': ['ofac:23157'],
    'KUMUNSAN3': ['ofac:23163'],
    'CHONMASAN': ['ofac:23729'],
    'PDVSA': ['ofac:26367'],
    'MADURO': ['ofac:22790'],
    'ROSNEFTTR': ['ofac:18299'],
    'EVROFIN': ['ofac:26503'],
    'RUSTANKER': ['ofac:29507'],
    'JALAL': ['un:TAi.040'],
    'YAHYA': ['un:TAi.169', 'ofac:16518'],
    'NOORZAI': ['un:TAi.173', 'ofac:17151'],
    'ADRIAN': ['ofac:27304'],
    'NITC': ['ofac:15117'],
    'BASHAR': ['ofac:12735'],
    'MAHER': ['ofac:12725'],
    'RAMI': ['ofac:10725'],
    'CBS': ['ofac:30663'],
    'COMBS': ['ofac:12847'],
    'JAMMAL': ['ofac:27189'],
    'QARD': ['ofac:10416'],
    'NASRALLAH': ['ofac:2686'],
    'WAGNER': ['ofac:22543'],
    'CONCORD': ['ofac:22526'],
    'EVROPOLIS': ['ofac:23564'],
    'BROTENBERG': ['ofac:16671'],
    'KADYROV': ['ofac:23343'],
    'SMP': ['ofac:16829'],
    'IRA': ['ofac:23943'],
    'HOUTHIS': ['un:YEe.001'],
    'ABDULMALIK': ['un:YEi.004'],
    'AQAP': ['un:QDe.129'],
    'BATARFI': ['ofac:23547'],
    'ASG': ['un:QDe.001', 'ofac:4688'],
    'BAASYIR': ['un:QDi.217', 'ofac:9614'],
    'JAT': ['un:QDe.133', 'ofac:13098'],
    'MIT': ['un:QDe.150'],
    'HAPILON': ['un:QDi.204', 'ofac:9585'],
    'KH': ['ofac:11462'],
    'AAH': ['ofac:28283'],
    'KHAZALI': ['ofac:28004'],
    'HAMAS': ['ofac:4695'],
    'DAVAR': ['ofac:15124'],
    'IRANSHAHED': ['ofac:25285'],
    'TEJARAT': ['ofac:25677'],
    'HIRMAND': ['ofac:15128'],
    'KORYOCOMM': ['ofac:23004'],
    'HAJIBASIR': ['un:TAe.014', 'ofac:17150'],
    'SINA': ['ofac:25067'],
}

DOCS = []


def doc(category, style, locale, text, crlf=False, not_mentions=()):
    DOCS.append(dict(category=category, style=style, locale=locale, text=text,
                     crlf=crlf, not_mentions=list(not_mentions)))


MARK = re.compile(r'\[\[(.+?)\|([A-Z0-9]+)(\|h)?\]\]', re.S)

# ---------------------------------------------------------------- news (16)

doc('news', 'wire', 'en-US', '''[[AL-SHABAAB|SHABAAB]] CLAIMS OVERNIGHT SIEGE AT MOGADISHU BEACH HOTEL

MOGADISHU, March 14 (Horn Wire) - Gunmen from the Islamist group [[al-Shabab|SHABAAB]] stormed a beachfront hotel in the Somali capital late on Friday, killing at least 11 people before security forces regained control of the building shortly after dawn on Saturday, police and witnesses said.

Police spokesman Abdifatah Aden told reporters that four attackers had been shot dead and a fifth detained near Lido beach, where families had gathered for the evening. Two hotel guards and a waiter were among the dead, he said, and 23 people were being treated at Madina and Erdogan hospitals.

"We heard the blast, then shooting for hours," said Faduma Ali, who sells tea across the road. "My brother works in the kitchen. He hid in the cold store until the soldiers came."

In a statement on a website it uses, [[al-Shabaab|SHABAAB]] said its fighters had targeted officials of "the apostate government" meeting at the hotel. The group's leader, [[Ahmed Diriye|DIRIYE]], also known as [[Abu Ubaidah|DIRIYE]], has rarely been heard from since he took over in 2014, after his predecessor [[Ahmed Abdi Godane|GODANE]] was killed in a U.S. air strike. [[Diriye|DIRIYE|h]] is believed to move between the Jubba valley and the Bay region.

The attack was the third on a Mogadishu hotel this year. [[Shabaab|SHABAAB]] fighters were driven out of the capital in 2011 but still control large parts of the countryside, where they collect taxes on livestock and trucks.

A smaller rival, the [[Islamic State in Somalia|ISSOM]], is based in the Cal Miskaad mountains of Puntland and has fought repeatedly with [[al-Shabab|SHABAAB]] over recruits and extortion rackets. Its leader, [[Abdulqadir Mumin|MUMIN]], a former preacher who once lived in Sweden and Britain, broke away in 2015. Officials in Bosaso said [[Mumin|MUMIN|h]]'s men had not been involved in Friday's raid.

Somalia's interior minister visited the hotel on Saturday afternoon and promised compensation for the families. The African Union mission said it had sent an armoured unit to help secure the shoreline.
''')

doc('news', 'newspaper', 'en-PK', '''[[JuD|LET|h]] chief gets 31 years in two terror financing cases

By our correspondent

LAHORE: An anti-terrorism court on Friday sentenced [[Jamaatud Dawa|LET]] ([[JuD|LET|h]]) chief [[Hafiz Muhammad Saeed|HAFIZ]] to a combined 31 years in prison in two cases registered by the Counter Terrorism Department (CTD) of Punjab police.

ATC-II judge Ejaz Ahmad Buttar announced the verdict in the presence of the accused, who was brought to the court from Kot Lakhpat jail under tight security. The court also ordered the confiscation of the properties of [[Saeed|HAFIZ|h]], including a mosque and a seminary in Johar Town.

The CTD had registered 41 cases against the leaders of the banned outfit in July 2019, accusing them of collecting funds through trusts and welfare bodies, among them the [[Falah-i-Insaniat Foundation|LET]], for the proscribed [[Lashkar-e-Taiba|LET]]. Prosecutors told the court that the money was spent on "terrorism and its financing".

Defence counsel Imran Gill said his client would challenge the conviction in the Lahore High Court. "The prosecution could not produce a single witness to prove that my client collected money for [[LeT|LET|h]]," he told reporters outside the court.

India holds the [[Lashkar|LET|h]] responsible for the 2008 Mumbai attacks, in which 166 people were killed. The group, along with [[Jaish-e-Mohammad|JEM]], was blamed for attacks in Indian-administered Kashmir, and both appear on the UN Security Council's sanctions list.

The verdict comes weeks ahead of a plenary meeting of the Financial Action Task Force (FATF) in Paris, where Pakistan is expected to report on its action against banned groups. Officials in Islamabad say the government has frozen the assets of [[Jaish|JEM|h]] seminaries in Bahawalpur and has taken over hundreds of schools and dispensaries run by charities linked to the two groups.

Separately, police in Karachi said they had arrested three suspected members of the [[Tehreek-e-Taliban Pakistan|TTP]] and one suspect from [[Lashkar-e-Jhangvi|LJ]] in a raid in Manghopir. A splinter faction, [[Jamaat-ul-Ahrar|JUA]], claimed a bomb attack on a police van in Peshawar last week, the [[TTP|TTP|h]] said in a separate statement.
''')

doc('news', 'feature', 'en-GB', '''Where the state ends: life on the road to Menaka

The minibus from Gao leaves at five in the morning, before the heat, and before the men on motorbikes are awake. Aminata Maiga, 34, has made the journey every month for six years, carrying cloth, sugar and phone credit to sell in the market at Menaka. "You learn which villages to stop in," she says, "and which ones to drive through without looking."

For most of the past decade the tri-border area where Mali, Niger and Burkina Faso meet has been contested by two rival jihadist movements. One is affiliated to [[al-Qaeda|ALQAIDA|h]]; the other, the [[Islamic State in the Greater Sahara|ISGS]], emerged in 2015 when a commander of the Algerian-led [[Al Mourabitoun|MOURAB]] pledged allegiance to the self-declared caliphate. Since then the [[ISGS|ISGS|h]] has become notorious for massacres of civilians around Menaka and Tillaberi.

Many of its early fighters came from the [[Movement for Oneness and Jihad in West Africa|MUJAO|h]], known by its French acronym [[MUJAO|MUJAO|h]], which briefly held Gao in 2012. Older residents still remember the amputations carried out in the town square. "They cut the hand of my neighbour's son for stealing a goat," says Hamadou, a butcher. He asked that his family name not be used.

Further south, across the Nigerian border, the story has a different cast but a similar shape. [[Boko Haram|BOKO]], whose formal name is [[Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|BOKO]], split in 2016, when the faction that became the [[Islamic State West Africa Province|ISWAP]] ([[ISWAP|ISWAP|h]]) broke with [[Abubakar Shekau|SHEKAU]] over his killing of Muslim civilians. [[Shekau|SHEKAU|h]] died in 2021 during a fight with his former comrades in the Sambisa forest.

Aid workers in Niamey say that for people like Aminata these distinctions matter less than the price of a sack of millet. Each armed group taxes the roads it controls, and traders pay twice or three times on a single trip. The army, she says, asks for money too.

At Menaka the market is smaller than it was, but it is still there. Women sell dried tomatoes and onions from Agadez; a boy repairs sandals with strips of old tyre. Aminata sets out her cloth under a tree and waits. "God decides the rest," she says.
''')

doc('news', 'court-report', 'en-US', '''Jury hears of tunnels and bribes as cartel trial enters third week

BROOKLYN, N.Y. - A former top lieutenant of Mexico's most powerful drug cartel told jurors on Tuesday that he had watched [[Joaquin Guzman Loera|CHAPO]] personally approve the shipment of tons of cocaine through a tunnel under the U.S.-Mexico border, as the trial of the man known as [[El Chapo|CHAPO|h]] entered its third week in federal court in Brooklyn.

[[Vicente Zambada Niebla|VICENTE]], the son of cartel co-founder [[Ismael Zambada Garcia|MAYO]], testified for the government under a cooperation agreement. Answering questions from Assistant U.S. Attorney Gina Parlovecchio, [[Zambada Niebla|VICENTE|h]] described meetings in the mountains of Sinaloa at which, he said, his father and [[Guzman|CHAPO|h]] divided up routes and agreed on payments to police commanders.

"My father and my compadre were partners," the witness said, using an affectionate term for [[Guzman|CHAPO|h]]. He said [[El Mayo|MAYO|h]] had never been arrested and was still "in the mountains."

The witness also described a violent split in 2008 with the brothers who ran the [[Beltran Leyva Organization|BLO]]. After the arrest of one brother, he said, [[Arturo Beltran Leyva|ARTURO]] blamed the Sinaloa leadership and declared war. [[Arturo|ARTURO|h]] was killed by Mexican marines in Cuernavaca in December 2009.

Defense attorney Jeffrey Lichtman spent much of the afternoon attacking the witness's credibility, pointing out that he had himself pleaded guilty to trafficking charges in Chicago and hoped for a reduced sentence. "You'd say anything to go home, wouldn't you?" Lichtman asked. "No, sir," the witness replied.

Jurors were also shown a ledger seized in Culiacan listing payments to a "[[Chapito|IVAN|h]]," which prosecutors say refers to [[Ivan Archivaldo Guzman Salazar|IVAN]], one of the defendant's sons, who remains at large.

U.S. District Judge Brian Cogan reminded jurors not to read news coverage of the case. Outside the courthouse, a small group of reporters from Mexico waited in the rain. One asked the defense whether the rival [[Jalisco New Generation Cartel|CJNG]] and its leader, [[Nemesio Oseguera Cervantes|MENCHO]], would be mentioned. Lichtman declined to comment. Prosecutors expect to call the [[CJNG|CJNG|h]] defector later this month.

Testimony resumes Wednesday at 9:30 a.m.
''')

doc('news', 'ngo-report', 'en-GB', '''Section 3. Access, payments and the de facto authorities

3.1 Since August 2021, humanitarian organisations operating in Afghanistan have negotiated access with ministries controlled by the [[Taliban|TALIBAN]]. Our country office held 46 meetings with provincial departments during the reporting period, and seven with line ministries in Kabul.

3.2 Several of the most senior figures in the administration are subject to UN travel bans and asset freezes. They include the acting prime minister, [[Mohammad Hassan Akhund|AKHUND]]; his deputy, Mullah [[Abdul Ghani Baradar|BARADAR]]; the acting foreign minister, [[Amir Khan Muttaqi|MUTTAQI]]; and the acting minister for refugees and repatriation, [[Khalil Haqqani|KHALIL]]. Staff are instructed not to sign agreements with, or make payments to, any of these individuals. When [[Baradar|BARADAR|h]]'s office requested a meeting on returnee shelter in Kandahar in March, the request was referred to headquarters legal counsel, who advised that attendance at a coordination meeting chaired by the ministry did not in itself breach the sanctions.

3.3 The collapse of the formal banking system has left most partners reliant on hawala. We use three licensed money service providers, screened monthly against the UN and OFAC lists. In October our screening flagged an intermediary in Chaman whose ledger showed settlements with [[Haji Khairullah Haji Sattar Money Exchange|KHAIRULLAH]], which has been designated since 2012 for moving money for [[Taliban|TALIBAN]] commanders. A second provider was found to settle through [[Rahat Ltd|RAHAT]], also listed. Both relationships were ended and the funds in transit, USD 38,400 in total, were recovered after eight weeks.

3.4 Field staff report that local commanders continue to demand "ushr" (a tithe) on aid deliveries in Helmand and Uruzgan. In each case the demand was refused, and in two cases distributions were postponed. We have raised the issue with [[Muttaqi|MUTTAQI|h]]'s ministry through the humanitarian coordinator rather than directly.

3.5 Female national staff were unable to work in offices in 11 of 19 provinces. Ms. Noor Jahan Ahmadi, our protection lead in Herat, notes that "every exemption is personal, and every exemption can be withdrawn by a phone call."

3.6 Recommendations: donors should fund the additional compliance costs of hawala screening; the Security Council's 1988 Committee should publish clearer guidance on incidental contact with listed officials.
''')

doc('news', 'parliamentary-record', 'en-GB', '''Iran: Financial Sanctions
Volume 712: debated on Thursday 9 March

11.32 am

Sarah Whitfield (Bath and Wells North) (LD): What assessment has the Minister made of the effectiveness of financial sanctions against entities linked to the [[Islamic Revolutionary Guard Corps|IRGC]]?

The Minister of State, Foreign, Commonwealth and Development Office (Mr Graham Osei): The hon. Lady raises an important point. The [[IRGC|IRGC|h]] remains subject to an asset freeze under our regime, and we continue to work with our partners in Washington and Brussels. The killing of [[Qassem Soleimani|SOLEIMANI]] in January 2020 did not change the Government's assessment of the threat posed by the [[Revolutionary Guards|IRGC]] to the region and to British nationals.

Sarah Whitfield: I thank the Minister. He will know that [[Bank Saderat PLC|SADERATPLC]], [[Melli Bank plc|MELLIPLC]] and [[Persia International Bank plc|PIB]] all have registered offices in the City of London. Can he confirm that none of them is currently processing payments for Iranian state entities?

Mr Osei: The supervision of individual firms is a matter for the Financial Conduct Authority and for the Treasury's Office of Financial Sanctions Implementation, and I will not comment on individual institutions from the Dispatch Box. I can say that OFSI has issued guidance on correspondent relationships with [[Bank Mellat|MELLAT]] and with [[Bank Saderat Iran|SADERAT]], and that it takes breaches extremely seriously.

Sir Peter Langley (Rutland and Stamford) (Con): Does my right hon. Friend agree that the flights operated by [[Mahan Air|MAHAN]] into Damascus and Beirut are a major route for the supply of arms to [[Hezbollah|HIZB]], and will he raise with our European partners the fact that [[Mahan|MAHAN|h]] aircraft are still serviced at some European airports?

Mr Osei: My right hon. Friend is right to draw attention to that. We have consistently said that [[Hezbollah|HIZB]]'s military wing must be disarmed, and the Government proscribed the group in its entirety in 2019. I will write to him on the specific question of maintenance contracts.

Dr Amira Khan (Bradford East) (Lab): Constituents of mine with family in Iran tell me that they cannot send money for medical treatment because every British bank refuses anything that mentions Iran. What is the Minister doing to make sure that humanitarian channels remain open?

Mr Osei: The hon. Member makes a fair point. Humanitarian trade is exempt, and we are in discussion with UK Finance about de-risking. I would be happy to meet her to discuss the cases she mentions.
''')

doc('news', 'academic-abstract', 'en-US', '''Ship-to-Ship Transfers and the Limits of Maritime Sanctions: Evidence from North Korean Coastal Tankers, 2017-2020

Hyun-woo Park (Department of International Relations, University of Leeds) and Elena Marchetti (Middlebury Institute of International Studies)

Abstract

UN Security Council resolutions adopted in 2017 capped the import of refined petroleum products by the Democratic People's Republic of Korea (DPRK) at 500,000 barrels a year and required member states to inspect and seize vessels engaged in prohibited transfers. This article uses automatic identification system (AIS) data, commercial satellite imagery and the reports of the UN Panel of Experts to reconstruct 214 ship-to-ship transfers involving DPRK-flagged tankers between 2017 and 2020. We show that a small fleet of coastal tankers - among them the [[Rung Ra 2|RUNGRA2]], the [[Yu Song 12|YUSONG12]], the [[Kum Un San 3|KUMUNSAN3]] and the [[Chon Ma San|CHONMASAN]] - accounted for more than 60 per cent of identified deliveries, and that they routinely disabled transponders within 40 nautical miles of Chinese territorial waters. Designation of a vessel reduced its observed transfers by only 18 per cent in the following year. We further trace payments for these cargoes through front companies associated with the [[Korea Mining Development Trading Corporation|KOMID]] ([[KOMID|KOMID|h]]) and through correspondent accounts of [[Tanchon Commercial Bank|TANCHON]] and [[Koryo Bank|KORYO]], and we find that the designation of banks had a larger and more durable effect on transfer volumes than the designation of ships. We argue that maritime interdiction without enforcement against financial intermediaries is unlikely to constrain the DPRK's fuel imports, and we discuss implications for the design of future sanctions regimes.

Keywords: sanctions; maritime enforcement; North Korea; ship-to-ship transfer; AIS; financial intermediaries
''')

doc('news', 'business', 'en-US', '''Venezuela's oil exports slump as buyers balk at sanctions risk

HOUSTON - Venezuela's crude exports fell to their lowest level in more than seven decades last month as traders, shipowners and insurers pulled back from business with [[Petroleos de Venezuela, S.A.|PDVSA]], according to tanker-tracking data and internal documents of the state oil company seen by this newspaper.

[[PDVSA|PDVSA|h]] shipped an average of 376,000 barrels per day in June, down from about 1 million a year earlier. Much of the crude that did leave the country went to Asia through intermediaries, often after being transferred between tankers off the coast of Malaysia, analysts said.

The slump follows the decision in March by [[Rosneft Trading S.A.|ROSNEFTTR]], a Geneva-based unit of the Russian state oil producer, to wind down its Venezuelan business after it was itself added to the U.S. sanctions list. [[Rosneft Trading|ROSNEFTTR]] had marketed as much as half of Venezuela's exports in 2019. A Russian shipping firm, [[Rustanker LLC|RUSTANKER]], was designated at around the same time for carrying [[PDVSA|PDVSA|h]] cargoes.

The government of [[Nicolas Maduro|MADURO]] has blamed the collapse on what it calls an "economic blockade". In a televised address on Tuesday, [[Maduro|MADURO|h]] said the country would find new partners and accused the United States of "piracy" for seizing cargoes at sea.

Payments are another obstacle. Moscow-based [[Evrofinance Mosnarbank|EVROFIN]], which was jointly owned by Russian and Venezuelan state entities and had handled some of the company's transactions, has itself been under sanctions since March 2019.

Oil industry consultant Carlos Mendoza-Ruiz, who advised [[Petroleos de Venezuela|PDVSA]] in the 1990s, said output at the Jose terminal was now constrained by a lack of diluents as much as by a shortage of buyers. "You can't move extra-heavy crude without naphtha," he said. "And nobody wants to sell them naphtha."

Chevron, which operates joint ventures with the state company under a U.S. licence, declined to comment. Venezuela's oil ministry did not respond to requests for comment.
''')

doc('news', 'obituary', 'en-PK', '''[[Jalaluddin Haqqani|JALAL]], mujahideen commander, dies at 79

[[Jalaluddin Haqqani|JALAL]] ([[جلال الدين حقانى|JALAL]]), the Afghan commander who fought the Soviet army in the 1980s and later built one of the most feared insurgent networks in the region, has died after a long illness, the [[Taliban|TALIBAN]] announced in a statement on Tuesday. He was believed to be 79.

Born in Paktia province into the Zadran tribe, [[Haqqani|JALAL|h]] studied at the Darul Uloom Haqqania seminary at Akora Khattak, from which he later took his name. By the mid-1980s he was one of the best-known commanders of the anti-Soviet resistance. American congressmen visited him in the mountains of Khost, and Pakistani and Saudi money flowed through his camps.

Foreign volunteers, among them [[Osama bin Laden|BINLADEN]], passed through the areas he controlled, and his ties to the Arab fighters who later formed [[al-Qaeda|ALQAIDA]] would shape the rest of his life. After the [[Taliban|TALIBAN]] took Kabul he served as minister for borders and tribal affairs. After 2001 he withdrew to North Waziristan, and day-to-day command of his fighters passed to his sons.

He had been placed under UN sanctions in 2007. His brother, [[Khalil Haqqani|KHALIL]], who handled the family's fundraising in the Gulf, was listed in 2011, and a relative, [[Yahya Haqqani|YAHYA]], was later designated for managing logistics and finances.

Reports of his death had circulated several times since 2014. This time, the statement was issued in his name by the [[Taliban|TALIBAN]] leadership council and was followed by condolence messages from seminaries across Khyber Pakhtunkhwa. The elder [[Haqqani|JALAL|h]] is survived by two wives and a large number of sons and daughters. Several of his sons were killed in drone strikes and in fighting in Afghanistan.

Funeral prayers were to be held in Khost, a family member said by telephone.
''')

doc('news', 'email', 'en-US', '''From: Dana Whitaker <dana.whitaker@harborline-bank.com>
To: FinCrime Alerts L2 <fc-alerts-l2@harborline-bank.com>
Cc: Raj Menon <raj.menon@harborline-bank.com>
Subject: RE: Alerts 44871 / 44903 - escalation to MLRO
Date: Tue, 11 Feb 2025 16:42:07 -0500

Team,

Two alerts from yesterday's batch need to go to the MLRO today, please
do not release either payment.

1) 44871 (inward SWIFT, ordering customer Kabul Star Traders, beneficiary
our client Mohammed Aslam Enterprises LLC, Fremont). The remittance
field reads "settlement via [[H. Basir Noorzai|NOORZAI]]". The screening hit is on
[[Abdul Basir
Noorzai|NOORZAI]], listed by the UN under the 1988 regime. The UN entry
also gives the name in original script as [[عبد البصیر نورزی|NOORZAI]], and
the scanned invoice attached to the payment carries the same spelling
in the letterhead. I don't think this is a coincidence. [[Noorzai|NOORZAI|h]] is
a known hawaladar in Quetta and Spin Boldak. Our client says he
"doesn't know anyone by that name" but he has received 14 payments
from Kabul Star since October. Raj, can you pull the full history?

2) 44903 (trade finance, bunker supplier in Fujairah). The bill of
lading names the tanker [[Adrian Darya 1|ADRIAN]] as the delivering vessel.
For those who don't remember: this is the ex-[[Grace 1|ADRIAN]], detained in
Gibraltar in 2019 and designated by OFAC later that year. The
charterer on the documents is a Dubai company we have never seen
before, but the owner history in Lloyd's points back to the [[National
Iranian Tanker Company|NITC]] ([[NITC|NITC|h]]). I have asked the client
for the fixture note.

Both files are in the shared folder under /escalations/2025-02.
I'll be out tomorrow morning, so please send any questions to Raj.

Thanks,
Dana

Dana Whitaker | Senior Analyst, Sanctions Compliance
Harborline Bank N.A.
''')

doc('news', 'op-ed', 'en-US', '''Opinion | Don't pay for [[Assad|BASHAR|h]]'s rebuilding

By Laila Haddad

The war in Syria has not ended so much as frozen. And as it freezes, a new argument is gaining ground in European capitals: that reconstruction money, carefully channelled, could bring refugees home and stabilise a broken country. It is a seductive idea. It is also wrong, as long as [[Bashar al-Assad|BASHAR]] remains in charge.

Consider who would actually handle the money. The formal economy runs through the [[Central Bank of Syria|CBS]] and state lenders such as the [[Commercial Bank of Syria|COMBS]], both under U.S. and European sanctions. The informal economy - the checkpoints, the smuggling routes, the construction contracts - runs through the family and its associates. For two decades the most visible of them was [[Rami Makhlouf|RAMI]], the president's cousin, whose companies controlled mobile telephony, duty-free shops and a large slice of real estate. [[Makhlouf|RAMI|h]] has since fallen out with the palace, but the system he built did not fall with him.

The army's best-equipped division is commanded by the president's brother [[Maher al-Assad|MAHER]]. Its checkpoints tax everything that moves between Beirut and Damascus, and it has been accused of profiting from the trade in captagon, the amphetamine now flooding the Gulf. [[Hezbollah|HIZB]] fighters, who turned the tide of the war for the regime, still guard parts of the border.

Supporters of engagement argue that sanctions punish ordinary Syrians, and they have a point: a teacher in Homs now earns the equivalent of $20 a month. But reconstruction is not humanitarian aid. Rebuilding Aleppo's old souk or the suburbs of Eastern Ghouta means contracts, permits and land, and in today's Syria all of those are allocated by the security services. Money that enters that system will be used to reward loyalty.

There is a better path. Donors can fund water, health and schools through the UN and independent NGOs, with strict monitoring, while keeping sanctions on [[Assad|BASHAR|h]]'s inner circle. They can insist that no refugee be returned until the right to property is respected. And they can refuse to pretend that the man who destroyed much of his country is the right person to rebuild it.

Laila Haddad is a fellow at the Centre for Levant Studies in London.
''')

doc('news', 'press-release', 'en-US', '''FOR IMMEDIATE RELEASE
August 29

Treasury Targets Lebanese Bank Facilitating [[Hizballah|HIZB]] Financial Activities

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Lebanon-based [[Jammal Trust Bank SAL|JAMMAL]] ([[Jammal Trust|JAMMAL|h]]) for knowingly facilitating the banking activities of [[Hizballah|HIZB]], including its Executive Council and its social welfare arm.

"[[Jammal Trust Bank|JAMMAL]] has provided financial services to [[Hizballah|HIZB]] for years while attempting to obscure the relationship," said a senior Treasury official. "Today's action sends a clear message to financial institutions in Lebanon that they must be vigilant in their dealings with [[Hizballah|HIZB]]'s financial network."

According to information available to the U.S. Government, senior bank officials coordinated with [[Hizballah|HIZB]] to conceal the group's accounts and facilitated deposits by [[Al-Qard Al-Hassan|QARD]], a [[Hizballah|HIZB]]-controlled association that has operated as a quasi-bank since the 1980s. [[Al-Qard Al-Hassan|QARD]] was designated in 2007. Bank officials also held accounts for the families of suicide bombers and for members of the group's security apparatus.

[[Hizballah|HIZB]] Secretary-General [[Hassan Nasrallah|NASRALLAH]] has publicly stated that the group receives its budget from Iran. [[Nasrallah|NASRALLAH|h]] was designated by the Department of State in 1995.

As a result of today's action, all property and interests in property of [[Jammal Trust Bank SAL|JAMMAL]] that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. Foreign financial institutions that knowingly facilitate significant transactions for the bank may be subject to secondary sanctions.

OFAC has also issued a general license authorizing certain transactions for 30 days to allow for the wind-down of deposit accounts held by Lebanese depositors who are not otherwise blocked.

For identifying information on the entity designated today, see the OFAC website.
''')

doc('news', 'investigative', 'en-GB', '''The caterer's army: following the money behind [[Wagner|WAGNER|h]] in Africa

A six-month investigation traced hundreds of payments between Russian shell companies, gold traders in Dubai and mining permits in the Central African Republic and Sudan. This is what we found.

In the summer of 2018 three Russian journalists were shot dead on a dirt road north of Sibut, in the Central African Republic. They had gone there to film the men of the [[Wagner Group|WAGNER]], the private military company that was then quietly arriving in the country to guard the president and, it would turn out, to dig for gold.

Officially, [[Wagner|WAGNER|h]] does not exist. Russian law forbids mercenaries, and the Kremlin has always denied any link. But the documents obtained for this investigation - company filings, customs declarations, and invoices leaked from a freight forwarder in Khartoum - show a web of firms that lead back, again and again, to the same circle in St Petersburg.

At the centre of that circle is [[Concord Management and Consulting|CONCORD]], the catering company whose founder won lucrative contracts to feed the Russian army and schoolchildren. US prosecutors later charged [[Concord|CONCORD|h]] with funding the [[Internet Research Agency|IRA]], the troll factory that targeted the 2016 US election. In Syria, a firm called [[Evro Polis Ltd|EVROPOLIS]] signed a deal giving it a quarter of the output of oil and gas fields recaptured from jihadist fighters, in exchange for guarding them; [[Evro Polis|EVROPOLIS]] is now under US sanctions.

In Sudan, the same pattern repeated: a mining concession granted to a company registered in the name of an obscure Russian geologist, trucks of ore flown out from Khartoum on Ilyushin freighters, and payments routed through accounts at Moscow banks. One payment of 2.1 million dollars in 2019 passed through [[SMP Bank|SMP]], the lender founded by the brothers Arkady and [[Boris Rotenberg|BROTENBERG]], childhood friends of the Russian president. There is no suggestion that [[Rotenberg|BROTENBERG|h]] knew the purpose of the transfer.

[[PMC Wagner|WAGNER]] fighters have also been joined in Libya and in Ukraine by men from Chechnya loyal to [[Ramzan Kadyrov|KADYROV]], whose own units are financed from the republic's budget and from what locals call "voluntary" contributions.

We sent detailed questions to every company named in this article. None replied.
''')

doc('news', 'blog', 'en-US', '''Red Sea Diaries: why the shipping lanes won't calm down soon

Posted by Mark Feldman | filed under Maritime, Middle East | 14 comments

A quick post between flights, because several readers asked what I make of this week's attacks on the bulk carrier off Hodeidah.

Short version: the [[Houthis|HOUTHIS]] have learned that a few cheap drones and anti-ship missiles can disrupt one of the world's busiest trade routes, and nothing that has happened in the past year has made them unlearn it. Insurance premiums for Red Sea transits are still around 0.7 per cent of hull value. Most big container lines are still going round the Cape.

The movement, which calls itself [[Ansarallah|HOUTHIS]], is led by [[Abdulmalik al-Houthi|ABDULMALIK]], who gives long televised speeches every Thursday. If you want to understand what comes next, watch those speeches rather than the statements from Washington. [[Al-Houthi|ABDULMALIK|h]] has tied the attacks explicitly to Gaza, and he has paid almost no domestic price for them. If anything the campaign has made him more popular in the north.

Some people ask whether the [[Houthi|HOUTHIS|h]] rebels could be squeezed financially instead. Possibly, but remember that they collect customs revenue at Hodeidah port and run a parallel economy in Sanaa. Air strikes have destroyed radar sites and launchers, yet launches resume within days.

Meanwhile, don't forget that [[al-Qaeda in the Arabian Peninsula|AQAP]] ([[AQAP|AQAP|h]]) is still active in Abyan and Shabwa. Its leader, [[Khalid Batarfi|BATARFI]], was reported dead in early 2024, and the group has been quieter, but it has survived worse. I'd be surprised if nobody tries to exploit the chaos.

My friend Ahmed, who works as a ship's agent in Djibouti, puts it better than I can: "Everybody is waiting for someone else to fix the Red Sea."

More next week from Jeddah.
''')

doc('news', 'radio-transcript', 'en-US', '''PACIFIC MORNING - Segment 3 - Transcript
(Automated transcript, corrected by producers. Speakers: host ANNA REYES, guest Professor MIGUEL TAN, reporter JOY SANTOS in Zamboanga.)

ANNA REYES: Good morning, you're listening to Pacific Morning. Troops on Jolo island say they have killed two members of the [[Abu Sayyaf|ASG]] group in a clash near Patikul. Joy Santos joins us from Zamboanga. Joy, what do we know?

JOY SANTOS: Good morning, Anna. The military's Western Mindanao Command says soldiers clashed with about a dozen gunmen yesterday afternoon. Two were killed, one soldier was wounded. The army says the group is now down to a few dozen fighters, compared to several hundred at its peak.

ANNA REYES: Professor Tan, you've studied the [[Abu Sayyaf Group|ASG]] for twenty years. Is this the end?

MIGUEL TAN: Well, I've heard "the end of the [[ASG|ASG|h]]" announced many times. But yes, it is much weaker. The turning point was Marawi in 2017, when [[Isnilon Hapilon|HAPILON]], who had been proclaimed emir of the pro-caliphate groups in Southeast Asia, was killed in the final days of the siege. After [[Hapilon|HAPILON|h]] died, the Basilan faction never really recovered.

ANNA REYES: And the connections to Indonesia?

MIGUEL TAN: They were always there. The Indonesian preacher [[Abu Bakar Ba'asyir|BAASYIR]] had followers who trained in Mindanao. His organisation, [[Jemmah Anshorut Tauhid|JAT]], sent people here, and so did the [[Mujahidin Indonesia Timur|MIT]] in Sulawesi. [[Ba'asyir|BAASYIR|h]] himself was released from prison in 2021, an old man now, and he says he has renounced violence.

ANNA REYES: We have a listener message from Ali in Cotabato: "My cousin's boat was kidnapped off Tawi-Tawi in 2016. Will the families ever get compensation?" Joy?

JOY SANTOS: The provincial government has a fund, Anna, but families tell me the process is very slow.

ANNA REYES: Thank you both. After the break: traffic and the weather.
''')

doc('news', 'policy-brief', 'en-GB', '''POLICY BRIEF No. 14 | Iraq's armed factions after the drawdown

Summary

- Iran-aligned armed factions inside Iraq's Popular Mobilisation Forces (PMF) have consolidated their political and economic power since 2020.
- The two most capable, [[Kata'ib Hezbollah|KH]] ([[KH|KH|h]]) and [[Asa'ib Ahl al-Haq|AAH]] ([[AAH|AAH|h]]), are both designated by the United States as terrorist organisations; the leader of the latter is also under sanctions for human rights abuses.
- European policy should distinguish between the PMF as a state institution and the factions that operate inside it.

1. Background

The PMF were formed in June 2014 after a fatwa by Grand Ayatollah Ali al-Sistani, as Iraqi cities fell to jihadist fighters. Several of the strongest units already existed as militias that had fought US forces after 2003 with training and money from Iran's [[Revolutionary Guards|IRGC]]. Until his death in a US strike at Baghdad airport in January 2020, [[Qasem Soleimani|SOLEIMANI]] personally coordinated their operations.

2. The factions today

[[KH|KH|h]] keeps a low public profile and has no seats in parliament, but it controls checkpoints around Jurf al-Sakhar and along the Syrian border, and is believed to be responsible for most rocket and drone attacks on US bases. [[Kata'ib Hizballah|KH]] was designated in 2009.

[[AAH|AAH|h]], by contrast, has a political wing with seats in parliament and ministers in the government. Its secretary-general, [[Qais al-Khazali|KHAZALI]], was detained by US forces between 2007 and 2010. [[Khazali|KHAZALI|h]] now presents himself as a nationalist politician, but his group was sanctioned in January 2020 for its role in killing protesters.

3. Recommendations

European governments should condition support to the Iraqi security sector on the removal of designated factions from the PMF payroll; make clear that contracts with companies owned by the factions' economic offices carry sanctions risk; and support Iraqi prosecutors investigating the killing of protesters in 2019.
''')

# ---------------------------------------------------------------- payments (8)

doc('payment', 'mt103', 'swift', '''{1:F01EBILAEADAXXX0000000000}{2:I103SCBLSGSGXXXXN}{4:
:20:EBI240917-0088
:23B:CRED
:32A:240917USD184250,00
:50K:/AE070260001015555512301
AL NOOR MARINE TRADING LLC
OFFICE 1204 CLUSTER X JLT
DUBAI UNITED ARAB EMIRATES
:57A:SCBLSGSG
:59:/0123456789012
[[DAVAR SHIPPING CO
LTD|DAVAR]]
80 ROBINSON ROAD 10-01
SINGAPORE 068898
:70:/INV/DSC-24-0913 FREIGHT AND
DEMURRAGE MV [[IRAN SHAHED|IRANSHAHED]]
BANDAR ABBAS - PORT KLANG
:71A:SHA
:72:/BNF/PLS CREDIT IN FULL
-}
''')

doc('payment', 'mt103', 'swift', '''{1:F01MEBLAEADAXXX0000000000}{2:I103HBZUAEAAXXXXN}{4:
:20:MB-7741-2024
:23B:CRED
:32A:241105AED96500,00
:50K:/AE450330000019100023401
GULF HORIZON FOODSTUFF TRADING
WAREHOUSE 7 AL QUOZ IND AREA 3
DUBAI UAE
:59:/AE280350000006201234567
SHIRAZ DRIED FRUITS CO FZE
RAS AL KHOR INDUSTRIAL AREA
DUBAI UAE
:70:PAYMENT FOR PISTACHIOS AND
SAFFRON PO 2024-117
:71A:OUR
:72:/INS/[[BANK TEJARAT|TEJARAT]] TEHRAN
/REC/COVER VIA EXCHANGE HOUSE
-}
''', crlf=True)

doc('payment', 'mt103', 'swift', ''':20:REF20250114HK0331
:23B:CRED
:32A:250114EUR12480,50
:50K:/DE89370400440532013000
MUELLER UND SOHN
MASCHINENBAU GMBH
INDUSTRIESTRASSE 14
50667 KOELN
:59:/TR330006100519786457841326
OMAR HASSAN TEKSTIL SANAYI
VE TICARET LTD STI
ORGANIZE SANAYI BOLGESI
BURSA TURKEY
:70:INVOICE 2025/0042 SPARE PARTS
FOR LOOM REPAIR CONTRACT 88
:71A:SHA
''')

doc('payment', 'pacs008', 'swift', '''<CdtTrfTxInf>
  <PmtId>
    <InstrId>FTB-20240622-551</InstrId>
    <EndToEndId>E2E-OCL-88231</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">412000.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>ORIENT CREST LOGISTICS PTE LTD</Nm>
    <PstlAdr>
      <AdrLine>10 ANSON ROAD #22-05</AdrLine>
      <AdrLine>SINGAPORE 079903</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>[[HIRMAND SHIPPING CO. LTD.|HIRMAND]]</Nm>
    <PstlAdr>
      <AdrLine>TRUST COMPANY COMPLEX AJELTAKE</AdrLine>
      <AdrLine>MAJURO MARSHALL ISLANDS</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>TIME CHARTER HIRE 3RD INSTALMENT CP DTD 02-04-2024</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
''')

doc('payment', 'pacs008', 'swift', '''<CdtTrfTxInf>
  <PmtId>
    <InstrId>NWB0918273</InstrId>
    <EndToEndId>SALARY-SEP-0412</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="GBP">3150.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>KHAN AND PETROV ARCHITECTS LLP</Nm>
    <PstlAdr>
      <AdrLine>22 HIGH STREET</AdrLine>
      <AdrLine>LEICESTER LE1 5YP</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>NOOR FATIMA ALI</Nm>
    <PstlAdr>
      <AdrLine>FLAT 3 41 EVINGTON ROAD</AdrLine>
      <AdrLine>LEICESTER LE2 1QG</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>SALARY SEPTEMBER</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
''')

doc('payment', 'mt202', 'swift', '''{1:F01BKCHCNBJXXX0000000000}{2:I202BKCHHKHHXXXXN}{4:
:20:BOC-FI-2409-3381
:21:TRD-5519-DL
:32A:240930USD2500000,00
:52A:BKCHCNBJ
:56A:BKCHHKHH
:58D:[[KORYO COMMERCIAL BANK
LTD.|KORYOCOMM]]
PYONGYANG DPRK
:72:/BNF/COVER FOR COAL AND IRON ORE
//CONTRACT DL-2024-77 VIA DALIAN
/REC/URGENT SAME DAY VALUE
-}
''')

doc('payment', 'remittance-note', 'swift', '''Remittance advice - outward transfer request (branch copy)

Sender: Gul Ahmad Zazai, 14 Forest Road, Walthamstow, London E17
Beneficiary: Hamida Zazai, Chaman, Balochistan, Pakistan
Amount: GBP 650.00
Purpose of payment: family support - wedding expenses for my sister

Details given by customer: please pay cash through [[Haji Basir Hawala|HAJIBASIR]], Mall Road Chaman, beneficiary will collect with CNIC. Same as last time.

Branch note: customer was told we cannot route payments through unlicensed money changers. Request held pending review by compliance.
''')

doc('payment', 'payment-free-text', 'swift', '''/ACC/LC NO. 2024-IR-00931 ISSUED BY
[[SINA BANK|SINA]] TEHRAN, ADVISED THROUGH
TURKIYE HALK BANKASI ISTANBUL.
/BNF/OUR REF ANKARA AGRO EXPORT
PAYMENT AGAINST DOCS FOR 450 MT
HAZELNUT KERNELS, B/L 11 OCT 2024.
DISCREPANCY: LATE SHIPMENT. PLS
CONFIRM ACCEPTANCE BEFORE RELEASE.
''')

# ---------------------------------------------------------------- negative (12)

doc('negative', 'sports', 'en-PK', '''Rizwan ton sets up big win for Multan

MULTAN: Mohammad Rizwan struck a commanding unbeaten 104 as Multan Sultans crushed Peshawar Zalmi by 58 runs at the Multan Cricket Stadium on Sunday night.

Put in to bat, the home side lost Usman Khan early, but Rizwan and Reeza Hendricks added 112 for the second wicket. Hendricks fell for 47, caught at long-on, before Iftikhar Ahmed hammered four sixes in a 16-ball cameo. Multan finished on 206 for three.

Peshawar's reply never recovered from the loss of Saim Ayub in the first over. Babar Azam made a fluent 51, but leg-spinner Usama Mir took three wickets in two overs and fast bowler Abbas Afridi cleaned up the tail. Zalmi were bowled out for 148 in the 18th over.

"We planned to bat deep, and Rizwan bhai showed how to do it," said Afridi, who was named player of the match for his four wickets.

Peshawar captain Babar said his bowlers had given away too many extras. Peshawar next face Lahore Qalandars at the Gaddafi Stadium on Wednesday, while Multan travel to Karachi to play the Kings.
''')

doc('negative', 'travel', 'en-GB', '''Three days in Muscat: old forts, fresh fish and a very good hotel

I arrived in Muscat on a Thursday night with a vague plan and a borrowed guidebook. By Sunday I had eaten more dates than seemed reasonable and booked a return trip.

Start in Mutrah, where the corniche curves round a harbour full of dhows. The souk behind it is a warren of frankincense stalls, silver shops and tailors; Mr Saleh, who has sold khanjar daggers there for forty years, let me hold one worth more than my car. For lunch, the locals' choice is a small grill behind the fish market where Omar and his brother cook kingfish over charcoal and serve it with lime and rice for about four rials.

Day two is for the old town. The forts of Al Jalali and Mirani guard the harbour and are best seen from the water. Boat trips leave from the marina at Qantab; our skipper, Hassan, found a pod of dolphins within twenty minutes.

I stayed at the Al Bustan Palace, a grand, slightly old-fashioned hotel with a beach that is empty before nine. A cheaper option is the Naseem Guesthouse in Ruwi, run by a cheerful Keralite couple, Mr and Mrs Thomas.

On the last day drive an hour inland to Nizwa for the Friday cattle market. Go early, wear sensible shoes, and do not stand behind the goats.
''')

doc('negative', 'court-report', 'en-GB', '''Driver who hit cyclist in Bradford jailed for 16 months

A van driver who knocked a cyclist off his bike while using his mobile phone has been jailed for 16 months at Bradford Crown Court.

Imran Yousaf, 29, of Manningham Lane, admitted causing serious injury by careless driving. The court heard that he was sending a voice note when his Ford Transit drifted across Leeds Road and struck Daniel Petrov, 41, who was cycling to work at the Royal Infirmary in March last year.

Mr Petrov, a nurse, suffered a fractured pelvis and spent five weeks in hospital. In a statement read to the court, he said he had not been able to return to his job and that his young children were still frightened of traffic.

Mitigating, Saira Hussain said her client was "genuinely ashamed" and had stopped to give first aid. He had no previous convictions and had written a letter of apology.

Sentencing, His Honour Judge Noor Mohammed said the defendant had made "a deliberate choice to look at a screen rather than at the road". He was also banned from driving for three years and eight months and must take an extended retest.

Outside court, West Yorkshire Police's Sgt Lisa Kim urged motorists to switch phones off behind the wheel.
''')

doc('negative', 'business', 'en-IN', '''Hyderabad biryani chain plans 40 new outlets

HYDERABAD: Shah Ghouse Hotels, the family-owned restaurant chain known for its late-night biryani, plans to open 40 outlets across south India over the next two years, managing director Mohammed Irfan Shah said on Monday.

The company, started by his grandfather as a single cafe near Charminar in 1959, now runs 11 restaurants in Hyderabad and reported revenue of Rs 212 crore in the last financial year, up 18 per cent. The expansion, to be funded by internal accruals and a term loan from a public sector bank, will take the brand to Bengaluru, Chennai and Vijayawada.

"People come to us for the same taste they had as children," Shah said. "The challenge is to keep the kitchen the same when you grow."

Industry analyst Kavya Rao of Mumbai-based Anand Rathi said quick-service biryani was one of the fastest growing categories in the organised food business, with competition from delivery-only brands. Rival Paradise Food Court opened six outlets last year.

The company also plans a central kitchen in Shamshabad, near the airport, where around 300 people will be employed, said chief operating officer Syed Hassan Haqqani. Hiring for the first phase will begin in April.
''')

doc('negative', 'local-news', 'en-US', '''Dearborn council approves new park on Warren Avenue

DEARBORN - The city council voted 6-1 on Tuesday to turn a vacant lot on Warren Avenue into a small park with a playground, shade trees and a splash pad, ending a two-year dispute over the site.

Council member Mustafa Hammoud, who represents the east end, said families had asked for green space for years. "Kids in this neighborhood play on the sidewalk because there is nowhere else," he said.

The lot, once home to a dry cleaner, needed environmental cleanup before it could be reused. The city received a $1.2 million state grant for the work, and the parks department expects construction to start in the spring.

The only vote against came from council member Ken Garcia, who said the money should go to road repairs first.

Residents who spoke at the meeting were largely supportive. Fatima Saleh, who runs a bakery across the street, said she hoped the park would bring more foot traffic. Retired teacher Ali Bazzi asked the council to add benches for older residents.

The park does not yet have a name. Council President Omar Hassan said residents would be invited to submit suggestions online through the end of January.
''')

doc('negative', 'obituary', 'en-US', '''Dr. Hassan Jalal Rahimi, 1941-2025

Dr. Hassan Jalal Rahimi, a family physician who cared for three generations of patients in Fairfax County, died peacefully at home on February 2, surrounded by his family. He was 83.

Born in Herat, Afghanistan, he studied medicine at Kabul University and came to the United States in 1972 for his residency at Georgetown. He opened his practice on Lee Highway in 1978 and kept it going, with the help of his wife, Nasrin, until he retired at 76. Patients remember him for house calls made long after house calls went out of fashion, and for the jar of pistachios on his desk.

He loved poetry, especially Rumi and Hafez, and could recite for an hour without notes. He was a founding member of the Afghan-American Physicians Association and volunteered for many years at a free clinic in Annandale.

He is survived by his wife of 56 years; his children, Dr. Laila Rahimi (Mark Ivanov) and Omar Rahimi (Sara); five grandchildren; and his brother Karim in Hamburg.

A memorial service will be held at 11 a.m. on Saturday, February 15, at the Islamic Center of Northern Virginia. In lieu of flowers, the family asks that donations be made to the Annandale free clinic.
''')

doc('negative', 'recipe-or-lifestyle', 'en-GB', '''Weeknight kitchen: Aunt Noor's chicken and apricot pilau

This is the dish my aunt Noor made every Friday, and the one I cook when I want the flat to smell like her house in Peshawar. It takes about an hour, most of it hands-off.

Serves 4

- 400g basmati rice, washed and soaked for 30 minutes
- 6 chicken thighs, skin off
- 2 onions, finely sliced
- 1 tsp cumin seeds, 4 cardamom pods, 1 cinnamon stick
- 12 dried apricots, halved
- a handful of almonds and a handful of raisins
- 700ml chicken stock

Fry the onions slowly in oil until deep brown; lift out half for the top. Add the whole spices, then the chicken, and brown it. Pour in the stock, season well and simmer for 20 minutes. Drain the rice and add it with the apricots, bring back to the boil, then cover tightly and cook on the lowest heat for 18 minutes.

Fry the almonds and raisins in butter and scatter them over with the reserved onions. My cousin Hassan insists on a squeeze of lemon; his wife, Mariam, serves it with a yoghurt and mint raita. Both are right.

If you can find them, the big orange apricots from Ali Baba Foods on Green Street are worth the trip.
''')

doc('negative', 'wedding-announcement', 'en-US', '''Sophia Garcia and Daniel Kim

Sophia Garcia and Daniel Kim were married on Saturday, June 8, at St. Mary's Church in Pasadena, Calif. The Rev. Thomas Lee officiated, and a reception followed at the Langham Huntington hotel.

The bride, 31, is a pediatric nurse at Children's Hospital Los Angeles. She graduated from UCLA and received a master's degree in nursing from Azusa Pacific University. She is the daughter of Maria and Roberto Garcia of Pasadena. Her father owns Garcia Brothers Landscaping in Altadena.

The groom, 33, is a software engineer at a cloud computing company in Santa Monica. He graduated from the University of California, Berkeley. He is the son of Grace Kim and Kim Sung-ho of Irvine, Calif. His mother is a retired high school chemistry teacher.

The couple met in 2019 at a friend's birthday party in Koreatown, where, the bride said, the groom spent most of the evening "explaining why my karaoke song choice was wrong." They will live in Culver City with their rescue dog, Mochi.
''')

doc('negative', 'school-newsletter', 'en-GB', '''Greenfield Primary School - Spring Term Newsletter

Dear Parents and Carers,

What a busy term it has been! Thank you to everyone who came to our Eid and Easter celebration assembly. Year 4's drumming performance was a highlight, and the samosas and hot cross buns sold out in ten minutes.

Congratulations to Omar Farooq (Year 6), who won the borough chess championship, and to Aisha Khan and Lily Petrova (Year 5), whose poster about plastic in the River Aire was chosen for display at the town hall.

Staff news: we say goodbye to Mrs Ivanova, who retires after 22 years of teaching Reception. Many of you were taught by her yourselves! We welcome Mr Hassan Mirza, who joins us as our new PE teacher, and Miss Grace Lee, who will teach Year 2.

Dates for your diary:
- Parents' evening: Tuesday 18 and Thursday 20 March
- World Book Day: Thursday 6 March (costumes optional!)
- Sports Day: Friday 27 June, weather permitting

Please remember that the school car park is for staff only. Parking on Moorland Road is causing problems for our neighbours.

With best wishes,
Mrs J. Saleh, Headteacher
''')

doc('negative', 'property-listing', 'en-IN', '''FOR SALE - 3 BHK apartment, Noor Residency, Banjara Hills Road No. 12, Hyderabad

Spacious 1,850 sq ft east-facing apartment on the 7th floor of Noor Residency, a well-maintained gated community built in 2016 by Al-Rashid Constructions. Three bedrooms with attached bathrooms, modular kitchen with chimney, separate utility area and two covered car parks.

Amenities: clubhouse, swimming pool, gym, children's play area, 24x7 security and power backup. Walking distance to Omar Khayyam Restaurant, the Hassan Medical Centre and Delhi Public School bus stop. Ten minutes to the KBR National Park gate.

Price: Rs 2.45 crore (negotiable). Society maintenance Rs 6,500 per month.

Ready to move. Clear title; bank loans available from all major banks.

Contact: Salim Khan (owner), or Mohammed Ali Realtors, 2nd floor, Lakdikapul. Brokers welcome. Site visits on weekends by appointment only.
''')

doc('negative', 'concert-review', 'en-GB', not_mentions=['Ali Khan'], text='''Review: Rahat Fateh Ali Khan, Wembley Arena

Four stars

It is a quarter to ten before the man himself walks on, and the arena, which has been clapping along to his nephews' warm-up set for an hour, gets to its feet as one. Rahat Fateh Ali Khan does not say much. He sits, adjusts his harmonium, nods to the tabla player and begins.

For the first half hour he sticks to the film songs that made him a household name from Karachi to Kensal Rise, and the crowd sings every word. But the concert really takes off when he turns to the qawwali repertoire of his uncle, the great Nusrat. A twenty-minute version of a Sufi hymn builds from a whisper to a roar, the chorus of six voices trading phrases with him until the hall is shaking.

There are flaws. The sound mix buries the tabla for most of the night, and a long interval in which a sponsor's representative, Mr Saleem Haider, thanks everyone individually tests the patience of even the most devoted fans. But when Khan closes with "Mast Qalandar" at almost one in the morning, nobody is in a hurry to leave.

The tour continues in Birmingham and Manchester next week.
''')

doc('negative', 'community-notice', 'en-US', '''NOTICE - Riverside Community Center

Free tax preparation help for seniors and low-income families

Volunteers from the local AARP chapter will be at the Riverside Community Center (1420 Kim Street) every Saturday from February 1 to April 12, 9 a.m. to noon Bring your photo ID, Social Security cards for everyone on the return, all W-2 and 1099 forms, and last year's return if you have it.

Interpreters are available in Spanish (ask for Rosa Garcia), Arabic (ask for Mr Yousef Saleh) and Korean (ask for Mrs Lee). No appointment needed, but lines are shortest before 10 a.m.

Also this month:
- Blood drive with the Red Cross, Wednesday February 12, main hall
- Knitting circle led by Mrs Olga Petrov, every Tuesday at 2 p.m.
- Youth basketball sign-ups, coached by Omar Haddad, until February 28

The center's food pantry is open Monday, Wednesday and Friday afternoons. Donations of canned goods can be left at the front desk.

Questions? Call the front desk at (555) 014-2231 or ask Hassan at the reception window.
''')


# ---------------------------------------------------------------- render

def render(src, crlf):
    if crlf:
        src = src.replace('\r\n', '\n').replace('\n', '\r\n')
    out, mentions, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surface, handle, hard = m.group(1), m.group(2), bool(m.group(3))
        if handle not in P:
            raise SystemExit('unknown handle %s' % handle)
        ment = dict(start=n, end=n + len(surface), text=surface, expect=list(P[handle]))
        if hard:
            ment['hard'] = True
        mentions.append(ment)
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, text[:80]
    for mm in mentions:
        assert text[mm['start']:mm['end']] == mm['text']
    return text, mentions


def check_swift_lines(text, style):
    """MT field lines carry at most 35 characters after the tag."""
    if style not in ('mt103', 'mt202'):
        return
    for line in text.replace('\r\n', '\n').split('\n'):
        if line.startswith('{') or line in ('-}', ''):
            continue
        body = re.sub(r'^:[0-9]{2}[A-Z]?:', '', line)
        assert len(body) <= 35, (style, line)


def main():
    rows = []
    for i, d in enumerate(DOCS, 1):
        name = 'wd_%03d.txt' % i
        text, mentions = render(d['text'], d['crlf'])
        check_swift_lines(text, d['style'])
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        rows.append(dict(doc=name, category=d['category'], style=d['style'], locale=d['locale'],
                         source_id=SOURCE, mentions=mentions, not_mentions=d['not_mentions']))
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cats = {}
    for r in rows:
        cats[r['category']] = cats.get(r['category'], 0) + 1
    ms = [m for r in rows for m in r['mentions']]
    parties = {tuple(m['expect']) for m in ms}
    print('documents', len(rows), cats, 'mentions', len(ms),
          'hard', sum(1 for m in ms if m.get('hard')), 'parties', len(parties))


if __name__ == '__main__':
    main()
