"""The Learn window: the articles, the reader, help in view, and no unlocking needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from companion.core.learn.articles import articles
from companion.ui.learn.window import LearnWindow
from tests.ui.fit.geometry import rows_drawn_over

LOCKED = ("companion.core.vault", "companion.core.journal", "companion.ui.shell.session")


def test_learn_needs_no_unlocking() -> None:
    code = (
        "import sys\n"
        "import companion.ui.learn.window\n"
        f"print(sorted(m for m in sys.modules if m.startswith({LOCKED!r}) or m == 'sqlcipher3'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_list_shows_title_summary_and_reading_time(qtbot: QtBot) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    infos = articles()
    assert len(infos) >= 6
    assert window.list.count() == len(infos)
    first = window.list.item(0)
    assert infos[0].summary in first.text()
    assert f"{infos[0].reading_minutes}-minute read" in first.text() or (
        infos[0].reading_minutes == 1 and "1-minute read" in first.text()
    )
    spoken = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert infos[0].title in spoken


def test_choosing_an_article_shows_it(qtbot: QtBot) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.article_shown, timeout=1000) as shown:
        assert window.open_article("supporting-a-friend")
    assert shown.args == ["supporting-a-friend"]
    text = window.reader.toPlainText()
    assert text.startswith("Supporting a friend")
    assert "F1" in text
    assert window.reader.verticalScrollBar().value() == 0
    assert not window.open_article("no-such-article")


def test_help_is_always_pointed_to(qtbot: QtBot, help_access) -> None:
    window = LearnWindow(help_access=help_access)
    qtbot.addWidget(window)
    assert "F1" in window.pointer.text()
    assert window.help_button.accessibleName() == "Get help now"


def test_the_reader_loads_nothing(qtbot: QtBot) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    remote = QUrl("https://example.org/tracker.png")
    assert window.reader.loadResource(int(QTextDocument.ResourceType.ImageResource), remote) is None
    window.reader.set_markdown("<b>raw</b> ![x](https://example.org/x.png)")
    assert "<b>raw</b>" in window.reader.toPlainText()  # raw HTML is shown as text


def test_a_broken_article_leaves_the_others(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "good.md").write_text(
        "---\nid: good\ntitle: Good\nsummary: Fine.\norder: 1\n---\n# Good\n\nWords.\n",
        encoding="utf-8",
    )
    (folder / "broken.md").write_text("no header here", encoding="utf-8")
    window = LearnWindow(root=tmp_path)
    qtbot.addWidget(window)
    assert window.list.count() == 1
    assert window.current_id() == "good"


def test_every_control_is_named(qtbot: QtBot, controls_of, checks) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controls = controls_of(window)
    assert len(controls) >= 2
    assert [type(w).__name__ for w in controls if not checks.spoken_name(w).strip()] == []


def test_text_at_200_percent_is_not_clipped(qtbot: QtBot, big_font, controls_of, checks) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert window.pointer.font().pointSizeF() >= big_font.pointSizeF()
    assert checks.clipped(controls_of(window)) == []
    # Every list item is tall enough for its wrapped words: nothing ends in "…".
    delegate = window.list.itemDelegate()
    for row in range(window.list.count()):
        item = window.list.item(row)
        rect = window.list.visualItemRect(item)
        option = QStyleOptionViewItem()
        option.initFrom(window.list)
        needed = delegate.sizeHint(option, window.list.indexFromItem(item)).height()
        assert rect.height() >= needed


def test_the_window_opens_with_the_keyboard_on_the_articles(qtbot: QtBot) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list)
    # The article's text area is named after the article, like the reader around it.
    window.open_article("supporting-a-friend")
    assert window.reader.viewport().accessibleName() == window.reader.accessibleName()
    assert "Supporting a friend" in window.reader.viewport().accessibleName()


def test_articles_keep_their_gaps_when_the_list_changes_width(qtbot: QtBot) -> None:
    """The rows wrap to the list's width. When it changes (the scroll bar appearing as
    the window opens, the splitter moved either way) they are laid out again, never
    painted over the next article's title."""
    window = LearnWindow()
    qtbot.addWidget(window)
    window.resize(640, 420)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(150)  # Qt lays rows out from the event loop
    assert window.list.verticalScrollBar().isVisible()
    assert rows_drawn_over(window.list) == []
    for change in (150, -200):
        sizes = window.splitter.sizes()
        window.splitter.setSizes([sizes[0] + change, sizes[1] - change])
        qtbot.wait(150)
        assert rows_drawn_over(window.list) == [], f"after moving the splitter by {change}"


def _line_starts(image: QImage, area: QRect, base: QColor) -> list[int]:
    """Where each line of text inside ``area`` starts: the first column with ink, for
    each band of pixel rows that have ink."""
    starts: list[int] = []
    in_line = False
    for y in range(area.top(), area.bottom() + 1):
        inked = [
            x
            for x in range(area.left(), area.right() + 1)
            if abs(image.pixelColor(x, y).lightness() - base.lightness()) > 60
        ]
        if inked and not in_line:
            starts.append(min(inked))
        elif inked:
            starts[-1] = min(starts[-1], min(inked))
        in_line = bool(inked)
    return starts


def test_english_articles_read_left_to_right_in_a_right_to_left_window(qtbot: QtBot) -> None:
    """In the Arabic interface an English title and summary still start at the left and
    end with their full stop on the right, as the labels around them do."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as Arabic sets it
    try:
        window = LearnWindow()
        qtbot.addWidget(window)
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(150)
        view = window.list
        assert view.isRightToLeft()
        index = view.model().index(1, 0)  # not the current row: plain text on the base colour
        assert str(index.data()).split("\n")[0].endswith(".")  # the summary's full stop
        image = view.viewport().grab().toImage()
        pad = max(4, view.fontMetrics().height() // 3)
        area = view.visualRect(index).adjusted(pad, pad, -pad, -pad)
        base = view.palette().color(view.viewport().backgroundRole())
        starts = _line_starts(image, area, base)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert len(starts) >= 3  # title, summary, reading time
    assert all(start <= area.left() + 3 for start in starts), (area.left(), starts)
