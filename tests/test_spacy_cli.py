"""The real clients of the export: ``python -m spacy debug data`` and ``python -m spacy train``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.export import export
from annotator.nlp.preannotate import ner_components
from annotator.services.preannotate import preannotate

ARTICLES = [
    ("Walmart s'associe à Google pour vendre en ligne.", {"Walmart": "ORG", "Google": "ORG"},
     {"walmart": "positive", "google": "positive"}, ["partnership"]),
    ("Marc Lore dirige le commerce en ligne de Walmart à Bentonville.",
     {"Marc Lore": "PER", "Walmart": "ORG", "Bentonville": "LOC"}, {"walmart": "neutral"}, ["leadership_change"]),
    ("Amazon rachète Whole Foods.\r\nLe géant Amazon inquiète Walmart.",
     {"Amazon": "ORG", "Whole Foods": "ORG", "Walmart": "ORG"}, {"amazon": "positive", "walmart": "negative"},
     ["acquisition", "competition"]),
    ("Les résultats trimestriels de Carrefour déçoivent à Paris.", {"Carrefour": "ORG", "Paris": "LOC"},
     {"carrefour": "negative"}, ["earnings"]),
    ("Stellantis 🚗 lance une voiture électrique en Italie.", {"Stellantis": "ORG", "Italie": "LOC"},
     {"stellantis": "positive"}, ["product_launch"]),
]


@pytest.fixture
def exported(project, tmp_path):
    # debug data wants at least 100 training documents for a new pipeline: variations of five articles
    articles = [(f"Dépêche {i}. {text}", *rest) for i in range(25) for text, *rest in ARTICLES]
    session = AnnotationSession(project, "alice")
    ids, _ = project.add_documents([Document(text=t) for t, *_ in articles])
    for doc_id, (text, ents, sentiments, events) in zip(ids, articles):
        for needle, label in ents.items():
            session.label_all(doc_id, text.index(needle), text.index(needle) + len(needle), label)
        for key, value in sentiments.items():
            session.set_sentiment(doc_id, key, value)
        for label in events:
            session.set_event(doc_id, label, True)
        session.set_status(doc_id, "done")
    out = tmp_path / "corpus"
    report = export(project, out, dev_fraction=0.2, seed=3)  # the default target: fr_core_news_md
    assert report.problems == [] and report.train and report.dev
    return out


def spacy_cli(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "spacy", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


@pytest.mark.model
@pytest.mark.slow
def test_spacy_debug_data_and_train_accept_the_export_and_the_model_preannotates(exported, project):
    paths = ["--paths.train", str(exported / "train.spacy"), "--paths.dev", str(exported / "dev.spacy")]
    debug = spacy_cli("debug", "data", str(exported / "config.cfg"), *paths, cwd=exported)
    assert debug.returncode == 0, debug.stdout + debug.stderr
    assert "✘" not in debug.stdout, debug.stdout
    assert "sentiment" in debug.stdout  # the spans key was read from the data
    train = spacy_cli("train", str(exported / "config.cfg"), *paths, "--output", str(exported / "model"),
                      "--training.max_steps", "2", "--training.eval_frequency", "1", cwd=exported)
    assert train.returncode == 0, train.stdout + train.stderr
    assert (exported / "model" / "model-last" / "meta.json").exists()

    # the loop of the mission: that trained pipeline pre-annotates the next batch
    trained = exported / "model" / "model-last"
    new_ids, _ = project.add_documents([Document(text="Renault s'associe à Nissan à Paris."),
                                        Document(text="Les résultats de Danone déçoivent.")])
    layers = ("entities", "sentiments", "events")
    # its spancat and textcat run beside ner (they share its tok2vec)
    assert set(ner_components(str(trained), layers)) == {"ner", "spancat", "textcat_multilabel", "tok2vec"}
    report = preannotate(project, pipeline=str(trained), layers=layers, doc_ids=new_ids)
    assert report.processed == 2 and report.annotator.startswith("model:")
    assert report.annotator != "model:fr_core_news_md-3.8.0"  # the trained pipeline, not the default
    assert project.get_meta("model_annotator") == report.annotator
    assert project.preannotated_ids(report.annotator, layers) == set(new_ids)
    schema = project.schema
    for doc_id in new_ids:  # whatever two training steps learnt, it is stored as valid project labels
        ann = project.annotations(doc_id, report.annotator)
        assert all(s.label in schema.entity_names and s.source == "model" for s in ann.entities)
        assert all(s.value in schema.sentiment_names for s in ann.sentiments.values())
        assert all(e in schema.event_names and v.source == "model" for e, v in ann.events.items())
