"""Reminder times for the check-in: off by default, kept in the preferences.

The preferences hold the times as ``"HH:MM"`` strings (``checkin_reminders``); no times
means off. Reminders appear only while Companion runs; it never starts by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.settings import MAX_CHECKIN_REMINDERS
from companion.ui.shell.dates_and_times import STORED, shown_time, time_field_format
from companion.ui.shell.i18n import translate
from companion.ui.shell.preferences_store import PreferencesStore

DEFAULT_TIME = "20:00"


class RemindersEditor(QGroupBox):
    """Turn reminders on or off and choose their times of day."""

    def __init__(self, prefs: PreferencesStore, parent: QWidget | None = None) -> None:
        super().__init__(translate("SelfCare", "Reminders"), parent)
        self._prefs = prefs
        self._kept: tuple[str, ...] = ()  # times remembered while switched off this run
        layout = QVBoxLayout(self)
        self.enabled_box = QCheckBox(
            translate("SelfCare", "&Remind me to check in while Companion is open"), self
        )
        self.enabled_box.setAccessibleName(
            translate("SelfCare", "Remind me to check in while Companion is open")
        )
        layout.addWidget(self.enabled_box)
        note = QLabel(
            translate(
                "SelfCare",
                "A small notification appears at these times, only while Companion is "
                "running. Companion never starts by itself.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.times = QListWidget(self)
        self.times.setAccessibleName(translate("SelfCare", "Reminder times"))
        self.times.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.times)
        row = QHBoxLayout()
        self.time_edit = QTimeEdit(QTime(20, 0), self)
        self.time_edit.setDisplayFormat(time_field_format())  # as the locale writes times
        self.time_edit.setAccessibleName(translate("SelfCare", "New reminder time"))
        row.addWidget(self.time_edit)
        self.add_button = QPushButton(translate("SelfCare", "Add &time"), self)
        self.add_button.setAccessibleName(translate("SelfCare", "Add this reminder time"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_time)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(translate("SelfCare", "Remo&ve time"), self)
        self.remove_button.setAccessibleName(translate("SelfCare", "Remove the selected time"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.enabled_box.toggled.connect(self._toggled)
        prefs.changed.connect(self.reload)
        self.reload()

    def reminder_times(self) -> tuple[str, ...]:
        """The times now kept in the preferences (empty when off)."""
        return tuple(self._prefs.prefs.checkin_reminders)

    def reload(self) -> None:
        """Show what the preferences hold."""
        times = self.reminder_times()
        self.enabled_box.blockSignals(True)
        self.enabled_box.setChecked(bool(times))
        self.enabled_box.blockSignals(False)
        self.times.clear()
        for stored in times:
            item = QListWidgetItem(shown_time(stored), self.times)
            item.setData(Qt.ItemDataRole.UserRole, stored)
        on = bool(times)
        self.times.setEnabled(on)
        self.time_edit.setEnabled(on)
        self.add_button.setEnabled(on and len(times) < MAX_CHECKIN_REMINDERS)
        self.remove_button.setEnabled(on and len(times) > 1)

    def _toggled(self, on: bool) -> None:
        if on:
            self._save(self._kept or (DEFAULT_TIME,))
        else:
            self._kept = self.reminder_times()
            self._save(())

    def add_time(self) -> None:
        """Add the time in the editor."""
        chosen = self.time_edit.time().toString(STORED)
        self._save((*self.reminder_times(), chosen))

    def remove_selected(self) -> None:
        """Remove the selected time (the last one stays: untick to switch off)."""
        item = self.times.currentItem()
        times = self.reminder_times()
        if item is None or len(times) <= 1:
            return
        stored = item.data(Qt.ItemDataRole.UserRole)
        self._save(tuple(t for t in times if t != stored))

    def _save(self, times: tuple[str, ...]) -> None:
        self._prefs.update(checkin_reminders=times)
        self.reload()
