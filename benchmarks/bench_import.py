"""Import speed: ``import_paths`` of a JSONL file of 100,000 articles of ~2 KB, against bare ``sqlite3``.

* ``import_vs_executemany``: the stated goal. Bare = ``executemany`` of the same rows (already
  built in memory: hash, text, title, source, url, published, meta) into an equivalent table (same
  columns, UNIQUE hash) in one transaction, WAL; ours = the whole import from the file (read,
  decode, ``json.loads`` per line, validate, hash, duplicates, one transaction).
* ``import_vs_parse_and_executemany``: bare also reads the file, ``json.loads`` each line and
  hashes the text, so the ratio shows the importer's own overhead.
* ``import_vs_executemany_with_fts``: bare ``executemany`` into the same table *with the same
  full-text index* (FTS5 over title and text, kept by an insert trigger, as a project has since
  migration 9): the same storage work as ours, so the ratio shows what the importer adds to it.

Each side runs on a fresh file in the same temporary folder; the best of ``repeat`` runs counts.
"""

from __future__ import annotations

import gc
import hashlib
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result

WORDS = ("le groupe a annoncé une hausse de son chiffre d'affaires trimestriel selon les analystes "
         "Renault Stellantis Danone Carrefour Lumivert à Paris Lyon Marseille accord rachat cession "
         "résultats emploi usine société marché Bourse action prime dirigeant président économie "
         "investissement croissance recul été hiver énergie électrique déjà où ça ✓ 📈").split()

TABLE = """CREATE TABLE documents (
    id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}', imported_at TEXT NOT NULL)"""


def make_jsonl(path: Path, n: int, size: int = 2000, seed: int = 0) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for i in range(n):
            words: list[str] = []
            length = 0
            while length < size:
                w = rng.choice(WORDS)
                words.append(w)
                length += len(w) + 1
            text = f"Article {i}. " + " ".join(words)
            fh.write(json.dumps({"text": text, "title": f"Titre {i}", "source": "Fil éco",
                                 "url": f"https://example.org/a/{i}", "published": "2024-05-01",
                                 "lang": "fr"}, ensure_ascii=False) + "\n")


def rows_of(path: Path) -> list[tuple[str, ...]]:
    out = []
    with open(path, "rb") as fh:
        for line in fh:
            r = json.loads(line)
            text = r.pop("text")
            out.append((hashlib.sha256(text.encode("utf-8")).hexdigest(), text, r.pop("title"), r.pop("source"),
                        r.pop("url"), r.pop("published"), json.dumps(r, ensure_ascii=False)))
    return out


FTS = """CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize='unicode61 remove_diacritics 2',
    content='documents');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;"""


def bare_connect(db: Path, fts: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(TABLE)
    if fts:
        conn.executescript(FTS)
    return conn


def bare_insert(db: Path, rows: list[tuple[str, ...]], fts: bool = False) -> float:
    conn = bare_connect(db, fts)
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT OR IGNORE INTO documents(hash, text, title, source, url, published, meta, imported_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01')", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def bare_parse_insert(db: Path, src: Path) -> float:
    conn = bare_connect(db)
    t0 = time.perf_counter()
    rows = rows_of(src)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT OR IGNORE INTO documents(hash, text, title, source, url, published, meta, imported_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01')", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def ours(db: Path, src: Path, n: int) -> float:
    from annotator.services.importer import import_paths
    from annotator.store.project import Project

    project = Project.create(db)
    t0 = time.perf_counter()
    report = import_paths(project, [src])
    elapsed = time.perf_counter() - t0
    assert report.added == n, report
    project.close()
    return elapsed


def run(quick: bool) -> list[Result]:
    n = 10_000 if quick else 100_000
    repeat = 2
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        src = folder / "articles.jsonl"
        make_jsonl(src, n)
        mb = src.stat().st_size / 1e6
        rows = rows_of(src)
        times: dict[str, list[float]] = {"bare": [], "bare_parse": [], "ours": [], "bare_fts": []}
        for r in range(repeat):
            for name in ("bare", "ours", "bare_parse", "bare_fts"):
                db = folder / f"{name}-{r}.db"
                gc.collect()
                if name == "bare":
                    times[name].append(bare_insert(db, rows))
                elif name == "bare_fts":
                    times[name].append(bare_insert(db, rows, fts=True))
                elif name == "bare_parse":
                    times[name].append(bare_parse_insert(db, src))
                else:
                    times[name].append(ours(db, src, n))
                for f in folder.glob(f"{name}-{r}.db*"):
                    f.unlink()
        del rows
    bare, bare_parse, our = min(times["bare"]), min(times["bare_parse"]), min(times["ours"])
    bare_fts = min(times["bare_fts"])
    detail = f"{n:,} docs, {mb:.0f} MB JSONL; ours {our:.2f} s"
    return [
        Result("import_vs_executemany", bare / our, "ratio", ">= 0.5",
               f"{detail}, bare executemany {bare:.2f} s"),
        Result("import_vs_parse_and_executemany", bare_parse / our, "ratio", ">= 0.5",
               f"{detail}, bare json.loads+sha256+executemany {bare_parse:.2f} s"),
        Result("import_vs_executemany_with_fts", bare_fts / our, "ratio", ">= 0.5",
               f"{detail}, bare executemany into the same table with the same FTS5 index and trigger {bare_fts:.2f} s"),
    ]
