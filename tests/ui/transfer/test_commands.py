"""The menu commands and wiring helpers open the right dialogs over the given parent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.policy import Policy
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.backups_dialog import BackupsDialog
from companion.ui.transfer.commands import (
    back_up_if_due,
    guest_save_copy,
    offer_restore_after_damage,
    open_journal_file,
    transfer_commands,
)
from companion.ui.transfer.damage_dialog import DamageDialog
from companion.ui.transfer.export_dialog import ExportDialog
from companion.ui.transfer.import_wizard import ImportWizard
from companion.ui.transfer.merge_dialog import MergeDialog
from companion.ui.transfer.save_copy_dialog import SaveCopyDialog
from tests.ui.transfer.transfer_helpers import message_box


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open_dialog(parent: QWidget) -> QDialog:
    found = [d for d in parent.findChildren(QDialog) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_the_four_commands(
    session: Session, vaults: VaultService, clock: FakeClock, parent: QWidget
) -> None:
    locks: list[int] = []
    commands = transfer_commands(session, vaults, Policy(), clock, lambda: locks.append(1))
    assert [c.key for c in commands] == [
        "transferBackups",
        "transferExport",
        "transferImport",
        "transferMerge",
    ]
    assert [c.text.replace("&", "") for c in commands] == [
        "Backups…",
        "Export…",
        "Import…",
        "Merge another journal…",
    ]
    assert {c.section for c in commands} == {"data"}
    for command, kind in zip(
        commands, (BackupsDialog, ExportDialog, ImportWizard, MergeDialog), strict=True
    ):
        command.run(parent)
        dialog = _open_dialog(parent)
        assert isinstance(dialog, kind)
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        dialog.reject()
    assert locks == []


def test_guest_sessions_have_no_backups_or_merge(
    guest_session: Session, vaults: VaultService, clock: FakeClock, parent: QWidget
) -> None:
    commands = {
        c.key: c for c in transfer_commands(guest_session, vaults, Policy(), clock, lambda: None)
    }
    commands["transferBackups"].run(parent)
    box = message_box("guestNothingKept")
    assert "encrypted copy" in box.informativeText()
    box.done(0)
    commands["transferMerge"].run(parent)
    message_box("guestNothingKept").done(0)
    commands["transferImport"].run(parent)
    assert isinstance(_open_dialog(parent), ImportWizard)


def test_guest_save_copy_and_open_file_helpers(
    guest_session: Session, vaults: VaultService, parent: QWidget, tmp_path: Path
) -> None:
    guest_save_copy(guest_session, vaults)(parent)
    dialog = _open_dialog(parent)
    assert isinstance(dialog, SaveCopyDialog)
    dialog.reject()
    opened: list[object] = []
    shown = open_journal_file(parent, vaults, tmp_path / "vault", opened.append)
    assert shown.isVisible()
    shown.reject()


def test_damage_offer_only_for_damage(
    vaults: VaultService, parent: QWidget, tmp_path: Path, qtbot: QtBot
) -> None:
    assert offer_restore_after_damage(parent, vaults, tmp_path, WrongPassphrase()) is None
    from companion.core.vault.errors import Damage, DatabaseDamaged

    dialog = offer_restore_after_damage(
        parent, vaults, tmp_path, DatabaseDamaged(Damage.LOG_DAMAGED)
    )
    assert isinstance(dialog, DamageDialog)
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=20000)
    assert "damaged in the middle" in dialog.found.text()
    dialog.reject()


def test_the_automatic_backup_is_made_once_a_day(
    session: Session, guest_session: Session, vaults: VaultService, clock: FakeClock
) -> None:
    folder = session.vault.folder
    assert folder is not None
    made = back_up_if_due(vaults, session)
    assert made is not None
    assert made.reason == "daily"
    assert back_up_if_due(vaults, session) is None  # one a day
    clock.advance(86400)
    assert back_up_if_due(vaults, session) is not None
    assert len(vaults.list_backups(folder)) == 2
    assert back_up_if_due(vaults, guest_session) is None  # a guest keeps nothing
    session.lock()
    assert back_up_if_due(vaults, session) is None
