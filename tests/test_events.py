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
    assert ev.confidence == pytest.approx(0.85)


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
    assert "competition" in detector.detect(a.text, a)
    ents = [Span(name, name + len("Autorité de la concurrence"), "ORG")]
    assert detector.detect(a.text, a, ents) == {}
