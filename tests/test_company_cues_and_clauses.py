"""Companies found by what the article calls them; sentiment per clause; confidence per value."""

from __future__ import annotations

import pytest

from annotator.core.model import MODEL, Span
from annotator.nlp.clauses import clause_around, coordinated
from annotator.nlp.company_cues import add_cued_companies
from annotator.resources import default_schema
from test_enrich import make_parts

SCHEMA = default_schema()


def test_a_name_after_a_company_noun_or_before_a_legal_form_is_a_company():
    text = ("L'opération a été menée par le fonds Long Journey.\n"
            "Cigarette maker Reynolds American said RAI Services Co would cut jobs.\n"
            "Le Groupe publie ses comptes.")
    got = [text[s.start:s.end] for s in add_cued_companies(text, [], "ORG")]
    assert got == ["Long Journey", "Reynolds American", "RAI Services"]
    # a name the model already tagged is left to promote_by_cues; a skipped line gives nothing
    i = text.index("Long Journey")
    assert add_cued_companies(text, [Span(i, i + 12, "PER")], "ORG", [(0, text.index("\n"))])[1:] == [
        s for s in add_cued_companies(text, [], "ORG") if text[s.start:s.end] != "Long Journey"]


@pytest.mark.parametrize("text, names", [
    ("Analysts said Zorblax shares tumbled 7 per cent on Monday.", ["Zorblax"]),
    ("Surya Roshni share price rose 1 percent in early trade.", ["Surya Roshni"]),
    ("Quorvan stock jumped after the results.", ["Quorvan"]),
    # shares of a market, a class or a kind are no company's; nor is an exchange
    ("European shares fell, London shares too, and Class A shares were flat.", []),
    ("It trades on the Toronto stock exchange and the Nasdaq stock market.", []),
])
def test_only_a_company_has_shares(text, names):
    """"Zorblax shares tumbled", "Surya Roshni share price": a name the model missed before "shares",
    "share price" or "stock" is a company's (not "European shares", not "the Toronto stock exchange")."""
    got = [text[s.start:s.end] for s in add_cued_companies(text, [], "ORG")]
    assert got == names


def test_clause_around_a_mention():
    text = "Alpha publie des résultats records, mais Beta s'effondre en Bourse après un avertissement."
    sent = (0, len(text))
    a = text.index("Beta")
    assert text[slice(*clause_around(text, sent, a, a + 4))].strip() == \
        "Beta s'effondre en Bourse après un avertissement."
    assert text[slice(*clause_around(text, sent, 0, 5))] == "Alpha publie des résultats records"


def test_companies_listed_together_share_their_clause():
    text = "Atos, Valeo et Nexans ont accusé une baisse, tandis que Renault et Stellantis montent."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Atos", "Valeo", "Nexans", "Renault", "Stellantis")]
    lists = coordinated(text, spans)
    assert lists == {**dict.fromkeys(spans[:3], (0, spans[2][1])), **dict.fromkeys(spans[3:], (spans[3][0], spans[4][1]))}
    sent = (0, len(text))
    for span in spans[:3]:
        assert text[slice(*clause_around(text, sent, *lists[span]))] == "Atos, Valeo et Nexans ont accusé une baisse"
    # names apart, with words between them, are no list
    text = "Alpha rachète Beta, qui perd de l'argent."
    assert coordinated(text, [(0, 5), (14, 18)]) == {} and coordinated(text, []) == {}


@pytest.fixture(scope="module")
def enricher():
    from annotator.nlp.enrich import Enricher

    return Enricher.from_project_resources(SCHEMA)


def test_each_company_gets_the_valence_of_its_own_clause(enricher):
    text = ("Résultats contrastés dans le luxe\n"
            "Alpha publie des résultats records et relève ses objectifs, alors que Beta s'effondre en Bourse "
            "après un avertissement sur ses résultats. Alpha s'envole en Bourse, tandis que Beta chute lourdement.")
    parts, ents = make_parts(text, [("Alpha", "ORG"), ("Beta", "ORG")])
    # both named twice (a company named once, in one sentence, needs stronger evidence: issue 10)
    ents += [Span(i, i + len(w), "ORG", source=MODEL, confidence=0.77) for w in ("Alpha", "Beta")
             for i in [text.rindex(w)]]
    ann = enricher.annotate(text, parts, ents)
    assert ann.sentiments["alpha"].value == "positive"
    assert ann.sentiments["beta"].value == "negative"


def test_a_company_merely_named_is_neutral_with_a_calibrated_confidence(enricher):
    from annotator.core.confidence import is_uncertain
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.sentiment import VALUE_PRECISION

    text = "Gamma nomme un directeur financier\nLe groupe Gamma a nommé mardi un nouveau directeur financier."
    parts, ents = make_parts(text, [("Gamma", "ORG")])
    # the lexicon rule (English articles, or a project without the learned model): neutral
    rule = Enricher.from_project_resources(SCHEMA, use_model=False)
    cs = rule.annotate(text, parts, ents).sentiments["gamma"]
    assert cs.value == "neutral"
    assert VALUE_PRECISION["neutral"] / 2 < cs.confidence <= 0.5 + VALUE_PRECISION["neutral"] / 2
    # the learned French model: an article's only company is often positive in real news, but with
    # nothing to show for it the model says neutral, or a value the window marks as one to check first
    learned = enricher.annotate(text, parts, ents).sentiments["gamma"]
    assert learned.value == "neutral" or is_uncertain(learned.confidence)
