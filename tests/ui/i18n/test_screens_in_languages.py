"""Screens built in each language: words translated, nothing reduced to nonsense."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.ui.journal.calendar_view import CalendarView
from companion.ui.shell.i18n import translate
from companion.ui.shell.language import install_translations, remove_translations
from companion.ui.shell.session import Session


@pytest.fixture(params=["de", "es", "fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    assert install_translations(qapp, lang, None, system=[]) == lang
    yield lang
    remove_translations(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def session(qapp: QApplication) -> Iterator[Session]:
    clock = FakeClock()
    s = Session(clock)
    s.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock))
    yield s
    s.lock()


def test_calendar_weekday_headings_tell_the_days_apart(
    qtbot: QtBot, session: Session, language: str
) -> None:
    view = CalendarView(session)
    qtbot.addWidget(view)
    headings = [
        label
        for label in view.findChildren(QLabel)
        if label.accessibleName() in {QLocale().dayName(d) for d in range(1, 8)}
    ]
    assert len(headings) == 7
    # Each heading is that day's own abbreviation ("lu", "ن"), not a shared prefix
    # (Arabic's short names all begin with "ال"); at most two days may share one
    # (French "mardi"/"mercredi" abbreviate differently, Spanish narrow "M"/"X").
    texts = [label.text() for label in headings]
    assert all(texts)
    assert len(set(texts)) >= 6, texts
    assert view.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )


def test_the_calendar_speaks_the_language(qtbot: QtBot, session: Session, language: str) -> None:
    view = CalendarView(session)
    qtbot.addWidget(view)
    expected = {"de": "Kalender", "es": "Calendario", "fr": "Calendrier", "ar": "التقويم"}[language]
    assert translate("Journal", "Calendar") == expected
    names = [w.accessibleName() for w in view.findChildren(QLabel)] + [view.accessibleName()]
    buttons = [b.accessibleName() for b in (view.prev_button, view.next_button)]
    assert translate("Journal", "Previous month") in buttons
    assert "Previous month" not in buttons + names


def test_notes_are_not_slanted_in_arabic(
    qtbot: QtBot, session: Session, language: str, tmp_path: Path
) -> None:
    """Arabic has no italics (and slanted faces often lack its letters: empty boxes)."""
    from companion.ui.safety_plan.page import SafetyPlanPage
    from companion.ui.shell.saveables import SaveRegistry

    page = SafetyPlanPage(session, FakeClock(), SaveRegistry(), tmp_path)
    qtbot.addWidget(page)
    assert page.attribution.font().italic() == (language != "ar")


def test_built_in_check_in_actions_are_named_in_the_language_on_insights(
    language: str,
) -> None:
    from companion.core.insights.correlations import Correlation, CorrelationTable, Source
    from companion.ui.insights.present import correlations

    rows = (
        Correlation(Source.CHECKIN, 1, "Drank some water", 3, None, 4, None),
        Correlation(Source.ACTIVITY, 2, "Drank some water", 3, None, 4, None),
    )
    view = correlations(CorrelationTable(5, rows))
    names = [bar.label for bar in view.data.bars]
    expected = {
        "de": "Etwas Wasser getrunken",
        "es": "Bebí algo de agua",
        "fr": "J’ai bu un peu d’eau",
        "ar": "شربت بعض الماء",
    }
    # A built-in action is translated; a tag the person typed stays as they typed it.
    assert names == [expected[language], "Drank some water"]
