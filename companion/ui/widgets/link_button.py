"""A flat button that reads as a link: for the quieter choices on a screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget


def link_button(text: str, parent: QWidget | None = None, *, name: str = "") -> QPushButton:
    """A flat, underlined push button (keyboard-reachable, named for screen readers)."""
    button = QPushButton(text, parent)
    style_as_link(button, text, name=name)
    return button


def style_as_link(button: QPushButton, text: str, *, name: str = "") -> None:
    """Make ``button`` read as a link: flat, underlined, a pointing hand, named by
    ``text`` without its mnemonic mark (and ``name`` as its object name, if given)."""
    button.setAccessibleName(text.replace("&", ""))
    if name:
        button.setObjectName(name)
    button.setFlat(True)
    # A flat button reads as plain text; the underline says "you can press this".
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
