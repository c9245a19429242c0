"""The fit suite keeps one font and theme per text size for many tests in a row.

The test-wide ``restore_application_state`` puts the font and style sheet back after
every test, and re-styling every open window twice per test made this suite slow. Here
the same state is saved once and put back once, when the module ends.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def restore_application_state() -> None:
    """Replaced for this folder: ``application_state_for_module`` does the same work
    once per module."""


@pytest.fixture(scope="module", autouse=True)
def application_state_for_module() -> Iterator[None]:
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        yield
        return
    from PySide6.QtCore import QLocale

    locale, direction = QLocale(), app.layoutDirection()
    palette, sheet, font = app.palette(), app.styleSheet(), app.font()
    yield
    QLocale.setDefault(locale)
    app.setLayoutDirection(direction)
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)
