"""Frozen vs source: process start -> help panel painted, under Xvfb on the xcb platform.

Usage::

    python packaging/startup_compare.py [--runs 9] [--exe dist/companion/companion]

Each run starts the real program on a fresh data folder (the first-run window), waits
until its window is mapped, presses F1 (xdotool), and reads the help panel's own
first-paint stamp (``COMPANION_BENCH_FIRST_PAINT=1`` makes the panel print
``FIRST_PAINT <time>`` and quit; see companion/ui/help_panel.py). The same steps run for
``python -m companion`` from the checkout and for the frozen executable, alternating so
that machine noise hits both alike. Prints medians and the frozen/source ratio (goal:
<= 1.2). Needs Xvfb and xdotool (Debian: xvfb, xdotool).

``benchmarks/startup_bench.py`` measures the help panel from source only (its child is a
Python script), so this is the frozen comparison; it lives here because it needs a
frozen build.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DISPLAY = ""  # chosen at start: the first free display number from :87


def _start_xvfb() -> subprocess.Popen[bytes]:
    """Start Xvfb on a free display and wait until it accepts connections."""
    global DISPLAY
    number = next(n for n in range(87, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    DISPLAY = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.time() + 20
    while not socket.exists():
        if time.time() > deadline or xvfb.poll() is not None:
            raise RuntimeError(f"Xvfb did not start on {DISPLAY}")
        time.sleep(0.05)
    time.sleep(0.2)
    return xvfb


def _xdotool(*args: str) -> str:
    env = {**os.environ, "DISPLAY": DISPLAY}
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, env=env
    ).stdout.strip()


def one_start(command: list[str], timeout: float = 60.0) -> tuple[float, float]:
    """Start once; return (ms to window mapped, ms to help panel painted)."""
    with tempfile.TemporaryDirectory(prefix="companion-start-") as tmp:
        env = {
            **os.environ,
            "DISPLAY": DISPLAY,
            "QT_QPA_PLATFORM": "xcb",
            "COMPANION_BENCH_FIRST_PAINT": "1",
            "HOME": tmp,
        }
        env.pop("COMPANION_DATA_DIR", None)
        started = time.time()
        proc = subprocess.Popen(
            [*command, "--data-dir", str(Path(tmp) / "data")],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = ""
            while not window:
                if time.time() - started > timeout or proc.poll() is not None:
                    proc.kill()
                    _out, err = proc.communicate()
                    raise RuntimeError(f"no window from {command}: {err[-2000:]}")
                window = _xdotool("search", "--onlyvisible", "--pid", str(proc.pid))
                if not window:
                    time.sleep(0.005)
            mapped = time.time()
            wid = window.splitlines()[0]
            _xdotool("windowfocus", "--sync", wid)
            _xdotool("key", "--window", wid, "F1")
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("FIRST_PAINT "):
                    painted = float(line.split()[1])
                    break
            else:
                raise RuntimeError(f"{command} printed no FIRST_PAINT")
            proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return (mapped - started) * 1000, (painted - started) * 1000


def main(argv: list[str] | None = None) -> int:
    """Measure both and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--exe", default=str(ROOT / "dist" / "companion" / "companion"))
    args = parser.parse_args(argv)
    xvfb = _start_xvfb()
    try:
        kinds = {"source": [sys.executable, "-m", "companion"], "frozen": [args.exe]}
        for command in kinds.values():  # warm the file cache for both alike
            one_start(command)
        results: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
        for _ in range(args.runs):
            for kind, command in kinds.items():
                results[kind].append(one_start(command))
    finally:
        xvfb.terminate()
        xvfb.wait()
    medians = {}
    for kind, rows in results.items():
        mapped = statistics.median(r[0] for r in rows)
        painted = statistics.median(r[1] for r in rows)
        medians[kind] = painted
        print(
            f"{kind:>6}: window mapped {mapped:7.0f} ms, help panel painted {painted:7.0f} ms "
            f"(median of {len(rows)}; max {max(r[1] for r in rows):.0f} ms)"
        )
    ratio = medians["frozen"] / medians["source"]
    print(f"frozen / source (help panel painted): {ratio:.2f}  (goal <= 1.20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
