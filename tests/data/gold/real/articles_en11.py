"""English real business articles for the fifth held-out set (``split="heldout5"``): annotated by hand, blind,
before any system ran on them; never tuned on, errors never listed (aggregate figures only).

Stored page text as delivered (see make_real.py for the format and the annotation rules, including the
sentiment conventions of the third session). Sites from the UK, the US, India, Nigeria, Kenya/Tanzania,
South Africa, Singapore, Japan and Kazakhstan; contracts, job cuts, results, a takeover, fines, market moves, chief
executive appointments, a bankruptcy and two product launches.
"""

ARTICLES = [
    dict(id="en11-yorkpress-jarvis-network-rail", lang="en", split="heldout5",
         date="2007-01 (approx., from the text: 'a great start to 2007')",
         url="https://yorkpress.co.uk/news/1152464.contracts-boost-for-york-rail-firm",
         text="""SHARES in Jarvis were boosted after the York-based rail engineering firm announced it had won three contracts from Network Rail worth at least £65 million.
The biggest deal, involving signalling work on a stretch of track between Peterborough and Berwick on Tweed, has a minimum value of £10 million a year.
Shares lifted eight per cent as the firm showed signs of continuing the recovery it reported in December, when half-year losses reduced to £1.5 million.
The group has battled back from the brink of collapse in 2004, when it became engulfed by debts of more than £230 million due to over-ambitious bids for Private Finance Initiative contracts. In the same year, Jarvis and Network Rail, accepted liability on behalf of the rail industry for claims brought by the victims of the Potters Bar rail crash that took place in May 2002.
Jarvis chief executive Richard Entwistle said the contract awards represented a "great start to 2007".
He added: "We are pleased that Network Rail has shown this confidence in our teams in England and Scotland."
The company is one of six firms competing for track renewal work after Network Rail announced it was conducting a six-month review of contractors' performance.
The awards include the second phase of the Rugby station remodelling project, which is worth around £10 million. Work has already commenced and follows on from the completion of the design stage by Jarvis.
Comments: Our rules
We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.
Please report any comments that break our rules.
Read the rules hereComments are closed on this article""",
         boiler=["Comments: Our rules",
                 "We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.",
                 "Please report any comments that break our rules.",
                 "Read the rules hereComments are closed on this article"],
         ents="""ORG: Jarvis | Network Rail
PER: Richard Entwistle
LOC: York | Peterborough | Berwick on Tweed | Potters Bar | England | Scotland | Rugby
MISC: Private Finance Initiative""",
         sentiments={"Jarvis": "positive", "Network Rail": "neutral"},
         events=["partnership"]),

    dict(id="en11-newssniffer-bbc-gkn-closures", lang="en", split="heldout5",
         date="2009-02 (approx., from the text: restructuring announced in January, job cuts since October, the car slump)",
         url="https://newssniffer.co.uk/articles/200668/versions/353894",
         text="""Union to fight GKN plant closures

http://news.bbc.co.uk/go/rss/-/1/hi/england/7905245.stm

Version 0 of 1.

A union is to fight plans to close two car components factories in the West Midlands with the loss of 323 jobs.

GKN, based in Redditch, Worcestershire, has said it intends to close its plants in Birmingham and Walsall.

It is part of a restructuring package announced in January which will see 564 UK jobs axed following the decline in demand in the motor industry.

The union Unite said it believed the company had "genuine alternatives" to job cuts on this scale.

GKN supplies carmakers including Jaguar Land Rover and Ford.

Global slump

Under its proposals, its forge facility in Hamstead, Birmingham, will close by the end of the year and its car parts facility in Aldridge, Walsall, will close by the middle of 2010.

Unite joint general secretary Derek Simpson said: "The workers have vowed to fight these closures and Unite will be doing everything in its power to support them.

"We believe there are genuine alternatives to the number of job cuts the company is currently proposing.

"We expect GKN to give the union's plans serious consideration."

GKN union representatives were meeting senior Unite officers in West Bromwich to draw up counter proposals to put to GKN management.

The union has claimed GKN workers in the UK are bearing the brunt of the European job cuts because UK workers are cheaper and easier to sack than workers from other countries in Europe.

GKN said in January it had cut 2,800 jobs globally since October and may shed more in the future because of the slump in the global car industry.

The group, which employs 42,000 people worldwide, also wants to axe 150 jobs at its plant in Telford, Shropshire.

Fifty-six posts would go with the closure of its aerospace services site in Burnley, Lancashire, and another 35 jobs are to be cut in Luton, Bedfordshire.""",
         boiler=["http://news.bbc.co.uk/go/rss/-/1/hi/england/7905245.stm", "Version 0 of 1."],
         ents="""ORG: GKN | Unite | Jaguar Land Rover | Ford
PER: Derek Simpson
LOC: West Midlands | Redditch | Worcestershire | Birmingham | Walsall | UK | Hamstead | Aldridge | West Bromwich | Europe | Telford | Shropshire | Burnley | Lancashire | Luton | Bedfordshire""",
         sentiments={"GKN": "negative", "Jaguar Land Rover": "neutral", "Ford": "neutral"},
         events=["layoffs"]),

    dict(id="en11-floordaily-invista-brockworth-jobs", lang="en", split="heldout5",
         date="2004-05-28 (approx.: 28 May from the text; the year from Koch's purchase of Invista 'at the end of last year')",
         url="https://www.floordaily.net/flooring-news/union-leaders-upset-over-invistas-uk-job-cuts",
         text="""Cheltenham, UK, May 28--Union leaders have reacted with fury to the news that nylon fibre producer Invista is cutting a quarter of its 900-strong workforce, according to the Gloucestershire Echo.
They claim there were no consultations by management at the US-owned factory in Brockworth about the 220 job losses. But bosses at the plant defended the action, saying it was essential to maintain a healthy and competitive company for the future.
Invista makes fibre for products ranging from clothes to car air bags and hot air balloons.
Shift workers were told on Wednesday that the jobs will have to go by September.
Yesterday, Trevor Hall, regional industrial organiser for the Transport and General Workers Union, (TGWU) said: "It is devastating news. It has come as a complete shock."
Mr Hall said the T &G would do all it could to help its members at Invista but warned the job losses were another nail in the coffin of British manufacturing.
Mr Hall added that there were also concerns amongst the workforce about proposed changes to work practices.
In a statement Stephen Johnston, site manager for Invista at Brockworth said: "In recent years Invista has been seeking to improve its profitability and ability to service customers, but now a step change is needed to become a healthy business and meet the needs of the European marketplace.
"We must take these difficult steps to ensure success and realise long-term viability of the site."
Invista said that by reducing costs the company would become more competitive.
Top priority would be given to "be open and respectful with employees, handling the processes efficiently and act with unwavering regard for customers.
"The plan is to complete the process by the end of September."
At the end of last year the former DuPont site was sold in a £2.59 billion deal.
It was bought by two subsidiaries of the giant US Koch Industries group.""",
         ents="""ORG: Invista | Gloucestershire Echo | Transport and General Workers Union | TGWU | T &G | DuPont | Koch Industries
PER: Trevor Hall | Hall | Stephen Johnston
LOC: Cheltenham | UK | US | Brockworth""",
         sentiments={"Invista": "negative", "DuPont": "neutral", "Koch Industries": "neutral"},
         events=["layoffs"]),

    dict(id="en11-crains-edo-jamming-contract", lang="en", split="heldout5", date="2007-07-17 (from the URL)",
         url="https://www.crainsnewyork.com/article/20070717/FREE/70717008/edo-announces-210m-military-contract",
         text="""EDO Corp. said Tuesday that it won a $209.9 million contract from the U.S. military to develop devices that jam wireless signals used to set off road-side bombs.
The news sent the companys stock to a record high. Shares of EDO soared 10.5% to $36.81 in Tuesday afternoon trading. Shares have traded between $20.90 and $34.82 over the last 12 months.
The Navy awarded the contract in an effort to meet Pentagon demand related to Operation Iraqi Freedom and Operation Enduring Freedom. The 3,000-unit order is EDOs third contract for vehicle-mounted electronic jamming devices, bringing the total number ordered by the military to 5,200. In April, EDO received two separate awards for 1,100 units each.
The latest deal will significantly add to EDOs annual revenue, said company spokesman William Walkowiak. The U.S. government accounts for more than 80% of the company's revenue, which last year topped $715.2 million.
Work for the orders will be completed in Thousand Oaks and Lancaster, Calif., according to the Department of Defense. Devices under the first and second contracts will be delivered this year, while the most recent order is slated to ship during the first half of 2008.""",
         ents="""ORG: EDO Corp. | EDO | EDOs | Navy | Pentagon | Department of Defense
PER: William Walkowiak
LOC: U.S. | Thousand Oaks | Lancaster | Calif.
MISC: Operation Iraqi Freedom | Operation Enduring Freedom""",
         sentiments={"EDO Corp.": "positive"},
         events=["partnership"]),

    dict(id="en11-tribtoday-bway-hubbard-closing", lang="en", split="heldout5", date="2017-05 (from the URL)",
         url="http://www.tribtoday.com/news/local-news/2017/05/56-to-lose-jobs-with-plant-closing/",
         text="""56 to lose jobs with plant closing

Hubbard workers ready to negotiate, get shocking news

Tribune Chronicle

HUBBARD — As workers prepared earlier this week for contract talks to open with the new owner of a local manufacturing plant, they were told instead the facility is slated to close by the end of the year.

Jose Arroyo, a United Steelworkers union representative, said Bway Corp., which bought the paint and can plant owned by Ball Corp. in March, only purchased the facility’s assets and not the union contract.

He said the closure will cost 56 members of the bargaining unit their jobs. It was not clear how many non-union workers will be impacted.

Arroyo said the union learned about Atlanta-based Bway’s plans on Tuesday as negotiations were scheduled to start.

“Workers were in shock,” he said. “They really didn’t expect this. We were ready to discuss a contract, not hear this.”

On Monday, several of the plant’s workers met with union leaders and U.S. Sen. Sherrod Brown, D-Ohio, in Niles to discuss their concerns about U.S-China trade relations. At the time, Bway workers said they were optimistic about contract talks with the company.

On Thursday, Arroyo said union leaders still hope to work out a plan to keep the plant open when they meet with company leaders next month for another round of contract talks.

The Tribune Chronicle was unable to reach Bway leaders for comment on Thursday.""",
         boiler=["Tribune Chronicle"],
         ents="""ORG: United Steelworkers | Bway Corp. | Bway | Ball Corp. | Tribune Chronicle
PER: Jose Arroyo | Arroyo | Sherrod Brown
LOC: Hubbard | HUBBARD | Atlanta | U.S. | U.S | Ohio | Niles | China""",
         sentiments={"Bway Corp.": "negative", "Ball Corp.": "neutral"},
         events=["layoffs"]),

    dict(id="en11-equitypandit-ahluwalia-aai-order", lang="en", split="heldout5",
         date="2024-07-05 (approx.: 5 July from the text, the year inferred from the 52-week high and the order news)",
         url="https://equitypandit.com/ahluwalia-contracts-shares-skyrocketed-18-on-securing-an-order-worth-rs-572-crore",
         text="""Shares of Ahluwalia Contracts (India) Ltd skyrocketed 18% and hit a 52-week high of Rs 1,542.45 on 5 July after the company announced securing an order from the Airport Authority of India worth Rs 572 crore.
In its regulatory filing, the company said that it had secured a contract for constructing a new terminal building, allied structure and external development works on an engineering, procurement and construction (EPC) model for a total consideration of Rs 572 crore and has to be executed in a period of 24 months.
Earlier on 10 June, the company announced securing two new orders worth Rs 482.78 crore. The first order was from Birla Arnaa LLP that has to be executed in two phases and the second order was from Indian Financial Technology and Allied Services.
On 1 June, the company secured a contract worth Rs 2,157 crore from India Jewellery Park, Mumbai and another contract worth Rs 88.15 crore from Daffodil Hotel.
In its quarterly earnings for January-March, the company reported a 176.87% year-on-year increase in net profit and a 34.83% YoY increase in revenue from operations during the quarter.
At 12:35 pm, the shares of Ahluwalia Contracts were trading 14.72% higher at Rs 1,498.85 on NSE.""",
         ents="""ORG: Ahluwalia Contracts (India) Ltd | Ahluwalia Contracts | Airport Authority of India | Birla Arnaa LLP | Indian Financial Technology and Allied Services | India Jewellery Park | Daffodil Hotel | NSE
LOC: Mumbai""",
         sentiments={"Ahluwalia Contracts": "positive", "Birla Arnaa LLP": "neutral",
                     "Indian Financial Technology and Allied Services": "neutral", "India Jewellery Park": "neutral",
                     "Daffodil Hotel": "neutral"},
         events=["partnership"]),

    dict(id="en11-newindianexpress-india-cements-q2", lang="en", split="heldout5", date="2020-11-06",
         url="https://www.newindianexpress.com/business/2020/nov/06/india-cements-reports-13-fold-spike-in-q2-net-profit-at-rs-6921-crore-2220178.html",
         text=""" date 2020-11-06 By PTI

NEW DELHI: India Cements on Friday reported over 13-fold increase in its consolidated net profit at Rs 69.21 crore for the September quarter of the current fiscal helped by lower expenses.

It had reported a net profit of Rs 5.07 crore in the July-September quarter a year ago. Its total income during the quarter under review, however, declined 14.18 per cent to Rs 1,094.58 crore as against Rs 1,275.44 crore in the corresponding quarter of the last fiscal, India Cements said in a BSE filing.

The company's total expenses in the second quarter of the current financial year were down 22.83 per cent at Rs 980.83 crore as against Rs 1,271.02 crore in the corresponding period of the previous fiscal. Shares of India Cements were trading 4.24 per cent higher at Rs 126.50 apiece on BSE.""",
         boiler=["date 2020-11-06 By PTI"],
         ents="""ORG: India Cements | BSE
LOC: NEW DELHI""",
         sentiments={"India Cements": "positive"},
         events=["earnings"]),

    dict(id="en11-thisday-nipco-mobil-oil", lang="en", split="heldout5", date="2016-12-16",
         url="http://www.thisdaylive.com/index.php/2016/12/16/nipco-shareholders-approve-acquisition-of-mobil-oil-hail-board/",
         text=""" date 2016-12-16 Shareholders of Nipco Plc have applauded the move to acquire 60 per cent of Mobil Oil Nigeria Plc from Exxon Mobil Oil Corporation, United States.

Nipco Plc has signed an undertaking to acquire the 216,257,137 ordinary shares of Mobil Oil Nigeria for $301 million, subject to price adjustments for dividends and other factors.

At an extra-ordinary general meeting (EGM) held in Abuja, shareholders of Nipco lauded the acquisition and authorised the board to stand as Surety/Guarantor for Nipco Investments Limited,(its fully owned subsidiary) in its bid for the acquisition of the shares.

The shareholders also approved the guaranty dated 26th September, 2016 given by Nipco for the benefit of ExxonMobil Corporation in connection with the acquisition by Nipco Investments Limited of the sale shares.

EGM, one of the shareholders, Alhaji Sani Yau said the feat undertaken by the company is a commendable one, adding that it has further shown the firm’s level of confidence in the Nigerian economy.

According to him, the fact that Nipco had in the last 12 years focused exclusively on the downstream sector will give it necessary confidence and wherewithal to effectively position the company as an industry leader within the shortest possible time.

He maintained that the confidence reposed in Nipco to put Mobil Oil back into the leadership stride in the sector has stated to manifest in the upward rise of its shares by over 55 per cent since the news of the acquisition broke out.

The shareholder said the acquisition would make the group combined retail outlets to grow to about 500 stations bearing in mind that retailing offers veritable opportunities for upward growth in the downstream sector.

Earlier, the Managing Director, Nipco, Mr. Venkataraman Venkatapathy said the acquisition was as a result of ExxonMobil selecting Nipco as the preferred bidder for the 60 per cent equit""",
         ents="""ORG: Nipco Plc | Nipco | Mobil Oil Nigeria Plc | Mobil Oil Nigeria | Mobil Oil | Exxon Mobil Oil Corporation | Nipco Investments Limited | ExxonMobil Corporation | ExxonMobil
PER: Alhaji Sani Yau | Venkataraman Venkatapathy
LOC: United States | Abuja""",
         sentiments={"Nipco": "positive", "Mobil Oil Nigeria": "neutral", "Exxon Mobil Oil Corporation": "neutral",
                     "Nipco Investments Limited": "neutral", "ExxonMobil": "neutral"},
         events=["acquisition"]),

    dict(id="en11-mwanaspoti-cak-fines-contested", lang="en", split="heldout5",
         date="2025 (approx., from the text: fines paid between 2021 and 2025)",
         url="https://www.mwanaspoti.co.tz/bd/corporate/companies/firms-snub-sh1-4-billion-cak-fines-open-court-fights-5085132",
         text="""Just 12.4 percent of over Sh1.4 billion fines imposed by the Competition Authority of Kenya (CAK) since 2021 have been paid, as companies punished for misconduct take on the competition watchdog in courts.
The authority says firms fined for misconduct such as abuse of buyer power, forming cartels and other anti-competitive behaviours paid Sh177.5 million in fines and penalties between 2021 and 2025, as major players contested the measures.
Among major companies that have contested the penalties is Carrefour Supermarket, which the CAK fined Sh1.1 billion in December 2023 for demanding substantial discounts from suppliers.
Carrefour is currently entangled in a legal battle with the CAK at the competition tribunal.
“That is what we have imposed and collected (Sh177.5 million). There are still fines that are contested like the one for Carrefour. That one will not be complete until the client has exhausted the avenues for defending their rights,” said CAK’s Director-Deneral David Kemei.
Mr Kemei said while the authority has fined several companies in the steel and retail sectors Sh1.43 billion, Sh1.25 billion remains uncollected until the firms exhaust legal channels for their defence.
Nine steel manufacturers fined Sh338 million by the CAK in August 2023 for price-fixing and causing a shortage of key construction materials are also part of the players who have contested the decision in court. The companies included Devki Group, Doshi, Corrugated Steel Ltd, and Tononoka Rolling Mills.
“Those fines have been imposed but they have not crystallised so to say, until the process of appeal by clients is completed and decided by the tribunal,” Mr Kemei said.
He spoke as the CAK launched its strategic plan for the 2023-2027 period when the authority prioritises issues of consumer protection, mainstreaming research and advocacy, and creating more awareness for Kenyans.
The CAK maintains that it is using fines and penalties as a remedy to anti-competitive tendencies spar""",
         ents="""ORG: Competition Authority of Kenya | CAK | Carrefour Supermarket | Carrefour | Devki Group | Doshi | Corrugated Steel Ltd | Tononoka Rolling Mills
PER: David Kemei | Kemei""",
         sentiments={"Carrefour": "negative", "Devki Group": "negative", "Doshi": "negative",
                     "Corrugated Steel Ltd": "negative", "Tononoka Rolling Mills": "negative"},
         events=["legal"]),

    dict(id="en11-safinancenews-jse-naspers-avi", lang="en", split="heldout5",
         date="2018-09-11 (approx.: a Tuesday, from the text: AVI's annual results on the Monday, July manufacturing data, Attacq's first distribution as a REIT)",
         url="https://www.safinancenews.com/markets/jse-falls-as-naspers-loses-3-and-banks-shrug-off-stronger-rand/",
         text="""JSE falls as Naspers loses 3% and banks shrug off stronger rand

“Traders seemed reluctant to take huge positions ahead of the slew of critical data expected later in the week,” Nedbank Corporate and Investment Banking analysts said.

The market was eyeing local manufacturing data for July set to be released later in the morning. The data was likely to be an improvement on the previous month’s 0.7% growth amid expectations that the economy will improve in the second half from the recession in the first.

Thursday’s US inflation numbers will indicate if the US Federal Reserve is set to continue on its committed interest-rate hiking policy, despite earlier misgivings by US President Donald Trump.

At 9.32am the all share was 1.1% lower at 56,090.70 points and the top 40 had dropped 1.22%. The gold index shed 1.82%, industrials 1.47%, resources 1.06%, food and drug retailers 0.84% and property 0.74%,

Anglo American was 1.02% lower at R286.90. Subsidiary De Beers recorded sales of $505m in September compared with $507m in the same period a year earlier, the lowest sales for its seventh cycle since it started releasing its data in 2016.

Richemont slipped 1.22% to R127.82 after gaining on Monday following upbeat numbers. Sales for the five months to August rose 25% at constant exchange rates.

Among banks, Absa lost 1.18% to R152.68 but FirstRand edged up 0.51% to R68.97.

Discovery was 1.39% lower at R173.37.

Attacq lost 2% to R15.19. The group said it was targeting distribution growth of between 7.5% and 9.5% for the 2019 financial year, after reporting a maiden annual distribution of 74c per share as a first-time real-estate investment trust.

Nepi Rockcastle dropped 1.44% to R138.26.

Consumer goods company AVI slipped 1% to R112.01 after reporting annual results on Monday, which included a special dividend.

Naspers lost 2.53% to R3,038.26.

MTN dropped 0.92% to R73.41.

Sappi lost 1.59% to R96.12.

Source: businesslive.co.za""",
         boiler=["Source: businesslive.co.za"],
         ents="""ORG: JSE | Naspers | Nedbank Corporate and Investment Banking | Federal Reserve | Anglo American | De Beers | Richemont | Absa | FirstRand | Discovery | Attacq | Nepi Rockcastle | AVI | MTN | Sappi
PER: Donald Trump
LOC: US""",
         sentiments={"Naspers": "negative", "Nedbank Corporate and Investment Banking": "neutral",
                     "Anglo American": "negative", "De Beers": "negative", "Richemont": "mixed", "Absa": "negative",
                     "FirstRand": "positive", "Discovery": "negative", "Attacq": "mixed", "Nepi Rockcastle": "negative",
                     "AVI": "mixed", "MTN": "negative", "Sappi": "negative"},
         events=["earnings"]),

    dict(id="en11-fin24-shoprite-kenya", lang="en", split="heldout5", date="2017-10-30 (from the URL)",
         url="http://www.fin24.com/Markets/Equities/jse-drifts-sideways-after-strong-start-20171030",
         text="""Share

JSE drifts sideways after strong start

Johannesburg - Retailer Shoprite [JSE:SHP] was one of the big losers on the JSE on Monday, where share prices mostly drifted sideways after a strong start.

Most of the top shares started trading higher but then lost momentum and were only marginally higher by mid-morning, with the major indices also barely in the black. A slightly stronger rand also pushed the big shares slightly lower.

The rand was 0.98% stronger at R14.09, benefiting from an uptick in other emerging market currencies and helped by local exporters selling dollars.

Shoprite was however almost 3% softer by mid-morning as the company indicated that it is considering entering the Kenyan market.

The retail giant, which lost more than 3% over the previous seven days, dropped 2.98% to R201.31 and shares worth more than R80m were sold in early trade.

Shoprite said it is in talks to open its first stores in Kenya by filling retail space left empty by the struggling Nakumatt Holdings chain. The group is awaiting the outcome of merger talks between Nakumatt and local rival Tusker Mattresses before deciding whether to proceed.

Taking over vacated outlets would be the preferred way for Shoprite to enter the Kenyan market, as the retail market there is “too well established” to build new stores.

The group also said it grew South African sales by 8.1% in the three months to end-September, but still kept price increases low amid weak economic growth. The company said it slashed the prices of staples such as maize meal and potatoes, reducing the company’s internal inflation to 0.9% across all products, compared with 7.2% a year ago.

The All-share index was 0.16% stronger at mid-morning on a new high of 58 807 points, and the Top 40 index traded 0.11% higher on a high of 52 462 points. The Industrial index was 0.14% up on a high of 89 685 points, but the Resources index dropped 0.14%. The three big commodity giants, which all made strong gains over the pa""",
         boiler=["Share"],
         ents="""ORG: Shoprite | JSE#0,2 | Nakumatt Holdings | Nakumatt | Tusker Mattresses
LOC: Johannesburg | Kenya
MISC: All-share | Top 40""",
         sentiments={"Shoprite": "mixed", "Nakumatt Holdings": "negative", "Tusker Mattresses": "neutral"},
         events=["expansion", "earnings"]),

    dict(id="en11-ft-singtel-chua-ceo", lang="en", split="heldout5",
         date="2006-09-21 (approx.: a Thursday, from the text; the year from the URL's 2006 identifier)",
         url="https://www.ft.com/content/e0e5e1ea-4932-11db-84da-0000779e2340",
         text="""SingTel names new CEO

Listen to this article

00:00
00:00

Singapore Telecommunications, Southeast Asia’s biggest telecoms operator and Singapore’s largest listed company, Thursday named as its next chief executive its most senior female executive.

The appointment of Chua Sock Koong, SingTel’s chief financial officer and, since February, its head of international operations, comes as the state-owned group is facing problems maintaining momentum in its overseas expansion.

She replaces Lee Hsien Yang, a member of Singapore’s most influential political family, who spearheaded SingTel’s foreign acquisition strategy over the last decade. Mr Lee announced in July that he would step down, giving no reason.

Ms Chua, who will take up her new post in April, said she remained committed to increasing investments in Asian telecoms companies as long as they were “sensible”.

Although SingTel derives 75 per cent of its sales and two-thirds of pre-tax profits from its international investments, some of its once high-growth foreign operations are showing signs of weakness as the number of new subscribers slows.

The pace of its overseas investments has slackened in recent years as the number of attractive acquisition targets dwindle and the company focused on reviving the fortunes of Optus, the Australian mobile operator it bought in 2001. Recent returns at Optus have disappointed investors due to tough competition in the mature Australian market.

SingTel has spent S$20bn buying stakes in regional mobile operators in India, Thailand, Indonesia, the Philippines and Bangladesh in addition to Optus, its biggest overseas investment.

Ms Chua has been “instrumental in developing SingTel’s strategy over the past 10 years and has played a significant role in SingTel’s major acquisitions, divestments and partnerships,” said Mr Lee, who is the brother of Singapore’s prime minister.

The new chief executive joined SingTel in June 1989 as treasurer and became chief""",
         boiler=["Listen to this article", "00:00"],
         ents="""ORG: Singapore Telecommunications | SingTel | Optus
PER: Chua Sock Koong | Chua | Lee Hsien Yang | Lee
LOC: Southeast Asia | Singapore | India | Thailand | Indonesia | Philippines | Bangladesh""",
         sentiments={"SingTel": "mixed", "Optus": "negative"},
         events=["leadership_change"]),

    dict(id="en11-asiaone-singpost-coutts-ceo", lang="en", split="heldout5",
         date="2016-12 (approx., from the text: a year after Wolfgang Baier's resignation in December 2015)",
         url="http://www.asiaone.com/business/singpost-fills-ceo-post-after-one-year",
         text="""SingPost fills CEO post after one year

SingPost fills CEO post after one year

Singapore Post (SingPost) has appointed a new group chief executive, ending a year-long wait for anxious investors after the abrupt resignation of Dr Wolfgang Baier in December last year.

Chief financial officer Mervyn Lim is holding the fort as covering group chief executive.

Mr Paul William Coutts will helm SingPost with effect from June 1 next year, the firm announced yesterday.

He will also join the postal and e-commerce group's board as a non-independent director on that date.

The group had earlier said it would name a new chief executive officer before the end of this year.

Mr Coutts, who is British, will join SingPost from Toll Global Forwarding, one of the five divisions of logistics player Toll Group, where he has been CEO since February 2013 in a global role based in Singapore.

Mr Coutts, 60, also has more than 20 years of executive experience at major global logistics and postal companies.

His appointment adds to the new blood that has been brought in to lead SingPost after the group came under scrutiny for corporate governance lapses shortly after Dr Baier's departure last year.

SingPost chairman Simon Israel said of Mr Coutts: "Given his seniority and the experience he brings from an extensive logistics and postal career including global leadership roles, Paul is well positioned to provide overall leadership to the transformation of the group, integrate SingPost's e-commerce logistics platforms and build out a globally competitive business."

Mr Coutts said in a statement: "It is exciting to have the opportunity to lead SingPost through a transformation into an e-commerce logistics company.

"The natural fit of postal services with e-commerce logistics, together with Singapore's strategic position as a hub, provides a platform to build a world-class business."

The announcement was made after trading hours. The counter closed up half a cent at $1.47 yesterday.

maril""",
         boiler=["maril"],
         ents="""ORG: Singapore Post | SingPost | Toll Global Forwarding | Toll Group
PER: Wolfgang Baier | Baier | Mervyn Lim | Paul William Coutts | Coutts | Paul | Simon Israel
LOC: Singapore""",
         sentiments={"SingPost": "positive", "Toll Global Forwarding": "neutral", "Toll Group": "neutral"},
         events=["leadership_change"]),

    dict(id="en11-japantimes-japan-metals-rehabilitation", lang="en", split="heldout5", date="2002-02-23 (from the URL)",
         url="https://japantimes.co.jp/news/2002/02/23/business/japan-metals-throws-in-towel-seeks-protection-from-creditors",
         text="""Japan Metals & Chemicals Co., the nation's top ferroalloy manufacturer, on Friday afternoon stopped trying to rehabilitate itself and filed for court protection from creditors.

The company, which has close ties with Nippon Steel Corp. and group debt estimated at 141 billion yen, filed for protection under the Corporate Rehabilitation Law with the Tokyo District Court.

According to sources, the Tokyo-based company plans to ask Nippon Steel for assistance in its key ferroalloy production operations. The company hopes to generate profit by strengthening its fuel-cell business and other profitable areas, while terminating loss-making operations.

Japan Metals is listed on the first section of the Tokyo Stock Exchange.

Reports earlier in the day of the company's imminent filing for court protection prompted the TSE to suspend trading in Japan Metals to give investors time to digest the news. The bourses in Osaka and Nagoya followed suit.

Japan Metals is the first major manufacturer to go bankrupt since Niigata Engineering Co., a midsize heavy-duty machinery maker based in Niigata Prefecture, went under in November.

Japan Metals' business worsened due to a plunge in ferroalloy prices on the international market and slack domestic demand, resulting in net liabilities in the 1999 calendar year.

The company was also hit by the global slump in the information technology sector.

Its business did not improve despite rehabilitation efforts, including the transfer of its information technology division to a third-party firm, personnel cuts and streamlining of subsidiaries.

Japan Metals incurred a group net loss of 2.8 billion yen in the first half of 2001 on sales of 32.4 billion yen.

The company expects to post a group net loss of 7.9 billion yen for the full year. Its net liabilities stood at some 27 billion yen as of June 30.

The Japan Metals group has 1,400 workers.""",
         ents="""ORG: Japan Metals & Chemicals Co. | Japan Metals | Nippon Steel Corp. | Nippon Steel | Tokyo District Court | Tokyo Stock Exchange | TSE | Niigata Engineering Co.
LOC: Tokyo | Osaka | Nagoya | Niigata Prefecture
MISC: Corporate Rehabilitation Law""",
         sentiments={"Japan Metals & Chemicals Co.": "negative", "Nippon Steel Corp.": "neutral",
                     "Niigata Engineering Co.": "neutral"},
         events=["bankruptcy"]),

    dict(id="en11-businessstandard-lava-iris-x1", lang="en", split="heldout5", date="2014-05-12 (from the URL)",
         url="https://business-standard.com/article/pti-stories/lava-to-launch-android-kitkat-based-smartphone-for-under-rs-8k-114051201157_1.html",
         text="""Home-grown firm Lava will launch its new handset, powered by the latest Android KitKat, for under Rs 8,000 this week, adding more fire to the fiercely competitive affordable smartphone market in India.
The 'Iris X1' is powered by Android 4.4 KitKat operating system and has a 4.5 inch IPS display, Lava said in a statement.
The device is designed to offer all features that ensure easy multi-tasking and high quality media output with an 8MP rear camera, it added.
Also Read
"To add to it, Lava is going to price it aggressively under Rs 8k. Riding on the success of its Iris Pro series, Lava is really upbeat about this offering," the statement said.
Though no specific date of launch was disclosed, the statement said Lava "plans to launch the phone in the next few days" with a pan-India 360-degree marketing campaign.
Currently, only few phones like Nexus 5, Moto X, Moto G and Karbonn Titanium Hexa offer the KitKat operating system and most Android devices are running on the previous JellyBean generation.
Over the last few days, a slew of smartphones have been announced in the sub-Rs 12,000 category. From Moto G to the latest Lumia 630, handset makers are lining up devices at affordable price points.
Smartphone sales in the country grew almost three-fold to over 44 million in 2013, buoyed by a strong uptake of affordable devices made by local firms such as Micromax and Karbonn, according to research firm IDC.
While Samsung led the category with 38 per cent share, Micromax had 16 per cent, Karbonn (10 per cent), Sony (5 per cent) and Lava (4.7 per cent) in the fourth quarter of 2013.
India was one of the fastest-growing markets worldwide in terms of smartphone adoption in 2013, IDC data showed.""",
         boiler=["Also Read"],
         ents="""ORG: Lava | Micromax | Karbonn | IDC | Samsung | Sony
LOC: India#0,2
MISC: Android KitKat | Android 4.4 KitKat | Iris X1 | Iris Pro | Nexus 5 | Moto X | Moto G | Karbonn Titanium Hexa | KitKat | Android | JellyBean | Lumia 630""",
         sentiments={"Lava": "positive", "Micromax": "neutral", "Karbonn": "neutral", "IDC": "neutral",
                     "Samsung": "neutral", "Sony": "neutral"},
         events=["product_launch"]),

    dict(id="en11-inform-ringing-bells-freedom251", lang="en", split="heldout5", date="2016-02-19",
         url="https://en.inform.kz/amp/india-firm-launches-world-s-cheapest-smartphone_a2872259/",
         text=""" date 2016-02-19 An Indian company has launched what is being billed as the world's cheapest smartphone.

Ringing Bells earlier said their Freedom 251 phone would be priced under 500 rupees (£5; $7.3), but at the launch on Wednesday, it said it would cost just 251 rupees ($3.67; £2.56).



The phone has 8GB storage and cameras in the front and back, BBC informs. India is the world's second-largest mobile market and has one billion mobile phone subscribers.



Freedom 251 is expected to target a market already dominated by low-cost handsets. "This is our flagship model and we think it will bring a revolution in the industry," the AFP news agency quoted a spokeswoman as saying.



At present, the firm imports parts from overseas and assembles them in India, but plans to make its phones domestically within a year, she added.



Ringing Bells was set up a few months ago and recently launched one of India's cheapest 4G smartphones at 2,999 rupees, the Press Trust of India reported.""",
         ents="""ORG: Ringing Bells | BBC | AFP | Press Trust of India
LOC: India
MISC: Freedom 251""",
         sentiments={"Ringing Bells": "positive"},
         events=["product_launch"]),
]
