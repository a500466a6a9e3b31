"""French real business articles for the fifth held-out set (``split="heldout5"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), annotated by
hand before any system ran on them, following the conventions settled in the third session. Found with
the stored public pages by topic (contracts, fines, acquisitions, store closures, launches, orders,
investments), from as many sites as possible, skipping pages whose URL another articles_*.py already
holds and stories the development files already cover. No system is ever run on these articles and
their errors are never listed: aggregate figures only.
"""

ARTICLES = [
    dict(id="fr19-boursorama-eiffage-interieur", lang="fr", split="heldout5", date="2024-08 (from the page)",
         url="https://www.boursorama.com/bourse/actualites/eiffage-annonce-remporter-un-contrat-de-pres-de-700-millions-d-euros-aupres-du-ministere-de-l-interieur-2f11c86ef0d22fba18c5f839893bbce5",
         text=""" date 2024-08 ( AFP / CHRISTOPHE SIMON )

Le géant de la construction Eiffage a annoncé lundi avoir remporté un contrat de près de 700 millions d'euros auprès du ministère de l'Intérieur pour bâtir et entretenir "un ensemble tertiaire" à Saint-Ouen-sur-Seine (Seine-Saint-Denis).

Associée à l'agence d'architecture Groupe-6 et au bureau d'études Ingérop, Eiffage Construction (une filiale du groupe) "vient de remporter (...) le marché global sectoriel pour la conception, la réalisation et l'exploitation-maintenance sur une durée de cinq ans d'un ensemble tertiaire du ministère de l'Intérieur et des Outre-mer", a indiqué Eiffage dans un communiqué de presse.

"Le montant du contrat est de près de 700 millions d'euros", ajoute le groupe, qui doit publier mercredi ses résultats du premier semestre 2024.

Sur les trois premiers mois de l'année, Eiffage a enregistré une hausse globale de son chiffre d'affaires de près de 5%. L'activité construction a néanmoins reculé de 13,6% entre janvier et mars, pour atteindre 943 millions d'euros de chiffre d'affaires, un an après avoir largement dépassé le milliard d'euros.""",
         boiler=["date 2024-08 ( AFP / CHRISTOPHE SIMON )"],
         ents="""ORG: Eiffage | Eiffage Construction | Groupe-6 | Ingérop | ministère de l'Intérieur | ministère de l'Intérieur et des Outre-mer
LOC: Saint-Ouen-sur-Seine | Seine-Saint-Denis""",
         sentiments={"Eiffage": "positive", "Eiffage Construction": "positive", "Groupe-6": "positive",
                     "Ingérop": "positive"},
         events=["partnership"]),

    dict(id="fr19-nouvelobs-socgen-acpr", lang="fr", split="heldout5",
         date="2017-07-21 (approx., from the text: a Friday, a month after the BNP Paribas fine of June 2017)",
         url="http://m.nouvelobs.com/en-direct/a-chaud/39920-eco-lutte-contre-blanchiment-amende-millions-euros.html",
         text="""Lutte contre le blanchiment : une amende de 5 millions d'euros a été infligée à la Société Générale

L'Autorité de contrôle prudentiel et de résolution (ACPR), qui contrôle la banque et l'assurance, a infligé à la Société Générale une sanction pécuniaire de 5 millions d'euros assortie d'un blâme, pour des manquements dans sa lutte contre le blanchiment d'argent sale, a-t-elle indiqué ce vendredi. "Ces sanctions répriment plusieurs insuffisances importantes, constatées lors d'un contrôle réalisé en 2015 du dispositif de lutte contre le blanchiment des capitaux et le financement du terrorisme (LCB-FT) en France de cet établissement", a expliqué dans un communiqué l'ACPR, qui avait déjà condamné en juin BNP Paribas à 10 millions d'euros d'amende. (Avec AFP)

Shopping""",
         boiler=["Shopping"],
         ents="""ORG: Société Générale | Autorité de contrôle prudentiel et de résolution | ACPR | BNP Paribas | AFP
LOC: France""",
         sentiments={"Société Générale": "negative", "BNP Paribas": "neutral"},
         events=["legal"]),

    dict(id="fr19-libe-portables-noel", lang="fr", split="heldout5", date="1999-11-13 (from the URL)",
         url="https://www.staging.libe.io/futurs/1999/11/13/portables-la-guerre-de-noel-est-declaree-3-a-4-millions-de-nouveaux-abonnes-escomptes-avant-2000_290553",
         text="""Les prévisions de vente de téléphones mobiles sont tellement
explosives que les opérateurs français ne savent plus où donner de la tête. En cette veille de dernier Noël du millénaire, Itinéris (France Télécom), SFR (Cegetel) et Bouygues Télécom s'attendent à voir apparaître 3 à 4 millions de nouveaux clients. La perspective est tellement affolante que ces fournisseurs de services gonflent leurs commandes auprès des constructeurs pour être sûrs d'être approvisionnés et suivent à la trace la livraison de leur marchandise. Mais surtout, les opérateurs se sont lancés depuis quelques semaines dans une guerre de prix sauvage, avec surenchère de promotions en tous genres. Le coffret à 1 franc. Dans la jungle des nouvelles offres, d'une complexité à faire fuir un major de polytechnique, France Télécom a décidé mercredi de frapper très fort avec une proposition simplissime: le coffret OLA à 1 franc. Qui dit mieux? Personne pour le moment, même pas Tati. Cette promotion au parfum très discount tranche avec l'image traditionnelle du réseau Itinéris: excellente couverture, bon catalogue d'options gratuites, mais forfaits trop chers. Pour le passage à l'an 2000, tous les coffrets OLA à l'exception du Nokia 3210 ne coûtent pas plus d'un franc. Pour ce franc symbolique, France Télécom fournit un appareil (Motorola, Siemens, Alcatel, Nokia 5120, autant de modèles de dernière génération de leurs marques) et règle les frais de mise en service. De son côté, le client s'engage à prendre un""",
         ents="""ORG: Itinéris | France Télécom | SFR | Cegetel | Bouygues Télécom | Tati | Motorola | Siemens | Alcatel
MISC: OLA | Nokia 3210 | Nokia 5120""",
         sentiments={"Itinéris": "mixed", "France Télécom": "positive", "SFR": "neutral", "Cegetel": "neutral",
                     "Bouygues Télécom": "neutral", "Tati": "neutral", "Motorola": "neutral", "Siemens": "neutral",
                     "Alcatel": "neutral"},
         events=["competition", "product_launch"]),

    dict(id="fr19-cfnews-servier-agios", lang="fr", split="heldout5",
         date="2020-12 (approx., from the text: two years after the Shire oncology purchase)",
         url="https://www.cfnews.net/L-actualite/M-A-Corporate/Operations/International/Servier-se-renforce-en-oncologie-aux-Etats-Unis-350763",
         text="""Le laboratoire pharmaceutique de 4,6 Md€ de revenus prépare sa deuxième acquisition en oncologie outre-Atlantique avec...
Deux ans après avoir déboursé 2,4 Md$ pour la division oncologie de l’irlandais Shire (lire ci-dessous) qui lui avait déjà permis d’assouvir sa double ambition de se renforcer en oncologie et d’être présent aux États-Unis, Servier s’apprête à boucler une opération dans la même veine à l’issue d’un process concurrentiel démarré cet été. Le laboratoire pharmaceutique de 4,6 Md€ de chiffre d’affaires s’apprête en effet à acquérir la division oncologie de Agios Pharmaceuticals moyennant 2 Md$ hors royalties, soit un versement (...)
Cet article est réservé à nos abonnés.90% reste à lire
Pour accéder à cet article, à l'ensemble du site ainsi qu'à nos bases de données, découvrez nos formules d'abonnement.""",
         boiler=["Cet article est réservé à nos abonnés.90% reste à lire",
                 "Pour accéder à cet article, à l'ensemble du site ainsi qu'à nos bases de données, découvrez nos formules d'abonnement."],
         ents="""ORG: Shire | Servier | Agios Pharmaceuticals
LOC: États-Unis""",
         sentiments={"Servier": "positive", "Shire": "neutral", "Agios Pharmaceuticals": "neutral"},
         events=["acquisition"]),

    dict(id="fr19-quotidiendumedecin-pfizer-medivation", lang="fr", split="heldout5",
         date="2016-08 (approx., from the text: Pfizer's Medivation and AstraZeneca antibiotics deals)",
         url="https://medecine-generale.lequotidiendumedecin.fr/actu-medicale/medicament/pfizer-double-sanofi-et-met-la-main-sur-medivation",
         text="""Pfizer en embuscade depuis plusieurs mois acquiert la biotech américaine Medivation au nez et à la barbe de sanofi pour 14 milliards de dollars. Le leader français a renoncé à surenchérir. Spécialisée en oncologie, Medivation attisait les convoitises des big pharma avec sa pépite Xtandi® commercialisée en collaboration avec Astellas et qui a généré un chiffre d’affaires de 2,20 milliards de dollars. Ce produit est devenu l’un des traitements de référence dans le cancer de la prostate. Mais le pipeline comprend d’autres médicaments en développement comme le talazoparib indiqué dans le cancer du sein et le pidilizumab en hématologie. Sanofi a pris acte de la décision de Medivation de lier son avenir à celui de Pfizer. Et justifie son refus d’aller au-delà de l’offre revalorisée en juillet dernier à environ 10 milliards de dollars : « Nous sommes avant tout un acheteur discipliné et nous nous attachons à agir dans le meilleur intérêt des actionnaires de Sanofi. »
Le groupe français devra toutefois trouver une nouvelle proie pour confirmer ses fortes ambitions en oncologie.
Rachat du segment antibiotiques du britannique Astrazeneca
Autre belle prise, le laboratoire américain vient également de racheter les antibiotiques du groupe pharmaceutique britannique Astrazeneca pour 1,5 milliard de dollars (1,3 milliard d'euros). Les produits concernés sont Merram, Zinforo et Zavicefta, ainsi que l'ATM-AVI et le CXL, qui en sont au stade des essais cliniques.
Sérologie sans ordonnance, autotest : des outils efficaces pour améliorer le dépistage du VIH
Cancer colorectal chez les plus de 70 ans : quels bénéfices à une prise en charge gériatrique en périopératoire ?
Un traitement court de 6 ou 9 mois efficace contre la tuberculose multirésistante
Regret post-vasectomie : la vasovasostomie, une alternative à l’AMP""",
         boiler=["Sérologie sans ordonnance, autotest : des outils efficaces pour améliorer le dépistage du VIH",
                 "Cancer colorectal chez les plus de 70 ans : quels bénéfices à une prise en charge gériatrique en périopératoire ?",
                 "Un traitement court de 6 ou 9 mois efficace contre la tuberculose multirésistante",
                 "Regret post-vasectomie : la vasovasostomie, une alternative à l’AMP"],
         ents="""ORG: Pfizer | Medivation | sanofi | Sanofi | Astellas | Astrazeneca
MISC: Xtandi | Merram | Zinforo | Zavicefta | ATM-AVI | CXL""",
         sentiments={"Pfizer": "positive", "Medivation": "neutral", "Sanofi": "negative", "Astellas": "neutral",
                     "Astrazeneca": "neutral"},
         events=["acquisition"]),

    dict(id="fr19-journalaviation-bourget-commandes", lang="fr", split="heldout5", date="2023-06-20 (from the page: last update)",
         url="https://www.journal-aviation.com/actualites/47047-bourget-2023-toutes-les-commandes-d-avions-commerciaux-du-salon",
         text=""" date 2023-06 Retrouvez sur cette page toutes les annonces de contrats d'avions commerciaux de cette 54e édition du salon du Bourget. Cet article est réactualisé en permanence. (Dernière mise à jour le 20 juin à 17h30)



AIRBUS



IndiGo

(19 juin) IndiGo a officialisé sa commande très attendue pour 500 Airbus de la famille A320neo (fermes). La proportion d'A320neo et d'A321neo n'est pas encore fixée, mais IndiGo a dû s'assurer d'une certaine flexibilité, comme pour sa précédente commande de 480 appareils. Le choix des moteurs n'a pas encore été communiqué. IndiGo exploite actuellement plus de 250 appareils, en partie motorisés par le GTF de Pratt & Whitney et par le LEAP de CFM International. Avec cette commande, IndiGo s'assure un flux de livraisons constant sur la période 2030-2035.



flynas

(19 juin) flynas a confirmé une commande auprès d'Airbus pour trente appareils de la famille A320neo. Ils seront utilisés dans le cadre des plans de croissance de la compagnie saoudienne. Airbus souligne que cet accord porte à 120 le nombre d'avions de la famille A320neo pour lesquels la compagnie s'est engagée, dont dix A321XLR.



Air Mauritius

(19 juin) Airbus annonce qu'Air Mauritius a confirmé une commande pour trois A350-900. Ils lui permettront d'étendre son réseau en Europe et dans le sud de l'Asie. Air Mauritius exploite déjà quatre exemplaires de l'A350 (le premier ayant été intégré en 2017), ainsi que quatre A330.



Qantas

(20 juin) Qantas a finalisé une commande pour neuf Airbus A220-300. Elle vient s'ajouter à un précédent accord portant sur l'acquisition de vingt appareils du même type. La compagnie avait déjà annoncé son intention de commander ces appareils en février, dans le cadre d'une conversion de droits d'achat. Ils seront livrés durant les années fiscales 2026 et 2027.



Philippine Airlines

(20 juin) Philippine Airlines""",
         ents="""ORG: AIRBUS | Airbus#1,2,3 | IndiGo | Pratt & Whitney | CFM International | flynas | Air Mauritius | Qantas | Philippine Airlines
MISC: salon du Bourget | Airbus#0 | A320neo | A321neo | GTF | LEAP | A321XLR | A350-900 | A350 | A330 | Airbus A220-300
LOC: Europe | Asie""",
         sentiments={"Airbus": "positive", "IndiGo": "positive", "Pratt & Whitney": "neutral",
                     "CFM International": "neutral", "flynas": "positive", "Air Mauritius": "positive",
                     "Qantas": "positive", "Philippine Airlines": "positive"},
         events=["partnership", "expansion"]),

    dict(id="fr19-lemonde-intermarche-gifi-fermetures", lang="fr", split="heldout5",
         date="2025-04 (approx., from the text: closures announced on Thursday 3 April, caption of 30 March 2025)",
         url="https://kirkland41db1nwaik3-prod.modolabs.net/chicago_employee/news/detail?feed=le_monde_fr&id=9a904d29-f7c9-59c2-bb91-94602c065b8f",
         text="""Cet article vous est offert

Pour lire gratuitement cet article réservé aux abonnés, connectez-vous

Se connecter

Vous n'êtes pas inscrit sur Le Monde ?
Inscrivez-vous gratuitement

Chronique

Isabelle Chaperon

Intermarché, GiFi… En France, les fermetures de magasins s’enchaînent, entraînant la disparition de centaines d’emplois. Ces restructurations reflètent les difficultés rencontrées par un nombre croissant d’enseignes, de l’alimentaire au bricolage, qui s’ajoutent à la crise ancienne de l’habillement, constate Isabelle Chaperon, journaliste économique au « Monde ».

Publié aujourd’hui à 11h15 Temps de Lecture 1 min.

Article réservé aux abonnés

Devant un supermarché Leclerc à Béziers (Hérault), le 30 mars 2025.

La guerre des échanges internationaux lancée par Donald Trump nous ferait presque oublier que, près de chez nous, un autre commerce souffre. Celui des ronds-points et des galeries marchandes. Ici et là, les fermetures de magasins s’enchaînent, entraînant la disparition de centaines d’emplois. Une hémorragie à petites gouttes, discrète, mais qui n’en finit pas, dans l’indifférence tranquille des pouvoirs publics.

Le groupe Intermarché a ainsi annoncé, jeudi 3 avril, la fermeture de 30 points de vente, employant 680 salariés, sur les 294 supermarchés et hypermarchés repris à Casino à partir d’octobre 2023. Le même jour, l’enseigne GiFi indiquait mettre la clé sous la porte de 11 magasins, sur un total de 570, et préparer un plan de sauvegarde de l’emploi concernant 302 collaborateurs.

Certes, c’est pas Valmy, c’est pas Verdun, comme chantait Barbara. Mais ces restructurations reflètent les difficultés rencontrées par un nombre croissant d’enseignes, de l’alimentaire au bricolage, qui s’ajoutent à la crise ancienne de l’habillement. Dans un contexte de consommation en berne et de concurrence acharnée de l’e-commerce, la tendance est implacable : la p""",
         boiler=["Cet article vous est offert", "Pour lire gratuitement cet article réservé aux abonnés, connectez-vous",
                 "Se connecter", "Vous n'êtes pas inscrit sur Le Monde ?", "Inscrivez-vous gratuitement", "Chronique",
                 "Publié aujourd’hui à 11h15 Temps de Lecture 1 min.", "Article réservé aux abonnés",
                 "Devant un supermarché Leclerc à Béziers (Hérault), le 30 mars 2025."],
         ents="""ORG: Intermarché | GiFi | Monde | Casino
PER: Isabelle Chaperon | Donald Trump | Barbara
LOC: France | Valmy | Verdun""",
         sentiments={"Intermarché": "negative", "GiFi": "negative", "Casino": "neutral"},
         events=["layoffs"]),

    dict(id="fr19-nuitfrance-cote-nature-fermetures", lang="fr", split="heldout5",
         date="2024 (approx.; undated page, closures since 2020 recalled as background)",
         url="https://www.nuitfrance.fr/a-la-une/174667-cette-celebre-enseigne-de-jardinage-va-fermer-de-nombreux-magasins-en-france/",
         text="""Montrer le sommaire Cacher le sommaire
Vous commencez à avoir l’habitude d’entendre parler des fermetures de magasins. Il faut dire que l’économie actuelle traverse une phase particulièrement tumultueuse. Évidemment, cela impacte sévèrement de nombreux secteurs d’activité.
Et si la crise économique peut être tragique pour les petites enseignes, elle fragilise aussi les plus grandes. Certaines s’en sortent et augmentent même leur chiffre d’affaires. Mais pour d’autres, les dettes s’accumulent. Alors, les fermetures des magasins s’imposent pour équilibrer les finances, ou comme triste conséquence d’une liquidation judiciaire.
Les magasins ferment les uns après les autres
Certaines marques emblématiques peinent à résister à cette situation économique impitoyable. Que ce soit dans la grande distribution, le prêt-à-porter ou la parfumerie, les enseignes doivent prendre des mesures drastiques.
Il serait difficile de citer toutes les enseignes qui ferment des magasins depuis 2020, puisqu’elles sont très nombreuses. L’enchaînement de la crise sanitaire et de la crise économique est fatal pour de nombreux groupes. Nous pouvons cependant vous rappeler quelques cas majeurs.
À voir Cette célèbre enseigne de magasins de mode adorée des Françaises met la clé sous la porte
Dans la grande distribution, des supermarchés et hypermarchés Casino ont été rachetés par des concurrents comme Auchan, Netto ou Intermarché. Le prêt-à-porter subit également des jours sombres, avec des marques historiques comme Naf Naf qui ferment plusieurs de leurs boutiques. Désormais, c’est au tour du secteur du jardinage de faire face à des fermetures importantes.
Une enseigne ferme des magasins
Le groupe Côté Nature, qui se spécialise dans la jardinerie et l’animalerie, vient d’annoncer la fermeture de neuf de ses magasins en France. Cinq d’entre eux se trouvent dans le nord du pays. C’est une nouvelle choquante pour les clients,""",
         boiler=["Montrer le sommaire Cacher le sommaire",
                 "À voir Cette célèbre enseigne de magasins de mode adorée des Françaises met la clé sous la porte"],
         ents="""ORG: Casino | Auchan | Netto | Intermarché | Naf Naf | Côté Nature
LOC: France""",
         sentiments={"Côté Nature": "negative", "Casino": "neutral", "Auchan": "neutral", "Netto": "neutral",
                     "Intermarché": "neutral", "Naf Naf": "neutral"},
         events=["layoffs"]),

    dict(id="fr19-latribune-lr-compagnie-du-vent-picardie", lang="fr", split="heldout5", date="2015-09-18 (from the URL)",
         url="https://objectif-languedoc-roussillon.latribune.fr/entreprises/industrie/2015-09-18/la-compagnie-du-vent-plante-son-24e-parc-eolien-en-picardie.html",
         text="""La Compagnie du Vent plante son 24e parc éolien en Picardie

Implanté dans la région Picardie et inauguré le 17 septembre, le 24e parc éolien installé par la société montpelliéraine La Compagnie du Vent produira chaque année environ 65 millions de kWh, soit la consommation électrique annuelle de quelque 27 000 personnes.

Sa première éolienne raccordée au réseau électrique national avait été installée à Port-La-Nouvelle (11) en 1991. Presque 25 ans plus tard, la Compagnie du Vent, société montpelliéraine passée dans le giron du groupe Engie (ex-GDF Suez), plante 12 éoliennes dans le plat pays picard.

Le parc éolien de Chemin du Bois Hubert, implanté sur les communes d'Angivillers, Lieuvillers, Plessier-sur-Saint-Just et Valescourt (dans l'Oise) et inauguré le 17 septembre, est le 24e du groupe.

La Compagnie du Vent a investi 34 M€ pour le développement de ce projet, « en mobilisant largement le tissu économique régional », annonce-t-elle dans un communiqué. Les mâts des éoliennes ont ainsi été fabriqués en Picardie, et la construction confiée à des entreprises locales.

Ce nouveau parc compte douze éoliennes d'une puissance totale de 27,6 MW. Elles produiront chaque année environ 65 millions de kWh, soit la consommation électrique annuelle d'environ 27 000 personnes.

La Compagnie du Vent ambitionne d'atteindre plus de 700 MW d'ici 2020. L'énergéticien Engie exploite près de 1 450 MW éoliens en France (pour un objectif de 2 000 MW à terme), 380 MWc solaires, et poursuit des projets dans l'éolien en mer (Dieppe - Le Tréport, îles d'Yeu et Noirmoutier) et dans l'hydrolien (raz Blanchard).

Sujets les + lus

|

Sujets les + commentés

Commentaire 0

Votre email ne sera pas affiché publiquement.
Tous les champs sont obligatoires.

Il n'y a actuellement aucun commentaire concernant cet article.
Soyez le premier à donner votre avis !

-

Merci pour votre commentaire. Il sera visible prochainement sous réserve d""",
         boiler=["Sujets les + lus", "|", "Sujets les + commentés", "Commentaire 0",
                 "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obligatoires.",
                 "Il n'y a actuellement aucun commentaire concernant cet article.",
                 "Soyez le premier à donner votre avis !", "-",
                 "Merci pour votre commentaire. Il sera visible prochainement sous réserve d"],
         ents="""ORG: La Compagnie du Vent | Compagnie du Vent | Engie | GDF Suez
LOC: Picardie | Port-La-Nouvelle | Chemin du Bois Hubert | Angivillers | Lieuvillers | Plessier-sur-Saint-Just | Valescourt | Oise | France | Dieppe | Le Tréport | Yeu | Noirmoutier | raz Blanchard""",
         sentiments={"La Compagnie du Vent": "positive", "Engie": "neutral", "GDF Suez": "neutral"},
         events=["expansion"]),

    dict(id="fr19-lemoniteur-cegelec-eolien", lang="fr", split="heldout5",
         date="2005 (approx., from the text: the Plateau d'Ally park to be delivered by the year's end)",
         url="https://www.testing.lemoniteur.fr/article/vent-de-contrats-dans-l-eolien-pour-cegelec.427619",
         text="""Le groupe français d'ingénierie électrique Cegelec a annoncé mardi avoir signé depuis janvier 5 contrats de 70 éoliennes au total. Ces installations vont accroître de plus de 25% la puissance éolienne actuellement disponible en France.
Le montant total de ces contrats s’élève à 12 millions d'euros pour une capacité de 100 mégawatts. Avec ces nouvelles signatures, Cegelec détient 30% de part de marché de l'éolien, précise le communiqué.
Ces contrats prévoient en particulier la livraison du parc du Plateau d'Ally (Haute-Loire), qui, avec une puissance totale de 39 mégawatts (26 turbines de 1,5 MW), dépassera d'ici la fin de l'année le record détenu par le parc éolien sur le site de Haute-Lys dans le Pas-de-Calais (37,5 MW).""",
         ents="""ORG: Cegelec
LOC: France | Plateau d'Ally | Haute-Loire | Haute-Lys | Pas-de-Calais""",
         sentiments={"Cegelec": "positive"},
         events=["partnership"]),

    dict(id="fr19-latribune-reuters-iliad-italie", lang="fr", split="heldout5",
         date="2018-05 (approx., from the text: launch promised before 21 June, first-quarter sales presented the week before)",
         url="https://www.latribune.fr/depeches/reuters/KCN1IQ2G8/iliad-devoilera-mardi-sa-revolution-des-telecoms-en-italie.html",
         text="""Iliad dévoilera mardi sa "révolution" des télécoms en Italie

reuters.com  |   |  457  mots
Iliad devoilera mardi sa revolution des telecoms en italie[reuters.com]
(Crédits : Charles Platiau)

PARIS/MILAN (Reuters) - L'opérateur télécoms français Iliad a convoqué mardi une conférence de presse pour dévoiler son projet de "révolution" des télécoms en Italie, où son lancement comme quatrième opérateur mobile du pays est attendu depuis plusieurs mois.

Lors de la présentation de son chiffre d'affaires du premier trimestre, la semaine dernière, l'opérateur fondé et dirigé par Xavier Niel a promis qu'il lancerait son offre mobile italienne d'ici le 21 juin.

"C'est le moment de vérité. Préparez-vous à changer votre façon de vivre la téléphonie", lance l'opérateur en italien sur une page Facebook dédiée à l'événement pour lequel les journalistes ont reçu des invitations.

La présentation sera retransmise en direct sur YouTube, est-il précisé.

Iliad n'a pas souhaité faire de commentaire.

A l'image du fabricant Apple, l'opérateur a pris l'habitude d'entourer de secret ses lancements importants, une façon de créer le buzz et de s'économiser une coûteuse campagne publicitaire.

Lors de son lancement dans le mobile en France en 2012, Xavier Niel avait lui-même lancé le compte à rebours en tweetant pour la première fois "The rocket is on the launchpad". Une fusée était alors apparue sur un site mobile dédié.

Des indices cachés à base de langages informatiques ont animé pendant plusieurs semaines la communauté, active, des fans de l'opérateur.

DÉFI

En Italie, l'opérateur ne pourra toutefois pas compter sur sa notoriété à son lancement, initialement prévu pour fin 2017-début 2018, dans un marché où les prix sont nettement inférieurs à ceux pratiqués sur le marché français en 2012.

Iliad mise sur des tarifs attractifs et une offre simple et transparente pour répliquer le succès qu'il a connu en F""",
         boiler=["reuters.com  |   |  457  mots",
                 "Iliad devoilera mardi sa revolution des telecoms en italie[reuters.com]",
                 "(Crédits : Charles Platiau)"],
         ents="""ORG: Iliad | Reuters | Apple
PER: Xavier Niel
LOC: Italie | PARIS | MILAN | France
MISC: Facebook | YouTube""",
         sentiments={"Iliad": "mixed", "Apple": "neutral"},
         events=["product_launch", "expansion"]),

    dict(id="fr19-francesoir-alstom-regiolis", lang="fr", split="heldout5", date="2018-01-08 (from the page)",
         url="https://www.francesoir.fr/alstom-va-livrer-14-trains-deux-regions-pour-100-millions-deuros",
         text="""Alstom va livrer 14 trains à deux régions pour 100 millions d'euros

Auteur:
 
Par AFP - Paris
Publié le 08 janvier 2018 - 19:37
Image
Rame du "Regiolis", trains régional d'Alstom lors de présentation au public, le 4 juillet 2013 à la gare de Bordeaux Saint-Jean
Crédits
© MEHDI FEDOUACH / AFP/Archives
Rame du "Regiolis", trains régional d'Alstom lors de présentation au public, le 4 juillet 2013 à la gare de Bordeaux Saint-Jean
© MEHDI FEDOUACH / AFP/Archives

Alstom va fournir 14 trains supplémentaires aux Régions Bourgogne-Franche-Comté et Grand Est pour un montant d'environ 100 millions d’euros, a annoncé le groupe lundi dans un communiqué.

"Cette levée d’options dans le cadre du contrat Régiolis signé en 2009 vient s'ajouter aux 285 trains déjà commandés par les Régions et l’Etat français", a précisé Alstom.

La Région Bourgogne-Franche-Comté a commandé 8 trains Régiolis électriques de 4 voitures qui vont venir compléter les 16 rames de même type déjà notifiées, dont 9 ont déjà été livrées, selon le groupe industriel. Son parc de trains comptera 24 rames à l'horizon mi-2020, selon la même source.

La Région Grand Est de son côté a commandé 6 nouvelles rames, dont 5 trains Coradia Liner et un train Régiolis bi-mode de 6 voitures. Le Grand Est dispose déjà d’une flotte de 34 trains Régiolis et de 19 trains Coradia Liner en service commercial, a précisé Alstom.

Régiolis et Coradia Liner sont des trains issus de la gamme Coradia qui se déclinent en trois longueurs (56, 72 et 110 mètres) et deux types de motorisations (électrique ou bimode thermique-électrique), selon le communiqué. Ils peuvent accueillir jusqu’à 330 passagers, et circuler à 160 km/h.

"Ces commandes supplémentaires constituent une excellente nouvelle pour la filière ferroviaire française et pour les sites Alstom en France", a déclaré Jean-Baptiste Eyméoud, Président d’Alstom France, cité dans le communiqué.

En 2016""",
         boiler=["Auteur:", "Par AFP - Paris", "Publié le 08 janvier 2018 - 19:37", "Image",
                 "Rame du \"Regiolis\", trains régional d'Alstom lors de présentation au public, le 4 juillet 2013 à la gare de Bordeaux Saint-Jean",
                 "Crédits", "© MEHDI FEDOUACH / AFP/Archives"],
         ents="""ORG: Alstom | Alstom France | Région Bourgogne-Franche-Comté | Région Grand Est | Etat français
LOC: Bourgogne-Franche-Comté | Grand Est | France
PER: Jean-Baptiste Eyméoud
MISC: Régiolis | Coradia Liner | Coradia""",
         sentiments={"Alstom": "positive", "Alstom France": "positive"},
         events=["partnership"]),

    dict(id="fr19-cfjlab-renault-fermetures", lang="fr", split="heldout5", date="2020-05-20 (from the URL and the text)",
         url="https://ateliers.cfjlab.fr/2020/05/20/renault-plusieurs-sites-pourraient-fermer/",
         text="""Renault : plusieurs sites français pourraient fermer  

Le constructeur automobile envisage la fermeture de quatre sites en France dans le cadre d’un large plan d’économie, selon des informations du Canard Enchaîné.

Elles avaient commencé à rouvrir fin avril et pourtant leur avenir est aujourd’hui incertain. Les chaînes de production de quatre usines de l’entreprise Renault pourraient fermer en France, révèle Le Canard Enchaîné ce mercredi 20 mai. Parmi les sites concernés, on retrouve Flins qui assemble notamment l’électrique Zoé et la Nissan Micra, mais aussi les sites de Choisy-le-Roi, Dieppe et les fonderies de Bretagne dans le Morbihan. Le projet s’inscrit dans un vaste plan d’économie de 2 milliards d’euros, qui doit être présenté le 29 mai prochain.

Le constructeur n’a pas souhaité communiquer pour l’heure sur le sujet mais selon des «sources proches du dossier» contactées par Les Echos, l’usine de Flins «ne pourrait, non pas fermer, mais cesser de produire des véhicules d’ici quelques années». À l’AFP, une source anonyme évoque également que «le gros morceau» que représente Flins, «viendra plus tard».

3 600 emplois concernés

Rien que sur le site des fonderies de Bretagne, 325 salariés sont concernés. Pour le secrétaire CGT de l’usine de Caudan, Maël Le Goff, la nouvelle est un réel «coup de massue», rapporte France Bleu Bretagne. Il poursuit au micro : «On parle d’un plan d’aides de l’État de 5 milliards d’euros pour le groupe Renault et en parallèle on annonce la fermeture du site. C’est complètement ubuesque». Au total, plus de 3600 postes sont concernés sur tous les sites.

La crise du Covid-19 a donc lourdement impacté le constructeur français qui faisait déjà face à des difficultés en février 2020. La directrice générale par intérim, Clotilde Delbos, avait alors déclaré au sujet de potentielles fermetures de sites : «Nous n’avons aucun tabou et nou""",
         ents="""ORG: Renault | Le Canard Enchaîné | Canard Enchaîné | Les Echos | AFP | CGT | France Bleu Bretagne | État
PER: Maël Le Goff | Clotilde Delbos
LOC: France | Flins | Choisy-le-Roi | Dieppe | Bretagne | Morbihan | Caudan
MISC: Zoé | Nissan Micra""",
         sentiments={"Renault": "negative"},
         events=["layoffs"]),

    dict(id="fr19-europeanscientist-lactalis-perquisitions", lang="fr", split="heldout5",
         date="2018-01 (approx., from the text: raids on a Wednesday after the December 2017 recalls)",
         url="https://europeanscientist.com/fr/sante/perquisitions-dans-cinq-sites-du-geant-laitier-lactalis",
         text="""La police française a lancé des perquisitions dans cinq sites du groupe Lactalis dans le cadre de l’affaire du lait contaminé.
Le bureau du procureur de Paris a confirmé que des enquêteurs ont perquisitionné cinq sites du groupe Lactalis ce mercredi. Les raids ont eu lieu au siège social de Lactalis à Laval ainsi que dans une usine du groupe à Craon, où la contamination à la salmonelle a débuté en fin d’année dernière. La Police s’est également rendue dans les sites Lactalis Nutrition Santé et Lactalis Nutrition Diététique à Torce en Bretagne, où se situent les centres de contrôle de qualité des produits.
La contamination à la salmonelle a commencé dans une tour de déshydratation où le lait est réduit. Lactalis a tout d’abord rappelé des lots de lait en poudre potentiellement dangereux dans 30 pays. L’entreprise parle désormais de 12 millions de lots présents dans 83 pays différents. Trente-sept bébés ont été atteints de salmonellose en France après avoir consommé un produit d’alimentation infantile Lactalis infecté – 18 ont été hospitalisées, mais ils sont désormais hors de danger – un en Espagne et un en Grèce.
D’après le gouvernement français, les responsables seraient à la fois Lactalis – l’un des plus grands groupes de producteurs laitiers du monde, et la grande distribution, qui a continué à vendre le lait en poudre dangereux en dépit du rappel. « Quand on a du lait qui a été mis en circulation et qui a manifestement provoqué des situations sanitaires compliquées pour des enfants, c’est que quelque part il y a eu un manquement », a commenté le porte-parole du gouvernement Benjamin Griveaux ce dimanche.
Ces nouvelles pourraient couter cher à Lactalis. On a récemment appris que l’entreprise avait été mise au courant d’un risque de contamination en aout puis en novembre derniers, sans pour autant prévenir le public. Le directeur général du groupe, Emmanuel Besnier, a décl""",
         ents="""ORG: Lactalis | Lactalis Nutrition Santé | Lactalis Nutrition Diététique
PER: Benjamin Griveaux | Emmanuel Besnier
LOC: Paris | Laval | Craon | Torce | Bretagne | France | Espagne | Grèce""",
         sentiments={"Lactalis": "negative", "Lactalis Nutrition Santé": "negative",
                     "Lactalis Nutrition Diététique": "negative"},
         events=["legal"]),
]
