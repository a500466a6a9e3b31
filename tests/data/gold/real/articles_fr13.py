"""French real business articles for the fourth held-out set (``split="heldout4"``): industry, energy,
auto, aerospace, transport, construction, chemicals, agriculture.

Stored page text as delivered (see make_real.py for the format and the annotation rules), annotated by
hand before any system ran on them. Held out: never tuned on, never run through the system except for
the aggregate measure, errors never listed.
"""

ARTICLES = [
    dict(id="fr13-objectifaquitaine-autoliv-plan-social", lang="fr", split="heldout4",
         date="2023-11-07 (from the URL)",
         url="https://objectifaquitaine.latribune.fr/business/2023-11-07/automobile-178-postes-menaces-chez-le-fabricant-de-volants-autoliv-pres-de-poitiers-982575.html",
         text=""" date 2023-11 « Le couperet est tombé »: l'équipementier automobile suédo-américain Autoliv a annoncé la suppression de 320 postes en France, dont 178 dans la Vienne, où les représentants du personnel ont entamé, lundi 6 novembre, les négociations du plan social avec la direction. À Chiré-en-Montreuil, à une vingtaine de km au nord-ouest de Poitiers, les 248 salariés de l'usine Autoliv IsoDelta, spécialisée dans la fabrication de volants de voitures, « sont dégoûtés », a déclaré à l'AFP le délégué syndical CFDT Dominique Poireau.

La raison invoquée par l'entreprise pour justifier son plan ? Un marché automobile restreint en Europe depuis la pandémie de Covid-19, selon un communiqué chiffrant à 320 le nombre de postes que le groupe souhaite supprimer en France, soit environ 20 % du total de ses effectifs dans l'Hexagone. « Mais on n'est pas dupes, en réalité il s'agit de promettre plus de dividendes aux actionnaires et pour y arriver, ils réduisent les charges en passant par une réduction d'effectifs », accuse Dominique Poireau. Le représentant syndical regrette un « transfert d'activités de plus en plus important en Tunisie, où une usine est déjà sortie de terre » : « Ils licencient les salariés des pays à hauts coûts de production pour faire travailler des salariés dans des pays à bas coûts ».

Les négociations avec la direction vont durer trois mois et la CFDT, syndicat majoritaire, veut tenter de « réduire au maximum le nombre de licenciements et négocier au mieux les modalités pour ceux qui seront impactés. » Avec une moyenne d'âge de presque 50 ans, « il est très difficile pour ces salariés, par ailleurs très compétents dans un domaine pointu, de se reconvertir », estime Dominique Poireau, qui déplore aussi des « dommages collatéraux » sur plusieurs PME sous-traitantes.

Les autres usines françaises d'Au""",
         ents="""ORG: Autoliv IsoDelta | Autoliv | AFP | CFDT
PER: Dominique Poireau
LOC: France | Vienne | Chiré-en-Montreuil | Poitiers | Europe | Hexagone | Tunisie""",
         sentiments={"Autoliv": "negative", "Autoliv IsoDelta": "negative"},
         events=["layoffs"]),

    dict(id="fr13-usinenouvelle-arkema-seppic", lang="fr", split="heldout4",
         date="2011 (approx., from the text: the business's 2010 sales, closing before the year's end)",
         url="https://www.usinenouvelle.com/article/arkema-reprend-une-activite-de-seppic.N1317572",
         text="""Arkema reprend une activité de Seppic
Le chimiste français poursuit sa marche en avant. Non pas en Chine cette fois-ci mais en Europe, avec la reprise de l'activité d'alcoxylats de spécialités de Seppic, la filiale d'Air Liquide. Le montant de l'opération, qui devrait être finalisée avant la fin de l'année, n'a pas été divulgué. En 2010, ces polyols de spécialités et tensioactifs alcoxylés pour les marchés industriels avaient généré un chiffre d'affaires de 47 millions d'euros. « Cette activité dispose d'une rentabilité excellente et de perspectives de croissance de 7 à 8 % », se félicite Thierry Le Hénaff, le p-dg d'Arkema. L'activité sera intégrée à la division Produits de performance, au sein de CECA, la business unit de spécialités du groupe. L'intérêt de l'acquisition est multiple. Elle permettra d'étoffer la gamme d'Arkema en tensio-actifs de spécialité, comme pour les marchés des enrobés tièdes pour la route, la détergence industrielle, ou celui du pétrole et gaz. En parallèle, ces alcoxylats offrent la possibiité de renforcer le développement de Coatex, filiale du groupe, puisqu'ils permettent de produire des additifs rhéologiques pour les peintures, ainsi que « des additifs pour bétons à très hautes performances utilisés dans des ouvrages d'arts très techniques », indique Arkema. Les 50 salariés de Seppic concernés par cette activité rejoindront les rangs d'Arkema, ainsi que le site industriel implanté à Anvers, en Belgique. CECA disposera ainsi d'un troisième site en plus de ses unités à Feuchy (Pas-de-Calais) et Châteauroux (Indre).""",
         ents="""ORG: Arkema | Seppic | Air Liquide | CECA | Coatex
PER: Thierry Le Hénaff
LOC: Chine | Europe | Anvers | Belgique | Feuchy | Pas-de-Calais | Châteauroux | Indre""",
         sentiments={"Arkema": "positive", "Seppic": "neutral", "Air Liquide": "neutral", "CECA": "positive",
                     "Coatex": "positive"},
         events=["acquisition"]),

    dict(id="fr13-energynews-engie-semestre-nucleaire", lang="fr", split="heldout4",
         date="2023-07 (approx., from the text: first-half 2023 results, agreement of 21 July)",
         url="https://energynews.pro/engie-realise-un-bon-semestre-assombri-toutefois-par-le-nucleaire-belge",
         text="""Le géant énergéticien français Engie a réalisé un premier semestre en progression, tiré par les renouvelables et ses activités de gestion de l’énergie, mais il pâtit d’une charge très lourde liée à la prolongation de deux réacteurs nucléaires en Belgique.
Son chiffre d’affaires de 47 milliards d’euros progresse de 8,9% par rapport au premier semestre 2022, et le résultat d’exploitation (Ebit) montre une progression plus forte encore, de 32,3% sur un an à 6,9 milliards d’euros.
« Au premier semestre Engie a réalisé une très bonne performance financière, portée par le développement de nos activités renouvelables et les résultats de nos activités de gestion de l’énergie dans un contexte toujours caractérisé par une forte volatilité des prix » de l’énergie, a déclaré la directrice générale du groupe Catherine MacGregor, citée dans le communiqué.
Ces performances permettent au groupe de confirmer ses objectifs annuels pour 2023, malgré un contexte de baisse des prix de l’énergie. Mais le groupe pâtit de l’effet négatif sur les comptes de ses activités nucléaires en Belgique.
Il a enregistré dans ses comptes du semestre charge exceptionnelle de 4,4 milliards liée à la gestion future des déchets nucléaires dans ce pays. Engie accuse ainsi une perte nette de 800 millions d’euros sur le semestre. Sans les éléments exceptionnels, le bénéfice net récurrent s’affiche à 4 milliards d’euros.
Au termes de longues discussions, Engie et le gouvernement belge ont signé le 21 juillet un accord portant sur la prolongation de 10 ans des réacteurs nucléaires de Tihange 3 et Doel 4, et sur les obligations liées aux déchets nucléaires.""",
         ents="""ORG: Engie
PER: Catherine MacGregor
LOC: Belgique | Tihange 3 | Doel 4""",
         sentiments={"Engie": "mixed"},
         events=["earnings"]),

    dict(id="fr13-batiweb-grand-paris-bouygues-vinci", lang="fr", split="heldout4",
         date="2017-07 (approx., from the text: awards of 3 July, earlier ones of February)",
         url="https://batiweb.com/actualites/vie-des-societes/grand-paris-express-bouygues-et-vinci-tres-largement-plebiscites-30844",
         text="""Grand Paris Express : Bouygues et Vinci très largement plébiscités
Le 3 juillet dernier, la Société du Grand Paris a en effet annoncé avoir confié le chantier relatif au tronçon entre l'Île-de-Monsieur (Sèvres) et la gare Fort d'Issy – Vanves – Clamart à un groupement piloté par Bouygues Travaux Publics, composé également de Soletanche Bachy France, Soletanche Bachy Tunnels, Bessac et Sade.
Un autre groupement piloté par Vinci Construction France (aux côtés de Dodin Campenon Bernard, Spie Batignolles TPCI, Botte Fondations, Spie Fondations et Vinci Construction Grand Projets) sera, quant à lui, chargé de réaliser les travaux de génie civil de l'avant gare et la gare de Noisy – Champs.
Trois contrats pour Bouygues, deux pour Vinci
En remportant ces deux contrats de 513 et 156 millions d'euros, Bouygues et Vinci s'imposent comme les grands gagnants de cette opération. Le premier s'était déjà illustré en mars 2016 en étant choisi pour réaliser les travaux de la gare Fort d'Issy Vanves Clamart (66 millions d'euros), puis en février dernier avec le tronçon entre Villejuif Louis-Aragon et Créteil l'Echat (807 millions d'euros).Vinci n'est pas en reste, après avoir été désigné en février dernier pour effectuer les travaux du tronçon entre Fort d'Issy-Vanves Clamart et Villejuif Louis-Aragon pour un montant de 926 millions d'euros.
« L'enchaînement des attributions de marchés de génie civil depuis le début de l'année est un signal majeur pour les carnets de commandes des entreprises et pour l'emploi », s'est félicité Philippe Yvin, président du directoire de la Société du Grand Paris. « Le Grand Paris Express est aussi un projet porteur de croissance pour les PME qui participent aux chantiers à hauteur de 20% de chaque marché ».
De toute évidence, les petites entreprises du bâtiment ne seront pas les seules à profiter de ce vaste projet...
F.C
Photo de Une : ©Fotolia""",
         boiler=["Photo de Une : ©Fotolia"],
         ents="""ORG: Bouygues | Vinci | Société du Grand Paris | Bouygues Travaux Publics | Soletanche Bachy France | Soletanche Bachy Tunnels | Bessac | Sade | Vinci Construction France | Dodin Campenon Bernard | Spie Batignolles TPCI | Botte Fondations | Spie Fondations | Vinci Construction Grand Projets
PER: Philippe Yvin
LOC: Île-de-Monsieur | Sèvres | Fort d'Issy – Vanves – Clamart | Noisy – Champs | Fort d'Issy Vanves Clamart | Villejuif Louis-Aragon | Créteil l'Echat | Fort d'Issy-Vanves Clamart
MISC: Grand Paris Express""",
         sentiments={"Bouygues": "positive", "Vinci": "positive", "Bouygues Travaux Publics": "positive",
                     "Soletanche Bachy France": "positive", "Soletanche Bachy Tunnels": "positive", "Bessac": "positive",
                     "Sade": "positive", "Vinci Construction France": "positive", "Dodin Campenon Bernard": "positive",
                     "Spie Batignolles TPCI": "positive", "Botte Fondations": "positive", "Spie Fondations": "positive",
                     "Vinci Construction Grand Projets": "positive"},
         events=["partnership"]),

    dict(id="fr13-lafranceagricole-tereos-resultats", lang="fr", split="heldout4",
         date="2022-06-09 (approx., from the text: results announced on 9 June 2022)",
         url="https://www.lafranceagricole.fr/betterave/article/769781/tereos-annonce-des-prix-au-moins-aussi-levs-que-ses-concurrents",
         text="""Après plusieurs années compliquées, le groupe coopératif Tereos renoue avec des résultats positifs. Ses dirigeants ont annoncé le 9 juin 2022 à Paris, un chiffre d’affaires en hausse de 18 % à 5,086 milliards d’euros pour son exercice clos le 31 mars 2022, un EBITDA (à peu près équivalent à l’excédent brut d’exploitation) de 682 millions d’euros, en hausse de 47 % et un résultat net positif, à 172 millions d’euros contre – 133 M€ lors du précédent exercice.

Forte dynamique commerciale

« Ces résultats encourageants ont pu être obtenus grâce à une forte dynamique commerciale, une politique de valeur plutôt que de volumes, des prix plus élevés de l’éthanol, du sucre, de meilleurs résultats pour l’amidon et ce, malgré une mauvaise année au Brésil, a précisé Ludwig de Mot, nouveau président du directoire du groupe coopératif. La dette nette du groupe recule également de 150 M€, à 2 387 M€ ».

 

Le groupe s’est aussi désengagé de plusieurs activités non stratégiques, dans l’amidon en Chine, le sucre en Roumanie et surtout le sucre au Mozambique « qui pesait de manière récurrente pour 25 M€ dans nos comptes ».

Une baisse des surfaces sous contrat de 10 %

« Ces résultats sont encourageants, a souligné Gérard Clay, président du conseil de surveillance. Nous devons les poursuivre. » Il a également précisé que la coopérative serait au rendez-vous quant à la rémunération des betteraves pour les adhérents sans en préciser cependant le montant. « Le prix de la récolte de 2022 sera au moins égal à celui de nos concurrents, a-t-il assuré. Le nombre d’adhérents de la coopérative est resté stable. Celui des surfaces sous contrat en France a par contre reculé de 10 % sur cinq ans. Dans les zones les moins compétitives, les agriculteurs ont pu être découragés par la jaunisse et les accidents climatiques. »

Un nouveau conseil d’administration

« Nou""",
         ents="""ORG: Tereos
PER: Ludwig de Mot | Gérard Clay
LOC: Paris | Brésil | Chine | Roumanie | Mozambique | France""",
         sentiments={"Tereos": "positive"},
         events=["earnings"]),

    dict(id="fr13-pharmelis-novacap-chemoxy", lang="fr", split="heldout4",
         date="2017 (approx., from the text: after the PCAS and ID Bio deals, shareholders since April 2016)",
         url="https://pharmelis.com/leader-de-laspirine-novacap-se-renforce-a-linternational",
         text="""Le chimiste lyonnais vient d’acquérir le britannique Chemoxy pour renforcer sa gamme de chimie de spécialité.
Jamais deux sans trois. Après avoir annoncé le rachat de PCAS (192 millions d’euros de chiffre d’affaires), puis celui d’ID Bio, le groupe chimique Novacap vient de signer un accord de gré à gré pour la reprise de Chemoxy avec le management actionnaire de la société britannique. Ce fabricant à façon de produits chimiques de spécialité pour le pétrole et le gaz, les arômes et parfums ou les revêtements de surface dégage un chiffre d’affaires de 42 millions de livres (48 millions d’euros) et emploie 150 personnes dans deux usines outre-Manche, à Middlesbrough et Billingham. « Les actifs de cette société et les technologies qu’elle maîtrise dans les domaines de l’acétylation et de l’époxydation, notamment, complètent notre portefeuille », indique Pierre Luzeau, président du groupe lyonnais présenté comme « l’un des leaders de la synthèse pharmaceutique et de la chimie de spécialité ». Depuis 2010, il s’est imposé comme premier producteur mondial d’aspirine et d’acide salicylique, et numéro deux européen de paracétamol et de bicarbonate de sodium. Le phénol, les solvants oxygénés, l’acide chlorhydrique et le chlorure ferrique figurent aussi dans sa large gamme de produits.
Près de 3.000 salariés
Avec le soutien de ses actionnaires majoritaires successifs, du fonds d’investissement Ardian jusqu’en avril 2016, d’Eurazeo et de Mérieux Développement depuis, Novacap s’est fortement développé en Asie, en Europe et en Amérique. Avec vingt-six sites industriels, principalement en France et en Chine, mais aussi au Canada, au Brésil ou à Singapour, où il vient de se doter d’une unité de bicarbonate de sodium. Il emploie près de 3.000 personnes pour un chiffre d’affaires consolidé de 850 millions, en intégrant la reprise de Chemoxy.
Avec cette dernière acquisition, Pierre Luzea""",
         ents="""ORG: Chemoxy | PCAS | ID Bio | Novacap | Ardian | Eurazeo | Mérieux Développement
PER: Pierre Luzeau
LOC: Middlesbrough | Billingham | Asie | Europe | Amérique | France | Chine | Canada | Brésil | Singapour""",
         sentiments={"Novacap": "positive", "Chemoxy": "neutral", "PCAS": "neutral", "ID Bio": "neutral",
                     "Ardian": "neutral", "Eurazeo": "neutral", "Mérieux Développement": "neutral"},
         events=["acquisition"]),

    dict(id="fr13-lapresse-airbus-delta-commandes", lang="fr", split="heldout4",
         date="2016-04-29 (from the URL)",
         url="https://www.lapresse.ca/affaires/economie/transports/201604/29/01-4976306-plusieurs-milliards-en-commandes-pour-airbus.php",
         text="""Le carnet de commandes d'Airbus s'est garni aujourd'hui: 37 appareils moyen-courriers A321 pour Delta Airlines d'une valeur de 4,2 milliards; 20 avions long-courrier A350-900 pour la compagnie chinoise China Eastern Airlines pour 6,1 milliards de dollars; un accord finalisé avec Philippine Airlines sur une commande de six avions A350-900 pour un montant de 1,85 milliard de dollars.

La compagnie aérienne américaine Delta Airlines a commandé à Airbus 37 appareils moyen-courriers A321 au prix catalogue de 4,2 milliards de dollars (3,7 milliards d'euros) dans le cadre du renouvellement de sa flotte, ont-ils annoncé vendredi, comme l'avait indiqué plus tôt à l'AFP une source proche du dossier.

« Cette dernière transaction vient s'ajouter aux précédentes commandes de Delta passées en 2013 et 2014 (...) de l'appareil de plus grande capacité de la famille A320 », précise Airbus dans un communiqué.

Au total la compagnie aérienne a commandé 82 appareils A321.

La dernière commande « constitue une évolution positive de notre flotte, qui nous permettra d'enregistrer un chiffre d'affaires solide, d'accélérer de manière efficiente le retrait des 116 MD-88 (McDonnell Douglas du groupe Boeing, NDLR) de la flotte de Delta et de réaliser un investissement rentable », a commenté le directeur général de Delta, Ed Bastian, cité dans le communiqué.

La société américaine travaille actuellement « au renouvellement de sa flotte de mono-couloirs avec des appareils conçus pour répondre aux besoins des passagers et offrant des coûts opérationnels moins élevés ainsi qu'une meilleure efficacité énergétique », a souligné Delta dans un communiqué séparé.

C'est la deuxième commande importante en deux jours pour la compagnie aérienne, qui a aussi acheté jeudi 75 avions CS100 au constructeur aéronautique canadien Bombardier pour une valeur de 5,6 milliards de dollars.

« La famille A320 reste la clé de voûte des compagnies aéri""",
         ents="""ORG: Airbus | Delta Airlines | Delta | China Eastern Airlines | Philippine Airlines | AFP | McDonnell Douglas | Boeing | Bombardier
PER: Ed Bastian
MISC: A321 | A350-900 | A320 | MD-88 | CS100""",
         sentiments={"Airbus": "positive", "Delta Airlines": "positive", "China Eastern Airlines": "neutral",
                     "Philippine Airlines": "neutral", "McDonnell Douglas": "neutral", "Boeing": "neutral",
                     "Bombardier": "positive"},
         events=["partnership"]),

    dict(id="fr13-caradisiac-faurecia-valeo-emplois", lang="fr", split="heldout4",
         date="2009-01 (approx., from the text: Faurecia's plan for 2009-2011, Valeo's cuts the same days)",
         url="http://www.caradisiac.com/Valeo-et-Faurecia-degraissent-severement-plus-de-2800-suppressions-d-emplois-la-R-D-touchee-28731.htm",
         text="""Ces derniers jours, les plans de suppression d'emplois se succèdent chez les équipementiers français accélérant un mouvement qui dure depuis quelques années.

Il y eut tout d'abord Faurecia qui est détenu à 72% par PSA et qui annonçait un plan social comprenant la suppression de 700 emplois en 2009 en France mais surtout un total de 1215 suppressions sur la période 2009/2011. Ces suppressions pourraient comporter des licenciements secs.

Spécialisé dans les sièges automobiles, cette branche baptisé FSA (Faurecia Sièges d'Automobiles) est encore situé en France puisque l'entreprise détient 9 usines hexagonales.

Symptomatique d'une tendance qui s'aggrave, ce ne sont pas que les secteurs de la production qui sont touchés par ce plan social mais également les ingénieurs travaillant dans le domaine sensible et primordial du R&D, la section Recherche et Développement.

Lundi, les employés du site de Brières-les-Scellés (405 emplois perdus sur 1312 salariés) en Essonne ont débrayé pour montrer leur inquiétude et pointer du doigt un état de fait qui annonce des jours sombres.

Le site de Brières dont l'activité de production a disparu l'an dernier est encore le plus touché par le plan social alors qu'il est aussi le premier pôle R&D en France. Le syndicat CFDT a exprimé sa plus vive inquiétude en expliquant que, réduire autant le potentiel de recherche (ce qui constitue une première) empêchera l'entreprise de rebondir quoi qu'il arrive et n'est donc que l'entame d'un mouvement qui amènera irrémédiablement à la fermeture et à la délocalisation de l'activité que l'on dit pourtant être la seule capable de résister à la délocalisation.

La direction dément et dit s'adapter à la conjoncture et au fait que les constructeurs français préfèrent travailler avec des équipementiers étrangers !

Aujourd'hui, c'est Valéo qui est contraint d'ajuster ses effectifs à la baisse sévère de la production automobile (de -20 à -30% et""",
         ents="""ORG: Faurecia Sièges d'Automobiles | Faurecia | PSA | FSA | CFDT | Valéo
LOC: France | Brières-les-Scellés | Essonne | Brières""",
         sentiments={"Faurecia": "negative", "Faurecia Sièges d'Automobiles": "negative", "PSA": "neutral",
                     "Valéo": "negative"},
         events=["layoffs"]),

    dict(id="fr13-corebusiness-cmacgm-meridionale", lang="fr", split="heldout4",
         date="2023-03 (approx., from the text: talks reported after Stef's January appointment; public-service renewal to 2029)",
         url="https://www.corebusiness.fr/CMA-CGM-est-en-train-de-negocier-l-acquisition-de-la-societe-La-Meridionale_a678.html",
         text="""Le regroupement de la compagnie d'armement ancrée à la base de la tour CMA CGM à Marseille signifierait un retour à l'activité de transport de passagers en mer pour ce dernier, après la vente du croisiériste de luxe Ponant en 2015.


CMA CGM est en train de négocier l'acquisition de la société La Méridionale.

CMA CGM poursuit sa stratégie d'expansion, en utilisant la croissance externe pour le faire. L'armateur est en train de pouvoir racheter la compagnie La Méridionale, qui effectue des liaisons vers la Corse et le Maroc depuis Marseille, selon une source proche de l'affaire qui a fait cette annonce mercredi. Le transporteur Stef, qui est actuellement le propriétaire de La Méridionale, est en discussion pour vendre la compagnie, qui assure des services de transport de passagers et de fret. La procédure d'information-consultation pour le comité social et économique (CSE) sera bientôt transmise à La Méridionale, qui compte 600 employés, selon la même source, confirmant une information du journal Le Marin (groupe Ouest France). Ce rachat de ces navires, qui sont amarrés à la base de la tour CMA-CGM à Marseille, marquera un retour pour l'armateur dans le transport maritime de passagers, depuis la vente du croisiériste de luxe Ponant en 2015. La Méridionale a récemment obtenu le renouvellement de sa délégation de service public sur ces liaisons avec Corsica Linea jusqu'en 2029. La maison mère Stef avait nommé en janvier un nouveau directeur général spécialisé dans les restructurations pour prendre la tête de La Méridionale. Guillaume de Feydeau a pour mission de "construire un nouveau plan stratégique, en particulier pour les lignes vers le Maroc qui ont manqué les projections", selon ce que Stef avait annoncé en janvier. Contacté par l'AFP, le groupe dirigé par Rodolphe Saadé n'a pas commenté et Stef n'a pas répondu immédiatement. Cette opération s'inscrit néanmoins dans la ligne directrice de l' offensive menée par""",
         ents="""ORG: CMA CGM | La Méridionale | Ponant | Stef | Le Marin | Ouest France | Corsica Linea | AFP
PER: Guillaume de Feydeau | Rodolphe Saadé
LOC: tour CMA CGM | tour CMA-CGM | Marseille | Corse | Maroc""",
         sentiments={"CMA CGM": "positive", "La Méridionale": "neutral", "Stef": "neutral", "Ponant": "neutral",
                     "Corsica Linea": "neutral"},
         events=["acquisition"]),

    dict(id="fr13-journalaviation-safran-reprise", lang="fr", split="heldout4",
         date="2021-10 (from the page: third-quarter 2021 sales)",
         url="https://www.journal-aviation.com/actualites/safran-confirme-le-renforcement-de-la-reprise~54054.html",
         text=""" date 2021-10 Le groupe Safran constate que la reprise est engagée. Le taux d'utilisation des moteurs de CFM International remonte, celui des CFM56 se situant mi-octobre 31% au-dessous de ses niveaux de 2019 et celui des LEAP ayant dépassé ce niveau.



En ce qui concerne les livraisons de moteurs, elles sont conformes à la trajectoire que le groupe a fixée : les livraisons de CFM56 sont en baisse au troisième trimestre (30 contre 39 l'année dernière), tandis que celles de LEAP augmentent (226 contre 172 l'année dernière), conformément à la transition vers les monocouloirs de nouvelle génération. Safran souligne par ailleurs que, si l'activité Aircraft Interiors reste en grandes difficultés, elle a remporté deux succès aux Etats-Unis et en Asie.



D'un point de vue financier, Safran a publié un chiffre d'affaires de 3,7 milliards d'euros au troisième trimestre, en hausse de 10,4% par rapport à la même période de l'année dernière. Sur les neuf mois de l'année, il atteint 10,6 milliards d'euros, en baisse de 12,7%.



Celui-ci est entraîné par l'activité Propulsion (1,8 milliard de CA en hausse de 16,2%), qui voit une hausse de la contribution des activités de première monte sur les programmes LEAP et M88, ainsi que des services, notamment sur les pièces de rechange des CFM56.



La division Equipements aéronautiques, Défense et Aérosystèmes contribue à hauteur de 1,53 milliard d'euros (+5,1%). Le chiffre d'affaires des activités de première monte est en léger repli en raison de la baisse du volume des livraisons de trains d'atterrissage, de câblage et de distribution électrique (notamment sur 787). En revanche, les services ont augmenté de 25%.



Enfin, l'activité Aircraft Interiors enregistre 385 millions d'euros de recettes, en hausse de 7,8% par rapport au troisième trimestre de 2020. Les activités Cabin (fourniture de galleys et to""",
         ents="""ORG: Safran | CFM International
LOC: Etats-Unis | Asie
MISC: CFM56 | LEAP | M88 | 787""",
         sentiments={"Safran": "positive", "CFM International": "positive"},
         events=["earnings"]),

    dict(id="fr13-emballagesmagazine-dic-basf-pigments", lang="fr", split="heldout4",
         date="2019 (approx., from the text: closing expected in the fourth quarter of 2020)",
         url="https://www.emballagesmagazine.com/tous-secteurs/dic-rachete-les-pigments-de-basf.51553",
         text="""
Le japonais, qui intervient via sa filiale Sun Chemicals dans les encres pour l’emballage, se renforce dans une activité considérée stratégique. -
Le chimiste japonais DIC annonce le rachat de la division pigments de l’allemand BASF, autrement appelée BASF Colors & Effects (BCE) pour un montant de 1,15 milliard d’euros. L’opération sera finalisée au quatrième trimestre 2020, après que les deux entreprises auront reçu l’aval des autorités de contrôle de la concurrence. La division n’était plus considérée comme stratégique par BASF. DIC, au contraire, va profiter de cet actif pour élargir son portefeuille[…]
Pour lire la totalité de cet article, ABONNEZ-VOUS
Déjà abonné ?
Pas encore abonné ?""",
         boiler=["Pour lire la totalité de cet article, ABONNEZ-VOUS", "Déjà abonné ?", "Pas encore abonné ?"],
         ents="""ORG: Sun Chemicals | DIC | BASF Colors & Effects | BASF | BCE""",
         sentiments={"DIC": "positive", "BASF": "neutral", "BASF Colors & Effects": "neutral", "Sun Chemicals": "neutral"},
         events=["acquisition"]),

    dict(id="fr13-mobilicites-alstom-contrats", lang="fr", split="heldout4",
         date="2016 (approx., from the text: first deliveries early 2019 and from January 2020)",
         url="http://www.mobilicites.com/011-5303-Alstom-continue-a-engranger-d-importants-contrats.html",
         text="""Italie, Pays-Bas, Pérou, Chine... Il n'y a pas de crise ferroviaire dans le monde. Alstom va fournir à l'opérateur national italien Trenitalia, 150 nouveaux trains régionaux de capacité moyenne (321 sièges) en vertu d'un contrat-cadre d'environ 900 millions d'euros. Ce contrat comprend une option pour la maintenance. La première commande concerne 47 trains Coradia Meridian pour un total de 240 millions d'euros.

Le succès de la gamme Coradia

Actuellement, plus de 100 Coradia Meridian sont déjà en service au Piémont, en Lombardie, Toscane, Ombrie, Latium, Marches ainsi qu'aux Abruzzes, et entreront prochainement en service à Trentino et en Sicile. Chaque région pourra facilement personnaliser ses trains grâce à un configurateur interactif, souligne Alstom dans son communiqué. Ce contrat aidera également à développer le réseau de fournisseurs italiens du constructeur. Le constructeur devrait commencer à livrer les premiers trains début 2019. 
 
Alstom va également fournir 79 trains Intercity à l'opérateur NS aux Pays-Bas à partir de janvier 2020. Un contrat de 800 millions d'euros. Ces nouveaux trains font partie de la gamme de trains modulaires Coradia d'Alstom. Ils circuleront sur le réseau national, sur la ligne Amsterdam-Rotterdam-Breda et sur le couloir Den Haag-Eindhoven. Ils répondent aux normes d'interopérabilité et seront équipés des systèmes ATB et ERTMS. De plus, ces trains peuvent fonctionner sur du 25 KV CA (Ligne à grande vitesse) et du 1,5 KV CC (réseau ferroviaire principal).
 
Alstom a aussi signé un contrat d'environ 200 millions d'euros avec Graña y Montero Ferrovias en vue de fournir 139 voitures Metropolis avant 2019 – 120 voitures Metropolis (20 rames) pour la ligne 1 du métro de Lima ainsi que 19 nouvelles voitures pour compléter les rames existantes déjà en service sur la même ligne.

Traction et signalisation en Chine
 
Enfin, le groupe français poursuit son implantation en Chine. Un consortiu""",
         ents="""ORG: Alstom | Trenitalia | NS | Graña y Montero Ferrovias
LOC: Italie | Pays-Bas | Pérou | Chine | Piémont | Lombardie | Toscane | Ombrie | Latium | Marches | Abruzzes | Trentino | Sicile | Amsterdam-Rotterdam-Breda | Den Haag-Eindhoven | Lima
MISC: Coradia Meridian | Coradia | Intercity | Metropolis | ATB | ERTMS""",
         sentiments={"Alstom": "positive", "Trenitalia": "neutral", "NS": "neutral", "Graña y Montero Ferrovias": "neutral"},
         events=["partnership"]),
]
