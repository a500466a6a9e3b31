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

    dict(id="fr10-zonebourse-hermes-semestre", lang="fr", split="heldout3", date="2018-09-12 (from the URL)",
         url="https://www.zonebourse.com/HERMES-INTERNATIONAL-4657/actualite/Hermes-International-La-valeur-du-jour-a-Paris-HERMES-au-triple-galop-27246870/?utm_medium=RSS&utm_content=20180912",
         text="""En hausse de 2,36% à 546,40 euros, Hermès signe l'une des plus belles progressions du CAC 40, entraînant le reste du secteur du luxe dans son sillage (+1,8% pour Kering, + 1,5% pour LVMH). Les investisseurs s'inclinent devant la performance opérationnelle du sellier au premier semestre et sur sa capacité à marier croissance des ventes et rentabilité. Sur les 6 premiers mois de l'année, le groupe a réalisé un bénéfice net de 708 millions d'euros, en hausse de 17%. Le résultat opérationnel courant a grimpé de 6% à 985 millions, faisant ressortir une marge record (pour un semestre) de 34,5%.Déjà publié, le chiffre d'affaires s'est élevé à 2,853 milliards d'euros et progresse de 11% à taux de change constants et de 5% à taux de change courants.À moyen terme, malgré le renforcement des incertitudes économiques, géopolitiques et monétaires dans le monde, le groupe confirme un objectif de progression du chiffre d'affaires à taux constants " ambitieux ".En conférence de presse, Axel Dumas, le gérant d'Hermes, a commenté ces résultats et profité de l'occasion pour faire taire les Cassandre.Contrairement aux craintes de certains analystes, le dirigeant n'a décelé aucun signe de ralentissement de la demande chinoise, moteur du secteur depuis plusieurs années.Enfin, Alex Dumas s'est félicité du succès du nouveau site Internet du groupe. L'enjeu est d'importance, la distribution on line étant un canal de vente privilégié par la fameuse génération des "milleniums" tant courtisés par les acteurs du luxe.""",
         ents="""ORG: Hermès | Hermes | Kering | LVMH
PER: Axel Dumas | Alex Dumas
MISC: CAC 40""",
         # Kering and LVMH share the news (their shares rise in Hermès's wake): positive
         sentiments={"Hermès": "positive", "Kering": "positive", "LVMH": "positive"},
         events=["earnings"]),

    dict(id="fr10-lutteouvriere-ca-galeries-lafayette", lang="fr", split="heldout3", date="2017-12-06 (from the page)",
         url="https://journal.lutte-ouvriere.org/2017/12/06/distribution-acheter-revendre-licencier_100083.html",
         text="""Distribution : acheter, revendre, licencier…06/12/20172017Journal/medias/journalnumero/images/2017/12/2575.jpg.445x577_q85_box-0%2C104%2C1383%2C1896_crop_detail.jpg

Dans les entreprises

Distribution : acheter, revendre, licencier…

La même semaine, C&A et les Galeries Lafayette, deux enseignes implantées dans des centres-ville, ont annoncé leur intention de réduire leur parc de magasins en propre : soit en revendant certains magasins, soit en tentant d’en confier la gestion à des repreneurs en franchise.

Dans tous les cas, les salariés sortiront des effectifs de l’enseigne et n’ont aucune garantie, malgré les déclarations patronales, vendeurs comme repreneurs, sur la pérennité de leur emploi et de leur contrat une fois la vente effective. On veut leur faire croire que tout se passera au mieux. Ils ont au contraire toutes les raisons de se méfier.

Ainsi, chez C&A, les actionnaires ont décidé de se débarrasser de 13 magasins, sur un parc de 160 implantés en France. Cela touche près d’une centaine de salariés, à qui on dit que deux repreneurs sont sur les rangs, Stokomani et Chausséa.

Le premier est un déstockeur d’articles en tout genre dont les effectifs se cantonnent à des opérations de mise en rayon et de caisse, sans vendeurs ni démonstrateurs. Et le second expose des chaussures dans un alignement de rayons où le client est amené à faire son choix puis à passer en caisse. L’emploi des salariés actuels des 13 magasins de C&A est donc bien en cause.

Il en est de même aux Galeries Lafayette, où l’annonce de la mise en franchise de 22 magasins sur 53 vient d’être faite. Cinq magasins ont fermé en 2004, trois en 2016, pour le plus grand profit de la famille Moulin, propriétaire de l’enseigne, qui figure dans le peloton de tête des plus grandes fortunes du pays. Celle-ci a annoncé, tout en sortant 900 salariés des effectifs du groupe, l’ouverture d’un magasin sur les Champs-Élysées avec un loyer""",
         boiler=["Distribution : acheter, revendre, licencier…06/12/20172017Journal/medias/journalnumero/images/2017/12/2575.jpg.445x577_q85_box-0%2C104%2C1383%2C1896_crop_detail.jpg",
                 "Dans les entreprises"],
         ents="""ORG: C&A | Galeries Lafayette | Stokomani | Chausséa
PER: Moulin
LOC: France | Champs-Élysées""",
         # the two would-be buyers of C&A stores are described, not judged as news: neutral
         sentiments={"C&A": "negative", "Galeries Lafayette": "negative", "Stokomani": "neutral", "Chausséa": "neutral"},
         events=["layoffs", "expansion"]),

    dict(id="fr10-reussir-agrial-resultat", lang="fr", split="heldout3",
         date="2006 (approx., from the text: the 2005 results announced 'cette semaine')",
         url="https://www.reussir.fr/lesmarches/agrial-belle-progression-du-resultat-net",
         text="""Agrial : belle progression du résultat net
Le groupe coopératif Agrial (Caen, Calvados) a clos l’exercice 2005 avec une progression de 15 % de son résultat net à 26 millions d’euros, alors que son chiffre d’affaires est resté quasiment à l’identique (1,457 milliard), a-t-il indiqué cette semaine. Le légume (première et quatrième gammes) figure à hauteur du tiers de l’activité, le cidre pour un peu moins de 10 % et les autres activités (lait (450 millions de litres de lait collectés pour CLE Bongrain), porc (450 000 porcs intégrés dans la filière Socopa, appro collecte, etc.) pour 5 à 10 % du CA. 10 000 agriculteurs apportent leur production au groupe qui emploie 6 450 salariés au total.
La progression d’activité des filiales « aval » de ce groupe dont le territoire s’étend sur la Manche, le Calvados, l’Orne, l’Ille-et-Vilaine, la Mayenne et l’Eure a compensé « la baisse structurelle de certains marchés amont (agrofourniture) et la volatilité des prix agricoles ».
Agrial se félicite du bon positionnement des marques « Florette » et « Priméal » en légumes, « Ecusson » et « Loïc Raison » en cidre. Et souligne que « l’ensemble des branches ont contribué aux bonnes performances du groupe en 2005, y compris la branche volaille en dépit d’une fin d’année difficile ».
Investissement en volaille
Le groupe bas-normand a investi en 2005, en effet, dans la partie « élaboré » de son activité avicole. Sa filiale Secoué (Chaillan, Mayenne) s’est vue dotée d’équipements lui permettant de préparer des produits cuits et saumurés. A la tête de 170 points de distribution : « Magasins Vert », « Point Vert », Agrial a également poursuivi un important programme de modernisation de ses points de vente et engagé un programme financier en conséquence. Un effort qu’il entend mener encore en 2006. Au total, Agrial a investi 43,2 millions d’euros en 2005.
C’est moins qu’en 2004 (60 millions d’""",
         ents="""ORG: Agrial | CLE Bongrain | Socopa | Secoué
LOC: Caen | Calvados | Manche | Orne | Ille-et-Vilaine | Mayenne | Eure | Chaillan
MISC: Florette | Priméal | Ecusson | Loïc Raison | Magasins Vert | Point Vert""",
         # brands and store banners are MISC (products, not the company); the milk and pork outlets and the
         # subsidiary are named as background: neutral
         sentiments={"Agrial": "positive", "CLE Bongrain": "neutral", "Socopa": "neutral", "Secoué": "neutral"},
         events=["earnings", "funding"]),

    dict(id="fr10-tourmag-touristra", lang="fr", split="heldout3", date="2023-11-02 (from the page)",
         url="https://tourmag.com/En-redressement-judiciaire-quel-avenir-pour-TourisTra_a120509.html",
         text="""TourMaG.com, le média spécialiste du tourisme francophone

logo TourMaG  




En redressement judiciaire, quel avenir pour TourisTra ?

Pierre Touchet, le président de TourisTra, se veut optimiste


Les nuages s'amoncèlent au-dessus des 400 salariés de TourisTra. L'emblématique entreprise du tourisme social, détentrice de 18 villages vacances en France, 4 hôtels sur le bassin méditerranéen et plus de 250 locations, a été placée en redressement judiciaire. Ce n'est pas la seule mauvaise nouvelle pour TourisTra puisque l'APST a publié une cessation de garantie le 17 octobre 2023. Nous avons fait le point avec Pierre Touchet, un président qui se veut optimiste sur la situation de l'entreprise.


Rédigé par le Jeudi 2 Novembre 2023

TourMaG.com - Nous avons appris que TourisTra connaissait quelques difficultés. L'entreprise a été placée en redressement judiciaire, avec une date de cessation des paiements fixée le 4 septembre 2023. Quelle est la situation de TourisTra ?

Pierre Touchet :
Elle est simple et similaire à beaucoup d'acteurs du tourisme.

Après deux années de covid, nous rencontrons des difficultés de trésorerie.

Par précaution, nous avons fait appel à la prévention des difficultés d'une entreprise, en nous mettant sous la protection du Tribunal de Commerce de Paris, dans le cadre de la procédure dite de redressement judiciaire.

Celle-ci est en cours, elle va permettre d'élaborer un plan de continuation de l'activité, pour retrouver les équilibres économiques afin de faire face à nos difficultés, en étalant les dettes.

TourisTra : "La première période d'observation se termine fin mars 2024"

TourMaG.com - Un redressement qui fait suite à une procédure de sauvegarde en 2018...

Pierre Touchet : L'entreprise est sortie de cette période avec un plan de continuation, tout à fait réaliste et crédible.

Derrière nous avons été frappés de plein fouet par la pandémie. Nos activités ont été totalement stoppée""",
         boiler=["TourMaG.com, le média spécialiste du tourisme francophone", "logo TourMaG",
                 "Pierre Touchet, le président de TourisTra, se veut optimiste",
                 "Rédigé par le Jeudi 2 Novembre 2023"],
         ents="""ORG: TourMaG.com | TourisTra | APST | Tribunal de Commerce de Paris
PER: Pierre Touchet
LOC: France""",
         # the line under the headline is taken as the photo caption (boilerplate); the publisher, the APST
         # and the court get no value; the president's optimism is his own word, the news is receivership
         sentiments={"TourisTra": "negative"},
         events=["bankruptcy"]),

    dict(id="fr10-modepaper-hermes-lemaire", lang="fr", split="heldout3",
         date="2014-07 (from the URL; the designer leaves on 1 October 2014)",
         url="https://www.modepaper.com/2014/07/christophe-lemaire-quitte-hermes.html",
         text="""La maison Hermès a annoncé aujourd'hui le départ de son directeur artistique, Christophe Lemaire. A la tête des collections femme depuis quatre ans, le créateur français veut se consacrer pleinement au développement de sa propre marque. Il quittera ses fonctions le 1er octobre 2014 à l'issue de la présentation de la collection printemps-été 2015. Rappelons qu'il avait succédé à Jean Paul Gaultier en juin 2010 en arrivant de chez Lacoste. Maintenant la question que tout le monde se pose est : qui pour le remplacer ? Pour le moment aucune rumeur ne s'est répandue afin de connaître le nom de son successeur. Affaire à suivre...
About
Popular Posts
-
"O-M-G !!!". Ce sont les premiers mots qui me sont venus quand j'ai vu la Story Instagram de la marque de cosmétiques Glossie...
-
C'est hier matin par un tweet de son compte officiel que le monde entier a appris le décès de la légende du rock David Bow...
-
La marque de chapeaux de luxe Maison Michel vient d'ouvrir son e-shop ! Mais en plus de pouvoir commander votre prochain chapeau, ...
Facebook Page
Labels Cloud
Fourni par Blogger.
Aucun commentaire:
Enregistrer un commentaire""",
         boiler=["About", "Popular Posts", "-",
                 "\"O-M-G !!!\". Ce sont les premiers mots qui me sont venus quand j'ai vu la Story Instagram de la marque de cosmétiques Glossie...",
                 "C'est hier matin par un tweet de son compte officiel que le monde entier a appris le décès de la légende du rock David Bow...",
                 "La marque de chapeaux de luxe Maison Michel vient d'ouvrir son e-shop ! Mais en plus de pouvoir commander votre prochain chapeau, ...",
                 "Facebook Page", "Labels Cloud", "Fourni par Blogger.", "Aucun commentaire:", "Enregistrer un commentaire"],
         ents="""ORG: Hermès | Lacoste
PER: Christophe Lemaire | Jean Paul Gaultier""",
         # the designer leaves for his own brand; the article neither praises nor blames the house: neutral
         sentiments={"Hermès": "neutral", "Lacoste": "neutral"},
         events=["leadership_change"]),

    dict(id="fr10-atlasinfo-sanofi-departs", lang="fr", split="heldout3",
         date="2019-06 (from the page; the plan unveiled 'mercredi')",
         url="https://www.atlasinfo.fr/Sanofi-prevoit-466-departs-volontaires-dans-la-recherche-en-France-et-en-Allemagne_a101461.html",
         text=""" date 2019-06 Sanofi a dévoilé mercredi un plan de départs volontaires devant aboutir à la suppression de 466 postes dans la recherche-développement en France et en Allemagne, dans le cadre d'un recentrage de ses efforts d'innovation vers ses aires thérapeutiques les plus stratégiques.



Près de 300 de ces départs volontaires sont prévus en France, a précisé à l'AFP Marc Bonnefoi, vice-président chargé des opérations R&D monde du groupe. Sanofi compte actuellement près de 4.000 collaborateurs en recherche et développement dans l'Hexagone et 1.500 en Allemagne, sur un total de 15.000 au niveau mondial dans ce type d'activités.""",
         ents="""ORG: Sanofi | AFP
PER: Marc Bonnefoi
LOC: France | Allemagne | Hexagone""",
         sentiments={"Sanofi": "negative"},
         events=["layoffs"]),
]
