"""English real business articles (acquisitions, profit warnings and results, plant closures, funding rounds,
a CEO change, strikes, an administration, a shareholder lawsuit, a regulator's fine, a product launch, a market
entry, contract wins and analyst downgrades), added after the split: all development (``split="dev"``).
Found with the ``pages`` search (stored public web pages) by English business-news queries on those topics,
preferring sites little used in the other files; each is the stored page text as delivered, cut at a line end
to at most ~2,000 characters (see make_real.py for the format and the annotation rules, including the
sentiment conventions of the third and seventh sessions)."""

ARTICLES = [
    dict(id="en15-taipeitimes-oracle-aconex", lang="en", split="dev", date="2017-12-19 (from the page and the URL)",
         url="http://www.taipeitimes.com/News/biz/archives/2017/12/19/2003684217",
         text=""" date 2017-12-19 Bloomberg

Oracle Corp agreed to buy Aconex Ltd, an Australian company that makes cloud-based collaboration software for construction projects, for A$1.56 billion (US$1.2 billion) cash as it pushes deeper into new markets to gain more customers.

The deal values Aconex at A$7.80 per share, 47 percent more than Friday’s closing price. Aconex shares yesterday surged 44 percent to A$7.63 at 11:09am in Sydney trading.

Oracle has been looking to refashion its business around Internet-based products. The strategy was dealt a setback last quarter when cloud-computing sales missed analysts’ estimates.

The California-based company also gave a disappointing forecast for cloud growth in last week’s earnings report, which sent shares falling the most in three months.

Oracle has been turning to acquisitions to accelerate its shift to the cloud, including last year’s US$9 billion purchase of NetSuite Inc.

Aconex’s board unanimously recommended the deal, the Melbourne-based company said in a statement.

The company’s directors, who represent about 13.6 percent of the stock, are to vote in favor of the bid in the absence of a superior proposal, it said.

The Australian company’s software is used by infrastructure and building construction managers to track the status and potential costs of their projects.

Aconex became Australia’s most-shorted stock after its share price fell dramatically earlier this year. The run was sparked by a revenue forecast downgrade it blamed on market uncertainty caused by the Brexit vote and US President Donald Trump’s election.

The Oracle and Aconex businesses should be a good fit thanks to the Australian company’s strong niche offering and Oracle’s global footprint, Baillieu Holst Ltd analyst Luke Macnab said.""",
         boiler=["date 2017-12-19 Bloomberg"],
         ents="""ORG: Oracle Corp | Oracle | Aconex Ltd | Aconex | NetSuite Inc | Baillieu Holst Ltd
PER: Donald Trump | Luke Macnab
LOC: Sydney | California | Melbourne | Australia | US#2
MISC: Brexit""",
         sentiments={"Oracle Corp": "positive", "Aconex Ltd": "positive", "NetSuite Inc": "neutral",
                     "Baillieu Holst Ltd": "neutral"},
         events=["acquisition"]),

    dict(id="en15-ibtimes-sap-ariba", lang="en", split="dev", date="2012 (approx., from the text: 'said Tuesday', a deal to close in the third quarter of 2012, a May 2011 caption)",
         url="https://www.ibtimes.com/sap-expand-cloud-presence-buying-ariba-43-billion-699572",
         text="""Shareholders arrive for the SAP group general shareholder assembly in Mannheim
Shareholders arrive for the German software group SAP general shareholder assembly in Mannheim, May 25, 2011. REUTERS

SAP AG (NYSE: SAP), Europe's biggest software company, said Tuesday it would acquire e-commercer specialist Ariba Inc. (Nasdaq: ARBA) for $4.3 billion, as it looks to expand its cloud-based services and challenge rival Oracle Corp. (Nasdaq: ORCL).

Shares of Ariba, Inc. (Nasdaq: ARBA) soared 19.21 percent, or $7.23, to close at $44.87 on Tuesday, while the tech-heavy Nasdaq closed down 0.29 percent. The American depository shares of SAP AG (NYSE: SAP) slipped 0.17 percent, to $58.69. Oracle shares rose a dime to $26.36.

Cloud-based collaboration is redefining business network innovation, and we are catching this wave in the early stage of its evolution, SAP co-CEOs Bill McDermott and Jim Hagemann Snabe, said in a statement. The addition of Ariba will create the business network of the future, deliver immediate value to our customers and provide another solid engine for driving SAP's growth in the cloud.

The $45-a'share offer represents a premium nearly 20 percent above Ariba's close on Monday and a 19 percent premium over the average price over the last month.

The deal will be funded from SAP's free cash and a €2.4 billion ($3.1 billion) term loan facility. The deal is expected to close in the third quarter of 2012, subject to Ariba stockholder approval and the usual regulatory approvals.

Ariba, based in Sunnyvale, Calif., has become the second-largest cloud vendor by revenue, and had recorded 2011 revenue of $444 million. For the September 2012 fiscal year, Wall Street expects Ariba to post revenue of $532.8 million, up 20 percent.

Ariba will continue to be led by current management, the statement said. SAP said it intends to nominate Ariba CEO Bob Calderoni to the SAP Global Managing Board after the deal closes.""",
         boiler=["Shareholders arrive for the SAP group general shareholder assembly in Mannheim",
                 "Shareholders arrive for the German software group SAP general shareholder assembly in Mannheim, May 25, 2011. REUTERS"],
         ents="""ORG: SAP AG | SAP | Ariba Inc. | Ariba, Inc. | Ariba | ARBA | NYSE | Nasdaq | Oracle Corp. | Oracle | ORCL
PER: Bill McDermott | Jim Hagemann Snabe | Bob Calderoni
LOC: Europe | Sunnyvale | Calif. | Wall Street""",
         sentiments={"SAP AG": "positive", "Ariba Inc.": "positive", "Oracle Corp.": "neutral"},
         events=["acquisition"]),

    dict(id="en15-heraldscotland-capita-profit-warning", lang="en", split="dev",
         date="2016-09 (approx., from the text: after the EU referendum and Capita's first-half results; not dated on the page)",
         url="http://www.heraldscotland.com/business/14773590.Capita_shares_slump_after_profits_warning_over_Brexit_and_TFL_contract_costs/",
         text="""SHARES in outsourcing giant Capita plunged 27 per cent after the company warned that full-year profits will take a hit from a slowdown in trading, partly linked to Britain's decision to quit the European Union.

The group said it expects pre-tax profits to come in at between £535 million and £555 million for the full year, compared with previous forecasts of £614 million.

Shares slumped to 675p in morning trading before closing at 698p, down by 27 per cent or 254.5p.

Capita blamed a slowdown in "specific trading businesses", one-off costs incurred on a Transport for London (TfL) congestion charging contract and "continued delays in client decision-making".

The firm added: "As referenced at our first-half results, our Asset Services division has seen less activity in the short term, following the EU referendum."

Delays have dogged the TfL IT contract, and Capita expects to incur up to £25 million in one-off costs as a result.

Capita also said it is in a contractual dispute with Co-op Bank regarding "obligations relating to the transformation of services", flagging that there is a "risk of litigation".

Capita reassured investors that it is taking immediate steps to reduce the cost base at its under-performing businesses, which will give the company a boost next year.""",
         ents="""ORG: Capita | European Union | EU | Transport for London | TfL | Asset Services | Co-op Bank
LOC: Britain""",
         sentiments={"Capita": "negative", "Asset Services": "negative", "Co-op Bank": "neutral"},
         events=["earnings"]),

    dict(id="en15-investing-catalent-forecast-cut", lang="en", split="dev",
         date="2023-05-08 (approx., from the URL slug '2023' and the text: said 'on Monday', a day before results pushed to May 15)",
         url="https://investing.com/news/stock-market-news/catalent-say-to-cut-2023-revenue-forecast-delays-q3-results-3075759",
         text="""(Reuters) -Catalent Inc expects to cut by more than $400 million both its full-year revenue and core profit forecasts, the contract drug manufacturer said on Monday, sending its shares tumbling 27% to a three-year low.
The announcement came just a day ahead of third-quarter results, which have been pushed to May 15 to allow the company to make some adjustments to financial statements related to its operations in Bloomington, Indiana.
In April, Catalent (NYSE:CTLT) had flagged productivity issues and warned that a slower-than-expected ramp up in production capacity would hit quarterly results.
The company, with clients including Moderna (NASDAQ:MRNA) Inc and Johnson & Johnson (NYSE:JNJ), also estimated a goodwill impairment charge of more than $200 million in its consumer health business, primarily related to its purchase of Bettera Wellness.
Catalent had been the sole contract manufacturer for Novo Nordisk (NYSE:NVO)'s weight-loss drug Wegovy, but the Danish company last month unveiled a second contract manufacturer to help meet sky-rocketing demand.
"We are confident that our recent operational challenges are temporary and addressable, and we are working intensively to return to our historic productivity levels," Catalent CEO Alessandro Maselli said in a statement.
Catalent in February forecast full-year net revenue of $4.63 billion to $4.88 billion and adjusted earnings before interest, taxes, depreciation, and amortization (EBITDA) of $1.22 billion to $1.30 billion.
William Blair analyst Max Smock on Monday identified some key risks in the next three to five years for Catalent, including quality assurance problems identified by regulators that can cause delays and potentially harm the company's reputation with other clients.""",
         ents="""ORG: Reuters | Catalent Inc | Catalent | NYSE | CTLT | Moderna | NASDAQ | MRNA | Johnson & Johnson | JNJ | Bettera Wellness | Novo Nordisk | NVO | William Blair
PER: Alessandro Maselli | Max Smock
LOC: Bloomington | Indiana
MISC: Wegovy""",
         sentiments={"Catalent Inc": "negative", "Moderna": "neutral", "Johnson & Johnson": "neutral",
                     "Bettera Wellness": "neutral", "Novo Nordisk": "neutral", "William Blair": "neutral"},
         events=["earnings"]),

    dict(id="en15-businessinsider-vocus-profit-warning", lang="en", split="dev", date="2017-05 (from the URL)",
         url="https://www.businessinsider.com.au/vocus-shares-are-getting-destroyed-after-a-profit-warning-2017-5",
         text="""Vocus shares are getting destroyed after a profit warning

Mount Sinabung volcano in Indoensia. Tibta Pangin/AFP/Getty Images

Vocus shares fell sharply after the telco downgraded revenue and profit forecasts.

A short time ago, the shares were down almost 25% to $2.53. The share price has almost halved over the last 12 months.

In a presentation to the Macquarie Australia Conference in Sydney, CEO Geoff Horth downgraded revenue to $1.8 billion from $1.9 billion after reassessing the cash flow from a number of projects.

Underlying EBITDA is now expected to be between $365 and $375 million compared to guidance of $430 to $450 million. Underlying net profit after tax is now expected to be in the range of $160 million to $165 million compared to guidance of $205 million to $215 million.

In February, Vocus posted a net profit after tax of $47.2 million from revenue of $888.2 million.

The company has been growing via a series of acquisitions, including M2 and Nextgen.

NOW WATCH: Money & Markets videos

Want to read a more in-depth view on the trends influencing Australian business and the global economy? BI / Research is designed to help executives and industry leaders understand the major challenges and opportunities for industry, technology, strategy and the economy in the future. Sign up for free at research.businessinsider.com.au.""",
         boiler=["Mount Sinabung volcano in Indoensia. Tibta Pangin/AFP/Getty Images",
                 "NOW WATCH: Money & Markets videos",
                 "Want to read a more in-depth view on the trends influencing Australian business and the global economy? BI / Research is designed to help executives and industry leaders understand the major challenges and opportunities for industry, technology, strategy and the economy in the future. Sign up for free at research.businessinsider.com.au."],
         ents="""ORG: Vocus | M2 | Nextgen
PER: Geoff Horth
LOC: Sydney
MISC: Macquarie Australia Conference""",
         sentiments={"Vocus": "negative", "M2": "neutral", "Nextgen": "neutral"},
         events=["earnings"]),
    dict(id="en15-ndtvprofit-quess-q1-profit", lang="en", split="dev",
         date="2024 (approx., from the text: first-quarter results for the quarter ended June, an over-two-year high, the highest since Feb. 3, 2022)",
         url="https://www.ndtvprofit.com/markets/quess-corp-share-price-jumps-to-over-two-year-high-after-net-profit-beats-estimates",
         text="""Quess Corp Jumps To Over Two-Year High After Q1 Profit Beats Estimates
The business service provider's net profit grew 14% on the year to Rs 112 crore in the quarter ended June, beating Bloomberg estimate of Rs 82.7 crore.
Shares of Quess Corp. hit an over-two-year high on Tuesday after its first-quarter profit beat analysts' estimates.
The business service provider's net profit grew 14% on the year to Rs 112 crore in the quarter ended June, according to an exchange filing. The net profit was 35.43% higher than the Bloomberg survey's forecast of Rs 82.7 crore for the period.
Quess Corp.'s top line saw marginal growth and was largely consistent with estimates. Its revenue rose 1.9% annually to Rs 5,003 crore, against Rs 5,005 crore estimated by the Bloomberg survey.
However, the operating profit fell 5.2% on the year to Rs 115 crore from Rs 121 crore, missing estimates.
Shares of Quess Corp. rose 5.27% to Rs 752.60, the highest level since Feb. 3, 2022. It pared gains to trade 2.11% higher at Rs 730 as of 11:14 a.m., compared to 0.39% advance in the NSE Nifty 50.
The stock gained 70.11% in last 12 months and 39.76% on year to date basis. Total traded volume so far in the day stood at 9.6 times its 30-day average. The relative strength index was at 77.52, which implied the stock is overbought.
Out of seven analysts tracking the company, five maintain a 'buy' rating, one recommend a 'hold' and one suggest a 'sell', according to Bloomberg data. The average 12-month consensus price target implies a downside of 3.5%.""",
         ents="""ORG: Quess Corp. | Quess Corp | Bloomberg
MISC: NSE Nifty 50""",
         sentiments={"Quess Corp": "positive"},
         events=["earnings"]),

    dict(id="en15-justauto-magna-syracuse-closure", lang="en", split="dev",
         date="2009 (approx., from the text: 2007 losses, Toronto closures announced 'late last year' for June 2009; not dated on the page)",
         url="https://just-auto.com/news/us-magna-new-york-closure-to-cost-1400-jobs",
         text="""Magna International has said it will have to initiate a wind-down plan for its gear assembly plant in Syracuse, New York, after negotiations with workers collapsed.
The Canadian components maker said that it would not be initiating any new discussions with workers who rejected a plan the company said was necessary to keep the factory competitive.
“Going forward, NPG will not be able to be competitive without the operational advantages and cost savings proposed in the agreement, and as a result, Magna Powertrain will initiate a wind-down plan for the site,” a statement said.
The shutdown of the facility will ultimately eliminate 1,400 jobs.
The company had made a tentative agreement with United Auto Workers union but it was rejected by workers.
How well do you really know your competitors?
Access the most comprehensive Company Profiles on the market, powered by GlobalData. Save hours of research. Gain competitive edge.
Thank you!
Your download email will arrive shortly
Not ready to buy yet? Download a free sample
We are confident about the unique quality of our Company Profiles. However, we want you to make the most beneficial decision for your business, so we offer a free sample that you can download by submitting the below form
By GlobalDataA shutdown would not be immediate but the company would now holds discussions with employees, suppliers and customers.
According to one report, the plant, which makes transfer cases for trucks and SUVs, lost US$117m in 2007.
Late last year, Magna International said it would shut two auto parts plants in the Toronto area in June 2009, eliminating 850 jobs after GM and Chrysler reduced their orders.
In November, the company reported a third quarter operating loss of US$112m, net loss was $215m and loss per share was $1.93, decreases of $379m, $370m and $3.31, respectively, compared to the third quarter of 2007.""",
         boiler=["How well do you really know your competitors?",
                 "Access the most comprehensive Company Profiles on the market, powered by GlobalData. Save hours of research. Gain competitive edge.",
                 "Thank you!", "Your download email will arrive shortly", "Not ready to buy yet? Download a free sample",
                 "We are confident about the unique quality of our Company Profiles. However, we want you to make the most beneficial decision for your business, so we offer a free sample that you can download by submitting the below form"],
         ents="""ORG: Magna International | NPG | Magna Powertrain | United Auto Workers | GM | Chrysler
LOC: Syracuse | New York | Toronto""",
         sentiments={"Magna International": "negative", "NPG": "negative", "Magna Powertrain": "negative",
                     "GM": "neutral", "Chrysler": "neutral"},
         events=["layoffs"]),

    dict(id="en15-topnews-rivian-funding-second-factory", lang="en", split="dev", date="2021-07-27 (from the page)",
         url="https://www.topnews.us/content/264786-rivian-raises-25-billion-second-ev-factory-us",
         text=""" date 2021-07-27 Rivian, Michigan-based automotive technology firm and electric vehicle (EV) maker with seven locations across the country, has announced that it has garnered nearly $2.5 billion in a fresh investment round to set up a second EV factory in the U.S.

The latest investment round was led by e-commerce tech giant Amazon’s Climate Pledge Fund and automobile manufacturer Ford Motor Company. Without providing further details, Rivian spokeswoman Amy Mast confirmed that that the company was exploring locations for setting up a new manufacturing plant in the country.

Founded in 2009, Rivian owns and operates a manufacturing plant in Normal, Illinois. It also has other facilities in Plymouth area of Michigan, and Palo Alto and Carson of California, in addition to Woking area of United Kingdom. It is focused on building an electric sport utility vehicle and pickup truck, designed to be semi-autonomous vehicles for on-road as well as off-road driving.

While several EV startups are turning to deals with Special-purpose acquisition companies (SPACs) to raise money these days, Rivian has opted for investments from companies like Amazon and Ford as well as from institutional investors.

Announcing the latest private round of funding, the EV maker said, “Rivian has closed a $2.5 billion private funding round. The financing was led by Amazon’s Climate Pledge Fund, D1 Capital Partners, Ford Motor Company and funds and accounts advised by T. Rowe Price Associates, Inc.”

Some other companies like Third Point, Dragoneer Investment Group, Coatue and Fidelity Management & Research Co. also participated in the investment round.""",
         ents="""ORG: Rivian | Amazon | Climate Pledge Fund | Ford Motor Company | Ford | D1 Capital Partners | T. Rowe Price Associates, Inc. | Third Point | Dragoneer Investment Group | Coatue | Fidelity Management & Research Co.
PER: Amy Mast
LOC: Michigan | U.S. | Normal | Illinois | Plymouth | Palo Alto | Carson | California | Woking | United Kingdom""",
         sentiments={"Rivian": "positive", "Amazon": "neutral", "Climate Pledge Fund": "neutral", "Ford Motor Company": "neutral",
                     "D1 Capital Partners": "neutral", "T. Rowe Price Associates, Inc.": "neutral", "Third Point": "neutral",
                     "Dragoneer Investment Group": "neutral", "Coatue": "neutral",
                     "Fidelity Management & Research Co.": "neutral"},
         events=["funding", "expansion"]),

    dict(id="en15-globalventuring-factorial-series-d", lang="en", split="dev",
         date="2022 (approx., from the text: after partnerships announced in November 2021, the round 'first revealed last month')",
         url="https://staging.globalventuring.com/factorial-energy-charges-up-200m-series-d",
         text="""AAA Factorial Energy charges up $200m series D

Factorial Energy charges up $200m series D

US-based electric vehicle (EV) battery developer Factorial Energy completed a $200m series D round yesterday co-led by carmakers Mercedes-Benz and Stellantis, as the automotive industry focuses increasingly on EV-related offerings.

The deal was first revealed last month – though the funding size was undisclosed – alongside independent development agreements with each corporate.

Factorial Energy is working on safe and affordable solid-state batteries that will last longer per charge compared with the more traditional lithium-ion counterpart. It claims its Factorial Electrolyte System Technology helps achieve consistent cell performance and superior driving range.

Factorial Energy’s chief executive Siyu Huang said: “We continue to move aggressively towards our goal of delivering automotive-scale, solid-state battery technology to our customers.

“This funding will enable us to not only advance core research and development but also scale our team and invest in manufacturing facilities to drive commercial production.”

Automotive manufacturers Hyundai Motor Company and Kia Corporation had provided an undisclosed amount of funding as part of strategic partnerships announced in November 2021.

Factorial’s total funding stood at more than $40m when it emerged from stealth in April 2021, and its shareholders included former president and chief executive of carmaker Ford Motor Company Mark Fields, former senior adviser to the Obama administration’s presidential task force on the auto industry Harry Wilson, and investment firms Gatemore Capital Management and Wave Equity Partners.""",
         ents="""ORG: Factorial Energy | Factorial | Mercedes-Benz | Stellantis | Hyundai Motor Company | Kia Corporation | Ford Motor Company | Gatemore Capital Management | Wave Equity Partners
PER: Siyu Huang | Mark Fields | Obama | Harry Wilson
LOC: US
MISC: Factorial Electrolyte System Technology""",
         sentiments={"Factorial Energy": "positive", "Mercedes-Benz": "neutral", "Stellantis": "neutral",
                     "Hyundai Motor Company": "neutral", "Kia Corporation": "neutral", "Ford Motor Company": "neutral",
                     "Gatemore Capital Management": "neutral", "Wave Equity Partners": "neutral"},
         events=["funding"]),

    dict(id="en15-foolau-bhp-ceo-retirement", lang="en", split="dev", date="2019-11-14 (from the URL)",
         url="https://fool.com.au/2019/11/14/bhp-share-price-tumbles-on-ceo-retirement-news",
         text="""The BHP Group Ltd (ASX: BHP) share price has tumbled lower on Thursday after announcing the retirement of its chief executive officer.
The mining giant's shares are down 1% to $36.42 at the time of writing.
What did BHP announce?
This morning BHP announced that its chief executive officer, Andrew Mackenzie, will retire from the role on December 31.
Mr Mackenzie will also step down from being a member of the executive leadership team and an executive director on the same date. He will work through the applicable notice period.
The outgoing chief executive officer intends to hold onto his BHP shares for two years beyond retirement. Whilst this is a requirement that becomes effective next year and thus not applicable to Mr Mackenzie, he will voluntarily do it to "demonstrate his commitment to and confidence in BHP's future success."
New CEO announced.
BHP has acted swiftly and has already named his replacement. According to the release, Mike Henry has been appointed chief executive officer following a thorough succession process.
Mr Henry will assume the role of chief executive officer and executive director from January 1 2020.
The release explains that Mr Henry has 30 years' experience in the global mining and petroleum industry. This includes operational, commercial, safety, technology and marketing roles.
He joined BHP in 2003, initially in business development and then in marketing and trading of a range of mineral and petroleum commodities. He then went on to hold various positions in the company. These include President Coal, President HSE, Marketing and Technology, and Chief Marketing Officer.""",
         ents="""ORG: BHP Group Ltd | ASX | BHP
PER: Andrew Mackenzie | Mackenzie | Mike Henry | Henry""",
         sentiments={"BHP Group Ltd": "mixed"},
         events=["leadership_change"]),
    dict(id="en15-northernsound-kyte-powertech-strike", lang="en", split="dev",
         date="2023 (approx., from the text: a pay agreement that expired in January, members facing inflation; not dated on the page)",
         url="https://northernsound.ie/news/kyte-powertech-staff-decision-to-take-industrial-action-regrettable-200118",
         text="""Grievance over a pay agreement that expired in January has led to workers at Kyte Powertech initiating 24-hour strike action on Friday.
SIPTU organiser Martin O'Rourke says members sought a "reasonable proposal" from the company but nothing was forthcoming.
Mr O'Rourke added that while the plant - which is in Cavan since 1977 - has never been the subject of industrial action before, workers feel they were left with no other choice.
He said that efforts by the Labour Court to resolve matters between staff and management also failed.
Despite this, Mr O'Rourke says that employees are willing to engage to find a solution right up to Friday's planned strike action.
"No union, or company in fact, is a monolith so different approaches are tried in different locations," he continued.
"Where members are telling us that they can't sustain the level of inflation they are facing, and that they need to secure additional earnings, then the union will seek that for them."
Meanwhile, in a statement to Northern Sound, the company pointed out that it had fully engaged with SIPTU in recent months on negotiating an improvement in employees' pay. `
A spokesperson stated it had accepted the Labour Court recommendation on enhanced pay, even though it went beyond what it was prepared to pay.
"As a result of the challenging and uncertain business context, Kyte Powertech cannot afford to further increase labour costs beyond the Labour Court recommendation which the Company views as the only basis for a solution," he said.
"The employees' decision to take industrial action is regrettable.\"""",
         ents="""ORG: Kyte Powertech | SIPTU | Labour Court | Northern Sound
PER: Martin O'Rourke | O'Rourke
LOC: Cavan""",
         sentiments={"Kyte Powertech": "negative"},
         events=[]),

    dict(id="en15-cargofee-sas-pilot-strike-cost", lang="en", split="dev",
         date="2019-05 (approx., from the text: a strike that ended May 2 and a quarter that ended April 30; the year is not on the page)",
         url="https://cargofee.com/news/1/2553.html",
         text="""COPENHAGEN, Denmark (AP) - Scandinavian Airlines says that a six-day pilot strike that led to the cancellation of 4,000 flights and affected more than 370,000 passengers cost 650 million kronor ($68 million).
SAS says that the walkout, which ended May 2 when the sides reached a three-year collective bargaining agreement, "negatively impacted" its second quarter, for which it reported a 1.2-billion kronor ($125 million) loss.
CEO Richard Gustafson says it "added to the challenges already faced by SAS," which include tough competition, increasing fuel prices and a weakening Swedish currency.
Gustafson said Tuesday the result for the three-month period that ended April 30, "is far from satisfying."
The strike started April 26 after talks collapsed between the airline and SAS Pilot Group, which represents 95% of the company's pilots in Sweden, Denmark and Norway.""",
         ents="""ORG: AP | Scandinavian Airlines | SAS | SAS Pilot Group
PER: Richard Gustafson | Gustafson
LOC: COPENHAGEN | Denmark | Sweden | Norway""",
         sentiments={"Scandinavian Airlines": "negative"},
         events=["earnings"]),

    dict(id="en15-northernecho-bhs-administration", lang="en", split="dev",
         date="2016-04 (approx., from the text: bought 'last year' for £1 by Retail Acquisitions, the biggest retail failure since Woolworths in 2008; not dated on the page)",
         url="http://www.thenorthernecho.co.uk/news/newsediting/14449527.11_000_jobs_at_risk_as_BHS_collapses_into_administration/",
         text="""HIGH street retailer BHS has collapsed into administration, putting 11,000 jobs at risk and threatening the closure of up to 164 stores.

It is the biggest retail failure since Woolworths went bust in 2008.

The company has outlets in Darlington, Durham City, Middlesbrough, Hartlepool, the MetroCentre, Sunderland and Newcastle.

In a statement, administrators Duff and Phelps said: "BHS has been undergoing restructuring and, as has been widely reported, the shareholders have been in negotiations to find a buyer for the business.

"These negotiations have been unsuccessful.

"In addition property sales have not materialised as expected in both number and value.

"Consequently, as a result of a lower-than-expected cash balance, the group is very unlikely to meet all contractual payments.

"The directors therefore have no alternative but to put the group into administration to protect it for all creditors.

"The group will continue to trade as usual while the administrators seek to sell it as a going concern."

The company's owner, Dominic Chappell, said he will continue to work with the administrators to "find a solution post the administration".

He also said "no-one is to blame" for the collapse.

Mr Chappell said: "It was a combination of bad trading and not being able to raise enough money from the property portfolio.

"In the end, we just couldn't reach an agreement with Arcadia over pensions."

BHS was bought last year by a consortium called Retail Acquisitions, headed by Mr Chappell, for £1 from retail entrepreneur Sir Philip Green, the owner of the Arcadia retail empire.

BHS has debts of more than £1.3bn, including a pension fund deficit of £571m, which proved a major stumbling block in last-ditch rescue talks over the weekend.

Rival retailer Sports Direct is understood to want to some of BHS's 164 stores, but will only do so if it does not have to take on any pension liabilities.""",
         ents="""ORG: BHS | Woolworths | Duff and Phelps | Arcadia | Retail Acquisitions | Sports Direct
PER: Dominic Chappell | Chappell | Philip Green
LOC: Darlington | Durham City | Middlesbrough | Hartlepool | MetroCentre | Sunderland | Newcastle""",
         sentiments={"BHS": "negative", "Woolworths": "neutral", "Duff and Phelps": "neutral", "Arcadia": "neutral",
                     "Retail Acquisitions": "neutral", "Sports Direct": "neutral"},
         events=["bankruptcy"]),

    dict(id="en15-fortune-gopro-class-action", lang="en", split="dev", date="2016-01-15 (from the URL)",
         url="https://fortune.com/2016/01/15/gopro-class-action/",
         text="""Just when it looked like things couldn’t get any worse for GoPro, an investor this week smacked the camera maker with a lawsuit that alleges executives harmed shareholders by masking information about the company’s struggles.
In a complaint filed in California federal court, Joseph Bodri says GoPro (GRPO) misled investors about the poor sales of the company’s new Hero4 Session camera, and then did so again in regard to projected 2016 first quarter sales. GoPro’s eventual disclosure of the news caused its share price to tumble 15% and 28% respectively.
The complaint, which calls a judge to grant class action status, claims the company violated securities laws by carrying out so-called “fraud on the market.” It seeks an unspecified amount of damages for anyone who purchased GoPro shares between July 21, 2015 and January 13, 2016.
GoPro did not immediately respond to a request for comment.
Shareholder class action suits are not uncommon when bad news causes a stock price stumble; the cases, however, typically result in a quiet settlement and little or no money for investors. In a similar lawsuit earlier this week, shareholders sued Fitbit over a share price drop tied to the wearable maker’s allegedly faulty heart monitoring device.
For GoPro, whose wearable cameras once made it a darling among investors and the tech crowd, the new lawsuit caps a disastrous six months for the company.
A recent share price meltdown means GoPro stock is now bumping around the $11 mark, which is ways down from a recent high of near $65 last summer, and a record high of $93.85 in October of 2014.
The company, which announced significant layoffs this week, is also facing a patent infringement suit from camera rival Canon.
Meanwhile, GoPro CEO Nick Woodman is raising eyebrows with a reported purchase in December of a 180-foot yacht.
Here’s the lawsuit if you want to read it for yourself:""",
         ents="""ORG: GoPro | GRPO | Fitbit | Canon
PER: Joseph Bodri | Nick Woodman
LOC: California
MISC: Hero4 Session""",
         sentiments={"GoPro": "negative", "Fitbit": "negative", "Canon": "neutral"},
         events=["legal"]),

    dict(id="en15-koreaherald-google-nexus-phones", lang="en", split="dev", date="2015-09-30 (from the URL)",
         url="https://m.koreaherald.com/view.php?mp=51&np=501&ud=20150930001033",
         text="""Google fired back at Apple on Tuesday with a pair of new smartphones, a “convertible” tablet and other gadgetry ahead of the year-end holiday shopping season.
The California tech giant unveiled two new Nexus smartphones with enhanced features including fingerprint sensors and improved cameras aimed at the high end of the market dominated by Apple and Samsung.
The Nexus 5X smartphone made by Korean tech giant LG Electronics. (LGE)
The California tech giant said it was partnering with South Korea‘s LG for its 5.2-inch screen Nexus 5X, and with China’s Huawei for its “phablet” sized 5.7-inch Nexus 6P.
Both handsets will be sold unlocked, with Google hoping to capitalize on a trend in the US and other markets away from smartphone subsidies as part of long-term contracts.
“We care about making sure there are affordable, high quality smartphones for users around the world,” said Sundar Pichai, the Google product chief who is slated to head the company‘s largest unit under a reorganization announced earlier this year.
The phones, which aim to showcase the Google Android operating system, were available for ordering in the United States, Britain, Japan and Ireland, with more countries to be added next week, Google said as it unveiled the phones at a San Francisco media event.
The Nexus 5X starts at $379 for US customers and the 6P starts at $499. The devices will feature the new Android operating system known as Marshmallow, which allows for fingerprint sensors for unlocking and other features including Android Pay.
The phones are priced below the premium devices from Apple such as the new iPhone 6S and 6S Plus, and similar offerings from Samsung.
Apple and Samsung dominate the high end of the market, but analysts say some consumers may be cost-conscious if they are paying the full price of a handset without a carrier subsidy.""",
         boiler=["The Nexus 5X smartphone made by Korean tech giant LG Electronics. (LGE)"],
         ents="""ORG: Google | Apple | Samsung | LG | Huawei
PER: Sundar Pichai
LOC: California | South Korea | China | US | United States | Britain | Japan | Ireland | San Francisco
MISC: Nexus | Nexus 5X | Nexus 6P | 6P | Android | Marshmallow | Android Pay | iPhone 6S | 6S Plus""",
         sentiments={"Google": "positive", "LG": "positive", "Huawei": "positive", "Apple": "neutral", "Samsung": "neutral"},
         events=["product_launch", "partnership", "competition"]),
    dict(id="en15-brecorder-gap-india-stores", lang="en", split="dev", date="2014-09-01 (from the URL)",
         url="https://brecorder.com/news/4227579/gap-to-launch-40-stores-in-india-201409011219828",
         text="""US casual-wear retail giant Gap Inc says it will open 40 stores in India, calling the expansion "an important next step" in its global growth strategy. The San Francisco-based company, known for its relaxed-style denim and other attire, is the latest foreign company to enter India to tap its increasingly brand-conscious and expanding middle-class.
"India is an emerging, vibrant market and an important next step in our global expansion strategy," Gap global president Steve Sunnucks said in a statement on August 28.
Gap will launch the first franchise-operated stores in the national capital New Delhi and financial hub Mumbai in 2015. The two big cities boast thriving shopping scenes.
Gap, which made the announcement as it reported second-quarter profit rose 25 percent to $303 million from a year earlier, has already been expanding quickly in neighbouring China.
It expects to have 110 Gap stores in China, Hong Kong and Taiwan by the end of 2014, while the Gap brand is already present in nearly 50 countries.
Gap will tie up with Arvind Lifestyle Brand, part of leading textile-maker Arvind Ltd, to open its franchised outlets in India, long one of the US firm's top global product-sourcing sites.
As the world's second-most populous nation with 1.25 billion people - half under the age of 25, India represents an attractive market for Gap's casual wear, the US company said.
While many Indians sport traditional clothing such as saris and salwar kameez - long shirts and loose trousers, growing numbers of young people are adopting Western attire such as jeans and T-shirts.
Young Indians "are actively embracing fashion in today's retail environment", said Ismail Seyis, Gap Global Franchise vice president.
Comments
Comments are closed.""",
         boiler=["Comments", "Comments are closed."],
         ents="""ORG: Gap Inc | Gap | Arvind Lifestyle Brand | Arvind Ltd
PER: Steve Sunnucks | Ismail Seyis
LOC: US | India | San Francisco | New Delhi | Mumbai | China | Hong Kong | Taiwan""",
         sentiments={"Gap Inc": "positive", "Arvind Lifestyle Brand": "positive", "Arvind Ltd": "neutral"},
         events=["expansion", "partnership", "earnings"]),

    dict(id="en15-businesstoday-rites-beml-linde-orders", lang="en", split="dev", date="2023-08-23 (from the page and the URL)",
         url="https://www.businesstoday.in/markets/trending-stocks/story/rites-beml-linde-india-shares-gain-up-to-7-on-order-wins-395189-2023-08-23",
         text=""" date 2023-08-23 Shares of a couple of companies jumped up to 7 per cent in Wednesday's trade after receiving multi-crore contracts. RITES gained as the company emerged as lowest bidder (L-1) in the tender for Testing & Inspection of Rails as per IRS T-12 2009 for Indian Railways. The estimated order value is around Rs 65.40 crore. BEML shares jumped after the company bagged order from Ministry of Defence (Army) for supply of Command Post Vehicles with contract value of around Rs 101 crore.

Linde India shares soared as the company was awarded a ‘Letter of Acceptance’ (LoA) by Indian Oil Corporation (IOC) in connection with the job-work contract for setting-up of Air Separation Unit (ASU) within its Panipat Refinery Complex.

BEML shares climbed 4.69 per cent to hit a high of Rs 2,183.95 on BSE.

RITES said it would be inspecting 60,00,000 mt rails (each year around 12,00,000 mt) rails for Indian Railways for fve years. The order was won through competitive bidding and hence at “arms length”. RITES said it will approximately receive Rs 65.40 crore plus taxes for the inspection fees during the 5 years. This stock jumped 3.19 per cent to hit a high of Rs 488.90.

Linde India shares soared 6.96 per cent to Rs 6,164.65. Linde India's LoA is for setting-up of Air Separation Unit (ASU) at IOC's Panipat Refinery Complex for production and supply of Instrument Air, Plant Air and Cryogenic Nitrogen to IOCL Panipat Refinery Expansion Project (P25).

On completion of the construction and the performance test of the aforesaid ASU, Linde India will enter into requisite Agreements with IOC for operating and maintaining the facility for a period of 20 years from the first delivery date.""",
         ents="""ORG: RITES | Indian Railways | BEML | Ministry of Defence | Army | Linde India | Indian Oil Corporation | IOC | IOCL | BSE
LOC: Panipat Refinery Complex
MISC: IRS T-12 2009 | Panipat Refinery Expansion Project""",
         sentiments={"RITES": "positive", "BEML": "positive", "Linde India": "positive", "Indian Oil Corporation": "neutral"},
         events=["partnership"]),

    dict(id="en15-asktraders-sypris-defence-award", lang="en", split="dev",
         date="2020 (approx., from the text: production expected to begin in 2021; not dated on the page)",
         url="https://asktraders.com/analysis/sypris-solutions-shares-rally-after-winning-defence-contract",
         text="""Shares of Sypris Solutions (NASDAQ: SYPR) are surging on Wednesday after it announced its subsidiary, Sypris Electronics, has recently received a follow-on award from a US DoD prime contractor to manufacture and test electronic power supply modules for a mission-critical, long-range, precision-guided anti-ship missile system.
The program is designed to meet the needs of U.S. Navy and Air Force warfighters, according to Sypris.
“This is a follow-on award for a new program that is currently ramping up into production volumes,” said Jim Long, Vice President & General Manager of Sypris Electronics.
“Our technical and operational experience in successfully scaling early life cycle products in a collaborative way with our customer were key to this win,” added Long.
There were no details regarding the terms of the agreement provided, but production is expected to begin in 2021.
Sypris’ share price has skyrocketed following the news, currently trading 96% higher at $5.26 after reaching highs of $7.74 earlier in the session.""",
         ents="""ORG: Sypris Solutions | NASDAQ | SYPR | Sypris Electronics | US DoD | U.S. Navy | Air Force | Sypris
PER: Jim Long | Long""",
         sentiments={"Sypris Solutions": "positive", "Sypris Electronics": "positive"},
         events=["partnership"]),

    dict(id="en15-dailyinvestnews-twitter-macys-alphabet-downgrades", lang="en", split="dev",
         date="2016 (approx., from the text: Twitter takeover speculation, Macy's store closings, an Alphabet target of $700; not dated on the page)",
         url="https://dailyinvestnews.com/these-3-stocks-are-tumbling-after-being-downgraded/",
         text="""These 3 Stocks Are Tumbling After Being Downgraded

Shares for Twitter (TWR), Macy’s (M) and Alphabet (GOOGL) tumbled on Wednesday on news that their stocks were downgraded by analysts. Here’s why:

1.     Twitter Downgraded to “Underperform”

Twitter slipped in pre-market trading after being downgraded from “neutral” to “underperform” by Mizuho, TheFly reports.

The $15 price target was maintained, but the firm stated that shares were inflated by speculation of a takeover. Mizuho says the stock is overvalued at its current level, citing that fundamentals have “deteriorated significantly” over the last year.

Mizuho also speculates that most of the potential buyers are not likely to play out.

Loop Capital also downgraded Twitter’s stock from “hold” to “sell” and maintained its $18 price target, TheFly also reported.

2.     Macy’s Downgraded to “Overweight”

Macy’s was downgraded to “overweight” from “neutral” by Credit Suisse, sending the stock down in pre-market trading. Credit Suisse maintained its $40 price target.

The firm said the retailer’s store base should allow it to adjust its fixed cost base to offset declines in in-store sales. The adjustment would allow for improved sales and returns.

While Macy’s has good cash flow and expanding profit margins, net income is falling and returns on equity have been disappointing. These weaknesses are offsetting the company’s strengths.

The company has been struggling with declining sales and has recently announced the closings of hundreds of stores.

3.     Alphabet Downgraded to “Underperform”

Shares for Alphabet slipped after being downgraded from “neutral” to “underperform” by Wedbush, according to TheFly. The firm also lowered Alphabet’s stock rating to $700.""",
         ents="""ORG: Twitter | TWR | Macy’s | M | Alphabet | GOOGL | Mizuho | TheFly | Loop Capital | Credit Suisse | Wedbush""",
         sentiments={"Twitter": "negative", "Macy’s": "negative", "Alphabet": "negative", "Mizuho": "neutral",
                     "Loop Capital": "neutral", "Credit Suisse": "neutral", "Wedbush": "neutral"},
         events=[]),

    dict(id="en15-internationalfinance-tesco-bank-fca-fine", lang="en", split="dev",
         date="2018 (approx., from the text: the FCA's fine for a November 2016 attack; not dated on the page)",
         url="https://internationalfinance.com/in-the-news/tesco-bank-fined-21-million-for-failings-during-cyber-attack/",
         text="""The Financial Conduct Authority stated that in November 2016, cyber attackers had exploited deficiencies in Tesco Bank’s design of its debit card and financial crime controls.

“Those deficiencies left Tesco Bank’s personal current account holders vulnerable to a largely avoidable incident that occurred over 48 hours and which netted the cyber attackers 2.26 million pounds,” the FCA said concisely in its statement.

This was the watchdogs’ first fine for cyber failings. The Bank of England has put it in priority that lenders become more resilient to cyber attacks.

On its own, Tesco stated that it fully accepted the FCA’s findings and agreed to a settlement of $21mn.

“The FCA recognised… that, once senior management were aware, Tesco Bank responded quickly to stop the fraudulent transactions, updating customers regularly and deploying significant resources to return customers to their previous financial position,” stated the supermarket group.

Tesco has apologised to its customers and stated that it has significantly enhanced its security measures–– stating that it was “very sorry” for the impact the attack had on customers.

Kyle Hastings, a cyber risk partner at Parker Fitzgerald, said that the fine was a serious call to every bank to make cyber security a central priority rather than an issue for its IT unit.

“This contrasts with regulators’ expectations and the prospect that, as an expanding part of operational risk, cyber could attract greater prudential scrutiny and potential capital charges,” stated Hastings.

Mark Steward, the FCA’s executive director for enforcement, stated that the size of the fine reflected the watchdog’s “no tolerance” policy for banks that failed to protect customers from foreseeable risks—further highlighting the seriousness of the situation.""",
         ents="""ORG: Financial Conduct Authority | Tesco Bank | FCA | Bank of England | Tesco | Parker Fitzgerald
PER: Kyle Hastings | Hastings | Mark Steward""",
         sentiments={"Tesco Bank": "negative", "Tesco": "negative", "Parker Fitzgerald": "neutral"},
         events=["legal"]),
]
