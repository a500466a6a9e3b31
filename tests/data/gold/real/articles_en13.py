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

    dict(id="en13-fool-bristol-myers-bmo-upgrade", lang="en", split="dev", date="2014-02-10 (from the URL)",
         url="https://www.fool.com/investing/general/2014/02/10/why-bristol-myers-squibb-co-bounced-today.aspx",
         text="""While Fools should generally take the opinion of Wall Street with a grain of salt, it's not a bad idea to take a closer look at particularly stock-shaking upgrades and downgrades -- just in case their reasoning behind the call makes sense.
What: Shares of Bristol-Myers Squibb Co. (BMY 0.61%) rallied more than 2% today after BMO Capital Markets upgraded the pharmaceutical giant from market perform to outperform.
So what: Along with the upgrade, analyst Alex Arfaei boosted his price target to $60 (from $56), representing about 19% worth of upside to Friday's close. While momentum traders might be turned off by the stock's steady slide over the past month, Arfaei thinks that it's a good time to jump in given Bristol-Myers' still-appealing growth prospects and seemingly inexpensive valuation.
Now what: According to BMO, Bristol-Myers' risk/reward trade-off is pretty attractive at this point. "We are upgrading BMY to Outperform from Market Perform based on our more positive outlook for the company's immuno-oncology (IO) pipeline and lower market expectations following the recent update on the Checkmate-012 trial... Now $60/share using DCF," noted Arfaei. "Investors should buy BMY prior to ASCO and should not interpret potentially positive updates for MK-3475 as negative for BMY; this market will likely be large enough to accommodate multiple players." With Bristol-Myers still up more than 40% from its 52-week lows and trading at a 30-plus forward P/E, however, I'd wait for an even wider margin of safety before buying into that bullishness.""",
         ents="""ORG: Bristol-Myers Squibb Co. | Bristol-Myers | BMY#1,2,3 | BMO Capital Markets | BMO
PER: Alex Arfaei | Arfaei
LOC: Wall Street
MISC: Checkmate-012 | ASCO | MK-3475""",
         sentiments={"Bristol-Myers Squibb Co.": "positive", "BMO Capital Markets": "neutral"},
         events=[]),

    dict(id="en13-investorplace-target-bofa-upgrade", lang="en", split="dev", date="2023-10 (from the URL)",
         url="https://investorplace.com/2023/10/target-tgt-stock-scores-new-buy-rating-from-bofa/",
         text="""Target (NYSE:TGT) stock is on the rise Thursday after the company’s shares got an upgrade from Bank of America analyst Robert Ohmes.
The Bank of America analyst upgraded shares of TGT stock from a “neutral” rating to a “buy” rating today. To put that in perspective, the analysts’ consensus rating for TGT shares is hold based on 31 opinions.
To go along with that upgrade, Ohmes increased his price target for TGT stock from $120 per share to $135 per share. That represents a potential upside of 24% for the stock. For comparison, the analysts’ consensus price prediction for TGT shares is $157 each.
What’s Behind the Bull Stance on TGT Stock?
Here’s what the Bank of America analysts had to say about Target stock in a note to clients obtained by CNBC.
“With the stock trading at just 12x 2yr forward earnings, we believe the risk/reward outlook has improved and see catalysts that could drive upside to our modestly above-consensus EPS estimates as well as P/E multiple expansion. We also see potential for TGT’s ticket comps to turn positive given potential for improved sell through on lower inventory levels across the store and fewer promos.”
TGT stock is up 1.7% as of Thursday morning with some 1.4 million shares traded. The company’s daily average trading volume is around 4.9 million shares.
On the date of publication, William White did not have (either directly or indirectly) any positions in the securities mentioned in this article. The opinions expressed in this article are those of the writer, subject to the InvestorPlace.com Publishing Guidelines.""",
         boiler=["On the date of publication, William White did not have (either directly or indirectly) any positions in the securities mentioned in this article. The opinions expressed in this article are those of the writer, subject to the InvestorPlace.com Publishing Guidelines."],
         ents="""ORG: Target | NYSE | TGT#1,2,3,4,5,6,7 | Bank of America | CNBC
PER: Robert Ohmes | Ohmes""",
         sentiments={"Target": "positive", "Bank of America": "neutral"},
         events=[]),

    dict(id="en13-nasdaq-photronics-stock-pops", lang="en", split="dev", date="2019-12-11 (from the URL)",
         url="https://www.nasdaq.com/articles/why-photronics-stock-just-popped-19.5-2019-12-11",
         text="""Photronics (NASDAQ: PLAB) stock shot out of the gate at light speed this morning.

Before the open, Photronics reported its fiscal fourth-quarter 2019 financials. Earnings only met analyst estimates for $0.15 per share, but sales eclipsed predictions at $156.3 million -- nearly $9 million more than analysts had expected. Investors are reacting with applause, and Photronics stock is up 19.5% as of 10:25 a.m. EST.

Photronics, which makes "photomasks" (quartz or glass plates bearing microscopic images of electronic circuits, which are used as guides to manufacture semiconductors and flat panel displays), saw its sales reach new records, growing 8% year over year and 13% sequentially. Revenue from the company's semiconductor business grew only 1% year over year, but flat panel display revenues shot up 29%.

Despite this good news, however, actual earnings for the company declined 17% year over year from last year's $0.18 per share. Still, that number was no worse than analysts had expected.

What's really driving Photronics' stock price gains today, though, isn't the earnings it made last quarter but its prediction of what it will earn this quarter -- fiscal Q1 2020. According to guidance, Q1 2020 sales will range from $146 million to $154 million, all numbers far ahead of the $143.1 million that Wall Street was banking on.

Earnings should please investors as well, with Photronics management forecasting GAAP profits of between $0.13 and $0.18 per share -- potentially as much as 50% above the $0.12 per share that Wall Street has predicted for the quarter and more than twice what Photronics earned a year ago.

No wonder investors are excited.""",
         ents="""ORG: Photronics | NASDAQ
LOC: Wall Street""",
         sentiments={"Photronics": "positive"},
         events=["earnings"]),

    dict(id="en13-usatoday-gm-2b-plants", lang="en", split="dev", date="2011-05 (from the URL; 'announced Tuesday')",
         url="http://content.usatoday.com/communities/driveon/post/2011/05/general-motors-to-invest-2b-in-plants-create-4200-jobs/1",
         text="""Bob Stempel: General Motors CEO, engineer, EV1 pioneer dies
Toyota comes back as world's most valuable auto brand

General Motors to invest $2B in plants, create 4,000 jobs

By Fred Meier, USA TODAY

UPDATE 1:30 ET with official announcement, details, slightly fewer jobs.

GM announced Tuesday that it will invest about $2 billion in U.S. assembly and component plants, "creating or preserving" about 4,000 jobs at 17 plants in eight states.

The announcement had been widely expected, but details weren't confirmed until CEO Dan Akerson spoke today GM's Toledo, Ohio, transmission plant Tuesday. Toledo is to get $204 million and about 250 more jobs to build a fuel-efficient, eight-speed automatic transmission.

Akerson said, ""We are doing this because we are confident about demand for our vehicles and the economy."

Akerson also will visit other plants in the plan. They will also include the Warren (Mich.) Tech Center and the powertrain plant in Tonawanda, N.Y., according to a report by the Detroit Free Press.

Most of the jobs will be on the plant floor, but some white-collar jobs are in the plans. Hiring is expected to start this year and run through 2013.

About half the hires will be at Detroit-Hamtramck, where GM builds the Chevrolet Volt and is in the expected last year of building the Buick Lucerne and Cadillac DTS sedans. Later this year, it will be revamped to start building the 2013 Malibu.

The first of the new investments -- $131 million and about 250 additional jobs in Bowling Green, Ky. -- however, was announced separately last week. Factory improvements, new equipment and the new jobs there are to build the next-generation Chevrolet Corvette. The current model will be manufactured for at least two more model years, GM said.

GM said it would make specific investment announcements -- which plants get how much money and how many jobs -- over the next few months. the automakers said some deals depend on whether and which state and local governments provide i""",
         boiler=["Bob Stempel: General Motors CEO, engineer, EV1 pioneer dies",
                 "Toyota comes back as world's most valuable auto brand",
                 "By Fred Meier, USA TODAY"],
         ents="""ORG: General Motors | GM | Detroit Free Press
PER: Dan Akerson | Akerson
LOC: U.S. | Toledo | Ohio | Warren | Mich. | Tonawanda | N.Y. | Detroit-Hamtramck | Bowling Green | Ky.
MISC: Chevrolet Volt | Buick Lucerne | Cadillac DTS | Malibu | Chevrolet Corvette""",
         sentiments={"General Motors": "positive"},
         events=["funding", "expansion"]),

    dict(id="en13-futurefive-nokia-microsoft", lang="en", split="dev", date="2011-02-14",
         url="https://futurefive.co.nz/story/nokia-ms-announce-mobile-partnership-video",
         text="""14 Feb 2011
Story image

Nokia, MS announce mobile partnership - video

As expected, Nokia will adopt Windows Phone as its primary smartphone strategy in an attempt to save itself from its own burning platform.

The open letter from Nokia CEO Stephen Elop and Microsoft CEO Steve Ballmer says that Nokia and Microsoft will closely collaborate on development, joint marketing initiatives and a shared development roadmap to align on the future evolution of mobile products.

The partnership was announced at an event in London on Friday.

“Today in London, our two companies announced plans for a broad strategic partnership that combines the respective strengths of our companies and builds a new global mobile ecosystem,” the letter reads.

“The partnership increases our scale, which will result in significant benefits for consumers, developers, mobile operators and businesses around the world. We both are incredibly excited about the journey we are on together.”

Here’s a video announcing the deal:

Recent stories
More stories""",
         boiler=["14 Feb 2011", "Story image", "Recent stories", "More stories"],
         ents="""ORG: Nokia | MS | Microsoft
PER: Stephen Elop | Steve Ballmer
LOC: London
MISC: Windows Phone""",
         sentiments={"Nokia": "mixed", "Microsoft": "positive"},
         events=["partnership"]),

    dict(id="en13-cnet-voicestream-istream-gprs", lang="en", split="dev",
         date="2001 (approx., from the text: California and Nevada to follow in mid-2002)",
         url="https://www.cnet.com/tech/mobile/voicestream-launches-new-phone-network/",
         text="""VoiceStream launches new phone network

The company flips the switch on a nearly nationwide network capable of sending e-mails or phone calls at speeds three times faster than its competitors.

VoiceStream Wireless has flipped the switch on a nearly nationwide phone network capable of sending e-mails or phone calls at speeds three times faster than its competitors, including AT&T Wireless and Verizon Wireless.

On Wednesday VoiceStream unveiled a new series of services, called "iStream," that lets users connect to the faster network and access their Microsoft Outlook and Lotus Notes e-mails. This will be offered to anyone interested and will cost between $3 and $40 a month. Customers will have to buy new phones to use the service.

The move edges VoiceStream ahead of competitors AT&T Wireless and Cingular Wireless in the race to be first to offer a national network using a technology called GPRS, or general packet radio service. Both AT&T and Cingular have launched portions of their GPRS networks, but are still working on a full deployment.

"Obviously, VoiceStream will have a greater reach now, but the breadth of our network in the long run will allow us to reach more customers domestically and nationally," said AT&T Wireless spokesman Ritch Blasi.

"I don't want to shake my finger at them," said Kim Thompson, a VoiceStream Wireless spokeswoman. "Whether it's GPRS or (other types of phone networks), customers don't really understand that. What they understand is how that will help (them)."

VoiceStream's new GPRS service is available everywhere except California and Nevada, which will be launched in mid-2002, and North and South Carolina, where they are awaiting the resolution of a dispute over the spectrum. VoiceStream believes it owns the rights to the spectrum needed to offer service in the Carolinas. However, so does NextWave, a would-be wireless carrier now in a bitter legal battle with the Federal Communication Commission, which is expected to be resolved soo""",
         ents="""ORG: VoiceStream Wireless | VoiceStream | AT&T Wireless | AT&T | Verizon Wireless | Cingular Wireless | Cingular | NextWave | Federal Communication Commission
PER: Ritch Blasi | Kim Thompson
LOC: California | Nevada | North | South Carolina | Carolinas
MISC: iStream | Microsoft Outlook | Lotus Notes""",
         sentiments={"VoiceStream Wireless": "positive", "AT&T Wireless": "neutral", "Verizon Wireless": "neutral",
                     "Cingular Wireless": "neutral", "NextWave": "neutral"},
         events=["product_launch", "competition"]),

    dict(id="en13-blog-tmobile-google-g1", lang="en", split="dev",
         date="2008-09-23 (approx., from the text: launched 'on Tuesday', on sale from October; blog URL dated 2009-05)",
         url="https://aman001.blogspot.com/2009/05/first-google-phone-unveiled-in-us.html",
         text="""Mobile service provider T- Mobile on Tuesday launched the first cell phone powered by a operating system development by Internet giant Google in the United States, and the companies expect to sell at least 200,000 of the handset by the year end.
The G1 smart phone, which mimic many of the features of Apple's popular iPhone, features a touch screen and a fold out keyboard. The device will be available for customers exclusively through T- Mobile in the United States from October, the companies said.
The device will be the first Google phone available in the market after Google announced last year to develop an open-source operation system called Android for wireless devices that could encourage new application development.
"With Android, we've opened the mobile Web not only for millions of users, but also to mobilize the developer community that understands the next most important platform in the world rests in the palm of our hand," said Andy Rubin, Google's senior director of mobile platforms, in a statement.
T-Mobile is expected to charge customers 179 U.S. dollars for a G1 handset with a two-year contract, or 20 dollars less than the iPhone, in an effort to lure new customers and compete with the popular Apple product.
T-Mobile, which is owned by Germany's Deutsche Telekom AG, said it will launch the device in Britain in November and in other European markets early next year. Industry analysts estimate that as many as 9 million units of G1 phone would be sold globally for next year.
No comments:
Post a Comment""",
         boiler=["No comments:", "Post a Comment"],
         ents="""ORG: T- Mobile | T-Mobile | Google | Apple | Deutsche Telekom AG
PER: Andy Rubin
LOC: United States | U.S. | Germany | Britain
MISC: G1 | iPhone | Android""",
         sentiments={"T-Mobile": "positive", "Google": "positive", "Apple": "neutral", "Deutsche Telekom": "neutral"},
         events=["product_launch"]),

    dict(id="en13-defenceonline-mti-psk-mod-contract", lang="en", split="dev", date="2022-07-19 (from the URL)",
         url="https://defenceonline.co.uk/2022/07/19/mti-secures-10m-contract-with-israeli-ministry-of-defence",
         text="""This contract was won by P.S.K. WIND Technologies Ltd (“PSK”).
The MOD is a returning customer for PSK, a company that the Group acquired 51% of in January 2022.
PSK specialises in the development, manufacture and integration of communication systems and advanced monitoring and control systems for the Government and defence industry market.
PSK has worked for the MOD for over seven years, providing service and maintenance support, with this contract being a continuation of the same services.
MTI’s CEO, Moni Borovitz, commented: “This is a significant contract win and on a seven year basis it is the most valuable contract that the Group has ever won.
“The MOD is a tier one defence customer and we are delighted that they wish to retain PSK’s services for at least three years and we would anticipate completing a full seven year term, given that PSK and the MOD have a history of working closely together in the relevant areas.
“This contract win follows the PSK orders reported in June 2022 and previously.
“PSK’s status as a qualified MOD provider for strategic projects and its relationships with Government and defence industry customers, as demonstrated by this contract, were key to our rationale for acquiring 51% of PSK earlier in the year.
“PSK is already proving to be a strong acquisition and this contract win, while anticipated, provides us with excellent visibility and confidence over future revenues.”
If you would like to join our community and read more articles like this then please click here.""",
         boiler=["If you would like to join our community and read more articles like this then please click here."],
         ents="""ORG: P.S.K. WIND Technologies Ltd | PSK | MOD | MTI
PER: Moni Borovitz""",
         sentiments={"P.S.K. WIND Technologies Ltd": "positive", "MTI": "positive"},
         events=["partnership"]),

    dict(id="en13-chinatechnews-chinadotcom-soprano-jv", lang="en", split="dev", date="2003-12-08 (from the URL)",
         url="https://www.chinatechnews.com/2003/12/08/18-chinadotcom-announces-jv-with-australian-mobile-network-services-infrastructure-provider",
         text="""chinadotcom corporation, an integrated enterprise software and mobile applications company in China and internationally, recently announced that its newly established mobile unit in Australia has signed a binding term sheet to form a 50/50 joint-venture ("JV") with Soprano Design ("Soprano"), a leading mobile network service infrastructure supplier based in Australia.
The JV is a component of chinadotcom's strategy of leveraging upon its well-established mobile applications business in China and its international presence in technical infrastructure for applications development, to drive the expansion of its mobile applications service offerings beyond pure SMS (text messaging) based products to 2.5 generation ("G") and 3G enabled products with higher value-added applications such as multimedia applications, mobile games and video downloads.
Upon finalization of the JV which is contemplated in the next 60 days, Soprano will license its mobile network services infrastructure technology exclusively to the JV in the Greater China region. In addition, leveraging upon chinadotcom's mobile development capabilities in China, the JV will introduce Soprano's technology to China and a fully localized version of this platform is contemplated that will enable it to meet the requisite regulations and requirements for the China market and the needs of its customers in China.
Daniel Widdicombe, Chief Financial Officer of chinadotcom corporation said: "We are continuing the process of leveraging off our established wireless business in China. The contemplated JV is a further strategic move aimed at expanding our mobile applications capabilities internationally, although this contemplated JV is still in its early stages and the financial impact is expected to be minimal in the near term. China continues to be the largest, rapid-growth mobile market globally, and we will continue to look for applicable state-of-the-art wireless technologies with high value-added applications outside""",
         ents="""ORG: chinadotcom corporation | chinadotcom | Soprano Design | Soprano
PER: Daniel Widdicombe
LOC: China | Australia | Greater China""",
         sentiments={"chinadotcom": "positive", "Soprano Design": "positive"},
         events=["partnership"]),

    dict(id="en13-benzinga-jpmorgan-raymond-james-upgrade", lang="en", split="dev", date="2013-07 (from the URL)",
         url="http://www.benzinga.com/analyst-ratings/analyst-color/13/07/3724638/jp-morgan-shares-rally-following-raymond-james-upgrade-t",
         text="""JP Morgan Shares Rally Following Raymond James Upgrade to Strong Buy

Loading...
Loading...
JP Morgan
JPM
earlier received an upgrade from Raymond James' Anthony Polini. The analyst now rates JP Morgan shares a Strong Buy, up from Outperform previously. Polini's price target on JP Morgan was raised from $55 to $64, implying 20 percent upside from the current share price. Polini called JP Morgan a top pick for Raymond James. Polini cited an encouraging EPS growth outlook and lessened concerns over last year's "London whale" debacle. The Raymond James analyst boosted his 2013 EPS estimate from $5.60 to $5.75 and his 2014 estimate from $5.75 to $6.00. The Wall Street consensus for FY13 currently sits at $5.73, while the FY14 consensus sits at $5.97. Shares of JP Morgan are up nearly 2.7 percent to $53.50 about an hour into Tuesday's trading session.
date
ticker
name
Price Target
Upside/Downside
Recommendation
Firm
Posted In: Analyst ColorNewsUpgradesPrice TargetAnalyst Ratings
Benzinga simplifies the market for smarter investing

Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects the stocks you care about.

Join Now: Free!

Loading...""",
         boiler=["Loading...", "JPM", "date", "ticker", "name", "Price Target", "Upside/Downside", "Recommendation", "Firm",
                 "Posted In: Analyst ColorNewsUpgradesPrice TargetAnalyst Ratings",
                 "Benzinga simplifies the market for smarter investing",
                 "Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects the stocks you care about.",
                 "Join Now: Free!"],
         ents="""ORG: JP Morgan | Raymond James
PER: Anthony Polini | Polini
LOC: Wall Street
MISC: London whale""",
         sentiments={"JP Morgan": "positive", "Raymond James": "neutral"},
         events=[]),

    dict(id="en13-usatoday-seaport-airlines-chapter11", lang="en", split="dev", date="2016-02-08 (from the URL; filed 'Friday')",
         url="https://www.usatoday.com/story/travel/flights/todayinthesky/2016/02/08/struggling-seaport-airlines-files-bankruptcy/79997862/",
         text="""PORTLAND, Ore. (AP) — Oregon-based SeaPort Airlines has filed for Chapter 11 bankruptcy protection but the company says daily operations will not be interrupted.

The commuter airline said Friday it expects to continue to operate its current schedule of flights, pay its employees and honor existing tickets and reservations.

The company also announced Rob Kinney has resigned as CEO and president. Timothy Sieber, who recently served as executive vice president, has been named president.

BOOKMARK: Go directly to the Today in the Sky homepage

The news comes after the airline has reduced flights in its network, blaming a pilot shortage that began last year and has affected its entire operation.

The bankruptcy was filed in federal court in Oregon.

IN PICTURES: 30 cool aviation photos

Show Thumbnails
Show Captions
facebook sharetwitter shareemail shareemail share
Read or Share this story:""",
         boiler=["BOOKMARK: Go directly to the Today in the Sky homepage", "IN PICTURES: 30 cool aviation photos",
                 "Show Thumbnails", "Show Captions", "facebook sharetwitter shareemail shareemail share",
                 "Read or Share this story:"],
         ents="""ORG: SeaPort Airlines | AP
PER: Rob Kinney | Timothy Sieber
LOC: PORTLAND | Ore. | Oregon
MISC: Chapter 11""",
         sentiments={"SeaPort Airlines": "negative"},
         events=["bankruptcy", "leadership_change"]),

    dict(id="en13-fool-bed-bath-beyond-ceo-resigns", lang="en", split="dev", date="2019-05-13 (from the URL)",
         url="https://www.fool.com/investing/2019/05/13/why-bed-bath-beyond-stock-fell-today.aspx",
         text="""What happened

Shares of Bed Bath & Beyond (NASDAQ:BBBY) fell as much as 7% early Monday, then settled to trade down 4.8% after the specialty retailer announced the resignation of its chief executive officer.

In a press release this morning, Bed Bath & Beyond said CEO Steven Temares has also resigned as a member of the company's board of directors, effective immediately.

Stock market data and charts on a colorful display

Image source: Getty Images.

So what

The move shouldn't be entirely surprising. Bed Bath & Beyond has faced increasing pressure from multiple activist investors calling for a complete executive overhaul in recent months, with one group insisting last month that "only the complete replacement of the Board and CEO will be sufficient to drive the necessary changes to produce lasting margin improvements and growth in earnings."

At the same time, Bed Bath & Beyond only just announced sweeping board changes a few week ago, through which five independent directors were replaced and two co-founders of the company retired from the board. It also formed a new Business Transformation and Strategy Review Committee at the time, pledged to reconstitute its Audit and Compensation Committee, and promised to introduce a new executive compensation plan that will better align pay with company performance and long-term shareholder value creation.

Now what

With today's announcement, however, it's apparent that those changes still weren't enough to appease the activist shareholder base. For now, the company has appointed Mary Winston, an industry veteran and one of the recent additions to the board, as interim CEO while it searches for a permanent replacement. 

"This is an important time for Bed Bath & Beyond, and we are committed to being the leading omnichannel retailer of choice for the home and heartfelt life events," Winston said. " ... As we continue to review our business initiatives, we will be focused on driving continued margin improvement, enhancing""",
         boiler=["Stock market data and charts on a colorful display", "Image source: Getty Images."],
         ents="""ORG: Bed Bath & Beyond | NASDAQ
PER: Steven Temares | Mary Winston | Winston""",
         sentiments={"Bed Bath & Beyond": "negative"},
         events=["leadership_change"]),

    dict(id="en13-dispatch-republic-airways-chapter11", lang="en", split="dev", date="2016-02-26 (from the URL; filed 'late Thursday')",
         url="https://www.dispatch.com/content/stories/business/2016/02/26/republic-airways-files-for-bankruptcy-but-continues-flying.html",
         text="""INDIANAPOLIS (AP) - Passengers likely won't notice, but Republic Airways is in bankruptcy but promised that it will continue "normal flight operations. The Indianapolis-based airline said late Thursday it had filed for Chapter 11 bankruptcy protection, and said pay and benefits for workers would not be affected.

INDIANAPOLIS (AP) Passengers likely won't notice, but Republic Airways is in bankruptcy but promised that it will continue "normal flight operations.

The Indianapolis-based airline said late Thursday it had filed for Chapter 11 bankruptcy protection, and said pay and benefits for workers would not be affected.

The company operates smaller regional jets on behalf of the major airlines under names such as American Eagle and United Express. It employs close to 1,000 people in Columbus and handles about 30 percent of flights at Port Columbus.

Republic warned last year it might file for bankruptcy as it struggled with labor issues and an industrywide pilot shortage. Representatives of Delta, United and American Airlines all told the Associated Press on Friday that they do not expect any service disruptions as a result of Republic's filing.

"We worked hard to avoid this step," said Bryan Bedford, Republic chairman, president and CEO, in a statement. "Our filing ... is a result of our loss of revenue during the past several quarters associated with grounding aircraft due to a lack of pilot resources, combined with the reality that our negotiating effort with key stakeholders shows no apparent prospect of a near-term resolution."

Republic has a maintenance facility in a hangar on Fifth Avenue, next to Port Columbus, where it employs about 360 people. Another 580 or so are flight crew based locally. Columbus is one of the company's largest bases. In total, Republic has about 6,000 employees.

Amid a pilot shortage caused by several factors, including international growth and a sharp increase in the number of hours required to be employed as a regional-jet pilot""",
         ents="""ORG: Republic Airways | Republic | AP | Delta | United | American Airlines | Associated Press
PER: Bryan Bedford
LOC: INDIANAPOLIS | Indianapolis | Columbus | Port Columbus | Fifth Avenue
MISC: Chapter 11 | American Eagle | United Express""",
         sentiments={"Republic Airways": "negative", "Delta": "neutral", "United": "neutral", "American Airlines": "neutral"},
         events=["bankruptcy"]),

    dict(id="en13-styleweekly-lumber-liquidators-ceo-quits", lang="en", split="dev",
         date="2015-05 (approx., from the text: after a March '60 Minutes' report, CFO leaving in June)",
         url="https://www.styleweekly.com/lumber-liquidators-ceo-quits/",
         text="""Robert Lynch, the chief executive of embattled Lumber Liquidators of Toano, quit suddenly Thursday, sending stock shares tumbling again.
The flooring firm is still reeling from a report in March on CBS “60 Minutes” program that laminate flooring from China contained high levels of dangerous formaldehyde.
The once robust firm has seen its value decline more than two-thirds since February. Stocks plunged further after Lynch’s resignation.
He will be replaced temporarily by Thomas Sullivan, the company’s founder, until a new CEO can be found. The firm’s chief financial officer, Daniel Terrell, has announced that he’s leaving his post in June.
Lumber Liquidators at first tried to reassure customers and regulators that its flooring was safe, but then announced it was halting all sales of its Chinese laminate flooring.
The firm also was affected by stock traders who were profiting by selling its shares short.""",
         ents="""ORG: Lumber Liquidators | CBS
PER: Robert Lynch | Lynch | Thomas Sullivan | Daniel Terrell
LOC: Toano | China
MISC: 60 Minutes""",
         sentiments={"Lumber Liquidators": "negative"},
         events=["leadership_change"]),
    dict(id="en13-themarketonline-codan-dtc-contract", lang="en", split="dev", date="2021-10-27 (from the URL)",
         url="https://themarketonline.com.au/codan-asxcda-shares-slips-despite-military-contract-win-2021-10-27",
         text="""- Codan (CDA) subsidiary, DTC Communications, has been awarded multi-year contract with a global technology company
- DTC will supply its software defined mesh radios to an unnamed company which is undertaking a “sensitive military program”
- The initial purchase order is valued at US$28.2 million (A$37.6 million), with 60 per cent of payment expected to be received in FY22
- Despite the contract win, Codan shares tumbled during morning trade, shedding $1.60 in value off its share price
- Shares in Codan were down 14.99 per cent to $11.46 at 2:22 pm AEDT
Codan (CDA) subsidiary, DTC Communications, has been awarded multi-year contract with a global technology company.
Codan first acquired DTC back in May, describing the tech business as an established provider for high bandwidth wireless communications with specialist capabilities.
Under this new contract, DTC will supply its software defined mesh radios to an unnamed, publicly-listed business which is undertaking a “sensitive military program.”
The initial purchase order has a value of US$28.2 million (A$37.6 million), with 60 per cent of payment expected to be received in FY22.
As part of this first order, DTC will deliver its products over a 12-month period before further orders may be placed.
Codan has labelled the contract “strategically important” and said it was consistent with the ASX 200-lister’s growth strategy.
“This contract is consistent with Codan’s strategy to grow our business by successfully delivering communications solutions to the security and military sectors globally,” CDA said.
Despite the contract win, Codan shares tumbled during morning trade on Wednesday, shedding $1.60 in value off its share price.
CDA shares dipped below the $12 mark for the first time in almost a month, trading down over 10 per cent.
Shares in Codan were down 14.99 per cent to $11.46 at 2:22 pm AEDT.""",
         ents="""ORG: Codan | CDA#2,3 | DTC Communications | DTC
MISC: ASX 200""",
         sentiments={"Codan": "mixed", "DTC Communications": "positive"},
         events=["partnership"]),
]
