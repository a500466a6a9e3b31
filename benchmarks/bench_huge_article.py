"""A 2 MB article in one paragraph through the whole pre-annotation (entities, sentiments, events).

Each size runs in a fresh process (``python -m benchmarks.bench_huge_article SIZE``) so that its
peak resident memory (``ru_maxrss``) is its own: goal under 1 GB for 2 MB. Time must grow linearly:
the 2 MB run may take at most 1.3x four times the 0.5 MB run in CPU time (goal ``<= 1.3``).
The text is the packaged French sample articles joined into one line, repeated.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result


def article(size: int) -> str:
    from annotator.resources import resource

    base = " ".join(" ".join(f.read_text(encoding="utf-8").split())
                    for f in sorted(resource("samples").iterdir(), key=lambda f: f.name) if f.name.endswith(".fr.txt"))
    out = []
    n = 0
    while n < size:
        out.append(base)
        n += len(base) + 1
    return " ".join(out)[:size]


def measure(size: int) -> dict:
    """In this process: import one ``size``-character article and pre-annotate it."""
    import resource as res

    from annotator.services.importer import import_paths
    from annotator.services.preannotate import preannotate
    from annotator.store.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "huge.txt"
        path.write_text(article(size), encoding="utf-8")
        project = Project.create(Path(tmp) / "p.annotator")
        report = import_paths(project, [path])
        messages: list[str] = []
        t0 = time.perf_counter()
        c0 = res.getrusage(res.RUSAGE_SELF)
        pre = preannotate(project, progress=lambda d, t, m: messages.append(m) if m else None)
        seconds = time.perf_counter() - t0
        c1 = res.getrusage(res.RUSAGE_SELF)
        cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
        project.close()
    return {"size": size, "seconds": seconds, "cpu_seconds": cpu, "peak_mb": res.getrusage(res.RUSAGE_SELF).ru_maxrss / 1024,
            "entities": pre.entities, "warnings": report.warnings,
            "progress_messages": sum("% read" in m for m in messages)}


def run(quick: bool) -> list[Result]:
    big = 500_000 if quick else 2_000_000
    runs = {}
    for size in (big // 4, big):
        out = subprocess.run([sys.executable, "-m", "benchmarks.bench_huge_article", str(size)],
                             capture_output=True, text=True, check=True)
        runs[size] = json.loads(out.stdout.strip().splitlines()[-1])
    small, large = runs[big // 4], runs[big]
    # CPU time, not wall time: on a shared machine the wall clock measures the neighbours too
    growth = large["cpu_seconds"] / (4 * small["cpu_seconds"])
    return [
        Result(f"{big / 1e6:g} MB one-paragraph article: peak memory", large["peak_mb"], "MB", "<= 1000",
               f"{large['seconds']:.1f} s, {large['entities']} entities, {large['progress_messages']} progress "
               f"messages within the document, import warning: {bool(large['warnings'])}"),
        Result(f"{big / 1e6:g} MB one-paragraph article: CPU time", large["cpu_seconds"], "s", "<= 120",
               f"wall {large['seconds']:.1f} s; {big // 4 / 1e6:g} MB: CPU {small['cpu_seconds']:.1f} s, wall "
               f"{small['seconds']:.1f} s, {small['peak_mb']:.0f} MB peak"),
        Result("huge article: time growth (large / 4 x quarter)", growth, "ratio", "<= 1.3",
               "1.0 = linear in the size"),
    ]


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
