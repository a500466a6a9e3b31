"""Bundles: export and merge one annotator's work (issue 5), against bare sqlite3 + gzip + json.

A desktop project holds ``n`` documents annotated by ``alice`` through ``Project.apply`` (8
entities, a sentiment, an event and a status per document: 11 history rows each). Measured:

* export: :func:`export_bundle` vs. bare (read the same rows with sqlite3, ``json.dumps`` them
  into a gzip file);
* merge into a main project holding the same documents: :func:`merge_bundles` (validation,
  hash matching, dedupe, id remapping, newer-wins) vs. bare (read the gzip JSON lines and
  ``executemany`` the same history/entity/sentiment/event/status rows, one transaction);
* merging the same bundle again (idempotent: nothing written), absolute seconds.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, best_of


def build(path: Path, n_docs: int) -> None:
    from annotator.core.model import Document
    from annotator.store.project import Project

    with Project.create(path) as p:
        p.add_documents(Document(text=f"Article {i}: " + "Le groupe Renault signe un accord. " * 10)
                        for i in range(n_docs))
        p.ensure_annotator("alice")
        with p.write():
            for doc_id in p.document_ids():
                for k in range(8):
                    p.apply(doc_id, "alice", "add-entity", [{"layer": "entity", "key": None, "before": None,
                                                             "after": {"start": 13 + 34 * k, "end": 20 + 34 * k,
                                                                       "label": "ORG", "company": "renault"}}])
                p.apply(doc_id, "alice", "set-sentiment", [{"layer": "sentiment", "key": "renault", "before": None,
                                                            "after": {"name": "Renault", "value": "positive"}}])
                p.apply(doc_id, "alice", "set-event", [{"layer": "event", "key": "partnership", "before": None,
                                                        "after": {"source": "manual"}}])
                p.set_status(doc_id, "alice", "done")


def empty_copy(desktop: Path, path: Path) -> None:
    from annotator.core.model import Document
    from annotator.store.project import Project

    with Project.open(desktop) as src, Project.create(path) as dst:
        dst.add_documents(Document(text=d.text, title=d.title) for d in src.documents())


def bare_export(project_path: Path, out: Path) -> None:
    conn = sqlite3.connect(str(project_path))
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        hist: dict[int, list] = {}
        for row in conn.execute("SELECT id, ts, doc_id, action, changes, undoes, redoes FROM history "
                                "WHERE annotator = 'alice' ORDER BY id"):
            hist.setdefault(row[2], []).append({"id": row[0], "ts": row[1], "action": row[3],
                                                "changes": json.loads(row[4]), "undoes": row[5], "redoes": row[6]})
        for doc_id, h in conn.execute("SELECT id, hash FROM documents ORDER BY id"):
            ents = [dict(zip(("id", "start", "end", "label", "source", "confidence", "company"), r))
                    for r in conn.execute('SELECT id, start, "end", label, source, confidence, company FROM entities '
                                          "WHERE doc_id = ? AND annotator = 'alice'", (doc_id,))]
            sents = {r[0]: {"name": r[1], "value": r[2]} for r in conn.execute(
                "SELECT company, name, value FROM sentiments WHERE doc_id = ? AND annotator = 'alice'", (doc_id,))}
            evs = {r[0]: {"source": r[1]} for r in conn.execute(
                "SELECT label, source FROM events WHERE doc_id = ? AND annotator = 'alice'", (doc_id,))}
            st = conn.execute("SELECT status, comment, seconds, updated_at FROM doc_status WHERE doc_id = ? AND "
                              "annotator = 'alice'", (doc_id,)).fetchone()
            fh.write(json.dumps({"hash": h, "entities": ents, "sentiments": sents, "events": evs,
                                 "status": st, "history": hist.get(doc_id, [])}, ensure_ascii=False) + "\n")
    conn.close()


def bare_merge(bundle: Path, project_path: Path) -> None:
    conn = sqlite3.connect(str(project_path), isolation_level=None)
    index = dict(conn.execute("SELECT hash, id FROM documents"))
    conn.execute("INSERT OR IGNORE INTO annotators(name, kind, created_at) VALUES ('alice', 'human', '')")
    hist, ents, sents, evs, sts = [], [], [], [], []
    with gzip.open(bundle, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("type") != "doc":
                continue
            d = index[rec["hash"]]
            hist += [(h["ts"], "alice", d, h["action"], json.dumps(h["changes"]), None, None) for h in rec["history"]]
            ents += [(d, "alice", e["start"], e["end"], e["label"], e["source"], e["company"]) for e in rec["entities"]]
            sents += [(d, "alice", k, v["name"], v["value"]) for k, v in rec["sentiments"].items()]
            evs += [(d, "alice", k, v["source"]) for k, v in rec["events"].items()]
            st = rec["status"]
            sts.append((d, "alice", st["status"], st["comment"], st["seconds"], st["updated_at"]))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO history(ts, annotator, doc_id, action, changes, undoes, redoes) "
                     "VALUES (?,?,?,?,?,?,?)", hist)
    conn.executemany('INSERT INTO entities(doc_id, annotator, start, "end", label, source, company) '
                     "VALUES (?,?,?,?,?,?,?)", ents)
    conn.executemany("INSERT INTO sentiments(doc_id, annotator, company, name, value) VALUES (?,?,?,?,?)", sents)
    conn.executemany("INSERT INTO events(doc_id, annotator, label, source) VALUES (?,?,?,?)", evs)
    conn.executemany("INSERT INTO doc_status(doc_id, annotator, status, comment, seconds, updated_at) "
                     "VALUES (?,?,?,?,?,?)", sts)
    conn.execute("COMMIT")
    conn.close()


def _timed_on_copy(template: Path, work: Path, fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        shutil.copy(template, work)
        t0 = time.perf_counter()
        fn(work)
        best = min(best, time.perf_counter() - t0)
    return best


def run(quick: bool) -> list[Result]:
    from annotator.services.bundle import export_bundle, merge_bundles
    from annotator.store.project import Project

    n = 300 if quick else 2000
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        desktop, main = tmp_path / "desktop.annotator", tmp_path / "main.annotator"
        build(desktop, n)
        empty_copy(desktop, main)
        bundle = tmp_path / "alice.annbundle"

        def ours_export() -> None:
            with Project.open(desktop) as p:
                export_bundle(p, "alice", bundle)

        ours_e = best_of(ours_export)
        bare_e = best_of(lambda: bare_export(desktop, tmp_path / "bare.jsonl.gz"))
        size = bundle.stat().st_size

        def ours_merge(path: Path) -> None:
            with Project.open(path) as p:
                merge_bundles(p, [bundle])

        ours_m = _timed_on_copy(main, tmp_path / "work.annotator", ours_merge)
        bare_m = _timed_on_copy(main, tmp_path / "work.annotator", lambda path: bare_merge(bundle, path))
        # merging again: nothing new
        again_path = tmp_path / "again.annotator"
        shutil.copy(main, again_path)
        ours_merge(again_path)
        t0 = time.perf_counter()
        ours_merge(again_path)
        again = time.perf_counter() - t0
    rows = n * 11
    return [
        Result("bundle export, ratio vs bare sqlite3+json+gzip", bare_e / ours_e, "ratio", ">= 0.5",
               f"{n} docs, {rows} history rows: ours {ours_e:.2f} s, bare {bare_e:.2f} s, {size / 1024:.0f} KB"),
        Result("bundle merge, ratio vs bare executemany", bare_m / ours_m, "ratio", ">= 0.2",
               f"{n} docs, {rows} history rows: ours {ours_m:.2f} s, bare {bare_m:.2f} s"),
        Result("merging the same bundle again (nothing new)", again, "s", "<= 5",
               f"{n} docs, {rows} history rows deduplicated"),
    ]
