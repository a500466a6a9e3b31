"""Scripted editing in a child process that is killed with SIGKILL at an arbitrary point.

The child writes one line per acknowledged action (``ack <history id>``: the action's
transaction has committed) to a pipe; the parent kills it right after reading the k-th ack, so
the kill lands somewhere inside action k+1 (no timing involved), then checks the file: every
acknowledged action is there (lost = acknowledged but missing), ``integrity_check`` and the
history replay agree with the tables (partial = a half-written action), and the child never died
of anything but the kill (raw = a Python exception other than a coded AnnotatorError)."""

from __future__ import annotations

import os
import random
import select
import signal
import traceback
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.model import Document
from annotator.store.project import Project

WORDS = ("Renault Nissan Stellantis Danone Carrefour Paris Lyon accord rachat usine hausse baisse marché "
         "Bourse action société groupe président économie croissance énergie électrique 👍🏽 Re\u0301nault").split()


def article(rng: random.Random, n_words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n_words)) + "."


def make_project(path: Path, n_docs: int = 5, seed: int = 0) -> Path:
    rng = random.Random(seed)
    with Project.create(path) as p:
        p.add_documents([Document(text=article(rng, 120) + f" ({i})", title=f"Article {i}") for i in range(n_docs)])
    return path


def word_span(text: str, rng: random.Random) -> tuple[int, int]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    s = rng.choice(starts[:-1])
    e = text.find(" ", s)
    return s, (e if e > s else len(text))


def edit_forever(path: Path, annotator: str, seed: int, out_fd: int, limit: int | None = None) -> None:
    """The child: random window-like actions on random documents, one ack line per committed action."""
    from annotator.services.annotate import AnnotationSession

    rng = random.Random(seed)
    project = Project.open(path)
    session = AnnotationSession(project, annotator)
    ids = project.document_ids()
    labels = project.schema.entity_names
    events = [e.name for e in project.schema.events] if hasattr(project.schema, "events") else []
    done = 0
    while limit is None or done < limit:
        doc = rng.choice(ids)
        text = session.text(doc)
        before = project.last_history_id()
        try:
            roll = rng.random()
            ents = project.entities_where(doc, annotator)
            if roll < 0.35 or not ents:
                s, e = word_span(text, rng)
                session.add_entity(doc, s, e, rng.choice(labels))
            elif roll < 0.5:
                session.relabel(doc, rng.choice(ents).id, rng.choice(labels))
            elif roll < 0.6:
                session.delete_entity(doc, rng.choice(ents).id)
            elif roll < 0.7:
                comps = session.companies(doc)
                if comps:
                    session.set_sentiment(doc, rng.choice(comps).key, rng.choice(["positive", "negative", "neutral"]))
                else:
                    s, e = word_span(text, rng)
                    session.add_entity(doc, s, e, project.schema.company_label)
            elif roll < 0.78 and events:
                session.toggle_event(doc, rng.choice(events))
            elif roll < 0.88:
                session.undo(doc)
            elif roll < 0.95:
                session.redo(doc)
            else:
                session.set_status(doc, rng.choice(["done", "skipped", "in_progress"]))
        except AnnotatorError:
            pass  # refused with a code (stale, nothing to undo...): nothing written, not an ack
        except BaseException:
            os.write(out_fd, ("raw " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
            os._exit(3)
        after = project.last_history_id()
        if after != before:
            os.write(out_fd, f"ack {after}\n".encode())
            done += 1
    project.close()


def fork_child(fn, *args) -> tuple[int, int]:
    """Run ``fn(*args, write_fd)`` in a forked child; returns (pid, read fd)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(r)
        code = 0
        try:
            fn(*args, w)
        except BaseException:
            os.write(w, ("raw " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
            code = 3
        os._exit(code)
    os.close(w)
    return pid, r


class Lines:
    """Lines from a child's pipe; None at its end, or when it has said nothing for ``patience``
    seconds (a hung child is then killed and checked like any other: a guard, not a timing)."""

    def __init__(self, fd: int, patience: float = 300.0):
        self.fd = fd
        self.buf = b""
        self.patience = patience

    def next(self) -> str | None:
        while b"\n" not in self.buf:
            ready, _, _ = select.select([self.fd], [], [], self.patience)
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()


def kill(pid: int) -> int:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, status = os.waitpid(pid, 0)
    return status


def verify(path: Path, acked: list[int]) -> tuple[int, int, list[str]]:
    """(lost, partial, notes) after a kill."""
    notes: list[str] = []
    with Project.open(path) as p:
        present = set()
        for i in range(0, len(acked), 500):
            chunk = acked[i : i + 500]
            present |= {r[0] for r in p.conn.execute(
                f"SELECT id FROM history WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
        lost = len(set(acked) - present)
        findings = p.check()
    partial = len(findings)
    notes += [str(f) for f in findings[:3]]
    if lost:
        notes.append(f"{path.name}: {lost} acknowledged actions missing")
    return lost, partial, notes
