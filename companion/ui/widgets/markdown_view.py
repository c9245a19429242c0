"""A read-only preview of an entry's light Markdown.

Safe by construction: the HTML comes from ``markdown_to_html`` (which escapes the text),
the browser never follows a link by itself, and ``loadResource`` returns nothing, so an
``<img src="https://…">`` can never make the program fetch anything. A link goes to the
operating system only when the user clicks it, and only for a few ordinary schemes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from companion.core.journal.markdown import markdown_to_html
from companion.ui.shell.i18n import translate
from companion.ui.widgets.viewport_name import NamesItsViewport

_OPENABLE = frozenset({"https", "http", "mailto", "tel"})


class MarkdownView(NamesItsViewport, QTextBrowser):
    """Shows Markdown rendered to HTML; never loads remote resources."""

    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownPreview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(translate("Widgets", "Entry preview"))
        self.anchorClicked.connect(self._on_anchor)

    def set_markdown(self, text: str) -> None:
        """Render ``text`` (light Markdown) into the view."""
        self.setHtml(markdown_to_html(text))

    def set_document(self, text: str) -> None:
        """Render a bundled Markdown document (a licence, a README): GitHub's dialect, so
        its tables show as tables; raw HTML in it is shown as text, never run."""
        features = (
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML
        )
        self.document().setMarkdown(text, features)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        # Nothing is ever loaded: not remote images, not local files, not style sheets.
        return None

    def _on_anchor(self, url: QUrl) -> None:
        self.link_clicked.emit(url)
        if url.scheme().lower() in _OPENABLE:
            QDesktopServices.openUrl(url)
