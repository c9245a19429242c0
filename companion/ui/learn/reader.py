"""The article reader: Markdown shown read-only, nothing ever loaded from anywhere.

The journal's ``MarkdownView`` cannot be used here: importing it imports the journal
package (and with it the vault's database driver), and Learn must work at the lock
screen without either. The articles are Companion's own files, so Qt's own Markdown
reader is used with raw HTML turned off; like ``MarkdownView``, it never loads a
resource and hands a link to the operating system only when clicked, for a few ordinary
schemes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from companion.ui.shell.i18n import translate
from companion.ui.widgets.viewport_name import NamesItsViewport

_OPENABLE = frozenset({"https", "http", "mailto", "tel"})
_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class ArticleReader(NamesItsViewport, QTextBrowser):
    """Shows one article's Markdown."""

    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnReader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(translate("Learn", "Article"))
        self.anchorClicked.connect(self._on_anchor)

    def set_markdown(self, text: str) -> None:
        """Show ``text`` (CommonMark, raw HTML shown as text)."""
        self.document().setMarkdown(text, _FEATURES)
        # Each article opens at its title, whatever the previous one was scrolled to.
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        # Nothing is ever loaded: not remote images, not local files, not style sheets.
        return None

    def _on_anchor(self, url: QUrl) -> None:
        self.link_clicked.emit(url)
        if url.scheme().lower() in _OPENABLE:
            QDesktopServices.openUrl(url)
