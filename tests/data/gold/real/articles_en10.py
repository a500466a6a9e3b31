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
]
