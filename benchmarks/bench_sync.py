"""Team server sync (issue 14) against a throw-away PostgreSQL from the system's packages.

* push of 10,000 annotation actions (100 documents × 100 entity edits by one annotator):
  ``annotator sync`` (collect rows and versions, global ids, one COPY + upserts, notify) vs. a
  bare ``COPY`` of the same history rows into a plain table on the same server;
* pull of the same 10,000 actions into another annotator's desktop: ``annotator sync`` (read,
  apply versions, append rows with their identity) vs. a bare ``SELECT`` of the rows and an
  ``executemany`` of them into a plain SQLite table;
* latency from an edit on one desktop (its own sync thread pushing) to its appearance in another
  desktop's running window (the window's sync toggle on; LISTEN/NOTIFY): median and worst of N.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import Result

DOCS, PER_DOC = 100, 100


def _setup(work: Path):
    from tests.pgcluster import PgCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        return None
    pg = PgCluster(bindir).start()
    os.environ.update(pg.env())
    for person in ("lead", "alice", "bob"):
        pg.create_login(person)
    pg.create_database("team")
    from annotator.store.server import connection, remote

    with connection.connect(pg.url(dbname="team")) as conn:
        connection.migrate(conn)
        for person, role in (("lead", "lead"), ("alice", "annotator"), ("bob", "annotator")):
            remote.add_member(conn, "news", person, person, role)
        conn.commit()
    return pg


def _lead_project(path: Path):
    from annotator.core.model import Document
    from annotator.store.project import Project

    p = Project.create(path)
    p.add_documents(Document(text=f"Article {i}. " + "mot " * (PER_DOC + 5), title=f"doc {i}") for i in range(DOCS))
    return p


def _annotate(p, who: str) -> None:
    with p.write():
        for doc_id in p.document_ids():
            base = p.document(doc_id).text.index("mot ")
            for k in range(PER_DOC):
                p.apply(doc_id, who, "add-entity", [{"layer": "entity", "key": None, "before": None, "after": {
                    "start": base + 4 * k, "end": base + 4 * k + 3, "label": "MISC", "source": "manual"}}],
                    verify=False)


def _bare_push(pg, rows: list[tuple]) -> float:
    import psycopg

    with psycopg.connect(pg.url(dbname="team"), autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bare_history (uid text PRIMARY KEY, origin text, clock bigint, "
                     "doc_hash text, annotator text, ts text, action text, changes jsonb)")
        conn.execute("TRUNCATE bare_history")
        t0 = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur:
            with cur.copy("COPY bare_history FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        return time.perf_counter() - t0


def _bare_pull(pg, path: Path) -> float:
    import psycopg

    db = sqlite3.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS h (uid TEXT PRIMARY KEY, origin TEXT, clock INT, doc_hash TEXT, "
               "annotator TEXT, ts TEXT, action TEXT, changes TEXT)")
    t0 = time.perf_counter()
    with psycopg.connect(pg.url(dbname="team")) as conn:
        rows = conn.execute("SELECT uid, origin, clock, doc_hash, annotator, ts, action, changes::text "
                            "FROM bare_history").fetchall()
    with db:
        db.executemany("INSERT OR IGNORE INTO h VALUES (?,?,?,?,?,?,?,?)", rows)
    secs = time.perf_counter() - t0
    db.close()
    return secs


def _latency(pg, work: Path, samples: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.services import sync as S
    from annotator.store.project import Project
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    settings = work / "settings"
    settings.mkdir(exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    app = QApplication.instance() or QApplication([])
    a, _ = S.join(pg.url("bob", "team"), work / "bob-a.annotator", name="news")
    a.close()
    b, _ = S.join(pg.url("bob", "team"), work / "bob-b.annotator", name="news")
    b.close()
    win = MainWindow(Project.open(work / "bob-a.annotator"), "bob", Settings())
    win.show()
    win.start()
    win.sync_control.action.setChecked(True)
    stop = threading.Event()
    other = threading.Thread(target=S.watch, args=(work / "bob-b.annotator",),
                             kwargs={"stop": stop.is_set, "on_status": lambda *_: None, "poll": 0.2}, daemon=True)
    other.start()
    deadline = time.monotonic() + 60
    while win.sync_control.label.text() != "Sync: synced" and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    editor = Project.open(work / "bob-b.annotator")
    doc_hash = win.project.document(win.doc_id).hash
    doc_b = editor.doc_id_by_hash(doc_hash)
    base = editor.document(doc_b).text.index("mot ")
    out = []
    try:
        for k in range(samples):
            time.sleep(0.5)
            app.processEvents()
            editor.apply(doc_b, "bob", "add-entity", [{"layer": "entity", "key": None, "before": None, "after": {
                "start": base + 4 * k, "end": base + 4 * k + 3, "label": "PER", "source": "manual"}}])
            t0 = time.perf_counter()
            want = k + 1
            while sum(1 for s in win.ann.entities if s.label == "PER") < want:
                app.processEvents()
                time.sleep(0.002)
                if time.perf_counter() - t0 > 30:
                    raise RuntimeError("the edit never reached the other window")
            out.append(time.perf_counter() - t0)
    finally:
        stop.set()
        win.sync_control.stop()
        win.close()
        editor.close()
        other.join(5)
    return out


def run(quick: bool) -> list[Result]:
    from annotator.services import sync as S
    from annotator.store.project import Project

    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    pg = _setup(work)
    if pg is None:
        print("bench_sync: PostgreSQL server binaries not installed; skipped")
        return []
    results: list[Result] = []
    try:
        lead = _lead_project(work / "lead.annotator")
        S.publish(lead, pg.url("lead", "team"), name="news")
        lead.close()
        alice, _ = S.join(pg.url("alice", "team"), work / "alice.annotator", name="news")
        bob, _ = S.join(pg.url("bob", "team"), work / "bob.annotator", name="news")  # before alice's work
        _annotate(alice, "alice")
        n = alice.conn.execute("SELECT count(*) FROM history").fetchone()[0]
        rows = [(uid, origin, clock, h, "alice", ts, action, json.dumps(json.loads(ch)))
                for uid, origin, clock, h, ts, action, ch in alice.conn.execute(
                    "SELECT x.uid, x.origin, x.clock, d.hash, x.ts, x.action, x.changes FROM history x "
                    "JOIN documents d ON d.id = x.doc_id")]
        t0 = time.perf_counter()
        rep = S.sync(alice, pull=False)
        ours_push = time.perf_counter() - t0
        assert rep.pushed_history == n, rep.summary()
        bare_push = _bare_push(pg, rows)
        results.append(Result(f"sync push of {n:,} annotation actions", bare_push / ours_push, "ratio", ">= 0.1",
                              f"ours {ours_push:.2f} s ({DOCS} versions with them) vs bare COPY {bare_push:.2f} s"))
        t0 = time.perf_counter()
        rep = S.sync(bob, push=False)
        ours_pull = time.perf_counter() - t0
        assert rep.pulled_history == n, rep.summary()
        bob.close()
        bare_pull = _bare_pull(pg, work / "bare.sqlite")
        results.append(Result(f"sync pull of {n:,} annotation actions", bare_pull / ours_pull, "ratio", ">= 0.1",
                              f"ours {ours_pull:.2f} s (pulled {rep.pulled_history:,} rows) vs bare SELECT + "
                              f"executemany {bare_pull:.2f} s"))
        alice.close()
        lat = _latency(pg, work, 3 if quick else 10)
        results.append(Result("edit on one desktop to another running window (median)", statistics.median(lat) * 1000,
                              "ms", "<= 1000", f"{len(lat)} edits, worst {max(lat) * 1000:.0f} ms; sync threads poll "
                              "their own edits every 0.2 s, LISTEN/NOTIFY wakes the other"))
    finally:
        pg.stop()
    return results
