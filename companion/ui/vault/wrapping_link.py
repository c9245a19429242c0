"""Buttons whose words wrap onto more lines instead of widening the screen.

The entry screens' quieter choices ("Not your journal? Use Companion as a guest") are
long sentences. A plain push button keeps them on one line, so at large text (or in a
longer language) they made the whole screen scroll sideways. This one is the same
flat, underlined, keyboard-reachable button, drawn with its text wrapped to the width
it is given, and as tall as those lines need. The lock screen's main button ("Unlock and
set new passphrase", longer still in German) wraps the same way when it must.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from companion.ui.widgets.link_button import style_as_link


class WrappingButton(QPushButton):
    """A push button that wraps its words (``text()`` stays the whole text).

    Args:
        align_start: lines start at the same edge (a link); otherwise each line is
            centred (a main button).
    """

    def __init__(
        self, text: str, parent: QWidget | None = None, *, align_start: bool = False
    ) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if align_start:
            self.setProperty("textAlign", "left")  # the style sheet honours this property

    def _shown(self) -> str:
        """The text as drawn: a single "&" marks a mnemonic and takes no room."""
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _frame(self) -> QSize:
        """The room around the text: the style's padding, border and focus ring."""
        one_line = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(
            max(0, one_line.width() - metrics.horizontalAdvance(self._shown())),
            max(0, one_line.height() - metrics.height()),
        )

    def _layout(self, wrap: bool) -> QTextLayout:
        layout = QTextLayout(self._shown(), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
        option.setTextDirection(self.layoutDirection())
        layout.setTextOption(option)
        return layout

    def _one_line_width(self) -> int:
        """The whole text on one line, as the text engine lays it out (shaping and
        fractional advances included: Arabic is wider than the sum of its letters)."""
        layout = self._layout(wrap=False)
        layout.beginLayout()
        line = layout.createLine()
        width = 0
        if line.isValid():
            line.setLineWidth(1_000_000)
            width = math.ceil(line.naturalTextWidth())
        layout.endLayout()
        return width

    def lines(self, width: int) -> list[str]:
        """The text broken into lines no wider than ``width`` (a long word stays whole)."""
        text = self._shown()
        layout = self._layout(wrap=True)
        found: list[str] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            # A pixel to spare: the one-line width is a rounded sum of fractional advances.
            line.setLineWidth(max(1, width + 1))
            found.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
        return [line for line in found if line] or [""]

    def _line_height(self) -> int:
        return self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        """All on one line, when there is room."""
        width = max(super().sizeHint().width(), self._one_line_width() + self._frame().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word (the height follows the width it is given)."""
        metrics = self.fontMetrics()
        words = self._shown().split() or [""]
        widest = max(metrics.horizontalAdvance(word) for word in words)
        return QSize(widest + self._frame().width(), super().sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Tall enough for every line at ``width``."""
        frame = self._frame()
        count = len(self.lines(width - frame.width()))
        extra = (count - 1) * self._line_height()
        return super().sizeHint().height() + extra

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the style draws the surface and the focus ring...
        style = self.style()
        painter = QPainter(self)
        style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        # ...then each line as a button label, in the style's colours for the state.
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        lines = self.lines(self.width() - self._frame().width())
        step = self._line_height()
        top = room.center().y() - (len(lines) * step) // 2
        for index, words in enumerate(lines):
            option.text = words.replace("&", "&&")
            option.rect = QRect(room.left(), top + index * step, room.width(), step)
            style.drawControl(QStyle.ControlElement.CE_PushButtonLabel, option, painter, self)
        painter.end()


def wrapping_link_button(
    text: str, parent: QWidget | None = None, *, name: str = ""
) -> WrappingButton:
    """A flat, underlined link button (like ``widgets.link_button``) whose words wrap."""
    button = WrappingButton(text, parent, align_start=True)
    style_as_link(button, text, name=name)
    return button
