"""English real business articles from varied sites (Nigeria, South Africa, India, Japan, UK, Singapore, US):
deals, results, contracts, job cuts, share moves. Added after the split: all development (``split="dev"``).
Stored page text as delivered (see make_real.py for the format and the annotation rules, including the
sentiment conventions of the third session), annotated by hand before any system ran on them."""

ARTICLES = [
    dict(id="en10-premiumtimes-access-diamond", lang="en", split="dev", date="2018-12-17",
         url="https://www.premiumtimesng.com/news/headlines/301472-just-in-access-bank-moves-to-buy-diamond-bank.html",
         text="""Related News

Leaders of Access Bank and Diamond Bank will on Monday meet with the Central Bank of Nigeria (CBN) leadership on a possible acquisition deal, Channels Television reports.

Diamond Bank is currently troubled after one of its foreign investors pulled out. The bank also secured a national license and closed its international operations.

The new deal, if approved by regulators, would see Access Bank acquire Diamond Bank.

Such a deal would also have to be approved by the Nigerian Stock Exchange and other regulators.

Access Bank bought the then Intercontinental Bank after the 2009-2010 intervention in the latter by the CBN then led by Lamido Sanusi, the current Emir of Kano.

Details later….""",
         boiler=["Related News", "Details later…."],
         ents="""ORG: Access Bank | Diamond Bank | Central Bank of Nigeria | CBN | Channels Television | Nigerian Stock Exchange | Intercontinental Bank
PER: Lamido Sanusi
LOC: Kano""",
         sentiments={"Access Bank": "neutral", "Diamond Bank": "negative", "Intercontinental Bank": "neutral"},
         events=["acquisition"]),

    dict(id="en10-iol-jse-naspers-results", lang="en", split="dev",
         date="2014-08 (approx., from the text: Tencent's first-half earnings, Harmony's fourth-quarter loss)",
         url="http://www.iol.co.za/business/markets/south-africa/jse-down-naspers-retreats-from-record-1.1735625",
         text="""JSE down, Naspers retreats from record

Comment on this story
IOL image JSE interior view INDEPENDENT MEDIA The JSE is seen in this file photo: Leon Nicholas.

Johannesburg - South African stocks fell for a third straight session on Thursday after a slew of financial results knocked prices of companies such as lender Standard Bank and mining firm Harmony Gold.

Shares of e-commerce firm Naspers retreated from a record high hit the previous day, ending down 4.68 percent at 1,365.40 rand.

Naspers jumped on Wednesday after China's Tencent, in which it owns over a third, reported higher first-half earnings.

The benchmark Top-40 index dipped 0.42 percent to 45,920 while the wider All-share index was down 0.38 percent to 51,073.

Standard Bank fell 3.43 percent to 140.85 rand after it took an $80 million (R844 million) hit from its exposure to suspected metal financing fraud in China, wiping out its first-half earnings growth.

Harmony, ending 1.23 percent lower at 33.86 rand, fell to a steep fourth-quarter loss because of a 1.4 billion rand write-down on an expansion project.

Also taking a hit after posting a full-year loss was Northam Platinum, falling 1 percent to 45.50 rand.

On the upside, gainers included dual-listed foreign firms such as brewer SABMiller, which gained 1.4 percent to 575.00 rand.

“There definitely seems to be a bit of demand in some of the dual-listed shares particularly in London as opposed to the local moves because of a stronger rand,” said Ferdi Heyneke, portfolio manager at Afrifocus. - Reuters

sign up

Comment Guidelines

  1. Please read our comment guidelines.
  2. Login and register, if you haven’ t already.
  3. Write your comment in the block below and click (Post As)
  4. Has a comment offended you? Hover your mouse over the comment and wait until a small triangle appears on the right-hand side. Click triangle () and select "Flag as inappropriate". Our moderators will take action if need be.

  5. Verified email addresses: All""",
         boiler=["Comment on this story",
                 "IOL image JSE interior view INDEPENDENT MEDIA The JSE is seen in this file photo: Leon Nicholas.",
                 "sign up", "Comment Guidelines", "1. Please read our comment guidelines.",
                 "2. Login and register, if you haven’ t already.",
                 "3. Write your comment in the block below and click (Post As)",
                 "4. Has a comment offended you? Hover your mouse over the comment and wait until a small triangle appears on the right-hand side. Click triangle () and select \"Flag as inappropriate\". Our moderators will take action if need be.",
                 "5. Verified email addresses: All"],
         ents="""ORG: JSE | Naspers | Standard Bank | Harmony Gold | Harmony | Tencent | Northam Platinum | SABMiller | Afrifocus | Reuters
PER: Ferdi Heyneke
LOC: Johannesburg | China | London
MISC: Top-40 | All-share""",
         sentiments={"Naspers": "negative", "Tencent": "positive", "Standard Bank": "negative", "Harmony Gold": "negative",
                     "Northam Platinum": "negative", "SABMiller": "positive", "Afrifocus": "neutral"},
         events=["earnings"]),

    dict(id="en10-moneycontrol-surya-roshni-odisha", lang="en", split="dev",
         date="2024-01-04 (from the text: January 4, after a 52-week high on January 1, 2024)",
         url="https://www.moneycontrol.com/news/business/stocks/surya-roshni-gains-on-odisha-urban-infra-development-fund-order-11994631.html/amp",
         text="""Surya Roshni share price rose 1 percent in early trade on January 4 after the company received an order of Rs 72 crore from the Odisha Urban Infrastructure Development Fund.
At 09:22 hrs Surya Roshni was quoting at Rs 782.70, up Rs 8.40, or 1.08 percent, on the BSE.
" .... has obtained an order amounted to Rs 72 crore (with GST) from Odisha Urban Infrastructure Development Fund (OUIDF), Government of Odisha for project and maintenance of LED street lighting project in Odisha," company said exchange filing.
The order includes project and maintenance of LED public street lighting in 16 ULBs in Odisha, including Balasore, Jajpur, Keonjhar, and Mayurbhanj districts.
Catch all market action in our live blog
The company in the quarter ended September 2023 posted a 11.7 percent jump in net profit at Rs 76.01 crore.
In August 2023, the company won orders worth Rs 171.16 crore, including orders worth Rs 163 crore from BPCL for a CGD project on a pan India basis and worth Rs 8.16 crore from HPCL for supply of 3LPE coated line pipes for a CGD project in West Bengal.
The share touched a 52-week high of Rs 838.20 and a 52-week low of Rs 256.50 on January 1, 2024 and January 4, 2023, respectively.
Currently, the stock is trading 6.62 percent below its 52-week high and 205.15 percent above its 52-week low.
The share price surged 156 percent in the last 9 months.
Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!""",
         boiler=["Catch all market action in our live blog",
                 "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!"],
         ents="""ORG: Surya Roshni | Odisha Urban Infrastructure Development Fund | OUIDF | Government of Odisha | BSE | BPCL | HPCL
LOC: Odisha | Balasore | Jajpur | Keonjhar | Mayurbhanj | India | West Bengal""",
         sentiments={"Surya Roshni": "positive", "BPCL": "neutral", "HPCL": "neutral"},
         events=["partnership"]),

    dict(id="en10-nippon-jiji-tsumura-yomeishu", lang="en", split="dev", date="2026-02-25",
         url="https://www.nippon.com/en/news/yjj2026022500272/tsumura-to-acquire-yomeishu-medical-liqueur-biz.html",
         text="""Newsfrom Japan

Tokyo, Feb. 25 (Jiji Press)--Tsumura & Co., a Japanese maker of herbal medicines, said Wednesday that it will acquire Yomeishu Seizo Co.'s mainline operations, including its Yakuyo Yomeishu medical liqueur brand, for 6.8 billion yen.

Through the acquisition, Tsumura aims to expand its sales of pharmaceuticals and health functional foods and diversify its operations.

Prior to the acquisition, Yomeishu Seizo is expected to be delisted from the Tokyo Stock Exchange’s top-tier Prime section around June.

Reno Co., an investment firm, will first acquire Yomeishu Seizo shares at 4,050 yen apiece through a tender offer from Wednesday to April 8. Reno will transfer the shares to Yuzawa Co., another investment company that is Yomeishu Seizo’s current largest shareholder, to take Yomeishu Seizo private.

Tsumura then plans to take full control of Yomeishu Seizo by around August, while Yuzawa is set to acquire Yomeishu Seizo’s noncore assets including securities, real estate and solar power facilities.

[Copyright The Jiji Press, Ltd.]""",
         boiler=["Newsfrom Japan", "[Copyright The Jiji Press, Ltd.]"],
         ents="""ORG: Jiji Press | Tsumura & Co. | Tsumura | Yomeishu Seizo Co. | Yomeishu Seizo | Tokyo Stock Exchange | Reno Co. | Reno | Yuzawa Co. | Yuzawa
LOC: Tokyo
MISC: Yakuyo Yomeishu""",
         sentiments={"Tsumura & Co.": "positive", "Yomeishu Seizo Co.": "neutral", "Reno Co.": "neutral",
                     "Yuzawa Co.": "neutral"},
         events=["acquisition"]),

    dict(id="en10-grocer-mcbride-burnley", lang="en", split="dev",
         date="2011-07 (approx., from the text: the latest linked story is of 07 July 2011, closure planned for next March)",
         url="https://thegrocer.co.uk/news/mcbride-to-close-burnley-site/219726.article",
         text="""McBride has announced plans to close its Burnley factory next March.
Production at the site, which makes trigger sprays, all purpose cleaners, and liquid sachets, will move to its Bradford, Manchester and Hull sites under the plans.
McBride said it would try to find jobs for the 300 full time workers and 50 temporary staff at its other facilities, but expected redundancies.
A spokesman said it had earmarked the Burnley site for closure because it offered no scope for the expansion that would be required to absorb its other sites.
"A number of factors have influenced these proposals, most significantly the extremely challenging economic and trading environment and the need to drive down our cost base and improve our operational efficiency to remain competitive," the company said in a statement.
"Formal consultation has begun with the Works Council on the proposals. Should the proposals go ahead every effort will be made to provide the
employees affected with a full programme of support and where possible redeployment opportunities will be explored."
Under the consultation, employees at McBride will have a chance to question and challenge the proposals and suggest alternatives, HR director Malcolm
Allan said. The consultation on the proposals will run for 90 days. If the closure goes ahead, a redundancy consultation would begin in mid-October.
A trading update issued by the company earlier this month reported growth of just 1% in the year to 30 June. The growth was driven by central and eastern
Europe, which offset "difficult trading conditions" in the UK. The closure would leave four McBride factories in the UK and a further 13 in Europe.
Read more
McBride to streamline as sales stagnate (07 July 2011)
Raw materials costs hit McBride profits (3 May 2011)
McBride blames materials costs for slump in profits (8 February 2011)
Production at the site, which makes trigger sprays, all purpose cleaners, and liquid sachets, will move to its Bradford, Manchester and Hull sites""",
         boiler=["Read more", "McBride to streamline as sales stagnate (07 July 2011)",
                 "Raw materials costs hit McBride profits (3 May 2011)",
                 "McBride blames materials costs for slump in profits (8 February 2011)",
                 "Production at the site, which makes trigger sprays, all purpose cleaners, and liquid sachets, will move to its Bradford, Manchester and Hull sites"],
         ents="""ORG: McBride | Works Council
PER: Malcolm\\nAllan
LOC: Burnley | Bradford | Manchester | Hull | UK | Europe""",
         sentiments={"McBride": "negative"},
         events=["layoffs"]),

    dict(id="en10-bizinsider-za-jse-warning", lang="en", split="dev",
         date="2019-06 (approx., from the URL and the text: a warning on the six months to end-June)",
         url="https://www.businessinsider.co.za/jse-trading-update-2019-6",
         text="""jse share
JSE's share price. Source: Sharenet
  • JSE Limited, which operates the Johannesburg Stock Exchange, saw its share price slump by 10% on Monday.
  • The company warned that its interim headline earnings will up to 35% longer than in 2018.
  • Trading volumes on the JSE look depressed, with foreigners bailing on local shares.
  • For more stories, go to Business Insider SA.


On Monday morning, JSE Limited, which operates Africa’s biggest stock exchange, warned that its profit for the six months to end-June will be up to 35% lower than in the same period last year.

This triggered a painful slump, which wiped out more than R1 billion of its market capitalisation. By late afternoon, its share price was down almost 10%.

The JSE makes most of its money from trading fees, which are levied when investors buy and sell shares and other investments that are listed on the exchange.

Trading in shares has been depressed, with foreigners – which own more than 40% of the shares on the JSE – bailing out of the local market.

In the year to date, foreigners have sold R31 billion more South African shares than they bought, according to an analysis by economics platform South African Market Insights. In the same period in 2018, foreigners were net buyers of R6.4 billion in local shares.

Last week alone, only 1.7 billion shares were traded on the JSE – compared to more than 3 billion in the same week last year, a fall of 43%.

From being the 16th largest stock exchange in the world at the end of last year, the JSE is now number 19. 

On Monday, the JSE said while its results were “disappointing”, it "largely reflects the reality of the difficult economic environment in South Africa which, in turn, impacts investor appetite”.

Its profitability has also been hurt by spending on new staff and technology, as well as its decision to lower trading fees. This comes as the JSE, for the first time in its 130-year history, is facing competition from new bour""",
         boiler=["jse share", "JSE's share price. Source: Sharenet", "• For more stories, go to Business Insider SA."],
         ents="""ORG: JSE Limited | Johannesburg Stock Exchange | JSE | South African Market Insights
LOC: Africa | South Africa""",
         sentiments={"JSE Limited": "negative", "South African Market Insights": "neutral"},
         events=["earnings"]),

    dict(id="en10-reuters-rotary-engineering-tankstore", lang="en", split="dev", date="2013-01-31",
         url="http://in.reuters.com/article/markets-singapore-stocksnews-rotary-idINL4N0B031L20130131",
         text=""" date 2013-01-31 Shares of Rotary Engineering Ltd surged to the highest in nearly nine months after it won a S$300 million ($242.9 million) contract from Tankstore, a petroleum storage company, to carry out work on the expansion of an oil terminal.

Rotary shares jumped as much as 12.8 percent to S$0.615, the strongest intra-day level since early May last year, after a trading halt was lifted. Around 6.6 million shares changed hands, 7.2 times the average full-day volume over the past 30 days.

Rotary will be involved in the engineering design, procurement and construction of an 800,000 cubic metre facility in Pulau Busing, an island off the south-western coast of Singapore, the company said.

With the latest two-year contract, Rotary's order book stands at around S$750 million.""",
         ents="""ORG: Rotary Engineering Ltd | Rotary | Tankstore
LOC: Pulau Busing | Singapore""",
         sentiments={"Rotary Engineering Ltd": "positive", "Tankstore": "neutral"},
         events=["partnership"]),

    dict(id="en10-ndtvprofit-rvnl-mp-order", lang="en", split="dev",
         date="2024-02 (approx., from the text: MSCI's February rejig)",
         url="https://www.ndtvprofit.com/buzzing-stocks/rvnl-shares-jump-over-9-after-bagging-order-from-madhya-pradesh-electricity-board",
         text="""Shares of Rail Vikas Nigam Ltd. jumped over 9% on Tuesday after it won orders from Madhya Pradesh Paschim Kshetra Vidyut Vitran Co.

The company emerged as the lowest bidder for an order worth Rs 106.37 crore, which is expected to be completed in 24 months, according to an exchange filing.

The stock surged even as MSCI, in its February rejig, removed the stock from the MSCI Emerging Markets Small Cap Index.""",
         ents="""ORG: Rail Vikas Nigam Ltd. | Madhya Pradesh Paschim Kshetra Vidyut Vitran Co. | MSCI
MISC: MSCI Emerging Markets Small Cap Index""",
         sentiments={"Rail Vikas Nigam Ltd.": "positive", "Madhya Pradesh Paschim Kshetra Vidyut Vitran Co.": "neutral",
                     "MSCI": "neutral"},
         events=["partnership"]),

    dict(id="en10-spglobal-sterling-keystone", lang="en", split="dev",
         date="2016-07-19 (approx., from the text: Reuters report of July 19, naira peg abandoned in June)",
         url="https://www.spglobal.com/marketintelligence/en/news-insights/trending/c6ri7z3hnhycualguejxya2",
         text="""trending Market Intelligence /marketintelligence/en/news-insights/trending/c6Ri7z3hnHYcualgUEjXyA2 content esgSubNav
In This List

Report: Nigerian lender drops plan to acquire nationalized rival

Blog

Bank failures: The importance of liquidity and funding data

Blog

Staying Strong in Volatile Markets: How Banks Can Overcome Challenges to Funding and Lending

Blog

Silicon Valley Bank Uncovering Regional Bank Stress with Equity Driven Credit Models

Case Study

A Scorecard Approach Helps a Bank Assess Credit Risks with Smaller Companies


Report: Nigerian lender drops plan to acquire nationalized rival

The CFO of Sterling Bank Plc said the Nigerian bank has abandonedits plans to buy nationalized Keystone Bank Ltd. and is looking for other targets,Reuters reported July 19.

Abubakar Suleiman told the newswire that the bank ended thetalks after concluding that Keystone Bank was not a "strong enough"strategic fit, but that it remains committed to its strategic of acquiring a local rivaland will "evaluate all the options," including new candidates as theycome into the market.

He added that the bank would first examine the impact of the30% fall in the value of the Nigerian naira in June, when the country's centralbank abandoned its 16-month-old peg of 197 naira to $1 in a bid to resolve thecountry's chronic dollar shortage.

Meanwhile, Suleiman said Sterling Bank has completed bookbuilding for a 35 billion naira bond sale, but will begin by raising 20% of thatamount after it receives regulatory approval to measure the market's appetite,the newswire reported.

"Once we see that the structure is acceptable andyields are moderate, we will complete series one this year," Suleiman toldReuters. "If the market remains turbulent, we will do it next year."

As of July 19, US$1was equivalent to 293.25 Nigerian naira.""",
         boiler=["trending Market Intelligence /marketintelligence/en/news-insights/trending/c6Ri7z3hnHYcualgUEjXyA2 content esgSubNav",
                 "In This List", "Blog", "Bank failures: The importance of liquidity and funding data",
                 "Staying Strong in Volatile Markets: How Banks Can Overcome Challenges to Funding and Lending",
                 "Silicon Valley Bank Uncovering Regional Bank Stress with Equity Driven Credit Models",
                 "Case Study", "A Scorecard Approach Helps a Bank Assess Credit Risks with Smaller Companies"],
         ents="""ORG: Sterling Bank Plc | Sterling Bank | Keystone Bank Ltd. | Keystone Bank | Reuters
PER: Abubakar Suleiman | Suleiman""",
         sentiments={"Sterling Bank": "neutral", "Keystone Bank": "negative"},
         events=["funding"]),

    dict(id="en10-bioworld-shionogi-torii-akros", lang="en", split="dev", date="2025-05 (from the page)",
         url="https://www.bioworld.com/articles/720025-shionogi-to-acquire-japan-tobacco-pharma-companies-for-11b?v=preview",
         text=""" date 2025-05 Shionogi to acquire Japan Tobacco pharma companies for $1.1B

Shionogi & Co. said it plans to acquire Japan Tobacco Inc. (JT) subsidiaries Torii Pharmaceutical Co. and Akros Pharma Inc. for ¥160 billion (US$1.1 billion) to expand its global R&D business. The two companies have been negotiating since early 2024, and the deal is structured such that a tender offer will begin on June 18 with an offer price of ¥6,350 per share to buy at least 11.89% of the minority stake, JT told BioWorld.""",
         ents="""ORG: Shionogi & Co. | Shionogi | Japan Tobacco Inc. | Japan Tobacco | JT | Torii Pharmaceutical Co. | Akros Pharma Inc. | BioWorld""",
         sentiments={"Shionogi & Co.": "positive", "Japan Tobacco Inc.": "neutral", "Torii Pharmaceutical Co.": "neutral",
                     "Akros Pharma Inc.": "neutral"},
         events=["acquisition"]),

    dict(id="en10-fin24-sasol-telkom-sabmiller", lang="en", split="dev", date="2016-06-06 (from the URL)",
         url="http://www.fin24.com/Markets/Equities/drop-in-sasol-telkom-profits-drag-down-jse-20160606",
         text="""Share

Telkom shines on JSE

Johannesburg - The JSE on Monday morning focused on company results, with two of the biggest companies on the bourse - Sasol [JSE:SOL] and Telkom [JSE:TKG] - both announcing a sharp drop in profit.

Sasol’s share price lost 9% on a warning that full-year profit will fall as much as 30%, as the world’s biggest producer of fuel from coal is hurt by lower crude prices and an impairment of R11.5bn on its share of a shale gas asset in Canada because of a decline in natural gas prices.

READ: Sasol profit to drop 30% on R11.5bn charges, lower oil price

Telkom announced a drop of 27% in full-year profit, but the share price gained more than 9% as investors seemed to be satisfied with the success of the company’s turnaround plan which will be completed in the current financial year.

READ: Telkom records lower profits amid job cuts

SABMiller [JSE:SAB] was more than 2.54% lower at R936.99 on news that the Food and Allied Workers Union plans to appeal a decision to clear Anheuser-Busch InBev’s [JSE:ANB] takeover of fellow brewer SABMiller next week, citing concerns that participants in an employee share programme aren’t being fairly compensated. The union believes that participants must be paid the same as SABMiller shareholders.

As a result of the sharp drop in major share prices, the Industrial index was already 1.16% down by mid-morning on Monday, which in turn pulled the major indices lower. The All-share index was at that stage 0.73% softer at 53 864 points and the Top 40-index 0.87% down at 47 667 points.

The news that Standard & Poor's did not downgrade South Africa’s credit rating on Friday night has already been discounted by the market and investors are now focusing on the rating agency’s warning that a downgrade is still possible if the economy is not turned around soon.

The Financial index, which will be hurt by such a downgrade, was already 0.77% lower by mid-morning with FirstRand [JSE:FSR] 1.25% down at R45.03.""",
         boiler=["Share", "READ: Sasol profit to drop 30% on R11.5bn charges, lower oil price",
                 "READ: Telkom records lower profits amid job cuts"],
         ents="""ORG: JSE#0,1 | Sasol | Telkom | SABMiller | Food and Allied Workers Union | Anheuser-Busch InBev | Standard & Poor's | FirstRand
LOC: Johannesburg | Canada | South Africa
MISC: All-share | Top 40""",
         sentiments={"Sasol": "negative", "Telkom": "mixed", "SABMiller": "negative", "Anheuser-Busch InBev": "neutral",
                     "Standard & Poor's": "neutral", "FirstRand": "negative"},
         events=["earnings", "legal"]),

    dict(id="en10-inkl-birminghampost-pladis-mcvities", lang="en", split="dev",
         date="2022 (approx., from the text: rising inflation and energy costs after the pandemic)",
         url="https://d33gy59ovltp76.cloudfront.net/news/almost-160-jobs-at-risk-at-mcvities-manchester-factory",
         text="""Get all your news in one place.
100’s of premium titles.
One app.
Start reading
Birmingham Post
Birmingham Post
Business
Jon Robinson

Almost 160 jobs at risk at McVities' Manchester factory

Almost 160 jobs have been put at risk at the McVities site in Manchester by owner Pladis, the global confectionary and snack company

A total of 159 roles are now "subject to a full and meaningful consultation with employee representatives", out of a total 470 jobs at the time.

The company said its proposals "seeks to address growing external headwinds such as rising inflation, increasing energy costs and supply chain disruption pushing up production costs, at a time when the business faces a change in consumer demand".

READ MORE: Boohoo shares rise sees Norway's central bank cash in

It added that Manchester remains a "critical part" of its operations in the UK but that the factory’s operating model is "no longer sustainable and must be addressed as part of the proposed changes".

Nina Sparks, vice president of supply chain Pladis UK & Ireland, said: "We understand this news will be very difficult for those in Manchester. Our Manchester factory remains an important part of our UK business and our priority now is to provide our colleagues with clear guidance and the right support as we start the proposed consultation process.

"Pladis is the proud custodian of some of the world’s best-loved snacking brands and we believe strongly in their enduring consumer appeal.

"But, like many other businesses, we are grappling with new and growing external pressures. We must, therefore, review and consider appropriate steps to safeguard the future of our whole business."

Dave Gill, Usdaw national officer, added: "This is devastating news for our members, many of whom have given long service to the company and all worked throughout the pandemic when food manufacturing was identified as an essential service.

"We will now enter into meaningful consultation talks with the company, wh""",
         boiler=["Get all your news in one place.", "100’s of premium titles.", "One app.", "Start reading",
                 "Birmingham Post", "Business", "Jon Robinson",
                 "READ MORE: Boohoo shares rise sees Norway's central bank cash in"],
         ents="""ORG: McVities | Pladis | Pladis UK & Ireland | Usdaw
PER: Nina Sparks | Dave Gill
LOC: Manchester | UK""",
         sentiments={"Pladis": "negative", "McVities": "negative", "Pladis UK & Ireland": "negative"},
         events=["layoffs"]),

    dict(id="en10-dawn-psx-results-roundup", lang="en", split="dev",
         date="2018-02 (approx., from the text: half year ended Dec 31, 2017)",
         url="https://www.dawn.com/news/1391377/psx-first-half-profit-plunges-34pc",
         text="""KARACHI: The Pakistan Stock Exchange Ltd (PSXL) posted a profit after tax (PAT) of Rs71 million for the half year ended Dec 31, 2017, down 34 per cent from Rs108m in the corresponding period last year.

The earnings per share decreased to Rs0.09 from Rs0.13. An interim dividend of Rs0.05 per share was also declared. For the second quarter, the company incurred a loss of Rs8.4m in contrast to PAT of Rs76m in the same quarter last year. Huge decline in revenues from the ‘listing fee’ and ‘income from exchange operations’ together with increase in ‘taxation’ dented PSX’s profitability.

General Tyre earnings dip: The company posted PAT for 1HFY18 at Rs427m (EPS: Rs7.14), reflecting a decrease of 24pc over PAT at Rs563m (EPS: Rs9.42) in the first half of last year. The revenues rose 24pc to Rs5.851bn, from Rs4.699bn. For the quarter ended Dec 31, 2017, the tyre producer earned PAT at Rs174m, down 47pc year-on-year from Rs328m.

Kot Addu earnings soar: The power producer posted a profit of Rs2.214 billion (EPS: Rs2.52) for the quarter ended Dec 31, 2017, up 19pc over Rs1.853bn (EPS: Rs2.11) in the corresponding quarter last year.

The board declared an interim cash dividend of Rs4.35. For the half year, the profit grew 5pc year-on-year to Rs4.395bn from Rs4.172bn.

Nishat Mills profit surges: The entity posted PAT at Rs2.59bn (EPS: Rs6.27) for the quarter ended Dec 31, 2017, growing by 43pc year-on-year over Rs1.81bn (EPS: Rs4.26). The second quarter revenue amounted to Rs20.146bn, representing a growth of 4.7pc from Rs19.231bn. For 1HFY18, PAT stood at Rs4.668bn (EPS: Rs10.97), higher by 23pc over PAT at Rs3.782bn (EPS: Rs8.84) in the same period of 2016.

Indus profits rise 21pc: Indus Motor Company posted PAT at Rs7.36bn (EPS: Rs93.69) for 1HFY18, up 21pc versus Rs6.07bn (EPS: Rs77.28) in the same period last year. Sales revenue rose to Rs63.3bn from Rs51.4bn for the same period last year.

The increase in revenues and profits is mainly due to the higher""",
         ents="""ORG: Pakistan Stock Exchange Ltd | PSXL | PSX | General Tyre | Kot Addu | Nishat Mills | Indus Motor Company | Indus
LOC: KARACHI""",
         sentiments={"Pakistan Stock Exchange Ltd": "negative", "General Tyre": "negative", "Kot Addu": "positive",
                     "Nishat Mills": "positive", "Indus Motor Company": "positive"},
         events=["earnings"]),

    dict(id="en10-fool-au-a2milk-appen-fallers", lang="en", split="dev", date="2021-05-10 (from the URL)",
         url="https://fool.com.au/2021/05/10/why-a2-milk-american-pacific-borate-appen-incitec-pivot-are-tumbling-lower",
         text="""The S&P/ASX 200 Index (ASX: XJO) is on course to start the week with a strong gain. At the time of writing, the benchmark index is up 0.95% to 7,148.8 points.
Four ASX shares that have failed to follow the market higher today are listed below. Here's why they are tumbling lower:
A2 Milk Company Ltd (ASX: A2M)
The A2 Milk share price has crashed 12% to $6.14. Investors have been selling the fresh milk and infant formula company's shares after it downgraded its FY 2021 guidance for the fourth time. The company now expects revenue of NZ$1.2 billion to NZ$1.25 billion with EBITDA of NZ$132 million to NZ$150 million. The latter will be down 73% to 76% year on year. This was driven by sustained weakness in the daigou channel and a massive NZ$103 million to NZ$113 million inventory provision.
American Pacific Borates Ltd (ASX: ABR)
The American Pacific Borates share price is down 32% to $1.58. This morning the mineral exploration company announced that a decision has been made to defer construction of Phase 1A of the Fort Cady Borate Mine. Instead, the company intends to focus on a larger borate operation and production of borate specialties in combination with sales of boric acid.
Appen Ltd (ASX: APX)
The Appen share price has continued its slide and is down a further 6% to $11.56. Investors have been selling the artificial intelligence (AI) data services company's shares following the release of a presentation last week. While management spoke positively about its position in the industry, it also revealed that its customers are changing the ways in which they develop projects. The failure of management to comment on its guidance for FY 2021 also hit investor sentiment.
Incitec Pivot Ltd (ASX IPL)
The Incitec Pivot share price has sunk over 9% to $2.44. Investors have been selling the industrial chemicals company's shares following a further update on the Waggaman ammonia plant. According to the release, the plant restarted again in April as expected. However, after oper""",
         ents="""ORG: A2 Milk Company Ltd | A2 Milk | American Pacific Borates Ltd | American Pacific Borates | Appen Ltd | Appen | Incitec Pivot Ltd | Incitec Pivot | ASX#1
LOC: Fort Cady Borate Mine | Waggaman
MISC: S&P/ASX 200 Index""",
         sentiments={"A2 Milk Company Ltd": "negative", "American Pacific Borates Ltd": "negative", "Appen Ltd": "negative",
                     "Incitec Pivot Ltd": "negative"},
         events=["earnings"]),

    dict(id="en10-ghanabusinessnews-unik-haige-mou", lang="en", split="dev", date="2010-04-06 (from the URL)",
         url="https://ghanabusinessnews.com/2010/04/06/chinese-investors-to-assemble-farming-equipment-in-ghana",
         text="""Chinese investors to assemble farming equipment in Ghana

Two Ghanaian companies, Unik Dezines Ltd and SpeedGold Ghana Limited have signed an MoU with a group of Chinese Investors to assemble farming equipment and other manufacturing ventures.

The Chinese investors were in Ghana for a presentation and to sign an MoU for the construction of 10 multi-million dollar factories by the end of the year.

The factories would assemble farming equipment, including tricycles and Tarpaulins and also go into the production of salt and sugar as well as socks and towel manufacturing.

Mr Dennis Anderson, Chief Executive Officer of Unik Dezines and Peng Ye Zhen, Chairman of Haige Industries, China, singed the agreement in the presence of officials from the Chinese Embassy in Ghana. Mr Anderson said an initial investment of over 300 million dollars had been earmarked for the projects, which would employ about 1,000 Ghanaians.

He said the factories would be sited across the country, especially where the firms could reach out easily to the West African markets. Mr Kofi Attor, a government official, who chaired the function, asked agencies responsible for facilitating the work to help speed up the process to ensure the project got underway by the close of the year.

Source: GNA

No Comments
  1. Mr Anthony says

    well,i will like to know the price of a tracter and i want to know if i can buy it on credit.thanks

Leave A Reply

Your email address will not be published.

Shares""",
         boiler=["Source: GNA", "No Comments", "1. Mr Anthony says",
                 "well,i will like to know the price of a tracter and i want to know if i can buy it on credit.thanks",
                 "Leave A Reply", "Your email address will not be published.", "Shares"],
         ents="""ORG: Unik Dezines Ltd | Unik Dezines | SpeedGold Ghana Limited | Haige Industries | Chinese Embassy
PER: Dennis Anderson | Anderson | Peng Ye Zhen | Kofi Attor
LOC: Ghana | China""",
         sentiments={"Unik Dezines Ltd": "positive", "SpeedGold Ghana Limited": "positive", "Haige Industries": "positive"},
         events=["partnership", "funding", "expansion"]),
]
