"""Problems found by using the journal by hand, each pinned by a test."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.core.journal.vocabulary import MAX_TEXT_LENGTH
from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.timeline_view import ENTRY_ROLE, plain_words
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session
from companion.ui.widgets.chip_picker import ChipPicker

from .conftest import StubHelp
from .helpers import show_active


def _picker(qtbot: QtBot) -> ChipPicker:
    picker = ChipPicker("Feelings", "Emotion", allow_custom=False)
    picker.set_groups([("Feelings", None, ["calm", "tired", "hopeful"])])
    qtbot.addWidget(picker)
    picker.resize(600, 200)
    show_active(qtbot, picker)
    return picker


def _fits(widget: QWidget) -> bool:
    return widget.width() >= widget.sizeHint().width()


def test_chosen_chip_grows_to_fit_its_check_mark(qtbot: QtBot) -> None:
    # Seen by hand: choosing "tired" showed "tire", the check mark pushed the word out.
    picker = _picker(qtbot)
    tired = picker.chip("tired")
    assert tired is not None
    tired.click()
    qtbot.waitUntil(lambda: _fits(tired))
    hopeful = picker.chip("hopeful")
    assert hopeful is not None
    assert hopeful.x() >= tired.geometry().right()  # the next chip moved along, no overlap
    tired.click()
    qtbot.waitUntil(lambda: tired.width() == tired.sizeHint().width())  # and shrinks back


def test_window_opens_within_the_screen_so_help_is_visible(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand at 200 % (QT_SCALE_FACTOR=2): the window opened wider than the screen
    # and "Get help now (F1)", at the far right of the header, was off screen.
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    screen = w.screen().availableGeometry()
    assert w.width() <= screen.width()
    assert w.height() <= screen.height()
    button = w.help_button
    right_edge = button.mapTo(w, button.rect().topRight()).x()
    assert right_edge < w.width()


def test_narrow_timeline_never_scrolls_sideways(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand at 200 %: the timeline grew a horizontal scroll bar and cut every
    # entry's first line off mid-word instead of ending it with "…".
    session.save_entry(None, EntryDraft(text="Walked by the sea with my sister", mood=Mood.GOOD))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    w.splitter.setSizes([150, 650])
    qtbot.waitUntil(lambda: w.timeline.viewport().width() < 200)
    assert w.timeline.horizontalScrollBar().maximum() == 0


def test_timeline_shows_words_not_markdown_marks(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: the timeline read "Rough day at work. **Tired** bu…".
    session.save_entry(None, EntryDraft(text="Rough day at work. **Tired** but `ok`, *really*."))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    model = w.timeline.timeline_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ENTRY_ROLE))
    assert model.index(row).data() == "Rough day at work. Tired but ok, really."
    # Underscores inside words are not emphasis and stay.
    assert plain_words("my_file_name and _this_") == "my_file_name and this"


@pytest.mark.parametrize("query", ["😊", "*", '"', "-"])
def test_search_without_words_says_it_shows_everything(
    qtbot: QtBot,
    session: Session,
    clock: FakeClock,
    help_access: StubHelp,
    prefs: PreferencesStore,
    query: str,
) -> None:
    # Seen by hand: searching for an emoji listed every entry under "3 entries found",
    # as if each one contained it.
    session.save_entry(None, EntryDraft(text="Coffee with Ana 😊"))
    session.save_entry(None, EntryDraft(text="Good run in the park"))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    bar = w.search_bar
    bar.query_edit.setText(query)
    bar.run_search()
    status = bar.status_label.text()
    assert "found" not in status
    assert status == (
        "Search looks for words and numbers, so this shows 2 entries without searching the text."
    )
    bar.query_edit.setText("park")
    bar.run_search()
    assert bar.status_label.text() == "1 entry found"


def test_undo_toast_goes_when_its_entry_is_gone_and_takes_the_focus(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: after "Move to trash" the keyboard focus jumped to "New entry" (far
    # from the toast), and after emptying the trash the toast still offered "Restore",
    # which then silently did nothing.
    entry = session.save_entry(None, EntryDraft(text="Something to let go of"))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    w.open_entry(entry.id)
    w.editor.delete_button.setFocus()
    qtbot.keyClick(w.editor.delete_button, Qt.Key.Key_Space)
    assert w.toast.isVisible()
    assert w.toast.restore_button.hasFocus()
    session.empty_trash()
    assert not w.toast.isVisible()


def test_undo_toast_goes_when_restored_from_the_trash_window(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    entry = session.save_entry(None, EntryDraft(text="Back again"))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.open_entry(entry.id)
    w.editor.delete_current()
    assert w.toast.entry_id == entry.id
    trash = w.show_trash()
    trash.restore_selected()
    assert not w.toast.isVisible()
    assert w.editor.entry_id == entry.id
    trash.close()


def test_tab_reaches_the_chips_in_reading_order(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: Tab went "Find emotion" -> (the scroll area itself) -> "Find tag" ...
    # text -> Preview -> Move to trash -> the chips; they were reached last, far from
    # their fields.
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    w.new_entry()
    details = w.editor.details
    details.toggle.setChecked(True)
    details.emotions.filter_edit.setFocus()
    order = []
    for _ in range(6):
        widget = QApplication.focusWidget()
        assert widget is not None
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    emotion_chip = details.emotions.chips()[0]
    tag_chip = details.tags.chips()[0]
    assert order[1] is emotion_chip
    assert order[2] is details.tags.filter_edit
    assert tag_chip in order
    assert details.area not in order
    assert order.index(tag_chip) < len(order) - 1
    assert order[order.index(tag_chip) + 1] is w.editor.text_edit


def test_pasted_control_characters_do_not_block_saving(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    # Seen by hand: text pasted from a PDF (a page break) or a terminal (colour codes)
    # left the entry at "Couldn't save" for good; locking then dropped all of it.
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    editor.reload_vocabulary()
    editor.new_entry()
    editor.title_edit.setText("Meeting\x07 notes")
    editor.text_edit.setPlainText("Notes\x0cpage two \x1b[0mdone\x0bend\ttab")
    assert editor.save_now()
    assert editor.status_text() == "Saved"
    assert editor.entry_id is not None
    saved = session.journal.get(editor.entry_id)
    assert saved.text == "Notes\npage two [0mdone\nend\ttab"
    assert saved.title == "Meeting notes"


def test_an_entry_too_long_to_save_says_why(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    editor.reload_vocabulary()
    editor.new_entry()
    editor.text_edit.setPlainText("a" * (MAX_TEXT_LENGTH + 1))
    assert not editor.save_now()
    status = editor.status_text()
    assert status.startswith("Couldn't save — your text is still here.")
    assert "up to 500,000 characters" in status
    assert "new entry" in status


def test_a_long_or_pasted_own_tag_does_not_block_saving(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    # Seen by hand: adding an own tag longer than 40 characters put it on the entry, and
    # then the entry could never save ("Couldn't save" with no reason).
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    editor.reload_vocabulary()
    editor.new_entry()
    editor.text_edit.setPlainText("Long day")
    field = editor.details.tags.filter_edit
    qtbot.keyClicks(field, "a really long tag name that goes on and on and on")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.setText("bell\x07 ringing")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.save_now()
    assert editor.entry_id is not None
    tags = session.journal.get(editor.entry_id).tags
    assert tags == ("a really long tag name that goes on and", "bell ringing")


def test_the_date_field_only_offers_dates_the_journal_keeps(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    # A year typed as 9500 was accepted by the field and refused by the journal, so the
    # entry could not save.
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    editor.reload_vocabulary()
    editor.new_entry()
    editor.text_edit.setPlainText("From the far future")
    editor.when_edit.setDate(QDate(9500, 1, 1))
    assert editor.save_now()
    assert editor.entry_id is not None
    assert session.journal.get(editor.entry_id).created_at.year <= 2999


def test_trash_window_has_the_help_button_and_restore_returns_to_the_text(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: the Trash window was the one window without "Get help now"; and after
    # "Restore" in the toast the keyboard focus was nowhere in particular.
    entry = session.save_entry(None, EntryDraft(text="Keep me"))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    trash = w.show_trash()
    assert trash.help_button is not None
    assert trash.help_button.isVisible()
    trash.help_button.click()
    assert help_access.opened == 1
    trash.close()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.open_entry(entry.id)
    w.editor.delete_current()
    qtbot.keyClick(w.toast.restore_button, Qt.Key.Key_Space)
    assert w.editor.entry_id == entry.id
    assert w.editor.text_edit.hasFocus()


def test_new_entry_on_a_chosen_day_stays_in_that_days_list(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: with 3 January chosen in the calendar, "New entry" was dated today,
    # so once saved it disappeared from the list on screen ("No entries on this day").
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    day = date(2026, 1, 3)
    w.calendar.set_selected_day(day)
    w.new_entry()
    qtbot.keyClicks(w.editor.text_edit, "Remembering that Saturday")
    assert w.editor.save_now()
    assert w.editor.entry_id is not None
    saved = session.journal.get(w.editor.entry_id)
    assert saved.created_at.date() == day
    assert saved.created_at.time() == clock.now().time()
    assert w.timeline.timeline_model.entry_count() == 1
    assert w.left_stack.currentWidget() is w.timeline
    w.calendar.set_selected_day(None)
    w.new_entry()  # no day chosen: now, as before
    assert w.editor.draft().created_at == clock.now()


def test_a_mood_only_entry_reads_as_a_check_in(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: a quick mood with no words showed as "(no words)", which reads like
    # a complaint about the entry.
    session.save_entry(None, EntryDraft(mood=Mood.BAD))
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    model = w.timeline.timeline_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ENTRY_ROLE))
    assert model.index(row).data() == "Just a check-in"
