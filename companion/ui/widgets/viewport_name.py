"""Scrolling text whose inner viewport carries the text's accessible name too.

Qt shows a scroll area's viewport to assistive technology as an object of its own, the
size of the visible text and with no name: a screen reader meets "filler" where the text
is. The AT-SPI walk found such nameless areas in the About dialog's licence text and in
each field of a writing template.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class NamesItsViewport:
    """Mix in before a ``QAbstractScrollArea`` subclass (a text edit or browser): its
    accessible name is given to its viewport as well."""

    def setAccessibleName(self, name: str) -> None:
        area = cast(QAbstractScrollArea, self)
        QWidget.setAccessibleName(area, name)
        area.viewport().setAccessibleName(name)
