"""Make a new recovery code when the old one is lost, proven by the passphrase.

Nothing changes until the passphrase is confirmed. The new code is then shown at once in
the same :class:`RecoveryCodeDialog` as at creation, which says that the old code has
stopped working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import WrongPassphrase
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import Operation
from companion.ui.shell.theme import HelpButtonSource, make_header
from companion.ui.vault.passphrase_field import PassphraseField
from companion.ui.vault.recovery_code_dialog import EXPLANATION, RecoveryCodeDialog
from companion.ui.vault.sized_dialog import ContentSizedDialog
from companion.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from companion.core.vault import RecoveryCode
    from companion.ui.shell.session import Session


def unsaved_code_notice() -> str:
    """The lock screen's note when the journal locked before a new code was kept."""
    return translate(
        "Vault",
        "Your journal locked before you confirmed saving your new recovery code. Your "
        "passphrase still opens it. If you didn't keep the new code, unlock and choose "
        "More, then Make a new recovery code, to get another one.",
    )


class NewRecoveryCodeDialog(ContentSizedDialog):
    """Asks for the passphrase, then replaces the recovery code in the background.

    ``code_made`` carries the new code once it is in place (the old one no longer
    works from that moment); the dialog then accepts. Cancel changes nothing.
    """

    code_made = Signal(str)

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        help_access: HelpButtonSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vaults = vaults
        self.setWindowTitle(translate("Vault", "Companion — Make a new recovery code"))
        self._session = session
        self._task: Operation[RecoveryCode] | None = None

        self.header = make_header(translate("Vault", "Make a new recovery code"), help_access, self)
        self.help_button = self.header.property("helpButton")
        self.note = QLabel(
            translate(
                "Vault",
                "Lost your recovery code? You can make a new one. Your current code will "
                "stop working, and the new code is shown straight away so you can save it. "
                "Your passphrase and your entries stay as they are.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("Vault", "About a new recovery code"))
        self.passphrase = PassphraseField(translate("Vault", "Your passphrase"), parent=self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Vault", "Message"))
        self.message.setVisible(False)
        self.busy = BusyIndicator(self)
        self.make_button = QPushButton(translate("Vault", "Make a new code"), self)
        self.make_button.setAccessibleName(translate("Vault", "Make a new recovery code"))
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(translate("Vault", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("Vault", "Cancel"))

        self.passphrase.returnPressed.connect(self.submit)
        self.make_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.note)
        label = QLabel(translate("Vault", "Type your passphrase to go on"), self)
        label.setBuddy(self.passphrase.edit)
        column.addWidget(label)
        column.addWidget(self.passphrase)
        column.addWidget(self.message)
        column.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.make_button)
        column.addLayout(buttons)
        self.setTabOrder(self.help_button, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.make_button)
        # Wide enough that the note reads as lines, not a narrow column, and tall enough
        # for every line of it, at this text size.
        self.size_from_content(self.header)
        self.passphrase.setFocus()

    def is_busy(self) -> bool:
        """True while the new code is being made."""
        return self._task is not None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        """Check the passphrase and make the new code in the background."""
        if self._task is not None:
            return
        if not self.passphrase.text():
            self._say(translate("Vault", "Please type your passphrase."))
            self.passphrase.select_all()
            return
        vault = self._session.vault
        vaults, secret = self._vaults, self.passphrase.text()
        self.message.setVisible(False)
        self._set_busy(True)
        self._task = (
            Operation(self, lambda _progress: vaults.replace_recovery_code(vault, secret))
            .on_success(self._done)
            .on_failure(self._failed)
            .start()
        )

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.set_busy(busy)
        self.make_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Making your new recovery code…"))
        else:
            self.busy.stop()

    def _done(self, code: RecoveryCode) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.clear()
        # Shown before this dialog goes, so there is never a moment without the code.
        self.code_made.emit(code.text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._say(
                translate(
                    "Vault",
                    "That isn't your passphrase. Check Caps Lock and try again — nothing "
                    "was changed, and your current recovery code still works.",
                )
            )
            self.passphrase.select_all()
        else:
            self._say(message_for(exc))

    def reject(self) -> None:
        # Closing mid-way would hide the new code; the header write itself is atomic.
        if self._task is None:
            super().reject()


def new_code_dialog(
    code: str, help_access: HelpButtonSource, parent: QWidget
) -> RecoveryCodeDialog:
    """The usual recovery-code screen, worded for a replacement code.

    Args:
        code: the new recovery code.
        help_access: for the "Get help now" button.
        parent: the journal window (the dialog is window-modal over it).
    """
    dialog = RecoveryCodeDialog(code, help_access, parent)
    dialog.setWindowTitle(translate("Vault", "Companion — Your new recovery code"))
    dialog.title.setText(translate("Vault", "Your new recovery code"))
    dialog.title.setAccessibleName(dialog.title.text())
    # Said first: anyone who kept the old code needs to know it is no use any more.
    dialog.explanation.setText(
        translate("Vault", "Your old recovery code no longer works. Keep this new one instead.")
        + " "
        + translate("Vault", noop(EXPLANATION))
    )
    return dialog
