"""The full page check after unlock: silent when sound; damage locks and offers a backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.paths import AppPaths, resolve_paths
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.transfer.damage_dialog import DamageDialog
from companion.ui.vault.lock_screen import LockScreen
from tests.app_driving import PASSPHRASE, unlock

PAGE = 4096
NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    """A journal big enough to have many pages, locked (checkpointed) on disk."""
    app_paths = resolve_paths(str(data_dir))
    vault, _code = Vault.create(
        app_paths.vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    from companion.core.journal.store import Journal

    journal = Journal(vault.connection, FakeClock(NOON))
    for number in range(300):
        journal.create(EntryDraft(text=f"entry {number} " + "quiet words " * 60))
    vault.lock()
    return app_paths


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths) -> Iterator[CompanionApp]:
    clock = FakeClock(NOON)
    app = CompanionApp(paths, clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS, clock))
    yield app
    app.shutdown()
    QApplication.processEvents()


def test_a_sound_journal_is_checked_quietly(qtbot: QtBot, companion: CompanionApp) -> None:
    results: list[bool] = []
    companion.background_check.finished.connect(results.append)
    companion.start()
    unlock(qtbot, companion)
    companion.background_check.run_now()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results == [True]
    assert companion.session.is_unlocked()


def test_damage_found_while_open_locks_and_offers_a_backup(
    qtbot: QtBot, companion: CompanionApp, paths: AppPaths
) -> None:
    companion.start()
    unlock(qtbot, companion)
    # The disk goes bad under the open journal: one bit of a page on the medium.
    database = paths.vault_dir / "journal.db"
    assert database.stat().st_size > 20 * PAGE
    with database.open("r+b") as file:
        file.seek(9 * PAGE + 1234)
        byte = file.read(1)[0]
        file.seek(9 * PAGE + 1234)
        file.write(bytes([byte ^ 0x01]))
    companion.background_check.run_now()
    qtbot.waitUntil(lambda: not companion.session.is_unlocked(), timeout=20000)
    assert isinstance(companion.windows.current_window(), LockScreen)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, DamageDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    assert isinstance(dialogs[0], QWidget)
    dialogs[0].reject()


def test_locking_stops_a_check_on_its_way(qtbot: QtBot, companion: CompanionApp) -> None:
    companion.start()
    unlock(qtbot, companion)
    companion.background_check.run_now()
    companion.windows.lock()
    assert not companion.background_check.running
