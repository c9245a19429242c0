"""End to end: More → Lock out old copies… gives the journal a new key.

An old copy of the key file (``vault.header``) stops opening today's journal; the
passphrase still works; the new recovery code is shown at once; the open journal keeps
working through the new connection.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.errors import VaultDamaged
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.paths import AppPaths
from companion.core.vault.service import VaultService
from companion.ui.vault.lock_out_dialog import LockOutCopiesDialog
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog
from tests.app_driving import PASSPHRASE, make_locked_journal, unlock

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return make_locked_journal(data_dir)


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths) -> Iterator[CompanionApp]:
    clock = FakeClock(NOON)
    app = CompanionApp(paths, clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS, clock))
    yield app
    app.shutdown()
    QApplication.processEvents()


def test_old_key_files_stop_opening_the_journal(
    qtbot: QtBot, companion: CompanionApp, paths: AppPaths, tmp_path: Path
) -> None:
    old_header = (paths.vault_dir / "vault.header").read_bytes()
    companion.start()
    main = unlock(qtbot, companion)
    companion.session.save_entry(None, EntryDraft(text="before the new key", created_at=NOON))

    action = main.findChild(QAction, "lockOutAction")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = next(d for d in companion.windows.dialogs() if isinstance(d, LockOutCopiesDialog))
    assert "old copy" in dialog.note.text()
    qtbot.keyClicks(dialog.passphrase.edit, "not the passphrase")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "nothing was changed" in dialog.message.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(isinstance(d, RecoveryCodeDialog) for d in companion.windows.dialogs()),
        timeout=20000,
    )

    # The open journal goes on through the new connection.
    companion.session.save_entry(None, EntryDraft(text="after the new key", created_at=NOON))
    texts = sorted(e.text for e in companion.session.journal.timeline())
    assert texts == ["after the new key", "before the new key"]
    companion.windows.lock()

    # An old copy of the key file next to today's journal opens nothing.
    stolen = tmp_path / "stolen"
    shutil.copytree(paths.vault_dir, stolen)
    (stolen / "vault.header").write_bytes(old_header)
    with pytest.raises(VaultDamaged):
        companion.vaults.unlock(stolen, PASSPHRASE)
    # Today's key file still opens with the passphrase.
    main = unlock(qtbot, companion)
    assert len(companion.session.journal.timeline()) == 2
