"""The model report against a case computed by hand."""

from __future__ import annotations

import json

from annotator.cli import main
from annotator.core.model import CompanySentiment, DocAnnotations, Document, EventLabel, Span, Status
from annotator.services.model_report import format_report, model_report
from annotator.store import models as registry

TEXT = "Renault et Nissan à Paris. Carlos Tavares chez Stellantis."
M = "model:fr_test_0000-2026.1201.1"


def at(word: str, label: str, source: str = "manual") -> Span:
    i = TEXT.index(word)
    return Span(i, i + len(word), label, source=source)


def build(project):
    ids, _ = project.add_documents([Document(TEXT), Document("Texte deux."), Document("Texte trois.")])
    d1, d2, d3 = ids
    for name, kind in ((M, "model"), ("alice", "human"), ("bob", "human"), ("gold", "gold")):
        project.ensure_annotator(name, kind)
    pre = DocAnnotations(
        entities=[at("Renault", "ORG", "model"), at("Nissan", "ORG", "model"), at("Paris", "LOC", "model"),
                  at("Stellantis", "ORG", "model")],
        sentiments={"renault": CompanySentiment("renault", "positive"), "nissan": CompanySentiment("nissan", "negative"),
                    "stellantis": CompanySentiment("stellantis", "neutral")},
        events={"partnership": EventLabel("partnership"), "earnings": EventLabel("earnings")})
    final = DocAnnotations(
        entities=[at("Renault", "ORG"), at("Nissan", "MISC"), at("Carlos Tavares", "PER"), at("Stellantis", "ORG")],
        sentiments={"renault": CompanySentiment("renault", "positive"), "nissan": CompanySentiment("nissan", "neutral"),
                    "psa": CompanySentiment("psa", "mixed")},
        events={"partnership": EventLabel("partnership"), "layoffs": EventLabel("layoffs")})
    project.replace_annotations(d1, M, pre, action="preannotate", history=False)
    project.replace_annotations(d1, "alice", final, action="edit")
    project.set_status(d1, "alice", Status.DONE)
    registry.record_start(project, d1, "alice", M)
    # document 2: alice is done, but the reviewed (gold) version is final
    project.replace_annotations(d2, M, DocAnnotations(events={"legal": EventLabel("legal")}), action="p", history=False)
    project.replace_annotations(d2, "alice", DocAnnotations(events={"legal": EventLabel("legal")}), action="edit")
    project.set_status(d2, "alice", Status.DONE)
    project.set_status(d2, "gold", Status.DONE)
    # document 3: bob is still working on it: not compared
    project.replace_annotations(d3, M, DocAnnotations(events={"legal": EventLabel("legal")}), action="p", history=False)
    project.set_status(d3, "bob", Status.IN_PROGRESS)
    for d in ids:
        project.mark_preannotated(d, M, ["entities", "sentiments", "events"])


def test_kept_changed_deleted_added_and_precision_recall_by_hand(project, project_path, capsys):
    build(project)
    [st] = model_report(project)
    assert st.annotator == M and st.documents == 2 and st.started == 1
    e = {k: c.as_dict() for k, c in st.by_kind["entities"].items()}
    # ORG: Renault and Stellantis kept, Nissan changed (to MISC); LOC Paris deleted; PER added
    assert e["ORG"] == {"kept": 2, "changed": 1, "deleted": 0, "added": 0, "predicted": 3, "final": 2,
                             "precision": 2 / 3, "recall": 1.0}
    assert e["LOC"] == {"kept": 0, "changed": 0, "deleted": 1, "added": 0, "predicted": 1, "final": 0,
                        "precision": 0.0, "recall": None}
    assert e["MISC"] == {"kept": 0, "changed": 0, "deleted": 0, "added": 0, "predicted": 0, "final": 1,
                         "precision": None, "recall": 0.0}
    assert e["PER"]["added"] == 1 and e["PER"]["recall"] == 0.0
    t = st.total("entities")
    assert (t.kept, t.changed, t.deleted, t.added, t.precision, t.recall) == (2, 1, 1, 1, 0.5, 0.5)
    s = {k: c.as_dict() for k, c in st.by_kind["sentiments"].items()}
    assert (s["positive"]["kept"], s["positive"]["precision"], s["positive"]["recall"]) == (1, 1.0, 1.0)
    assert (s["negative"]["changed"], s["negative"]["precision"], s["negative"]["recall"]) == (1, 0.0, None)
    assert (s["neutral"]["deleted"], s["neutral"]["precision"], s["neutral"]["recall"]) == (1, 0.0, 0.0)
    assert (s["mixed"]["added"], s["mixed"]["recall"]) == (1, 0.0)
    v = {k: c.as_dict() for k, c in st.by_kind["events"].items()}
    assert (v["partnership"]["kept"], v["partnership"]["precision"], v["partnership"]["recall"]) == (1, 1.0, 1.0)
    assert (v["earnings"]["deleted"], v["earnings"]["precision"]) == (1, 0.0)
    assert (v["layoffs"]["added"], v["layoffs"]["recall"]) == (1, 0.0)
    assert (v["legal"]["deleted"], v["legal"]["predicted"]) == (1, 1)  # the gold version of document 2; not bob's
    [only] = model_report(project, started_only=True)
    assert only.documents == 1 and "legal" not in only.by_kind["events"]
    assert "ORG" in format_report([st])
    assert main(["model-report", str(project_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["totals"]["entities"]["precision"] == 0.5


def test_compare_a_document_with_the_model(project):
    from annotator.services.model_report import compare_document

    build(project)
    project.set_meta("model_annotator", M)
    text = compare_document(project, 1, "alice")
    assert "The model suggests, you do not have:" in text and "  LOC 'Paris'" in text
    assert "ORG 'Nissan'" in text and "MISC 'Nissan'" in text and "PER 'Carlos Tavares'" in text
    assert "Sentiment of nissan: yours neutral, the model's negative" in text
    assert "Event earnings: only the model" in text and "Event layoffs: only yours" in text
