"""App-shell problems found by using Companion by hand, each pinned by a test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import resolve_paths
from companion.core.vault.crypto import KdfParams
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.vault.first_run import FirstRunWindow

from .test_app import create_journal


@pytest.fixture
def app(
    qapp: QApplication, data_dir: Path, clock: FakeClock, kdf: KdfParams
) -> Iterator[CompanionApp]:
    companion = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    yield companion
    wait_for_background_tasks()
    companion.shutdown()
    QApplication.processEvents()


def test_escape_after_keeping_the_code_opens_the_journal(
    qtbot, app: CompanionApp, passphrase: str
) -> None:
    # Seen by hand: tick "I have saved my recovery code", press Esc -> the dialog closed,
    # no window was left and Companion quit without ever showing the journal.
    dialog = create_journal(qtbot, app, passphrase)
    dialog.confirm_box.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert app.windows.screen == "main"
    assert isinstance(app.windows.current_window(), MainWindow)
    assert app.windows.current_window().isVisible()


def test_changing_the_passphrase_says_it_worked(qtbot, app: CompanionApp, passphrase: str) -> None:
    # Seen by hand: after "Change passphrase" the dialog just vanished; nothing said
    # whether the new passphrase was now the one to use.
    dialog = create_journal(qtbot, app, passphrase)
    dialog.confirm_box.setChecked(True)
    dialog.continue_button.click()
    change = app.windows.open_change_passphrase()
    assert change.width() >= change.fontMetrics().averageCharWidth() * 50  # not a column
    qtbot.keyClicks(change.old.edit, passphrase)
    qtbot.keyClicks(change.new.edit, "a brand new passphrase")
    qtbot.keyClicks(change.confirm.edit, "a brand new passphrase")
    with qtbot.waitSignal(change.finished, timeout=20000):
        change.submit()
    notes = [d for d in app.windows.dialogs() if isinstance(d, QMessageBox)]
    assert len(notes) == 1
    assert notes[0].isVisible()
    assert notes[0].text() == "Your passphrase is changed."
    assert "recovery code still works" in notes[0].informativeText()
    app.windows.lock()  # locking closes the note too, like every other dialog
    assert app.windows.dialogs() == []


def test_length_note_goes_once_the_passphrase_is_long_enough(
    qtbot, vault_dir: Path, help_access, vaults: VaultService
) -> None:
    # Seen by hand: "Please use at least 8 characters" stayed under the form while a
    # long passphrase was typed, until the confirmation matched too.
    window = FirstRunWindow(vaults, vault_dir, help_access)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase.edit, "abc")
    qtbot.keyClicks(window.confirm.edit, "abd")
    window.submit()
    assert "at least 8 characters" in window.message.text()
    assert window.message.isVisible()
    qtbot.keyClicks(window.passphrase.edit, " quiet river")
    assert not window.message.isVisible()
    window.submit()  # the next try names the next problem
    assert "don't match" in window.message.text()
    qtbot.keyClicks(window.confirm.edit, "x")
    assert window.message.isVisible()  # still true: it stays


def test_auto_lock_reads_one_minute(qtbot, help_access, tmp_path: Path) -> None:
    # Seen by hand: "Lock after 1 minutes".
    store = PreferencesStore(tmp_path / "prefs.json")
    dialog = PreferencesDialog(store, help_access)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(1)
    assert dialog.auto_lock.text() == "1 minute"
    dialog.auto_lock.setValue(2)
    assert dialog.auto_lock.text() == "2 minutes"
