"""Lock screen: wrong then right passphrase, recovery code flow, damaged vault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.core.vault import Vault
from companion.ui.shell.messages import WRONG_PASSPHRASE, WRONG_RECOVERY_CODE
from companion.ui.vault.lock_screen import LockScreen


def make(qtbot, folder, help_access, clock, vaults) -> LockScreen:
    screen = LockScreen(vaults, folder, help_access)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def unlock_with(qtbot, screen: LockScreen, text: str) -> None:
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase.edit, text)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    assert screen.is_busy()
    assert screen.busy.is_busy()
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=20000)


def test_title_and_help_button(qtbot, existing_vault, help_access, clock, vaults) -> None:
    screen = make(qtbot, existing_vault[0], help_access, clock, vaults)
    assert screen.windowTitle() == "Companion — Locked"
    assert screen.help_button.text() == "Get help now (F1)"
    assert screen.help_button.isVisible()


def test_wrong_then_right_passphrase(
    qtbot, existing_vault, help_access, clock, vaults, passphrase
) -> None:
    folder, _code = existing_vault
    screen = make(qtbot, folder, help_access, clock, vaults)
    opened: list[Vault] = []
    screen.unlocked.connect(opened.append)
    for attempt in ("not my passphrase", "still not it", "Quiet river morning tea"):
        unlock_with(qtbot, screen, attempt)
        assert opened == []
        assert screen.passphrase_message.text() == WRONG_PASSPHRASE.translated()
        assert screen.passphrase_message.isVisible()
        # Selected, so the next keystrokes replace it.
        assert screen.passphrase.edit.selectedText() == attempt
    unlock_with(qtbot, screen, passphrase)
    assert len(opened) == 1
    try:
        assert not opened[0].is_locked
        assert screen.passphrase.text() == ""
    finally:
        opened[0].lock()


def test_empty_passphrase_is_not_tried(qtbot, existing_vault, help_access, clock, vaults) -> None:
    screen = make(qtbot, existing_vault[0], help_access, clock, vaults)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not screen.is_busy()
    assert "type your passphrase" in screen.passphrase_message.text()


def test_recovery_code_sets_a_new_passphrase(
    qtbot, existing_vault, help_access, clock, vaults, passphrase
) -> None:
    folder, code = existing_vault
    screen = make(qtbot, folder, help_access, clock, vaults)
    qtbot.mouseClick(screen.use_code_button, Qt.MouseButton.LeftButton)
    assert screen.showing_recovery()
    opened: list[Vault] = []
    screen.unlocked.connect(opened.append)

    # A wrong code first: a kind message and the field ready for retyping.
    qtbot.keyClicks(screen.code_edit, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    qtbot.keyClicks(screen.new_passphrase.edit, "a brand new phrase")
    qtbot.keyClicks(screen.new_confirm.edit, "a brand new phrase")
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=20000)
    assert screen.recovery_message.text() == WRONG_RECOVERY_CODE.translated()
    assert opened == []

    screen.code_edit.clear()
    qtbot.keyClicks(screen.code_edit, code.lower())  # case does not matter
    qtbot.keyClick(screen.new_confirm.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=20000)
    assert len(opened) == 1
    opened[0].lock()
    # The new passphrase now opens it; the old one no longer does.
    vaults.unlock(folder, "a brand new phrase").lock()


def test_recovery_needs_matching_new_passphrase(
    qtbot, existing_vault, help_access, clock, vaults
) -> None:
    folder, code = existing_vault
    screen = make(qtbot, folder, help_access, clock, vaults)
    screen.show_recovery_page()
    qtbot.keyClicks(screen.code_edit, code)
    qtbot.keyClicks(screen.new_passphrase.edit, "a brand new phrase")
    qtbot.keyClicks(screen.new_confirm.edit, "another phrase entirely")
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert not screen.is_busy()
    assert "don't match" in screen.recovery_message.text()
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert not screen.showing_recovery()


def test_damaged_vault_message(qtbot, existing_vault, help_access, clock, vaults) -> None:
    folder, _code = existing_vault
    header = folder / "vault.header"
    header.write_bytes(b"\x00garbage")
    before = header.read_bytes()
    screen = make(qtbot, folder, help_access, clock, vaults)
    unlock_with(qtbot, screen, "whatever it was")
    text = screen.passphrase_message.text()
    assert "damaged" in text
    assert "not changed" in text
    assert header.read_bytes() == before
