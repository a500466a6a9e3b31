"""French real business articles on acquisitions, partnerships and contracts, product launches and
expansion, added after the split: all development (``split="dev"``).

Stored page text as delivered, first ~2,000 characters at most (see make_real.py for the format and
the annotation rules). Annotated by hand before any system ran on them.
"""

ARTICLES = [
    dict(id="fr4-nouvellesdumonde-sonae-diorren", lang="fr", split="dev",
         date="2025-01 (approx., from the text: 'ce lundi 5 janvier', accounts for 2023 closed)",
         url="https://www.nouvelles-du-monde.com/sonae-negocie-le-rachat-dune-societe-francaise-pour-152-millions-industrie/",
         text="""Nouvelles Du Monde

Sonae négocie le rachat d’une société française pour 152 millions – Industrie

Sonae négocie le rachat d’une société française pour 152 millions – Industrie

Depuis septembre 2021, date à laquelle elle a déboursé 75 millions d’euros pour racheter la société britannique Gosh!, Sonae a investi « plus de 110 millions d’euros » dans le rachat d’une poignée d’entreprises et de startups « dédiées aux solutions alimentaires durables et saines », toutes d’origine internationale (Royaume-Uni, Allemagne, Italie et France), qui sont garés chez Sparkfood, nom de la business unit créée à cet effet par le groupe dirigé par Cláudia Azevedo.

Sonae entend désormais renforcer le portefeuille de Sparkfood avec une acquisition internationale qui, si elle est réalisée, fera plus que doubler l’investissement réalisé jusqu’à présent par le groupe dans cette activité, et négocie l’acquisition d’une participation majoritaire dans la société française Diorren, cotée à 152 millions d’euros.

“Sonae informe que sa filiale Sparkfood a présenté une offre irrévocable et est en négociations exclusives dans le but d’acquérir une participation d’environ 89% dans Diorren, la société propriétaire de BCF Life Sciences (“BCF”), pour une valeur totale de 152 millions d’euros, sur la base de la trésorerie disponible et de la dette”, révèle le groupe basé à Maia, ce lundi 5 janvier, dans un communiqué transmis à la Commission du marché des valeurs mobilières (CMVM).

Lire aussi  «Quand je me suis réveillé ce matin, je savais que c'était une bonne fin pour moi» – International Cycling

Une fois la transaction finalisée, « BCF continuera d’être gérée par l’équipe de direction actuelle », qui détiendra les 11 % restants.

L’entreprise française, qui emploie plus de 200 personnes, a clôturé 2023 avec un chiffre d’affaires d’environ 53,5 millions d’euros – enre""",
         boiler=["Nouvelles Du Monde",
                 "Lire aussi  «Quand je me suis réveillé ce matin, je savais que c'était une bonne fin pour moi» – International Cycling"],
         ents="""ORG: Sonae | Gosh! | Sparkfood | Diorren | BCF Life Sciences | BCF | Commission du marché des valeurs mobilières | CMVM
PER: Cláudia Azevedo
LOC: Royaume-Uni | Allemagne | Italie | France | Maia""",
         sentiments={"Sonae": "positive", "Sparkfood": "positive", "Diorren": "neutral",
                     "BCF Life Sciences": "neutral", "Gosh!": "neutral"},
         events=["acquisition"]),

    # sentiments re-checked (third-session convention): Mutares positive -> neutral (buyer, the article only reports the offer; the "acteur majeur" claim is Mutares' own)
    dict(id="fr4-nextinpact-mutares-grosbill", lang="fr", split="dev",
         date="2015 (approx., from the text: Pixmania bought in 2013, 'les mois qui ont suivi', sales period)",
         url="https://www.nextinpact.com/article/18418/95403-apres-pixmania-groupe-allemand-mutares-veut-avaler-grosbil",
         text="""En pleine période de soldes, Mutares annonce que le groupe Auchan a accepté son offre de rachat afin de mettre la main sur Grosbill. Bien évidemment, cette transaction (dont le montant n'est pas précisé) ne sera finalisée qu'après avoir été approuvée par les autorités de la concurrence. Sans s'étendre d'avantage, Mutares indique que « la coopération de Grosbill et Pixmania donnera naissance à un acteur majeur du e-commerce français, présent dans 14 pays européens ».
Après la concentration dans les médias, va-t-on assister à la même chose du côté des revendeurs ? Le groupe allemand Mutares, qui détient Pixmania, vient en tout cas de déposer une offre de rachat irrévocable pour acquérir Grosbill.
Mutares, une société allemande spécialisée dans l'acquisition de PME, vient d'annoncer avoir déposé une offre de rachat irrévocable pour racheter Grosbill à Auchan. Pour rappel, l'e-commerçant dispose également d'un réseau de neuf boutiques physiques dans la région parisienne ainsi que dans les banlieues de Lille et Lyon.
Le montant mis sur la table par la holding n'a pas été précisé. Dans son communiqué de presse, qui est des plus succincts, la holding précise que son offre de rachat sera exposée aux représentants du groupe Grosbill et que de plus amples détails seront donnés par la suite. Dans tous les cas, ce « projet reste soumis à l'approbation par les organes compétents et les autorités de la concurrence » ajoute Mutares AG. De son côté, le groupe Auchan n'a pas encore donné sa réponse concernant cette proposition.
Cette société n'en est pas à son coup d'essai puisque, en septembre 2013, elle avait déjà déposé une offre irrévocable pour racheter Pixmania. En décembre de la même année, l'affaire était conclue et Pixmania passait donc des mains de Dixons à celle de Mutares. Dans les mois qui ont suivi, la maison mère a sabré dans les effectifs afin de redresser les comptes.
Rien n'est précisé off""",
         ents="""ORG: Mutares AG | Mutares | Auchan | Grosbill | Pixmania | Dixons
LOC: Lille | Lyon""",
         sentiments={"Mutares": "neutral", "Auchan": "neutral", "Grosbill": "neutral", "Pixmania": "neutral",
                     "Dixons": "neutral"},
         events=["acquisition"]),

    dict(id="fr4-lematin-psa-fca-fusion", lang="fr", split="dev",
         date="2019-12 (from the page; the binding agreement announced on Wednesday 18 December 2019)",
         url="https://www.lematin.ch/auto-moto/PSA-et-Fiat-Chrysler-scellent-leur-union/story/19175643",
         text=""" date 2019-12 Les constructeurs automobiles français PSA et italo-américain Fiat-Chrysler ont signé «un accord de rapprochement engageant» en vue d'une fusion entre égaux de leurs activités «pour former le quatrième constructeur automobile mondial», ont annoncé mercredi les deux groupes dans un communiqué conjoint.

La nouvelle entité, de plus de 400'000 salariés, affichera un chiffre d'affaires consolidé de près de 170 milliards d'euros (environ 187 milliards de francs) et des ventes annuelles de 8,7 millions de véhicules, sous les marques Fiat, Alfa Romeo, Chrysler, Citroën, Dodge, DS, Jeep, Lancia, Maserati, Opel, Peugeot et Vauxhall.

Capacités renforcées

Ce rapprochement apportera «des capacités d'investissement renforcées pour la nouvelle entité afin de relever les défis d'une nouvelle ère de mobilité durable» et elle «génèrera des synergies en année pleine estimées à environ 3,7 milliards d'euros, sans fermeture d'usine liée à cette transaction», selon les deux partenaires. «La réalisation de la fusion devrait intervenir sous 12 à 15 mois», précise le communiqué.

La société mère de la nouvelle entité sera basée aux Pays-Bas mais restera cotée à Paris, Milan et New York. John Elkann, actuel président de FCA et héritier de la famille Agnelli, présidera le nouveau conseil d'administration, tandis que Carlos Tavares deviendra directeur général du groupe fusionné.

Economies

La fusion permettra des «économies liées aux technologies, aux produits et plateformes» qui «devraient représenter environ 40%» des 3,7 milliards d'euros de synergies, détaillent les deux groupes dans leur communiqué. La nouvelle entité espère aussi réaliser des économies sur les achats (effet d'échelle et alignement sur le meilleur prix, également 40% des synergies). «Les 20% restants proviendront d'autres domaines - marketing, inform""",
         ents="""ORG: PSA | Fiat-Chrysler | FCA
PER: John Elkann | Agnelli | Carlos Tavares
LOC: Pays-Bas | Paris | Milan | New York
MISC: Fiat | Alfa Romeo | Chrysler | Citroën | Dodge | DS | Jeep | Lancia | Maserati | Opel | Peugeot | Vauxhall""",
         sentiments={"PSA": "positive", "Fiat-Chrysler": "positive"},
         events=["acquisition"]),

    dict(id="fr4-peopledaily-alibaba-bollore", lang="fr", split="dev", date="2018-07-03 (from the page)",
         url="http://french.peopledaily.com.cn/Economie/n3/2018/0703/c31355-9476936.html",
         text="""Dernière mise à jour à 08h33 le 03/07

Page d'accueil>>Economie

Le Groupe chinois Alibaba et le Groupe français Bolloré annoncent un "vaste partenariat"

Xinhua | 03.07.2018 08h21

Le géant chinois de l'e-commerce et du numérique Alibaba et le groupe français Bolloré ont annoncé lundi, dans un communiqué conjoint, avoir noué un vaste partenariat et signé un protocole d'accord détaillé.

Ce dernier portera notamment sur le Cloud computing et l'innovation mais aussi sur la mobilité intelligente et l'énergie propre, ainsi que la logistique.

Selon le communiqué publié simultanément à Hangzhou (Chine) et à Paris (France), il est prévu qu'Alibaba Cloud, la branche informatique d'Alibaba Group, fournisse au Groupe Bolloré une "offre complète de solutions incluant des services de cloud, de big data, d'intelligence artificielle, de réseaux de diffusion de contenus et de solutions de sécurité". Les deux multinationales ont d'autre part décidé de "partager leurs expertises et connaissances des marchés" pour explorer de nouvelles opportunités commerciales, notamment en Chine, en Europe et en Afrique.

La mobilité intelligente, ainsi que l'énergie propre, feront parmi des autres priorités, souligne le communiqué conjoint. Les deux groupes veulent "explorer l'opportunité de co-développer des solutions internet pour les voitures et bus électriques, apportant l'expérience Internet (contrôle vocal, multimédia, navigation et conduite autonome) à la conduite".

Les deux partenaires comptent également explorer les opportunités de coopération dans le développement de l'autopartage en Chine, explique le communiqué.

Les Groupes Alibaba et Bolloré vont "étudier la faisabilité de la mise en œuvre de telles solutions d'énergie propre dans les centres de données d'Alibaba dans le monde", ont annoncé les deux groupes.

Le secteur de la logistique fera lui aussi l'objet d'une attention toute particulière. Les deux groupes sont égalemen""",
         boiler=["Dernière mise à jour à 08h33 le 03/07", "Page d'accueil>>Economie", "Xinhua | 03.07.2018 08h21"],
         ents="""ORG: Alibaba Cloud | Alibaba Group | Alibaba | Bolloré
LOC: Hangzhou | Chine | Paris | France | Europe | Afrique""",
         sentiments={"Alibaba": "positive", "Bolloré": "positive", "Alibaba Cloud": "positive"},
         events=["partnership"]),

    dict(id="fr4-europe1-steria-contrat", lang="fr", split="dev",
         date="2013 (approx., from the text: after a March interview on Europe 1; the largest contract in Steria's history)",
         url="https://www.europe1.fr/economie/Informatique-contrat-monstre-pour-le-Francais-Steria-742440",
         text="""Informatique : contrat monstre pour le Français Steria

  • Copié
avec AFP

Le contrat de 1,17 milliard d'euros décroché par le groupe français de services informatiques Steria auprès de l'administration britannique pourrait "doubler dans quatre ou cinq ans", a dit vendredi son patron François Enaud à l'édition en ligne du Figaro. "Quand nous aurons fait la preuve des réductions de coûts promises, la taille du contrat pourrait doubler dans quatre ou cinq ans quand d'autres ministères rejoindront ce projet" de transformation des activités de support ("back office") de plusieurs administrations britanniques, a-t-il dit, précisant qu'il s'agissait déjà en l'état actuel du plus gros contrat de l'histoire de Steria.

>> Le groupe affiche une bonne croissance malgré des clients sous pression, comme le rappelait François Enaud sur Europe1 en mars

Steria : "Une croissance supérieure au marché"par Europe1fr""",
         boiler=["• Copié", "avec AFP",
                 ">> Le groupe affiche une bonne croissance malgré des clients sous pression, comme le rappelait François Enaud sur Europe1 en mars",
                 'Steria : "Une croissance supérieure au marché"par Europe1fr'],
         ents="""ORG: Steria | Figaro
PER: François Enaud""",
         sentiments={"Steria": "positive"},
         events=["partnership"]),

    dict(id="fr4-francebleu-aldi-entrepot", lang="fr", split="dev", date="2022-10-10 (from the URL's timestamp)",
         url="https://l.francebleu.fr/infos/economie-social/la-nouvelle-eco-aldi-modernise-son-entrepot-au-nord-de-toulouse-et-embauche-70-personnes-1665423654",
         text="""Passer au contenu
Publicité

Aldi modernise son entrepôt au nord de Toulouse et embauche 70 personnes

Par

Le groupe allemand agrandit son entrepôt de Saint-Sulpice-la-Pointe (Tarn), qui approvisionne les supermarchés Aldi de la région toulousaine. Avec 70 embauches à la clé.

Un magasin Aldi (illustration) Un magasin Aldi (illustration)
Un magasin Aldi (illustration) © Maxppp - Gérard Houin

C'est une chaîne de supermarchés plébiscitée par les Français en ce moment, avec l’inflation : Aldi, le groupe allemand de hard-discount est en train de moderniser son entrepôt géant de Saint-Sulpice-la-Pointe (Tarn), au nord de Toulouse. L’entrepôt irrigue les 86 magasins de toute la région, de Brive à Tarbes, en passant par l'agglomération toulousaine.

Publicité

Le site sera agrandi de 8.000 mètres carrés, pour atteindre plus de 33.000 mètres carrés de surface. L’intérieur de l’entrepôt sera entièrement réaménagé, avec notamment de nouvelles chambres froides. L'une d'elles, multi-température, sera directement reliée aux quais d’expédition. Il y aura aussi une chambre fruits et légumes à température adaptée de 2.000 mètres carrés.

La modernisation du site a été notamment rendue nécessaire par la croissance du groupe Aldi, qui a intégré ces dernières années dans son giron les anciens magasins Leader Price. Ce fût le cas de 90 supermarchés dans la grande région toulousaine.

Cette extension permettra la création de près de 70 nouveaux emplois en CDI explique par ailleurs Steve Wolnik, le directeur d'Aldi pour la région toulousaine. Quarante postes de préparateurs de commandes sont à pourvoir dès maintenant. Les autres postes seront ouverts dès la fin des travaux de modernisation, soit d'ici fin 2023. Quelque 147 personnes travaillent déjà au sein de l'entrepôt régional d'Aldi à Saint-Sulpice-la-Pointe.

Ma France : Améliorer le logement des Français

Quelles sont vos solutions pour aider les Françai""",
         boiler=["Passer au contenu", "Publicité", "Par",
                 "Un magasin Aldi (illustration) Un magasin Aldi (illustration)",
                 "Un magasin Aldi (illustration) © Maxppp - Gérard Houin",
                 "Ma France : Améliorer le logement des Français",
                 "Quelles sont vos solutions pour aider les Françai"],
         ents="""ORG: Aldi | Leader Price
PER: Steve Wolnik
LOC: Toulouse | Saint-Sulpice-la-Pointe | Tarn | Brive | Tarbes""",
         sentiments={"Aldi": "positive", "Leader Price": "neutral"},
         events=["expansion"]),

    dict(id="fr4-djazairess-gdf-suez-fusion", lang="fr", split="dev",
         date="2007-09-04 (approx., from the text: the merger announced 'hier', approved on Sunday, for 2008)",
         url="https://djazairess.com/fr/lemaghreb/5499",
         text="""Après 18 mois d'incertitudes, les deux groupes énergétiques français Gaz de France (public) et Suez (privé) ont annoncé officiellement hier leur fusion. L'accord de fusion a, en effet, été approuvé dimanche par les conseils d'administration des deux groupes et doit encore être soumis à l'approbation des actionnaires, ont-ils précisé dans un communiqué commun. Les deux groupes prévoient "la mise en œuvre de leur fusion dans les meilleurs délais, au cours de l'année 2008". Le nouveau groupe, dans lequel l'Etat français détiendra plus de 35%, est baptisé GDF Suez. Il sera dirigé par l'actuel PDG de Suez, Gérard Mestrallet, et aura pour vice-président Jean-François Cirelli qui dirige GDF depuis 2004. L'accord entériné est différent de celui annoncé en février 2006 par le gouvernement du Premier ministre de l'époque, Dominique de Villepin, qui entendait protéger Suez d'un éventuel rachat par le groupe italien Enel. Le projet de fusion a entre-temps donné lieu à de multiples rebondissements, reflets d'importants enjeux politiques, sociaux et financiers. Initialement, le projet prévoyait qu'une action Suez s'échangerait contre une action GDF, en plus du versement d'un dividende exceptionnel d'un euro. Hier matin, dans le communiqué de presse commun, les deux groupes affichent une autre parité. Par ailleurs, la fusion GDF Suez se traduira aussi par l'introduction en Bourse du pôle Environnement de Suez. Jeudi dernier, à l'occasion de l'université d'été du Medef, le président de la République Nicolas Sarkozy avait en effet indiqué qu'il ne donnerait son feu vert au projet qu'en cas de cession par Suez de la totalité de son activité Environnement. Or selon des informations de presse parues en fin de semaine dernière, Gérard Mestrallet, le président de Suez, aurait obtenu de conserver ce pôle. Un compromis a finalement été trouvé, puisque les actionnaires de Suez se verront distribuer 65% du capital du pôle Environnement""",
         ents="""ORG: Gaz de France | GDF Suez | GDF | Suez | Enel | Medef
PER: Gérard Mestrallet | Jean-François Cirelli | Dominique de Villepin | Nicolas Sarkozy""",
         sentiments={"Gaz de France": "neutral", "Suez": "neutral", "GDF Suez": "neutral", "Enel": "neutral"},
         events=["acquisition"]),

    dict(id="fr4-francebleu-sfel-metro", lang="fr", split="dev", date="2020-06-04 (from the URL's timestamp)",
         url="https://www.francebleu.fr/infos/economie-social/une-pme-du-sud-vienne-decroche-un-contrat-de-4-millions-d-euros-pour-eclairer-le-metro-parisien-1591278642",
         text=''' date 2020-06 Au sens propre comme au figuré, c'est une lumière au bout du tunnel pour la société SFEL. Installée à Saulgé et spécialisée dans les luminaires, la PME durement impactée par la crise sanitaire a décroché cette semaine un marché de quatre millions d'euros pour éclairer les 23 stations de la ligne 4 du métro parisien en cours de rénovation.

C'est un contrat record, il s'agit de la commande la plus importante de l'histoire de notre entreprise

"Dans le contexte actuel, cette commande de 4,2 millions d'euros est doublement bienvenue, se félicite Thierry Lambert, le directeur de SFEL. Comme beaucoup d'entreprises, on a été touchés par l'arrêt brutal des chantiers. On a du fermer pendant trois semaines. Et là, on était à moins -70% en prises de commandes."

Avec la crise, une commande pareille ça met du baume au cœur

De la conception en bureau d'étude jusqu'à la production en 2021-2022, ce contrat représente plusieurs années de travail pour les 38 salariés de SFEL. "On avait déjà gagné les quatre derniers appels d'offres lancés par la Ratp concernant les luminaires", rappelle Thierry Lambert. "Nous, une petite entreprise au fin fond du Sud-Vienne, on montre que l'on a des capacités, de l'ingéniosité et de l'inventivité."''',
         ents="""ORG: SFEL | Ratp
PER: Thierry Lambert
LOC: Saulgé | Sud-Vienne""",
         sentiments={"SFEL": "positive", "Ratp": "neutral"},
         events=["partnership"]),

    dict(id="fr4-rtl-ds3-crossback", lang="fr", split="dev",
         date="2018-09 (approx., from the text: shown to the press before the Paris motor show of early October, on sale in spring 2019)",
         url="https://rtl.be/info/monde/economie/psa-inaugure-sa-nouvelle-vague-electrique-avec-la-ds3-crossback-1058964.aspx",
         text="""Partager:
DS, la marque aux ambitions haut de gamme du groupe PSA, a présenté jeudi à la presse un nouveau modèle crucial pour son avenir, la DS3 Crossback, un SUV compact qui inaugure les nouvelles technologies de motorisation électrique du constructeur français.
Le nouveau véhicule à la silhouette de 4x4 urbain sera montré au public lors du Mondial de l'Auto à Paris, début octobre. Il sera commercialisé à partir du printemps 2019 avec des moteurs à combustion (essence ou diesel) et à partir du dernier trimestre 2019 en version 100% électrique, grâce à une nouvelle plateforme adaptée aux deux types de technologies.
"On met l'électrique au coeur de DS, 2019 sera l'année de l'électrification", a expliqué à l'AFP Yves Bonnefont, directeur général de la marque. La DS 3 Crossback électrifiée aura une autonomie supérieure à 300 km selon la nouvelle norme WLTP.
Au sein du groupe PSA (qui inclut aussi Peugeot, Citroën, Opel et Vauxhall), la marque DS a vocation à inaugurer des innovations, comme l'hybride rechargeable qui équipera l'an prochain la DS 7 Crossback, un SUV plus grand lancé en fin d'année dernière. Ce modèle avait amorcé le renouveau de la marque après des années de disette en matière de nouveaux produits.
De nombreux constructeurs s'apprêtent à lancer des versions électrifiées de leurs véhicules durant les prochains mois et les prochaines années, une mutation essentielle pour respecter les normes d'émissions de CO2 durcies en Europe à partir de 2020 et répondre aux inquiétudes sanitaires liées à la pollution de l'air dans les grandes métropoles.
La DS 3 Crossback revendique des technologies uniques sur son segment : projecteurs LED à matrice permettant de rouler plein phare sans éblouir, fonctions de conduite autonome comme le maintien de la distance avec le véhicule précédent, la gestion de la trajectoire et le freinage automatique...
"Le rôle d'une marque premium c'est d'introduire de nouvelles tec""",
         boiler=["Partager:"],
         ents="""ORG: DS | PSA | Peugeot | Citroën | Opel | Vauxhall | AFP
PER: Yves Bonnefont
LOC: Paris | Europe
MISC: DS3 Crossback | DS 3 Crossback | DS 7 Crossback | Mondial de l'Auto | WLTP""",
         sentiments={"DS": "positive", "PSA": "positive", "Peugeot": "neutral", "Citroën": "neutral",
                     "Opel": "neutral", "Vauxhall": "neutral"},
         events=["product_launch"]),

    dict(id="fr4-lorientlejour-renault-megane-evision", lang="fr", split="dev",
         date="2020-10 (approx., from the text: Mégane eVision unveiled 'jeudi dernier', final version in 2021)",
         url="https://www.lorientlejour.com/article/1237408/renault-agrandit-sa-gamme-avec-une-voiture-mi-berline-mi-suv.html",
         text="""Rechercher
Rechercher

Auto - Véhicules électriques

Renault agrandit sa gamme avec une voiture mi-berline, mi-SUV

Renault agrandit sa gamme avec une voiture mi-berline, mi-SUV

Luca de Meo, le nouveau directeur général de Renault, présentant jeudi dernier le tout récent concept car du groupe au losange. Le véhicule aux lignes sportives a été baptisé Mégane eVision. Éric Piermont/AFP

Renault a dévoilé jeudi dernier un concept car aux lignes sportives préfigurant un nouveau véhicule compact qui viendra prochainement agrandir sa gamme électrique, appelée à jouer un rôle central dans le redressement du constructeur automobile. Pour sortir du rouge, le groupe au losange prépare, sous la houlette de son nouveau directeur général Luca de Meo, un revirement stratégique axé sur un renforcement de sa présence sur le segment compact en Europe, plus rentable que les petites voitures. Il mise aussi sur l’électrique, dont il fut précurseur avec Nissan au début de la décennie passée.

La nouvelle voiture, dont la version définitive sera dévoilée en 2021, inaugure chez Renault la plateforme électrique CMF-EV de l’alliance avec Nissan et Mitsubishi. Le nom de la voiture, cousine du Nissan Ariya, n’a pas encore été rendu public, mais le concept car a été nommé Mégane eVision pour souligner l’importance du modèle compact presque trentenaire dans la stratégie future de Renault. « Nous avons pris l’un de nos modèles les plus iconiques et l’avons conjugué au futur. Mégane eVision réinvente Mégane, et Renault réinvente Renault », a déclaré Luca de Meo.

Sur un marché de plus en plus dominé par les SUV, le groupe au losange continue d’explorer une voie originale puisque le concept car dévoilé est un crossover coupé, comme le récent Renault Arkana. Plus haut qu’une Volkswagen Golf, la berline de référence en Europe, plus bas qu’un Peugeot 3008, le SUV best-seller de PSA, la future Renault reprend toutefois l""",
         boiler=["Rechercher", "Auto - Véhicules électriques",
                 "Luca de Meo, le nouveau directeur général de Renault, présentant jeudi dernier le tout récent concept car du groupe au losange. Le véhicule aux lignes sportives a été baptisé Mégane eVision. Éric Piermont/AFP"],
         ents="""ORG: Renault#0,1,2,3,4,5,6 | Nissan | Mitsubishi | PSA
MISC: Renault | Mégane eVision | Mégane | CMF-EV | Nissan Ariya | Renault Arkana | Volkswagen Golf | Peugeot 3008
PER: Luca de Meo
LOC: Europe""",
         sentiments={"Renault": "positive", "Nissan": "neutral", "Mitsubishi": "neutral", "PSA": "neutral"},
         events=["product_launch"]),

    dict(id="fr4-clubic-amazon-quatrieme-entrepot", lang="fr", split="dev", date="2012-11-22 (from the page)",
         url="https://www.clubic.com/pro/entreprises/amazon/actualite-526033-amazon-ouvrir-quatrieme-entrepot-france-recruter.html",
         text="""Amazon va ouvrir un quatrième entrepôt en France et recruter

Thomas Pontiroli
22 novembre 2012 à 10h44
0
Le e-marchand Amazon ouvrira son quatrième centre logistique français en 2013 afin de soutenir ses ventes en Europe. Là où la dynamique est inférieure à l'Amérique du Nord, son premier marché.

00DC000004440836-photo-amazon-saran.jpg
Avec des recettes en hausse de 27% au dernier trimestre à près de 13 milliards de dollars, Amazon est en forme. Pour se développer encore, le géant du e-commerce a décidé de renforcer son implantation en France. Après avoir ouvert un centre logistique à Chalon-sur-Saône, son troisième, en juin dernier, Amazon installera une quatrième plateforme de ce type en France, rapporte jeudi Le Figaro. Pour rappel, l'américain dispose déjà d'un site à Saran, au Centre, et d'un autre à Montélimar, en Rhône-Alpes.

Ce nouveau centre logistique serait doté d'une surface de 100 000 mètres carrés et ouvrirait ses portes dans le courant du second semestre 2013, indique notre confrère. À la clé, près d'un millier d'emplois permanents seraient créés. Le site d'implantation le plus probable serait situé dans le Nord-Pas-de-Calais, certainement dans la localité de Lauwin-Planque, près de Douai. « Son atout numéro un : sa proximité des axes autoroutiers, à cinq minutes en camion de l'A1 qui relie Paris à Lille et à deux minutes de l'A 21 qui permet de faire le trajet Valenciennes-Calaiss » précise le quotidien.

Un autre site, près de Lens, pourrait être également choisi. Amazon annoncera sa décision d'ici la fin 2012. Les travaux commenceraient quant à eux dès janvier prochain. Si le montant de l'investissement n'est pas encore connu, rappelons que le site de Chalon-sur-Saône, d'une surface équivalente, avait coûté 40 millions d'euros au groupe américain. Cette expansion des capacités logistiques va permettre à Amazon de soutenir ses ventes à l'international, où la dynamique est moins v""",
         boiler=["Thomas Pontiroli", "22 novembre 2012 à 10h44", "0", "00DC000004440836-photo-amazon-saran.jpg"],
         ents="""ORG: Amazon | Le Figaro
LOC: France | Europe | Amérique du Nord | Chalon-sur-Saône | Saran | Centre | Montélimar | Rhône-Alpes | Nord-Pas-de-Calais | Lauwin-Planque | Douai | A1 | Paris | Lille | A 21 | Lens""",
         sentiments={"Amazon": "positive"},
         events=["expansion"]),

    dict(id="fr4-boursorama-amazon-boves", lang="fr", split="dev",
         date="2016-10-04 (approx., from the text: announced 'mardi 4 octobre' for an opening in September 2017)",
         url="http://www.boursorama.com/actualites/ouverture-d-un-nouveau-centre-de-distribution-d-amazon-500-emplois-prevus-8d121438bc4c3782f5378ec39e4d3ddc",
         text="""Ouverture d'un nouveau centre de distribution d'Amazon, 500 emplois prévus

le
1
La construction du site de distribution d'Amazon à Lauwin-Planque, en mai 2013.
La construction du site de distribution d'Amazon à Lauwin-Planque, en mai 2013.

Le géant américain de la distribution en ligne a annoncé la mise en fonction de ce site, installé à Boves, près d’Amiens, en septembre 2017.

Le géant de la distribution en ligne Amazon a annoncé mardi 4 octobre l’ouverture, en septembre 2017, d’un cinquième centre de distribution en France. Celui-ci, installé à Boves dans la Somme, près d’Amiens.

« Ce sera le plus grand site [du pays], avec 107 000 m2 », a expliqué Ronan Bolé, directeur des opérations de la firme dans l’Hexagone. Cinq cents emploi en CDI devraient être créés dans les trois ans après sa mise en fonction, a-t-il ajouté.

Activité complémentaire à Lauwin-Planque Amazon possède quatre centres de distribution à Saran (Loiret, 90 000 m2, ouvert en 2007), Montélimar (Drôme, 40 000 m2, ouvert en 2010), Sevrey (Saône-et-Loire, 40 000 m2, ouvert en 2012) et Lauwin-Planque (Nord, 90 000 m2, ouvert en 2013).

« Nous allons également ajouter une activité complémentaire au site de Lauwin-Planque, avec un bâtiment de 30 000 m2 qui aura une activité de tri », a poursuivi M. Bolé, ce qui devrait amener la création de 250 emplois en CDI. Ce nouveau bâtiment près de Douai devrait ouvrir dans le courant de l’année 2017.

« Bonne opportunité géographique » L’implantation d’un nouveau centre près d’Amiens confirme l’intérêt que porte le géant de la distribution pour les Hauts-de-France. M. Bolé, interrogé sur le choix de l’emplacement, avait ainis fait valoir :

« Comme Douai, Amiens se trouve au centre de cette Europe au sens Amazon, avec des dizaines de site en Allemagne, en Angleterre… On est vraiment au milieu, un peu à la croisée de tous les chemins. Il y avait u...""",
         boiler=["le", "1", "La construction du site de distribution d'Amazon à Lauwin-Planque, en mai 2013."],
         ents="""ORG: Amazon
PER: Ronan Bolé | Bolé
LOC: Boves | Amiens | France | Somme | Hexagone | Lauwin-Planque | Saran | Loiret | Montélimar | Drôme | Sevrey | Saône-et-Loire | Nord | Douai | Hauts-de-France | Europe | Allemagne | Angleterre""",
         sentiments={"Amazon": "positive"},
         events=["expansion"]),

    dict(id="fr4-latribune-orange-offre-gratuite", lang="fr", split="dev", date="2023-09 (from the page)",
         url="https://www.latribune.fr/technos-medias/telecoms/orange-mime-free-avec-une-offre-mobile-gratuite-975039.html",
         text=""" date 2023-09 Il arrive, parfois, qu'un opérateur historique reprenne les idées du « Maverick ». C'est le cas d'Orange qui a lancé, en cette rentrée, une nouvelle offre mobile. Réservée à ses abonnés Internet fixe, celle-ci est pour le moins basique. Elle comprend 2 heures d'appels par mois, les SMS illimités, et seulement 100 Mo de données. Cette offre est gratuite la première année (avant de passer à 5,99 euros par mois) et sans engagement. Elle ressemble beaucoup au forfait gratuit que Free propose depuis longtemps à ses abonnés Internet - lequel comprend cependant une enveloppe de données moitié moindre.

L'initiative apparaît, pour Orange, comme un moyen de relancer sa conquête d'abonnés, tant sur le mobile que dans l'Internet fixe. Interrogé par La Tribune, l'opérateur précise que cette promotion a été lancée le 17 août. « Orange se réaligne sur le marché pendant la rentrée des classes, période propice à l'équipement », nous précise-t-on. L'opérateur cible notamment « les jeunes ». « Le forfait est idéal pour les parents qui cherchent un forfait pour leur enfant », renchérit-il.

Augmentation générale des tarifs

Orange est, depuis plusieurs mois, dépassé commercialement par la concurrence. Au deuxième trimestre, il a perdu 33.000 clients Internet, et n'en a gagné « que » 29.000 sur le mobile. C'est moins que Bouygues Telecom et surtout Free. Le trublion des télécoms a, pour sa part, engrangé 42.000 clients Internet, et 128.000 sur le mobile.

Orange fait, semble-t-il, les frais de ses augmentations tarifaires au printemps dernier. En mars et en avril, l'opérateur a, de manière inédite, revu à la hausse les prix de tous ses forfaits de 1 à 2 euros. Seules ses offres dites « sociales » ont été épargnées. A l'époque, le groupe dirigé par Christel Heydemann a justifié cette vague d'augmentation par l'inflation""",
         ents="""ORG: Orange | Free | Bouygues Telecom | La Tribune
PER: Christel Heydemann""",
         sentiments={"Orange": "mixed", "Free": "positive", "Bouygues Telecom": "neutral"},
         events=["product_launch", "competition"]),

    dict(id="fr4-lefigaro-france-telecom-forfait", lang="fr", split="dev", date="2009-05-12 (from the URL)",
         url="https://www.lefigaro.fr/conso/2009/05/12/05007-20090512ARTFIG00443-france-telecom-lance-un-forfait-mobile-a-dix-euros-.php",
         text="""Publicité

France Telecom lance un forfait mobile à dix euros

Selon Didier Lombard, PDG de France Telecom, ce dispositif concernera «3,8 millions de Français». Photo: Paul DELORT / Le Figaro

Disponible depuis mardi chez France Telecom, ce forfait s'adresse aux «plus démunis et aux allocataires des minima sociaux».

Quarante minutes de conversation et quarante SMS à dix euros par mois pour «les plus démunis». Didier Lombard, PDG de France Telecom, a annoncé cette nouvelle offre de téléphonie mobile dans une interview donnée mardi au quotidien «Le Parisien». Elle est proposée depuis aujourd'hui aux bénéficiaires du RMI et dès le 18 juin à tous les allocataires du Revenu solidarité active (RSA). Ce forfait est sans engagement, sans frais et ouvert à tous : clients Orange ou non. Pour les personnes qui ont déjà un forfait chez ce fournisseur, elles pourront migrer vers cette nouvelle offre, sans frais supplémentaires. Didier Lombard précise que ce dispositif concernera «3,8 millions de Français». Si le PDG du groupe prévoit que ce nouveau forfait «va avoir un certain succès», il ne s'agit pas pour autant «de définir une cible marketing». Il insiste avant tout sur «le rôle social» de France Telecom, qui va «de pair avec le service universel dont l'Etat vient de nous renouveler l'attribution». Ce service, défini par la loi relative aux obligations du service public des télécommunications et à France Telecom, permet à chacun d'accéder au téléphone, quel que soient ses revenus et son lieu de résidence.

Pour Didier Lombard, il s'agit ainsi d'une offre «d'inclusion» : «aujourd'hui, le mode de vie des gens nécessite d'être joignable sur un téléphone portable, ne serait-ce que pour chercher un emploi».

Des téléphones portables à dix euros

Pour compléter cette offre, Didier Lombard annonce que le groupe va bientôt proposer «les premiers mobiles recyclés, à dix euros». Aujourd'hui, chez France Telecom, l""",
         boiler=["Publicité",
                 "Selon Didier Lombard, PDG de France Telecom, ce dispositif concernera «3,8 millions de Français». Photo: Paul DELORT / Le Figaro"],
         ents="""ORG: France Telecom | Le Parisien | Orange
PER: Didier Lombard
MISC: RMI | Revenu solidarité active | RSA""",
         sentiments={"France Telecom": "positive", "Orange": "neutral"},
         events=["product_launch"]),
]
