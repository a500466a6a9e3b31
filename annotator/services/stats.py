"""Project statistics: documents, annotators, per-annotator status counts and time, label counts."""

from __future__ import annotations

from typing import Any

from annotator.core.model import Status
from annotator.store.project import Project


def project_stats(project: Project) -> dict[str, Any]:
    """Everything ``annotator stats`` prints, as plain JSON-able data.

    Label counts list every schema label (0 when unused) in schema order, then any label found
    in the file that the schema no longer has.
    """
    conn = project.conn
    schema = project.schema
    n_docs, n_chars = conn.execute("SELECT count(*), coalesce(sum(length(text)), 0) FROM documents").fetchone()
    seconds = dict(conn.execute("SELECT annotator, sum(seconds) FROM doc_status GROUP BY annotator"))
    layers = {
        "entities": (schema.entity_names, "SELECT annotator, label, count(*) FROM entities GROUP BY 1, 2"),
        "sentiments": (schema.sentiment_names, "SELECT annotator, value, count(*) FROM sentiments GROUP BY 1, 2"),
        "events": (schema.event_names, "SELECT annotator, label, count(*) FROM events GROUP BY 1, 2"),
    }
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for layer, (_names, sql) in layers.items():
        for annotator, label, n in conn.execute(sql):
            counts.setdefault(annotator, {}).setdefault(layer, {})[label] = n
    annotated = dict(conn.execute(
        "SELECT annotator, count(DISTINCT doc_id) FROM (SELECT annotator, doc_id FROM entities UNION ALL "
        "SELECT annotator, doc_id FROM sentiments UNION ALL SELECT annotator, doc_id FROM events) GROUP BY annotator"))
    preannotated = dict(conn.execute("SELECT annotator, count(*) FROM preannotated GROUP BY annotator"))
    annotators = []
    for name, kind in conn.execute("SELECT name, kind FROM annotators ORDER BY kind != 'human', name").fetchall():
        entry: dict[str, Any] = {"name": name, "kind": kind, "annotated_documents": annotated.get(name, 0)}
        if kind == "model":
            entry["preannotated_documents"] = preannotated.get(name, 0)
        else:
            st = project.status_counts(name)
            if kind == "gold":  # gold has no assignments: every document is to review
                st[Status.TODO.value] = n_docs - sum(v for k, v in st.items() if k != Status.TODO.value)
            st[Status.TODO.value] = max(0, st[Status.TODO.value])
            entry["status"] = st
            entry["seconds"] = round(float(seconds.get(name) or 0.0), 1)
        mine = counts.get(name, {})
        entry["labels"] = {
            layer: _ordered(names, mine.get(layer, {})) for layer, (names, _sql) in layers.items()
        }
        annotators.append(entry)
    return {
        "path": str(project.path),
        "documents": n_docs,
        "characters": n_chars,
        "pipeline": project.get_meta("pipeline") or "",
        "model_annotator": project.get_meta("model_annotator") or "",
        "annotators": annotators,
    }


def _ordered(names: list[str], found: dict[str, int]) -> dict[str, int]:
    out = {n: found.get(n, 0) for n in names}
    for label in sorted(set(found) - set(names)):
        out[label] = found[label]
    return out


def format_seconds(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h} h {m:02d} min" if h else f"{m} min {s:02d} s"


def format_stats(stats: dict[str, Any]) -> str:
    """The human-readable report of :func:`project_stats`."""
    lines = [f"{stats['path']}: {stats['documents']} documents ({stats['characters']:,} characters)"]
    if stats["pipeline"]:
        lines.append(f"pipeline: {stats['pipeline']}")
    if not stats["annotators"]:
        lines.append("no annotators yet")
    for a in stats["annotators"]:
        if a["kind"] == "model":
            lines.append(f"{a['name']} (model): pre-annotated {a['preannotated_documents']} documents")
        else:
            st = a["status"]
            parts = ", ".join(f"{s.value.replace('_', ' ')} {st.get(s.value, 0)}" for s in Status)
            lines.append(f"{a['name']} ({a['kind']}): {parts}; time {format_seconds(a['seconds'])}")
        for layer, labels in a["labels"].items():
            shown = ", ".join(f"{k} {v}" for k, v in labels.items())
            lines.append(f"  {layer}: {shown} (total {sum(labels.values())})")
    return "\n".join(lines)
