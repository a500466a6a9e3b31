"""Prodigy's review output (``versions`` with ``sessions``): every version is its sessions'
annotators' (session ids kept whole), the reviewer's result is the gold version; every
malformed review example is refused with its ``file:line`` message and the project unchanged."""

from __future__ import annotations

import pytest

from annotator.core.model import GOLD
from annotator.services.formats import detect, import_files
from annotator.store.project import Project
from tests.formats_data import EVENTS1, SENT1, SENT2, TEXT1, TEXT2, ents1, ents2, review_lines, write_jsonl
from tests.test_formats import _refused


def _layers(p, text, name):
    doc_id = p.doc_id_by_hash(next(d.hash for d in p.documents() if d.text == text))
    ann = p.annotations(doc_id, name)
    return (sorted((s.start, s.end, s.label) for s in ann.entities), {k: v.value for k, v in ann.sentiments.items()},
            sorted(ann.events)), doc_id


def test_versions_are_their_sessions_annotators_and_the_review_is_gold(tmp_path):
    src = write_jsonl(tmp_path / "reviewed.jsonl", review_lines())
    assert detect(src) == "prodigy"
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [src])
    assert p.annotators("human") == ["ner_news-alice", "ner_news-bob", "ner_news-carol"]  # kept whole
    assert p.annotators("gold") == [GOLD]
    full = (sorted(ents1()), SENT1, sorted(EVENTS1))
    assert _layers(p, TEXT1, "ner_news-alice")[0] == full and _layers(p, TEXT1, "ner_news-bob")[0] == full
    assert _layers(p, TEXT1, "ner_news-carol")[0] == (sorted(ents1()[:3]), {}, ["earnings"])
    gold, doc1 = _layers(p, TEXT1, GOLD)
    assert gold == full and p.status(doc1, GOLD)["status"] == "done"
    assert [h.action for h in p.history(doc1, GOLD)] == ["import:prodigy", "status:done"]
    alice2, doc2 = _layers(p, TEXT2, "ner_news-alice")
    assert alice2 == (sorted(ents2()), SENT2, ["layoffs"])
    assert p.annotations(doc2, GOLD).is_empty()  # the reviewer rejected that example: no gold
    assert p.annotations(doc2, "ner_news-bob").is_empty()  # bob's version was ignored
    assert report.not_imported == {"rejected answers": 1, "ignored answers": 1}
    assert report.versions == 5
    assert any("1 reviewed example(s)" in n for n in report.notes)
    assert p.document(doc1).meta["prodigy"]["_view_id"] == "review"


def test_session_ids_are_kept_whole_as_a_plain_prodigy_import_keeps_them(tmp_path):
    """One person, one name: a review file and a plain Prodigy file name the same annotator the
    same way, and a hyphen inside a name is not taken for a dataset prefix."""
    lines = review_lines()
    for rec in lines:
        for v in rec["versions"]:
            v["sessions"] = [s.replace("ner_news-alice", "news-jean-pierre") for s in v["sessions"]]
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [write_jsonl(tmp_path / "reviewed.jsonl", lines)])
    assert "news-jean-pierre" in p.annotators("human")
    assert not {"pierre", "jean-pierre", "alice"} & set(p.annotators("human"))


def _bad(change):
    lines = review_lines()
    change(lines[0])
    return lines


BAD_REVIEWS = [
    (lambda r: r.update(versions={"a": 1}), "E342", "versions must be a non-empty list"),
    (lambda r: r.update(versions=[]), "E342", "versions must be a non-empty list"),
    (lambda r: r["versions"][1].pop("sessions"), "E342", "bad.jsonl:1 version 2: sessions must be a non-empty list"),
    (lambda r: r["versions"][1].update(sessions=["ok", ""]), "E342", "sessions must be a non-empty list"),
    (lambda r: r["versions"][1].update(text="autre texte"), "E342", "bad.jsonl:1 version 2 (sessions ner_news-carol): its text"),
    (lambda r: r["versions"][0]["spans"].append({"start": 0, "end": 999, "label": "ORG"}), "E343",
     "version 1 (sessions ner_news-alice, ner_news-bob): entity 'ORG': span 0-999 is outside the text"),
    (lambda r: r["versions"][1]["spans"].append({"start": 0, "end": 2, "label": "ORG", "text": "Xy"}), "E345",
     "version 2 (sessions ner_news-carol): span 3 0-2 says 'Xy'"),
    (lambda r: r["versions"][1].update(tokens=[{"text": "Fl", "start": 0, "end": 5, "id": 0}]), "E345",
     "version 2 (sessions ner_news-carol): token 0"),
    (lambda r: r["versions"][1].update(sessions=["ner_news-alice"]), "E348",
     "a second version of this text by 'ner_news-alice'"),
    (lambda r: r["versions"][1].update(accept=["merger"]), "E347", "unknown event type 'merger'"),
    (lambda r: r["versions"][0].update(answer="maybe"), "E342", "version 1 (sessions ner_news-alice, ner_news-bob): "
                                                               "answer 'maybe'"),
    (lambda r: r.update(answer="maybe"), "E342", "the review's answer 'maybe'"),
    (lambda r: r["spans"].append({"start": 5, "end": 1, "label": "ORG"}), "E343", "empty or reversed"),
]


@pytest.mark.parametrize("change,code,what", BAD_REVIEWS)
def test_a_malformed_review_example_is_refused_and_changes_nothing(tmp_path, change, code, what):
    err = _refused(tmp_path, write_jsonl(tmp_path / "bad.jsonl", _bad(change)), "prodigy")
    assert err.code == code
    assert str(err).startswith(f"[{code}] bad.jsonl:1")
    assert what in str(err)


def test_skip_bad_leaves_out_the_bad_version_alone(tmp_path):
    lines = review_lines()
    lines[0]["versions"][1]["spans"].append({"start": 0, "end": 999, "label": "ORG"})
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [write_jsonl(tmp_path / "r.jsonl", lines)], "prodigy", skip_bad=True)
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith("r.jsonl:1 version 2 (sessions ner_news-carol): entity 'ORG': span 0-999")
    assert p.annotators("human") == ["ner_news-alice", "ner_news-bob"] and p.annotators("gold") == [GOLD]  # carol's version only is out
