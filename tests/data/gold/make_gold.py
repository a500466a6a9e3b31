"""Build gold.jsonl from the hand-written articles below (offsets computed here, never typed).

Markup: ``[surface](LABEL)`` marks an entity. ``sentiments`` maps a company *name* to its value
(the key stored is ``company_key(name)``); ``events`` lists the event types the article reports.
Run: ``python tests/data/gold/make_gold.py`` (rewrites gold.jsonl and gold_heldout.jsonl next to it).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from annotator.core.text import company_key  # noqa: E402

MARK = re.compile(r"\[([^\]]+)\]\((PER|ORG|LOC|MISC)\)")

ARTICLES = [
    # ------------------------------------------------------------------ French
    dict(id="fr-01", lang="fr", text="""[Walmart](ORG) s'associe à [Google](ORG) pour contrer [Amazon](ORG)
L'américain [Walmart](ORG), numéro un mondial de la distribution, a décidé de s'associer au géant d'internet [Google](ORG) pour vendre ses produits en ligne. Une alliance qui vient concurrencer [Amazon](ORG) sur ses terres.
« Nous travaillerons avec [Google](ORG) pour proposer des centaines de milliers d'articles », écrit [Marc Lore](PER), responsable du commerce en ligne chez [Walmart](ORG).""",
         sentiments={"Walmart": "positive", "Google": "positive", "Amazon": "neutral"},
         events=["partnership", "competition"]),
    dict(id="fr-02", lang="fr", text="""[Danone](ORG) relève ses objectifs après un trimestre record
Le groupe agroalimentaire [Danone](ORG) a publié jeudi un chiffre d'affaires en hausse de 5,1 % au troisième trimestre, porté par ses marques de produits laitiers en [Europe](LOC) et en [Chine](LOC).
Son directeur général, [Antoine de Saint-Affrique](PER), a relevé les prévisions annuelles. Les analystes saluent une performance solide.""",
         sentiments={"Danone": "positive"}, events=["earnings"]),
    dict(id="fr-03", lang="fr", text="""[Stellantis](ORG) annonce la suppression de 2 000 postes en [Italie](LOC)
Le constructeur automobile [Stellantis](ORG) va supprimer 2 000 emplois dans ses usines italiennes, dans le cadre d'un plan de départs volontaires.
Les syndicats dénoncent une décision brutale et craignent la fermeture du site de [Mirafiori](LOC), à [Turin](LOC). Les ventes du groupe ont reculé de 14 % sur le semestre.""",
         sentiments={"Stellantis": "negative"}, events=["layoffs", "earnings"]),
    dict(id="fr-04", lang="fr", text="""[LVMH](ORG) met la main sur la maison de joaillerie [Vendôme Bijoux](ORG)
Le numéro un mondial du luxe [LVMH](ORG) a annoncé lundi le rachat de [Vendôme Bijoux](ORG), une petite maison parisienne, pour un montant non divulgué.
[Bernard Arnault](PER) estime que cette acquisition renforcera la division montres et joaillerie du groupe. L'opération doit encore être approuvée par l'[Autorité de la concurrence](ORG).""",
         sentiments={"LVMH": "positive", "Vendôme Bijoux": "neutral", "Autorité de la concurrence": "neutral"},
         events=["acquisition"]),
    dict(id="fr-05", lang="fr", text="""La start-up [Norvexa](ORG) lève 40 millions d'euros
La jeune pousse lyonnaise [Norvexa](ORG), qui développe des batteries pour vélos électriques, a bouclé un tour de table de 40 millions d'euros mené par le fonds [Partech](ORG).
Cette levée de fonds doit lui permettre de recruter 150 personnes et d'ouvrir une usine près de [Lyon](LOC) d'ici à 2026.""",
         sentiments={"Norvexa": "positive", "Partech": "neutral"}, events=["funding", "expansion"]),
    dict(id="fr-06", lang="fr", text="""[Orpea](ORG) : la justice ouvre une enquête
Le parquet de [Nanterre](LOC) a ouvert une enquête pour maltraitance institutionnelle visant le groupe de maisons de retraite [Orpea](ORG).
Le scandale, révélé par le livre [Les Fossoyeurs](MISC), a fait chuter l'action de plus de 60 %. Le gouvernement réclame le remboursement de fonds publics détournés.""",
         sentiments={"Orpea": "negative"}, events=["legal"]),
    dict(id="fr-07", lang="fr", text="""[Renault](ORG) nomme un nouveau directeur général
Le conseil d'administration de [Renault](ORG) a nommé [François Provost](PER) directeur général, en remplacement de [Luca de Meo](PER), qui quitte ses fonctions pour rejoindre le groupe [Kering](ORG).
Le nouveau patron devra poursuivre la relance du constructeur, dont les résultats se sont nettement améliorés depuis deux ans.""",
         sentiments={"Renault": "positive", "Kering": "neutral"}, events=["leadership_change"]),
    dict(id="fr-08", lang="fr", text="""Le distributeur [Camaïeu](ORG) placé en liquidation judiciaire
Le tribunal de commerce de [Lille](LOC) a prononcé la liquidation judiciaire de l'enseigne de prêt-à-porter [Camaïeu](ORG), faute de repreneur.
Les 511 magasins vont fermer et quelque 2 600 salariés vont perdre leur emploi. Une triste fin pour une marque qui habillait des millions de Françaises.""",
         sentiments={"Camaïeu": "negative"}, events=["bankruptcy", "layoffs"]),
    dict(id="fr-09", lang="fr", text="""[Apple](ORG) condamné à une amende de 1,1 milliard d'euros
L'[Autorité de la concurrence](ORG) a infligé une amende record de 1,1 milliard d'euros à [Apple](ORG) pour des pratiques anticoncurrentielles dans la distribution de ses produits en [France](LOC).
Le groupe de [Cupertino](LOC) conteste la décision et annonce qu'il fera appel. Ses grossistes [Tech Data](ORG) et [Ingram Micro](ORG) ont également été sanctionnés.""",
         sentiments={"Apple": "negative", "Autorité de la concurrence": "neutral", "Tech Data": "negative",
                     "Ingram Micro": "negative"}, events=["legal"]),
    dict(id="fr-10", lang="fr", text="""[Decathlon](ORG) s'implante en [Inde](LOC) avec cinquante nouveaux magasins
L'enseigne nordiste d'articles de sport [Decathlon](ORG) va ouvrir cinquante magasins en [Inde](LOC) d'ici trois ans, a annoncé sa directrice générale, [Barbara Martin Coppola](PER).
Le groupe investira 100 millions d'euros dans le pays, où ses ventes progressent rapidement.""",
         sentiments={"Decathlon": "positive"}, events=["expansion", "funding"]),
    dict(id="fr-11", lang="fr", text="""[Renault](ORG) dévoile la nouvelle [R5](MISC) électrique
Le constructeur [Renault](ORG) a présenté au salon de [Genève](LOC) sa nouvelle [R5](MISC) électrique, vendue moins de 25 000 euros.
Le modèle, fabriqué à [Douai](LOC), sera commercialisé dès l'automne. Il affrontera la [Tesla Model 3](MISC) et les citadines chinoises de [BYD](ORG), plus agressives sur les prix.""",
         sentiments={"Renault": "positive", "BYD": "neutral"}, events=["product_launch", "competition"]),
    dict(id="fr-12", lang="fr", text="""[Carrefour](ORG) déçoit, l'action plonge
Les ventes de [Carrefour](ORG) en [France](LOC) ont reculé au deuxième trimestre et le distributeur a abaissé ses objectifs de marge, une annonce qui a fait plonger son titre de 8 % à la [Bourse de Paris](ORG).
Son PDG, [Alexandre Bompard](PER), invoque une concurrence féroce de [Leclerc](ORG) et de [Lidl](ORG), qui continuent de gagner des parts de marché.""",
         sentiments={"Carrefour": "negative", "Leclerc": "positive", "Lidl": "positive", "Bourse de Paris": "neutral"},
         events=["earnings", "competition"]),
    dict(id="fr-13", lang="fr", text="""[Airbus](ORG) et [Safran](ORG) créent une coentreprise pour les moteurs à hydrogène
Les deux champions de l'aéronautique [Airbus](ORG) et [Safran](ORG) ont signé un accord pour créer une coentreprise chargée de développer des moteurs à hydrogène.
Basée à [Toulouse](LOC), la nouvelle société emploiera 300 ingénieurs. Le ministre de l'Économie, [Roland Lescure](PER), salue « une excellente nouvelle pour l'industrie française ».""",
         sentiments={"Airbus": "positive", "Safran": "positive"}, events=["partnership"]),
    dict(id="fr-14", lang="fr", text="""[Atos](ORG) : des résultats en demi-teinte
Le groupe informatique [Atos](ORG) a publié des résultats semestriels contrastés : son chiffre d'affaires a progressé de 3 %, mais sa perte nette s'est creusée à 1,2 milliard d'euros.
La direction assure que le plan de redressement porte ses fruits, tandis que les investisseurs s'inquiètent de l'endettement du groupe.""",
         sentiments={"Atos": "mixed"}, events=["earnings"]),
    dict(id="fr-15", lang="fr", text="""[Mistral AI](ORG) lance un assistant pour les entreprises
La pépite française de l'intelligence artificielle [Mistral AI](ORG) a lancé mardi [Le Chat Entreprise](MISC), un assistant conversationnel destiné aux grandes sociétés.
La jeune entreprise parisienne, cofondée par [Arthur Mensch](PER), veut rivaliser avec [OpenAI](ORG) et [Anthropic](ORG) sur le marché européen.""",
         sentiments={"Mistral AI": "positive", "OpenAI": "neutral", "Anthropic": "neutral"},
         events=["product_launch", "competition"]),
    # ------------------------------------------------------------------ English
    dict(id="en-01", lang="en", text="""[Microsoft](ORG) beats expectations as cloud sales surge
[Microsoft](ORG) reported quarterly earnings above analysts' estimates on Tuesday, driven by strong growth in its [Azure](MISC) cloud business.
Chief executive [Satya Nadella](PER) said demand for artificial intelligence services remained robust. Shares rose 4% in after-hours trading in [New York](LOC).""",
         sentiments={"Microsoft": "positive"}, events=["earnings"]),
    dict(id="en-02", lang="en", text="""[Intel](ORG) to cut 15,000 jobs after a dismal quarter
[Intel](ORG) said it would lay off more than 15% of its workforce as the chipmaker struggles to compete with [Nvidia](ORG) and [AMD](ORG) in artificial intelligence.
The company posted a net loss of $1.6 billion and suspended its dividend. Its shares plunged 20% on Friday.""",
         sentiments={"Intel": "negative", "Nvidia": "positive", "AMD": "positive"},
         events=["layoffs", "earnings", "competition"]),
    dict(id="en-03", lang="en", text="""[Pfizer](ORG) agrees to buy [Seagen](ORG) for $43 billion
[Pfizer](ORG) has agreed to acquire the cancer drug developer [Seagen](ORG) in a $43 billion deal, its largest acquisition in more than a decade.
The takeover still requires approval from the [Federal Trade Commission](ORG). [Seagen](ORG) shares jumped 15% on the news.""",
         sentiments={"Pfizer": "positive", "Seagen": "positive", "Federal Trade Commission": "neutral"},
         events=["acquisition"]),
    dict(id="en-04", lang="en", text="""[Meta](ORG) fined €1.2 billion over data transfers
The [Irish Data Protection Commission](ORG) fined [Meta](ORG) a record €1.2 billion for transferring the personal data of [Facebook](MISC) users in [Europe](LOC) to the [United States](LOC).
[Meta](ORG) said it would appeal the ruling, which it called unjustified and dangerous for thousands of companies.""",
         sentiments={"Meta": "negative", "Irish Data Protection Commission": "neutral"}, events=["legal"]),
    dict(id="en-05", lang="en", text="""[Tesla](ORG) opens its first factory in [Europe](LOC)
[Tesla](ORG) opened its new plant near [Berlin](LOC) on Tuesday, its first in [Europe](LOC), where it will build the [Model Y](MISC).
[Elon Musk](PER) danced on stage as the first cars were handed to customers. The factory will eventually employ 12,000 people.""",
         sentiments={"Tesla": "positive"}, events=["expansion"]),
    dict(id="en-06", lang="en", text="""[Boeing](ORG) names [Kelly Ortberg](PER) chief executive
[Boeing](ORG) appointed the aerospace veteran [Kelly Ortberg](PER) as its new chief executive, replacing [Dave Calhoun](PER), who stepped down after a string of safety failures.
The planemaker has been struggling with production problems and an investigation by the [Federal Aviation Administration](ORG) since a door panel blew off a [737 Max](MISC) in January.""",
         sentiments={"Boeing": "negative", "Federal Aviation Administration": "neutral"},
         events=["leadership_change", "legal"]),
    dict(id="en-07", lang="en", text="""Fintech startup [Lumora](ORG) raises $60 million in Series B funding
[Lumora](ORG), a London-based payments startup, has raised $60 million in a Series B round led by [Sequoia Capital](ORG).
The company plans to use the money to expand into [Germany](LOC) and [Spain](LOC) and to double its engineering team, co-founder [Priya Raman](PER) said.""",
         sentiments={"Lumora": "positive", "Sequoia Capital": "neutral"}, events=["funding", "expansion"]),
    dict(id="en-08", lang="en", text="""[Spirit Airlines](ORG) files for bankruptcy
[Spirit Airlines](ORG) filed for Chapter 11 bankruptcy protection on Monday after years of losses and a failed merger with [JetBlue](ORG).
The low-cost carrier said flights would continue as normal while it restructures its debt. Its shares have lost more than 90% this year.""",
         sentiments={"Spirit Airlines": "negative", "JetBlue": "neutral"}, events=["bankruptcy"]),
    dict(id="en-09", lang="en", text="""[Apple](ORG) unveils the [Vision Pro](MISC) headset
[Apple](ORG) unveiled the [Vision Pro](MISC), a mixed-reality headset priced at $3,499, at its developer conference in [Cupertino](LOC).
Chief executive [Tim Cook](PER) called it a revolutionary product, but analysts warned that the high price could limit sales. The device will challenge [Meta](ORG)'s [Quest](MISC) headsets.""",
         sentiments={"Apple": "mixed", "Meta": "neutral"}, events=["product_launch", "competition"]),
    dict(id="en-10", lang="en", text="""[Uber](ORG) and [Waymo](ORG) expand their robotaxi partnership
[Uber](ORG) and the [Alphabet](ORG) unit [Waymo](ORG) said they would extend their partnership to [Austin](LOC) and [Atlanta](LOC), where riders will be able to hail driverless cars through the [Uber](ORG) app.
The deal strengthens both companies in the race against [Tesla](ORG), which plans its own robotaxi service.""",
         sentiments={"Uber": "positive", "Waymo": "positive", "Alphabet": "neutral", "Tesla": "neutral"},
         events=["partnership", "expansion", "competition"]),
]


# Written after the patterns and lexicons were tuned on ARTICLES, and never used to tune them:
# scores on this file are the honest ones (gold_heldout.jsonl).
HELDOUT = [
    dict(id="ho-fr-01", lang="fr", text="""[Engie](ORG) cède sa filiale belge à un consortium
Le groupe énergétique [Engie](ORG) a accepté de vendre sa filiale [Electrabel Services](ORG) au consortium mené par [Ardian](ORG), pour 1,5 milliard d'euros.
Cette cession permet à l'entreprise de réduire sa dette, ce que les marchés ont bien accueilli : le titre a gagné 3 % à [Paris](LOC).""",
         sentiments={"Engie": "positive", "Electrabel Services": "neutral", "Ardian": "neutral"}, events=["acquisition"]),
    dict(id="ho-fr-02", lang="fr", text="""[Michelin](ORG) va fermer deux usines en [Allemagne](LOC)
Le fabricant de pneus [Michelin](ORG) a annoncé la fermeture de deux sites allemands d'ici à 2025, ce qui entraînera la suppression de 1 500 postes.
Le groupe dirigé par [Florent Menegaux](PER) explique cette décision par la concurrence des pneus asiatiques à bas prix et par la hausse des coûts de l'énergie.""",
         sentiments={"Michelin": "negative"}, events=["layoffs", "competition"]),
    dict(id="ho-fr-03", lang="fr", text="""[Ubisoft](ORG) publie un chiffre d'affaires décevant
L'éditeur de jeux vidéo [Ubisoft](ORG) a vu son chiffre d'affaires baisser de 20 % au premier semestre, pénalisé par le report de plusieurs titres, dont [Assassin's Creed Shadows](MISC).
La société a également annoncé une enquête interne après des accusations de harcèlement visant d'anciens cadres.""",
         sentiments={"Ubisoft": "negative"}, events=["earnings", "legal"]),
    dict(id="ho-fr-04", lang="fr", text="""La fintech [Qonto](ORG) obtient sa licence bancaire et vise l'[Italie](LOC)
La néobanque pour les entreprises [Qonto](ORG), cofondée par [Alexandre Prot](PER), a annoncé son arrivée sur le marché italien et espagnol.
L'entreprise, valorisée 4,4 milliards d'euros lors de sa dernière levée de fonds, revendique désormais 500 000 clients et des comptes à l'équilibre.""",
         sentiments={"Qonto": "positive"}, events=["expansion", "funding"]),
    dict(id="ho-en-01", lang="en", text="""[Nike](ORG) replaces its chief executive as sales slow
[Nike](ORG) said [John Donahoe](PER) would retire as chief executive and be succeeded by [Elliott Hill](PER), a company veteran who returns to lead the sportswear giant.
The change comes after a year of weak sales and rising competition from younger brands such as [On](ORG) and [Hoka](ORG).""",
         sentiments={"Nike": "negative", "On": "positive", "Hoka": "positive"}, events=["leadership_change", "competition"]),
    dict(id="ho-en-02", lang="en", text="""[Amazon](ORG) invests $4 billion in [Anthropic](ORG)
[Amazon](ORG) will invest up to $4 billion in the artificial intelligence startup [Anthropic](ORG) and take a minority stake, the companies said on Monday.
Under the agreement, [Anthropic](ORG) will use [Amazon Web Services](ORG) as its main cloud provider and will build its models on [Amazon](ORG)'s own chips.""",
         sentiments={"Amazon": "positive", "Anthropic": "positive"}, events=["funding", "partnership"]),
    dict(id="ho-en-03", lang="en", text="""[Samsung](ORG) launches foldable phones with AI features
[Samsung Electronics](ORG) introduced two new foldable smartphones at an event in [Paris](LOC) on Wednesday, betting that artificial intelligence features will revive demand.
The [Galaxy Z Fold6](MISC) will go on sale in July. Analysts said the launch should help [Samsung](ORG) defend its lead against [Apple](ORG) and [Huawei](ORG).""",
         sentiments={"Samsung": "positive", "Apple": "neutral", "Huawei": "neutral"}, events=["product_launch", "competition"]),
    dict(id="ho-en-04", lang="en", text="""Drugmaker [Bayer](ORG) loses appeal in weedkiller case
A [Pennsylvania](LOC) court upheld a $175 million verdict against [Bayer](ORG) over claims that its [Roundup](MISC) weedkiller causes cancer.
The German company, which faces thousands of similar lawsuits, said it disagreed with the ruling and would consider further appeals. Its shares fell 2%.""",
         sentiments={"Bayer": "negative"}, events=["legal"]),
]


def parse(marked: str) -> tuple[str, list[list]]:
    out: list[str] = []
    entities: list[list] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        surface = m.group(1)
        entities.append([length, length + len(surface), m.group(2)])
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[" not in text and "](" not in text, text
    return text, entities


def build(articles: list[dict] | None = None) -> list[dict]:
    rows = []
    for art in ARTICLES if articles is None else articles:
        text, entities = parse(art["text"])
        org_keys = {company_key(text[s:e]) for s, e, label in entities if label == "ORG"}
        sentiments = {}
        for name, value in art["sentiments"].items():
            key = company_key(name)
            assert key in org_keys, (art["id"], name, org_keys)
            sentiments[key] = value
        rows.append({"id": art["id"], "lang": art["lang"], "text": text, "entities": entities,
                     "sentiments": sentiments, "events": list(art["events"])})
    return rows


if __name__ == "__main__":
    for name, articles in (("gold.jsonl", ARTICLES), ("gold_heldout.jsonl", HELDOUT)):
        rows = build(articles)
        path = Path(__file__).with_name(name)
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(rows)} articles -> {path}")
