"""Fuzz each format importer with mutated realistic files: every input is either imported whole
(and every stored span lies inside its text) or refused with a coded ``file:line`` message and
the project file left byte for byte as it was. ``ANNOTATOR_STRESS_N`` sets the count per format
(short by default; ``make stress`` runs 10,000)."""

from __future__ import annotations

import json
import os
import random
import re

import pytest

from annotator.core.errors import InputError
from annotator.services.formats import import_files
from annotator.store.project import Project
from tests.conftest import file_bytes
from tests.formats_data import doccano_lines, labelstudio_tasks, prodigy_lines, review_lines

N = int(os.environ.get("ANNOTATOR_STRESS_N", "15"))
_CODE = re.compile(r"^\[E3[4-9]\d\] [^:]+:\d+(?: version \d+[^:]*)?: ")  # a review's version: "f:1 version 2 (...)"
_ODD = [None, -1, 0, 1, 10**9, "0", 1.5, [], {}, "", "ORG", "🚗", "\r\n", True]


def _mutate(obj, rng: random.Random, depth: int = 0):
    """Change one random leaf (or drop a key / item) somewhere in a JSON-like value."""
    if isinstance(obj, dict) and obj:
        key = rng.choice(list(obj))
        if rng.random() < 0.15:
            obj.pop(key)
        elif rng.random() < 0.5 or depth > 6:
            obj[key] = rng.choice(_ODD) if rng.random() < 0.7 else _shift(obj[key], rng)
        else:
            obj[key] = _mutate(obj[key], rng, depth + 1)
        return obj
    if isinstance(obj, list) and obj:
        i = rng.randrange(len(obj))
        if rng.random() < 0.15:
            obj.pop(i)
        else:
            obj[i] = _mutate(obj[i], rng, depth + 1)
        return obj
    return _shift(obj, rng)


def _shift(value, rng: random.Random):
    if isinstance(value, int) and not isinstance(value, bool):
        return value + rng.choice([-3, -1, 1, 2, 50])
    if isinstance(value, str) and value:
        i = rng.randrange(len(value))
        return value[:i] + rng.choice(["\u0301", "\r", "👍🏽", "", "x"]) + value[i + 1:]
    return rng.choice(_ODD)


def _write(fmt: str, data, path):
    if fmt == "labelstudio":
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in data), encoding="utf-8")


SOURCES = {"prodigy": (prodigy_lines, "x.jsonl"), "labelstudio": (labelstudio_tasks, "x.json"),
           "doccano": (doccano_lines, "x.jsonl"), "prodigy-review": (review_lines, "x.jsonl")}


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_mutated_inputs_import_whole_or_change_nothing(source, tmp_path):
    make, name = SOURCES[source]
    fmt = source.split("-")[0]  # prodigy-review: Prodigy's review output, read by the prodigy importer
    rng = random.Random(f"{source}-{N}")
    path = tmp_path / name
    project_path = tmp_path / "fuzz.annotator"
    Project.create(project_path).close()
    imported = refused = 0
    for i in range(N):
        data = make()
        for _ in range(rng.randint(1, 3)):
            _mutate(data, rng)
        if rng.random() < 0.1:
            text = json.dumps(data)
            cut = rng.randrange(len(text))
            path.write_text(text[:cut], encoding="utf-8")
        else:
            _write(fmt, data, path)
        before = file_bytes(project_path)
        project = Project.open(project_path)
        try:
            import_files(project, [path], fmt, add_labels=rng.random() < 0.3)
            imported += 1
            for doc in project.documents():
                for who in project.annotators():
                    for s in project.annotations(doc.id, who).entities:
                        assert 0 <= s.start < s.end <= len(doc.text)
        except InputError as exc:
            refused += 1
            assert _CODE.match(str(exc)) or exc.code == "E352", f"case {i}: {exc}"
            project.close()
            assert file_bytes(project_path) == before, f"case {i}: a refused import changed the project"
        finally:
            project.close()
    assert imported + refused == N


def _conll_text() -> str:
    return ("-DOCSTART- -X- O O\n\nLe O\ngroupe O\nRe\u0301nault B-ORG\nsigne O\navec O\nNissan B-ORG\nSA I-ORG\n. O\n\n"
            "🚗 O\nStellantis U-ORG\nrecrute O\n\n-DOCSTART- -X- O O\n\nCarlos B-PER\nTavares L-PER\nà O\nParis B-LOC\n")


def test_mutated_conll_imports_whole_or_changes_nothing(tmp_path):
    rng = random.Random(f"conll-{N}")
    path = tmp_path / "x.conll"
    project_path = tmp_path / "fuzz.annotator"
    Project.create(project_path).close()
    tags = ["O", "B-ORG", "I-ORG", "B-X", "I-", "U-PER", "L-LOC", "E-ORG", "B-org", ""]
    for i in range(N):
        lines = _conll_text().split("\n")
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(lines))
            cols = lines[k].split(" ")
            choice = rng.random()
            if choice < 0.4 and len(cols) == 2:
                lines[k] = f"{cols[0]} {rng.choice(tags)}"
            elif choice < 0.6:
                lines[k] = str(_shift(lines[k], rng))
            elif choice < 0.8:
                lines.insert(k, rng.choice(["", "-DOCSTART- -X- O O", "lonely", "a b c O", "\r"]))
            else:
                lines.pop(k)
        path.write_text("\n".join(lines), encoding="utf-8")
        before = file_bytes(project_path)
        project = Project.open(project_path)
        try:
            import_files(project, [path], "conll", annotator=f"a{i}", add_labels=rng.random() < 0.3)
            for doc in project.documents():
                for s in project.annotations(doc.id, f"a{i}").entities:
                    assert 0 <= s.start < s.end <= len(doc.text)
        except InputError as exc:
            assert _CODE.match(str(exc)) or exc.code == "E352", f"case {i}: {exc}"
            project.close()
            assert file_bytes(project_path) == before
        finally:
            project.close()


def test_corrupted_docbin_is_refused_or_imported_whole(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("fr")
    db = DocBin(store_user_data=False)
    text = "Le groupe Re\u0301nault signe avec Nissan SA à Paris 🚗."
    doc = nlp(text)
    r, p = text.index("Re"), text.index("Paris")
    doc.ents = [doc.char_span(r, r + 8, label="ORG"), doc.char_span(p, p + 5, label="LOC")]
    doc.cats = {"partnership": 1.0}
    db.add(doc)
    good = db.to_bytes()
    rng = random.Random(f"docbin-{N}")
    path = tmp_path / "x.spacy"
    project_path = tmp_path / "fuzz.annotator"
    Project.create(project_path).close()
    for i in range(N):
        data = bytearray(good)
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        else:
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        before = file_bytes(project_path)
        project = Project.open(project_path)
        try:
            import_files(project, [path], "spacy", annotator=f"a{i}")
        except InputError as exc:
            assert _CODE.match(str(exc)) or exc.code == "E352", f"case {i}: {exc}"
            project.close()
            assert file_bytes(project_path) == before
        finally:
            project.close()
