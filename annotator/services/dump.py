"""``dump`` and ``restore``: a whole project as one gzip'd JSON-lines file, and back (lossless).

See :mod:`annotator.store.dump` for the format. ``dump -> restore -> dump`` gives the same bytes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import ProjectError
from annotator.store import dump as store_dump
from annotator.store.connection import _fsync, _publish
from annotator.store.project import Project


@dataclass
class DumpReport:
    path: Path
    rows: int
    tables: int


def dump(project: Project, path: str | os.PathLike[str]) -> DumpReport:
    path = Path(path)
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder; give the dump's file name (e.g. project.jsonl.gz)",
                           code=store_dump.E_DUMP_OUT)
    rows = store_dump.write_dump(project.conn, path)
    return DumpReport(path, rows, len(store_dump.dump_tables(project.conn)))


def restore(dump_path: str | os.PathLike[str], project_path: str | os.PathLike[str]) -> Project:
    """Build a new project file at ``project_path`` from a dump; returns it open. Nothing is left
    behind if the dump is refused."""
    src, path = Path(dump_path), Path(project_path)
    if not src.is_file():
        raise ProjectError(f"{src}: no such dump file", code=store_dump.E_NOT_DUMP)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise ProjectError(f"{path}: already exists; restore into a new file", code=store_dump.E_TARGET)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        build = Project._connect(tmp)
        try:
            with build.write():
                store_dump.load_dump(build.conn, src)
            build.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            build.close()
        _fsync(tmp)
        _publish(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
    return Project.open(path)
