"""When unlocking finds damage: what was found, that the files are untouched, and the
newest backup that checks out (Restore / Not now / Show the folder).

The core reports damage before writing anything (a cut-off database, a write-ahead log
damaged in the middle, an older database put back, a header that does not belong…).
This dialog says so plainly, looks for the newest backup that verifies in the
background, and restores it on request; the core's restore keeps the damaged files
aside in a folder, so nothing is ever lost by choosing Restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.errors import VaultDamaged
from companion.core.vault.backup import BackupInfo
from companion.core.vault.errors import Damage, DatabaseDamaged
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
from companion.ui.transfer.restore_dialog import restored_text


def found_text(error: BaseException) -> str:
    """What was found, in plain words (never the file contents)."""
    if isinstance(error, VaultDamaged) and error.part == "header":
        return translate(
            "Transfer",
            "The small file that unlocks your journal (vault.header) looks damaged. Your "
            "passphrase is not the problem.",
        )
    damage = error.damage if isinstance(error, DatabaseDamaged) else None
    texts = {
        Damage.MISSING: translate("Transfer", "The journal file (journal.db) is missing."),
        Damage.TOO_SHORT: translate(
            "Transfer",
            "The journal file is cut short. This happens when it is copied or synced while "
            "open, or when the power goes off.",
        ),
        Damage.NOT_A_JOURNAL: translate(
            "Transfer", "The journal file does not hold a Companion journal."
        ),
        Damage.LOG_DAMAGED: translate(
            "Transfer",
            "The file with your latest changes (journal.db-wal) is damaged in the middle, so "
            "recent changes could not be read safely.",
        ),
        Damage.OLDER_THAN_HEADER: translate(
            "Transfer",
            "The journal file is older than it should be: recent changes are missing. A file "
            "may have been lost, or an older copy put back.",
        ),
        Damage.OLDER_THAN_LOG: translate(
            "Transfer",
            "The journal file is older than the file with its latest changes. An older copy "
            "may have been put back.",
        ),
        Damage.WRONG_DATABASE: translate(
            "Transfer", "The journal file and the file that unlocks it do not belong together."
        ),
        Damage.PAGES: translate("Transfer", "Parts of the journal file failed their check."),
        Damage.UNREADABLE: translate(
            "Transfer", "The journal file could not be read with its key."
        ),
    }
    if damage is not None and damage in texts:
        return texts[damage]
    return translate("Transfer", "Your journal's files failed a check.")


def untouched_text(error: BaseException) -> str:
    """What happened to the damaged files."""
    kept = error.kept_aside if isinstance(error, DatabaseDamaged) else None
    if kept:
        return translate(
            "Transfer",
            "A copy of the damaged files was put aside, untouched, in: {path}",
        ).format(path=isolate(kept))
    return translate(
        "Transfer",
        "Companion did not open or change the damaged files. If you restore a backup, they "
        "are moved aside into a folder next to the journal, never deleted.",
    )


class DamageDialog(QDialog):
    """Offer the newest good backup after unlock reported damage.

    Args:
        vaults: Finds and restores backups.
        folder: The journal folder whose unlock failed.
        error: What unlock raised (a ``VaultDamaged``).
        secret: The passphrase just typed, if any: backups it opens get the full check;
            others are checked against their manifest.
        show_folder: Opens a folder in the file manager.

    Signals:
        restored(RestoreResult): the backup is in place; unlock again.
    """

    restored = Signal(object)

    def __init__(
        self,
        vaults: VaultService,
        folder: Path,
        error: BaseException,
        parent: QWidget | None = None,
        *,
        secret: str | None = None,
        show_folder: OpenFolder = open_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damageDialog")
        self.setWindowTitle(translate("Transfer", "Your journal needs attention"))
        self._vaults = vaults
        self._folder = folder
        self._show_folder = show_folder
        self.backup: BackupInfo | None = None
        self.result_value: RestoreResult | None = None
        self._search: Operation[BackupInfo | None] | None = None
        self.operation: Operation[RestoreResult] | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Your journal needs attention"), self))
        self.found = QLabel(found_text(error), self)
        self.found.setObjectName("damageFound")
        self.found.setWordWrap(True)
        layout.addWidget(self.found)
        self.untouched = QLabel(untouched_text(error), self)
        self.untouched.setObjectName("damageUntouched")
        self.untouched.setWordWrap(True)
        layout.addWidget(self.untouched)
        self.offer = note_label(self, "backupOffer")
        self.offer.setText(translate("Transfer", "Looking for a backup that checks out…"))
        layout.addWidget(self.offer)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(translate("Transfer", "&Restore"), self)
        self.restore_button.setObjectName("restoreNewest")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.later_button = QPushButton(translate("Transfer", "&Not now"), self)
        self.later_button.setObjectName("notNow")
        self.later_button.clicked.connect(self.reject)
        self.folder_button = QPushButton(translate("Transfer", "&Show the folder"), self)
        self.folder_button.setObjectName("showJournalFolder")
        self.folder_button.clicked.connect(lambda: self._show_folder(self._folder))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout.addStretch(1)
        layout.addLayout(buttons)

        size_for_text(self, 84, 22)

        def search(_progress: Progress) -> BackupInfo | None:
            return vaults.newest_good_backup(folder, secret)

        self._search = (
            Operation(self, search).on_success(self._found).on_failure(self._not_found).start()
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Make room for every wrapped line at the width the dialog really got (Qt sizes
        a dialog without asking how tall wrapped notes become; large text lost lines)."""
        super().showEvent(event)
        self.fit_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit_height()  # a new message (backup found or not) may need more lines
        return handled

    def fit_height(self) -> None:
        """Grow to the height the wrapped words need at the current width."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def searching(self) -> bool:
        """True while backups are checked."""
        return self._search is not None and not self._search.is_done()

    def is_busy(self) -> bool:
        """True while searching or restoring."""
        return self.searching() or (self.operation is not None and not self.operation.is_done())

    def _found(self, info: BackupInfo | None) -> None:
        self.backup = info
        if info is None:
            self.offer.setText(
                translate(
                    "Transfer",
                    "No backup that checks out was found. Keep the files as they are; a copy "
                    "made elsewhere (a USB stick, another computer) may still help.",
                )
            )
            return
        self.offer.setText(
            translate(
                "Transfer",
                "The newest backup that checks out is from {date} ({count}). Restoring it "
                "brings your journal back as it was then.",
            ).format(
                date=day_text(info.created.astimezone().date()), count=count_text(info.entries)
            )
        )
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def _not_found(self, exc: BaseException) -> None:
        self.offer.setText(error_text(exc))

    def cancel(self) -> None:
        """Stop the restore (nothing is changed when it stops)."""
        if self.operation is not None:
            self.operation.cancel()

    def restore(self) -> None:
        """Restore the offered backup (the damaged files are kept aside)."""
        info = self.backup
        if info is None or self.is_busy() or self.result_value is not None:
            return
        vaults, folder = self._vaults, self._folder

        def work(progress: Progress) -> RestoreResult:
            return vaults.restore(
                folder, info, progress=progress.report, cancelled=lambda: progress.cancelled
            )

        self.restore_button.setEnabled(False)
        self.later_button.setEnabled(False)
        self.progress.start(translate("Transfer", "Restoring the backup…"))
        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._restored)
            .on_failure(self._failed)
            .start()
        )

    def _restored(self, result: RestoreResult) -> None:
        self.progress.stop()
        self.result_value = result
        assert self.backup is not None
        self.offer.setText(restored_text(self.backup, result))
        self.later_button.setText(translate("Transfer", "Close"))
        self.later_button.setEnabled(True)
        self.later_button.setFocus()
        self.restored.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.offer.setText(error_text(exc))
        self.later_button.setEnabled(True)
        self.restore_button.setEnabled(self.backup is not None)

    def reject(self) -> None:
        if self.operation is not None and not self.operation.is_done():
            return  # a restore is never left half-watched; Cancel stops it
        super().reject()
