"""Prodigy's ``review`` output: each example holds the reviewer's result and a ``versions`` list.

A review example (``view_id`` of the reviewed task, ``_view_id: "review"``) is the reviewer's
final annotation of one text (``spans``, ``accept``, ``answer``...) plus ``versions``: the
different annotations the annotators made of that text. Each version is a whole Prodigy example
(``spans``, ``accept``, ``answer``, its own ``_task_hash``...) with ``sessions``: the session ids
of every annotator who made exactly that annotation, and ``default`` (pre-selected in the review).

Import:

* every version becomes the version of **each annotator named in its** ``sessions``, the session id
  kept whole (``ner_news-alice``), as a plain Prodigy import keeps ``_annotator_id`` whole: one
  person has one name whichever file brought their work, and no dataset name is guessed (the part
  before a ``-`` can be a dataset or part of a name such as ``jean-pierre``);
* the reviewer's result (the example's own ``spans``, ``accept``...) becomes the **gold version**
  (annotator ``gold``, status done: a finished review), when its answer is ``accept``;
* ``reject`` and ``ignore`` answers, of a version or of the reviewer, are counted and not imported;
* everything is checked as for any Prodigy record (offsets, tokens, labels...). A version's
  problems are located at ``file:line version N (sessions ...)``, and ``--skip-bad`` leaves out that
  version alone; the same session in two versions of one example is refused (two versions of one
  text by one annotator).
"""

from __future__ import annotations

from typing import Any

from annotator.core.model import GOLD
from annotator.services.formats.core import E_SHAPE, FormatImportReport, Problem, Version


def parse_review(rec: dict[str, Any], text: str, where: str, problems: list[Problem],
                 report: FormatImportReport) -> list[Version]:
    """The gold version and every annotator's version of one review example. A version's messages
    (and ``--skip-bad``) name it: ``file:line version N (sessions ...)``."""
    from annotator.services.formats.prodigy import accepted, read_version

    versions = rec["versions"]
    if not isinstance(versions, list) or not versions:
        problems.append(Problem(E_SHAPE, where, "versions must be a non-empty list (Prodigy's review output)"))
        return []
    out: list[Version] = []
    if accepted(rec, where, problems, report, "the review's "):
        gold = read_version(rec, text, where, problems, GOLD, kind="gold")
        if gold is not None:
            out.append(gold)
    for n, version in enumerate(versions, 1):
        vwhere = f"{where} version {n}"
        if not isinstance(version, dict):
            problems.append(Problem(E_SHAPE, vwhere, "must be an object"))
            continue
        sessions = version.get("sessions")
        if not isinstance(sessions, list) or not sessions or not all(isinstance(s, str) and s.strip() for s in sessions):
            problems.append(Problem(E_SHAPE, vwhere, f"sessions must be a non-empty list of session ids (got {sessions!r})"))
            continue
        vwhere = f"{vwhere} (sessions {', '.join(sessions)})"  # every message about it names it
        if version.get("text", text) != text:
            problems.append(Problem(E_SHAPE, vwhere, "its text differs from the reviewed example's text"))
            continue
        vrec = dict(version)
        if "tokens" not in vrec and "tokens" in rec:
            vrec["tokens"] = rec["tokens"]
        if not accepted(vrec, vwhere, problems, report):
            continue
        got = read_version(vrec, text, vwhere, problems, sessions[0])
        if got is None:
            continue
        for session in sessions:
            out.append(Version(where=vwhere, text=text, annotator=session,
                               entities=list(got.entities), sentiments=list(got.sentiments), events=list(got.events),
                               meta=dict(got.meta), title=got.title, source=got.source))
    return out
