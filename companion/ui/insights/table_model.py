"""The table beside every chart: an insight's :class:`Table` as a Qt model.

Screen readers read a :class:`QTableView` cell by cell with its headers, which no
hand-drawn chart can offer; the same rows back the "Show as table" view of each chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from companion.core.insights.table import Table
from companion.ui.insights.words import word

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableContent:
    """Translated headers and text rows; ``numeric[i]`` aligns column ``i`` right."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]


def translated(table: Table, headers: dict[str, str] | None = None) -> TableContent:
    """A core table with its fixed words translated.

    Args:
        table: The insight's table.
        headers: Column titles by column id that replace the core's (for titles with
            numbers in them, which the caller words itself).
    """
    chosen = headers or {}
    titles = tuple(chosen.get(c.id, word(c.title)) for c in table.columns)
    rows = tuple(
        tuple(word(cell) for cell in row) for row in table.text_rows(decimals=2, blank="–")
    )
    return TableContent(titles, rows, tuple(c.numeric for c in table.columns))


class InsightTableModel(QAbstractTableModel):
    """Read-only rows of text under translated headers."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._content = TableContent((), (), ())

    def set_content(self, content: TableContent) -> None:
        """Replace everything shown."""
        self.beginResetModel()
        self._content = content
        self.endResetModel()

    @property
    def content(self) -> TableContent:
        """What the model shows (tests read it)."""
        return self._content

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._content.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._content.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._content.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = self._content.numeric[index.column()]
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._content.headers[section] if section < len(self._content.headers) else None
        return str(section + 1)
