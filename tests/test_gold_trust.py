"""Issue 8 (service half): no path puts wrong data into gold.

Each test reproduces one finding on the services the window and the command line use, then
reads the SQLite file through a separate connection.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from annotator.core.errors import AnnotationError
from annotator.core.model import GOLD, MANUAL, CompanySentiment, DocAnnotations, Document, Span
from annotator.services import review
from annotator.services.agreement import compute
from annotator.services.annotate import AnnotationSession

TEXT = "Walmart et Google annoncent une alliance. Walmart investit à Paris."
#       0      7    11    17                        42     49


def rows(path, sql, *params):
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def sentiments(path, annotator, doc_id=1):
    return {c: v for c, v in rows(path, "SELECT company, value FROM sentiments WHERE annotator = ? AND doc_id = ?",
                                  annotator, doc_id)}


@pytest.fixture
def doc(project):
    project.add_documents([Document(text=TEXT, title="alliance")])
    return project.document_ids()[0]


# ------------------------------------------------------------------ 1. a sentiment lives with its mentions
def test_deleting_the_last_mention_removes_the_sentiment_in_the_same_row(project, project_path, doc):
    s = AnnotationSession(project, "alice")
    g = s.add_entity(doc, 11, 17, "ORG")
    w1 = s.add_entity(doc, 0, 7, "ORG")
    w2 = s.add_entity(doc, 42, 49, "ORG")
    s.set_sentiment(doc, "walmart", "positive")
    s.set_sentiment(doc, "google", "negative")
    s.delete_entity(doc, w1.id)  # Walmart still has a mention
    assert sentiments(project_path, "alice") == {"walmart": "positive", "google": "negative"}
    s.delete_entity(doc, w2.id)  # its last one
    assert sentiments(project_path, "alice") == {"google": "negative"}
    last = json.loads(rows(project_path, "SELECT changes FROM history ORDER BY id DESC LIMIT 1")[0][0])
    assert {(c["layer"], c["key"] if c["layer"] == "sentiment" else "") for c in last} == {
        ("entity", ""), ("sentiment", "walmart")}
    assert [c.key for c in s.companies(doc)] == ["google"]  # no "Walmart (0 mentions)"
    with pytest.raises(AnnotationError) as err:  # the next digit key cannot set it again
        s.set_sentiment(doc, "walmart", "neutral")
    assert err.value.code == "E610"
    assert s.undo(doc) == "delete-entity"  # one undo brings mention and sentiment back
    assert sentiments(project_path, "alice") == {"walmart": "positive", "google": "negative"}
    s.relabel(doc, g.id, "PER")  # relabelled away from ORG
    assert sentiments(project_path, "alice") == {"walmart": "positive"}


def test_relabelling_to_org_creates_the_company(project, doc):
    s = AnnotationSession(project, "alice")
    span = s.add_entity(doc, 11, 17, "MISC")
    assert s.relabel(doc, span.id, "ORG") == "google"
    assert [c.key for c in s.companies(doc)] == ["google"]
    s.set_sentiment(doc, "google", "positive")
    assert s.relabel(doc, span.id, "LOC") is None
    assert s.annotations(doc).sentiments == {}


def test_merging_two_companies_moves_or_drops_the_sentiment(project, project_path, doc):
    s = AnnotationSession(project, "alice")
    s.add_entity(doc, 0, 7, "ORG")
    s.add_entity(doc, 11, 17, "ORG")
    s.set_sentiment(doc, "google", "negative")
    s.merge_companies(doc, "walmart", "google")  # google's mentions join walmart, which had no sentiment
    assert sentiments(project_path, "alice") == {"walmart": "negative"}
    s.undo(doc)
    s.set_sentiment(doc, "walmart", "positive")
    s.merge_companies(doc, "walmart", "google")  # both had one: the kept company's stays, the other goes
    assert sentiments(project_path, "alice") == {"walmart": "positive"}


def test_accept_never_confirms_a_dead_companys_model_value(project, project_path, doc):
    model = "model:test-1"
    project.ensure_annotator(model, "model")
    project.set_meta("model_annotator", model)
    pre = DocAnnotations(entities=[Span(0, 7, "ORG", source="model"), Span(42, 49, "ORG", source="model")],
                         sentiments={"walmart": CompanySentiment("walmart", "positive", "Walmart", source="model"),
                                     "ghost": CompanySentiment("ghost", "negative", "Ghost", source="model")})
    project.replace_annotations(doc, model, pre, action="preannotate", history=False)
    s = AnnotationSession(project, "alice")
    ann = s.open(doc)
    for span in ann.entities:
        s.delete_entity(doc, span.id)
    s.accept(doc)
    assert sentiments(project_path, "alice") == {}  # "ghost" (no mention ever) and walmart are gone
    assert rows(project_path, "SELECT count(*) FROM sentiments WHERE annotator = 'alice' AND source = ?",
                MANUAL) == [(0,)]


def test_agreement_review_and_gold_export_never_carry_an_orphan(project, doc, tmp_path):
    # an older file (or a merged bundle) holds orphans: readers ignore them
    for who in ("alice", "bob"):
        s = AnnotationSession(project, who)
        s.add_entity(doc, 11, 17, "ORG")
        s.accept(doc)
        project.apply(doc, who, "legacy", [{"layer": "sentiment", "key": "walmart", "before": None,
                                            "after": {"name": "Walmart", "value": "positive", "source": MANUAL,
                                                      "confidence": None, "evidence": []}}])
    rep = compute(project)
    assert rep.sentiment["units"] == 0
    items = review.diff_items(project, doc)
    assert not [i for i in items if i.kind == review.SENTIMENT_ITEM]
    report = review.auto_review(project)
    assert report.finished == 1
    assert project.annotations(doc, GOLD).sentiments == {}
    from annotator.services.export import export

    out = export(project, tmp_path / "gold", gold=True, fmt="jsonl")
    assert "walmart" not in (tmp_path / "gold" / "annotations.jsonl").read_text(encoding="utf-8")
    assert out.documents == 1


def test_gold_gets_no_sentiment_before_its_company_mention(project, doc):
    for who in ("alice", "bob"):
        s = AnnotationSession(project, who)
        s.add_entity(doc, 0, 7, "ORG" if who == "alice" else "MISC")
        s.add_entity(doc, 42, 49, "ORG")
        s.set_sentiment(doc, "walmart", "positive")
        s.accept(doc)
    review.auto_accept_agreed(project, doc)  # 42-49 and the sentiment agree
    gold = project.annotations(doc, GOLD)
    assert set(gold.sentiments) == {"walmart"}
    items = {i.key: i for i in review.diff_items(project, doc)}
    review.take(project, items["entity:0-7"], "bob")  # MISC
    gold_session = AnnotationSession(project, GOLD)
    gold_session.delete_entity(doc, next(s.id for s in project.annotations(doc, GOLD).entities if s.start == 42))
    assert project.annotations(doc, GOLD).sentiments == {}  # the reviewer's own edit: same rule


# ------------------------------------------------------------------ 2. taking "—" is a decision
def test_taking_an_empty_version_is_a_decision(project, project_path, doc):
    a, b = AnnotationSession(project, "alice"), AnnotationSession(project, "bob")
    b.add_entity(doc, 11, 17, "MISC")
    a.accept(doc)
    b.accept(doc)
    item = next(i for i in review.diff_items(project, doc) if i.kind == review.ENTITY_ITEM)
    assert item.values == {"alice": None, "bob": ((11, 17, "MISC"),)} and not item.decided
    before = rows(project_path, "SELECT count(*) FROM history WHERE annotator = 'gold'")[0][0]
    review.take(project, item, "alice")
    assert rows(project_path, "SELECT count(*) FROM history WHERE annotator = 'gold'")[0][0] == before + 1
    item = next(i for i in review.diff_items(project, doc) if i.kind == review.ENTITY_ITEM)
    assert item.decided and item.gold is None  # absent in gold, decided
    assert review.open_items(review.diff_items(project, doc)) == []
    AnnotationSession(project, GOLD).undo(doc)
    assert not next(i for i in review.diff_items(project, doc) if i.kind == review.ENTITY_ITEM).decided


# ------------------------------------------------------------------ 3. only versions marked done vote
def test_skipped_and_flagged_versions_do_not_vote(project, doc):
    model = "model:test-1"
    project.ensure_annotator(model, "model")
    project.set_meta("model_annotator", model)
    project.replace_annotations(doc, model, DocAnnotations(entities=[Span(11, 17, "PER", source="model")]),
                                action="preannotate", history=False)
    sessions = {n: AnnotationSession(project, n) for n in ("alice", "bob", "carol")}
    for n, s in sessions.items():
        s.open(doc)  # everyone starts from the model's (wrong) PER
    sessions["alice"].set_status(doc, "skipped")
    sessions["bob"].set_status(doc, "flagged", "is Google a person here?")
    sessions["carol"].relabel(doc, project.annotations(doc, "carol").entities[0].id, "ORG")
    sessions["carol"].accept(doc)
    items = review.diff_items(project, doc)
    assert [i.values for i in items] == [{"carol": ((11, 17, "ORG"),)}]  # the model's PER is not "agreed"
    assert not any(i.agreed for i in items)
    info = {v.annotator: v for v in review.versions(project, doc)}
    assert (info["alice"].status, info["alice"].votes) == ("skipped", False)
    assert (info["bob"].status, info["bob"].comment, info["bob"].votes) == (
        "flagged", "is Google a person here?", False)
    assert info["carol"].votes
    assert review.review_queue(project) == []  # one vote: nothing to compare
    report = review.auto_review(project)
    assert report.accepted == 0 and project.annotations(doc, GOLD).is_empty()
    sessions["alice"].accept(doc)  # alice now accepts the model's PER: a real vote
    entry = review.review_queue(project)[0]
    assert entry.annotators == ("alice", "carol") and entry.others == ("bob",)


# ------------------------------------------------------------------ 5. decisions are history rows; window = --auto
def _scenario(project):
    project.add_documents(Document(text=t, title=t[:10]) for t in (
        TEXT, "Renault rachète une usine de Nissan au Japon.", "Danone ferme une usine à Lille."))
    d1, d2, d3 = project.document_ids()
    for who in ("alice", "bob"):
        s = AnnotationSession(project, who)
        s.add_entity(d1, 0, 7, "ORG")
        s.add_entity(d1, 42, 49, "ORG")
        s.set_sentiment(d1, "walmart", "positive")
        s.add_entity(d2, 0, 7, "ORG")
        s.add_entity(d2, 29, 35, "ORG" if who == "alice" else "LOC")
        s.set_event(d2, "acquisition", True)
        s.add_entity(d3, 0, 6, "ORG")
        for d in (d1, d2, d3):
            s.accept(d)
    return d1, d2, d3


def _gold(path):
    return (rows(path, 'SELECT doc_id, start, "end", label FROM entities WHERE annotator = ? ORDER BY 1, 2', GOLD),
            rows(path, "SELECT doc_id, company, value FROM sentiments WHERE annotator = ? ORDER BY 1, 2", GOLD),
            rows(path, "SELECT doc_id, label FROM events WHERE annotator = ? ORDER BY 1, 2", GOLD),
            rows(path, "SELECT doc_id, status FROM doc_status WHERE annotator = ? ORDER BY 1", GOLD))


def test_review_auto_and_the_windows_path_give_the_same_gold(tmp_path):
    from annotator.store.project import Project

    auto_path, window_path = tmp_path / "auto.annotator", tmp_path / "window.annotator"
    for path in (auto_path, window_path):
        with Project.create(path) as p:
            _scenario(p)
    with Project.open(auto_path) as p:
        review.auto_review(p, reviewer="rita")
    with Project.open(window_path) as p:  # what the window does: open each document, then move on
        for entry in review.review_queue(p):
            items = review.start_document(p, entry.doc_id, entry.annotators)
            review.settle(p, entry.doc_id, "rita", items)
    assert _gold(auto_path) == _gold(window_path)
    assert _gold(auto_path)[3] == [(1, "done"), (2, "in_progress"), (3, "done")]  # d2 has Nissan to decide
    # every decision (auto-accept included) is a gold history row, and undo works
    with Project.open(window_path) as p:
        actions = [r.action for r in p.history(annotator=GOLD)]
        assert review.AUTO in actions and "status:done" in actions
        gold = AnnotationSession(p, GOLD)
        assert gold.undo(1) == "status:done"
        assert gold.undo(1) == review.AUTO
        assert p.annotations(1, GOLD).is_empty()


# ------------------------------------------------------------------ 6. smaller defects
def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_new_into_a_missing_folder_is_a_coded_error(tmp_path):
    res = run_cli("new", tmp_path / "nope" / "p.annotator")
    assert res.returncode == 2 and "[E612]" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "nope").exists()


def test_stats_into_a_closed_pipe_prints_no_traceback(project_path, project):
    project.add_documents(Document(text=f"Texte numéro {i}.") for i in range(3))
    for n in range(30):
        project.ensure_annotator(f"annotator{n:02d}")
    project.close()
    res = subprocess.run(f"{sys.executable} -m annotator stats {project_path} | head -1", shell=True,
                         capture_output=True, text=True, timeout=300)
    assert res.stdout.count("\n") == 1
    assert "Traceback" not in res.stderr and "BrokenPipe" not in res.stderr


def test_stats_gold_has_no_negative_todo(project, doc):
    from annotator.services.stats import project_stats

    project.add_documents(Document(text=f"Autre texte {i}.") for i in range(3))
    project.set_assignments([(d, "alice") for d in project.document_ids()])
    review.finish(project, doc, "rita")
    gold = next(a for a in project_stats(project)["annotators"] if a["name"] == GOLD)
    assert gold["status"]["todo"] == 3 and gold["status"]["done"] == 1


def test_agreement_one_only_counts_documents_both_finished(project):
    project.add_documents([Document(text=TEXT), Document(text="Danone ferme une usine à Lille.")])
    d1, d2 = project.document_ids()
    a, b, c = (AnnotationSession(project, n) for n in ("alice", "bob", "carol"))
    for s, d, start, end, key, value in ((a, d1, 0, 7, "walmart", "positive"), (c, d1, 0, 7, "walmart", "positive"),
                                         (b, d2, 0, 6, "danone", "negative"), (c, d2, 0, 6, "danone", "negative")):
        s.add_entity(d, start, end, "ORG")
        s.set_sentiment(d, key, value)
        s.accept(d)
    pairs = {(p["a"], p["b"]): p for p in compute(project).sentiment["pairs"]}
    # alice and bob share no document: nothing is "rated by one only" between them
    assert (pairs[("alice", "bob")]["units"], pairs[("alice", "bob")]["only_one"]) == (0, 0)
    assert (pairs[("alice", "carol")]["units"], pairs[("alice", "carol")]["only_one"]) == (1, 0)


def test_fleiss_kappa_with_the_same_number_of_raters_not_the_same_raters(project):
    texts = [f"Texte {i} sur Renault." for i in range(4)]
    project.add_documents(Document(text=t) for t in texts)
    ids = project.document_ids()
    names = ["alice", "bob", "carol", "dan"]
    sessions = {n: AnnotationSession(project, n) for n in names}
    for k, d in enumerate(ids):  # 3 raters per document among 4, a different trio each time
        for n in names[k:] + names[:k][: max(0, 3 - len(names[k:]))] if k else names[:3]:
            if k % 2 == 0 or n != "alice":
                sessions[n].set_event(d, "acquisition", True)
            sessions[n].accept(d)
    counts = {d: sum(1 for n in names if project.status(d, n)["status"] == "done") for d in ids}
    assert set(counts.values()) == {3}
    ev = compute(project).events["overall"]
    assert ev["fleiss_kappa"] is not None and ev["documents_all"] == 4


def test_export_annotator_takes_only_documents_marked_done_unless_asked(project, doc, tmp_path):
    from annotator.services.export import export

    project.add_documents([Document(text="Danone ferme une usine à Lille.")])
    s = AnnotationSession(project, "alice")
    s.add_entity(doc, 0, 7, "ORG")
    s.accept(doc)
    s.add_entity(2, 0, 6, "ORG")  # in progress
    assert export(project, tmp_path / "a", annotator="alice", fmt="jsonl").documents == 1
    assert export(project, tmp_path / "b", annotator="alice", fmt="jsonl", unfinished=True).documents == 2


def test_spacy_and_jsonl_exports_put_each_document_on_the_same_side(project, tmp_path):
    from annotator.services.export import export, in_dev

    project.add_documents(Document(text=f"Renault annonce le plan numéro {i}.") for i in range(30))
    s = AnnotationSession(project, "alice")
    for d in project.document_ids()[:20]:
        s.add_entity(d, 0, 7, "ORG")
        s.accept(d)
    export(project, tmp_path / "j", fmt="jsonl", annotator="alice")
    records = [json.loads(x) for x in (tmp_path / "j" / "annotations.jsonl").read_text(encoding="utf-8").split("\n")
               if x]
    for r in records:
        assert (r["split"] == "dev") == in_dev(r["hash"], 0.2, 0)


def test_config_sets_unused_default_span_weights_to_null():
    pytest.importorskip("spacy")
    from annotator.nlp.export import training_config

    scorer = training_config("fr")["training"]["score_weights"]
    assert all(scorer[f"spans_sc_{p}"] is None for p in "fpr")
    assert scorer["spans_sentiment_f"] is not None


# ------------------------------------------------------------------ issue 13: status undo/redo keeps the time
def test_status_undo_then_redo_keeps_the_time_recorded_in_between(project, project_path, doc):
    s = AnnotationSession(project, "alice")
    s.add_entity(doc, 0, 7, "ORG")
    project.add_time(doc, "alice", 20.0)
    s.set_status(doc, "skipped")
    project.add_time(doc, "alice", 30.0)
    assert s.undo(doc) == "status:skipped"
    seconds = lambda: rows(project_path, "SELECT status, seconds FROM doc_status WHERE annotator = 'alice'")[0]  # noqa: E731
    assert seconds() == ("in_progress", 50.0)
    project.add_time(doc, "alice", 5.0)
    assert s.redo(doc) == "status:skipped"
    assert seconds() == ("skipped", 55.0)
    s.accept(doc)
    project.add_time(doc, "alice", 7.0)
    s.undo(doc)
    assert seconds() == ("skipped", 62.0)
