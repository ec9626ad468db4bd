# News-like documents (writer-b). Markers: [[surface|pid]] or [[surface|pid|h]] for hard mentions.
NEWS = []

def doc(style, locale, text, **kw):
    d = dict(category='news', style=style, locale=locale, text=text)
    d.update(kw)
    NEWS.append(d)

doc('wire', 'en-PK', """
KABUL, March 4 (Wire) - Three people were killed and eleven wounded on Tuesday when a bomb
hidden in a fuel tanker exploded near a police checkpoint on the Kabul-Gardez highway, officials
in Logar province said, in an attack that security sources were quick to blame on the
[[Haqqani network|un:TAe.012]].

No group had claimed responsibility by Tuesday evening. A spokesman for the provincial police,
Zabihullah Stanekzai, said the tanker had been waved through two earlier checkpoints and that
the driver was among the dead. Hospital staff in Pul-e-Alam said four of the wounded were children
travelling in a minibus to a wedding in Mohammad Agha district.

The [[Haqqani Network (HQN)|un:TAe.012]], referred to in Pashto and Dari media as
[[شبکه حقانی|un:TAe.012]], has been under United Nations sanctions since 2012. Analysts in
Islamabad said the [[HQN|un:TAe.012|h]] had little reason to target the highway now that its
own members hold senior posts in Kabul, and suggested a splinter faction or a local feud.

Among individuals on the same UN list is [[Abdul Qadeer Basir|un:TAi.128]], also known as
[[Abdul Qadir Haqqani|un:TAi.128]], described in the listing as a financial officer based in
Peshawar. A diplomat in Islamabad said [[Basir|un:TAi.128|h]] had travelled to Doha twice this
year. Another listed figure, [[Ezatullah Haqqani|un:TAi.064]], a former deputy minister of
planning, was not reachable for comment.

Across the border, Pakistani officials said the attack bore no resemblance to recent raids in
Khyber Pakhtunkhwa claimed by fighters loyal to [[Noor Wali Mehsud|un:QDi.427]], who took
charge of the Pakistani militant alliance in 2018 after his predecessor,
[[Maulana Fazlullah|un:QDi.352]], was killed in a US drone strike in Kunar.
[[Fazlullah|un:QDi.352|h]], known in Swat as "[[Mullah Radio|un:QDi.352|h]]" for his nightly
FM sermons, had himself been blamed for the 2012 shooting of the schoolgirl Malala Yousafzai.

"Everyone wants to put a name on this before the bodies are buried," said Gul Rahim, a
shopkeeper whose nephew was wounded. "We just want the road to be safe."

(Reporting by Farida Nekzad in Kabul and Asad Hashim in Islamabad; editing by Tom Perry)
""")

doc('newspaper', 'en-US', """
[[MAUTE GROUP|ofac:23849]] REMNANTS BLAMED FOR LANAO DEL SUR AMBUSH

By Carmela Fonbuena | Mindanao Bureau

MARAWI CITY - Two soldiers of the 103rd Infantry Brigade were killed and four others wounded
when gunmen opened fire on a supply truck near the town of Butig on Sunday morning, the army said,
blaming a dwindling band of fighters that once belonged to the [[Maute group|ofac:23849]].

Brig. Gen. Ramon Zagala said the attackers, numbering about a dozen, fled into the forested
hills bordering Lake Lanao after a 40-minute firefight. "These are the last of the
[[Maute|ofac:23849|h]] remnants, with maybe a few new recruits from the lakeshore villages," he
told reporters in Marawi.

The brothers who founded the group led the five-month siege of Marawi in 2017 together with
fighters pledging allegiance to [[ISIS-Philippines|ofac:23844]], leaving much of the city's
commercial centre in ruins. Washington designated the [[Maute Group|ofac:23849]], also known as
the [[Islamic State of Lanao|ofac:23849]], in 2018, alongside what the US Treasury calls
[[ISIS in the Philippines|ofac:23844]].

Investigators have since traced money for the siege to a handful of facilitators. One of them,
[[Myrna Ajijul Mabanza|un:QDi.413]], a woman from Sulu, was placed on the United Nations sanctions
list in 2018 for moving funds on behalf of the group; [[Mabanza|un:QDi.413|h]] has never been
tried. Another, [[Abdulpatta Escalon Abubakar|un:QDi.414]], is accused by the Security Council of
recruiting foreign fighters and arranging their travel through Sabah.

Older militants are named in court files too. [[Angelo Ramirez Trinidad|un:QDi.241]], a convert
who goes by [[Abu Khalil|un:QDi.241|h]], was convicted over a 2004 plot in Manila.

At the Marawi public market, rebuilding is slow. Norhata Macabando, who sells dried fish near the
Grand Mosque, said her stall was hit twice during the siege. "We hear gunfire in Butig and we
think it is starting again," she said.

The provincial government said it would hold a peace and order council meeting on Tuesday.
""")

doc('feature', 'en-US', """
The Long Shadow of the Bush

OBO, Central African Republic - The airstrip at Obo is little more than a strip of red laterite
cut from the grass, and when the weekly UN flight lands, half the town comes out to watch. For more
than a decade this corner of the country lived in fear of [[Joseph Kony|un:CFi.009]] and the remnants
of his rebel army, who crossed from Congo and South Sudan to raid villages for food and
children.

"People still say his name in a low voice," says Marguerite Zangato, a nurse who runs the clinic
beside the market. "[[Kony|un:CFi.009|h]] has not been seen here for years, but the mothers
remember."

[[Kony|un:CFi.009|h]]'s fighters are now thought to number only a few dozen, scattered in the
Kafia Kingi enclave. Yet the violence that followed him never ended. Since 2013 the country has
been carved up by armed factions, and several of their commanders have been placed under United
Nations sanctions.

In Bangui, the former militia leader [[Alfred Yekatom|un:CFi.004]], known to his men as
"[[Colonel Rambo|un:CFi.004|h]]", was transferred to the International Criminal Court in 2018.
[[Yekatom|un:CFi.004|h]] had been a member of parliament when he was arrested after firing a pistol
in the chamber. In the northwest, residents of Paoua still speak of
[[Eugène Barret Ngaïkosset|un:CFi.008]], a former presidential guard officer whom local people
nicknamed "[[The Butcher of Paoua|un:CFi.008|h]]".

Another sanctioned figure, [[Abdoulaye Miskine|un:CFi.013]] - the nom de guerre of
[[Martin Koumtamadji|un:CFi.013]] - led a rebel front along the Chadian border, while
[[Oumar Younous|un:CFi.006]], a diamond trader turned commander, is accused of moving stones
from mines in Vakaga to buyers in Sudan.

In Obo, the immediate worries are more ordinary. The road to Zemio washed out in September, the
price of salt has doubled, and Father Jean-Pierre Ngoualo, the parish priest, is trying to raise
money to rebuild the primary school's roof. "We are tired of hearing about warlords," he says,
watching children kick a ball made of plastic bags. "Write about the school."

The UN flight leaves at noon. Nobody waves it off.
""")

doc('court-report', 'en-GB', """
US appeals court rejects bid to reopen embassy bombing conviction

A federal appeals court in New York has rejected an attempt by [[Khalid al-Fawwaz|un:QDi.059]],
the Saudi dissident who ran a media office in London in the 1990s, to overturn his conviction
for conspiring to kill Americans in the 1998 bombings of the US embassies in Nairobi and
Dar es Salaam.

A three-judge panel of the Second Circuit held that the trial judge, Lewis Kaplan, had been
entitled to admit faxes and telephone records seized from the office in Dollis Hill, north-west
London. [[Al-Fawwaz|un:QDi.059|h]], 63, was extradited from Britain in 2012 after a 13-year legal
battle and sentenced to life imprisonment in 2015. His lawyers argued that jurors had been
prejudiced by evidence about other defendants.

The panel noted that [[Ahmed Khalfan Ghailani|un:QDi.028]], a Tanzanian, remains the only former
Guantanamo Bay detainee convicted in a civilian court. [[Ghailani|un:QDi.028|h]] was found guilty
in 2010 of a single count of conspiring to destroy US property and is serving a life sentence at
the federal supermax prison in Florence, Colorado.

The judgment also referred to the case of [[Mostafa Kamel Mostafa|un:QDi.067]], the former imam of
Finsbury Park mosque better known as [[Abu Hamza al-Masri|un:QDi.067|h]], who was convicted in
Manhattan in 2014 on eleven terrorism charges, including hostage-taking in Yemen in 1998.
[[Abu Hamza|un:QDi.067|h]]'s appeal was dismissed in 2016.

Prosecutors told the court that several men charged alongside the London defendants had never
been caught, among them [[Abdul Rahman Yasin|un:QDi.037]], indicted over the 1993 World Trade
Center bombing, who was last reported to be in Iraq. [[Yasin|un:QDi.037|h]] remains on the FBI's
list of most wanted terrorists.

Bernard Kleinman, for the appellant, said his client would consider a petition to the Supreme
Court. The US Attorney's Office for the Southern District of New York welcomed the ruling.
""")

doc('ngo-report', 'en-GB', """
Eastern DRC: Civilians Caught Between Armed Groups
Field briefing, North Kivu and Ituri

Summary

Between January and June our teams documented 412 killings of civilians in Rutshuru, Masisi and
Walikale territories. Most were attributed to the [[Mouvement du 23 mars|un:CDe.006]]
([[M23|un:CDe.006|h]]), Rwandan Hutu fighters of the
[[Forces Démocratiques de Libération du Rwanda|un:CDe.005]] ([[FDLR|un:CDe.005|h]]) and the
coalition of local Mai-Mai and Nyatura militias that fight alongside the army.

1. The [[M23|un:CDe.006|h]] offensive

The resurgence of the [[M23|un:CDe.006|h]] since late 2021 has displaced more than a million people.
Witnesses in Kishishe and Bambo described fighters going house to house. The group's military
leader, [[Sultani Makenga|un:CDi.008]], has been under UN sanctions since 2012; survivors told us
that commanders who answer to [[Makenga|un:CDi.008|h]] ordered the killings. Former officers of the
2012 rebellion, including [[Innocent Zimurinda|un:CDi.031]] and
[[Bernard Maheshe Byamungu|un:CDi.038]], were reported by several witnesses to hold positions in
the current command. We were unable to verify these reports independently.

2. The [[FDLR|un:CDe.005|h]] and the "coalition"

The [[Democratic Forces for the Liberation of Rwanda|un:CDe.005]] have been present in North Kivu
since 1994. Their former president, [[Ignace Murwanashyaka|un:CDi.016]], was convicted by a court
in Stuttgart in 2015 and died in German custody in 2019. [[Murwanashyaka|un:CDi.016|h]]'s death has
not ended the group's fundraising in the diaspora.

In Walikale, residents blamed the NDC-Rénové faction led by [[Guidon Shimiray Mwissa|un:CDi.033]]
for forced labour at gold sites near Pinga. [[Guidon|un:CDi.033|h]] was placed on the UN list in
2019.

Recommendations

- The Security Council's Group of Experts should be given access to Rutshuru.
- Donors should fund the mobile court programme in Goma run by the Barreau du Nord-Kivu.
- The government in Kinshasa should stop arming militias in the name of self-defence.

Contact: Esther Kavira, Goma office.
""")

doc('parliamentary-record', 'en-GB', """
Proscribed Organisations (Annual Review)
Volume 741: debated on Thursday 14 November

2.17 pm

Dame Harriet Oduya (Sheffield Central) (Lab): What assessment has the Minister made of the
continued threat from dissident republican groups in Northern Ireland, in particular the
[[Real IRA|ofac:6853]] and the [[Continuity IRA|ofac:7141]]?

The Minister for Security (Mr Daniel Ashworth): The threat level in Northern Ireland remains
substantial. The so-called [[Real Irish Republican Army|ofac:6853]] has largely merged into the
grouping that calls itself the new IRA, but the [[Continuity Irish Republican Army|ofac:7141]]
remains active in parts of Fermanagh and Armagh. Police recovered a viable device in Lurgan last
month which we attribute to [[CIRA|ofac:7141|h]].

Mr Stephen Kearney (Belfast East) (DUP): Will the Minister also acknowledge that loyalist
paramilitaries continue to exert control over communities in my constituency? The
[[Ulster Defence Association|ofac:7146]] may have decommissioned, but the
[[UDA|ofac:7146|h]] is still running drugs and extortion in east Belfast.

Mr Ashworth: The hon. Gentleman is right to raise this. The [[Ulster Freedom Fighters|ofac:7146]]
name is still painted on gable walls, and the Paramilitary Crime Task Force is pursuing those
involved.

Mr Imran Siddiqui (Bradford West) (Lab): Constituents have asked me why a British charity,
[[Interpal|ofac:7917]], is designated by the United States but not by our own authorities. Can
the Minister explain the difference?

Mr Ashworth: The Charity Commission has examined [[Interpal|ofac:7917]] on more than one
occasion. Decisions of the US Treasury are a matter for the United States. Our own list is
reviewed on the basis of the statutory test in the Terrorism Act 2000.

Sir Peter Glanville (Esher and Walton) (Con): Does the Minister agree that groups such as the
[[Popular Front for the Liberation of Palestine|ofac:4709]] - the [[PFLP|ofac:4709|h]] - should be
kept under review in light of events in the Middle East?

Mr Ashworth: I can assure the right hon. Gentleman that all such groups are kept under review.

2.31 pm
""")

doc('academic-abstract', 'en-US', """
From Regional Network to Pro-ISIS Cells: Leadership Succession and Charitable Fronts in
Indonesian Jihadism, 1999-2019

Dewi Kartikasari (Universitas Gadjah Mada) and Michael R. Holloway (University of Melbourne)

Abstract. This article traces the organisational decline of [[Jemaah Islamiyah|un:QDe.092]]
([[JI|un:QDe.092|h]]) after the Bali bombings of 2002 and the rise of a new generation of
militants who pledged allegiance to the self-declared caliphate in Syria. Drawing on 64 court
judgments from the South and East Jakarta district courts, prison interviews and the archives of
two pesantren in Central Java, we argue that arrests of senior operatives such as
[[Riduan Isamuddin|un:QDi.087]], better known as [[Hambali|un:QDi.087|h]], did not so much destroy
the network as force it to rely on family ties and charitable fronts. We show that preachers such
as [[Abu Jibril|un:QDi.086|h]] ([[Mohamad Iqbal Abdurrahman|un:QDi.086]]) and activists such as
[[Agus Dwikarna|un:QDi.111]] in Sulawesi maintained links between the older
[[JI|un:QDe.092|h]] milieu and the younger cells. After 2014 the ideologue
[[Aman Abdurrahman|un:QDi.407]] (listed by the UN as [[Oman Rochman|un:QDi.407]]) became the
spiritual reference point of [[Jamaah Ansharut Daulah|un:QDe.164]] ([[JAD|un:QDe.164|h]]), the
umbrella group behind the 2018 Surabaya church bombings; [[Aman|un:QDi.407|h]] issued fatwas from
his cell on Nusakambangan island. We also examine humanitarian fundraising for Syria through the
[[Hilal Ahmar Society Indonesia|un:QDe.147]] and argue that sanctions designations had limited
effect on small cash donations. The findings suggest that Indonesian counter-terrorism policy,
led by Detachment 88 and the BNPT, has been effective at disrupting plots but less effective at
addressing recruitment through kinship.

Keywords: Indonesia; terrorism financing; succession; kinship; Detachment 88
""")

doc('business', 'en-GB', """
Insurers tighten cover for Gulf tanker trade as sanctions net widens

Marine insurers in London are refusing to renew cover for a growing number of tankers trading in
the Gulf, brokers said this week, as banks and charterers scramble to avoid any link with Iranian
state shipping and petrochemical companies.

"We are being asked to certify that a vessel has never carried cargo for
[[Islamic Republic of Iran Shipping Lines|ofac:25396]] or its fronts, which for older ships is
almost impossible," said Helen Markou, a partner at a Lloyd's broker in Leadenhall Street.
[[IRISL|ofac:25396|h]], as the state carrier is known, has been under US sanctions since 2008 and
has repeatedly renamed and reflagged its fleet.

Petrochemicals are the other pressure point. Traders said buyers in Asia had stopped taking
cargoes loaded at Mahshahr from [[Bandar Imam Petrochemical Co|ofac:15950]], one of the largest
producers in the region, after several banks returned payments. The
[[National Petrochemical Company|ofac:11618]], the state holding that once owned most of the
sector, remains designated.

The London marketing arm, [[Petrochemical Commercial Company (U.K.) Ltd.|ofac:11626]], was wound
up years ago, but compliance teams say its name still turns up in old letters of credit.
"You find [[PCC UK|ofac:11626|h]] on a bill of lading from 2011 and suddenly the whole file is
frozen," said one banker.

Banks in the Gulf have also become wary. Correspondent accounts for [[Bank Melli Iran|ofac:25578]]
were closed in most European capitals after 2018, and Bahrain's [[Future Bank|ofac:25577]], part
owned by [[Bank Melli|ofac:25578|h]] and Tehran's [[Parsian Bank|ofac:25066]], was placed under
administration by the Central Bank of Bahrain in 2015.

Shipbrokers in Dubai said freight rates for vessels with clean histories had risen 15 per cent
since January. "A ship with a clean record is now a premium product," said Rajesh Menon of
Gulf Tanker Brokers in Jebel Ali.
""")

doc('obituary', 'en-GB', """
[[Izzat Ibrahim al-Douri|un:IQi.006]]
Iraqi vice-president who became the last fugitive of the old regime

[[Izzat Ibrahim al-Douri|un:IQi.006]], who has died aged 78, was for more than three decades the
most loyal lieutenant of Iraq's ruling Ba'ath party leadership, and after the American-led
invasion of 2003 its most elusive survivor. Known to Iraqis by his Arabic name,
[[عزت ابراهيم الدوري|un:IQi.006]], and to the US military as the king of clubs in its deck of most
wanted cards, he evaded capture for 17 years.

Born in the village of al-Dur, near Tikrit, the son of an ice seller, [[al-Douri|un:IQi.006|h]]
joined the party as a teenager and rose through its ranks after the 1968 coup. He became
vice-chairman of the Revolutionary Command Council in 1979, and his daughter was briefly married
to [[Uday Saddam Hussein|un:IQi.003]], the president's volatile eldest son.

Red-haired and slight, [[Douri|un:IQi.006|h]] was mocked by exiles as a figurehead, but he proved
a shrewd organiser. After 2003 he built on his membership of a Sufi order to found the
[[Naqshbandi Army|ofac:11749]], formally [[Jaysh Rijal al-Tariq al-Naqshbandi|ofac:11749]], which
fought US forces around Kirkuk and Mosul. In 2014 he briefly allied the group with jihadist
fighters during the fall of Mosul, a decision that cost him much of his remaining support.

Both of the president's sons, [[Uday|un:IQi.003|h]] and [[Qusay Saddam Hussein|un:IQi.002]], were
killed in a gun battle in Mosul in July 2003; their mother, [[Sajida Khayrallah Tilfah|un:IQi.056]],
went into exile. [[Al-Douri|un:IQi.006|h]] stayed on, moving between safe houses. Several times he
was reported dead, and each time a recorded speech followed.

He is survived by his wife and several children.

[[Izzat Ibrahim al-Douri|un:IQi.006]], politician, born 1 July 1942; died 26 October 2020
""")

doc('email', 'en-US', """
From: Priya Raman <priya.raman@harbourline-bank.example>
To: Trade Finance Ops - Singapore <tf-ops-sg@harbourline-bank.example>
Cc: Marcus Lindqvist <m.lindqvist@harbourline-bank.example>
Subject: RE: LC 88-2231 - documents on hold, DPRK indicators
Date: Wed, 12 Feb 2025 09:14:27 +0800

Hi all,

Following up on yesterday's call. We cannot release the documents under
LC 88-2231 until the points below are cleared. The screening hit was not a
false positive.

1. The correspondent reference in field 72 of the incoming MT700 points to
an account historically held for [[Korea Daesong
Bank|un:KPe.035]] (also seen as [[Taesong Bank|un:KPe.035]]). Please do NOT contact the
applicant about this directly.

2. The packing list mentions "settlement via [[DCB|un:KPe.023|h]] HK". [[DCB|un:KPe.023|h]] here is most
likely [[Daedong Credit Bank|un:KPe.023]], which ran a representative office in Pyongyang and
front companies in Kowloon. If anyone has a different reading, tell me today.

3. The bill of lading shows transshipment at Nakhodka on a vessel operated by a manager that
shares an address with [[Ocean Maritime Management|un:KPe.020]]. For context, [[OMM|un:KPe.020|h]]
was the operator of the [[Chong Chon Gang|ofac:17069]], the ship stopped in Panama in 2013 with
undeclared missile parts under sacks of sugar. I have attached the Panel of Experts extract.

4. Treasury guidance from 2017 on [[North Korea's Foreign Trade Bank|ofac:15603]] is attached as
well - the "[[Mooyokbank|ofac:15603]]" nostro pattern is the same one we see in this file.

Marcus, can you loop in Legal (Hannah Cho) before we file anything? We need
the SAR draft by Friday COB.

Thanks,
Priya

Priya Raman | Senior Analyst, Financial Crime Compliance
Harbourline Bank, Marina Bay Financial Centre Tower 2, Singapore
""")

doc('op-ed', 'en-IN', """
Opinion | Grey lists come and go, but the men behind 26/11 are still free

By Aditi Deshpande

Every few months a delegation from Islamabad returns from a Financial Action Task Force plenary
and announces that Pakistan has "done more" against terror financing. Every few months, families
in Mumbai who lost someone on November 26, 2008 ask a simple question: where are the men who
planned it?

Take [[Zaki-ur-Rehman Lakhvi|un:QDi.264]], the operations chief accused of directing the gunmen
by phone from Karachi. [[Lakhvi|un:QDi.264|h]] spent six years in Adiala jail in conditions so
comfortable that he fathered a child there. He was released on bail in 2015, re-arrested in 2021 on
a terror financing charge and given five years - not for Mumbai, but for running a dispensary with
donated money. The Mumbai trial in Rawalpindi has not concluded in fifteen years.

Or take [[Abdul Rehman Makki|un:QDi.433]], the brother-in-law of the outfit's founder, whom the UN
Security Council finally listed in 2023 after China lifted its technical hold.
[[Makki|un:QDi.433|h]] had by then been convicted in Lahore of, again, terror financing.

New Delhi has its own list of complaints. [[Talha Saeed|ofac:15420]], the founder's son, is
designated by the US but walks free in Lahore. [[Abdul Rauf Azhar|ofac:12404]], accused of
planning the 1999 hijacking of IC-814 to Kandahar, is said to have been killed in an air strike
this year - a claim nobody has been able to verify. And the underworld don
[[Dawood Ibrahim|un:QDi.135]], wanted for the 1993 Bombay blasts, has lived for decades in
Karachi's Clifton neighbourhood, according to Indian and US officials. Pakistan has denied it
just as often. [[Dawood|un:QDi.135|h]]'s brothers reportedly run the family's businesses.

None of this is an argument against engagement. Cricket, trade and pilgrimages to Kartarpur
have all done more for ordinary people than any dossier. But there is no reason India should
accept another round of applause in Paris while [[Lakhvi|un:QDi.264|h]] and others live
openly across the border.

The writer is a former diplomat and a senior fellow at a Delhi think tank.
""")

doc('press-release', 'en-US', """
FOR IMMEDIATE RELEASE
Office of Public Affairs

Treasury Sanctions Members of Syrian Ruling Family and Financial Facilitators

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC)
took action against individuals and entities that have enriched themselves while the Syrian
people suffered through years of conflict and economic collapse.

OFAC is designating [[Hafez al-Assad|ofac:29279]], the eldest son of the Syrian president, who has
been groomed for a future leadership role. This designation is not to be confused with the
late president of the same name, who died in 2000. OFAC also reiterates that
[[Asma al-Assad|ofac:29068]], designated in June 2020, continues to direct the regime's economic
and charitable networks. According to the Department of State, [[Asma|ofac:29068|h]] has used
organizations under her patronage to consolidate control over international aid.

In addition, OFAC is designating [[Ihab Makhlouf|ofac:22260]], a businessman and relative of the
ruling family who served as vice-president of a telecommunications holding, and is identifying
the [[Cham Islamic Bank|ofac:22261]] as a financial institution used by regime insiders.
[[Makhlouf|ofac:22260|h]] has previously been sanctioned by the European Union.

OFAC further notes that the [[Syrian Company for Oil Transport|ofac:12870]] ([[SCOT|ofac:12870|h]]), the state
entity that operates the Banias terminal, remains a blocked entity. Shipments through the
terminal for the benefit of the regime are subject to sanctions.

"The Assad family has shown a callous disregard for the suffering of the Syrian people," said
the Under Secretary for Terrorism and Financial Intelligence. "Treasury will continue to target
those who profit from the conflict."

Sanctions Implications
As a result of today's action, all property and interests in property of the designated persons
that are in the United States or in the possession or control of U.S. persons are blocked and
must be reported to OFAC.

For identifying information on the individuals and entities sanctioned today, click here.

###
""")

doc('investigative', 'en-US', """
The Ghost Fleet of the Yellow Sea
How tankers linked to North Korea kept moving oil after the UN said stop

Part two of a three-part investigation

On a cloudless night in March, satellite images show two tankers lying side by side in
international waters 40 nautical miles off the Chinese port of Shidao. One of them, according to
ship-tracking data we obtained from three commercial providers, had switched off its transponder
eleven days earlier. The other was the [[Jin Tai|ofac:19575]], a tanker the US Treasury
blacklisted in 2018.

Over six months our reporters traced 27 ship-to-ship transfers in the Yellow Sea and the Sea of
Japan. In at least nine, one of the vessels was managed by or chartered from companies that the
UN Security Council has sanctioned, including [[Korea Ansan Shipping Company|un:KPe.062]] and
[[Phyongchon Shipping & Marine|un:KPe.070]]. Both are registered in Pyongyang and Nampo.
[[Korea Ansan Shpg Co|un:KPe.062]] appears as manager on insurance certificates we reviewed
that were issued as recently as last year.

A company registered in Kowloon, [[Chang An Shipping & Technology|un:KPe.055]], whose Chinese name
[[長安海連技術有限公司|un:KPe.055]] still appears on a brass plate in a Sheung Wan office
building, was listed by the UN in 2018 as the registered owner of a tanker caught transferring
fuel. When a reporter visited in May, the receptionist said the company had "moved to the
mainland". [[Chang An|un:KPe.055|h]] did not reply to emails.

The oil itself, according to two former traders, was often sold on by
[[First Oil JV Co Ltd|un:KPe.057]], a joint venture based in North Korea. Payments moved through
Singapore, where a shipping agent, [[Senat Shipping Ltd|ofac:18345]], was designated in 2014 for
servicing North Korean vessels.

"Everybody in the business knew which ships not to touch," said a former crewman, Ko Sung-min,
now living in Busan. "But the money was very good."

The Ministry of Foreign Affairs in Beijing said China "strictly implements" Security Council
resolutions. North Korea's mission to the UN in New York did not respond.

Next week: the insurers.
""")

doc('blog', 'en-US', """
Border Notes - a blog about crime, drugs and policy on the US-Mexico line

Posted by Dan Whitford | 14 comments

Why the "cartel map" you saw on TV is already out of date

Every few months a cable network rolls out a colorful map of Mexico split into cartel
territories, and every few months I get emails asking me to explain it. So here goes.

The biggest name is still the [[Sinaloa Cartel|ofac:11440]]. After its most famous leader went to
a Colorado supermax, people predicted it would fall apart. Instead it fractured into factions
that fight each other and still move more fentanyl than anyone. The old guard is also still
around: [[Rafael Caro Quintero|ofac:6707]], the trafficker convicted over the 1985 murder of DEA
agent Kiki Camarena, was arrested in the Sinaloa mountains in 2022 after a search dog named Max
found him hiding in brush. [[Caro Quintero|ofac:6707|h]] was 69.

In the northeast it's a different story. The [[Gulf Cartel|ofac:10386]] and its former armed
wing, [[Los Zetas|ofac:11438]], spent the 2010s destroying each other. The [[Zetas|ofac:11438|h]]
are now split into smaller crews around Nuevo Laredo.

Juarez was once the kingdom of [[Vicente Carrillo Fuentes|ofac:6708]], "[[El Viceroy|ofac:6708|h]]", who was
captured in 2014. And Tijuana belonged to the [[Arellano Felix Organization|ofac:8236]], the
[[Tijuana Cartel|ofac:8236]], whose leaders were mostly killed or extradited by 2008. Local
reporters still say "the [[AFO|ofac:8236|h]]" the way people in Chicago talk about the Outfit.

Finally, readers keep asking me why [[MS-13|ofac:15412]] shows up on these maps at all.
[[Mara Salvatrucha|ofac:15412]] is a street gang born in Los Angeles, not a cartel, and it mostly
makes money from extortion in El Salvador and Honduras. It buys and sells product, sure, but
nobody in Culiacan takes orders from it.

Bottom line: the maps are a snapshot. By the time they air, they're wrong.

Comments (14)
RGVdad: Great post. Any thoughts on the new bridge in Pharr?
""")

doc('radio-transcript', 'en-GB', """
THE WORLD TONIGHT - TRANSCRIPT (EXTRACT)
Presenter: Ritula Shah. Guests: Prof. Helen Carraway (King's College London); Andrei Sokolov,
journalist.

SHAH: Good evening. Ten years after the war in eastern Ukraine began, we look at the men who
started it and the money that paid for it. Helen Carraway, let's start with
[[Igor Girkin|ofac:16961]].

CARRAWAY: Well, [[Girkin|ofac:16961|h]] - or [[Igor Strelkov|ofac:16961]], as he called himself -
was a former Russian security service officer who led the seizure of Sloviansk in April 2014.
A Dutch court convicted
him in absentia over the downing of MH17. In a sense he's the romantic nationalist of this story,
and he ended up in a Russian prison for criticising the Kremlin.

SHAH: And in Donetsk itself?

CARRAWAY: The man who ran the so-called republic was [[Alexander Zakharchenko|ofac:17215]]. He was
killed by a bomb in a Donetsk cafe in 2018. Nobody has ever been charged.

SHAH: Andrei Sokolov, the money.

SOKOLOV: Yes. You have to separate the fighters from the financiers. [[Yevgeny Prigozhin|ofac:21171]]
- the caterer, as people called him - built his private army partly with contracts from the
defence ministry. [[Prigozhin|ofac:21171|h]] died when his plane came down in August 2023.
Then you have the old friends of the president: [[Arkady Rotenberg|ofac:16669]], who built the
Crimea bridge, and the banks. [[Bank Rossiya|ofac:16681]] in St Petersburg was one of the first
banks sanctioned in 2014.

SHAH: And the oil and aluminium people?

SOKOLOV: [[Igor Sechin|ofac:16692]] at the state oil company, and [[Oleg Deripaska|ofac:24283]],
whose group was taken off the US list in 2019 but who personally remains sanctioned.
[[Deripaska|ofac:24283|h]] has since criticised the war, carefully.

SHAH: We'll have to leave it there. Helen Carraway, Andrei Sokolov, thank you both.
""")

doc('policy-brief', 'en-US', """
POLICY BRIEF No. 27
Iran's Network of Partners: Sanctions Options for the Next Administration

Key points
- Iran's external operations rely on a small number of commanders and a large number of
  partner militias. Sanctions have degraded finances but not relationships.
- Domestic repression and external operations are run by overlapping institutions.

1. The external arm
The [[Islamic Revolutionary Guard Corps-Qods Force|ofac:10465]] ([[IRGC-QF|ofac:10465|h]]) is
responsible for relations with armed partners from Lebanon to Yemen. Since January 2020 it has
been commanded by Brigadier General [[Esmail Qaani|ofac:13107]], a veteran of the Afghan and
Pakistani portfolios. [[Qaani|ofac:13107|h]] lacks his predecessor's personal charisma and has
relied more on Iraqi intermediaries.

2. Iraqi partners
Among the most loyal is [[Harakat al-Nujaba|ofac:26446]], which was designated in 2019 and has
claimed rocket attacks on US bases. [[Nujaba|ofac:26446|h]] leaders openly describe themselves as
part of the axis led by the [[Qods Force|ofac:10465]].

3. The home front
Inside Iran, the [[Basij Resistance Force|ofac:12727]] has been at the centre of the crackdown on
protests since 2022, while the vigilante group [[Ansar-e Hezbollah|ofac:24588]] has attacked
students and women accused of improper dress. The [[Basij|ofac:12727|h]] also runs an extensive
economic empire through cooperatives.

4. Money
The engineering conglomerate [[Khatam al-Anbiya Construction Headquarters|un:IRe.036]]
([[KAA|un:IRe.036|h]]) holds contracts across the oil, gas and transport sectors and remains
listed by both the UN and the US.

5. Not every enemy of Tehran is a partner
In Sistan and Baluchestan, the Sunni militant group [[Jaysh al-Adl|ofac:12299]], formerly known
as [[Jundallah|ofac:12299]], attacks Iranian security forces. Washington designated
[[Jaish al-Adl|ofac:12299]] in 2010 and 2019; Tehran accuses Pakistan of sheltering it.

Recommendations
- Coordinate designations with European partners before announcing them.
- Publish guidance for Iraqi banks on front companies.

Author: Sarah Lindqvist, Senior Fellow. This brief reflects the author's views only.
""")
