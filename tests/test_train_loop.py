"""The whole loop of issue 9 on a small project: train, register, re-pre-annotate, train again.

Each training is real (spaCy's own loop, in a spawned process) but runs only a few steps on a
blank French pipeline, so the test stays short; what is checked is the bookkeeping.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.errors import Cancelled, PipelineError
from annotator.core.model import Status
from annotator.core.progress import CancelToken
from annotator.nlp.preannotate import annotator_for
from annotator.services import models
from annotator.services.annotate import AnnotationSession
from annotator.services.preannotate import preannotate
from annotator.services.train import train
from annotator.store import models as registry
from train_helpers import add_human_versions, file_bytes

pytestmark = [pytest.mark.slow]
FAST = dict(base=None, max_steps=2, eval_frequency=1)


def human_tables(path) -> dict[str, list]:
    """Every human and gold row of the annotation tables, read through a separate connection."""
    conn = sqlite3.connect(path)
    try:
        humans = "(SELECT name FROM annotators WHERE kind != 'model')"
        out = {}
        for table, cols in (("entities", 'doc_id, annotator, start, "end", label, source, confidence, company'),
                            ("sentiments", "doc_id, annotator, company, value, source"),
                            ("events", "doc_id, annotator, label, source"),
                            ("doc_status", "doc_id, annotator, status, comment"),
                            ("history", "id, annotator, doc_id, action, changes")):
            out[table] = conn.execute(f"SELECT {cols} FROM {table} WHERE annotator IN {humans} ORDER BY 1, 2, 3"
                                      ).fetchall()
        return out
    finally:
        conn.close()


def test_train_register_repreannotate_twice(project, project_path):
    ids = add_human_versions(project, "alice", 5, extra_docs=3)
    bob_doc = ids[5]  # bob is working on one of the documents alice has not done
    bob = AnnotationSession(project, "bob")
    bob.add_entity(bob_doc, 0, 5, "ORG")
    untouched = ids[6:]

    first = train(project, **FAST)
    assert first.train + first.dev == 5 and first.trained_on == {"alice": 5}
    meta = json.loads((Path(first.path) / "meta.json").read_text(encoding="utf-8"))
    assert first.annotator == annotator_for(first.path) == f"model:fr_{meta['name']}-{meta['version']}"
    assert meta["name"].startswith("test_") and meta["annotator"]["data_hash"] == first.data_hash
    row = registry.get(project, first.annotator)
    assert row.origin == "trained" and row.documents == 5 and row.trained_on == {"alice": 5}
    assert set(row.scores["summary"]) >= {"ents_f", "spans_sentiment_f", "cats_macro_f"}
    assert "ents_per_type" in row.scores["per_type"]
    assert models.active(project) == first.annotator

    before = human_tables(project_path)
    rep = models.repreannotate(project)
    assert rep.annotator == first.annotator
    assert rep.untouched == len(untouched) and rep.compared == 6  # alice's 5 and bob's 1 get suggestions to compare
    assert human_tables(project_path) == before

    # the suggestions came from the new model: the same as running its pipeline on the text
    from annotator.nlp.loader import load
    from annotator.nlp.preannotate import annotate_documents, label_confidence, ner_components
    from annotator.services.preannotate import LAYERS, _enricher

    nlp = load(first.path, ner_components(first.path, LAYERS))
    assert {"spancat", "textcat_multilabel"} <= set(nlp.pipe_names)
    doc = project.document(untouched[0])
    [(_, direct)] = annotate_documents(nlp, [(doc.id, doc.text)], project.schema, confidence=label_confidence(nlp),
                                       enricher=_enricher(project), layers=LAYERS)
    stored = project.annotations(doc.id, first.annotator)
    assert [s.key for s in stored.sorted_entities()] == [s.key for s in direct.sorted_entities()]
    assert {k: v.value for k, v in stored.sentiments.items()} == {k: v.value for k, v in direct.sentiments.items()}
    assert set(stored.events) == set(direct.events)

    # carol opens an untouched document: she starts from the first model; now it is touched
    carol = AnnotationSession(project, "carol")
    carol_doc = untouched[0]
    carol_start = carol.open(carol_doc)
    assert [s.key for s in carol_start.sorted_entities()] == [s.key for s in stored.sorted_entities()]
    assert registry.starts(project)[(carol_doc, "carol")] == first.annotator
    still_untouched = untouched[1:]

    # a second training on more data: a new name and version
    project.replace_annotations(ids[6], "alice", project.annotations(ids[6], first.annotator), action="edit")
    project.set_status(ids[6], "alice", Status.DONE)
    second = train(project, **FAST)
    assert second.annotator != first.annotator and second.name != first.name and second.data_hash != first.data_hash
    assert models.active(project) == second.annotator
    before = human_tables(project_path)
    rep2 = models.repreannotate(project)
    assert rep2.annotator == second.annotator and rep2.untouched == len(still_untouched)
    assert human_tables(project_path) == before  # no human version changed
    # untouched documents: humans now start from the second model's suggestions
    dave = AnnotationSession(project, "dave")
    for doc_id in still_untouched:
        got = dave.open(doc_id)
        want = project.annotations(doc_id, second.annotator)
        assert [s.key for s in got.sorted_entities()] == [s.key for s in want.sorted_entities()]
    # carol's document kept her version (the first model's); the second model's is there to compare
    assert [s.key for s in carol.annotations(carol_doc).sorted_entities()] == \
        [s.key for s in carol_start.sorted_entities()]
    assert carol_doc in project.preannotated_ids(second.annotator, ())
    assert [r.annotator for r in registry.all_models(project) if r.origin == "trained"] == \
        [first.annotator, second.annotator]

    # the CLI lists both, the second active
    assert main(["models", str(project_path)]) == 0

    # a pipeline that reuses the first one's name and version with other weights is refused
    impostor = project_path.parent / "impostor"
    shutil.copytree(second.path, impostor)
    meta2 = json.loads((impostor / "meta.json").read_text(encoding="utf-8"))
    meta2.update(name=meta["name"], version=meta["version"])
    (impostor / "meta.json").write_text(json.dumps(meta2), encoding="utf-8")
    snapshot = file_bytes(project_path)
    with pytest.raises(PipelineError) as err:
        preannotate(project, pipeline=str(impostor), force=True)
    assert err.value.code == "E420" and "other weights" in str(err.value)
    assert file_bytes(project_path) == snapshot


def test_cancel_stops_the_process_and_registers_nothing(project, project_path):
    add_human_versions(project, "alice", 4)
    token = CancelToken()
    seen = []

    def on_event(event):
        seen.append(event["type"])
        if event["type"] == "log":  # the process is up and working: cancel now
            token.cancel()

    with pytest.raises(Cancelled):
        train(project, base=None, max_steps=10_000, eval_frequency=1000, cancel=token, on_event=on_event)
    assert "started" in seen and "done" not in seen
    assert registry.all_models(project) == []
    root = project_path.parent / f"{project_path.stem}.models"
    assert list(root.iterdir()) == []  # the scratch folder is gone
    assert models.active(project) is None


def test_bad_choices_are_refused_with_codes(project, project_path):
    add_human_versions(project, "alice", 1)
    project.ensure_annotator("model:fr_x-1", "model")
    snapshot = file_bytes(project_path)
    for kwargs, code in ((dict(sources=["nobody"]), "E423"), (dict(sources=["model:fr_x-1"]), "E424"),
                         (dict(), "E428"), (dict(max_steps=0), "E427"), (dict(max_minutes=-1), "E427")):
        with pytest.raises(PipelineError) as err:
            train(project, base=None, **kwargs)
        assert err.value.code == code, kwargs
    assert file_bytes(project_path) == snapshot
    with pytest.raises(PipelineError) as err:
        models.repreannotate(project)
    assert err.value.code == "E422"
    with pytest.raises(PipelineError) as err:
        models.activate(project, "model:nope")
    assert err.value.code == "E421"


def test_cli_learning_curve_registers_the_full_run_with_its_curve(project, project_path, capsys):
    add_human_versions(project, "alice", 5)
    assert main(["train", str(project_path), "--base", "none", "--max-steps", "1", "--eval-frequency", "1",
                 "--curve", "--no-activate"]) == 0
    out = capsys.readouterr().out
    [row] = [r for r in registry.all_models(project) if r.origin == "trained"]
    n = row.details["train"]
    sizes = [max(1, round(n * f)) for f in (0.25, 0.5, 0.75, 1.0)]
    assert "learning curve (dev scores):" in out and f"100% ({n} documents)" in out
    assert [p["fraction"] for p in row.details["curve"]] == [0.25, 0.5, 0.75, 1.0]
    assert [p["documents"] for p in row.details["curve"]] == sizes
    assert models.active(project) is None  # --no-activate: registered only
    assert main(["model-report", str(project_path)]) == 0
    assert "learning curve (dev):" in capsys.readouterr().out
