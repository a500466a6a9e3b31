"""More French real business articles, added after the first split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules). Found with
the same stored public pages as the first set, by topic (results, contracts, fines, fund raising,
leadership changes, acquisitions), skipping pages whose text never names the company.
"""

ARTICLES = [
    dict(id="fr2-actia-avertissement", lang="fr", split="dev",
         date="2024-10 (approx., from the text: nine-month sales, annual warning)",
         url="https://app.placement.meilleurtaux.com/la-valeur-dans-le-dur-actia-1000004969.html",
         text="""Cette semaine, Actia a rencontré d’importantes difficultés, reflétant les problématiques du secteur automobile, qui représente 77,0% de son activité. Mercredi, le groupe a annoncé un chiffre d’affaires trimestriel de 114,1 M€, en recul de -16,2%. Sur les neuf premiers mois de l’année, l’activité affiche une baisse de -7,4%, à 393,5 M€. La division Mobility, qui a généré 91,2 M€ sur le trimestre, subit une décroissance marquée de -29,7%, impactée par le ralentissement du marché automobile, particulièrement en Europe. La contre-performance de cette division, en raison de son poids dans l’activité totale du groupe, masque la croissance enregistrée dans les trois autres divisions : Aerospace (+35,8%), Energy (+30,0%) et Engineering Services (+27,2%).
Dans ce contexte, la baisse des volumes chez les clients finaux a conduit Actia à émettre un avertissement sur ses prévisions annuelles de chiffre d’affaires. Celui-ci est désormais estimé entre 520 M€ et 530 M€, soit une contraction de -8% à -10%, contre une baisse de -5% initialement prévue. Cette annonce a été reçue négativement par le marché, entraînant une chute de -15,7% du cours de l’action sur la semaine.
Inscrivez-vous ou inscrivez un ami à la newsletter d'Euroland Corporate""",
         boiler=["Inscrivez-vous ou inscrivez un ami à la newsletter d'Euroland Corporate"],
         ents="ORG: Actia\nLOC: Europe",
         sentiments={"Actia": "negative"},
         events=["earnings"]),

    dict(id="fr2-europe1-dassault-inde", lang="fr", split="dev", date="2012-01-31 (from the text: Rafale chosen by India)",
         url="https://www.europe1.fr/economie/Bourse-Dassault-grimpe-de-pres-de-20-733666",
         text="""Bourse : Dassault grimpe de près de 20%

  • Copié
avec AFP

Le titre du groupe français Dassault Aviation bondissait de plus de 20% mardi en début d'après-midi, après avoir remporté un contrat de vente de ses avions de chasse Rafale en Inde.

A 13H42 (12H42 GMT), la valeur prenait 21,72% à 774,94 euros, tandis que le CAC 40 gagnait 1,52%. Le secrétaire d'Etat au Commerce extérieur Pierre Lellouche a confirmé le succès de Dassault Aviation tout en indiquant qu'il restait "à finaliser un certain nombre de choses".""",
         boiler=["• Copié", "avec AFP"],
         ents="ORG: Dassault Aviation | Dassault\nPER: Pierre Lellouche\nLOC: Inde\nMISC: Rafale",
         sentiments={"Dassault Aviation": "positive"},
         events=["partnership"]),

    dict(id="fr2-boursorama-caterpillar", lang="fr", split="dev", date="2022-11-04",
         url="https://www.boursorama.com/bourse/actualites/caterpillar-le-titre-monte-grosse-commande-du-pentagone-52da851c7ec8abf2311800b47b712da9",
         text=""" date 2022-11 Connectez-vous pour conserver cet article et le lire plus tard. Connexion membre Connexion client Caterpillar: le titre monte, grosse commande du Pentagone information fournie par Cercle Finance • 04/11/2022 à 15:01









(CercleFinance.com) - Caterpillar signe vendredi l'une des plus fortes hausses de l'indice Dow Jones après avoir remporté un contrat de 1,28 milliards de dollars auprès de l'Agence américaine de logistique de la défense (DLA).



Dans un avis publié sur son site Internet, le Département de la Défense a annoncé hier soir la conclusion d'un contrat avec le fabricant d'engins de chantier portant sur la fourniture d'équipements de construction.



Ce matériel est destiné aux forces armées américaines, à savoir l'armée de terre, la marine (Navy) l'armée de l'air et les Marine Corps, précise le Pentagone dans son communiqué.



La transaction a fait l'objet d'un appel d'offres auquel ont participé trois sociétés, ajoute Washington.



Ce contrat court sur une durée de cinq ans, c'est-à-dire jusqu'en octobre 2027.



Le titre grimpait de 3,8% vendredi matin suite à cette annonce.





Valeurs associées CATERPILLAR Euronext Paris +8.33% CATERPILLAR NYSE +4.74%""",
         boiler=["date 2022-11 Connectez-vous pour conserver cet article et le lire plus tard. Connexion membre Connexion client Caterpillar: le titre monte, grosse commande du Pentagone information fournie par Cercle Finance • 04/11/2022 à 15:01",
                 "Valeurs associées CATERPILLAR Euronext Paris +8.33% CATERPILLAR NYSE +4.74%"],
         ents="""ORG: CercleFinance.com | Caterpillar | Agence américaine de logistique de la défense | DLA | Département de la Défense | Pentagone | Navy | Marine Corps
MISC: Dow Jones
LOC: Washington""",
         sentiments={"Caterpillar": "positive"},
         events=["partnership"]),

    dict(id="fr2-zonebourse-eca-contrat", lang="fr", split="dev", date="2019-03-19",
         url="https://www.zonebourse.com/ECA-5127/actualite/ECA-decolle-de-35-apres-l-annonce-d-un-mega-contrat-28190486/?utm_medium=RSS&utm_content=20190319",
         text=""" date 2019-03 19/03/2019 | 09:53

L'action ECA décollait de plus de 35% à la Bourse de Paris après l'annonce d'un méga-contrat d'environ 450 millions d'euros sur dix ans par le marine belge.



A titre de comparaison, en 2018, le CA de la filiale de robotique en milieu hostile du groupe Gorgé était de 102,1 millions d'euros.



Dans le détail, à l'issue d'un appel d'offres lancé à l'été 2018, la marine militaire belge a attribué à un consortium formé par Naval Group (ex-DCN) et ECA un marché portant sur la fourniture de 12 navires chasseurs de mines équipés d'une centaine de drones. Six de ces bâtiments seront ensuite livrés à la maine des Pays-Bas.



Suspendue depuis vendredi, la cotation de l'action ECA reprend ce matin à la Bourse de Paris sur une hausse de 35% qui la porte à 21 euros, soit une envolée de 50% sur cinq jours et de plus de 100% depuis le début de l'année.""",
         boiler=["date 2019-03 19/03/2019 | 09:53"],
         ents="""ORG: ECA | Gorgé | Naval Group | DCN | Bourse de Paris
LOC: Pays-Bas""",
         sentiments={"ECA": "positive", "Gorgé": "neutral", "Naval Group": "positive"},
         events=["partnership"]),

    dict(id="fr2-tradingsat-lagardere-amf", lang="fr", split="dev", date="2009 (approx.; AMF procedure on the EADS shares)",
         url="https://www.tradingsat.com/lagardere-FR0000130213/actualites/lagardere-le-groupe-blanchi-par-l-amf-dans-l-affaire-eads-l-action-flambe-313769.html",
         text="""(BFM Bourse) - L'action Lagardère a brusquement décollé mardi peu après 12h, propulsée par l'espoir de la disparition de la menace d'une lourde amende dans le cadre de l'enquête menée par l'AMF sur les délits d'initiés concernant EADS.
Vers 14h, le titre gagne ainsi 10% à 28,80 euros, en tête du palmarès des plus fortes hausses du SBF 120.
Un communiqué publié à la mi-journée par le groupe est en effet catégorique et rassurant sur ce dossier. "Dans le cadre de la procédure mise en oeuvre par l'AMF à la suite de l'enquête relative aux titres EADS, l'avis du rapporteur de la commission des sanctions de l'AMF rendu ce jour conclut à la mise hors de cause complète du groupe Lagardère", peut-on lire.
Recevez toutes les infos sur LAGARDERE en temps réel :
Par « push » sur votre mobile grâce à l’application BFM Bourse
Par email""",
         boiler=["Recevez toutes les infos sur LAGARDERE en temps réel :",
                 "Par « push » sur votre mobile grâce à l’application BFM Bourse", "Par email"],
         ents="""ORG: BFM Bourse | Lagardère | AMF | EADS
MISC: SBF 120""",
         sentiments={"Lagardère": "positive", "EADS": "neutral"},
         events=["legal"]),

    dict(id="fr2-latribune-total-conseil", lang="fr", split="dev", date="2014-10-22",
         url="http://www.latribune.fr/entreprises-finance/industrie/energie-environnement/20141022trib000853984/total-le-conseil-d-administration-se-reunit-ce-matin.html",
         text="""Total : le conseil d'administration se réunit ce matin

Le Conseil d'administration doit désigner un successeur à Christophe de Margerie, décédé lundi soir. Thierry Desmarest, actuel président du conseil d'administration, "deviendrait président non exécutif" et Patrick Pouyanné pourrait être nommé directeur général, d'après Les Échos.
Thierry Demarest (ici, en 2007, avec Christophe de Margerie) deviendrait lui-même "président non exécutif", selon les Échos.

Le successeur de Christophe de Margerie, décédé dans un accident d'avion en Russie, devrait rapidement être connu. Selon le quotidien économique Les Échos, Thierry Demarest, ancien Pdg et actuel président du conseil d'administration de Total, proposerait aux administrateurs "une dissociation des fonctions" lors d'un conseil d'administration  extraordinaire réuni à 10h30 ce mercredi 22 octobre.

Patrick Pouyanné deviendrait directeur général

Ainsi, Thierry Demarest "deviendrait président non exécutif", tandis que Patrick Pouyanné, directeur général raffinage-chimie pour le moment, serait nommé directeur général. Ces décisions seraient ensuite validées lors d'une assemblée générale.

Dans un entretien qu'il avait accordé à La Tribune en mai 2014, Christophe de Margerie expliquait qu'il préparait déjà sa succession:

"Dans la culture Total, ce sera quelqu'un du groupe. Je fais le nécessaire pour que, le jour venu, le conseil puisse choisir et annoncer le nom de mon successeur."

    Lire >> Christophe de Margerie, l'essence du devoir

Sujets les + lus

|

Sujets les + commentés

Commentaire 1
à écrit le 22/10/2014 à 14:17
Signaler
Quoi de plus normal ? C'est au conseil d'Administration seul qu'il incombe d'élire le président de toute société ! Quel "scoop" alors que je croyais "La Tribune" un journal à orientation économique et financière... Il faut bien noircir du papier...

Votre email ne sera pas affiché publiquement.
Tous les champs sont obli""",
         boiler=["Lire >> Christophe de Margerie, l'essence du devoir", "Sujets les + lus", "|", "Sujets les + commentés",
                 "Commentaire 1", "à écrit le 22/10/2014 à 14:17", "Signaler",
                 "Quoi de plus normal ? C'est au conseil d'Administration seul qu'il incombe d'élire le président de toute société ! Quel \"scoop\" alors que je croyais \"La Tribune\" un journal à orientation économique et financière... Il faut bien noircir du papier...",
                 "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obli"],
         ents="""ORG: Total | Les Échos | les Échos | La Tribune
PER: Christophe de Margerie | Thierry Desmarest | Thierry Demarest | Patrick Pouyanné
LOC: Russie""",
         sentiments={"Total": "neutral"},
         events=["leadership_change"]),

    dict(id="fr2-jdn-startups-avril", lang="fr", split="dev", date="2023-05 (from the text: April 2023 figures)",
         url="https://www.journaldunet.com/web-tech/start-up/1522847-les-start-up-francaises-levent-727-millions-d-euros-en-avril/",
         text="""Les start-up françaises lèvent 727 millions d'euros en avril

Les start-up françaises lèvent 727 millions d'euros en avril Portées par deux tours de table importants, dont celui de 160 millions d'euros bouclé par Ÿnsect, les jeunes pousses récoltent 58 millions de plus qu'en mars.

Les temps sont plutôt stables. Avec exactement 726 965 000 euros récoltés en avril selon nos estimations, les start-up françaises lèvent 58 millions d'euros de plus qu'en mars, soit une hausse de 8,7%. L'écosystème enregistre par ailleurs une opération de plus qu'au mois dernier, nous comptons 77 tours de table bouclés en avril contre 76 en mars. Parmi ces derniers, la levée de 160 millions d'euros de la start-up Ÿnsect sort du lot : elle représente 22% du total des fonds levés ce mois-ci.

Le secteur de la biotech, dans lequel figure en avril 2023 uniquement l'opération de l'industriel de l'élevage d'insectes, prend donc la tête des secteurs ayant levé le plus de fonds. Les jeunes pousses de l'énergie, en deuxième position, récoltent 97,5 millions d'euros en cinq opérations. La Big Data, portée elle par le tour de table de 90 millions d'euros de SiPearl, s'octroie la troisième place avec un total de 95 millions d'euros levés en deux opérations.

© JDN

Sans surprise, c'est Ÿnsect, géant de la production d'alimentation à base d'insectes, qui récolte le plus de fonds en avril 2023 en France en bouclant, comme évoqué plus haut, un tour de table de 160 millions d'euros auprès d'UpFront Ventures et de la Bpifrance. Malgré ces investissements, la jeune pousse annonce lancer un plan de restructuration "nécessaire à la pérennité de l'ensemble de l'entreprise", selon un communiqué - 20% de ses effectifs seront concernés. En récoltant 90 millions d'euros pour commercialiser son processeur de calcul haute performance, SiPearl signe quant à elle la deuxième plus grosse opération du mois. A la troisième place, le média Br""",
         boiler=["© JDN"],
         ents="""ORG: Ÿnsect | SiPearl | UpFront Ventures | Bpifrance
LOC: France""",
         sentiments={"Ÿnsect": "mixed", "SiPearl": "positive", "UpFront Ventures": "neutral", "Bpifrance": "neutral"},
         events=["funding", "layoffs"]),

    # sentiments re-checked (third-session convention): Worldline neutral -> positive (buyer, deal presented as part of its European consolidation strategy, Italy "un marché stratégique")
    dict(id="fr2-journaldesopa-publicis-cgg-worldline", lang="fr", split="dev",
         date="2021 (approx.; listing page, deals of mid-2021)",
         url="http://www.journaldesopa.com/category/ils-ont-dit/verbatim/page/4",
         text="""Publicis Groupe acquiert Tremend en Roumanie

Publicis Groupe acquiert Tremend en Roumanie, spécialisée dans le développement de logiciels. Tremend est un acteur majeur de ce secteur en Europe Centrale et de l’Est et a connu une croissance rapide depuis sa création en 2005, avec plus de 60 millions d’utilisateurs finaux de ses logiciels développés pour ses clients. Publicis Sapient s’appuiera sur l’expertise technologique de Tremend pour développer son nouveau centre de distribution mondial en Europe. Cette opération reste soumise aux approbations règlementaires de l’autorité compétente en matière de concurrence.

CGG vend son activité de services et de stockage d’actifs physiques

CGG vend son activité de services et de stockage d’actifs physiques à Oasis Group et Access. La transaction comprend sept sites de stockage et de services dédiés qui détiennent des données et des échantillons de roches et de fluides de certains clients. Access a acquis les trois sites nord-américains et Oasis les quatre sites européens. Access et Oasis qui collaborent ensemble depuis longtemps poursuivront à l’échelle mondiale la prestation de services pour les clients internationaux. L’opération est- bien perçue par le marché : l’action CGG gagne 5,6%, à 0,72 €, à l’ouverture.

Worldline finalise l’acquisition d’Axepta Italie

Worldline finalise l’acquisition d’Axepta Italie. Dans le cadre de sa stratégie de consolidation européenne, Worldline, leader dans le secteur des paiements, a finalisé l’acquisition de 80% d’Axepta Italie. En tant que troisième plus grande économie d’Europe avec un taux de pénétration des espèces qui reste élevé, l’Italie est un marché stratégique et très attractif, stimulé par le passage de l’argent liquide à la carte et l’adoption du paiement électronique. A cette occasion, Worldline entrera dans un partenariat commercial de long terme avec BNL visant à tirer avantage de""",
         ents="""ORG: Publicis Groupe | Tremend | Publicis Sapient | CGG | Oasis Group | Oasis | Access | Worldline | Axepta Italie | BNL
LOC: Roumanie | Europe Centrale et de l’Est | Europe | Italie""",
         sentiments={"Publicis Groupe": "neutral", "Tremend": "neutral", "Publicis Sapient": "neutral", "CGG": "positive",
                     "Oasis Group": "neutral", "Access": "neutral", "Worldline": "positive", "Axepta Italie": "neutral",
                     "BNL": "neutral"},
         events=["acquisition", "partnership"]),

    dict(id="fr2-agefi-iag-mgm-akzonobel", lang="fr", split="dev", date="2021-01 (approx., from the texts)",
         url="https://uat.agefi.fr/theme/fusions-acquisitions?page=106",
         text="""Nos articles d’actualité et d’analyse portant sur les opérations de fusion-acquisition et de cessions menées par les grandes entreprises françaises et internationales, le classement M&A de L’Agefi.
Plus d’un an après son accord conclu avec le groupe de tourisme Globalia, la compagnie aérienne IAG a annoncé qu’elle débourserait finalement 500 millions d’euros pour reprendre sa concurrente espagnole Air Europa, contre un montant d’un milliard d’euros annoncé en novembre 2019 avant la crise sanitaire. Les nouveaux termes de l’accord prévoient en outre que le paiement de cette acquisition sera différé jusqu’au sixième anniversaire suivant la finalisation de la transaction, attendue au second semestre 2021.
MGM Resorts International a annoncé mardi qu’il ne présenterait pas d’offre révisée au groupe britanique de jeux d’argent Entain, qui a rejeté sa proposition d’achat en janvier. L’américain MGM avait alors présenté une offre d’achat de 8,09 milliards de livres sterling (9 milliards d’euros) à Entain. Le groupe proposait 0,6 action MGM par titre Entain, soit 1.383 pence par action sur la base du précédent cours de clôture de MGM. Entain a jugé que cett offre, qui représentait une prime de 22%, sous-évaluait l’entreprise.
MGM Resorts International a annoncé mardi qu’il ne présenterait pas d’offre révisée au groupe britanique de jeux d’argent Entain, qui a rejeté sa proposition d’achat en janvier.
AkzoNobel a annoncé ce matin qu’il proposait d’acquérir le groupe finlandaise Tikkurila pour 1,4 milliard d’euros, un montant supérieur à l’offre de son rival américain PPG Industries. Le fabricant néerlandais de peintures et revêtements a indiqué que sa proposition reposait sur une offre entièrement en numéraire de 31,25 euros par action. Ce prix est supérieur de 113% au cours moyen pondéré des volumes de la cible sur les trois derniers mois et dépasse également l’offre concur""",
         boiler=["Nos articles d’actualité et d’analyse portant sur les opérations de fusion-acquisition et de cessions menées par les grandes entreprises françaises et internationales, le classement M&A de L’Agefi."],
         ents="""ORG: Globalia | IAG | Air Europa | MGM Resorts International | MGM | Entain | AkzoNobel | Tikkurila | PPG Industries""",
         sentiments={"Globalia": "neutral", "IAG": "neutral", "Air Europa": "neutral", "MGM Resorts International": "neutral",
                     "Entain": "neutral", "AkzoNobel": "neutral", "Tikkurila": "positive", "PPG Industries": "neutral"},
         events=["acquisition"]),

    dict(id="fr2-bfm-amendes-engie", lang="fr", split="dev", date="2018-06 (from the text: the 2017 annual report)",
         url="https://bfmbusiness.bfmtv.com/france/concurrence-quelles-sont-les-entreprises-qui-ont-ecope-des-plus-fortes-amendes-en-2017-1478454.html",
         text="""BFM Business
Finances publiques

Concurrence: quelles sont les entreprises qui ont écopé des plus fortes amendes en 2017?

Engie exploitait un fichier clients hérité de son ancien monopole pour commercialiser ses offres de marché.

Engie exploitait un fichier clients hérité de son ancien monopole pour commercialiser ses offres de marché. - Christophe Simon - AFP

Le gendarme de la concurrence a infligé près de 500 millions d'amendes en 2017. Engie et le "cartel du lino" ont été les plus lourdement sanctionnés.

Dans son bilan annuel, l'Autorité de la concurrence fait état de 497,8 millions d'amendes infligées aux entreprises en 2017. Un montant qui est plus du double de celui réclamé l'année précédente, mais qui est très loin des sommets atteints en 2014 (1,013 milliard) et 2015 (1,25 milliard).

Ces amendes ont pour but de sanctionner le comportement d'une entreprise, mais aussi de dissuader d'autres acteurs d'adopter ces mêmes pratiques. En 2017, quatre entreprises se sont fait sanctionner pour abus de position dominante, deux pour entente, les trois autres cas relèvent du non-respect des engagements, d'obstruction à l'instruction et d'importations exclusives en Outre-mer.

-
- © -

En 2017, c'est Engie qui a écopé de l'amende la plus élevée, soit 100 millions d'euros, pour abus de position dominante. Le gendarme de la concurrence a été saisi par Direct Energie et l'UFC-Que Choisir, car Engie profitait de son ancien monopole de fourniture de gaz pour commercialiser auprès des consommateurs ses offres de marché de gaz et d'électricité. L'énergéticien exploitait par exemple les bases de données des abonnés au gaz pour les démarcher. Engie n'a pas contesté les faits et a pris des engagements sur sa politique tarifaire, le règlement du litige a ainsi été fait par une procédure de transaction.

L'Autorité de la concurrence a aussi sanctionné trois entreprises oeuvrant dans le secteur des revêtements de sol, dénommé """,
         boiler=["BFM Business", "Finances publiques",
                 "Engie exploitait un fichier clients hérité de son ancien monopole pour commercialiser ses offres de marché.",
                 "Engie exploitait un fichier clients hérité de son ancien monopole pour commercialiser ses offres de marché. - Christophe Simon - AFP",
                 "-", "- © -"],
         ents="""ORG: Engie | Autorité de la concurrence | Direct Energie | UFC-Que Choisir
LOC: Outre-mer""",
         sentiments={"Engie": "negative", "Direct Energie": "neutral"},
         events=["legal"]),

    dict(id="fr2-labourse-demos-contrats", lang="fr", split="dev", date="2011 (from the text: the 2011 fiscal year)",
         url="https://www.labourseauquotidien.fr/gros-contrats-pour-demos/",
         text="""Il s’agit de 54 M€ de contrats sur quatre ans auprès de la Commission Européenne dans la cadre de la formation professionnelle.
Voilà donc une excellente nouvelle qui pourrait permettre à Demos (FR0010474130) de rebondir de ses plus bas depuis cinq ans.
L’action a en effet perdu 45,9% cette année alors que pourtant le spécialiste de la formation professionnelle vise un résultat positif sur l’ensemble de l’exercice 2011. Attention toutefois à la faible liquidité sur le titre (pas plus de 100 titres en moyenne par jour sur les dernières séances).""",
         ents="ORG: Commission Européenne | Demos",
         sentiments={"Demos": "positive"},
         events=["partnership"]),

    dict(id="fr2-livreshebdo-lagardere-thiery", lang="fr", split="dev", date="2024-04-30 (approx., from the text)",
         url="https://livreshebdo.fr/article/jean-christophe-thiery-nomme-p-dg-de-lagardere-sa-en-remplacement-temporaire-darnaud",
         text="""Quelques heures après l’annonce de la démission d’Arnaud Lagardère, le groupe Lagardère se dote d’un nouveau P-DG. Sur recommandation du comité des nominations, des rémunérations et de la RSE, le conseil d’administration de Lagardère SA, propriétaire d’Hachette Livre via Lagardère Publishing, a en effet décidé à l’unanimité de coopter Jean-Christophe Thiery en qualité d’administrateur et de désigner celui-ci en qualité de P-DG de Lagardère SA, annonce le Groupe dans un communiqué.
Cette nomination est faite « à titre provisoire » et permettra « d’assurer la continuité des activités », est-il précisé. « La nomination de Jean-Christophe Thiery en qualité de P-DG d’Hachette Livre sera également soumise très prochainement au conseil d’administration de la société. Jean-Christophe Thiery est président du conseil de surveillance du groupe Canal+ depuis 2018, fonction qu’il conservera. »
Le conseil d’administration a également pris acte de la décision d’Arnaud Lagardère de désigner Constance Benqué en qualité de présidente de la société Lagardère Commandité SAS et de gérante de Lagardère Radio SCA, société holding du pôle radios (Europe 1, Europe 2 et RFM) depuis la mise en œuvre de son autonomisation. Là encore, cette nomination est faite « à titre provisoire. »
« Dispositions provisoires »
Les nominations de Jean-Christophe Thiery et Constance Benqué interviennent après la mise en examen d’Arnaud Lagardère ainsi que de la mesure provisoire d’interdiction de gérer prononcées à son encontre le 29 avril 2024. Ce dernier « conteste ces décisions contre lesquelles il va former recours et faire appel. En dépit de cet appel, l’interdiction de gérer contraint M. Arnaud Lagardère à se démettre de ses mandats exécutifs au sein du Groupe », précise le communiqué qui justifie ces « dispositions provisoires requises pour assurer la bonne gouvernance du Groupe en attendant la p""",
         ents="""PER: Arnaud Lagardère | Jean-Christophe Thiery | Constance Benqué
ORG: Lagardère SA | Lagardère Publishing | Lagardère Commandité SAS | Lagardère Radio SCA | Lagardère | Hachette Livre | Canal+ | Europe 1 | Europe 2 | RFM""",
         sentiments={"Lagardère SA": "neutral", "Hachette Livre": "neutral", "Lagardère Publishing": "neutral",
                     "Canal+": "neutral", "Lagardère Commandité SAS": "neutral", "Lagardère Radio SCA": "neutral",
                     "Europe 1": "neutral", "Europe 2": "neutral", "RFM": "neutral"},
         events=["leadership_change"]),

    dict(id="fr2-businessherald-patrons-2014", lang="fr", split="dev", date="2014-09 (approx., from the text: rentrée 2014)",
         url="https://business-herald.com/enquete/grands-patrons-francais-2014",
         text="""enquete

Les grands patrons français ont la bougeotte en 2014 !

0

2014 : les grands patrons français ne tiennent plus en place ! Découvrez les nombreux changements !

Partir par la grande porte, être poussé vers la sortie ou simplement tirer sa révérence : la rentrée 2014 a révélé son lot de surprises dans les hautes sphères des plus grandes sociétés françaises. Une vague de départs qui a bousculé les directions de plusieurs grandes entreprises comme Danone, BNP Paribas ou encore le groupe aéronautique Safran. Résumé des départs et des arrivées…

Contrairement à ce qui est prévue par la législation française, peu de patrons quittent leurs fonctions à la date prévue. Si le mandat d’un président du conseil d’administration d’une société anonyme ne peut dépasser une période de 6 ans et que l’âge de ce dernier ne peut excéder 65 ans, certains d’entre eux en décident autrement.

Grâce à la modification de certains statuts, un PDG peut en effet écourter ou prolonger son mandat à la tête d’une entreprise. Aux administrateurs ensuite d’élirent un successeur. Une tâche périlleuse qui ne doit en rien déstabiliser la santé économique du groupe. Un vrai exercice de jonglage !

Ceux qui tirent leurs révérences

Jean-Paul Herteman

Jean-Paul Herteman

Renonçant à modifier les statuts afin de garder le commandant de son entreprise, Jean-Paul Herteman a décidé de prendre sa retraire à la date limite prévue par la loi. Le PDG du groupe aéronautique Safran devrait dévoiler le nom de son successeur à la fin de cette année. Un responsable des entreprises Thales ou Airbus pourrait bien décrocher la timbale. Affaire à suivre.

Dans le but d’élaborer une nouvelle stratégie d’entreprise, le PDG du groupe naval DCNS, Patrick Boissier, a écourté son mandat en juillet dernier. Hervé Guillou sera son successeur.

Chez Danone, c’est Emmanuel Faber qui a pris le pouvoir au mois de septembre. PDG du groupe""",
         boiler=["enquete", "0", "Jean-Paul Herteman"],
         ents="""ORG: Danone | BNP Paribas | Safran | Thales | Airbus | DCNS
PER: Jean-Paul Herteman | Patrick Boissier | Hervé Guillou | Emmanuel Faber""",
         sentiments={"Danone": "neutral", "BNP Paribas": "neutral", "Safran": "neutral", "Thales": "neutral",
                     "Airbus": "neutral", "DCNS": "neutral"},
         events=["leadership_change"]),

    dict(id="fr2-segeco-amendes-2017", lang="fr", split="dev", date="2018-06-26",
         url="https://www.segeco.fr/article/?article=k4_12509792",
         text="""Retour à la liste
26 Juin 2018 - Actualité

En 2017, l’Autorité de la concurrence a prononcé pour près de 500 M€ d’amendes

L’Autorité de la concurrence vient de publier son rapport annuel. Disponible sur son site, il permet de faire le point sur le rôle de gendarme des entreprises qui échoit à cette autorité administrative indépendante. Ainsi, pour l’année 2017, on y apprend que 9 décisions de sanctions ont été prononcées pour un montant total de 497,8 M€. Pour rappel, le total des amendes infligées en 2016, 2015 et 2014 était respectivement de 203,2 M€, 1,252 Md€ et 1,013 Md€. Sur les 9 sanctions prononcées, 5 ont fait l’objet d’un recours devant la Cour d’appel de Paris. 2 ont été rejetés et 3 sont encore pendants devant la juridiction parisienne. Abus de position dominante Sur les 9 sanctions prononcées, 4 l’ont été à l’encontre d’entreprises convaincues d’abus de position dominante, 2 pour ententes, une pour non-respect de ses engagements, une autre pour importations exclusives en Outre-mer et enfin une dernière pour obstruction à l’instruction. L’entreprise chimique ainsi sanctionnée pour cette obstruction a écopé de 30 M€ d’amende. En 2017, la plus modeste des sanctions était de 3 200 € et la plus élevée de 302 M€. Cette dernière visait le « Cartel du lino », qui réunissait 3 géants des producteurs de revêtements de sol. En matière de position dominante, l’amende la plus élevée (100 M€) a été infligée à un des plus gros producteurs d’électricité et de gaz français.
Les Echos Publishing 2017""",
         boiler=["Retour à la liste", "26 Juin 2018 - Actualité", "Les Echos Publishing 2017"],
         ents="""ORG: Autorité de la concurrence | Cour d’appel de Paris
LOC: Outre-mer""",
         events=["legal"]),
]
