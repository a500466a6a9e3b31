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
         date="2012-04-13 (approx., from the text and the URL: a Friday 'arrêt de travail illégal' of pilots, spring 2012)",
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
]
