"""English real business articles added after the split (development only; see make_real.py for the format)."""

ARTICLES = [
    dict(id="en3-bs-shell-bg", lang="en", split="dev", date="2015-04-08 (from the URL)",
         url="https://www.business-standard.com/amp/article/pti-stories/royal-dutch-shell-acquires-bg-group-for-usd-70-bn-115040801021_1.html",
         text="""Shell will pay a 50 per cent premium to BG's closing share price on Tuesday of 910.4 pence, with an offer consisting of 383 pence in cash and 0.4454 of Shell's B shares for each BG share, the companies said today.
The deal, the first major acquisition since oil prices began to slump last July, would be among the largest oil-and-gas deals of past two decades and the biggest in last 10 years.
The biggest European deal, however, remains Vodafone AirTouch Plc's USD 202.8 billion acquisition of Mannesmann AG in 1999.
The merged company will surpass Chevron Corp and close gap on market leader ExxonMobil of the US. If approved by shareholders, it will help Shell become the world's largest producer of liquefied natural gas (LNG).
"The boards of Shell and BG are pleased to announce that they have reached agreement on the terms of a recommended cash and share offer to be made by Shell for the entire issued and to be issued share capital of BG," said a statement issued by the Anglo-Dutch group.
BG chief executive Helge Lund said the deal "delivers attractive returns to shareholders and has strong strategic logic".
The deal, which values BG at about 47 billion pounds, will give BG shareholders a 19 per cent stake in the combined company. The deal is expected to close in early 2016, Shell CEO Ben van Beurden said.
Shell said the deal would boost its proven oil and gas reserves by 25 per cent.
The acquisitions comes at a time when the cost of a barrel of Brent crude, the global benchmark, has fallen from USD 114 to less than USD 60.
During the previous oil slump in 1998 when crude hovered below USD 12 a barrel, BP announced plans to take over Amoco. Exxon followed suit with the mega-buyout of Mobil Corp. Chevron merged with Texaco and Total SA purchased PetroFina and Elf Aquitaine.
You’ve reached your limit of {{free_limit}} free articles this month.
Subscribe now for unlimited access.
Already subscribed? Log in
Subscribe to read the full story →
Smart Quarterly
₹900
3 Mont""",
         boiler=["You’ve reached your limit of {{free_limit}} free articles this month.",
                 "Subscribe now for unlimited access.", "Already subscribed? Log in",
                 "Subscribe to read the full story →", "Smart Quarterly", "₹900", "3 Mont"],
         ents="""ORG: Shell | BG | Vodafone AirTouch Plc | Mannesmann AG | Chevron Corp | Chevron | ExxonMobil | BP | Amoco | Exxon | Mobil Corp | Texaco | Total SA | PetroFina | Elf Aquitaine
PER: Helge Lund | Ben van Beurden
LOC: US""",
         sentiments={"Shell": "positive", "BG": "positive", "Vodafone AirTouch": "neutral", "Mannesmann": "neutral",
                     "Chevron": "neutral", "ExxonMobil": "neutral", "BP": "neutral", "Amoco": "neutral",
                     "Exxon": "neutral", "Mobil": "neutral", "Texaco": "neutral", "Total": "neutral",
                     "PetroFina": "neutral", "Elf Aquitaine": "neutral"},
         events=["acquisition"]),

    dict(id="en3-rnz-pfizer-wyeth", lang="en", split="dev", date="2009-01-27 (approx., from the text)",
         url="https://www.rnz.co.nz/news/business/40531/pfizer-to-buy-rival-pharmaceutical-company",
         text="""The world's largest drug manufacturer Pfizer is to buy competitor Wyeth in a deal worth $US68 billion.
It will be one of the biggest takeovers in nearly a decade and the most important one since the outbreak of the financial crisis.
The boards of directors of the US rivals have approved the merger.
The acquisition will be financed through a combination of cash, debt and stock, and a consortium of banks has agreed to provide a total of $US22.5 billion to finance it.
The deal appears to be the biggest takeover in the pharmaceutical sector since Pfizer acquired Warner-Lambert Co for $US93.4 billion in 2000.
The combined company will be number one in terms of biopharmaceutical revenues in the United States with a market share of about 12%.
It will hold about 10% of the market in Europe, 7% in Asia with the exception of Japan, and 6% in Latin America.
Participants said the new company will have more resources to invest in research and development than any other biopharmaceutical company and access to all leading scientific technology platforms, including vaccines, small and large molecules, nutritionals and consumer products.
However its share price on Wall Street tumbled 10.3% to $15.65 on worries over what benefits, if any, the company may reap from the acquisition, which had been rumoured since last week.
Pfizer, founded in 1849, employs about 81,900 people in more than 150 countries around the world.""",
         ents="""ORG: Pfizer | Wyeth | Warner-Lambert Co
LOC: US | United States | Europe | Asia | Japan | Latin America | Wall Street""",
         sentiments={"Pfizer": "mixed", "Wyeth": "neutral", "Warner-Lambert": "neutral"},
         events=["acquisition"]),

    dict(id="en3-bellenews-walgreens-riteaid", lang="en", split="dev", date="2015-10-28",
         url="https://bellenews.com/2015/10/28/business-news/walgreens-buys-rite-aid-for-17-2-billion",
         text="""Walgreens Boots Alliance has agreed to buy its rival Rite Aid in a $17.2 billion all-cash deal.
If approved by regulators, the deal would see two of the biggest US drug stores combined.
Walgreens Boots Alliance was created when UK-based Alliance Boots merged with Walgreens in 2014.
Rite Aid is expected to initially continue operating under its own name.
The Pennsylvania-based company, which has been in operation since 1962, saw its shares soar more than 40% on October 27 after the Wall Street Journal reported that a deal may be in the wings.
Walgreens Boots Alliance said Rite Aid shareholders would receive $9 per share under the deal. Both companies said the transaction was expected to be completed half way through 2016.
Walgreens Boots Alliance said it expected to finance the transaction “through a combination of existing cash, assumption of existing Rite Aid debt and issuance of new debt”.
“Today’s announcement is another step in Walgreens Boots Alliance’s global development and continues our profitable growth strategy,” said CEO Stefano Pessina.
Rite Aid CEO John Standley said the deal would deliver “significant value” to the company’s shareholders. The retail chain has some 4,600 stores across the US and is the largest drugstore chain on the East Coast.
Walgreens Boots Alliance already employs more than 370,000 people and has a presence across some 25 countries. Walgreens is set to release its fourth quarter results on October 28.""",
         ents="""ORG: Walgreens Boots Alliance | Rite Aid | Alliance Boots | Walgreens | Wall Street Journal
PER: Stefano Pessina | John Standley
LOC: US | UK | Pennsylvania | East Coast""",
         sentiments={"Walgreens Boots Alliance": "positive", "Rite Aid": "positive", "Alliance Boots": "neutral"},
         events=["acquisition"]),

    dict(id="en3-cpi-bat-reynolds", lang="en", split="dev", date="2017-01-17 (approx., from the text)",
         url="https://epsilon.competitionpolicyinternational.com/us-british-american-tobacco-to-buy-reynolds-american-for-48b",
         text="""British American Tobacco has agreed a $49.4bn (£40bn) deal to take control of US rival Reynolds, creating the world’s largest listed tobacco firm.
The UK company has been in talks with Reynolds for months about buying the 57.8% stake it does not already own.
The merger would bring together some of the tobacco industry’s best-known brands, including Lucky Strike, Rothmans, Dunhill and Camel cigarettes.
A merger “creates a stronger, truly global tobacco” business, BAT said.
BAT, a shareholder in Reynolds since 2004, said last year that the merger was “the logical progression in our relationship”.
However, the UK company’s initial approaches were rebuffed by Reynolds, and a $47bn offer was rejected last November.
Full Content: BBC News
Want more news? Subscribe to CPI’s free daily newsletter for more headlines and updates on antitrust developments around the world.""",
         boiler=["Full Content: BBC News",
                 "Want more news? Subscribe to CPI’s free daily newsletter for more headlines and updates on antitrust developments around the world."],
         ents="""ORG: British American Tobacco | BAT | Reynolds
LOC: US | UK
MISC: Lucky Strike | Rothmans | Dunhill | Camel""",
         sentiments={"British American Tobacco": "positive", "Reynolds": "neutral"},
         events=["acquisition"]),

    dict(id="en3-blog-rim-profit-2006", lang="en", split="dev", date="2006-12 (from the URL)",
         url="https://nyctonylimo.blogspot.com/2006/12/blackberry-makers-profit-beats-forecast.html",
         text="""The maker of the BlackBerry, Research In Motion Ltd., reported a higher third-quarter profit Thursday that beat expectations and forecast an even stronger fourth quarter because of strong demand for hand-held devices.
R.I.M., which is in the midst of reviewing its stock-option-granting practices, said it earned $176 million, or 93 cents a share, for the three months that ended Dec. 2. That was up from $120 million, or 61 cents a share, a year ago. Adjusted to exclude regular stock option expenses, R.I.M. reported a profit of 95 cents a share. Revenue increased 49 percent, to $835.1 million.
According to Reuters Estimates, analysts were expecting earnings of 93 cents a share before one-time items on revenue of $815.4 million.
The strong results and forecast sent shares of R.I.M. soaring to $141.30 in after-hours trading, up $7.60, or 5.7 percent, from the regular close of $133.70 on Nasdaq.
The company, which is based in Waterloo, Ontario, said 875,000 BlackBerry subscriber accounts were added in the quarter. The total subscriber account base was seven million at the end of the quarter.
In September, R.I.M. told the markets to expect third-quarter revenue of $780 million to $820 million, along with about 800,000 subscriber additions. It said net earnings should be 88 to 95 cents a share, and adjusted earnings should come in at 90 to 97 cents a share.
No comments:
Post a Comment""",
         boiler=["No comments:", "Post a Comment"],
         ents="""ORG: Research In Motion Ltd. | R.I.M. | Reuters | Nasdaq
LOC: Waterloo | Ontario
MISC: BlackBerry""",
         sentiments={"Research In Motion": "positive"},
         events=["earnings"]),

    dict(id="en3-rte-apple-2005", lang="en", split="dev", date="2005-01-13",
         url="https://www.rte.ie/news/business/2005/0113/58688-apple-business",
         text="""US computer manufacturer Apple last night announced a fourfold increase in net profits for its fiscal 2005 first quarter ended December 25, to $295m, boosted by strong sales of its iPod digital music player.
The result was a 368% increase over its year earlier net earnings, for the same period ending December 2003, with a figure of $63m, the group said in a statement.
Results defied analysts' average estimate of 49 cents a share, to bring in earnings of 70 cents a diluted share, compared with 17 cents the same time the previous year.
Apple also beat most analysts' expectations with its $3.49 billion in revenue - a 74% increase compared with the September-December 2003 period.
'We are thrilled to report the highest quarterly revenue and net income in Apple's history,' said Steve Jobs, Apple's CEO, noting sales to date of more than 10 million iPods.
Apple expects some $2.9 billion in sales in the current quarter and earnings of some 40 cents a share. Analysts suggest the figure will be closer to 33 cents a share, and pegged turnover at $2.74m.""",
         ents="""ORG: Apple
PER: Steve Jobs
LOC: US
MISC: iPod | iPods""",
         sentiments={"Apple": "positive"},
         events=["earnings"]),

    dict(id="en3-itnewsafrica-samsung-note9", lang="en", split="dev", date="2018-08 (from the URL)",
         url="https://www.itnewsafrica.com/2018/08/samsung-unveils-newest-smartphone-galaxy-note-9/",
         text="""South Korean electronics giant Samsung unveiled the new Galaxy Note 9 smartphone on Thursday, its latest effort to address flagging sales of the high-functioning gadgets.
The consistent leader in the global smartphone market, Samsung nonetheless suffered a 22 percent drop in mobile technology sales in the second quarter.
The company blamed the drop in part to disappointing demand for the Galaxy S9, but it also has been pressured by growth in Chinese competitor Huawei.
At the launch event in Johannesburg South Africa, the company showed off the Galaxy Note 9, which will be available for purchase on August 24, and contains a series of improvements but no radical new innovations.
The latest model boosts memory capacity, with options for 128 or 512 gigabytes of memory. Users also can insert a micro card to boost capacity beyond a terabyte, a record for a smartphone.
Samsung also enhanced the gadget’s batteries so it can now be used for an entire day without needing to be recharged — a common headache for cell phone users.
Other improvements include tweaks to the device’s “S Pen” feature, which can be used as a remote control for taking pictures or selfies using Bluetooth technology.
And the new model has enough capacity for video games. Samsung has set up a promotion with the popular Fortnite game that lets users download a special mobile version.
According to some trade media sources, the Galaxy Note 9 version with 512 gigabytes will be the most expensive smartphone geared towards the general public.
The price for that model will be $1,1250 in the United States, while the 128 gigabyte version will go for $1,000. Apple’s iPhone X in a 256 gigabyte version sells for about $1,150.
Samsung also introduced the Galaxy Watch and a home speaker device, a first for the South Korean company in a market that already contains Amazon’s Echo and Alphabet’s Google Home program.
Edited by Neo Sesinye
Follow Neo Sesinye on Twitter
Follow IT News Africa on Twitter""",
         boiler=["Edited by Neo Sesinye", "Follow Neo Sesinye on Twitter", "Follow IT News Africa on Twitter"],
         ents="""ORG: Samsung | Huawei | Apple | Amazon | Alphabet
LOC: Johannesburg | South Africa | United States
MISC: Galaxy Note 9 | Galaxy S9 | S Pen | Fortnite | iPhone X | Galaxy Watch | Echo | Google Home""",
         sentiments={"Samsung": "mixed", "Huawei": "neutral", "Apple": "neutral", "Amazon": "neutral",
                     "Alphabet": "neutral"},
         events=["product_launch"]),

    dict(id="en3-hispanicbusiness-intel-ceo", lang="en", split="dev", date="2013-05-02",
         url="http://www.hispanicbusiness.com/2013/5/2/new_intel_ceo_is_longtime_company.htm",
         text="""Intel has appointed veteran executive Brian
Krzanich as its new chief executive officer, taking over from Paul
Otellini, who is set to step down this month, the computer chip giant
announced Thursday.
Krzanich, 52, has served as the company's chief operating officer
since January 2012, and has filled a wide variety of positions at the
company since joining Intel in 1982.
He will take over from Otellini on May 16, becoming the sixth CEO
in the history of the computer industry pioneer. Otellini headed the
company for eight years. Intel also named Renee James as president,
also effective May 16.
The transition comes as Intel struggles to retain its dominance in
the computer chip market as the industry moves away from the PC
model, where Intel had a near-monopoly, to an array of smartphones
and tablet computers that run on chips designed by rival ARM.
The company recently reported first-quarter results that included
a 25-per-cent drop in net income to 2 billion dollars and a
2.5-per-cent decline in revenue to 12.6 billion dollars.
"After a thorough and deliberate selection process, the board of
directors is delighted that Krzanich will lead Intel as we define and
invent the next generation of technology that will shape the future
of computing," said Andy Bryant, chairman of Intel.
"I am deeply honoured by the opportunity to lead Intel," Krzanich
said.
"We have amazing assets, tremendous talent and an unmatched legacy
of innovation and execution. I look forward to working with our
leadership team and employees worldwide to continue our proud legacy,
while moving even faster into ultra-mobility, to lead Intel into the
next era.\"""",
         ents="""ORG: Intel | ARM
PER: Brian\\nKrzanich | Paul\\nOtellini | Krzanich | Otellini | Renee James | Andy Bryant""",
         sentiments={"Intel": "mixed", "ARM": "neutral"},
         events=["leadership_change"]),

    dict(id="en3-kornradio-gm-layoffs", lang="en", split="dev", date="2018-11-26",
         url="https://kornradio.com/news/general-motors-to-lay-off-15-percent-of-workers-shutter-5-plants-in-north-america",
         text="""(DETROIT) — General Motors is laying off 15 percent of its salaried workers and shuttering five plants in North America, the Detroit automaker announced on Monday.
The company said it was “transforming its global workforce to ensure it has the right skill sets for today and the future, while driving efficiencies through the utilization of best-in-class tools.”
“The actions we are taking today continue our transformation to be highly agile, resilient and profitable, while giving us the flexibility to invest in the future,” GM Chairman and CEO Mary Barra said. “We recognize the need to stay in front of changing market conditions and customer preferences to position our company for long-term success.”
The three assembly plants that will close are: Oshawa Assembly in Oshawa, Ontario, Canada, Detroit-Hamtramck Assembly in Detroit, and Lordstown Assembly in Warren, Ohio.
This is a developing story. Please check back for updates.
Copyright © 2018, ABC Radio. All rights reserved.""",
         boiler=["This is a developing story. Please check back for updates.",
                 "Copyright © 2018, ABC Radio. All rights reserved."],
         ents="""ORG: General Motors | GM
PER: Mary Barra
LOC: DETROIT | North America | Detroit | Oshawa Assembly | Oshawa | Ontario | Canada | Detroit-Hamtramck Assembly | Lordstown Assembly | Warren | Ohio""",
         sentiments={"General Motors": "negative"},
         events=["layoffs"]),

    dict(id="en3-tass-google-fine", lang="en", split="dev", date="2017-06-27",
         url="https://tass.com/economy/953494",
         text="""All news

European Commission fines Google record 2.4 bln euro for abusing dominance

The company must now end the conduct within 90 days or face penalty payments

BRUSSELS, June 27. /TASS/. The European Commission (EC) has fined Google a record 2.42 bln euro for breaching the European Union (EU) antitrust rules, the EC reported on Tuesday.

"Google has abused its market dominance as a search engine by giving an illegal advantage to another Google product, its comparison shopping service," the report said.

The company must now end the conduct within 90 days or face penalty payments of up to 5% of the average daily worldwide turnover of Alphabet, Google's parent company, the European Commission said.

According to the report, Google has abused its market dominance by giving its own comparison shopping service an illegal advantage. "It gave prominent placement in its search results only to its own comparison shopping service, whilst demoting rival services. It stifled competition on the merits in comparison shopping markets," the EC said.

Given Google's dominance in general internet search, its search engine is an important source of traffic. As a result of Google's illegal practices, traffic to Google's comparison shopping service increased significantly, whilst rivals have suffered very substantial losses of traffic on a lasting basis, the report said.

"What Google has done is illegal under EU antitrust rules. It denied other companies the chance to compete on the merits and to innovate. And most importantly, it denied European consumers a genuine choice of services and the full benefits of innovation," Commissioner Margrethe Vestager, in charge of competition policy, was quoted as saying.

Google stance

The US Google Corporation is considering an appeal against the decision of the European Commission to fine the company a record amount for breaching the EU antitrust rules:

"Given the evidence, we respectfully disagree with the conclusions announced today. W""",
         boiler=["All news"],
         ents="""ORG: European Commission | EC | Google | European Union | EU | Alphabet | TASS
PER: Margrethe Vestager
LOC: BRUSSELS | US""",
         sentiments={"Google": "negative", "Alphabet": "neutral"},
         events=["legal"]),

    dict(id="en3-keyt-air-vanuatu", lang="en", split="dev", date="2024-05-09",
         url="https://keyt.com/news/2024/05/09/air-vanuatu-files-for-bankruptcy-protection-after-canceling-more-than-20-flights/",
         text=""" date 2024-05-09 MELBOURNE, Australia (AP) — Air Vanuatu has filed for bankruptcy protection a day after the South Pacific state-owned carrier cancelled all international flights. Ernst & Young Australia’s Morgan Kelly, Justin Walsh and Andrew Hanson were appointed liquidators on Friday in a local equivalent of a U.S. Chapter 11 bankruptcy. Thousands of travelers have been left stranded by the cancelations. The airline cancelled more than 20 flights to and from the Australian cities of Sydney, Brisbane and the New Zealand city of Auckland for the rest of the week on Wednesday. The airline said was the result of “extended maintenance requirements” on their aircraft. EY said it would conduct safety and maintenance checks before the resumption of normal operations.

News Channel 3-12 is committed to providing a forum for civil and constructive conversation.

Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here

If you would like to share a story idea, please submit it here.""",
         boiler=["News Channel 3-12 is committed to providing a forum for civil and constructive conversation.",
                 "Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here",
                 "If you would like to share a story idea, please submit it here."],
         ents="""ORG: Air Vanuatu | AP | Ernst & Young Australia | EY
PER: Morgan Kelly | Justin Walsh | Andrew Hanson
LOC: MELBOURNE | Australia | South Pacific | U.S. | Sydney | Brisbane | New Zealand | Auckland
MISC: Chapter 11""",
         sentiments={"Air Vanuatu": "negative", "Ernst & Young Australia": "neutral"},
         events=["bankruptcy"]),

    dict(id="en3-blog-microsoft-nadella", lang="en", split="dev", date="2014-02 (approx., from the text; URL dated 2014-04)",
         url="https://storytimewithuche.blogspot.com/2014/04/satya-nadella-named-as-new-microsoft.html",
         text="""Microsoft has named their longtime executive Satya Nadella as its new CEO, picking respected internal candidate to lead the aging technology giant through a period of unprecedented change and challenges to all its business.
The company also added that Bill Gates will step down as Microsoft chairman to serve as a technology adviser, “supporting Nadella in shaping technology and product direction.”
Bill Gates, an icon of the personal-computer revolution who co-founded Microsoft alongside with Paul Allen, will remain on the company’s board. The company was careful to characterize the change as Gates “stepping up” to a new role, saying he will devote more time to the company as a result.
John Thompson, the former Symantec CEO and Microsoft’s lead independent director, will take over Gates’ role as the chairman of the Microsoft board.
“During this time of transformation, there is no better person to lead Microsoft than Satya Nadella,” Gates said in a statement. “Satya is a proven leader with hard-core engineering skills, business vision and has the ability to bring people together. His vision and agenda for how technology will be used and experienced around the world is just exactly what Microsoft needs as the company enters its next chapter of expanded product innovation and growth.”
Nadella, a 46-year-old engineer and business leader from Hyderabad, India, becomes just the third CEO in Microsoft’s 38-year history. He succeeds Steve Ballmer, who announced in August that he is going to be retiring after more than a decade as the company’s top executive.
Comments""",
         boiler=["Comments"],
         ents="""ORG: Microsoft | Symantec
PER: Satya Nadella | Nadella | Bill Gates | Gates | Paul Allen | John Thompson | Satya | Steve Ballmer
LOC: Hyderabad | India""",
         sentiments={"Microsoft": "positive", "Symantec": "neutral"},
         events=["leadership_change"]),
]
