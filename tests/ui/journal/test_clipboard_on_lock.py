"""Locking takes journal text off the clipboard, as security.md promises.

Only text copied from the journal window goes, and only while the clipboard still holds
it: something copied from another program afterwards is left alone.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.session import Session

from .helpers import show_active


def _copy_elsewhere(qtbot: QtBot, text: str) -> None:
    """Copy ``text`` from a field outside the journal window (say, the help panel)."""
    other = QLineEdit(text)
    qtbot.addWidget(other)
    show_active(qtbot, other)
    other.setFocus()
    other.selectAll()
    other.copy()
    QApplication.processEvents()


def _copy_entry_text(qtbot: QtBot, w: MainWindow, text: str) -> None:
    QGuiApplication.clipboard().clear()
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
    _copy_elsewhere(qtbot, "a bus timetable")
    session.lock()
    assert QGuiApplication.clipboard().text() == "a bus timetable"


def test_text_copied_outside_the_journal_stays(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    _copy_elsewhere(qtbot, "0800 123 456")
    session.lock()
    assert QGuiApplication.clipboard().text() == "0800 123 456"
