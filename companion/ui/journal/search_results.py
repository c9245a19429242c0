"""Search results: one card per hit with the matches in bold.

The snippet's own Markdown is rendered (``**bold**`` shows bold, never the asterisks)
by the same safe renderer as the entry preview, so nothing typed in an entry can turn
into HTML here; a screen reader hears the snippet's words without the syntax.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.core.journal.markdown import markdown_to_text, snippet_to_html
from companion.core.journal.models import SearchHit
from companion.ui.journal.entry_list import ENTRY_ID_ROLE, EntryListView
from companion.ui.journal.mood_face import mood_word
from companion.ui.journal.timeline_view import first_line
from companion.ui.shell.i18n import translate
from companion.ui.widgets.wrapped_rows import relayout_on_new_width

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._date_text: list[str] = []

    def set_hits(self, hits: list[SearchHit], date_texts: list[str]) -> None:
        """Replace the results (``date_texts`` are the hits' local dates, preformatted)."""
        self.beginResetModel()
        self._hits, self._date_text = list(hits), list(date_texts)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        """The current hits."""
        return list(self._hits)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        when = self._date_text[index.row()]
        title = first_line(hit.entry)
        if role == ENTRY_ID_ROLE:
            return hit.entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            snippet = markdown_to_text(hit.snippet)
            if hit.entry.mood:
                #: A search result read aloud: {when} is its date and time, {mood} a mood word,
                #: {title} the entry's title or first line, {snippet} the text around the match.
                return translate("Journal", "{when}, mood {mood}: {title}. {snippet}").format(
                    when=when, mood=mood_word(hit.entry.mood), title=title, snippet=snippet
                )
            #: A search result read aloud: {when} is its date and time, {title} the entry's title or
            #: first line, {snippet} the text around the match.
            return translate("Journal", "{when}: {title}. {snippet}").format(
                when=when, title=title, snippet=snippet
            )
        if role == HTML_ROLE:
            spans = tuple((s.start, s.end) for s in hit.highlights)
            mood = f" · {html.escape(mood_word(hit.entry.mood))}" if hit.entry.mood else ""
            return (
                f"<div><b>{html.escape(title)}</b></div>"
                f"<div><small>{html.escape(when)}{mood}</small></div>"
                f"<div>{snippet_to_html(hit.snippet, spans)}</div>"
            )
        return None


class _HtmlDelegate(QStyledItemDelegate):
    """Lays out each result's HTML with a QTextDocument (wraps, scales with the font)."""

    def _document(self, option: QStyleOptionViewItem, index: _Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(80, width - 16))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Measured at the width the row is painted at: the list's viewport, which a row
        # fills. Not option.rect: Qt passes the viewport's rect while it lays the rows
        # out and an empty one when it asks for a single row's rectangle, and two
        # widths would give two heights, one row painted over the next.
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        doc = self._document(option, index, width)
        return QSize(int(doc.idealWidth()) + 16, int(doc.size().height()) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        if selected:
            painter.fillRect(option.rect, pal.color(QPalette.ColorRole.Highlight))
        doc = self._document(option, index, option.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, pal.color(role))
        painter.translate(option.rect.left() + 8, option.rect.top() + 6)
        ctx.clip = QRectF(0, 0, option.rect.width() - 16, option.rect.height() - 12)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(pal.color(role))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class SearchResultsView(EntryListView):
    """The list of hits; Enter, a click or arrowing onto a hit opens the entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(translate("Journal", "Search results"))
        self.results_model = SearchResultsModel(self)
        self.setModel(self.results_model)
        self.setItemDelegate(_HtmlDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.watch_current()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        relayout_on_new_width(self, event)  # a hit's snippet wraps to the list's width
