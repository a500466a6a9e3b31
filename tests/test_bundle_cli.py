"""The teamwork commands end to end: assign, bundle, merge, review --auto (through annotator.cli.main)."""

from __future__ import annotations

import shutil

from annotator.cli import main
from annotator.core.model import GOLD, Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project

TEXTS = ["Renault rachète une usine de Nissan au Japon.", "Walmart et Google annoncent une alliance."]


def test_team_round_trip(tmp_path, capsys):
    lead = tmp_path / "main.annotator"
    with Project.create(lead) as p:
        p.add_documents(Document(text=t) for t in TEXTS)
    assert main(["assign", str(lead), "alice", "bob", "--per-doc", "2"]) == 0
    assert "2 documents assigned to 2 annotators" in capsys.readouterr().out
    copies = {}
    for who, label in (("alice", "ORG"), ("bob", "PER")):
        copies[who] = tmp_path / f"{who}.annotator"
        shutil.copy(lead, copies[who])
        with Project.open(copies[who]) as p:
            s = AnnotationSession(p, who)
            for doc_id in p.queue_page(who):
                s.add_entity(doc_id.id, 0, 7, "ORG")
                s.add_entity(doc_id.id, 29 if doc_id.id == 1 else 11, 35 if doc_id.id == 1 else 17, label)
                s.accept(doc_id.id)
        out = tmp_path / f"{who}.annbundle"
        assert main(["bundle", str(copies[who]), "--annotator", who, "-o", str(out)]) == 0
        assert "2 documents" in capsys.readouterr().out
    bundles = [str(tmp_path / "alice.annbundle"), str(tmp_path / "bob.annbundle")]
    assert main(["merge", str(lead), *bundles]) == 0
    out = capsys.readouterr().out
    assert "alice: 2 documents matched, 2 updated" in out  # known from the assignment
    assert main(["merge", str(lead), *bundles]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert main(["review", str(lead), "--auto", "--reviewer", "rita"]) == 0
    out = capsys.readouterr().out
    assert "accepted 2 agreed items" in out and "2 items left on 2 documents" in out
    assert "alice: ORG[29:35]; bob: PER[29:35]" in out
    with Project.open(lead) as p:
        assert [(s.start, s.end) for s in p.annotations(1, GOLD).entities] == [(0, 7)]


def test_merge_errors_are_reported_with_their_code(tmp_path, capsys):
    lead = tmp_path / "main.annotator"
    Project.create(lead).close()
    bad = tmp_path / "x.annbundle"
    bad.write_text("not a bundle\n")
    assert main(["merge", str(lead), str(bad)]) == 2
    assert "[E702]" in capsys.readouterr().err
    assert main(["bundle", str(lead), "--annotator", "nobody", "-o", str(tmp_path / "n.annbundle")]) == 2
    assert "[E720]" in capsys.readouterr().err
