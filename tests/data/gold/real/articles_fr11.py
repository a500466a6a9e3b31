"""French real business articles on tech, telecoms, start-ups, software and video games, added for
the development set (``split="dev"``; issue 10).

Stored page text as delivered (first ~2,000 characters at most, boilerplate kept), annotated by hand
before any system ran on it, following make_real.py (format, third-session sentiment conventions)
and resources/schema/default.json.
"""

ARTICLES = [
    dict(id="fr11-boursorama-atos-capgemini-2020", lang="fr", split="dev", date="2021-02-26",
         url="https://www.boursorama.com/bourse/actualites-amp/services-informatiques-atos-qui-pleure-et-capgemini-qui-rit-c66b22c7668e2f54a14406feed7b5dab",
         text="""Services informatiques : Atos qui pleure et Capgemini qui rit information fournie par Le Revenu 26/02/2021 à 11:45
Reflet de performances divergentes en 2020, l’écart entre les deux groupes informatiques s’est creusé en Bourse. Découvrez nos conseils boursiers sur les actions Atos et Capgemini.
La publication annuelle des deux géants français des services informatiques a reçu un accueil contrasté le 18 février.
L’action Atos a chuté de 6,3% ce jour-là, pénalisée par l’annonce d’une marge opérationnelle de 9% (contre 10,1% en 2019), en bas de la fourchette des prévisions.
Le chiffre d’affaires a, lui, reculé de 3%, à 11,2 milliards d’euros à périmètre et taux de change constants.
Capgemini au sommetPour 2021, la société de services informatiques (SSII) vise une croissance interne de ses ventes entre 3,5 et 4% et une hausse de 0,4 à 0,8 point de sa marge.
À l’inverse, des comptes supérieurs aux attentes ont permis au titre Capgemini de gagner 1,8% le 18 février et de toucher un sommet de vingt ans.
Grâce à l’intégration d’Altran sur neuf mois, le groupe a vu ses revenus progresser de 12% en 2020, à 15,8 milliards d’euros. Le tassement de la rentabilité a, lui, été plus faible que prévu, avec 11,9% de marge opérationnelle (-0,4 point).
Pour cette année, la direction anticipe une croissance interne comprise entre 2,5 et 4,5% (après -3,2% en 2020) et une marge de 12,2 à 12,4%.
Prime à la qualitéFace à la crise, Capgemini devrait mieux s’en sortir qu’Atos en retrouvant dès cette année ses performances de 2019, contrairement à son concurrent, qui multiplie les""",
         ents="""ORG: Atos | Capgemini | Le Revenu | Altran""",
         sentiments={"Atos": "negative", "Capgemini": "positive", "Altran": "neutral"},
         events=["earnings"]),

    dict(id="fr11-frandroid-orange-amende-fibre", lang="fr", split="dev",
         date="2023-11 (approx., from the text: early November, after the July 2023 notice)",
         url="https://frandroid.com/marques/orange/1849245_orange-condamne-a-une-lourde-amende-pour-ne-pas-avoir-suffisamment-deploye-la-fibre",
         text="""Les opérateurs télécoms sont dans le viseur des autorités en ce début du mois de novembre. Après une perquisition chez SFR par le parquet national financier pour des soupçons de fraude fiscale aggravée, c’est désormais Orange qui a été sanctionné pour une tout autre affaire par l’Arcep ce mercredi.
Dans un communiqué, l’autorité en charge des communications a indiqué qu’elle avait proposé une amende de 26 millions d’euros à l’encontre d’Orange.
Il est reproché à l’opérateur de ne pas avoir respecté ses engagements en matière de couverture fibre à l’ensemble du territoire pris il y a cinq ans. Concrètement, Orange s’était engagé juridiquement, en février 2018, à couvrir en fibre optique 3000 communes de zones parmi les moins denses. L’opérateur avait par ailleurs indiqué qu’il acceptait que cet objectif lui soit juridiquement opposable et qu’il puisse être sanctionné en cas de manquement.
Un non-respect des engagements de couverture en fibre optique
La première échéance était alors de raccorder, d’ici au 31 décembre 2020, 100 % des logements et locaux professionnels de ces zones, soit 12,98 millions de logements. Cependant, selon les constats de l’Arcep, seuls 10,495 millions de logements ont été rendus raccordables. En septembre 2022, l’Arcep avait donc mis en demeure Orange de respecter ses engagements, une décision contestée par l’opérateur devant le Conseil d’État qui a donné raison au gendarme des télécoms.
En juillet 2023, l’Arcep indique avoir constaté qu’Orange n’avait pas respecté sa mise en demeure de respect des engagements passés et a donc réuni sa formation restreinte afin de décider d’une sanction :
Constatant le non-respect de la première échéance de ses engagements de déploiement en fibre optique en zone AMII, l’Arcep dans sa formation restreinte (dite « de sanction ») prononce une sanction financière de 26 millions d’euros à l’encontre d’Ora""",
         ents="""ORG: SFR | parquet national financier | Orange | Arcep | Conseil d’État""",
         sentiments={"SFR": "negative", "Orange": "negative"},
         events=["legal"]),

    dict(id="fr11-lemagit-sungard-gl-trade", lang="fr", split="dev",
         date="2008-08 (approx., from the text: price compared with the 31 July close, deal to close in Q4)",
         url="https://lemagit.fr/actualites/2240191329/Maintenant-GL-Trade-Lhemorragie-se-poursuit-pour-le-logiciel-francais",
         text="""Maintenant GL Trade ! L'hémorragie se poursuit pour le logiciel français
L'Américain Sungard se porte acquéreur du Français GL Trade, un des principaux éditeurs de l'Hexagone. Avec les rachats de BO (par SAP) et de Ilog (par IBM), ce sont trois champions du logiciel à la française qui sont passés en quelques mois entre des mains étrangères. Malaise à l'heure où le gouvernement cherche à doper notre économie du numérique.
BO, puis Ilog et maintenant GL Trade. L'Américain Sungard a annoncé ce matin son intention d'acquérir le Français GL Trade, un spécialiste des logiciels pour les services financiers. Selon le communiqué diffusé par les deux sociétés, Sungard et les fondateurs de l'éditeur hexagonal, regroupés au sein de la Financière Montmartre, sont entrés en discussion pour que le premier rachète la holding des seconds, qui détient 64,5 % du capital de l'éditeur. Par la suite, Sungard lancera une OPA sur le reste du capital de GL Trade.
L'opération, conclue au prix de 41,7 euros, valorise l'éditeur hexagonal à un peu plus de 400 millions d'euros. Soit 24 % de mieux que le cours de la société au 31 juillet et une surprime de 53 % par rapport à la cotation du 5 mai, date à laquelle les premières rumeurs de vente de la holding des fondateurs ont commencé à se répandre.
Sungard, qui en plus de ses activités dans la continuité d'activité dispose déjà d'une division spécialisée dans les logiciels financiers, espère conclure l'opération avec Financière Montmartre dans le courant du quatrième trimestre. Un préalable au lancement de l'OPA et à la levée des autres obstacles légaux.
"Plus qu'un signal d'alarme"
Selon un porte-parole de Sungard, les deux sociétés ont des couvertures géographiques très complémentaires (l'acquéreur réalisant 70 % de son activité aux Etats-Unis, tandis que GL Trade est à 70 % un acteur européen), des cultures d'entreprise compatibles et des porte-feuille de produits complémenta""",
         ents="""ORG: GL Trade | Sungard | BO | SAP | Ilog | IBM | Financière Montmartre
LOC: Hexagone | Etats-Unis""",
         sentiments={"GL Trade": "positive", "Sungard": "positive", "BO": "neutral", "SAP": "neutral",
                     "Ilog": "neutral", "IBM": "neutral", "Financière Montmartre": "neutral"},
         events=["acquisition"]),

    dict(id="fr11-xboxygen-licenciements-ea", lang="fr", split="dev", date="2024-02-29",
         url="http://www.xboxygen.com/News/Business/News/47794-Licenciements-dans-le-jeu-video-Electronic-Arts-rejoint-la-longue-liste",
         text="""Licenciements dans le jeu vidéo : Electronic Arts rejoint la longue liste

«L’année commence déjà mal» le 29 février @ 10:212024-02-29T10:21:33+01:00" - 21 réaction(s)

Vous n’êtes certainement pas sans savoir que l’année 2023 n’a clairement pas été reluisante pour l’industrie du jeu vidéo, notamment en raison de milliers de licenciements. Malheureusement, 2024 suit la même lignée et Electronic Arts s’ajoute à la liste.

Vous retrouvez ci-dessous un récapitulatif de tous les studios ayant été touchés par des licenciements depuis le début de l’année. Nous nous sommes appuyés sur les travaux réalisés par Kotaku pour réaliser cette liste, complétée par d’autres licenciements que nous avons découverts de notre côté. Nous continuerons à mettre à jour la liste dans les mois à venir. Les différents cas de licenciements ont été listés dans l’ordre chronologique, vous trouvez donc les plus récents en bas de l’article. Au 29 février 2024, on dénombre déjà plus de 7000 postes supprimés depuis le début de l’année.

Liste des studios impactés par des licenciements en 2024

Archiact - Nombre de salariés licenciés inconnu

Archiact, un studio spécialisé dans le développement de jeux en réalité virtuelle, a annoncé le 4 janvier avoir licencié un nombre non précisé d’employés.

Unity Software - 1 800 salariés licenciés

Reuters a révélé le 8 janvier que Unity, société derrière le célèbre moteur de jeu, avait licencié une première vague de salariés dans le cadre d’une « réinitialisation » continue de l’entreprise. Au total, il est prévu que 25% des effectifs soient concernés.

Behaviour Interactive - 45 salariés licenciés

Entre le 9 et le 11 janvier, 45 salariés de Behaviour Interactive ont été licenciés d’après les informations de Kotaku, soit environ 3% des effectifs. Seul le studio de Montreal aurait été affecté par la situation et les licenciements auraient com""",
         boiler=["«L’année commence déjà mal» le 29 février @ 10:212024-02-29T10:21:33+01:00\" - 21 réaction(s)"],
         ents="""ORG: Electronic Arts | Kotaku | Archiact | Unity Software | Reuters | Unity | Behaviour Interactive
LOC: Montreal""",
         sentiments={"Electronic Arts": "negative", "Archiact": "negative", "Unity Software": "negative",
                     "Behaviour Interactive": "negative"},
         events=["layoffs"]),

    dict(id="fr11-zonebourse-ubisoft-semestriels-2014", lang="fr", split="dev",
         date="2014-11 (approx., from the text: first-half 2014-2015 results)",
         url="http://www.zonebourse.com/UBISOFT-ENTERTAIN-4719/actualite/UBISOFT-ENTERTAIN--bondit-de-8-soutenus-par-ses-bons-resultats-semestriels-19309862/",
         text="""Ubisoft (+8,02% à 14,415 euros) s'est emparé, dès l'ouverture, de la première place du palmarès des hausses du SBF 120. Non seulement l'éditeur de jeux vidéo a renoué avec les profits au premier semestre, mais également dépassé son objectif de ventes pour le deuxième trimestre. Il a bénéficié du succès de sa dernière franchise, Watch Dogs, dont plus de 9 millions d'unités ont été vendues, mais aussi d'un segment digital en très forte hausse.

Au premier semestre, clos fin septembre, de l'exercice 2014-2015, Ubisoft un bénéfice net de 11,7 millions d'euros, contre une perte de 62,3 millions d'euros, un an plus tôt à la même époque. Le résultat opérationnel, non-IFRS, c'est-à-dire avant rémunérations payées en actions, de l'éditeur de vidéo est, lui, ressorti à 24,2 millions d'euros, à comparer avec une perte de 98 millions d'euros au premier semestre de l'exercice précédent.

Le chiffre d'affaires s'est élevé à 484,2 millions d'euros, en hausse de 65,1% (67,9% à taux de change constants), dont 124,1 millions d'euros, en baisse de 42,9% (45,2% à taux de change constants). Ubisoft visait 85 millions au deuxième trimestre. Les ventes du segment digital ont bondi de 90,4% à 134,7 millions d'euros, soit 27,8% du chiffre d'affaires global.

Commentant ces résultats, le PDG, Yves Guillemot a déclaré "La performance réalisée au premier semestre renforce notre confiance dans l'atteinte de nos objectifs annuels. Elle témoigne de la pertinence de notre stratégie de création de marques fortes et d'investissement dans le digital. Cette stratégie repose sur une force créative unique par son ampleur et sur une exécution en progression constante. Elle nous positionne au premier plan de ce nouveau cycle de consoles et sera déterminante dans la création de valeur pour nos actionnaires à court, moyen et long termes."

L'éditeur de jeux vidéo a ainsi confirmé ses objectifs pour l'exercice en cours et le suivant. Le groupe ci""",
         ents="""ORG: Ubisoft
PER: Yves Guillemot
MISC: SBF 120 | Watch Dogs""",
         sentiments={"Ubisoft": "positive"},
         events=["earnings"]),

    dict(id="fr11-jdn-startups-fevrier-2023", lang="fr", split="dev",
         date="2023-03 (approx., from the text: February 2023 figures)",
         url="https://www.journaldunet.com/web-tech/start-up/1521241-les-start-up-francaises-levent-492-millions-d-euros-en-fevrier/",
         text="""Les start-up françaises lèvent 492 millions d'euros en février

Les start-up françaises lèvent 492 millions d'euros en février Les jeunes pousses récoltent 190 millions de moins qu'en janvier. Une seule opération dépasse les 50 millions d'euros.

Le montant total mensuel des levées de fonds en France n'était pas passé sous la barre des 500 millions d'euros mensuels depuis décembre 2021 (le mois d'août mis à part). Ce mois de février 2023, les start-up de la French tech annoncent avoir récolté exactement 491, 85 millions d'euros auprès des investisseurs, d'après nos informations. Soit 28% de moins qu'en janvier dernier et 34% de moins qu'en février 2022. Parmi les 68 opérations recensées par le JDN ce mois-ci, seule l'une d'entre elles (Exotrail, voir plus bas) est supérieure à 50 millions d'euros.

Avec plus de 55 millions d'euros levés en trois opérations, les jeunes pousses adtech, martech et publishers prennent la première place du classement des secteurs ayant levé le plus de fonds. Les start-up e-RH suivent de près, en récoltant 51,15 millions d'euros en quatre tours de table. Les jeunes pousses de la foodtech s'octroient la troisième position, en bouclant quatre opérations pour 31,8 millions d'euros.

© JDN

La société spatiale Exotrail est la start-up qui lève le plus de fonds en février 2023. Un tour de table de 54 millions d'euros qui lui permettra d'industrialiser ses moteurs de propulsion électrique pour petits satellites et de se lancer à la conquête des marchés asiatique et américain. En deuxième position, le développeur et éditeur de jeux vidéos Don't Nod récolte 46 millions d'euros, dont 35 millions auprès de Tencent. Une autre spacetech se hisse à la troisième place : The Exploration Company lève 40,5 millions pour avancer sur le design et la commercialisation de son vaisseau spatial capable de transporter du fret et, à terme, des humains.

© JDN""",
         boiler=["© JDN"],
         ents="""ORG: JDN | Exotrail | Don't Nod | Tencent | The Exploration Company
LOC: France
MISC: French tech""",
         sentiments={"Exotrail": "positive", "Don't Nod": "positive", "Tencent": "neutral",
                     "The Exploration Company": "positive"},
         events=["funding"]),
    dict(id="fr11-pressecitron-sap-qualtrics", lang="fr", split="dev",
         date="2018-11 (approx., from the text: announced the weekend before Qualtrics' planned IPO)",
         url="https://www.presse-citron.net/sap-rachete-qualtrics-pour-8-milliards-dollars/",
         text="""La nouvelle est tombée ce week-end chez nos confrères américains : SAP -le premier éditeur de logiciels européen basé en Allemagne- va débourser 8 milliards de dollars pour faire l’acquisition de Qualtrics. Cette société, créée en 2002 par Scott M. Smith, Ryan Smith, Jared Smith et Stuart Orgill, emploie désormais près de 1 300 employés partout dans le monde.

Elle commercialise des SAAS (logiciels à destination des entreprises) qui permettent notamment à ses clients d’améliorer l’expérience qu’ils proposent à leurs utilisateurs, mais aussi à leurs partenaires ou à leurs salariés. Le rachat arrive alors que Qualtrics comptait entrer en bourse pas plus tard que cette semaine.

Des chiffres record

Bien que ce ne soit pas la première fois que SAP rachète une entreprise, c’est pourtant son second plus gros chèque après les 8,3 milliards qui lui ont permis de s’offrir Concur en 2014. Pourquoi prendre le risque de dépenser une somme aussi impressionnante ? Tout simplement parce que les statistiques de Qualtrics le sont aussi.

En effet, le chiffre d’affaires de l’entreprise utahaine a atteint les 289,9 millions de dollars en 2017, soit une croissance de 52% par rapport à la même donnée mesurée un an plus tôt. Et depuis ses débuts, elle a levé plus de 400 millions auprès de grands fonds d’investissement comme Sequoia Capital.

Un marché en pleine forme

Le numérique est vanté comme une technologie d’avenir pour notre économie, ce qui semble se confirmer quand on sait à quel point certains grands comptes sont prêts à mettre la main au portefeuille pour s’offrir leurs challengers. Ainsi, plus tôt dans l’année, Microsoft finalisait le rachat de GitHub, ce qui n’aura pas manqué de faire pleuvoir des réactions négatives chez les développeurs.

Quelques fois, en revanche, tout ne se passe pas comme prévu, car ce genre de deals à 9 zéros suscite l’intérêt des autorités compétentes. On se rappelle """,
         ents="""ORG: SAP | Qualtrics | Concur | Sequoia Capital | Microsoft | GitHub
PER: Scott M. Smith | Ryan Smith | Jared Smith | Stuart Orgill
LOC: Allemagne""",
         sentiments={"SAP": "positive", "Qualtrics": "neutral", "Concur": "neutral", "Sequoia Capital": "neutral",
                     "Microsoft": "neutral", "GitHub": "neutral"},
         events=["acquisition"]),

    dict(id="fr11-zonebourse-software-ag-bain", lang="fr", split="dev",
         date="2023-05 (approx., from the text: less than two weeks after Silver Lake's April 2023 offer)",
         url="https://ch.zonebourse.com/cours/action/SOFTWARE-AG-37926215/actualite/L-entree-de-Bain-au-capital-de-Software-AG-alimente-les-speculations-sur-une-bataille-de-rachat-43707770",
         text="""DARMSTADT (dpa-AFX) - Le projet de rachat de Software AG pourrait donner lieu à une compétition d'offres. L'investisseur financier Bain Capital a annoncé ce week-end une participation indirecte d'un peu plus de 10 pour cent dans l'entreprise de Darmstadt, pour laquelle l'investisseur technologique américain Silver Lake a récemment annoncé son intention de rachat. Parallèlement, le fonds spéculatif Elliott de l'investisseur vedette Paul Singer a également mis la main à la pâte, comme l'a rapporté l'agence de presse Bloomberg la semaine dernière en citant des personnes informées. L'Américain espère probablement profiter d'une éventuelle bataille pour le rachat ou d'une indemnisation forcée. L'action a continué de progresser dernièrement en raison de l'imagination des investisseurs.

Le titre, coté sur le SDax, valait déjà plus que les 30 euros par action annoncés par Silver Lake avant le week-end prolongé. Mardi, le cours a grimpé de plus de 5% dans les premiers échanges, à 32,54 euros, un plus haut depuis fin juin 2022. Ces derniers mois, le titre était tombé à un niveau d'environ 20 euros avant l'annonce du projet de Silver Lake. A l'automne 2020 et 2021, le titre valait encore près de 45 euros au plus haut.

Bloomberg a rapporté avant le week-end que Bain cherchait à discuter avec Software AG d'une éventuelle acquisition et d'une fusion avec sa société de portefeuille Rocket Software. Les réflexions en seraient encore à un stade précoce et ne devraient pas nécessairement déboucher sur une offre. Une porte-parole de la société SDax n'a pas souhaité commenter ce rapport. Selon Bloomberg, Bain n'a pas non plus souhaité commenter ces informations.

Silver Lake avait fait part il y a moins de deux semaines de son intention de racheter la société de Darmstadt. L'investisseur américain veut payer 30 euros par action en numéraire, cette offre valorisant l'entreprise à environ 2,2 milliards d'euros. De son côté, Silver La""",
         ents="""ORG: dpa-AFX | Software AG | Bain Capital | Bain | Silver Lake | Elliott | Bloomberg | Rocket Software
PER: Paul Singer
LOC: DARMSTADT | Darmstadt
MISC: SDax""",
         sentiments={"Software AG": "positive", "Bain Capital": "neutral", "Silver Lake": "neutral", "Elliott": "neutral",
                     "Rocket Software": "neutral"},
         events=["acquisition"]),

    dict(id="fr11-generationnt-bouygues-telecom-plan", lang="fr", split="dev",
         date="2014-06 (approx., from the text: transformation plan after SFR went to Numericable)",
         url="https://www.generation-nt.com/bouygues-telecom-acquisition-orange-echec-actualite-1892942.html",
         text="""Après avoir manqué la possibilité de racheter l'opérateur SFR face à Numericable, l'opérateur Bouygues Telecom doit prendre en compte les nouvelles conditions d'un marché qui reste pour le moment à quatre opérateurs.

C'est désormais lui qui peut être la cible d'un rachat mais le groupe Bouygues se montre décidé à continuer d'exister sur le marché télécom, quitte à resserrer les rangs et faire évoluer significativement son modèle économique.

Bouygues-Telecom-logo  Il a donc présenté un plan de transformation qui prévoit un recentrage sur la 4G, une simplification de ses offres mais avec des propositions agressives en matière de box et le maintien de sa relation client, avec cependant la suppression d'un peu plus de 1500 postes.

Que deviennent les discussions, réelles ou supposées, avec les opérateurs Orange et Free en vue d'un rachat de la filiale qui ramènerait le marché à trois opérateurs ? Officiellement, le PDG de Bouygues Telecom Olivier Roussat affirme qu'elles n'ont pas abouti et que l'opérateur ne peut donc compter que sur lui-même pour continuer d'exister sur le marché.

Ces déclarations ont entraîné une chute significative des cours des trois opérateurs concernés mais, comme le rappelle le journal Les Echos, elles ne signifient pas qu'elles ne déboucheront pas sur un accord ultérieurement.

L'opérateur Orange est épaulé par deux banques d'affaires pour étudier la piste d'un rachat de Bouygues Telecom pour environ 6 milliards d'euros et semble bien décidé à acquérir le troisième opérateur mobile. Le journal économique affirme que Bouygues Telecom aurait souhaité officialiser un accord de principe avec Orange mais que ce dernier a refusé.

Les discussions seraient donc toujours en cours, avec un projet de rachat de l'opérateur en cash, peut-être en association avec le groupe Iliad qui récupèrerait le réseau et les fréquences. Mais en attendant de finaliser un accord satisfaisant, c'est la voie d""",
         ents="""ORG: SFR | Numericable | Bouygues Telecom | Bouygues#0 | Orange | Free | Les Echos | Iliad
PER: Olivier Roussat""",
         sentiments={"SFR": "neutral", "Numericable": "neutral", "Bouygues Telecom": "negative", "Bouygues": "negative",
                     "Orange": "negative", "Free": "negative", "Iliad": "neutral"},
         events=["layoffs"]),

    dict(id="fr11-channelnews-semestriels-esn-2022", lang="fr", split="dev", date="2022-07 (from the text: last week of July)",
         url="https://www.channelnews.fr/semestriels-capgemini-et-sopra-steria-accelerent-atos-rassure-et-solutions-30-stagne-116715",
         text=""" date 2022-07 La dernière semaine de juillet a été riche en publications de résultats semestriels de grands groupes français de services numériques, globalement bien accueillies sur la place parisienne. En progression hebdomadaire, l’action d’Atos a progressé de 10%, Capgemini de 8%, Sopra de 5% et Solutions 30 à contre-courant abandonne près de 7%.

Capgemini

A la première place des ESN en France, Capgemini a dépassé pour la première fois la barre des 10 milliards d’euros en un semestre. Sur les six premiers mois de l’année, le groupe a enregistré un chiffre d’affaires de 10,68 Mds €, en hausse de 18,5% à taux de change constants. Son résultat net atteint 667 M€ contre 443 M un an plus tôt. Profitant à plein de la demande en transformation digitale, Capgemini relève fortement son objectif de croissance en 2022, désormais attendu entre 14 et 15% contre 8 à 10% précédemment.

Sopra Steria

Le challenger de Capgemini a également présenté des semestriels solides. Son chiffre d’affaires a progressé de 9,3% à 2,54 Mds € et de 7,3% à taux de change et périmètre constants. Son résultat net s’établit à 112,3 M€ en hausse de 32%. L’entreprise a confirmé ses objectifs pour 2022, à savoir une croissance organique du chiffre d’affaires comprise entre 5% et 6% assortie d’une marge opérationnelle de 8,5% à 9%. Parallèlement, Sopra Steria a annoncé être entré en négociations exclusives en vue de l’acquisition de CS Group, un spécialiste des systèmes critiques dans la défense et le spatial, dans le cadre d’une opération estimée à 282,5 millions d’euros.

Atos

En crise depuis plusieurs semestres, Atos laisse entrevoir de premiers signes de stabilisation. Sur les six premiers mois de l’année, son chiffre d’affaires progresse de 2,6% à 5,56 Mds €, même s’il recule encore de 2,1% en organique. Le groupe d""",
         ents="""ORG: Atos | Capgemini | Sopra Steria | Sopra | Solutions 30 | CS Group
LOC: France""",
         sentiments={"Capgemini": "positive", "Sopra Steria": "positive", "Atos": "mixed", "Solutions 30": "negative",
                     "CS Group": "neutral"},
         events=["earnings", "acquisition"]),

    dict(id="fr11-strategies-arcep-procedures-operateurs", lang="fr", split="dev",
         date="2014 (approx., from the text: after the sanction power was restored in March 2014)",
         url="https://www.strategies.fr/actualites/marques/243988W/l-arcep-ouvre-des-procedures-a-l-encontre-de-11-operateurs.html",
         text="""L'Autorité de régulation des télécoms (Arcep) a ouvert 19 procédures d'instruction à l'encontre de 11 opérateurs fixes et mobiles «pour des faits susceptibles de constituer des manquements aux obligations afférentes à leurs activités». Orange, Free, Bouygues Telecom, SFR et Numericable font tous l'objet d'au moins une enquête. Couverture mobile, déploiement de la fibre et portabilité figurent parmi les sujets sur lesquels l'Arcep a pu interpeller les opérateurs. L'Arcep a vu son pouvoir de sanction, censuré en 2013, rétabli en mars 2014. Elle avait auparavant prononcé des sanctions, en décembre 2011, contre La Poste pour 1 million d'euros, et contre Numericable pour 5 millions d'euros.

Suivez dans Mon Stratégies les thématiques associées.

Vous pouvez sélectionner un tag en cliquant sur le drapeau.""",
         boiler=["Suivez dans Mon Stratégies les thématiques associées.",
                 "Vous pouvez sélectionner un tag en cliquant sur le drapeau."],
         ents="""ORG: Autorité de régulation des télécoms | Arcep | Orange | Free | Bouygues Telecom | SFR | Numericable | La Poste""",
         sentiments={"Orange": "negative", "Free": "negative", "Bouygues Telecom": "negative", "SFR": "negative",
                     "Numericable": "negative", "La Poste": "neutral"},
         events=["legal"]),
    dict(id="fr11-latribune-ea-riccitiello", lang="fr", split="dev",
         date="2007-02 (approx., from the URL and the text: announced on a Monday, effective 2 April)",
         url="https://www.latribune.fr/archives/2007/IDE1C177890BCB282DC125728F001FF62B/retour-de-john-riccitiello-a-la-direction-delectronic-arts.html",
         text="""Retour de John Riccitiello à la direction d'Electronic Arts

L'éditeur américain de jeux vidéo s'est doté d'un nouveau numéro un, nommant un ancien du groupe, John Riccitiello, au poste de directeur général, en remplacement de Larry Probst. Ce dernier reste président du conseil d'administration.

L'éditeur américain de jeux vidéo Electronic Arts crée une double surprise: non seulement il décide de changer de directeur général mais en plus il fait revenir un ancien du groupe. En effet le premier éditeur mondial de jeux vidéo vient de se doter d'un nouveau numéro un, nommant un ancien du groupe, John Riccitiello, au poste de directeur général. A compter du 2 avril, John Riccitiello va remplacer Larry Probst qui restera président du conseil d'administration. Larry Probst fait partie du groupe quasiment depuis ses débuts, entrant chez Electronic Arts en 1984, deux ans après sa création.

Electronic Arts n'a pas donné les raisons du changement à sa direction, mais dans un entretien accordé lundi au Wall Street Journal, Larry Probst expliquait que c'était le moment "idéal" pour passer le relais alors que l'industrie du jeu vidéo amorce un tournant de son histoire, avec de nouvelles technologies appliquées aux jeux vidéo.

John Riccitiello a été président et directeur de l'exploitation d'Electronic Arts (EA) avant de quitter le groupe en 2004 pour fonder la société d'investissements Elevation Partners. Cette dernière a essentiellement investi dans l'industrie du jeu vidéo. "Nous sommes heureux d'accueillir de nouveau John en tant que directeur général", a déclaré Larry Probst, cité dans le communiqué. "Son expertise, sa vision et son expérience dans notre industrie lui valent le respect de nos employés et de nos actionnaires", a-t-il ajouté.

A la Bourse de New York, l'annonce de la nomination d'un nouveau patron a plutôt été appréciée: l'action Electronic Arts prenait 1,04% à 52,50 dollars lors des échanges électron""",
         ents="""ORG: Electronic Arts | EA | Wall Street Journal | Elevation Partners | Bourse de New York
PER: John Riccitiello | Larry Probst | John""",
         sentiments={"Electronic Arts": "positive", "Elevation Partners": "neutral"},
         events=["leadership_change"]),

    dict(id="fr11-actugaming-supermassive-licenciements", lang="fr", split="dev", date="2024-02 (from the page)",
         url="https://www.actugaming.net/le-studio-supermassive-games-specialise-dans-les-jeux-dhorreur-va-licencier-90-personnes-620742/",
         text=""" date 2024-02 Le studio derrière les jeux The Dark Pictures ou The Quarry est composé d’environ 300 personnes, mais s’apprête à en licencier 90 d’entre eux. Bloomberg indique que 150 positions étaient à risque, de quoi rendre le climat particulièrement difficile au sein des équipes. Puisque la nouvelle s’est rapidement ébruitée, Supermassive Games a décidé de reprendre les devants en publiant un communiqué pour confirmer les renvois à venir, sans pour autant en préciser le nombre :

« Ce n’est un secret pour personne : l’industrie du jeu vidéo est actuellement confrontée à des défis importants, et malheureusement nous n’y sommes pas à l’abri. Après de longues délibérations et avec un profond regret, nous entreprenons donc une réorganisation de Supermassive Games. En conséquence, nous entrons dans une période de consultation qui entraînera la perte de certains de nos collègues. Ce n’est pas une décision qui a été prise à la légère, et de nombreux efforts ont été déployés pour éviter ce résultat. Nous sommes tous conscients du caractère déstabilisant et difficile de ce processus pour tous nos employés et nous travaillerons en étroite collaboration avec toutes les personnes impliquées pour garantir que le processus soit mené avec autant de respect et de compassion que possible. Nous nous engageons à concentrer nos efforts sur nos principaux atouts et sur les titres à venir afin d’assurer la pérennité continue de l’entreprise. »""",
         ents="""ORG: Bloomberg | Supermassive Games
MISC: The Dark Pictures | The Quarry""",
         sentiments={"Supermassive Games": "negative"},
         events=["layoffs"]),

    dict(id="fr11-zonebourse-atos-rumeurs-rachat", lang="fr", split="dev", date="2021-09-20 (from the URL)",
         url="https://www.zonebourse.com/cours/action/ATOS-SE-4612/actualite/La-valeur-du-jour-a-Paris-Atos-echappe-a-la-baisse-grace-a-des-rumeurs-d-interets-acheteurs-36465061/?utm_medium=RSS&utm_content=20210920",
         text=""" date 2021-09 © AOF 2021

Au sein d'un marché parisien en net repli, l'action Atos parvient à surnager, grappillant 0,07% à 45,50 euros à la faveur de spéculation sur un rachat. L'ancien membre du CAC 40 susciterait l'intérêt de Thales et Sopra Steria, écrit ce matin BFM sur son site Internet. "Thales n'est intéressé que par la division cybersécurité mais Atos n'est pas prêt à la vendre", indique la chaîne d'information. Selon cette dernière, le président de Sopra Steria, Pierre Pasquier, a évoqué l'hypothèse d'un rapprochement devant les représentants des salariés.En conséquence, le titre Sopra Steria, dont la capitalisation d'environ 3,38 milliards d'euros est inférieure à celle d'Atos, est chahuté : -8,46% à 164,0 euros. Contacté par AOF, Sopra Steria ne nous avait pas encore répondu.Début août, le site Internet DealReporter rapportait que certains fonds d'investissement, dont Cinven, KKR, Advent et Bain, s'intéressaient au groupe technologique français.Avant d'être éjecté du Saint des Saints de la Bourse parisienne, Atos affichait la plus mauvaise performance du CAC 40 depuis le 1er janvier : -39%, faisant tomber sa capitalisation à environ 5 milliards d'euros.Le spécialiste de la transformation numérique des entreprises n'a cesser d'accumuler les déboires ces derniers mois. Tout d'abord, le projet d'acquisition de l'américain DXC Technology, jugé trop ambitieux, a été abandonné en début d'année. Puis le groupe a annoncé en avril la découverte d'erreurs comptables aux Etats-Unis. Les commissaires aux comptes ont en conséquence émis une réserve.Mais le coup de grâce a été donné à la mi-juillet sous la forme d'un important profit warning, l'accélération de la migration vers le Cloud ayant en effet entrainé une accélération du déclin des activités de gestion d'infrastructures classiques. Ces dernières représentent """,
         boiler=["date 2021-09 © AOF 2021"],
         ents="""ORG: Atos | Thales | Sopra Steria | BFM | AOF | DealReporter | Cinven | KKR | Advent | Bain | DXC Technology
PER: Pierre Pasquier
LOC: Etats-Unis
MISC: CAC 40""",
         sentiments={"Atos": "mixed", "Sopra Steria": "negative", "Thales": "neutral", "Cinven": "neutral", "KKR": "neutral",
                     "Advent": "neutral", "Bain": "neutral", "DXC Technology": "neutral"},
         events=[]),

    dict(id="fr11-tendanceouest-altice-offre-bouygues-telecom", lang="fr", split="dev",
         date="2015-06-22 (approx., from the text: Altice's unsolicited offer, Macron economy minister; page stamped 2021-10)",
         url="https://www.tendanceouest.com/actualite-108193-paris-afp-offre-de-sfr-sur-bouygues-telecom-reunion-mardi-chez-bouygues",
         text=""" date 2021-10 Le groupe Bouygues a confirmé lundi avoir reçu du groupe Altice, propriété de l'homme d'affaires Patrick Drahi et maison mère de SFR, une "offre non sollicitée" pour Bouygues Telecom et prévoit de réunir son conseil d'administration mardi pour en discuter, alors qu'un troisième opérateur, Free, entre officiellement en jeu. "Aucune négociation n'est en cours", a précisé Bouygues dans un communiqué. L'entreprise Numericable-SFR, filiale d'Altice, a aussi confirmé dans un communiqué séparé avoir déposé une offre de rachat et annoncé que si celle-ci aboutissait, elle envisageait de revendre certains actifs à Iliad, propriétaire de l'opérateur Free. "Suite à la confirmation par Altice de son offre d'acquisition, par sa filiale Numericable-SFR, de la société Bouygues Telecom, Numericable-SFR annonce être entré en négociations exclusives avec Iliad pour la revente d'un portefeuille d'actifs dans le cadre de cette offre", précise le document. Aucune des entreprises ne précise le montant des sommes en jeu. Mais des sources proches du dossier ont indiqué à l'AFP que Patrick Drahi a mis sur la table 10 milliards d'euros pour racheter Bouygues Telecom. Le gouvernement français a déjà fait part de son opposition au projet, par la voix du ministre de l'Economie Emmanuel Macron qui a dit redouter des conséquences négatives pour "l'emploi, l'investissement et le meilleur service aux consommateurs". Une telle offre, si elle aboutit, chamboulera profondément le paysage des télécoms français et surtout celui de la téléphonie mobile, qui était passé de trois à quatre opérateurs en janvier 2012 avec l'arrivée fracassante de Free Mobile. L'homme d'affaires franco-israélien Patrick Drahi, à la tête d'un empire des médias et des télécommunications en France comprenant notamment les publications L'Express et Libération, avait déjà ré""",
         ents="""ORG: Bouygues | Altice | SFR | Bouygues Telecom | Free | Numericable-SFR | Iliad | AFP | Free Mobile | L'Express | Libération
PER: Patrick Drahi | Emmanuel Macron
LOC: France""",
         sentiments={"Bouygues": "neutral", "Altice": "neutral", "SFR": "neutral", "Bouygues Telecom": "neutral",
                     "Free": "neutral", "Numericable-SFR": "neutral", "Iliad": "neutral", "Free Mobile": "neutral",
                     "L'Express": "neutral", "Libération": "neutral"},
         events=["acquisition"]),
    dict(id="fr11-comptoirhardware-blade-depot-bilan", lang="fr", split="dev",
         date="2021-03 (approx., from the text: filing earlier in the month, receivership opened in Paris)",
         url="https://www.comptoir-hardware.com/actus/business/43629-apres-avoir-depose-le-bilan-le-francais-du-cloud-gaming-blade-cherche-un-sauveur.html",
         text="""La startup française Blade, fondée en 2017 et spécialisée dans le cloud gaming avec son service Shadow pour tous types d'appareils, a déposé le bilan un peu plus tôt dans le mois en France et aux USA, et a été mise en redressement judiciaire par le tribunal de commerce de Paris. Dans la foulée, son fournisseur de serveur et actionnaire à hauteur de 2 millions d'euros depuis 2019, le Strasbourgeois 2CRSI, a immédiatement entamé une procédure de réclamation de dette et pour récupérer tout l'équipement fourni, qui reste contractuellement la propriété de 2CRSI jusqu'à ce que tous les paiements ou à compte soient payés par Blade.

Le fournisseur pourrait donc prétendre à l'équivalent de près de 30,2 millions d'euros de hardware (commandé depuis 2017), parmi lesquels des serveurs équipés de GPU haut de gamme et pour le stockage - et on sait combien ce type de matériel est aujourd'hui très prisé, considérant la pénurie frappant le semiconducteur et les prix en hausse du matériel. Des clients de 2CRSi auraient d'ailleurs déjà manifesté leur intérêt pour les serveurs concernés - visiblement, personne ne perd son temps. En sus, Blade doit également une dette de 3,7 millions d'euros à 2CRSi. Néanmoins, ce dernier estime qu'il ne sera capable de récupérer qu'environ 10,8 millions d'euros dans le cadre de la procédure et des différents contrats.

De son côté, Blade (SAS) affirme avoir attiré des milliers de joueurs depuis le lancement du service, avec une liste d'attente qui en comptait beaucoup d'autres, mais qu'il a été « victime de son succès », alors qu'il aurait néanmoins eu du mal à trouver assez de serveurs pour satisfaire la demande... D'où le dépôt de bilan ? En attendant, Blade ne compte pas baisser les bras et a annoncé une réorganisation pour se libérer de toutes dettes et continuer le développement de sa technologie, tout se lançant à la recherche de nouveaux actionnaires pour le sortir du pétrin.""",
         ents="""ORG: Blade | tribunal de commerce de Paris | 2CRSI | 2CRSi
LOC: France | USA
MISC: Shadow""",
         sentiments={"Blade": "negative", "2CRSI": "mixed"},
         events=["bankruptcy"]),

    dict(id="fr11-maddyness-maddymoney-avril-2018", lang="fr", split="dev", date="2018-04-20 (from the URL)",
         url="https://www.maddyness.com/2018/04/20/maddymoney-14-20-avril/",
         text="""Jackpot ! Après plusieurs semaines somnolantes voire léthargiques, l’écosystème français retrouve de la vigueur. Pour la quatrième fois cette année, le total hebdomadaire des levées de fonds dépasse les 100 millions d’euros, tiré par trois levées à deux chiffres, dont une qui représente presque la moitié du total à elle seule.
C’est donc sans conteste Scality et son tour de table de 60 millions de dollars (48,5 millions d’euros) qui arrivent en tête du palmarès des levées de la semaine. Scality va utiliser les fonds levés pour peaufiner ses services, notamment en matière d’ingénierie. Et espère atteindre la rentabilité d’ici 2020 pour envisager une cotation boursière.
Derrière, Limflow s’impose à la deuxième place avec une opération à 27 millions d’euros, bouclée auprès de Sofinnova Partners, Bpifrance et Balestier. Ce tour de table doit permettre à la Medtech d’obtenir l’approbation de la FDA américaine pour amorcer son développement commercial aux États-Unis.
Enfin, LaFinBox complète le podium, avec l’investissement de 10 millions d’euros réalisé par son sparring partner Swisslife. Cela doit lui permettre d’élargir son offre en intégrant notamment la gestion des biens immobiliers mais aussi de développer un service d’accompagnement par des conseillers financiers.
Les Medtech s’imposent un peu plus comme un des secteurs les plus dynamiques depuis le début de l’année : elles ont rassemblé près de 37 millions d’euros à elles seules cette semaine grâce aux opérations de Limflow et Infimed. Ça bouge également côté mobilité avec la belle levée de Karos, qui montre une fois de plus que le secteur du covoiturage courte distance est en pleine ébullition, mais aussi celle de My Sam, qui rappelle que celui des VTC n’a pas terminé sa consolidation.""",
         ents="""ORG: Scality | Limflow | Sofinnova Partners | Bpifrance | Balestier | FDA | LaFinBox | Swisslife | Infimed | Karos | My Sam
LOC: États-Unis""",
         sentiments={"Scality": "positive", "Limflow": "positive", "LaFinBox": "positive", "Infimed": "positive",
                     "Karos": "positive", "My Sam": "positive", "Sofinnova Partners": "neutral", "Bpifrance": "neutral",
                     "Balestier": "neutral", "Swisslife": "neutral"},
         events=["funding"]),

    dict(id="fr11-europe1-free-mobile-4g-illimitee", lang="fr", split="dev",
         date="2017-03 (approx., not in the text: the 100 Go / unlimited-4G-for-Freebox offer)",
         url="https://europe1.fr/technologies/free-mobile-de-la-4g-illimitee-pas-vraiment-illimitee-3008561",
         text="""Une "offre monstrueuse" selon les dires de l'opérateur. Free Mobile a annoncé mardi matin une nouvelle mise à jour de son forfait à 19,99 euros par mois. Ce dernier inclura désormais la 4G "illimitée". Une manière de répondre à SFR qui a lancé en fin de semaine dernière un abonnement incluant 100Go d'internet par mois. Mais cette offre "illimitée" comporte plusieurs restrictions. Explications.
Pour les abonnés Freebox uniquement
"C’est la première fois au monde qu’un opérateur propose une offre d’internet mobile 4G illimitée à un prix aussi attractif. Free libère ainsi définitivement les Français : plus besoin de compter, c’est illimité !", écrit fièrement l'opérateur dans un communiqué de presse diffusé mardi matin. Oui, mais pas totalement. Car cet "illimité" est valable uniquement pour les abonnés disposant également d'une Freebox à leur domicile.
Les titulaires du forfait mobile qui ne disposent pas d'une box de l'opérateur n'auront en effet pas accès à l'illimité. Ils bénéficieront chaque mois d'une enveloppe de 100Go de data pour se connecter à Internet soit une multiplication par deux de ce qui était proposé précédemment. En résumé, les abonnés qui possèdent une Freebox et payent 15,99 euros par mois bénéficieront de l'illimité, ceux qui n'ont pas de box Free et payent 19,99 euros par mois devront se satisfaire de 100Go de data, ce qui reste tout de même bien supérieur à la majorité des forfaits du marché.
Avec une telle offre, l'idée de Free semble donc claire. L'opérateur qui a récemment piqué à SFR sa place de deuxième opérateur dans le fixe cherche à confirmer sa place en poussant ses abonnés mobiles à souscrire à une offre Freebox.
Un téléphone 4G ou (presque) rien
La seconde distinction se fait sur les réseaux. 4G et 3G ne sont en effet pas traitées de la même façon. Pour les abonnés à la Freebox qui bénéficient donc de l'illimité en 4G, la consommation de données est li""",
         ents="""ORG: Free Mobile | SFR | Free
MISC: Freebox""",
         sentiments={"Free Mobile": "mixed", "Free": "mixed", "SFR": "neutral"},
         events=["product_launch"]),

    dict(id="fr11-pnintendo-eco-semaine-dirigeants", lang="fr", split="dev", date="2021-10-05 (from the text)",
         url="https://www.p-nintendo.com/news/eco-de-la-semaine-blake-jorgensen-n-2-d-ea-abandonne-ses-fonctions-des-nouveaux-venus-chez-ubisoft-activision-blizzard-evite-un-autre-proces-et-creation-de-kepler-257572?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+pn-majs+%28Puissance+Nintendo%29",
         text=""" date 2021-10 Blake Jorgensen abandonne ses fonctions

Galerie images 05/10/2021

Ubisoft et Warner Bros. Games recrutent de nouveaux cadres

Galerie images 05/10/2021

Activision-Blizzard évite un nouveau procès

Galerie images 05/10/2021

En bref cette semaine :

Galerie images 05/10/2021

Blake Jorgensen, directeur des opérations et directeur financier d’Electronic Arts, a annoncé cette semaine qu’il s’apprête à abandonner ses fonctions. Très proche d’Andrew Wilson et n°2 dans la hiérarchie de l’entreprise californienne, il est également l’instigateur des rachats de Codemasters et Respawn Entertainment.Il sera remplacé par Laura Miele (directrice des studios) pour la partie direction des opérations. Côté finance, il continuera d’occuper son poste jusqu’à ce qu’un remplaçant adéquat soit trouvé. Après son départ prévu pour l’été 2022, on ne sait pas encore où Jorgensen partira.Notons également la promotion de Chris Bruzzo. Ex-vice-président marketing du groupe, il devient donc directeur de l'expérience client. Une promotion qu’Andrew Wilson a commenté, indiquant que c’est un poste qui exige de "diriger nos efforts pour construire des écosystèmes sociaux qui forgent des liens plus forts et créent des expériences uniques pour les joueurs dans et autour de nos jeux".Depuis les “affaires Libération”, Ubisoft a perdu grand nombre de ses cadres, accusés, pour la plupart d’entre eux, de sexisme et d’harcèlement sexuel, si ce n’est plus. Le n°2 d’Ubisoft, Serge Hascoët, fait partie de cette masse et depuis son départ, le poste était vide. Désormais on connaît enfin le nom du second d’Yves Guillemot, il s’agit d’Igor Manceau, employé qui, en 20 années de carrière chez Ubisoft, a géré différents pôles (marketing, directeur créatif…).Toujours chez le géant français, Bénédicte Germain devient la """,
         boiler=["Galerie images 05/10/2021"],
         ents="""ORG: Ubisoft | Warner Bros. Games | Activision-Blizzard | Electronic Arts | Codemasters | Respawn Entertainment | Libération
PER: Blake Jorgensen | Jorgensen | Andrew Wilson | Laura Miele | Chris Bruzzo | Serge Hascoët | Yves Guillemot | Igor Manceau | Bénédicte Germain""",
         sentiments={"Ubisoft": "neutral", "Warner Bros. Games": "neutral", "Activision-Blizzard": "positive",
                     "Electronic Arts": "neutral", "Codemasters": "neutral", "Respawn Entertainment": "neutral"},
         events=["leadership_change", "legal"]),
]
