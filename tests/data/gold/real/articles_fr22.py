"""French real business articles for the seventh held-out set (``split="heldout7"``, real_heldout7.jsonl).

Stored page text as delivered (see make_real.py for the format and the annotation rules, and its
conventions of the third and seventh sessions for the sentiment values). Found in the stored public pages
with French queries on acquisitions, results and profit warnings, share moves and analyst calls, job cuts,
receiverships and liquidations, regulators' fines and investigations, leadership changes, contracts,
fund raising, product launches, expansion abroad and strikes, from sites little used in the other parts.
Pages are kept as the store gives them, even when the headline (and so the main company's name) is
missing from the stored text. Annotated by hand before any system ran on them; no system is ever run on
them for tuning, and their errors are never listed (aggregate figures only).
"""

ARTICLES = [
    dict(id="fr22-abcbourse-jcdecaux-trimestriels", lang="fr", split="heldout7",
         date="2012-04 (approx., from the text: first-quarter 2012 sales, before the London Olympics)",
         url="https://www.abcbourse.com/marches/jc-decaux-sa-en-chute-libre-apres-ses-trimestriels_234742",
         text="""L'action du numéro un mondial de la communication extérieure connaît une
forte baisse aujourd'hui à la bourse de Paris. Le titre signe le plus fort repli
de toutes les valeurs du SRD et abandonne environ 8,5 % à 19,2 euros en début de
matinée, revenant ainsi à un plus bas niveau depuis janvier 2012.
Cette
sanction sur le titre survient après la publication des ventes du premier
trimestre 2012 et surtout les prévisions pour la suite de l'exercice.
Le
chiffre d'affaires du premier trimestre ressort en hausse de 6,3 % à 569
millions d'euros mais ce sont les anticipations du groupe pour le deuxième
trimestre qui ont jeté un froid.
En effet, ce dernier a noté un net
ralentissement et s'attend à une croissance organique d'environ 1 % seulement.
Il estime toutefois qu'il y aura un effet de rattrapage sur le troisième
trimestre avec les jeux olympiques de Londres.
Malgré tout, les
investisseurs ne veulent rien savoir et sanctionnent fortement le titre ce
matin.
© www.abcbourse.com
© AbcBourse.com. Tous droits réservés""",
         boiler=["© www.abcbourse.com", "© AbcBourse.com. Tous droits réservés"],
         ents="""ORG: bourse de Paris
MISC: SRD
LOC: Londres""",
         sentiments={},
         events=["earnings"]),

    dict(id="fr22-lecho-bpost-goldman-vente", lang="fr", split="heldout7",
         date="2019-06 (page date; the title, in the URL, names Goldman Sachs and bpost)",
         url="https://www.lecho.be/entreprises/services/Quand-Goldman-Sachs-flingue-bpost/10134414",
         text=""" date 2019-06 La banque d’affaires américaine conseille de se débarrasser du titre alors que jusqu’ici elle avait adopté une position neutre à son égard. Parmi tous les analystes recensés par Bloomberg qui suivent la valeur Matija Gergolet est désormais la seule à recommander de la vendre alors que quatre de ses collègues sont à l’achat et neuf autres sont d’avis de la conserver.

Elle a également sabré dans son objectif de cours qui n’atteint plus que 8,5 euros contre 10,2 euros avant. Résultat des courses : l’action a chuté pour toucher, en fin de matinée, un plus bas en séance à 7,81 euros (-10,6%) effaçant tous les gains engrangés depuis le début de l’année. Il y a un mois environ, HSBC avait fait le chemin en sens inverse passant de "réduire" à "neutre" et relevant son "target" de 6,7 euros à 11 euros.""",
         ents="""ORG: Bloomberg | HSBC
PER: Matija Gergolet""",
         sentiments={"HSBC": "neutral"},
         events=[]),

    dict(id="fr22-economiehebdo-thales-contrat-defense", lang="fr", split="heldout7", date="2017-04-11 (from the page)",
         url="https://economie-hebdo.fr/Thales-remporte-un-gros-contrat-avec-la-Defense_a773.html",
         text="""Thales remporte un gros contrat avec la Défense



Mardi 11 Avril 2017
Aurélien Delacroix

Thales a remporté un gros contrat auprès du ministère de la Défense : près d’un milliard d’euros sur dix ans, un contrat de service destiné au programme de logistique optimisée pour le réapprovisionnement de consommables aéronautiques (Lorca).


Dans un communiqué, le groupe d’électronique se réjouit évidemment de ce contrat : grâce entre autre à ses algorithmes intelligents, Thales offre une « parfaite gestion des stocks alignée sur les consommations réelles et une adaptation à l'évolution de l'activité des forces armées françaises qui bénéficieront à tout instant d'un service flexible ».

Le groupe français va stocker et acheminer 200 000 références d’articles dans 47 points de livraison en France métropolitaine : pièces détachées, pneumatiques, composants électroniques, joints, câbles, etc. C’est la SIMMAD (Structure Intégrée de Maintien en condition opérationnelle des Matériels Aéronautiques du ministère de la défense) qui a attribué ce contrat qui représente précisément 977 millions d’euros sur une période de dix ans. Il sera effectif à compter du mois de septembre.

Tout le monde n’est cependant pas ravi de ce contrat d’ampleur. Des concurrents de Thales qui avaient leurs propositions ont déposé des recours auprès du Tribunal administratif de Paris — ce serait le cas pour Engie Ineo et Sabena Technics. Selon La Tribune, les deux plaignants sont en droit de réclamer une indemnisation, la SIMMAD ayant fait évoluer le cahier des charges pendant la négociation…



Tags : Thales





Cigarettes électroniques jetables : le parlement vote l’interdiction

13/02/2025

TER : des tarifs très disparates d’une région à l’autre

30/01/2025

La surtaxe qui divise le gouvernement et le patronat

30/01/2025""",
         boiler=["Mardi 11 Avril 2017", "Aurélien Delacroix", "Tags : Thales",
                 "Cigarettes électroniques jetables : le parlement vote l’interdiction", "13/02/2025",
                 "TER : des tarifs très disparates d’une région à l’autre", "30/01/2025",
                 "La surtaxe qui divise le gouvernement et le patronat"],
         ents="""ORG: Thales | Défense | ministère de la Défense | SIMMAD | Structure Intégrée de Maintien en condition opérationnelle des Matériels Aéronautiques du ministère de la défense | Tribunal administratif de Paris | Engie Ineo | Sabena Technics | La Tribune
MISC: Lorca
LOC: France""",
         sentiments={"Thales": "positive", "Engie Ineo": "neutral", "Sabena Technics": "neutral"},
         events=["partnership", "legal"]),

    dict(id="fr22-lesaffaires-saputo-goldman-titres", lang="fr", split="heldout7",
         date="2021-05 (approx., from the facts: Saputo's purchase of Bute Island Foods before its year-end results, Goldman Sachs's approval for its ICBC venture)",
         url="https://lesaffaires.com/bourse/a-surveiller/titres-en-action-saputo-goldman-sachs-astrazeneca",
         text="""Voici une sélection d'annonces qui ont fait (ou vont faire) bouger les cours de ces entreprises.
Voici une sélection d’annonces qui ont fait (ou vont faire) bouger les cours de ces entreprises:
(Repassez nous lire de temps à autre
pour ne pas manquer de mise à jour)
Un fabricant écossais de fromages sans produits laitiers et une usine américaine spécialisée dans les ingrédients à valeur ajoutée passent sous le giron de la multinationale Saputo (SAP, 40,51$). La facture totale des emplettes est d’environ 187 millions $. Le transformateur laitier a annoncé mardi avoir acquis Bute Island Foods et être sur le point de conclure la transaction pour l’usine Reedsburg de Wisconsin Specialty Protein. Saputo estime que ces acquisitions sont alignées avec son plan stratégique mondial, qu’elle dévoilera d’ici la fin de la semaine prochaine, en même temps que ses résultats de fin d’exercice. Bute Island Foods est un fabricant et distributeur de fromages sans produits laitiers pour la vente au détail et dans le secteur des services alimentaires. Elle possède la marque de produits végétaliens « Sheese » et des marques privées. Dans un communiqué, le président du conseil et chef de la direction, Lino Saputo, a expliqué vouloir étendre la présence de Saputo « dans le secteur des substituts de produits laitiers, afin de répondre aux demandes changeantes de nos clients et des consommateurs ».
La banque d’affaires américaine Goldman Sachs (GS, 364,51 $US) a annoncé mardi avoir reçu une première autorisation des autorités chinoises pour former une co-entreprise de gestion de fortune avec l’un des plus grands établissements financiers du pays, Industrial and Commercial Bank of China (ICBC). Goldman Sachs possédera 51% du capital de la nouvelle société, qui combinera son « expertise en investissement et en gestion de risque » avec « la solide réputation de ICBC et son accès inégalé aux particuliers et aux clients institution""",
         boiler=["(Repassez nous lire de temps à autre", "pour ne pas manquer de mise à jour)"],
         ents="""ORG: Saputo | Bute Island Foods | Wisconsin Specialty Protein | Goldman Sachs | Industrial and Commercial Bank of China | ICBC
PER: Lino Saputo
LOC: Reedsburg
MISC: Sheese""",
         sentiments={"Saputo": "positive", "Bute Island Foods": "neutral", "Wisconsin Specialty Protein": "neutral",
                     "Goldman Sachs": "positive", "Industrial and Commercial Bank of China": "neutral"},
         events=["acquisition", "partnership", "legal"]),

    dict(id="fr22-macommune-camaieu-liquidation", lang="fr", split="heldout7",
         date="2022-09-28 (approx., from the facts: the court's ruling on Camaïeu, named in the URL; shops closing \"ce samedi 1er octobre\")",
         url="https://macommune.info/camaieu-ferme-met-definitivement-la-cle-sous-la-porte",
         text="""Le groupe était en redressement judiciaire depuis le 1er août. Moins de deux mois après, le groupe doit définitivement mettre la clé sous la porte.
L’actionnaire, Hermione People and Brands (HPB), semblait pourtant encore croire mercredi à une issue favorable pour l’enseigne. Il espérait gagner un peu de temps pour relancer son enseigne, chahutée par la crise sanitaire et une coûteuse cyberattaque. Lundi 26 septembre, la direction a donc demandé à l'État une avance remboursable de 48 millions d'euros, afin de boucler son plan de continuation de l'activité. Une demande refusée par Bercy qui a jugé la demande irréaliste et que l'État ne pouvait « ?en aucun cas se substituer aux actionnaires » en l'occurrence Hermione People & Brands (HPB).
"Le tribunal convertit le redressement en liquidation judiciaire", a affirmé son président, suscitant les larmes des salariés venus écouter le délibéré.
Les boutiques de l'enseigne fermeront donc définitivement leurs portes ce samedi 1er octobre en soirée. En Franche-Comté, une dizaine d'établissements sont concernés, quatre dans le Grand Besançon.
(avec AFP)""",
         ents="""ORG: Hermione People and Brands | HPB | Hermione People & Brands | Bercy | AFP
LOC: Franche-Comté | Grand Besançon""",
         sentiments={"Hermione People and Brands": "negative"},
         events=["bankruptcy"]),

    dict(id="fr22-agra-centre-ouest-cereales-direction", lang="fr", split="heldout7",
         date="a 10 January after 2014 (from the text; the year is not on the page)",
         url="https://agra.fr/agra-presse/centre-ouest-cereales-renouvelle-sa-direction-pour-cause-de-divergence-politique",
         text="""Centre Ouest Céréales renouvelle sa direction pour cause de « divergence politique »
Un binôme prend la direction générale de Centre Ouest Céréales, a annoncé la coopérative le 10 janvier, à la suite d’une « divergence politique » avec son directeur général François Pignolet, en poste depuis 2014. « Une divergence politique entre le conseil d’administration et François Pignolet nous a conduits à arrêter notre collaboration et mettre en place une nouvelle organisation de l’équipe dirigeante », déclare le président Emmanuel Massicot, cité dans un communiqué. Ulrich Housseau (40 ans) est nommé directeur général.
Mots-clés""",
         boiler=["Mots-clés"],
         ents="""ORG: Centre Ouest Céréales
PER: François Pignolet | Emmanuel Massicot | Ulrich Housseau""",
         sentiments={"Centre Ouest Céréales": "neutral"},
         events=["leadership_change"]),

    dict(id="fr22-abidjannet-areva-oursel-demission", lang="fr", split="heldout7",
         date="2014-10-20 (approx., from the facts: Luc Oursel's resignation announced on a Monday, after Henri Proglio's replacement at EDF)",
         url="https://news.abidjan.net/articles/513072/france-le-patron-d8217areva-demissionne-pour-des-raisons-de-sante",
         text="""Abidjan - Le groupe français spécialisé dans le nucléaire, Areva, a annoncé la démission de son président du directoire, Luc Oursel, contraint de se "mettre en arrêt de travail pour raisons thérapeutiques."
"Je dois mener maintenant un combat personnel contre la maladie", a annoncé Luc Oursel dans un communiqué diffusé par Areva, lundi.
"J'ai dû me résoudre à ne pas poursuivre mes fonctions à la tête de l'entreprise et à me mettre en arrêt de travail pour raisons thérapeutiques", a-t-il expliqué, cité dans ce communiqué. Luc Oursel avait succédé à Anne Lauvergeon à la présidence du directoire, le 30 juin 2011.
"Luc Oursel considère qu'il n'est plus en mesure d'assumer les responsabilités de président du directoire d'Areva. Il vient d'en informer le gouvernement", a précisé dans un communiqué le groupe, détenu à 87 % par les pouvoirs publics.
Avec le remplacement de Henri Proglio à la tête d'EDF, c'est un nouveau changement qui a lieu au sein du nucléaire français.
cmas
"Je dois mener maintenant un combat personnel contre la maladie", a annoncé Luc Oursel dans un communiqué diffusé par Areva, lundi.
"J'ai dû me résoudre à ne pas poursuivre mes fonctions à la tête de l'entreprise et à me mettre en arrêt de travail pour raisons thérapeutiques", a-t-il expliqué, cité dans ce communiqué. Luc Oursel avait succédé à Anne Lauvergeon à la présidence du directoire, le 30 juin 2011.
"Luc Oursel considère qu'il n'est plus en mesure d'assumer les responsabilités de président du directoire d'Areva. Il vient d'en informer le gouvernement", a précisé dans un communiqué le groupe, détenu à 87 % par les pouvoirs publics.
Avec le remplacement de Henri Proglio à la tête d'EDF, c'est un nouveau changement qui a lieu au sein du nucléaire français.
cmas""",
         boiler=["cmas"],
         ents="""ORG: Areva | EDF
PER: Luc Oursel | Anne Lauvergeon | Henri Proglio
LOC: Abidjan""",
         sentiments={"Areva": "neutral", "EDF": "neutral"},
         events=["leadership_change"]),

    dict(id="fr22-strategies-orange-groupama-banque", lang="fr", split="heldout7",
         date="2016-04-22 (from the text: \"vendredi 22 avril\", closing expected in the third quarter of 2016)",
         url="http://strategies.fr/actualites/marques/1039031W/groupama-banque-devient-orange-bank.html",
         text="""Le groupe de télécoms Orange a annoncé vendredi 22 avril par un communiqué la signature d'un accord avec l'assureur Groupama pour l'acquisition de sa filiale Groupama Banque, après plusieurs mois de négociations. Elle sera renommée Orange Bank avant début 2017 et vise à créer une offre bancaire 100% mobile. L'accord se concrétise par une prise participation majoritaire dans la filiale, à hauteur de 65%.
Orange et Groupama avaient indiqué en début d'année être entrés en négociation en vue de cette opération, dont la finalisation est «attendue au 3e trimestre 2016». Orange Bank lancera ensuite une nouvelle offre bancaire «spécifiquement adaptée aux usages du mobile». Elle sera commercialisée en France début 2017 par Orange et Groupama.
Plusieurs pays européens à terme
Les services d'Orange Bank «couvriront le compte courant, l'épargne, le crédit, l'assurance ainsi que le paiement», selon Orange. A terme, elle veut «attirer plus de 2 millions de clients en France».
Cette offre sera proposée d’abord dans l'Hexagone, puis en Espagne et en Belgique.
Pour Groupama, c’est l’occasion de «s’appuyer sur le savoir technologique et la connaissance des usages digitaux d’Orange». La rapprochement reste toutefois soumis aux autorités de contrôle.
Quelle agence s'en occupera? Si Marcel (Publicis Groupe) vient de gagner le budget Groupama, c'est aussi Publicis Groupe qui gère celui d'Orange, via son agence Publicis Conseil.""",
         ents="""ORG: Orange | Groupama | Groupama Banque | Orange Bank | Marcel | Publicis Groupe | Publicis Conseil
LOC: France | Hexagone | Espagne | Belgique""",
         sentiments={"Orange": "positive", "Groupama": "positive", "Groupama Banque": "neutral", "Orange Bank": "neutral",
                     "Marcel": "neutral", "Publicis Groupe": "neutral", "Publicis Conseil": "neutral"},
         events=["acquisition", "product_launch"]),

    dict(id="fr22-linformaticien-openclassrooms-levee", lang="fr", split="heldout7",
         date="2018-06 (approx., from the facts: OpenClassrooms' 60 million dollar round led by General Atlantic)",
         url="https://linformaticien.com/magazine/tendances/55058-65openclassrooms-leve-60-millions-de-dollars.html",
         text="""Et oui, des dollars et non pas des euros, car la plateforme française de moocs et de cours en ligne s’est adossée à plusieurs fonds américains pour cette nouvelle levée de fonds. En effet, la jeune pousse française compte profiter de cet investissement pour notamment développer son offre de formation au Royaume-Uni et aux Etats-Unis.
Cette opération était un secret de Polichinelle depuis quelques temps : OpenClassrooms préparait une levée de fonds de grande ampleur à l’échelle d’une startup française. Son bouclage a été repéré par Les Echos et confirmé ensuite par l’intéressé. La jeune entreprise française annonce ainsi avoir levé 60 millions de dollars.
Le tour de table a en effet été réalisé avec le fonds américain General Atlantic, rejoint par les Français Alven et Citizen Capital ainsi que la BPI. On ignore la nouvelle répartition du capital d’OpenClassrooms, qui indique dans son communiqué « disposer d’une réserve d’argent très importante pour financer son développement et continuer à croître ».
Expansion internationale
Son ambition : « faire de cette entreprise un acteur majeur de l’éducation, à l’échelle mondiale ». A leur communauté, les deux fondateurs de la plateforme, Pierre Dubuc et Mathieu Nebra expliquent ce à quoi seront destinés ces fonds. « De manière concrète, cet argent va nous permettre de créer de nouveaux parcours diplômants, et aussi de conquérir de nouveaux étudiants, en France et dans l’espace francophone mais aussi au Royaume-Uni et aux Etats-Unis » écrivent-ils.
« Pour les étudiants OpenClassrooms et la communauté au sens large, cet investissement va nous permettre d’améliorer encore notre offre ». L’entreprise, qui vise un objectif de « un million de diplômés OC insérés dans l’emploi par an d’ici 2025 », prévoit de doubler ses effectifs actuels en recrutant une centaine de personnes d’ici à la fin de l’année.""",
         ents="""ORG: OpenClassrooms | OC | Les Echos | General Atlantic | Alven | Citizen Capital | BPI
PER: Pierre Dubuc | Mathieu Nebra
LOC: Royaume-Uni | Etats-Unis | France""",
         sentiments={"OpenClassrooms": "positive", "General Atlantic": "neutral", "Alven": "neutral",
                     "Citizen Capital": "neutral", "BPI": "neutral"},
         events=["funding", "expansion"]),

    dict(id="fr22-trends-mistral-belfius-sofina", lang="fr", split="heldout7",
         date="2024-06 (approx., from the facts: Mistral AI's 600 million euro series B)",
         url="https://trends.levif.be/a-la-une/tech-medias/ia-les-belges-dans-la-licorne-francaise-dont-tout-le-monde-parle",
         text="""IA: les Belges dans la licorne française dont tout le monde parle
Avec 600 millions d’euros fraîchement levés, la start-up française Mistral atteindrait une valorisation à 6 milliards. Une licorne hexagonale qui a un peu l’accent belge, grâce au soutien de deux acteurs belges de l’investissement…
On ne parle que de cela depuis lundi : la levée de fonds de la principale start-up d’IA, Mistral. La jeune pousse française vient d’obtenir 600 millions d’euros supplémentaires pour assurer son développement. Cela la valorise à 6 milliards d’euros et en fait l’une des multi-licornes les plus rapides du moment.
Mais si la firme est bel et bien France française, plusieurs acteurs belges peuvent s’enorgueillir de compter parmi ses investisseurs: Belfius et la Sofina. Le holding de la famille Boël, tout d’abord, intervient dans ce nouveau tour de table porté par Général Catalyst et dans lequel participent Lightspeed, Andreessen Horowitz, Cisco et Nvidia. Pour un montant non divulgué, Sofina confirme son intérêt dans la firme française. C’est en effet la troisième fois, depuis 2023, que le holding remet au pot.
L’autre Belge, c’est Belfius qui rejoint le tour de table de cette série B à 600 millions d’euros. “À travers cet investissement, nous nous engageons à soutenir la croissance et le développement de cette start-up innovante, dont les modèles d’IA générative sont déjà considérés parmi les meilleurs au monde”, indique Belfius dans un communiqué diffusé cet après-midi, ne précisant toutefois pas le montant du ticket pris par le groupe de banque et d’assurance belge.
Mistral AI étant basée à Paris, Belfius souligne également que la “décision de participer à ce tour de table renforce sa stratégie visant “à soutenir les talents locaux” et à stimuler l’innovation ici en Europe. Investir dans cet acteur majeur de l’IA “consolide également la position de leader digital établie par Belf""",
         ents="""ORG: Mistral | Mistral AI | Belfius | Sofina | Général Catalyst | Lightspeed | Andreessen Horowitz | Cisco | Nvidia
LOC: Paris | Europe""",
         sentiments={"Mistral": "positive", "Belfius": "positive", "Sofina": "positive", "Général Catalyst": "neutral",
                     "Lightspeed": "neutral", "Andreessen Horowitz": "neutral", "Cisco": "neutral", "Nvidia": "neutral"},
         events=["funding"]),
    dict(id="fr22-journalauto-amendes-equipementiers", lang="fr", split="heldout7",
         date="2018-02-21 (approx., from the text: the Commission's fines just imposed; page date 2018-02)",
         url="http://www.journalauto.com/lja/article.view/28035/les-amendes-pleuvent/2/equipementiers?knxm=7&knxt=Les+amendes+pleuvent+%21&knxs=Derniers+Articles",
         text=""" date 2018-02 Les amendes pleuvent !

La Commission européenne vient d'infliger de nombreuses amendes, notamment à des équipementiers, pour avoir entravé les règles de la concurrence.

En plus d'un cartel d'armateurs qui a écopé d'une amende globale de 395 millions d'euros, la Commission européenne a également infligé une amende de 76 millions d'euros à deux équipementiers fournissant des bougies d'allumage.

Ainsi, Bosch devra payer près de 46 millions et NGK près de 30 millions. Denso est passé à travers les mailles du filet et a évité de payer un million d'euros car il est a l'origine de la révélation de l'existence de ce cartel des bougies entre 2000 et 2011.

L'UE a également puni, de 75 millions d'euros d'amendes, des fournisseurs de systèmes de freinage impliqués dans deux autres affaires. Dans le premier cas, le plus durement sanctionné est l'Allemand Continental (44 millions d'euros), suivi de son compatriote Bosch (12 millions d'euros). L'Américain TRW (entretemps devenu l'Allemand ZF TRW) a bénéficié de clémence pour avoir dénoncé cette entente. Dans le second cas, Bosch a écopé d'une amende de près de 19 millions d'euros, tandis que Continental y a échappé. (Avec AFP).""",
         ents="""ORG: Commission européenne | UE | Bosch | NGK | Denso | Continental | TRW | ZF TRW | AFP""",
         sentiments={"Bosch": "negative", "NGK": "negative", "Denso": "neutral", "Continental": "negative", "TRW": "neutral"},
         events=["legal"]),

    dict(id="fr22-lapresse-uniqlo-canada", lang="fr", split="heldout7", date="2015-01-27 (from the URL)",
         url="http://www.lapresse.ca/vivre/mode/201501/27/01-4838763-la-marque-de-vetements-japonaise-uniqlo-a-la-conquete-du-canada.php",
         text="""La populaire marque de vêtements japonaise Uniqlo (groupe Fast Retailing) a annoncé mardi son entrée sur le marché canadien à l'automne 2016 via l'ouverture de deux magasins à Toronto, nouvelle étape de son expansion internationale.

Ces navires amiraux seront «situés dans le Yorkdale Shopping Centre, un des plus importants centres commerciaux en Amérique du Nord, et dans le Toronto Eaton Centre, un haut-lieu historique et l'une des destinations commerçantes préférées des Canadiens», indique le groupe dans un communiqué.

D'une surface de 2200 et 2600 m2, les deux boutiques offriront «l'intégralité des gammes de produits homme, femme et enfant», dont les fameux vêtements et sous-vêtements en tissu technique (Heat-Tech qui retient la chaleur corporelle en hiver, ou à l'inverse AIRism, un concept antitranspiration pour l'été).

«Pénétrer le marché canadien est un jalon important pour Uniqlo et constitue une étape significative pour sa stratégie de croissance», a commenté Larry Meyer, président et chef de la direction d'Uniqlo USA et Canada. «Il s'agit d'une présence que nous souhaitons par la suite accroître en ciblant la jolie ville de Vancouver.»

Très bien implantée au Japon avec 853 boutiques (à fin décembre) dont la première a ouvert ses portes en 1984, la griffe Uniqlo, aux vêtements décrits comme «basiques et donc indémodables», est partie il y a plusieurs années à l'assaut des marchés étrangers.

Elle y compte déjà près de 700 points de vente, essentiellement en Asie et dans une moindre mesure aux États-Unis (39 magasins) et sur le vieux continent (10 au Royaume-Uni, 8 en France, 1 en Allemagne, 5 en Russie). Le Canada représentera son 18e marché.

Le milliardaire Tadashi Yanai, PDG et fondateur de Fast Retailing, maison-mère d'Uniqlo, estime que les recettes de l'ensemble à l'étranger (toutes griffes confondues) dépasseront en 2015-2016 celles encaissées au Japon.""",
         ents="""ORG: Uniqlo | Fast Retailing | Uniqlo USA et Canada
PER: Larry Meyer | Tadashi Yanai
LOC: Toronto | Yorkdale Shopping Centre | Amérique du Nord | Toronto Eaton Centre | Vancouver | Japon | Asie | États-Unis | Royaume-Uni | France | Allemagne | Russie | Canada
MISC: Heat-Tech | AIRism""",
         sentiments={"Uniqlo": "positive", "Fast Retailing": "positive", "Uniqlo USA et Canada": "positive"},
         events=["expansion"]),

    dict(id="fr22-paperblog-renault-debrayages", lang="fr", split="heldout7",
         date="2008 (approx., from the facts: the CGT's walkouts against Renault's plan of 4,000 job cuts in France)",
         url="https://paperblog.fr/1077738/renault-debrayages-dans-plusieurs-sites-contre-les-suppressions-d-emplois",
         text="""Renault faisait face jeudi à un mouvement de grève national sous forme de débrayages de quelques heures dans ses usines, dans le cadre d’un appel à la grève lancé par la CGT contre le projet de suppression de 4.000 emplois en France présenté mardi par la direction.L’usine Renault de Cléon (Seine-Maritime), près de Rouen, a été affectée par un arrêt de travail de deux heures. Selon la CGT, il a été suivi dans cette usine de 4.500 salariés par 20% du personnel des équipes du matin et de la journée, qui étaient appelées à cesser le travail de 09H00 à 11H00.
Source flux""",
         boiler=["Source flux"],
         ents="""ORG: Renault | CGT
LOC: France | Cléon | Seine-Maritime | Rouen""",
         sentiments={"Renault": "negative"},
         events=["layoffs"]),

    dict(id="fr22-boursier-vivendi-lagardere-enquete-ue", lang="fr", split="heldout7", date="2023-06-15 (from the text and the page date)",
         url="https://www.boursier.com/actualites/reuters/l-ue-enquete-sur-le-calendrier-du-rachat-de-lagardere-par-vivendi-331092.html",
         text=""" date 2023-06 L'UE enquête sur le calendrier du rachat de Lagardère par Vivendi

L'UE enquête sur le calendrier du rachat de Lagardère par Vivendi














BRUXELLES, 15 juin (Reuters) - Les autorités européennes de la concurrence enquêtent sur les conditions dans lesquelles Vivendi a bouclé le rachat de Lagardère, en se demandant si l'opération n'a pas été réalisée avant le feu vert de la Commission. "La Commission a été informée d'allégations de réalisation anticipée, ce qui a été rapporté dans la presse", a dit l'exécutif européen dans un communiqué. Le rachat de Lagardère a été approuvé la semaine dernière par la Commission qui l'a toutefois assorti de plusieurs conditions. (Foo Yun Chee; version française Nicolas Delame, édité par Kate Entringer)""",
         ents="""ORG: UE | Lagardère | Vivendi | Commission | Reuters
PER: Foo Yun Chee | Nicolas Delame | Kate Entringer
LOC: BRUXELLES""",
         sentiments={"Vivendi": "negative", "Lagardère": "neutral"},
         events=["legal"]),

    dict(id="fr22-optionfinance-capgemini-previsions", lang="fr", split="heldout7", date="2024-10-30 (from the URL)",
         url="https://optionfinance.fr/info-financiere-en-continu/d/2024-10-30-capgemini-plus-forte-baisse-du-cac-40-a-la-cloture-du-mercredi-30-octobre-2024.html",
         text="""(AOF) - Capgemini (-6,39% à 164,80 euros)
L'action Capgemini a chuté en raison de la révision à la baisse de l'ensemble de ses prévisions annuelles. Le groupe de conseil et de services informatiques avait déjà réduit sa prévision de croissance en juillet du fait de la détérioration des perspectives des secteurs automobile et aéronautique, et d'un redressement moins marqué dans les services financiers. Aujourd'hui, son directeur général, Aiman Ezzat a pointé du doigt un contexte plus défavorable qu'anticipé, en particulier dans l'industrie.""",
         ents="""ORG: AOF | Capgemini
PER: Aiman Ezzat""",
         sentiments={"Capgemini": "negative"},
         events=["earnings"]),

    dict(id="fr22-leconomiste-usa-suppressions-emplois", lang="fr", split="heldout7", date="2008-12-08 (from the page)",
         url="https://www.leconomiste.com/article/usa-les-entreprises-sabrent-les-emplois",
         text="""×Membres de L'Economiste Qui sommes-nousL'Editorialjustice régions Dossiers Société Culture Brèves International Brèves internationales Courrier des Lecteurs LE CERCLE DES EXPERTS Documents Lois à polémiques Docs de L'Economiste prix-de-la-recherche Prix de L'Economiste Perspective 7,7 Milliards by SparkNews Earth Beats Solutions & Co Impact Journalism Day cop22Spécial Cop22 Communication Financière

International

USA: Les entreprises sabrent les emplois

Par L'Economiste | Edition N°:2917 Le 08/12/2008 | Partager

. Près de 22.000 personnes seront licenciées. Finance, chimie, informatique, téléphonie, médias… les plus touchésCONVAINCUES que la crise économique sera longue et profonde, les entreprises américaines multiplient les plans de restructurations et les annonces de milliers de suppressions d’emplois. En moins de 24 heures, de grandes entreprises ont annoncé des licenciements qui, cumulés, vont toucher près de 22.000 personnes. La finance, la chimie, l’informatique, la téléphonie, les médias: aucun secteur ne semble épargné. En chiffres bruts, l’opérateur téléphonique AT&T a lâché une bombe: 12.000 emplois vont disparaître d’ici un an. Ce chiffre ne représente toutefois «que» 4% de ses salariés, alors que chez Viacom (TV et cinéma), le départ attendu de 850 personnes représente près de 8% des effectifs. Le grand chimiste DuPont a de son côté annoncé la suppression de 2.500 emplois en Amérique du Nord et en Europe (plus de 4% de ses effectifs totaux), sans compter l’interruption du contrat de 4.000 intérimaires. Mercredi dernier, c’est le fabricant de logiciels Adobe qui avait annoncé le départ de 600 personnes, soit près de 9% de ses effectifs. A la banque bostonienne State Street, pourtant tout juste recapitalisée par l’Etat fédéral à hauteur de 2 milliards de dollars, entre 1.600 à 1.800 personnes ne s’approcheront plus des guichets. Tandis que les gros groupes médiatisent leurs restr""",
         boiler=["×Membres de L'Economiste Qui sommes-nousL'Editorialjustice régions Dossiers Société Culture Brèves International Brèves internationales Courrier des Lecteurs LE CERCLE DES EXPERTS Documents Lois à polémiques Docs de L'Economiste prix-de-la-recherche Prix de L'Economiste Perspective 7,7 Milliards by SparkNews Earth Beats Solutions & Co Impact Journalism Day cop22Spécial Cop22 Communication Financière",
                 "International", "Par L'Economiste | Edition N°:2917 Le 08/12/2008 | Partager"],
         ents="""ORG: AT&T | Viacom | DuPont | Adobe | State Street
LOC: USA | Amérique du Nord | Europe""",
         sentiments={"AT&T": "negative", "Viacom": "negative", "DuPont": "negative", "Adobe": "negative", "State Street": "negative"},
         events=["layoffs"]),

    dict(id="fr22-avem-tesla-model-s-lancement", lang="fr", split="heldout7",
         date="2012-06 (approx., from the facts: the Model S launch set for 22 June, European arrival in 2013)",
         url="https://avem.fr/?p=35131",
         text="""Le constructeur californien de voitures électriques Tesla Motors a annoncé en début de semaine le lancement de sa berline de luxe électrique Model S le 22 juin avec une légère avance sur le calendrier initialement prévu.
Tesla fêtera dignement l’évènement avec des convives triés sur le volet dans son usine de Frémont, en Californie. A cette occasion, plusieurs clients pourront repartir avec les premiers exemplaires du Model S.
« En 2006, notre objectif était de bâtir une voiture de sport électrique et de réduire notre dépendance au pétrole, explique Elon Musk, directeur général, dans un communiqué. Amener sur le marché la Model S fait partie de ce plan et représente la transition de Tesla vers le statut de constructeur automobile grand public ».
Affichant une vitesse de pointe de 176 à 200 km/h selon les versions, le Model S est proposé avec différentes capacités batteries (40, 60 et 85 kWh) permettant de porter l’autonomie jusqu’à 480 km/h. Aux USA, son prix de vente, hors aides gouvernementales, débute à 57.400 $.
Il faudra néanmoins attendre 2013 pour voir arriver le Model S en Europe avec un prix de départ aux alentours de 50.000 €.
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Constructeurs, importateurs, collectivités, entreprises ou particuliers, rejoignez-nous et bénéficiez des nombreux avantages accordés à nos membres.
Vous souhaitez rester au courant des dernières nouveautés et recevoir une notification dès qu'un article est publié, inscrivez-vous à notre newsletter !""",
         boiler=["Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                 "Constructeurs, importateurs, collectivités, entreprises ou particuliers, rejoignez-nous et bénéficiez des nombreux avantages accordés à nos membres.",
                 "Vous souhaitez rester au courant des dernières nouveautés et recevoir une notification dès qu'un article est publié, inscrivez-vous à notre newsletter !"],
         ents="""ORG: Tesla Motors | Tesla
PER: Elon Musk
LOC: Frémont | Californie | USA | Europe
MISC: Model S""",
         sentiments={"Tesla Motors": "positive"},
         events=["product_launch"]),

    dict(id="fr22-psytolyon-lemonde-67000-emplois", lang="fr", split="heldout7", date="2009-01-26 (from the page)",
         url="http://psytolyon.blog4ever.com/soixante-sept-mille-emplois-sont-partis-en-fumee-lundi",
         text="""PsyTolyon

PsyTolyon

Soixante-sept mille emplois sont partis en fumée lundi



LEMONDE.FR avec AFP et Reuters | 26.01.09 | 20h10  •  Mis à jour le 26.01.09 | 20h21

Sur le front de l'emploi, la journée de lundi 26 janvier restera probablement comme l'une des plus noires de la crise économique mondiale. En une petite journée, 67 000 suppressions d'emploi ont été annoncées entre les Etats-Unis et l'Europe, selon le décompte du journal britannique The Guardian.

Pour le seul marché américain, ce sont 45 000 suppressions qui ont été annoncées lundi. Les mesures les plus drastiques ont été celles du constructeur d'engins de chantier Caterpillar, avec 20 000 postes supprimés dans le monde (18 % des effectifs), pour s'adapter à l'année "la plus faible de l'après-guerre". Dans la pharmacie, Pfizer a couplé l'annonce du rachat de son concurrent Wyeth à celle de la suppression de 10 % de ses effectifs à l'horizon 2011, soit environ 8 000 emplois qui passeront à la trappe.

"AGIR AVEC UN SENS DE L'URGENCE"

L'opérateur de télécoms Sprint Nextel a présenté un plan social touchant 8 000 postes (14 % des effectifs) pour "avoir une structure de coûts compétitive et pour rester sain financièrement dans cet environnement économique difficile". Présent sur un marché sinistré par la crise de l'immobilier, le spécialiste du bricolage Home Depot a annoncé un objectif de 7 000 suppressions (2 % des effectifs). Le constructeur automobile General Motors, actuellement sous perfusion des pouvoirs publics, compte supprimer 2 000 emplois, après avoir mis plusieurs de ses usines américaines au chômage technique ces derniers mois.

Tous les groupes ont justifié lundi leurs annonces par la dureté de l'environnement économique et leurs craintes pour 2009. Caterpillar anticipe ainsi un chute de 20 % de son chiffre d'affaires cette année.""",
         boiler=["PsyTolyon", "LEMONDE.FR avec AFP et Reuters | 26.01.09 | 20h10  •  Mis à jour le 26.01.09 | 20h21"],
         ents="""ORG: The Guardian | Caterpillar | Pfizer | Wyeth | Sprint Nextel | Home Depot | General Motors
LOC: Etats-Unis | Europe""",
         sentiments={"Caterpillar": "negative", "Pfizer": "negative", "Wyeth": "neutral", "Sprint Nextel": "negative",
                     "Home Depot": "negative", "General Motors": "negative"},
         events=["layoffs", "acquisition"]),

    dict(id="fr22-regionalit-gfi-realdolmen", lang="fr", split="heldout7", date="2018-08-20 (from the URL)",
         url="https://regional-it.be/2018/08/20/realdolmen-officiellement-dans-le-giron-de-gfi-informatique",
         text="""La semaine dernière, le français Gfi Informatique a bouclé avec succès son opération de rachat de Realdolmen.
Dans un premier temps, la direction et les principaux actionnaires de la société belge avaient cédé leurs parts, équivalent à près de 92% du capital.
Mais il restait 8,19% à faire basculer. Ce qui avait amené Gfi à procéder, par deux fois, à une réouverture volontaire de l’offre. A l’issue du délai imparti (la dernière date-butoir était le 10 août), le candidat-repreneur a réussi à porter son contrôle à 99,05%. Reste donc moins d’un pour-cent (précisément 50.318 actions) qui faisait de la résistance. Toutefois, ces actions étant “réputées transférées de plein droit à Gfi Informatique”, l’acquisition est bel et bien bouclée.
Trop tôt pour les implications pratiques
Quels changements éventuels l’acquisition va-t-elle impliquer concrètement pour les activités de Realdolmen? Des changements sont-ils prévus en termes de management, notamment pour Realdomen “Sud” qui couvre la partie francophone de la Belgique?
Trop tôt pour le dire. Des discussions, au plus haut niveau directorial, sont prévues à court terme. Pour l’heure, c’est le “business as usual” qui prévaut dans les rangs de Realdolmen.
Découvrez-nous sur Facebook
Suivez-nous sur Twitter
Retrouvez-nous sur LinkedIn
Régional-IT est affilié au portail d’infos Tribu Médias.""",
         boiler=["Découvrez-nous sur Facebook", "Suivez-nous sur Twitter", "Retrouvez-nous sur LinkedIn",
                 "Régional-IT est affilié au portail d’infos Tribu Médias."],
         ents="""ORG: Gfi Informatique | Gfi | Realdolmen | Realdomen
LOC: Belgique""",
         sentiments={"Gfi Informatique": "positive", "Realdolmen": "neutral"},
         events=["acquisition"]),

    dict(id="fr22-lyoncapitale-transavia-greve", lang="fr", split="heldout7",
         date="2019-08 (from the text: \"Vendredi 16 août\", and the page date)",
         url="https://www.lyoncapitale.fr/actualite/de-nouveaux-vols-annules-a-l-aeroport-de-lyon-debut-septembre/",
         text=""" date 2019-08 Les pilotes de la compagnie Transavia ont déposé un long préavis de grève pour début septembre.

Vendredi 16 août, quatre vols ont été annulés à l'aéroport de Lyon-Saint-Exupéry, suite à une grève au sein de la compagnie Transavia, filiale low-cost d'Air France-KLM. Un préavis avait été déposé le 12 août, débutant à partir du 16 et renouvelable jusqu'au 7 janvier 2020. Hôtesses de l'air et stewards ont ainsi débrayé ce week-end pour dénoncer "une gestion humaine et matérielle catastrophique", selon la CGT. Même si 95 % des vols ont été maintenus selon la compagnie, l'aéroport de Lyon a été l'un des plus touchés par le mouvement. Plusieurs passagers se sont ainsi retrouvés coincés à Lyon, Transavia leur proposant le remboursement du billet ou un voyage à une date ultérieure, au moins de septembre par exemple.

Mais à la rentrée, la situation pourrait être encore compliquée. En effet, le syndicat des pilotes de ligne (SPL), affilié à la CFDT, vient de déposer à son tour un préavis de grève qui court du 1er au 15 octobre. Le SPL dénonce un projet d'accord entre la direction d'Air France le syndicat national des pilotes de ligne et souhaite être impliqué dans les négociations sur le développement de la compagnie. Ce mouvement s'ajouterait ainsi à celui des hôtesses et stewards avec à la clé le risque de perturbations dans les aéroports pour les six premières semaines de la rentrée.""",
         ents="""ORG: Transavia | Air France-KLM | Air France | CGT | syndicat des pilotes de ligne | SPL | CFDT | syndicat national des pilotes de ligne
LOC: Lyon-Saint-Exupéry | Lyon""",
         sentiments={"Transavia": "negative", "Air France-KLM": "neutral", "Air France": "neutral"},
         events=[]),
]
