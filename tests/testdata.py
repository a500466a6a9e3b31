"""Constants and helpers shared by test modules (import this, not conftest: two conftest modules exist,
tests/conftest.py and tests/ui/conftest.py, and `from conftest import ...` picks whichever was loaded)."""

from __future__ import annotations

from pathlib import Path

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


def file_bytes(path: Path) -> bytes:
    """The project file with its WAL, to check that a failed operation changed nothing."""
    out = path.read_bytes() if path.exists() else b""
    wal = Path(str(path) + "-wal")
    return out + (wal.read_bytes() if wal.exists() else b"")
