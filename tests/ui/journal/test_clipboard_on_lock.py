"""Locking takes journal text off the clipboard, as security.md promises.

Only text copied from the journal window goes, and only while the clipboard still holds
it: something copied from another program afterwards is left alone.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.ui.main_window import MainWindow
from companion.ui.preferences_store import PreferencesStore
from companion.ui.session import Session

from .conftest import StubHelp
from .helpers import show_active


@pytest.fixture
def window(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> MainWindow:
    QGuiApplication.clipboard().clear()
    w = MainWindow(session, help_access, prefs, clock)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w


def _copy_entry_text(qtbot: QtBot, w: MainWindow, text: str) -> None:
    w.new_entry()
    qtbot.keyClicks(w.editor.text_edit, text)
    w.editor.text_edit.selectAll()
    w.editor.text_edit.copy()
    QApplication.processEvents()
    assert QGuiApplication.clipboard().text() == text


def test_lock_clears_text_copied_from_an_entry(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    _copy_entry_text(qtbot, window, "CANARY-clipboard private words")
    session.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_what_was_copied_elsewhere_afterwards(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    _copy_entry_text(qtbot, window, "from the journal")
    other = QLineEdit("a bus timetable")  # say, a phone number in the help panel
    qtbot.addWidget(other)
    show_active(qtbot, other)
    other.setFocus()
    other.selectAll()
    other.copy()
    QApplication.processEvents()
    session.lock()
    assert QGuiApplication.clipboard().text() == "a bus timetable"


def test_text_copied_outside_the_journal_stays(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    other = QLineEdit("0800 123 456")
    qtbot.addWidget(other)
    show_active(qtbot, other)
    other.setFocus()
    other.selectAll()
    other.copy()
    QApplication.processEvents()
    session.lock()
    assert QGuiApplication.clipboard().text() == "0800 123 456"
