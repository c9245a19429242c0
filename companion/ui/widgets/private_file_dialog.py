"""File dialogs that leave no trace: no recent-files entry, no remembered folder.

Native dialogs add what they saved or opened to the desktop's recent-documents list
(GTK ``recently-used.xbel``, Windows jump lists); Qt's own dialog remembers the last
folder in ``QtProject.conf`` or the registry. On a shared computer either tells the
next person where the recovery code, a backup or an export went (the threat table in
security.md). So every file dialog in Companion is Qt's own, and its state is wiped as
soon as it closes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons


def forget_file_dialog_state() -> None:
    """Remove what Qt's own file dialog remembers (last folder, history)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()
    path = Path(settings.fileName())
    if settings.format() == QSettings.Format.NativeFormat and not settings.allKeys():
        with contextlib.suppress(OSError):
            if path.is_file():
                path.unlink()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save; ``None`` when the person cancelled. Nothing is remembered."""
    try:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(suggested), filters, "", _OPTIONS
        )
    finally:
        forget_file_dialog_state()
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    """Ask which file to open; ``None`` when the person cancelled. Nothing is remembered."""
    try:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, title, str(start), filters, "", _OPTIONS
        )
    finally:
        forget_file_dialog_state()
    return Path(chosen) if chosen else None


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """Ask for a folder (a USB stick for backups); ``None`` when cancelled."""
    try:
        chosen = QFileDialog.getExistingDirectory(
            parent, title, str(start), _OPTIONS | QFileDialog.Option.ShowDirsOnly
        )
    finally:
        forget_file_dialog_state()
    return Path(chosen) if chosen else None
