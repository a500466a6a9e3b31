"""French real business articles for the second held-out set (``split="heldout2"``, written to
real_heldout2.jsonl): annotated by hand before any system ran on them; never tuned on, errors never
listed, measured in aggregate only. Stored page text as delivered (see make_real.py for the format and
the annotation rules); any business news, all event kinds and sectors.
"""

ARTICLES = [
    dict(id="fr8-yahoo-soufflet-invivo", lang="fr", split="heldout2",
         date="2021-01-27 (approx., from the market ticker on the page: the InVivo-Soufflet deal of January 2021)",
         url="https://fr.finance.yahoo.com/actualites/rachat-soufflet-invivo-secrets-d-121634725.html",
         text="""La bourse est fermée
  • Dow Jones

    30 303,17
    -633,87 (-2,05 %)
     
  • Nasdaq

    13 270,60
    -355,47 (-2,61 %)
     
  • Nikkei 225

    28 635,21
    +89,03 (+0,31 %)
     
  • EUR/USD

    1,2117
    -0,0052 (-0,42 %)
     
  • HANG SENG

    29 297,53
    -93,73 (-0,32 %)
     
  • BTC-EUR

    25 855,27
    -1 060,05 (-3,94 %)
     
  • CMC Crypto 200

    628,91
    -11,01 (-1,72 %)
     
  • S&P 500

    3 750,77
    -98,85 (-2,57 %)
     

Rachat de Soufflet par InVivo: les secrets d’un deal à 2 milliards d'euros

·2 min de lecture

Le rachat du N°1 mondial des céréales, le français Soufflet par la coopérative Invivo, pour plus de 2 milliards d’euros, crée un géant de 10 milliards d’euros de chiffre d’affaires. L'objectif: profiter de la soif mondiale pour… la bière. Les secrets d’un des plus gros deals de l’année.

Yvonne doit se retourner dans sa tombe. Yvonne, c’était la grand-mère Soufflet, décédée il a quelques années. Elle incarnait cette génération dure à la tâche, née dans cette champagne pouilleuse, loin des vignes de la champagne "à bulles" et de ses richesses. Avec son mari, Jean, elle avait travaillé dur pour faire grandir leur modeste entreprise de négoce de blé. Elle n’aurait jamais imaginé que son petit-fils, Jean-Michel, vendrait un jour ce patrimoine familial, , à une coopérative de paysans, comme InVivo.

Lorsque la famille, en 1957, confie les rênes du petit groupe champenois à Michel Soufflet -père de Jean-Michel- il n’a que 26 ans. "J'étais chauffeur, j'étais l'homme à tout faire, j'étais le bouche-trou. On n'était pas beaucoup à l'époque, on était sept", se souvient-il. Aujourd'hui, le groupe a mille fois plus de collaborateurs. Car le jeune Michel a en tête des rêves qu’on trouve alors totalement farfelus: exporter. Mais bientôt il fait construire un silo à Rouen, pour mieux organiser l’export, puis ouvre des filiales à l""",
         boiler=["La bourse est fermée", "• Dow Jones", "30 303,17", "-633,87 (-2,05 %)", "• Nasdaq", "13 270,60", "-355,47 (-2,61 %)", "• Nikkei 225", "28 635,21", "+89,03 (+0,31 %)", "• EUR/USD", "1,2117", "-0,0052 (-0,42 %)", "• HANG SENG", "29 297,53", "-93,73 (-0,32 %)", "• BTC-EUR", "25 855,27", "-1 060,05 (-3,94 %)", "• CMC Crypto 200", "628,91", "-11,01 (-1,72 %)", "• S&P 500", "3 750,77", "-98,85 (-2,57 %)", "·2 min de lecture"],
         ents="""ORG: Soufflet#0,1 | InVivo | Invivo
PER: Soufflet#0 | Michel Soufflet | Jean-Michel | Jean | Michel | Yvonne
LOC: Rouen""",
         sentiments={"Soufflet": "neutral", "InVivo": "positive"},
         events=["acquisition"]),

    dict(id="fr8-rmc-fermetures-usines", lang="fr", split="heldout2",
         date="2024-11-11 (from the URL)",
         url="https://rmc.bfmtv.com/actualites/societe/transports/fermetures-d-usines-les-salaries-craignent-une-multiplication-des-plans-sociaux_AV-202411110102.html",
         text="""Fermetures d'usines: les salariés craignent une multiplication des plans sociaux

L'inquiétude monte chez les salariés des sites industriels. Après les annonces, mardi, de la fermeture de deux usines Michelin (à Vannes et Cholet) et du plan social massif chez Auchan, la ministre du Travail, Astrid Panosyan-Bouvet, a affirmé dans le JDD que "les conditions économiques se durcissaient sensiblement".
Dimanche, la secrétaire générale de la CGT Sophie Binet a également prévenu: "Nous sommes au début d'une violente saignée industrielle", dans une interview accordée à La Tribune Dimanche. "On estime que plus de 150.000 emplois vont disparaître, probablement plus", a-t-elle avancé. Selon la CGT, près de 200 plans sociaux sont attendus.
Des menaces de plans sociaux qui inquiètent logiquement les salariés concernés. À Douvrin, dans le Nord, l'usine Stellantis produit des moteurs depuis 1969, mais les employés ne savent pas pour combien de temps encore. Régis Scheenaerts, sécrétaire syndical CGT, est inquiet: "Là, la direction a arrêté le 8 novembre, c'est tout récent, la production d'un moteur sur les trois, qui est transférée en Hongrie. Les deux autres, un moteur diesel et un moteur essence, sont en phase de subir le même sort."
700 salariés seraient concernés, mais Stellantis dément tout projet de fermeture de site en France. Pour le moment, car il y a un mois, son directeur général Carlos Tavares annonçait ne pas exclure des arrêts d'usines.
Les moyennes et petites entreprises aussi concernées
Les entreprises de plus petite taille ne sont pas épargnées, comme l'usine chimique de WeylChem Lamotte dans l'Oise.
"Nous avons appris que nous perdions notre plus gros client, et puis est arrivée en octobre l'annonce du plan social avec la suppression de 130 emplois sur une société qui en compte 400", se désole Grégory Dubos, secrétaire syndical CGT.
Une situation intenable pour les salariés: "On ne savait pas si au mois de janvie""",
         ents="""ORG: Michelin | Auchan | JDD | CGT | La Tribune Dimanche | Stellantis | WeylChem Lamotte
PER: Astrid Panosyan-Bouvet | Sophie Binet | Régis Scheenaerts | Carlos Tavares | Grégory Dubos
LOC: Vannes | Cholet | Douvrin | Nord | Hongrie | France | Oise""",
         sentiments={"Michelin": "negative", "Auchan": "negative", "Stellantis": "negative", "WeylChem Lamotte": "negative"},
         events=["layoffs"]),

    dict(id="fr8-zonebourse-manor-gilg", lang="fr", split="heldout2",
         date="2019-01-17 (approx., from the text: successor in office from Friday 18 January)",
         url="https://www.zonebourse.com/actualite-bourse/Manor-Jerome-Gilg-succede-a-Stephane-Maquaire-a-la-tete-de-l-enseigne-27880777/",
         text="""Zurich (awp) - Le groupe Manor a désigné Jérôme Gilg pour succèder dès vendredi 18 janvier à Stéphane Maquaire au poste de directeur général. Le nouveau patron officiait jusqu'ici à la tête des magasins de bricolage et jardinage Jumbo, également propriété de Maus Frères, indique un communiqué publié jeudi.

La passation de pouvoirs marque la finalisation d'une phase de réorganisation structurelle pour la chaîne de grands magasins. L'entreprise entend désormais se concentrer sur les aspects commerciaux et sur l'accélération de la numérisation de ses processus.

jh/rp""",
         boiler=["jh/rp"],
         ents="""ORG: awp | Manor | Jumbo | Maus Frères
PER: Jérôme Gilg | Stéphane Maquaire
LOC: Zurich""",
         sentiments={"Manor": "neutral", "Jumbo": "neutral", "Maus Frères": "neutral"},
         events=["leadership_change"]),

    dict(id="fr8-iphonesoft-apple-appel", lang="fr", split="heldout2",
         date="2020-03-19 (from the URL)",
         url="https://iphonesoft.fr/2020/03/19/condamnation-france-apple-appel-decision-justice?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+IphoneSoft+%28iPhoneSoft%29",
         text="""Condamnation en France : Apple fait appel à la décision de justice

Il y a 1 heure

William Teixeira

Il y a quelques jours on apprenait que l'Autorité française de la concurrence avait pris la décision d'infliger une amende de 1,1 milliard d'euros à Apple pour pratiques anticoncurrentielles. Aujourd'hui, la firme de Cupertino a réagi pour la première fois à cette décision qui lui parait absurde. L'entreprise californienne fait appel à la condamnation et compte bien mettre ses meilleurs avocats sur le coup.

Une amende qui dépasse le milliard d'euros

C'est une amende record que vient d'avoir Apple. L'Autorité de la concurrence française reproche à la firme de Cupertino d'avoir pendant plusieurs années réalisé des accords illégaux au sein de son réseau de distribution. Une pratique qui a provoqué un abus économique pour les nombreux revendeurs indépendants.

Si cette condamnation est énorme, deux grossistes d'Apple ont eux aussi été sanctionnés avec des amendes très importantes par rapport à leur chiffre d'affaires. On retrouve par exemple Ingram Micro qui a eu une amende de 62,9 millions d'euros et Tech Data qui a eu une condamnation de 76,1 millions.

Apple a exprimé son mécontentement vis-à-vis de cette décision, pour l'entreprise c'est "profondément regrettable" et au sein de la direction de l'Apple Park il y règne un désaccord et une incompréhension.

Apple n'explique pas plus sa position sur cette affaire, mais elle décrit des pratiques qui remontent à plus de 10 ans, quand Apple était encore gérée par Steve Jobs.

Une chose est sûre, c'est que même si cela doit durer des années et des années de procès (comme l'affaire VirnetX), Apple refuse de payer cette amende. La firme a annoncé faire appel le plus rapidement possible.



""",
         boiler=["Il y a 1 heure", "William Teixeira"],
         ents="""ORG: Apple | Autorité française de la concurrence | Autorité de la concurrence française | Ingram Micro | Tech Data | VirnetX
LOC: France | Cupertino | Apple Park
PER: Steve Jobs""",
         sentiments={"Apple": "negative", "Ingram Micro": "negative", "Tech Data": "negative", "VirnetX": "neutral"},
         events=["legal"]),

    dict(id="fr8-peopledaily-dongfeng-psa", lang="fr", split="heldout2",
         date="2014-03-28 (approx., from the text: signed during Xi Jinping's state visit to France)",
         url="http://french.peopledaily.com.cn/Economie/8582342.html",
         text="""Le constructeur automobile chinois Dongfeng Motor Group et le français PSA Peugeot Citroën ont signé vendredi un accord pour l'établissement d'un partenariat stratégique mondial afin d'approfondir leur coopération.
Cet accord a été signé à Beijing en présence du PDG de Dongfeng, Xu Ping, et du président du directoire de PSA Peugeot Citroën, Philippe Varin.
Les deux parties ont convenu de renforcer la coopération dans les domaines de la technologie, de la recherche et du développement, de la production et de la distribution à l'étranger.
Elles envisagent ainsi d'établir un centre de recherche et de développement en Chine et de créer une filiale chargée des ventes des véhicules de PSA et de la gestion de la joint-venture Dongfeng Peugeot Citroën Automobile Co,. Ltd. basée en Asie.
Les deux entreprises visent des ventes annuelles de 1,5 million de véhicules pour Dongfeng Peugeot Citroën en 2020, soit un chiffre plus de deux fois supérieur aux ventes de l'année dernière.
Un comité de partenariat stratégique sera établi pour aider à dresser des plans de coopération détaillés d'ici la fin de l'année.
Le marché chinois est la pierre angulaire de la stratégie de mondialisation de PSA. Ce marché, qui est aujourd'hui le deuxième plus important pour l'entreprise française, deviendra son plus grand marché d'ici 2015, a indiqué M. Varin.
Cette décision fait suite à la signature mercredi à Paris d'un accord entre les deux parties. Dans le cadre de cet accord, Dongfeng s'engage à acquérir une part de 14% de PSA pour 800 millions d'euros (1,1 milliard de dollars).
Dongfeng disposera ainsi d'une part et de droits de vote égaux à ceux du gouvernement français et de la famille Peugeot.
Vingt-et-un accords ont été signés entre les deux pays lors de la visite d'Etat du président Xi Jinping en France.""",
         ents="""ORG: Dongfeng Motor Group | PSA Peugeot Citroën | Dongfeng Peugeot Citroën Automobile Co,. Ltd | Dongfeng Peugeot Citroën | Dongfeng | PSA
PER: Xu Ping | Philippe Varin | Varin | Xi Jinping | Peugeot
LOC: Beijing | Chine | Asie | Paris | France""",
         sentiments={"Dongfeng Motor Group": "positive", "PSA Peugeot Citroën": "positive", "Dongfeng Peugeot Citroën Automobile Co,. Ltd": "neutral"},
         events=["partnership", "funding"]),

    dict(id="fr8-latribune-accords-franco-russes", lang="fr", split="heldout2",
         date="2009-11-27 (from the URL)",
         url="https://www.latribune.fr/actualites/economie/international/20091127trib000447464/serie-d-accords-en-marge-du-sommet-franco-russe.html",
         text="""Série d'accords en marge du sommet franco-russe

A l'occasion de la visite en France du Premier ministre russe Vladimir Poutine, une série d'accords a été annoncée. Renault, Total, Alcatel-Lucent, Thales, Safran, Sanofi-Aventis, Vinci, EADS-Airbus et son A380 qui pourra survoler la Sibérie, sont concernés.

A l'occasion de la visite en France du Premier ministre russe Vladimir Poutine, une série d'accords a été annoncée. Outre les protocoles concernant GDF Suez et EDF, Renault, Total, Alcatel-Lucent, Thales, Safran, Sanofi-Aventis et Vinci sont concernés. De plus, la France étudie la demande de la Russie d'acquérir un navire de guerre français de type Mistral ce qui serait une première.

Renault a ainsi signé un protocole d'accord d'accord pour la restructuration du constructeur russe en difficultés AvtoVaz. Cet accord prévoit un apport de 240 millions d'euros de la part du groupe français en matière de technologies et de matériels. De son côté,  l'Etat russe va tripler son soutien à AvtoVaz, qui passera à 1,67 milliard d'euros pour rembourser les dettes bancaires et couvrir les besoins de liquidités à court terme d'Avtovaz.

Par ailleurs, Total a conclu un partenariat avec Novartec pour développer le champ gazier de Yamal. Son patron, Christophe de Margerie, a aussi annoncé que le groupe français aller réduire sa participation dans le champ pétrolier russe de Kharyaga de 50% à 40%. La participation du norvégien Statoil sera ramenée de 50% à 30%.

Alcatel-Lucent et le groupe public SC Rostechnologii vont créer une coentreprise pour fabriquer des équipements de télécommunications de pointe en Russie. Basée à Moscou, elle démarrera ses activités au premier trimestre 2010 et vendra des solutions de télécommunications sur les segments de marché à forte croissance des fournisseurs de services et des entreprises.

Thales a également signé un protocole avec Rostechnologii en vue de renforcer leur coopération dans les te""",
         ents="""ORG: Renault | Total | Alcatel-Lucent | Thales | Safran | Sanofi-Aventis | Vinci | EADS-Airbus | GDF Suez | EDF | AvtoVaz | Avtovaz | Novartec | Statoil | SC Rostechnologii | Rostechnologii
MISC: A380 | Mistral
LOC: France | Sibérie | Russie | Yamal | Kharyaga | Moscou
PER: Vladimir Poutine | Christophe de Margerie""",
         sentiments={"Renault": "neutral", "Total": "neutral", "Alcatel-Lucent": "neutral", "Thales": "neutral", "Safran": "neutral", "Sanofi-Aventis": "neutral", "Vinci": "neutral", "EADS-Airbus": "neutral", "GDF Suez": "neutral", "EDF": "neutral", "AvtoVaz": "mixed", "Novartec": "neutral", "Statoil": "neutral", "SC Rostechnologii": "neutral"},
         events=["partnership", "funding"]),

    dict(id="fr8-zonebourse-casino-perte-2024", lang="fr", split="heldout2",
         date="2025 (approx., from the text: the 2024 annual results)",
         url="https://www.zonebourse.com/cours/action/CASINO-GUICHARD-PERRACHON-4627/actualite/Les-actions-de-Casino-chutent-de-plus-de-12-apres-que-le-groupe-ait-annonce-une-perte-pour-2024-49199523/",
         text="""Le groupe français de supermarchés Casino a annoncé vendredi une perte nette de 295 millions d'euros (306,8 millions de dollars) pour 2024, après une année marquée par des restructurations, des cessions de magasins et des suppressions d'emplois, ce qui a fait chuter l'action de plus de 12%.

Le propriétaire des enseignes Monoprix, Franprix et Naturalia, qui est sorti de l'indice français SBF120 pour la deuxième fois en deux ans en décembre, a dit avoir vendu 366 hypermarchés et supermarchés et fermé 768 points de vente l'an dernier.

A 12 h 35 GMT vendredi, son action cotée à Paris, qui a chuté de 38 % depuis le début de l'année, était tombée à 0,68 euro, son plus bas niveau enregistré dans les données du LSEG depuis 1985.

"Nous avons mis en place des actions concrètes et difficiles pour sauver le groupe, qui pénaliseront les ventes à court terme, mais qui sont nécessaires pour assurer la viabilité à long terme du groupe", a déclaré le PDG Philippe Palazzi aux journalistes lors d'une conférence téléphonique après la publication des résultats.

Les ventes annuelles comparables ont baissé de 2,6 % à 8,47 milliards d'euros, a indiqué le groupe dans un communiqué.

Un consortium dirigé par le milliardaire tchèque Daniel Kretinsky a acquis une participation majoritaire dans la société après que le tribunal de commerce de Paris a approuvé en février dernier une procédure de renflouement.

Casino, qui a présenté en novembre son plan stratégique à l'horizon 2028, prévoit désormais un retour à l'équilibre de son flux de trésorerie disponible après dépenses en 2026.

"Les résultats nets sont en forte amélioration", a déclaré M. Palazzi vendredi. "Les premiers signes de reprise sont déjà là.

(1 $ = 0,9619 euros) (Reportage de Florence Loève ; Rédaction d'Alessandro Parodi ; Edition de Jan Harvey)""",
         boiler=["(1 $ = 0,9619 euros) (Reportage de Florence Loève ; Rédaction d'Alessandro Parodi ; Edition de Jan Harvey)"],
         ents="""ORG: Casino | Monoprix | Franprix | Naturalia | LSEG | tribunal de commerce de Paris
MISC: SBF120
PER: Philippe Palazzi | Palazzi | Daniel Kretinsky
LOC: Paris""",
         sentiments={"Casino": "negative", "Monoprix": "neutral", "Franprix": "neutral", "Naturalia": "neutral", "LSEG": "neutral"},
         events=["earnings"]),

    dict(id="fr8-romandie-technicolor-perte", lang="fr", split="heldout2",
         date="2018-02 (from the page; the 2017 annual results)",
         url="https://www.romandie.com/news/ZOOM-Technicolor-devisse-de-plus-de-20-apres-une-annee-2017-particulierement-difficile/892679.rom",
         text=""" date 2018-02 TECHNICOLOR

EURONEXT

NATIXIS

Paris - Le titre du groupe français de services et de technologies pour les médias numériques Technicolor dévissait de plus de 20% jeudi à la Bourse de Paris, plombé par une perte nette multipliée par plus de six en 2017 et une nouvelle révision en baisse de ses objectifs.A 10H13 (09H13 GMT), l'action Technicolor chutait de 20,86% à 2,31 euros, dans un marché en baisse de 0,68%.Le groupe a accusé une perte nette de 173 millions d'euros en 2017, contre 26 millions un an plus tôt, subissant surtout l'effet d'une dépréciation de 113 millions d'euros due à la cession annoncée en décembre de son activité de licences de brevets.Le groupe, tombé dans le rouge en 2016, pense atteindre un plancher en 2018 pour ensuite remonter la pente, mais il a dû se résoudre à réduire pour la deuxième année de suite les objectifs à moyen terme de son plan "Drive 2020", qui date de 2014.Technicolor table désormais sur un excédent brut d'exploitation (Ebitda) "supérieur à 350 millions d'euros en 2020", contre un objectif de 680 millions un an plus tôt.Il vise des flux de trésorerie disponible d'"au moins 130 millions d'euros" en 2020, contre 280 millions annoncés précédemment."L'année 2017 a été particulièrement difficile pour Technicolor, qui a cependant démontré la capacité de résistance de ses activités opérationnelles", a souligné le directeur général, Frédéric Rose, cité dans un communiqué.Le groupe avait déjà revu plusieurs fois à la baisse ses objectifs financiers pour l'exercice 2017 à cause de l'impact du prix élevé des cartes mémoires et du fait de la cession de son activité de licences de brevets.Au vu de cette situation difficile, Technicolor a indiqué par ailleurs qu'il ne proposerait pas de dividende à ses actionnaires et a annoncé le départ prévu pour mars 2018 de sa directrice fina""",
         boiler=["date 2018-02 TECHNICOLOR", "EURONEXT", "NATIXIS"],
         ents="""ORG: Technicolor | Bourse de Paris
LOC: Paris
MISC: Drive 2020
PER: Frédéric Rose""",
         sentiments={"Technicolor": "negative"},
         events=["earnings", "leadership_change"]),

    dict(id="fr8-infoeconomie-renault-scenic", lang="fr", split="heldout2",
         date="2023-09-04 (approx., from the text: Munich motor show, a Monday)",
         url="https://info-economie.tn/?p=19336",
         text="""Renault a dévoilé lundi une nouvelle version de son célèbre modèle de monospace Scenic, lancé il y a 27 ans, dans un format 100% électrique et sous une silhouette SUV plus adaptée à la demande.
Le véhicule, qui sera fabriqué dans l’usine de Douai (Hauts-de-France), promet 620 kilomètres d’autonomie, a précisé Renault présent au Salon de l’automobile de Munich.
Le nouveau Scenic sera l’un des modèles phares d’Ampère, la nouvelle entité du groupe dédiée à l’électrique qui doit être introduite en Bourse au printemps prochain.
Son prix avoisinera les 40.000 euros, a indiqué le directeur général de Renault, Luca De Meo, lundi sur RTL. « Ce sera un peu en-dessous des 40.000 euros, on sera plus précis à la fin de l’année », a-t-il dit.
La question du prix des véhicules électriques, toujours très élevé, reste un sujet central face à la vive concurrence de Tesla et des constructeurs chinois.
« La voiture coche beaucoup de cases pour faire en sorte que ce soit une voiture pour tout le monde, et pas seulement pour une niche« , a assuré Luca De Meo.
Depuis son lancement, le Scenic s’est vendu à 5,3 millions d’exemplaires, a dit Fabrice Cambolive, directeur général de la marque Renault, au cours de la présentation du nouveau modèle.
Source : Reuters""",
         boiler=["Source : Reuters"],
         ents="""ORG: Renault | Ampère | RTL | Tesla
MISC: Scenic | Salon de l’automobile de Munich
LOC: Douai | Hauts-de-France
PER: Luca De Meo | Fabrice Cambolive""",
         sentiments={"Renault": "positive", "Ampère": "neutral", "Tesla": "neutral"},
         events=["product_launch"]),

    dict(id="fr8-morandini-google-amende", lang="fr", split="heldout2",
         date="2025-09-05 (approx., from the text: the Commission's advertising fine, a Friday)",
         url="https://www.jeanmarcmorandini.com/article-618097-publicite-en-ligne-la-commission-europeenne-inflige-une-amende-de-295-milliards-d-euros-a-google-pour-pratiques-abusives.html",
         text="""
Le géant américain de la tech Google a vigoureusement critiqué vendredi la décision de la Commission européenne de lui infliger une amende de près de 3 milliards d'euros, et a annoncé faire appel.
"La décision de la Commission européenne concernant nos services publicitaires est mauvaise et nous allons faire appel", a affirmé la vice-présidente des affaires réglementaires de l'entreprise, Lee-Anne Mulholland.
Dans un communiqué transmis à l'AFP, cette dirigeante a dénoncé "une amende injustifiée". La décision de Bruxelles, ajoute-t-elle, "exige des changements qui vont nuire à des milliers d'entreprises européennes en leur compliquant la tâche pour gagner de l'argent".
Vos réactions
Réagissez
Nouveau ?
Inscrivez-vousDéjà membre ?
Mot de passe oublié ?""",
         boiler=["Vos réactions", "Réagissez", "Nouveau ?", "Inscrivez-vousDéjà membre ?", "Mot de passe oublié ?"],
         ents="""ORG: Google | Commission européenne | AFP
PER: Lee-Anne Mulholland
LOC: Bruxelles""",
         sentiments={"Google": "negative"},
         events=["legal"]),

    dict(id="fr8-modeintextile-mim-liquidation", lang="fr", split="heldout2",
         date="2017-04-26 (from the text)",
         url="https://modeintextile.fr/lenseigne-mim-liquidation-judiciaire-pres-de-800-emplois-supprimes",
         text="""Le Tribunal de commerce de Bobigny a ordonné mercredi la liquidation judiciaire de l’enseigne de mode à petits prix, et la fermeture immédiate de 162 boutiques.
Le tribunal a validé fin mars un plan de rachat partiel de la chaîne par un tandem formé par Tally Weijl et Etam, qui s’engageaient à reprendre 71 points de vente sur les 233 magasins en propre (et 90 affiliés).
L’enseigne, fondée en 1976, avait été placée en redressement judiciaire en novembre 2016.
Source: europe1.fr – 26/04/2017""",
         boiler=["Source: europe1.fr – 26/04/2017"],
         ents="""ORG: Tribunal de commerce de Bobigny | Tally Weijl | Etam""",
         sentiments={"Tally Weijl": "neutral", "Etam": "neutral"},
         events=["bankruptcy", "layoffs"]),

    dict(id="fr8-usinenouvelle-operations-2018", lang="fr", split="heldout2",
         date="2018-12 (approx., from the text: review of the year 2018)",
         url="https://www.usinenouvelle.com/editorial/ouverture-d-usines-extension-fermetures-les-18-operations-symboliques-pour-l-industrie-francaise-en-2018.N785669",
         text="""Ouverture d’usines, extension, fermetures: les 18 opérations symboliques pour l'industrie française en 2018

,

Publié le

Retour sur les 18 opérations emblématiques qui ont marqué l'industrie française en 2018 : ouverture de nouvelles usines, investissements, fermetures de sites.

Airbus (Aéronautique) à Toulouse (Midi-Pyrénées)

Le constructeur aéronautique a mis en service, début mai, Airlog 2, une plate-forme logistique de 36 000 m2 à proximité de ses sites d’assemblage dans l’agglomération toulousaine, en Haute-Garonne. Objectif de cet investissement de 30 millions d’euros : réorganiser et optimiser les flux et le stockage des éléments de cabines des A 350, A 330 et A 320. C’est le groupe Daher qui assurera la gestion de la plate-forme.

Aqualande (Agroalimentaire) à Sarbazan (Landes)

Le groupe a prévu d’embaucher 280 salariés pour faire tourner sa dernière usine dont la production a démarré fin 2018 à Sarbazan, dans les Landes. Elle doit lui permettre d’augmenter sa production de truite fumée.

Beihao (Cosmétique) à Amilly (Loiret)

Le fabricant taïwanais de masque de beauté a investi 4 millions d’euros pour implanter son deuxième site de production européen et réhabiliter l’ancienne usine Noveo-Fareva fermée en 2015 dans la Cosmetic valley, à Amilly, près de Montargis (Loiret). Une vingtaine d’emplois ont été créés.

 Bel (Agroalimentaire) à Evron (Mayenne)

Le groupe laitier a injecté près de 28 millions d’euros dans son usine d’Evron, en Mayenne, spécialisée dans la production de mini Babybel. Objectif : moderniser les équipements en réduisant la pénibilité de certains postes et augmenter de 20 % la capacité du site.

Catoire-Semi (Mécanique) à Martizay (Indre)

Pour faire face à la croissance de ses ventes dans l’aéronautique et l’automobile, la PME familiale a doublé la surface de son site produisant des machines spéciales pour la fonderie et la plasturgie à Martizay (""",
         boiler=[",", "Publié le"],
         ents="""ORG: Airbus | Daher | Aqualande | Beihao | Noveo-Fareva | Bel | Catoire-Semi
LOC: Toulouse | Midi-Pyrénées | Haute-Garonne | Sarbazan | Landes | Amilly | Loiret | Cosmetic valley | Montargis | Evron | Mayenne | Martizay | Indre
MISC: Airlog 2 | A 350 | A 330 | A 320 | Babybel""",
         sentiments={"Airbus": "positive", "Daher": "positive", "Aqualande": "positive", "Beihao": "positive", "Noveo-Fareva": "neutral", "Bel": "positive", "Catoire-Semi": "positive"},
         events=["expansion", "funding"]),

    dict(id="fr8-latribune-ouvertures-paris", lang="fr", split="heldout2",
         date="2010-10-05 (approx., from the URL: edition of 5 October; openings of October 2010)",
         url="https://www.latribune.fr/journal/edition-du-0510/industrie-et-services/1050542/salve-d-ouvertures-dans-paris.html",
         text="""Salve d'ouvertures dans Paris

Paris renoue avec les grandes inaugurations. Après H&M, ce sera au tour de Tommy Hilfiger de s'installer sur les Champs-Élysées. Le 21 octobre, l'enseigne américaine inaugurera un megastore, son premier en France. Suivront les ouvertures d'Abercrombie & Fitch, marque américaine de sportswear qui, début 2011, occupera un hôtel particulier en bas de l'avenue. Levi's s'installera à la place de l'ex-restaurant Planet Hollywood. Et, selon nos informations, Banana Republic, enseigne BCBG du groupe Gap, ouvrira son premier magasin en France, à côté d'Adidas, sur 1.500 m2.Cette salve d'ouvertures intervient après un creux en 2008 et 2009. Avec la crise, nombre d'enseignes avaient gelé leur plan d'expansion. « Mais, depuis plusieurs mois, elles sont de retour pour s'implanter dans Paris », observe Nicolas Olivaux, du cabinet Draco and Partners. C'est-à-dire au prix fort. Le japonais Uniqlo, entré en France il y a un an, cherche une autre adresse parisienne. Et les britanniques Top Shop et Primark sont aussi à l'affût.Les Champs-Élysées ne sont pas le seul terrain de jeu. Rive Gauche, le petit monde de l'immobilier commercial se réjouit de l'ouverture de Hermès rue de Sèvres, le 19 novembre, sur 1.400 m2. L'arrivée de la marque française de luxe doit redorer encore l'image de ce quartier et en valoriser les baux commerciaux (de 4.000 à 5.000 euros/m2, par an). « Depuis l'installation d'Armani et de Vuitton à Saint-Germain-des-Près, la greffe du luxe n'a pas vraiment pris rive gauche. Faute de palaces, la clientèle n'est pas touristique, mais parisienne », juge un expert. Chanel serait aux aguets pour ouvrir face à Hermès. J. G.
Commentaire 0

Votre email ne sera pas affiché publiquement.
Tous les champs sont obligatoires.

Il n'y a actuellement aucun commentaire concernant cet article.
Soyez le premier à donner votre avis !

-

Merci pour votre commentaire. Il sera visible prochainement sous réserve de valida""",
         boiler=["Commentaire 0", "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obligatoires.", "Il n'y a actuellement aucun commentaire concernant cet article.", "Soyez le premier à donner votre avis !", "-", "Merci pour votre commentaire. Il sera visible prochainement sous réserve de valida"],
         ents="""ORG: H&M | Tommy Hilfiger | Abercrombie & Fitch | Levi's | Planet Hollywood | Banana Republic | Gap | Adidas | Draco and Partners | Uniqlo | Top Shop | Primark | Hermès | Armani | Vuitton | Chanel
LOC: Paris | Champs-Élysées | France | Rive Gauche | rive gauche | rue de Sèvres | Saint-Germain-des-Près
PER: Nicolas Olivaux""",
         sentiments={"H&M": "neutral", "Tommy Hilfiger": "positive", "Abercrombie & Fitch": "positive", "Levi's": "positive", "Planet Hollywood": "neutral", "Banana Republic": "positive", "Gap": "neutral", "Adidas": "neutral", "Draco and Partners": "neutral", "Uniqlo": "neutral", "Top Shop": "neutral", "Primark": "neutral", "Hermès": "positive", "Armani": "neutral", "Vuitton": "neutral", "Chanel": "neutral"},
         events=["expansion"]),

    dict(id="fr8-frenchinform-shein-magasins", lang="fr", split="heldout2",
         date="2025-10-01 (from the text: Wednesday 1 October)",
         url="https://frenchinform.com/?p=30637",
         text="""Economia

Shein va ouvrir un magasin dans six villes de France, une première mondiale

ÉCONOMIE – Coup de tonnerre dans la capitale. Considéré comme le porte-étendard du pire de l’ultra-fast fashion, l’enseigne chinoise Shein va s’implanter en France avec des magasins permanents, peu de temps après un premier partenariat remarqué avec la marque Pimkie. Mais rien d’illogique puisque la France est le premier marché de Shein en Europe.

Donald Tang, président exécutif de l’e-commerçant annonce ce mercredi 1er octobre au Figaro que sa marque de vêtements à (très) bas prix va notamment ouvrir un magasin permanent dans la capitale. Et pas n’importe où puisque c’est le BHV situé dans le quartier du Marais au centre de Paris, qui a été choisi. Dans cette célèbre enseigne de la rue de Rivoli, 1200 m² seront consacrés à la marque chinoise dès le début du mois de novembre.

Jusqu’ici, seuls quelques pop-up stores et autres boutiques éphémères avaient ouvert en France. Mais avec cette annonce et l’arrivée d’autres boutiques dans l’Hexagone, Donald Tang dévoile un virage inattendu de la marque aussi appréciée pour ses prix que conspuée pour ses méthodes et son impact écologique. L’OCDE avait d’ailleurs noté au mois de septembre que l’activité de Shein n’était ni confirme au droit français, ni au droit européen. Que ce soit au sujet des droits humains, des salaires ou de l’impact sur l’environnement.

Ce qui ne semble pas avoir gêné le groupe SGM (nouveau propriétaire du BHV) de passer un accord avec le géant chinois de la fast-fashion pour cette implantation physique inédite.

Shein dans cinq magasins Galeries Lafayette

Une fois l’étape BHV passée, Shein veut partir à l’assaut du reste du territoire français avec cinq autres points de vente ouverts d’ici la fin 2025. Shein profitera des Galeries Lafayette pour ouvrir de grands magasins à Dijon, Grenoble, Reims, Limoges et Angers.

« """,
         boiler=["Economia"],
         ents="""ORG: Shein | Pimkie | Figaro | BHV | OCDE | SGM | Galeries Lafayette
LOC: France | Europe | Marais | Paris | rue de Rivoli | Hexagone | Dijon | Grenoble | Reims | Limoges | Angers
PER: Donald Tang""",
         sentiments={"Shein": "mixed", "Pimkie": "neutral", "BHV": "neutral", "SGM": "neutral", "Galeries Lafayette": "neutral"},
         events=["expansion", "partnership"]),

    dict(id="fr8-electronlibre-bouygues-free", lang="fr", split="heldout2",
         date="2013-12-20 (from the URL)",
         url="https://electronlibre.info/2013/12/20/martin-bouygues-perd-son-sang-froid-son-tour/",
         text="""Free est une entreprise légère qui fait des bénéfices malgré une politique de prix agressive, et ce, depuis son entrée sur le marché des télécoms. Ce fait établi, l'arrivée de Free Mobile n'a pas été une si grande surprise que cela, et encore moins si l'on se référence aux déclarations de Xavier Niel, promettant de forte réduction pour les clients. Et pourtant depuis quelques jours, Orange puis Bouygues semblent être sur le pied de guerre. Après les déclarations de Stéphane Richard qui visait directement Free Mobile, alors même que cette entreprise acquitte un droit de plus de 1 milliard d'euros pour l'itinérance des appels de ses clients sur le réseau 3G d'Orange, c'est au tour de Martin Bouygues d'ouvrir le feu. Dans une entretien au Figaro, le patron du groupe de BTP diversifié dans la télévision et les télécom affirme "dans l'Internet fixe, la fête est finie. [...] Bouygues Telecom va offrir une vraie rupture en 2014, avec des technologies et des services innovants. Nous allons faire faire 150 euros d'économie par an aux abonnés du fixe qui choisiront ce service, ce qui fait une économie de 12,5 euros par mois. Qui dit mieux? Que Xavier Niel fasse la même chose s'il en est capable!». Une déclaration fracassante qui a fait chuté l'action de Iliad, la maison mère de Free, en bourse ce matin. Bouygues Télécom est l'opérateur le plus touché par Free. Sur le fixe, il est derrière en nombre d'abonnements, et sa progression sur le mobile a été nettement ralentie. L'offensive sur les prix ou les services, le patron de Bouygues n'est pas clair sur le sujet, annoncée était inévitable pour rester dans la course. Rappelons que Bouygues Télécom et SFR discutent toujours pour mutualiser leurs réseaux et alléger leurs coûts. A noter, pour conclure, que SFR ne semble pas vouloir entrer dans ce débat public, où les arguments volent bien bas.""",
         ents="""ORG: Free Mobile | Free | Orange | Bouygues Telecom | Bouygues Télécom | Bouygues | Iliad | SFR | Figaro
PER: Xavier Niel | Stéphane Richard | Martin Bouygues""",
         sentiments={"Free": "positive", "Free Mobile": "neutral", "Orange": "neutral", "Bouygues": "negative", "Bouygues Telecom": "negative", "Iliad": "negative", "SFR": "neutral"},
         events=["competition"]),

    dict(id="fr8-strategies-free-licence-3g", lang="fr", split="heldout2",
         date="2010-10-12 (approx., from the text: Tuesday 12 October)",
         url="https://strategies.fr/actualites/medias/146919W/le-conseil-d-etat-confirme-l-attribution-a-free-de-la-quatrieme-licence-3g.html",
         text="""Le Conseil d'Etat a confirmé mardi 12 octobre l'attribution à Free de la quatrième licence de téléphonie mobile 3G, rejetant l'ensemble des requêtes de SFR et Bouygues Telecom qui jugeaient que cette quatrième licence avait été accordée pour un prix trop bas (240 millions d'euros) et plaidaient la nullité de son attribution. Les deux opérateurs craignent l'arrivée de Free sur le marché car le «trublion de l'Internet» a promis de casser les prix.""",
         ents="""ORG: Conseil d'Etat | Free | SFR | Bouygues Telecom""",
         sentiments={"Free": "positive", "SFR": "negative", "Bouygues Telecom": "negative"},
         events=["legal"]),

    dict(id="fr8-journalauto-nominations-gm", lang="fr", split="heldout2",
         date="2009-12-18 (from the page)",
         url="https://journalauto.com/social/valse-de-nominations-chez-gm",
         text="""S'abonner
Social

Valse de nominations chez GM

Publié le 18 décembre 2009

Par Alexandre Guillet
< 1 min de lecture
Les annonces de mouvements continuent chez General Motors. Début décembre, le président du conseil d'administration de GM, Ed Whitacre, a annoncé la démission du directeur général du groupe, ...
Les annonces de mouvements continuent chez General Motors. Début décembre, le président du conseil d'administration de GM, Ed Whitacre, a annoncé la démission du directeur général du groupe, ...
...Fritz Henderson, qu'il remplace par intérim. Quant à Bob Lutz, pilier du groupe, il reste finalement chez GM, en tant que Conseiller sur la conception et le développement des produits. Le septuagénaire avait d'abord prévu de prendre sa retraite cette année, mais il semblerait que dans un souci de continuité, il prolonge son activité.
La présidence de GM Amérique du Nord est désormais assuré par Mark Reuss, 46 ans, qui a brièvement dirigé l'ingénierie du groupe après avoir été le patron des activités en Australie et Nouvelle-Zélande.

L'Europe revient à Nick Reilly, très impliqué sur le dossier Opel/Vauxhall. Il était président d'Opel/Vauxhall depuis le mois dernier, à la suite de l'éviction de Carl-Peter Forster. M. Reilly est remplacé à la tête des "opérations internationales" par Tim Lee, anciennement chargé de toutes les activités de production, qui a désormais autorité sur l'Asie-Pacifique, l'Amérique latine, l'Afrique et le Moyen-Orient, après avoir chapeauté les activités manufacturières du groupe à  l'international.

Le directeur financier Ray Young, qui était donné sur le départ, est quand à lui confirmé dans ses fonctions.

Vous devez activer le javacript et la gestion des cookies pour bénéficier de toutes les fonctionnalités.
Partager :

Sur le même sujet

Laisser un commentaire

cross-circle""",
         boiler=["S'abonner", "Social", "Publié le 18 décembre 2009", "Par Alexandre Guillet", "< 1 min de lecture", "Vous devez activer le javacript et la gestion des cookies pour bénéficier de toutes les fonctionnalités.", "Partager :", "Sur le même sujet", "Laisser un commentaire", "cross-circle"],
         ents="""ORG: GM Amérique du Nord | General Motors | GM | Opel | Vauxhall
PER: Ed Whitacre | Fritz Henderson | Bob Lutz | Mark Reuss | Nick Reilly | Reilly | Carl-Peter Forster | Tim Lee | Ray Young
LOC: Australie | Nouvelle-Zélande | Europe | Asie-Pacifique | Amérique latine | Afrique | Moyen-Orient""",
         sentiments={"General Motors": "neutral", "GM Amérique du Nord": "neutral", "Opel": "neutral", "Vauxhall": "neutral"},
         events=["leadership_change"]),

    dict(id="fr8-leventdelachine-contrats-2024", lang="fr", split="heldout2",
         date="2024-05 (approx., from the text: Xi Jinping's visit of 5-7 May)",
         url="https://leventdelachine.com/vdlc/numero-16-17-2024-special-xi-en-france/liste-des-accords-et-contrats-commerciaux-signes",
         text="""Economie : Liste des accords et contrats commerciaux signés

Liste des accords et contrats commerciaux signés

On se souvient des 50 contrats signés en 2014 à l’occasion du 50ème anniversaire des relations diplomatiques entre Paris et Pékin. Dix ans plus tard, ce sont seulement 18 contrats qui ont été conclus en marge de la visite de Xi Jinping en France (5-7 mai), essentiellement dans les domaines de l’énergie, de la finance, des transports et de l’industrie des batteries, pour des projets en Chine comme dans l’Hexagone (ce que souhaite davantage voir Emmanuel Macron). L’ère de la surenchère de contrats a fait long feu…

Malgré cette maigre récolte, il faut savoir que les investissements chinois en France ont connu une forte croissance ces dernières années. Cela ne les empêche pas de rester bien en deçà de ceux des 2 000 entreprises françaises présentes en Chine (employant plus de 300 000 personnes) : la Banque de France recensait 9,3 milliards d’euros d’IDE chinois en France en 2022, contre 30 milliards d’euros d’IDE français en Chine. Dans le domaine des investissements aussi, l’asymétrie est flagrante… En attendant, voici le détail des contrats du « cru » 2024 :

Suez : protocole d’accord signé avec Envision pour un « partenariat stratégique » visant à la création, en France, d’un parc industriel net zéro pour recycler des batteries électriques; nouvel accord avec son partenaire Chongqing Sanfeng Environment pour la valorisation énergétique des déchets, grâce à des technologies avancées pour convertir les déchets résiduels en électricité et en chaleur ; enfin, nouveau contrat signé avec la ville de Dongguan et son opérateur Dongguan Water Group pour la conception, la fourniture et l’installation de technologies et de services d’ingénierie pour la construction d’une vaste usine de valorisation des boues locales à Dongguan, pour près de 100 millions d’euros.

Alstom : contrats de""",
         boiler=["Economie : Liste des accords et contrats commerciaux signés"],
         ents="""ORG: Banque de France | Suez | Envision | Chongqing Sanfeng Environment | Dongguan Water Group | Alstom
PER: Xi Jinping | Emmanuel Macron
LOC: Paris | Pékin | France | Hexagone | Chine | Dongguan""",
         sentiments={"Suez": "positive", "Envision": "neutral", "Chongqing Sanfeng Environment": "neutral", "Dongguan Water Group": "neutral", "Alstom": "neutral"},
         events=["partnership"]),

]
