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

    dict(id="en6-azzet-tanner-hershey-wendys", lang="en", split="heldout3",
         date="2025-06 (approx., from the text: a Tuesday; moves effective 18 July and 18 August)",
         url="https://azzet.com/news/fast-moves-ceo-tanner-swaps-burgers-for-chocolate",
         text="""Food and beverage executive Kirk Tanner is jumping from international fast food chain The Wendy's Company to chocolate producer The Hershey Company.
Wendy's said its President and Chief Executive Officer (CEO) was leaving in a move effective 18 July.
Wendy's Board has appointed Chief Financial Officer Ken Cook as interim CEO and launched a search for a permanent CEO.
"Our senior leadership team has established a very clear strategic blueprint for growth and is already beginning to execute on this strategy,” Wendy’s Chairman Art Winkleblack said in a statement.
He said the Board understood Tanner’s decision to return to the consumer-packaged goods industry.
Hershey said Tanner, who spent more than three decades at PepsiCo (NASDAQ: PEP), would succeed Michele Buck as President and CEO effective 18 August following Buck’s announcement of her retirement at the beginning of this year.
“Leading Hershey is a once-in-a-lifetime opportunity to make a difference with loved brands, and I look forward to working closely with the Board of Directors and the entire team to advance our Leading Snacking Powerhouse ambition,” Tanner said in a statement.
Shares in Hershey (NYSE: HSY), which was founded in 1894 and is one of the largest chocolate manufacturers in the world, fell $5.62 (3.2%) to $169.93 on Tuesday (Wednesday AEST), capitalising the company at US$34.40 billion (A$53 billion).
Wendy’s shares (NASDAQ: WEN) ended one cent lower (0.09%) at $11.29, capitalising the company at $2.17 billion, before slipping three cents lower in after-market trading.
Founded in 1969, Wendy’s is the third-largest burger chain in the United States behind McDonald’s, which is capitalised at US$208 billion (A$334 billion), and the privately-owned Burger King.""",
         ents="""ORG: The Wendy's Company | Wendy's | Wendy’s | The Hershey Company | Hershey | PepsiCo | NASDAQ | NYSE | McDonald’s | Burger King
PER: Kirk Tanner | Tanner | Ken Cook | Art Winkleblack | Michele Buck | Buck
LOC: United States""",
         sentiments={"Hershey": "negative", "Wendy's": "neutral", "PepsiCo": "neutral", "McDonald’s": "neutral",
                     "Burger King": "neutral"},
         events=["leadership_change"]),

    dict(id="en6-venturebeat-solyndra-funding", lang="en", split="heldout3",
         date="2009-01 (approx., from the text: the new year after 2008's record cleantech investment)",
         url="https://venturebeat-com-develop.go-vip.co/business/solar-co-solyndra-shines-with-220m/amp",
         text="""Solar installation maker Solyndra has every reason to celebrate the new year, raising $219.2 million in fifth-round funding from a flock of 23 investors. This is the second largest investment received by any U.S. cleantech company in the last year, coming in behind the $300 million bagged by competitor Nanosolar. The amount breaks down into $96.6 million in working capital and $122.2 million in convertible promissory notes.
The Fremont, Calif. company has not disclosed its plans for the financing, nor whether it is included in the $600 million in capital it said it had lined up back in October. Its investors include Virgin Green Fund, Rockport Capital, Argonaut Ventures, RedPoint Ventures, CMEA Ventures, US Venture Partners, Madrone Capital (operated by Wal-Mart Chairman Rob Walton) and the Masdar Clean Tech Fund.
[aditude-amp id="flyingcarpet" targeting='{"env":"staging","page_type":"article","post_id":102276,"post_type":"story","post_chan":"none","tags":null,"ai":false,"category":"none","all_categories":"business,","session":"B"}']This money could make up the bulk of a larger, $350 million goal for the round, according to GreenTechMedia. Solyndra is particularly attractive because it already has $1.2 billion in contracts for its copper indium gallium and selenide (CIGS) solar panels through 2012. Its peers, Miasole and SoloPower, both took $200 million in venture backing in the latter part of the year.
Overall, 2008 was a record year for cleantech investment, totaling $7.7 billion over 350 rounds of financing. This is more than double the sum given out in 2007.
VentureBeat's mission is to be a digital town square for technical decision-makers to gain knowledge about transformative enterprise technology and transact. Learn More""",
         boiler=["VentureBeat's mission is to be a digital town square for technical decision-makers to gain knowledge about transformative enterprise technology and transact. Learn More"],
         ents="""ORG: Solyndra | Nanosolar | Virgin Green Fund | Rockport Capital | Argonaut Ventures | RedPoint Ventures | CMEA Ventures | US Venture Partners | Madrone Capital | Wal-Mart | Masdar Clean Tech Fund | GreenTechMedia | Miasole | SoloPower
PER: Rob Walton
LOC: U.S. | Fremont | Calif.""",
         sentiments={"Solyndra": "positive", "Nanosolar": "neutral", "Virgin Green Fund": "neutral",
                     "Rockport Capital": "neutral", "Argonaut Ventures": "neutral", "RedPoint Ventures": "neutral",
                     "CMEA Ventures": "neutral", "US Venture Partners": "neutral", "Madrone Capital": "neutral",
                     "Wal-Mart": "neutral", "Masdar Clean Tech Fund": "neutral", "Miasole": "neutral",
                     "SoloPower": "neutral"},
         events=["funding"]),

    dict(id="en6-pharmalive-geron-rytelo", lang="en", split="heldout3", date="2024-06-07",
         url="https://www.pharmalive.com/geron-shares-surge-after-u-s-fda-approves-blood-disorder-drug/",
         text=""" date 2024-06-07 https://www.pharmalive.com/wp-content/uploads/2022/05/ReutersFDAlogo5-23-2022.webp 740 1200 Reuters Health https://www.pharmalive.com/wp-content/uploads/2020/01/Pharmalive_4c-300x37.png Reuters Health2024-06-07 06:34:222024-06-07 09:39:12Geron shares surge after U.S. FDA approves blood disorder drug
Geron shares surge after U.S. FDA approves blood disorder drug
June 7 (Reuters) – Shares of Geron (GERN.O) rose more than 16% on Friday before markets opened, a day after the biopharmaceutical company got its first approval from the U.S. Food and Drug Administration for its blood disorder drug Rytelo.
The injectable drug will compete with Bristol Myers Squibb’s (BMY.N) Reblozyl, which received a label expansion green light by the regulator last year for the same disease indication.""",
         boiler=["date 2024-06-07 https://www.pharmalive.com/wp-content/uploads/2022/05/ReutersFDAlogo5-23-2022.webp 740 1200 Reuters Health https://www.pharmalive.com/wp-content/uploads/2020/01/Pharmalive_4c-300x37.png Reuters Health2024-06-07 06:34:222024-06-07 09:39:12Geron shares surge after U.S. FDA approves blood disorder drug"],
         ents="""ORG: Geron | FDA | Reuters | U.S. Food and Drug Administration | Bristol Myers Squibb
LOC: U.S.
MISC: Rytelo | Reblozyl""",
         sentiments={"Geron": "positive", "Bristol Myers Squibb": "neutral"},
         events=["legal", "product_launch"]),

    dict(id="en6-footwearnews-dicks-q3", lang="en", split="heldout3", date="2019-11-26",
         url="https://footwearnews.com/2019/business/earnings/dicks-sporting-goods-q3-2019-earnings-sales-stock-1202879064/",
         text=""" date 2019-11-26 Shares for Dick’s Sporting Goods Inc. are soaring in premarket trading following earnings that soundly beat expectations as well as the firm’s decision to raise its outlook.

As of 8:30 a.m. ET, the retailer’s stock was up nearly 13% to $44.40. It posted adjusted earnings per share of 52 cents, besting Wall Street’s forecasts of 38 cents, on profits of $44.8 million.

Revenues also topped analysts’ predictions of $1.91 billion, increasing 5.6% to roughly $1.96 billion. Same-store sales shot up 6% — which the company added was its strongest quarterly comps gain since 2013.

“We saw increases in both average ticket and transactions, as well as growth across each of our three primary categories of hardlines, apparel and footwear,” chairman and CEO Edward Stack said in a statement.

Related Why Dick's Sporting Goods Brought Out A-Rod & More Stars for First-Ever Fashion Show The Retailers Already Hiring for the Holiday Shopping Season -- And the Perks They're Offering Dick's Sporting Goods CEO Is Upbeat on Holiday Shopping -- With No 'Meaningful' Impact From Trade War

For the third quarter ended Nov. 2, online sales rose 13%. Dick’s shared that it had opened six new stores and exited eight Field & Stream stores, which were sold to Sportsman’s Warehouse as the company continues to undergo a review of its hunting business.

“The momentum in our stores continued to build with our focus on service standards, recognition of great results and stronger marketing,” added president Lauren Hobart. “Combining this with the successful openings of our new e-commerce fulfillment centers and enhanced website functionality, we continue to build one of the best omnichannel experiences in retail.”

In February 2018 as a response to the mass shooting at Marjory Stoneman Douglas High School in Parkland, Fla., Dick’s began the process of destroying assault-sty""",
         boiler=["Related Why Dick's Sporting Goods Brought Out A-Rod & More Stars for First-Ever Fashion Show The Retailers Already Hiring for the Holiday Shopping Season -- And the Perks They're Offering Dick's Sporting Goods CEO Is Upbeat on Holiday Shopping -- With No 'Meaningful' Impact From Trade War"],
         ents="""ORG: Dick’s Sporting Goods Inc. | Dick’s | Field & Stream | Sportsman’s Warehouse | Marjory Stoneman Douglas High School
PER: Edward Stack | Lauren Hobart
LOC: Wall Street | Parkland | Fla.""",
         sentiments={"Dick’s Sporting Goods": "positive", "Field & Stream": "neutral", "Sportsman’s Warehouse": "neutral"},
         events=["earnings"]),

    dict(id="en6-energyvoice-shell-q1-2009", lang="en", split="heldout3",
         date="2009-05 (approx., from the text: first-quarter 2009 results published 'yesterday')",
         url="https://energyvoice.com/oilandgas/21590/shell-reports-2-26bn-surplus-in-first-quarter",
         text="""Royal Dutch Shell posted profits of £2.26billion yesterday for the first three months of 2009, down 58% on a year earlier.
The company expresses its earnings on a current-cost-of-supply basis, which strips out unrealised gains or losses on the value of inventories.
The British-Dutch firm made profits of £22billion last year, but, in line with rival BP on Tuesday, it said the weaker global economy had affected its performance.
In addition to oil prices below $50 a barrel, having peaked at $147 last July, Shell has been affected by security concerns in Nigeria, Opec quota restrictions and weakening industrial demand for natural gas.
Chief executive Jeroen van der Veer said first-quarter performance was affected by the weaker global economy, with a challenging upstream and downstream business environment.
He said the company continued to make significant investments to maintain future profitability.
He added: “Industry conditions remain challenging, and our focus is on capital discipline and costs.
“We are taking a prudent approach to this downturn, focused on sustaining a strong position in the energy landscape.”
The figures were better than expected by the market, with profits before one-off items of £2.03billion, compared with a City consensus forecast of £1.78billion.
Revenue for the quarter came in at £39.88billion, almost half of the £78.29billion achieved 12 months earlier.
BP reported a sharp drop in profits on Tuesday, with its first-quarter haul falling 62% to £1.64billion, although this figure was also stronger than market forecasts.
Shell promised earlier this year to maintain net investment at near to last year’s £21.9billion to safeguard future profitability.
The company said that first-quarter production was some 3.32million barrels of oil equivalent per day (boepd), excluding production from tar sands, compared with 3.33million boepd a year earlier. Oil production was down 7% and natural gas production in line with the first quarter of 2""",
         ents="""ORG: Royal Dutch Shell | Shell | BP | Opec
PER: Jeroen van der Veer
LOC: Nigeria | City""",
         sentiments={"Royal Dutch Shell": "mixed", "BP": "mixed"},
         events=["earnings"]),

    dict(id="en6-lawresolution-fosterfarms-classaction", lang="en", split="heldout3",
         date="2025-10 (approx., from the text: recall on October 4th, suit a week after Tyson's)",
         url="https://www.lawresolution.com/news/article/01K7MJB8QYHVX1NXBNRBV701KZ/",
         text="""Another Large Processor Faces Class Action Over Corn Dog Recall
Summary
Foster Farms is being sued in a proposed class action lawsuit following a recall of 3.8 million pounds of chicken and turkey corn dogs on October 4th. The recall was initiated due to potential contamination with pieces of wood in the batter, discovered after multiple consumer complaints, including reports of injuries. Plaintiff Kamonica McWhite-York alleges the company violated consumer protection laws and breached warranties by selling unsafe food, and seeks representation for all U.S. consumers who purchased the recalled products, produced between July 30 and August 4 with establishment number “P-6137B.”
The lawsuit claims Foster Farms failed to adequately warn consumers, provide refunds, or offer effective remedies. It further alleges deficiencies in the company’s design, manufacturing, testing, inspection, and monitoring processes. The class action seeks compensatory damages, restitution, and injunctive relief, arguing Foster Farms unjustly profited from the sale of contaminated products.
This lawsuit follows a similar case filed against Tyson Foods and The Hillshire Brands Co. just a week prior, concerning a recall of 58 million pounds of corndogs and sausage-on-a-stick products also contaminated with wood fragments.
(Source:Meatingplace)""",
         boiler=["Summary", "(Source:Meatingplace)"],
         ents="""ORG: Foster Farms | Tyson Foods | The Hillshire Brands Co.
PER: Kamonica McWhite-York
LOC: U.S.""",
         sentiments={"Foster Farms": "negative", "Tyson Foods": "negative", "Hillshire Brands": "negative"},
         events=["legal"]),
]
