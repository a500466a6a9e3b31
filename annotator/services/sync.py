"""Syncing project files through a team server (PostgreSQL): publish, join, sync, watch.

The desktop's SQLite file stays the working copy: annotating never waits for the network. A sync
pushes this desktop's new history rows and the versions they changed, then pulls everyone else's,
the assignment plan and schema changes (:mod:`annotator.services.sync_apply`). Each side is one
transaction: a connection cut anywhere leaves both sides as they were before that side's
transaction, and the next sync completes (pushing and pulling are idempotent).

What the project file remembers (``meta``): the server's connection string **without password**
(refused otherwise), the project's name on the server, this desktop's id and the person's
annotator name and role, and how far it has pushed and pulled. Credentials come from libpq.
"""

from __future__ import annotations

import hashlib
import json
import select
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import psycopg

from annotator.core.errors import SyncError
from annotator.core.model import GOLD, is_model_annotator
from annotator.core.progress import ProgressFn, no_progress
from annotator.core.schema import Schema
from annotator.services import sync_apply
from annotator.store import lineage
from annotator.store.project import Project
from annotator.store.server import connection, remote

MODEL_ANNOTATOR_KEY = "model_annotator"
K_SERVER, K_PROJECT = "sync.server", "sync.project"
K_ANNOTATOR, K_ROLE = "sync.annotator", "sync.role"
K_PUSHED, K_TOUCHED, K_PULLED, K_PLAN = "sync.pushed_history", "sync.pushed_touched", "sync.pulled_seq", "sync.plan"
MARGIN = timedelta(seconds=10)  # statuses written while a push reads are caught by the next one


@dataclass(frozen=True)
class Config:
    server: str
    project: str
    desktop: str
    annotator: str
    role: str


@dataclass
class SyncReport:
    pushed_history: int = 0
    pushed_versions: int = 0
    pulled_history: int = 0
    pulled_versions: int = 0
    documents_added: int = 0
    plan_changed: bool = False
    schema_changed: bool = False
    conflicts: list[str] = field(default_factory=list)  # items this person changed on two desktops

    @property
    def changed_here(self) -> bool:
        return bool(self.pulled_history or self.pulled_versions or self.documents_added or self.plan_changed
                    or self.schema_changed)

    def summary(self) -> str:
        parts = [f"pushed {self.pushed_history} history rows ({self.pushed_versions} versions)",
                 f"pulled {self.pulled_history} history rows ({self.pulled_versions} versions changed here)"]
        if self.documents_added:
            parts.append(f"{self.documents_added} new documents")
        if self.plan_changed:
            parts.append("assignment plan updated")
        if self.schema_changed:
            parts.append("label schema updated")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} item(s) you changed on two desktops: kept the later change")
        return "; ".join(parts + [f"  {c}" for c in self.conflicts[:20]])


def config(project: Project) -> Config | None:
    """The project's server settings, or None when it was never published or joined."""
    server = project.get_meta(K_SERVER)
    if not server:
        return None
    return Config(server=server, project=project.get_meta(K_PROJECT) or "", desktop=lineage.desktop_id(project.conn),
                  annotator=project.get_meta(K_ANNOTATOR) or "", role=project.get_meta(K_ROLE) or "annotator")


def require_config(project: Project) -> Config:
    cfg = config(project)
    if cfg is None:
        raise SyncError(f"{project.path}: not connected to a team server; use `annotator publish` (lead) "
                        "or `annotator join` (annotator) first", code="E866")
    return cfg


def _owned(cfg: Config, model_names: set[str] | None = None) -> Callable[[str], bool]:
    def owned(name: str) -> bool:
        if name == cfg.annotator:
            return True
        if name == GOLD:
            return cfg.role == "reviewer"
        return cfg.role == "lead" and is_model_annotator(name)
    return owned


def _member(conn: psycopg.Connection, project: str, url: str) -> remote.Member:
    me = remote.whoami(conn, project)
    if me is None:
        user = remote.current_user(conn)
        raise SyncError(f"{user!r} is not a member of project {project!r} on {connection.describe(url)}; "
                        f"a lead adds you with `annotator server add URL {project} {user} --as annotator`",
                        code="E864")
    return me


def _open(url: str) -> psycopg.Connection:
    conn = connection.connect(url, autocommit=True)  # every write is an explicit transaction
    try:
        connection.check_version(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        user = remote.current_user(conn)
        conn.close()
        raise SyncError(f"{user!r} is not a member of any project on {connection.describe(url)}; a lead adds "
                        f"you with `annotator server add URL PROJECT {user}`", code="E864") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _plan_fingerprint(project: Project) -> tuple[str, dict[str, Any], list[tuple[str, str]]]:
    settings = {MODEL_ANNOTATOR_KEY: project.get_meta(MODEL_ANNOTATOR_KEY)}
    pairs = [(a, h) for a, h in project.conn.execute(
        "SELECT a.annotator, d.hash FROM assignments a JOIN documents d ON d.id = a.doc_id ORDER BY 1, 2")]
    docs = project.conn.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone()
    blob = json.dumps([project.schema.to_dict(), settings, pairs, list(docs)], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest(), settings, pairs


def _push_plan(conn: psycopg.Connection, project: Project, cfg: Config, *, force: bool = False) -> bool:
    """Lead only: documents, schema, settings and assignments, when they changed here."""
    fingerprint, settings, pairs = _plan_fingerprint(project)
    if not force and project.get_meta(K_PLAN) == fingerprint:
        return False
    with conn.transaction():
        remote.lock(conn, cfg.project)
        remote.put_project(conn, cfg.project, project.schema.to_dict(), settings)
        rows = project.conn.execute(
            "SELECT hash, text, title, source, url, published, meta FROM documents ORDER BY id").fetchall()
        remote.put_documents(conn, cfg.project, rows)
        remote.put_assignments(conn, cfg.project, pairs)
        remote.notify(conn, cfg.project)
    project.set_meta(K_PLAN, fingerprint)
    return True


# ------------------------------------------------------------------------------------ publish / join
def publish(project: Project, url: str, *, name: str | None = None, progress: ProgressFn = no_progress) -> SyncReport:
    """Put this project (schema, documents, assignments, the lead's and model versions) on the server."""
    connection.storable(url)
    name = (name or project.path.stem).strip()
    cfg0 = config(project)
    if cfg0 is not None and (cfg0.server != url or cfg0.project != name):
        raise SyncError(f"{project.path}: already synced with project {cfg0.project!r} on "
                        f"{connection.describe(cfg0.server)}", code="E867")
    with _open(url) as conn:
        me = _member(conn, name, url)
        if me.role != "lead":
            raise SyncError(f"only a lead of {name!r} publishes it; you are its {me.role}", code="E865")
        with project.write():
            project.set_meta(K_SERVER, url)
            project.set_meta(K_PROJECT, name)
            project.set_meta(K_ANNOTATOR, me.annotator)
            project.set_meta(K_ROLE, me.role)
        cfg = require_config(project)
        _push_plan(conn, project, cfg, force=True)
        progress(1, 2, "published documents and plan")
        report = _sync(conn, project, cfg)
        progress(2, 2, "synced")
        return report


def join(url: str, path: str | Path, *, name: str, progress: ProgressFn = no_progress) -> tuple[Project, SyncReport]:
    """Make a desktop copy of server project ``name`` at ``path`` for the person logging in."""
    connection.storable(url)
    path = Path(path)
    with _open(url) as conn:
        me = _member(conn, name, url)
        row = remote.get_project(conn, name)
        if row is None:
            raise SyncError(f"project {name!r} is not published on {connection.describe(url)} yet", code="E868")
        schema = Schema.from_dict(row[0], origin=f"{name} on the server (label schema)")
        project = Project.create(path, schema)
        try:
            with project.write():
                project.set_meta(K_SERVER, url)
                project.set_meta(K_PROJECT, name)
                project.set_meta(K_ANNOTATOR, me.annotator)
                project.set_meta(K_ROLE, me.role)
                project.ensure_annotator(me.annotator, "human")
            progress(1, 2, "created the desktop copy")
            report = _sync(conn, project, require_config(project))
            progress(2, 2, "synced")
        except BaseException:
            project.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
    return project, report


# ------------------------------------------------------------------------------------ sync
def sync(project: Project, *, push: bool = True, pull: bool = True) -> SyncReport:
    cfg = require_config(project)
    with _open(cfg.server) as conn:
        return _sync(conn, project, cfg, push=push, pull=pull)


def _sync(conn: psycopg.Connection, project: Project, cfg: Config, *, push: bool = True, pull: bool = True) -> SyncReport:
    me = _member(conn, cfg.project, cfg.server)
    if (me.annotator, me.role) != (cfg.annotator, cfg.role):
        with project.write():
            project.set_meta(K_ANNOTATOR, me.annotator)
            project.set_meta(K_ROLE, me.role)
        cfg = require_config(project)
    report = SyncReport()
    try:
        if push:
            if cfg.role == "lead":
                report.plan_changed = _push_plan(conn, project, cfg)
            _push(conn, project, cfg, report)
        if pull:
            _pull(conn, project, cfg, report)
    except psycopg.OperationalError as exc:
        raise SyncError(f"the connection to {connection.describe(cfg.server)} was lost during the sync "
                        f"({str(exc).strip().splitlines()[0] if str(exc).strip() else exc}); nothing half-done "
                        "was kept: sync again", code="E869") from exc
    return report


def _push(conn: psycopg.Connection, project: Project, cfg: Config, report: SyncReport) -> None:
    started = _now()
    after = int(project.get_meta(K_PUSHED, "0") or 0)
    touched = project.get_meta(K_TOUCHED, "") or ""
    out = sync_apply.collect(project, cfg.desktop, _owned(cfg), history_after=after, touched_after=touched)
    if out.history or out.versions:
        with conn.transaction():
            remote.lock(conn, cfg.project)
            report.pushed_history, report.pushed_versions = remote.push(conn, cfg.project, out.versions, out.history,
                                                                        origin=cfg.desktop, uids=out.uids)
            remote.notify(conn, cfg.project)
    # the server has it all (committed): remember how far, on this side (an unchanged file stays unchanged)
    upto = max(after, out.history_upto)
    with project.write():
        if upto != after:
            project.set_meta(K_PUSHED, str(upto))
        if out.history or out.versions or not touched:
            project.set_meta(K_TOUCHED, (started - MARGIN).isoformat(timespec="milliseconds"))


def _my_docs(cfg: Config, plan: list[tuple[str, str]], all_hashes: list[str]) -> set[str]:
    if cfg.role in ("reviewer", "lead") or not plan:
        return set(all_hashes)
    return {h for a, h in plan if a == cfg.annotator}


def _pull(conn: psycopg.Connection, project: Project, cfg: Config, report: SyncReport) -> None:
    since = int(project.get_meta(K_PULLED, "0") or 0)
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        with conn.transaction():
            changes = remote.pull(conn, cfg.project, since, origin=cfg.desktop)
            new_docs: list[Any] = []
            backfill = None
            if changes.project is not None and cfg.role != "lead":
                want = _my_docs(cfg, changes.project["assignments"], remote.document_hashes(conn, cfg.project))
                missing = sorted(want - set(project.hash_index()))
                if missing:
                    new_docs = remote.documents(conn, cfg.project, missing)
                    backfill = remote.pull(conn, cfg.project, since, doc_hashes=missing, origin=cfg.desktop)
            owned = _owned(cfg)
            batches = [b for b in (backfill, changes) if b is not None]
            want = sorted({u for b in batches for d in b.drafts if owned(d[1]) for u in d[4]})
            draft_rows = {r[0]: r for r in remote.rows_by_uid(conn, cfg.project, want)} if want else {}
    finally:
        conn.isolation_level = None
    with project.write():
        if changes.project is not None and cfg.role != "lead":
            schema = Schema.from_dict(changes.project["schema"], origin=f"{cfg.project} on the server (label schema)")
            if schema.to_dict() != project.schema.to_dict():
                project.set_schema(schema)
                report.schema_changed = True
            model = (changes.project["settings"] or {}).get(MODEL_ANNOTATOR_KEY)
            if model and project.get_meta(MODEL_ANNOTATOR_KEY) != model:
                project.set_meta(MODEL_ANNOTATOR_KEY, model)
            if new_docs:
                report.documents_added = project.add_documents_bulk(
                    [(h, t, ti, so, u, pu, json.dumps(m, ensure_ascii=False)) for h, t, ti, so, u, pu, m in new_docs])
            index = project.hash_index()
            pairs = sorted({(index[h], a) for a, h in changes.project["assignments"] if h in index})
            have = sorted(project.conn.execute("SELECT doc_id, annotator FROM assignments"))
            if pairs != [tuple(p) for p in have]:
                project.set_assignments(pairs, replace=True)
                report.plan_changed = True
        for batch in batches:
            applied = sync_apply.apply_pulled(project, batch, desktop=cfg.desktop, owned=owned, draft_rows=draft_rows)
            report.pulled_history += applied.history
            report.pulled_versions += applied.versions
            report.conflicts += applied.conflicts
        if changes.upto != since:
            project.set_meta(K_PULLED, str(changes.upto))


# ------------------------------------------------------------------------------------ status & watch
@dataclass(frozen=True)
class Status:
    state: str  # "synced" | "pending" | "offline" | "not connected"
    pending: int = 0
    message: str = ""

    def label(self) -> str:
        if self.state == "pending":
            return f"pending {self.pending}"
        return self.state


def local_pending(project: Project) -> int:
    """History rows of this desktop's own versions made here and not pushed yet."""
    cfg = config(project)
    if cfg is None:
        return 0
    after = int(project.get_meta(K_PUSHED, "0") or 0)
    owned = _owned(cfg)
    return sum(count for name, count in project.conn.execute(
        "SELECT annotator, count(*) FROM history WHERE id > ? AND doc_id IS NOT NULL AND origin = ? GROUP BY annotator",
        (after, cfg.desktop)) if owned(name))


class Watcher:
    """``LISTEN`` on the server: :meth:`wait` returns when another desktop pushed (or after ``timeout``)."""

    def __init__(self, url: str, project: str):
        self.project = project
        self.conn = connection.connect(url, autocommit=True)
        self.conn.execute(f"LISTEN {remote.CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """True when a notification for this project arrived within ``timeout`` seconds."""
        got = False
        for note in self.conn.notifies(timeout=timeout, stop_after=1):
            got = got or note.payload == self.project
        # drain anything else already queued
        while select.select([self.conn.fileno()], [], [], 0)[0]:
            more = list(self.conn.notifies(timeout=0.01, stop_after=1))
            if not more:
                break
            got = got or any(n.payload == self.project for n in more)
        return got

    def close(self) -> None:
        try:
            self.conn.close()
        except psycopg.Error:
            pass


def watch(path: str | Path, *, stop: Callable[[], bool], on_status: Callable[[Status, SyncReport | None], None],
          poll: float = 1.0, max_backoff: float = 30.0) -> None:
    """Keep ``path`` synced until ``stop()``: sync on another desktop's NOTIFY or when this desktop
    has unpushed work (checked every ``poll`` seconds); while the server is unreachable, say
    "offline" and retry with a growing pause. Opens its own project connection (run it off the UI thread)."""
    import time

    project = Project.open(path)
    watcher: Watcher | None = None
    backoff = poll
    try:
        cfg = require_config(project)
        need = True
        while not stop():
            try:
                if watcher is None:
                    watcher = Watcher(cfg.server, cfg.project)
                    need = True
                if need or local_pending(project):
                    report = sync(project)
                    on_status(Status("synced"), report)
                backoff = poll
                need = watcher.wait(poll)
            except (SyncError, psycopg.Error) as exc:
                if watcher is not None:
                    watcher.close()
                    watcher = None
                on_status(Status("offline", local_pending(project), str(exc)), None)
                deadline = time.monotonic() + backoff
                while not stop() and time.monotonic() < deadline:
                    time.sleep(min(0.2, poll))
                backoff = min(max_backoff, backoff * 2)
                pending = local_pending(project)
                if pending:
                    on_status(Status("offline", pending, str(exc)), None)
    finally:
        if watcher is not None:
            watcher.close()
        project.close()
