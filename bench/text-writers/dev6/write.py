#!/usr/bin/env python3
"""Writer-i (dev6): regenerates wi_*.txt and gold.jsonl in this directory.

Documents are written with inline markers [[surface|pid]] or [[surface|pid|h]]
(h = hard mention); the markers are removed and the spans recorded as Python str
offsets into the rendered text (after any CRLF conversion).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = {
    'un:QDe.004': ['un:QDe.004'],
    'un:YEe.001': ['un:YEe.001'],
    'ofac:16696': ['ofac:16696'],
    'ofac:28004': ['ofac:28004'],
    'un:SOe.001': ['un:SOe.001', 'ofac:10761'],
    'un:SOi.020': ['un:SOi.020', 'ofac:18007'],
    'un:SOi.019': ['un:SOi.019', 'ofac:30426'],
    'un:SOi.018': ['un:SOi.018', 'ofac:23383'],
    'ofac:15585': ['ofac:15585'],
    'un:CDi.004': ['un:CDi.004', 'ofac:15630'],
    'un:CDi.019': ['un:CDi.019', 'ofac:15615'],
    'un:CDi.001': ['un:CDi.001', 'ofac:15718'],
    'un:CDi.036': ['un:CDi.036'],
    'ofac:24879': ['ofac:24879'],
    'un:QDi.425': ['un:QDi.425', 'ofac:27865'],
    'un:QDe.163': ['un:QDe.163', 'ofac:24546'],
    'ofac:23803': ['ofac:23803'],
    'ofac:15832': ['ofac:15832'],
    'ofac:7729': ['ofac:7729'],
    'ofac:7734': ['ofac:7734'],
    'ofac:7700': ['ofac:7700'],
    'ofac:7679': ['ofac:7679'],
    'un:SSi.008': ['un:SSi.008', 'ofac:18547'],
    'un:SSi.001': ['un:SSi.001', 'ofac:18225'],
    'ofac:26175': ['ofac:26175'],
    'ofac:9608': ['ofac:9608'],
    'ofac:10369': ['ofac:10369'],
    'ofac:10574': ['ofac:10574'],
    'ofac:12860': ['ofac:12860'],
    'ofac:12862': ['ofac:12862'],
    'ofac:16812': ['ofac:16812'],
    'ofac:16829': ['ofac:16829'],
    'ofac:19579': ['ofac:19579'],
    'ofac:19596': ['ofac:19596'],
    'ofac:17067': ['ofac:17067'],
    'ofac:19571': ['ofac:19571'],
    'un:KPe.010': ['un:KPe.010', 'ofac:12212'],
    'ofac:15117': ['ofac:15117'],
    'ofac:11318': ['ofac:11318'],
    'ofac:11635': ['ofac:11635'],
    'ofac:15145': ['ofac:15145'],
    'ofac:13134': ['ofac:13134'],
    'un:IQi.020': ['un:IQi.020', 'ofac:7862'],
    'un:IQi.037': ['un:IQi.037', 'ofac:7879'],
    'un:IQi.005': ['un:IQi.005', 'ofac:7847'],
    'ofac:18539': ['ofac:18539'],
    'ofac:18247': ['ofac:18247'],
    'ofac:19994': ['ofac:19994'],
    'ofac:19972': ['ofac:19972'],
    'ofac:25069': ['ofac:25069'],
    'ofac:17671': ['ofac:17671'],
    'ofac:17674': ['ofac:17674'],
    'ofac:15871': ['ofac:15871'],
    'ofac:11900': ['ofac:11900'],
    'ofac:15529': ['ofac:15529'],
    'ofac:21244': ['ofac:21244'],
    'ofac:12846': ['ofac:12846'],
    'ofac:18209': ['ofac:18209'],
    'ofac:18215': ['ofac:18215'],
    'ofac:22183': ['ofac:22183'],
    'ofac:22249': ['ofac:22249'],
    'ofac:17809': ['ofac:17809'],
    'ofac:22745': ['ofac:22745'],
    'ofac:20820': ['ofac:20820'],
    'un:YEi.006': ['un:YEi.006', 'ofac:30624'],
    'un:YEi.009': ['un:YEi.009', 'ofac:31971'],
    'un:YEi.011': ['un:YEi.011', 'ofac:30651'],
    'un:CFe.002': ['un:CFe.002', 'ofac:19100'],
    'un:CFi.010': ['un:CFi.010', 'ofac:19930'],
    'un:CFi.011': ['un:CFi.011', 'ofac:19929'],
    'un:CFi.007': ['un:CFi.007', 'ofac:19129'],
    'ofac:18431': ['ofac:18431'],
    'ofac:11462': ['ofac:11462'],
    'ofac:28283': ['ofac:28283'],
    'ofac:12478': ['ofac:12478'],
    'ofac:26530': ['ofac:26530'],
    'ofac:10485': ['ofac:10485'],
    'ofac:10391': ['ofac:10391'],
    'ofac:23203': ['ofac:23203'],
    'ofac:28301': ['ofac:28301'],
    'ofac:16274': ['ofac:16274'],
    'ofac:18953': ['ofac:18953'],
    'ofac:18995': ['ofac:18995'],
    'ofac:18337': ['ofac:18337'],
    'ofac:18335': ['ofac:18335'],
}

DOCS = []


def doc(cat, style, locale, text, crlf=False, not_mentions=()):
    DOCS.append(dict(category=cat, style=style, locale=locale, text=text, crlf=crlf,
                     not_mentions=list(not_mentions)))


# ---------------------------------------------------------------- news (16)

doc('news', 'wire', 'en-KE', """MOGADISHU, March 4 (Coastline Wire) - Somali special forces said on Tuesday they had repelled an overnight assault on a forward base near Jilib, in the Middle Juba region, which officers blamed on [[al-Shabab|un:SOe.001]] fighters moving north from the river valley.

A spokesman for the regional administration, Abdirashid Hussein Farah, told reporters in Kismayo that at least nine attackers and two soldiers had been killed. The figures could not be independently verified. Residents of two nearby villages said they heard heavy gunfire from around 2 a.m. until shortly after dawn.

Security analysts in Nairobi said the raid bore the hallmarks of the Amniyat, the intelligence wing that has been run for years by [[Mahad Karate|un:SOi.020]], whom Washington and the U.N. Security Council both list as a senior figure of the group. "[[Karate|un:SOi.020|h]]'s people plan these night raids carefully, they usually have someone inside," said Halima Osman, a researcher at the Horn Security Forum.

Two other names on the sanctions lists featured in a statement read out on state radio: [[Maalim Ayman|un:SOi.019]], described by the government as the commander of the unit responsible for incursions into Kenya's Lamu county, and [[Abukar Ali Adan|un:SOi.018]], a long-time deputy of the movement's leadership. The statement gave no evidence that either man was present.

[[Shabaab|un:SOe.001|h]] has lost ground in central Somalia since 2022 but still controls much of the Juba valley, where it collects taxes on livestock and charcoal. The insurgents did not comment on the fighting. An African Union official in Mogadishu, speaking on condition of anonymity, said the mission's drawdown had left "gaps that everybody can see on a map."

(Reporting by Farhia Mohamed; editing by Colin Ashworth)
""")

doc('news', 'newspaper', 'en-GB', """[[M23|ofac:15585]] REBELS TIGHTEN GRIP ON NORTH KIVU MINING TOWNS

From our correspondent in Goma

The rebels of the [[M23|ofac:15585]] have installed their own administrators in at least three mining towns west of Rubaya, according to traders, local officials and a confidential note circulated among diplomats in Kinshasa last week.

The note, seen by this newspaper, names several officers said to be overseeing the collection of fees on coltan leaving the hills. Among them is [[Baudoin Ngaruye|un:CDi.019]], a former colonel of the Congolese army who defected during the 2012 mutiny and has been under United Nations sanctions for years. Mr [[Ngaruye|un:CDi.019|h]] was described by one trader as "the man who decides who passes and who waits".

Another is [[Innocent Kaina|un:CDi.004]], known in the ranks as [[India Queen|un:CDi.004]], whose units are accused by human rights groups of forcibly recruiting boys from displacement camps around Kitchanga. Father Emmanuel Bahati, a Catholic priest who runs a school in the area, said parents had stopped sending children to classes. "They take them at the roadblocks," he said.

The note also mentions [[Eric Badege|un:CDi.001]], a figure from an earlier rebellion, as a liaison with allied militias further north. It could not be established whether he currently holds a formal post.

Further north, in Beni territory, the army says it is fighting a different enemy altogether: the [[ADF|ofac:16696|h]] faction loyal to [[Seka Baluku|un:CDi.036]], whose fighters killed eleven farmers near Oicha in February. Lieutenant Antony Mualushayi, the army spokesman in the area, said operations with Ugandan troops were "continuing in depth".

Rwanda denies supporting the [[March 23 Movement|ofac:15585]]. Kinshasa and Kigali are due to meet again in Luanda next month.
""")

doc('news', 'feature', 'en-US', """The Road to Boni: Fear and Bargaining in Central Mali

By Claire Anderson

The bus from Mopti leaves at dawn, and by the time it reaches the first checkpoint the passengers have already removed anything that might offend: radios tuned to music, photographs of daughters, the cheap perfume a tailor named Boubacar Traoré had bought for his wife. "Everyone knows the rules now," he said. "You do not argue with men on motorbikes."

The men on motorbikes belong, for the most part, to [[Jama'at Nusrat al-Islam wal-Muslimin|ofac:24879]], the [[al-Qaeda|un:QDe.004]] affiliate that has spread from the desert north into the farmland of the Inner Niger Delta. Known by its acronym, [[JNIM|ofac:24879|h]] now negotiates local truces with villages, sets grazing calendars and settles land disputes in makeshift courts.

Much of that expansion is credited to [[Amadou Koufa|un:QDi.425]], a Fulani preacher from the Mopti region whose sermons on cassette were once sold in the same market stalls as Bollywood films. [[Koufa|un:QDi.425|h]] appeals to young herders who feel abandoned by the state, said Aminata Dicko, a sociologist at the university in Bamako. His nominal superior, the Tuareg leader [[Iyad ag Ghaly|ofac:15832]], is seldom seen in public.

The group's rivals are just as present. Along the borders with Niger and Burkina Faso, the [[Islamic State in the Greater Sahara|un:QDe.163]] has fought [[JNIM|ofac:24879|h]] for control of pastures and smuggling routes, and in northern Burkina Faso the homegrown [[Ansarul Islam|ofac:23803]] has long operated alongside both.

For the passengers on the bus, the distinctions matter less than the practicalities. At the second checkpoint, a young fighter asked a schoolteacher, Mariam Coulibaly, why she was travelling alone. She said she was visiting her mother in Douentza. He let the bus pass.

"Next week it may be different," the driver, Seydou Keita, said, lighting a cigarette. "It is always different."
""")

doc('news', 'court-report', 'en-GB', """HIGH COURT OF JUSTICE - BUSINESS AND PROPERTY COURTS
Report of judgment: Adriatic Holiday Estates Ltd v Kovacevic and others

Mrs Justice Harrington yesterday dismissed an application to set aside a freezing order over three villas on the Montenegrin coast, holding that the claimant had shown a good arguable case that the properties were held for the benefit of a sanctioned individual.

The claimant, a Guernsey-registered company, alleged that the villas near Budva were bought in 2004 through a chain of nominees acting for [[Momcilo Mandic|ofac:7729]], a former Bosnian Serb official designated by the United States under its Western Balkans programme. Counsel for the first defendant, Mr Nenad Kovacevic, argued that his client was a bona fide purchaser and that [[Mandic|ofac:7729|h]] had never held any interest in the land.

The judge was not persuaded. She noted bank records showing that payments for renovation works had been routed through a Belgrade account also used, according to a witness statement, to settle legal fees connected with [[Milan Martic|ofac:7734]], the wartime leader of the self-declared Krajina administration, and with [[Dragan Jokic|ofac:7700]], a former army officer convicted at The Hague. "The coincidence of payees is striking and unexplained," she said.

A separate strand of the evidence concerned donations made in 2001 to the [[Front for Albanian National Unity|ofac:7679]], known by its Albanian initials [[FBKSH|ofac:7679|h]]. The judge described that material as "of marginal relevance" and declined to make any finding on it.

Mr Kovacevic's solicitor, Ms Fiona Laidlaw of Grey & Partners, said her client would consider an appeal. The matter returns for a case management hearing in the spring.
""")

doc('news', 'ngo-report', 'en-GB', """Section 4: Commercial networks and the war economy

4.1 Our researchers interviewed 46 traders, drivers, soldiers and former officials in Juba, Wau and Aweil between June and October. Several described how senior commanders used private firms to import vehicles and fuel during the conflict.

4.2 Interviewees repeatedly named [[Paul Malong Awan|un:SSi.008]], the former chief of general staff. Four witnesses said that vehicles destined for units loyal to [[Malong|un:SSi.008|h]] were imported through [[Crown Auto Trade|ofac:26175]], a company registered in Juba and designated by the US Treasury in 2017. A manager at a rival dealership, who asked not to be named, said [[Crown Automobiles|ofac:26175]] "never waited at customs like the rest of us".

4.3 A second former chief of staff, General [[Jok Riak|un:SSi.001|h]], was described by two witnesses as having commissioned armoured pick-ups in 2016. [[Gabriel Jok Riak|un:SSi.001]] is subject to a UN travel ban and asset freeze. We wrote to him via the defence ministry and received no reply.

4.4 Across the border in Darfur, patterns are familiar. Interviewees in Nyala said militia leader [[Musa Hilal|ofac:9608]] continued to draw income from gold workings at Jebel Amer long after the government claimed control. Cargo flights linked to [[Azza Air Transport|ofac:10369]] were, according to a former airport employee, still landing in El Fasher in the mid-2010s, although we could not confirm their cargo.

4.5 Recommendations: the African Union and regional states should publish beneficial ownership registers; donors should condition support on audits of defence procurement; and banks in Nairobi and Kampala should review correspondent relationships with firms named in this section.

Researchers: Achol Deng, Rebecca Lado, Yousif Abdelrahman
""")

doc('news', 'parliamentary-record', 'en-GB', """Belarus: Petrochemical Exports
Volume 742: debated on Thursday 11 January

Mr Alasdair Finch (Strathkelvin) (LD): What assessment has the Minister made of the continued supply of Belarusian refined products to European markets via third countries?

The Minister for Europe (Ms Priya Ranganathan): The hon. Member raises an important point. The state concern [[Belneftekhim|ofac:10574]] and its principal refineries remain subject to sanctions by ourselves and our allies. We have seen evidence that products from the [[Naftan|ofac:12860]] refinery at Novopolotsk have been relabelled in intermediary ports, and we are working with partners to close those routes.

Mr Finch: I thank the Minister. She will be aware that the fibre plant [[Grodno Khimvolokno|ofac:12862]] has also found new buyers. Will she publish the number of licences issued to UK firms dealing with these entities?

Ms Ranganathan: I will write to him with the figures.

Dame Eleanor Whitcombe (Hexley Vale) (Con): Is the Minister satisfied that Russian lenders which finance this trade, including [[Sobinbank|ofac:16812]] and [[SMP Bank|ofac:16829]], have no remaining correspondent access in the City?

Ms Ranganathan: The Treasury keeps that under constant review. I would not comment on individual banks from the Dispatch Box, but the right hon. Lady can be assured that the [[Naftan OJSC|ofac:12860]] case, and others like it, are being looked at closely.

Mr Speaker: Order. We must move on. Mr Dafydd Prys.
""")

doc('news', 'academic-abstract', 'en-US', """Abstract

Ship-to-Ship Transfers and the Limits of Maritime Sanctions: Evidence from DPRK-Linked Tankers, 2017-2020

Min-jung Park (Department of Maritime Studies, University of Westhaven) and Thomas R. Keller

We construct a dataset of 214 suspected ship-to-ship transfers in the East China Sea and the Yellow Sea using AIS gaps, satellite imagery and port-state control records. We show that a small number of registered owners account for most observed transfers. Vessels controlled by [[Korea Samilpo Shipping Co|ofac:19579]] and by [[Chongchongang Shipping Co. Ltd.|ofac:17067]] exhibit dark periods three times longer than a matched sample of regional tankers. A case study of the tanker [[M/V Ryo Myong|ofac:19596]] illustrates how flag changes, spoofed identifiers and short-lived management companies were combined; the [[Ryo Myong|ofac:19596]] received refined products on at least four occasions from foreign-flagged ships. We further trace bunkering contracts to [[Ocean Bunkering JV Co|ofac:19571]] and procurement payments to networks historically associated with [[Green Pine|un:KPe.010|h]], the trading arm designated by the Security Council in 2012. Our results suggest that designations of owners have a smaller effect on behaviour than designations of individual hulls. We discuss implications for insurers, classification societies and flag registries.

Keywords: sanctions; maritime security; AIS; North Korea; ship-to-ship transfer
""")

doc('news', 'business', 'en-SG', """Tanker owners brace for tighter checks on Iranian crude

SINGAPORE - Shipbrokers in Singapore say compliance teams are asking for more paperwork than ever before approving charters in the Gulf of Oman, as banks review exposure to cargoes that might originate from Iran.

At the centre of the scrutiny is the [[National Iranian Tanker Company|ofac:15117]], the state carrier whose fleet of very large crude carriers has spent long stretches with transponders switched off. "If there's any hint of [[NITC|ofac:15117|h]] in the history of a vessel, the underwriters walk away," said Daniel Ong, a director at a local broking firm.

Oil traders point to the marketing arm [[Naftiran Intertrade Company Ltd|ofac:11318]], based in Switzerland for many years, as a model for how Iranian barrels used to be sold abroad. Several former contacts of [[NICO|ofac:11318|h]] have since set up their own trading houses in Dubai and Kuala Lumpur.

The London-registered [[Petropars UK Ltd.|ofac:11635]] and the Emirates-based [[Dena Tankers FZE|ofac:15145]] are also named in sanctions lists that compliance officers consult before clearing a voyage. A risk consultant, Priya Menon, said her clients now screen not just owners and managers but the banks involved in letters of credit, including Iranian private lenders such as [[Karafarin Bank|ofac:13134]].

Freight rates on the route have climbed about 12 per cent this quarter, according to data from Harbour Analytics. Shares of several listed tanker owners rose on Monday.
""")

doc('news', 'obituary', 'en-GB', """Dr Samir Yousif al-Khatib, engineer and teacher, 1939-2024

Samir al-Khatib, who has died aged 84, spent four decades building bridges across the Tigris and Euphrates, and the last fifteen years of his life teaching civil engineering to students in Amman who had fled the wars he had lived through.

Born in Mosul, the son of a bookseller, he studied in Baghdad and then in Manchester, where he met his wife, Margaret. Returning to Iraq in 1968 he joined the roads directorate and rose to become its chief structural engineer. Colleagues remember a man who refused to sign off a design he had not checked himself.

His career was overshadowed by politics. In the 1980s he was summoned to the office of [[Taha Yassin Ramadan|un:IQi.020]] ([[طه ياسين رمضان الجزراوي|un:IQi.020]]), then in charge of the economy, and ordered to complete a bridge in half the time he had estimated. He refused. He was briefly detained and his passport confiscated, an episode he later described with dry humour: "[[Ramadan|un:IQi.020|h]] wanted a bridge, I wanted it to stand up."

In 1991 he lost his younger brother in the uprising in the south, which was crushed by forces under [[Ali Hassan al-Majid|un:IQi.005]], the man Iraqis called [[Chemical Ali|un:IQi.005|h]]. Samir seldom spoke of it. A later dispute over land near Samarra with associates of [[Watban Ibrahim Hassan al-Tikriti|un:IQi.037]], the interior minister, cost him his family's orchards.

After 2003 he worked for a reconstruction consortium before leaving for Jordan in 2007. His students at the Hashemite university knew him as the professor who kept a pencil behind each ear.

He is survived by Margaret, their daughters Layla and Nadia, and six grandchildren.
""")

doc('news', 'email', 'en-AE', """From: Rahul Menon <r.menon@gulfstarbank.example>
To: FIU Desk <fiu-desk@gulfstarbank.example>
Cc: Sara Haddad
Subject: RE: Alert 2291-B - outgoing wires, Deira branch

Sara, team,

Following up on yesterday's call. I went back through the twelve wires flagged on the Deira account of our customer Golden Dune Textiles (the small garment trader on Naif Road).

Three of the beneficiaries need escalation:

1) Two payments of AED 180,000 each to [[Al Zarooni Exchange|ofac:18539]] in the
Meena Bazaar area. The customer told the RM it was "settling supplier invoices in Karachi". You will remember that the [[Al Zarooni|ofac:18539|h]] house was designated back in 2015 as part of the [[Altaf Khanani Money Laundering
Organization|ofac:18247]] case.

2) One payment of AED 96,500 to [[Kay Zone General Trading LLC|ofac:19972]], same case, same designation date. The invoice attached is for "bedsheets", no quantities.

3) A cash deposit referencing "[[Afaq Dubai|ofac:25069]] settlement". I am not sure this is the designated hawala, but the spelling matches and I'd rather we look.

The customer's authorised signatory is a Mr Imran Qureshi. The RM says he mentioned a "Mr [[Polani|ofac:19994|h]]" as the person in Karachi who arranges the transfers. If that is [[Atif Polani|ofac:19994]] we are in trouble. Please do not contact the customer until Compliance decides.

Regards,
Rahul

Rahul Menon | Senior Analyst, Financial Crime | Gulf Star Bank PJSC
""")

doc('news', 'op-ed', 'en-US', """Opinion | The Cartels Are Outgrowing Our Sanctions

By Lucía Hernández Ortega

Every few months the Treasury Department adds another set of Mexican and Colombian names to its lists, and every few months the announcement is greeted as a blow to organized crime. I have covered these groups for twenty years, and I no longer believe it.

Take the [[Cartel de Jalisco Nueva Generación|ofac:17671]]. When the U.S. designated it in 2015, the [[CJNG|ofac:17671|h]] was a regional upstart. Today it moves fentanyl precursors through ports on the Pacific, runs avocado extortion rackets in Michoacán and launders money through real estate in Guadalajara and Puerto Vallarta. Its leader, [[Nemesio Oseguera Cervantes|ofac:17674]], better known as [[El Mencho|ofac:17674|h]], has been listed for nearly a decade. He remains free.

In Colombia, the story is similar. The [[Clan del Golfo|ofac:15871]] - which calls itself the [[Autodefensas Gaitanistas de Colombia|ofac:15871]] - survived the capture and extradition of [[Dairo Antonio Úsuga David|ofac:11900]], alias [[Otoniel|ofac:11900|h]], in 2021 and 2022. The [[Gulf Clan|ofac:15871]] simply promoted new commanders. [[Los Rastrojos|ofac:15529]], once its great rival, splintered, and the fragments now rent themselves out to whoever pays.

Sanctions freeze assets that these groups were never foolish enough to keep in American banks. What they do not do is touch the notaries, the currency exchange shops, the cattle ranchers and the accountants who make the money move. Ask any farmer in Urabá, like Don Jaime Restrepo, whose land I visited last year; he pays his monthly "vacuna" in cash, and no list in Washington has ever changed that.

If we are serious, we should follow the money into the legitimate economy, on both sides of the border.

Lucía Hernández Ortega is a journalist based in Mexico City.
""")

doc('news', 'press-release', 'en-US', """FOR IMMEDIATE RELEASE

Coalition for Civil Aviation Accountability Urges Airports to Refuse Syrian Charter Flights

WASHINGTON, D.C. - The Coalition for Civil Aviation Accountability (CCAA) today called on airport operators in Europe and the Gulf to deny landing slots to charter flights operated by [[Cham Wings Airlines|ofac:21244]], the private Syrian carrier sanctioned by the United States in 2016 for transporting fighters and weapons on behalf of the Syrian government.

"[[Cham Wings|ofac:21244|h]] has repeatedly been linked to the movement of people for military purposes," said Jennifer Walsh, executive director of the CCAA. "An airline that serves a war effort should not be welcomed at civilian airports."

The Coalition's report, released today, also highlights the role of the [[Hamsho International Group|ofac:12846]], a conglomerate whose owner has been sanctioned for financing the government, and of the [[Tartous Port General Company|ofac:18209]], which manages the country's second port. According to shipping data reviewed by the Coalition, the Syrian-flagged vessel [[Laodicea|ofac:18215]] made several calls in Lebanon and Turkey in the past year.

The report recommends that the International Civil Aviation Organization publish a list of aircraft linked to sanctioned carriers and that insurers decline to cover charter operations for those aircraft.

About CCAA: The Coalition for Civil Aviation Accountability is a nonprofit organization based in Washington, D.C., that promotes safety and transparency in international aviation.

Media contact: Marcus Ortiz, +1 202 555 0147, press@ccaa.example
""")

doc('news', 'investigative', 'en-US', """Inside the Caracas Courtroom Economy

An investigation by the Andes Reporting Project

For most Venezuelans, the Supreme Tribunal of Justice is a distant building in the center of Caracas. For a handful of businessmen, our reporting shows, it was a place where favorable rulings could be arranged.

Over eight months, reporters reviewed property records in Panama and Florida, court filings in Miami and Madrid, and more than 3,000 leaked emails. The documents describe how relatives and associates of senior judges acquired apartments and boats while the court issued decisions favoring the government.

Several of those judges are under U.S. sanctions. [[Maikel José Moreno Pérez|ofac:22183]], who presided over the tribunal from 2017, was designated that year together with colleagues including [[Gladys María Gutiérrez Alvarado|ofac:22249]]. Emails show that an intermediary known to the group as "el contador" set up two Panamanian companies in 2018 to hold property for a relative of [[Moreno|ofac:22183|h]]. A lawyer for the former chief justice did not respond to questions. [[Gutiérrez|ofac:22249|h]] could not be reached.

The documents also mention [[Justo José Noguera Pietri|ofac:17809]], a former commander of the National Guard, in connection with a security contract at a port in Puerto Cabello, and [[Carlos Erik Malpica Flores|ofac:22745]], the former national treasurer, whose signature appears on a letter authorizing a payment of $4.2 million to a supplier in Valencia that our reporters could not find at its registered address.

Ana Beatriz Rojas, a Caracas constitutional lawyer, said: "None of this surprises anyone here. What surprises people is that somebody wrote it down."

Additional reporting by Diego Salazar and Miriam Cohen.
""")

doc('news', 'blog', 'en-GB', """Notes from Aden: the money changers of Crater

Posted by Hana Saleh

Another week, another rial. When I arrived in Aden in January the exchange rate was 1,600 to the dollar; this morning the board outside my local money changer in Crater said 1,710. Abu Fadhl, who has run the little shop since before I was born, shrugged when I asked him about it. "Sana'a prints its own rules," he said.

He is right that the country now has two financial systems. In the north, the authorities in Sana'a control what money moves and who moves it, and some of the big exchange houses have ended up on American lists. The best known is probably [[Al-Omgy and Brothers Money Exchange|ofac:20820]], which the US Treasury said in 2020 helped to fund the [[Houthis|un:YEe.001]]' military operations. Everyone in the south still calls it simply "[[al-Omgy|ofac:20820|h]]", and everyone has an opinion about it.

The sanctions committee in New York has also been busy with individuals. Its list now includes [[Sultan Zabin|un:YEi.006]], the head of the criminal investigation department in Sana'a accused of abusing women detainees; the military commander [[Yusuf al-Madani|un:YEi.009]] ([[يوسف المداني|un:YEi.009]]); and [[Motlaq Amer al-Marrani|un:YEi.011]] ([[مطلق عامر المراني|un:YEi.011]]), formerly deputy head of the national security bureau. I once saw [[al-Marrani|un:YEi.011|h]]'s motorcade pass through Dhamar - at least, that is what the man selling qat next to me said it was.

None of this changes much for Abu Fadhl. He counts the notes twice, wraps them in a rubber band, and asks after my mother. I buy him tea. Tomorrow the rate will move again.
""")

doc('news', 'radio-transcript', 'en-UG', """TRANSCRIPT - "Northern Voices", Radio Gulu FM, Sunday evening programme

PRESENTER (Grace Akello): Good evening and welcome. Tonight we are talking about the men who never came home. With me in the studio is Mr Patrick Okello, who was abducted by the [[LRA|un:CFe.002|h]] in 1996 and escaped in 2003, and on the line from Bangui is the journalist Jean-Baptiste Ngaba. Patrick, welcome.

OKELLO: Thank you, Grace.

PRESENTER: Patrick, people still ask whether the [[Lord's Resistance Army|un:CFe.002]] exists today.

OKELLO: It is small now, but it is there. In the bush near the border with Sudan there are still some groups. The sons of the old man are leading. [[Ali Kony|un:CFi.010]] is the one people talk about, and his brother [[Salim Kony|un:CFi.011]]. When I was in the bush, [[Salim|un:CFi.011|h]] was just a boy carrying water.

PRESENTER: Jean-Baptiste, what do you see from the Central African side?

NGABA: The armed groups here are many. Besides the remnants of the [[Lord's Resistance Movement|un:CFe.002]], you have the ex-Seleka factions. One of the leaders sanctioned by the United Nations is [[Haroun Gaye|un:CFi.007]], from the third district of Bangui. Also there are the diamond buyers. A Belgian-Central African company, [[Kardiam|ofac:18431]], was sanctioned because of diamonds bought in areas controlled by armed groups.

PRESENTER: Patrick, what would you say to young people listening tonight?

OKELLO: Go to school. And if you have a brother or a cousin still out there, tell him the door is open. The amnesty commission in Gulu is still working.

PRESENTER: Thank you both. After the news, we have music requests from Kitgum and Pader.

[END OF SEGMENT]
""")

doc('news', 'policy-brief', 'en-US', """POLICY BRIEF No. 17 | Center for Levant and Gulf Security Studies

FOLLOW THE DINAR: HOW [[KATA'IB HEZBOLLAH|ofac:11462]] AND IRAQ'S ARMED FACTIONS ARE FINANCED

Summary

Iraq's Iran-aligned armed factions fund themselves through a mix of state salaries, control of border crossings, and transfers facilitated by Iranian financial institutions. This brief recommends targeted measures for the Iraqi Central Bank's partners.

Key findings

1. [[Kata'ib Hezbollah|ofac:11462]] remains the most capable of the factions. Designated as a Foreign Terrorist Organization since 2009, [[KH|ofac:11462|h]] draws on salaries paid through the Popular Mobilization Commission while running checkpoints on the route to al-Qaim.

2. [[Asa'ib Ahl al-Haq|ofac:28283]], led by [[Qais al-Khazali|ofac:28004]], has moved into real estate and transport in Baghdad. [[AAH|ofac:28283|h]]'s political wing holds seats in parliament.

3. Older networks persist. [[Abu Mustafa al-Sheibani|ofac:10485]], sanctioned in 2008 for smuggling weapons to Shia militias, is reported by two of our interviewees to remain active as a broker.

4. On the Iranian side, the [[Islamic Revolutionary Guard Corps|ofac:10391]] relies on institutions such as [[Ansar Bank|ofac:12478]] to pay its personnel and on [[Ansar Exchange|ofac:26530]] to move hard currency; both were designated by the US Treasury. The [[IRGC|ofac:10391|h]]'s external operations arm coordinates the flows to Iraq.

Recommendations

- Strengthen the dollar auction controls introduced in 2023.
- Require Iraqi banks to identify the ultimate beneficiaries of transfers to exchange houses in Iran and the UAE.
- Support independent auditors in the Popular Mobilization Commission's payroll.

Author: Dr Karim Hadi, Senior Fellow. Research assistance by Noor Abbas.
""")

# ---------------------------------------------------------------- payment (8)

doc('payment', 'mt103', 'swift', """{1:F01VALLMTMTAXXX0000000000}{2:I103BCITITMMXXXXN}{4:
:20:FT24031188421
:23B:CRED
:32A:240312EUR148250,00
:50K:/MT84VALL22013000000040012345678
MEDITERRANEAN BUNKER SUPPLIES
LTD
TRIQ IL-MOLL, MARSA MRS 1152
MALTA
:59:/IT60X0542811101000000123456
[[PETROPLUS LIMITED|ofac:23203]]
VIA DEL PORTO 14
95121 CATANIA IT
:70:BUNKER DELIVERY MT [[MARAYA|ofac:28301]]
INV PP-2024-0117 DD 05.03.2024
:71A:SHA
:72:/INS/VALLMTMT
//RE CARGO DISCHARGE AUGUSTA
-}""")

doc('payment', 'mt103', 'swift', """{1:F01EMIRAEADXXX0000000000}{2:I103CITIUS33XXXXN}{4:
:20:EBI2403190457
:23B:CRED
:32A:240319USD62400,00
:50K:/AE460260001234567890123
AL NOOR BUILDING MATERIALS
TRADING LLC
PO BOX 48812 DUBAI UAE
:59:/AE070331234567890123456
TRADE PARTNER [[GURGEN
HOUSE FZCO|ofac:16274]]
JEBEL ALI FREE ZONE
DUBAI UAE
:70:PAYMENT FOR INVOICE GH/2024/311
CERAMIC TILES 2X40FT CONTAINERS
:71A:OUR
:72:/ACC/PLS CREDIT WITHOUT DELAY
-}""", crlf=True)

doc('payment', 'mt103', 'swift', """:20:REF0098123445
:23B:CRED
:32A:240402GBP3150,00
:50K:/GB29NWBK60161331926819
MRS ELIZABETH ANNE CARTWRIGHT
14 ROSEBERY GARDENS
HARROGATE HG1 2LX
:59:/ES9121000418450200051332
JUAN CARLOS MENDOZA RUIZ
CALLE DE LA PAZ 22
29601 MARBELLA ES
:70:DEPOSIT HOLIDAY VILLA RENTAL
CASA LAS PALMERAS AUG 2024
:71A:SHA
:72:/REC/BENEFICIARY PHONE
//+34 600 123 456
""")

doc('payment', 'pacs008', 'swift', """<CdtTrfTxInf>
  <PmtId><EndToEndId>SGP-24-03-77812</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">38760.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Straits Marine Agencies Pte Ltd</Nm>
    <PstlAdr><AdrLine>80 Robinson Road #10-01</AdrLine><AdrLine>Singapore 068898</AdrLine></PstlAdr>
  </Dbtr>
  <CdtrAgt><FinInstnId><BICFI>BKCHHKHHXXX</BICFI></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>[[Haejin Ship Management Co., Ltd.|ofac:18953]]</Nm>
    <PstlAdr><AdrLine>Room 1203, Wing On Centre</AdrLine><AdrLine>Sheung Wan, HK</AdrLine></PstlAdr>
  </Cdtr>
  <RmtInf><Ustrd>Refund of port disbursement account, Nampo call, per agreement with [[Haejin|ofac:18953|h]] dated 02/03</Ustrd></RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'pacs008', 'swift', """<CdtTrfTxInf>
  <PmtId><EndToEndId>NL-INV-448120</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="EUR">12480.50</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Van der Berg Bloemen B.V.</Nm>
    <PstlAdr><AdrLine>Legmeerdijk 313</AdrLine><AdrLine>1431 GB Aalsmeer</AdrLine></PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Finca Santa Rosa de Lima S.A.S.</Nm>
    <PstlAdr><AdrLine>Vereda El Tablazo</AdrLine><AdrLine>Rionegro, Antioquia, Colombia</AdrLine></PstlAdr>
  </Cdtr>
  <RmtInf><Ustrd>Invoice FSR-0932 roses Freedom and Explorer 48 boxes week 11</Ustrd></RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'mt202', 'swift', """{1:F01RZBAATWWXXXX0000000000}{2:I202SABRRUMMXXXXN}{4:
:20:RZB24031500218
:21:COV1193-77
:32A:240315EUR750000,00
:52A:RZBAATWW
:57A:SABRRUMM
:58D:/40702810900000001234
[[RUSSIAN FINANCIAL ALLIANCE BANK|ofac:18995]]
MOSCOW RU
:72:/BNF/COVER FOR INTERBANK DEPO
//PLACEMENT REF RFA-7781
//ATTN TREASURY [[RFA BANK|ofac:18995|h]]
-}""")

doc('payment', 'remittance-note', 'swift', """Remittance advice - Piraeus Chartering Services S.A.

Dear Sirs,

Please find below details of our transfer today for second hire instalment under the time charter of MV [[BLUE DREAM|ofac:18337]] (delivery Lattakia 01/03).

Amount: USD 112,500.00
Beneficiary: [[Aqua Shipping Ltd|ofac:18335]], Marshall Islands
Account with: Beirut branch of correspondent, as per owners' instructions
Reference: BD-TC-2024-02 / [[Blue Dream|ofac:18337]] hire 16-31 March

Kindly confirm receipt to our accounts desk (Mrs Eleni Papadaki).
""")

doc('payment', 'payment-free-text', 'swift', """Transfer note from customer (mobile banking, free text field):
School fees 2nd term for Amina Yusuf Hassan, Form 3, Moi Girls High School Eldoret. Paid by her uncle Abdirahman Hassan Warsame. Balance of KES 14,500 to follow in May. Thanks, please issue receipt to parent Fadumo Ali.
""")

# ---------------------------------------------------------------- negative (12)

doc('negative', 'sports', 'en-GB', """Rovers edge Athletic in seven-goal thriller

Hartwell Rovers 4 Kingsbridge Athletic 3

A stoppage-time header from the Serbian centre-back Luka Mandić settled a breathless contest at Meadow Lane on Saturday and lifted Rovers into the play-off places.

Kingsbridge led twice in the first half through their Somali-born striker Abdi Warsame, whose pace troubled the home defence all afternoon. Rovers equalised each time, first through a deflected Rafael Gutiérrez free-kick and then when the Korean winger Kim Jae-won cut inside and curled into the far corner.

After the break Athletic's captain, Tomás Moreno, restored the lead with a penalty, but Rovers' substitute Yusuf Al-Hamdani levelled with a low drive and Gutiérrez made it 3-3 on 81 minutes.

With the crowd on its feet, Mandić rose at the back post to meet Sam Okello's corner. "I told the lads I was due one," he said afterwards. Manager Pete Brannigan called it "a proper old-fashioned football match".

Meanwhile at the county ground, the veteran Pakistani all-rounder Salman Karim took four wickets for the Hartwell second eleven against the Police XI.
""")

doc('negative', 'travel', 'en-US', """Three Days in Tbilisi and the Black Sea Coast

Arrive in Tbilisi and check in at the Hotel Sultan Palace, a restored merchant's house in the old town with a courtyard full of vines. Dinner is at Sofiko's, where the owner, Nino Gelashvili, will insist you try the khinkali and a glass of amber wine.

On day two, take the early train west to Batumi. The seafront promenade is lined with cafés; the Crown Café serves excellent Turkish coffee. Hire a bicycle and ride to the botanical garden, then watch the sunset from the Alphabet Tower.

On day three, join a small boat tour on the MV Aurora, a converted fishing boat run by Captain Giorgi Baramidze, who points out dolphins and tells stories of his grandfather's days as a sailor on the Odessa route. In the evening, the Golden Wing restaurant near the port is the place for grilled fish.

Practical notes: Georgian lari are easily available from cash machines at the Bank of Georgia and at the exchange kiosks in the station. Taxis should be booked through an app.
""")

doc('negative', 'court-report', 'en-GB', """Magistrates' Court: Driving and licensing cases

Before District Judge Amira Haddad at Leicester Magistrates' Court on Monday:

Hamid Reza Rahimi, 34, of Narborough Road, admitted driving without insurance on the A6. He was fined £440 and his licence endorsed with six points. The court heard he had believed his brother's policy covered him.

Viktor Ivanovich Petrenko, 52, a lorry driver of Coalville, admitted exceeding the drivers' hours rules. He was fined £650. His employer, Midland Haulage Ltd, was not prosecuted.

Mariana Rodrigues da Silva, 27, of Oadby, was cleared of failing to stop after an accident in a supermarket car park after CCTV showed she had left a note on the other vehicle.

Bashir Abdullahi Omar, 41, a taxi driver, pleaded guilty to operating without a valid private hire licence after his renewal lapsed. Judge Haddad accepted that the lapse was an administrative oversight and imposed a conditional discharge.

Chen Wei, 23, a student, admitted speeding at 48mph in a 30 zone on Fosse Road and was fined £180.
""")

doc('negative', 'business', 'en-US', """Regional lenders report stronger quarter

Several community banks in the Midwest reported higher earnings for the first quarter, helped by steady loan growth and lower deposit costs.

Pioneer Savings Bank of Ohio said net income rose 11 percent to $14.2 million. Chief executive Karen Novak said the bank had expanded its agricultural lending team and opened a branch in Defiance. Prairie Popular Credit Union, based in Nebraska, reported a smaller rise, citing competition for deposits.

In Illinois, Heritage Industrial Trust announced the acquisition of a small mortgage broker, Gold Star Home Loans, for an undisclosed sum. The deal is expected to close in the summer.

Analysts at Lakeshore Research said valuations remained attractive. "The regional banks had a difficult 2023, but the fundamentals look better," said analyst Omar Farouk Siddiqui.

Separately, the freight company Atlas Logistics Group, based in Indianapolis, said it would add 200 jobs at a new distribution center, and Neptune Seafoods of Boston said it had signed a supply agreement with a Norwegian salmon farmer.
""")

doc('negative', 'local-news', 'en-GB', """New Somali community centre opens in Moss Side

A community centre serving Manchester's Somali families opened its doors on Saturday after five years of fundraising.

The Hiiraan Centre on Princess Road will offer homework clubs, English lessons and advice sessions. Chairwoman Faduma Abdi Mohamud said the building had been "paid for by bake sales, sponsored walks and a great deal of patience".

The ribbon was cut by local councillor Ahmed Nur Farah, who said the centre would help "young people find their feet". Among the first visitors were Hodan Jama and her three children, who came for the Somali food stall run by Mama Shamsa's kitchen.

A youth football team, the Moss Side Youth Lions, coached by Mohamed Ali Nur, put on a demonstration match in the car park. Another team, Karate Kids Manchester, gave a martial arts display.

The centre's treasurer, Abdullahi Osman Yusuf, thanked the local mosque and the Co-operative Bank, whose community fund contributed £20,000.
""")

doc('negative', 'obituary', 'en-US', """Hyon Sook Park, 1941-2024

Hyon Sook Park, a seamstress who ran a tailoring shop on Olympic Boulevard in Los Angeles for thirty-five years, died on March 3 at her home in Koreatown. She was 82.

Born in Busan, she moved to the United States in 1972 with her husband, Kim Dong-hyun, a carpenter, and their two children. The couple opened Park's Alterations in 1979. Customers included a generation of Korean-American brides, several Hollywood costume designers and, she liked to say, "every pastor in the neighborhood".

Her husband died in 2005. She kept the shop open until 2014, when her eyesight began to fail.

She is survived by her son, Jang Min Park, a dentist in Torrance; her daughter, Ri Eun-hee Thompson, a teacher in Pasadena; and five grandchildren. A service will be held at the Korean United Methodist Church on Saturday. The family asks that in lieu of flowers donations be made to the Koreatown Senior Center.
""")

doc('negative', 'recipe-or-lifestyle', 'en-GB', """Weekend cooking: my grandmother's Persian jewelled rice

My grandmother, Zahra Karimi, grew up in Shiraz and cooked this rice for every family wedding. She would never write it down, so I stood beside her in her kitchen in Ealing one autumn and took notes.

You will need basmati rice, barberries, slivered pistachios and almonds, orange peel, saffron and a pinch of sugar. Soak the rice for at least an hour. Bloom the saffron in a little hot water; she always used the saffron from the Pars Spice Shop on Uxbridge Road, run by her old friend Mr Hossein Tehrani.

Parboil the rice, then layer it in the pot with the fruit and nuts, and let it steam on a low heat with a tea towel under the lid. The crust at the bottom, the tahdig, is the prize. At our table my uncle Reza always claimed it first.

Serve with chicken cooked with Sultana raisins and a bowl of yoghurt. Nooshe jan!
""")

doc('negative', 'wedding-announcement', 'en-US', """Announcements

Gabriela Sofía Herrera and Mateo Alejandro Cervantes were married on June 8 at the Mission San Juan Capistrano in California. The Rev. Manuel Ortega officiated.

The bride, 29, is a pediatric nurse at Children's Hospital of Orange County. She is the daughter of Lucia and Ramón Herrera of Santa Ana. Her father owns Herrera Auto Trade, a used-car dealership.

The groom, 31, is a structural engineer with the firm Golfo & Delgado Associates in Irvine. He is the son of Carmen and Jorge Cervantes of Guadalajara, Mexico, where his father is a retired professor of history at the University of Guadalajara.

The couple met at a salsa class in Long Beach in 2019. After a reception at the Hotel Oceana, they will honeymoon in Cartagena, Colombia.
""")

doc('negative', 'school-newsletter', 'en-GB', """St Aidan's Primary School - Spring Newsletter

Dear parents and carers,

What a busy term it has been! Year 4 visited the Natural History Museum and came back full of questions about dinosaurs. Thank you to Mr Dragan Petrovic, our caretaker, who spent half-term repainting the hall.

Congratulations to Amina Hassan (Year 6) who won the borough poetry competition, and to Oleg Ivanov and Sofia Rossi (Year 5) who represented the school at the chess tournament. Our netball team, coached by Mrs Grace Achieng, finished second in the league.

World Book Day raised £312 for the library. A special thank you to Mrs Ngozi Okafor and Mr Ali Reza Tabrizi from the PTA, who organised the cake sale.

Dates for your diary: parents' evening 21 March; Easter holidays begin 28 March; summer term starts 15 April.

Mrs Helen Garvey, Headteacher
""")

doc('negative', 'property-listing', 'en-GB', """FOR SALE - Offers over £425,000

Caspian House, 12 Harbour View, Whitby

A beautifully presented three-bedroom Victorian terrace with sea views, a short walk from the harbour and the 199 steps. The property, named by its first owner, a sea captain who sailed the Baltic timber routes, has been lovingly restored by the current owners, Mr and Mrs Tariq Aziz Khan.

Ground floor: entrance hall, sitting room with original fireplace, kitchen-diner with Aga. First floor: two double bedrooms and family bathroom. Second floor: master bedroom with dormer window overlooking the Esk estuary.

Outside: small courtyard garden, residents' parking permit available.

Viewing strictly by appointment with Marlowe & Green Estate Agents, 4 Flowergate, Whitby. Tel 01947 555 210.
""", not_mentions=['Tariq Aziz'])

doc('negative', 'concert-review', 'en-US', """Review: A Russian evening at Symphony Hall

The visiting Novosibirsk Philharmonic opened its tour with a program of Rachmaninoff and Shostakovich, and the result was often thrilling.

The young pianist Anastasia Rotenberg-Levi, born in Haifa to Russian parents, played the Second Piano Concerto with a muscular tone and surprisingly delicate phrasing in the slow movement. Conductor Dmitri Volodin kept the orchestra on a tight rein, perhaps too tight in the finale.

After the interval came Shostakovich's Fifth Symphony. Here Volodin let the brass loose, and the principal trumpet, Pavel Chemezov, deserves special mention for the blazing coda. The principal cellist, Marina Goldberg, played her solos with great warmth.

The audience, which included the Russian-American novelist Yelena Stashevskaya, gave a long standing ovation. The orchestra continues to Chicago and Toronto.
""")

doc('negative', 'community-notice', 'en-GB', """NOTICE - Harbour Road Allotments Association

The Annual General Meeting will be held in the Scout Hut, Harbour Road, on Tuesday 16 April at 7.30pm.

Agenda: chairman's report (Mr Musa Kanu); treasurer's accounts (Mrs Aisha Brown); election of officers; plot inspections; water charges for the coming season.

The committee thanks Mr Bosco Nkurunziza for repairing the main gate and Mrs Leila Mansour for organising the seed swap, which raised £86 for the Victory Road food bank.

Reminder: bonfires are not permitted between April and September. Plot holders with outstanding rent should contact the secretary, Mr James Koang, on 07700 900 412.

Members are asked to keep the car park clear for the delivery from Green Pine Landscaping on Saturday morning.
""")


# ---------------------------------------------------------------- render

MARK = re.compile(r'\[\[(.+?)\|([a-z]+:[^|\]]+)(\|h)?\]\]', re.S)


def render(src):
    out, mentions, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surface, pid, hard = m.group(1), m.group(2), m.group(3)
        men = dict(start=n, end=n + len(surface), text=surface, expect=KEYS[pid])
        if hard:
            men['hard'] = True
        mentions.append(men)
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, text[:80]
    return text, mentions


def check_swift(text, style):
    if style not in ('mt103', 'mt202'):
        return
    for line in text.replace('\r\n', '\n').split('\n'):
        body = re.sub(r'^:\d\d[A-Z]?:', '', line)
        if line.startswith('{') or line.startswith('-}'):
            continue
        assert len(body) <= 35, (style, line)


def main():
    rows = []
    for i, d in enumerate(DOCS, 1):
        name = 'wi_%03d.txt' % i
        src = d['text']
        if d['crlf']:
            src = src.replace('\n', '\r\n')
        text, mentions = render(src)
        check_swift(text, d['style'])
        for m in mentions:
            assert text[m['start']:m['end']] == m['text']
        if d['category'] == 'negative':
            assert not mentions
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        rows.append(dict(doc=name, category=d['category'], style=d['style'], locale=d['locale'],
                         source_id='writer-i', mentions=mentions, not_mentions=d['not_mentions']))
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cats = {}
    for r in rows:
        cats[r['category']] = cats.get(r['category'], 0) + 1
    ms = [m for r in rows for m in r['mentions']]
    parties = {tuple(m['expect']) for m in ms}
    print(len(rows), 'documents', cats, len(ms), 'mentions', sum(1 for m in ms if m.get('hard')),
          'hard', len(parties), 'parties')


if __name__ == '__main__':
    main()
