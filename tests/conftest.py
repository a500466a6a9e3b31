"""Shared fixtures. Qt tests run offscreen (set before any Qt import)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _tests_is_this_folder() -> None:
    """label-studio-converter (a test extra: tests/test_labelstudio_reader.py) installs a top-level
    ``tests`` package of its own, which would win over this folder (a namespace package) in
    ``from tests.x import ...``: make ``tests`` this folder, whatever is installed."""
    import importlib.machinery
    import importlib.util
    import sys

    here = str(Path(__file__).resolve().parent)
    current = sys.modules.get("tests")
    if current is not None and here in [str(Path(p).resolve()) for p in getattr(current, "__path__", [])]:
        return
    spec = importlib.machinery.ModuleSpec("tests", None, is_package=True)
    spec.submodule_search_locations = [here]
    sys.modules["tests"] = importlib.util.module_from_spec(spec)


_tests_is_this_folder()

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
