"""A pipeline trained on our export: its spancat/textcat predictions fold into the model's version."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, SpanGroup
from spacy.vocab import Vocab

from annotator.core.model import MODEL, CompanySentiment, DocAnnotations, EventLabel, Span
from annotator.nlp.trained import combine, trained_components
from annotator.resources import default_schema

VOCAB = Vocab(lex_attr_getters={LOWER: str.lower})
SCHEMA = default_schema()


def paragraph(words, spaces=None):
    return Doc(VOCAB, words=words, spaces=spaces)


def test_components_follow_the_layers():
    names = ["tok2vec", "ner", "spancat", "textcat_multilabel"]
    assert trained_components(names, ("entities",)) == set()
    assert trained_components(names, ("entities", "sentiments", "events")) == {"spancat", "textcat_multilabel"}
    assert trained_components(["ner"], ("sentiments", "events")) == set()


def test_events_are_the_union_with_the_rules_and_sentiment_follows_the_spans():
    first = paragraph(["Renault", "rachète", "Nissan", "."])
    second = paragraph(["Renault", "recule", "."])
    text = "Renault rachète Nissan .\nRenault recule ."
    parts = [(0, first), (25, second)]
    first.cats = {"acquisition": 0.9, "earnings": 0.2, "not_in_schema": 0.99}
    second.cats = {"acquisition": 0.1, "layoffs": 0.7}
    first.spans["sentiment"] = SpanGroup(first, name="sentiment", spans=[])
    g = first.spans["sentiment"]
    g.append(first.char_span(0, 7, label="positive"))
    g.append(first.char_span(16, 22, label="negative"))
    g.attrs["scores"] = [0.8, 0.6]
    second.spans["sentiment"] = [second.char_span(0, 7, label="negative")]
    second.spans["sentiment"].attrs["scores"] = [0.3]
    ann = DocAnnotations(
        entities=[Span(0, 7, "ORG", MODEL, 0.9, "renault"), Span(16, 22, "ORG", MODEL, 0.9, "nissan"),
                  Span(25, 32, "ORG", MODEL, 0.9, "renault")],
        sentiments={"renault": CompanySentiment("renault", "neutral", "Renault", MODEL, 0.5, ((0, 24),)),
                    "dacia": CompanySentiment("dacia", "mixed", "Dacia", MODEL, 0.4)},
        events={"acquisition": EventLabel("acquisition", MODEL, 0.6, ((8, 15),)),
                "competition": EventLabel("competition", MODEL, 0.7)},
    )
    out = combine(text, parts, ann, SCHEMA, ("entities", "sentiments", "events"))
    # events: the rules' two, plus layoffs from the model; acquisition keeps its trigger evidence
    assert set(out.events) == {"acquisition", "competition", "layoffs"}
    assert out.events["acquisition"].confidence == 0.9 and out.events["acquisition"].evidence == ((8, 15),)
    assert out.events["layoffs"].confidence == 0.7 and out.events["layoffs"].evidence == ()
    # sentiment: renault 0.8 positive vs 0.3 negative -> positive (0.727); nissan negative (1.0)
    assert out.sentiments["renault"].value == "positive"
    assert out.sentiments["renault"].confidence == round(0.8 / 1.1, 3)
    assert out.sentiments["renault"].evidence == ((0, 24),) and out.sentiments["renault"].name == "Renault"
    assert out.sentiments["nissan"].value == "negative" and out.sentiments["nissan"].confidence == 1.0
    assert out.sentiments["dacia"].value == "mixed"  # nothing predicted over it: the lexicon's value stays
    assert out.entities == ann.entities


def test_only_requested_layers_change():
    doc = paragraph(["Renault", "gagne"])
    doc.cats = {"earnings": 0.95}
    ann = DocAnnotations(entities=[Span(0, 7, "ORG", MODEL, 0.9, "renault")])
    out = combine("Renault gagne", [(0, doc)], ann, SCHEMA, ("entities", "sentiments"))
    assert out.events == {} and out.sentiments == {}


def test_event_types_the_model_did_not_learn_are_left_to_the_rules():
    """A model whose dev F for a type is 0 (too few articles) must not add that type everywhere."""
    from annotator.nlp.trained import learned_events

    meta = {"performance": {"cats_f_per_type": {"earnings": {"p": 0.5, "r": 1.0, "f": 0.667},
                                                "layoffs": {"p": 0.0, "r": 0.0, "f": 0.0}}}}
    assert learned_events(meta) == {"earnings"}
    assert learned_events({"performance": {}}) is None and learned_events({}) is None
    doc = paragraph(["Renault", "supprime", "des", "postes"])
    doc.cats = {"earnings": 0.9, "layoffs": 0.95}
    ann = DocAnnotations(entities=[Span(0, 7, "ORG", MODEL, 0.9, "renault")],
                         events={"legal": EventLabel("legal", MODEL, 0.6)})
    text = "Renault supprime des postes"
    out = combine(text, [(0, doc)], ann, SCHEMA, ("entities", "events"), learned_events(meta))
    assert set(out.events) == {"legal", "earnings"}  # the rules' type stays; layoffs (dev F 0) is not added
    assert set(combine(text, [(0, doc)], ann, SCHEMA, ("entities", "events")).events) == {"legal", "earnings", "layoffs"}
