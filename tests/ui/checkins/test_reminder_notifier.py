"""Check-in reminders reach the system tray at the chosen times while the app runs.

The notifier's own timer drives these tests (a short interval) against a fake clock
that the test moves forward: no sleeping until 18:30.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.settings import Preferences
from companion.ui.checkins.reminders import ReminderNotifier
from companion.ui.shell.preferences_store import PreferencesStore

KIND_WORDS = "Your self-care check-in is here whenever you want it."


class RecordingTray(QSystemTrayIcon):
    """A real tray icon that also records what it was asked to show."""

    made: ClassVar[list[RecordingTray]] = []

    def __init__(self, icon: QIcon, parent: QObject) -> None:
        super().__init__(icon, parent)
        self.messages: list[tuple[str, str, QSystemTrayIcon.MessageIcon, int]] = []
        self.shown = False
        RecordingTray.made.append(self)

    def showMessage(  # type: ignore[override]
        self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int = 10000
    ) -> None:
        self.messages.append((title, msg, icon, msecs))

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False


def _notifier(prefs: PreferencesStore, clock: FakeClock, **kwargs: object) -> ReminderNotifier:
    RecordingTray.made.clear()
    return ReminderNotifier(
        prefs,
        clock,
        interval_ms=5,
        tray_factory=RecordingTray,
        tray_available=lambda: True,
        **kwargs,  # type: ignore[arg-type]
    )


def _tray() -> RecordingTray:
    assert len(RecordingTray.made) == 1
    return RecordingTray.made[0]


def test_off_by_default_no_timer_no_tray(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    assert Preferences().checkin_reminders == ()
    notifier = _notifier(prefs, clock)
    assert not notifier.is_running()
    clock.advance(24 * 3600)
    qtbot.wait(30)
    assert notifier.tray is None
    assert RecordingTray.made == []


def test_the_tray_shows_the_reminder_when_the_clock_reaches_the_time(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    prefs.update(checkin_reminders=["18:30", "21:00"])  # the clock says 18:00
    notifier = _notifier(prefs, clock)
    assert notifier.is_running()
    reminded: list[datetime] = []
    notifier.reminded.connect(reminded.append)
    clock.advance(29 * 60)
    qtbot.wait(30)  # the timer looks several times: nothing is due yet
    assert RecordingTray.made == []
    clock.advance(60)  # 18:30
    qtbot.waitUntil(lambda: bool(RecordingTray.made) and bool(_tray().messages), timeout=3000)
    tray = _tray()
    assert tray.messages == [
        ("Companion", KIND_WORDS, QSystemTrayIcon.MessageIcon.Information, 15_000)
    ]
    assert tray.shown
    assert tray.toolTip() == "Companion"  # nothing from the journal, ever
    assert [(r.hour, r.minute) for r in reminded] == [(18, 30)]
    qtbot.wait(30)
    assert len(tray.messages) == 1  # once per time, however often the timer looks
    clock.advance(150 * 60)  # 21:00
    qtbot.waitUntil(lambda: len(tray.messages) == 2, timeout=3000)
    assert [(r.hour, r.minute) for r in reminded] == [(18, 30), (21, 0)]
    assert len(RecordingTray.made) == 1  # one icon for the whole run


def test_the_next_day_reminds_again(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    prefs.update(checkin_reminders=["18:05"])
    notifier = _notifier(prefs, clock)
    clock.advance(5 * 60)
    qtbot.waitUntil(lambda: bool(RecordingTray.made) and len(_tray().messages) == 1)
    for _ in range(24):  # an evening, a night and a day, an hour at a time
        clock.advance(3600)
        qtbot.wait(10)
    qtbot.waitUntil(lambda: len(_tray().messages) == 2, timeout=3000)
    assert notifier.is_running()


def test_turning_reminders_off_stops_the_timer_and_hides_the_icon(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    prefs.update(checkin_reminders=["18:10"])
    notifier = _notifier(prefs, clock)
    clock.advance(10 * 60)
    qtbot.waitUntil(lambda: bool(RecordingTray.made) and bool(_tray().messages))
    prefs.update(checkin_reminders=[])
    assert not notifier.is_running()
    assert not _tray().shown
    clock.advance(24 * 3600)
    qtbot.wait(30)
    assert len(_tray().messages) == 1


def test_switching_on_never_reminds_about_a_time_already_past(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    notifier = _notifier(prefs, clock)
    clock.advance(20 * 60)  # 18:20
    prefs.update(checkin_reminders=["18:15"])  # switched on after 18:15 today
    assert notifier.is_running()
    qtbot.wait(30)
    assert RecordingTray.made == []


def test_clicking_the_message_asks_for_the_checkin(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    prefs.update(checkin_reminders=["18:01"])
    notifier = _notifier(prefs, clock)
    clock.advance(60)
    qtbot.waitUntil(lambda: bool(RecordingTray.made) and bool(_tray().messages))
    with qtbot.waitSignal(notifier.activated, timeout=1000):
        _tray().messageClicked.emit()


def test_without_a_tray_nothing_breaks(
    qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock
) -> None:
    prefs.update(checkin_reminders=["18:01"])
    RecordingTray.made.clear()
    notifier = ReminderNotifier(
        prefs, clock, interval_ms=5, tray_factory=RecordingTray, tray_available=lambda: False
    )
    reminded: list[datetime] = []
    notifier.reminded.connect(reminded.append)
    clock.advance(60)
    qtbot.waitUntil(lambda: len(reminded) == 1, timeout=3000)
    assert RecordingTray.made == []  # no icon where the desktop has no tray


def test_stop_at_quit(qtbot: QtBot, prefs: PreferencesStore, clock: FakeClock) -> None:
    prefs.update(checkin_reminders=["18:01"])
    notifier = _notifier(prefs, clock)
    clock.advance(60)
    qtbot.waitUntil(lambda: bool(RecordingTray.made) and bool(_tray().messages))
    notifier.stop()
    assert not notifier.is_running()
    assert not _tray().shown
