"""Untrusted input at the command line (issue 13, item 6): data printed is stripped of terminal
escapes and control characters; a JSONL number of over 4,300 digits is a coded error; a FIFO named
*.jsonl in an imported folder is skipped, not read (it would hang the import)."""

from __future__ import annotations

import json
import os
import threading

import pytest

from annotator import cli
from annotator.cli.safe import clean
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project

EVIL = "Titre\x1b]0;pwned\x07\x1b[2J\x1b[31mrouge\x1b[0m\r\x08\x07\u202eenil"


def test_clean_removes_escapes_and_controls_but_keeps_text():
    assert clean(EVIL) == "Titrerougeenil"
    assert clean("Société Générale\tnote\nligne 2 👍🏽") == "Société Générale\tnote\nligne 2 👍🏽"


def test_agreement_and_stats_never_print_terminal_escapes(run, tmp_path):
    path = tmp_path / "p.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text="Renault et Nissan signent.", title=EVIL)])
        for name in ("alice\x1b[2Jbob", "carol"):
            s = AnnotationSession(p, name)
            s.add_entity(1, 0, 7, "ORG")
            p.set_status(1, name, "done")
    for args in (("agreement",), ("agreement", "--format", "csv"), ("stats",), ("stats", "--json")):
        code, out, err = run(args[0], path, *args[1:])
        assert code == 0, err
        for bad in ("\x1b", "\x07", "\x08", "\r", "\u202e"):
            assert bad not in out and bad not in err, (args, bad)


def test_a_jsonl_number_of_more_than_4300_digits_is_a_coded_error(run, tmp_path):
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    src = tmp_path / "big.jsonl"
    src.write_text('{"text": "Un article.", "n": ' + "9" * 5000 + "}\n" + json.dumps({"text": "Autre."}) + "\n")
    code, out, err = run("import", path, src)
    assert code == 2 and "Traceback" not in err
    assert "[E3" in err and "big.jsonl:1" in err
    with Project.open(path) as p:
        assert p.document_count() == 0
    code, out, err = run("import", path, src, "--skip-bad")
    assert code == 0, err
    with Project.open(path) as p:
        assert p.document_count() == 1


def test_a_fifo_named_jsonl_in_an_imported_folder_is_skipped(run, tmp_path):
    path = tmp_path / "p.annotator"
    Project.create(path).close()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"text": "Un article."}) + "\n")
    os.mkfifo(folder / "b.jsonl")
    result: dict[str, object] = {}
    worker = threading.Thread(target=lambda: result.update(r=run("import", path, folder)), daemon=True)
    worker.start()
    worker.join(timeout=120)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        with open(folder / "b.jsonl", "w"):
            pass
        worker.join(timeout=10)
        pytest.fail("the import hung on a FIFO")
    code, out, err = result["r"]
    assert code == 0, err
    assert "b.jsonl (not a regular file)" in out
    with Project.open(path) as p:
        assert p.document_count() == 1


@pytest.mark.parametrize("start", [{"a": 1}, [0], "0", None])
def test_a_prodigy_span_with_non_integer_offsets_and_a_sentiment_is_a_coded_error(run, tmp_path, start):
    """Found by `make stress` (format fuzz): an object as an offset of a span carrying a sentiment
    crashed the check with "unhashable type"; now refused with a code, nothing written."""
    from testdata import file_bytes

    path = tmp_path / "p.annotator"
    Project.create(path).close()
    before = file_bytes(path)
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({"text": "Renault signe.", "spans": [
        {"start": start, "end": 7, "label": "ORG", "sentiment": "positive"}]}) + "\n", encoding="utf-8")
    code, out, err = run("import", path, src, "--format", "prodigy")
    assert code == 2 and "[E342]" in err and "offsets must be integers" in err and "Traceback" not in err
    assert file_bytes(path) == before
