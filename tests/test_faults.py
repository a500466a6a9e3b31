"""Faults say what they are and change nothing (issue 13, item 2): read-only files and folders open
read-only and leave no file behind; disk full and other I/O faults give coded messages; damaged,
foreign, truncated or unreadable files never end in a traceback; ``new`` is atomic."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError, StorageError
from annotator.core.model import Document
from annotator.store import connection
from annotator.store.project import Project
from testdata import file_bytes

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def make_project(path: Path, n: int = 3) -> Path:
    with Project.create(path) as p:
        p.add_documents([Document(text=f"Renault et Nissan, article {i}.", title=f"t{i}") for i in range(n)])
        p.ensure_annotator("alice")
        p.set_status(1, "alice", "done")
    return path


def siblings(path: Path) -> list[str]:
    return sorted(x.name for x in path.parent.iterdir())


# ---------------------------------------------------------------------- read-only
def test_a_read_only_file_opens_read_only_and_refuses_writes_with_a_code(tmp_path):
    path = make_project(tmp_path / "p.annotator")
    os.chmod(path, 0o444)  # root ignores permission bits when writing: the store honours them anyway
    before, names = file_bytes(path), siblings(path)
    with Project.open(path) as p:
        assert p.read_only is True
        assert p.document_count() == 3 and p.status(1, "alice")["status"] == "done"
        with pytest.raises(StorageError) as err:
            p.set_status(2, "alice", "done")
        assert err.value.code == "E800" and "read-only" in str(err.value) and "nothing was written" in str(err.value)
        assert p.checkpoint() is False
    assert file_bytes(path) == before and siblings(path) == names  # no -wal/-shm left behind


def test_a_read_only_folder_opens_read_only(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = make_project(folder / "p.annotator")
    os.chmod(folder, 0o555)
    try:
        with Project.open(path) as p:
            assert p.read_only
            assert p.document_count() == 3
            with pytest.raises(StorageError):
                p.ensure_annotator("bob")
        assert siblings(path) == ["p.annotator"]
    finally:
        os.chmod(folder, 0o755)


def test_stats_and_export_work_in_a_read_only_folder_and_leave_nothing(run, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = make_project(folder / "p.annotator")
    os.chmod(folder, 0o555)
    try:
        code, out, err = run("stats", path)
        assert code == 0, err
        assert "3" in out
        code, out, err = run("export", path, tmp_path / "out", "--format", "jsonl")
        assert code == 0, err
        assert (tmp_path / "out" / "annotations.jsonl").exists()
        code, out, err = run("import", path, tmp_path / "out" / "annotations.jsonl")
        assert code == 2 and "[E800]" in err and "read-only" in err and "Traceback" not in err
        assert siblings(path) == ["p.annotator"]
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.skipif(not IS_ROOT or shutil.which("runuser") is None, reason="needs root to run as another user")
def test_as_a_user_who_may_not_write_stats_works_and_writes_nothing():
    """Not relying on the store's reading of permission bits: a real non-root user (nobody) in a
    folder and on a file owned by root (pytest's own temp folders are private: use one nobody can enter)."""
    folder = Path(tempfile.mkdtemp(prefix="annotator-ro-"))
    try:
        _as_nobody(folder)
    finally:
        shutil.rmtree(folder)


def _as_nobody(folder: Path) -> None:
    probe = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, "-c", "import annotator"],
                           capture_output=True, text=True, timeout=120)
    if probe.returncode != 0:  # e.g. the interpreter lives under a private home folder (/root is 0700)
        pytest.skip(f"user 'nobody' cannot run this Python: {probe.stderr.strip()[:200]}")
    os.chmod(folder, 0o755)
    path = make_project(folder / "p.annotator")
    os.chmod(path, 0o644)
    before = file_bytes(path)
    env = {**os.environ, "HOME": str(folder)}
    base = ["runuser", "-u", "nobody", "--", sys.executable, "-m", "annotator"]
    stats = subprocess.run([*base, "stats", str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert stats.returncode == 0, stats.stderr
    assert "Traceback" not in stats.stderr
    new = subprocess.run([*base, "schema", str(path), "--set", "/nonexistent.json"], capture_output=True, text=True,
                         env=env, timeout=120)
    assert "Traceback" not in new.stderr and new.returncode != 0
    assert siblings(path) == ["p.annotator"] and file_bytes(path) == before
    os.chmod(path, 0o600)  # now nobody may not even read it
    unreadable = subprocess.run([*base, "stats", str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert unreadable.returncode == 2 and "Traceback" not in unreadable.stderr
    assert "[E804]" in unreadable.stderr and "permission denied" in unreadable.stderr
    assert siblings(path) == ["p.annotator"] and file_bytes(path) == before


# ---------------------------------------------------------------------- disk full
def _full_after_open(monkeypatch):
    """Simulate a full disk: the file may not grow by a single page (SQLite reports SQLITE_FULL)."""
    real = connection.ProjectConnection._connect.__func__

    def connect(cls, path, *, read_only=False):
        project = real(cls, path, read_only=read_only)
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        project.conn.execute(f"PRAGMA max_page_count = {pages}")
        return project

    monkeypatch.setattr(connection.ProjectConnection, "_connect", classmethod(connect))


def test_disk_full_is_a_coded_error_and_writes_nothing(tmp_path, monkeypatch):
    path = make_project(tmp_path / "p.annotator")
    before = Project.open(path)
    count = before.document_count()
    before.close()
    _full_after_open(monkeypatch)
    with Project.open(path) as p:
        with pytest.raises(StorageError) as err:
            p.add_documents([Document(text="x " * 20000 + str(i)) for i in range(5)])
        assert err.value.code == "E801" and "disk is full" in str(err.value)
        assert "nothing was written" in str(err.value)
        assert not p.conn.in_transaction
        assert p.document_count() == count


def test_import_on_a_full_disk_says_so_and_does_not_blame_rollback(run, tmp_path, monkeypatch):
    path = make_project(tmp_path / "p.annotator")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(f'{{"text": "{"mot " * 3000} {i}"}}\n' for i in range(40)), encoding="utf-8")
    _full_after_open(monkeypatch)
    code, out, err = run("import", path, src)
    assert code == 2
    assert "[E801]" in err and "disk is full" in err
    assert "rollback" not in err and "Traceback" not in err
    monkeypatch.undo()
    with Project.open(path) as p:
        assert p.document_count() == 3


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_real_full_disk(run, tmp_path, small_disk):
    path = make_project(small_disk / "p.annotator")
    src = tmp_path / "big.jsonl"
    src.write_text("".join(f'{{"text": "{"mot " * 5000} {i}"}}\n' for i in range(60)), encoding="utf-8")
    code, out, err = run("import", path, src)
    assert code == 2 and "Traceback" not in err and "rollback" not in err
    assert "[E801]" in err or "[E803]" in err, err  # SQLite reports a full tmpfs as FULL (or as an I/O error)
    code, out, err = run("stats", path)
    assert code == 0, err
    with Project.open(path) as p:
        assert p.document_count() == 3  # all or nothing
    # filling the disk completely: creating a project there says so, leaving nothing
    try:
        with open(small_disk / "filler", "wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
    except OSError:
        pass
    code, out, err = run("new", small_disk / "q.annotator")
    assert code == 2 and "Traceback" not in err
    assert "[E801]" in err or "[E803]" in err, err
    assert not (small_disk / "q.annotator").exists()
    assert not [n for n in os.listdir(small_disk) if n.startswith(".q.annotator")]


# ---------------------------------------------------------------------- new is atomic
def test_new_builds_in_a_temp_file_and_a_left_over_one_is_no_obstacle(run, tmp_path):
    path = tmp_path / "p.annotator"
    stale = tmp_path / ".p.annotator.new-999999999"  # what a killed `new` leaves: a hidden temp file
    stale.write_bytes(b"SQLite format 3\x00" + b"\0" * 200)
    code, out, err = run("new", path)
    assert code == 0, err
    assert sorted(os.listdir(tmp_path)) == ["p.annotator"]
    with Project.open(path) as p:
        assert p.schema


def test_new_killed_at_any_point_never_leaves_a_file_new_refuses(tmp_path):
    """SIGKILL ``annotator new`` at increasing delays: after each, ``new`` on the same name works."""
    script = ("import sys\nfrom annotator.store.project import Project\nProject.create(sys.argv[1]).close()\n")
    for trial in range(8):
        path = tmp_path / f"p{trial}.annotator"
        proc = subprocess.Popen([sys.executable, "-c", script, str(path)])
        try:
            proc.wait(timeout=0.02 + 0.03 * trial)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if path.exists():
            with Project.open(path) as p:  # if it is there, it is whole
                assert p.schema
        else:
            Project.create(path).close()
        assert sorted(n for n in os.listdir(tmp_path) if n.startswith(f"p{trial}.")) == [path.name]


# ---------------------------------------------------------------------- damaged and foreign files
def _damaged(tmp_path: Path) -> dict[str, Path]:
    good = make_project(tmp_path / "good.annotator", n=30)
    data = good.read_bytes()
    out: dict[str, Path] = {}

    def put(name: str, content: bytes) -> None:
        out[name] = tmp_path / f"{name}.annotator"
        out[name].write_bytes(content)

    put("zero-byte", b"")
    put("truncated-header", data[:60])
    put("truncated-half", data[: len(data) // 2])
    put("truncated-page", data[:4096])
    put("text", "pas une base\n".encode())
    put("zeroed-pages", data[:4096] + b"\0" * (len(data) - 4096))
    foreign = tmp_path / "foreign.annotator"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    out["foreign"] = foreign
    out["folder"] = tmp_path / "folder.annotator"
    out["folder"].mkdir()
    out["missing"] = tmp_path / "missing.annotator"
    fifo = tmp_path / "fifo.annotator"
    os.mkfifo(fifo)
    out["fifo"] = fifo
    return out


COMMANDS = [
    ("stats",),
    ("export", "{out}", "--format", "jsonl"),
    ("import", "{src}"),
    ("schema",),
    ("agreement",),
    ("bundle", "-o", "{out}/b.jsonl"),
    ("assign", "alice", "bob", "--per-doc", "1"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_on_every_damaged_file_gives_a_coded_message(run, tmp_path, command):
    src = tmp_path / "in.txt"
    src.write_text("Un article.", encoding="utf-8")
    for name, path in _damaged(tmp_path).items():
        before = path.read_bytes() if path.is_file() else None
        args = [a.format(out=tmp_path / "out", src=src) for a in command]
        code, out, err = run(args[0], path, *args[1:])
        assert code == 2, (name, out, err)
        assert err.startswith("annotator: error: [E"), (name, err)
        assert "Traceback" not in err
        if before is not None:
            assert path.read_bytes() == before, name
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists(), name


def test_flipped_bytes_never_end_in_a_traceback(run, tmp_path):
    import random

    good = make_project(tmp_path / "good.annotator", n=40)
    data = good.read_bytes()
    rng = random.Random(13)
    for trial in range(30):
        bad = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            pos = rng.randrange(100, len(bad))
            bad[pos] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip{trial}.annotator"
        path.write_bytes(bytes(bad))
        for args in (("stats",), ("export", tmp_path / f"out{trial}", "--format", "jsonl"), ("agreement",)):
            code, out, err = run(args[0], path, *args[1:])
            assert code in (0, 2), (trial, args, err)
            assert "Traceback" not in err
            if code == 2:
                assert err.startswith("annotator: error: [E"), (trial, err)


# ---------------------------------------------------------------------- durability
def test_accept_and_close_leave_the_work_in_the_main_file_alone(tmp_path):
    """The README's advice: after accept (or close) copying the main file alone loses nothing."""
    from annotator.services.annotate import AnnotationSession

    path = make_project(tmp_path / "p.annotator")
    p = Project.open(path)
    other = Project.open(path)  # another window keeps the project open: no close-time checkpoint
    s = AnnotationSession(p, "bob")
    for start in range(0, 7):
        s.add_entity(2, start, start + 1, "ORG")
    s.accept(2)
    copy = tmp_path / "copy.annotator"
    copy.write_bytes(path.read_bytes())  # the main file alone, while both are open
    with Project.open(copy) as c:
        assert c.status(2, "bob")["status"] == "done"
        assert len(c.annotations(2, "bob").entities) == 7
    assert p.checkpoint("TRUNCATE") is True
    assert Path(f"{path}-wal").stat().st_size == 0
    p.close()
    other.close()
    assert siblings(path) == ["copy.annotator", "p.annotator"]


def test_project_open_on_every_damaged_file_raises_a_coded_project_error(tmp_path):
    for name, path in _damaged(tmp_path).items():
        with pytest.raises(ProjectError) as err:
            Project.open(path)
        assert err.value.code.startswith("E2"), (name, err.value)
        if name not in ("zero-byte", "missing"):  # an empty or missing name may become a project
            with pytest.raises(ProjectError):
                Project.create(path)
