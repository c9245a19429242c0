"""The font configuration is read on another core, once, and Qt then uses that read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from companion.ui.shell import font_warmup
from tests.security.sec_helpers import strace_usable

ROOT = Path(__file__).resolve().parents[3]
LINUX = sys.platform.startswith("linux")


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if no warm-up had been started in this process yet."""
    monkeypatch.setattr(font_warmup, "_started", False)


@pytest.mark.skipif(not LINUX, reason="fontconfig is how Qt finds fonts on Linux only")
def test_the_call_is_fontconfigs_own_init() -> None:
    import PySide6.QtGui  # noqa: F401 - Qt loads fontconfig; the warm-up only looks it up

    fc_init = font_warmup._fc_init()
    assert fc_init is not None
    assert fc_init() == 1  # FcTrue: the configuration is loaded (again a no-op here)


def test_a_library_qt_has_not_loaded_is_never_loaded(
    monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    monkeypatch.setattr(font_warmup, "FONTCONFIG", "libcompanion-not-loaded.so.1")
    assert font_warmup._fc_init() is None
    assert font_warmup.start_font_warmup() is False


def test_other_systems_leave_fonts_to_qt(monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert font_warmup.start_font_warmup() is False


@pytest.mark.skipif(not LINUX, reason="fontconfig is how Qt finds fonts on Linux only")
def test_started_once_per_process(fresh: None) -> None:
    import PySide6.QtGui  # noqa: F401

    assert font_warmup.start_font_warmup() is True
    assert font_warmup.start_font_warmup() is False


_CHILD = """
import sys, threading
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(["font-warmup-test"])
if sys.argv[1] == "warm":
    from companion.ui.shell.font_warmup import start_font_warmup
    assert start_font_warmup()
    for thread in threading.enumerate():
        if thread.name == "font-warmup":
            thread.join(60)
field = QLineEdit("999")  # the first text: Qt asks fontconfig for its fonts
field.show()
app.processEvents()
print("done")
"""


def _who_read_the_configuration(tmp_path: Path, mode: str) -> tuple[int, list[int]]:
    """(the main thread's id, the thread ids that opened fontconfig's main file)."""
    log = tmp_path / f"{mode}.trace"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        ["strace", "-f", "-qq", "-o", str(log), "-e", "trace=openat",
         sys.executable, "-c", textwrap.dedent(_CHILD), mode],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "done" in done.stdout
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    main = int(lines[0].split()[0])  # the first line is the main thread's
    readers = [
        int(line.split()[0])
        for line in lines
        if re.search(r'openat\(.*"[^"]*/fonts\.conf"', line) and "ENOENT" not in line
    ]
    return main, readers


@pytest.mark.skipif(not LINUX, reason="fontconfig is how Qt finds fonts on Linux only")
def test_qt_uses_the_configuration_read_on_the_other_thread(tmp_path: Path) -> None:
    reason = strace_usable()
    if reason is not None:
        pytest.skip(reason)
    # Without the warm-up the main thread reads the configuration itself, once...
    main, readers = _who_read_the_configuration(tmp_path, "cold")
    assert readers == [main]
    # ...with it, the other thread reads it, once, and Qt does not read it again.
    main, readers = _who_read_the_configuration(tmp_path, "warm")
    assert len(readers) == 1
    assert readers[0] != main
