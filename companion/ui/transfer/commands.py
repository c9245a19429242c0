"""How the app wires the transfer screens in (it owns the windows; this only builds).

* :func:`transfer_commands` — the journal window's "More" menu: Backups…, Export…,
  Import…, Merge another journal…;
* :func:`guest_save_copy` — for ``WindowManager.offer_save_copy`` (guest sessions);
* :func:`open_journal_file` — "Open a journal from a file…" on the lock and welcome
  screens;
* :func:`offer_restore_after_damage` — what the lock screen shows when unlock reports
  damage;
* :func:`back_up_if_due` — the automatic backup, to call just before locking and at exit.

Each opens its dialog window-modal over the given parent, deleted when it closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from companion.core.clock import Clock
from companion.core.errors import VaultDamaged
from companion.core.policy import Policy
from companion.core.vault import Vault
from companion.core.vault.backup import BackupInfo
from companion.core.vault.restore import RestoreResult
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import show_message
from companion.ui.shell.pages import MenuCommand
from companion.ui.shell.session import Session
from companion.ui.transfer.backups_dialog import BackupsDialog, SecondFolder
from companion.ui.transfer.common import Pickers
from companion.ui.transfer.damage_dialog import DamageDialog
from companion.ui.transfer.export_dialog import ExportDialog
from companion.ui.transfer.import_wizard import ImportWizard
from companion.ui.transfer.merge_dialog import MergeDialog
from companion.ui.transfer.open_file_dialog import OpenFromFileDialog
from companion.ui.transfer.place_dialog import guest_pickers
from companion.ui.transfer.save_copy_dialog import SaveCopyDialog

SECTION = "data"
log = logging.getLogger(__name__)


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _pickers_for(session: Session, pickers: Pickers | None) -> Pickers | None:
    # A guest session never opens Qt's file dialog (it writes QtProject.conf).
    if pickers is None and session.vault.is_memory:
        return guest_pickers()
    return pickers


def _kept_nowhere(parent: QWidget) -> None:
    show_message(
        parent,
        translate("Transfer", "A guest session keeps nothing on this computer."),
        details=translate(
            "Transfer",
            "So there are no backups, and nothing to merge into. To keep what you wrote, "
            "save an encrypted copy.",
        ),
        name="guestNothingKept",
    )


def transfer_commands(
    session: Session,
    vaults: VaultService,
    policy: Policy,
    clock: Clock,
    lock_journal: Callable[[], None],
    *,
    current_screen: Callable[[], QWidget | None] | None = None,
    pickers: Pickers | None = None,
    second_folder: SecondFolder | None = None,
) -> list[MenuCommand]:
    """The "More" menu entries: Backups…, Export…, Import…, Merge another journal….

    Args:
        session: The app's session (the open journal is read when a command runs).
        vaults: The app's VaultService.
        policy: The administrator's policy (readable exports may be off).
        clock: The app's clock.
        lock_journal: Locks the way the app does, saving first (``WindowManager.lock``);
            a restore runs only after it.
        current_screen: The screen after that lock (``WindowManager.current_window``);
            the restore's progress is window-modal over it (else app-modal).
        pickers: File dialogs (tests pass their own).
        second_folder: Reads and remembers the backups' second folder (preferences).
    """

    def backups(parent: QWidget) -> None:
        if session.vault.is_memory:
            _kept_nowhere(parent)
            return
        _show(
            BackupsDialog(
                session,
                vaults,
                lock_journal,
                parent,
                pickers=pickers,
                current_screen=current_screen,
                second_folder=second_folder,
            )
        )

    def export(parent: QWidget) -> None:
        chosen = _pickers_for(session, pickers)
        _show(ExportDialog(session, vaults, policy, clock, parent, pickers=chosen))

    def import_(parent: QWidget) -> None:
        _show(ImportWizard(session, parent, pickers=_pickers_for(session, pickers)))

    def merge(parent: QWidget) -> None:
        if session.vault.is_memory:
            _kept_nowhere(parent)
            return
        _show(MergeDialog(session, vaults, parent, pickers=pickers))

    return [
        MenuCommand("transferBackups", translate("Transfer", "&Backups…"), backups, SECTION),
        MenuCommand("transferExport", translate("Transfer", "&Export…"), export, SECTION),
        MenuCommand("transferImport", translate("Transfer", "&Import…"), import_, SECTION),
        MenuCommand(
            "transferMerge", translate("Transfer", "&Merge another journal…"), merge, SECTION
        ),
    ]


def guest_save_copy(
    session: Session, vaults: VaultService, *, pickers: Pickers | None = None
) -> Callable[[QWidget], None]:
    """What ``WindowManager.offer_save_copy`` takes: opens "Save an encrypted copy…".

    The place is chosen without Qt's file dialog (a guest session writes nothing else).
    """

    def run(parent: QWidget) -> None:
        _show(SaveCopyDialog(session, vaults, parent, pickers=pickers or guest_pickers()))

    return run


def open_journal_file(
    parent: QWidget | None,
    vaults: VaultService,
    folder: Path,
    on_opened: Callable[[Vault], None],
    *,
    pickers: Pickers | None = None,
) -> OpenFromFileDialog:
    """Open "Open a journal from a file…"; ``on_opened`` gets the unlocked journal.

    Args:
        folder: This computer's journal folder (``AppPaths.vault_dir``). A journal
            already there is kept aside (the dialog asks first).
        on_opened: Attach the vault to the session and show the journal.
    """
    dialog = OpenFromFileDialog(vaults, folder, parent, pickers=pickers)
    dialog.opened.connect(lambda vault, _kept: on_opened(vault))
    _show(dialog)
    return dialog


def offer_restore_after_damage(
    parent: QWidget | None,
    vaults: VaultService,
    folder: Path,
    error: BaseException,
    *,
    secret: str | None = None,
    on_restored: Callable[[RestoreResult], None] | None = None,
) -> DamageDialog | None:
    """Show the damage dialog when ``error`` is damage; None (nothing shown) otherwise.

    Args:
        error: What unlock raised.
        secret: The passphrase just typed (backups it opens get the full check).
        on_restored: Called after a restore (say, clear the lock screen's message).
    """
    if not isinstance(error, VaultDamaged):
        return None
    dialog = DamageDialog(vaults, folder, error, parent, secret=secret)
    if on_restored is not None:
        dialog.restored.connect(on_restored)
    _show(dialog)
    return dialog


def back_up_if_due(
    vaults: VaultService, session: Session, second_folder: Path | None = None
) -> BackupInfo | None:
    """The automatic backup (at most one a day): call it right before the session locks,
    and at exit. Runs on the calling thread (a verified copy of the database) and never
    raises: locking must go ahead whatever happens to the backup.

    Returns:
        The new backup, or None (not due today, a guest session, locked, or it failed;
        a failure is logged by type only).
    """
    if not session.is_unlocked():
        return None
    try:
        policy = vaults.backup_policy
        if second_folder is not None:
            policy = replace(policy, second_folder=second_folder)
        return vaults.backup_if_due(session.vault, policy=policy)
    except Exception as exc:
        log.warning("automatic backup failed: %s", type(exc).__name__)
        return None
