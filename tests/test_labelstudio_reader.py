"""Our Label Studio export read by Label Studio's own code: ``label-studio-converter`` (the
``test`` extra in pyproject; offline, nothing downloaded). Its config parser reads the labelling
config we write, and its reader (the one behind Label Studio's JSON-min and CoNLL exports) gives
back every annotator's entities, company sentiments and event types."""

from __future__ import annotations

import json

import pytest

from annotator.services.formats import export_format, import_files
from annotator.store.project import Project
from tests.formats_data import TEXT1, TEXT2, labelstudio_tasks, write_json

lsc = pytest.importorskip(
    "label_studio_converter",
    reason="label-studio-converter is not installed (it is in the test extra: pip install -e '.[test]')")


@pytest.fixture
def exported(tmp_path):
    """(project, the export's files): two annotators and a model on emoji, CRLF, combining accents."""
    p = Project.create(tmp_path / "p.annotator")
    import_files(p, [write_json(tmp_path / "in.json", labelstudio_tasks())])
    report = export_format(p, tmp_path / "out", "labelstudio")
    tasks, config = report.files
    yield p, tasks, config
    p.close()


def test_their_config_parser_reads_our_labelling_config(exported):
    from label_studio_converter import Converter
    from label_studio_converter.utils import parse_config

    p, _, config = exported
    schema = parse_config(config.read_text(encoding="utf-8"))
    assert schema["label"]["type"] == "Labels" and schema["label"]["to_name"] == ["text"]
    assert [(i["type"], i["value"]) for i in schema["label"]["inputs"]] == [("Text", "text")]
    assert set(schema["label"]["labels"]) == {lab.name for lab in p.schema.entities}
    assert schema["sentiment"]["type"] == "Choices"
    assert set(schema["sentiment"]["labels"]) == {lab.name for lab in p.schema.sentiments}
    assert set(schema["events"]["labels"]) == set(p.schema.event_names)
    formats = Converter(str(config), project_dir=str(config.parent), download_resources=False).supported_formats
    assert {"JSON", "JSON_MIN", "CONLL2003"} <= set(formats)  # a text NER project to Label Studio


def _ours(p: Project) -> dict:
    """{(text, annotator): (entities, {(start, end): sentiment}, events)} of the human versions."""
    out = {}
    for doc in p.documents():
        for name in p.annotators("human"):
            ann = p.annotations(doc.id, name)
            if ann.is_empty():
                continue
            from annotator.core.text import company_key

            sents = {}
            for s in ann.entities:
                key = s.company or company_key(doc.text[s.start:s.end])
                if s.label == p.schema.company_label and key in ann.sentiments:
                    sents[(s.start, s.end)] = ann.sentiments[key].value
            out[(doc.text, name)] = (sorted((s.start, s.end, s.label) for s in ann.entities), sents,
                                     sorted(ann.events))
    return out


def test_their_reader_gives_back_every_annotators_entities_sentiments_and_events(exported, tmp_path):
    from label_studio_converter import Converter
    from label_studio_converter.utils import get_annotator

    p, tasks, config = exported
    conv = Converter(str(config), project_dir=str(tmp_path), download_resources=False)
    theirs = {}
    for item in conv.iter_from_json_file(str(tasks)):
        text = item["input"]["text"]
        out = item["output"]
        ents = sorted((r["start"], r["end"], lab) for r in out.get("label", []) for lab in r["labels"])
        assert all(text[r["start"]:r["end"]] == r["text"] for r in out.get("label", []))
        sents = {(r["start"], r["end"]): r["choices"][0] for r in out.get("sentiment", [])}
        events = sorted(c for r in out.get("events", []) for c in r["choices"])
        theirs[(text, get_annotator(item))] = (ents, sents, events)
    ours = _ours(p)
    assert theirs == ours
    assert {t for t, _ in theirs} == {TEXT1, TEXT2}  # emoji, CRLF and combining accents: offsets agree

    # and Label Studio's own JSON-min export of our file: one record per annotation
    conv.convert_to_json_min(str(tasks), str(tmp_path / "min"), is_dir=False)
    records = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    assert len(records) == len(ours)
    for rec in records:
        ents, sents, events = ours[(rec["text"], rec["annotator"])]
        assert sorted((r["start"], r["end"], r["labels"][0]) for r in rec["label"]) == ents
        back = rec.get("events", [])  # JSON-min: one choice as a string, several as {"choices": [...]}
        back = [back] if isinstance(back, str) else back["choices"] if isinstance(back, dict) else back
        assert sorted(back) == events


def test_their_conll_export_of_our_file_tags_our_entities(exported, tmp_path):
    from label_studio_converter import Converter

    p, tasks, config = exported
    conv = Converter(str(config), project_dir=str(tmp_path), download_resources=False)
    conv.convert_to_conll2003(str(tasks), str(tmp_path / "conll"), is_dir=False)
    blocks = (tmp_path / "conll" / "result.conll").read_text(encoding="utf-8").split("\n\n")
    assert blocks[0].startswith("-DOCSTART-")
    chunks_per_annotation = []
    for block in blocks:
        rows = [line.split(" -X- _ ") for line in block.splitlines() if " -X- _ " in line]
        chunks = []
        for token, tag in rows:
            if tag.startswith("B-"):
                chunks.append([tag[2:], [token]])
            elif tag.startswith("I-"):
                assert chunks and chunks[-1][0] == tag[2:]
                chunks[-1][1].append(token)
        if rows:
            chunks_per_annotation.append([(label, " ".join(toks)) for label, toks in chunks])
    from nltk.tokenize.treebank import TreebankWordTokenizer  # the converter's tokenizer ("Paris." is one token)

    def tokens_of(text, s, e):
        return " ".join(text[a:b] for a, b in TreebankWordTokenizer().span_tokenize(text) if a < e and s < b)

    want = [[(label, tokens_of(text, s, e)) for s, e, label in ents] for (text, _), (ents, _, _) in _ours(p).items()]
    assert sorted(chunks_per_annotation) == sorted(want)
    assert sum(len(c) for c in chunks_per_annotation) == 5 + 3  # every entity of both annotators
