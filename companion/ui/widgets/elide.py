"""Shorten a line to fit a width: at a word boundary, always ending in "…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "\u2026"


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` if it fits in ``width`` pixels, else as many whole words as fit followed
    by "…". A first word too long for the width is shortened by letters (still with
    "…"), so something always shows."""
    if width <= 0:
        return ""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    kept: list[str] = []
    for word in words:
        candidate = " ".join([*kept, word]).rstrip(",;:.·-–— ") + ELLIPSIS
        if metrics.horizontalAdvance(candidate) > width:
            break
        kept.append(word)
    if kept:
        return " ".join(kept).rstrip(",;:.·-–— ") + ELLIPSIS
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
