"""``python -m benchmarks [--quick] [--only NAME ...] [--write docs/benchmarks.md]``

Runs every ``benchmarks/bench_*.py`` and prints one table; with ``--write`` also records it,
with the machine and the date, in the Markdown file (replacing the previous results section).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import platform
import pkgutil
import sys
import traceback
from pathlib import Path

import benchmarks
from benchmarks.common import Result

MARK = "<!-- results -->"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("--quick", action="store_true", help="smaller inputs (a smoke run, figures not comparable)")
    ap.add_argument("--only", nargs="*", default=None, help="benchmark module names (e.g. import export)")
    ap.add_argument("--write", metavar="MARKDOWN", help="record the results table in this file")
    args = ap.parse_args()
    names = sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules(benchmarks.__path__)
                   if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if n in args.only]
    results: list[tuple[str, Result]] = []
    failed = []
    for name in names:
        print(f"== {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            for r in module.run(quick=args.quick):
                results.append((name, r))
                print(f"   {r.name}: {r.value:.3g} {r.unit} (goal {r.goal}) {'ok' if r.met else 'MISSED'} {r.detail}",
                      file=sys.stderr, flush=True)
        except Exception:
            traceback.print_exc()
            failed.append(name)
    lines = [
        f"Run on {datetime.date.today().isoformat()}: {machine()}{' (quick run)' if args.quick else ''}.",
        "",
        "| benchmark | measure | value | goal | met | detail |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results:
        lines.append(f"| {name} | {r.name} | {r.value:.3g} {r.unit} | {r.goal} | {'yes' if r.met else '**no**'} | {r.detail} |")
    if failed:
        lines.append("")
        lines.append("Failed to run: " + ", ".join(failed))
    table = "\n".join(lines)
    print(table)
    if args.write:
        path = Path(args.write)
        text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n" + MARK + "\n"
        head = text.split(MARK)[0]
        path.write_text(head + MARK + "\n" + table + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
