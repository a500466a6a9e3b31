"""French real business articles for the fourth held-out set (``split="heldout4"``).

Topics: retail, consumer goods, luxury, food, banks, insurance, tech, telecoms, media, health.
Stored page text as delivered (see make_real.py for the format and the annotation rules, and its
"Conventions settled in the third session" for the sentiment values). Annotated by hand before any
system ran on them; no system is ever tuned on them and their errors are never listed.
"""

ARTICLES = [
    dict(id="fr14-economiematin-carrefour-fermetures", lang="fr", split="heldout4",
         date="2018-05 (approx., from the text: closures this summer, bids until 4 June)",
         url="https://economiematin.fr/news-plus-200-magasins-carrefour-disparition",
         text="""Carrefour s'apprête à subir une purge de magasins et d'emplois. Le groupe de grande distribution, qui s'est engagé dans une restructuration en profondeur, devrait ainsi fermer 227 magasins dans toute la France dans le courant de l'été, selon le Midi Libre.
Carrefour n'est pas parvenu à séduire les repreneurs : sur les 273 magasins qui étaient menacés de fermeture, seule une petite poignée devrait rester ouverts entre les mains de nouveaux propriétaires. Il reste jusqu'au 4 juin pour que des repreneurs signalent leur intérêt pour tel ou tel magasin, mais il parait désormais peu probable qu'un raz de marée de prétendants frappe à la porte de l'enseigne de grande distribution. Ces fermetures vont toucher tous les types de magasins (Carrefour City, Contact et Contact Marché), dans toute la France.
Un coup rude pour la région Nord
Certaines régions seront plus favorisées que d'autres : ce sera le cas de la région parisienne où Carrefour n'enregistrera que 15 fermetures de magasins, contre 59 magasins dans la région Nord. La Direction régionale des entreprises, de la concurrence, de la consommation, du travail et de l'emploi a calculé que ce sont 2 100 emplois qui sont directement menacés par ces fermetures. Carrefour a assuré favoriser le reclassement en interne : 76 salariés ont déjà retrouvés un poste ailleurs au sein du groupe, et 240 candidatures sont en cours d'examen.
Reclassement
L'enseigne explique aussi avoir reçu des offres fermes d'achat pour 23 magasins, et 22 propositions devraient arriver d'ici le début du mois de juin. Insuffisant pour absorber tous les départs, que les syndicats évaluent au moins à 1 000, car les postes proposés par Carrefour recevront plusieurs candidatures. L'été s'annonce donc bien difficile pour le groupe.""",
         ents="""ORG: Carrefour | Midi Libre | Direction régionale des entreprises, de la concurrence, de la consommation, du travail et de l'emploi
MISC: Carrefour City | Contact | Contact Marché
LOC: France | Nord""",
         sentiments={"Carrefour": "negative"},
         events=["layoffs"]),

    dict(id="fr14-usinenouvelle-lvmh-t3", lang="fr", split="heldout4",
         date="2023-10 (approx., from the text: third-quarter sales, Hermès and Kering due on 24 October)",
         url="https://www.usinenouvelle.com/article/lvmh-affiche-une-hausse-de-9-de-ses-ventes-au-troisieme-trimestre-essoufflement-de-la-demande.N2180807",
         text="""La division mode et maroquinerie, qui abrite Louis Vuitton et Dior, a pour sa part enregistré une croissance des ventes de 9%, légèrement inférieure aux attentes des analystes qui tablaient sur une hausse de 10%.

LVMH est confronté à un affaiblissement de la demande aux États-Unis et en Europe, où la hausse des prix a entraîné un ralentissement de la tendance dépensière observée depuis la fin de la pansémie de coronavirus, tandis que la reprise en Chine a été inégale.

Le groupe d'activité vins et spiritueux a enregistré une baisse de 14% de son chiffre d'affaires au cours du trimestre, marqué par une baisse de la demande de champagne, tandis que la demande de cognac Hennessy a été affectée par l'environnement économique aux États-Unis au cours des derniers mois.

Considéré comme un baromètre du secteur du luxe, LVMH est le premier groupe à publier ses résultats trimestriels, ceux d'Hermes et Kering étant attendus le 24 octobre.

"Cela semble suffisant pour soutenir le cours de l'action, car les attentes des acheteurs étaient peut-être plus modérées, comme le suggère l'importante dépréciation du marché", a déclaré Luca Solca, analyste chez Bernstein, notant que la société a dû faire face à une période de comparaison plus difficile après les bonnes performances enregistrées en Chine, aux États-Unis et en Europe il y a un an.

Les investisseurs ont récemment revu à la baisse leurs attentes concernant le secteur du luxe et la valeur boursière de LVMH a fondu d'environ 96 milliards d'euros depuis le mois d'avril.

Le groupe, qui s'était établi comme la société cotée en bourse la profitable d'Europe il y a plus de deux ans, a été détronée par le fabricant de médicaments danois Novo Nordisk, ce dernier ayant bénéficié de la croissance de son médicament anti-obésité Wegovy.

(Reportage Mimosa Spencer, version française Augustin Turpin, édité par Kate Entringer)""",
         boiler=["(Reportage Mimosa Spencer, version française Augustin Turpin, édité par Kate Entringer)"],
         ents="""ORG: Louis Vuitton | Dior | LVMH | Hermes | Kering | Bernstein | Novo Nordisk
PER: Luca Solca
LOC: États-Unis | Europe | Chine
MISC: Hennessy | Wegovy""",
         sentiments={"LVMH": "mixed", "Louis Vuitton": "neutral", "Dior": "neutral", "Hermes": "neutral",
                     "Kering": "neutral", "Bernstein": "neutral", "Novo Nordisk": "positive"},
         events=["earnings"]),

    dict(id="fr14-anjouagricole-lactalis-stonyfield", lang="fr", split="heldout4",
         date="2017-07 (approx., from the text: press release of 3 July, deal agreed in 2017)",
         url="https://anjou-agricole.com/lactalis-signe-un-accord-en-vue-du-rachat-dune-filiale-de-danone-aux-etats-unis",
         text="""Aller au contenu principal

Lactalis signe un accord en vue du rachat d'une filiale de Danone aux Etats-Unis

© AA

Dans un communiqué du 3 juillet, le groupe Lactalis a confirmé avoir conclu un accord pour l'acquisition de Stonyfield, leader du marché des yaourts bio au États-Unis et filiale du groupe Danone. « Leader du lait bio en France depuis plus de vingt ans, notre groupe renforce, au travers de cette acquisition, son engagement dans ce secteur en forte croissance » a déclaré Emmanuel Besnier, président de Lactalis. De son côté Danone, a communiqué le même jour le prix de vente de Stonyfield, soit 875 millions de dollars (769 millions d’euros), ce qui équivaut à 20 fois l’excédent brut d’exploitation de 2016 de Stonyfield. D'après le groupe Danone, « cette cession est prévue par l’accord conclu le 31 mars 2017 avec les autorités américaines de la concurrence dans le cadre de l’acquisition récente de WhiteWave (lait bio, lait végétal) par Danone ». La cession est soumise à l’approbation de l'Autorité de la concurrence américaine et devrait intervenir au cours du troisième 2017.

Sous-titre
Vous êtes abonné(e)
Titre
IDENTIFIEZ-VOUS
Body
Connectez-vous à votre compte pour profiter de votre abonnement
Sous-titre
Vous n'êtes pas abonné(e)
Titre
Créez un compte
Body
Choisissez votre formule et créez votre compte pour accéder à tout l'Anjou Agricole.

Les plus lus

Jean-Claude Bretault, 55 ans et Vincent Ory, 45 ans, associés de l'EARL de la Bouillère. Installés sur 150 ha, ils élèvent 75 truies en naisseur-engraisseur et 73 vaches laitières. Il y a un robot de traite depuis 2009.
Qui pour remplacer Jean-Claude ?
À l'EARL de la Bouillère à Mauges-sur-Loire (La Pommeraye), Jean-Claude Bretault a entrepris, avec son associé, une série de…
Yohann Serreau, producteur en Eure-et-Loir, président de l'Unell.
Ruptures de contrats avec Lactalis : "Une solution pour chaque éleveur à la fin de l'année"

Suite""",
         boiler=["Aller au contenu principal", "© AA", "Sous-titre", "Vous êtes abonné(e)", "Titre", "IDENTIFIEZ-VOUS", "Body",
                 "Connectez-vous à votre compte pour profiter de votre abonnement", "Vous n'êtes pas abonné(e)",
                 "Créez un compte",
                 "Choisissez votre formule et créez votre compte pour accéder à tout l'Anjou Agricole.",
                 "Les plus lus",
                 "Jean-Claude Bretault, 55 ans et Vincent Ory, 45 ans, associés de l'EARL de la Bouillère. Installés sur 150 ha, ils élèvent 75 truies en naisseur-engraisseur et 73 vaches laitières. Il y a un robot de traite depuis 2009.",
                 "Qui pour remplacer Jean-Claude ?",
                 "À l'EARL de la Bouillère à Mauges-sur-Loire (La Pommeraye), Jean-Claude Bretault a entrepris, avec son associé, une série de…",
                 "Yohann Serreau, producteur en Eure-et-Loir, président de l'Unell.",
                 "Ruptures de contrats avec Lactalis : \"Une solution pour chaque éleveur à la fin de l'année\"",
                 "Suite"],
         ents="""ORG: Lactalis | Danone | Stonyfield | WhiteWave | Autorité de la concurrence
PER: Emmanuel Besnier
LOC: Etats-Unis | États-Unis | France""",
         sentiments={"Lactalis": "positive", "Danone": "neutral", "Stonyfield": "neutral", "WhiteWave": "neutral"},
         events=["acquisition"]),

    # The page's support line runs into the article's first paragraph on one line: not boilerplate
    # (it is mostly article), so the publisher's name in it is an ORG entity (no sentiment).
    dict(id="fr14-chretiens-sanofi-cialis", lang="fr", split="heldout4",
         date="2022-05-30 (approx., from the text: Monday, the FDA deferral of the Cialis OTC trial)",
         url="https://chretiens.com/?p=189413",
         text="""Sanofi: La FDA suspend l’essai de la version en vente libre du Cialis
À l'heure de l'intelligence artificielle, l'accès à des faits vérifiables est crucial. Soutenez le Journal Chrétien en cliquant ici.PARIS (Reuters) – Sanofi a annoncé lundi que la Food and Drug Administration (FDA), l’autorité sanitaire américaine, a différé le lancement de l’essai en condition réelle d’utilisation du Cialis, un traitement contre les troubles de l’érection, visant à obtenir le statut de médicament en vente libre.
« Sanofi continue de collaborer avec la FDA pour faire avancer le programme de transfert Cialis sur le marché de l’automédication », a déclaré le fabricant français de médicaments, ajoutant que les prochaines mesures à prendre seraient déterminées lors de réunions à venir.
Sanofi a précisé qu’il n’avait pas recruté de patients pour l’essai.
Le titre du groupe pharmaceutique perdait 3,4% à 8h30 GMT à à la Bourse de Paris.
Un analyste contacté par Reuters met en avant les faibles attentes du marché pour expliquer le mouvement de l’action, mais ajoute que l’essai était censé stimuler les ventes de la division santé grand public du groupe en cas de succès.
« Il est un peu surprenant de suspendre un essai avant son début, d’autant plus que le protocole est généralement convenu à l’avance », souligne également l’analyste dans un courriel.
Le Cialis, dont l’agent actif est connu sous le nom de Tadalafil, a été approuvé pour la première fois par l’Agence européenne des médicaments en 2002, puis par la FDA américaine en 2003, sur ordonnance uniquement.
Sanofi, conjointement avec Eli Lilly, propriétaire du médicament, cherche à obtenir l’approbation réglementaire d’une version du Cialis vendue sans ordonnance depuis 2014.
Le Cialis a rapporté 718,4 millions de dollars (668,28 millions d’euros) à Eli Lilly l’année dernière, selon le rapport annuel de l’entreprise.
(Reportage de T""",
         boiler=["(Reportage de T"],
         ents="""ORG: Sanofi | FDA | Food and Drug Administration | Journal Chrétien | Reuters | Bourse de Paris | Agence européenne des médicaments | Eli Lilly
MISC: Cialis
LOC: PARIS""",
         sentiments={"Sanofi": "negative", "Eli Lilly": "neutral"},
         events=["legal"]),

    dict(id="fr14-igen-bouygues-telecom-t1", lang="fr", split="heldout4",
         date="2015-05 (from the URL; first-quarter 2015 results)",
         url="https://igen.fr/telecoms/2015/05/bouygues-telecom-perd-de-largent-mais-gagne-des-clients-91229",
         text="""C’est la période des résultats trimestriels pour les opérateurs. Pour Free Mobile, tout va très bien, pour SFR-Numericable c’est un peu moins bon, tandis qu’Orange recrute surtout des abonnés haut débit. Qu’en est-il pour Bouygues Telecom ? Au premier trimestre, l’opérateur a recruté 152 000 clients mobiles supplémentaires, soit un total de 11 273 000 abonnés ; sur le fixe aussi, les résultats sont très positifs avec 96 000 clients de plus, soit 2 524 000 en tout.
![](http://img.igen.fr/2015/5/macgpic-1431678743-89086864539592-sc-op.jpg)
Mais ces 248 000 abonnés supplémentaires ne permettent pas à Bouygues Telecom de rehausser le chiffre d’affaires, en baisse de 2% à 1,063 milliard d’euros. Le résultat opérationnel s’affiche dans le rouge à -62 millions, ce qui est toujours 2 millions de moins qu’au dernier trimestre 2014. En tout, la perte nette du groupe s’élève à 49 millions d’euros, un chiffre qui tient compte d’une charge ponctuelle de 22 millions (liée au lancement du partage de réseau avec SFR-Numericable).
Maintenant que les résultats des quatre opérateurs sont connus, on peut établir le comparatif des performances de chaque joueur :
![](http://img.igen.fr/2015/5/macgpic-1431678187-88530984512598-sc-op.jpg)
Free Mobile est l’opérateur qui a su tirer le mieux son épingle du jeu durant ce premier trimestre ; il est le seul à connaitre un chiffre d’affaire en hausse ainsi que la plus forte progression en termes d’abonnés. SFR-Numericable est le moins bien loti de la fournée trimestrielle.""",
         boiler=["![](http://img.igen.fr/2015/5/macgpic-1431678743-89086864539592-sc-op.jpg)",
                 "![](http://img.igen.fr/2015/5/macgpic-1431678187-88530984512598-sc-op.jpg)"],
         ents="ORG: Free Mobile | SFR-Numericable | Orange | Bouygues Telecom",
         sentiments={"Bouygues Telecom": "mixed", "Free Mobile": "positive", "SFR-Numericable": "negative",
                     "Orange": "neutral"},
         events=["earnings"]),

    dict(id="fr14-easybourse-loreal-nyx", lang="fr", split="heldout4",
         date="2014-06 (approx., from the text: NYX bought, sales to end of May, buy-back from Nestlé this month)",
         url="https://www.easybourse.com/distribution/article/28534/loreal-affut-acquisitions.html",
         text="""Alors qu’il doit boucler ce mois-ci le rachat de 8% de son propre capital à Nestlé, L’Oréal dispose encore de fonds pour d’éventuelles acquisitions. Il vient de le prouver avec le rachat de la société américaine NYX Cosmetics. « NYX est devenue l’une des sociétés de maquillage enregistrant la plus forte croissance aux États-Unis car elle s’adresse à un segment porteur de consommatrices connectées. En 2013, NYX a enregistré un chiffre d’affaires de 72 millions de dollars et une croissance de 46% par rapport à 2012. A fin mai, sur les 12 derniers mois, les ventes ont continué à progresser rapidement pour atteindre 93 millions de dollars, soit une progression de 57% sur un an », a fait savoir le numéro un mondial des produits de beauté, sans dévoiler le montant de l’opération.

Dans une interview à Bloomberg TV, le PDG de L’Oréal Jean-Paul Agon s’est dit « confiant de trouver d'autres opportunités cette année ou l'année prochaine », sans pour autant grever sa trésorerie. « Nous sommes assez doués pour prendre en charge des marques au début de leur développement et pour les rendre énormes », a-t-il affirmé.

Dans un autre entretien avec l’agence Reuters il a reconnu que le marché américain des cosmétiques était atone depuis le début de l’année tandis que la reprise se confirme en Europe. « Cette année, nous allons avoir un marché nord-américain plutôt en ralentissement, des émergents qui ralentissent un peu aussi (...) mais avec une bonne nouvelle en Europe de l'Ouest », a-t-il souligné. Il maintient cependant sa prévision d’une croissance de 3,5% à 4% du marché mondial des cosmétiques et son objectif de faire mieux que le marché.""",
         ents="""ORG: Nestlé | L’Oréal | NYX Cosmetics | NYX | Bloomberg TV | Reuters
PER: Jean-Paul Agon
LOC: États-Unis | Europe | Europe de l'Ouest""",
         sentiments={"L’Oréal": "positive", "Nestlé": "neutral", "NYX Cosmetics": "neutral"},
         events=["acquisition"]),

    dict(id="fr14-rfj-bnp-paribas-t3", lang="fr", split="heldout4",
         date="2022-11 (from the page; third-quarter 2022 results)",
         url="https://www.rfj.ch/rfj/Actualite/economie/BNP-Paribas-plus-de-8-milliards-de-benefice-sur-neuf-mois.html",
         text=""" date 2022-11 BNP Paribas a dégagé 8 milliards d'euros de bénéfice entre janvier et fin septembre (+12% par rapport à 2021), une performance partagée par l'ensemble de ses métiers.

Le bénéfice net pour le seul troisième trimestre, publié jeudi, est de 2,76 milliards d'euros (2,72 milliards de francs), en hausse de 10,3% sur un an.

Le produit net bancaire (PNB), équivalent du chiffre d'affaires dans le secteur, est quant à lui en progression de 4,9% à périmètre et change constants entre juillet et septembre, à 12,31 milliards d'euros.

'Fort de son modèle, le groupe réalise des résultats solides au troisième trimestre', s'est félicité le directeur général Jean-Laurent Bonnafé, cité dans un communiqué.

Ces résultats surpassent les attentes des analystes compilées par le fournisseur d'informations financières Factset, qui tablaient au troisième trimestre sur un bénéfice de 2,36 milliards d'euros et un PNB à 11,99 milliards.

La banque est dans les bons rails pour faire au moins aussi bien que 2021, année record avec un bénéfice net de 9,5 milliards d'euros.

Elle rehausse même de 2 milliards d'euros son objectif de résultat net en 2025, du fait de 'l'impact positif de la hausse des taux d'intérêt' des banques centrales.

Coût du risque

Dans le détail, l'activité 'Commercial, personal banking and services', qui comprend notamment les réseaux de banques de détail et certains métiers spécialisés comme le leasing automobile, a progressé de 6,9% sur un an, à 7,11 milliards d'euros de revenus.

Crédits aux particuliers et entreprises (+8,3% sur un an), dépôts (+7,1%), banque privée (+3,2 milliards d'euros de collecte nette, notamment en France): tous les feux sont au vert pour la première banque française.

Le deuxième pôle du groupe, les métiers de financement et d'investissement, voient quant à eux leur chiffre d'affaires g""",
         ents="""ORG: BNP Paribas | Factset
PER: Jean-Laurent Bonnafé
LOC: France""",
         sentiments={"BNP Paribas": "positive", "Factset": "neutral"},
         events=["earnings"]),

    dict(id="fr14-latribune-allianz-t3", lang="fr", split="heldout4",
         date="2023-11-10 (from the text: Friday 10 November, third-quarter results)",
         url="https://www.latribune.fr/entreprises-finance/banques-finance/assurance/les-catastrophes-naturelles-pesent-sur-les-resultats-d-allianz-qui-confirme-toutefois-ses-objectifs-982832.html",
         text=""" date 2023-11 La succession de catastrophes naturelles ces dix dernières années pèse sur les assureurs. En témoigne le bénéfice net part d'Allianz au troisième trimestre qui a chuté de 29,5% atteignant 2 milliards d'euros, selon les résultats communiqués par le premier assureur européen, ce vendredi 10 novembre.

Son résultat d'exploitation, qui reflète davantage la performance intrinsèque, s'affiche à 3,47 milliards d'euros, soit une baisse de 14,6% sur un an, avec 1,3 milliard d'euros de remboursements liés aux catastrophes naturelles, selon un communiqué.

Néanmoins, malgré un tassement de sa performance au trimestre écoulé, Allianz compte toujours dégager un résultat d'exploitation de 14,2 milliards d'euros sur l'année, à plus ou moins un milliard d'euros près. Cet agrégat a atteint près de 11 milliards d'euros sur les neufs premiers mois de l'année. Concernant son chiffre d'affaires, le leader européen devant le français Axa l'a vu croître de 4,5% sur un an, à 36,5 milliards d'euros, malgré un recul de 2% dans la gestion d'actifs.

Lire aussiUn réchauffement de deux degrés à l'horizon 2030 est pratiquement inévitable en France, selon le Haut Conseil pour le climat

Un ratio de perte à 71% sur le trimestre

La série d'événements majeurs, notamment de grêle et de tempêtes, qui ont frappé l'Europe centrale et l'Italie, ont donc affecté les résultats de l'assureur et les remboursements qui en ont découlé ont conduit à ce que sa branche dommages affiche un ratio de perte, qui rapporte les remboursements aux primes encaissées, à 71% sur le trimestre, en hausse de 3 points de pourcentage sur un an. Au sein de cet indicateur, « les catastrophes naturelles ont concerné 7,3 points de pourcentage, la valeur la plus élevée depuis une décennie », indique Allianz. La branche assurance dommages, principale du groupe, subit en fin de c""",
         boiler=["Lire aussiUn réchauffement de deux degrés à l'horizon 2030 est pratiquement inévitable en France, selon le Haut Conseil pour le climat"],
         ents="""ORG: Allianz | Axa
LOC: Europe centrale | Italie""",
         sentiments={"Allianz": "mixed", "Axa": "neutral"},
         events=["earnings"]),

    dict(id="fr14-novethic-assureurs-catastrophes", lang="fr", split="heldout4", date="2019-02-28 (from the page)",
         url="https://www.novethic.fr/actualite/finance-durable/isr-rse/les-catastrophes-naturelles-tapent-dans-les-profits-des-assureurs-146977.html",
         text="""Publié le 28 février 2019
FINANCE DURABLE
Les catastrophes naturelles tapent dans les profits des assureurs
Les compagnies d’assurance et de réassurance ont presque toutes vu leurs résultats financiers impactés par les nombreuses catastrophes naturelles en 2018. L’augmentation des pertes économiques liées aux événements climatiques commence à inquiéter les assureurs. Mais pas à court terme.

@Brandon Perdue
La note est salée pour les compagnies d’assurance. Le coût des catastrophes naturelles qui se sont succédé aux troisième et quatrième trimestres 2018 a sévèrement entaillé leurs profits, Axa en tête. Le premier assureur français a vu son résultat net chuter de 66 %, à 2,1 milliards d’euros, en partie à cause des indemnisations liées aux événements naturels. Celles-ci lui ont coûté deux milliards d’euros sur l’année 2018, sa filiale américaine ayant été particulièrement touchée. Les feux de forêt en Californie et l’ouragan Michael lui ont respectivement coûté 335 et 261 millions d’euros.
Les autres entreprises du secteur n’affichent pas meilleure mine. Les annonces des résultats financiers s’enchaînent avec, toutes, le même message sur l’impact négatif de la succession de catastrophes naturelles en 2018. Le réassureur français Scor annonce ainsi un impact de 657 millions d’euros sur ses comptes, citant notamment les typhons en Asie, les ouragans aux Etats-Unis et les feux en Californie. Son concurrent Swiss Re chiffre le coût des catastrophes à 2,2 milliards de dollars. L’assureur américain AIG, qui affiche des comptes dans le rouge au quatrième trimestre 2018, annonce un coût de 798 millions de dollars.
Des pertes économiques à plus de 200 milliards de dollars
Cette situation, l’industrie de l’assurance va sans doute devoir s’y habituer. La fréquence des catastrophes naturelles a tendance à augmenter et les coûts suivent. Selon le rapport annuel sur les catastrophes naturelles""",
         boiler=["Publié le 28 février 2019", "FINANCE DURABLE", "@Brandon Perdue"],
         ents="""ORG: Axa | Scor | Swiss Re | AIG
LOC: Californie | Asie | Etats-Unis
MISC: Michael""",
         sentiments={"Axa": "negative", "Scor": "negative", "Swiss Re": "negative", "AIG": "negative"},
         events=["earnings"]),

    dict(id="fr14-lalettrem-journaux-du-midi", lang="fr", split="heldout4",
         date="2015-05 (approx., from the text: a debate on 4 May, closing at the end of May)",
         url="https://www.lalettrem.fr/la-lettre-m/journaux-du-midi-rachat-fin-mai",
         text="""Journaux du Midi : rachat fin mai
Le closing financier du rachat des Journaux du Midi par La Dépêche du Midi sera signé « fin mai », indique José Biosca, directeur de l’information de La Dépêche du Midi, le 4 mai à Toulouse lors d’un débat de l’Association des Journalistes Toulousains. À l’issue de cette opération, le groupe de presse toulousain « aura doublé son CA et ses coûts. Le groupe emploiera près de 2 000 salariés. L’objectif, c’est la survie. Cette acquisition doit nous permettre d’avoir une plateforme qui pèse en termes d’informations et de publicité. » En chantier : « la création d’un GIE d’achat en commun avec La Montagne, la mutualisation des fonctions support et de la régie commerciale… » Les lignes éditoriales seront maintenues, assure José Biosca : « Midi Libre est contre la grande région, La Dépêche est pour ; Centre Presse est catholique, pas La Dépêche. Ces ADN respectifs seront préservés. »
Si le montant de l’acquisition n’est pas communiqué, il est « inférieur au tiers du prix d’achat des Journaux du Midi par GSO, fin 2007 (90 M€, NDLR). Il faut le dire : personne ne voulait de Midi Libre. C’était leur inquiétude : ne pas être repris », glisse-t-il. Les 300 suppressions de postes envisagées « ne se limiteraient pas à la rédaction. Ce chiffre englobe tous les effectifs. » La cure de minceur s’appliquerait « dans les deux groupes, et sur quatre ans ».""",
         ents="""ORG: Journaux du Midi | La Dépêche du Midi | La Dépêche | Association des Journalistes Toulousains | La Montagne | Midi Libre | Centre Presse | GSO
PER: José Biosca
LOC: Toulouse""",
         sentiments={"La Dépêche du Midi": "mixed", "Journaux du Midi": "negative", "Midi Libre": "negative",
                     "La Montagne": "neutral", "Centre Presse": "neutral", "GSO": "neutral"},
         events=["acquisition", "layoffs"]),

    dict(id="fr14-actuepinal-dassault-systemes-chute", lang="fr", split="heldout4",
         date="2026-02 (approx., from the text: 2025 annual results and 2026 guidance)",
         url="https://www.actuepinal.fr/monde/5457",
         text="""Paris (AFP) – La Bourse de Paris a empiriquement poursuivi sa tendance baissière mercredi, enregistrant une légère baisse de 0,18%. L’indice phare, le CAC 40, a clôturé à 8.313,24 points, en recul de 14,64 points, après avoir légèrement progressé la veille.
Le géant des logiciels, Dassault Systèmes, s'est retrouvé sous les feux des projecteurs de manière inattendue, enregistrant une dégringolade de 20,81% à 17,77 euros, une première dans son histoire boursière depuis son entrée sur le marché en 1996. Ce plongeon a engendré une perte colossale de plus de 6 milliards d'euros en capitalisation boursière, consécutive à l'annonce de ses résultats annuels.
Pour l'exercice 2025, Dassault Systèmes a affiché un chiffre d’affaires de 6,2 milliards d'euros et un résultat net de 1,2 milliard d'euros. Toutefois, les analystes de Jefferies ont signalé une "croissance du chiffre d’affaires au quatrième trimestre de seulement 1%", bien en deçà des attentes du marché. Cette prudence, notamment concernant ses prévisions pour 2026, a douché l'enthousiasme des investisseurs.
Les prévisions pour 2026 tablent sur une croissance de chiffre d'affaires située entre 6,2 et 6,4 milliards d'euros, avec une expansion estimée entre 1% et 3%. La marge opérationnelle prévue est de 32,2% à 32,6%. Cette attitude jugée trop conservatrice a suscité des interrogations parmi les investisseurs, qui sont en quête de dynamisme dans un marché en mutation rapide, surtout avec la montée de l'intelligence artificielle.
Outre Dassault Systèmes, d'autres poids lourds du secteur technologique français ont également souffert. Publicis, troisième société mondiale en communication, a reculé de 8,69% à 72,88 euros. Capgemini et Atos ont également connu des baisses significatives, respectivement de 8,19% et 4,35%. Le géant des centres d'appels, Teleperformance, a vu son action chuter de 6,05% à 50,90 euros.
Sur le front macroéconomique, les investisseur""",
         ents="""ORG: AFP | Bourse de Paris | Dassault Systèmes | Jefferies | Publicis | Capgemini | Atos | Teleperformance
LOC: Paris
MISC: CAC 40""",
         sentiments={"Dassault Systèmes": "negative", "Jefferies": "neutral", "Publicis": "negative",
                     "Capgemini": "negative", "Atos": "negative", "Teleperformance": "negative"},
         events=["earnings"]),

    dict(id="fr14-zonebourse-kering-gucci-t3", lang="fr", split="heldout4",
         date="2014-10 (approx., from the text: third-quarter sales, Hong Kong protests, Puma recovery plan)",
         url="http://www.zonebourse.com/KERING-4683/actualite/Gucci-fait-trebucher-KERING-19258043/",
         text="""En repli de 5,11% à 145,65 euros, Kering accuse la plus forte baisse du CAC 40 malgré la publication d'un chiffre d'affaires du troisième trimestre de 2,6 milliards d'euros, en ligne avec les attentes. Les ventes du groupe de luxe et de mode sportive ont progressé de 3,3% et de 4,4% à périmètre et taux de change comparables. Les investisseurs sanctionnent la faiblesse du chiffre d'affaires dégagé dans le Luxe.


Les ventes de la principale branche du groupe ont en effet augmenté de seulement 3,5% alors que le marché visait +4%. En cause, la faiblesse persistante de sa marque phare : Gucci, dont les ventes ont reculé de 1,9%.

Or, les analystes attendaient une croissance nulle voire légèrement positive du célèbre maroquinier florentin. L'enjeu est d'importance : la marque Gucci génère à elle seule 65% du résultat opérationnel courant du groupe dirigé par François-Henri Pinault.

Gucci a été pénalisé par la faiblesse du marché chinois, la chute des achats des touristes russes et les remous politiques à Hong Kong. Les deux autres marques de luxe les plus connues de Kering, Bottega Veneta et Yves Saint-Laurent, se portent bien avec des ventes en hausse de 10,8% et 27,5%.

En Bourse, la déception causée par Gucci a éclipsé le bond de 6,2% des ventes de Puma, signe du succès du plan de relance de la marque sportive allemande, talon d'Achille de Kering depuis plusieurs trimestres.

Le groupe n'a pas formulé de prévisions pour le reste de l'année, une prudence qui n'a toutefois pas empêché Credit Suisse, Bank of Amercica-Merrill Lynch, Société Générale, CM-CIC et Bryan Garnier de confirmer leur recommandation d'Achat. Ils se disent confiants dans la capacité de Gucci à rebondir dans les mois à venir.

Plus prudents, JPMorgan et Deutsche Bank ont maintenu leur recommandation Conserver sur la valeur, préférant attendre les premiers signes d'un redressement des ventes de Gucci avant de modifier leur conseil.""",
         ents="""ORG: Kering | Gucci | Bottega Veneta | Yves Saint-Laurent | Puma | Credit Suisse | Bank of Amercica-Merrill Lynch | Société Générale | CM-CIC | Bryan Garnier | JPMorgan | Deutsche Bank
PER: François-Henri Pinault
LOC: Hong Kong
MISC: CAC 40""",
         sentiments={"Kering": "mixed", "Gucci": "negative", "Bottega Veneta": "positive", "Yves Saint-Laurent": "positive",
                     "Puma": "positive", "Credit Suisse": "neutral", "Bank of Amercica-Merrill Lynch": "neutral",
                     "Société Générale": "neutral", "CM-CIC": "neutral", "Bryan Garnier": "neutral", "JPMorgan": "neutral",
                     "Deutsche Bank": "neutral"},
         events=["earnings"]),

    dict(id="fr14-numerama-iliad-play", lang="fr", split="heldout4",
         date="2020-09 (from the page; deal announced on Monday 21 September)",
         url="https://www.numerama.com/business/649703-iliad-free-part-a-la-conquete-de-la-pologne.html",
         text=""" date 2020-09 Cap sur la Pologne pour Iliad, la maison-mère de Free. L'acquisition de l'opérateur mobile Play a été annoncée le 21 septembre. Avec cette opération, Iliad comptera en Europe plus de 40 millions de clients.

Les ambitions européennes d’Iliad ne décélèrent pas, malgré le contexte sanitaire et les incertitudes économiques. Lundi 21 septembre, la maison-mère de Free et de Free Mobile annonce son intention d’acquérir l’opérateur polonais Play, présenté comme le leader du mobile dans son pays. L’opération représente un effort financier de 2,2 milliards d’euros pour récupérer 100 % du capital de Play.

Si la procédure va à son terme et ne rencontre aucun obstacle infranchissable — elle reste soumise au feu vert des autorités réglementaires et de la Commission européenne –, Iliad récupérera un opérateur comptant 15 millions de clients en Pologne, mais aussi les 2 800 salariés de cet opérateur assez jeune. Celui-ci s’est lancé en 2007 dans le secteur de la téléphonie mobile.

Outre la France, Iliad est présent dans trois autres pays européens : Monaco (via Monaco Telecom), l’Italie (Iliad Italia) et l’Irlande (par le contrôle de la majorité du capital d’Eir, le principal opérateur local). Le développement en Pologne va permettre à Iliad de devenir le sixième opérateur mobile européen en Europe, avec 41 millions d’abonnés, selon Thomas Reynaud, directeur général d’Iliad.

Virage dans la 5G et arrivée dans le fixe

Aujourd’hui en tête du marché mobile polonais, une place qu’entend bien sûr conserver Iliad, Play doit maintenant faire ses preuves sur le fixe — car l’opérateur compte aussi s’imposer dans ce segment. Iliad explique qu’il va pouvoir l’y aider en « optimisant son entrée » sur ce marché et en « accélérant son développement », sans doute en s’appuyant sur des recettes""",
         ents="""ORG: Iliad | Free | Free Mobile | Play | Commission européenne | Monaco Telecom | Iliad Italia | Eir
PER: Thomas Reynaud
LOC: Pologne | Europe | France | Monaco | Italie | Irlande""",
         sentiments={"Iliad": "positive", "Play": "neutral", "Free": "neutral", "Free Mobile": "neutral",
                     "Monaco Telecom": "neutral", "Iliad Italia": "neutral", "Eir": "neutral"},
         events=["acquisition", "expansion"]),

    dict(id="fr14-france3-casino-sauvegarde", lang="fr", split="heldout4",
         date="2023-12-11 (from the text: Monday 11 December, safeguard extended to 25 February)",
         url="https://france3-regions.francetvinfo.fr/auvergne-rhone-alpes/loire/saint-etienne/casino-la-procedure-de-sauvegarde-acceleree-est-prolongee-jusqu-au-25-fevrier-2888207.html",
         text="""La chaîne de magasins stéphanoise Casino est en difficulté. Depuis juillet, une procédure de sauvegarde accélérée a été lancée pour restructurer sa dette colossale. Le Tribunal de commerce de Paris vient de prolonger la période de sauvegarde jusqu'à fin février.
Les juges du Tribunal de Commerce de Paris ont autorisé la prolongation de la période de sauvegarde accélérée de Casino, ce lundi 11 décembre. Selon plusieurs sources de l'AFP, la date est repoussée au 25 février.
Restructuration de la dette
Le distributeur est entré fin octobre dans une procédure dite de sauvegarde accélérée, pour restructurer sa dette, dans la continuité d'un accord signé fin juillet, avec ses créanciers et des candidats à sa reprise.
L'accord prévoit la restructuration de la dette, un changement d'actionnariat, avec une prise de contrôle par le milliardaire tchèque Daniel Kretinsky, le Français Marc Ladreit de Lacharrière et le fond britannique Attestor.
Des magasins mis en vente
Dans l'intervalle, Casino a dit être prêt à céder des magasins. En mai, un accord a déjà été conclu avec le groupement Mousquetaires/Intermarché pour 119 magasins.
Lidl, Auchan, U, Carrefour sont également sur les rangs pour la reprise. Plusieurs sources ont indiqué que l'ensemble du parc pouvait être cédé si des acheteurs se présentaient. Au total, 291 supermarchés et 52 hypermarchés seraient concernés.
Ce qui fait craindre une vente à la découpe et une casse sociale aux salariés. Mardi 5 septembre, les syndicats ont organisé une grande manifestation à Saint-Etienne qui a rassemblé un millier de salariés dans la ville où est né le groupe il y a 125 ans. Le début d'une grève qui doit durer un mois.""",
         ents="""ORG: Casino | Tribunal de commerce de Paris | Tribunal de Commerce de Paris | AFP | Attestor | Mousquetaires | Intermarché | Lidl | Auchan | U | Carrefour
PER: Daniel Kretinsky | Marc Ladreit de Lacharrière
LOC: Saint-Etienne""",
         sentiments={"Casino": "negative", "Attestor": "neutral", "Mousquetaires": "neutral", "Intermarché": "neutral",
                     "Lidl": "neutral", "Auchan": "neutral", "U": "neutral", "Carrefour": "neutral"},
         events=["bankruptcy"]),

    # The page's scraped date stamp (2021-12) contradicts the text (a plan "à l'horizon 2020").
    dict(id="fr14-tendanceouest-societe-generale-agences", lang="fr", split="heldout4",
         date="2015-12 (approx., from the text: a plan to 2020 unveiled on a Thursday; the page's 2021-12 stamp is wrong)",
         url="https://www.tendanceouest.com/actualite-120881-paris-afp-societe-generale-va-fermer-400-agences-en-france-d-ici-a-2020",
         text=""" date 2021-12 Société Générale a dévoilé jeudi le projet de transformation de ses réseaux en France à l'horizon 2020, qui passera notamment par la fermeture de 400 agences et la suppression d'environ 2.000 postes. Le groupe espère mener ce plan, qui découle de la place de plus en plus importante du numérique dans les rapports entre les Français et leurs banques, en évitant les licenciements et en s'appuyant sur des départs naturels, a indiqué son directeur général, Frédéric Oudéa, lors d'une conférence téléphonique. Selon un document interne, obtenu par l'AFP, un tiers des 2.000 suppressions de postes auraient lieu en Ile-de-France. Société Générale est présent en banque de détail en France à travers trois grandes marques: la sienne, celle de Crédit du Nord, dont la clientèle est davantage composée de professionnels et de PME, et la banque en ligne Boursorama. Outre la fermeture de 20% d'environ 2.200 agences Société Générale, le projet prévoit de faire passer le nombre de clients de Boursorama de 700.000 actuellement à deux millions d'ici à cinq ans, de développer de nouveaux formats d'agences plus centrés sur le conseil, et d'investir 1,5 milliard d'euros pour accompagner cette transformation, notamment dans le domaine de la numérisation des processus. En ce qui concerne le réseau Crédit du Nord, beaucoup moins dense, le directeur général délégué, Bernardo Sanchez Incera, a prévenu que des regroupements d'agences était à prévoir mais de façon bien moins importante que pour Société Générale. Cette réorganisation avait été évoquée dès septembre par les syndicats et le groupe, sans la confirmer, s'était alors contenté d'indiquer qu'il avait "déjà commencé progressivement à optimiser le maillage de (son) réseau". Selon lui, l'évolution des comportements a fait fondre la part de ses clients qui se rendent au moin""",
         ents="""ORG: Société Générale | AFP | Crédit du Nord | Boursorama
PER: Frédéric Oudéa | Bernardo Sanchez Incera
LOC: France | Ile-de-France""",
         sentiments={"Société Générale": "negative", "Crédit du Nord": "negative", "Boursorama": "positive"},
         events=["layoffs", "funding"]),

    dict(id="fr14-retaildetail-danone-t3", lang="fr", split="heldout4",
         date="2024-10 (approx., from the text: third-quarter sales, Nestlé's figures the week before)",
         url="https://retaildetail.be/fr/news/food/actimel-et-alpro-dopent-les-ventes-de-danone",
         text="""Les hausses de prix s’étant quelque peu atténuées, Danone voit les volumes repartir à la hausse, dans toutes les régions et toutes les catégories. La multinationale envisage donc l’avenir avec confiance dans un environnement difficile.
Des prix sous contrôle
Comme au deuxième trimestre, Danone constate que la maîtrise des prix est payante : le chiffre d’affaires comparable a augmenté de 4,2% à 6,8 milliards d’euros au troisième trimestre, grâce à des volumes en hausse de 3,6%, alors que les prix n’ont augmenté que de 0,7%.
En Europe, les prix ont en fait baissé de 1 %, tandis que les volumes ont augmenté de 2,4 %. Les ventes d’eau ont progressé en dépit d’un climat moins favorable, la division des produits laitiers et végétales a obtenu de bons résultats avec Alpro, Actimel et YoPro. En Amérique du Nord, les ventes ont augmenté de 5,8 %, grâce à une croissance des volumes de 4,9 % et à des hausses de prix de 0,9 %. Les produits hyperprotéinés, les crèmes à café et les eaux ont enregistré de bonnes performances. Les autres régions ont également enregistré de bonnes performances.
Danone maintient ses prévisions antérieures : une croissance du chiffre d’affaires comparable comprise entre 3 et 5 %, avec une légère amélioration de la marge. Ces résultats contrastent avec les chiffres médiocres publiés par Nestlé la semaine dernière.""",
         ents="""ORG: Danone | Nestlé
MISC: Alpro | Actimel | YoPro
LOC: Europe | Amérique du Nord""",
         sentiments={"Danone": "positive", "Nestlé": "negative"},
         events=["earnings"]),

    dict(id="fr14-mysweetimmo-orpea-conciliation", lang="fr", split="heldout4",
         date="2022-10 (from the URL; announced on a Wednesday, debt at 30 September)",
         url="https://www.mysweetimmo.com/2022/10/28/ehpad-trop-endette-orpea-se-place-sous-protection-judiciaire/",
         text="""Ehpad : Trop endetté, Orpea se place sous protection judiciaire

Très endetté et en difficulté depuis la sortie en janvier du livre-enquête « Les Fossoyeurs », le groupe d’Ehpad privés Orpea se place sous la protection judiciaire pour renégocier sa dette avec ses créanciers.

© adobestock

 0
Temps de lecture estimé : 3 min

Après le scandale, les déboires financiers… Dans la tourmente depuis la sortie en janvier du livre-enquête « Les Fossoyeurs », dénonçant ses pratiques, le groupe d’Ehpad privés Orpea a annoncé mercredi l’ouverture d’une nouvelle procédure amiable de conciliation devant le tribunal de commerce de Nanterre pour renégocier sa dette avec ses créanciers.

À la Bourse de Paris, les investisseurs ont réagi très vivement à cette annonce mercredi matin. L’action du groupe, dont la cotation avait été suspendue lundi, a plongé de plus de 40% dans les premiers échanges, à la reprise de sa cotation, avant que la chute ne se réduise. Vers 9 heures 30, le titre d’Orpea plongeait encore de 28%, à 10,60 euros.

« L’entreprise est trop endettée en raison du développement international et immobilier mené à un rythme effréné, à l’initiative de l’ancienne direction générale », a expliqué à l’AFP le nouveau directeur général d’Orpea, Laurent Guillot.

Une dette de 9,5 milliards d’euros

La dette du groupe s’élevait à plus de 9,5 milliards d’euros au 30 septembre dernier.

« Cette procédure de conciliation amiable nous permet de renégocier avec les acteurs financiers la situation de notre endettement et en même temps de protéger nos salariés et résidents« , a ajouté M. Guillot.

L’objectif envisagé serait de « convertir une partie de la dette d’Orpea en capital et de lever à nouveau de l’argent en dette et en capital auprès des investisseurs », a-t-il précisé. Cette procédure dite préventive permet à une entreprise en difficulté de négocier avec ses""",
         boiler=["© adobestock", "0", "Temps de lecture estimé : 3 min"],
         ents="""ORG: Orpea | tribunal de commerce de Nanterre | Bourse de Paris | AFP
PER: Laurent Guillot | Guillot
MISC: Les Fossoyeurs""",
         sentiments={"Orpea": "negative"},
         events=["bankruptcy"]),
]
