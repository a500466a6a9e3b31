"""Annotators and reading their versions of documents (one document, or many at once)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from annotator.core.errors import ProjectError
from annotator.core.model import CompanySentiment, DocAnnotations, EventLabel, Span
from annotator.store.faults import stored_json
from annotator.store.records import ENTITY, EVENT, SENTIMENT, now


class AnnotationStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``, ``path``, ``write()``."""

    # ------------------------------------------------------------------ annotators
    def ensure_annotator(self, name: str, kind: str = "human") -> None:
        if not name or not name.strip():
            raise ProjectError("an annotator needs a name", code="E230")
        with self.write() as conn:
            conn.execute("INSERT OR IGNORE INTO annotators(name, kind, created_at) VALUES (?, ?, ?)",
                         (name, kind, now()))

    def annotators(self, kind: str | None = None) -> list[str]:
        if kind:
            rows = self.conn.execute("SELECT name FROM annotators WHERE kind = ? ORDER BY name", (kind,))
        else:
            rows = self.conn.execute("SELECT name FROM annotators ORDER BY name")
        return [r[0] for r in rows]

    def annotator_kind(self, name: str) -> str | None:
        row = self.conn.execute("SELECT kind FROM annotators WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ reading annotations
    def annotations(self, doc_id: int, annotator: str, *,
                    layers: Sequence[str] = (ENTITY, SENTIMENT, EVENT)) -> DocAnnotations:
        """One annotator's version of a document; ``layers`` limits what is read (the others stay
        empty): a sentiment or event edit need not read 30,000 entities."""
        conn = self.conn
        ents = [
            Span(start=s, end=e, label=lab, source=src, confidence=conf, company=comp, id=i)
            for i, s, e, lab, src, conf, comp in conn.execute(
                'SELECT id, start, "end", label, source, confidence, company FROM entities '
                'WHERE doc_id = ? AND annotator = ? ORDER BY start, "end", id',
                (doc_id, annotator),
            )
        ] if ENTITY in layers else []
        sents = {
            comp: CompanySentiment(company=comp, name=name, value=val, source=src, confidence=conf,
                                   evidence=_spans(ev))
            for comp, name, val, src, conf, ev in conn.execute(
                "SELECT company, name, value, source, confidence, evidence FROM sentiments "
                "WHERE doc_id = ? AND annotator = ? ORDER BY company",
                (doc_id, annotator),
            )
        } if SENTIMENT in layers else {}
        events = {
            lab: EventLabel(label=lab, source=src, confidence=conf, evidence=_spans(ev))
            for lab, src, conf, ev in conn.execute(
                "SELECT label, source, confidence, evidence FROM events WHERE doc_id = ? AND annotator = ? "
                "ORDER BY label",
                (doc_id, annotator),
            )
        } if EVENT in layers else {}
        return DocAnnotations(entities=ents, sentiments=sents, events=events)

    def entities_where(self, doc_id: int, annotator: str, *, entity_id: int | None = None,
                       overlapping: tuple[int, int] | None = None) -> list[Span]:
        """One annotator's entities of one document with that id or overlapping ``(start, end)``:
        the few rows an edit needs, without reading a long article's thousands of entities."""
        sql = ('SELECT id, start, "end", label, source, confidence, company FROM entities '
               "WHERE doc_id = ? AND annotator = ?")
        params: list[Any] = [doc_id, annotator]
        if entity_id is not None:
            sql += " AND id = ?"
            params.append(entity_id)
        if overlapping is not None:
            sql += ' AND start < ? AND "end" > ?'
            params += [overlapping[1], overlapping[0]]
        return [Span(s, e, lab, src, conf, comp, i)
                for i, s, e, lab, src, conf, comp in self.conn.execute(sql + ' ORDER BY start, "end", id', params)]

    def annotated_doc_ids(self, annotator: str) -> list[int]:
        """Documents on which ``annotator`` has any annotation or a status."""
        rows = self.conn.execute(
            "SELECT doc_id FROM entities WHERE annotator = ?1 UNION SELECT doc_id FROM sentiments WHERE annotator = ?1 "
            "UNION SELECT doc_id FROM events WHERE annotator = ?1 UNION SELECT doc_id FROM doc_status "
            "WHERE annotator = ?1 ORDER BY 1",
            (annotator,),
        )
        return [r[0] for r in rows]

    def annotations_bulk(self, annotators: Sequence[str], doc_ids: Sequence[int] | None = None
                         ) -> dict[tuple[int, str], DocAnnotations]:
        """Versions of many documents by ``annotators`` in a few queries (agreement, review).

        Keys are ``(doc_id, annotator)`` for every pair with at least one annotation; ``doc_ids``
        restricts to those documents. Entities come in (start, end, id) order.
        """
        out: dict[tuple[int, str], DocAnnotations] = {}
        if not annotators:
            return out

        def get(key: tuple[int, str]) -> DocAnnotations:
            ann = out.get(key)
            if ann is None:
                ann = out[key] = DocAnnotations()
            return ann

        for where, params in self._bulk_filters(annotators, doc_ids):
            for d, a, i, s, e, lab, src, conf, comp in self.conn.execute(
                'SELECT doc_id, annotator, id, start, "end", label, source, confidence, company FROM entities '
                f'WHERE {where} ORDER BY doc_id, annotator, start, "end", id', params):
                get((d, a)).entities.append(Span(s, e, lab, src, conf, comp, i))
            for d, a, comp, name, val, src, conf, ev in self.conn.execute(
                "SELECT doc_id, annotator, company, name, value, source, confidence, evidence FROM sentiments "
                f"WHERE {where} ORDER BY doc_id, annotator, company", params):
                get((d, a)).sentiments[comp] = CompanySentiment(company=comp, name=name, value=val, source=src,
                                                                confidence=conf, evidence=_spans(ev))
            for d, a, lab, src, conf, ev in self.conn.execute(
                "SELECT doc_id, annotator, label, source, confidence, evidence FROM events "
                f"WHERE {where} ORDER BY doc_id, annotator, label", params):
                get((d, a)).events[lab] = EventLabel(label=lab, source=src, confidence=conf, evidence=_spans(ev))
        return out

    def annotation_keys_bulk(self, annotators: Sequence[str], doc_ids: Sequence[int] | None = None
                             ) -> tuple[list[tuple[int, str, int, int, str]], list[tuple[int, str, str, str]],
                                        list[tuple[int, str, str]]]:
        """Lean rows for comparing versions (agreement): ``(entities, sentiments, events)`` as
        ``(doc_id, annotator, start, end, label)``, ``(doc_id, annotator, company, value)`` and
        ``(doc_id, annotator, label)`` tuples, with no objects built and no JSON parsed."""
        ents: list[Any] = []
        sents: list[Any] = []
        events: list[Any] = []
        if not annotators:
            return ents, sents, events
        for where, params in self._bulk_filters(annotators, doc_ids):
            ents += self.conn.execute(
                f'SELECT doc_id, annotator, start, "end", label FROM entities WHERE {where}', params).fetchall()
            sents += self.conn.execute(
                f"SELECT doc_id, annotator, company, value FROM sentiments WHERE {where}", params).fetchall()
            events += self.conn.execute(
                f"SELECT doc_id, annotator, label FROM events WHERE {where}", params).fetchall()
        return ents, sents, events

    def statuses_bulk(self, annotators: Sequence[str], doc_ids: Sequence[int] | None = None
                      ) -> dict[tuple[int, str], str]:
        """``{(doc_id, annotator): status}`` for every stored status of ``annotators`` (no row = todo)."""
        out: dict[tuple[int, str], str] = {}
        for where, params in self._bulk_filters(annotators, doc_ids):
            for d, a, st in self.conn.execute(f"SELECT doc_id, annotator, status FROM doc_status WHERE {where}",
                                              params):
                out[(d, a)] = st
        return out

    @staticmethod
    def _bulk_filters(annotators: Sequence[str], doc_ids: Sequence[int] | None, batch: int = 500
                      ) -> Iterator[tuple[str, list[Any]]]:
        names = list(dict.fromkeys(annotators))
        by_name = f"annotator IN ({','.join('?' * len(names))})"
        if doc_ids is None:
            yield by_name, names
            return
        ids = sorted({int(i) for i in doc_ids})
        for k in range(0, len(ids), batch):
            chunk = ids[k : k + batch]
            yield f"{by_name} AND doc_id IN ({','.join('?' * len(chunk))})", names + chunk


def _spans(raw: str) -> tuple[tuple[int, int], ...]:
    if raw == "[]":
        return ()
    try:
        return tuple((int(a), int(b)) for a, b in stored_json(raw, "evidence"))
    except (TypeError, ValueError) as exc:
        raise ProjectError(f"evidence {raw[:40]!r}: stored data is damaged; run `annotator check`",
                           code="E274") from exc
