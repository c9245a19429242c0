"""Import entries from another app, in steps: file → preview and moods → import → summary.

1. **Choose a file.** Its format is detected (or chosen from the list when it cannot be).
2. **Preview.** How many entries, how many the journal already has (skipped), the dates,
   a few sample entries (shown from memory only), rows that cannot be imported (each with
   its line or id), new tags, and — when the source uses its own mood words — a mapping
   of each word onto the five levels that the person can change.
3. **Import** in one transaction, in the background, with progress and Cancel.
4. **Summary**: imported, skipped as already there, left out (worded kindly), and an
   offer to delete the source file, which is not encrypted.

The file is read twice (preview, then import) by the core, never copied; nothing from it
is written anywhere but into the encrypted journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.transfer.formats import FORMATS
from companion.core.transfer.importing import (
    ImportPreview,
    ImportResult,
    delete_source,
    preview_import,
    run_import,
)
from companion.core.transfer.times import local_zone
from companion.ui.shell.i18n import isolate, translate
from companion.ui.shell.ops import Operation, Progress
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading
from companion.ui.transfer.common import (
    Pickers,
    ProgressRow,
    ask,
    count_text,
    day_text,
    error_text,
    mood_words,
    note_label,
    size_for_text,
)

SAMPLES = 3
SAMPLE_CHARS = 120
MAX_PROBLEMS_LISTED = 200
CHOOSE, PREVIEW, IMPORTING, SUMMARY = range(4)


def sample_lines(preview: ImportPreview, limit: int = SAMPLES) -> list[str]:
    """A few entries of the source, as "date — beginning of the text" (memory only)."""
    if preview.source is None:
        return []
    lines = []
    for entry in preview.source.entries[:limit]:
        words = " — ".join(p for p in (entry.title, " ".join(entry.text.split())) if p)
        if len(words) > SAMPLE_CHARS:
            words = words[: SAMPLE_CHARS - 1].rstrip() + "…"
        if not words:
            words = translate("Transfer", "(no words)")
        when = f"{day_text(entry.created_at.date())} {entry.created_at.strftime('%H:%M')}"
        mood = f" ({entry.mood_label})" if entry.mood_label else ""
        lines.append(f"{when}{mood}: {words}")
    return lines


class ImportWizard(QDialog):
    """The import steps over the open journal.

    Args:
        session: The open journal (entries go into it; views refresh afterwards).
        pickers: Where the source file is asked for.
    """

    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        pickers: Pickers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(translate("Transfer", "Import entries"))
        self._session = session
        self._pickers = pickers or Pickers()
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result_value: ImportResult | None = None
        self.operation: Operation[ImportPreview] | Operation[ImportResult] | None = None
        self.mood_boxes: dict[str, QComboBox] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfer", "Import entries from another app"), self))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._importing_page())
        self.pages.addWidget(self._summary_page())
        layout.addWidget(self.pages, 1)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress)
        self.message = note_label(self, "importMessage")
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.back_button = QPushButton(translate("Transfer", "&Back"), self)
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("Transfer", "&Next"), self)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(translate("Transfer", "Cancel"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._update()
        size_for_text(self, 100, 36)

    # -- pages ---------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(
            translate(
                "Transfer",
                "Companion can bring in entries from Daylio (CSV or .daylio backup), Day One "
                "(JSON zip), jrnl (JSON), Diarium (JSON), Pixels (JSON) and its own JSON "
                "export. You will see what is in the file before anything is imported.",
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(translate("Transfer", "No file chosen yet."), page)
        self.file_label.setWordWrap(True)
        row.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(translate("Transfer", "&Choose a file…"), page)
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        form = QFormLayout()
        self.format_box = QComboBox(page)
        self.format_box.setObjectName("importFormat")
        self.format_box.addItem(translate("Transfer", "Find out from the file"), None)
        for candidate in FORMATS:
            self.format_box.addItem(translate("Transfer", candidate.label), candidate.name)
        self.format_box.setAccessibleName(translate("Transfer", "File type"))
        form.addRow(translate("Transfer", "File &type:"), self.format_box)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("previewSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.samples_box = QGroupBox(translate("Transfer", "A few of the entries"), page)
        samples_layout = QVBoxLayout(self.samples_box)
        self.samples = QLabel(self.samples_box)
        self.samples.setObjectName("previewSamples")
        self.samples.setWordWrap(True)
        samples_layout.addWidget(self.samples)
        layout.addWidget(self.samples_box)
        self.moods_box = QGroupBox(translate("Transfer", "Moods"), page)
        self.moods_layout = QFormLayout(self.moods_box)
        moods_intro = QLabel(
            translate(
                "Transfer",
                "This file uses its own mood words. Choose the level each one should get "
                "here. \u201cNo mood\u201d keeps the entry without a mood.",
            ),
            self.moods_box,
        )
        moods_intro.setWordWrap(True)
        self.moods_layout.addRow(moods_intro)
        layout.addWidget(self.moods_box)
        self.problems_box = QGroupBox(translate("Transfer", "Entries that can't be imported"), page)
        problems_layout = QVBoxLayout(self.problems_box)
        self.problems_intro = QLabel(self.problems_box)
        self.problems_intro.setWordWrap(True)
        problems_layout.addWidget(self.problems_intro)
        self.problem_list = QListWidget(self.problems_box)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(translate("Transfer", "Entries that can't be imported"))
        problems_layout.addWidget(self.problem_list)
        self.accept_box = QCheckBox(
            translate("Transfer", "Import the other entries and leave these out"), self.problems_box
        )
        self.accept_box.setObjectName("acceptProblems")
        self.accept_box.toggled.connect(self._update)
        problems_layout.addWidget(self.accept_box)
        layout.addWidget(self.problems_box)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _importing_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        label = QLabel(
            translate(
                "Transfer",
                "Importing. Everything is added in one step: if it stops, nothing is added.",
            ),
            page,
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.result_label = QLabel(page)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.delete_note = QLabel(
            translate(
                "Transfer",
                "The file you imported is not encrypted. If you no longer need it, Companion "
                "can delete it now.",
            ),
            page,
        )
        self.delete_note.setWordWrap(True)
        layout.addWidget(self.delete_note)
        self.delete_button = QPushButton(translate("Transfer", "&Delete the file…"), page)
        self.delete_button.setObjectName("deleteSource")
        self.delete_button.clicked.connect(self.ask_delete_source)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- moving between steps ------------------------------------------------------------

    def step(self) -> int:
        """The page showing (CHOOSE, PREVIEW, IMPORTING or SUMMARY)."""
        return self.pages.currentIndex()

    def _update(self) -> None:
        step, busy = self.step(), self.is_busy()
        self.back_button.setVisible(step == PREVIEW)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step in (CHOOSE, PREVIEW))
        if step == CHOOSE:
            self.next_button.setText(translate("Transfer", "&Next"))
            self.next_button.setEnabled(self.path is not None and not busy)
        elif step == PREVIEW and self.preview is not None:
            self.next_button.setText(translate("Transfer", "&Import"))
            problems = bool(self.preview.problems)
            ready = self.preview.new > 0 and (not problems or self.accept_box.isChecked())
            self.next_button.setEnabled(ready and not busy)
        self.close_button.setText(
            translate("Transfer", "Close") if step == SUMMARY else translate("Transfer", "Cancel")
        )
        self.choose_button.setEnabled(not busy)
        self.format_box.setEnabled(not busy)

    def next(self) -> None:
        """Read the file (choose step) or import it (preview step)."""
        if self.step() == CHOOSE:
            self.read_file()
        elif self.step() == PREVIEW:
            self.start_import()

    def back(self) -> None:
        """Back to choosing the file."""
        if not self.is_busy():
            self.pages.setCurrentIndex(CHOOSE)
            self.message.clear()
            self._update()

    def is_busy(self) -> bool:
        """True while the file is read or imported."""
        return self.operation is not None and not self.operation.is_done()

    def cancel(self) -> None:
        """Stop reading or importing (nothing is imported when it stops)."""
        if self.operation is not None:
            self.operation.cancel()

    # -- step 1 --------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the file to import."""
        path = self._pickers.open(
            self,
            translate("Transfer", "Choose the file to import"),
            Path.home(),
            translate("Transfer", "Journal exports (*.csv *.json *.zip *.daylio);;All files (*)"),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Use ``path`` as the source."""
        self.path = path
        self.file_label.setText(isolate(path.name))
        self.message.clear()
        self._update()

    def read_file(self) -> None:
        """Read the file in the background and show the preview."""
        if self.path is None or self.is_busy() or not self._session.is_unlocked():
            return
        conn, path = self._session.vault.connection, self.path
        name = self.format_box.currentData()
        chosen = {label: box.currentData() for label, box in self.mood_boxes.items()}
        zone = local_zone()

        def work(progress: Progress) -> ImportPreview:
            return preview_import(
                conn,
                path,
                format_name=name if isinstance(name, str) else None,
                zone=zone,
                mood_map=chosen or None,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        self.message.clear()
        self.progress.start(translate("Transfer", "Reading the file…"))
        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._previewed)
            .on_failure(self._failed)
            .start()
        )
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.progress.stop()
        self.message.setText(error_text(exc))
        if self.step() == IMPORTING:
            self.pages.setCurrentIndex(PREVIEW)
        self._update()

    # -- step 2 --------------------------------------------------------------------------

    def _previewed(self, preview: ImportPreview) -> None:
        self.progress.stop()
        self.preview = preview
        self.summary_label.setText(self.describe(preview))
        lines = sample_lines(preview)
        self.samples.setText("\n".join(lines))
        self.samples_box.setVisible(bool(lines))
        self._fill_moods(preview)
        self._fill_problems(preview)
        self.pages.setCurrentIndex(PREVIEW)
        self._update()

    def describe(self, preview: ImportPreview) -> str:
        """What the file holds and what importing it would do."""
        label = next((f.label for f in FORMATS if f.name == preview.format), preview.format)
        parts = [
            translate("Transfer", "This is a {format} file.").format(
                format=translate("Transfer", label)
            ),
            translate("Transfer", "New entries to import: {n}.").format(
                n=isolate(str(preview.new))
            ),
        ]
        if preview.already_there:
            parts.append(
                translate("Transfer", "Already in your journal, so skipped: {n}.").format(
                    n=isolate(str(preview.already_there))
                )
            )
        if preview.first is not None and preview.last is not None:
            parts.append(
                translate("Transfer", "They run from {first} to {last}.").format(
                    first=day_text(preview.first), last=day_text(preview.last)
                )
            )
        if preview.new_tags:
            parts.append(
                translate("Transfer", "New tags: {tags}.").format(tags=", ".join(preview.new_tags))
            )
        if preview.new == 0 and not preview.problems:
            parts.append(translate("Transfer", "There is nothing new to import."))
        return "\n".join(parts)

    def _fill_moods(self, preview: ImportPreview) -> None:
        while self.moods_layout.rowCount() > 1:
            self.moods_layout.removeRow(1)
        self.mood_boxes = {}
        words = mood_words()
        for label, level in preview.mood_map.items():
            box = QComboBox(self.moods_box)
            box.addItem(translate("Transfer", "No mood"), None)
            for value in range(5, 0, -1):
                box.addItem(f"{words[value]} ({value})", value)
            box.setCurrentIndex(max(0, box.findData(level)) if level is not None else 0)
            count = preview.mood_counts.get(label, 0)
            caption = translate("Transfer", "\u201c{word}\u201d ({count})").format(
                word=label, count=count_text(count)
            )
            box.setAccessibleName(
                translate("Transfer", "Level for the mood word {word}").format(word=label)
            )
            self.moods_layout.addRow(caption, box)
            self.mood_boxes[label] = box
        self.moods_box.setVisible(bool(self.mood_boxes))

    def mood_map(self) -> dict[str, int | None]:
        """The mapping as the person left it."""
        return {label: box.currentData() for label, box in self.mood_boxes.items()}

    def _fill_problems(self, preview: ImportPreview) -> None:
        self.problem_list.clear()
        for problem in preview.problems[:MAX_PROBLEMS_LISTED]:
            self.problem_list.addItem(str(problem))
        extra = len(preview.problems) - MAX_PROBLEMS_LISTED
        if extra > 0:
            self.problem_list.addItem(translate("Transfer", "…and {n} more").format(n=extra))
        self.problems_intro.setText(
            translate(
                "Transfer",
                "{n} entries in the file can't be imported as they are (listed with where "
                "they are in the file and why). The rest can still come in.",
            ).format(n=isolate(str(len(preview.problems))))
        )
        self.accept_box.setChecked(False)
        self.problems_box.setVisible(bool(preview.problems))

    # -- step 3 --------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import what the preview showed, with the chosen moods, in the background."""
        preview = self.preview
        if preview is None or self.is_busy() or not self._session.is_unlocked():
            return
        if preview.problems and not self.accept_box.isChecked():
            return
        vault, mapping = self._session.vault, self.mood_map()
        accept = self.accept_box.isChecked()

        def work(progress: Progress) -> ImportResult:
            return run_import(
                vault,
                preview,
                mood_map=mapping,
                accept_problems=accept,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        self.message.clear()
        self.pages.setCurrentIndex(IMPORTING)
        self.progress.start(translate("Transfer", "Importing…"))
        self.operation = (
            Operation(self, work)
            .on_progress(self.progress.show_progress)
            .on_success(self._imported)
            .on_failure(self._failed)
            .start()
        )
        self._update()

    # -- step 4 --------------------------------------------------------------------------

    def _imported(self, result: ImportResult) -> None:
        self.progress.stop()
        self.result_value = result
        if self._session.is_unlocked():
            self._session.entries_changed.emit()
        self.result_label.setText(self.describe_result(result))
        self.pages.setCurrentIndex(SUMMARY)
        self._update()
        self.imported.emit(result)

    @staticmethod
    def describe_result(result: ImportResult) -> str:
        """What the import did, kindly."""
        parts = [translate("Transfer", "Imported: {count}.").format(count=count_text(result.added))]
        if result.already_there:
            parts.append(
                translate(
                    "Transfer", "Already in your journal, so not added again: {count}."
                ).format(count=count_text(result.already_there))
            )
        if result.left_out:
            parts.append(
                translate(
                    "Transfer",
                    "Left out because they couldn't be read: {count}. Everything else came in "
                    "safely.",
                ).format(count=count_text(len(result.left_out)))
            )
        return "\n".join(parts)

    def ask_delete_source(self) -> None:
        """Ask, then delete the source file."""
        path = self.path
        if path is None:
            return
        ask(
            self,
            "deleteSourceConfirm",
            translate("Transfer", "Delete {name}?").format(name=isolate(path.name)),
            translate(
                "Transfer",
                "The file is overwritten and deleted. Copies elsewhere (a sync folder, a "
                "backup, the app you exported from) are not touched.",
            ),
            translate("Transfer", "Delete the file"),
            translate("Transfer", "Keep it"),
            self.delete_source,
        )

    def delete_source(self) -> None:
        """Delete the source file now."""
        if self.path is None:
            return
        try:
            delete_source(self.path)
        except OSError as exc:
            self.message.setText(error_text(exc))
            return
        self.delete_button.setEnabled(False)
        self.message.setText(translate("Transfer", "The file was deleted."))

    def done(self, result: int) -> None:
        # Also when the app closes it (a lock): running work stops, changing nothing.
        self.cancel()
        super().done(result)
