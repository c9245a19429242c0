"""Fixtures for the learn screens, which need no journal: a 200 % font and checks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QWidget


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
