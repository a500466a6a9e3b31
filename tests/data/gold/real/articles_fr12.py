"""French real business articles on banks, insurance, transport, real estate, services and utilities, added
after the split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), annotated by hand
before any system ran on it, following the third-session sentiment conventions of make_real.py's docstring.
"""

ARTICLES = [
    dict(id="fr12-agefi-banques-detail-t2", lang="fr", split="dev",
         date="2021-08-06 (from the URL: second-quarter 2021 results)",
         url="https://www.agefi.fr/banque-assurance/actualites/quotidien/20210806/banque-detail-se-reveille-326031",
         text=""" date 2021-08 Des publications pour la plupart supérieures aux attentes et portées par un dynamisme surprise. Les banques françaises ont toutes publié ces derniers jours des résultats en forte hausse, souvent records, au titre du deuxième trimestre 2021. Marqués par un coût du risque en forte baisse, les niveaux d'activité en banque de détail ont étonné. Les produits nets bancaires (PNB) se sont ainsi inscrits en forte hausse sur un an : +15,5% pour le Crédit Agricole, +8% pour la Société Générale, +9,5% pour BNP Paribas et +10% pour BPCE.

Ces croissances doivent être relativisées en raison des conséquences de la pandémie au deuxième trimestre 2020 qui ont créé un effet de base favorable. Mais cet élément n'est pas la seule explication à ces taux de croissance, dans un secteur habitué à la baisse des revenus ces dernières années, notamment sous l'effet des taux bas.

«L’activité́ commerciale reprend de façon très dynamique ce trimestre avec l’évolution de l’environnement sanitaire en présentant néanmoins des dynamiques différentes en fonction des zones géographiques, des secteurs et des métiers», explique BNP Paribas.

Ces revenus sont tirés par une reprise de la production de crédits qui se traduit par une hausse des encours : +6,2% pour BNP Paribas, +9,6% pour le réseau banque populaire et +6,5% pour le réseau Caisse d’Épargne (les deux réseaux de BPCE, ndlr), + 4,4% pour LCL, dont la production a même dépassé les niveaux d’avant la crise (+33,4% sur un an et +5,8% par rapport au deuxième trimestre 2019) et +1% pour les réseaux Société Générale et Crédit du Nord.

La distribution de PGE, notamment, permet d’atteindre ces niveaux, mais pas que, comme explique la Société Générale : «les encours moyens de crédits moyen long terme aux entreprises et professionnels sont en hausse de 8%, soutenus par une croi""",
         ents="""ORG: Crédit Agricole | Société Générale | BNP Paribas | BPCE | banque populaire | Caisse d’Épargne | LCL | Crédit du Nord
MISC: PGE""",
         sentiments={"Crédit Agricole": "positive", "Société Générale": "positive", "BNP Paribas": "positive",
                     "BPCE": "positive", "banque populaire": "positive", "Caisse d’Épargne": "positive",
                     "LCL": "positive", "Crédit du Nord": "positive"},
         events=["earnings"]),

    dict(id="fr12-boursorama-bpce-t1", lang="fr", split="dev",
         date="2024-05 (from the text: first-quarter 2024 results)",
         url="https://www.boursorama.com/actualite-economique/actualites/bpce-voit-son-benefice-net-bondir-au-1t-libere-de-sa-participation-a-un-fonds-europeen-c253015ada7f44bd7b99813331c2e63e",
         text=""" date 2024-05 Le groupe bancaire BPCE a annoncé jeudi un résultat net en hausse de 64% au premier trimestre, à 875 millions d'euros, une performance à relativiser puisque le premier trimestre 2023 comprenait une charge exceptionnelle, la participation au fonds de sauvetage des banques européennes.

"Ce sont des résultats financiers solides", a commenté le président du directoire Nicolas Namias auprès de l'AFP, au terme d'un trimestre marqué par une "forte dynamique commerciale à la fois dans les métiers de banque de proximité et dans les métiers mondiaux" (gestion d'actifs, banque de financement et d'investissement...).

La base de comparaison avec le premier trimestre 2023 est très favorable à BPCE puisque, l'an dernier, la banque mutualiste cotisait pour la dernière fois au Fonds de résolution unique (FRU), un dispositif européen alimenté par les banques et destiné à aider un établissement du secteur en cas de faillite.

Celui-ci est désormais arrivé à sa taille cible, couvrant au moins 1% des dépôts éligibles en Europe. Hors impact du FRU (585 millions d'euros pour BPCE l'an dernier), le résultat du groupe s'affiche en baisse de 22% au premier trimestre.

Cette baisse concerne les résultats avant impôts de presque tous les métiers (hors l'assurance et les paiements), notamment les deux réseaux de banque de détail en France, Banque populaire et Caisse d'épargne (-24% et -19%, respectivement).

La banque s'est pourtant démenée pour conquérir de nouveaux clients (17.700 de plus depuis le début de l'année) et limiter la casse sur le crédit immobilier, dont la production est très faible début 2024, avec des offres dédiées aux jeunes ou encore à la rénovation des logements.

Le produit net bancaire, équivalent du chiffre d'affaires pour le secteur, s'est élevé à près de 5,8 milliards d'euros entre janvier et mars, en léger retrait """,
         ents="""ORG: BPCE | AFP | Fonds de résolution unique | FRU | Banque populaire | Caisse d'épargne
PER: Nicolas Namias
LOC: Europe | France""",
         sentiments={"BPCE": "mixed", "Banque populaire": "negative", "Caisse d'épargne": "negative"},
         events=["earnings"]),

    dict(id="fr12-zonebourse-covea-partnerre", lang="fr", split="dev",
         date="2020-03-03 (from the text: the Exor press-release address)",
         url="https://www.zonebourse.com/SCOR-SE-40096/actualite/Covea-va-acheter-PartnerRe-a-Exor-pour-9-milliards-de-dollars-30103433/",
         text="""Le groupe français d'assurance Covéa va acheter le réassureur PartnerRe à Exor, la holding financière de la famille italienne Agnelli, pour 9 milliards de dollars (environ 7,3 milliards d'euros), ont annoncé mardi soir les deux parties.

"Covéa a approuvé ce jour un protocole d'accord avec Exor, portant sur le projet d'acquisition en numéraire de la totalité des actions ordinaires composant le capital de PartnerRe", précise l'assureur français dans un communiqué.

"Cette acquisition permettrait à Covéa de consolider sa diversification et son internationalisation, en constituant un groupe d?assurance et de réassurance européen de premier plan, appuyé d?une part, sur une position de leader en assurances de dommages et responsabilité en France et d?autre part, sur un grand réassureur global et diversifié", poursuit l'assureur mutualiste français, qui regroupe les assureurs GMF, MAAF et MMA.

Du fait de la complémentarité des métiers de Covéa et de PartnerRe et de leurs implantations géographiques, l'assureur français n?anticipe pas d?impact sur l?emploi ni sur les relations avec ses clients.

La holding de droit néerlandais a fait l'acquisition de PartnerRe en mars 2016 pour un montant total de 6,72 milliards de dollars.

"Nous sommes désormais en présence d'une chance exceptionnelle pour PartnerRe de renforcer encore son avantage compétitif tout en créant de nouvelles opportunités pour ses salariés sous la propriété de Covéa", a commenté John Elkann, le P-DG d'Exor, dans un communiqué https://www.exor.com/press-releases/2020-03-03/exor-announces-memorandum-understanding-sale-partnerre-covea-9-billion.

Thierry Derez, le président-directeur général de Covéa, déclare pour sa part que "ce projet d?acquisition intervient dans un secteur en pleine mutation, avec l?émergence de nouveaux risques, de nouveaux modes de vie et la multiplication des acteurs entrant sur le marché de l?assurance".

"Il s?inscrit en parfaite cohérence""",
         ents="""ORG: Covéa | PartnerRe | Exor | GMF | MAAF | MMA
PER: Agnelli | John Elkann | Thierry Derez
LOC: France""",
         sentiments={"Covéa": "positive", "PartnerRe": "positive", "Exor": "neutral", "GMF": "neutral",
                     "MAAF": "neutral", "MMA": "neutral"},
         events=["acquisition"]),

    dict(id="fr12-decideurs-axa-xl", lang="fr", split="dev",
         date="2018-03 (approx., from the text: AXA's purchase of XL Group, ahead of the listing of its US business)",
         url="http://www.magazine-decideurs.com/news/axa-surprend-le-marche-avec-l-acquisition-de-xl-group",
         text="""L’assureur français débourse 15,3 milliards de dollars pour s’offrir le spécialiste de l’assurance « dommages » des entreprises. Il n’avait plus connu pareille transaction depuis dix ans.

Contre toute attente, AXA rachète XL Group, une société d’assurance et de réassurance basée aux Bermudes, pour un montant de 15,3 milliards de dollars. L’offensive a en effet surpris les marchés boursiers, l’action de l’entreprise du Cac 40 marquant un retrait de 7 points après l’annonce. Il faut dire que Thomas Buberl, frais patron d’AXA, avait déclaré qu’il ne comptait pas miser plus de 3 milliards d’euros sur l’acquisition d’un actif. Le budget est allègrement dépassé… Le dernier coup d’éclat d’AXA sur le terrain de la croissance externe datait de 2006 avec la reprise des activités de l’assureur suisse Winterthur pour 8,9 milliards d’euros. Deux raisons évidentes viennent tout de même expliquer ce rachat : d’abord, le secteur de l’assurance connaît une inflation des deals, et ensuite, la cible, XL Group, n’est pas au meilleur de sa forme en raison d’une série de catastrophes naturelles qui lui ont coûté la bagatelle de 2 milliards d’euros. L’allemand Allianz était également venu aux renseignements concernant une potentielle alliance avec celui qui a totalisé près de 15 milliards de dollars de primes brutes l’an passé. De manière certaine, AXA devient le leader mondial de l’assurance « dommages » pour les entreprises (30 MD€ de revenus pour ce métier) et se renforce sur un de ses territoires favoris, les États-Unis. C’est probablement un bon message lancé aux investisseurs en vue de la cotation programmée de ses activités américaines au second trimestre.       

 

FS

Newsletter Flash

Pour recevoir la newsletter du Magazine Décideurs, merci de renseigner votre mail

GUIDE ET CLASSEMENTS

> Guide 2024""",
         boiler=["Newsletter Flash", "Pour recevoir la newsletter du Magazine Décideurs, merci de renseigner votre mail",
                 "GUIDE ET CLASSEMENTS", "> Guide 2024"],
         ents="""ORG: AXA | XL Group | Winterthur | Allianz
PER: Thomas Buberl
LOC: Bermudes | États-Unis
MISC: Cac 40""",
         sentiments={"AXA": "mixed", "XL Group": "neutral", "Winterthur": "neutral", "Allianz": "neutral"},
         events=["acquisition"]),

    dict(id="fr12-tradingsat-elior-suppressions", lang="fr", split="dev", date="2020-10-02",
         url="https://www.tradingsat.com/elior-FR0011950732/actualites/elior-elior-apres-l-annonce-de-1888-suppressions-de-postes-elior-plonge-un-peu-plus-en-bourse-933439.html",
         text="""Connexion
Mot de passe oublié Pas encore de compte ?

ELIOR

ELIOR - FR0011950732 SRD PEA PEA-PME
2.524 € -0.63 % Temps réel Euronext Paris

Elior : Après l'annonce de 1.888 suppressions de postes, Elior plonge un peu plus en Bourse

vendredi 2 octobre 2020 à 10h38
Elior réduit la voilure et vacille encore en Bourse

(BFM Bourse) - Le n°2 français -et n°3 mondial- de la restauration collective est contraint de réduire la voilure et annonce la suppression de 1.888 postes en France pour faire face à une réduction du volume d'activités induite par la crise sanitaire. Sur le marché parisien, le titre Elior tangue en réaction à cette annonce.

Des cantines d'entreprise désertées, des salariés massivement en télétravail... La crise sanitaire a durablement bouleversé les modes de travail et l'un des géants du secteur de la restauration collective, le groupe Elior, va supprimer 1.888 postes en France. Cette réorganisation, qui fait l'objet d'un plan de sauvegarde de l'emploi présenté aux partenaires sociaux, touche 1.260 lieux de restauration exploités par ses filiales Elior Entreprises et Arpège, a précisé le groupe dans un communiqué.

Elior tentera de "proposer un reclassement aux collaborateurs concernés" vers ses autres activités en France, et estime "à plus de 1.000 le nombre de postes potentiellement disponibles dans l'année à venir", précise Frédéric Galliath, directeur général de l'activité entreprise au sein d'Elior France, cité par le communiqué. "L'entreprise va maintenant s'engager dans une démarche de concertation et d'échanges avec [ses] partenaires sociaux pour limiter au maximum l'impact de ce projet sur l'emploi", dit-il.

760 millions d'euros de revenus évaporés

Au total, 9.500 salariés travaillent dans la restauration d'entreprise en France au sein d'Elior Entreprises et Arpège, qui est le segment haut de gamme de cette activité, et compte parmi ses clients nombre de grands groupes ayant (à l'instar d""",
         boiler=["Connexion", "Mot de passe oublié Pas encore de compte ?", "ELIOR", "ELIOR - FR0011950732 SRD PEA PEA-PME",
                 "2.524 € -0.63 % Temps réel Euronext Paris", "vendredi 2 octobre 2020 à 10h38"],
         ents="""ORG: Elior | BFM Bourse | Elior Entreprises | Arpège | Elior France
PER: Frédéric Galliath
LOC: France""",
         sentiments={"Elior": "negative", "Elior Entreprises": "negative", "Arpège": "negative", "Elior France": "neutral"},
         events=["layoffs"]),

    dict(id="fr12-tv5monde-xl-airways-aigle-azur", lang="fr", split="dev",
         date="2019-09-16 (approx., from the text: Monday hearings at Bobigny and Evry)",
         url="https://information.tv5monde.com/info/xl-airways-et-aigle-azur-dans-l-attente-d-un-repreneur-322961",
         text=""" date 2019-09 La justice a examiné lundi les situations d'XL Airways et d'Aigle Azur, toutes deux dans la tourmente, en plaçant la première en redressement judiciaire et en étudiant les offres de reprise pour la seconde.

Le tribunal de commerce de Bobigny a placé XL Airways en redressement judiciaire avec un délai jusqu'à samedi midi pour le dépôt d'offres de la part d'éventuels repreneurs, a annoncé le PDG de la compagnie aérienne, Laurent Magnin, à la sortie de l'audience.

"On va se battre dans les jours qui viennent. On a jusqu'à samedi midi pour déposer des offres au tribunal de commerce de Bobigny. On a 5 jours pour faire un miracle", a-t-il déclaré aux journalistes.

Les "actionnaires (la holding française DreamJet, NDLR) ont fait une proposition au groupe Air France", a-t-il ajouté et "le gouvernement, les actionnaires, les équipes de Ben Smith (le directeur général d'Air France-KLM, NDLR) doivent évaluer dans les 48 heures s'il y a une capacité de sauvetage d'XL Airways" qui s'était déclarée jeudi en cessation de paiement.

"Chaque compagnie qui tombe, qui fait faillite, n'est pas capable de rembourser ses clients (...) nous avons un véritable tsunami", a-t-il poursuivi, en référence à la compagnie Aigle Azur, placée en liquidation judiciaire avec poursuite d'activité jusqu'à vendredi et dont le tribunal de commerce d'Evry a commencé à examiner lundi les offres de reprise.

XL Airways "annonce gérer ses opérations jusqu'à jeudi inclus" et "c'est ensuite l'administrateur judiciaire qui prendra le relais", selon une source proche du dossier.

La compagnie emploie 570 collaborateurs et a transporté en 2018 quelque 730.000 passagers avec quatre Airbus A330, tous en leasing. Elle dessert essentiellement l'Amérique du Nord, notamment les Etats-Unis, les Antilles et la Réunion mais aussi la Chine.

- "Que le début" -

Elle a besoin de 3""",
         ents="""ORG: XL Airways | Aigle Azur | tribunal de commerce de Bobigny | DreamJet | Air France | Air France-KLM | tribunal de commerce d'Evry
PER: Laurent Magnin | Ben Smith
LOC: Amérique du Nord | Etats-Unis | Antilles | Réunion | Chine
MISC: Airbus A330""",
         sentiments={"XL Airways": "negative", "Aigle Azur": "negative", "DreamJet": "neutral", "Air France": "neutral",
                     "Air France-KLM": "neutral"},
         events=["bankruptcy"]),
]
