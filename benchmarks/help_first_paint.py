"""Child process for ``startup_bench``: one measured start, printed on stdout.

    python benchmarks/help_first_paint.py bare     # a plain QWidget, stamps its first paint
    python benchmarks/help_first_paint.py label    # the same with one line of text in a QLabel
    python benchmarks/help_first_paint.py help     # Companion's help panel on the user's country
    python benchmarks/help_first_paint.py bare-f1  # a window; on F1 a second bare window (stamped)
    python benchmarks/help_first_paint.py start-f1 # a window; F1 at once -> help panel (stamped)
    python benchmarks/help_first_paint.py f1       # a window is up; F1 -> panel painted (ms)
    python benchmarks/help_first_paint.py f1-preloaded  # the same, after the background preload
    python benchmarks/help_first_paint.py search   # search through the panel, per-query ms (JSON)

Both start modes print ``FIRST_PAINT <time.time()>`` once their first paint pass is
complete (the window and every child in it painted and flushed: the stamp is posted from
the window's first paintEvent) and quit, so the parent measures process start to pixels
on screen for each in exactly the same way; just before it, ``FIRST_PAINT_CPU <ms>`` gives
the CPU time the process had used by then.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COUNTRY = "GB"
QUERIES = (
    "samaritans", "youth", "spanish", "text", "lgbtq", "veterans", "japan", "suicide",
    "988", "eating", "peer support", "welsh", "domestic violence", "befrienders",
)  # fmt: skip


def bare(with_text: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    class Stamp(QWidget):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.stamp)  # after the pass: children painted too

        def stamp(self) -> None:
            print(f"FIRST_PAINT_CPU {time.process_time() * 1000:.3f}", flush=True)
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QApplication.quit()

    app = QApplication(sys.argv[:1])
    window = Stamp()
    if with_text:  # text makes Qt load fonts, which a blank window never does
        QVBoxLayout(window).addWidget(QLabel("If you are in immediate danger, call 999", window))
    window.resize(760, 860)
    window.show()
    return int(app.exec())


def _press_f1(window: object) -> None:
    """Send F1 to ``window`` the way a real key arrives (shortcut override, then press)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        QApplication.sendEvent(
            window,  # type: ignore[arg-type]
            QKeyEvent(kind, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        )


def first_f1(with_help: bool) -> int:
    """Start, show a window, press F1 as soon as it is painted; stamp what F1 opens.

    ``with_help`` opens Companion's help panel through HelpAccess's F1 shortcut; without
    it the same F1 (a plain QShortcut) opens a second, bare window: the baseline started
    and driven exactly the same way.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut
    from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

    app = QApplication(sys.argv[:1])

    def stamp() -> None:
        print(f"FIRST_PAINT_CPU {time.process_time() * 1000:.3f}", flush=True)
        print(f"FIRST_PAINT {time.time():.6f}", flush=True)
        app.quit()

    class Opened(QWidget):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, stamp)

    class First(QLineEdit):
        pressed = False

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
            super().paintEvent(event)
            if not self.pressed:
                self.pressed = True
                QTimer.singleShot(0, lambda: _press_f1(self))

    window = First()
    opened: list[QWidget] = []
    if with_help:
        access = _access(app)

        def on_open() -> None:
            panel = access.panel()  # type: ignore[attr-defined]
            panel.first_painted.connect(lambda: QTimer.singleShot(0, stamp))

        access.opened.connect(on_open)  # type: ignore[attr-defined]
    else:

        def open_bare() -> None:
            other = Opened()
            other.resize(760, 860)
            other.show()
            opened.append(other)

        QShortcut(QKeySequence("F1"), window, open_bare)
    window.show()
    window.activateWindow()
    return int(app.exec())


def _access(qapp: object) -> object:
    from companion.ui.help.access import HelpAccess

    access = HelpAccess(lambda: COUNTRY, lambda _code: None)
    access.install(qapp)  # type: ignore[arg-type]
    return access


def help_panel() -> int:
    os.environ["COMPANION_BENCH_FIRST_PAINT"] = "1"
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    access = _access(app)
    access.open()  # type: ignore[attr-defined]
    return int(app.exec())


def f1(delay_ms: int) -> int:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication(sys.argv[:1])
    access = _access(app)
    window = QLineEdit()
    window.show()
    started: list[float] = []

    def press() -> None:
        started.append(time.perf_counter())
        # The same route a real key takes: shortcut override, then the key press.
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            QApplication.sendEvent(
                window, QKeyEvent(kind, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
            )
        panel = access.panel()  # type: ignore[attr-defined]
        panel.first_painted.connect(painted)

    def painted() -> None:  # the panel's first paintEvent: stamp once the pass is done
        QTimer.singleShot(0, done)

    def done() -> None:
        print(f"F1_MS {(time.perf_counter() - started[0]) * 1000:.3f}", flush=True)
        app.quit()

    QTimer.singleShot(delay_ms, press)
    return int(app.exec())


def search(rounds: int) -> int:
    from PySide6.QtWidgets import QApplication

    from companion.core.resources.directory import load_bundled
    from companion.ui.help.panel import HelpPanel

    app = QApplication(sys.argv[:1])
    panel = HelpPanel(load_bundled(), country=COUNTRY)
    panel.show()
    app.processEvents()
    timings: list[float] = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            panel.set_search(query)
            app.processEvents()  # lay out and paint the results too
            timings.append((time.perf_counter() - start) * 1000)
        panel.set_search("")
        app.processEvents()
    print("SEARCH_MS " + json.dumps(timings), flush=True)
    return 0


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "help"
    if mode == "bare":
        sys.exit(bare())
    if mode == "label":
        sys.exit(bare(with_text=True))
    if mode == "f1":  # pressed soon after start: cold, the directory loads on demand
        sys.exit(f1(50))
    if mode == "f1-preloaded":  # pressed after HelpAccess's background preload
        sys.exit(f1(3000))
    if mode in ("bare-f1", "start-f1"):
        sys.exit(first_f1(mode == "start-f1"))
    if mode == "search":
        sys.exit(search(int(sys.argv[2]) if len(sys.argv) > 2 else 3))
    sys.exit(help_panel())
