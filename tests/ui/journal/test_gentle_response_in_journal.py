"""The gentle line in the editor: after a low mood is saved, calm, dismissible, off when
the person turns it off, and nothing about it stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.exercises.gentle_response import GentleResponseBar
from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session

from .conftest import StubHelp
from .helpers import show_active


@dataclass
class Opened:
    help: int = 0
    exercises: list[str] = field(default_factory=list)


def _editor(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore, opened: Opened
) -> EntryEditor:
    def open_help() -> None:
        opened.help += 1

    editor = EntryEditor(
        session,
        clock,
        low_mood_response=GentleResponseBar,
        gentle_enabled=lambda: prefs.prefs.gentle_response,
        open_help=open_help,
        open_exercise=opened.exercises.append,
    )
    qtbot.addWidget(editor)
    editor.resize(800, 700)
    editor.reload_vocabulary()
    show_active(qtbot, editor)
    editor.new_entry()
    return editor


def _saved(qtbot: QtBot, editor: EntryEditor) -> None:
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)


def _line(editor: EntryEditor) -> GentleResponseBar:
    line = editor.gentle_line
    assert isinstance(line, GentleResponseBar)
    return line


def _pick(qtbot: QtBot, editor: EntryEditor, key: Qt.Key) -> None:
    editor.mood_picker.options[0].setFocus()
    qtbot.keyClick(editor.mood_picker.options[0], key)


def test_an_awful_entry_gets_a_calm_line_after_it_is_saved(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    opened = Opened()
    editor = _editor(qtbot, session, clock, prefs, opened)
    line = _line(editor)
    assert not line.isVisible()
    _pick(qtbot, editor, Qt.Key.Key_1)
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "I don't know who to talk to")
    assert not editor.gentle_line_shown()  # not before the entry is saved
    _saved(qtbot, editor)
    assert session.journal.get(editor.entry_id or -1).mood is Mood.AWFUL
    qtbot.waitUntil(line.isVisible, timeout=3000)
    assert editor.gentle_line_shown()
    # In the editor, not a window of its own; the focus stays where the person types.
    assert not line.isWindow()
    assert line.window() is editor
    assert editor.text_edit.hasFocus()
    assert line.accessibleName() == "A gentle note"
    assert "hard moment" in line.message.text()
    # The three choices, each keyboard-reachable and named.
    for button, name in (
        (line.help_button, "Get help now"),
        (line.exercise_button, "Try slow breathing"),
        (line.dismiss_button, "Dismiss this note"),
    ):
        assert button.isVisible()
        assert button.accessibleName() == name
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert line.help_button.text() == "Get help now (F1)"


def test_the_buttons_open_help_and_breathing_through_the_app(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    opened = Opened()
    editor = _editor(qtbot, session, clock, prefs, opened)
    line = _line(editor)
    _pick(qtbot, editor, Qt.Key.Key_2)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    line.help_button.setFocus()
    qtbot.keyClick(line.help_button, Qt.Key.Key_Space)
    assert opened.help == 1
    qtbot.mouseClick(line.exercise_button, Qt.MouseButton.LeftButton)
    assert opened.exercises == ["breathing.slow"]
    assert line.isVisible()  # still there to come back to


def test_dismiss_hides_it_for_this_entry_and_stores_nothing(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    opened = Opened()
    before = prefs.prefs
    editor = _editor(qtbot, session, clock, prefs, opened)
    line = _line(editor)
    _pick(qtbot, editor, Qt.Key.Key_1)
    qtbot.keyClicks(editor.text_edit, "Heavy day")
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    entry_before = session.journal.get(editor.entry_id or -1)
    line.dismiss_button.setFocus()
    qtbot.keyClick(line.dismiss_button, Qt.Key.Key_Escape)
    assert not line.isVisible()
    assert editor.text_edit.hasFocus()  # back to the words
    # More typing autosaves again: the dismissed line stays away.
    qtbot.keyClicks(editor.text_edit, ", still")
    _saved(qtbot, editor)
    assert not line.isVisible()
    # Nothing about the line reached the journal or the preferences.
    entry = session.journal.get(editor.entry_id or -1)
    assert entry.text == "Heavy day, still"
    assert entry.emotions == entry_before.emotions
    assert entry.tags == entry_before.tags
    assert prefs.prefs == before
    assert opened == Opened()
    # A new entry with a low mood is offered the line again.
    editor.new_entry()
    _pick(qtbot, editor, Qt.Key.Key_1)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)


def test_okay_and_better_moods_get_no_line_and_a_lifted_mood_hides_it(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    editor = _editor(qtbot, session, clock, prefs, Opened())
    line = _line(editor)
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
        _pick(qtbot, editor, key)
        _saved(qtbot, editor)
        assert not line.isVisible()
    _pick(qtbot, editor, Qt.Key.Key_2)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    _pick(qtbot, editor, Qt.Key.Key_4)
    _saved(qtbot, editor)
    assert not line.isVisible()
    qtbot.keyClicks(editor.text_edit, "no mood at all")
    _saved(qtbot, editor)
    assert not line.isVisible()


def test_turned_off_it_never_shows(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    prefs.update(gentle_response=False)
    editor = _editor(qtbot, session, clock, prefs, Opened())
    line = _line(editor)
    _pick(qtbot, editor, Qt.Key.Key_1)
    _saved(qtbot, editor)
    qtbot.wait(50)
    assert not line.isVisible()
    # Turned back on: the next low save offers it.
    prefs.update(gentle_response=True)
    editor.new_entry()
    _pick(qtbot, editor, Qt.Key.Key_2)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    # Turned off while shown: the next save takes it away.
    prefs.update(gentle_response=False)
    qtbot.keyClicks(editor.text_edit, "x")
    _saved(qtbot, editor)
    assert not line.isVisible()


def test_opening_an_old_low_entry_or_fixing_a_typo_brings_no_line(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    old = session.save_entry(
        None, EntryDraft(text="Last month", mood=Mood.AWFUL, created_at=clock.now())
    )
    editor = _editor(qtbot, session, clock, prefs, Opened())
    line = _line(editor)
    editor.open_entry(old.id)
    assert not line.isVisible()
    qtbot.keyClicks(editor.text_edit, ".")
    _saved(qtbot, editor)
    assert not line.isVisible()


def test_locking_and_switching_entries_hide_it(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    other = session.save_entry(None, EntryDraft(text="Another", created_at=clock.now()))
    editor = _editor(qtbot, session, clock, prefs, Opened())
    line = _line(editor)
    _pick(qtbot, editor, Qt.Key.Key_1)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    editor.open_entry(other.id)
    assert not line.isVisible()
    editor.new_entry()
    _pick(qtbot, editor, Qt.Key.Key_1)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    editor.discard()  # on lock
    assert not line.isVisible()


def test_no_alarm_colours_and_nothing_without_a_factory(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    editor = _editor(qtbot, session, clock, prefs, Opened())
    line = _line(editor)
    _pick(qtbot, editor, Qt.Key.Key_1)
    _saved(qtbot, editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    image = line.grab().toImage()
    reddish = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            colour = QColor(image.pixel(x, y))
            hue, sat = colour.hslHue(), colour.hslSaturation()
            if sat > 90 and (hue < 20 or hue > 340):
                reddish += 1
    assert reddish == 0
    # Without a factory (the app has not wired one) nothing is shown and nothing breaks.
    plain = EntryEditor(session, clock)
    qtbot.addWidget(plain)
    plain.new_entry()
    plain.mood_picker.set_mood(Mood.AWFUL, notify=True)
    assert plain.save_now()
    assert plain.gentle_line is None
    assert not plain.gentle_line_shown()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, GentleResponseBar)]


def test_the_factory_may_be_given_after_the_window_is_built(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    opened = Opened()
    editor = EntryEditor(session, clock)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    editor.set_low_mood_response(
        GentleResponseBar,
        enabled=lambda: prefs.prefs.gentle_response,
        open_help=lambda: setattr(opened, "help", opened.help + 1),
        open_exercise=opened.exercises.append,
    )
    editor.new_entry()
    editor.mood_picker.set_mood(Mood.BAD, notify=True)
    assert editor.save_now()
    line = _line(editor)
    assert line.isVisible()
    line.exercise_button.click()
    line.help_button.click()
    assert opened.exercises == ["breathing.slow"]
    assert opened.help == 1
    editor.set_low_mood_response(None)
    assert editor.gentle_line is None
    assert not [c for c in editor.findChildren(QWidget) if isinstance(c, GentleResponseBar)]


def test_in_the_journal_window_the_line_and_the_calendar_follow_a_low_entry(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    prefs: PreferencesStore,
    help_access: StubHelp,
) -> None:
    exercises: list[str] = []
    # What the app does once the window exists (see the editor's docstring).
    window.editor.set_low_mood_response(
        GentleResponseBar,
        enabled=lambda: prefs.prefs.gentle_response,
        open_help=help_access.open,
        open_exercise=exercises.append,
    )
    window.new_entry()
    editor = window.editor
    _pick(qtbot, editor, Qt.Key.Key_1)
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "I don't know who to talk to")
    _saved(qtbot, editor)
    line = _line(editor)
    qtbot.waitUntil(line.isVisible, timeout=3000)
    assert line.window() is window  # part of the journal window, not a pop-up
    today = session.clock.now().date()
    qtbot.waitUntil(lambda: window.calendar.day_mood(today) is Mood.AWFUL, timeout=3000)
    button = window.calendar.day_button(today)
    assert button is not None
    assert button.accessibleName().endswith("mood: Awful")
    qtbot.mouseClick(line.help_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(line.exercise_button, Qt.MouseButton.LeftButton)
    assert help_access.opened == 1
    assert exercises == ["breathing.slow"]
    qtbot.mouseClick(line.dismiss_button, Qt.MouseButton.LeftButton)
    assert not line.isVisible()
