"""Three desktop processes (alice on two desktops, bob on one) annotate and sync at once; each cuts
its own connection mid-push and mid-pull on set rounds. At the end nothing is lost or doubled and
every desktop holds the same tables as the server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotator.services.sync import join, publish, sync
from tests.server.conftest import TEXTS
from tests.server.syncfacts import desktop_tables, dump, server_tables

ROUNDS = 6

WORKER = r"""
import json, sys, time
from pathlib import Path
from annotator.core.errors import SyncError
from annotator.services.annotate import AnnotationSession
from annotator.services import sync as S
from annotator.store.server import remote
from annotator.store.project import Project

path, slot, go, rounds, texts = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), json.loads(sys.argv[5])
project = Project.open(path)
who = project.get_meta("sync.annotator")
session = AnnotationSession(project, who)
ids = {project.doc_id_by_hash(h): t for h, t in texts.items()}
real_notify, real_pull = remote.notify, remote.pull

def cut_push(conn, name):   # rows written, transaction not committed: the backend dies
    conn.execute("SELECT pg_terminate_backend(pg_backend_pid())")

def cut_pull(conn, *a, **k):
    conn.execute("SELECT pg_terminate_backend(pg_backend_pid())")

while not go.exists():
    time.sleep(0.01)
failures = 0
event = project.schema.event_names[0]
for r in range(rounds):
    for doc_id, text in sorted(ids.items()):
        base = text.index("mot ")
        w = 3 * (2 * r + (doc_id % 2)) + slot  # slots 0/1/2 never share a word
        session.add_entity(doc_id, base + 4 * w, base + 4 * w + 3, "MISC")
        if r == 2:
            session.toggle_event(doc_id, event)  # alice's two desktops both flip the same item
            if slot != 1:  # the company (first word) and its sentiment, once per version
                session.add_entity(doc_id, 0, text.index(" "), "ORG")
                company = session.companies(doc_id)[0]
                session.set_sentiment(doc_id, company.key, ["positive", "negative", "neutral"][slot], name=company.name)
    remote.notify = cut_push if r == 1 else real_notify
    remote.pull = cut_pull if r == 3 else real_pull
    try:
        S.sync(project)
    except SyncError as exc:
        failures += 1
        assert exc.code in ("E869", "E853"), exc
remote.notify, remote.pull = real_notify, real_pull
desktop = project.get_meta("desktop_id")
made = project.conn.execute(  # edits made here (pulled rows keep their origin; merges are not edits)
    "SELECT count(*) FROM history WHERE origin = ? AND action != 'merge'", (desktop,)).fetchone()[0]
project.close()
print(json.dumps({"desktop": desktop, "made": made, "failures": failures}))
"""


def test_three_desktops_sync_at_once(team, lead_project, tmp_path: Path):
    publish(lead_project, team.url("lead"), name=team.project)
    desks = []
    for i, person in enumerate(["alice", "alice", "bob"]):
        p, _ = join(team.url(person), tmp_path / f"{person}{i}.annotator", name=team.project)
        desks.append(p)
    texts = {d.hash: d.text for d in lead_project.documents()}
    assert sorted(texts.values()) == sorted(TEXTS)
    made_before = [p.conn.execute("SELECT count(*) FROM history").fetchone()[0] for p in desks]
    assert made_before == [0, 0, 0]
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(p.path), str(slot), str(go), str(ROUNDS),
                               json.dumps(texts)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for slot, p in enumerate(desks)]
    go.touch()
    outs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outs.append(json.loads(out.strip().splitlines()[-1]))
    assert all(o["failures"] == 2 for o in outs)  # each cut its connection twice, and carried on

    # everyone syncs until a whole round changes nothing (offline work catches up)
    everyone = desks + [lead_project]
    for _ in range(6):
        reports = [sync(p) for p in everyone]
        if not any(r.pushed_history or r.pushed_versions or r.changed_here for r in reports):
            break
    else:
        raise AssertionError("the desktops did not settle")

    with team.admin() as adm:
        rows = adm.execute("SELECT uid, origin, action FROM annotator.history WHERE project = %s",
                           (team.project,)).fetchall()
        server = server_tables(adm, team.project)
    # nothing lost, nothing doubled: each desktop's every edit is on the server exactly once
    for o in outs:
        mine = [u for u, origin, action in rows if origin == o["desktop"] and action != "merge"]
        assert len(mine) == len(set(mine)) == o["made"] > 0
    assert len(rows) == len({u for u, _, _ in rows})
    # every desktop has the same tables as the server
    for p in everyone:
        assert desktop_tables(p) == server, dump(desktop_tables(p))
    # alice's two desktops merged item by item: both desktops' entities are in her version
    alice = {k: v for k, v in server.items() if k[1] == "alice"}
    assert len(alice) == 4
    for ents, sents, events, _st, _u in alice.values():
        assert len(ents) == 2 * ROUNDS + 1  # ROUNDS from each of her desktops, and the company
        assert len(sents) == 1
    for p in desks:
        p.close()
