"""Startup: process start -> help panel painted on the user's country, against a bare
PySide6 window started the same way; process start -> first window -> first F1 -> help
panel painted, against the same start where F1 opens a bare window; F1 -> panel painted
in a running app; and search
through the panel (results laid out and painted) over the whole bundled directory.

The core search alone is ``directory_bench``'s job; here the figure includes building
and painting the result cards, which is what a person waits for.

Every start runs in a fresh interpreter (``benchmarks/help_first_paint.py``), offscreen
unless QT_QPA_PLATFORM says otherwise, alternating the kinds so drift hits all alike.
Children share a bytecode cache (``PYTHONPYCACHEPREFIX``, filled by the warm-up runs):
an installed program always has its ``.pyc`` files, so a start must not be charged for
compiling sources that a checkout with ``PYTHONDONTWRITEBYTECODE`` never caches.

Besides wall time, each child reports the CPU time its process used up to the first
paint: on a shared machine that figure moves far less with other people's work.

The goal rows compare each help start with the baseline starts just before and after it
(the median of those ratios): a slow spell of a shared machine then weighs on both sides
of each ratio. The medians of all help starts and of all baseline starts, and their
ratio, are printed too.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Measurement, percentile

CHILD = Path(__file__).resolve().with_name("help_first_paint.py")
GOAL_RATIO = "ratio <= 1.3 now, 1.15 later"  # issue 8
_PYCACHE = tempfile.mkdtemp(prefix="companion-bench-pyc-")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("COMPANION_BENCH_FIRST_PAINT", None)  # the child sets it where it belongs
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE  # same cache for every kind of start
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


def _start_ms(mode: str) -> tuple[float, float]:
    """(wall ms from process start to first paint, CPU ms the child used until then)."""
    started, out = _child(mode)
    wall = (float(_line(out, "FIRST_PAINT").split()[0]) - started) * 1000
    return wall, float(_line(out, "FIRST_PAINT_CPU"))


def bracketed_ratio(values: list[float], baseline: list[float]) -> float:
    """Median of ``values[i]`` over the mean of ``baseline[i]`` and ``baseline[i + 1]``.

    Rounds alternate the kinds of start, so ``baseline[i]`` ran just before ``values[i]``
    and ``baseline[i + 1]`` just after it.
    """
    if len(values) < 2 or len(baseline) < len(values):
        raise ValueError("need two rounds or more, with a baseline after each value")
    return statistics.median(
        value / ((baseline[i] + baseline[i + 1]) / 2) for i, value in enumerate(values[:-1])
    )


def run(quick: bool) -> list[Measurement]:
    """Measure and return the figures (printed by ``benchmarks/run.py``)."""
    runs = 9 if quick else 21
    modes = ("bare", "label", "help", "bare-f1", "start-f1")
    for mode in modes:  # warm the file and bytecode caches alike
        _start_ms(mode)
    bare: list[float] = []
    label: list[float] = []
    helped: list[float] = []
    bare_cpu: list[float] = []
    helped_cpu: list[float] = []
    bare_f1: list[float] = []
    first_f1: list[float] = []
    bare_f1_cpu: list[float] = []
    first_f1_cpu: list[float] = []
    for _ in range(runs):
        for mode, walls, cpus in (
            ("bare", bare, bare_cpu),
            ("label", label, None),
            ("help", helped, helped_cpu),
            ("bare-f1", bare_f1, bare_f1_cpu),
            ("start-f1", first_f1, first_f1_cpu),
        ):
            wall, cpu = _start_ms(mode)
            walls.append(wall)
            if cpus is not None:
                cpus.append(cpu)
    f1_runs = max(5, runs // 3)
    f1 = [float(_line(_child("f1")[1], "F1_MS")) for _ in range(f1_runs)]
    f1_warm = [float(_line(_child("f1-preloaded")[1], "F1_MS")) for _ in range(f1_runs)]
    search = json.loads(_line(_child("search", "2" if quick else "5")[1], "SEARCH_MS"))
    bare_median = statistics.median(bare)
    return [
        Measurement(
            "start -> help panel painted / bare window",
            bracketed_ratio(helped, bare),
            "x",
            goal=GOAL_RATIO + ", each start against the bare starts either side (median)",
        ),
        Measurement(
            "start -> help panel painted (median)",
            statistics.median(helped),
            "ms",
            baseline="bare PySide6 window",
            baseline_value=bare_median,
        ),
        Measurement(
            "start -> help panel painted (median), vs text",
            statistics.median(helped),
            "ms",
            baseline="PySide6 window with one QLabel",
            baseline_value=statistics.median(label),
        ),
        Measurement(
            "CPU used until help panel painted (median)",
            statistics.median(helped_cpu),
            "ms",
            baseline="bare PySide6 window",
            baseline_value=statistics.median(bare_cpu),
        ),
        Measurement(
            "start, first F1 -> help panel / -> bare window",
            bracketed_ratio(first_f1, bare_f1),
            "x",
            goal=GOAL_RATIO + ", each start against the bare-window starts either side",
        ),
        Measurement(
            "start, first F1 -> help panel painted (median)",
            statistics.median(first_f1),
            "ms",
            baseline="same start, F1 -> bare window",
            baseline_value=statistics.median(bare_f1),
        ),
        Measurement(
            "CPU used until first F1's panel painted (median)",
            statistics.median(first_f1_cpu),
            "ms",
            baseline="same start, F1 -> bare window",
            baseline_value=statistics.median(bare_f1_cpu),
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
