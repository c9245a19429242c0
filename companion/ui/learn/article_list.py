"""The Learn list, and how one article looks in it: its title in bold, the summary, the
reading time — wrapped to the list's width, never cut short with "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from companion.ui.widgets.wrapped_rows import relayout_on_new_width

TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class ArticleList(QListWidget):
    """The list of articles: its rows are as tall as their text wrapped to its width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        relayout_on_new_width(self, event)


class ArticleDelegate(QStyledItemDelegate):
    """Draws an item whose display text is "summary\\nreading time" under a bold title."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _parts(self, index: _Index) -> tuple[str, str]:
        return str(index.data(TITLE_ROLE) or ""), str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def _pad(self, option: QStyleOptionViewItem) -> int:
        return max(4, option.fontMetrics.height() // 3)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        pad = self._pad(option)
        width = max(10, self._view.viewport().width() - 2 * self._view.spacing() - 2 * pad)
        title, body = self._parts(index)
        bold = QFont(option.font)
        bold.setBold(True)
        flags = int(Qt.TextFlag.TextWordWrap)
        top = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 100_000), flags, title)
        rest = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, body)
        return QSize(width + 2 * pad, top.height() + rest.height() + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self._view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        pad = self._pad(option)
        area = option.rect.adjusted(pad, pad, -pad, -pad)
        title, body = self._parts(index)
        painter.save()
        painter.setPen(option.palette.color(role))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        used = painter.boundingRect(area, flags, title)
        painter.drawText(area, flags, title)
        painter.setFont(option.font)
        painter.drawText(area.adjusted(0, used.height(), 0, 0), flags, body)
        painter.restore()
