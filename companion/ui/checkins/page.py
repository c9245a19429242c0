"""Today's self-care check-in: tick what you did, see a kind word about the week.

A tick is one small write (well under a frame), saved the moment the box changes; the
sentences below the list follow at once. Nothing is ever said about a day without
ticks. The page reads the open vault through :class:`CheckinStore`, refreshes on the
session's signals and empties itself when the journal locks.
"""

from __future__ import annotations

import itertools
import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.checkins.store import CheckinStore
from companion.core.checkins.summary import care_run, week_start, week_summary
from companion.core.clock import Clock
from companion.core.errors import CompanionError
from companion.ui.checkins.actions_dialog import ActionsDialog
from companion.ui.checkins.reminders_editor import RemindersEditor
from companion.ui.checkins.words import action_label, run_sentence, week_sentence
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading, readable_column

log = logging.getLogger(__name__)

# Enough history for "days in a row" to be right for two months of daily ticks; a longer
# run is still counted correctly up to this far back, which is all the page says.
_RUN_DAYS = 120


class CheckinPage(QWidget):
    """The daily check-in.

    Args:
        session: The unlocked journal (the check-in lives in its vault).
        clock: Where "today" comes from.
        prefs: The preferences (reminder times are kept there).
        parent: The owning widget.
    """

    summary_changed = Signal()

    def __init__(
        self,
        session: Session,
        clock: Clock,
        prefs: PreferencesStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPage")
        self.setAccessibleName(translate("SelfCare", "Self-care check-in"))
        self._session = session
        self._clock = clock
        self._prefs = prefs
        self._today: date | None = None
        self.boxes: dict[int, QCheckBox] = {}
        self._build()
        session.entries_changed.connect(self.refresh)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.refresh()

    # building -------------------------------------------------------------------------
    def _build(self) -> None:
        form = QWidget(self)
        column = QVBoxLayout(form)
        column.addWidget(heading(translate("SelfCare", "Self-care check-in"), form))
        self.date_label = QLabel(form)
        self.date_label.setObjectName("checkinDate")
        column.addWidget(self.date_label)
        hint = QLabel(
            translate("SelfCare", "Tick what you did today. Anything counts, however small."),
            form,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.list_box = QGroupBox(translate("SelfCare", "Today"), form)
        self.list_layout = QVBoxLayout(self.list_box)
        column.addWidget(self.list_box)
        self.empty_label = QLabel(
            translate("SelfCare", "Your list is empty. Choose some actions to check in with."),
            self.list_box,
        )
        self.empty_label.setWordWrap(True)
        self.list_layout.addWidget(self.empty_label)
        self.week_label = QLabel(form)
        self.week_label.setObjectName("checkinWeek")
        self.week_label.setWordWrap(True)
        self.run_label = QLabel(form)
        self.run_label.setObjectName("checkinRun")
        self.run_label.setWordWrap(True)
        column.addWidget(self.week_label)
        column.addWidget(self.run_label)
        self.error_label = QLabel(form)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        column.addWidget(self.error_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(translate("SelfCare", "&Choose actions…"), form)
        self.choose_button.setAccessibleName(
            translate("SelfCare", "Choose, rename, reorder or hide actions")
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.open_actions_dialog)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        column.addLayout(row)
        self.reminders = RemindersEditor(self._prefs, form)
        column.addWidget(self.reminders)
        column.addStretch(1)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(readable_column(form, body, 72))
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # data -----------------------------------------------------------------------------
    def _store(self) -> CheckinStore:
        return CheckinStore(self._session.vault.connection, self._clock)

    def refresh(self) -> None:
        """Re-read today's list and the summary."""
        if not self._session.is_unlocked():
            self.clear()
            return
        store = self._store()
        today = store.today()
        self._today = today
        self.date_label.setText(
            translate("SelfCare", "Today, {date}").format(
                date=QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM")
            )
        )
        done = store.day(today).done
        self._drop_boxes()
        actions = store.actions()
        for action in actions:
            box = QCheckBox(action_label(action), self.list_box)
            box.setAccessibleName(action_label(action))
            box.setChecked(action.id in done)
            box.toggled.connect(lambda checked, a=action.id: self.set_done(a, checked))
            self.list_layout.addWidget(box)
            self.boxes[action.id] = box
        self.empty_label.setVisible(not actions)
        # Tab goes down the page as it reads: the boxes are made after the controls below.
        reminders = self.reminders
        chain: list[QWidget] = [*self.boxes.values(), self.choose_button, reminders.enabled_box]
        chain += [reminders.times, reminders.time_edit, reminders.add_button]
        for before, after in itertools.pairwise([*chain, reminders.remove_button]):
            QWidget.setTabOrder(before, after)
        self.choose_button.setEnabled(True)
        self._update_summary(store)

    def _drop_boxes(self) -> None:
        for box in self.boxes.values():
            self.list_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes.clear()

    def set_done(self, action_id: int, done: bool) -> None:
        """Save a tick (or untick) for today and update the sentences."""
        if not self._session.is_unlocked() or self._today is None:
            return
        store = self._store()
        try:
            store.set_done(self._today, action_id, done)
        except CompanionError as exc:
            box = self.boxes.get(action_id)
            if box is not None:  # show what is really saved
                box.blockSignals(True)
                box.setChecked(not done)
                box.blockSignals(False)
            self.error_label.setText(message_for(exc))
            self.error_label.setVisible(True)
            return
        self.error_label.setVisible(False)
        self._update_summary(store)

    def _update_summary(self, store: CheckinStore) -> None:
        today = store.today()
        start = min(week_start(today), today - timedelta(days=_RUN_DAYS))
        ticks = store.done_between(start, today)
        week = week_summary(ticks, today, today)
        self.week_label.setText(week_sentence(week, current=True))
        run = run_sentence(care_run(ticks, today))
        self.run_label.setText(run or "")
        self.run_label.setVisible(run is not None)
        self.summary_changed.emit()

    def clear(self) -> None:
        """Forget what is shown (the journal locked)."""
        self._drop_boxes()
        self._today = None
        self.date_label.clear()
        self.week_label.clear()
        self.run_label.clear()
        self.error_label.setVisible(False)
        self.empty_label.setVisible(False)
        self.choose_button.setEnabled(False)

    def open_actions_dialog(self) -> ActionsDialog | None:
        """Open the dialog that chooses, renames, reorders and hides actions."""
        if not self._session.is_unlocked():
            return None
        dialog = ActionsDialog(self._store(), self)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        # The page may stay open past midnight: a new day gets a fresh list.
        super().showEvent(event)
        if self._session.is_unlocked() and self._today != self._clock.now().date():
            self.refresh()
