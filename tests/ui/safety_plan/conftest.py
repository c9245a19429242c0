"""Fixtures for the safety plan screens: a real session over an in-memory vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QWidget

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


class ScreenChecks:
    """The accessibility checks, as a fixture (test modules cannot import conftest)."""

    spoken_name = staticmethod(spoken_name)
    clipped = staticmethod(clipped)


@pytest.fixture
def checks() -> ScreenChecks:
    return ScreenChecks()
