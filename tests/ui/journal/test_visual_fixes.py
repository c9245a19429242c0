"""Issue 13's list, each caught where a test can catch it: elided timeline lines, search
snippets without raw Markdown, dates in the locale's format, window titles that name the
screen, stable chip widths, no nested scroll bar, and mood faces that read as their word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood, TagKind
from companion.core.journal.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS, TAG_LABELS
from companion.ui.journal.entry_details import TAG_LABEL_WORDS, EntryDetails
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.mood_face import brow_lines, paint_mood_face
from companion.ui.journal.search_bar import SearchBar
from companion.ui.journal.search_results import HTML_ROLE
from companion.ui.journal.timeline_view import ENTRY_ROLE, TimelineDelegate
from companion.ui.journal.trash_view import TrashView
from companion.ui.shell.dates_and_times import date_field_format
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session
from companion.ui.widgets.elide import ELLIPSIS, elide_words

from .conftest import StubHelp
from .helpers import show_active


class RecordingPainter(QPainter):
    """A painter that remembers every piece of text drawn, with its font."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, int, QFont]] = []

    def drawText(self, *args: Any) -> None:
        if len(args) == 3 and isinstance(args[0], QRect) and isinstance(args[2], str):
            self.texts.append((args[2], args[0].width(), QFont(self.font())))
        elif len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[1], str):
            # drawText(rect, text, QTextOption): a line in its own direction
            self.texts.append((args[1], int(args[0].width()), QFont(self.font())))
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


def test_date_filters_use_the_locales_way_of_writing_dates(qapp: object, session: Session) -> None:
    # Seen by hand: the From and To fields read "5 12 2026" (Qt's C locale).
    original = QLocale()
    try:
        QLocale.setDefault(QLocale.c())
        assert date_field_format() == "d MMM yyyy"
        bar = SearchBar(session)
        bar.from_edit.setDate(QDate(2026, 12, 5))
        assert bar.from_edit.text() == "5 Dec 2026"
        bar.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        bar = SearchBar(session)
        bar.from_edit.setDate(QDate(2026, 12, 5))
        assert bar.from_edit.text() == "05/12/2026"
        bar.deleteLater()
        us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        assert date_field_format(us) == "M/d/yyyy"  # four-digit years
    finally:
        QLocale.setDefault(original)


def test_an_entrys_time_reads_the_same_in_its_editor_as_in_the_list(
    qtbot: QtBot,
    session: Session,
    clock: FakeClock,
    help_access: StubHelp,
    prefs: PreferencesStore,
) -> None:
    """The editor's "When" field wrote 24-hour times beside a timeline in "12:17 AM"."""
    original = QLocale()
    english = QLocale.Language.English
    try:
        for country, twelve_hour, text in (
            (QLocale.Country.UnitedStates, True, "Tea in Ohio"),
            (QLocale.Country.UnitedKingdom, False, "Tea in Leeds"),
        ):
            QLocale.setDefault(QLocale(english, country))
            window = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
            qtbot.addWidget(window)
            show_active(qtbot, window)
            qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            assert window.editor.when_edit.date().year() == clock.now().year
            qtbot.keyClicks(window.editor.text_edit, text)
            assert window.editor.save_now()
            model = window.timeline.model()
            summaries = [
                str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))
                for row in range(model.rowCount())
            ]
            listed = [line.split(", no mood, ")[0] for line in summaries if text in line]
            assert len(listed) == 1
            assert ("AM" in listed[0] or "PM" in listed[0]) is twelve_hour
            assert window.editor.when_edit.text().endswith(f", {listed[0]}")
            window.close()
    finally:
        QLocale.setDefault(original)


def test_search_snippets_show_words_not_markdown(qapp: object, session: Session) -> None:
    session.save_entry(None, EntryDraft(text="Made tea. The **rain** stopped around *ten*."))
    bar = SearchBar(session)
    bar.query_edit.setText("stopped")
    bar.run_search()
    model = bar.results.results_model
    assert model.rowCount() == 1
    html = str(model.index(0).data(HTML_ROLE))
    spoken = str(model.index(0).data())
    assert "**" not in html
    assert "*ten*" not in html
    assert "<strong>rain</strong>" in html or "<b>rain</b>" in html
    assert "**" not in spoken
    bar.deleteLater()


def test_awful_reads_as_sad_not_angry(qapp: object) -> None:
    brows = brow_lines(Mood.AWFUL)
    assert len(brows) == 2
    for outer, inner in brows:
        assert inner[1] < outer[1]  # raised where they meet: sadness (anger meets low)
    assert all(brow_lines(m) == [] for m in Mood if m is not Mood.AWFUL)
    # It still frowns, and its face differs from "Bad" by shape, not only by colour.
    palette = QPalette()
    images = []
    for mood in (Mood.AWFUL, Mood.BAD):
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        paint_mood_face(painter, QRectF(0, 0, 64, 64), mood, palette, filled=False)
        painter.end()
        images.append(image)
    differing = sum(
        1
        for x in range(64)
        for y in range(64)
        if images[0].pixelColor(x, y).alpha() != images[1].pixelColor(x, y).alpha()
    )
    assert differing > 60


def test_trash_window_names_the_screen_and_is_kind_when_empty(
    qtbot: QtBot, session: Session
) -> None:
    trash = TrashView(session)
    qtbot.addWidget(trash)
    trash.show()
    assert trash.windowTitle() == "Trash — Companion"  # not just "Companion"
    assert trash.empty_note.isVisible()
    assert not trash.list.isVisible()
    assert trash.empty_note.text().startswith("Nothing in the trash.")
    entry = session.save_entry(None, EntryDraft(text="A PRIVATE line"))
    session.delete_entry(entry.id)
    assert trash.list.isVisible()
    assert not trash.empty_note.isVisible()
    assert "PRIVATE" not in trash.windowTitle()


def test_feelings_and_activities_have_no_scroll_bar_of_their_own(
    qtbot: QtBot, session: Session
) -> None:
    details = EntryDetails()
    qtbot.addWidget(details)
    details.set_vocabulary(
        BUILTIN_EMOTIONS,
        [n for n, k in BUILTIN_TAGS if k is TagKind.ACTIVITY],
        [n for n, k in BUILTIN_TAGS if k is TagKind.SELF_CARE],
    )
    details.resize(520, 900)
    details.show()
    qtbot.waitExposed(details)
    details.set_expanded(True)
    QApplication.processEvents()
    shown = [a for a in details.findChildren(QAbstractScrollArea) if a.isVisible()]
    assert shown == []  # (a closed combo box keeps its hidden pop-up list)
    # Every chip is on screen inside the details, none hidden below a fold.
    for chip in [*details.emotions.chips(), *details.tags.chips()]:
        bottom = chip.mapTo(details, QPoint(0, chip.height())).y()
        assert bottom <= details.height()


def test_activities_read_as_what_was_done(qtbot: QtBot, session: Session) -> None:
    # Seen by hand: the summary said "Did outdoors".
    details = EntryDetails()
    qtbot.addWidget(details)
    details.set_vocabulary(["calm"], ["outdoors", "reading"], ["rested"])
    details.set_selection(["calm"], ["outdoors", "reading"])
    text = details.toggle.text()
    assert "Did " not in text
    assert "Feeling calm · spent time outdoors, reading" in text
    chip = details.tags.chip("outdoors")
    assert chip is not None
    assert chip.text() == "\u2713 spent time outdoors"
    assert details.tags.selected() == ("outdoors", "reading")  # stored keys unchanged
    # Every display phrase the core defines is marked for translators.
    assert set(TAG_LABELS.values()) <= {str(w) for w in TAG_LABEL_WORDS}
