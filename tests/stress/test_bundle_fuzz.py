"""Fuzz the merge with mutated real bundles (issue 13, item 1): every mutated bundle is either
refused with a coded ``bundle:line: what`` error and the project's tables left exactly as they
were, or merged, after which every document opens, undo/redo works and export succeeds.

``ANNOTATOR_STRESS_N`` sets the number of mutations (a few hundred by default; ``make stress``
runs 10,000)."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError, MergeError
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.bundle import export_bundle, merge_bundles
from annotator.store.project import Project
from tests.conftest import TRICKY_TEXT

N = int(os.environ.get("ANNOTATOR_STRESS_N", "200"))
TEXTS = [
    TRICKY_TEXT,
    "Walmart et Google annoncent une alliance à Paris. Walmart investit.",
    "Renault rachète une usine de Nissan au Japon.",
    "Stellantis publie ses résultats 👍 trimestriels.",
]
ODD = [None, -1, 0, 1, 7, 10**30, 2**63, -(2**63), "0", 1.5, float("1e308"), [], {}, "", "ORG", "🚗", "\r\n",
       True, False, "x" * 300, [[0, 1]], {"start": 0}]
TABLES = ("documents", "annotators", "entities", "sentiments", "events", "doc_status", "history", "meta",
          "assignments", "preannotated")


def tables(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A real bundle of alice's work (all three layers, undo/redo, a flag) and the lead's project."""
    root = tmp_path_factory.mktemp("fuzz")
    desk = root / "alice.annotator"
    with Project.create(desk) as p:
        p.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(TEXTS))
        s = AnnotationSession(p, "alice")
        renault = TRICKY_TEXT.index("Re\u0301nault")
        s.add_entity(1, renault, renault + 8, "ORG")
        s.add_entity(1, TRICKY_TEXT.index("Nissan"), TRICKY_TEXT.index("Nissan") + 9, "ORG")
        s.add_entity(1, TRICKY_TEXT.index("Paris"), TRICKY_TEXT.index("Paris") + 5, "LOC")
        s.set_sentiment(1, "renault", "positive")
        s.set_event(1, "partnership", True)
        s.accept(1)
        s.add_entity(2, 0, 7, "ORG")
        s.add_entity(2, 11, 17, "ORG")
        s.add_entity(2, 50, 57, "ORG")
        s.set_sentiment(2, "walmart", "negative")
        s.merge_companies(2, "walmart", "google")
        s.undo(2)
        s.redo(2)
        s.add_entity(3, 0, 7, "ORG")
        s.add_entity(3, 29, 35, "PER")
        s.relabel(3, p.annotations(3, "alice").entities[-1].id, "ORG")
        s.set_status(3, "flagged", "usine ou site ?")
        s.add_entity(4, 0, 10, "ORG")
        s.undo(4)
        bundle = export_bundle(p, "alice", root / "alice.annbundle").path
    lines = gzip.open(bundle, "rt", encoding="utf-8").read().split("\n")[:-1]
    main = root / "main.annotator"
    with Project.create(main) as p:
        p.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(reversed(TEXTS)))
        b = AnnotationSession(p, "bob")
        b.add_entity(1, 0, 10, "ORG")
        b.set_sentiment(1, "stellantis", "positive")
        a = AnnotationSession(p, "alice")  # alice worked a little in the main project too
        a.add_entity(1, 0, 10, "MISC")
    tiny = root / "tiny"
    import spacy

    spacy.blank("fr").to_disk(tiny)
    return lines, main, str(tiny), tables(main)


def _leaf(obj, rng: random.Random, depth: int = 0):
    """Change one random leaf (or drop a key / item) somewhere in a JSON-like value."""
    if isinstance(obj, dict) and obj and depth < 8:
        key = rng.choice(list(obj))
        if rng.random() < 0.1:
            obj.pop(key)
        elif rng.random() < 0.4:
            obj[key] = rng.choice(ODD) if rng.random() < 0.6 else _shift(obj[key], rng)
        else:
            obj[key] = _leaf(obj[key], rng, depth + 1)
        return obj
    if isinstance(obj, list) and obj and depth < 8:
        i = rng.randrange(len(obj))
        r = rng.random()
        if r < 0.1:
            obj.pop(i)
        elif r < 0.2:
            obj.insert(i, obj[i])  # a duplicated item (entity, row, change)
        else:
            obj[i] = _leaf(obj[i], rng, depth + 1)
        return obj
    return _shift(obj, rng)


def _shift(value, rng: random.Random):
    if isinstance(value, int) and not isinstance(value, bool):
        return value + rng.choice([-100, -3, -1, 1, 2, 50, 10**6])
    if isinstance(value, str) and value:
        i = rng.randrange(len(value))
        return value[:i] + rng.choice(["\u0301", "\r", "👍🏽", "", "x", "0"]) + value[i + 1:]
    return rng.choice(ODD)


def _ints(obj, path=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _ints(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _ints(v, (*path, i))
    elif isinstance(obj, int) and not isinstance(obj, bool):
        yield path


def _set(obj, path, value):
    for k in path[:-1]:
        obj = obj[k]
    obj[path[-1]] = value


def mutate(lines: list[str], rng: random.Random) -> tuple[str, list[str]]:
    lines = list(lines)
    kind = rng.choice(["truncate", "leaf", "leaf", "leaf", "number", "offset", "offset", "hash", "duplicate",
                       "remove", "swap", "json", "constant", "header", "end"])
    i = rng.randrange(1, len(lines) - 1)  # a doc line
    if kind == "truncate":
        text = "\n".join(lines)
        return kind, text[: rng.randrange(len(text))].split("\n")
    if kind in ("leaf", "number", "offset", "hash"):
        rec = json.loads(lines[i])
        if kind == "leaf":
            _leaf(rec, rng)
        elif kind == "hash":
            other = json.loads(lines[rng.randrange(1, len(lines) - 1)])["hash"]
            rec["hash"] = other if rng.random() < 0.5 else "%064x" % rng.getrandbits(256)
        else:
            paths = list(_ints(rec))
            if kind == "offset":
                paths = [p for p in paths if p[-1] in ("start", "end", 0, 1)] or paths
            if paths:
                path = rng.choice(paths)
                big = rng.choice([10**30, 2**63, -1, "9" * 5000]) if kind == "number" else None
                if big == "9" * 5000:
                    raw = json.dumps(rec)
                    lines[i] = raw.replace(": 0", ": " + big, 1) if ": 0" in raw else raw + big
                    return kind, lines
                value = big if kind == "number" else _shift(0, rng) + rng.choice([0, 1, 5, 60, 400])
                _set(rec, path, value)
        lines[i] = json.dumps(rec, ensure_ascii=False)
        return kind, lines
    if kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "remove":
        lines.pop(i)
    elif kind == "swap":
        j = rng.randrange(1, len(lines) - 1)
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "json":
        pos = rng.randrange(len(lines[i]))
        lines[i] = lines[i][:pos] + rng.choice(["{", "}", '"', ",", "]", "\\", "\x00"]) + lines[i][pos:]
    elif kind == "constant":
        lines[i] = lines[i].replace('"confidence": null', '"confidence": NaN', 1).replace(
            '"seconds": 0.0', '"seconds": Infinity', 1)
        if rng.random() < 0.3:
            lines[i] = "[" * 100_000 + "]" * 100_000
    elif kind == "header":
        head = json.loads(lines[0])
        _leaf(head, rng)
        lines[0] = json.dumps(head, ensure_ascii=False)
    elif kind == "end":
        end = json.loads(lines[-1])
        _leaf(end, rng)
        lines[-1] = json.dumps(end)
    return kind, lines


def test_mutated_bundles_are_refused_with_a_code_or_merged_usable(base, tmp_path, monkeypatch, tally):
    from annotator.nlp import export as nlp_export

    configs: dict = {}
    real = nlp_export.training_config

    def cached(*args, **kwargs):  # spaCy's `init config` takes a second: once per set of arguments
        key = repr((args, sorted(kwargs.items())))
        if key not in configs:
            configs[key] = real(*args, **kwargs)
        return configs[key].copy()

    monkeypatch.setattr(nlp_export, "training_config", cached)

    lines, main, tiny, pristine = base
    counts = {"refused": 0, "merged": 0, "raw": 0, "partial": 0}
    for n in range(N):
        rng = random.Random(n)
        kind, mutated = mutate(lines, rng)
        path = tmp_path / "m.annbundle"
        data = "\n".join(mutated) + "\n"
        if rng.random() < 0.8:
            path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
        else:
            path.write_text(data, encoding="utf-8")
        project_path = tmp_path / "p.annotator"
        shutil.copy(main, project_path)
        what = f"mutation {n} ({kind})"
        try:
            outcome = _trial(path, project_path, tiny, pristine, what, tmp_path)
        except AssertionError as exc:
            counts["partial"] += 1
            tally.notes.append(f"bundle fuzz: {exc}")
        except Exception as exc:  # noqa: BLE001 - counted, then the test fails
            counts["raw"] += 1
            tally.notes.append(f"bundle fuzz: {what}: raw {type(exc).__name__}: {exc}")
        else:
            counts[outcome] += 1
        for leftover in (project_path, Path(f"{project_path}-wal"), Path(f"{project_path}-shm")):
            leftover.unlink(missing_ok=True)
    tally.add("test_bundle_fuzz", trials=N, checked=N, raw=counts["raw"], partial=counts["partial"])
    print(f"bundle fuzz: {N} mutations, {counts['refused']} refused with a code and nothing changed, "
          f"{counts['merged']} merged and usable; raw exceptions {counts['raw']}, partial writes {counts['partial']}")
    assert counts["raw"] == counts["partial"] == 0, tally.notes[-5:]
    assert counts["refused"] and counts["merged"], counts


def _trial(path, project_path, tiny, pristine, what, tmp_path) -> str:
    """One mutated bundle: "refused" (coded, tables unchanged) or "merged" (usable); AssertionError
    for a partial write or an unusable merge."""
    from annotator.services.export import export

    with Project.open(project_path) as project:
        try:
            merge_bundles(project, [path])
        except MergeError as exc:
            assert exc.code.startswith("E7") and str(exc).startswith("[E7"), what
            assert tables(project_path) == pristine, f"{what}: refused, yet the project changed"
            return "refused"
        for doc_id in project.document_ids():  # every document opens, for everyone
            for who in project.annotators(kind="human"):
                session = AnnotationSession(project, who)
                session.open(doc_id)
                session.companies(doc_id)
        alice = AnnotationSession(project, "alice")
        for doc_id in project.document_ids():
            undone = 0
            while undone < 3 and alice.undo(doc_id):
                undone += 1
            for _ in range(undone):
                assert alice.redo(doc_id), f"{what}: redo refused after undo"
        try:
            export(project, tmp_path / "out-jsonl", fmt="jsonl", annotator="alice", unfinished=True)
            export(project, tmp_path / "out-spacy", annotator="alice", unfinished=True, pipeline=tiny)
        except AnnotatorError as exc:
            assert exc.code in ("E501",), f"{what}: export: {exc}"  # nothing to export: a coded "nothing"
    return "merged"
