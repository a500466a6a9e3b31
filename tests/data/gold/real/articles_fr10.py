"""French real business articles for the third held-out set (``split="heldout3"``; see make_real.py).

Retail, luxury, food and agrifood, tourism, media, pharma and health. Stored page text as the search
tool's stored pages give it (boilerplate kept, at most the first ~2,000 characters), annotated by hand
before any system ran on them; no system is ever run on them while annotating, nor tuned on them.
"""

ARTICLES = [
    dict(id="fr10-quotidiendumedecin-roche-innovatis", lang="fr", split="heldout3",
         date="2009-03 (approx., from the text: after the Pfizer-Wyeth and Merck-Schering-Plough announcements, the Genentech bid 'fin janvier dernier')",
         url="https://diabetologie-endocrinologie.lequotidiendumedecin.fr/actus-medicales/medicament/roche-poursuit-sa-politique-de-rachat-avec-innovatis",
         text="""Les mouvements de fusions acquisitions se poursuivent dans l’industrie pharmaceutique. Après l’annonce de la « méga fusion » entre Pfizer et Wyeth, puis celle de Merck et Schering-Plough, c’est le laboratoire Roche qui entre en scène. En effet, après avoir lancé fin janvier dernier une OPA (offre publique d’achat) sur le laboratoire de biotechnologie Genetech pour plus de 36 milliards d’euros, le groupe pharmaceutique suisse Roche vient de racheter le laboratoire allemand Innovatis pour 15 millions d’euros. Spécialisé dans les solutions automatisées destinées à l’analyse cellulaire et les tests de viabilité pour la recherche et la bio production, Innovatis, qui appartenait à un fonds d’investissement allemand, sera à terme intégré à la branche Roche Applied Science du géant suisse.
« Cette acquisition est une nouvelle étape dans notre stratégie visant à renforcer notre position de fournisseur de solutions globales pour l’analyse cellulaire dans le secteur de la recherche » a indiqué dans un communiqué Jürgen Schwiezer, directeur de la division Diagnostiques. La transaction devrait être achevée au cours des toutes prochaines semaines, après approbation des actionnaires et aval des autorités, indique encore Roche.
Apnée du sommeil de l’enfant : faut-il réélargir les indications de l’adénotonsillectomie ?
Endométriose : le ministère de la Santé annonce une extension de l’Endotest et un projet pilote pour la prévention
Pr Ibrahim Yakoub-Agha, hématologue : « Beaucoup d’indices nous intiment de produire des CAR-T cells académiques »
Le traitement des IST virales et parasitaires évolue""",
         boiler=["Apnée du sommeil de l’enfant : faut-il réélargir les indications de l’adénotonsillectomie ?",
                 "Endométriose : le ministère de la Santé annonce une extension de l’Endotest et un projet pilote pour la prévention",
                 "Pr Ibrahim Yakoub-Agha, hématologue : « Beaucoup d’indices nous intiment de produire des CAR-T cells académiques »",
                 "Le traitement des IST virales et parasitaires évolue"],
         ents="""ORG: Pfizer | Wyeth | Merck | Schering-Plough | Roche | Genetech | Innovatis | Roche Applied Science
PER: Jürgen Schwiezer""",
         # the buyer quotes the deal as "une nouvelle étape dans notre stratégie" (strategic move: positive);
         # the bought Innovatis and the background mergers are neutral
         sentiments={"Roche": "positive", "Innovatis": "neutral", "Roche Applied Science": "neutral",
                     "Genetech": "neutral", "Pfizer": "neutral", "Wyeth": "neutral", "Merck": "neutral",
                     "Schering-Plough": "neutral"},
         events=["acquisition"]),

    dict(id="fr10-zonebourse-fleury-michon", lang="fr", split="heldout3", date="2018-04-03 (from the URL)",
         url="http://www.zonebourse.com/actualite-bourse/Fleury-Michon-le-benefice-baisse-de-moitie-en-2017-la-rentabilite-en-cause--26274482/?utm_medium=RSS&utm_content=20180403",
         text="""Paris (awp/afp) - Le groupe agroalimentaire Fleury Michon a annoncé mardi un bénéfice 2017 en recul de près de 50%, à 8,6 millions d'euros, attribuant notamment la baisse de sa rentabilité à la "guerre des prix" dans la distribution.

La marge nette recule en effet elle aussi de près de 50%, à 1,2%, contre 2,3% en 2016.

Dénonçant une "situation de guerre des prix des acteurs de la distribution qui tire l'ensemble des offres vers le bas", le groupe indique que le premier semestre 2017 "a été caractérisé par une forte hausse du coût des matières premières non répercutées sur les prix de vente à la distribution".

Les ventes sont en recul de 2,8%, à 717 millions d'euros. Cette évolution n'intègre "pas les joint-ventures en Italie et en Espagne qui ont connu une belle croissance", souligne Jean-Louis Roy, directeur administratif et financier.

Conformément aux prévisions du groupe l'an dernier, le résultat opérationnel a reculé de près de 10 millions d'euros. La société mettait alors déjà en avant la dégradation de la rentabilité du pôle grandes et moyennes surfaces (GMS) et libre-service.

Le groupe, qui a engagé en 2017 un plan d'économies et d'amélioration de la productivité, espère "renouer durablement" avec la croissance de ses ventes et de son résultat opérationnel courant.

"Les premiers effets positifs de la mise en oeuvre de notre transformation sont apparus dès le deuxième semestre de l'année 2017", a déclaré à l'AFP M. Roy.

Il souligne un "rebond" du résultat opérationnel courant, à 9,8 millions d'euros, alors qu'il était négatif lors du premier semestre.

M. Roy ajoute que la dette financière est en baisse en 2017, à 40,5 millions d'euros contre 54,1 millions en 2016.

Cette meilleure santé financière a permis au groupe de poursuivre sa politique de croissance externe. Il a ainsi annoncé mardi l'acquisition de la société vendéenne Paso, un "leader sur le marché de l'apéritif traiteur en grand""",
         ents="""ORG: awp | afp | AFP | Fleury Michon | Paso
PER: Jean-Louis Roy | Roy
LOC: Paris | Italie | Espagne""",
         # the article weighs a halved profit and falling sales against a second-half rebound, lower debt
         # and "cette meilleure santé financière" funding an acquisition: mixed; Paso (bought) neutral
         sentiments={"Fleury Michon": "mixed", "Paso": "neutral"},
         events=["earnings", "acquisition"]),

    dict(id="fr10-echotouristique-alpilles-voyages", lang="fr", split="heldout3",
         date="2012-08 (approx., from the text: receivership on 30 July, bids until 28 September 2012)",
         url="https://www.lechotouristique.com/article/l-avenir-d-alpilles-voyages-suspendu-a-un-appel-d-offres,52261",
         text="""Retrouvez l'actualité du Tourisme pour les professionnels du secteur tourisme avec l'Echo Touristique : agences de voyages, GDS, prestataires spécialisés, voyagistes

L’avenir d’Alpilles Voyages suspendu à un appel d’offres

Le réseau d’agences de voyages a été placé en redressement judiciaire le 30 juillet. Les candidats au rachat ont jusqu’au 28 septembre pour se faire connaître.

Le sort d’Alpilles Voyages se joue désormais en appel d’offres. Le réseau de 29 points de vente situé dans le sud de la France a été placé en redressement judiciaire le 30 juillet dernier par le Tribunal de commerce de Marseille, qui lui a accordé une période d’observation de six mois. Il s'était déclaré en cessation de paiement à la mi-juillet.

Désormais entre les mains d’un administrateur judiciaire et d’un mandataire judiciaire, il fait l’objet d’un appel d’offres (lire ci-après),  les candidats à sa reprise ayant jusqu’au 28 septembre 2012 pour déposer leurs dossiers. "Alpilles Voyages est à jour de tous ses fournisseurs et a assuré tous les départs de ses clients", indique Philippe Beissier, directeur général d’Alpilles Voyages, qui n’avait pas attendu que son réseau se retrouve en cessation de paiement pour engager des négociations avec plusieurs réseaux de distribution susceptibles de le reprendre. "C’est désormais l’administrateur judiciaire qui examine directement les offres de reprise", poursuit-il.

En attendant la décision du tribunal de commerce, Alpilles Voyages reste membre de l’APST. "Le contrat continue d’exister mais Alpilles Voyages fait forcément l’objet d’une surveillance particulière", précise Emmanuel Toromanof, secrétaire général de l’association.

 

Laisser votre commentaire (qui sera publié après moderation)

Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données de vos commentaires sont utilisées.

Dans la même rubrique""",
         boiler=["Retrouvez l'actualité du Tourisme pour les professionnels du secteur tourisme avec l'Echo Touristique : agences de voyages, GDS, prestataires spécialisés, voyagistes",
                 "Laisser votre commentaire (qui sera publié après moderation)",
                 "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données de vos commentaires sont utilisées.",
                 "Dans la même rubrique"],
         ents="""ORG: Alpilles Voyages | Tribunal de commerce de Marseille | APST
PER: Philippe Beissier | Emmanuel Toromanof
LOC: France""",
         # the APST (the trade's guarantee association) and the court get no value; the possible takeover
         # is only a call for bids (not an event)
         sentiments={"Alpilles Voyages": "negative"},
         events=["bankruptcy"]),

    dict(id="fr10-ojim-rossel-ghm", lang="fr", split="heldout3", date="2012-10-23 (from the page)",
         url="https://www.ojim.fr/le-belge-rossel-rachete-le-pole-presse-de-champagne-ardenne-picardie-du-groupe-hersant/",
         text="""Accueil | Actualités | Médias | Rossel rachète des quotidiens régionaux de GHM
Publié le 23 octobre 2012 | Étiquettes :

Rossel rachète des quotidiens régionaux de GHM

C'est le belge Rossel (éditeur du quotidien belge Le Soir et du groupe français La Voix du Nord) qui a été choisi pour racheter les activités du pôle presse du Groupe Hersant Media (GHM) en Champagne-Ardenne et en Picardie. Aux termes de négociations qui auront duré plus d'un an, le groupe belge récupère les quotidiens régionaux : L'Union à Reims, L'Ardennais, Est-Éclair, Libération-Champagne, ainsi que le quadri-hebdomadaire L'Aisne Nouvelle. Un ensemble qui compte 13 éditions, 600 000 lecteurs par jour, et une diffusion quotidienne de 140 000 exemplaires.

L'ancien président des Éditions du Nouveau France Soir, Jean-Pierre Brunois, éditeur du quotidien éponyme aujourd'hui disparu, était également candidat à ce rachat. L'opération, qui aurait été négociée à près de 10 millions d'euros par le groupe Rossel et qui comprend la reprise de la dette, doit encore être validée dans les prochains jours par les banques financières du groupe Hersant et par l'Autorité de la concurrence.

Puisque vous êtes là, une minute d’attention s’il vous plaît…

Appels aux dons

…nous avons une petite faveur à vous demander. Vous êtes chaque jour plus nombreux à nous lire. Le travail de l’Observatoire du journalisme (Ojim) est unique. Chaque jour nous contribuons à « vous informer sur ceux qui vous informent », à nous battre pour la liberté d’expression, pour le pluralisme dans les médias, contre les censures.

Tout ceci se fait avec une petite équipe motivée, certains sont bénévoles mais la plupart sont des journalistes indépendants ou des étudiants en journalisme qui sont rémunérés. La majorité des rédacteurs, le webmestre, le manager des réseaux sociaux, l’infographiste, le vidéaste, le dessinateur sont rémunérés. Nous aider c""",
         boiler=["Accueil | Actualités | Médias | Rossel rachète des quotidiens régionaux de GHM",
                 "Publié le 23 octobre 2012 | Étiquettes :",
                 "Puisque vous êtes là, une minute d’attention s’il vous plaît…", "Appels aux dons",
                 "…nous avons une petite faveur à vous demander. Vous êtes chaque jour plus nombreux à nous lire. Le travail de l’Observatoire du journalisme (Ojim) est unique. Chaque jour nous contribuons à « vous informer sur ceux qui vous informent », à nous battre pour la liberté d’expression, pour le pluralisme dans les médias, contre les censures.",
                 "Tout ceci se fait avec une petite équipe motivée, certains sont bénévoles mais la plupart sont des journalistes indépendants ou des étudiants en journalisme qui sont rémunérés. La majorité des rédacteurs, le webmestre, le manager des réseaux sociaux, l’infographiste, le vidéaste, le dessinateur sont rémunérés. Nous aider c"],
         ents="""ORG: Rossel | GHM | Groupe Hersant Media | Hersant | Le Soir | La Voix du Nord | L'Union | L'Ardennais | Est-Éclair | Libération-Champagne | L'Aisne Nouvelle | Éditions du Nouveau France Soir | Autorité de la concurrence
PER: Jean-Pierre Brunois
LOC: Champagne-Ardenne | Picardie | Reims""",
         # Rossel "a été choisi" over another candidate after a year of talks: a won deal, positive; the seller,
         # the bought titles and the losing candidate are neutral
         sentiments={"Rossel": "positive", "Groupe Hersant Media": "neutral", "Le Soir": "neutral",
                     "La Voix du Nord": "neutral", "L'Union": "neutral", "L'Ardennais": "neutral",
                     "Est-Éclair": "neutral", "Libération-Champagne": "neutral", "L'Aisne Nouvelle": "neutral",
                     "Éditions du Nouveau France Soir": "neutral"},
         events=["acquisition"]),

    dict(id="fr10-mahalsa-intermarche-gifi", lang="fr", split="heldout3",
         date="2025-04-10 (approx., from the page: 'jeudi, avril 10'; closures announced on Thursday 3 April)",
         url="https://mahalsa.fr/la-prime-au-leader-prevaut",
         text="""Meilleures Actions
Histoires Web jeudi, avril 10
Bulletin

La guerre des échanges internationaux lancée par Donald Trump nous ferait presque oublier que, près de chez nous, un autre commerce souffre. Celui des ronds-points et des galeries marchandes. Ici et là, les fermetures de magasins s’enchaînent, entraînant la disparition de centaines d’emplois. Une hémorragie à petites gouttes, discrète, mais qui n’en finit pas, dans l’indifférence tranquille des pouvoirs publics.

Le groupe Intermarché a ainsi annoncé, jeudi 3 avril, la fermeture de 30 points de vente, employant 680 salariés, sur les 294 supermarchés et hypermarchés repris à Casino à partir d’octobre 2023. Le même jour, l’enseigne GiFi indiquait mettre la clé sous la porte de 11 magasins, sur un total de 570, et préparer un plan de sauvegarde de l’emploi concernant 302 collaborateurs.

Certes, c’est pas Valmy, c’est pas Verdun, comme chantait Barbara. Mais ces restructurations reflètent les difficultés rencontrées par un nombre croissant d’enseignes, de l’alimentaire au bricolage, qui s’ajoutent à la crise ancienne de l’habillement. Dans un contexte de consommation en berne et de concurrence acharnée de l’e-commerce, la tendance est implacable : la prime au leader prévaut.

Il vous reste 55.08% de cet article à lire. La suite est réservée aux abonnés.

Share.
© 2025 Mahalsa France. Tous droits réservés.""",
         boiler=["Meilleures Actions", "Histoires Web jeudi, avril 10", "Bulletin",
                 "Il vous reste 55.08% de cet article à lire. La suite est réservée aux abonnés.",
                 "Share.", "© 2025 Mahalsa France. Tous droits réservés."],
         ents="""ORG: Intermarché | Casino | GiFi
PER: Donald Trump | Barbara
LOC: Valmy | Verdun""",
         # Casino is only where the stores came from (background, 2023): neutral
         sentiments={"Intermarché": "negative", "GiFi": "negative", "Casino": "neutral"},
         events=["layoffs"]),

    dict(id="fr10-agefi-gsk-okairos", lang="fr", split="heldout3", date="2013-06-02 (from the page)",
         url="https://agefi.com/actualites/entreprises/gsk-reprise-de-okairos-pour-250-millions-deuros",
         text="""02 juin 2013, 20h55
Partager
GlaxoSmithKline (GSK) a annoncé l’acquisition du laboratoire de biotechnologie bâlois Okairos, qui cherche à développer des vaccins innovants pour des maladies comme le VIH ou le cancer. L’opération porte sur près de 250 millions d’euros (quelque 300 millions de francs) de francs en numéraire. Le groupe pharmaceutique britannique explique que la technologie d’Okairos, qui n’est pas cotée en Bourse, est complémentaire de la sienne et qu’elle l’aidera à développer la prochaine génération de ...
Ce contenu est LIBRE d’accès. Pour le lire, il vous suffit de créer un COMPTE GRATUIT""",
         boiler=["02 juin 2013, 20h55", "Partager",
                 "Ce contenu est LIBRE d’accès. Pour le lire, il vous suffit de créer un COMPTE GRATUIT"],
         ents="ORG: GlaxoSmithKline | GSK | Okairos",
         # the buyer explains the deal as complementary technology for its next generation (strategic: positive)
         sentiments={"GlaxoSmithKline": "positive", "Okairos": "neutral"},
         events=["acquisition"]),
]
