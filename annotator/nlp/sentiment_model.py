"""A small learned model for company sentiment: multinomial logistic regression over
:mod:`annotator.nlp.company_features`.

Trained by ``python -m benchmarks.train_sentiment`` on the real-news development articles only
(never on the held-out ones); its weights ship as ``resources/lexicon/company_sentiment.json`` and a
project may replace them (the file is plain JSON: features, classes, scaling, weights, and how it
was trained). Its probabilities are the value's confidence: they are calibrated by construction on
the articles it was trained on, and the training script reports how well out of fold.

numpy only (spaCy brings it); fitting is full-batch accelerated gradient descent on an L2-penalised
log loss, which takes a fraction of a second on a thousand companies.

A feature named ``name|lang`` (e.g. ``pos|en``) is ``name`` again, for articles in ``lang`` only (0
elsewhere): its weight is how much that language's weight departs from the shared one. French and
English share what they can (one model, penalised departures), yet the English lexicon's scale or
the weight of a headline need not be the French ones. :func:`by_language` makes those columns.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.errors import InputError

MODEL_FILE = "company_sentiment.json"
LANG_SEP = "|"


def by_language(feats: Mapping[str, float], lang: str) -> dict[str, float]:
    """``feats`` and, for each, its copy for ``lang`` (``name|lang``): the rows a per-language model
    is trained on (:data:`LANG_SEP`)."""
    out = dict(feats)
    out.update({f"{name}{LANG_SEP}{lang}": v for name, v in feats.items()})
    return out


def decide_value(probs: Mapping[str, float], margin: float = 0.0) -> tuple[str, float]:
    """The most probable value, but "neutral" (when a class) unless the best other value's
    probability exceeds neutral's by more than ``margin``: neutral unless the evidence is clear."""
    best = max(probs, key=lambda c: (probs[c], c == "neutral"))
    if "neutral" in probs and best != "neutral" and probs[best] - probs["neutral"] <= margin:
        best = "neutral"
    return best, probs[best]


@dataclass(frozen=True)
class CompanySentimentModel:
    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per class, one column per feature
    bias: tuple[float, ...]
    meta: dict = field(default_factory=dict)

    # --- use ---------------------------------------------------------------------------------
    def probabilities(self, feats: Mapping[str, float], lang: str | None = None) -> dict[str, float]:
        """Per class. ``lang``: the article's language, for the model's ``name|lang`` features (the
        language's departures from the shared weights; none when ``lang`` is None or has none)."""
        # the scaling folded into the weights once: only the features that are not 0 cost anything
        per_feature, bias = self._folded(lang)
        get = per_feature.get
        if len(bias) == 3:  # the shipped models (three values): the same sums, unrolled
            l0, l1, l2 = bias
            for name, v in feats.items():
                if v:
                    ws = get(name)
                    if ws is not None:
                        v = float(v)
                        l0 += ws[0] * v
                        l1 += ws[1] * v
                        l2 += ws[2] * v
            logits = [l0, l1, l2]
        else:
            logits = list(bias)
            for name, v in feats.items():
                if v:
                    ws = get(name)
                    if ws is not None:
                        v = float(v)
                        for c, w in enumerate(ws):
                            logits[c] += w * v
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        z = sum(exps)
        return {c: e / z for c, e in zip(self.classes, exps)}

    def _folded(self, lang: str | None = None) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
        """``w / scale`` per feature and class, and ``bias - sum(w * mean / scale)`` per class (cached
        per language). A ``name|lang`` column of ``lang`` adds its ``w / scale`` to ``name``'s (it
        holds ``name``'s value there); every column's ``mean`` term stays in the bias (a column of
        another language holds 0)."""
        cache = self.__dict__.get("_folded_cache")
        if cache is None:
            cache = {}
            object.__setattr__(self, "_folded_cache", cache)
        folded = cache.get(lang)
        if folded is None:
            per_feature: dict[str, tuple[float, ...]] = {}
            extra: list[tuple[str, tuple[float, ...]]] = []
            for j, name in enumerate(self.features):
                ws = tuple(row[j] / self.scale[j] for row in self.weights)
                base, sep, tag = name.partition(LANG_SEP)
                if not sep:
                    per_feature[name] = ws
                elif tag == lang:
                    extra.append((base, ws))
            for base, ws in extra:
                shared = per_feature.get(base)
                per_feature[base] = ws if shared is None else tuple(a + b for a, b in zip(shared, ws))
            bias = tuple(b - sum(row[j] * self.mean[j] / self.scale[j] for j in range(len(self.features)))
                         for row, b in zip(self.weights, self.bias))
            folded = cache[lang] = (per_feature, bias)
        return folded

    def applies_to(self, lang: str) -> bool:
        """Whether the model decides for articles in ``lang`` (``meta["languages"]``; all when absent):
        the training keeps it only where it beat the lexicon rule out of fold."""
        langs = self.meta.get("languages")
        return langs is None or lang in langs

    def predict(self, feats: Mapping[str, float], lang: str | None = None) -> tuple[str, float]:
        """(value, its probability); neutral unless another value beats it by the model's margin."""
        return decide_value(self.probabilities(feats, lang), float(self.meta.get("neutral_margin", 0.0)))

    # --- file --------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({"format": 1, "kind": "multinomial logistic regression", "features": list(self.features),
                           "classes": list(self.classes), "mean": [round(v, 6) for v in self.mean],
                           "scale": [round(v, 6) for v in self.scale],
                           "weights": [[round(v, 6) for v in row] for row in self.weights],
                           "bias": [round(v, 6) for v in self.bias], "meta": self.meta},
                          ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, origin: str = MODEL_FILE, *, known_features: Sequence[str] | None = None,
                  values: Sequence[str] | None = None, kind: str = "company sentiment model",
                  code: str = "E430") -> "CompanySentimentModel":
        """Parse and check a model file; raise InputError ``code`` (E430) saying what is wrong.
        ``kind`` names the model in the message (the same format serves other small models)."""
        def bad(what: str) -> InputError:
            return InputError(f"{origin}: invalid {kind}: {what}", code=code)

        try:
            obj = json.loads(text)
        except ValueError as exc:
            raise bad(f"not JSON ({exc})") from None
        if not isinstance(obj, dict) or obj.get("format") != 1:
            raise bad("expected an object with \"format\": 1")
        try:
            features = tuple(str(f) for f in obj["features"])
            classes = tuple(str(c) for c in obj["classes"])
            mean = tuple(float(v) for v in obj["mean"])
            scale = tuple(float(v) for v in obj["scale"])
            weights = tuple(tuple(float(v) for v in row) for row in obj["weights"])
            bias = tuple(float(v) for v in obj["bias"])
        except (KeyError, TypeError, ValueError) as exc:
            raise bad(f"missing or non-numeric field ({exc})") from None
        nf = len(features)
        if not nf or len(mean) != nf or len(scale) != nf or any(s <= 0 or not math.isfinite(s) for s in scale):
            raise bad("features, mean and scale must have the same length, scales > 0")
        if len(classes) < 2 or len(weights) != len(classes) or len(bias) != len(classes) or any(
                len(row) != nf for row in weights):
            raise bad("one weight row of one value per feature, and one bias, per class")
        if not all(math.isfinite(v) for row in weights for v in row) or not all(math.isfinite(v) for v in bias + mean):
            raise bad("weights must be finite numbers")
        known = None if known_features is None else set(known_features)
        # a feature is known, or a language's copy of one (name|lang, once)
        if known is not None and (unknown := sorted(
                f for f in features if f.partition(LANG_SEP)[0] not in known
                or f.count(LANG_SEP) > 1 or f.endswith(LANG_SEP))):
            shown = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
            raise bad(f"unknown feature(s) {shown}")
        if values is not None and (unknown := sorted(set(classes) - set(values))):
            raise bad(f"class(es) {', '.join(unknown)} are not sentiment values of the schema")
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        langs = meta.get("languages")
        if langs is not None and not (isinstance(langs, list) and all(isinstance(x, str) for x in langs)):
            raise bad("meta.languages must be a list of language codes")
        margin = meta.get("neutral_margin", 0.0)
        if isinstance(margin, bool) or not isinstance(margin, (int, float)) or not 0.0 <= margin < 1.0:
            raise bad("meta.neutral_margin must be a number from 0 to 1")
        return cls(features, classes, mean, scale, weights, bias, meta)


def fit(rows: Sequence[Mapping[str, float]], labels: Sequence[str], features: Sequence[str],
        classes: Sequence[str], *, l2: float = 1.0, iterations: int = 600, meta: dict | None = None,
        class_weight: Mapping[str, float] | None = None) -> CompanySentimentModel:
    """Fit on ``rows`` (feature dicts) with gold ``labels`` (rows whose label is not in ``classes`` are
    left out). ``l2`` is the penalty on the (standardised) weights, per example."""
    import numpy as np

    keep = [i for i, y in enumerate(labels) if y in classes]
    X = np.array([[float(rows[i].get(f, 0.0)) for f in features] for i in keep], dtype=float)
    y = np.array([list(classes).index(labels[i]) for i in keep])
    n, d = X.shape
    mean = X.mean(axis=0) if n else np.zeros(d)
    scale = X.std(axis=0) if n else np.ones(d)
    scale[scale < 1e-9] = 1.0
    Z = (X - mean) / scale
    k = len(classes)
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    sw = np.array([(class_weight or {}).get(classes[j], 1.0) for j in y]) if n else np.ones(0)
    W = np.zeros((k, d))
    b = np.log((Y * sw[:, None]).sum(axis=0) + 1.0)
    b -= b.mean()
    norm = sw.sum() or 1.0
    # accelerated (Nesterov) gradient descent; the step from the loss's curvature bound, 0.5 x the
    # largest eigenvalue of the weighted [Z 1]'[Z 1] / n (power iteration): a few hundred steps
    # converge where a fixed step safe for any data needed thousands and still stopped short
    Zb = np.hstack([Z, np.ones((n, 1))])
    v = np.ones(d + 1) / math.sqrt(d + 1)
    lam = 1.0
    for _ in range(50):
        u = Zb.T @ ((Zb @ v) * sw) / norm
        lam = float(np.linalg.norm(u)) or 1.0
        v = u / lam
    step = 1.0 / (0.5 * lam + l2)
    theta = np.hstack([W, b[:, None]])
    previous = theta.copy()
    t = 1.0
    for _ in range(iterations):
        logits = Zb @ theta.T
        logits -= logits.max(axis=1, keepdims=True)
        P = np.exp(logits)
        P /= P.sum(axis=1, keepdims=True)
        G = ((P - Y) * sw[:, None] / norm).T @ Zb
        G[:, :d] += l2 * theta[:, :d]
        nxt = theta - step * G
        t_next = (1.0 + math.sqrt(1.0 + 4.0 * t * t)) / 2.0
        theta = nxt + (t - 1.0) / t_next * (nxt - previous)
        previous, t = nxt, t_next
    W, b = previous[:, :d], previous[:, d]
    return CompanySentimentModel(tuple(features), tuple(classes), tuple(float(v) for v in mean),
                                 tuple(float(v) for v in scale), tuple(tuple(float(v) for v in row) for row in W),
                                 tuple(float(v) for v in b), dict(meta or {}))
