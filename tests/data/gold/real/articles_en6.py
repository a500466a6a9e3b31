"""English real business articles for the third held-out set (``split="heldout3"``): industry, energy,
retail, pharma, food. Annotated by hand before any system ran on them; never tuned on, errors never listed.

Stored page text as delivered (see make_real.py for the format and the annotation rules).
"""

ARTICLES = [
    dict(id="en6-advfn-arkema-dow", lang="en", split="heldout3",
         date="2009-08 (approx., from the text: Rohm & Haas bought in April, closing in Q4 2009)",
         url="https://ca.advfn.com/stock-market/AMEX/DOW/stock-news/38872255/update-arkema-to-buy-acrylates-latex-assets-from",
         text="""French chemicals specialist Arkema (AKE.FR) said Monday that it has entered into an agreement with chemical giant Dow Chemical Co. (DOW) to buy certain acrylates and latex assets in North America.

Under the agreement, Arkema will buy a Clear Lake, Texas, acrylic acid and esters plant and the UCAR Emulsion Systems specialty latex businesses in North America for a fair value consideration of U.S. $50 million, the two companies said in a joint statement.

"The purchase price for these assets represents full value, based on 2009 earnings before interest, tax, depreciation and amortization which is projected to be negative by approximately $20 million," a Dow spokesman said. "Thus, the sale is immediately accretive to Dow shareholders," the spokesman added.

The proceeds from the sale will be used for further de-leveraging, Dow said in the statement.

The sale will enable Dow to meet U.S. Federal Trade Commission required divestments related to its $16.3 billion acquisition of peer Rohm & Haas Co in April.

The selection of Arkema as the buyer must be approved by the FTC, and the two companies will be shortly reviewing the proposed transaction with FTC authorities.

The deal is expected to close in the fourth quarter of 2009.

Company Web site: www.arkema.com

-By Alice Dore, Dow Jones Newswires; +33 1 4017 1740; alice.dore@dowjones.com""",
         boiler=["Company Web site: www.arkema.com",
                 "-By Alice Dore, Dow Jones Newswires; +33 1 4017 1740; alice.dore@dowjones.com"],
         ents="""ORG: Arkema | Dow Chemical Co. | Dow | UCAR Emulsion Systems | U.S. Federal Trade Commission | FTC | Rohm & Haas Co
LOC: North America | Clear Lake | Texas | U.S.""",
         sentiments={"Dow Chemical": "positive", "Arkema": "neutral", "UCAR Emulsion Systems": "neutral",
                     "Rohm & Haas": "neutral"},
         events=["acquisition"]),

    dict(id="en6-blog-gsk-fine", lang="en", split="heldout3",
         date="2012-07-02 (approx., from the text: a Monday; URL dated 2012-07)",
         url="http://takeactionca.blogspot.com/2012/07/glaxosmithkline-in-3-billion-fraud.html",
         text="""NEW YORK (CNNMoney) -- GlaxoSmithKline was slapped with a $3 billion
fine Monday by the U.S. Justice Department after failing to report
safety data on some of the company's most popular drugs.
The
payment -- with $1 billion going to settle criminal wrongdoing, and $2
billion to cover civil liabilities -- is the largest fraud settlement in
U.S. history, and the largest payment ever by a drug company.
GlaxoSmithKline (GSK) will plead guilty to two counts of introducing misbranded drugs, Paxil and Wellbutrin, into interstate commerce.
Specifically,
the government alleged that the drugs were marketed as a treatment for
conditions for which they had not been approved. It said Paxil, which
treats depressive and anxiety disorders in adults, was marketed to
children and adolescents, and Wellbutrin, an antidepressant, was
marketed as a weight-loss aid.
A third count involves a failure
to report safety data about the drug Avandia, a diabetes drug, to the
Food and Drug Administration between 2001and 2007.
In addition to
the criminal and civil resolutions, GlaxoSmithKline has reached a 5-year
compliance agreement with the Department of Health and Human Services.
Under terms of the deal, according to department Inspector General
Daniel R. Levinson, company executives could forfeit annual bonuses if
they or their subordinates engage in significant misconduct, and sales
agents are now being paid based on quality of service rather than sales
targets.
GlaxoSmithKline said in a statement that the settlement will be funded through existing cash resources.
"On
behalf of GSK, I want to express our regret and reiterate that we have
learnt from the mistakes that were made," CEO Andrew Witty said in a
statement, adding that the company has changed its procedures for
compliance, marketing and selling since the incidents.
Shares of GlaxoSmithKline stock rose 1.3% in Monday trading.
No comments:
Post a Comment""",
         boiler=["No comments:", "Post a Comment"],
         ents="""ORG: CNNMoney | GlaxoSmithKline | GSK | U.S. Justice Department | Food and Drug Administration | Department of Health and Human Services
PER: Daniel R. Levinson | Andrew Witty
LOC: NEW YORK | U.S.
MISC: Paxil | Wellbutrin | Avandia""",
         sentiments={"GlaxoSmithKline": "negative"},
         events=["legal"]),

    dict(id="en6-aol-fallas-bankruptcy", lang="en", split="heldout3", date="2018-08-06",
         url="https://www.aol.com/article/finance/2018/08/06/parent-of-us-discounter-fallas-files-bankruptcy-to-close-some-stores/23496916/",
         text="""Parent of US discounter Fallas files bankruptcy, to close some stores

Aug 6 (Reuters) - National Stores Inc, which operates the Fallas, Factory 2-U and other discount apparel and housewares stores, on Monday filed for Chapter 11 bankruptcy, becoming the latest U.S. retailer to succumb to financial pressure as more consumers shop online.

The family-owned company founded in 1962 plans to close 74 of its 344 stores, which now employ more than 9,800 people in 22 U.S. states and Puerto Rico.

All the bankruptcies and liquidations so far in 2018
See Gallery
All the bankruptcies and liquidations so far in 2018

Nine West

Nine West Holdings filed for bankruptcy in April.

The women's clothing and footwear company said it filed for Chapter 11 bankruptcy protection to help facilitate the sale of its Nine West and Bandolino businesses. The company listed debts of more than $1 billion.

"This is the right step to address our two divergent business profiles," Nine West Holdings' CEO, Ralph Schipani, said in a statement. "Once we complete the reorganization process, our company will have meaningfully reduced debt and interest costs and be well positioned for the future."  

Photo credit: Getty


The jewelry chain Claire's filed for bankruptcy in March. The company said plunging customer traffic to shopping malls led to its decline.

"The retail industry as a whole has been challenged by shifts in consumer purchasing preferences and habits," Claire's said in a bankruptcy filing.

The retailer plans to close 92 stores, most of which are located in malls

Photo credit: Getty

The Walking Company

The shoe seller The Walking Company, which operates 208 stores in the US, filed for Chapter 11 bankruptcy protection in March.  

Photo credit: Getty

The Bon-Ton Stores

The Bon-Ton Stores owns multiple department store chains including Bon-Ton, Bergner's, Boston Store, Carson's, Elder-Beerman, Herberger's, and Younkers. The company, which filed for bankruptcy in February, is w""",
         boiler=["All the bankruptcies and liquidations so far in 2018", "See Gallery", "Nine West",
                 "Nine West Holdings filed for bankruptcy in April.",
                 "The women's clothing and footwear company said it filed for Chapter 11 bankruptcy protection to help facilitate the sale of its Nine West and Bandolino businesses. The company listed debts of more than $1 billion.",
                 "\"This is the right step to address our two divergent business profiles,\" Nine West Holdings' CEO, Ralph Schipani, said in a statement. \"Once we complete the reorganization process, our company will have meaningfully reduced debt and interest costs and be well positioned for the future.\"",
                 "Photo credit: Getty",
                 "The jewelry chain Claire's filed for bankruptcy in March. The company said plunging customer traffic to shopping malls led to its decline.",
                 "\"The retail industry as a whole has been challenged by shifts in consumer purchasing preferences and habits,\" Claire's said in a bankruptcy filing.",
                 "The retailer plans to close 92 stores, most of which are located in malls",
                 "The Walking Company",
                 "The shoe seller The Walking Company, which operates 208 stores in the US, filed for Chapter 11 bankruptcy protection in March.",
                 "The Bon-Ton Stores",
                 "The Bon-Ton Stores owns multiple department store chains including Bon-Ton, Bergner's, Boston Store, Carson's, Elder-Beerman, Herberger's, and Younkers. The company, which filed for bankruptcy in February, is w"],
         ents="""ORG: Reuters | National Stores Inc | Fallas | Factory 2-U
LOC: US | U.S. | Puerto Rico""",
         sentiments={"National Stores": "negative", "Fallas": "negative", "Factory 2-U": "negative"},
         events=["bankruptcy", "layoffs"]),

    dict(id="en6-foodbusinessafrica-campbell-ceo", lang="en", split="heldout3",
         date="2018-05 (approx., from the text: Snyder’s-Lance bought in March, CEO leaves with the full-year forecast)",
         url="https://www.foodbusinessafrica.com/campbell-soups-ceo-denise-morrison-retires-abruptly/",
         text="""USA – US soup maker Campbell Soup has announced that its CEO Denise Morrison abruptly decided to step down effective today and she has been replaced by Keith McLoughlin, who joined the company’s board in 2016, as CEO on an interim basis.
In a statement Campbell Soup, maker of V8, Pepperidge Farm, Pop Secret and its iconic soups gave the announcement while reporting its full-year earnings forecast which it cut due to costs related to its acquisition of snacks maker Snyder’s-Lance.
Though no reason was given for her departure, Morrison who joined the firm in 2011 after more than eight years at it has been struggling to turn around the soup business in the recent past years.
Under her leadership, Campbell has embarked on diversification into snacks where in March; it completed the acquisition of the second largest salty snack maker in the US, Snyder’s-Lance for US$4.87 billion.
“Denise chose to retire as CEO and as a board member, and the board and she mutually agreed that it would become effective today,” the company said in a statement to CNBC.
CNN Money says Morrison’s departure leaves only 23 women as CEOs of Fortune 500 companies.
In the announcement, the company said Chief Operating Officer Luca Mignini will focus on the core soup business and integrating the newly-acquired Snyder’s Lance and Pacific Foods companies.
With the announcement, shares of the food producer fell as far as 3 percent in premarket trading.
Campbell expects full-year earnings per share to fall between 5% and 6%, compared with its earlier forecast of a 1 percent to 3 percent decline.
The company said it was undergoing a strategic review as it tries to revive sales that have been under pressure due to shifting American tastes.""",
         ents="""ORG: Campbell Soup | Campbell | Snyder’s-Lance | Snyder’s Lance | Pacific Foods | CNBC | CNN Money
PER: Denise Morrison | Keith McLoughlin | Morrison | Denise | Luca Mignini
LOC: USA | US#0,1
MISC: V8 | Pepperidge Farm | Pop Secret | Fortune 500""",
         sentiments={"Campbell Soup": "negative", "Snyder’s-Lance": "neutral", "Pacific Foods": "neutral"},
         events=["leadership_change", "earnings"]),

    dict(id="en6-foxbusiness-ussteel-hamilton", lang="en", split="heldout3",
         date="2013-10 (approx., from the text: a Tuesday; James Moore industry minister, plants promised until 2015)",
         url="https://www.foxbusiness.com/markets/u-s-steel-to-partially-shut-ontario-mill",
         text="""U.S. Steel to partially shut Ontario mill


United States Steel Corp said on Tuesday it will permanently shut down iron and steelmaking operations at its Hamilton, Ontario, mill at the end of this year.

The integrated mill was idled in 2010, but the steelmaker had not ruled out restarting production if the market improved. Coke-making and steel finishing operations in Hamilton are not affected, said U.S. Steel spokeswoman Courtney Boone.

Continue Reading Below

The decision is a blow to Hamilton, long the center of Canada's steel industry, which has been hit hard by plant closures over the last decade.

"It is disappointing, very disappointing for both our workers and the community in Hamilton that has a long history of making good steel," said United Steelworkers spokesman Tony DePaulo.

U.S. Steel's mills in Hamilton and Nanticoke, Ontario, were the subject of a legal dispute with the Canadian government over job-protection promises made when the company bought Canadian steelmaker Stelco in 2007.

When the conflict was settled in 2011, a Canadian minister said U.S. Steel had agreed to operate both plants until 2015.

"We are in compliance with our agreement with the Government of Canada," said Boone, who declined to comment further.

A spokeswoman for Minister of Industry James Moore said the shutdown is a business decision.

"The government does not get involved in the day-to-day decisions of companies," said spokeswoman Jessica Fletcher, in an emailed statement. "The government's settlement with U.S. Steel contains commitments which provide economic benefit for Canada."

A slowdown in China, the world's biggest consumer and producer of steel, combined with massive excess capacity, has weighed on steelmakers' profits around the world.

At the same time, a fairly strong Canadian dollar has raised costs for U.S.-based manufacturers operating in Canada.

When it was operating, the Hamilton works had an annual raw steelmaking capacity of 2.3 million short tons.


C""",
         boiler=["Continue Reading Below", "C"],
         ents="""ORG: U.S. Steel | United States Steel Corp | United Steelworkers | Stelco | Government of Canada
PER: Courtney Boone | Boone | Tony DePaulo | James Moore | Jessica Fletcher
LOC: Ontario | Hamilton | Canada | Nanticoke | China | U.S.""",
         sentiments={"U.S. Steel": "negative", "Stelco": "neutral"},
         events=["layoffs"]),

    dict(id="en6-pgj-enbridge-dominion", lang="en", split="heldout3", date="2023-09-05 (a Tuesday, from the text; URL dated 2023-09)",
         url="http://admin.pgjonline.com/news/2023/september/pipeline-operator-enbridge-bets-big-on-us-gas-with-14-billion-bid-for-dominion-utilities",
         text="""Pipeline Operator Enbridge Bets Big on US Gas with $14 Billion Bid for Dominion Utilities
(Reuters) — Enbridge will buy three utilities from Dominion Energy for $14 billion including debt, the Canadian pipeline operator said on Tuesday, creating North America's largest natural gas provider and doubling its gas distribution business.
The deal is seen as a bet on the future of natural gas in a regulated market even as energy companies and consumers are transitioning to a greener future by phasing out fossil fuels.
The deals for East Ohio Gas, Questar Gas, and Public Service Co. of North Carolina will consist of $9.4 billion in cash and $4.6 billion of assumed debt.
U.S.-listed shares of Enbridge fell 6.5% to $33.01 in extended trading after the company also announced a C$4 billion ($2.9 billion) bought-share sale to fund a portion of the deal.
RELATED: Pipeline Operator Enbridge to Invest $2.9 Billion to Build Ammonia Plant in Texas
The divestments are the latest by Dominion following a strategic refresh announced last year aimed at focusing on its regulated operations. In July, Dominion agreed to sell its 50% stake in Cove Point LNG to the energy arm of Berkshire Hathaway for $3.3 billion.
Enbridge President and CEO Greg Ebel described the assets the company is acquiring as "must-have" infrastructure for providing safe, reliable and affordable energy.
The deal is expected to close in 2024, subject to approvals from the Federal Trade Commission and Committee on Foreign Investment in the United States, among others.
Upon closing, Enbridge would supply over 9 billion cubic feet per day (Bcf/d) of gas to about 7 million customers in Ohio, North Carolina, Utah, Idaho and Wyoming, making it the largest gas utility business by volume in North America.
It would give the Calgary-based company access to a bigger chunk of cash from U.S. consumers as they buy gas for cooking and heating from an Enbridge-owned utility.
"Enbridge is currently the only major pipeline and midstrea""",
         boiler=["RELATED: Pipeline Operator Enbridge to Invest $2.9 Billion to Build Ammonia Plant in Texas"],
         ents="""ORG: Enbridge | Dominion Energy | Dominion | Reuters | East Ohio Gas | Questar Gas | Public Service Co. of North Carolina | Cove Point LNG | Berkshire Hathaway | Federal Trade Commission | Committee on Foreign Investment in the United States
PER: Greg Ebel
LOC: US | North America | U.S. | Ohio | North Carolina | Utah | Idaho | Wyoming | Calgary""",
         sentiments={"Enbridge": "mixed", "Dominion Energy": "neutral", "East Ohio Gas": "neutral",
                     "Questar Gas": "neutral", "Public Service Co. of North Carolina": "neutral",
                     "Cove Point LNG": "neutral", "Berkshire Hathaway": "neutral"},
         events=["acquisition", "funding"]),
]
