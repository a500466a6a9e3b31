"""French real business articles from financial-market, trade and regional press (development only; see make_real.py).

Stored page text as delivered (scraper date prefixes, menus, copyright and "read also" lines kept, listed in
``boiler``), found in the stored public pages with French queries on share moves after results, weekly
small-cap top/flop columns, contract wins, receiverships and regional investment news. Annotated by hand
before any system ran on them, following the third-session sentiment conventions written in make_real.py.
"""

ARTICLES = [
    dict(id="fr17-boursorama-imerys-plonge", lang="fr", split="dev",
         date="2024-07 (approx., from the text: first-half results, a 31 October 2023 support already broken)",
         url="https://www.boursorama.com/bourse/actualites/imerys-plonge-de-12-pulverise-23-4e-vise-les-21-7e-1d3407dd6fffd80ea64f78619a66a010",
         text="""(CercleFinance.com) - Alerte rouge : énorme 'gap de rupture' de -10% sous le plancher crucial des 25,9E.

Et il y pire, le support long terme des 23,4E du 31 octobre 2023 est pulvérisé dans la foulée.

Imerys dévisse de -12% vers 22,7E, plombé par la chute de -50,2% du résultat net part du Groupe (à 70 ME), et c'est pire pour le BPA qui plonge de 2,05E vers 0,98 E.

Déception également du coté du chiffre d'affaires qui se contracte de -8,4% à 1.757MdsE 1er semestre, et pour couronner le tout, l'endettement progresse d'environ +10%.

Imerys se dirige tout droit vers le retracement du plancher historique des 21,1E du 16 mars ou des 21,7E du 30 mars et 2 avril 2020.""",
         ents="ORG: CercleFinance.com | Imerys",
         sentiments={"Imerys": "negative"},
         events=["earnings"]),

    dict(id="fr17-elcorp-top-flop-bilendi", lang="fr", split="dev",
         date="2024-12 (approx., from the text: deconsolidation effective since 10 December, 2024 revenue forecast)",
         url="https://elcorp.com/le-top-flop-valeurs-de-la-semaine-17",
         text="""Cette semaine, le CAC Small et le CAC 40 évoluent à la baisse avec des performances respectives de -0,3% et -0,5%
Top
La première place de ce top revient à Bilendi qui grimpe de +21,7% sur la semaine, suite à l'acquisition de Netquest. La société acquise est considérée comme un leader des technologies et des données pour les études de marché en Ibérie et en Amérique latine. Grâce à cette opération, la plus importante de son histoire, Bilendi vise à renforcer sa présence internationale en s'ouvrant à de nouvelles régions. Par ailleurs, le groupe a confirmé ses objectifs pour 2026 et prévoit désormais un CA 2024 de 90 M€ avec une marge d'EBITDA supérieure à 22%.
Cegedim réalise une hausse de +12,3% suite à la déconsolidation, effective depuis le 10 décembre, de leur filiale britannique INPS. Cette dernière s'est placée volontairement en administration judiciaire en raison de ses difficultés financières. De plus, le directeur délégué, Pierre Marucchi, a acquis 8309 actions du groupe à un prix unitaire de 13,4 €.
Amoeba progresse de +10,7% sur les sept derniers jours après la reconnaissance par l'autorité européenne de sécurité des aliments de l'efficacité et de l'absence de risque de l'AXPERA. C'est une solution biologique de protection des cultures pour lutter contre les maladies fongiques. Le groupe peut désormais effectuer une demande d'autorisation de mise sur le marché de ses produits, dernière étape avant la commercialisation
Flop
Cellectis ouvre ce flop avec une baisse de -15,5% sur les sept derniers jours. La biotech a annoncé la semaine dernière le tirage de la dernière tranche ("Tranche C") de 5 M€, dans le cadre d'un contrat de crédit d'un montant maximal de 40 M€ conclu avec la Banque Européenne d'Investissement (BEI). La condition de décaissement de la "Tranche C" était que la société émette plus de 600 000 bons de souscription d'actions au profit de la BEI.
Euroapi accuse un repli de -12,5%""",
         ents="""ORG: Bilendi | Netquest | Cegedim | INPS | Amoeba | autorité européenne de sécurité des aliments | Cellectis | Banque Européenne d'Investissement | BEI | Euroapi
PER: Pierre Marucchi
LOC: Ibérie | Amérique latine
MISC: CAC Small | CAC 40 | AXPERA""",
         sentiments={"Bilendi": "positive", "Netquest": "neutral", "Cegedim": "positive", "INPS": "negative",
                     "Amoeba": "positive", "Cellectis": "negative", "Euroapi": "negative"},
         events=["acquisition", "earnings", "bankruptcy", "legal", "funding"]),

    dict(id="fr17-vosgesinfo-choose-france-grand-est", lang="fr", split="dev", date="2025-05-19 (from the text)",
         url="https://vosgesinfo.fr/laplainedesvosgesinfo/?p=30084",
         text="""Lors du sommet Choose France organisé ce lundi 19 mai à Versailles, le Grand Est s’est vu attribuer 7 projets d’investissement sur les 53 annoncés à l’échelle nationale. Cela représente 13 % des projets retenus, pour un montant global de 840 millions d’euros injectés dans l’économie régionale.
Parmi les annonces les plus notables, l’entreprise américaine Circ prévoit 450 millions d’euros pour implanter à Saint-Avold la première usine mondiale de recyclage chimique textile. À terme, 200 emplois directs et indirects seront créés. Daimler Buses, constructeur allemand, va investir 92 millions d’euros pour agrandir son site de Ligny-en-Barrois, avec à la clé 600 recrutements dans le secteur de la mobilité durable.
D’autres projets soutiennent cette dynamique régionale :
- CAF, entreprise espagnole spécialisée dans les matériels roulants ferroviaires, injectera 50 millions d’euros sur ses sites de Reichshoffen et Bagnères-de-Bigorre, avec 200 embauches prévues d’ici 2028.
- Coleo, également espagnole, implantera un deuxième site de recyclage textile en Grand Est, avec 10 millions d’euros investis, 50 emplois directs et 250 indirects à la clé.
- DP World, acteur mondial de la logistique basé à Dubaï, développera un entrepôt de 90 000 m² à Ottmarsheim, en Alsace, pour un investissement de 140 millions d’euros et environ 150 emplois attendus.
- Mars Incorporated consacrera 4 millions d’euros à son site du Grand Est dans un plan national de modernisation industrielle.
- Enfin, le japonais Nidec prévoit près de 97 millions d’euros pour accroître les capacités de production à Trémery, notamment dans le domaine de la mobilité électrique.
Le Grand Est confirme ainsi sa place de troisième région la plus attractive de France, forte d’un tissu industriel diversifié et d’une orientation affirmée vers l’innovation, la décarbonation et la circularité. Pour le président de Région Franck Leroy, ces a""",
         ents="""ORG: Circ | Daimler Buses | CAF | Coleo | DP World | Mars Incorporated | Nidec
PER: Franck Leroy
LOC: Versailles | Grand Est | Saint-Avold | Ligny-en-Barrois | Reichshoffen | Bagnères-de-Bigorre | Dubaï | Ottmarsheim | Alsace | Trémery | France
MISC: Choose France""",
         sentiments={"Circ": "positive", "Daimler Buses": "positive", "CAF": "positive", "Coleo": "positive",
                     "DP World": "positive", "Mars Incorporated": "positive", "Nidec": "positive"},
         events=["funding", "expansion"]),

    dict(id="fr17-usinenouvelle-preligens-coop-masques", lang="fr", split="dev", date="2022-10 (from the page)",
         url="https://www.usinenouvelle.com/article/mega-contrat-pour-la-pepite-francaise-de-l-ia-preligens-liquidation-de-la-coop-des-masques-le-top-flop-de-la-semaine.N2055882",
         text=""" date 2022-10 Top : Une grosse commande publique pour la start-up Preligens

La Direction générale de l’armement a sélectionné les logiciels de la PME parisienne Preligens pour le traitement et l’exploitation automatisés de grandes masses de données satellitaires. Le contrat est évalué à un montant maximum de 240 millions d’euros sur une durée de sept ans.

Flop : Fin de parcours pour la Coop des masques

Des nombreuses PME se sont mobilisées pour produire en urgence des masques lorsque l'épidémie de Covid-19 est survenue, en 2020. Certaines structures ont tenté de pérenniser cette activité. En Bretagne, une coopérative s'est lancée début 2021 pour fabriquer des masques sanitaires et FFP2. Las. Les promesses de commandes d'acteurs publics et privés français n'ont pas été honorées : le Made in France ne peut pas lutter face aux importations massives de masques asiatiques à bas coût. Le tribunal de commerce de Saint-Brieuc a ainsi placé en liquidation judiciaire la Coop des Masques, entraînant le licenciement des 13 salariés.""",
         ents="""ORG: Preligens | Direction générale de l’armement | Coop des masques | Coop des Masques | tribunal de commerce de Saint-Brieuc
LOC: Bretagne
MISC: Covid-19 | Made in France""",
         sentiments={"Preligens": "positive", "Coop des Masques": "negative"},
         events=["partnership", "bankruptcy", "layoffs"]),

    dict(id="fr17-zonebourse-casino-srd", lang="fr", split="dev", date="2023-10-10 (from the URL)",
         url="https://ch.zonebourse.com/cours/action/CASINO-GUICHARD-PERRACHON-4627/actualite/Casino-Guichard-Perrachon-plus-forte-hausse-du-marche-SRD-a-la-cloture-du-mardi-10-octobre-20-45031323/",
         text="""Casino (+ 9,80% à 1,31 euro)

En hausse de plus de 6% hier, le distributeur en grande difficulté financière a encore mieux progressé ce mardi. Un accord de "lock-up" a été signé la semaine dernière par le groupe présidé par Jean-Charles Naouri, relatif à sa restructuration financière, avec "ses principaux créanciers". Le titre recule toutefois de plus de 40% sur un mois.""",
         ents="""ORG: Casino
PER: Jean-Charles Naouri""",
         sentiments={"Casino": "mixed"},
         events=["layoffs"]),

    dict(id="fr17-zonebourse-alstom-mi-seance", lang="fr", split="dev", date="2021-10-18 (from the URL)",
         url="https://www.zonebourse.com/cours/action/ALSTOM-4607/actualite/Alstom-plus-forte-hausse-du-CAC-40-a-la-mi-seance-du-lundi-18-octobre-2021-36705728/",
         text="""Alstom (+1,95% à 31,86 euros)
Le titre du constructeur ferroviaire bénéficie du regain d'intérêt des investisseurs depuis quatre séances. Depuis le début de l'année, il sous-performance nettement les valeurs cycliques en raison du coût bien plus important que prévu des activités ferroviaires de Bombardier. Par ailleurs, vendredi dernier au soir, Alstom a annoncé le gain d'un contrat de 130 millions d'euros auprès d'Île-de-France Mobilités et la RATP.""",
         ents="""ORG: Alstom | Bombardier | Île-de-France Mobilités | RATP""",
         sentiments={"Alstom": "mixed", "Bombardier": "neutral", "RATP": "neutral"},
         events=["partnership"]),
    dict(id="fr17-zonebourse-genfit-alcatel-sbf120", lang="fr", split="dev", date="2014-11-10 (from the URL)",
         url="https://ch.zonebourse.com/cours/action/GENFIT-16311755/actualite/GENFIT-Decryptage-AOF-du-palmares-SBF-120-a-la-cloture-Lundi-10-novembre-2014-19366671",
         text="""Plus forte hausse et plus forte baisse de l'indice SBF 120 à la clôture

GENFIT (+5,26% à 41,05 euros)
La société de biopharmaceutique a terminé en tête de l'indice et rebondit après avoir cédé près de 4% la semaine dernière. Genfit a alterné ces dernières semaines, séance en hausse et séance en baisse avec une régularité déconcertante. Genfit justifie ainsi encore aujourd'hui son statut de "chouchou" de la Bourse de Paris depuis un an. Avec un bond de 700% en un an, dont 320% depuis le 1er janvier le titre affiche de très loin la progression la plus spectaculaire de l'indice CAC PME.

ALCATEL-LUCENT (-3,14% à 2,59 euros)
A l'inverse, Alcatel-Lucent a enregistré le repli le plus important de l'indice, après avoir bondi de près de 31% depuis la publication de ses résultats du troisième trimestre fin octobre, le titre a vu sa progression s'interrompre brusquement à la suite de l'annonce vendredi par AT&T d'une nette baisse de ses investissements en 2015. L'opérateur télécoms américain prévoit, en effet, d'investir 18 milliards de dollars en 2015 contre 21,5 milliards de dollars attendus en 2014. Pour rappel, Alcatel-Lucent réalise 40% de son chiffre d'affaires outre-Atlantique.



Valeurs citées dans l'article : GENFIT, Alcatel Lucent""",
         boiler=["Valeurs citées dans l'article : GENFIT, Alcatel Lucent"],
         ents="""ORG: GENFIT | Genfit | Bourse de Paris | ALCATEL-LUCENT | Alcatel-Lucent | AT&T
MISC: SBF 120 | CAC PME""",
         sentiments={"Genfit": "positive", "Alcatel-Lucent": "negative", "AT&T": "neutral"},
         events=[]),

    dict(id="fr17-zonebourse-montupet-sanofi-sbf120", lang="fr", split="dev", date="2014-10-28 (from the URL)",
         url="https://www.zonebourse.com/cours/action/SANOFI-4698/actualite/SANOFI-Decryptage-AOF-du-palmares-SBF-120-a-la-cloture-Mardi-28-octobre-2014-19269195/",
         text="""Plus forte hausse et plus forte baisse de l'indice SBF 120 à la clôture

MONTUPET (+12,67% à 55,66 euros)
L'équipementier automobile s'est octroyé la plus forte hausse de l'indice,
porté par une information de Bloomberg faisant état d'une possible cession de l'équipementier automobile. L'agence de presse américaine, qui cite des sources proches du dossier, annonce que Montupet, avec le concours de la banque d'investissement Jefferies, examinerait la possibilité d'une vente. Selon ces sources, la totalité de Montupet serait estimé à 892 millions de dollars, soit 700 millions d'euros.

SANOFI (-10,64% à 74,53 euros)
A l'inverse, Sanofi a fait office de lanterne rouge de l'indice, à cause des ventes et les perspectives décevantes dans le diabète (20% du chiffre d'affaires total) qui ont notamment relégué au second plan des résultats trimestriels globalement conformes aux attentes. Pénalisé par ce repli, le laboratoire pharmaceutique perd du même coup son statut de première capitalisation boursière (101,2 milliards d'euros) du CAC 40 au profit de Total (108,2 milliards).



Valeurs citées dans l'article : SANOFI, MONTUPET""",
         boiler=["Valeurs citées dans l'article : SANOFI, MONTUPET"],
         ents="""ORG: MONTUPET | Montupet | Bloomberg | Jefferies | SANOFI | Sanofi | Total
MISC: SBF 120 | CAC 40""",
         sentiments={"Montupet": "positive", "Jefferies": "neutral", "Sanofi": "negative", "Total": "neutral"},
         events=["earnings"]),

    dict(id="fr17-ouestfrance-manoir-saint-brieuc", lang="fr", split="dev",
         date="2018 (approx., from the text: a 2.7 M€ investment over two years up to 2020)",
         url="https://fonderie-piwi.fr/?p=63585",
         text="""Ouest-France
L’actionnaire chinois de Manoir Saint-Brieuc a décidé de se séparer de l’entreprise et de ses 130 salariés. Une solution de reprise par des cadres et le groupe Lessard à Bréhand est à l’étude. |
Les 130 salariés de Manoir Saint-Brieuc (ex-Manoir Industries) retiennent leur souffle. Un an après l’annonce de la mise en vente de l’usine par le groupe chinois Taihai Yantai, une solution de reprise est en passe d’être trouvée.
Sept cadres de la société s’associeraient pour monter ce projet qui porterait sur un investissement 2,7 millions d’euros sur deux ans pour réorganiser le site et acquérir des fours plus performants. Le prix de vente par le groupe chinois reste inconnu.
Le projet, soutenu par l’agglomération de Saint-Brieuc, prévoit notamment un investissement de 2,7 millions d’euros d’ici à 2020. Ce qui permettrait d’acquérir des fours plus performants et la réorganisation du site. Le principal client de ce fleuron de l’industrie briochine fondé en 1928, le groupe Lessard, installé à Bréhand (22), pourrait participer à l’aventure et entrer au capital, à hauteur de 24,5 %.""",
         boiler=["Ouest-France"],
         ents="""ORG: Manoir Saint-Brieuc | Manoir Industries | Lessard | Taihai Yantai
LOC: Bréhand | Saint-Brieuc""",
         sentiments={"Manoir Saint-Brieuc": "mixed", "Manoir Industries": "mixed", "Lessard": "neutral",
                     "Taihai Yantai": "neutral"},
         events=["acquisition", "funding"]),

    dict(id="fr17-lemoniteur-vst-cooperative", lang="fr", split="dev", date="2023-03 (from the page)",
         url="https://www.lemoniteur.fr/article/la-cooperative-d-achat-vst-se-donne-les-moyens-de-son-developpement.2260176",
         text=""" date 2023-03 À l’approche de la cinquantaine, elle est toujours aussi fringante. Née de la volonté de Joseph Landreau, qui souhaitait faire évoluer la distribution au profit des artisans, la coopérative VST (anciennement Vendée Sani Therm) a vu le jour en 1976 à La Ferrière. Aujourd’hui première coopérative artisanale d’achat de France, elle a connu une croissance importante. En six ans, son chiffre d’affaires a progressé de 94 % pour atteindre 226 M€ l’année dernière. « Nous rassemblons 800 adhérents (plombiers, chauffagistes, électriciens, carreleurs, couvreurs), contre 500 en 2016, sur les départements de la Vendée, de la Loire-Atlantique, du Maine-et-Loire, des Deux-Sèvres et de la Vienne », rappelle Thierry Orieux, directeur général de la coopérative. Pour absorber cette hausse massive, l’adhérent de l’Orcab a créé 130 emplois sur les cinq dernières années portant le nombre total de salariés à 410. « Dans un contexte économique favorable, nous nous sommes lancés depuis cinq ans dans un grand programme de développement validé par notre conseil d’administration afin de continuer à améliorer le service que nous apportons à nos adhérents et le bien-être au travail de nos salariés », explique le DG qui note : « Nous sommes à la fois dans la préoccupation et l’anticipation des besoins ». Ainsi, ces deux dernières années, ce sont 23 M€ qui ont été investis pour moderniser les équipements de l’entreprise.

Un siège agrandi et modernisé

Démarrés en 2021, les travaux de modernisation et d’agrandissement du siège social de la coopérative mobilisent pratiquement un tiers de la somme, soit 7 M€. « Nous avons engagé la construction de 3 000 m². Mais, afin qu’aucun salarié ne soit lésé, nous rénovons les 1 800 m² existants. Nous attachons une grande importance au bien-être au travail de nos coll""",
         ents="""ORG: VST | Vendée Sani Therm | Orcab
PER: Joseph Landreau | Thierry Orieux
LOC: La Ferrière | France | Vendée | Loire-Atlantique | Maine-et-Loire | Deux-Sèvres | Vienne""",
         sentiments={"VST": "positive", "Vendée Sani Therm": "positive", "Orcab": "neutral"},
         events=["earnings", "funding"]),

    dict(id="fr17-lechatnoir51-hory-chauvelin", lang="fr", split="dev",
         date="2014-01 (approx., from the text: offers deadline moved to 17 January)",
         url="https://www.lechatnoir51.fr/article-hory-chauvelin-ferme-deux-sites-122402674.html",
         text="""Les inquiétudes des salariés ardennais et meusiens du groupe Hory-Chauvelin Lorraine étaient fondées. Leur PDG annonce la liquidation judiciaire des deux sites.
«Le tribunal de commerce de Bar-le-Duc n’attendra pas la fin de la période d’observation ouverte par le jugement de redressement judiciaire pour prononcer leur liquidation». Elle devrait l’être au cours de la réunion qui s’y tiendra dans l’après-midi de vendredi.
Des trois offres de reprise parvenues à l’administrateur judiciaire dans le courant du mois de décembre, deux - seulement - ont été retenues : celle du directeur du site mosellan d’Ennery, qui ne concerne que ce site, et celle de la société Lanfry appartenant au groupe belge Monument pour Paris. «Intéressé par le site de Sault-lès-Rethel, le groupe Fayat avait également déposé un dossier, mais le tribunal a estimé sa teneur non conforme. La date limite de dépôt des offres de reprise avait conséquemment été repoussée au 17 janvier, laissant le temps au repreneur de corriger sa copie. Il n’a malheureusement pas persévéré».""",
         ents="""ORG: Hory-Chauvelin Lorraine | tribunal de commerce de Bar-le-Duc | Lanfry | Monument | Fayat
LOC: Ennery | Paris | Sault-lès-Rethel""",
         sentiments={"Hory-Chauvelin Lorraine": "negative", "Lanfry": "positive", "Monument": "neutral",
                     "Fayat": "negative"},
         events=["bankruptcy", "acquisition", "layoffs"]),

    dict(id="fr17-procedurecollective-castal-vaux", lang="fr", split="dev",
         date="2015-02 (approx., from the text: 'mardi 10 février')",
         url="https://www.procedurecollective.fr/actualites/27429/la-liquidation-de-la-fonderie-castal-dans-lallier-se-precise-35-salaries-sur-la-paille.aspx",
         text="""Faute de candidats à la reprise, la fonderie Cast’Al de Vaux (Allier) devrait être liquidée, mardi 10 février, par le tribunal de commerce de Clermont-Ferrand. Les 35 salariés devraient être licenciés.
Les salariés de Cast’Al avaient rendez-vous dans le réfectoire de la fonderie de Vaux, à 14 heures, jeudi 5 février. Ils devaient faire le point sur le dossier de redressement judiciaire présenté le matin même en chambre de conseil du tribunal de commerce de Clermont-Ferrand.
Quelques minutes après le début de la réunion, menée par l’actionnaire principal, Marcus Schrufer, quelques-uns prennent la porte, excédés par ce qu’ils viennent d’entendre.""",
         ents="""ORG: Cast’Al | tribunal de commerce de Clermont-Ferrand
PER: Marcus Schrufer
LOC: Vaux | Allier""",
         sentiments={"Cast’Al": "negative"},
         events=["bankruptcy", "layoffs"]),

    dict(id="fr17-infosocialrh-valfond-saint-dizier", lang="fr", split="dev", date="2004-04-06 (from the page)",
         url="https://www.info-socialrh.fr/bibliotheque-numerique/entreprise-et-carrieres/711/sans/valfond-saint-dizier-echappe-a-la-liquidation-459430.php",
         text="""logo Info-Social RH
Se connecter
Newsletter

SANS

Valfond Saint-Dizier échappe à la liquidation

SANS | publié le : 06.04.2004 |

Au terme de l'administration judiciaire, la fonderie Valfond de Saint-Dizier a pu être reprise avec 176 salariés sur 223.

Le 30 mars dernier, à la veille de la fin de l'administration judiciaire, le tribunal de commerce de Saint-Dizier (52) a accepté la reprise de la fonderie Valfond par son directeur François Maraldi. Ce site, filiale du groupe de fonderies Valfond, lui-même détenu par le suisse UBS, était sorti de l'anonymat des redressements judiciaires il y a quelques semaines.

Attitude dénoncée

Des élus champenois, et les salariés assistés de l'avocat Philippe Brun, avaient dénoncé l'attitude des dirigeants qui avait accepté de solides subventions publiques contre l'assurance d'une remise aux normes écologiques et d'une soixantaine d'embauches supplémentaires, toutes promesses non tenues (lire Entreprise & Carrières n°702).

La satisfaction prévalait, donc, à Saint-Dizier, où la liquidation est évitée. Sous le nom de Fonderie bragarde de mécanique agricole, l'activité se poursuit avec 176 personnes sur 223. Hormis trois licenciements secs, des mesures d'âge (FNE et congés de conversion avec rattrapage du FNE) et des départs volontaires sont prévus ; 560 000 euros sont débloqués par Valfond pour ce PSE.

Chances de réussite

Pour la poursuite de l'activité avec des chances de réussite raisonnables, les conditions posées par le tribunal de commerce ont été remplies : 600 000 euros et un complément de trésorerie éventuellement utilisable de 400 000 euros. En outre, un prêt de la Sodie, pour réaliser les investissements de modernisation indispensables, est débloqué. Enfin, dans la nouvelle holding propriétaire, figure aussi un groupe de fonderie local aux reins solides, GHM ; et 20 % des parts sont réservés aux salariés.

Quant aux poursuites, dont le conseil régional et la ville""",
         boiler=["logo Info-Social RH", "Se connecter", "Newsletter", "SANS", "SANS | publié le : 06.04.2004 |"],
         ents="""ORG: Valfond Saint-Dizier | Valfond | tribunal de commerce de Saint-Dizier | UBS | Entreprise & Carrières | Fonderie bragarde de mécanique agricole | Sodie | GHM
PER: François Maraldi | Philippe Brun
LOC: Saint-Dizier""",
         sentiments={"Valfond Saint-Dizier": "positive", "Valfond": "mixed", "UBS": "neutral",
                     "Fonderie bragarde de mécanique agricole": "positive", "Sodie": "neutral", "GHM": "positive"},
         events=["acquisition", "bankruptcy", "layoffs", "funding"]),
]
