"""Consistent copies of a project with SQLite's online backup API (safe while the window writes)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from annotator.core.errors import StorageError
from annotator.store import faults


def backup_to(conn: sqlite3.Connection, dest: str | os.PathLike[str], *, source: Path | None = None) -> Path:
    """Copy the database behind ``conn`` to ``dest`` (which must not exist) in one step: the copy
    is one consistent snapshot, even while other connections write. Written to a temporary file and
    renamed into place, so ``dest`` is never half a copy."""
    dest = Path(dest)
    if dest.exists():
        raise StorageError(f"{dest}: already exists; choose a new name for the backup", code="E820")
    tmp = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)  # pages=-1: all pages in one step, under one read transaction
        finally:
            target.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        raise faults.storage_error(exc, dest) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
    return dest


def migration_backup_name(path: Path, version: int) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.v{version}-{stamp}.bak")
