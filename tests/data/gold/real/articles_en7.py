"""English real business articles on tech, finance, media, transport and telecoms, added after the split:
all development (``split="dev"``). Stored page text as delivered (see make_real.py for the format and the
annotation rules, including the sentiment conventions of the third session)."""

ARTICLES = [
    dict(id="en7-advfn-bt-ee", lang="en", split="dev", date="2015-02-05 (a Thursday, from the text: BT's agreement to buy EE)",
         url="http://www.advfn.com/news_BT-Seals-19-Billion-EE-Deal-Update_65368953.html",
         text="""By Simon Zekaria

LONDON-- BT Group PLC on Thursday said it agreed to buy mobile operator EE for GBP12.5 billion ($18.98 billion) in cash and stock, a move that returns it to consumer wireless services for the first time in more than a decade.

The deal, which follows several weeks of exclusive talks with EE's owners-- Deutsche Telekom AG of Germany and France's Orange SA--marries the U.K.'s largest fixed-line telecommunications operator and the country's biggest mobile operator, and allows BT to sell bundled offers of fixed-line, mobile, broadband and television services.

It is also the latest sign that European telecom operators are willing to push though deals to join up telecom and media services, seen as boosting subscriber revenue and increasing customer loyalty.

BT said it would raise GBP1 billion by selling shares to fund the takeover, alongside debt. Deutsche Telekom will become BT's largest shareholder with a 12% stake and a board seat, while Orange will hold a stake of 4%. BT said the price reflects a multiple of about six times 2014 cash earnings, adjusted for cost savings.

The takeover gives BT more than 30 million EE customers, of which 24.5 million are direct mobile customers and 834,000 are broadband customers, as well as 580 retail stores and about 15,000 new employees.

It also provides the 168-year-old telecom giant with a sprawling faster-speed fourth-generation wireless network that currently covers some 75% of the U.K. population. BT said EE has the largest 4G customer base of any operator in Europe. Mobile operators are racing to roll out 4G networks to meet customer demand for higher downloading of data-heavy content such as video.

BT said it expects annual savings of GBP360 million by the fourth full year following completion of the transaction. This is equivalent to about GBP3.5 billion before integration costs, or GBP3 billion after integration costs, it said. BT also said it expects to generate extra revenue of about GBP1.6 billion a""",
         boiler=["By Simon Zekaria"],
         ents="""ORG: BT Group PLC | BT | EE | Deutsche Telekom AG | Deutsche Telekom | Orange SA | Orange
LOC: LONDON | Germany | France | U.K. | Europe""",
         sentiments={"BT Group": "positive", "EE": "neutral", "Deutsche Telekom": "neutral", "Orange": "neutral"},
         events=["acquisition"]),

    dict(id="en7-reuters-ofcom-three-fine", lang="en", split="dev", date="2017-06-16 (from the page)",
         url="https://uk.reuters.com/article/uk-britain-telecoms-three-idUKKBN1970WR",
         text="""FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation @ Thomson Reuters
Directory of sites
Login
Contact
Support
Reuters logo
2 months ago
Ofcom fines mobile network operator Three 1.9 million pounds
#Brexit
#Economy
#Markets
#Trump
#NorthKorea
#Venezuela
#Technology
Sections
Featured
House price growth weakest in over four years
Economy
House price growth weakest in over four years
In Asian financial markets, fear indicators still send a buy signal
Markets
In Asian financial markets, fear indicators still send a buy signal
Cyber threats prompt return of radio for ship navigation
Technology
Cyber threats prompt return of radio for ship navigation
PicturesReuters TV
AfricaAmérica LatinaعربيArgentinaBrasilCanada中国DeutschlandEspañaFranceIndiaItalia日本MéxicoРОССИЯUnited KingdomUnited States
#Business News
June 16, 2017 / 8:54 AM / 2 months ago

Ofcom fines mobile network operator Three 1.9 million pounds

Reuters Staff

1 Min Read

(Reuters) - Britain's telecoms regulator said on Friday it fined mobile network operator Three 1.9 million pounds for failing temporarily to provide emergency call service.

The operator, owned by Hong Kong's CK Hutchison Holdings, notified regulator Ofcom on Oct. 6 of a temporary loss of service affecting customers in Kent, Hampshire and parts of London, Ofcom said.

An investigation found that Three had breached the requirement to ensure uninterrupted access to the emergency services, the regulator said.

Ofcom said the penalty includes a 30 percent reduction to reflect the cooperation offered by Three during the investigation, including admitting the breaches identified.

The fine, which must be paid to Ofcom within 20 working days, will be passed on to the Treasury, the regulator said.

Reporting by Arathy S Nair in Bengaluru; Editing by Adrian Croft""",
         boiler=["FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation @ Thomson Reuters",
                 "Directory of sites", "Login", "Contact", "Support", "Reuters logo", "2 months ago",
                 "#Brexit", "#Economy", "#Markets", "#Trump", "#NorthKorea", "#Venezuela", "#Technology",
                 "Sections", "Featured", "House price growth weakest in over four years", "Economy",
                 "In Asian financial markets, fear indicators still send a buy signal", "Markets",
                 "Cyber threats prompt return of radio for ship navigation", "Technology", "PicturesReuters TV",
                 "AfricaAmérica LatinaعربيArgentinaBrasilCanada中国DeutschlandEspañaFranceIndiaItalia日本MéxicoРОССИЯUnited KingdomUnited States",
                 "#Business News", "June 16, 2017 / 8:54 AM / 2 months ago", "Reuters Staff", "1 Min Read",
                 "Reporting by Arathy S Nair in Bengaluru; Editing by Adrian Croft"],
         ents="""ORG: Ofcom | Three | Reuters | CK Hutchison Holdings | Treasury
LOC: Britain | Hong Kong | Kent | Hampshire | London""",
         sentiments={"Three": "negative", "CK Hutchison Holdings": "neutral"},
         events=["legal"]),

    dict(id="en7-marketwatch-delta-airlines-q3", lang="en", split="dev",
         date="2003-10-14 (approx., from the figures: Delta's third-quarter 2003 loss, reported on a Tuesday)",
         url="https://www.marketwatch.com/story/airlines-close-down-after-delta-reports-losses",
         text="""Airline Stocks

Airlines fall after Delta Q3 losses

Referenced Symbols

SAN FRANCISCO (CBS.MW) -- Airline stocks fell Tuesday as Delta Air Lines kicked off the U.S. sector's quarterly reporting season by posting more losses.

The Amex Airline Index ($XAL) closed down 1.7 percent while Delta DAL, +0.14% stock gave up 6.5 percent to $13.74.

In the third quarter, the Atlanta-based carrier reported a net loss of $164 million, or $1.36 a share. Excluding special items, Delta lost $172 million, or $1.43 a share.

Last year, Delta lost $326 million, or $2.67 a share. The company also announced it is selling or deferring delivery of 19 Boeing 737-800s. See full story.

Meanwhile, Continental Airlines CAL, +3.36% sank 49 cents to $21.18, while Northwest Airlines NWAC lost 26 cents to $12.50. Both are expected to report results on Thursday.

Shares of JetBlue Airways JBLU, and Southwest Airlines LUV, -2.54%, which are expected to report profitable quarters, also fell.

Mesa Air Group MESA, +1.22% lost 5 cents to $12.10.

AMR Corp. AMR, +4.35% fell 5 cents to $14.42.

ExpressJet XJT retreated by 27 cents to $14.90, a 2.7 percent pullback, after Raymond James downgraded the shares to a "market perform" rating.

Among the rare advancers, AirTran Holdings AAI, rose 11 cents to $18.83.""",
         boiler=["Airline Stocks", "Referenced Symbols"],
         ents="""ORG: CBS.MW | Delta Air Lines | Delta | Boeing | Continental Airlines | Northwest Airlines | JetBlue Airways | Southwest Airlines | Mesa Air Group | AMR Corp. | ExpressJet | Raymond James | AirTran Holdings
LOC: SAN FRANCISCO | U.S. | Atlanta
MISC: Amex Airline Index | 737-800s""",
         sentiments={"Delta Air Lines": "negative", "Boeing": "neutral", "Continental Airlines": "negative",
                     "Northwest Airlines": "negative", "JetBlue Airways": "negative", "Southwest Airlines": "negative",
                     "Mesa Air Group": "negative", "AMR": "negative", "ExpressJet": "negative",
                     "Raymond James": "neutral", "AirTran Holdings": "positive"},
         events=["earnings"]),

    dict(id="en7-investing-opentext-microfocus", lang="en", split="dev",
         date="2022-08-26 (a Friday, from the text: the deal was announced on Thursday 25 August 2022)",
         url="http://www.investing.com/news/stock-market-news/canadas-opentext-to-buy-british-software-firm-micro-focus-in-6-billion-deal-2880367",
         text="""By Eva Mathews and Krystal Hu
(Reuters) -Shares of Micro Focus soared more than 90% on Friday after Canadian software company OpenText agreed to buy the enterprise software maker in an all-cash deal valuing the British company at $6 billion including debt.
In a push to expand its enterprise information management business, OpenText said on Thursday it would pay 532 pence ($6.30) in cash for each Micro Focus share, a 98.7% premium over Micro Focus's closing price on Thursday, giving the company a market capitalization of about $2 billion.
Micro Focus' shares soared to a more than one-year high of 518 pence in early trade.
The UK company said it considered the terms of the deal to be "fair and reasonable" and would recommend shareholders vote in favour of the acquisition, according to the joint statement on Thursday.
Micro Focus, based in Newbury, Berkshire, has $4.4 billion debt on its balance sheet, according to its latest earnings report.
OpenText will fund the deal by raising $4.6 billion in new debt, $1.3 billion in cash and drawing $600 million from its existing revolving credit facility.
During a call with analysts, OpenText Chief Executive Mark Barrenechea said the company can stabilize Micro Focus' business and accelerate its cloud transition.
Micro Focus helps customers maintain and integrate legacy IT technology, a business it has grown by acquiring legacy technology such as mainframe computer software used by banks, retailers and airlines.
OpenText, one of Canada's largest software makers, said it expects cost savings of $400 million after the deal closes. The deal will be subject to regulatory approval.
The company's U.S-listed shares were down 4.8% in after-hours trading on Thursday.
Barclays (LON:BARC) served as financial adviser to OpenText on the deal, which is expected to close in the first quarter of 2023.
Micro Focus was advised by Goldman Sachs (NYSE:GS) and Numis. ($1 = 0.8448 pounds)""",
         boiler=["By Eva Mathews and Krystal Hu"],
         ents="""ORG: Reuters | Micro Focus | OpenText | Barclays | LON | Goldman Sachs | NYSE | Numis
PER: Mark Barrenechea
LOC: UK | Newbury | Berkshire | Canada | U.S""",
         sentiments={"Micro Focus": "positive", "OpenText": "mixed", "Barclays": "neutral", "Goldman Sachs": "neutral",
                     "Numis": "neutral"},
         events=["acquisition"]),

    dict(id="en7-magnifypost-cnn-thompson", lang="en", split="dev", date="2023-08-30 (a Wednesday, from the text)",
         url="https://magnifypost.com/cnn-names-media-veteran-mark-thompson-new-ceo",
         text="""New York (AFP) – CNN announced Wednesday that British media veteran Mark Thompson would assume the role of its next CEO, as the news outlet struggles to reverse a ratings decline.
Thompson — the former director-general of the BBC as well as the former president and CEO of The New York Times Company — will begin the position on October 9, CNN parent company Warner Bros.Discovery said in a statement.
He takes over after the embattled former head Chris Licht stepped down in June, having faced controversy for editorial decisions including a town hall meeting with former president Donald Trump that was dominated by cheering from supporters and jeering at moderator Kaitlan Collins.
“Mark has a formidable record, and I have long admired his leadership and ability to inspire organizations to raise their own ambitions and sense of what’s possible — and achieve it,” said David Zaslav, the CEO of Warner Bros.Discovery, in a statement.
“I am confident he is exactly the leader we need to take the helm of CNN at this pivotal time.”
Thompson was director-general of the BBC from 2004 to 2012, before helming The New York Times Company from 2012 to 2020, a period in which the prestigious American newspaper made major transitions into the digital age and saw its subscriptions soar, with more than 10 million in 2023.
CNN has faced a steady stream of recent crises, with falling ratings and profits, and a number of high-profile departures including Chris Cuomo, who was fired for helping defend his brother, Andrew Cuomo, as the former New York governor faced sexual misconduct allegations.
And in February 2022 former CNN president and powerful media executive Jeff Zucker stepped down after it came to light he failed to disclose a romantic relationship with a colleague.
Among Thompson’s first missions will be launching CNN Max, the company’s streaming service, on September 27.
A previous foray into streaming, CNN+, was scrapped at a loss in April 2022, just weeks after""",
         ents="""ORG: AFP | CNN | BBC | The New York Times Company | Warner Bros.Discovery
PER: Mark Thompson | Thompson | Mark | Chris Licht | Donald Trump | Kaitlan Collins | David Zaslav | Chris Cuomo | Andrew Cuomo | Jeff Zucker
LOC: New York
MISC: CNN Max | CNN+""",
         sentiments={"CNN": "mixed", "Warner Bros.Discovery": "neutral", "BBC": "neutral",
                     "The New York Times Company": "neutral"},
         events=["leadership_change"]),

    dict(id="en7-computing-qualcomm-jobs", lang="en", split="dev",
         date="2015-07-23 (approx., from the text: the cuts were announced on Wednesday 22 July 2015)",
         url="https://www.computing.co.uk/news/2418941/qualcomm-to-axe-15-per-cent-of-workforce-slash-costs-and-could-split-business",
         text="""Qualcomm to axe 15 per cent of workforce, slash costs, and could split business
Chipmaker wants to reduce spending by $1.4bn and is taking a fresh look at the corporate structure of the business
Chipmaker Qualcomm has said that it will try to cut costs and jobs and may even have to break itself up as it delivered yet another profit warning to investors.
The firm, which makes the Snapdragon processor used in smartphones made by Samsung, HTC and ZTE, said that it wants to reduce spending by $1.4bn (£900m), cut about 15 per cent of its workforce - or 4,500 full-time staff - and increase capital returns to shareholders.
The US firm has been hit by rising competition from Asia, and many of its major shareholders, such as Jana Partners, have been pressuring it to split the chip-making side of the business from its patent-licensing business, which has fared better in recent times.
But it's not just the likes of Taiwanese firm MediaTek that have hit Qualcomm's profits: Samsung has decided to make its own processor instead of using the Snapdragon for its Galaxy S6.
In an interview with Reuters, Qualcomm president Derek Aberle said: "We decided we were going to take a fresh look at the corporate structure of the company," adding that the firm has looked into its options several times in the past decade.
Qualcomm shares dropped 1.8 per cent to $63.05 on Wednesday, meaning that it has suffered a staggering 20 per cent fall in its share value over the past year.
The company has cut its full-year revenue forecast, in its third profit warning of the year.
The chipmaker said its net income had fallen by 47 per cent in the third quarter, while revenues fell 14.3 per cent to $5.83bn, both below Wall Street expectations.""",
         ents="""ORG: Qualcomm | Samsung | HTC | ZTE | Jana Partners | MediaTek | Reuters
PER: Derek Aberle
LOC: US | Asia | Wall Street
MISC: Snapdragon | Galaxy S6""",
         sentiments={"Qualcomm": "negative", "Samsung": "neutral", "HTC": "neutral", "ZTE": "neutral",
                     "Jana Partners": "neutral", "MediaTek": "neutral"},
         events=["layoffs", "earnings"]),
]
