"""The breathing pacer: a soft circle that grows while breathing in and shrinks while
breathing out. It only draws a size it is given; the breathing panel drives it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.shell.i18n import translate


class PacerCircle(QWidget):
    """A circle whose radius follows :attr:`size` (0 = smallest, 1 = fullest)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_value = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # What a screen reader says for the drawing; the words under it speak each step.
        self.setAccessibleName(translate("SelfCare", "Breathing circle"))
        self.setAccessibleDescription(
            translate("SelfCare", "Grows as you breathe in and shrinks as you breathe out.")
        )

    def set_size(self, value: float) -> None:
        """Grow or shrink to ``value`` (clamped to 0-1)."""
        value = min(max(value, 0.0), 1.0)
        if value != self.size_value:
            self.size_value = value
            self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 14
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 6
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = min(self.width(), self.height()) / 2 - 4
        smallest = largest * 0.3
        radius = smallest + (largest - smallest) * self.size_value
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        guide = QColor(accent)
        guide.setAlphaF(0.35)
        painter.setPen(QPen(guide, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)  # how full "full" is
        fill = QColor(accent)
        fill.setAlphaF(0.55)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
