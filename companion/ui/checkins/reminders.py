"""Check-in reminders as tray notifications, while the app runs: :class:`ReminderNotifier`.

The schedule is read from the preferences (``checkin_reminders``) each time it is
asked, so a change in the check-in page applies at once. A timer asks the core's
:meth:`ReminderSchedule.due` every ``interval_ms``: several missed times (the computer
slept) give one notification, and a time long past is let go. The notification holds
fixed, kind words only — nothing from the journal — and needs no unlocked vault.
Nothing here starts Companion: reminders exist only while it runs.

The app makes one notifier after the preferences are loaded and keeps it for the whole
run: ``ReminderNotifier(prefs, clock, parent=app)``; it starts and stops itself as the
times in the preferences come and go (none, the default, means off), and ``stop()`` at
quit takes the tray icon away. ``activated`` asks for the check-in page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from companion import APP_NAME
from companion.core.checkins.reminders import ReminderSchedule, schedule_from_clock_times
from companion.core.clock import Clock
from companion.ui.shell.i18n import translate
from companion.ui.shell.preferences_store import PreferencesStore

log = logging.getLogger(__name__)

Notify = Callable[[str, str], None]
TrayFactory = Callable[[QIcon, QObject], QSystemTrayIcon]


class ReminderNotifier(QObject):
    """Shows a tray message at the person's reminder times.

    Args:
        prefs: Where the times are kept.
        clock: Time source (a fake clock in tests).
        parent: Qt parent.
        notify: Shows ``(title, text)``; defaults to a system tray message (when the
            desktop has a tray). Tests pass their own.
        icon: The tray icon (the application's icon by default).
        interval_ms: How often to look at the clock.
        tray_factory: Makes the tray icon (``QSystemTrayIcon`` by default; tests pass
            one that records the messages).
        tray_available: Whether the desktop has a tray (Qt's answer by default).
    """

    reminded = Signal(datetime)  # the reminder time that was just shown
    activated = Signal()  # the person clicked the notification: open the check-in

    def __init__(
        self,
        prefs: PreferencesStore,
        clock: Clock,
        parent: QObject | None = None,
        *,
        notify: Notify | None = None,
        icon: QIcon | None = None,
        interval_ms: int = 20_000,
        tray_factory: TrayFactory | None = None,
        tray_available: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._clock = clock
        self._notify = notify
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None
        self._tray_factory: TrayFactory = tray_factory or QSystemTrayIcon
        self._tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self._since = clock.now()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        prefs.changed.connect(self._follow_preferences)
        self._follow_preferences()

    def schedule(self) -> ReminderSchedule:
        """The schedule the preferences hold now (off when there are no times)."""
        return schedule_from_clock_times(self._prefs.prefs.checkin_reminders)

    def is_running(self) -> bool:
        """True while reminders are on and the timer looks at the clock."""
        return self._timer.isActive()

    def _follow_preferences(self) -> None:
        on = self.schedule().enabled
        if on and not self._timer.isActive():
            self._since = self._clock.now()  # never remind about times before switching on
            self._timer.start()
        elif not on and self._timer.isActive():
            self._timer.stop()
        if not on and self._tray is not None:
            self._tray.hide()

    def check_now(self) -> datetime | None:
        """Show a reminder if one fell due since the last look. Returns its time."""
        now = self._clock.now()
        due = self.schedule().due(self._since, now)
        self._since = now
        if due is None:
            return None
        title = APP_NAME
        text = translate("SelfCare", "Your self-care check-in is here whenever you want it.")
        try:
            if self._notify is not None:
                self._notify(title, text)
            else:
                self._show_in_tray(title, text)
        except Exception as exc:  # a reminder is never worth a crash
            log.warning("check-in reminder not shown: %s", type(exc).__name__)
        self.reminded.emit(due)
        return due

    def _show_in_tray(self, title: str, text: str) -> None:
        if not self._tray_available():
            log.info("no system tray: check-in reminder not shown")
            return
        if self._tray is None:
            icon = self._icon
            if icon is None:
                app = QApplication.instance()
                icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self._tray = self._tray_factory(icon, self)
            self._tray.setToolTip(APP_NAME)
            self._tray.messageClicked.connect(self.activated)
            self._tray.activated.connect(lambda _reason: self.activated.emit())
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The tray icon, once a reminder has been shown through it."""
        return self._tray

    def stop(self) -> None:
        """Stop looking at the clock and take the tray icon away (quit)."""
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()
