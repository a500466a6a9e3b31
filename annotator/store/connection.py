"""Opening, creating and migrating a project file, and its write transactions.

Write discipline
----------------
* WAL, foreign keys on, ``busy_timeout`` set: several annotators (or processes) may write one file
  at once; a writer waits for the lock instead of failing.
* Every write is one ``BEGIN IMMEDIATE`` transaction (:meth:`ProjectConnection.write`), so a write
  never fails half-way through on a lock upgrade and a failed operation leaves nothing behind.
* A read-only file or folder opens read-only (``project.read_only``), leaving no ``-wal``/``-shm``
  behind; a write on it, and any disk fault, raises a coded :class:`StorageError`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import AnnotatorError, ProjectError, StorageError
from annotator.core.schema import Schema
from annotator.store import faults
from annotator.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS
from annotator.store.records import now

BUSY_TIMEOUT_MS = 30_000
SYNCHRONOUS = "NORMAL"
_SQLITE_HEADER = b"SQLite format 3\x00"


class ProjectConnection:
    """The connection part of :class:`~annotator.store.project.Project`."""

    lock_wait: float | None = None  # seconds a write waits for another's lock (None: 2 × busy_timeout)

    def __init__(self, path: str | os.PathLike[str], conn: sqlite3.Connection, *, read_only: bool = False):
        self.path = Path(path)
        self.conn = conn
        self.read_only = read_only
        self._schema: Schema | None = None
        self._depth = 0
        self._db: Any = None
        self.migration_backup: Path | None = None  # the copy taken before an upgrade on open

    @property
    def db(self):  # -> sqlite_utils.Database
        """sqlite-utils over this connection, imported on first use: importing sqlite_utils costs
        ~0.2 s (it pulls in numpy), which the window's launch budget of 1 s cannot afford."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(cls, path: str | os.PathLike[str], schema: Schema | None = None):
        """Create a project. It is built in a temporary file beside ``path`` and renamed into place
        when complete, so an interrupted ``create`` (even a SIGKILL) never leaves a half-made file."""
        path = Path(path)
        if path.is_dir():
            raise ProjectError(f"{path}: is a folder, not a project file", code="E203")
        if path.exists() and not faults.is_regular_file(path):
            raise ProjectError(f"{path}: not a regular file (a device, pipe or socket); choose another name",
                               code="E271")
        if path.exists() and path.stat().st_size > 0:
            raise ProjectError(f"{path}: already exists; open it instead of creating it", code="E201")
        if schema is None:
            from annotator.resources import default_schema

            schema = default_schema()
        _remove_stale_temp_files(path)
        tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
        try:
            build = cls._connect(tmp)
            try:
                with build.write():
                    build.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    build._migrate(0)
                    build._set_meta("schema", json.dumps(schema.to_dict(), ensure_ascii=False))
                    build._set_meta("created_with", __version__)
                    build._set_meta("created_at", now())
                build.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                build.close()
            _fsync(tmp)
            _publish(tmp, path)
        except sqlite3.Error as exc:
            raise faults.storage_error(exc, path) from exc
        except OSError as exc:
            raise faults.storage_error(exc, path) from exc
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                try:
                    leftover.unlink()
                except OSError:
                    pass
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool | None = None):
        """Open a project. A file or folder we may not write opens read-only (``read_only=True``
        forces it): nothing can be written through it and no file is created beside it."""
        path = Path(path)
        version = cls.check_file(path)
        if read_only is None:
            read_only = not (faults.can_write(path) and faults.can_write(path.resolve().parent))
        try:
            project = cls._connect(path, read_only=read_only)
        except sqlite3.Error as exc:
            raise faults.storage_error(exc, path) from exc
        except UnicodeDecodeError as exc:  # flipped bytes in the stored schema text: a damaged file
            raise faults.storage_error(sqlite3.DatabaseError(f"malformed database schema ({exc})"), path) from exc
        try:
            if version < LATEST:
                if read_only:
                    raise StorageError(
                        f"{path}: the project is read-only and was written by an older version of annotator "
                        f"(file format {version}, this version needs {LATEST}); make it writable once so it "
                        "can be upgraded", code=faults.NEEDS_UPGRADE_RO)
                if version > 0:  # a copy of the file as it was, before its format changes
                    from annotator.store.backup import backup_to, migration_backup_name

                    project.migration_backup = backup_to(project.conn, migration_backup_name(path, version))
                with project.write():
                    project._migrate(version)
            project.schema  # validate now: a broken schema is reported on open, not later  # noqa: B018
        except AnnotatorError:
            project.close()
            raise
        except sqlite3.Error as exc:
            project.close()
            raise faults.storage_error(exc, path) from exc
        except BaseException:
            project.close()
            raise
        return project

    @staticmethod
    def check_file(path: Path) -> int:
        """Return the file's migration level, or raise without touching the file."""
        if not path.exists():
            raise ProjectError(f"{path}: no such project file", code="E202")
        if path.is_dir():
            raise ProjectError(f"{path}: is a folder, not a project file", code="E203")
        if not faults.is_regular_file(path):
            raise ProjectError(f"{path}: not a regular file (a device, pipe or socket), not a project file",
                               code="E271")
        try:
            with open(path, "rb") as fh:
                header = fh.read(100)
        except OSError as exc:
            raise faults.storage_error(exc, path) from exc
        if len(header) == 0:
            raise ProjectError(f"{path}: not an annotator project (an empty file, 0 bytes: not an SQLite database)",
                               code="E204")
        if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
            raise ProjectError(f"{path}: not an annotator project (not an SQLite database)", code="E204")
        # The header on disk may lag behind the WAL: ask SQLite itself, on a read-only connection.
        # Without a WAL file the header is current: read it, so that no -wal/-shm is left beside a
        # file we refuse (a read-only connection to a WAL database creates them).
        if not Path(f"{path}-wal").exists():
            app_id = int.from_bytes(header[68:72], "big")
            user_version = int.from_bytes(header[60:64], "big")
        else:
            try:
                ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    app_id = ro.execute("PRAGMA application_id").fetchone()[0]
                    user_version = ro.execute("PRAGMA user_version").fetchone()[0]
                finally:
                    ro.close()
            except sqlite3.DatabaseError as exc:
                raise ProjectError(f"{path}: not an annotator project (unreadable database: {exc})",
                                   code="E204") from exc
        if app_id != APPLICATION_ID:
            raise ProjectError(
                f"{path}: not an annotator project (an SQLite database of another application)", code="E205"
            )
        if user_version > LATEST:
            raise ProjectError(
                f"{path}: written by a newer version of annotator (file format {user_version}, "
                f"this version reads up to {LATEST}); upgrade annotator to open it",
                code="E206",
            )
        return user_version

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool = False):
        if read_only:
            # Without a WAL the main file is the whole project: ``immutable`` reads it without any
            # lock or side file. With a WAL (another process is writing) read through it.
            wal = Path(f"{path}-wal").exists()
            uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal else "&immutable=1")
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            return cls(path, conn, read_only=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
            conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def _migrate(self, current: int) -> None:
        for number in range(current, LATEST):
            MIGRATIONS[number](self.conn)
            self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def checkpoint(self, mode: str = "PASSIVE", *, quiet: bool = False) -> bool:
        """Copy the WAL into the main file and sync it, so the main file alone holds the work (call
        when idle, on accept and on close; off the UI thread if it may wait). ``TRUNCATE`` also
        empties the WAL. Returns True when every frame was copied (False if readers kept some, or
        the project is read-only). A fault raises :class:`StorageError`, or returns False if
        ``quiet`` (the work is still safe in the WAL)."""
        if self.read_only:
            return False
        if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
            raise ValueError(mode)
        try:
            busy, log, done = self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        except sqlite3.Error as exc:
            if quiet:
                return False
            raise faults.storage_error(exc, self.path) from exc
        return not busy and log == done

    def close(self) -> None:
        try:
            if not self.read_only and not self.conn.in_transaction:
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested calls join the outer one.

        A read-only project refuses (E800); a disk fault becomes a coded :class:`StorageError`
        after the transaction is rolled back, so nothing of it is written."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        if self.read_only:
            raise StorageError(f"{self.path}: the project is open read-only (the file or its folder cannot "
                               "be written): nothing was written", code=faults.READ_ONLY)
        try:
            self._begin_immediate()
        except sqlite3.Error as exc:
            raise faults.storage_error(exc, self.path) from exc
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth = 0
            self._rollback()
            if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
                raise faults.storage_error(exc, self.path) from exc
            raise
        self._depth = 0
        try:
            self._retry_locked(lambda: self.conn.execute("COMMIT"))
        except sqlite3.Error as exc:
            self._rollback()
            raise faults.storage_error(exc, self.path) from exc

    def _rollback(self) -> None:
        """Roll back what is left of a transaction. SQLite rolls back by itself on some faults
        (disk full, I/O error): then there is nothing to do, and that is not the error to report."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def _begin_immediate(self) -> None:
        self._retry_locked(lambda: self.conn.execute("BEGIN IMMEDIATE"))

    def _retry_locked(self, fn: Any) -> None:
        wait = self.lock_wait if self.lock_wait is not None else 2 * BUSY_TIMEOUT_MS / 1000
        deadline = time.monotonic() + wait
        while True:
            try:
                fn()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise ProjectError(
                        f"{self.path}: the project stayed busy for {wait:g} s "
                        "(another annotator or process is writing); nothing was saved, try again",
                        code="E210",
                    ) from exc
                time.sleep(0.05)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _publish(tmp: Path, path: Path) -> None:
    """Move the finished file into place, never over a project that appeared meanwhile."""
    if path.exists():  # only an empty file (checked by the caller) may be replaced
        if path.stat().st_size > 0:
            raise ProjectError(f"{path}: already exists; open it instead of creating it", code="E201")
        os.replace(tmp, path)
    else:
        try:
            os.link(tmp, path)  # fails if the name exists: never clobbers
        except FileExistsError as exc:
            raise ProjectError(f"{path}: already exists; open it instead of creating it", code="E201") from exc
        except OSError:  # file systems without hard links
            os.replace(tmp, path)
    try:
        fd = os.open(path.resolve().parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_temp_files(path: Path) -> None:
    """Temporary files of a ``create`` that was killed (its process is gone)."""
    for tmp in path.resolve().parent.glob(f".{path.name}.new-*"):
        base = tmp.name
        for suffix in ("-wal", "-shm", "-journal"):
            base = base.removesuffix(suffix)
        pid = base.rsplit("-", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # still running
        except ProcessLookupError:
            pass
        except OSError:
            continue
        try:
            tmp.unlink()
        except OSError:
            pass
