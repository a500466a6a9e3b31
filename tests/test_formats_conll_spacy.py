"""CoNLL-2003 / IOB2 and spaCy DocBin in and out; checked with spaCy's own readers."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import DocBin

from annotator.core.errors import InputError
from annotator.core.model import Document
from annotator.services.export import export
from annotator.services.formats import detect, export_format, import_files
from annotator.store.project import Project
from tests.conftest import file_bytes
from tests.formats_data import TEXT1, TEXT2, doccano_lines, ents1, ents2, snapshot, write_jsonl


def _alice(tmp_path, name="a.annotator"):
    p = Project.create(tmp_path / name)
    import_files(p, [write_jsonl(tmp_path / "alice.jsonl", doccano_lines())])
    return p


def _entities_only(snap):
    return {k: v[0] for k, v in snap.items()}


def test_conll_round_trip_realigned_to_the_project_texts(tmp_path, tiny):
    a = _alice(tmp_path)
    report = export_format(a, tmp_path / "out", "conll", pipeline=tiny)
    path = report.files[0]
    assert path.name == "alice.conll" and detect(path) == "conll"
    body = path.read_text(encoding="utf-8")
    assert body.startswith("-DOCSTART- -X- O O\n\n") and "Carlos B-PER\nTavares I-PER" in body
    assert "2 company sentiment(s) and 2 event type(s) left out" in report.left_out[0] or \
        "company sentiment(s)" in report.left_out[0]
    b = Project.create(tmp_path / "b.annotator")
    b.add_documents([Document(text=TEXT1), Document(text=TEXT2)])
    r = import_files(b, [path])
    assert r.documents_existing == 2 and r.documents_added == 0
    assert _entities_only(snapshot(b)) == _entities_only(snapshot(a))


def test_conll_read_by_spacy_convert(tmp_path, tiny):
    a = _alice(tmp_path)
    path = export_format(a, tmp_path / "out", "conll", pipeline=tiny).files[0]
    conv = tmp_path / "conv"
    conv.mkdir()
    run = subprocess.run([sys.executable, "-m", "spacy", "convert", str(path), str(conv), "--converter", "ner",
                          "--n-sents", "1"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    docs = list(DocBin().from_disk(conv / "alice.spacy").get_docs(spacy.blank("fr").vocab))
    # spaCy's converter joins the tokens with spaces: compare entity texts without whitespace
    got = sorted(("".join(e.text.split()), e.label_) for d in docs for e in d.ents)
    want = sorted(("".join(t[s:e].split()), lab) for t, ents in ((TEXT1, ents1()), (TEXT2, ents2())) for s, e, lab in ents)
    assert got == want


def test_conll_without_project_texts_rebuilds_the_text(tmp_path):
    src = tmp_path / "wire.iob"
    src.write_text("Airbus B-ORG\nlivre I-ORG\nà O\nToulouse B-LOC\n. O\n\nSafran U-ORG\nrecrute O\n", encoding="utf-8")
    p = Project.create(tmp_path / "p.annotator")
    report = import_files(p, [src], annotator="ed")
    texts = [d.text for d in p.documents()]
    assert texts == ["Airbus livre à Toulouse .\n", "Safran recrute\n"]
    ann = p.annotations(1, "ed")
    assert [(texts[0][s.start:s.end], s.label) for s in ann.entities] == [("Airbus livre", "ORG"), ("Toulouse", "LOC")]
    assert report.notes


def test_conll_unalignable_tokens_are_reported(tmp_path):
    p = Project.create(tmp_path / "p.annotator")
    p.add_documents([Document(text="Le constructeur aéronautique Airbus livre des avions à Toulouse.")])
    src = tmp_path / "x.conll"
    src.write_text("-DOCSTART- -X- O O\n\nLe O\nconstructeur O\naéronautique O\nAirbus B-ORG\nlivre O\nDES O\n",
                   encoding="utf-8")
    p.close()
    before = file_bytes(tmp_path / "p.annotator")
    p = Project.open(tmp_path / "p.annotator")
    with pytest.raises(InputError) as err:
        import_files(p, [src])
    p.close()
    assert err.value.code == "E350" and "x.conll:8: token 'DES' cannot be aligned" in str(err.value)
    assert file_bytes(tmp_path / "p.annotator") == before


def test_conll_bad_tag(tmp_path):
    src = tmp_path / "x.conll"
    src.write_text("Airbus X-ORG\n", encoding="utf-8")
    p = Project.create(tmp_path / "p.annotator")
    with pytest.raises(InputError) as err:
        import_files(p, [src])
    assert err.value.code == "E342" and "x.conll:1: tag 'X-ORG'" in str(err.value)
    assert p.document_count() == 0


def test_docbin_round_trip_as_an_annotators_version(tmp_path, tiny):
    a = _alice(tmp_path)
    out = tmp_path / "out"
    export(a, out, annotator="alice", pipeline=tiny)
    b = Project.create(tmp_path / "b.annotator")
    report = import_files(b, [out / "train.spacy", out / "dev.spacy"], annotator="alice")
    assert report.versions == 2 and b.annotators("human") == ["alice"]
    assert snapshot(b) == snapshot(a)  # entities, sentiments (from doc.spans), events (from doc.cats)
    assert detect(out / "train.spacy") == "spacy"


def test_docbin_not_a_docbin(tmp_path):
    bad = tmp_path / "x.spacy"
    bad.write_bytes(b"not msgpack at all")
    p = Project.create(tmp_path / "p.annotator")
    with pytest.raises(InputError) as err:
        import_files(p, [bad])
    assert err.value.code == "E341" and "x.spacy:1: not a spaCy DocBin" in str(err.value)


def test_docbin_overlapping_spans_and_unknown_labels(tmp_path):
    nlp = spacy.blank("fr")
    doc = nlp("Airbus livre Toulouse")
    doc.ents = [doc.char_span(0, 6, label="FIRM")]
    db = DocBin(store_user_data=False)
    db.add(doc)
    path = tmp_path / "x.spacy"
    db.to_disk(path)
    p = Project.create(tmp_path / "p.annotator")
    with pytest.raises(InputError) as err:
        import_files(p, [path])
    assert err.value.code == "E347" and "x.spacy:1: unknown entity label 'FIRM'" in str(err.value)
    report = import_files(p, [path], add_labels=True)
    assert report.labels_added == ["entity label FIRM"]
