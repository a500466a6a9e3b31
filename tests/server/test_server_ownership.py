"""Ownership is enforced by the server (roles + row-level security), not by the desktops; a
connection cut mid-sync (backend terminated) leaves both sides consistent."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from annotator.core.errors import SyncError
from annotator.services.annotate import AnnotationSession
from annotator.services.sync import join, publish, sync
from annotator.store.server import connection, remote
from tests.conftest import file_bytes
from tests.server.syncfacts import desktop_tables, server_tables


@pytest.fixture
def busy_team(team, lead_project, tmp_path: Path):
    """bob and rita (reviewer, writing gold) have pushed work; alice is the would-be intruder."""
    publish(lead_project, team.url("lead"), name=team.project)
    bob, _ = join(team.url("bob"), tmp_path / "bob.annotator", name=team.project)
    AnnotationSession(bob, "bob").add_entity(1, 0, 7, "ORG")
    sync(bob)
    rita, _ = join(team.url("rita"), tmp_path / "rita.annotator", name=team.project)
    AnnotationSession(rita, "gold").add_entity(1, 0, 7, "ORG")
    sync(rita)
    bob.close()
    rita.close()
    return team


def _attempts(project: str) -> list[tuple[str, str, tuple]]:
    bob_hist = ("INSERT INTO annotator.history(project, uid, origin, clock, doc_hash, annotator, ts, action, changes) "
                "SELECT project, 'forged1', origin, clock, doc_hash, 'bob', ts, 'add-entity', changes FROM annotator.history "
                "WHERE project = %s AND annotator = 'bob' LIMIT 1")
    gold_hist = bob_hist.replace("'bob', ts", "'gold', ts").replace("annotator = 'bob'", "annotator = 'gold'")
    return [
        ("insert bob's history", bob_hist, (project,)),
        ("insert gold history", gold_hist, (project,)),
        ("insert a version for bob", "INSERT INTO annotator.versions(project, doc_hash, annotator, kind, state, updated) "
         "SELECT project, hash, 'bob', 'human', '{}', 'z' FROM annotator.documents WHERE project = %s "
         "ON CONFLICT DO NOTHING", (project,)),
        ("change bob's version", "UPDATE annotator.versions SET state = '{\"entities\": []}', updated = 'z' "
         "WHERE project = %s AND annotator = 'bob'", (project,)),
        ("change gold", "UPDATE annotator.versions SET updated = 'z' WHERE project = %s AND annotator = 'gold'", (project,)),
        ("take bob's version over", "UPDATE annotator.versions SET annotator = 'alice' WHERE project = %s AND annotator = 'bob'",
         (project,)),
        ("delete bob's version", "DELETE FROM annotator.versions WHERE project = %s AND annotator = 'bob'", (project,)),
        ("delete bob's history", "DELETE FROM annotator.history WHERE project = %s AND annotator = 'bob'", (project,)),
        ("rewrite bob's history", "UPDATE annotator.history SET changes = '[]' WHERE project = %s", (project,)),
        ("add a document", "INSERT INTO annotator.documents(project, hash, text) VALUES (%s, repeat('a', 64), 'x')", (project,)),
        ("drop assignments", "DELETE FROM annotator.assignments WHERE project = %s", (project,)),
        ("change the schema", "UPDATE annotator.projects SET schema = '{}' WHERE name = %s", (project,)),
        ("make herself lead", "UPDATE annotator.members SET role = 'lead' WHERE project = %s AND person = 'alice'",
         (project,)),
        ("add a member", "INSERT INTO annotator.members(project, person, annotator, role) VALUES (%s, 'mallory', 'm', 'lead')",
         (project,)),
    ]


def test_an_annotator_cannot_write_others_rows_nor_gold(busy_team):
    team = busy_team
    with team.admin() as adm:
        before = server_tables(adm, team.project)
        members_before = adm.execute("SELECT * FROM annotator.members ORDER BY person").fetchall()
        docs_before = adm.execute("SELECT count(*) FROM annotator.documents").fetchone()
        plan_before = adm.execute("SELECT count(*) FROM annotator.assignments").fetchone()
    assert any(k[1] == "bob" for k in before) and any(k[1] == "gold" for k in before)
    outcomes = {}
    with connection.connect(team.url("alice"), autocommit=True) as conn:
        for what, sql, params in _attempts(team.project):
            try:
                cur = conn.execute(sql, params)
                outcomes[what] = f"{cur.rowcount} rows"
            except psycopg.errors.InsufficientPrivilege as exc:
                outcomes[what] = "refused: " + exc.diag.message_primary
    # every attempt is refused outright or matches no row the policies let her see for writing
    for what, outcome in outcomes.items():
        assert outcome.startswith("refused") or outcome == "0 rows", (what, outcome)
    assert outcomes["insert bob's history"].startswith("refused: new row violates row-level security")
    assert outcomes["insert gold history"].startswith("refused")
    assert outcomes["delete bob's history"].startswith("refused: permission denied")
    with team.admin() as adm:
        assert server_tables(adm, team.project) == before
        assert adm.execute("SELECT * FROM annotator.members ORDER BY person").fetchall() == members_before
        assert adm.execute("SELECT count(*) FROM annotator.documents").fetchone() == docs_before
        assert adm.execute("SELECT count(*) FROM annotator.assignments").fetchone() == plan_before


def test_a_reviewer_writes_gold_but_not_annotators(busy_team):
    team = busy_team
    with connection.connect(team.url("rita"), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(_attempts(team.project)[0][1], (team.project,))
        cur = conn.execute("UPDATE annotator.versions SET updated = updated || '!' WHERE project = %s "
                           "AND annotator = 'gold'", (team.project,))
        assert cur.rowcount == 1


def test_a_modified_desktop_cannot_push_as_someone_else(busy_team, tmp_path: Path):
    """alice's file claims to be bob's: the sync takes who she is from her login, pushes only hers."""
    team = busy_team
    alice, _ = join(team.url("alice"), tmp_path / "alice.annotator", name=team.project)
    alice.set_meta("sync.annotator", "bob")
    AnnotationSession(alice, "bob").add_entity(2, 0, 5, "PER")
    with team.admin() as adm:
        before = server_tables(adm, team.project, annotators={"bob"})
    sync(alice)
    with team.admin() as adm:
        assert server_tables(adm, team.project, annotators={"bob"}) == before
    assert alice.get_meta("sync.annotator") == "alice"
    alice.close()


def _terminate(team, conn) -> None:
    with team.admin() as adm:
        adm.execute("SELECT pg_terminate_backend(%s)", (conn.info.backend_pid,))


def test_backend_terminated_mid_push_then_next_sync_completes(team, lead_project, tmp_path: Path, monkeypatch):
    publish(lead_project, team.url("lead"), name=team.project)
    alice, _ = join(team.url("alice"), tmp_path / "alice.annotator", name=team.project)
    a = AnnotationSession(alice, "alice")
    for i in range(5):
        a.add_entity(1, 8 * i, 8 * i + 6, "ORG")
    with team.admin() as adm:
        before = server_tables(adm, team.project)
    real_notify = remote.notify

    def cut(conn, project):  # the rows are written, not yet committed: the backend dies
        _terminate(team, conn)
        real_notify(conn, project)

    monkeypatch.setattr(remote, "notify", cut)
    with pytest.raises(SyncError) as err:
        sync(alice)
    assert err.value.code == "E869"
    with team.admin() as adm:
        assert server_tables(adm, team.project) == before  # nothing half-pushed
    assert alice.get_meta("sync.pushed_history") in (None, "0")
    monkeypatch.setattr(remote, "notify", real_notify)
    r = sync(alice)
    assert r.pushed_history == 5
    with team.admin() as adm:
        after = server_tables(adm, team.project, annotators={"alice"})
    assert desktop_tables(alice, {"alice"}) == after
    assert len(next(iter(after.values()))[4]) == 5  # five rows, not ten
    alice.close()


def test_backend_terminated_mid_pull_leaves_the_desktop_as_it_was(team, lead_project, tmp_path: Path, monkeypatch):
    publish(lead_project, team.url("lead"), name=team.project)
    alice, _ = join(team.url("alice"), tmp_path / "alice.annotator", name=team.project)
    bob, _ = join(team.url("bob"), tmp_path / "bob.annotator", name=team.project)
    AnnotationSession(alice, "alice").add_entity(1, 0, 7, "ORG")
    sync(alice)
    before = file_bytes(bob.path)
    real_pull = remote.pull

    def cut(conn, *args, **kw):
        _terminate(team, conn)
        return real_pull(conn, *args, **kw)

    monkeypatch.setattr(remote, "pull", cut)
    with pytest.raises(SyncError) as err:
        sync(bob)
    assert err.value.code in ("E869", "E853")
    assert file_bytes(bob.path) == before
    monkeypatch.setattr(remote, "pull", real_pull)
    assert sync(bob).pulled_history == 1
    assert sync(bob).pulled_history == 0
    alice.close()
    bob.close()
