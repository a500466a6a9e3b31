"""A small project whose human versions are the gold set's (for the training tests)."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import CompanySentiment, DocAnnotations, Document, EventLabel, Span, Status
from annotator.core.text import company_key
from annotator.nlp.evaluate import load_gold
from annotator.store.project import Project

GOLD = Path(__file__).resolve().parent / "data" / "gold" / "gold.jsonl"


def gold_version(g, company_label: str = "ORG") -> DocAnnotations:
    ents = [Span(s, e, lab, company=company_key(g.text[s:e]) if lab == company_label else None)
            for s, e, lab in g.entities]
    sents = {k: CompanySentiment(k, v, name=k) for k, v in g.sentiments.items()}
    return DocAnnotations(entities=ents, sentiments=sents, events={e: EventLabel(e) for e in g.events})


def add_human_versions(project: Project, annotator: str, n: int, *, done: bool = True, skip: int = 0,
                       extra_docs: int = 0) -> list[int]:
    """Import the first ``skip + n`` gold articles (and ``extra_docs`` more, untouched); ``annotator``
    gets the gold version of articles skip..skip+n, marked done."""
    gold = load_gold(GOLD, project.schema)
    docs = gold[: skip + n + extra_docs]
    ids, _ = project.add_documents(Document(text=g.text, title=g.id) for g in docs)
    by_text = {project.document(i).text: i for i in ids}
    project.ensure_annotator(annotator, "human")
    for g in docs[skip : skip + n]:
        doc_id = by_text[g.text]
        project.replace_annotations(doc_id, annotator, gold_version(g, project.schema.company_label), action="import")
        if done:
            project.set_status(doc_id, annotator, Status.DONE)
    return ids


def file_bytes(path: Path) -> bytes:
    """The project file with its WAL, to check that a refused operation changed nothing."""
    out = path.read_bytes() if path.exists() else b""
    wal = Path(str(path) + "-wal")
    return out + (wal.read_bytes() if wal.exists() else b"")
