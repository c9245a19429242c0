"""A row of a quiet choice and a main button that stacks when it does not fit.

The lock screen, for one, ends each page with a link at the start ("Use recovery code instead")
and its main button at the end ("Unlock"). At large text, or in a longer language, the
two side by side were wider than the window and the screen scrolled sideways. This row
keeps them side by side while they fit, and otherwise puts each on a line of its own:
the first at the start, the last at the end, in reading (and Tab) order. Right to left,
start and end swap sides.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayoutItem, QWidget

from companion.ui.widgets.item_layout import ItemLayout


class ButtonRow(ItemLayout):
    """The first items at the start of the line, the last at its end; stacked when the
    line is too narrow for all of them."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._gap = spacing

    # --- sizes ------------------------------------------------------------------------

    def _one_line_width(self) -> int:
        shown = self._shown()
        return sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)

    def fits_on_one_line(self, width: int) -> bool:
        """True when every item fits side by side in ``width`` pixels."""
        return self._one_line_width() <= width

    def sizeHint(self) -> QSize:
        shown = self._shown()
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(self._one_line_width(), height)

    def minimumSize(self) -> QSize:
        # Stacked, the row is as narrow as its widest item allows.
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # --- placing ----------------------------------------------------------------------

    def _height_at(self, item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height used."""
        shown = self._shown()
        if not shown:
            return 0

        def place(item: QLayoutItem, area: QRect) -> None:
            if apply:
                self._put(item, area, rect)  # mirrored for a right-to-left window

        if self.fits_on_one_line(rect.width()):
            height = max(item.sizeHint().height() for item in shown)
            x = rect.x()
            for item in shown[:-1]:  # from the start of the line
                hint = item.sizeHint()
                top = rect.y() + (height - hint.height()) // 2
                place(item, QRect(x, top, hint.width(), hint.height()))
                x += hint.width() + self._gap
            last = shown[-1].sizeHint()  # the main button, at the end of the line
            place(
                shown[-1],
                QRect(
                    rect.x() + rect.width() - last.width(),
                    rect.y() + (height - last.height()) // 2,
                    last.width(),
                    last.height(),
                ),
            )
            return height
        y = rect.y()
        for index, item in enumerate(shown):
            width = min(item.sizeHint().width(), rect.width())
            width = max(width, min(item.minimumSize().width(), rect.width()))
            height = self._height_at(item, width)
            at_end = index == len(shown) - 1 and len(shown) > 1
            x = rect.x() + rect.width() - width if at_end else rect.x()
            place(item, QRect(x, y, width, height))
            y += height + self._gap
        return y - self._gap - rect.y()
