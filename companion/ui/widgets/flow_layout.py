"""A box that places child widgets left to right and wraps them like words (for chips).

Written as a widget that positions its children itself rather than as a ``QLayout``
subclass: PySide6 6.12 loses a reference to ``None`` each time C++ iterates a
Python-implemented layout past its end (``itemAt`` returning ``None``), which eventually
crashes the interpreter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FlowBox(QWidget):
    """Children wrap onto new lines; the height follows the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QWidget] = []
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add_widget(self, widget: QWidget) -> None:
        """Append ``widget`` (it becomes a child of the box)."""
        widget.setParent(self)
        self._items.append(widget)
        widget.show()
        self.relayout()

    def remove_all(self) -> None:
        """Delete every child placed in the box."""
        for widget in self._items:
            widget.deleteLater()
        self._items.clear()
        self.relayout()

    def relayout(self) -> None:
        """Re-place the children (call after showing or hiding some)."""
        self._arrange(self.width(), apply=True)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(width, apply=False)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self._arrange(width, apply=False))

    def minimumSizeHint(self) -> QSize:
        widest = max((w.sizeHint().width() for w in self._items), default=0)
        return QSize(widest, self._arrange(max(widest, 1), apply=False))

    def event(self, event: QEvent) -> bool:
        # A child whose size hint changed (a chip gaining its check mark) posts a layout
        # request to its parent; without a QLayout nobody else would re-place it.
        if event.type() == QEvent.Type.LayoutRequest:
            self.relayout()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width(), apply=True)

    def _arrange(self, width: int, *, apply: bool) -> int:
        x = y = line_height = 0
        for widget in self._items:
            if widget.isHidden():
                continue
            hint = widget.sizeHint()
            if x > 0 and x + hint.width() > width:
                x = 0
                y += line_height + self._spacing
                line_height = 0
            if apply:
                widget.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height
