"""The layers of DEVELOPERS.md, enforced by the import-linter contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or " 0 broken" in result.stdout.lower()
    assert "KEPT" in result.stdout


def test_core_imports_without_qt_spacy_or_sqlite():
    code = (
        "import sys, annotator.core.model, annotator.core.schema, annotator.core.text;"
        "bad = [m for m in ('PySide6', 'spacy', 'sqlite3', 'sqlite_utils') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_start_does_not_import_spacy_or_qt():
    """`annotator --help` and the store stay fast: spaCy and Qt load only when a command needs them."""
    code = (
        "import sys; from annotator import cli; import annotator.store.project, annotator.services.annotate;"
        "bad = [m for m in ('PySide6', 'spacy') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
