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
         sentiments={"Mutares": "positive", "Auchan": "neutral", "Grosbill": "neutral", "Pixmania": "neutral",
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
]
