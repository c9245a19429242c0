"""The gentle response: one calm line under an entry saved with a low mood.

Never a pop-up and never an alarm colour: a quiet strip in the window's own tones that
offers help (F1) and a short breathing exercise, and goes away with "Dismiss" or Escape.
Nothing about it is stored, and the editor shows it only while the person has it turned
on (``enabled``). The editor embeds it and connects the three signals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.exercises.gentle import GentleOffer, gentle_offer
from companion.ui.exercises.announce import announce
from companion.ui.exercises.words import core_text
from companion.ui.shell.i18n import translate
from companion.ui.widgets.flow_layout import flow_container

STYLE = """
QFrame#gentleResponse {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
"""


class GentleResponseBar(QFrame):
    """A dismissible line with "Get help now (F1)", "Try slow breathing" and "Dismiss"."""

    help_requested = Signal()
    exercise_requested = Signal(str)  # the exercise's catalogue id, e.g. "breathing.slow"
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gentleResponse")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(translate("SelfCare", "A gentle note"))
        self.offer: GentleOffer | None = None
        # The words on top, the buttons under them, wrapping as needed: at large text
        # sizes or in a narrow editor nothing is cut off.
        column = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column.addWidget(self.message)
        buttons, row = flow_container(self, spacing=6)
        column.addWidget(buttons)
        self.help_button = QPushButton(translate("SelfCare", "Get help now (F1)"), self)
        self.help_button.setAccessibleName(translate("SelfCare", "Get help now"))
        self.help_button.clicked.connect(self.help_requested)
        self.exercise_button = QPushButton(translate("SelfCare", "Try slow &breathing"), self)
        self.exercise_button.setAccessibleName(translate("SelfCare", "Try slow breathing"))
        self.exercise_button.clicked.connect(self._exercise)
        self.dismiss_button = QPushButton(translate("SelfCare", "Dismiss"), self)
        self.dismiss_button.setAccessibleName(translate("SelfCare", "Dismiss this note"))
        self.dismiss_button.clicked.connect(self.dismiss)
        for button in (self.help_button, self.exercise_button, self.dismiss_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.setVisible(False)

    def offer_for(self, mood: int | None, *, enabled: bool = True, in_trash: bool = False) -> bool:
        """Show the line if an entry just saved with ``mood`` calls for it.

        Args:
            mood: The entry's mood value 1-5, or ``None``.
            enabled: The person's "gentle response" preference.
            in_trash: The entry is in the trash (then nothing is offered).

        Returns:
            True when the line is shown.
        """
        offer = gentle_offer(mood, in_trash=in_trash) if enabled else None
        if offer is None:
            self.dismiss(quietly=True)
            return False
        self.offer = offer
        self.help_button.setVisible(offer.offer_help)
        self.setVisible(True)
        # Read out once, without taking the focus from where the person is typing.
        announce(self.message, core_text(offer.message))
        return True

    def is_offering(self) -> bool:
        """True while the line is shown."""
        return not self.isHidden()

    def dismiss(self, quietly: bool = False) -> None:
        """Hide the line (``dismissed`` unless ``quietly`` or already hidden)."""
        was_shown = self.is_offering()
        self.setVisible(False)
        self.offer = None
        if was_shown and not quietly:
            self.dismissed.emit()

    def _exercise(self) -> None:
        exercise_id = self.offer.exercise_id if self.offer is not None else "breathing.slow"
        self.exercise_requested.emit(exercise_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
