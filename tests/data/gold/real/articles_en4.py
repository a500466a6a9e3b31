"""English real business articles (acquisitions, layoffs, contracts, bankruptcies, funding, leadership, results),
added after the split: development only (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules).
"""

ARTICLES = [
    dict(id="en4-brecorder-cisco-acacia", lang="en", split="dev",
         date="2021-01-14 (approx., from the text: a Thursday, deal to close by the end of Q1 2021)",
         url="https://www.brecorder.com/news/40051566/acacia-agrees-to-ciscos-increased-offer-of-45bn",
         text="""Acacia agrees to Cisco's increased offer of $4.5bn
- The revised deal for $115 per share in cash represents a premium of about 33% to Acacia's last closing price on Wednesday.
- Acacia had earlier agreed to a $2.84 billion offer from Cisco, but it terminated the agreement, citing failure to obtain China's approval within the originally agreed time frame.
Optical component maker Acacia Communications Inc on Thursday agreed to Cisco Systems Inc's increased offer of $4.5 billion, days after the network gear maker took the legal route against Acacia for terminating a previous deal.
The revised deal for $115 per share in cash represents a premium of about 33% to Acacia's last closing price on Wednesday.
Acacia had earlier agreed to a $2.84 billion offer from Cisco, but it terminated the agreement, citing failure to obtain China's approval within the originally agreed time frame. This resulted in Cisco seeking a court order asking Acacia to close the deal for the agreed amount.
Shares of Acacia jumped 31.5%, while Cisco slipped 0.5%.
The companies expect to complete the deal by the end of the first quarter of 2021.""",
         ents="""ORG: Acacia Communications Inc | Acacia | Cisco Systems Inc | Cisco
LOC: China""",
         sentiments={"Acacia Communications": "positive", "Cisco Systems": "mixed"},
         events=["acquisition"]),

    dict(id="en4-trend-hp-eds", lang="en", split="dev",
         date="2008-05-13 (approx., from the text: a Tuesday, preliminary Q2 2008 figures, closing in H2 2008)",
         url="https://en.trend.az/business/economy/1198489.html",
         text="""US personal computer giant Hewlett-Packard has reached a deal to buy Electronic Data Systems Corp (EDS) for 13.9 billion dollars, the two companies disclosed Tuesday, dpa reported.
In a joint statement, the two sides said that the boards of HP and EDS had unanimously approved the deal, which prices EDS at 25 dollars per share.
They said they expected to complete the transaction during the second half of 2008 in a move that would then more than double HP's revenues.
The final price tag was somewhat higher than the 12 billion dollars which had been widely reported as the possible takeover cost during the past few days. It represented a 32.5-per-cent premium over the EDS share price prior to the deal's announcement.
The deal is seen as a way for HP to bolster its attempts to compete with IBM in the lucrative race to provide technology consulting and outsourcing for large enterprises.
Soon after disclosing the deal, Palo Alto, California-based HP also reported its preliminary second-quarter business figures, showing revenues of 28.3 billion dollars, up over 10 per cent from 25.5 billion dollars in the same period of 2007.
The transaction, which is expected to close in the second half of this year, has been approved by the boards of both companies.
HP said in a statement Tuesday that it intended to make EDS a separate business group that would remain in Plano, Texas headed by current EDS chairman and chief executive Ronald A Rittenmeyer.
"This reinforces our commitment to help customers manage and transform their technology to achieve better results," Mark V Hurd, the company's chief executive, said of the acquisition.
The EDS deal is HP's largest acquisition since it controversially bought rival computer maker Compaq for 20 billion dollars in 2002. It comes amid a flurry of buyout activity in the technology sector as mature companies attempt to use the cash reserves to buy companies whose stock price is low, to provide them with growth.
Microsoft recently withdrew from""",
         ents="""ORG: Hewlett-Packard | HP | Electronic Data Systems Corp | EDS | dpa | IBM | Compaq | Microsoft
PER: Ronald A Rittenmeyer | Mark V Hurd
LOC: US | Palo Alto | California | Plano | Texas""",
         sentiments={"Hewlett-Packard": "positive", "Electronic Data Systems": "positive", "IBM": "neutral",
                     "Compaq": "neutral", "Microsoft": "neutral"},
         events=["acquisition", "earnings"]),

    dict(id="en4-seekingalpha-kroger-albertsons", lang="en", split="dev", date="2022-10-14",
         url="https://seekingalpha.com/news/3891350-kroger-confirms-3410share-offer-for-albertsons",
         text=""" date 2022-10-14 Albertsons Companies (NYSE:ACI) shares gained in premarket trading as Kroger (NYSE:KR) confirmed a multi-billion dollar offer for the chain.

The terms of the agreement released on Friday indicate that Kroger will acquire all of the outstanding shares of Albertsons Companies for an estimated total consideration of $34.10 per share, implying a total enterprise value of approximately $24.6B. The deal includes the assumption of Albertsons’ $4.7B net debt. Albertsons will also pay a special cash dividend of up to $4B to its shareholders in accordance with the terms to be paid on November 7.

"We are bringing together two purpose-driven organizations to deliver superior value to customers, associates, communities and shareholders," Kroger (KR) CEO Rodney McMullen said. “Albertsons Cos. brings a complementary footprint and operates in several parts of the country with very few or no Kroger stores. This merger advances our commitment to build a more equitable and sustainable food system by expanding our footprint into new geographies to serve more of America with fresh and affordable food and accelerates our position as a more compelling alternative to larger and non-union competitors.”

The combined companies are projected to employ 710K associates in 4,996 stores, 66 distribution centers, 52 manufacturing plants, 3,972 pharmacies and 2,015 fuel centers.

Shares of Albertsons (ACI) jumped 9.8% immediately after the offer before moderating gains. By contrast, Kroger (KR) shares marked a modest decline. Shares of both grocery chains rose sharply on Thursday.

Dig into the details of the deal.""",
         boiler=["Dig into the details of the deal."],
         ents="""ORG: Albertsons Companies | Albertsons Cos. | Albertsons | Kroger | NYSE
PER: Rodney McMullen
LOC: America""",
         sentiments={"Albertsons Companies": "positive", "Kroger": "mixed"},
         events=["acquisition"]),

    dict(id="en4-time-berkshire-precision-castparts", lang="en", split="dev",
         date="2015-08-10 (approx., from the text: a Monday, reports leaked over the weekend)",
         url="https://time.com/3990373/warren-buffett-precision-castparts",
         text="""Warren Buffett’s Berkshire Hathaway announced Monday that it has agreed to acquire Precision Castparts, a Portland, Ore.-based maker of aircraft components, for around $37.2 billion in cash. The $235 per share deal represents a 21.2% premium over Friday’s closing price for Precision Castparts stock.
It is the largest acquisition ever by Berkshire Hathaway BRK.A -0.09% , either alone or with a partner. Its prior record was the $36 billion billion purchase of Kraft Foods by Heinz, which is backed by both Berkshire and private equity firm 3G Capital.
Reports of the deal first leaked over the weekend, as is typical in a major Buffett transaction. Here was some of what Fortune‘s Steve Gandel wrote Sunday:
Buffett told CNBC this morning that he first made the “high multiple” bid during last month’s Allen & Co. conference in Sun Valley, and that the recent “slump in oil and gas” may have helped his cause.
More Must-Reads from TIME
- Why Trump’s Message Worked on Latino Men
- What Trump’s Win Could Mean for Housing
- The 100 Must-Read Books of 2024
- Sleep Doctors Share the 1 Tip That’s Changed Their Lives
- Column: Let’s Bring Back Romance
- What It’s Like to Have Long COVID As a Kid
- FX’s Say Nothing Is the Must-Watch Political Thriller of 2024
- Merle Bombardieri Is Helping People Make the Baby Decision
Contact us at letters@time.com""",
         boiler=["More Must-Reads from TIME",
                 "- Why Trump’s Message Worked on Latino Men",
                 "- What Trump’s Win Could Mean for Housing",
                 "- The 100 Must-Read Books of 2024",
                 "- Sleep Doctors Share the 1 Tip That’s Changed Their Lives",
                 "- Column: Let’s Bring Back Romance",
                 "- What It’s Like to Have Long COVID As a Kid",
                 "- FX’s Say Nothing Is the Must-Watch Political Thriller of 2024",
                 "- Merle Bombardieri Is Helping People Make the Baby Decision",
                 "Contact us at letters@time.com"],
         ents="""ORG: Berkshire Hathaway | Berkshire | Precision Castparts | Kraft Foods | Heinz | 3G Capital | Fortune | CNBC | Allen & Co.
PER: Warren Buffett | Buffett | Steve Gandel
LOC: Portland | Ore. | Sun Valley""",
         sentiments={"Berkshire Hathaway": "positive", "Precision Castparts": "positive", "Kraft Foods": "neutral",
                     "Heinz": "neutral", "3G Capital": "neutral", "Allen & Co.": "neutral"},
         events=["acquisition"]),

    dict(id="en4-foxbusiness-deere-wirtgen", lang="en", split="dev", date="2017-06-01 (from the URL)",
         url="http://www.foxbusiness.com/markets/2017/06/01/deere-to-acquire-germany-wirtgen-group-for-eur46-bln-including-debt.html",
         text="""Deere & Co. said Thursday it has agreed to acquire German privately held company the Wirtgen Group for a total consideration of 4.6 billion euros ($5.2 billion) in cash, including debt. The company had 2.6 billion euros of sales in the year through Dec. 31. Deere is expecting the deal to close in the first quarter of fiscal 2018. The Wirtgen Group is the world's biggest maker of road construction equipment, the company said in a statement. Deere expects the deal to immediately boosted per-share earnings and will finance it with a mixture of cash and new equipment operations debt financing. Deere shares were not yet active premarket, but have gained 19% in 2017, while the S&P 500 has gained 8%.
Continue Reading Below
Copyright © 2017 MarketWatch, Inc.""",
         boiler=["Continue Reading Below", "Copyright © 2017 MarketWatch, Inc."],
         ents="""ORG: Deere & Co. | Deere | Wirtgen Group
MISC: S&P 500""",
         sentiments={"Deere": "positive", "Wirtgen Group": "neutral"},
         events=["acquisition"]),

    dict(id="en4-latimes-dow-jobs", lang="en", split="dev", date="2008-12-09 (from the URL)",
         url="https://www.latimes.com/archives/la-xpm-2008-dec-09-fi-dowchemical9.s1-story.html",
         text="""Advertisement

5,000 full-time jobs to be cut, 20 plants closed

Share
Times Wire Reports

Dow Chemical Co. said it would slash 5,000 full-time jobs -- about 11% of its workforce -- close 20 plants and sell several businesses to rein in costs amid the recession.

The company, one of the largest chemical makers in the world, expects the plan to save about $700 million a year by 2010. Dow, based in Midland, Mich., also will temporarily idle 180 plants and prune 6,000 contractors from its payroll.

Exactly which workers and plants will be affected is still being determined, a company spokesman said.

Advertisement

“We are accelerating the implementation of these measures as the current world economy has deteriorated sharply, and we must adjust ourselves to the severity of this downturn,” Chief Executive Andrew N. Liveris said.

Last month Dow Chemical said it would review all options to reduce costs and eliminate or defer capital spending. Dow’s actions follow those of rival DuPont Co., which said last week that it would cut 2,500 jobs and warned that it wouldn’t turn a profit in the fourth quarter because of a slowdown in the automotive and construction markets.

Like Dow, DuPont, of Wilmington, Del., is releasing 4,000 contractors, halting discretionary spending, slowing or stopping noncrucial projects and temporarily idling more than 100 manufacturing units. The yearlong restructuring plan will affect about 4,200 employees, or roughly 7% of DuPont’s workforce.

Advertisement""",
         boiler=["Advertisement", "Share", "Times Wire Reports"],
         ents="""ORG: Dow Chemical Co. | Dow Chemical | Dow | DuPont Co. | DuPont
PER: Andrew N. Liveris
LOC: Midland | Mich. | Wilmington | Del.""",
         sentiments={"Dow Chemical": "negative", "DuPont": "negative"},
         events=["layoffs"]),

    dict(id="en4-stockmarketwire-chemring-contracts", lang="en", split="dev",
         date="2020 (approx., from the text: deliveries in FY21 and FY22, a 2019 contract as background)",
         url="https://www.stockmarketwire.com/article/7102881/Chemring-wins-contracts-from-US-Navy-Air-Force.html",
         text="""StockMarketWire.com - Defence company Chemring said its US-based subsidiary, Chemring Countermeasures USA, had won a five-year contract and three-year contract from the US Navy and Air Force, respectively.
The company won a five-year contract valued at $49.9 million for the supply of MJU-32/38 countermeasures from the US Navy.
'An initial delivery order of $11.3 million will see deliveries being made under this contract in FY21 and FY22,' the company said. 'The customer is the US Department of the Navy and all work under this contract will be performed at the CCM USA facility at Toone, Tennessee.'
CCM USA had also been awarded a $33.6 million delivery order from the US Air Force to manufacture and deliver MJU-53/B countermeasures. This award was the second delivery order under the $90 million three-year IDIQ contract that was announced in September 2019.
Work under this contract would also be performed at CCM USA's facility in Toone, Tennessee, with deliveries being made in fiscal 2021 and fiscal 2022, the company added.
Story provided by StockMarketWire.com""",
         boiler=["Story provided by StockMarketWire.com"],
         ents="""ORG: StockMarketWire.com | Chemring | Chemring Countermeasures USA | CCM USA | US Navy | Air Force | US Air Force | US Department of the Navy
LOC: US | Toone | Tennessee
MISC: MJU-32/38 | MJU-53/B""",
         sentiments={"Chemring": "positive", "Chemring Countermeasures USA": "positive"},
         events=["partnership"]),
]
