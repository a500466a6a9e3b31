"""French real business articles chosen by sector (energy, retail, telecoms, transport, luxury, banks and
insurers, agrifood), added after the split: all development (``split="dev"``).

Stored page text as delivered (see make_real.py for the format and the annotation rules), annotated by hand
before any system ran on it. Several articles report no event type on purpose (share moves, strikes, price
disputes): they are the article's news all the same, and a pre-annotator should stay silent on them.
"""

ARTICLES = [
    dict(id="fr7-journaldesentreprises-total-raffineries", lang="fr", split="dev",
         date="2015-04-16 (approx., from the text: announcement of Thursday 16 April on La Mède and Donges)",
         url="https://www.lejournaldesentreprises.com/article/total-le-groupe-confirme-la-bonne-sante-de-la-raffinerie-de-gonfreville-106245",
         text="""Dans un marché pétrolier européen qui a vu ses volumes fondre de 15% depuis 2008, Total mise sur l'investissement pour relancer ses deux sites français les moins performants, La Mède (13) et Donges (44).
Le groupe a annoncé jeudi 16 avril des investissements de 600 millions d'euros cumulés sur les deux sites en question pour "créer la première bio-raffinerie française" dans les Bouches-du-Rhône sur un site devra d'ici 2016 stopper "le traitement du pétrole brut", et assurer dans le même temps de nouveaux débouchés "grâce à des carburants moins soufrés" en Loire Atlantique.
Bons résultats à Gonfreville
De son côté, le complexe normand de la vallée de la Seine situé près du Havre à Gonfreville, fait partie des bons élèves (avec Grandpuits et Feyzin) "qui ont démontré en 2013 et 2014 leur résistance face à un environnement économique dégradé et leur capacité à dégager des résultats positifs durables", explique le groupe.
Le site de Gonfreville a bénéficié d'importants investissements avec le projet Raffinerie Normandie 2012 (RN2012) pour un montant d’un milliard d’euros, dont 800 M€ pour la raffinerie et 200 M€ pour l’usine de pétrochimie. Objectif pour la raffinerie: permettre la modification profonde de l’outil de raffinage pour augmenter la production de gazole d’un demi-million de tonnes. Autre axe de modification industrielle du projet RN 2012, celui de l’efficacité énergétique en travaillant à la récupération d’énergie et en réduisant la production de CO2 d’un million de tonnes.""",
         ents="""ORG: Total
LOC: La Mède | Donges | Bouches-du-Rhône | Loire Atlantique | Gonfreville | vallée de la Seine | Havre | Grandpuits | Feyzin
MISC: Raffinerie Normandie 2012 | RN2012 | RN 2012""",
         sentiments={"Total": "positive"},
         events=["funding"]),

    dict(id="fr7-linforme-carrefour-franchises", lang="fr", split="dev", date="2023-09-13",
         url="https://www.linforme.com/grande-conso/article/carrefour-comment-les-franchises-des-superettes-comblent-les-pertes-de-ses-hypermarches_973.html",
         text="""Grande conso

Carrefour : comment les franchisés des supérettes comblent les pertes de ses hypermarchés

Les redevances versées par les propriétaires de Carrefour Express, Contact ou encore City compensent les déficits des gros magasins exploités en direct par le groupe. Plongée dans les comptes des différentes filiales du distributeur.

Publié : 13/09/2023 à 12:18

Photo
FIORA GARENZI / Hans Lucas via AFP

Depuis quelques années, le groupe Carrefour a retrouvé des couleurs en France. Les ventes affichent une progression régulière, la rentabilité s’est améliorée, et le distributeur est même reparti à l’offensive avec l’acquisition récente des hypermarchés Cora et des supermarchés Match. Voilà pour le tableau général. Mais l’Informé a mis la main sur les performances précises par type de magasin en France, et le moins que l’on puisse dire, c’est que les chiffres sont plus contrastés. Véritable vache à lait du groupe, les supérettes de proximité (Carrefour City, Express, Contact) et, dans une moindre mesure, les supermarchés (Market), permettent de compenser les pertes récurrentes des hypermarchés.

Soutenez l’investigation indépendante !

15 jours gratuits sans engagement*

Chaque jour, la rédaction de l’Informé révèle des informations exclusives sur les entreprises et leurs dirigeant(e)s dans tous les secteurs de l’économie. Factuel, libre et sans pub, l’Informé ne vit que de ses lecteurs.

  • Abonnement résiliable à tout moment
  • L’accès à l’intégralité de nos articles sur ordinateur fixe, tablette et smartphone
  • Des newsletters récapitulant nos scoops
  • Des alertes sur les sujets et auteurs de votre choix

Notre indépendance nous a permis de vous révéler ces informations :

*Offre valable sur l’abonnement mensuel

Déjà abonné(e) ?""",
         boiler=["Grande conso", "Publié : 13/09/2023 à 12:18", "Photo", "FIORA GARENZI / Hans Lucas via AFP",
                 "Soutenez l’investigation indépendante !", "15 jours gratuits sans engagement*",
                 "Chaque jour, la rédaction de l’Informé révèle des informations exclusives sur les entreprises et leurs dirigeant(e)s dans tous les secteurs de l’économie. Factuel, libre et sans pub, l’Informé ne vit que de ses lecteurs.",
                 "• Abonnement résiliable à tout moment",
                 "• L’accès à l’intégralité de nos articles sur ordinateur fixe, tablette et smartphone",
                 "• Des newsletters récapitulant nos scoops", "• Des alertes sur les sujets et auteurs de votre choix",
                 "Notre indépendance nous a permis de vous révéler ces informations :",
                 "*Offre valable sur l’abonnement mensuel", "Déjà abonné(e) ?"],
         ents="""ORG: Carrefour | Cora | Match | Informé
MISC: Carrefour Express | Carrefour City | Express | Contact | City | Market
LOC: France""",
         sentiments={"Carrefour": "mixed", "Cora": "neutral", "Match": "neutral"},
         events=["earnings"]),

    dict(id="fr7-universfreebox-fibre-operateurs", lang="fr", split="dev", date="2022-12",
         url="https://www.universfreebox.com/article/539687/orange-free-sfr-et-bouygues-telecom-quel-operateur-propose-la-fibre-au-plus-grand-nombre-de-foyers",
         text=""" date 2022-12 Orange, Free, SFR et Bouygues Telecom : quel opérateur propose la fibre au plus grand nombre de foyers ?

Orange remporte la partie pour le moment en matière de prises fibre éligibles dans l’Hexagone. Free et SFR se partagent la seconde place. Bouygues Telecom est en retrait mais fonce pour rattraper son retard.

Sur les 33,1 millions de locaux éligibles aux offres fibre sur le territoire national soit plus de trois quarts des Français, combien peuvent choisir Orange, Free, SFR ou Bouygues Telecom ? Pour le savoir, il suffit de se référer aux chiffres des opérateurs eux-mêmes.

En haut du classement, Orange est sans surprise le leader avec de prises raccordables. Lui-même opérateur d’infrastructure déployant la fibre dans les RIP, il joue également un rôle majeur dans la Zone AMII. Fin septembre 2022, l’ex-France Télécom proposait sa fibre à 32,3 millions de locaux en France (+17,6%) pour total d’environ 6,5 millions d’abonnés sur ce segment.

A la seconde place, deux concurrents sont ex-aequo. On retrouve Free avec 29,8 millions de prises raccordables soit 6 millions de gagnées en un an et 4,5 millions d’abonnés FTTH. L’opérateur de Xavier Niel a pour objectif d’être présent partout sur le territoire et même sur les réseaux d’initiative publique à faible part de marché. De son côté, SFR a annoncé disposer également de 29,8 millions de prises éligibles à la fin du troisième trimestre. Son parc dit “fibre” s’élève à 4,3 millions d’abonnements mais comprend les clients, FTTB et 4G box.

A la dernière place, Bouygues Telecom ne cesse de progresser avec 28 millions de prise raccordables. En 2022, l’opérateur a commencé à appuyer sur l’accélérateur avec 7790 nouvelles communes raccordées selon Ariase, soit un déploiement en profession de 65%. Motif de satisfaction, la majorité de ces communes sont """,
         ents="""ORG: Orange | Free | SFR | Bouygues Telecom | France Télécom | Ariase
PER: Xavier Niel
LOC: Hexagone | France
MISC: Zone AMII""",
         sentiments={"Orange": "positive", "Free": "positive", "SFR": "neutral", "Bouygues Telecom": "mixed",
                     "Ariase": "neutral"},
         events=["competition"]),

    dict(id="fr7-lessentiel-airfrance-greve-controleurs", lang="fr", split="dev",
         date="2022-09 (approx., the page gives no date: the same announcement, 45 % of short and medium-haul flights kept on the strike Friday, is dated 2022-09 on boursier.com)",
         url="https://www.lessentiel.lu/fr/story/air-france-annule-55-de-ses-court-et-moyen-courriers-vendredi-159641192100",
         text="""Grève des contrôleurs : Air France annule 55% de ses court et moyen-courriers ce vendredi

Air France a décidé d’annuler 55% de ses vols court et moyen-courriers et 10% de ses long-courriers vendredi, en raison d’une grève des contrôleurs aériens français, a annoncé mercredi la compagnie. «Des retards et des annulations de dernière minute ne sont pas à exclure», a ajouté Air France, dans un communiqué, en soulignant que «les clients concernés par des vols annulés seront notifiés individuellement par SMS et e-mail».""",
         ents="ORG: Air France",
         sentiments={"Air France": "negative"},
         events=[]),

    dict(id="fr7-boursier-luxe-chine", lang="fr", split="dev", date="2021-08",
         url="https://www.boursier.com/actions/actualites/news/luxe-lvmh-kering-et-hermes-chutent-encore-856213.html",
         text=""" date 2021-08 Luxe : LVMH, Kering et Hermès chutent encore

(Boursier.com) — On prend les mêmes et on recommence. Nouvelle baisse marquée pour les grands acteurs du luxe français en ce début de séance, toujours plombés par les inquiétudes relatives à un ralentissement de l'activité en Chine, principal marché de l'industrie. Le repli plus fort que prévu des ventes de détail dans le pays en juillet est venu renforcer ces craintes d'autant que la crise sanitaire est loin d'être terminée. Des informations provenant de divers médias d'État chinois pénalisent également l'industrie alors que le président Xi Jinping aurait proposé un plan de "prospérité commune" comprenant la régulation et la redistribution des revenus. Un projet qui pourrait affecter les ménages les plus aisés.

Dans ce contexte, LVMH et Kering alignent une cinquième séance consécutive de recul avec des replis respectifs de 5% et 5,4% ce matin. Hermès résiste un peu mieux, en baisse de 3,3%.""",
         # the first line is the scraper's date stamp before the headline: boilerplate here, as in
         # fr2-boursorama-caterpillar (test_boilerplate requires every line the date rule flags to be gold boilerplate)
         boiler=["date 2021-08 Luxe : LVMH, Kering et Hermès chutent encore"],
         ents="""ORG: Boursier.com | LVMH | Kering | Hermès
PER: Xi Jinping
LOC: Chine""",
         sentiments={"LVMH": "negative", "Kering": "negative", "Hermès": "negative"},
         events=[]),

    dict(id="fr7-cbanque-axa-semestre", lang="fr", split="dev",
         date="2012-08 (approx., from the text: first-half results set against the first half of 2011)",
         url="http://www.cbanque.com/actu/31876/axa-le-benefice-net-du-1er-semestre-en-baisse-de-36-mais-superieur-aux-attentes",
         text="""L'assureur Axa a enregistré au premier semestre un bénéfice net de 2,58 milliards d'euros, en baisse de 36% mais supérieur aux attentes des analystes, qui tablaient sur un bénéfice d'environ 2,3 milliards. Le repli est dû à un effet de base défavorable car le premier semestre 2011 avait bénéficié d'importantes plus-values de cession.

Au premier semestre 2011, Axa avait bénéficié d'un effet favorable de 1,54 milliard d'euros lié à la vente de ses activités en Australie et Nouvelle-Zélande, ainsi qu'à la cession de sa participation au capital de l'assureur-vie chinois Taikang Life.

Sur le plan opérationnel, deux des trois pôles d'activité sont en croissance. La gestion d'actifs connaît un repli (-5%) quand l'assurance de personnes (+2,8%) et le dommage (+5,4%) progressent. En assurance de personnes, Axa profite du développement de la prévoyance et de la santé, un axe de croissance prioritaire pour l'assureur, qui a représenté 44% des affaires nouvelles pour la France au premier semestre.

Si la collecte nette est nulle au premier semestre en France, elle est sensiblement positive dans les régions Asie-Pacifique et Europe du Nord, centrale et de l'Est.

En assurance dommage, les revenus sont soutenus par une hausse moyenne des tarifs de 3%. Les revenus sont en hausse dans toutes les zones géographiques, à l'exception de l'Espagne et de la Belgique. La France affiche une progression de 3%. Au total, le chiffre d'affaires augmente de 3%, à 48,4 milliards d'euros.""",
         ents="""ORG: Axa | Taikang Life
LOC: Australie | Nouvelle-Zélande | France | Asie-Pacifique | Europe du Nord | Espagne | Belgique""",
         sentiments={"Axa": "mixed", "Taikang Life": "neutral"},
         events=["earnings"]),

    dict(id="fr7-franceinter-edf-clients", lang="fr", split="dev",
         date="2021-11 (approx., from the text: first month of client gains in October, E. Leclerc Energies stopping on 31 October)",
         url="https://www.franceinter.fr/economie/prix-de-l-energie-pour-la-premiere-fois-depuis-15-ans-edf-gagne-des-clients",
         text="""À cause de l'augmentation des prix de l'énergie, de plus en plus de Français se détournent des fournisseurs alternatifs et reviennent vers EDF et ses tarifs réglementés. Pour la première fois en 15 ans, l'opérateur historique gagne donc des clients en octobre.

Face à la crise de l'énergie, de plus en plus de Français se tournent vers EDF [photo d'illustration]. © Maxppp / IP3 PRESS

C’est une première depuis la libéralisation du secteur de l’énergie en 2007 : alors qu’EDF perdait environ 100.000 clients chaque mois, la tendance s’inverse au mois d'octobre. Face à la flambée des prix de l'énergie, de plus en plus de Français reviennent vers l'opérateur public et ses tarifs réglementés.

Les fournisseurs alternatifs dans la tourmente

Les fournisseurs alternatifs, concurrents d’EDF, achètent très cher l’énergie sur les marchés de gros et vendent ensuite à perte. Certains sont alors obligés de suspendre leurs offres avantageuses, d'augmenter les prix voire d'annuler des contrats. Ceux qui n’ont pas les reins solides jettent déjà l’éponge, à l’image de E. Leclerc Energies qui avait prévenu ses clients qu'il cesserait purement et simplement de fournir de l'électricité à partir du 31 octobre.

Autre exemple : Hydroption, fournisseur de clients professionnels comme l’Armée ou la mairie de paris, a été placé en redressement judiciaire. Fin octobre, le comparateur du Médiateur national de l'énergie comptait "moins de 30" fournisseurs proposant des offres pour les particuliers contre encore 39 le 22 septembre, indique l'Agence France-presse (AFP). Outre-Manche, la situation est encore pire. On dénombre déjà 16 fournisseurs en cessation d’activité.

EDF tire son épingle du jeu

Le Médiateur national de l'énergie conseillait alors de ne pas souscrire d'offre dont les prix sont indexés sur les marchés et recommandait une offre aux tarifs réglementés de vente (TRV), indexée sur ces TRV ou à prix fixe. L""",
         boiler=["Face à la crise de l'énergie, de plus en plus de Français se tournent vers EDF [photo d'illustration]. © Maxppp / IP3 PRESS"],
         ents="""ORG: EDF | E. Leclerc Energies | Hydroption | Armée | mairie de paris | Médiateur national de l'énergie | Agence France-presse | AFP
LOC: Outre-Manche""",
         sentiments={"EDF": "positive", "E. Leclerc Energies": "negative", "Hydroption": "negative"},
         events=["competition", "bankruptcy"]),

    dict(id="fr7-upday-sncf-alstom-tgvm", lang="fr", split="dev",
         date="2026-01-19 (approx., the same order as Reuters' dispatch of 19/01/2026; the page gives no date)",
         url="https://www.upday.com/fr/actualite/la-sncf-commande-15-nouveaux-tgv-m-a-alstom-pour-600-millions/v8febnr",
         text="""SNCF Voyageurs a commandé 15 nouveaux trains à grande vitesse à Alstom pour environ 600 millions d'euros. Cette commande vise à développer l'offre de la compagnie ferroviaire entre la France et la Belgique, avec une mise en service prévue d'ici 2029. Le contrat porte le nombre total de rames commandées depuis le lancement du partenariat en 2016 à 160 trains.

Il s'agit de la quatrième tranche de commandes du projet « TGV du futur », initié entre SNCF et Alstom. Ces trains de nouvelle génération, baptisés « TGV M » par SNCF et « Avelia Horizon » par le constructeur, sont essentiels pour la compagnie dans la bataille du rail en France et en Europe, face à l'ouverture à la concurrence. SNCF avait déjà commandé 15 rames en 2022 pour le marché italien, puis 30 trains en 2025 pour le groupe Eurostar, dont elle est actionnaire majoritaire.

Retards de production

La mise en service de ces nouveaux TGV a pris du retard. Initialement prévus pour les Jeux olympiques de 2024, les premiers trains ne circuleront finalement que le 1er juillet 2026. Le PDG de SNCF Voyageurs, Christophe Fanichet, avait exprimé en décembre sa frustration envers Alstom, déclarant que le constructeur «n'a pas produit de rames en quantité suffisante, nous en avons quatre en essai de pré-exploitation, et nous en aurons six en mai, ce qui nous permettra d'en lancer quatre en exploitation commerciale au 1er juillet».

Malgré ces difficultés, Christophe Fanichet reste confiant. «Je ne suis pas content de ces retards, mais je suis sûr que d'ici quelques mois on aura tout oublié, tant son caractère est révolutionnaire», a-t-il affirmé. Face à ces retards, Alstom a investi 150 millions d'euros en 2025 pour augmenter sa capacité de production. Le constructeur fabrique actuellement environ un TGV M par mois à La Rochelle et vise 2,5 trains mensuels d'ici 2027.""",
         ents="""ORG: SNCF Voyageurs | SNCF | Alstom | Eurostar
PER: Christophe Fanichet
LOC: France | Belgique | Europe | La Rochelle
MISC: TGV du futur | TGV M | TGV | Avelia Horizon | Jeux olympiques""",
         sentiments={"SNCF Voyageurs": "positive", "SNCF": "neutral", "Alstom": "mixed", "Eurostar": "neutral"},
         events=["partnership"]),

    dict(id="fr7-leseco-stellantis-electriques", lang="fr", split="dev",
         date="2022-10-17 (from the text: opening of the Paris motor show, Monday 17 October)",
         url="https://leseco.ma/international/automobile-stellantis-produira-bientot-12-vehicules-electriques-en-france.html",
         text="""Monde

Automobile : Stellantis produira bientôt 12 véhicules électriques en France

Le groupe automobile convertit progressivement tous ses sites français à l’électrique. Mulhouse, Sochaux, Rennes, Douvrain et, bien sûr, Poissy et Hordain seront tous mis à contribution pour produire à court terme 12 modèles de véhicules électriques en Hexagone. L’annonce a été faite par Carlos Tavares, patron de Stellantis, à l’ouverture du Mondial de l’automobile, ce 17 octobre, à Paris.

Le groupe Stellantis va produire «à brève échéance» 12 véhicules électriques en France, contre six actuellement, a annoncé, lundi, le directeur général Carlos Tavares, au Salon de l’automobile de Paris. Les Peugeot 308, 308 break et 408 électriques seront notamment produites à Mulhouse (Haut-Rhin), a indiqué Carlos Tavares au côté d’Emmanuel Macron, qui visitait le stand Peugeot. Les SUV 3008 et 5008 électriques seront produits à Sochaux (Doubs) et le futur SUV électrique de Citroën à Rennes, a précisé le groupe. «On est en train de crédibiliser cette trajectoire qu’on s’est fixée, celle d’obtenir deux millions de véhicules électriques produits en France en 2030», a salué le président de la République.

«On a déjà sécurisé un million à l’horizon 2026-2027», a poursuivi Macron. «On sera là pour soutenir et accompagner dans la durée, pour faire de la France à nouveau une grande terre automobile de demain», a-t-il promis.

Le groupe franco-italo-américain Stellantis, dont l’État français est actionnaire, produisait notamment déjà la DS3 et l’Opel Mokka électriques à Poissy (Yvelines) et des utilitaires électriques à Hordain (Nord). Le groupe va également produire des batteries électriques à Douvrin (Pas-de-Calais). Son concurrent, Renault, a pour sa part multiplié les annonces concernant la production en France de ses R4 et R5 électriques. Alors que la transition vers l’électrique fait craindre un red""",
         boiler=["Monde"],
         ents="""ORG: Stellantis | Peugeot | Citroën | Renault
PER: Carlos Tavares | Emmanuel Macron | Macron
LOC: France | Mulhouse | Sochaux | Rennes | Douvrain | Poissy | Hordain | Hexagone | Paris | Haut-Rhin | Doubs | Yvelines | Nord | Douvrin | Pas-de-Calais
MISC: Mondial de l’automobile | Salon de l’automobile de Paris | Peugeot 308 | 308 | 408 | 3008 | 5008 | DS3 | Opel Mokka | R4 | R5""",
         sentiments={"Stellantis": "positive", "Peugeot": "neutral", "Citroën": "neutral", "Renault": "neutral"},
         events=["product_launch"]),

    dict(id="fr7-01net-renault-envision-douai", lang="fr", split="dev",
         date="2021 (approx., from the text: Envision bought Nissan's battery arm two years before)",
         url="https://01net.com/actualites/une-usine-de-batteries-chinoise-a-douai-pour-les-voitures-electriques-de-renault-2043573.html",
         text="""La marque au losange veut fabriquer une partie de ses véhicules électriques en France. Son PDG, Luca de Meo, parle même de « pôle électrique nord » lorsqu’il évoque les sites de productions de la nouvelle R5 et la future Mégane-e. C’est précisément l’usine de Douai dans laquelle sont actuellement fabriqués le Scénic ou le Talisman qui devrait être convertie à l’électrique. C’est également dans la commune des Hauts-de-France que Renault compte se fournir en batteries pour ses véhicules électriques, un composant qu’il ne fabriquera pas, mais qu’il achètera à Envision.
En effet, selon le Figaro, le fabricant chinois aurait décidé d’implanter son usine de batteries à proximité de l’usine de Douai. Et pour cause, le groupe qui avait racheté il y a deux ans la division batterie de Nissan va fournir Renault en accumulateurs. Le projet de création d’usine devrait être appuyé financièrement par la Région et l’État et devrait générer la création de 2 000 emplois.
A découvrir aussi en vidéo :
L’usine Envision de Douai pourrait consacrer la quasi-intégralité de sa production à Renault. Le constructeur au losange n’entend donc toujours pas participer au projet ACC, fruit de la collaboration entre Total et PSA. Celui-ci vise une production de batteries à grande échelle en Europe. Selon le Figaro, le ministre de l’Économie, Bruno Le Maire, insisterait pour que Renault se joigne aux deux autres entreprises françaises. Le recours de la marque au losange à Envision en dit long sur ses envies de partenariat.
Source : Le Figaro
🔴 Pour ne manquer aucune actualité de 01net, suivez-nous sur Google Actualités et WhatsApp.""",
         boiler=["A découvrir aussi en vidéo :", "Source : Le Figaro",
                 "🔴 Pour ne manquer aucune actualité de 01net, suivez-nous sur Google Actualités et WhatsApp."],
         ents="""ORG: Renault | Envision | Nissan | ACC | Total | PSA | Figaro
PER: Luca de Meo | Bruno Le Maire
LOC: France | Douai | Hauts-de-France | Europe
MISC: R5 | Mégane-e | Scénic | Talisman""",
         sentiments={"Renault": "positive", "Envision": "positive", "Nissan": "neutral", "ACC": "neutral",
                     "Total": "neutral", "PSA": "neutral"},
         events=["partnership", "expansion"]),

    dict(id="fr7-lopinion-luxe-fashion-week", lang="fr", split="dev",
         date="2018-10 (approx., inferred from the text: LVMH third-quarter sales just after the Fashion Week; an image file name carries a later date)",
         url="https://www.lopinion.fr/economie/le-luxe-a-la-gueule-de-bois-boursiere-apres-la-fashion-week",
         text="""Le luxe a la gueule de bois boursière après la Fashion week

Le léger ralentissement de la demande chinoise fait chuter LVMH, Kering et Hermès, trois poids lourds du CAC 40
capture-decran-2019-11-07-a-10-45-56-0.png
bernard-arnault-et-francois-henri-pinault-sipa-copie.jpg
Bernard Arnault et François-Henri Pinault  -  Sipa Press
Les faits -

Derrière une hausse à deux chiffres, les ventes du numéro un mondial du luxe au troisième trimestre reflètent un fléchissement à +15% contre + 20% de l’appétit des consommateurs chinois pour la marque phare Louis Vuitton. En une séance, la valorisation des trois géants du luxe a fondu de près de 20 milliards d’euros

Dans le luxe, les cours de Bourse ne sont plus indexés sur le prix des sacs à main. Alors que les ventes de Vuitton, Gucci et Hermès continuent de battre des records, les actions de leurs maison-mères subissent des reculs spectaculaires. Contrastant avec le succès de la Fashion Week et des défilés glamour, une première alerte a pénalisé le secteur le mois dernier après la publication de plusieurs études pointant, notamment, le risque d’un ralentissement de la demande chinoise.

Sur le même thème""",
         boiler=["capture-decran-2019-11-07-a-10-45-56-0.png", "bernard-arnault-et-francois-henri-pinault-sipa-copie.jpg",
                 "Bernard Arnault et François-Henri Pinault  -  Sipa Press", "Les faits -", "Sur le même thème"],
         ents="""ORG: LVMH | Kering | Hermès
MISC: CAC 40 | Fashion week | Fashion Week | Louis Vuitton | Vuitton | Gucci""",
         sentiments={"LVMH": "negative", "Kering": "negative", "Hermès": "negative"},
         events=["earnings"]),

    dict(id="fr7-journaliste-quotidien-banques", lang="fr", split="dev",
         date="2021-11 (approx., from the text: third-quarter 2021 results)",
         url="https://journaliste-quotidien.com/1915/economie/leclatante-sante-des-banques-francaises/",
         text="""L’éclatante santé des banques françaises

Société générale enregistre le meilleur trimestre de son histoire et BPCE multiplie par deux son bénéfice.

Trimestre après trimestre, la bonne santé des banques françaises se confirme. Société générale a ainsi enregistré le meilleur trimestre de son histoire entre juillet et septembre, avec 1,6 milliard d’euros de bénéfices! Ce qui permet à la banque de la Défense d’envisager une année 2021 record. Sur les neuf premiers mois de l’année, elle a déjà dégagé 3,9 milliards d’euros de résultats. À titre de comparaison, en 2020, sur la même période, elle enregistrait sur une perte nette de 728 millions d’euros.

«Ces excellents résultats ont été tirés par tous les métiers», se félicite Frédéric Oudéa, directeur général de Société générale. De fait, au troisième trimestre, son produit net bancaire – l’équivalent du chiffre d’affaires – a bondi de 15 %. «Les planètes sont alignées pour Société générale, note Jérôme Legras, responsable de la recherche chez Axiom AI. Les revenus de la banque de financement et d’investissement sont dopés par la très bonne conjoncture sur les marchés financiers et la banque

Cet article est réservé aux abonnés. Il vous reste 78% à découvrir.

Cultiver sa liberté, c’est cultiver sa curiosité.

Continuez à lire votre article pour 1€ le premier mois

Déjà abonné ?
Connectez-vous

LAISSER UN COMMENTAIRE

S'il vous plaît entrez votre commentaire!
S'il vous plaît entrez votre nom ici""",
         boiler=["Cet article est réservé aux abonnés. Il vous reste 78% à découvrir.",
                 "Cultiver sa liberté, c’est cultiver sa curiosité.",
                 "Continuez à lire votre article pour 1€ le premier mois", "Déjà abonné ?", "Connectez-vous",
                 "LAISSER UN COMMENTAIRE", "S'il vous plaît entrez votre commentaire!",
                 "S'il vous plaît entrez votre nom ici"],
         ents="""ORG: Société générale | BPCE | Axiom AI
PER: Frédéric Oudéa | Jérôme Legras
LOC: Défense""",
         sentiments={"Société générale": "positive", "BPCE": "positive", "Axiom AI": "neutral"},
         events=["earnings"]),

    dict(id="fr7-france3-danone-prix-lait", lang="fr", split="dev", date="2012-10-09 (from the URL)",
         url="https://france3-regions.francetvinfo.fr/normandie/2012/10/09/prix-du-lait-danone-s-engage-respecter-son-contrat-avec-les-producteurs-118525.html",
         text="""En septembre, Lactalis et Sodiaal ont baissé leurs prix de 5 euros par 1 000 litres de lait, suscitant la colère des producteurs confrontés à l'envolée des prix de l'alimentation animale.
Ce mardi, dans un communiqué, le groupe Danone assure lui qu'il "respectera les termes du contrat avec les producteurs et, en particulier, les clauses relatives à la fixation du prix du lait... conformément à la Loi de modernisation de l'Agriculture".
Danone Produits Frais France s'est engagé dans un processus de contractualisation avec les producteurs et leurs représentants, "ce qui a abouti à la signature du premier contrat de la filière, le 16 décembre 2011", tient à rappeler l'industriel.
Et si un éventuel changement de prix devait être décidé, "ça ne se fera jamais de manière unilatérale mais dans la concertation" avec tous les acteurs concernés, a précisé une porte-parole de Danone.
Dans la perspective de la fin des quotas laitiers européens en 2015, le gouvernement français a imposé la signature d'un contrat entre les industriels et les producteurs de lait qui les fournissent. L'objectif est de sécuriser les revenus des paysans, secoués en 2009 et 2010 par des crises à répétition en raison d'une baisse des prix du lait.
Le groupe Danone quant à lui possède une usine au Mollay-Littry, dans le Calvados. Une des plus anciennes usines du groupe et de loin la plus petite. 230 producteurs la fournissent en lait. Malgré sa petite taille, elle est un acteur important dans la filière locale, avec 85 millions de litres de lait collectés chaque année.""",
         ents="""ORG: Lactalis | Sodiaal | Danone Produits Frais France | Danone
LOC: Mollay-Littry | Calvados
MISC: Loi de modernisation de l'Agriculture""",
         sentiments={"Lactalis": "negative", "Sodiaal": "negative", "Danone": "positive",
                     "Danone Produits Frais France": "positive"},
         events=[]),

    dict(id="fr7-pme-societe-generale-t3", lang="fr", split="dev", date="2022-11-04 (from the URL)",
         url="https://pme.ch/latest-news/2022/11/04/societe-generale-freinee-par-sa-banque-de-detail-au-3eme-trimestre-544499",
         text="""Le produit net bancaire (PNB), équivalent du chiffre d'affaires, s'élève à 6,83 milliards d'euros (6,7 milliards de francs) de juillet à septembre, pour un résultat net de 1,5 milliard d'euros.
"Ce trimestre est marqué par une progression des revenus, la poursuite de la maîtrise des frais généraux et un coût du risque contenu", a commenté dans un communiqué le directeur général de la banque hexagonale Frédéric Oudéa.
La banque de détail, rassemblant notamment les réseaux d'agences Société Générale et Crédit du Nord amenés à fusionner à partir de l'an prochain, voit sa rentabilité chuter par rapport à la même période l'an dernier: si le chiffre d'affaires de l'activité est stable, son bénéfice net est amputé de 27%, à 343 millions d'euros.
Les comptes sont notamment affectés par le coût du risque, ces sommes provisionnées pour faire face aux éventuels impayés sur les crédits consentis (près de 200 millions d'euros pour les réseaux).
La hausse du taux du Livret A et du Livret de développement durable et solidaire, passé de 1% à 2% au 1er août, ainsi que celles des produits d'épargne associés pesait également sur la profitabilité de la banque de détail.
Le résultat net des réseaux de banque de détail à l'international, groupés avec l'assurance et des services spécialisés, progresse quant à lui de 6,8% au troisième trimestre, de même que celui de la banque de financement et d'investissement, de 15,6%.
La société a aussi précisé vendredi que son ratio de solvabilité, indicateur-clé de sa solidité en cas de crise, s'établissait au 30 septembre à 13,1%, au-dessus de l'exigence réglementaire.
Le groupe est par ailleurs en pleine recomposition de son état-major, en écho à l'annonce le 30 septembre du successeur de Frédéric Oudéa: Slawomir Krupa, le patron des activités de financement et d'investissement, amené à prendre les rênes du groupe en mai prochain.
Société Générale est la deuxièm""",
         ents="""ORG: Société Générale | Crédit du Nord
PER: Frédéric Oudéa | Slawomir Krupa
MISC: Livret A | Livret de développement durable et solidaire""",
         sentiments={"Société Générale": "mixed", "Crédit du Nord": "neutral"},
         events=["earnings"]),

    dict(id="fr7-kulturegeek-orange-6-millions-fibre", lang="fr", split="dev", date="2022-01",
         url="https://kulturegeek.fr/news-250353/orange-continue-dominer-6-millions-clients-fibre",
         text=""" date 2022-01 Orange passe un nouveau cap avec désormais 6 millions de clients fibre. L’opérateur historique conserve sa première place et continue de faire mieux que SFR, Bouygues Telecom et Free dans ce domaine.

Désormais 6 millions de clients fibre chez Orange

Dans un communiqué, Orange indique que le seuil des 6 millions d’abonnés fibre « confirme la forte appétence des Français » pour son réseau Internet. Il estime qu’il est « le plus fiable et le plus performant jamais construit ». À ce jour, l’opérateur raccorde près de 10 000 clients chaque jour selon ses dires.

À fin 2021, Orange avait déployé — sur fonds propres ou en partenariat avec les collectivités territoriales — 63% des 29 millions de locaux éligibles au FTTH en France. Avec une hausse de 20% de locaux éligibles en un an, la France est aujourd’hui le pays le plus fibré d’Europe.

« Avec 6 millions de clients, je me réjouis de l’adoption massive de la Fibre. Ce résultat est le fruit de la mobilisation totale des équipes techniques et commerciales d’Orange France et de ses partenaires sur tous nos territoires », déclare Fabienne Dulac, la directrice générale d’Orange. « Plus de la moitié du parc clients Internet d’Orange en France profite désormais de la Fibre à la maison ou en entreprises. Ce succès s’adosse à notre leadership en matière de déploiement et à notre capacité à raccorder 10 000 clients chaque jour ».

De son côté, Stéphane Richard, le PDG d’Orange (jusqu’au 31 janvier), dit que son groupe et la France ont fait le pari de la fibre optique il y a maintenant plus de 10 ans. Il estime que ce pari a payé « puisque la France est aujourd’hui le pays le plus fibré d’Europe avec 70% du territoire français désormais couvert, en grande partie grâce aux femmes et aux hommes d’Orange qui ont déjà déployé 63% des lignes FttH""",
         ents="""ORG: Orange France | Orange | SFR | Bouygues Telecom | Free
PER: Fabienne Dulac | Stéphane Richard
LOC: France | Europe""",
         sentiments={"Orange": "positive", "Orange France": "positive", "SFR": "neutral", "Bouygues Telecom": "neutral",
                     "Free": "neutral"},
         events=[]),

    dict(id="fr7-lecho-airfrance-greve-salaires", lang="fr", split="dev", date="2018-02",
         url="https://www.lecho.be/entreprises/aviation/Pagaille-en-vue-sur-les-vols-d-Air-France-ce-jeudi/9984728",
         text=""" date 2018-02 50% des vols long-courriers au départ de Paris seront annulés en raison d'une grève du personnel d'Air France. Les employés de la compagnie française réclament une hausse salariale plus importante que celle proposée par la direction.

Si vous devez prendre un vol Air France ce jeudi, la compagnie vous invite fortement à vérifier via son site internet "si le vol est opéré avant de se présenter à l'aéroport". Il faut dire qu'on s'attend à l'annulation de la moitié des vols long-courriers au départ de Paris. En cause: une grève du personnel pour les salaires qui concernera aussi bien les pilotes que les personnels navigants et au sol.""",
         ents="""ORG: Air France
LOC: Paris""",
         sentiments={"Air France": "negative"},
         events=[]),
]
