"""The way into a guest session: what it keeps (nothing), and one button to start.

Shown at the start of every session in public mode, and when the second person at a
locked computer chooses "Not your journal? Use Companion as a guest" (then with a way
back to the lock screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion import APP_NAME
from companion.ui.shell.design import make_primary
from companion.ui.shell.i18n import translate
from companion.ui.shell.theme import HelpButtonSource, build_card_screen
from companion.ui.widgets.link_button import link_button


class GuestWelcome(QWidget):
    """Emits ``start_requested`` (begin a guest session) or ``back_requested``.

    Args:
        help_access: Where the "Get help now" button comes from.
        public: The computer is in public mode (every session is a guest session).
        can_go_back: Offer a way back (to the lock screen or the welcome screen).
    """

    start_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        help_access: HelpButtonSource,
        *,
        public: bool = False,
        can_go_back: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("guestWelcome")
        title = (
            translate("Vault", "Welcome to Companion")
            if public
            else translate("Vault", "Use Companion as a guest")
        )
        lines = [
            translate(
                "Vault",
                "A guest session keeps nothing on this computer. What you write stays in "
                "memory, encrypted, and is erased when you end the session or close "
                "Companion.",
            ),
            translate(
                "Vault",
                "Before you leave you can save an encrypted copy to a USB stick or another "
                "place you choose, and open it at home as your own journal.",
            ),
        ]
        if public:
            lines.insert(
                0,
                translate(
                    "Vault",
                    "This is a shared computer, so every session here is a guest session.",
                ),
            )
        else:
            lines.append(
                translate(
                    "Vault",
                    "The journal that is already on this computer stays locked; a guest "
                    "session cannot see it.",
                )
            )
        self.explanation = QLabel("\n\n".join(lines), self)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(translate("Vault", "What a guest session keeps"))
        self.start_button = QPushButton(translate("Vault", "Start a guest session"), self)
        self.start_button.setObjectName("startGuestButton")
        self.start_button.setAccessibleName(translate("Vault", "Start a guest session"))
        self.start_button.setDefault(True)
        make_primary(self.start_button)
        self.start_button.clicked.connect(self.start_requested)
        self.back_button = link_button(translate("Vault", "Back"), self, name="guestBackButton")
        self.back_button.setVisible(can_go_back)
        self.back_button.clicked.connect(self.back_requested)

        form = QWidget(self)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.explanation)
        column.addSpacing(self.fontMetrics().height())
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(row)
        self.header, self.title = build_card_screen(self, help_access, title, APP_NAME, form, 76)
        self.help_button = self.header.property("helpButton")
        self.setTabOrder(self.help_button, self.start_button)
        self.setTabOrder(self.start_button, self.back_button)
        self.start_button.setFocus()

    def show_notice(self, text: str) -> None:
        """A calm note (the same call the other entry screens offer)."""
        self.explanation.setText(f"{text}\n\n{self.explanation.text()}")
