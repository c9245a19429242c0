"""Export the journal: choose a format, the dates, and where it goes.

The encrypted copy (``.companion``) opens with "Open a journal from a file…" on another
computer. Every other format is readable by anyone who gets the file, so those need an
explicit "I understand" tick, and when the administrator's policy forbids them they are
shown switched off with a plain sentence saying why. Nothing is written until a place is
chosen; the core writes each file under a temporary name and never leaves plaintext in
temporary files. Slow work runs in the background with progress and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.policy import Policy
from companion.core.reports.document import Document
from companion.core.transfer.exporting import ExportFormat, export_plaintext
from companion.core.transfer.pdf import journal_document
from companion.core.vault.service import VaultService
from companion.ui.reports.pdf import render_pdf
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import (
    Pickers,
    ProgressRow,
    count_text,
    error_text,
    mood_words,
    note_label,
    plaintext_forbidden_text,
    size_for_text,
)

VAULT = "vault"
PDF = "pdf"


@dataclass(frozen=True)
class Choice:
    """One format the dialog offers."""

    key: str  # ExportFormat value, "pdf" or "vault"
    label: str
    suffix: str  # "" for a folder
    filters: str
    plaintext: bool


def choices() -> list[Choice]:
    """The formats, in the order shown (encrypted first: the safe default)."""
    return [
        Choice(
            VAULT,
            translate("Transfer", "Encrypted copy (.companion) — opens on another computer"),
            ".companion",
            translate("Transfer", "Companion journal files (*.companion)"),
            False,
        ),
        Choice(
            ExportFormat.JSON.value,
            translate("Transfer", "JSON — complete, for moving to other apps"),
            ".json",
            translate("Transfer", "JSON files (*.json)"),
            True,
        ),
        Choice(
            ExportFormat.MARKDOWN.value,
            translate("Transfer", "Markdown — one file"),
            ".md",
            translate("Transfer", "Markdown files (*.md)"),
            True,
        ),
        Choice(
            ExportFormat.MARKDOWN_DAYS.value,
            translate("Transfer", "Markdown — one file per day, in a new folder"),
            "",
            "",
            True,
        ),
        Choice(
            ExportFormat.CSV.value,
            translate("Transfer", "CSV — a table, one row per entry"),
            ".csv",
            translate("Transfer", "CSV files (*.csv)"),
            True,
        ),
        Choice(
            PDF,
            translate("Transfer", "PDF — for reading or printing"),
            ".pdf",
            translate("Transfer", "PDF documents (*.pdf)"),
            True,
        ),
    ]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose a format, dates and a place; then export in the background.

    Args:
        session: The open journal.
        vaults: Writes the encrypted copy.
        policy: Whether readable exports are allowed on this computer.
        clock: "Today" for the default date range.
        pickers: Where the file or folder is asked for.
    """

    exported = Signal(object)  # Path

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        policy: Policy,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        pickers: Pickers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("Transfer", "Export"))
        self._session = session
        self._vaults = vaults
        self._plaintext_allowed = policy.allow_plaintext_export
        self._pickers = pickers or Pickers()
        self.operation: Operation[tuple[Path, int | None]] | None = None
        self._document_op: Operation[Document] | None = None
        self._guest = session.vault.is_memory
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Export your journal"), self))

        box = QGroupBox(translate("Transfer", "Format"), self)
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self._choices = {c.key: c for c in choices()}
        for number, choice in enumerate(self._choices.values()):
            radio = QRadioButton(choice.label, box)
            radio.setObjectName(f"format_{choice.key}")
            radio.setAccessibleName(choice.label)
            self.group.addButton(radio, number)
            self.radios[choice.key] = radio
            box_layout.addWidget(radio)
            if choice.plaintext and not self._plaintext_allowed:
                radio.setEnabled(False)
        self.radios[VAULT].setEnabled(not self._guest)
        layout.addWidget(box)
        self.policy_note = QLabel(plaintext_forbidden_text(), self)
        self.policy_note.setObjectName("policyNote")
        self.policy_note.setWordWrap(True)
        self.policy_note.setVisible(not self._plaintext_allowed)
        layout.addWidget(self.policy_note)
        self.guest_note = QLabel(
            translate(
                "Transfer",
                "In a guest session, use \u201cSave an encrypted copy…\u201d to keep an "
                "encrypted copy.",
            ),
            self,
        )
        self.guest_note.setWordWrap(True)
        self.guest_note.setVisible(self._guest)
        layout.addWidget(self.guest_note)

        dates = QGroupBox(translate("Transfer", "Dates"), self)
        form = QFormLayout(dates)
        self.range_box = QCheckBox(translate("Transfer", "Only entries between these dates"), dates)
        self.range_box.setObjectName("useRange")
        form.addRow(self.range_box)
        today = clock.now().date()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=30)), dates)
        self.date_from.setCalendarPopup(True)
        self.date_from.setAccessibleName(translate("Transfer", "From"))
        self.date_to = QDateEdit(_qdate(today), dates)
        self.date_to.setCalendarPopup(True)
        self.date_to.setAccessibleName(translate("Transfer", "To"))
        form.addRow(translate("Transfer", "&From:"), self.date_from)
        form.addRow(translate("Transfer", "&To:"), self.date_to)
        self.range_box.toggled.connect(self._update)
        layout.addWidget(dates)
        self.dates_box = dates

        self.warning = QLabel(
            translate(
                "Transfer",
                "This file will NOT be encrypted. Anyone who can open it can read every "
                "entry in it. Keep it somewhere private, and delete it when you no longer "
                "need it.",
            ),
            self,
        )
        self.warning.setObjectName("plaintextWarning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.confirm_box = QCheckBox(
            translate("Transfer", "I understand that this file will not be encrypted"), self
        )
        self.confirm_box.setObjectName("confirmPlaintext")
        self.confirm_box.toggled.connect(self._update)
        layout.addWidget(self.confirm_box)

        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.message = note_label(self, "exportMessage")
        layout.addWidget(self.message)

        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(translate("Transfer", "&Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(translate("Transfer", "Close"), self)
        self.close_button.setObjectName("closeExport")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addLayout(row)

        first = next((r for r in self.radios.values() if r.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.group.buttonToggled.connect(lambda *_a: self._update())
        self._update()
        size_for_text(self, 84, 32)

    # -- state ---------------------------------------------------------------------------

    def chosen(self) -> Choice | None:
        """The ticked format (None when every format is switched off)."""
        for key, radio in self.radios.items():
            if radio.isChecked() and radio.isEnabled():
                return self._choices[key]
        return None

    def choose(self, key: str) -> None:
        """Tick a format (by its key: ``"json"``, ``"md-days"``, ``"pdf"``, ``"vault"``…)."""
        self.radios[key].setChecked(True)

    def _update(self) -> None:
        choice = self.chosen()
        plaintext = choice is not None and choice.plaintext
        busy = self.is_busy()
        self.warning.setVisible(plaintext)
        self.confirm_box.setVisible(plaintext)
        self.dates_box.setEnabled(choice is not None and choice.key != VAULT and not busy)
        self.date_from.setEnabled(self.range_box.isChecked())
        self.date_to.setEnabled(self.range_box.isChecked())
        ready = choice is not None and (not plaintext or self.confirm_box.isChecked())
        self.export_button.setEnabled(ready and not busy)

    def span(self) -> tuple[date | None, date | None]:
        """The chosen dates (None, None: everything)."""
        if not self.range_box.isChecked():
            return None, None
        first, last = _day(self.date_from.date()), _day(self.date_to.date())
        return (first, last) if first <= last else (last, first)

    def is_busy(self) -> bool:
        """True while an export runs."""
        return any(
            op is not None and not op.is_done() for op in (self.operation, self._document_op)
        )

    def cancel(self) -> None:
        """Stop the export; what was written so far is removed."""
        for op in (self.operation, self._document_op):
            if op is not None:
                op.cancel()

    # -- exporting -----------------------------------------------------------------------

    def _ask_target(self, choice: Choice) -> Path | None:
        today = date.today().isoformat()
        if choice.key == ExportFormat.MARKDOWN_DAYS.value:
            parent = self._pickers.folder(
                self, translate("Transfer", "Choose where the new folder goes"), Path.home()
            )
            if parent is None:
                return None
            return parent / translate("Transfer", "Journal {date}").format(date=today)
        suggested = Path.home() / (
            translate("Transfer", "journal-{date}").format(date=today) + choice.suffix
        )
        path = self._pickers.save(
            self, translate("Transfer", "Export your journal"), suggested, choice.filters
        )
        if path is not None and path.suffix.lower() != choice.suffix:
            path = path.with_name(path.name + choice.suffix)
        return path

    def export(self, target: Path | None = None) -> None:
        """Ask where (unless ``target`` is given), then export in the background."""
        choice = self.chosen()
        if choice is None or self.is_busy() or not self._session.is_unlocked():
            return
        if choice.plaintext and not self.confirm_box.isChecked():
            return
        path = target or self._ask_target(choice)
        if path is None:
            return
        self.message.clear()
        self.progress.start(translate("Transfer", "Exporting…"))
        if choice.key == PDF:
            self._export_pdf(path)
        else:
            self._run(choice, path)
        self._update()

    def _run(self, choice: Choice, path: Path) -> None:
        vault, vaults = self._session.vault, self._vaults
        date_from, date_to = self.span()
        allowed = self._plaintext_allowed
        # A file the person chose in the save dialog was confirmed there if it existed.
        overwrite = choice.key != ExportFormat.MARKDOWN_DAYS.value

        def work(progress: Progress) -> tuple[Path, int | None]:
            if choice.key == VAULT:
                info = vaults.export_encrypted(
                    vault,
                    path,
                    overwrite=overwrite,
                    progress=progress.report,
                    cancelled=lambda: progress.cancelled,
                )
                return path, info.entries
            result = export_plaintext(
                vault.connection,
                path,
                ExportFormat(choice.key),
                confirm_plaintext=True,
                plaintext_allowed=allowed,
                overwrite=overwrite,
                date_from=date_from,
                date_to=date_to,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )
            return result.path, result.entries

        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._done)
            .on_failure(self._failed)
            .start()
        )

    def _export_pdf(self, path: Path) -> None:
        conn = self._session.vault.connection
        date_from, date_to = self.span()
        labels = {
            "title": translate("Transfer", "My journal"),
            "range": translate("Transfer", "{first} to {last}"),
            "summary": translate("Transfer", "{count} entries"),
            "mood": translate("Transfer", "Mood: {mood}"),
            "emotions": translate("Transfer", "Emotions: {names}"),
            "tags": translate("Transfer", "Tags: {names}"),
            "empty": translate("Transfer", "No entries in these dates."),
        }
        moods = mood_words()

        def work(progress: Progress) -> Document:
            progress.check()
            return journal_document(conn, date_from, date_to, labels=labels, mood_names=moods)

        def write(document: Document) -> None:
            # Drawing uses Qt's text layout, which belongs on the GUI thread.
            try:
                render_pdf(document, path)
            except Exception as exc:
                self._failed(exc)
                return
            self._done((path, None))

        self._document_op = Operation(self, work).on_success(write).on_failure(self._failed).start()

    def _done(self, outcome: tuple[Path, int | None]) -> None:
        path, entries = outcome
        self.progress.stop()
        if entries is None:
            text = translate("Transfer", "Exported to {path}.")
        else:
            text = translate("Transfer", "Exported {count} to {path}.")
        self.message.setText(text.format(path=isolate(str(path)), count=count_text(entries)))
        self._update()
        self.exported.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.message.setText(error_text(exc))
        self._update()

    def done(self, result: int) -> None:
        # Also when the app closes it (a lock): running work stops, changing nothing.
        self.cancel()
        super().done(result)
