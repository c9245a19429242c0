"""Where the help start's work goes, in instructions rather than milliseconds.

    python benchmarks/startup_instructions.py        # needs valgrind (apt-get install valgrind)

Timings on a shared machine move by several milliseconds from run to run; instruction
counts under valgrind's callgrind repeat exactly (with a fixed hash seed), so they show
what a change to the first paint really saves. Each figure is one fresh process, run
until a step of the start and then ended at once (``os._exit``, so no tear-down is
counted): the bare PySide6 window and the window with one label of ``startup_bench``,
and Companion's help start stopped after each step. Under valgrind everything runs about
fifty times slower, so the timers that would fire during that time in a real start (the
background preload, the fallback for a panel that is never painted) are turned off.

This is a diagnostic beside ``startup_bench``, not a goal: the goal is measured in time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("imported", "data", "built", "shown", "painted")
# fontconfig's own start-up, which the app runs on another core while the help code is
# imported (companion/ui/shell/font_warmup.py). Under valgrind, threads take turns on
# one core, so the counts are taken with that warm-up turned off (the main thread reads
# the configuration itself, as before) and the read is counted on its own.
_FONTS = "FcInit"
_CHILD = r"""
import os, sys
sys.path[:0] = [{root!r}, {bench!r}]
import help_first_paint as H
step = sys.argv[1]
if step in ("bare", "label"):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
    class Stamp(QWidget):
        def paintEvent(self, event):
            super().paintEvent(event)
            QTimer.singleShot(0, lambda: os._exit(0))
    app = QApplication(sys.argv[:1])
    window = Stamp()
    if step == "label":
        QVBoxLayout(window).addWidget(QLabel("If you are in immediate danger, call 999", window))
    window.resize(760, 860)
    window.show()
    app.exec()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
if step == "app":
    os._exit(0)
import companion.ui.help.access as access
access.HelpAccess.preload = lambda self: None
access.start_font_warmup = lambda: False  # see _FONTS below
helper = access.HelpAccess(lambda: H.COUNTRY, lambda _code: None)
helper.install(app)
import companion.ui.help.panel as panel
panel.UNPAINTED_BATCH_DELAY_MS = 10**9
panel.HelpPanel._stamp_first_paint = lambda self: os._exit(0)
os.environ[panel.FIRST_PAINT_ENV] = "1"
if step == "imported":
    os._exit(0)
if step == "data":
    helper._ensure_data()
    os._exit(0)
show = access.HelpAccess._show_above_modal
def stop_at_show(self, window):
    if step == "shown":
        show(self, window)
    os._exit(0)
if step in ("built", "shown"):
    access.HelpAccess._show_above_modal = stop_at_show
helper.open()
app.exec()
"""


def _instructions(child: Path, step: str, *options: str) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="0")
    env.pop("COMPANION_BENCH_FIRST_PAINT", None)
    # As startup_bench does: every module's bytecode cached by the warm-up run, so no
    # count includes compiling a source file whose .pyc is stale and may not be written
    # (PYTHONDONTWRITEBYTECODE): one such module adds some 20 M instructions.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(child.with_name("pycache"))
    subprocess.run([sys.executable, str(child), step], env=env, capture_output=True, check=False)
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                *options,
                sys.executable,
                str(child),
                step,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count for {step}: {done.stderr[-500:]}")
    return int(found.group(1))


def main() -> int:
    """Print the instruction counts (millions) and what each step adds."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind); nothing measured")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        child = Path(tmp) / "child.py"
        child.write_text(
            _CHILD.format(root=str(ROOT), bench=str(ROOT / "benchmarks")), encoding="utf-8"
        )
        bare = _instructions(child, "bare")
        label = _instructions(child, "label")
        print(f"bare window, painted      {bare / 1e6:8.1f} M instructions")
        print(f"one-label window, painted {label / 1e6:8.1f} M   ratio {label / bare:.2f}")
        before = _instructions(child, "app")  # QApplication made, nothing of help yet
        print(f"help: QApplication made {before / 1e6:8.1f} M")
        for step in STEPS:
            count = _instructions(child, step)
            print(
                f"help: {step:<19} {count / 1e6:8.1f} M   (+{(count - before) / 1e6:5.1f} M)"
                + (f"   ratio {count / bare:.2f}" if step == "painted" else "")
            )
            before = count
        fonts = _instructions(child, "painted", f"--toggle-collect={_FONTS}")
        print(
            f"of which fontconfig reading its configuration ({_FONTS}) {fonts / 1e6:8.1f} M:"
            " in a real start on a second core"
        )
        print(
            f"help, painted, main thread in a real start {(count - fonts) / 1e6:8.1f} M"
            f"   ratio {(count - fonts) / bare:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
