"""The lock screen: passphrase, or recovery code plus a new passphrase. Help stays visible."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.errors import WrongPassphrase
from companion.core.vault import Vault
from companion.core.vault.service import VaultService
from companion.ui.shell.design import TypeRole, make_primary, message_slot, type_font
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import WRONG_RECOVERY_CODE, message_for
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.quick_exit import announce
from companion.ui.shell.theme import HelpButtonSource, build_card_screen
from companion.ui.vault.passphrase_field import PassphraseField
from companion.ui.vault.passphrase_form import NewPassphraseForm
from companion.ui.vault.wrapping_link import WrappingButton, wrapping_link_button
from companion.ui.widgets.busy import BusyIndicator
from companion.ui.widgets.button_row import ButtonRow


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LockScreen(QWidget):
    """Emits ``unlocked(vault)`` after a successful unlock; unlimited retries."""

    unlocked = Signal(object)
    guest_requested = Signal()
    open_file_requested = Signal()
    unlock_failed = Signal(object)  # the exception: the app may offer a backup for damage

    def __init__(
        self,
        vaults: VaultService,
        vault_dir: Path,
        help_access: HelpButtonSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Vault", "Companion — Locked"))
        self._vaults = vaults
        self._vault_dir = vault_dir
        self._task: Operation[Vault] | None = None

        # Two pages; only one is visible, so the layout is as tall as the one shown.
        self.passphrase_page = self._build_passphrase_page()
        self.recovery_page = self._build_recovery_page()
        self.busy = BusyIndicator(self)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("Vault", "Note"))
        self.notice.setVisible(False)
        form = QWidget(self)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.passphrase_page)
        column.addWidget(self.recovery_page)
        column.addWidget(message_slot(self.busy, 1))
        # The second person at a locked computer can still use Companion, without this
        # journal and without leaving anything behind.
        self.guest_button = wrapping_link_button(
            translate("Vault", "Not your journal? Use Companion as a guest"),
            form,
            name="useAsGuestButton",
        )
        self.guest_button.clicked.connect(self.guest_requested)
        column.addWidget(self.guest_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.open_file_button = wrapping_link_button(
            translate("Vault", "Open a journal from a file…"), form, name="openJournalFileButton"
        )
        self.open_file_button.clicked.connect(self.open_file_requested)
        column.addWidget(self.open_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.header, self.title = build_card_screen(
            self, help_access, translate("Vault", "Your journal is locked"), APP_NAME, form, 76
        )
        self.help_button = self.header.property("helpButton")
        self.setTabOrder(self.help_button, self.passphrase.edit)
        # One chain through both pages (the hidden one is skipped), then the guest link.
        self.setTabOrder(self.unlock_button, self.code_edit)
        self.setTabOrder(self.back_button, self.guest_button)
        self.setTabOrder(self.guest_button, self.open_file_button)
        self.show_passphrase_page()

    # --- pages ------------------------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(translate("Vault", "Type your passphrase to open your journal."), page)
        self.intro.setWordWrap(True)
        self.passphrase = PassphraseField(translate("Vault", "Passphrase"), parent=page)
        self.passphrase_message = _note(page, translate("Vault", "Unlock message"))
        self.unlock_button = QPushButton(translate("Vault", "Unlock"), page)
        self.unlock_button.setAccessibleName(translate("Vault", "Unlock"))
        self.unlock_button.setDefault(True)
        make_primary(self.unlock_button)
        self.use_code_button = wrapping_link_button(
            translate("Vault", "Use recovery code instead"), page
        )

        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.use_code_button.clicked.connect(self.show_recovery_page)

        # Side by side while they fit, else one under the other (large text, long words).
        buttons = ButtonRow()
        buttons.addWidget(self.use_code_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        label = QLabel(translate("Vault", "Passphrase"), page)
        label.setBuddy(self.passphrase.edit)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        # Room for the message is kept, so "Unlock" never moves under the pointer.
        layout.addWidget(message_slot(self.passphrase_message))
        layout.addLayout(buttons)
        layout.addStretch(1)
        page.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        page.setTabOrder(self.passphrase.toggle, self.use_code_button)  # reading order
        page.setTabOrder(self.use_code_button, self.unlock_button)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        self.recovery_heading = QLabel(translate("Vault", "Use your recovery code"), page)
        self.recovery_heading.setFont(type_font(TypeRole.SUBTITLE))
        self.recovery_heading.setWordWrap(True)
        self.recovery_intro = QLabel(
            translate(
                "Vault",
                "Type the recovery code you saved when you created your journal, then "
                "choose a new passphrase. Your entries stay as they are.",
            ),
            page,
        )
        self.recovery_intro.setWordWrap(True)
        code_label = QLabel(translate("Vault", "Recovery code"), page)
        self.code_edit = QLineEdit(page)
        self.code_edit.setAccessibleName(translate("Vault", "Recovery code"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # The system's fixed-width face at the system's text size.
        mono.setPointSizeF(max(QApplication.font().pointSizeF(), 1.0))
        self.code_edit.setFont(mono)
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        code_label.setBuddy(self.code_edit)
        self.new_form = NewPassphraseForm(
            translate("Vault", "New passphrase"),
            translate("Vault", "Type the new passphrase again"),
            page,
        )
        self.new_passphrase = self.new_form.passphrase
        self.new_confirm = self.new_form.confirm
        self.new_meter = self.new_form.meter
        self.recovery_message = _note(page, translate("Vault", "Recovery message"))
        # Long (longer still in some languages): its words wrap rather than widen the card.
        self.recover_button = WrappingButton(
            translate("Vault", "Unlock and set new passphrase"), page
        )
        self.recover_button.setAccessibleName(translate("Vault", "Unlock and set new passphrase"))
        make_primary(self.recover_button)
        self.back_button = wrapping_link_button(translate("Vault", "Back to passphrase"), page)

        self.code_edit.returnPressed.connect(self.new_passphrase.select_all)
        self.new_form.submitted.connect(self.unlock_with_code)
        self.recover_button.clicked.connect(self.unlock_with_code)
        self.back_button.clicked.connect(self.show_passphrase_page)

        buttons = ButtonRow()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.recovery_heading,
            self.recovery_intro,
            code_label,
            self.code_edit,
            self.new_form,
        ):
            layout.addWidget(widget)
        layout.addWidget(message_slot(self.recovery_message))
        layout.addLayout(buttons)
        layout.addStretch(1)
        page.setTabOrder(self.code_edit, self.new_passphrase.edit)
        page.setTabOrder(self.new_form.last_control(), self.recover_button)
        page.setTabOrder(self.recover_button, self.back_button)
        return page

    def _switch_to(self, index: int) -> None:
        self.passphrase_page.setVisible(index == 0)
        self.recovery_page.setVisible(index == 1)

    def showing_recovery(self) -> bool:
        """True while the recovery code form is shown."""
        return not self.recovery_page.isHidden()

    def show_passphrase_page(self) -> None:
        """Show the passphrase field (the usual way in)."""
        self._switch_to(0)
        self.unlock_button.setDefault(True)
        make_primary(self.unlock_button)
        self.recover_button.setDefault(False)
        self.passphrase.select_all()

    def show_recovery_page(self) -> None:
        """Switch to the recovery code form."""
        self._switch_to(1)
        self.unlock_button.setDefault(False)
        self.recover_button.setDefault(True)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_notice(self, text: str) -> None:
        """A calm note above the form (for example: settings could not be read)."""
        self.notice.setText(text)
        self.notice.setVisible(True)

    def is_busy(self) -> bool:
        """True while a key is being derived."""
        return self._task is not None

    # --- unlocking ----------------------------------------------------------------------

    def unlock(self) -> None:
        """Try the typed passphrase in the background."""
        if self._task is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._say(self.passphrase_message, translate("Vault", "Please type your passphrase."))
            self.passphrase.select_all()
            return
        vaults, folder = self._vaults, self._vault_dir
        self._start(
            lambda _progress: vaults.unlock(folder, passphrase),
            translate("Vault", "Opening your journal…"),
            self._unlock_failed,
        )

    def unlock_with_code(self) -> None:
        """Try the recovery code and set the new passphrase in one step."""
        if self._task is not None:
            return
        code = self.code_edit.text().strip()
        if not code:
            self._say(self.recovery_message, translate("Vault", "Please type your recovery code."))
            self.code_edit.setFocus()
            return
        problem = self.new_form.problem()
        if problem is not None:
            self._say(self.recovery_message, problem)
            self.new_form.focus_problem()
            return
        vaults, folder, new = self._vaults, self._vault_dir, self.new_form.text()
        self._start(
            lambda _progress: vaults.unlock_with_recovery_code(folder, code, new),
            translate("Vault", "Checking your recovery code…"),
            self._recovery_failed,
        )

    def _start(
        self,
        work: Callable[[Progress], Vault],
        busy_text: str,
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self.passphrase_message.setVisible(False)
        self.recovery_message.setVisible(False)
        self._set_busy(True, busy_text)
        # Closed mid-unlock (the app quit): the vault that arrives after is locked again.
        self._task = (
            Operation(self, work)
            .on_success(self._succeeded)
            .on_failure(on_failure)
            .on_abandoned(Vault.lock)
            .start()
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for field in (self.passphrase, self.new_passphrase, self.new_confirm):
            field.set_busy(busy)
        self.code_edit.setReadOnly(busy)
        for button in (
            self.unlock_button,
            self.recover_button,
            self.use_code_button,
            self.back_button,
        ):
            button.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()

    def _succeeded(self, vault: Vault) -> None:
        self._task = None
        self._set_busy(False)
        for field in (self.passphrase, self.new_passphrase, self.new_confirm):
            field.clear()
        self.code_edit.clear()
        self.unlocked.emit(vault)

    def _unlock_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self._say(self.passphrase_message, message_for(exc))
        self.passphrase.select_all()
        self.unlock_failed.emit(exc)

    def _recovery_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._say(self.recovery_message, WRONG_RECOVERY_CODE.translated())
            self.code_edit.setFocus()
            self.code_edit.selectAll()
        else:
            self._say(self.recovery_message, message_for(exc))
            self.unlock_failed.emit(exc)

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)
        label.setAccessibleDescription(text)
        announce(label, text)  # screen readers say it (a shown label is not read out)
