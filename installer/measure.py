"""Start-up times of the built bundle: ``python installer/measure.py [-n 5]`` (after ``make installer``).

Runs the bundle's smoke mode ``n`` times, offscreen, and prints the median and range of
launch-to-window (first paint) and launch-to-pre-annotation-ready (the spaCy pipeline loaded in the
background), both measured from just before the process is started and leaving out the smoke's own
project creation; plus the bundle, tarball and .deb sizes. These are the figures of docs/install.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402  (this folder's build.py)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=5, help="runs (default 5)")
    args = ap.parse_args()
    bundle = build.BUILD / "dist" / ("annotator.app" if sys.platform == "darwin" else "annotator")
    if not bundle.exists():
        raise SystemExit(f"no bundle in {bundle}: run `make installer` first")
    runs = [build.smoke(build.executable(bundle), build.BUILD / "measure") for _ in range(args.n)]
    print(f"\nbundle {bundle.relative_to(build.ROOT)}: {build.mb(build.du(bundle))}")
    report = build.BUILD / "report.json"
    if report.exists():
        data = json.loads(report.read_text(encoding="utf-8"))
        for key in ("tarball", "deb"):
            if key in data:
                print(f"{key}: {Path(data[key]).name} {build.mb(data[key + '_bytes'])}")
    for key, title in (("launch_to_window_s", "launch to window painted"),
                       ("launch_to_preannotation_ready_s", "launch to pre-annotation ready")):
        values = sorted(r[key] for r in runs)
        print(f"{title}: median {statistics.median(values):.2f} s (runs: {', '.join(f'{v:.2f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
