"""The figures every stress test reports (see conftest.py): trials, actions checked, lost, raw, partial."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

SHORT_N = 60


def stress_n() -> int:
    try:
        return max(1, int(os.environ.get("ANNOTATOR_STRESS_N", SHORT_N)))
    except ValueError:
        return SHORT_N


@dataclass
class Tally:
    trials: int = 0
    actions_checked: int = 0
    actions_lost: int = 0
    raw_exceptions: int = 0
    partial_writes: int = 0
    notes: list[str] = field(default_factory=list)
    per_test: dict[str, list[int]] = field(default_factory=dict)

    def add(self, test: str, *, trials: int = 0, checked: int = 0, lost: int = 0, raw: int = 0,
            partial: int = 0) -> None:
        self.trials += trials
        self.actions_checked += checked
        self.actions_lost += lost
        self.raw_exceptions += raw
        self.partial_writes += partial
        row = self.per_test.setdefault(test, [0, 0, 0, 0, 0])
        for i, v in enumerate((trials, checked, lost, raw, partial)):
            row[i] += v


TALLY = Tally()
