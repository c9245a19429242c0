"""Process setup (core dumps, crash path, run_app) and the palettes' contrast."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.shell.crash import install_crash_handler, show_crash_message
from companion.ui.shell.messages import UNEXPECTED
from companion.ui.shell.theme import (
    CompanionStyle,
    apply_theme,
    companion_style,
    heading,
    palette_for,
    resolve_dark,
    scaled_font,
)

R = QPalette.ColorRole


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_palette_contrast_meets_wcag_aa(qapp, dark: bool) -> None:
    palette = palette_for(dark)
    pairs = [
        (R.Text, R.Base),
        (R.WindowText, R.Window),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.PlaceholderText, R.Base),
        (R.Link, R.Base),
        (R.ToolTipText, R.ToolTipBase),
    ]
    for fg, bg in pairs:
        ratio = contrast(palette.color(fg), palette.color(bg))
        assert ratio >= 4.5, (fg, bg, ratio)
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert contrast(disabled, palette.color(R.Window)) >= 4.5
    # Input edges: 3:1 against the window and the field (WCAG 1.4.11).
    edge = CompanionStyle(dark).boundary
    assert contrast(edge, palette.color(R.Window)) >= 3
    assert contrast(edge, palette.color(R.Base)) >= 3


def test_calm_colours_no_alarm_red(qapp) -> None:
    for dark in (False, True):
        highlight = palette_for(dark).color(R.Highlight)
        hue = highlight.hslHue()
        assert 150 <= hue <= 260  # green to blue, never red


def test_apply_theme_uses_fusion_and_choice(qapp) -> None:
    original_palette, original_style = qapp.palette(), qapp.style().name()
    try:
        assert apply_theme(qapp, "dark") is True
        style = companion_style()  # qapp.style() is Qt's style-sheet wrapper around it
        assert isinstance(style, CompanionStyle)
        assert style.baseStyle().name().lower() == "fusion"
        assert qapp.palette().color(R.Window) == palette_for(True).color(R.Window)
        assert apply_theme(qapp, "light") is False
        assert resolve_dark("system") in (True, False)
    finally:
        qapp.setPalette(original_palette)
        del original_style


def test_fonts_scale_from_the_default_in_points(qapp) -> None:
    base = QFont(QApplication.font())
    base.setPointSizeF(10)
    bigger = scaled_font(base, 1.5, bold=True)
    assert bigger.pointSizeF() == pytest.approx(15)
    assert bigger.pixelSize() == -1  # never a pixel size
    label = heading("Hello")
    assert label.font().pointSizeF() > QApplication.font().pointSizeF()


def test_core_dumps_disabled_in_a_child_process() -> None:
    code = (
        "import ctypes, resource\n"
        "from companion.app import disable_core_dumps\n"
        "disable_core_dumps()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out[:2] == ["(0,", "0)"]
    if sys.platform.startswith("linux"):
        assert out[2] == "0"


def test_crash_path_is_calm_and_logs_no_content(
    qtbot, qapp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler()
    secret = "DIARY-CANARY-7731"
    try:
        raise RuntimeError(f"while saving {secret}")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="companion"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError" in caplog.text
    assert secret not in caplog.text
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashMessage"]
    visible = [b for b in boxes if b.isVisible()]
    assert len(visible) == 1
    assert visible[0].text() == UNEXPECTED.translated()
    assert secret not in visible[0].text() + visible[0].informativeText()
    assert show_crash_message() is visible[0]  # never a pile of boxes
    visible[0].close()


def test_run_app_starts_on_first_run_and_quits(data_dir: Path, tmp_path: Path) -> None:
    """A real process: run_app shows the welcome screen and exits cleanly on quit."""
    script = tmp_path / "drive.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from companion.app import run_app\n"
        "app = QApplication(sys.argv[:1])\n"
        "def look():\n"
        "    for w in QApplication.topLevelWidgets():\n"
        "        if w.isVisible():\n"
        "            print('WINDOW', type(w).__name__, w.windowTitle())\n"
        "    print('DESKTOP', QApplication.desktopFileName())\n"
        "    print('ICON', not QApplication.windowIcon().isNull())\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(300, look)\n"
        "sys.exit(run_app(sys.argv[1]))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "WINDOW FirstRunWindow Companion" in done.stdout
    assert "DESKTOP org.companionapp.Companion" in done.stdout
    assert "ICON True" in done.stdout
    assert (data_dir / "preferences.json").exists() is False  # nothing saved unasked
    assert not (data_dir / "vault").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_sigterm_quits_through_the_normal_shutdown(data_dir: Path, tmp_path: Path) -> None:
    """Logging out or shutting down sends SIGTERM: the app must save and lock first.

    Python's default ends the process at once, so the last second of typing (still on
    the autosave timer) was lost and the vault was never checkpointed.
    """
    script = tmp_path / "term.py"
    script.write_text(
        "import os, signal, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from companion.app import run_app\n"
        "app = QApplication(sys.argv[:1])\n"
        "app.aboutToQuit.connect(lambda: print('ABOUT-TO-QUIT', flush=True))\n"
        "QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGTERM))\n"
        "sys.exit(run_app(sys.argv[1]))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert "ABOUT-TO-QUIT" in done.stdout
