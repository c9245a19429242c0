"""Merge another Companion journal (an encrypted copy from another computer) into this one.

The other copy is a ``.companion`` file (or a backup folder). The dialog shows what the
file says about itself (when it was made, how many entries) before anything happens,
asks for that copy's passphrase (or recovery code), and merges in the background: the
core matches entries by id, keeps the newest edit, keeps both versions when both sides
changed, and never deletes anything. The summary says what it did.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.transfer.merge import MergeReport, merge_journal
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import (
    Pickers,
    ProgressRow,
    count_text,
    error_text,
    note_label,
    size_for_text,
    when_text,
)

FILE_FILTER = "*.companion"


def report_text(report: MergeReport) -> str:
    """What a merge did, in plain words."""
    parts = [
        translate("Transfer", "The other copy had {count}.").format(
            count=count_text(report.source_entries)
        ),
        translate("Transfer", "Added here: {count}.").format(count=count_text(report.added)),
        translate("Transfer", "Updated with a newer edit from the copy: {count}.").format(
            count=count_text(report.updated)
        ),
    ]
    if report.newer_here:
        parts.append(
            translate("Transfer", "Newer here, so kept as they are: {count}.").format(
                count=count_text(report.newer_here)
            )
        )
    if report.identical:
        parts.append(
            translate("Transfer", "Already the same on both: {count}.").format(
                count=count_text(report.identical)
            )
        )
    if report.conflicts:
        parts.append(
            translate(
                "Transfer",
                "Changed on both computers, so both versions are kept side by side: {count}.",
            ).format(count=count_text(len(report.conflicts)))
        )
    if report.left_out:
        parts.append(
            translate("Transfer", "Left out because they couldn't be read: {count}.").format(
                count=count_text(len(report.left_out))
            )
        )
    parts.append(translate("Transfer", "Nothing was deleted."))
    return "\n".join(parts)


class MergeDialog(QDialog):
    """Choose the other copy, give its passphrase, merge, read the summary."""

    merged = Signal(object)  # MergeReport

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        parent: QWidget | None = None,
        *,
        pickers: Pickers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(translate("Transfer", "Merge another journal"))
        self._session = session
        self._vaults = vaults
        self._pickers = pickers or Pickers()
        self.path: Path | None = None
        self.report: MergeReport | None = None
        self.operation: Operation[MergeReport] | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Merge another journal"), self))
        intro = QLabel(
            translate(
                "Transfer",
                "Bring in the entries of an encrypted copy from another computer (a "
                ".companion file). Entries in both are matched: the newest edit is kept, and "
                "when both were changed, both versions are kept. Nothing is deleted.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(translate("Transfer", "No file chosen yet."), self)
        self.file_label.setObjectName("mergeFileInfo")
        self.file_label.setWordWrap(True)
        row.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(translate("Transfer", "&Choose a file…"), self)
        self.choose_button.setObjectName("chooseMergeFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        form = QFormLayout()
        self.secret = QLineEdit(self)
        self.secret.setObjectName("otherPassphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(translate("Transfer", "That copy's passphrase"))
        self.secret.textChanged.connect(self._update)
        self.secret.returnPressed.connect(self.merge)
        form.addRow(translate("Transfer", "That copy's &passphrase:"), self.secret)
        layout.addLayout(form)
        hint = QLabel(
            translate(
                "Transfer",
                "The passphrase the journal had when the copy was made. Its recovery code "
                "works too.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.message = note_label(self, "mergeMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.merge_button = QPushButton(translate("Transfer", "&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.close_button = QPushButton(translate("Transfer", "Close"), self)
        self.close_button.setObjectName("closeMerge")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update()
        size_for_text(self, 84, 22)

    def _update(self) -> None:
        busy = self.is_busy()
        ready = self.path is not None and bool(self.secret.text()) and self.report is None
        self.merge_button.setEnabled(ready and not busy)
        self.choose_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)

    def is_busy(self) -> bool:
        """True while merging."""
        return self.operation is not None and not self.operation.is_done()

    def cancel(self) -> None:
        """Stop the merge (nothing is merged when it stops)."""
        if self.operation is not None:
            self.operation.cancel()

    def choose_file(self) -> None:
        """Ask for the other copy."""
        path = self._pickers.open(
            self,
            translate("Transfer", "Choose the other journal"),
            Path.home(),
            translate("Transfer", "Companion journal files (*.companion)"),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Use ``path`` and show what it says about itself (numbers only)."""
        self.path, self.report = None, None
        self.message.clear()
        try:
            info = self._vaults.describe_file(path)
        except Exception as exc:
            self.file_label.setText(isolate(path.name))
            self.message.setText(error_text(exc))
            self._update()
            return
        self.path = path
        self.file_label.setText(
            translate("Transfer", "{name}: made {when}, {count}.").format(
                name=isolate(path.name),
                when=when_text(info.created),
                count=count_text(info.entries),
            )
        )
        self._update()
        self.secret.setFocus()

    def merge(self) -> None:
        """Merge the chosen copy in the background."""
        if self.path is None or not self.secret.text() or self.is_busy() or self.report:
            return
        if not self._session.is_unlocked():
            return
        vault, path, secret = self._session.vault, self.path, self.secret.text()
        schemas = self._vaults.schemas

        def work(progress: Progress) -> MergeReport:
            return merge_journal(
                vault,
                path,
                secret,
                schemas=schemas,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        self.message.clear()
        self.progress.start(translate("Transfer", "Opening the copy and merging…"))
        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._merged)
            .on_failure(self._failed)
            .start()
        )
        self._update()

    def _merged(self, report: MergeReport) -> None:
        self.progress.stop()
        self.secret.clear()
        self.report = report
        self.message.setText(report_text(report))
        if self._session.is_unlocked():
            self._session.entries_changed.emit()
        self._update()
        self.merged.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.message.setText(error_text(exc))
        self._update()
        self.secret.selectAll()
        self.secret.setFocus()

    def done(self, result: int) -> None:
        # Also when the app closes it (a lock): the passphrase goes, the merge stops.
        self.secret.clear()
        self.cancel()
        super().done(result)
