"""The journal's left column in a narrow window or at large text: it never scrolls
sideways, what must stay on one line ends in "…" with the whole text as tooltip, and a
long title opens at its start (issue 12)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTextOption
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood, TagKind
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.timeline_view import ENTRY_ROLE, TimelineDelegate
from companion.ui.shell.session import Session

LONG_TITLE = (
    "A very long title about a long walk by the river with an old friend, and the rain "
    "that started just when we reached the bridge"
)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _narrowest(window: MainWindow) -> None:
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([0, total])
    _settle()


def test_a_long_title_opens_at_its_start(
    window: MainWindow, session: Session, clock: FakeClock
) -> None:
    entry = session.save_entry(
        None, EntryDraft(text="Tea by the window.", title=LONG_TITLE, mood=Mood.GOOD)
    )
    window.open_entry(entry.id)
    _settle()
    assert window.editor.title_edit.text() == LONG_TITLE
    assert window.editor.title_edit.cursorPosition() == 0


def test_the_column_is_never_narrower_than_what_it_holds(window: MainWindow) -> None:
    window.search_bar.filters_button.setChecked(True)
    _settle()
    _narrowest(window)
    column = window.left_scroll
    content = column.widget()
    assert content is not None
    assert column.width() == column.minimumWidth()
    assert column.viewport().width() >= content.minimumSizeHint().width()
    assert column.horizontalScrollBar().maximum() == 0
    # Hiding the filters lets the column narrow again: the minimum follows the content.
    with_filters = column.minimumWidth()
    window.search_bar.filters_button.setChecked(False)
    _settle()
    assert column.minimumWidth() <= with_filters


def test_in_a_narrow_column_one_line_texts_end_in_an_ellipsis_with_a_tooltip(
    window: MainWindow, session: Session, clock: FakeClock
) -> None:
    long_tag = "walking by the river with an old friend"
    session.journal.add_tag(long_tag, TagKind.ACTIVITY)
    session.save_entry(
        None,
        EntryDraft(
            text="Out all afternoon.",
            mood=Mood.GOOD,
            tags=(long_tag,),
            created_at=clock.now() - timedelta(days=1),
        ),
    )
    bar = window.search_bar
    bar.reload_vocabulary()
    bar.filters_button.setChecked(True)
    _narrowest(window)
    box = bar.tag_box
    box.setCurrentIndex(box.findText(long_tag))
    _settle()
    assert box.currentText() == long_tag
    assert box.width() < box.fontMetrics().horizontalAdvance(long_tag)
    shown = box.shown_text()  # type: ignore[attr-defined]
    assert shown.endswith("…")
    assert long_tag.startswith(shown.removesuffix("…"))
    assert box.toolTip() == long_tag
    # A wide column: the whole choice again, and no tooltip left over.
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total * 2 // 3, total - total * 2 // 3])
    _settle()
    assert box.width() > box.fontMetrics().horizontalAdvance(long_tag)
    assert box.shown_text() == long_tag  # type: ignore[attr-defined]
    assert box.toolTip() == ""
    _narrowest(window)
    # The month's name, squeezed as far as it goes, says so; the tooltip and the name
    # a screen reader hears stay whole.
    month = window.calendar.month_label
    full = month.full_text()
    month.resize(month.minimumSizeHint().width(), month.height())  # resized at once
    assert month.text().endswith("…")
    assert month.toolTip() == full
    assert full in month.accessibleName()


def test_the_mood_filter_buttons_wrap_in_a_narrow_column(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.search_bar
    bar.filters_button.setChecked(True)
    _narrowest(window)
    buttons = list(bar.mood_buttons.values())
    tops = {button.geometry().top() for button in buttons}
    assert len(tops) > 1, "the five mood buttons should take more than one line"
    area = buttons[0].parentWidget()
    assert area is not None
    for button in buttons:
        assert area.rect().contains(button.geometry()), button.text()


class _LinePainter(QPainter):
    """Remembers each line drawn with a QTextOption: its text, place and options."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.lines: list[tuple[str, QRectF, QTextOption]] = []

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], QTextOption):
            self.lines.append((args[1], QRectF(args[0]), QTextOption(args[2])))
        super().drawText(*args)


def test_timeline_cards_mirror_right_to_left_and_each_line_keeps_its_direction(
    window: MainWindow, session: Session
) -> None:
    """In a right-to-left window a card starts at the right (time, face, then the
    title); an English title still reads left to right, so its "…" is at its end."""
    session.save_entry(
        None, EntryDraft(text="Tea by the window.", title=LONG_TITLE, mood=Mood.OKAY)
    )
    view = window.timeline
    model = view.timeline_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ENTRY_ROLE))
    index = model.index(row)
    delegate = view.itemDelegate()
    assert isinstance(delegate, TimelineDelegate)
    drawn: dict[Qt.LayoutDirection, list[tuple[str, QRectF, QTextOption]]] = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.direction = direction
        option.rect = QRect(0, 0, 320, delegate.sizeHint(option, index).height())
        image = QImage(QSize(320, option.rect.height()), QImage.Format.Format_ARGB32)
        painter = _LinePainter(image)
        try:
            delegate.paint(painter, option, index)
        finally:
            painter.end()
        drawn[direction] = painter.lines
    for direction, lines in drawn.items():
        assert len(lines) == 3  # the time, the title, the line under it
        (_, time_at, _), (title, title_at, title_option), _ = lines
        assert title.endswith("…")
        assert title_option.textDirection() == Qt.LayoutDirection.LeftToRight
        if direction == Qt.LayoutDirection.RightToLeft:
            assert time_at.left() > title_at.right(), "the time comes first, at the right"
            assert title_option.alignment() & Qt.AlignmentFlag.AlignRight
        else:
            assert time_at.right() < title_at.left()
            assert title_option.alignment() & Qt.AlignmentFlag.AlignLeft
    # The two layouts mirror each other.
    ltr, rtl = drawn[Qt.LayoutDirection.LeftToRight], drawn[Qt.LayoutDirection.RightToLeft]
    for (_, a, _), (_, b, _) in zip(ltr, rtl, strict=True):
        assert abs((320 - a.right()) - b.left()) <= 1
