"""Store side of boilerplate lines (see :mod:`annotator.core.boilerplate`).

* ``line_counts``: per document source, how many documents contain each short line (by hash),
  counted once per document (``line_counted``) at import or, for older documents, when first asked.
* ``line_status``: lines an annotator set by hand as boilerplate (1) or article (0); written through
  :meth:`Project.apply` as the history layer ``"line"`` (key ``"start:end"``), so a toggle is a
  history row and can be undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from annotator.core.boilerplate import template_candidates

if TYPE_CHECKING:  # pragma: no cover
    from annotator.store.project import Project

LINE = "line"
TEMPLATE_MIN_DOCS = 3
"""A line is template when at least this many documents of the source contain it ..."""
TEMPLATE_MIN_SHARE = 0.2
"""... and at least this share of the source's documents."""


def write_line_status(conn: sqlite3.Connection, doc_id: int, key: str, after: dict[str, Any] | None) -> None:
    start, end = (int(x) for x in str(key).split(":"))
    conn.execute('DELETE FROM line_status WHERE doc_id = ? AND start = ? AND "end" = ?', (doc_id, start, end))
    if after is not None:
        conn.execute('INSERT INTO line_status(doc_id, start, "end", boilerplate) VALUES (?, ?, ?, ?)',
                     (doc_id, start, end, 1 if after.get("boilerplate") else 0))


def line_overrides(project: "Project", doc_id: int) -> dict[tuple[int, int], bool]:
    rows = project.conn.execute('SELECT start, "end", boilerplate FROM line_status WHERE doc_id = ?', (doc_id,))
    return {(s, e): bool(b) for s, e, b in rows}


def _add_counts(conn: sqlite3.Connection, texts: Iterable[tuple[str, str]]) -> None:
    """Add one to each (source, line hash) that the ``(source, text)`` documents' short lines give."""
    counts: dict[tuple[str, str], int] = {}
    for source, text in texts:
        for h in template_candidates(text):
            counts[(source, h)] = counts.get((source, h), 0) + 1
    conn.executemany("INSERT INTO line_counts(source, hash, docs) VALUES (?, ?, ?) "
                     "ON CONFLICT(source, hash) DO UPDATE SET docs = docs + excluded.docs",
                     [(s, h, n) for (s, h), n in counts.items()])


def count_lines(project: "Project") -> int:
    """Count the short lines of every document not counted yet; return how many documents."""
    if getattr(project, "read_only", False):
        return 0
    with project.write() as conn:
        rows = conn.execute("SELECT id, source, text FROM documents WHERE id NOT IN "
                            "(SELECT doc_id FROM line_counted)").fetchall()
        _add_counts(conn, ((source, text) for _, source, text in rows))
        conn.executemany("INSERT INTO line_counted(doc_id) VALUES (?)", [(r[0],) for r in rows])
    return len(rows)


def count_new_lines(project: "Project", rows: Sequence[tuple]) -> None:
    """:func:`count_lines` for just-imported rows ``(hash, text, title, source, ...)``, from the text in
    memory: a row is counted once, when its document is first marked counted."""
    with project.write() as conn:
        mark = conn.cursor()

        def first_time(row: tuple) -> bool:
            mark.execute("INSERT OR IGNORE INTO line_counted(doc_id) SELECT id FROM documents WHERE hash = ?",
                         (row[0],))
            return mark.rowcount == 1

        _add_counts(conn, ((row[3], row[1]) for row in rows if first_time(row)))


def template_hashes(project: "Project", source: str, *, fill: bool = True) -> set[str]:
    """Hashes of the lines repeated across enough documents of ``source`` to be template.

    ``fill`` first counts the documents not counted yet (imported before the counts existed); the
    window passes False: it must not scan a whole project on the way to showing one article."""
    if fill:
        count_lines(project)
    n = project.conn.execute("SELECT count(*) FROM documents WHERE source = ?", (source,)).fetchone()[0]
    need = max(TEMPLATE_MIN_DOCS, TEMPLATE_MIN_SHARE * n)
    rows = project.conn.execute("SELECT hash FROM line_counts WHERE source = ? AND docs >= ?", (source, need))
    return {h for (h,) in rows}
