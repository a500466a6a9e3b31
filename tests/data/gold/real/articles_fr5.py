"""French real business articles on results and guidance, share price moves after news, fund raising,
IPOs and investment programmes, added after the split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), found in the
stored public pages by topic, skipping pages whose text never names a company. A market named only as
the place of a listing (Bourse de Paris, NYSE Euronext or the Nasdaq where a company is listed) is ORG
without a sentiment, as in articles_fr2.py, but an exchange operator that is itself the news (Euronext's
own listing) gets one like any company; brokers, rating agencies and data providers
quoted in passing are companies (neutral); news agencies and the publisher get none.
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

    # sentiments re-checked (third-session convention): NYSE Euronext neutral -> no value, Nasdaq neutral -> no value
    # (exchanges named only as the market of the listings, not as the news)
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
         sentiments={"Blue Solutions": "positive", "Bolloré": "neutral",
                     "Criteo": "positive", "Twitter": "neutral",
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

    dict(id="fr5-maddyness-maddymoney-62-millions", lang="fr", split="dev", date="2020-09-18 (from the URL)",
         url="https://www.maddyness.com/2020/09/18/62-millions-maddymoney-18-septembre/",
         text="""Après la reprise, le plateau. Les startups françaises ont levé 62,2 millions d’euros cette semaine selon les estimations de Maddyness, un montant à peu près équivalent à celui de la semaine dernière (56 millions). Si ce chiffre reste en-deçà de ce qui est habituellement observé pour une période de rentrée (autour de 80 millions en moyenne), certainement du fait de la crise liée au coronavirus, il est néanmoins de bon augure. Les investissements semblent se maintenir et, ce, dans tous les secteurs d’activité. Sont ainsi concernées des sociétés opérant dans la finance, la santé, l’énergie, les loisirs ou encore l’éducation.
Moyenne (3,3 millions d’euros) et médiane (2,5 millions) sont assez proches, ce qui laisse se dessiner un solide noyau de tours de table – neuf jeunes pousses, soit la moitié des opérations recensées, ont levé entre 2 et 5 millions d’euros. Avec 9,3 millions levés, Antaios occupe la première place du classement. La DeepTech a réussi à boucler son premier tour de table grâce au soutien d’Innovacom, Applied Materials, Bpifrance et Sofimac. De quoi lancer le développement de la nouvelle génération de mémoires magnétiques, une technologie qui intéresse de grands industriels des puces.
Yooji a, quant à elle, levé 7,5 millions d’euros. Un montant qui lui permet de se classer en seconde position. La Foodtech a pu compter sur Danone Manifesto Ventures, Capagro, Caravelle, Pymwymic et DS Participation pour boucler ce nouveau tour de table. Celle qui affiche de grandes ambitions sur le marché de l’alimentation infantile financera notamment sa première campagne média, baptisée « Copieur officiel du fait-maison pour bébé » – à l’antenne depuis le 1er septembre.
En troisième position vient ImCheck Therapeutics, avec une levée de 6 millions d’euros. La Biotech, qui prolongeait une série B initiée en décembre 2019, a pour sa part reçu l’appui de BB Pureos Bioventures dans le cadre""",
         ents="""ORG: Maddyness | Antaios | Innovacom | Applied Materials | Bpifrance | Sofimac | Yooji | Danone Manifesto Ventures | Capagro | Caravelle | Pymwymic | DS Participation | ImCheck Therapeutics | BB Pureos Bioventures""",
         sentiments={"Antaios": "positive", "Innovacom": "neutral", "Applied Materials": "neutral", "Bpifrance": "neutral",
                     "Sofimac": "neutral", "Yooji": "positive", "Danone Manifesto Ventures": "neutral", "Capagro": "neutral",
                     "Caravelle": "neutral", "Pymwymic": "neutral", "DS Participation": "neutral",
                     "ImCheck Therapeutics": "positive", "BB Pureos Bioventures": "neutral"},
         events=["funding"]),

    dict(id="fr5-optionfinance-euronext-ipo", lang="fr", split="dev", date="2014-06-20 (approx.: Euronext's first day of trading)",
         url="https://www.optionfinance.fr/actualites/succes-en-demi-teinte-pour-euronext.html",
         text="""Malgré un carnet d’ordres sursouscrit plus de deux fois, Euronext n’a pas réussi à se coter en haut de fourchette. En effet, les investisseurs, plus sélectifs face à des introductions plus nombreuses, et quelque peu inquiets à cause du départ d’ICE du capital, ont concentré leurs ordres dans le bas de la fourchette initialement fixée entre 19 et 25 euros. Le vendeur a donc préféré resserrer cette dernière, la veille de la clôture de l’offre, entre 19 et 20 euros. Le prix, finalement fixé à 20 euros, confère à Euronext une valorisation de 1,4 milliard d’euros. Au cours de la première demi-journée de cotation, le cours de Bourse n’a pas suscité plus d’engouement, s’établissant autour de 19,85 euros.
L'info financière en continu
Chargement en cours...
Les dernières Lettres Professionnelles
PWC SOCIÉTÉ D'AVOCATS
TVA – Douanes : panorama des enjeux actuels et futurs
PWC SOCIÉTÉ D'AVOCATS""",
         boiler=["L'info financière en continu", "Chargement en cours...", "Les dernières Lettres Professionnelles",
                 "PWC SOCIÉTÉ D'AVOCATS", "TVA – Douanes : panorama des enjeux actuels et futurs"],
         ents="ORG: Euronext | ICE",
         sentiments={"Euronext": "mixed", "ICE": "neutral"},
         events=["funding"]),

    dict(id="fr5-boursorama-fdj-premiere-cotation", lang="fr", split="dev", date="2019-11-21 (approx.: FDJ's first day of trading)",
         url="https://www.boursorama.com/bourse/actualites/fdj-premiere-cotation-a-23-euros-745d2201c0130be743a0f49b372e92b1",
         text="""(CercleFinance.com) - C'est fait : les premières actions Française des Jeux (FDJ) viennent d'être échangées à la Bourse de Paris, et le succès de l'introduction ne se dément pas. Par rapport au prix de référence, soit 19,9 euros, le titre s'est envolé de près de 20% pour son premier échange, à 23 euros. Pour rappel, le titre de l'entreprise chargée principalement du monopole de la loterie française, et qui est également présente dans les paris sportifs, a été introduit selon un prix de référence situé tout en haut de la fourchette indicative, qui allait de 16,50 à 19,90 euros. A l'occasion, l'Etat a ramené sa participation au capital de la FDJ de 72 à 20%.""",
         ents="""ORG: CercleFinance.com | Française des Jeux | FDJ | Bourse de Paris""",
         sentiments={"Française des Jeux": "positive"},
         events=["funding"]),

    dict(id="fr5-lje-choose-france-2023", lang="fr", split="dev", date="2023-05-15 (from the text)",
         url="https://www.lejournaldesentreprises.com/france/article/newcleo-prologium-gsk-ces-entreprises-etrangeres-qui-prevoient-dinvestir-en-france-2061115",
         text="""Newcleo, Prologium, GSK… : ces entreprises étrangères qui prévoient d’investir en France
# Industrie # Investissement

Newcleo, Prologium, GSK… : ces entreprises étrangères qui prévoient d’investir en France

S'abonner

En quelques heures, 28 entreprises étrangères ont annoncé 13 milliards d’investissements en France, à l’occasion de la grand-messe Choose France. Voici les principales annonces par secteur d’activité.

Nokia annonce la création de 500 emplois à Paris et en Bretagne — Photo : DR

Au château de Versailles, 200 patrons du monde entier ont répondu présent ce lundi 15 mai à l’invitation d’Emmanuel Macron. Depuis six ans, le chef de l’État y organise un sommet dédié à l’attractivité du pays. Un domaine dans lequel l’Hexagone s’est grandement amélioré : cela fait quatre ans que la France est le premier pays européen au niveau des investissements étrangers. Les entreprises à capitaux étrangers profitent de cette occasion pour annoncer leurs projets d’investissements en France. Cette année, 28 entreprises ont promis 13 milliards d’euros d’investissement, allant générer 8 000 emplois.

Automobile : Prologium et XTC ouvrent la voie à Dunkerque

Deux annonces de poids ont été réalisées en amont de l’événement. En déplacement à Dunkerque vendredi 12 mai, Emmanuel Macron a annoncé la création de deux nouvelles usines dans la cité de Jean Bart. Le groupe taïwanais Prologium va y investir 5,2 milliards d’euros, dans une usine qui fabriquera des batteries de véhicules électriques. Devant ouvrir ses portes en 2026, le site emploiera à terme 3 000 salariés. Toujours sur le port de Dunkerque, une joint-venture entre le chinois XTC et le français Orano va donner naissance à une usine de composants pour batteries. Là encore, les chiffres donnent le vertige. L’investissement de 1,5 milliard d’euros générera pas moins de 1 700 emplois.

La société portugaise Powerdot annonce 1""",
         boiler=["# Industrie # Investissement", "S'abonner",
                 "Nokia annonce la création de 500 emplois à Paris et en Bretagne — Photo : DR"],
         ents="""ORG: Newcleo | Prologium | GSK | XTC | Orano | Powerdot
PER: Emmanuel Macron | Jean Bart
LOC: France | château de Versailles | Dunkerque
MISC: Choose France""",
         sentiments={"Newcleo": "positive", "Prologium": "positive", "GSK": "positive", "XTC": "positive",
                     "Orano": "positive", "Powerdot": "positive"},
         events=["funding", "expansion", "partnership"]),

    dict(id="fr5-latribune-investissement-pas-mort", lang="fr", split="dev",
         date="2009-03-04 (approx., from the URL: edition of 04/03; Sarkozy's visit to Eurocopter)",
         url="https://www.latribune.fr/journal/edition-du-0403/evenement/377730/l-investissement-en-france-n-est-pas-mort.html",
         text="""L'investissement en France n'est pas mort

La France industrielle d'aujourd'hui, ce n'est pas seulement les fermetures de sites. Si l'automobile semble plutôt au point mort, de nombreux groupes investissent actuellement dans l'Hexagone pour accroître ou moderniser leur production. Eurocopter, qui accueille ce jeudi Nicolas Sarkozy à Marignane, bâtit, avec Daher, une plate-forme logistique qui ouvrira en juillet, pour un coût de 68 millions d'euros. Le gros projet d'avenir, dans l'aéronautique, c'est aussi le futur A350. Airbus a commencé à édifier, pour 230 millions, le site de production de ce long-courrier à Colomiers, près de Toulouse. Et les équipementiers s'activent : l'américain Spirit construit, près de Saint-Nazaire, un bâtiment où il assemblera des structures destinées à cet avion. Et Daher, dans la même région, récupère certaines productions délaissées par Airbus à cause de l'A350 et agrandit donc son usine.L'énergie aussi fourmille de projets. Si les raffineries n'ont plus la cote, le solaire a pris le relais et le nucléaire se prépare à des jours fastes. EDF Énergies Nouvelles a annoncé lundi qu'il allait implanter une centrale solaire géante à Toul, en Lorraine. Et l'américain First Solar veut construire près de Bordeaux une usine de panneaux solaires, avec 400 emplois à la clé. Dans le nucléaire, la construction par Areva de l'usine d'enrichissement d'uranium Georges-Besse II, dans la Drôme, va engloutir 3 milliards d'euros. Et le groupe vient d'investir, avec ArcelorMittal, 70 millions au Creusot dans l'aciérie Industeel du leader mondial de la sidérurgie.Même douche écossaise dans la pharmacie. Sanofi-Aventis ferme des sites, mais Pierre Fabre vient d'ouvrir une unité de fabrication en Haute-Savoie qui a nécessité un investissement de 15 millions. Et Boiron, le spécialiste de l'homéopathie, consacre 55 millions à ses cinq sites, avec une extension de celui de Messimy, près de Lyon. O. E.
Comme""",
         boiler=["Comme"],
         ents="""ORG: Eurocopter | Daher | Airbus | Spirit | EDF Énergies Nouvelles | First Solar | Areva | ArcelorMittal | Industeel | Sanofi-Aventis | Pierre Fabre | Boiron
PER: Nicolas Sarkozy
LOC: France | Marignane | Colomiers | Toulouse | Saint-Nazaire | Toul | Lorraine | Bordeaux | Georges-Besse II | Drôme | Creusot | Haute-Savoie | Messimy | Lyon
MISC: A350""",
         sentiments={"Eurocopter": "positive", "Daher": "positive", "Airbus": "positive", "Spirit": "positive",
                     "EDF Énergies Nouvelles": "positive", "First Solar": "positive", "Areva": "positive",
                     "ArcelorMittal": "positive", "Industeel": "neutral", "Sanofi-Aventis": "negative",
                     "Pierre Fabre": "positive", "Boiron": "positive"},
         events=["funding", "expansion"]),

    dict(id="fr5-francetvinfo-gdf-suez-premier-jour", lang="fr", split="dev",
         date="2008-07-22 (approx.: first trading day of GDF Suez and Suez Environnement)",
         url="https://www.francetvinfo.fr/economie/premiere-journee-en-bourse-difficile-pour-gdf-suez_1643651.html",
         text="""Première journée en Bourse difficile pour GDF Suez
L'un gagne, l'autre perd. Telle est la loi de la Bourse. Pas franchement convaincue, donc, par GDF Suez. Pour son premier jour de cotation, l'action a chuté de 4,02%, à 42 euros.
_ GDF Suez devient tout de même la troisième entreprise française. Le nouveau groupe d'énergie termine la séance au troisième rang - en valeur boursière - avec 91,98 milliards d'euros ; derrière Total (114,4 milliards d'euros) et EDF (93,7 milliards).
Curieusement, l'action GDF Suez est montée tout au long de la journée, dans le sillage d'un engouement pour le secteur de l'énergie et des services à la collectivité (utilities). Avant de chuter en fin de séance, quand l'agence de notation financière Standard and Poor's a abaissé la note de la dette long terme du nouveau groupe.
C'est finalement Suez environnement qui s'en sort plus que bien. L'action a, elle, bondi dès le début de la journée. Mais elle a bénéficié assez mécaniquement de son prix d'introduction très bas, à 14 euros... L'action a terminé en hausse de près de 30% (29,29% exactement) à 18,10 euros.
Guillaume Gaven, avec agences
Commentaires
Connectez-vous à votre compte franceinfo pour participer à la conversation.""",
         boiler=["Guillaume Gaven, avec agences", "Commentaires",
                 "Connectez-vous à votre compte franceinfo pour participer à la conversation."],
         ents="ORG: GDF Suez | Total | EDF | Standard and Poor's | Suez environnement",
         sentiments={"GDF Suez": "negative", "Total": "neutral", "EDF": "neutral", "Standard and Poor's": "neutral",
                     "Suez environnement": "positive"},
         events=[]),

    dict(id="fr5-optionfinance-profit-warnings", lang="fr", split="dev",
         date="2018-12 (approx., from the text: third-quarter warnings, Parrot's second warning at the end of November)",
         url="https://optionfinance.fr/entreprise-finance/profit-warning-les-entreprises-peuvent-mieux-faire.html",
         text="""Au troisième trimestre, pas moins d’une quinzaine d’entreprises françaises ont publié des avertissements sur leurs résultats, avec pour conséquence des chutes de cours importantes. Des mésaventures dont l’incidence négative pourrait souvent être limitée grâce à un dialogue avec le marché en amont. Une communication plus réactive et transparente s’impose aussi en aval.
Une mauvaise nouvelle n’arrive jamais seule, dit l’adage. Ces dernières semaines l’ont confirmé, qui ont vu pas moins d’une quinzaine d’entreprises françaises cotées émettre des avertissements sur résultats, avec comme incidence systématique une chute immédiate et plus ou moins brutale de leurs cours de bourse. Quand Nexans, confronté à des retards de projets, a cédé 15 % le jour même de l’annonce début novembre, Eramet, LDLC, Atos, Valeo et Plastivaloire ont accusé, pour leur part, des replis de 20 % à 25 % en quelques heures. Le décrochage a été particulièrement sévère pour Parrot qui, après publication d’un second profit warning trimestriel consécutif fin novembre, conséquence du ralentissement du marché des drones grand public, a vu plus de la moitié de sa capitalisation partir en fumée en l’espace de deux séances… «S’il est difficile d’affirmer avec certitude que le nombre d’avertissements est en augmentation sur la période par rapport aux années précédentes, on relève aisément que, dans un contexte marqué par la baisse continue des principaux indices européens et américains et le retour de la volatilité, les investisseurs ont eu tendance à sanctionner plus durement les décalages entre le consensus et les résultats», indique un banquier ECM.
Paradoxalement, une telle série peut être interprétée positivement sur le strict plan de la communication financière. «La plupart des entreprises concernées par ces profit warnings ont revu à la baisse leurs perspectives pour la...""",
         ents="ORG: Nexans | Eramet | LDLC | Atos | Valeo | Plastivaloire | Parrot",
         sentiments={"Nexans": "negative", "Eramet": "negative", "LDLC": "negative", "Atos": "negative",
                     "Valeo": "negative", "Plastivaloire": "negative", "Parrot": "negative"},
         events=["earnings"]),

    dict(id="fr5-tradingsat-parrot-avertissement", lang="fr", split="dev",
         date="2007-10 (approx., from the text: third-quarter 2007 sales, second warning after 31 July)",
         url="https://www.tradingsat.com/parrot-FR0004038263/actualites/parrot-la-moitie-de-la-capitalisation-part-en-fumee-380944.html",
         text="""(BFM Bourse) - Un deuxième « profit warning » en trois mois envoie mercredi l'action Parrot au tapis. Le titre plonge littéralement de 42% à 14.3 euros dans des volumes d'échanges vraiment très fournis: 1.49 million de titres ont d'ores et déjà changé de mains, soit 11.6% du capital de la société.
Un plus bas de 12.53 euros, correspondant à une chute de 50%, a même été touché peu après 14 heures.
Le spécialiste des périphériques sans fil de téléphonie mobile pour véhicule a averti mardi soir d'une nouvelle révision à la baisse de ses objectifs 2007. Le chiffre d'affaires est estimé entre 210 et 220 Millions d'euros, soit 26% à 32% de croissance, tandis que la prévision de marge opérationnelle est revue à 12%.
Le 31 juillet dernier, Parrot avait lancé un avertissement similaire. La société avait abaissé sa prévision de croissance du chiffre d'affaires à plus de 45%, contre une croissance de 55% prévue initialement. L'objectif de marge avait été relevé à 14%, contre une prévision initiale de 13%.
Au troisième trimestre, les ventes de Parrot ont reculé de 11.9% par rapport au deuxième trimestre. La croissance en rythme annuel se limite à +12.7%, ce qui ramène la progression sur 9 mois à +36.5%, alors que la hausse atteignait 50% au premier semestre.
Les dirigeants attribuent cette contre-performance à différentes causes : le ralentissement de la croissance en Espagne (premier marché du groupe), des ventes moins soutenues qu'anticipé au Royaume-Uni, le démarrage tardif de l'Allemagne et de l'Italie.
En réaction, Fortis tranche dans le vif en divisant son objectif de cours par plus de deux à 20 euros (au lieu de 42 !). Le broker recommande désormais d' « Alléger » les positions sur le titre, contre une précédente recommandation « Achat ». « Le communiqué financier du troisième trimestre illustre une fois encore la pauvreté de la communications financière du groupe » déplore l'analyste. Fortis évoque """,
         ents="""ORG: BFM Bourse | Parrot | Fortis
LOC: Espagne | Royaume-Uni | Allemagne | Italie""",
         sentiments={"Parrot": "negative", "Fortis": "neutral"},
         events=["earnings"]),

    dict(id="fr5-tradingsat-schneider-marge", lang="fr", split="dev",
         date="2011 (approx., from the text: the 2011 margin forecast cut with the results)",
         url="https://www.tradingsat.com/schneider-electric-FR0000121972/actualites/schneider-electric-seance-noire-ajustement-du-consensus-a-prevoir-232159.html",
         text="""(BFM Bourse) - Schneider Electric a signé jeudi la deuxième plus forte baisse parmi les valeurs du CAC 40 en plongeant de 7,6%, à 41,2 euros. Le fabricant d'équipements de distribution électrique basse et moyenne tension a été lourdement sanctionné par les investisseurs pour avoir légèrement abaissé sa prévision de marge EBITA pour 2011 autour de 14% (avant coûts d'acquisition et d'intégration et impact de consolidation des acquisitions annoncées en 2011), contre 15% auparavant.
"Toutefois, le consensus est nettement supérieur à 14,8% (avant les résultats) et il devra s'ajuster à la baisse à notre avis", commentent les analystes d'ING, qui a confirmé aujourd'hui sa recommandation "Conserver" et son objectif de cours de 52,5 euros sur Schneider Electric. "Cette annonce va conduire à une réduction des prévisions du consensus de plus de 5%", estime pour sa part Credit Suisse, toujours "Nee" sur la valeur (objectif de cours de 42 euros).
Recevez toutes les infos sur SCHNEIDER ELECTRIC en temps réel :
Par « push » sur votre mobile grâce à l’application BFM Bourse
Par email""",
         boiler=["Recevez toutes les infos sur SCHNEIDER ELECTRIC en temps réel :",
                 "Par « push » sur votre mobile grâce à l’application BFM Bourse", "Par email"],
         ents="""ORG: BFM Bourse | Schneider Electric | ING | Credit Suisse
MISC: CAC 40""",
         sentiments={"Schneider Electric": "negative", "ING": "neutral", "Credit Suisse": "neutral"},
         events=["earnings"]),
]
