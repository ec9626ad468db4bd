#!/usr/bin/env python3
"""Generator for the writer-e free-text documents (dev3).

Each document is written with inline markers  [[surface|party]]  or
[[surface|party|h]]  (hard).  The surface may span a line break.  Running
this script renders the .txt files and gold.jsonl; offsets are Python str
indices into the rendered text (read with newline='')."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
POOL = '/tmp/pool-dev.jsonl'

P = {
 'shabaab': 'un:SOe.001', 'rogo': 'un:SOi.011', 'makaburi': 'un:SOi.012',
 'malong': 'un:SSi.008', 'jokriak': 'un:SSi.001', 'makuei': 'ofac:20998', 'gadet': 'un:SSi.006',
 'cjng': 'ofac:17671', 'elmayo': 'ofac:7226', 'vicente': 'ofac:10350', 'archivaldo': 'ofac:13148',
 'adrian': 'ofac:27304', 'sambouk': 'ofac:15853', 'kunlun': 'ofac:27470', 'sinoenergy': 'ofac:29526',
 'hoopad': 'ofac:25469',
 'hizb': 'ofac:4697', 'kh': 'ofac:11462', 'fatemiyoun': 'ofac:26347', 'zaynabiyoun': 'ofac:26348',
 'houthis': 'un:YEe.001', 'abdulmalik': 'un:YEi.004',
 'aissami': 'ofac:20250', 'saab': 'ofac:22750', 'pdvsa': 'ofac:26367', 'evrofinance': 'ofac:26503',
 'rustanker': 'ofac:29507',
 'yujong': 'un:KPe.066', 'yusong12': 'ofac:23157', 'chonmasan': 'ofac:23729', 'kumunsan3': 'ofac:23163',
 'paekma': 'un:KPe.069', 'chonmyong': 'un:KPe.056', 'koryocb': 'ofac:23004',
 'let': 'un:QDe.118', 'saeed': 'un:QDi.263', 'lej': 'un:QDe.096', 'ttp': 'un:QDe.132', 'jua': 'un:QDe.152',
 'zarooni': 'ofac:18539', 'chams': 'ofac:23025', 'ayash': 'ofac:12545', 'rahat': 'un:TAe.013',
 'khairullah': 'un:TAe.010', 'omgy': 'ofac:20820', 'tawasul': 'ofac:27972',
 'sallizar': 'ofac:30206', 'milenyum': 'ofac:18328', 'finikia': 'ofac:18213', 'laodicea': 'ofac:18215',
 'greenship': 'ofac:18334',
 'saif': 'un:LYi.017', 'hannibal': 'un:LYi.010', 'aisha': 'un:LYi.009', 'ghwell': 'ofac:19769',
 'boko': 'un:QDe.138', 'shekau': 'un:QDi.322', 'iswap': 'un:QDe.162',
 'lra': 'un:CFe.002', 'alikony': 'un:CFi.010', 'salimkony': 'un:CFi.011',
 'redin': 'ofac:27123', 'swaid': 'ofac:32179', 'abidkhan': 'ofac:30165', 'jammal': 'ofac:27189',
 'goldenent': 'ofac:25832', 'persiaib': 'ofac:25679', 'atlaskian': 'ofac:25859', 'sania': 'ofac:25267',
 'afaq': 'ofac:25069', 'saksouk': 'ofac:25059', 'wagner': 'ofac:22543',
}

DOCS = []  # (name, category, style, locale, marked_text, not_mentions, crlf)


def doc(category, style, locale, text, not_mentions=(), crlf=False):
    DOCS.append((category, style, locale, text, list(not_mentions), crlf))


MARK = re.compile(r'\[\[(.*?)\|([a-z0-9]+)(\|h)?\]\]', re.S)


def render(marked):
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += len(marked[last:m.start()])
        surf = m.group(1)
        spans.append((pos, pos + len(surf), m.group(2), bool(m.group(3))))
        out.append(surf)
        pos += len(surf)
        last = m.end()
    out.append(marked[last:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, text[:200]
    return text, spans


# ---------------------------------------------------------------- news
doc('news', 'local-news', 'en-GB', """\
MOMBASA MOSQUE ROW REVIVES MEMORIES OF [[ROGO|rogo|h]] ERA

By a Coast Bureau correspondent

MOMBASA - Elders at a mosque in Majengo said on Friday they would ask county officials to \
step in after a fortnight of shouting matches between rival youth committees, a dispute \
that many residents say reminds them of the years when the late Sheikh [[Aboud Rogo|rogo]] \
preached there.

[[Rogo|rogo|h]], who was shot dead on the Mombasa-Malindi road in 2012, had been accused by \
the Kenyan and United States governments of recruiting and raising money for \
[[Al-Shabaab|shabaab]], the Somali militant group. His successor in the pulpit, \
[[Abubaker Shariff Ahmed|makaburi]], better known on the coast as [[Makaburi|makaburi|h]], was \
killed two years later outside a court in Shanzu.

"People have not forgotten," said Fatuma Said, 54, who sells mandazi outside the \
mosque gate. "When the young men raise their voices, parents get frightened that someone \
will come and take their sons to [[al-Shabab|shabaab]]."

Mr Hassan Omar Mwinyi, the committee chairman, denied that the row had anything to do with \
extremism. He said it was about who controls the collection boxes and the keys to the \
madrassa. "This is a quarrel about money and chairs, nothing more," he said.

Police commander Jane Wanjiru said officers were aware of the matter and that a meeting \
would be held at the chief's office on Tuesday. She urged parents to report anyone offering \
young people jobs across the border, adding that recruiters for the [[Shabaab|shabaab|h]] still \
used promises of cash and marriage.

Residents of Majengo and Kisauni complained that the stigma left by the [[Makaburi|makaburi|h]] years \
still follows them when they apply for identity cards or bank loans.
""")

doc('news', 'magazine-profile', 'en-GB', """\
The General Who Would Not Go Quietly

He once commanded the largest army in the world's youngest country. Now [[Paul Malong Awan|malong]] \
lives between Nairobi hotel suites and the telephone, issuing statements on behalf of a rebel \
movement that exists mostly on paper.

In Juba they still call him simply "the General". Soldiers who served under him in Northern \
Bahr el Ghazal describe a man of enormous energy and a long memory. A former aide, who asked \
to be named only as Deng, recalls that [[Malong|malong|h]] would call commanders at three in the \
morning to ask about a missing truck of sorghum.

[[Malong|malong|h]] was sacked as chief of general staff in May 2017. His replacement, \
[[Gabriel Jok Riak|jokriak]], lasted until 2018, and later found himself on the same UN sanctions \
list as his predecessor. Both men were accused by a UN panel of experts of obstructing the \
peace process and overseeing attacks on civilians. [[Jok Riak|jokriak]] has always denied the \
allegations; so has the General.

The information minister, [[Michael Makuei Lueth|makuei]], a lawyer by training and a \
combative presence at press conferences, was placed under US sanctions in 2018. Asked about \
his former colleague, [[Makuei|makuei|h]] told reporters last year that "the door is open for anyone \
who comes back peacefully".

Friends of the General say he misses cattle camp life, the slow evenings with his herds near \
Aweil. His critics say he misses power. Either way, in a country where ceasefires collapse \
as easily as they are signed, few people in Juba believe that [[Paul Malong|malong]] has spoken \
his last word.

Additional reporting by Achol Mabior in Wau.
""")

doc('news', 'court-judgment', 'en-US', """\
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF TEXAS

UNITED STATES OF AMERICA v. RAMIRO ESPINOZA-TALAMANTES
Criminal No. 5:22-CR-0418

MEMORANDUM OPINION AND ORDER ON SENTENCING

I. Background

The defendant pleaded guilty to one count of conspiracy to launder monetary instruments, \
18 U.S.C. 1956(h). The factual basis, which the defendant accepted under oath, establishes \
that between 2018 and 2021 he operated two used-car lots in San Antonio through which bulk \
cash was converted into vehicles exported to Guadalajara, Jalisco.

The Government's evidence showed that the proceeds belonged to the [[Cartel de Jalisco Nueva \
Generacion|cjng]] (the "[[CJNG|cjng|h]]"), a transnational criminal organization designated by the \
Treasury Department under the Foreign Narcotics Kingpin Designation Act. A cooperating \
witness, identified as CW-2, testified that a portion of the vehicles was later transferred \
to persons associated with the Sinaloa faction led by [[Ismael Zambada Garcia|elmayo]], \
commonly called "[[El Mayo|elmayo|h]]," and that the two organizations, while rivals, shared \
brokers in Guadalajara.

II. The Defendant's Objections

Defense counsel objects to the two-level enhancement under USSG 2S1.1(b)(2)(B), arguing that \
the defendant did not know the ultimate source of the money. The Court disagrees. Recorded \
calls admitted at the hearing show the defendant boasting to his cousin that "the Jalisco \
people" paid better than "[[Mayo|elmayo|h]]'s people." The defendant also referred to a \
shipment intended for a nephew of [[Zambada|elmayo|h]], and the jury could reasonably infer he \
meant [[Vicente Zambada Niebla|vicente]], whose own conviction is a matter of public record.

The defendant further objects to the reference in the presentence report to \
[[Ivan Archivaldo Guzman Salazar|archivaldo]]. The Court sustains that objection: the single \
text message mentioning "[[Archivaldo|archivaldo|h]]" is too thin to support any finding, and the \
Court has given it no weight.

III. Sentence

Having considered the factors in 18 U.S.C. 3553(a), the Court imposes a term of 87 months' \
imprisonment, followed by three years of supervised release, and a forfeiture money judgment \
of $1,412,600. The defendant's request for designation to FCI Bastrop is recommended.

SO ORDERED.

Signed this 14th day of March, 2023.
Hon. Margaret L. Okafor, United States District Judge
""")

doc('news', 'think-tank-report', 'en-US', """\
Dark Transits: How Iranian Crude Still Reaches Its Buyers
Policy Brief No. 31, Maritime Security Program

Key findings

1. Despite five years of "maximum pressure", Iranian crude exports in the first half of the \
year averaged an estimated 1.3 million barrels a day, most of it delivered to independent \
refiners in Shandong province.

2. The trade relies on a small number of management companies registered in the United Arab \
Emirates and Kowloon. Several of them, including [[Sambouk Shipping FZC|sambouk]] and \
[[Sino Energy Shipping (Hong Kong) Ltd|sinoenergy]], have been designated by the U.S. Treasury; \
replacements appear within weeks.

3. Chinese state-linked tanker operators were hit in September 2019, when Washington \
designated [[Kunlun Shipping Company Limited|kunlun]] and several units of a major state \
shipping group. [[Kunlun Shipping|kunlun]] continued to operate vessels under new flags for \
at least a year afterwards, according to our tracking data.

Case study: a tanker with many lives

The best-known example remains the [[Adrian Darya 1|adrian]]. Detained off Gibraltar in July \
2019 while sailing as the [[Grace 1|adrian]], the VLCC was released in August after Tehran gave \
assurances that its cargo was not bound for Syria. It then switched off its transponder in \
the eastern Mediterranean; satellite imagery later showed the ship off the Syrian port of \
Tartus. The [[Adrian Darya|adrian]] was designated by the Treasury Department on 30 August \
2019.

Local agents matter as much as owners. Port agencies in Bandar Abbas such as \
[[Hoopad Darya Shipping Agency Services|hoopad]], designated with the national shipping line's \
network, handle crew changes and bunkering for vessels that cannot use mainstream agents.

Recommendations

- Flag registries in Panama, Cameroon and the Cook Islands should share deregistration \
decisions in real time.
- Insurers and classification societies should treat a gap of more than 48 hours in AIS \
transmissions near Kharg Island as a red flag.
- Port state control authorities in Malaysia should inspect ship-to-ship transfer areas \
east of Tanjung Pelepas more often.

Authors: Dr. Nadia Kessler and Tomas Brandt. The views expressed are the authors' own.
""")

doc('news', 'social-media-thread', 'en-US', """\
@levant_watch_ana  1/ Thread on who is actually fighting around Deir ez-Zor this week, \
because the maps going round are wrong. 🧵

@levant_watch_ana  2/ The positions east of Mayadin are not held by the Syrian army. They \
are held by Iraqi and Afghan militias. The Afghans are the [[Fatemiyoun Division|fatemiyoun]], \
recruited among Afghan refugees in Iran and paid by the IRGC.

@levant_watch_ana  3/ Their Pakistani counterpart is the [[Zaynabiyoun Brigade|zaynabiyoun]] \
(also spelled [[Zeynabiyoun|zaynabiyoun]]). Smaller, but it shows up in the same funerals in Qom.

@levant_watch_ana  4/ Then the Iraqis: [[Kata'ib Hezbollah|kh]] ([[KH|kh|h]]) controls the \
Albukamal crossing area. [[KH|kh|h]] is not the same as Lebanese [[Hezbollah|hizb]], people \
keep confusing them.

@ruwaida_maps  replying to @levant_watch_ana: so where does [[Hezbollah|hizb]] come in?

@levant_watch_ana  5/ @ruwaida_maps [[Hizbollah|hizb]] sends trainers and a few commanders. \
[[Hezbollah|hizb]]'s own units mostly pulled back to Qusayr and the Qalamoun.

@ruwaida_maps  fair. And the [[Fatemiyoun|fatemiyoun|h]] guys were at T2 last month too, I saw \
the posters.

@mohd.k.h  Respect for the thread but you forgot the local Arab tribes who switched sides \
three times since 2017. Sheikh Nawaf al-Bashir's men are in the picture.

@levant_watch_ana  6/ @mohd.k.h true, tribal forces are a whole thread of their own. \
Will do it Friday. End. /6
""")

doc('news', 'podcast-transcript', 'en-US', """\
THE BARREL AND THE BALLOT - Episode 112: "Venezuela's oil money trail"
[Automated transcript, lightly edited]

MARISOL: Welcome back. I'm Marisol Vega, and with me is our energy reporter, Ben Okoye.

BEN: Hey, Marisol.

MARISOL: So Ben, let's start with the state oil company. [[Petroleos de Venezuela|pdvsa]], \
[[PDVSA|pdvsa|h]], has been under U.S. sanctions since January 2019. How does it still sell oil?

BEN: Middlemen, basically. For a while the main channel was Russian. [[Rustanker|rustanker]], \
a Russian tanker company, was designated in 2020 for carrying [[PDVSA|pdvsa|h]] crude, and the \
payments went through banks like [[Evrofinance Mosnarbank|evrofinance]], which Treasury \
sanctioned in March 2019.

MARISOL: And on the Venezuelan side, who runs this?

BEN: For years the key figure was [[Tareck El Aissami|aissami]]. He was vice president, then oil \
minister. The U.S. charged him with narcotics offences back in 2017 and there's a \
multimillion-dollar reward for information on him.

MARISOL: [[El Aissami|aissami|h]] has always denied all that.

BEN: He has. And then in 2023 he was arrested at home, in Venezuela, in a corruption probe \
around [[PDVSA|pdvsa|h]] and crypto. The man announcing the arrests was the attorney general, \
[[Tarek William Saab|saab]], who is himself on the U.S. sanctions list.

MARISOL: So one sanctioned official arresting another.

BEN: Pretty much. [[Saab|saab|h]] said the scheme cost the country billions.

MARISOL: We'll put the links in the show notes. After the break: what a Chevron licence \
actually allows.

[AD BREAK]
""")

doc('news', 'un-panel-report', 'en-US', """\
Annex 27: Ship-to-ship transfers of refined petroleum products involving \
DPRK-flagged tankers

1. The Panel continued to investigate illicit ship-to-ship transfers in the Yellow Sea and \
the East China Sea. Satellite imagery provided by a Member State shows the DPRK-flagged \
tanker [[Yu Song 12|yusong12]] (IMO 8691702) alongside an unidentified vessel on 12 and 19 \
March at approximately 30 nautical miles east of Ningbo.

2. The Panel also identified the tankers [[Chon Ma San|chonmasan]] and \
[[Kum Un San 3|kumunsan3]] delivering products to Nampo on at least four occasions. In \
each case the vessels did not transmit AIS signals for the relevant period.

3. According to the ship registration database consulted by the Panel, the registered \
owner of the [[Yu Song 12|yusong12]] is [[Korea Yujong Shipping Co Ltd|yujong]], an entity \
designated by the Committee in March 2018. The Panel wrote to the Member State concerned and \
did not receive a reply.

4. Two further designated entities, [[Paekma Shipping Co|paekma]] and \
[[Chonmyong Shipping Co|chonmyong]], continued to operate vessels under their management. \
The Panel notes that [[Chonmyong Shipping Company Limited|chonmyong]] changed its registered \
address in Pyongyang twice during the reporting period.

5. Payments for the transfers were reportedly settled in cash or through the \
[[Koryo Commercial Bank Ltd.|koryocb]], which has been designated by the United States. The \
Panel is continuing its investigation.

Recommendation: The Panel recommends that Member States remind vessels flying their flags \
of the prohibition on ship-to-ship transfers with DPRK-flagged vessels.
""")

doc('news', 'letter-to-editor', 'en-PK', """\
Letters to the Editor

Banned groups, new names

SIR: Your report of last Sunday about the police raid in Bahawalpur
mentioned "a banned organisation" without naming it. This habit of
vagueness helps nobody. Readers deserve to know that the charity raided
was, by the admission of its own volunteers, a front for the
[[Lashkar-e-Taiba|let]], the group behind the 2008 Mumbai attacks. The
[[LeT|let|h]] has changed its name at least three times since it was
outlawed, and every time the authorities act surprised.

Its founder [[Hafiz Muhammad Saeed|saeed]] is serving a prison sentence
in Lahore on terror-financing charges, yet his sermons circulate freely
on WhatsApp. When I was a student in Faisalabad, [[Hafiz Saeed|saeed]]
spoke at our college and nobody thought it strange.

The sectarian outfit [[Lashkar-e-
Jhangvi|lej]] killed hundreds of Hazaras in Quetta. The
[[Tehreek-e-Taliban|ttp]] has again been attacking police posts in
Khyber Pakhtunkhwa, while its offshoot [[Jamaat-ul-Ahrar|jua]] claims
suicide bombings in Peshawar. Each of these has a name and a history.
Journalists should use them.

The [[TTP|ttp|h]] in particular depends on our silence. Name the groups,
and name those who give them shelter.

Dr. Imran Qureshi
Gulberg, Lahore
""")

doc('news', 'compliance-newsletter', 'en-GB', """\
FINCRIME BRIEFING - Issue 47
Exchange houses: the sanctions you may be missing

Correspondent banks continue to receive payments routed through money service businesses \
that are themselves designated. This issue lists several that screening teams in our \
member banks have encountered in the last quarter.

Gulf and Levant

- [[Al Zarooni Exchange|zarooni]] (Dubai) was designated by OFAC in 2015 for laundering \
narcotics proceeds for an international network. Watch for the spelling \
[[Alzrooni Exchange|zarooni]] in originator fields.
- [[Chams Exchange Company SAL|chams]] and [[Hassan Ayash Exchange Co.|ayash]], both Lebanese, \
were designated for their role in the Lebanese Canadian Bank case. Payment references may \
use the owner's name rather than the company's.
- [[Tawasul Company|tawasul]], a hawala network in Syria and Turkey, was designated in 2019 \
for moving money to ISIS fighters.
- Yemeni remittance firm [[Al-Omgy and Brothers Money Exchange|omgy]] was designated for \
transfers on behalf of AQAP; we have seen it shortened to "[[Al-Omgy Exchange|omgy]]".

Afghanistan and Pakistan

- [[Haji Khairullah Haji Sattar Money Exchange|khairullah]] and [[Rahat Limited|rahat]] are on \
both the UN 1988 Committee list and the SDN list. [[Rahat|rahat|h]] also trades as \
[[Rahat Trading Company|rahat]] and operates branches in Quetta and Kandahar.

Practical note: remember that an ordinary customer called Hassan, or a shop named "Khan \
Exchange", is not a match. Use date of birth, address and account history before escalating. \
Please send questions to the editor, Priya Raman.
""")

doc('news', 'shipping-trade-press', 'en-GB', """\
Syrian coaster trade quietly returns to Tartus

Short-sea operators report a rise in calls at Tartus and Latakia since the spring, much of \
it carried by elderly general cargo ships flying flags of convenience. Brokers in Piraeus and \
Mersin say owners with Syrian connections have been buying tonnage that mainstream buyers \
will not touch.

Among the best-known names is [[Sallizar Shipping SAL|sallizar]], the Beirut-registered \
firm added to the US Treasury's list in 2020 under the Caesar Act. Its managers deny any \
wrongdoing. Another is [[Milenyum Energy S.A.|milenyum]], whose Turkish affiliate \
[[Milenyum Shipping|milenyum]] was named in 2015 in connection with fuel deliveries to the \
Syrian government.

The state-linked operator's ro-ro ships [[Finikia|finikia]] and [[Laodicea|laodicea]], both \
sanctioned since 2014, were seen at anchorage off Tartus in AIS data this month. The \
[[Laodicea|laodicea]] was detained in Ukraine in 2019 after a cargo dispute and later \
released.

"Everyone knows these ships," said a Mersin agent, who declined to be named. "What changes \
is the manager and the P&I cover." Another broker said [[Green Shipping Limited|greenship]], \
listed alongside the ro-ros, had not been seen in any recent fixtures.

Freight rates on the Alexandria-Latakia route rose to about USD 38 per tonne for bagged \
cement, according to data from a Greek broker.
""")

doc('news', 'interview-qa', 'en-GB', """\
"Libya's politics is still about one family and a hundred militias"

Libya analyst Dr. Salma Ben Ali spoke to us about elections, the Gaddafi legacy and the \
question that will not go away. The interview has been edited for length.

Q: Will [[Saif al-Islam Gaddafi|saif]] run for president?

A: He tried in 2021. The electoral commission rejected him, a court reinstated him, and \
then the whole election was postponed. [[Saif|saif|h]] is still wanted by the International \
Criminal Court and he is still under a UN travel ban and asset freeze. But in the south \
there is nostalgia, and he knows it.

Q: What about the rest of the family?

A: [[Hannibal Gaddafi|hannibal]] has been held in Lebanon since 2015 over the disappearance \
of Imam Musa al-Sadr, which happened when he was a small child. [[Aisha Gaddafi|aisha]] lives \
in Oman. [[Hannibal|hannibal|h]] going on hunger strike got more coverage abroad than at home.

Q: And the Tripoli militias?

A: They are the real power. Remember [[Khalifa Ghwell|ghwell]], who declared his own \
"government of national salvation" in 2016. The EU and the US sanctioned him. [[Ghwell|ghwell|h]] \
still has friends in Misrata. Nobody in Libya ever fully disappears.

Q: Last question. Is there a route to elections next year?

A: There is a route. I'm not sure there is a driver.
""")

doc('news', 'encyclopedia-entry', 'en-US', """\
[[Boko Haram|boko]]

[[Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|boko]] ([[جماعة أهل السنة للدعوة والجهاد|boko]]; \
"People Committed to the Propagation of the Prophet's Teachings and Jihad"), commonly known as \
[[Boko Haram|boko]], is a jihadist organisation based in north-eastern Nigeria that is also \
active in Chad, Niger and northern Cameroon. The popular name, from the Hausa, is usually \
translated as "[[Western education is a sin|boko]]".

History

The group was founded in Maiduguri in 2002 by Mohammed Yusuf. After Yusuf died in police \
custody in 2009, leadership passed to [[Abubakar Shekau|shekau]] \
([[أبو بكر محمد الشكوى|shekau]]), under whom the movement turned to mass-casualty attacks, \
including the abduction of 276 schoolgirls from Chibok in April 2014.

In 2015 [[Shekau|shekau|h]] pledged allegiance to the caliphate declared in Mosul. A split in 2016 produced \
the [[Islamic State West Africa Province|iswap]] ([[ISWAP|iswap|h]]), which came to control \
much of the Lake Chad shoreline. [[Shekau|shekau|h]] died in May 2021 during a clash with \
[[ISWAP|iswap|h]] fighters in the Sambisa Forest.

Designations

[[Boko Haram|boko]] was added to the UN Security Council's 1267 \
sanctions list in May 2014 and designated a Foreign Terrorist Organization by the United States \
in November 2013. [[ISWAP|iswap|h]] was listed by the UN in 2020.

See also: Lake Chad Basin; Multinational Joint Task Force; Chibok schoolgirls kidnapping.
""")

# ---------------------------------------------------------------- payments
doc('payment', 'mt103', 'swift', """\
{1:F01BKAUATWWXXXX0000000000}{2:I103TRAKTRISXXXXN}{4:
:20:REF2304119977
:23B:CRED
:32A:230412EUR18450,00
:50K:/AT611904300234573201
ALPENTEX HANDELS GMBH
WIEDNER HAUPTSTRASSE 44
1040 WIEN AUSTRIA
:57A:TRAKTRISXXX
:59:/TR330006100519786457841326
[[REDIN EXCHANGE|redin]]
MUSTAFA KEMAL CAD. NO 17
GAZIANTEP TURKEY
:70:INV 2023/118 TEXTILE MACHINE
PARTS - SETTLEMENT VIA
[[REDIN CURRENCY EXCHANGE|redin]]
:71A:SHA
:72:/INS/BKAUATWW
-}""")

doc('payment', 'mt103', 'swift', """\
{1:F01NBADAEAAXXXX0000000000}{2:I103ARABJOAXXXXXN}{4:
:20:FT23061500231
:23B:CRED
:32A:230615USD7200,
:50K:/AE070331234567890123456
KHALID AL MANSOORI
VILLA 12 STREET 25 AL BARSHA
DUBAI UAE
:59:/JO94CBJO0010000000000131000302
[[SWAID AND SONS FOR EXCHANGE
CO.|swaid]]
KING HUSSEIN ST AMMAN JORDAN
:70:FAMILY SUPPORT / TRANSFER TO
BROTHER VIA [[SWAID AND SONS|swaid]]
:71A:OUR
-}""", crlf=True)

doc('payment', 'mt103', 'swift', """\
{1:F01HABBPKKAXXXX0000000000}{2:I103CITIUS33XXXXN}{4:
:20:HB0923KHI4471
:23B:CRED
:32A:230922USD46300,00
:50K:/PK36HABB0000123456789012
[[ABID ALI KHAN|abidkhan]]
PLOT 18-C KHAYABAN-E-ITTEHAD
DHA PHASE VI KARACHI
:59:/US12345678901234
SUNRISE MEDICAL SUPPLIES INC
2201 W OLIVE AVE
BURBANK CA 91506 US
:70:PAYMENT FOR SURGICAL GLOVES
PO 55812 BY ORDER OF [[ABID
KHAN|abidkhan]]
:72:/ACC/CREDIT ACCOUNT WITH
//CITIUS33
-}""")

doc('payment', 'mt103', 'swift', """\
:20:UK230801CHP0045
:23B:CRED
:32A:230801GBP2950,00
:50K:/GB29NWBK60161331926819
MRS NOOR FATIMA HASSAN
14 ALMA ROAD
BRADFORD BD3 8HS
:59:/PK24MUCB0012345678901234
MUHAMMAD OMAR SIDDIQUI
HOUSE 7 STREET 12 I-8/4
ISLAMABAD PAKISTAN
:70:SCHOOL FEES AND RENT FOR
AUGUST - FROM DAUGHTER
:71A:SHA
""")

doc('payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId><InstrId>BLC-23-0098812</InstrId><EndToEndId>E2E-LB-00918</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">12500.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Mediterranean Fresh Produce SARL</Nm>
    <PstlAdr><AdrLine>Rue Gouraud 22</AdrLine><AdrLine>Beirut Lebanon</AdrLine></PstlAdr>
  </Dbtr>
  <CdtrAgt><FinInstnId><BICFI>JTBLLBBE</BICFI><Nm>[[Jammal Trust Bank S.A.L.|jammal]]</Nm></FinInstnId></CdtrAgt>
  <Cdtr>
    <Nm>Rami Youssef Farhat</Nm>
    <PstlAdr><AdrLine>Main Road, Nabatieh</AdrLine><AdrLine>South Lebanon</AdrLine></PstlAdr>
  </Cdtr>
  <CdtrAcct><Id><IBAN>LB62099900000001001901229114</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Citrus crates Oct 2023 - credit account held at [[Jammal Trust Bank|jammal]] Nabatieh branch</Ustrd></RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId><EndToEndId>SGFRT-77120</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="USD">86040.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Meridian Straits Petrochem Trading Pte Ltd</Nm>
    <PstlAdr><AdrLine>80 Robinson Road #10-01</AdrLine><AdrLine>Singapore 068898</AdrLine></PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>[[GOLDEN ENTERPRISE SHIPPING LTD|goldenent]]</Nm>
    <PstlAdr><AdrLine>Trust Company Complex, Ajeltake Road</AdrLine><AdrLine>Majuro Marshall Islands</AdrLine></PstlAdr>
  </Cdtr>
  <RmtInf><Ustrd>FREIGHT BALANCE MT [[SANIA|sania]] VOY 0723 BANDAR ABBAS/ZHOUSHAN</Ustrd></RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'pacs008', 'swift', """\
<CdtTrfTxInf>
  <PmtId><EndToEndId>NL-INV-2023-4410</EndToEndId></PmtId>
  <IntrBkSttlmAmt Ccy="EUR">3120.50</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Bakkerij De Vries B.V.</Nm>
    <PstlAdr><AdrLine>Kerkstraat 5</AdrLine><AdrLine>3811 CV Amersfoort</AdrLine></PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Kim Trading Co. Ltd</Nm>
    <PstlAdr><AdrLine>45 Gangnam-daero</AdrLine><AdrLine>Seoul Republic of Korea</AdrLine></PstlAdr>
  </Cdtr>
  <RmtInf><Ustrd>Invoice 7781 sesame seed 2 pallets - Exchange rate as agreed with Mr Lee</Ustrd></RmtInf>
</CdtTrfTxInf>
""")

doc('payment', 'mt202cov', 'swift', """\
{1:F01DEUTDEFFXXXX0000000000}{2:I202COVPIBPGB2LXXXXN}{4:
:20:COV230505-1182
:21:RL23050588
:32A:230505EUR250000,00
:52A:DEUTDEFF
:57A:PIBPGB2L
:58A:PIBPGB2L
[[PERSIA INTERNATIONAL BANK PLC|persiaib]]
:50K:/DE89370400440532013000
RHEINLAND ANLAGENBAU GMBH
INDUSTRIESTR 9 50667 KOELN
:59:/IR820540102680020817909002
[[ATLAS KIAN QESHM|atlaskian]]
QESHM FREE ZONE IRAN
:70:PUMP SPARE PARTS CONTRACT
AK-22/114 VIA [[PERSIA INTL BANK|persiaib]]
-}""")

doc('payment', 'letter-of-credit', 'swift', """\
IRREVOCABLE DOCUMENTARY CREDIT - DRAFT FOR APPLICANT APPROVAL

Form of documentary credit: IRREVOCABLE
Credit number: LC/DXB/23/00471
Date of issue: 2023-02-20
Applicable rules: UCP LATEST VERSION
Date and place of expiry: 2023-05-15 DUBAI

Applicant: GULF HORIZON BUILDING MATERIALS LLC, P.O. BOX 18822, DEIRA, DUBAI, UAE
Beneficiary: [[HOOPAD DARYA SHIPPING AGENCY COMPANY|hoopad]], SHAHID RAJAEE PORT, BANDAR ABBAS, IRAN
Amount: USD 412,000.00

Partial shipments: NOT ALLOWED
Transhipment: NOT ALLOWED
Port of loading: BANDAR ABBAS, IRAN
Port of discharge: JEBEL ALI, UAE
Latest date of shipment: 2023-04-30
Description of goods: 8,000 MT BULK CLINKER, CFR JEBEL ALI
Carrying vessel: MV [[SANIA|sania]] OR SUBSTITUTE

Documents required:
+ FULL SET CLEAN ON BOARD BILLS OF LADING MADE OUT TO ORDER, MARKED FREIGHT PREPAID
+ CERTIFICATE FROM CARRIER THAT VESSEL IS NOT BLACKLISTED
+ COMMERCIAL INVOICE IN 3 ORIGINALS

Additional conditions: ALL CHARGES OUTSIDE UAE FOR BENEFICIARY'S ACCOUNT.
""")

doc('payment', 'remittance-note', 'swift', """\
Transfer ref 88213-K  12/09/2023
Sender: Yusuf Abdi Warsame, Minneapolis MN
Receiver: Halimo Abdi, Hargeisa
Amount: USD 600
Purpose: family upkeep, school fees for Hodan and Ayan. Please pay out through \
[[Afaq Dubai Hawalah|afaq]] agent as before, or [[Afaq Dubai|afaq]] office Hargeisa market.
""")

doc('payment', 'remittance-note', 'swift', """\
Payment details / Detalles del pago:
Ordenante: Maria Garcia Lopez, Calle Mayor 12, 28013 Madrid
Beneficiario: Jose Luis Garcia Ramos, Av. Bolivar 233, Cali, Colombia
Concepto: ayuda familiar - medicinas para la abuela Carmen. Gracias, Banco Popular.
""")

doc('payment', 'email-wire-instruction', 'swift', """\
From: Nizar Haddad <n.haddad@levant-olive.com>
To: payments@meridianbank.example
Subject: URGENT - wire instruction, invoice 2023-311
Date: Mon, 4 Sep 2023 09:12:44 +0300

Dear team,

Please process today the attached invoice for USD 27,500 to our supplier in Idlib. As \
discussed with Ms Omar, our supplier's bank in Syria cannot receive directly, so please \
send to their correspondent exchange:

Beneficiary name: [[SAKSOUK COMPANY FOR EXCHANGE AND MONEY TRANSFER|saksouk]]
Address: Sarmada, Idlib Governorate, Syria
Account: 000417-22
Reference: olive oil tins, PO 311, for account of Al Karma Food Industries

If [[Saksouk Exchange|saksouk]] cannot be reached, please call me before sending anywhere else.

Best regards,
Nizar Haddad
Finance Manager, Levant Olive Trading Ltd
""")

# ---------------------------------------------------------------- negative
doc('negative', 'restaurant-review', 'en-GB', """\
Review: Noor Mahal, Wilmslow Road

Rusholme's Curry Mile has no shortage of grills, but Noor Mahal, opened last spring by \
brothers Imran and Tariq Khan, is worth the walk past the neon. We started with the lamb \
seekh and a plate of chilli paneer, both smoky and properly seasoned.

The house special is "Dada Ji's karahi", named after the brothers' grandfather, who \
ran a dhaba in Mirpur. It arrives sizzling, heavy with ginger and green chillies. The chicken \
biryani was fragrant if a little dry, and the garlic naan disappeared in minutes.

Service, led by a cheerful manager called Omar, was quick even on a busy Saturday. Dessert \
was a generous kheer and a pot of Kashmiri chai. Prices are fair: about 22 pounds a head \
without drinks (the restaurant is unlicensed, so bring your own mango lassi cravings).

Food 4/5, service 5/5, value 4/5.
""")

doc('negative', 'school-sports', 'en-GB', """\
St Aidan's Academy - Sports Round-up, Spring Term

Football: The Year 9 boys beat Hollins Park 3-1 in the county cup quarter-final. Goals came \
from Mohammed Idris (2) and Jack Petrov, with captain Ali Raza marshalling the defence. \
Coach Mr Hassan said it was "the most disciplined performance of the season".

Netball: The Year 8 girls finished second in the district league. Special mention to Noor \
Begum, named player of the tournament, and to Grace Kim for her shooting.

Cross-country: Sami Ivanova and Liam O'Connor both qualified for the regional finals at \
Heaton Park.

Cricket nets start after Easter. Anyone interested should see Mr Saleh in the PE office.
""")

doc('negative', 'mosque-or-church-notice', 'en-GB', """\
MASJID AL-RAHMAN COMMUNITY CENTRE - NOTICES

Jumu'ah prayer: first khutbah 1:15 pm, second 2:15 pm. The khutbah this week will be given \
by Imam Yusuf Hassan on the theme of patience.

Ramadan collection: Brother Omar Farooq is coordinating food parcels for families in the \
Moss Side area. Donations of rice, oil and dates can be left at the side door.

Funeral: Inna lillahi wa inna ilayhi raji'un. We are sad to announce the passing of Haji \
Ghulam Nabi, father of Brother Saleem. Janazah after Zuhr on Saturday.

Madrassa: new term begins Monday. Contact Sister Amina Ali to register.

St Mark's Church, across the road, invites neighbours to its spring fete on the 20th.
""")

doc('negative', 'court-list', 'en-GB', """\
BRADFORD MAGISTRATES' COURT - DAILY LIST
Courtroom 2, 10:00

1. AHMED, Bilal (32) - driving without insurance, Leeds Road
2. GARCIA, Sofia (27) - shoplifting, Broadway centre
3. KHAN, Zubair (45) - breach of noise abatement notice
4. LEE, Daniel (19) - criminal damage to a bus shelter
5. HASSAN, Mariam (38) - failure to license a dog
6. IVANOV, Pavel (51) - driving with excess alcohol
7. OMAR, Farid (23) - possession of a bladed article

Presiding: District Judge A. Haqqani
Legal adviser: Ms R. Patel
""")

doc('negative', 'business-directory', 'en-GB', """\
LEICESTER BELGRAVE ROAD - TRADE DIRECTORY

Al-Noor Sweets - mithai, samosas and catering. 112 Belgrave Road.
Hassan Brothers Tailoring - suits altered in 24 hours. 7 Loughborough Road.
Ali's Mobile Repairs - screens, batteries, unlocking. 88 Belgrave Road.
Patel Money Exchange - travel money, competitive rates. 41 Melton Road.
Omar Travel & Hajj Services - ATOL protected. 19 Belgrave Gate.
Kim's Nail Studio - walk-ins welcome. 64 Belgrave Road.
Saleh Electricals - white goods sales and repair. 3 Cossington Street.
East Midlands Trading Co. - wholesale rice and spices. Unit 4, Thurmaston.
Petrov Auto Garage - MOT and servicing. 22 Harrison Road.
""")

doc('negative', 'charity-fundraiser', 'en-US', """\
Spring Gala raises $48,000 for Northside food pantry

More than 300 people filled the Riverside Hotel ballroom on Saturday for the annual Hope \
Kitchen gala. Chairwoman Dr. Leila Hassan thanked volunteers and singled out local grocer \
Omar Siddiqui, who donated fresh produce every week of the winter.

The auction's top lot, a signed jersey from the Detroit Pistons' Kevin Lee, went for $3,200. \
Entertainment came from the Al-Rashid Brothers, a family band from Dearborn whose blend of \
oud and soul brought the crowd to its feet.

Treasurer Maria Garcia said the money will fund a second refrigerated truck. "Every dollar \
goes to food," she said. Sponsors included First Lakeshore Bank and Noor Dental Care.
""")

doc('negative', 'local-election-results', 'en-GB', """\
Borough Council By-Election - Manningham Ward
Declared at City Hall, 02:10

Mohammed Shabir (Labour) 1,842
Sarah Whitaker (Conservative) 611
Hassan Raza Mir (Liberal Democrat) 402
Noor Ul-Ain Khan (Green) 377
Dmitri Petrov (Independent) 58

Turnout 31.4 per cent. Labour hold. The returning officer, Karen Lee, thanked counting staff. \
Mr Shabir said he would prioritise potholes on Lumb Lane and the future of the Carlisle \
Road library.
""")

doc('negative', 'cricket-match-report', 'en-IN', """\
Ranji Trophy: Khan century puts Mumbai in command

Sarfaraz Khan struck a fluent 142 as Mumbai reached 356 for 5 on the opening day against \
Saurashtra at the Wankhede. Coming in at 86 for 3, Khan added 171 for the fourth wicket with \
opener Prithvi Shaw, who made 77.

Left-arm spinner Dharmendrasinh Jadeja was the pick of the Saurashtra bowlers, while seamer \
Chetan Sakariya removed Ajinkya Rahane for 11. Late in the day Shams Mulani and Tanush \
Kotian added an unbroken 52.

"The pitch will help the spinners from day three," said Mumbai coach Omkar Salvi. Play \
resumes at 9:30 am.
""")

doc('negative', 'graduation-list', 'en-US', """\
Westbrook Community College - Class of 2024, School of Nursing

Associate of Science in Nursing:
Fatima Al-Khatib, Daniel Garcia, Hannah Kim, Mohammed Idris Yusuf, Grace Lee,
Samuel Ivanov, Aisha Noor, Carlos Mendez, Priya Shah, Ahmed Saleh,
Olivia Haddad, Youssef Hassan.

Dean's Award for Clinical Excellence: Hannah Kim.
Commencement address by Professor Karim Ali, Department of Public Health.
""")

doc('negative', 'hospital-staff-news', 'en-GB', """\
Royal Infirmary Staff Bulletin - March

Welcome to our new consultants: Dr Omar Farouk (cardiology), Dr Mei Lin Lee (paediatrics) \
and Mr Andrei Petrov (orthopaedics).

Congratulations to Sister Noor Jahan on 30 years of service on Ward 12, and to the \
pharmacy team led by Hassan Qureshi for their award at the regional patient safety awards.

The Al Noor prayer room on level 2 has been refurbished. The staff canteen will serve a \
Ramadan iftar menu from 6 pm.

Farewell to Dr Susan Garcia, who retires after 28 years in the emergency department.
""")

doc('negative', 'commodity-market-report', 'en-US', """\
Softs close mixed; palm oil slips on stocks build

Malaysian palm oil futures fell 1.2 percent to 3,842 ringgit a tonne as exports lagged. \
Cocoa in New York rose for a third session on dry weather in Ivory Coast, while arabica \
coffee was steady.

Traders at Kuala Lumpur brokerage Hassan & Lim Trading said demand from India remained soft. \
In Chicago, soybeans gained 6 cents on Chinese buying. Sugar was little changed at 24.1 \
cents a pound on ICE Futures U.S.

Rice exporters in Karachi, including Khan Agro Exports, reported steady shipments to East \
Africa.
""")

doc('negative', 'shipping-movements', 'en-GB', """\
PORT OF FELIXSTOWE - VESSEL MOVEMENTS

Arrivals:
Maersk Kinloss (Denmark) from Rotterdam - containers, Trinity berth
Nordic Heron (Norway) from Bergen - general cargo
Kota Bakti (Singapore) from Tanjung Pelepas - containers
Lady Hasna (Malta) from Alexandria - bagged rice

Departures:
CMA CGM Tage (France) for Le Havre
Baltic Merchant (Antigua and Barbuda) for Gdansk

Agents: Omar & Lee Shipping Services Ltd; Harwich Haven Agency.
""")


def main():
    pool = {}
    for line in open(POOL, encoding='utf-8'):
        d = json.loads(line)
        pool[d['pid']] = d
    rows = []
    used = set()
    for i, (cat, style, locale, marked, notm, crlf) in enumerate(DOCS, 1):
        name = 'we_%03d.txt' % i
        if crlf:
            marked = marked.replace('\r\n', '\n').replace('\n', '\r\n')
        text, spans = render(marked)
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        ments = []
        for s, e, key, hard in spans:
            pid = P[key]
            used.add(pid)
            m = {'start': s, 'end': e, 'text': text[s:e], 'expect': list(pool[pid]['keys'])}
            if hard:
                m['hard'] = True
            ments.append(m)
        row = {'doc': name, 'category': cat, 'style': style, 'locale': locale,
               'source_id': 'writer-e', 'mentions': ments}
        if notm:
            row['not_mentions'] = notm
        rows.append(row)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if '-v' in sys.argv:
        from collections import Counter
        print('docs', len(rows), Counter(r['category'] for r in rows))
        print('mentions', sum(len(r['mentions']) for r in rows),
              'hard', sum(1 for r in rows for m in r['mentions'] if m.get('hard')))
        print('parties', len(used))
        for r, d in zip(rows, DOCS):
            if r['category'] == 'news':
                t = open(os.path.join(HERE, r['doc']), encoding='utf-8').read()
                print(r['doc'], r['style'], len(t.split()), 'words')


if __name__ == '__main__':
    main()
