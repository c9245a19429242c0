"""First run: say what Companion keeps private, then create the passphrase and vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion import APP_NAME
from companion.core.vault import RecoveryCode, Vault
from companion.core.vault.service import VaultService
from companion.ui.shell.design import TypeRole, make_primary, message_slot, type_font
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import Operation
from companion.ui.shell.theme import HelpButtonSource, build_card_screen
from companion.ui.vault.passphrase_form import NewPassphraseForm
from companion.ui.vault.wrapping_link import wrapping_link_button
from companion.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from companion.ui.shell.ops import Progress


class FirstRunWindow(QWidget):
    """The welcome screen. Emits ``created(vault, recovery_code)`` once the vault exists."""

    created = Signal(object, object)
    guest_requested = Signal()
    open_file_requested = Signal()

    def __init__(
        self,
        vaults: VaultService,
        vault_dir: Path,
        help_access: HelpButtonSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self._vaults = vaults
        self._vault_dir = vault_dir
        self._operation: Operation[tuple[Vault, RecoveryCode]] | None = None

        self.promise = QLabel(
            translate(
                "Vault",
                "Everything you write stays on this computer, encrypted with your "
                "passphrase. There is no account and no internet connection, so nobody "
                "else can read it.",
            ),
            self,
        )
        self.promise.setWordWrap(True)
        self.promise.setAccessibleName(translate("Vault", "What Companion keeps private"))

        self.choose_heading = QLabel(translate("Vault", "Choose a passphrase"), self)
        self.choose_heading.setFont(type_font(TypeRole.SUBTITLE))
        self.choose_heading.setWordWrap(True)
        self.guidance = QLabel(
            translate(
                "Vault",
                "You'll type it each time you open your journal. Make it at least 8 "
                "characters; a short sentence or a few words is easier to remember than "
                "a jumble of symbols.",
            ),
            self,
        )
        self.guidance.setWordWrap(True)
        self.form = NewPassphraseForm(
            translate("Vault", "Passphrase"), translate("Vault", "Type it again to be sure"), self
        )
        # The fields by the names the rest of the app and its tests know them by.
        self.passphrase = self.form.passphrase
        self.confirm = self.form.confirm
        self.meter = self.form.meter

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Vault", "Message"))
        self.message.setVisible(False)
        self.busy = BusyIndicator(self)
        self.create_button = QPushButton(translate("Vault", "Create my journal"), self)
        self.create_button.setAccessibleName(translate("Vault", "Create my journal"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        make_primary(self.create_button)

        self.form.changed.connect(self._on_typed)
        self.form.submitted.connect(self.submit)
        self.create_button.clicked.connect(self.submit)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("Vault", "Note"))
        self.notice.setVisible(False)
        form = QWidget(self)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.promise)
        line = QFrame(form)
        line.setFrameShape(QFrame.Shape.HLine)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(line)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.choose_heading)
        column.addWidget(self.guidance)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.form)
        # Room for a message is kept, so the button below never moves under the pointer.
        column.addWidget(message_slot(self.message))
        column.addWidget(message_slot(self.busy, 1))
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self.guest_button = wrapping_link_button(
            translate("Vault", "Just trying it, or not your computer? Use Companion as a guest"),
            form,
            name="useAsGuestButton",
        )
        self.guest_button.clicked.connect(self.guest_requested)
        column.addWidget(self.guest_button, 0, Qt.AlignmentFlag.AlignLeft)
        # A journal saved elsewhere (a guest session's copy on a USB stick, another
        # computer's backup) opens here as this computer's journal.
        self.open_file_button = wrapping_link_button(
            translate("Vault", "Already have a journal? Open a journal from a file…"),
            form,
            name="openJournalFileButton",
        )
        self.open_file_button.clicked.connect(self.open_file_requested)
        column.addWidget(self.open_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.header, self.title = build_card_screen(
            self, help_access, translate("Vault", "Welcome to Companion"), APP_NAME, form, 80
        )
        self.help_button = self.header.property("helpButton")
        self.setTabOrder(self.help_button, self.passphrase.edit)
        self.setTabOrder(self.form.last_control(), self.create_button)
        self.setTabOrder(self.create_button, self.guest_button)
        self.setTabOrder(self.guest_button, self.open_file_button)
        self.passphrase.setFocus()

    def show_notice(self, text: str) -> None:
        """A calm note above the form (for example: settings could not be read)."""
        self.notice.setText(text)
        self.notice.setVisible(True)

    def is_busy(self) -> bool:
        """True while the vault is being created."""
        return self._operation is not None

    def _on_typed(self) -> None:
        if not self.message.isVisible():
            return
        # Hide the note once what it said is no longer true ("at least 8 characters"
        # stayed up after the passphrase grew long enough); a new problem is named on
        # the next try rather than while the person is still typing.
        if self.form.problem() != self.message.text():
            self.message.setVisible(False)

    def show_message(self, text: str) -> None:
        """Show a calm note under the fields."""
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        """Validate, then create the vault in the background."""
        if self._operation is not None:
            return
        problem = self.form.problem()
        if problem is not None:
            self.show_message(problem)
            self.form.focus_problem()
            return
        self.message.setVisible(False)
        self._set_busy(True)
        vaults, folder, passphrase = self._vaults, self._vault_dir, self.form.text()

        def create(_progress: Progress) -> tuple[Vault, RecoveryCode]:
            return vaults.create(folder, passphrase)

        self._operation = (
            Operation(self, create)
            .on_success(self._created)
            .on_failure(self._failed)
            .on_abandoned(lambda made: made[0].lock())  # closed meanwhile: lock it again
            .start()
        )

    def _set_busy(self, busy: bool) -> None:
        self.form.set_busy(busy)
        self.create_button.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Creating your journal… this takes a moment."))
        else:
            self.busy.stop()

    def _created(self, result: tuple[Vault, RecoveryCode]) -> None:
        self._operation = None
        self._set_busy(False)
        self.form.clear()
        vault, code = result
        self.created.emit(vault, code)

    def _failed(self, exc: BaseException) -> None:
        self._operation = None
        self._set_busy(False)
        self.show_message(message_for(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-creation would leave a half-made vault folder; wait it out.
        if self._operation is not None:
            event.ignore()
            return
        super().closeEvent(event)
