"""`annotator smoke` on this installation (the same mode the desktop bundle's test runs, `make
installer-test`): a real process, offscreen; then its project file read with our own connection."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smoke_checks import check_smoke_project, smoke_env


@pytest.mark.slow
@pytest.mark.model
def test_smoke_mode_runs_every_step_and_writes_a_real_project(tmp_path):
    work, report = tmp_path / "work", tmp_path / "report.json"
    run = subprocess.run([sys.executable, "-m", "annotator", "smoke", "--workdir", str(work), "--report", str(report)],
                         env=smoke_env(tmp_path), capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    for step in ("project:", "window:", "pipeline:", "preannotate:", "edit:", "export:", "spacy:"):
        assert step in run.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["frozen"] is False
    check_smoke_project(work / "smoke.annotator", data)


def test_smoke_mode_reports_a_failed_step_and_exits_1(tmp_path):
    """A work folder that already holds a project the demo did not build: the first step fails,
    the report says which, nothing is overwritten."""
    from annotator.store.project import Project

    work = tmp_path / "work"
    work.mkdir()
    Project.create(work / "smoke.annotator").close()
    before = (work / "smoke.annotator").read_bytes()
    run = subprocess.run([sys.executable, "-m", "annotator", "smoke", "--workdir", str(work), "--report",
                          str(tmp_path / "r.json")], env=smoke_env(tmp_path), capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 1
    assert "FAILED: ProjectError: [E240]" in run.stdout
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["ok"] is False
    assert (work / "smoke.annotator").read_bytes() == before
