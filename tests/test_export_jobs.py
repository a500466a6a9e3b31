"""The spaCy export over several processes (``jobs``): the same files to the byte as in one
process, progress that advances, a cancel or a worker's death that leaves no output and no
process behind, and the command line's ``--jobs`` on the ``fork`` path."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from annotator.core.errors import Cancelled, ExportError, ProjectError
from annotator.core.model import DocAnnotations, Document, Span
from annotator.core.progress import CancelToken
from annotator.services import export_docbins
from annotator.services.annotate import AnnotationSession
from annotator.services.export import export
from annotator.services.formats import import_files
from annotator.services.tokens import keep_tokens
from tests.formats_data import doccano_lines, write_jsonl
from tests.test_tokens import texts

FILES = ("train.spacy", "dev.spacy", "config.cfg")


def workers() -> list[str]:
    return [p.name for p in multiprocessing.active_children() if p.name.startswith("annotator-export")]


@pytest.fixture
def varied(project, tiny, tmp_path, monkeypatch):
    """~40 done documents: tricky texts, a misaligned entity, an overlap, a sentiment with no
    mention, non-article lines; kept tokens for some only. Chunks of 3 documents."""
    monkeypatch.setattr(export_docbins, "CHUNK", 3)
    import_files(project, [write_jsonl(tmp_path / "alice.jsonl", doccano_lines())])
    s = AnnotationSession(project, "alice")
    bodies = [t for t in texts(40, seed=7)[7:] if len(t) > 8][:30]
    bodies += ["Les Walmartiens et Google.", "Banque de France annonce.",
               "Walmart s'allie à Google.\nÀ lire aussi : Walmart en Chine\nWalmart vend en ligne."]
    ids, _ = project.add_documents([Document(text=t, source="wire") for t in bodies])
    for doc_id, text in zip(ids, bodies):
        if text.startswith("Banque"):  # overlapping entities (an import may hold them)
            project.replace_annotations(doc_id, "alice", DocAnnotations(entities=[Span(0, 16, "ORG"), Span(10, 16, "LOC")]),
                                        action="import")
            project.set_status(doc_id, "alice", "done")
            continue
        if "Walmart" in text:
            i = text.index("Walmart")
            s.add_entity(doc_id, i, i + 7, "ORG")  # inside "Walmartiens" in one of them
            s.set_sentiment(doc_id, "walmart", "negative")
        elif text.strip():
            start = len(text) - len(text.lstrip())
            end = start + len(text.strip().split()[0])
            s.add_entity(doc_id, start, end, "MISC")
        s.set_event(doc_id, "earnings", doc_id % 2 == 0)
        s.set_status(doc_id, "done")
    keep_tokens(project, tiny, doc_ids=ids[::2])
    return project


def _same_output(a, b, ra, rb) -> None:
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert (ra.documents, ra.train, ra.dev, ra.entities, ra.spans) == (rb.documents, rb.train, rb.dev, rb.entities, rb.spans)
    assert [str(p) for p in ra.problems] == [str(p) for p in rb.problems]
    assert ra.notes == rb.notes


def test_several_processes_write_the_same_files_to_the_byte(varied, tiny, tmp_path):
    one = export(varied, tmp_path / "one", pipeline=tiny, jobs=1)
    assert one.workers == 0 and one.documents >= 30
    import spacy
    from spacy.tokens import DocBin

    docs = [d for name in ("train.spacy", "dev.spacy")
            for d in DocBin().from_disk(tmp_path / "one" / name).get_docs(spacy.blank("fr").vocab)]
    assert one.entities == sum(len(d.ents) for d in docs) and one.spans == sum(len(d.spans["sentiment"]) for d in docs)
    assert one.misaligned and any("overlaps" in str(p) for p in one.problems)
    assert any(n.startswith("[E471]") for n in one.notes)  # non-article lines left out of one document
    for jobs in (2, 3):
        many = export(varied, tmp_path / f"jobs{jobs}", pipeline=tiny, jobs=jobs)
        assert many.workers == jobs
        _same_output(tmp_path / "one", tmp_path / f"jobs{jobs}", one, many)
    assert workers() == []
    # snapped spans too
    one = export(varied, tmp_path / "snap1", pipeline=tiny, jobs=1, snap=True)
    two = export(varied, tmp_path / "snap2", pipeline=tiny, jobs=2, snap=True)
    assert one.snapped and two.workers == 2
    _same_output(tmp_path / "snap1", tmp_path / "snap2", one, two)


def test_progress_advances_chunk_by_chunk(varied, tiny, tmp_path):
    calls = []
    report = export(varied, tmp_path / "out", pipeline=tiny, jobs=2, progress=lambda d, t, m: calls.append((d, t, m)))
    counted = [(d, t) for d, t, _ in calls if t]
    total = counted[-1][1]
    assert counted[-1] == (total, total) and total == report.documents
    done = [d for d, _ in counted]
    assert done == sorted(done) and len(set(done)) > total // 3  # a step per chunk of 3
    assert any("2 processes" in m for _, _, m in calls)


def test_cancel_terminates_the_workers_and_writes_nothing(varied, tiny, tmp_path):
    token = CancelToken()

    def progress(done, total, message):
        if done:  # the first chunk is back: cancel from the caller's side
            token.cancel()

    with pytest.raises(Cancelled):
        export(varied, tmp_path / "out", pipeline=tiny, jobs=2, progress=progress, cancel=token)
    assert list((tmp_path / "out").iterdir()) == []
    assert workers() == []


def test_a_worker_killed_midway_is_a_coded_error_and_nothing_is_written(varied, tiny, tmp_path):
    def progress(done, total, message):
        if done:  # every worker still has data to send (19 chunks are not read yet): kill them all
            for p in multiprocessing.active_children():
                if p.name.startswith("annotator-export"):
                    os.kill(p.pid, signal.SIGKILL)

    with pytest.raises(ExportError) as e:
        export(varied, tmp_path / "out", pipeline=tiny, jobs=2, progress=progress)
    assert e.value.code == "E360" and "nothing was written" in str(e.value)
    assert list((tmp_path / "out").iterdir()) == []
    assert workers() == []


def test_an_error_in_a_worker_reaches_the_caller_with_its_code(tmp_path, tiny):
    settings = export_docbins.Settings(str(tmp_path / "gone.annotator"), tiny, "ORG", ("earnings",), False, 0.2, 0)
    with pytest.raises(ProjectError) as e:
        export_docbins._in_workers(2, settings, [[1], [2]], {1: ["alice"], 2: ["alice"]}, lambda *a: None, None, 2)
    assert e.value.code == "E202"
    assert workers() == []


def test_jobs_below_one_is_refused_and_small_exports_stay_in_this_process(varied, tiny, tmp_path):
    with pytest.raises(ExportError) as e:
        export(varied, tmp_path / "out", pipeline=tiny, jobs=0)
    assert e.value.code == "E361" and not (tmp_path / "out").exists()
    report = export(varied, tmp_path / "auto", pipeline=tiny)  # jobs=None: ~40 versions, below PARALLEL_MIN
    assert report.workers == 0
    assert export_docbins.workers_for(None, export_docbins.PARALLEL_MIN_NO_FORK, 40) > 0 or os.cpu_count() == 1
    assert export_docbins.workers_for(8, 100, 3) == 3  # never more workers than chunks
    assert export_docbins.workers_for(2, 100, 1) == 0


def test_cli_jobs_forks_from_a_process_without_qt_and_writes_the_same_files(varied, project_path, tiny, tmp_path):
    varied.close()
    script = textwrap.dedent(f"""
        import sys
        from annotator.services import export_docbins, processes
        export_docbins.CHUNK = 3
        from annotator.cli import main
        code = main(["export", {str(project_path)!r}, {str(tmp_path / 'cli2')!r}, "--pipeline", {tiny!r},
                     "--jobs", "2"])
        assert processes.can_fork() and processes.worker_context().get_start_method() == "fork"
        code |= main(["export", {str(project_path)!r}, {str(tmp_path / 'cli1')!r}, "--pipeline", {tiny!r},
                      "--jobs", "1"])
        sys.exit(code)
    """)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "in 2 processes" in proc.stdout
    for name in FILES:
        assert (tmp_path / "cli1" / name).read_bytes() == (tmp_path / "cli2" / name).read_bytes(), name
