"""Merging an encrypted copy from "another computer" into the open journal."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.journal.records import count_records
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.common import Pickers
from companion.ui.transfer.merge_dialog import MergeDialog
from tests.ui.transfer.transfer_helpers import plain

OTHER = "laptop in the attic"


def _other_copy(vaults: VaultService, clock: FakeClock, tmp_path: Path) -> Path:
    vault, _code = vaults.create(tmp_path / "laptop", OTHER)
    try:
        journal = Journal(vault.connection, clock)
        journal.create(EntryDraft(text="Written on the laptop"))
        journal.create(EntryDraft(text="Also on the laptop"))
        target = tmp_path / "laptop.companion"
        vaults.export_encrypted(vault, target)
    finally:
        vault.lock()
    return target


def _dialog(qtbot: QtBot, session: Session, vaults: VaultService, source: Path) -> MergeDialog:
    dialog = MergeDialog(session, vaults, pickers=Pickers(open=lambda _p, _t, _s, _f: source))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_merge_after_a_wrong_passphrase(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    source = _other_copy(vaults, clock, tmp_path)
    dialog = _dialog(qtbot, session, vaults, source)
    changed: list[int] = []
    session.entries_changed.connect(lambda: changed.append(1))
    assert not dialog.merge_button.isEnabled()
    dialog.choose_button.click()
    assert "2 entries" in plain(dialog.file_label.text())
    assert not dialog.merge_button.isEnabled()

    qtbot.keyClicks(dialog.secret, "not the one")  # type: ignore[no-untyped-call]
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "didn't open" in dialog.message.text()
    assert count_records(session.vault.connection) == 3

    dialog.secret.setText(OTHER)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    text = plain(dialog.message.text())
    assert "The other copy had 2 entries." in text
    assert "Added here: 2 entries." in text
    assert "Nothing was deleted." in text
    assert dialog.secret.text() == ""
    assert not dialog.merge_button.isEnabled()  # merged once; choose again to repeat
    assert changed
    assert count_records(session.vault.connection) == 5


def test_a_file_that_is_not_a_journal(
    qtbot: QtBot, session: Session, vaults: VaultService, tmp_path: Path
) -> None:
    source = tmp_path / "holiday.companion"
    source.write_bytes(b"PK\x03\x04 not really")
    dialog = _dialog(qtbot, session, vaults, source)
    dialog.choose_file()
    assert "isn't a Companion journal file" in dialog.message.text()
    dialog.secret.setText("anything")
    assert not dialog.merge_button.isEnabled()
