"""Dialogs that size themselves from what they hold, at the text size in use.

A dialog with wrapped text (a heading, a note, advice under a field) has no single
right height: it depends on the width. Qt opens such a window at a guess and never
grows it for a line that wraps later, and a fixed minimum width in characters could be
narrower than the heading's buttons at 200% text. Here the width comes from the
heading (on one line beside its buttons, when the screen allows) and a readable line
length, never less than the controls need; the height is what every wrapped line needs
at that width; and both are worked out again whenever the content or the font changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from companion.ui.shell.theme import screen_room


class ContentSizedDialog(QDialog):
    """Call :meth:`size_from_content` once the layout is built."""

    _sized_header: QWidget | None = None
    _reading_chars = 75

    def size_from_content(self, header: QWidget, chars: int = 75) -> None:
        """Size from ``header`` (a ``make_header`` row) and lines of about ``chars``
        characters, now and whenever the content or the font changes."""
        self._sized_header = header
        self._reading_chars = chars
        self._fit_to_content()
        self.resize(self.minimumSize())

    def _fit_to_content(self) -> None:
        layout = self.layout()
        header = self._sized_header
        if layout is None or header is None:
            return
        need = header.sizeHint().width()
        title = header.findChild(QLabel, "screenTitle")
        if title is not None:
            # The heading unwrapped: the header's other parts plus the title's one line
            # (and a character to spare: a label wraps at its exact advance).
            metrics = title.fontMetrics()
            need += metrics.horizontalAdvance(title.text()) + metrics.averageCharWidth()
            need -= title.sizeHint().width()
        margins = layout.contentsMargins()
        need += margins.left() + margins.right()
        readable = self.fontMetrics().averageCharWidth() * self._reading_chars
        room = screen_room(self)
        widest = room.width() if room is not None else 10_000
        width = max(min(max(readable, need), widest), layout.minimumSize().width())
        self.setMinimumSize(width, layout.totalHeightForWidth(width))
        # Wider than the minimum (resized by hand): it still needs room for every line.
        if self.width() > width:
            height = layout.totalHeightForWidth(self.width())
            if self.height() < height:
                self.resize(self.width(), height)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._fit_to_content()
        return handled
