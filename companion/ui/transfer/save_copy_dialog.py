"""Save an encrypted copy…: keep a guest session's journal, encrypted, in a chosen place.

A guest journal lives only in memory, and the core's single-file export needs a journal
on disk. So the copy is built beside the chosen file: a new journal, encrypted with the
passphrase chosen here, is created in a hidden scratch folder next to the target; the
guest's entries are written into it with the same record writer that merging uses;
the core then writes the ``.companion`` file from it (verified, under a temporary name,
then renamed) and the scratch folder is deleted. Everything written is encrypted; nothing
goes anywhere but the place the person chose.

The copy opens with "Open a journal from a file…" on the person's own computer. Its
recovery code is shown once at the end, because the copy has one like every journal.
Entries (with their moods, emotions and tags) are copied; other records of a guest
session (check-ins, a safety plan) are not part of the copy.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.batch import tag_kinds, write_records
from companion.core.journal.models import EntryRecord, TagKind
from companion.core.journal.records import count_records, iter_records
from companion.core.transfer.feature_tables import copy_feature_tables
from companion.core.transfer.merge import MergeReport, merge_into
from companion.core.vault import Vault
from companion.core.vault.progress import Ticker
from companion.core.vault.service import VaultService
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading, scaled_font
from companion.ui.transfer.common import (
    Pickers,
    ProgressRow,
    count_text,
    error_text,
    note_label,
    size_for_text,
)
from companion.ui.transfer.passphrase_inputs import NewPassphraseInputs

SUFFIX = ".companion"


@dataclass(frozen=True)
class SavedCopy:
    """Where the copy went, how many entries it holds, and its recovery code."""

    path: Path
    entries: int
    recovery_code: str


def _with_kinds(records: Iterable[EntryRecord], kinds: dict[str, TagKind]) -> Iterator[EntryRecord]:
    for record in records:
        yield replace(record, tag_kinds=tuple((t, kinds[t]) for t in record.tags if t in kinds))


def save_encrypted_copy(
    vaults: VaultService, source: Vault, target: Path, passphrase: str, progress: Progress
) -> SavedCopy:
    """Write ``source``'s journal (entries, check-ins, safety plan) to an encrypted
    ``.companion`` file at ``target``.

    Slow (Argon2id, copying): run it in the background. Nothing is left behind but the
    finished file; a cancelled or failed save leaves nothing at ``target``.
    """
    scratch = target.parent / f".{target.name}.{secrets.token_hex(6)}.partial"
    copy, code = vaults.create(scratch, passphrase)
    try:
        conn = source.connection
        report = MergeReport(source_entries=count_records(conn))
        ticker = Ticker(progress.report, lambda: progress.cancelled)
        with write_records(copy.connection) as writer:
            merge_into(writer, _with_kinds(iter_records(conn), tag_kinds(conn)), report, ticker)
        # Check-ins and the safety plan go too: the copy is the whole journal.
        copy_feature_tables(conn, copy.connection)
        copy.checkpoint()
        progress.check()
        info = vaults.export_encrypted(
            copy, target, overwrite=True, cancelled=lambda: progress.cancelled
        )
        entries = info.entries if info.entries is not None else report.added
        return SavedCopy(target, entries, code.text)
    finally:
        copy.lock()
        shutil.rmtree(scratch, ignore_errors=True)


class SaveCopyDialog(QDialog):
    """Choose a place and a passphrase; save the guest journal there, encrypted."""

    saved = Signal(object)  # SavedCopy

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        parent: QWidget | None = None,
        *,
        pickers: Pickers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveCopyDialog")
        self.setWindowTitle(translate("Transfer", "Save an encrypted copy"))
        self._session = session
        self._vaults = vaults
        self._pickers = pickers or Pickers()
        self.target: Path | None = None
        self.result_value: SavedCopy | None = None
        self.operation: Operation[SavedCopy] | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Save an encrypted copy"), self))
        intro = QLabel(
            translate(
                "Transfer",
                "Keep what you wrote in this session as one encrypted file, for example on "
                "a USB stick. On your own computer, open it with \u201cOpen a journal from a "
                "file…\u201d. Nothing else from this session is kept on this computer.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.place_label = QLabel(translate("Transfer", "No place chosen yet."), self)
        self.place_label.setObjectName("copyPlace")
        self.place_label.setWordWrap(True)
        row.addWidget(self.place_label, 1)
        self.place_button = QPushButton(translate("Transfer", "&Choose a place…"), self)
        self.place_button.setObjectName("chooseCopyPlace")
        self.place_button.clicked.connect(self.choose_place)
        row.addWidget(self.place_button)
        layout.addLayout(row)
        self.inputs = NewPassphraseInputs(self)
        self.inputs.first.textChanged.connect(self._update)
        self.inputs.second.textChanged.connect(self._update)
        layout.addWidget(self.inputs)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.message = note_label(self, "saveCopyMessage")
        layout.addWidget(self.message)
        self.code_intro = note_label(self, "copyRecoveryCodeIntro")
        self.code_intro.setVisible(False)
        layout.addWidget(self.code_intro)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("copyRecoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(QApplication.font().pointSizeF(), 1.0))  # follows text size
        self.code_label.setFont(scaled_font(mono, 1.3, bold=True))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setVisible(False)
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(translate("Transfer", "&Save the copy"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(translate("Transfer", "Cancel"), self)
        self.close_button.setObjectName("closeSaveCopy")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update()
        size_for_text(self, 84, 26)

    def _update(self) -> None:
        busy, done = self.is_busy(), self.result_value is not None
        ready = self.target is not None and self.inputs.problem() is None
        self.save_button.setEnabled(ready and not busy and not done)
        self.place_button.setEnabled(not busy and not done)
        self.inputs.setEnabled(not busy and not done)

    def is_busy(self) -> bool:
        """True while the copy is written."""
        return self.operation is not None and not self.operation.is_done()

    def cancel(self) -> None:
        """Stop; nothing is left at the chosen place."""
        if self.operation is not None:
            self.operation.cancel()

    def choose_place(self) -> None:
        """Ask where the copy goes."""
        path = self._pickers.save(
            self,
            translate("Transfer", "Where should the copy go?"),
            self._suggested(),
            translate("Transfer", "Companion journal files (*.companion)"),
        )
        if path is not None:
            self.set_target(path)

    @staticmethod
    def _suggested() -> Path:
        from datetime import date

        name = translate("Transfer", "my-journal-{date}").format(date=date.today().isoformat())
        return Path.home() / (name + SUFFIX)

    def set_target(self, path: Path) -> None:
        """Save to ``path`` (``.companion`` is added when missing)."""
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.target = path
        self.place_label.setText(isolate(str(path)))
        self._update()

    def save(self) -> None:
        """Write the encrypted copy in the background."""
        if self.target is None or self.inputs.problem() is not None or self.is_busy():
            return
        if not self._session.is_unlocked():
            return
        vaults, source, target = self._vaults, self._session.vault, self.target
        passphrase = self.inputs.text()

        def work(progress: Progress) -> SavedCopy:
            return save_encrypted_copy(vaults, source, target, passphrase, progress)

        self.message.clear()
        self.progress.start(translate("Transfer", "Encrypting and saving the copy…"))
        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._saved)
            .on_failure(self._failed)
            .start()
        )
        self._update()

    def _saved(self, copy: SavedCopy) -> None:
        self.progress.stop()
        self.inputs.clear()
        self.result_value = copy
        self.message.setText(
            translate(
                "Transfer",
                "Saved: {count}, encrypted, in {path}. Open it with the passphrase you just chose.",
            ).format(count=count_text(copy.entries), path=isolate(str(copy.path)))
        )
        self.code_intro.setText(
            translate(
                "Transfer",
                "If you ever forget that passphrase, this recovery code opens the copy. "
                "Write it down now; it is shown only once:",
            )
        )
        self.code_label.setText(copy.recovery_code)
        self.code_label.setAccessibleName(
            translate("Transfer", "Recovery code for the copy: {code}").format(
                code=" ".join(copy.recovery_code)
            )
        )
        self.code_intro.setVisible(True)
        self.code_label.setVisible(True)
        self.inputs.setVisible(False)
        self.close_button.setText(translate("Transfer", "Done"))
        self._update()
        self.saved.emit(copy)

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.message.setText(error_text(exc))
        self._update()

    def reject(self) -> None:
        if self.is_busy():
            self.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        # Also when the session ends: the passphrase and the code leave the screen.
        self.cancel()
        self.inputs.clear()
        self.code_label.clear()
        self.code_label.setAccessibleName("")
        super().done(result)
