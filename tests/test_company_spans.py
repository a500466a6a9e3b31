"""The learned second look at LOC / MISC / PER names (annotator/nlp/company_spans.py, issue 10:
French company recall): features, the relabelling of every mention of a name, the shipped model
file and damaged copies of it, the fast scoring path, and the training script's refusals. Names
are invented."""

from __future__ import annotations

import re

import numpy as np
import pytest
from spacy.vocab import Vocab

from annotator.core.errors import InputError
from annotator.core.model import MODEL, Span
from annotator.nlp import company_spans as cs
from annotator.nlp.enrich import SPAN_MODEL_FILE, Enricher, load_span_model
from annotator.nlp.sentiment_model import CompanySentimentModel
from annotator.resources import default_schema, read_text

from test_company_shape import _labels, _spans
from test_enrich import make_parts

SCHEMA = default_schema()


def _model(weights: dict[str, float], bias: float = -2.0, **meta) -> CompanySentimentModel:
    """A two-class model: ``weights`` push towards "company"; unit scaling, no offset."""
    names = tuple(weights) or ("mentions",)
    return CompanySentimentModel(
        names, cs.CLASSES, tuple(0.0 for _ in names), tuple(1.0 for _ in names),
        (tuple(weights.get(n, 0.0) for n in names), tuple(0.0 for _ in names)), (bias, 0.0),
        {"languages": ["fr"], "threshold": 0.5, **meta})


def _vocab(vectors: dict[str, list[float]]) -> Vocab:
    vocab = Vocab()
    for word, vec in vectors.items():
        vocab.set_vector(word, np.array(vec, dtype="float32"))
    return vocab


# --- features -------------------------------------------------------------------------------
def test_a_mention_is_described_by_its_label_form_and_the_words_around_it():
    text = "Zorblax Labs lève 10 millions\nLa start-up Zorblax Labs, basée à Lyon, a levé 10 millions d’euros."
    ents = _spans(text, [("Zorblax Labs", "MISC"), ("Lyon", "LOC")])
    feats = dict((text[s.start:s.end] + f"@{s.start}", f) for s, f in cs.name_features(text, ents, "ORG", "fr"))
    head, body, lyon = feats["Zorblax Labs@0"], feats[f"Zorblax Labs@{text.index('Zorblax', 5)}"], feats[
        f"Lyon@{text.index('Lyon')}"]
    assert head["label=MISC"] == 1 and head["line_start"] == 1 and head["first_in_headline"] == 1
    assert head["next=lève"] == 1 and head["words=2"] == 1 and head["mentions"] == pytest.approx(np.log1p(2))
    assert body["prev=up"] == 1 and body["prev2=- up"] == 1 and body["next=,"] == 1
    assert "first_in_headline" not in body and "line_start" not in body
    assert lyon["label=LOC"] == 1 and lyon["prev=à"] == 1 and lyon["words=1"] == 1
    assert all(cs.known_feature(n) for f in feats.values() for n in f)


def test_the_shape_features_tell_acronyms_coined_names_and_link_words():
    text = "ZRB et BlaBlaZorb et Fête de la Zorb"
    rows = cs.name_features(text, _spans(text, [("ZRB", "MISC"), ("BlaBlaZorb", "PER"), ("Fête de la Zorb", "MISC")]),
                            "ORG", "fr")
    zrb, coined, feast = (f for _, f in sorted(rows, key=lambda r: r[0].start))
    assert zrb["shape=caps"] == 1 and zrb["shape=short"] == 1
    assert coined["shape=camel"] == 1 and "shape=caps" not in coined
    assert feast["shape=link_word"] == 1 and "shape=lower_word" not in feast and feast["words=3"] == 1


def test_only_capitalised_one_line_names_of_other_labels_are_candidates():
    text = "Zorblax et zorblax et Renault\net Zorb\nlax"
    ents = [Span(0, 7, "LOC"), Span(11, 18, "LOC"), Span(22, 29, "ORG"), Span(33, 41, "MISC"), Span(30, 31, "PER")]
    assert [text[s.start:s.end] for s in cs.candidates(text, ents, "ORG")] == ["Zorblax"]


@pytest.mark.parametrize("text,surface", [
    ("Zorb, Zorb et Zorbs", "Zorb"), ("a_Zorb Zorb_ Zorb", "Zorb"), ("Zorb", "Zorb"), ("aaa", "aa"),
    ("l'Zorb-Zorb", "Zorb"), ("", "Zorb")])
def test_whole_word_counts_are_those_of_the_regular_expression(text, surface):
    assert cs._count_whole(text, surface) == len(re.findall(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text))


def test_word_vectors_give_the_unknown_share_and_the_mean_of_known_words():
    vocab = _vocab({"Lyon": [1.0, 0.0, 2.0], "banque": [3.0, 2.0, 0.0]})
    assert cs.word_vector("Lyon", None) == (None, None)
    assert cs.word_vector("Lyon", Vocab()) == (None, None)  # no vectors at all
    unknown, mean = cs.word_vector("Banque de Lyon Zorblax", vocab)  # "de" is a link word; "Banque" known lower-cased
    assert unknown == pytest.approx(1 / 3) and list(mean) == pytest.approx([2.0, 1.0, 1.0])
    unknown, mean = cs.word_vector("Zorblax", vocab)
    assert unknown == 1.0 and mean is None
    feats = cs.vector_features(*cs.word_vector("Lyon", vocab))
    assert feats == {"unknown_words": 0.0, "vec0": 1.0, "vec1": 0.0, "vec2": 2.0}
    assert all(cs.known_feature(n) for n in feats)


# --- relabelling ----------------------------------------------------------------------------
def test_a_likely_name_is_relabelled_at_every_mention_and_others_are_left_alone():
    text = "La société Zorblax rachète Quimper\nZorblax a annoncé l'achat de Quimper, ville de Bretagne."
    ents = _spans(text, [("Zorblax", "LOC"), ("Quimper", "LOC"), ("Bretagne", "LOC")])
    model = _model({"prev=société": 6.0})  # only the first mention has the telling word
    out = cs.relabel(text, ents, "ORG", model, "fr")
    assert _labels(text, out) == [("Bretagne", "LOC"), ("Quimper", "LOC"), ("Quimper", "LOC"),
                                  ("Zorblax", "ORG"), ("Zorblax", "ORG")]
    relabelled = [s for s in out if s.label == "ORG"]
    assert all(s.source == MODEL and s.confidence == pytest.approx(0.85) for s in relabelled)  # capped
    assert cs.relabel(text, ents, "ORG", model, "en") is ents  # not a language of the model
    assert cs.relabel(text, ents, "ORG", None, "fr") is ents
    assert cs.relabel(text, ents, "ORG", _model({"prev=société": 6.0}, threshold=0.99), "fr") == ents


def test_an_unsure_name_keeps_its_label_and_a_sure_one_gets_its_probability():
    text = "Zorblax et Quimpex annoncent."
    ents = _spans(text, [("Zorblax", "MISC"), ("Quimpex", "MISC")])
    model = _model({"next=et": 2.5}, bias=-2.0)  # Zorblax: p = 1 / (1 + e^-0.5) = 0.62
    out = {text[s.start:s.end]: s for s in cs.relabel(text, ents, "ORG", model, "fr")}
    assert out["Zorblax"].label == "ORG" and out["Zorblax"].confidence == pytest.approx(0.622, abs=1e-3)
    assert out["Quimpex"].label == "MISC"


def test_the_fast_path_scores_as_the_full_feature_dictionary_does():
    vocab = _vocab({"Lyon": [1.0, -1.0], "Zorb": [0.5, 2.0]})
    text = "Zorb Lyon ouvre à Lyon.\nZorb Lyon et Zorblax."
    ents = _spans(text, [("Zorb Lyon", "PER"), ("Zorblax", "MISC")])
    ents = [s for s in ents if text[s.start:s.end] != "Lyon"]
    names = ("label=PER", "label=MISC", "unknown_words", "vec0", "vec1", "next=ouvre", "mentions")
    model = CompanySentimentModel(names, cs.CLASSES, (0.1, 0.2, 0.3, 0.4, -0.5, 0.0, 1.0), (1.5, 0.5, 2.0, 0.7, 1.1, 1.0, 0.3),
                                  ((0.3, -0.2, 0.8, 1.1, -0.7, 0.9, 0.2), (-0.1, 0.4, -0.3, 0.2, 0.5, -0.2, 0.1)),
                                  (0.2, -0.1), {"languages": ["fr"], "threshold": 1e-6})
    full = {}
    for s, f in cs.name_features(text, ents, "ORG", "fr", vocab):
        surface = text[s.start:s.end]
        full[surface] = max(full.get(surface, 0.0), model.probabilities(f)["company"])
    out = {text[s.start:s.end]: s.confidence for s in cs.relabel(text, ents, "ORG", model, "fr", vocab)}
    assert set(out) == set(full) == {"Zorb Lyon", "Zorblax"}
    for name, p in full.items():
        assert out[name] == pytest.approx(min(p, cs.CONFIDENCE_CAP), abs=1e-3)


def test_the_enricher_uses_the_span_model_before_grouping_companies():
    text = "Quimper et Zorblax\nLes chiffres de Zorblax sont attendus à Quimper. Zorblax vise 40 magasins."
    parts, _ = make_parts(text)
    ents = _spans(text, [("Zorblax", "LOC"), ("Quimper", "LOC")])  # no company rule takes Zorblax
    enricher = Enricher.from_project_resources(SCHEMA)
    enricher.span_model = _model({"next=vise": 4.0, "prev=à": -4.0})
    ann = enricher.annotate(text, parts, ents)
    assert {text[s.start:s.end]: (s.label, s.company) for s in ann.entities} == {
        "Zorblax": ("ORG", "zorblax"), "Quimper": ("LOC", None)}
    assert "zorblax" in ann.sentiments
    off = Enricher.from_project_resources(SCHEMA, use_span_model=False)
    assert off.span_model is None and "zorblax" not in off.annotate(text, parts, ents).sentiments


def test_a_name_the_gazetteer_labels_is_never_relabelled_by_the_span_model():
    """A project that lists "Zorblax" as MISC has decided: the span model, sure it is a company,
    leaves it MISC; the keep list of relabel() alone does the same."""
    text = "Quimper et Zorblax\nLes chiffres de Zorblax sont attendus à Quimper. Zorblax vise 40 magasins."
    parts, _ = make_parts(text)
    ents = _spans(text, [("Zorblax", "LOC"), ("Quimper", "LOC")])
    model = _model({"next=vise": 4.0, "prev=à": -4.0})
    assert _labels(text, cs.relabel(text, ents, "ORG", model, "fr", keep={"Zorblax"})) == _labels(text, ents)
    enricher = Enricher.from_project_resources(SCHEMA, overrides={
        "gazetteer.jsonl": read_text("gazetteer", "companies.jsonl") + '{"label": "MISC", "pattern": "Zorblax"}\n'})
    enricher.span_model = model
    ann = enricher.annotate(text, parts, ents)
    assert {text[s.start:s.end]: s.label for s in ann.entities} == {"Zorblax": "MISC", "Quimper": "LOC"}
    assert "zorblax" not in ann.sentiments


# --- the model file -------------------------------------------------------------------------
def test_the_shipped_model_is_french_only_with_known_features_and_a_threshold():
    model = load_span_model(read_text("gazetteer", SPAN_MODEL_FILE))
    assert model.meta["languages"] == ["fr"] and 0 < model.meta["threshold"] < 1
    assert set(model.classes) == set(cs.CLASSES)
    assert sum(n.startswith("vec") for n in model.features) == 300 and "unknown_words" in model.features
    assert "cross_validated" in model.meta and "development" in model.meta["trained"]
    assert Enricher.from_project_resources(SCHEMA).span_model.features == model.features


def _good() -> str:
    return _model({"prev=société": 1.0, "vec0": 0.5}).to_json()


@pytest.mark.parametrize("mutate,says", [
    (lambda t: "not json", "not JSON"),
    (lambda t: t.replace('"prev=société"', '"colour=blue"'), "unknown feature"),
    (lambda t: t.replace('"company"', '"positive"'), "class"),
    (lambda t: t.replace('"threshold": 0.5', '"threshold": 1.5'), "meta.threshold"),
    (lambda t: t.replace('"threshold": 0.5', '"threshold": true'), "meta.threshold"),
    (lambda t: t.replace('"languages": [', '"languages": "fr", "x": ['), "meta.languages"),
    (lambda t: t.replace('"scale": [', '"scale": [0, '), "scale"),
])
def test_a_damaged_project_copy_is_refused_with_a_coded_message(mutate, says):
    assert load_span_model(_good()).meta["threshold"] == 0.5
    with pytest.raises(InputError) as exc:
        Enricher.from_project_resources(SCHEMA, {SPAN_MODEL_FILE: mutate(_good())})
    assert exc.value.code == "E530" and "company span model" in str(exc.value) and says in str(exc.value)
    assert "project:company_spans.json" in str(exc.value)


def test_a_project_copy_replaces_the_shipped_model_and_no_language_switches_it_off():
    mine = _model({"prev=société": 6.0}, languages=[])
    enricher = Enricher.from_project_resources(SCHEMA, {SPAN_MODEL_FILE: mine.to_json()})
    assert enricher.span_model.weights == mine.weights and not enricher.span_model.applies_to("fr")
    text = "La société Zorblax recrute."
    ents = _spans(text, [("Zorblax", "LOC")])
    assert cs.relabel(text, ents, "ORG", enricher.span_model, "fr") is ents


def test_the_training_script_refuses_held_out_files():
    from benchmarks.train_company_spans import main

    for name in ("real_heldout.jsonl", "real_heldout2.jsonl", "real_heldout3.jsonl", "real_heldout4.jsonl",
                 "real_heldout5.jsonl", "real_heldout6.jsonl", "real_heldout7.jsonl"):
        assert main(["--gold", f"tests/data/gold/{name}"]) == 2


def test_vector_weights_beyond_the_pipelines_vectors_are_left_out_not_a_crash():
    """A project's model may weigh vector dimensions the pipeline's vectors do not have (another
    pipeline's file): the name's vector part is then left out, the rest still scores."""
    vocab = _vocab({"Zorb": [1.0, 2.0]})
    text = "La société Zorb recrute."
    ents = _spans(text, [("Zorb", "LOC")])
    model = _model({"prev=société": 6.0, "vec0": 1.0, "vec7": 1.0})
    out = cs.relabel(text, ents, "ORG", model, "fr", vocab)
    assert [(text[s.start:s.end], s.label) for s in out] == [("Zorb", "ORG")]
    assert not cs.known_feature("pos=NOUN") and cs.known_feature("vec299") and not cs.known_feature("vec1000")
