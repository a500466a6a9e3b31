"""French real business articles, development part (``split="dev"``): articles_fr23.

Stored page text as delivered (see make_real.py for the format, the annotation rules and the sentiment
conventions of the third and seventh sessions). Found in the stored public pages with French queries on
acquisitions and regulators' clearances, results and profit warnings, analyst calls, plant closures,
fund raising, fines, leadership changes, contracts and partnerships, product launches, expansion,
receiverships and strikes; one page per site, from twenty different sites. Pages whose text does not
name the company it is about (the name only in a title or URL left out of the stored text) and a page
made only of photo captions were skipped. Annotated by hand before any system ran on them. Other news
media named in the text (not the publisher) are treated like news agencies: ORG entity, no sentiment,
unless the article's news is about them as companies (a magazine being sold).
"""

ARTICLES = [
    dict(id="fr23-guineediversite-total-desmarest-pouyanne", lang="fr", split="dev",
         date="2014-10-22 (from the URL prefix 221014 and the facts: the Wednesday after Christophe de Margerie's death)",
         url="https://guineediversite.com/221014total-un-tandem-desmarest-pouyanne-pour-succeder-a-christophe-de-margerie/",
         text="""Total a rappelé à sa tête mercredi son ancien patron Thierry Desmarest, associé à Patrick Pouyanné comme directeur général, pour succéder à Christophe de Margerie, tué lundi en Russie dans un accident d’avion.
La décision a été prise lors d’un conseil d’administration exceptionnel de la première entreprise française par ses bénéfices, a indiqué le groupe dans un communiqué, confirmant une information dévoilée par l’AFP de source syndicale.
Thierry Desmarest, ancien mentor de Christophe de Margerie et patron de Total de 1995 à 2010, a été nommé président du groupe, alors que Patrick Pouyanné, jusqu’ici en charge de la branche Raffinage-Chimie occupera le poste de directeur général.
L’an prochain, lorsque M. Desmarest sera atteint par la limite d’âge fixée chez Total à 70 ans (il les aura en décembre 2015), M. Pouyanné deviendra le PDG de Total.
Patrick Pouyanné, 51 ans, était considéré comme l’un des favoris pour succéder à Christophe de Margerie.
La famille de M. de Margerie, dont son fils Fabrice de Margerie, doit se rendre ce mercredi à Moscou pour y récupérer son corps, a indiqué à l’AFP le maire de la commune de Saint-Pair-Sur-Mer (Manche), où le patron de Total devrait être inhumé dans l’intimité.
Une cérémonie officielle devrait également avoir lieu à Paris, probablement en présence de personnalités politiques.
Le nouveau tandem sera chargé de mettre en place la nouvelle stratégie annoncée par le groupe fin septembre pour répondre aux défis importants d’une croissance moindre de sa production d’hydrocarbures, d’une crise persistante du raffinage en Europe et des retards pris dans le développement de certains projets.""",
         ents="""ORG: Total | AFP | Raffinage-Chimie
PER: Thierry Desmarest | Desmarest | Patrick Pouyanné | Pouyanné | Christophe de Margerie | de Margerie | Fabrice de Margerie
LOC: Russie | Moscou | Saint-Pair-Sur-Mer | Manche | Paris | Europe""",
         sentiments={"Total": "neutral"},
         events=["leadership_change"]),

    dict(id="fr23-24heures-bollore-alibaba-partenariat", lang="fr", split="dev",
         date="2018-07-02 (approx., from the page's 'date 2018-07' and 'lundi': the Monday the partnership was announced)",
         url="https://www.24heures.ch/economie/Big-data-partenariat-entre-Bollore-et-Alibaba-/story/28456133",
         text=""" date 2018-07 Le géant chinois du commerce en ligne Alibaba et le groupe diversifié français Bolloré ont annoncé lundi un «partenariat mondial» pour «développer des projets communs» et «explorer de nouvelles opportunités commerciales».

Dans le cadre de cet accord, Alibaba Cloud, la branche d'informatique dématérialisée du géant chinois, fournira à Bolloré «des services de cloud , de big data , d'intelligence artificielle, de réseaux de diffusion de contenus et de solutions de contenus», ont précisé les deux groupes dans un communiqué commun.

Par ailleurs, Alibaba et Bolloré vont étudier des possibilités de coopération dans les domaines du bus et de la voiture électrique, de l'autopartage et de la batterie électrique, domaines dans lesquels Bolloré a massivement investi, même s'il vient de subir un revers avec la résiliation du contrat Autolib', sa vitrine en région parisienne.

Il s'agira notamment «d'explorer» des «possibilités de co-développement de solutions internet pour les voitures et bus électriques», selon le texte. Par ailleurs, les groupes chinois et français «étudieront la faisabilité» d'utiliser les batteries lithium métal polymère (LMP) de Bolloré dans les centres de données d'Alibaba.

Enfin, Bolloré Logistics et Cainiao Smart Logistics Network (l'activité logistique d'Alibaba) étudieront également «les opportunités de coopération entre leurs capacités, leurs hubs et leurs réseaux logistiques en Asie, au Moyen-Orient en Afrique et en Europe».

«Nous sommes impatients de travailler avec Alibaba et ses filiales pour développer des activités dans nos marchés respectifs et joindre nos forces dans les autres parties du monde», a déclaré Cyrille Bolloré, directeur général de Bolloré Transport et Logistics, cité dans le communiqué.""",
         ents="""ORG: Alibaba | Bolloré | Alibaba Cloud | Bolloré Logistics | Cainiao Smart Logistics Network | Bolloré Transport et Logistics
PER: Cyrille Bolloré
LOC: Asie | Moyen-Orient | Afrique | Europe
MISC: Autolib'""",
         sentiments={"Alibaba": "positive", "Bolloré": "positive", "Alibaba Cloud": "positive",
                     "Bolloré Logistics": "positive", "Cainiao Smart Logistics Network": "positive",
                     "Bolloré Transport et Logistics": "neutral"},
         events=["partnership"]),

    dict(id="fr23-rtlbe-alstom-metro-singapour", lang="fr", split="dev", date="2018-04 (from the page)",
         url="https://www.rtl.be/info/monde/economie/alstom-contrat-pour-69-voitures-pour-le-metro-de-singapour-1017709.aspx",
         text=""" date 2018-04 Le constructeur français Alstom a annoncé lundi avoir signé un contrat pour la fourniture de 69 voitures de métro à Singapour pour un montant de 150 millions d'euros.

Le contrat conclu avec la Land Transport Authority (LTA) de Singapour porte sur la fourniture de "six trains Metropolis supplémentaires (36 voitures de métro) et 11 trains Metropolis supplémentaires (33 voitures de métro) pour des extensions de la North East Line (NEL) et la Circle Line (CCL) respectivement", selon un communiqué du constructeur.

Les 69 voitures seront fabriquées sur le site Alstom de Barcelone, précise le groupe.

"Metropolis", qui existe en mode automatique ou avec conducteur, est la solution de métro d'Alstom. Depuis 1998, 25 villes à travers le monde ont commandé 5.500 voitures Metropolis, précise Altom.

Alstom a déjà livré à Singapour plus de 100 rames Metropolis (soit 450 voitures de métro), qui circulent sur la Circle Line longue de 35,5 km et la North East Line longue de 20 km, ajoute le groupe.

Sur l'exercice 2016/2017, l’entreprise a réalisé un chiffre d’affaires de 7,3 milliards d'euros et a enregistré pour 10 milliards d’euros de commandes.

Alstom, qui conçoit des systèmes, équipements et services pour le secteur du transport, est présent dans plus de 60 pays et emploie 32.800 collaborateurs.""",
         ents="""ORG: Alstom | Altom | Land Transport Authority | LTA
LOC: Singapour | Barcelone | North East Line | NEL | Circle Line | CCL
MISC: Metropolis""",
         sentiments={"Alstom": "positive"},
         events=["partnership"]),

    dict(id="fr23-ledevoir-canada-goose-chine", lang="fr", split="dev", date="2018-06 (from the page)",
         url="https://www.ledevoir.com/economie/529296/canada-goose-en-chine?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+fluxdudevoir+%28Le+fil+de+presse+du+Devoir%29",
         text=""" date 2018-06 Toronto — Canada Goose s’envole vers la Chine, où le fabricant de parkas haut de gamme a l’intention d’exploiter deux magasins, d’établir un partenariat avec Alibaba dans le commerce électronique et d’ouvrir un siège social régional, à Shanghai. Le président et chef de la direction de Canada Goose, Dani Reiss, a expliqué que l’entreprise prenait de l’expansion dans le pays parce qu’elle observe depuis des années une demande de la part des consommateurs chinois. Les magasins de briques et mortier ouvriront leurs portes à Pékin et à Hong Kong. Canada Goose possède déjà des magasins phares à Toronto, Calgary, New York, Londres, Tokyo, Chicago et Boston.""",
         ents="""ORG: Canada Goose | Alibaba
PER: Dani Reiss
LOC: Toronto | Chine | Shanghai | Pékin | Hong Kong | Calgary | New York | Londres | Tokyo | Chicago | Boston""",
         sentiments={"Canada Goose": "positive", "Alibaba": "neutral"},
         events=["expansion", "partnership"]),

    dict(id="fr23-procedurecollective-sourdillon-redressement", lang="fr", split="dev",
         date="2022-10-25 (approx., from the text: 'mardi 25 octobre', a Tuesday in 2022)",
         url="https://www.procedurecollective.fr/nieuws/22378/indre-et-loire-lentreprise-sourdillon-en-redressement-judiciaire.aspx",
         text="""On est payés à rester chez nous , soupire, au téléphone, Frédéric Lombardo, trésorier du comité social et économique (CSE) de Sourdillon.
À l’arrêt depuis plus d’un mois, l’entreprise a été placée en procédure de redressement judiciaire par le tribunal de commerce de Tours mardi 25 octobre.
Les passifs de l’entreprise ont donc été gelés. Une période d’observation de six mois est lancée, renouvelable une fois, pour au choix : trouver un repreneur, un nouvel investisseur ou mettre au point un plan de redressement.""",
         ents="""ORG: Sourdillon | tribunal de commerce de Tours
PER: Frédéric Lombardo""",
         sentiments={"Sourdillon": "negative"},
         events=["bankruptcy"]),

    dict(id="fr23-arcinfo-gm-greve-uaw", lang="fr", split="dev",
         date="2019-09-16 (approx., from the facts: the first UAW strike at General Motors in twelve years, September 2019)",
         url="https://www.arcinfo.ch/economie/appel-a-la-greve-pour-46-000-ouvriers-867201",
         text="""Pour la première fois depuis douze ans, les 31 usines nord-américaines de General Motors (GM) sont touchées par une grève. Après plusieurs semaines de négociations, visant à renouveler, pour quatre ans, le contrat de travail de 46 000 ouvriers employés à l’heure, l’United Auto Workers (UAW) tente de bloquer la production du premier constructeur américain. Le conflit coûte, avant impôts, environ 50 millions de dollars par jour à GM en production perdue.
Le syndicat demande à ses membres employés sur les chaînes de Ford et Fiat Chrysler de continuer de travailler, en dépit de ...""",
         ents="""ORG: General Motors | GM | United Auto Workers | UAW | Ford | Fiat Chrysler""",
         sentiments={"General Motors": "negative", "Ford": "neutral", "Fiat Chrysler": "neutral"},
         events=[]),

    dict(id="fr23-agefi-air-india-airbus-boeing", lang="fr", split="dev", date="2023-03 (from the page)",
         url="https://www.agefi.fr/news/entreprises/airbus-et-boeing-tirent-parti-dune-commande-record-dair-india",
         text=""" date 2023-03 Air India a passé une commande historique de 470 avions auprès d’Airbus et Boeing, dont 250 pour l’avionneur européen et 220 pour son rival américain. La compagnie aérienne indienne dépasse ainsi en volume la commande de 460 appareils passée en 2011 par American Airlines. Le transporteur frappe fort afin de moderniser sa flotte et de récupérer une partie du trafic perdu, notamment au profit de ses rivaux du Golfe, dont Qatar Airways et Emirates. Il a également annoncé mardi la signature d’un contrat record portant sur plus de 800 moteurs Leap avec CFM International, coentreprise de GE Aviation et Safran.""",
         ents="""ORG: Air India | Airbus | Boeing | American Airlines | Qatar Airways | Emirates | CFM International | GE Aviation | Safran
LOC: Golfe
MISC: Leap""",
         sentiments={"Air India": "positive", "Airbus": "positive", "Boeing": "positive", "American Airlines": "neutral",
                     "Qatar Airways": "neutral", "Emirates": "neutral", "CFM International": "positive",
                     "GE Aviation": "neutral", "Safran": "neutral"},
         events=["partnership"]),

    dict(id="fr23-lsaconso-henkel-fermeture-sites", lang="fr", split="dev",
         date="2008-11 (approx., from the facts: Henkel's European works council announcement of Friday 21 November 2008)",
         url="https://www.lsa-conso.fr/henkel-prevoit-la-fermeture-de-deux-sites-francais,101914",
         text="""Henkel prévoit la fermeture de deux sites français

|

Le lessivier allemand a annoncé vendredi un important plan de restructuration qui comprend la fermeture de cinq sites de production en Europe, dont deux en France, à Cosne-sur-Loire et Châlons-en-Champagne. Soit la suppression de 226 postes. Ces fermetures auront pour conséquence la restructuration de deux autres sites support : Villefranche-sur-Saône et Serris où respectivement 12 et 13 postes doivent être également supprimés. Selon la direction de la communication du groupe, les deux fermetures ne sont pas liées. La première usine qui fabrique des traitements anticorrosion pour automobiles est touchée par le ralentissement des ventes de voitures. Tandis que la seconde concerne le marché des colles industrielles.

Testez LeMoniteur.fr en mode abonné. Gratuit et sans engagement pendant 15 jours.

Toutes les actus de la consommation et de la distribution

je m’inscris à la newsletter""",
         boiler=["|", "Testez LeMoniteur.fr en mode abonné. Gratuit et sans engagement pendant 15 jours.",
                 "Toutes les actus de la consommation et de la distribution", "je m’inscris à la newsletter"],
         ents="""ORG: Henkel
LOC: Europe | France | Cosne-sur-Loire | Châlons-en-Champagne | Villefranche-sur-Saône | Serris""",
         sentiments={"Henkel": "negative"},
         events=["layoffs"]),

    dict(id="fr23-maddyness-azur-drones-dawex-levees", lang="fr", split="dev", date="2019-05-24 (from the URL)",
         url="https://www.maddyness.com/2019/05/24/maddymoney-azur-drones-dawex-kard-24-mai-2019/",
         text="""L’écosystème est en ébullition… mais pas de quoi chauffer les investisseurs ! Avec 19 opérations, la semaine passée confirme que les startups françaises font l’objet de toutes les attentions des financiers, grands groupes comme VCs. Mais après un premier trimestre qui a aligné les méga-levées, ces derniers ont semble-t-il décidé de réduire le débit du robinet à financements. Ainsi, seuls 34,7 millions d’euros ont été rassemblé cette semaine, avec un tout petit ticket médian à 1,4 million d’euros. De quoi réjouir les jeunes pousses en phase d’amorçage : avec huit opérations inférieures ou égales à 1 million d’euros, l’investissement en seed continue d’être particulièrement dynamique. Au contraire des gros tickets qui se sont faits plus rares cette semaine : aucune entreprise n’a passé le cap des 10 millions d’euros levés et seules quatre ont égalé ou dépassé les 3 millions.
C’est le cas d’Azur Drones, qui a rassemblé pas moins de 9 millions d’euros auprès d’un mystérieux investisseur privé. Avec une vingtaine de millions d’euros engrangés en trois ans à peine, la startup fait un pied de nez à ceux qui s’impatientent du développement des drones – et des services associés. Cette nouvelle opération doit permettre à l’entreprise de poursuivre l’industrialisation du drone autonome Skeyetech et d’accélérer l’abordage de marchés étrangers.
La Martech lyonnaise Dawex se place deuxième avec une levée de 5 millions d’euros auprès d’un pool d’investisseurs de prestige : Amadeus, Itochu Corporation, Bouygues Construction, la Banque des Territoires ainsi qu’un investisseur privé. Une belle opération pour cette Bourse d’échange de données qui connaît un succès tout en discrétion. La jeune pousse a elle aussi des envies d’ailleurs, lorgnant notamment sur l’Asie et le Moyen-Orient après s’être déjà développée aux États-Unis.""",
         ents="""ORG: Azur Drones | Dawex | Amadeus | Itochu Corporation | Bouygues Construction | Banque des Territoires
LOC: Asie | Moyen-Orient | États-Unis
MISC: Skeyetech""",
         sentiments={"Azur Drones": "positive", "Dawex": "positive", "Amadeus": "neutral",
                     "Itochu Corporation": "neutral", "Bouygues Construction": "neutral"},
         events=["funding"]),

    dict(id="fr23-le24heures-apple-amende-dgccrf", lang="fr", split="dev", date="2020-02-07 (from the text)",
         url="https://le24heures.fr/?p=88086",
         text="""La Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) a annoncé ce vendredi 7 février 2020 que le géant des mobiles, Apple, écoperait de 25 millions d’euros d’amendes, en France, suite au scandale des iPhone ralentis après le déploiement d’une mise à jour.
La DGCCRF a qualifié ces procédés comme « des pratiques commerciales trompeuses par omission ». Apple ne semble pas réfuter les accusations. La firme s’est résolue à payer cette somme pour fermer le dossier judiciaire et pouvoir enfin tourner la page d’une histoire qui aura entaché sa réputation.
Encore de l’obsolescence programmée ?
Être accusé de pratiquer l’obsolescence programmée, ce n’est pas la première fois qu’Apple en subit les blâmes. En janvier 2018, le parquet avait initialement ouvert une enquête préliminaire pour obsolescence programmée suite à une plainte déposée par l’association Halte à l’obsolescence programmée (HOP). Cette dernière n’aura pas totalement eu gain de cause puisque la justice a tranché qu’il s’agissait plus d’une pratique commerciale trompeuse que d’obsolescence, qui est très difficile à prouver en France. Cette fois encore l’obsolescence programmée n’a pas été retenue, mais HOP estime tout de même que cette amande est un premier pas : « une première victoire historique contre des pratiques scandaleuses du prêt-à-jeter, tant pour les consommateurs que pour l’environnement ». Il regrette, cependant, qu’un accord à l’amiable ait été passé avec Apple, privant ainsi les consommateurs d’un procès public.
A savoir qu’en 2017, Apple avait admis brider volontairement certains modèles d’iPhone afin d’éviter une dégradation trop rapide de la batterie, un argument qui n’avait pas convaincu grand monde. Néanmoins la stratégie de l’aveu est payante et ne se répercute pas sur les ventes de la firme américaine.""",
         ents="""ORG: Direction générale de la concurrence, de la consommation et de la répression des fraudes | DGCCRF | Apple | Halte à l’obsolescence programmée | HOP
LOC: France
MISC: iPhone""",
         sentiments={"Apple": "negative"},
         events=["legal"]),

    dict(id="fr23-themedialeader-vivendi-lagardere-concurrence", lang="fr", split="dev",
         date="2023-06 (approx., from the facts: EU clearance of Vivendi's takeover of Lagardère announced the year before, remedies Editis and Gala)",
         url="https://fr.themedialeader.com/les-autorites-de-la-concurrence-sont-pretes-a-autoriser-loperation-entre-vivendi-et-lagardere-selon-reuters",
         text="""Les autorités de la concurrence sont prêtes à autoriser l’opération entre Vivendi et Lagardère, selon Reuters
Les autorités de la concurrence de l’UE seraient sur le point d’approuver l’acquisition de Lagardère par Vivendi, après que le conglomérat français des médias a accepté de vendre le groupe d’édition Editis et le magazine people Gala pour répondre à des problèmes de concurrence.
Vivendi, contrôlé par le milliardaire Vincent Bolloré, a annoncé l’an dernier l’opération qui lui donnerait le contrôle des publications hebdomadaires phares de Lagardère, le Journal du Dimanche (JDD) et Paris Match.
À lire plus tard
Vous devez être inscrit pour ajouter cet article à votre liste de lecture
S'inscrire Déjà inscrit ? Connectez-vous""",
         boiler=["À lire plus tard", "Vous devez être inscrit pour ajouter cet article à votre liste de lecture",
                 "S'inscrire Déjà inscrit ? Connectez-vous"],
         ents="""ORG: Vivendi | Lagardère | Reuters | UE | Editis | Gala | Journal du Dimanche | JDD | Paris Match
PER: Vincent Bolloré""",
         sentiments={"Vivendi": "positive", "Lagardère": "neutral", "Editis": "neutral", "Gala": "neutral",
                     "Journal du Dimanche": "neutral", "Paris Match": "neutral"},
         events=["acquisition", "legal"]),

    dict(id="fr23-lediligent-samsung-galaxy-fold-lancement", lang="fr", split="dev", date="2019-09-05 (from the URL)",
         url="http://www.lediligent.com/2019/09/05/le-samsung-galaxy-fold-est-lance-vendredi-6-septembre-en-coree-et-le-18-en-europe/",
         text="""Le Samsung Galaxy Fold est lancé vendredi 6 septembre en Corée et le 18 en Europe

Samsung Electronics annonce que son Galaxy Fold, le premier d’une nouvelle catégorie d’ordiphones – ceux qui sont pliables – sera disponible le 6 septembre en Corée du Sud.

Le téléphone peut s’ouvrir en deux, ce qui laisse apparaître un écran interne de 7,3 pouces de diagonale (18,5 cm), deux fois plus grand que l’écran externe. L’intérêt d’un téléphone pliable serait ainsi de pouvoir remplacer une tablette.

Son ambition est de transformer la façon dont on capture, édite et partage des contenus mobiles, avec une interface graphique entièrement revue pour tirer parti des deux écrans.

Les visiteurs du salon IFA à Berlin pourront le voir dès le 6 septembre. L’appareil ne sera en revanche commercialisé en Allemagne, France, Royaume-Uni et Singapour que le 18 septembre.

Le lancement aux États-Unis est prévu « dans les prochaines semaines. »

À l’origine, cet appareil devait être commercialisé en avril. Toutefois, les ordiphones envoyés aux influenceurs sociaux ont montré des vices de fabrication, et un écran pliable qui se détruisait en un jour.

Samsung a alors préféré revoir la conception du Fold pour le rendre plus solide, et la concurrence, Huawei, en a également profité pour reporter la commercialisation de son téléphone pliable, le Mate X.

Les prix attendus sont stratosphériques (à partir de 2 299 €, ce qui réduira la clientèle potentielle du Galaxy Fold aux riches enthousiastes). Pour mieux faire passer la pilule, Samsung annonce que le Galaxy Fold bénéficiera d’un service client exclusif.

On peut craindre que l’autonomie de l’appareil sera limitée, surtout pour les clients qui utiliseront souvent l’écran déplié.

Dans certains pays, une version 5G sera commercialisée.""",
         ents="""ORG: Samsung Electronics | Samsung | Huawei
LOC: Corée | Corée du Sud | Europe | Berlin | Allemagne | France | Royaume-Uni | Singapour | États-Unis
MISC: Samsung Galaxy Fold | Galaxy Fold | Fold | IFA | Mate X""",
         sentiments={"Samsung": "mixed", "Huawei": "neutral"},
         events=["product_launch"]),

    dict(id="fr23-busetcar-transavia-nouvelles-destinations", lang="fr", split="dev",
         date="2014 (from the URL; early 2014 from the text: summer schedule starting 'en avril prochain')",
         url="https://busetcar.com/archives/2014/transavia-ouvre-a-partir-davril-17-nouvelles-destinations-pour-cet-ete-619522.php",
         text="""La compagnie aérienne à bas coût Transavia propose 17 nouveautés à son plan de vol estival, au départ d'Orly et de Nantes, Lyon, Lille et Strasbourg, de Porto aussi.
Transavia, filiale à bas coût du groupe Air France - KLM, a ajouté 17 nouvelles destinations à son plan de vol de l'été qui débute en avril prochain. Ces nouvelles rotations au départ de Paris-Orly Sud, Nantes, Lyon, Lille et Strasbourg portent à 70 le nombre de lignes au départ des aéroports français. A l'étranger s'ajoute un vol vers Funchal, dans l'île portugaise de Madère, mais au départ de Porto, aéroport que Transavia dessert depuis Lyon, Nantes et Orly.
L'aéroport du sud parisien se taille la part du lion dans les liaisons estivales nouvelles : neuf sur les 39 assurées par Transavia depuis le terminal d'Orly Sud. Ce plan de vol estival attaque directement d'autres compagnies low cost. Les nouvelles villes desservies sont les suivantes : Barcelone et Malaga en Espagne, Faro, au sud du Portugal, Pise en Toscane, Budapest et Prague en Europe centrale, Athènes, Istanbul et Tel Aviv dans la partie orientale de la Méditerranée.
Les destinations méditerranéennes sont privilégiées au départ de Nantes. Malte, Athènes et Santorin portant à 15 le nombre de liaisons avec l'étranger assurées par Transavia depuis l'aéroport Nantes-Atlantique. Les vols sont plus éclatés au départ de Lyon, avec trois nouveautés : Porto, Athènes et Funchal, ce qui porte à neuf le nombre de liaisons effectuées depuis l'aéroport Saint-Exupery. Djerba s'ajoute aux quatre autres destinations ouvertes par Transavia depuis Lille. La compagnie ouvre cet été également un Strasbourg-Marrakech.""",
         ents="""ORG: Transavia | Air France - KLM
LOC: Orly | Nantes | Lyon | Lille | Strasbourg | Porto | Paris-Orly Sud | Funchal | Madère | Orly Sud | Barcelone | Malaga | Espagne | Faro | Portugal | Pise | Toscane | Budapest | Prague | Europe centrale | Athènes | Istanbul | Tel Aviv | Méditerranée | Malte | Santorin | Nantes-Atlantique | Saint-Exupery | Djerba | Marrakech""",
         sentiments={"Transavia": "positive", "Air France - KLM": "neutral"},
         events=["expansion"]),

    dict(id="fr23-abcbourse-orange-business-decision", lang="fr", split="dev", date="2017-10-26 (from the page)",
         url="https://www.abcbourse.com/marches/orange-acquisition-de-business-amp-decision-signee_415033",
         text="""OK
Accueil > Marchés > Cotation Orange > Actus Orange

Orange: acquisition de Business & Decision signée.


Actualité publiée le 26/10/17 09:24
(CercleFinance.com) - Orange annonce la signature du contrat d'acquisition de 63,98% du capital de Business & Decision afin d'accélérer la croissance d'Orange Business Services dans la Data, conformément au projet annoncé le 18 mai dernier.

L'acquisition du bloc majoritaire serait réalisée en numéraire sur la base d'un prix maximum de 7,93 euros par action, soit une prime de 34% par rapport à la moyenne des cours de 12 derniers mois précédant l'annonce d'entrée en négociations exclusives.

A l'issue de l'acquisition du bloc majoritaire, l'opérateur télécoms déposera un projet d'offre publique d'achat simplifiée portant sur la totalité des actions Business & Decision qu'elle ne détiendrait pas, à 7,93 euros par action.

Copyright © 2017 CercleFinance.com. Tous droits réservés.

Vous avez aimé cet article ? Partagez-le avec vos amis avec les boutons ci-dessous.

Twitter Facebook Linkedin email

Soyez le premier à réagir à cet article

Pour poster un commentaire, merci de vous identifier.

U2AVEJHK7Ln9CqfyFbVWh04Fj4F5EhJk1uvJ9BDczcgsd6zpMsKuEHxr0JoRchJP
logiciel chart 365 Suivez les marchés avec des outils de pros !

Chart365 par ABC Bourse, est une application pour suivre les marchés et vos valeurs favorites dans un environnement pensé pour vous.""",
         boiler=["OK", "Accueil > Marchés > Cotation Orange > Actus Orange", "Actualité publiée le 26/10/17 09:24",
                 "Copyright © 2017 CercleFinance.com. Tous droits réservés.",
                 "Vous avez aimé cet article ? Partagez-le avec vos amis avec les boutons ci-dessous.",
                 "Twitter Facebook Linkedin email", "Soyez le premier à réagir à cet article",
                 "Pour poster un commentaire, merci de vous identifier.",
                 "U2AVEJHK7Ln9CqfyFbVWh04Fj4F5EhJk1uvJ9BDczcgsd6zpMsKuEHxr0JoRchJP",
                 "logiciel chart 365 Suivez les marchés avec des outils de pros !",
                 "Chart365 par ABC Bourse, est une application pour suivre les marchés et vos valeurs favorites dans un environnement pensé pour vous."],
         ents="""ORG: Orange | Business & Decision | Orange Business Services | CercleFinance.com""",
         sentiments={"Orange": "positive", "Business & Decision": "positive", "Orange Business Services": "neutral"},
         events=["acquisition"]),

    dict(id="fr23-lesaffaires-facebook-action-resultats", lang="fr", split="dev", date="2013-07-24 (from the page)",
         url="https://www.lesaffaires.com/techno/technologies-et-telecommunications/l-action-de-facebook-en-feu-apres-ses-resultats/559938",
         text="""L'action de Facebook en feu après ses résultats

Publié le 24/07/2013 à 17:01, mis à jour le 11/10/2013 à 16:27

L'action de Facebook en feu après ses résultats

Publié le 24/07/2013 à 17:01, mis à jour le 11/10/2013 à 16:27

Facebook

Facebook a profité d'une hausse de ses revenus publicitaires grâce aux accès mobiles à son site. Photo: Bloomberg.

L'action du plus important réseau social du monde, Facebook, bondit de plus de 25% à l'ouverture officielle des Bourses jeudi, après que la société dirigée par Mark Zuckerberg a dévoilé des résultats supérieurs aux prévisions à son deuxième trimestre.

Vers 9h30, l'action de la société californienne grimpe de 25,8% ou 6,84$ US à 33,35$ US.

Facebook a ravi Wall Street avec des résultats meilleurs que prévu pour le deuxième trimestre, où il a profité d'une nouvelle accélération de ses revenus publicitaires lors des accès mobiles à son site.

Le groupe américain a dégagé un bénéfice net de 331 M$ US, contre une perte de 157 M$ US un an plus tôt. Et il a indiqué que 41% de ses recettes publicitaires venaient du mobile, contre seulement 30% au trimestre précédent et rien du tout il y a un peu plus d'un an.

Le chiffre d'affaires total du groupe a bondi de 53% sur un an à 1,8 G$ US, tandis que les analystes visaient en moyenne seulement 1,6 G$ US.

Le bénéfice ajusté par action, qui sert de référence pour les entreprises américaines, a pour sa part dépassé de 5 cents les attentes à 0,19$ US.

«Notre travail pour faire du mobile le meilleur moyen d'accès à Facebook donne de bons résultats, et nous fournit des bases solides pour l'avenir», a commenté le PDG du groupe, Mark Zuckerberg, cité dans le communiqué.

Les réactions initiales des analystes sont positives. Ceux-ci devraient donc relever leurs prévisions de profit et dans certains cas leurs cours-cible dans leurs rapports publiés jeudi.

À la une

Donnez de la valeur aux personnes très grosses""",
         boiler=["Publié le 24/07/2013 à 17:01, mis à jour le 11/10/2013 à 16:27", "Facebook",
                 "Facebook a profité d'une hausse de ses revenus publicitaires grâce aux accès mobiles à son site. Photo: Bloomberg.",
                 "À la une", "Donnez de la valeur aux personnes très grosses"],
         ents="""ORG: Facebook
PER: Mark Zuckerberg
LOC: Wall Street""",
         sentiments={"Facebook": "positive"},
         events=["earnings"]),

    dict(id="fr23-boursier-estee-lauder-warning", lang="fr", split="dev",
         date="2023-05-03 (approx., from the facts: the Wednesday of Estée Lauder's third guidance cut for the year to June 2023)",
         url="https://www.boursier.com/actions/actualites/news/estee-lauder-chute-historique-apres-un-nouveau-warning-900474.html",
         text="""(Boursier.com) — Estée Lauder s'effondre de plus de 21% à l'ouverture de Wall Street, un plongeon historique pour le géant new-yorkais des produits de beauté ! Il faut dire que le management a abaissé ses prévisions pour la troisième fois en six mois, car les voyages reprennent plus lentement que prévu en Chine, entravant la croissance d'un marché qui représente environ un tiers des revenus de l'entreprise.

Le détaillant s'attend désormais à une baisse de ses ventes annuelles d'environ 10 à 12% pour l'exercice se terminant en juin, pire que ses prévisions précédentes d'un recul de 5 à 7%. Le retour progressif et incohérent des achats de voyages en Asie provoque "des vents contraires nettement plus importants" que prévu il y a quelques mois à peine, a déclaré mercredi le directeur général Fabrizio Freda.

En excluant certains éléments exceptionnels, le bpa devrait se situer entre 3,29$ et 3,39$ sur l'ensemble de l'exercice, bien en deçà des 4,97$ attendus par les analystes. La société avait déjà abaissé ses prévisions à deux reprises en raison de la faiblesse persistante de l'activité en Chine.""",
         ents="""ORG: Boursier.com | Estée Lauder
PER: Fabrizio Freda
LOC: Wall Street | Chine | Asie""",
         sentiments={"Estée Lauder": "negative"},
         events=["earnings"]),

    dict(id="fr23-tl7-intermarche-magasins-casino-concurrence", lang="fr", split="dev",
         date="2024-01 (approx., from the facts: the Autorité de la concurrence's decision on Intermarché's purchase of 61 Casino stores)",
         url="https://tl7.fr/actualites-loire/economie/economie_3/intermarche-contraint-de-revendre-des-magasins-achetes-a-casino_8581.html",
         text="""Les 2 groupes de distribution avaient annoncé début octobre la cession de 61 magasins, évoquant "une valeur d'entreprise de 209 millions d'euros y compris les stations-service". 44 ont ouvert en octobre sous enseigne Intermarché et 14 sous enseigne de son discounter Netto. Jeudi, l'Autorité de la concurrence indique qu'"après examen attentif de l'opération de rachat, elle a autorisé le rachat des magasins cibles sous réserve d'engagements présentés par Intermarché incluant la cession de trois magasins". Elle estime ainsi que "l'opération risquait d'entraver la concurrence dans les zones de chalandise entourant les magasins cibles situés à Lons-le-Saunier (39), à Plouaret (22) et à Vals-près-le-Puy (43)".
ZF avec AFP""",
         boiler=["ZF avec AFP"],
         ents="""ORG: Intermarché | Netto | Autorité de la concurrence
LOC: Lons-le-Saunier | Plouaret | Vals-près-le-Puy""",
         sentiments={"Intermarché": "mixed", "Netto": "neutral"},
         events=["legal", "acquisition"]),

    dict(id="fr23-investir-manitou-note-oddo", lang="fr", split="dev",
         date="2010-10-08 (approx., from the text: Friday 8 October, NYSE-Euronext era)",
         url="https://investir.lesechos.fr/actu-des-valeurs/la-vie-des-actions/bourse-manitou-grimpe-apres-une-note-positive-doddo-1618647",
         text="""Bourse - Manitou grimpe après une note positive d'Oddo
Par Reuters
PARIS, 8 octobre (Reuters) - L'action Manitou signe l'une des plus fortes hausses de l'indice CAC Mid and Small 190 vendredi à la Bourse de Paris après un relèvement de recommandation d'Oddo Securities.
Le broker est passé à "accumuler" contre "alléger" et a relevé son objectif de cours à 15 euros contre 10 euros à l'issue d'une visite privée de la société.
Vers 10h10, le titre du fabricant du matériel de manutention grimpait de 5% à 12,81 euros dans un volume de près de cinq fois supérieur à la moyenne quotidienne d'échanges sur NYSE-Euronext Paris.
Dans une note de recherche, Oddo indique que cette visite a permis "d'acter la fin d'une situation de crise" chez Manitou. Le bureau d'analyse souligne également que la société dispose "d'une structure financière redevenue saine" et qu'elle bénéficie "d'une absence de signe de rechute de la demande, d'axes d'amélioration encore significatifs et de risques fournisseurs sous contrôle."
(Florent Le Quintrec, édité par Matthias Blamont)""",
         boiler=["Par Reuters", "(Florent Le Quintrec, édité par Matthias Blamont)"],
         ents="""ORG: Manitou | Oddo Securities | Oddo | Reuters | Bourse de Paris | NYSE-Euronext Paris
LOC: PARIS
MISC: CAC Mid and Small 190""",
         sentiments={"Manitou": "positive", "Oddo Securities": "neutral"},
         events=[]),

    dict(id="fr23-lalibre-renault-perte-historique-2020", lang="fr", split="dev",
         date="2021-02-19 (approx., from the text and the copyright year: the Friday Renault's 2020 results were published)",
         url="https://www.lalibre.be/dernieres-depeches/belga/renault-enregistre-une-perte-historique-de-8-milliards-d-euros-en-2020-602f66b27b50a62acf11cf41",
         text="""Renault enregistre une perte historique de 8 milliards d'euros en 2020

Le constructeur automobile français Renault a enregistré une perte historique de 8 milliards d'euros au cours d'une année 2020 marquée par la crise du coronavirus, a-t-il annoncé vendredi dans un communiqué.Le groupe a limité la casse au second semestre avec un chiffre d'affaires en recul de seulement 8,9% et 660 millions d'euros de perte nette. Mais ses chiffres annuels restent plombés par des ventes en recul de -21,3% et les résultats de son partenaire japonais Nissan. (Belga)

© 2021 Belga. Tous droits de reproduction et de représentation réservés. Toutes les informations reproduites dans cette rubrique (dépêches, photos, logos) sont protégées par des droits de propriété intellectuelle détenus par Belga. Par conséquent, aucune de ces informations ne peut être reproduite, modifiée, rediffusée, traduite, exploitée commercialement ou réutilisée de quelque manière que ce soit sans l'accord préalable écrit de Belga.""",
         boiler=["© 2021 Belga. Tous droits de reproduction et de représentation réservés. Toutes les informations reproduites dans cette rubrique (dépêches, photos, logos) sont protégées par des droits de propriété intellectuelle détenus par Belga. Par conséquent, aucune de ces informations ne peut être reproduite, modifiée, rediffusée, traduite, exploitée commercialement ou réutilisée de quelque manière que ce soit sans l'accord préalable écrit de Belga."],
         ents="""ORG: Renault | Nissan | Belga""",
         sentiments={"Renault": "negative", "Nissan": "negative"},
         events=["earnings"]),

    dict(id="fr23-letemps-lvmh-premier-trimestre-2021", lang="fr", split="dev",
         date="2021-04-13 (approx., from the text: LVMH's first-quarter 2021 sales, presented on a Tuesday)",
         url="https://www.letemps.ch/economie/lvmh-demarre-lannee-forte-croissance",
         text="""LVMH remonte la pente. Le groupe français, numéro un mondial du luxe, a présenté mardi ses résultats pour le premier trimestre 2021. Avec un chiffre d’affaires de 14 milliards d’euros (15,4 milliards de francs), il affiche une croissance organique de 30% par rapport à la même période de l’an dernier, et de 8% par rapport à 2019, après plusieurs trimestres de repli lié à la pandémie. Un résultat supérieur aux consensus compilés par les agences Bloomberg et FactSet, qui tablaient respectivement sur des ventes de 14 et 13,7 milliards de francs.""",
         ents="""ORG: LVMH | Bloomberg | FactSet""",
         sentiments={"LVMH": "positive", "FactSet": "neutral"},
         events=["earnings"]),
]
