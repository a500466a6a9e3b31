"""What an SQLite or OS error means to a user: a coded error in words, never a traceback.

``StorageError`` (E800–E849) is a fault of the disk or of permissions (nothing was written);
``ProjectError`` E27x is a damaged or foreign file.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ProjectError, StorageError

READ_ONLY = "E800"          # a write on a project opened read-only
DISK_FULL = "E801"
NOT_WRITABLE = "E802"       # the file, folder or disk refuses writes
IO_ERROR = "E803"
CANNOT_OPEN = "E804"        # permission denied, missing folder
NEEDS_UPGRADE_RO = "E805"   # a read-only project of an older format
OS_ERROR = "E806"
BUSY = "E807"
OTHER = "E809"
DAMAGED = "E270"
CHANGED_TEXT = "E273"       # a document's text no longer matches its content hash
DAMAGED_DATA = "E274"       # stored JSON that does not parse


def stored_json(raw: Any, where: str) -> Any:
    """Parse JSON the project stored; damage (a flipped byte) is a coded error, not a traceback."""
    try:
        return json.loads(raw)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ProjectError(f"{where}: stored data is damaged (not JSON: {exc}); run `annotator check`",
                           code=DAMAGED_DATA) from exc


def can_write(path: Path) -> bool:
    """Whether we may write ``path`` (a file or a folder). Root bypasses permission bits; we honour
    them anyway: a file or folder without any write bit is read-only to everyone, as its owner meant."""
    try:
        if not os.access(path, os.W_OK):
            return False
        if hasattr(os, "geteuid") and os.geteuid() == 0 and not (path.stat().st_mode & 0o222):
            return False
    except OSError:
        return False
    return True


def is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def storage_error(exc: BaseException, path: str | os.PathLike[str] | None = None) -> AnnotatorError:
    """The coded error a user sees for ``exc`` (an ``sqlite3.Error`` or an ``OSError``)."""
    where = f"{path}: " if path is not None else ""
    if isinstance(exc, AnnotatorError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        name = f"{exc.filename}: " if getattr(exc, "filename", None) else where
        if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
            return StorageError(f"{name}the disk is full: nothing was written", code=DISK_FULL)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return StorageError(f"{name}permission denied; nothing was changed", code=CANNOT_OPEN)
        if exc.errno == errno.EROFS:
            return StorageError(f"{name}the disk is read-only: nothing was written", code=NOT_WRITABLE)
        if exc.errno == errno.EIO:
            return StorageError(f"{name}a disk I/O error (the disk may be failing or unplugged)", code=IO_ERROR)
        return StorageError(f"{name}{exc.strerror or exc}", code=OS_ERROR)
    code_name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc)
    low = text.lower()
    if code_name.startswith("SQLITE_FULL") or "disk is full" in low:
        return StorageError(f"{where}the disk is full: nothing was written; free some space and try again",
                            code=DISK_FULL)
    if code_name.startswith("SQLITE_READONLY") or "readonly database" in low or "read-only" in low:
        return StorageError(f"{where}the project cannot be written (read-only file, folder or disk): "
                            "nothing was written", code=NOT_WRITABLE)
    if code_name.startswith(("SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")) or "unable to open" in low:
        return StorageError(f"{where}cannot open the project's files (permission denied, or the folder is "
                            "missing or read-only)", code=CANNOT_OPEN)
    if code_name.startswith("SQLITE_IOERR") or "disk i/o error" in low:
        return StorageError(f"{where}a disk I/O error (the disk may be failing, full or unplugged); "
                            "nothing more was written", code=IO_ERROR)
    if code_name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in low or "not a database" in low:
        return ProjectError(f"{where}the project file is damaged ({text}); run `annotator check` on it, "
                            "and restore a backup if it reports damage", code=DAMAGED)
    if code_name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in low:
        return StorageError(f"{where}the project is busy (another process holds its lock); nothing was "
                            "written, try again", code=BUSY)
    return StorageError(f"{where}the project file could not be used ({text})", code=OTHER)
