"""Training ``ner`` + ``spancat`` + ``textcat_multilabel`` with spaCy's own training API.

:func:`child_main` is the entry point of the training **process** (spawned by
:mod:`annotator.services.train`; training holds the GIL, the window must not). It receives plain
:class:`~annotator.nlp.export.DocRecord` objects, builds the ``Doc`` objects with the base
pipeline's tokenizer and keeps them in memory (a registered corpus reader hands them to the
loop: no corpus file is written), fills the config from
:func:`annotator.nlp.export.training_config` and runs ``spacy.training.initialize.init_nlp`` and
``spacy.training.loop.train``. It reports over a queue, as plain dicts:

* ``{"type": "step", "step": n}`` every few steps (at most 4 a second);
* ``{"type": "eval", "step", "score", "scores": {...}, "losses": {...}}`` at each evaluation;
* ``{"type": "done", "path", "steps", "scores", "per_type", "seconds", "peak_mb", "notes"}`` or
  ``{"type": "error", "message"}`` at the end.

What the base pipeline brings (``use_vectors`` / ``source_ner``):

* its tokenizer, always (the Docs were tokenised by it);
* its static word vectors, as a feature of the shared ``tok2vec`` that ``spancat`` and
  ``textcat_multilabel`` listen to (``[initialize] vectors``, ``include_static_vectors``);
* its trained ``ner`` (own embedding layer), fine-tuned on our entities instead of a new one.

``docs/quality.md`` has the figures that chose the defaults.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from annotator.nlp.export import SPANS_KEY, DocRecord

Send = Callable[[dict[str, Any]], None]

SUMMARY_KEYS = ("ents_f", "ents_p", "ents_r", f"spans_{SPANS_KEY}_f", f"spans_{SPANS_KEY}_p",
                f"spans_{SPANS_KEY}_r", "cats_macro_f", "cats_macro_auc", "cats_micro_f")
PER_TYPE_KEYS = ("ents_per_type", f"spans_{SPANS_KEY}_per_type", "cats_f_per_type")


@dataclass
class TrainSpec:
    train: list[DocRecord]
    dev: list[DocRecord]
    output: str  # a scratch folder the process owns
    base: str | None = None  # pipeline name or path (tokenizer, vectors, ner); None: blank ``lang``
    lang: str = "fr"
    use_vectors: bool = True
    source_ner: bool = True
    max_steps: int = 1000
    eval_frequency: int = 100
    patience: int = 600
    max_seconds: float | None = None
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)  # more config overrides, dotted keys


class TimeUp(Exception):
    """Raised by the logger when ``max_seconds`` is over; the loop saves model-last and stops."""


_SEND: dict[str, Any] = {}


def _queue_logger():
    """``[training.logger]`` that sends steps and evaluations to the parent process."""

    def setup(nlp: Any, stdout: Any = None, stderr: Any = None):
        state = {"step": 0, "last": 0.0, "best": None}
        send: Send = _SEND["send"]
        t0, limit = _SEND["t0"], _SEND.get("max_seconds")

        def log_step(info: dict[str, Any] | None) -> None:
            state["step"] += 1
            now = time.monotonic()
            if info is not None:
                other = info.get("other_scores", {}) or {}
                scores = {k: float(other[k]) for k in SUMMARY_KEYS if isinstance(other.get(k), (int, float))}
                event = {"type": "eval", "step": int(info.get("step", state["step"])),
                         "score": float(info.get("score") or 0.0), "scores": scores,
                         "losses": {k: float(v) for k, v in (info.get("losses") or {}).items()}}
                best = state["best"]
                if best is None or event["score"] >= best["score"]:
                    state["best"] = {**event, "per_type": {k: other.get(k) for k in PER_TYPE_KEYS if k in other}}
                _SEND["best"] = state["best"]
                send(event)
            elif now - state["last"] >= 0.25:
                state["last"] = now
                send({"type": "step", "step": state["step"]})
            _SEND["steps"] = state["step"]
            if limit is not None and now - t0 > limit:
                raise TimeUp()

        def finalize() -> None:
            pass

        return log_step, finalize

    return setup


def _memory_corpus(split: str):
    """``[corpora.*]`` reader over the Docs this process built: no corpus file anywhere."""

    def read(nlp: Any):
        from spacy.training import Example

        for doc in _SEND["docs"][split]:
            yield Example(nlp.make_doc(doc.text), doc)

    return read


def _register() -> None:
    from spacy.util import registry

    if "annotator.queue_logger.v1" not in registry.loggers:
        registry.loggers.register("annotator.queue_logger.v1", func=_queue_logger)
    if "annotator.memory_corpus.v1" not in registry.readers:
        registry.readers.register("annotator.memory_corpus.v1", func=_memory_corpus)


def build_config(spec: TrainSpec, base_path: str | None, max_span_tokens: int, ner_labels: set[str],
                 notes: list[str]):
    """The filled config for ``spec`` (paths relative to ``spec.output``)."""
    from annotator.nlp.export import training_config

    out = Path(spec.output)
    config = training_config(spec.lang, base_pipeline=base_path, max_span_tokens=max_span_tokens)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config["corpora"] = {split: {"@readers": "annotator.memory_corpus.v1", "split": split}
                         for split in ("train", "dev")}
    t = config["training"]
    t["max_steps"] = int(spec.max_steps)
    t["eval_frequency"] = int(max(1, spec.eval_frequency))
    t["patience"] = int(spec.patience)
    t["seed"] = int(spec.seed)
    t["logger"] = {"@loggers": "annotator.queue_logger.v1"}
    if base_path and spec.use_vectors:
        config["initialize"]["vectors"] = base_path
        config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = True
    if base_path and spec.source_ner:
        from spacy.util import load_config

        base_cfg = load_config(Path(base_path) / "config.cfg", interpolate=False)
        missing = ner_labels - set(_ner_labels(base_path))
        if "ner" not in base_cfg["components"]:
            notes.append("the base pipeline has no ner: a new one is trained")
        elif missing:
            notes.append(f"the base ner does not know {', '.join(sorted(missing))}: a new ner is trained")
        else:
            config["components"]["ner"] = {"source": base_path}
            config["initialize"]["vectors"] = base_path  # the sourced ner may read the static vectors
    for key, value in spec.extra.items():
        node = config
        *path, last = key.split(".")
        for part in path:
            node = node.setdefault(part, {})
        node[last] = value
    return config


def _ner_labels(base_path: str) -> list[str]:
    import json

    meta = json.loads((Path(base_path) / "meta.json").read_text(encoding="utf-8"))
    return list(meta.get("labels", {}).get("ner", []))


def run(spec: TrainSpec, send: Send) -> dict[str, Any]:
    """Train in this process; return the ``done`` message (without its type)."""
    import resource

    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    from annotator.nlp import export as nlp_export
    from annotator.nlp.loader import pipeline_path

    t0 = time.monotonic()
    _register()
    notes: list[str] = []
    out = Path(spec.output)
    (out / "train").mkdir(parents=True, exist_ok=True)
    base_path = str(pipeline_path(spec.base).resolve()) if spec.base else None
    send({"type": "log", "message": f"tokenising {len(spec.train)} + {len(spec.dev)} documents"})
    tok = spacy.load(base_path, exclude=_all_components(base_path)) if base_path else spacy.blank(spec.lang)
    max_tokens = 1
    labels: set[str] = set()
    problems: list[Any] = []
    docs: dict[str, list[Any]] = {}
    for name, records in (("train", spec.train), ("dev", spec.dev)):
        docs[name] = []
        for _rec, doc in nlp_export.build_docs(tok, records, snap=True, problems=problems):
            docs[name].append(doc)
            labels |= {e.label_ for e in doc.ents}
            for span in doc.spans[SPANS_KEY]:
                max_tokens = max(max_tokens, len(span))
    _SEND["docs"] = docs
    if problems:
        notes.append(f"{len(problems)} span(s) did not fall on token boundaries: snapped or left out")
    config = build_config(spec, base_path, max_tokens, labels, notes)
    send({"type": "log", "message": "initialising the pipeline"})
    _SEND.update(send=send, t0=time.monotonic(), max_seconds=spec.max_seconds, best=None, steps=0)
    nlp = init_nlp(config)
    send({"type": "log", "message": f"training {', '.join(nlp.pipe_names)}"})
    sink = io.StringIO()
    try:
        train_loop(nlp, out / "train", stdout=sink, stderr=sink)
    except TimeUp:
        notes.append(f"stopped at the time limit ({spec.max_seconds / 60:.1f} min) after {_SEND['steps']} steps")
    best = out / "train" / "model-best"
    path = best if (best / "meta.json").exists() else out / "train" / "model-last"
    top = _SEND.get("best") or {}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_kb = usage.ru_maxrss
    return {"path": str(path), "steps": int(_SEND.get("steps", 0)), "scores": top.get("scores", {}),
            "per_type": top.get("per_type", {}), "best_step": top.get("step"),
            "seconds": round(time.monotonic() - t0, 2), "peak_mb": round(peak_kb / 1024, 1), "notes": notes,
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "pipeline": list(nlp.pipe_names), "sourced_ner": "source" in config["components"]["ner"],
            "vectors": bool(base_path and (spec.use_vectors or "source" in config["components"]["ner"]))}


def _all_components(base_path: str) -> list[str]:
    from annotator.nlp.loader import pipeline_components

    return pipeline_components(base_path)


def child_main(spec: TrainSpec, queue: Any) -> None:
    """Entry point of the training process: everything it has to say goes through ``queue``."""
    try:
        result = run(spec, queue.put)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
        import traceback

        queue.put({"type": "error", "message": f"{type(exc).__name__}: {exc}",
                   "traceback": traceback.format_exc(limit=8)})
    else:
        queue.put({"type": "done", **result})
