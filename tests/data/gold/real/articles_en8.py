"""English real business articles for the fourth held-out set (``split="heldout4"``): fines, results,
layoffs, joint ventures, aircraft orders, leadership changes and takeovers. Annotated by hand before any
system ran on them; never tuned on, their errors never listed (aggregate figures only). Stored page text as
delivered (see make_real.py for the format and the annotation rules, including the sentiment conventions of
the third session)."""

ARTICLES = [
    dict(id="en8-retailbanker-rbs-it-fine", lang="en", split="heldout4",
         date="2014-11-20 (approx., from the URL and the text: the FCA/PRA fine a week after the FX fine)",
         url="https://www.retailbankerinternational.com/news/rbs-hit-with-56m-in-penalty-for-2012-it-failure-201114-4445742",
         text="""Royal Bank of Scotland (RBS) has been slapped with a penalty of £56m by regulators for its June 2012 IT glitch that disabled million of customers to access their accounts for several weeks.
The lender has been fined £42m from Financial Conduct Authority (FCA) for the IT failure, while Prudential Regulation Authority (PRA) fined the bank £14m.
The penalty comes just a week after the bank was fined £400m for involvement in foreign exchange market manipulation.
The IT collapse hit RBS, NatWest, and Ulster Bank customers after a software upgrade went wrong affecting about 6.5 million customers across the UK.
RBS had to pay £125m in compensation and costs due to the disruption caused by the failure.
According to Tracey McDermott, director of enforcement and financial crime at the FCA, "The problems arose due to failures at many levels within the RBS Group to identify and manage the risks which can flow from disruptive IT incidents and the result was that RBS customers were left exposed to these risks."

US Tariffs are shifting - will you react or anticipate?
Don’t let policy changes catch you off guard. Stay proactive with real-time data and expert analysis.
By GlobalDataSir Philip Hampton, chairman of RBS said that the bank had since then invested hundreds of millions of pounds to enhance its computer systems to avoid a repeat of the IT crash.""",
         boiler=["US Tariffs are shifting - will you react or anticipate?",
                 "Don’t let policy changes catch you off guard. Stay proactive with real-time data and expert analysis."],
         ents="""ORG: Royal Bank of Scotland | RBS Group | RBS | Financial Conduct Authority | FCA | Prudential Regulation Authority | PRA | NatWest | Ulster Bank
PER: Tracey McDermott | Philip Hampton
LOC: UK""",
         sentiments={"Royal Bank of Scotland": "negative", "NatWest": "negative", "Ulster Bank": "negative"},
         events=["legal"]),

    dict(id="en8-foxbusiness-microstrategy-q1", lang="en", split="heldout4", date="2015-04-29 (from the URL and the text)",
         url="http://www.foxbusiness.com/markets/2015/04/29/why-shares-microstrategy-inc-jumped-today.html",
         text="""Why Shares of MicroStrategy Inc. Jumped Today

Although we don't believe in timing the market or panicking over market movements, we do like to keep an eye on big changes -- just in case they're material to our investing thesis.

What's Happening: Shares of enterprise software company MicroStrategy surged on Wednesday after the company reported a massive increase in quarterly profits, nearly doubling the average analyst estimate. Up nearly 17% in early morning trading, by 12:30 Wednesday afternoon the stock was up about 10.5%.

Why It's Happening: MicroStrategy came up short in terms of revenue, reporting $123.87 million of revenue for the quarter. Revenue was down 10.2% year-over-year, and it was about $11 million shy of analyst estimates. Despite this revenue weakness, profits soared. MicroStrategy reported EPS of $1.79, a huge swing from the same period last year, when the company reported a $0.57-per-share loss. Analysts were expecting EPS of just $0.96.

The main driver of this earnings beat was a 35% year-over-year decrease in operating expenses, which outpaced the 10.2% decline in revenue. This led operating income to soar from a loss of $8.3 million during the first quarter of 2014 to a gain of $22.6 million during the first quarter of 2015. One component of this drop in expenses was $5.4 million of development costs that were capitalized during the quarter.

While an earnings beat being driven by cost cutting amid a revenue decline may not seem like something to celebrate, the market begs to differ.

The article Why Shares of MicroStrategy Inc. Jumped Today originally appeared on Fool.com.

Timothy Green has no position in any stocks mentioned. The Motley Fool recommends Apple and MicroStrategy. The Motley Fool owns shares of Apple. Try any of our Foolish newsletter services free for 30 days. We Fools may not all hold the same opinions, but we all believe that considering a diverse range of insights makes us better investors. The Motley Fool has a disclosur""",
         boiler=["The article Why Shares of MicroStrategy Inc. Jumped Today originally appeared on Fool.com.",
                 "Timothy Green has no position in any stocks mentioned. The Motley Fool recommends Apple and MicroStrategy. The Motley Fool owns shares of Apple. Try any of our Foolish newsletter services free for 30 days. We Fools may not all hold the same opinions, but we all believe that considering a diverse range of insights makes us better investors. The Motley Fool has a disclosur"],
         ents="""ORG: MicroStrategy Inc. | MicroStrategy""",
         sentiments={"MicroStrategy": "positive"},
         events=["earnings"]),

    dict(id="en8-cbs58-wisconsin-plant-layoffs", lang="en", split="heldout4",
         date="2015 (approx., autumn; from the text: closure by mid-December, GE's Waukesha move blamed on Congress)",
         url="https://cbs58.com/news/sheboygan-county-dairy-farm-becomes-latest-company-to-announce-hundreds-of-layoffs",
         text="""Sheboygan County dairy farm becomes latest company to announce hundreds of layoffs
The locals consider it the cheese capital of the world, but now a key piece of that brand is being cut.
"It's a cloudy day for the City of Plymouth today," said city administrator Brian Yerges. "It's been here since the 1950's."
The Diary Farmers of America broke the news to employees Friday that the plant will close by mid-December. About 300 of them will lose their jobs.
City leaders got the surprise decision by phone.
"As an aging facility and technology reasons, they decided it doesn't fit their needs and it's cost-prohibitive to continue operations there," Yerges said.
In Waukesha, GE blames financing issues and Congress for the shut down its gas engines plant. Moving it to Canada will cost 350 jobs over 32 months.
Meanwhile, about 100 more people in Milwaukee will be temporarily laid-off at the end of November. Joy Global is closing an operating unit at its mining equipment factory.
"For the most part, companies never lay off individuals all at once," said Francisco Sanchez of the Workforce Development Board. "So I'm sure it's going to be happening in groups."
The workforce development group is preparing to interview laid off workers, help with unemployment and get them more training to find a new job.
"We pay for it," Sanchez said. "That is federal money coming through the state to us."
Plymouth leaders plan to work with similar state and local groups to help keep the jobs lost at home. The dairy plant has a payroll of more than $20 million.
Yerges said potential job opportunities include Sargento, Great Lakes Cheese, Sartori and Johnsonville, all of which have manufacturing facilities in the area.""",
         ents="""ORG: Diary Farmers of America | GE | Congress | Joy Global | Workforce Development Board | Sargento | Great Lakes Cheese | Sartori | Johnsonville
PER: Brian Yerges | Yerges | Francisco Sanchez | Sanchez
LOC: Sheboygan County | Plymouth | Waukesha | Canada | Milwaukee""",
         sentiments={"Diary Farmers of America": "negative", "GE": "negative", "Joy Global": "negative",
                     "Sargento": "neutral", "Great Lakes Cheese": "neutral", "Sartori": "neutral", "Johnsonville": "neutral"},
         events=["layoffs"]),

    dict(id="en8-latestly-gnfc-ineos-jv", lang="en", split="heldout4", date="2024-11-20 (from the text)",
         url="https://www.latestly.com/agency-news/latest-news-gnfc-ineos-uk-to-form-5050-jv-to-build-major-acetic-acid-plant-in-india-6431851.html",
         text=""" date 2024-11-20 New Delhi, Nov 20 (PTI) State-run Gujarat Narmada Valley Fertilizers & Chemicals Ltd (GNFC) on Wednesday said it will form a 50:50 joint venture with Britain's INEOS Acetyls International to build and operate a world-scale acetic acid facility in India.

The joint venture will oversee both the plant's operations and coordinate marketing efforts for domestic distribution of acetic acid produced at the facility, the company said in a regulatory filing.

The memorandum of understanding, signed on November 20, provides for equal representation on the board of directors and equivalent subscription rights in the new entity, the company said.

A formal joint venture agreement is expected to be finalised at a later date.

INEOS, a major global acetyls producer, will provide technical expertise while GNFC brings local market knowledge and an established presence in India's chemical sector.

The joint venture company will be classified as an associate company of GNFC once the investment is complete, the filing said.

The share subscription price will be determined, according to applicable regulations.

GNFC said the investment does not constitute a related party transaction and its promoter group has no interest in the venture beyond GNFC's 50 per cent stake.

The venture represents a significant addition to India's chemical manufacturing capabilities as the country seeks to boost domestic production.""",
         ents="""ORG: PTI | Gujarat Narmada Valley Fertilizers & Chemicals Ltd | GNFC | INEOS Acetyls International | INEOS
LOC: New Delhi | Britain | India""",
         sentiments={"GNFC": "positive", "INEOS": "positive"},
         events=["partnership"]),

    dict(id="en8-upi-farnborough-orders", lang="en", split="heldout4", date="2018-07-18 (from the URL and the text)",
         url="https://www.upi.com/Top_News/World-News/2018/07/18/Boeing-Airbus-order-110B-worth-of-new-jetliners-at-British-airshow/4611531928597/?spt=slh&or=3",
         text="""Advertisement

Boeing, Airbus order $110B worth of new jetliners at British airshow

By Susan McFarland
A Boeing 737 Max is seen Wednesday at the Farnborough International Airshow in Farnborough, Britain. The International aircraft and aviation fair runs through Sunday. Photo by Andy Rain/EPA-EFE
1 of 3 | A Boeing 737 Max is seen Wednesday at the Farnborough International Airshow in Farnborough, Britain. The International aircraft and aviation fair runs through Sunday. Photo by Andy Rain/EPA-EFE

July 18 (UPI) -- Boeing and Airbus battled Wednesday to win the most business at Britain's Farnborough International Airshow, racking up commercial plane orders worth more than $110 billion.

Chicago-based Boeing has so far edged French aerospace giant Airbus, by striking deals this week worth more than $60 billion. Airbus orders total around $52 billion.

Advertisement

Also at the show, VietJet announced it will buy 100 more Boeing 737 Max jets for more than $12 billion.

"These new airplanes will fit perfectly into our growth strategy, providing the efficiency and range for VietJet to expand its route network and offer more international destinations for our customers and expand alliances across Asia Pacific, the fastest growing aviation market in the world," said VietJet CEO Nguyễn Thị Phương Thảo.

Boeing also signed commitments with four other customers, for $11 billion, for 93 of the Max jets -- 40 of which will go to a single carrier.

Airbus' big win came from an unidentified buyer for 80 A-320neo jets worth $8.8 billion. The company also made a $5.5 billion deal with JetBlue Airways, and delivered its first of 30 A-321neo jets to EasyJet at the show.

Advertisement

Latest Headlines""",
         boiler=["Advertisement", "By Susan McFarland",
                 "A Boeing 737 Max is seen Wednesday at the Farnborough International Airshow in Farnborough, Britain. The International aircraft and aviation fair runs through Sunday. Photo by Andy Rain/EPA-EFE",
                 "1 of 3 | A Boeing 737 Max is seen Wednesday at the Farnborough International Airshow in Farnborough, Britain. The International aircraft and aviation fair runs through Sunday. Photo by Andy Rain/EPA-EFE",
                 "Latest Headlines"],
         ents="""ORG: Boeing | Airbus | UPI | VietJet | JetBlue Airways | EasyJet
PER: Nguyễn Thị Phương Thảo
LOC: Britain | Chicago | Asia Pacific
MISC: Farnborough International Airshow | 737 Max | Max | A-320neo | A-321neo""",
         sentiments={"Boeing": "positive", "Airbus": "positive", "VietJet": "positive", "JetBlue Airways": "neutral",
                     "EasyJet": "neutral"},
         events=["partnership", "competition"]),

    dict(id="en8-businessinsider-cobham-warning", lang="en", split="heldout4",
         date="2017-02 (approx., from the URL and the text: a Thursday after the 11 January 2017 trading update)",
         url="https://www.businessinsider.com.au/cobham-shares-plunge-20-after-another-profit-warning-2017-2",
         text="""Shares in one of Britain's biggest aerospace firms are down 20% after it issued a 5th profit warning in 2 years

LONDON — Shares in aerospace firm Cobham have plummetted more than 20% on Thursday morning after the company announced its fifth profit warning in less than two years.

Cobham dropped the warning, where it said that it expects profits this year to be £20 million less than forecast just over a month ago, at around 7.20 a.m. GMT (2.20 a.m. ET).

“Group underlying trading profit is expected to be £225m.  This includes £20m of year end adjustments, which have been deducted from the draft management accounts trading profit of £245m, as announced in the 11 January 2017 post-close trading update,” Cobham’s release said.

CEO David Lockwood added that 2016 was a “turbulent and disappointing year.”

Investors in the firm took the news badly, as might have been expected, and at the open shares fell off a cliff, dropping 21% to their lowest level in 12 years, £1.093 per share.

Here is the pretty striking chart as of around 9.10 a.m. GMT:

The pattern of Cobham, which is listed on the FTSE 250, issuing a profit warning and then seeing its shares plummet is nothing new. A similar incident occurred in January when the firm released its previous profit warning.

Cobham had revenues of around £2.1 billion last year, and specialises in mid-air refuelling and other aviation related technologies.

NOW WATCH: What prosecutors have to prove in order for you to be charged with a financial crime

NOW WATCH: Money & Markets videos

Want to read a more in-depth view on the trends influencing Australian business and the global economy? BI / Research is designed to help executives and industry leaders understand the major challenges and opportunities for industry, technology, strategy and the economy in the future. Sign up for free at research.businessinsider.com.au.""",
         boiler=["NOW WATCH: What prosecutors have to prove in order for you to be charged with a financial crime",
                 "NOW WATCH: Money & Markets videos",
                 "Want to read a more in-depth view on the trends influencing Australian business and the global economy? BI / Research is designed to help executives and industry leaders understand the major challenges and opportunities for industry, technology, strategy and the economy in the future. Sign up for free at research.businessinsider.com.au."],
         ents="""ORG: Cobham
PER: David Lockwood
LOC: Britain | LONDON
MISC: FTSE 250""",
         sentiments={"Cobham": "negative"},
         events=["earnings"]),

    dict(id="en8-pfie-shock-ceo-exits", lang="en", split="heldout4",
         date="2011-10-25 (approx., from the text: First Solar, Quest Diagnostics and IBM changes announced on one Tuesday)",
         url="https://pfie.com/story/1098925/crop-of-shock-ceo-exits-reinforces-need-to-plan-mn3hzdhhq2",
         text="""Crop of shock CEO exits reinforces need to plan

2 min read

Shareholders hate surprises - not least when a company’s chief executive is suddenly hoisted out of the corner office. Three big U.S. firms did just that on Tuesday. It would be easy to make a call on the relative importance investors attached to these defenestrated chieftains using the share price reactions alone. But that would miss the real lesson: boards must carefully plan successions.

Take First Solar, one of the largest publicly traded players in the renewable energy sector. Along with rivals, its stock has suffered this year, falling by two-thirds amid fears of mismatched supply and demand and the fallout of Solyndra’s bankruptcy. Ousting Chief Executive Rob Gillette out of the blue sent it down a further 25 percent on Tuesday.

That might make it look as if shareholders thought he was worth the $1.3 billion the company lost in value. But it’s the company’s decision to issue a terse announcement in the middle of the trading day shedding no light on why Gillette’s leaving that spooked owners. It leaves them no option but to imagine their own reasons. And Corporate America has provided plenty of real-life scenarios to whet their creativity.

Meanwhile, Quest Diagnostics’ 11 percent jump, worth nearly $900 million, after announcing that Surya Mohapatra would step down in six months, implies shareholders thought he was a disaster. He has made some unpopular strategic moves, but can also boast of having increased revenue five-fold in his 12 years on the job. One key to the positive reaction is the board’s decision to boost the dividend by 70 percent. Another is that with no successor yet named, Quest now looks like a takeover target.

Then there’s IBM. Its stock hardly budged after the board announced Virginia Rometty would take over from Sam Palmisano. That might make her look a bit of a non-entity. But it’s the perfect reaction to a well-planned, timely succession: she already works""",
         boiler=["2 min read"],
         ents="""ORG: First Solar | Solyndra | Quest Diagnostics | Quest | IBM
PER: Rob Gillette | Gillette | Surya Mohapatra | Virginia Rometty | Sam Palmisano
LOC: U.S.""",
         sentiments={"First Solar": "negative", "Solyndra": "neutral", "Quest Diagnostics": "positive", "IBM": "positive"},
         events=["leadership_change"]),

    dict(id="en8-indusbusiness-merrill-fca-fine", lang="en", split="heldout4",
         date="2017-10-23 (approx., from the URL and the text: a Monday in October 2017)",
         url="https://indusbusinessjournal.com/2017/10/merrill-lynch-fined-35m-british-watchdog/?share=google-plus-1",
         text="""London– Britain’s financial regulator on Monday said it has fined Bank of America’s Merrill Lynch unit £35m for failing to report nearly 69 million transactions over two years.

It is the first enforcement action taken by the regulator under rules introduced following the 2008 financial crisis, the BBC reported.

The fine was reduced by 30 per cent because the bank cooperated and agreed to settle at an early stage in the investigation, the Financial Conduct Authority said.

Merrill Lynch said it had alerted authorities as soon as it realised that it had failed to report the financial trades between February 2014 and February 2016.

The bank said it was “wholly committed” to following financial regulations.

The types of trades involved, known as derivatives, can create a “complex web of interdependence” that then make it difficult to identify risks, according to the watchdog.

Mark Steward, the FCA’s head of enforcement, said companies need to ensure their reporting systems worked properly.

“There needs to be a line in the sand. We will continue to take appropriate action against any firm that fails to meet requirements,” he said.

Merrill Lynch has improved its systems, a spokesperson for the bank said, adding that no clients were affected financially.

Earlier this month, Bank of America Merrill Lynch reported a 13 per cent increase in net profits to $5.6bn (£4.2bn) for the three months to September. (IANS)""",
         ents="""ORG: Bank of America Merrill Lynch | Bank of America | Merrill Lynch | BBC | Financial Conduct Authority | FCA | IANS
PER: Mark Steward
LOC: London | Britain""",
         sentiments={"Merrill Lynch": "negative", "Bank of America": "neutral", "Bank of America Merrill Lynch": "neutral"},
         events=["legal"]),

    dict(id="en8-peinsider-veolia-suez-deal", lang="en", split="heldout4",
         date="2021-04-12 (approx., from the text: the Monday agreement after Suez rejected the February bid)",
         url="https://www.pe-insider.com/veolia-suez-agree-15-billion-utilities-merger-after-bitter-spat/",
         text="""Veolia and Suez announced a merger deal on Monday worth nearly 13 billion euros ($15.44 billion) after months of wrangling between the two French waste and water management companies
Rivals since the 19th century, Veolia pursued the smaller Suez arguing that together they could better fight off new global challengers emerging in China.
The companies would also be better placed to innovate in growth areas such as environmental services and recycling, Veolia said.
The agreement values Suez at 20.50 euros ($24.4) per share or 12.8 billion euros, the companies said, after Veolia, which already owns 29.9% of the group, lifted its bid price from 18 euros.
Shares in Veolia were up over 9% and Suez climbed 7.8% by 1423 GMT.
“The time for confrontation is over,” Veolia CEO and Chairman Antoine Frerot said in a statement.
Paris-based Suez rebuffed Veolia’s advances since its rival bought a stake in the firm last October, and in February it rejected a 11.3 billion euro takeover bid.
Source: Reuters""",
         boiler=["Source: Reuters"],
         ents="""ORG: Veolia | Suez
PER: Antoine Frerot
LOC: China | Paris""",
         sentiments={"Veolia": "positive", "Suez": "positive"},
         events=["acquisition"]),

    dict(id="en8-avtournet-boeing-calhoun", lang="en", split="heldout4",
         date="2019-12-24 (from the page; Boeing's announcement of 23 December 2019)",
         url="https://avtournet.blogspot.com/2019/12/boeing-announces-new-major-appointments.html",
         text="""Translate

Tuesday, December 24, 2019

Boeing announces new major appointments

Boeing today announced that its Board of Directors has named current chairman, David L. Calhoun, as chief executive officer and President, effective January 13, 2020.

Calhoun will remain a member of the Board. In addition, Board member Lawrence W. Kellner will become non-executive Chairman of the Board effective immediately.

The Company also announced that Dennis A. Muilenburg has resigned from his positions as Chief Executive Officer and Board director effective immediately. Boeing Chief Financial Officer Greg Smith will serve as interim CEO during the brief transition period, while Calhoun exits his non-Boeing commitments.

The Board of Directors decided that a change in leadership was necessary to restore confidence in the Company moving forward as it works to repair relationships with regulators, customers, and all other stakeholders.

Under the Company's new leadership, Boeing will operate with a renewed commitment to full transparency, including effective and proactive communication with the FAA, other global regulators and its customers.

"On behalf of the entire Board of Directors, I am pleased that Dave has agreed to lead Boeing at this critical juncture," Mr. Kellner said. He added, "Dave has deep industry experience and a proven track record of strong leadership, and he recognizes the challenges we must confront. The Board and I look forward to working with him and the rest of the Boeing team to ensure that today marks a new way forward for our company."

Calhoun said, "I strongly believe in the future of Boeing and the 737 MAX. I am honored to lead this great company and the 150,000 dedicated employees who are working hard to create the future of aviation."

Boeing also named Niel Golightly as the company's senior vice president of Communications, effective Jan. 1, 2020. He succeeds Anne Toulouse, who previously announced her plans to retire in early 2020.

Source: arabiana""",
         boiler=["Translate", "Tuesday, December 24, 2019", "Source: arabiana"],
         ents="""ORG: Boeing#0,1,2,4,5,6,7,8 | FAA
PER: David L. Calhoun | Calhoun | Lawrence W. Kellner | Kellner | Dennis A. Muilenburg | Greg Smith | Dave | Niel Golightly | Anne Toulouse
MISC: 737 MAX""",
         sentiments={"Boeing": "mixed"},
         events=["leadership_change"]),

    dict(id="en8-joongang-korean-retail-overseas", lang="en", split="heldout4", date="2013-04-28 (from the URL)",
         url="https://koreajoongangdaily.joins.com/2013/04/28/industry/Companies-trying-out-new-overseas-markets/2970842.html",
         text="""Companies trying out new overseas markets

Home > Business > Industry

print dictionary print

Companies trying out new overseas markets

Local retail companies are heading to overseas markets beyond Japan and China amid a slowing economy at home, trying more exotic destinations like Myanmar and Turkey.

Fast food chain Lotteria is tapping into the Myanmar market, the first such move by a global food brand in the Southeast Asian country previously known as Burma.

And Korean home shopping mall GS Shop is launching a 24-hour home shopping TV channel in Turkey next month.

E-Land Group’s SPA brand Mixxo also opened its first store in China yesterday.

Lotteria said yesterday it opened its first store in Myanmar’s biggest shopping mall, Junction Square in Yangon, last Saturday as a part of Lotte Group’s goal to expand into the Burmese market.

“We are the first global food company to open a store in Myanmar,” said a spokesman for Lotteria. “It will secure a bridgehead for Lotte Group to enter the Myanmar market.”

Myanmar has attracted the attention of foreign investors since its government started reforms last year.

Shin Dong-bin, the Lotte Group chairman, visited the country last February and Lotteria later signed an MOU with the local food company MYKO last August.

“Lotteria has had successful overseas business performances in countries such as Vietnam and Indonesia with its abundant know-how in the restaurant business,” said Noh Il-sik, CEO of Lotteria at the opening ceremony.

“Through localization based on such know-how and experience, Lotteria will stably expand the business in Burma as well,” Noh said.

The fast food chain is already operating a total of 175 stores overseas including 141 stores in Vietnam, 19 in Indonesia and 14 in China.

It plans to open 30 more stores in Myanmar by 2016, including three stand-alone shops in downtown Yangon, six outlets in shopping malls and one drive-thru store, Lotteria said.

GS Shop, local home sho""",
         boiler=["Home > Business > Industry", "print dictionary print"],
         ents="""ORG: Lotteria | GS Shop | E-Land Group | Mixxo | Lotte Group | MYKO
PER: Shin Dong-bin | Noh Il-sik | Noh
LOC: Japan | China | Myanmar | Turkey | Burma | Junction Square | Yangon | Vietnam | Indonesia""",
         sentiments={"Lotteria": "positive", "GS Shop": "positive", "E-Land Group": "neutral", "Mixxo": "positive",
                     "Lotte Group": "positive", "MYKO": "neutral"},
         events=["expansion"]),

    dict(id="en8-tpmtoday-chains-abroad", lang="en", split="heldout4", date="2008-09-24 (from the page)",
         url="http://tpmtoday.blogspot.com/2008/09/chains-looking-to-international.html",
         text="""Wednesday, September 24, 2008

Chains looking to international expansion

Perhaps because growth at home is looking difficult to attain in the short term, many chains seem to be seeking growth overseas -- here's a sampling from just the past few days:

Carrefour is planning to expand into Russia with its hypermarket format, investing $100 million over a five-year period. In addition, there are rumors that both Carrefour and Wal-Mart are interested in buying Russia's Lenta chain.

Marks & Spencer is opening a store on Shanghai's main shopping street, Nanjing Road.

Macy's is opening its first foreign Bloomingdale's outlet, in the new Dubai Mall.

No comments:""",
         boiler=["Wednesday, September 24, 2008", "No comments:"],
         ents="""ORG: Carrefour | Wal-Mart | Lenta | Marks & Spencer | Macy's | Bloomingdale's
LOC: Russia | Shanghai | Nanjing Road | Dubai Mall""",
         sentiments={"Carrefour": "positive", "Wal-Mart": "neutral", "Lenta": "neutral", "Marks & Spencer": "positive",
                     "Macy's": "positive", "Bloomingdale's": "positive"},
         events=["expansion"]),

    dict(id="en8-heraldng-flybe-administration", lang="en", split="heldout4",
         date="2020-03-05 (approx., from the text: the Thursday Flybe entered administration, amid the coronavirus outbreak)",
         url="https://herald.ng/british-airline-flybe",
         text="""British airline Flybe on Thursday entered administration and grounded all flights, the company reported.”All flights have been grounded and the UK business has ceased trading with immediate effect.
“We will not arrange alternative flights for passengers and advised them not to travel to the airport,” the company said.
The company, based in Exeter in South-West England, has been struggling for months and almost folded up in January.
An airline source noted that a drop in customers amid the new coronavirus outbreak worsened the situation.
Meanwhile, crisis talks were held on Wednesday but could not arrive at a reasonable solution.
However, four senior employees of professional services firm Ernst Young had been appointed as joint administrators.
Flybe is the majority carrier at several regional airports across Britain, including Anglesey in Wales, Aberdeen in Scotland, Manchester and Southampton in England, Belfast in Northern Ireland and European destinations.
According to BBC, in 2019, the carrier was bought by a consortium of companies, including Virgin Atlantic that said it would invest 30 million pounds (or 39 million dollars) into the business to keep it afloat.
Flybe had also been in negotiations with the British Government about receiving a 100-million-pound bailout loan, but the terms were never agreed.""",
         ents="""ORG: Flybe | Ernst Young | BBC | Virgin Atlantic
LOC: UK | Exeter | South-West England | Britain | Anglesey | Wales | Aberdeen | Scotland | Manchester | Southampton | England | Belfast | Northern Ireland""",
         sentiments={"Flybe": "negative", "Ernst Young": "neutral", "Virgin Atlantic": "neutral"},
         events=["bankruptcy"]),

    dict(id="en8-testbig-voa-samsung-galaxy-s8", lang="en", split="heldout4", date="2017-03-29 (from the page)",
         url="https://m.testbig.com/voa/samsung-launches-long-awaited-galaxy-s8",
         text="""29 March, 2017
Samsung has launched its much-awaited new smartphone, the Galaxy S8.
The device was introduced during a media event Wednesday in New York. The launch came after Samsung was forced to recall millions of its troubled Note 7 devices last year.
Samsung's chief of mobile operations, D.J. Koh, began the event by admitting the company had faced a "challenging" year. One filled with "valuable lessons and hard decisions." But he said the launch marked an important new beginning.
"Today, I'm excited to show you a new phone that extends our heritage of great innovation and stunning design."
Samsung launched two versions of the new phone – the Galaxy S8 (14.7 cm), and the slightly larger Galaxy S8+ (15.75 cm).
The company said one of the most exciting features of the S8s is what it calls the Infinity Display. This end-to-end design gets rid of a structured edge, resulting in curving on all sides.
The frame has also been reduced on the new phones, giving more room for the display. Also, the S8 does not have a separate home button – a virtual home button is built into the display.
Samsung's senior vice president, Justin Denison, explained the process behind the latest design.
"In other words, we've redesigned the smartphone from the inside out – to unbox the screen and unleash its infinite potential."
Samsung also gave the world its first look at a new voice assistant named Bixby. The service uses artificial intelligence (AI) technology comparable to offerings by Google, Apple and Microsoft. This allows voice to control many device actions.
The company said users can take photos of books, food or other products and Bixby will automatically search and bring up information on them.
The S8s include a higher quality 8 megapixel camera in front, with a 12 megapixel one in the back. Samsung also launched a new virtual reality camera, called Gear 360, which can support the highest quality video, 4K.
The new phones come with iris and facial recognition technology tha""",
         boiler=["29 March, 2017"],
         ents="""ORG: Samsung | Google | Apple | Microsoft
PER: D.J. Koh | Justin Denison
LOC: New York
MISC: Galaxy S8+ | Galaxy S8 | Note 7 | S8s | S8 | Infinity Display | Bixby | Gear 360""",
         sentiments={"Samsung": "positive", "Google": "neutral", "Apple": "neutral", "Microsoft": "neutral"},
         events=["product_launch"]),
]
