"""One entry point for every benchmark.

    python benchmarks/run.py [--quick] [--json FILE] [--only NAME ...]

Each benchmark module exposes ``run(quick: bool) -> list[Measurement]``. Every figure is
printed, with its baseline from the same run and the ratio, and the whole list is written
as JSON records ``{name, value, unit, baseline, baseline_value, ratio, goal}``. Goals are
printed for the reader; nothing here passes or fails on speed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import Measurement  # noqa: E402

# Order: cheapest first, so a quick look gives early figures.
SUITES = (
    "directory_bench",
    "kdf_bench",
    "startup_bench",
    "insights_bench",
    "journal_bench",
    "transfer_bench",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data sets, fewer runs")
    parser.add_argument("--json", metavar="FILE", help="write the figures as a JSON list")
    parser.add_argument("--only", nargs="*", choices=SUITES, help="run only these suites")
    args = parser.parse_args(argv)

    print(f"Companion benchmarks on {platform.platform()}, Python {platform.python_version()}")
    results: list[Measurement] = []
    failed: list[str] = []
    for suite in args.only or SUITES:
        print(f"\n== {suite} {'(quick)' if args.quick else ''}")
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{suite}")
            measured = module.run(args.quick)
        except Exception:  # a broken suite must not hide the others' figures
            traceback.print_exc()
            failed.append(suite)
            continue
        for item in measured:
            print(item.line())
        results.extend(measured)
        print(f"   ({time.perf_counter() - started:.1f} s)")

    if args.json:
        Path(args.json).write_text(
            json.dumps([m.as_dict() for m in results], indent=2), encoding="utf-8"
        )
        print(f"\nwrote {len(results)} figures to {args.json}")
    if failed:
        print(f"\nsuites that failed to run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
