"""More English real business articles, added after the first split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules).
"""

ARTICLES = [
    dict(id="en2-investing-textron-jobs", lang="en", split="dev", date="2023-11 (approx., from the text: charges in Q4, done in H1 2024)",
         url="https://investing.com/news/stock-market-news/cessnamaker-textron-to-cut-725-jobs-as-part-of-restructuring-plan-3245139",
         text="""(Reuters) -Business jet maker Textron (NYSE:TXT) said on Tuesday it would cut 725 jobs as part of its restructuring plan in an attempt to reduce operating expenses, sending its shares up more than 2% after the bell.
The company said it will downsize jobs in its Industrial, Bell and Textron Systems segments, and restructure specialized vehicles and Kautex segments due to lower demand for powersport products and fuel systems.
The restructuring, which is likely to be completed in the first half of 2024, is expected to save nearly $75 million annually, Textron said.
Major U.S. companies from Amazon.com (NASDAQ:AMZN) to Wall Street heavyweights like Goldman Sachs have slashed thousands of jobs as they look cut costs amid worries over a slowing economy due to rising borrowing costs.
Textron's plan would result in a pre-tax special charge of $115 million to $135 million in the fourth quarter.
It also expects an asset impairment charge of $80 million to $90 million and severance-related costs of $35 million to $45 million.
The parent of Cessna business jets said charges related to restructuring and impairment would not impact its full-year financial outlook.""",
         ents="""ORG: Reuters | Textron | Bell | Textron Systems | Kautex | Amazon.com | Goldman Sachs | Cessna | NYSE | NASDAQ
LOC: U.S. | Wall Street""",
         sentiments={"Textron": "mixed", "Amazon.com": "neutral", "Goldman Sachs": "neutral", "Bell": "neutral",
                     "Kautex": "neutral", "Cessna": "neutral"},
         events=["layoffs"]),

    dict(id="en2-zdnet-twitter-jobs", lang="en", split="dev", date="2015-10-13",
         url="http://www.zdnet.com/article/twitter-cuts-8-percent-of-workforce-in-restructuring/",
         text="""X
Business

Twitter cuts 336 jobs, or 8 percent of workforce, in restructuring

The microblogging giant's new chief executive Jack Dorsey called the layoffs "tough but necessary decisions" that would enable Twitter to move toward growth.
Written by Zack Whittaker, Contributor and  Natalie Gagliordi, Contributor

Twitter will lay off 336 employees, or about 8 percent, of its workforce, the microblogging company confirmed Tuesday.

Twitter noted in a securities filing disclosing the layoffs that the restructuring is part of an overall plan to focus on the company's top products and to drive overall efficiencies.

The news seemed to please investors, as Twitter's shares climbed 2.3 percent to $29.41 in premarket trading.

The job cuts follow earlier reports that Jack Dorsey, who was brought in as the company's chief executive for a second time earlier this month, was planning layoffs across all of the company's departments.

"The team has been working around the clock to produce streamlined roadmap for Twitter, Vine, and Periscope and they are shaping up to be strong," said Dorsey in a letter filed with the Securities and Exchange Commission.

"Product and Engineering are going to make the most significant structural changes to reflect our plan ahead," Dorsey added. "We feel strongly that Engineering will move much faster with a smaller and nimbler team, while remaining the biggest percentage of our workforce. And the rest of the organization will be streamlined in parallel."

Twitter also revised its revenue outlook for the third quarter above previous forecasts. The company now expects Q3 revenue at or above the high end of the previously forecasted ranges of $545 million to $560 million, with Ebitda profit closer to $115 million.

Additionally, Twitter expects to incur approximately $10 million to $20 million in cash expenses, largely related to severance payouts.

Dorsey made a point to note Twitter's commitment to assisting its soon-to-be former employees after t""",
         boiler=["X", "Business", "Written by Zack Whittaker, Contributor and  Natalie Gagliordi, Contributor"],
         ents="""ORG: Twitter | Securities and Exchange Commission
PER: Jack Dorsey | Dorsey
MISC: Vine | Periscope""",
         sentiments={"Twitter": "mixed"},
         events=["layoffs", "earnings"]),

    dict(id="en2-wtkr-3m-jobs", lang="en", split="dev", date="2023-04-25",
         url="https://wtkr.com/3m-to-cut-6-000-more-jobs-globally-amid-economic-issues",
         text="""3M Co. announced Tuesday that the company plans to cut an additional 6,000 jobs globally as it "aggressively" manages costs. In January the company announced it would reduce its workforce by cutting 2,500 manufacturing jobs globally.
The company expects to save $700 million -$900 million before taxes for the year by making the cuts.
3M CEO Mike Roman blamed expected "market trends" and said the company is still waiting on supply chains to improve.
The company wants to "further simplify and strengthen" its "supply chain structure" and focus on its "go-to-market business models, which will improve margins and cash flow," Roman said.
The restructuring plan was announced as the company released first-quarter earning results that were higher than analysts had expected.
The group FactSet said analysts expected the company to report earnings at $1.58 per share, but 3M's shares report came out at $1.76 per share. During the same period last year the company was valued at $2.26 per share.
3M's CFO Monish Patolawala attributed a 35% decline in the company's electronics business to a lower demand for smartphones, televisions and tablets.
3M's restructuring plan includes the goal of reducing the size of its corporate center, an effort to simplify supply chains and a plan to reduce layers of management.
SEE MORE: Lyft to lay off around 1,200 people to cut costs
Trending stories at Scrippsnews.com""",
         boiler=["SEE MORE: Lyft to lay off around 1,200 people to cut costs", "Trending stories at Scrippsnews.com"],
         ents="""ORG: 3M Co. | 3M | FactSet
PER: Mike Roman | Roman | Monish Patolawala""",
         sentiments={"3M": "mixed", "FactSet": "neutral"},
         events=["layoffs", "earnings"]),

    dict(id="en2-dailysabah-siemens-varian", lang="en", split="dev", date="2020-08-02 (a Sunday, from the text)",
         url="https://dailysabah.com/business/siemens-healthineers-near-164-billion-purchase-of-varian/news",
         text="""Siemens Healthineers wants to buy U.S. firm Varian for $16.4 billion, the German medical technology company announced Sunday.
Varian's shareholders are to receive $177.5 per share, about a quarter more than the shares' value on Friday evening.
The U.S. firm's board has approved the plan and is recommending that shareholders accept the offer.
Healthineers, spun off by Siemens in 2018, are offering newer products including tests for the novel coronavirus, alongside X-ray and MRI machines.
Varian, a producer of medical equipment based in California, specializes in cancer care.
The two companies have collaborated for more than a decade in areas such as radiotherapy diagnostics for cancer treatments, according to media reports.
Varian had sales of $3.2 billion in the past fiscal year, with an operating margin of 17%.
Siemens Healthineers plans to finance the acquisition half through loans and a half through new equity that is to be raised by issuing new shares.
Its acquisition of Varian is subject to the approval of the latter's shareholders and regulatory approvals and is expected to be completed in the first half of 2021.""",
         ents="""ORG: Siemens Healthineers | Healthineers | Siemens | Varian
LOC: U.S. | California""",
         sentiments={"Siemens Healthineers": "neutral", "Varian": "positive", "Siemens": "neutral"},
         events=["acquisition"]),

    dict(id="en2-thestreet-univar-nexeo", lang="en", split="dev", date="2018-09-17 (a Monday, from the text)",
         url="https://www.thestreet.com/investing/univar-to-buy-nexeo-for-2-billion-14714654",
         text="""Univar Inc. (UNVR - Get Report) said after the market closed Monday that it will acquire Nexeo Solutions Inc. (NXEO) in a cash-and-stock deal valued at $2 billion, including Nexeo's debt and other obligations. At $11.56 per Nexeo share, the deal represents a 15% premium over Nexeo shares' close at $10.01 on Monday. Nexeo shares were up 15% in after-hours trade.

Nexeo, which distributes chemicals and plastics, was bought two years for about $1.6 billion by a company run by Wilbur Ross, the U.S. Secretary of Commerce.

In a news release Monday, Univar President and CEO David Jukes said, "This transformational combination is designed to create the premier global chemical and ingredients distributor, with exciting opportunities for our customers, suppliers, employees and investors. Together, we will drive growth and shareholder value with the largest North American sales force in chemical and ingredients distribution, the broadest product offering, and most efficient supply chain network in the industry. We expect the transaction to be accretive to earnings and cash flow beginning in the first full year post closing and to generate $100 million of annual run rate cost savings by the third year following close and reduce annual capital expenditures by $15 million immediately."

The terms call for each share of Nexeo stock outstanding to be converted into 0.305 shares of Univar common stock and $3.29 in cash, subject to adjustment at closing, representing a purchase price of $11.65 per share of Nexeo common stock, based on Univar's closing price on Sept. 14, 2018 of $27.40. The cash consideration is subject to a potential reduction of up to $0.41 per share, based on Univar's stock trading price prior to the completion of the acquisition.

The companies said the deal is expected to deliver $100 million, or approximately $0.43 per share (after tax), in annual run-rate cost savings by the third year following close, and immediately reduce ongoing annual capital expenditures""",
         ents="""ORG: Univar Inc. | Univar | Nexeo Solutions Inc. | Nexeo
PER: Wilbur Ross | David Jukes
LOC: U.S.""",
         sentiments={"Univar": "neutral", "Nexeo Solutions": "positive"},
         events=["acquisition"]),

    dict(id="en2-businessinsider-airliquide-airgas", lang="en", split="dev", date="2015-11-17",
         url="https://businessinsider.in/air-liquide-is-buying-airgas-for-13-4-billion/amp_articleshow/49824266.cms",
         text="""Air Liquide is buying Airgas for $13.4 billion
The deal gave Airgas, an industrial gas supplier, an enterprise value of $13.4 billion. Paris-based Air Liquide SA paid about a 40% premium to Airgas' closing price on Monday.
Shares of Airgas surged by as much as 29% after a trading halt for news pending was lifted.
Bloomberg had reported that Air Liquide SA was in acquisition talks to create the world's largest supplier of industrial gases.
"This combination offers significant benefits for all of our stakeholders due to the highly complementary nature of the two businesses," Air Liquide CEO Benoît Potie said in a statement. "It also advances Air Liquide's vision to lead the industry and deliver long-term performance while acting responsibly. This acquisition increases our geographic reach in the resilient U.S. market, and offers continuous growth opportunities."
The deal has been approved by the boards of both companies.
It gives Air Liquide a share of the US natural gas market, and the company expects its gas and services sales would increase by about 30%.
Air Liquide expects to gain about $300 million in cost and other synergies.
Goldman Sachs and Bank of America are acting as financial advisors to Airgas. Barclays and BNP Paribas are advising Air Liquide.
Here's a chart showing Tuesday's spike in shares after trading resumed:""",
         boiler=["Here's a chart showing Tuesday's spike in shares after trading resumed:"],
         ents="""ORG: Air Liquide SA | Air Liquide | Airgas | Bloomberg | Goldman Sachs | Bank of America | Barclays | BNP Paribas
PER: Benoît Potie
LOC: Paris | U.S. | US""",
         sentiments={"Air Liquide": "neutral", "Airgas": "positive", "Goldman Sachs": "neutral",
                     "Bank of America": "neutral", "Barclays": "neutral", "BNP Paribas": "neutral"},
         events=["acquisition"]),

    dict(id="en2-biznob-intel-fine", lang="en", split="dev", date="2023-09-22 (a Friday, from the text)",
         url="https://biznob.com/intel-hit-with-400-million-eu-antitrust-fine-in-decades-old-case",
         text="""Intel (INTC.O), an American chipmaker, was fined 376 million euros ($400 million) on Friday after an EU antitrust probe found that the company had engaged in anti-competitive activities for over two decades.
An earlier record fine of 1.06 billion euros was overturned by the General Court of Luxembourg in 2017 for the violation and additional conduct in 2009, making it the second-highest fine in Europe.
After the court agreed with the European Commission that Intel had unlawfully blocked competitors from entering the market, the EU antitrust authority reopened the issue.
A judge ruled 2009 that Intel had unlawfully hindered AMD.O, a competitor.
Intel was penalized again on Friday by the European Union’s antitrust regulator for payments made to HP (HPE.N), Acer (2353. TW), and Lenovo (0992. HK) between November 2002 and December 2006 to prevent or postpone the sale of rival products.
A statement from the European Commission reads, “The General Court confirmed that Intel’s naked restrictions amounted to an abuse of dominant market position under EU competition rules.”
Intel announced it was considering its options.
“We are analyzing the verdict and the fine amount to determine the possible reasons and the chances of success of an appeal to the European Courts,” the company added.
To build a chip manufacturing facility in Germany, Intel needs about 10 billion euros in state subsidies from the German government, which is now seeking Commission approval.
The Commission has appealed the remaining parts of the General Court’s judgment from last year regarding Intel’s conditional rebate offers to the EU Court of Justice, Europe’s highest court.
Comment Template""",
         boiler=["Comment Template"],
         ents="""ORG: Intel | General Court of Luxembourg | General Court | European Commission | Commission | AMD | HP | Acer | Lenovo | European Union | EU Court of Justice | EU | European Courts
LOC: Europe | Germany""",
         sentiments={"Intel": "negative", "AMD": "neutral", "HP": "neutral", "Acer": "neutral", "Lenovo": "neutral"},
         events=["legal"]),

    dict(id="en2-eleconomista-valeant-salix", lang="en", split="dev", date="2015-02-22 (a Sunday, from the text)",
         url="https://www.eleconomista.es/mercados-cotizaciones/noticias/6497357/02/15/Canadas-Valeant-to-acquire-Salix-in-101-billion-deal.html",
         text="""NEW YORK (Reuters) - Canada's Valeant Pharmaceuticals International Inc. agreed to acquire gastrointestinal drugmaker Salix Pharmaceuticals Ltd. in an all-cash deal valued at about $10.1 billion, the two companies said on Sunday.
The deal for Salix, known for its irritable bowel syndrome drug Xifaxan, was approved by the boards of directors of both companies, the companies said in a news release.
The companies said the deal had an enterprise price value of $14.5 billion, which would include Salix's debt and any cash on hand. Valeant will pay $158.00 a share, putting the all-cash transaction value at about $10.1 billion.
The merger is expected to yield more than $500 million in annual cost savings from the cost base of the combined company, the release said.
The transaction is expected to close in the second quarter of 2015, and is subject to customary closing conditions and regulatory approval.
The deal is the largest ever for Laval, Quebec-based Valeant, which lost a take-over contest for Allergan Inc
British drugmaker Shire Plc
Endo International Plc
CNBC first reported on Friday that Valeant was close to a deal with Salix.
(Reporting by Herbert Lash; Editing by Frances Kerry)""",
         boiler=["(Reporting by Herbert Lash; Editing by Frances Kerry)"],
         ents="""ORG: Reuters | Valeant Pharmaceuticals International Inc. | Valeant | Salix Pharmaceuticals Ltd. | Salix | Allergan Inc | Shire Plc | Endo International Plc | CNBC
LOC: NEW YORK | Canada | Laval | Quebec
MISC: Xifaxan""",
         sentiments={"Valeant Pharmaceuticals International": "neutral", "Salix Pharmaceuticals": "neutral",
                     "Allergan": "neutral", "Shire": "neutral", "Endo International": "neutral"},
         events=["acquisition"]),
]
