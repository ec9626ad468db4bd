#!/usr/bin/env python3
"""Writer-f: renders wf_001..wf_036.txt and gold.jsonl from the marked-up documents below.

Markup: [[surface|pid]] or [[surface|pid|h]] (hard).  The rendered text drops the brackets;
spans are recorded in code points of the rendered text.  Standard library only.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
# pid -> every key of the party (UN and OFAC), from /tmp/pool-dev.jsonl
KEYS = {
    'ofac:10053': ['ofac:10053'],
    'ofac:10350': ['ofac:10350'],
    'ofac:10416': ['ofac:10416'],
    'ofac:10725': ['ofac:10725'],
    'ofac:10743': ['ofac:10743'],
    'ofac:10890': ['ofac:10890'],
    'ofac:10899': ['ofac:10899'],
    'ofac:11459': ['ofac:11459'],
    'ofac:11494': ['ofac:11494'],
    'ofac:12452': ['ofac:12452'],
    'ofac:12533': ['ofac:12533'],
    'ofac:12544': ['ofac:12544'],
    'ofac:12545': ['ofac:12545'],
    'ofac:12597': ['ofac:12597'],
    'ofac:12735': ['ofac:12735'],
    'ofac:12817': ['ofac:12817'],
    'ofac:12845': ['ofac:12845'],
    'ofac:12846': ['ofac:12846'],
    'ofac:12847': ['ofac:12847'],
    'ofac:12848': ['ofac:12848'],
    'ofac:12927': ['ofac:12927'],
    'ofac:13129': ['ofac:13129'],
    'ofac:13148': ['ofac:13148'],
    'ofac:15011': ['ofac:15011'],
    'ofac:15070': ['ofac:15070'],
    'ofac:15072': ['ofac:15072'],
    'ofac:15078': ['ofac:15078'],
    'ofac:15129': ['ofac:15129'],
    'ofac:15141': ['ofac:15141'],
    'ofac:15145': ['ofac:15145'],
    'ofac:15738': ['ofac:15738'],
    'ofac:15853': ['ofac:15853'],
    'ofac:16451': ['ofac:16451'],
    'ofac:17067': ['ofac:17067'],
    'ofac:17226': ['ofac:17226'],
    'ofac:18539': ['ofac:18539'],
    'ofac:18631': ['ofac:18631'],
    'ofac:20820': ['ofac:20820'],
    'ofac:20981': ['ofac:20981'],
    'ofac:21244': ['ofac:21244'],
    'ofac:22303': ['ofac:22303'],
    'ofac:22484': ['ofac:22484'],
    'ofac:22812': ['ofac:22812'],
    'ofac:23025': ['ofac:23025'],
    'ofac:23846': ['ofac:23846'],
    'ofac:23848': ['ofac:23848'],
    'ofac:24391': ['ofac:24391'],
    'ofac:24514': ['ofac:24514'],
    'ofac:24760': ['ofac:24760'],
    'ofac:25059': ['ofac:25059'],
    'ofac:25063': ['ofac:25063'],
    'ofac:25069': ['ofac:25069'],
    'ofac:2686': ['ofac:2686'],
    'ofac:26886': ['ofac:26886'],
    'ofac:26895': ['ofac:26895'],
    'ofac:26898': ['ofac:26898'],
    'ofac:27313': ['ofac:27313'],
    'ofac:30202': ['ofac:30202'],
    'ofac:4697': ['ofac:4697'],
    'ofac:6636': ['ofac:6636'],
    'ofac:6861': ['ofac:6861'],
    'ofac:7226': ['ofac:7226'],
    'un:IRi.039': ['un:IRi.039', 'ofac:10481'],
    'un:KPe.001': ['un:KPe.001', 'ofac:9345'],
    'un:KPe.003': ['un:KPe.003', 'ofac:9346'],
    'un:KPe.034': ['un:KPe.034', 'ofac:19508'],
    'un:KPe.045': ['un:KPe.045', 'ofac:20572'],
    'un:QDe.001': ['un:QDe.001', 'ofac:4688'],
    'un:QDe.008': ['un:QDe.008', 'ofac:4696'],
    'un:QDe.019': ['un:QDe.019', 'ofac:6935'],
    'un:QDe.096': ['un:QDe.096', 'ofac:7331'],
    'un:QDe.118': ['un:QDe.118', 'ofac:7140'],
    'un:QDe.128': ['un:QDe.128', 'ofac:10928'],
    'un:QDe.130': ['un:QDe.130', 'ofac:12148'],
    'un:QDe.132': ['un:QDe.132', 'ofac:12206'],
    'un:QDe.133': ['un:QDe.133', 'ofac:13098'],
    'un:QDe.138': ['un:QDe.138', 'ofac:16363'],
    'un:QDe.152': ['un:QDe.152', 'ofac:20360'],
    'un:QDe.154': ['un:QDe.154', 'ofac:21125'],
    'un:QDe.157': ['un:QDe.157', 'ofac:22464'],
    'un:QDe.160': ['un:QDe.160', 'ofac:19950'],
    'un:QDe.162': ['un:QDe.162', 'ofac:23845'],
    'un:QDi.217': ['un:QDi.217', 'ofac:9614'],
    'un:QDi.245': ['un:QDi.245', 'ofac:10849'],
    'un:QDi.246': ['un:QDi.246', 'ofac:10850'],
    'un:QDi.247': ['un:QDi.247', 'ofac:10853'],
    'un:QDi.263': ['un:QDi.263', 'ofac:10689'],
    'un:QDi.271': ['un:QDi.271', 'ofac:11373'],
    'un:QDi.296': ['un:QDi.296', 'ofac:12403'],
    'un:QDi.305': ['un:QDi.305', 'ofac:13097'],
    'un:QDi.322': ['un:QDi.322', 'ofac:15009'],
    'un:QDi.350': ['un:QDi.350', 'ofac:17276'],
    'un:SOe.001': ['un:SOe.001', 'ofac:10761'],
    'un:SOi.014': ['un:SOi.014', 'ofac:18008'],
    'un:SOi.016': ['un:SOi.016', 'ofac:23924'],
    'un:TAe.010': ['un:TAe.010', 'ofac:15006'],
    'un:TAe.013': ['un:TAe.013', 'ofac:15580'],
    'un:TAe.014': ['un:TAe.014', 'ofac:17150'],
    'un:TAi.147': ['un:TAi.147', 'ofac:12127'],
    'un:TAi.150': ['un:TAi.150', 'ofac:12561'],
    'un:TAi.169': ['un:TAi.169', 'ofac:16518'],
    'un:TAi.174': ['un:TAi.174', 'ofac:18688'],
}

# News-like documents (category "news"), writer-f.
NEWS = []

def add(style, locale, text):
    NEWS.append(dict(category='news', style=style, locale=locale, text=text))

# 1 wire, Kenyan agency
add('wire', 'en-KE', """
[[AL-SHABAAB|un:SOe.001]] FIGHTERS OVERRUN ARMY OUTPOST NEAR BULO MARER

MOGADISHU, Feb 11 (KNA) - Militants from [[al-Shabaab|un:SOe.001]] stormed a Somali National Army outpost near Bulo Marer in the Lower Shabelle region before dawn on Tuesday, killing at least nine soldiers and wounding 14 others, a regional official said.

The attackers arrived in two pick-up trucks fitted with machine guns and detonated a vehicle packed with explosives at the main gate, deputy district commissioner Abdiwali Hussein Gedi told reporters by telephone. "Our men fought for more than two hours before reinforcements came from Qoryooley," he said.

The militant group, led since 2014 by [[Ahmed Diriye|un:SOi.014]], who is better known by his nom de guerre [[Abu Ubaidah|un:SOi.014]], claimed responsibility through its Andalus radio station and said it had seized weapons and two vehicles. The claim could not be independently verified.

Security analysts in Nairobi said the raid bore the hallmarks of units that have recently moved from the Jubba valley towards the capital. Some of those units are said to include Kenyan recruits once associated with Kenyan-born preacher [[Sheikh Ahmad Iman Ali|un:SOi.016]], whom the Kenya Defence Forces have repeatedly claimed to have targeted in airstrikes in the Gedo region. [[Iman Ali|un:SOi.016|h]] has not been seen in public since 2017.

In a separate development, Puntland security forces said they had killed 11 fighters of the smaller [[Islamic State in Somalia|ofac:23848]] faction in the Cal Miskaad mountains east of Bosaso. The faction split from [[Shabaab|un:SOe.001]] in 2015 and has since focused on extorting traders at Bosaso port.

The African Union stabilisation mission, AUSSOM, said in a statement that it "strongly condemns the cowardly attack" and would support the Somali army's ongoing operations along the Afgoye corridor. Ethiopian and Ugandan contingents are deployed in the area.

Residents of Bulo Marer reached by the Kenya News Agency said most shops had closed and that several families had fled towards Marka. "We heard explosions from three in the morning until sunrise," said Halima Osman, a tea seller.
""")

# 2 newspaper, Pakistani daily
add('newspaper', 'en-PK', """
ATC reserves verdict in fresh terror-financing reference

By our correspondent

LAHORE: An anti-terrorism court (ATC) on Saturday reserved its verdict in a fresh terror-financing reference filed by the Counter-Terrorism Department (CTD) against leaders of the banned [[Jamaat-ud-Dawa|un:QDe.118]], including its chief [[Hafiz Muhammad Saeed|un:QDi.263]].

ATC Judge Arshad Hussain Bhutta heard final arguments from both sides at the Kot Lakhpat jail, where [[Hafiz Saeed|un:QDi.263]] is already serving sentences handed down in six earlier cases. The CTD prosecutor, Chaudhry Nadeem Akhtar, told the court that funds collected in the name of seminaries and ambulance services in Gujranwala and Sheikhupura had been diverted to the proscribed [[Lashkar-e-Taiba|un:QDe.118]] ([[LeT|un:QDe.118|h]]).

According to the reference, the money was routed through a trust that held property on behalf of the organisation and through the charity wing [[Falah-i-Insaniat Foundation|un:QDe.118]] ([[FIF|un:QDe.118|h]]), which was banned by the federal interior ministry in 2019. The prosecutor said the [[LeT|un:QDe.118|h]] leadership had used the trust to purchase land in Muridke.

Defence counsel Naseeruddin Nayyar argued that the CTD had failed to produce a single witness who could link his client to any act of violence, and that the reference was "a repetition of the same facts" already decided by the court. He said [[Saeed|un:QDi.263|h]] had never been a trustee of the properties listed in the first information report.

The court also recorded the statement of the investigation officer regarding co-accused [[Mati-ur Rehman|un:QDi.296]], a long-absconding militant whom the prosecution described as a "key organiser" and who remains at large. The IO said that raids had been conducted in Bahawalpur and Multan but the suspect could not be traced.

Separately, the court was informed that proceedings against [[Arif Qasmani|un:QDi.271]], named in an older case, had been closed after his death was confirmed by the relevant authorities.

Security around the jail premises was tightened, and journalists were not allowed inside the courtroom. The verdict is likely to be announced next week.
""")

# 3 feature, Indonesian
add('feature', 'en-ID', """
The long shadow of Poso

Two decades after the sectarian conflict ended, a quiet town in Central Sulawesi is still counting the cost of the men who came to fight.

POSO - Pak Yusuf Lamboki remembers the first time the strangers arrived at his village mosque in Tamanjeka. They were polite, he says, and paid for their coffee. Within a year, the hills behind his clove garden had become the training ground of the [[Mujahidin Indonesia Timur|ofac:18631]], better known to Indonesians simply as [[MIT|ofac:18631|h]].

For nearly a decade [[MIT|ofac:18631|h]] was led by a former trader from Tentena who called himself Abu Wardah and who, until he was shot dead by a joint police and army task force in July 2016, was Indonesia's most wanted man. Villagers still speak of him by his first name. The task force, known as Operasi Tinombala, continued for another five years against his followers.

Many of those followers came through the network of [[Jemaah Anshorut Tauhid|un:QDe.133]] ([[JAT|un:QDe.133|h]]), the organisation founded in 2008 by the ageing cleric [[Abu Bakar Ba'asyir|un:QDi.217]] after a split with the [[Majelis Mujahidin Indonesia|ofac:22484]]. [[JAT|un:QDe.133|h]] ran prayer circles in Solo, Makassar and Palu, and its members raised money in traditional markets, according to court records from the Jakarta district court.

One of the cleric's sons, [[Abdul Rosyid Ridho Ba'asyir|un:QDi.305]], was named by the United Nations as a [[JAT|un:QDe.133|h]] leader who recruited and raised funds for the group. His elder brother, [[Abdul Rahim Ba'asyir|ofac:12597]], was designated by the United States the same year. Both have denied any link to violence. A third Indonesian on the UN list, [[Wiji Joko Santoso|un:QDi.350]], known as [[Abu Seif al-Jawi|un:QDi.350]], left for Syria in 2013.

Today the guesthouse where some of the men once stayed sells fried bananas and kopi Toraja. Ibu Rahmawati, who runs it with her daughter, says police still come by every few months. "They ask the same questions. Who came, who left. We tell them: only tourists now, and the people from the nickel mine."

Local officials in Poso Pesisir say a deradicalisation programme run by the national counter-terrorism agency BNPT has helped around 40 former militants return to farming. But residents say the scars remain. In Kalora village, a memorial lists the names of farmers beheaded in 2020 by the last remnants of the group.
""")

# 4 court-report, Philippine
add('court-report', 'en-PH', """
Court junks bail plea of alleged RSM bomb-maker

By Jerome Dela Cruz

MANILA - The Regional Trial Court Branch 81 in Quezon City has denied the petition for bail of an alleged member of the [[Rajah Solaiman Movement|un:QDe.128]] ([[RSM|un:QDe.128|h]]) accused of keeping explosives in a rented apartment in Pasig City, ruling that the evidence of guilt was strong.

In a 22-page resolution, Presiding Judge Maria Lourdes Santiago-Ocampo said the testimony of two police officers and the inventory of seized items, which included ammonium nitrate, blasting caps and a detonating cord, were "clear and convincing" and established the accused's participation in a conspiracy with known [[RSM|un:QDe.128|h]] operatives.

The prosecution presented a ledger allegedly recovered from the apartment bearing the names of several leaders of the group, among them [[Redendo Cain Dellosa|un:QDi.246]], who was convicted over the 2004 bombing of SuperFerry 14 in Manila Bay, and [[Pio Abogne de Vera|un:QDi.245]], a Muslim convert described in a United Nations listing as a senior figure in the movement. Prosecutors said [[Dellosa|un:QDi.246|h]] had trained recruits in the use of improvised explosive devices on Basilan in coordination with the [[Abu Sayyaf Group|un:QDe.001]].

The defence, led by lawyer Ricardo Manalastas, argued that the ledger was planted and that his client, a 34-year-old tricycle driver from Antipolo, had merely sublet the room. He also questioned the chain of custody of the explosives.

The court also cited the testimony of a cooperating witness who said he had met [[Ruben Lavilla|un:QDi.247]], alias [[Sheik Omar|un:QDi.247]], at a religious gathering in Anda, Pangasinan, which the prosecution described as the group's base. [[Lavilla|un:QDi.247|h]] was arrested in Bahrain in 2005 and deported to the Philippines.

"The court is not persuaded that the accused is entitled to provisional liberty," the resolution read. Trial will resume on March 18.

The [[Abu Sayyaf|un:QDe.001]] and the [[RSM|un:QDe.128|h]] have both been outlawed under the Anti-Terrorism Act of 2020.
""")

# 5 ngo-report, Nigerian
add('ngo-report', 'en-NG', """
SUMMARY OF FINDINGS - "WE ARE STILL IN THE BUSH": DISPLACEMENT AND RETURN IN NORTHERN BORNO

Prepared by the Centre for Civic Accountability, Maiduguri

1. Background

More than fifteen years after the uprising of July 2009, the conflict between the Nigerian state and [[Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|un:QDe.138]], the group widely known as [[Boko Haram|un:QDe.138]], continues to shape daily life in Borno State. In Arabic the group calls itself [[جماعة أهل السنة للدعوة والجهاد|un:QDe.138]]. Since 2016 a rival faction, the [[Islamic State West Africa Province|un:QDe.162]] ([[ISWAP|un:QDe.162|h]]), has controlled large areas around the Lake Chad shoreline and the Sambisa forest fringe.

2. Methodology

Between June and October our field team interviewed 212 people in Bama, Gwoza, Monguno and Dikwa, including returnees, traders, vigilantes of the Civilian Joint Task Force and local government officials. Names of interviewees have been changed.

3. Key findings

3.1 Many returnees told us they were forced to pay "zakat" on livestock and fish to [[ISWAP|un:QDe.162|h]] tax collectors even after relocating to government-held towns. A fish trader in Baga, whom we call Malam Bukar, said he paid 5,000 naira per carton at a checkpoint near Kukawa.

3.2 The death of [[Abubakar Shekau|un:QDi.322]] in May 2021 did not end the violence of his followers. Several respondents said fighters loyal to [[Shekau|un:QDi.322|h]] ([[أبو بكر محمد الشكوى|un:QDi.322]] in the group's own Arabic statements) still operate in the Mandara mountains under new commanders.

3.3 Older respondents recalled the role of [[Khalid al-Barnawi|ofac:15011]], the leader of a splinter faction, who was arrested in Lokoja in 2016. His trial has not been concluded. Younger respondents referred more often to [[Abu Musab al-Barnawi|ofac:23846]], the son of the group's late founder, who led [[ISWAP|un:QDe.162|h]] for several years.

3.4 Women returnees described widespread stigma. Several said they were called "[[Boko|un:QDe.138|h]] wives" by neighbours, regardless of whether they had been abducted or had joined voluntarily.

4. Recommendations

We urge the Borno State Government and its humanitarian partners to halt forced closures of IDP camps until returnees have access to farmland, water and primary health care, and to extend the Operation Safe Corridor programme to women and children.
""")

# 6 parliamentary-record, Indian
add('parliamentary-record', 'en-IN', """
LOK SABHA - UNSTARRED QUESTION NO. 2147
TO BE ANSWERED ON TUESDAY, THE 4th FEBRUARY

CROSS-BORDER INFILTRATION IN JAMMU AND KASHMIR

2147. SHRI RAJESH KUMAR VERMA:
Will the Minister of HOME AFFAIRS be pleased to state:

(a) whether the Government has assessed the number of infiltration attempts along the Line of Control during the last three years;
(b) the names of the terrorist organisations involved; and
(c) the steps taken to dismantle their funding networks?

ANSWER
MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI NITYANAND RAI)

(a) to (c): Yes, Sir. As per inputs of security agencies, 62 infiltration attempts were recorded during the period. Pakistan-based terrorist organisations, namely [[Jaish-e-Mohammed|un:QDe.019]] ([[JeM|un:QDe.019|h]]), [[Lashkar-e-Toiba|un:QDe.118]] and [[Hizb-ul-Mujahideen|ofac:22812]], continue to attempt infiltration with the support of launch pads across the LoC. Cadres of [[Harkat-ul-Jehad-al-Islami|un:QDe.130]] have also been noticed in the Rajouri-Poonch sector.

The [[JeM|un:QDe.019|h]] chief, Maulana [[Masood Azhar|ofac:11459]], is a listed terrorist under the Unlawful Activities (Prevention) Act, 1967, and was designated by the UN Security Council 1267 Committee in May 2019. [[Azhar|ofac:11459|h]] continues to operate from Bahawalpur. The Government has repeatedly taken up the matter at bilateral and multilateral fora, including the Financial Action Task Force.

The [[Harkat-ul-Mujahideen|un:QDe.008]], which was responsible for the hijacking of IC-814 in 1999, has been declared a terrorist organisation under the First Schedule of the UAPA.

To choke terror funding, the National Investigation Agency (NIA) has registered 48 cases relating to terror financing, attached properties worth Rs. 34.5 crore and filed charge-sheets against 212 accused. A Terror Funding and Fake Currency Cell has been set up in the NIA. The Government follows a policy of zero tolerance towards terrorism.
""")

# 7 academic-abstract, Afghan/Gulf
add('academic-abstract', 'en-AE', """
Informal value transfer after 2021: designated hawaladars and the Afghan money market

Farida Noorzai and Omid Sharifi
Journal of South and Central Asian Finance, Vol. 12, No. 2, pp. 41-67

Abstract

This article examines how the Kabul and Kandahar money markets (Sarai Shahzada and the Kandahar sarafi market) adapted after August 2021, when the banking system lost access to correspondent accounts. Drawing on 63 interviews with money exchangers, traders and aid workers in Kabul, Kandahar, Quetta and Dubai, and on a dataset of 1,400 hawala receipts, we trace the continued activity of exchange houses designated by the United Nations and the United States for financing the [[Taliban|ofac:6636]] in earlier years. We find that firms such as the [[Haji Khairullah Haji Sattar Money Exchange|un:TAe.010]], [[Rahat Ltd.|un:TAe.013]] and the [[Haji Basir and Zarjmil Company Hawala|un:TAe.014]] remained recognisable brands in the bazaar even where they formally ceased trading, and that their former agents continued to serve clients under new shop names. Traders in Chaman described [[Rahat|un:TAe.013|h]] as "the Quetta people" and continued to settle invoices through its old network. We also document the role of smaller designated firms linked to narcotics, including the [[Lahore Jan Shanwari Exchange|ofac:16451]] and the [[Mohammad Wali Money Exchange|ofac:13129]], in cross-border settlement with Pakistani traders. The paper argues that designation of individual exchange houses has limited effect when trust networks rather than firms carry reputation, and proposes a framework for humanitarian carve-outs that distinguishes between firm-level and network-level risk.

Keywords: hawala; Afghanistan; sanctions; informal finance; humanitarian exemptions
""")

# 8 business, Gulf
add('business', 'en-AE', """
Dubai tanker brokers feel the squeeze as sanctions net widens

Gulf Business Desk

DUBAI - Ship brokers in Dubai's Jumeirah Lake Towers say the latest round of designations has made it harder to charter even older tankers for routine fuel-oil runs from Fujairah, as banks and insurers scrutinise every vessel that has touched an Iranian port.

At least four companies with offices or registered addresses in the UAE appear on the US Treasury's sanctions list for links to Iranian oil shipping, including [[Dena Tankers FZE|ofac:15145]] and [[Sambouk Shipping FZC|ofac:15853]], both registered in free zones. Neither company could be reached for comment, and their listed telephone numbers were disconnected.

"Every fixture now goes through three compliance desks," said a senior broker at a mid-sized Emirati firm who asked not to be named. "If a vessel was ever called [[Nainital|ofac:15072]] or [[Marivan|ofac:15070]], or ever had a manager like [[Hermis Shipping S.A.|ofac:15738]] on its record, nobody will touch it, even if it has been renamed twice since."

Compliance consultants say vessel renaming is one of the most common red flags. The tanker formerly known as [[Nainital|ofac:15072]] has sailed under several names since 2012, according to shipping databases. Another UAE-linked firm, [[Caspian Maritime Ltd.|ofac:15141]], was listed as the registered owner of several ships that later changed flags to Tuvalu and Tanzania.

Airline cargo has also been affected. Freight forwarders in Sharjah said they had stopped accepting shipments routed on [[Mahan Air|ofac:12927]], the privately held Iranian carrier that the United States accuses of flying fighters and weapons to Syria.

Rashid Al Mazrouei, a partner at a Dubai law firm, said local banks were now applying a "zero-tolerance" approach. "Even a one-off payment to a port agent for a ship that was managed by a listed company years ago can get an account frozen," he said.
""")

# 9 obituary, Lebanese
add('obituary', 'en-LB', """
[[Hashem Safieddine|ofac:22303]], the cleric who was to succeed [[Nasrallah|ofac:2686|h]]

BEIRUT - [[Hashem Safieddine|ofac:22303]], the senior [[Hezbollah|ofac:4697]] cleric who was widely expected to succeed [[Hassan Nasrallah|ofac:2686]] as the party's secretary-general, was killed in an Israeli airstrike on Beirut's southern suburbs in October 2024. The party confirmed his death several weeks later. He was 60.

Born in 1964 in Deir Qanoun al-Nahr in the Tyre district, [[Safieddine|ofac:22303|h]] studied theology in Najaf and Qom, where he came to know the future leadership of the movement. He was a maternal cousin of [[Nasrallah|ofac:2686|h]], who had led the party since 1992, and the two men bore a striking resemblance, both wearing the black turban of a sayyid.

For nearly three decades he headed [[Hezbollah|ofac:4697]]'s Executive Council, the body that oversees the party's schools, hospitals, construction arm [[Jihad al-Bina|ofac:10053]] and its financial institutions, including the lending association [[Al-Qard Al-Hassan|ofac:10416]]. Diplomats in Beirut described him as the man who ran the party's "state within a state".

The United States designated him a terrorist in 2017, and Saudi Arabia did so the same year. His brother, [[Abdallah Safieddine|ofac:24391]], served as the party's representative in Tehran and was himself sanctioned by Washington. [[Safieddine|ofac:22303|h]]'s son Reda is married to the daughter of the Iranian general [[Qassem Soleimani|un:IRi.039]], a marriage that underlined the family's ties to Tehran.

With [[Nasrallah|ofac:2686|h]] killed in late September, [[Safieddine|ofac:22303|h]] had been seen as his natural successor. After his death, the party's Shura Council chose the deputy secretary-general, Sheikh [[Naim Qassem|ofac:24514]], to lead the movement.

He is survived by his wife and several children. Funeral prayers were held under heavy security in the southern suburbs.
""")

# 10 email (hard-wrapped, a name broken over a line end)
add('email', 'en-AE', """
From: Compliance Desk <compliance.ops@gulfmercantilebank.ae>
To: Trade Finance - Deira Branch <tf.deira@gulfmercantilebank.ae>
Cc: Nadia Karam <n.karam@gulfmercantilebank.ae>
Subject: RE: LC 4471/TF/25 - West Africa consumer goods - HOLD
Date: Sun, 9 Mar 2025 09:12:44 +0400

Dear Imran,

Thank you for the documents. Before we can release the LC we need
further information on the applicant's counterparties. Our screening
shows the following:

1. The consignee in Banjul, "[[Grand Stores|ofac:12452]]", is an outlet that the
US Treasury lists as part of [[Tajco Ltd.|ofac:12452]] (The Gambia location
only). [[Tajco|ofac:12452]] is designated as a company owned or controlled
by [[Kassim Tajideen|ofac:11494]], a Lebanese businessman that OFAC
describes as a financial contributor to [[Hizballah|ofac:4697]]. [[Tajideen|ofac:11494|h]]
was arrested in Morocco in 2017 and later released, but the
designation is still in force.

2. The applicant's letter says the margin will be paid through
"[[Hassan Ayash Exchange|ofac:12545]]" in Beirut. This exchange house
was designated under the narcotics kingpin programme in 2011 together
with [[Ellissa Exchange|ofac:12544]]. A second payment route mentioned
in the proforma invoice is [[Chams Exchange
Company SAL|ofac:23025]], which is also on the SDN list.

3. The freight forwarder in Cotonou and the shipping line (MSC) show
no hits.

Please do not advise the beneficiary. I have escalated the file to
Mr. Khalid Al Suwaidi in Group Sanctions for a decision, and we will
revert by Tuesday.

Kind regards,

Priya Menon
Senior Analyst, Financial Crime Compliance
Gulf Mercantile Bank PJSC, Dubai
""")

# 11 op-ed, Pakistani
add('op-ed', 'en-PK', """
The Kabul connection we keep ignoring

By Ayesha Siddiqa Malik

Every time a police station in Bannu or Dera Ismail Khan is attacked, the official statements read the same way. "Terrorists" came from "across the border", the security forces "responded befittingly", and the nation is told once again that the war is almost won. Yet the numbers tell a different story.

Since 2022, the [[Tehreek-e-Taliban Pakistan|un:QDe.132]] ([[TTP|un:QDe.132|h]]) has rebuilt itself under [[Mufti Noor Wali Mehsud|ofac:27313]], a cleric from South Waziristan who wrote a book about the movement's history before he took over. Under [[Noor Wali|ofac:27313|h]] the [[TTP|un:QDe.132|h]] has re-absorbed splinter factions such as [[Jamaat-ul-Ahrar|un:QDe.152]] and the [[Tariq Gidar Group|un:QDe.160]], the Darra Adamkhel faction that claimed the 2014 Army Public School massacre in Peshawar. Those of us who buried children that December should not need reminding.

The state's response has veered between negotiation and denial. In 2021 and 2022 our officials held talks with the [[Pakistani Taliban|un:QDe.132]], mediated in Kabul by none other than [[Sirajuddin Haqqani|ofac:10743]], now the interior minister of the Afghan [[Taliban|ofac:6636]] government. Hundreds of militants were allowed to return to Swat and the tribal districts. When the talks collapsed, they were already home.

Meanwhile in Balochistan and Karachi, sectarian killers of the [[Lashkar-e-Jhangvi|un:QDe.096]] remain a threat to the Hazara community, and nobody seems to have a plan for them either.

None of this is an argument for another military operation with its displaced families and its sealed-off districts. It is an argument for honesty. Parliament should be told what was promised to the [[TTP|un:QDe.132|h]] in Kabul, by whom, and why. The people of Khyber Pakhtunkhwa, who have paid the price for two decades, deserve at least that.

The writer is a former member of the Khyber Pakhtunkhwa Assembly.
""")

# 12 press-release, regional financing centre
add('press-release', 'en-SA', """
PRESS RELEASE

Terrorist Financing Targeting Center member states jointly designate Yemen-based financiers and exchange houses

RIYADH - The member states of the Terrorist Financing Targeting Center (TFTC), co-chaired by the Kingdom of Saudi Arabia and the United States, today announced joint designations of individuals and entities that support terrorist organisations operating in Yemen and elsewhere in the region.

Among the entities designated are the [[Al-Omgy and Brothers Money Exchange|ofac:20820]], a Yemen-based exchange company that transferred funds on behalf of militant commanders, and the charity [[Rahmah Charitable Organization|ofac:20981]], which according to the member states diverted donations intended for orphans to fighters in Al Bayda governorate.

The designations also cover the [[Al-Khalidi Exchange|ofac:24760]], which the member states say facilitated transfers through its jewellery shop in Syria, and [[Al Haram Foreign Exchange Co. Ltd.|ofac:25063]], which moved funds between Turkey and northern Syria. The money-transfer business [[Afaq Dubai|ofac:25069]] and the [[Saksouk Company for Exchange and Money Transfer|ofac:25059]] are designated for providing similar services.

"Today's action reflects the resolve of TFTC member states to deny terrorists access to the regional financial system," said a spokesperson for the Presidency of State Security. "Exchange houses that serve as conduits for terrorist funds will be exposed."

As a result of these designations, all assets of the designated persons within the jurisdictions of TFTC member states are frozen, and nationals of member states are prohibited from dealing with them.

The TFTC member states are the Kingdom of Bahrain, the State of Kuwait, the Sultanate of Oman, the State of Qatar, the Kingdom of Saudi Arabia, the United Arab Emirates and the United States of America.

- END -
""")

# 13 investigative, Lebanese
add('investigative', 'en-LB', """
The men who rebuilt Damascus: how sanctioned businessmen cashed in on the war

An investigation by the Beirut Economic Observatory

When the fighting in the eastern Ghouta ended in 2018, a small group of businessmen was ready. Within months, companies tied to them had won contracts to import wheat, refine oil, build luxury towers on land seized from displaced families, and run the airline that flew pilgrims and militiamen between Damascus and Tehran.

Our reporters reviewed more than 300 pages of commercial registry extracts from Damascus, Beirut and Dubai, together with shipping records and court filings, to map their holdings.

At the centre of the older network stands [[Rami Makhlouf|ofac:10725]], the cousin of former president [[Bashar al-Assad|ofac:12735]], who for two decades controlled the mobile operator [[Syriatel|ofac:10890]] and a large share of the economy. [[Makhlouf|ofac:10725|h]] fell out with the presidential palace in 2020 and his assets were seized, but several companies registered to relatives continued trading.

The newer generation includes [[Samer Foz|ofac:26886]], whose group took over the [[Four Seasons Damascus|ofac:26898]] hotel and partnered in the Marota City development, and [[Hussam Qaterji|ofac:30202]], whose family firm trucked oil from areas controlled by Kurdish forces to regime refineries. [[Foz|ofac:26886|h]] has said in interviews that he never did business with the government that was not legal. The [[Foz For Trading|ofac:26895]] company, registered in Dubai, continued filing accounts until 2021.

An older partner of the palace, [[Mohammad Hamsho|ofac:12845]], sat on the board of the Damascus Chamber of Commerce while the [[Hamsho International Group|ofac:12846]] supplied steel and telecoms equipment. Records show that [[Hamsho|ofac:12845|h]] companies imported building materials for reconstruction projects in the southern suburbs.

Meanwhile [[Cham Wings Airlines|ofac:21244]], the private carrier founded in 2007, operated charter flights to Benghazi and Minsk. European officials accused [[Cham Wings|ofac:21244]] of flying migrants to Belarus in 2021.

None of the businessmen named in this report responded to written questions sent to their companies.
""")

# 14 blog, Singapore
add('blog', 'en-SG', """
Notes from a compliance nerd: why North Korean banks keep showing up in my alerts

Posted by Wei Ling Tan | Compliance & Coffee

OK, quick post because a few people asked after my talk at the Raffles Place meetup last week. The question was basically: "If North Korea is cut off from SWIFT, why do we still get alerts on DPRK banks?" Short answer: front companies, shipping, and very long memories in the watchlists.

Take [[Tanchon Commercial Bank|un:KPe.003]]. It was one of the first North Korean entities listed by the UN back in 2009, as the main financial agent for arms sales. It used to be called [[Changgwang Credit Bank|un:KPe.003]], which is the name you sometimes still see in old trade docs. Its sister entity, the [[Korea Mining Development Trading Corporation|un:KPe.001]] - everyone just says [[KOMID|un:KPe.001|h]] - was the arms exporter. If you see [[KOMID|un:KPe.001|h]] anywhere near a payment, stop and escalate. Seriously.

Then there are the newer ones: [[Koryo Bank|un:KPe.045]] and [[Ilsim International Bank|un:KPe.034]], and friends. None of them will show up as the ordering customer on an MT103 into Singapore, obviously. What you get instead is a trading company in Dandong or a "consultancy" in Kuala Lumpur paying for "machinery parts".

Shipping is the other big one. [[Chongchongang Shipping Co. Ltd|ofac:17067]] was the operator of the North Korean freighter caught in Panama in 2013 with MiG parts hidden under sugar. I still use that case in training because the bills of lading looked totally normal.

Anyway, my three tips:
1. Screen all parties, including vessel names and the port agents.
2. Don't trust the "country: China" field.
3. Old names matter. Banks rename, ships rename, the lists keep the aliases for a reason.

Comments open below. Please no vendor pitches, thanks :)
""")

# 15 radio-transcript, translated from Pashto
add('radio-transcript', 'en-AF', """
TRANSCRIPT - "Kabul Morning", Radio Azadi style listener programme (translated from Pashto)

PRESENTER (Zarmina): Good morning and welcome. Today we discuss the new appointments announced yesterday by the Islamic Emirate in several provinces. With me on the line from Peshawar is the analyst Dr. Hamidullah Stanikzai. Doctor sahib, welcome.

STANIKZAI: Thank you, Zarmina jan.

PRESENTER: Let us start with the interior ministry. Many listeners ask why [[Khalil Haqqani|un:TAi.150]]'s name is still mentioned after his death.

STANIKZAI: [[Khalil-ur-Rahman Haqqani|un:TAi.150]] was the minister for refugees. He was killed in a bombing inside the ministry in December 2024. He was [[Sirajuddin|ofac:10743|h]]'s uncle, so his death was a big blow for the Haqqani family. His post has been given to a Kandahari.

PRESENTER: And the economic side? There is a new name in the central bank.

STANIKZAI: Yes, but you must understand the older generation still decides. People like [[Mullah Gul Agha Ishakzai|un:TAi.147]], who was the movement's finance chief for many years, and [[Yahya Haqqani|un:TAi.169]], who was known as [[Qari Sahab|un:TAi.169]] in the education wing. [[Gul Agha|un:TAi.147|h]] is very close to the Amir in Kandahar.

PRESENTER: A listener from Logar, Abdul Wakil, has sent a message. He asks: will these changes bring back the money that is frozen abroad?

STANIKZAI: Honestly, no. The money is frozen because many of these leaders are on the United Nations list. [[Torek Agha|un:TAi.174]], for example, who was a fundraiser in Quetta, is still listed. As long as the [[Taliban|ofac:6636]] do not change their policies on girls' education, I do not see the foreign banks changing their position.

PRESENTER: Thank you, Doctor sahib. After the break: wheat prices in the Herat market.
""")

# 16 policy-brief, South African think tank
add('policy-brief', 'en-ZA', """
POLICY BRIEF No. 31 | Institute for African Security Analysis, Pretoria

Cocaine, ports and politics: West and Southern Africa as transit hubs

Key points
- South African and West African ports are increasingly used to move South American cocaine to Europe and Australia.
- Mexican and Italian criminal groups have partnered with local fixers rather than deploying their own personnel.
- Sanctions designations can help banks identify risk, but most facilitators are not listed.

Analysis

The role of Mexican trafficking organisations in Africa remains poorly understood. Court records in the United States show that traffickers from Sinaloa used maritime brokers in Guinea-Bissau and Ghana during the 2000s. [[Vicente Zambada Niebla|ofac:10350]], the son of the Sinaloa leader [[Ismael Zambada Garcia|ofac:7226]], known as "[[El Mayo|ofac:7226|h]]", testified in Chicago about multi-tonne shipments that transited West Africa. Another figure, [[Ivan Archivaldo Guzman Salazar|ofac:13148]], a son of [[Joaquin Guzman|ofac:6861]], is listed by US authorities as a key trafficker and has been linked to fentanyl production rather than cocaine.

Older networks also matter. [[Arturo Beltran Leyva|ofac:10899]], who was killed by Mexican marines in 2009, pioneered routes through Venezuela and the Sahel, and former associates of [[Beltran Leyva|ofac:10899|h]] are still named in Ghanaian court files.

European consumer markets are supplied through partnerships with the [[Camorra|ofac:12817]] and other Italian groups. Investigators in Durban told us that containers are frequently rerouted through Lome and Abidjan. The Lebanese-Colombian money-laundering networks exposed in 2011, including the network of [[Jamal Mohamad Kharoubi|ofac:12533]], showed that proceeds from cocaine sold in Europe could be laundered through used-car dealerships in Benin.

Recommendations
1. Port authorities in Durban, Lagos and Tema should share container risk data with SADC and ECOWAS partners.
2. Central banks should issue guidance on trade-based money laundering in used vehicles.
3. Governments should support regional prosecution capacity rather than relying on extradition.
""")

# Payment messages (category "payment", locale "swift"), writer-f.
PAY = []

def add(style, text, crlf=False):
    PAY.append(dict(category='payment', style=style, locale='swift', text=text, crlf=crlf))

# MT103 with a listed shipping company and vessel
add('mt103', """
{1:F01GMBKAEADAXXX0412556789}{2:I103HSBCHKHHXXXXN}{4:
:20:FT25061HK0042
:23B:CRED
:32A:250302USD48250,00
:50K:/AE070331234567890123456
BURJ AL SAFA GENERAL TRADING LLC
OFFICE 1204 AL MANARA TOWER
BUSINESS BAY DUBAI UAE
:59:/HK0123456789012
[[HODA SHIPPING CO LTD|ofac:15129]]
FLAT 12 9/F WING TAT HOUSE
WAN CHAI HK
:70:/RFB/FREIGHT HIRE MT [[SARDASHT|ofac:15078]]
VOY 2503 BANDAR ABBAS-FUJAIRAH
INV 77/25 DEMURRAGE INCL
:71A:SHA
:72:/INS/SCBLAEADXXX
-}
""")

# MT103, CRLF line ends, listed exchange house broken over two lines
add('mt103', """
{1:F01NBOMOMRXAXXX3310245587}{2:I103EBILAEADXXXXN}{4:
:20:OMR2503114471
:23B:CRED
:32A:250311AED126400,00
:50K:/OM12027000012345678901
SALIM RASHID AL BALUSHI
WAY 3317 AL KHUWAIR MUSCAT OMAN
:57A:EBILAEAD
:59:/AE450260001015123456789
M/S. [[AL ZAROONI
EXCHANGE|ofac:18539]] LLC
DEIRA DUBAI UAE
:70:FAMILY SUPPORT AND SETTLEMENT
OF GOLD PURCHASE INV 2025-118
:71A:OUR
:72:/ACC/PLS CREDIT WITHOUT DELAY
""", crlf=True)

# MT103, ordinary parties only
add('mt103', """
{1:F01KCBLKENXAXXX0098812345}{2:I103SBININBBXXXXN}{4:
:20:KCB250214TT0931
:23B:CRED
:32A:250214USD17890,50
:50K:/1108456723
JOSEPH KAMAU NJOROGE
T/A NJOROGE FABRICS
MOI AVENUE NAIROBI KENYA
:59:/30912345678
SHREE GANESH TEXTILES PVT LTD
RING ROAD SURAT GUJARAT INDIA
:70:PAYMENT PI SGT/2025/044 COTTON
KANGA PRINTS 1200 PCS
:71A:SHA
""")

# pacs.008 fragment, listed airline as creditor
add('pacs008', """
<CdtTrfTxInf>
  <PmtId>
    <InstrId>ZAR-PK-20250404-118</InstrId>
    <EndToEndId>E2E-TRV-558812</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="EUR">23480.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Zarghuna Travels and Tours (Pvt) Ltd</Nm>
    <PstlAdr>
      <AdrLine>Office 7, Saddar Road</AdrLine>
      <AdrLine>Peshawar Cantt, Pakistan</AdrLine>
    </PstlAdr>
  </Dbtr>
  <CdtrAgt>
    <FinInstnId><BICFI>BKMTIRTHXXX</BICFI></FinInstnId>
  </CdtrAgt>
  <Cdtr>
    <Nm>[[CASPIAN AIRLINES|ofac:17226]]</Nm>
    <PstlAdr>
      <AdrLine>Caspian Tower, Vozara Street</AdrLine>
      <AdrLine>Tehran, Iran</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>GROUP BOOKING 42 PAX THR-MHD ZIYARAT APRIL; [[CASPIAN AIR|ofac:17226]] REF CPN8841</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# pacs.008 fragment, ordinary parties only
add('pacs008', """
<CdtTrfTxInf>
  <PmtId>
    <EndToEndId>INV-2025-00317</EndToEndId>
  </PmtId>
  <IntrBkSttlmAmt Ccy="USD">8750.00</IntrBkSttlmAmt>
  <Dbtr>
    <Nm>Lagos Harbour Logistics Limited</Nm>
    <PstlAdr>
      <AdrLine>14 Creek Road, Apapa</AdrLine>
      <AdrLine>Lagos, Nigeria</AdrLine>
    </PstlAdr>
  </Dbtr>
  <Cdtr>
    <Nm>Amina Yusuf Bello</Nm>
    <PstlAdr>
      <AdrLine>Plot 22 Gwarimpa Estate</AdrLine>
      <AdrLine>Abuja FCT, Nigeria</AdrLine>
    </PstlAdr>
  </Cdtr>
  <RmtInf>
    <Ustrd>CONSULTANCY FEES Q1 2025 CUSTOMS CLEARANCE SUPPORT</Ustrd>
  </RmtInf>
</CdtTrfTxInf>
""")

# MT202, listed beneficiary institution
add('mt202', """
{1:F01CBRLLBBXAXXX1002233445}{2:I202ZZZZZZZZXXXXN}{4:
:20:CB25030611877
:21:REL250306SYR01
:32A:250306EUR310000,00
:52A:CBRLLBBX
:58D:[[COMMERCIAL BANK OF SYRIA|ofac:12847]]
DAMASCUS SYRIA
:72:/BNF/COVER IN FAVOUR OF
//[[SYRIAN LEBANESE COMMERCIAL BANK|ofac:12848]]
//BEIRUT BRANCH
/REC/IMPORT WHEAT LC 0021/25
-}
""")

# Remittance note naming listed exchange houses
add('remittance-note', """
REMITTANCE ADVICE - INWARD TRANSFER
Ref: RA/2503/0877      Value date: 12.03.2025

Beneficiary: Mr. Abdikarim Yusuf Warsame, Hodan District, Mogadishu
Amount: USD 2,400.00

Paying agent: [[Al-Kawthar Money Exchange|un:QDe.157]], Karte Char branch
Originating agent: [[Selselat al Thahab|un:QDe.154]] ([[سلسلة الذهب للصرافة|un:QDe.154]])

Purpose as stated by sender: "school fees and rent for the family, from brother in Kabul"

Note from operations: transfer received via [[Al Kawthar Co.|un:QDe.157]] settlement account. Held for review pending compliance clearance.
""")

# Remittance free text, ordinary parties only
add('payment-text', """
Transfer details
Sender: Maria Cristina Reyes Santos, Doha, Qatar
Receiver: Rodolfo Santos, Barangay San Isidro, Tarlac City, Philippines
Amount: QAR 3,500.00 (PHP 54,320.00)
Payout: cash pick-up, Palawan Express branch, F. Tanedo St.
Message to receiver: "Para sa tuition ni Bea at pambayad sa kuryente. Ingat kayo lagi. - Ate Cris"
""")

# Negative documents (no listed party), writer-f.
NEG = []

def add(style, locale, text, not_mentions=()):
    NEG.append(dict(category='negative', style=style, locale=locale, text=text,
                    not_mentions=list(not_mentions)))

add('sports', 'en-PK', """
Noor's six-wicket haul puts Peshawar in command

KARACHI: Left-arm spinner Noor Alam Khan picked up six wickets for 41 as Peshawar bowled out Karachi Whites for 187 on the opening day of the Quaid-e-Azam Trophy fixture at the National Bank Stadium on Monday.

Karachi, electing to bat on a dry surface, were cruising at 102 for two before Noor removed captain Saad Omar and the in-form Haris Saleh in the same over. Wicketkeeper Rizwan Haqqani, no relation to the Faisalabad umpire of the same name, resisted with a gritty 46 but found little support from the tail.

"The ball was gripping from the first session, and I just kept it tight," Noor said after play. Fast bowler Mohammad Hasnain took two wickets and Aamer Jamal one.

In reply, Peshawar reached 38 without loss at stumps, with openers Kamran Ghulam and Sahibzada Farhan unbeaten. Play on day two begins at 9.30am.
""")

add('travel', 'en-AE', """
48 hours in Muscat: souqs, sea breezes and shuwa

Arrive on a Thursday evening and head straight to the Mutrah Corniche, where fishing dhows bob beside the old customs house. Dinner at Bait Al Luban, a restored merchant house, is the obvious choice: order the lamb shuwa, slow-cooked underground for two days, and a plate of halwa to finish.

Friday morning belongs to the Mutrah Souq. Follow the smell of frankincense to the back lanes, where Mr. Saleh, who has sold silver khanjars from the same tiny shop since 1979, will tell you the history of every dagger whether or not you buy. Next door, the Al Haramain perfume counter sells oud oils by the tola; the staff will happily mix a custom blend.

In the afternoon drive out to Qurum Beach or take a boat from Marina Bandar Al Rowdha to spot dolphins. Stay at the Al Bustan Palace if budget allows, or at the friendly Hotel Omar Khayyam near the airport if it does not.

On Saturday, visit the Sultan Qaboos Grand Mosque before 11am (modest dress required) and then lunch at Kargeen Caffe in Madinat Sultan Qaboos.
""", not_mentions=['Al Haramain'])

add('court-report', 'en-KE', """
Court frees matatu driver over Thika Road crash

NAIROBI: A Milimani court on Wednesday acquitted a matatu driver who had been charged with causing the death of a pedestrian by dangerous driving along Thika Superhighway in 2023.

Chief Magistrate Hassan Abdi Noor ruled that the prosecution had failed to prove that the driver, Peter Mwangi Kariuki, was speeding or that he had ignored traffic signals at the Roysambu footbridge. The magistrate noted that two witnesses, including traffic officer Corporal Ali Juma, gave contradictory accounts of the lane the vehicle was in.

"The court cannot convict on the basis of suspicion, however strong," Mr. Noor said, adding that the deceased's family was free to pursue a civil claim.

Defence lawyer Omar Kassim told reporters outside the court that his client had lost his job and his vehicle during the two-year trial. The family of the deceased, led by her brother Mohammed Wanjiku, said they would consult their advocates about an appeal.
""")

add('business', 'en-IN', """
Khan Brothers Spices eyes Gulf expansion after record quarter

MUMBAI: Khan Brothers Spices Pvt Ltd, the Bhiwandi-based maker of packaged masalas, reported a 34 per cent jump in net profit for the October-December quarter, helped by strong demand from Gulf supermarkets and lower chilli prices.

The company would open a blending unit in the Jebel Ali Free Zone next year, said managing director Imran Khan. "Our Kashmiri chilli and garam masala do very well with Kerala and Pakistani families in Dubai and Sharjah," he said.

The company also announced the appointment of Dr. Sunita Lee, formerly with a Singapore-based food multinational, as chief operating officer. Analyst Rahul Garcia of Motilal Securities said the valuation looked "stretched but justified", with a target price of Rs 412.

Shares closed 2.4 per cent higher at Rs 378 on the BSE.
""")

add('local-news', 'en-NG', """
Kano market traders protest new levy

KANO: Hundreds of traders at the Kantin Kwari textile market shut their shops on Tuesday to protest a new daily sanitation levy introduced by the Fagge Local Government Council.

The chairman of the traders' association, Alhaji Sani Haruna Dan-Hassan, said the N500 levy was "one tax too many" for traders already struggling with high fuel prices. "We pay for shop rent, for security, for refuse. Now another one," he said.

A spokesperson for the council, Malam Umar Ibrahim Kofar-Mata, said the levy would fund new drainage along Ibrahim Taiwo Road and that the council would meet the traders on Thursday.

Police spokesperson SP Abdullahi Haruna Kiyawa said the protest was peaceful and that officers had been deployed to prevent looting.
""")

add('obituary', 'en-KE', """
OBITUARY: Mzee Abdalla Hassan Mwinyi, 1941-2025

It is with deep sorrow that the family of the late Mzee Abdalla Hassan Mwinyi of Old Town, Mombasa, announces his passing on Friday at Coast General Hospital after a short illness. He was 84.

Mzee Abdalla taught Kiswahili and religious studies at Serani Primary School for 31 years and was later a long-serving member of the Old Town residents' association. Generations of Mombasa children remember his beautiful handwriting and his patience.

He was the husband of the late Bi Mwanaisha and father of Fatma, Omar, Saida and Ali. He leaves behind 14 grandchildren.

Burial took place at the Kikowani cemetery according to Islamic rites. The family thanks the doctors and nurses of Coast General and the congregation of the Mandhry mosque for their support.
""")

add('recipe-or-lifestyle', 'en-LB', """
Teta's kibbeh, the Al-Rashid family way

Every family in Zahle claims the best kibbeh, and the Al-Rashid family is no exception. Nadia Al-Rashid, who runs a small cooking school in Achrafieh, shared her grandmother's recipe with us.

You will need: 500g lean lamb, 250g fine bulgur, one large onion, a handful of basil and marjoram, and for the filling, minced lamb fried with pine nuts and a pinch of seven spices.

"Soak the bulgur only ten minutes, never more," says Nadia. "Then knead it with the meat and herbs and ice water until it feels like soft clay." Shape the shells around your finger, fill them and fry in hot oil, or bake as a tray with a layer of filling in the middle.

Serve with labneh, fresh mint and a plate of pickled turnips. Her brother Karim, who owns the Kim Bakery near Sassine Square, insists on a side of fattoush.
""")

add('wedding-announcement', 'en-PK', """
Wedding announcement

Mr. and Mrs. Tariq Mehmood Butt of Model Town, Lahore, are pleased to announce the marriage of their daughter Dr. Hira Tariq to Mr. Usman Haqqani, son of Professor Javed Haqqani and Mrs. Samina Haqqani of Gulberg.

The Nikah ceremony was performed at the family residence on Friday, followed by the Rukhsati at the Pearl Continental Hotel on Saturday evening. The Walima reception will be held at the Lahore Gymkhana on Sunday.

The bride is a consultant paediatrician at Services Hospital. The groom is a software architect with a Karachi-based fintech company and a keen amateur cricketer.

Guests are requested to confirm attendance with Mr. Bilal Butt.
""")

add('school-newsletter', 'en-AE', """
Al Noor International School - Weekly Newsletter, Term 2, Week 6

From the Principal's desk

Dear parents, it has been a busy week! Our Grade 8 students visited the Museum of the Future, and the Science Fair winners have now been announced.

Science Fair results: First place goes to Aisha Mohammed and Daniel Kim (Grade 9) for their solar-powered water purifier. Second place: Yusuf Petrov (Grade 7) for "How salty is the Gulf?" Third place: Mariam Saleh and Omar Farooq for their project on date-palm waste.

Sports: Congratulations to our U14 football team, coached by Mr. Ivanov, who beat Dubai Heights Academy 3-1. Goals by Hamza, Ali and Rayan.

Reminders: Parent-teacher conferences are on Thursday from 2pm to 6pm. Please book your slot through the school app. Uniform shop opening hours have changed to 7:30-9:30am.

Ms. Catherine Lee, Principal
""")

add('property-listing', 'en-AE', """
FOR RENT - Spacious 2BR apartment, Al Khan, Sharjah

Bright 2-bedroom apartment (1,350 sq ft) on the 17th floor of Al Saleh Tower, Al Khan Corniche, with partial lagoon view. Two bathrooms plus maid's room, built-in wardrobes, closed kitchen, balcony. Central A/C (chiller free), covered parking, gym and pool. Walking distance to Al Khan Beach and the Sharjah Aquarium. 10 minutes to Al Nahda and the Dubai border.

Rent: AED 52,000 per year, 4 cheques. Family building.

Contact: Hassan Real Estate Brokers, Al Qasba. Agent: Mr. Noor Mohammad, or WhatsApp the office. RERA-registered.
""")

add('concert-review', 'en-IN', """
Review: Rahat's late-night qawwali leaves Delhi spellbound

It was well past midnight at the Jawaharlal Nehru Stadium when the ensemble finally launched into "Dama Dam Mast Qalandar", and the crowd of 20,000, many of whom had waited since seven, rose as one.

The evening had begun gently with a naat and a slow ghazal, the harmonium of veteran accompanist Ustad Hassan Raza weaving around the lead voice. Tabla player Dildar Hussain's solo in the second half drew a standing ovation of its own.

Not every choice worked: a Bollywood medley felt rushed, and the sound mix buried the chorus for the first forty minutes. But when the group returned to the Punjabi Sufi poetry of Bulleh Shah, the stadium fell silent.

Organisers said the three-city tour continues in Mumbai and Bengaluru next week.
""")

add('community-notice', 'en-PH', """
BARANGAY NOTICE - Free medical and dental mission

The Barangay Council of Poblacion, Zamboanga City, in partnership with the Rotary Club of Zamboanga West, will hold a free medical and dental mission on Saturday, 15 March, from 8:00 AM to 3:00 PM at the barangay covered court.

Services: general consultation, blood pressure and blood sugar screening, tooth extraction, and free reading glasses for senior citizens.

Doctors on duty: Dr. Omar Hassan Jaafar (internal medicine), Dr. Grace Kim-Santos (paediatrics), and Dr. Mohammad Ali Tan (dentistry).

Please bring your barangay ID. Senior citizens and pregnant women will be given priority. For inquiries, contact Kagawad Nurhaida Salih at the barangay hall.

Hon. Roberto Garcia, Punong Barangay
""")


MARK = re.compile(r'\[\[(.+?)\|([a-z]+:[A-Za-z0-9.]+)(\|h)?\]\]', re.S)


def render(src):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        n += len(src[pos:m.start()])
        surf = m.group(1)
        spans.append((n, n + len(surf), surf, m.group(2), bool(m.group(3))))
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, text[:200]
    return text, spans


def main():
    docs = NEWS + PAY + NEG
    assert len(docs) == 36
    rows = []
    for i, d in enumerate(docs, 1):
        name = 'wf_%03d.txt' % i
        src = d['text'].lstrip('\n')
        if d.get('crlf'):
            src = src.replace('\n', '\r\n')
        text, spans = render(src)
        if d['style'] == 'mt103':
            for line in text.replace('\r\n', '\n').split('\n'):
                if not line.startswith('{'):
                    assert len(line) <= 35, (name, line)
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        ments = []
        for s, e, surf, pid, hard in spans:
            m = {'start': s, 'end': e, 'text': surf, 'expect': KEYS[pid]}
            if hard:
                m['hard'] = True
            ments.append(m)
        if d['category'] == 'negative':
            assert not ments, name
        row = {'doc': name, 'category': d['category'], 'style': d['style'],
               'locale': d['locale'], 'source_id': 'writer-f', 'mentions': ments,
               'not_mentions': d.get('not_mentions', [])}
        rows.append(row)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
