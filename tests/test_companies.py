"""Company gazetteer fixes and grouping of ORG mentions (no model)."""

from __future__ import annotations

import pytest

from annotator.core.model import MODEL, Span
from annotator.nlp.companies import Gazetteer, group_companies
from annotator.resources import default_schema, read_text

SCHEMA = default_schema()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_text(read_text("gazetteer", "companies.jsonl"), schema=SCHEMA)


def m(text: str, surface: str, label: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return Span(i, i + len(surface), label, source=MODEL, confidence=0.7)


def spans(text: str, ents: list[Span]) -> list[tuple[str, str, str | None]]:
    return [(text[s.start:s.end], s.label, s.company) for s in sorted(ents, key=lambda s: s.start)]


def test_gazetteer_relabels_completes_and_adds(gaz):
    text = "Alphabet et Walmart, avec Walgreen's et McDonald’s, face à Amazon."
    model = [m(text, "Alphabet", "PER"), m(text, "Walgreen'", "ORG"), m(text, "McDonald", "MISC")]
    out = group_companies(text, gaz.apply(text, None, model), "ORG", gaz)
    assert spans(text, out) == [
        ("Alphabet", "ORG", "alphabet"),       # a company tagged PER
        ("Walmart", "ORG", "walmart"),         # missed by the model
        ("Walgreen's", "ORG", "walgreens"),    # cut short at the apostrophe
        ("McDonald’s", "ORG", "mcdonald s"),   # typographic apostrophe, was MISC
        ("Amazon", "ORG", "amazon"),
    ]
    assert all(s.source == MODEL for s in out)


def test_model_output_kept_where_gazetteer_says_nothing_or_less(gaz):
    text = "Google Assistant et Marc Lore chez Norvexa."
    model = [m(text, "Google Assistant", "MISC"), m(text, "Marc Lore", "PER"), m(text, "Norvexa", "ORG")]
    out = gaz.apply(text, None, model)
    # the longer model entity around "Google" wins; unknown names stay as the model said
    assert sorted(out, key=lambda s: s.start) == model


def test_ambiguous_entries_only_fix_what_the_model_found(gaz):
    text = "Orange a publié ses comptes. Une orange. Orange est aussi une ville, Orange."
    model = [m(text, "Orange", "PER")]
    out = gaz.apply(text, None, model)
    assert spans(text, out) == [("Orange", "ORG", "orange")]


def test_aliases_and_prefixes_group_mentions(gaz):
    text = "Facebook devient Meta. Whole Foods Market et Whole Foods. Danone SA et Danone."
    model = [m(text, "Meta", "MISC"), m(text, "Whole Foods Market", "ORG"), m(text, "Danone SA", "ORG"), m(text, "Danone", "ORG", 1)]
    out = group_companies(text, gaz.apply(text, None, model), "ORG", gaz)
    keys = {text[s.start:s.end]: s.company for s in out}
    assert keys["Facebook"] == keys["Meta"] == "meta"  # "Meta" is ambiguous: fixed, not added
    assert keys["Whole Foods Market"] == keys["Whole Foods"] == "whole foods"
    assert keys["Danone SA"] == keys["Danone"] == "danone"


def test_non_company_labels_get_no_company_key():
    text = "Paris et Renault"
    ents = [Span(0, 5, "LOC", company="paris"), Span(9, 16, "ORG")]
    out = group_companies(text, ents, "ORG")
    assert [s.company for s in out] == [None, "renault"]


def test_token_patterns_match_on_docs():
    from spacy.attrs import LOWER
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from annotator.nlp.enrich_text import Analysis

    gaz = Gazetteer.from_text('{"label": "ORG", "pattern": [{"LOWER": "bnp"}, {"LOWER": "paribas"}], "id": "BNP"}',
                              schema=SCHEMA)
    text = "la BNP Paribas recrute"
    doc = Doc(Vocab(lex_attr_getters={LOWER: str.lower}), words=["la", "BNP", "Paribas", "recrute"])
    out = gaz.apply(text, Analysis(text, [(0, doc)]), [])
    assert spans(text, out) == [("BNP Paribas", "ORG", "bnp")]


def test_packaged_gazetteer_is_valid_entity_ruler_input(gaz):
    import json

    rows = [json.loads(line) for line in read_text("gazetteer", "companies.jsonl").splitlines() if line.strip()]
    assert len(rows) >= 150 and all(r["label"] in SCHEMA.entity_names and r["pattern"] for r in rows)
    assert len(gaz.entries) == len(rows)


# --- the article's own cues: promote_by_cues ------------------------------------------------------
def _spans(text, *items):
    from annotator.core.model import Span

    out, pos = [], 0
    for word, label in items:
        start = text.index(word, pos)
        out.append(Span(start, start + len(word), label, source="model", confidence=0.8))
        pos = start + 1
    return out


def test_a_company_cue_makes_every_mention_of_the_name_org():
    from annotator.nlp.companies import CUE_CONFIDENCE, promote_by_cues

    text = ("Ardenne Rubber va supprimer 1 200 postes.\nLe fabricant de pneumatiques Ardenne Rubber ferme "
            "une usine. L'action Ardenne Rubber recule.")
    ents = _spans(text, ("Ardenne Rubber", "MISC"), ("Ardenne Rubber", "MISC"), ("Ardenne Rubber", "PER"))
    out = promote_by_cues(text, ents, "ORG")
    assert [s.label for s in out] == ["ORG", "ORG", "ORG"]
    assert {s.confidence for s in out} == {CUE_CONFIDENCE}


def test_no_cue_through_a_preposition_a_participle_or_an_elision_alone():
    from annotator.nlp.companies import promote_by_cues

    text = ("Le groupe dirigé par Florent Menegaux recule. Le groupe de Cupertino grandit. "
            "Les clients d'Orange Bleue partent.")
    ents = _spans(text, ("Florent Menegaux", "PER"), ("Cupertino", "LOC"), ("Orange Bleue", "MISC"))
    assert promote_by_cues(text, ents, "ORG") == ents


def test_legal_form_after_the_name_is_a_cue_and_lowercase_spans_are_left_alone():
    from annotator.nlp.companies import promote_by_cues

    text = "Nordvik SA rachète Polaris. Nordvik grandit; la direction générale approuve."
    ents = _spans(text, ("Nordvik", "PER"), ("Nordvik", "LOC"), ("direction générale", "MISC"))
    assert [s.label for s in promote_by_cues(text, ents, "ORG")] == ["ORG", "ORG", "MISC"]


def test_model_org_spreads_to_person_and_misc_mentions_but_not_places():
    from annotator.nlp.companies import promote_by_cues

    text = "Lumora lève 60 millions. Lumora recrute. Europe investit; Europe et Europe."
    ents = _spans(text, ("Lumora", "ORG"), ("Lumora", "PER"), ("Europe", "ORG"), ("Europe", "LOC"))
    assert [s.label for s in promote_by_cues(text, ents, "ORG")] == ["ORG", "ORG", "ORG", "LOC"]
