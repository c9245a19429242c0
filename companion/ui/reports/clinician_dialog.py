"""Make a report for a clinician: choose the dates, what to include, and which entries.

Nothing leaves the computer: the report is built from the open vault in the background
(:class:`Operation`) and saved as a PDF where the person chooses, or printed. No entry
is included unless the person ticks it. The saved PDF is not encrypted; the dialog says
so before anything is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QMargins, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.errors import CompanionError
from companion.core.insights.models import DateRange
from companion.core.journal.models import Entry, EntryFilter
from companion.core.journal.store import MAX_PAGE
from companion.core.reports.document import Document
from companion.ui.reports.pdf import print_document, render_pdf
from companion.ui.reports.words import report_in_language, report_text
from companion.ui.shell.dates_and_times import date_field_format, short_date
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading, screen_room, vertical_bar_room
from companion.ui.shell.window_titles import screen_title
from companion.ui.widgets.busy import BusyIndicator
from companion.ui.widgets.private_file_dialog import ask_save_path

log = logging.getLogger(__name__)
_ID = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 2000  # entries offered in the list (newest first); the range can be narrowed


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClinicianReportDialog(QDialog):
    """Choose and make the "report for my clinician".

    Args:
        session: The unlocked journal.
        clock: Where "today" comes from.
        parent: The owning window.
    """

    saved = Signal(Path)

    def __init__(self, session: Session, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicianReportDialog")
        self.setWindowTitle(screen_title(translate("Reports", "Report for my clinician")))
        self.setAccessibleName(translate("Reports", "Report for my clinician"))
        self._session = session
        self._clock = clock
        self._operation: Operation[Document] | None = None
        today = clock.now().date()
        # Everything but the buttons scrolls as one, so at large text on a small screen
        # every choice is reachable and Save, Print and Close are always in view.
        self._outer = outer = QVBoxLayout(self)
        self.body = QWidget(self)
        self.body.setObjectName("clinicianReportBody")
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setObjectName("clinicianReportScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        self.body_scroll.setWidget(self.body)
        outer.addWidget(self.body_scroll, 1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("Reports", "Report for my clinician"), self.body, 1.3))
        intro = QLabel(
            translate(
                "Reports",
                "Choose what to share. The report is made on this computer and nothing is "
                "sent anywhere. A PDF you save is not encrypted: keep it somewhere private.",
            ),
            self.body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start_edit = QDateEdit(_qdate(today - timedelta(days=29)), self.body)
        self.end_edit = QDateEdit(_qdate(today), self.body)
        for edit, words in (
            (self.start_edit, translate("Reports", "From")),
            (self.end_edit, translate("Reports", "To")),
        ):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(today))
            edit.setDisplayFormat(date_field_format())  # as the list below writes dates
            edit.setAccessibleName(words)
            edit.dateChanged.connect(lambda _d: self.reload_entries())
        form.addRow(translate("Reports", "&From:"), self.start_edit)
        form.addRow(translate("Reports", "&To:"), self.end_edit)
        layout.addLayout(form)
        self.checkins_box = QCheckBox(
            translate("Reports", "Include my &check-in summary"), self.body
        )
        self.checkins_box.setAccessibleName(translate("Reports", "Include my check-in summary"))
        self.checkins_box.setChecked(True)
        self.patterns_box = QCheckBox(
            translate("Reports", "Include &patterns (what goes with my mood)"), self.body
        )
        self.patterns_box.setAccessibleName(
            translate("Reports", "Include patterns: what goes with my mood")
        )
        self.patterns_box.setChecked(True)
        layout.addWidget(self.checkins_box)
        layout.addWidget(self.patterns_box)
        entries_label = QLabel(
            translate("Reports", "&Entries to include (none unless you tick them):"), self.body
        )
        entries_label.setWordWrap(True)
        layout.addWidget(entries_label)
        self.entries = QListWidget(self.body)
        self.entries.setAccessibleName(translate("Reports", "Entries to include"))
        entries_label.setBuddy(self.entries)
        # A few rows always show, however little room the screen leaves; more scroll.
        self.entries.setMinimumHeight(self.entries.fontMetrics().lineSpacing() * 5)
        # A long line ends in "…" (the whole line is its tooltip) rather than scrolling
        # the list sideways.
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.entries, 1)
        ticks = QHBoxLayout()
        self.all_button = self._button(translate("Reports", "Tick &all"), ticks, self.body)
        self.all_button.setAccessibleName(translate("Reports", "Tick all entries"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = self._button(translate("Reports", "Tick &none"), ticks, self.body)
        self.none_button.setAccessibleName(translate("Reports", "Untick all entries"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        ticks.addStretch(1)
        layout.addLayout(ticks)
        self.busy = BusyIndicator(self.body)
        layout.addWidget(self.busy)
        self.message = QLabel(self.body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pdf_button = self._button(translate("Reports", "&Save as PDF…"), row)
        self.pdf_button.setAccessibleName(translate("Reports", "Save the report as a PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = self._button(translate("Reports", "&Print…"), row)
        self.print_button.setAccessibleName(translate("Reports", "Print the report"))
        self.print_button.clicked.connect(self.print_report)
        close = self._button(translate("Reports", "Close"), row)
        close.setAccessibleName(translate("Reports", "Close the report"))
        close.clicked.connect(self.reject)
        outer.addLayout(row)
        session.locked.connect(self.reject)
        # The choices scroll down only: the dialog is never narrower than they need
        # beside a scroll bar, however small it is made.
        self.body_scroll.setMinimumWidth(self._body_least_width())
        self._fitted = False
        self.resize(self.opening_size())
        self.reload_entries()

    def _button(self, text: str, row: QHBoxLayout, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(text, parent or self)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # size ---------------------------------------------------------------------------------
    def opening_size(self) -> QSize:
        """About 70 characters by 34 lines, but never more than the screen has room for:
        its work area less the window's frame, and like every Companion window at most
        nine tenths of the work area (``screen_room``). What does not fit scrolls."""
        metrics = self.fontMetrics()
        want = QSize(metrics.averageCharWidth() * 70, metrics.height() * 34)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return want
        room = screen.availableGeometry().size().shrunkBy(self._frame())
        tenths = screen_room(self)
        if tenths is not None:
            room = room.boundedTo(tenths)
        # Never narrower than the controls need (the body only scrolls down).
        margins = self._outer.contentsMargins()
        least = self._body_least_width() + margins.left() + margins.right()
        width = max(min(want.width(), room.width()), min(least, room.width()))
        return QSize(width, min(want.height(), room.height()))

    def _body_least_width(self) -> int:
        """The choices at their narrowest, beside a vertical scroll bar."""
        return self.body.minimumSizeHint().width() + vertical_bar_room(self.body_scroll)

    def _frame(self) -> QMargins:
        """The window frame's margins: the real ones once shown, else a title bar."""
        handle = self.windowHandle()
        if handle is not None and handle.isVisible():
            margins = handle.frameMargins()
            if not margins.isNull():
                return margins
        title = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, self)
        return QMargins(0, title, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            # Now the screen and the frame are known: shrink to them if need be.
            self._fitted = True
            fit = self.opening_size()
            if self.width() > fit.width() or self.height() > fit.height():
                self.resize(self.size().boundedTo(fit))

    # choices ----------------------------------------------------------------------------
    def span(self) -> DateRange:
        """The chosen dates (swapped if given backwards)."""
        start, end = _day(self.start_edit.date()), _day(self.end_edit.date())
        return DateRange(min(start, end), max(start, end))

    def reload_entries(self) -> None:
        """List the entries of the chosen dates, newest first, none ticked."""
        chosen = set(self.chosen_ids())
        self.entries.clear()
        if not self._session.is_unlocked():
            return
        span = self.span()
        found: list[Entry] = []
        flt = EntryFilter(date_from=span.start, date_to=span.end)
        page = self._session.journal.timeline(flt, limit=MAX_PAGE)
        while page and len(found) < MAX_LISTED:
            found += page
            page = self._session.journal.timeline(flt, limit=MAX_PAGE, before_id=page[-1].id)
        for entry in found[:MAX_LISTED]:
            when = short_date(entry.created_at.date())
            first = entry.title or next((ln for ln in entry.text.splitlines() if ln.strip()), "")
            first = first.strip()[:80]
            mood = report_text(entry.mood.label) if entry.mood is not None else ""
            text = " · ".join(part for part in (when, mood, first) if part)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(_ID, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = entry.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.entries.addItem(item)

    def chosen_ids(self) -> list[int]:
        """The ids of the ticked entries."""
        return [
            int(self.entries.item(i).data(_ID))
            for i in range(self.entries.count())
            if self.entries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.entries.count()):
            self.entries.item(i).setCheckState(state)

    # making the report ----------------------------------------------------------------------
    def build_document(self) -> Document:
        """The report for the current choices (reads the vault; also used in tests)."""
        journal = self._session.journal
        chosen: Sequence[Entry] = [journal.get(i) for i in self.chosen_ids()]
        return report_in_language(
            self._session.vault.connection,
            self.span(),
            self._clock.now().date(),
            entries=chosen,
            include_checkins=self.checkins_box.isChecked(),
            include_patterns=self.patterns_box.isChecked(),
        )

    def _make(self, then: Callable[[Document], object]) -> None:
        if self._operation is not None or not self._session.is_unlocked():
            return
        journal = self._session.journal
        ids = self.chosen_ids()
        connection = self._session.vault.connection
        span = self.span()
        today = self._clock.now().date()
        checkins, patterns = self.checkins_box.isChecked(), self.patterns_box.isChecked()

        def work(progress: Progress) -> Document:
            progress.check()
            entries = [journal.get(i) for i in ids]
            return report_in_language(
                connection,
                span,
                today,
                entries=entries,
                include_checkins=checkins,
                include_patterns=patterns,
            )

        def done(document: Document) -> None:
            self._operation = None
            self.busy.stop()
            self._set_enabled(True)
            then(document)

        def failed(exc: BaseException) -> None:
            self._operation = None
            self.busy.stop()
            self._set_enabled(True)
            self.message.setText(message_for(exc))

        self._set_enabled(False)
        self.message.clear()
        self.busy.start(translate("Reports", "Making the report…"))
        self._operation = Operation(self, work).on_success(done).on_failure(failed).start()

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.pdf_button, self.print_button, self.entries):
            widget.setEnabled(on)

    def save_pdf(self, path: Path | None = None) -> None:
        """Ask where (unless ``path`` is given), then make the report and save it."""
        if path is None:
            path = ask_save_path(
                self,
                translate("Reports", "Save the report as PDF"),
                Path.home() / translate("Reports", "mood-report.pdf"),
                translate("Reports", "PDF documents (*.pdf)"),
            )
            if path is None:
                return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        target = path

        def write(document: Document) -> None:
            try:
                pages = render_pdf(document, target)
            except (OSError, CompanionError) as exc:
                self.message.setText(message_for(exc))
                return
            self.message.setText(
                translate("Reports", "Saved: {name} ({pages}).").format(
                    name=target.name,
                    pages=translate("Reports", "1 page")
                    if pages == 1
                    else translate("Reports", "%n pages", None, pages),
                )
            )
            self.saved.emit(target)

        self._make(write)

    def print_report(self) -> None:
        """Make the report, then print it through the system's print dialog."""
        self._make(lambda document: print_document(document, self))
