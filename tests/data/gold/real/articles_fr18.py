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

    dict(id="fr18-datanews-esp-desis-contrat-belge", lang="fr", split="dev",
         date="undated page; approx. 2014-2015 (from the facts: award of lots of the Commission's ESP-DESIS III framework)",
         url="https://datanews.levif.be/actualite/des-entreprises-it-belges-decrochent-un-mega-contrat-europeen/",
         text="""Des entreprises IT belges décrochent un méga-contrat européen

Le siège de la Commission européenne. © Belga
Pieterjan Van Leemputten

Plusieurs firmes belges fourniront pour 835 millions d’euros de services à la Commission européenne. Cet accord permettra aussi de créer pas mal d’emplois.

Il s’agit en l’occurrence de trois lots pour ce qu’on appelle le projet ESP-DESIS III (External Service Provisioning for Development, Studies and Support for Information Systems). Ces lots fourniront de l’emploi à un millier de travailleurs ICT tant à Bruxelles qu’à Luxembourg et à Ispra (Italie) pendant quatre ans.

Le contrat implique de nombreuses entreprises. Pour le premier lot, il s’agit du groupe Panoplys dirigé par Trasys. Pour le deuxième, il s’agit d’Innovata Consortium dirigé par Unisys et pour le troisième, il s’agit du groupe One4EU aussi dirigé par Unisys. Ces trois groupes se composent en outre également d’Atos Engineering, Everis, Fujitsu, Intrasoft, Iris, Piksel et Sogeti.

Update 17H30a

Par souci de clarté, le lot pour lequel les acteurs susmentionnés étaient en lice, ne concerne pas le contrat ESP DESIS III complet, mais bien une partie de ce dernier, dont la valeur totale est de 835 millions d’euros. Un autre lot est attribué notamment au groupe Eurora-1 dirigé par ARHS Developements et Cegeka, qui comprend KPMG Advisory, Ordina Belgium et SWORD.

Vous avez repéré une erreur ou disposez de plus d’infos? Signalez-le ici

Contenu partenaire""",
         boiler=["Le siège de la Commission européenne. © Belga", "Pieterjan Van Leemputten", "Update 17H30a",
                 "Vous avez repéré une erreur ou disposez de plus d’infos? Signalez-le ici", "Contenu partenaire"],
         ents="""ORG: Commission européenne | Panoplys | Trasys | Innovata Consortium | Unisys | One4EU | Atos Engineering | Everis | Fujitsu | Intrasoft | Iris | Piksel | Sogeti | Eurora-1 | ARHS Developements | Cegeka | KPMG Advisory | Ordina Belgium | SWORD
LOC: Bruxelles | Luxembourg | Ispra | Italie
MISC: ESP-DESIS III | ESP DESIS III | External Service Provisioning for Development, Studies and Support for Information Systems""",
         sentiments={"Panoplys": "positive", "Trasys": "positive", "Innovata Consortium": "positive", "Unisys": "positive",
                     "One4EU": "positive", "Atos Engineering": "positive", "Everis": "positive", "Fujitsu": "positive",
                     "Intrasoft": "positive", "Iris": "positive", "Piksel": "positive", "Sogeti": "positive",
                     "Eurora-1": "positive", "ARHS Developements": "positive", "Cegeka": "positive",
                     "KPMG Advisory": "positive", "Ordina Belgium": "positive", "SWORD": "positive"},
         events=["partnership"]),

    dict(id="fr18-mecanicvallee-nouvelle-aquitaine-investissements", lang="fr", split="dev",
         date="2018-07 (approx., from the text: 2017 figures, Ford's plan launched 'fin juin', hiring 'en 2018')",
         url="https://mecanicvallee.com/en-nouvelle-aquitaine-tous-les-voyants-sont-au-vert-ou-presque",
         text="""Après un recul de 3,9 % des investissements en 2017, la Banque de France prévoit cette année un rebond de 10,2 %, mais il concerne des secteurs en forte croissance au niveau mondial.

La décision de Ford de lancer fin juin un plan de sauvegarde de l’emploi (PSE) pour les 886 salariés de son usine de boîtes de vitesses automatiques à Blanquefort (Gironde), dans la métropole bordelaise, ou encore les difficultés très médiatisées de GM & S à La Souterraine (Creuse) rappellent que si l’industrie a repris des couleurs en Nouvelle-Aquitaine, cela est avant tout cantonné à certains secteurs d’activité. L’aéronautique et le luxe dans l’ancienne Aquitaine, les énergies renouvelables dans l’ex-Limousin et les nouvelles batteries dans l’ancien Poitou-Charentes. Des investissements qui sont aussi ciblés géographiquement, souvent près des grandes villes. Ainsi, si Hermès a décidé d’installer, en 2020, un atelier de maroquinerie en Gironde dans un village de 1 000 habitants (Saint-Vincent-de-Paul), avec à la clé la création de 250 emplois, c’est parce que Bordeaux, situé à 20 kilomètres, bénéficie d’une forte attractivité. Afin de choisir le département d’implantation de ce nouvel atelier et former du personnel, le géant français du luxe a sondé ses salariés parisiens de Pantin (Seine-Saint-Denis) pour savoir où certains aimeraient emménager s’ils devaient quitter l’Ile-de-France. Et ils ont très majoritairement répondu Bordeaux.

C’est aussi l’une des raisons qui pousse l’avionneur Dassault Aviation à agrandir son usine de Mérignac (Gironde) où sont assemblés les Rafale et les Falcon et qui emploie déjà 1 400 personnes. Un bâtiment est en cours de construction pour accueillir 400 nouveaux salariés d’ici à 2022, dont bon nombre seront délocalisés de ses sites en région parisienne. Toujours dans l’aéronautique, Safran Helicopter Engines va embaucher, en 2018, 120 perso""",
         ents="""ORG: Banque de France | Ford | GM & S | Hermès | Dassault Aviation | Safran Helicopter Engines
LOC: Blanquefort | Gironde | La Souterraine | Creuse | Nouvelle-Aquitaine | Aquitaine | Limousin | Poitou-Charentes | Saint-Vincent-de-Paul | Bordeaux | Pantin | Seine-Saint-Denis | Ile-de-France | Mérignac
MISC: Rafale | Falcon""",
         sentiments={"Ford": "negative", "GM & S": "negative", "Hermès": "positive", "Dassault Aviation": "positive",
                     "Safran Helicopter Engines": "positive"},
         events=["layoffs", "expansion"]),

    dict(id="fr18-lsa-mousquetaires-recrutement", lang="fr", split="dev",
         date="2015-01 (approx., from the text: the recruitment plan 'pour 2015')",
         url="https://www.lsa-conso.fr/les-mousquetaires-recrutent-300-chefs-d-entreprise-en-2015-dont-150-pour-intermarche,193609",
         text="""Les Mousquetaires recrutent 300 "chefs d'entreprise" en 2015, dont 150 pour Intermarché

|
Twitter Facebook Linkedin Google + Email Imprimer

Les Mousquetaires nourrissent de fortes ambitions en termes de recrutement. Le groupement cherche 300 "chefs d'entreprise" pour toutes ses enseignes, Intermarché bien sûr, mais également pour le bricolage, le hard discount (Netto), la restauration (Le Poivre rouge), les centre-auto (Roady).

En 2015, le groupement des Mousquetaires prévoit de recruter 300 "chefs d'entreprise", dont 150 pour la seule enseigne Intermarché.
En 2015, le groupement des Mousquetaires prévoit de recruter 300 "chefs d'entreprise", dont 150 pour la seule enseigne Intermarché.© FABIEN DEPARIS

Le groupement d'indépendants, qui réalise 39,9 milliards d'euros de chiffre d'affaires, se pose en créateur d'emploi avec l'annonce d'un fort plan de recrutement pour 2015 : "Nous cherchons 300 chefs d'entreprise, qui pourront tous devenir propriétaires, explique Benoît Matyn, président de l'Union des mousquetaires, chargé des ressources humaines et de la formation en interne. Nous sommes intéressés par des gens de tous horizons, pas que des techniciens. On recrute un chef d'entreprise sur l'ensemble du territoire, pas pour une enseigne ou un pays donné".

Sur les 300, 150 sont prévus pour Intermarché (dont 95 en France), 15 pour le hard discount Netto, 95 pour les enseignes de bricolage Bricomarché et Brico Cash (dont 64 en France), 15 pour Roady et enfin 40 pour le Poivre rouge, des restaurants qui cartonnent dans les zones hôtelières. Hormis la France, Intermarché met l'accent sur l'international, notamment en Pologne, où 95 à 100 ouvertures par an sont prévues.

Intermarché joue la carte de la séduction

Pour les appâter, Intermarché joue la carte de la séduction avec trois nouveaux modes de recrutement en 2015 : des "petits déjeuners de la création d'entreprise" où un rendez-vous peut être pris en trois clics pour rencont""",
         boiler=["|", "Twitter Facebook Linkedin Google + Email Imprimer",
                 "En 2015, le groupement des Mousquetaires prévoit de recruter 300 \"chefs d'entreprise\", dont 150 pour la seule enseigne Intermarché.",
                 "En 2015, le groupement des Mousquetaires prévoit de recruter 300 \"chefs d'entreprise\", dont 150 pour la seule enseigne Intermarché.© FABIEN DEPARIS"],
         ents="""ORG: Les Mousquetaires | Union des mousquetaires | Intermarché | Netto | Le Poivre rouge | Poivre rouge | Roady | Bricomarché | Brico Cash
PER: Benoît Matyn
LOC: France | Pologne""",
         sentiments={"Les Mousquetaires": "positive", "Union des mousquetaires": "neutral", "Intermarché": "positive",
                     "Netto": "positive", "Le Poivre rouge": "positive", "Roady": "positive", "Bricomarché": "positive",
                     "Brico Cash": "positive"},
         events=["expansion"]),

    dict(id="fr18-varmatin-carlsjr-toulon", lang="fr", split="dev", date="2017-11-30 (from the URL)",
         url="http://www.pressreader.com/france/var-matin-la-seyne-sanary/20171130/281848643921883",
         text="""Var-Matin (La Seyne / Sanary)

Pour l’Américain Carl’s Jr. la conquête commence ici

L’enseigne californienne de burger ouvrira son tout premier restaurant français d’ici un mois dans la zone industrielle Toulon-est. Pour se développer, elle s’appuie sur une société marseillaise Quarante recrutements àlaclé

- V. R. vrabisse@varmatin.com

Le soleil californien brille. Certes, le Coudon est bien là pour rappeler qu’on est à La Garde, dans la zone industrielle Toulon-est. Pourtant le panneau qui s’affiche à l’entrée du chantier, entre le nouveau Décathlon et le restaurant Poivre Rouge, donne des airs de côte ouest américaine à ce terrain qui, jusqu’à il y a peu, accueillait un hangar abandonné. D’ici un mois, Carl’s Jr., l’enseigne de burger venue d’outre-Atlantique, qui se fait un devoir de servir ses clients à table, ouvrira son premier restaurant français. S’appuyant sur la société marseillaise Brescia Investissement, elle attaque ainsi sa conquête du Sud-Est. « Ils (les dirigeants de Carl’s Jr., Ndlr) sont venus vers nous, explique Stéphane Brescia, le directeur général de Carl’s Jr. France, car, après le Danemark et l’Espagne très récemment, ils veulent se développer dans l’Hexagone. » Dans la cité du Rocher donc. Sur un site qui, chaque jour, voit passer en moyenne vingt mille véhicules. « La zone est l’une des plus dynamiques de la région », assure le patron. Mais l’objectif va au-delà du Var. Les villes de Nice, Cannes et Montpellier accueilleront elles aussi, en 2018, la chaîne US. « Le projet est d’ouvrir une dizaine de restaurants par an sur douze années, d’abord dans le SudEst puis, dans trois ans, au niveau national», reprend le directeur général.

Plus de cent restaurants français

En 2029, les quelque 3800 restaurants répartis dans le monde – dont une très grande partie aux ÉtatsUnis même – seront ainsi rejoints par 120 établisse""",
         boiler=["Var-Matin (La Seyne / Sanary)", "- V. R. vrabisse@varmatin.com"],
         ents="""ORG: Carl’s Jr. France | Carl’s Jr. | Brescia Investissement | Décathlon | Poivre Rouge
PER: Stéphane Brescia
LOC: Toulon-est | Coudon | La Garde | Sud-Est | SudEst | Danemark | Espagne | Hexagone | Var | Nice | Cannes | Montpellier | ÉtatsUnis""",
         sentiments={"Carl’s Jr.": "positive", "Carl’s Jr. France": "positive", "Brescia Investissement": "positive",
                     "Décathlon": "neutral", "Poivre Rouge": "neutral"},
         events=["expansion", "partnership"]),

    dict(id="fr18-agra-metro-divaco", lang="fr", split="dev",
         date="a 21 January, year not given (approx. 2007-2008, from the facts: Metro's exit from Divaco)",
         url="https://www.agra.fr/agra-innovation/node/9816",
         text="""Metro a annoncé le 21 janvier la cession des actifs périphériques regroupés au sein d’une structure, Divaco, pour se recentrer sur son cœur de métier, la grande distribution. Le distributeur liquide ainsi sa participation de 49 % dans Divaco, dont les actifs seront cédés aux cadres de cette entreprise, pour un euro symbolique via une opération dite de reprise par les salariés (management buy-out).
Body
Connectez-vous à votre compte pour profiter de votre abonnement""",
         boiler=["Body", "Connectez-vous à votre compte pour profiter de votre abonnement"],
         ents="ORG: Metro | Divaco",
         sentiments={"Metro": "neutral", "Divaco": "neutral"},
         events=["acquisition"]),

    dict(id="fr18-generationnt-orange-richard-promotions", lang="fr", split="dev",
         date="2018-2019 (approx.; undated page, from the facts: Stéphane Richard's interview in Le Monde during the mobile promotions war)",
         url="https://static.generation-nt.com/stephane-richard-orange-promotions-mobile-ridicules-actualite-1955161.html",
         text="""Cela fait quelques mois que l'on voit les opérateurs se lancer dans une nouvelle guerre des promotions de leurs forfaits mobiles. Free, Bouygues Télécom et SFR multiplient ainsi les offres promotionnelles en vente directe ou via des partenaires comme vente privée. Au menu, des forfaits autour des 20 euros bradés à 5€ avec une garantie du maintien du prix qui s'étend parfois à vie.

Stephane-Richard

Et si Sosh s'est également lancé dans la partie avec une offre il y a quelques semaines, pour Stéphane Richard, PDG d'Orange, la situation n'est pas franchement de bon gout.

Interrogé par Le Monde à ce sujet, le PDG n'a pas manqué de rappeler (s'il le fallait encore) sa volonté de voir le marché revenir à 3 acteurs : "Je reste convaincu que la taille du marché français et l'importance des investissements à réaliser dans les années qui viennent, pour terminer le déploiement de la fibre optique et préparer la 5G, rendent difficile la viabilité de quatre opérateurs."

Concernant la guerre des promotions des opérateurs, il a également déclaré "On marche sur la tête en Europe. Le spectacle que l'on donne tous les jours aux Français, avec des promotions ridicules, à des prix qui n'ont aucun sens, n'est pas souhaitable."

L'occasion s'est également présentée d'enterrer les rumeurs concernant le rachat de CANAL+ par Orange : "Les investisseurs ne comprendraient pas la logique, et ils n'ont pas tort. En outre, Canal+ fait partie d'un groupe, Vivendi, qui n'a jamais émis l'idée de la vendre.\"""",
         boiler=["Stephane-Richard"],
         ents="""ORG: Free | Bouygues Télécom | SFR | vente privée | Orange | Le Monde | CANAL+ | Canal+ | Vivendi
PER: Stéphane Richard
LOC: Europe
MISC: Sosh""",
         sentiments={"Free": "negative", "Bouygues Télécom": "negative", "SFR": "negative", "vente privée": "neutral",
                     "Orange": "neutral", "CANAL+": "neutral", "Vivendi": "neutral"},
         events=["competition"]),

    dict(id="fr18-journaldesopa-eurazeo-fiebm-tf1", lang="fr", split="dev",
         date="2022-07 (approx., from the text: deeds of 27 June 2022; listing page of deals)",
         url="https://www.journaldesopa.com/category/verbatim/page/3",
         text="""Eurazeo cède le solde de sa participation (51%) dans Trader Interactive

Cette transaction fait suite à l’acquisition par Carsales, en août 2021, de 49% de ce spécialiste des places de marché et fournisseur de services aux concessionnaires pour les véhicules de loisirs et les équipements professionnels. Cet accord valorise Trader Interactive à 1,897 milliard de dollars, soit 25 fois l’Ebitda ajusté 2021, ce qui fait ressortir pour Eurazeo et ses partenaires un multiple de 3,1 fois l’investissement initial. La vente de ces 51% devrait générer environ 350 millions de dollars, dont 238 millions pour Eurazeo.

FIEBM : l’offre publique de retrait est en marche

Par actes authentiques en date du 27 juin 2022, la Financière et Immobilière de l’Etang de Berre et de la Méditerranée a cédé une propriété formant une installation de camping et du fonds de commerce attaché, moyennant un prix global de 20,5 millions d’euros, payé comptant. Cette opération avait été autorisée par l’assemblée générale en date du 7 juin 2022. Constituant la cession du principal des actifs de la société, elle oblige l’actionnaire contrôlant la société à mettre en œuvre une offre publique de retrait. Les conditions financières de cette OPR seront arrêtées ultérieurement et tiendront compte de la cession d’actif intervenue.

TF1 cède les activités Publishers de Unify à Reworld Media

Le Groupe TF1 souhaite se concentrer sur ses activités d’éditeur de contenus, de streaming multicanal et de production. Ayant reçu plusieurs marques d’intérêt, il a considéré l’offre de Reworld Media comme la plus pertinente. Le pôle d’édition numérique en jeu est notamment constitué des marques Marmiton, aufeminin, Doctissimo et Les Numériques. Ces dernières réunissent 25 millions de visiteurs uniques chaque mois et plus de 200 millions de pages vues par an. La réalisation définitive de l’opération reste soumise aux conditions habituel""",
         ents="""ORG: Eurazeo | Trader Interactive | Carsales | FIEBM | Financière et Immobilière de l’Etang de Berre et de la Méditerranée | TF1 | Groupe TF1 | Unify | Reworld Media
MISC: Marmiton | aufeminin | Doctissimo | Les Numériques""",
         sentiments={"Eurazeo": "positive", "Trader Interactive": "neutral", "Carsales": "neutral",
                     "Financière et Immobilière de l’Etang de Berre et de la Méditerranée": "neutral", "TF1": "neutral",
                     "Unify": "neutral", "Reworld Media": "neutral"},
         events=["acquisition"]),

    dict(id="fr18-aumagasin-starbucks-metz", lang="fr", split="dev",
         date="2020 (approx., from the text: the third shop within eighteen months of the first, opened late 2018)",
         url="https://au-magasin.fr/news/un-troiseme-starbucks-va-ouvrir-ses-portes-a-metz.html",
         text="""Il s’agit d’une troisième implantation en un an et demi pilotée par l'enseigne américaine à voir le jour dans l’agglomération de Metz. Voici des détails à propos de ce nouveau commerce et les activités de recrutement qui s'y rattachent.
Pour son troisième coffee shop au centre ville de Metz, l’enseigne américaine Starbucks a choisi un emplacement des plus fréquentés, au cœur du plateau piétonnier. Le déploiement de l’enseigne se poursuit rue du Petit-Paris à Metz. Ce commerce remplacera la boulangerie Paul, qui a pris la décision en mars dernier de transférer ses activités commerciales face aux Galeries Lafayette. Fin 2018, Starbucks procédait à l’ouverture d’un premier établissement à la gare de Metz. Au début de l’année 2019, ce fut au tour du commerce de Muse d'être déployé.
Les entrepreneurs Olivier Chevalier et Eric Dujourdhui se sont engagés pour piloter ensemble ce projet d’affaires. Ils disposent d’une large expérience dans le domaine, étant donné qu’ils gèrent déjà deux autres franchises de coffee shop Starbucks à Muse et également à Dijon : ils connaissent amplement les rouages pour faire de leur troisième commerce un franc succès au centre ville de Metz. Le recrutement a d’ores et déjà commencé pour le troisième coffee shop. Les gestionnaires sont à la recherche de plusieurs employés, entre autres des CDI à temps partiel. Les personnes intéressées pour participer à cette campagne de recrutement sont invitées à faire parvenir leur candidature par mail ou à la déposer en personne au Starbucks situé à Muse.
Il y a une dizaine d’années, Starbucks misait sur une stratégie de colonisation aux abords de Toulouse en anticipant d’y implanter une dizaine à une quinzaine d’établissements. Cela s’inscrit dans une stratégie offensive de cette enseigne d'implanter près de 250 commerces en France avant 2020. Cette chaîne américaine de cafés a été fondée en 1971. Elle est """,
         ents="""ORG: Starbucks | Paul | Galeries Lafayette
PER: Olivier Chevalier | Eric Dujourdhui
LOC: Metz | rue du Petit-Paris | Muse | Dijon | Toulouse | France""",
         sentiments={"Starbucks": "positive", "Paul": "neutral", "Galeries Lafayette": "neutral"},
         events=["expansion"]),
]
