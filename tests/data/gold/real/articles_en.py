"""English real business articles (stored page text as delivered; see make_real.py for the format)."""

ARTICLES = [
    dict(id="en-acacia-cisco", lang="en", date="2021-01-14 (approx., from the text)",
         url="https://bvcnews.com/acacia-shares-surge-on-new-4-5-billion-merger-with-cisco/",
         text="""Acacia Communications (ACIA) – Get Report shares surged larger Thursday after the optical part maker mentioned it has agreed a brand new $4.5 billion merger with Cisco Techniques (CSCO) – Get Report after a disagreement linked to regulatory approval from China.
Cisco can pay $115 per share for Acacia, the corporate mentioned, ending months of wrangling over the 2019 deal aimed toward giving Cisco a clearer path into spending linked to 5G community rollouts. Regulators within the U.S., Germany and Austria had cleared the proposed takeover, however a lag in acquiring approval from China earlier than a January 8 deadline brought about Acacia to terminate the unique deal.
“We preserve our robust conviction within the strategic advantages of becoming a member of the Cisco household and consider it’ll allow us to raised assist our current prospects, whereas reaching an expanded footprint of latest prospects globally,” mentioned Acacia CEO Raj Shanmugaraj. “We’re happy to have reached this settlement with Cisco and are excited to maneuver ahead with the mixture which we consider will remodel the optical trade, whereas offering nice alternatives for Acacia staff to proceed their innovation.”
Acacia shares have been marked 31.3% larger in early buying and selling Thursday following the merger settlement to alter fingers at $113.52 every. Cisco shares, in the meantime, slipped 0.25% to $45.24 every,
“I’m delighted that Cisco and Acacia have determined to return collectively on this mutual deal,” mentioned CEO Chuck Robbins. “We look ahead to welcoming Raj and the Acacia workforce to Cisco to supply our prospects world-class coherent optical options to energy the Web for the long run.”""",
         ents="""ORG: Acacia Communications | Acacia | Cisco Techniques | Cisco
LOC: China | U.S. | Germany | Austria
PER: Raj Shanmugaraj | Chuck Robbins | Raj""",
         sentiments={"Acacia Communications": "positive", "Cisco": "neutral"},
         events=["acquisition"]),

    dict(id="en-lowes-rona", lang="en", date="2016-02-03",
         url="https://benzinga.com/article/6205355",
         text="""Lowe's Companies, Inc. LOW ("Lowe's" or the "Company") and RONA inc. RON RON.PR.A) ("RONA") announced today that they have entered into a definitive agreement under which Lowe's is expected to acquire all of the issued and outstanding common shares of RONA for C$24 per share in cash, and all of the issued and outstanding preferred shares of RONA for C$20 per share in cash. The total transaction value is C$3.2 billion (US$2.3 billion) (the "Transaction"). The offer represents a premium of 104 percent to RONA's closing common share price on February 2, 2016 and a 38 percent premium to RONA's 52-week high of C$17.36. Together, Lowe's Canada and RONA stores will create Canada's leading home improvement retailer with 2015 pro
See full press release
Market News and Data brought to you by Benzinga APIs© 2024 Benzinga.com. Benzinga does not provide investment advice. All rights reserved.
Comments
Loading...
Benzinga simplifies the market for smarter investing
Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects the stocks you care about.
Join Now: Free!
Already a member?Sign in""",
         boiler=["See full press release",
                 "Market News and Data brought to you by Benzinga APIs© 2024 Benzinga.com. Benzinga does not provide investment advice. All rights reserved.",
                 "Comments", "Loading...", "Benzinga simplifies the market for smarter investing",
                 "Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects the stocks you care about.",
                 "Join Now: Free!", "Already a member?Sign in"],
         ents="""ORG: Lowe's Companies, Inc. | Lowe's Canada | Lowe's | RONA inc. | RONA
LOC: Canada""",
         sentiments={"Lowe's": "positive", "RONA": "positive"},
         events=["acquisition"]),

    dict(id="en-reynolds-job-cuts", lang="en", date="2012-03-14",
         url="https://personalfinancexxx.blogspot.com/2012/03/reuters-money-reynolds-american-to-cut.html",
         text="""Wed Mar 14, 2012 9:59am EDT
(Reuters) - Cigarette maker Reynolds American Inc said it will reduce its U.S. workforce by 10 percent by the end of 2014, as it looks to cut costs to sustain profit growth.
Reynolds American, which makes Camel and Pall Mall branded cigarettes, expects to incur a pretax restructuring charge of about $110 million related to the job cuts in the first quarter.
By the end of this year, the company expects savings of $25 million from the move, an amount that will increase to about $70 million annually from 2015.
The job cuts come after Reynolds American and some of its operating companies like R.J. Reynolds Tobacco Co and RAI Services Co completed a three-month long business analysis.
A majority of the people are leaving the companies on a voluntary basis, Reynolds American said in a statement.
0 comments:
Post a Comment""",
         boiler=["Wed Mar 14, 2012 9:59am EDT", "0 comments:", "Post a Comment"],
         ents="""ORG: Reuters | Reynolds American Inc | Reynolds American | R.J. Reynolds Tobacco Co | RAI Services Co
LOC: U.S.
MISC: Camel | Pall Mall""",
         sentiments={"Reynolds American": "negative", "R.J. Reynolds Tobacco Co": "neutral", "RAI Services Co": "neutral"},
         events=["layoffs"]),

    dict(id="en-thomson-reuters-cuts", lang="en", date="2016-11-01 (approx., from the text: third-quarter results)",
         url="https://fingaz.co.zw/?p=125943",
         text="""Thomson Reuters to cut 2 000 jobs worldwide
Thomson Reuters is to cut 2 000 jobs from its global workforce and swallow up to US$250m (£204m) in restructuring costs as part of a move to “simplify and streamline” its financial news and data business.
The company, which employs about 48 000 staff globally, said there would be no cuts from the Reuters news operation.
“We do not expect any impact on headcount in the newsroom,” said a spokesman for the company.
Thomson Reuters, whose competitors include Bloomberg and News Corp’s Dow Jones, said the cuts would result in the company booking a restructuring charge of US$200m to $250m in the fourth quarter.
“We are taking these actions now because we see a real opportunity to break down internal silos, position ourselves closer to customers and become more agile,” said chief executive Jim Smith, in an email sent to staff as the company reported its third quarter results on Tuesday.
Thomson Reuters said the US$200m-US$250m charge was “intended to accelerate the pace of the company’s transformation programme by further simplifying and streamlining the business”.
The company said the charges incurred from the cuts would largely come from two sectors: financial and risk, and the enterprise, technology and operations group that was created in January.
“Our core subscription businesses are moving in the right direction, our cost controls are working and we are increasingly confident in our execution capability,” said Smith. “That is why we are going to pick up the pace of our transformation efforts.”
Thomson Reuters said the subsequent cash savings from 2017 would be of a “similar magnitude” to the restructuring cost.
“Some of the savings [will] be reinvested in the business,” the company said.
The company reported that revenues at Reuters news fell one percent year-on-year to US$73m in the three months to the end of September. The operation reported a US$61 m loss for the quarter, up from US$51""",
         ents="""ORG: Thomson Reuters | Reuters | Bloomberg | News Corp | Dow Jones
PER: Jim Smith | Smith""",
         sentiments={"Thomson Reuters": "negative", "Reuters": "negative", "Bloomberg": "neutral",
                     "News Corp": "neutral", "Dow Jones": "neutral"},
         events=["layoffs", "earnings"]),

    dict(id="en-microsoft-cloud-2019", lang="en", date="2019-04-24 (approx., from the text: quarter ended March 31)",
         url="https://techflow.info/posts/microsoft-profit-revenue-beat-estimates-on-cloud-growth",
         text="""Microsoft profit, revenue beat estimates on cloud growth
(Reuters) - Microsoft Corp beat Wall Street estimates for quarterly profit and revenue on Wednesday, powered by adoption of its Azure cloud computing service and the subscription version of its Office software.
Shares rose 3 percent after the bell, adding to the about 23 percent gain so far this year. The shares touched a record high of $125.85 during regular trading hours.
Under Chief Executive Satya Nadella, the company has spent the past five years shifting from reliance on its once-dominant Windows operating system to selling cloud-based services.
Azure, Microsoft’s flagship cloud product, competes with market leader Amazon.com’s Amazon Web Services (AWS) to provide computing power to businesses.
But growth in the unit dipped to 73 percent in the latest reported quarter. Azure reported revenue growth of 76 percent in the company’s fiscal second quarter.
Microsoft’s so-called “intelligent cloud” unit, which contains its Azure services, posted revenue of $9.65 billion, above Wall Street estimates of $9.28 billion, according to IBES data from Refinitiv.
Total revenue rose 14 percent to $30.57 billion in the third quarter ended March 31, beating analysts’ average estimate of $29.84 billion, according to IBES data from Refinitiv.
Earnings per share were $1.14 versus expectations of $1.
Net income rose to $8.81 billion, or $1.15 per share, from $7.42 billion, or 96 cents per share, a year earlier.
Reporting by Sayanti Chakraborty in Bengaluru; Editing by Sriraj Kalluvila
Our Standards:The Thomson Reuters Trust Principles.""",
         boiler=["Reporting by Sayanti Chakraborty in Bengaluru; Editing by Sriraj Kalluvila",
                 "Our Standards:The Thomson Reuters Trust Principles."],
         ents="""ORG: Microsoft Corp | Microsoft | Reuters | Amazon.com | Amazon Web Services | AWS | Refinitiv
LOC: Wall Street
MISC: Azure | Office | Windows | IBES
PER: Satya Nadella""",
         sentiments={"Microsoft": "positive", "Amazon.com": "neutral", "Amazon Web Services": "neutral",
                     "Refinitiv": "neutral"},
         events=["earnings"]),

    dict(id="en-rim-profit-2009", lang="en", date="2009-06 (from the URL and text)",
         url="http://alfonso-seksi.blogspot.com/2009/06/profit-rises-33-for-maker-of-blackberry.html",
         text="""TORONTO (AP) — The BlackBerry maker Research in Motion posted a 33 percent increase in quarterly profit on Thursday, exceeding expectations but disappointing investors with its forecast.
The company earned $643 million, or $1.12 a share, in the quarter, up from $482.5 million, or 84 cents a share, a year earlier.
TORONTO (AP) — The BlackBerry maker Research in Motion posted a 33 percent increase in quarterly profit on Thursday, exceeding expectations but disappointing investors with its forecast.
The company earned $643 million, or $1.12 a share, in the quarter, up from $482.5 million, or 84 cents a share, a year earlier.
Excluding a $175.1 million tax benefit and other one-time items, the company earned $564.4 million, or 98 cents a share.
Revenue in the period, which ended May 30 and was the first quarter of the company’s fiscal 2010, rose 53 percent, to $3.42 billion from $2.24 billion a year earlier, helped by the addition of about 3.8 million net subscribers during the quarter.
The company beat the 94 cents a share profit forecast of analysts, but revenue was short of the $3.43 billion expected.
In the second quarter, it expects earnings of 94 cents to $1.03 a share on revenue of $3.45 billion to $3.7 billion. Analysts expected 97 cents a share in earnings and $3.61 billion in revenue.
Shares of Research in Motion dropped more than 5 percent, to $72.56, in after hours trading on the Nasdaq.
“The guidance was solid but not as good as the street was expecting, which is probably why the stock is getting hurt in the after hours,” said Peter Misek, an analyst with Canaccord Adams in Toronto.
Stock in the company, which is based in Waterloo, Ontario, has more than doubled since March.
Research in Motion’s co-chief executive, James L. Balsillie, said in a statement that the company had captured a 55 percent share of the smartphone market in the United States""",
         ents="""ORG: Research in Motion | AP | Nasdaq | Canaccord Adams
LOC: TORONTO | Toronto | Waterloo | Ontario | United States
MISC: BlackBerry
PER: Peter Misek | James L. Balsillie""",
         sentiments={"Research in Motion": "mixed", "Canaccord Adams": "neutral"},
         events=["earnings"]),

    dict(id="en-torontosun-microsoft-2013", lang="en", date="2013-10-24",
         url="https://torontosun.com/2013/10/24/microsoft-beats-profit-forecasts-shares-jump",
         text="""Advertisement 1

Microsoft beats profit forecasts, shares jump

Article content

SEATTLE - Microsoft Corp cruised past Wall Street's quarterly profit and revenue forecasts on Thursday, helped by strong sales of its Office and server software to businesses, sending its shares up 6% after hours.

The world's largest software company is the latest tech firm to surprise investors with a powerful performance, coming the same day as Amazon.com Inc eased past average revenue forecasts.

Technology is proving one of the most resilient sectors in an uncertain economy, with 84% of tech companies beating analysts' earnings estimates for the latest quarter.

Analysts had trimmed profit estimates for Microsoft over the past three months, concerned by the launch of an ambitious reorganization by retiring chief executive Stave Ballmer and the pricey acquisition of Nokia's handset business, even as the company's core personal computer market ebbs away.

"The earnings report will positively surprise the market, especially in the context of the soft expectations going in and the dismal report last quarter," said Todd Lowenstein, a portfolio manager at fund firm HighMark Capital. "Beating on revenue and earnings handily will boost confidence that the reorganization is pivoting them in the right direction."

As part of its reinvention as a 'devices and services' company, Microsoft now reports under two main groups, one covering its devices and consumer business, and one its commercial business.

The commercial side was the strongest in the quarter, posting a 10% increase in revenue, chiefly from selling Office and server software to businesses. The consumer and hardware group's revenue rose a more modest 4%, held back by another poor quarter for the Windows system as sales of personal computers continue to decline.

For the fiscal first quarter, Microsoft posted a 17% increase in profit to $5.2 billion, or 62 cents per share, up from $4.5 billion, or 53 cents per share, in the year-ago""",
         boiler=["Advertisement 1", "Article content"],
         ents="""ORG: Microsoft Corp | Microsoft | Amazon.com Inc | Nokia | HighMark Capital
LOC: SEATTLE | Wall Street
PER: Stave Ballmer | Todd Lowenstein
MISC: Office | Windows""",
         sentiments={"Microsoft": "positive", "Amazon.com Inc": "positive", "Nokia": "neutral",
                     "HighMark Capital": "neutral"},
         events=["earnings"]),

    dict(id="en-voa-telefonica-fine", lang="en", date="2007-07-04",
         url="https://www.voanews.com/a/a-13-2007-07-04-voa30-66566467/555207.html",
         text="""European Union regulators have fined Spanish telecommunications company Telefonica $206 million for setting high prices on services used by its rivals.
The commission says Telefonica had set prices so high that rival operators could not make a profit on their services.
The formerly state-owned company controls the fixed line telecommunications network used for about 80 percent of high-speed Internet connections in Spain. Rival operators need to buy access from Telefonica to provide competing retail services.
EU Competition Commissioner Neelie Kroes Wednesday said that she would not allow dominant companies to use their market power to close down markets. She said Telefonica's actions harmed customers as well as businesses.
However, Telefonica says it obeyed market rules and will appeal the EU decision.
Some information for this report was provided by AFP, AP and Reuters.""",
         boiler=["Some information for this report was provided by AFP, AP and Reuters."],
         ents="""ORG: European Union | Telefonica | EU
LOC: Spain
PER: Neelie Kroes""",
         sentiments={"Telefonica": "negative"},
         events=["legal"]),

    dict(id="en-energia-eon-fine", lang="en", date="2008-01-30 (approx., from the text)",
         url="https://energia.gr/article/129304/eu-fines-eon-eur38m-for-tampering-with-antitrust-evidence",
         text="""The European Commission Wednesday fined German energy giant E.ON AG (EON) EUR38 million for tampering with an antitrust investigation into the company's business practices.
The European Commission Wednesday fined German energy giant E.ON AG (EON) EUR38 million for tampering with an antitrust investigation into the company's business practices.
During the commission's probe into alleged anticompetitive practices on the German energy markets in May 2006, E.U. civil servants had sealed a door in E.ON's premises to a room containing highly sensitive files obtained in the raid. When inspectors returned the next day, the seal was broken, the commission said.
The documents were not yet listed, which makes it impossible to check whether documents were taken by E.ON. However the commission can't rule out that case sensitive documents were removed during the night.
The commission was looking to find evidence on tactics that might allow companies to engage in illegal market sharing, such as long-term supply contracts locking out competitors, and restricted access to gas pipelines.
"Companies know very well that high fines are at stake in competition cases, and some may consider illegal measures to obstruct an inquiry and so avoid a fine. This decision sends a clear message to all companies that it does not pay off to obstruct the Commission's investigations," The E.U.'s Competition Commissioner Neelie Kroes said.
The commission chose not to impose a higher fine of 1% of E.ON's total revenue as this was the first time the regulator has fined a company purely for tampering with evidence.
Διαβάστε ακόμα
Τρι, 5 Νοεμβρίου 2024 - 18:56
Τρι, 5 Νοεμβρίου 2024 - 18:53
Τετ, 30 Οκτωβρίου 2024 - 18:54
Τετ, 30 Οκτωβρίου 2024 - 18:46
Παρ, 25 Οκτωβρίου 2024 - 20:10""",
         boiler=["Διαβάστε ακόμα", "Τρι, 5 Νοεμβρίου 2024 - 18:56", "Τρι, 5 Νοεμβρίου 2024 - 18:53",
                 "Τετ, 30 Οκτωβρίου 2024 - 18:54", "Τετ, 30 Οκτωβρίου 2024 - 18:46", "Παρ, 25 Οκτωβρίου 2024 - 20:10"],
         ents="""ORG: European Commission | Commission | E.ON AG | E.ON | E.U.
PER: Neelie Kroes""",
         sentiments={"E.ON": "negative"},
         events=["legal"]),

    dict(id="en-fox21-sears-chapter11", lang="en", date="2018-10-15",
         url="https://www.fox21online.com/2018/10/15/sears-files-for-chapter-11-amid-plunging-sales-massive-debt",
         text="""Sears Files for Chapter 11 Amid Plunging Sales, Massive Debt

Sears is Filing for Chapter 11 Bankruptcy Protection

NEW YORK (AP) – The company, inundated by debt and falling sales, said Monday that it would begin liquidation sales and close another 142 stores before the end of the year. The company that dominated the American retail landscape in the 20th century joins a long list of stores ravaged by changing technology and shopping patterns.

Some stores have pulled out of bankruptcy court and found some stability, but the future of other longstanding retail institutions like Toys R Us are more doubtful.

Hedge fund ESL says it stands by Sears’ decision to file for Chapter 11 bankruptcy protection, though it would have preferred to avoid a court-run process.

The hedge fund is run by now former Sears CEO Edward S. Lampert, who is also the company’s largest shareholder and has been attempting to keep the company afloat with his own money.

An out-of-court resolution “did not prove possible”, ESL said.

“We intend to work closely and collaboratively with other stakeholders to restructure the company’s balance sheet using the Chapter 11 framework as quickly and efficiently as possible and will continue to press forward with the goal of seeing Sears emerge from this process positioned for success as a smaller, less indebted retailer in an integrated retail environment,” ESL said.

Categories: Business, News, News – Latest News, US & World News""",
         boiler=["Categories: Business, News, News – Latest News, US & World News"],
         ents="""ORG: Sears | AP | Toys R Us | ESL
LOC: NEW YORK
PER: Edward S. Lampert
MISC: Chapter 11""",
         sentiments={"Sears": "negative", "Toys R Us": "negative", "ESL": "neutral"},
         events=["bankruptcy", "layoffs"]),

    dict(id="en-juststyle-bakers-bankruptcy", lang="en", date="2012-10-04 (from the text: 'yesterday (3 October)')",
         url="http://www.just-style.com/news/bakers-footwear-files-for-bankruptcy-as-sales-slump_id115726.aspx",
         text="""Debt-laden retailer Bakers Footwear Group has filed for Chapter 11 bankruptcy protection after falling sales led the company to default on its credit line.

The formal Chapter 11 reorganisation process will enable the retailer to try to restructure its business operations and lending arrangements.

The move comes less than two months after Bakers Footwear revealed plans to shed more than 70 stores and up to one-third of its staff in an effort to turn around the ailing company.

It says it intends to continue with these measures, which include reducing its retail base by 72-77 stores, selling up to 52 of them to Aldo US for US$6.4m and closing 20-25 under-performing shops this autumn.

The closures and sell-offs will generate up to $7m in annual expense reduction, said Bakers, with a similar amount raised by liquidating inventory. The proceeds from the actions will be used to reduce debt and improve cash flow.

According to SEC filings, company COO Joseph VanderPluym, chief planning officer Stanley Tusman and chief merchandising officer Mark Ianni all lost their jobs. And up to one in three of the company's employees could also be axed under the plans.

The company intends to focus solely on its Bakers brand in the future, restoring its position in the moderately priced footwear market under new leadership, and ending its H by Halston licence on 31 December this year.

Despite the changes, all 215 Bakers stores remain open, the retailer said yesterday (3 October).

"Given the situation, the company is working collaboratively with its stakeholders and moving as quickly and as expeditiously as possible to ensure that value is maximised for all of the constituents and the company can reorganize and emerge from bankruptcy," it added.

A filing with the US Securities and Exchange Commission said that $17.8m is outstanding under its credit agreement with Crystal Financial. Bakers is now asking the court to approve up to $22m in debtor-in-possession financing from Crystal.""",
         ents="""ORG: Bakers Footwear Group | Bakers Footwear | Bakers#0,2,3 | Aldo US | SEC | US Securities and Exchange Commission | Crystal Financial | Crystal
MISC: Chapter 11 | Bakers#1 | H by Halston
PER: Joseph VanderPluym | Stanley Tusman | Mark Ianni""",
         sentiments={"Bakers Footwear Group": "negative", "Aldo US": "neutral", "Crystal Financial": "neutral"},
         events=["bankruptcy", "layoffs", "leadership_change"]),

    dict(id="en-rte-motorola-ceo", lang="en", date="2007-11-30",
         url="https://www.rte.ie/news/business/2007/1130/96672-motorola-business",
         text="""Motorola said today that its chief executive Ed Zander was stepping down as the US mobile phone maker faces shrinking market share amid stiff global competition.
The resignation of Zander, 60, will take effect January 1, but he will remain chairman until the annual meeting of stockholders in May 2008, the company said in a statement.
Motorola named Greg Brown, 47, currently the company's president and chief operating officer, as CEO. Brown, a veteran of high-tech companies, joined Motorola in 2003.
The company gave no reason for the departure of Zander, who took the top position in January 2004. Zander said he wanted to spend more time with his family.
Motorola, once the world's second-largest mobile phone maker, has undertaken restructuring and slashed jobs as it battles eroding market share. The company has posted a series of poor quarterly earnings and has seen its industry share slip to third place, behind Nokia of Finland and Samsung of South Korea.
Motorola barely turned a profit in the third quarter of this year, due to flagging mobile phone sales.""",
         ents="""ORG: Motorola | Nokia | Samsung
PER: Ed Zander | Zander | Greg Brown | Brown
LOC: US | Finland | South Korea""",
         sentiments={"Motorola": "negative", "Nokia": "neutral", "Samsung": "neutral"},
         events=["leadership_change"]),

    dict(id="en-axios-toyota-panasonic", lang="en", date="2019-01-22",
         url="https://www.axios.com/2019/01/22/toyota-panasonic-electric-vehicle",
         text="""Toyota and Panasonic link up on electric vehicle batteries
- Ben Geman, author of Axios Generate

President of Toyota Motor Akio Toyoda (L) and President of Panasonic Kazuhiro Tsuga (R). Photo: Toru Yamanaka/AFP/Getty Images
Toyota and Panasonic announced Tuesday that they've inked a deal for establishing a joint venture to develop electric vehicle batteries.
Why it matters: It's the latest sign of companies in the automotive and battery space pooling resources to get ahead in the increasingly competitive EV market.
- "The business environment is one in which independent efforts by battery manufacturers or automobile manufacturers are not enough for solving the issues concerned," the companies said in a joint statement.
The intrigue: Via the Associated Press, "Toyota, Japan's No. 1 automaker, is thought to have fallen behind rival Nissan Motor Co. in pioneering electric vehicles, and has been trying to catch up in recent years."
Where it stands: The corporate giants, which did not disclose investment amounts, said they're setting up a JV by the end of next year with a 51% stake for Toyota and 49% for Panasonic. They added...
- It will cover R&D, product engineering, manufacturing, and more.
- It will explore both advances in existing technology as well as development of solid-state and "next generation" tech.
- Products developed through the venture will likely be sold to "various automakers" through Panasonic.
Of note: As Reuters points out here, the JV builds on a partnership the companies first established in late 2017.""",
         boiler=["- Ben Geman, author of Axios Generate",
                 "President of Toyota Motor Akio Toyoda (L) and President of Panasonic Kazuhiro Tsuga (R). Photo: Toru Yamanaka/AFP/Getty Images"],
         ents="""ORG: Toyota | Panasonic | Associated Press | Nissan Motor Co. | Reuters
LOC: Japan""",
         sentiments={"Toyota": "neutral", "Panasonic": "neutral", "Nissan Motor Co.": "neutral"},
         events=["partnership"]),

    dict(id="en-bestmag-gm-honda", lang="en", date="2018-06 (approx.)",
         url="https://www.bestmag.co.uk/gm-and-honda-drive-next-gen-batteries-project/",
         text="""General Motors and Honda have formed a new partnership— to develop next-generation batteries for pure electric vehicles (EVs).
The car firms said their new “multi-year” venture is expected to develop “advanced” chemistry battery components, including battery cells and modules for next-generation battery systems to be used in GM’s EVs mainly for the North American market.
The move is the firms’ second collaborative outing after a fuel cells and hydrogen storage project.
Under the latest agreement, Honda will source battery modules with “higher energy density, smaller packaging and faster charging capabilities” from GM.
GM said the partnership would support the companies’ “respective and distinct vehicles”.
In 2013, the companies announced their first manufacturing joint venture on hydrogen fuel cell system technology, which is scheduled to head to market around 2020.
BBB reported earlier this year that Honda was said to be investing in a batteries production line for a planned hybrid electric vehicle (HEV) manufacturing programme in Thailand.""",
         ents="""ORG: General Motors | Honda | GM | BBB
LOC: Thailand""",
         sentiments={"General Motors": "neutral", "Honda": "neutral"},
         events=["partnership"]),

    dict(id="en-hcamag-snap-estee-lauder", lang="en", date="2024-02 (approx., from the text)",
         url="https://hcamag.com/nz/specialisation/change-management/snap-estee-lauder-announce-global-job-cuts/475976",
         text="""Layoffs announced as part of restructuring within organizations
More employers across the world are announcing a fresh round of job cuts this year as part of their efforts to restructure their workforce.
Tech company Snap Inc. announced in a regulatory filing this week that it is cutting approximately 10% of its global full-time employees.
"In order to best position our business to execute on our highest priorities, and to ensure we have the capacity to invest incrementally to support our growth over time, we have made the difficult decision to restructure our team," Snap said in its filing.
It also told news outlets that restructure plan aims to promote in-person work.
"We are reorganizing our team to reduce hierarchy and promote in-person collaboration," a Snap spokesperson told CNN. "We are focused on supporting our departing team members and we are very grateful for their hard work and many contributions to Snap."
The layoffs will impact around 500 employees of the tech firm, according to reports, and will incur charges between $55 million and $75 million in the first quarter due to severance and related costs.
"Potential position eliminations in each country are subject to local law and consultation requirements, which may extend this process into the second quarter of 2024 or beyond in certain countries," the tech firm stated.
Estée Lauder layoffs
Latest News
Meanwhile, cosmetics company Estée Lauder said it is also cutting between three and five per cent of its positions as part of a restructuring program aimed at driving profits.
"This reduction takes into account the elimination of some positions as well as retraining and redeployment of certain employees in select areas," the company said in its latest fiscal results report.
It added that the restructuring program will begin during the company's fiscal 2024 third quarter, with its focus including the reorganization and rightsizing of certain areas in the company.
Once fully implemented, the company said""",
         boiler=["Latest News"],
         ents="ORG: Snap Inc. | Snap | CNN | Estée Lauder",
         sentiments={"Snap": "negative", "Estée Lauder": "negative"},
         events=["layoffs"]),
]
