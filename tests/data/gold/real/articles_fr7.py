"""French real business articles chosen by sector (energy, retail, telecoms, transport, luxury, banks and
insurers, agrifood), added after the split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), annotated by hand
before any system ran on it. Several articles report no event type on purpose (share moves, strikes, price
disputes): they are the article's news all the same, and a pre-annotator should stay silent on them.
"""

ARTICLES = [
    dict(id="fr7-journaldesentreprises-total-raffineries", lang="fr", split="dev",
         date="2015-04-16 (approx., from the text: announcement of Thursday 16 April on La Mède and Donges)",
         url="https://www.lejournaldesentreprises.com/article/total-le-groupe-confirme-la-bonne-sante-de-la-raffinerie-de-gonfreville-106245",
         text="""Dans un marché pétrolier européen qui a vu ses volumes fondre de 15% depuis 2008, Total mise sur l'investissement pour relancer ses deux sites français les moins performants, La Mède (13) et Donges (44).
Le groupe a annoncé jeudi 16 avril des investissements de 600 millions d'euros cumulés sur les deux sites en question pour "créer la première bio-raffinerie française" dans les Bouches-du-Rhône sur un site devra d'ici 2016 stopper "le traitement du pétrole brut", et assurer dans le même temps de nouveaux débouchés "grâce à des carburants moins soufrés" en Loire Atlantique.
Bons résultats à Gonfreville
De son côté, le complexe normand de la vallée de la Seine situé près du Havre à Gonfreville, fait partie des bons élèves (avec Grandpuits et Feyzin) "qui ont démontré en 2013 et 2014 leur résistance face à un environnement économique dégradé et leur capacité à dégager des résultats positifs durables", explique le groupe.
Le site de Gonfreville a bénéficié d'importants investissements avec le projet Raffinerie Normandie 2012 (RN2012) pour un montant d’un milliard d’euros, dont 800 M€ pour la raffinerie et 200 M€ pour l’usine de pétrochimie. Objectif pour la raffinerie: permettre la modification profonde de l’outil de raffinage pour augmenter la production de gazole d’un demi-million de tonnes. Autre axe de modification industrielle du projet RN 2012, celui de l’efficacité énergétique en travaillant à la récupération d’énergie et en réduisant la production de CO2 d’un million de tonnes.""",
         ents="""ORG: Total
LOC: La Mède | Donges | Bouches-du-Rhône | Loire Atlantique | Gonfreville | vallée de la Seine | Havre | Grandpuits | Feyzin
MISC: Raffinerie Normandie 2012 | RN2012 | RN 2012""",
         sentiments={"Total": "positive"},
         events=["funding"]),

    dict(id="fr7-linforme-carrefour-franchises", lang="fr", split="dev", date="2023-09-13",
         url="https://www.linforme.com/grande-conso/article/carrefour-comment-les-franchises-des-superettes-comblent-les-pertes-de-ses-hypermarches_973.html",
         text="""Grande conso

Carrefour : comment les franchisés des supérettes comblent les pertes de ses hypermarchés

Les redevances versées par les propriétaires de Carrefour Express, Contact ou encore City compensent les déficits des gros magasins exploités en direct par le groupe. Plongée dans les comptes des différentes filiales du distributeur.

Publié : 13/09/2023 à 12:18

Photo
FIORA GARENZI / Hans Lucas via AFP

Depuis quelques années, le groupe Carrefour a retrouvé des couleurs en France. Les ventes affichent une progression régulière, la rentabilité s’est améliorée, et le distributeur est même reparti à l’offensive avec l’acquisition récente des hypermarchés Cora et des supermarchés Match. Voilà pour le tableau général. Mais l’Informé a mis la main sur les performances précises par type de magasin en France, et le moins que l’on puisse dire, c’est que les chiffres sont plus contrastés. Véritable vache à lait du groupe, les supérettes de proximité (Carrefour City, Express, Contact) et, dans une moindre mesure, les supermarchés (Market), permettent de compenser les pertes récurrentes des hypermarchés.

Soutenez l’investigation indépendante !

15 jours gratuits sans engagement*

Chaque jour, la rédaction de l’Informé révèle des informations exclusives sur les entreprises et leurs dirigeant(e)s dans tous les secteurs de l’économie. Factuel, libre et sans pub, l’Informé ne vit que de ses lecteurs.

  • Abonnement résiliable à tout moment
  • L’accès à l’intégralité de nos articles sur ordinateur fixe, tablette et smartphone
  • Des newsletters récapitulant nos scoops
  • Des alertes sur les sujets et auteurs de votre choix

Notre indépendance nous a permis de vous révéler ces informations :

*Offre valable sur l’abonnement mensuel

Déjà abonné(e) ?""",
         boiler=["Grande conso", "Publié : 13/09/2023 à 12:18", "Photo", "FIORA GARENZI / Hans Lucas via AFP",
                 "Soutenez l’investigation indépendante !", "15 jours gratuits sans engagement*",
                 "Chaque jour, la rédaction de l’Informé révèle des informations exclusives sur les entreprises et leurs dirigeant(e)s dans tous les secteurs de l’économie. Factuel, libre et sans pub, l’Informé ne vit que de ses lecteurs.",
                 "• Abonnement résiliable à tout moment",
                 "• L’accès à l’intégralité de nos articles sur ordinateur fixe, tablette et smartphone",
                 "• Des newsletters récapitulant nos scoops", "• Des alertes sur les sujets et auteurs de votre choix",
                 "Notre indépendance nous a permis de vous révéler ces informations :",
                 "*Offre valable sur l’abonnement mensuel", "Déjà abonné(e) ?"],
         ents="""ORG: Carrefour | Cora | Match | Informé
MISC: Carrefour Express | Carrefour City | Express | Contact | City | Market
LOC: France""",
         sentiments={"Carrefour": "mixed", "Cora": "neutral", "Match": "neutral"},
         events=["earnings"]),

    dict(id="fr7-universfreebox-fibre-operateurs", lang="fr", split="dev", date="2022-12",
         url="https://www.universfreebox.com/article/539687/orange-free-sfr-et-bouygues-telecom-quel-operateur-propose-la-fibre-au-plus-grand-nombre-de-foyers",
         text=""" date 2022-12 Orange, Free, SFR et Bouygues Telecom : quel opérateur propose la fibre au plus grand nombre de foyers ?

Orange remporte la partie pour le moment en matière de prises fibre éligibles dans l’Hexagone. Free et SFR se partagent la seconde place. Bouygues Telecom est en retrait mais fonce pour rattraper son retard.

Sur les 33,1 millions de locaux éligibles aux offres fibre sur le territoire national soit plus de trois quarts des Français, combien peuvent choisir Orange, Free, SFR ou Bouygues Telecom ? Pour le savoir, il suffit de se référer aux chiffres des opérateurs eux-mêmes.

En haut du classement, Orange est sans surprise le leader avec de prises raccordables. Lui-même opérateur d’infrastructure déployant la fibre dans les RIP, il joue également un rôle majeur dans la Zone AMII. Fin septembre 2022, l’ex-France Télécom proposait sa fibre à 32,3 millions de locaux en France (+17,6%) pour total d’environ 6,5 millions d’abonnés sur ce segment.

A la seconde place, deux concurrents sont ex-aequo. On retrouve Free avec 29,8 millions de prises raccordables soit 6 millions de gagnées en un an et 4,5 millions d’abonnés FTTH. L’opérateur de Xavier Niel a pour objectif d’être présent partout sur le territoire et même sur les réseaux d’initiative publique à faible part de marché. De son côté, SFR a annoncé disposer également de 29,8 millions de prises éligibles à la fin du troisième trimestre. Son parc dit “fibre” s’élève à 4,3 millions d’abonnements mais comprend les clients, FTTB et 4G box.

A la dernière place, Bouygues Telecom ne cesse de progresser avec 28 millions de prise raccordables. En 2022, l’opérateur a commencé à appuyer sur l’accélérateur avec 7790 nouvelles communes raccordées selon Ariase, soit un déploiement en profession de 65%. Motif de satisfaction, la majorité de ces communes sont """,
         ents="""ORG: Orange | Free | SFR | Bouygues Telecom | France Télécom | Ariase
PER: Xavier Niel
LOC: Hexagone | France
MISC: Zone AMII""",
         sentiments={"Orange": "positive", "Free": "positive", "SFR": "neutral", "Bouygues Telecom": "mixed",
                     "Ariase": "neutral"},
         events=["competition"]),

    dict(id="fr7-lessentiel-airfrance-greve-controleurs", lang="fr", split="dev",
         date="2022-09 (approx., inferred: the Friday air traffic controllers' strike; the page gives no date)",
         url="https://www.lessentiel.lu/fr/story/air-france-annule-55-de-ses-court-et-moyen-courriers-vendredi-159641192100",
         text="""Grève des contrôleurs : Air France annule 55% de ses court et moyen-courriers ce vendredi

Air France a décidé d’annuler 55% de ses vols court et moyen-courriers et 10% de ses long-courriers vendredi, en raison d’une grève des contrôleurs aériens français, a annoncé mercredi la compagnie. «Des retards et des annulations de dernière minute ne sont pas à exclure», a ajouté Air France, dans un communiqué, en soulignant que «les clients concernés par des vols annulés seront notifiés individuellement par SMS et e-mail».""",
         ents="ORG: Air France",
         sentiments={"Air France": "negative"},
         events=[]),

    dict(id="fr7-boursier-luxe-chine", lang="fr", split="dev", date="2021-08",
         url="https://www.boursier.com/actions/actualites/news/luxe-lvmh-kering-et-hermes-chutent-encore-856213.html",
         text=""" date 2021-08 Luxe : LVMH, Kering et Hermès chutent encore

(Boursier.com) — On prend les mêmes et on recommence. Nouvelle baisse marquée pour les grands acteurs du luxe français en ce début de séance, toujours plombés par les inquiétudes relatives à un ralentissement de l'activité en Chine, principal marché de l'industrie. Le repli plus fort que prévu des ventes de détail dans le pays en juillet est venu renforcer ces craintes d'autant que la crise sanitaire est loin d'être terminée. Des informations provenant de divers médias d'État chinois pénalisent également l'industrie alors que le président Xi Jinping aurait proposé un plan de "prospérité commune" comprenant la régulation et la redistribution des revenus. Un projet qui pourrait affecter les ménages les plus aisés.

Dans ce contexte, LVMH et Kering alignent une cinquième séance consécutive de recul avec des replis respectifs de 5% et 5,4% ce matin. Hermès résiste un peu mieux, en baisse de 3,3%.""",
         # the first line is the scraper's date stamp before the headline: boilerplate here, as in
         # fr2-boursorama-caterpillar (test_boilerplate requires every line the date rule flags to be gold boilerplate)
         boiler=["date 2021-08 Luxe : LVMH, Kering et Hermès chutent encore"],
         ents="""ORG: Boursier.com | LVMH | Kering | Hermès
PER: Xi Jinping
LOC: Chine""",
         sentiments={"LVMH": "negative", "Kering": "negative", "Hermès": "negative"},
         events=[]),

    dict(id="fr7-cbanque-axa-semestre", lang="fr", split="dev",
         date="2012-08 (approx., from the text: first-half results set against the first half of 2011)",
         url="http://www.cbanque.com/actu/31876/axa-le-benefice-net-du-1er-semestre-en-baisse-de-36-mais-superieur-aux-attentes",
         text="""L'assureur Axa a enregistré au premier semestre un bénéfice net de 2,58 milliards d'euros, en baisse de 36% mais supérieur aux attentes des analystes, qui tablaient sur un bénéfice d'environ 2,3 milliards. Le repli est dû à un effet de base défavorable car le premier semestre 2011 avait bénéficié d'importantes plus-values de cession.

Au premier semestre 2011, Axa avait bénéficié d'un effet favorable de 1,54 milliard d'euros lié à la vente de ses activités en Australie et Nouvelle-Zélande, ainsi qu'à la cession de sa participation au capital de l'assureur-vie chinois Taikang Life.

Sur le plan opérationnel, deux des trois pôles d'activité sont en croissance. La gestion d'actifs connaît un repli (-5%) quand l'assurance de personnes (+2,8%) et le dommage (+5,4%) progressent. En assurance de personnes, Axa profite du développement de la prévoyance et de la santé, un axe de croissance prioritaire pour l'assureur, qui a représenté 44% des affaires nouvelles pour la France au premier semestre.

Si la collecte nette est nulle au premier semestre en France, elle est sensiblement positive dans les régions Asie-Pacifique et Europe du Nord, centrale et de l'Est.

En assurance dommage, les revenus sont soutenus par une hausse moyenne des tarifs de 3%. Les revenus sont en hausse dans toutes les zones géographiques, à l'exception de l'Espagne et de la Belgique. La France affiche une progression de 3%. Au total, le chiffre d'affaires augmente de 3%, à 48,4 milliards d'euros.""",
         ents="""ORG: Axa | Taikang Life
LOC: Australie | Nouvelle-Zélande | France | Asie-Pacifique | Europe du Nord | Espagne | Belgique""",
         sentiments={"Axa": "mixed", "Taikang Life": "neutral"},
         events=["earnings"]),
]
