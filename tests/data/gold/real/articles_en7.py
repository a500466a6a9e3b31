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

    dict(id="en7-nbcsandiego-bofa-q3", lang="en", split="dev",
         date="2024-10-15 (approx., from the figures: Bank of America's third-quarter 2024 results, a Tuesday)",
         url="https://nbcsandiego.com/news/business/money-report/bank-of-america-is-set-to-report-third-quarter-earnings-heres-what-the-street-expects-4/3648702/?os=vbKn42TQHoorjMXr5B",
         text="""news

Bank of America tops estimates on better-than-expected trading revenue

Brian Moynihan, CEO of Bank of America
Heidi Gutman | CNBC
  • Bank of America topped analyst estimates for third-quarter profit and revenue on better-than-expected trading results.
  • The bank said Tuesday that net income fell 12% from a year earlier to $6.9 billion, or 81 cents a share, on higher provisions for loan losses and rising expenses.
  • Net interest income fell 2.9% to $14.1 billion, edging out the $14.06 billion estimate.

Bank of America topped analyst estimates for third-quarter profit and revenue on better-than-expected trading results.

Here's what the company reported:

  • Earnings: 81 cents vs. 77 cents LSEG estimate
  • Revenue: $25.49 billion vs. $25.3 billion estimate

The bank said Tuesday that net income fell 12% from a year earlier to $6.9 billion, or 81 cents a share, on higher provisions for loan losses and rising expenses.

Revenue rose less than 1% to $25.49 billion as gains in trading revenue, asset management and investment banking fees offset a decline in net interest income.

Bank of America, run by CEO Brian Moynihan since 2010, demonstrated the advantages of having a massive and diversified financial institution. Analysts have focused on the bank's core activity of taking in deposits and lending to consumers and corporations as rising rates have squeezed the bank's haul from interest income.

But the quarter demonstrated that the bank benefits from surging activity on Wall Street through its trading and advisory operations, just as rivals JPMorgan Chase and Goldman Sachs showed in the quarter.

Fixed income trading revenue rose 8% to $2.9 billion, topping the $2.74 billion StreetAccount estimate, on strength in currencies and interest rate activity. Equities trading jumped 18% to $2 billion, topping the $1.81 billion StreetAccount estimate, on higher cash and derivative volumes.

Investment banking fees also jumped 18% to $1.40 billion, toppi""",
         boiler=["news", "Brian Moynihan, CEO of Bank of America", "Heidi Gutman | CNBC"],
         ents="""ORG: Bank of America | LSEG | JPMorgan Chase | Goldman Sachs | StreetAccount
PER: Brian Moynihan
LOC: Wall Street""",
         sentiments={"Bank of America": "positive", "LSEG": "neutral", "JPMorgan Chase": "positive",
                     "Goldman Sachs": "positive", "StreetAccount": "neutral"},
         events=["earnings"]),

    dict(id="en7-altfi-metrobank-pra-fine", lang="en", split="dev",
         date="2021-12-22 (approx., from the text: the PRA's £5.38m fine on Metro Bank)",
         url="https://www.altfi.com/article/8656_metro-bank-hit-latest-bank-to-be-hit-fine-over-financial-wrongdoing",
         text="""Metro Bank.
Metro Bank latest bank to be hit with fine over financial wrongdoing
Metro Bank has been hit with the £5.38m fine, which relates to failures in its regulatory reporting, after the bank revealed an accounting mistake in 2019.

Metro Bank has become the latest bank to be fined by the banking authorities over financial wrongdoing after the Bank of England punished it with a multi-million pound fine.
Metro Bank,often hailed as one of the first and most successful UK fintechs, has been hit with the £5.38m fine.
The fine relates to failures in its regulatory reporting, after the bank revealed an accounting mistake in 2019.
The challenger bank, set up in 2010, misreported the value of its commercial loan portfolio that wiped £800m of the bank’s value and also saw its shares plunge by over 40 per cent.
The bank’s blunder saw customers queue outside branches to withdraw their money from the bank, as it tried to raise £350m to correct the accounting mistake.
Sam Woods, of the Bank of England’s Prudential Regulation Authority (PRA) said: “We expect firms to invest appropriate and adequate resources to ensure that they submit accurate regulatory returns.
“In this case, Metro Bank failed to meet the standards of governance and controls expected of it, resulting in today’s enforcement action.\"
The PRA said that before 2019, the bank had “pursued” a “rapid growth and expansion plan”.
But that it had “failed to ensure the commensurate development of, and investment in, governance arrangements and systems and controls”.
It added: “Metro Bank agreed to resolve this matter and therefore qualified for a 30 per cent reduction in the fine imposed by the PRA. Without this discount, the fine imposed by the PRA would have been £7,680,000.”
Metro Bank said it agreed with the decision and it had since made \"significant improvements to and substantial investment in its regulatory reporting processes and controls\".
The fine for Metro Bank follows jus""",
         boiler=["Metro Bank."],
         ents="""ORG: Metro Bank | Bank of England | Prudential Regulation Authority | PRA
PER: Sam Woods
LOC: UK""",
         sentiments={"Metro Bank": "negative"},
         events=["legal"]),

    dict(id="en7-marketwatch-suntimes-chapter11", lang="en", split="dev",
         date="2009-03-31 (approx., from the text: Sun-Times Media Group's Chapter 11 filing)",
         url="https://www.marketwatch.com/story/chicagos-sun-times-media-files-chapter",
         text="""CHICAGO (MarketWatch) -- Sun-Times Media Group Inc. has become the second newspaper publisher in the Chicago area, and the latest among several around the U.S., to file for Chapter 11 bankruptcy protection at a time of unprecedented advertising revenue declines in the newspaper industry.
Rival Tribune Co., publisher of the Chicago Tribune, the Los Angeles Times and the Baltimore Sun, filed for bankruptcy last December.
Sun-Times
SUTM,
Sun-Times believes it has "sufficient financial resources" to continue day-to-day operations as it pursues a restructuring that will include the sale of various assets.
The company said that while it has already taken a number of steps to cut costs, they just weren't enough to offset massive print ad losses.
"... This deteriorating economic climate, coupled with a significant, pending IRS tax liability dating back to previous management, has led us to today's action," said Jeremy Halbreich, chairman and interim chief executive of Sun-Times Media Group.
Earlier this month, Hearst Corp. opted to shut down print operations of the Seattle Post-Intelligencer, turning it into a Web-only publication with a small editorial staff. In February, it warned that it might shut down the San Francisco Chronicle unless it could find a way to drastically cut operating costs.
Also in February, E.W. Scripps & Co.
SSP,
The parent of the Minneapolis Star-Tribune filed for Chapter 11 in January.
Also in January, Gannett Co.
GCI,""",
         boiler=["SUTM,", "SSP,", "GCI,"],
         ents="""ORG: MarketWatch | Sun-Times Media Group Inc. | Sun-Times Media Group | Sun-Times | Tribune Co. | Chicago Tribune | Los Angeles Times | Baltimore Sun | IRS | Hearst Corp. | Seattle Post-Intelligencer | San Francisco Chronicle | E.W. Scripps & Co. | Minneapolis Star-Tribune | Gannett Co.
PER: Jeremy Halbreich
LOC: CHICAGO | Chicago | U.S.""",
         sentiments={"Sun-Times Media Group": "negative", "Tribune Co.": "negative", "Chicago Tribune": "neutral",
                     "Los Angeles Times": "neutral", "Baltimore Sun": "neutral", "Hearst Corp.": "negative",
                     "Seattle Post-Intelligencer": "negative", "San Francisco Chronicle": "negative",
                     "E.W. Scripps & Co.": "neutral", "Minneapolis Star-Tribune": "negative", "Gannett Co.": "neutral"},
         events=["bankruptcy"]),

    dict(id="en7-eadt-goahead-results", lang="en", split="dev",
         date="2015-09 (approx., from the text: results for the year to 27 June 2015)",
         url="https://www.eadt.co.uk/news/business/increased-annual-profit-for-bus-and-train-operator-go-ahead-2225182",
         text="""Bus and train operator Go-Ahead today reported increased underlying annual profits, helped by an improved performance from its rail business.

Its results for the year to June 27 also included record profits for its bus business, although the date for achieving its target for the division of a £100million annual operating profit has been put back to 2016-17, a year later than originally hoped.

Go-Ahead reported full-year revenues of £3.215billion, up 19% on the previous 12 months, with operating profit before exceptional items 11.1% higher at £114.7m.

Bottom-line pre-tax profit was 13.7% down at £78.7m but this largely reflected a one-off benefit from pension scheme changes the previous year. Pre-tax profit excluding exceptional items was 13.8% higher at £96.6m.

Total revenue from bus operations was 2.2% higher at £817.8m with operating profit 6.6% ahead at £89m.

The group’s regional bus operations, which include the Hedingham, Chambers, AnglianBus and KonectBus fleets in Suffolk, Essex and Norfolk, saw operating profit rise by 11.5% to £46.7m while its London bus business achieved an increase of 1.7% to £42.3m.

Go-Ahead said that passenger growth across its regional bus business fell 1.4% due to continued economic weakness in the North-East and the impact of roadworks in Oxford and Brighton.

Roadworks and congestion also affected operations in London, but the group said it had maintained its market share and contract revenue had increased in line with expectations.

The group’s rail business, a joint venture with the French group Keolis, saw total revenue grow by 26.1% to £2.397bn, boosted by the start of the new Govia Thameslink Railway franchise in September 2014, joining its existing Southern, Southeastern, London Midland operations.

Operating profit grew by 30.5% to £19.7m, helped by 3.9% like-for-like growth in passenger journeys.

Group chief executive David Brown said: “I am pleased with the group’s financial performance in the year""",
         ents="""ORG: Go-Ahead | Hedingham | Chambers | AnglianBus | KonectBus | Keolis | Govia Thameslink Railway | Southern | Southeastern | London Midland
PER: David Brown
LOC: Suffolk | Essex | Norfolk | London | North-East | Oxford | Brighton""",
         sentiments={"Go-Ahead": "positive", "Hedingham": "neutral", "Chambers": "neutral", "AnglianBus": "neutral",
                     "KonectBus": "neutral", "Keolis": "neutral", "Govia Thameslink Railway": "neutral",
                     "Southern": "neutral", "Southeastern": "neutral", "London Midland": "neutral"},
         events=["earnings"]),

    dict(id="en7-londonlovesbusiness-tmobile-sprint", lang="en", split="dev", date="2018-04-30 (from the page)",
         url="http://www.londonlovesbusiness.com/business-news/london-news/us-telecom-giants-announce-26bn-merger-to-create-a-5g-powerhouse/21180.article",
         text="""Find out here

US telecoms giant T-Mobile has agreed to buy its rival Sprint in a $26bn (£18.9bn) deal to create a 5G powerhouse with about 130m customers, according to latest reports.

T-Mobile boss John Legere said the new firm would spend $40bn on building a 5G mobile network in the next three years.

I’m excited to announce that @TMobile& @Sprint

have reached an agreement to come together to form a new company – a larger, stronger competitor that will be a force for positive change for all US consumers and businesses! Watch this & click through for details. — John Legere (@JohnLegere) April 29, 2018

“Together, we will build the highest-capacity mobile network in US history!! I’m talking 30X more capacity than T-Mobile today!!” he said in one of a series of Tweets.

However, the deal is expected to attract regulatory scrutiny over its potential impact on customer prices.""",
         boiler=["Find out here"],
         ents="""ORG: T-Mobile | Sprint
PER: John Legere
LOC: US""",
         sentiments={"T-Mobile": "positive", "Sprint": "neutral"},
         events=["acquisition"]),

    dict(id="en7-dailybizz-tribune-liguori", lang="en", split="dev", date="2017-01-25 (from the URL)",
         url="https://dailybizz.com/2017/01/25/peter-liguori-tribune-media-steps-down/",
         text="""Peter Liguori, who spun off Tribune’s newspaper properties to re-focus the company on its core TV-broadcasting operations, will step down as chief executive of Tribune Media in March, the company said Wednesday.
Liguori, who has been CEO since 2013, will also step down from the board. Both will happen in the first week of March when the company, owner of 42 local broadcasters, reports its fourth quarter results.
Board member Peter Kern, the chairman of Hemisphere Media Group, will serve as interim chief executive while Tribune Media looks for a replacement.
Chicago-based Tribune owns the WGN America cable network in addition to broadcast properties, which include affiliates of CBS, Twenty-First Century Fox, Walt Disney’s ABC and Comcast’s NBC.
Liguori has been exploring strategic options for almost a year as Tribune’s rivals consolidate to reduce costs and gain negotiating leverage with cable and satellite-TV companies, which pay fees to rebroadcast local signals to subscribers.
Tribune, the largest US operator of broadcast stations by coverage, has been forced to sit on the sidelines in the latest round of media mergers because FCC rules don’t allow broadcasting companies to exceed coverage of 39 percent of US television households, according to Bloomberg.
Tribune covers about 44 percent of the population, according to a Bloomberg Intelligence analysis.""",
         ents="""ORG: Tribune Media | Tribune | Hemisphere Media Group | CBS | Twenty-First Century Fox | Walt Disney | ABC | Comcast | NBC | FCC | Bloomberg | Bloomberg Intelligence
PER: Peter Liguori | Liguori | Peter Kern
LOC: Chicago | US
MISC: WGN America""",
         sentiments={"Tribune Media": "negative", "Hemisphere Media Group": "neutral", "CBS": "neutral",
                     "Twenty-First Century Fox": "neutral", "Walt Disney": "neutral", "ABC": "neutral",
                     "Comcast": "neutral", "NBC": "neutral", "Bloomberg Intelligence": "neutral"},
         events=["leadership_change"]),

    dict(id="en7-fool-coupa-thomabravo", lang="en", split="dev", date="2022-12-12 (from the URL)",
         url="https://www.fool.com/investing/2022/12/12/why-coupa-software-stock-popped-today/?source=financialcontent&utm_source=financialcontent&utm_medium=feed&utm_campaign=article",
         text="""What happened

Shares of Coupa Software (COUP) surged today on news that the company was being acquired by Thoma Bravo, a well-known private equity firm focused on owning software companies. 

As of 10:52 a.m. ET, the stock was up 26.7% to $78.69.

So what

In a press release this morning, Coupa said it had entered a definitive agreement to be acquired by Thoma Bravo for $8 billion in enterprise value, or $81 per share, in an all-cash deal. The price presents a 77% premium to Coupa's closing price on Nov. 22, after which the stock surged on reports of a possible acquisition.

The discount between the buyout price and the stock's current trading price indicates only a small amount of doubt among some investors that the deal will go through. 

Coupa specializes in business spend management software, or making sure that procurement and sourcing decisions are made as efficiently and profitably as possible.

Coupa CEO Rob Bernshteyn said in a press release: "For more than a decade, we've been building an incredible Business Spend Management Community and have proudly cemented our position as the market-leading platform in our category. We're looking forward to partnering with Thoma Bravo and accelerating our vision to digitally transform the Office of the CFO."

The company also reported third-quarter earnings results, saying that revenue grew 17% to $217 million, and it reported an adjusted free cash flow of $66 million, showing it's highly profitable on a cash basis.

Now what

The deal has been approved unanimously by Coupa's board of directors and is expected to close in the first half of 2023, pending approval of Coupa shareholders and regulators.

Like other software stocks, Coupa is still down sharply, roughly 75%, from its peak during the pandemic, but this looks to be the end of the road for the company as a publicly traded stock.""",
         boiler=["What happened", "So what", "Now what"],
         ents="""ORG: Coupa Software | Coupa | Thoma Bravo
PER: Rob Bernshteyn
MISC: Business Spend Management Community""",
         sentiments={"Coupa Software": "positive", "Thoma Bravo": "neutral"},
         events=["acquisition", "earnings"]),
    dict(id="en7-finextra-square-funding", lang="en", split="dev",
         date="2012 (approx., from the text: Square launched in late 2010 and raised $100 million \"a year ago\")",
         url="https://finextra.com/newsarticle/23924/square-to-close-200m-funding-round",
         text="""Square to close $200m funding round

Square is on the verge of closing a $200 million funding round that would value the dongle and app-based mobile card reader startup at $3.25 billion, according to the New York Times.

  0 3 comments

Square to close $200m funding round

Editorial

This content has been selected, created and edited by the Finextra editorial team based upon its relevance and interest to our community.

The round will be led by Suhail Rizvi from private equity firm Rizvi Traverse Management, which has previously invested in Square chief Jack Dorsey's other company, Twitter, says the Times, citing sources.

The new money suggests that Square has doubled its value since raising $100 million in a round valuing it at around $1.6 billion a year ago but the firm had been seeking investment at the $4 billion mark, says the Times.

Since launching in late 2010, Square has seen huge growth and now claims around two million users for its dongle and app system that enables merchants to accept card payments using smartphone. The startup predicts it will process $6 billion in payments this year.

However it faces increasing competition, with established players such as PayPal, Intuit and Verifone all offering similar products and other rivals such as Google and the Isis consortium of telcos bidding to take cards out of the equation through mobile wallets and contactless payments.

Square though is bullish on its prospects, with head of strategic planning and analysis Steve DeWald taking to Quora last week to dismiss PayPal as a challenger and potential partner.

Responding to a question asking if PayPal has approached Square about an acquisition, DeWald was scathing about the eBay unit, saying: "I don't think we would ever consider working with PayPal in any capacity. Our cultures are too different and fundamentally incompatible. Square still has the mentality of a startup...PayPal is a part of the problem. They're just another card processor that doesn't care""",
         boiler=["0 3 comments", "Editorial",
                 "This content has been selected, created and edited by the Finextra editorial team based upon its relevance and interest to our community."],
         ents="""ORG: Square | New York Times | Times | Rizvi Traverse Management | Twitter | PayPal | Intuit | Verifone | Google | Isis | eBay
PER: Suhail Rizvi | Jack Dorsey | Steve DeWald | DeWald
MISC: Quora""",
         sentiments={"Square": "positive", "Rizvi Traverse Management": "neutral", "Twitter": "neutral",
                     "PayPal": "negative", "Intuit": "neutral", "Verifone": "neutral", "Google": "neutral",
                     "Isis": "neutral", "eBay": "neutral"},
         events=["funding"]),

    dict(id="en7-rcrwireless-vodafone-italy-5g", lang="en", split="dev", date="2019-06-06 (from the page and the URL)",
         url="https://www.rcrwireless.com/20190606/5g/vodafone-launches-commeercial-5g-services-five-italian-cities?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+rcrwireless%2FsLmV+%28RCR+Wireless+News%29",
         text="""Italian carrier Vodafone announced the launch of commercial 5G services in five cities across the country.

Initially, the 5G service will be available in Milan, Turin, Bologna, Rome and Naples. The company used equipment from Nokia and Huawei for the deployment of commercial 5G.

The telco, part of U.K. telecommunications company Vodafone Group, said it expects to add around 45 to 50 cities to 5G coverage next year. Aldo Bisio, Vodafone Italy’s CEO said that the telco’s 5G technology will reach more than 100 Italian cities by 2021.

Bisio also said that despite being the first telco to launch commercial 5G in the country, fierce competition from rival telcos TIM and Fastweb is expected in the coming months.

With the launch of 5G, Vodafone will also offer three smartphones that can actually use the new networks – Xiaomi Mi Mix 3 5G, LG V50 ThinQ 5G and Samsung Galaxy S10 5G.

Vodafone also expects to launch 5G services in Spain next month, according to press reports. The company said that the first cities to receive 5G coverage will be Madrid, Barcelona, Seville, Malaga, Bilbao and Valencia.

In July 2018, Vodafone Spain started to deploy its 5G network in these six cities with the deployment of a limited number of 5G nodes. The company also said that it was working with Huawei and Ericsson in the deployment of the 5G network.

Vodafone also announced that it will commercially launch its 5G network in seven cities across the U.K. on July 3. The telco said that the new technology will be commercially available for both consumers and business customers. Vodafone also said that it will also offer 5G roaming in the U.K., Germany, Italy and Spain over the summer.

Initial 5G services will be available in Birmingham, Bristol, Cardiff, Glasgow, Manchester, Liverpool and London, while Birkenhead, Blackpool, Bournemouth, Guildford, Newbury, Portsmouth, Plymouth, Read""",
         ents="""ORG: Vodafone | Nokia | Huawei | Vodafone Group | Vodafone Italy | TIM | Fastweb | Vodafone Spain | Ericsson
PER: Aldo Bisio | Bisio
LOC: Milan | Turin | Bologna | Rome | Naples | U.K. | Spain | Madrid | Barcelona | Seville | Malaga | Bilbao | Valencia | Germany | Italy | Birmingham | Bristol | Cardiff | Glasgow | Manchester | Liverpool | London | Birkenhead | Blackpool | Bournemouth | Guildford | Newbury | Portsmouth | Plymouth
MISC: Xiaomi Mi Mix 3 5G | LG V50 ThinQ 5G | Samsung Galaxy S10 5G""",
         sentiments={"Vodafone": "positive", "Vodafone Italy": "positive", "Vodafone Spain": "positive",
                     "Nokia": "neutral", "Huawei": "neutral", "TIM": "neutral",
                     "Fastweb": "neutral", "Ericsson": "neutral"},
         events=["product_launch"]),

    dict(id="en7-disruptive-china-5g-launch", lang="en", split="dev",
         date="2019-11-01 (approx., from the text: the three operators' commercial 5G launch at the end of October 2019)",
         url="https://disruptive.asia/chinese-mobile-operators-launch-commercial-5g-services/",
         text="""Chinese mobile operators launch commercial 5G services

FILE PHOTO: A man looks at his phone as he walks past a sign of 5G on a street in Hangzhou, Zhejiang province, China. REUTERS/Stringer/File photo

China Mobile, China Telecom and China Unicom have each confirmed that they have launched commercial 5G services. Each player has activated their network in 50 cities from launch, including the likes of Beijing, Shanghai, Guangzhou, Shenzhen, Hangzhou, Nanjing, Tianjin, Wuhan, Jinan and Zhengzhou.

China Mobile notes that it has built more than 40,000 5G base transceiver stations (BTS) in 50 key cities and has carried out 5G network construction in more than 300 cities across the country. In 2020, the mobile giant will further expand its network coverage, with a view to providing 5G services to all cities above the prefecture level.

China Unicom and China Telecom, meanwhile, have shared construction of BTS in 24 cities, as per an agreement signed on 9 September. Going forward, the two parties have suggested that the collaboration will represent the ‘world’s first and largest 5G joint construction and sharing network’.

Be the first to comment

What do you think?

This site uses Akismet to reduce spam. Learn how your comment data is processed.""",
         boiler=["FILE PHOTO: A man looks at his phone as he walks past a sign of 5G on a street in Hangzhou, Zhejiang province, China. REUTERS/Stringer/File photo",
                 "Be the first to comment", "What do you think?",
                 "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
         ents="""ORG: China Mobile | China Telecom | China Unicom
LOC: Beijing | Shanghai | Guangzhou | Shenzhen | Hangzhou | Nanjing | Tianjin | Wuhan | Jinan | Zhengzhou""",
         sentiments={"China Mobile": "positive", "China Telecom": "positive", "China Unicom": "positive"},
         events=["product_launch"]),
]
