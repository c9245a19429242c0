"""Fixtures for the safety plan screens: a real session over an in-memory vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=UTC))  # a Saturday


@pytest.fixture
def session(qapp: object, clock: FakeClock) -> Iterator[Session]:
    s = Session(clock)
    s.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock))
    yield s
    s.lock()


@pytest.fixture
def prefs(qapp: object) -> PreferencesStore:
    return PreferencesStore(None)


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font at 200 % for one test."""
    original = QApplication.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    QApplication.setFont(bigger)
    yield bigger
    QApplication.setFont(original)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a widget is called."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def clipped(controls: list[QWidget]) -> list[str]:
    """Controls squeezed below the size their text needs."""
    found = []
    for widget in controls:
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            found.append(f"{spoken_name(widget)} {widget.size().toTuple()} < {hint.toTuple()}")
    return found


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


class ScreenChecks:
    """The accessibility checks, as a fixture (test modules cannot import conftest)."""

    spoken_name = staticmethod(spoken_name)
    clipped = staticmethod(clipped)
    untranslated = staticmethod(untranslated)


@pytest.fixture
def checks() -> ScreenChecks:
    return ScreenChecks()
