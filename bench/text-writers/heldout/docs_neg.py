# Negative documents (writer-b): no listed party; ordinary people and places whose names
# share words with listed names.
NEG = []

def doc(style, locale, text, **kw):
    d = dict(category='negative', style=style, locale=locale, text=text)
    d.update(kw)
    NEG.append(d)

doc('sports', 'en-GB', """
Khan's century steadies Lancashire as Hassan takes four

Lancashire 312-6 (Khan 118, Petrov 54) v Yorkshire

Haseeb Khan compiled a patient maiden first-class hundred at Old Trafford on the opening day,
rescuing Lancashire from 41-3 after Yorkshire's new-ball pair had made early inroads.

The 22-year-old from Oldham, whose father Saleem drove a taxi to pay for junior coaching, faced
231 balls and struck 14 fours. He added 129 for the fifth wicket with Nikolai Petrov, the
Bulgarian-born wicketkeeper who qualified for England last year.

"I've waited four seasons for this," said the left-hander. "My dad was in the Pavilion End,
so I had to get there."

Yorkshire's Omar Hassan was the pick of the bowlers, taking 4-67 with his off-spin, including
the prize wicket of captain Luke Garcia, caught at slip for 12. Hassan, who was born in Sheffield
to Sudanese parents, is the county's leading wicket-taker this season.

There was also a first appearance for Yorkshire seamer Jae-won Kim, on loan from Durham, who
bowled tidily without reward.

Play is due to start at 10.30am on Friday, with rain forecast after lunch.
""")

doc('travel', 'en-US', """
Three Days in Old Muscat and the Coast Road

Our first morning started with cardamom coffee at Café Noor, a tiny place opposite the fish
market in Muttrah, where the owner, a cheerful retired teacher named Saleh, insisted we try his
wife's date cake. From there it is a ten-minute walk along the corniche to the souq, where
the lanes smell of frankincense and rosewater.

Perfume lovers should look for the shop of Al Haramain Perfumes near the main gate; the
attendant, Mohammed, will patiently spray sample after sample of oud on paper strips until
your nose gives up. We bought a small bottle of their amber blend for about 12 rials.

On day two we hired a driver, Ali, to take us down the coast road to Sur. Stop at Bimmah
Sinkhole early, before the tour buses arrive, and swim in the turquoise water. Lunch was
grilled kingfish at a roadside restaurant called Al-Rashid Seafood, where we sat on the floor
cushions and watched dhows come in.

Our last night was spent at the Hassan Bay Resort, which is comfortable if a little dated.
Ask for a sea-view room on the upper floor.

Practical tips: Visas are issued online. Dress modestly in the souq. Fridays are quiet until
the afternoon prayers end.
""", not_mentions=['Al Haramain'])

doc('court-report', 'en-GB', """
Shopkeeper fined over unsafe gas heater in flat above takeaway

A Leicester shopkeeper has been fined £6,000 after a tenant living above his takeaway was taken
to hospital with carbon monoxide poisoning.

Mohammed Ali Saleh, 47, of Evington Road, pleaded guilty at Leicester Magistrates' Court to two
offences under the Gas Safety (Installation and Use) Regulations. The court heard that a gas
heater in the first-floor flat had not been serviced for six years.

District Judge Sarah Kim said the tenant, a 23-year-old student, had been "extremely fortunate"
that a friend noticed she was confused and called an ambulance.

Prosecuting for the Health and Safety Executive, Daniel Ivanov said the heater's flue was
blocked by a bird's nest. Inspector Rachel Omar told the court that Mr Saleh had co-operated
fully and replaced all appliances within a week.

In mitigation, Harpreet Lee said her client ran the Noor Kebab House with his brother and had
relied on a family friend to arrange safety checks. "He is deeply sorry," she said.

Saleh was also ordered to pay costs of £2,413 and a victim surcharge.
""")

doc('business', 'en-US', """
Family-owned grocer Hassan & Sons opens fourth Houston store

HOUSTON - Hassan & Sons International Market, a family-run grocery chain known for its halal
butcher counter and fresh-baked flatbread, opened its fourth store on Saturday in a former
pharmacy building on Bellaire Boulevard.

Founder Yousef Hassan, who arrived from Amman in 1994 and started with a single shop in
Sharpstown, cut the ribbon alongside his sons Omar and Kareem and daughter Lina, the chain's
chief financial officer.

"Our customers come from forty countries," said Lina Hassan. "A grandmother from Lagos and a
student from Karachi should both find what they need."

The 22,000-square-foot store employs 61 people and includes a café run in partnership with
Noor Bakery, a Vietnamese-Lebanese fusion bakery owned by Tran Thi Lee and her husband,
Ali Mansour. The company said it financed the expansion through a loan from a local credit union.

Industry analyst Greg Petrov of Gulf Coast Retail Advisors said independent ethnic grocers had
grown faster than national chains in the Houston area since the pandemic. "They know their
customers by name," he said.
""")

doc('local-news', 'en-IN', """
Hyderabad: Old City residents demand repair of Haqqani Street drain

Residents of Haqqani Street in the Old City staged a protest on Monday demanding that the
Greater Hyderabad Municipal Corporation repair a collapsed storm water drain that has flooded
homes three times since June.

"Every time it rains the water comes into the ground floor. My mother is 80 years old," said
Syed Imran, a tailor whose shop is next to the drain. Local corporator Fatima Begum said she had
written to the zonal commissioner twice.

The street, named after a 19th-century Urdu poet, is home to about 400 families and several
well-known eateries, including Hotel Nayab and the Khan Brothers tea stall, which has served
Irani chai since 1962.

GHMC executive engineer K. Srinivas Rao said tenders had been called and work would begin after
the monsoon. Residents said they would block the main road if no work started by October.

Meanwhile, traffic police have announced diversions near Charminar for the Bonalu festival.
""")

doc('obituary', 'en-GB', """
Professor Hassan Ibrahim Noor, engineer and teacher, 1941-2024

Hassan Noor, who has died aged 83, taught structural engineering at the University of Leeds for
more than thirty years and designed some of the first earthquake-resistant school buildings in
northern Pakistan.

Born in Mombasa to a family of Gujarati traders, he studied at the University of Nairobi and then
at Imperial College London, where he met his wife, Margaret, a librarian. He joined Leeds in
1970 and became a professor in 1986.

After the Kashmir earthquake of 2005 he spent two years in Muzaffarabad advising a charity on
low-cost concrete frames, work he described as "the most useful thing I ever did". Former
students remember his dry humour and his habit of bringing samosas to final-year tutorials.

He was a keen gardener and a lifelong supporter of Leeds United. He is survived by Margaret, their
children, Salma and David, and five grandchildren.
""")

doc('recipe-or-lifestyle', 'en-US', """
Grandma Rashida's Chicken Biryani (serves 6)

My grandmother made this every Eid in her kitchen in Lahore, and my mother still uses her steel
pot. The secret, according to Auntie Noor, is frying the onions slowly until they are almost
black at the edges.

Ingredients
- 1 kg chicken thighs, bone in
- 3 cups aged basmati rice (we like the Khan Market brand)
- 3 large onions, thinly sliced
- 1 cup yogurt
- 2 tbsp ginger-garlic paste
- Whole spices: bay leaf, cinnamon, green cardamom, cloves
- A pinch of saffron soaked in warm milk
- Fresh mint and coriander

Method
1. Marinate the chicken in yogurt, spices and half the fried onions for at least two hours.
2. Parboil the rice with whole spices until it is 70 percent cooked.
3. Layer chicken, rice, mint and onions in a heavy pot. Drizzle saffron milk on top.
4. Seal with foil and cook on the lowest heat for 30 minutes.

Serve with raita. My uncle Omar insists on adding boiled eggs; my cousin Ali says that is a
crime. You decide.
""")

doc('wedding-announcement', 'en-US', """
Aisha Rahman and Daniel Kim

Aisha Farhana Rahman, the daughter of Dr. Mahmood Rahman and Nasreen Rahman of Edison, N.J.,
was married on Saturday to Daniel Joon-ho Kim, the son of Grace Kim and Peter Kim of Fort Lee,
N.J. Imam Yusuf Saleh performed a nikah ceremony at the couple's home, followed by a Korean
pyebaek ceremony led by the groom's grandmother.

The bride, 31, is a pediatric nurse at Robert Wood Johnson University Hospital in New Brunswick.
She graduated from Rutgers. Her father is a cardiologist in private practice in Edison.

The groom, 33, is a software engineer at a financial technology company in Jersey City. He
graduated from the Stevens Institute of Technology.

The couple met in 2019 at a friend's birthday dinner at a Korean barbecue restaurant in
Palisades Park, where, the bride said, "he burned the short ribs and I forgave him."

A reception was held at the Hilton in East Brunswick, where guests were served both biryani and
bulgogi. The groom's best man was his college roommate, Omar Hassan.
""")

doc('school-newsletter', 'en-GB', """
St Aidan's Primary School - Friday Newsletter, 7 March

Dear Parents and Carers,

What a week! Thank you to everyone who joined us for World Book Day. Mrs Petrova's Year 4 class
dressed as characters from Roald Dahl, and our winner for best costume was Mohammed Nawaz, whose
BFG ears were taller than he is.

Sports news: Congratulations to the Year 6 football team, who beat Westfield Juniors 3-1.
Goals from Ali Hussain (2) and Lily Garcia. Coach Mr Ivanov says the team is now top of the
league.

Reading champions this week: Zara Noor (Year 2), Oliver Lee (Year 3) and Hana Saleh (Year 5).

Dates for your diary
- Tuesday 11 March: Year 3 trip to the Natural History Museum (packed lunches please)
- Thursday 13 March: Parents' evening, 3.30-6.30pm
- Friday 21 March: Red Nose Day - non-uniform, £1 donation

Lost property: a blue lunchbox labelled "Omar" and several unnamed jumpers. Please label
everything!

Have a lovely weekend,
Mrs J. Al-Rashid, Headteacher
""")

doc('property-listing', 'en-GB', """
FOR SALE - Guide price £425,000

4 bedroom semi-detached house, Khan Road, Moseley, Birmingham B13

Agent: Hassan & Lee Estates, 212 Alcester Road

A beautifully extended family home on a quiet tree-lined road within walking distance of Moseley
village, Kings Heath high street and excellent local schools.

Ground floor: entrance hall, bay-fronted lounge with log burner, open-plan kitchen-diner with
bi-fold doors, utility room and downstairs WC.

First floor: three double bedrooms, family bathroom. Second floor: loft conversion with fourth
bedroom and shower room.

Outside: 80ft south-facing garden with patio and garden office, off-road parking for two cars.

Nearby: Noor Pharmacy, the Al-Rashid Community Centre, Moseley Park and Pool, and regular buses to
the city centre (about 15 minutes).

Viewing strictly by appointment. Call Imran Hassan on 0121 555 0148.

EPC rating C. Council tax band D. Freehold.
""")

doc('concert-review', 'en-US', """
Review: Noor Ensemble brings Sufi fire to Symphony Hall

Boston - It is not often that a Symphony Hall audience ends the night clapping along to a
qawwali, but by the encore of Friday's concert by the Noor Ensemble, most of the balcony was on
its feet.

Led by the Pakistani-American singer Rahat Ali Khan - no relation, he joked, to the famous
Nusrat - the eight-piece group moved from slow, meditative ghazals to thunderous devotional songs
driven by tabla and dholak. Khan's voice, a rich baritone that jumps effortlessly into falsetto,
was matched by the harmonium of Saleem Omar.

The evening's surprise was a collaboration with the Korean gayageum player Min-ji Lee, whose
plucked zither lines wove around the vocal improvisations in a new piece, "Two Rivers". It could
have been a gimmick; instead it was the most moving twenty minutes of the night.

The sound mix was occasionally muddy, and the lighting design added little. But these are minor
complaints. The ensemble plays the Kennedy Center next month.
""", not_mentions=['Ali Khan'])

doc('community-notice', 'en-GB', """
NOTICE - Road closure and community iftar, Green Lane, Bradford

Bradford Council advises that Green Lane between Lumb Lane and Whetley Hill will be closed to
traffic from 5pm to 10pm on Saturday 22 March for a community iftar organised by the Al-Noor
Community Association.

All residents are welcome, whatever their faith. Food will be provided by local restaurants
including Omar's Grill, Karachi Kitchen and the Ali Baba Bakery.

Volunteers are needed to set up tables from 3pm. Please contact the event coordinator, Mr Saleh
Hussain, on 07700 900 412 or at the association office above the Hassan pharmacy.

Parking: the council car park on Drewton Road will be free after 4pm. Blue badge holders may
park on Marlborough Road.

This event is supported by West Yorkshire Police and the Manningham ward councillors,
Cllr Kamran Khan and Cllr Ruth Petrov.
""")
