# writer-h: negative documents (12): no listed party, many look-alike names

def add(doc):
    doc('wh_025.txt', 'negative', 'sports', 'en-PK', """
Haris blitz seals Kings' place in the final

KARACHI: Opener Mohammad Haris smashed 74 off 38 balls as Karachi Kings thrashed Multan Sultans by eight wickets at the National Bank Stadium on Saturday to book a place in the final of the Pakistan Super League.

Chasing 168, Haris and Imam-ul-Haq put on 112 for the first wicket inside eleven overs. Haris struck six sixes, two of them off the Afghan all-rounder Gulbadin Naib, before he was caught at long-on. Imam made 51 and Hasan Ali finished the job with a six over midwicket.

Earlier, Multan's innings never recovered from the loss of Saim Ayub in the first over. Fast bowler Abbas Afridi took 3-27 and the left-arm spinner Mohammad Nawaz conceded only 19 runs in his four overs. "The wicket was a little two-paced," said Multan's coach Shahid Aslam, the former first-class spinner. "We were 20 runs short."

Kings' captain Imad Wasim praised the young opener. "Haris has no fear. He plays like Omar Akmal did at nineteen," he said.

Attendance was 28,500, the highest of the season. The final will be played in Lahore on Sunday; Lahore Qalandars' Haider Ali is doubtful with a hamstring strain.

Brief scores: Multan Sultans 167-8 (Rizwan 58, Usman Khan 31; Abbas Afridi 3-27). Karachi Kings 171-2 in 17.4 overs (Mohammad Haris 74, Imam-ul-Haq 51).
""")

    doc('wh_026.txt', 'negative', 'travel', 'en-GB', """
Seoul food, slow trains and a night in Busan

We landed at Incheon on a grey Tuesday and took the airport express into the city, where our host, a retired schoolteacher called Mrs Kim Soon-ja, met us at Hongik University station with an umbrella and a bag of hotteok. Her guesthouse in Mangwon-dong has four rooms and a rooftop where she grows perilla and chillies in old kimchi pots.

Over the next three days we ate our way across the city. At Gwangjang Market a stallholder named Mr Lee Dong-hyun fried bindaetteok while telling us about his son, a dentist in Los Angeles. In Euljiro, a former printing district, we drank makgeolli in a bar run by two brothers, Park Jin-woo and Park Jin-seok, who still keep a 1970s offset press as a table.

The KTX to Busan takes two and a half hours. We stayed at the Haeundae Grand Hotel, where the receptionist, Choi Min-ji, booked us a table at a tiny raw-fish restaurant on the Jagalchi waterfront. The owner, Kim Young-ho, is 78 and has worked the same stall since 1969.

On our last morning we walked up to Gamcheon Culture Village, all pastel houses and steep stairs, and then took the ferry across to Yeongdo, where a cafe called Sea Star serves the best hand-drip coffee I had on the whole trip.

Getting there: Korean Air and Asiana fly direct from Heathrow. A seven-day Korail Pass costs about GBP 150.
""")

    doc('wh_027.txt', 'negative', 'court-report', 'en-GB', """
Landlord fined over mould-ridden flats in Bradford

A landlord who let out three flats in Manningham with black mould, broken boilers and no working smoke alarms has been fined GBP 24,000 at Bradford Magistrates' Court.

Tariq Mahmood Saleh, 52, of Heaton, pleaded guilty to eleven offences under the Housing Act 2004 after inspections by Bradford Council's environmental health team. District Judge Hassan Omar said the conditions were "a disgrace in a city that is short of decent homes".

The court heard that one tenant, Ms Olena Petrova, a care worker from Ukraine, had lived for four months with her two children in a flat where water ran down the walls. Council officer Ruth Akhtar told the court that a second tenant, Mr Yusuf Ali Noor, had reported a gas leak three times before an engineer was sent.

Representing Saleh, solicitor Daniel Ivanov said his client had inherited the properties from his late father and "failed to understand his obligations". Saleh has since sold two of the flats and carried out repairs to the third.

Councillor Alex Ross-Shaw, portfolio holder for housing, said the council would "not hesitate to prosecute" landlords who put tenants at risk. Saleh was also ordered to pay GBP 3,100 in costs and a victim surcharge of GBP 190.
""")

    doc('wh_028.txt', 'negative', 'business', 'en-AE', """
Perfume house opens flagship as Gulf fragrance market blooms

DUBAI - Al Haramain Perfumes, the family-owned fragrance maker founded in Mecca in 1970, opened a three-storey flagship store in Dubai Mall on Wednesday, part of a plan to double its retail footprint in the Gulf by 2026.

Managing director Mohammed Mahmood Ali told reporters that oud-based fragrances accounted for more than 60 per cent of sales. "Young customers in Riyadh and Dubai want the heritage of oud but in a lighter style," he said. The company also sells in London, Karachi and Kuala Lumpur.

The Gulf fragrance market grew by 9 per cent last year to about USD 2.3 billion, according to the consultancy Euromonitor. Competition is fierce: Ajmal, Rasasi and Arabian Oud all opened new stores in the UAE in the past twelve months, and the Saudi chain Lattafa has expanded into Kuwait.

Shares of Emaar Malls were little changed. Analysts at Al Ramz Capital, including senior analyst Noor Fatima Hussain, said rising footfall in Dubai's malls was supporting retail tenants. "Tourism numbers are at record levels, and fragrance is a classic gift purchase," she said.

Separately, the Emirati logistics firm Saleh Ivanov Freight, a joint venture between a Sharjah family and a Russian partner, said it had opened a bonded warehouse in Jebel Ali to serve perfume and cosmetics importers.
""", not_mentions=["Al Haramain"])

    doc('wh_029.txt', 'negative', 'local-news', 'en-US', """
Dearborn approves new park named for longtime coach

DEARBORN, Mich. - The City Council voted 6-1 on Tuesday night to name a new park on the city's east side after Hassan Jaber, a volunteer soccer coach who trained thousands of children over four decades before his death last year.

The 4-acre site on Warren Avenue, a former tire warehouse, will include two youth soccer fields, a splash pad and a walking track. Council President Michael Sareini said the $3.8 million project would be paid for with federal pandemic recovery funds and a donation from the Lebanese-American business association.

Jaber's daughter, Layla Jaber-Garcia, told the council her father "coached Arab kids, Latino kids, Polish kids, everybody - he just wanted them off the street." Among those who spoke in favor was Omar Haqqani, a local pharmacist who played on Jaber's first team in 1983.

The lone vote against came from Councilman Robert Abraham, who said residents of the neighborhood had asked for more parking. Mayor Abdullah Hammoud said construction would begin in the spring.

In other business, the council approved a liquor license for Al-Rashid Bakery & Grill on Schaefer Road and extended the contract of the city's snow removal company, Petrov Brothers Excavating, for another two years.
""")

    doc('wh_030.txt', 'negative', 'obituary', 'en-IN', """
Professor Syed Athar Mehdi Rizvi (1938-2024)

Professor Syed Athar Mehdi Rizvi, who taught Persian literature at Aligarh Muslim University for thirty-four years and translated Hafez and Saadi into Urdu, died in Lucknow on 2 March after a short illness. He was 85.

Born in Amroha into a family of Shia scholars, he studied at Aligarh and at the University of Tehran, where he wrote his doctoral thesis on the poet Naziri Nishapuri under the supervision of Professor Zabihollah Safa. On his return he joined the Department of Persian, which he later headed from 1984 to 1998.

His students remember him for his patience and for his legendary tea parties, at which his wife, Begum Noor Jahan Rizvi, served sheer khurma and endless cups of kahwa. Among his books, "The Persian Ghazal in India" (1979) is still on reading lists in Delhi, Lahore and Isfahan.

He was awarded the President's Certificate of Honour for Persian in 2002. His former colleague Professor Mohammad Omar Khan recalled that he was "the last of a generation who could recite the whole of the Divan from memory".

He is survived by his wife, two sons, Dr. Haider Rizvi, a cardiologist in Hyderabad, and Kazim Rizvi, an engineer in Toronto, and a daughter, Zainab Haqqani, a schoolteacher in Lucknow. The majlis will be held at Imambara Ghufran Maab on Sunday.
""")

    doc('wh_031.txt', 'negative', 'recipe-or-lifestyle', 'en-GB', """
Weekend cooking: Auntie Noor's chicken haleem

Haleem is the dish of Ramadan evenings in Hyderabad and Karachi: wheat, lentils and meat cooked for hours until they melt into one another. This version comes from my neighbour, Noor Saleh, who learned it from her mother-in-law in Peshawar and makes a huge pot every Eid for the whole street.

Serves 6
- 150g broken wheat (dalia), soaked overnight
- 50g each of chana dal, masoor dal and moong dal
- 750g chicken thighs on the bone
- 2 onions, thinly sliced and fried until deep brown
- 2 tbsp ginger-garlic paste, 1 tsp turmeric, 2 tsp Kashmiri chilli
- 1 tsp garam masala (Noor swears by the Shan brand, or her friend Mrs Khan's homemade mix)
- To serve: lemon wedges, fresh ginger matchsticks, coriander, mint, fried onions

1. Boil the wheat and dals together with the turmeric until very soft, about 1 hour.
2. Meanwhile brown the chicken with the ginger-garlic paste and chilli, add a litre of water and simmer until the meat falls off the bone. Shred it.
3. Combine everything and beat with a wooden spoon (or a hand blender, though Noor would disapprove) for 15 minutes until stringy.
4. Finish with garam masala, a ladle of ghee and the garnishes.

If you prefer, you can buy good haleem at Ali Baba Sweets on the Stratford Road or at the Hassan brothers' stall at the Sparkbrook market - but it won't taste like Noor's.
""")

    doc('wh_032.txt', 'negative', 'wedding-announcement', 'en-US', """
Noor Al-Rashid and Daniel Garcia

Noor Al-Rashid, a daughter of Dr. Salma Al-Rashid and Dr. Karim Al-Rashid of Houston, was married Saturday to Daniel Alejandro Garcia, the son of Maria Elena Garcia and Jorge Garcia of San Antonio. Imam Omar Suleiman and the Rev. Luis Hernandez officiated at an interfaith ceremony at the Houston Botanic Garden.

The bride, 29, is a pediatric nurse at Texas Children's Hospital. She graduated from the University of Texas at Austin. Her father is a professor of chemical engineering at Rice University; her mother is an obstetrician.

The groom, 31, is a structural engineer at the firm of Walter P. Moore. He graduated from Texas A&M University and received a master's degree from Georgia Tech.

The couple met in 2019 on a Habitat for Humanity build in the Fifth Ward, where, the groom said, "she was the only one who knew how to use a nail gun." The reception featured a mariachi band and a Lebanese dabke troupe led by the bride's cousin, Hassan Kim-Al-Rashid.
""")

    doc('wh_033.txt', 'negative', 'school-newsletter', 'en-GB', """
Greenfield Primary School - Spring Term Newsletter

Dear parents and carers,

What a busy term it has been! Thank you to everyone who came to our International Food Evening: over 300 people tasted dishes from 27 countries. Special thanks to Mrs Fatima Khan (jollof and samosas!), Mr Jun Zhao (dumplings), Mrs Svetlana Ivanova (blini) and the Hassan family, whose baklava sold out in ten minutes.

Staff news
We welcome Ms Ji-woo Lee, who joins Year 4 as class teacher, and say a fond farewell to Mr Dmitri Petrov, who is moving to a school in Leeds after nine years of running our chess club. Mrs Amina Omar will take over the club after half-term.

Sport
Our Year 6 football team, coached by Mr Carlos Garcia, reached the final of the district cup, losing 2-1 to St Mary's. Goals from Ali Hussain in the first half and some heroic goalkeeping by Chidi Okonkwo kept us in the game until the final minute.

Reading
Congratulations to Maryam Saleh (Year 3) and Oliver Kim (Year 5), who have each read 100 books this year.

Dates for your diary
- 14 March: Year 2 assembly
- 21 March: parents' evening
- 28 March: Easter and Eid celebration lunch

Best wishes,
Mrs Helen Okafor, Headteacher
""")

    doc('wh_034.txt', 'negative', 'property-listing', 'en-PK', """
FOR SALE - 1 Kanal House, DHA Phase 6, Lahore

Asking price: PKR 9.5 crore (negotiable)

A beautifully maintained double-storey house on a quiet street near Khayaban-e-Iqbal, five minutes from the Haqqani Chowk roundabout and the Al Noor Mosque. Built in 2015 by Omar Builders & Developers.

- 5 bedrooms with attached baths, 2 drawing rooms, dining, TV lounge
- Imported kitchen with granite tops, separate dirty kitchen
- Servant quarter, double garage, solar system (10 kW)
- Lawn with mango and lemon trees
- Schools nearby: Beaconhouse, Lahore Grammar School; Shaukat Khanum Hospital 15 minutes

Viewing by appointment. Contact the owner's agent, Mian Khalid Mehmood of Noor Real Estate, DHA Phase 5 Commercial, or email khalid.noor.re@example.pk. Bank financing available through Meezan Bank and Bank Alfalah.

Serious buyers only. No brokers please.
""")

    doc('wh_035.txt', 'negative', 'concert-review', 'en-GB', """
Review: Abida Parveen at the Royal Albert Hall

Four stars

There are few sounds in the world like a qawwali party warming up: the harmonium wheezing into life, the tabla and dholak testing each other, the clap of a dozen pairs of hands. By the time Abida Parveen walked on, twenty minutes late, the packed Albert Hall was already on its feet.

The singer from Larkana, often called the queen of Sufi music, has spent five decades moving between the shrines of Sindh and the world's concert halls, and this three-hour concert did both. He opened with "Allah Hoo", stretched to almost a quarter of an hour, then delighted the younger crowd with her Coke Studio hits, "Tu Jhoom" among them.

The backing singers, led by her long-time harmonium player Imran Ali, were superb, and the tabla player, Dildar Hussain, took a solo that drew a standing ovation of its own. Less successful was a guest spot by the Korean-British soprano Grace Kim, whose duet on "Mast Qalandar" never quite found its groove.

The evening closed, as it had to, with "Dam Mast Qalandar", the whole hall clapping on the offbeat. Outside, families queued for chai and samosas from the Saleh's Kitchen van until past midnight.
""")

    doc('wh_036.txt', 'negative', 'community-notice', 'en-GB', """
COMMUNITY NOTICE - Ealing Road Residents' Association

1. Iftar for all faiths. The Al-Hikmah Centre, 42 Ealing Road, invites neighbours of every background to a free community iftar on Saturday 23 March at 6.15pm. Organisers: Brother Hamid Hussain and Sister Hanifa Begum. Vegetarian options provided by the Shree Krishna Temple kitchen.

2. Road works. Brent Council will resurface Ealing Road between Alperton Lane and the Hindu temple from 2 to 12 April. The No. 79 and 83 buses will be diverted via Bridgewater Road.

3. Lost cat. Grey tabby called "Sultan", last seen near Haqqani Pharmacy. Please call Mrs Zhang Li on 07700 900123.

4. Free legal advice. Solicitors Khan & Petrova hold a free drop-in on housing and immigration every Thursday, 10am-1pm, at Wembley Library. Interpreters for Urdu, Somali, Tamil and Romanian available.

5. Thank you. To Mr Omar Farah and the volunteers of the Somali Youth Football Club, who cleared 40 bags of litter from One Tree Hill Park last Sunday.

Next residents' meeting: Tuesday 9 April, 7pm, St John's Church Hall. All welcome.
""")
