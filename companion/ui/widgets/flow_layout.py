"""A layout that wraps its items onto new lines like words, so rows of chips or buttons
never clip or scroll sideways at large font sizes or in a narrow window.

One implementation serves the journal's chips and the help panel's buttons. It is a
``QLayout`` (rather than a widget placing its children by hand) so that Qt's own sizing
does the bookkeeping: a child whose size hint changes (a chip gaining its check mark, a
font growing to 200 %) or that is shown or hidden invalidates the layout, and the
parent's height follows the width through ``heightForWidth``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from companion.ui.widgets.item_layout import ItemLayout


class FlowLayout(ItemLayout):
    """A layout that fills rows in reading order and starts a new row when the next item
    does not fit: from the left, or from the right when its widget is laid out right to
    left (Arabic), so a row of buttons reads in the same order as the text around it.

    Items keep their size hint; hidden widgets take no room. Rows are ``spacing``
    pixels apart, as are the items within a row.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        # Qt asks for the height at a width many times per layout pass, and every ask
        # runs Python: remember the answers until something inside changes (Qt calls
        # invalidate() when a child's size hint, visibility or font changes; the base
        # class's set-up calls it already, hence before super().__init__).
        self._heights: dict[int, int] = {}
        self._spacing = spacing
        super().__init__(parent)

    def _items_changed(self) -> None:
        self._heights.clear()

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def spacing(self) -> int:
        """Pixels between items in a row and between rows."""
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        """Change the gap between items and rows (re-lays out)."""
        self._spacing = spacing
        self.invalidate()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._arrange(QRect(0, 0, width, 0), apply=False)
            self._heights[width] = height
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        # Items are placed at their size hint, so the narrowest useful width is the
        # widest visible item: one item per row.
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x = area.x()
                y += row_height + self._spacing
                row_height = 0
            if apply:
                self._put(item, QRect(x, y, hint.width(), hint.height()), rect)
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def flow_container(parent: QWidget | None = None, spacing: int = 8) -> tuple[QWidget, FlowLayout]:
    """A plain widget holding a :class:`FlowLayout`, whose height follows its width.

    Args:
        parent: The widget that will own the container.
        spacing: Pixels between items and between rows.

    Returns:
        ``(container, layout)``: add the container to the surrounding layout and the
        items to ``layout`` (``layout.addWidget(...)`` reparents them to the container).
    """
    box = QWidget(parent)
    # No height-for-width size policy is needed: a widget with a layout answers
    # hasHeightForWidth() from its layout, and FlowLayout says yes. (QSizePolicy's first
    # use would also make PySide6 build its enums on the way to help's first paint.)
    layout = FlowLayout(box, spacing)
    return box, layout
