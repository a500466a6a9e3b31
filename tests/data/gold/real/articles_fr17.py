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
]
