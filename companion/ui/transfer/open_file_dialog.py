"""Open a journal from a file…: a copy saved in a guest session or carried on a USB stick.

The file (``.companion``, the encrypted single-file copy) becomes this computer's
journal and is opened as the session's journal. Nothing is changed until its passphrase
is proven: the file is unpacked into a scratch folder beside the journal and unlocked
there first. Then, when this computer already has a journal, the core's restore puts the
copy in its place and keeps the current journal aside in a folder (never deleted);
otherwise the copy is simply installed. Finally the journal is unlocked and handed to the
app through ``opened`` (the app attaches it to the session and shows the journal).
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.vault import Vault
from companion.core.vault.backup import read_backup
from companion.core.vault.layout import create_private_folder
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import (
    Pickers,
    ProgressRow,
    count_text,
    error_text,
    note_label,
    size_for_text,
    when_text,
)
from companion.ui.transfer.passphrase_inputs import NewPassphraseInputs, secret_field

SCRATCH_PREFIX = ".companion-incoming-"


def install_journal_file(
    vaults: VaultService,
    source: Path,
    folder: Path,
    passphrase: str,
    progress: Progress,
    *,
    recovery_code: str | None = None,
) -> tuple[Vault, Path | None]:
    """Make ``source`` the journal in ``folder`` and unlock it (slow: run it in the background).

    Args:
        passphrase: The copy's passphrase; with ``recovery_code``, the new passphrase
            that opens the journal from now on.
        recovery_code: The copy's recovery code, when its passphrase is forgotten.

    Returns:
        The unlocked journal, and where the journal it replaced was kept (None if none).

    Raises:
        NotAnExport, WrongPassphrase, WeakPassphrase, VaultDamaged, StorageFull: nothing
            was changed.
    """
    create_private_folder(folder.parent)
    scratch = folder.parent / f"{SCRATCH_PREFIX}{secrets.token_hex(6)}"
    kept: Path | None = None
    try:
        vaults.install_from_file(source, scratch)
        progress.check()
        # Proving the secret happens on the scratch copy: nothing else has moved yet.
        if recovery_code is None:
            vaults.unlock(scratch, passphrase).lock()
        else:  # the scratch copy's header now holds the new passphrase: it is what moves
            vaults.unlock_with_recovery_code(scratch, recovery_code, passphrase).lock()
        progress.check()
        if vaults.exists(folder) or recovery_code is not None:
            result = vaults.restore(folder, read_backup(scratch), progress=progress.report)
            kept = result.kept_aside
        else:
            vaults.install_from_file(source, folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return vaults.unlock(folder, passphrase), kept


class OpenFromFileDialog(QDialog):
    """Choose a journal file, give its passphrase, open it as this computer's journal.

    With the copy's recovery code instead (its passphrase forgotten), a new passphrase is
    chosen in the same step, as on the lock screen.

    Args:
        vaults: Opens and installs journals.
        folder: This computer's journal folder (``AppPaths.vault_dir``).
        pickers: Where the file is asked for.

    Signals:
        opened(Vault, object): the unlocked journal, and the folder the previous journal
            was kept in (a ``Path``, or None when there was none).
    """

    opened = Signal(object, object)

    def __init__(
        self,
        vaults: VaultService,
        folder: Path,
        parent: QWidget | None = None,
        *,
        pickers: Pickers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openFromFileDialog")
        self.setWindowTitle(translate("Transfer", "Open a journal from a file"))
        self._vaults = vaults
        self._folder = folder
        self._pickers = pickers or Pickers()
        self.path: Path | None = None
        self.operation: Operation[tuple[Vault, Path | None]] | None = None
        self._replaces = vaults.exists(folder)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Open a journal from a file"), self))
        intro = QLabel(
            translate(
                "Transfer",
                "Open an encrypted copy of a journal (a .companion file), for example one "
                "saved in a guest session or brought on a USB stick. It becomes the journal "
                "on this computer.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(translate("Transfer", "No file chosen yet."), self)
        self.file_label.setObjectName("openFileInfo")
        self.file_label.setWordWrap(True)
        row.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(translate("Transfer", "&Choose a file…"), self)
        self.choose_button.setObjectName("chooseJournalFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        form = QFormLayout()
        self.passphrase = secret_field(
            self, "filePassphrase", translate("Transfer", "The copy's passphrase")
        )
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.open_journal)
        self.secret_label = QLabel(translate("Transfer", "Its &passphrase:"), self)
        self.secret_label.setBuddy(self.passphrase)
        form.addRow(self.secret_label, self.passphrase)
        self.use_code_box = QCheckBox(
            translate("Transfer", "I have its recovery code instead"), self
        )
        self.use_code_box.setObjectName("useRecoveryCode")
        self.use_code_box.toggled.connect(self._use_code)
        form.addRow(self.use_code_box)
        layout.addLayout(form)
        # Shown with the recovery code: the copy then opens under a new passphrase.
        self.new_inputs = NewPassphraseInputs(self, for_journal=True)
        self.new_inputs.first.textChanged.connect(self._update)
        self.new_inputs.second.textChanged.connect(self._update)
        self.new_inputs.setVisible(False)
        layout.addWidget(self.new_inputs)
        self._line_up_labels()
        self.replace_note = QLabel(
            translate(
                "Transfer",
                "This computer already has a journal. It is not deleted: it is kept aside in "
                "a folder next to it, and the copy takes its place.",
            ),
            self,
        )
        self.replace_note.setObjectName("replaceNote")
        self.replace_note.setWordWrap(True)
        self.replace_box = QCheckBox(
            translate("Transfer", "Put this copy in place of the journal on this computer"), self
        )
        self.replace_box.setObjectName("confirmReplace")
        self.replace_box.toggled.connect(self._update)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.replace_box)
        self.replace_note.setVisible(self._replaces)
        self.replace_box.setVisible(self._replaces)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.message = note_label(self, "openFileMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(translate("Transfer", "&Open"), self)
        self.open_button.setObjectName("openJournalButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_journal)
        self.close_button = QPushButton(translate("Transfer", "Cancel"), self)
        self.close_button.setObjectName("closeOpenFile")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update()
        size_for_text(self, 84, 22)

    def _use_code(self, use: bool) -> None:
        """Switch the secret field between the copy's passphrase and its recovery code."""
        self.passphrase.clear()
        if use:
            self.secret_label.setText(translate("Transfer", "Its &recovery code:"))
            self.passphrase.setAccessibleName(translate("Transfer", "The copy's recovery code"))
            # A code is copied from paper: seeing it, in a fixed-width face, avoids typos.
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            mono.setPointSizeF(max(self.font().pointSizeF(), 1.0))
            self.passphrase.setFont(mono)
        else:
            self.secret_label.setText(translate("Transfer", "Its &passphrase:"))
            self.passphrase.setAccessibleName(translate("Transfer", "The copy's passphrase"))
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
            self.passphrase.setFont(self.font())
            self.new_inputs.clear()
        self.new_inputs.setVisible(use)
        self._line_up_labels()
        self.passphrase.setFocus()
        self._update()

    def _line_up_labels(self) -> None:
        """Two forms, one column of labels: the fields start at the same place."""
        labels = [self.secret_label, *self.new_inputs.labels()]
        for label in labels:
            label.setMinimumWidth(0)
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)

    def _update(self) -> None:
        busy = self.is_busy()
        ready = self.path is not None and bool(self.passphrase.text())
        if self.use_code_box.isChecked():
            ready = ready and self.new_inputs.problem() is None
        if self._replaces:
            ready = ready and self.replace_box.isChecked()
        self.open_button.setEnabled(ready and not busy)
        for widget in (
            self.choose_button,
            self.passphrase,
            self.use_code_box,
            self.new_inputs,
            self.replace_box,
        ):
            widget.setEnabled(not busy)

    def is_busy(self) -> bool:
        """True while the file is being opened."""
        return self.operation is not None and not self.operation.is_done()

    def cancel(self) -> None:
        """Stop before the journal is replaced (nothing changes)."""
        if self.operation is not None:
            self.operation.cancel()

    def choose_file(self) -> None:
        """Ask for the journal file."""
        path = self._pickers.open(
            self,
            translate("Transfer", "Choose the journal file"),
            Path.home(),
            translate("Transfer", "Companion journal files (*.companion)"),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Use ``path``; show what it says about itself."""
        self.path = None
        self.message.clear()
        try:
            info = self._vaults.describe_file(path)
        except Exception as exc:
            self.file_label.setText(isolate(path.name))
            self.message.setText(error_text(exc))
            self._update()
            return
        self.path = path
        self.file_label.setText(
            translate("Transfer", "{name}: made {when}, {count}.").format(
                name=isolate(path.name),
                when=when_text(info.created),
                count=count_text(info.entries),
            )
        )
        self._update()
        self.passphrase.setFocus()

    def open_journal(self) -> None:
        """Check the passphrase on a scratch copy, put the journal in place, unlock it."""
        if self.path is None or not self.passphrase.text() or self.is_busy():
            return
        if self._replaces and not self.replace_box.isChecked():
            return
        if self.use_code_box.isChecked() and self.new_inputs.problem() is not None:
            return
        vaults, source, folder = self._vaults, self.path, self._folder
        if self.use_code_box.isChecked():
            passphrase, code = self.new_inputs.text(), self.passphrase.text()
        else:
            passphrase, code = self.passphrase.text(), None

        def work(progress: Progress) -> tuple[Vault, Path | None]:
            return install_journal_file(
                vaults, source, folder, passphrase, progress, recovery_code=code
            )

        self.message.clear()
        self.progress.start(translate("Transfer", "Opening the journal…"), can_cancel=False)
        self.operation = (
            Operation(self, work)
            .on_success(self._opened)
            .on_failure(self._failed)
            .on_abandoned(lambda outcome: outcome[0].lock())
            .start()
        )
        self._update()

    def _opened(self, outcome: tuple[Vault, Path | None]) -> None:
        self.progress.stop()
        self.passphrase.clear()
        self.new_inputs.clear()
        vault, kept = outcome
        self.opened.emit(vault, kept)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.message.setText(error_text(exc))
        self._update()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self.is_busy():
            return  # the journal may be mid-switch; it finishes in a moment
        super().reject()

    def done(self, result: int) -> None:
        self.passphrase.clear()
        self.new_inputs.clear()
        super().done(result)
