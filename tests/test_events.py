"""Event-type patterns on lookup lemmas (no model)."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annotator.nlp.enrich_text import Analysis, detect_language, sentences
from annotator.nlp.events import EventDetector, pattern_words
from annotator.resources import default_schema, read_text

SCHEMA = default_schema()
VOCAB = Vocab(lex_attr_getters={LOWER: str.lower})


@pytest.fixture(scope="module")
def detector() -> EventDetector:
    return EventDetector.from_text(read_text("patterns", "events.jsonl"), schema=SCHEMA)


def analyse(words: list[str]) -> Analysis:
    doc = Doc(VOCAB, words=words)
    return Analysis(doc.text, [(0, doc)])


def test_inflected_forms_match_through_lemmas(detector):
    a = analyse(["Le", "groupe", "a", "racheté", "son", "concurrent", "et", "publie", "ses", "résultats",
                 "trimestriels"])
    events = detector.detect(a.text, a)
    assert {"acquisition", "earnings"} <= set(events)
    ev = events["acquisition"]
    assert [a.text[s:e] for s, e in ev.evidence] == ["racheté"]
    assert ev.confidence == pytest.approx(0.95)  # 0.85, x1.25 in a headline (a one-line text), capped at 0.95


def test_elided_pronoun_pattern(detector):
    a = analyse(["Walmart", "s'", "associe", "à", "Google"])
    assert "partnership" in detector.detect(a.text, a)


def test_weak_single_trigger_stays_below_threshold(detector):
    a = analyse(["Les", "investisseurs", "attendent"])  # "investisseurs" weighs 0.4 alone
    assert "funding" not in detector.detect(a.text, a)


def test_patterns_only_apply_to_their_language():
    det = EventDetector.from_text('{"label": "legal", "lang": "en", "pattern": "court"}', schema=SCHEMA)
    fr = analyse(["Un", "délai", "court", "pour", "le", "projet", "de", "la", "société"])
    en = analyse(["The", "court", "ruled", "against", "the", "company", "and", "its", "board"])
    assert fr.lang == "fr" and en.lang == "en"
    assert det.detect(fr.text, fr) == {}
    assert set(det.detect(en.text, en)) == {"legal"}


def test_pattern_words_and_helpers():
    assert pattern_words("s'associer avec l’usine") == ["s'", "associer", "avec", "l'", "usine"]
    assert detect_language("The company said that its profit was up.") == "en"
    assert detect_language("La société a dit que son bénéfice était en hausse.") == "fr"
    text = "M. Dupont a parlé. Walmart Inc. a gagné 3,5 %. « Bravo ! » Fin"
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "M. Dupont a parlé.", "Walmart Inc. a gagné 3,5 %.", "« Bravo ! »", "Fin"]


def test_packaged_patterns_cover_every_event_type(detector):
    covered = {(p.label, p.lang) for p in detector.patterns}
    for label in SCHEMA.event_names:
        assert (label, "fr") in covered and (label, "en") in covered, label


def test_words_inside_an_entity_are_not_triggers(detector):
    from annotator.core.model import Span

    a = analyse(["L'", "Autorité", "de", "la", "concurrence", "examine", "le", "dossier"])
    name = a.text.index("Autorité")
    assert "legal" in detector.detect(a.text, a)  # "Autorité de la concurrence" is a legal trigger ...
    ents = [Span(name, name + len("Autorité de la concurrence"), "ORG")]  # ... but not inside the name
    assert detector.detect(a.text, a, ents) == {}


def _enriched(text, ents):
    from annotator.core.model import Span

    from annotator.nlp.enrich_text import Analysis
    from test_enrich import make_parts  # noqa: F401 (same helper as the enricher tests)

    parts, spans = make_parts(text, ents)
    return Analysis(text, parts), spans


def test_background_and_body_triggers_count_less_than_the_headline(detector):
    head = "Lactalis rachète le fromager Valmont\nLe groupe Lactalis a signé l'accord mardi."
    a, ents = _enriched(head, [("Lactalis", "ORG")])
    assert "acquisition" in detector.detect(head, a, ents)
    body = ("Lactalis publie ses comptes annuels\nLe groupe Lactalis a publié mardi ses résultats annuels, "
            "en hausse de 4 %. " + "Les ventes progressent en Europe. " * 20 +
            "\nLactalis avait racheté le fromager Valmont en 2013.")
    a, ents = _enriched(body, [("Lactalis", "ORG")])
    found = detector.detect(body, a, ents)
    assert "earnings" in found and "acquisition" not in found  # a past deal told for context


def test_a_trigger_must_concern_an_organisation(detector):
    text = ("Titre sans rapport avec la suite\n" + "Le marché reste calme. " * 30 +
            "\nLes salariés craignent des licenciements.")
    a, ents = _enriched(text, [])
    assert "layoffs" not in detector.detect(text, a, ents)


# --- the decision (event_rules.py) and senses of English triggers -------------------------------

from annotator.nlp.event_rules import BODY, HEADLINE, LEAD, RULES, EventRules, Trigger, decide  # noqa: E402


def _t(word, weight, position, **kw):
    return Trigger(word, weight, (0, len(word)), position, **kw)


def test_a_type_below_the_threshold_or_in_background_is_not_reported():
    found = {"acquisition": [_t("acquire", 0.85, LEAD)],
             "funding": [_t("investors", 0.25, LEAD)],
             "layoffs": [_t("job cuts", 0.9, LEAD, background=True)]}
    assert set(decide(found, RULES)) == {"acquisition"}


def test_a_second_type_only_in_the_body_is_dropped_beside_the_articles_main_news():
    found = {"acquisition": [_t("takeover", 0.9, HEADLINE)],
             "funding": [_t("financed", 0.9, BODY), _t("financing", 0.9, BODY)]}
    rules = EventRules(secondary_in_lead=True)
    assert set(decide(found, rules)) == {"acquisition"}
    assert set(decide(found, EventRules(secondary_in_lead=False))) == {"acquisition", "funding"}
    # the same type in the lead stays: an article may report two pieces of news
    found["funding"].append(_t("raised", 0.9, LEAD))
    assert set(decide(found, rules)) == {"acquisition", "funding"}


def test_enough_evidence_means_the_lead_or_two_distinct_trigger_words():
    one = {"legal": [_t("lawsuit", 0.95, BODY), _t("lawsuit", 0.95, BODY)]}
    two = {"legal": [_t("lawsuit", 0.95, BODY), _t("court", 0.9, BODY)]}
    rules = EventRules(need_evidence=True, body=1.0)
    assert decide(one, rules) == {} and set(decide(two, rules)) == {"legal"}


def test_an_accounting_charge_is_no_lawsuit_and_appointed_liquidators_are_no_new_executives(detector):
    a = analyse("Quorvan expects a restructuring charge of $ 110 million and charges for the plan .".split())
    assert "legal" not in detector.detect(a.text, a)
    a = analyse("Quorvan executives were charged with fraud by prosecutors on Monday .".split())
    assert "legal" in detector.detect(a.text, a)
    a = analyse("Three partners of Vesk were appointed liquidators of Quorvan on Friday .".split())
    assert "leadership_change" not in detector.detect(a.text, a)
    a = analyse("Quorvan appointed Edda Halvorsen as chief executive on Friday .".split())
    assert "leadership_change" in detector.detect(a.text, a)


def test_a_year_the_news_is_compared_with_is_no_background():
    from annotator.nlp.salience import Salience

    text = ("Quorvan : le résultat net atteint 40 millions d'euros en 2022.\n"
            "Le résultat net progresse par rapport à l'exercice 2020-2021. Quorvan avait racheté Vesk en 2019.")
    def sentence_at(pos):
        start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
        end = text.find(".", pos)
        return start, end + 1

    sal = Salience(text, [(0, None)], [(0, 7)], sentence_at)
    compared = text.index("progresse")
    assert sal.features(compared, compared + 9)[1] is False
    rachat = text.index("racheté")
    assert sal.features(rachat, rachat + 7)[1] is True


def test_a_contract_won_is_a_commercial_agreement(detector):
    a = analyse("Quorvan a remporté un contrat de 1,2 milliard auprès de la marine .".split())
    assert "partnership" in detector.detect(a.text, a)
    a = analyse("Quorvan won a $ 1.3 billion contract from the Pentagon on Friday .".split())
    assert "partnership" in detector.detect(a.text, a)


def test_french_articles_use_their_own_rules():
    """The French rules were re-chosen on French development articles only (tune_events --lang fr):
    a lower threshold; English keeps the shared rules."""
    from annotator.nlp.event_rules import RULES_BY_LANG, rules_for

    assert rules_for("fr") is RULES_BY_LANG["fr"] and rules_for("en") is RULES
    found = {"funding": [Trigger("levée", 0.55, (0, 5), LEAD)]}  # 0.55 x 1.15 = 0.63
    assert set(decide(found, rules_for("fr"))) == {"funding"}
    assert set(decide(found, rules_for("en"))) == set()


def test_the_court_of_an_insolvency_is_no_lawsuit(detector):
    """A court word in a sentence that also holds an insolvency trigger counts for the insolvency
    only; a court in a sentence of its own still makes a lawsuit."""
    text = ("Zorblax placé en liquidation judiciaire\nLe tribunal de commerce de Quimper a prononcé mardi la "
            "liquidation judiciaire de Zorblax, faute de repreneur. Le jugement touche 40 salariés.")
    a, ents = _enriched(text, [("Zorblax", "ORG")])
    found = detector.detect(text, a, ents)
    assert "bankruptcy" in found and "legal" not in found
    assert all("tribunal" not in t.word for t in detector.last_triggers.get("legal", []))
    sued = ("Zorblax placé en liquidation judiciaire\nLe tribunal de commerce de Quimper a prononcé mardi la "
            "liquidation judiciaire de Zorblax. Son ancien dirigeant est poursuivi en justice pour fraude "
            "et sera jugé par le tribunal correctionnel.")
    a, ents = _enriched(sued, [("Zorblax", "ORG")])
    assert detector.last_triggers is not None
    found = detector.detect(sued, a, ents)
    assert "bankruptcy" in found and detector.last_triggers.get("legal")  # the lawsuit's own sentence counts


class _Unfiltered(EventDetector):
    """Runs every token pattern on every paragraph (what the paragraph filter of detect() skips)."""

    def _pattern_ends(self, lang):
        needs, always, wanted = super()._pattern_ends(lang)
        return [], tuple(sorted(always + tuple(i for i, _ in needs))), wanted


@pytest.mark.parametrize("text", [
    "Acme cuts jobs\nAcme was Charged With fraud and faces criminal charges.\nIt appointed a new chief.\n"
    "The board will cut 300 jobs and open a new plant; it appointed liquidators.\nNothing else here.",
    "Renault va supprimer 300 emplois\nLe constructeur va ouvrir une usine et signer un contrat.\n"
    "Les ventes ont progressé de 4 %. Le bénéfice a reculé.\nRien d’autre ici.",
])
def test_token_patterns_skipped_on_paragraphs_that_cannot_match_change_nothing(detector, text):
    full = _Unfiltered(detector.patterns)
    full.company_label = detector.company_label
    a, ents = _enriched(text, [])
    b, _ = _enriched(text, [])
    found = detector.detect(text, a, ents)
    assert found == full.detect(text, b, ents) and found
    assert detector.last_triggers == full.last_triggers
    # the same Docs again: their lemmas are now set, as when an article is pre-annotated again
    assert detector.detect(text, Analysis(text, a.parts), ents) == found
    assert detector.last_triggers == full.last_triggers
    # the paragraphs with no token pattern's first or last word ran no Matcher at all
    assert len(detector._subsets) >= 1


def test_the_subset_matchers_kept_stay_bounded_and_change_nothing(detector, monkeypatch):
    """A project's paragraphs could ask for ever new sets of patterns: the kept Matchers are capped
    (cleared when full) and a rebuilt one finds the same triggers."""
    import annotator.nlp.events as events_module

    text = ("Renault va supprimer 300 emplois\nLe constructeur va ouvrir une usine et signer un contrat.\n"
            "Les ventes ont progressé de 4 %. Le bénéfice a reculé.\nRien d’autre ici.")
    a, ents = _enriched(text, [])
    found, triggers = detector.detect(text, a, ents), detector.last_triggers
    monkeypatch.setattr(events_module, "SUBSET_MATCHERS", 1)
    detector._subsets.clear()
    b, _ = _enriched(text, [])
    assert detector.detect(text, b, ents) == found and detector.last_triggers == triggers
    assert len(detector._subsets) == 1


@pytest.mark.parametrize("words, label", [
    ("5,000 full - time jobs to be cut at the chemical maker Quorvan".split(), "layoffs"),
    ("Quorvan will slash 5,000 full - time jobs , about 11 % of its workforce".split(), "layoffs"),
    ("Furloughs will hit 19,000 workers at Quorvan Airlines".split(), "layoffs"),
    ("Quorvan names Jane Doe as its new chief executive".split(), "leadership_change"),
    ("Quorvan raises $ 40 million to expand its platform".split(), "funding"),
    ("Quorvan issues a profit warning as sales slow".split(), "earnings"),
    ("Quorvan and Zorblax join forces in batteries".split(), "partnership"),
    ("Quorvan won a $ 1.3 billion defence contract from Tankstore".split(), "partnership"),
    ("Quorvan lance un plan de sauvegarde de l' emploi dans son usine".split(), "layoffs"),
    ("Chez Quorvan , 300 postes seront supprimés d' ici 2025".split(), "layoffs"),
    ("Quorvan lève 12 millions d' euros auprès de ses actionnaires".split(), "funding"),
    ("Quorvan placée en procédure collective par le tribunal".split(), "bankruptcy"),
    ("Quorvan : un nouveau patron pour relancer le groupe".split(), "leadership_change"),
])
def test_common_wordings_of_each_event_type_are_found(detector, words, label):
    """Wordings business news uses often (passive job cuts, "names X as chief executive", "raises
    $40 million", "plan de sauvegarde de l'emploi", "lève 12 millions"), one line each (a headline)."""
    a = analyse(words)
    assert label in detector.detect(a.text, a)


def test_a_deals_price_and_purpose_and_the_money_told_in_results_are_no_news_of_their_own(detector):
    a = analyse("Quorvan agreed to acquire Zorblax in an all - cash deal valued at about $ 10.1 billion .".split())
    found = detector.detect(a.text, a)
    assert "acquisition" in found and "funding" not in found
    a = analyse("Quorvan will acquire Zorblax to expand its range of herbal medicines .".split())
    found = detector.detect(a.text, a)
    assert "acquisition" in found and "expansion" not in found
    a = analyse("Le bénéfice net de Quorvan recule , pénalisé par les investissements promotionnels .".split())
    found = detector.detect(a.text, a)
    assert "earnings" in found and "funding" not in found
    # the words of a fundraising itself always count, even beside a deal
    a = analyse("Quorvan closes a Series B round to acquire smaller rivals .".split())
    assert {"funding", "acquisition"} <= set(detector.detect(a.text, a))
    # a deal's price in a sentence of its own is still a valuation
    a = analyse("Zorblax is valued at $ 2 billion .".split())
    assert detector.detect(a.text, a)["funding"].confidence > 0


@pytest.mark.parametrize("words, launched", [
    ("Quorvan lance un forfait mobile à dix euros".split(), True),
    ("Quorvan lance une nouvelle gamme de vélos".split(), True),
    ("The company Quorvan launches a new electric scooter for the city and its riders".split(), True),
    ("Quorvan lancera un nouveau service de livraison".split(), True),
    ("Le mouvement de grève lancé vendredi chez Quorvan se durcit".split(), False),
    ("Quorvan va lancer un nouveau programme de rachat d' actions".split(), False),
    ("Les opérateurs comme Quorvan se lancent dans une guerre des prix".split(), False),
    ("Quorvan lance une OPA sur Zorblax".split(), False),
    ("The company Quorvan launched a formal investigation into the leak of the data".split(), False),
    ("The company Quorvan launches a takeover bid for Zorblax and its shareholders".split(), False),
])
def test_launching_a_plan_a_bid_or_an_inquiry_is_no_product_launch(detector, words, launched):
    a = analyse(words)
    assert ("product_launch" in detector.detect(a.text, a)) is launched


@pytest.mark.parametrize("words, label, found", [
    ("Quorvan annonce l' ouverture de nouveaux magasins en Chine".split(), "expansion", True),
    ("Quorvan vise d' autres ouvertures en Chine".split(), "expansion", True),
    ("Le titre Quorvan bondit de 8 % à l' ouverture de la Bourse".split(), "expansion", False),
    ("Le tribunal autorise l' ouverture d' une procédure de sauvegarde pour Quorvan".split(), "expansion", False),
    ("Les salariés espèrent la poursuite d' activité de Quorvan".split(), "legal", False),
    ("Quorvan fait l' objet de poursuites pour fraude fiscale".split(), "legal", True),
    ("The carmaker Quorvan raised its full - year profit forecast on Tuesday after strong sales".split(), "funding", False),
    ("The start-up Quorvan raised money from a group of investors to grow in Asia".split(), "funding", True),
])
def test_the_everyday_senses_of_opening_continuing_and_raising_are_no_event(detector, words, label, found):
    """"à l'ouverture" (of the market), "l'ouverture d'une procédure", "poursuite d'activité" (an
    insolvency's continuation) and a forecast raised are no expansion, lawsuit or fundraising."""
    a = analyse(words)
    assert (label in detector.detect(a.text, a)) is found


def _headline_and_lead(head: str, lead: str) -> Analysis:
    return analyse(head.split() + ["\n"] + lead.split())


@pytest.mark.parametrize("head, lead, label, found", [
    # a company's size told in passing is no results news; its results are
    ("Lactalis reprend la laiterie Zorblax",
     "Lactalis ( 17 milliards d' euros de chiffre d' affaires ) reprend la laiterie Zorblax .", "earnings", False),
    ("Quorvan publie ses comptes",
     "Le chiffre d' affaires de Quorvan progresse de 8 % au premier trimestre .", "earnings", True),
    # "dévoiler" and "commercialiser" alone are no launch
    ("Quorvan change de siège", "Quorvan a dévoilé mardi les plans de son nouveau siège .", "product_launch", False),
    ("Amendes record en 2017", "Le gendarme reproche à Quorvan de commercialiser des fichiers clients .",
     "product_launch", False),
    # the opening of Wall Street is no opening of a shop
    ("Quorvan chute à Wall Street", "Le titre Quorvan s' effondre de 21 % à l' ouverture de Wall Street .",
     "expansion", False),
    # firm orders and (Quebec French) agreements are deals
    ("Airbus en Chine", "Quorvan confirme à Airbus une commande ferme de huit avions .", "partnership", True),
    ("Quorvan en Bourse", "Le groupe Quorvan a reçu la notification de la plus importante commande de son histoire .",
     "partnership", True),
    ("Bombardier s'envole", "L' annonce d' une entente entre Bombardier et Airbus a fait bondir le titre .",
     "partnership", True),
    # "fired back", "taking over from": no one was fired, nothing was bought
    ("Google fired back at Apple with new smartphones", "The phones go on sale on Friday .",
     "leadership_change", False),
    ("Quorvan ousts its boss", "The board of Quorvan fired its chief executive on Monday .", "leadership_change", True),
    ("Intel names a new boss", "Brian Krzanich is taking over from Paul Otellini at Intel .", "acquisition", False),
    # a warning about profits is results news; a contract told with its price is still won
    ("Capita shares plunge", "Capita warned that its full - year profits will take a hit .", "earnings", True),
    ("Quorvan s' effondre en Bourse", "Quorvan a averti que ses résultats annuels seraient inférieurs aux attentes .",
     "earnings", True),
    ("Rotary Engineering shares surge on the news",
     "The company said that it won a S$ 300 million ( $ 242.9 million ) contract from Tankstore , a storage company .",
     "partnership", True),
])
def test_weak_words_need_support_and_figurative_senses_are_no_event(detector, head, lead, label, found):
    a = _headline_and_lead(head, lead)
    assert (label in detector.detect(a.text, a)) is found


def test_ready_to_is_no_loan(detector):
    """"prêts à" (ready to) is no loan; "un prêt de 10 millions" is one (a weak funding word)."""
    a = _headline_and_lead("Les groupes français à l'affût", "Les groupes français sont prêts à sortir le chéquier .")
    detector.detect(a.text, a)
    assert "funding" not in detector.last_triggers
    a = _headline_and_lead("Quorvan se finance", "Quorvan obtient un prêt de 10 millions d' euros .")
    detector.detect(a.text, a)
    assert "funding" in detector.last_triggers
