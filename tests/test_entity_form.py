"""Entity spans fixed by their form (annotator/nlp/entity_form.py), on text written for the test."""

from __future__ import annotations

import re

import pytest

from annotator.core.boilerplate import line_kind
from annotator.core.model import MODEL, Span
from annotator.nlp.entity_form import fix_by_form


def _span(text: str, surface: str, label: str, nth: int = 0, **kw) -> Span:
    m = [m for m in re.finditer(re.escape(surface), text)][nth]
    return Span(m.start(), m.end(), label, source=MODEL, confidence=0.8, **kw)


def _fix(text: str, spans: list[Span], skip=()) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.label) for s in fix_by_form(text, spans, "ORG", skip)]


def test_leading_article_and_possessive_are_cut_from_names():
    text = "The European Commission fined Acme Widgets Plc's unit; the Northern Rail board met."
    spans = [_span(text, "The European Commission", "ORG"), _span(text, "Acme Widgets Plc's", "ORG"),
             _span(text, "the Northern Rail", "ORG")]
    assert _fix(text, spans) == [("European Commission", "ORG"), ("Acme Widgets Plc", "ORG"),
                                 ("Northern Rail", "ORG")]


def test_a_one_word_name_keeps_its_s_unless_it_also_stands_without_it():
    text = "Lowe's sells tools. Zorbex's results were good, and Zorbex hired."
    spans = [_span(text, "Lowe's", "ORG"), _span(text, "Zorbex's", "ORG"), _span(text, "Zorbex", "ORG", 1)]
    assert _fix(text, spans) == [("Lowe's", "ORG"), ("Zorbex", "ORG"), ("Zorbex", "ORG")]


def test_temporal_words_and_nationality_compounds_are_no_names():
    text = "Today’s deal, said the Anglo-Dutch group, closes on Monday."
    spans = [_span(text, "Today’s", "MISC"), _span(text, "Anglo-Dutch", "ORG"), _span(text, "Monday", "ORG")]
    assert _fix(text, spans) == []


def test_a_legal_form_after_a_company_joins_it_and_a_sentence_dot_does_not():
    text = ("Brimstone Services Co completed the sale. Kelvar Ltd., the buyer, paid cash. "
            "Orlan bought Tessel Corp. Then it paused.")
    spans = [_span(text, "Brimstone Services", "ORG"), _span(text, "Kelvar", "ORG"),
             _span(text, "Tessel Corp.", "ORG")]
    assert _fix(text, spans) == [("Brimstone Services Co", "ORG"), ("Kelvar Ltd.", "ORG"), ("Tessel Corp", "ORG")]


def test_a_gazetteer_match_keeps_its_edges_but_takes_a_legal_form():
    text = "Amazon.com Inc eased past forecasts. The Walmart's store opened."
    spans = [_span(text, "Amazon.com", "ORG", company="amazon"), _span(text, "Walmart", "ORG", company="walmart")]
    assert _fix(text, spans) == [("Amazon.com Inc", "ORG"), ("Walmart", "ORG")]


@pytest.mark.parametrize("text, place, rest", [
    ("SEATTLE - Microsoft Corp reported a profit on Thursday.", "SEATTLE", "Microsoft Corp"),
    ("(DETROIT) — General Motors is laying off workers.", "DETROIT", None),
    (" date 2024-05-09 MELBOURNE, Australia (AP) — Air Vanuatu has filed for protection.", "MELBOURNE", None),
    ("BRUSSELS, June 27. /TASS/. The Commission fined Google.", "BRUSSELS", None),
    ("PARIS (Reuters) - Renault a annoncé un plan.", "PARIS", None),
])
def test_a_dateline_place_is_a_place_cut_from_the_name_after_it(text, place, rest):
    spans = [_span(text, f"{place} - {rest}" if rest else place, "ORG")]
    got = _fix(text, spans)
    assert (place, "LOC") in got
    assert ((rest, "ORG") in got) == bool(rest)


def test_a_capitalised_company_opening_a_plain_sentence_is_no_dateline():
    text = "IBM said on Monday that profit rose.\nACME, the toolmaker, grew - slowly."
    spans = [_span(text, "IBM", "ORG"), _span(text, "ACME", "ORG")]
    assert _fix(text, spans) == [("IBM", "ORG"), ("ACME", "ORG")]


def test_acronyms_spelled_out_in_lower_case_go_and_those_of_a_name_take_its_label():
    text = ("Output of liquefied natural gas (LNG) rose. The Federal Trade Commission (FTC) sued. "
            "LNG prices fell and the FTC said so.")
    spans = [_span(text, "LNG", "ORG"), _span(text, "Federal Trade Commission", "ORG"), _span(text, "FTC", "PER"),
             _span(text, "LNG", "ORG", 1)]
    assert _fix(text, spans) == [("Federal Trade Commission", "ORG"), ("FTC", "ORG"), ("FTC", "ORG")]


def test_a_name_part_of_a_person_named_in_full_is_that_person():
    text = ("Quorvan named Edda Halvorsen chief executive. Halvorsen joined in 2003; Edda said "
            "Halvorsen would stay. Nel Rite Halvorsen Fund is another thing.")
    spans = [_span(text, "Quorvan", "ORG"), _span(text, "Edda Halvorsen", "PER"), _span(text, "Halvorsen", "LOC", 1),
             _span(text, "Edda", "ORG", 1)]
    got = _fix(text, spans)
    assert got == [("Quorvan", "ORG"), ("Edda Halvorsen", "PER"), ("Halvorsen", "PER"), ("Edda", "PER"),
                   ("Halvorsen", "PER")]  # the one inside "Nel Rite Halvorsen Fund" is left alone


def test_a_name_the_model_calls_org_in_several_mentions_is_not_turned_into_a_person():
    text = "Michael Dell spoke. Dell shares rose and Dell hired."
    spans = [_span(text, "Michael Dell", "PER"), _span(text, "Dell", "ORG", 1), _span(text, "Dell", "ORG", 2)]
    assert _fix(text, spans) == [("Michael Dell", "PER"), ("Dell", "ORG"), ("Dell", "ORG")]


def test_plants_are_places_products_are_misc_and_cued_names_are_companies():
    text = ("Quorvan will close Halden Assembly. Sales of its Lumo digital music player rose; "
            "Lumo sold well. Quorvan will buy competitor Vesk, and Vesk shareholders agreed.")
    spans = [_span(text, "Quorvan", "ORG"), _span(text, "Halden Assembly", "ORG"), _span(text, "Lumo", "ORG"),
             _span(text, "Lumo", "ORG", 1), _span(text, "Quorvan", "ORG", 1), _span(text, "Vesk", "PER"),
             _span(text, "Vesk", "PER", 1)]
    assert _fix(text, spans) == [("Quorvan", "ORG"), ("Halden Assembly", "LOC"), ("Lumo", "MISC"), ("Lumo", "MISC"),
                                 ("Quorvan", "ORG"), ("Vesk", "ORG"), ("Vesk", "ORG")]


def test_nothing_is_added_inside_a_skipped_line():
    text = "Edda Halvorsen spoke.\nFollow Halvorsen on Twitter"
    skip = [(text.index("Follow"), len(text))]
    assert _fix(text, [_span(text, "Edda Halvorsen", "PER")], skip) == [("Edda Halvorsen", "PER")]


@pytest.mark.parametrize("line, kind", [
    ("Edited by Ana Lind", "credit"),
    ("Follow Ana Lind on Twitter", "share"),
    ("Full Content: Daily Bugle", "read_also"),
    ("All news", "read_also"),
    ("You’ve reached your limit of 5 free articles this month.", "paywall"),
    ("Want more news? Subscribe to our free daily newsletter.", "paywall"),
    ("Please keep your comments respectful and relevant.", "comments"),
    ("This is a developing story. Please check back for updates.", "credit"),
    ("(Reporting by Ana Lind; Editing by Tom Berg)", "credit"),
    ("Written by Ana Lind, Contributor and  Tom Berg, Contributor", "credit"),
    ("Trending stories at Example.com", "read_also"),
])
def test_more_non_article_lines_by_their_form(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Edited by the board, the plan was approved on Monday by shareholders.",
    "Follow the money: the fund on Twitter is loud, analysts said.",
    "All news outlets reported the merger on Monday.",
    "Written by hand, the letter said the chief executive would resign next week after the board met.",
    "Trending stocks rose 5% on Monday as investors bought chipmakers, analysts said.",
])
def test_article_lines_that_look_alike_are_left_alone(line):
    assert line_kind(line) is None
