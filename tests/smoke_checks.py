"""Checks shared by the smoke-mode tests (the dev install's and the bundle's): what ``annotator
smoke`` wrote, read through a SQLite connection of the test's own."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from annotator.store.migrations import APPLICATION_ID


def smoke_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), ANNOTATOR_LAUNCH_T0=repr(time.time()))
    return env


def check_smoke_project(project: Path, report: dict) -> None:
    """What the smoke mode wrote, read through a connection of our own."""
    assert report["ok"] is True
    assert report["spacy_before_paint"] is False, "spaCy must load after the window's first paint"
    assert 0 < report["window_s"] < report["preannotation_ready_s"]
    con = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 7  # resources/samples
        doc = report["edited_document"]
        kinds = dict(con.execute("SELECT name, kind FROM annotators").fetchall())
        assert kinds.get("smoke") == "human"
        model = [n for n, k in kinds.items() if k == "model"]
        assert model == ["model:fr_core_news_md-3.8.0"]
        actions = [r[0] for r in con.execute(
            "SELECT action FROM history WHERE annotator = 'smoke' AND doc_id = ? ORDER BY id", (doc,))]
        assert actions and actions[-1] == "accept", actions
        assert any(a in ("relabel", "add-entity") for a in actions), actions
        assert con.execute("SELECT count(*) FROM entities WHERE annotator = 'smoke' AND doc_id = ?",
                           (doc,)).fetchone()[0] >= 1
        assert con.execute("SELECT status FROM doc_status WHERE annotator = 'smoke' AND doc_id = ?",
                           (doc,)).fetchone()[0] == "done"
    finally:
        con.close()
    export = project.parent / "export"
    assert (export / "train.spacy").stat().st_size > 0
