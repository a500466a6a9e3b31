"""French real business articles from regional and trade-press sites (development only; see make_real.py).

Stored page text as delivered (menus, paywall prompts, captions and tags kept, listed in ``boiler``), found
in the stored public pages with French queries on regional business news (Brittany, Normandy, Lyon), the
agri-food trade press, the tourism and hotel trade press. Annotated by hand before any system ran on them,
following the third-session sentiment conventions written in make_real.py.
"""

ARTICLES = [
    dict(id="fr15-ria-lesaint-marineharvest", lang="fr", split="dev",
         date="before 2019 (approx.: Marine Harvest, renamed Mowi in 2019, is still named)",
         url="https://ria.fr/?p=75743",
         text="""Le réseau Le Saint va racheter une usine à Lorient, dans le Morbihan, auprès du groupe Marine Harvest. Il reprendra les 51 salariés, spécialisés dans le filetage et le conditionnement de saumon frais pour la restauration (2 300 tonnes pour trente millions d’euros de chiffre d’affaires). Il pourra également étoffer l’activité de l’outil avec les poissons blancs qu’il acquiert en tant que grossiste. Ce site de 2 000 mètres carrés aura vocation à devenir « la tête de pont » du pôle marée qui représente 100 des 550 millions d’euros du réseau Le Saint, dont le siège est situé à Guipavas dans le Finistère.
La lecture de cet article est réservée aux abonnés.
Connectez-vous ou abonnez-vous pour y accéder.""",
         boiler=["La lecture de cet article est réservée aux abonnés.", "Connectez-vous ou abonnez-vous pour y accéder."],
         ents="""ORG: Le Saint | Marine Harvest
LOC: Lorient | Morbihan | Guipavas | Finistère""",
         sentiments={"Le Saint": "positive", "Marine Harvest": "neutral"},
         events=["acquisition"]),

    dict(id="fr15-ljde-morbihan-fusions", lang="fr", split="dev",
         date="2018-09 (approx., from the text: end of summer, ADM's takeover of Neovia announced)",
         url="https://www.lejournaldesentreprises.com/morbihan/article/fusions-acquisitions-et-levees-de-fonds-profusion-126562",
         text="""Morbihan
Fusions, acquisitions et levées de fonds à profusion
Morbihan # Conjoncture

Fusions, acquisitions et levées de fonds à profusion

S'abonner

La vie des entreprises morbihannaises n'est pas un long fleuve tranquille depuis cet été. Rachats, rapprochements et ouvertures de capital ont rythmé ces dernières semaines ; une tendance qui se poursuit. Que faut-il retenir de ces évolutions ?

— Photo : Le Journal des Entreprises

Tel un feuilleton, l'été économique morbihannais aura connu une effervescence et des rebondissements sans précédent. Le tempo a été imposé par les poids-lourds locaux : les dernières avancées de la fusion de Triskalia et d'Aucy, la reprise de Sabon par le groupe Rocher mais le coup de tonnerre sera venu de Neovia. Cette entreprise habituée des opérations de croissance externe est … cette fois rachetée. Acher Daniels Midland (ADM), géant américain du négoce de céréales et de matières premières, va prendre le contrôle de la seconde entreprise du département.

Forcément, cela n'a pas laissé de marbre l'écosystème local qui, quasi unanimement, a fait état de sa surprise lors de cette annonce. Puis est venu le temps des questions sur l'avenir de ce groupe à la forte valeur ajoutée, à la culture poussée de l'innovation et au sens de l'engagement connu sur le territoire. Plus précisément, la question du maintien du siège social et de la prise de décisions en local se posent nécessairement. Les premières orientations impulsées par ADM seront donc scrutées de près.

A quelques encablures de Neovia, Socomore et BCF ont aussi rebattu les cartes. Avec une levée de fonds de plus de 53 millions d'euros, le vannetais Socomore s'ouvre de nouvelles perspectives pour investir et effectuer de la croissance externe. Même chose pour BCF qui dope sa capacité financière pour innover et accélérer à l'international. La rentrée des classes n'avait pas encore sonné que La Trinitaine a ouvert l'appétit de""",
         boiler=["Morbihan", "Morbihan # Conjoncture", "S'abonner", "— Photo : Le Journal des Entreprises"],
         ents="""ORG: Triskalia | d'Aucy | Sabon | Rocher | Neovia | Acher Daniels Midland | ADM | Socomore | BCF | La Trinitaine""",
         sentiments={"Triskalia": "neutral", "d'Aucy": "neutral", "Sabon": "neutral", "Rocher": "neutral",
                     "Neovia": "neutral", "Acher Daniels Midland": "neutral", "Socomore": "positive", "BCF": "positive",
                     "La Trinitaine": "neutral"},
         events=["acquisition", "funding"]),

    dict(id="fr15-agrodistribution-bretagne-concentrations", lang="fr", split="dev",
         date="2020-01 (approx., from the text: review of the year 2019)",
         url="https://www.agrodistribution.fr/actualites/amp/article/817711/{{ampUrl}}",
         text="""Login

Bretagne Une vague de concentrations

L’année 2019 restera historique pour certaines entreprises bretonnes. Côté coops, Groupe d’aucy et Triskalia laissent place à Eureden. Côté négoces, les rangs se resserrent également. Et ce, sur fond d’une région briguant le leadership européen du bien manger.

Vous devez vous inscrire pour consulter librement tous les articles.

C’est une année riche en mouvements d’entreprises qu’a connue la Bretagne. Avec un temps fort, certes déjà annoncé : l’union entre Groupe d’aucy et Triskalia, qui a eu le feu vert de l’Autorité de la concurrence en juillet 2019, et celui de ses adhérents à l’unanimité le 13 décembre. La fusion suivra au 1er janvier 2021 pour ce groupe coopératif qui pèse aujourd’hui 3,1 milliards d’euros et vise les 5 milliards d’ici cinq ans.

Le négoce breton connaît aussi plusieurs rapprochements. Ainsi les négoces finistériens Le Gall et Corre ont fusionné, fin mai, dans une entité aux deux noms. En Ille-et-Vilaine, le groupe Terdici a repris, en juillet dernier, l’entreprise Touchard qui lui permet de se développer en productions végétales sur la région de Fougères. Une zone où ce groupe, fabricant et distributeur d’aliments, est déjà présent en nutrition animale ruminants et porcs. « Marcel Touchard voulait céder son négoce. Notre proximité et notre connaissance du métier ont joué en notre faveur. Nous avons ainsi quatre filiales négoces, avec Gaudiche, Goutière Appro et Agri Demeter, que nous allons fusionner en une seule entité », explique Christophe Viel, dirigeant de Terdici qui peut désormais alimenter ses usines avec une collecte de 110 000 t.

négoce : un nouveau groupe à 80 M€

Le négoce Demeuré, près de Rennes, vient de passer sous la direction de Frédéric Gaudin, dirigeant de GN Solutions (Morbihan), devenu actionnaire majoritaire à la suite du départ à la retraite de Bruno Demeuré. La holding""",
         boiler=["Login", "Vous devez vous inscrire pour consulter librement tous les articles."],
         ents="""ORG: Groupe d’aucy | Triskalia | Eureden | Autorité de la concurrence | Le Gall | Corre | Terdici | Touchard | Gaudiche | Goutière Appro | Agri Demeter | Demeuré | GN Solutions
PER: Marcel Touchard | Christophe Viel | Frédéric Gaudin | Bruno Demeuré
LOC: Bretagne | Ille-et-Vilaine | Fougères | Rennes | Morbihan""",
         sentiments={"Groupe d’aucy": "neutral", "Triskalia": "neutral", "Eureden": "neutral", "Le Gall": "neutral",
                     "Corre": "neutral", "Terdici": "positive", "Touchard": "neutral", "Gaudiche": "neutral",
                     "Goutière Appro": "neutral", "Agri Demeter": "neutral", "Demeuré": "neutral", "GN Solutions": "neutral"},
         events=["acquisition"]),

    dict(id="fr15-francebleu-furic-penmarch", lang="fr", split="dev", date="2020-05 (from the page's date line)",
         url="https://www.francebleu.fr/infos/economie-social/la-relance-eco-a-penmarc-h-la-compagnie-bretonne-continue-son-installation-et-embauche-1590038339",
         text=""" date 2020-05 Secteur emblématique de la région, les conserveries de produits de la mer subissent également les conséquences de la crise du covid-19 et doivent s'adapter. Exemple avec la conserverie Furic qui vient d'aménager dans de nouveaux locaux à l'entrée de Penmarc'h dans le sud Finistère. Et elle recrute.

Installée depuis 1998 sur le port de Saint-Guénolé à Penmarc'h dans le sud Finistère, la conserverie familiale Furic perpétue un savoir-faire traditionnel du travail du poisson et des produits de la mer : Sardines, maquereaux, thon, coquilles Saint-Jacques... La conserverie Furic avec sa marque La Compagnie bretonne est spécialisée dans les conserves, pour les secteurs de la restauration collective et de l’épicerie fine.

Le confinement nous a chamboulé" Sten Furic, à la tête de la Compagnie bretonne

Quelques semaines avant l'annonce du confinement, l'entreprise et ses 73 salariés ont déménagé dans de nouveaux locaux à l'entrée de Penmarc'h. "On était encore en train de prendre nos marques quand le confinement a été annoncé. Cette nouvelle nous a chamboulés, on a été perturbés surtout les premiers jours où les informations arrivaient très rapidement et il fallait remettre en cause les choses d'un jour sur l'autre" estime Sten Furic, le co-dirigeant de la conserverie familiale avec sa sœur Maria. "Mais au bout d'une semaine on a pu reprendre nos activités."

Un investissement de 10 millions d'euros pour ce nouvel outil de productions, de ventes et de visites. Car l’entreprise au chiffre d’affaires de 18,5 millions d'euros était à l’étroit dans l’ancien bâtiment historique du port de Saint-Guénolé. La surface actuelle a été doublée par rapport à l'ancienne.

Sten et Maria Furic, frère et sœur et co-dirigeants de l’entreprise installée à Penmarc'h. - La Compagnie Bretonne

L'activité en vente par correspondance""",
         boiler=["Sten et Maria Furic, frère et sœur et co-dirigeants de l’entreprise installée à Penmarc'h. - La Compagnie Bretonne"],
         ents="""ORG: Furic | Compagnie bretonne
PER: Sten Furic | Maria
LOC: Penmarc'h | Finistère | Saint-Guénolé
MISC: La Compagnie bretonne""",
         sentiments={"Furic": "positive", "Compagnie bretonne": "positive"},
         events=["funding", "expansion"]),

    dict(id="fr15-hrinfos-louvre-hotels-preference", lang="fr", split="dev",
         date="2017-10 (approx., from the text: a 16 October announcement; AccorHotels still so named)",
         url="https://hr-infos.fr/envolee-des-to-et-des-prix-sur-lete-hotelier-a-quelques-reculs-pres-2",
         text="""Le Groupe du Louvre, holding de Louvre Hotels Group, a annoncé le 16 octobre la signature d’un accord pour l’acquisition d’une part majoritaire du capital de la SAS Hôtels & Préférences, qui se positionne comme une chaîne volontaire regroupant une forte majorité (80 %) d’établissements classés 4 et 5 étoiles.
Cet accord prévoit qu’Hôtels & Préférence demeurera indépendant de Louvre HG et conservera sa marque.
Fondé en 2000 par Yannick Gavelle et Cyril Vaussard, le label Hôtels & Préférence propose aujourd’hui une sélection de 140 hôtels de charme et de caractère regroupant 9 165 chambres, dont 122 en France et quelques unités en Europe, Chine, Canada et Colombie. Le groupe se situe au dixième rang des chaînes volontaires françaises. La plupart de ses membres sont également affiliés à d’autres chaînes, Relais & Châteaux ou Châteaux & Hôtels Collection notamment.
C’est la première fois que Louvre Hotels Group conclue un deal de ce type avec un réseau distributeur d’indépendants. Le groupe franco-chinois va donner à Hôtels & Préférence une visibilité accrue, en particulier à ses offres de réunion et séminaires, l’un de ses points forts. Tandis que Louvre va enrichir son portefeuille de marques en 4 et 5 étoiles.
Même si Louvre Hotels Group a singulièrement étoffé et rééquilibré son réseau intégré à coup d’acquisitions, notamment avec Golden Tulip, le deuxième groupe hôtelier européen reste encore majoritairement ancré sur l’hôtellerie économique et moyenne gamme.
Louvre et son riche et puissant actionnaire chinois Jin Jiang devront donc envisager de nouvelles opérations de croissance externe pour disposer d’un large portefeuille d’hôtels des segments haut de gamme et luxe, comparable à celui dont disposent déjà ses concurrents mondiaux (Marriott, IHG, Hilton…) et européens, à commencer par AccorHotels.
Le montant de la transaction n’a pas été communiqué. Selon les don""",
         ents="""ORG: Groupe du Louvre | Louvre Hotels Group | Louvre HG | Louvre | Hôtels & Préférences | Hôtels & Préférence | Relais & Châteaux | Châteaux & Hôtels Collection | Golden Tulip | Jin Jiang | Marriott | IHG | Hilton | AccorHotels
PER: Yannick Gavelle | Cyril Vaussard
LOC: France | Europe | Chine | Canada | Colombie""",
         sentiments={"Groupe du Louvre": "positive", "Louvre Hotels Group": "positive", "Hôtels & Préférence": "positive",
                     "Relais & Châteaux": "neutral", "Châteaux & Hôtels Collection": "neutral", "Golden Tulip": "neutral",
                     "Jin Jiang": "neutral", "Marriott": "neutral", "IHG": "neutral", "Hilton": "neutral",
                     "AccorHotels": "neutral"},
         events=["acquisition"]),

    dict(id="fr15-latribune-aura-aci-groupe", lang="fr", split="dev", date="2021-03-10 (from the URL)",
         url="https://region-aura.latribune.fr/strategie/2021-03-10/aci-group-cet-industriel-lyonnais-qui-a-repris-11-entreprises-depuis-la-crise-covid-879458.html",
         text=""" date 2021-03 Le lyonnais ACI Groupe prépare une levée de fonds de trois à cinq millions d'euros pour la fin 2021 en vue de financer d'autres acquisitions à venir. (Crédits : DR)

RELANCE. Alors que certains industriels ont décidé de freiner des quatre fers, le fournisseur de rang 1 et 2 pour l'aéronautique, l'automobile, le ferroviaire et la défense ACI Groupe a au contraire choisi d'accélérer fortement sa stratégie, en capitalisant sur le Plan de relance. Créée de toutes pièces en 2019 par deux cadres issus de grands groupes (Airbus, Aubert et Duval, WeAre etc), cette ETI lyonnaise vient de reprendre une dizaine de PME en pleine crise et prévoit de lever 3 à 5 millions d'ici la fin de l'année pour booster encore son déploiement.""",
         boiler=["date 2021-03 Le lyonnais ACI Groupe prépare une levée de fonds de trois à cinq millions d'euros pour la fin 2021 en vue de financer d'autres acquisitions à venir. (Crédits : DR)"],
         ents="""ORG: ACI Groupe | Airbus | Aubert et Duval | WeAre
MISC: Plan de relance""",
         sentiments={"ACI Groupe": "positive", "Airbus": "neutral", "Aubert et Duval": "neutral", "WeAre": "neutral"},
         events=["acquisition", "funding"]),

    dict(id="fr15-quotidiendutourisme-voyageurs-associes", lang="fr", split="dev",
         date="2010-08 (from the text: judgment of 11 August 2010)",
         url="http://www.quotidiendutourisme.com/actualite/production/voyageurs-associes-place-sous-procedure-de-sauvegarde-577732.php",
         text="""Suivez-nous grâce à nos newsletters S'inscrire

Production

Voyageurs Associés placé sous procédure de sauvegarde

Image
Après 30 ans de développement sans défaillance dans un monde du voyage pourtant régulièrement sujet à perturbations, Voyageurs Associés en proie à quelques difficultés financières a décidé, à titre conservatoire, de demander l’ouverture d’une procédure de sauvegarde.
Le tribunal de commerce de Marseille a validé la demande de procédure de sauvegarde engagée par Voyageurs Associés, par un jugement du 11 août 2010."En 30 ans, VAS a su se bâtir progressivement une réputation de spécialiste du sud-est asiatique, de Madagascar et de certaines destinations particulières, malheureusement, l’accumulation récente des accidents qui ont affecté notre secteur a placé notre société devant des difficultés passagères qu’elle s’est donnée pour objectif de surmonter grâce à cette procédure juridique" nous informe Jacky Pilo, patron du TO, qui depuis le 11 août a normalement poursuivi ses activités, ne lésant aucun client. Les partenaires distributeurs, l’APS, Iata sont évidemment informés de la situation provisoire du voyagiste. Les fournisseurs le sont également depuis ce week-end. Toutefois, dans le but d’éviter une panique au sein de la profession déjà échaudée par quelques récentes faillites, Voyageurs Associés explique qu’une procédure de sauvegarde n’a rien à voir avec un redressement judiciaire. "La procédure de sauvegarde est une mesure préventive destinée aux entreprises qui traversent des difficultés passagères. Elle a vocation à favoriser leur poursuite d’activité en association avec leurs partenaires commerciaux. Elle est donc le signe d’une volonté de continuité de l’entreprise. Des procédures de même nature ont d’ailleurs été mise en œuvre dans un passé récent avec des résultats positifs par des grands acteurs du tourisme et notamment des compagnies aéri""",
         boiler=["Suivez-nous grâce à nos newsletters S'inscrire", "Production", "Image"],
         ents="""ORG: Voyageurs Associés | VAS | tribunal de commerce de Marseille | APS | Iata
PER: Jacky Pilo
LOC: Madagascar""",
         sentiments={"Voyageurs Associés": "negative"},
         events=["bankruptcy"]),
    dict(id="fr15-france3-ptsdufour-seine", lang="fr", split="dev", date="2023-11-21 (from the text)",
         url="https://france3-regions.francetvinfo.fr/normandie/seine-maritime/rouen/cette-decision-est-inedite-la-seine-polluee-par-un-neonicotinoide-une-entreprise-condamnee-2877356.html",
         text="""Une société de transport rouennaise PTS Dufour a été condamnée, mardi 21 novembre 2023, à 51 000 euros d'amende après avoir pollué la Seine avec un pesticide en mai 2021. La décision du tribunal de Rouen constitue une première sur un dossier de ce type.
Le 21 mai 2021, la Seine était polluée par un néonicotinoïde : le thiaméthoxame, pesticide hautement toxique et soluble dans l’eau pourtant interdit en France depuis 2018. Une coloration bleue sur une surface de 500 m² avait été repérée au niveau du bassin Saint Gervais.
La fuite d’une cuve appartenant à l’entreprise PTS Dufour, entreprise de transports située chemin de Croisset à Canteleu, aggravé par les fortes pluies, était en cause.
"La Seine n'est pas une poubelle"
La société de transport a été condamnée ce mardi 21 novembre à 51 000 euros d'amende et des dommages et intérêts par le tribunal judiciaire de Rouen pour cette pollution de la Seine. "La société PTS Dufour a été condamnée à une amende délictuelle de 50.000 euros et une amende contraventionnelle de 1 000 euros", a précisé Alice Béral, juriste de France Nature Environnement (FNE) Normandie, qui juge que "les milieux naturels sont aujourd'hui à l'agonie car on n'a pas su prévenir ce genre d'atteinte".
La société devra également indemniser la Métropole de Rouen "à hauteur de 50 000 euros au titre du préjudice écologique", une condamnation qui réjouit son président, Nicolas Mayer-Rossignol : "La décision [...] montre que notre combat pour protéger notre Seine, en faisant valoir le préjudice écologique, n’est pas vain. Nous l’avions dit clairement : la Seine n’est pas une poubelle."
L'entreprise PTS Dufour devra également verser à FNE Normandie, le Chêne et Générations futures, parties civiles, la somme de 5 000 euros chacune.
C’est inédit : le préjudice écologique a été reconnu pour la pollution de la Seine à Rouen par l’entreprise Dufour en 2021. La Seine n’est pas une """,
         ents="""ORG: PTS Dufour | Dufour | tribunal de Rouen | tribunal judiciaire de Rouen | France Nature Environnement | FNE | FNE Normandie | Métropole de Rouen | Chêne | Générations futures
PER: Alice Béral | Nicolas Mayer-Rossignol
LOC: Seine | France | Saint Gervais | Croisset | Canteleu | Rouen""",
         sentiments={"PTS Dufour": "negative"},
         events=["legal"]),

    dict(id="fr15-hautanjou-mayenne-redressements", lang="fr", split="dev", date="2017-02-02 (from the page's byline)",
         url="https://www.hautanjou.fr/actualite-1688-chateau-gontier-sur-mayenne-les-redressements-judiciaires-en-hausse-de-47-en-mayenne",
         text="""Au tribunal de commerce de Laval en 2016, 170 procédures collectives ont été ouvertes soit 113 liquidations et 56 redressements. Si les liquidations sont en baisse de 12%, les redressements, eux, sont en hausse de 47%. Surtout, les dossiers portent sur 837 salariés contre 573 en 2015. Deux dossiers d’importance sont en cours : le redressement judiciaire de la Sotira à Meslay-du-Maine (150 salariés) et le placement en procédure de sauvegarde de Leroy paysage (90 salariés) à Changé. La Mayenne ne connaît pas d'embellie contrairement à la région Bretagne/Pays-de-laLoire à laquelle le tribunal de commerce de Laval est rattaché.
Si 92% des redressements finissent en liquidation, les procédures peuvent être évitées par de la prévention. « Ça fonctionne. 65 % des entreprises passées chez nous pour de la prévention existent encore cinq ans après », relève Serge Faguier, président du tribunal de commerce.
Château-Gontier-sur-Mayenne. Les redressements judiciaires en hausse de 47% en Mayenne
Actualités. La reprise économique n’est pas encore au rendez-vous en Mayenne. En 2016, le tribunal de commerce de Laval a enregistré une hausse de 47% des redressements judiciaires.
Publié le
02/02/2017 à 17h00 - Par Mauny Audrey
En direct
-
17h10Château-Gontier. Un million d'euros investis dans le logement à loyer modéré
-
15h06Segré-en-Anjou-bleu. Jean-Eudes Gannat brigue la mairie
-
14h15Château-Gontier. Handball - N1 : les Rose & Noir bien en tête du championnat
-
11h59Château-Gontier. "Je suis très énervée" : des dizaines de doudous arrachés et volés devant son pressing en pleine nuit
-
10h09Santé. " Notre liberté se trouve dans le non-alcool " : cette association prévient les risques pendant les fêtes
-
09h10Maine-et-Loire. Vigilance renforcée contre la dermatose nodulaire contagieuse
-
22/12Municipales 2026. "Ce sera un mandat particulier” : Philippe Henry se porte candidat à Château-Gontier-sur-Mayenne
-
22/12Château-Gon""",
         boiler=["Publié le", "02/02/2017 à 17h00 - Par Mauny Audrey", "En direct", "-",
                 "17h10Château-Gontier. Un million d'euros investis dans le logement à loyer modéré",
                 "15h06Segré-en-Anjou-bleu. Jean-Eudes Gannat brigue la mairie",
                 "14h15Château-Gontier. Handball - N1 : les Rose & Noir bien en tête du championnat",
                 "11h59Château-Gontier. \"Je suis très énervée\" : des dizaines de doudous arrachés et volés devant son pressing en pleine nuit",
                 "10h09Santé. \" Notre liberté se trouve dans le non-alcool \" : cette association prévient les risques pendant les fêtes",
                 "09h10Maine-et-Loire. Vigilance renforcée contre la dermatose nodulaire contagieuse",
                 "22/12Municipales 2026. \"Ce sera un mandat particulier” : Philippe Henry se porte candidat à Château-Gontier-sur-Mayenne",
                 "22/12Château-Gon"],
         ents="""ORG: tribunal de commerce de Laval | Sotira | Leroy paysage
PER: Serge Faguier
LOC: Meslay-du-Maine | Changé | Mayenne | Bretagne | Pays-de-laLoire | Château-Gontier-sur-Mayenne""",
         sentiments={"Sotira": "negative", "Leroy paysage": "negative"},
         events=["bankruptcy"]),

    dict(id="fr15-eauetrivieres-entremont-pollution", lang="fr", split="dev",
         date="2015-09 (approx., from the text: appeal ruling of 2 September 2015)",
         url="http://www.eau-et-rivieres.asso.fr/index.php?71/1050",
         text="""Présentation| Adhérez| Actu| Activités| Agenda| Sentinelles| Publi| Archives| Vidéo| Fiches AGIR|



Inscrivez vous à la newsletter


Décisions exemplaires

La peine pour faits de pollution tient compte des antécédents judiciaires

La société Entremont Alliance avait fait appel d'une condamnation pour des faits de pollution prononcée le 13 février 2013 par le tribunal de grande instance de Saint-Brieuc (Côtes d'Armor). A l'audience de la cour d'appel de Rennes, la société a déclaré vouloir limiter son appel à la peine prononcée à son encontre et se désister de son appel sur la déclaration de culpabilité et les dispositions civiles.

La cour n'avait dès lors plus qu'à se prononcer sur la peine.

Dans leur arrêt du 2 septembre 2015, les magistrats soulignent que « les faits constituent une atteinte grave au milieu naturel, la pollution s'étant étendue sur une distance de 10km de cours d'eau ». Ils estiment que « le seul fait que des mesures aient été prises postérieurement » aux rejets effectués ne saurait « évincer la pleine responsabilité de la personne morale, dès lors que le rejet est en particulier dû au non respect de son obligation de séparation des eaux pluviales et usées, obligation précisément destinée à assurer la prévention et qu'elle n'a pas respecté ».

La cour relève que le casier judiciaire de la société porte trace de trois condamnations, et dans ces conditions « le prononcé d'une peine d'amende significative apparaît nécessaire ».

La cour relève le montant de l'amende infligé en première instance de 30 000 à 50 000 euros, « peine adaptée au contexte des faits, aux ressources de la personne morale, et proportionnée à la gravité de de ceux-ci ».


Cour d'appel de Rennes, n° 1139/2015, 2 septembre 2015

crédits - mentions légales - plan du site - contact""",
         boiler=["Présentation| Adhérez| Actu| Activités| Agenda| Sentinelles| Publi| Archives| Vidéo| Fiches AGIR|",
                 "Inscrivez vous à la newsletter", "Décisions exemplaires",
                 "crédits - mentions légales - plan du site - contact"],
         ents="""ORG: Entremont Alliance | tribunal de grande instance de Saint-Brieuc | cour d'appel de Rennes | Cour d'appel de Rennes
LOC: Côtes d'Armor""",
         sentiments={"Entremont Alliance": "negative"},
         events=["legal"]),

    dict(id="fr15-ljde-lactalis-graindorge", lang="fr", split="dev",
         date="2016 (approx., from the text: Lactalis at 17 bn€ of sales and 75,000 employees)",
         url="https://www.lejournaldesentreprises.com/article/mayenne-lactalis-met-la-main-sur-la-fromagerie-graindorge-99482",
         text="""C’est une entreprise centenaire et familiale qui tombe dans l’escarcelle de Lactalis (17 Mds€ de CA, 75.000 salariés). Souhaitant passer la main, Thierry Graindorge, troisième génération à la tête de l’entreprise, cède la fromagerie éponyme au géant laitier. Une acquisition qui permet au Mayennais d’intégrer les trois sites de production normands de Graindorge, dédiés à la fabrication de fromages AOP tels que le Livarot, le Pont l’Evêque, le Camembert de Normandie et le Neufchâtel. Basée à Livarot (14), Graindorge transforme annuellement 45 millions de litres de lait et revendique un chiffre d’affaires de 50 M€. L’emploi de ses 250 salariés est garanti selon Lactalis.
A lire également : Lactalis. Un deuxième rachat en Inde""",
         boiler=["A lire également : Lactalis. Un deuxième rachat en Inde"],
         ents="""ORG: Lactalis | Graindorge
PER: Thierry Graindorge
LOC: Livarot#1
MISC: Livarot#0 | Pont l’Evêque | Camembert de Normandie | Neufchâtel""",
         sentiments={"Lactalis": "neutral", "Graindorge": "neutral"},
         events=["acquisition"]),

    dict(id="fr15-terrenet-entremont-alliance", lang="fr", split="dev", date="2005 (approx., from the URL)",
         url="https://www.terre-net.fr/2005/article/21189/unicopa-et-entremont-projettent-une-nouvelle-alliance",
         text="""Cette nouvelle société, qui devrait s’appeler Entremont Alliance, collectera 2,2 milliards de litres de lait auprès de 9 000 producteurs, la plaçant ainsi au 4e rang français des entreprises du secteur, derrière Lactalis, Bongrain et Sodiaal. Ce projet d’alliance, qui sera soumis aux autorités de la concurrence et aux instances représentatives du personnel, s’inscrit dans la continuité de relations déjà établies entre les deux groupes, notamment au sein de Beuralia, spécialisée dans les beurres.
Partager""",
         boiler=["Partager"],
         ents="""ORG: Entremont Alliance | Lactalis | Bongrain | Sodiaal | Beuralia""",
         sentiments={"Entremont Alliance": "neutral", "Lactalis": "neutral", "Bongrain": "neutral", "Sodiaal": "neutral",
                     "Beuralia": "neutral"},
         events=["partnership"]),

    dict(id="fr15-ria-tillysabco-msfoods", lang="fr", split="dev",
         date="undated page (approx. 2014-2016, from the takeover it reports)",
         url="https://ria.fr/actualites/tilly-sabco-passe-sous-pavillon-britannique",
         text="""Déjà actionnaire de l'entreprise, le britannique MS Foods va reprendre 42 % des parts détenues par la chambre de commerce et d'industrie de Morlaix () pour un euro symbolique. Elle en détiendra 76 % et compte y injecter trois millions d'euros, dont deux pour installer une nouvelle ligne de produits frais. L'usine de Guerlesquin, dans le Finistère,…
La lecture de cet article est réservée aux abonnés.
Connectez-vous ou abonnez-vous pour y accéder.""",
         boiler=["La lecture de cet article est réservée aux abonnés.", "Connectez-vous ou abonnez-vous pour y accéder."],
         ents="""ORG: MS Foods | chambre de commerce et d'industrie de Morlaix
LOC: Guerlesquin | Finistère""",
         sentiments={"MS Foods": "neutral"},
         events=["acquisition", "funding"]),

    dict(id="fr15-reussir-broceliande-repreneur", lang="fr", split="dev",
         date="undated page (approx. 2011-2012, from Unicopa's sale of its pork-products arm)",
         url="https://www.reussir.fr/lesmarches/broceliande-cherche-toujours-repreneur",
         text="""Brocéliande cherche toujours repreneur
La filiale charcuterie du groupe coopératif breton Unicopa est toujours à prendre. Une autre coopérative, Terrena, a manifesté son désir d’entrer dans son capital... mais elle n’est pas prête à y être majoritaire. Dans le contexte difficile du marché porcin, on ne se bouscule apparemment pas au portillon. Mais la coopération peut-elle laisser échapper un nouvel opérateur industriel ?""",
         ents="""ORG: Brocéliande | Unicopa | Terrena""",
         sentiments={"Brocéliande": "negative", "Unicopa": "neutral", "Terrena": "neutral"},
         events=[]),

    dict(id="fr15-france3-drappier-record", lang="fr", split="dev", date="2016-01-06 (from the text)",
         url="https://france3-regions.francetvinfo.fr/grand-est/champagne-vers-un-record-des-ventes-en-2015-897797.html",
         text="""C'est un chiffre toujours très attendu dans le monde du Champagne. Quel bilan pour les ventes 2015 ? Le CIVC publiera ses données à la mi-janvier, mais déjà on parle d'un record pour le chiffre d'affaires.
L'ambiance est plus calme en janvier à la maison Drappier mais le record historique est bien là : 1,6 millions de bouteilles ont été vendues en 2015 par cet important domaine familial. Si la Belgique, le Japon ou l'Allemagne comptent pour beaucoup dans les 60% d'exportation de la société auboise, la France aussi reste un marché porteur.
Une reprise plus timide chez les petits producteurs
Les 36 salariés de chez Drappier sont confiants. Mais la croissance en volumes et en chiffres d'affaires est loin d'être partagée par tout le monde. A Montgueux (Aube), sur une exploitation de 20 hectares, et dont le tiers seulement de la récolte est champagnisé à la propriété, Hélène Beaugrand a entrepris de diversifier sa clientèle mais elle dépend tout de même du marché français et d'un réseau de revendeurs touché par les attentats de 2015. Si le marché français a repris, les petits vignerons jugent cette embellie encore bien timide. Cette semaine, nos confrères des Échos évoquaient la somme de 4,75 milliards d'euros, toutes maisons confondues. 312 millions de bouteillles auraient été vendues. Un marché porteur, mais bigarré.
Voir le reportage diffusé dans le JT du 12/13 du mercredi 6 janvier 2016
©France 3 Champagne-Ardenne""",
         boiler=["Voir le reportage diffusé dans le JT du 12/13 du mercredi 6 janvier 2016", "©France 3 Champagne-Ardenne"],
         ents="""ORG: CIVC | Drappier | Échos
PER: Hélène Beaugrand
LOC: Champagne | Belgique | Japon | Allemagne | France | Montgueux | Aube""",
         sentiments={"Drappier": "positive"},
         events=["earnings"]),
    dict(id="fr15-agromatin-coop-mansle", lang="fr", split="dev",
         date="2024-02 (approx., from the text: new managing director since 22 January 2024)",
         url="https://agromatin.com/reference-agro/cooperatives-negoces/calme-et-visibilite-retrouves-a-la-coop-de-mansle-16.html",
         text="""Calme et visibilité retrouvés à la coop de Mansle (16)
Le | Cooperatives-negoces
Après le départ des deux co-directeurs en septembre, de la démission de 11 des 13 membres du conseil d’administration en décembre, de l’élection d’un nouveau président le 8 janvier et de l’arrivée d’une nouvelle directrice générale le 22 janvier, l’équipe de la coopérative de Mansle est désormais en ordre de marche pour aborder plus sereinement les mois à venir.
[caption id=« attachment_130312 » align=« alignright » width=« 258 »]
Adeline Rorato est, depuis le 22 janvier, la nouvelle directrice générale de la coop de Mansle.[/caption]
Les aléas font partie de la vie d’une entreprise mais il est vrai que ces derniers mois à la coopérative de Mansle, ils se sont enchainés. Guillaume Chamouleau, élu président le 8 janvier 2024 nous raconte. « Il y a un an et demi, le conseil d’administration, dont j’étais alors le vice-président, a engagé un audit pour identifier les points à améliorer, dans une démarche de progrès. Cette remise à plat a participé au départ, en octobre, des deux anciens co-directeurs Tony Fouché et Laurent Clochard. S’en est suivie une période de recrutement : de 100 candidatures reçues, le cabinet de recrutement en a retenu cinq et nous en avons sélectionné trois pour des entretiens. Nous avons finalement choisi Adeline Rorato, 61 ans, qui nous a rejoint le 22 janvier. C’est quelqu’un de très dynamique, qui connait bien la région et possède une très bonne expérience du monde agricole. Exploitante agricole en Charente, elle a également piloté une coopérative bio dans le Centre Val de Loire et a monté différents projets en Roumanie et en Russie. Elle avait à cœur de nous rejoindre. Elle sera en quelque sorte le chef d’orchestre pour mettre en musique les différents projets de la coopérative. »
Non réélu en tant que vice-président, il devient président
Une fois le choix de la nouvelle """,
         boiler=["Le | Cooperatives-negoces",
                 "[caption id=« attachment_130312 » align=« alignright » width=« 258 »]",
                 "Adeline Rorato est, depuis le 22 janvier, la nouvelle directrice générale de la coop de Mansle.[/caption]"],
         ents="""ORG: coop de Mansle | coopérative de Mansle
PER: Adeline Rorato | Guillaume Chamouleau | Tony Fouché | Laurent Clochard
LOC: Charente | Centre Val de Loire | Roumanie | Russie""",
         sentiments={"coopérative de Mansle": "mixed"},
         events=["leadership_change"]),

    dict(id="fr15-agraalimentation-coops-consolidations", lang="fr", split="dev", date="2017-12-20 (from the page)",
         url="http://www.agraalimentation.fr/coop-ratives-plus-de-consolidations-mais-la-rentabilit-reste-faible-art442174-2462.html?Itemid=348",
         text="""Imprimer cet articleEnvoyer à un ami
Mercredi 20 décembre 2017 | bilan

Coopératives : plus de consolidations, mais la rentabilité reste faible


En 2017, les consolidations dans le domaine coopératif devraient concerner 80 opérations et plus de deux milliards d’euros de chiffre d’affaires, un montant deux fois plus important qu’en 2016. En dépit de fusions ou d’acquisitions de plus en plus nombreuses, les entreprises coopératives restent moins rentables que dans les autres secteurs mais peuvent s’appuyer sur une solidité financière bien réelle. La création de valeur, telle que défendue par les coopératives à l’occasion des États généraux de l’alimentation, est la voie privilégiée par Coop de France.


L’année 2017 devrait se conclure sur un montant record de 2,057 milliards d’euros de chiffre d’affaires concerné par les consolidations dans le domaine de la coopération agricole, selon les données diffusées par Coop de France à l’occasion de son bilan annuel de la coopération agricole dressé le 14 décembre à Paris. Une fois déduit le volume de chiffre d’affaires cédé, le solde positif ressort à 1,873 milliard d’euros. Soit bien plus qu’en 2016 dont le solde était de 1,015 milliard d’euros.

L’année 2017 a en effet été marquée par des opérations de grande envergure telles que l’acquisition de Jardiland (750 millions d’euros de chiffre d’affaires) par InVivo Retail et de Baarsama Wine (210 millions d’euros) par InVivo Wine, la reprise du pôle charcutier de la Financière Turenne Lafayette (480 millions d’euros) par la Cooperl ou encore l’acquisition de Dufour Sisteron, Ovimpex et Ovimpex Distribution (328 millions d’euros les trois) par Arterris et l’Agneau du soleil. Le nombre d’opérations de consolidation est en revanche stable ces dernières années, autour de 80, dont 31 en 2017 en ce qui concerne les mouvements entre coopératives.

Des résultats sous l’influen""",
         boiler=["Imprimer cet articleEnvoyer à un ami", "Mercredi 20 décembre 2017 | bilan"],
         ents="""ORG: Coop de France | Jardiland | InVivo Retail | Baarsama Wine | InVivo Wine | Financière Turenne Lafayette | Cooperl | Dufour Sisteron | Ovimpex | Ovimpex Distribution | Arterris | Agneau du soleil
LOC: Paris
MISC: États généraux de l’alimentation""",
         sentiments={"Jardiland": "neutral", "InVivo Retail": "neutral", "Baarsama Wine": "neutral", "InVivo Wine": "neutral",
                     "Financière Turenne Lafayette": "neutral", "Cooperl": "neutral", "Dufour Sisteron": "neutral",
                     "Ovimpex": "neutral", "Ovimpex Distribution": "neutral", "Arterris": "neutral",
                     "Agneau du soleil": "neutral"},
         events=["acquisition"]),
]
