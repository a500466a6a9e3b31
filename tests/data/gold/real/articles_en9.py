"""English real business articles (contracts, results, deals, share moves, lawsuits, funding), added after the
split: all development (``split="dev"``). Stored page text as delivered (see make_real.py for the format and the
annotation rules, including the sentiment conventions of the third session)."""

ARTICLES = [
    dict(id="en9-offshore-dsme-chevron", lang="en", split="dev",
         date="2022-01 (approx., from the text: the first week of the year, 2021 orders reported)",
         url="https://static-global.nhst.tech/offshore/dsme-bags-chevron-offshore-newbuilding-contract-worth-550m/2-1-1144162",
         text="""Daewoo Shipbuilding & Marine Engineering has clinched a KRW 656.1bn ($553m) offshore newbuilding order from US energy giant Chevron.
The South Korean shipbuilder said the contract is for a field control station for the Jansz-Io gas field off north-western Australia. It will be built at the Okpo Shipyard in Geoje and is due to be delivered by September 2025.
"For the first time since 2014, we succeeded in winning orders for offshore plants for two consecutive years," a DSME official said.
Last year, US-listed Eneti contracted the yard to build a wind turbine installation vessel, with an option for a second vessel.
DSME said this latest order takes its haul for the year to $970m, following an order for two LNG carriers.
The shipbuilder, the subject of a potential takeover by Hyundai Heavy Industries Holdings, said this is six times more than in the same period last year.
In the first week of the year, Maria Angelicoussis-led Maran Gas Maritime signed up to build two more LNG carrier newbuildings worth $420m.
The Angelicoussis Group is DSME's largest customer. It has ordered 114 ships from the yard since 1994.
DSME secured newbuilding orders worth $10.86bn in 2021 against its original target for the year of $7.7bn, according to an investor relations presentation on Monday.
Last year's haul included 55 commercial vessels worth $7.6bn: 20 containerships, 15 LNG carriers, 11 VLCCs and nine LPG carriers.
At the end of the year, DSME had an order backlog of 116 vessels worth $23.7bn, which included 32 container ships, 28 LNG carriers, 18 tankers and 12 LPG carriers.""",
         ents="""ORG: Daewoo Shipbuilding & Marine Engineering | DSME | Chevron | Eneti | Hyundai Heavy Industries Holdings | Maran Gas Maritime | Angelicoussis Group
PER: Maria Angelicoussis
LOC: US | Jansz-Io | Australia | Okpo Shipyard | Geoje""",
         sentiments={"Daewoo Shipbuilding & Marine Engineering": "positive", "Chevron": "neutral", "Eneti": "neutral",
                     "Hyundai Heavy Industries Holdings": "neutral", "Maran Gas Maritime": "neutral",
                     "Angelicoussis Group": "neutral"},
         events=["partnership"]),

    dict(id="en9-sbs-austal-patrol-boats", lang="en", split="dev", date="2015-12-14 (from the URL)",
         url="http://www.sbs.com.au/news/article/2015/12/14/shipbuilder-austal-gets-63m-contract",
         text="""Ship builder Austal has won a $63 million contract to build two Cape class patrol boats for use by Defence.
The fresh contract could help extend its Cape class program, under which the company has so far built eight patrol vessels, which are currently being used by the Australian Border Force.
The two boats under the new order will be delivered in mid-2017 and are to be chartered to the Department of Defence for a minimum term of three years.
Austal was awarded the contract by National Australia Bank, and holds the option of buying back the ships at an agreed price if Defence returns them after three years.
It will also provide in-service support for the vessels.
Earlier this year, the ship builder announced it would shed 300 jobs at its Henderson ship yard south of Perth by early 2016, with the Cape class contract entering its final phase.
Austal shares slid by nearly a third last week as the company downgraded its earnings margin for US shipbuilding due to delays in the progress of its Littoral Combat Ship (LCS) program.
Austal announced its FY 2016 earnings from its US shipyard are expected to be lower than in fiscal 2015.
At 1135 AEDT, Austal shares were trading 3.5 cents or 2.2 per cent lower, at $1.59 each.""",
         ents="""ORG: Austal | Defence | Australian Border Force | Department of Defence | National Australia Bank
LOC: Henderson | Perth | US
MISC: Cape class | Littoral Combat Ship | LCS""",
         sentiments={"Austal": "mixed", "National Australia Bank": "neutral"},
         events=["partnership"]),

    dict(id="en9-thestreet-newmont-goldcorp", lang="en", split="dev",
         date="2019-01-14 (approx.: the Monday of the announcement, from the text)",
         url="https://www.thestreet.com/investing/stocks/newmont-nabs-goldcorp-in-10-billion-gold-mining-takeover-14832504",
         text="""Newmont Mining Corp. (NEM - Get Report) said Monday that it's agreed to an all-share takeover of Goldcorp Inc.  (GG) that values its Canadian rival at around $10 billion.

Newmont said it will pay Goldcorp investors 0.328 of Nemont shares for each outstanding Goldcorp share, a ratio that translates to a 17% premium to the 20-day volume weighted average of each of the company's stock. With the inclusion of debt, the enterprise value of the deal is pegged at around $12.5 billion, with Newmont holding around 65% of the combined entity.

"This combination will create the world's leading gold business with the best assets, people, prospects and value-creation opportunities," said Newmont CEO Gary Goldberg. "We have a proven strategy and disciplined implementation plan to realize the full value of the combination, including an exceptional pool of talented mining professionals, stable and profitable gold production of six to seven million ounces over a decades-long time horizon, the sector's largest gold Reserve and Resource base, and a leading project and exploration pipeline."

Goldcorp shares closed higher by 7.1% to $10.38 in trading on Monday, while Newmont slumped 8.9% to $31.78.

Newmont Mining CEO Goldberg will stay on with the group until the deal with Goldcorp is closed, which the companies hope will happen in the second quarter of this year, but will then retire from the company and make way for current Newmont President and chief operating officer Tom Palmer to server as CEO of the combined group.

Spot gold prices have risen more than 10.2% since mid-August, outpacing the broader decline in the U.S. dollar index, a benchmark of the greenback against a baskets of six global currencies, which has fallen around 1% over the same period. 

Newmont and Goldcorp mined a collective total of 7.9 million ounces of gold last year, the companies said, and will control 75% of proven gold reserves in North and South America, a figure that could trigger scrutiny from""",
         ents="""ORG: Newmont Mining Corp. | Newmont Mining | Newmont | Nemont | Goldcorp Inc. | Goldcorp
PER: Gary Goldberg | Goldberg | Tom Palmer
LOC: U.S. | North and South America""",
         sentiments={"Newmont Mining Corp.": "mixed", "Goldcorp Inc.": "positive"},
         events=["acquisition", "leadership_change"]),

    dict(id="en9-splash247-philly-shipyard-rock-vessel", lang="en", split="dev",
         date="2022 (approx., from the text: deliveries expected from Q4 2024)",
         url="https://splash247.com/philly-shipyard-to-build-jones-act-compliant-offshore-wind-subsea-rock-installation-vessel/",
         text="""Philly Shipyard has won a contract from Great Lakes Dredge & Dock Company, LLC to construct one Jones Act compliant subsea rock installation vessel, the first such ship to enter the US offshore wind market.

The deal is worth approximately $197m. Great Lakes retains a right of first refusal on a second ship, and if both ships are ordered, the total contract value would be around $382m.

The contract win is the shipyard’s first in the US offshore wind sector.

“Philly Shipyard has a long-standing position as the leading US commercial shipyard for tankers and container ships, and we are making inroads into government projects – both new builds and repairs. This win now carves a path into the expanding offshore wind market,” said Steinar Nerbovik, president and CEO, Philly Shipyard.

Designed by Ulstein, the vessel can carry and install up to 20,000 tonnes of rock, laying a foundation for the wind farm monopiles. Delivery of the first vessel is expected in Q4 2024, with the second, if awarded, being delivered in Q4 2025.""",
         ents="""ORG: Philly Shipyard | Great Lakes Dredge & Dock Company, LLC | Great Lakes | Ulstein
PER: Steinar Nerbovik
LOC: US
MISC: Jones Act""",
         sentiments={"Philly Shipyard": "positive", "Great Lakes Dredge & Dock Company, LLC": "neutral",
                     "Ulstein": "neutral"},
         events=["partnership", "expansion"]),

    dict(id="en9-sharesmagazine-bonmarche-warning", lang="en", split="dev",
         date="2018-10 (approx., from the text: the hot September and the new CEO's first update)",
         url="http://sharesmagazine.co.uk/news/shares/bonmarche-wilts-in-the-heat",
         text="""Women's value fashion purveyor Bonmarche (BON) slumps the best part of 25% to 86.5p after posting yet another profit warning.
The latest earnings miss is blamed on September's unseasonably hot weather combined with a more challenging UK clothing market.
In July, the Wakefield-based retailer reported disappointing first quarter sales figures, down 8.1% on a like-for-like basis, yet left full-year guidance unchanged on the assumption trading conditions normalised through the autumn season.
Today, new CEO Helen Connolly concedes 'trading in September has been extremely poor, largely as a consequence of the unseasonably hot weather which has not favoured sales of our new autumn ranges.'
She adds: 'We currently estimate that the store like-for-like sales result for the second quarter will be approximately -8%, and the like-for-like sales for the first half-year will also be approximately -8%.'
One minor crumb of comfort is the recent heatwave enabled Bonmarche to shift residual summer stock and will result in 'an end of season summer stock holding which is below last year's level, despite the generally poor summer season.'
Bonmarche is bracing itself for a tougher second half and lowers full-year profit before tax guidance (again) to a range of between £5 million and £7 million.
Expecting to close the first half year with £9 million net cash in the coffers, Bonmarche does promise to hold the half-time dividend at 2.5p.
'I was attracted to Bonmarche by its potential to grow as a business serving the 50-plus women's value clothing market. My early impressions of the business have underpinned this, and I am currently formulating my plans for the future,' says the new CEO.
'The direction of travel is right, but the effectiveness of execution needs to improve.
'My plans are therefore likely to focus on improving the clarity of the customer proposition and operational improvements in all channels rather than a major strategic repositioning,' adds Connolly, who is also confi""",
         ents="""ORG: Bonmarche
PER: Helen Connolly | Connolly
LOC: UK | Wakefield""",
         sentiments={"Bonmarche": "negative"},
         events=["earnings"]),

    dict(id="en9-financialexpress-equinox-leagold", lang="en", split="dev",
         date="2019-12-16 (from the URL's timestamp; \"said on Monday\")",
         url="https://mail.thefinancialexpress.com.bd/public/economy/global/equinox-to-buy-leagold-for-about-578m-1576508237",
         text="""Canada’s Equinox Gold Corp will buy rival Leagold Mining Corp for C$769.3 million ($578.38 million), the company said on Monday, the latest consolidation in the industry that has seen deals worth $30.5 billion so far this year, reports UNB.
Led by top producers Newmont Goldcorp Corp and Barrick Gold Corp, miners are bulking up to replace dwindling reserves and win back investors who in recent years shunned the sector because of disappointing returns.
The offer, which implies a no-premium consideration of C$2.70 per share, will help Equinox add Leagold’s four mines in Mexico and Brazil to its own California-Brazil focused portfolio.
Leagold shareholders will get 0.331 of an Equinox share for each share they own and will hold 45 per cent of the combined company, Equinox said.
The deal is expected to close in the first quarter of 2020.
In a related development, London’s Centamin Plc earlier on Monday agreed to assess the feasibility of a merger with Canada’s Endeavour Mining Corp, having earlier rejected a 1.47 billion pound ($1.89 billion) all-stock takeover proposal as inadequate.""",
         ents="""ORG: Equinox Gold Corp | Equinox | Leagold Mining Corp | Leagold | UNB | Newmont Goldcorp Corp | Barrick Gold Corp | Centamin Plc | Endeavour Mining Corp
LOC: Canada | Mexico | Brazil | California | London""",
         sentiments={"Equinox Gold Corp": "positive", "Leagold Mining Corp": "neutral", "Newmont Goldcorp Corp": "neutral",
                     "Barrick Gold Corp": "neutral", "Centamin Plc": "neutral", "Endeavour Mining Corp": "neutral"},
         events=["acquisition"]),

    dict(id="en9-daijiworld-bayer-roundup-verdict", lang="en", split="dev",
         date="2024-01-30 (approx.: \"Jan 30\" from the dateline, year from the Philadelphia verdict it reports)",
         url="https://daijiworld.com./news/newsDisplay?newsID=1163306",
         text="""Bayer shares slump after court order to pay $2.25 bn in damages


San Francisco, Jan 30 (IANS): The shares of German pharmaceutical and agricultural company Bayer have plummeted after the court ordered it to pay $2.25 billion in damages, the highest amount yet in its ongoing lawsuit over an alleged carcinogenic effect of its Roundup weedkiller.

On Monday, Bayer shares fell 4.77 per cent to EUR30.78, bringing the stock's three-month decline to more than 24 per cent, reports the Wall Street Journal.

The company said that a jury in a Philadelphia court last week sided with the plaintiff and ordered it to pay $250 million in compensatory damages and $2 billion in punitive damages.

The company said it plans to appeal the decision, the report mentioned.

"We disagree with the jury's adverse verdict that conflicts with the overwhelming weight of scientific evidence and worldwide regulatory and scientific assessments, and believe that we have strong arguments on appeal to get this verdict overturned," a spokesman for Bayer was quoted as saying.

The company claimed to have a solid track record in roundup litigation, having won 10 of the last 16 cases at trial.

 

  

Top Stories


Leave a Comment

Title: Bayer shares slump after court order to pay $2.25 bn in damages



You have 2000 characters left.

Disclaimer:

Please write your correct name and email address. Kindly do not post any personal, abusive, defamatory, infringing, obscene, indecent, discriminatory or unlawful or similar comments. Daijiworld.com will not be responsible for any defamatory message posted under this article.

Please note that sending false messages to insult, defame, intimidate, mislead or deceive people or to intentionally cause public disorder is punishable under law. It is obligatory on Daijiworld to provide the IP address and other details of senders of such comments, to the authority concerned upon request.

Hence, sending offensive comments using daijiworld will be purely at your own""",
         boiler=["Top Stories", "Leave a Comment", "Title: Bayer shares slump after court order to pay $2.25 bn in damages",
                 "You have 2000 characters left.", "Disclaimer:",
                 "Please write your correct name and email address. Kindly do not post any personal, abusive, defamatory, infringing, obscene, indecent, discriminatory or unlawful or similar comments. Daijiworld.com will not be responsible for any defamatory message posted under this article.",
                 "Please note that sending false messages to insult, defame, intimidate, mislead or deceive people or to intentionally cause public disorder is punishable under law. It is obligatory on Daijiworld to provide the IP address and other details of senders of such comments, to the authority concerned upon request.",
                 "Hence, sending offensive comments using daijiworld will be purely at your own"],
         ents="""ORG: Bayer | IANS | Wall Street Journal
LOC: San Francisco | Philadelphia
MISC: Roundup""",
         sentiments={"Bayer": "negative"},
         events=["legal"]),

    dict(id="en9-foodmate-boston-beer-forecast", lang="en", split="dev",
         date="2012-12 (approx., from the URL; the text reports third-quarter figures)",
         url="http://news.foodmate.com/201212/news_11261.html",
         text="""Boston Beer (SAM) raised its full-year profit forecast and said it expects strong sales and earnings growth in the coming year, based on rising shipment volumes.
The maker of Samuel Adams brand beers and flavored malt beverages is among a select group of top-rated alcoholic beverage makers, most of them located outside the U.S.
The beer maker said it now expects full-year earnings per share of $4.30 to $4.60, up from $3.80 to $4.20 earlier.
Implied fourth quarter EPS is $1.15 to $1.45, the midpoint of $1.30 easily topping consensus of six analysts polled by Thomson Reuters for $1.12 a share.
Boston Beer shares soared 15% to 131.76 in Thursday afternoon trading.
Its stock sports a 90 IBD Composite Rating, meaning it's outperformed 90% of all stocks.
Earnings per share rose at a double-digit rate every quarter but one in the last year, while sales rose 10% to 23% every quarter. Its stock has climbed well above its 200-day average and continues to trend above its 50-day as well.
Other top-rated companies in the Beverages-Alcoholic group, ranked a strong 71 on IBD's list of 197 industry groups, include Brazil's Companhia de Bebidas das Americas (ABV), or AmBev, with a 94 Composite Rating. U.K.-based Diageo (DEO), maker of Smirnoff vodka, Johnnie Walker whiskey and other beverages, has an 89 rating. AmBev rose less than 1% Thursday and Diageo fell less than 1%.
Belgium-based Anheuser Busch Inbev (BUD), which brews up Budweiser, Stella Artois and Beck's brand beers, has a 91 rating. Inbev dipped 0.7%.
In the U.S., Molson Coors Brewing (TAP), which sells under Coors, Keystone, Molson and other brands and has an 81 Composite Rating, edged down fractionally.
Among the weakest in the group is Portland, Ore.-based Craft Brewing Alliance (BREW), which sells beers under the Redhook, Widmer Brothers and other brands and has a 24 Composite Rating. Shares jumped 4.6% to 6.67 a share Thursday after it reported better-than-expected third-quarter sales.""",
         ents="""ORG: Boston Beer | Thomson Reuters | IBD | Companhia de Bebidas das Americas | AmBev | Diageo | Anheuser Busch Inbev | Inbev | Molson Coors Brewing | Craft Brewing Alliance
LOC: U.S. | Brazil | U.K. | Belgium | Portland | Ore.
MISC: Samuel Adams | IBD Composite Rating | Smirnoff | Johnnie Walker | Budweiser | Stella Artois | Beck's | Coors | Keystone | Molson | Redhook | Widmer Brothers""",
         sentiments={"Boston Beer": "positive", "Thomson Reuters": "neutral", "IBD": "neutral",
                     "AmBev": "positive", "Diageo": "mixed",
                     "Anheuser Busch Inbev": "mixed", "Molson Coors Brewing": "mixed", "Craft Brewing Alliance": "mixed"},
         events=["earnings"]),

    dict(id="en9-rte-heineken-q3", lang="en", split="dev", date="2015-10-28 (from the URL)",
         url="https://www.rte.ie/news/business/2015/1028/737904-heineken-results",
         text="""Heineken, the world's third-largest brewer, today said revenues and beer volumes grew by more than expected in the third quarter, driven by strong sales across the Americas and by a warmer summer in much of Europe.
The Dutch brewer, whose Heineken lager is Europe's top seller, said revenues grew 8% in the third quarter to €5.51 billion.
This was ahead of a Reuters poll of 10 analysts which had produced an average forecast of €5.31 billion.
Heineken has benefited from a steady recovery in Europe and growth of sales and margins in emerging markets, such as Vietnam and Mexico.
However, its performance has been overshadowed in recent weeks by global leader AB InBev's impending takeover of world number two SABMiller.
Heineken's shares have risen some 36% so far this year, the strongest gain in the sector, even considering the recent jump in SABMiller stock due to AB InBev's approaches.
Heineken said it sold far more beer in Mexico and Brazil and also succeeded in shifting consumers to the higher-priced Heineken lager.
In Europe, volumes rose 7% largely due to better weather, such as higher temperatures in France and Italy and compared with 2014 when Austria, for example, was hit by flooding.
Heineken maintained its forecast of revenue growth, with volumes rising at a slower pace than in 2014 and weighted more to the second half.
The company also targets annual improvements in operating margin of 40 basis points, although said it would not achieve this in 2015 due to the disposal of its Mexican packaging business.
However, it now saw slightly lower tax and interest rates, while the positive translational impact of exchange rates would be reduced.
For operating profit the benefit would be about €75m this year, down from the €130m previously predicted.""",
         ents="""ORG: Heineken | Reuters | AB InBev | SABMiller
LOC: Americas | Europe | Vietnam | Mexico | Brazil | France | Italy | Austria
MISC: Heineken lager""",
         sentiments={"Heineken": "positive", "AB InBev": "neutral", "SABMiller": "neutral"},
         events=["earnings"]),

    dict(id="en9-checkout-molson-coors-q2", lang="en", split="dev",
         date="2024-08-06 (approx., from the text: second-quarter 2024 results released on a Tuesday)",
         url="https://checkout.ie/drinks/molson-coors-tops-q2-results-on-strong-beer-demand-in-europe-and-asia-212268",
         text="""Molson Coors beat Wall Street expectations for second-quarter sales and profit on Tuesday.
Revenue was driven by strong demand for the brewer’s premium Coors Light and Miller Lite beers in the European and Asian regions.
Shares of the beer maker rose 2.7% in premarket trading.
Molson Coors, like Corona beer maker Constellation Brands, is seeing that customers are more than willing to spend on their favourite beers since they have started to cut back spending on wine and spirits to save money.
The Europe, Middle East and Africa regions along with its Asia-Pacific region saw a 2% increase in volumes during the second quarter.
However, America’s brand volumes fell 7.3% mainly due to lower sales of its premium brands, which became more expensive following attempts to pass on rising costs to customers.
The company’s second-quarter net sales fell 0.4% to $3.25 billion, compared to analysts’ expectations of $3.18 billion, according to estimates from the London Stock Exchange Group.
Molson Coors’ underlying profit came in at $1.92 per share, beating estimates of $1.68.
The company still expects full-year 2024 net sales to rise in the low single-digit percentage range and underlying profit to grow in the mid-single-digit percentage range.
Read More: AB InBev Outshines Peers As Profit Growth Beats Forecast""",
         boiler=["Read More: AB InBev Outshines Peers As Profit Growth Beats Forecast"],
         ents="""ORG: Molson Coors | Constellation Brands | London Stock Exchange Group
LOC: Europe | Middle East | Africa | Asia-Pacific | America
MISC: Coors Light | Miller Lite | Corona""",
         sentiments={"Molson Coors": "positive", "Constellation Brands": "neutral", "London Stock Exchange Group": "neutral"},
         events=["earnings"]),

    dict(id="en9-nbcdfw-american-airlines-furloughs", lang="en", split="dev",
         date="2020-08-25 (approx., from the text: the Tuesday letters announcing 19,000 furloughs before the end of September)",
         url="https://www.nbcdfw.com/news/business/north-texas-based-pilots-flight-attendants-unions-react-to-american-airlines-job-cuts/2432604/",
         text="""Local Pilots, Flight Attendant Unions React to American Airlines Job Cuts

Union leaders seek federal relief to avoid cuts

NBCUniversal, Inc.

American Airlines shared grim news with employees Tuesday. Furloughs or separation from the company will hit 19,000 workers unless Congress extends CARES Act funding before the end of September to provide more relief from the coronavirus pandemic.

The announcement came Tuesday in letters from top American Airlines officials to employees.

Of 17,500 union workers slated to be furloughed around the company’s network, more than 8,000 are flight attendants.

If you have trouble viewing this document, click here to open it in a new window.

“The news is nothing short of devastation. The numbers are increased by a lot compared to what they thought they would be,” said Paul Hartshorn Jr. with the Association of Professional Flight Attendants.

Dallas-Fort Worth Airport is American’s largest hub. The company moved into a new Fort Worth headquarters building less than a year ago. 

All those American Airlines workers spend money that trickles down to support other North Texas jobs. So union leaders argue it is not just airline employees who should be alarmed by Tuesday’s announcement.

“We are at the epicenter of a lot of other jobs and that’s why the CARES Act extension of that investment is so important. We just need a little more time and we’ll get there,” said Capt. Dennis Tajer, a spokesman for the Allied Pilots Association. The pilots’ union is based in Fort Worth.

If you have trouble viewing this document, click here to open it in a new window.

In addition to the 17,500 union workers, another 1,500 management and support staff people are to be involuntarily separated by the end of September.

“This has the potential to reach way beyond the aviation industry and truly devastate the economy,” Hartshorn said. The flight attendants’ union is based in Euless.

The planned job cuts come after 23,000 ot""",
         boiler=["NBCUniversal, Inc.", "If you have trouble viewing this document, click here to open it in a new window."],
         ents="""ORG: American Airlines | American | Congress | Association of Professional Flight Attendants | Allied Pilots Association
PER: Paul Hartshorn Jr. | Hartshorn | Dennis Tajer
LOC: Dallas-Fort Worth Airport | Fort Worth | North Texas | Euless
MISC: CARES Act""",
         sentiments={"American Airlines": "negative"},
         events=["layoffs"]),

    dict(id="en9-myinstabiz-southwest-bases", lang="en", split="dev",
         date="2024-05 (approx., from the text: closures effective July 1 after last month's corporate cuts; a machine-reworded copy)",
         url="https://myinstabiz.com/united-states/southwest-airlines-closing-2-much-more-workers-bases-in-cost-cutting-press",
         text="""A Southwest Airlines airplane at a gateway at Austin-Bergstrom International Airport in Austin, Texas,Feb 16, 2023.
Jordan Vonderhaar|Bloomberg|Getty Images
Southwest Airlines is shutting 2 much more workers foundation in the course of its cost-cutting press that has really likewise caused its very first mass discharges in its higher than half a century of flying.
The airline firm is shutting workers bases at Florida’s Fort Lauderdale-Hollywood International Airport and at Texas’ Austin-Bergstrom International Airport, based on a steward union memorandum.
“While the Company is within its rights to make this decision, it is not without impact on Flight Attendants,” acknowledged TWU Local 556 President Bill Bernal.
He acknowledged the union and enterprise consented to relocate the closure again one month, making it dependable on July 1.
“This allows affected Members more time to make arrangements for this change in their professional and personal lives,” Bernal acknowledged.
The flight terminals are supposed satellite tv for pc bases for steward, not pilots, and smaller sized than its main bases.
A Southwest consultant acknowledged the supplier opened up the bases in very early 2018 which the 280 steward that may definitely be impacted can transfer to the 12 main bases.
“This change will ultimately help strengthen our Crew network and support a more reliable operation for our Employees and Customers,” the airline firm acknowledged in a declaration.
The Dallas- primarily based supplier has really been decreasing unlucrative programs, impacting quite a few front-line employees, consisting of inAtlanta Last month, the airline firm acknowledged it was will definitely cut back 15% of enterprise staff, or 1,750 people, that would definitely wait regarding $210 million this yr.
The relocates adopted the airline firm cleared up in 2015 with activist financier Elliott Investment Management, which received 5 Southwest board seats, besides management. The firm ha""",
         boiler=["A Southwest Airlines airplane at a gateway at Austin-Bergstrom International Airport in Austin, Texas,Feb 16, 2023.",
                 "Jordan Vonderhaar|Bloomberg|Getty Images"],
         ents="""ORG: Southwest Airlines | Southwest | TWU Local 556 | Elliott Investment Management
PER: Bill Bernal | Bernal
LOC: Florida | Fort Lauderdale-Hollywood International Airport | Texas | Austin-Bergstrom International Airport | Dallas""",
         sentiments={"Southwest Airlines": "negative", "Elliott Investment Management": "neutral"},
         events=["layoffs"]),

    dict(id="en9-pymnts-lydia-tencent-round", lang="en", split="dev",
         date="2020-01-15 (from the text: \"Wednesday (Jan. 15)\"; year from the URL)",
         url="https://pymnts.com/news/investment-tracker/2020/tencent-leads-funding-round-france-p2p-app-lydia",
         text="""French payments startup Lydia closed a $45 million (40 million euro) series B round led by Tencent, with participation from existing investors CNP Assurances, XAnge and New Alpha, TechCrunch reported Wednesday (Jan. 15).
The mobile payment app company — similar to Square Cash or Venmo — has attracted users in excess of 3 million in France, with 25 percent falling between the ages of 18 and 30 years old. The startup adds about 5,000 new users daily.
“At first, we wanted to raise less, but we ended up raising more,” Lydia Co-Founder and CEO Cyril Chiche told TechCrunch.
The company recently introduced a marketplace offering other financial products. For example, Lydia users can instantly borrow up to 1,000 euros ($1,115) and buy phone insurance. Users are also offered free credit for opening a bank account, comparing internet providers and more.
“We have an ambitious goal, which is turning Lydia into a mobile financial service app,” Chiche said.
“Tencent is also the No. 1 player in the video game industry, and there’s no industry with as much user engagement,” he added.
The company has moved beyond peer-to-peer (P2P) payment, helping users manage their money in real time. Multiple Lydia accounts can be created so people can separate funds earmarked for different purposes. Accounts can also be shared among users.
The company said it doesn’t want to replace banks; instead it wants to build a meta-banking app and become a financial hub.
Between 2017 and 2019, Lydia grew to 3 million users from 300,000 with only a few dozen employees. The company now employs over 90 people. Most of Lydia’s users are in France, where it the app is the mobile payment leader, however, the service is also available in Ireland, Spain, Portugal and the U.K.
Lydia was launched in July 2013 by Chiche and Antoine Porte. Prior to this funding round, Lydia raised $29.2 million in four funding rounds.""",
         ents="""ORG: Lydia | Tencent | CNP Assurances | XAnge | New Alpha | TechCrunch
PER: Cyril Chiche | Chiche | Antoine Porte
LOC: France | Ireland | Spain | Portugal | U.K.
MISC: Square Cash | Venmo""",
         sentiments={"Lydia": "positive", "Tencent": "neutral", "CNP Assurances": "neutral", "XAnge": "neutral",
                     "New Alpha": "neutral"},
         events=["funding"]),

    dict(id="en9-bbc-hmv-takeover-approach", lang="en", split="dev",
         date="2006-02 (approx., from the text: after HMV's Christmas 2005 trading and half-year to 29 October)",
         url="https://bbctodays.pages.dev/2/hi/business/4661686.stm",
         text="""Shares in music retailer HMV have jumped by 17% after the group confirmed it had received a takeover approach. HMV refused to reveal the name of the potential suitor, but media reports have said private equity group Permira is behind the offer.
According to the reports, Permira has hired Merrill Lynch to advise it on a possible �800m ($1.4bn) takeover.
The news saw HMV's shares recover from lows hit last week after the retailer reported a fall in sales and profits.
Shares in the group had been languishing at two-year lows after it posted a 2.7% drop in like-for-like sales during the key Christmas period, down from a 6.4% rise a year ago.
It also revealed pre-tax profits had fallen fell to �0.2m for the 26 weeks to 29 October, down from �10.5m last year.
Tough market
Analysts blamed online competition and aggressive supermarket pricing policies for HMV's festive troubles.
European-based Permira is no stranger to UK buyouts. In 2001 in bought DIY chain Homebase - which was later sold on to Argos-owner GUS - and in 2003 it snapped up the Travel Lodge hotel business and roadside restaurant chain Little Chef.
In a statement, HMV said it had "received a preliminary approach from a third party which may or may not lead to an offer being made".
The news saw its shares close 27.75 pence higher at 192p.""",
         ents="""ORG: HMV | Permira | Merrill Lynch | Homebase | Argos | GUS | Travel Lodge | Little Chef
LOC: UK""",
         sentiments={"HMV": "mixed", "Permira": "neutral", "Merrill Lynch": "neutral", "Homebase": "neutral",
                     "Argos": "neutral", "GUS": "neutral", "Travel Lodge": "neutral", "Little Chef": "neutral"},
         events=["acquisition"]),

    dict(id="en9-bnnbloomberg-talktalk-toscafund", lang="en", split="dev",
         date="2020-10-08 (approx., from the text: a Thursday, offer deadline Nov. 5, (c)2020)",
         url="https://www.bnnbloomberg.ca/talktalk-says-it-s-considering-take-private-offer-from-toscafund-1.1505336",
         text="""(Bloomberg) -- Talktalk Telecom Group Plc said it received a preliminary non-binding offer from Toscafund Asset Management LLP of 97 pence per share to take it private, valuing the company at about 1.11 billion pounds ($1.4 billion).

TalkTalk’s board has agreed to consider the proposal, the company said in a statement Thursday. Toscafund is required to make a formal offer or drop the approach by Nov. 5, according to U.K. takeover rules.

Shares of TalkTalk, an internet service provider, jumped almost 18% to 97.5 pence on the news, slightly exceeding the offer price, marking their biggest intraday gain for eight years.

A spokesman for the company declined to provide further comment. A representative for Toscafund did not immediately respond to requests for comment.

Toscafund is the company’s second-largest shareholder behind TalkTalk co-founder and chairman Charles Dunstone. The London-based investment fund already owns 29% of the company, slightly less than Dunstone’s 29.9%, according to data compiled by Bloomberg. A further 11% is owned by co-founder David Ross.

TalkTalk rejected a 135 pence-per-share approach from Toscafund last year. The stock has lost more than half its value over the last three years.

Salford, England based-TalkTalk has 4.2 million customers, according to its latest annual report. It uses the infrastructure of other networks, mainly BT Group Plc, to sell consumer and business broadband.

©2020 Bloomberg L.P.""",
         boiler=["©2020 Bloomberg L.P."],
         ents="""ORG: Bloomberg | Talktalk Telecom Group Plc | TalkTalk | Toscafund Asset Management LLP | Toscafund | BT Group Plc
PER: Charles Dunstone | Dunstone | David Ross
LOC: U.K. | London | Salford | England""",
         sentiments={"Talktalk Telecom Group Plc": "positive", "Toscafund Asset Management LLP": "neutral",
                     "BT Group Plc": "neutral"},
         events=["acquisition"]),
]
