# writer-h: news-like documents (16)

def add(doc):
    doc('wh_001.txt', 'news', 'wire', 'en-PK', """
PAKISTAN COURT JAILS [[LAKHVI|un:QDi.264|h]] FOR 15 YEARS IN TERROR-FINANCING CASE

LAHORE, January 8 (Reporting by Asif Chaudhry; editing by Helen Marsh) - An anti-terrorism court in Lahore on Friday sentenced [[Zaki-ur-Rehman Lakhvi|un:QDi.264]], accused by India of planning the 2008 Mumbai attacks, to 15 years in prison for financing terrorism, a prosecutor told reporters outside the court.

Prosecutor Rana Tariq Wattoo said [[Lakhvi|un:QDi.264|h]] had collected and disbursed money through a medical dispensary in Okara district whose income was routed to militants. The Counter Terrorism Department of Punjab police had registered the case last year, naming a charity called the [[Al-Rehmat Trust|ofac:12294]] as one of the channels.

[[Lakhvi's|un:QDi.264|h]] lawyer, Naseer Ahmed Bhutta, said his client would appeal to the Lahore High Court. "There is no evidence that a single rupee reached any banned group," he said.

The ruling comes weeks before a plenary of the Financial Action Task Force in Paris, where Pakistan hopes to be removed from the watchdog's "grey list". In 2020 courts in Lahore and Gujranwala convicted several other figures, among them [[Hafiz Abdul Rehman Makki|un:QDi.433]], a brother-in-law of a prominent cleric; [[Makki|un:QDi.433|h]] was later added to the United Nations sanctions list after China lifted a technical hold.

Western diplomats in Islamabad have also pressed for action against the [[Welfare and Development Organization of Jamaat-ud-Dawah for Qur'an and Sunnah|ofac:21391]], which the United States designated in 2016 as a front for raising funds in Pakistan and Afghanistan.

In the north-west, security officials said on Thursday that a group loyal to [[Noor Wali Mehsud|un:QDi.427]] had claimed an attack on a police post near Tank that killed two constables. [[Mehsud|un:QDi.427|h]] took over the group in 2018 after his predecessor [[Maulana Fazlullah|un:QDi.352]], known in Swat as "[[Mullah Radio|un:QDi.352|h]]" for his illegal FM sermons, was killed in a U.S. drone strike in Afghanistan's Kunar province.

Police in Tank said they had detained 11 suspects, including a shopkeeper named Gul Zaman, and seized two motorcycles.
""")

    doc('wh_002.txt', 'news', 'newspaper', 'en-NG', """
Northern governors seek new pact on Sahel jihadists

By Chinedu Okafor, Abuja

Governors from the North-West and North-Central zones will meet security chiefs in Kaduna next week to discuss what one aide called "the southward drift" of armed groups from the Sahel, after a string of kidnappings on the Kaduna-Abuja highway.

Intelligence officials briefing the Senate committee on security last Tuesday named [[Ansaru|un:QDe.142]], the splinter faction whose full Hausa-Arabic name is [[Jama'atu Ansarul Muslimina fi Biladis-Sudan|un:QDe.142]], as the group most active in the Birnin Gwari forest. The faction broke away in 2012 and has since developed links with [[al-Qaeda in the Islamic Maghreb|un:QDe.014]] ([[AQIM|un:QDe.014|h]]), according to a 2022 report by the Abuja-based Centre for Democracy and Development.

Senator Abubakar Danladi told the committee that [[AQIM|un:QDe.014|h]] had "exported not fighters but expertise": bomb-making, ransom negotiation and the handling of hostages. Much of that know-how, analysts say, came from the networks built by the one-eyed Algerian commander [[Mokhtar Belmokhtar|un:QDi.136]], whose men seized the In Amenas gas plant in 2013. [[Belmokhtar|un:QDi.136|h]] has been reported dead several times; French officials have never confirmed it.

In Mali, the Tuareg-led [[Ansar Dine|un:QDe.135]] and the commander [[Bah Ag Moussa|un:QDi.424]] were blamed by UN investigators for attacks on Malian army posts around Kidal. [[Ag Moussa|un:QDi.424|h]], a former colonel in the Malian army, deserted in 2012.

Professor Hauwa Ibrahim of Ahmadu Bello University warned against reading every incident as the work of foreign groups. "Most of the gunmen on our highways are local bandits with no ideology at all," she said. "If we call them jihadists, we give them a brand they have not earned."

The Kaduna State Commissioner for Internal Security, Samuel Aruwan, said the state had recorded 312 abductions in the first half of the year.
""")

    doc('wh_003.txt', 'news', 'feature', 'en-KE', """
The long shadow over Majengo

In the narrow lanes behind Mombasa's Masjid Musa, people still lower their voices when they talk about the men who went north. Fatuma Said, who sells mahamri and chai from a blue kiosk, counts eleven boys from her street who crossed into Somalia between 2011 and 2015. Three came back. None of them talk.

To understand how they were recruited, a Kenyan researcher, Dr. Mohamed Bwana, spent two years interviewing families along the coast. Again and again, he says, the same names came up: preachers whose sermons were copied onto memory cards and passed hand to hand, and Somali commanders whose voices carried across the border on shortwave radio.

One was [[Sheikh Hassan Dahir Aweys|un:QDi.042]], the veteran Islamist who led the hardline wing of the courts movement in Mogadishu in 2006. [[Aweys|un:QDi.042|h]], now in his eighties, surrendered in 2013 and lives under a form of house arrest in the Somali capital. Another was [[Hassan Abdullah Hersi al-Turki|un:SOi.003]], a former military commander from the Ras Kamboni area near the Kenyan border; [[Turki|un:SOi.003|h]] died of illness in 2015.

The younger generation had other heroes. [[Fuad Mohamed Khalaf|un:SOi.005]], better known on the coast as "[[Fuad Shongole|un:SOi.005|h]]", was a Swedish-Somali preacher whose fiery speeches circulated widely. The Kenyan-born [[Maalim Salman|un:SOi.013]] was accused by the United States of recruiting foreign fighters and training them for operations in East Africa, while the group's long-time spokesman [[Ali Mohamed Rage|un:SOi.021]] - "[[Ali Dheere|un:SOi.021|h]]" to his listeners - taunted Nairobi in weekly broadcasts.

Closer to home, police say, the recruiter [[Abubakar Swalleh|un:QDi.436]] used a network of madrassas and football teams around Likoni. [[Swalleh's|un:QDi.436|h]] family in Likoni declined to be interviewed.

Bwana's study ends on a cautious note. Youth unemployment in Mombasa county remains above 35 per cent, and the county government's "Tujenge Pamoja" programme has reached fewer than two thousand young people. "The preachers have gone quiet," Fatuma says, wiping down her counter. "But the boys still have nothing to do."
""")

    doc('wh_004.txt', 'news', 'court-report', 'en-US', """
Appeals court upholds life sentence in 1998 embassy bombings case

NEW YORK - A federal appeals court on Monday upheld the conviction and life sentence of [[Ahmed Khalfan Ghailani|un:QDi.028]], the Tanzanian who was the first detainee from Guantanamo Bay to be tried in a civilian court, rejecting his argument that his right to a speedy trial had been violated.

A three-judge panel of the U.S. Court of Appeals for the Second Circuit said the nearly five years [[Ghailani|un:QDi.028|h]] spent in CIA custody and at Guantanamo before being brought to Manhattan did not require dismissal of the charges. Writing for the panel, Judge José A. Cabranes said the delay was "justified by the government's compelling interest in national security."

[[Ghailani|un:QDi.028|h]], who was known among his associates as "[[Foopie|un:QDi.028|h]]," was convicted in 2010 of conspiring to destroy U.S. property in the August 1998 truck bombings of the American embassies in Nairobi and Dar es Salaam, which killed 224 people. Jurors acquitted him of more than 280 other counts, including murder.

Prosecutors said he bought the truck and the gas cylinders used in the Dar es Salaam bomb and later worked as a bodyguard and document forger for [[al Qaeda|ofac:6366]].

The same courthouse in lower Manhattan saw the trial of [[Khalid al-Fawwaz|un:QDi.059]], a Saudi national who ran the group's media office in London in the 1990s. [[Al-Fawwaz|un:QDi.059|h]] was extradited from Britain in 2012 after a long legal battle and was sentenced to life in prison in 2015 by U.S. District Judge Lewis A. Kaplan.

[[Ghailani's|un:QDi.028|h]] appellate lawyer, Peter Quijano, said he was studying the ruling and had not decided whether to ask the Supreme Court to review it. A spokesman for the U.S. Attorney's Office in Manhattan declined to comment.

Relatives of the Kenyan victims have long complained that compensation has been unequal. "My husband was a security guard at the gate," said Mary Wanjiru, who travelled from Nairobi to attend the original trial. "He is a number in this case. He should be a name."
""")

    doc('wh_005.txt', 'news', 'ngo-report', 'en-GB', """
Executive summary: Armed groups, gold and air cargo in the eastern DRC and the Central African Republic

This report by the Great Lakes Accountability Project draws on 146 interviews conducted in North Kivu, Ituri and Bangui between March and November. It documents how armed groups continue to finance themselves from artisanal gold and from taxation of trade routes, and how sanctions imposed since 2005 have been applied unevenly.

1. The [[Forces Démocratiques de Libération du Rwanda|un:CDe.005]] ([[FDLR|un:CDe.005|h]]) remains present in Rutshuru and Nyiragongo territories, although its strength has fallen to an estimated 500 to 1,000 combatants. Former [[FDLR|un:CDe.005|h]] members told us that the group still levies "contributions" on charcoal and on cannabis grown in the Virunga National Park. The trial in Germany of its former president, [[Ignace Murwanashyaka|un:CDi.016]], who died in detention in 2019, showed how much of the movement's leadership operated from Europe.

2. In Rutshuru, residents described the return of fighters loyal to [[Sultani Makenga|un:CDi.008]], the military commander of the 2012-2013 rebellion in North Kivu. Civil society leaders in Kiwanja said that [[Makenga's|un:CDi.008|h]] forces had installed roadblocks charging between 500 and 2,000 Congolese francs per motorbike.

3. In Ituri, the legacy of the 2002-2003 conflict persists. The militia leader [[Kawa Panga Mandro|un:CDi.009]], who was sanctioned by the Security Council in 2005, is still cited by displaced families in Bunia as one of those responsible for the attacks on Hema and Lendu villages.

4. Air transport. Our researchers reviewed flight logs at Bunia and Goma airports. Two companies sanctioned in 2007, [[Butembo Airlines|un:CDe.002]] and [[Compagnie Aérienne des Grands Lacs|ofac:10117]] ([[CAGL|ofac:10117|h]]), no longer operate under those names, but at least two aircraft previously registered to them were still flying cargo between Bunia and Entebbe in 2022 under new operators.

5. Central African Republic. In the south-west, the militia commander [[Alfred Yekatom|un:CFi.004]], known as "[[Colonel Rambo|un:CFi.004|h]]", was transferred to the International Criminal Court in 2018. In the far east, remnants of a Ugandan rebel movement still roam near Obo; its founder [[Joseph Kony|un:CFi.009]] has been indicted by the ICC since 2005. Local chiefs in Zemio told us that [[Kony|un:CFi.009|h]] was last sighted in the Kafia Kingi enclave.

Recommendations are set out in chapter 6. We thank the communities of Kiwanja, Bunia and Zemio, and our partner organisation ASADHO, for their assistance.
""")

    doc('wh_006.txt', 'news', 'parliamentary-record', 'en-GB', """
Russia: Sanctions Enforcement
Volume 712: debated on Tuesday 14 March

2.41 pm

Dame Margaret Hodge (Barking) (Lab): What assessment has the Minister made of the effectiveness of asset freezes on individuals close to the Kremlin? Is she aware that [[Arkady Rotenberg|ofac:16669]], who was designated by the United States as long ago as 2014, continued to move money through UK-registered limited partnerships for years afterwards?

The Minister of State, Foreign, Commonwealth and Development Office (Anne-Marie Trevelyan): I thank the right hon. Lady for her question. We do not comment on individual cases, but I can tell the House that since February last year we have frozen more than GBP 18 billion of assets. Mr [[Rotenberg|ofac:16669|h]] is designated under our own regime.

Dame Margaret Hodge: The Minister will know that [[Bank Rossiya|ofac:16681]], described by the US Treasury as the personal bank of senior Russian officials, and its largest shareholder [[Yuri Kovalchuk|ofac:16680]], have been sanctioned in Washington since 2014. Why did it take this Government eight years to follow?

Anne-Marie Trevelyan: We have acted decisively and in concert with our allies.

Sir Iain Duncan Smith (Chingford and Woodford Green) (Con): Will my right hon. Friend also look at the network around [[Yevgeny Prigozhin|ofac:21171]]? [[Prigozhin's|ofac:21171|h]] companies have operated in Libya, Sudan, Mali and the Central African Republic, and gold from those countries is finding its way into the international market.

Anne-Marie Trevelyan: My right hon. Friend raises an important point, and the Sanctions Minister will be happy to meet him.

Chris Bryant (Rhondda) (Lab): Does the Minister accept that we also need to deal with those who attacked our own institutions? The cyber-criminal group known as [[Evil Corp|ofac:26664]], run from Moscow, was behind the Dridex malware that stole tens of millions of pounds from British businesses. The FBI has offered a reward for [[Evgeniy Bogachev|ofac:21326]], who is wanted for a similar scheme. What is she doing about them?

Anne-Marie Trevelyan: The National Crime Agency is working closely with partners.

Alicia Kearns (Rutland and Melton) (Con): Finally, on the occupied territories: will the Minister confirm that officials of the so-called [[Luhansk People's Republic|ofac:17023]] and figures such as [[Igor Girkin|ofac:16961]], known as [[Strelkov|ofac:16961|h]], who was convicted in absentia in the Netherlands for the downing of MH17, remain designated? And will she add [[Igor Sechin|ofac:16692]] to the list of those whose UK property is frozen?

Anne-Marie Trevelyan: I can confirm that they remain designated. We keep all designations under review.
""")

    doc('wh_007.txt', 'news', 'academic-abstract', 'en-KR', """
Journal of East Asian Maritime Security, Vol. 9, No. 2

Hidden in plain sight: ship-to-ship transfers, flag-hopping and the limits of maritime sanctions on North Korea

Ji-hoon Park (Korea Maritime Institute, Busan) and Li Wen (Fudan University, Shanghai)

Abstract. Since 2016 the UN Security Council has capped North Korea's imports of refined petroleum and banned its exports of coal, yet Pyongyang continues to obtain fuel and earn foreign currency at sea. Using AIS data for 2017-2022, satellite imagery and 63 UN Panel of Experts case files, we reconstruct the operations of 41 vessels. We show that the state shipping operator [[Ocean Maritime Management Company, Limited|un:KPe.020]] ([[OMM|un:KPe.020|h]]) survived its 2014 designation by transferring ships to smaller front companies, among them the [[Korea Ansan Shipping Company|un:KPe.062]]. The case of the MV [[Chong Chon Gang|ofac:17069]], seized in Panama in 2013 with Cuban fighter jets hidden under sugar, is shown to be the template rather than the exception: after the seizure, [[OMM|un:KPe.020|h]] renamed or reflagged at least 13 of its vessels. Tankers such as the [[Yu Jong 2|ofac:23736]] and the [[Ji Song 6|ofac:23738]] conducted repeated ship-to-ship transfers in the Yellow Sea and the East China Sea with their transponders switched off. On the financial side, we trace payments through Chinese intermediaries including [[Dandong Hongxiang Industrial Development Co., Ltd.|ofac:20564]] and the Kowloon-registered [[Chang An Shipping & Technology|un:KPe.055]] ([[長安海連技術有限公司|un:KPe.055]]), and link them to accounts of the [[Foreign Trade Bank|ofac:15603|h]] and the [[Daedong Credit Bank|un:KPe.023]] ([[DCB|un:KPe.023|h]]). A banker named in UN reports, [[Kim Chol Sam|un:KPi.035]] ([[金铁三|un:KPi.035]]), is shown to have handled transactions worth several million US dollars from Dandong. We argue that enforcement against the [[Chong Chon Gang|ofac:17069]] model requires real-time monitoring of dark activity rather than after-the-fact designation, and discuss the implications for the Proliferation Security Initiative.

Keywords: sanctions; North Korea; ship-to-ship transfer; AIS; maritime enforcement; Panel of Experts
""")

    doc('wh_008.txt', 'news', 'business', 'en-AE', """
Iranian petrochemicals find new routes east as buyers test sanctions

DUBAI - Iranian methanol and polyethylene are still reaching buyers in China and South-East Asia through a web of trading houses in the United Arab Emirates, Singapore and Shenzhen, traders and shipping brokers told The Gulf Business Review.

Much of the product originates at [[Persian Gulf Apadana Petrochemical Company|ofac:26842]] and [[Bandar Imam Petrochemical Company|ofac:15950]], two of the largest plants in the special economic zones of Assaluyeh and Mahshahr. Both were designated by the US Treasury in 2020 as part of a campaign against what Washington called the "petrochemical lifeline" of the Iranian government.

According to US court filings and Treasury notices, cargoes were invoiced through Dubai-based [[Trio Energy DMCC|ofac:29604]] and a Sharjah free-zone company registered as [[Petrotech FZCO|ofac:29602]], and then resold to buyers in Singapore, among them [[Jiaxiang Energy Holding Pte Ltd|ofac:30144]]. "On paper it is Malaysian or Omani product," said a Singapore-based broker who asked not to be named. "Everybody in the market knows what it is."

Chinese state-linked buyers have also featured in enforcement actions. In 2019 Washington sanctioned [[Zhuhai Zhenrong Co.|ofac:27063]], a state trader that had long handled Iranian crude, and later [[Sage Energy HK Ltd|ofac:28345]], a Kowloon-registered company accused of shipping millions of barrels of oil to China.

Payments are the weak point. Several of the traders rely on exchange houses in Dubai to settle with Iranian sellers whose accounts are held at [[Bank Melli|ofac:25578]] and [[Parsian Bank|ofac:25066]]. A senior compliance officer at a Gulf lender said his bank had closed more than 300 accounts of small trading firms in Deira since 2019.

Prices reflect the risk. Iranian methanol was trading at a discount of about USD 40 a tonne to Saudi product in Chinese ports in May, according to data from the consultancy Argus. Omar Khalifa Al Suwaidi, chairman of a Dubai chemicals distributor, said legitimate traders were paying the price: "Our documentation costs have doubled, and every cargo now needs a certificate of origin from the refinery."
""")

    doc('wh_009.txt', 'news', 'obituary', 'en-GB', """
Obituary: [[Qasim al-Rimi|un:QDi.282]], militant leader, 1978-2020

[[Qasim al-Raymi|un:QDi.282]], who has died aged about 41 in a US air strike in Yemen's Marib province, was the leader of [[al-Qaeda in the Arabian Peninsula|ofac:11695]] ([[AQAP|ofac:11695|h]]) for almost five years, and one of the few founders of the group still alive when he took command.

Born in Sanaa, possibly in 1978, he travelled to Afghanistan in the late 1990s and trained at camps run by [[al-Qaeda|ofac:6366]]. Back in Yemen he was arrested, and in 2004 sentenced to five years in prison for plotting to attack foreign embassies. In February 2006 he was one of 23 prisoners who tunnelled out of a Political Security Organisation jail in Sanaa, an escape that gave birth to the modern organisation. [[Al-Raymi|un:QDi.282|h]] became its military commander when the Yemeni and Saudi branches merged in 2009 to form [[AQAP|ofac:11695|h]].

He was close to the American-born preacher [[Anwar al-Awlaki|un:QDi.283]], whose English-language sermons inspired attacks in the United States and Britain; [[Awlaki|un:QDi.283|h]] was killed by a drone in 2011. After the death of the group's founding emir in 2015, [[al-Rimi|un:QDi.282|h]] took over and pledged allegiance to [[Ayman al-Zawahiri|un:QDi.006]]. Under his leadership the group lost the port city of Mukalla to Emirati-backed forces, and increasingly fought the forces of [[Abdul Malik al-Houthi|ofac:17927]] in central Yemen.

His last public appearance was a video in which he claimed responsibility for the 2019 shooting at a naval air station in Pensacola, Florida. He is survived, according to Yemeni tribal sources, by two wives and several children.
""")

    doc('wh_010.txt', 'news', 'email', 'en-GB', """
From: Priya Raman <p.raman@northgate-bank.co.uk>
To: Payments Operations - EMEA <payops-emea@northgate-bank.co.uk>
Cc: Financial Crime Advisory <fca-team@northgate-bank.co.uk>
Date: Thu, 11 May 2023 09:14:02 +0100
Subject: Exchange houses - updated watch list and handling of
 held items

Hi all,

Following yesterday's call with Tomasz and the Dubai branch, a quick
summary of where we are on the exchange-house payments that have been
hitting the queue since the start of the month.

1. Please continue to hold anything where the remitter or an
intermediary is [[Rashed Exchange|ofac:24537]] ([[Sarafi Rashed|ofac:24537]]) or [[Sakan Exchange|ofac:26535]].
Both are OFAC-designated Iranian exchange houses. We had three
items last week where the name was abbreviated to "[[RASHED EXCH|ofac:24537|h]]" in
field 50 - these must be escalated, not released.

2. Syrian corridor: the alert on [[Moneta Transfer and
Exchange|ofac:20246]] is a true match in two of the cases Hamid flagged. [[Moneta|ofac:20246|h]]
also appears as "[[Moneta Money Exchange|ofac:20246]]" in some customer
references. Please route these to me directly.

3. We are also seeing references in free text to "[[Hanifa Exchange|un:QDe.153]]" in
Albu Kamal. That is a UN-listed entity ([[Hanifa Money Exchange Office|un:QDe.153]])
and any such reference is an automatic escalation.

4. For Pakistan and Afghanistan, the two names to watch are
[[Asma Money Exchangers|ofac:17165]] and [[Roshan Money Exchange|un:TAe.011]], the latter
UN-listed since 2012. Note that ordinary Roshan Telecom top-ups
(the Afghan mobile operator) are NOT a match - please don't escalate
those.

Everything else can follow the normal four-eyes process. Kamran and
I will run a short refresher for the Manchester team on Monday.

Thanks,
Priya

Priya Raman | Senior Manager, Sanctions Advisory
Northgate Bank plc | 20 Moorgate, London EC2R 6DA
""")

    doc('wh_011.txt', 'news', 'op-ed', 'en-US', """
Opinion | Caracas cannot sanction its way out of the blackout

By Mariela Contreras Uzcátegui
The author is an economist at the Universidad Católica Andrés Bello in Caracas.

Every Venezuelan has a story about the day the lights went out. Mine is of my neighbour, Señora Carmen Rivas, carrying her insulin down eleven flights of stairs in Los Palos Grandes to keep it cold in a shop freezer with a generator. The government blamed American sabotage. Washington blamed Miraflores. Both were, in their way, right.

The sanctions imposed since 2017 have been aimed, with growing precision, at the people who ran this country into the ground. The [[Banco Central de Venezuela|ofac:26727]] was designated in 2019, cutting it off from the dollar system. The state airline, the [[Consorcio Venezolano de Industrias Aeronáuticas y Servicios Aéreos|ofac:28230]], better known as [[Conviasa|ofac:28230|h]], followed in 2020, and its planes now fly mostly to Havana, Managua and Moscow. Former interior minister [[Antonio Benavides Torres|ofac:17808]], who commanded the security forces during the 2014 protests, and former vice-president [[Elías Jaua|ofac:22748]] are on the Treasury's list.

So is the business network that sold us overpriced food boxes. The US says that companies such as [[Venedig Capital S.A.S.|ofac:27244]] in Colombia were used to launder the profits, and it has sanctioned relatives including [[Amir Luis Saab Morán|ofac:27241]]. [[Saab Morán|ofac:27241|h]] denies wrongdoing.

I do not shed a tear for any of them. But sanctions have a blunt end too. When the tug [[Bicentenario XII|ofac:26627]] and its sister ships were listed, the crews who kept Lake Maracaibo's terminals running lost their salaries, not their bosses. Across the region the same pattern repeats: in Nicaragua, the United States designated the [[Policía Nacional de Nicaragua|ofac:27964]] for its role in the 2018 crackdown, yet ordinary constables in Estelí still wait months to be paid while their commanders travel.

Targeted measures are only as good as the exemptions that accompany them. Washington should license the import of spare parts for power plants and water pumps, and Caracas should let the Pan American Health Organization distribute medicine without a political minder at every warehouse. Until then, Señora Rivas will keep climbing the stairs.
""")

    doc('wh_012.txt', 'news', 'press-release', 'en-US', """
FOR IMMEDIATE RELEASE

U.S. Department of the Treasury - Office of Public Affairs

Treasury Targets Money Laundering Network Supporting the [[Sinaloa Cartel|ofac:11440]]

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated six individuals and eleven companies in Mexico and the United States for their roles in laundering proceeds of fentanyl trafficking on behalf of the [[Sinaloa Cartel|ofac:11440]].

The network is directed by associates of [[Ovidio Guzmán López|ofac:13149]], one of the sons of the cartel's jailed former leader, who are known collectively as "Los Chapitos." [[Guzmán López|ofac:13149|h]] was extradited to the United States in September 2023. The companies designated today include two currency exchange businesses in Culiacán and a seafood importer in Nogales, Arizona.

"The [[Sinaloa Cartel|ofac:11440]] relies on professional money launderers to move its profits across borders," said Under Secretary for Terrorism and Financial Intelligence Brian E. Nelson. "Treasury will continue to expose and disrupt these networks."

Today's action builds on earlier designations of Mexican trafficking organizations, including [[Los Zetas|ofac:11438]], the [[Gulf Cartel|ofac:10386]] and the [[Arellano Félix Organization|ofac:8236]], also known as the [[Tijuana Cartel|ofac:8236]]. It also follows the capture in July 2022 of [[Rafael Caro Quintero|ofac:6707]], who is wanted in the United States for the 1985 kidnapping and murder of DEA Special Agent Enrique "Kiki" Camarena. [[Caro Quintero|ofac:6707|h]] remains in Mexican custody pending extradition.

As a result of today's action, all property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.

OFAC collaborated closely with the Drug Enforcement Administration, U.S. Customs and Border Protection, and the Government of Mexico's Unidad de Inteligencia Financiera in this action.

Contact: Treasury Public Affairs, (202) 622-2960
""")

    doc('wh_013.txt', 'news', 'investigative', 'en-LB', """
The tower, the bank and the cousins: who is rebuilding Damascus?

An investigation by Rana Haddad and Karim Aboud, Beirut

On the southern edge of Damascus, where the orchards of Basateen al-Razi once stood, cranes are lifting the first towers of Marota City. Behind the glossy brochures, our eight-month investigation found, stands a small circle of companies and individuals - many of them under US or European sanctions - that has come to dominate the business of reconstruction.

At the centre are the Makhlouf cousins of the Syrian president. [[Hafez Makhlouf|ofac:10569]], a former senior intelligence officer, and his brother [[Ihab Makhlouf|ofac:22260]] have long been sanctioned by Washington. Property records we obtained show that a company linked to the family held a stake in [[Cham Islamic Bank|ofac:22261]], which the US Treasury designated in 2017 for providing services to the government.

Security for the building sites is provided by firms such as [[Al-Qasiun|ofac:21207]], a private security company designated in 2019, while the beach resort known as [[Grand Town|ofac:29020]] on the road to Damascus airport was sanctioned as a project of the same circle.

The security apparatus remains the final arbiter. Two businessmen told us that permits for large projects needed the blessing of [[Ali Mamlouk|ofac:12722]], the regime's top security adviser, and that the former air force intelligence chief [[Jamil Hassan|ofac:12812]], who is wanted under international arrest warrants issued in Germany and France, had personally approved land seizures in Daraya. [[Mamlouk|ofac:12722|h]] did not respond to questions sent through the Syrian embassy in Beirut.

In the north-west the picture is different. Idlib is run by [[Hayat Tahrir al-Sham|un:QDe.137]] ([[HTS|un:QDe.137|h]]), the successor of [[Jabhat al-Nusra|un:QDe.137]] ([[جبهة النصرة لأهل الشام|un:QDe.137]]), which levies fees at the Bab al-Hawa crossing and controls fuel imports through a company called Watad. [[HTS|un:QDe.137|h]] officials told us that they "welcome investment from all Syrians."

Across the border in Iraq, Iran-backed militias including [[Harakat al-Nujaba|ofac:26446]] have set up commercial offices in Albu Kamal, and Iraqi investigators say the remnants of the [[Naqshbandi Army|ofac:11749]] loyal to the late Baathist vice-president [[Izzat Ibrahim al-Douri|un:IQi.006]] still collect money from smuggling in the desert.
""")

    doc('wh_014.txt', 'news', 'blog', 'en-SG', """
Notes from the Straits: twenty years after Bali, what is left of the networks?

Posted by Farah Lim | 12 October

It has been twenty years since the Bali bombings, and I spent last week in Jakarta and Solo talking to former militants, lawyers and the people who now run deradicalisation programmes. Some impressions, in no particular order.

1. [[Jemaah Islamiyah|un:QDe.092]] is not dead. Indonesian police arrested more than 800 suspected members between 2019 and 2022, and [[JI|un:QDe.092|h]] ran businesses - palm oil, tourism, even a chain of charity boxes in minimarkets - to fund itself. The man most associated with its international operations, [[Hambali|un:QDi.087|h]], is still held at Guantanamo, and his military commission case drags on.

2. The bigger threat for a decade has been [[Jamaah Ansharut Daulah|un:QDe.164]] ([[JAD|un:QDe.164|h]]), the network that pledged allegiance to the caliphate declared in Mosul and carried out the Surabaya church bombings in 2018. Its ideologue [[Aman Abdurrahman|un:QDi.407]] was sentenced to death in 2018. A lawyer who knows him told me [[Aman|un:QDi.407|h]] still writes letters that circulate inside the prisons.

3. Humanitarian cover. The charity [[Hilal Ahmar Society Indonesia|un:QDe.147]] ([[HASI|un:QDe.147|h]]) was listed by the UN in 2015 for sending fighters to Syria under the guise of aid convoys. A friend who volunteers with Dompet Dhuafa (a legitimate and very large Indonesian charity!) says donors are now much more careful about where their zakat goes.

4. Mindanao. Across the Sulawesi Sea, the [[Maute Group|ofac:23849]] that besieged Marawi in 2017 has been reduced to a few dozen fighters, according to the Philippine army. [[ISIS-Philippines|ofac:23844]] lost most of its leaders in the siege. The Filipina financier [[Myrna Mabanza|un:QDi.413]], who allegedly helped move funds to the Marawi fighters, was sanctioned by the UN and the US in 2017.

5. Food. I ate very well: nasi liwet in Solo and a memorable soto Betawi near Cikini. No militants were consulted on the menu.
""")

    doc('wh_015.txt', 'news', 'radio-transcript', 'en-IN', """
[TRANSCRIPT - "South Asia Desk", Radio Horizon, 18:00 bulletin]

PRESENTER (Nandini Iyer): Good evening. Our top story: the United Nations says its sanctions committee will not lift the travel ban on several officials in Kabul, despite a request from Afghanistan's de facto authorities. Our correspondent Sameer Hashmi is in Islamabad. Sameer, who is affected?

CORRESPONDENT (Sameer Hashmi): Thank you, Nandini. The list includes the former governor of Herat, [[Khairullah Khairkhwah|un:TAi.093]] - in Pashto [[خيرالله خيرخواه|un:TAi.093]] - who spent twelve years in Guantanamo and was released in the 2014 prisoner exchange. [[Khairkhwah|un:TAi.093|h]] is now the minister of information and culture. Also on the list is [[Abdul Qadeer Basir|un:TAi.128]], a senior figure in the finance commission, who is also known as [[Abdul Qadir Haqqani|un:TAi.128]].

PRESENTER: And this is linked to the [[Haqqani network|un:TAe.012]]?

CORRESPONDENT: Very much so. Diplomats say the [[Haqqani|un:TAe.012|h]] faction controls the interior ministry and much of the security apparatus. At the same time, Kabul is fighting [[ISIS-K|un:QDe.161|h]], the regional franchise of the Syria- and Iraq-based jihadists, which claimed last month's bombing near the foreign ministry. The group's former war minister was [[Gulmurod Khalimov|un:QDi.372]], a Tajik special-forces colonel who defected in 2015.

PRESENTER: What about the money side?

CORRESPONDENT: The UN monitoring team's latest report mentions hawala networks again - in particular the [[Roshan Money Exchange|un:TAe.011]] in Helmand, and the heroin trader Haji [[Faizullah Khan Noorzai|un:TAi.153]], whose name appears in Dari as [[فیض الله خان نورزی|un:TAi.153]]. Bankers in Dubai tell me they still see payments referencing "[[Roshan Sarafi|un:TAe.011]]".

PRESENTER: Sameer Hashmi in Islamabad, thank you. In other news, the Indian cricket team leaves for Colombo tomorrow ahead of the Asia Cup...
""")

    doc('wh_016.txt', 'news', 'policy-brief', 'en-IT', """
Policy Brief No. 27 - Mediterranean Migration Observatory, Rome

Sanctioning smugglers: lessons from the Libyan listings

Key points
- In June 2018 the UN Security Council, at the initiative of the Netherlands, for the first time imposed sanctions on six individuals for human trafficking and migrant smuggling in Libya.
- The listings disrupted some networks but did not prevent those named from holding official positions.
- The EU should pair targeted sanctions with support for Libyan prosecutors and for search-and-rescue at sea.

Background
Four of the six listed men were Libyan. [[Abd al-Rahman al-Milad|un:LYi.026]], known as "[[al-Bija|un:LYi.026|h]]", commanded the coast guard unit in Zawiya while, according to the UN Panel of Experts, his men intercepted migrant boats and delivered them to detention centres run by allies. [[Mohammed Kashlaf|un:LYi.025]], head of the Petroleum Facilities Guard at the Zawiya refinery, was accused of running the detention centre at Al Nasr. [[Mus’ab Abu Qarin|un:LYi.024]] was described as the main organiser in Sabratha and Zuwara. [[Ahmad al-Dabbashi|un:LYi.023]], known as "[[al-Ammu|un:LYi.023|h]]" ("[[the Uncle|un:LYi.023|h]]"), led a militia in Sabratha that controlled departures in 2015-2017. Two Eritreans organised departures from Tripoli, among them [[Ermias Ghermay|un:LYi.021]]; [[Ghermay|un:LYi.021|h]] was convicted in absentia in Italy.

Other Libyan listings followed a different logic. [[Ibrahim Jadhran|un:LYi.027]], who blockaded the oil terminals of Ras Lanuf and Es Sider, and the Misrata commander [[Salah Badi|un:LYi.028]] were listed for threatening peace and stability, while the southern remnants of [[Islamic State in Iraq and the Levant - Libya|un:QDe.165]] were designated under the counter-terrorism regime.

What worked, and what did not
Six years on, [[al-Bija|un:LYi.026|h]] was briefly arrested by the Government of National Accord in 2020 and released months later; he was shot dead in Tripoli in 2024. [[Dabbashi|un:LYi.023|h]]'s militia was driven out of Sabratha in 2017 but, according to Italian prosecutors, its members resurfaced in Zuwara. Asset freezes had little effect in an economy where smuggling proceeds are held in cash and in gold.

Recommendations
1. Link listings to prosecution: share evidence with the Libyan Attorney General and with the ICC.
2. Monitor maritime departures jointly with Tunisia and Malta.
3. Fund independent monitoring of detention centres.

Authors: Giulia Ferraro and Youssef Benali. The views expressed are those of the authors.
""")
