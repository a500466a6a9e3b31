"""Issue 13 item 1: a bundle is validated record by record before anything is written."""

from __future__ import annotations

import gzip
import json

import pytest

from annotator.core.errors import MergeError
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.bundle import export_bundle, merge_bundles
from annotator.store.project import Project
from tests.conftest import TRICKY_TEXT, file_bytes


@pytest.fixture
def setup(tmp_path):
    desk = tmp_path / "alice.annotator"
    with Project.create(desk) as p:
        p.add_documents([Document(text=TRICKY_TEXT, title="tricky")])
        s = AnnotationSession(p, "alice")
        start = TRICKY_TEXT.index("Re\u0301nault")
        s.add_entity(1, start, start + 8, "ORG")
        s.set_sentiment(1, "renault", "positive")
        bundle = export_bundle(p, "alice", tmp_path / "a.annbundle").path
    main = tmp_path / "main.annotator"
    with Project.create(main) as p:
        p.add_documents([Document(text=TRICKY_TEXT, title="tricky")])
    return bundle, main, start


def rewrite(path, edit):
    lines = gzip.open(path, "rt", encoding="utf-8").read().split("\n")[:-1]
    doc = json.loads(lines[1])
    out = edit(doc)
    lines[1] = out if isinstance(out, str) else json.dumps(doc, ensure_ascii=False)
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))


def refused(bundle, main, code="E706"):
    before = file_bytes(main)
    with Project.open(main) as p, pytest.raises(MergeError) as err:
        merge_bundles(p, [bundle])
    assert file_bytes(main) == before
    assert err.value.code == code
    return " ".join(getattr(err.value, "problems", [])) or str(err.value)


def test_an_entity_outside_the_text_is_refused_with_its_line(setup):
    bundle, main, _ = setup
    rewrite(bundle, lambda d: d["entities"][0].update(end=len(TRICKY_TEXT) + 5))
    assert f"{bundle}:2: entity" in refused(bundle, main) and "outside the document's text" in refused(bundle, main)


def test_an_offset_inside_a_combining_accent_is_refused(setup):
    bundle, main, start = setup
    rewrite(bundle, lambda d: d["entities"][0].update(end=start + 2))  # "Re" + the accent cut off
    assert "cuts a character in two" in refused(bundle, main)


def test_a_history_state_outside_the_text_is_refused(setup):
    bundle, main, _ = setup
    rewrite(bundle, lambda d: d["history"][0]["changes"][0]["after"].update(start=10**6, end=10**6 + 3))
    assert "history row 1: entity" in refused(bundle, main)


@pytest.mark.parametrize(("edit", "what"), [
    (lambda d: d["entities"][0].update(start="0"), "entity start must be a whole number"),
    (lambda d: d["entities"][0].update(confidence=7), "confidence must be a number from 0 to 1"),
    (lambda d: d["entities"].append(dict(d["entities"][0], id=999)), "overlap"),
    (lambda d: d["history"][1].update(undoes=999), "not an earlier row"),
    (lambda d: d["history"][0]["changes"][0].update(layer="colour"), "unknown layer"),
    (lambda d: d.update(status={"status": "done", "comment": "", "seconds": 1e300}), "seconds must be a number"),
    (lambda d: d["sentiments"]["renault"].update(evidence=[[5, 2]]), "reversed"),
    (lambda d: json.dumps(d).replace('"confidence": null', '"confidence": NaN', 1), "not a number a bundle may hold"),
    (lambda d: json.dumps(d).replace('"start": ', '"start": ' + "9" * 5000 + ", \"x\": ", 1), "may hold"),
    (lambda d: "[" * 50_000 + "]" * 50_000, "nested too deep"),
])
def test_bad_values_are_refused_before_anything_is_written(setup, edit, what):
    bundle, main, _ = setup
    rewrite(bundle, edit)
    message = refused(bundle, main, code="E704")
    assert f"{bundle}:2: " in message and what in message, message


def test_an_end_line_with_the_wrong_history_count_is_refused(setup):
    bundle, main, _ = setup
    lines = gzip.open(bundle, "rt", encoding="utf-8").read().split("\n")[:-1]
    end = json.loads(lines[-1])
    end["history"] += 1
    lines[-1] = json.dumps(end)
    bundle.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    assert f"{bundle}:3:" in refused(bundle, main, code="E705")


def test_the_real_bundle_merges(setup):
    bundle, main, start = setup
    with Project.open(main) as p:
        merge_bundles(p, [bundle])
        assert [(e.start, e.end) for e in p.annotations(1, "alice").entities] == [(start, start + 8)]
