"""A list of entries where moving the current row opens that entry.

The timeline and the search results share this behaviour; only their models and
delegates differ.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QListView

# The data role under which both models give a row's entry id (headers give none).
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EntryListView(QListView):
    """Emits ``entry_activated(id)`` when a click or the arrows make an entry current.

    Subclasses set their model, then call :meth:`watch_current`.
    """

    entry_activated = Signal(int)

    def watch_current(self) -> None:
        """Start opening entries as the current row moves (after ``setModel``)."""
        self.selectionModel().currentChanged.connect(self._on_current)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current when the list gains focus; tabbing through must
        # not open an entry by itself, so that first move happens silently.
        if self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        blocker = QSignalBlocker(self.selectionModel())
        try:
            super().focusInEvent(event)
        finally:
            blocker.unblock()

    def _on_current(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        if not current.isValid():
            return
        entry_id = current.data(ENTRY_ID_ROLE)
        if isinstance(entry_id, int) and entry_id >= 0:
            self.entry_activated.emit(entry_id)
