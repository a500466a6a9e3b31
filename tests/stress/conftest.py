"""Stress runs (``make stress``; short versions in ``make test``).

``ANNOTATOR_STRESS_N`` sets the size: fuzzed examples per importer (and bundles, in
test_bundle_fuzz.py); SIGKILL trials during editing are N/10. Unset: a short run of seconds.
Each test adds its figures to the ``tally`` fixture; the totals are printed at the end:
trials, actions checked, actions lost, raw exceptions, partial writes (the last three must be 0).
"""

from __future__ import annotations

import pytest

from stress.tally import TALLY, Tally


@pytest.fixture
def tally() -> Tally:
    return TALLY


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not TALLY.per_test:
        return
    tr = terminalreporter
    tr.section("stress: trials and what they lost")
    tr.write_line(f"{'test':<44} {'trials':>8} {'checked':>10} {'lost':>6} {'raw':>6} {'partial':>8}")
    for name, (t, c, lo, r, p) in sorted(TALLY.per_test.items()):
        tr.write_line(f"{name:<44} {t:>8,} {c:>10,} {lo:>6} {r:>6} {p:>8}")
    tr.write_line(f"trials: {TALLY.trials:,}; actions checked: {TALLY.actions_checked:,}; "
                  f"actions lost: {TALLY.actions_lost}; raw exceptions: {TALLY.raw_exceptions}; "
                  f"partial writes: {TALLY.partial_writes}")
    for note in TALLY.notes[:20]:
        tr.write_line(f"  {note}")
