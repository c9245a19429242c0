"""A write the journal refuses (a full disk) is said calmly where it happened.

Before, deleting an entry or emptying the trash on a full disk raised StorageFull out of
a button's slot, which only reached the generic crash note.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.errors import StorageFull
from companion.core.journal.models import EntryDraft
from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.trash_view import TrashView
from companion.ui.shell.session import Session


def test_delete_on_a_full_disk_keeps_the_entry_and_says_why(qtbot: QtBot, session: Session) -> None:
    entry = session.save_entry(None, EntryDraft(text="still here"))
    editor = EntryEditor(session, session.clock)
    qtbot.addWidget(editor)
    assert editor.open_entry(entry.id)

    def full(_entry_id: int) -> None:
        raise StorageFull()

    session.delete_entry = full  # type: ignore[method-assign]
    deleted: list[int] = []
    editor.deleted.connect(deleted.append)
    editor.delete_current()
    assert deleted == []
    assert editor.entry_id == entry.id
    assert editor.text_edit.toPlainText() == "still here"
    assert "disk is full" in editor.status_text()


def test_emptying_the_trash_on_a_full_disk_says_why(qtbot: QtBot, session: Session) -> None:
    entry = session.save_entry(None, EntryDraft(text="in the trash"))
    session.delete_entry(entry.id)
    trash = TrashView(session)
    qtbot.addWidget(trash)

    def full() -> int:
        raise StorageFull()

    session.empty_trash = full  # type: ignore[method-assign]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.findChildren(QPushButton) if b.text() == "Delete for good").click()

    QTimer.singleShot(0, answer)
    assert trash.confirm_and_empty() is False
    assert "disk is full" in trash.info.text()
    assert trash.list.count() == 1


def test_restore_from_the_toast_on_a_full_disk_says_why(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    entry = session.save_entry(None, EntryDraft(text="bring me back"))
    window.open_entry(entry.id)
    qtbot.mouseClick(window.editor.delete_button, Qt.MouseButton.LeftButton)

    def full(_entry_id: int) -> None:
        raise StorageFull()

    session.restore_entry = full  # type: ignore[method-assign]
    qtbot.mouseClick(window.toast.restore_button, Qt.MouseButton.LeftButton)
    assert window.toast.isVisible()  # offered again, with the reason
    assert window.toast.entry_id == entry.id
    assert "disk is full" in window.toast.label.text()
    assert session.journal.count() == 0


def test_a_bug_while_opening_an_entry_is_not_swallowed(
    window: MainWindow, session: Session
) -> None:
    entry = session.save_entry(None, EntryDraft(text="fine"))

    def broken(_entry_id: int) -> bool:
        raise ZeroDivisionError  # stands in for a programming error

    window.editor.open_entry = broken  # type: ignore[method-assign]
    with pytest.raises(ZeroDivisionError):
        window.open_entry(entry.id)


def test_a_tag_the_full_disk_refused_is_added_when_the_entry_saves(
    qtbot: QtBot, session: Session
) -> None:
    """The new tag reached the chip but not the vocabulary: every later save of the
    entry failed as "unknown tag", with no reason given, until the chip was removed."""
    editor = EntryEditor(session, session.clock)
    qtbot.addWidget(editor)
    editor.reload_vocabulary()
    editor.new_entry()
    journal = session.journal
    real_add_tag = journal.add_tag

    def full(_name: str, _kind: object) -> None:
        raise StorageFull()

    journal.add_tag = full  # type: ignore[method-assign]
    editor.details.tags.filter_edit.setText("Gardening")
    editor.details.tags._add_custom_from_field()
    assert "Gardening" in editor.details.tags.selected()
    qtbot.keyClicks(editor.text_edit, "out in the garden")
    assert not editor.save_now()  # the disk is still full: the tag is still refused
    journal.add_tag = real_add_tag  # type: ignore[method-assign]  # space again
    assert editor.save_now()
    saved = journal.get(editor.entry_id or -1)
    assert saved.tags == ("Gardening",)
    assert saved.text == "out in the garden"
