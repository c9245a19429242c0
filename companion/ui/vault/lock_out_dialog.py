""" "Lock out old copies": give the journal a new key, so old key files stop opening it.

An old copy of ``vault.header`` (from a backup, a sync tool's history, a USB stick) still
opens today's journal with the passphrase and recovery code it was made with, even after
both were changed. Re-encrypting under a new data key ends that. The core does it crash-
safely (a killed re-key leaves one openable journal); this dialog asks for the
passphrase, shows progress, and hands over the new recovery code, which replaces the old.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.errors import WrongPassphrase
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.theme import HelpButtonSource, make_header
from companion.ui.vault.passphrase_field import PassphraseField
from companion.ui.vault.sized_dialog import ContentSizedDialog
from companion.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from companion.core.vault import RecoveryCode
    from companion.ui.shell.session import Session


def explanation() -> str:
    """What locking out old copies does, and what it leaves alone."""
    return translate(
        "Vault",
        "An old copy of your journal's key file (from a backup, a sync folder's history "
        "or a USB stick) can still open today's journal with the passphrase or recovery "
        "code it was made with. Locking out old copies gives your journal a new key, so "
        "those old key files stop working on it. Your entries stay as they are. You get "
        "a new recovery code; the old one stops working. Backups made before now still "
        "open with the passphrase they were made with.",
    )


class LockOutCopiesDialog(ContentSizedDialog):
    """Asks for the passphrase, then re-encrypts the journal in the background.

    ``code_made`` carries the new recovery code once the new key is in place; the dialog
    then accepts. Cancel before starting changes nothing; once started it runs to the
    end (stopping half-way is safe in the core, but leaves people unsure what happened).
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
        self.setObjectName("lockOutCopiesDialog")
        self.setWindowTitle(translate("Vault", "Companion — Lock out old copies"))
        self._session = session
        self._vaults = vaults
        self._task: Operation[RecoveryCode] | None = None

        self.header = make_header(translate("Vault", "Lock out old copies"), help_access, self)
        self.help_button = self.header.property("helpButton")
        self.note = QLabel(explanation(), self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("Vault", "About locking out old copies"))
        self.passphrase = PassphraseField(translate("Vault", "Your passphrase"), parent=self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Vault", "Message"))
        self.message.setVisible(False)
        self.busy = BusyIndicator(self)
        self.start_button = QPushButton(translate("Vault", "Lock out old copies"), self)
        self.start_button.setObjectName("lockOutStart")
        self.start_button.setAccessibleName(translate("Vault", "Lock out old copies now"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(translate("Vault", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("Vault", "Cancel"))

        self.passphrase.returnPressed.connect(self.submit)
        self.start_button.clicked.connect(self.submit)
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
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)
        self.setTabOrder(self.help_button, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.start_button)
        self.size_from_content(self.header, 70)
        self.passphrase.setFocus()

    def is_busy(self) -> bool:
        """True while the journal is being re-encrypted."""
        return self._task is not None

    def submit(self) -> None:
        """Check the passphrase and re-encrypt in the background."""
        if self._task is not None:
            return
        if not self.passphrase.text():
            self._say(translate("Vault", "Please type your passphrase."))
            self.passphrase.select_all()
            return
        vault = self._session.vault
        vaults, secret = self._vaults, self.passphrase.text()

        def work(progress: Progress) -> RecoveryCode:
            return vaults.rekey(vault, secret, progress=progress.report)

        self.message.setVisible(False)
        self._set_busy(True)
        self._task = Operation(self, work).on_success(self._done).on_failure(self._failed).start()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.set_busy(busy)
        self.start_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Giving your journal a new key…"))
        else:
            self.busy.stop()

    def _done(self, code: RecoveryCode) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.clear()
        # The connection is new: the session rebuilds its journal over it.
        self._session.reconnect()
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
                    "was changed.",
                )
            )
            self.passphrase.select_all()
        else:
            self._say(message_for(exc) + " " + translate("Vault", "Nothing was changed."))

    def reject(self) -> None:
        if self._task is None:
            super().reject()
