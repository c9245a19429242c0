"""The timeline: entries newest first under date headers, loaded a page at a time.

The model pages with the journal's keyset paging (``before_id``), and Qt asks for more
(``canFetchMore``/``fetchMore``) as the list scrolls, so a journal of ten thousand entries
opens as fast as one of ten. Headers are disabled rows, so arrow keys skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.core.errors import EntryNotFound
from companion.core.journal.models import Entry, EntryFilter
from companion.ui.journal.dates import formatted
from companion.ui.journal.entry_list import ENTRY_ID_ROLE, EntryListView
from companion.ui.journal.mood_face import mood_word, paint_mood_face
from companion.ui.journal.vocabulary_words import shown_word
from companion.ui.shell.dates_and_times import short_time
from companion.ui.shell.i18n import translate
from companion.ui.shell.session import Session
from companion.ui.widgets.elide import elide_words
from companion.ui.widgets.text_direction import text_direction

PAGE_SIZE = 50
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


# Inline Markdown marks, shown as plain words in one-line summaries. Spans are bounded
# like the renderer's, so a pasted line of asterisks stays cheap.
_INLINE_MARKS = (
    (re.compile(r"\*\*(?=\S)(.{1,200}?)(?<=\S)\*\*|__(?=\S)(.{1,200}?)(?<=\S)__"), r"\1\2"),
    (re.compile(r"\*(?=\S)(.{1,200}?)(?<=\S)\*|(?<!\w)_(?=\S)(.{1,200}?)(?<=\S)_(?!\w)"), r"\1\2"),
    (re.compile(r"`([^`]{1,200})`"), r"\1"),
    (re.compile(r"\[([^\[\]]{1,200})\]\([^()\s]{1,500}\)"), r"\1"),
)


def plain_words(line: str) -> str:
    """``line`` without inline Markdown marks ("**Tired** but ok" -> "Tired but ok")."""
    for pattern, replacement in _INLINE_MARKS:
        line = pattern.sub(replacement, line)
    return line


def first_line(entry: Entry, limit: int = 80) -> str:
    """The title, or the first non-empty line of the text as plain words, shortened."""
    if entry.title:
        return entry.title
    for line in entry.text.splitlines():
        line = plain_words(line.strip().lstrip("#>*-+ ").strip()).strip()
        if line:
            if len(line) <= limit:
                return line
            cut = line[:limit].rsplit(" ", 1)[0] if " " in line[:limit] else line[: limit - 1]
            return cut.rstrip(",;:.·-–— ") + "…"  # at a word, never mid-word
    # A mood or tags only: a warm word, not "(no words)".
    return translate("Journal", "Just a check-in")


def second_line(entry: Entry) -> str:
    """The mood word and the tags, as the timeline shows them under the title."""
    bits = [mood_word(entry.mood)] if entry.mood else []
    bits += [shown_word(name) for name in entry.tags]
    return " · ".join(bits)


def day_heading(day: date, today: date) -> str:
    """ "Today", "Yesterday" or the full local date."""
    if day == today:
        return translate("Journal", "Today")
    if (today - day).days == 1:
        return translate("Journal", "Yesterday")
    return formatted(day, "dddd d MMMM yyyy")


def entry_summary(entry: Entry) -> str:
    """One sentence for screen readers: time (as written, in its own offset), mood,
    title and tags."""
    if entry.mood and entry.tags:
        #: A timeline entry read aloud: {time} is the time of day, {mood} a mood word, {title} the
        #: title or first line, {tags} a comma-separated list.
        sentence = translate("Journal", "{time}, mood {mood}, {title}, tags {tags}")
    elif entry.mood:
        sentence = translate("Journal", "{time}, mood {mood}, {title}")
    elif entry.tags:
        sentence = translate("Journal", "{time}, no mood, {title}, tags {tags}")
    else:
        sentence = translate("Journal", "{time}, no mood, {title}")
    return sentence.format(
        time=short_time(entry.created_at),
        mood=mood_word(entry.mood) if entry.mood else "",
        title=first_line(entry),
        tags=", ".join(shown_word(name) for name in entry.tags),
    )


@dataclass(frozen=True)
class _Row:
    day: date
    entry: Entry | None  # None for a date header


class TimelineModel(QAbstractListModel):
    """Rows of date headers and entries, fetched page by page from the journal."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[_Row] = []
        self._filter: EntryFilter | None = None
        self._more = False
        self._loaded = 0

    def today(self) -> date:
        return self._session.clock.now().date()

    def set_filter(self, flt: EntryFilter | None) -> None:
        """Show only entries matching ``flt`` (None: everything)."""
        self._filter = flt
        self.reload(keep_loaded=False)

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Re-read from the journal, keeping as many rows as were loaded before."""
        want = max(PAGE_SIZE, self._loaded) if keep_loaded else PAGE_SIZE
        self.beginResetModel()
        self._rows, self._loaded, self._more = [], 0, False
        if self._session.is_unlocked():
            self._append(self._session.journal.timeline(self._filter, limit=want), want)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (after lock)."""
        self.beginResetModel()
        self._rows, self._loaded, self._more = [], 0, False
        self.endResetModel()

    def _append(self, entries: list[Entry], asked: int) -> None:
        self._rows.extend(self._rows_for(entries))
        self._loaded += len(entries)
        self._more = len(entries) >= asked

    def _rows_for(self, entries: list[Entry]) -> list[_Row]:
        last_day = next((r.day for r in reversed(self._rows)), None)
        rows: list[_Row] = []
        for entry in entries:
            # The entry's own local date, as the calendar and the day filter use it.
            day = entry.created_at.date()
            if day != last_day:
                rows.append(_Row(day, None))
                last_day = day
            rows.append(_Row(day, entry))
        return rows

    def entry_count(self) -> int:
        """How many entries are loaded."""
        return self._loaded

    def row_of(self, entry_id: int) -> int:
        """The row showing ``entry_id``, or -1."""
        for i, row in enumerate(self._rows):
            if row.entry is not None and row.entry.id == entry_id:
                return i
        return -1

    # Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._session.is_unlocked()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        last = next((r.entry for r in reversed(self._rows) if r.entry is not None), None)
        if last is None or not self._session.is_unlocked():
            self._more = False
            return
        try:
            page = self._session.journal.timeline(self._filter, limit=PAGE_SIZE, before_id=last.id)
        except EntryNotFound:
            # The anchor was deleted for good meanwhile: start again from the top.
            self.reload()
            return
        self._more = len(page) >= PAGE_SIZE
        new_rows = self._rows_for(page)
        if not new_rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
        self._rows.extend(new_rows)
        self._loaded += len(page)
        self.endInsertRows()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].entry is None:
            return Qt.ItemFlag.NoItemFlags  # headers: not selectable, skipped by arrows
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if row.entry is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return day_heading(row.day, self.today())
            if role == HEADER_ROLE:
                return True
            if role == ENTRY_ID_ROLE:
                return -1  # never an empty QVariant for a role Python reads back
            return None
        entry = row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return first_line(entry)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return entry_summary(entry)
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == ENTRY_ROLE:
            return entry
        if role == HEADER_ROLE:
            return False
        return None


def _draw_line(
    painter: QPainter, rect: QRect, text: str, direction: Qt.LayoutDirection, top: bool = False
) -> None:
    """One line of ``text`` at the start of ``rect`` (the right, right to left),
    laid out in the text's own direction."""
    start = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    option = QTextOption(
        start | (Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter)
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(text_direction(text))
    painter.drawText(QRectF(rect), text, option)


class TimelineDelegate(QStyledItemDelegate):
    """Paints headers and entry cards from the font metrics (so they scale)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = option.fontMetrics
        # No width of its own: rows take the list's width and elide their text, so a
        # narrow list (large fonts, small screens) never scrolls sideways.
        if index.data(HEADER_ROLE):
            return QSize(1, int(fm.height() * 2.0))
        return QSize(1, fm.height() * 2 + fm.height() // 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        pal = option.palette
        fm = option.fontMetrics
        rect = QRect(option.rect)
        if index.data(HEADER_ROLE):
            font = option.font
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            text_rect = rect.adjusted(8, 0, -8, -4)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignBottom, str(index.data()))
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())
            painter.restore()
            return
        entry = index.data(ENTRY_ROLE)
        assert isinstance(entry, Entry)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
            ink = pal.color(QPalette.ColorRole.HighlightedText)
            muted = ink
        else:
            ink = pal.color(QPalette.ColorRole.Text)
            muted = pal.color(QPalette.ColorRole.PlaceholderText)
        time_text = short_time(entry.created_at)
        pad = 8
        face_side = int(fm.height() * 1.7)
        time_w = fm.horizontalAdvance("00:00 PM") + pad
        # Laid out left to right, then mirrored for a right-to-left window: the time
        # at the start, the face, then the title and the line under it.
        direction = option.direction

        def placed(part: QRect) -> QRect:
            return QStyle.visualRect(direction, rect, part)

        painter.setPen(muted)
        _draw_line(
            painter,
            placed(QRect(rect.left() + pad, rect.top() + 6, time_w, fm.height())),
            time_text,
            direction,
            top=True,
        )
        face_x = rect.left() + pad + time_w
        if entry.mood is not None:
            face = placed(QRect(face_x, rect.top() + 6, face_side, face_side))
            paint_mood_face(painter, QRectF(face), entry.mood, pal, ink=ink)
        text_x = face_x + face_side + pad
        text_w = rect.right() - text_x - pad
        # A copy: making the title bold must not make the second line bold too (it then
        # overflowed the width it was shortened for and was cut off mid-word).
        body_font = QFont(option.font)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(ink)
        title = elide_words(first_line(entry), QFontMetrics(title_font), text_w)
        _draw_line(
            painter, placed(QRect(text_x, rect.top() + 6, text_w, fm.height())), title, direction
        )
        painter.setFont(body_font)
        painter.setPen(muted)
        line2 = elide_words(second_line(entry), QFontMetrics(body_font), text_w)
        _draw_line(
            painter,
            placed(QRect(text_x, rect.top() + 8 + fm.height(), text_w, fm.height())),
            line2,
            direction,
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(ink)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class TimelineView(EntryListView):
    """The list itself. Moving the current row (click or arrows) opens that entry."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(translate("Journal", "Timeline of entries"))
        self.timeline_model = TimelineModel(session, self)
        self.setModel(self.timeline_model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.watch_current()

    def select_entry(self, entry_id: int | None) -> None:
        """Highlight ``entry_id`` without re-opening it (None clears the highlight)."""
        row = self.timeline_model.row_of(entry_id) if entry_id is not None else -1
        sel = self.selectionModel()
        sel.blockSignals(True)
        try:
            if row < 0:
                sel.clear()
            else:
                index = self.timeline_model.index(row)
                sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect)
                self.scrollTo(index)
        finally:
            sel.blockSignals(False)
        self.viewport().update()
