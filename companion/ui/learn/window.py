"""The Learn window: a list of short articles and a reader, offline and without unlocking.

The list shows each article's title, summary and reading time; choosing one shows it in
the reader. "Get help now (F1)" stays in view above both. A broken article file is left
out of the list (and logged by the loader) so the others still open.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.core.learn.articles import ArticleInfo, article, articles
from companion.core.learn.errors import ArticleError
from companion.ui.learn.article_list import TITLE_ROLE, ArticleDelegate, ArticleList
from companion.ui.learn.reader import ArticleReader
from companion.ui.shell.i18n import translate
from companion.ui.shell.theme import HelpButtonSource, heading
from companion.ui.shell.window_titles import screen_title

log = logging.getLogger(__name__)
_ID = Qt.ItemDataRole.UserRole + 1


def reading_time(minutes: int) -> str:
    """ "1-minute read" / "4-minute read" in the person's language."""
    if minutes == 1:
        return translate("Learn", "1-minute read")
    return translate("Learn", "%n-minute read", None, minutes)


class LearnWindow(QWidget):
    """Articles about stigma, talking, supporting a friend, peer groups and finding help.

    Args:
        parent: The owning widget (``None``: a window of its own).
        language: The articles' language (English where an article has no copy).
        help_access: Gives the "Get help now (F1)" button.
        root: Where the articles are (tests); the bundled ones by default.
    """

    article_shown = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        help_access: HelpButtonSource | None = None,
        root: Path | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("learnWindow")
        self.setWindowTitle(screen_title(translate("Learn", "Learn")))
        self.setAccessibleName(translate("Learn", "Learn"))
        self._language = language
        self._root = root
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(translate("Learn", "Learn"), self), 1)
        if help_access is not None:
            self.help_button = help_access.button(self)
            top.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.pointer = QLabel(
            translate(
                "Learn",
                "Need to talk to someone now? Press F1 or choose Get help now for helplines "
                "in your country. It works offline.",
            ),
            self,
        )
        self.pointer.setObjectName("learnHelpPointer")
        self.pointer.setWordWrap(True)
        font = self.pointer.font()
        font.setBold(True)
        self.pointer.setFont(font)
        layout.addWidget(self.pointer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.list = ArticleList(self.splitter)
        self.list.setObjectName("learnList")
        self.list.setAccessibleName(translate("Learn", "Articles"))
        self.list.setSpacing(4)
        self.list.setItemDelegate(ArticleDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda item, _old: self._show_item(item))
        self.reader = ArticleReader(self.splitter)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        layout.addWidget(self.splitter, 1)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 40)
        self.splitter.setSizes([metrics.averageCharWidth() * 38, metrics.averageCharWidth() * 90])
        self.infos: list[ArticleInfo] = []
        self.reload()
        # Opens with the keyboard on the list (Qt would otherwise give the focus to
        # nothing until the first Tab, while the list already shows its first article).
        self.list.setFocus()

    def reload(self) -> None:
        """Read the list of articles again and show the first."""
        self.infos = articles(self._language, self._root)
        self.list.clear()
        for info in self.infos:
            item = QListWidgetItem(f"{info.summary}\n{reading_time(info.reading_minutes)}")
            item.setData(TITLE_ROLE, info.title)
            item.setData(_ID, info.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{info.title}. {info.summary} {reading_time(info.reading_minutes)}.",
            )
            self.list.addItem(item)
        if self.infos:
            self.list.setCurrentRow(0)
        else:
            self.reader.set_markdown(
                translate(
                    "Learn", "The articles could not be found. Help is still one key away: F1."
                )
            )

    def open_article(self, article_id: str) -> bool:
        """Show the article with ``article_id``; False when there is no such article."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID) == article_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def current_id(self) -> str | None:
        """The id of the article shown."""
        item = self.list.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def _show_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        article_id = str(item.data(_ID))
        try:
            found = article(article_id, self._language, self._root)
        except ArticleError as exc:
            log.error("learn article %s could not be shown: %s", article_id, exc.reason)
            self.reader.set_markdown(translate("Learn", "This article could not be opened."))
            return
        self.reader.set_markdown(found.body)
        self.reader.setAccessibleName(
            translate("Learn", "Article: {title}").format(title=found.info.title)
        )
        self.article_shown.emit(article_id)
