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
]
