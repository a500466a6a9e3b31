"""English real business articles for the second held-out set (``split="heldout2"``): annotated by hand
before any system ran on them; never tuned on, never listed error by error (aggregate figures only).

Stored page text as delivered (see make_real.py for the format and the annotation rules).
"""

ARTICLES = [
    dict(id="en5-reuters-stagestores-bankruptcy", lang="en", split="heldout2", date="2020-05-11",
         url="https://www.reuters.com/article/us-stage-stores-bankruptcy/stage-stores-files-for-bankruptcy-as-pandemic-chokes-sales-idUSKBN22N08P",
         text=""" date 2020-05-11 (Reuters) - Stage Stores Inc (SSI.N) filed for Chapter 11 bankruptcy late on Sunday, the latest casualty of the coronavirus pandemic, following the collapse of luxury store chain Neiman Marcus and apparel retailer J. Crew Group Inc.

The discount department store operator said it would seek bids for the business or any of its assets and initiate wind-down of its operations. Stage Stores added that if it receives a viable going-concern bid, it would terminate the wind-down plans at certain locations.

Many retailers have had to close their stores, furlough employees, suspend dividend and tap into credit facilities to survive the financial hit caused by lockdown measures put in place to curb the spread of the pandemic.

“The increasingly challenging market environment was exacerbated by the COVID-19 pandemic, which required us to temporarily close all of our stores and furlough the vast majority of our associates,” Chief Executive Officer Michael Glazer said in a statement.

“Given the conditions, we have been unable to obtain necessary financing and have no choice but to take these actions.”

The Houston, Texas-based company said it expects to reopen about 557 stores on May 15, and about 67 stores in the second phase by May 28, and the remainder stores next month.

The company listed both assets and liabilities between $500 million and $1 billion, according to a filing with the U.S. Bankruptcy Court for the Southern District of Texas.

Last month, Reuters reported that Stage Stores Inc had asked vendors for more time to pay bills and other concessions as the company was hoping to avoid a bankruptcy filing.""",
         ents="""ORG: Reuters | Stage Stores Inc | Stage Stores | Neiman Marcus | J. Crew Group Inc. | U.S. Bankruptcy Court for the Southern District of Texas
PER: Michael Glazer
LOC: Houston | Texas
MISC: Chapter 11""",
         sentiments={"Stage Stores": "negative", "Neiman Marcus": "neutral", "J. Crew Group": "neutral"},
         events=["bankruptcy"]),

    dict(id="en5-cheddar-illumina-ceo", lang="en", split="heldout2",
         date="2023-06-11 (approx., from the text: a Sunday after the late-May shareholder vote)",
         url="https://www.cheddar.com/media/illumina-ceo-resigns-amid-pressure-from-activist-investor-carl-icahn/?contentFeatureId=f0fi9OZO7sZD1ld&contentQuery=%7B%22includeSections%22%3A%22%2Fbusiness%22%2C%22feedSize%22%3A10%2C%22feedOffset%22%3A826%2C%22excludeSections%22%3A%22%2Fhome%22%7D",
         text="""Gene sequencing test maker Illumina Inc. said Sunday that its board has accepted the resignation of its CEO and director, Francis deSouza, effective immediately.
Charles Dadswell, senior vice president and general counsel, has been named interim CEO, while the board conducts a search for a new CEO. Illumina said deSouza, who has been with the company since 2013 and was named CEO three years later, will stay on in an advisory capacity until July 31.
“Illumina’s technology remains at the forefront of DNA sequencing and has continued to set the pace for the industry,” Illumina's board chair, Stephen P. MacMillan, said in a statement. “We are confident Illumina can continue to execute on its goals, while we conduct and complete a CEO search process.”
The company, based in San Diego, said the board is looking at internal and external candidates.
The resignation comes as Illumina has been locked in a monthslong heated battle with activist investor Carl Icahn, over its $7.1 billion acquisition of cancer test maker Grail that has faced regulatory hurdles. Icahn had urged shareholders to vote out its chairman, John Thompson, and deSouza. Company shareholders voted out Thompson in late May.
Resale platforms do big business – and Mercari just became the first in the U.S. to eliminate all fees for sellers and completely changed how returns work on its platform.
e.l.f.’s affordable price point and makeup and skincare options made it a social media darling – and the company’s CEO says the company even gets product ideas from its audience.
Nearly 40% of Americans choose travel over financial stability, funding trips on credit and sacrificing other budget line items to take a vacation — because live fast or die trying.
Disney shareholders have rallied behind longtime CEO Robert Iger. They voted Wednesday to rebuff activist investor Nelson Peltz and his ally, former Disney chief financial officer Jay Rasulo.
Student loan borrowers have the ability to earn retirem""",
         boiler=["Resale platforms do big business – and Mercari just became the first in the U.S. to eliminate all fees for sellers and completely changed how returns work on its platform.",
                 "e.l.f.’s affordable price point and makeup and skincare options made it a social media darling – and the company’s CEO says the company even gets product ideas from its audience.",
                 "Nearly 40% of Americans choose travel over financial stability, funding trips on credit and sacrificing other budget line items to take a vacation — because live fast or die trying.",
                 "Disney shareholders have rallied behind longtime CEO Robert Iger. They voted Wednesday to rebuff activist investor Nelson Peltz and his ally, former Disney chief financial officer Jay Rasulo.",
                 "Student loan borrowers have the ability to earn retirem"],
         ents="""ORG: Illumina Inc. | Illumina | Grail
PER: Francis deSouza | deSouza | Charles Dadswell | Stephen P. MacMillan | Carl Icahn | Icahn | John Thompson | Thompson
LOC: San Diego""",
         sentiments={"Illumina": "negative", "Grail": "neutral"},
         events=["leadership_change"]),

    dict(id="en5-nasdaq-mazda-panasonic", lang="en", split="heldout2", date="2024-03-29",
         url="https://www.nasdaq.com/articles/mazda-and-panasonics-energy-unit-sign-auto-battery-supply-agreement",
         text=""" date 2024-03-29 News & Insights

Mazda and Panasonic's energy unit sign auto battery supply agreement

Credit: REUTERS/REGIS DUVIGNAU

March 29, 2024 — 03:06 am EDT

Written by Daniel Leussink for Reuters ->

TOKYO, March 29 (Reuters) - Japanese automaker Mazda Motor 7261.T and the energy unit of Panasonic Holdings 6752.T said on Friday they have signed an automotive battery supply agreement.

The deal comes out of talks about a battery supply partnership for electric vehicles that Mazda and Panasonic Energy started in June last year. Panasonic Energy also makes batteries for Tesla TSLA.O.

Mazda and Panasonic Energy said in a joint statement they will disclose at an appropriate time details of the partnership for the supply of cylindrical automotive lithium-ion batteries.

The agreement is likely to help Mazda step up production of EVs as part of a 1.5 trillion-yen ($9.9 billion) spending plan it unveiled in late 2022.

Panasonic Energy has also been in talks with Japanese automaker Subaru 7270.T to set up a separate partnership for the supply of cylindrical automotive lithium-ion batteries.""",
         boiler=["date 2024-03-29 News & Insights", "Credit: REUTERS/REGIS DUVIGNAU",
                 "March 29, 2024 — 03:06 am EDT", "Written by Daniel Leussink for Reuters ->"],
         ents="""ORG: Mazda Motor | Mazda | Panasonic | Panasonic Holdings | Panasonic Energy | Tesla | Subaru | Reuters
LOC: TOKYO""",
         sentiments={"Mazda Motor": "positive", "Panasonic Holdings": "positive", "Panasonic Energy": "positive",
                     "Tesla": "neutral", "Subaru": "neutral"},
         events=["partnership"]),

    dict(id="en5-nzherald-motorola-profit", lang="en", split="heldout2",
         date="2006-10 (approx., from the text: third-quarter results the day after IBM and Intel, the day before Nokia)",
         url="https://nzherald.co.nz/business/companies/telecommunications/motorola-slumps-on-slow-sales/6K7FLQPRGDQRVUSJ5CTUOA6XL4",
         text="""NEW YORK - Shares of Motorola, the world's second-biggest maker of mobile phones, may fall further after the company reported a 45 per cent drop in third-quarter profit and missed its sales forecast.
Motorola, based in Schaumburg, Illinois, posted the slowest sales growth in five years after shipping fewer phones than it anticipated. Sales this period may not match analysts' average estimate of US$12.1 billion ($18.2 billion), the company said.
Motorola's report may signal demand is waning for mobile phones and the equipment that runs them. Market leader Nokia plans to report earnings today. Results yesterday from IBM and Intel, while better than some analysts estimated, weren't enough to spark optimism about the quarter.
"I'm overall lukewarm based on these results," said Daniel Morgan, at Synovus Investment Advisers in Florida. "Motorola wasn't as bad as the headlines, IBM was OK, and Intel still has things to worry about."
Shares of Motorola dropped US$1.87, or 7.5 per cent, to US$22.98 in extended NYSE trading. Should the decline continue in regular trading, the drop would be the biggest since January.
- BLOOMBERG
Motorola slumps on slow sales
AdvertisementAdvertise with NZME.""",
         boiler=["- BLOOMBERG", "AdvertisementAdvertise with NZME."],
         ents="""ORG: Motorola | Nokia | IBM | Intel | Synovus Investment Advisers | NYSE
PER: Daniel Morgan
LOC: NEW YORK | Schaumburg | Illinois | Florida""",
         sentiments={"Motorola": "negative", "Nokia": "neutral", "IBM": "positive", "Intel": "mixed",
                     "Synovus Investment Advisers": "neutral"},
         events=["earnings"]),

    dict(id="en5-axios-flutterwave-funding", lang="en", split="heldout2", date="2022-02-16",
         url="https://www.axios.com/flutterwave-becomes-africas-most-valuable-startup-7e24ce7e-10f3-4b2c-8d33-e4c35ed0f9e3.html",
         text=""" date 2022-02-16 Flutterwave, a Lagos-based digital payments platform, raised $250 million in Series D funding led by B Capital Group at a valuation north of $3 billion.

Why it matters: This makes Flutterwave the most valuable startup in Africa, topping OPay and Chipper Cash. It also comes amid a funding boom for fintechs operating in countries like Nigeria, where over half the population is unbanked.

Other investors include Alta Park Capital, Whale Rock, Lux Capital and insiders Avenir Growth, Tiger Global, Glynn Capital, Green Visor and Salesforce Ventures.

The bottom line: "While Nigeria's banks allow for easy digital payments, more than 90% of transactions are still performed in cash, providing a huge opportunity for new entrants. Investors are betting on growth despite Nigeria's moribund economy, rampant joblessness and soaring inflation." — Neil Munshi, FT""",
         ents="""ORG: Flutterwave | B Capital Group | OPay | Chipper Cash | Alta Park Capital | Whale Rock | Lux Capital | Avenir Growth | Tiger Global | Glynn Capital | Green Visor | Salesforce Ventures | FT
PER: Neil Munshi
LOC: Lagos | Africa | Nigeria""",
         sentiments={"Flutterwave": "positive", "B Capital Group": "neutral", "OPay": "neutral",
                     "Chipper Cash": "neutral", "Alta Park Capital": "neutral", "Whale Rock": "neutral",
                     "Lux Capital": "neutral", "Avenir Growth": "neutral", "Tiger Global": "neutral",
                     "Glynn Capital": "neutral", "Green Visor": "neutral", "Salesforce Ventures": "neutral"},
         events=["funding"]),

    dict(id="en5-benefitscanada-wellsfargo-settlement", lang="en", split="heldout2",
         date="2023-05-16 (approx., from the text: preliminary approval on a Tuesday, settlement filed the Monday before, cap since 2018)",
         url="https://www.benefitscanada.com/canadian-investment-review/public-equities/wells-fargo-agrees-to-pay-1bn-to-public-retirement-plan-members-to-settle-class-action-lawsuit/",
         text="""Wells Fargo has agreed to a pay US$1 billion to settle a lawsuit filed by its two public sector pension plans who alleged the bank made misleading statements about its compliance with federal regulators after a fake account-opening scandal came to light in 2016.

The class action lawsuit was filed on behalf of members of the Employees’ Retirement System of Rhode Island, a hybrid pension plan that combines elements of defined benefit and defined contribution models, and the Mississippi Public Employees’ Retirement System, a defined benefit plan. A federal judge in New York on Tuesday granted preliminary approval of the settlement that was filed late Monday.

Wells Fargo has been sanctioned repeatedly by U.S. regulators for violations of consumer protection laws going back to 2016, when employees were found to have opened millions of accounts illegally in order to meet unrealistic sales goals. In addition to inflating sales figures that boosted the company’s stock, the actions by Wells’ employees caused damage to customers’ credit scores and cost some of them money in fees.

Read: Ontario judge cautions FSRA in certification of Brewers Retail pension class action

San Francisco-based Wells remains under a Federal Reserve order forbidding the bank from growing any larger until the Fed deems that its internal oversight problems are resolved. That order, originally enacted in 2018, was expected to last only a year or two.

The shareholder lawsuit alleged that between May 2018 and March 2020, the bank and its senior executives “repeatedly told investors that regulators were satisfied with the bank’s progress under the consent orders and that the asset cap would be timely removed.”

However, federal regulators didn’t lift the cap and more scandals surfaced.

In a statement about the settlement Tuesday, Wells Fargo said: “While we disagree with the allegations in this case, we are pleased to have resolved this matter.”

Last last year, Wells agreed to""",
         boiler=["Read: Ontario judge cautions FSRA in certification of Brewers Retail pension class action"],
         ents="""ORG: Wells Fargo | Wells | Employees’ Retirement System of Rhode Island | Mississippi Public Employees’ Retirement System | Federal Reserve | Fed
LOC: New York | U.S. | San Francisco""",
         sentiments={"Wells Fargo": "negative"},
         events=["legal"]),

    dict(id="en5-pressreader-united-layoffs", lang="en", split="heldout2", date="2020-07-09 (from the URL; print edition)",
         url="http://www.pressreader.com/usa/detroit-free-press/20200709/281767041515866",
         text="""Detroit Free Press

United warns layoffs for 36K US workers

- USA TODAY

Dawn Gilbertson

United Airlines warned employees for months that mass layoffs loomed if travel didn’t rebound, and the airline put a grim face on the expected total Wednesday.

In a memo to employees, the Chicagobased airline said 36,000 employees, or 45% of its front-line workers in the U.S. and more than a third of its overall workforce of 95,000, face layoffs on or around Oct. 1. The most affected groups: flight attendants and airport customer service and gate agents, which account for 26,000 of the 36,000.

The airline calls them involuntary furloughs because most of the affected employees will be eligible to be recalled when travel demand returns under terms of their union contracts.

Airlines are prohibited from laying off workers until Oct. 1 under the payroll protection provisions of the federal Coronavirus Aid, Relief and Economic Security Act.

United received a $3.5 billion grant and $1.5 billion loan for payroll protection. The program was designed to stabilize airlines and keep workers employed until they could shrink their businesses to the travel reality brought on by the coronavirus pandemic.

United executives said they hope the final total, which will be known in mid- to late August,

will be less than 36,000 as more employees accept voluntary exit programs. The airline extended the application window for its voluntary separation program to July 15 to encourage more employees to sign up. The 36,000 does not include 1,400 previously announced layoffs of management and administrative employees.

“After months of aggressive cost-cutting and proactive capital-raising, today we updated employees about a topic we’ve always dreaded and the action that was always a last resort in the context of this COVID-19 pandemic: involuntary furloughs,” the statement began.

It continued, “The reality is that United simply cannot continue at our current payroll level pas""",
         boiler=["Detroit Free Press", "- USA TODAY", "Dawn Gilbertson"],
         ents="""ORG: United Airlines | United
LOC: US | U.S.
MISC: Coronavirus Aid, Relief and Economic Security Act""",
         sentiments={"United Airlines": "negative"},
         events=["layoffs"]),

    dict(id="en5-kut-att-directv", lang="en", split="heldout2", date="2014-05-18 (from the URL)",
         url="https://www.kut.org/business/2014-05-18/at-t-to-acquire-broadcast-provider-directv",
         text="""Telecommunications giant AT&T and DirecTV announced Sunday that the two companies had reached a definitive agreement which would see AT&T acquiring the broadcast service provider.
AT&T is buying DirecTV for about $48.5 billion, reports The New York Times.But the Times reports that the deal, including debt, is valued at about $67 billion.
Under the terms of the deal, AT&T will pay about $95 a share in stock and cash. That's a roughly 10 percent premium to DirecTV's closing share price on Friday and about 30 percent higher than where the company's shares were trading before rumors of a deal began to emerge.
"This is a unique opportunity that will redefine the video entertainment industry and create a company able to offer new bundles and deliver content to consumers across multiple screens," said AT&T Chairman and CEO Randall Stephenson in a statement.
The acquisition by AT&T will increase its ability to compete against Comcast and Time Warner Cable, which agreed to a merger in February. That deal is still being reviewed by regulators.
Copyright 2020 NPR. To see more, visit https://www.npr.org.""",
         boiler=["Copyright 2020 NPR. To see more, visit https://www.npr.org."],
         ents="""ORG: AT&T | DirecTV | The New York Times | Times | Comcast | Time Warner Cable
PER: Randall Stephenson""",
         sentiments={"AT&T": "positive", "DirecTV": "neutral", "Comcast": "neutral", "Time Warner Cable": "neutral"},
         events=["acquisition"]),

    dict(id="en5-livemint-uniqlo-india", lang="en", split="heldout2", date="2018-05-09",
         url="https://www.livemint.com/Companies/btMna8xUGjKm4TP0UIHmlJ/Uniqlo-to-open-first-store-in-Delhi-in-2019.html",
         text=""" date 2018-05-09 Uniqlo store in Tokyo. File photo: Reuters

Japanese casual clothing retailer Wednesday said it will open its first Indian store in Delhi in fall 2019, through its Indian subsidiary Uniqlo India Pvt. Ltd set up earlier this month.

“Our entry in India represents a significant step in our company’s global strategy, and we are very pleased and excited to be part of the country’s growing retail market,” said Tadashi Yanai, chairman, president and chief executive officer, Fast Retailing Co., Ltd., the operator of the Uniqlo brand, in a press statement.

Uniqlo, which is known for everyday items such as T-shirts, socks and jeans will introduce its high quality, affordable LifeWear apparel in India, Yanai added in the statement.

Swedish fashion retailer Hennes & Mauritz (H&M) which entered India under the single-brand foreign direct investment (FDI) policy in October 2015 now has 30 stores in 16 cities. The retailer had closed the financial year ending November 2017 (the company follows a December-November financial year) with revenues of Rs 954 crore on the back of aggressive expansion plans and lower priced apparel.

Uniqlo will focus on expanding its presence in the capital region before considering other areas, the company said in the same statement.

The Japanese retailer has begun its hiring process and will introduce its Uniqlo Manager Candidate (UMC) programme, a formalized on-the-job education programme as part of its preparations to enter the market, the company said.

Earlier this year, Uniqlo had announced its entry in Sweden and the Netherlands in Fall 2018.

In January, the government approved 100% FDI under the automatic route for single brand retail trading. Earlier, FDI for single brand required government approval.""",
         boiler=["date 2018-05-09 Uniqlo store in Tokyo. File photo: Reuters"],
         ents="""ORG: Uniqlo#1,2,3 | Uniqlo India Pvt. Ltd | Fast Retailing Co., Ltd. | Hennes & Mauritz | H&M
PER: Tadashi Yanai | Yanai
LOC: Delhi | India | Sweden | Netherlands
MISC: Uniqlo#0 | LifeWear | Uniqlo Manager Candidate""",
         sentiments={"Uniqlo": "positive", "Uniqlo India Pvt. Ltd": "positive", "Fast Retailing": "positive",
                     "Hennes & Mauritz": "neutral"},
         events=["expansion"]),

    dict(id="en5-gfy-verizon-wifi", lang="en", split="heldout2",
         date="2003-05 (approx., not dated on the page: Verizon's first WiFi hot spots in New York City)",
         url="https://gfy.com/1728767-post1.html",
         text="""Verizon Unveils Wireless Internet Service
CHICAGO (Reuters) - Verizon Communications (NYSE:VZ - news), the largest U.S. local phone company, on Tuesday launched a service that will provide customers with wireless Internet access on high-speed networks throughout New York City.
Verizon, which is based in New York, said it activated 150 WiFi access points or "hot spots" in the city and plans to activate 850 more by the end of the year. It said its deployment would mark the largest such initiative by an Internet service provider in a single U.S. city.
WiFi, or wireless (news - web sites) fidelity, is an ultra high-speed wireless Internet connection usually available within a radius of a few hundred feet of a transmitter. Laptop computers or other portable devices with WiFi cards tap into the wireless access points, which are physically connected to high-speed networks.
The emerging technology presents a challenge to traditional wireless networks, which are ubiquitous but offer Internet access at slower speeds.
Verizon's move is its first foray into the so-called WiFi technology. The company said it will evaluate offering the service in its other markets along the East Coast as well as Texas and Hawaii.
T-Mobile, a unit of Germany's Deutsche Telekom (DTEGn.DE), is currently the nation's largest provider of WiFi, although other telecommunications companies have announced partnerships with WiFi service providers to hedge their bets. T-Mobile offers WiFi service in Starbucks (NYSE:SBUX - news) cafes and Borders (NYSE:BGP - news) bookstores as well as at numerous airports.
In contrast to T-Mobile's for-fee service, Verizon is offering WiFi exclusively to its Internet customers free. For example, this means a Verizon Online customer from another state could access any of the hot spots in New York City, using their account login and password.
However, a New York City resident, who doesn't subscribe to Verizon's Internet service, cannot use the hot spots.
"This is purely an ac""",
         ents="""ORG: Reuters | Verizon Communications | Verizon | NYSE | T-Mobile | Deutsche Telekom | Starbucks | Borders
LOC: CHICAGO | U.S. | New York City | New York | East Coast | Texas | Hawaii | Germany
MISC: Verizon Online""",
         sentiments={"Verizon Communications": "positive", "T-Mobile": "neutral", "Deutsche Telekom": "neutral",
                     "Starbucks": "neutral", "Borders": "neutral"},
         events=["product_launch"]),

    dict(id="en5-japantimes-toshiba-ceo", lang="en", split="heldout2", date="2022-03-01 (from the URL)",
         url="https://www.japantimes.co.jp/news/2022/03/01/business/corporate-business/toshiba-president-steps-down/?mod=business_lead_pos2",
         text="""Toshiba Corp.’s Chief Executive Officer Satoshi Tsunakawa resigned Tuesday in the latest turbulent move at the firm, with his replacement pledging to move forward with a plan to split the company in two despite opposition from some investors.

Tsunakawa, 66, resigned following a board of directors meeting earlier in the day, and Taro Shimada, a 55-year-old executive officer and corporate senior vice president, succeeded him, the company said.

Shimada's appointment is on an interim basis, with the board of directors pledging to monitor his performance and suggesting it could appoint an external candidate instead. Tsunakawa will remain for now as chair of the board of the directors.""",
         ents="""ORG: Toshiba Corp.
PER: Satoshi Tsunakawa | Tsunakawa | Taro Shimada | Shimada""",
         sentiments={"Toshiba": "negative"},
         events=["leadership_change"]),

    dict(id="en5-chicagotribune-pg-exxon", lang="en", split="heldout2", date="2000-04-26",
         url="http://articles.chicagotribune.com/2000-04-26/business/0004260039_1_thomson-financial-one-time-items-exxon-and-mobil",
         text="""Procter & Gamble's Earnings Drop 28%

Investors Send Stock Down 9% On Profit News

April 26, 2000|By Tribune News Services.

Shares of Procter & Gamble fell 9 percent Tuesday after the consumer products giant said third-quarter net income declined 28 percent.

P&G, whose products include Tide detergent, Folgers coffee and Pampers diapers, reported earnings of $753 million, or 52 cents per share, compared with $1.04 billion, or 72 cents per share, in the year-earlier period.

This year's results include one-time reorganization charges of $170 million. Excluding the charge, P&G earned 64 cents per share.

The results were in line with forecasts by analysts surveyed by First Call/Thomson Financial, though the projections had been downgraded after the company warned last month of a disappointing quarter.

Investors weren't pleased, however. Shares fell $6.25 to $64.25 in trading on the New York Stock Exchange and remain well off their 52-week high of $118.37.

Net sales for the quarter ended March 31 increased 6 percent, to $9.78 billion from $9.2 billion a year earlier.

"Top-line growth remains strong, although earnings are clearly disappointing," said Durk Jager, chairman and chief executive of Cincinnati-based P&G.

"We are redoubling our efforts to manage costs. ... We are committed to delivering the stronger earnings growth we are capable of," Jager said.

Exxon Mobil Corp., the world's largest publicly traded oil company, earned $3.35 billion, or 95 cents a share, in its first quarter, up from $1.61 billion, or 46 cents, a year earlier.

Analysts surveyed by First Call/Thomson Financial were projecting 90 cents per share. Exxon Mobil shares rose $1.12, to $81, on the NYSE.

Revenue for the Irving, Texas-based company rose 42 percent, to $55.08 billion from $38.68 billion.

This quarter marked the first time since the $85 billion merger in November of Exxon and Mobil that the company issued a full earnings report with combined operations.

Including merger-related""",
         boiler=["April 26, 2000|By Tribune News Services."],
         ents="""ORG: Procter & Gamble | P&G | First Call/Thomson Financial | New York Stock Exchange | Exxon Mobil Corp. | Exxon Mobil | NYSE | Exxon | Mobil
PER: Durk Jager | Jager
LOC: Cincinnati | Irving | Texas
MISC: Tide | Folgers | Pampers""",
         sentiments={"Procter & Gamble": "negative", "Exxon Mobil": "positive", "First Call/Thomson Financial": "neutral",
                     "Exxon": "neutral", "Mobil": "neutral"},
         events=["earnings"]),

    dict(id="en5-fruitnet-kantar-supermarkets", lang="en", split="heldout2",
         date="2014-08 (approx., from the text: Kantar figures for the 12 weeks to 17 August 2014)",
         url="https://fruitnet.com/fresh-produce-journal/asda-on-the-rise-tesco-on-the-slide/162510.article",
         text="""Asda continues to eat into Tesco's share of the grocery market, while more than half of Brits now shop at Aldi and Lidl, according to the latest Kantar Worldpanel figures.
Over the 12 weeks to 17 August, 2014,Tesco's market share was recorded as being 28.8 per cent - down from 30.2 per cent in the equivalent period last year.
While Tesco is still by far the largest supermarket in the UK, Asda's market share went up from 17.1 per cent to 17.2 per cent in the same period, while Aldi has increased its market share by nearly a third (from 3.7 per cent to 4.8 per cent).
Aldi now sits just behind Waitrose, which boasts a market share of 4.9 per cent, and Lidl's share of the grocery market jumped 18.3 per cent over the course of the year to 3.6 per cent.
A spokesperson for Kantar noted that 53 per cent of British households had shopped at one of the discounters in the last 12 weeks.
Morrisons and The Co-operative, meanwhile both lost market share, thereby accounting for 11 per cent (from 11.3 per cent in the 12 weeks to 18 August, 2013) and 6.4 per cent (from 6.6 per cent) of the total respectively. Sainsbury's was also down - losing 0.1 per cent of its market share, and now standing at 16.4 per cent.
Edward Garner, director at Kantar Worldpanel, said: “Asda and Waitrose have achieved growth with differing strategies. Asda has pushed its 'Price Lock' strategy to keep prices on everyday essential items low, while Waitrose is running competitive offers on home delivery alongside offers for myWaitrose card users allied to its overall quality and provenance positioning.”""",
         ents="""ORG: Asda | Tesco | Aldi | Lidl | Kantar Worldpanel | Kantar | Waitrose | Morrisons | The Co-operative | Sainsbury's
PER: Edward Garner
LOC: UK
MISC: Price Lock | myWaitrose""",
         sentiments={"Asda": "positive", "Tesco": "negative", "Aldi": "positive", "Lidl": "positive",
                     "Waitrose": "positive", "Morrisons": "negative", "The Co-operative": "negative",
                     "Sainsbury's": "negative", "Kantar Worldpanel": "neutral"},
         events=["competition"]),

    dict(id="en5-retailnu-debenhams-india", lang="en", split="heldout2", date="2008-05-27 (from the URL)",
         url="https://retailnu.wordpress.com/2008/05/27/uk-retail-major-debenhams-to-expand-in-india/",
         text="""UK retail major Debenhams to expand in India

LONDON: Britain’s largest retailer, Debenhams, has announced plans to expand its presence in the Indian market in order to achieve its target of more than doubling international sales over the next four years.

The company which opened its first Indian store in October 2007 in Gurgaon with partner Planet Retail, will set up another two outlets in the city before the end of the year, followed by significant expansion over the coming decade, the Independent reported today.

“I would be disappointed if we do not have 30 stores in India in 10 years’ time and that is proper department stores,” said Francis Mc-Auley, the company’s international director.

“The Indian market has a real appetite for Western brands and the education and understanding of the young people is second to none,” he added.

The company’s 43 international outlets, which are operated by franchise partners, are on track to hit the 280 million pounds sales target for the financial year to August.

For the next four years, Debenhams wants the sales to reach the 600 million pounds-mark from 90 department stores, said Francis Mc-Auley, the company’s international director.

The company’s focus in the near future will be India and Russia, the daily said.

Debenhams is targeting India’s upper and middle-class shoppers

Related Article : Debenhams looks to India and Russia for expansion


Leave a Reply

Fill in your details below or click an icon to log in: Logo

You are commenting using your account. Log Out /  Change )

Google+ photo

You are commenting using your Google+ account. Log Out /  Change )

Twitter picture

You are commenting using your Twitter account. Log Out /  Change )

Facebook photo

You are commenting using your Facebook account. Log Out /  Change )


Connecting to %s

%d bloggers like this:""",
         boiler=["Related Article : Debenhams looks to India and Russia for expansion", "Leave a Reply",
                 "Fill in your details below or click an icon to log in: Logo",
                 "You are commenting using your account. Log Out /  Change )", "Google+ photo",
                 "You are commenting using your Google+ account. Log Out /  Change )", "Twitter picture",
                 "You are commenting using your Twitter account. Log Out /  Change )", "Facebook photo",
                 "You are commenting using your Facebook account. Log Out /  Change )",
                 "Connecting to %s", "%d bloggers like this:"],
         ents="""ORG: Debenhams | Planet Retail | Independent
PER: Francis Mc-Auley
LOC: UK | LONDON | Britain | India | Gurgaon | Russia""",
         sentiments={"Debenhams": "positive", "Planet Retail": "neutral"},
         events=["expansion"]),
]
