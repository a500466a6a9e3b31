"""Sentence and company sentiment: lexicons, negation, intensifiers, decisions (no model)."""

from __future__ import annotations

import pytest

from annotator.core.model import Span
from annotator.nlp.enrich_text import Analysis, Token, lemma_table
from annotator.nlp.sentiment import SentimentScorer, parse_vader
from annotator.resources import default_schema, read_text

SCHEMA = default_schema()


@pytest.fixture(scope="module")
def scorer() -> SentimentScorer:
    return SentimentScorer.from_text(read_text("lexicon", "lexicon.tsv"), "lexicon.tsv",
                                     read_text("lexicon", "modifiers.tsv"), "modifiers.tsv", schema=SCHEMA)


def toks(sentence: str, lang: str = "fr") -> list[Token]:
    table = lemma_table(lang)
    out, pos = [], 0
    for w in sentence.replace("n'", "n' ").split():
        low = w.lower()
        out.append(Token(pos, pos + len(w), low, table.get(low) or low))
        pos += len(w) + 1
    return out


def test_vendored_vader_lexicons_parse():
    en = parse_vader(read_text("lexicon", "vader_en.txt"), "vader_en.txt")
    fr = parse_vader(read_text("lexicon", "vader_fr.txt"), "vader_fr.txt")
    assert len(en) > 7000 and en["good"] > 0 > en["bad"]
    assert len(fr) > 8000 and fr["croissance"] > 0 > fr["faillite"]


def test_domain_lexicon_wins_and_phrases_match(scorer):
    assert scorer.sentence_valence(toks("the company was fined", "en"), "en") < 0  # VADER says "fine" is good
    assert scorer.sentence_valence(toks("des ventes supérieures aux attentes"), "fr") > 0
    assert scorer.sentence_valence(toks("un plan social massif"), "fr") < 0


def test_negation_flips_and_intensifier_scales(scorer):
    base = scorer.sentence_valence(toks("les ventes sont en hausse"), "fr")
    assert base > 0
    assert scorer.sentence_valence(toks("les ventes ne progressent pas"), "fr") < 0
    assert scorer.sentence_valence(toks("sans croissance"), "fr") < 0
    assert scorer.sentence_valence(toks("sales did not surge", "en"), "en") < 0
    strong = scorer.sentence_valence(toks("les ventes sont en très forte hausse"), "fr")
    assert strong > base


def test_everyday_words_carry_no_business_valence_and_strength_words_only_scale(scorer):
    """VADER-FR is translated word for word: "fois" (times), "respectivement", "actifs" (assets),
    "énergétique", "vols" (flights), "source" had a valence; "repli" (a fall) was positive and
    "forte" (strong) outweighed the "baisse" it qualifies."""
    for sentence in ("deux fois plus que prévu", "respectivement 3 et 4 millions", "ses actifs énergétiques",
                     "les vols de la compagnie", "selon une source proche du dossier", "il poursuit sa route"):
        assert scorer.sentence_valence(toks(sentence), "fr") == 0, sentence
    assert scorer.sentence_valence(toks("en repli de 3 %"), "fr") < 0
    assert scorer.sentence_valence(toks("une forte baisse"), "fr") < scorer.sentence_valence(toks("une baisse"), "fr") < 0
    assert scorer.sentence_valence(toks("une forte demande"), "fr") == 0
    assert scorer.sentence_valence(toks("well within the number of shares they want", "en"), "en") == 0


@pytest.mark.parametrize("scores, value", [
    ([0.6, 0.3], "positive"),
    ([-0.9], "negative"),
    ([0.0, 0.05], "neutral"),
    ([0.6, -0.55], "mixed"),
    ([0.9, -0.2], "positive"),
    # neutral unless the evidence is clear (issue 10): one sentence leaning a little, or two sides
    # that nearly cancel, are no call
    ([-0.7], "neutral"),
    ([0.5], "neutral"),
    ([0.5, -0.2], "neutral"),
    ([0.15, 0.1], "neutral"),
    ([0.2, -0.15], "neutral"),
])
def test_decide(scores, value):
    scored = [((i * 10, i * 10 + 5), c) for i, c in enumerate(scores)]
    got, conf, evidence = SentimentScorer.decide(scored)
    assert got == value and 0 < conf <= 1 and evidence


def test_company_sentiment_rests_on_its_own_sentences(scorer):
    text = ("Danone publie des résultats excellents en très forte hausse et relève ses objectifs. Le marché est stable. "
            "Casino subit une très lourde perte et chute en Bourse.")
    from spacy.attrs import LOWER
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = text.replace(".", " .").split()
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(Vocab(lex_attr_getters={LOWER: str.lower}), words=words, spaces=spaces)
    assert doc.text == text
    ents = [Span(0, 6, "ORG", company="danone"), Span(text.index("Casino"), text.index("Casino") + 6, "ORG",
                                                       company="casino")]
    out = scorer.score(text, Analysis(text, [(0, doc)]), ents, "ORG")
    assert out["danone"].value == "positive" and out["casino"].value == "negative"
    assert [text[a:b] for a, b in out["danone"].evidence] == ["Danone publie des résultats excellents en très forte hausse et relève ses objectifs."]
    assert out["casino"].name == "Casino" and out["casino"].source == "model"


def test_a_trained_sentence_model_is_combined_with_the_lexicon():
    calls = []

    def classifier(sentences):
        calls.append(list(sentences))
        return [{"positive": 0.0, "negative": 1.0, "neutral": 0.0} for _ in sentences]

    scorer = SentimentScorer.from_text("", "l", "", "m", schema=SCHEMA, classifier=classifier)
    from spacy.attrs import LOWER
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    text = "Danone publie des chiffres . Danone tient un salon"
    words = text.split()
    doc = Doc(Vocab(lex_attr_getters={LOWER: str.lower}), words=words, spaces=[True] * (len(words) - 1) + [False])
    assert doc.text == text
    ents = [Span(0, 6, "ORG", company="danone"), Span(29, 35, "ORG", company="danone")]
    out = scorer.score(text, Analysis(text, [(0, doc)]), ents, "ORG")
    assert calls == [["Danone publie des chiffres .", "Danone tient un salon"]] and out["danone"].value == "negative"


def test_textcat_classifier_refuses_a_pipeline_without_sentiment_labels():
    import spacy

    from annotator.core.errors import PipelineError
    from annotator.nlp.sentiment import textcat_classifier

    nlp = spacy.blank("xx")
    with pytest.raises(PipelineError) as exc:
        textcat_classifier(nlp)
    assert exc.value.code == "E907"
