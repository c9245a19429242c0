"""The Learn list, and how one article looks in it: its title in bold, the summary, the
reading time — wrapped to the list's width, never cut short with "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from companion.ui.widgets.text_direction import wrapped_paragraph
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

    def _paragraphs(self, option: QStyleOptionViewItem, index: _Index) -> list[tuple[str, QFont]]:
        """The title in bold, then each line of the body: each is laid out in its own
        direction (an English summary in the Arabic interface reads left to right, the
        translated reading time under it right to left)."""
        title, body = self._parts(index)
        bold = QFont(option.font)
        bold.setBold(True)
        return [(title, bold), *((line, option.font) for line in body.split("\n"))]

    @staticmethod
    def _height(text: str, font: QFont, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        pad = self._pad(option)
        width = max(10, self._view.viewport().width() - 2 * self._view.spacing() - 2 * pad)
        height = sum(
            self._height(text, font, width) for text, font in self._paragraphs(option, index)
        )
        return QSize(width + 2 * pad, height + 2 * pad)

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
        painter.save()
        painter.setPen(option.palette.color(role))
        top = area.top()
        for text, font in self._paragraphs(option, index):
            height = self._height(text, font, area.width())
            painter.setFont(font)
            place = QRectF(area.left(), top, area.width(), height)
            painter.drawText(place, text, wrapped_paragraph(text, option.direction))
            top += height
        painter.restore()
