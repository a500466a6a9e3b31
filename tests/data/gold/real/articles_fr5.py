"""French real business articles on results and guidance, share price moves after news, fund raising,
IPOs and investment programmes, added after the split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), found in the
stored public pages by topic, skipping pages whose text never names a company. Stock exchanges named
only as the place of a listing (Bourse de Paris, NYSE Euronext, Nasdaq) are ORG without a sentiment,
as in articles_fr2.py; brokers and data providers quoted in passing are companies (neutral); news
agencies and the publisher get none.
"""

ARTICLES = [
    dict(id="fr5-zonebourse-europacorp-bondit", lang="fr", split="dev",
         date="2012-06-29 (approx., from the text: annual results published the Thursday before)",
         url="https://www.zonebourse.com/cours/action/EUROPACORP-54946/actualite/EUROPACORP-bondit-en-Bourse-en-raison-du-retour-a-l-equilibre-14393534/",
         text="""A 16h30, le titre s'adjugeait 22,28% à 2,25 euros, ce qui en faisait de loin la plus forte progression de l'indice CAC Mid & Small, qui prenait 3%. Il se traitait dans de gros volumes, près de 11 fois son volume moyen quotidien des trois derniers mois.

Cette flambée du cours de Bourse d'Europacorp contraste avec ses tendances négatives passées. Entre un plus haut atteint fin juillet 2009 et le 28 juin 2012, le titre a perdu 79% de sa valeur, tandis que le SBF 120 cédait 5,8%.

Le groupe, après deux exercices de lourdes pertes, a affiché jeudi soir un profit net annuel part du groupe de 0,1 million d'euros et un résultat opérationnel de 6,8 millions, sur un chiffre d'affaires cependant en recul de 6% à 168,3 millions.

Son ratio dette nette/fonds propres a été ramené à 0,50 contre 0,73 à fin mars 2011.

"Nous avons retrouvé la dimension très vertueuse de notre modèle économique, puisque l'international va représenter 50% du chiffre d'affaire de cette année", a déclaré Christophe Lambert, directeur général d'EuropaCorp, en présentant ces résultats à la presse.

L'activité a été soutenue notamment par le succès du film "Colombiana" sur le marché nord-américain.

S'agissant de ses perspectives, Europacorp mise notamment sur "Taken 2". Christophe Lambert a aussi dit souhaiter développer une activité dans les multiplexes, avec un projet à Roissy et un autre à Marseille, qui seraient en partie financés par l'augmentation de capital annoncée le 30 novembre et qui reste en projet.

"L'exercice en cours devrait voir l'activité progresser compte tenu d'un line-up cinéma fourni, avec notamment la sortie de Taken 2 début octobre, de L'homme qui rit (avec Gérard Depardieu) (...) et de la livraison de plusieurs séries TV dont la saison 2 de XIII pour Canal+ et No limit pour TF1", estime Gilbert Dupont dans une note.

François Charlottin, édité par Dominique Rodriguez""",
         boiler=["François Charlottin, édité par Dominique Rodriguez"],
         ents="""ORG: Europacorp | EuropaCorp | Canal+ | TF1 | Gilbert Dupont
PER: Christophe Lambert | Gérard Depardieu
LOC: Roissy | Marseille
MISC: CAC Mid & Small | SBF 120 | Colombiana | Taken 2 | L'homme qui rit | XIII | No limit""",
         sentiments={"Europacorp": "positive", "Canal+": "neutral", "TF1": "neutral", "Gilbert Dupont": "neutral"},
         events=["earnings"]),

    dict(id="fr5-optionfinance-vetoquinol", lang="fr", split="dev", date="2025-03-21 (from the URL)",
         url="https://www.optionfinance.fr/info-financiere-en-continu/d/2025-03-21-vetoquinol-plus-forte-hausse-du-srd-a-la-cloture-du-vendredi-21-mars-2025.html",
         text="""(AOF) - Vetoquinol (+15,05% à 85,60 euros)
Vetoquinol a bondi après la publication de résultats annuels moins mauvais que prévu. Le laboratoire vétérinaire affiche une progression de 5,6% de son résultat net part du groupe à 59 millions d'euros. En revanche, l'Ebitda annuel a reculé de 7,7% à 104 millions d'euros soit 19,3 % du chiffre d'affaires contre 113 millions d'euros en 2023, soit 21,3% du chiffre d'affaires. Le chiffre d'affaires a reculé de 1,9% à 539 millions d'euros. Ayant été surpris favorablement par cette publication, TP Icap Midcap a relevé sa recommandation de Conserver à Acheter.""",
         ents="ORG: AOF | Vetoquinol | TP Icap Midcap",
         sentiments={"Vetoquinol": "positive", "TP Icap Midcap": "neutral"},
         events=["earnings"]),

    dict(id="fr5-zonebourse-blue-solutions-criteo", lang="fr", split="dev", date="2013-10-30 (approx., from the text: first trading day of both)",
         url="https://zonebourse.com/cours/action/MOTOROLA-SOLUTIONS-INC-7130472/actualite/Motorola-Solutions-Inc-IPO-en-fanfare-pour-les-francais-Blue-Solutions-et-Criteo-17410160",
         text="""L'action Blue Solutions a démarré en trombe à la Bourse de Paris, où la filiale de batteries électriques du groupe Bolloré s'est adjugée 44,55% pour sa première séance de cotation, terminant la séance à 20,96 euros.

Introduit sur NYSE Euronext au prix de 14,50 euros, correspondant au haut de la fourchette indicative qui allait de 12 à 14,50 euros, Blue Solutions a ainsi porté sa capitalisation boursière à 604,45 millions d'euros.

Sur le Nasdaq à New York, la start-up française Criteo prend 30% à 38,30 dollars après un peu plus de trois heures de cotation, soit une capitalisation boursière d'environ 2,2 milliards de dollars (1,6 milliard d'euros).

La société française spécialisée dans la publicité personnalisée sur internet avait fixé le prix d'introduction de son action à 31 dollars. Elle avait quelques heures auparavant relevé sa fourchette de prix d'introduction, entre 27 et 29 dollars, contre 23 à 26 dollars initialement envisagés.

Ce succès est de bon augure pour la mise en Bourse de Twitter, prévue le 7 novembre. Le site de micro-blogging entend placer 70 millions de titres à un prix compris entre 17 et 20 dollars par action, ce qui en fera la plus grosse introduction en Bourse d'une société internet depuis celle ratée de Facebook en mai 2012.

"Le franc succès remporté par l'introduction de la filiale spécialisée dans la production et la commercialisation de batteries (...) montre que le climat est devenu très favorable sur le marché des actions", souligne Arnaud Poutier, le directeur du courtier en ligne IG France, dans une note de marché, en évoquant Blue Solutions.

"Ce dossier comporte des risques majeurs et est encore en amont d'un véritable développement", a-t-il ajouté.

Cet engouement ne doit toutefois pas masquer la réalité d'un marché des introductions en Bourse toujours en berne en France.

Selon les données de Thomson Reuters, seuls 85,8 millions de dollars, soit 62,4 millions d'euros (hors B""",
         ents="""ORG: Blue Solutions | Bolloré | Bourse de Paris | NYSE Euronext | Nasdaq | Criteo | Twitter | Facebook | IG France | Thomson Reuters
PER: Arnaud Poutier
LOC: New York | France""",
         sentiments={"Blue Solutions": "positive", "Bolloré": "neutral", "Criteo": "positive", "Twitter": "neutral",
                     "Facebook": "neutral", "IG France": "neutral", "Thomson Reuters": "neutral"},
         events=["funding"]),

    dict(id="fr5-latribune-perfect-technologies", lang="fr", split="dev",
         date="2001-03 (approx., from the URL and the text: 2000 results, 'depuis le début 2001')",
         url="https://www.latribune.fr/archives/2001/marches/bourse-de-paris/id42ccac1f1ac5fc30c1256a31004fdc7f/des-pertes-plus-lourdes-que-prevu-font-plonger-perfect-technologies.html",
         text="""Des pertes plus lourdes que prévu font plonger Perfect Technologies

Le charme est rompu entre Perfect Technologies et ses actionnaires. Pour la deuxième fois en moins de deux mois, le spécialiste français de la vidéo numérique a averti les marchés qu'il ne parviendrait pas à atteindre ses objectifs de résultats. Déjà en difficulté, l'action a perdu 18,49% à 14,02 euros mardi. La société, dont le cours avait pratiquement triplé l'année dernière, a reperdu les trois quarts de sa valeur depuis le début 2001.Au fil des mois, l'écart s'est constamment creusé entre les promesses de la société et ses performances financières. Après un premier semestre déjà décevant sur le plan de l'activité et des résultats, Perfect Technologies avait avancé un objectif de 50 millions d'euros de chiffre d'affaires pour un résultat net de 0,3 million d'euros. La première déception est venue de la publication, fin février, d'un chiffre d'affaires 2000 de 42 millions d'euros, en retrait de 16% par rapport à la prévision réalisée quatre mois plus tôt. A cette occasion, la société de Stéphane Charroy avait également annoncé une perte nette de 1,5 million d'euros, plus de trois fois plus qu'en 1999.Vendredi dernier, Perfect Technologies a finalement annoncé que ses pertes s'élèveraient à 4,5 millions d'euros pour l'exercice 2000. Pêle-mêle, la société attribue ses difficultés à un ralentissement de l'industrie des médias en fin d'année, aux investissements exceptionnels réalisés dans le "streaming" (diffusion de vidéos sur Internet) et au provisionnement de certaines de ses créances.Pour 2001, Perfect Technologies ne s'attend plus qu'à une croissance "comparable à celle obtenue en 2000", soit 24%. A l'issue de la présentation de son chiffre d'affaires annuel, la société avait annoncé un objectif de chiffre d'affaires de 59,5 millions d'euros, représentant une croissance de 40%.latribune.f
Commentaire 0

Votre email ne sera pas """,
         boiler=["Commentaire 0", "Votre email ne sera pas"],
         ents="""ORG: Perfect Technologies
PER: Stéphane Charroy""",
         sentiments={"Perfect Technologies": "negative"},
         events=["earnings"]),

    dict(id="fr5-jdn-startups-septembre", lang="fr", split="dev",
         date="2021-10 (approx., from the text: September figures, Innovafeed's raise of 20 September 2021)",
         url="https://www.journaldunet.com/start-up/1516085-les-start-up-francaises-levent-1-6-milliard-d-euros-en-septembre/",
         text="""Les start-up françaises lèvent 1,6 milliard d'euros en septembre

Les start-up françaises lèvent 1,6 milliard d'euros en septembre Rentrée chargée pour les start-up de l'Hexagone, qui lèvent 1,628 milliard d'euros en septembre. Quatre tours de table parmi les 99 opérations recensées ont un montant égal ou supérieur à 100 millions d'euros.

Après un été plutôt calme, les tours de table, ou du moins leurs annonces, ont repris de plus belle. En septembre, les start-up françaises ont levé exactement 1 628 275 000 euros, au cours de 99 opérations.

Stars incontestées de la rentrée, les jeunes pousses de la foodtech et des mobilités récoltent à elles deux presque la moitié des fonds levés en septembre par les start-up françaises. Elles prennent naturellement les première et deuxième places de notre classement, avec respectivement 479,45 millions d'euros récoltés en douze opérations et 318 millions d'euros récoltés en quatre opérations. Loin derrière, les start-up adtech / martech / publishers se hissent en troisième position grâce à trois tours de table et 110 millions d'euros levés.

© JDN

Décidément sous les feux des projecteurs, les jeunes pousses de la foodtech et des mobilités s'octroient aussi les deux premières places du classement des plus grosses opérations du mois de septembre. La palme d'or revient au producteur d'insectes Innovafeed, basé dans la Somme. La start-up, fondée en 2016, a annoncé le 20 septembre dernier avoir levé 250 millions d'euros. Le spécialiste de la recharge électrique ZePlug lui emboite le pas et fait savoir le 22 septembre qu'il a bouclé un tour de table de 240 millions d'euros. La jeune pousse installe des bornes dans les copropriétés et dans les lieux où des entreprises partagent des bureaux. L'éditeur de logiciels ChapsVision prend la troisième position grâce à une levée de fonds de 100 millions d'euros.

© JDN""",
         boiler=["© JDN"],
         ents="""ORG: Innovafeed | ZePlug | ChapsVision
LOC: Somme""",
         sentiments={"Innovafeed": "positive", "ZePlug": "positive", "ChapsVision": "positive"},
         events=["funding"]),

    dict(id="fr5-levif-toshiba-perte", lang="fr", split="dev", date="2020-08 (from the page)",
         url="https://trends.levif.be/economie/entreprises/perte-trimestrielle-mais-previsions-maintenues-pour-toshiba/article-news-1319429.html",
         text=""" date 2020-08 Le conglomérat industriel japonais Toshiba a annoncé mercredi une perte nette au premier trimestre 2020/21, en raison de l'impact de la crise sanitaire sur son activité et de coûts de restructuration notamment, mais a maintenu ses prévisions dans le vert sur l'exercice.

Sur la période avril-juin, sa perte nette s'élève à 11,3 milliards de yens (90 millions d'euros), comparé à une perte nette de 140,2 milliards de yens un an plus tôt, expliquée à l'époque par une dépréciation d'actifs après la cession de son activité de gaz naturel liquéfié américaine au français Total.

Sa perte opérationnelle sur le premier trimestre se chiffre à 12,6 milliards de yens, contre un bénéfice opérationnel de 7,8 milliards de yens un an plus tôt, selon un communiqué. Ses ventes ont également reculé de 26,2% sur un an, à 599,8 milliards de yens (4,7 milliards d'euros), plombées par une baisse de la demande, imputée à la pandémie, dans tous les secteurs, en particulier l'énergie, les solutions numériques, les systèmes d'impression, l'électronique et les équipements de stockage.

Les prévisions de Toshiba sur l'ensemble de l'exercice 2020/21 sont en revanche inchangées par rapport à ses objectifs fixés en juin. Le groupe table encore sur une baisse de ses ventes annuelles de 6% à 3.180 milliards de yens et un déclin de son bénéfice d'exploitation de 16% à 110 milliards de yens. Toshiba espère générer sur l'exercice un bénéfice net de 50 milliards de yens.""",
         ents="ORG: Toshiba | Total",
         sentiments={"Toshiba": "mixed", "Total": "neutral"},
         events=["earnings"]),
]
