"""Search as you type, with filters for mood, tag, feeling and dates.

The query lives only in the field and in memory: never in the window title, the logs or
the preferences. Esc clears the query and every filter and returns to the timeline.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.models import EntryFilter, Mood
from companion.core.journal.query import match_expression
from companion.ui.journal.dates import long_date
from companion.ui.journal.mood_face import mood_icon, mood_word
from companion.ui.journal.search_results import SearchResultsView
from companion.ui.journal.vocabulary_words import shown_word
from companion.ui.shell.dates_and_times import date_field_format, short_time
from companion.ui.shell.i18n import translate
from companion.ui.shell.session import Session
from companion.ui.widgets.flow_layout import flow_container

DEBOUNCE_MS = 250
RESULT_LIMIT = 100


class _FilterBox(QComboBox):
    """A filter's list. In a narrow column (large text, a narrow window) it shows the
    start of its choice with "…" and the whole choice in its tooltip, instead of
    widening the column."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self._update_tip())

    def _label_room(self, option: QStyleOptionComboBox) -> int:
        return (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                self,
            )
            .width()
        )

    def shown_text(self) -> str:
        """The choice as drawn: whole, or shortened with "…" to fit."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self._label_room(option) - 2
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room)

    def _update_tip(self) -> None:
        shown = self.shown_text()
        self.setToolTip("" if shown == self.currentText() else self.currentText())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class SearchBar(QWidget):
    """The field, the filters and (placed by the window) the results list."""

    active_changed = Signal(bool)  # True while a query or a filter is set
    entry_activated = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self._session = session
        self._active = False
        self._names: dict[str, list[str]] = {}  # per filter box (by object name): its names
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)
        self.results = SearchResultsView()
        self.results.entry_activated.connect(self.entry_activated)
        self.results.installEventFilter(self)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setAccessibleName(translate("Journal", "Search status"))
        self.status_label.setWordWrap(True)  # long notes wrap in a narrow column
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("searchField")
        self.query_edit.setPlaceholderText(translate("Journal", "Search your journal (Ctrl+F)"))
        self.query_edit.setAccessibleName(translate("Journal", "Search your journal"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.textChanged.connect(self._changed)
        self.query_edit.installEventFilter(self)
        row.addWidget(self.query_edit, 1)
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("searchFiltersToggle")
        self.filters_button.setText(translate("Journal", "Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(translate("Journal", "Show search filters"))
        self.filters_button.toggled.connect(self._show_filters)
        row.addWidget(self.filters_button)
        layout.addLayout(row)

        self.filters = QWidget(self)
        self.filters.setObjectName("searchFilters")
        # A label beside each filter while both fit, the filter under its label when
        # not; the mood buttons, under their label, wrap onto more lines. So the column
        # can be narrow (large text, a narrow window) without anything cut off or
        # scrolling sideways.
        form = QFormLayout(self.filters)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        mood_label = QLabel(translate("Journal", "Mood"), self.filters)
        moods_box, moods = flow_container(self.filters, spacing=4)
        moods_box.setObjectName("searchMoods")
        self.mood_buttons: dict[Mood, QToolButton] = {}
        for mood in Mood:
            button = QToolButton(moods_box)
            button.setObjectName(f"searchMood{mood.name.capitalize()}")
            button.setCheckable(True)
            button.setText(mood_word(mood))
            face = self.fontMetrics().height()
            button.setIcon(mood_icon(mood, self.palette(), face))
            button.setIconSize(QSize(face, face))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setProperty("compact", True)  # the face and word need no wide padding
            button.setAccessibleName(
                translate("Journal", "Only mood {mood}").format(mood=mood_word(mood))
            )
            button.toggled.connect(self._changed)
            self.mood_buttons[mood] = button
            moods.addWidget(button)
        form.addRow(mood_label)
        form.addRow(moods_box)
        self.tag_box = self._combo(
            "searchTag", translate("Journal", "Only entries with this activity or self-care")
        )
        self.emotion_box = self._combo(
            "searchEmotion", translate("Journal", "Only entries with this feeling")
        )
        form.addRow(self._buddy(translate("Journal", "&Tag"), self.tag_box), self.tag_box)
        form.addRow(
            self._buddy(translate("Journal", "F&eeling"), self.emotion_box), self.emotion_box
        )
        today = self._session.clock.now().date()
        self.from_check, self.from_edit = self._date_pair(
            (
                translate("Journal", "From"),
                translate("Journal", "Limit dates: from"),
                translate("Journal", "From date"),
            ),
            "searchFrom",
            today,
        )
        self.to_check, self.to_edit = self._date_pair(
            (
                translate("Journal", "To"),
                translate("Journal", "Limit dates: to"),
                translate("Journal", "To date"),
            ),
            "searchTo",
            today,
        )
        form.addRow(self.from_check, self.from_edit)
        form.addRow(self.to_check, self.to_edit)
        self.filters.setVisible(False)
        layout.addWidget(self.filters)
        layout.addWidget(self.status_label)
        self.status_label.setVisible(False)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        box = _FilterBox(self.filters)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.currentIndexChanged.connect(self._changed)
        return box

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self.filters)
        label.setBuddy(widget)
        return label

    def _date_pair(
        self, texts: tuple[str, str, str], name: str, today: date
    ) -> tuple[QCheckBox, QDateEdit]:
        """A check box and its date field; ``texts`` are the box's label, the box's
        accessible name and the field's accessible name (whole phrases, translated)."""
        label, check_name, edit_name = texts
        check = QCheckBox(label, self.filters)
        check.setObjectName(f"{name}Enabled")
        check.setAccessibleName(check_name)
        edit = QDateEdit(QDate(today.year, today.month, today.day), self.filters)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(edit_name)
        edit.setEnabled(False)
        edit.setDisplayFormat(date_field_format())
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._changed)
        edit.dateChanged.connect(self._changed)
        return check, edit

    # vocabulary -----------------------------------------------------------------------
    def reload_vocabulary(self) -> None:
        """Refill the tag and feeling lists from the journal (keeps the choices)."""
        if not self._session.is_unlocked():
            return
        journal = self._session.journal
        self._fill(
            self.tag_box,
            translate("Journal", "Any activity or self-care"),
            [t.name for t in journal.tags()],
        )
        self._fill(self.emotion_box, translate("Journal", "Any feeling"), journal.emotions())

    def _fill(self, box: QComboBox, any_text: str, names: list[str]) -> None:
        # Item 0 is "any"; item i shows names[i - 1] in the person's language, and the
        # stored name is what the filter uses. No item data is used: PySide6 6.12 loses
        # a reference to None whenever an empty QVariant is read.
        current = self._chosen(box)
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text)
        box.addItems([shown_word(name) for name in names])
        self._names[box.objectName()] = list(names)
        box.setCurrentIndex(names.index(current) + 1 if current in names else 0)
        box.blockSignals(False)

    def _chosen(self, box: QComboBox) -> str | None:
        """The stored name chosen in a filter box, or None for "any" (item 0)."""
        names = self._names.get(box.objectName(), [])
        index = box.currentIndex()
        return names[index - 1] if 0 < index <= len(names) else None

    # state ----------------------------------------------------------------------------
    def current_filter(self) -> EntryFilter:
        """The filters as chosen."""
        moods = frozenset(m for m, b in self.mood_buttons.items() if b.isChecked())
        tag, emotion = self._chosen(self.tag_box), self._chosen(self.emotion_box)
        return EntryFilter(
            moods=moods,
            tags=frozenset([tag]) if tag else frozenset(),
            emotions=frozenset([emotion]) if emotion else frozenset(),
            date_from=_day(self.from_edit) if self.from_check.isChecked() else None,
            date_to=_day(self.to_edit) if self.to_check.isChecked() else None,
        )

    def is_active(self) -> bool:
        """True while a query or any filter is set."""
        return bool(self.query_edit.text().strip()) or self.current_filter() != EntryFilter()

    def focus_search(self) -> None:
        """Put the cursor in the field (Ctrl+F)."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def clear(self) -> None:
        """Clear the query and every filter (Esc)."""
        self._timer.stop()
        for widget in (
            self.query_edit,
            self.tag_box,
            self.emotion_box,
            *self.mood_buttons.values(),
        ):
            widget.blockSignals(True)
        self.query_edit.clear()
        self.tag_box.setCurrentIndex(0)
        self.emotion_box.setCurrentIndex(0)
        for button in self.mood_buttons.values():
            button.setChecked(False)
        for widget in (
            self.query_edit,
            self.tag_box,
            self.emotion_box,
            *self.mood_buttons.values(),
        ):
            widget.blockSignals(False)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self._timer.stop()
        self.results.results_model.set_hits([], [])
        self._set_active(False)

    def _changed(self, *_args: object) -> None:
        self._timer.start(DEBOUNCE_MS)

    def _show_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        self.filters_button.setAccessibleName(
            translate("Journal", "Hide search filters")
            if shown
            else translate("Journal", "Show search filters")
        )

    def _set_active(self, active: bool) -> None:
        self.status_label.setVisible(active)
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    def run_search(self) -> None:
        """Search now (the debounce timer calls this; so does entries_changed)."""
        self._timer.stop()
        if not self.is_active() or not self._session.is_unlocked():
            self.results.results_model.set_hits([], [])
            self._set_active(False)
            return
        query = self.query_edit.text().strip()
        flt = self.current_filter()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            # The journal refuses a reversed range; say so rather than fail in a timer.
            self.results.results_model.set_hits([], [])
            self.status_label.setText(
                translate("Journal", "The From date is after the To date. Swap them to search.")
            )
            self._set_active(True)
            return
        hits = self._session.journal.search(query, flt, limit=RESULT_LIMIT)
        dates = []
        #: When a search result was written: {date} is a long date, {time} the time of day.
        when = translate("Journal", "{date}, {time}")
        for hit in hits:
            local = hit.entry.created_at  # its own offset: the day it was written
            dates.append(when.format(date=long_date(local.date()), time=short_time(local)))
        self.results.results_model.set_hits(hits, dates)
        if query and match_expression(query) is None:
            # Emoji and symbols alone are not searchable: the journal then filters only,
            # so say why every entry is listed rather than claim they all matched.
            self.status_label.setText(_filtered_only(len(hits)))
        elif not hits:
            self.status_label.setText(
                translate("Journal", "Nothing found. Try fewer words or filters.")
            )
        else:
            self.status_label.setText(_found(len(hits)))
        self._set_active(True)

    # keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.is_active():
            self.clear()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and (self.is_active() or obj is self.results):
                self.clear()
                self.query_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            has_results = self.results.model().rowCount() > 0 and self.results.isVisible()
            if obj is self.query_edit and event.key() == Qt.Key.Key_Down and has_results:
                # Down means "go to the results": the first one opens at once.
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.results.model().index(0, 0))
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if obj is self.query_edit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search()
                return True
        return super().eventFilter(obj, event)


def _found(n: int) -> str:
    """ "1 entry found", "7 entries found", "100+ entries found" (at the limit)."""
    if n == 1:
        return translate("Journal", "1 entry found")
    if n >= RESULT_LIMIT:
        #: %n is the most results shown; there may be more.
        return translate("Journal", "%n+ entries found", None, n)
    return translate("Journal", "%n entries found", None, n)


def _filtered_only(n: int) -> str:
    """The status when the query has nothing searchable and only the filters apply."""
    if n == 1:
        return translate(
            "Journal",
            "Search looks for words and numbers, so this shows 1 entry without searching the text.",
        )
    if n >= RESULT_LIMIT:
        return translate(
            "Journal",
            "Search looks for words and numbers, so this shows %n+ entries without "
            "searching the text.",
            None,
            n,
        )
    return translate(
        "Journal",
        "Search looks for words and numbers, so this shows %n entries without searching the text.",
        None,
        n,
    )


def _day(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())
