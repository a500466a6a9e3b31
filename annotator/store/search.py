"""Full-text search over documents (titles and texts).

The index is ``documents_fts``, an FTS5 table over ``documents(title, text)`` made by migration 9
with sqlite-utils' ``enable_fts`` and kept current by its triggers (``documents_ai``, ``_ad``,
``_au``): an import, a merge, a restore or another process's write is searchable at once. The
tokenizer folds accents and case (``renault`` finds "Rénault"). The index is derived data: a dump
leaves it out and a restore rebuilds it.

* :meth:`SearchStore.search`: ids in id order, every word taken literally (the queue's filter box:
  whatever is typed never breaks the query syntax);
* :meth:`SearchStore.search_hits`: FTS5 query syntax (``renault AND NOT nissan``, ``"accord de
  cession"``, ``renau*``, ``title:accord``), best matches first, with a snippet
  (``annotator search``). A query FTS5 cannot parse is a coded error (E761), not a traceback.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.core.errors import ProjectError

BAD_QUERY = "E761"
SNIPPET_OPEN, SNIPPET_CLOSE = "[", "]"
# what SQLite says about a query FTS5 cannot parse (anything else, e.g. a disk fault, is not the query's fault)
_QUERY_ERRORS = ("fts5:", "syntax error", "no such column", "unterminated string", "unknown special query")


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    source: str
    published: str
    snippet: str  # a few words of the best-matching column, matches in [brackets]
    score: float  # bm25: lower is a better match


def literal_query(query: str) -> str:
    """Quote each word so user input (hyphens, apostrophes, colons) never breaks FTS5 syntax."""
    words = [w for w in query.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words) or '""'


class SearchStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn`` and ``path``."""

    def search(self, query: str, *, after_id: int = 0, limit: int = 100) -> list[int]:
        """Ids of documents containing every word of ``query`` (taken literally), in id order
        (keyset paging by ``after_id``)."""
        if not literal_query(query).strip('"'):
            return []
        rows = self._fts(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?",
            (literal_query(query), after_id, limit), query)
        return [r[0] for r in rows]

    def search_hits(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents matching an FTS5 query, best first (bm25), with a snippet."""
        rows = self._fts(
            "SELECT d.id, d.title, d.source, d.published, "
            f"snippet(documents_fts, -1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 12), bm25(documents_fts) "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ? OFFSET ?",
            (query, limit, offset), query)
        return [SearchHit(*r) for r in rows]

    def search_count(self, query: str) -> int:
        """How many documents match an FTS5 query."""
        return self._fts("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (query,), query)[0][0]

    def _fts(self, sql: str, params: tuple, query: str) -> list[tuple]:
        if not query.strip():
            raise ProjectError("search: an empty query; give one or more words", code=BAD_QUERY)
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            what = str(exc)
            if any(m in what for m in _QUERY_ERRORS):
                raise ProjectError(
                    f"search: cannot understand the query {query!r} ({what}); words are matched as typed, "
                    'put a phrase in "double quotes", combine with AND, OR, NOT, and end a prefix with *',
                    code=BAD_QUERY) from exc
            raise
