"""Pick a mood on the 5-point scale: five faces with words, fully keyboard operable.

Keys (on any option): Left/Right (or Up/Down) move between options, Space/Enter chooses
the focused one, 1–5 choose directly, 0 / Delete / Backspace clear. Clicking the chosen
option again also clears it. Only one option is a Tab stop at a time ("roving tab
index"), so the picker costs one Tab press in the editor's tab order.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QStyle, QStyleOptionFocusRect, QWidget

from companion.core.journal.models import Mood
from companion.ui.journal.mood_face import mood_tint, mood_word, paint_mood_face
from companion.ui.shell.i18n import translate

_MOODS: tuple[Mood, ...] = (Mood.AWFUL, Mood.BAD, Mood.OKAY, Mood.GOOD, Mood.GREAT)


class MoodOption(QAbstractButton):
    """One face + word. Painted by hand so it scales with the font and theme."""

    def __init__(self, mood: Mood, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mood = mood
        self.setCheckable(True)
        self.setText(mood_word(mood))
        self.setObjectName(f"moodOption{mood.name.capitalize()}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._update_accessible()
        self.toggled.connect(lambda _checked: self._update_accessible())

    def _update_accessible(self) -> None:
        word = mood_word(self.mood)
        if self.isChecked():
            #: {mood} is a mood word such as "Okay".
            self.setAccessibleName(translate("Journal", "{mood}, chosen").format(mood=word))
        else:
            self.setAccessibleName(word)
        self.setToolTip(
            #: {mood} is a mood word; {key} is the number key (1 to 5) that chooses it.
            translate("Journal", "{mood} (key {key})").format(mood=word, key=int(self.mood))
        )

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        face = fm.height() * 2
        # Every option as wide as the widest word, in whatever language it is shown.
        word = max(fm.horizontalAdvance(mood_word(mood)) for mood in _MOODS)
        width = max(face, word) + fm.height()
        return QSize(width, face + fm.height() + fm.height() // 2 + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        parent = self.parentWidget()
        if isinstance(parent, MoodPicker) and parent.handle_key(self, event):
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self.isChecked():
            tint = mood_tint(self.mood)
            tint.setAlpha(90)
            painter.setBrush(tint)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        elif self.underMouse():
            painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(Qt.PenStyle.NoPen)
        radius = self.fontMetrics().height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        fm = self.fontMetrics()
        face = QRectF(0, 4, self.width(), fm.height() * 2)
        paint_mood_face(painter, face, self.mood, pal, filled=self.isChecked() or self.underMouse())
        text_rect = QRectF(0, face.bottom() + 2, self.width(), fm.height() + 4)
        font = self.font()
        font.setBold(self.isChecked())  # chosen state is shown by weight and frame too
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.text())
        if self.hasFocus():
            opt = QStyleOptionFocusRect()
            opt.initFrom(self)
            opt.rect = self.rect().adjusted(2, 2, -2, -2)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, opt, painter, self
            )
        painter.end()


class MoodPicker(QWidget):
    """A row of five mood options. ``mood`` is ``None`` until the user picks one."""

    mood_changed = Signal(object)  # Mood | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodPicker")
        self._mood: Mood | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.options: list[MoodOption] = []
        for mood in _MOODS:
            option = MoodOption(mood, self)
            option.clicked.connect(lambda _c=False, m=mood: self._on_clicked(m))
            layout.addWidget(option)
            self.options.append(option)
        layout.addStretch(1)
        self._sync()

    # public API -------------------------------------------------------------------
    def mood(self) -> Mood | None:
        """The chosen mood, or None."""
        return self._mood

    def set_mood(self, mood: Mood | None, *, notify: bool = False) -> None:
        """Show ``mood`` as chosen. Emits ``mood_changed`` only when ``notify`` is set."""
        changed = mood != self._mood
        self._mood = mood
        self._sync()
        if changed and notify:
            self.mood_changed.emit(mood)

    def clear(self) -> None:
        """Clear the mood (as the user would)."""
        self.set_mood(None, notify=True)

    # keyboard ---------------------------------------------------------------------
    def handle_key(self, option: MoodOption, event: QKeyEvent) -> bool:
        """Handle a key pressed on ``option``; True when consumed."""
        key = event.key()
        index = self.options.index(option)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._focus_option(max(0, index - 1))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._focus_option(min(len(self.options) - 1, index + 1))
        elif key == Qt.Key.Key_Home:
            self._focus_option(0)
        elif key == Qt.Key.Key_End:
            self._focus_option(len(self.options) - 1)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.set_mood(option.mood, notify=True)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            chosen = Mood(key - Qt.Key.Key_0)
            self.set_mood(chosen, notify=True)
            self._focus_option(_MOODS.index(chosen))
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_mood(None, notify=True)
        else:
            return False
        return True

    def _focus_option(self, index: int) -> None:
        self._set_tab_stop(index)
        self.options[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tab_stop(self, index: int) -> None:
        for i, option in enumerate(self.options):
            policy = Qt.FocusPolicy.StrongFocus if i == index else Qt.FocusPolicy.ClickFocus
            option.setFocusPolicy(policy)

    # internals --------------------------------------------------------------------
    def _on_clicked(self, mood: Mood) -> None:
        # Clicking the chosen face again clears it: the mouse way to "no mood".
        self.set_mood(None if self._mood == mood else mood, notify=True)

    def _sync(self) -> None:
        for option in self.options:
            option.blockSignals(True)
            option.setChecked(option.mood == self._mood)
            option.blockSignals(False)
            option._update_accessible()
            option.update()
        current = _MOODS.index(self._mood) if self._mood is not None else 2
        if not any(o.hasFocus() for o in self.options):
            self._set_tab_stop(current)
        if self._mood is not None:
            name = translate("Journal", "Mood: {mood}").format(mood=mood_word(self._mood))
        else:
            name = translate("Journal", "Mood: not set")
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            translate(
                "Journal",
                "Five moods from awful to great. Arrow keys move, Space chooses, "
                "1 to 5 choose directly, Delete clears.",
            )
        )
