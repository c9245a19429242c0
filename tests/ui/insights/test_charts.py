"""The hand-drawn charts: they draw, they never use alarm red, and their words are listed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from companion.core.insights.correlations import Source
from companion.core.insights.mood import WEEKDAY_NAMES, DayPart
from companion.core.insights.service import Insights
from companion.core.journal.models import Mood
from companion.ui.insights import words
from companion.ui.reports.charts import (
    SCALE_COLOURS,
    SERIES_COLOURS,
    Bar,
    BarChartData,
    LineChartData,
    LineSeries,
    PixelCell,
    PixelGridData,
    paint_bar_chart,
    paint_line_chart,
    paint_pixel_grid,
    paper_colours,
    pixel_index_at,
)
from companion.ui.shell.session import Session


def draw(paint: object, data: object, size: tuple[int, int] = (600, 300)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(QFont())
    paint(painter, QRectF(0, 0, *size), data, paper_colours())  # type: ignore[operator]
    painter.end()
    return image


def count(image: QImage, colour: str) -> int:
    wanted = QColor(colour)
    return sum(
        1
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if abs(QColor(image.pixel(x, y)).red() - wanted.red()) < 12
        and abs(QColor(image.pixel(x, y)).green() - wanted.green()) < 12
        and abs(QColor(image.pixel(x, y)).blue() - wanted.blue()) < 12
    )


@pytest.mark.parametrize("colour", SCALE_COLOURS + SERIES_COLOURS)
def test_no_chart_colour_is_an_alarm_red(colour: str) -> None:
    hue, saturation = QColor(colour).hslHue(), QColor(colour).hslSaturationF()
    reddish = hue < 25 or hue > 335
    assert not (reddish and saturation > 0.25)


def test_a_line_chart_draws_its_lines_and_leaves_gaps(qapp: object) -> None:
    data = LineChartData(
        "Mood", ("a", "b", "c", "d"), (LineSeries("Average", (2.0, None, 4.0, 5.0)),), 1, 5, ()
    )
    image = draw(paint_line_chart, data)
    assert count(image, SERIES_COLOURS[0]) > 50
    empty = LineChartData("Mood", ("a",), (LineSeries("Average", (None,)),), 1, 5, (), "Nothing")
    assert not empty.has_values
    assert count(draw(paint_line_chart, empty), SERIES_COLOURS[0]) < 40  # the legend only


def test_bars_are_as_long_as_their_values(qapp: object) -> None:
    short = BarChartData("x", (Bar("A", 1.0, "1"),), 0, 5)
    long = BarChartData("x", (Bar("A", 5.0, "5"),), 0, 5)
    none = BarChartData("x", (Bar("A", None, "Not enough days yet"),), 0, 5)
    lengths = [count(draw(paint_bar_chart, d), SERIES_COLOURS[0]) for d in (none, short, long)]
    assert lengths[0] == 0
    assert 0 < lengths[1] < lengths[2]


def test_the_pixel_grid_finds_the_day_under_the_pointer(qapp: object) -> None:
    start = date(2026, 1, 1)
    cells = tuple(PixelCell(start + timedelta(days=n), (n % 5) + 1, f"day {n}") for n in range(365))
    data = PixelGridData("2026", cells, tuple(str(m) for m in range(1, 13)), (), "None")
    rect = QRectF(0, 0, 700, 400)
    fm = QFontMetricsF(QFont())
    image = draw(paint_pixel_grid, data, (700, 400))
    assert count(image, SCALE_COLOURS[0]) > 100
    # Find where 3 February is drawn by scanning for its index.
    found = None
    for x in range(0, 700, 2):
        for y in range(0, 400, 2):
            index = pixel_index_at(fm, rect, data, QPointF(x, y))
            if index is not None and cells[index].day == date(2026, 2, 3):
                found = (x, y)
                break
        if found:
            break
    assert found is not None
    assert pixel_index_at(fm, rect, data, QPointF(-5, -5)) is None


def test_every_fixed_word_of_the_insights_is_listed(session: Session) -> None:
    listed = set(words.WORDS) | set(words.MOOD_WORDS.values())
    assert set(WEEKDAY_NAMES) <= listed
    assert {part.value[2] for part in DayPart} <= listed
    assert {"Activity", "Self-care", "Check-in"} <= listed
    assert {m.label for m in Mood} <= listed
    assert {s.value for s in Source}  # the kinds are worded in the table as the words above
    insights = Insights(session.vault.connection)
    from companion.core.insights.models import DateRange, Granularity

    span = DateRange.last_days(session.clock.now().date(), 60)
    tables = [
        insights.mood_over_time(span, Granularity.WEEK).table(),
        insights.year_in_pixels(2026).table(),
        insights.mood_by_weekday(span).table(),
        insights.mood_by_time_of_day(span).table(),
        insights.correlations(span).table(),
        insights.emotion_frequencies(span).table(),
    ]
    titles = {c.title for t in tables for c in t.columns if not c.title.startswith("Rolling")}
    assert titles <= listed


def _ink_columns(image: QImage, top: int, bottom: int) -> list[int]:
    """The columns with dark ink (text) between two pixel rows."""
    return [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 100 for y in range(top, bottom))
    ]


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_labels_stay_beside_what_they_name_right_to_left(
    qapp: object, direction: Qt.LayoutDirection
) -> None:
    """In the Arabic interface the painter swaps plain left and right alignment: a bar's
    label would end up at the far side of its column, away from its bar."""
    image = QImage(600, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setLayoutDirection(direction)
    font = QFont()
    painter.setFont(font)
    data = BarChartData("", (Bar("a very long label here", 4.0, "4"), Bar("ab", 2.0, "2")), 1, 5)
    paint_bar_chart(painter, QRectF(0, 0, 600, 120), data, paper_colours())
    painter.end()
    fm = QFontMetricsF(font)
    row = fm.height() * 1.7
    long_label = _ink_columns(image, 0, int(row))
    short_label = _ink_columns(image, int(row), int(2 * row))
    column_end = fm.horizontalAdvance("a very long label here") + fm.averageCharWidth()
    # The short label ends where the long one does: right-aligned against the bars.
    short_text = [x for x in short_label if x < column_end]
    long_text = [x for x in long_label if x < column_end]
    assert abs(max(short_text) - max(long_text)) <= 2
