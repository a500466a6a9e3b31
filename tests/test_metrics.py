"""The agreement coefficients against published values."""

from __future__ import annotations

import math

import pytest

from annotator.services.metrics import (
    binary_cohen_kappa,
    cohen_kappa,
    cohen_kappa_table,
    dice,
    f1,
    fleiss_kappa,
    krippendorff_alpha,
    krippendorff_alpha_data,
    observed_agreement,
    overlap_matches,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders x 12 units.
KRIPPENDORFF_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]

# Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
FLEISS_WIKIPEDIA = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


@pytest.mark.parametrize("level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)])
def test_krippendorff_alpha_published_example(level, expected):
    assert krippendorff_alpha_data(KRIPPENDORFF_C, level) == pytest.approx(expected, abs=5e-4)


def test_krippendorff_alpha_from_value_counts_matches_data_form():
    # unit 1 of the example: values 1, 1, (missing), 1 -> counts [3, 0, 0, 0, 0], etc.
    counts = []
    for u in range(12):
        row = [0] * 5
        for coder in KRIPPENDORFF_C:
            if coder[u] is not None:
                row[coder[u] - 1] += 1
        counts.append(row)
    assert krippendorff_alpha(counts, "nominal") == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(counts, "ordinal") == pytest.approx(0.815, abs=5e-4)


def test_krippendorff_alpha_undefined_without_variation_or_pairable_units():
    assert krippendorff_alpha([[2, 0], [3, 0]], "nominal") is None  # one value only
    assert krippendorff_alpha([[1, 0], [0, 1]], "nominal") is None  # no unit has two coders
    assert krippendorff_alpha([], "nominal") is None
    # perfect agreement with variation is exactly 1
    assert krippendorff_alpha([[2, 0], [0, 2]], "nominal") == pytest.approx(1.0)


def test_fleiss_kappa_wikipedia_example():
    assert fleiss_kappa(FLEISS_WIKIPEDIA) == pytest.approx(0.210, abs=5e-4)


def test_fleiss_kappa_rejects_unequal_rater_counts_and_handles_no_variation():
    with pytest.raises(ValueError):
        fleiss_kappa([[1, 1], [3, 0]])
    assert fleiss_kappa([[3, 0], [3, 0]]) is None
    assert fleiss_kappa([[3, 0], [0, 3]]) == pytest.approx(1.0)


def test_cohen_kappa_published_table():
    assert cohen_kappa_table([[0, 4, 1], [0, 8, 0], [0, 1, 5]]) == pytest.approx(0.484, abs=5e-4)


def test_cohen_kappa_from_labels_equals_table_form():
    table = [[0, 4, 1], [0, 8, 0], [0, 1, 5]]
    a, b = [], []
    for i, row in enumerate(table):
        for j, n in enumerate(row):
            a += [i] * n
            b += [j] * n
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_table(table))
    # missing values are dropped pairwise
    assert cohen_kappa(a + [None], b + [2]) == pytest.approx(cohen_kappa_table(table))
    assert observed_agreement(["x", "y", None], ["x", "x", "y"]) == pytest.approx(0.5)


def test_cohen_kappa_edge_cases():
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None  # one category: undefined, not 1 or NaN
    assert binary_cohen_kappa(5, 0, 0, 5) == pytest.approx(1.0)
    assert binary_cohen_kappa(0, 5, 5, 0) == pytest.approx(-1.0)
    k = binary_cohen_kappa(4, 1, 2, 3)
    assert k is not None and not math.isnan(k) and -1 <= k <= 1


def test_overlap_matching_is_one_to_one_and_maximal():
    assert overlap_matches([(0, 10)], [(0, 2), (5, 7)]) == 1
    assert overlap_matches([(0, 10), (10, 20)], [(5, 15), (15, 16)]) == 2
    assert overlap_matches([(0, 5), (10, 15)], [(5, 10)]) == 0  # touching is not overlapping
    assert overlap_matches([(10, 15), (0, 5)], [(3, 12)]) == 1
    assert overlap_matches([], [(1, 2)]) == 0


def test_f1_and_dice():
    assert f1(2, 2, 4) == pytest.approx(2 / 3)
    assert f1(0, 0, 0) is None
    assert dice(set(), set()) == 1.0
    assert dice({1, 2}, {3}) == 0.0
    assert dice({1, 2}, {2}) == pytest.approx(2 / 3)
