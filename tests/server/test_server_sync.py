"""publish, join, sync against a real PostgreSQL: round trips, idempotence, credentials, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.errors import SyncError
from annotator.services.annotate import AnnotationSession
from annotator.services.sync import K_PUSHED, K_SERVER, config, join, local_pending, publish, sync
from annotator.store.project import Project
from tests.conftest import file_bytes
from tests.server.syncfacts import desktop_tables, dump, server_tables


def _counts(team) -> tuple[int, int]:
    with team.admin() as conn:
        h = conn.execute("SELECT count(*) FROM annotator.history").fetchone()[0]
        v = conn.execute("SELECT count(*), coalesce(sum(seq), 0) FROM annotator.versions").fetchone()
    return h, v


def test_publish_join_sync_round_trip(team, lead_project, tmp_path: Path):
    publish(lead_project, team.url("lead"), name=team.project)
    alice, rep = join(team.url("alice"), tmp_path / "alice.annotator", name=team.project)
    bob, _ = join(team.url("bob"), tmp_path / "bob.annotator", name=team.project)
    assert rep.documents_added == 4 and alice.document_count() == 4
    assert config(alice).annotator == "alice" and config(alice).role == "annotator"

    a = AnnotationSession(alice, "alice")
    d1 = alice.doc_id_by_hash(lead_project.document(1).hash)
    ent = a.add_entity(d1, 0, 7, "ORG")
    a.set_sentiment(d1, "renault", "positive", name="Renault")
    a.toggle_event(d1, a.project.schema.event_names[0])
    a.accept(d1)
    assert local_pending(alice) > 0
    r = sync(alice)
    assert r.pushed_history >= 4 and local_pending(alice) == 0
    r = sync(bob)
    assert r.pulled_history >= 4
    d1b = bob.doc_id_by_hash(lead_project.document(1).hash)
    got = bob.annotations(d1b, "alice")
    assert [(s.start, s.end, s.label) for s in got.entities] == [(0, 7, "ORG")]
    assert got.sentiments["renault"].value == "positive"
    assert bob.status(d1b, "alice")["status"] == "done"
    sync(lead_project)
    assert [(s.start, s.end) for s in lead_project.annotations(1, "alice").entities] == [(0, 7)]

    # alice undoes on her desktop: the others follow
    a.delete_entity(d1, ent.id)
    sync(alice)
    sync(bob)
    sync(lead_project)
    assert bob.annotations(d1b, "alice").entities == []

    # same tables everywhere (alice's version)
    with team.admin() as conn:
        server = server_tables(conn, team.project, annotators={"alice"})
    for desk in (alice, bob, lead_project):
        assert desktop_tables(desk, {"alice"}) == server, dump(desktop_tables(desk, {"alice"}))
    for p in (alice, bob):
        p.close()


def test_sync_twice_changes_nothing(team, lead_project, tmp_path: Path):
    publish(lead_project, team.url("lead"), name=team.project)
    alice, _ = join(team.url("alice"), tmp_path / "alice.annotator", name=team.project)
    a = AnnotationSession(alice, "alice")
    for i in range(3):
        a.add_entity(1, 8 * i, 8 * i + 6, "ORG")
    sync(alice)
    before = _counts(team)
    local = file_bytes(alice.path)
    r = sync(alice)
    assert (r.pushed_history, r.pulled_history, r.pulled_versions) == (0, 0, 0)
    assert _counts(team) == before
    # the acknowledgement of a push is lost (e.g. the desktop crashed after the server committed):
    # pushing the same rows again adds nothing
    alice.set_meta(K_PUSHED, "0")
    r = sync(alice)
    assert r.pushed_history == 0 and _counts(team)[0] == before[0]
    assert len(local) > 0
    alice.close()


def test_url_with_password_is_refused_and_nothing_stored(team, lead_project):
    url = team.url("lead").replace("lead@", "lead:pw-lead@")
    with pytest.raises(SyncError) as err:
        publish(lead_project, url, name=team.project)
    assert err.value.code == "E852" and "pgpass" in str(err.value)
    assert lead_project.get_meta(K_SERVER) is None


def test_join_refuses_password_and_leaves_no_file(team, lead_project, tmp_path: Path, capsys):
    publish(lead_project, team.url("lead"), name=team.project)
    target = tmp_path / "x.annotator"
    url = f"postgresql://alice:pw-alice@127.0.0.1:{team.pg.port}/{team.db}"
    assert main(["join", url, team.project, str(target)]) == 2
    assert "[E852]" in capsys.readouterr().err and not target.exists()


def test_tls_settings_are_passed_through(team, lead_project):
    """sslmode and sslrootcert reach libpq as given (a missing root certificate is libpq's error)."""
    url = team.url("lead").replace("sslmode=disable", "sslmode=verify-full&sslrootcert=/nonexistent/root.crt")
    with pytest.raises(SyncError) as err:
        publish(lead_project, url, name=team.project)
    assert err.value.code == "E853" and "SSL" in str(err.value)


def test_not_a_member_and_not_a_lead(team, lead_project, tmp_path: Path):
    with pytest.raises(SyncError) as err:
        publish(lead_project, team.url("alice"), name=team.project)
    assert err.value.code == "E865"
    publish(lead_project, team.url("lead"), name=team.project)
    with pytest.raises(SyncError) as err:
        join(team.url("mallory"), tmp_path / "m.annotator", name=team.project)
    assert err.value.code == "E864" and not (tmp_path / "m.annotator").exists()


def test_offline_then_back(team, lead_project, tmp_path: Path):
    """The server stopped: annotating goes on, sync says offline (E853), and completes once it is back."""
    publish(lead_project, team.url("lead"), name=team.project)
    alice, _ = join(team.url("alice"), tmp_path / "alice.annotator", name=team.project)
    a = AnnotationSession(alice, "alice")
    doc = alice.doc_id_by_hash(lead_project.document(1).hash)
    team.pg.stop_server()
    try:
        a.add_entity(doc, 0, 7, "ORG")
        with pytest.raises(SyncError) as err:
            sync(alice)
        assert err.value.code == "E853"
        assert local_pending(alice) == 1
    finally:
        team.pg.start_server()
        team.pg.wait_ready()
    assert sync(alice).pushed_history == 1 and local_pending(alice) == 0
    sync(lead_project)
    assert len(lead_project.annotations(1, "alice").entities) == 1
    alice.close()


def test_cli_commands(team, lead_project, tmp_path: Path, capsys):
    lead_project.close()
    path = str(lead_project.path)
    assert main(["server", "init", team.url()]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["publish", path, team.url("lead"), "--name", team.project]) == 0
    target = tmp_path / "bob.annotator"
    assert main(["join", team.url("bob"), team.project, str(target)]) == 0
    assert "joined" in capsys.readouterr().out
    with Project.open(target) as p:
        AnnotationSession(p, "bob").add_entity(1, 0, 7, "ORG")
    assert main(["sync", str(target)]) == 0
    assert "pushed 1 history rows" in capsys.readouterr().out
    assert main(["server", "members", team.url("lead"), team.project]) == 0
    assert "rita\trita\treviewer" in capsys.readouterr().out
    assert main(["sync", str(tmp_path / "nope.annotator")]) == 2
