"""The built-in feelings and tags in the person's language, on every screen that shows
them; entries, searches and filters keep the stored English name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.insights.models import DateRange
from companion.core.insights.service import Insights
from companion.core.journal.models import EntryDraft, Mood
from companion.core.journal.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS, TAG_LABELS
from companion.ui.insights import present
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.timeline_view import second_line
from companion.ui.journal.vocabulary_words import FEELINGS, TAGS, shown_word
from companion.ui.reports.words import report_name
from companion.ui.shell.language import install_translations, remove_translations
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

from .helpers import show_active

TRANSLATED = ("ar", "de", "es", "fr")


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """Installs a shipped catalogue (``in_language(tag)``); English again afterwards."""

    def install(tag: str) -> None:
        assert install_translations(qapp, tag, None) == tag

    yield install
    remove_translations(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_every_built_in_name_is_listed_for_translators() -> None:
    assert set(FEELINGS) == set(BUILTIN_EMOTIONS)
    assert set(TAGS) | set(TAG_LABELS) == {name for name, _kind in BUILTIN_TAGS}
    assert not set(TAGS) & set(TAG_LABELS)  # those read as a phrase, translated as one


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_language_we_ship_names_every_built_in_feeling_and_tag(
    in_language: object, language: str
) -> None:
    in_language(language)  # type: ignore[operator]
    names = [*BUILTIN_EMOTIONS, *(name for name, _kind in BUILTIN_TAGS)]
    shown = {name: shown_word(name) for name in names}
    assert [
        name for name, word in shown.items() if not word or word in (name, TAG_LABELS.get(name))
    ] == []
    assert shown_word("Tennis with Sam") == "Tennis with Sam"  # the person's own word


def test_in_english_the_names_read_as_before() -> None:
    assert shown_word("anxious") == "anxious"
    assert shown_word("outdoors") == "spent time outdoors"
    assert report_name("Drank some water") == "Drank some water"


def test_the_journal_window_shows_spanish_names_and_filters_by_the_stored_one(
    qtbot: QtBot,
    session: Session,
    clock: FakeClock,
    help_access: object,
    prefs: object,
    in_language: object,
) -> None:
    in_language("es")  # type: ignore[operator]
    saved = session.save_entry(
        None,
        EntryDraft(text="Un día tranquilo", mood=Mood.GOOD, emotions=("calm",), tags=("work",)),
    )
    session.save_entry(None, EntryDraft(text="Otro día", tags=("reading",)))
    window = MainWindow(session, help_access, prefs, clock, SaveRegistry())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    show_active(qtbot, window)

    assert "trabajo" in second_line(saved)  # the timeline's line under the title
    window.open_entry(saved.id)
    details = window.editor.details
    details.set_expanded(True)
    calm = details.emotions.chip("calm")
    assert calm is not None
    assert calm.label == "calma"
    assert "calma" in details.toggle.text()
    assert "trabajo" in details.toggle.text()

    assert details.emotions.accessibleDescription().endswith("calma")  # read out as shown
    field = details.emotions.filter_edit  # typing the shown word finds the built-in one
    field.setFocus()
    qtbot.keyClicks(field, "ansiedad")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert list(details.emotions.selected()) == ["calm", "anxious"]
    assert details.emotions.chip("ansiedad") is details.emotions.chip("anxious")

    bar = window.search_bar
    bar.filters_button.setChecked(True)
    items = [bar.tag_box.itemText(i) for i in range(bar.tag_box.count())]
    assert "trabajo" in items
    assert "lectura" in items
    assert "work" not in items
    bar.tag_box.setCurrentIndex(items.index("trabajo"))
    assert bar.current_filter().tags == frozenset({"work"})  # the stored name, in any language
    bar.run_search()
    assert bar.results.results_model.rowCount() == 1
    bar.reload_vocabulary()  # refilled (a tag added elsewhere): the choice stays
    assert bar.current_filter().tags == frozenset({"work"})


def test_the_emotion_chart_and_report_names_follow_the_language(
    session: Session, clock: FakeClock, in_language: object
) -> None:
    in_language("fr")  # type: ignore[operator]
    for _ in range(2):
        session.save_entry(None, EntryDraft(text="…", mood=Mood.BAD, emotions=("anxious",)))
    insights = Insights(session.vault.connection)
    today = clock.now().date()
    view = present.emotions(insights.emotion_frequencies(DateRange.last_days(today, 30)))
    assert view.data is not None
    assert [bar.label for bar in view.data.bars] == ["anxiété"]
    assert report_name("anxious") == "anxiété"
    assert report_name("outdoors") == shown_word("outdoors") != "spent time outdoors"
