"""Fuzzed inputs for every importer (JSONL, CSV, TSV, TXT, HTML): each either imports or is refused
with a coded error that changes nothing; never a raw exception, never half an import."""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.services.importer import ImportOptions, import_paths
from annotator.store.project import Project
from stress.harness import article, make_project
from stress.tally import stress_n

NASTY = ["\x00", "\x1b[2J", "\ufeff", "\ud800", "\r", "\u2028", "👍🏽", "e\u0301", '"', "\\", ",", "\t", "\n",
         "9" * 5000, "[" * 3000, "{\"text\": 1}", "NaN", "-Infinity", "1e999999", "<script>", "</html>",
         "\udfff", "\x85", "\xa0", "�"]


def _base(kind: str, rng: random.Random) -> bytes:
    rows = [{"text": article(rng, rng.randint(1, 60)), "title": f"t{rng.randint(0, 9)}", "source": "AFP",
             "published": "2024-05-01"} for _ in range(rng.randint(1, 5))]
    if kind == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=rng.random() < 0.5) + "\n" for r in rows).encode()
    if kind in ("csv", "tsv"):
        sep = "," if kind == "csv" else "\t"
        out = sep.join(rows[0]) + "\n" + "".join(sep.join(f'"{v}"' for v in r.values()) + "\n" for r in rows)
        return out.encode()
    if kind == "html":
        body = "".join(f"<p>{r['text']}</p>" for r in rows)
        return f"<html><head><title>{rows[0]['title']}</title></head><body><article>{body}</article></body></html>".encode()
    return "\n\n".join(r["text"] for r in rows).encode()


def _mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        pos = rng.randrange(len(b) + 1)
        if op < 0.25 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op < 0.45:
            b[pos:pos] = rng.choice(NASTY).encode("utf-8", "surrogatepass")
        elif op < 0.6 and b:
            del b[pos : pos + rng.randint(1, 40)]
        elif op < 0.7:
            b = b[:pos]
        elif op < 0.8:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 30)))
        elif op < 0.9 and b:
            start = rng.randrange(len(b))
            b[pos:pos] = b[start : start + rng.randint(1, 200)]
        else:
            b = bytearray(rng.choice([b"", b"\n", b"\xef\xbb\xbf", b"\xff\xfe", b" " * 10]) + bytes(b))
    return bytes(b)


def test_importer_fuzz(tmp_path, tally):
    n = stress_n()
    rng = random.Random(2024)
    kinds = ["jsonl", "csv", "tsv", "txt", "html"]
    path = make_project(tmp_path / "fuzz.annotator", n_docs=1)
    project = Project.open(path)
    raw = partial = refused = imported = 0
    try:
        for i in range(n):
            if i and i % 1000 == 0:
                project.close()
                path = make_project(tmp_path / f"fuzz{i}.annotator", n_docs=1)
                project = Project.open(path)
            kind = rng.choice(kinds)
            src = tmp_path / f"in.{kind}"
            src.write_bytes(_mutate(_base(kind, rng), rng))
            before = project.document_count()
            try:
                report = import_paths(project, [src], skip_bad=rng.random() < 0.3, options=ImportOptions())
            except AnnotatorError:
                refused += 1
                if project.document_count() != before:
                    partial += 1
                    tally.notes.append(f"importer fuzz #{i} ({kind}): refused yet wrote documents")
                if project.conn.in_transaction:
                    partial += 1
                    tally.notes.append(f"importer fuzz #{i} ({kind}): refused and left a transaction open")
                continue
            except Exception as exc:  # noqa: BLE001 - counted: the figure must be 0
                raw += 1
                kept = tmp_path / f"raw{raw}.{kind}"
                kept.write_bytes(src.read_bytes())
                tally.notes.append(f"importer fuzz #{i} ({kind}): {type(exc).__name__}: {exc!s:.200} (kept {kept.name})")
                continue
            imported += 1
            if project.document_count() != before + report.added:
                partial += 1
                tally.notes.append(f"importer fuzz #{i} ({kind}): report says {report.added}, wrote "
                                   f"{project.document_count() - before}")
    finally:
        project.close()
    tally.add("importer fuzz (5 formats)", trials=n, raw=raw, partial=partial)
    tally.notes.append(f"importer fuzz: {imported} imported, {refused} refused with a code")
    assert (raw, partial) == (0, 0), tally.notes[-6:]
