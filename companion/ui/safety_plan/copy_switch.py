"""The opt-in copy of the safety plan readable without unlocking — off by default.

Turning it on first says plainly that the copy is NOT encrypted and asks; only a clear
yes writes it. Turning it off deletes the file at once. Whether it is on is simply
whether the file exists, so there is no second place (a setting) that could disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from companion import APP_NAME
from companion.core.errors import CompanionError
from companion.core.safety_plan.plaintext import plaintext_copy_path, remove_plaintext_copy
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import message_for


class PlainTextCopySwitch(QWidget):
    """A check box with a plain explanation under it.

    Args:
        data_dir: The data folder holding the copy.
        write_copy: Writes (or rewrites) the copy from the current plan; may raise
            ``OSError`` or a :class:`CompanionError` (a full disk).
        parent: The owning widget.
    """

    switched = Signal(bool)

    def __init__(
        self, data_dir: Path, write_copy: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._write_copy = write_copy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(
            translate("SelfCare", "&Let me read this plan without unlocking (not encrypted)"), self
        )
        self.box.setAccessibleName(
            translate(
                "SelfCare", "Let me read this plan without unlocking. The copy is not encrypted."
            )
        )
        self.box.setChecked(self.is_on())
        self.box.toggled.connect(self._toggled)
        layout.addWidget(self.box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._explain()

    def is_on(self) -> bool:
        """True while the unencrypted copy exists."""
        return plaintext_copy_path(self._data_dir).is_file()

    def _explain(self, extra: str = "") -> None:
        if self.is_on():
            text = translate(
                "SelfCare",
                "On: a copy of this plan that is not encrypted is kept in Companion's data "
                "folder, so you can read it from the help panel without unlocking. It is "
                "updated each time your plan is saved.",
            )
        else:
            text = translate(
                "SelfCare",
                "Off: your plan is kept only inside your encrypted journal.",
            )
        self.note.setText(f"{extra} {text}".strip())

    def confirm(self) -> bool:
        """Say plainly what turning the copy on means, and ask (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Information, APP_NAME, "", QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName("plainTextCopyQuestion")
        box.setText(translate("SelfCare", "Keep a copy of your plan that is not encrypted?"))
        box.setInformativeText(
            translate(
                "SelfCare",
                "The copy is NOT encrypted. Anyone who can open Companion's data folder on "
                "this computer could read your safety plan, without your passphrase. Your "
                "journal stays encrypted; only the plan is copied. You can turn this off at "
                "any time, which deletes the copy.",
            )
        )
        yes = box.addButton(
            translate("SelfCare", "Keep a readable copy"), QMessageBox.ButtonRole.AcceptRole
        )
        no = box.addButton(
            translate("SelfCare", "Keep it encrypted only"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _toggled(self, on: bool) -> None:
        if on == self.is_on():
            return
        if on:
            if not self.confirm():
                self._set_box(False)
                return
            try:
                self._write_copy()
            except (OSError, CompanionError) as exc:
                self._set_box(False)
                self._explain(message_for(exc))
                return
            self._explain()
        else:
            remove_plaintext_copy(self._data_dir)
            self._explain(translate("SelfCare", "The readable copy was deleted."))
        self.switched.emit(self.is_on())

    def _set_box(self, on: bool) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(on)
        self.box.blockSignals(False)

    def refresh(self) -> None:
        """Follow the disk (the copy may have been removed by hand)."""
        self._set_box(self.is_on())
        self._explain()
