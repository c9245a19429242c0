"""Charts drawn by hand with QPainter: a line chart, horizontal bars and a pixel grid.

One module draws every chart of the app — on screen, in PNG exports and on PDF pages —
so they look alike everywhere. Each chart is plain data (the ``*Data`` classes, with
words already translated by the caller) and a ``paint_*`` function that draws it into a
rectangle with any painter. Nothing here knows about moods or the journal: the callers
turn insights into data.

Why by hand: QtCharts needs the PySide6-Addons wheel (hundreds of megabytes for a few of
QtCharts) and its chart view tells screen readers nothing; every chart here has a table
view beside it anyway, and the three shapes below are short to draw.

Colour never carries meaning alone: lines differ by dash as well as colour, bars carry
their value as text, and pixel cells carry the value as a digit when there is room
(their words are in each cell's text, for tooltips and screen readers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

# Charts are laid out left to right in every language: the lines, bars and grids are
# placed from the left, and each label in a box beside what it names. In a right-to-left
# widget QPainter swaps a plain AlignLeft and AlignRight, which would put a label at the
# far side of its box, away from its bar, or over a legend's line sample; "absolute"
# keeps each where the layout put it. The words themselves still read in their language's
# direction.
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_RIGHT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)

# Calm hues from low to high (scale points 1-5): lavender and slate blue for the low end,
# never an alarm red; sand in the middle; sage and teal for the high end.
SCALE_COLOURS = ("#8e86b5", "#7f9cb8", "#b8ab86", "#86b39a", "#5fa39d")
SERIES_COLOURS = ("#2f6f8f", "#7a5c99", "#3f8f6b")


@dataclass(frozen=True)
class ChartColours:
    """Inks for one background (a palette on screen, white paper in print)."""

    text: QColor
    muted: QColor
    grid: QColor
    background: QColor
    series: tuple[QColor, ...]
    scale: tuple[QColor, ...]  # one per scale point, lowest first
    empty: QColor  # a cell without data


def colours_from_palette(palette: QPalette) -> ChartColours:
    """Chart inks that follow the light or dark theme."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    series = ("#6fb3c9", "#b9a9e8", "#86c9a4") if dark else SERIES_COLOURS
    return ChartColours(
        text=palette.color(QPalette.ColorRole.WindowText),
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
        grid=palette.color(QPalette.ColorRole.Mid),
        background=palette.color(QPalette.ColorRole.Base),
        series=tuple(QColor(c) for c in series),
        scale=tuple(QColor(c) for c in SCALE_COLOURS),
        empty=palette.color(QPalette.ColorRole.AlternateBase),
    )


def paper_colours() -> ChartColours:
    """Chart inks for white paper (PDF, print) and PNG exports."""
    return ChartColours(
        text=QColor("#1b1f24"),
        muted=QColor("#5f6873"),
        grid=QColor("#b8c0c8"),
        background=QColor("#ffffff"),
        series=tuple(QColor(c) for c in SERIES_COLOURS),
        scale=tuple(QColor(c) for c in SCALE_COLOURS),
        empty=QColor("#eef2f5"),
    )


# --------------------------------------------------------------------------- line chart
@dataclass(frozen=True)
class LineSeries:
    """One line: a value per x position; ``None`` leaves a gap."""

    name: str
    values: tuple[float | None, ...]
    dashed: bool = False


@dataclass(frozen=True)
class LineChartData:
    """A line chart over evenly spaced x positions (periods).

    Attributes:
        title: The chart's name (drawn by the caller's layout, kept for exports).
        labels: One x label per position (shown thinned out when crowded).
        series: The lines, drawn in order (first in the first colour, solid or dashed).
        y_min: Bottom of the value axis.
        y_max: Top of the value axis.
        y_ticks: ``(value, label)`` marks on the value axis.
        empty_text: Drawn in the middle when no series has any value.
    """

    title: str
    labels: tuple[str, ...]
    series: tuple[LineSeries, ...]
    y_min: float
    y_max: float
    y_ticks: tuple[tuple[float, str], ...]
    empty_text: str = ""

    @property
    def has_values(self) -> bool:
        """True when some series has at least one value."""
        return any(v is not None for s in self.series for v in s.values)


def _pen(colour: QColor, width: float, dashed: bool = False) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _legend(
    painter: QPainter, rect: QRectF, series: tuple[LineSeries, ...], colours: ChartColours
) -> float:
    """Draw the legend (a line sample and the name per series); returns its height."""
    fm = QFontMetricsF(painter.font())
    x, y, line_h = rect.left(), rect.top(), fm.height() * 1.3
    sample = fm.averageCharWidth() * 4
    for index, item in enumerate(series):
        width = sample + fm.averageCharWidth() + fm.horizontalAdvance(item.name)
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + line_h
        mid = y + line_h / 2
        colour = colours.series[index % len(colours.series)]
        painter.setPen(_pen(colour, max(2.0, fm.height() / 7), item.dashed))
        painter.drawLine(QPointF(x, mid), QPointF(x + sample, mid))
        painter.setPen(colours.text)
        text_rect = QRectF(x + sample + fm.averageCharWidth(), y, width, line_h)
        painter.drawText(text_rect, _LEFT, item.name)
        x += width + fm.averageCharWidth() * 3
    return y + line_h - rect.top()


def _thin(count: int, each: float, room: float) -> int:
    """Every how many labels to draw so that they do not overlap."""
    if count <= 0 or room <= 0:
        return 1
    return max(1, math.ceil(count * each / room))


def paint_line_chart(
    painter: QPainter, rect: QRectF, data: LineChartData, colours: ChartColours
) -> None:
    """Draw ``data`` into ``rect`` with the painter's font (legend, axes, lines, markers)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fm = QFontMetricsF(painter.font())
    pad = fm.averageCharWidth()
    top = rect.top() + _legend(painter, rect, data.series, colours) + pad
    axis_w = max((fm.horizontalAdvance(label) for _v, label in data.y_ticks), default=0.0)
    plot = QRectF(
        rect.left() + axis_w + 2 * pad,
        top + fm.height() / 2,
        rect.width() - axis_w - 3 * pad,
        rect.bottom() - top - fm.height() * 2.2,
    )
    if plot.width() <= 4 or plot.height() <= 4:
        painter.restore()
        return
    span = (data.y_max - data.y_min) or 1.0

    def y_of(value: float) -> float:
        clamped = min(max(value, data.y_min), data.y_max)
        return plot.bottom() - (clamped - data.y_min) / span * plot.height()

    for value, label in data.y_ticks:
        y = y_of(value)
        painter.setPen(_pen(colours.grid, 1.0))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(rect.left(), y - fm.height() / 2, axis_w + pad, fm.height()), _RIGHT, label
        )
    count = len(data.labels)
    step_x = plot.width() / max(1, count)

    def x_of(index: int) -> float:
        return plot.left() + (index + 0.5) * step_x

    widest = max((fm.horizontalAdvance(label) for label in data.labels), default=0.0)
    every = _thin(count, widest + 2 * pad, plot.width())
    painter.setPen(colours.muted)
    for index in range(0, count, every):
        box = QRectF(
            x_of(index) - (widest + pad) / 2, plot.bottom() + pad / 2, widest + pad, fm.height()
        )
        painter.drawText(
            box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, data.labels[index]
        )
    if not data.has_values:
        painter.setPen(colours.muted)
        painter.drawText(
            plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, data.empty_text
        )
        painter.restore()
        return
    width = max(2.0, fm.height() / 7)
    marker = max(2.5, fm.height() / 6)
    for index, item in enumerate(data.series):
        colour = colours.series[index % len(colours.series)]
        path = QPainterPath()
        drawing = False
        for i, found in enumerate(item.values[:count]):
            if found is None:
                drawing = False
                continue
            point = QPointF(x_of(i), y_of(found))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.setPen(_pen(colour, width * (1.3 if item.dashed else 1.0), item.dashed))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if not item.dashed:  # markers show lone points too (a week with one mood)
            painter.setBrush(colour)
            painter.setPen(_pen(colours.background, 1.0))
            for i, found in enumerate(item.values[:count]):
                if found is not None:
                    painter.drawEllipse(QPointF(x_of(i), y_of(found)), marker, marker)
    painter.restore()


def line_chart_height(fm: QFontMetricsF) -> float:
    """A comfortable height for a line chart at this font size."""
    return fm.height() * 16


# ------------------------------------------------------------------------- bar chart
@dataclass(frozen=True)
class Bar:
    """One bar: its label, value (``None``: no bar), and the words after it."""

    label: str
    value: float | None
    text: str


@dataclass(frozen=True)
class BarChartData:
    """Horizontal bars, one per row, labels on the left and values as text on the right.

    Attributes:
        title: The chart's name.
        bars: The rows, top first.
        low: The value at the bars' left edge.
        high: The value at the full length.
        ticks: ``(value, label)`` marks along the bottom (may be empty).
        empty_text: Drawn when there are no bars.
    """

    title: str
    bars: tuple[Bar, ...]
    low: float
    high: float
    ticks: tuple[tuple[float, str], ...] = ()
    empty_text: str = ""


def _bar_geometry(
    fm: QFontMetricsF, rect: QRectF, data: BarChartData
) -> tuple[float, float, float]:
    """(label column width, value text width, row height)."""
    pad = fm.averageCharWidth()
    label_w = max((fm.horizontalAdvance(b.label) for b in data.bars), default=0.0)
    text_w = max((fm.horizontalAdvance(b.text) for b in data.bars), default=0.0)
    label_w = min(label_w, rect.width() * 0.4)
    text_w = min(text_w, rect.width() * 0.4)
    return label_w + pad, text_w + pad, fm.height() * 1.7


def bar_chart_height(fm: QFontMetricsF, data: BarChartData) -> float:
    """The height the bars need at this font size."""
    rows = max(1, len(data.bars))
    return rows * fm.height() * 1.7 + (fm.height() * 1.6 if data.ticks else 0.0) + fm.height() / 2


def paint_bar_chart(
    painter: QPainter, rect: QRectF, data: BarChartData, colours: ChartColours
) -> None:
    """Draw ``data`` into ``rect``: label, bar, value words per row."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fm = QFontMetricsF(painter.font())
    if not data.bars:
        painter.setPen(colours.muted)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, data.empty_text
        )
        painter.restore()
        return
    pad = fm.averageCharWidth()
    label_w, text_w, row_h = _bar_geometry(fm, rect, data)
    left = rect.left() + label_w + pad
    full = max(1.0, rect.width() - label_w - text_w - 2 * pad)
    span = (data.high - data.low) or 1.0
    bottom = rect.top() + row_h * len(data.bars)
    for value, _label in data.ticks:
        x = left + (min(max(value, data.low), data.high) - data.low) / span * full
        painter.setPen(_pen(colours.grid, 1.0, dashed=True))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, bottom))
    bar_colour = colours.series[0]
    for index, bar in enumerate(data.bars):
        y = rect.top() + index * row_h
        painter.setPen(colours.text)
        label_box = QRectF(rect.left(), y, label_w, row_h)
        label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
        painter.drawText(label_box, _RIGHT, label)
        length = 0.0
        if bar.value is not None:
            length = max(2.0, (min(max(bar.value, data.low), data.high) - data.low) / span * full)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar_colour)
            painter.drawRoundedRect(QRectF(left, y + row_h * 0.2, length, row_h * 0.6), 3, 3)
        painter.setPen(colours.text if bar.value is not None else colours.muted)
        text_box = QRectF(left + length + pad, y, rect.right() - left - length - pad, row_h)
        text = fm.elidedText(bar.text, Qt.TextElideMode.ElideRight, text_box.width())
        painter.drawText(text_box, _LEFT, text)
    if data.ticks:
        widest = max(fm.horizontalAdvance(label) for _v, label in data.ticks)
        every = _thin(len(data.ticks), widest + 2 * pad, full)
        painter.setPen(colours.muted)
        for value, label in data.ticks[::every]:
            x = left + (min(max(value, data.low), data.high) - data.low) / span * full
            box = QRectF(x - (widest + pad) / 2, bottom + pad / 2, widest + pad, fm.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
    painter.restore()


# ------------------------------------------------------------------------ pixel grid
@dataclass(frozen=True)
class PixelCell:
    """One day: its scale point (1-5, ``None`` for no data) and its words."""

    day: date
    level: int | None
    text: str


@dataclass(frozen=True)
class PixelGridData:
    """One row per month, one column per day of the month (Daylio's "year in pixels").

    Attributes:
        title: The chart's name.
        cells: Days in order; each lands in its month's row and day's column.
        row_labels: Twelve short month names, January first.
        legend: ``(level, word)`` for each scale point, lowest first.
        none_word: The legend's word for a day without data.
    """

    title: str
    cells: tuple[PixelCell, ...]
    row_labels: tuple[str, ...]
    legend: tuple[tuple[int, str], ...]
    none_word: str


@dataclass(frozen=True)
class _GridGeometry:
    left: float  # where day 1's column starts
    top: float  # where January's row starts
    cell: float  # cell size (square), gap included
    legend_top: float


def _grid_geometry(fm: QFontMetricsF, rect: QRectF, data: PixelGridData) -> _GridGeometry:
    pad = fm.averageCharWidth()
    label_w = max((fm.horizontalAdvance(label) for label in data.row_labels), default=0.0) + pad
    cell = max(4.0, min((rect.width() - label_w - pad) / 31, fm.height() * 1.6))
    top = rect.top() + fm.height() * 1.3
    return _GridGeometry(rect.left() + label_w + pad, top, cell, top + 12 * cell + pad)


def pixel_grid_height(fm: QFontMetricsF, width: float, data: PixelGridData) -> float:
    """The height the grid and its legend need at ``width``."""
    geometry = _grid_geometry(fm, QRectF(0, 0, width, 0), data)
    return geometry.legend_top + _legend_rows(fm, width, data) * fm.height() * 1.5 + fm.height() / 2


def _legend_rows(fm: QFontMetricsF, width: float, data: PixelGridData) -> int:
    rows, x = 1, 0.0
    for _level, word in (*data.legend, (0, data.none_word)):
        item = fm.height() * 1.5 + fm.horizontalAdvance(word) + fm.averageCharWidth() * 3
        if x > 0 and x + item > width:
            rows, x = rows + 1, 0.0
        x += item
    return rows


def pixel_index_at(
    fm: QFontMetricsF, rect: QRectF, data: PixelGridData, point: QPointF
) -> int | None:
    """The index of the cell under ``point`` (for tooltips), or ``None``."""
    g = _grid_geometry(fm, rect, data)
    column = math.floor((point.x() - g.left) / g.cell)
    row = math.floor((point.y() - g.top) / g.cell)
    if not (0 <= column < 31 and 0 <= row < 12):
        return None
    for index, cell in enumerate(data.cells):
        if cell.day.month == row + 1 and cell.day.day == column + 1:
            return index
    return None


def paint_pixel_grid(
    painter: QPainter,
    rect: QRectF,
    data: PixelGridData,
    colours: ChartColours,
    *,
    focus_index: int | None = None,
) -> None:
    """Draw the grid, the day numbers above it, the month names beside it and a legend.

    A cell shows its level as a digit when the cell is big enough to read one; the
    cell under ``focus_index`` gets a ring (keyboard navigation).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fm = QFontMetricsF(painter.font())
    g = _grid_geometry(fm, rect, data)
    gap = max(1.0, g.cell * 0.1)
    painter.setPen(colours.muted)
    for day in (1, 5, 10, 15, 20, 25, 31):
        box = QRectF(g.left + (day - 1) * g.cell - g.cell, rect.top(), g.cell * 3, fm.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(day))
    for month, label in enumerate(data.row_labels[:12]):
        box = QRectF(rect.left(), g.top + month * g.cell, g.left - rect.left() - gap * 2, g.cell)
        painter.drawText(box, _RIGHT, label)
    digits = g.cell - gap >= fm.height() * 0.95
    for index, cell in enumerate(data.cells):
        box = QRectF(
            g.left + (cell.day.day - 1) * g.cell,
            g.top + (cell.day.month - 1) * g.cell,
            g.cell - gap,
            g.cell - gap,
        )
        _cell(painter, box, cell.level, colours, digits)
        if index == focus_index:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(colours.text, max(2.0, gap * 1.5)))
            painter.drawRect(box.adjusted(-gap, -gap, gap, gap))
    x, y = rect.left(), g.legend_top
    swatch = fm.height()
    for level, word in (*data.legend, (0, data.none_word)):
        item = fm.height() * 1.5 + fm.horizontalAdvance(word) + fm.averageCharWidth() * 3
        if x > rect.left() and x + item > rect.right():
            x, y = rect.left(), y + fm.height() * 1.5
        _cell(painter, QRectF(x, y, swatch, swatch), level or None, colours, True)
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(x + swatch * 1.4, y - fm.height() / 4, item, swatch * 1.5), _LEFT, word
        )
        x += item
    painter.restore()


def _cell(
    painter: QPainter, box: QRectF, level: int | None, colours: ChartColours, digit: bool
) -> None:
    # Square cells without antialiasing: a year is 365 of them on every repaint, and
    # rounded, antialiased corners cost more than the rest of the chart together.
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if level is None:
        painter.fillRect(box, colours.empty)
        painter.setPen(colours.grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()
        return
    painter.fillRect(box, colours.scale[min(max(level, 1), len(colours.scale)) - 1])
    painter.restore()
    if digit:
        # Dark ink on every tint: they are all mid-light, so it keeps >= 4.5:1.
        painter.setPen(QColor("#10161a"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(level))
