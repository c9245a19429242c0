"""Change the passphrase: old, new, confirm. The key is re-wrapped in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.errors import WrongPassphrase
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import BackgroundTask, run_in_background
from companion.ui.shell.theme import make_header, screen_room
from companion.ui.vault.first_run import StrengthMeter, kdf_kwargs, validate_new_passphrase
from companion.ui.vault.passphrase_field import PassphraseField
from companion.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from companion.core.vault.crypto import KdfParams
    from companion.ui.help.access import HelpAccess
    from companion.ui.shell.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangePassphraseDialog", text)


class ChangePassphraseDialog(QDialog):
    """Accepts once the new passphrase is in place; Cancel changes nothing."""

    def __init__(
        self,
        session: Session,
        help_access: HelpAccess,
        parent: QWidget | None = None,
        *,
        kdf_params: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self._kdf = kdf_kwargs(kdf_params)
        self.setWindowTitle(_tr("Companion — Change passphrase"))
        self._session = session
        self._task: BackgroundTask[None] | None = None

        self.header = make_header(_tr("Change your passphrase"), help_access, self)
        self.help_button = self.header.property("helpButton")
        self.note = QLabel(
            _tr(
                "Your entries stay as they are. Your recovery code keeps working with the "
                "new passphrase."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.old = PassphraseField(_tr("Current passphrase"), parent=self)
        self.new = PassphraseField(_tr("New passphrase"), parent=self)
        self.meter = StrengthMeter(self)
        self.confirm = PassphraseField(_tr("Confirm new passphrase"), parent=self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_tr("Message"))
        self.message.setVisible(False)
        self.busy = BusyIndicator(self)
        self.change_button = QPushButton(_tr("Change passphrase"), self)
        self.change_button.setAccessibleName(_tr("Change passphrase"))
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setAccessibleName(_tr("Cancel"))

        self.new.textChanged.connect(self.meter.update_for)
        self.old.returnPressed.connect(self.new.select_all)
        self.new.returnPressed.connect(self.confirm.select_all)
        self.confirm.returnPressed.connect(self.submit)
        self.change_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.note)
        for text, field in (
            (_tr("Current passphrase"), self.old),
            (_tr("New passphrase"), self.new),
        ):
            label = QLabel(text, self)
            label.setBuddy(field.edit)
            column.addWidget(label)
            column.addWidget(field)
        column.addWidget(self.meter)
        confirm_label = QLabel(_tr("Type the new passphrase again"), self)
        confirm_label.setBuddy(self.confirm.edit)
        column.addWidget(confirm_label)
        column.addWidget(self.confirm)
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
        self.setTabOrder(self.new.edit, self.new.toggle)
        self.setTabOrder(self.new.toggle, self.confirm.edit)
        self.setTabOrder(self.confirm.edit, self.confirm.toggle)
        self.setTabOrder(self.confirm.toggle, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.change_button)
        # Wide enough that the heading and the notes read as lines, not a narrow column.
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 75, _room_width(self)))
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
            self._say(_tr("Please type your current passphrase."))
            self.old.select_all()
            return
        problem = validate_new_passphrase(self.new.text(), self.confirm.text())
        if problem is not None:
            self._say(problem)
            self.new.select_all()
            return
        vault = self._session.vault
        old, new, kdf = self.old.text(), self.new.text(), self._kdf
        self.message.setVisible(False)
        self._set_busy(True)
        self._task = run_in_background(
            lambda: vault.change_passphrase(old, new, **kdf), self._done, self._failed, self
        )

    def _set_busy(self, busy: bool) -> None:
        for field in (self.old, self.new, self.confirm):
            field.set_busy(busy)
        self.change_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy.start(_tr("Changing your passphrase…"))
        else:
            self.busy.stop()

    def _done(self, _result: None) -> None:
        self._task = None
        self._set_busy(False)
        for field in (self.old, self.new, self.confirm):
            field.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._say(
                _tr(
                    "That isn't your current passphrase. Check Caps Lock and try again — "
                    "nothing was changed."
                )
            )
            self.old.select_all()
        else:
            self._say(message_for(exc))

    def reject(self) -> None:
        # Closing mid-change would hide the outcome; the change itself is atomic.
        if self._task is None:
            super().reject()


def _room_width(widget: QWidget) -> int:
    room = screen_room(widget)
    return room.width() if room is not None else 10_000
