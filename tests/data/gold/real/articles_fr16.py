"""French national business press (results, deals, layoffs, fines, leadership changes), added for the
development set: all ``split="dev"``. Stored page text as delivered (see make_real.py for the format and
the annotation rules, including the sentiment conventions of the third session).
"""

ARTICLES = [
    dict(id="fr16-latribune-saintgobain-succession", lang="fr", split="dev",
         date="2021-02 (approx., from the text: Martin Bouygues stepped back the week before)",
         url="https://www.latribune.fr/entreprises-finance/industrie/biens-d-equipement-btp-immobilier/saint-gobain-pierre-andre-de-chalendar-prepare-sa-succession-878567.html",
         text="""Saint-Gobain : Pierre-André de Chalendar prépare sa succession

 |  | 225 mots
Lecture 1 min.
Pierre-André de Chalendar restera Pdg de Saint-Gobain encore quelques mois.
Pierre-André de Chalendar restera Pdg de Saint-Gobain encore quelques mois. (Crédits : Jean Chiscano)
Le président-directeur général du groupe coté au CAC 40 a proposé à son conseil d'administration de nommer au 1er juillet 2021 un directeur général, en la personne de Benoît Bazin, aujourd'hui directeur général délégué.

La dissociation président-directeur général fait des émules dans les groupes cotés au CAC 40. Après Martin Bouygues qui a annoncé, la semaine dernière, quitter la direction générale du groupe fondé par son père Francis en 1961, c'est au tour de Pierre-André de Chalendar de s'apprêter à prendre du champ.

Président-directeur général de Saint-Gobain depuis juin 2010, après en avoir gravi toutes les marches depuis son entrée en 1989, cet inspecteur des Finances de père en fils a proposé à son conseil d'administration de nommer un directeur général à compter du 1er juillet 2021: Benoît Bazin.

Promu directeur général délégué en novembre 2018 lorsque le groupe coté a lancé son plan de décentralisation "Transform & Grow", ce Polytechnicien, diplômé du Massachusetts Institute of Technology (M.I.T), des Ponts et Chaussées et de Sciences-Po Paris, et passé par Bercy, est entré dans le groupe en 1999. Benoît Bazin siège en outre au conseil d'administration de Vinci.

Le futur directeur général arrive dans un contexte très positif pour Saint-Gobain malgré la crise économique et sanitaire. Le groupe du CAC 40 spécialisé dans la fabrication et la distribution de verres et de matériaux de construction vient en effet d'annoncer de très bons résultats pour 2020.

Réagir

Votre email ne sera pas affiché publiquement
Tous les champs sont obligatoires

Merci pour votre commentaire. Il sera visible prochainement sous réserve""",
         boiler=["|  | 225 mots", "Lecture 1 min.",
                 "Pierre-André de Chalendar restera Pdg de Saint-Gobain encore quelques mois.",
                 "Pierre-André de Chalendar restera Pdg de Saint-Gobain encore quelques mois. (Crédits : Jean Chiscano)",
                 "Réagir", "Votre email ne sera pas affiché publiquement", "Tous les champs sont obligatoires",
                 "Merci pour votre commentaire. Il sera visible prochainement sous réserve"],
         ents="""ORG: Saint-Gobain | Vinci | Massachusetts Institute of Technology | M.I.T | Ponts et Chaussées | Sciences-Po Paris | Bercy
PER: Pierre-André de Chalendar | Benoît Bazin | Martin Bouygues | Francis
MISC: CAC 40 | Transform & Grow""",
         sentiments={"Saint-Gobain": "positive", "Vinci": "neutral"},
         events=["leadership_change"]),

    dict(id="fr16-latribune-plans-departs-2013", lang="fr", split="dev", date="2013-10-12 (from the URL)",
         url="https://www.latribune.fr/entreprises-finance/industrie/agroalimentaire-biens-de-consommation-luxe/20131012trib000790226/gad-virgin-alcatel-lucent-air-franceretour-sur-les-gros-plans-de-departs-de-2013.html",
         text="""Gad, Virgin, Alcatel-Lucent, Air France...retour sur les gros plans de départs de 2013

L'annonce vendredi de la suppression de près d'un millier d'emplois dans la société bretonne d'abattage de porcs Gad SAS, vient s'ajouter à une série d'annonces du même type depuis début 2013 en France. Tour d'horizon.

L'annonce vendredi de la suppression de près d'un millier d'emplois dans la société bretonne d'abattage de porcs Gad SAS, vient s'ajouter à une série d'annonces du même type depuis début 2013 en France. Après une année 2012 marquée par des plans d'ampleur comme celui de PSA Peugeot Citroën (11.000 postes) ou la fermeture des hauts fourneaux de Florange par Arcelor Mittal (629 postes), voici les principales entreprises concernées:

GAD SAS

Un plan de continuation pour la société bretonne d'abattage et de découpe de porcs a été validé vendredi par le tribunal de commerce de Rennes, lui évitant la liquidation judiciaire. Il prévoit la suppression de 889 emplois et la fermeture d'un des deux abattoirs de la société. Gad SAS qui emploie 1.700 salariés, était en redressement judiciaire depuis février.

AIR FRANCE

2.800 nouvelles suppressions de postes dans le cadre de son plan Transform 2015 ont été détaillées début octobre. Elles viennent s'ajouter à quelque 5.000 suppressions de postes déjà décidées en janvier 2012 pour redresser Air France-KLM à l'horizon 2015. Fin 2014, Air France aura supprimé 10.000 postes en 5 ans.

ALCATEL-LUCENT

L'équipementier télécoms a annoncé le 8 octobre un plan prévoyant la suppression de 10.000 postes nets dans le monde d'ici fin 2015, dont 900 en France. Le groupe qui emploie plus de 8.000 salariés dans l'Hexagone, envisage de supprimer 900 postes dès 2014, auxquels s'ajouteront 900 autres postes qui feront l'objet de redéploiements internes et externes. Le plan prévoit la fermeture ou la cession de cinq sites.

GOODYEAR

Goodyear France a annoncé fin janvier un projet de ferme""",
         ents="""ORG: Gad SAS | GAD SAS | Gad | Virgin | Alcatel-Lucent | ALCATEL-LUCENT | Air France | AIR FRANCE | Air France-KLM | PSA Peugeot Citroën | Arcelor Mittal | tribunal de commerce de Rennes | GOODYEAR | Goodyear France
LOC: France | Florange | Hexagone
MISC: Transform 2015""",
         sentiments={"Gad SAS": "negative", "Virgin": "negative", "Alcatel-Lucent": "negative", "Air France": "negative",
                     "Air France-KLM": "negative", "PSA Peugeot Citroën": "neutral", "Arcelor Mittal": "neutral",
                     "Goodyear": "negative", "Goodyear France": "negative"},
         events=["layoffs", "bankruptcy"]),

    dict(id="fr16-lesechos-cac40-coup-de-jeune", lang="fr", split="dev", date="2015-02-27",
         url="http://limportant.fr/166060",
         text="""Publicité

Management : le CAC 40 s'offre un coup de jeune

•Sur les six derniers mois, neuf groupes du CAC ont changé de dirigeant.•L'âge moyen d'un grand patron français baisse de plus de deux ans.

ECH21887112_1.jpg

Par Laurence Boisseau

Publié le 27 févr. 2015 à 01:01

Le CAC 40 s'offre un lifting. Au cours des six derniers mois, pas moins de neuf groupes composant l'indice vedette français ont changé de patrons, pour cause de départs à la retraite, décès brutaux ou divergences de vues avec le conseil. La physionomie du patronat et sa culture vont donc forcément évoluer, même si ce n'est qu'un début.

Les entreprises concernées ? Crédit Agricole, Danone, EDF, GDF Suez, Pernod Ricard, Safran, Sanofi, Total et Vivendi. Certains patrons ont déjà pris leurs fonctions comme Arnaud de Puyfontaine chez Vivendi, Alexandre Ricard chez Pernod Ricard, Emmanuel Faber, chez Danone, Jean-Bernard Lévy chez EDF. Mais aussi Philippe Petitcolin chez Safran ou encore Patrick Pouyanné chez Total. Olivier Brandicourt prendra ses fonctions en avril chez Sanofi. D'autres le feront un peu plus tard. Isabelle Kocher attendra 2016 pour prendre la suite de Gérard Mestrallet chez GDF Suez.

56,5 ans de moyenne d'âge

Ces nouveaux capitaines sont plus jeunes que leurs prédécesseurs. Avant ces changements, la moyenne d'âge d'un directeur général du CAC était de 59 ans. Elle est de 56,5 ans désormais. Dans certains groupes, c'est même un vrai coup de jeune. A quarante-deux ans, Alexandre Ricard, le petit-fils de l'inventeur du célèbre pastis marseillais qui vient de prendre ses fonctions, devient le plus jeune PDG du CAC 40. Il a succédé à Pierre Pringuet, qui avait atteint la limite d'âge à 65 ans. C'est un vrai changement de génération aussi à la tête de GDF Suez. Isabelle Kocher, propulsée numéro deux fin 2014, par Gérard Mestrallet, aura elle aussi moins de 50 ans quand elle le remplacera. Elle deviendra la première femme à diriger un""",
         boiler=["Publicité", "ECH21887112_1.jpg", "Publié le 27 févr. 2015 à 01:01"],
         ents="""ORG: Crédit Agricole | Danone | EDF | GDF Suez | Pernod Ricard | Safran | Sanofi | Total | Vivendi
PER: Laurence Boisseau | Arnaud de Puyfontaine | Alexandre Ricard | Emmanuel Faber | Jean-Bernard Lévy | Philippe Petitcolin | Patrick Pouyanné | Olivier Brandicourt | Isabelle Kocher | Gérard Mestrallet | Pierre Pringuet
MISC: CAC 40 | CAC""",
         sentiments={"Crédit Agricole": "neutral", "Danone": "neutral", "EDF": "neutral", "GDF Suez": "neutral",
                     "Pernod Ricard": "neutral", "Safran": "neutral", "Sanofi": "neutral", "Total": "neutral",
                     "Vivendi": "neutral"},
         events=["leadership_change"]),

    dict(id="fr16-journaldunet-microsoft-appel", lang="fr", split="dev",
         date="2008-05 (approx., from the text: appeal against the 899 M EUR fine of late February 2008)",
         url="https://www.journaldunet.com/solutions/reseau-social-d-entreprise/1003291-microsoft-ne-veut-pas-payer-l-amende-de-la-commission-europeenne/",
         text="""Microsoft ne veut pas payer l'amende de la Commission Européenne

Microsoft a indiqué aujourd'hui qu'il ferait appel de l'amende record de 899 millions d'euros qui lui a été infligée fin février par la Commission européenne en raison du non respect des sanctions imposées dans son procès pour abus de position dominante et violation de la concurrence. Microsoft estime que cette amende porte sur des faits qui ont été résolus. La Commission européenne, elle, avait prévenu à de multiples reprises l'éditeur de la possibilité d'astreintes journalières en cas de non respect des sanctions. Si Microsoft n'obtient pas l'annulation de cette amende, il aura du moins encore repoussé l'exécution du jugement avec ce nouvel appel.""",
         ents="ORG: Microsoft | Commission Européenne | Commission européenne",
         sentiments={"Microsoft": "negative"},
         events=["legal"]),

    dict(id="fr16-latribune-cac40-benefices-s1-2018", lang="fr", split="dev", date="2018-08 (from the page)",
         url="https://www.latribune.fr/entreprises-finance/cac-40-les-benefices-marquent-le-pas-au-premier-semestre-787006.html",
         text=""" date 2018-08 Les 35 sociétés qui ont déjà diffusé leurs comptes semestriels ont dégagé 45,5 milliards d'euros de profits nets, contre 46,4 milliards l'an dernier à la même période, selon un décompte effectué par l'AFP.

Leur chiffre d'affaires a pour sa part progressé de 2,14%, à 616 milliards d'euros.

En bourse, les entreprises ont globalement bénéficié d'une conjoncture économique et de conditions monétaires favorables, malgré le retour de la volatilité sur les marchés financiers après le mini-krach de février. La Bourse de Paris est restée affectée par le regain de tensions géopolitiques et les craintes de guerre commerciale.

Le luxe et le pétrole mènent la danse

Au classement des profits, le groupe pétrolier et gazier français Total ouvre le bal avec 5,3 milliards d'euros, devant le géant bancaire BNP Paribas (près de 4 milliards), le spécialiste du luxe LVMH (3 milliards), celui de l'assurance Axa (2,8 milliards) et le sidérurgiste ArcelorMittal (2,5 milliards).

Total a notamment profité de la remontée des cours du pétrole, tandis que le géant du luxe, première capitalisation boursière française, a été porté par les performances de l'ensemble de ses divisions.

Les profits de l'hôtelier AccorHotels ont aussi explosé (à 2,2 milliards d'euros contre 77 millions d'euros un an auparavant), dopé par la cession de son pôle immobilier AccorInvest.

Si BNP Paribas et Axa restent de véritables locomotives pour l'indice phare de la Bourse de Paris, leurs bénéfices reculent toutefois par rapport au premier semestre de l'année précédente (à respectivement -7,69% et -14,44%). À l'inverse, parmi les autres titres du secteur bancaire, Société Générale et Crédit Agricole SA affichent des résultats en hausse. En bourse, le secteur bancaire ne convainc pas : les cours de BNP Paribas, Crédit Agricole, Société Générale et A""",
         ents="""ORG: AFP | Bourse de Paris | Total | BNP Paribas | LVMH | Axa | ArcelorMittal | AccorHotels | AccorInvest | Société Générale | Crédit Agricole SA | Crédit Agricole""",
         sentiments={"Total": "positive", "BNP Paribas": "mixed", "LVMH": "positive", "Axa": "mixed",
                     "ArcelorMittal": "positive", "AccorHotels": "positive", "AccorInvest": "neutral",
                     "Société Générale": "mixed", "Crédit Agricole SA": "mixed"},
         events=["earnings"]),

    dict(id="fr16-bfmbourse-carrefour-semestre", lang="fr", split="dev",
         date="2016-07 (approx., from the text: first-half results, sales target cut to +2 % / +4 %)",
         url="https://www.tradingsat.com/carrefour-FR0000120172/actualites/carrefour-l-action-chute-lourdement-plombee-par-des-comptes-degrades-756889.html",
         text="""(BFM Bourse) - Carrefour chute lourdement en Bourse (-11%) après la publication d'un premier semestre décevant. Sur cette période, le groupe de grande distribution a annoncé un bénéfice net en recul de 39,5%, à 78 millions d'euros, pénalisé par les investissements promotionnels en France et par la baisse de rentabilité en Amérique latine. Retraité des éléments exceptionnels, le résultat net ajusté ressort à 154 millions d'euros, en recul de 34%.
Le résultat opérationnel courant se replie de 12,5%, à 621 millions d'euros, tandis que les ventes, déjà publiées, progressent de 6,2%, à 43,05 milliards d'euros. Carrefour a revu à la baisse son objectif de progression du chiffre d'affaires annuel, désormais attendu entre +2% et +4%, contre +3% à +5% précédemment. En France, la marge opérationnelle a reculé de 0,7 point de pourcentage, en raison notamment d'un "marché fortement concurrentiel et promotionnel", ainsi que des pertes plus importantes liées aux magasins Dia, indique Carrefour dans un communiqué.
Dans les autres pays d'Europe, les marges reculent également, mais de manière plus attenuée (-0,1 point de pourcentage). Ce repli est lié à "l'impact de l'intégration des acquisitions". En Amérique latine, le résultat opérationnel courant progresse de 7,5%, malgré un taux de marge en repli (-0,6 point de pourcentage), pénalisé par la crise en Argentine.
Dans un environnement de consommation qui reste peu porteur, Carrefour a revu à la baisse ses prévisions de croissance des ventes pour l'ensemble de l'exercice. Le groupe s'attend désormais à une progression comprise entre +2% et +4%, contre +3% à +5% initialement annoncé.
Recevez toutes les infos sur CARREFOUR en temps réel :
Par « push » sur votre mobile grâce à l’application BFM Bourse
Par email""",
         boiler=["Recevez toutes les infos sur CARREFOUR en temps réel :",
                 "Par « push » sur votre mobile grâce à l’application BFM Bourse", "Par email"],
         ents="""ORG: BFM Bourse | Carrefour
LOC: France | Amérique latine | Europe | Argentine
MISC: Dia""",
         sentiments={"Carrefour": "negative"},
         events=["earnings"]),

    dict(id="fr16-latribune-renault-senard-bollore", lang="fr", split="dev", date="2019-01 (from the page)",
         url="https://www.latribune.fr/entreprises-finance/industrie/automobile/senard-bollore-un-tandem-pour-succeder-a-carlos-ghosn-chez-renault-805058.html",
         text=""" date 2019-01 Renault a nommé ce jeudi Jean-Dominique Senard, actuel président de Michelin, comme nouveau président du groupe au losange, et l'actuel patron opérationnel Thierry Bolloré au poste de directeur général, tournant ainsi la page de l'ère Carlos Ghosn.

Dans un communiqué, le conseil d'administration de Renault a "pris acte" de la démission de celui qui fut sans interruption directeur général de Renault depuis 2005, et PDG depuis 2009, plus de deux mois après son arrestation au Japon sur des accusations de malversations financières.

"Je mesure, vous vous en doutez, l'importance de la tâche, et je suis très honoré (...) de rejoindre un groupe dont la résonance en France et dans le monde n'est plus à faire", a déclaré Jean-Dominique Senard lors d'une conférence de presse, au siège de Renault, au côté de Thierry Bolloré.""",
         ents="""ORG: Renault | Michelin
PER: Jean-Dominique Senard | Thierry Bolloré | Carlos Ghosn
LOC: Japon | France""",
         sentiments={"Renault": "neutral", "Michelin": "neutral"},
         events=["leadership_change"]),

    dict(id="fr16-europe1-renault-dg-delegues", lang="fr", split="dev",
         date="2013-09 (approx., from the text: Carlos Tavares left on 30 August 2013)",
         url="https://www.europe1.fr/economie/Renault-nomme-deux-DG-delegues-732920",
         text="""Renault nomme deux DG délégués

  • Copié
avec Reuters

Renault a annoncé lundi la nomination de deux directeurs généraux délégués pour remplacer Carlos Tavares, le numéro deux du constructeur automobile, qui a démissionné fin août. Thierry Bolloré est nommé directeur délégué à la compétitivité, tandis que Jérôme Stoll devient directeur délégué à la performance, précise le groupe dans un communiqué. Les deux hommes seront placés directement sous l'autorité du PDG Carlos Ghosn, conformément au projet de réorganisation annoncé mardi dernier.

Carlos Tavares, numéro deux du groupe depuis l'été 2011, a brutalement quitté ses fonctions le 30 août, laissant à nouveau Carlos Ghosn seul aux commandes.""",
         boiler=["• Copié", "avec Reuters"],
         ents="""ORG: Renault
PER: Carlos Tavares | Thierry Bolloré | Jérôme Stoll | Carlos Ghosn""",
         sentiments={"Renault": "neutral"},
         events=["leadership_change"]),

    dict(id="fr16-societecom-legrand-etats-unis", lang="fr", split="dev", date="2017-05-10 (from the page)",
         url="https://www.societe.com/actualites/legrand_se_renforce_aux_etats_unis-17778.html",
         text="""Legrand se renforce aux États-Unis

Legrand se renforce aux États-Unis

Legrand acquiert deux nouvelles sociétés aux États-Unis, l'une spécialisée dans les solutions d'éclairage et l'autre dans les armoires voix-données-images pour les datacenters.

Publié le 10-05-2017 par Bertrand Dampierre

Deux acquisitions

 

Le groupe Legrand a annoncé ce matin dans un communiqué de presse deux nouvelles acquisitions ciblées aux États-Unis, son terrain de chasse favori actuellement. Le spécialiste des infrastructures électriques et numériques du bâtiment a en effet procédé au rachat d'une importante société spécialisée dans les supports linéaires d'éclairage pour le tertiaire, Finelite, et d'une autre société de moindre importance, Afco Systems, qui réalise des armoires voix-données-images pour datacenters.

Après l'acquisition, l'an dernier, de la PME américaine OCL, experte dans le domaine des solutions d'éclairage architecturales pour les bureaux et les logements haut de gamme, ces deux acquisitions nouvelles attestent de la volonté de Legrand de se renforcer sur le marché américain. Le groupe n'a pas communiqué les termes financiers des deux opérations, qui devraient être finalisées dans les semaines à venir.


Se renforcer et élargir son offre

 

Avec le rachat de Finelite, qui affiche un chiffre d'affaires d'environ 200 millions de dollars et compte environ 455 collaborateurs, Legrand va pouvoir enrichir sa gamme de dispositifs de contrôle d'éclairage, en complément des commandes murales et des coffrets de contrôle où il est leader.

Avec celui d'Afco Systems, Legrand tente une incursion dans le domaine des armoires voix-données-images pour datacenters, ce qui lui permet d'accroître sa présence et d'élargir sa gamme de solutions sur le marché très porteur des infrastructures numériques et des réseaux.

Par ailleurs, Antoine Burel, le directeur financier du groupe, a souligné que ces rachats n'avaient nullement""",
         boiler=["Publié le 10-05-2017 par Bertrand Dampierre"],
         ents="""ORG: Legrand | Finelite | Afco Systems | OCL
PER: Antoine Burel
LOC: États-Unis""",
         sentiments={"Legrand": "positive", "Finelite": "neutral", "Afco Systems": "neutral", "OCL": "neutral"},
         events=["acquisition"]),

    dict(id="fr16-lesechos-capitalfinance-legrand-italie", lang="fr", split="dev", date="2010-12-21 (from the page)",
         url="https://capitalfinance.lesechos.fr/deals-m-a/mid-cap/legrand-sagrandit-en-italie-100632",
         text="""Legrand s'agrandit en Italie
Publié le 21 déc. 2010 à 16:45
L'électricien Legrand rachète l'italien Mata System Energy. Il absorbe un confrère qui fabrique des UPS - des onduleurs à alimentation statique sans interruption - pour installations à criticité importante (data centers, établissements financiers...). Ce faisant, il s'agrandit d'un périmètre de 50 salariés qui devrait totaliser plus de 16 M Euros de chiffre d'affaires, cette année - dont environ un tiers à l'export. Pour mémoire, depuis le début du second semestre 2010, le français, coté sur Eurolist A, a déjà acquis l'indien Indo Asian Switchgear et le turc Inform (cf. nos 983, 985).
Prolongez votre expérience et accédez aux articles réservés à nos abonnés
Je m’abonne""",
         boiler=["Publié le 21 déc. 2010 à 16:45",
                 "Prolongez votre expérience et accédez aux articles réservés à nos abonnés", "Je m’abonne"],
         ents="""ORG: Legrand | Mata System Energy | Indo Asian Switchgear | Inform
LOC: Italie
MISC: Eurolist A""",
         sentiments={"Legrand": "neutral", "Mata System Energy": "neutral", "Indo Asian Switchgear": "neutral",
                     "Inform": "neutral"},
         events=["acquisition"]),

    dict(id="fr16-reuters-4g-bouygues-orange-free", lang="fr", split="dev", date="2013-12-16 (from the page)",
         url="http://fr.reuters.com/article/technologyNews/idFRPAE9BF06R20131216",
         text="""Bouygues Telecom et Orange répondent à l'offre de 4G de Free

lundi 16 décembre 2013 21h55
 

PARIS (Reuters) - Bouygues Telecom a annoncé lundi inclure lui aussi sans surcoût le très haut débit mobile (4G) dès 19,99 euros par mois, s'alignant ainsi sur l'offre lancée au début du mois par Free, alors qu'Orange proposera une offre 4G dès janvier chez Sosh, sa marque à bas coût.

La filiale du groupe de BTP Bouygues va ajouter dès ce mardi la 4G sans surcoût dans deux de ses forfaits low cost, l'un à 19,99 euros par mois et le second à 24,99 euros par mois.

L'opérateur, qui offre à ce jour la couverture la plus étendue en très haut débit, avait dit la semaine dernière proposer un premier forfait illimité 4G à 24,99 euros, contre 29,99 euros précédemment, pour riposter à l'offensive de Free, au risque de compromettre le redressement de ses marges.

"Je constate que Bouygues Telecom vient d'annoncer un forfait 4G sur B&You. Je ne veux pas pénaliser nos clients Sosh qui pourront bénéficier d'une offre 4G dès janvier", déclare de son côté Stéphane Richard, PDG d'Orange, dans un entretien au Figaro à paraître mardi.

Free a lancé début décembre un forfait incluant la 4G au prix de 19,99 euros par mois, mais l'opérateur n'en est toutefois qu'aux débuts du déploiement de son réseau.

Dans son interview au Figaro, Stéphane Richard menace également de mettre fin à l'accord d'itinérance qui lie Orange et Free et s'en prend à Xavier Niel, le dirigeant de Free, qu'il juge "prétentieux et agressif".

"Je pense qu'il perd un peu ses nerfs, car il fait face à de sérieuses échéances et l'étau se resserre, n'oublions pas que l'accord d'itinérance 2G/3G n'est pas un droit perpétuel. Orange peut très bien se passer de l'accord d'itinérance, mais la réciproque est-elle certaine ?", interroge le dirigeant d'Orange.

Et d'ajouter: "Xavier Niel est le roi de l'embrouille. Free Mobile ne dispose que de très peu de fréquences et""",
         boiler=["lundi 16 décembre 2013 21h55"],
         ents="""ORG: Bouygues Telecom | Bouygues | Orange | Free Mobile | Free | Reuters | Figaro
PER: Stéphane Richard | Xavier Niel
LOC: PARIS
MISC: Sosh | B&You""",
         sentiments={"Bouygues Telecom": "mixed", "Bouygues": "neutral", "Orange": "neutral", "Free": "mixed",
                     "Free Mobile": "negative", "Figaro": "neutral"},
         events=["product_launch", "competition"]),

    dict(id="fr16-europe1-dgccrf-delais-paiement", lang="fr", split="dev",
         date="2023-05 (approx., from the text: fines of 26 April and early May)",
         url="https://europe1.fr/economie/m6-mcdonalds-ces-entreprises-sanctionnees-par-la-dgccrf-pour-des-retards-de-paiement-4182421",
         text="""La DGCCRF a infligé ces derniers jours des amendes administratives à plusieurs entreprises, des sanctions au montant relativement modeste, excepté l'une, de 1,1 million d'euros visant M6, pour le non-respect des délais de paiement à leurs fournisseurs. Selon un relevé de sanctions publié sur le site internet de la Direction générale de la concurrence, de la consommation et de la répression des fraudes mercredi, la société Metropole Television a ainsi écopé de 1,1 million d'euros d'amende, le 26 avril dernier.
De leur côté, les laboratoires pharmaceutiques Servier ont reçu une amende de 220.000 euros le même jour.
>> LIRE AUSSI - Le gouvernement veut interroger les compagnies aériennes pour traquer les fraudeurs fiscaux
McDonald's plaide les périodes de confinement dues au Covid-19
Début mai, l'enseigne de restauration McDonald's France s'est vu infliger 200.000 euros d'amende, tandis que les entreprises Alliance Automotive et Abeille Asset Management, recevaient respectivement 100.000 euros et 75.000 euros d'amendes, annonce la DGCCRF.
Mercredi, McDonald's France affirme, dans un brève déclaration transmise à l'AFP, "avoir expliqué" à la DGCCRF que "les cas (de délais de paiement non respectés) rapportés se concentrent sur les périodes de confinement liées à la gestion de la pandémie" de Covid-19. "L'organisation de l'entreprise a été, comme l'ensemble des entreprises, désorganisée dans la mise en œuvre de (ses) procédures de paiement", poursuit l'enseigne, regrettant que "l'administration n'ait pas tenu compte de ces contraintes majeures externes".
Les amendes peuvent aller jusqu'à 2 millions d'euros
Parmi les autres entreprises sanctionnées début mai : Zambon France (55.000 euros), Axa Investment Management (45.000 euros), Hellio Solutions (40.000 euros), CS Comlandi (26.000 euros), Prada Retail France (15.000 euros). Depuis 2009, la loi plafonne les délais de paiement contractuels inter-entreprises, qui ne peuvent dépas""",
         boiler=[">> LIRE AUSSI - Le gouvernement veut interroger les compagnies aériennes pour traquer les fraudeurs fiscaux"],
         ents="""ORG: DGCCRF | Direction générale de la concurrence, de la consommation et de la répression des fraudes | M6 | Metropole Television | Servier | McDonald's France | McDonald's | Alliance Automotive | Abeille Asset Management | AFP | Zambon France | Axa Investment Management | Hellio Solutions | CS Comlandi | Prada Retail France""",
         sentiments={"M6": "negative", "Metropole Television": "negative", "Servier": "negative",
                     "McDonald's": "negative", "McDonald's France": "negative", "Alliance Automotive": "negative",
                     "Abeille Asset Management": "negative", "Zambon France": "negative",
                     "Axa Investment Management": "negative", "Hellio Solutions": "negative", "CS Comlandi": "negative",
                     "Prada Retail France": "negative"},
         events=["legal"]),

    dict(id="fr16-rtl-leclerc-amende-eurelec", lang="fr", split="dev", date="2019-07-22 (from the page)",
         url="https://www.rtl.fr/actu/conso/les-infos-de-12h30-leclerc-une-assignation-historique-pour-les-fournisseurs-7798081095",
         text=""" date 2019-07 publié le 22/07/2019 à 13:40

Le ministère de l'Économie a décidé de frapper un grand coup et demande une amende record à Leclerc : 117,3 millions d'euros sont réclamés au groupe, accusé de passer par l'étranger pour abuser de ses fournisseurs.

Principale entité visée par cette décision, la centrale belge d'achat de Leclerc, Eurelec, que Bercy accuse de "pratiques commerciales abusives (...) pour contourner la loi française et imposer des baisses de tarifs très importantes, sans aucune contrepartie, à certains de ses fournisseurs".

Invité sur RTL, Richard Panquiault, directeur général d'ILEC, un institut représentant près de 80 entreprises qui fabriquent et commercialisent des produits de grande consommation s'est félicité de cette décision, qu'il qualifie "d'historique à double titre" : "C'est la première fois que le ministre assigne une structure de négociation internationale hors de l’hexagone, et c'est la première fois qu'on a une amende de ce montant-là", explique-t-il. "La plus importante auparavant était de 20 millions d'euros", précise-t-il.

Richard Panquiault estime que cette amende "entre dans le registre dissuasif et que cette assignation sera suivie d'autres".

À écouter également dans ce journal

Faits divers - Trois jours après le meurtre de Mamoudou Barry, enseignant-chercheur guinéen de 31 ans tué à Canteleu, près de Rouen, un suspect vient d'être arrêté. De nationalité turque, il est né en 1990 et est déjà connu des services de police pour des affaires de stupéfiants et pour des antécédents psychiatriques.

Canicule - Pour la 2e fois en moins d'un mois, la canicule revient. Déjà 21 départements sont en alerte orange dans le Centre-Est et le Sud-Ouest. 38 degrés sont attendus cet après-midi à Bordeaux, et 42 degrés demain.

Armée - Cela fait un demi-siècle que les familles de disparus atte""",
         boiler=["date 2019-07 publié le 22/07/2019 à 13:40", "À écouter également dans ce journal",
                 "Faits divers - Trois jours après le meurtre de Mamoudou Barry, enseignant-chercheur guinéen de 31 ans tué à Canteleu, près de Rouen, un suspect vient d'être arrêté. De nationalité turque, il est né en 1990 et est déjà connu des services de police pour des affaires de stupéfiants et pour des antécédents psychiatriques.",
                 "Canicule - Pour la 2e fois en moins d'un mois, la canicule revient. Déjà 21 départements sont en alerte orange dans le Centre-Est et le Sud-Ouest. 38 degrés sont attendus cet après-midi à Bordeaux, et 42 degrés demain.",
                 "Armée - Cela fait un demi-siècle que les familles de disparus atte"],
         ents="""ORG: ministère de l'Économie | Leclerc | Eurelec | Bercy | RTL | ILEC
PER: Richard Panquiault
LOC: hexagone""",
         sentiments={"Leclerc": "negative", "Eurelec": "negative"},
         events=["legal"]),
]
