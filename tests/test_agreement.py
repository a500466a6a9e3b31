"""Agreement on synthetic projects with three annotators and known disagreements."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.services.agreement import disagreement_scores, document_disagreement
from annotator.services.annotate import AnnotationSession

TEXTS = [
    "Renault et Nissan signent un accord à Paris.",
    "Stellantis annonce des résultats en hausse, dit Carlos Tavares.",
    "Carrefour ferme deux magasins à Lyon.",
    "Danone rachète une start-up de Lille.",
]


def mark(session: AnnotationSession, doc_id: int, text: str, ents=(), sents=None, events=(), done=True):
    """Give one annotator's version: entities by (word, label), sentiments by company key, events."""
    for word, label, *company in ents:  # (word, label[, company key]): a mention of a company by another name
        start = text.index(word)
        span = session.add_entity(doc_id, start, start + len(word), label)
        if company:
            session.set_company(doc_id, [span.id], company[0])
    for key, value in (sents or {}).items():
        session.set_sentiment(doc_id, key, value)
    for label in events:
        session.set_event(doc_id, label, True)
    if done:
        session.accept(doc_id)


@pytest.fixture
def trio(project):
    ids, _ = project.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(TEXTS, 1))
    return project, ids, {n: AnnotationSession(project, n) for n in ("alice", "bob", "carol")}


def test_document_disagreement_zero_when_all_agree_one_when_nothing_shared(trio):
    project, ids, s = trio
    d1, d2 = ids[0], ids[1]
    for name in ("alice", "bob", "carol"):
        mark(s[name], d1, TEXTS[0], ents=[("Renault", "ORG"), ("Paris", "LOC")], sents={"renault": "positive"},
             events=["partnership"])
    assert document_disagreement(project, d1) == 0.0
    mark(s["alice"], d2, TEXTS[1], ents=[("Stellantis", "ORG")])
    mark(s["bob"], d2, TEXTS[1], ents=[("Carlos Tavares", "PER")])
    mark(s["carol"], d2, TEXTS[1], events=["earnings"])
    assert document_disagreement(project, d2) == 1.0
    # only two annotators asked, only one of them touched d3: nothing to compare
    assert document_disagreement(project, ids[2], ["alice", "bob"]) == 0.0


def test_disagreement_scores_in_bulk_match_per_document(trio):
    project, ids, s = trio
    d1, d2, d3 = ids[:3]
    mark(s["alice"], d1, TEXTS[0], ents=[("Renault", "ORG"), ("Nissan", "ORG")])
    mark(s["bob"], d1, TEXTS[0], ents=[("Renault", "ORG")])
    mark(s["carol"], d1, TEXTS[0], ents=[("Renault", "ORG"), ("Nissan", "ORG")])
    mark(s["alice"], d2, TEXTS[1], events=["earnings"])
    mark(s["alice"], d3, TEXTS[2], ents=[("Lyon", "LOC")], done=False)
    mark(s["bob"], d3, TEXTS[2], ents=[("Lyon", "LOC")], done=False)
    scores = disagreement_scores(project)
    # d1: alice=carol (1.0); alice~bob and carol~bob: Dice 2*1/3 -> mean (1 + 2/3 + 2/3)/3
    assert scores[d1] == pytest.approx(1 - (1 + 2 / 3 + 2 / 3) / 3)
    assert scores[d2] == 0.0  # one annotator only
    assert scores[d3] == 0.0  # in progress still counts for the review queue; they agree
    assert ids[3] not in scores
    for d in (d1, d2, d3):
        assert document_disagreement(project, d) == pytest.approx(scores[d])
    assert disagreement_scores(project, ["alice", "bob"])[d1] == pytest.approx(1 - 2 / 3)


# ---------------------------------------------------------------------------- the full report
from annotator.core.errors import ExportError, ProjectError  # noqa: E402
from annotator.core.model import DocAnnotations, Span  # noqa: E402
from annotator.services import agreement  # noqa: E402


@pytest.fixture
def known(trio):
    """Docs 1-3 done by all three with known differences; doc 4 done by alice only (bob in progress)."""
    project, ids, s = trio
    d1, d2, d3, d4 = ids
    t1, t2, t3, t4 = TEXTS
    mark(s["alice"], d1, t1, [("Renault", "ORG"), ("Nissan", "ORG"), ("Paris", "LOC")],
         {"renault": "positive", "nissan": "positive"}, ["partnership"])
    mark(s["bob"], d1, t1, [("Renault", "ORG"), ("Nissan", "ORG"), ("Paris", "LOC")],
         {"renault": "positive", "nissan": "neutral"}, ["partnership"])
    mark(s["carol"], d1, t1, [("Renault", "ORG"), ("Nissan signent", "ORG", "nissan"), ("Paris", "LOC")],
         {"renault": "positive", "nissan": "mixed"}, ["partnership"])
    mark(s["alice"], d2, t2, [("Stellantis", "ORG"), ("Carlos Tavares", "PER")], {"stellantis": "positive"},
         ["earnings"])
    mark(s["bob"], d2, t2, [("Stellantis", "ORG"), ("Tavares", "PER")], {"stellantis": "positive"}, ["earnings"])
    mark(s["carol"], d2, t2, [("Stellantis", "ORG"), ("Carlos Tavares", "PER")], {"stellantis": "positive"})
    mark(s["alice"], d3, t3, [("Carrefour", "ORG"), ("Lyon", "LOC")], {"carrefour": "negative"}, ["layoffs"])
    mark(s["bob"], d3, t3, [("Carrefour", "ORG")], {"carrefour": "negative"}, ["layoffs"])
    mark(s["carol"], d3, t3, [("Carrefour", "ORG"), ("Lyon", "LOC")], {}, ["layoffs", "expansion"])
    mark(s["alice"], d4, t4, [("Danone", "ORG")], {}, ["acquisition"])
    mark(s["bob"], d4, t4, [("Danone", "ORG")], done=False)
    return project, ids


def _pair(pairs, a, b):
    return next(p for p in pairs if (p["a"], p["b"]) == (a, b))


def test_entity_f1_exact_and_overlap(known):
    project, ids = known
    rep = agreement.compute(project)
    assert rep.annotators == ["alice", "bob", "carol"]
    assert rep.documents == 3  # doc 4: only alice finished it
    ab = _pair(rep.entities["pairs"], "alice", "bob")
    assert ab["documents"] == 3
    assert ab["overall"]["exact_f1"] == pytest.approx(10 / 13)
    assert ab["overall"]["overlap_f1"] == pytest.approx(12 / 13)
    assert ab["labels"]["ORG"]["exact_f1"] == 1.0
    assert ab["labels"]["PER"]["exact_f1"] == 0.0 and ab["labels"]["PER"]["overlap_f1"] == 1.0
    assert ab["labels"]["LOC"]["exact_f1"] == pytest.approx(2 / 3)
    assert ab["labels"]["MISC"]["exact_f1"] is None  # nobody used it
    ac = _pair(rep.entities["pairs"], "alice", "carol")
    assert ac["overall"]["exact_f1"] == pytest.approx(6 / 7) and ac["overall"]["overlap_f1"] == 1.0
    bc = _pair(rep.entities["pairs"], "bob", "carol")
    assert (bc["overall"]["exact_f1"], bc["overall"]["overlap_f1"]) == pytest.approx((8 / 13, 12 / 13))
    assert rep.entities["mean"]["overall"]["exact_f1"] == pytest.approx((10 / 13 + 6 / 7 + 8 / 13) / 3)
    assert rep.entities["mean"]["labels"]["PER"]["exact_f1"] == pytest.approx(1 / 3)


def test_sentiment_kappa_and_alpha(known):
    project, _ = known
    sen = agreement.compute(project).sentiment
    assert sen["units"] == 4  # renault, nissan, stellantis (3 raters), carrefour (2)
    ab = _pair(sen["pairs"], "alice", "bob")
    assert (ab["units"], ab["only_one"], ab["kappa"]) == (4, 0, pytest.approx(5 / 9))
    ac = _pair(sen["pairs"], "alice", "carol")
    assert (ac["units"], ac["only_one"], ac["kappa"]) == (3, 1, pytest.approx(0.0))
    assert _pair(sen["pairs"], "bob", "carol")["kappa"] == pytest.approx(0.4)
    # worked by hand from Krippendorff's coincidence matrices (mixed ranks with neutral)
    assert sen["alpha_nominal"] == pytest.approx(6 / 11)
    assert sen["alpha_ordinal"] == pytest.approx(17 / 22)


def test_event_kappas_and_alpha(known):
    project, _ = known
    ev = agreement.compute(project).events
    part = ev["per_label"]["partnership"]
    assert part["fleiss_kappa"] == pytest.approx(1.0) and part["alpha_nominal"] == pytest.approx(1.0)
    earn = ev["per_label"]["earnings"]
    assert earn["fleiss_kappa"] == pytest.approx(10 / 28)
    assert earn["present"] == {"alice": 1, "bob": 1, "carol": 0}
    assert _pair(earn["pairs"], "alice", "bob")["kappa"] == pytest.approx(1.0)
    assert _pair(earn["pairs"], "alice", "carol")["kappa"] == pytest.approx(0.0)
    assert ev["per_label"]["expansion"]["fleiss_kappa"] == pytest.approx(-0.125)
    assert ev["per_label"]["acquisition"]["fleiss_kappa"] is None  # only on doc 4, which bob did not finish
    assert ev["per_label"]["layoffs"]["documents"] == 3
    assert -1 <= ev["overall"]["alpha_nominal"] <= 1 and ev["overall"]["documents_all"] == 3


def test_document_scores_follow_the_scope(known):
    project, ids = known
    rep = agreement.compute(project)
    assert [r["doc_id"] for r in rep.doc_scores] and ids[3] not in [r["doc_id"] for r in rep.doc_scores]
    scores = [r["score"] for r in rep.doc_scores]
    assert scores == sorted(scores, reverse=True) and all(0 <= x <= 1 for x in scores)
    assert rep.doc_scores[0]["title"].startswith("doc ")
    wide = agreement.compute(project, scope="annotated")
    d4 = next(r for r in wide.doc_scores if r["doc_id"] == ids[3])
    assert d4["annotators"] == ["alice", "bob"]
    assert d4["score"] == pytest.approx(1 - 2 * 1 / (2 + 1))  # alice: Danone + acquisition; bob: Danone
    # doc 1: 6 items each; alice~bob share 5, carol shares 4 with each -> 1 - mean(10/12, 8/12, 8/12)
    d1 = next(r for r in rep.doc_scores if r["doc_id"] == ids[0])
    assert d1["score"] == pytest.approx(10 / 36)


def test_model_counts_as_one_more_annotator_on_request(known):
    project, ids = known
    model = "model:test-1.0"
    project.ensure_annotator(model, "model")
    project.replace_annotations(ids[0], model, DocAnnotations(entities=[Span(0, 7, "ORG", source="model")]),
                                action="preannotate", history=False)
    for d in ids[:3]:
        project.mark_preannotated(d, model, ["entities"])
    with pytest.raises(ProjectError) as err:
        agreement.compute(project, include_model=True)
    assert err.value.code == "E261"
    project.set_meta("model_annotator", model)
    rep = agreement.compute(project, include_model=True)
    assert rep.annotators == ["alice", "bob", "carol", model]
    am = _pair(rep.entities["pairs"], "alice", model)
    assert am["documents"] == 3 and am["overall"]["exact_f1"] == pytest.approx(2 / 8)
    assert model not in agreement.compute(project).annotators


def test_bad_annotator_choices_are_coded_errors(known):
    project, _ = known
    with pytest.raises(ProjectError) as err:
        agreement.compute(project, annotators=["alice", "zoe"])
    assert err.value.code == "E260" and "zoe" in str(err.value)
    with pytest.raises(ProjectError) as err:
        agreement.compute(project, annotators=["alice"])
    assert err.value.code == "E262"
    with pytest.raises(ProjectError) as err:
        agreement.compute(project, scope="everything")
    assert err.value.code == "E263"
    two = agreement.compute(project, annotators=["alice", "bob"])
    assert [(p["a"], p["b"]) for p in two.entities["pairs"]] == [("alice", "bob")]


def test_exports_json_csv_html_text(known, tmp_path):
    import csv
    import json

    project, ids = known
    project.conn.execute("UPDATE documents SET title = '<script>x</script> & co' WHERE id = ?", (ids[0],))
    rep = agreement.compute(project)
    data = json.loads(agreement.write_report(rep, tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["sentiment"]["alpha_nominal"] == pytest.approx(6 / 11)
    assert data["entities"]["labels"][:4] == ["PER", "ORG", "LOC", "MISC"]
    with open(agreement.write_report(rep, tmp_path / "r.csv"), encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert tuple(table[0]) == agreement.CSV_COLUMNS
    row = next(r for r in table if r["section"] == "sentiment" and r["measure"] == "krippendorff_alpha_ordinal")
    assert float(row["value"]) == pytest.approx(17 / 22, abs=1e-5) and row["n"] == "4"
    assert any(r["measure"] == "fleiss_kappa" and r["label"] == "acquisition" and r["value"] == "" for r in table)
    page = agreement.write_report(rep, tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 3 and "<script>" not in page and "&lt;script&gt;" in page
    text = agreement.render(rep, "text")
    assert "alice ~ bob" in text and "n/a" in text
    with pytest.raises(ExportError) as err:
        agreement.write_report(rep, tmp_path / "missing" / "r.json")
    assert err.value.code == "E590"
    assert not list((tmp_path).glob("*.part"))


def test_cancel_before_reading(known):
    from annotator.core.errors import Cancelled
    from annotator.core.progress import CancelToken

    project, _ = known
    token = CancelToken()
    seen = []
    token.cancel()
    with pytest.raises(Cancelled):
        agreement.compute(project, cancel=token, progress=lambda d, t, m: seen.append((d, t)))
    assert seen == [(0, 5)]


# ---------------------------------------------------------------------------- command line
def _cli(argv):
    import argparse

    from annotator.cli import cmd_agreement

    parser = argparse.ArgumentParser(prog="annotator")
    cmd_agreement.add_parser(parser.add_subparsers())
    args = parser.parse_args(["agreement", *argv])
    return args.func(args)


def test_cli_text_to_stdout_and_files_by_extension(known, project_path, tmp_path, capsys):
    import json

    assert _cli([str(project_path)]) == 0
    out = capsys.readouterr().out
    assert "Krippendorff's alpha nominal 0.545, ordinal 0.773" in out and "bob ~ carol" in out
    assert _cli([str(project_path), "--output", str(tmp_path / "a.json"), "--annotators", "alice,carol"]) == 0
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["annotators"] == ["alice", "carol"] and data["scope"] == "done"
    assert _cli([str(project_path), "--format", "csv", "--scope", "annotated"]) == 0
    assert capsys.readouterr().out.startswith("section,measure,label,annotator_a,annotator_b,value,n\n")
    assert _cli([str(project_path), "--format", "html", "-o", str(tmp_path / "r.txt")]) == 0
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_reports_coded_errors(known, project_path):
    with pytest.raises(ProjectError) as err:
        _cli([str(project_path), "--include-model"])
    assert err.value.code == "E261"


def test_nothing_finished_yet_gives_an_empty_report_not_a_crash(trio, tmp_path):
    project, ids, s = trio
    mark(s["alice"], ids[0], TEXTS[0], [("Renault", "ORG")], done=False)
    AnnotationSession(project, "bob")
    rep = agreement.compute(project)
    assert rep.documents == 0 and rep.doc_scores == []
    assert rep.entities["mean"]["overall"]["exact_f1"] is None
    assert rep.sentiment["alpha_nominal"] is None and rep.events["overall"]["fleiss_kappa"] is None
    for fmt_ in agreement.FORMATS:
        assert agreement.render(rep, fmt_)


def test_main_entry_point_exit_code_on_coded_error(known, project_path, capsys):
    from annotator.cli import main

    assert main(["agreement", str(project_path), "--annotators", "alice,nobody"]) == 2
    assert "[E260]" in capsys.readouterr().err
