"""English real business articles (funding rounds, product launches, contracts and partnerships, CEO changes,
expansion, Chapter 11 filings, single-stock moves and analyst calls), added after the split: all development
(``split="dev"``). Stored page text as delivered (see make_real.py for the format and the annotation rules,
including the sentiment conventions of the third session)."""

ARTICLES = [
    dict(id="en13-thestar-rim-downgrade", lang="en", split="dev", date="2007-12-03 (from the URL)",
         url="https://www.thestar.com/business/2007/12/03/downgrade_hammers_rim.html",
         text="""Research In Motion shares tumbled more than 7 per cent on Monday after an analyst downgraded the company's stock, citing a recent run-up in its value and the uncertain impact the economy will have on a new product line.
The BlackBerry maker (TSX: RIM) saw its shares begin to drop in pre-market trading and continue throughout the day after Morgan Keegan analyst Tavis C. McCourt downgraded to "Market Perform" or "Hold" from "Outperform" or "Buy."
Company shares slid $9.07 to close at $104.76 on the Toronto Stock Exchange on Monday.
McCourt highlighted recent comments from co-CEO Jim Balsillie who said that customer churn has grown in the U.S. as the troubled financial sector begins to layoff workers.
Churn rate is the number or percentage of customers who cancelled service in the previous period.
"Although we expect growth trends to remain strong, and believe our most recent estimates are somewhat conservative, we believe substantial upside is necessary to drive further share price appreciation," McCourt said in a note.
RIM shares have more than doubled since June 27 when the company's profit and revenue surged to $287.7 million (U.S.) or 50 cents per diluted share.
McCourt expressed optimism for RIM's new BlackBerry 9000 technology.
"Given the success of the (Apple) iPhone and the apparent success of the LG Voyager, the 9000 series clearly has the potential to cause subscriber growth to accelerate, and continue the enterprise upgrade cycle," he said.""",
         ents="""ORG: Research In Motion | RIM#1,2 | TSX | Morgan Keegan | Toronto Stock Exchange | Apple | LG
PER: Tavis C. McCourt | McCourt | Jim Balsillie
LOC: U.S.
MISC: BlackBerry | BlackBerry 9000 | iPhone | Voyager""",
         sentiments={"Research In Motion": "negative", "Morgan Keegan": "neutral", "Apple": "neutral", "LG": "neutral"},
         events=[]),

    dict(id="en13-japantimes-hitachi-ibm-hdd", lang="en", split="dev", date="2002-04-18 (from the URL)",
         url="https://japantimes.co.jp/news/2002/04/18/business/hitachi-ibm-to-form-hard-disk-drive-alliance",
         text="""Hitachi Ltd. and International Business Machines Corp. said Wednesday they have agreed to form a strategic alliance in the field of storage technologies and will set up a joint venture to integrate their hard disk drive operations.
The high-tech giants are planning a multiyear alliance to research and develop new open standard-based technologies for next-generation storage networks.
The firms also said the HDD joint venture will feature combined research, development and manufacturing operations, as well as related sales and marketing teams.
The new venture, with its headquarters in San Jose, Calif., will be owned 70 percent by Hitachi and 30 percent by IBM. The two companies have yet to decide on the new firm's capitalization figure.
Combining the HDD operations of Hitachi and IBM, the new firm's sales will reach 500 billion yen to 600 billion yen, making it the second largest of its kind in the world, company officials said.
The two firms plan to establish the venture this year, they said.
The integration sets the stage for the companies to compete with the world's leading manufacturer of storage equipment, EMC Corp. of the United States.
Hitachi will dispatch top managers to the new firm, whose workforce is expected to be around 24,000.
"Strong hardware is essential to our companywide efforts to enhance solutions operations," said Yoshiro Kuwata, executive vice president of Hitachi.
Nicholas Donofrio, senior vice president of IBM, said, "Our two companies believe that the evolving nature of the storage industry is creating tremendous opportunity."
With your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section of your subscriber account page.""",
         boiler=["With your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section of your subscriber account page."],
         ents="""ORG: Hitachi Ltd. | Hitachi | International Business Machines Corp. | IBM | EMC Corp.
PER: Yoshiro Kuwata | Nicholas Donofrio
LOC: San Jose | Calif. | United States""",
         sentiments={"Hitachi": "positive", "International Business Machines": "positive", "EMC": "neutral"},
         events=["partnership"]),

    dict(id="en13-oganiza-techcrunch-felt-series-a", lang="en", split="dev",
         date="2022 (approx., from the text: after an August 2021 seed round, amid 'economic turmoil in the tech world')",
         url="https://oganiza.com/map-medium/",
         text="""map medium
Despite economic turmoil in the tech world, an Oakland-based startup shows that moonshots are still getting funded. Felt, co-founded by Sam Hashemi and Can Duruk, wants to disrupt the role of maps in society, and rethink how we think about the medium. The startup allows users to build a map with datasets integrated into it, and work with each other to showcase impact in a less static way than your average Google maps query.
Despite a massive mission — proving that maps are a forgotten yet fundamental medium worth renovating — the co-founders cited proven business models from Figma and Notion, both valued in the billions, as reason to believe in their work. The aforementioned companies both succeeded in rolling out to users for personal use, then pivoting to the enterprise, a playbook that Felt wants to follow (and that VCs can certainly speak the language of).
The argument worked. Today, the collaborative software startup tells TechCrunch that it recently closed a $15 million Series A led by Footwork, with participation from Bain Capital Ventures, Moxxie Ventures and Designer Fund.
Since its seed round, a $4.5 million investment announced in August 2021, Felt has grown its team from seven people to 15 people across Hawaii, California, Missouri, Vermont, Canada and Spain. One of Felt’s team members — Mamata Akella — is even an in-house cartographer — a job title you don’t too often see as part of the early-stage startup ranks.
The funding, and team growth, means that Felt thinks it is ready for the next phase of growth: feedback. The startup launched its platform publicly today after weeks of private beta testing with over 1,000 people. The public beta combined 50 layers of data, such as earthquake history or wildfire data, with a clean interface meant to empower people to draw their own maps. That in and of itself is a feat, the co-founders say, given that data is often fragmented, inaccurate or just straight-up badly formatted.
map medium""",
         boiler=["map medium"],
         ents="""ORG: Felt | Figma | Notion | TechCrunch | Footwork | Bain Capital Ventures | Moxxie Ventures | Designer Fund
PER: Sam Hashemi | Can Duruk | Mamata Akella
LOC: Oakland | Hawaii | California | Missouri | Vermont | Canada | Spain
MISC: Google maps""",
         sentiments={"Felt": "positive", "Figma": "neutral", "Notion": "neutral", "Footwork": "neutral",
                     "Bain Capital Ventures": "neutral", "Moxxie Ventures": "neutral", "Designer Fund": "neutral"},
         events=["funding", "product_launch"]),

    dict(id="en13-stockmarketwire-avon-protection-army", lang="en", split="dev", date="2021-09-08",
         url="https://www.stockmarketwire.com/article/7215254/Avon-Protection-wins-up-to-87-point-6m-head-protection-contract-from-US-Army.html",
         text=""" date 2021-09-08 StockMarketWire.com - Rubber products supplier Avon Protection said it had won a contract worth up to $87.6 million over two years to develop and supply the US Army with integrated head protection system.
The contract replaced the next-generation IHPS contract announced on 24 September 2020, which was withdrawn following a competitor protest.
The army had now placed an order worth $1.3 million for first article test samples, for delivery in the first half of Avon's 2022 financial year.
Production under the contract would follow on from an existing low-rate initial production contract for the first generation IHPS which, following an extension announced on 1 April, was due to end in 2022.
Story provided by StockMarketWire.com
Shares Magazine
Shares is the leading weekly publication for retail investors. It is packed with investment ideas, news and educational material to help build and run portfolios and get more from your money.
Investor Events
Shares puts on free Investor Events throughout the year across the country. They provide an opportunity for investors to learn more about companies on the stock market and hear from a range of investment experts including fund managers and Shares journalists.""",
         boiler=["Story provided by StockMarketWire.com", "Shares Magazine",
                 "Shares is the leading weekly publication for retail investors. It is packed with investment ideas, news and educational material to help build and run portfolios and get more from your money.",
                 "Investor Events",
                 "Shares puts on free Investor Events throughout the year across the country. They provide an opportunity for investors to learn more about companies on the stock market and hear from a range of investment experts including fund managers and Shares journalists."],
         ents="""ORG: StockMarketWire.com | Avon Protection | Avon | US Army
MISC: IHPS""",
         sentiments={"Avon Protection": "positive"},
         events=["partnership"]),

    dict(id="en13-acmesponge-disney-chapek-ceo", lang="en", split="dev",
         date="2020-02-25 (approx., from the text: 'announced Tuesday', after the November 2019 Disney+ launch)",
         url="https://acmesponge.com/entertainment/walt-disney-co-names-bob-213520720.html",
         text="""The Walt Disney Company has named a new CEO.
Bob Chapek is replacing Bob Iger, effective immediately, the company announced Tuesday.
Chapek, 60, who has been with the company for 27 years and was most recently chairman of Disney Parks, Experiences and Products, a position created in 2018, will take over Disney's day-to-day operations, the company says.
That will allow Iger, who will stay on as executive chairman through Dec. 31, 2021, to focus on the company's overall creative vision and strategy over his remaining two years with the company.
The time was right for Iger to step down as CEO, he said, now that Disney had successfully launched Disney+ in November 2019 and consolidated into the fold the Fox movie and television studios, acquired in a $71.3 billion transaction that closed in March 2019.
Stock market turmoil: Dow tumbles nearly 900 points, bond yields slide on fears coronavirus will sting economy
'An economic pandemic': The coronavirus is becoming a bigger threat to the U.S., economists say
"We feel that this change gives us the ability to manage the company much more effectively ... and enabling me to concentrate on what's obviously very important," Iger said on a call with investment analysts Tuesday afternoon. "It also sets up, we think, a great transition process that will lead to, basically, Bob taking over the company fully when I leave and at that point being far better versed in all the company's businesses and creative endeavors. It just made sense. It was that simple."
Meet the new Disney boss
Chapek is the seventh CEO in company's nearly 100-year history. Disney is "extremely fortunate that we have in Bob someone that knows the company extremely well (and) that we know so well," Iger said.
Experience across Disney's different companies including parks, consumer products and home video has prepared Chapek for the CEO spot, he says.
"Everything in my career has been a consumer-oriented business. That's where I played," Chapek said. "The idea that""",
         boiler=["Stock market turmoil: Dow tumbles nearly 900 points, bond yields slide on fears coronavirus will sting economy",
                 "'An economic pandemic': The coronavirus is becoming a bigger threat to the U.S., economists say"],
         ents="""ORG: Walt Disney Company | Disney | Disney Parks, Experiences and Products | Fox
PER: Bob Chapek | Chapek | Bob Iger | Iger | Bob
MISC: Disney+""",
         sentiments={"Walt Disney Company": "positive", "Disney Parks, Experiences and Products": "neutral", "Fox": "neutral"},
         events=["leadership_change"]),
    dict(id="en13-bnnbloomberg-big-lots-chapter11", lang="en", split="dev", date="2024-09-09 (from the URL)",
         url="https://www.bnnbloomberg.ca/investing/2024/09/09/discount-retailer-big-lots-files-for-chapter-11-bankruptcy/",
         text="""(Bloomberg) -- Big Lots Inc. filed for bankruptcy protection, capping a multi-year decline for the discount retailer.
The Columbus, Ohio-based company says it filed for Chapter 11 bankruptcy in Delaware, according to a company statement. Chapter 11 allows a company to continue operating while it works out a creditor repayment plan.
Big Lots sought court protection after suffering from years of declining same-store sales and closing swaths of locations. Its stores numbered almost 1,400 as of May, according to regulatory filings.""",
         ents="""ORG: Bloomberg | Big Lots Inc. | Big Lots
LOC: Columbus | Ohio | Delaware
MISC: Chapter 11""",
         sentiments={"Big Lots": "negative"},
         events=["bankruptcy"]),
]
