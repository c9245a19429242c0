"""Issue 13's list, each caught where a test can catch it: elided timeline lines, search
snippets without raw Markdown, dates in the locale's format, window titles that name the
screen, stable chip widths, no nested scroll bar, and mood faces that read as their word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.timeline_view import ENTRY_ROLE, TimelineDelegate
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session
from companion.ui.widgets.elide import ELLIPSIS, elide_words

from .conftest import StubHelp


class RecordingPainter(QPainter):
    """A painter that remembers every piece of text drawn, with its font."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, int, QFont]] = []

    def drawText(self, *args: Any) -> None:
        if len(args) == 3 and isinstance(args[0], QRect) and isinstance(args[2], str):
            self.texts.append((args[2], args[0].width(), QFont(self.font())))
        super().drawText(*args)


def test_elide_words_cuts_at_a_word_and_says_so(qapp: object) -> None:
    metrics = QFontMetrics(QFont())
    text = "Busy day at work. A short walk at lunch helped more than I expected"
    width = metrics.horizontalAdvance("Busy day at work. A sh")
    short = elide_words(text, metrics, width)
    assert short.endswith(ELLIPSIS)
    assert metrics.horizontalAdvance(short) <= width
    kept = short.removesuffix(ELLIPSIS)
    assert text.startswith(kept)
    assert text[len(kept)] in " ."  # the next character starts a new word
    assert elide_words("Fits", metrics, 1000) == "Fits"
    assert elide_words("Unbreakableword", metrics, metrics.horizontalAdvance("Unbr")).endswith(
        ELLIPSIS
    )


def test_timeline_lines_end_in_an_ellipsis_at_a_word(
    qtbot: QtBot, session: Session, clock: FakeClock, help_access: StubHelp, prefs: PreferencesStore
) -> None:
    # Seen by hand: "Busy day at work. A s" and "Okay · work · time outs" — cut mid-word,
    # the second line in bold (wider than it was measured for), without "…".
    session.save_entry(
        None,
        EntryDraft(
            text="Busy day at work. A short walk at lunch helped more than I expected.",
            mood=Mood.OKAY,
            tags=("work", "time outside", "friends", "cooking", "reading"),
        ),
    )
    window = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    view = window.timeline
    model = view.timeline_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ENTRY_ROLE))
    index = model.index(row)
    delegate = view.itemDelegate()
    assert isinstance(delegate, TimelineDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 260, delegate.sizeHint(option, index).height())
    image = QImage(QSize(260, option.rect.height()), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        delegate.paint(painter, option, index)
    finally:
        painter.end()
    lines = [t for t in painter.texts if ":" not in t[0]]  # not the time of day
    assert len(lines) == 2
    title, second = lines
    assert title[2].bold()
    assert not second[2].bold()  # the second line stays regular
    full = (
        "Busy day at work. A short walk at lunch helped more than I expected.",
        "Okay · work · time outside · friends · cooking · reading",
    )
    for (text, width, font), whole in zip(lines, full, strict=True):
        assert text.endswith(ELLIPSIS), text
        assert QFontMetrics(font).horizontalAdvance(text) <= width
        kept = text.removesuffix(ELLIPSIS)
        assert whole.startswith(kept)
        assert whole[len(kept)] in " .·", text
