"""The export dialog writes real files from a real journal; readable ones only after a
tick, and never when the policy forbids them."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.policy import Policy
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.common import Pickers
from companion.ui.transfer.export_dialog import ExportDialog
from tests.ui.transfer.transfer_helpers import plain


def _dialog(
    qtbot: QtBot,
    session: Session,
    vaults: VaultService,
    clock: FakeClock,
    target: Path,
    policy: Policy | None = None,
) -> ExportDialog:
    asked: list[str] = []

    def save(_parent: object, title: str, _suggested: Path, _filters: str) -> Path:
        asked.append(title)
        return target

    pickers = Pickers(save=save, folder=lambda _p, _t, _s: target)
    dialog = ExportDialog(session, vaults, policy or Policy(), clock, pickers=pickers)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _finish(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)


def test_encrypted_copy_is_the_default_and_needs_no_tick(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "journal.companion"
    target.parent.mkdir()
    dialog = _dialog(qtbot, session, vaults, clock, target)
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.key == "vault"
    assert dialog.warning.isHidden()
    assert dialog.confirm_box.isHidden()
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    _finish(qtbot, dialog)
    assert "3 entries" in plain(dialog.message.text())
    assert vaults.describe_file(target).entries == 3
    with zipfile.ZipFile(target) as zf:
        assert "A quiet day" not in zf.read("journal.db").decode("latin-1")


@pytest.mark.parametrize("key", ["json", "md", "csv"])
def test_readable_formats_need_the_tick(
    qtbot: QtBot,
    session: Session,
    vaults: VaultService,
    clock: FakeClock,
    tmp_path: Path,
    key: str,
) -> None:
    target = tmp_path / f"journal.{key}"
    dialog = _dialog(qtbot, session, vaults, clock, target)
    dialog.choose(key)
    assert dialog.warning.isVisible()
    assert "NOT be encrypted" in dialog.warning.text()
    assert not dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert not target.exists()
    dialog.confirm_box.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    _finish(qtbot, dialog)
    content = target.read_text("utf-8")
    assert content.count("A quiet day number") == 3
    if key == "json":
        assert len(json.loads(content)["entries"]) == 3


def test_markdown_per_day_goes_into_a_new_folder(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, session, vaults, clock, tmp_path)
    dialog.choose("md-days")
    dialog.confirm_box.setChecked(True)
    dialog.export_button.click()
    _finish(qtbot, dialog)
    folders = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.startswith("Journal ")]
    assert len(folders) == 1
    texts = "".join(p.read_text("utf-8") for p in folders[0].rglob("*.md"))
    assert texts.count("A quiet day number") == 3


def test_pdf_for_a_date_range(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    target = tmp_path / "journal.pdf"
    dialog = _dialog(qtbot, session, vaults, clock, target)
    dialog.choose("pdf")
    dialog.range_box.setChecked(True)
    today = clock.now().date()
    assert dialog.span() == (today - timedelta(days=30), today)
    dialog.confirm_box.setChecked(True)
    dialog.export_button.click()
    _finish(qtbot, dialog)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Exported to" in dialog.message.text()


def test_a_range_without_entries_exports_none(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    target = tmp_path / "journal.json"
    dialog = _dialog(qtbot, session, vaults, clock, target)
    dialog.choose("json")
    dialog.range_box.setChecked(True)
    old = clock.now().date() - timedelta(days=400)
    from PySide6.QtCore import QDate

    dialog.date_from.setDate(QDate(old.year, old.month, old.day))
    dialog.date_to.setDate(QDate(old.year, old.month, old.day))
    dialog.confirm_box.setChecked(True)
    dialog.export_button.click()
    _finish(qtbot, dialog)
    assert json.loads(target.read_text("utf-8"))["entries"] == []


def test_policy_turns_readable_formats_off(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    dialog = _dialog(
        qtbot, session, vaults, clock, tmp_path / "x.json", Policy(allow_plaintext_export=False)
    )
    assert dialog.policy_note.isVisible()
    assert "administrator" in dialog.policy_note.text()
    for key in ("json", "md", "md-days", "csv", "pdf"):
        assert not dialog.radios[key].isEnabled()
    assert dialog.radios["vault"].isEnabled()
    assert dialog.radios["vault"].isChecked()


def test_guest_session_offers_readable_formats_but_no_vault_copy(
    qtbot: QtBot, guest_session: Session, vaults: VaultService, clock: FakeClock, tmp_path: Path
) -> None:
    target = tmp_path / "guest.csv"
    dialog = _dialog(qtbot, guest_session, vaults, clock, target)
    assert not dialog.radios["vault"].isEnabled()
    assert dialog.guest_note.isVisible()
    dialog.choose("csv")
    dialog.confirm_box.setChecked(True)
    dialog.export_button.click()
    _finish(qtbot, dialog)
    assert "Written as a guest" in target.read_text("utf-8")
