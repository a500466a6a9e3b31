"""Prodigy, Label Studio and doccano files in and out: round trips, and every malformed input
refused with its file:line message and the project unchanged."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from annotator.cli import main
from annotator.core.errors import InputError
from annotator.services.formats import detect, export_format, import_files
from annotator.store.project import Project
from tests.conftest import file_bytes
from tests.formats_data import (
    EVENTS1,
    SENT1,
    TEXT1,
    TEXT2,
    at,
    doccano_lines,
    ents1,
    labelstudio_tasks,
    prodigy_lines,
    snapshot,
    write_json,
    write_jsonl,
)


def _files(fmt, tmp_path):
    if fmt == "prodigy":
        return write_jsonl(tmp_path / "news.jsonl", prodigy_lines())
    if fmt == "labelstudio":
        return write_json(tmp_path / "export.json", labelstudio_tasks())
    return write_jsonl(tmp_path / "alice.jsonl", doccano_lines())


@pytest.mark.parametrize("fmt", ["prodigy", "labelstudio", "doccano"])
def test_round_trip_import_export_import(fmt, tmp_path):
    src = _files(fmt, tmp_path)
    assert detect(src) == fmt
    a = Project.create(tmp_path / "a.annotator")
    import_files(a, [src])
    first = snapshot(a)
    assert first  # something was imported
    report = export_format(a, tmp_path / "out", fmt)
    b = Project.create(tmp_path / "b.annotator")
    files = [f for f in report.files if f.suffix != ".xml"]
    for f in files:
        import_files(b, [f], fmt)
    assert snapshot(b) == first
    assert {d.text for d in b.documents()} == {TEXT1, TEXT2}  # CRLF, emoji, combining accents kept
    assert report.left_out  # every export says what it cannot carry
    a.close()
    b.close()


def test_prodigy_answers_annotators_hashes(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [_files("prodigy", tmp_path)])
    assert report.not_imported == {"rejected answers": 1, "ignored answers": 1}
    assert p.annotators("human") == ["news-alice", "news-bob"]
    doc_id = p.doc_id_by_hash(p.documents([1]).__next__().hash)
    ann = p.annotations(doc_id, "news-alice")
    assert {k: v.value for k, v in ann.sentiments.items()} == SENT1
    assert sorted(ann.events) == EVENTS1
    assert sorted((s.start, s.end, s.label) for s in ann.entities) == sorted(ents1())
    assert p.status(doc_id, "news-alice")["status"] == "done"
    # imported annotations are history rows
    actions = [h.action for h in p.history(doc_id, "news-alice")]
    assert actions == ["import:prodigy", "status:done"]
    out = export_format(p, tmp_path / "out", "prodigy")
    lines = [json.loads(x) for x in out.files[0].read_text(encoding="utf-8").splitlines()]
    by_who = {(x["text"], x["_annotator_id"]): x for x in lines}
    first = by_who[(TEXT1, "news-alice")]
    assert (first["_input_hash"], first["_task_hash"], first["_view_id"]) == (-1000, 77, "blocks")
    assert first["answer"] == "accept" and first["accept"] == EVENTS1
    assert all(x["text"] == TEXT1[x["start"]:x["end"]] for x in first["spans"])


def test_prodigy_session_id_when_no_annotator_id_and_option_default(tmp_path):
    lines = [{"text": "Airbus livre.", "spans": [{"start": 0, "end": 6, "label": "ORG"}], "_session_id": "s-1"},
             {"text": "Boeing livre.", "spans": [{"start": 0, "end": 6, "label": "ORG"}]}]
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [write_jsonl(tmp_path / "x.jsonl", lines)], "prodigy", annotator="carol")
    assert p.annotators("human") == ["carol", "s-1"]


def test_labelstudio_users_predictions_cancelled(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [_files("labelstudio", tmp_path)])
    assert report.not_imported == {"cancelled annotations": 1}
    assert p.annotators("human") == ["bob@example.org", "labelstudio-user-3"]
    assert p.annotators("model") == ["model:ner-v2"]
    doc1 = p.doc_id_by_hash(next(d.hash for d in p.documents() if d.text == TEXT1))
    model = p.annotations(doc1, "model:ner-v2")
    assert len(model.entities) == 3 and {s.confidence for s in model.entities} == {0.8}
    assert {s.source for s in model.entities} == {"model"}
    human = p.annotations(doc1, "labelstudio-user-3")
    assert {k: v.value for k, v in human.sentiments.items()} == SENT1
    assert p.document(doc1).meta["labelstudio_id"] == 11


def test_labelstudio_export_and_its_config(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [_files("labelstudio", tmp_path)])
    report = export_format(p, tmp_path / "out", "labelstudio")
    tasks = json.loads(report.files[0].read_text(encoding="utf-8"))
    config = ET.fromstring(report.files[1].read_text(encoding="utf-8"))
    names = {el.get("name"): el for el in config.iter() if el.get("name")}
    labels = {el.get("value") for el in names["label"]}
    choices = {el.get("value") for el in names["sentiment"]}
    assert names["sentiment"].get("perRegion") == "true"
    events = {el.get("value") for el in names["events"]}
    for task in tasks:
        text = task["data"][names["text"].get("value").lstrip("$")]
        for ann in task["annotations"] + task["predictions"]:
            assert isinstance(ann["result"], list)
            for r in ann["result"]:
                assert r["from_name"] in names and r["to_name"] == "text"
                v = r["value"]
                if r["type"] == "labels":
                    assert set(v["labels"]) <= labels and text[v["start"]:v["end"]] == v["text"]
                elif r["from_name"] == "sentiment":
                    assert set(v["choices"]) <= choices
                else:
                    assert set(v["choices"]) <= events
    assert any(t["predictions"] for t in tasks)
    assert tasks[0]["annotations"][0]["completed_by"]["email"]


def test_labelstudio_utf16_offsets_of_an_older_version_are_converted(tmp_path):
    text = "🚗 Stellantis annonce."
    tasks = [{"id": 1, "data": {"text": text}, "annotations": [{"completed_by": 1, "result": [
        {"id": "x", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": 3, "end": 13, "text": "Stellantis", "labels": ["ORG"]}}]}]}]
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [write_json(tmp_path / "old.json", tasks)])
    assert "UTF-16" in report.notes[0]
    ann = p.annotations(1, "labelstudio-user-1")
    assert [(s.start, s.end) for s in ann.entities] == [at(text, "Stellantis")]


def test_doccano_relations_shape_and_annotator_option(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [write_jsonl(tmp_path / "export.jsonl", doccano_lines(relations=True))], "doccano",
                          annotator="dana")
    assert p.annotators("human") == ["dana"]
    assert report.not_imported == {"relations": 2}
    doc1 = next(d.id for d in p.documents() if d.text == TEXT1)
    assert sorted((s.start, s.end, s.label) for s in p.annotations(doc1, "dana").entities) == sorted(ents1())


def test_doccano_text_classification_labels_are_event_types(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [write_jsonl(tmp_path / "eve.jsonl", [{"text": "Danone rachète Alpro.", "label": ["acquisition"]}])],
                 "doccano")
    assert sorted(p.annotations(1, "eve").events) == ["acquisition"]


def test_doccano_export_one_file_per_annotator(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [write_jsonl(tmp_path / "alice.jsonl", doccano_lines())])
    import_files(p, [write_jsonl(tmp_path / "bob.jsonl", doccano_lines()[:1])])
    report = export_format(p, tmp_path / "out", "doccano")
    assert sorted(f.name for f in report.files) == ["alice.jsonl", "bob.jsonl"]


# ---------------------------------------------------------------------- malformed input
def _refused(tmp_path, path, fmt=None, **kw):
    project_path = tmp_path / "t.annotator"
    if not project_path.exists():
        Project.create(project_path).close()
    before = file_bytes(project_path)
    p = Project.open(project_path)
    try:
        with pytest.raises(InputError) as err:
            import_files(p, [path], fmt, **kw)
    finally:
        p.close()
    assert file_bytes(project_path) == before
    return err.value


def _prodigy(tmp_path, spans, text="Le groupe Re\u0301nault vend.\r\nFin.", **extra):
    return write_jsonl(tmp_path / "bad.jsonl", [{"text": "Rien.", "spans": []}, {"text": text, "spans": spans, **extra}])


BAD_PRODIGY = [
    ([{"start": 0, "end": 99, "label": "ORG"}], {}, "E343", "outside the text"),
    ([{"start": 5, "end": 3, "label": "ORG"}], {}, "E343", "empty or reversed"),
    ([{"start": 10, "end": 12, "label": "ORG"}], {}, "E344", "combining mark"),
    ([{"start": 10, "end": 25, "label": "ORG"}], {}, "E344", "between the \\r and \\n"),
    ([{"start": 0, "end": 2, "label": "ORG"}, {"start": 0, "end": 8, "label": "PER"}], {}, "E346", "overlap"),
    ([{"start": 0, "end": 2, "label": "COMPANY"}], {}, "E347", "unknown entity label 'COMPANY'"),
    ([{"start": 0, "end": 2, "label": "ORG", "sentiment": "furious"}], {}, "E347", "unknown sentiment value"),
    ([], {"accept": ["merger"]}, "E347", "unknown event type 'merger'"),
    ([{"start": "0", "end": 2, "label": "ORG"}], {}, "E342", "integers"),
    ([{"start": 0, "label": "ORG"}], {}, "E342", "start, end and label"),
    ([{"start": 0, "end": 2, "label": "ORG", "text": "Xx"}], {}, "E345", "says 'Xx'"),
    ([{"start": 0, "end": 2, "label": "ORG", "token_start": 0, "token_end": 1}],
     {"tokens": [{"text": "Le", "start": 0, "end": 2, "id": 0}, {"text": "groupe", "start": 3, "end": 9, "id": 1}]},
     "E345", "contradicts its tokens"),
    ([{"start": 0, "end": 2, "label": "ORG"}], {"tokens": [{"text": "La", "start": 0, "end": 2, "id": 0}]},
     "E345", "contradicts the text"),
    ([], {"answer": "maybe"}, "E342", "answer 'maybe'"),
]


@pytest.mark.parametrize("spans,extra,code,what", BAD_PRODIGY)
def test_prodigy_malformed_input_is_refused_and_changes_nothing(tmp_path, spans, extra, code, what):
    err = _refused(tmp_path, _prodigy(tmp_path, spans, **extra), "prodigy")
    assert err.code == code
    assert str(err).startswith(f"[{code}] bad.jsonl:2: ")
    assert what in str(err)


def test_not_json_and_not_utf8(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok", "spans": []}\n{"text": oops}\n', encoding="utf-8")
    err = _refused(tmp_path, bad, "prodigy")
    assert err.code == "E341" and "bad.jsonl:2: not valid JSON" in str(err)
    bad.write_bytes(b'{"text": "caf\xe9"}\n')
    err = _refused(tmp_path, bad, "prodigy")
    assert err.code == "E341" and "not UTF-8" in str(err)


def test_same_text_twice_by_one_annotator_and_two_sentiments_for_one_company(tmp_path):
    line = {"text": "Renault et Renault.", "spans": [{"start": 0, "end": 7, "label": "ORG"}]}
    err = _refused(tmp_path, write_jsonl(tmp_path / "dup.jsonl", [line, line]), "prodigy")
    assert err.code == "E348" and "dup.jsonl:2:" in str(err) and "dup.jsonl:1" in str(err)
    line = {"text": "Renault et Renault.", "spans": [{"start": 0, "end": 7, "label": "ORG", "sentiment": "positive"},
                                                     {"start": 11, "end": 18, "label": "ORG", "sentiment": "negative"}]}
    err = _refused(tmp_path, write_jsonl(tmp_path / "two.jsonl", [line]), "prodigy")
    assert err.code == "E349" and "two sentiments" in str(err)


def test_labelstudio_malformed(tmp_path):
    bad = tmp_path / "ls.json"
    bad.write_text('[\n {"id": 1, "data": {"text": "Airbus"}, "annotations": []},\n {"id": 2, "data": {}}\n]',
                   encoding="utf-8")
    err = _refused(tmp_path, bad, "labelstudio")
    assert err.code == "E342" and str(err).startswith("[E342] ls.json:3: task 2: data.text")
    bad.write_text('[{"id": 1, "data": {"text": "Airbus"}}\n {"id": 2}]', encoding="utf-8")
    err = _refused(tmp_path, bad, "labelstudio")
    assert err.code == "E341" and "ls.json:2: not valid JSON" in str(err)
    tasks = [{"id": 1, "data": {"text": "Airbus vole."}, "annotations": [{"completed_by": 1, "result": [
        {"id": "a", "type": "labels", "value": {"start": 0, "end": 6, "text": "Boeing", "labels": ["ORG"]}}]}]}]
    err = _refused(tmp_path, write_json(bad, tasks), "labelstudio")
    assert err.code == "E345" and "says 'Boeing'" in str(err)
    tasks[0]["annotations"][0]["result"][0]["value"] = {"start": 0, "end": 6, "labels": []}
    err = _refused(tmp_path, write_json(bad, tasks), "labelstudio")
    assert err.code == "E342" and "no labels" in str(err)


def test_doccano_malformed(tmp_path):
    bad = write_jsonl(tmp_path / "d.jsonl", [{"text": "Airbus vole.", "label": [[0, 6]]}])
    err = _refused(tmp_path, bad, "doccano")
    assert err.code == "E342" and "d.jsonl:1: label" in str(err)
    bad = write_jsonl(tmp_path / "d.jsonl", [{"text": "Airbus vole.", "label": [[0, 60, "ORG"]]}])
    err = _refused(tmp_path, bad, "doccano")
    assert err.code == "E343"


def test_skip_bad_imports_the_good_records_and_lists_the_bad(tmp_path):
    lines = [{"text": "Airbus vole.", "spans": [{"start": 0, "end": 6, "label": "ORG"}], "_annotator_id": "a"},
             {"text": "Boeing aussi.", "spans": [{"start": 0, "end": 60, "label": "ORG"}], "_annotator_id": "a"},
             {"text": "Safran encore.", "spans": [{"start": 0, "end": 6, "label": "FIRM"}], "_annotator_id": "a"}]
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [write_jsonl(tmp_path / "x.jsonl", lines)], "prodigy", skip_bad=True)
    assert report.versions == 1 and [d.text for d in p.documents()] == ["Airbus vole."]
    assert len(report.skipped) == 2 and report.skipped[0].startswith("x.jsonl:2:")


def test_add_labels_extends_the_schema(tmp_path):
    lines = [{"text": "Safran encore.", "spans": [{"start": 0, "end": 6, "label": "FIRM", "sentiment": "bullish"}],
              "accept": ["merger"]}]
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [write_jsonl(tmp_path / "x.jsonl", lines)], "prodigy", add_labels=True)
    assert report.labels_added == ["entity label FIRM", "event type merger", "sentiment value bullish"]
    p.close()
    p = Project.open(tmp_path / "p.annotator")
    assert "FIRM" in p.schema.entity_names and "merger" in p.schema.event_names
    assert "bullish" in p.schema.sentiment_names


def test_cli_import_and_export(tmp_path, capsys):
    proj = tmp_path / "c.annotator"
    assert main(["new", str(proj)]) == 0
    src = _files("prodigy", tmp_path)
    assert main(["import", str(proj), str(src)]) == 0  # detected
    out = capsys.readouterr().out
    assert "Imported 3 prodigy versions" in out and "1 rejected answers" in out
    assert main(["export", str(proj), str(tmp_path / "o"), "--format", "labelstudio"]) == 0
    captured = capsys.readouterr()
    assert "labelstudio-config.xml" in captured.out and "left out:" in captured.err
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": "X y", "spans": [{"start": 0, "end": 1, "label": "NOPE"}]}])
    assert main(["import", str(proj), str(bad), "--format", "prodigy"]) == 2
    assert "[E347] bad.jsonl:1: unknown entity label 'NOPE'" in capsys.readouterr().err


def test_plain_jsonl_is_still_a_text_import(tmp_path, capsys):
    proj = tmp_path / "c.annotator"
    main(["new", str(proj)])
    src = write_jsonl(tmp_path / "articles.jsonl", [{"text": "Un article.", "title": "T"}])
    assert detect(src) is None
    assert main(["import", str(proj), str(src)]) == 0
    assert "Imported 1 document from" in capsys.readouterr().out


def test_a_number_too_long_to_convert_is_a_coded_problem(tmp_path):
    bad = tmp_path / "big.jsonl"
    bad.write_text('{"text": "Un article.", "spans": [], "n": ' + "9" * 5000 + "}\n", encoding="utf-8")
    err = _refused(tmp_path, bad, "prodigy")
    assert err.code == "E341" and "big.jsonl:1: not valid JSON here" in str(err)
    bad = tmp_path / "big.json"
    bad.write_text('[{"id": ' + "9" * 5000 + ', "data": {"text": "x"}}]', encoding="utf-8")
    err = _refused(tmp_path, bad, "labelstudio")
    assert err.code == "E341" and "big.json:1:" in str(err)
