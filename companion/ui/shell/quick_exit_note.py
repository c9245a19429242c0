"""The one-time explanation of quick exit: what it hides, and what it cannot.

Shown once under the journal window's header (never a pop-up), until "Got it". A guest
session keeps no preferences, so each guest sees it once in their own session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from companion.ui.shell.i18n import translate


def explanation() -> str:
    """The note's text, plain and honest about the limits."""
    return translate(
        "Shell",
        "Quick exit (the button, or Shift pressed three times) hides every Companion "
        "window at once and locks your journal. It cannot hide that Companion is "
        "installed, clear other programs or your browser history, or undo what "
        "someone has already seen.",
    )


class QuickExitNote(QFrame):
    """A calm line explaining quick exit, with "Got it"."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickExitNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("Shell", "About quick exit"))
        self.text = QLabel(explanation(), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button = QPushButton(translate("Shell", "Got it"), self)
        self.ok_button.setObjectName("quickExitNoteOk")
        self.ok_button.setAccessibleName(translate("Shell", "Got it, hide this note"))
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()
