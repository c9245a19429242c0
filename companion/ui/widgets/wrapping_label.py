"""A word-wrapping label that lays its text out once per width, not once per question.

Qt asks a wrapped ``QLabel`` for its height at a given width many times: every layout
pass of every box around it asks again (``QLayout::activate`` forgets what each item
measured, and ends by asking its own parent to lay out again), and ``QLabel`` keeps no
answer, so each question lays the whole text out anew. In the help panel, before its
first paint, the labels were asked 315 times for 62 different (label, width) pairs: most
of the panel's text layout work was repeated work.

:class:`WrappingLabel` remembers the answer for each width, for the text it had when it
measured. Anything else the height depends on (font, style, layout direction, margins
set by a style sheet) reaches the label as a change event, which forgets everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# Widths remembered per label: a few layout passes' worth. A window being resized asks at
# a new width each time; beyond this the memory starts again rather than growing.
REMEMBERED_WIDTHS = 16


class WrappingLabel(QLabel):
    """A ``QLabel`` with word wrap on, whose height for each width is measured once."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self._measured_text = text
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:
        text = self.text()
        if text != self._measured_text:  # setText from C++ too (e.g. clear())
            self._heights.clear()
            self._measured_text = text
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= REMEMBERED_WIDTHS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # font, style, direction…: measure again
        super().changeEvent(event)
