"""Widgets that show the hand-drawn charts of :mod:`companion.ui.reports.charts`.

Each view paints its data with the widget's own font (so charts grow with the text
size) and the theme's inks, and can paint the same chart onto an image for "Export as
PNG…". The pixel grid can be walked with the arrow keys: the focused day's words are its
accessible description and its tooltip, so the mood never rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from companion.ui.reports.charts import (
    BarChartData,
    ChartColours,
    LineChartData,
    PixelGridData,
    bar_chart_height,
    colours_from_palette,
    line_chart_height,
    paint_bar_chart,
    paint_line_chart,
    paint_pixel_grid,
    paper_colours,
    pixel_grid_height,
    pixel_index_at,
)


class ChartView(QWidget):
    """Base: paints a chart into its rectangle; exports it on white at twice the size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        """Draw the chart (subclasses)."""

    def chart_height(self, width: int) -> int:
        """The height the chart wants at ``width`` (subclasses)."""
        return self.fontMetrics().height() * 10

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.chart_height(width)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 70
        return QSize(width, self.chart_height(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 30
        return QSize(width, self.chart_height(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        self.paint_chart(painter, QRectF(self.rect()), colours_from_palette(self.palette()))
        painter.end()

    def export_image(self, title: str, scale: float = 2.0) -> QImage:
        """The chart with its title on white, at ``scale`` times its on-screen size."""
        fm = QFontMetricsF(self.font())
        width = max(self.width(), self.sizeHint().width())
        title_h = fm.height() * 2
        height = self.chart_height(width) + title_h
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        colours = paper_colours()
        image.fill(colours.background)
        painter = QPainter(image)
        painter.scale(scale, scale)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colours.text)
        painter.drawText(QRectF(0, 0, width, title_h), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self.font())
        self.paint_chart(painter, QRectF(0, title_h, width, height - title_h), colours)
        painter.end()
        return image


class LineChartView(ChartView):
    """Mood over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: LineChartData | None = None

    def set_data(self, data: LineChartData) -> None:
        """Show ``data``."""
        self.data = data
        self.update()

    def chart_height(self, width: int) -> int:
        return round(line_chart_height(QFontMetricsF(self.font())))

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        if self.data is not None:
            paint_line_chart(painter, rect, self.data, colours)


class BarChartView(ChartView):
    """Moods by weekday and time of day, correlations, emotions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: BarChartData | None = None

    def set_data(self, data: BarChartData) -> None:
        """Show ``data`` (the height follows the number of bars)."""
        self.data = data
        self.updateGeometry()
        self.update()

    def chart_height(self, width: int) -> int:
        if self.data is None:
            return self.fontMetrics().height() * 4
        return round(bar_chart_height(QFontMetricsF(self.font()), self.data))

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        if self.data is not None:
            paint_bar_chart(painter, rect, self.data, colours)


class PixelGridView(ChartView):
    """A year in pixels, walkable with the arrow keys (one day at a time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: PixelGridData | None = None
        self.current: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    def set_data(self, data: PixelGridData, current: int | None = None) -> None:
        """Show ``data`` with the keyboard on day index ``current`` (default: the first)."""
        self.data = data
        self._move_to(current if current is not None else 0)
        self.updateGeometry()
        self.update()

    def current_text(self) -> str:
        """The words of the day under the keyboard cursor."""
        if self.data is None or self.current is None or not self.data.cells:
            return ""
        return self.data.cells[self.current].text

    def chart_height(self, width: int) -> int:
        if self.data is None:
            return self.fontMetrics().height() * 4
        return round(pixel_grid_height(QFontMetricsF(self.font()), width, self.data))

    def paint_chart(self, painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
        if self.data is not None:
            focus = self.current if painter.device() is self and self.hasFocus() else None
            paint_pixel_grid(painter, rect, self.data, colours, focus_index=focus)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(event.pos())
            if index is not None and self.data is not None:
                QToolTip.showText(event.globalPos(), self.data.cells[index].text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _index_at(self, pos: QPoint) -> int | None:
        if self.data is None:
            return None
        fm = QFontMetricsF(self.font())
        return pixel_index_at(fm, QRectF(self.rect()), self.data, QPointF(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index is not None:
            self._move_to(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.data is None or self.current is None or not self.data.cells:
            super().keyPressEvent(event)
            return
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
            Qt.Key.Key_PageUp: -30,
            Qt.Key.Key_PageDown: 30,
        }
        key = Qt.Key(event.key())
        if key in steps:
            self._move_to(self.current + steps[key])
        elif key == Qt.Key.Key_Home:
            self._move_to(0)
        elif key == Qt.Key.Key_End:
            self._move_to(len(self.data.cells) - 1)
        else:
            super().keyPressEvent(event)

    def _move_to(self, index: int) -> None:
        if self.data is None or not self.data.cells:
            self.current = None
            self.setAccessibleDescription("")
            return
        self.current = min(max(index, 0), len(self.data.cells) - 1)
        text = self.current_text()
        self.setAccessibleDescription(text)
        if self.hasFocus():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
        self.update()
