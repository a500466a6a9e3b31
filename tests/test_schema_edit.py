"""Editing a project's schema: printed, replaced after validation, refused when it would orphan labels."""

from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project
from tests.conftest import file_bytes


@pytest.fixture
def used_project(project, project_path):
    project.add_documents([Document(text="Renault et Nissan signent une alliance.")])
    s = AnnotationSession(project, "alice")
    s.add_entity(1, 0, 7, "ORG")
    s.set_event(1, "partnership", True)
    project.close()
    return project_path


def test_print_edit_and_set(used_project, tmp_path, capsys):
    assert main(["schema", str(used_project)]) == 0
    data = json.loads(capsys.readouterr().out)
    data["entities"].append({"name": "PRODUCT", "colour": "#123456", "key": "d", "definition": "A product."})
    data["events"][0]["colour"] = "#000000"
    new = tmp_path / "schema.json"
    new.write_text(json.dumps(data), encoding="utf-8")
    assert main(["schema", str(used_project), "--set", str(new)]) == 0
    assert "entities: added PRODUCT" in capsys.readouterr().out
    with Project.open(used_project) as p:
        assert p.schema.entity("PRODUCT") is not None
        assert p.schema.event("partnership").colour == "#000000"


def test_dropping_a_used_label_is_refused_unless_forced(used_project, tmp_path, capsys):
    assert main(["schema", str(used_project)]) == 0
    data = json.loads(capsys.readouterr().out)
    data["events"] = [e for e in data["events"] if e["name"] != "partnership"]
    new = tmp_path / "schema.json"
    new.write_text(json.dumps(data), encoding="utf-8")
    before = file_bytes(used_project)
    assert main(["schema", str(used_project), "--set", str(new)]) == 2
    err = capsys.readouterr().err
    assert "[E106]" in err and "events: partnership is used 1 times" in err
    assert file_bytes(used_project) == before
    assert main(["schema", str(used_project), "--set", str(new), "--force"]) == 0
    with Project.open(used_project) as p:
        assert p.schema.event("partnership") is None


def test_invalid_schema_file_says_where_and_changes_nothing(used_project, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"entities": [\n  {"name": "ORG", "colour": "orange"}\n', encoding="utf-8")
    before = file_bytes(used_project)
    assert main(["schema", str(used_project), "--set", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "[E105]" in err and "bad.json:3" in err
    assert file_bytes(used_project) == before
