"""Small pieces every transfer screen shares: progress with cancel, sizes and dates in
the person's words, kind sentences for the transfer errors, non-blocking questions, and
the (replaceable) file pickers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from companion import APP_NAME
from companion.core.errors import WrongPassphrase
from companion.core.transfer.errors import (
    ExportTargetExists,
    ImportFileError,
    ImportHasProblems,
    PlaintextForbidden,
    PlaintextNotConfirmed,
    UnknownFormat,
)
from companion.core.vault.errors import BackupFailed, BackupNotFound, Cancelled, NotAnExport
from companion.ui.shell.dates_and_times import short_date, short_time
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import OperationCancelled
from companion.ui.widgets.private_file_dialog import ask_folder, ask_open_path, ask_save_path

AskSave = Callable[[QWidget | None, str, Path, str], Path | None]
AskOpen = Callable[[QWidget | None, str, Path, str], Path | None]
AskFolder = Callable[[QWidget | None, str, Path], Path | None]


@dataclass(frozen=True)
class Pickers:
    """How a screen asks for files and folders (tests pass their own answers).

    The defaults are the private file dialogs: Qt's own dialog, nothing remembered.
    """

    save: AskSave = field(default=ask_save_path)
    open: AskOpen = field(default=ask_open_path)
    folder: AskFolder = field(default=ask_folder)


def size_text(size: int) -> str:
    """A file size in the person's locale ("2.4 MB")."""
    return QLocale().formattedDataSize(max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def when_text(moment: datetime) -> str:
    """A date and time in the person's locale and time zone."""
    local = moment.astimezone()
    return f"{short_date(local.date())} {short_time(local)}"


def day_text(day: date) -> str:
    """A date in the person's locale (long form: "5 December 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def count_text(count: int | None) -> str:
    """ "12 entries" (or "entries not recorded")."""
    if count is None:
        return translate("Transfer", "entries not recorded")
    if count == 1:
        return translate("Transfer", "1 entry")
    return translate("Transfer", "{n} entries").format(n=isolate(str(count)))


def error_text(exc: BaseException) -> str:
    """The kind sentence for what went wrong (never the exception's own text)."""
    if isinstance(exc, Cancelled | OperationCancelled):
        return translate("Transfer", "Stopped. Nothing was changed.")
    if isinstance(exc, WrongPassphrase):
        return translate(
            "Transfer",
            "That passphrase or recovery code didn't open this journal file. Check Caps "
            "Lock and try again.",
        )
    if isinstance(exc, UnknownFormat):
        return translate(
            "Transfer",
            "Companion doesn't recognise this file. Choose its type from the list and try again.",
        )
    if isinstance(exc, ImportFileError):
        return translate(
            "Transfer",
            "This file can't be read as {format}. It may be damaged or cut short. Nothing "
            "was imported.",
        ).format(format=exc.format)
    if isinstance(exc, ImportHasProblems):
        return translate(
            "Transfer", "Some entries can't be imported as they are. Nothing was imported yet."
        )
    if isinstance(exc, PlaintextForbidden):
        return plaintext_forbidden_text()
    if isinstance(exc, PlaintextNotConfirmed):
        return translate("Transfer", "Please confirm that the file will not be encrypted.")
    if isinstance(exc, ExportTargetExists | FileExistsError):
        return translate(
            "Transfer",
            "There is already a file or folder with that name. Nothing was written. Choose "
            "another name.",
        )
    if isinstance(exc, NotAnExport):
        return translate(
            "Transfer",
            "This isn't a Companion journal file, or it is damaged. Nothing was changed.",
        )
    if isinstance(exc, BackupFailed):
        return translate(
            "Transfer",
            "The backup could not be made or did not check out, so it was not kept. Your "
            "journal is unchanged.",
        )
    if isinstance(exc, BackupNotFound):
        return translate("Transfer", "That backup is no longer there.")
    return message_for(exc)


def plaintext_forbidden_text() -> str:
    """Why readable exports are not offered."""
    return translate(
        "Transfer",
        "The administrator of this computer turned off exports that are not encrypted. "
        "You can still save an encrypted copy.",
    )


def ask(
    parent: QWidget,
    name: str,
    text: str,
    details: str,
    yes: str,
    no: str,
    on_yes: Callable[[], None],
) -> QMessageBox:
    """Ask a question without blocking; ``on_yes`` runs only after the ``yes`` button.

    The box is window-modal and named ``name`` (tests and screen readers find it).
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(name)
    box.setInformativeText(details)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("yes")
    stay = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    stay.setObjectName("no")
    box.setDefaultButton(stay)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered() -> None:
        if box.clickedButton() is go:
            on_yes()

    box.finished.connect(lambda _r: answered())
    box.open()
    return box


class ProgressRow(QWidget):
    """How far slow work got, in words and a bar, with a Cancel button. Hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(translate("Transfer", "Cancel"), self)
        self.cancel_button.setObjectName("cancelWork")
        self.cancel_button.setAccessibleName(translate("Transfer", "Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self, text: str, *, can_cancel: bool = True) -> None:
        """Show ``text`` with a busy bar (until the first figures arrive)."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(text)
        self.cancel_button.setVisible(can_cancel)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def show_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total``."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def stop(self) -> None:
        """Hide the row."""
        self.setVisible(False)

    def is_running(self) -> bool:
        """True while shown."""
        return not self.isHidden()


class NoteLabel(QLabel):
    """A wrapping label for messages: screen readers read it, the mouse can copy it.

    While it is empty it takes no focus, so a screen reader never meets a nameless
    object where a message will appear (a focusable label is named by its text).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._follow_text()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._follow_text()

    def clear(self) -> None:
        super().clear()
        self._follow_text()

    def _follow_text(self) -> None:
        focus = Qt.FocusPolicy.ClickFocus if self.text() else Qt.FocusPolicy.NoFocus
        self.setFocusPolicy(focus)


def note_label(parent: QWidget, name: str) -> QLabel:
    """A :class:`NoteLabel` named ``name`` (its object name, for tests and styles)."""
    label = NoteLabel(parent)
    label.setObjectName(name)
    return label


OpenFolder = Callable[[Path], None]


def open_folder(path: Path) -> None:
    """Show a folder in the system's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


_KEPT: list[QWidget] = []


def keep_alive(widget: QWidget) -> None:
    """Hold a parentless dialog until it closes (it is opened after its opener is gone)."""
    from PySide6.QtWidgets import QDialog

    _KEPT.append(widget)
    if isinstance(widget, QDialog):
        widget.finished.connect(lambda _r: _KEPT.remove(widget) if widget in _KEPT else None)


def mood_words() -> dict[int, str]:
    """The journal's five mood levels in the person's words."""
    return {
        1: translate("Transfer", "Awful"),
        2: translate("Transfer", "Bad"),
        3: translate("Transfer", "Okay"),
        4: translate("Transfer", "Good"),
        5: translate("Transfer", "Great"),
    }


def size_for_text(widget: QWidget, chars: int = 72, lines: int = 26) -> None:
    """Open ``widget`` at a size that follows the font (so large text still fits),
    within the screen."""
    from companion.ui.shell.theme import screen_room

    metrics = widget.fontMetrics()
    width = metrics.averageCharWidth() * chars
    height = metrics.lineSpacing() * lines
    room = screen_room(widget)
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    widget.resize(max(width, widget.sizeHint().width()), height)
