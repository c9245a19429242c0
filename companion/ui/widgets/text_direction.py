"""Which way a piece of text reads, for text a widget paints itself.

A ``QLabel`` lays plain text out in the direction of its first letter that has one, so
an English service name in the Arabic interface still reads left to right, its full stop
at its end. Text a delegate paints with ``QPainter.drawText`` gets the painter's
direction instead: the window's. These helpers give painted text what a label gets.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QStyle


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction ``text`` reads in, from its first letter with a direction of its
    own (an English title in an Arabic window still reads left to right, its "…" at its
    end); ``LayoutDirectionAuto`` when it has none (digits, emoji)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LayoutDirectionAuto


def wrapped_paragraph(text: str, window_direction: Qt.LayoutDirection) -> QTextOption:
    """How to paint ``text`` as a word-wrapped paragraph, top-aligned, starting where its
    own direction starts (the window's direction when the text has none)."""
    direction = text_direction(text)
    if direction == Qt.LayoutDirection.LayoutDirectionAuto:
        direction = window_direction
    option = QTextOption(
        QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop
    )
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    return option
