#!/usr/bin/env python3
"""Generator for the writer-d held-out free-text documents.

Each document is written with inline markers [[surface|pid]] or [[surface|pid|h]]
(h = hard).  The pid is looked up in /tmp/pool-heldout.jsonl to get the party's keys.
Running this script rewrites wk_*.txt and gold.jsonl in this directory.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-heldout.jsonl'
KEYS = {}
for line in open(POOL, encoding='utf-8'):
    d = json.loads(line)
    KEYS[d['pid']] = d['keys']

MARK = re.compile(r'\[\[(.+?)\|([a-z]+:[^|\]]+)(?:\|(h))?\]\]', re.S)

DOCS = []

def doc(category, style, locale, text, crlf=False, not_mentions=()):
    DOCS.append(dict(category=category, style=style, locale=locale, text=text,
                     crlf=crlf, not_mentions=list(not_mentions)))

# ---------------------------------------------------------------- news
doc('news', 'wire', 'en-GB', """\
MOZAMBIQUE: INSURGENTS RAID COASTAL TOWN AS AID AGENCIES PULL STAFF

PEMBA, Mozambique, March 11 (Reuters-style wire) - Militants linked to [[Ansar al-Sunna|ofac:31372]] attacked the coastal town of Mocimboa da Praia before dawn on Tuesday, burning a police post and the district health centre, residents and a security source said.

Local people have for years called the fighters "[[al-Shabaab|ofac:31372|h]]", although the group has no operational ties to the Somali movement of the same name. Since 2019 it has pledged allegiance to the [[Islamic State|un:QDe.115]], which claimed the raid through its [[Amaq|un:QDe.115|h]] outlet late on Tuesday and described the town as part of its "Central Africa province".

"They came in three groups, some in police uniforms," said Fatima Abdulai, a fish trader who fled by boat to the island of Ibo with her four children. "We heard shooting until the sun was high."

A Rwandan military spokesman, Colonel Ronald Rwivanga, said joint forces had retaken the port area by mid-afternoon and that "several" attackers had been killed. The figure could not be independently verified.

Washington designated the group, which it lists as [[ISIS-Mozambique|ofac:31372]], as a foreign terrorist organisation in 2021. Analysts at the Cabo Ligado monitoring project say [[Ahl al-Sunna wa al-Jamaa|ofac:31372]], as its members call themselves, has shifted in recent months from holding territory to hit-and-run raids along the N380 road.

The International Organization for Migration said more than 9,000 people had arrived in Macomia and Pemba since the weekend. The United Nations World Food Programme said it had suspended distributions in two districts and moved some international staff to Pemba.

TotalEnergies, which halted construction of its liquefied natural gas plant on the Afungi peninsula after a 2021 attack on Palma, declined to comment on whether Tuesday's raid would affect its plans to restart the project.

Mozambique's defence minister, Cristovao Chume, told state broadcaster TVM that the army would "not give one metre" to the insurgents. Provincial governor Valige Tauabo appealed for calm and asked residents not to share videos of the attack on WhatsApp.

(Reporting by the Maputo newsroom; editing by Helen Mortimer)
""")

doc('news', 'newspaper', 'en-US', """\
Treasury Widens Net Around Lebanese Traders Accused of Funding Militia

By Rachel Okonkwo | Staff Writer

WASHINGTON - The Treasury Department on Thursday added three more companies to a network of Lebanese-owned trading firms that U.S. officials say have moved money for an Iran-backed Shiite movement through West Africa and the Gulf, marking the latest step in a years-long campaign against the family businesses of [[Ali Tajideen|ofac:12450]] and his brother [[Hussein Tajideen|ofac:12451]].

The brothers, who run supermarkets, poultry farms and construction firms from Gambia to Angola, were first designated in 2010. [[Tajideen|ofac:12451|h]], the older brother, has denied any links to militant groups and said in a 2018 interview with a Beirut television channel that the sanctions were "a political decision made in Washington."

Officials said Thursday's action also targeted associates of [[Adham Tabaja|ofac:18218]], a Beirut property developer whose company, [[Al-Inmaa Group for Tourism Works|ofac:18219]], was blacklisted in 2015. According to the Treasury, [[Tabaja|ofac:18218|h]] used real estate and construction contracts in Iraq to generate revenue for the movement's security apparatus.

"These are not small shopkeepers," said David Peretz, a former Treasury analyst who now teaches at Georgetown University. "We are talking about conglomerates that can move tens of millions of dollars without ever touching a U.S. bank."

The designations also named [[Ali Youssef Charara|ofac:19274]], the chairman of a Lebanese telecommunications firm, whom officials accuse of investing funds on behalf of the group's financiers. A lawyer for [[Charara|ofac:19274|h]] did not return calls on Thursday.

Among the beneficiaries of the diverted money, the department said, was the [[Martyrs Foundation in Lebanon|ofac:10411]], a charity that pays stipends to the families of fighters killed in combat. The foundation, known in Arabic as [[Al-Shahid Foundation|ofac:10411]], says it provides schooling and medical care to orphans.

Lebanon's caretaker finance minister, Youssef Khalil, said the country's banks would comply with the designations but warned that "secondary measures" could harm an economy already in its fifth year of crisis. The governor of the central bank did not comment.

In Banjul, a spokesman for the Gambian government said authorities were reviewing the status of two supermarkets in Serrekunda that were named in the filing.

The sanctions freeze any assets the companies hold under U.S. jurisdiction and bar Americans from dealing with them. Foreign banks that handle their transactions risk losing access to the U.S. financial system.
""")

doc('news', 'feature', 'en-GB', """\
The ships that never sail under their own names

For a decade, investigators have followed a fleet of rusting freighters that carry North Korean coal out and weapons in. Catherine Hale followed them through a decade of court filings and UN panel reports.

In July 2013 Panamanian officers boarded a battered general cargo ship in the approaches to the canal. Under 200,000 sacks of Cuban brown sugar they found two disassembled MiG-21 jets, radar components and surface-to-air missile parts. The ship was the [[Chong Chon Gang|ofac:17069]], and its seizure pulled back a curtain on one of the most resourceful shipping operations in the world.

The vessel was operated by [[Ocean Maritime Management Company, Limited|un:KPe.020]], a Pyongyang firm that the UN Security Council blacklisted the following year. [[OMM|un:KPe.020|h]], as it is known in panel reports, did what sanctioned shipowners always do: it changed names. Ships were re-registered to one-ship companies in Hong Kong and Singapore, and the operator itself reappeared as [[Korea Mirae Shipping Co. Ltd|un:KPe.020]] and as the [[East Sea Shipping Company|un:KPe.020]].

"You learn to read a vessel the way you'd read a face," says Hugh Griffiths, who coordinated the UN panel of experts for several years and now lectures on maritime compliance. "The IMO number stays, the paint changes."

The [[Mu Du Bong|ofac:17092]], another [[OMM|un:KPe.020|h]] ship, ran aground off Mexico in 2014 and was held by Mexican authorities for almost a year. Its crew of 33 were eventually flown home via Beijing.

Newer entries in the sanctions lists tell a story of adaptation rather than defeat. In 2018 the UN added the [[Korea Ansan Shipping Company|un:KPe.062]], whose tankers, investigators say, took on refined petroleum in ship-to-ship transfers in the East China Sea. The same year the Council listed [[Phyongchon Shipping & Marine|un:KPe.070]], which operated an ageing product tanker on the same routes. The US Treasury, for its part, has named small operators such as [[Mirim Shipping Co Ltd|ofac:19576]], whose only known asset was a single bulk carrier.

At Rotterdam's Erasmus University, maritime lawyer Annelies de Vries keeps a spreadsheet of every vessel named in panel reports since 2010. It now runs to more than 400 rows. "Perhaps a third are still trading," she says, tapping the screen. "Under Togolese, Sierra Leonean or Mongolian flags, and sometimes under no flag at all."

The [[Chong Chon Gang|ofac:17069]] itself was released in 2014 after its owners paid a fine of roughly $700,000 to the Panama Canal Authority. Satellite imagery analysed by the Royal United Services Institute suggests it was still calling at North Korean ports in 2020.
""", not_mentions=['Hong Kong'])

doc('news', 'court-report', 'en-US', """\
Sentencing hearing set after cartel logistics chief pleads guilty in Chicago

CHICAGO - A federal judge on Monday set an October sentencing date for a man prosecutors describe as a senior logistics operator for the [[Sinaloa Cartel|ofac:11440]], after he pleaded guilty to conspiracy to import fentanyl and methamphetamine into the United States.

[[Ovidio Guzmán López|ofac:13149]], 34, one of the sons of the imprisoned kingpin, appeared before U.S. District Judge Sharon Johnson Coleman wearing an orange jumpsuit and answered the court's questions through a Spanish interpreter. He was extradited from Mexico in September 2023, months after his second arrest in Culiacán set off a day of street battles that left 29 people dead.

Under the plea agreement, [[Guzmán López|ofac:13149|h]] admitted that between 2008 and 2023 he helped run laboratories in Sinaloa and arranged shipments that were moved through Mexicali and Tijuana to distribution cells in Chicago and Los Angeles. He also agreed to forfeit proceeds that prosecutors have not yet quantified.

Assistant U.S. Attorney Andrew Erskine told the court that the government's evidence included intercepted BlackBerry messages and the testimony of several cooperating witnesses, among them a former security chief. Court papers filed in the related case against [[Felipe Cabrera Sarabia|ofac:17146]], who prosecutors say oversaw the cartel's operations in the mountainous Durango-Sinaloa border region, refer to the same intercepts. [[Cabrera Sarabia|ofac:17146|h]], who is also known by the alias [[Miguel Velazquez Manjarrez|ofac:17146]], remains in Mexican custody.

Defense attorney Jeffrey Lichtman, who also represented the defendant's father at his 2019 trial in Brooklyn, said outside the courthouse that his client "has accepted responsibility and wants to put this chapter behind him." He declined to say whether [[Ovidio|ofac:13149|h]] was cooperating with prosecutors.

The indictment also lists a number of alleged co-conspirators who remain at large, including [[Leopoldo Zazueta Gómez|ofac:16581]], whom the Treasury Department designated in 2013 as a money launderer for the organization.

Judge Coleman set sentencing for Oct. 14. The charges to which [[Guzmán López|ofac:13149|h]] pleaded carry a mandatory minimum of ten years and a maximum of life in prison.
""")

doc('news', 'ngo-report', 'en-GB', """\
Eastern DRC and the Central African Republic: armed groups, minerals and the people in between
Field update, Great Lakes Programme

Summary

1. Our researchers conducted 64 interviews in North Kivu, South Kivu and the Lobaye prefecture of the Central African Republic between January and April. This update summarises findings on the financing of two armed actors that remain under UN sanctions and on the impact of their activities on civilians.

The [[FDLR|un:CDe.005|h]] in Rutshuru and Masisi

2. The [[Forces Démocratiques de Libération du Rwanda|un:CDe.005]] ([[FDLR|un:CDe.005|h]]) was founded by Hutu officers who fled Rwanda after the 1994 genocide. Although its numbers have fallen to an estimated 1,000 to 1,500 combatants, interviewees in Rutshuru described continuing taxation of charcoal and cannabis at checkpoints run by the group's armed wing, the [[Force Combattante Abacunguzi|un:CDe.005]] ([[FOCA|un:CDe.005|h]]).

3. Several former combatants told us that orders on revenue-sharing were still issued in the name of [[Gaston Iyamuremye|un:CDi.003]], the movement's long-time interim president, who is known in the bush as "[[Rumuli|un:CDi.003|h]]". One woman from Kibirizi, who asked that only her first name, Esperance, be used, said fighters had taken a third of her harvest of beans "for the president".

4. The group's former president, [[Ignace Murwanashyaka|un:CDi.016]], was convicted in Stuttgart in 2015 of leading a terrorist organisation; he died in German custody in 2019. Residents interviewed in Masisi continue to refer to him as "[[Dr. Ignace|un:CDi.016|h]]".

5. Historic supply routes for gold and cassiterite ran through Butembo and Beni. UN experts reported in 2008 that [[Butembo Airlines|un:CDe.002]] transported minerals for armed groups from Mongbwalu; the company is still listed, although we found no evidence that it now operates flights.

Lobaye and Bangui

6. In the Central African Republic, the former anti-balaka commander [[Alfred Yekatom|un:CFi.004]] is on trial at the International Criminal Court in The Hague. Villagers in Mbaiki still call him "[[Colonel Rambo|un:CFi.004|h]]". Testimony we gathered confirms that checkpoints on the Bangui-Mbaiki road were used to tax timber and diamond traders during 2014.

7. Diamond buyers in Bangui said that the pre-2013 trade had been dominated by [[BADICA|ofac:18430]] ([[Bureau d'Achat de Diamant en Centrafrique|ofac:18430]]), which the UN panel accused of buying stones from rebel-held areas. The company's offices near the Avenue Boganda are now closed.

Recommendations

8. We urge the Security Council's 1533 and 2127 committees to publish updated identifiers for listed individuals, and donors to fund livelihoods programmes for families in Rutshuru who have lost land to the armed groups.
""")

doc('news', 'parliamentary-record', 'en-GB', """\
Iranian Banks: Sanctions Enforcement
Volume 748: debated on Wednesday 14 May

2.41 pm

Mr Gareth Pryce (Stroud) (Lab): To ask the Chancellor of the Exchequer what assessment she has made of the exposure of UK-regulated firms to Iranian banks designated by the United States.

The Economic Secretary to the Treasury (Emma Reynolds): The Office of Financial Sanctions Implementation keeps UK designations under constant review. My hon. Friend will know that [[Bank Melli Iran|ofac:25578]] has a London subsidiary that has been subject to restrictions for more than a decade, and that the Treasury works with the Prudential Regulation Authority and with our partners in Washington on correspondent banking risk.

Mr Pryce: I thank the Minister for that answer, but the point remains that when the United States re-imposed sanctions in 2018 and then, in October 2020, designated almost the entire Iranian banking sector, it listed institutions such as [[Parsian Bank|ofac:25066]], [[Saman Bank|ofac:13135]] and [[Eghtesad Novin Bank|ofac:13131]] that British exporters of food and medicine had relied on. What steps is she taking to make sure humanitarian trade is not choked off?

Emma Reynolds: My hon. Friend raises an important point. Humanitarian exemptions exist, and officials met representatives of the pharmaceutical industry only last month.

Sir Desmond Hale (Weald of Kent) (Con): Is the Minister aware that [[Bank Melli|ofac:25578]] operated through a Moscow subsidiary, [[Mir Business Bank|ofac:25419]], for many years, and that the US has also sanctioned [[Hekmat Iranian Bank|ofac:13140]], which was owned by the armed forces? Will she confirm that no UK bank holds correspondent accounts for any of these institutions?

Emma Reynolds: I am not able to comment on individual firms' accounts from the Dispatch Box, but I can tell the right hon. Gentleman that UK banks are required to report frozen assets to OFSI.

Ms Anjali Menon (Leeds North East) (LD): Shipping insurers in the City have raised with me the case of the [[Islamic Republic of Iran Shipping Lines|ofac:25396]]. Given that [[IRISL|ofac:25396]] vessels change their names and flags repeatedly, what guidance has the Department issued to the Lloyd's market?

Emma Reynolds: OFSI and the Department for Business and Trade published updated maritime guidance in March, and I will place a copy in the Library of the House.

Mr Speaker: Order. We must move on.
""")

doc('news', 'academic-abstract', 'en-US', """\
From [[Jemaah Islamiyah|un:QDe.092]] to [[Islamic State|un:QDe.115]] affiliates: continuity and rupture in Southeast Asian militant financing, 2002-2022

Nurul Hidayah Zainal (Department of Political Science, National University of Singapore) and Thomas R. Bell (School of Security Studies, King's College London)

Abstract

Scholarship on Southeast Asian jihadism has tended to treat the [[al-Qaida|ofac:6366|h]]-aligned [[Jemaah Islamiyah|un:QDe.092]] ([[JI|un:QDe.092|h]]) and the [[Islamic State|un:QDe.115|h]]-aligned networks that emerged after 2014 as distinct organisational generations. Drawing on 212 Indonesian court verdicts, Philippine prosecution records and interviews with 37 former militants, this article argues that the financing practices of the two generations overlapped to a greater degree than is generally recognised. We show that [[Jamaah Ansharut Daulah|un:QDe.164]] ([[JAD|un:QDe.164|h]]), the umbrella coalition whose ideologue [[Aman Abdurrahman|un:QDi.407]] directed followers from Nusakambangan prison, borrowed both personnel and collection methods from [[Jemaah Islamiya|un:QDe.092]] charities. In particular, humanitarian fundraising for Syria by the [[Hilal Ahmar Society Indonesia|un:QDe.147]] ([[HASI|un:QDe.147|h]]), listed by the UN in 2015, provided a template later adapted by pro-[[IS|un:QDe.115|h]] donors. In the southern Philippines, the [[Maute Group|ofac:23849]], which led the 2017 siege of Marawi, relied less on charity than on clan-based extortion and the revenue of family businesses in Lanao del Sur, a pattern we also find in the wider [[ISIS-Philippines|ofac:23844]] network. We conclude that counter-financing measures focused on formal transfers have been less effective than those that disrupted local collection, and we discuss implications for the designation of charitable organisations.

Keywords: terrorist financing; Indonesia; Philippines; charities; designation; Marawi

Journal of Asian Security Studies, vol. 19, no. 2
""")

doc('news', 'business', 'en-GB', """\
Russian conglomerates reshuffle assets as sanctions bite

Oligarch-linked groups are moving holdings to relatives and managers, filings show. By Marcus Whitfield in London

Several of Russia's largest privately owned groups have quietly transferred stakes in subsidiaries to family members and long-serving executives over the past two years, according to a review of corporate filings in Moscow, Cyprus and the British Virgin Islands.

The pattern is most visible at [[GAZ Group|ofac:24230]], the Nizhny Novgorod-based maker of vans and buses that is controlled by aluminium magnate [[Oleg Deripaska|ofac:24283]]. After the US Treasury designated both the company and its owner in April 2018, [[GAZ|ofac:24230|h]] lost access to Western components and was forced to renegotiate supply contracts with German partners. [[Deripaska|ofac:24283|h]] later reduced his holdings in EN+ and Rusal to win relief for those companies, but the vehicle maker remains on the sanctions list.

[[Renova Group|ofac:24303]], the Moscow-based holding company with interests in utilities, metals and technology, has also been reorganising. [[Renova|ofac:24303|h]]'s Swiss-registered units have been wound down, and people familiar with the matter said management of its remaining investments had moved to Moscow.

In St Petersburg, [[Bank Rossiya|ofac:16681]] - sanctioned by Washington in 2014 as the "personal bank" of senior Russian officials - reported record profits last year despite being cut off from dollar clearing. Its largest shareholder, [[Yuri Kovalchuk|ofac:16680]], has been described by US officials as a close associate of the president. A spokeswoman for the bank said it "operates in full compliance with Russian law".

Construction tycoon [[Arkady Rotenberg|ofac:16669]], whose companies built the bridge to Crimea, transferred stakes in several firms to family members in 2020, filings show. Lawyers say such transfers rarely help: Western regulators generally treat assets moved to relatives as still under the designated person's control.

Smaller groups have been affected too. The [[Volga Group|ofac:16806]], a Luxembourg-registered investment vehicle, sold its stake in a Finnish energy company before sanctions took effect, while rail freight operator [[Transoil|ofac:16807]] has moved its trading arm from Geneva to the United Arab Emirates.

"The sanctions are sticky," said Olga Petrenko, a partner at a London law firm who advises European companies on exiting Russian joint ventures. "Moving a share certificate doesn't move the risk."
""")

doc('news', 'obituary', 'en-US', """\
[[Qassim al-Raymi|un:QDi.282]], Yemeni militant leader, dies at 41

[[Qassim al-Raymi|un:QDi.282]], who rose from a teenage recruit in Afghanistan to lead one of [[al-Qaeda|ofac:6366]]'s most dangerous regional branches, was killed in a U.S. airstrike in Yemen's Marib province in late January, the White House confirmed on Thursday. He was 41.

Born in the Raymah region west of Sanaa, [[al-Raymi|un:QDi.282|h]] (Arabic: [[قاسم محمد مهدي الريمي|un:QDi.282]]) travelled to Afghanistan in the late 1990s and trained at camps then operated by the network's central command. Returning to Yemen, he was arrested and, in 2006, was among 23 prisoners who tunnelled out of a high-security jail in Sanaa - an escape that counterterrorism officials later described as the founding moment of [[al-Qaida in the Arabian Peninsula|ofac:11695]].

As the group's military chief, [[Raymi|un:QDi.282|h]] oversaw a string of plots against Western aviation, including the 2009 attempt by a Nigerian student to detonate explosives sewn into his underwear on a flight to Detroit and the 2010 printer-cartridge bombs hidden in cargo bound for Chicago. Those operations were closely associated with the American-born cleric [[Anwar al-Awlaki|un:QDi.283]], whose English-language sermons drew recruits from Britain and the United States. [[Awlaki|un:QDi.283|h]] was killed by a drone strike in 2011.

[[AQAP|ofac:11695|h]]'s branch in the south, which fought under the banner of [[Ansar al-Sharia|ofac:11695]], briefly held towns in Abyan province in 2011 and 2012. [[Al-Raymi|un:QDi.282|h]] took over the leadership in 2015, after his predecessor was killed in a drone strike in Mukalla, and swore allegiance to [[Ayman al-Zawahiri|un:QDi.006]]. In his final years he claimed responsibility for the December 2019 shooting at the naval air station in Pensacola, Fla., in which a Saudi air force trainee killed three American sailors.

The State Department's Rewards for Justice program had offered up to $10 million for information about him. He is survived, according to Yemeni tribal sources, by two wives and several children. Details of his burial were not released.
""")

doc('news', 'email', 'en-GB', """\
From: Priya Raghunathan <p.raghunathan@northgatebank.co.uk>
To: FCC Investigations Team <fcc.investigations@northgatebank.co.uk>
Cc: Tom Castellano <t.castellano@northgatebank.co.uk>
Subject: RE: Alert 24-11873 - Gaziantep remittance cluster - escalation
Date: Tue, 9 Apr 2024 16:22:05 +0100

Hi all,

Following this morning's call, a quick summary before I write this up
properly for the MLRO.

1. The 14 incoming SEPA transfers to our customer (a Birmingham
grocery wholesaler, customer ID withheld here) all reference
"family support" and originate from two accounts in Gaziantep. Open-
source checks on the Turkish ordering party show the same mobile
number as a listing for the [[Sahloul Money Exchange Company|ofac:27971]]
in Idlib, which OFAC designated in 2019. The remitter's Facebook page
also advertises "[[Sahlul Hawala Office|ofac:27971]]" rates.

2. Separately, the customer's own outgoing wires name an agent in
Albu Kamal. I checked the address against the UN list: it is the
branch listed as [[Hanifa Money Exchange Office|un:QDe.153]] ([[مكتب حنيفة للصرافة|un:QDe.153]]),
designated for moving funds for [[ISIL|un:QDe.115]]. One payment narrative reads
"via [[Hanifeh Exchange|un:QDe.153]] for Umm Yasmin" - the spelling differs
but it is clearly the same office.

3. Tom also flagged a WhatsApp screenshot in the KYC file that
mentions "[[Al-Habu|ofac:24762|h]]" as the onward agent. If that is the Syrian
jewellery and hawala business ([[Al-Hebo Jewelry Company|ofac:24762]]) run by
[[Muhammad al-
Habu|ofac:24763]], we have three sanctioned exchangers in one flow.

4. Nothing so far suggests any link to Afghanistan, so I have NOT
added the [[Roshan Money Exchange|un:TAe.011]] hits from the vendor screening
to the case - those look like false positives on the word "Roshan"
(our customer's accountant is a Mr Roshan Perera).

Proposed next steps: freeze pending review, SAR to the NCA by Thursday,
and exit recommendation to the relationship manager, Jamie O'Hara.

Happy to discuss.

Priya

Priya Raghunathan | Senior Investigator, Financial Crime Compliance
Northgate Bank plc | 1 Colmore Square, Birmingham B4 6AA
""")

doc('news', 'op-ed', 'en-US', """\
Opinion | Venezuela's sanctioned governors are still doing business. Why aren't we watching?

By Lucía Fernández-Ortega

When the Treasury Department began naming Venezuelan officials in 2017 and 2018, the idea was simple: make the men who ran the country's provinces and security forces pay a personal price for wrecking its democracy. Seven years later, many of those names are still on the list, and too many of them are still getting rich.

Take [[José Gregorio Vielma Mora|ofac:26994]], the former governor of Táchira state on the Colombian border. Under his administration, the border crossings at San Antonio and Ureña became a marketplace for subsidized gasoline and food smuggled into Cúcuta. [[Vielma Mora|ofac:26994|h]] now sits in the National Assembly, and he travels freely to countries that have never adopted U.S. measures.

Or consider [[Francisco José Rangel Gómez|ofac:23345]], who governed Bolívar state for 13 years while illegal gold mining devoured the Orinoco basin. Human rights groups have documented massacres in the mining arc south of Ciudad Bolívar. The gold did not stay in Venezuela; it left through Aruba, Turkey and the United Arab Emirates. [[Rangel Gómez|ofac:23345|h]] has never answered for any of it.

Sanctions were also supposed to shut down the networks that traded oil and food. Yet shell companies such as [[Quiana Trading Ltd.|ofac:25099]], registered in Hong Kong and designated in 2019 for its role in the CLAP food-box scheme, had long since served their purpose before they were listed. By the time Washington acts, the profits are gone and a new company with a new name has taken over the contracts.

Even tankers have been named. The [[PDVSA Cardón|ofac:26640]], a product tanker in the state oil company's fleet, was blocked in January 2019, yet ship-tracking data show it continued to sail between Venezuelan ports for months.

None of this means sanctions are useless. It means they are a beginning, not an end. The United States and the European Union should coordinate their lists, require beneficial-ownership disclosure for the shipping and gold trades, and fund the Venezuelan journalists - many of them now in exile in Bogotá and Madrid - who have done the hardest work of exposing these networks.

And they should remember the people who paid the real price: the nurses in Maracaibo without gloves, the families in San Cristóbal who queued for days for cooking gas.

Lucía Fernández-Ortega is a senior fellow at the Center for Hemispheric Studies and a former correspondent in Caracas.
""", not_mentions=['Hong Kong'])

doc('news', 'press-release', 'en-US', """\
PRESS RELEASE

Treasury Targets Iranian Exchange Houses Moving Funds for the [[IRGC-Qods Force|ofac:10465]]

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against a network of Iranian exchange houses and brokers that have facilitated the transfer of hundreds of millions of dollars in foreign currency on behalf of the [[Islamic Revolutionary Guard Corps-Qods Force|ofac:10465]] ([[IRGC-QF|ofac:10465|h]]).

According to OFAC, [[Rashed Exchange|ofac:24537]], also known as [[Sarafi Rashed|ofac:24537]], and [[Sakan Exchange|ofac:26535]] acquired U.S. dollars and euros in the United Arab Emirates and delivered the proceeds to Tehran for the use of [[Qods Force|ofac:10465]] commanders. In a related action, OFAC is designating [[Sina Currency Exchange Company|ofac:30389]], which has processed payments for Iranian petrochemical exports.

"The Iranian regime continues to rely on a web of exchange houses to access the international financial system," said the Under Secretary for Terrorism and Financial Intelligence. "Treasury will continue to expose and disrupt these networks."

OFAC also identified [[Day Exchange Company|ofac:25623]] and [[EDBI Exchange Company|ofac:25645]] as affiliates of Iranian state banks that have been used to evade sanctions. [[EDBI Exchange Brokerage|ofac:25645]] is a subsidiary of a state-owned Iranian export lender.

Sanctions Implications

As a result of today's action, all property and interests in property of the persons designated today that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. In addition, any entities that are owned, directly or indirectly, 50 percent or more by one or more blocked persons are also blocked.

Foreign financial institutions that knowingly facilitate significant transactions for or on behalf of these persons could be subject to U.S. correspondent or payable-through account sanctions.

Identifying information on the individuals and entities designated today is available in the Federal Register.

Media contact: press@treasury.example.gov | (202) 555-0143

###
""")

doc('news', 'investigative', 'en-GB', """\
DARK TRANSFERS: HOW THE [[HAPPINESS I|ofac:15055]] AND ITS SISTER TANKERS VANISHED FROM THE MAP

An eight-month investigation by our data team traced sanctioned oil tankers through satellite images, port records and company filings in five countries. By Nadia Karimova and Owen Bridges

On a calm night last September, a very large crude carrier switched off its transponder 40 nautical miles east of the Malaysian island of Tioman. When it reappeared on tracking screens three days later, it was sitting noticeably higher in the water.

Radar imagery we obtained shows the ship lying alongside a second tanker for 31 hours. Its hull shape, funnel markings and deck layout match the [[Happiness I|ofac:15055]], an Iranian-controlled tanker that the US Treasury has listed since 2012. In 2019 the same vessel spent months in the Saudi port of Jeddah after an engine-room breach, and it has sailed under the names [[Hengam|ofac:15055]] and [[Tular|ofac:15055]].

Our investigation identified eleven tankers linked to Iran's state-owned tanker fleet that made similar ship-to-ship transfers off Malaysia in the past year. Among them was the [[Sinopa|ofac:15090]], formerly the [[Susangird|ofac:15090]], which transmitted a false position off Oman for nine consecutive days while it was, according to imagery, anchored at the Kharg Island terminal.

Behind the ships stands a maze of single-ship owners. Company records in the Marshall Islands, Malta and Cyprus show that several of the tankers were at one time registered to firms such as [[Blue Tanker Shipping SA|ofac:15735]], [[Impire Shipping Co.|ofac:15720]] and [[Monsoon Shipping Ltd.|ofac:15733]], all designated by OFAC. When those firms were listed, new owners appeared with addresses in Dubai, Hong Kong and Tortola. Only the vessels' IMO numbers stayed the same.

"Every time a name goes on the list, the beneficial owner simply steps behind another curtain," said Mark Jensen, a former ship broker in Piraeus who now advises insurers on sanctions exposure. "[[Monsoon Shipping|ofac:15733]] is a good example - on paper it is a Maltese company with a London address. In reality it was an Iranian state asset."

We also found that the management company of one tanker, [[ISI Maritime Ltd|ofac:25444]], shared a Valletta office and two directors with a Maltese ship-supply business that is not under sanctions. Its director, reached by telephone, said he had "no knowledge" of the tanker's movements and hung up.

Iran's state tanker operator did not respond to written questions. Malaysia's maritime enforcement agency said it had detained two foreign tankers for anchoring without permission in 2023 and would "continue to monitor" the area.
""", not_mentions=['Hong Kong'])

doc('news', 'blog', 'en-GB', """\
Caucasus Notebook
Posted by Alina Dzhabrailova · 3 comments

Grozny's charity that everyone has to donate to

Every month, teachers in a Grozny school I spoke to last spring find a few thousand roubles missing from their pay. Nobody signs anything. Everyone knows where it goes: the [[Akhmat Kadyrov Foundation|ofac:30610]], the vast charitable fund named after the republic's first pro-Moscow president, who was killed by a bomb at Grozny's Dynamo stadium in 2004.

The fund - officially the [[Regionalny Obshchestvenny Fond imeni Geroya Rossii Akhmata Kadyrova|ofac:30610]] - builds mosques, hands out cars to athletes and flies celebrities in for the birthday celebrations of the ruling family. In December 2020 the US Treasury put it on the Global Magnitsky list, citing its role in laundering money for the Chechen leadership. Ask people in Grozny about that and they laugh: the [[Kadyrov Fund|ofac:30610|h]] does not need dollars.

What it does need is loyal administrators. Over the past few years the same handful of names comes up. [[Apti Alaudinov|ofac:17446]], once deputy interior minister of Chechnya and now a general commanding the Akhmat units in Ukraine, has been on the Magnitsky list since 2017 for his role in the abuse of detainees. In interviews on Russian state television, [[Alaudinov|ofac:17446|h]] likes to talk about charity and "spiritual upbringing".

A lesser-known official, [[Vakhit Usmayev|ofac:30612]], a senior figure in the Argun city administration, was designated at the same time as the fund. Human rights defenders from Memorial documented how detainees were held at a police base in Argun in 2017, and survivors named [[Usmaev|ofac:30612|h]] as one of the men in charge.

None of this has slowed anything down. When I asked a journalist friend in Moscow whether federal investigators would ever look at the fund's accounts, she pointed out that the head of Russia's Investigative Committee, [[Alexander Bastrykin|ofac:21186]], is himself under US sanctions and has never shown the slightest interest.

Comments are moderated. Please be polite.
""")

doc('news', 'radio-transcript', 'en-GB', """\
WORLD AFFAIRS TONIGHT - TRANSCRIPT (EXCERPT)
Segment 2: Libya's militias and the money behind them
Presenter: SARAH KENDRICK. Guests: Dr YOUSSEF BENMAKHLOUF, Libya analyst; JAMES OKORO, former UN panel member

SARAH KENDRICK: Tripoli was quiet this weekend, but only after two days of heavy fighting near the airport road. Youssef, who was fighting whom?

YOUSSEF BENMAKHLOUF: Well, Sarah, you have the usual cast. On one side, brigades loyal to the Government of National Unity; on the other, fighters associated with the Samoud Brigade of [[Salah Badi|un:LYi.028]], who is a Misratan commander and - importantly for your listeners - under UN sanctions since 2018.

SARAH KENDRICK: So [[Badi|un:LYi.028|h]] is back?

YOUSSEF BENMAKHLOUF: He never really left. Every couple of years he turns up with a few hundred men and some technicals, and the politicians pay him to go home.

SARAH KENDRICK: James, you sat on the UN panel that investigated these groups. Is this about money?

JAMES OKORO: It is almost always about money - and oil. Remember [[Ibrahim Jadhran|un:LYi.027]], who controlled the oil crescent terminals with his Petroleum Facilities Guard and tried to sell a tanker-load of crude on his own account in 2014. The UN listed [[Jadhran|un:LYi.027|h]] in 2018 after his men attacked Ras Lanuf. And further west you had people-smuggling networks around Zawiya. [[Musab Abu Grein|ofac:24310]], the trafficker the US and EU sanctioned, ran boats from Sabratha for years.

SARAH KENDRICK: And the old regime? Does it still have a hand in this?

YOUSSEF BENMAKHLOUF: The old regime's money is still frozen abroad. [[Safia Farkash|un:LYi.019]], the widow, lives in Oman. The old intelligence chief, [[Abdullah al-Senussi|un:LYi.018]], is in prison in Tripoli - he was sentenced to death in 2015 - but he remains a symbol for many people in the south, among the Magarha tribe especially. [[Senussi|un:LYi.018|h]] being ill in prison is itself a political issue.

SARAH KENDRICK: We'll have to leave it there. Youssef Benmakhlouf, James Okoro, thank you both.

[END OF SEGMENT]
""")

doc('news', 'policy-brief', 'en-US', """\
POLICY BRIEF No. 31 | Asia Program

Closing the Banking Loopholes: North Korea's Overseas Financial Representatives

Key points

* North Korea continues to earn and move foreign currency through a small number of state banks whose representatives live and work abroad, mostly in China and Russia.
* Most of these banks have been designated by the UN Security Council since 2016, but their representatives are rarely expelled.
* Host governments should enforce the requirement in Resolution 2321 to close representative offices and expel bank officials.

Background

Since the first UN sanctions on the Democratic People's Republic of Korea in 2006, the Security Council has listed a series of banks that finance weapons programmes or process payments for arms sales. The [[Korea Kwangson Banking Corporation|un:KPe.025]] ([[KKBC|un:KPe.025|h]]) was designated in 2009 for providing financial services to companies connected to missile and nuclear trade. The [[Daedong Credit Bank|un:KPe.023]] ([[DCB|un:KPe.023|h]]), originally a joint venture with a Hong Kong-based investor, was listed in 2016 after it was found to have used front companies to conduct millions of dollars of transactions. [[Korea Daesong Bank|un:KPe.035]], controlled by a secretive party finance bureau, was designated the same year.

The most important institution, however, is the [[Foreign Trade Bank|ofac:15603]], the country's primary foreign exchange bank. Designated by the United States in 2013 and by the UN in 2017, the [[Mooyokbank|ofac:15603]] has used shell companies in Hong Kong, Singapore and Thailand to open correspondent relationships with regional banks.

The problem of representatives

Panel of Experts reports between 2017 and 2023 identify at least 19 representatives of these banks living in China and Russia. Several hold diplomatic passports. [[KKBC|un:KPe.025|h]] officials have been observed in Dandong and Shenyang; [[Daesong|un:KPe.035|h]] staff have operated from Vladivostok. In one case documented by the Panel, a [[DCB|un:KPe.023|h]] representative continued to manage accounts for eighteen months after his bank's listing.

Recommendations

1. The Security Council's 1718 Committee should publish the names and passport numbers of all known overseas bank representatives.
2. China and Russia should be pressed publicly to report on expulsions, as required by Resolution 2397.
3. Financial intelligence units in Southeast Asia should share data on front companies linked to North Korean banks with their counterparts in Seoul, Tokyo and Washington.

Author: Dr Hyun-joo Park is a nonresident fellow in the Asia Program. The views expressed are her own.
""", not_mentions=['Hong Kong'])

# ---------------------------------------------------------------- payments
doc('payment', 'mt103', 'swift', """\
{1:F01BARCGB22AXXX0000000000}{2:I103BKCHCNBJ400XN}{4:
:20:HMS240419-0077
:23B:CRED
:32A:240419USD48250,00
:50K:/GB29NWBK60161331926819
HALDANE MARINE SUPPLIES LTD
14 DOCK ROAD
SOUTHAMPTON SO14 3FX GB
:57A:BKCHCNBJ400
:59:/6217000130000123456
[[DANDONG XIANGHE TRADING CO.,
LTD.|ofac:23176]]
NO 8 BINJIANG ROAD ZHENXING DIST
DANDONG LIAONING CN
:70:INV DX-2024-118 STEEL WIRE ROPE
AND DECK FITTINGS
:71A:SHA
:72:/BNF/PLS CREDIT IN FULL
-}
""")

doc('payment', 'mt103', 'swift', """\
{1:F01EBILAEADAXXX0000000000}{2:I103BLOMLBBXXXXXN}{4:
:20:MGT/24/03318
:23B:CRED
:32A:240305USD12600,00
:50K:/AE070331234567890123456
AL MANARA BUILDING MATERIALS LLC
PO BOX 41182 DEIRA DUBAI AE
:59:/LB62099900000001001901229114
[[GOLDEN STAR TRADING & INTERNATION
AL FREIGHT|ofac:24752]]
PORT STREET LATTAKIA
:70:FREIGHT CHARGES BL GSF/2291
20FT CONTAINERS X 3 BEIRUT TRANSIT
:71A:OUR
:72:/ACC/ATTN TRADE DEPT
//REF HAMDAN
-}
""", crlf=True)

doc('payment', 'mt103', 'swift', """\
:20:PAY0615-88213
:23B:CRED
:32A:240615EUR3475,50
:50K:/DE89370400440532013000
KLAUS WERNER OMAR
HAUPTSTRASSE 118
60311 FRANKFURT AM MAIN
:59:/FR1420041010050500013M02606
CABINET DENTAIRE LEE ET GARCIA
22 RUE DES LILAS
69003 LYON FR
:70:FACTURE 2024-0612 IMPLANT ET
SOINS DENTAIRES M. K. OMAR
:71A:SHA
-}
""")

doc('payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId>
    <InstrId>NTB-2024-05-22-0091</InstrId>
    <EndToEndId>INV-7714-ZGT</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">23980.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>NAIROBI MOBILE WORLD LIMITED</Nm>
    <PstlAdr>
      <AdrLine>MOI AVENUE, KENCOM HOUSE 4TH FLOOR</AdrLine>
      <AdrLine>NAIROBI KE</AdrLine>
    </PstlAdr>
  </Dbtr>
  <CdtrAgt>
    <FinInstnId><BICFI>EBILAEADXXX</BICFI></FinInstnId>
  </CdtrAgt>
  <Cdtr>
    <Nm>[[ZULEKHA GENERAL TRADING LLC|ofac:10604]]</Nm>
    <PstlAdr>
      <AdrLine>SHOP 12, AL SABKHA ROAD, DEIRA</AdrLine>
      <AdrLine>DUBAI AE</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>INV 7714 MOBILE HANDSETS AND ACCESSORIES - [[ZULIKHA GENERAL TRADING|ofac:10604]] ACC 0042</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId>
    <EndToEndId>RENT-2024-07-FLAT3B</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="GBP">1450.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>FARHAN ARIF MALIK</Nm>
    <PstlAdr>
      <AdrLine>FLAT 3B, 27 WILMSLOW ROAD</AdrLine>
      <AdrLine>MANCHESTER M14 5TB GB</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>NOOR PROPERTY LETTINGS LTD</Nm>
    <PstlAdr>
      <AdrLine>112 DICKENSON ROAD</AdrLine>
      <AdrLine>MANCHESTER M13 0YL GB</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>JULY RENT FLAT 3B - TENANT F A MALIK</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'mt202', 'swift', """\
{1:F01RBOSGB2LAXXX0000000000}{2:I202AKBKTRISXXXXN}{4:
:20:RBS202-240812-4
:21:CLT-88310-IST
:32A:240812EUR250000,00
:52A:RBOSGB2L
:57A:AKBKTRIS
:58D:[[CHAM ISLAMIC BANK|ofac:22261]]
BAGHDAD STREET
DAMASCUS SY
:72:/BNF/COVER FOR CUST TRANSFER
//REF LC 2024/117 MEDICAL SUPPLIES
//[[AL-CHAM ISLAMIC BANK|ofac:22261]] ACC
//NOSTRO EUR 004411
-}
""")

doc('payment', 'remittance', 'swift', """\
REMITTANCE ADVICE - CASH COLLECTION
Agent ref: KB-77120          Date: 02/09/2024
Sender: Gul Ahmad Sherzad, Peshawar (agent: Khyber Travel & Money)
Receiver: Abdul Wahid, Kabul, collect at Sarai Shahzada
Amount: USD 4,000 (family expenses, wedding of daughter)
Paying agent: [[New Ansari Money Exchange|ofac:12581]], shop 41, Sarai Shahzada, Kabul
Settlement: via [[Nawi Ansari Ltd|ofac:12581]] account, Dubai
Note: receiver to bring tazkira. Call Haji Rahim on 0700 55 1234 if delayed.
""")

doc('payment', 'remittance', 'swift', """\
Payment details / free text (customer online banking)
Beneficiary: [[MAHAN TRAVEL AND TOURISM SDN. BHD.|ofac:24706]]
Beneficiary bank: Maybank, Jalan Tun Perak, Kuala Lumpur
Amount: MYR 18,420.00
Purpose: Group tour package Tehran-Isfahan-Shiraz, 12 pax, booking MT-5517, deposit 50%
Message to beneficiary: Per quotation from [[Mahan Travel|ofac:24706]] KL office dated 4 Nov. Passenger list to follow from Puan Siti Rahmah.
""")

# ---------------------------------------------------------------- negatives
doc('negative', 'sports', 'en-PK', """\
Haqqani's century puts Sialkot Stallions in control

LAHORE: Opener Bilal Haqqani struck a fluent 134 as the Sialkot Stallions reached 341 for six on the opening day of their Quaid-e-Azam Trophy match against Karachi Whites at the Gaddafi Stadium on Monday.

The 23-year-old left-hander, playing only his ninth first-class match, hit 17 fours and three sixes and added 182 for the second wicket with captain Omar Saleh, who made 76. Haqqani later said he had been working on his back-foot game with former Test batter Younis Khan at the National Cricket Academy.

"Younis bhai told me to stop trying to drive everything," Haqqani said. "Today I waited for the short ball."

Karachi's best bowler was the leg-spinner Noor Mohammad, who took three for 88 and had Haqqani stumped shortly before tea. Pacer Hassan Ali, returning from a side strain, bowled 14 tidy overs without reward.

Before play the players of both sides observed a minute's silence in memory of the great leg-spinner Abdul Qadir, whose googly bamboozled a generation of batters at this very ground. His son Usman Qadir, now a television commentator, rang the bell.

Brief scores: Sialkot Stallions 341-6 (Bilal Haqqani 134, Omar Saleh 76, Ali Raza 44*; Noor Mohammad 3-88) v Karachi Whites.
""", not_mentions=['Abdul Qadir', 'Hassan Ali'])

doc('negative', 'travel', 'en-GB', """\
Forty-eight hours in Muscat

Friday, 5pm. Check in at the Al Rashid Heritage Hotel in Old Muscat, a restored merchant's house with twelve rooms around a courtyard. Owner Saleh Al-Rashid will almost certainly offer you cardamom coffee and dates before you have put your bags down.

Friday, 8pm. Walk along the Corniche at Mutrah as the fishing boats come in. For dinner, Bait Al Luban serves Omani classics - try the shuwa, lamb marinated in spices and slow-cooked underground, and the halwa for dessert.

Saturday, 9am. The Sultan Qaboos Grand Mosque opens to non-Muslim visitors until 11am. Women must cover their hair; abayas can be borrowed at the entrance. Our guide, a retired teacher named Mohammed Al Hinai, pointed out the Persian carpet, once the largest hand-loomed carpet in the world.

Saturday, 1pm. Drive 40 minutes to the fishing village of Qurayyat and take a boat with Captain Hassan to the Wadi Shab inlet. Bring water shoes; the final pool requires a short swim through a gap in the rock to reach a hidden waterfall.

Saturday, 8pm. Back in town, the Royal Opera House Muscat often has touring orchestras; on our visit the Cairo Symphony was playing Rimsky-Korsakov.

Sunday, 10am. Mutrah Souq is quietest in the morning. Ali's Silver, near the Khor Bimbah gate, sells old Bedouin jewellery; the Al Haramain perfume shop opposite will happily make you a custom oud blend.

Getting there: Oman Air flies direct from Heathrow. Doubles at the Al Rashid Heritage Hotel from £95, B&B.
""", not_mentions=['Al Haramain'])

doc('negative', 'court-report', 'en-GB', """\
Driver who killed cyclist in Bradford is jailed for six years

A delivery driver who killed a cyclist while reading messages on his phone has been jailed for six years.

Imran Khan, 29, of Manningham Lane, Bradford, admitted causing death by dangerous driving at Bradford Crown Court. The court heard that he was driving a Ford Transit van on Leeds Road on the evening of 14 November when he struck Daniel Petrov, 41, a Bulgarian-born nurse at Bradford Royal Infirmary who was cycling home from a night shift.

Prosecutor Helen Garcia said data from Khan's phone showed he had opened a WhatsApp conversation eleven seconds before the collision. Mr Petrov died in hospital two days later.

In a victim impact statement read to the court, his widow, Elena Ivanova, said: "Daniel spent his life caring for strangers. He was killed by someone who could not wait to read a message."

Mitigating, Hassan Mahmood said his client was "consumed by remorse" and had written to the family. He told the court that Khan had no previous convictions and had been working 14-hour days to support his parents.

Sentencing, Judge Jonathan Rose, the Honorary Recorder of Bradford, said the defendant had made "a deliberate choice to look at his phone instead of the road". He was also banned from driving for eight years.
""")

doc('negative', 'business', 'en-US', """\
Family-owned grocer Noor Foods expands to Houston

DALLAS - Noor Foods, the Dallas-based halal grocery chain founded by brothers Omar and Tariq Saleh, said Tuesday that it would open three stores in the Houston area next year, its first expansion outside North Texas.

The company, which operates nine stores and employs about 400 people, will invest $22 million in the new locations in Sugar Land, Katy and the Hillcroft corridor, chief executive Omar Saleh said in an interview.

"Our customers in Houston have been asking for years," Saleh said. "Now we finally have the distribution center to support it."

Noor Foods reported revenue of $118 million last year, up 14%. The chain is known for its in-house bakery, which makes Afghan naan and Lebanese manakish, and for a butcher counter that sources lamb from ranches in the Hill Country.

The company's chief financial officer, Jennifer Kim, said the expansion would be financed with a mix of cash flow and a credit line from Frost Bank. The chain has no plans to take on outside investors, she said.

Analyst Raymond Lee of Southwest Retail Advisors said ethnic grocers had been among the fastest-growing segments of the supermarket industry. "Chains like Noor and Patel Brothers are pulling customers away from conventional grocers," he said.

The first Houston store is expected to open in March.
""")

doc('negative', 'local-news', 'en-US', """\
Dearborn council approves new park named for longtime coach

DEARBORN, Mich. - The City Council voted unanimously Tuesday night to name a new park on the city's east side after Kamal Fawaz, a high school wrestling coach who trained hundreds of students over four decades.

Fawaz, 78, coached at Fordson High School from 1979 until his retirement in 2019. His teams won four state titles, and several of his former wrestlers went on to compete in college.

"Coach Kamal taught us that you show up every day, whether you feel like it or not," said Council member Mustapha Hammoud, who wrestled for Fawaz in the 1990s.

The 3-acre park, at the corner of Salina Street and Dix Avenue, will include a playground, a splash pad and a small wrestling-themed sculpture by local artist Layla Kassem. Construction is scheduled to begin in April and cost about $2.1 million, funded largely by a state grant.

Residents who spoke at the meeting were overwhelmingly supportive. Hussein Beydoun, who owns a bakery on Warren Avenue, said the neighborhood had waited too long for green space.

Mayor Abdullah Hammoud said a dedication ceremony would be held once the park opens, probably next summer.
""")

doc('negative', 'obituary', 'en-GB', """\
Professor Mohammed Rafiq Chaudhry, 1938-2024

Mohammed Rafiq Chaudhry, who has died aged 86, was a mathematician whose work on number theory took him from a village school in Punjab to a chair at the University of Leicester.

Born in a farming family near Jhelum, he was taught arithmetic by his grandfather, Ghulam Rasool, using pebbles in the courtyard. He won a scholarship to Government College, Lahore, and in 1962 came to Britain to study for a PhD at Cambridge under the supervision of the analyst Harold Davenport.

He joined Leicester in 1968 and remained there for the rest of his career. His papers on the distribution of prime numbers in arithmetic progressions are still cited, and he supervised more than 30 doctoral students, among them the Bulgarian number theorist Nikolai Petrov and the Korean statistician Kim Min-jun.

Colleagues remember him for his patience and his terrible jokes. For twenty years he ran a Saturday maths club for children in Highfields, where he was known simply as "Uncle Rafiq".

He was appointed OBE in 2005 for services to mathematics education.

He is survived by his wife, Shamim, whom he married in 1965, their children, Omar, Sara and Hassan, and seven grandchildren.
""")

doc('negative', 'recipe-or-lifestyle', 'en-IN', """\
Sunday kitchen: Amma's chicken haleem, the slow way

My grandmother, Noor Jahan Begum, made haleem only twice a year: once during Ramzan and once for my grandfather Mohammed Osman's birthday. It took her the whole day, and she never let anyone else stir the pot.

This is her recipe, lightly adapted. It serves eight.

Ingredients: 250g broken wheat (dalia), 50g each of chana dal, masoor dal and urad dal, 1kg chicken on the bone, 2 onions finely sliced and fried golden, 2 tbsp ginger-garlic paste, 1 tsp turmeric, 2 tsp red chilli powder, 1 tbsp garam masala, a large bunch of mint and coriander, 4 green chillies, juice of 2 limes, and plenty of ghee.

Method: Soak the wheat and lentils overnight. Next day, boil them with turmeric until completely soft. In a heavy pot, brown the chicken in ghee with ginger-garlic paste and spices, add water and cook until it falls off the bone. Shred the meat, discard the bones, and return it to the pot with the lentils and wheat.

Now comes the part Amma was strict about: beat the mixture with a wooden ghotni, or a potato masher, for at least 30 minutes, until the meat and grain become one silky mass. Taste, adjust salt, and finish with fried onions, mint, lime and a generous spoon of ghee.

If you are in Hyderabad, the haleem at Pista House or at Shah Ghouse near Charminar is the benchmark; my cousin Ali swears by the version at Sarvi in Banjara Hills. But nothing beats your own.
""")

doc('negative', 'wedding-announcement', 'en-US', """\
Sarah Kim and Omar Haddad

Sarah Min-ji Kim and Omar Khalid Haddad were married Saturday at the Brooklyn Botanic Garden. Imam Khalid Latif and the Rev. Grace Park officiated in an interfaith ceremony.

The bride, 31, is a pediatric nurse at NYU Langone Health. She graduated from Boston College and received a master's degree in nursing from Columbia. She is the daughter of Mi-young Kim and Daniel Kim of Fort Lee, N.J. Her father is a retired dentist.

The groom, 33, is a structural engineer at Thornton Tomasetti in Manhattan. He graduated from the University of Michigan. He is the son of Leila Haddad and Dr. Khalid Haddad of Dearborn, Mich. His father is a cardiologist; his mother teaches Arabic at a community college.

The couple met in 2019 in a salsa class on the Lower East Side, when the instructor, Carlos Garcia, paired them up because they were the only two beginners who kept stepping on everyone's feet.
""")

doc('negative', 'school-newsletter', 'en-GB', """\
St Aidan's Primary School - Spring Term Newsletter

Dear Parents and Carers,

What a busy term it has been! Thank you for your support at the Christmas fair, which raised £2,340 for the new library books.

Year 6 success: Congratulations to Ayaan Khan, Maryam Ali and Jacob Lee, who represented the school at the Leicestershire Junior Maths Challenge and came third out of 28 schools. Well done also to Zara Hassan in Year 4, whose poem about the River Soar will be displayed at the city library.

Staff news: We say goodbye to Mrs Petrova, who has taught in Year 2 for eleven years and is moving to Bristol. We welcome Mr Ivanov, who joins us as our new PE teacher, and Ms Noor Saleh, who will be our SENCo from September.

Sports: The Year 5 football team, coached by Mr Garcia, won the district five-a-side cup after a penalty shoot-out against Highfields Primary. Goalkeeper Omar Rahimi saved two penalties.

Dates for your diary: Eid celebration assembly - Friday 12 April, 9am (all families welcome). Parents' evening - Tuesday 23 April. Sports day - Friday 21 June.

Reminder: please label all uniform. We currently have 47 unnamed jumpers in lost property!

With best wishes,
Mrs Anita Sharma, Headteacher
""")

doc('negative', 'property-listing', 'en-GB', """\
FOR SALE - £425,000 - Freehold

4 Haqqani Court, Alum Rock Road, Birmingham B8

A beautifully presented four-bedroom semi-detached family home in this popular residential close, built in 2015 by Noor Homes Ltd and offered with no upward chain.

Ground floor: entrance hall, through lounge with bay window, open-plan kitchen/diner with quartz worktops and integrated appliances, utility room and downstairs WC.

First floor: master bedroom with en-suite shower room, two further double bedrooms, a single bedroom/study and a family bathroom.

Outside: block-paved driveway for two cars, landscaped rear garden with patio.

Location: within walking distance of the Al-Rashid Mosque, Saleh's Cash & Carry and Washwood Heath Academy, with easy access to the M6 at junction 5.

Viewing strictly by appointment with Khan & Lee Estate Agents, 211 Alum Rock Road. Tel 0121 555 0199.

EPC rating: B. Council tax band: D.
""")

doc('negative', 'concert-review', 'en-US', """\
Review: Noor Ensemble brings Sufi fire to Symphony Hall

BOSTON - There are concerts that you admire and concerts that you feel in your chest. Saturday's performance by the Noor Ensemble at Symphony Hall was decidedly the second kind.

Led by the Pakistani-American qawwal Asif Mehmood, a Lahore-born former software engineer, the eight-piece group opened with a slow, hypnotic "Allah Hoo" that built over fifteen minutes to a storm of handclaps and harmonium. Tabla player Hassan Rashid, barely 25, played with startling delicacy, then drove the final section at a gallop.

The evening's surprise was a guest appearance by Korean-born cellist Kim Soo-yeon, whose long improvised line over the harmonium drone in "Man Kunto Maula" drew the first of several standing ovations.

If there was a weakness, it was the amplification, which made the bass harmonium muddy in the upper balcony. But by the encore, a joyous "Dam Mast Qalandar", half the audience was on its feet and the ushers had given up trying to keep the aisles clear.

The Noor Ensemble plays the Kennedy Center in Washington on March 14.
""")

doc('negative', 'community-notice', 'en-GB', """\
NOTICE - Al Falah Community Centre, 15 Green Street, London E7

Free legal advice clinic: Every Wednesday, 6pm-8pm, with volunteer solicitor Mr Yusuf Saleh. Housing, immigration and employment questions. No appointment needed.

Women's swimming: Resumes on Sunday mornings at Atherton Leisure Centre, organised by Sister Noor Hussain. Please bring £2 towards pool hire.

Lost: A brown leather wallet was found in the car park after Friday prayers. Please contact the office, quoting the name Omar.

Condolences: We are sad to announce the death of Brother Mohammed Ali Patel, father of our treasurer, Imran Patel. The janazah will be held at East London Mosque on Thursday after Zuhr.

Youth football: Under-12 trials for Forest Gate Lions, coached by Mr Kevin Lee, on Saturday 10am at West Ham Park.

Iftar collection: Donations of dates and rice can be left at reception. Thank you to Haji Rafiq Bhatti and Al Noor Superstore for this month's donations.

Trustees: Mr S. Ali (Chair), Mrs R. Hassan (Secretary), Mr I. Patel (Treasurer)
""")


# ---------------------------------------------------------------- build
def render(raw):
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk); length += len(chunk)
        surface, pid, hard = m.group(1), m.group(2), m.group(3)
        if pid not in KEYS:
            sys.exit('unknown pid %s' % pid)
        men = {'start': length, 'end': length + len(surface), 'text': surface,
               'expect': list(KEYS[pid])}
        if hard:
            men['hard'] = True
        mentions.append(men)
        out.append(surface); length += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, text[:80]
    return text, mentions


def main():
    rows = []
    for i, d in enumerate(DOCS, 1):
        name = 'wk_%03d.txt' % i
        raw = d['text']
        if d['crlf']:
            raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
        text, mentions = render(raw)
        for mm in mentions:
            assert text[mm['start']:mm['end']] == mm['text']
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        back = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
        assert back == text
        # warn about unmarked repeats of a marked surface
        spans = [(mm['start'], mm['end']) for mm in mentions]
        for mm in mentions:
            for occ in re.finditer(re.escape(mm['text']), text):
                if not any(s <= occ.start() < e for s, e in spans):
                    print('WARN %s: unmarked %r at %d' % (name, mm['text'], occ.start()))
        if d['category'] == 'payment' and d['style'] in ('mt103', 'mt202'):
            for ln in text.replace('\r\n', '\n').split('\n'):
                if len(ln) > 35 and not ln.startswith('{1:'):
                    print('WARN %s: line > 35: %r' % (name, ln))
        rows.append({'doc': name, 'category': d['category'], 'style': d['style'],
                     'locale': d['locale'], 'source_id': 'writer-d',
                     'mentions': mentions, 'not_mentions': d['not_mentions']})
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    nm = sum(len(r['mentions']) for r in rows)
    nh = sum(1 for r in rows for m in r['mentions'] if m.get('hard'))
    parties = {tuple(m['expect']) for r in rows for m in r['mentions']}
    cats = {}
    for r in rows:
        cats[r['category']] = cats.get(r['category'], 0) + 1
    print('docs', len(rows), cats, 'mentions', nm, 'hard', nh, 'parties', len(parties))


if __name__ == '__main__':
    main()
