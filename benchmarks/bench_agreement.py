"""Agreement for 10,000 documents x 3 annotators in <= 10 s (issue 5).

A synthetic project (written straight into the tables: building it is not what is measured) holds
three annotators' finished versions of every document: ~8 entities, 2-3 company sentiments and
1-2 event types each, with random disagreements. Measured: the whole report
(:func:`annotator.services.agreement.compute`), the review queue's ``disagreement_scores``, and,
as the bare-library reference, reading the same rows with plain sqlite3 (the floor for any
implementation that reads from the project).
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, best_of

LABELS = ("PER", "ORG", "LOC", "MISC")
VALUES = ("positive", "negative", "neutral", "mixed")
EVENTS = ("partnership", "acquisition", "earnings", "layoffs", "legal", "funding")
ANNOTATORS = ("alice", "bob", "carol")


def build(path: Path, n_docs: int, seed: int = 0) -> None:
    from annotator.core.model import content_hash
    from annotator.store.project import Project, now

    rng = random.Random(seed)
    project = Project.create(path)
    try:
        for a in ANNOTATORS:
            project.ensure_annotator(a)
        docs = []
        for i in range(n_docs):
            text = f"Article {i}: " + "Le groupe annonce un accord avec ses partenaires. " * 12
            docs.append((content_hash(text), text, f"Article {i}", "bench", "", "", "{}"))
        project.add_documents_bulk(docs)
        ents, sents, events, statuses = [], [], [], []
        stamp = now()
        for d in range(1, n_docs + 1):
            base = [(k * 70 + rng.randrange(0, 20), rng.randrange(3, 15), rng.choice(LABELS)) for k in range(8)]
            comps = [f"company {rng.randrange(50)}" for _ in range(rng.randrange(2, 4))]
            vals = {c: rng.choice(VALUES) for c in comps}
            evs = set(rng.sample(EVENTS, rng.randrange(1, 3)))
            for a in ANNOTATORS:
                for start, length, label in base:
                    r = rng.random()
                    if r < 0.05:
                        continue  # missed
                    if r < 0.10:
                        length += 2  # boundary disagreement
                    elif r < 0.13:
                        label = rng.choice(LABELS)
                    ents.append((d, a, start, start + length, label, "manual"))
                for c, v in vals.items():
                    if rng.random() < 0.2:
                        v = rng.choice(VALUES)
                    sents.append((d, a, c, c.title(), v, "manual", "[]"))
                mine = set(evs)
                if rng.random() < 0.2:
                    mine ^= {rng.choice(EVENTS)}
                events.extend((d, a, e, "manual", "[]") for e in mine)
                statuses.append((d, a, "done", "", 0.0, stamp))
        with project.write() as conn:
            conn.executemany('INSERT INTO entities(doc_id, annotator, start, "end", label, source) '
                             "VALUES (?,?,?,?,?,?)", ents)
            conn.executemany("INSERT OR IGNORE INTO sentiments(doc_id, annotator, company, name, value, source, "
                             "evidence) VALUES (?,?,?,?,?,?,?)", sents)
            conn.executemany("INSERT INTO events(doc_id, annotator, label, source, evidence) VALUES (?,?,?,?,?)",
                             events)
            conn.executemany("INSERT INTO doc_status(doc_id, annotator, status, comment, seconds, updated_at) "
                             "VALUES (?,?,?,?,?,?)", statuses)
    finally:
        project.close()


def bare_read(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        n = 0
        for sql in ('SELECT doc_id, annotator, id, start, "end", label, source, confidence, company FROM entities',
                    "SELECT doc_id, annotator, company, name, value, source, confidence, evidence FROM sentiments",
                    "SELECT doc_id, annotator, label, source, confidence, evidence FROM events",
                    "SELECT doc_id, annotator, status FROM doc_status"):
            n += len(conn.execute(sql).fetchall())
        return n
    finally:
        conn.close()


def run(quick: bool = False) -> list[Result]:
    from annotator.services import agreement
    from annotator.store.project import Project

    n_docs = 1_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.annotator"
        t0 = time.perf_counter()
        build(path, n_docs)
        built = time.perf_counter() - t0
        project = Project.open(path)
        try:
            report = agreement.compute(project)  # warm-up (imports, page cache)
            full = best_of(lambda: agreement.compute(project), repeat=3)
            scores = best_of(lambda: agreement.disagreement_scores(project), repeat=3)
            one = best_of(lambda: agreement.document_disagreement(project, n_docs // 2), repeat=5)
            html = best_of(lambda: agreement.to_html(report), repeat=3)
        finally:
            project.close()
        bare = best_of(lambda: bare_read(path), repeat=3)
    detail = (f"{n_docs} docs x 3 annotators ({report.documents} compared; sentiment alpha "
              f"{agreement.fmt(report.sentiment['alpha_nominal'])}); project built in {built:.1f} s")
    return [
        Result("report, 3 annotators", full, "s", "<= 10" if not quick else "<= 1", detail),
        Result("disagreement_scores (review queue)", scores, "s", "<= 10" if not quick else "<= 1",
               f"{n_docs} docs"),
        Result("document_disagreement (one doc)", one * 1000, "ms", "<= 20", "review view, per document"),
        Result("HTML export of the report", html * 1000, "ms", "<= 1000", ""),
        Result("bare sqlite3 read / our report", bare / full, "ratio", ">= 0.05",
               f"bare read of the same rows {bare:.2f} s: the floor any reader pays"),
    ]
