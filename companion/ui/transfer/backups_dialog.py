"""The backups window: the list (date, entries, size, checked), "Back up now" and
"Restore…".

Backups are made by the core (verified, encrypted, rotated); this window runs them in
the background with progress and cancel. Each listed backup is checked against its
manifest in the background (SHA-256; no key needed), so a damaged one says so before
anyone picks it. Restoring locks the journal first (the app passes ``lock_journal``),
then :class:`~companion.ui.transfer.restore_dialog.RestoreDialog` puts the backup back;
the journal as it was is kept aside, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.vault.backup import BackupInfo, BackupPolicy
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import (
    OpenFolder,
    Pickers,
    ProgressRow,
    ask,
    count_text,
    day_text,
    error_text,
    keep_alive,
    note_label,
    open_folder,
    size_for_text,
    size_text,
    when_text,
)
from companion.ui.transfer.restore_dialog import RestoreDialog

_INFO = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4
CHECKED_COLUMN = 3


def schedule_text(policy: BackupPolicy) -> str:
    """How automatic backups work, from the policy the app runs with."""
    return translate(
        "Transfer",
        "Companion makes an encrypted backup by itself when you lock or close it (at most "
        "once a day) and before every upgrade. It keeps the last {daily} daily and {weekly} "
        "weekly backups. Each backup opens with the passphrase you had when it was made.",
    ).format(daily=isolate(str(policy.keep_daily)), weekly=isolate(str(policy.keep_weekly)))


@dataclass(frozen=True)
class SecondFolder:
    """Where the second copy of each backup goes, kept between runs by the app."""

    get: Callable[[], Path | None]
    set: Callable[[Path], None]


class BackupsDialog(QDialog):
    """The list of backups with "Back up now" and "Restore…".

    Args:
        session: The open journal (on disk: guest sessions have no backups).
        vaults: Makes, lists, checks and restores backups.
        lock_journal: Locks the journal the way the app does (saving first); called
            before a restore. The window closes with the lock.
        pickers: Where the second-copy folder is asked for.
        show_folder: Opens a folder in the file manager.
        current_screen: The screen showing after the lock (the lock screen); the restore
            runs window-modal over it. Without it the restore blocks the whole app.
    """

    backup_made = Signal(object)  # BackupInfo
    restore_started = Signal(object)  # RestoreDialog

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        lock_journal: Callable[[], None],
        parent: QWidget | None = None,
        *,
        pickers: Pickers | None = None,
        show_folder: OpenFolder = open_folder,
        current_screen: Callable[[], QWidget | None] | None = None,
        second_folder: SecondFolder | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(translate("Transfer", "Backups"))
        self._session = session
        self._vaults = vaults
        self._lock_journal = lock_journal
        self._pickers = pickers or Pickers()
        self._show_folder = show_folder
        self._current_screen = current_screen
        folder = session.vault.folder
        if folder is None:
            raise ValueError("a guest session has no backups")
        self._folder: Path = folder
        self._remember = second_folder
        self._second: Path | None = (
            second_folder.get() if second_folder is not None else None
        ) or vaults.backup_policy.second_folder
        self._infos: list[BackupInfo] = []
        self._checks: list[Operation[list[str]]] = []
        self.operation: Operation[BackupInfo] | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Backups"), self))
        self.schedule = QLabel(schedule_text(vaults.backup_policy), self)
        self.schedule.setWordWrap(True)
        layout.addWidget(self.schedule)

        self.table = QTreeWidget(self)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(translate("Transfer", "Backups, newest first"))
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(COLUMNS)
        self.table.setHeaderLabels(
            [
                translate("Transfer", "Made"),
                translate("Transfer", "Entries"),
                translate("Transfer", "Size"),
                translate("Transfer", "Checked"),
            ]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            translate("Transfer", "No backups yet. Choose \u201cBack up now\u201d to make one."),
            self,
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        second_row = QHBoxLayout()
        self.second_label = QLabel(self)
        self.second_label.setWordWrap(True)
        second_row.addWidget(self.second_label, 1)
        self.second_button = QPushButton(translate("Transfer", "Also copy to a folder…"), self)
        self.second_button.setObjectName("chooseSecondFolder")
        self.second_button.clicked.connect(self.choose_second_folder)
        second_row.addWidget(self.second_button)
        layout.addLayout(second_row)

        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.message = note_label(self, "backupsMessage")
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(translate("Transfer", "&Back up now"), self)
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(translate("Transfer", "&Restore…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button = QPushButton(translate("Transfer", "Show the folder"), self)
        self.folder_button.setObjectName("showBackupsFolder")
        self.folder_button.clicked.connect(self._open_backups_folder)
        self.close_button = QPushButton(translate("Transfer", "Close"), self)
        self.close_button.setObjectName("closeBackups")
        self.close_button.clicked.connect(self.reject)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._show_second()
        self.refresh()
        size_for_text(self, 96, 26)

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again and check each backup in the background."""
        self._infos = self._vaults.list_backups(self._folder)
        self.table.clear()
        for info in self._infos:
            item = QTreeWidgetItem(
                [
                    when_text(info.created),
                    count_text(info.entries),
                    size_text(info.database_bytes),
                    translate("Transfer", "Checking…"),
                ]
            )
            item.setData(0, _INFO, info)
            self.table.addTopLevelItem(item)
            self._check(item, info)
        self.empty.setVisible(not self._infos)
        self.table.setVisible(bool(self._infos))
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def _check(self, item: QTreeWidgetItem, info: BackupInfo) -> None:
        vaults = self._vaults

        def shown(problems: list[str]) -> None:
            item.setText(
                CHECKED_COLUMN,
                translate("Transfer", "Checked, good")
                if not problems
                else translate("Transfer", "Damaged, do not use"),
            )
            item.setData(CHECKED_COLUMN, _INFO, not problems)
            self._update_buttons()

        def failed(_exc: BaseException) -> None:
            item.setText(CHECKED_COLUMN, translate("Transfer", "Could not be checked"))

        operation = (
            Operation(self, lambda _p: vaults.check_backup(info))
            .on_success(shown)
            .on_failure(failed)
            .start()
        )
        self._checks.append(operation)

    def checks_done(self) -> bool:
        """True when every listed backup has been checked (tests wait on this)."""
        return all(op.is_done() for op in self._checks)

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        item = self.table.currentItem()
        if item is None:
            return None
        info = item.data(0, _INFO)
        return info if isinstance(info, BackupInfo) else None

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        item = self.table.currentItem()
        good = item is not None and item.data(CHECKED_COLUMN, _INFO) is not False
        self.restore_button.setEnabled(not busy and item is not None and good)
        self.backup_button.setEnabled(not busy and self._session.is_unlocked())
        self.second_button.setEnabled(not busy)

    # -- backing up ----------------------------------------------------------------------

    def _show_second(self) -> None:
        if self._second is None:
            self.second_label.setText(
                translate("Transfer", "A second copy on a USB stick is optional.")
            )
        else:
            self.second_label.setText(
                translate(
                    "Transfer", "A second copy of each backup made here goes to: {path}"
                ).format(path=isolate(str(self._second)))
            )

    def choose_second_folder(self) -> None:
        """Pick a folder (a USB stick) for a second copy of the backups made here."""
        chosen = self._pickers.folder(
            self, translate("Transfer", "Choose a folder for a second copy"), Path.home()
        )
        if chosen is not None:
            self._second = chosen
            if self._remember is not None:
                self._remember.set(chosen)  # the automatic backups use it from now on
            self._show_second()

    def back_up_now(self) -> None:
        """Make a verified, encrypted backup in the background."""
        if self.is_busy() or not self._session.is_unlocked():
            return
        vault = self._session.vault
        vaults = self._vaults
        policy = replace(vaults.backup_policy, second_folder=self._second)

        def work(progress: Progress) -> BackupInfo:
            return vaults.backup(
                vault,
                reason="manual",
                policy=policy,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        self.message.clear()
        self.progress.start(translate("Transfer", "Making a backup and checking it…"))
        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._backed_up)
            .on_failure(self._backup_failed)
            .start()
        )
        self._update_buttons()

    def is_busy(self) -> bool:
        """True while a backup runs."""
        return self.operation is not None and not self.operation.is_done()

    def cancel(self) -> None:
        """Stop the backup (nothing unverified is kept)."""
        if self.operation is not None:
            self.operation.cancel()

    def _backed_up(self, info: BackupInfo) -> None:
        self.progress.stop()
        text = translate(
            "Transfer", "Backup made and checked: {when}, {count}. It is encrypted."
        ).format(when=when_text(info.created), count=count_text(info.entries))
        if info.second_copy is not None:
            text += " " + translate("Transfer", "A second copy is in {path}.").format(
                path=isolate(str(info.second_copy))
            )
        if info.second_copy_error is not None:
            text += " " + translate(
                "Transfer",
                "The second copy could not be written (is the USB stick still there?). "
                "The backup itself is fine.",
            )
        self.message.setText(text)
        self.refresh()
        self.backup_made.emit(info)

    def _backup_failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.message.setText(error_text(exc))
        self._update_buttons()

    def _open_backups_folder(self) -> None:
        self._show_folder(self._folder / "backups")

    # -- restoring -----------------------------------------------------------------------

    def ask_restore(self) -> None:
        """Ask before restoring the chosen backup; say what happens to today's journal."""
        info = self.selected()
        if info is None or self.is_busy():
            return
        day = day_text(info.created.astimezone().date())
        ask(
            self,
            "restoreConfirm",
            translate("Transfer", "Restore the backup from {date}?").format(date=day),
            translate(
                "Transfer",
                "Your journal will be locked first. The journal as it is now is not deleted: "
                "it is kept aside in a folder next to it, and you can go back to it. "
                "Afterwards, unlock with the passphrase you had on {date}.",
            ).format(date=day),
            translate("Transfer", "Lock and restore"),
            translate("Transfer", "Don't restore"),
            lambda: self._restore_now(info),
        )

    def _restore_now(self, info: BackupInfo) -> None:
        self.restore(info)

    def restore(self, info: BackupInfo) -> RestoreDialog | None:
        """Lock the journal, then restore ``info`` (no question asked here).

        Returns:
            The restore's dialog, or None when the journal could not be locked (then
            nothing is restored: never under an open journal).
        """
        folder, vaults, show_folder = self._folder, self._vaults, self._show_folder
        self._lock_journal()
        if self._session.is_unlocked():
            self.message.setText(
                translate("Transfer", "Your journal could not be locked, so nothing was restored.")
            )
            return None
        # Not this window's child: locking closes (and deletes) the journal window and
        # this one. Over the lock screen, so nobody unlocks while the files change.
        screen = self._current_screen() if self._current_screen is not None else None
        dialog = RestoreDialog(vaults, folder, info, screen, show_folder=show_folder)
        keep_alive(dialog)
        dialog.open()
        self.restore_started.emit(dialog)
        if self.isVisible():
            self.done(QDialog.DialogCode.Accepted)
        return dialog

    def done(self, result: int) -> None:
        # Also when the app closes it (a lock): a running backup stops, keeping nothing.
        self.cancel()
        super().done(result)
