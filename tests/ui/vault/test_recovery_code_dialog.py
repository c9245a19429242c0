"""Recovery code dialog: shown once, saved without traces, Continue needs the checkbox."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog
from companion.ui.widgets.private_file_dialog import forget_file_dialog_state

CODE = "K7Q2M-9XHDA-PPR3T-ZZ41B-0N8WC"


def make(qtbot, help_access) -> RecoveryCodeDialog:
    dialog = RecoveryCodeDialog(CODE, help_access)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_code_is_large_selectable_and_explained(qtbot, help_access) -> None:
    dialog = make(qtbot, help_access)
    assert dialog.code_label.text() == CODE
    flags = dialog.code_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert dialog.code_label.font().pointSizeF() > dialog.font().pointSizeF()
    assert dialog.code_label.font().fixedPitch() or dialog.code_label.font().styleHint()
    assert "only way back in" in dialog.explanation.text()
    assert "not even us" in dialog.explanation.text()
    assert dialog.help_button.isVisible()


def test_continue_needs_the_checkbox(qtbot, help_access) -> None:
    dialog = make(qtbot, help_access)
    assert not dialog.continue_button.isEnabled()
    # Escape and closing do not lose the code before it was kept.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "tick the box" in dialog.status.text()
    dialog.close()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_box, Qt.MouseButton.LeftButton)
    assert dialog.confirm_box.isChecked()
    assert dialog.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_save_to_file_writes_the_code(qtbot, help_access, tmp_path: Path) -> None:
    dialog = make(qtbot, help_access)
    target = tmp_path / "code.txt"
    assert dialog.save_to_file(target)
    content = target.read_text(encoding="utf-8")
    assert CODE in content
    assert "only way back in" in content
    assert target.stat().st_mode & 0o077 == 0
    assert "Saved to code.txt" in dialog.status.text()


def test_save_failure_is_calm(qtbot, help_access, tmp_path: Path) -> None:
    dialog = make(qtbot, help_access)
    assert not dialog.save_to_file(tmp_path / "missing-folder" / "code.txt")
    assert dialog.status.isVisible()
    assert "Traceback" not in dialog.status.text()


def test_print_degrades_offscreen(qtbot, help_access) -> None:
    dialog = make(qtbot, help_access)
    assert not dialog.print_button.isEnabled()
    assert not dialog.print_code()
    assert "not available" in dialog.status.text()


def test_file_dialog_state_is_forgotten(qtbot, qapp, tmp_path: Path) -> None:
    """A non-native QFileDialog records the last folder and history in QtProject.conf
    when it is destroyed; we remove that record."""
    dialog = QFileDialog(None, "Save", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    dialog.selectFile(str(tmp_path / "code.txt"))
    dialog.accept()
    shiboken6.delete(dialog)  # the state is written by the destructor
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert any(key.startswith("FileDialog/") for key in settings.allKeys())
    forget_file_dialog_state()
    again = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not [key for key in again.allKeys() if key.startswith("FileDialog")]
    conf = Path(again.fileName())
    assert not conf.exists() or str(tmp_path) not in conf.read_text(encoding="utf-8")


def test_save_button_uses_a_dialog_that_leaves_no_trace(qtbot, help_access, tmp_path: Path) -> None:
    dialog = make(qtbot, help_access)
    target = tmp_path / "usb" / "my-code.txt"
    target.parent.mkdir()
    seen: list[bool] = []

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(chooser.testOption(QFileDialog.Option.DontUseNativeDialog))
        chooser.setDirectory(str(target.parent))
        name_edit = chooser.findChild(QLineEdit, "fileNameEdit")
        name_edit.setText(target.name)
        chooser.accept()

    QTimer.singleShot(20, answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == [True]
    assert CODE in target.read_text(encoding="utf-8")
    assert dialog.saved_to == target
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not [key for key in settings.allKeys() if key.startswith("FileDialog")]
