"""The entry editor: typing, pickers, autosave into the journal, undo, failures."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.errors import StorageFull
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.journal.entry_editor import NOT_SAVED, SAVED, EntryEditor
from companion.ui.shell.session import Session

from .helpers import FullDiskSession, show_active


def _editor(qtbot: QtBot, session: Session, clock: FakeClock) -> EntryEditor:
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    editor.resize(800, 700)
    editor.reload_vocabulary()
    show_active(qtbot, editor)
    editor.new_entry()
    return editor


def _saved(qtbot: QtBot, editor: EntryEditor) -> None:
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)


def test_typing_creates_an_entry_with_mood_emotion_and_tag(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.title_edit, "River walk")
    editor.mood_picker.options[0].setFocus()
    qtbot.keyClick(editor.mood_picker.options[0], Qt.Key.Key_4)
    editor.details.set_expanded(True)
    qtbot.keyClicks(editor.details.emotions.filter_edit, "hope")
    qtbot.keyClick(editor.details.emotions.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.details.tags.filter_edit, "outdoors")
    qtbot.keyClick(editor.details.tags.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text_edit, "Cold air, **clear** head.")
    assert editor.has_unsaved_changes()
    _saved(qtbot, editor)
    assert editor.status_text() == SAVED
    entry = session.journal.get(editor.entry_id or -1)
    assert entry.title == "River walk"
    assert entry.mood is Mood.GOOD
    assert entry.emotions == ("hopeful",)
    assert entry.tags == ("outdoors",)
    assert entry.text == "Cold air, **clear** head."
    assert entry.created_at == clock.now()
    assert session.journal.count() == 1


def test_untouched_new_entry_is_not_saved(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    editor = _editor(qtbot, session, clock)
    assert editor.save_now()
    editor.new_entry()
    assert session.journal.count() == 0
    assert editor.entry_id is None


def test_edit_then_undo_and_redo(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    entry = session.save_entry(None, EntryDraft(text="First line"))
    editor = _editor(qtbot, session, clock)
    editor.open_entry(entry.id)
    editor.text_edit.setFocus()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " and more")
    _saved(qtbot, editor)
    assert session.journal.get(entry.id).text == "First line and more"
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_edit.toPlainText() == "First line"
    _saved(qtbot, editor)
    assert session.journal.get(entry.id).text == "First line"
    qtbot.keyClick(
        editor.text_edit,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.text_edit.toPlainText() == "First line and more"


def test_undo_never_crosses_into_another_entry(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    a = session.save_entry(None, EntryDraft(text="Entry A"))
    b = session.save_entry(None, EntryDraft(text="Entry B"))
    editor = _editor(qtbot, session, clock)
    editor.open_entry(a.id)
    editor.open_entry(b.id)
    assert not editor.text_edit.document().isUndoAvailable()


def test_switching_entries_saves_at_once(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    a = session.save_entry(None, EntryDraft(text="A"))
    b = session.save_entry(None, EntryDraft(text="B"))
    editor = _editor(qtbot, session, clock)
    editor.open_entry(a.id)
    qtbot.keyClicks(editor.text_edit, "typed ")
    editor.open_entry(b.id)  # no waiting: the switch itself saves
    assert session.journal.get(a.id).text == "typed A"
    assert editor.text_edit.toPlainText() == "B"


def test_changing_the_date_is_saved(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "Back-dated")
    editor.when_edit.setDateTime(editor.when_edit.dateTime().addDays(-2))
    _saved(qtbot, editor)
    entry = session.journal.get(editor.entry_id or -1)
    assert entry.created_at.date() == clock.now().date().replace(day=13)


def test_storage_full_keeps_the_text_and_says_so(
    qtbot: QtBot, full_session: FullDiskSession, clock: FakeClock
) -> None:
    editor = _editor(qtbot, full_session, clock)
    qtbot.keyClicks(editor.text_edit, "Please do not lose this")
    qtbot.waitUntil(lambda: editor.status_text().startswith(NOT_SAVED), timeout=5000)
    assert editor.text_edit.toPlainText() == "Please do not lose this"
    assert editor.has_unsaved_changes()
    assert isinstance(editor.last_error, StorageFull)
    assert full_session.journal.count() == 0
    # Switching away must not drop the text either: the editor stays on it.
    assert editor.save_now() is False
    assert editor.text_edit.toPlainText() == "Please do not lose this"
    full_session.full = False  # space freed: the next attempt saves
    assert editor.save_now()
    assert editor.status_text() == SAVED
    assert full_session.journal.get(editor.entry_id or -1).text == "Please do not lose this"


def test_preview_renders_markdown_and_loads_nothing(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "**bold** and ![x](https://example.invalid/p.png)")
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.stack.currentWidget() is editor.preview
    assert not editor.preview.openLinks()
    assert not editor.preview.openExternalLinks()
    assert "bold" in editor.preview.toPlainText()
    assert "**" not in editor.preview.toPlainText()
    url = QUrl("https://example.invalid/p.png")
    assert editor.preview.loadResource(int(QTextDocument.ResourceType.ImageResource), url) is None
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.stack.currentWidget() is editor.text_edit


def test_delete_moves_to_trash(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "to be trashed")
    with qtbot.waitSignal(editor.deleted) as blocker:
        qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    entry_id = blocker.args[0]
    assert [e.id for e in session.journal.trash()] == [entry_id]
    assert editor.text_edit.toPlainText() == ""


def test_undo_and_redo_picker_changes(qtbot: QtBot, session: Session, clock: FakeClock) -> None:
    editor = _editor(qtbot, session, clock)
    qtbot.keyClicks(editor.text_edit, "text stays")
    option = editor.mood_picker.options[0]
    option.setFocus()
    qtbot.keyClick(option, Qt.Key.Key_4)
    editor.details.set_expanded(True)
    calm = editor.details.emotions.chip("calm")
    assert calm is not None
    qtbot.mouseClick(calm, Qt.MouseButton.LeftButton)
    assert editor.details.emotions.selected() == ("calm",)
    calm.setFocus()
    qtbot.keyClick(calm, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.details.emotions.selected() == ()
    assert editor.mood_picker.mood() is Mood.GOOD
    focused = editor.mood_picker.options[3]
    focused.setFocus()
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.mood_picker.mood() is None
    qtbot.keyClick(
        focused,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.mood_picker.mood() is Mood.GOOD
    assert editor.text_edit.toPlainText() == "text stays"
    _saved(qtbot, editor)
    entry = session.journal.get(editor.entry_id or -1)
    assert entry.mood is Mood.GOOD
    assert entry.emotions == ()
