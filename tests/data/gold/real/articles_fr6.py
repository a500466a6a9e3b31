"""French real business articles on layoffs, plant closures, fines and investigations, receiverships,
leadership changes and strikes, added after the split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), found in the
stored public pages by topic, annotated by hand before any system ran on them.
"""

ARTICLES = [
    dict(id="fr6-libe-sollac-usinor-plan-social", lang="fr", split="dev", date="1999-04-12 (from the URL)",
         url="https://www.staging.libe.io/futurs/1999/04/12/grand-laminage-chez-sollac-2-500-emplois-sont-menaces-dans-la-filiale-d-usinor_270882",
         text="""Sollac retient son souffle. Mercredi, la direction réunit le comité
central d'entreprise pour annoncer un plan social. La principale filiale d'Usinor avait oublié ce mot depuis 1993. L'addition sociale sera lourde: le groupe sidérurgique envisage de supprimer 2 500 postes, sur les 18 000 existant, dans les trois ans à venir dont 840 dès cette année. Sollac supportera donc la plus grande part de l'effort que Francis Mer, le PDG d'Usinor, annonçait début mars. Toutes les catégories de personnels seront touchées: les administratifs mais aussi les agents de production et même les commerciaux. «On le prend en pleine poire, commente Dominique Plumion, délégué syndical central CFDT de Sollac. Pour nous il s'agit d'une rupture du dialogue social.» Une tradition pourtant bien ancrée dans le groupe sidérurgique. Depuis presque dix ans Usinor et ses filiales appliquaient des conventions emplois, dont l'objectif était la stabilisation des effectifs, grâce à une généreux système de préretraite. Celui-ci permet de réduire progressivement le temps de travail des salariés à partir de leur cinquantième année. En échange l'entreprise avait sauvegardé ou créé pas loin de 3 000 emplois. La semaine dernière, les partenaires sociaux avaient engagé la renégociation des accords, en y intégrant cette fois les contraintes de la loi Aubry. Mais l'ambiance s'est tendue, car le plan social paraît en point d'orgue du grand vent que souffle le PDG, Francis Mer, sur l'ensemble du groupe Usinor. Une tempête""",
         ents="""ORG: Sollac | Usinor | CFDT
PER: Francis Mer | Dominique Plumion
MISC: loi Aubry""",
         sentiments={"Sollac": "negative", "Usinor": "negative"},
         events=["layoffs"]),

    dict(id="fr6-infosocialrh-plastivaloire", lang="fr", split="dev", date="2009-09-15",
         url="https://www.info-socialrh.fr/bibliotheque-numerique/entreprise-et-carrieres/968/lactualite/plastivaloire-reduit-de-moitie-son-plan-social-473951.php",
         text="""logo Info-Social RH
Se connecter
Newsletter

L'actualité

Plastivaloire réduit de moitié son plan social

L'actualité | publié le : 15.09.2009 |

Parmi les 80 suppressions de poste restantes, 25 préretraites financées pour partie par l'Etat devraient permettre de limiter le nombre de départs volontaires ou de licenciements.

Le fabricant de pièces plastiques pour l'automobile, les téléviseurs ou l'électroménager Plastivaloire a fait volte-face. Annoncé en juillet, le plan qui devait aboutir à la suppression de 163 postes dans les usines de Langeais et de Chinon en Indre-et-Loire (494 salariés sur les deux sites), sera finalement réduit de moitié.

Plastivaloire maintiendra, notamment, un minimum de 40 emplois sur le site de Chinon, dont la fermeture avait été initialement prévue. Cette remise à plat du plan social fait suite à un compromis conclu entre l'entreprise et l'Etat, par l'intermédiaire d'Hervé Novelli, secrétaire d'Etat chargé du Commerce et des PME, et, par ailleurs, député d'Indre-et-Loire.

En attendant que les perspectives de rebond se confirment - un tiers de l'activité de Plastivaloire dépend de l'automobile -, l'entreprise aura donc recours à des mesures de chômage partiel, financées pour une large partie par le Fonds d'investissement social (Fiso). Pour assurer la compétitivité de ses usines, Plastivaloire lancera un programme de formation professionnelle en partie pris en charge, lui aussi, par le Fiso.

Atténuer le choc social

L'Etat s'est, en outre, engagé à financer une partie des 25 mesures de préretraite qui devraient permettre de restreindre le nombre de départs volontaires ou de licenciements (55 au maximum). « Afin d'atténuer le choc social, le préfet d'Indre-et-Loire a autorisé, à titre dérogatoire, la prise en charge de quatre préretraites à partir de 57 ans, explique Jean-Charles Djelalian, conseiller technique d'Hervé Novelli. Un seuil administratif, qui pourra cependant être rehauss""",
         boiler=["logo Info-Social RH", "Se connecter", "Newsletter", "L'actualité",
                 "L'actualité | publié le : 15.09.2009 |"],
         ents="""ORG: Plastivaloire | Fonds d'investissement social | Fiso
PER: Hervé Novelli | Jean-Charles Djelalian
LOC: Langeais | Chinon | Indre-et-Loire""",
         sentiments={"Plastivaloire": "mixed"},
         events=["layoffs"]),

    dict(id="fr6-latribune-fermetures-usines-2010", lang="fr", split="dev",
         date="2010-04-08 (approx., from the URL and the text: just after the March 2010 regional elections)",
         url="https://www.latribune.fr/journal/edition-du-0804/evenement/398509/les-fermetures-d-usines-continuent.html",
         text="""Les fermetures d'usines continuent

La trêve est finie. Les annonces de fermetures de sites, qui avaient marqué le pas durant les semaines précédant les régionales, reviennent en force. Dans tous les secteurs et toutes les régions. Le groupe de matériel sanitaire Jacob Delafon va fermer son site de Brive-la-Gaillarde (Corrèze, 139 salariés touchés). Le fabricant de couches-culottes SCA met une croix sur celui de Linselles (Nord, 280 salariés). Le roi de la lingerie Lejaby va sacrifier trois usines dans l'Ain et l'Ardèche, et supprimer ainsi 197 postes. Panavi, le boulanger industriel, veut fermer son usine de Mondeville (Calvados, 97 salariés). France Champignon tire un trait sur celle de Beaufort-en-Vallée (Maine-et-Loire). Et Manitou (matériel de manutention) ferme son site de Saint-Ouen-l'Aumône (Val d'Oise). Les motifs invoqués ? Rationalisation des productions, concurrence des pays à bas coûts, baisse des ventes liée à la crise... De quoi alimenter les craintes sur la réalité de la reprise.Parfois, ces fermetures s'accompagnent d'une proposition de transfert de tout ou partie des salariés. Les 116 salariés du fabricant de grues Manitowoc (ex-Potain) à La Clayette (Saône-et-Loire) seront repris par un autre site du groupe, à Saint-Nizier-sous-Charlieu (Loire). Les 206 employés de Schneider Electric à Merpins (Charente) sont transférés vers L'Isle-d'Espagnac, dans le même département. Mais le coup est rude pour les petites communes qui voient partir des employeurs importants. Ou qui s'interrogent sur leur avenir. À Barentin, en Seine-Maritime, le fabricant de disjoncteurs Gardy (groupe Schneider) va encore supprimer 96 postes sur 210 (le site employait plus de 500 personnes en 2003). Il propose des transferts à 76 salariés, mais à Alès... dans le Gard. O. E.
Commentaire 0

Votre email ne sera pas affiché publiquement.
Tous les champs sont obligatoires.

Il n'y a actuellement aucun commentaire concernant cet article.
Soyez""",
         boiler=["Commentaire 0", "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obligatoires.",
                 "Il n'y a actuellement aucun commentaire concernant cet article.", "Soyez"],
         ents="""ORG: Jacob Delafon | SCA | Lejaby | Panavi | France Champignon | Manitou | Manitowoc | Potain | Schneider Electric | Gardy | Schneider
LOC: Brive-la-Gaillarde | Corrèze | Linselles | Nord | Ain | Ardèche | Mondeville | Calvados | Beaufort-en-Vallée | Maine-et-Loire | Saint-Ouen-l'Aumône | Val d'Oise | La Clayette | Saône-et-Loire | Saint-Nizier-sous-Charlieu | Loire | Merpins | Charente | L'Isle-d'Espagnac | Barentin | Seine-Maritime | Alès | Gard""",
         sentiments={"Jacob Delafon": "negative", "SCA": "negative", "Lejaby": "negative", "Panavi": "negative",
                     "France Champignon": "negative", "Manitou": "negative", "Manitowoc": "negative",
                     "Potain": "neutral", "Schneider Electric": "negative", "Gardy": "negative"},
         events=["layoffs"]),

    dict(id="fr6-20minutes-air-france-greve-pilotes", lang="fr", split="dev", date="2016-06-14 (from the URL)",
         url="https://www.20minutes.fr/societe/1865663-20160614-air-france-impact-greve-pilotes-depasse-40-millions-euros",
         text="""Air France: L'impact de la grève des pilotes dépasse les 40 millions d'euros

SOCIAL Les syndicats de pilotes vont décider dans les prochains jours des suites à donner au mouvement…

20 Minutes avec AFP

—

Le PDG d'Air France a avancé une estimation du coût de la grève.
Le PDG d'Air France a avancé une estimation du coût de la grève. — STEPHANE DE SAKUTIN / AFP

L’addition est salée pour Air France. L’impact financier des quatre jours de grève observés depuis samedi par les syndicats de pilotes de la compagnie aérienne dépasse probablement « les 40 millions d’euros », a déclaré ce mardi  le PDG d’Air France Frédéric Gagey. Il a estimé qu’il s’agissait d’une « grève perdante pour Air France ».

Une rencontre « d’ici la fin de la semaine pour une reprise du dialogue dans un contexte qui n’est plus un contexte de grève » sera proposée aux syndicats, a-t-il ajouté précisant que la compagnie a « réussi à tenir 80 % des vols ». En attendant,Air France a annoncé un retour à la normale sur ses vols mercredi. Tous les vols long-courriers seront assurés, 99 % des vols domestiques et 97 % des vols moyen-courriers.

>> A lire aussi : Les propositions de la direction «pas acceptables en l'état», estiment les syndicats

« Le coût d’un avion et demi en moyen-courrier ! »

« Je pense qu’on dépasse les 40 millions, mais les chiffres définitifs seront publiés lors des résultats du premier semestre », a-t-il ajouté dans un entretien téléphonique précisant qu’il « faut également voir quel sera l’impact dans la durée, c’est-à-dire à quelle vitesse les clients reviennent ». « 40 millions, c’est (le coût d') un avion et demi en moyen-courrier, c’est beaucoup d’argent », a-t-il poursuivi.

Les pilotes grévistes s’opposent au changement de certaines règles de calcul de leur rémunération, décidé par la direction au 1er juin, et réclament des garan""",
         boiler=["20 Minutes avec AFP", "—", "Le PDG d'Air France a avancé une estimation du coût de la grève.",
                 "Le PDG d'Air France a avancé une estimation du coût de la grève. — STEPHANE DE SAKUTIN / AFP",
                 ">> A lire aussi : Les propositions de la direction «pas acceptables en l'état», estiment les syndicats"],
         ents="""ORG: Air France
PER: Frédéric Gagey""",
         sentiments={"Air France": "negative"},
         events=[]),

    dict(id="fr6-actu365-camaieu-liquidation", lang="fr", split="dev", date="2022-09-28",
         url="https://actu365.com/a-la-une/2022/09/28/lenseigne-de-pret-a-porter-feminin-camaieu-placee-en-liquidation-judiciaire-par-le-tribunal-de-commerce-de-lille/",
         text="""A la Une

L’enseigne de prêt-à-porter féminin Camaïeu placée en liquidation judiciaire par le tribunal de commerce de Lille

Cette décision va entraîner la fermeture des 514 magasins en France et la suppression de 2 600 emplois.

Article rédigé par

France Télévisions

Publié le 28/09/2022 17:35 Mis à jour le 28/09/2022 17:36

Temps de lecture : 1 min.

Après trois heures d’audience, le couperet est tombé. Le tribunal de commerce de Lille a prononcé, mercredi 28 septembre, la liquidation judiciaire de l’enseigne de prêt-à-porter féminin Camaïeu. « Le tribunal convertit le redressement en liquidation judiciaire », a affirmé son président, suscitant les larmes des salariés venus écouter le délibéré. Cette décision entraîne la suppression de 2 600 emplois et la fermeture des 514 magasins en France. HPB, l‘actionnaire de la marque d’habillement, dont le siège est situé à Roubaix (Nord), avait été placé en redressement judiciaire en août dernier. Rejoint par la Région Hauts-de-France et la métropole de Lille, il avait tenté jusqu’au dernier moment d’éviter cette issue en réclamant une aide de l’Etat.


Continuer à lire sur le site France Info""",
         boiler=["A la Une", "Article rédigé par", "France Télévisions",
                 "Publié le 28/09/2022 17:35 Mis à jour le 28/09/2022 17:36", "Temps de lecture : 1 min.",
                 "Continuer à lire sur le site France Info"],
         ents="""ORG: Camaïeu | HPB | tribunal de commerce de Lille | Région Hauts-de-France
LOC: France | Roubaix | Nord | Lille""",
         sentiments={"Camaïeu": "negative", "HPB": "negative"},
         events=["bankruptcy", "layoffs"]),

    dict(id="fr6-industriesma-renault-bollore", lang="fr", split="dev", date="2019-10-11 (approx., from the text)",
         url="https://industries.ma/renault-revoque-thierry-bollore-et-nomme-clotilde-delbos-dg-par-interim",
         text="""GOUVERNANCE – Annoncé seulement la veille par le constructeur, automobile français, le conseil d’administration exceptionnel de Renault a voté, le 11 octobre 2019, la révocation du directeur général Thierry Bolloré, remplacé « avec effet immédiat » par Clotilde Delbos, nommée directrice générale par intérim… La page de l’ère Carlos Ghosn est tournée.
« Le Conseil d’administration a décidé de mettre un terme aux mandats de Directeur général de Renault SA et de Président de Renault s.a.s. de Monsieur Thierry Bolloré avec effet immédiat », a annoncé le groupe Renault par voie de communiqué.
En conséquence, « Le Conseil d’administration a décidé de nommer, avec effet immédiat, Madame Clotilde Delbos en qualité de Directeur général de Renault SA pour une période intérimaire, le temps de mener un processus de désignation d’un nouveau Directeur général », explique la même source.
En outre, la marque au losange précise que : « Il a donné un avis favorable à la désignation de Messieurs Olivier Murguet et José-Vicente de los Mozos, en qualité de Directeurs généraux adjoints afin d’assister Madame Clotilde Delbos dans ses fonctions », ajoutant que « Monsieur Jean-Dominique Senard assumera, par ailleurs, la Présidence de Renault s.a.s. durant cette même période intérimaire ».
Pour rappel, Thierry Bolloré a été fait Dauphin par l’ancien PDG déchu de Renault, qui attend son procès au Japon où il a été mis en examen et assigné à résidence pour de multiples malversations présumées. Cette révocation est donc interprétée comme une manière, pour le constructeur, de tourner définitivement la page de l’ère Carlos Ghosn,""",
         ents="""ORG: Renault | Renault SA | Renault s.a.s.
PER: Thierry Bolloré | Clotilde Delbos | Carlos Ghosn | Olivier Murguet | José-Vicente de los Mozos | Jean-Dominique Senard
LOC: Japon""",
         sentiments={"Renault": "neutral"},
         events=["leadership_change"]),
    dict(id="fr6-kelnews-bruxelles-sanctions-high-tech", lang="fr", split="dev", date="2017-07-04 (from the URL)",
         url="https://kelnews.fr/2017/07/04/bruxelles-et-les-geants-de-la-high-tech-des-sanctions-a-repetition/",
         text="""Les multinationales américaines condamnées par l’Union européenne depuis 2009.

Juin 2017, Google fait du favoritisme

Emmanuel Dunand/AFP

En condamnant Google à une amende de 2,42 milliards d’euros, mardi 27 juin, l’Union européenne a battu son montant record pour un abus de position dominante. Le géant de Mountain View est accusé de favoriser son comparateur de prix, Google Shopping.

Mai 2017, Facebook trompe son monde

Patrick Sison/AP/SIPA

Bruxelles a condamné la star des réseaux sociaux à une amende de 110 millions d’euros pour avoir fourni des informations trompeuses, lors de son rachat de WhatsApp, sur la possibilité de croiser les données des deux applications. Facebook a plaidé la négligence et accepté la sanction.

Août 2016, Apple profite d’avantages fiscaux

Stephen lam/AFP/Getty Images

Ce n’est pas à proprement parler une amende, mais Apple a écopé de la sanction la plus lourde. Le groupe de Cupertino a été condamné par Bruxelles à verser 13 milliards d’euros à l’Irlande, en remboursement d’avantages fiscaux, jugés illicites, dont il a bénéficié.

Mars 2013, Microsoft se dédit

Serge Attal/Only France

Au terme d’un long bras de fer, Bruxelles a imposé au géant du logiciel le paiement de 561 millions d’euros. En cause : le non-respect, par la société, d’engagements acceptés en 2009 pour échapper à une condamnation pour abus de position dominante.

Mai 2009, Intel abuse de sa force

Thierry Roge/Reuters

Il a fallu neuf ans d’enquête, sur ce dossier, avant que la Commission européenne ne rende son verdict. Intel a été condamné à verser 1 milliard d’euros pour abus de position dominante sur le marché des processeurs. L’entreprise conteste toujours cette sanction.""",
         boiler=["Emmanuel Dunand/AFP", "Patrick Sison/AP/SIPA", "Stephen lam/AFP/Getty Images", "Serge Attal/Only France",
                 "Thierry Roge/Reuters"],
         ents="""ORG: Union européenne | Commission européenne | Google | Facebook | WhatsApp | Apple | Microsoft | Intel
LOC: Mountain View | Bruxelles | Cupertino | Irlande
MISC: Google Shopping""",
         sentiments={"Google": "negative", "Facebook": "negative", "WhatsApp": "neutral", "Apple": "negative",
                     "Microsoft": "negative", "Intel": "negative"},
         events=["legal"]),

    dict(id="fr6-leandri-autorite-sanctions-2020", lang="fr", split="dev",
         date="2021 (approx., from the text: the Autorité's report on 2020)",
         url="https://www.leandri-conseils.fr/secteurs/autorite-de-la-concurrence-18-mde-de-sanctions-prononcees-en-2020-2",
         text="""k4_17685545.jpg

Autorité de la concurrence : 1,8 Md€ de sanctions prononcées en 2020

Comme chaque année, l’Autorité de la concurrence publie son rapport d’activité. Sur l’année 2020, celui-ci fait notamment apparaître un record en matière de sanctions infligées à une entreprise pour des comportements anticoncurrentiels. Ainsi, en mars 2020, l’institution a appliqué à Apple la plus importante sanction individuelle jamais prononcée, soit 1,1 Md€. Une sanction qui est venue frapper l’américain pour s’être rendu coupable d’entente au sein de son réseau de distribution, mais aussi d’abus de dépendance économique vis-à-vis de certains de ses revendeurs. Des pratiques qui « ont conduit à l’harmonisation des prix et empêché les clients de profiter des bénéfices de la concurrence », rappelle l’Autorité.

Pratiques abusives des laboratoires

Mais Apple n’est pas la seule entreprise à s’être attirée les foudres de l’Autorité de la concurrence. Les laboratoires Novartis, Roche et Genentech ont, à leur tour, écopé d’une énorme amende : 444 M€. En cause, des pratiques abusives visant à préserver les ventes du Lucentis, un médicament injectable destiné à bloquer la progression de la dégénérescence maculaire liée à l’âge (DMLA), au détriment d’Avastin, un traitement d’égale efficacité, propriété des mêmes laboratoires, mais 30 fois moins cher. Les trois laboratoires ont été sanctionnés pour abus de position dominante collective.

Enfin, dernière affaire emblématique, celle du « Cartel des charcutiers » qui a vu 12 industriels charcutiers-salaisonniers être sanctionnés pour s’être entendus. Des ententes qui portaient à la fois sur l’amont (afin d’acheter moins cher la viande auprès des abatteurs), mais aussi sur l’aval (hausses de prix concertées imposées à la grande distribution sur leurs marques distributeurs ou leurs premiers prix). L’Autorité les""",
         boiler=["k4_17685545.jpg"],
         ents="""ORG: Autorité de la concurrence | Autorité | Apple | Novartis | Roche | Genentech
MISC: Lucentis | Avastin""",
         sentiments={"Apple": "negative", "Novartis": "negative", "Roche": "negative", "Genentech": "negative"},
         events=["legal"]),

    dict(id="fr6-bfm-usines-menacees-ford-blanquefort", lang="fr", split="dev", date="2019-02-11 (from the URL)",
         url="https://l.bfmtv.com/economie/emploi/ces-usines-menacees-de-fermeture-qui-pesent-sur-le-climat-social_AN-201902110072.html",
         text="""BFM Business
Emploi

Ces usines menacées de fermeture qui pèsent sur le climat social

Les salariés de Ford à Blanquefort (Gironde) ont rejeté à nouveau le plan social accompagnant une fermeture du site, qui emploie 850 personnes.

Les salariés de Ford à Blanquefort (Gironde) ont rejeté à nouveau le plan social accompagnant une fermeture du site, qui emploie 850 personnes. - Georges Gobet-AFP

Dans l'automobile ou l'imprimerie les clignotants s'allument avec les menaces ou velléités de fermetures d'usines. Le risque de cessation de l'activité de ces sites menace l'emploi en régions comme l'usine Ford près de Bordeaux ou celles du papetier Arjowiggins près du Mans.

En 2018, si l'Hexagone a continué d'enregistrer un nombre d'ouvertures d'usines plus important que celui des fermetures, ces dernières continuent de défrayer la chronique. Automobile, imprimerie, métallurgie: les clignotants s'allument dans plusieurs secteurs industriels avec son cortège de menaces de fermetures de sites de production et de plans sociaux à venir pour 2019. Voici les principaux dossiers "chauds" qui pèsent sur le climat social, l'emploi et le redressement industriel de la France.

Usine Ford de Blanquefort: 850 emplois

Le constructeur automobile américain a annoncé début 2018 son intention de se désengager de l'usine de boîtes de vitesse, implantée en 1972 et qui emploie quelque 850 personnes près de Bordeaux. Il a refusé une offre de reprise, début décembre 2018, de la société franco-belge basée à Strasbourg Punch-Powerglide, pourtant appuyée par l'Etat et les syndicats. Ford a présenté un plan social entérinant et accompagnant la fermeture du site. Une première mouture de ce plan, rejetée par le CE le 18 décembre dernier, avait été ensuite retoquée le 28 janvier par la Direction régionale des entreprises, de la concurrence, de la consommation, du travail et de l'emploi (Direccte). Et pendant ce temps, le compte à rebours tourne, avec la""",
         boiler=["BFM Business", "Emploi",
                 "Les salariés de Ford à Blanquefort (Gironde) ont rejeté à nouveau le plan social accompagnant une fermeture du site, qui emploie 850 personnes.",
                 "Les salariés de Ford à Blanquefort (Gironde) ont rejeté à nouveau le plan social accompagnant une fermeture du site, qui emploie 850 personnes. - Georges Gobet-AFP"],
         ents="""ORG: Ford | Arjowiggins | Punch-Powerglide | Direction régionale des entreprises, de la concurrence, de la consommation, du travail et de l'emploi | Direccte
LOC: Bordeaux | Mans | Hexagone | France | Blanquefort | Strasbourg""",
         sentiments={"Ford": "negative", "Arjowiggins": "negative", "Punch-Powerglide": "neutral"},
         events=["layoffs"]),

    dict(id="fr6-investing-elior-salle-depart", lang="fr", split="dev",
         date="2017-10 (approx., inferred: Philippe Salle's departure from Elior at the end of November 2017)",
         url="https://fr.investing.com/news/stock-market-news/kolumbien-aktien-waren-hoher-zum-handelsschluss-colcap-kletterte-um-030-502555",
         text="""Le groupe français de restauration collective et commerciale Elior (PA:ELIOR) Group a annoncé mercredi que son PDG, Philippe Salle, partira fin novembre, après la décision du conseil d'administration de dissocier les fonctions de président et de directeur général.
M. Salle "quittera ses fonctions le 30 novembre", précise Elior dans un communiqué indiquant que son conseil d'administration, réuni mercredi, "a décidé de modifier la structure de gouvernance +moniste+ de la société pour adopter une structure dissociée".
Le groupe justifie sa décision par "le temps important que le président devait consacrer à la gouvernance des comités et du conseil", jugé "pas compatible avec l'exercice simultané de la fonction de directeur général".
La séparation de ces deux fonctions est censée permettre aux différentes instances de décision "de fonctionner plus efficacement".
Les administrateurs ont proposé à M. Salle de conserver la direction générale d'Elior, mais l'actuel patron "ne souhaitait pas s'inscrire dans un tel schéma de gouvernance".
Le PDG en partance a néanmoins été remercié "pour sa contribution très significative au développement de la société" et pour le "plan de transformation qu'il a engagé et dont les effets positifs devraient continuer de se faire sentir dans les années à venir.
Son successeur à la présidence sera Gilles Cojan, nommé dans un premier temps vice-président, jusqu'au départ de M. Salle.
M. Cojan représente déjà au conseil d'administration la société BIM (Bagatelle Investissement et Management), qui détient plus de 25% du capital d'Elior et dont le président, Robert Zolade, est aussi président d'honneur du groupe de restauration.
Pour le poste de directeur général, M. Salle a désigné Pedro Fontana pour exercer l'intérim jusqu'à la sélection d'un nouveau patron opérationnel.
Actuellement à la tête d'Areas, l'activité de concessions du groupe, M. Fontana a été promu directeur généra""",
         ents="""ORG: Elior | BIM | Bagatelle Investissement et Management | Areas
PER: Philippe Salle | Salle | Gilles Cojan | Cojan | Robert Zolade | Pedro Fontana | Fontana""",
         sentiments={"Elior": "neutral", "BIM": "neutral", "Areas": "neutral"},
         events=["leadership_change"]),

    dict(id="fr6-rtlbe-amazon-greve-black-friday", lang="fr", split="dev", date="2023-11-24 (from the URL)",
         url="https://www.rtl.be/actu/monde/europe/le-geant-du-commerce-en-ligne-amazon-face-une-greve-en-plein-black-friday/2023-11-24/article/611688",
         text=""" date 2023-11 Des employés d'Amazon dans une trentaine de pays - dont la France, les Etats-Unis ou encore le Japon - étaient appelés à protester à l'initiative de la campagne "Make Amazon pay" (faites payer Amazon, ndlr), qui rassemble quelque 80 organisations et réclame de meilleures conditions et rémunérations pour les salariés du groupe.

Or, au Royaume-Uni, sur le vaste site d'Amazon à Coventry (à environ 150 km au nord-ouest de Londres), "plus de 1.000 personnes" ont débrayé vendredi, a affirmé à l'AFP Stuart Richards, porte-parole du syndicat britannique GMB.

Contacté par l'AFP, un porte-parole d'Amazon au Royaume-Uni a de son côté affirmé que le groupe "réévaluait régulièrement ses salaires pour s'assurer qu'[ils offraient] des paies et avantages en nature compétitifs".

- "Suivie de près" -

En Allemagne, le mouvement, lancé à l'appel du syndicat Verdi, concerne cinq entrepôts sur les vingt exploités par Amazon dans le pays, à Leipzig, Rheinberg, Dortmund, Bad Hersfeld et Coblence. Selon les syndicats, ce "Black Friday" pourrait être la plus grosse journée de grève de l'histoire d'Amazon.

Néanmoins, affirme un porte-parole d'Amazon en Allemagne, "les clients peuvent compter, comme d'habitude, sur des livraisons fiables et ponctuelles".

L'Italie était également concernée. Les travailleurs du centre Amazon de Piacenza, près de Milan, se sont joints à la grève, le syndicat Filcams Cgil évoquant dans un communiqué une "très forte participation".

En Espagne, la protestation est programmée un peu plus tard, le syndicat Commissions ouvrières (CCOO) ayant appelé l'ensemble des salariés d'Amazon dans le pays à des arrêts de travail d'une heure le 27 novembre, jour d'un "Cyber Monday" (lundi internet), et le 28 novembre.

CCOO dénonce lui aussi une "protection insuffisante de la santé au travail", des "problèmes persistants de g""",
         ents="""ORG: Amazon | AFP | GMB | Verdi | Filcams Cgil | Commissions ouvrières | CCOO
PER: Stuart Richards
LOC: France | Etats-Unis | Japon | Royaume-Uni | Coventry | Londres | Allemagne | Leipzig | Rheinberg | Dortmund | Bad Hersfeld | Coblence | Italie | Piacenza | Milan | Espagne
MISC: Make Amazon pay | Black Friday | Cyber Monday""",
         sentiments={"Amazon": "negative"},
         events=[]),

    # sentiments re-checked (third-session convention): Orange, SFR negative -> neutral (background: the 2012 fines
    # cited only as the contrast to the 2013 report, which is the news)
    dict(id="fr6-libe-concurrence-amendes-2013", lang="fr", split="dev", date="2014-07-10 (from the URL)",
         url="https://www.staging.libe.io/futurs/2014/07/10/concurrence-amendes-douces-en-2013_1061635",
         text="""L’activité de l’Autorité de la concurrence ne faiblit pas. Aucune sanction spectaculaire n’a été prononcée en 2013, révèle son rapport annuel. L’Autorité estime que la lutte contre les ententes et les abus de positions dominantes passe aussi par l’examen en amont des marchés et des situations qui doivent être corrigés.
Une année light pour les sanctions
Sur 261 décisions et avis rendus par l'Autorité en 2013, 32 ont concerné des pratiques anticoncurrentielles, dont 10 qui ont débouché sur une sanction. Le montant des amendes (161 millions d'euros) est faible comparé aux 540 millions de 2012. Mais, Bruno Lasserre, son président, relativise le recul des sanctions. «Il n'y a pas eu de condamnation de gros cartels l'an dernier», contrairement à 2012, où Orange et SFR s'étaient vu infliger 183 millions d'euros d'amendes sur le marché du mobile. Les années se suivent en dents de scie, mais «le plancher moyen est stable autour de 300 millions d'euros», dit le rapport.
La santé sous le scalpel
La santé, où les abus se traduisent par de lourdes factures pour l'assurance maladie, fait l'objet d'une attention soutenue. Deux laboratoires, Sanofi-Aventis et Schering-Plough, en ont fait les frais (55,9 millions d'euros d'amendes à eux deux), accusés chacun de dénigrement des médicaments génériques au profit de leur propre molécule. «Des stratégies redoutablement efficaces ont été développées à tr""",
         ents="""ORG: Autorité de la concurrence | Autorité | Orange | SFR | Sanofi-Aventis | Schering-Plough
PER: Bruno Lasserre""",
         sentiments={"Orange": "neutral", "SFR": "neutral", "Sanofi-Aventis": "negative", "Schering-Plough": "negative"},
         events=["legal"]),
    dict(id="fr6-francesoir-air-france-klm-greve-trimestre", lang="fr", split="dev",
         date="2014-10 (approx., from the text: third-quarter figures after the September 2014 pilots' strike)",
         url="https://francesoir.fr/societe-economie/air-france-la-greve-coute-cher",
         text="""La dernière grève des pilotes d'Air France aurait coûté 330 millions d'euros à la compagnie aérienne, selon son bilan trimestriel publié ce mercredi.
Les pilotes auront coûté cher à Air France cette année. Et pas à cause de leurs salaires que certains trouvent trop élevés. Mais leurs deux semaines de grève fin août et début septembre ont sérieusement pesé sur les comptes de la compagnie aérienne.
Air France-KLM a en effet publié mercredi matin ses chiffres du troisième trimestre. Le résultat d'exploitation aurait été amputé de 330 millions d'euros par le mouvement social, d'après la compagnie. Et cela devrait encore se faire sentir le trimestre prochain. Un coup qui vient s'ajouter aux conséquences de la crise économique et à la concurrence des compagnies low cost. Air France espérait pourtant cette année retrouver un certain équilibre. D'ailleurs, hors impact de la grève, le chiffre d'affaires reste stable (+0,2%), mais en en tenant compte, il chute de près de 7%, à 6,69 milliards d'euros.
Selon le président de la compagnie Pierre-François Riolacci, il est nécessaire de mettre en place une "gestion rigoureuse" qui pourrait passer par la commande d'Airbus A350 au lieu des A380 plus chers. Pierre-François Riolacci a cependant écarté les rumeurs de licenciements massifs qui circulaient dans la presse néerlandaise.
La grève des pilotes avait été lancée pour lutter contre le projet de développement de la filiale low cost d'Air France, Transavia. Le projet impliquait notamment que les pilotes et équipages soient traités en fonction du droit du travail du pays où ils résidaient. Plus de 50% des vols du géant français avaient dû être annulés durant cette contestation. Air France avait enterrer le projet Transavia Europe, concentrant ses projets de vols low cost sur la France.""",
         ents="""ORG: Air France | Air France-KLM | Transavia
PER: Pierre-François Riolacci
LOC: France
MISC: Airbus A350 | A380 | Transavia Europe""",
         sentiments={"Air France": "negative", "Air France-KLM": "negative", "Transavia": "neutral"},
         events=["earnings"]),

    dict(id="fr6-maydaymag-revue-entreprises-en-difficulte", lang="fr", split="dev",
         date="2019-02 (approx., inferred: the week of L'Humanité's bankruptcy filing)",
         url="https://staging-k.maydaymag.fr/actu-la-revue-de-presse-de-la-semaine",
         text="""Chaque semaine Mayday suit l’actualité des entreprises en difficulté et vous propose un tour d’horizon des différentes actualités traitées par la presse.
Cette semaine, les entreprises en difficulté n’ont pas manqué de faire parler d’elles. Outre le dépôt de bilan de l’Humanité dont nous nous sommes fait l’échos dans ces colonnes, le quotidien Sud Ouest nous révèle que le groupe Europlasma, spécialisé dans la dépollution à partir de la technologie plasma, a annoncé son placement en redressement judiciaire ainsi que cinq de ses filiales.
Par ailleurs, France 3 nous indique que les 90 salariés du fabricant de céréales pour le petit déjeuner Sevenday (Grand Est) sont soulagés, alors qu’ils craignaient que leur entreprise soit placée en liquidation judiciaire, la chambre commerciale du Tribunal de grande instance de Colmar a validé l’ouverture d’une procédure de redressement judiciaire à son bénéfice.
De son côté, l’hebdomadaire régional l’Essor nous informe du prolongement de la période d’observation du groupe textile Mado Marcel, installé dans la Loire et spécialisé dans la création de vêtements pour femmes. Ce sont six mois de plus accordés par le Tribunal de commerce de Roanne, pour le bonheur des 120 salariés répartis sur 51 magasins en France.
Dans le Poitou, les salariés de l’usine Saint-Jean Industrie Poitou font grise mine depuis qu’ils ont appris que la seule offre de reprise déposée au Tribunal de commerce de Lyon prévoyait la suppression de 130 emplois sur les 350 que compte l’entreprise. Selon Centre-Presse, le candidat (le groupe anglais Liberty House), prévoirait également d’investir 4,5 millions d’euros pour le site et 1 million d’euros par an pour la maintenance des équipements.
Enfin, le Dauphiné nous apprend que la décision quant à la reprise de Floriot Construction a été reportée au 7 mars par le Tribunal de commerce de Lyon. Un report qui doit permettre au cand""",
         boiler=["Chaque semaine Mayday suit l’actualité des entreprises en difficulté et vous propose un tour d’horizon des différentes actualités traitées par la presse."],
         ents="""ORG: Humanité | Sud Ouest | Europlasma | France 3 | Sevenday | Tribunal de grande instance de Colmar | Essor | Mado Marcel | Tribunal de commerce de Roanne | Saint-Jean Industrie Poitou | Tribunal de commerce de Lyon | Centre-Presse | Liberty House | Dauphiné | Floriot Construction
LOC: Grand Est | Loire | France | Poitou""",
         sentiments={"Humanité": "negative", "Europlasma": "negative", "Sevenday": "mixed", "Mado Marcel": "mixed",
                     "Saint-Jean Industrie Poitou": "negative", "Liberty House": "neutral",
                     "Floriot Construction": "negative"},
         events=["bankruptcy", "acquisition"]),

    dict(id="fr6-entrepriselille-la-redoute-tribunal", lang="fr", split="dev",
         date="2014 (approx., inferred: La Redoute's job-cut plan under its new managers Nathalie Balla and Eric Courteille)",
         url="https://entreprise-lille.fr/la-redoute-risque-dun-redressement-judiciaire/amp",
         text="""Faute d’accord avec les syndicats sur les mesures à mettre en œuvre dans le cadre du plan social, la nouvelle direction de La Redoute (Roubaix) a décidé de saisir le tribunal de commerce qui pourrait prononcer le placement en redressement judiciaire de l’entreprise.
Cette semaine, le projet d’accord sur les modalités du plan social a été rejeté par les syndicats de La Redoute. Dans l’impasse, la nouvelle direction du groupe, incarnée par Nathalie Balla et Eric Courteille, a décidé de saisir le tribunal de commerce de Lille afin de l’informer « des difficultés financières auxquelles est confrontée l’entreprise».
Dans un communiqué, La Redoute précise que cette démarche, obligatoire, doit permettre « d’étudier les suites qui peuvent être données à cette nouvelle situation », sous-entendant par là que le processus enclenché auprès du tribunal peut conduire à un placement en redressement judiciaire ou en sauvegarde.
Un plan de continuation ?
Dans le cas d’un redressement judiciaire, La Redoute serait mise sous tutelle, c’est-à-dire qu’un administrateur ad hoc prendrait les rênes de sa comptabilité afin d’examiner les pistes permettant d’apurer le passif de l’entreprise. Ce type de procédure prévoit une période d’observation de plusieurs mois au terme de laquelle la cession ou continuation, voire la liquidation de l’entreprise, est décidée par les juges.
En l’état actuel, le plan social présenté par la direction de La Redoute prévoit la suppression de 1 178 emplois en quatre ans, dont 700 départs contraints. Le groupe essuierait, chaque année, des pertes de 30 à 40 millions d’euros.""",
         ents="""ORG: La Redoute | tribunal de commerce de Lille
PER: Nathalie Balla | Eric Courteille
LOC: Roubaix""",
         sentiments={"La Redoute": "negative"},
         events=["layoffs"]),
]
