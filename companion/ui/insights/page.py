"""The insights page: mood over time, year in pixels, weekdays and times, what goes with
mood, and emotions — each a chart with a table and a PNG export.

Only the tab on screen is computed (a few milliseconds for a year even on a very large
journal), so switching ranges and tabs stays instant; "All time" may span decades and
runs through :class:`~companion.ui.shell.ops.Operation`. The page refreshes when entries
change and empties itself when the journal locks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.insights import DateRange, Granularity, Insights
from companion.ui.insights import present
from companion.ui.insights.chart_panel import ChartPanel
from companion.ui.insights.chart_views import BarChartView, LineChartView, PixelGridView
from companion.ui.insights.table_model import TableContent
from companion.ui.reports.charts import BarChartData, LineChartData, PixelGridData
from companion.ui.shell.i18n import translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading
from companion.ui.widgets.busy import BusyIndicator

log = logging.getLogger(__name__)

RANGES = ("week", "month", "year", "all")
TABS = ("mood", "pixels", "when", "together", "emotions")


@dataclass(frozen=True)
class Span:
    """The dates a range covers and how finely mood over time is drawn."""

    range: DateRange
    granularity: Granularity


def span_for(key: str, today: date, first_day: date | None) -> Span:
    """The dates of a range choice ending today ("all" starts at the first entry)."""
    if key == "week":
        return Span(DateRange.last_days(today, 7), Granularity.DAY)
    if key == "month":
        return Span(DateRange.last_days(today, 30), Granularity.DAY)
    if key == "year":
        return Span(DateRange.last_days(today, 365), Granularity.WEEK)
    start = min(first_day or today, today)
    days = (today - start).days + 1
    granularity = (
        Granularity.DAY if days <= 62 else Granularity.WEEK if days <= 731 else Granularity.MONTH
    )
    return Span(DateRange(start, today), granularity)


def compute(insights: Insights, tab: str, span: Span, year: int) -> dict[str, present.View[Any]]:
    """The views of one tab (pure reads; safe on a worker thread)."""
    if tab == "mood":
        series = insights.mood_over_time(span.range, span.granularity)
        return {"mood": present.mood_over_time(series)}
    if tab == "pixels":
        return {"pixels": present.year_in_pixels(insights.year_in_pixels(year))}
    if tab == "when":
        return {
            "weekday": present.grouped(insights.mood_by_weekday(span.range)),
            "time": present.grouped(insights.mood_by_time_of_day(span.range)),
        }
    if tab == "together":
        return {"together": present.correlations(insights.correlations(span.range))}
    return {"emotions": present.emotions(insights.emotion_frequencies(span.range))}


def _scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


class InsightsPage(QWidget):
    """Charts over the open journal and check-ins.

    Args:
        session: The unlocked journal (its vault connection is read).
        clock: Where "today" comes from.
        parent: The owning widget.
        report_opener: Called with this page when "Report for my clinician…" is chosen
            (``None`` hides the button).
    """

    refreshed = Signal(str)  # the tab that was just drawn (tests and benchmarks wait on it)

    def __init__(
        self,
        session: Session,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        report_opener: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.setAccessibleName(translate("Insights", "Insights"))
        self._session = session
        self._clock = clock
        self._range = "month"
        self._year = clock.now().year
        self._fresh: set[str] = set()  # tabs drawn for the current range, year and data
        self._generation = 0  # bumps on every change; stale background results are dropped
        self._operation: Operation[Any] | None = None
        self._build(report_opener)
        session.entries_changed.connect(self.invalidate)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.invalidate)
        if session.is_unlocked():
            self.invalidate()
        else:
            self.clear()

    # building ----------------------------------------------------------------------
    def _build(self, report_opener: Callable[[QWidget], None] | None) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(translate("Insights", "Insights"), self), 1)
        self.report_button: QPushButton | None = None
        if report_opener is not None:
            report = QPushButton(translate("Insights", "Report for my clinician…"), self)
            report.setAccessibleName(translate("Insights", "Make a report for my clinician"))
            report.setAutoDefault(False)
            report.clicked.connect(lambda: report_opener(self))
            top.addWidget(report, 0, Qt.AlignmentFlag.AlignTop)
            self.report_button = report
        layout.addLayout(top)
        note = QLabel(
            translate(
                "Insights",
                "Patterns in your own entries and check-ins. They describe your days; "
                "they are not a diagnosis.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        label = QLabel(translate("Insights", "Show:"), self)
        row.addWidget(label)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QRadioButton] = {}
        words = {
            "week": translate("Insights", "Last &7 days"),
            "month": translate("Insights", "Last &30 days"),
            "year": translate("Insights", "Last 12 &months"),
            "all": translate("Insights", "&All time"),
        }
        for index, key in enumerate(RANGES):
            button = QRadioButton(words[key], self)
            button.setAccessibleName(words[key].replace("&", ""))
            button.setObjectName(f"range_{key}")
            self.range_group.addButton(button, index)
            self.range_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.range_buttons[self._range].setChecked(True)
        self.range_group.idToggled.connect(self._range_toggled)
        layout.addLayout(row)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("Insights", "Insight views"))
        layout.addWidget(self.tabs, 1)

        self.mood_panel = ChartPanel(
            translate("Insights", "Mood over time"), LineChartView(), "mood-over-time", self
        )
        self.pixels_panel = ChartPanel(
            translate("Insights", "Year in pixels"), PixelGridView(), "year-in-pixels", self
        )
        self.weekday_panel = ChartPanel(
            translate("Insights", "Mood by weekday"), BarChartView(), "mood-by-weekday", self
        )
        self.time_panel = ChartPanel(
            translate("Insights", "Mood by time of day"), BarChartView(), "mood-by-time", self
        )
        self.together_panel = ChartPanel(
            translate("Insights", "What goes with your mood"),
            BarChartView(),
            "activities-and-mood",
            self,
        )
        self.emotions_panel = ChartPanel(
            translate("Insights", "Emotions"), BarChartView(), "emotions", self
        )
        self.panels: dict[str, ChartPanel] = {
            "mood": self.mood_panel,
            "pixels": self.pixels_panel,
            "weekday": self.weekday_panel,
            "time": self.time_panel,
            "together": self.together_panel,
            "emotions": self.emotions_panel,
        }
        self._add_tab("mood", translate("Insights", "Mood over time"), [self.mood_panel])
        self._add_tab(
            "pixels", translate("Insights", "Year in pixels"), [self._year_row(), self.pixels_panel]
        )
        self._add_tab(
            "when",
            translate("Insights", "Weekdays and times"),
            [self.weekday_panel, self.time_panel],
        )
        self._add_tab(
            "together", translate("Insights", "What goes with mood"), [self.together_panel]
        )
        self._add_tab("emotions", translate("Insights", "Emotions"), [self.emotions_panel])
        self.tabs.currentChanged.connect(lambda _i: self._show_current())

    def _year_row(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("Insights", "&Year:"), box)
        self.year_spin = QSpinBox(box)
        self.year_spin.setRange(1900, 9999)
        self.year_spin.setValue(self._year)
        self.year_spin.setAccessibleName(translate("Insights", "Year shown in pixels"))
        label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(self._year_changed)
        row.addWidget(label)
        row.addWidget(self.year_spin)
        row.addStretch(1)
        return box

    def _add_tab(self, key: str, title: str, widgets: list[QWidget]) -> None:
        content = QWidget(self)
        content.setObjectName(f"insights_{key}")
        column = QVBoxLayout(content)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        self.tabs.addTab(_scrolling(content, self.tabs), title)

    # state ---------------------------------------------------------------------------
    @property
    def range_key(self) -> str:
        """The chosen range: "week", "month", "year" or "all"."""
        return self._range

    def current_tab(self) -> str:
        """The key of the tab on screen."""
        return TABS[max(0, self.tabs.currentIndex())]

    def set_range(self, key: str) -> None:
        """Choose a range (as the radio buttons do)."""
        self.range_buttons[key].setChecked(True)

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front (computing it if needed)."""
        self.tabs.setCurrentIndex(TABS.index(key))

    def _range_toggled(self, index: int, checked: bool) -> None:
        if checked and RANGES[index] != self._range:
            self._range = RANGES[index]
            self._fresh.discard("mood")
            self._fresh -= {"when", "together", "emotions"}
            self._changed()

    def _year_changed(self, year: int) -> None:
        self._year = year
        self._fresh.discard("pixels")
        self._changed()

    def invalidate(self) -> None:
        """The data changed: redraw the tab on screen, the others when shown."""
        self._fresh.clear()
        self._changed()

    def _changed(self) -> None:
        self._generation += 1
        if self._operation is not None:
            self._operation.cancel()
            self._operation = None
            self.busy.stop()
        self._show_current()

    def _show_current(self) -> None:
        tab = self.current_tab()
        if tab in self._fresh or not self._session.is_unlocked():
            return
        insights = Insights(self._session.vault.connection)
        today = self._clock.now().date()
        first = insights.first_day() if self._range == "all" and tab != "pixels" else None
        span = span_for(self._range, today, first)
        if self._range == "all" and tab != "pixels" and span.range.days > 366:
            self._compute_in_background(insights, tab, span)
            return
        self._apply(tab, compute(insights, tab, span, self._year))

    def _compute_in_background(self, insights: Insights, tab: str, span: Span) -> None:
        generation = self._generation
        year = self._year

        def work(progress: Progress) -> dict[str, present.View[Any]]:
            progress.check()
            return compute(insights, tab, span, year)

        def done(views: dict[str, present.View[Any]]) -> None:
            self._operation = None
            self.busy.stop()
            if generation == self._generation and self._session.is_unlocked():
                self._apply(tab, views)

        def failed(exc: BaseException) -> None:
            self._operation = None
            self.busy.stop()
            log.info("insights for all time not shown: %s", type(exc).__name__)

        self.busy.start(translate("Insights", "Looking through all your entries…"))
        self._operation = Operation(self, work).on_success(done).on_failure(failed).start()

    def _apply(self, tab: str, views: dict[str, present.View[Any]]) -> None:
        for key, view in views.items():
            panel = self.panels[key]
            chart = panel.view
            if isinstance(chart, LineChartView) and isinstance(view.data, LineChartData):
                chart.set_data(view.data)
            elif isinstance(chart, PixelGridView) and isinstance(view.data, PixelGridData):
                today = self._clock.now().date()
                current = (today - date(self._year, 1, 1)).days if today.year == self._year else 0
                chart.set_data(view.data, current)
            elif isinstance(chart, BarChartView) and isinstance(view.data, BarChartData):
                chart.set_data(view.data)
            panel.set_summary(view.summary)
            panel.set_table(view.table)
        self._fresh.add(tab)
        self.refreshed.emit(tab)

    def clear(self) -> None:
        """Forget everything shown (the journal locked)."""
        self._generation += 1
        if self._operation is not None:
            self._operation.cancel()
            self._operation = None
        self.busy.stop()
        self._fresh.clear()
        empty = TableContent((), (), ())
        for panel in self.panels.values():
            chart = panel.view
            if isinstance(chart, LineChartView | BarChartView):
                chart.data = None
            elif isinstance(chart, PixelGridView):
                chart.data = None
                chart.current = None
                chart.setAccessibleDescription("")
            chart.update()
            panel.set_summary("")
            panel.set_table(empty)
