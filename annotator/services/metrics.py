"""Agreement coefficients: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha, span F1.

Krippendorff's alpha comes from the maintained ``krippendorff`` package (already a dependency; it
handles missing values and the nominal/ordinal/interval metrics). Cohen's and Fleiss' kappa are
a few lines of numpy each, checked in the tests against published values; statsmodels has both
but would pull scipy, pandas and patsy (~100 MB) into the installer for two formulas.

Every function returns ``None`` when the coefficient is undefined (no units, or no variation at
all, where the expected disagreement is zero), never NaN, so reports and JSON stay clean.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

MISSING = None


def _clean(x: float) -> float | None:
    return None if x is None or not np.isfinite(x) else float(x)


# ---------------------------------------------------------------------------- Cohen's kappa
def cohen_kappa_table(table: Any) -> float | None:
    """Cohen's kappa from a k×k contingency table (rows: rater A's category, columns: rater B's)."""
    t = np.asarray(table, dtype=float)
    if t.ndim != 2 or t.shape[0] != t.shape[1]:
        raise ValueError(f"Cohen's kappa needs a square table, got shape {t.shape}")
    n = t.sum()
    if n <= 0:
        return None
    po = np.trace(t) / n
    pe = float((t.sum(axis=1) * t.sum(axis=0)).sum()) / (n * n)
    if pe >= 1.0:
        return None  # both raters used one single category: kappa is undefined
    return _clean((po - pe) / (1.0 - pe))


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters' labels on the same units (pairs with a ``None`` are dropped)."""
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    if not pairs:
        return None
    cats = sorted({c for p in pairs for c in p}, key=repr)
    index = {c: i for i, c in enumerate(cats)}
    t = np.zeros((len(cats), len(cats)))
    for x, y in pairs:
        t[index[x], index[y]] += 1
    return cohen_kappa_table(t)


def binary_cohen_kappa(n11: int, n10: int, n01: int, n00: int) -> float | None:
    """Cohen's kappa of two raters' present/absent decisions (n10: A yes, B no)."""
    return cohen_kappa_table([[n11, n10], [n01, n00]])


def observed_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    if not pairs:
        return None
    return sum(x == y for x, y in pairs) / len(pairs)


# ---------------------------------------------------------------------------- Fleiss' kappa
def fleiss_kappa(table: Any) -> float | None:
    """Fleiss' kappa from an N×k table: ``table[i][j]`` raters put subject i in category j.

    Every subject must have the same number of raters (at least two).
    """
    t = np.asarray(table, dtype=float)
    if t.ndim != 2 or t.shape[0] == 0:
        return None
    n_raters = t.sum(axis=1)
    if not np.allclose(n_raters, n_raters[0]):
        raise ValueError("Fleiss' kappa needs the same number of raters for every subject")
    n = n_raters[0]
    if n < 2:
        return None
    big_n = t.shape[0]
    p_j = t.sum(axis=0) / (big_n * n)
    p_i = ((t * t).sum(axis=1) - n) / (n * (n - 1))
    p_bar = p_i.mean()
    pe = float((p_j * p_j).sum())
    if pe >= 1.0:
        return None
    return _clean((p_bar - pe) / (1.0 - pe))


# ---------------------------------------------------------------------------- Krippendorff's alpha
def krippendorff_alpha(value_counts: Any, level: str = "nominal", value_domain: Sequence[Any] | None = None
                       ) -> float | None:
    """Krippendorff's alpha from an N×V table of value counts per unit (value order = ordinal order).

    Units coded by fewer than two coders are not pairable and are left out (as the method says).
    """
    import krippendorff

    vc = np.asarray(value_counts, dtype=np.int64)
    if vc.ndim != 2 or vc.shape[0] == 0 or vc.shape[1] == 0:
        return None
    vc = vc[vc.sum(axis=1) >= 2]
    if vc.shape[0] == 0:
        return None
    present = vc.sum(axis=0) > 0
    if present.sum() < 2:
        # one value only: no disagreement observed nor expected; alpha is undefined
        return None
    domain = None
    if level == "nominal":
        vc = vc[:, present]  # unused values change nothing for nominal data; drop them
    elif level in ("interval", "ratio") and value_domain is not None:
        domain = np.asarray(value_domain, dtype=float)
    try:
        return _clean(krippendorff.alpha(value_counts=vc, value_domain=domain, level_of_measurement=level))
    except (ValueError, ZeroDivisionError, FloatingPointError):
        return None


def krippendorff_alpha_data(reliability_data: Sequence[Sequence[Any]], level: str = "nominal",
                            value_domain: Sequence[Any] | None = None) -> float | None:
    """Krippendorff's alpha from coders × units data (``None`` or NaN = missing)."""
    rows = [list(r) for r in reliability_data]
    if not rows:
        return None
    domain = list(value_domain) if value_domain is not None else sorted(
        {v for r in rows for v in r if not _is_missing(v)}, key=_sort_key)
    index = {v: i for i, v in enumerate(domain)}
    n_units = len(rows[0])
    vc = np.zeros((n_units, len(domain)), dtype=np.int64)
    for r in rows:
        if len(r) != n_units:
            raise ValueError("every coder needs a value (or None) for every unit")
        for u, v in enumerate(r):
            if not _is_missing(v):
                vc[u, index[v]] += 1
    numeric = all(isinstance(v, (int, float)) for v in domain)
    return krippendorff_alpha(vc, level, domain if numeric else None)


def _is_missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v)


def _sort_key(v: Any) -> tuple[int, Any]:
    return (0, v) if isinstance(v, (int, float)) else (1, str(v))


# ---------------------------------------------------------------------------- spans
def f1(matched: int, n_a: int, n_b: int) -> float | None:
    """Pairwise F1 (= Dice): symmetric in the two annotators; None when neither has any item."""
    total = n_a + n_b
    return None if total == 0 else 2.0 * matched / total


def overlap_matches(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """Largest one-to-one matching of overlapping spans between two lists of (start, end).

    Each list is one annotator's spans of one label in one document (non-overlapping, as
    ``doc.ents`` requires); a sweep over both sorted lists finds the maximum matching.
    """
    a = sorted(a)
    b = sorted(b)
    i = j = m = 0
    while i < len(a) and j < len(b):
        (s1, e1), (s2, e2) = a[i], b[j]
        if s1 < e2 and s2 < e1:
            m += 1
            i += 1
            j += 1
        elif e1 <= s2:
            i += 1
        else:
            j += 1
    return m


def dice(a: set[Any], b: set[Any]) -> float:
    """Dice similarity of two sets; 1.0 when both are empty (they agree on nothing being there)."""
    if not a and not b:
        return 1.0
    return 2.0 * len(a & b) / (len(a) + len(b))
