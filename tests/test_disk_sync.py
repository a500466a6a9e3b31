"""Durable means on disk (issue 13, item 4): a committed edit is synced off the editing thread
(annotator.store.disk_sync): a checkpoint into the project file, or an fsync of the write-ahead log
when the checkpoint cannot copy everything; a failure is reported with a code and retried."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from annotator.core.errors import StorageError
from annotator.core.model import Document
from annotator.store import disk_sync
from annotator.store.disk_sync import DiskSync
from annotator.store.project import Project

WAIT = 30  # seconds: generous, never reached when all is well


class Events:
    """Records the sync thread's callbacks; tests wait on them (no sleeps)."""

    def __init__(self):
        self.cond = threading.Condition()
        self.synced: list[tuple[int, bool]] = []
        self.failed: list[tuple[int, StorageError]] = []

    def on_synced(self, ticket: int, in_main: bool) -> None:
        with self.cond:
            self.synced.append((ticket, in_main))
            self.cond.notify_all()

    def on_failed(self, ticket: int, exc: StorageError) -> None:
        with self.cond:
            self.failed.append((ticket, exc))
            self.cond.notify_all()

    def wait(self, pred) -> None:
        with self.cond:
            assert self.cond.wait_for(pred, WAIT), (self.synced, self.failed)


@pytest.fixture
def made(tmp_path) -> Path:
    path = tmp_path / "p.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text="Renault et Nissan signent un accord.", title="t")])
        p.ensure_annotator("alice")
    return path


def history_in_copy(path: Path, tmp_path: Path) -> int:
    """Copy the project's main file alone (as a user copying "the project" would) and count its history."""
    copy = tmp_path / "copy.annotator"
    copy.unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    with Project.open(copy) as c:
        return c.last_history_id()


def test_a_synced_edit_is_in_the_project_file_alone(made, tmp_path):
    events = Events()
    with Project.open(made) as p:
        sync = DiskSync(made, on_synced=events.on_synced, on_failed=events.on_failed)
        try:
            p.set_status(1, "alice", "done")
            last = p.last_history_id()
            assert history_in_copy(made, tmp_path) < last  # committed, but only in the WAL so far
            ticket = sync.request()
            assert sync.wait(ticket, WAIT)  # checkpointed: the WAL copied into the main file, synced
            assert history_in_copy(made, tmp_path) == last
            events.wait(lambda: events.synced)
            assert events.synced == [(ticket, True)] and not events.failed and not sync.pending
        finally:
            sync.stop()
    assert not [t for t in threading.enumerate() if t.name.startswith("disk-sync")]


def test_requests_made_meanwhile_share_one_sync(made, monkeypatch):
    calls = []
    real = DiskSync._sync_once

    def counted(self):
        calls.append(1)
        return real(self)

    monkeypatch.setattr(DiskSync, "_sync_once", counted)
    with Project.open(made) as p:
        sync = DiskSync(made, delay=WAIT)  # the debounce wait ends only at stop (below) or the timeout
        try:
            tickets = []
            for status in ("in_progress", "done", "skipped"):
                p.set_status(1, "alice", status)
                tickets.append(sync.request())
        finally:
            sync.stop()  # stop syncs what is pending at once
        assert sync.synced == tickets[-1] == 3 and len(calls) == 1  # one sync for the three commits


def test_a_reader_holding_an_old_state_delays_the_checkpoint_not_the_sync(made, tmp_path, monkeypatch):
    monkeypatch.setattr(disk_sync, "IDLE_S", 0.05)
    synced_fds: list[str] = []
    real_fsync = os.fsync

    def spy(fd):
        synced_fds.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real_fsync(fd)

    monkeypatch.setattr(disk_sync.os, "fsync", spy)
    events = Events()
    reader = sqlite3.connect(str(made), isolation_level=None)
    with Project.open(made) as p:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM history").fetchone()  # a read transaction on the old state
        sync = DiskSync(made, on_synced=events.on_synced, on_failed=events.on_failed)
        try:
            p.set_status(1, "alice", "done")
            last = p.last_history_id()
            ticket = sync.request()
            events.wait(lambda: len(events.synced) >= 3)  # the first sync, then retries that could not copy
            assert set(events.synced) == {(ticket, False)}  # on disk, in the WAL (fsync-ed)
            assert synced_fds and all(name.endswith("p.annotator-wal") for name in synced_fds)
            assert history_in_copy(made, tmp_path) < last
            reader.execute("COMMIT")  # the reader moves on: the retried checkpoint now copies everything
            events.wait(lambda: events.synced[-1] == (ticket, True))
            assert history_in_copy(made, tmp_path) == last
            assert not events.failed
        finally:
            sync.stop()
            reader.close()


def test_a_sync_that_fails_is_reported_with_a_code_and_retried(made, monkeypatch):
    real_fsync = os.fsync
    broken = threading.Event()
    broken.set()

    def failing(fd):
        if broken.is_set():
            raise OSError(errno.EIO, "Input/output error")
        return real_fsync(fd)

    monkeypatch.setattr(disk_sync.os, "fsync", failing)
    events = Events()
    reader = sqlite3.connect(str(made), isolation_level=None)
    with Project.open(made) as p:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM history").fetchone()  # the checkpoint cannot copy: the WAL is synced
        sync = DiskSync(made, on_synced=events.on_synced, on_failed=events.on_failed)
        try:
            p.set_status(1, "alice", "done")
            ticket = sync.request()
            events.wait(lambda: events.failed)
            t, exc = events.failed[0]
            assert t == ticket and exc.code == "E760" and "power cut" in str(exc) and "Input/output error" in str(exc)
            assert not events.synced and sync.pending
            broken.clear()  # the disk recovers: the retry (after a back-off) succeeds
            events.wait(lambda: events.synced)
            assert events.synced[0] == (ticket, False) and not sync.pending  # on disk, in the synced WAL
        finally:
            sync.stop()
            reader.close()


def test_stop_without_requests_writes_nothing(made):
    before = sorted(x.name for x in made.parent.iterdir())
    sync = DiskSync(made)
    sync.stop()
    assert sorted(x.name for x in made.parent.iterdir()) == before
    assert sync.synced == 0 and not sync.pending


def test_an_unexpected_fault_in_the_sync_thread_is_reported_not_silent(made, monkeypatch):
    def bug(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(DiskSync, "_sync_once", bug)
    events = Events()
    sync = DiskSync(made, on_synced=events.on_synced, on_failed=events.on_failed)
    try:
        sync.request()
        events.wait(lambda: events.failed)
        assert events.failed[0][1].code == "E760" and "boom" in str(events.failed[0][1]) and sync.pending
    finally:
        sync.stop()
