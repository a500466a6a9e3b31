"""English real business articles for the sixth held-out set (``split="heldout6"``, real_heldout6.jsonl).

Stored page text as delivered (see make_real.py for the format and the annotation rules), found in the
stored public pages by topic (acquisitions, quarterly results, job cuts, lawsuits and fines, profit
warnings), annotated by hand before any system ran on them; no system is ever run on them for tuning
and their errors are never listed.
"""

ARTICLES = [
    dict(id="en12-reuters-shire-nps", lang="en", split="heldout6", date="2015-01-11 (from the URL and the text)",
         url="http://uk.reuters.com/article/nps-ma-shire-idUKnL1N0UQ0F20150111",
         text="""(Corrects to replace "7.2 percent" with "9.8 percent", adds
link to press release)
Jan 11 Shire Plc said it will
acquire NPS Pharmaceuticals Inc in an all-stock
transaction for about $5.2 billion, the companies said in a
joint statement on Sunday.
Shire will pay $46.00 per NPS share, representing a premium
of about 9.8 percent over NPS' Friday close.
Dublin-based Shire, whose proposed sale to AbbVie Inc
fell apart in October, expects the deal to add to its
adjusted earnings from 2016 onward.
""",
         boiler=['(Corrects to replace "7.2 percent" with "9.8 percent", adds', "link to press release)"],
         ents="""ORG: Shire Plc | Shire | NPS Pharmaceuticals Inc | NPS | AbbVie Inc
LOC: Dublin""",
         sentiments={"Shire Plc": "positive", "NPS Pharmaceuticals": "positive", "AbbVie": "neutral"},
         events=["acquisition"]),

    dict(id="en12-benefitscanada-anthem-cigna", lang="en", split="heldout6",
         date="2015-07 (approx., from the text: Aetna's Humana deal earlier this month)",
         url="https://benefitscanada.com/?p=19007",
         text="""Health insurer Anthem has reached a deal to acquire Cigna for US$48 billion.
The transaction will create the largest U.S. health insurer by membership.
Anthem will pay US$188 a share for its rival. Cigna shareholders will receive US$103.40 in cash and 0.5152 Anthem common shares for each Cigna common share. Including debt, the transaction is valued at US$54.2 billion.
Last month, Cigna turned down an offer of US$184 a share.
Read: Anthem nears deal to buy Cigna: Reports
Following the transaction, Anthem will have more than US$115 billion in pro forma annual revenues and will provide coverage to about 53 million people.
“Anthem is confident in its ability to obtain all necessary regulatory and other approvals,” says a statement from the company.
The deal is expected to close in the second half of 2016, pending the receipt of customary approvals, including certain state regulatory approvals and expiration of the waiting period under the Hart-Scott-Rodino Antitrust Improvements Act.
This is the second deal in the American health insurance industry this year. Earlier this month, Aetna agreed to buy Humana for US$37 billion.
There are five large health insurers in the United States. The largest, UnitedHealth Group, has not participated in a deal yet.
Also read:""",
         boiler=["Read: Anthem nears deal to buy Cigna: Reports", "Also read:"],
         ents="""ORG: Anthem | Cigna | Aetna | Humana | UnitedHealth Group
LOC: U.S. | United States
MISC: Hart-Scott-Rodino Antitrust Improvements Act""",
         sentiments={"Anthem": "positive", "Cigna": "neutral", "Aetna": "neutral", "Humana": "neutral",
                     "UnitedHealth Group": "neutral"},
         events=["acquisition"]),

    dict(id="en12-drugdelivery-abbott-alere", lang="en", split="heldout6",
         date="2017-10-02 (approx., from the text: closing Oct. 3 'tomorrow')",
         url="https://www.drugdeliverybusiness.com/abbotts-5b-acquisition-alere-set-close-tomorrow/",
         text="""Abbott (NYSE:ABT) said today it is looking to close its $5 billion acquisition of Alere (NYSE:ALR) tomorrow, saying it has received all regulatory clearances necessary.
The Abbott Park, Ill.-based company said the acquisition will establish it as a “global leader in point of care testing,” which it sees as the fastest growing segment of the $50 billion in vitro diagnostics market.
“Creating the world’s leading point of care business will help Abbott meet the growing demand for fast, accurate and actionable information. Combined with Abbott’s existing point of care business and its leading hand-held platform, i-STAT, we now have the broadest point of care testing portfolio to help improve care for patients in more parts of the world,” Abbott diagnostic products exec VP Brian Blaser said in a press release.
The transaction is set to clear after U.S. and Canadian anti-trust regulators approved the deal last week, subject to concessions.
Abbott agreed to divest a blood gas testing system to Siemens (NYSE:SI), which also agreed to buy two Alere facilities in Ottawa. Quidel (NSDQ:QDEL) Corp. is slated to buy Abbott’s heart function testing system business and an Alere facility in San Diego.
Abbott offered to acquire Alere in February 2016. After several snafus, the company finally agreed to purchase Alere for $5.3 billion – down from its initial $5.8 billion price tag. The deal is now slated to close Oct. 3, Abbott said.""",
         ents="""ORG: Abbott | Alere | Siemens | Quidel | NYSE | NSDQ
PER: Brian Blaser
LOC: Abbott Park | Ill. | U.S. | Ottawa | San Diego
MISC: i-STAT""",
         sentiments={"Abbott": "positive", "Alere": "neutral", "Siemens": "neutral", "Quidel": "neutral"},
         events=["acquisition"]),

    dict(id="en12-irishtimes-microsoft-q1", lang="en", split="heldout6",
         date="2006-10 (approx., from the text: fiscal first quarter, Xbox 360 launched last November)",
         url="https://www.irishtimes.com/news/microsoft-profit-up-11-on-database-strength-1.798590",
         text="""Microsoft posted an 11 per cent rise in quarterly net profit today after a strong performance at its database division and shrinking losses from its Xbox 360 video game console.
The world's largest software maker also raised its full-year sales outlook, lifted in part by the upcoming launches of a new Office software suite and Windows Vista, the first major upgrade of its operating system in five years.
Microsoft's stock price, up 25 per cent since June, has already reflected investor optimism over the new product offerings. In after-hours trade, Microsoft shares rose to $28.50 from a close of $28.35 on Nasdaq.
The company now forecasts full-year sales between $50 billion and $50.9 billion - $200 million to $300 million higher than a July estimate - and it cut the high end of its earnings outlook by a penny, now seeing a range of $1.43 to $1.46 per share.
Wall Street analysts have been looking for a full-year profit of $1.44 per share on sales of $50.3 billion.
Microsoft sales rose 11 per cent to $10.8 billion in the quarter. Analysts, on average, had forecast earnings per share of 31 cents on revenue of $10.7 billion, based on Reuters Estimates.
Microsoft posted sales and profit growth at its server and tools business, powered by a 30 per cent year-on-year rise in sales of its database software platform, SQL Server, and solid demand for its Windows server software.
The company also said it had sold
six million Xbox 360 video game consoles since the launch last November, and losses at its entertainment and devices division shrank to $96 million from $173 million a year ago and $414 million the previous quarter.""",
         ents="""ORG: Microsoft | Nasdaq | Reuters
LOC: Wall Street
MISC: Xbox 360 | Office | Windows Vista | SQL Server | Windows""",
         sentiments={"Microsoft": "positive"},
         events=["earnings"]),

    dict(id="en12-nydailynews-airlines-fuel", lang="en", split="heldout6",
         date="2008-07 (approx., from the text: a Tuesday of the oil-price spike, second-quarter losses)",
         url="https://www.nydailynews.com/news/money/airlines-oil-woes-fuel-job-cuts-article-1.351935",
         text="""Airlines' oil woes fuel job cuts

The losses keep piling up for the airline industry, as three of the nation's biggest carriers said Tuesday that soaring fuel costs overwhelmed higher revenues in the latest quarter.

The industry is cutting flights and has announced plans to eliminate about 26,000 jobs to help stem the red ink.


United Airlines, which posted a loss of $2.73 billion, expanded the number of jobs it plans to eliminate by the end of next year to 7,000 from 3,800.

CEO Glenn Tilton blamed the "unrelenting price of oil" for the weaker profit picture despite a 3% increase in revenues. He said fuel expenses rose 53% to $1.8 billion for the quarter.

"Our industry is challenged as never before by the unrelenting price of oil," he said.

United said it raised $550 million in cash by mortgaging aircraft and other debt maneuvers. It ended the quarter with $2.9 billion in cash, not counting money pledged in loans or as collateral on fuel hedges.

US Airways rolled up a $567 million loss, even though revenues rose 3%. CEO Doug Parker also pointed to fuel costs, which jumped 69% from a year ago, for most of his company's financial woes.

The airline said it plans to cut 1,700 jobs and add more passenger fees, which it hopes will bring in $400 million to $500 million a year.

JetBlue, which announced undisclosed job cuts, reported a $7 million loss as revenues climbed 18%. The airline said it will shut down its operations in Ontario, Calif., because of rising costs.

"The dramatic rise in fuel prices has forced us . . . to make appropriate network adjustments to better match our capacity with customer demand," said CEO Dave Barger.

Despite weak earnings, shares of airlines had big gains as oil fell sharply.

UAL rose $3.42, or 68.5%, to $8.41. US Airways gained $1.58, or 58.7%, to $4. JetBlue added 61 cents, or 15.7%, to $4.50.""",
         ents="""ORG: United Airlines | United | UAL | US Airways | JetBlue
PER: Glenn Tilton | Doug Parker | Dave Barger
LOC: Ontario | Calif.""",
         sentiments={"United Airlines": "mixed", "US Airways": "mixed", "JetBlue": "mixed"},
         events=["earnings", "layoffs"]),

    dict(id="en12-dailybeast-gm-salaried", lang="en", split="heldout6", date="2018-11-26 (a Monday, from the text)",
         url="https://www.thedailybeast.com/gm-to-slash-15-percent-of-salaried-workforce",
         text="""Automaker General Motors announced Monday that it will reduce its salaried workforce by 15 percent and may close as many as five plants in an effort to cut costs. The company will lay off about 14,700 workers in North America, some of whom will be offered buyouts. As GM pivots its focus to electric and autonomous vehicles, a spokesperson for the company said it will also cancel several car models, including the Chevrolet Cruze and Chevrolet Impala, by 2019, according to USA Today. Five plants—which are located in Detroit; Lordstown, Ohio; Oshawa, Ontario; Warren, Michigan; and Baltimore—will be “unallocated” in 2019, a move that could affect 6,000 factory workers. “These actions will increase the long-term profit and cash-generation potential of the company and improve resilience through the cycle,” said GM Chairman and CEO Mary Barra.
The United Auto Workers union called the massive restructuring a “callous decision.” “GM’s production decisions, in light of employee concessions during the economic downturn and a taxpayer bailout from bankruptcy, puts profits before the working families of this country whose personal sacrifices stood with GM during those dark days,” the union said in a statement.""",
         ents="""ORG: General Motors | GM | USA Today | United Auto Workers
PER: Mary Barra
LOC: North America | Detroit | Lordstown | Ohio | Oshawa | Ontario | Warren | Michigan | Baltimore
MISC: Chevrolet Cruze | Chevrolet Impala""",
         sentiments={"General Motors": "negative"},
         events=["layoffs"]),

    dict(id="en12-businessghana-rbs-branches", lang="en", split="heldout6",
         date="2017-03 (approx., from the text: a Thursday, a month after the 7 billion pound annual loss)",
         url="http://businessghana.com/site/news/Business/143521/RBS-to-close-180-branches-due-to-dramatic-online-shift",
         text="""State-backed Royal Bank of Scotland (RBS.L) said on Thursday it planned to close about 180 bank branches in Britain and Ireland and about 1,000 roles were at risk in the latest round of cuts and closures at the lender.
The Edinburgh-based said in a statement the changes were due to a "dramatic shift" in retail banking with more customers increasingly banking online.
RBS said about 770 roles may be eliminated in Britain and about 220 roles in the Republic of Ireland.
The bank said there may be a net reduction of about 480 jobs when newly created roles are included. It plans to close about 128 NatWest, 30 Royal Bank of Scotland and 22 Ulster Bank branches.
"We're frustrated to see RBS show so little loyalty to our high streets," the Federation of Small Businesses in Scotland said. "Branch closures put pressure on local economies and make it harder for local firms to access banking services."
RBS said the number of people going into branches had dropped by about half on average since 2010, while the number of people making transactions online had jumped fourfold.
"As customers change the way they bank with us, we must change the way we serve them," the bank said in the statement.
Chief Executive Officer Ross McEwan has cut thousands of jobs partly in response to low interest rates and slowing economic growth which have pushed RBS and several of its UK rivals to reduce expenses.
RBS is struggling to return to health after requiring the world's largest bank bailout at the height of the 2007-2009 financial crisis and after nine years of straight annual losses.
The bank warned of more jobs and branch closures when it announced a 7 billion pound ($8.8 billion) annual loss last month. At the time, it said it planned to cut 2 billion pounds of costs from the business over the next four years to help improve profits.
RBS will be left with just over 1,000 branches across Britain following the closures.""",
         ents="""ORG: Royal Bank of Scotland | RBS | NatWest | Ulster Bank | Federation of Small Businesses
PER: Ross McEwan
LOC: Britain | Ireland | Edinburgh | Republic of Ireland | Scotland | UK""",
         sentiments={"Royal Bank of Scotland": "negative", "NatWest": "negative", "Ulster Bank": "negative"},
         events=["layoffs"]),

    dict(id="en12-successdigest-tsb-sabadell", lang="en", split="heldout6",
         date="2024-02-01 (approx., from the text: Deutsche Bank's 3,500 roles the same day)",
         url="https://successdigestonline.com/tsb-axes-jobs-and-branches-as-spanish-owner-sabadell-announces-29m-restructuring-plan",
         text="""High street bank TSB says it will cut jobs and close branches this year.

The lender’s Spanish owner Sabadell announced a £29m restructuring plan on the same day that Deutsche Bank revealed it will axe 3,500 roles.

Banks have been boosted by high borrowing costs, enjoying soaring profits and shareholder payouts. But central banks including the Bank of England are expected to cut borrowing costs this year.

That will reduce the amount of interest lenders rake in on mortgages and other loans.

And investment banks such as Deutsche have been hit by a lack of dealmaking.

Job cuts: TSB¿s Spanish owner Sabadell announced a £29m restructuring plan on the same day that Deutsche Bank revealed it will axe 3,500 roles

Job cuts: TSB’s Spanish owner Sabadell announced a £29m restructuring plan on the same day that Deutsche Bank revealed it will axe 3,500 roles

British banks, including Barclays and Lloyds, have accelerated cost-cutting lately.

Last week Lloyds said it will cut 1,600 jobs and in November Barclays said it could axe up to 2,000 to save £1billion. 

Almost 200 bank branches are set for closure this year and 645 were shut in 2023 as more customers switch to online banking.

Asked whether TSB’s restructuring would involve axing staff and branches, Sabadell boss Cesar Gonzalez-Bueno said: ‘It will include both.’

TSB reported a 30 per cent jump in profit in 2023, up from £183.5million to £237.2million, and will pay Sabadell, which bought it for £1.7billion in 2015, a £120million dividend.

The bank did not confirm how many jobs will be lost or how many branches are set to close.

A TSB spokesperson said: ‘We have been clear about our focus on reducing costs, but as with any announcements about changing how we operate, we always consult with our colleagues first.’

At the end of last year, TSB had 5,426 workers, down from 5,482 in 2022, and the number of branches fell from 220 to 211.

Meanwhile Deutsche yesterday said it will axe 3,500 roles""",
         boiler=["Job cuts: TSB¿s Spanish owner Sabadell announced a £29m restructuring plan on the same day that Deutsche Bank revealed it will axe 3,500 roles",
                 "Job cuts: TSB’s Spanish owner Sabadell announced a £29m restructuring plan on the same day that Deutsche Bank revealed it will axe 3,500 roles"],
         ents="""ORG: TSB | Sabadell | Deutsche Bank | Deutsche | Bank of England | Barclays | Lloyds
PER: Cesar Gonzalez-Bueno""",
         sentiments={"TSB": "mixed", "Sabadell": "negative", "Deutsche Bank": "negative", "Barclays": "negative",
                     "Lloyds": "negative"},
         events=["layoffs", "earnings"]),

    dict(id="en12-bbc-jal-jobs", lang="en", split="heldout6",
         date="2009-09 (approx., from the text: Iata's $11bn loss forecast, JAL seeking a partner by mid-October)",
         url="https://bbctodays.pages.dev/2/hi/business/8256412.stm",
         text=""" The airline expects a heavy loss for the year |
Japan Airlines (JAL) plans to cut 6,800 jobs, as an airline trade body upped its projected losses for the global industry this year. "The personnel reduction cannot wait," said JAL president Haruka Nishimatsu. Mr Nishimatsu said JAL will have a deal in place with an international carrier by the middle of October. Media reports have said several US and European airlines are in the running to take a stake in the loss-making carrier. The airline had already launched a programme of job cuts, plans for fuel-efficiency and a focus on business customers. Reports this week have suggested that Delta Airlines and American Airlines are in talks to invest in JAL to expand into Asia via code-sharing agreements. On Tuesday, another report said Air France-KLM joined those discussions. Each is discussing an investment of as much as $300m (£181m), the reports said. Shares in JAL dropped 3.4%, after climbed nearly 8% on Monday. Iata outlook Separately, the International Air Transport Association (Iata) increased its forecast for losses across the whole industry to $11bn, from $9bn it predicted earlier this month. "The outlook for the industry has deteriorated," said Iata director-general Giovanni Bisignani. Airlines have already lost $6bn in the first half alone, Iata said, with Asian airlines among the hardest hit. In the Asia-Pacific, airlines will post losses of $3.6bn, up from the previous forecast of $3.3bn. European carriers are expected to be worst off this year, losing $3.8bn instead of the $1.8bn initially forecast. Iata estimates losses next year of $3.8bn, and doesn't expect airlines to be in profit again until 2011 at the earliest.
|
Bookmark with:
What are these?""",
         boiler=["The airline expects a heavy loss for the year |", "|", "Bookmark with:", "What are these?"],
         ents="""ORG: Japan Airlines | JAL | Delta Airlines | American Airlines | Air France-KLM | International Air Transport Association | Iata
PER: Haruka Nishimatsu | Nishimatsu | Giovanni Bisignani
LOC: US | Asia | Asia-Pacific""",
         sentiments={"Japan Airlines": "negative", "Delta Airlines": "neutral", "American Airlines": "neutral",
                     "Air France-KLM": "neutral"},
         events=["layoffs"]),

    dict(id="en12-japannews-utilities-cartel", lang="en", split="heldout6", date="2023-03-30",
         url="https://japannews.yomiuri.co.jp/society/general-news/20230330-100595/",
         text=""" date 2023-03-30 - GENERAL NEWS
Japanese Regulator Fines Utilities $754.7 mln for Forming Cartel
18:05 JST, March 30, 2023
TOKYO(Reuters) – Japan’s antitrust watchdog said on Thursday that it has ordered three utilities to pay a total of more than 100 billion yen ($754.66 million) fine for violating anti-monopoly laws.
Among the three, Chugoku Electric Power Co 9504.T was hit with the biggest fine of 70.7 billion yen.
The Japan Fair Trade Commission also ordered Chubu Electric Power Co 9502.T to pay a 27.6 billion yen fine, while Kyushu Electric Power Co 9508.T was ordered to pay 2.7 billion yen.
Regulators had investigated the companies for anti-competitive behavior and concluded that they had formed a cartel.
""",
         boiler=["date 2023-03-30 - GENERAL NEWS", "18:05 JST, March 30, 2023"],
         ents="""ORG: Reuters | Chugoku Electric Power Co | Chubu Electric Power Co | Kyushu Electric Power Co | Japan Fair Trade Commission
LOC: TOKYO | Japan""",
         sentiments={"Chugoku Electric Power": "negative", "Chubu Electric Power": "negative",
                     "Kyushu Electric Power": "negative"},
         events=["legal"]),

    dict(id="en12-wallstreetpit-apple-samsung", lang="en", split="heldout6",
         date="2013-03-01 (approx., from the text: a Friday, damages verdict 'last August')",
         url="https://wallstreetpit.com/99018-apple-aapl-stock-slides-after-judge-calls-for-new-trial-in-apple-v-samsung",
         text="""Apple (AAPL) Stock Slides After Judge Calls for New Trial in Apple v. Samsung

Apple (AAPL)’s stock dropped to a 13-month low on Friday, after a U.S. district judge slashed $450 million of the $1.05 billion in damages awarded to Apple in its patent-infringement lawsuit against Samsung last August.

In a 27-page order released Friday, Judge Lucy Koh of the United States District Court in San Jose, Calif. said of the 28 infringing products in Apple v. Samsung, the jury had incorrectly calculated part of the damages against 14 Samsung devices and that a new trial was needed since “the Court has identified an impermissible legal theory on which the jury based its award and cannot reasonably calculate the amount of excess.”

“When a Court detects an error in the jury’s damages verdict,” Judge Koh wrote in her ruling, “the Court has two choices: the Court may order a new trial on damages, or the Court may reduce the award to a supportable amount.”

On Friday she did both, reducing Apple’s award to cover only 14 of 28 devices at issue and ordering a new trial on the other half. Those devices include, according to a FOSS Patents report:

“Galaxy Prevail, Gem, Indulge, Infuse 4G, Galaxy SII (AT&T), Captivate, Continuum, Droid Charge, Epic 4G, Exhibit 4G, Galaxy Tab, Nexus S 4G, Replenish, and Transform.”

After affirming the remainder of the award, which amounts to $598.9 million, the Judge rejected Apple’s request for supplemental damages and granted Samsung’s motion for a new trial to reconsider the damages.

The new trial will determine how much of the $450 million, if any, should be restored.

Shares in Apple closed down $10.93, or 2.48 percent, at $430.47.

Here is Koh’s full ruling, via AllThingsD.

Disclaimer: This page contains affiliate links. If you choose to make a purchase after clicking a link, we may receive a commission at no additional cost to you. Thank you for your support!

Be the first to comment

Leave a Reply

Your email add""",
         boiler=["Disclaimer: This page contains affiliate links. If you choose to make a purchase after clicking a link, we may receive a commission at no additional cost to you. Thank you for your support!",
                 "Be the first to comment", "Leave a Reply", "Your email add"],
         ents="""ORG: Apple | Samsung | United States District Court | FOSS Patents | AT&T | AllThingsD
PER: Lucy Koh | Koh
LOC: U.S. | San Jose | Calif.
MISC: Galaxy Prevail | Gem | Indulge | Infuse 4G | Galaxy SII | Captivate | Continuum | Droid Charge | Epic 4G | Exhibit 4G | Galaxy Tab | Nexus S 4G | Replenish | Transform""",
         sentiments={"Apple": "negative", "Samsung": "positive", "AT&T": "neutral"},
         events=["legal"]),

    dict(id="en12-ppw-novonordisk-settlement", lang="en", split="heldout6", date="2021-09-24",
         url="https://www.pharmaceuticalprocessingworld.com/novo-nordisk-settles-u-s-securities-class-action-suit/",
         text=""" date 2021-09-24 Novo Nordisk (NYSE:NVO) has agreed in principle to settle securities class action litigation in the Federal District Court of New Jersey. The Bagsværd, Denmark–based company would pay $100 million in the settlement.

That amount includes plaintiffs’ attorneys’ fees, expenses and settlement costs.

The lawsuit alleged that the company made misleading statements regarding the price of its insulin.

The agreement contains no admission of liability or wrongdoing. The company stressed in a statement that it believes the “plaintiffs’ claims are without any merit.”

“While we are confident in the facts and merits of our position, we believe that resolving this matter is the right business decision for Novo Nordisk and our shareholders,” said Tomas Haagen, general counsel at Novo Nordisk.

Purchasers of American Depository Receipts initially filed the lawsuit in 2017.

Novo Nordisk, along with Eli Lilly and Sanofi-Aventis, has faced litigation over their insulin pricing. In July, U.S. District Judge Brian Martinotti for the District of New Jersey dismissed antitrust claims targeting the three companies but denied motions to dismiss claims under the Racketeer Influenced and Corrupt Organizations Act.

The company has stressed its commitment to fair insulin pricing in recent years. In June, Walmart announced that its partnership with Novo Nordisk enabled it to launch the first private label analog insulin.""",
         ents="""ORG: Novo Nordisk | NYSE | Federal District Court of New Jersey | Eli Lilly | Sanofi-Aventis | Walmart
PER: Tomas Haagen | Brian Martinotti
LOC: Bagsværd | Denmark | U.S. | New Jersey
MISC: Racketeer Influenced and Corrupt Organizations Act""",
         sentiments={"Novo Nordisk": "negative", "Eli Lilly": "negative", "Sanofi-Aventis": "negative",
                     "Walmart": "neutral"},
         events=["legal"]),

    dict(id="en12-cancernetwork-tobacco-jury", lang="en", split="heldout6",
         date="1996-08 (approx., from the text: the Jacksonville verdict against Brown & Williamson after The Runaway Jury)",
         url="http://www.cancernetwork.com/articles/jury-decision-rattles-tobacco-company-stock-prices",
         text="""CN Mobile Logo

Search form


Jury Decision Rattles Tobacco Company Stock Prices

Jury Decision Rattles Tobacco Company Stock Prices

JACKSONVILLE, Fla--In a scenario out of a recent John Grisham novel (The Runaway Jury), a Florida jury has returned a verdict in favor of a plaintiff suing a large tobacco company, causing a precipitous fall in the price of stocks of all the major tobacco companies. Philip Morris shares, for example, lost more than 10% of their value.

In Grisham's book, a biased and manipulative juror uses skulduggery to achieve the plaintiff's verdict (with equal amounts of improbable skulduggery occurring on the defendant's side) and the monetary award is astronomical ($400 million in punitive damages).

In real life, the damage award was a more modest $750,000, but just as in the book, the decision sent shock waves down Wall Street. The concern is that the case could set a precedent, opening the floodgates for similar suits against tobacco companies across the nation.

The Florida jury, in finding in favor of the 66-year-old man who developed lung cancer after 44 years of smoking, called cigarettes a defective product and found Brown & Williamson Tobacco Corp., maker of Lucky Strikes, negligent for not telling consumers of their dangers. The jury held that the company knew about the dangers well before the surgeon general's 1964 report. The company said the man smoked Lucky Strikes "because he liked them," and will appeal.

Loading comments...

By clicking Accept, you agree to become a member of the UBM Medica Community.""",
         boiler=["CN Mobile Logo", "Search form", "Loading comments...",
                 "By clicking Accept, you agree to become a member of the UBM Medica Community."],
         ents="""ORG: Philip Morris | Brown & Williamson Tobacco Corp.
PER: John Grisham | Grisham
LOC: JACKSONVILLE | Fla | Florida | Wall Street
MISC: The Runaway Jury | Lucky Strikes""",
         sentiments={"Philip Morris": "negative", "Brown & Williamson Tobacco": "negative"},
         events=["legal"]),

    dict(id="en12-rte-rollsroyce-warning", lang="en", split="heldout6", date="2015-11-12 (from the URL)",
         url="https://www.rte.ie/news/business/2015/1112/741390-rolls-royce-profit-warning",
         text="""Britain's Rolls-Royce issued its fourth profit warning in just over a year and said it may cut its dividend due to sharply weaker demand for spares and services for existing aero-engines.
The latest announcements show the scale of the challenge facing its new CEO.
Shares in the engine maker at one stage plunged over 20% in London trade today.
The slump came after the company forecast its profit next year would now be more than 30% below a current consensus estimate, which analysts had already slashed after a warning in July.
Rolls-Royce shocked investors in July when it said profits from its aero-engine business, its biggest unit which accounts for about half of profits and which it is counting on for future growth, would shrink in 2016.
The downgrade, plus news the board would put the company's shareholder payments policy under review, shows the extent of the challenge facing new CEO Warren East who started in July.
Releasing the findings of an operating review two weeks early, East said he had already highlighted a number of areas where Rolls-Royce could make "fundamental changes", as he launched a restructuring programme to save between £150-200m a year, streamline senior management and improve decision making.
But the company's fourth profit warning in just over a year and its second for 2016 results could intensify questions about the shape of the group itself, which supplies engines to aeroplanes, ships and for industrial use.
Before revealing the civil aero engine unit was suffering, Rolls had already been struggling with a drop in demand from energy customers for its marine equipment following a plunge in oil prices.
It said today that it now expected profit headwinds of £650m next year, up from the £300m drag identified in July.
Before today's downgrade, the consensus forecast for 2016 underlying pretax profit stood at £1.053 billion.
Rolls said operators of wide-bodied aircraft were taking delivery of new more fuel efficient planes and using older engi""",
         ents="""ORG: Rolls-Royce | Rolls
PER: Warren East | East
LOC: Britain | London""",
         sentiments={"Rolls-Royce": "negative"},
         events=["earnings", "layoffs"]),

    dict(id="en12-neowin-adobe-warning", lang="en", split="heldout6",
         date="2001 (approx., from the text: a third-quarter warning, shares at their lowest since May 1999)",
         url="https://neowin.net/amp/adobe-shares-drop-30-pct-after-warning",
         text="""Shares of Adobe Systems Inc. plunged almost 30 percent on Thursday, sliding to their lowest level since May 1999, a day after the publishing software maker cut its third-quarter earnings outlook.
Shares of Adobe tumbled $7.13 to $16.83 on heavy trade on Nasdaq, where it was among the most active issues and also the percentage loss leader.
After the market closed on Wednesday, the maker of publishing software said its third-quarter earnings per share would fall short of its target, on revenue that would be 10 percent down on its previous forecast.
San Jose, California-based Adobe blamed weak sales in July, particularly in Japan and Europe, for the lowered outlook.
A string of brokerage firms cut their estimates in reaction.
Among them, Merrill Lynch analyst Jay Vleeschhouwer said he reduced his intermediate stock rating for Adobe to "neutral" from "strong buy" and lowered his third- and fourth-quarter earnings and revenue targets.
"They continue to face what a lot of other software and technology companies are facing, which is constrained demand, even for upgrades," Vleeschhouwer said, noting that sales of the latest version of its image editing software Photoshop appeared to have weakened in July.""",
         ents="""ORG: Adobe Systems Inc. | Adobe | Nasdaq | Merrill Lynch
PER: Jay Vleeschhouwer | Vleeschhouwer
LOC: San Jose | California | Japan | Europe
MISC: Photoshop""",
         sentiments={"Adobe Systems": "negative", "Merrill Lynch": "neutral"},
         events=["earnings"]),

    dict(id="en12-rnz-kathmandu-downgrade", lang="en", split="heldout6",
         date="undated (a July, from the text: five weeks left in the financial year; year not given)",
         url="https://amp.rnz.co.nz/article/18cde9e5-6d74-475a-8d1d-70bc1e5645e0",
         text="""Kathmandu shares plunged 15 percent after the listed outdoor clothing and equipment retailer issued an earnings downgrade, as sales were hit by unusually warm weather.
The Australasian company is currently estimating annual earnings before interest and tax will be 10-15 percent below that of the $63.4 million it made in the previous year.
Kathmandu said, like other retailers, sales have declined in the past five weeks due to warmer-than-usual weather, which has reduced demand for items like down jackets and thermals.
July has historically been Kathmandu's third biggest trading month of the year.
Chief executive Peter Halkett said there was still the potential for an improved performance in the remaining five weeks of its financial year if the weather returned to more normal patterns.
Hamilton Hinden Green director Grant Williamson said Kathmandu's downgrade unnerved investors.
He said it was a reflection of how difficult it was to predict consumer trends in the current environment.
Mr Williamson said a significant recovery was unlikely so it was a case of looking to the new financial reporting period to see how they do down the track.
Kathmandu's shares fell 41 cents to close at $3.15 each on Tuesday.""",
         ents="""ORG: Kathmandu | Hamilton Hinden Green
PER: Peter Halkett | Grant Williamson | Williamson""",
         sentiments={"Kathmandu": "negative", "Hamilton Hinden Green": "neutral"},
         events=["earnings"]),

    dict(id="en12-recentpoker-perform-warning", lang="en", split="heldout6",
         date="2013-12-12 (approx., a Thursday, from the URL 12-13-13)",
         url="https://www.recentpoker.com/perform-group-share-prices-12-13-13/",
         text="""Profit warning sends share price plunging.
Investors spooked by a corporate warning that Perform Group's 2013 earnings could be substantially lower than anticipated sent the share price spiralling southward Thursday.
The digital sports media company saw its share price drop over fifty percent as a result of the profit warning, occasioned by weak advertising and sponsorship results in German and US markets particularly during Q4, where the company had hoped for a major percentage of its revenues.
Perform expects turnover to sink some 6 percent, seriously impacting earnings.
In an attempt to right the ship, management announced a cost review across all aspects of the business.
CEO Simon Denyer said in a newspaper interview that Perform needs to adopt a more cautious and prudent approach, but would fundamentally change the overall strategy on international growth and acquisitions.
"There’s nothing broken about the overall strategy and the business plan,” he said.""",
         ents="""ORG: Perform Group | Perform
PER: Simon Denyer
LOC: US""",
         sentiments={"Perform Group": "negative"},
         events=["earnings"]),

    dict(id="en12-usatoday-takeda-shire", lang="en", split="heldout6", date="2018-05-08 (from the URL)",
         url="https://www.usatoday.com/story/money/2018/05/08/takeda-agrees-buy-shire-62-b-pharmaceutical-industry-deal/589419002/",
         text="""CLOSE

Takeda Pharmaceutical agrees to buy London-listed Shire for 45.3 billion pounds ($61.50 billion) after the Japanese company raises the amount of cash in its offer to secure a recommendation. Silvia Antonioli reports. Video provided by Reuters Newslook

LINKEDINCOMMENTMORE

Takeda Pharmaceutical has agreed to buy Shire PLC for $62 billion, successfully ending a takeover battle for the Ireland-based drugmaker and creating a company with leading treatments for rare diseases and other illnesses.

Terms of the proposed deal, the largest-ever international acquisition by a Japanese company, calls for Takeda to pay roughly $66.21 for each of Shire's more than 913.6 million shares. The proposed payment includes $30.33 in cash plus 0.839 of a new share of Takeda for each share of Shire.

The companies said the payment represents a 64.4% premium over the value of Shire's shares in late March, when media organizations reported news of a potential Takeda takeover.

Shareholders for both companies must approve the agreement.

More Money: As aging stores close, fitness centers and healthy eateries move in

More Money: Americans more likely to buy electric cars, AAA study finds

More Money: Which town in your state is the poorest? Here is the list

If finalized, the deal would give Takeda greater access to the U.S. and European healthcare markets. It would also create the world’s eighth-largest drugmaker, with combined sales of roughly $30 billion, The Wall Street Journal reported.

Although Shire's headquarters is in Dublin, the drugmaker has a large corporate footprint in the U.S., where it gets more than two-thirds its revenue, the Associated Press reported in March.

"Together we will be a leader in providing targeted treatments for gastroenterology, neuroscience, oncology, rare diseases and plasma-derived therapies," Takeda President and CEO Christophe Weber said.

The planned combination of the healthcare giants' drug portfolios and pipelines "is in the best """,
         boiler=["CLOSE",
                 "Takeda Pharmaceutical agrees to buy London-listed Shire for 45.3 billion pounds ($61.50 billion) after the Japanese company raises the amount of cash in its offer to secure a recommendation. Silvia Antonioli reports. Video provided by Reuters Newslook",
                 "LINKEDINCOMMENTMORE",
                 "More Money: As aging stores close, fitness centers and healthy eateries move in",
                 "More Money: Americans more likely to buy electric cars, AAA study finds",
                 "More Money: Which town in your state is the poorest? Here is the list"],
         ents="""ORG: Takeda Pharmaceutical | Takeda | Shire PLC | Shire | The Wall Street Journal | Associated Press
PER: Christophe Weber
LOC: Ireland | U.S. | Dublin""",
         sentiments={"Takeda Pharmaceutical": "positive", "Shire PLC": "positive"},
         events=["acquisition"]),

    dict(id="en12-northernecho-hsbc-jobs", lang="en", split="heldout6",
         date="2005 (approx., from the text: Michael Geoghegan heading HSBC's UK bank; no date on the page)",
         url="https://thenorthernecho.co.uk/news/6987246.hsbc-shed-3-500-staff-shake-up",
         text="""Banking group HSBC yesterday said it planned to cut up to 3,500 jobs as part of a shake-up of its UK operations.
HSBC said it would remove or redeploy the jobs, mainly at its head office or in regional management.
At the same time, the bank said it was proposing to create up to 1,000 jobs at its branches.
HSBC said the changes were intended to cut bureaucracy, streamline costs and refocus the retail bank on changing customer needs.
HSBC said redeployment and natural staff turnover would account for a significant part of the changes, which will take place during the next 24 months.
The bank said it aimed to remove 800 administrative back office roles at a branch level, but there would be no overall reduction in staff dealing with customers.
The changes are designed to improve the productivity of the group's UK banking operations, which represent a quarter of the group's profits but 33 per cent of its costs.
The UK bank also accounts for 25 per cent of the group's staff, but 30 per cent of its salary bill.
Chief executive Michael Geoghegan said the redeployment and removal of some roles would simplify the group's management structure and strip out unsustainable costs.
The only way to secure jobs in the long term was to keep the bank efficient and competitive, he said.
The bank has put aside £2m for career and financial counselling and would seek to redeploy staff in roles across the UK.
"We must make decisions now, however difficult, to manage for the future," said Mr Geoghegan.
"They have my personal commitment that we will manage this process carefully and sensitively."
Comments: Our rules
We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.
Please report any comments that break our rules.
Read the rules hereComments are closed""",
         boiler=["Comments: Our rules",
                 "We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.",
                 "Please report any comments that break our rules.", "Read the rules hereComments are closed"],
         ents="""ORG: HSBC
PER: Michael Geoghegan | Geoghegan
LOC: UK""",
         sentiments={"HSBC": "negative"},
         events=["layoffs"]),

    dict(id="en12-carriermanagement-allstate-settlement", lang="en", split="heldout6", date="2023-08-17 (from the URL)",
         url="https://www.carriermanagement.com/news/2023/08/17/251926.htm",
         text="""To settle a years-long securities class action lawsuit against it, Allstate Corp. has agreed to set up a $90 million fund for shareholders who accused the insurer of false and misleading statements regarding its auto insurance business.

According to court documents filed Aug. 14 in U.S. District Court for the Northern District of Illinois, the settlement, which needs the court’s approval, ends litigation dating back nearly seven years. Court records show dozens of filings related to consolidation, motions to dismiss, discovery and expert testimony, and finally mediation. The suit was eventually led by pension and annuity funds for Northern California Carpenters and the City of Providence.

The settlement will cover purchasers of Allstate Corp. stock from October 29, 2014 through August 3, 2015.

The class alleged Allstate in 2015 misrepresented a large spike in auto claims frequency by saying it was caused by external factors—namely miles driven and weather. However, the defendants alleged the Northbrook, Ill.-based insurer relaxed underwriting standards to grow, which caused a dramatic increase in frequency and a drop in profitability—as well as a drop in stock price.

“Allstate’s growth in auto policies was the result of underwriting less profitable and riskier business, which was causing a spike in claims frequency that would reduce overall margins and worsen the Allstate brand auto underlying combined ratio as claims from the new policies were processed, which was reflected in the largest spike in claims frequency in nearly five years and reflective of a deterioration in the quality of the business,” the original suit alleged.

If the court approves the proposed settlement, the average recovery to the class would be about $0.46 per share.

Allstate said it continues to deny the allegations of wrongdoing, that it violated any law, or that the class suffered any losses. The settlement avoids “the costs and risks of continuing the litigation” and r""",
         ents="""ORG: Allstate Corp. | Allstate | U.S. District Court for the Northern District of Illinois | Northern California Carpenters | City of Providence
LOC: Northbrook | Ill.""",
         sentiments={"Allstate Corp.": "negative"},
         events=["legal"]),

    dict(id="en12-bs-petrobras-settlement", lang="en", split="heldout6", date="2018-01-04",
         url="http://www.business-standard.com/article/pti-stories/petrobras-agrees-to-pay-nearly-usd-3-bn-to-settle-us-suit-118010400027_1.html",
         text=""" date 2018-01-04 has agreed to pay USD 2.95 billion to settle a class action suit in brought on behalf of investors harmed by a huge corruption scandal at the Brazilian state giant, the company said today.



"The agreement, which is subject to approval by the court, is intended to resolve all pending and prospective claims by purchasers of securities in the United States and by purchasers of securities that are listed for trading in the United States," said in a statement filed with Brazilian and US market regulators.



The company, which admits no guilt under the settlement, proposes making the payment in two USD 983 million installments, followed by a third payment of USD 984 million.The first payment would be made within 10 days of the settlement's preliminary approval by the judge, the second within 10 days of a definitive green light and the final one within six months or by January 15, 2019, whichever comes first.The settlement would be reflected in the company's fourth quarter 2017 earnings."The agreement does not constitute any admission of wrongdoing or misconduct by In the agreement, expressly denies liability," the statement said.The company asserted that it was a "victim" itself in the scandal, called Operation Car Wash, which is the biggest anti- corruption probe in Brazilian history.The scandal started in 2014 with the uncovering of systemic embezzlement and bribery involving a network of politicians and company executives.Some of Brazil's biggest figures and politicians have since been arrested or investigated.Petrobras, Brazil's biggest company, was cited as one of the entities at the heart of the affair, in which in it is estimated to have lost more than USD 2 billion.said in the statement it has recovered USD 450 million in funds tracked down in the probe, and "will continue to pursue all available legal remedies from culpable companies and individuals."said the""",
         ents="""ORG: Petrobras
LOC: United States | US | Brazil
MISC: Operation Car Wash""",
         sentiments={"Petrobras": "negative"},
         events=["legal"]),
]
