"""First run: validation messages, creating the vault in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.core.clock import FakeClock
from companion.core.vault import vault_exists
from companion.core.vault.service import VaultService
from companion.ui.help.access import HelpAccess
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.passphrase_form import strength_text


def make(qtbot, vault_dir: Path, help_access: HelpAccess, clock: FakeClock, vaults: VaultService):
    window = FirstRunWindow(vaults, vault_dir, help_access)
    qtbot.addWidget(window)
    window.show()
    return window


def test_welcome_says_what_stays_private(
    qtbot, vault_dir, help_access, clock, vaults, passphrase
) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    text = window.promise.text()
    assert "stays on this computer" in text
    assert "encrypted with your passphrase" in text
    assert "no account" in text
    assert "internet" in text
    assert window.windowTitle() == "Companion"
    assert window.help_button.text() == "Get help now (F1)"


def test_short_passphrase_gets_a_friendly_message(
    qtbot, vault_dir, help_access, clock, vaults, passphrase
) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    qtbot.keyClicks(window.passphrase.edit, "short")
    qtbot.keyClicks(window.confirm.edit, "short")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert window.message.isVisible()
    assert "at least 8 characters" in window.message.text()
    assert not window.is_busy()
    assert not vault_exists(vault_dir)


def test_mismatch_is_explained(qtbot, vault_dir, help_access, clock, vaults, passphrase) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    qtbot.keyClicks(window.passphrase.edit, passphrase)
    qtbot.keyClicks(window.confirm.edit, passphrase + "x")
    qtbot.keyClick(window.confirm.edit, Qt.Key.Key_Return)
    assert "don't match" in window.message.text()
    assert window.confirm.edit.hasSelectedText()
    assert not vault_exists(vault_dir)


def test_strength_meter_speaks_in_words(
    qtbot, vault_dir, help_access, clock, vaults, passphrase
) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    assert "nothing typed" in window.meter.bar.format()
    qtbot.keyClicks(window.passphrase.edit, "password")
    weak = window.meter.bar.value()
    assert window.meter.bar.format() == strength_text(weak)
    window.passphrase.clear()
    qtbot.keyClicks(window.passphrase.edit, "lantern otter violet harbour 1987 swim")
    assert window.meter.bar.value() > weak
    assert window.meter.bar.format().startswith("Strength:")
    assert window.meter.hint.text()


def test_show_hide_toggle(qtbot, vault_dir, help_access, clock, vaults, passphrase) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    field = window.passphrase
    assert not field.is_shown()
    assert field.toggle.accessibleName() == "Show passphrase"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.is_shown()
    assert field.toggle.accessibleName() == "Hide passphrase"


def test_caps_lock_hint(qtbot, vault_dir, help_access, clock, vaults, passphrase) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    field = window.passphrase
    qtbot.keyClicks(field.edit, "abc")
    assert field.caps_hint.isHidden()
    # An upper-case letter without Shift is what Caps Lock produces.
    qtbot.keyClick(field.edit, Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClicks(field.edit, "E")
    assert field.caps_hint.isVisibleTo(window)


def test_create_runs_in_background_and_emits(
    qtbot, vault_dir, help_access, clock, vaults, passphrase
) -> None:
    window = make(qtbot, vault_dir, help_access, clock, vaults)
    qtbot.keyClicks(window.passphrase.edit, passphrase)
    qtbot.keyClicks(window.confirm.edit, passphrase)
    with qtbot.waitSignal(window.created, timeout=20000) as blocker:
        qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
        assert window.is_busy()
        assert window.busy.is_busy()
        assert not window.create_button.isEnabled()
        QApplication.processEvents()  # the GUI thread keeps running meanwhile
    vault, code = blocker.args
    try:
        assert vault_exists(vault_dir)
        assert len(code.text) >= 20
        assert window.passphrase.text() == ""
        assert window.confirm.text() == ""
        assert not window.busy.is_busy()
    finally:
        vault.lock()


def test_existing_vault_is_reported_calmly(
    qtbot, existing_vault, help_access, clock, vaults, passphrase
) -> None:
    folder, _code = existing_vault
    window = make(qtbot, folder, help_access, clock, vaults)
    qtbot.keyClicks(window.passphrase.edit, passphrase)
    qtbot.keyClicks(window.confirm.edit, passphrase)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)
    assert "already a journal" in window.message.text()
