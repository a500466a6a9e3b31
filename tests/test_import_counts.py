"""Import records each document's language and its template-line counts from the text in memory;
the result is what the read-back fallbacks (fill_languages, count_lines) give."""

from __future__ import annotations

import json
import sqlite3

from annotator.services.importer import import_paths
from annotator.store.boilerplate import count_lines
from annotator.store.languages import fill_languages
from annotator.store.project import Project


def _tables(path):
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT doc_id, lang, source FROM doc_language ORDER BY doc_id").fetchall(),
                conn.execute("SELECT source, hash, docs FROM line_counts ORDER BY source, hash").fetchall(),
                conn.execute("SELECT doc_id FROM line_counted ORDER BY doc_id").fetchall())
    finally:
        conn.close()


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_import_counts_in_memory_as_the_read_back_would(tmp_path):
    menu = "Accueil | Bourse | Économie\nAbonnez-vous à notre newsletter\n"
    records = []
    for i in range(12):
        body = (f"La société numéro {i} a publié ses résultats et le chiffre d'affaires est en hausse."
                if i % 3 else f"The company number {i} said that its profit was up and shares rose.")
        records.append({"text": menu + body + "\n© Le Journal", "source": "journal" if i < 8 else "other"})
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write(first, records[:7])
    _write(second, records[4:])  # three duplicates of the first file, five new

    fast = Project.create(tmp_path / "fast.annotator")
    import_paths(fast, [first])
    import_paths(fast, [second])
    fast.close()

    slow_path = tmp_path / "slow.annotator"
    slow = Project.create(slow_path)
    import_paths(slow, [first])
    import_paths(slow, [second])
    with slow.write() as conn:  # forget what import recorded, then rebuild it by reading the texts back
        conn.execute("DELETE FROM doc_language")
        conn.execute("DELETE FROM line_counts")
        conn.execute("DELETE FROM line_counted")
    fill_languages(slow)
    count_lines(slow)
    slow.close()

    langs, counts, counted = _tables(tmp_path / "fast.annotator")
    assert (langs, counts, counted) == _tables(slow_path)
    assert len(counted) == 12 and {lang for _, lang, _ in langs} == {"fr", "en"}
    assert ("journal", 8) in {(s, n) for s, _, n in counts}  # the menu lines, once per document
