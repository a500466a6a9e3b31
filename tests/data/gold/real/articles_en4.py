"""English real business articles (acquisitions, layoffs, contracts, bankruptcies, funding, leadership, results),
added after the split: development only (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules).
"""

ARTICLES = [
    # sentiments re-checked (third-session convention): Cisco Systems mixed -> negative (buyer only reported, its share slipped; the article weighs no favourable point about it)
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
         sentiments={"Acacia Communications": "positive", "Cisco Systems": "negative"},
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

    # sentiments re-checked (third-session convention): Berkshire Hathaway positive -> neutral (buyer, deal only reported: price, premium, record size)
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
         sentiments={"Berkshire Hathaway": "neutral", "Precision Castparts": "positive", "Kraft Foods": "neutral",
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

    dict(id="en4-donedeal-gymboree-bankruptcy", lang="en", split="dev",
         date="2017-06 (from the URL; the filing was 'late Sunday')",
         url="https://donedealwholesale.com/2017/06/childrens-retailer-gymboree-files-bankruptcy-closing-up-to-450-stores/",
         text="""Children’s clothing chain Gymboree filed for Chapter 11 bankruptcy protection late Sunday, aiming to slash its debts and close hundreds of stores amid crushing pressure on retailers.

Gymboree said it plans to remain in business, hoping to regain its financial footing despite considerable challenges for physical retailers.

The company plans to close 375 to 450 of its 1,281 stores, according to a court filing, putting many workers at risk of losing their jobs. Gymboree employs more than 11,000 people, including 10,500 hourly workers.

The bankruptcy was widely expected after Gymboree refused to pay certain bills in recent months, placing the retailer on a collision course with creditors. The retailer said it hopes to slash $1 billion of its $1.4 billion in debt and to win approval for its plan by Sept. 24.

“We expect to move through this process quickly and emerge as a stronger organization that is better positioned in today’s evolving retail landscape, with the right size store footprint and greater financial flexibility to invest in Gymboree’s long-term growth,” Gymboree CEO Daniel Griesemer said in a statement.

Like other retailers, Gymboree buckled amid declining mall traffic, fixed rental costs and online competition. Online sales represent only 21% of its revenue, and its web systems are “dated and unsupported,” recently appointed Chief Restructuring Officer James Mesterharm said in a court filing.

Mesterharm also said…""",
         ents="""ORG: Gymboree
PER: Daniel Griesemer | James Mesterharm | Mesterharm
MISC: Chapter 11""",
         sentiments={"Gymboree": "negative"},
         events=["bankruptcy", "layoffs"]),

    dict(id="en4-reuters-pier1-bankruptcy", lang="en", split="dev", date="2020-02-18 (from the page; the filing was on the Monday)",
         url="https://www.reuters.com/article/us-pier-1-imports-bankruptcy/home-decor-retailer-pier-1-files-for-bankruptcy-protection-plans-sale-idUSKBN20C00Q",
         text=""" date 2020-02-18 (Reuters) - Decorative home decor and furniture retailer Pier 1 Imports Inc (PIR.N) said on Monday it had filed for Chapter 11 bankruptcy protection and was pursuing a sale, a month after announcing plans for sweeping store closures.

The Fort Worth, Texas-based company is the latest retailer struggling in a market dominated by e-commerce giant Amazon.com Inc (AMZN.O) and other retail stalwarts like Walmart Inc (WMT.N).

Last month, Pier 1 warned about its ability to continue as a going concern in the tough retail environment. At the same time, it announced plans to slash unspecified number of jobs and close up to 450 stores, nearly half of what it operated in the United States and Canada as of late last year.

The retailer said it had already closed or initiated going-out-of-business sales at more than 400 locations, and it is in the process of shutting two distribution centers.

Pier 1 said it had received a commitment of about $256 million in debtor-in-possession financing from Bank of America, Wells Fargo National Association and Pathlight Capital LP.

The retailer said it expected to keep its online platform and remaining stores open and running during the bankruptcy process.

“We are moving ahead in this process with the support of our lenders and are pleased with the initial interest as we engage in discussions with potential buyers,” Chief Executive Officer Robert Riesbeck said in a statement.

The company said it was in discussions with multiple potential buyers. It expects a deadline of March 23 for binding qualified bids on the company.

Any sale would require approval from the U.S. Bankruptcy Court for the Eastern District of Virginia.

Pier 1 said it would also begin bankruptcy proceedings in Canada, where all of its brick-and-mortar shops are expected to close.""",
         ents="""ORG: Reuters | Pier 1 Imports Inc | Pier 1 | Amazon.com Inc | Walmart Inc | Bank of America | Wells Fargo National Association | Pathlight Capital LP | U.S. Bankruptcy Court for the Eastern District of Virginia
PER: Robert Riesbeck
LOC: Fort Worth | Texas | United States | Canada
MISC: Chapter 11""",
         sentiments={"Pier 1 Imports": "negative", "Amazon.com": "neutral", "Walmart": "neutral",
                     "Bank of America": "neutral", "Wells Fargo National Association": "neutral",
                     "Pathlight Capital": "neutral"},
         events=["bankruptcy", "layoffs"]),

    # sentiments re-checked (third-session convention): Steve & Barry's, Linen 'n Things, Lillian Vernon, Sharper Image neutral -> negative (listed as sharing the news: retailers filing for bankruptcy)
    dict(id="en4-mercurynews-mervyns-bankruptcy", lang="en", split="dev",
         date="2008-07 (approx., from the text: filed 'today', after Steve & Barry's filing of July 9)",
         url="http://www.mercurynews.com/ci_10034178?source=most_viewed",
         text="""NEW YORK - Department store chain Mervyns LLC filed for Chapter 11 bankruptcy protection today, the latest merchant to become a casualty in a harsh retail environment.

The Hayward, Calif.-based chain, along with certain of its affiliates, filed for protection from its creditors in U.S. bankruptcy court for the District of Delaware. It said that all of its stores will remain open and business will continue as the company reorganizes.

The privately held retailer, which had been languishing for several years, operates about 175 locations in seven states but primarily in California.

"Mervyns needs to reorganize its finances and operations due to the state of the economy and difficult operating environment for our industry," Mervyns' Chief Executive John Goodman said in a statement.

The company joins a slew of retailers that have been forced to file for bankruptcy protection in recent months. On July 9, Steve & Barry's LLC, once a growing force in low-priced fashion, filed for Chapter 11. The list also includes home furnishings chain Linen 'n Things Inc., catalog retailer Lillian Vernon Corp. and specialty retailer Sharper Image Corp.

Mervyns' filing didn't come as a surprise to the industry, as a growing number of vendors were delaying shipments to the company's stores and key lenders that provide finance and credit to apparel makers stopped approving orders in recent weeks.

The 59-year-old chain was squeezed between high-end department stores and discounters like Wal-Mart Stores Inc. It has been shuttering stores and leaving states such as Oregon and Washington since 2005, after a consortium of private equity players including Sun Capital Partners Inc. bought Mervyns from Target Corp. for $1.2 billion.

Officials at Sun Capital couldn't be immediately reached for comment.

In April, Mervyns appointed Goodman, who had been president and general manager of the Dockers brand - a key supplier to Mervyns - as president and chief executive. The company announced the ne""",
         ents="""ORG: Mervyns LLC | Mervyns | Steve & Barry's LLC | Linen 'n Things Inc. | Lillian Vernon Corp. | Sharper Image Corp. | Wal-Mart Stores Inc. | Sun Capital Partners Inc. | Sun Capital | Target Corp.
PER: John Goodman | Goodman
LOC: NEW YORK | Hayward | Calif. | U.S. | District of Delaware | California | Oregon | Washington
MISC: Chapter 11 | Dockers""",
         sentiments={"Mervyns": "negative", "Steve & Barry's": "negative", "Linen 'n Things": "negative",
                     "Lillian Vernon": "negative", "Sharper Image": "negative", "Wal-Mart Stores": "neutral",
                     "Sun Capital Partners": "neutral", "Target": "neutral"},
         events=["bankruptcy"]),

    dict(id="en4-growthbusiness-starling-funding", lang="en", split="dev",
         date="2019-02 (approx., from the text: 2018 figures, recipients 'later in February')",
         url="https://growthbusiness.co.uk/starling-bank-raises-75m-to-fund-expansion-18758",
         text="""Challenger bank Starling Bank has raised £50 million in a Series C funding round led by Merian Global Investors through its Merian Chrysalis vehicle.
Existing Starling backer Harald McPike, a Bahamas-based hedge fund investor, invested a further £25 million, bringing the total raised to £75 million.
The bank will use the money partly to support its SME banking as well as to launch other products and expand into Europe.
Since launching its app in May 2017, Starling has built up a customer base of 30,000 SME accounts.
Merian Chrysalis was created specifically to invest in late-stage private companies and has £6 billion of client investments under management.
Its parent Merian Global Investors has a total of £28.9 billion under management.
The Starling announcement underlines how fintech has become the hottest investment sector in the UK.
Investment in British fintech rose by 18 per cent in 2018 to $3.3. billion, according to Innovate Finance.
Late-stage private-equity investment rose by 57 per cent to $1.6 billion, while venture capital dipped to $1.7 billion as the UK fintech sector continues to mature.
That said, the UK kept its position as world leader, ranked third globally in VC investment behind China and the US.
Challenger banks such as Monzo took the lion’s share of UK VC fintech investment at 27 per cent of the total.
Global VC investment in fintech was on the way to tripling last year, with a record $36.67 billion ploughed into 2,304 deals.
Starling hopes to add to its coffer in the coming weeks, having applied for a share of a £425 million fund paid for by Royal Bank of Scotland to increase competition in the business banking market. The first recipients of the funds are expected to be announced later in February.
See also: 12 of the best digital banking platforms for small business""",
         boiler=["See also: 12 of the best digital banking platforms for small business"],
         ents="""ORG: Starling Bank | Starling | Merian Global Investors | Merian Chrysalis | Innovate Finance | Monzo | Royal Bank of Scotland
PER: Harald McPike
LOC: Bahamas | Europe | UK | China | US""",
         sentiments={"Starling Bank": "positive", "Merian Global Investors": "neutral", "Merian Chrysalis": "neutral",
                     "Monzo": "neutral", "Royal Bank of Scotland": "neutral"},
         events=["funding"]),

    dict(id="en4-chinadaily-boeing-ceo", lang="en", split="dev", date="2024-03-26 (from the URL)",
         url="http://m.keyanhelp.cn/business/2024-03/26/content_117085095.htm",
         text="""This photo taken on June 19, 2023 shows a demonstration of the Boeing 777X (down) and 737-10 during the 54th International Paris Air Show held at Le Bourget Airport near Paris, France. [Photo/Xinhua]
Boeing President and CEO Dave Calhoun on Monday announced his decision to step down at the end of this year.
He will continue to lead Boeing through the year to complete the critical work underway to stabilize and position the company for the future, Boeing said in an announcement.
Board Chair Larry Kellner has informed the board that he does not intend to stand for re-election at the upcoming annual shareholder meeting, it added.
The board has elected Steve Mollenkopf to succeed Kellner as independent board chair. In this role, Mollenkopf will lead the board's process of selecting Boeing's next CEO.
In addition to these changes, Boeing Commercial Airplanes (BCA) President and CEO Stan Deal will retire from the company and Stephanie Pope has been appointed to lead BCA as new president and CEO, according to the announcement.
"It has been the greatest privilege of my life to serve Boeing," said Calhoun in a letter to employees. "The eyes of the world are on us... We will remain squarely focused on completing the work we have done together to return our company to stability after the extraordinary challenges of the past five years."
"Steve is the ideal next leader to take on the role of board chair, and it is important that the CEO selection process be led by a new chair who will stay at the helm as a partner to the new CEO," said Kellner.
Mollenkopf has served on the board of directors since 2020. He was previously CEO of Qualcomm.
Pope has been serving as chief operating officer of Boeing since January of this year. Previously, she was president and chief executive officer of Boeing Global Services.
Boeing has encountered many quality and safety concerns for years with its aircraft, resulting in an extended grounding of certain planes and delivery suspensions.
The recent""",
         boiler=["This photo taken on June 19, 2023 shows a demonstration of the Boeing 777X (down) and 737-10 during the 54th International Paris Air Show held at Le Bourget Airport near Paris, France. [Photo/Xinhua]"],
         ents="""ORG: Boeing | Boeing Commercial Airplanes | BCA | Qualcomm | Boeing Global Services
PER: Dave Calhoun | Calhoun | Larry Kellner | Kellner | Steve Mollenkopf | Mollenkopf | Stan Deal | Stephanie Pope | Pope | Steve""",
         sentiments={"Boeing": "negative", "Boeing Commercial Airplanes": "neutral", "Boeing Global Services": "neutral",
                     "Qualcomm": "neutral"},
         events=["leadership_change"]),

    dict(id="en4-nzherald-ebay-results", lang="en", split="dev",
         date="2006-04 (approx., inferred from the text: first-quarter results, Meg Whitman chief executive)",
         url="https://nzherald.co.nz/business/ebay-beats-expectations-raises-outlook/EHCRJCF4RO7U5ZYN35JLUGDF2I",
         text="""KEY POINTS:
SAN FRANCISCO - Online auction leader eBay today reported quarterly results that beat Wall Street expectations and said its outlook for the rest of the year would be at the high end of analysts' predictions.
Shares of eBay jumped as much as 6 per cent after the company posted a 52 per cent jump in net profit on a 27 per cent revenue rise, led by growth in its core auctions business and the rising prominence of international sales.
"I would say it was a very strong quarter across the board," Chief Executive Meg Whitman said in an interview. "We at the top end of analysts' predictions, which ranged from US$1.27 ($1.72) to US$1.34, based on Reuters Estimates data.
"Overall it was a good report card," said Martin Pyykkonen, an analyst with Global Crown Capital. "The full year (revenue forecast) is up US$150 million," he said. "That's a nice bump considering they still have three quarters to go in the year."
"These are positive numbers versus expectations, which should be good for the stock," Stifel Nicolaus analyst Scott Devitt said.
Net income for the recently ended first quarter rose to US$377 million, or 27 cents per diluted share, compared with US$248.3 million, or 17 cents per diluted share, a year earlier.
Excluding stock-based compensation and acquisition costs, profit rose 34 per cent to US$460 million, or 33 cents per share.
Revenue rose to US$1.77 billion from US$1.39 billion. The split between US and international revenue is now 50/50, a shift since a year ago when the United States accounted for 54 per cent of revenue and 46 per cent was generated overseas.
The results outstripped Wall Street forecasts. Analysts had predicted an average net profit of 24 cents per share, according to Reuters Estimates. Excluding one-time items and option costs, analysts expected a profit of 30 cents a share.
Wall Street was looking for first-quarter revenue, on average, of US$1.72 billion. Forecasts ranged from US$1.69 billion to US$1.77 billion, Reuters Estimates""",
         boiler=["KEY POINTS:"],
         ents="""ORG: eBay | Reuters | Global Crown Capital | Stifel Nicolaus
PER: Meg Whitman | Martin Pyykkonen | Scott Devitt
LOC: SAN FRANCISCO | Wall Street | United States | US#8""",
         sentiments={"eBay": "positive", "Global Crown Capital": "neutral", "Stifel Nicolaus": "neutral"},
         events=["earnings"]),

    dict(id="en4-famag-twitter-profit", lang="en", split="dev",
         date="2018-02-08 (approx., from the text: Q4 2017 results, the day after a Wednesday close)",
         url="https://www.fa-mag.com/news/twitter-posts-first-real-profit--sending-shares-soaring-37055.html?section=139",
         text="""Twitter Inc. posted a surprise gain in revenue, the first growth in four quarters, driven by improvements to its app and added video content that are persuading advertisers to boost spending on the social network. The shares surged.

The company topped analysts’ average sales estimates in the fourth quarter and for the first time posted a real profit, a milestone in Chief Executive Officer Jack Dorsey’s turnaround effort. Monthly active users were little changed from the prior quarter at 330 million, a lower-than-projected total that the company attributed in part to stepped-up efforts to reduce spam, malicious activity and fake accounts.

The report adds to positive momentum in recent months for Twitter, which spent the second half of 2017 explaining how Russian-linked accounts -- including automated bots -- influenced content on its platform around the 2016 U.S. presidential election. Dorsey, who also runs Square Inc., has been working to broaden Twitter from a microblogging site into a destination for users to see "what’s happening now” by striking live-streaming partnerships with news outlets and sports leagues.

The shares soared 15 percent in early trading in New York after closing at $26.91 Wednesday.

Twitter’s focus on video, as well as a new software algorithm that shows users the most relevant postings first, have led people to spend more time on the platform, said Richard Greenfield, an analyst at BTIG.

"I think they’ve come a long way,” Greenfield said. “The product has dramatically improved. They’re doing a better job of showing the right tweets to the right people at the right time."

Twitter has been upgraded by at least six analysts since late October, fueling a stock rally of more than 47 percent in the past year. Shares jumped as much as 9.5 percent in one day last month amid renewed speculation that the company may be an acquisition target.

Revenue in the recent period rose 2 percent from a year earlier to $731.6 million, buoy""",
         ents="""ORG: Twitter Inc. | Twitter | Square Inc. | BTIG
PER: Jack Dorsey | Dorsey | Richard Greenfield | Greenfield
LOC: U.S. | New York""",
         sentiments={"Twitter": "positive", "Square": "neutral", "BTIG": "neutral"},
         events=["earnings"]),

    dict(id="en4-irishtimes-eu-rubber-cartel", lang="en", split="dev",
         date="2006-11 (approx., inferred from the text: Neelie Kroes competition commissioner, cartel run 1996-2002)",
         url="https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/eu-fines-rubber-cartel-519m-1.800076",
         text="""The European Commission imposed its second-largest cartel fine ever today - €519 million - against five companies for fixing prices of synthetic rubber used to make tyres and other products.
"Companies belonging to the groups Eni, Bayer, Shell, Dow, Unipetrol and Trade-Stomil operated the cartel from at least 1996 to 2002," the Commission said in a statement.
The Commission fined Eni of Italy €272.3 million; Shell of the Netherlands and Britain €160.9 million; and Dow Chemical of the United States €64.6 million.
Poland-based Stomil was fined €3.8 million euros, while Czech firm Unipetrol was fined €17.6 million.
Germany's Bayer had its fine - of €204 million - waived because it was the whistleblower.
"The Commission has imposed high fines in this case, but if companies continue to indulge in cartel activities, then they can expect their fines to be even higher in the future," Competition Commissioner Neelie Kroes said in a statement.
"Cartels strike at the heart of healthy economic activity. They undermine competition, raise prices for consumers and reduce the diversity, quality and innovation of European companies," she said.
Dow's fine was reduced because it too gave the Commission some information. Although Shell admitted to participating in the cartel, its information added little value to the investigation so it received no reduction. In fact, Shell's fine, as well as Eni's, was increased from what it would have been under the Commission's normal calculations because of repeat offences.""",
         ents="""ORG: European Commission | Commission | Eni | Bayer | Shell | Dow Chemical | Dow | Unipetrol | Trade-Stomil | Stomil
PER: Neelie Kroes
LOC: Italy | Netherlands | Britain | United States | Poland | Germany""",
         sentiments={"Eni": "negative", "Shell": "negative", "Dow Chemical": "negative", "Unipetrol": "negative",
                     "Trade-Stomil": "negative", "Bayer": "mixed"},
         events=["legal"]),

    dict(id="en4-gazetteseries-eu-cartels", lang="en", split="dev",
         date="2018-02 (approx., inferred from the text: car-carrier, spark-plug and brake cartel decisions under Margrethe Vestager)",
         url="http://www.gazetteseries.co.uk/news/national/16037481.EU_competition_watchdog_imposes_big_fines_on_cartels/",
         text="""The European Union’s competition watchdog is sounding the warning to business cartels by announcing fines totalling more than half a billion euro (£440 million) in three cases.

The EU Commission said it fined groups of maritime car carriers 395 million euro (£348 million), spark plug suppliers 76 million euro (£67 million) and brake system suppliers 75 million euro (£66 million) for taking part in cartels.

EU Competition Commissioner Margrethe Vestager said: “The three separate decisions taken today show that we will not tolerate anti-competitive behaviour affecting European consumers and industries.”

In reference to its biggest fine, the Commission said Chilean maritime carrier CSAV, the Japanese carriers K Line, MOL and NYK, and Norwegian/Swedish carrier WWL-EUKOR formed a deep sea vehicle transport cartel for almost six years.

The firms were fined around half a billion euro (£440 million) (AP)
The firms were fined around half a billion euro (£440 million) (AP)

MOL avoided a 203 million euro (£179 million) fine by blowing the whistle on the cartel.

Germany’s Bosch and Japan’s Denso and NGK were found to have run a cartel supplying spark plugs to European car-makers, while three companies — TRW, Bosch and Continental — ran two different cartels fixing brake system prices.

Denso and TRW received immunity for exposing the cartels.""",
         boiler=["The firms were fined around half a billion euro (£440 million) (AP)"],
         ents="""ORG: European Union | EU Commission | EU | Commission | CSAV | K Line | MOL | NYK | WWL-EUKOR | Bosch | Denso | NGK | TRW | Continental
PER: Margrethe Vestager
LOC: Germany | Japan""",
         sentiments={"CSAV": "negative", "K Line": "negative", "MOL": "mixed", "NYK": "negative", "WWL-EUKOR": "negative",
                     "Bosch": "negative", "Denso": "mixed", "NGK": "negative", "TRW": "mixed", "Continental": "negative"},
         events=["legal"]),

    dict(id="en4-retailinsight-ross-stores", lang="en", split="dev",
         date="2017-04 (approx., inferred from the text: openings in February and March, last year's revenue of $12.9bn)",
         url="https://www.retail-insight-network.com/news/newsross-stores-expands-footprint-across-us-with-28-store-openings-5877380/",
         text="""Ross Stores has opened a total of 28 new stores in the US during the past two months, in line with its plan to open 70 Ross Dress for Less and 20 dd's DISCOUNTS stores this year.
The latest openings include 21 Ross Dress and seven dd's DISCOUNTS stores covering 15 states.
Ross Dress is an off-price clothes and home fashion chain, while dd's features apparel, accessories, footwear and home fashions.
Ross Stores president and chief development officer Jim Fassio said: "With this opening group, we continued to expand Ross and dd's in both new and existing markets.
“Ross grew in its newest market, the Midwest, as well as existing markets, including California, Texas, and Florida.”
Last month, dd's opened its 200th location and expanded its footprint in Pennsylvania.
How well do you really know your competitors?
Access the most comprehensive Company Profiles on the market, powered by GlobalData. Save hours of research. Gain competitive edge.
Thank you!
Your download email will arrive shortly
Not ready to buy yet? Download a free sample
We are confident about the unique quality of our Company Profiles. However, we want you to make the most beneficial decision for your business, so we offer a free sample that you can download by submitting the below form
By GlobalDataFassio further added: “Looking ahead, we remain confident in our expansion plans and continue to see plenty of opportunity to grow across all of our markets.”
The retailer is planning to expand Ross stores to 2,000 locations, with dd's increasing to a chain of 500 stores.
In February and March this year, the company opened 21 Ross and seven dd's stores in 15 states.
Revenues of Ross Stores for last year stood at $12.9bn.
Currently, the company operates 1,384 Ross Dress stores and 205 dd's locations.""",
         boiler=["How well do you really know your competitors?",
                 "Access the most comprehensive Company Profiles on the market, powered by GlobalData. Save hours of research. Gain competitive edge.",
                 "Thank you!", "Your download email will arrive shortly", "Not ready to buy yet? Download a free sample",
                 "We are confident about the unique quality of our Company Profiles. However, we want you to make the most beneficial decision for your business, so we offer a free sample that you can download by submitting the below form"],
         ents="""ORG: Ross Stores
PER: Jim Fassio
LOC: US | Midwest | California | Texas | Florida | Pennsylvania
MISC: Ross Dress for Less | Ross Dress | Ross | dd's DISCOUNTS | dd's""",
         sentiments={"Ross Stores": "positive"},
         events=["expansion"]),

    dict(id="en4-perishablenews-dollar-general-popshelf", lang="en", split="dev",
         date="2021-12 (approx., inferred from the text: a Thursday after Oct. 29, Mexico stores by the end of fiscal 2022)",
         url="https://perishablenews.com/retailfoodservice/dollar-general-tested-a-store-for-wealthier-shoppers-now-it-will-grow-to-1000-locations",
         text="""Dollar General debuted a new store called Popshelf about a year ago, aimed at wealthier, suburban shoppers who enjoy the hunt for a good deal.
The Tennessee-based discounter said Thursday that it now plans to have approximately 1,000 of the stores by the end of the 2025 fiscal year — including about 100 more locations that will open next fiscal year. It has 30 Popshelf stores in six states as of Oct. 29. It plans to open its first stores in Texas in the early spring.
News of the ambitious expansion plan comes as the retailer said it will test its first international market by opening up to 10 stores in Mexico by the end of fiscal 2022. Dollar General said it expects open 1,110 new stores in the coming fiscal year, including Popshelf, Dollar General and the international locations.
To read the rest of the story, please go to: CNBC""",
         boiler=["To read the rest of the story, please go to: CNBC"],
         ents="""ORG: Dollar General#0,1
LOC: Tennessee | Texas | Mexico
MISC: Popshelf | Dollar General#0""",
         sentiments={"Dollar General": "positive"},
         events=["expansion"]),

    dict(id="en4-naharnet-samsung-galaxy-nexus", lang="en", split="dev",
         date="2011-10-19 (approx., from the text: a Wednesday, days after the iPhone 4S went on sale)",
         url="https://naharnet.com/stories/en/17929-samsung-google-unveil-ice-cream-sandwich-phone",
         text="""Samsung, Google Unveil 'Ice Cream Sandwich' Phone

W460

South Korea's Samsung Electronics on Wednesday unveiled its new smartphone that runs on Google's latest Android operating system, the latest weapon in its battle to topple Apple's iPhone.

The launch of the "Galaxy Nexus", which comes days a after the new iPhone 4S went on sale, was initially scheduled for October 11 but was delayed following the death of Apple chief Steve Jobs as a gesture of respect.

Samsung -- the world's number two mobile phone maker -- and Apple are also engaged in a series of patent lawsuits over the technology and design of smartphones and tablet computers.

"We are very proud of this milestone," Samsung's Mobile Communications Business president JK Shin said as the new phone was unveiled in Hong Kong.

The Galaxy Nexus is the first device to use the new Android "Ice Cream Sandwich" -- a title that continues Google's tradition of naming its operating systems after desserts in alphabetical order.

The firms said the new handset offers easier and quicker Internet browsing, an improved camera and enhanced security using face recognition technology.

It also features "Android Beam", a function that allows content to be shared between two devices by simply touching them together.

The smartphone will be available in the United States, Europe and Asia from November, before being gradually rolled out to other markets. Its price was not announced.

The launch of the Galaxy Nexus come as Apple's iPhone 4S has already notched up sales of more than four million units since launching in seven countries on Friday.

The Apple handset will be available in 22 other countries, including much of Europe, by the end of October, and more than 70 countries by the end of 2011.

However, Samsung is seeking a ban of sales of the new iPhone in Japan, Australia, France and Italy, citing what it called patent infringements regarding mobile technology, part of an escalating legal saga between the two.

The legal b""",
         boiler=["W460"],
         ents="""ORG: Samsung Electronics | Samsung | Google | Apple | Mobile Communications Business
PER: Steve Jobs | JK Shin
LOC: South Korea | Hong Kong | United States | Europe | Asia | Japan | Australia | France | Italy
MISC: Ice Cream Sandwich | Android Beam | Android | Galaxy Nexus | iPhone 4S | iPhone""",
         sentiments={"Samsung Electronics": "positive", "Google": "positive", "Apple": "mixed",
                     "Mobile Communications Business": "neutral"},
         events=["product_launch"]),

    dict(id="en4-smartcompany-motorola-moto-e", lang="en", split="dev",
         date="2014-05 (approx., inferred from the text: Moto E announcement, 2013 average price quoted)",
         url="https://www.smartcompany.com.au/technology/lenovo-motorola-announces-us129-moto-e-android-smartphone-4g-moto-g-upgrade/",
         text="""Lenovo subsidiary Motorola has fired the latest salvo in the low-end smartphone price wars, announcing a new Android smartphone for just $US129 outright.
The new smartphone runs the most recent of Android, 4.4 KitKat, features a 4.3-inch Gorilla Glass display, and includes Microsoft Lumia-style replaceable back covers.
The device also includes a 1980 mAh battery, a microSD slot with up to 32 gigabytes of storage and a built-in FM radio.
However, its rear camera is limited to 5-megapixels, it is built around a dual-core (rather than quad-core) Qualcomm Snapdragon processor at 1.4 GHz and its display is limited to 256 pixels-per-inch.
In a statement, the company says the Moto E is aimed at first-time smartphone buyers who have held off on replacing their featurephones.
“The fact is, about 70% of mobile phone users in the world are still using feature phones that can’t unlock the full wonder of the mobile Internet, in many cases because they don’t think it’s worth the $337 for a smartphone (the average selling price globally in 2013).
“We believe it’s time the feature phone era came to an end and that quality smartphones are made accessible and affordable for all. Say hello to Moto E and join us in officially saying goodbye to the feature phone forever.”
The company has also announced a 4G version of its Moto G smartphone for $US219, as well as a price cut for its existing 3G Moto G to $US179.
While full specifications for the 4G Moto G haven’t been released, the existing model features a quad-core Qualcomm Snapdragon 400 processor clocked at 1.2 GHz, a 4.5-inch HD display, with a screen resolution of 326 pixels-per-inch.
While it is unclear whether the devices will receive an Australian release, Lenovo claims 80 carrier partners in 40 countries have already signed up to sell the new devices.
The new device is the latest salvo in a low-end smartphone price war that has seen Microsoft release a new low-end smartphone in Australia, the Lumia 630, for just""",
         ents="""ORG: Lenovo | Motorola | Microsoft | Qualcomm
LOC: Australia
MISC: Android | KitKat | Gorilla Glass | Lumia 630 | Lumia | Snapdragon 400 | Snapdragon | Moto E | Moto G""",
         sentiments={"Motorola": "positive", "Lenovo": "neutral", "Microsoft": "neutral", "Qualcomm": "neutral"},
         events=["product_launch"]),
]
