"""Choosing a file or folder without Qt's file dialog, for guest sessions.

Qt's own file dialog writes ``QtProject.conf`` (last folder, history) when it closes;
the private file dialogs remove that again, but a guest session must not create the
file at all (security.md: "no file dialogs in guest mode"). This dialog writes nothing:
it lists the drives that can be written to (a USB stick shows up here), and a path field
that completes names from the file system.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QDir, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shell.i18n import translate
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import Pickers, note_label, size_for_text

Mode = Literal["save", "open", "folder"]
_ROOT = Qt.ItemDataRole.UserRole


def writable_places() -> list[tuple[str, Path]]:
    """Drives and folders a copy can go to: the home folder, then each writable volume."""
    places: list[tuple[str, Path]] = [(translate("Transfer", "Home folder"), Path.home())]
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = Path(volume.rootPath())
        if any(root == path for _name, path in places):
            continue
        places.append((volume.displayName() or str(root), root))
    return places


class PlaceDialog(QDialog):
    """A place for a file (``save``, ``open``) or a folder (``folder``)."""

    def __init__(self, parent: QWidget | None, title: str, suggested: Path, *, mode: Mode) -> None:
        super().__init__(parent)
        self.setObjectName("placeDialog")
        self.setWindowTitle(title)
        self._mode = mode
        self._name = suggested.name if mode == "save" else ""
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self, 1.3))
        intro = QLabel(
            translate(
                "Transfer",
                "Type where it goes, or pick a place below (a USB stick shows up there). "
                "Nothing about this choice is remembered.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit(str(suggested), self)
        self.path.setObjectName("placePath")
        self.path.setAccessibleName(translate("Transfer", "Full path"))
        model = QFileSystemModel(self)
        model.setRootPath("")
        if mode == "folder":
            model.setFilter(QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot)
        completer = QCompleter(model, self)
        self.path.setCompleter(completer)
        form.addRow(translate("Transfer", "&Path:"), self.path)
        layout.addLayout(form)
        self.places = QListWidget(self)
        self.places.setObjectName("placeList")
        self.places.setAccessibleName(translate("Transfer", "Places"))
        for name, root in writable_places():
            item = QListWidgetItem(f"{name} — {root}")
            item.setData(_ROOT, str(root))
            self.places.addItem(item)
        self.places.currentItemChanged.connect(self._place_chosen)
        places_label = QLabel(translate("Transfer", "Or pick a pla&ce:"), self)
        places_label.setBuddy(self.places)
        layout.addWidget(places_label)
        layout.addWidget(self.places, 1)
        self.message = note_label(self, "placeMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("placeOk")
        ok.setText(
            {
                "save": translate("Transfer", "Save here"),
                "open": translate("Transfer", "Open"),
                "folder": translate("Transfer", "Choose this folder"),
            }[mode]
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Transfer", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        size_for_text(self, 72, 22)
        # The path first: a list taking focus would pick its first place over the name.
        self.setTabOrder(self.path, self.places)
        self.path.setFocus()
        self.result_path: Path | None = None

    def _place_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        root = Path(str(item.data(_ROOT)))
        self.path.setText(str(root / self._name) if self._name else str(root))

    def chosen(self) -> Path | None:
        """The place typed or picked, if it can be used; else None (and says why)."""
        text = self.path.text().strip()
        if not text:
            self.message.setText(translate("Transfer", "Please choose a place."))
            return None
        path = Path(text).expanduser()
        if self._mode == "save" and (not path.parent.is_dir() or path.is_dir()):
            self.message.setText(
                translate("Transfer", "That folder isn't there. Choose a place from the list.")
            )
            return None
        if self._mode == "open" and not path.is_file():
            self.message.setText(translate("Transfer", "There is no file with that name."))
            return None
        if self._mode == "folder" and not path.is_dir():
            self.message.setText(translate("Transfer", "There is no folder with that name."))
            return None
        return path

    def accept(self) -> None:
        self.result_path = self.chosen()
        if self.result_path is not None:
            super().accept()


def _ask(parent: QWidget | None, title: str, start: Path, mode: Mode) -> Path | None:
    dialog = PlaceDialog(parent, title, start, mode=mode)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_path
    finally:
        dialog.deleteLater()


def guest_pickers() -> Pickers:
    """Pickers that never use Qt's file dialog (nothing is written by choosing)."""
    return Pickers(
        save=lambda parent, title, suggested, _filters: _ask(parent, title, suggested, "save"),
        open=lambda parent, title, start, _filters: _ask(parent, title, start, "open"),
        folder=lambda parent, title, start: _ask(parent, title, start, "folder"),
    )
