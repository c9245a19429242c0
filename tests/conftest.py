"""Test-wide isolation: offscreen Qt, and a throwaway home for every test.

A test that touches the real home directory is a bug, so HOME, XDG_* and TMPDIR point into
the test's own temporary folder before anything (platformdirs, Qt) reads them.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt must never pick the user's real font or style settings up from the environment.
os.environ.pop("QT_SCALE_FACTOR", None)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every per-user location at a fresh folder for the duration of one test."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        target = home / sub if sub else home
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(target))
    monkeypatch.delenv("COMPANION_DATA_DIR", raising=False)
    return home


@pytest.fixture(autouse=True)
def restore_application_state() -> Iterator[None]:
    """Put back what a test may change for the whole application: the default locale,
    the layout direction, the palette, the style sheet and the font; and the garbage
    collector, which opening help holds off until the panel has settled after its first
    paint (a test may end before that).

    Language tests switch to Arabic or Spanish and theme tests to dark or high contrast;
    a later test must meet the application as it was, not as the last test left it.
    """
    collecting = gc.isenabled()
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        yield
        _resume_collection(collecting)
        return
    from PySide6.QtCore import QLocale

    locale, direction = QLocale(), app.layoutDirection()
    palette, sheet, font = app.palette(), app.styleSheet(), app.font()
    yield
    QLocale.setDefault(locale)
    app.setLayoutDirection(direction)
    # The font first: an app object a test left running re-applies its theme when the
    # font changes, and the style sheet and palette below must have the last word.
    app.setFont(font)
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    _resume_collection(collecting)


def _resume_collection(was_enabled: bool) -> None:
    # As companion/ui/shell/gc_hold.py does: the held collection runs here, at once,
    # not at some later allocation inside Qt's delivery of an event.
    if was_enabled and not gc.isenabled():
        gc.enable()
        gc.collect(0)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private, empty data folder for one test."""
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path
