"""French real business articles added after the split (development only; see make_real.py for the format)."""

ARTICLES = [
    dict(id="fr3-tradingsat-vilmorin", lang="fr", split="dev", date="2022-03",
         url="https://www.tradingsat.com/vilmorin-cie-FR0000052516/actualites/vilmorin-cie-vilmorin-perte-de-396-me-au-premier-semestre-1008503.html",
         text=""" date 2022-03 (CercleFinance.com) - Le chiffre d'affaires consolidé s'élève à 567,2 millions d'euros au premier semestre 2021-2022, en progression de 7,9 % à données courantes et de 6,6 % à données comparables.



La marge sur coûts des ventes s'établit à 311,1 millions d'euros et représente 54,8 % du chiffre d'affaires total, en augmentation de 1,6 point par rapport au premier semestre de l'exercice précédent.



Le résultat net semestriel affiche une perte de 39,6 millions d'euros, en dégradation de 7,7 millions d'euros par rapport au premier semestre de l'exercice 2020-2021.



L'endettement financier s'élève à 1 126,2 millions d'euros - en baisse de 70,5 millions d'euros par rapport au 31 décembre 2020.""",
         ents="ORG: CercleFinance.com",
         events=["earnings"]),

    dict(id="fr3-latribune-groupes-chequier", lang="fr", split="dev", date="2010-08-19 (approx., from the text)",
         url="https://www.latribune.fr/journal/edition-du-1908/industrie-et-services/1025892/les-groupes-francais-prets-a-sortir-leur-chequier.html",
         text="""Les groupes français prêts à sortir leur chequier

En France, plusieurs groupes tricolores ont des visées d'acquisitions à l'international et sur leur marché domestique. Figure en première place GDF Suez, qui va mettre la main sur le britannique International Power, à l'issue d'une fusion assortie d'une introduction en Bourse. Cette opération va donner naissance au premier groupe énergétique mondial, hors sociétés pétrolières, avec un chiffre d'affaires de 84 milliards d'euros. Et GDF Suez n'est pas encore rassasié puisqu'il a déposé une offre de rachat sur le numéro trois polonais de l'énergie, Enea. Pour en prendre 51 %, il faudra mettre sur la table 1,2 milliard d'euros.Safran est aussi actuellement l'un des principaux animateurs français des fusions-acquisitions. Alors qu'il va boucler l'achat de la filiale de SNPE, SNPE Matériaux Énergétiques, il s'est lancé ces dernières semaines sur plusieurs dossiers. L'équipementier aéronautique et électronique, fort du feu vert de l'État, a exprimé son intérêt pour son homologue Zodiac. Et le groupe présidé par Jean-Paul Herteman s'est porté candidat à l'achat de l'essentiel des activités biométriques de l'américain L-1. Au début de l'été, Zodiac a de son côté racheté à l'allemand Premium Aircraft Interior Group la société Sell GmbH (179 millions d'euros de chiffre d'affaires), grand concepteur et fabricant de cuisine et d'équipement électriques pour cuisines d'avions.Sanofi est également prêt à sortir son chéquier pour s'offrir la biotech américaine Genzyme. Le groupe français a proposé 14 milliards d'euros pour racheter ce spécialiste des maladies rares. Verdict d'ici quelques semaines. Michel cabirol
Commentaire 0

Votre email ne sera pas affiché publiquement.
Tous les champs sont obligatoires.

Il n'y a actuellement aucun commentaire concernant cet article.
Soyez le premier à donner votre avis !

-

Merci pour votre commentaire. Il sera visible prochainement""",
         boiler=["Commentaire 0", "Votre email ne sera pas affiché publiquement.", "Tous les champs sont obligatoires.",
                 "Il n'y a actuellement aucun commentaire concernant cet article.",
                 "Soyez le premier à donner votre avis !", "-",
                 "Merci pour votre commentaire. Il sera visible prochainement"],
         ents="""ORG: GDF Suez | International Power | Enea | Safran | SNPE Matériaux Énergétiques | SNPE | Zodiac | L-1 | Premium Aircraft Interior Group | Sell GmbH | Sanofi | Genzyme
PER: Jean-Paul Herteman | Michel cabirol
LOC: France""",
         sentiments={"GDF Suez": "positive", "International Power": "neutral", "Enea": "neutral", "Safran": "positive",
                     "SNPE": "neutral", "Zodiac": "neutral", "L-1": "neutral",
                     "Premium Aircraft Interior Group": "neutral", "Sell GmbH": "neutral", "Sanofi": "positive",
                     "Genzyme": "neutral"},
         events=["acquisition"]),

    dict(id="fr3-culturalusa-autorite-amendes", lang="fr", split="dev", date="2017 (approx., from the text: the 2016 report)",
         url="https://www.culturalusa.com/news/economie/lautorite-de-la-concurrence-a-inflige-203-millions-deuros-damendes/",
         text="""• ven. Avr 19th, 2024

L’autorité de la concurrence a infligé 203 millions d’euros d’amendes

Share This !

Le gendarme du commerce et des services a encore sévi contre les mauvaises pratiques des entreprises et va continuer.

Une fois encore l’Autorité de la concurrence démontre son utilité. Le bilan de son action en 2016, publié ce lundi matin, fait état de 310 décisions et avis rendus, dont quatorze se sont traduits par un total de 203,2 millions d’euros d’amendes. On est certes loin du record de 1,2 milliard d’euros de 2015.

«Il n’y a pas eu de grosses sanctions», explique la présidente Isabelle de Silva qui vient d’achever son premier semestre à la tête d’une institution qui compte bien poursuivre sa veille, ses contrôles et rappels à l’ordre.

On retiendra de 2016, que sur quatorze sanctions prononcées, neuf visent des ententes entre entreprises. Une pratique récurrente, malgré déjà de très nombreuses et sévères sanctions de l’Autorité.

On retiendra aussi deux «grosses» amendes, celle de 80 millions d’euros prononcée contre Numéricable (filiale d’Altice, présidée par Patrick Drahi), pour avoir anticipé le rachat de SFR avant obtention de toutes les autorisations. Altice fait d’ailleurs l’objet d’une enquête sur des pratiques similaires supposées au Portugal.

SFR, lui, semble s’être abonné à l’autorité; en mars dernier, une autre sanction, de 40 millions d’euros a été prononcée contre lui pour ne pas avoir tenu ses engagements en matière de raccordements à la fibre.

On retiendra aussi les 69 millions d’euros infligés à Umicore, société belge et l’un des leaders mondiaux du zinc, qui avait abusé de sa position dominante en mettant en place pendant 9 ans une stratégie commerciale visant à contraindre ses distributeurs à s’approvisionner exclusivement auprès de lui.

Le secteur du numérique dans le collimateur

En 2017, l’autorité a déjà prononcé pour 100""",
         boiler=["• ven. Avr 19th, 2024", "Share This !"],
         ents="""ORG: Autorité de la concurrence | autorité de la concurrence | Autorité | Numéricable | Altice | SFR | Umicore
PER: Isabelle de Silva | Patrick Drahi
LOC: Portugal""",
         sentiments={"Numéricable": "negative", "Altice": "negative", "SFR": "negative", "Umicore": "negative"},
         events=["legal"]),

    dict(id="fr3-lemonde-retour-fusions", lang="fr", split="dev", date="2021-12-14 (from the URL)",
         url="https://www.stop-coronavirus.net/actualite/2021/12/14/le-grand-retour-des-fusions-acquisitions-domestiques/",
         text="""le grand retour des fusions-acquisitions domestiques


Le directeur général de Veolia Environnement Antoine Frérot, au siège de l’entreprise, à Aubervilliers (Seine-Saint-Denis), le 28 février 2020.

La consolidation d’entreprises n’échappe pas aux modes. Trop rococo, le conglomérat version General Electric n’a plus rien de chic ; très tendance, en revanche, la scission et ses lignes épurées. Intemporel, le mariage d’égaux, l’équivalent de La petite robe noire des fusions-acquisitions, se porte accolades cintrées près du corps, renforts dans le dos anti-coups de couteau. Et bien sûr, qui dit fashion dit influenceur. Le plus en vue du moment s’appelle Antoine Frérot.

Lire aussi Fusion TF1-M6 : Bouygues et RTL finalisent leur accord

En lançant, en août 2020, le leader mondial des services à l’environnement à l’assaut de son rival Suez, le patron de Veolia a donné au marché français des envies de consolidations domestiques. Bouygues a embrayé. Par deux fois. Le propriétaire de TF1 a conclu en mai 2021 un accord avec l’allemand Bertelsmann afin de lui racheter le groupe audiovisuel M6-RTL. Et en décembre, l’entreprise familiale a promis de débourser 7,1 milliards d’euros pour acquérir Equans, la filiale de services mise en vente par l’énergéticien Engie.

Lire aussi Article réservé à nos abonnés Vente d’Equans à Bouygues : le prix aura permis de départager des candidats alignés sur les garanties sociales

Entre-temps, en septembre 2021, on découvrait qu’Auchan négociait depuis le printemps l’acquisition de Carrefour, opération majeure pour le secteur de la grande distribution si elle était allée à son terme. Tout un symbole, le rapprochement Carrefour-Promodès avait d’ailleurs été l’une des opérations-phares de la grande vague de fusions nationales de la fin des années 1990 (Axa-UAP, Total-Elf, BNP-Paribas…).

Dossiers poussiéreux exhumés

Vite, vite, les banquiers d’affa""",
         boiler=["Le directeur général de Veolia Environnement Antoine Frérot, au siège de l’entreprise, à Aubervilliers (Seine-Saint-Denis), le 28 février 2020.",
                 "Lire aussi Fusion TF1-M6 : Bouygues et RTL finalisent leur accord",
                 "Lire aussi Article réservé à nos abonnés Vente d’Equans à Bouygues : le prix aura permis de départager des candidats alignés sur les garanties sociales"],
         ents="""ORG: General Electric | Suez | Veolia | Bouygues | TF1 | Bertelsmann | M6-RTL | Equans | Engie | Auchan | Carrefour | Promodès | Axa | UAP | Total | Elf | BNP-Paribas
PER: Antoine Frérot""",
         sentiments={"General Electric": "neutral", "Suez": "neutral", "Veolia": "neutral", "Bouygues": "neutral",
                     "TF1": "neutral", "Bertelsmann": "neutral", "M6-RTL": "neutral", "Equans": "neutral",
                     "Engie": "neutral", "Auchan": "neutral", "Carrefour": "neutral", "Promodès": "neutral",
                     "Axa": "neutral", "UAP": "neutral", "Total": "neutral", "Elf": "neutral",
                     "BNP-Paribas": "neutral"},
         events=["acquisition"]),
]
