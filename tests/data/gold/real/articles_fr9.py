"""French real business articles for the third held-out set (``split="heldout3"``, written to
real_heldout3.jsonl): industry, energy, auto, aerospace, construction, chemicals. Annotated by hand
before any system ran on them; never tuned on, errors never listed (aggregate figures only).

Stored page text as delivered (see make_real.py for the format and the annotation rules, including
the sentiment conventions settled in the third session). Bylines and credit lines ("/ATS",
"[VEIJURIS]") are boilerplate, like "avec AFP" in articles_fr2.py.
"""

ARTICLES = [
    dict(id="fr9-rjb-basf-chemetall", lang="fr", split="heldout3",
         date="2016-06 (approx., from the text: BASF buys Albemarle's Chemetall, after selling a coatings unit to Akzo Nobel in February)",
         url="https://www.rjb.ch/rjb/Actualite/economie/BASF-achete-une-division-de-l-americain-Albemarle.html",
         text="""Le chimiste allemand BASF a annoncé vendredi le rachat pour 3,2 milliards de dollars (3,05 milliards de francs) d'une division basée en Allemagne de l'américain Albemarle. L'acquisition renforce son offre de revêtements pour l'industrie automobile.
La cible du rachat, Chemetall, est spécialisée dans les techniques de revêtement de surface et emploie 2500 personnes dans le monde. L'opération doit être menée à bien d'ici à la fin de l'année, une fois reçues les approbations nécessaires.
Chemetall, créée à la fin du 19e siècle et dont le siège est à Francfort, est un fournisseur mondial de produits chimiques de spécialités utilisés dans les traitements de surface des métaux et plastiques.
L'entreprise réalise une part importante de son chiffre d'affaires dans le traitement anticorrosion des métaux destinés à la construction automobile.
BASF, numéro un mondial de la chimie par le chiffre d'affaires, a pour sa part réalisé l'an dernier 3,2 milliards d'euros (3,45 milliards de francs) de ventes dans les revêtements, pour une bonne part avec des industriels du secteur automobile.
Le groupe allemand a vendu en février une filiale de revêtements industriels au néerlandais Akzo Nobel, pour 475 millions d'euros, afin de se recentrer sa division sur l'automobile.
/ATS""",
         boiler=["/ATS"],
         ents="""ORG: BASF | Albemarle | Chemetall | Akzo Nobel
LOC: Allemagne | Francfort""",
         sentiments={"BASF": "positive", "Albemarle": "neutral", "Chemetall": "neutral", "Akzo Nobel": "neutral"},
         events=["acquisition"]),

    dict(id="fr9-francetvinfo-heuliez-redressement", lang="fr", split="heldout3",
         date="2013-04-11 (from the text: Thursday 11 April, third insolvency since 2009)",
         url="https://www.francetvinfo.fr/economie/entreprises/l-equipementier-automobile-heuliez-est-place-en-redressement-judiciaire_301221.html",
         text="""L'équipementier automobile Heuliez est placé en redressement judiciaire
En cessation de paiements pour la troisième fois depuis 2009 et endettée à hauteur de 10 millions d'euros, l'entreprise avait annoncé lundi aux salariés le dépôt de bilan.
Trois jours après avoir déposé son bilan, l'équipementier automobile Heuliez a été placé en redressement judiciaire par le tribunal de commerce de Niort (Deux-Sèvres), jeudi 11 avril. Ce dernier accorde à l'entreprise une période d'observation de six mois, laissant à l'administrateur du temps pour trouver un éventuel repreneur.
Des syndicalistes présents se sont montrés "soulagés" que le tribunal accorde une nouvelle chance au carrossier de Cerizay, qui emploie 283 CDI et 12 CDD. L'entreprise, en cessation de paiements pour la troisième fois depuis 2009, est endettée à hauteur de 10 millions d'euros.
Heuliez espère être sauvé par un contrat avec le constructeur allemand Volkswagen, encore disputé par une douzaine de sous-traitants. "Quatre ou cinq" seront retenus au final, rapporte le syndicaliste CGC-CFE Jean-Emmanuel Vallade. Selon le syndicaliste CFDT Claude Point, ce contrat apporterait 20 à 30 millions d'euros annuels de chiffre d'affaires à partir de 2014.
Commentaires
Connectez-vous à votre compte franceinfo pour participer à la conversation.""",
         boiler=["Commentaires", "Connectez-vous à votre compte franceinfo pour participer à la conversation."],
         ents="""ORG: Heuliez | tribunal de commerce de Niort | Volkswagen | CGC-CFE | CFDT
PER: Jean-Emmanuel Vallade | Claude Point
LOC: Deux-Sèvres | Cerizay""",
         sentiments={"Heuliez": "negative", "Volkswagen": "neutral"},
         events=["bankruptcy"]),

    dict(id="fr9-boursorama-totalenergies-t2-2024", lang="fr", split="heldout3",
         date="2024-07-25 (from the text: second-quarter results published on Thursday)",
         url="https://www.boursorama.com/bourse/actualites/totalenergies-finit-le-trimestre-en-recul-penalise-par-le-gaz-et-le-raffinage-fef2d830d17162253ed02f8d410ed522",
         text=""" date 2024-07 Le géant pétrolier TotalEnergies a enregistré un bénéfice en baisse de 7% sur un an au deuxième trimestre, à 3,8 milliards d'euros, a annoncé le groupe jeudi, en deçà des prévisions des analystes, sur fond de baisse des marges de raffinage et de repli des ventes et du prix du gaz ( AFP / Christophe ARCHAMBAULT )

La quatrième major pétrogazière TotalEnergies a terminé le second trimestre sur un recul de 7% de son bénéfice, à 3,8 milliards d'euros, en deçà des prévisions des analystes, subissant une baisse des marges de raffinage et un repli des ventes et du prix du gaz.

Au premier semestre, TotalEnergies a dégagé un bénéfice net de 9,5 milliards de dollars, en léger recul de 1% sur un an, après un premier trimestre à 5,7 milliards, selon le communiqué publié jeudi par le groupe, qui avait engrangé des profits record en 2022 et 2023, des années hors norme.

Les analystes s'attendaient en moyenne à un bénéfice net trimestriel de 4,9 milliards de dollars, selon le consensus calculé par FactSet et Bloomberg.

Mais le groupe a été pénalisé par la baisse des marges de raffinage tandis qu'il a vu sa performance opérationnelle reculer dans son activité prioritaire du gaz liquéfié (GNL), "dans un contexte de moindre demande" en Europe et de repli des prix, selon le communiqué du groupe jeudi.

Le patron de TotalEnergies Patrick Pouyanné, à Billy-Berclau, dans le Pas-de-Calais, le 30 mai 2023 ( AFP / PASCAL ROSSIGNOL )

"Les résultats de TotalEnergies n'ont pas été à la hauteur des attentes du consensus, la faiblesse du raffinage et des produits chimiques ainsi que l'augmentation des coûts de l'entreprise étant à l'origine de cet écart", a commenté la banque RBC dans une note, les jugeant "décevants".

Malgré un recul de 15 % de son bénéfice semestriel net ajusté (hors éléments exceptionnels) — l'indicateur le pl""",
         boiler=["date 2024-07 Le géant pétrolier TotalEnergies a enregistré un bénéfice en baisse de 7% sur un an au deuxième trimestre, à 3,8 milliards d'euros, a annoncé le groupe jeudi, en deçà des prévisions des analystes, sur fond de baisse des marges de raffinage et de repli des ventes et du prix du gaz ( AFP / Christophe ARCHAMBAULT )",
                 "Le patron de TotalEnergies Patrick Pouyanné, à Billy-Berclau, dans le Pas-de-Calais, le 30 mai 2023 ( AFP / PASCAL ROSSIGNOL )"],
         ents="""ORG: TotalEnergies | FactSet | Bloomberg | RBC
LOC: Europe""",
         sentiments={"TotalEnergies": "negative", "FactSet": "neutral", "Bloomberg": "neutral", "RBC": "neutral"},
         events=["earnings"]),

    dict(id="fr9-cayola-vinci-crossrail", lang="fr", split="heldout3", date="2010-12-22 (from the URL)",
         url="https://www.constructioncayola.com/infrastructures/article/2010/12/22/47724/vinci-retenu-pour-creusement-rer-londonien",
         text="""Vinci remporte en consortium les travaux de creusement de puits d’accès et les travaux de pulvérisation de revêtement en béton des gares de Whitechapel et de Liverpool Street. Ce chantier rentrant dans le cadre de la construction du RER londonien constitue un marché de 300 millions d’euros.
Pour ce projet, le leader français du BTP, Vinci, a fait cause commune avec les entreprises Balfour Beatty, Morgan Sindall et Alpine Mayreder. Aussi positionné sur le grand projet londonien, Bouygues n’a pas été retenu.""",
         ents="""ORG: Vinci | Balfour Beatty | Morgan Sindall | Alpine Mayreder | Bouygues
LOC: Whitechapel | Liverpool Street""",
         sentiments={"Vinci": "positive", "Balfour Beatty": "positive", "Morgan Sindall": "positive",
                     "Alpine Mayreder": "positive", "Bouygues": "negative"},
         events=["partnership"]),

    dict(id="fr9-tv5monde-arcelormittal-reims-denain", lang="fr", split="heldout3",
         date="2024-11-20 (approx., from the text: the company's statement of Tuesday 19 November 2024, evening)",
         url="https://information.tv5monde.com/international/apres-michelin-arcelormittal-envisage-la-fermeture-de-deux-sites-en-france-2749202",
         text=""" date 2024-11 Après Michelin, ArcelorMittal envisage la fermeture de deux sites en France

Par Isabel MALSANG et Béatrice JOANNIS à Lille

Après Michelin, ArcelorMittal envisage l'arrêt de deux petits sites en France, à Reims et Denain, pouvant affecter quelque 130 emplois, menacés par le "contexte économique difficile" dans l'industrie et l'automobile, clients du sidérurgiste.

"Le 19 novembre 2024, la direction de la société ArcelorMittal Centres de Services a réuni les membres de son CSE afin de les informer d'un projet de réorganisation de la société et d'adaptation de ses capacités de production. Ce projet inclut le possible arrêt des sites de production ArcelorMittal Centres de Services de Reims et de Denain", a annoncé ArcelorMittal France dans un bref communiqué mardi soir.

La société ArcelorMittal Centres de Services, filiale spécialisée dans le commerce de gros de métaux et minéraux aux entreprises, "est confrontée à une forte baisse d'activité chez ses clients Industrie et Automobile qui s'est accélérée ces derniers mois" explique le sidérurgiste.

L'annonce pourrait provoquer la perte d'environ 130 emplois, une centaine à Reims et 30 à Denain, ont indiqué à l'AFP le délégué syndical central CGT David Blaise et le coordinateur CFE-CGC Xavier Le Coq.

La direction indique avoir "expliqué" aux représentants des salariés les "contraintes qui la conduisent à présenter ce projet", et "invite les partenaires sociaux à une prochaine réunion fin novembre dans le cadre du processus d'information- consultation".

"Rien n'a été anticipé"

"Des négociations avec les organisations syndicales auront lieu sur les mesures sociales afin de limiter l'impact sur l'emploi" précise le sidérurgiste.

Pour David Blaise, de la CGT, "comme le font toujours les capitalistes" cette décision est justifiée "par la compétitivité, les coûts fix""",
         boiler=["Par Isabel MALSANG et Béatrice JOANNIS à Lille"],
         ents="""ORG: Michelin | ArcelorMittal | ArcelorMittal Centres de Services | ArcelorMittal France | AFP | CGT | CFE-CGC
PER: David Blaise | Xavier Le Coq
LOC: France | Reims | Denain""",
         sentiments={"Michelin": "negative", "ArcelorMittal": "negative", "ArcelorMittal Centres de Services": "negative",
                     "ArcelorMittal France": "negative"},
         events=["layoffs"]),

    dict(id="fr9-zonebourse-airbus-dubai", lang="fr", split="heldout3",
         date="2019-11-20 (approx., from the text: Emirates and Air Arabia orders at the Dubai air show, after IndiGo on 29 October)",
         url="https://www.zonebourse.com/news.php?id_news=29604635",
         text="""La période est décidément fructueuse pour Airbus qui vient de remporter deux contrats géants à l’occasion du salon aéronautique de Dubaï. Le montant combiné des deux commandes avoisine les 30 milliards de dollars. En Bourse, le titre Airbus n’en profite pas et recule 1,25% à 134,70 euros, pénalisé par un regain d’inquiétudes concernant le conflit commercial sino-américain.

Dans le détail, la compagnie aérienne basée à Dubaï, Emirates Airlines, a commandé à Airbus 50 avions A350-900, la nouvelle génération d'avions à large fuselage. Cette importante commande (ferme) représente près de 16 milliards de dollars au prix catalogue. Les appareils sont équipés de moteurs Rolls-Royce Trent XWB et les premières livraisons sont attendues pour 2023.

" En complément de nos A380 et 777, les A350 nous apporteront une flexibilité opérationnelle accrue en termes de capacité, de portée et de déploiement ", a déclaré le Cheikh Ahmed bin Saeed Al Maktoum, PDG d'Emirates.

En parallèle, Air Arabia, la compagnie aérienne à bas coûts des Emirats Arabes Unis, a signé une commande ferme pour 120 avions Airbus, pour un montant total de 14 milliards de dollars au prix catalogue. La commande comprend 73 A320neo, 27 A321neo et 20 A321XLR. Un tel contrat avait été évoqué dans la presse la semaine dernière.

Au total, il s'agit du quatrième gros contrat décroché par Airbus en moins d'un mois. En effet, le 29 octobre, la compagnie aérienne indienne à bas prix IndiGo avait commandé plus de 300 avions de la famille A320neo ; un contrat titanesque puisqu'il dépassera les 33 milliards de dollars.

Le 24 octobre, Airbus annonçait la signature d'un protocole d'accord avec Spirit Airlines portant sur l'acquisition par la compagnie aérienne américaine à bas coûts de 100 appareils (maximum) de la famille A320neo. Il s'agissait de la première grosse commande enregistrée par Airbus depuis les surtaxes douanières de 10% mises en place par le""",
         ents="""ORG: Airbus | Emirates Airlines | Emirates | Rolls-Royce | Air Arabia | IndiGo | Spirit Airlines
PER: Ahmed bin Saeed Al Maktoum
LOC: Dubaï | Emirats Arabes Unis
MISC: A350-900 | Trent XWB | A380 | 777 | A350 | A320neo | A321neo | A321XLR""",
         sentiments={"Airbus": "mixed", "Emirates Airlines": "positive", "Rolls-Royce": "neutral", "Air Arabia": "neutral",
                     "IndiGo": "neutral", "Spirit Airlines": "neutral"},
         events=["partnership"]),

    dict(id="fr9-francebleu-peugeot-japy", lang="fr", split="heldout3",
         date="2020-06-30 (approx., from the text: placed in receivership on a Tuesday; the URL's timestamp is 1 July 2020)",
         url="https://www.francebleu.fr/infos/economie-social/valentigney-peugeot-japy-en-redressement-judiciaire-trois-repreneurs-potentiels-1593608391",
         text=""" date 2020-07 Le sous-traitant automobile Peugeot Japy, qui emploie 245 salariés à Valentigney près de Montbéliard (Doubs), a été placé mardi en redressement judiciaire. Les employés vont pouvoir toucher leurs salaires, non versés, de juin.

Le tribunal de commerce de Paris a prononcé ce mardi le redressement judiciaire de l'équipementier Peugeot Japy, avec une période d'observation de six mois, a-t-on appris de sources syndicales. Le groupe Farinia, l'actuel propriétaire, avait déposé le bilan début juin. Avec cette mise en redressement judiciaire, Peugeot Japy évite ainsi la liquidation.

Ce redressement devrait permettre entre autres de débloquer les salaires qui étaient gelés depuis début juin. Le redressement permet de recourir au fond de garantie des AGS (système de garantie des salaires). La procédure doit aussi permettre un plan de reprise de l'entreprise.

Chute du chiffre d'affaires

Depuis deux ans, le chiffre d'affaires de Peugeot Japy a chuté de 95 millions à 35 millions d'euros et ses effectifs sont passés de 500 salariés permanents et intérimaires à 245, uniquement permanents, à la suite de la suppression d'une trentaine de CDI et du renvoi de tous les travailleurs temporaires, a rappelé Marc Sivric, délégué FO à l'AFP.

L'entreprise va perdre deux de ses principaux clients, qui représentaient la moitié du chiffre d'affaires : General Motors dès à présent et Bosch dans les prochains mois. "Farinia "n'est pas parvenu à en faire rentrer d'autres", alors qu'il a investi 12 millions d'euros pour la modernisation du site, ont relevé les représentants FO et CFE-CGC.

Fin des contrats avec PSA en avril 2021

Cette situation fait du groupe PSA le "client à 90 %" de Peugeot Japy Technologies qui fournit notamment ses usines de Valenciennes (Nord), Metz-Trémery (Moselle) et Aspern, un site Opel en Autriche, ont ajouté les syndicats""",
         ents="""ORG: Peugeot Japy | Peugeot Japy Technologies | tribunal de commerce de Paris | Farinia | AGS | FO | AFP | General Motors | Bosch | CFE-CGC | PSA | Opel
PER: Marc Sivric
LOC: Valentigney | Montbéliard | Doubs | Valenciennes | Nord | Metz-Trémery | Moselle | Aspern | Autriche""",
         sentiments={"Peugeot Japy": "negative", "Farinia": "negative", "General Motors": "neutral", "Bosch": "neutral",
                     "PSA": "neutral", "Opel": "neutral"},
         events=["bankruptcy"]),

    dict(id="fr9-greenunivers-symbio-engie", lang="fr", split="heldout3", date="2016-09 (from the URL)",
         url="https://www.greenunivers.com/2016/09/en-entrant-chez-symbio-fcell-engie-confirme-ses-ambitions-dans-lhydrogene-150464/",
         text="""A chaque levée de fonds, Symbio FCell a l’art de faire entrer un invité surprise : Michelin en mai 2014 pour la deuxième collecte de ce concepteur et fabricant de piles à combustible pour véhicules électriques, et aujourd’hui Engie, à l’occasion d’un troisième tour au montant tenu secret. Michelin y participe aussi et devient du coup actionnaire de référence de la société basée à Grenoble. Engie acquiert quant lui 20% du capital de la start-up. Laquelle se trouve donc épaulée par deux géants, apparemment convaincus de l’intérêt désormais stratégique de l’hydrogène.
“L’hydrogène, c’est de l’électricité”
« Ce jour est historique, n’hésite pas à affirmer Thierry Lepercq, directeur général adjoint d’Engie, en charge de l’innovation et artisan de cet investissement. L’hydrogène, c’est de l’électricité, c’est le ...""",
         ents="""ORG: Symbio FCell | Michelin | Engie
PER: Thierry Lepercq
LOC: Grenoble""",
         sentiments={"Symbio FCell": "positive", "Michelin": "positive", "Engie": "positive"},
         events=["funding"]),

    dict(id="fr9-zonebourse-gm-equinox-ev", lang="fr", split="heldout3", date="2022-09-08 (from the URL)",
         url="https://www.zonebourse.com/cours/action/GENERAL-MOTORS-COMPANY-6873535/actualite/General-Motors-devoile-un-SUV-electrique-destine-a-attirer-plus-d-automobilistes-41727236/?utm_medium=RSS&utm_content=20220908",
         text=""" date 2022-09 New York (awp/afp) - General Motors a officiellement présenté jeudi un SUV électrique de la marque Chevrolet que le constructeur prévoit de vendre en 2023 pour environ 30.000 dollars, ce qui en ferait une des voitures les moins chères de sa catégorie.

La patronne du constructeur automobile Mary Barra avait déjà évoqué la voiture, une nouvelle version de son populaire modèle Equinox, en affirmant que le lancement d'un véhicule sans émission le plus abordable possible était une priorité.

Elle coûtera moins de la moitié du prix moyen d'un véhicule électrique neuf aux Etats-Unis.

Le SUV reposera sur la plateforme de batteries électriques Ultium, sur laquelle le groupe a misé gros. Présentée en 2020, Ultium est censée être suffisamment flexible pour s'adapter aux différents modèles commercialisés par le groupe, et ainsi en réduire les coûts.

Dans le sillage de Tesla, de nombreuses entreprises se sont engouffrées sur le créneau des véhicules électriques, start-up comme constructeurs traditionnels. Et après un démarrage plus lent aux Etats-Unis qu'en Europe, ils commencent à présenter de plus en plus de modèles.

La marque Jeep du groupe Stellantis a ainsi annoncé jeudi qu'elle lancerait quatre SUV électriques en Amérique du Nord et en Europe d'ici 2025.

Le prix moyen d'une voiture neuve aux Etats-Unis en juillet est monté à plus de 48.000 dollars selon le cabinet Cox Automotive. Et les voitures électriques, à cause du coût des batteries, sont plus chères que les voitures à combustion: elles coûtent en moyenne près de 67.000 dollars.

Le prix de base de la Tesla la plus abordable débute par exemple à 47.000 dollars. Elon Musk avait bien promis une voiture à 25.000 dollars pour 2023 mais a pour l'instant mis de côté ce projet.

General Motors propose déjà une Chevrolet Bolt électrique à environ 27.000 dollars ma""",
         ents="""ORG: awp | afp | General Motors | Chevrolet | Tesla#0 | Jeep | Stellantis | Cox Automotive
PER: Mary Barra | Elon Musk
LOC: New York | Etats-Unis | Europe | Amérique du Nord
MISC: Equinox | Ultium | Chevrolet Bolt | Tesla""",
         sentiments={"General Motors": "positive", "Chevrolet": "positive", "Tesla": "neutral", "Jeep": "positive",
                     "Stellantis": "neutral", "Cox Automotive": "neutral"},
         events=["product_launch"]),

    dict(id="fr9-aerospatium-safran-andries", lang="fr", split="heldout3",
         date="2019-12 (approx., from the text: Olivier Andriès named to succeed Philippe Petitcolin on 1 January 2021)",
         url="https://aerospatium.info/changement-a-la-barre-de-safran",
         text="""Philippe Petitcolin quitte ses fonctions de directeur général à la tête de Safran. Il sera remplacé par le polytechnicien Olivier Andriès, jusqu’à présent directeur de Safran Aircraft Engines, à partir du 1er janvier 2021, où il sera remplacé par Jean-Paul Alary, qui dirigeait Safran Landing Systems.
Le directeur général du motoriste et équipementier aéronautique, seul patron français non issu du sérail des grandes écoles, laisse un groupe profondément transformé après cinq années aux commandes, devenu un des poids lourds du secteur, leader dans plusieurs domaines, dont les moteurs d’avions civils.
Cet article compte 290 mots.""",
         boiler=["Cet article compte 290 mots."],
         ents="""ORG: Safran | Safran Aircraft Engines | Safran Landing Systems
PER: Philippe Petitcolin | Olivier Andriès | Jean-Paul Alary""",
         sentiments={"Safran": "positive", "Safran Aircraft Engines": "neutral", "Safran Landing Systems": "neutral"},
         events=["leadership_change"]),

    dict(id="fr9-mediaterre-gpn-total-amende", lang="fr", split="heldout3", date="2012-07-09 (from the URL; ruling of 4 July 2012)",
         url="http://mediaterre.org/commerce/actu,20120709090046,2.html",
         text="""Le
4 juillet 2012, la société GPN SA, filiale de Total et anciennement
Grande-Paroisse, a été condamnée par le tribunal correctionnel de Melun à
10.000 euros d'amende pour pollution de rivière, ainsi qu'à payer quatre
amendes de 500 euros pour des contraventions.
Cette condamnation est intervenue après le débordement d'un bassin de collecte des eaux d'une installation de production d'engrais et de produits chimiques sise à Grandpuits-Bailly-Carois. Intervenu le 13 septembre 2010, cet incident avait entrainé la fuite d'effluents chargés en ions ammonium dans le ru d'Iverny.
En l'espèce, dans la mesure où aucun dispositif de surveillance ou de détection des anomalies n'était en place, l'exploitant n'a eu connaissance du débordement qu'après en avoir été informé par des agents de la police de l'eau.
Cette condamnation intervient après que l'usine et son représentant légal aient déjà été condamnés, le 20 février dernier, par le tribunal de police de Melun, à payer respectivement 5000 et 400 euros pour contravention à la législation sur les installations classées, après que des fuites d'ammoniac ayant entrainé l'hospitalisation de plusieurs personnes soient survenues en juillet et août 2009. Concernant ces deux incidents, le service préfectoral de contrôle de l'environnement avait souligné l'insuffisance des mesures mises en place pour détecter de telles fuites, et ce en dépit du fait que l'installation était classée " Seveso seuil haut ".
Le Secrétaire national de France nature environnement a déclaré que le tribunal avait sanctionné les manquements répété de la société GPN en matière de prévention des incidents environnementaux, et qu'il lui incombait d'en tenir compte à l'avenir.
[VEIJURIS]
17/10/24 à 09h35 GMT""",
         boiler=["[VEIJURIS]", "17/10/24 à 09h35 GMT"],
         ents="""ORG: GPN SA | GPN | Total | Grande-Paroisse | tribunal correctionnel de Melun | tribunal de police de Melun | France nature environnement
LOC: Grandpuits-Bailly-Carois | ru d'Iverny
MISC: Seveso seuil haut""",
         sentiments={"GPN SA": "negative", "Total": "neutral", "Grande-Paroisse": "neutral"},
         events=["legal"]),

    dict(id="fr9-boursorama-eiffage-lgv-bretagne", lang="fr", split="heldout3",
         date="2011-01 (approx., from the text: Pierre Berger joined Eiffage in early January to succeed Jean-François Roverato in July)",
         url="http://www.boursorama.com/actualites/eiffage-construira-la-ligne-a-grande-vitesse-le-mans-rennes-5c8cfa882fb5fb8456092987ef230799",
         text="""Eiffage construira la ligne à grande vitesse Le Mans-Rennes

le
0
La troisième major française du BTP remporte ce contrat de 3,4 milliards d'euros face à Bouygues et Vinci. Eiffage grimpe en Bourse tandis que Bouygues corrige. Vinci réagit peu.

Voilà un beau cadeau de bienvenue pour Pierre Berger, arrivé chez Eiffage début janvier pour succéder en juillet à l'actuel PDG, Jean-François Roverato. Son nouveau groupe a été choisi pour construire et exploiter pendant vingt-cinq ans la liaison ferroviaire entre Le Mans et Rennes. Un mégacontrat de 3,4 milliards d'euros.

Pour Eiffage, cette victoire tombe à point nommé, car la troisième major française du BTP n'avait pas remporté de grosse affaire depuis deux ans et demi. Dans cette opération, le grand vaincu s'appelle Bouygues, une nouvelle fois recalé par RFF (Réseau ferré de France). Vinci, lui, n'a pas grand-chose à regretter. L'année dernière, après avoir remporté le contrat GSM Rail (1,4 milliard), il avait aussi été retenu pour construire et exploiter pendant cinquante ans la liaison entre Tours et Bordeaux. Une opération à 7,8 milliards. Et on imaginait mal que le groupe de Xavier Huillard puisse décrocher un troisième contrat avec RFF.

À

...

Lire la suite de l'article sur lefigaro.fr
Vous devez être membre pour ajouter des commentaires.
Devenez membre, ou connectez-vous.
Aucun commentaire n'est disponible pour l'instant""",
         boiler=["le", "0", "...", "Lire la suite de l'article sur lefigaro.fr", "Vous devez être membre pour ajouter des commentaires.",
                 "Devenez membre, ou connectez-vous.", "Aucun commentaire n'est disponible pour l'instant"],
         ents="""ORG: Eiffage | Bouygues | Vinci | RFF | Réseau ferré de France
PER: Pierre Berger | Jean-François Roverato | Xavier Huillard
LOC: Le Mans | Rennes | Tours | Bordeaux
MISC: GSM Rail""",
         sentiments={"Eiffage": "positive", "Bouygues": "negative", "Vinci": "neutral", "RFF": "neutral"},
         events=["partnership", "competition"]),

    dict(id="fr9-zonebourse-saintgobain-chryso", lang="fr", split="heldout3", date="2021-05-20 (from the URL; announced on Thursday)",
         url="https://www.zonebourse.com/cours/action/VERALLIA-DEUTSCHLAND-AG-436450/actualite/Chimie-de-la-construction-Saint-Gobain-rachete-Chryso-pour-1-milliard-d-euros-33314494/?utm_medium=RSS&utm_content=20210520",
         text=""" date 2021-05 Paris (awp/afp) - Le groupe Saint-Gobain a annoncé jeudi l'acquisition de Chryso, entreprise française spécialisée dans les adjuvants pour matériaux de construction, pour 1,02 milliard d'euros, dans un communiqué.

"C'est un alignement parfait avec la position stratégique du groupe. Cette acquisition va nous permettre de compléter notre portefeuille dans la construction durable", a commenté lors d'une conférence téléphonique Benoît Bazin, directeur général délégué, qui deviendra directeur général en juillet prochain.

"C'est une très belle entreprise française, sortie [du cimentier] Lafarge il y a vingt ans" et qui "a des perspectives de croissance solides en pays mûrs et émergents", a-t-il mis en avant.

Le groupe français de matériaux de construction indique qu'il financera "en totalité cette transaction par l'utilisation de la trésorerie résultant des cessions réalisées par le groupe".

Il dit s'attendre à la finalisation de l'opération au deuxième semestre 2021.

Chryso fournit "des solutions complètes d'additifs pour une construction durable en s'appuyant sur des procédés chimiques innovants, une expertise en formulation et une connaissance des matériaux de construction", détaille Saint-Gobain.

L'entreprise emploie quelque 1.300 personnes et a enregistré sur les douze derniers mois un chiffre d'affaires d'environ 400 millions d'euros et un Ebitda (excédent brut d'exploitation) de 85 millions d'euros.

Cette acquisition "étendra davantage la présence du groupe sur le marché en croissance de la chimie de la construction, avec un chiffre d'affaires combiné de plus de 3 milliards d'euros dans 66 pays", précise le communiqué.

"La demande mondiale d'additifs est attendue en progression d'environ +7% par an sur la période 2021-2025, surperformant le marché de la construction", indique Saint-Gobain.

Il souligne que "la """,
         ents="""ORG: awp | afp | Saint-Gobain | Chryso | Lafarge
PER: Benoît Bazin
LOC: Paris""",
         sentiments={"Saint-Gobain": "positive", "Chryso": "neutral", "Lafarge": "neutral"},
         events=["acquisition"]),

    dict(id="fr9-easybourse-arkema-hipro-casda", lang="fr", split="heldout3",
         date="2011-09 (approx., from the text: a Monday in 2011, Paris market near 2,928 points)",
         url="https://www.easybourse.com/industrie/article/21037/arkema-projet-acquisition-deux-groupes-chinois.html",
         text="""Arkema, groupe français spécialisé dans la chimie, a indiqué qu’il compte racheter deux sociétés chinoises. Il s’agit de Hipro Polymers, producteur de polyamides techniques bio-sourcés 10.10 et de Casda Biomaterials, spécialisée dans l'acide sébacique issu de l'huile de ricin.

Ce lundi vers 11h25, le titre Arkema perdait 2,72%, à 40,73 euros, dans un marché parisien en recul de 2,30%, à 2 928 points. Depuis le 1er janvier 2011, la valeur a chuté de plus de 24%.

Pour le groupe français, ces acquisitions s’inscrivent dans le cadre de sa stratégie de développement des produits de performance, ainsi que son 'programme d'acquisition d'environ un milliard d'euros de chiffre d'affaires présenté en novembre 2010'. Cette opération lui permet également de renforcer sa position sur le marché chinois.

'Cette acquisition est une très belle opportunité à plusieurs titres. Elle nous renforce en Chine, une des priorités géographiques d'Arkema depuis 5 ans. Avec le polyamide 10.10, elle complète parfaitement notre gamme de polyamides 11 et 12 à forte valeur ajoutée et s'inscrit dans notre stratégie de croissance dans la chimie verte', a précisé Thierry Le Hénaff, PDG d'Arkema.

En 2011, les deux entreprises chinoises devraient dégager un chiffre d’affaires cumulé de 230 millions de dollars. Le prix d’acquisition est basé sur une valeur d'entreprise de 365 millions de dollars pour 100% du capital des deux sociétés. Ces dernières, qui emploient 750 personnes, sont majoritairement détenues par une joint venture entre la société privée chinoise de chimie de spécialités Feixiang Chemicals et le fonds Bain Capital.""",
         ents="""ORG: Arkema | Hipro Polymers | Casda Biomaterials | Feixiang Chemicals | Bain Capital
PER: Thierry Le Hénaff
LOC: Chine""",
         sentiments={"Arkema": "mixed", "Hipro Polymers": "neutral", "Casda Biomaterials": "neutral",
                     "Feixiang Chemicals": "neutral", "Bain Capital": "neutral"},
         events=["acquisition"]),
]
