"""Shared fixtures. Qt tests run offscreen (set before any Qt import)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.model import Document  # noqa: E402
from annotator.store.project import Project  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
DATA = Path(__file__).resolve().parent / "data"

# Text that breaks naive offset handling: astral emoji (2 UTF-16 units), a skin-tone modifier,
# combining accents (2 code points for one glyph), CRLF line ends and no-break spaces.
TRICKY_TEXT = (
    "Flash 👍🏽 info\r\n"
    "Le groupe Re\u0301nault a conclu un accord avec Nissan\u00a0SA à Paris.\r\n"
    "\r\n"
    "🚗 Stellantis, dirigé par Carlos Tavares, annonce des résultats trimestriels.\r\n"
)


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


def file_bytes(path: Path) -> bytes:
    """The project file with its WAL, to check that a failed operation changed nothing."""
    out = path.read_bytes() if path.exists() else b""
    wal = Path(str(path) + "-wal")
    return out + (wal.read_bytes() if wal.exists() else b"")
