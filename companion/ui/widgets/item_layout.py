"""What Companion's own layouts share: their items in a list, and placing an item in
reading order (mirrored in a right-to-left widget)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemLayout(QLayout):
    """A layout keeping its items in a list, for subclasses that place them by hand.

    Subclasses lay out left to right and call :meth:`_put`, which mirrors the place
    inside the layout's rectangle when the widget reads right to left.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def _items_changed(self) -> None:
        """Called when an item is added or taken (a subclass drops what it measured)."""

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._items_changed()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._items_changed()
        return self._items.pop(index)

    def _shown(self) -> list[QLayoutItem]:
        """The items that take room (a hidden widget takes none)."""
        return [item for item in self._items if not item.isEmpty()]

    def _put(self, item: QLayoutItem, place: QRect, bounds: QRect) -> None:
        """Give ``item`` the left-to-right ``place`` inside ``bounds``, mirrored for a
        right-to-left widget. (``isRightToLeft()`` rather than a comparison with
        ``Qt.LayoutDirection``: the Qt namespace's first use makes PySide6 build its
        enums, about 10 ms before help's first paint.)"""
        parent = self.parentWidget()
        if parent is not None and parent.isRightToLeft():
            place = QRect(place)
            place.moveLeft(bounds.left() + bounds.right() - place.right())
        item.setGeometry(place)
