"""Companies found by the shape of the text (issue 10): legal forms, tickers, "X's shares", lone
one-word "persons"; the gold matching by name and mention; business words with no valence; quotations."""

from __future__ import annotations

import pytest

from annotator.core.model import MODEL, CompanySentiment, Span
from annotator.core.text import company_key
from annotator.nlp.company_shape import add_ticker_companies, relabel_by_shape
from annotator.nlp.evaluate import match_company
from annotator.nlp.sentiment import quoted_regions
from annotator.resources import default_schema

from test_enrich import make_parts


def _spans(text, items):
    out = []
    for surface, label in items:
        start = 0
        while (i := text.find(surface, start)) >= 0:
            out.append(Span(i, i + len(surface), label, source=MODEL, confidence=0.7))
            start = i + len(surface)
    return out


def _labels(text, ents):
    return sorted((text[s.start:s.end], s.label) for s in ents)


def test_a_legal_form_ending_the_name_makes_it_a_company():
    text = "Shire Plc et Brasserie Dupont SCA discutent avec Marie Curie."
    ents = _spans(text, [("Shire Plc", "PER"), ("Brasserie Dupont SCA", "LOC"), ("Marie Curie", "PER")])
    assert _labels(text, relabel_by_shape(text, ents, "ORG")) == [
        ("Brasserie Dupont SCA", "ORG"), ("Marie Curie", "PER"), ("Shire Plc", "ORG")]


@pytest.mark.parametrize("after", [" (NYSE:TXT)", " (FR0010474130)", " (INTC.O)", " (2353. TW)", " (UNVR - Get Report)",
                                   "'s shares rose", " shares fell", " stock jumped"])
def test_a_ticker_or_the_names_shares_make_it_a_company_in_every_mention(after):
    text = f"Zorblax{after} today. Later Zorblax said more."
    ents = _spans(text, [("Zorblax", "PER")])
    out = relabel_by_shape(text, ents, "ORG")
    assert [s.label for s in out] == ["ORG", "ORG"]


@pytest.mark.parametrize("text", ["Paris (AFP) annonce.", "Jean Dupont (PDG) parle.", "le prix (ACIA) monte"])
def test_an_acronym_or_a_news_agency_in_brackets_is_no_ticker(text):
    first = text.split(" (")[0]
    ents = _spans(text, [(first, "LOC" if first == "Paris" else "PER")])
    assert [s.label for s in relabel_by_shape(text, ents, "ORG")] == [ents[0].label]
    assert add_ticker_companies(text, [], "ORG") == []


def test_a_name_before_a_ticker_that_no_model_saw_is_added():
    text = "Les titres de la société Demos (FR0010474130) bondissent; Acer (2353. TW) aussi."
    added = add_ticker_companies(text, [], "ORG")
    assert [text[s.start:s.end] for s in added] == ["Demos", "Acer"]
    assert all(s.label == "ORG" and s.source == MODEL for s in added)
    # a name already tagged is left to the relabelling; a skipped (boilerplate) range gets nothing
    assert add_ticker_companies(text, _spans(text, [("Demos", "PER")]), "ORG")[-1].start == text.index("Acer")
    assert len(add_ticker_companies(text, [], "ORG", skip=[(0, len(text), "menu")])) == 0


def test_a_lone_one_word_person_is_a_company_but_not_a_persons_surname():
    text = ("Jack Dorsey dirige le groupe. Cette semaine, Obut a rencontré des difficultés et Dorsey a parlé. "
            "Le directeur financier Monish Patolawala a confirmé, selon le CFO Patolawala.")
    ents = _spans(text, [("Jack Dorsey", "PER"), ("Obut", "PER"), ("Dorsey", "PER"), ("Patolawala", "PER")])
    ents = [s for s in ents if not (text[s.start:s.end] == "Dorsey" and s.start < 12)]
    got = _labels(text, relabel_by_shape(text, ents, "ORG"))
    assert ("Obut", "ORG") in got
    assert ("Dorsey", "PER") in got  # the surname of a person named in full
    assert ("Patolawala", "PER") in got  # after another capitalised word: part of a name


def test_the_shape_rules_run_in_the_enricher():
    from annotator.nlp.enrich import Enricher

    enricher = Enricher.from_project_resources(default_schema())
    text = "Zorblax annonce des résultats. Zorblax (FR0000123456) recule en Bourse."
    parts, ents = make_parts(text, [("Zorblax", "PER")])
    ann = enricher.annotate(text, parts, ents)
    assert {text[s.start:s.end] for s in ann.entities if s.label == "ORG"} == {"Zorblax"}
    assert "zorblax" in ann.sentiments


def test_company_keys_fold_case_accents_legal_forms_and_possessives():
    assert company_key("Lagardère SA") == company_key("LAGARDERE") == company_key("Lagardère") == "lagardere"
    assert company_key("Airbus's") == company_key("Airbus’s") == company_key("Airbus SE") == "airbus"
    assert company_key("Nexeo Solutions Inc.") == "nexeo solutions"
    assert company_key("Ÿnsect") == "ynsect"


def test_a_gold_company_is_matched_by_key_name_or_mention():
    cs = CompanySentiment(company="totalenergies", value="neutral", name="Total", source=MODEL, confidence=0.8)
    # the gazetteer keys "Total" as totalenergies: the name still matches
    assert match_company("total", {"totalenergies": cs}) == "totalenergies"
    # a gold mention overlapping a predicted mention of another key
    other = CompanySentiment(company="industrial bell", value="neutral", name="Industrial, Bell", source=MODEL)
    assert match_company("bell", {"industrial bell": other}, [(10, 14)], [(0, 16, "industrial bell")]) == "industrial bell"
    assert match_company("bell", {"industrial bell": other}, [(30, 34)], [(0, 16, "industrial bell")]) is None


def test_business_words_without_valence_leave_a_company_neutral():
    from annotator.nlp.enrich import Enricher

    # the lexicon: "acquiert", "concerné", "s'appuiera" carry no valence (the learned model may still
    # call a buyer positive from the event and its place in the article, as annotators often do)
    enricher = Enricher.from_project_resources(default_schema(), use_model=False)
    text = ("Publicis acquiert Tremend\nPublicis Groupe acquiert Tremend en Roumanie. Tremend est concerné. "
            "Publicis s'appuiera sur Tremend.")
    parts, ents = make_parts(text, [("Publicis Groupe", "ORG"), ("Tremend", "ORG")])
    ann = enricher.annotate(text, parts, ents)
    assert {k: v.value for k, v in ann.sentiments.items()} == {"publicis": "neutral", "tremend": "neutral"}


def test_quoted_regions_cover_quotations_and_their_ends():
    text = 'Le PDG a dit « nous sommes ravis » et « fiers. Vraiment » puis "bravo" enfin.'
    regions = [text[a:b] for a, b in quoted_regions(text, 0, len(text))]
    assert regions == ["« nous sommes ravis »", "« fiers. Vraiment »", '"bravo"']
    second = text.index("Vraiment")
    assert [text[a:b] for a, b in quoted_regions(text, second, len(text))][0] == "Vraiment »"
    assert quoted_regions("l’action monte", 0, 14) == []


def test_quoted_praise_counts_less_than_the_articles_own_words():
    from annotator.nlp.enrich import Enricher

    enricher = Enricher.from_project_resources(default_schema())
    plain = "Zeta publie des résultats excellents et en forte hausse."
    quoted = 'Zeta a déclaré : "des résultats excellents et en forte hausse".'
    scores = []
    for text in (plain, quoted):
        parts, ents = make_parts(text, [("Zeta", "ORG")])
        from annotator.nlp.enrich_text import Analysis

        an = Analysis(text, parts)
        scores.append(enricher.sentiment.sentence_scores(an, [(0, len(text))])[0].compound)
    assert 0 < scores[1] < scores[0]


@pytest.mark.parametrize("text, name, label", [
    ("Les amendes infligées à Umicore, société belge, atteignent 69 millions.", "Umicore", "LOC"),
    ("Mobilux, maison mère de But, a bouclé l'opération.", "Mobilux", "PER"),
    ("The deal gave Zorblax, an industrial gas supplier, a premium.", "Zorblax", "MISC"),
    ("Sell GmbH vient de Premium Aircraft Interior Group selon le groupe.", "Premium Aircraft Interior Group", "MISC"),
])
def test_a_company_noun_in_apposition_or_a_group_ending_makes_it_a_company(text, name, label):
    ents = _spans(text, [(name, label)])
    assert [s.label for s in relabel_by_shape(text, ents, "ORG")] == ["ORG"]


@pytest.mark.parametrize("text, name, label", [
    ("Il a rencontré Yves Le Masne, salarié du groupe, hier.", "Yves Le Masne", "PER"),
    ("Satya Nadella, the company said, will stay.", "Satya Nadella", "PER"),
    ("Un accord avec Globalia, la compagnie aérienne IAG a payé.", "Globalia", "LOC"),
    ("En France, plusieurs groupes ont acheté.", "France", "LOC"),
])
def test_a_new_clause_after_the_comma_is_no_apposition(text, name, label):
    ents = _spans(text, [(name, label)])
    assert [s.label for s in relabel_by_shape(text, ents, "ORG")] == [label]


def test_untagged_repeats_of_a_company_name_become_mentions():
    from annotator.nlp.company_shape import add_repeated_mentions

    text = ("Siemens Healthineers buys Varian.\nVarian's shareholders get a premium; d’Varian is odd.\n"
            "Menu: Varian\nVariance is not Varian-like.")
    ents = _spans(text, [("Siemens Healthineers", "ORG")]) + [Span(26, 32, "ORG", source=MODEL, confidence=0.8)]
    menu = text.index("Menu")
    out = add_repeated_mentions(text, ents, "ORG", skip=[(menu, menu + 12, "menu")])
    added = [(text[s.start:s.end], s.start) for s in out[len(ents):]]
    # the line-start and elided mentions are added; not inside a skipped line, a longer word or a compound
    assert added == [("Varian", text.index("Varian's")), ("Varian", text.index("d’Varian") + 2)]
    assert all(s.label == "ORG" and s.confidence == 0.5 for s in out[len(ents):])
    assert add_repeated_mentions(text, _spans(text, [("Varian", "PER")]), "ORG") == _spans(text, [("Varian", "PER")])
