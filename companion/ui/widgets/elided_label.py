"""A one-line label that gives way to its neighbours: shortened with "…" when the room
is too narrow, the whole text in its tooltip (a window title in a narrow header, the
month's name beside the calendar's arrows at large text)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "\u2026"


class ElidedLabel(QLabel):
    """Asks for room for its whole text, accepts less: then ``text()`` is the shortened
    line and :meth:`full_text` the whole one.

    Args:
        least_chars: How many letters (before the "…") it keeps at the narrowest; 0 lets
            it shrink away entirely.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, least_chars: int = 0):
        super().__init__(text, parent)
        self._full = text
        self._least_chars = least_chars

    def full_text(self) -> str:
        """The text as written in full."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened to the label's width if it must be."""
        self._full = text
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._full) + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = 0
        if self._least_chars:
            metrics = self.fontMetrics()
            width = metrics.averageCharWidth() * self._least_chars
            width += metrics.horizontalAdvance(ELLIPSIS)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        if not self.isVisible() and width <= 0:
            shown = self._full  # not laid out yet: the whole text until it is
        else:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip("" if shown == self._full else self._full)
