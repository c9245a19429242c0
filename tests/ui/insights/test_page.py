"""The insights page: ranges, lazy tabs, all time in the background, tables, PNG, lock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.insights.chart_views import BarChartView, LineChartView, PixelGridView
from companion.ui.insights.page import InsightsPage
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.session import Session


@pytest.fixture
def page(qtbot: QtBot, session: Session, clock: FakeClock) -> InsightsPage:
    widget = InsightsPage(session, clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def line(page: InsightsPage) -> LineChartView:
    view = page.mood_panel.view
    assert isinstance(view, LineChartView)
    return view


def test_the_month_is_shown_first_day_by_day(page: InsightsPage) -> None:
    assert page.range_key == "month"
    data = line(page).data
    assert data is not None
    assert len(data.labels) == 30
    assert [s.dashed for s in data.series] == [False, True]
    assert page.mood_panel.model.rowCount() == 30
    assert page.mood_panel.summary.text().startswith("Average mood")
    assert line(page).accessibleDescription() == page.mood_panel.summary.text()


def test_switching_ranges_redraws_mood_over_time(page: InsightsPage) -> None:
    page.set_range("week")
    assert len(line(page).data.labels) == 7  # type: ignore[union-attr]
    page.range_buttons["year"].click()
    weeks = line(page).data.labels  # type: ignore[union-attr]
    assert 53 <= len(weeks) <= 54
    assert "4 weeks" in page.mood_panel.model.content.headers[3]
    page.set_range("month")
    assert len(line(page).data.labels) == 30  # type: ignore[union-attr]


def test_all_time_runs_in_the_background(qtbot: QtBot, page: InsightsPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10000) as done:
        page.set_range("all")
        assert page.busy.is_busy()
    assert done.args == ["mood"]
    assert not page.busy.is_busy()
    weeks = line(page).data.labels  # type: ignore[union-attr]
    assert 77 <= len(weeks) <= 79  # about 540 days: week by week up to two years


def test_only_the_tab_on_screen_is_computed(page: InsightsPage) -> None:
    emotions = page.emotions_panel.view
    assert isinstance(emotions, BarChartView)
    assert emotions.data is None
    page.show_tab("emotions")
    assert emotions.data is not None
    names = [bar.label for bar in emotions.data.bars]
    assert set(names) <= {"calm", "tired", "hopeful"}
    assert "entries" in emotions.data.bars[0].text


def test_weekdays_and_times_show_how_much_data_each_has(page: InsightsPage) -> None:
    page.show_tab("when")
    weekdays = page.weekday_panel.view
    assert isinstance(weekdays, BarChartView)
    assert weekdays.data is not None
    assert weekdays.data.bars[0].label == "Monday"
    assert all("day" in b.text or b.value is None for b in weekdays.data.bars)
    assert page.time_panel.model.rowCount() == 4


def test_too_few_days_are_never_read_as_a_pattern(page: InsightsPage) -> None:
    page.set_range("week")
    page.show_tab("together")
    view = page.together_panel.view
    assert isinstance(view, BarChartView)
    assert view.data is not None
    assert view.data.bars
    assert all(bar.value is None for bar in view.data.bars)
    assert all(bar.text.startswith("Not enough days yet") for bar in view.data.bars)
    headers = page.together_panel.model.content.headers
    assert "Days with" in headers
    assert "Days without" in headers


def test_a_year_of_data_gives_patterns_with_sample_sizes(page: InsightsPage) -> None:
    page.set_range("year")
    page.show_tab("together")
    view = page.together_panel.view
    assert isinstance(view, BarChartView)
    assert view.data is not None
    described = [bar for bar in view.data.bars if bar.value is not None]
    assert described
    assert all(" with (" in bar.text and " without (" in bar.text for bar in described)


def test_the_year_in_pixels_can_be_read_day_by_day(qtbot: QtBot, page: InsightsPage) -> None:
    page.show_tab("pixels")
    grid = page.pixels_panel.view
    assert isinstance(grid, PixelGridView)
    assert grid.data is not None
    assert len(grid.data.cells) == 365
    assert grid.current == 72  # today, 14 March
    first = grid.accessibleDescription()
    assert first.startswith("Saturday, 14 March 2026") or "2026" in first
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.current == 71
    assert grid.accessibleDescription() != first
    words = grid.accessibleDescription()
    assert any(w in words for w in ("Awful", "Bad", "Okay", "Good", "Great", "no mood"))
    page.year_spin.setValue(2025)
    assert grid.data.cells[0].day.year == 2025
    iface = QAccessible.queryAccessibleInterface(grid)
    assert iface.text(QAccessible.Text.Description) == grid.accessibleDescription()


def test_every_chart_has_a_table(page: InsightsPage) -> None:
    panel = page.mood_panel
    panel.table_button.click()
    assert panel.table.isVisibleTo(page)
    assert not panel.view.isVisibleTo(page)
    assert panel.table_button.text() == "Show as chart"
    assert panel.table.model().rowCount() == 30
    panel.table_button.click()
    assert panel.view.isVisibleTo(page)


def test_export_as_png(page: InsightsPage, tmp_path: Path) -> None:
    path = page.mood_panel.save_png(tmp_path / "mood.png")
    assert path is not None
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= 2 * 600


def test_a_new_entry_shows_at_once(page: InsightsPage, session: Session, clock: FakeClock) -> None:
    before = page.mood_panel.summary.text()
    for hours in range(3):
        session.save_entry(
            None,
            EntryDraft(text="x", mood=Mood.AWFUL, created_at=clock.now() - timedelta(hours=hours)),
        )
    assert page.mood_panel.summary.text() != before


def test_locking_clears_every_chart(page: InsightsPage, session: Session) -> None:
    page.show_tab("pixels")
    session.lock()
    assert line(page).data is None
    assert page.pixels_panel.model.rowCount() == 0
    assert page.mood_panel.summary.text() == ""
    wait_for_background_tasks()


def test_every_control_is_named(page: InsightsPage, controls_of) -> None:
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        unnamed = []
        for widget in controls_of(page):
            iface = QAccessible.queryAccessibleInterface(widget)
            if not iface.text(QAccessible.Text.Name).strip():
                unnamed.append(type(widget).__name__)
        assert unnamed == []


def test_text_at_200_percent_is_not_clipped(
    qtbot: QtBot, session: Session, clock: FakeClock, controls_of
) -> None:
    original = QApplication.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    QApplication.setFont(bigger)
    try:
        page = InsightsPage(session, clock)
        qtbot.addWidget(page)
        page.resize(1400, 1000)
        page.show()
        qtbot.waitExposed(page)
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            qtbot.wait(30)
            clipped = []
            for widget in controls_of(page):
                hint = widget.minimumSizeHint()
                if widget.width() < hint.width() or widget.height() < hint.height():
                    clipped.append((type(widget).__name__, widget.size().toTuple(), hint.toTuple()))
            assert clipped == []
        assert page.mood_panel.title_label.font().pointSizeF() > bigger.pointSizeF()
    finally:
        QApplication.setFont(original)
