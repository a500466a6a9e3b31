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
]
