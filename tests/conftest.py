"""Shared fixtures. Qt tests run offscreen (set before any Qt import)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.model import Document  # noqa: E402
from annotator.store.project import Project  # noqa: E402

from testdata import DATA, SAMPLES, TRICKY_TEXT, file_bytes  # noqa: E402,F401  (shared with test modules)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.annotator"


@pytest.fixture
def project(project_path: Path):
    p = Project.create(project_path)
    yield p
    p.close()


@pytest.fixture
def tricky_doc() -> Document:
    return Document(text=TRICKY_TEXT, title="Tricky <b>title</b>", source="test")


@pytest.fixture
def run(capsys):
    """Run the command line in this process: ``code, out, err = run("stats", path)``."""
    from annotator import cli

    def _run(*args: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> str:
    """A blank French pipeline: the French tokenizer, loaded in a blink."""
    import spacy

    nlp = spacy.blank("fr")
    nlp.meta["name"] = "tiny"
    nlp.meta["version"] = "0.1.0"
    path = tmp_path_factory.mktemp("pipelines") / "tokenizer"
    nlp.to_disk(path)
    return str(path)
