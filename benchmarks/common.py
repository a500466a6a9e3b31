"""What every benchmark returns, and how to time things fairly.

A benchmark module ``benchmarks/bench_<name>.py`` defines ``run(quick: bool) -> list[Result]``.
Ratios compare our code with the bare library doing the same work *in the same run*
(``ratio = bare_seconds / our_seconds``: 1.0 means as fast as the bare library, higher is better).
Absolute targets (the window's milliseconds) are reported as measured values against a goal.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    value: float  # the ratio, or the measured figure
    unit: str  # "ratio" | "ms" | "s" | "MB" ...
    goal: str  # e.g. ">= 0.9", "<= 20"
    detail: str = ""

    @property
    def met(self) -> bool:
        op, _, num = self.goal.partition(" ")
        target = float(num)
        return self.value >= target if op == ">=" else self.value <= target


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Fastest wall time of ``repeat`` runs of ``fn`` (seconds), GC collected between runs."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
