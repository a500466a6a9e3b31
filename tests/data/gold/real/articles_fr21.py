"""French real business articles added in the seventh session (development only: ``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules, and its
"Conventions settled in the third session" for the sentiment values). Found in the stored public pages
with French queries on contracts won, partnerships, new plants and expansion abroad, receiverships and
liquidations, leadership changes, strikes and one company's share moves. Annotated by hand before any
system ran on them. Other news media named in the text (not the publisher) are treated like news
agencies: ORG entity, no sentiment.
"""

ARTICLES = [
    dict(id="fr21-boursorama-zodiac-fausse-rumeur-opa", lang="fr", split="dev", date="2016-06-15",
         url="https://www.boursorama.com/bourse/actualites-amp/zodiac-aerospace-bondit-brievement-de-25-en-bourse-a-cause-d-une-fausse-rumeur-d-opa-93b79d298bd0d72f1a3bb858aad87aae",
         text="""Zodiac Aerospace bondit brièvement de 25% en bourse à cause d’une fausse rumeur d’OPA

information fournie par Boursorama 15/06/2016 à 18:00

Vers 17h mercredi 15 juin, le titre Zodiac Aerospace a bondi et celui de Safran a plongé à cause d'une fausse rumeur d'OPA ayant fait réagir les investisseurs au quart de tour.

Le titre Zodiac Aerospace a connu mercredi en fin d’après-midi une éphémère envolée provoquée par une fausse rumeur d’OPA.

L’origine de la rumeur provient d’une erreur dans la « Lettre de l’Expansion » diffusée par email dans le courant de l’après-midi, affirmant que le groupe Safran se préparerait à lancer une offre de rachat sur le groupe Zodiac.

L’information a été démentie en moins de 30 minutes par une source proche du dossier sous couvert d’anonymat auprès de l’agence Reuters. « Il n’y a rien. C’est une fausse information » a commenté la personne interrogée.

Cela fait plusieurs mois que l’éventualité d’un rachat de Zodiac par Safran est imaginée par certains médias, et l'affirmation incorrecte de L’Expansion a fait réagir les investisseurs au quart de tour.

Déjà en hausse d’environ 10% à 21 euros depuis l’ouverture des marchés grâce à la publication de résultats trimestriels jugés satisfaisants, le titre Zodiac a brutalement accéléré son mouvement haussier pour atteindre 24 euros (+25% environ) à 17h.

Evolution du cours de bourse de Zodiac Aerospace sur la séance du mercredi 15 juin. Source : Boursorama.

À l’inverse, le titre Safran a connu un plongeon à la même heure, les investisseurs ayant pu avoir le sentiment que la supposée offre de rachat de Safran allait se faire à un prix excessivement élevé.

Le rapide démenti apporté par Reuters a fait rechuter le titre Zodiac à son cours « pré-rumeur » de 21 euros, et provoqué un rebond de Safran sans que le titre ne rattrape la totalité de son niveau « pré-rumeur ». Zodiac Aerospace a t""",
         boiler=["information fournie par Boursorama 15/06/2016 à 18:00",
                 "Evolution du cours de bourse de Zodiac Aerospace sur la séance du mercredi 15 juin. Source : Boursorama."],
         ents="""ORG: Zodiac Aerospace | Zodiac | Safran | Reuters | L’Expansion
MISC: Lettre de l’Expansion""",
         sentiments={"Zodiac Aerospace": "positive", "Safran": "negative"},
         events=["earnings"]),

    dict(id="fr21-lapresse-bombardier-explose-bourse", lang="fr", split="dev", date="2017-10-17 (from the URL)",
         url="http://www.lapresse.ca/affaires/marches/201710/17/01-5140265-bombardier-explose-en-bourse-boeing-trebuche.php",
         text="""L'annonce hier soir d'une entente entre Bombardier et Airbus pour le développement de la C Series a fait exploser le titre de l'entreprise québécoise ce matin, à la Bourse de Toronto.

Dès l'ouverture, l'action de catégorie B de Bombardier a gagné plus de 25%, pour atteindre 2,97$. C'était son plus haut cours de l'année, la pointe précédente étant à 2,76$.

Il s'est depuis replié, mais gagne encore près de 20% vers 11h15.

À l'inverse, le géant manufacturier américain Boeing, qui apparaît comme le grand perdant de cette transaction a ouvert en baisse d'environ 1% mais a depuis atténué ce recul à 0,60%.

À 17h35, heure de Paris, l'action d'Airbus gagnait 4,83% à 80,79 euros.""",
         ents="""ORG: Bombardier | Airbus | Boeing | Bourse de Toronto
MISC: C Series
LOC: Paris""",
         sentiments={"Bombardier": "positive", "Airbus": "positive", "Boeing": "negative"},
         events=["partnership"]),

    dict(id="fr21-tourmag-exploris-liquidation", lang="fr", split="dev", date="2025-10-30",
         url="https://www.tourmag.com/Exploris-c-est-fini_a129175.html",
         text="""Exploris, c'est fini...

La compagnie avait été placée en redressement judiciaire fin septembre 2025


Le Tribunal de Commerce de Nantes a placé Exploris en liquidation judiciaire. Il a jugé que les propositions reçues pour la poursuite de l'activité n'étaient pas suffisamment abouties.


Rédigé par le Jeudi 30 Octobre 2025

Le Tribunal de Commerce de Nantes a placé Exploris en liquidation judiciaire - Photo JDL
Exploris, c'est terminé.

Placée en redressement judiciaire depuis le 25 septembre 2025, la compagnie a été contrainte d'annuler les croisières de novembre et décembre et espérait pouvoir poursuivre son activité en janvier 2026.

Contacté par nos soins tout récemment, Éric Lustman, vice-président d’Exploris, nous avait confié : "Nous bénéficions de marques d’intérêt non négligeables."

Malheureusement, la nouvelle vient de tomber. Le Tribunal de Commerce de Nantes a placé Exploris en liquidation judiciaire ce mercredi 29 octobre 2025. "Cette décision entraîne donc la cessation définitive de nos activités au 7 novembre 2025," indique un communiqué de presse.

"Malgré nos efforts soutenus au cours des derniers mois - recherche de nouveaux partenaires financiers, élaboration d’un plan de redressement, dépôt d’offres de reprise - le Tribunal a considéré que les propositions reçues n’étaient pas suffisamment abouties pour justifier une prolongation de la période d’observation ouverte en septembre dernier."

Exploris : les croisières prévues en 2026 et 2027 annulées

Toutes les croisières prévues pour 2026 et 2027 sont ainsi annulées.

Les bureaux d'Exploris fermeront également leurs portes "dans les prochains jours."

Les équipes de la compagnie ont pris soin d'informer leurs partenaires de la situation. "Au-delà de la dimension économique, Exploris était avant tout une aventure humaine.

Grâce à la confiance et à au soutien de la distribution, Exploris commençait vraiment à s’imposer comme""",
         boiler=["Rédigé par le Jeudi 30 Octobre 2025",
                 "Le Tribunal de Commerce de Nantes a placé Exploris en liquidation judiciaire - Photo JDL"],
         ents="""ORG: Exploris | Tribunal de Commerce de Nantes | Tribunal
PER: Éric Lustman""",
         sentiments={"Exploris": "negative"},
         events=["bankruptcy"]),

    dict(id="fr21-europe1-air-canada-vols-annules", lang="fr", split="dev",
         date="2012-04-13 (approx., from the facts: the Friday sick-out of Air Canada pilots at Toronto, April 2012)",
         url="https://www.europe1.fr/international/Air-Canada-des-dizaines-de-vols-annules-803640",
         text="""Air Canada : des dizaines de vols annulés

  • Copié
avec AFP

Air Canada a dû annuler ou retarder plusieurs dizaines de vols vendredi, un nombre inhabituel de pilotes s'étant mis en congé maladie, ce que la compagnie a dénoncé comme une "grève illégale". Une trentaine de vols au départ de Toronto ont notamment été annulés, tandis que les annulations étaient moins nombreuses à Montréal, d'après le tableau d'affichage électronique de l'aéroport.

"Il apparaît qu'un petit nombre de pilotes se sont engagés dans un arrêt de travail illégal", a dit le porte-parole du transporteur, Peter Fitzpatrick, sur la chaîne publique CBC. "Un nombre de pilotes plus élevé que d'habitude se sont mis en congé maladie. Par conséquent nous avons dû annuler certains vols", a-t-il ajouté.""",
         boiler=["• Copié", "avec AFP"],
         ents="""ORG: Air Canada | CBC
PER: Peter Fitzpatrick
LOC: Toronto | Montréal""",
         sentiments={"Air Canada": "negative"},
         events=[]),

    dict(id="fr21-journalauto-plastic-omnium-usines-usa", lang="fr", split="dev", date="2017-03",
         url="http://www.journalauto.com/lja/article.view/26116/deux-nouvelles-usines-pour-plastic-omnium-aux-etats-unis/2/equipementiers?knxm=7&knxt=Deux+nouvelles+usines+pour+Plastic+Omnium+aux+Etats-Unis&knxs=Derniers+Articles",
         text=""" date 2017-03 Deux nouvelles usines pour Plastic Omnium aux Etats-Unis

L'équipementier tricolore renforce son implantation au pays de l'Oncle Sam avec la construction deux nouveaux sites de production destinés aux constructeurs Premium, pour l'un, et aux constructeurs asiatiques, pour l'autre.

Après s'être récemment implanté à Chattanooga, dans le Tennessee, pour servir Volkswagen, et à Fairfax, dans le Kansas, pour aider le groupe General Motors, voilà que Plastic Omnium annonce la construction de deux nouveaux sites de production outre-Atlantique. L'usine de Greer (Caroline du Sud) livrera toutes les grandes pièces peintes de carrosserie extérieures des BMW X3, X4, X5, X6 et des futurs modèles de l’usine BMW mitoyenne de celle de Plastic Omnium tout en fournissant également Volvo, en Caroline du Sud, et Daimler, en Alabama.

La seconde prendra place dans le Tennessee et produira des systèmes à carburant pour les constructeurs japonais, fortement implantés aux Etats-Unis. Alors que leurs mises en service est attendue pour mi-2018, ces deux sites associés aux deux précédents emploieront près d'un millier de personnes. Ils porteront à 300 millions de dollars la somme investit par l'équipementier tricolore pour développer ses capacités de production sur ce marché.

Un choix stratégique qui s'inscrit dans le cadre du programme d’investissement de 2,5 milliards d’euros annoncé par le groupe sur la période 2016-2020, pour consolider la position de numéro un mondial de ses deux activités automobiles, les équipements extérieurs (15% de parts de marché mondial) et les systèmes à carburant (21% de parts de marché mondial). Le marché américain demeure à ce jour le premier contributeur au chiffre d'affaires du groupe après avoir généré, l'an passé, 1,4 milliard de dollars.""",
         ents="""ORG: Plastic Omnium | Volkswagen | General Motors | BMW | Volvo | Daimler
MISC: BMW X3 | X4 | X5 | X6
LOC: Etats-Unis | Chattanooga | Tennessee | Fairfax | Kansas | Greer | Caroline du Sud | Alabama""",
         sentiments={"Plastic Omnium": "positive", "Volkswagen": "neutral", "General Motors": "neutral", "BMW": "neutral",
                     "Volvo": "neutral", "Daimler": "neutral"},
         events=["expansion", "funding"]),

    dict(id="fr21-zonebourse-groupe-gorge-commande-incendie", lang="fr", split="dev", date="2021-01-11 (from the URL)",
         url="https://www.zonebourse.com/cours/action/GROUPE-GORGE-SA-5158/actualite/GROUPE-GORGE-grosse-commande-pour-le-Pole-Ingenierie-et-systemes-de-protection-32165611/?utm_medium=RSS&utm_content=20210111",
         text=""" date 2021-01 Groupe Gorgé a reçu dans les derniers jours de l'année 2020 la notification de la plus importante commande de son histoire dans l'activité de protection incendie. Le groupe s'est vu confier un contrat de près de 7 millions d'euros pour l'étude et la réalisation d'un système de protection incendie sur le plus important site équipé de sprinklers (installation fixe d'extinction automatique à eau) d'Europe. Cette prestation, qui sera réalisée sur deux ans, consiste en la pose de 20000 sprinklers sur 4 bâtiments.



Cette commande est accompagnée de prestations de services de maintenance, déjà réalisées sur le site depuis plusieurs années, illustrant l'importante récurrence de cette activité dont la maintenance représente près de 50% du chiffre d'affaires.



Cette commande s'inscrit dans un contexte commercial particulièrement dynamique qui aura permis à cette activité, qui représente près de 45 millions d'euros de chiffre d'affaires annuel, de rattraper le retard commercial pris au premier semestre et de finalement dépasser le niveau de prise de commandes de 2019.""",
         ents="""ORG: Groupe Gorgé
LOC: Europe""",
         sentiments={"Groupe Gorgé": "positive"},
         events=["partnership"]),

    dict(id="fr21-freenews-iliad-devisse-tmobile", lang="fr", split="dev",
         date="2014-07-31 (approx., from the facts: the day Iliad's offer for T-Mobile US was made public)",
         url="https://freenews.fr/?p=15000",
         text="""C’est bien connu : les marchés financiers n’aiment pas les surprises. L’annonce d’une offre de rachat émise par le groupe Iliad sur l’américain T-Mobile US, contre 15 milliards de dollars en cash, n’a pas du tout plu aux actionnaires…
Le titre Iliad a dévissé dès l’ouverture de la bourse, passant en quelques minutes sous la barre des 180 € (contre 206 € à la clôture, la veille), soit une perte de 13% en quelques instants. Le cours a quelque peu remonté depuis, puisqu’il se stabilise aux alentours des 187 € à l’heure où nous écrivons ces lignes… ce qui représente tout de même une variation d’environ -9% sur la journée.
Outre-Atlantique, la nouvelle a été perçue bien différemment puisqu’à la bourse de New-York, T-Mobile US a pris 6 % depuis l’annonce d’Iliad.""",
         ents="""ORG: Iliad | T-Mobile US
LOC: New-York""",
         sentiments={"Iliad": "negative", "T-Mobile US": "positive"},
         events=["acquisition"]),

    dict(id="fr21-zonebourse-sbf120-bourbon-bouygues", lang="fr", split="dev",
         date="2014-03-17 (approx., from the facts: the Monday after Vivendi chose Altice for SFR on Friday 14 March 2014)",
         url="https://zonebourse.com/cours/action/BOUYGUES-SA-4620/actualite/BOUYGUES-Decryptage-AOF-du-palmares-SBF-120-a-la-mi-seance-18109554",
         text="""Plus forte hausse et plus forte baisse de l'indice SBF 120 à 12h

BOURBON (+ 22,61 % à 23,7 euros)
Grande attraction boursière de ce début de semaine, Bourbon bondit après l'annonce d'une offre de rachat d'actions par Jaccar Holdings. Actionnaire principal, détenteur d'une participation de 26,2% dans le capital du spécialiste des services maritimes pour l'offshore pétrolier, il a dévoilé hier un projet d'OPA sur les actions de la société au prix unitaire de 24 euros, soit une prime de 24% sur le cours de vendredi.

BOUYGUES (- 1,82 % à 29,95 euros)
Le groupe diversifié recule après l'annonce vendredi du lancement d'une période de négociations exclusives de trois semaines entre Vivendi et Altice pour le rachat de SFR par ce dernier. Le groupe de médias a préféré la maison-mère de Numericable à Bouygues, considérant que son offre était "la plus pertinente pour les actionnaires et les salariés du Groupe et qu'elle offre la meilleure sécurité d'exécution".

Valeurs citées dans l'article : BOUYGUES, BOURBON""",
         boiler=["Valeurs citées dans l'article : BOUYGUES, BOURBON"],
         ents="""ORG: BOURBON | Bourbon | Jaccar Holdings | BOUYGUES | Bouygues | Vivendi | Altice | SFR | Numericable
MISC: SBF 120""",
         sentiments={"Bourbon": "positive", "Jaccar Holdings": "neutral", "Bouygues": "negative", "Vivendi": "neutral",
                     "Altice": "positive", "SFR": "neutral", "Numericable": "neutral"},
         events=["acquisition"]),

    dict(id="fr21-dhnet-ryanair-greve-pilotes-belgique", lang="fr", split="dev", date="2023-07-14 (from the URL)",
         url="https://www.dhnet.be/conso/vacances/2023/07/14/greve-chez-ryanair-102-vols-annules-ce-week-end-dautres-pourraient-suivre-le-personnel-de-cabine-refusera-doperer-avec-un-pilote-independant-FDQ4FX4RXNE3JN6G3S3FYZDAHM/",
         text=""" date 2023-07 La grève des pilotes Ryanair basés en Belgique va avoir un impact très lourd sur les voyageurs, malheureusement. Annoncé vendredi dernier, le mouvement lancé suite à l’échec des négociations sur les conditions de travail et les salaires des pilotes va touché au moins 102 vols. On parle de 54 vols de samedi, et 48 dimanche. Pour le moment, car 10 vols supplémentaires prévus samedi ont été annulés ce vendredi, par rapport à ce qui avait été annoncé jeudi. Pour dimanche, on peut donc s’attendre à de nouvelles annulations, et ce pour plusieurs raisons. D’abord, certains pilotes non-grévistes auront atteint leur quota d’heures de vol et ne pourront pas monter à bord d’un appareil, même s’ils le veulent.""",
         ents="""ORG: Ryanair
LOC: Belgique""",
         sentiments={"Ryanair": "negative"},
         events=[]),

    dict(id="fr21-yahoo-danone-faber-evince", lang="fr", split="dev",
         date="2021-03-15 (approx., from the facts: Emmanuel Faber removed on Sunday 14 March 2021; the market ticker on the page is from a later capture)",
         url="https://fr.finance.yahoo.com/actualites/danone-patron-emmanuel-faber-%25C3%25A9t%25C3%25A9-101428628.html",
         text="""Publicité
La bourse est fermée
  • CAC 40

    8 088,24
    +71,59 (+0,89 %)
     
  • Euro Stoxx 50

    5 006,85
    +67,84 (+1,37 %)
     
  • Dow Jones

    38 257,62
    +171,82 (+0,45 %)
     
  • EUR/USD

    1,0703
    -0,0030 (-0,28 %)
     
  • Gold future

    2 350,80
    +8,30 (+0,35 %)
     
  • Bitcoin EUR

    59 714,95
    -695,34 (-1,15 %)
     
  • CMC Crypto 200

    1 329,65
    -66,89 (-4,79 %)
     
  • Pétrole WTI

    83,66
    +0,09 (+0,11 %)
     
  • DAX

    18 161,01
    +243,73 (+1,36 %)
     
  • FTSE 100

    8 139,83
    +60,97 (+0,75 %)
     
  • Nasdaq

    15 934,18
    +322,42 (+2,07 %)
     
  • S&P 500

    5 102,03
    +53,61 (+1,06 %)
     
  • Nikkei 225

    37 934,76
    +306,28 (+0,81 %)
     
  • HANG SENG

    17 651,15
    +366,61 (+2,12 %)
     
  • GBP/USD

    1,2498
    -0,0013 (-0,10 %)
     

Danone : la patron Emmanuel Faber a été évincé, la recherche d'un successeur commence

Plusieurs mois de fronde. Dimanche dans la soirée, le conseil d'administration de Danone "a mis fin aux fonctions" de son patron Emmanuel Faber "avec effet immédiat", après plusieurs mois de fronde d'actionnaires qui contestaient sa stratégie. Le président du conseil d'administration était jugé responsable des mauvaises performances du géant de l'agro-alimentaire, en comparaison à celles de ses concurrents directs, Nestlé et Unilever. L'ex-patron du fabricant de matériel électrique Legrand, Gilles Schnepp, va prendre la tête du conseil d'administration. Le groupe a annoncé, dans un communiqué publié lundi, être à la recherche d'un nouveau directeur général "d'envergure internationale". En attendant, un duo intérimaire a été désigné "pour assurer la continuité de l'opérationnel".

Lire aussi - Emmanuel Faber, PDG de Danone : "La crise nous a fait perdre environ un milliard d'euros en ventes"

Défenseur d'un capitalisme responsable. Aujourd'hui âgé""",
         boiler=["Publicité", "La bourse est fermée",
                 "• CAC 40", "8 088,24", "+71,59 (+0,89 %)",
                 "• Euro Stoxx 50", "5 006,85", "+67,84 (+1,37 %)",
                 "• Dow Jones", "38 257,62", "+171,82 (+0,45 %)",
                 "• EUR/USD", "1,0703", "-0,0030 (-0,28 %)",
                 "• Gold future", "2 350,80", "+8,30 (+0,35 %)",
                 "• Bitcoin EUR", "59 714,95", "-695,34 (-1,15 %)",
                 "• CMC Crypto 200", "1 329,65", "-66,89 (-4,79 %)",
                 "• Pétrole WTI", "83,66", "+0,09 (+0,11 %)",
                 "• DAX", "18 161,01", "+243,73 (+1,36 %)",
                 "• FTSE 100", "8 139,83", "+60,97 (+0,75 %)",
                 "• Nasdaq", "15 934,18", "+322,42 (+2,07 %)",
                 "• S&P 500", "5 102,03", "+53,61 (+1,06 %)",
                 "• Nikkei 225", "37 934,76", "+306,28 (+0,81 %)",
                 "• HANG SENG", "17 651,15", "+366,61 (+2,12 %)",
                 "• GBP/USD", "1,2498", "-0,0013 (-0,10 %)",
                 "Lire aussi - Emmanuel Faber, PDG de Danone : \"La crise nous a fait perdre environ un milliard d'euros en ventes\""],
         ents="""ORG: Danone | Nestlé | Unilever | Legrand
PER: Emmanuel Faber | Gilles Schnepp""",
         sentiments={"Danone": "negative", "Nestlé": "neutral", "Unilever": "neutral", "Legrand": "neutral"},
         events=["leadership_change"]),

    dict(id="fr21-boursorama-renault-revoque-bollore", lang="fr", split="dev", date="2019-10-11",
         url="https://www.boursorama.com/bourse/actualites/renault-se-separe-de-thierry-bollore-que-faire-de-l-action-08bdc7351813b2ae1fd08241fc7ad548",
         text="""Le directeur général de Renault, Thierry Bolloré, vient d'être révoqué de ses fonctions par le conseil d'administration du constructeur. (© J. Saget / AFP)
Le groupe au losange évince son directeur général Thierry Bolloré et nomme aux commandes par intérim la directrice financière Clotilde Delbos. Elle sera assistée de deux adjoints. Le marché apprécie la nouvelle qui relance l'éventail des options stratégiques. Notre conseil sur l'action Renault après cette éviction brutale.
Thierry Bolloré n’est plus directeur général de Renault . Le conseil d’administration, réuni durant plus de deux heures ce vendredi 11 octobre sous la présidence de Jean-Dominique Senard, l’a révoqué de ses fonctions en milieu de matinée.
Il est remplacé par Clotilde Delbos, la directrice financière, nommée par intérim. À 52 ans, cette ancienne de Pechiney et d’Alca, a rejoint Renault en 2012.
Présidente depuis 2016 de RCI Banque, le bras financier du constructeur, elle avait également pris la responsabilité du contrôle interne de Renault en avril dernier.
Elle sera assistée dans cette direction générale intérimaire de deux adjoints,Olivier Murguet et José-Vicente de los Mozos, respectivement directeur commerce et régions et directeur fabrication et logistique du groupe. Ils sont tous deux membres du comité exécutif.
Pour relancer l'alliance avec Nissan ?Cette éviction brutale n’est que le dernier avatar d’une gouvernance particulièrement heurtée de Renault depuis plusieurs mois.
De fait, ce rebondissement intervient alors que de l’ex-Régie s’apprête à boucler une année particulièrement agitée, démarrée par l’arrestation spectaculaire de Carlos Ghosn le 18 novembre 2018 au Japon. Nommé officiellement en début d’année, mais aux commandes opérationnelles depuis février 2018, Thierry Bolloré paye aujourd’hui le prix des doutes qui
0 commentaire
Vous devez être membre pour ajouter un commentaire.
Vous êtes déjà""",
         boiler=["Le directeur général de Renault, Thierry Bolloré, vient d'être révoqué de ses fonctions par le conseil d'administration du constructeur. (© J. Saget / AFP)",
                 "0 commentaire", "Vous devez être membre pour ajouter un commentaire.", "Vous êtes déjà"],
         ents="""ORG: Renault | Pechiney | Alca | RCI Banque | Nissan
PER: Thierry Bolloré | Clotilde Delbos | Jean-Dominique Senard | Olivier Murguet | José-Vicente de los Mozos | Carlos Ghosn
LOC: Japon""",
         sentiments={"Renault": "mixed", "Pechiney": "neutral", "Alca": "neutral", "RCI Banque": "neutral", "Nissan": "neutral"},
         events=["leadership_change"]),

    dict(id="fr21-echosfranchise-galeries-lafayette-pekin", lang="fr", split="dev", date="2013-10-23",
         url="https://www.lesechosdelafranchise.com/franchise-les-echos/les-galeries-lafayette-ouvrent-leur-nouvelle-tete-de-pont-chinoise-a-pekin-36832.php",
         text="""Les secteurs

Les Galeries Lafayette ouvrent leur nouvelle tête de pont chinoise à Pékin

23.10.2013, source : Les Echos.fr

imprimer

Le grand magasin de 47.000 mètres carrés est exploité en partenariat avec le spécialiste chinois de la mode IT. L’enseigne fait de l’international un relais de croissance et vise d’autres ouvertures en Chine.

C’est le grand retour en Chine de l’une des marques françaises les plus connues des Chinois. Les Galeries Lafayette inaugurent, le 18 octobre, leur nouvelle unité de Pékin, quinze ans après une tentative éphémère en franchise sur une petite surface de 10.000 mètres carrés. Depuis le 28 septembre, date de l’ouverture au public, c’est avec un ensemble de 47.000 mètres carrés, dont environ 32.000 de surface de vente (soit autant que le BHV Paris), que l’enseigne de grands magasins repart à l’assaut d’un marché qui s’est considérablement développé, grâce à l’émergence d’une classe moyenne. Certes, la croissance chinoise s’est un peu ralentie ces derniers mois, mais, selon le « Financial Times » du 17 octobre, la consommation serait en réalité plus élevée que ne le disent les chiffres officiels.

C’est cette fois par le biais d’une coentreprise baptisée « GL China » et montée avec le spécialiste hong-kongais de la mode IT Limited que les Galeries Lafayette se lancent. « Le fait que nous investissions directement alors que nous nous développons ailleurs à l’international en franchise est bien le signe que nous croyons au marché chinois », explique Nicolas Houzé, directeur de la branche grands magasins du groupe. L’investissement s’est monté à 40 millions d’euros, partagés entre les deux partenaires, pour un objectif de chiffre d’affaires en année pleine de 60 millions. « Nous prévoyons d’atteindre le point mort dès la première année », précise Nicolas Houzé.

« Recherche du bon emplacement »

Alors que les premièr""",
         boiler=["Les secteurs", "23.10.2013, source : Les Echos.fr", "imprimer"],
         ents="""ORG: Galeries Lafayette | IT Limited | IT | GL China | BHV Paris | Financial Times
PER: Nicolas Houzé
LOC: Pékin | Chine""",
         sentiments={"Galeries Lafayette": "positive", "IT Limited": "positive", "GL China": "positive", "BHV Paris": "neutral"},
         events=["expansion", "partnership", "funding"]),

    dict(id="fr21-tradingsat-ales-groupe-redressement", lang="fr", split="dev", date="2020-07",
         url="https://www.tradingsat.com/ales-groupe-FR0000054652/actualites/ales-groupe-ouverture-d-une-procedure-de-redressement-judiciaire-pour-ales-groupe-921675.html",
         text=""" date 2020-07 (CercleFinance.com) - Alès Groupe annonce que le Tribunal de Commerce de Paris a décidé l'ouverture d'une procédure de redressement judiciaire au bénéfice de la société assortie d'une période d'observation de six mois, procédure qui ne concerne pas les filiales opérationnelles.



La direction va rechercher toutes solutions permettant dans les meilleures conditions de pérenniser l'activité, maintenir l'emploi et apurer le passif, en mettant en place un processus de recherche d'investisseurs dans le cadre d'un plan de redressement.



Compte tenu de l'incertitude concernant l'issue des différentes démarches entreprises par Alès, la suspension de la cotation des actions de la société annoncée le 29 juin est maintenue jusqu'à nouvel ordre.""",
         ents="""ORG: CercleFinance.com | Alès Groupe | Alès | Tribunal de Commerce de Paris""",
         sentiments={"Alès Groupe": "negative"},
         events=["bankruptcy"]),

    dict(id="fr21-huffpostquebec-smartphones-barcelone", lang="fr", split="dev", date="2013-02-25 (from the URL)",
         url="https://quebec.huffingtonpost.ca/https%3A%2F%2Fquebec.huffingtonpost.ca%2F2013%2F02%2F25%2Fles-nouveaux-smartphones-_n_2759962.html",
         text="""Cet article fait partie des archives en ligne du HuffPost Québec, qui a fermé ses portes en 2021.

Les nouveaux smartphones visent la rapidité et l'accessibilité

Les nouveaux smartphones visent la rapidité et l'accessibilité

Les fabricants de téléphones mobiles, réunis en congrès à Barcelone (Espagne), cherchent à lancer des smartphones plus rapides ou moins chers, afin de contrer la domination de Samsung et d'Apple sur ce marché.

Lundi, le groupe finlandais Nokia a ainsi présenté deux téléphones multifonctions, ou smartphones, "milieu de gamme", destinés aux clients avides d'innovations, mais ne voulant pas mettre plusieurs centaines d'euros dans un téléphone.

Les Lumia 520 et 720, qui bénéficient de fonctionnalités réservées jusque-là aux téléphones haut de gamme du groupe, notamment en matière d'appareil photo et de système de navigation, seront vendus respectivement à 139 et 249 euros hors taxes.

Le Chinois Huawei, qui s'est hissé sur troisième marche du podium au quatrième trimestre 2012, avec 5,3% des ventes mondiales de smartphones, a de son côté lancé dimanche un appareil présenté comme le plus rapide au monde. L'Ascend P2, qui promet une vitesse de téléchargement supérieure de 50% à celle de ses concurrents directs, sera commercialisé en Europe à 399 euros, contre 679 euros pour l'iPhone 5 et 649 euros pour le Samsung Galaxy III lors de leur lancement.

Un souci d'accessibilité également partagé par le One Touch Star, le nouveau smartphone du Français Alcatel, présenté lundi au congrès. "Ce mobile est très attendu par le marché et répond à l'ensemble des souhaits de nos utilisateurs: design et performance au meilleur prix", commente Thomas Brenac, directeur d'Alcatel One Touch France, dans le communiqué du groupe.

Le téléphone, qui intègre un processeur double coeur d'un gigahertz (GHz), un écran tactile de 4 pouces et un appareil photo de 5 mégapixels sera vendu en France à partir du mois""",
         boiler=["Cet article fait partie des archives en ligne du HuffPost Québec, qui a fermé ses portes en 2021."],
         ents="""ORG: Samsung | Apple | Nokia | Huawei | Alcatel | Alcatel One Touch France
MISC: Lumia 520 | Ascend P2 | iPhone 5 | Samsung Galaxy III | One Touch Star
PER: Thomas Brenac
LOC: Barcelone | Espagne | Europe | France""",
         sentiments={"Samsung": "neutral", "Apple": "neutral", "Nokia": "positive", "Huawei": "positive", "Alcatel": "positive",
                     "Alcatel One Touch France": "positive"},
         events=["product_launch", "competition"]),

    dict(id="fr21-telquel-ocp-forbon-coentreprise", lang="fr", split="dev", date="2021-01-04 (from the URL and the text)",
         url="https://telquel.ma/2021/01/04/qui-est-forbon-le-groupe-chinois-partenaire-de-ocp-dans-la-smart-agriculture_1706722",
         text=""" date 2021-01 Cette joint-venture vient couronner un partenariat signé entre les deux groupes en 2018. Cet accord visait à l’époque le “codéveloppement d’une nouvelle génération d’engrais à forte valeur ajoutée et la promotion d’une agriculture intelligente”.

Selon le communiqué, OCP et Forbon ont pour objectif d’établir un partenariat pour “le développement d’engrais de nouvelle génération et de solutions digitales pour l’agriculture en s’appuyant sur leurs capacités d’innovation respectives”.

Le groupe OCP et le groupe chinois Hubei Forbon Technology (Forbon) ont annoncé ce lundi 4 janvier la création d’une joint-venture détenue à 50/50 opérant dans le domaine de la R&D et visant le développement de nouvelles générations d’engrais ainsi que la promotion d’une agriculture intelligente (Smart Agriculture).""",
         ents="""ORG: OCP | Forbon | Hubei Forbon Technology""",
         sentiments={"OCP": "positive", "Hubei Forbon Technology": "positive"},
         events=["partnership"]),

    dict(id="fr21-zonebourse-bic-deuxieme-avertissement", lang="fr", split="dev", date="2017-10-02 (from the URL)",
         url="https://ch.zonebourse.com/cours/action/BIC-4617/actualite/Bic-Decryptage-AOF-du-palmares-du-SBF-120-a-la-mi-seance-Lundi-2-octobre-2017-La-plus-forte-25210806",
         text="""BIC (-8,64% à 92,64 euros)
Bic chute au plus bas depuis mars 2014, après avoir lancé vendredi son deuxième avertissement sur ses ventes annuelles en moins de deux mois. Le fabricant d'objets de grande consommation a indiqué que la croissance organique de son chiffre d'affaires serait "légèrement inférieure à 2 %". Début août, lors de la présentation de ses résultats semestriels, Bic avait déjà ramené sa prévision à une fourchette +3%/+4% alors que la prévision de croissance donnée en début d'exercice était de 5%.""",
         ents="""ORG: BIC | Bic""",
         sentiments={"Bic": "negative"},
         events=["earnings"]),

    dict(id="fr21-batiactu-soprema-usine-chine", lang="fr", split="dev", date="2017-03-07 (from the text)",
         url="https://www.batiactu.com/edito/soprema-ouvre-sa-premiere-usine-chine-48374.php",
         text="""Le spécialiste français de l'étanchéité, qui était déjà présent commercialement dans l'Empire du milieu depuis 1999, y ouvre sa première usine de production. Implantée à Changzhou (côte Est) elle produira des membranes PVC.

C'est l'amorce de l'aventure industrielle de Soprema en Chine : la société alsacienne - qui soufflera en 2018 ses 110 bougies - vient d'inaugurer sa première usine chinoise, dans la ville de Changzhou (province du Jiangsu), ce mardi 7 mars 2017, en présence de nombreux officiels. Pierre-Etienne Bindschedler, le président-directeur général du groupe, déclare : "L'ouverture de cette usine représente un investissement considérable et nous permet d'entretenir une relation privilégiée avec nos clients, en leur transmettant notre savoir-faire". Car, en plus d'une unité de ...
Il vous reste 28% à découvrir.
Ce contenu est réservé aux abonnés
Déja abonné ? Se connecter
Abonnez-vous maintenant pour le lire dans son intégralité
Et bénéficiez aussi :
D’un accès illimité à tous les articles de Batiactu
D’une lecture sans publicité
De toutes les interviews et analyses exclusives de la rédaction
actionclactionfp""",
         boiler=["Il vous reste 28% à découvrir.", "Ce contenu est réservé aux abonnés", "Déja abonné ? Se connecter",
                 "Abonnez-vous maintenant pour le lire dans son intégralité", "Et bénéficiez aussi :",
                 "D’un accès illimité à tous les articles de Batiactu", "D’une lecture sans publicité",
                 "De toutes les interviews et analyses exclusives de la rédaction", "actionclactionfp"],
         ents="""ORG: Soprema
PER: Pierre-Etienne Bindschedler
LOC: Changzhou | Chine | Jiangsu""",
         sentiments={"Soprema": "positive"},
         events=["expansion"]),

    dict(id="fr21-boursorama-ontex-usine-caroline-du-nord", lang="fr", split="dev", date="2022-07-14",
         url="https://www.boursorama.com/bourse/actualites/ontex-nouvelle-usine-ouverte-en-caroline-du-nord-e4fe944299119a32a3a6dc2b63a213fc",
         text=""" date 2022-07 Connectez-vous pour conserver cet article et le lire plus tard. Connexion membre Connexion client Ontex: nouvelle usine ouverte en Caroline du Nord information fournie par Cercle Finance • 14/07/2022 à 13:36









(CercleFinance.com) - Ontex Group a annoncé mercredi soir l'ouverture d'une nouvelle usine à Stokesdale, dans l'État américain de Caroline du Nord, usine qui emploie actuellement près de 100 personnes et fabrique des couches pour bébés pour les détaillants et les marques de style de vie.



La nouvelle usine devrait élargir sa production et sa main-d'oeuvre pour fabriquer également d'autres catégories de produits. L'usine de Stokesdale complète celle Tijuana, au Mexique, pour approvisionner le marché croissant des marques partenaires en Amérique du Nord.



'Cet investissement offre à Ontex une empreinte de chaîne d'approvisionnement sur les côtes Ouest et Est, sur un marché clé où nous voyons une opportunité importante de croissance et de développement de nos activités', commente la CEO Esther Berrozpe.""",
         boiler=["date 2022-07 Connectez-vous pour conserver cet article et le lire plus tard. Connexion membre Connexion client Ontex: nouvelle usine ouverte en Caroline du Nord information fournie par Cercle Finance • 14/07/2022 à 13:36"],
         ents="""ORG: CercleFinance.com | Ontex Group | Ontex
PER: Esther Berrozpe
LOC: Stokesdale | Caroline du Nord | Tijuana | Mexique | Amérique du Nord""",
         sentiments={"Ontex Group": "positive"},
         events=["expansion"]),

    dict(id="fr21-20minutes-samsung-galaxy-fold", lang="fr", split="dev", date="2019-02-20 (from the URL)",
         url="https://www.20minutes.fr/high-tech/2456039-20190220-galaxy-fold-smartphone-pliable-samsung-coute-2000-euros",
         text=""" date 2019-02 La Galaxy Fold de Samsung sera disponible en Europe le 3 mai à partir de 2.000 euros. — SAMSUNG

L’innovation au prix fort. Après avoir fait du teasing avec un prototype l’an dernier, Samsung a dévoilé son smartphone pliable ce mercredi à San Francisco. Son nom : le Galaxy Fold (plier en anglais). Son prix : à partir de (!) 1980 dollars, et a priori 2.000 euros chez nous, ce qui devrait faire cet hybride téléphone-tablette (revoilà les phablettes ?) un objet de luxe destiné aux plus fortunés. Il sera disponible le 26 avril aux Etats-Unis et le 3 mai en Europe, avec des versions LTE et 5G.

Plié, c’est un smartphone « qui tient dans la main », de 4,6 pouces (11,7 cm) mais « qui s’ouvre » avec un écran pliable « qui le transforme en tablette de 7,3 pouces » (18,5 cm)", a expliqué Justin Denison, un des responsables du leader mondial du marché, lors d’une présentation à San Francisco.

Android optimisé

Samsung a précisé avoir travaillé avec Google pour optimiser Android et les applications sur ce nouvel appareil. En mode déplié, il faut notamment afficher trois applis – reste à voir comment se comporteront celles qui n’ont pas été optimisées.

Ce nouveau téléphone tombe en plein ralentissement des ventes de smartphones : le secteur , qui a vu ses ventes baisser pour la première fois en 2018, attend de pied ferme des nouveautés pour relancer les ventes. A ce prix-là, Samsung va devoir prouver qu’il ne s’agit pas d’un simple gimmick, mais le Sud-Coréen devrait être suivi par ses concurrents : Xiaomi, Lenovo/Motorola et LG, notamment, planchent sur des smartphones pliables.""",
         boiler=["date 2019-02 La Galaxy Fold de Samsung sera disponible en Europe le 3 mai à partir de 2.000 euros. — SAMSUNG"],
         ents="""ORG: Samsung | Google | Xiaomi | Lenovo | Motorola | LG
MISC: Galaxy Fold | Android
PER: Justin Denison
LOC: San Francisco | Etats-Unis | Europe""",
         sentiments={"Samsung": "mixed", "Google": "neutral", "Xiaomi": "neutral", "Lenovo": "neutral", "Motorola": "neutral",
                     "LG": "neutral"},
         events=["product_launch"]),

    dict(id="fr21-artduservice-airbus-sichuan-airlines", lang="fr", split="dev", date="2005-05 (from the URL)",
         url="http://artduservice.blogspot.com/2005/05/bonne-nouvelle-pour-airbus.html",
         text="""L'avionneur européen vient d'annoncer la signature avec la compagnie chinoise Sichuan Airlines d'un contrat portant sur la commande ferme de huit Airbus (6 A320 et 2 A319) livrables entre 2006 et 2008 et qui viendront compléter les 22 appareils composant actuellement la flotte de la compagnie chinoise.
Il s'agit ici d'une bonne nouvelle pour Airbus qui trouve ici des armes supplémentaires pour sa conquête du marché chinois et par conséquent d'un revers pour Boeing.
Pour me joindre : artduservice@gmail.com
Aucun commentaire:
Enregistrer un commentaire""",
         boiler=["Pour me joindre : artduservice@gmail.com", "Aucun commentaire:", "Enregistrer un commentaire"],
         ents="""ORG: Sichuan Airlines | Airbus#1 | Boeing
MISC: Airbus#0 | A320 | A319""",
         sentiments={"Airbus": "positive", "Sichuan Airlines": "neutral", "Boeing": "negative"},
         events=["partnership"]),

    dict(id="fr21-touleco-china-aviation-supplies-airbus", lang="fr", split="dev",
         date="2017-07 (approx., from the facts: the 140-aircraft agreement signed in Berlin a few days after the 2017 Paris Air Show)",
         url="https://www.touleco.fr/China-Aviation-Supplies-commande-140-Airbus,22391",
         text="""Quelques jours après la fermeture du salon du Bourget, l’avionneur européen Airbus a enregistré une commande XXL. En effet China Aviation Supplies a signé un accord avec Airbus pour l’achat de 140 modèles long courrier et gros porteur, à savoir cent appareils A320 et quarante A350 XWB.
Tom Enders, le PDG d’Airbus présent à Berlin s’est félicité de l’ampleur de cette commande. « C’est un (…)
La lecture de cet article est réservée aux abonnés :""",
         boiler=["La lecture de cet article est réservée aux abonnés :"],
         ents="""ORG: Airbus | China Aviation Supplies
MISC: salon du Bourget | A320 | A350 XWB
PER: Tom Enders
LOC: Berlin""",
         sentiments={"Airbus": "positive", "China Aviation Supplies": "neutral"},
         events=["partnership"]),
]
