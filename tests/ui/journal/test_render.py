"""Render the main window (light, dark, 200% text) to PNG and check that it scales.

Set COMPANION_RENDER_DIR to keep the pictures for a look; otherwise they go to the
test's temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session
from companion.ui.shell.theme import apply_theme

from .conftest import StubHelp
from .sample import add_samples


@pytest.fixture
def font_scale(qapp: QApplication) -> Iterator[None]:
    base = QApplication.font()
    yield
    QApplication.setFont(base)
    apply_theme(qapp, "light")


def _window(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> MainWindow:
    w = MainWindow(session, StubHelp(), prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _sizes(w: MainWindow) -> tuple[int, int, int]:
    option = QStyleOptionViewItem()
    option.initFrom(w.timeline)
    first_entry = w.timeline.timeline_model.index(1)
    assert first_entry != QModelIndex()
    row = w.timeline.itemDelegate().sizeHint(option, first_entry).height()
    mood = w.editor.mood_picker.options[0].sizeHint().height()
    day = w.calendar.day_buttons[10].sizeHint().height()
    return row, mood, day


@pytest.mark.usefixtures("font_scale")
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_render_at_normal_and_double_text_size(
    qtbot: QtBot,
    qapp: QApplication,
    session: Session,
    clock: FakeClock,
    prefs: PreferencesStore,
    tmp_path: Path,
    theme: str,
) -> None:
    out = Path(os.environ.get("COMPANION_RENDER_DIR", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    apply_theme(qapp, theme)  # type: ignore[arg-type]
    add_samples(session)
    sizes = []
    base = QApplication.font()
    for scale in (1.0, 2.0):
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        QApplication.setFont(font)
        w = _window(qtbot, session, clock, prefs)
        w.open_entry(1)
        w.timeline.select_entry(1)
        w.editor.details.set_expanded(True)
        qtbot.wait(20)
        path = out / f"main-{theme}-{int(scale * 100)}.png"
        assert w.grab().save(str(path))
        assert path.stat().st_size > 10_000
        sizes.append(_sizes(w))
        # Nothing is squeezed below what it asks for at this text size.
        assert w.editor.mood_picker.options[0].height() >= sizes[-1][1]
        w.close()
    for small, large in zip(sizes[0], sizes[1], strict=True):
        assert large >= small * 1.6  # everything grows with the text
