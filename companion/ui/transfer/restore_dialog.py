"""Putting a backup back: progress, then what happened and how to open it.

The journal must be locked (the backups window locks it first; the damage offer runs
from the lock screen). The core keeps the files it replaces aside in a folder next to
the journal; this screen says where, and which passphrase opens the restored journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from companion.core.vault.backup import BackupInfo
from companion.core.vault.restore import RestoreResult
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import (
    OpenFolder,
    ProgressRow,
    count_text,
    day_text,
    error_text,
    note_label,
    open_folder,
    size_for_text,
)


def restored_text(info: BackupInfo, result: RestoreResult) -> str:
    """What a finished restore means for the person."""
    text = translate(
        "Transfer",
        "Your journal is back as it was on {date} ({count}). Unlock it with the passphrase "
        "or recovery code you used then.",
    ).format(date=day_text(info.created.astimezone().date()), count=count_text(info.entries))
    if result.kept_aside is not None:
        text += "\n\n" + translate(
            "Transfer",
            "The journal you had before was not deleted. It is kept in this folder: {path}",
        ).format(path=isolate(str(result.kept_aside)))
    return text


class RestoreDialog(QDialog):
    """Runs one restore as soon as it is opened; ``restored`` fires when it is done."""

    restored = Signal(object)  # RestoreResult

    def __init__(
        self,
        vaults: VaultService,
        folder: Path,
        backup: BackupInfo,
        parent: QWidget | None = None,
        *,
        show_folder: OpenFolder = open_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("Transfer", "Restore a backup"))
        self._vaults = vaults
        self._folder = folder
        self._backup = backup
        self._show_folder = show_folder
        self.result_value: RestoreResult | None = None
        self.operation: Operation[RestoreResult] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Restore a backup"), self))
        self.message = note_label(self, "restoreMessage")
        layout.addWidget(self.message)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(self)
        self.folder_button = QPushButton(translate("Transfer", "Show the folder"), self)
        self.folder_button.setObjectName("showFolder")
        self.folder_button.clicked.connect(self._open_kept)
        self.folder_button.setVisible(False)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("Transfer", "Close"))
        self.close_button.setObjectName("closeRestore")
        self.close_button.clicked.connect(self.accept)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        size_for_text(self, 80, 18)

    def start(self) -> None:
        """Begin restoring (called by :meth:`open`)."""
        if self.operation is not None:
            return
        if not self._backup.path.is_dir():
            # Rotation may remove an old backup (say, the day's automatic one at the lock).
            self.message.setText(
                translate(
                    "Transfer",
                    "That backup is no longer there, so nothing was changed. Unlock and "
                    "choose another one from the list.",
                )
            )
            return
        self.close_button.setEnabled(False)
        self.progress.start(
            translate("Transfer", "Restoring the backup from {date}…").format(
                date=day_text(self._backup.created.astimezone().date())
            )
        )
        vaults, folder, backup = self._vaults, self._folder, self._backup

        def work(progress: Progress) -> RestoreResult:
            return vaults.restore(
                folder, backup, progress=progress.report, cancelled=lambda: progress.cancelled
            )

        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._done)
            .on_failure(self._failed)
            .start()
        )

    def open(self) -> None:
        if self.parentWidget() is None:
            # Nothing to be modal to: block the app, so nobody unlocks while files change.
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.show()
        else:
            super().open()
        self.start()

    def cancel(self) -> None:
        """Ask the restore to stop (nothing is changed when it stops)."""
        if self.operation is not None:
            self.operation.cancel()

    def is_busy(self) -> bool:
        """True while the restore runs."""
        return self.operation is not None and not self.operation.is_done()

    def _done(self, result: RestoreResult) -> None:
        self.progress.stop()
        self.result_value = result
        self.close_button.setEnabled(True)
        self.message.setText(restored_text(self._backup, result))
        self.folder_button.setVisible(result.kept_aside is not None)
        self.restored.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.close_button.setEnabled(True)
        self.message.setText(error_text(exc))

    def _open_kept(self) -> None:
        if self.result_value is not None and self.result_value.kept_aside is not None:
            self._show_folder(self.result_value.kept_aside)

    def reject(self) -> None:
        if self.is_busy():
            return  # a restore is never left half-watched; Cancel stops it
        super().reject()
