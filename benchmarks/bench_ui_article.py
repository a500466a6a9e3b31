"""Article view latencies (offscreen Qt), against the window's goals.

* open: ``ArticleView.set_document`` returns and one paint completed, for a 2 KB article with 30
  entities, 200 KB with 3,000 and 2 MB with 30,000 (goals 20 / 100 / 500 ms);
* one labelling action: the key press reaches the EntityEditor, the edit is written to SQLite
  through AnnotationSession (one transaction + history row), the annotations are read back, the
  view re-formats what changed and repaints (goal 16 ms), on the 2 KB and the 200 KB article
  (and, for information, the 2 MB one).

Articles are the French sample (or a French stand-in when absent) repeated, with an emoji and a
CRLF every few paragraphs so the offset conversion is exercised, and entities on every k-th word.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, best_of

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "walmart-google-alliance.fr.txt"
FALLBACK = (
    "L'américain Walmart, numéro un mondial de la distribution, a décidé de s'associer au géant "
    "d'internet Google pour vendre ses produits en ligne. Une alliance de mastodontes qui vient "
    "concurrencer Amazon sur ses terres, écrit Marc Lore dans un billet publié sur le blog du groupe.\n"
)


def article(size: int) -> str:
    base = SAMPLE.read_text(encoding="utf-8") if SAMPLE.exists() else FALLBACK * 6
    paras = [p for p in base.split("\n") if p.strip()]
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        p = paras[i % len(paras)]
        if i % 5 == 0:
            p = "🚀 " + p
        p += "\r\n" if i % 3 == 0 else "\n"
        out.append(p)
        n += len(p.encode("utf-8"))
        i += 1
    return "".join(out)[: size]


def entities(text: str, count: int):
    from annotator.core.model import MODEL, Span
    from annotator.ui.article.tokens import Tokens

    toks = [t for t in Tokens(text).spans() if text[t[0]].isalpha() and t[1] - t[0] > 2]
    step = max(1, len(toks) // count)
    labels = ("ORG", "PER", "LOC", "MISC")
    out = []
    for k, (s, e) in enumerate(toks[::step][:count]):
        out.append(Span(s, e, labels[k % 4], source=MODEL if k % 2 else "manual", id=k + 1))
    return out


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from annotator.core.model import DocAnnotations, Document
    from annotator.resources import default_schema
    from annotator.ui.article import ArticleView, EntityEditor

    app = QApplication.instance() or QApplication([])
    schema = default_schema()
    sizes = [(2_000, 30, 20.0), (200_000, 3_000, 100.0), (2_000_000, 30_000, 500.0)]
    if quick:
        sizes = sizes[:2]
    results: list[Result] = []
    view = ArticleView()
    view.resize(1200, 900)
    view.show()
    app.processEvents()
    docs = {}
    for size, count, goal in sizes:
        text = article(size)
        ents = entities(text, count)
        doc = Document(text=text, title="Benchmark", source="bench")
        ann = DocAnnotations(entities=ents)
        docs[size] = (doc, ents)

        def open_once(doc=doc, ann=ann) -> None:
            view.set_document(doc, ann, schema)
            app.processEvents()
            view.repaint()

        t = best_of(open_once, repeat=3)
        results.append(Result(f"open {size // 1000} KB article, {len(ents):,} entities", t * 1000, "ms",
                              f"<= {goal:g}", "set_document + one paint"))

    # one labelling action, through the session and SQLite
    from annotator.services.annotate import AnnotationSession
    from annotator.store.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        for size, _, _ in sizes:
            doc, ents = docs[size]
            path = Path(tmp) / f"bench{size}.annotator"
            project = Project.create(path)
            ids, _ = project.add_documents([doc])
            doc_id = ids[0]
            session = AnnotationSession(project, "bench")
            project.replace_annotations(doc_id, "bench", DocAnnotations(entities=[s.with_(id=None) for s in ents]),
                                        action="seed", history=False)
            view.set_document(project.document(doc_id), session.annotations(doc_id), schema)
            editor = EntityEditor(view)
            editor.set_session(session, doc_id)
            app.processEvents()
            # free words (no entity on them) to label
            taken = {(s.start, s.end) for s in ents}
            from annotator.ui.article.tokens import Tokens

            free = [t for t in Tokens(doc.text).spans(0, min(len(doc.text), 60_000))
                    if doc.text[t[0]].isalpha() and t not in taken][5::7]
            n = 10 if quick else 30
            label_times, relabel_times, delete_times = [], [], []
            for s, e in free[:n]:
                view.set_selection(s, e)
                t0 = time.perf_counter()
                editor.label("ORG")
                view.repaint()
                label_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                editor.label("PER")
                view.repaint()
                relabel_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                editor.delete()
                view.repaint()
                delete_times.append(time.perf_counter() - t0)
            editor.set_session(None, None)
            editor.deleteLater()
            project.close()
            ms = statistics.median(label_times) * 1000
            detail = (f"median of {len(label_times)}; relabel {statistics.median(relabel_times) * 1000:.1f} ms, "
                      f"delete {statistics.median(delete_times) * 1000:.1f} ms, worst label "
                      f"{max(label_times) * 1000:.1f} ms; SQLite write + read back + redraw")
            results.append(Result(f"label one span, {size // 1000} KB article ({len(ents):,} entities)", ms, "ms",
                                  "<= 16", detail))
    view.close()
    return results
