"""A month calendar that marks the days with entries and shows each day's mood.

A day with entries has a bold number and a mark under it: the day's mood as a small face
(its shape — mouth and eyes — says the mood, the calm tint only adds to it, so it reads
in high contrast and without colour vision), or a dot when no entry has a mood. The mood
word is in the day's accessible name and tooltip. The day's mood is the mean of its
entries' moods, rounded (as in Insights).

Hand-built rather than QCalendarWidget so every day is a real button with its own
accessible name ("Thursday 15 January 2026, 3 entries"). Keys on a day: arrows move a day
or a week (crossing months), Page Up/Down change month, Home goes to today, Space/Enter
chooses the day (choosing it again shows every day). One day is the Tab stop.
"""

from __future__ import annotations

import calendar
import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import Insights
from companion.core.journal.models import Mood
from companion.ui.journal.mood_face import mood_word, paint_mood_face
from companion.ui.shell.i18n import translate
from companion.ui.shell.session import Session
from companion.ui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)

#: Scripts whose weekday names read well cut to two letters ("Mo", "lu", "Пн").
_TWO_LETTER_SCRIPTS = (
    QLocale.Script.LatinScript,
    QLocale.Script.CyrillicScript,
    QLocale.Script.GreekScript,
)


def _entries(n: int) -> str:
    """ "no entries", "1 entry", "3 entries" (the count goes along for plural forms)."""
    if n == 0:
        return translate("Journal", "no entries")
    if n == 1:
        return translate("Journal", "1 entry")
    #: How many entries a calendar day has; %n is 2 or more.
    return translate("Journal", "%n entries", None, n)


def _entries_tip(n: int) -> str:
    """The same count as a tooltip of its own ("No entries", "1 entry", "3 entries")."""
    return translate("Journal", "No entries") if n == 0 else _entries(n)


def _day_name(long_date: str, count: int, is_today: bool, mood: Mood | None) -> str:
    """What a screen reader says for a day: date, today, entries and the day's mood."""
    entries = _entries(count)
    if mood is None:
        if is_today:
            #: A day read aloud: {date} is the long date, {entries} says how many ("3 entries").
            name = translate("Journal", "{date}, today, {entries}")
        else:
            #: A day read aloud: {date} is the long date, {entries} says how many ("3 entries").
            name = translate("Journal", "{date}, {entries}")
        return name.format(date=long_date, entries=entries)
    if is_today:
        #: A day read aloud: {date} is the long date, {entries} says how many, {mood} is
        #: the day's mood word ("Good").
        name = translate("Journal", "{date}, today, {entries}, mood: {mood}")
    else:
        #: A day read aloud: {date} is the long date, {entries} says how many, {mood} is
        #: the day's mood word ("Good").
        name = translate("Journal", "{date}, {entries}, mood: {mood}")
    return name.format(date=long_date, entries=entries, mood=mood_word(mood))


def _day_tip(count: int, mood: Mood | None) -> str:
    if mood is None:
        return _entries_tip(count)
    #: A calendar day's tooltip: {entries} says how many ("3 entries"), {mood} is the
    #: day's mood word ("Good").
    return translate("Journal", "{entries}. Mood: {mood}").format(
        entries=_entries(count), mood=mood_word(mood)
    )


class DayButton(QAbstractButton):
    """One day cell."""

    def __init__(self, parent: CalendarView) -> None:
        super().__init__(parent)
        self._calendar = parent
        self.day = date(2000, 1, 1)
        self.count = 0
        self.is_today = False
        self.mood: Mood | None = None
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Hidden days keep their space: the grid, and the timeline below, never jump.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        # Wider when there is room; down to its minimum (the number) in a narrow column.
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def set_day(self, day: date, count: int, is_today: bool, mood: Mood | None = None) -> None:
        self.day, self.count, self.is_today = day, count, is_today
        self.mood = mood if count > 0 else None
        self.setText(str(day.day))
        qdate = QDate(day.year, day.month, day.day)
        long_date = QLocale().toString(qdate, "dddd d MMMM yyyy")
        self.setAccessibleName(_day_name(long_date, count, is_today, self.mood))
        self.setToolTip(_day_tip(count, self.mood))
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = max(int(fm.height() * 1.9), fm.horizontalAdvance("00") + 10)
        return QSize(width, int(fm.height() * 2.7))  # the number, the mood's face under it

    def minimumSizeHint(self) -> QSize:
        # In a narrow column a day may be narrower than it likes, never narrower than
        # its number (the face under it shrinks with the cell).
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("00") + 4, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._calendar.handle_key(self, event):
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        ink = pal.color(QPalette.ColorRole.WindowText)
        if self.isChecked():
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 6, 6)
            ink = pal.color(QPalette.ColorRole.HighlightedText)
        if self.is_today:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(ink)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        if self.hasFocus():
            pen = painter.pen()
            pen.setColor(pal.color(QPalette.ColorRole.Highlight) if not self.isChecked() else ink)
            pen.setWidthF(2.0)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)
        font = self.font()
        font.setBold(self.count > 0)
        painter.setFont(font)
        painter.setPen(ink)
        fm = self.fontMetrics()
        if self.mood is not None:
            # The number in the upper part, the face under it, each in its own share.
            face = min(rect.height() * 0.5, rect.width() * 0.62, fm.height() * 1.3)
            text_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - face - 2)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.text())
            box = QRectF(0, 0, face, face)
            box.moveCenter(rect.center())
            box.moveBottom(rect.bottom() - max(1.0, rect.height() * 0.06))
            paint_mood_face(painter, box, self.mood, pal, ink=ink)
            painter.end()
            return
        text_rect = rect.adjusted(0, 0, 0, -fm.height() * 0.35)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.text())
        if self.count > 0:
            r = max(1.5, fm.height() / 9)
            cx = rect.center().x()
            cy = rect.bottom() - fm.height() * 0.3
            painter.setBrush(ink)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
        painter.end()


class CalendarView(QWidget):
    """Month grid; emits ``day_selected`` with a date, or None to show every day."""

    day_selected = Signal(object)  # date | None

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.setAccessibleName(translate("Journal", "Calendar"))
        self._session = session
        today = session.clock.now().date()
        self._year, self._month = today.year, today.month
        self._selected: date | None = None
        self._cursor = today  # the day that holds the Tab stop
        self._counts: dict[date, int] = {}
        self._moods: dict[date, Mood] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.prev_button = QToolButton(self)
        self.prev_button.setText("‹")
        self.prev_button.setObjectName("calendarPrev")
        self.prev_button.setAccessibleName(translate("Journal", "Previous month"))
        self.prev_button.setToolTip(translate("Journal", "Previous month (Page Up)"))
        self.prev_button.setAutoRaise(True)
        self.prev_button.setProperty("compact", True)  # an arrow needs no wide padding
        self.prev_button.clicked.connect(lambda: self._shift_month(-1))
        # Gives way to the arrows beside it in a narrow column: a few letters and "…"
        # still say which month it is.
        self.month_label = ElidedLabel(parent=self, least_chars=3)
        self.month_label.setObjectName("calendarMonth")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setObjectName("calendarNext")
        self.next_button.setAccessibleName(translate("Journal", "Next month"))
        self.next_button.setToolTip(translate("Journal", "Next month (Page Down)"))
        self.next_button.setAutoRaise(True)
        self.next_button.setProperty("compact", True)
        self.next_button.clicked.connect(lambda: self._shift_month(1))
        head.addWidget(self.prev_button)
        head.addWidget(self.month_label, 1)
        head.addWidget(self.next_button)
        outer.addLayout(head)

        grid = QGridLayout()
        grid.setSpacing(2)
        self._first_weekday = QLocale().firstDayOfWeek().value - 1  # Qt: Monday == 1
        for col in range(7):
            weekday = (self._first_weekday + col) % 7
            name = QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)[:2]
            # The C locale (LANG=C) names no script: its names are English ones.
            if QLocale().script() not in (*_TWO_LETTER_SCRIPTS, QLocale.Script.AnyScript):
                # "Mo", "Tu" only work in alphabets; Arabic's short names all begin "ال".
                name = QLocale().dayName(weekday + 1, QLocale.FormatType.NarrowFormat)
            label = QLabel(name, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(QLocale().dayName(weekday + 1))
            grid.addWidget(label, 0, col)
        self.day_buttons: list[DayButton] = []
        for i in range(42):
            button = DayButton(self)
            button.clicked.connect(lambda _c=False, b=button: self._choose(b.day))
            grid.addWidget(button, 1 + i // 7, i % 7)
            self.day_buttons.append(button)
        outer.addLayout(grid)
        self._render()

    # public API -----------------------------------------------------------------------
    def shown_month(self) -> tuple[int, int]:
        """(year, month) on screen."""
        return self._year, self._month

    def selected_day(self) -> date | None:
        """The chosen day, or None when every day is shown."""
        return self._selected

    def show_month(self, year: int, month: int) -> None:
        """Show another month (the chosen day stays chosen)."""
        self._year, self._month = year, month
        self.refresh()

    def set_selected_day(self, day: date | None, *, notify: bool = True) -> None:
        """Choose ``day`` (and show its month) or clear the choice."""
        self._selected = day
        if day is not None:
            self._cursor = day
            self._year, self._month = day.year, day.month
        self._render()
        if notify:
            self.day_selected.emit(day)

    def day_mood(self, day: date) -> Mood | None:
        """The mood shown for ``day`` (the mean of its entries' moods, rounded)."""
        return self._moods.get(day)

    def day_button(self, day: date) -> DayButton | None:
        """The button showing ``day`` in the current month, if any."""
        return next((b for b in self.day_buttons if b.isVisible() and b.day == day), None)

    def refresh(self) -> None:
        """Re-read which days have entries (the window calls this on entries_changed)."""
        self._render()

    def clear(self) -> None:
        """Forget the marks (after lock)."""
        self._counts = {}
        self._moods = {}
        self._render(read=False)

    # internals ------------------------------------------------------------------------
    def _render(self, *, read: bool = True) -> None:
        if read and self._session.is_unlocked():
            self._counts = self._session.journal.days_with_entries(self._year, self._month)
            self._moods = self._read_moods()
        elif read:
            self._counts = {}
            self._moods = {}
        qdate = QDate(self._year, self._month, 1)
        self.month_label.set_full_text(QLocale().toString(qdate, "MMMM yyyy"))
        self.month_label.setAccessibleName(
            #: {month} is the month on screen, such as "January 2026".
            translate("Journal", "Showing {month}").format(month=self.month_label.full_text())
        )
        first = date(self._year, self._month, 1)
        lead = (first.weekday() - self._first_weekday) % 7
        days_in_month = calendar.monthrange(self._year, self._month)[1]
        today = self._session.clock.now().date()
        if self._cursor.year != self._year or self._cursor.month != self._month:
            self._cursor = (
                first if (today.year, today.month) != (self._year, self._month) else today
            )
        for i, button in enumerate(self.day_buttons):
            n = i - lead + 1
            if 1 <= n <= days_in_month:
                day = date(self._year, self._month, n)
                button.set_day(day, self._counts.get(day, 0), day == today, self._moods.get(day))
                button.setChecked(day == self._selected)
                policy = (
                    Qt.FocusPolicy.StrongFocus if day == self._cursor else Qt.FocusPolicy.ClickFocus
                )
                button.setFocusPolicy(policy)
                button.setVisible(True)
            else:
                button.setVisible(False)

    def _read_moods(self) -> dict[date, Mood]:
        """Each day's mood this month; none (the marks stay dots) if it cannot be read."""
        try:
            days = Insights(self._session.vault.connection).calendar_month(self._year, self._month)
        except Exception as exc:  # the moods are extra: the calendar works without them
            log.warning("calendar moods not read: %s", type(exc).__name__)
            return {}
        return {p.day: p.mood for p in days if p.mood is not None}

    def _choose(self, day: date) -> None:
        self.set_selected_day(None if day == self._selected else day)

    def _shift_month(self, delta: int) -> None:
        month = self._month - 1 + delta
        self._year, self._month = self._year + month // 12, month % 12 + 1
        self._render()

    def _move_cursor(self, day: date) -> None:
        if (day.year, day.month) != (self._year, self._month):
            self._year, self._month = day.year, day.month
        self._cursor = day
        self._render()
        button = self.day_button(day)
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_key(self, button: DayButton, event: QKeyEvent) -> bool:
        """Keyboard navigation between days; True when the key was used."""
        key = event.key()
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            self._move_cursor(button.day + timedelta(days=steps[Qt.Key(key)]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            month = button.day.month - 1 + (-1 if key == Qt.Key.Key_PageUp else 1)
            year = button.day.year + month // 12
            last = calendar.monthrange(year, month % 12 + 1)[1]
            self._move_cursor(date(year, month % 12 + 1, min(button.day.day, last)))
        elif key == Qt.Key.Key_Home:
            self._move_cursor(self._session.clock.now().date())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(button.day)
            focus = self.day_button(button.day)
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            return False
        return True
