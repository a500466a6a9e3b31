"""The language of each document (table ``doc_language``), detected at import, settable by hand.

Documents imported before this table existed get theirs the first time it is asked for
(:func:`fill_languages`), so every reader can rely on a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator.core.errors import InputError
from annotator.core.language import LANGUAGES, detect_language

if TYPE_CHECKING:  # pragma: no cover
    from annotator.store.project import Project

_SAMPLE = 4000  # characters read per document to detect its language


def fill_languages(project: "Project") -> int:
    """Detect and store the language of every document that has none yet; return how many."""
    with project.write() as conn:
        rows = conn.execute(
            "SELECT id, substr(text, 1, ?) FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_language)",
            (_SAMPLE,),
        ).fetchall()
        conn.executemany("INSERT INTO doc_language(doc_id, lang, source) VALUES (?, ?, 'detected')",
                         [(doc_id, detect_language(text)) for doc_id, text in rows])
    return len(rows)


def detect_new_languages(project: "Project", rows: Sequence[tuple]) -> None:
    """Record the language of just-imported rows ``(hash, text, ...)`` from the text in memory
    (no read-back of the stored text); rows whose document already had one keep it."""
    with project.write() as conn:
        conn.executemany("INSERT OR IGNORE INTO doc_language(doc_id, lang, source) "
                         "SELECT id, ?, 'detected' FROM documents WHERE hash = ?",
                         [(detect_language(row[1][:_SAMPLE]), row[0]) for row in rows])


def document_languages(project: "Project", ids: Sequence[int] | None = None) -> dict[int, str]:
    """``{doc_id: "fr" | "en"}`` for ``ids`` (default: every document); missing ones are detected first."""
    if getattr(project, "read_only", False):  # nothing can be stored: detect the missing ones in memory
        known = dict(project.conn.execute("SELECT doc_id, lang FROM doc_language").fetchall())
        wanted = project.document_ids() if ids is None else list(ids)
        return {i: known.get(i) or detect_language(project.document(i).text[:_SAMPLE]) for i in wanted}
    fill_languages(project)
    if ids is None:
        rows = project.conn.execute("SELECT doc_id, lang FROM doc_language").fetchall()
        return dict(rows)
    out: dict[int, str] = {}
    ids = list(ids)
    for k in range(0, len(ids), 500):
        part = ids[k : k + 500]
        marks = ",".join("?" * len(part))
        out.update(project.conn.execute(
            f"SELECT doc_id, lang FROM doc_language WHERE doc_id IN ({marks})", part).fetchall())
    return out


def set_language(project: "Project", doc_id: int, lang: str) -> None:
    """Record a document's language by hand (E320 for a language the project does not know)."""
    if lang not in LANGUAGES:
        raise InputError(f"unknown language {lang!r} (expected one of {', '.join(LANGUAGES)})", code="E320")
    project.document(doc_id)  # E220 if there is no such document
    with project.write() as conn:
        conn.execute("INSERT INTO doc_language(doc_id, lang, source) VALUES (?, ?, 'set') "
                     "ON CONFLICT(doc_id) DO UPDATE SET lang = excluded.lang, source = 'set'", (doc_id, lang))
