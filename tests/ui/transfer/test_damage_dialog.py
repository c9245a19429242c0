"""Unlock reports damage: the dialog says what, offers the newest good backup, restores."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.errors import VaultDamaged
from companion.core.journal.records import count_records
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.damage_dialog import DamageDialog
from tests.ui.transfer.transfer_helpers import plain


def _damaged(
    session: Session, vaults: VaultService, clock: FakeClock, passphrase: str
) -> tuple[Path, BaseException]:
    folder = session.vault.folder
    assert folder is not None
    vaults.backup(session.vault)
    clock.advance(86400)
    session.lock()
    (folder / "journal.db").write_bytes(b"")  # a sync tool cut it to nothing
    with pytest.raises(VaultDamaged) as info:
        vaults.unlock(folder, passphrase)
    return folder, info.value


def test_damage_is_explained_and_the_newest_good_backup_restored(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, passphrase: str
) -> None:
    folder, error = _damaged(session, vaults, clock, passphrase)
    shown: list[Path] = []
    dialog = DamageDialog(vaults, folder, error, secret=passphrase, show_folder=shown.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "cut short" in dialog.found.text()
    assert "did not open or change" in dialog.untouched.text()
    assert "never deleted" in dialog.untouched.text()
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=20000)
    assert "3 entries" in plain(dialog.offer.text())
    assert dialog.restore_button.isEnabled()

    dialog.folder_button.click()
    assert shown == [folder]

    restored: list[object] = []
    dialog.restored.connect(restored.append)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(restored), timeout=20000)
    assert "was not deleted" in dialog.offer.text()
    kept = dialog.result_value.kept_aside  # type: ignore[union-attr]
    assert kept is not None
    assert (kept / "journal.db").stat().st_size == 0
    vault = vaults.unlock(folder, passphrase)
    try:
        assert count_records(vault.connection) == 3
    finally:
        vault.lock()


def test_without_a_backup_nothing_is_offered(
    qtbot: QtBot, session: Session, vaults: VaultService, passphrase: str
) -> None:
    folder = session.vault.folder
    assert folder is not None
    session.lock()
    data = (folder / "journal.db").read_bytes()
    (folder / "journal.db").write_bytes(data[:1])
    with pytest.raises(VaultDamaged) as info:
        vaults.unlock(folder, passphrase)
    dialog = DamageDialog(vaults, folder, info.value)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=20000)
    assert "No backup that checks out" in dialog.offer.text()
    assert not dialog.restore_button.isEnabled()
    dialog.later_button.click()
    assert not dialog.isVisible()
    assert (folder / "journal.db").read_bytes() == data[:1]  # untouched


def test_every_kind_of_damage_has_its_own_plain_sentence() -> None:
    from companion.core.vault.errors import Damage, DatabaseDamaged
    from companion.ui.transfer.damage_dialog import found_text, untouched_text

    sentences = {found_text(DatabaseDamaged(kind)) for kind in Damage}
    assert len(sentences) == len(Damage)
    assert all(s.endswith(".") for s in sentences)
    codes = [kind.value for kind in Damage if "-" in kind.value]  # "too-short"…
    assert not any(code in s for code in codes for s in sentences)
    assert "passphrase is not the problem" in found_text(VaultDamaged("header", "mac"))
    kept = untouched_text(DatabaseDamaged(Damage.PAGES, kept_aside="/data/kept-aside/x"))
    assert "/data/kept-aside/x" in plain(kept)
