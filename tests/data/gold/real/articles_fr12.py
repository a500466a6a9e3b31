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

    dict(id="fr12-lesechos-bordeaux-veolia-suez", lang="fr", split="dev", date="2018-06-15 (from the URL)",
         url="https://www.pressreader.com/france/les-echos/20180615/282076277579052",
         text="""Bordeaux veut confier à Veolia l’assainissement de son eau

Les Echos - - ENTERPRISES & MARCHÉS - Frank Niedercorn @FNiedercorn — Correspondant à Bordeaux

Après Lille et Valenton, Suez devrait perdre un autre de ses principaux contrats d’eau français. La métropole de Bordeaux souhaite déléguer à Veolia l’assainissement et la gestion des eaux pluviales pour la période 2019-2025, plutôt que de renouveler la délégation de Suez, qui gère tant l’eau potable que l’assainissement bordelais depuis des décennies.

Le communiqué publié en fin d’aprèsmidi par Bordeaux Métropole précise que « le président de Bordeaux Métropole a annoncé qu’il envisageait de proposer au Conseil de métropole du 6 juillet prochain la société Veolia comme futur délégataire des services publics de l’assainissement des eaux usées et de gestion des eaux pluviales urbaines de Bordeaux Métropole, après présentation du rapport de l’Inspection générale ». La valeur estimée de ce contrat est de 417 millions d’euros sur six ans, selon l’estimation mentionnée dans l’appel d’offres de renouvellement lancé l’an dernier.

C’est un petit tremblement de terre que l’on sentait venir. Suite à la procédure de consultation lancée en juin 2017 et à la remise des offres fin octobre, un débat houleux avait fait s’affronter début mai les élus et les fonctionnaires, selon « Sud Ouest ». Les élus semblaient en faveur de l’offre de Suez tandis que les services administratifs estimaient que celle de Veolia affichait une facture légèrement inférieure, avait rapporté le quotidien. Afin de calmer le jeu, Alain Jup""",
         boiler=["Les Echos - - ENTERPRISES & MARCHÉS - Frank Niedercorn @FNiedercorn — Correspondant à Bordeaux"],
         ents="""ORG: Veolia | Suez | Bordeaux Métropole | Inspection générale | Sud Ouest
PER: Alain Jup
LOC: Bordeaux | Lille | Valenton""",
         sentiments={"Veolia": "positive", "Suez": "negative"},
         events=["partnership", "competition"]),

    dict(id="fr12-batiactu-nexity-suppressions", lang="fr", split="dev", date="2024-04-25 (from the text)",
         url="https://batiactu.com/edito/nexity-annonce-suppressions-postes-68426.php",
         text="""PROMOTION IMMOBILIÈRE. Le premier promoteur immobilier français vient d'annoncer la suppression de plus de 500 postes, du fait de la crise du logement.

Le premier promoteur immobilier de France, Nexity, vient d'annoncer ce 25 avril 2024 la suppression de 502 postes, nous informe l'Agence France presse (AFP). A l'image d'autres acteurs du secteur, le groupe fait les frais de la crise de la construction neuve. "Nous avons poursuivi nos actions en termes de réduction de notre base de coûts d'exploitation et nous avons confirmé à nos partenaires sociaux que le processus d'information-consultation préalable au déploiement d'un plan de sauvegarde de l'emploi sera engagé, et il concernera la suppression de 502 postes", a déclaré à la presse le directeur général délégué du groupe, Jean-Claude Bassien.

 

 

27% de baisse d'effectifs

 

Les effectifs du pôle promotion-construction, ciblés par le plan, auront diminué de 27% par rapport à 2022, indique aussi le groupe. Près de 400 personnes ont déjà quitté la société avant même la mise en œuvre du plan social, dénonce de son côté auprès de l'AFP le délégué syndical CFDT de cette branche, Emmanuel Brie. "On va se battre pour qu'il y ait au maximum de la mobilité et des départs volontaires", a-t-il déclaré.

 

 

Nexity a lancé un plan de réduction des charges d'exploitation visant une réduction de la base de coûts à hauteur de 95 M€, soit une baisse de -16%. Son chiffre d'affaires au premier trimestre s'est situé à 770 millions d'euros, en baisse de 14% sur une année. Le groupe espère avoir atteint le point bas de la crise. D'autres acteurs de la promotion immobilière ont annoncé des procédures du même type, comme Bouygues immobilier et Vinci immobilier. Nexity avait, pour rappel, annoncé le lancement d'un plan social en février dernier.

actionclactionfp""",
         boiler=["actionclactionfp"],
         ents="""ORG: Nexity | Agence France presse | AFP | CFDT | Bouygues immobilier | Vinci immobilier
PER: Jean-Claude Bassien | Emmanuel Brie
LOC: France""",
         sentiments={"Nexity": "negative", "Bouygues immobilier": "negative", "Vinci immobilier": "negative"},
         events=["layoffs", "earnings"]),

    dict(id="fr12-cbanque-foncia-tagerim", lang="fr", split="dev",
         date="2013-10-01 (approx.: the text says only 'mardi'; the Foncia–Tagerim deal was announced at the start of October 2013)",
         url="https://www.cbanque.com/actu/40302/immobilier-foncia-se-renforce-dans-administration-de-biens",
         text="""Le groupe immobilier Foncia se renforce dans l'administration de biens en rachetant l'activité dans ce domaine de son concurrent Tagerim, ont annoncé mardi les deux sociétés dans des communiqués séparés.

L'opération de rachat de l'activité administration de biens de Tagerim vient renforcer la position de Foncia dans un secteur où il est déjà bien positionné puisque le groupe, qui dispose d'un réseau de près de 600 agences, gère 1,08 million de logements en copropriété et 285.000 logements locatifs. Les 17 agences rachetées à Tagerim viennent ajouter à ce parc 72.000 lots de copropriété et 35.000 logements locatifs.

Avec 46,4 millions d'euros sur un total de 115 millions, l'administration de biens a représenté plus de 40% du chiffre d'affaires 2012 de Tagerim, et contribué à hauteur de 27% au résultat net, soit 2 millions d'euros sur 7.

Tagerim veut se concentrer sur la promotion et l'hôtellerie

« Tagerim n'a pas vendu parce qu'il se porte mal mais parce qu'il veut se déployer dans la promotion et l'hôtellerie », a déclaré à l'AFP une porte-parole. Tagerim est présent dans la promotion immobilière et dans l'hôtellerie (résidences services et hôtellerie), son activité émergente. « Par sa rigueur, son expertise et son éthique professionnelle, Foncia était le meilleur choix pour maintenir une valeur chère à Tagerim : la satisfaction client », a commenté le président Jérôme Quentin-Mauroy, cité dans le communiqué.

Cette acquisition « constitue pour Foncia une formidable opportunité et nous permet de conforter notre position de leader sur le marché », s'est félicité de son côté le président de Foncia, François Davy.""",
         ents="""ORG: Foncia | Tagerim | AFP
PER: Jérôme Quentin-Mauroy | François Davy""",
         sentiments={"Foncia": "positive", "Tagerim": "neutral"},
         events=["acquisition"]),

    dict(id="fr12-allnews-abanca-cjip", lang="fr", split="dev",
         date="2023-04-14 (approx.: the text says 'vendredi'; other reports date the court's validation of the Abanca CJIP to 14 April 2023)",
         url="http://www.allnews.ch/content/r%C3%A9glementation/blanchiment-l%E2%80%99espagnole-abanca-paie-une-amende-de-38-millions-en-france",
         text="""Blanchiment: l’espagnole Abanca paie une amende de 3,8 millions en France

AWP

1 minute de lecture

La banque avait été mise en examen pour des faits commis entre 2011 et 2013 et de manière habituelle. L’accord prévoit également le versement de 500’000 euros de dommages et intérêts.

La banque espagnole Abanca Corporacion Bancaria a accepté de payer une amende de 3,8 millions d’euros pour éviter des poursuites en France pour blanchiment notamment de fraude fiscale, selon un accord validé vendredi par le tribunal de Paris.

Le président du tribunal, Stéphane Noël, a validé cette convention judiciaire d’intérêt publique (Cjip), conclue entre Abanca et le parquet de Paris le 23 mars, qui prévoit outre l’amende d’intérêt public de 3,8 millions d’euros le versement à l’Etat français par la banque de 500’000 euros de dommages et intérêts.

Abanca Corporacion Bancaria avait été mise en examen pour des faits de blanchiment commis entre 2011 et 2013 et de manière habituelle, a rappelé la procureure Céline Ducournau lors de l’audience de validation.

L’affaire avait été découverte lors d’une enquête sur des faits distincts: les enquêteurs ont établi l’existence d’un système de compensation entre l’encaissement de chèques et la fourniture de liquidités au sein du bureau de représentation à Paris de Caixa Galicia, qui a été ensuite restructurée pour donner naissance à Abanca.

Les investigations ont fait apparaître des remises de chèque pour plus de 8 millions d’euros, et que des clients sans lien avec l’Espagne avaient encaissé certains de ces chèques.

Selon la représentante du ministère public, la banque a pu tirer des revenus et d’autres avantages «du fonctionnement des comptes litigieux et de la captation de la clientèle intéressée».

Me Guillaume Pellegrin, l’un des avocats de la banque, a reconnu lors de l’audience que «dans ce bureau de représentation, l’un des sujets ma""",
         boiler=["AWP", "1 minute de lecture"],
         ents="""ORG: Abanca | Abanca Corporacion Bancaria | tribunal de Paris | parquet de Paris | Caixa Galicia
PER: Stéphane Noël | Céline Ducournau | Guillaume Pellegrin
LOC: France | Paris | Espagne""",
         sentiments={"Abanca": "negative", "Abanca Corporacion Bancaria": "negative", "Caixa Galicia": "neutral"},
         events=["legal"]),

    dict(id="fr12-yahoo-scor-succession", lang="fr", split="dev",
         date="2021-06 (approx., from the text: the 2021 Scor succession; index levels in the page header)",
         # the page header's ticker lines are stored without their leading indentation (whitespace only)
         url="https://fr.finance.yahoo.com/actualites/r%C3%A9glements-comptes-%C3%A0-scor-secrets-185800063.html",
         text="""Marchés français ouverture 4 h 55 min
• Dow Jones

34 299,33
-94,42 (-0,27 %)
     
• Nasdaq

14 072,86
-101,29 (-0,71 %)
     
• Nikkei 225

29 358,50
-82,80 (-0,28 %)
     
• EUR/USD

1,2126
-0,0007 (-0,06 %)
     
• HANG SENG

28 549,21
-89,32 (-0,31 %)
     
• BTC-EUR

33 123,28
-125,99 (-0,38 %)
     
• CMC Crypto 200

995,88
-14,73 (-1,46 %)
     
• S&P 500

4 246,59
-8,56 (-0,20 %)
     

Réglements de comptes à la Scor: les secrets de l'éviction de l'ex-dircab d'Edouard Philippe

·2 min de lecture

L'ex-"dircab" d'Edouard Philippe pensait devenir patron du réassureur Scor. Ce ne sera pas le cas. L'énarque est la victime collatérale d'un incroyable concours de circonstances et d'inconséquences. Un feuilleton dans lequel on voit apparaitre le nom de...François Baroin.

Quelles "raisons personnelles" ont poussé Denis Kessler, 69 ans, à ? Et à modifier le schéma annoncé fin 2020 : en fin de mandat, il devait être reconduit comme PDG, mais pour un an seulement, puis devenir simple président en 2022, l’assemblée générale modifiant les statuts du réassureur pour en confier alors la direction générale à son successeur.

Mécanique enrayée

Ce devait être Benoît Ribadeau-Dumas, . Et là, la mécanique à commencer à s’enrayer : "C’était une idée d’Augustin de Romanet, nous étions très divisés sur le sujet", confie un administrateur. En réalité, le patron de Paris Aéroports, président du Comité des nominations, n’avait pas réussir à convaincre les autres membres de cette instance. Et le sujet de la succession, remontant au conseil d’administration, avait suscité un vote sans majorité : six voix en faveur de Ribadeau-Dumas, six voix en faveur de Frédéric de Courtois, l’autre finaliste, alors chez Generali. Le premier avait fini par l’emporter, Romanet ayant insisté pour que sa voix de président du""",
         boiler=["Marchés français ouverture 4 h 55 min",
                 "• Dow Jones", "34 299,33", "-94,42 (-0,27 %)", "• Nasdaq", "14 072,86", "-101,29 (-0,71 %)",
                 "• Nikkei 225", "29 358,50", "-82,80 (-0,28 %)", "• EUR/USD", "1,2126", "-0,0007 (-0,06 %)",
                 "• HANG SENG", "28 549,21", "-89,32 (-0,31 %)", "• BTC-EUR", "33 123,28", "-125,99 (-0,38 %)",
                 "• CMC Crypto 200", "995,88", "-14,73 (-1,46 %)", "• S&P 500", "4 246,59", "-8,56 (-0,20 %)",
                 "·2 min de lecture"],
         ents="""ORG: Scor | Paris Aéroports | Comité des nominations | Generali
PER: Edouard Philippe | François Baroin | Denis Kessler | Benoît Ribadeau-Dumas | Ribadeau-Dumas | Augustin de Romanet | Romanet | Frédéric de Courtois""",
         sentiments={"Scor": "negative", "Paris Aéroports": "neutral", "Generali": "neutral"},
         events=["leadership_change"]),

    dict(id="fr12-zonebourse-cma-cgm-record", lang="fr", split="dev", date="2023-03-03 (from the URL: 2022 annual results)",
         url="https://www.zonebourse.com/actualite-bourse/CMA-CGM-benefice-net-historique-et-record-pour-une-entreprise-francaise-en-2022--43152911/?utm_medium=RSS&utm_content=20230303",
         text="""Paris (awp/afp) - L'armateur français CMA-CGM a de nouveau profité de la surchauffe du transport maritime en 2022, avec un bénéfice net record de 24,88 milliards de dollars (environ 23,4 milliards d'euros), le plus haut publié par une entreprise française pour l'année 2022, devant ceux de TotalEnergies, Stellantis et LVMH.

En 2022, CMA-CGM a transporté 21,7 millions de conteneurs et le chiffre d'affaires de l'armateur marseillais a augmenté de 33,1% sur un an, à 74,5 milliards de dollars (environ 70,1 milliards d'euros), malgré un ralentissement de l'activité en fin d'année, a indiqué le groupe dans un communiqué vendredi.

Un profit aussi important est du quasi jamais vu en France. En 2021, le groupe Vivendi avait publié 24,69 milliards d'euros de bénéfice net, un chiffre toutefois dopé par la plus-value exceptionnelle de la cession d'Universal Music.

Le troisième armateur mondial a été porté par les prix historiquement hauts du fret maritime depuis le début de la pandémie, avec la reprise de la demande et des ports congestionnés. Son concurrent danois Maersk a lui aussi profité de ce contexte, avec un bénéfice net de 29,2 milliards de dollars sur l'année.

Après avoir évité la faillite en 2009 et perdu encore 229 millions de dollars en 2019, CMA-CGM avait déjà vu son bénéfice net exploser en 2021 à 17,9 milliards de dollars.

L'armateur a atteint en 2022 un niveau de marge opérationnelle stratosphérique de 44,7% (+3,4 points sur un an), faisant mieux que des groupes de luxe comme LVMH. Il a gagné en moyenne 2.711 dollars par conteneur sur l'année.

Le groupe a assuré qu'il réinvestissait "près de 90% des bénéfices", dont deux milliards en France. Il a multiplié les investissements dans des bateaux et terminaux portuaires (à New York et en Inde notamment).

Mais la fête pourrait être finie: "la croissance économique, initialement en plein rebond postpandémie, s'est ralentie", indique CMA-CMG. Le chiffre d'affai""",
         ents="""ORG: awp | afp | CMA-CGM | TotalEnergies | Stellantis | LVMH | Vivendi | Universal Music | Maersk | CMA-CMG
LOC: Paris | France | New York | Inde""",
         sentiments={"CMA-CGM": "positive", "CMA-CMG": "positive", "TotalEnergies": "neutral", "Stellantis": "neutral",
                     "LVMH": "neutral", "Vivendi": "neutral", "Universal Music": "neutral", "Maersk": "positive"},
         events=["earnings"]),

    dict(id="fr12-cbanque-memo-bank-lyon", lang="fr", split="dev",
         date="2019-2020 (approx., from the text: operations launched 'en septembre' in Ile-de-France, before this Lyon opening)",
         url="http://www.cbanque.com/banque-en-ligne/actualites/82732/la-banque-pour-les-professionnels-memo-bank-se-deploie-a-lyon",
         text="""Memo Bank, la première banque de plein exercice lancée en France depuis un demi-siècle, a annoncé mardi son déploiement à Lyon, avant les autres grandes métropoles de province et l'Europe.

Memo Bank, la première banque de plein exercice lancée en France depuis un demi-siècle, a annoncé mardi son déploiement à Lyon, avant les autres grandes métropoles de province et l'Europe. Memo Bank a recruté deux chargés d'affaires et s'apprête à ouvrir une implantation dans le quartier de La Part Dieu. L'un des deux cofondateur, le directeur des opérations Michel Galibert, a aussi emménagé dans la ville.

La jeune société, qui a levé 26 millions d'euros à la faveur de deux tours de table, a lancé ses opérations en septembre en Ile-de-France.

Banque pour les pros : ce que cache l'ovni Memo Bank

« La réponse du marché est conforme à ce que l'on attendait », souligne M. Galibert dans un entretien avec l'AFP. « Avec notamment la confirmation d'un de nos paris : l'importance d'une relation forte avec nos chargés d'affaires » que ne proposent pas les nouveaux entrants dans le domaine bancaire dont l'offre est 100% en ligne.

« Contrairement aux autres jeunes établissements bancaires, la petite Memo Bank n'est pas adossée à une banque établie et doit donc respecter les mêmes ratios prudentiels que les « grandes ». « C'est un projet qui demande beaucoup de capitaux », reconnaît M. Galibert.

Memo Bank ne cible pas les particuliers, mais les PME réalisant au moins 2 millions d'euros de chiffre d'affaires. « Ces entreprises ont vraiment besoin d'accompagnement sur le financement de leur transition numérique », relève l'autre fondateur Jean-Daniel Guyot.

« On a la chance d'avoir cette culture-là en interne. Notre ADN est lié au numérique et aux nouvelles technologies », fait valoir celui qui a par le passé créé l'agence de voyage en ligne Captain Train. Memo Bank a d'ailleurs créé son propre système informat""",
         boiler=["Banque pour les pros : ce que cache l'ovni Memo Bank"],
         ents="""ORG: Memo Bank | AFP | Captain Train
PER: Michel Galibert | Galibert | Jean-Daniel Guyot
LOC: France | Lyon | Europe | La Part Dieu | Ile-de-France""",
         sentiments={"Memo Bank": "positive", "Captain Train": "neutral"},
         events=["expansion"]),

    dict(id="fr12-echotouristique-le-train-levee", lang="fr", split="dev",
         date="2023-07-03 (approx., from the text and other reports of the same round: licence of December 2022, Talgo order of 'janvier dernier')",
         url="https://www.lechotouristique.com/article/le-train-leve-8-millions-deuros-pour-concurrencer-la-sncf-dans-louest",
         text="""Le Train lève 8 millions d’euros pour concurrencer la SNCF dans l’Ouest
La société néoaquitaine Le Train espère faire rouler ses premiers trains régionaux à grande vitesse dès 2024.
Destins différents pour deux entreprises voulant concurrencer la SNCF. Alors que Railcoop est grandement à la peine, Le Train, la compagnie ferroviaire grande vitesse privée pour les liaisons inter- et intrarégionales, vient d’annoncer qu’elle a finalisé un nouveau tour de table pour un montant de 8 millions d’euros et qu’elle prépare le début de l’exploitation de son service.
Quatre nouveaux acteurs (Aquiti Gestion, Charente Périgord Expansion, NACO, Tudigo x Le Train) entrent au capital du Train. Ils rejoignent Crédit Mutuel Arkéa et Crédit Agricole Charente-Périgord qui continue de travailler avec la compagnie.
Après l’obtention de sa licence d’entreprise ferroviaire en décembre 2022 et le partenariat industriel avec le constructeur espagnol Talgo pour la commande de dix rames grande vitesse en janvier dernier, Le Train boucle donc un nouveau tour de table pour un montant de 8 millions d’euros.
Plus que quelques mois avant le démarrage du Train
Cette levée de fonds va permettre de financer les systèmes d’informations, en particulier l’acquisition et l’implémentation des systèmes d’inventaire et de réservations indispensables à tout opérateur et le lancement du plan de formation des équipes de bord, de conduite et des équipes commerciales.
Ce tour de table lance la dernière étape de financement du Train. Une série B réservée à des investisseurs de grande envergure verra le jour au second semestre 2023. Cette dernière levée sera dédiée au lancement des recrutements et des opérations de pré-exploitation. Dans le même temps, l’entreprise poursuit les phases industrielles de conception et de construction de ses rames grande vitesse. Ainsi que la mise en place des facilités de maintenance dans le Grand-Ouest.
A lire""",
         boiler=["A lire"],
         ents="""ORG: Le Train | Train | SNCF | Railcoop | Aquiti Gestion | Charente Périgord Expansion | NACO | Tudigo x Le Train | Crédit Mutuel Arkéa | Crédit Agricole Charente-Périgord | Talgo
LOC: Ouest | Grand-Ouest""",
         sentiments={"Le Train": "positive", "SNCF": "neutral", "Railcoop": "negative", "Aquiti Gestion": "neutral",
                     "Charente Périgord Expansion": "neutral", "NACO": "neutral", "Tudigo x Le Train": "neutral",
                     "Crédit Mutuel Arkéa": "neutral", "Crédit Agricole Charente-Périgord": "neutral", "Talgo": "neutral"},
         events=["funding"]),

    dict(id="fr12-europe1-sncf-ouigo", lang="fr", split="dev",
         date="2013-02-19 (approx., from the text: Ouigo unveiled on a Tuesday, after the December announcement by Guillaume Pepy)",
         url="https://europe1.fr/economie/Avec-Ouigo-le-TGV-low-cost-sur-les-rails-682642",
         text="""• L'INFO. Après l'offre iDTGV, la SCNF dévoile mardi un nouveau service à bas coût, Ouigo, avec un prix d'entrée à moins de 25 euros. "Il faut que la SNCF aide les Français à voyager moins cher", avait justifié en décembre dernier Guillaume Pepy, PDG du groupe qui a investi 10 millions d'euros dans ce nouveau service.
>> A LIRE AUSSI : une cure d'austérité à la SNCF
• Pas de voiture-bar. Pour y arriver, la recette est simple : un nombre très limité de villes desservies, le plus souvent dans des gares à l’extérieur du centre-ville et des trains qui ne cesseront de circuler. Pour parvenir à baisser ses tarifs, elle a choisi d'exploiter son matériel au maximum. Quatre rames doubles à deux étages effectueront huit ou neuf trajets par jour entre Marne-la-Vallée-Lyon-Montpellier ou Marseille et pourront transporter 1.200 passagers chacune en classe unique, contre 1.000 pour une rame classique entre la première et la deuxième classe.
Les trains, reconnaissables à leur livrée spécifique bleu ciel, ne disposeront pas de voiture-bar mais les sièges seront aussi larges qu'actuellement, et pourront accueillir un bagage en-dessous.
>> EN VIDEO - Découvrez les TGV low-cost""",
         boiler=[">> A LIRE AUSSI : une cure d'austérité à la SNCF", ">> EN VIDEO - Découvrez les TGV low-cost"],
         ents="""ORG: SCNF | SNCF
PER: Guillaume Pepy
LOC: Marne-la-Vallée | Lyon | Montpellier | Marseille
MISC: iDTGV | Ouigo""",
         sentiments={"SCNF": "positive", "SNCF": "positive"},
         events=["product_launch"]),
]
