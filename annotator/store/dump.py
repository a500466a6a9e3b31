"""A lossless dump of a project file, generic over its tables, and the restore that rebuilds it.

The dump is gzip'd JSON lines (gzip header without name or time, so the same project always
gives the same bytes):

* line 1: ``{"format": "annotator-dump", "version": DUMP_VERSION, "user_version": N, "tables": {...}}``
  (``N``: the file's migration level; ``tables``: each table's columns, in order);
* then one line per row, ``{"t": table, "r": [values...]}``, table by table in name order, rows
  by primary key (rowid). Text, integers and floats are JSON (floats round-trip exactly);
  blobs are ``{"$b": base64}``;
* the AUTOINCREMENT counters (``sqlite_sequence``) come last, so ids continue as they would have.

Every ordinary table is carried, whatever migrations have added; what is derived is left out
and rebuilt: the full-text index (an FTS5 virtual table and its shadow tables) and the meta key
saying how far it got. ``restore`` builds the file at the dump's migration level, loads every
row (table by table, in batches through sqlite-utils' ``insert_all``), then brings it up to this version's migrations (so an older dump restores into the current
format); a dump of a newer format, or from a newer migration level, is refused.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import ExportError, InputError
from annotator.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS, database

MAGIC = "annotator-dump"
DUMP_VERSION = 1
DERIVED_META = ("fts_indexed_upto",)
BATCH = 500  # rows per sqlite-utils insert_all call in a restore

E_DUMP_OUT = "E520"
E_NOT_DUMP = "E521"
E_NEWER = "E522"
E_TARGET = "E523"
E_DUMP_BAD = "E524"


def dump_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Ordinary tables to dump, with their columns: not SQLite's own, not virtual tables, not the
    shadow tables of a virtual table."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    out: dict[str, list[str]] = {}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in virtual or any(name.startswith(f"{v}_") for v in virtual):
            continue
        out[name] = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
    return out


def _order(conn: sqlite3.Connection, table: str) -> str:
    pk = sorted((r[5], r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5])
    without_rowid = "WITHOUT ROWID" in (conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                                     (table,)).fetchone()[0] or "").upper()
    if pk and (without_rowid or len(pk) > 1):
        return ", ".join(f'"{c}"' for _, c in pk)
    return "rowid" if not without_rowid else ", ".join(f'"{c}"' for _, c in pk)


def _value(v: Any) -> Any:
    if isinstance(v, bytes):
        return {"$b": base64.b64encode(v).decode("ascii")}
    return v


def _unvalue(v: Any) -> Any:
    if isinstance(v, dict) and set(v) == {"$b"}:
        return base64.b64decode(v["$b"])
    return v


def dump_lines(conn: sqlite3.Connection) -> Iterator[str]:
    """The dump, line by line (read in one transaction: a consistent snapshot)."""
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = dump_tables(conn)
    yield json.dumps({"format": MAGIC, "version": DUMP_VERSION, "user_version": user_version,
                      "tables": tables}, ensure_ascii=False, separators=(",", ":"))
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=True).encode
    for table, cols in tables.items():
        col_list = ", ".join(f'"{c}"' for c in cols)
        where = ""
        if table == "meta":
            where = " WHERE key NOT IN (" + ", ".join("?" * len(DERIVED_META)) + ")"
        cur = conn.execute(f'SELECT {col_list} FROM "{table}"{where} ORDER BY {_order(conn, table)}',
                           DERIVED_META if where else ())
        for row in cur:
            yield dumps({"t": table, "r": [_value(v) for v in row]})
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        for name, seq in conn.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name"):
            yield dumps({"t": "sqlite_sequence", "r": [name, seq]})


def write_dump(conn: sqlite3.Connection, path: Path) -> int:
    """Write the dump of ``conn`` to ``path`` (via a temporary file); returns the number of rows."""
    tmp = path.with_name(f".{path.name}.partial")
    rows = 0
    try:
        conn.execute("BEGIN")  # one snapshot for every table
        try:
            with open(tmp, "wb") as raw:
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
                    with io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
                        for line in dump_lines(conn):
                            fh.write(line + "\n")
                            rows += 1
        finally:
            conn.execute("COMMIT")
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the dump ({exc.strerror or exc})", code=E_DUMP_OUT) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return rows - 1


def read_header(fh: io.TextIOBase, origin: str) -> dict[str, Any]:
    try:
        first = fh.readline()
        header = json.loads(first)
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{origin}:1: not an annotator dump ({type(exc).__name__})", code=E_NOT_DUMP) from exc
    if not isinstance(header, dict) or header.get("format") != MAGIC:
        raise InputError(f"{origin}:1: not an annotator dump (no {MAGIC!r} header)", code=E_NOT_DUMP)
    version, level = header.get("version"), header.get("user_version")
    if type(version) is not int or type(level) is not int or not isinstance(header.get("tables"), dict):
        raise InputError(f"{origin}:1: a damaged dump header", code=E_NOT_DUMP)
    if version > DUMP_VERSION:
        raise InputError(f"{origin}:1: a dump of a newer format (version {version}; this annotator reads up to "
                         f"{DUMP_VERSION}); upgrade annotator to restore it", code=E_NEWER)
    if level > LATEST:
        raise InputError(f"{origin}:1: a dump of a newer project file (file format {level}; this annotator reads "
                         f"up to {LATEST}); upgrade annotator to restore it", code=E_NEWER)
    return header


def load_dump(conn: sqlite3.Connection, path: Path) -> int:
    """Build a project in the empty database ``conn`` from the dump at ``path`` (inside the
    caller's transaction); returns the dump's migration level after loading. Raises InputError."""
    origin = path.name
    try:
        fh = io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="\n")
    except OSError as exc:
        raise InputError(f"{origin}: cannot read ({exc.strerror or exc})", code=E_NOT_DUMP) from exc
    with fh:
        header = read_header(fh, origin)
        level = header["user_version"]
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number in range(level):
            MIGRATIONS[number](conn)
        conn.execute(f"PRAGMA user_version = {level}")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        have = dump_tables(conn)
        want: dict[str, list[str]] = header["tables"]
        if want != {t: have.get(t) for t in want} or set(have) - set(want):
            differ = sorted(t for t in set(want) | set(have) if want.get(t) != have.get(t))
            raise InputError(f"{origin}:1: its tables do not match file format {level} ({', '.join(differ)})",
                             code=E_DUMP_BAD)
        for table in want:
            conn.execute(f'DELETE FROM "{table}"')
        inserts = {t: f'INSERT INTO "{t}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                      f'VALUES ({", ".join("?" * len(cols))})' for t, cols in want.items()}
        sequences = []
        db = database(conn)
        batch: list[tuple[int, list[Any]]] = []  # consecutive rows of one table: (line, values)
        current = ""

        def flush() -> None:
            if not batch:
                return
            cols = want[current]
            try:
                db[current].insert_all((dict(zip(cols, values)) for _, values in batch), batch_size=BATCH)
            except sqlite3.IntegrityError:  # rolled back to its savepoint: find the row, for its line
                for line_no, values in batch:
                    try:
                        conn.execute(inserts[current], values)
                    except sqlite3.IntegrityError as exc:
                        raise InputError(f"{origin}:{line_no}: a row breaks the project's constraints ({exc})",
                                         code=E_DUMP_BAD) from exc
                raise
            batch.clear()

        n = 1
        try:
            for n, line in enumerate(fh, 2):
                rec = json.loads(line)
                table, row = rec["t"], rec["r"]
                if table == "sqlite_sequence":
                    sequences.append(row)
                    continue
                if table not in inserts or len(row) != len(want[table]):
                    raise InputError(f"{origin}:{n}: a row of an unknown table or of the wrong width",
                                     code=E_DUMP_BAD)
                if table != current or len(batch) >= BATCH:
                    flush()
                    current = table
                batch.append((n, [_unvalue(v) for v in row]))
            flush()
        except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError, json.JSONDecodeError, KeyError,
                TypeError) as exc:
            raise InputError(f"{origin}:{n}: a damaged dump ({type(exc).__name__}: {exc})", code=E_DUMP_BAD) from exc
        except sqlite3.IntegrityError as exc:
            raise InputError(f"{origin}:{n}: a row breaks the project's constraints ({exc})", code=E_DUMP_BAD) from exc
        if sequences:
            conn.execute("DELETE FROM sqlite_sequence")
            conn.executemany("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", sequences)
    return level
