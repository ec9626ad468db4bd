#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for writer-c's free-text documents (bench/text-writers/dev2).

Each document is written with inline markers {{surface|pid}} or {{surface|pid|h}}
(h = hard mention). The script renders the plain text, records the spans and writes
wc_NNN.txt plus gold.jsonl. Party keys are looked up in /tmp/pool-dev.jsonl.
Run: python3 write.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-dev.jsonl'
# ---- news documents ----
NEWS = []

def _doc_news(category, style, locale, text, **kw):
    d = dict(category=category, style=style, locale=locale, text=text)
    d.update(kw)
    return d

# 1 wire
NEWS.append(_doc_news('news', 'wire', 'en-GB', """
KENYAN POLICE LINK MOMBASA CELL TO {{AL-SHABAAB|un:SOe.001}} RECRUITERS

MOMBASA, Kenya, March 4 - Kenyan anti-terrorism police said on Tuesday they had arrested four men in the Majengo and Kisauni areas of Mombasa on suspicion of recruiting young people for {{al-Shabaab|un:SOe.001}}, the Somali militant group, and of moving money for it through mobile-money agents on the coast.

A statement from the Anti-Terrorism Police Unit said the suspects, aged between 19 and 31, had been in contact with associates of {{Ahmad Iman Ali|un:SOi.016}}, the Kenyan-born preacher who for years led the group's Kenyan recruits across the border. Police said messages recovered from two telephones referred to {{Iman Ali|un:SOi.016|h}} by a nickname and discussed travel to Lamu county.

The arrests revived memories of {{Sheikh Aboud Rogo|un:SOi.011}}, the firebrand cleric shot dead on a Mombasa road in August 2012. Residents of Majengo said some of the young men had attended study circles where recordings of {{Rogo|un:SOi.011|h}}'s sermons were still circulated.

"We are not targeting a community, we are targeting a network," county police commander Peter Kimani told reporters outside the Makupa police station. He said a fifth suspect, a boda-boda rider, had been released without charge.

Human rights groups in Mombasa, including Haki Africa, urged police to bring the men before a magistrate within 24 hours as the constitution requires. Mariam Salim, whose 22-year-old son was among those detained, said he worked at a phone repair kiosk on Biashara Street and had never left the county.

Security analysts say the movement has lost several senior figures since a U.S. strike killed {{Ahmed Abdi Godane|un:SOi.004}} in 2014, but that its Kenyan recruitment has proved resilient. {{Godane|un:SOi.004|h}}'s successors have relied on preachers such as {{Hassan Mahat Omar|un:SOi.009}}, a Nairobi cleric also known as {{Abu Salman|un:SOi.009}}, whose lectures were shared widely on messaging apps, according to a 2023 report by a Nairobi think tank.

{{Shabaab|un:SOe.001}} fighters have carried out repeated attacks in Lamu and Garissa counties since 2019, including on buses and police posts. The group has not commented on the arrests.

The four suspects are due to appear at the Shanzu law courts on Thursday.
"""))

# 2 newspaper
NEWS.append(_doc_news('news', 'newspaper', 'en-PK', """
Quetta money changers feel the squeeze as hawala trail is traced

By our correspondent

QUETTA: Along Liaquat Bazaar and the lanes behind the Quetta Cantonment, the wooden booths of the sarrafs - money changers who move cash between Pakistan, Afghanistan and the Gulf - were quieter than usual this week. Traders said customers had grown wary after the State Bank of Pakistan reminded exchange companies that dealing with entities on the United Nations sanctions list is prohibited.

At least three names keep coming up in conversations with traders. The first is the {{Haji Khairullah Haji Sattar Money Exchange|un:TAe.010}}, a hawala business with branches in Kandahar, Chaman and Peshawar that the UN says handled funds for {{Taliban|ofac:6636|h}} commanders. Its name in Dari, as written on the sanctions list, is {{حاجی خيرالله و حاجی ستار صرافی|un:TAe.010}}.

The second is {{Rahat Limited|un:TAe.013}}, described in official documents as a money service business that also traded under the name {{New Chagai Trading|un:TAe.013}}. A shopkeeper in Chagai town said he remembered the signboard but not the owners. "{{Rahat|un:TAe.013|h}} was one office among twenty," he said. "People sent money home for weddings and funerals."

The third, the {{Haji Basir and Zarjmil Company Hawala|un:TAe.014}}, is linked by the UN to {{Abdul Basir Noorzai|un:TAi.173}}, a businessman from Kandahar province. A relative of {{Noorzai|un:TAi.173|h}} who runs a carpet shop on Jinnah Road declined to comment.

The UN listing for the network also mentions {{Gul Agha Ishakzai|un:TAi.147}}, whom officials describe as the head of the {{Taliban|ofac:6636}}'s financial commission. His name is rendered on the list as {{كُل آغا اسحاقزی|un:TAi.147}}. Several traders referred to him simply as {{Mullah Gul Agha|un:TAi.147}}.

Naseem Kakar, president of a local exchange companies' association, said his members screened customers against the lists "as far as our systems allow". He added that the informal sector remained beyond reach. "A man with a mobile phone and an uncle in Dubai is a hawala," Mr Kakar said.

A spokesman for the Federal Investigation Agency in Balochistan said inquiries were ongoing.
"""))

# 3 feature
NEWS.append(_doc_news('news', 'feature', 'en-GB', """
The long shadow over the hills of North Kivu

In Rutshuru, the hills are so green they look painted. Jeanne Uwase, 54, sells tomatoes from a plank balanced on two jerrycans, and she has fled her village four times in twenty years. "First the CNDP, then the others, then the {{M23|ofac:15585|h}}, and now the {{M23|ofac:15585|h}} again," she says, counting the letters off on her fingers.

The rebels she names have had many faces. The {{March 23 Movement|ofac:15585}} took its name from a 2009 peace deal that its founders said Kinshasa had broken. Before that there was {{Laurent Nkunda|un:CDi.022}}, a Congolese Tutsi former officer with a taste for sermons and well-cut suits, who led his fighters to the edge of Goma in 2008. {{Nkunda|un:CDi.022|h}} was arrested in Rwanda in January 2009 and has never stood trial.

His chief of staff, {{Bosco Ntaganda|un:CDi.030}}, went further and fared worse. Known to his men as "the {{Terminator|un:CDi.030|h}}", he walked into the United States embassy in Kigali in 2013 and asked to be sent to The Hague. Judges at the International Criminal Court later convicted {{Ntaganda|un:CDi.030|h}} of murder, rape and the use of child soldiers, and sentenced him to 30 years.

In Bunia, further north, the name people still mention is {{Germain Katanga|un:CDi.006}}, the Ituri militia leader convicted by the same court in 2014 for his role in the attack on Bogoro. A teacher at the Institut Mudzi Pela, Pascal Ngabu, says his pupils know the trial only as a story their parents tell.

Money has always flowed alongside the guns. In Lubumbashi, far to the south, mining communities talk about the Israeli billionaire {{Dan Gertler|ofac:23252}}, whose stakes in copper and cobalt concessions were placed under United States sanctions in 2017. {{Gertler|ofac:23252|h}} has denied any wrongdoing.

Back in Rutshuru, Father Emmanuel Bahati runs a parish school with 600 pupils and a leaking roof. He keeps a list of the children who have not returned after each round of fighting. "Every commander has a name people remember," he says. "The children have names too. Nobody writes those down."
"""))

# 4 court-report
NEWS.append(_doc_news('news', 'court-report', 'en-US', """
Son of cartel chief gets 15 years after cooperating with prosecutors

CHICAGO - A federal judge on Thursday sentenced {{Vicente Zambada Niebla|ofac:10350}}, the son of one of Mexico's most powerful drug traffickers, to 15 years in prison, citing his extensive cooperation with U.S. prosecutors after his extradition in 2010.

U.S. District Judge Ruben Castillo said {{Zambada|ofac:10350|h}} had been "born into a family business that is a criminal enterprise" but had provided testimony that was "of the highest value" to the government, including at the New York trial of a Sinaloa trafficking leader.

{{Zambada Niebla|ofac:10350}}, 44, wearing an orange jumpsuit, told the court he was sorry for the harm caused by the drugs he helped smuggle. He had pleaded guilty in 2013 to conspiring to import more than a ton of cocaine and heroin into the United States.

Prosecutors told the court that the organization he served fought a bloody war with the {{Beltran Leyva Organization|ofac:10900}} after the two groups split in 2008. Assistant U.S. Attorney Michael Ferrara said the defendant had coordinated shipments by air and sea and had relayed orders during the conflict with {{Arturo Beltran Leyva|ofac:10899}}, who was killed by Mexican marines in Cuernavaca in December 2009.

Court papers also describe meetings attended by {{Ivan Archivaldo Guzman Salazar|ofac:13148}}, a son of the Sinaloa leader whom U.S. authorities have separately charged. Defense attorney Alvin Michaelson said his client had been shielded from much of the violence and was "a logistics man, not a gunman".

The judge noted that a newer rival, the {{Cartel de Jalisco Nueva Generacion|ofac:17671}}, had since expanded into fentanyl trafficking, and said the sentence should show that cooperation carries real weight. "The {{CJNG|ofac:17671|h}} is not in this courtroom," Castillo said, "but the message is."

With credit for time served since 2009, {{Zambada|ofac:10350|h}} could be released within several years. The Federal Bureau of Prisons does not disclose where cooperating witnesses are held.
"""))

# 5 ngo-report
NEWS.append(_doc_news('news', 'ngo-report', 'en-US', """
Venezuela: Accountability for Election-Period Abuses Remains Elusive

Summary

This report documents 41 cases of arbitrary detention, ill-treatment and harassment of election workers, journalists and opposition volunteers in the Venezuelan states of Zulia, Lara, Bolívar and the Capital District between January and October. It is based on 87 interviews conducted in Caracas and Cúcuta, Colombia, and on court files reviewed by our researchers.

Institutions that should have protected victims instead shielded perpetrators. Attorney General {{Tarek William Saab|ofac:22750}} opened only three investigations into complaints filed by relatives of detainees, and none had produced charges by the time of writing. In a televised statement in May, {{Saab|ofac:22750|h}} described the detainees as "mercenaries" before any of them had been brought before a judge.

The National Electoral Council, chaired for more than a decade by {{Tibisay Lucena|ofac:22751}}, rejected requests by independent observers to audit voter registries in the municipalities where the abuses concentrated. Witnesses told us that officers of the Bolivarian National Police, then overseen by Interior Minister {{Néstor Reverol|ofac:22747}}, detained polling-station volunteers at the Liceo Fermín Toro in Caracas.

Soldiers under the command structure headed by Defense Minister {{Vladimir Padrino López|ofac:25080}} were deployed to voting centers in Zulia. Former detainee "Luisa" (not her real name), a 29-year-old nurse from Maracaibo, said she was held for 36 hours in a military facility and interrogated about her messages.

Several victims said they had been singled out after being named on the weekly television programme of {{Diosdado Cabello|ofac:24424}}, a senior leader of the ruling party. Two of them were detained within a week of being mentioned. {{Cabello|ofac:24424|h}} has repeatedly dismissed such allegations as foreign propaganda.

Recommendations

To the Venezuelan authorities: release all persons detained for their electoral or journalistic work; grant the UN fact-finding mission access to detention facilities.

To the governments of Colombia, Brazil and the European Union: support documentation efforts by Venezuelan organizations such as Foro Penal and Provea, and ensure that targeted measures against individual officials are tied to clear benchmarks for release of detainees.
"""))

# 6 parliamentary-record
NEWS.append(_doc_news('news', 'parliamentary-record', 'en-GB', """
Iranian Banks: London Subsidiaries
Volume 812: debated on Wednesday 14 June

3.07 pm

Asked by Lord Harrington of Kew

To ask His Majesty's Government what assessment they have made of the continued operation in London of banks owned by Iranian state institutions.

The Parliamentary Under-Secretary of State (Lord Ahmad of Wimbledon)

My Lords, the Government keep the activities of all financial institutions with links to Iran under close review. {{Bank Saderat plc|ofac:4642}}, {{Melli Bank plc|ofac:25420}} and {{Persia International Bank plc|ofac:25679}} are authorised firms and are subject to the same supervision by the Prudential Regulation Authority and the Financial Conduct Authority as any other bank. I cannot comment on the supervisory position of individual firms.

Lord Harrington of Kew

My Lords, I thank the Minister for that reply, but is he aware that {{Persia International Bank|ofac:25679}} is jointly owned by {{Bank Mellat|ofac:25019}}, which the United States has designated for its support of Iran's missile programme? Can he explain why a bank that American correspondents will not touch continues to hold a UK licence?

Lord Ahmad of Wimbledon

My Lords, the noble Lord will know that our sanctions regime is determined by UK law. Where there is evidence that {{Mellat|ofac:25019|h}} or any other institution is facilitating proliferation, we will act, as we did in 2009 when we used the Counter-Terrorism Act to direct firms to cease business with it.

Baroness Kramer (LD)

My Lords, does the Minister agree with the German authorities, who allowed the {{Europäisch-Iranische Handelsbank|ofac:25684}} ({{EIH|ofac:25684|h}}) in Hamburg to continue processing payments for years? What discussions have the Government had with Berlin about {{EIH|ofac:25684|h}}'s role in clearing trade finance for Iranian importers?

Lord Ahmad of Wimbledon

My Lords, we discuss these matters regularly with our German and French partners in the E3 format.

Lord Bruce of Bennachie (LD)

My Lords, while we are on the subject of sanctions, can the Minister tell the House what further steps the Government will take regarding {{Milorad Dodik|ofac:21465}}, whose secessionist rhetoric threatens the Dayton settlement in Bosnia and Herzegovina?

Lord Ahmad of Wimbledon

My Lords, the UK announced sanctions against Mr {{Dodik|ofac:21465|h}} in April 2022. We continue to support the Office of the High Representative.
"""))

# 7 academic-abstract
NEWS.append(_doc_news('news', 'academic-abstract', 'en-US', """
Flag-Hopping and Front Companies: A Network Analysis of North Korean Maritime Sanctions Evasion, 2016-2021

Ji-won Park (Korea University) and Daniel R. Mendelsohn (King's College London)

Abstract

United Nations Security Council resolutions adopted between 2016 and 2017 designated dozens of vessels and shipping firms involved in the Democratic People's Republic of Korea's coal exports and petroleum imports. Using AIS transponder data for 312 vessels, Panel of Experts reports and corporate registry filings from the Marshall Islands, Panama and Sierra Leone, we reconstruct the ownership and management networks behind ship-to-ship transfers in the Yellow Sea and the East China Sea.

We find that a small number of Pyongyang-based operators, among them {{Korea Achim Shipping Co|un:KPe.061}} and the {{Chonmyong Shipping Company Limited|un:KPe.056}}, managed a disproportionate share of the vessels that disabled their transponders near Nampo. Intermediaries registered in the Chinese special administrative regions played a bridging role: {{Huaxin Shipping (Hongkong) Ltd.|un:KPe.059}} ({{華信船務(香港)有限公司|un:KPe.059}}), for example, owned a vessel that delivered coal to Vietnam in 2017 while listing a Wan Chai secretarial firm as its only office.

On the financial side, payments for freight and bunkers were traced to accounts associated with the {{Koryo Credit Development Bank|un:KPe.049}}, also known as {{Daesong Credit Development Bank|un:KPe.049}}, and to legacy structures of the {{Tanchon Commercial Bank|un:KPe.003}}, long identified as the main financial agent for North Korean arms sales. Network centrality measures show that removing the five most central firms would have disconnected 61 percent of observed transfers.

We discuss implications for designation strategy, arguing that listing vessels without their technical managers produces rapid renaming and re-flagging, whereas designating management companies such as {{Chonmyong|un:KPe.056|h}} has more durable effects.

Keywords: sanctions; North Korea; maritime networks; ship-to-ship transfer; AIS
"""))

# 8 business
NEWS.append(_doc_news('news', 'business', 'en-GB', """
Tanker rates jump as sanctions squeeze shadow fleet

Freight rates for very large crude carriers on the Middle East to China route rose 18 per cent last week, brokers said, as charterers avoided ships tied to Iranian oil and owners demanded a premium for sanctions risk.

The move followed a fresh round of US designations aimed at vessels and managers that carry Iranian crude. Among the companies named was {{Kunlun Shipping Co. Ltd|ofac:27470}}, while an earlier action had hit {{COSCO Shipping Tanker (Dalian) Seaman and Ship Management Co., Ltd.|ofac:27465}}, a crew and technical management arm of China's largest shipping group. The Dalian unit's listing was later eased, but brokers said the episode had lasting effects on how charterers view Chinese-managed tonnage.

At the centre of the trade is the {{National Iranian Tanker Company|ofac:15117}}, which operates one of the largest tanker fleets in the world. {{NITC|ofac:15117|h}} ships routinely switch off transponders in the Gulf of Oman, according to tracking firms such as Kpler and Vortexa. "The fleet is ageing and insurance is a problem, but {{NITC|ofac:15117|h}} has never had trouble finding cargo," said Anoop Singh, head of tanker research at a Singapore broker.

Traders still cite the 2019 seizure of the {{Grace 1|ofac:27304}} off Gibraltar as the moment the risk became real for Western insurers. The tanker, later renamed the {{Adrian Darya 1|ofac:27304}}, was released after five weeks and sailed to the eastern Mediterranean, where it discharged its cargo off the Syrian coast. The {{Adrian Darya|ofac:27304|h}} affair cost its P&I club and several service providers dearly in legal fees.

Smaller operators have also come under scrutiny. The UAE-registered {{Dena Tankers FZE|ofac:15145}} appears in several of the ownership chains analysed by compliance consultancies, said Claire Whitfield of the London-based firm Harbour Risk.

Shares in listed tanker owners Frontline and Euronav rose on the rate spike, while Chinese state refiners were reported to be trimming purchases of discounted Iranian barrels.
"""))

# 9 obituary
NEWS.append(_doc_news('news', 'obituary', 'en-PK', """
{{Jalaluddin Haqqani|un:TAi.040}}: the mujahid commander who outlived his wars

{{Jalaluddin Haqqani|un:TAi.040}}, the Afghan guerrilla commander whose fighters were courted by Washington in the 1980s and hunted by it after 2001, has died after a long illness, the Afghan {{Taliban|ofac:6636}} announced on Tuesday. He was believed to be in his seventies.

Born in the Zadran tribal belt of Paktia province, {{Haqqani|un:TAi.040|h}} studied at the Darul Uloom Haqqania seminary at Akora Khattak, from which his family is often said to take its name. He rose to prominence fighting Soviet forces around Khost, and American congressmen who visited the front described him as "goodness personified". His name appears on the UN sanctions list, in the Arabic script in which it is recorded there, as {{جلال الدين حقانى|un:TAi.040}}.

After the fall of the {{Taliban|ofac:6636|h}} government in 2001, Maulvi {{Jalaluddin|un:TAi.040|h}} retreated across the border to North Waziristan, where his family ran madrassas and businesses in Miranshah. Ill health kept him out of public view for much of the following decade, and day-to-day command passed to younger relatives.

Among them was his brother {{Khalil Ahmed Haqqani|un:TAi.150}}, who handled fundraising in the Gulf and later became a minister in Kabul, and his relative {{Yahya Haqqani|un:TAi.169}}, described in UN documents as a long-serving logistics and communications figure. {{Khalil|un:TAi.150|h}} was seen at the family's mourning gathering in Kabul, according to photographs circulated on social media.

Pakistani officials in Peshawar said there would be no official comment. In Miranshah, shopkeeper Gul Zaman recalled the commander's visits to the bazaar in the 1990s. "He would drink tea and ask about prices," he said. "That is all I remember."

He is survived by several wives and many children.
"""))

# 10 email (hard-wrapped, one name broken over a line end)
NEWS.append(_doc_news('news', 'email', 'en-GB', """
From: Helen Marsh <h.marsh@example-trade.co.uk>
To: Compliance Team <compliance@example-trade.co.uk>
Cc: Tom Okafor <t.okafor@example-trade.co.uk>
Date: Mon, 12 Feb 2024 09:41:16 +0000
Subject: RE: Beirut freight forwarder - Syria exposure?

Hi all,

Following Friday's call, I have been through the documents the
forwarder in Beirut sent us. A few points before we decide whether to
take on the spare-parts consignment.

1. The air waybills for the earlier shipments show the goods flying
Dubai-Damascus on {{Cham Wings|ofac:21244}}. As you know {{Cham Wings Airlines|ofac:21244}} is
on the OFAC list and also under EU measures, so even if the goods
themselves are not controlled we cannot be party to that routing.
The forwarder says they could switch to {{Syrianair|ofac:13440}}, which obviously
does not help: {{Syrian Arab Airlines|ofac:13440}} is designated too.

2. The consignee's bank details point to an account at a Damascus bank
that settles through the {{Central Bank of Syria|ofac:30663}}. I am not comfortable
with that either.

3. More worryingly, one of the shareholders of the consignee is listed
in the Syrian commercial register as a company that until 2020 was
part of the group controlled by {{Rami
Makhlouf|ofac:10725}}. I know {{Makhlouf|ofac:10725|h}} fell out with the presidency and
lost most of his businesses, but his name is still on every list we
screen against and I do not think we can rely on press reports about
what he does or does not still own.

My recommendation is that we decline. Tom, could you let the sales team
know, and ask Priya to log the decision in the case file? If anyone
disagrees, happy to discuss at the 11:00 stand-up.

Thanks,
Helen

--
Helen Marsh
Head of Trade Compliance
"""))

# 11 op-ed
NEWS.append(_doc_news('news', 'op-ed', 'en-GB', """
Malta cannot keep treating fuel smuggling as somebody else's problem

By Joseph Camilleri

When the Italian police dismantled a fuel-smuggling ring operating between Libya, Malta and Sicily, Maltese politicians reacted as if a distant storm had passed. It had not. The ring was run in part from our harbours, using our fishing trawlers, our companies and our bank accounts.

At its centre, according to the Catania prosecutors, was {{Darren Debono|ofac:23189}}, a former footballer who had once played for the national team and later ran fishing businesses out of Marsaxlokk. His associate {{Rodrick Grech|ofac:23196}} helped arrange tankers and paperwork. In Libya, their partner was said to be {{Fahmi Ben Khalifa|ofac:23194}}, a smuggler from Zuwara who was arrested in Tripoli in 2017. The United States sanctioned all three in 2018.

Our courts moved slowly. {{Debono|ofac:23189|h}} contested the charges for years, and the tanker {{Maraya|ofac:28301}}, listed alongside the men, was able to sail in and out of regional ports while lawyers exchanged letters. Under its former name, the {{Med Patron|ofac:28301}}, the same ship had loaded cargoes off the Libyan coast.

None of this is unique to fuel. The same routes across the central Mediterranean are used by people smugglers such as the Eritrean {{Ermias Ghermay|ofac:24004}}, who remains at large despite being wanted in Italy for organising the crossing that ended in the Lampedusa disaster of October 2013, when more than 360 people drowned. {{Ghermay|ofac:24004|h}} is reported to have boasted that no court could reach him.

Malta's new financial intelligence director, Kenneth Farrugia, has promised a review of how the island's trawler licences and bunkering permits are issued. That review should be published in full. We are a small country with a large maritime register. Either we police what flies our flag, or others will decide that we cannot.

Joseph Camilleri is a lecturer in maritime law at the University of Malta.
"""))

# 12 press-release
NEWS.append(_doc_news('news', 'press-release', 'en-US', """
PRESS RELEASE

FOR IMMEDIATE RELEASE

Treasury Targets Lebanese Exchange Houses Laundering Drug Proceeds for {{Hizballah|ofac:4697}}

WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today took action against a network of Lebanese money exchange houses that launder narcotics proceeds on behalf of South American drug traffickers and provide financial services to {{Hizballah|ofac:4697}}.

OFAC is designating {{Hassan Ayash Exchange Company|ofac:12545}} and {{Ellissa Exchange Company|ofac:12544}}, both based in Beirut, under the Foreign Narcotics Kingpin Designation Act. According to investigators, the two firms received bulk cash shipments and wire transfers from West Africa and then moved funds to used-car dealerships in the United States. {{Ayash Exchange|ofac:12545|h}} handled transactions worth tens of millions of dollars through correspondent accounts in Europe.

In a related action, OFAC today identified {{Chams Exchange Company SAL|ofac:23025}}, another Beirut money services business, which according to the Drug Enforcement Administration served as a clearing point for cocaine proceeds from Colombia. {{Chams Exchange|ofac:23025}} maintained relationships with several Lebanese banks.

"{{Lebanese Hezbollah|ofac:4697}} and its financial facilitators exploit the legitimate financial system to move and hide illicit funds," said the Under Secretary for Terrorism and Financial Intelligence. "Today's action exposes the exchange houses that make this possible."

Today's action follows the designation of {{Jammal Trust Bank SAL|ofac:27189}} for knowingly facilitating banking activities for {{Hizballah|ofac:4697}}'s Executive Council and for a foundation that supports the families of its fighters. {{Jammal Trust Bank|ofac:27189}} subsequently entered liquidation.

As a result of today's action, all property and interests in property of the designated entities that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.

Media contact: Treasury Public Affairs, (202) 622-2960
"""))

# 13 investigative
NEWS.append(_doc_news('news', 'investigative', 'en-GB', """
Cement, contracts and the clan: how {{Camorra|ofac:12817|h}} money reached the building sites of Caserta

A six-month investigation into public works contracts in Campania

For two decades the villages around Casal di Principe were synonymous with the {{Camorra|ofac:12817}}. Roadside billboards now advertise organic mozzarella and agritourism, but documents obtained for this investigation show that firms tied to the old bosses were still winning municipal contracts as late as 2019.

We reviewed 214 tenders issued by eleven municipalities in the province of Caserta, cross-referencing the winning bidders with court records and company filings. In 37 cases, the winning company or its main subcontractor had a director or shareholder who was related to, or had worked for, people convicted as members of the clan.

The most prominent of them is {{Michele Zagaria|ofac:15233}}, who spent sixteen years as a fugitive before police found him in 2011 in a bunker beneath a house in Casapesenna, complete with a ventilation system and a television. Prosecutors say that even from prison {{Zagaria|ofac:15233|h}} retained influence over a network of concrete suppliers.

Another name that recurs is that of {{Nicola Schiavone|ofac:16749}}, eldest son of the founder of the clan's dominant faction, who was arrested in 2010 and later became a state witness. Court transcripts show him describing how his father's associate {{Mario Caterino|ofac:15230}} managed "relations with the town halls". {{Caterino|ofac:15230|h}}, himself a fugitive until 2005, is serving a life sentence.

The United States Treasury designated the {{Camorra|ofac:12817}} as a transnational criminal organisation in 2012 and later added several of its leaders to its sanctions list, including {{Paolo Di Mauro|ofac:15231}}, described by US officials as a key figure in the clan's international money laundering.

The mayor of one of the municipalities, Luigi Esposito, said his council had introduced anti-mafia certificates for all contractors in 2020. "We inherited a system," he said. "It takes longer to clean than to build." The regional prefecture did not reply to written questions.
"""))

# 14 blog
NEWS.append(_doc_news('news', 'blog', 'en-US', """
Spotter's Log #147: A Day at Yerevan's Zvartnots with the Iranian Heavies

Posted by skyhawk_mike | 23 comments

OK folks, long post, lots of pictures. I finally made it to Zvartnots (EVN) last week and spent two full days on the hill by the cargo apron. If you're into old Airbuses and even older Boeings, this place is paradise.

First up, the reason half of you asked me to go: {{Mahan Air|ofac:12927}}. Their A340-600 came in around 11:20 on the daily from Tehran, and the light was perfect. {{Mahan|ofac:12927|h}} is a weird one to photograph these days because you know the backstory - the US sanctioned them years ago for flying cargo and personnel for the {{Islamic Revolutionary Guard Corps|ofac:10391}}, and most of the fleet is kept flying on parts that arrive by, let's say, creative routes. Still, gorgeous aircraft.

Also seen: a {{Caspian Airlines|ofac:17226}} MD-83 (yes, they still fly them!) and a {{Pouya Air|un:IRe.077}} Il-76 freighter parked way out on the remote stand. The Il-76 used to wear {{Yas Air|un:IRe.077}} titles; a guy from the local spotting club told me it was repainted after the airline got caught carrying weapons to Syria back in 2011. Couldn't get close enough for a decent shot, sorry.

Random bit of trivia from the club guys: one of the {{Mahan|ofac:12927|h}} birds was apparently chartered back in the day to fly {{Qasem Soleimani|un:IRi.039}} around the region. No idea if that's true. After {{Soleimani|un:IRi.039|h}} was killed in Baghdad in 2020 there were a lot of stories like that flying around (pun intended). What is documented is that the {{IRGC|ofac:10391|h}} used commercial carriers as cover for logistics for years.

Anyway, gear notes: Canon R6 with the 100-400, most shots at 1/1000, f/8. Weather was clear both days but hazy after 2 pm. Next trip: Tbilisi, where I'm told the Georgian airport police are a lot more relaxed about long lenses.

Comments are open, but keep it about aviation please.
"""))

# 15 radio-transcript
NEWS.append(_doc_news('news', 'radio-transcript', 'en-IN', """
TRANSCRIPT - "South Asia Tonight", evening bulletin, segment 3

ANCHOR (RADHIKA MENON): Welcome back. Afghanistan's acting foreign minister, {{Amir Khan Muttaqi|un:TAi.026}}, is in the region this week, and he is meeting officials in Islamabad amid a bitter row over cross-border militancy. Our correspondent Sameer Qureshi joins us from Peshawar. Sameer, what is on the table?

QURESHI: Radhika, the main issue for Pakistan is the {{Tehrik-e-Taliban Pakistan|un:QDe.132}}, the {{TTP|un:QDe.132|h}}. Islamabad says the group's fighters are sheltering on the Afghan side and carrying out attacks in Khyber Pakhtunkhwa, and it wants Kabul to act. {{Muttaqi|un:TAi.026|h}} told reporters on arrival that Afghan soil would not be used against any neighbour, which is the line we have heard many times.

ANCHOR: Is he speaking for the whole leadership in Kabul?

QURESHI: That is the question diplomats are asking. The deputy prime minister, {{Abdul Ghani Baradar|un:TAi.024}}, has been handling economic files, trade and transit, and he has been more conciliatory in tone. {{Baradar|un:TAi.024|h}} was the face of the Doha talks, so Pakistani officials know him well. But final decisions rest with the supreme leader in Kandahar, and the prime minister, {{Mohammad Hassan Akhund|un:TAi.002}}, is seen as close to that circle.

ANCHOR: And on the ground?

QURESHI: On the ground, people in Bajaur and North Waziristan are tired. I spoke to a schoolteacher in Khar, Iqbal Afridi, who told me his school has been closed three times this year because of curfews. Traders at the Torkham crossing say trucks are backed up for kilometres whenever the border closes. The {{Pakistani Taliban|un:QDe.132}}, for their part, issued a statement today denying responsibility for last week's attack in Bannu.

ANCHOR: Sameer Qureshi in Peshawar, thank you. After the break, cricket: can India's bowlers recover in the second Test?
"""))

# 16 policy-brief
NEWS.append(_doc_news('news', 'policy-brief', 'en-US', """
POLICY BRIEF No. 22

Beyond Military Gains: Stabilisation in the Lake Chad Basin and the Central Sahel

Key points

- Military pressure has fragmented but not defeated the jihadist groups around Lake Chad.
- Humanitarian access, not troop numbers, now determines whether displaced people return.
- Sanctions listings should be coordinated with demobilisation programmes, not work against them.

Background

The insurgency that began in Maiduguri in 2009 under {{Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|un:QDe.138}} ({{JAS|un:QDe.138|h}}), better known as {{Boko Haram|un:QDe.138}}, has killed tens of thousands of people and displaced more than two million in Nigeria, Niger, Chad and Cameroon. In 2016 the movement split. The faction that pledged allegiance to the self-declared caliphate in Iraq and Syria, known since then as the {{Islamic State West Africa Province|un:QDe.162}} ({{ISWAP|un:QDe.162|h}}), built a parallel administration on the islands of Lake Chad, taxing fishermen and herders. After the death of the JAS leader in 2021, {{ISWAP|un:QDe.162|h}} absorbed many of his fighters.

Further west, the {{Islamic State in the Greater Sahara|un:QDe.163}} ({{ISGS|un:QDe.163|h}}) has operated in the tri-border area of Mali, Niger and Burkina Faso, attacking both armies and rival jihadist factions. Since 2022 the group, now often called the Sahel Province, has expanded its presence around Ménaka. Local leaders interviewed for this brief in Niamey and Tillabéri described {{ISGS|un:QDe.163|h}} fighters collecting zakat on livestock in villages without any state presence.

Instability also flows south. In the Central African Republic, ex-Seleka commander {{Nourredine Adam|un:CFi.002}} remains a reference point for armed groups in the north-east, and UN experts have documented his contacts with traffickers in Darfur and Chad.

Recommendations

1. Donors should fund community-level reintegration for former {{Boko Haram|un:QDe.138}} associates, including women and children, through programmes such as Operation Safe Corridor.
2. Governments should publish clear delisting and exemption procedures so that defectors and humanitarian actors are not deterred.
3. Regional bodies should share data on cross-border cattle markets, a key source of revenue for {{ISWAP|un:QDe.162|h}}.

Authors: Aisha Bello and Thomas Keller, Sahel Security Programme
"""))

# ---- pay documents ----
PAY = []

def _doc_pay(style, text, **kw):
    d = dict(category='payment', style=style, locale='swift', text=text)
    d.update(kw)
    return d

# MT103 with block headers, listed beneficiary exchange house
PAY.append(_doc_pay('mt103', """
{1:F01NWBKGB2LAXXX0000123456}{2:I103EBILAEADXXXXN}{4:
:20:FT24031288450021
:23B:CRED
:32A:240312USD48750,00
:50K:/GB29NWBK60161331926819
BRIGHTWATER TEXTILES LTD
UNIT 4 CANAL SIDE INDUSTRIAL EST
BRADFORD BD1 4QT GB
:57A:EBILAEAD
:59:/AE070331234567890123456
{{AL ZAROONI EXCHANGE|ofac:18539}}
AL RAS BUILDING, DEIRA
DUBAI AE
:70:/INV/BT-2024-0177 COTTON YARN
SETTLEMENT VIA {{AL ZAROONI|ofac:18539|h}} FOR
SUPPLIER IN KARACHI
:71A:SHA
:72:/ACC/PLS CREDIT ON RECEIPT
//REF MR IMRAN SHEIKH
-}
"""))

# MT103 with CRLF line ends, listed shipping company broken across lines, listed vessel
PAY.append(_doc_pay('mt103', """
:20:REF8841207DX
:23B:CRED
:32A:240219EUR126400,00
:50K:/DE89370400440532013000
HANSEATIC BUNKER SUPPLY GMBH
GROSSE ELBSTRASSE 145
22767 HAMBURG DE
:59:/IR820540102680020817909002
{{DAVAR SHIPPING COMPANY
LIMITED|ofac:15124}}
NO 37 ASEMAN TOWER, SAYYAD SHIRAZI
TEHRAN IR
:70:FREIGHT AND DEMURRAGE MV {{GOLBON|ofac:25353}}
VOYAGE 12/2024 BANDAR ABBAS-MERSIN
B/L NO BND-MRS-0044
:71A:OUR
:72:/INS/DEUTDEFF
//CHARTER PARTY DTD 02.01.2024
""", crlf=True))

# MT103 ordinary parties only
PAY.append(_doc_pay('mt103', """
{1:F01HBUKGB4BAXXX0000345612}{2:I103HABBPKKAXXXXN}{4:
:20:HX240405-7781
:23B:CRED
:32A:240405GBP2500,00
:50K:/GB33BUKB20201555555555
MR MOHAMMED ARIF PATEL
14 ST MARYS ROAD
LEICESTER LE2 1XA GB
:57A:HABBPKKA
:59:/PK36SCBL0000001123456702
MRS NOOR FATIMA HASSAN
HOUSE 22 STREET 9 G-10/2
ISLAMABAD PK
:70:FAMILY SUPPORT - SCHOOL FEES
FOR OMAR AND SALEH, SPRING TERM
:71A:SHA
:72:/BNF/CONTACT 0300 5551234
-}
"""))

# pacs.008 fragment, listed exchange house as debtor
PAY.append(_doc_pay('pacs008', """
<CdtTrfTxInf>
  <PmtId>
    <InstrId>SWD-240227-0093</InstrId>
    <EndToEndId>E2E-IMP-77310</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">32180.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>{{SWAID AND SONS FOR EXCHANGE CO.|ofac:32179}}</Nm>
    <PstlAdr>
      <AdrLine>AL-MALIKI STREET</AdrLine>
      <AdrLine>DAMASCUS SY</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>ANADOLU GIDA SANAYI VE TICARET A.S.</Nm>
    <PstlAdr>
      <AdrLine>ORGANIZE SANAYI BOLGESI 3. CAD. NO 12</AdrLine>
      <AdrLine>GAZIANTEP TR</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>PAYMENT FOR LENTILS AND BULGUR, PROFORMA 2024/118, ON BEHALF OF {{SUWAYD AND SONS MONEY EXCHANGE|ofac:32179}} CLIENT</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
"""))

# pacs.008 ordinary parties only
PAY.append(_doc_pay('pacs008', """
<CdtTrfTxInf>
  <PmtId>
    <EndToEndId>NL-INV-2024-04417</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">8640.50</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Van der Berg Horticulture B.V.</Nm>
    <PstlAdr>
      <AdrLine>Westlandseweg 210</AdrLine>
      <AdrLine>2291 PG Wateringen NL</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Al-Rashid Flowers Trading LLC</Nm>
    <PstlAdr>
      <AdrLine>Warehouse 7, Al Qusais Industrial Area 2</AdrLine>
      <AdrLine>Dubai AE</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>Invoice 4417 roses and chrysanthemums, attn Mr Hassan Omar, accounts dept</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
"""))

# MT202 with listed beneficiary institution
PAY.append(_doc_pay('mt202', """
{1:F01RZBAATWWAXXX0000998877}{2:I202BKIDIRTHXXXXN}{4:
:20:COV240118-0042
:21:FT2401180042A
:32A:240118EUR750000,00
:52A:RZBAATWW
:57A:KISHIRTH
:58D:{{BANK PASARGAD|ofac:13133}}
MIRDAMAD BLVD, NO 430
TEHRAN IR
:72:/BNF/COVER FOR PHARMA IMPORT LC
//LC NO 43/2024 APPLICANT DAROU
//PAKHSH CO, ISSUED BY {{PASARGAD|ofac:13133|h}}
-}
"""))

# remittance note, hawala
PAY.append(_doc_pay('remittance', """
Remittance advice - outgoing transfer

Sender: Abdul Wahab Stanikzai, Flat 3, 19 Green Lane, Ilford IG1 1XT
Amount: GBP 1,200.00
Value date: 06/03/2024
Beneficiary: Mr Sayed Omar, Kabul (cash collection)
Paying agent: {{Al-Kawthar Hawala|un:QDe.157}}, Sarai Shahzada, Kabul

Message to beneficiary: Eid money for the family and for Uncle Hassan's medicine. Collect from {{Al Kawthar Company|un:QDe.157}} office with tazkira.

Branch note: customer says he has used this agent for years.
"""))

# payment free text, charter hire to listed company
PAY.append(_doc_pay('payment-text', """
Payment instruction received by fax 14.02.2024 10:12

Please debit our USD account 0045-221873-001 and pay USD 215,000.00 to:
{{GOLDEN ENTERPRISE SHIPPING LTD|ofac:25832}}
Account 7712 0099 4431, Kowloon HK

Details of payment: time charter hire 15.02-15.03.2024, MT Ocean Lily, charter party dated 10.01.2024 between Petrolink Trading DMCC and {{Golden Enterprise Shipping Limited|ofac:25832}}. Bunkers for owners' account.

Authorised signatories: K. Subramanian / L. Garcia
"""))

# ---- neg documents ----
NEG = []

def _doc_neg(style, locale, text, **kw):
    d = dict(category='negative', style=style, locale=locale, text=text)
    d.update(kw)
    return d

# sports
NEG.append(_doc_neg('sports', 'en-PK', """
Hassan's five-for sets up Lahore Qalandars win

LAHORE: Leg-spinner Hassan Khan took five wickets for 21 runs as Lahore Qalandars bowled out Multan Sultans for 118 at the Gaddafi Stadium on Saturday night and chased the target with 19 balls to spare.

Hassan, 24, who grew up playing tape-ball cricket in the lanes of Ichhra, deceived Multan's top order with his googly. He removed opener Usman Ali for nine and then trapped the dangerous Omar Saleh lbw with a ball that skidded on. "I just tried to bowl in the right areas," he said at the post-match press conference. "Saleh bhai is a big hitter, so I kept it full."

Fakhar's half-century did the rest. The left-hander struck four sixes, two of them off fast bowler Naveed Akhtar, before falling with 12 runs needed. Captain Shaheen said the team had finally "found its rhythm" after losing two of its first three matches.

Multan coach Mushtaq Anwar defended his batsmen, saying the pitch had offered more turn than expected. "Credit to Hassan," he said. "He bowled a spell you would see in a Test match."

Earlier, the crowd of around 22,000 rose for a minute's silence in memory of former groundsman Haji Mohammad Bashir, who tended the square at the stadium for nearly forty years.

The Qalandars now face Karachi Kings on Tuesday, while Multan travel to Rawalpindi to meet Islamabad United.
"""))

# travel
NEG.append(_doc_neg('travel', 'en-GB', """
Three days in Muscat: souks, sea and slow coffee

Muscat does not shout. Unlike its glittering neighbours, the Omani capital sits low between jagged brown mountains and the Gulf of Oman, and its charms reveal themselves slowly - which is exactly how you should take them.

Where to stay: We booked the Al Noor Residence in Qurum, a family-run hotel a short walk from the beach. The manager, Mr Salim Al-Habsi, greeted us with dates and cardamom coffee and drew us a map of his favourite shawarma stalls on the back of a receipt.

Day one: Start at the Sultan Qaboos Grand Mosque early in the morning (modest dress required; scarves are lent at the door). In the afternoon head to Mutrah Souq, where the lanes smell of frankincense. Our guide, Khalid, a retired schoolteacher, steered us to a tiny shop run by a man called Omar who has sold silver khanjar daggers there since 1979.

Day two: Hire a car and drive to Wadi Shab. The hike to the cave pool takes about 45 minutes each way; bring water shoes. On the way back, stop at the Hassan Fish Restaurant in Sur for grilled kingfish with lime rice.

Day three: Take a dolphin-watching boat from Marina Bandar Al Rowdha, then spend a lazy afternoon at the Royal Opera House cafe. If you have time, the Bait Al Zubair museum has a beautiful collection of old Omani jewellery and maps.

Getting there: Oman Air and several European carriers fly direct to Muscat. Visas for many nationalities are available online.
"""))

# court-report
NEG.append(_doc_neg('court-report', 'en-GB', """
Landlord fined over damp flat after tenants' complaints

A Birmingham landlord has been ordered to pay more than £14,000 after failing to repair a flat where a young family lived for two years with black mould and a broken boiler.

Asif Hassan Mirza, 52, of Handsworth Wood, pleaded guilty at Birmingham Magistrates' Court on Monday to three offences under the Housing Act 2004 relating to a property on Soho Road.

District Judge Khan told the court the photographs were "shocking" and that Mr Mirza had ignored four improvement notices from the city council. "Tenants are entitled to a warm and safe home," the judge said. "This was neither."

The court heard that the tenants, Mohammed Saleem and his wife, moved into the flat in 2021 with their baby daughter. Their younger son developed asthma the following winter. Council environmental health officer Rachel Kim told the court that damp readings in the children's bedroom were among the highest she had recorded.

Representing Mr Mirza, solicitor David Petrov said his client had been caring for his elderly mother in Pakistan for much of the period and had relied on a managing agent who failed to pass on the notices. He said the repairs had since been completed at a cost of £9,000.

Mr Mirza was fined £10,500 and ordered to pay £3,600 in costs and a victim surcharge. After the hearing Mr Saleem said the family had now been rehoused by a housing association in Lozells.
"""))

# business
NEG.append(_doc_neg('business', 'en-IN', """
Noor Foods to open second plant in Hyderabad as demand for frozen parathas grows

HYDERABAD: Noor Foods Pvt Ltd, the maker of frozen parathas and ready-to-cook biryani kits, will invest ₹180 crore in a second manufacturing plant near Shamshabad, the company said on Wednesday.

Managing director Mohammed Irfan Ali said the plant, due to start production by March 2026, would double capacity to 120 tonnes a day and create around 600 jobs, most of them for women from nearby villages. "Our export orders from the Gulf and the UK have grown faster than we expected," he said.

The company, founded by Mr Ali's father in a two-room kitchen in Mehdipatnam in 1988, now supplies supermarkets in Dubai, Leicester and Toronto. Its sales rose 31 per cent last year to ₹640 crore.

Finance director Kavitha Reddy said the expansion would be funded through internal accruals and a term loan from a consortium led by State Bank of India. The company has no plans for an IPO "in the next two years", she said.

Analysts were positive. "Frozen Indian breads are a niche that has become mainstream," said Rahul Garcia-Menon of a Mumbai brokerage. He said competition from larger players such as ITC and Haldiram's was rising but Noor's halal certification and Gulf distribution network gave it an edge.

The Telangana industries minister attended the foundation-stone ceremony, along with local MLA Syed Omar Jalal.
"""))

# local-news
NEG.append(_doc_neg('local-news', 'en-US', """
Dearborn council approves new mural on Warren Avenue

DEARBORN, Mich. - The Dearborn City Council voted 6-1 on Tuesday to approve a 60-foot mural on the side of the Saleh Brothers Bakery building on Warren Avenue, ending months of debate over the design.

The mural, by local artist Layla Haddad, depicts three generations of a family sharing bread at a kitchen table, with the Detroit skyline in the background. Haddad said she drew on her own grandparents' arrival from south Lebanon in the 1970s.

"This is a story about everybody who came here to build something," said Council President Mike Sareini. Councilwoman Erin Byrnes cast the only no vote, citing concerns about the cost of maintenance.

Bakery owner Hassan Saleh, whose father opened the shop in 1984, said customers had been asking about the project for weeks. "People come in for a spinach pie and stay twenty minutes talking about the wall," he said.

Work is expected to begin in May and will be funded by a $45,000 grant from the city's arts commission and donations from businesses on the avenue, including Al-Ameer Restaurant and Omar's Auto Repair.

In other business, the council approved a contract with Kim & Lee Engineering for repaving on Schaefer Road and heard an update from police Chief Issa Shahin on traffic enforcement near Fordson High School.
"""))

# obituary
NEG.append(_doc_neg('obituary', 'en-GB', """
Professor Omar Haqqani, physician and teacher, 1941-2024

Professor Omar Haqqani, who has died aged 83, was a kidney specialist whose research on dialysis in rural clinics changed practice across South Asia and who taught three generations of doctors at Manchester Royal Infirmary.

Born in Lucknow, the son of a schoolmaster, Omar came to Britain in 1966 with a medical degree from King George's Medical College and "one suitcase and a great deal of optimism". After training in Leeds and Manchester he became a consultant nephrologist in 1978 and was later appointed professor at the University of Manchester.

His best-known work, carried out with colleagues in Karachi and Dhaka in the 1990s, showed that simple peritoneal dialysis could be delivered safely in district hospitals with limited equipment. Former student Dr Sarah Lee recalls that he would finish ward rounds by asking junior doctors what they had learned from the patients, "not from the notes".

Outside medicine he was a keen cricketer, an enthusiastic if erratic gardener and a devoted supporter of Lancashire. He served for many years as a trustee of a Manchester charity that supports refugee doctors in requalifying.

He is survived by his wife, Noor, whom he married in 1969, their children, Ali and Yasmin, and five grandchildren.
"""))

# recipe-or-lifestyle
NEG.append(_doc_neg('recipe-or-lifestyle', 'en-US', """
Weeknight Chicken Kabsa, the Way My Aunt Makes It

My aunt Fatima Al-Rashid does not measure anything. When I asked her for this recipe she laughed and said, "You put in spices until it smells like my house." Here is my best attempt to write down what she does, tested four times in my very small Brooklyn kitchen.

Serves 4 to 6

Ingredients
- 2 lbs bone-in chicken thighs
- 2 cups basmati rice, rinsed and soaked for 20 minutes
- 1 large onion, finely chopped
- 3 cloves garlic, crushed
- 2 tomatoes, grated, plus 1 tbsp tomato paste
- 1 tsp each: cumin, coriander, black lime powder, cinnamon
- 4 cardamom pods and 3 cloves
- 1 dried whole lime (loomi), pierced
- Toasted almonds and raisins to serve

Method
1. In a heavy pot, brown the chicken in oil and set aside.
2. Soften the onion and garlic, then add the spices and fry for a minute until fragrant.
3. Add the tomatoes, paste and loomi, return the chicken, cover with 4 cups of water and simmer for 30 minutes.
4. Remove the chicken and keep warm. Stir the rice into the broth, cover tightly and cook on the lowest heat for 20 minutes.
5. Serve the rice on a big platter with the chicken on top and the nuts and raisins scattered over.

A note on spices: I buy mine at Sahadi's on Atlantic Avenue or, when I am back in Michigan, from Mr. Hassan's shop on Warren Avenue. Aunt Fatima insists on her own baharat mix, but a good store-bought blend works fine.

Uncle Mohammed says it is better the next day. He is right.
"""))

# wedding-announcement
NEG.append(_doc_neg('wedding-announcement', 'en-US', """
Amira Khan and Daniel Petrov

Amira Noor Khan and Daniel Alexei Petrov were married Saturday at the Brooklyn Botanic Garden. Imam Yusuf Saleh, a family friend, and the Rev. Natalia Ivanova, an Orthodox priest, jointly led a ceremony that included readings in Urdu, Russian and English.

The bride, 31, is a pediatric nurse at NYU Langone. She graduated from Rutgers. She is the daughter of Farah Khan and Dr. Imran Khan of Edison, N.J. Her father is a cardiologist in private practice; her mother teaches mathematics at Edison High School.

The groom, 33, is a software engineer at a financial data company in Manhattan. He graduated from Carnegie Mellon. He is the son of Elena Ivanova-Petrov and Sergei Petrov of Fair Lawn, N.J. His mother is a piano teacher; his father owns a small construction company.

The couple met in 2019 at a friend's Diwali party in Jersey City, where, the bride said, "he was the only person who asked for the recipe for my mother's samosas." After the ceremony, guests danced to a band that alternated between bhangra and Russian folk songs, and the groom's grandmother, Lyudmila Ivanova, 88, led the final dance.
"""))

# school-newsletter
NEG.append(_doc_neg('school-newsletter', 'en-GB', """
St Mary's Primary School - Spring Term Newsletter

Dear Parents and Carers,

What a busy term it has been! Here are a few highlights and some important dates for your diary.

Maths Challenge: Congratulations to Year 6 pupils Ali Hussain, Grace Lee and Omar Farooq, who came second in the Borough Primary Maths Challenge at Westfield Academy. Mrs Kim, who coached the team, says they solved the final puzzle with seconds to spare.

Reading Week: Thank you to all the parents who came in to read stories in their home languages. We heard books in Urdu, Polish, Somali, Korean and Portuguese. Special thanks to Mr Mohammed Saleh, who brought his grandfather's storybooks from Yemen.

Football: Our Year 5 team, coached by Mr Ivanov, reached the semi-final of the district cup. Player of the tournament was Hassan Noor, who scored four goals.

Dates for your diary:
- Parents' evening: Tuesday 12 and Wednesday 13 March
- Easter bonnet parade: Friday 22 March
- INSET day (school closed): Monday 8 April

Uniform: Please label all jumpers and PE kits. The lost property box is overflowing again!

Best wishes,
Mrs J. Garcia, Headteacher
"""))

# property-listing
NEG.append(_doc_neg('property-listing', 'en-PK', """
FOR SALE - 10 Marla House, DHA Phase 6, Lahore

Price: PKR 4.75 crore (negotiable)

Beautifully maintained double-storey house on a corner plot near Khan Park and the Haqqani Chowk market. Built in 2016 by a reputable local builder, Al-Noor Constructions, and lived in by the original owners.

Ground floor: drawing room, dining room, open kitchen with granite tops, one bedroom with attached bath, servant quarter.
First floor: three bedrooms with attached baths, TV lounge, balcony facing the park.
Roof: covered terrace with water tank and solar panels (5 kW).

Features:
- Gas, electricity and water connections, all bills paid up to date
- Marble flooring throughout
- Car porch for two cars
- Walking distance to the Omar Mosque, Saleh Medical Centre and Beaconhouse school

Documents complete and clear; transfer in the name of the buyer within 15 days.

Contact: Mr Ali Raza, Noor Estate Advisers, 0321-4455667 (call or WhatsApp). Viewings by appointment, Monday to Saturday, 11 am to 7 pm. No dealers please.
"""))

# concert-review
NEG.append(_doc_neg('concert-review', 'en-GB', """
Review: Rahat and the Qawwali Ensemble, Symphony Hall, Birmingham

Four stars

It took about twenty minutes for Symphony Hall to stop behaving like a concert audience and start behaving like a shrine. By the time the ensemble reached the third piece, a ten-minute build on a single line of Amir Khusro, people in the stalls were clapping on the off-beat and the ushers had given up asking them to stay seated.

Leading the group, the young singer Rahat Ali Noor has a voice that is thinner than his famous namesake's but remarkably agile in the upper register. He was ably supported by harmonium player Hassan Mahmood and by the tabla of Omar Kazmi, whose solo in the second half drew the loudest cheer of the night.

Not everything worked. A mid-set detour into Bollywood hits felt like a concession to the bar takings, and the amplification muddied the chorus in the quieter passages. But the closing Dam Mast Qalandar, stretched to nearly half an hour, was as thrilling as anything I have heard in the hall.

The tour continues to Bradford, Manchester and Glasgow next week.
"""))

# community-notice
NEG.append(_doc_neg('community-notice', 'en-US', """
COMMUNITY NOTICE - Ramadan Food Drive and Iftar Schedule

The Al-Huda Community Center, 1420 Elm Street, invites all neighbors to join our annual food drive during Ramadan. Non-perishable food, baby formula and hygiene products can be dropped off at the side entrance, Monday to Friday, 4 pm to 8 pm.

Community iftars will be held every Saturday at sunset in the main hall. Everyone is welcome, whether or not you are fasting. Volunteers are needed to set up tables from 5 pm; please sign up with Brother Kareem Ali or Sister Maryam Hassan at the front desk.

Free health screenings (blood pressure and blood sugar) will be offered on March 16 by volunteers from Garcia Family Clinic, led by Dr. Lucia Garcia and Dr. Samuel Lee.

Youth basketball continues on Sunday afternoons, coached by Omar Sheikh. Sign-up forms are available online.

For questions, call the office at (555) 013-4477. Parking is limited; please use the lot behind Khan's Hardware, with thanks to the owner, Mr. Tariq Khan.
"""))

MARK = re.compile(r'\{\{(.+?)\|([a-zA-Z]+:[^|{}]+?)(?:\|(h))?\}\}', re.S)


def load_pool():
    keys = {}
    for line in open(POOL, encoding='utf-8'):
        r = json.loads(line)
        keys[r['pid']] = r['keys']
    return keys


def render(src, keys):
    out = []
    mentions = []
    pos = 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surf, pid, hard = m.group(1), m.group(2), m.group(3)
        if pid not in keys:
            raise SystemExit('unknown party %s' % pid)
        men = {'start': n, 'end': n + len(surf), 'text': surf, 'expect': list(keys[pid])}
        if hard:
            men['hard'] = True
        mentions.append(men)
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    assert '{{' not in text and '}}' not in text, text[:200]
    return text, mentions


def main():
    keys = load_pool()
    rows = []
    docs = NEWS + PAY + NEG
    assert len(docs) == 36, len(docs)
    for i, d in enumerate(docs, 1):
        name = 'wc_%03d.txt' % i
        src = d['text'].lstrip('\n')
        if d.get('crlf'):
            src = src.replace('\r\n', '\n').replace('\n', '\r\n')
        text, mentions = render(src, keys)
        if d['category'] == 'negative':
            assert not mentions, name
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        row = {'doc': name, 'category': d['category'], 'style': d['style'],
               'locale': d['locale'], 'source_id': 'writer-c', 'mentions': mentions,
               'not_mentions': d.get('not_mentions', [])}
        rows.append(row)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # sanity: spans match
    for r in rows:
        t = open(os.path.join(HERE, r['doc']), encoding='utf-8', newline='').read()
        for m in r['mentions']:
            assert t[m['start']:m['end']] == m['text']
    cats = {}
    for r in rows:
        cats[r['category']] = cats.get(r['category'], 0) + 1
    ms = sum(len(r['mentions']) for r in rows)
    hs = sum(1 for r in rows for m in r['mentions'] if m.get('hard'))
    parties = {tuple(m['expect']) for r in rows for m in r['mentions']}
    print(cats, 'mentions', ms, 'hard', hs, 'parties', len(parties))


if __name__ == '__main__':
    main()
