"""The band above a guest or public session: nothing is kept, save a copy, end it.

In public mode it also counts down before an idle session is reset, with "I'm still
here" to carry on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from companion.ui.shell.i18n import translate


class SessionBanner(QFrame):
    """Says that nothing is kept; offers "Save an encrypted copy…" and "End session".

    Args:
        public: The computer is in public mode (a shared computer).
        can_save_copy: Offer to save an encrypted copy (off when nothing can do it).
    """

    save_copy_requested = Signal()
    end_requested = Signal()
    still_here = Signal()

    def __init__(
        self, *, public: bool, can_save_copy: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = (
            translate(
                "Shell",
                "This is a shared computer: nothing you write is kept here. The session "
                "ends when you choose End session or leave it idle.",
            )
            if public
            else translate("Shell", "Guest session: nothing you write is kept on this computer.")
        )
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Shell", "About this session"))
        self.countdown = QLabel(self)
        self.countdown.setObjectName("idleCountdown")
        self.countdown.setWordWrap(True)
        self.countdown.setAccessibleName(translate("Shell", "Session ends soon"))
        self.countdown.setVisible(False)
        self.still_here_button = QPushButton(translate("Shell", "I'm still here"), self)
        self.still_here_button.setObjectName("stillHereButton")
        self.still_here_button.setAccessibleName(translate("Shell", "I'm still here"))
        self.still_here_button.setVisible(False)
        self.still_here_button.clicked.connect(self.still_here)
        self.save_button = QPushButton(translate("Shell", "Save an encrypted copy…"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setAccessibleName(
            translate("Shell", "Save an encrypted copy of this session's journal")
        )
        self.save_button.setVisible(can_save_copy)
        self.save_button.clicked.connect(self.save_copy_requested)
        self.end_button = QPushButton(translate("Shell", "End session"), self)
        self.end_button.setObjectName("endSessionButton")
        self.end_button.setAccessibleName(translate("Shell", "End session and erase it"))
        self.end_button.clicked.connect(self.end_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.message, 1)
        row.addWidget(self.countdown, 1)
        row.addWidget(self.still_here_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_countdown(self, seconds_left: int | None) -> None:
        """Show "ends in N seconds" with "I'm still here", or hide it (``None``)."""
        counting = seconds_left is not None
        self.countdown.setVisible(counting)
        self.still_here_button.setVisible(counting)
        self.message.setVisible(not counting)
        if seconds_left is not None:
            text = translate(
                "Shell",
                "Still there? This session ends in %n seconds and everything in it is erased.",
                None,
                seconds_left,
            )
            self.countdown.setText(text)
            self.countdown.setAccessibleDescription(text)
