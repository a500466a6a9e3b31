"""CoNLL-2003 / IOB2: one token a line (``token TAG``, the tag in the last column), a blank line
between sentences, ``-DOCSTART-`` between documents.

Import re-aligns the tokens to a text: to the project's document whose text has the same
characters once whitespace is removed (the usual case: the texts were imported first), else to a
text rebuilt from the tokens (one space between tokens, a line break between sentences). A token
that cannot be found at its place in the text is reported (E350), with its line. Tags may be IOB2,
IOB1 or BILUO. Without any ``-DOCSTART-`` line, each sentence is one document. The annotator is
``--annotator``, else the file name.

Export writes ``conll/<annotator>.conll`` per annotator from our tokens (the project pipeline's
tokenizer), a sentence per paragraph. CoNLL carries entities only: company sentiments and event
types are left out (counted in the report), as are entities that overlap or do not fall on token
boundaries (listed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.text import paragraphs
from annotator.services.formats.core import E_ALIGN, E_SHAPE, FormatImportReport, Problem, Version
from annotator.services.formats.doccano import safe_name
from annotator.services.formats.exporting import FormatExportReport, out_path, select, versions, write_atomic
from annotator.services.formats.reading import read_text
from annotator.store.project import Project

NAME = "conll"
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}


_KEY = 32  # characters (whitespace removed) that find the project's document a CoNLL document belongs to


def _squash(text: str) -> str:
    return "".join(text.split())


def _documents(text: str, name: str, problems: list[Problem]) -> list[tuple[int, list[list[tuple[int, str, str]]]]]:
    """``[(first line, sentences)]``; a sentence is ``[(line, token, tag)]``."""
    docs: list[tuple[int, list[list[tuple[int, str, str]]]]] = []
    has_docstart = any(line.startswith("-DOCSTART-") for line in text.split("\n"))
    sentences: list[list[tuple[int, str, str]]] = []
    sentence: list[tuple[int, str, str]] = []
    start_line = 1

    def end_sentence() -> None:
        nonlocal sentence
        if sentence:
            sentences.append(sentence)
            sentence = []

    def end_doc(line: int) -> None:
        nonlocal sentences, start_line
        end_sentence()
        if sentences:
            docs.append((start_line, sentences))
        sentences = []
        start_line = line

    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if line.startswith("-DOCSTART-"):
            end_doc(n + 1)
            continue
        if not line.strip():
            end_sentence()
            if not has_docstart:
                end_doc(n + 1)
            continue
        cols = line.split()
        if len(cols) < 2:
            problems.append(Problem(E_SHAPE, f"{name}:{n}", f"expected 'token TAG', got {line[:60]!r}"))
            continue
        sentence.append((n, cols[0], cols[-1]))
    end_doc(0)
    return docs


def _spans(tags: list[tuple[int, str, str]], name: str, problems: list[Problem]) -> list[tuple[int, int, str]] | None:
    """Token index spans ``(first, last + 1, label)`` from IOB2 / IOB1 / BILUO tags."""
    out: list[tuple[int, int, str]] = []
    open_: tuple[int, str] | None = None
    for k, (line, _tok, tag) in enumerate(tags):
        if tag == "O":
            if open_:
                out.append((open_[0], k, open_[1]))
            open_ = None
            continue
        if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BIELU":
            problems.append(Problem(E_SHAPE, f"{name}:{line}", f"tag {tag!r} is not O, B-X, I-X, L-X or U-X"))
            return None
        kind, label = tag[0], tag[2:]
        if kind in "BU" or open_ is None or open_[1] != label:
            if open_:
                out.append((open_[0], k, open_[1]))
            open_ = (k, label)
        if kind in "LEU":
            out.append((open_[0], k + 1, open_[1]))
            open_ = None
    if open_:
        out.append((open_[0], len(tags), open_[1]))
    return out


def _align(text: str, tokens: list[tuple[int, str, str]], name: str, problems: list[Problem]
           ) -> list[tuple[int, int]] | None:
    offsets = []
    pos = 0
    bad = 0
    for line, tok, _tag in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        for form in (tok, _PTB.get(tok)):
            if form and text.startswith(form, pos):
                offsets.append((pos, pos + len(form)))
                pos += len(form)
                break
        else:
            bad += 1
            if bad <= 20:
                problems.append(Problem(E_ALIGN, f"{name}:{line}", f"token {tok!r} cannot be aligned to the text "
                                                                   f"(the text has {text[pos:pos + len(tok) + 5]!r} "
                                                                   "there)"))
            offsets.append((pos, pos))
    return None if bad else offsets


def parse(path: Path, problems: list[Problem], report: FormatImportReport, *, annotator: str | None = None,
          project: Project | None = None, **_: Any) -> list[Version]:
    text = read_text(path, problems)
    if text is None:
        return []
    name = annotator or path.name.split(".")[0]
    index: dict[str, list[str]] | None = None
    out: list[Version] = []
    for first, sentences in _documents(text, path.name, problems):
        where = f"{path.name}:{first}"
        tokens = [t for s in sentences for t in s]
        if index is None:
            index = {}
            for d in (project.documents() if project is not None else ()):
                index.setdefault(_squash(d.text)[:_KEY], []).append(d.text)
        squashed = "".join(_PTB.get(t, t) for _, t, _ in tokens)
        candidates = index.get(squashed[:_KEY], [])
        found = next((c for c in candidates if _squash(c) == squashed), candidates[0] if candidates else None)
        if found is None:
            doc_text = "\n".join(" ".join(_PTB.get(t, t) for _, t, _ in s) for s in sentences) + "\n"
            report.notes.append(f"{where}: no document of the project has these tokens; the text is rebuilt from "
                                "them (spaces between tokens)")
        else:
            doc_text = found
        offsets = _align(doc_text, tokens, path.name, problems)
        spans = _spans(tokens, path.name, problems)
        if offsets is None or spans is None:
            continue
        v = Version(where=where, text=doc_text, annotator=name)
        v.entities = [(offsets[a][0], offsets[b - 1][1], label) for a, b, label in spans]
        out.append(v)
    return out


def export(project: Project, outdir: Any, *, annotator: str | None = None, gold: bool = False,
           unfinished: bool = False,
           pipeline: str | None = None) -> FormatExportReport:
    from annotator.nlp.conll import DOCSTART, iob_sentences, tokenizer
    from annotator.services.preannotate import project_pipeline

    out = out_path(outdir) / "conll"
    out.mkdir(exist_ok=True)
    pairs, selection = select(project, annotator=annotator, gold=gold, models=False, unfinished=unfinished)
    report = FormatExportReport(NAME, selection)
    nlp = tokenizer(project_pipeline(project, pipeline))
    files: dict[str, list[str]] = {}
    docs = set()
    sentiments = events = 0
    for vo in versions(project, pairs):
        doc = vo.doc
        breaks = [s for s, _ in paragraphs(doc.text)]
        sents, left = iob_sentences(nlp.tokenizer(doc.text), [(s.start, s.end, s.label) for s in vo.ann.entities],
                                    breaks)
        for start, end, label, why in left:
            report.left_out.append(f"document {doc.id} ({vo.annotator}): entity {start}-{end} "
                                   f"{doc.text[start:end]!r} ({label}) {why}; left out")
        lines = files.setdefault(vo.annotator, [])
        lines.append(DOCSTART)
        lines.append("")
        for sent in sents:
            lines += [f"{tok} {tag}" for tok, tag in sent]
            lines.append("")
        sentiments += len(vo.ann.sentiments)
        events += len(vo.ann.events)
        report.versions += 1
        report.entities += len(vo.ann.entities) - len(left)
        docs.add(doc.id)
    report.documents = len(docs)
    for name, lines in sorted(files.items()):
        path = out / f"{safe_name(name)}.conll"
        write_atomic(path, "\n".join(lines) + "\n")
        report.files.append(path)
    report.left_out.insert(0, f"CoNLL carries entities only: {sentiments} company sentiment(s) and {events} event "
                              "type(s) left out; the text's exact spacing is not carried (import re-aligns the "
                              "tokens to the project's texts)")
    return report
