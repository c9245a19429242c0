"""Saying things in place: status lines a screen reader hears, and numbers it can read.

Two small pieces the banner and the service cards share:

- :func:`say` shows a status line ("Copied 116 123", "This computer can't make calls …")
  and announces it to assistive technology, so a screen-reader user hears what a sighted
  person sees appear;
- :class:`NumberField` shows a number large, as a read-only text field: a screen reader
  reads it as text (not only as a label's name), Tab reaches it, and focus selects it so
  Ctrl+C copies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QFocusEvent


def announce(widget: QWidget, text: str) -> None:
    """Ask assistive technology to speak ``text`` (politely: after what it is saying)."""
    # Imported here: PySide6 builds QAccessible's Python type (and its many enums) on
    # first use, which the first paint of help never needs.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive():  # nothing listens: skip building the event
        return

    event = QAccessibleAnnouncementEvent(widget, text)
    QAccessible.updateAccessibility(event)


def say(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` and announce it."""
    label.setText(text)
    label.setAccessibleName(text)
    label.show()
    announce(label, text)


class NumberField(QLineEdit):
    """A phone number said large: read-only text, a Tab stop, selected on focus."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setFrame(False)
        # No box of its own: the banner's background shows through, so the number
        # follows every theme and high contrast, even when the theme changes later.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
        self.setPalette(palette)

    def setText(self, text: str | None) -> None:
        super().setText(text)
        self.setCursorPosition(0)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.textMargins()
        wanted = self.fontMetrics().horizontalAdvance(self.text() or "0") + 12
        hint.setWidth(wanted + margins.left() + margins.right())
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()  # focus is visible, and Ctrl+C copies the number
