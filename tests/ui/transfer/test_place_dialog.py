"""Guest sessions choose places without Qt's file dialog, so nothing is written by it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.policy import Policy
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.commands import transfer_commands
from companion.ui.transfer.export_dialog import ExportDialog
from companion.ui.transfer.place_dialog import PlaceDialog, guest_pickers


def _qt_settings_files() -> list[Path]:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    return [p for p in config.rglob("*") if "QtProject" in p.name]


def _answer(path: Path, qtbot: QtBot, seen: list[PlaceDialog]) -> Callable[[], None]:
    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlaceDialog)]
        dialog = next(d for d in dialogs if d.isVisible())
        seen.append(dialog)
        dialog.path.setText(str(path))
        dialog.accept()

    return answer


def test_the_place_dialog_checks_what_was_typed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PlaceDialog(None, "Where?", tmp_path / "journal.companion", mode="save")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.places.count() >= 1
    first = dialog.places.item(0)
    assert first is not None
    dialog.places.setCurrentItem(first)
    assert dialog.path.text() == str(Path.home() / "journal.companion")
    dialog.path.setText(str(tmp_path / "missing" / "journal.companion"))
    assert dialog.chosen() is None
    assert "isn't there" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "journal.companion"))
    assert dialog.chosen() == tmp_path / "journal.companion"

    opener = PlaceDialog(None, "Which?", tmp_path, mode="open")
    qtbot.addWidget(opener)
    opener.path.setText(str(tmp_path / "nothing.json"))
    assert opener.chosen() is None
    assert "no file" in opener.message.text()


def test_a_guest_export_writes_only_the_export(
    qtbot: QtBot,
    guest_session: Session,
    vaults: VaultService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    target = tmp_path / "stick" / "guest.csv"
    target.parent.mkdir()
    before = _qt_settings_files()
    commands = {
        c.key: c for c in transfer_commands(guest_session, vaults, Policy(), clock, lambda: None)
    }
    commands["transferExport"].run(parent)
    dialog = next(d for d in parent.findChildren(ExportDialog) if d.isVisible())
    dialog.choose("csv")
    dialog.confirm_box.setChecked(True)
    seen: list[PlaceDialog] = []
    QTimer.singleShot(0, _answer(target, qtbot, seen))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert seen  # our own dialog, not Qt's
    assert "Written as a guest" in target.read_text("utf-8")
    assert _qt_settings_files() == before == []
    dialog.reject()


def test_guest_pickers_answer_folders_too(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[PlaceDialog] = []
    QTimer.singleShot(0, _answer(tmp_path, qtbot, seen))
    assert guest_pickers().folder(None, "Folder", Path.home()) == tmp_path
    assert seen
