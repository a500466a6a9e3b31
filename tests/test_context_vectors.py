"""Context vectors of a company's clauses (annotator/nlp/context_vectors.py): what they hold, when
they are absent, and that the enricher gives them to the sentiment model that weighs them."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.vocab import Vocab

from annotator.nlp import context_vectors as cv
from annotator.nlp.company_features import FEATURES
from annotator.nlp.sentiment_model import MODEL_FILE, CompanySentimentModel
from annotator.resources import default_schema, read_text


def _vocab(words: dict[str, int]) -> Vocab:
    """Each word's vector is the unit vector of its axis (300 dimensions)."""
    vocab = Vocab()
    for word, axis in words.items():
        vec = np.zeros(cv.DIMENSIONS, dtype="float32")
        vec[axis] = 1.0
        vocab.set_vector(word, vec)
    return vocab


def _axes(feats: dict[str, float]) -> dict[int, float]:
    return {int(k[4:]): round(v, 4) for k, v in feats.items() if abs(v) > 1e-9}


def test_the_vector_sums_the_content_words_outside_company_names_to_length_one():
    vocab = _vocab({"chute": 0, "bénéfice": 1, "renault": 2, "les": 3, "2024": 4})
    text = "Renault voit son bénéfice en chute en 2024, les ventes aussi."
    feats = cv.context_vector(text, [(0, len(text))], [(0, 7)], vocab, "fr")
    # "Renault" is the company (left out), "les" a stop word, "2024" a number: two words, equal parts
    assert _axes(feats) == {0: 0.7071, 1: 0.7071}
    assert set(feats) <= set(cv.VECTOR_FEATURES)
    # the same clause about another company gives the same vector: the name does not count
    other = text.replace("Renault", "Peugeot")
    assert cv.context_vector(other, [(0, len(other))], [(0, 7)], vocab, "fr") == feats
    # only the units count
    assert _axes(cv.context_vector(text, [(0, 25)], [(0, 7)], vocab, "fr")) == {1: 1.0}


def test_no_vectors_no_features():
    text = "Renault voit son bénéfice en chute."
    assert cv.context_vector(text, [(0, len(text))], [], None, "fr") == {}
    assert cv.context_vector(text, [(0, len(text))], [], Vocab(), "fr") == {}  # a pipeline without vectors (en_core_web_sm)
    small = Vocab()
    small.set_vector("chute", np.ones(3, dtype="float32"))  # another width than the model's
    assert cv.context_vector(text, [(0, len(text))], [], small, "fr") == {}
    # vectors, but none of the words has one
    assert cv.context_vector(text, [(0, len(text))], [], _vocab({"zorblax": 5}), "fr") == {}


def test_the_shipped_model_weighs_context_vectors_and_loads_with_them():
    model = CompanySentimentModel.from_json(read_text("lexicon", MODEL_FILE),
                                            known_features=FEATURES + cv.VECTOR_FEATURES,
                                            values=default_schema().sentiment_names)
    assert model.uses_vectors
    assert set(model.features) == set(FEATURES) | set(cv.VECTOR_FEATURES)
    # a model file naming vector features a checker does not know is refused, as any unknown feature
    from annotator.core.errors import InputError

    with pytest.raises(InputError, match="unknown feature") as exc:
        CompanySentimentModel.from_json(model.to_json(), known_features=FEATURES)
    assert "and 295 more" in str(exc.value) and len(str(exc.value)) < 200  # not 300 names


def test_the_enricher_gives_french_companies_their_context_vectors():
    from spacy.attrs import LOWER
    from spacy.tokens import Doc

    from annotator.core.model import MODEL, Span
    from annotator.core.text import paragraphs
    from annotator.nlp.enrich import Enricher

    vocab = Vocab(lex_attr_getters={LOWER: str.lower})
    for axis, word in enumerate(("chute", "bénéfice", "baisse", "ventes", "hausse", "résultats")):
        vec = np.zeros(cv.DIMENSIONS, dtype="float32")
        vec[axis] = 1.0
        vocab.set_vector(word, vec)
    # spaces around punctuation, so that whitespace-split Docs hold the paragraphs' exact text
    text = ("Renault annonce une chute de son bénéfice\n"
            "Le constructeur Renault a publié jeudi un bénéfice en baisse , plombé par ses ventes . "
            "Son partenaire Nissan a de son côté annoncé des résultats en hausse .")
    parts = []
    for start, end in paragraphs(text):
        words = text[start:end].split()
        parts.append((start, Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])))
    assert [doc.text for _, doc in parts] == text.split("\n")
    ents = [Span(m, m + len(name), "ORG", source=MODEL, confidence=0.8)
            for name in ("Renault", "Nissan") for m in [text.index(name)]]
    enricher = Enricher.from_project_resources(default_schema())
    enricher.annotate(text, parts, ents)
    feats = enricher.sentiment.last_features
    assert {"renault", "nissan"} <= set(feats)
    for key, f in feats.items():
        v = np.array([f.get(name, 0.0) for name in cv.VECTOR_FEATURES])
        assert abs(np.linalg.norm(v) - 1.0) < 1e-6, key
    assert _axes({k: v for k, v in feats["nissan"].items() if k.startswith("uvec")}) == {4: 0.7071, 5: 0.7071}
    # a model without vector features: none are computed (they would cost time for nothing)
    plain = CompanySentimentModel(tuple(FEATURES), ("positive", "negative", "neutral"), (0.0,) * len(FEATURES),
                                  (1.0,) * len(FEATURES), ((0.0,) * len(FEATURES),) * 3, (0.0, 0.0, 1.0))
    enricher.sentiment.model = plain
    enricher.annotate(text, parts, ents)
    assert enricher.sentiment.last_features
    assert not any(name in f for f in enricher.sentiment.last_features.values() for name in cv.VECTOR_FEATURES)
