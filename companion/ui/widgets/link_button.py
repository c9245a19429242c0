"""A flat button that reads as a link: for the quieter choices on a screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget


def link_button(text: str, parent: QWidget | None = None, *, name: str = "") -> QPushButton:
    """A flat, underlined push button (keyboard-reachable, named for screen readers)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", ""))
    if name:
        button.setObjectName(name)
    button.setFlat(True)
    # A flat button reads as plain text; the underline says "you can press this".
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button
