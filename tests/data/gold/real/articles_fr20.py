"""French real business articles for the sixth held-out set (``split="heldout6"``; see make_real.py).

Stored page text as delivered (see make_real.py for the format and the annotation rules, and its
"Conventions settled in the third session" for the sentiment values). Found in the stored public pages
with French queries on acquisitions and mergers, layoffs, court cases and regulators' fines, fund raising,
quarterly results and profit warnings, from sites little used in the other parts, preferring pages naming
several companies. Annotated by hand before any system ran on them; no system is ever run on them for
tuning, and their errors are never listed (aggregate figures only).
"""

ARTICLES = [
    dict(id="fr20-latribune-oracle-retek", lang="fr", split="heldout6",
         date="2005-03 (approx., from the text: SAP's first offer on 28 February; URL archives/2005)",
         url="https://www.latribune.fr/archives/2005/entreprises/idf41a8de7e492e864c1256fcc002a171a/oracle-rachete-retek.html",
         text="""Oracle rachète Retek

Fin de la partie. L'éditeur de logiciels américain Retek ira finalement à son grand concurrent Oracle. Ce dernier a en effet annoncé ce matin qu'il avait conclu l'acquisition de Retek pour 11,25 dollars par action, après l'abandon de l'Allemand SAP. L'opération valorise Retek à hauteur de 631 millions de dollars, au terme d'une bataille boursière à rebondissement de trois semaines. Oracle l'emporte ainsi, après avoir surenchéri jeudi à 11,25 dollars par action, en réponse à une offre de 11 dollars par titre faite par SAP. L'Allemand avait initialement lancé une offre à 8,50 dollars par action, le 28 février. "Oracle possède l'activité la plus importante d'Amérique du Nord dans les applications et nous avons l'intention d'étendre notre position de leader", a déclaré Larry Ellison, patron d'Oracle. "Nous pensons que l'offre d'Oracle est un bon accord pour les actionnaires de Retek et tous les directeurs présents au conseil ont recommandé de l'accepter", a soutenu Marty Leestma, le PDG de Retek. Oracle, qui a d'ores et déjà reçu l'accord des autorités de la concurrence américaine pour cette acquisition, rassure, alors qu'il évite un scénario de bataille interminable à la PeopleSoft. Il publiera par ailleurs son résultat trimestriel ce soir. En Bourse, le titre progresse de 0,16% à 12,67 dollars, dans les premiers échanges, à New York.
Commentaire 0

Votre email ne sera pas affiché publiquement.
Tous les champs sont obligatoires.

Il n'y a actuellement aucun commentaire concernant cet article.
Soyez le premier à donner votre avis !

-

Merci pour votre commentaire. Il sera visible prochainement sous réserve de validation.""",
         boiler=["Commentaire 0", "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obligatoires.",
                 "Il n'y a actuellement aucun commentaire concernant cet article.",
                 "Soyez le premier à donner votre avis !", "-",
                 "Merci pour votre commentaire. Il sera visible prochainement sous réserve de validation."],
         ents="""ORG: Oracle | Retek | SAP | PeopleSoft
PER: Larry Ellison | Marty Leestma
LOC: Amérique du Nord | New York""",
         sentiments={"Oracle": "positive", "Retek": "neutral", "SAP": "negative", "PeopleSoft": "neutral"},
         events=["acquisition"]),

    dict(id="fr20-generationnt-tmobile-orange-pays-bas", lang="fr", split="heldout6",
         date="2007-08-20 (from the text: \"ce lundi 20 août\", the Commission's clearance)",
         url="https://www.generation-nt.com/commission-europeenne-bruxelles-rachat-orange-pays-bas-actualite-44198.html",
         text="""Bruxelles a dit oui Ce lundi 20 août, la Commission européenne a en effet donné son feu à T-Mobile Pays-Bas ( filiale locale de Deutsche Telekom ) pour le rachat d'Orange Pays-Bas, n'y voyant aucune entrave à la concurrence.
Valorisée à 1,3 milliard d'euros, ladite transaction permettra à Deutsche Telekom de faire fusionner les troisième ( T-Mobile Pays-Bas ) et quatrième ( Orange Pays-Bas ) opérateurs mobiles du pays, et de se retrouver en bien meilleure posture face aux groupes KPN et Vodafone, les deux leaders du secteur. Bref, un rachat qui se révèle être une bonne affaire.
L'annonce de cette vente a également été assez bien accueillie par les actionnaires, puisque l'action France Télécom prenait 1,2 % à 21,25 euros dans la foulée.
Cette page peut contenir des liens affiliés. Si vous achetez un produit depuis ces liens, le site marchand nous reversera une commission sans que cela n'impacte en rien le montant de votre achat. En savoir plus.
Signaler un problème avec ce contenu
Commentaires
Supprimer
Cette action est irreversible, confirmez la suppression du commentaire ?""",
         boiler=["Cette page peut contenir des liens affiliés. Si vous achetez un produit depuis ces liens, le site marchand nous reversera une commission sans que cela n'impacte en rien le montant de votre achat. En savoir plus.",
                 "Signaler un problème avec ce contenu", "Commentaires", "Supprimer",
                 "Cette action est irreversible, confirmez la suppression du commentaire ?"],
         ents="""ORG: Commission européenne | T-Mobile Pays-Bas | Deutsche Telekom | Orange Pays-Bas | KPN | Vodafone | France Télécom
LOC: Bruxelles""",
         sentiments={"T-Mobile Pays-Bas": "positive", "Deutsche Telekom": "positive", "Orange Pays-Bas": "neutral",
                     "KPN": "neutral", "Vodafone": "neutral", "France Télécom": "positive"},
         events=["acquisition", "legal"]),

    dict(id="fr20-vudailleurs-merger-monday", lang="fr", split="heldout6",
         date="2019-11-26 (approx., from the text: the deals announced \"hier\", Monday 25 November 2019)",
         url="https://www.vudailleurs.com/le-merger-monday-de-lannee-la-reprise-des-deals-entre-entreprises/",
         text="""Vudailleurs.com

Le Merger Monday de l’année : la reprise des deals entre entreprises

62 milliards de dollars de fusions acquisitions ont été annoncés hier, principalement aux Etats-Unis. Un «merger Monday », lundi des OPA, qu’on n’avait pas vu depuis longtemps. 

Le « Merger Monday » ou lundi des fusions fait référence à la pratique des entreprises d’annoncer les fusions et acquisitions importantes le lundi matin. Les parties concernées finalisent les détails de l’entente au cours du weekend et en font l’annonce dès le lundi matin à l’ouverture des marchés. L’objectif est, bien sûr d’aider à faire monter le cours des actions de ces sociétés avec l’annonce.

On a parmi elles des opérations qui étaient attendues, dont les rumeurs de négociations étaient publiques mais elles ont été finalisées au cours de ce weekend.

Le plus gros deal du jour se passe dans le domaine du courtage et de la gestion d’actifs, avec Charles Schwab qui s’offre TD Ameritrade pour 26 milliards de dollars. Le secteur était devenu compliqué aux Etats-Unis, après la généralisation du zéro-commission sur les ordres et ce rapprochement permettra de générer jusqu’à 2 milliards de dollars d’économies. 

Dans le luxe, LVMH a confirmé son intérêt pour Tiffany & Co en déboursant 16,2 milliards de dollars, pour acquérir donc le numéro un américain de la joaillerie et se renforcer sur ce segment où il est actuellement dépassé par le suisse Richemont.

En médecine, le suisse Novartis acquiert The Medicines pour 9.7 milliards. Cette biotech américaine a développé un traitement contre le cholestérol. Même si l’entreprise ne dégage pour l’instant aucun chiffre d’affaires, le suisse y voit là un potentiel de blockbuster, c’est à dire un médicament réalisant au moins un milliard de dollars de revenus à l’année.


Plus quelques autres deals comme la vente par eBay à Viagogo de son business de e-tickets Stubhu""",
         boiler=["Vudailleurs.com"],
         ents="""ORG: Charles Schwab | TD Ameritrade | LVMH | Tiffany & Co | Richemont | Novartis | The Medicines | eBay | Viagogo | Stubhu
LOC: Etats-Unis""",
         sentiments={"Charles Schwab": "positive", "TD Ameritrade": "neutral", "LVMH": "positive", "Tiffany & Co": "neutral",
                     "Richemont": "neutral", "Novartis": "positive", "The Medicines": "neutral", "eBay": "neutral",
                     "Viagogo": "neutral", "Stubhu": "neutral"},
         events=["acquisition"]),

    dict(id="fr20-retaildetail-staples-office-depot", lang="fr", split="heldout6",
         date="2015-02 (approx., from the text: the Staples-Office Depot deal, Starboard's call \"le mois dernier\")",
         url="https://retaildetail.be/fr/news/general/staples-acquiert-office-depot",
         text="""6,3 milliards de dollars
L’enseigne américaine d’articles pour bureau Staples a acquis son concurrent Office Depot pour 6,3 milliards de dollars (5,5 milliards d’euros). Toutefois il n’est pas encore certain que cette reprise soit approuvée par les Autorités de la concurrence américaine, car une première tentative de fusion en 1997 avait été refusée.
Le mois dernier l’investisseur Starboard Value, qui détient des actions dans les deux groupes, avait prôné une fusion ou une reprise, jugeant que ce rapprochement permettrait d’ augmenter le bénéfice grâce à la réduction des coûts résultant de cette organisation commune.
Les deux groupes réunis réalisent un chiffre d’affaires cumulé de 35 milliards de dollars (30,5 milliards d’euros) et détiennent 4.000 magasins aux Etats-Unis. L’accord devrait être finalisé à la fin de cette année.""",
         ents="""ORG: Staples | Office Depot | Starboard Value
LOC: Etats-Unis""",
         sentiments={"Staples": "neutral", "Office Depot": "neutral", "Starboard Value": "neutral"},
         events=["acquisition"]),

    dict(id="fr20-lapresse-intel-1000-postes", lang="fr", split="heldout6",
         date="2006-07-13 (from the URL; the share price of \"mercredi\" 12 July)",
         url="http://www.lapresse.ca/techno/actualites/200607/13/01-14351-intel-abolit-1000-emplois.php",
         text="""Dans le cadre d'un plan pour réaliser des économies de un milliard et reprendre le chemin de la croissance, Intel (INTC) annonce la suppression de 1000 postes de cadres dans le monde, sa réduction d'effectifs la plus importante en quatre ans.

Dans le cadre d'un plan pour réaliser des économies de un milliard et reprendre le chemin de la croissance, Intel (INTC) annonce la suppression de 1000 postes de cadres dans le monde, sa réduction d'effectifs la plus importante en quatre ans.

D'autres coupures pourraient être annoncées dans les prochaines semaines, a annoncé Chuck Mulloy, porte-parole de l'entreprise.

Selon certains analystes, Intel pourrait choisir de licencier jusqu'à 15 000 de ses 100 000 employés.

Ces projets de réduction de coûts, orchestrés par le pdg Paul Otellini, suivent l'annonce, en avril, de la plus forte baisse de profits en quatre ans pour la société informatique.

En Bourse, l'action d'Intel a gagné 0,06 $ mercredi, après avoir perdu depuis le début de l'année 28 % de sa valeur.""",
         ents="""ORG: Intel
PER: Chuck Mulloy | Paul Otellini""",
         sentiments={"Intel": "negative"},
         events=["layoffs"]),

    dict(id="fr20-aefinfo-michelin-restructuration", lang="fr", split="heldout6",
         date="2009-06-18 (from the URL: press review of Thursday 18 June 2009)",
         url="https://www.aefinfo.fr/depeche/297313-la-revue-de-presse-du-jeudi-18-juin-2009-pour-lemploi-la-formation-professionnelle-et-les-ressources-humaines",
         text="""En plus des cookies strictement nécessaires au fonctionnement du site, le groupe AEF info et ses partenaires utilisent des cookies ou des technologies similaires nécessitant votre consentement.
Avant de continuer votre navigation sur ce site, nous vous proposons de choisir les fonctionnalités dont vous souhaitez bénéficier ou non :
EMPLOIMICHELIN. « Michelin, un coup dur de plus pour l'emploi », titrent en « une » « Les Échos » après l'annonce hier par le manufacturier d'une restructuration comprenant 1 093 suppressions de postes dans trois sites, un d'entre eux, près de Lille, devant fermer à la mi-2010, et un plan de départs volontaires ouvert à tous les salariés français. Au total, « 1 700 postes risquent de disparaître en France » et cette restructuration « va coûter environ...""",
         boiler=["En plus des cookies strictement nécessaires au fonctionnement du site, le groupe AEF info et ses partenaires utilisent des cookies ou des technologies similaires nécessitant votre consentement.",
                 "Avant de continuer votre navigation sur ce site, nous vous proposons de choisir les fonctionnalités dont vous souhaitez bénéficier ou non :"],
         ents="""ORG: Michelin | Les Échos
LOC: Lille | France""",
         sentiments={"Michelin": "negative"},
         events=["layoffs"]),

    dict(id="fr20-latribune-fermetures-sites-2008", lang="fr", split="heldout6",
         date="2008-12-03 (from the URL)",
         url="https://www.latribune.fr/actualites/economie/france/20081203trib000317327/chomage-en-france-la-liste-des-fermetures-provisoires-ou-definitives-de-sites-sallonge-encore.html?amp=1",
         text="""Chômage en France : la liste des fermetures provisoires ou définitives de sites s'allonge encore

Par latribune.fr  |   |  4475  mots
Alors que le chômage repasse en France au dessus de la barre des 2 millions de personnes et que Nicolas Sarkozy vient d'annoncer un vaste plan de relance de 26 milliards d'euros, les annonces de fermetures provisoires ou définitives se multiplient. Des marques emblématiques sont malmenées comme Amora Maille, La Camif, Michelin. Le numéro un mondial de l'acier ArcelorMittal a annoncé un plan de 1.400 suppressions d'emploi en France. Colossal pourvoyeur d'emplois, le secteur automobile est particulièrement touché. L'Etat réfléchit à une indemnisation accrue du chômage partiel. Entreprise par entreprise, voici un petit tour (non exhaustif) d'une France industrielle qui tourne au ralenti et envisage le pire pour l'année à venir.

Automobile, chimie, sidérurgie, habillement, voici, entreprise par entreprise, les suppressions de postes et les mesures de chômage technique annoncées en octobre et novembre, en France.

Adecco :
Le groupe de travail temporaire Adecco a annoncé le 16 octobre la suppression de 600 emplois en France d'ici juin 2009.

Amora Maille :
Passé sous la coupe d'Unilever en 2000, Amora Maille a annoncé le 20 novembre la fermeture de son site historique de Dijon (Côte d'Or), fondé en 1900, et de celui d'Appoigny (Yonne) d'ici le 31 décembre 2009, ainsi que la suppression de 296 emplois. Les syndicats craignent l'externalisation de toute la production, « en Pologne, en Turquie et en République tchèque, comme c'est déjà le cas pour les épices, le ketchup et les vinaigrettes », selon la CFDT. Le projet d'organisation de la direction vise à concentrer les activités industrielles à Chevigny, près de Dijon.

ArcelorMittal :
Le numéro un mondial de l'acier a annoncé le 1er décembre un plan de 1.400 suppressions d'emploi en France. Ces départs se feront sur une base volontaire d'ici le """,
         boiler=["Par latribune.fr  |   |  4475  mots"],
         ents="""ORG: Amora Maille | La Camif | Michelin | ArcelorMittal | Adecco | Unilever | CFDT
PER: Nicolas Sarkozy
LOC: France | Dijon | Côte d'Or | Appoigny | Yonne | Pologne | Turquie | République tchèque | Chevigny""",
         sentiments={"Amora Maille": "negative", "La Camif": "negative", "Michelin": "negative", "ArcelorMittal": "negative",
                     "Adecco": "negative", "Unilever": "neutral"},
         events=["layoffs"]),

    dict(id="fr20-lecho-ubs-amende", lang="fr", split="heldout6",
         date="2019-02-20 (from the text: the Wednesday verdict; page date 2019-02)",
         url="https://www.lecho.be/entreprises/banques/UBS-condamne-a-une-amende-de-3-7-milliards-d-euros/10099728",
         text=""" date 2019-02 Le géant bancaire suisse est condamné pour démarchage bancaire illégal et blanchiment aggravé de fraude fiscale.

La plus grande banque suisse, UBS, a été condamnée mercredi à payer une amende de 3,7 milliards d'euros pour démarchage bancaire illégal et blanchiment aggravé de fraude fiscale en France par le tribunal correctionnel de Paris. Il s'agit de la plus lourde peine jamais infligée par la justice française dans une affaire d'évasion fiscale. Les avocats du géant bancaire ont aussitôt annoncé faire appel de la décision.""",
         ents="""ORG: UBS | tribunal correctionnel de Paris
LOC: France""",
         sentiments={"UBS": "negative"},
         events=["legal"]),

    dict(id="fr20-boursedirect-santander-blanchiment", lang="fr", split="heldout6",
         date="2023 (approx.: AFP dispatch on a CJIP homologated on a Friday, the page gives no date)",
         url="https://www.boursedirect.fr/fr/actualites/categorie/economie/blanchiment-en-france-la-banque-espagnole-santander-accepte-de-payer-une-amende-de-22-5-millions-d-euros-afp-5498f84c496ba6e2b64a660023e93cd02d42a660/amp",
         text="""Blanchiment en France: la banque espagnole Santander accepte de payer une amende de 22,5 millions d'euros

Credits GABRIEL BOUYS / AFP/Archives

Le premier groupe bancaire espagnol, Santander, a accepté vendredi de payer une amende de 22,5 millions d'euros pour clore, au terme d'années de procédure, une affaire de blanchiment impliquant l'une de ses filiales françaises.Le parquet de Paris et la banque sont parvenus mardi à un accord, dans le cadre d'une convention judiciaire d'intérêt public (Cjip), qui a été homologuée vendredi après-midi lors d'une audience par le tribunal de Paris. L'enquête, ouverte il y a 14 ans, a mis au jour un "vaste circuit de blanchiment au bénéfice de la clientèle" de cette filiale, baptisée BPI…""",
         boiler=["Credits GABRIEL BOUYS / AFP/Archives"],
         ents="""ORG: Santander | parquet de Paris | tribunal de Paris | BPI
LOC: France""",
         sentiments={"Santander": "negative", "BPI": "negative"},
         events=["legal"]),

    dict(id="fr20-nextink-cnil-intersport", lang="fr", split="heldout6", date="2026-01-23",
         url="https://next.ink/220809/pub-securite-cookies-35-millions-deuros-damende-pour-intersport-oups-societe-x/",
         text=""" date 2026-01-23 La CNIL, qui enchaine les amendes ces derniers temps, vient d’en annoncer une nouvelle : « une sanction de 3,5 millions d’euros à une société pour avoir transmis les données de membres de son programme de fidélité à un réseau social à des fins de ciblage publicitaire, sans consentement valable ».

Depuis février 2018, et pendant des années, « l’entreprise transmettait les adresses électroniques et/ou les numéros de téléphone des membres de son programme de fidélité à un réseau social. Ces données étaient utilisées afin d’afficher, sur ce réseau, des publicités ciblées visant à promouvoir les articles vendus par la société ».

Intersport : cachez ce nom que je ne saurais voir

De quelle entreprise parle-t-on et vers quel réseau social ? Ce n’est pas précisé car la formation restreinte de la CNIL a décidé de leur accorder l’anonymat. Alors que la raporteure proposait « que cette décision soit rendue publique mais qu’il ne soit plus possible d’identifier nommément la société à l’expiration d’un délai de deux ans à compter de sa publication », la formation restreinte a décidé de suivre les demandes de l’entreprise condamnée sur ce point.

Pourquoi ? « Au motif notamment qu’une telle publicité risque de fragiliser son équilibre commercial ainsi que la confiance de ses adhérents, sans pour autant apporter de bénéfice à l’intérêt général et tout en favorisant ses concurrents ».

La formation restreinte enchaine avec un numéro d’équilibriste pour justifier sa décision. D’un côté, elle « considère que la publicité de la présente décision est justifiée au regard des manquements en cause et du nombre de personnes concernées » et qu’il est donc important « d’informer les personnes concernées sur les règles applicables en matière de consentement ». Mais de l’autre,""",
         ents="""ORG: CNIL | Intersport""",
         sentiments={"Intersport": "negative"},
         events=["legal"]),

    dict(id="fr20-brief-google-amende-position-dominante", lang="fr", split="heldout6", date="2019-03-27",
         url="https://app.brief.me/article/2019-03-27-8326-amendes-pour-abus-de-position-dominante",
         text="""27 mars 2019

Ça se chiffre

Amendes pour abus de position dominante

La Commission européenne a infligé mercredi dernier une amende de 1,5 milliard d’euros à Google pour s’être livré à des pratiques anticoncurrentielles en abusant de sa position dominante sur le marché de la publicité liée aux recherches en ligne. Parmi les 10 plus fortes amendes infligées par la Commission européenne pour abus de position dominante, cinq l’ont été ces trois dernières années et sept ont concerné des entreprises américaines, dont trois uniquement Google. « Les amendes de concurrence sont reversées aux États membres, au prorata de leur contribution au budget européen », expliquait l’an dernier au Parisien le porte-parole de la Représentation en France de la Commission européenne, Guillaume Roty. Les entreprises condamnées peuvent faire appel de la décision. Le Tribunal de l’Union européenne a ainsi réduit en décembre 2018 l’amende infligée aux laboratoires Servier en juillet 2014 de 331 millions à 228 millions d’euros.""",
         boiler=["27 mars 2019", "Ça se chiffre"],
         ents="""ORG: Commission européenne | Google | Parisien | Représentation en France de la Commission européenne | Tribunal de l’Union européenne | Servier
PER: Guillaume Roty""",
         sentiments={"Google": "negative", "Servier": "neutral"},
         events=["legal"]),

    dict(id="fr20-rtlbe-top5-amendes-bruxelles", lang="fr", split="heldout6",
         date="2017-06-27 (approx., from the text: Google's 2017 fine just imposed, \"Google pourrait faire appel\")",
         url="http://www.rtl.be/info/magazine/hi-tech/le-top-5-des-amendes-de-bruxelles-pour-abus-de-position-dominante-930628.aspx",
         text="""Accueil Actu

Le top 5 des amendes de Bruxelles pour abus de position dominante

Voici le top 5 des amendes infligées par l'Union européenne à des entreprises pour abus de position dominante.

1- Google (2017): 2,42 milliards d'euros

Le géant américain a été condamné pour avoir profité à partir de 2008 de sa position archi dominante dans la recherche sur internet pour favoriser son service de comparaison de prix "Google Shopping" au détriment de ses concurrents, qui ont même été rétrogradés dans les pages de résultat. Google pourrait faire appel.

2- Intel (2009): 1,06 milliard

Le leader mondial des puces informatiques était accusé d'avoir mis en oeuvre, entre 2002 et 2007, une stratégie destinée à exclure du marché son seul concurrent sérieux, AMD. L'abus consistait notamment en des rabais accordés aux fabricants d'ordinateurs pour qu'ils achètent auprès d'Intel la quasi-totalité de leurs processeurs. L'affaire est toujours en cours devant la justice européenne.

3- Microsoft (2004): 497 millions

Le groupe informatique a écopé d'une lourde amende pour avoir refusé de fournir une documentation technique complète à ses concurrents afin qu'ils puissent concevoir des logiciels pleinement compatibles avec le système d'exploitation Windows. Il lui était également reproché de lier la vente de Windows avec son lecteur multimédia Windows Media Player afin d'évincer la concurrence.

4- Servier (2014): 331 millions

Le laboratoire français Servier a été sanctionné à hauteur de 331 millions d'euros, aux côtés de cinq fabricants de médicaments génériques (condamnés pour leur part à 97 millions d'euros), pour avoir freiné l'entrée sur le marché de versions génériques d'un médicament destiné à traiter l'hypertension et l'insuffisance cardiaque. Les laboratoires ont fait appel devant la justice européenne.

5- Telefonica (2007): 152 millions

La Commission a sanctionné le groupe espagnol Telefonica pour avoir abusé,""",
         boiler=["Accueil Actu"],
         ents="""ORG: Union européenne | Google | Intel | AMD | Microsoft | Servier | Telefonica | Commission
LOC: Bruxelles
MISC: Google Shopping | Windows | Windows Media Player""",
         sentiments={"Google": "negative", "Intel": "negative", "AMD": "neutral", "Microsoft": "negative",
                     "Servier": "negative", "Telefonica": "negative"},
         events=["legal"]),

    dict(id="fr20-pressecitron-levees-semaine-28", lang="fr", split="heldout6",
         date="2020-07 (from the text; week 28 of 2020)",
         url="https://www.presse-citron.net/startups-le-recapitulatif-des-levees-de-fonds-de-la-semaine-s28/",
         text=""" date 2020-07 Et si l’univers du spatial réussissait plus aux startups qu’aux géants technologiques ? Cette semaine vient encore le confirmer. Après la victoire de SpaceX sur Boeing avec la NASA, c’est au tour d’une startup suisse à démarrer une mission avec l’Agence spatiale européenne (ESA). ClearSpace et ses employés situés à Lausanne visent 2025 pour lancer un premier modèle de leur satellite censé « nettoyer l’espace ». La startup est arrivée à remporter l’appel d’offres de l’ESA, face à des géants comme Airbus et Thales.

Outre-Atlantique, l’industrie automobile continue elle aussi à prouver que les technologies électriques de demain ne seront pas dominées par les constructeurs traditionnels. Tesla s’envole en bourse, et un autre concurrent du nom de Rivian vient de confirmer la semaine dernière qu’il avait réalisé un nouveau tour de table. L’opération a constitué une somme colossale de 2,5 milliards de dollars, pour que la startup soit d’ores et déjà estimée à plus de 5 milliards de dollars sans avoir sorti un seul véhicule sur le marché.

Les 6 levées de fonds à retenir cette semaine

Au sein de l’hexagone, la semaine dernière fut plutôt calme sur le paysage de la French Tech, révélatrice du mois de juillet et symptomatique de la période estivale. Les startups françaises ont levé 24 millions d’euros répartis en 8 investissements. La santé connectée tient les reines, et le fonds Serena est venu dynamiser le secteur du jeu vidéo français. Voici notre récapitulatif des 6 levées de fonds principales chez les startups françaises.

Synapse Medicine lève 7 M€ La startup bordelaise veut numériser la littérature de plus en plus importante dans le domaine médical, pour mieux conseiller et avertir des patients dans le bon usage des médicaments. En France, on compte plus de 40 000 références de pro""",
         ents="""ORG: SpaceX | Boeing | NASA | Agence spatiale européenne | ESA | ClearSpace | Airbus | Thales | Tesla | Rivian | Serena | Synapse Medicine
LOC: Lausanne | Outre-Atlantique | France
MISC: French Tech""",
         sentiments={"SpaceX": "neutral", "Boeing": "neutral", "ClearSpace": "positive", "Airbus": "neutral", "Thales": "neutral",
                     "Tesla": "positive", "Rivian": "positive", "Serena": "neutral", "Synapse Medicine": "positive"},
         events=["funding", "partnership"]),

    dict(id="fr20-briefeco-meero-levee", lang="fr", split="heldout6",
         date="2019-06-26 (from the URL; the raise announced \"mercredi dernier\", 19 June 2019)",
         url="https://app.brief.eco/article/2019-06-26-469-levee-de-fonds",
         text="""Levée de fonds

Pourquoi on en parle. La plateforme française de mise en relation entre photographes et clients Meero a annoncé mercredi dernier avoir réalisé une nouvelle levée de fonds – la troisième – d’un montant de 230 millions de dollars (200 millions d’euros). Il s’agit de la troisième levée de fonds la plus importante en valeur pour une entreprise française, après celles réalisées par le fabricant de drones Parrot (300 millions d’euros en 2015) et la société d’hébergement de sites internet OVH (250 millions d’euros en 2016). Créée en 2016, Meero prévoit de « finir l’année avec 1 200 employés répartis sur ses cinq bureaux dans le monde ».

En quoi ça consiste. Une levée de fonds est une procédure par laquelle une entreprise augmente son capital en émettant de nouvelles actions souscrites par des investisseurs. Il s’agit, pour une entreprise ayant besoin d’un apport externe pour financer son développement, d’un moyen alternatif à l’emprunt bancaire. L’entreprise peut lever des fonds auprès de différents types d’investisseurs, tels que les « business angels » ou les fonds de capital-risque. Un « business angel » est une personne physique, souvent un cadre d’entreprise en activité ou un ancien entrepreneur, qui décide d’investir une partie de son patrimoine financier dans des entreprises innovantes et à fort potentiel. Une société de capital-risque est une entreprise dont les actionnaires sont des investisseurs et qui a pour objectif de prendre des participations dans le capital de sociétés non cotées en bourse. Une levée de fonds entraîne une diminution de la part du capital de l’entreprise détenue par ses créateurs, appelée dilution. Une entreprise peut aussi lever des fonds directement auprès des particuliers via des plateformes internet dédiées.""",
         ents="""ORG: Meero | Parrot | OVH""",
         sentiments={"Meero": "positive", "Parrot": "neutral", "OVH": "neutral"},
         events=["funding"]),

    dict(id="fr20-jde-levees-de-fonds-hauts-de-france", lang="fr", split="heldout6",
         date="2016-12 (approx., from the text: \"presque un an\" after January 2016, hopes for 2017)",
         url="https://www.lejournaldesentreprises.com/article/ou-sont-passees-les-levees-de-fonds-39247",
         text="""Où sont passées les levées de fonds ?
# Finance # Levée de fonds

Où sont passées les levées de fonds ?

— Photo : Le Journal des Entreprises

« Nous allons faire ces deux prochaines années, l'équivalent de ce que nous avons fait en cinq ans. Il y a une telle concurrence nationale et internationale qu'il faut aller vite. Dès 2016, il y aura des levées de fonds bien plus importantes, de l'ordre de 10 à 15 millions d'euros et un vrai phénomène d'accélération dès 2017 ». C'est ce qu'annonçait Raouti Chehih, directeur d'Euratechologies, dans notre édition de janvier 2016. Presque un an plus tard, force est de constater que le numérique reste le rêve américain de la région. Bien entendu, 2016 a eu son lot de levées de fonds, mais pas sur les tickets escomptés. En dehors des 250 millions levés par le géant OVH, ou des 80 millions d'euros en finalisation pour la biotech Genfit, les opérations ont été plus modestes pour les autres acteurs régionaux. Parmi les plus élevées, on notera par exemple les 7 millions d'euros levés par le groupe immobilier Sergic, dans le but de se digitaliser, les 3 millions d'euros de Dagoma, qui conçoit et commercialise des imprimantes 3D, ou encore les 2 millions d'euros de la biotech amiénoise Root Lines Technology. Une vitesse de croisière qui est encore loin des 10 à 15 millions d'euros évoqués. Heureusement, dans le même temps, les investisseurs potentiels se musclent : le groupe IRD renforce pour janvier son activité de capital développement et le campus Entreprises & Cités se mue en fonds de dotation, piloté par l'entrepreneur Pascal Boulanger. Tout espoir n'est donc pas perdu pour 2017. D'autant que les entrepreneurs, eux, sont toujours aussi nombreux sur la ligne de départ. À vos marques, prêts, feu... levez !

# Finance # Levée de fonds""",
         boiler=["# Finance # Levée de fonds", "— Photo : Le Journal des Entreprises"],
         ents="""ORG: Euratechologies | OVH | Genfit | Sergic | Dagoma | Root Lines Technology | IRD | Entreprises & Cités
PER: Raouti Chehih | Pascal Boulanger""",
         sentiments={"Euratechologies": "neutral", "OVH": "positive", "Genfit": "positive", "Sergic": "positive",
                     "Dagoma": "positive", "Root Lines Technology": "positive", "IRD": "neutral", "Entreprises & Cités": "neutral"},
         events=["funding"]),

    dict(id="fr20-boursier-vivendi-troisieme-trimestre", lang="fr", split="heldout6",
         date="2023-10-27 (approx., from the text: the Friday after the third-quarter sales; page date 2023-10)",
         url="https://www.boursier.com/actualites/reuters/vivendi-grimpe-contre-la-tendance-apres-un-bon-troisieme-trimestre-343852.html",
         text=""" date 2023-10 Vivendi grimpe contre la tendance après un bon troisième trimestre

(Corrige la mention de Vivendi au sein du CAC 40) PARIS (Reuters) - Vivendi grimpe vendredi à la Bourse de Paris après la publication d'un chiffre d'affaires supérieur aux attentes au troisième trimestre, porté par la croissance de ses divisions Canal+ et Havas. A 08h04 GMT, l'action Vivendi gagne 2,6% à 8,47 euros alors que le SBF 120 recule au même moment de 0,98%. Au troisième trimestre, le chiffre d'affaires du groupe s'est établi à 2,43 milliards d'euros, en hausse de 3,1% à taux de change et périmètre constants sur un an. "La croissance organique de 3,1% est supérieure à notre prévision de 1,7% grâce à la progression plus forte que prévu de Havas, Canal+ France et Studio Canal", soulignent dans une note les analystes de JPMorgan. Ils ont relevé leur prévision de croissance organique pour l'ensemble de l'exercice à 3,6% contre 3,3% auparavant. (Rédigé par Blandine Hénault)""",
         ents="""ORG: Vivendi | Reuters | Bourse de Paris | Canal+ | Havas | Canal+ France | Studio Canal | JPMorgan
PER: Blandine Hénault
LOC: PARIS
MISC: CAC 40 | SBF 120""",
         sentiments={"Vivendi": "positive", "Canal+": "positive", "Havas": "positive", "Canal+ France": "positive",
                     "Studio Canal": "positive", "JPMorgan": "neutral"},
         events=["earnings"]),

    dict(id="fr20-zonebourse-groupe-crit-t3", lang="fr", split="heldout6",
         date="2014-10 (approx., from the text: third-quarter 2014 sales, the September Air France strike)",
         url="https://ch.zonebourse.com/cours/action/GROUPE-CRIT-5152/actualite/GROUPE-CRIT-la-croissance-reste-solide-au-troisieme-trimestre-19265933",
         text="""Groupe Crit (+1,67% à 40,19 euros) progresse au lendemain de la publication de son chiffre d'affaires du troisième trimestre. Celui-ci s'est apprécié de 8,9% sur un an, à 461,6 millions d'euros, portant à 1,253 milliard d'euros son revenu sur les neuf premiers mois de 2014, en hausse de 9%. En France, le chiffre d'affaires du dernier trimestre a crû de 6,7% à 361,5 millions d'euros, tandis que l'activité à l'international a bondi de 17,6%, à 100,2 millions d'euros, précise le groupe de travail temporaire et de services aéroportuaires.

La croissance était plus marquée qu'au cours des premier mois de l'année en France sur la période, mais a légèrement ralenti par rapport au premier semestre dans le reste du monde.

En termes de métiers, le chiffre d'affaires du travail temporaire a crû de 9,4% à 389,1 millions d'euros, tandis que celui du pôle multiservices a augmenté de 4,4% à 76,6 millions, restant encore marginal.

Au vu de ces chiffres, le groupe Crit a décidé de maintenir sa prévision de croissance de son chiffre d'affaires et de ses résultats pour 2014, sans donner davantage de précision, comme à son habitude.

Suite à cette publication, Gilbert Dupont a maintenu sa recommandation Accumuler et son objectif de cours de 43,50 euros, évoquant un chiffre d'affaires trimestriel globalement en ligne avec ses attentes, mais un peu décevant hors de France sur le travail en intérim. Il attendait une hausse de 32,8%, là où le groupe affiche une hausse de 21% à 89,2 millions d'euros. Il souligne les chiffres meilleurs qu'attendu des services aéroportuaires en France, les compagnies à bas prix ayant profité de la grève d'Air France sur la deuxième partie du mois de septembre.

De son côté, Oddo a salué un chiffre d'affaires supérieur à ses prudentes prévisions. Cependant, il a abaissé son objectif de cours de 49 à 47 euros tout en conservant sa recommandation d'Achat. Il justifie cette décision par une base de comparaison""",
         ents="""ORG: Groupe Crit | Crit | Gilbert Dupont | Oddo | Air France
LOC: France""",
         sentiments={"Groupe Crit": "positive", "Gilbert Dupont": "neutral", "Oddo": "neutral", "Air France": "neutral"},
         events=["earnings"]),

    dict(id="fr20-boursier-salve-avertissements", lang="fr", split="heldout6",
         date="2023-10-27 (from the text: \"PARIS, 27 octobre (Reuters)\", the Alstom and Worldline warnings of October 2023)",
         url="https://www.boursier.com/actualites/reuters/salve-d-avertissements-sur-resultats-a-la-bourse-de-paris-qui-recule-nettement-344885.html",
         text="""par Blandine Henault PARIS, 27 octobre (Reuters) - La Bourse de Paris connaît une succession d'avertissements sur résultats à l'occasion de la saison de publications pour le troisième trimestre, confirmant la dégradation de la conjoncture économique qui se traduit dans les comptes des entreprises. Début octobre, c'est Alstom qui a donné le premier coup de semonce avec une forte dégradation de sa prévision annuelle de flux de trésorerie disponible. S'en est suivi mercredi Worldline qui a connu un plongeon historique de 59% sur une seule journée après avoir abaissé ses objectifs financiers pour 2023 et annoncé un plan de réduction de coûts. Puis Plastic Omnium, Casino et Fnac Darty jeudi, Remy Cointreau et Sanofi ce vendredi. L'affaiblissement de la demande dans un contexte de taux d'intérêt élevés et de crise du coût de la vie est régulièrement mis en avant. Ainsi, s'ils n'ont pas proprement annoncé de "profit warning", les géants du luxe LVMH et Kering ont déçu les attentes sur le troisième trimestre alors que le secteur est réputé pour résister aux dégradations du cycle économique. Pour les entreprises, le ralentissement est perceptible aussi bien en Europe, notamment en Allemagne, qu'aux Etats-Unis et en Chine où la reprise économique post-COVID est poussive. Les avertissements sur résultats ne sont d'ailleurs pas limité à la France ni à un secteur en particulier. Le numéro un mondial de la publicité, le britannique WPP a abaissé jeudi ses perspectives pour 2023 et le constructeur automobile allemand Volkswagen a averti d'un ralentissement de la demande pour les véhicules électriques. "La série de 'profit warning' observée en Europe et à Paris, avec notamment plusieurs alertes au niveau des flux de trésorerie, intervient dans un contexte de net ralentissement économique en zone euro notamment", pointe Alexandre Baradez, responsable de l'analyse marchés chez IG. "Même si pour certaines entreprises il s'agit de 'pr""",
         ents="""ORG: Reuters | Bourse de Paris | Alstom | Worldline | Plastic Omnium | Casino | Fnac Darty | Remy Cointreau | Sanofi | LVMH | Kering | WPP | Volkswagen | IG
PER: Blandine Henault | Alexandre Baradez
LOC: PARIS | Europe | Allemagne | Etats-Unis | Chine | France | Paris""",
         sentiments={"Alstom": "negative", "Worldline": "negative", "Plastic Omnium": "negative", "Casino": "negative",
                     "Fnac Darty": "negative", "Remy Cointreau": "negative", "Sanofi": "negative", "LVMH": "negative",
                     "Kering": "negative", "WPP": "negative", "Volkswagen": "negative", "IG": "neutral"},
         events=["earnings"]),

    dict(id="fr20-investing-atos-bayer-avertissements", lang="fr", split="heldout6",
         date="2018-10-23 (approx., from the text: Atos's warning and the 3M and Caterpillar results of Tuesday 23 October 2018)",
         url="https://fr.investing.com/analysis/les-unites-de-deminage-sont-reclamees-durgence-sur-les-marches-200221948",
         text="""Publié à l'origine sur la Bourse au quotidien.fr
Les bulles boursières éclatent de toute part, on ne sait plus où donner de la tête : la plus grosse déflagration nous vient d’Atos (PA:ATOS) (-24% après avoir revu à la baisse la croissance de son chiffre d’affaires de 2/3% à seulement 1%).
Vendredi, c’était son concurrent Sopra-Steria qui se désintégrait de 25% (et avec -3% ce mardi, cela fait -33% en cinq séances, -55% en six mois).
Bayer (DE:BAYGN) paye sa condamnation judiciaire
Outre-Rhin, c’est Bayer qui dévisse de 12% sur la confirmation de la condamnation de sa filiale Monsanto (NYSE:MON) par la justice californienne pour dissimulation de la dangerosité du RoundUp (son désherbant au glyphosate).
Sanction de 7% dès l’ouverture pour l’américain 3M, qui rate le consensus de chiffre d’affaire (8,15Mds$ contre 8,36 anticipé). Plongeon de -9% de Caterpillar (NYSE:CAT) qui publie pourtant des chiffres « conformes aux attentes » (mais des prévisions prudentes), preuve que les analystes avaient d’autres objectifs en tête (il aurait fallu une « très bonne surprise » pour que le titre ne sombre pas).
Le Nasdaq en position de faiblesse
Les secteur de la construction (auquel Caterpillar est associé) subit des attaques répétées depuis une semaine. On se souvient de Bouygues (PA:BOUY) lançant un avertissement sur ses activités BTP vendredi dernier : le cours s’était effondré de -12,5%.
Il ne faudrait vraiment pas que l’un des « GAFAM » (excluons déjà le « F », car Facebook (NASDAQ:FB) est en territoire de correction) déçoive cette semaine ni la suivante, car le Nasdaq (-1,8% ce mardi, soit -8,3% depuis le 1er octobre) accuse son plus lourd repli mensuel depuis janvier 2016 et surtout novembre 2008. Une atmosphère de capitulation pourrait s’instaurer très rapidement.""",
         boiler=["Publié à l'origine sur la Bourse au quotidien.fr"],
         ents="""ORG: Atos | Sopra-Steria | Bayer | Monsanto | 3M | Caterpillar | Bouygues | Facebook
LOC: Outre-Rhin
MISC: RoundUp | Nasdaq | GAFAM""",
         sentiments={"Atos": "negative", "Sopra-Steria": "negative", "Bayer": "negative", "Monsanto": "negative",
                     "3M": "negative", "Caterpillar": "negative", "Bouygues": "negative", "Facebook": "negative"},
         events=["earnings", "legal"]),
]
