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
]
