"""Problems found by using the journal by hand, each pinned by a test."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.models import EntryDraft, Mood
from companion.ui.main_window import MainWindow
from companion.ui.preferences_store import PreferencesStore
from companion.ui.session import Session
from companion.ui.timeline_view import ENTRY_ROLE, plain_words
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
    w = MainWindow(session, help_access, prefs, clock)  # type: ignore[arg-type]
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
    w = MainWindow(session, help_access, prefs, clock)  # type: ignore[arg-type]
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
    w = MainWindow(session, help_access, prefs, clock)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    model = w.timeline.timeline_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ENTRY_ROLE))
    assert model.index(row).data() == "Rough day at work. Tired but ok, really."
    # Underscores inside words are not emphasis and stay.
    assert plain_words("my_file_name and _this_") == "my_file_name and this"
