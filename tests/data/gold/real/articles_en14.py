"""English real business articles for the seventh held-out set (``split="heldout7"``, real_heldout7.jsonl).

Stored page text as delivered (see make_real.py for the format and the annotation rules, including the
sentiment conventions of the third and seventh sessions), cut at a line end near 2,000 characters. Found
in the stored public pages with English queries on business news (acquisitions and mergers, quarterly
results and profit warnings, share moves and analyst calls, layoffs and plant closures, fund raising,
lawsuits and regulators' fines, leadership changes, contracts, product launches, expansion, insolvency,
strikes), from sites little or not used in the other parts, no page already used in another file.
Annotated by hand before any system ran on them; no system is ever run on them for tuning, and their
errors are never listed (aggregate figures only).
"""

ARTICLES = [
    dict(id="en14-crains-estee-lauder-us-sales", lang="en", split="heldout7", date="2007-05-03 (from the URL)",
         url="https://www.crainsnewyork.com/article/20070503/FREE/70503012/estee-lauder-shares-fall-on-weak-u-s-sales",
         text="""Shares of Estee Lauder Cos. tumbled on Thursday after the cosmetics firm reported a decline in domestic sales.
Total sales rose 7.1% to $1.69 billion during the company's fiscal third quarter ended March 31, but sales in the United States fell 1.5% to $856.9 million, largely attributed to weaker-than-expected demand at newly converted Macy's department stores and slumping sales in key brands.
On the upside, the Manhattan firm earned $93.9 million, or 45 cents a share, in the latest three-month period, up 58% from a year earlier.
Wall Street analysts were looking for profit of 46 cents a share on sales of $1.69 billion.
Shares of Estee Lauder shares fell 7.25% to $47.30.
Oppenheimer analyst Linda Weiser said in a client note that this was the first time that Estee Lauder's sales growth and earnings-per-share failed to outperform estimates, adding that sales of the company's core brands are slowing because of retailer consolidation and strong competition.
"The fragrance business took a turn for the worse, with a sales decline of 2.5% globally," said Ms. Weiser, in her report. She had forecast flat sales for the quarter.""",
         ents="""ORG: Estee Lauder Cos. | Estee Lauder | Macy's | Oppenheimer
PER: Linda Weiser | Weiser
LOC: United States | Manhattan | Wall Street""",
         sentiments={"Estee Lauder": "negative", "Macy's": "neutral", "Oppenheimer": "neutral"},
         events=["earnings"]),

    dict(id="en14-massdevice-resmed-q2-miss", lang="en", split="heldout7",
         date="2019-01 (approx., from the text: quarter ended December 31, Propeller Health acquisition completed 'earlier this month')",
         url="https://www.massdevice.com/resmed-shares-plunge-on-q2-sales-miss/",
         text="""Shares in ResMed (NYSE:RMD) fell nearly 20% after the respiratory-focused medical device maker missed sales expectations on Wall Street with its second quarter earnings results.
The San Diego-based company posted profits of $124.6 million, or 86¢ per share, on sales of $651.1 million for the three months ended December 31, for massive bottom-line growth of approximately 1208% while sales grew by a smaller 8.3% compared with the same period during the previous year.
Adjusted to exclude one-time items, earnings per share were $1, ahead of the 95¢ consensus on Wall Street where analysts expected to see sales of $672.9 million, which the company missed.
“We had a solid quarter with top-line growth and gross margin expansion, as well as continued fiscal discipline to drive leverage and improved operating profit. Our new AirFit F30 and AirFit N30i masks have been launched in many markets, and mask sales are growing well globally. During the quarter we further expanded our software and device ecosystems, through the acquisitions of MatrixCare and Propeller Health, to provide digital health solutions to millions more people worldwide. We are empowering people to live healthier and happier lives where they live, and we are doing this by providing innovative software, services, and solutions to improve outcomes, create efficiencies, and reduce overall healthcare system costs,” CEO Mick Farrell said in a press release.
Shares in ResMed fell 19.4% after the company released its earnings, closing last Friday at $94.56.
Earlier this month, ResMed said that it completed its $225 million acquisition of Propeller Health and its digital medicine platform.""",
         ents="""ORG: ResMed | NYSE | MatrixCare | Propeller Health
PER: Mick Farrell
LOC: San Diego | Wall Street
MISC: AirFit F30 | AirFit N30i""",
         sentiments={"ResMed": "negative", "MatrixCare": "neutral", "Propeller Health": "neutral"},
         events=["earnings"]),

    dict(id="en14-centralmaine-bofa-fca-fine", lang="en", split="heldout7", date="2015-04-23 (from the URL)",
         url="https://www.centralmaine.com/2015/04/23/british-regulator-fines-bank-of-america-20-million/",
         text="""LONDON — Bank of America was fined $20 million by the British markets regulator for failing to properly report millions of transactions, the highest such penalty imposed by Britain to date.

Merrill Lynch International, a unit of the U.S. bank, incorrectly reported 35 million transactions and failed to report another 121,387 transactions between November 2007 and November 2014, the Financial Conduct Authority said Wednesday. The bank had been reprimanded on the issue before, receiving a private warning in 2002 and a 150,000-pound fine in 2006, the FCA said.

“The size of the fine reflects the severity of Merrill Lynch’s misconduct, failure to adequately address the root causes over several years despite substantial FCA guidance to the industry and a poor history of transaction reporting compliance,” the regulator said in the statement. “Accurate and timely reporting of transactions is crucial for us to perform effective surveillance for insider trading and market manipulation.”

Britain’s FCA has been cracking down to ensure firms provide accurate and full reporting on transactions. It’s fined a dozen banks now for these failures, including Barclays Plc, Credit Suisse Group, Commerzbank, Deutsche Bank and Royal Bank of Scotland.

Merrill Lynch agreed to settle at an early stage of the investigation and got a 30 percent discount on the fine, the FCA said.


Only subscribers are eligible to post comments. Please subscribe or login first for digital access. Here’s why.

Use the form below to reset your password. When you've submitted your account email, we will send an email with a reset code.""",
         boiler=["Only subscribers are eligible to post comments. Please subscribe or login first for digital access. Here’s why.",
                 "Use the form below to reset your password. When you've submitted your account email, we will send an email with a reset code."],
         ents="""ORG: Bank of America | Merrill Lynch International | Merrill Lynch | Financial Conduct Authority | FCA | Barclays Plc | Credit Suisse Group | Commerzbank | Deutsche Bank | Royal Bank of Scotland
LOC: LONDON | Britain | U.S.""",
         sentiments={"Bank of America": "negative", "Merrill Lynch International": "negative", "Barclays Plc": "neutral",
                     "Credit Suisse Group": "neutral", "Commerzbank": "neutral", "Deutsche Bank": "neutral",
                     "Royal Bank of Scotland": "neutral"},
         events=["legal"]),

    dict(id="en14-journalnow-freightworks-rutherfordton", lang="en", split="heldout7", date="2023-04-06 (from the page)",
         url="https://journalnow.com/business/employment/freightworks-eliminates-180-jobs-with-plant-closing-in-rutherfordton/article_391dc5f8-d4a4-11ed-b90f-03f1201f7c5b.html",
         text=""" date 2023-04-06 FreightWorks LLC has notified the N.C. Commerce Department of its plans to close a manufacturing plant in Rutherfordton, affecting 180 employees.
The WARN Act notice was posted Thursday by the department.
The logistics and transportation company said most of the job eliminations occurred in March.
The plant closure was prompted by a large customer deciding to “dramatically curtail its business.” The company also cited “sudden and unforeseen changes in market conditions during the week prior to March 6, changes to financial stability that drives this freight business, and the demands of winding down and potentially restructuring the business.”
""",
         ents="""ORG: FreightWorks LLC | N.C. Commerce Department
LOC: Rutherfordton
MISC: WARN Act""",
         sentiments={"FreightWorks": "negative"},
         events=["layoffs"]),

    dict(id="en14-aerospacetech-flybe-administration", lang="en", split="heldout7",
         date="2020-03 (approx., from the text: collapse under the coronavirus, two months after the January rescue package)",
         url="https://www.aerospace-technology.com/news/british-airline-flybe-administration/",
         text="""British airline Flybe has entered administration just two months after the UK Government announced a rescue package.

The Exeter-based carrier collapsed after failing to withstand the impact of the coronavirus (Covid-19), which has significantly affected flight bookings.

As a result of the collapse, all Flybe flights have been grounded and its UK business has terminated all trading with immediate effect. The move also puts around 2,000 jobs at risk.

In a notice on its website, Flybe stated that Alan Hudson, Joanne Robinson, Lucy Winterborne and Simon Edel of EY have been appointed as joint administrators of the company.

The company also advised all travellers not to travel to airports unless they have arranged an alternative flight with another airline. It also informed about its inability to arrange alternative flights.

UK Civil Aviation Authority chief executive Richard Moriarty said: “This is a sad day for UK aviation and we know that Flybe’s decision to stop trading will be very distressing for all of its employees and customers.

“We urge passengers planning to fly with this airline not to go to the airport as all Flybe flights are cancelled.  For the latest advice, Flybe customers should visit the CAA website or the CAA’s Twitter feed for more information.”

In January, UK Business Secretary Andrea Leadsom announced a rescue deal for the airline following discussions between the management and shareholders.

The deal included a potential loan and deferral of air passenger duty (APD) bill and other taxes.

However, the move was inadequate for Flybe, which was acquired by Connect Airways consortium in February last year.

The company was operating with an annual loss of around £20m before the takeover, reported The Guardian.""",
         ents="""ORG: Flybe | UK Government | EY | UK Civil Aviation Authority | CAA | Connect Airways | The Guardian
PER: Alan Hudson | Joanne Robinson | Lucy Winterborne | Simon Edel | Richard Moriarty | Andrea Leadsom
LOC: Exeter | UK
MISC: Twitter""",
         sentiments={"Flybe": "negative", "EY": "neutral", "Connect Airways": "neutral"},
         events=["bankruptcy"]),

    dict(id="en14-lunsfordmoney-palm-rubinstein-ceo", lang="en", split="heldout7",
         date="2009-06 (from the URL; 'Thursday' after Wednesday's announcement)",
         url="http://lunsfordmoney.blogspot.com/2009/06/palm-shares-rise.html",
         text="""As Jon Rubinstein gets ready to take the chief executive post at Palm Inc. (PALM), news of his appointment earned a warm reception from Wall Street early Thursday.
After Wednesday's closing bell, Palm said that Chief Executive Ed Colligan is stepping down from the top slot and will be replaced by Rubinstein, the former Apple Inc. (AAPL) executive who has been leading Palm's recent turnaround efforts.
Shares of Palm rose about 6.7% to $12.79 in recent trading.
"We think Palm investors should view this transition as a positive," wrote analysts at JPMorgan in a note to clients. "We believe Mr. Rubinstein has been the guiding force behind the Palm Pre and the webOS."
The executives' moves come just days after Palm launched the Pre smartphone, a key part of a two-year restructuring plan designed to revive Palm's device business.
"Under Rubinstein, an experienced former Apple executive who ran the iPod division, we expect that Palm will focus on innovation and execution, areas where Palm had lost its edge," wrote Lawrence Harris of CL King. "We therefore view the appointment of Rubinstein as CEO positively."
In a statement Wednesday, Palm said Colligan plans to join Elevation Partners, the private equity firm that took a major stake in Palm two years ago. As part of that deal, Elevation installed Rubinstein in the role of executive chairman to lead the development of the Pre and a new operating system, called webOS, that could serve as a foundation of a future family of wireless devices.
Colligan has been with the company for 16 years, having served as chief executive of Handspring before that company's merger with Palm in 2003.
"Ed and I have worked very hard together the past two years," Rubinstein said in the statement. "With Palm webOS we have 10-plus years of innovation ahead of us, and the Palm Pre is already one of the year's hottest new products.\"""",
         ents="""ORG: Palm Inc. | Palm | Apple Inc. | Apple | JPMorgan | CL King | Elevation Partners | Elevation | Handspring
PER: Jon Rubinstein | Rubinstein | Ed Colligan | Colligan | Lawrence Harris | Ed
LOC: Wall Street
MISC: Palm Pre | Pre | webOS | Palm webOS | iPod""",
         sentiments={"Palm": "positive", "Apple": "neutral", "JPMorgan": "neutral", "CL King": "neutral",
                     "Elevation Partners": "neutral", "Handspring": "neutral"},
         events=["leadership_change"]),

    dict(id="en14-skift-british-airways-pilot-strike", lang="en", split="heldout7", date="2019-09-10 (from the URL)",
         url="https://skift.com/2019/09/10/union-urges-british-airways-to-help-resolve-pilot-pay-dispute/",
         text="""British Airways pilots forced the cancellation of almost all flights on the second day of a strike Tuesday as their union called on management to make new pay proposals to resolve the dispute.

The unit of IAG SA — which says the walkout is costing it about 40 million pounds ($49 million) a day — scrubbed more than 1,600 departures and arrivals, after just five flights operated Monday.

With another walkout planned for Sept. 27, the British Airline Pilots’ Association said the solidity of the strike should come as a wake-up call for British Airways, and that there are no further negotiations currently planned after the current action ends just before midnight.

“Pilots are standing firm and have shown just how resolute they are,” Balpa General Secretary Brian Strutton said. “British Airways needs to start listening to its pilots and actually come up with ways of resolving this dispute.”

BA Chief Executive Officer Alex Cruz told the BBC earlier that its cockpit crews had been offered a deal that would have lifted remuneration 11.5% to 202,000 pounds, including benefits, making the pilots among the best paid in the world.

Balpa disputes the figures and puts the cost of settling the strike at 5 million pounds, “one-eighth of the cost of just one day’s strike action.”

While the disruption has hit hardest in London, where BA operates from its twin hubs at Heathrow and Gatwick, the outages extend to other locales such as Edinburgh. London City, popular with business travelers, isn’t affected as those flights are operated by the CityFlyer affiliate.

The strike is the company’s first involving pilots since 1979 and threatens the travel plans of customers at the tail end of the busy summer season. Affected passengers have been re-booked on other airlines where possible, offered alternate dates to fly, or been given refunds. About 195,000 customers were affected by the action.""",
         ents="""ORG: British Airways | IAG SA | British Airline Pilots’ Association | Balpa | BA | BBC | CityFlyer
PER: Brian Strutton | Alex Cruz
LOC: London | Heathrow | Gatwick | Edinburgh | London City""",
         sentiments={"British Airways": "negative", "IAG SA": "neutral", "CityFlyer": "neutral"},
         events=[]),

    dict(id="en14-ibtimes-pfizer-wyeth", lang="en", split="heldout7",
         date="2009-01 (approx., from the text: announced on a Monday, 'nearly three years' after the March 2006 AT&T-BellSouth deal)",
         url="http://www.ibtimes.com/pfizer-wyeth-announce-biggest-us-merger-three-years-229776",
         text="""Pharmaceuticals giant Pfizer Inc will acquire Wyeth in a $68 billion cash and stock deal -- the biggest U.S. merger in three years -- to create a diverse health products company which executives hope will deliver stable growth to investors, the companies said on Monday.

The chief executive of New York-based Pfizer, Jeffrey B. Kindler, said in a statement today that the combined firms will have a distinct blend of diversification, flexibility, and scale.

The companies are highly complementary businesses, said Bernard Poussot, the CEO of New Jersey-based Wyeth.

The deal would increase Pfizer's revenue by half and will add strength in biotech drugs, vaccines and over-the-counter products, including the Advil and Robitussin brands.

The agreement values Wyeth at $50.19 per share, a 29 percent premium at the close of Thursday trading, the day before preliminary reports of a possible deal were released. In Monday pre-market trading Wyeth shares were up 4.9 percent to $43.74. Wyeth shares had peaked near $60 in 2007 and had fallen below $30 last year.

In Monday pre-market trading, shares of Pfizer (NYSE:PFE) slipped $0.45, or 2.6 percent to $17.00 in pre-market trading.

As of Sunday evening, the Wall Street Journal, citing people familiar with the matter, reported that Pfizer was working to finish securing financing for the acquisition.

According to the research firm Capital IQ, it would be the biggest merger in the U.S. in nearly three years since AT&T and BellSouth combined in a $70 billion deal in March 2006.""",
         ents="""ORG: Pfizer Inc | Pfizer | Wyeth | NYSE | Wall Street Journal | Capital IQ | AT&T | BellSouth
PER: Jeffrey B. Kindler | Bernard Poussot
LOC: U.S. | New York | New Jersey
MISC: Advil | Robitussin""",
         sentiments={"Pfizer": "mixed", "Wyeth": "positive", "Capital IQ": "neutral", "AT&T": "neutral",
                     "BellSouth": "neutral"},
         events=["acquisition"]),

    dict(id="en14-webdunia-siemens-india-locomotives", lang="en", split="heldout7",
         date="2023-01 (approx., from the article number in the URL, 123011700005, and 'said on Monday')",
         url="https://m-english.webdunia.com/article/deutsche-welle-news/siemens-inks-massive-train-contract-in-india-123011700005_1.html",
         text="""The rail division of Siemens said on Monday that it had sealed the biggest locomotive order in its history from the government-owned Indian Railways.
The deal, worth €3 billion (roughly $3.2 billion), is for 1,200 electric locomotives over a period of 11 years.
The contract also includes maintenance and repair work for a 35-year period.
The electric locomotives are to be used for freight transport. Generating 9,000 horsepower, they can pull up to 4,500 metric tons of freight at up to 120 kilometers per hour (roughly 75 miles per hour).
Trains to be made in India
Most of the work is to be done at Siemens' facilities in India, with the trains manufactured at a Siemens Mobility plant in the country.
Assembly would be carried out jointly with Indian Railways employees in the state of Gujarat, where Prime Minister Narendra Modi hails from, on the western coast. Siemens also said that cooperation was planned for maintenance operations going forward.
Siemens has struck larger value contracts for rail projects abroad recently, but not for trains alone. A recent deal valued at around €8 billion with Egypt was for the construction of an electric rail network, as well as a fleet of various types of locomotives.
The engineering giant said that India had one of the largest and fastest-growing rail networks in the world.
"The country wants to almost double rail freight capacity," CEO Roland Busch said.
He said the order "will help achieve the country's ambitious goals of building the world's largest electrified rail network.\"""",
         ents="""ORG: Siemens | Siemens Mobility | Indian Railways
PER: Narendra Modi | Roland Busch
LOC: India | Gujarat | Egypt""",
         sentiments={"Siemens": "positive", "Siemens Mobility": "positive", "Indian Railways": "neutral"},
         events=["partnership"]),

    dict(id="en14-devdiscourse-alstom-sydney-metro", lang="en", split="heldout7",
         date="2019 (approx., not on the page: the Sydney Metro follow-on order announced on a Friday, after the Metro North West Line trains were delivered)",
         url="https://www.devdiscourse.com/article/national/754783-french-transport-major-alstom-has-won-order-from-sydney-metro",
         text="""French transport major Alstom has won a follow-on order from Sydney Metro to provide 23 six-car fully-automated trainsets, the firm said on Friday, adding that these will be manufactured at Sri city, Andhra Pradesh. The Government of New South Wales reached agreement with Northwest Rapid Transit (NRT) consortium on Friday to extend the Sydney Metro trains, systems, operations and maintenance public-private partnership (PPP) contract, the company said in a statement.

Under the contract, valued at approximately Euro 350 million, Alstom will be responsible for the project management, design, supply, manufacturing, testing and commissioning of 23 six-car fully-automated Metropolis trains and the Urbalis 400 Communication Based Train Control (CBTC) signalling system. The trains will be manufactured in Alstom's manufacturing centre in Sri City, India which successfully delivered 22 Metropolis trains for the Metro North West Line. The contract also includes an option to purchase further trains if required.

Currently, the Indian arm of the French major has orders for the delivery of 248 cars for Mumbai Metro Line III, 212 cars for Montreal Metro and 10 more train sets for Chennai Metro Rail.

""",
         ents="""ORG: Alstom | Sydney Metro#0 | Government of New South Wales | Northwest Rapid Transit | NRT
LOC: Sydney Metro | Sri city | Sri City | Andhra Pradesh | India | Metro North West Line | Mumbai Metro Line III | Montreal Metro | Chennai Metro Rail
MISC: Metropolis | Urbalis 400""",
         sentiments={"Alstom": "positive", "Northwest Rapid Transit": "neutral"},
         events=["partnership"]),

    dict(id="en14-ghanaculturepolitics-tesla-model-3", lang="en", split="heldout7",
         date="2016-04 (approx., from the text: the Model 3 unveiling with 130,000 orders, production 'more than a year away')",
         url="http://ghanaculturepolitics.com/tesla-unveils-mass-market-electric-car-model/",
         text="""Tesla unveils mass market electric car model


Electric car maker Tesla has unveiled its new, cheaper mass market model and revealed it had already taken 130,000 orders even though it is more than a year away from production.

Enthusiasts had queued overnight outside Tesla stores in California to put down deposits on the car, which will sell for $35,000 (£24,000), half the price of its current models, the Model S and the Model X, which start at $70,000 (£49,000).

Chief executive Elon Musk said it was the final step in the company’s plan to develop a “mass market, affordable car”.

It is expected to have a range of more than 200 miles on an electric charge – around double what drivers currently get from competitors it is price range. Features will include automatic lane-changing.

Tesla is aiming to lift its car production to 500,000 by 2020, up from 50,000 last year.

It also plans to double the number of stores it has worldwide to 441 by the end of 2017.

Mr Musk unveiled a prototype of the Model 3 Sedan in Hawthorne, California, outside Los Angeles at an event attended by hundreds of Tesla owners and media.

Three of the cars were driven on stage. The four-door vehicles have no grille and also feature a roof that is a panoramic pane of glass from front to back.

The Model 3 is seen as critical to Tesla’s growth plans and sustaining its share price which has jumped in recent days ahead of the launch, amid concerns by some sceptics about when the business will start to turn a profit.

A rival electric car from General Motors, the Chevrolet Bolt, is to launch later this year at a starting price of around $35,000 while a new generation of Nissan’s Leaf electric car is also in the offing.

Source: Sky News

Leave a Reply

This site uses Akismet to reduce spam. Learn how your comment data is processed.""",
         boiler=["Source: Sky News", "Leave a Reply",
                 "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
         ents="""ORG: Tesla | General Motors | Nissan
PER: Elon Musk | Musk
LOC: California | Hawthorne | Los Angeles
MISC: Model S | Model X | Model 3 Sedan | Model 3 | Chevrolet Bolt | Leaf""",
         sentiments={"Tesla": "positive", "General Motors": "neutral", "Nissan": "neutral"},
         events=["product_launch"]),

    dict(id="en14-epochtimes-starbucks-tata-india", lang="en", split="heldout7",
         date="2012-01 (approx., from the text: the Starbucks-Tata joint venture announced on a Monday, first stores 'later this year')",
         url="https://theepochtimes.com/article/starbucks-enters-india-plans-50-stores-1489363",
         text="""NEW YORK—Coffeehouse chain Starbucks Corp. said on Monday that it plans to open 50 stores in India in a joint venture with Indian company Tata Global Beverages.
The world’s biggest coffee chain has established a 50-50 joint venture with Tata, a major Indian conglomerate, aiming to introduce the Western coffee and latte culture on a population, which traditionally drinks tea.
The new coffeehouses will bear the name of “Starbucks Coffee: A Tata Alliance.” The first two stores will open in Mumbai and Delhi—India’s two largest cities—later this year. It aims to have 50 stores one year from now.
“It opens up exciting business opportunities and new formats for Tata Global Beverages. Starbucks brings unique retail expertise as well as a shared sense of business values,” said R.K. Krishnakumar, vice chairman of Tata’s beverage arm, on Monday.
According to Starbucks, it will bring “… high quality arabica coffee, handcrafted beverages, locally relevant food, and legendary service,” said John Culver, head of Starbucks’s Asian operations.
Both companies will fund the joint venture with investments of 4 billion rupees ($80 million) apiece.
Emerging markets have been a growth engine for Starbucks. Last week, Starbucks’s chief financial officer said on a conference call that the company’s revenues in the Asia-Pacific increased by 38 percent last quarter.""",
         ents="""ORG: Starbucks Corp. | Starbucks | Tata Global Beverages | Tata
PER: R.K. Krishnakumar | John Culver
LOC: NEW YORK | India | Mumbai | Delhi | Asia-Pacific
MISC: Starbucks Coffee: A Tata Alliance""",
         sentiments={"Starbucks": "positive", "Tata Global Beverages": "positive", "Tata": "positive"},
         events=["expansion", "partnership"]),

    dict(id="en14-birminghampost-jjb-profit-warning", lang="en", split="heldout7",
         date="2007-08 (approx., from the text: 26 weeks to July 29, against the 2006 World Cup)",
         url="https://www.birminghampost.co.uk/business/profits-shock-for-jjb-3967631",
         text="""Retailer JJB Sports stunned the City today by warning that annual profits could be as much as 25% short of forecasts.

The UK’s second-largest sports retailer indicated it was on course for a full-year profits haul of around #35 million, sharply lower than the #47 million pencilled in by some analysts.

Shares touched a two-year low after diving 15% in the wake of the trading update. Sports World owner Sports Direct also saw its shares fall today.

JJB said like-for-like sales fell 4.4% in the 26 weeks to July 29, meaning profits for the first half of its financial year would be #3.5 million short of hopes at around #8 million.

The most significant impact on revenues was felt in sales of replica shirts, as the company faced tough comparatives against the World Cup in 2006.

Shirt manufacturer Umbro also warned last week of a "disappointing" take up of new England jerseys during the key summer trading period.

However, JJB said it would be "prudent to assume" that the 26 weeks to January 27 will produce a result similar to a year earlier, when profits of around #27 million were achieved.

While conditions for all retailers have toughened in recent weeks, JJB drew attention to its strategy of allowing to adidas and Nike to operate stores within JJB sites.

Richard Ratner, a retail analyst at Seymour Pierce stockbrokers, said it appeared the arrangements were "not working as well as expected".

The company remains committed to working closely with the two brands, but said it wanted to find ways to optimise their presentation within its stores.

At the same time, it is seeking to increase the proportion of "own brand products". Examples of JJB’s own brands include Olympus, Patrick and Lotto.

JJB, which operates more than 400 stores in most towns and cities in the UK, said it was in discussions with a number of brands in order to acquire their UK distribution rights, enabling it to achieve a higher proportion of its retail revenues in future from this area.""",
         ents="""ORG: JJB Sports | JJB | Sports Direct | Umbro | adidas | Nike | Seymour Pierce
PER: Richard Ratner
LOC: City | UK | England
MISC: Sports World | World Cup | Olympus | Patrick | Lotto""",
         sentiments={"JJB Sports": "negative", "Sports Direct": "negative", "Umbro": "negative", "adidas": "neutral",
                     "Nike": "neutral", "Seymour Pierce": "neutral"},
         events=["earnings"]),

    dict(id="en14-q106fm-open-text-gxs", lang="en", split="heldout7", date="2013-11-05 (from the URL)",
         url="http://q106fm.com/news/articles/2013/nov/05/canadian-software-maker-open-text-to-buy-cloud-company-for-117-billion/",
         text="""On Air Now

Listen

Listen Live Now » 106.1 FM Lansing, Michigan

Weather

Current Conditions(Holt,MI 48842)

More Weather »
72° Feels Like: 72°
Wind: SW 0 mph Past 24 hrs - Precip: 0”
Current Radar for Zip

Today

Thunderstorms 84°

Tonight

Thunderstorms Early 67°

Tomorrow

AM Clouds/PM Sun 80°

Alerts

Canada's Open Text to buy cloud services company for $1.17 billion

(Reuters) - Canadian business software maker Open Text Corp said it would buy privately held cloud services company GXS Group Inc for $1.17 billion.

Open Text, whose customers include Microsoft Corp and Oracle Corp, makes software that helps companies manage documents and workflows.

Open Text has been pushing into the market for cloud computing services as businesses increasingly turn to cheaper services hosted over the Internet from proprietary software.

GXS has 40,000 customers who use its cloud services to launch products, pay accounts, make e-payments and run their supply chains.

Open Text said in a statement on Tuesday that it would pay about $1.07 billion of the deal amount in cash and $100 million in its common shares.

The deal price is 2.4 times GXS's fiscal 2012 revenue of $487 million.

GXS stockholders will own about 2.1-2.4 percent of Open Text's outstanding common shares after the deal is completed.

The deal, Open Text's fourth acquisition this year, is expected to close within 90 days and add to the company's adjusted earnings for the year ending June 2014.

Open Text has obtained a committed bank financing of up to $800 million from Barclays and RBC Capital Markets, and will finance the cash portion of the deal with the loan and cash on hand.""",
         boiler=["On Air Now", "Listen", "Listen Live Now » 106.1 FM Lansing, Michigan", "Weather",
                 "Current Conditions(Holt,MI 48842)", "More Weather »", "72° Feels Like: 72°",
                 "Wind: SW 0 mph Past 24 hrs - Precip: 0”", "Current Radar for Zip", "Today", "Thunderstorms 84°",
                 "Tonight", "Thunderstorms Early 67°", "Tomorrow", "AM Clouds/PM Sun 80°", "Alerts"],
         ents="""ORG: Open Text Corp | Open Text | GXS Group Inc | GXS | Reuters | Microsoft Corp | Oracle Corp | Barclays | RBC Capital Markets
LOC: Canada""",
         sentiments={"Open Text": "positive", "GXS Group": "neutral", "Microsoft": "neutral", "Oracle": "neutral",
                     "Barclays": "neutral", "RBC Capital Markets": "neutral"},
         events=["acquisition"]),

    dict(id="en14-newsmax-gm-toluca-engines", lang="en", split="heldout7", date="2011-01-20 (from the URL)",
         url="https://www.newsmax.com/finance/markets/gmtoinvest540millioninplantincentralmexico/2011/01/20/id/383405/",
         text="""General Motors said it is investing $540 million in its motor plant in central Mexico to build more fuel-efficient engines for the recovering North American automobile market.
"This confirms with facts the confidence in Mexico and the certainty of one of the most important companies in the world that Mexico is a safe and productive place to invest," Mexican President Felipe Calderon said at an event in the central industrial hub of Toluca, where GM operates one of its five facilities in the country.
Rising drug violence has worried some foreign companies with operations in Mexico.
The U.S. automobile market bounced back in 2010 from a four-year slump, and a 50 percent surge in Mexican vehicle production helped speed the recovery of Latin America's second-biggest economy out of a deep recession.
The move by GM, flush with cash after its 2009 restructuring in bankruptcy, follows other investments in recent years by American, European and Asian automakers, who are seeking to produce more fuel-efficient models in Mexico.
GM and other U.S. automakers are readying a new generation of small cars to address a weakness in their product line-up that cost them sales when gas prices spiked in 2008.
The new motor production line is being built at a plant where GM shuttered production of gas-guzzling trucks during the recession, Calderon noted.
© 2024 Thomson/Reuters. All rights reserved.""",
         boiler=["© 2024 Thomson/Reuters. All rights reserved."],
         ents="""ORG: General Motors | GM
PER: Felipe Calderon | Calderon
LOC: Mexico | Toluca | U.S. | Latin America""",
         sentiments={"General Motors": "positive"},
         events=["funding"]),

    dict(id="en14-newsaye-twilio-layoffs", lang="en", split="heldout7",
         date="2022-09 (approx., from the text: after the August third-quarter forecast, headcount given as of December 2021)",
         url="https://newsaye.com/twilio-a-san-francisco-technology-company-stopped-about-800",
         text="""[ad_1]
San Francisco-headquartered corporate communications technology giant Twilio is laying off 11 percent of its workforce as part of a broader company restructuring — a move that will eliminate more than 800 employees.
The amendment was approved by the company’s board of directors on Monday, according to an SEC filing published Wednesday, first reported by CNBC. In total, the company employs 7,867 people as of December 2021.
CEO Jeff Lawson wrote in a letter to Twilio employees — or Trillion — that Lawson will take responsibility for the company’s accelerated growth and the resulting round of layoffs. The tech industry has held back the pandemic-era expansion amid big economic headwinds and investor fears, which have led to layoffs and hiring penalties.
“Twilio has grown at an incredible pace over the past two years,” he wrote in the letter. “It was too fast, and we weren’t focusing enough on our company’s most important priorities.”
In August, Twilio issued third-quarter forecasts that missed analysts’ estimates, sending the stock lower. Lawson, speaking to CNBC, said the company is on track to become profitable by 2023.
Laid-off employees will receive 12 weeks of severance pay and an additional week for each year they worked at Twilio, Lawson said. Employees will also receive the full value of Twilio’s next stock vest. And in an unusual recognition of its workers on work visas, Lawson said the company would “provide more support to team members in the hope of minimizing disruption to them and their families.”
Twilio is a cloud communications company that provides messaging systems to businesses like Lyft, Netflix and Airbnb.
The company estimates the restructuring will cost between $70 million and $90 million.
[ad_2]
Source link""",
         boiler=["[ad_1]", "[ad_2]", "Source link"],
         ents="""ORG: Twilio | SEC | CNBC | Lyft | Netflix | Airbnb
PER: Jeff Lawson | Lawson
LOC: San Francisco""",
         sentiments={"Twilio": "negative", "Lyft": "neutral", "Netflix": "neutral", "Airbnb": "neutral"},
         events=["layoffs"]),

    dict(id="en14-mediapost-voi-50m", lang="en", split="heldout7", date="2018-11 (approx., from the comment dates on the page, November 23, 2018)",
         url="https://www.mediapost.com/publications/article/328423/smart-e-scooter-company-raises-50-million.html?edition=111886",
         text="""Smart E-Scooter Company Raises $50 Million

VOI Technology, a smart mobility startup that markets connected e-scooters in Europe, has raised $50 million for expansion into additional markets.

VOI, which already operates in markets including Stockholm and Madrid, collaborates with city authorities as it enters new markets.

“We strongly believe that using city streets and infrastructure to do business cannot be done without the full cooperation and support of the host city concerned,” stated the company’s funding announcement. “We decided to hold off launching in cities where regulation clearly states that we shouldn’t, whereas some of our competitors have launched anyway only to be kicked out 24 hours later.”

Investors include top executives from companies including Amazon, Tinder, King and Zillow.

Bird, another smart scooter company, recently raised $300 million, giving it an approximate $1 billion valuation. In another deal reportedly worth close to $100 million, the Ford Motor Company acquired the scooter-sharing company Spin.

Earlier this year, Uber acquired Jump, a connected bike and scooter-sharing startup.

2 comments about "Smart E-Scooter Company Raises $50 Million".
Check to receive email when comments are posted.
  1. R MARK REASBECK from www.USAonly.US , November 23, 2018 at 7:52 p.m.

    with the price of Euro-gas, this might make sense.
    Wonder if they have snow treads for about 4-6 months in Europe??
    I can see this on a college campus, but "fly-over" America will never
    even look at this.  Millennials who think this will save the planet will
    go for it till the temperature drops below 72.

  2. Chuck Martin from Chuck Martin replied, November 23, 2018 at 8:09 p.m.

    They are hot in the market, Mark. Not sure during snow conditions in New England, though most in the U.S. are in relatively friendly climates.

Next story loading loading..""",
         boiler=['2 comments about "Smart E-Scooter Company Raises $50 Million".',
                 "Check to receive email when comments are posted.",
                 "1. R MARK REASBECK from www.USAonly.US , November 23, 2018 at 7:52 p.m.",
                 "with the price of Euro-gas, this might make sense.",
                 "Wonder if they have snow treads for about 4-6 months in Europe??",
                 'I can see this on a college campus, but "fly-over" America will never',
                 "even look at this.  Millennials who think this will save the planet will",
                 "go for it till the temperature drops below 72.",
                 "2. Chuck Martin from Chuck Martin replied, November 23, 2018 at 8:09 p.m.",
                 "They are hot in the market, Mark. Not sure during snow conditions in New England, though most in the U.S. are in relatively friendly climates.",
                 "Next story loading loading.."],
         ents="""ORG: VOI Technology | VOI | Amazon | Tinder | King | Zillow | Bird | Ford Motor Company | Spin | Uber | Jump
LOC: Europe | Stockholm | Madrid""",
         sentiments={"VOI Technology": "positive", "Amazon": "neutral", "Tinder": "neutral", "King": "neutral",
                     "Zillow": "neutral", "Bird": "neutral", "Ford Motor Company": "neutral", "Spin": "neutral",
                     "Uber": "neutral", "Jump": "neutral"},
         events=["funding"]),

    dict(id="en14-globalventuring-symic-series-a", lang="en", split="heldout7",
         date="2015 (approx., from the text: the round follows the November 2013 and January 2014 seed money; not on the page)",
         url="https://staging.globalventuring.com/eli-lilly-leads-15m-symic-series-a",
         text="""US-based biotechnology company Symic Biomedical raised $15m yesterday in a series A round led by Lilly Ventures, the corporate venturing arm of drugs company Eli Lilly.
The round also featured Mitsui Global Investment, a corporate venturing subsidiary of diversified conglomerate Mitsui, as well as Danish state-backed Den Danske Forskningsfond, Ally Bridge Group, InCube Ventures, Purdue Foundry Investment Fund, Mission Bay Capital, QB3 Partners and undisclosed individual investors.
The company previously raised almost $1.4m in a January 2014 seed round, after securing $850,000 in November 2013, according to regulatory filings.
Symic is working on a new category of therapeutics which target the non-cellular part of tissue. It will use the series A funding to advance its lead programmes into clinical trials, and to support collaborative relationships with other companies.
Armen Shanafelt, general partner at Lilly Ventures, said: “Lilly Ventures is excited to lead this financing as we believe the new category of therapeutics being developed by Symic have tremendous potential in a wide variety of clinical applications.
“By targeting the extracellular matrix, a fundamental component of human biology, Symic’s compounds provide a unique approach to treatment that cannot be addressed by other therapeutic modalities.”""",
         ents="""ORG: Symic Biomedical | Symic | Lilly Ventures | Eli Lilly | Mitsui Global Investment | Mitsui | Den Danske Forskningsfond | Ally Bridge Group | InCube Ventures | Purdue Foundry Investment Fund | Mission Bay Capital | QB3 Partners
PER: Armen Shanafelt
LOC: US""",
         sentiments={"Symic Biomedical": "positive", "Lilly Ventures": "neutral", "Eli Lilly": "neutral",
                     "Mitsui Global Investment": "neutral", "Mitsui": "neutral", "Ally Bridge Group": "neutral",
                     "InCube Ventures": "neutral", "Purdue Foundry Investment Fund": "neutral",
                     "Mission Bay Capital": "neutral", "QB3 Partners": "neutral"},
         events=["funding"]),

    dict(id="en14-gulfnews-air-india-pilots-strike", lang="en", split="heldout7",
         date="2011-04 (approx., from the text: the strike of former Indian Airlines pilots (ICPA) against the Delhi High Court's stay; not on the page)",
         url="http://gulfnews.com/business/aviation/air-india-strikes-enter-day-two-1.800335",
         text="""New Delhi: There was no end to the sufferings of the passengers as strike by a section of Air India pilots entered the second day on Thursday.

Approximately 53 flights, including three Dubai, Kabul and Kathmandu bound flights, were cancelled Thursday as nearly 700 pilots of the erstwhile Indian Airlines, which was merged with Air India in 2007, continued to defy the court ban on their strike and appeals by the authorities to resume work.

The erstwhile Indian Airlines pilots want salary parity with those originally belonging to Air India. While Air India flied internationally, Indian Airlines covered domestic destinations besides some neighbouring countries.

Besides cancelling 53 flights, which followed cancellation of 50 flights Wednesday, some flights had to be rescheduled, causing great inconvenience to passengers.

The maximum impact of the strike is being witnessed in Delhi and Mumbai.

Private airlines are taking maximum advantage of the strike by abnormally hiking fares as Air India passengers queued outside their counters upon learning cancellation of their flights.

Air India management is now planning to use services of 150 management pilots to meet the crisis and fly bigger planes like Boeing 747 and Boeing 777. This will ensure fewer pilots are needed to accommodate maximum passengers, especially from Delhi and Mumbai.

Management pilots are senior pilots who have been tasked with administrative duties.

Delhi High Court had on Wednesday stayed the flash strike and instructed members of the Indian Commercial Pilots Association (ICPA) to resume work immediately, while slamming the authorities for turning a blind eye to the issue for close to two decades.

Air India management has sacked six ICPA leaders and has suspended two others. Besides it has derecognised ICPA and sealing its office.

The ministry for civil aviation is fully backing the Air India management.""",
         ents="""ORG: Air India | Indian Airlines | Delhi High Court | Indian Commercial Pilots Association | ICPA
LOC: New Delhi | Dubai | Kabul | Kathmandu | Delhi | Mumbai
MISC: Boeing 747 | Boeing 777""",
         sentiments={"Air India": "negative", "Indian Airlines": "neutral"},
         events=[]),

    dict(id="en14-timesofmalta-debenhams-christmas-warning", lang="en", split="heldout7", date="2014-01-02 (from the URL)",
         url="https://www.timesofmalta.com/articles/view/20140102/business-international/Debenhams-warns-on-profits-after-poor-Christmas.501077",
         text="""Debenhams, Britain’s second-largest department store by sales, warned profits would fall well short of market expectations after a hoped-for surge in last minute Christmas shopping failed to materialise, sending its shares slumping.

In an unscheduled trading statement, the retailer became the first to update the market on how it had fared over the key Christmas trading period, saying demand had been so poor it would now have to cut prices even further to clear stock, wiping £140 million off its market value.

Bad weather in the run-up to Christmas and a still cautious approach by many consumers to spending has sparked fears that retailers will struggle over the end of year trading, prompting many to slash prices to try and support sales.

With a weaker online offering and two strong competitors in John Lewis and Next, Debenhams has struggled to tap into the tentative economic recovery in Britain. The firm also said it would cease its share buyback programme.

“It looks like they’ve obviously had a very challenging Christmas period,” Numis analyst Andrew Wade said. “While this is obviously a very disappointing update, we don’t necessarily expect this to be repeated across the retail space.”

Shares in Debenhams, which started the day down 27 per cent on a year ago, were down 14 per cent to 72 pence at 1102 GMT.

Debenhams said it now expects profit before tax for the first half of its fiscal year to be in the region of £85 million, down from analyst forecasts of £112 million, according to Thomson Reuters data.

In the 17 weeks to December 28, it reported like-for-like sales of 0.1 per cent growth as demand for gifts, beauty and home products just offset the weak demand for clothing. The deep discounting is likely to knock gross margin for the first half by between 80 and 100 basis points, it said.""",
         ents="""ORG: Debenhams | John Lewis | Next | Numis | Thomson Reuters
PER: Andrew Wade
LOC: Britain""",
         sentiments={"Debenhams": "negative", "John Lewis": "neutral", "Next": "neutral", "Numis": "neutral"},
         events=["earnings"]),
]
