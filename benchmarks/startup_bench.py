"""Startup: process start -> help panel painted on the user's country, against a bare
PySide6 window started the same way; F1 -> panel painted in a running app; and search
through the panel (results laid out and painted) over the whole bundled directory.

The core search alone is ``directory_bench``'s job; here the figure includes building
and painting the result cards, which is what a person waits for.

Every start runs in a fresh interpreter (``benchmarks/help_first_paint.py``), offscreen
unless QT_QPA_PLATFORM says otherwise, alternating the two kinds so drift hits both.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Measurement, percentile

CHILD = Path(__file__).resolve().with_name("help_first_paint.py")
GOAL_RATIO = "ratio <= 1.15"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("COMPANION_BENCH_FIRST_PAINT", None)  # the child sets it where it belongs
    return env


def _child(*args: str) -> tuple[float, str]:
    """Run the child once; return (wall seconds at start, stdout)."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=True,
    )
    return started, done.stdout


def _line(stdout: str, tag: str) -> str:
    for line in stdout.splitlines():
        if line.startswith(tag + " "):
            return line[len(tag) + 1 :]
    raise RuntimeError(f"child printed no {tag} line: {stdout!r}")


def _start_ms(mode: str) -> float:
    started, out = _child(mode)
    return (float(_line(out, "FIRST_PAINT").split()[0]) - started) * 1000


def run(quick: bool) -> list[Measurement]:
    """Measure and return the figures (printed by ``benchmarks/run.py``)."""
    runs = 5 if quick else 15
    _start_ms("bare")  # warm the OS file cache for both kinds alike
    _start_ms("help")
    bare: list[float] = []
    label: list[float] = []
    helped: list[float] = []
    for _ in range(runs):
        bare.append(_start_ms("bare"))
        label.append(_start_ms("label"))
        helped.append(_start_ms("help"))
    f1_runs = max(3, runs // 3)
    f1 = [float(_line(_child("f1")[1], "F1_MS")) for _ in range(f1_runs)]
    f1_warm = [float(_line(_child("f1-preloaded")[1], "F1_MS")) for _ in range(f1_runs)]
    search = json.loads(_line(_child("search", "2" if quick else "5")[1], "SEARCH_MS"))
    bare_median = statistics.median(bare)
    return [
        Measurement(
            "start -> help panel painted (median)",
            statistics.median(helped),
            "ms",
            baseline="bare PySide6 window",
            baseline_value=bare_median,
            goal=GOAL_RATIO,
        ),
        Measurement(
            "start -> help panel painted (median), vs text",
            statistics.median(helped),
            "ms",
            baseline="PySide6 window with one QLabel",
            baseline_value=statistics.median(label),
        ),
        Measurement("start -> help panel painted (max)", max(helped), "ms"),
        Measurement("start -> bare window painted (max)", max(bare), "ms"),
        Measurement(
            "F1 -> help panel painted, first open (median)",
            statistics.median(f1),
            "ms",
            goal="< 1000 ms",
        ),
        Measurement(
            "F1 -> help panel painted, after preload (median)",
            statistics.median(f1_warm),
            "ms",
            goal="< 1000 ms",
        ),
        Measurement("help panel search, painted (p50)", percentile(search, 50), "ms"),
        Measurement(
            "help panel search, painted (p95)", percentile(search, 95), "ms", goal="<= 100 ms"
        ),
    ]


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    for item in run("--quick" in sys.argv):
        print(item.line())
