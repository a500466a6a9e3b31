"""French real business articles added in the sixth session (development only: ``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules, and its
"Conventions settled in the third session" for the sentiment values). Found in the stored public pages
with French queries on contracts, fines, partnerships, investments, price wars, layoffs and profit
warnings, from sites not yet frequent in the development set, preferring pages naming several companies.
"""

ARTICLES = [
    dict(id="fr18-levif-mostra-ausy-commission", lang="fr", split="dev",
         date="2013 (approx., from the text: Mostra's latest figures are those of 2011)",
         url="https://trends.levif.be/economie/entreprises/les-sites-internet-de-l-europe-aux-mains-d-une-entreprise-belge/article-normal-172323.html",
         text="""Les sites internet de l’Europe aux mains d’une entreprise belge

© Mostra

Septante millions d’euros sur quatre ans. Tel est le montant du contrat avec la Commission européenne que vient de remporter l’alliance entre Mostra, une agence digitale belge, et Ausy, un groupe français qui emploie plusieurs milliers de personnes, davantage orienté IT.

Il nous revient, en effet, qu’après l’appel d’offres lancé par la Commission, les résultats ont été révélés la semaine passée aux différents candidats. L’objet de ce marché ? La gestion, la mise à jour et la maintenance des sites internet de la Commission, ainsi que leur évolution au cours des quatre prochaines années. Un gros boulot quand on sait le nombre de pages que comptent les sites européens. Ce contrat mènera, inévitablement, à la création d’une équipe dédiée, sorte de spin- off des deux entreprises (Mostra et Ausy), qui pourra compter plusieurs dizaines de personnes à Bruxelles.

Si Mostra apportera son expérience en matière de contenu numérique, Ausy dispose d’une expertise plus technique et technologique qui sera également mise à profit. Pour l’agence belge de 140 personnes, ce contrat (qui doit encore être entériné d’ici une quinzaine de jours) compte parmi les plus ambitieux, même si elle détient déjà quelques belles références et d’autres gros contrats, notamment avec la Commission européenne.

En collaboration avec l’agence Air, Mostra tient par exemple les rênes d’un projet d’information du citoyen européen sur ses droits en matière de crédit à la consommation. Ce nouveau beau contrat devrait donner une certaine visibilité à l’entreprise belge qui avait obtenu le titre de Super Gazelle (entreprise à très forte croissance) de Trends-Tendances en 2011. Cette année-là (derniers chiffres disponibles pour le moment), Mostra enregistrait un chiffre d’affaires de 29,5 millions d’euros pour un bénéfice de 2,7 millions d’eu""",
         boiler=["© Mostra"],
         ents="""ORG: Mostra | Ausy | Commission européenne | Commission | Air | Trends-Tendances
LOC: Europe | Bruxelles
MISC: Super Gazelle""",
         sentiments={"Mostra": "positive", "Ausy": "positive", "Air": "neutral"},
         events=["partnership"]),

    dict(id="fr18-lemoci-peugeot-amende-cej", lang="fr", split="dev",
         date="2009-07-10 (approx., from the facts: the appeal ruling on Peugeot's 2005 fine and the gas cartel fines of 8-9 July 2009)",
         url="https://www.lemoci.com/peugeot-condamne-pour-entrave-aux-exportations/",
         text="""La Cour européenne de justice (CEJ) a condamné hier le constructeur français à une amende de 44,55 millions d´euros pour entrave aux exportations. La Cour reproche à sa filiale néerlandaise d´avoir restreint les exportations de véhicules vers d´autres pays européens pendant sept ans. En 2005, la Commission européenne avait condamné Peugeot à une amende de 49,50 millions d´euros pour les mêmes faits. Peugeot avait fait appel. La CEJ a donc diminué de 10 % l´amende fixé en première instance par la Commission. Cette semaine la Commission a également condamné GDF Suez et E.ON pour entente sur le marché du gaz.""",
         ents="""ORG: Cour européenne de justice | CEJ | Cour | Commission européenne | Commission | Peugeot | GDF Suez | E.ON""",
         sentiments={"Peugeot": "negative", "GDF Suez": "negative", "E.ON": "negative"},
         events=["legal"]),

    dict(id="fr18-reporters-condor-hisense", lang="fr", split="dev",
         date="a November, year not given (approx. 2017-2019; from the text: production 'à partir de ce mois de novembre')",
         url="https://www.reporters.dz/production-delectromenager-partenariat-entre-condor-et-la-societe-chinoise-hisense/",
         text="""La société chinoise Hisense de l’électroménager a signé mercredi soir un contrat de partenariat avec l’opérateur algérien Condor Electronics comme producteur et distributeur officiel en Algérie. Le contrat de partenariat a été signé par le président de Hisense Moyen-Orient et Afrique, Jason Ou, et le directeur général adjoint de Condor Electronics, Sami Mohammadi. A travers ce partenariat, Condor produira graduellement à partir de ce mois de novembre une large gamme de produits Hisense (téléviseurs, climatiseurs, réfrigérateurs, machines à laver et cuisinières) destinés au marché national, ainsi qu’à l’export. Au cours de la cérémonie, le président de Hisense Moyen-Orient et Afrique a déclaré que cette coopération faisait partie intégrante de la stratégie de base de Hisense visant à consolider et à développer ses activités en Afrique du Nord. «L’expérience et la présence de Condor Electronics sur les marchés locaux permettront à Hisense d’étendre ses empreintes commerciales et de pénétrer dans l’espace de vente au détail», a-t-il dit. De son côté le Directeur Général Adjoint de Condor Electronics s’est félicité de l’aboutissement de ce partenariat qui s’inscrit pleinement dans l’axe stratégique de Condor, qui «a toujours œuvré pour la création d’une industrie réelle, forte, avec un transfert technologique, et des taux d’intégration très appréciables», bénéficiant ainsi des avancées considérables marquant ces dernières années le climat d’affaires et d’investissements en Algérie.

L’accord Condor/Hisense permettra de «dynamiser le marché algérien et s’attaquer aux marchés régionaux, en diversifiant sa gamme de produits, avec des appareils de très haute qualité, fabriqués localement», a-t-il souligné. Par ailleurs, Hisense a également signé un contrat de parrainage avec l’équipe de football du Mouloudia d’Alger (MCA). Le contrat a été signé par le """,
         ents="""ORG: Hisense Moyen-Orient et Afrique | Condor Electronics | Condor | Hisense#0,2,3,4,5 | Mouloudia d’Alger | MCA
MISC: Hisense#0
PER: Jason Ou | Sami Mohammadi
LOC: Algérie | Afrique du Nord""",
         sentiments={"Hisense": "positive", "Condor Electronics": "positive", "Hisense Moyen-Orient et Afrique": "positive",
                     "Mouloudia d’Alger": "neutral"},
         events=["partnership"]),

    dict(id="fr18-entreprendre-pme-eti-investissent", lang="fr", split="dev",
         date="2020-12 (approx., from the text: plan de relance, Faurecia's announcement 'début décembre')",
         url="https://entreprendre.fr/industrie-ces-pme-et-eti-qui-investissent-malgre-la-crise",
         text="""Malgré la contraction de l’économie française et les difficultés rencontrées par l’industrie, de nombreuses PME et ETI continuent d’investir pour innover et conquérir des marchés.
L’automobile étant l’un des secteurs les plus durement touchés par la crise, les bonnes nouvelles se font rares. Mais il y en a. Début décembre, l’équipementier automobile Faurecia a annoncé un investissement 12 millions d’euros à Nogent-sur-Vernisson (Loiret). Le projet, qui consiste en un agrandissement de son usine, va permettre à Faurecia d’augmenter sa production d’armatures de sièges pour ses principaux clients (Renault-Nissan et Opel-PSA).
Dans la Drôme, c’est le groupe Saint Jean qui investit dans ce contexte économique difficile. Fondé dans les années 30, le fabricant de ravioles et de pâtes fraîches a prévu d’investir 48 millions d’euros pour étendre son site de production situé à Romans-sur-Isère. Ce projet devrait générer 150 emplois.
Profitant du plan de relance, l’entreprise Axyntis, basée à Pithiviers (Loiret), va elle aussi investir (8 millions d’euros) en s’appuyant sur le fonds d’accélération des investissements industriels dans les territoires. Cet investissement va permettre à la PME, dont les clients sont surtout des acteurs de l’industrie pharmaceutique, d’augmenter son chiffre d’affaires de près de 20 millions d’euros. « Le plan de relance est un accélérateur pour nous », précise David Simonnet, le PDG d’Axyntis.
L’eau et l’hydrogène ont le vent en poupe
Dans l’Orne, Roxane (Groupe Alma) lance une nouvelle ligne d’embouteillage. L’entreprise qui détient la célèbre marque d’eau minérale Cristaline modernise son site de production situé à Ferrière-Bochard. Montant total de l’opération pour Roxane : entre 20 et 23 millions d’euros. La fin des travaux est prévue pour 2021-2022. A terme, ce site sera en mesure de produire 100 millions de bouteilles par an. La PME di""",
         ents="""ORG: Faurecia | Renault-Nissan | Opel-PSA | Saint Jean | Axyntis | Roxane | Groupe Alma
PER: David Simonnet
LOC: Nogent-sur-Vernisson | Loiret | Drôme | Romans-sur-Isère | Pithiviers | Orne | Ferrière-Bochard
MISC: Cristaline""",
         sentiments={"Faurecia": "positive", "Renault-Nissan": "neutral", "Opel-PSA": "neutral", "Saint Jean": "positive",
                     "Axyntis": "positive", "Roxane": "positive", "Groupe Alma": "neutral"},
         events=["funding", "expansion"]),

    dict(id="fr18-planetecampus-free-concurrents", lang="fr", split="dev",
         date="2012-01 (approx., from the facts: the days after Free Mobile's launch offers of 10 January 2012)",
         url="https://planetecampus.com/actu/47824-free-les-concurrents-pas-capables-de-saligner",
         text="""Free: les concurrents pas capables de s’aligner
La récente annonce du nouveau forfait free a fait office de séisme dans l’univers de la téléphonie mobile. Avec des prix parfois divisés par deux, la concurrence peine à se mettre en place.
Virgin qui sort trois nouveaux forfaits, Numéricable qui tente de relancer sa box… Rien n’y fait: le rouleau compresseur Free est en route, et la claque infligée aux trois autres opérateurs les a laissés coi. SFR a tout bonnement annoncé qu’il n’y aurait pas de baisse de tarifs car « [Leur] métier, ce n’est pas seulement des tarifs, mais aussi une expertise du réseau et de l’accompagnement » selon Patrick Asdaghi, directeur marketing du groupe. Du côté d’Orange, on ironise, et via twitter: « C’est le jour J pour Free et nous les laissons savourer », et quant à Bouygues, sévèrement taclé par Xavier Niel, et bien… Rien, ou presque, hors-mis cette timide déclaration de Didier Casas, secrétaire général de Bouygues Télécom, au micro d’Europe 1: » Une offre de téléphonie mobile, ce n’est pas que le prix ». Et pourtant…
« TNT : la guerre des nouvelles chaînes a commencéFrance 2 : un journaliste Français tué en Syrie »""",
         boiler=["« TNT : la guerre des nouvelles chaînes a commencéFrance 2 : un journaliste Français tué en Syrie »"],
         ents="""ORG: Free | free | Virgin | Numéricable | SFR | Orange | Bouygues Télécom | Bouygues | Europe 1
PER: Patrick Asdaghi | Xavier Niel | Didier Casas
MISC: twitter""",
         sentiments={"Free": "positive", "Virgin": "negative", "Numéricable": "negative", "SFR": "negative",
                     "Orange": "negative", "Bouygues Télécom": "negative"},
         events=["product_launch", "competition"]),

    dict(id="fr18-nextink-gafam-amendes-impayees", lang="fr", split="dev",
         date="2023-11 (approx., from the text: the CJEU advocate general's opinion on Apple's tax case)",
         url="https://next.ink/brief_article/amazon-apple-google-meta-tiktok-et-twitter-x-rechignent-a-payer-leurs-amendes-record/",
         text="""écran d'iphone affichant des icônes à l'écranPhoto de James Yarema sur Unsplash

Amazon, Apple, Google, Meta, TikTok et Twitter/X rechignent à payer leurs amendes record

écran d'iphone affichant des icônes à l'écranPhoto de James Yarema sur Unsplash

Appel, pourvoi en cassation… en Europe, les champions des nouvelles technologies « sont systématiquement mauvais payeurs » et « rechignent à se soumettre » aux sanctions infligées par les régulateurs européens, relève l'AFP.

Meta n’a ainsi toujours pas réglé les amendes infligées par la Data Protection Commission (DPC, équivalent irlandais de la CNIL), pour un montant total de 2,2 milliards d'euros. Contacté par Le Monde, Meta explique ne pas avoir de nouveaux éléments à partager.

Joint par Le Monde, TikTok, condamné par la DPC à une amende de 345 millions d'euros, explique avoir fait appel de la décision de la DPC.

En France, Apple se bat depuis quatre ans contre une amende qu'elle a réussi à réduire de 1,1 milliard à 371,6 millions en appel. Au niveau européen, le tribunal de l’Union européenne (UE) avait dans un premier temps annulé un rattrapage fiscal de 13 milliards d'euros, mais la Cour de justice de l’UE a récemment recommandé que le litige soit rejugé.

Amazon a, lui aussi, fait appel en 2021 de la décision du régulateur des données personnelles luxembourgeois, qui l'avait condamné à une amende de 746 millions d’euros.

Google conteste également les amendes infligées entre 2017 et 2019 pour un total de 8,2 milliards d’euros, et précise au Monde avoir « fait appel car certains domaines nécessitent des éclaircissements juridiques de la part des tribunaux européens ».

Interrogé par l’AFP, Graham Doyle, le commissaire adjoint à la protection des données en Irlande, a pour sa part défendu le bilan de la DPC, arguant que les amendes « ne représentent qu’une facette des conséquences des enquêtes menées » par l'autorité, qui ont d'ore""",
         boiler=["écran d'iphone affichant des icônes à l'écranPhoto de James Yarema sur Unsplash"],
         ents="""ORG: Amazon | Apple | Google | Meta | TikTok | Twitter/X | AFP | Data Protection Commission | DPC | CNIL | Le Monde | Monde | Cour de justice de l’UE | Union européenne | UE
PER: Graham Doyle
LOC: Europe | France | Irlande""",
         sentiments={"Amazon": "negative", "Apple": "negative", "Google": "negative", "Meta": "negative",
                     "TikTok": "negative", "Twitter/X": "negative"},
         events=["legal"]),
]
