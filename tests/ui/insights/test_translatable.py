"""Every fixed word of the insights page goes through translate().

Dates, numbers and the person's own tag and emotion names may stand as they are; the
charts' painted words are checked through the data they are drawn from.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.ui.insights.chart_views import BarChartView, LineChartView, PixelGridView
from companion.ui.insights.page import InsightsPage
from companion.ui.shell.session import Session


class Pseudo(QTranslator):
    """Wraps every text of Companion's self-care contexts in ⟦…⟧ (``%n`` kept)."""

    CONTEXTS = frozenset({"SelfCare", "Insights", "Learn", "Reports"})

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if context in self.CONTEXTS else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: object) -> Iterator[Pseudo]:
    """A pseudo-translation installed for one test: untranslated words stand out."""
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def untranslated(root: QWidget, as_is: frozenset[str] = frozenset()) -> list[str]:
    """Visible words under ``root`` that did not go through translate().

    Looks at labels, buttons, group titles, tab titles, placeholders and accessible
    names. Numbers, and the words in ``as_is`` (data, the product's name), may stand
    as they are.
    """
    found: list[str] = []

    def look(text: str, where: str) -> None:
        plain = text.replace("&", "").strip()
        if not plain or "⟦" in plain or plain in as_is or not any(c.isalpha() for c in plain):
            return
        found.append(f"{where}: {plain!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            look(widget.text(), kind)
        elif isinstance(widget, QGroupBox):
            look(widget.title(), kind)
        elif isinstance(widget, QLineEdit):
            look(widget.placeholderText(), f"{kind} placeholder")
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                look(widget.tabText(index), "tab")
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
            look(widget.accessibleName(), f"{kind} name")
    return found


def test_the_insights_page_is_fully_translatable(
    qtbot: QtBot, session: Session, clock: FakeClock, pseudo: Pseudo
) -> None:
    page = InsightsPage(session, clock, report_opener=lambda _w: None)
    qtbot.addWidget(page)
    for tab in ("mood", "pixels", "when", "together", "emotions"):
        page.show_tab(tab)
        assert untranslated(page) == []
    mood = page.mood_panel.view
    assert isinstance(mood, LineChartView)
    assert mood.data is not None
    assert all(name.startswith("⟦") for name in (s.name for s in mood.data.series))
    assert all(label.startswith("⟦") for _v, label in mood.data.y_ticks)
    weekdays = page.weekday_panel.view
    assert isinstance(weekdays, BarChartView)
    assert weekdays.data is not None
    assert all(bar.label.startswith("⟦") for bar in weekdays.data.bars)
    grid = page.pixels_panel.view
    assert isinstance(grid, PixelGridView)
    assert grid.data is not None
    assert all(word.startswith("⟦") for _level, word in grid.data.legend)
    assert all(h.startswith("⟦") for h in page.together_panel.model.content.headers)
