"""Change the passphrase: old, new, confirm. The key is re-wrapped in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.errors import WrongPassphrase
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import Operation
from companion.ui.shell.theme import HelpButtonSource, make_header
from companion.ui.vault.passphrase_field import PassphraseField
from companion.ui.vault.passphrase_form import NewPassphraseForm
from companion.ui.vault.sized_dialog import ContentSizedDialog
from companion.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from companion.ui.shell.session import Session


class ChangePassphraseDialog(ContentSizedDialog):
    """Accepts once the new passphrase is in place; Cancel changes nothing."""

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        help_access: HelpButtonSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vaults = vaults
        self.setWindowTitle(translate("Vault", "Companion — Change passphrase"))
        self._session = session
        self._task: Operation[None] | None = None

        self.header = make_header(translate("Vault", "Change your passphrase"), help_access, self)
        self.help_button = self.header.property("helpButton")
        self.note = QLabel(
            translate(
                "Vault",
                "Your entries stay as they are. Your recovery code keeps working with the "
                "new passphrase.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.old = PassphraseField(translate("Vault", "Current passphrase"), parent=self)
        self.form = NewPassphraseForm(
            translate("Vault", "New passphrase"),
            translate("Vault", "Type the new passphrase again"),
            self,
        )
        self.new, self.confirm, self.meter = (
            self.form.passphrase,
            self.form.confirm,
            self.form.meter,
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Vault", "Message"))
        self.message.setVisible(False)
        self.busy = BusyIndicator(self)
        self.change_button = QPushButton(translate("Vault", "Change passphrase"), self)
        self.change_button.setAccessibleName(translate("Vault", "Change passphrase"))
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(translate("Vault", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("Vault", "Cancel"))

        self.old.returnPressed.connect(self.new.select_all)
        self.form.submitted.connect(self.submit)
        self.change_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.note)
        old_label = QLabel(translate("Vault", "Current passphrase"), self)
        old_label.setBuddy(self.old.edit)
        column.addWidget(old_label)
        column.addWidget(self.old)
        column.addWidget(self.form)
        column.addWidget(self.message)
        column.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        column.addLayout(buttons)
        self.setTabOrder(self.help_button, self.old.edit)
        self.setTabOrder(self.old.edit, self.old.toggle)
        self.setTabOrder(self.old.toggle, self.new.edit)
        self.setTabOrder(self.form.last_control(), self.cancel_button)
        self.setTabOrder(self.cancel_button, self.change_button)
        # Wide enough that the heading and the notes read as lines, and tall enough for
        # every line, at this text size and whenever the advice or a message changes.
        self.size_from_content(self.header)
        self.old.setFocus()

    def is_busy(self) -> bool:
        """True while the key is being re-wrapped."""
        return self._task is not None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        """Validate and change the passphrase in the background."""
        if self._task is not None:
            return
        if not self.old.text():
            self._say(translate("Vault", "Please type your current passphrase."))
            self.old.select_all()
            return
        problem = self.form.problem()
        if problem is not None:
            self._say(problem)
            self.form.focus_problem()
            return
        vaults, vault = self._vaults, self._session.vault
        old, new = self.old.text(), self.form.text()
        self.message.setVisible(False)
        self._set_busy(True)
        self._task = (
            Operation(self, lambda _progress: vaults.change_passphrase(vault, old, new))
            .on_success(self._done)
            .on_failure(self._failed)
            .start()
        )

    def _set_busy(self, busy: bool) -> None:
        self.old.set_busy(busy)
        self.form.set_busy(busy)
        self.change_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Changing your passphrase…"))
        else:
            self.busy.stop()

    def _done(self, _result: None) -> None:
        self._task = None
        self._set_busy(False)
        self.old.clear()
        self.form.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._say(
                translate(
                    "Vault",
                    "That isn't your current passphrase. Check Caps Lock and try again — "
                    "nothing was changed.",
                )
            )
            self.old.select_all()
        else:
            self._say(message_for(exc))

    def reject(self) -> None:
        # Closing mid-change would hide the outcome; the change itself is atomic.
        if self._task is None:
            super().reject()
