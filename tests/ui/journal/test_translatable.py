"""Every word the journal shows goes through translate(): a pseudo-translation proves it.

A translator that wraps each text of our contexts in ⟦…⟧ is installed before the window
is built; then every label, button, tooltip, placeholder and accessible name on screen
must carry the brackets. What may go without them is data or a name, never a sentence:
the product's name, dates and month names from QLocale, day numbers, the words of the
vocabulary and the help button (the help feature's own context).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.search_bar import SearchBar
from companion.ui.journal.timeline_view import day_heading, entry_summary, first_line
from companion.ui.journal.trash_view import TrashView
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

from .conftest import StubHelp
from .helpers import show_active

OURS = frozenset({"Journal", "Widgets", "Shell", "Vocabulary"})
# Shown as they are: the product's name, arrows, the stub help button's words.
AS_IS = frozenset({"Companion", "‹", "›", "Get help now", "Get help now (F1)"})


class Pseudo(QTranslator):
    """Wraps every text of the given contexts in ⟦…⟧ (placeholders and %n kept)."""

    def __init__(self, contexts: frozenset[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if context in self.contexts else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: object) -> Iterator[Pseudo]:
    translator = Pseudo(OURS)
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def vocabulary(session: Session) -> frozenset[str]:
    """Words shown as they are: the journal's emotion and tag names (data stored by name)
    and the weekday names QLocale gives the calendar's column heads."""
    weekdays = set()
    for day in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            name = QLocale().dayName(day, form)
            weekdays |= {name, name[:2]}
    names = {t.name for t in session.journal.tags()}
    return frozenset(session.journal.emotions()) | names | weekdays


def _is_data(text: str, words: frozenset[str]) -> bool:
    """Data, not words of ours: a date or month (has a digit), a vocabulary word."""
    bare = text.replace("\u2713", "").strip()
    return bare in AS_IS or bare in words or bool(re.search(r"\d", bare))


def untranslated(root: QWidget, words: frozenset[str] = frozenset()) -> list[str]:
    """Every visible text under ``root`` that did not pass through the translator."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        # Hidden widgets cannot be read, except a closed menu: it opens with its words.
        hidden = not widget.isVisibleTo(root) and widget is not root
        if hidden and not isinstance(widget, QMenu):
            continue
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
        found += [
            f"{type(widget).__name__} {widget.objectName()!r}: {text!r}"
            for text in texts
            if text and "⟦" not in text and not _is_data(text, words)
        ]
    return found


@pytest.fixture
def pseudo_window(
    qtbot: QtBot,
    pseudo: Pseudo,
    session: Session,
    clock: FakeClock,
    help_access: StubHelp,
    prefs: PreferencesStore,
) -> MainWindow:
    """The window built under the pseudo translator, over one saved entry."""
    session.save_entry(
        None,
        EntryDraft(
            text="A quiet day",
            title="Walk",
            mood=Mood.GOOD,
            emotions=("calm",),
            tags=("work",),
            created_at=clock.now(),
        ),
    )
    w = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w


def test_every_text_in_the_journal_window_is_translated(
    qtbot: QtBot, pseudo_window: MainWindow, session: Session
) -> None:
    w = pseudo_window
    words = vocabulary(session)
    assert untranslated(w, words) == []  # the welcome page, calendar, timeline, header
    entry_id = session.journal.timeline(None, limit=1)[0].id
    w.open_entry(entry_id)
    w.editor.details.set_expanded(True)
    w.search_bar.filters_button.setChecked(True)
    w.calendar.set_selected_day(w.calendar.selected_day() or session.clock.now().date())
    assert untranslated(w, words) == []  # the editor, pickers, chips, filters, day label
    # Every sentence put together from pieces still reads as one translated sentence.
    assert w.editor.details.toggle.text().endswith(
        # The built-in feeling and tag in the person's language; the tag's own word, no "Did".
        "⟦Feelings and activities — ⟦Feeling ⟦calm⟧⟧ · ⟦work⟧⟧"
    )
    assert w.day_label.text().startswith("⟦Showing ")
    entry = session.journal.get(entry_id)
    summary = entry_summary(entry)
    assert summary.startswith("⟦")
    assert "⟦Good⟧" in summary
    assert day_heading(session.clock.now().date(), session.clock.now().date()) == "⟦Today⟧"


def test_search_status_and_results_are_translated(qtbot: QtBot, pseudo_window: MainWindow) -> None:
    bar: SearchBar = pseudo_window.search_bar
    bar.query_edit.setText("quiet")
    bar.run_search()
    assert bar.status_label.text() == "⟦1 entry found⟧"
    bar.query_edit.setText("zzz")
    bar.run_search()
    assert bar.status_label.text() == "⟦Nothing found. Try fewer words or filters.⟧"
    bar.query_edit.setText("🙂")
    bar.run_search()
    assert bar.status_label.text().startswith("⟦Search looks for words and numbers")
    bar.query_edit.setText("quiet")
    bar.run_search()
    index = bar.results.model().index(0, 0)
    spoken = str(index.data())
    assert spoken.startswith("⟦")
    assert "⟦Good⟧" in spoken


def test_trash_and_its_question_are_translated(
    qtbot: QtBot, pseudo_window: MainWindow, session: Session
) -> None:
    entry_id = session.journal.timeline(None, limit=1)[0].id
    session.delete_entry(entry_id)
    trash: TrashView = pseudo_window.show_trash()
    qtbot.addWidget(trash)
    assert untranslated(trash) == []
    item = trash.list.item(0)
    assert item is not None
    assert item.text().startswith("⟦")
    assert "Walk" in item.text()
    asked: list[str] = []

    def answer() -> None:
        box = next(b for b in trash.findChildren(QMessageBox) if b.isVisible())
        asked.append(box.text())
        asked.extend(button.text() for button in box.buttons())
        box.reject()

    qtbot.waitUntil(lambda: trash.isVisible())
    QTimer.singleShot(0, answer)
    assert not trash.confirm_and_empty()
    assert asked[0] == "⟦Delete this entry for good?⟧"
    assert all("⟦" in text for text in asked)


def test_about_dialog_is_translated(qtbot: QtBot, pseudo_window: MainWindow) -> None:
    dialog: QDialog = pseudo_window.show_about()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    # The Close button's own word comes from Qt's translations; its name is ours.
    problems = [p for p in untranslated(dialog) if "'Close'" not in p and "&Close" not in p]
    assert problems == []
    assert dialog.windowTitle() == "⟦About Companion⟧"


def test_first_line_falls_back_to_a_translated_word(pseudo: Pseudo, session: Session) -> None:
    entry = session.save_entry(None, EntryDraft(text="", mood=Mood.OKAY))
    assert first_line(entry) == "⟦Just a check-in⟧"
