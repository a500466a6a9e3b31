"""French real business articles (stored page text as delivered; see make_real.py for the format)."""

ARTICLES = [
    dict(id="fr-schneider-invensys", lang="fr", date="2013-08 (from the text: offer launched end of July 2013)",
         url="https://www.mesures.com/archives/schneider-electric-signe-un-gros-cheque-pour-soffrir-invensys/",
         text="""C’est incontestablement le gros rachat de l’été. Schneider Electric, spécialiste mondial de la gestion de l’énergie et de l’efficacité énergétique, a lancé officiellement fin juillet une offre publique d’achat (OPA) amicale pour acquérir le groupe britannique Invensys. Cette offre a été acceptée par ce dernier. La transaction s’élève à la bagatelle de 3,9 milliards d’euros, dont 2,9 milliards en numéraire et 1 milliard en actions, ce qui fait de ce rachat la plus grosse acquisition du groupe français depuis 2007.
La lecture de cet article est payante.
Pour le lire abonnez-vous ou connectez vous.""",
         boiler=["La lecture de cet article est payante.", "Pour le lire abonnez-vous ou connectez vous."],
         ents="ORG: Schneider Electric | Invensys",
         sentiments={"Schneider Electric": "neutral", "Invensys": "neutral"},
         events=["acquisition"]),

    dict(id="fr-sii-objectifs", lang="fr", date="2019-12",
         url="https://www.boursorama.com/bourse/actualites/sii-confirme-ses-objectifs-pour-l-exercice-c6a02b19b619fcd88bb368552d200895",
         text=""" date 2019-12 (CercleFinance.com) - Le chiffre d'affaire du groupe s'établit à 325,90 ME au 1er semestre en hausse de 10,2% par rapport à fin septembre 2018. La croissance organique enregistre une progression 10,4%.

En France, le chiffre d'affaires s'inscrit à 169,20 ME, en hausse de 7,1% par rapport au premier semestre 2018/2019.

Le résultat opérationnel est en progression de 14,6% à 23,33 ME sur le semestre. Le résultat opérationnel international progresse de 17,0%. En France, il est en hausse de 11,3%. Le résultat net ressort en hausse de 8,2% à 14,77 ME, après prise en compte du résultat financier et des impôts.

Le groupe confirme ses objectifs pour l'exercice 2019/2020. Il vise un chiffre d'affaires compris entre 675 et 700 ME, soit 7 à 11% de croissance et une progression du résultat opérationnel au même rythme.""",
         ents="ORG: CercleFinance.com\nLOC: France",
         events=["earnings"]),

    dict(id="fr-somfy-semestre", lang="fr", date="2018-09-04",
         url="https://www.zonebourse.com/SOMFY-31472055/actualite/Somfy-resultat-net-quasi-stable-au-1er-semestre-27207547/?utm_medium=RSS&utm_content=20180904",
         text=""" date 2018-09 04/09/2018 | 18:08

Le chiffre d'affaires du Groupe a atteint 586,1 millions d'euros sur le premier semestre de 2018. Il est en hausse de 2,7% à mode de consolidation comparable, c'est-à-dire hormis Dooya, et de 5,2% à mode de consolidation comparable et à périmètre et taux de change constants.



Le résultat opérationnel courant s'est établi à 104,0 millions d'euros sur le premier semestre, en baisse de 2,3% à mode de consolidation comparable, et a représenté 17,7% du chiffre d'affaires.



A mode de consolidation comparable et à périmètre et taux de change constants, le résultat opérationnel courant ressort à 112,6 millions d'euros, en progression de 5,7%. Il représente 18,8% du chiffre d'affaires. Le résultat net est quasiment stable à 83,2 millions d'euros.



' Les conditions de marché devraient peu évoluer sur la seconde partie de l'exercice et conduire ainsi à une hausse du chiffre d'affaires, à données comparables, proche de celle du premier semestre ' indique le groupe.""",
         boiler=["date 2018-09 04/09/2018 | 18:08"],
         ents="ORG: Dooya",
         sentiments={"Dooya": "neutral"},
         events=["earnings"]),

    dict(id="fr-ipsos-guidance", lang="fr", date="2023-07",
         url="https://www.tradingsat.com/ipsos-FR0000073298/actualites/ipsos-ipsos-maintient-sa-guidance-pour-l-exercice-2023-1078531.html",
         text=""" date 2023-07 À lire aussi Créez et gérez votre portefeuille virtuel

(CercleFinance.com) - Le chiffre d'affaires s'établit à 1 087,1 millions d'euros au 1er semestre 2023, en baisse de 3,1% par rapport de l'année dernière.



La croissance organique du deuxième trimestre redevient positive à 0,5%, après -2,8% au premier trimestre.



' La performance par géographies au premier semestre montre un contraste important entre une solide dynamique de croissance dans les pays émergents (proche de 9%) et un repli de l'activité de près de 5% dans les pays développés ' indique le groupe.



Le résultat net, part du Groupe, s'établit à 56 millions d'euros contre 85 millions d'euros au premier semestre 2022. Le résultat net ajusté, part du Groupe, est également en baisse à 70 millions d'euros contre 98 millions d'euros l'année dernière.



Le groupe maintient sa guidance pour 2023, avec une croissance organique de l'ordre de 5 % et une marge opérationnelle de l'ordre de 13 %. ' Ce maintien repose en particulier sur notre conviction que l'activité va rebondir aux Etats-Unis au second semestre ' précise la direction.



Copyright (c) 2023 CercleFinance.com. Tous droits réservés.""",
         boiler=["date 2023-07 À lire aussi Créez et gérez votre portefeuille virtuel",
                 "Copyright (c) 2023 CercleFinance.com. Tous droits réservés."],
         ents="ORG: CercleFinance.com\nLOC: Etats-Unis",
         events=["earnings"]),

    dict(id="fr-gemalto-emplois", lang="fr", date="2007 (approx., from the text: closure planned for the second half of 2008)",
         url="http://www.generation-nt.com/gemalto-emplois-licenciements-actualite-41902.html",
         text="""
Suppressions d'emplois dans l'Hexagone
Pour couronner le tout, ce sont des salariés français qui sont actuellement sur la sellette, puisque le plan social en question vise 12 % des effectifs en France ( 3 500 salariés ). La grande majorité d'entre eux, 370, seront sans emploi après la fermeture du site de Saint-Cyr en Val, ville du département du Loiret ( 45 ) qui est programmée d'ici le second semestre 2008. Quant aux 39 autres licenciements, il s'agit de postes au siège du groupe qui est basé à Meudon, ville du département des Haut-de-Seine ( 92 ), et de postes du site de Gemenos, ville du département des Bouches-du-Rhône ( 13 ).
Un plan social parmi tant d'autres diront certains...
Source :
AFP""",
         boiler=["Source :", "AFP"],
         ents="LOC: Hexagone | France | Saint-Cyr en Val | Loiret | Meudon | Haut-de-Seine | Gemenos | Bouches-du-Rhône",
         events=["layoffs"]),

    dict(id="fr-latribune-fusions", lang="fr", date="2010-08-18",
         url="http://www.latribune.fr/entreprises-finance/20100818trib000540107/fusions-acquisitions-c-est-reparti-.html",
         text="""Fusions-acquisitions, c'est reparti !

 |   |  283  mots
(Crédits : © 2009 Thomson Reuters)
Signe de sortie de crise ? En tout cas, les annonces de projets, avortés ou non, de fusions-acquisitions, comme celle de BHP Billiton sur Potash, se multiplient ces derniers jours. Même en France, des opérations sont annoncées, comme l'acquisition dévoilée ce mercredi par Teleperformance qui rachète une société écossaise.

Pas un jour sans que ne soit annoncé un projet de fusion-acquisition, parfois avorté ou repoussé certes, mais pour des montants très importants, en milliards voire en dizaines de milliards de dollars.

Ainsi, mardi, c'est le géant minier anglo-australien qui a annoncé convoiter le spécialiste canadien des engrais Potash pour près de 40 milliards de dollars. Ce dernier a rejeté l'offre mais BHP, fort d'une capacité financière très élevée, revient à, la charge, cette fois de manière hostile, en proposant 43 milliards aux actionnaires de sa cible.

Signe que ces opérations de rachats d'entreprises sont bien reparties, le même jour, aux Etats-Unis, Reynolds Group Holdings a annoncé envisager de racheter Pactiv Corp, plus connu sous le nom de sa marque de produits d'emballage Hefty, pour 6 milliards de dollars.

Quelques jours plus tôt, une autre opération géante avait marqué les esprits avec le rachat par le groupe minier du milliardaire indien Anil Agarwal, Vedanta Resources, du quatrième pétrolier du pays, Cairn India. Un rachat d'environ 9 milliards de dollars, auprès du britannique Cairn Energy.

La Chine est également concernée avec un rachat dans le secteur automobile.

Même en France, des opérations voient le jour comme l'acquisition annoncée ce mercredi par Teleperformance qui rachète une société écossaise.

La finance n'est pas absente de ce mouvement. Le grand assureur britannique Aviva a ainsi annoncé avoir été approché par son concurrent RSA qui, éconduit, pourrait reprendre le contact.

Et l""",
         boiler=["|   |  283  mots", "(Crédits : © 2009 Thomson Reuters)"],
         ents="""ORG: BHP Billiton | BHP | Potash | Teleperformance | Reynolds Group Holdings | Pactiv Corp | Vedanta Resources | Cairn India | Cairn Energy | Aviva | RSA
LOC: France | Etats-Unis | Chine
PER: Anil Agarwal
MISC: Hefty""",
         sentiments={"BHP Billiton": "neutral", "Potash": "neutral", "Teleperformance": "neutral",
                     "Reynolds Group Holdings": "neutral", "Pactiv Corp": "neutral", "Vedanta Resources": "neutral",
                     "Cairn India": "neutral", "Cairn Energy": "neutral", "Aviva": "neutral", "RSA": "neutral"},
         events=["acquisition"]),

    dict(id="fr-parisien-plans-sociaux", lang="fr", date="2024-11 (approx., from the text: Michelin closures announced the week before)",
         url="https://lirelactu.fr/source/le-parisien/60439c3e-6509-41e2-a8df-4ef6514c0aed",
         text="""Fin des aides publiques, morosité économique, changement de cycle industriel, les plans de licenciement se multiplient partout en France. Avec le risque que le chômage augmente massivement.
Le ParisienVincent Vérier,Erwan Benezet,Matthieu Pelloli
Comme une prise
deconscience. L’annonce de Michelin, la semaine dernière, de fermer deux usines, l’une à Cholet (Maine-et-Loire) et l’autre à Vannes (Morbihan), avec à la clé 1 235 emplois supprimés, est venue révéler ce que les syndicats répétaient depuis des mois : le retour des plans sociaux.""",
         boiler=["Le ParisienVincent Vérier,Erwan Benezet,Matthieu Pelloli"],
         ents="ORG: Michelin\nLOC: France | Cholet | Maine-et-Loire | Vannes | Morbihan",
         sentiments={"Michelin": "negative"},
         events=["layoffs"]),

    dict(id="fr-bfm-contrats-chinois", lang="fr", date="2015-07-02 (approx., from the text: Li Keqiang's visit)",
         url="https://bfmbusiness.bfmtv.com/monde/l-ete-de-la-moisson-de-contrats-franco-chinois-899029.html",
         text="""BFM Business
International

L'été de la moisson de contrats franco-chinois

A l'occasion de la visite du Premier ministre chinois Li Keqiang en France ces trois dernier jours, de nombreux contrats entre entreprises françaises et chinoises ont été annoncés.

STMicroelectronics, Schneider, Alcatel pour le côté français, Huawei et China Mobile Communications côté chinois. Une nouvelle salve de contrats entre industriels de l'Hexagone et de l'Empire du milieu a été signée ce jeudi, lors d'une cérémonie présidée par le Premier ministre chinois, Li Keqiang, en visite en France pour trois jours, et son homologue français, Manuel Valls, à Toulouse. Une vingtaine en tout, qui représentent en cumulé environ 3,5 milliards d'euros, auxquels s'ajoutent plusieurs milliards d'euros d'accords de crédits et de financement. Voici les principaux:

> Dans l'électronique

500 millions de dollars. C'est le montant estimé du contrat noué entre STMicroelectronics et Huawei. Il porte sur la fourniture de composants au groupe chinois. Cet accord global de coopération sur cinq ans doit permettre aux deux groupes de définir un cadre qui favorisera une augmentation progressive du volume d'affaires d'un montant, donc, de 500 millions de dollars sur la période 2015-2020.

> Dans l'énergie

Schneider Electric a signé un contrat d'un demi-milliard de dollars avec la compagnie nationale qui gère les infrastructures chinoises, China National Building Materials Group, pour collaborer dans la la gestion de la consommation énergétique de bâtiments et d'usines.

> Dans les télécommunications

Alcatel-Lucent a signé deux accords-cadres de coopération, dont l'un avec l'entreprise nationale de télécommunication China Mobile Communications, pour un montant de 1,3 milliard d'euros. Le Français qui vient de se faire racheter par Nokia devra fournir des équipements de télécommunication à des groupes chinois hors de Chine, principalement en Afrique.

> Dans l'aérona""",
         boiler=["BFM Business", "International"],
         ents="""ORG: STMicroelectronics | Schneider Electric | Schneider | Alcatel-Lucent | Alcatel | Huawei | China Mobile Communications | China National Building Materials Group | Nokia
PER: Li Keqiang | Manuel Valls
LOC: France | Hexagone | Empire du milieu | Toulouse | Chine | Afrique""",
         sentiments={"STMicroelectronics": "positive", "Schneider Electric": "positive", "Alcatel-Lucent": "positive",
                     "Huawei": "neutral", "China Mobile Communications": "neutral",
                     "China National Building Materials Group": "neutral", "Nokia": "neutral"},
         events=["partnership"]),

    dict(id="fr-agefi-arcelormittal", lang="fr", date="2020-09-28 (approx., from the text: ArcelorMittal USA sale)",
         url="https://uat.agefi.fr/theme/fusions-acquisitions?page=115",
         text="""Nos articles d’actualité et d’analyse portant sur les opérations de fusion-acquisition et de cessions menées par les grandes entreprises françaises et internationales, le classement M&A de L’Agefi.
ArcelorMittal a annoncé ce matin la signature d’un accord engageant en vue de céder ses activités américaines au producteur de pellets de minerai de fer Cleveland-Cliffs pour 1,4 milliard de dollars (1,2 milliard d’euros). Ce dernier prévoit d’acquérir 100% d’ArcelorMittal USA par le biais d’une transaction pour un tiers en numéraire, soit 505 millions de dollars, et pour deux tiers en actions. Cette opération permettra au sidérurgiste luxembourgeois de réduire sa dette et de lancer un nouveau programme de rachat d’actions de 500 millions de dollars.
Bruno Le Maire a adressé lundi matin un message de fermeté à l’adresse des protagonistes du dossier Suez-Veolia. «L’Etat ne cédera à aucune pression. Et l’Etat ne se fera pas dicter son calendrier», a dit le ministre de l’Economie à des journalistes, en rappelant que le gouvernement avait des conditions en termes d’emplois, d’empreinte industrielle et de capital majoritairement français avant d’accepter tout rapprochement entre Veolia et Suez.
Mobilux, maison mère de But, a pu boucler son rapprochement avec Conforama, ex-filiale de Steinhoff International. Une union donnant naissance au plus grand groupe omnicanal de la distribution de meubles en France, avec près de 500 magasins et un chiffre d’affaires annuel d’environ 4 milliards d’euros. Sir Terry Leahy, conseiller senior des fonds CD&R, ancien PDG de Tesco et président de But depuis 2016, prend désormais la présidence de Conforama France. But et Conforama France maintiendront leurs activités en tant qu’entités indépendantes. L’ancienne entité du groupe sud-africain, qui totalise 1,8 milliard de revenus pour 162 magasins détenus en propre, conserve donc son identité. Cet été, l’annonce du rapp""",
         boiler=["Nos articles d’actualité et d’analyse portant sur les opérations de fusion-acquisition et de cessions menées par les grandes entreprises françaises et internationales, le classement M&A de L’Agefi."],
         ents="""ORG: ArcelorMittal USA | ArcelorMittal | Cleveland-Cliffs | Suez | Veolia | Mobilux | But | Conforama France | Conforama | Steinhoff International | CD&R | Tesco
PER: Bruno Le Maire | Terry Leahy
LOC: France""",
         sentiments={"ArcelorMittal": "positive", "Cleveland-Cliffs": "neutral", "Suez": "neutral", "Veolia": "neutral",
                     "Mobilux": "positive", "But": "neutral", "Conforama": "neutral",
                     "Steinhoff International": "neutral", "CD&R": "neutral", "Tesco": "neutral"},
         events=["acquisition"]),

    dict(id="fr-latribune-gouvernance", lang="fr", date="2011-02 (approx., from the text)",
         url="https://www.latribune.fr/journal/edition-du-1502/industrie-services/1119242/des-changements-de-gouvernance-dans-la-continuite-.html",
         text="""Des changements de gouvernance dans la continuité

L'heure est aux nouvelles gouvernances pour plusieurs grands fleurons français. Avec un mot d'ordre, la continuité. Jeudi et vendredi derniers, trois entreprises du CAC 40 ont annoncé une modification de leur organisation. L'Oréalcute;al et France Télécome;lécom mettent fin à la séparation des fonctions entre un président du conseil d'administration et un directeur général. Jean-Paul Agon, jusqu'ici directeur général du groupe de cosmétiques, va devenir le 17 mars PDG, alors que l'actuel président, Lindsay Owen-Jones, conservera le titre honorifique de président d'honneur de L'Oréalcute;al.Même mouvement chez France Télécome;lécom. Le président du conseil d'administration a annoncé vendredi dans nos colonnes qu'il abandonnerait ses fonctions le 23 février, quatre mois avant l'expiration de son mandat. Là aussi, Stéphane Richard, directeur général, regroupera les deux fonctions et deviendra PDG du groupe.Changement en vue également chez Michelin. Mais dans le cas de cette société en commandite, la forme de la gouvernance n'est pas modifiée. L'actuel patron, Michel Rollier, gérant commandité, a en effet indiqué vendredi qu'il n'irait pas au terme de son mandat fixé à 72 ans (il en a 66). Il a ainsi décidé de proposer à l'assemblée générale du 13 mai la nomination de Jean-Dominique Senard, l'un des deux gérants non commandités.Autant de passages de témoins qui s'effectuent dans la continuité. Un climat très éloigné du sulfureux dossier de la succession d'Anne Lauvergeon à la tête d'Areva. F. G.
Commentaire 0

Votre email ne sera pas affiché publiquement.
Tous les champs sont obligatoires.

Il n'y a actuellement aucun commentaire concernant cet article.
Soyez le premier à donner votre avis !

-

Merci pour votre commentaire. Il sera visible prochainement sous réserve de validation.""",
         boiler=["Commentaire 0", "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obligatoires.",
                 "Il n'y a actuellement aucun commentaire concernant cet article.", "Soyez le premier à donner votre avis !",
                 "-", "Merci pour votre commentaire. Il sera visible prochainement sous réserve de validation."],
         ents="""ORG: L'Oréalcute;al | France Télécome;lécom | Michelin | Areva
MISC: CAC 40
PER: Jean-Paul Agon | Lindsay Owen-Jones | Stéphane Richard | Michel Rollier | Jean-Dominique Senard | Anne Lauvergeon""",
         sentiments={"L'Oréalcute;al": "neutral", "France Télécome;lécom": "neutral", "Michelin": "neutral", "Areva": "negative"},
         events=["leadership_change"]),

    dict(id="fr-suez-chaussade", lang="fr", date="2019-02-27",
         url="https://www.usinenouvelle.com/article/jean-louis-chaussade-va-devenir-president-de-suez-en-mai.N811685",
         text="""Jean-Louis Chaussade va devenir président de Suez en mai
Le 26 février, le conseil d'administration de Suez a nommé son nouveau président. Les administrateurs ont fait le choix de la continuité en désignant à l'unanimité Jean-Louis Chaussade, directeur général de l'entreprise depuis 2008. Ce dernier succédera à Gérard Mestrallet le 14 mai 2019.
Avec
\\ 10h24
Mis à jour 27 Févr. 2019
Avec
Mis à jour
27 février 2019
Suez a annoncé mardi 26 février que ses administrateurs avaient désigné à l'unanimité Jean-Louis Chaussade, directeur général depuis 2008, comme futur président du conseil d'administration.
Jean-Louis Chaussade à la présidence, Bertrand Camus à la direction générale
Jean-Louis Chaussade succédera donc à Gérard Mestrallet, atteint par la limite d'âge, le 14 mai 2019 à l'issue de l'assemblée générale, précise le numéro deux mondial du traitement de l'eau et des déchets.
VOS INDICES
source
Son mandat est toutefois limité à un an. Il arrivera en effet à échéance en même temps que son mandat actuel d'administrateur, lors de l'assemblée générale de mai 2020. "J'occuperai ces fonctions jusqu'au terme de mon mandat d'administrateur et le conseil décidera de ce qu'il veut faire ensuite", a souligné Jean-Louis Chaussade lors d'une présentation aux analystes.
Suez avait annoncé fin décembre 2018 la nomination de Bertrand Camus à la direction générale, Jean-Louis Chaussade étant atteint par la limite d'âge pour ce poste. Selon la presse, Isabelle Kocher, la directrice générale d'Engie - principal actionnaire de Suez avec 32% - veut éviter le risque que Jean-Louis Chaussade n'exerce trop longtemps une forme de tutelle sur Bertrand Camus.
"Une nouvelle période s'ouvre pour Suez"
"Avec la désignation de Bertrand Camus comme directeur général, une nouvelle période s’ouvre pour Suez", écrit le groupe dans un communiqué. "L’année qui vient va être marquée par sa prise de fonction et celle de l’é""",
         boiler=["Avec", "\\ 10h24", "Mis à jour 27 Févr. 2019", "Mis à jour", "27 février 2019", "VOS INDICES", "source"],
         ents="""ORG: Suez | Engie
PER: Jean-Louis Chaussade | Gérard Mestrallet | Bertrand Camus | Isabelle Kocher""",
         sentiments={"Suez": "neutral", "Engie": "neutral"},
         events=["leadership_change"]),

    dict(id="fr-reuters-renault-dg", lang="fr", date="2019-10-11",
         url="https://fr.reuters.com/article/companyNews/idFRP6N2610AR",
         text="""October 11, 2019 / 10:59 AM / 3 days ago

Renault-Délai incertain pour la nomination d'un nouveau DG - Senard

PARIS, 11 octobre (Reuters) - Le président de Renault , Jean-Dominique Senard, a dit ignorer vendredi quand serait nommé le prochain directeur général du groupe, après la révocation de Thierry Bolloré et la nomination de Clotilde Delbos comme directrice générale par intérim.

“Le délai pour nommer un ou une DG pour les années à venir est incertain et dépendra de la capacité à choisir la bonne personne”, a déclaré Jean-Dominique Senard lors d’une conférence de presse.

Clotilde Delbos devra tout faire pour que la transition se fasse dans la sérénité la plus totale, a-t-il ajouté.

Thierry Bolloré, 56 ans, était l’un des derniers hauts dirigeants incarnant les années Carlos Ghosn, dont l’arrestation au Japon a ébranlé Renault et son partenaire Nissan.

Jusqu’ici directeur général délégué, il avait été nommé en janvier directeur général de Renault pour maintenir, au côté du nouveau président Jean-Dominique Senard, le fil rouge opérationnel qu’il incarnait depuis début 2018.

“L’évolution de la direction d’aujourd’hui a été le fruit d’une longue réflexion chez Renault et chez Nissan”, a souligné Jean-Dominique Senard.

A propos de Thierry Bolloré, qui a dénoncé par avance jeudi dans Les Echos un “coup de force inquiétant”, le président de Renault a déclaré qu’il aurait préféré que Thierry Bolloré démissionne, mais qu’il respectait le choix de l’ancien DG, ajoutant que la décision de le révoquer avait été collégiale. (Gilles Guillaume, avec Jean-Stéphane Brosse, édité par Sophie Louet)

0 : 0
  • narrow-browser-and-phone
  • medium-browser-and-portrait-tablet
  • landscape-tablet
  • medium-wide-browser
  • wide-browser-and-larger
  • medium-browser-and-landscape-tablet
  • medium-wide-browser-and-larger
  • above-phone
  • portrait-tablet-a""",
         boiler=["October 11, 2019 / 10:59 AM / 3 days ago", "0 : 0", "• narrow-browser-and-phone",
                 "• medium-browser-and-portrait-tablet", "• landscape-tablet", "• medium-wide-browser",
                 "• wide-browser-and-larger", "• medium-browser-and-landscape-tablet",
                 "• medium-wide-browser-and-larger", "• above-phone", "• portrait-tablet-a"],
         ents="""ORG: Renault | Reuters | Nissan | Les Echos
PER: Senard#0 | Jean-Dominique Senard | Thierry Bolloré | Clotilde Delbos | Carlos Ghosn | Gilles Guillaume | Jean-Stéphane Brosse | Sophie Louet
LOC: PARIS | Japon""",
         sentiments={"Renault": "negative", "Nissan": "neutral"},
         events=["leadership_change"]),

    dict(id="fr-orpea-limoge-dg", lang="fr", date="2022-01",
         url="https://www.tf1info.fr/economie/scandale-des-maisons-de-retraite-le-groupe-orpea-limoge-son-dg-et-rebondit-apres-une-chute-en-bourse-de-50-2208740.html",
         text=""" date 2022-01 Le conseil d'administration de l'entreprise a annoncé dimanche soir le départ d'Yves Le Masne, salarié du groupe depuis 28 ans et directeur général depuis plus de dix ans. Il a été remplacé par Philippe Charrier, promu de président non exécutif à PDG.

Un nouveau patron chargé de "garantir que les meilleures pratiques sont appliquées dans toute l'entreprise et de faire toute la lumière sur les allégations" qui ébranlent depuis une semaine le groupe de 1156 établissements et plus de 116.000 lits dans 23 pays, indique le groupe dans un communiqué.""",
         ents="PER: Yves Le Masne | Philippe Charrier",
         events=["leadership_change"]),

    dict(id="fr-huffpost-renault-nominations", lang="fr", date="2019-01-24",
         url="https://www.huffpostmaghreb.com/entry/renault-deux-nominations-pour-remplacer-carlos-ghosn_mg_5c49b658e4b06ba6d3bae1f8",
         text="""24/01/2019 14h:25 CET | Actualisé 24/01/2019 14h:25 CET

Renault: Deux nominations pour remplacer Carlos Ghosn

Jean-Dominique Senard, président du groupe Michelin, et Thierry Bolloré, ancien directeur général adjoint.

ASSOCIATED PRESS
Jean-Dominique Senard, à gauche, a été élu président du conseil d'administration. Thierry Bolloré, lui, est nommé directeur général.

GHOSN - Dans la nuit de mercredi à jeudi, Carlos Ghosn, a démissionné de la présidence du groupe Renault, qu’il tenait depuis 2005. Le ministre français de l’Économie Bruno Le Maire avait affirmé que le nom de ses successeurs seraient annoncés aujourd’hui. C’est désormais chose faite. 

“Le conseil d’administration de Renault s’est réuni le 24 janvier 2019 à 10 heures sous la présidence de Philippe Lagayette, administrateur référent. Le conseil a pris acte de la démission de son actuel président-directeur-général. Il salue le parcours de l’Alliance qui lui a permis de se hisser au premier rang des constructeurs automobiles mondiaux”, souligne un communiqué du groupe en préambule.

Avant de désigner la succession, le conseil a pris une décision. Le poste de Carlos Ghosn sera désormais partagé en deux fonctions: celle de président du conseil et celle de directeur général. Pour la présidence, c’est Jean-Dominique Senard, actuel président du fabricant de pneumatique Michelin, qui a été élu. En plus des fonctions de coutume, il devra, “si nécessaire, faire évoluer la gouvernance de Renault afin notamment d’assurer la transition vers la nouvelle structure”, souligne le groupe.

L’autre poste sera assuré par Thierry Bolloré, qui était déjà directeur général adjoint de la marque au Losange. “Le directeur général coordonnera pour la société les activités de l’Alliance dans le domaine opérationnel sous l’autorité du président”.

Carlos Ghosn est incarcéré au Japon depuis le mois de novembre dernier. Il est soup""",
         boiler=["24/01/2019 14h:25 CET | Actualisé 24/01/2019 14h:25 CET",
                 "Jean-Dominique Senard, président du groupe Michelin, et Thierry Bolloré, ancien directeur général adjoint.",
                 "ASSOCIATED PRESS",
                 "Jean-Dominique Senard, à gauche, a été élu président du conseil d'administration. Thierry Bolloré, lui, est nommé directeur général."],
         ents="""ORG: Renault | Michelin | Alliance
PER: Carlos Ghosn | GHOSN | Jean-Dominique Senard | Thierry Bolloré | Bruno Le Maire | Philippe Lagayette
LOC: Japon""",
         sentiments={"Renault": "neutral", "Michelin": "neutral"},
         events=["leadership_change"]),

    dict(id="fr-engie-bicephale", lang="fr", date="2018-02-04",
         url="https://www.boursorama.com/bourse/actualites/engie-enterine-la-direction-bicephale-cherche-un-president-51f609d8095b957a564f7411ab105b11",
         text="""PARIS, 4 février (Reuters) - La direction d'Engie ENGIE.PA
restera bicéphale après le départ de son président Gérard
Mestrallet au mois de mai, a officiellement annoncé le conseil
d'administration du groupe énergétique, indiquant que la
succession était ouverte.
Selon BFM Business, quatre candidats sont en lice pour faire
équipe avec la directrice générale Isabelle Kocher et le choix
devrait intervenir d'ici la mi-février.
"Au cours de sa séance du 2 février, le conseil
d'administration d'Engie, à l'unanimité, a confirmé
l'orientation retenue lors de sa séance du 13 décembre dernier
et décidé le maintien de la gouvernance dissociée adoptée en
2016", a fait savoir dans un communiqué l'entreprise, dont
l'Etat français détient 24,1% du capital.
Le ministre de l'Economie Bruno Le Maire avait vendu la
mèche le 21 janvier, après des spéculations sur une candidature
d'Isabelle Kocher à une double casquette.
PDG d'Engie pendant huit ans, Gérard Mestrallet a cédé la
direction générale du groupe en 2016 à Isabelle Kocher car il
avait atteint la limite d'âge, tout en restant pour deux ans
président du conseil d'administration.
"La présidence de Gérard Mestrallet prendra fin lors de
l'assemblée générale du 18 mai 2018 au cours de laquelle sera
soumise aux actionnaires la désignation d'un nouvel
administrateur indépendant en vue de sa nomination à la
présidence du groupe", écrit le conseil d'Engie.
"Le choix proposé aura pour principal objectif le
fonctionnement efficace des instances de gouvernance du groupe
et le soutien à l'action de sa dirigeante exécutive",
ajoute-t-il en réitérant "sa pleine confiance" à Isabelle
Kocher.
Selon BFM, les quatre candidats pressentis sont : Fabrice
Brégier, numéro deux d'Airbus AIR.PA jusqu'à ce mois-ci et
déjà administrateur d'Engie, Jean-Pierre Clamadieu, directeur
général du groupe de chimie Solvay SOLB.BR , Frédéric Lemoine,
président du directoire de la société d'investis""",
         ents="""ORG: Engie | Reuters | BFM Business | BFM | Airbus | Solvay
PER: Gérard Mestrallet | Gérard\\nMestrallet | Isabelle Kocher | Isabelle\\nKocher | Fabrice\\nBrégier | Bruno Le Maire | Jean-Pierre Clamadieu | Frédéric Lemoine
LOC: PARIS""",
         sentiments={"Engie": "neutral", "Airbus": "neutral", "Solvay": "neutral"},
         events=["leadership_change"]),

    dict(id="fr-dark-levee", lang="fr", date="2023 (approx.)",
         url="https://moneynewsbytsarina.com/new-space-dark-se-rearme-aupres-dun-fonds-americain",
         text="""[ad_1]
Les start-up et investisseurs américains ont une belle longueur d’avance dans le « New Space ». Cela ne signifie pas que les jeunes pousses européennes n’ont pas leur mot à dire. Mais mieux vaut, pour elles, tisser vite des liens de l’autre côté de l’Atlantique pour préparer l’avenir.
C’est ce que vient de faire Dark. La société française spécialisée dans la défense orbitale a réalisé une extension de sa levée de fonds d’amorçage, en faisant entrer le fonds Long Journey à son capital. L’opération, d’un montant de six millions de dollars, a été menée par Arielle Zuckerberg, qui n’est autre que la soeur du patron de Meta (ex-Facebook). Au total, le tour de table s’élève à 11 millions de dollars.
[ad_2]
Source link""",
         boiler=["[ad_1]", "[ad_2]", "Source link"],
         ents="""ORG: Dark | Long Journey | Meta | Facebook
PER: Arielle Zuckerberg
MISC: New Space
LOC: Atlantique""",
         sentiments={"Dark": "positive", "Long Journey": "neutral", "Meta": "neutral"},
         events=["funding"]),

    dict(id="fr-exotrail-levee", lang="fr", date="2023-02 (approx., from the text)",
         url="https://www.linfodurable.fr/spatial-la-start-exotrail-leve-54-millions-deuros-36763",
         text="""La start-up française Exotrail, qui propose des services de mobilité dans l'espace, a annoncé mardi avoir réalisé une levée de fonds de 54 millions d'euros pour industrialiser ses produits et en mettre de nouveaux sur le marché.
L'opération a été menée avec l'appui de Bpifrance, via ses fonds SPI et FDI dédiés à la réindustrialisation et à l'innovation de défense, ainsi qu'avec la société d'investissement Eurazeo et la société d'ingénierie logicielle Celad. Tous les investisseurs initiaux ont également participé.
Pour Paul-François Fournier, directeur exécutif Innovation chez Bpifrance, c'est une levée de fonds "emblématique", "à un moment où la tech est un peu sous tension au niveau mondial, qui montre que la France est assez résiliente".
Une entreprise comme Exotrail est "au coeur du plan Deeptech" visant à l'émergence de nouveaux acteurs porteurs d'innovation de rupture, explique-t-il à l'AFP. Et la start-up, qui entend développer son usine de production et se positionne sur les questions de souveraineté technologique, correspond également aux ambitions de réindustrialisation promues par les autorités.
"Notre écosystème n'est pas encore complètement mature sur la deeptech mais il y a trois-quatre ans, on n'aurait jamais imaginé une levée d'un cinquantaine de millions d'euros sur un sujet comme ça".
"On n'est plus dans la phase d'amorçage, on a plus d'une vingtaine de clients et commence à générer plusieurs millions d'euros de revenus et ça s'accélère", affirme pour sa part le PDG d'Exotrail Jean-Luc Maria.
Créée en 2017, Exotrail, qui avait jusqu'ici levé 18 millions d'euros, produit des propulseurs pour petits satellites et a conçu un logiciel de conception de mission permettant à un opérateur de définir le satellite dont il a besoin selon l'usage qu'il veut en avoir.
Cet apport d'argent frais doit lui permettre d'étendre sa capacité de production de moteurs et de mettre sur le marché son logiciel d'o""",
         ents="""ORG: Exotrail | Bpifrance | SPI | FDI | Eurazeo | Celad | AFP
PER: Paul-François Fournier | Jean-Luc Maria
LOC: France
MISC: Deeptech""",
         sentiments={"Exotrail": "positive", "Bpifrance": "neutral", "Eurazeo": "neutral", "Celad": "neutral"},
         events=["funding"]),

    dict(id="fr-voi-levee", lang="fr", date="2021-11 (approx.)",
         url="https://frenchweb.fr/?p=431130",
         text="""[SERIE D] Trottinettes électriques: le Suédois Voi lève 115 millions de dollars
Avec notre partenaire Junto, spécialiste de la performance média, découvrez l'actualité des levées de fonds
La start-up suédoise Voi, qui propose des trottinettes et vélos en libre-service, a annoncé mardi avoir levé 115 millions de dollars pour améliorer son infrastructure et étendre son réseau. Cette levée de fonds de série D -le cinquième tour de table- porte à 160 millions de dollars les capitaux levés cette année, soit 430 millions depuis sa fondation il y a trois ans, a indiqué l’entreprise dans un communiqué.
« Expansion sur de nouveaux marchés européens »
Voi, un grand nom du marché en Europe, souligne avoir augmenté son chiffre d’affaires de 140% cette année, sans autre précision. L’entreprise est présente dans plus de 70 villes dans 11 pays (en France à Bordeaux et Marseille). « Voi a battu ses pairs pour atteindre la rentabilité opérationnelle à l’échelle de l’entreprise au cours de l’été 2020 et a continué à améliorer ses marges brutes et le nombre de trajets en trottinettes lors de son expansion sur de nouveaux marchés en 2021 », se vante la start-up dans son communiqué.
Les fonds levés seront investis dans « l’expansion sur de nouveaux marchés européens », l’ajout de vélos électriques et l’arrivée de son dernier modèle de trottinette, la « Voiager 5 », selon le communiqué. L’entreprise suédoise dit acheter ses vélos électriques en Europe et « a l’intention d’acheter ses trottinettes électriques localement, dès que cela sera possible ». « D’ici 2023 également, Voi n’utilisera que des batteries produites en Europe, ce qui permettra de réduire de 50% l’empreinte carbone », a-t-elle ajouté. L’investissement est mené par la banque américaine Raine Group et le fonds suédois VNV Global.
L'actualité des levées de fonds vous est présentée en partenariat avec Junto
AFP""",
         boiler=["Avec notre partenaire Junto, spécialiste de la performance média, découvrez l'actualité des levées de fonds",
                 "L'actualité des levées de fonds vous est présentée en partenariat avec Junto", "AFP"],
         ents="""ORG: Voi | Raine Group | VNV Global
LOC: Europe | France | Bordeaux | Marseille
MISC: Voiager 5""",
         sentiments={"Voi": "positive", "Raine Group": "neutral", "VNV Global": "neutral"},
         events=["funding", "expansion"]),

    dict(id="fr-verkor-levee", lang="fr", date="2023-09-14",
         url="https://moneynewsbytsarina.com/automobile-verkor-rassemble-2-milliards-deuros-pour-construire-son-usine-de-batteries-a-dunkerque",
         text="""[ad_1]
Publié le 14 sept. 2023 à 7:00Mis à jour le 14 sept. 2023 à 16:02
Dire que l’année 2023 n’est pas favorable aux levées de fonds est un euphémisme, mais Verkor a réussi malgré tout à se donner les moyens de ses ambitions. La jeune pousse grenobloise a annoncé jeudi matin avoir réuni « plus de 2 milliards d’euros », dont 850 millions en apport de capital, pour assurer la construction à Dunkerque de la gigafactory de batteries qui doit approvisionner le groupe Renault pour certains de ses futurs modèles électriques. Il s’agit, à ce jour, de la plus importante levée de fonds d’une start-up française.
« Nous sommes heureux et fiers de la confiance des investisseurs », se félicite auprès des « Echos » Benoit Lemaignan, le directeur général de Verkor. « Ce sont de très belles références qui s’engagent avec nous », ajoute-t-il. L’opération amène en effet plusieurs nouveaux entrants dans le tour de table, dont des gestionnaires d’infrastructures renommés.
[ad_2]
Source link""",
         boiler=["[ad_1]", "Publié le 14 sept. 2023 à 7:00Mis à jour le 14 sept. 2023 à 16:02", "[ad_2]", "Source link"],
         ents="""ORG: Verkor | Renault | Echos
PER: Benoit Lemaignan
LOC: Dunkerque""",
         sentiments={"Verkor": "positive", "Renault": "neutral"},
         events=["funding"]),

    dict(id="fr-rtl-compote", lang="fr", date="2019-12-18",
         url="https://www.rtl.fr/actu/debats-societe/six-fabricants-de-compotes-dont-andros-et-materne-condamnes-pour-entente-sur-les-prix-7799734419",
         text=""" date 2019-12 publié le 18/12/2019 à 15:42

Le "cartel de la compote française" s'est fait épingler. Mercredi 18 décembre, l'Autorité de concurrence a sanctionné six industriels de la compote, dont Andros et Lactalis, leur infligeant une amende de 58,3 millions d'euros. De même pour les émetteurs de titres de restaurants qui eux ont été sanctionnés par une amende de 414,7 millions d'euros.

Le motif : "Entente sur les prix et répartition de marchés". Ces sanctions qui frappent des "cartels de grande envergure", portent à plus de 480 millions d'euros le montant total des amendes infligées depuis janvier, sur des secteurs très divers, du transport routier à la boulangerie, en passant par les professions réglementées des architectes ou des notaires, a détaillé la présidente de l'Autorité, Isabelle de Silva lors d'une conférence de presse.

Sur le secteur des titres restaurant, les 414 millions d'euros d'amendes représentent la 3e sanction la plus élevée prononcée depuis 2009 par l'Autorité de la concurrence. Parmi les entreprises, Edenred a été sanctionné le plus lourdement avec une amende de 157 millions d'euros. On retrouve également Sodexo, Andros, Materne et Lactalis.

Ces entreprises ont été épinglées pour une entente portant sur des échanges d'informations, autrement dit en se communiquaient leurs parts de marché mensuelles respectives, et un "verrouillage" du marché des titres restaurant dans le but de freiner la dématérialisation de ces derniers.""",
         boiler=["date 2019-12 publié le 18/12/2019 à 15:42"],
         ents="""ORG: Autorité de concurrence | Autorité de la concurrence | Autorité | Andros | Lactalis | Edenred | Sodexo | Materne
PER: Isabelle de Silva""",
         sentiments={"Andros": "negative", "Lactalis": "negative", "Edenred": "negative", "Sodexo": "negative",
                     "Materne": "negative"},
         events=["legal"]),

    dict(id="fr-lnt-tesla-model-y", lang="fr", date="2019-03",
         url="https://lnt.ma/tesla-va-devoiler-tres-attendu-model-y-14-mars/",
         text=""" date 2019-03 PARTAGER Tesla va dévoiler son très attendu Model Y le 14 mars

Le constructeur de véhicules électriques Tesla va dévoiler son très attendu Model Y, un 4X4 de loisir, à la mi-mars, a indiqué son PDG Elon Musk dimanche, quelques jours après la commercialisation d’une version moins chère de la Model 3.

Ce nouveau véhicule de type SUV, qui fait l’objet de spéculations depuis des mois, sera présenté à Los Angeles le 14 mars, a indiqué le patron de Tesla sur Twitter.

« Le Model Y, étant un SUV, sera 10% plus gros que le Model 3, il coûtera donc 10% de plus », a précisé M. Musk, ajoutant que les détails sur les spécificités techniques et le prix de ce nouveau véhicule seront livrés prochainement.

Cette annonce était accueillie plutôt tièdement à Wall Street lundi: le titre de Tesla reculait de 2,96% vers 16H30 GMT.

L’annonce de M. Musk est survenue trois jours après que le groupe a lancé une version moins chère de sa Model 3, voiture censée transformer le constructeur de véhicules électriques de niche en groupe industriel. Mais à 35.000 dollars, la Model 3 va rogner les marges de Tesla.

Dans la foulée de cette annonce, le titre de la société avait perdu vendredi près de 8% à la Bourse de New York.

Sur Twitter, M. Musk n’a pas précisé dimanche si le prix supérieur de 10% de la Model Y sur la Model 3 prenait pour référence le véhicule à 35.000 dollars ou non.

Le constructeur de véhicules électriques a également annoncé en fin de semaine dernière un changement dans son modèle de distribution.

Il vendra désormais ses voitures directement en ligne et va par conséquent fermer des boutiques à travers le monde, n’en gardant plus qu’un « petit nombre » qui seront transformées en « galeries » ou points d’information sur les technologies autonomes et électriques.""",
         ents="""ORG: Tesla | Twitter
MISC: Model Y | Model 3
PER: Elon Musk | Musk
LOC: Los Angeles | Wall Street | New York""",
         sentiments={"Tesla": "negative", "Twitter": "neutral"},
         events=["product_launch"]),

    dict(id="fr-vidostream-cybertruck", lang="fr", date="2023-11-30 (from the text)",
         url="https://vidostream.com/fr/news/business/tesla-cybertruck-le-pick-up-electrique-de-l-entreprise-d-elon-musk-commercialise-des-ce-jeudi-86.html",
         text="""This article is more than
1 year oldIl est prêt. Le Cybertruck, le véhicule utilitaire électrique produit par le constructeur Tesla, va être livré à partir de ce jeudi 30 novembre 2023 aux États-Unis, a annoncé Elon Musk.
Face à des rivaux déjà positionnés sur ce marché (notamment Rivian, mais aussi General Motors ou Ford), le chef d’entreprise et milliardaire veut reprendre la main avec le lancement de ce premier pick-up électrique, objet futuriste qui tranche dans le paysage automobile avec sa carrosserie composée de plaques d’acier inoxydable.
Le véhicule se veut un croisement entre un modèle du film Blade Runner (1982) et la Wet Nellie, véhicule amphibie inspiré de la Lotus Esprit, vue dans L’espion qui m’aimait (1977), a commenté Elon Musk, dans des propos rapportés par l’AFP.
Très prisé de la clientèle américaine, les pick-up sont des voitures sur lesquelles les constructeurs réalisent les marges parmi les plus importantes.
Le Cybertruck est un produit spécial, de ceux qu'on ne voit que rarement et qui sont très difficiles à lancer sur le marché, à vendre en quantité, à faire prospérer.
Elon Musk
Si Tesla n’a pas encore communiqué de prix de vente, le chiffre de 50 000 dollars (plus de 45 000 euros) pour la version de base est évoqué, soit un tarif équivalent au F-150 Lightning de Ford, lancé il y a plus de 18 mois et qui cartonne aux États-Unis.
Le Cybertruck affiche une autonomie de 400 à 800 km selon les modèles et une capacité de traction de plus de six tonnes. Et le carnet de commandes aurait déjà dépassé le million. Elon Musk prévoit d’atteindre une production de 250 000 exemplaires en 2025.
Avec AFP
Articles plus récents
<p>Volodymyr Zelensky s'inquiète de la présence de ces renforts étrangers près de la ligne de front, et de l'absence de réponse de ses...""",
         boiler=["This article is more than", "Avec AFP", "Articles plus récents",
                 "<p>Volodymyr Zelensky s'inquiète de la présence de ces renforts étrangers près de la ligne de front, et de l'absence de réponse de ses..."],
         ents="""ORG: Tesla | Rivian | General Motors | Ford | AFP
MISC: Cybertruck | Blade Runner | Wet Nellie | Lotus Esprit | L’espion qui m’aimait | F-150 Lightning
PER: Elon Musk
LOC: États-Unis""",
         sentiments={"Tesla": "positive", "Rivian": "neutral", "General Motors": "neutral", "Ford": "positive"},
         events=["product_launch"]),

    dict(id="fr-touleco-airbus", lang="fr", date="2020-07-02 (from the text)",
         url="https://www.touleco.fr/Airbus-detaille-son-plan-social-3878-postes-supprimes-a-Toulouse,29169",
         text="""« Aujourd’hui, on se rend compte de l’impact de ce plan. C’est un coup de massue, c’est un cataclysme qui s’annonce pour l’automne ». Jean-François Knepper est sonné. A l’issue d’un comité de groupe qui s’est déroulé ce jeudi 2 juillet à Toulouse, le délégué syndical central Force Ouvrière a énuméré à la presse les suppressions de poste envisagées site par site et filiale, en France.
« Derrière des chiffres il (...)
La lecture de cet article est réservée aux abonnés :""",
         boiler=["La lecture de cet article est réservée aux abonnés :"],
         ents="""ORG: Force Ouvrière
PER: Jean-François Knepper
LOC: Toulouse | France""",
         events=["layoffs"]),

    dict(id="fr-qapa-ibm", lang="fr", date="n.d. (page undated)",
         url="https://www.qapa.fr/news/ibm-france-1-400-postes-menaces/",
         text="""Un plan de suppression devrait être prochainement annoncé par le groupe. Entre 1200 et 1400 postes seraient susceptibles d’être concernés en France. (source AFP / CFDT)

Ce plan représente environ 14% des effectifs du groupe en France. Les départs s’étaleraient sur deux ans, ce qui pourrait permettre un plan de départs volontaires, et ainsi éviter le plan social. Pour l’instant, aucune annonce officielle n’a été effectuée.

Previous post

Mon meilleur conseil pour trouver un job

Next post

Oscar Bac+5, Chômeur""",
         boiler=["Previous post", "Mon meilleur conseil pour trouver un job", "Next post", "Oscar Bac+5, Chômeur"],
         ents="ORG: AFP | CFDT\nLOC: France",
         events=[]),

    dict(id="fr-neuf-cegetel", lang="fr", date="2005-09-23",
         url="http://comitedentreprise.com/2005/09/23/neuf-cegetel-taille-fortement-dans-ses-effectifs",
         text="""Selon les syndicats du groupe, 945 postes vont être supprimés, avec 721 licenciements, touchant près d’un quart des effectifs. La direction affirme qu’il n’y aura que 661 suppressions de postes, sans licenciements.
La suite de l’article sur latribune.fr""",
         boiler=["La suite de l’article sur latribune.fr"],
         events=["layoffs"]),

    dict(id="fr-sfr-greve", lang="fr", date="2016-09",
         url="http://cfe-cgcdethalescommunications.blogspot.com/2016/09/journee-de-greve-ce-mardi-sfr-contre-la.html",
         text="""Les organisations syndicales CGT et CFE-CGC appellent les salariés du groupe à une journée d'action « pour la défense de l’emploi, l’amélioration des conditions de travail et la qualité du service rendu à la population ». Elles dénoncent le projet de la direction de supprimer 5 000 emplois, soit un tiers des effectifs d'ici l'été 2017.
Aucun commentaire:
Enregistrer un commentaire""",
         boiler=["Aucun commentaire:", "Enregistrer un commentaire"],
         ents="ORG: CGT | CFE-CGC",
         events=["layoffs"]),

    dict(id="fr-latribune-eiffage-essilor", lang="fr", date="2008 (approx., from the URL)",
         url="https://www.latribune.fr/archives/2008/IDFDB746365D80000AC125744A003C42EE/eiffage-et-essilor-preparent-la-succession-de-leurs-dirigeants.html",
         text="""Eiffage et Essilor préparent la succession de leurs dirigeants

Le PDG du groupe de BTP Eiffage, Jean-François Roverato, s'est finalement choisi un dauphin en interne, François Massé, jusqu'ici à la tête d'Eiffage Construction. Chez Essilor, Hubert Sagnières pourrait d'ici deux à trois ans succéder à Xavier Fontanet, l'actuel PDG.

Préparer une succession au sein des groupes n'est pas chose aisée. Si chez Axa, la passation de pouvoir entre Claude Bébéar et Henri de Castries, chez l'Oréal entre Lindsey Owen Jones et Jean-Paul Agon et chez Lafarge entre Bertrand Collomb et Bruno Lafont sont des modèles du genre, à l'inverse d'autres ont été plutôt mal gérées. Cela a été notamment le cas chez Vinci: Antoine Zaccharias, patron du groupe, a eu bien du mal à abandonner son poste au profit de son directeur général Xavier Huillard.

Chez Eiffage, la succession du PDG Jean-François Roverato prend plus de temps que prévu. Alors qu'il avait désigné l'an dernier son successeur en la personne de Benoit Heitz, ce dernier avait brusquement démissioné en fin d'année.

Jean-François Roverato, 63 ans, depuis plus de 20 ans à la tête du groupe, a finalement opté pour une solution interne alors qu'il avait laissé entendre après l'épisode Heitz que son successeur serait extérieur à Eiffage. Or c'est François Massé qui vient d'être désigné comme directeur général adjoint, ce jeudi lors d'un conseil d'administration, a indiqué le groupe dans un communiqué.

François Massé est le "+coadjuteur+" évoqué par Jean-François Roverato pour lui succéder, a précisé à l'Agence France Presse (AFP) un porte-parole du groupe, sans donner de date. Fin février, Jean-François Roverato avait annoncé qu'un "coadjuteur" serait nommé d'ici l'été pour lui succéder. Selon le processus choisi par le PDG, le dauphin devrait devenir directeur général puis PDG. Entré chez Fougerolle (devenu Eiffage) en 1976, François Massé, centralien de 56 an""",
         ents="""ORG: Eiffage Construction | Eiffage | Essilor | Axa | l'Oréal | Lafarge | Vinci | Agence France Presse | AFP | Fougerolle
PER: Jean-François Roverato | François Massé | Hubert Sagnières | Xavier Fontanet | Claude Bébéar | Henri de Castries | Lindsey Owen Jones | Jean-Paul Agon | Bertrand Collomb | Bruno Lafont | Antoine Zaccharias | Xavier Huillard | Benoit Heitz | Heitz""",
         sentiments={"Eiffage": "neutral", "Essilor": "neutral", "Axa": "neutral", "L'Oréal": "neutral",
                     "Lafarge": "neutral", "Vinci": "negative", "Fougerolle": "neutral"},
         events=["leadership_change"]),

    dict(id="fr-francetvinfo-amendes-2017", lang="fr", date="2018-06-25 (from the text)",
         url="https://francetvinfo.fr/economie/500-millions-d-euros-d-amendes-ont-ete-infliges-par-l-autorite-de-la-concurrence-en-2017_2818591.html",
         text="""500 millions d'euros d'amendes ont été infligés par l'Autorité de la concurrence en 2017
Parmi les entreprises sanctionnées par l'Autorité de la concurrence, on retrouve le groupe energétique Engie mais aussi le leader français de la boule de pétanque Obut.
De nombreuses entreprises ont été sanctionnées en 2017 pour ententes illégales ou abus de position dominante, selon le bilan annuel de l'Autorité de la concurrence, dévoilé lundi 25 juin. Conséquence : le gendarme du secteur a infligé 500 millions d'euros d'amendes l'an dernier. Il ne s'agit pas d'un record : en 2015, les amendes s'étaient élevées à plus de 1 milliard 200 millions d'euros.
Énergie, loisirs, industrie : tous les secteurs sont concernés
En 2017, l'Autorité de la concurrence a particulièrement sanctionné trois fabricants de sol en lino. Après six ans d'enquête, les entreprises Gerflor, Forbo et Tarkett ont reçu une amende de 302 millions d'euros pour des ententes illégales. De hauts responsables de chaque fabricant se retrouvaient secrètement dans des hôtels. Ils s'accordaient sur les prix et les stratégies à adopter face aux concurrents. Ces pratiques ont duré près de 20 ans.
Engie a également été sanctionné pour abus de position dominante. Le groupe énergétique doit payer 100 millions d'euros pour avoir incité ses clients à basculer sur des offres non réglementées de gaz et d'électricité. Le discours commercial de l'entreprise était parfois trompeur et pas suffisamment transparent.
Enfin, le secteur des loisirs n'échappe pas aux sanctions : le fabricant de boule de pétanque Obut a été condamné à payer 320 000 euros d'amende. Le leader en France imposait ses prix à des milliers de distributeurs pendant sept ans. Les réfractaires étaient menacés de représailles commerciales.
Commentaires
Connectez-vous à votre compte franceinfo pour participer à la conversation.""",
         boiler=["Commentaires", "Connectez-vous à votre compte franceinfo pour participer à la conversation."],
         ents="""ORG: Autorité de la concurrence | Engie | Obut | Gerflor | Forbo | Tarkett
LOC: France""",
         sentiments={"Engie": "negative", "Obut": "negative", "Gerflor": "negative", "Forbo": "negative",
                     "Tarkett": "negative"},
         events=["legal"]),

    dict(id="fr-lematin-tesla-model-y", lang="fr", date="2019-03-15 (approx.)",
         url="https://www.lematin.ch/auto-moto/Tesla-devoile-son-SUV-sept-places-a-40-000-dollars/story/14157849",
         text=""" date 2019-03 Tesla a dévoilé jeudi son très attendu Model Y, un 4x4 de loisirs sept places, nouveau véhicule promis pour concurrencer en 2020 les nombreux SUV haut de gamme des constructeurs allemands en particulier.

«Elle a les caractéristiques d'un SUV mais se conduit comme une voiture de sport», a affirmé le médiatique patron de Tesla, Elon Musk, tout de noir vêtu, lors d'un show organisé dans ses locaux d'Hawthorne près de Los Angeles, devant des centaines de salairés de groupe, portant vestes et t-shirts siglés Tesla.

Il y a dévoilé un exemplaire bleu métallisé de Model Y, SUV de taille moyenne à toit entièrement vitré. S'il peut accueillir sept passagers, le design ressemble à un condensé du reste de la gamme, les modèles S, X et 3.

Autonomie de 480 km

Les livraisons sont prévues à partir l'automne 2020, à 47'000 dollars (à peine plus en francs) avec une autonomie de 300 miles (482 km). Le modèle Standard (230 miles, 370 km) sera disponible à 39'000 dollars au printemps 2021, a précisé Elon Musk. Deux autres variantes, à motorisations plus puissantes, seront vendues à 51'000 et 60'000 dollars à l'automne 2020.

Ce véhicule faisait l'objet de spéculations depuis des mois sur son design, son prix, sa date de commercialisation. Reste à savoir si Tesla trouvera un marché pour ce nouveau modèle dans un marché du 4x4 de loisir de luxe largement saturé, de Porsche à Mercedes ou Audi.

Tesla, qui vient de dévoiler enfin la version la moins chère (35'000 dollars) de sa Model 3, est toujours en pleine incertitude sur sa stratégie et ses capacités de production. Incertitude aussi au sujet de son fantasque patron Elon Musk, engagé dans un bras de fer avec le gendarme américain de la Bourse, la SEC, qui veut le poursuivre en justice pour des tweets intempestifs qu'elle juge trompeurs pour les investisseurs.

Les voitures de Tesla poss""",
         ents="""ORG: Tesla | Porsche | Mercedes | Audi | SEC
MISC: Model Y | Model 3
PER: Elon Musk
LOC: Hawthorne | Los Angeles""",
         sentiments={"Tesla": "mixed", "Porsche": "neutral", "Mercedes": "neutral", "Audi": "neutral"},
         events=["product_launch"]),

    dict(id="fr-oise-seabubble", lang="fr", date="2017 (approx.)",
         url="https://oise-media.fr/seabubble-limpressionnante-levee-de-fonds-taxis-volants-seabubble",
         text="""Alors que les taxis volants de SeaBubble s’apprêtent à débarquer à Paris pour des phases de test, le concept semble d’ores et déjà avoir convaincu les investisseurs. C’est ce qu’a confirmé Alain Thébault, le fondateur de l’entreprise, sur BFM Business mardi. "L’an dernier, on a levé 10 millions d’euros, et là on boucle une levée de fonds de 100 millions d’euros pour l’industrialisation avec un grand acteur français", a-t-il ainsi annoncé dans l’émission Tech&Co. Une opération qui devrait se terminer "dans une ou deux semaines", selon lui.
"On a créé cette start-up il y a un an, elle est stable, elle "vole" parfaitement, donc on accélère", s’est félicité l’ancien navigateur, désormais entrepreneur. AFP""",
         ents="""ORG: SeaBubble | BFM Business | AFP
PER: Alain Thébault
LOC: Paris
MISC: Tech&Co""",
         sentiments={"SeaBubble": "positive"},
         events=["funding"]),
]
