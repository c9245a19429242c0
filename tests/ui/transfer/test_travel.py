"""A journal that travels: saved encrypted from a guest session, opened on another
computer (an empty one, then one that already has a journal, which is kept aside)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from companion.core.checkins.store import CheckinStore
from companion.core.errors import WrongPassphrase
from companion.core.journal.records import count_records, iter_records
from companion.core.safety_plan.models import PlanItem, PlanStep
from companion.core.safety_plan.store import SafetyPlanStore
from companion.core.vault import Vault
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.common import Pickers
from companion.ui.transfer.open_file_dialog import OpenFromFileDialog
from companion.ui.transfer.save_copy_dialog import SaveCopyDialog
from tests.ui.transfer.transfer_helpers import plain

COPY_PASSPHRASE = "lantern over the harbour"


def _save_guest_copy(
    qtbot: QtBot, guest_session: Session, vaults: VaultService, target: Path
) -> SaveCopyDialog:
    dialog = SaveCopyDialog(
        guest_session, vaults, pickers=Pickers(save=lambda _p, _t, _s, _f: target)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    dialog.place_button.click()
    assert dialog.target == target.with_name(target.name + ".companion")
    qtbot.keyClicks(dialog.inputs.first, "short")  # type: ignore[no-untyped-call]
    assert "at least 8" in dialog.inputs.hint.text()
    dialog.inputs.first.setText(COPY_PASSPHRASE)
    dialog.inputs.second.setText(COPY_PASSPHRASE + "x")
    assert "don't match" in dialog.inputs.hint.text()
    assert not dialog.save_button.isEnabled()
    dialog.inputs.second.setText(COPY_PASSPHRASE)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    return dialog


def _open_dialog(
    qtbot: QtBot, vaults: VaultService, folder: Path, copy: Path
) -> OpenFromFileDialog:
    """The open-a-journal dialog for ``folder``, shown; its file picker answers ``copy``."""
    dialog = OpenFromFileDialog(vaults, folder, pickers=Pickers(open=lambda _p, _t, _s, _f: copy))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_guest_copy_is_encrypted_and_opens_on_an_empty_computer(
    qtbot: QtBot, guest_session: Session, vaults: VaultService, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    # Not only entries: the guest's safety plan and check-in ticks travel too.
    conn = guest_session.vault.connection
    plans = SafetyPlanStore(conn, guest_session.clock)
    plans.save_step(PlanStep.WARNING_SIGNS, [PlanItem("I stop answering messages")])
    checkins = CheckinStore(conn, guest_session.clock)
    first_action = checkins.actions()[0]
    checkins.set_done(checkins.today(), first_action.id, True)
    saved = _save_guest_copy(qtbot, guest_session, vaults, stick / "mine")
    copy = stick / "mine.companion"
    assert "2 entries" in plain(saved.message.text()), saved.message.text()
    assert saved.code_label.isVisible()
    assert len(saved.code_label.text()) > 20
    assert not saved.inputs.isVisible()
    assert [p.name for p in stick.iterdir()] == ["mine.companion"]  # no scratch left
    assert b"Written as a guest" not in copy.read_bytes()
    assert saved.inputs.first.text() == ""

    home = tmp_path / "home-computer" / "vault"
    dialog = _open_dialog(qtbot, vaults, home, copy)
    assert not dialog.replace_box.isVisible()
    dialog.choose_button.click()
    assert "2 entries" in plain(dialog.file_label.text())
    opened: list[tuple[Vault, object]] = []
    dialog.opened.connect(lambda vault, kept: opened.append((vault, kept)))

    dialog.passphrase.setText("wrong passphrase here")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert "didn't open" in dialog.message.text()
    assert not vaults.exists(home)  # nothing was installed
    assert not [p for p in home.parent.iterdir() if p.name.startswith(".companion-incoming")]

    dialog.passphrase.setText(COPY_PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    vault, kept = opened[0]
    try:
        assert kept is None
        texts = sorted(r.text for r in iter_records(vault.connection))
        assert texts == ["A second guest entry", "Written as a guest"]
        plan = SafetyPlanStore(vault.connection, guest_session.clock).load()
        assert [i.text for i in plan.lines(PlanStep.WARNING_SIGNS)] == ["I stop answering messages"]
        copied = CheckinStore(vault.connection, guest_session.clock)
        assert [a.label for a in copied.actions()] == [a.label for a in checkins.actions()]
        assert copied.day(copied.today()).done == frozenset({first_action.id})
    finally:
        vault.lock()
    assert vaults.exists(home)


def test_opening_a_copy_keeps_the_journal_already_here_aside(
    qtbot: QtBot,
    guest_session: Session,
    vaults: VaultService,
    existing_vault: tuple[Path, str],
    passphrase: str,
    tmp_path: Path,
) -> None:
    folder, _code = existing_vault
    _save_guest_copy(qtbot, guest_session, vaults, tmp_path / "copy")
    copy = tmp_path / "copy.companion"
    dialog = _open_dialog(qtbot, vaults, folder, copy)
    assert dialog.replace_note.isVisible()
    assert "not deleted" in dialog.replace_note.text()
    dialog.choose_file()
    dialog.passphrase.setText(COPY_PASSPHRASE)
    assert not dialog.open_button.isEnabled()
    dialog.replace_box.setChecked(True)
    assert dialog.open_button.isEnabled()
    opened: list[tuple[Vault, Path | None]] = []
    dialog.opened.connect(lambda vault, kept: opened.append((vault, kept)))
    dialog.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    vault, kept = opened[0]
    try:
        assert count_records(vault.connection) == 2
    finally:
        vault.lock()
    assert kept is not None
    old = vaults.unlock(kept, passphrase)  # the journal that was here still opens
    try:
        assert count_records(old.connection) == 0
    finally:
        old.lock()


def test_a_copy_whose_passphrase_is_forgotten_opens_with_its_recovery_code(
    qtbot: QtBot,
    guest_session: Session,
    vaults: VaultService,
    existing_vault: tuple[Path, str],
    passphrase: str,
    tmp_path: Path,
) -> None:
    folder, _code = existing_vault
    saved = _save_guest_copy(qtbot, guest_session, vaults, tmp_path / "copy")
    code = saved.code_label.text()
    copy = tmp_path / "copy.companion"
    dialog = _open_dialog(qtbot, vaults, folder, copy)
    dialog.choose_file()
    dialog.replace_box.setChecked(True)
    assert not dialog.new_inputs.isVisible()

    dialog.use_code_box.click()
    assert dialog.new_inputs.isVisible()
    assert dialog.passphrase.accessibleName() == "The copy's recovery code"
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert "recovery code" in dialog.secret_label.text()
    qtbot.keyClicks(dialog.passphrase, "AAAA-BBBB-CCCC-DDDD")  # type: ignore[no-untyped-call]
    assert not dialog.open_button.isEnabled()  # no new passphrase yet
    new = "a fresh start by the sea"
    dialog.new_inputs.first.setText(new)
    dialog.new_inputs.second.setText(new)
    assert "From now on" in dialog.new_inputs.hint.text()
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert "didn't open" in dialog.message.text()
    vaults.unlock(folder, passphrase).lock()  # the journal here is untouched

    opened: list[tuple[Vault, Path | None]] = []
    dialog.opened.connect(lambda vault, kept: opened.append((vault, kept)))
    dialog.passphrase.setText(code)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    vault, kept = opened[0]
    try:
        assert count_records(vault.connection) == 2
    finally:
        vault.lock()
    assert dialog.passphrase.text() == ""
    assert dialog.new_inputs.text() == ""
    assert kept is not None
    reopened = vaults.unlock(folder, new)  # from now on the new passphrase opens it
    reopened.lock()
    with pytest.raises(WrongPassphrase):
        vaults.unlock(folder, COPY_PASSPHRASE)
    old = vaults.unlock(kept, passphrase)  # the journal that was here, kept aside
    old.lock()


def test_the_recovery_code_opens_a_copy_on_an_empty_computer_too(
    qtbot: QtBot, guest_session: Session, vaults: VaultService, tmp_path: Path
) -> None:
    saved = _save_guest_copy(qtbot, guest_session, vaults, tmp_path / "copy")
    code = saved.code_label.text()
    home = tmp_path / "home" / "vault"
    copy = tmp_path / "copy.companion"
    dialog = _open_dialog(qtbot, vaults, home, copy)
    dialog.choose_file()
    dialog.use_code_box.setChecked(True)
    dialog.passphrase.setText(code)
    dialog.new_inputs.first.setText("short")
    assert "at least 8" in dialog.new_inputs.hint.text()
    assert not dialog.open_button.isEnabled()
    dialog.new_inputs.first.setText("quiet morning walk")
    dialog.new_inputs.second.setText("quiet morning walk")
    opened: list[Vault] = []
    dialog.opened.connect(lambda vault, _kept: opened.append(vault))
    dialog.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    opened[0].lock()
    vaults.unlock(home, "quiet morning walk").lock()
    # Switching back to the passphrase forgets what was typed for the code.
    dialog2 = OpenFromFileDialog(vaults, tmp_path / "elsewhere" / "vault")
    qtbot.addWidget(dialog2)
    dialog2.use_code_box.setChecked(True)
    dialog2.passphrase.setText("AAAA")
    dialog2.new_inputs.first.setText("something long enough")
    dialog2.use_code_box.setChecked(False)
    assert dialog2.passphrase.text() == ""
    assert dialog2.new_inputs.first.text() == ""
    assert dialog2.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog2.passphrase.accessibleName() == "The copy's passphrase"


def test_the_new_passphrase_fields_line_up_with_the_code_field(
    qtbot: QtBot, vaults: VaultService, tmp_path: Path
) -> None:
    dialog = OpenFromFileDialog(vaults, tmp_path / "vault")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_code_box.setChecked(True)

    def left(field: QLineEdit) -> int:
        return field.mapTo(dialog, field.rect().topLeft()).x()

    fields = (dialog.passphrase, dialog.new_inputs.first, dialog.new_inputs.second)
    qtbot.waitUntil(lambda: dialog.new_inputs.isVisible() and len({left(f) for f in fields}) == 1)
    assert left(dialog.passphrase) > dialog.secret_label.x()
