"""Choosing actions (hide, rename, reorder, add, delete) and the reminder times."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from pytestqt.qtbot import QtBot

from companion.core.checkins.store import CheckinStore
from companion.core.clock import FakeClock
from companion.ui.checkins.actions_dialog import ActionsDialog
from companion.ui.checkins.page import CheckinPage
from companion.ui.checkins.reminders import ReminderNotifier
from companion.ui.checkins.reminders_editor import RemindersEditor
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session


@pytest.fixture
def page(qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore) -> CheckinPage:
    widget = CheckinPage(session, clock, prefs)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialog(qtbot: QtBot, page: CheckinPage) -> ActionsDialog:
    found = page.open_actions_dialog()
    assert found is not None
    qtbot.addWidget(found)
    return found


def labels(page: CheckinPage) -> list[str]:
    return [box.text() for box in page.boxes.values()]


def test_unticking_hides_an_action_from_the_daily_list(
    page: CheckinPage, dialog: ActionsDialog
) -> None:
    item = dialog.list.item(1)
    assert item.text() == "Drank some water"
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "Drank some water" not in labels(page)
    item.setCheckState(Qt.CheckState.Checked)
    assert "Drank some water" in labels(page)


def test_renaming_keeps_the_history(
    page: CheckinPage, dialog: ActionsDialog, session: Session, clock: FakeClock
) -> None:
    store = CheckinStore(session.vault.connection, clock)
    water = next(a for a in store.actions() if a.builtin == "water")
    store.set_done(clock.now().date() - timedelta(days=1), water.id, True)
    dialog.list.item(1).setText("A big glass of water")
    assert store.action(water.id).label == "A big glass of water"
    assert store.day(clock.now().date() - timedelta(days=1)).done == {water.id}
    assert "A big glass of water" in labels(page)


def test_a_name_already_on_the_list_is_refused_kindly(dialog: ActionsDialog) -> None:
    dialog.list.item(1).setText("got some sleep")
    assert dialog.message.text() == "That action is already on your list."
    assert dialog.list.item(1).text() == "Drank some water"


def test_moving_changes_the_order_of_the_daily_list(
    page: CheckinPage, dialog: ActionsDialog
) -> None:
    dialog.list.setCurrentRow(0)
    dialog.move_selected(1)
    assert labels(page)[:2] == ["Drank some water", "Got some sleep"]
    assert dialog.list.currentItem().text() == "Got some sleep"
    dialog.move_selected(-1)
    assert labels(page)[:2] == ["Got some sleep", "Drank some water"]


def test_alt_down_moves_the_selected_action(
    qtbot: QtBot, page: CheckinPage, dialog: ActionsDialog
) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert labels(page)[1] == "Got some sleep"


def test_adding_and_deleting_an_action(
    page: CheckinPage, dialog: ActionsDialog, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.new_edit, "Read a few pages")
    dialog.add_from_field()
    assert labels(page)[-1] == "Read a few pages"
    assert dialog.new_edit.text() == ""
    dialog.confirm_delete = lambda: False  # type: ignore[method-assign]
    assert not dialog.delete_selected()
    assert "Read a few pages" in labels(page)
    dialog.confirm_delete = lambda: True  # type: ignore[method-assign]
    assert dialog.delete_selected()
    assert "Read a few pages" not in labels(page)


def test_reminders_are_off_by_default_and_kept_in_the_preferences(
    qtbot: QtBot, prefs: PreferencesStore
) -> None:
    editor = RemindersEditor(prefs)
    qtbot.addWidget(editor)
    assert not editor.enabled_box.isChecked()
    assert prefs.prefs.checkin_reminders == ()
    editor.enabled_box.setChecked(True)
    assert prefs.prefs.checkin_reminders == ("20:00",)
    editor.time_edit.setTime(QTime(8, 30))
    editor.add_time()
    assert prefs.prefs.checkin_reminders == ("08:30", "20:00")
    editor.times.setCurrentRow(1)
    editor.remove_selected()
    assert prefs.prefs.checkin_reminders == ("08:30",)
    editor.enabled_box.setChecked(False)
    assert prefs.prefs.checkin_reminders == ()
    editor.enabled_box.setChecked(True)  # the times come back within the same run
    assert prefs.prefs.checkin_reminders == ("08:30",)


def test_reminder_times_read_as_the_locale_writes_times(
    qtbot: QtBot, prefs: PreferencesStore
) -> None:
    """They read "20:00" in the United States, where every other time says "8:00 PM"."""
    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        editor = RemindersEditor(prefs)
        qtbot.addWidget(editor)
        editor.enabled_box.setChecked(True)
        editor.time_edit.setTime(QTime(8, 30))
        assert editor.time_edit.text() == "8:30\u202fAM"
        editor.add_time()
        shown = [editor.times.item(row).text() for row in range(editor.times.count())]
        assert shown == ["8:30\u202fAM", "8:00\u202fPM"]
        assert prefs.prefs.checkin_reminders == ("08:30", "20:00")  # kept as before
        editor.times.setCurrentRow(1)
        editor.remove_selected()
        assert prefs.prefs.checkin_reminders == ("08:30",)
    finally:
        QLocale.setDefault(original)


def test_the_notifier_reminds_once_at_a_due_time(
    qapp: object, prefs: PreferencesStore, clock: FakeClock
) -> None:
    shown: list[tuple[str, str]] = []
    notifier = ReminderNotifier(prefs, clock, notify=lambda t, x: shown.append((t, x)))
    assert not notifier.is_running()
    assert notifier.check_now() is None  # off: nothing, whatever the time
    start = clock.now()  # 18:00 UTC
    prefs.update(checkin_reminders=["18:30"])
    assert notifier.is_running()
    clock.advance(20 * 60)
    assert notifier.check_now() is None
    clock.advance(15 * 60)
    due = notifier.check_now()
    assert due is not None
    assert (due.hour, due.minute) == (18, 30)
    assert shown == [("Companion", "Your self-care check-in is here whenever you want it.")]
    clock.advance(60)
    assert notifier.check_now() is None
    assert len(shown) == 1
    prefs.update(checkin_reminders=[])
    assert not notifier.is_running()
    assert clock.now() > start


def test_the_notifier_lets_a_long_missed_time_go(
    qapp: object, prefs: PreferencesStore, clock: FakeClock
) -> None:
    shown: list[tuple[str, str]] = []
    prefs.update(checkin_reminders=["18:30"])
    notifier = ReminderNotifier(prefs, clock, notify=lambda t, x: shown.append((t, x)))
    clock.advance(5 * 3600)  # the computer slept through 18:30
    assert notifier.check_now() is None
    assert shown == []
