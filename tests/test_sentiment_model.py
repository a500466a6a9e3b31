"""The learned company sentiment model: its file, its fit, its features, and where the scorer uses it."""

from __future__ import annotations

import json

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Span
from annotator.nlp.company_features import FEATURES, company_features, tone_sentences
from annotator.nlp.event_rules import Trigger
from annotator.nlp.salience import headline_and_lead
from annotator.nlp.sentiment import MODEL_CONFIDENCE_CAP, SentimentScorer
from annotator.nlp.sentiment_model import MODEL_FILE, CompanySentimentModel, by_language, decide_value, fit
from annotator.resources import default_schema, read_text

SCHEMA = default_schema()


def _model(weights: dict[str, dict[str, float]], *, bias=None, meta=None) -> CompanySentimentModel:
    classes = ("positive", "negative", "neutral")
    return CompanySentimentModel(
        tuple(FEATURES), classes, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
        tuple(tuple(weights.get(c, {}).get(f, 0.0) for f in FEATURES) for c in classes),
        tuple(bias or (0.0, 0.0, 0.5)), dict(meta or {}))


# --- the file ---------------------------------------------------------------------------------

def test_the_shipped_model_parses_and_says_how_it_was_trained():
    text = read_text("lexicon", MODEL_FILE)
    model = CompanySentimentModel.from_json(text, known_features=FEATURES, values=SCHEMA.sentiment_names)
    assert set(model.classes) <= set(SCHEMA.sentiment_names) and "neutral" in model.classes
    meta = model.meta
    assert all("heldout" not in name for name in meta["trained_on"])  # never trained on held-out articles
    assert meta["command"] == "python -m benchmarks.train_sentiment --write"
    assert meta["cross_validated_accuracy"] > meta["always_neutral"]
    # it decides only where it beat the lexicon rule out of fold
    for lang in meta["languages"]:
        per = meta["cross_validated_per_language"][lang]
        assert per["model"] > per["rule"]
    assert CompanySentimentModel.from_json(model.to_json()).to_json() == model.to_json()


@pytest.mark.parametrize("mutate, says", [
    (lambda o: "{not json", "not JSON"),
    (lambda o: json.dumps({**o, "format": 2}), "format"),
    (lambda o: json.dumps({k: v for k, v in o.items() if k != "weights"}), "missing"),
    (lambda o: json.dumps({**o, "mean": o["mean"][:-1]}), "same length"),
    (lambda o: json.dumps({**o, "scale": [0.0] * len(o["scale"])}), "scales > 0"),
    (lambda o: json.dumps({**o, "weights": o["weights"][:-1]}), "per class"),
    (lambda o: json.dumps({**o, "bias": ["x"] * len(o["bias"])}), "non-numeric"),
    (lambda o: json.dumps({**o, "features": ["pos"] * (len(o["features"]) - 1) + ["shoe size"]}), "unknown feature"),
    # a language's copy of a feature must copy a known one, once
    (lambda o: json.dumps({**o, "features": ["pos"] * (len(o["features"]) - 1) + ["shoe size|en"]}), "shoe size|en"),
    (lambda o: json.dumps({**o, "features": ["pos"] * (len(o["features"]) - 1) + ["pos|en|fr"]}), "pos|en|fr"),
    (lambda o: json.dumps({**o, "features": ["pos"] * (len(o["features"]) - 1) + ["pos|"]}), "unknown feature"),
    (lambda o: json.dumps({**o, "classes": ["positive", "negative", "furious"]}), "not sentiment values"),
    (lambda o: json.dumps({**o, "meta": {"languages": "fr"}}), "languages"),
    (lambda o: json.dumps({**o, "meta": {"neutral_margin": 5}}), "neutral_margin"),
    # a file of another model names its features: the message shows five, not hundreds
    (lambda o: json.dumps({**o, "features": [f"vec{i}" for i in range(len(o["features"]))]}), "vec0, vec1, vec10, "),
])
def test_a_damaged_model_file_is_refused_with_a_coded_message(mutate, says):
    good = json.loads(read_text("lexicon", MODEL_FILE))
    with pytest.raises(InputError) as exc:
        CompanySentimentModel.from_json(mutate(good), "project:company_sentiment.json", known_features=FEATURES,
                                        values=SCHEMA.sentiment_names)
    assert exc.value.code == "E430" and "project:company_sentiment.json" in str(exc.value) and says in str(exc.value)


def test_a_project_copy_of_the_model_replaces_the_shipped_one_and_a_bad_one_is_refused():
    from annotator.nlp.enrich import Enricher

    mine = _model({"positive": {"main": 3.0}}, meta={"languages": ["fr"]})
    enricher = Enricher.from_project_resources(SCHEMA, {MODEL_FILE: mine.to_json()})
    assert enricher.sentiment.model.weights == mine.weights
    with pytest.raises(InputError) as exc:
        Enricher.from_project_resources(SCHEMA, {MODEL_FILE: "[]"})
    assert exc.value.code == "E430"
    assert Enricher.from_project_resources(SCHEMA, use_model=False).sentiment.model is None


# --- deciding and fitting ---------------------------------------------------------------------

def test_neutral_unless_another_value_beats_it_by_the_margin():
    assert decide_value({"positive": 0.5, "negative": 0.1, "neutral": 0.4}) == ("positive", 0.5)
    assert decide_value({"positive": 0.5, "negative": 0.1, "neutral": 0.4}, 0.1) == ("neutral", 0.4)
    assert decide_value({"positive": 0.2, "negative": 0.41, "neutral": 0.39}, 0.0) == ("negative", 0.41)
    assert decide_value({"positive": 0.3, "negative": 0.3, "neutral": 0.4}) == ("neutral", 0.4)


def test_fit_learns_a_separable_rule_and_gives_probabilities():
    rows, labels = [], []
    for i in range(60):
        kind = ("positive", "negative", "neutral")[i % 3]
        rows.append({"pos": 1.0 + (i % 5) * 0.1 if kind == "positive" else 0.0,
                     "neg": 1.0 + (i % 7) * 0.1 if kind == "negative" else 0.0, "single": float(i % 2)})
        labels.append(kind)
    rows.append({"pos": 1.0})
    labels.append("mixed")  # not a class: left out
    model = fit(rows, labels, ("pos", "neg", "single"), ("positive", "negative", "neutral"), l2=0.01, iterations=800)
    assert [model.predict(r)[0] for r in rows[:60]] == labels[:60]
    probs = model.probabilities({"pos": 2.0})
    assert abs(sum(probs.values()) - 1.0) < 1e-9 and probs["positive"] > 0.8
    assert model.applies_to("fr") and model.applies_to("en")  # no language list: every language
    assert not _model({}, meta={"languages": ["fr"]}).applies_to("en")


def test_a_languages_copy_of_a_feature_moves_that_languages_weight_only():
    """``pos|en``: how far English departs from the shared weight of ``pos``; French keeps the shared
    one, and a column's mean stays in every language's bias (it holds 0 elsewhere)."""
    classes = ("positive", "negative", "neutral")
    features = ("pos", "pos|en", "neg")
    mean, scale = (0.2, 0.1, 0.3), (0.5, 0.4, 2.0)
    weights = ((1.0, 3.0, 0.0), (0.0, 0.0, 2.0), (0.0, 0.0, 0.0))
    model = CompanySentimentModel(features, classes, mean, scale, weights, (0.1, -0.2, 0.3))
    x = {"pos": 0.8, "neg": 0.5}

    def by_hand(row):  # the standardised sums, the way fit() trained them
        logits = [b + sum(w * (row.get(f, 0.0) - m) / sc for w, f, m, sc in zip(ws, features, mean, scale))
                  for ws, b in zip(weights, (0.1, -0.2, 0.3))]
        import math
        z = sum(math.exp(v) for v in logits)
        return {c: math.exp(v) / z for c, v in zip(classes, logits)}

    for lang in ("fr", "en"):
        got, want = model.probabilities(x, lang), by_hand(by_language(x, lang))
        assert got == pytest.approx(want)
    assert model.probabilities(x, "en")["positive"] > model.probabilities(x, "fr")["positive"]
    assert model.probabilities(x) == pytest.approx(model.probabilities(x, "fr"))
    assert model.probabilities(x, "de") == pytest.approx(model.probabilities(x, "fr"))
    assert model.predict(x, "en") == decide_value(model.probabilities(x, "en"))
    assert by_language({"pos": 0.8}, "fr") == {"pos": 0.8, "pos|fr": 0.8}
    # the file keeps the columns and the trained model names one per language
    assert CompanySentimentModel.from_json(model.to_json(), known_features=("pos", "neg")).probabilities(x, "en") == \
        pytest.approx(model.probabilities(x, "en"))
    shipped = CompanySentimentModel.from_json(read_text("lexicon", MODEL_FILE), known_features=FEATURES)
    assert {f.partition("|")[2] for f in shipped.features} == {"", "fr", "en"}


def test_training_refuses_the_held_out_files(capsys):
    from benchmarks.train_sentiment import main

    assert main(["--gold", "tests/data/gold/real_heldout.jsonl"]) == 2
    assert main(["--gold", "tests/data/gold/real_heldout2.jsonl"]) == 2
    assert "never used for tuning" in capsys.readouterr().err


# --- features ---------------------------------------------------------------------------------

TEXT = ("Valeo rachète Bosch Lighting\n"
        "Valeo a annoncé le rachat de Bosch Lighting pour 2 milliards. Le rachat de Valeo par Bosch avait échoué.")


def test_features_say_where_the_company_stands_and_what_it_does():
    v1, v2 = 0, TEXT.index("Valeo", 10)
    b1 = TEXT.index("Bosch Lighting")
    b2 = TEXT.index("Bosch Lighting", b1 + 1)
    v3 = TEXT.index("Valeo", v2 + 1)
    s1 = (TEXT.index("Valeo a"), TEXT.index("milliards.") + len("milliards."))
    s2 = (s1[1] + 1, len(TEXT))
    head = (0, TEXT.index("\n"))
    rachat = TEXT.index("rachat de Bosch")
    triggers = {"acquisition": [Trigger("rachat", 0.9, (rachat, rachat + 6), "lead"),
                                Trigger("rachat", 0.9, (TEXT.index("rachat de Valeo"), TEXT.index("rachat de Valeo") + 6),
                                        "lead", background=True)]}
    mentions = {"valeo": [(v1, v1 + 5), (v2, v2 + 5), (v3, v3 + 5)], "bosch lighting": [(b1, b1 + 14), (b2, b2 + 14)]}
    units = {"valeo": [head, s1, s2], "bosch lighting": [head, s1]}
    scores = {head: 0.0, s1: 0.3, s2: -0.5}
    (h, lead_end) = headline_and_lead(TEXT, [0])
    assert h == head and lead_end == head[1] + 600
    f = company_features(TEXT, "fr", mentions, units, scores, triggers, ("acquisition",), h, lead_end,
                         {"valeo": "neutral"}, tone=[0.3, -0.5])
    valeo, bosch = f["valeo"], f["bosch lighting"]
    assert set(valeo) == set(FEATURES)
    assert valeo["main"] == 1.0 and bosch["main"] == 0.0 and valeo["headline"] == bosch["headline"] == 1.0
    assert valeo["share"] == pytest.approx(3 / 5) and valeo["bias_fr"] == 1.0
    assert valeo["pos"] == pytest.approx(0.3) and valeo["neg"] == pytest.approx(0.5) and valeo["single"] == 0.0
    # Valeo is named before "rachat de Bosch Lighting" (the buyer); Bosch Lighting after it (bought);
    # in the failed bid ("Le rachat de Valeo par Bosch avait échoué") Valeo comes after the trigger,
    # and background counts about a third
    assert valeo["ev_good_doer"] == pytest.approx(0.9) and valeo["ev_good_other"] == pytest.approx(0.9 * 0.35)
    assert bosch["ev_good_doer"] == 0.0 and bosch["ev_good_other"] == pytest.approx(0.9)
    assert valeo["doc_good_main"] == 1.0 and bosch["doc_good_main"] == 0.0 and bosch["doc_good"] == 1.0
    assert valeo["tone_pos"] == pytest.approx(0.3) and valeo["tone_neg"] == pytest.approx(0.5)
    assert tone_sentences([head, s1, s2, (500, 600), (700, 800)], h, lead_end) == [head, s1, s2, (500, 600)]
    assert valeo["pct_up"] == valeo["pct_down"] == 0.0  # no move in per cent told


@pytest.mark.parametrize("sentence, up, down", [
    ("Valeurs associées Valeo Euronext Paris +8,33%", 1.0, 0.0),
    ("Valeo recule de -2,1 % à la Bourse de Paris.", 0.0, 1.0),
    ("Valeo closed higher by 7.1% to $10.38.", 1.0, 0.0),
    ("Valeo shares were down 14.99 per cent at 2:22 pm.", 0.0, 1.0),
    ("Valeo earnings: profit up 5pc, sales down 3pc.", 1.0, 1.0),
    # ranges, dates and counts are no move
    ("Valeo vise une marge de 3-5 % en 2024-2025.", 0.0, 0.0),
    ("Valeo a vendu 1 200 véhicules, soit 4 % du marché.", 0.0, 0.0),
])
def test_a_move_in_per_cent_in_the_companys_sentences_is_a_feature(sentence, up, down):
    text = "Bosch publie ses comptes.\n" + sentence
    v = text.index("Valeo")
    unit = (text.index("\n") + 1, len(text))
    f = company_features(text, "fr", {"valeo": [(v, v + 5)], "bosch": [(0, 5)]}, {"valeo": [unit], "bosch": [(0, 25)]},
                         {unit: 0.0, (0, 25): 0.0}, {}, (), (0, 25), 600, {})
    assert (f["valeo"]["pct_up"], f["valeo"]["pct_down"]) == (up, down)
    assert f["bosch"]["pct_up"] == f["bosch"]["pct_down"] == 0.0  # the move is in Valeo's sentence only


def _french_doc(text):
    from spacy.attrs import LOWER
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = text.replace(".", " .").split()
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(Vocab(lex_attr_getters={LOWER: str.lower}), words=words, spaces=spaces)
    assert doc.text == text
    return doc


def test_the_scorer_takes_the_models_value_and_probability_only_in_its_languages():
    from annotator.nlp.enrich_text import Analysis

    scorer = SentimentScorer.from_text(read_text("lexicon", "lexicon.tsv"), "lexicon.tsv",
                                       read_text("lexicon", "modifiers.tsv"), "modifiers.tsv", schema=SCHEMA)
    text = "Danone publie ses comptes. Casino publie ses comptes."
    ents = [Span(0, 6, "ORG", company="danone"), Span(27, 33, "ORG", company="casino")]
    plain = scorer.score(text, Analysis(text, [(0, _french_doc(text))], lang="fr"), ents, "ORG")
    assert plain["danone"].value == plain["casino"].value == "neutral"
    assert scorer.last_features == {}  # no model, no recording: nothing computed
    # a model that finds the first-named company positive
    scorer.model = _model({"positive": {"first_pos": -40.0}}, bias=(2.0, -5.0, 0.0), meta={"languages": ["fr"]})
    out = scorer.score(text, Analysis(text, [(0, _french_doc(text))], lang="fr"), ents, "ORG")
    assert out["danone"].value == "positive" and out["casino"].value == "neutral"
    probs = scorer.model.probabilities(scorer.last_features["danone"])
    assert out["danone"].confidence == pytest.approx(round(min(probs["positive"], MODEL_CONFIDENCE_CAP), 3))
    sure = _model({"positive": {"first_pos": -400.0}}, bias=(20.0, -5.0, 0.0), meta={"languages": ["fr"]})
    scorer.model = sure
    assert scorer.score(text, Analysis(text, [(0, _french_doc(text))], lang="fr"), ents, "ORG")[
        "danone"].confidence == MODEL_CONFIDENCE_CAP  # never "model 1.00"
    scorer.model = _model({"positive": {"first_pos": -40.0}}, bias=(2.0, -5.0, 0.0), meta={"languages": ["fr"]})
    assert out["danone"].evidence  # the sentences it rests on are still shown
    # English articles: the lexicon rule decides, as before
    english = scorer.score(text, Analysis(text, [(0, _french_doc(text))], lang="en"), ents, "ORG")
    assert english["danone"].value == "neutral"
