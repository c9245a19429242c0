"""The safety plan page: six steps and what is worth living for, in the person's words.

Adapted from the Safety Planning Intervention of Stanley & Brown (the attribution is on
the page and on every printout). The plan is saved inside the vault a moment after each
change, and through the :class:`SaveRegistry` at lock, quit and quick exit. Step 5
offers services from the help directory for the person's country. "Print…" and "Save as
PDF…" use the shared report renderer; the opt-in readable copy is rewritten on each save
while it is on.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.errors import CompanionError
from companion.core.reports.document import Document
from companion.core.reports.safety_plan import safety_plan_document
from companion.core.resources.directory import Directory
from companion.core.safety_plan.errors import InvalidSafetyPlan
from companion.core.safety_plan.models import ATTRIBUTION, STEPS, PlanStep, SafetyPlan, make_plan
from companion.core.safety_plan.plaintext import DANGER_NOTE, write_plaintext_copy
from companion.core.safety_plan.store import SafetyPlanStore
from companion.core.safety_plan.suggest import ServiceSuggestion, suggest_professionals
from companion.ui.reports.pdf import print_document, render_pdf
from companion.ui.safety_plan.copy_switch import PlainTextCopySwitch
from companion.ui.safety_plan.step_editor import StepEditor
from companion.ui.safety_plan.words import core_text
from companion.ui.shell.dates_and_times import short_date, short_time
from companion.ui.shell.i18n import italic_suits_language, translate
from companion.ui.shell.messages import message_for, show_message
from companion.ui.shell.saveables import Registration, SaveRegistry
from companion.ui.shell.session import Session
from companion.ui.shell.theme import heading, readable_column
from companion.ui.widgets.private_file_dialog import ask_save_path

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500


class _ElidingButton(QPushButton):
    """A push button whose long words end in "…" when the column is narrow (large text),
    with the whole text in its tooltip; it never widens the page past the window."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._full = text

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._full) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + max(0, extra), hint.height())

    def minimumSizeHint(self) -> QSize:
        least = self.fontMetrics().horizontalAdvance("m") * 12
        return QSize(least, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self._full
        room = (
            self.style()
            .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
            .width()
        )
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.blockSignals(True)
            self.setText(shown)
            self.blockSignals(False)
        self.setToolTip("" if shown == self._full else self._full)


class SafetyPlanPage(QWidget):
    """Edits the safety plan of the open vault.

    Args:
        session: The unlocked journal (the plan lives in its vault).
        clock: Where "last updated" comes from.
        saveables: Lock, quit and quick exit save the plan through it.
        data_dir: The data folder, where the opt-in readable copy lives; ``None`` in a
            guest session (no copy is offered: nothing may be kept on the computer).
        parent: The owning widget.
        directory: Returns the help directory (default: the bundled one).
        country: Returns the person's country code for step 5 (``None``: international).
    """

    saved = Signal()

    def __init__(
        self,
        session: Session,
        clock: Clock,
        saveables: SaveRegistry,
        data_dir: Path | None,
        parent: QWidget | None = None,
        *,
        directory: Callable[[], Directory] | None = None,
        country: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPlanPage")
        self.setAccessibleName(core_text("My safety plan"))
        self._session = session
        self._clock = clock
        self._saveables = saveables
        self._data_dir = data_dir
        self._directory = directory or Directory.load_bundled
        self._country = country or (lambda: None)
        # The live registration, in a list the destroyed-handler can read without self.
        self._registrations: list[Registration] = []
        self._dirty = False
        self._loading = False
        self.editors: dict[PlanStep, StepEditor] = {}
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._build()
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        registrations = self._registrations

        def forget(*_args: object) -> None:
            for registration in list(registrations):
                saveables.unregister(registration)

        self.destroyed.connect(forget)
        if session.is_unlocked():
            self._on_unlocked()
        else:
            self._on_locked()

    # building -------------------------------------------------------------------------
    def _build(self) -> None:
        form = QWidget(self)
        column = QVBoxLayout(form)
        top = QHBoxLayout()
        top.addWidget(heading(core_text("My safety plan"), form), 1)
        self.status = QLabel(form)
        self.status.setObjectName("safetyPlanStatus")
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(top)
        intro = QLabel(
            translate(
                "SelfCare",
                "A plan for hard moments, in your own words. Work through the steps in "
                "order until you feel safer. You can change it at any time; it is saved "
                "as you type, inside your encrypted journal.",
            ),
            form,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        danger = QLabel(
            f"<b>{core_text(DANGER_NOTE)}</b> "
            + translate("SelfCare", "Press F1 for helplines in your country."),
            form,
        )
        danger.setWordWrap(True)
        danger.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(danger)
        for info in STEPS:
            editor = StepEditor(info, form)
            editor.edited.connect(self._edited)
            self.editors[info.step] = editor
            column.addWidget(editor)
        self._build_suggestions(self.editors[PlanStep.PROFESSIONALS])
        self.attribution = QLabel(core_text(ATTRIBUTION), form)
        self.attribution.setObjectName("safetyPlanAttribution")
        self.attribution.setWordWrap(True)
        font = self.attribution.font()
        font.setItalic(italic_suits_language())
        self.attribution.setFont(font)
        column.addWidget(self.attribution)
        actions = QHBoxLayout()
        self.print_button = QPushButton(translate("SelfCare", "&Print…"), form)
        self.print_button.setAccessibleName(translate("SelfCare", "Print my safety plan"))
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button = QPushButton(translate("SelfCare", "Save as P&DF…"), form)
        self.pdf_button.setAccessibleName(translate("SelfCare", "Save my safety plan as a PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        # A guest session keeps nothing on this computer: no unencrypted copy to offer.
        self.copy_switch: PlainTextCopySwitch | None = None
        if self._data_dir is not None:
            self.copy_switch = PlainTextCopySwitch(self._data_dir, self._write_copy, form)
            column.addWidget(self.copy_switch)
        self.error_label = QLabel(form)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        column.addWidget(self.error_label)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(readable_column(form, body, 90))
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_suggestions(self, editor: StepEditor) -> None:
        self.suggestions_label = QLabel(
            translate("SelfCare", "Services from the help directory you could add:"), editor
        )
        self.suggestions_label.setWordWrap(True)
        editor.extra.addWidget(self.suggestions_label)
        self._suggestion_box = QVBoxLayout()
        editor.extra.addLayout(self._suggestion_box)
        self.suggestion_buttons: list[QPushButton] = []

    def _show_suggestions(self) -> None:
        for button in self.suggestion_buttons:
            self._suggestion_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.suggestion_buttons = []
        found: list[ServiceSuggestion] = []
        if self._session.is_unlocked():
            try:
                found = suggest_professionals(
                    self._directory(), self._country(), plan=self._plan_on_screen_unchecked()
                )
            except (OSError, CompanionError) as exc:  # help data missing: no suggestions
                log.warning("no step-5 suggestions: %s", type(exc).__name__)
        editor = self.editors[PlanStep.PROFESSIONALS]
        for suggestion in found:
            item = suggestion.item
            words = f"{item.text} — {item.detail}" if item.detail else item.text
            button = _ElidingButton(
                translate("SelfCare", "Add: {service}").format(service=words), editor
            )
            button.setAccessibleName(
                translate("SelfCare", "Add {service} to step 5").format(service=words)
            )
            button.setAutoDefault(False)
            button.setStyleSheet("text-align: left; padding: 0.2em 0.6em;")
            button.clicked.connect(lambda _c=False, s=suggestion: self.add_suggestion(s))
            self._suggestion_box.addWidget(button)
            self.suggestion_buttons.append(button)
        self.suggestions_label.setVisible(bool(found))
        self._follow_reading_order()

    def _follow_reading_order(self) -> None:
        """Tab goes down the page as it reads: lines are made after the buttons below
        them (when the plan loads), so without this Tab visits Print before step 1."""
        chain: list[QWidget] = []
        for info in STEPS:
            editor = self.editors[info.step]
            for row in editor.rows:
                chain += [row.text, row.detail, row.up, row.down, row.remove]
            chain.append(editor.add_button)
            if info.step == PlanStep.PROFESSIONALS:
                chain += self.suggestion_buttons
        chain += [self.print_button, self.pdf_button]
        if self.copy_switch is not None:
            chain.append(self.copy_switch.box)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def add_suggestion(self, suggestion: ServiceSuggestion) -> None:
        """Add a directory service as a line of step 5."""
        editor = self.editors[PlanStep.PROFESSIONALS]
        empty = [
            r for r in editor.rows if not r.text.text().strip() and not r.detail.text().strip()
        ]
        for row in empty:  # fill the blank line left by "Add a line" rather than add below it
            editor._drop(row)
        editor.add_line(suggestion.item)
        self._show_suggestions()

    # loading and saving -----------------------------------------------------------------
    def _store(self) -> SafetyPlanStore:
        return SafetyPlanStore(self._session.vault.connection, self._clock)

    def _on_unlocked(self) -> None:
        if not self._registrations:
            self._registrations.append(self._saveables.register("safety plan", self.save_now))
        self.load()
        self.setEnabled(True)

    def _on_locked(self) -> None:
        # The shell has asked every saver to save already; what is left is dropped.
        self._autosave.stop()
        while self._registrations:
            self._saveables.unregister(self._registrations.pop())
        self._loading = True
        for editor in self.editors.values():
            editor.set_lines([])
        self._loading = False
        self._dirty = False
        self._show_suggestions()
        self.status.clear()
        self.setEnabled(False)

    def load(self) -> None:
        """Show the saved plan (an empty line under each empty step, ready to write)."""
        plan = self._store().load()
        self._loading = True
        for info in STEPS:
            editor = self.editors[info.step]
            editor.set_lines(plan.lines(info.step))
            if not editor.rows:
                editor.add_line(emit=False)
        self._loading = False
        self._dirty = False
        self._show_status(plan)
        self._show_suggestions()
        if self.copy_switch is not None:
            self.copy_switch.refresh()

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(translate("SelfCare", "Not saved yet"))
        self._autosave.start()

    def is_dirty(self) -> bool:
        """True while some change is not saved yet."""
        return self._dirty

    def _plan_on_screen_unchecked(self) -> SafetyPlan:
        try:
            return self.plan_on_screen()
        except InvalidSafetyPlan:
            return SafetyPlan()

    def plan_on_screen(self) -> SafetyPlan:
        """The plan as written on screen (checked and trimmed by the core).

        Raises:
            InvalidSafetyPlan: A line cannot be saved as it is.
        """
        return make_plan({step: editor.lines() for step, editor in self.editors.items()})

    def save_now(self) -> bool:
        """Save the plan now. True when nothing is left unsaved (the saver contract)."""
        self._autosave.stop()
        if not self._dirty:
            return True
        if not self._session.is_unlocked():
            return False
        try:
            plan = self._store().save(self.plan_on_screen())
        except InvalidSafetyPlan:
            self._show_error(
                translate(
                    "SelfCare",
                    "A line could not be saved as it is (it may be very long or hold "
                    "unusual characters). Please check it.",
                )
            )
            return False
        except CompanionError as exc:
            self._show_error(message_for(exc))
            return False
        self._dirty = False
        self.error_label.setVisible(False)
        self._show_status(plan)
        if self.copy_switch is not None and self.copy_switch.is_on():
            try:
                self._write_copy(plan)
            except (OSError, CompanionError) as exc:
                self._show_error(message_for(exc))
        self.saved.emit()
        return True

    def _write_copy(self, plan: SafetyPlan | None = None) -> Path:
        if plan is None:
            if self._dirty and not self.save_now():
                raise InvalidSafetyPlan("plan", "not saved")
            plan = self._store().load()
        if self._data_dir is None:
            raise InvalidSafetyPlan("plan", "no place to keep a copy in a guest session")
        return write_plaintext_copy(plan, self._data_dir, core_text)

    def _show_status(self, plan: SafetyPlan) -> None:
        if plan.updated_at is None:
            self.status.setText(translate("SelfCare", "Nothing saved yet"))
            return
        moment = plan.updated_at.astimezone(self._clock.now().tzinfo)
        day, time = short_date(moment.date()), short_time(moment)
        #: When the plan was last saved: {day} is a short date, {time} a time of day.
        self.status.setText(
            translate("SelfCare", "Saved {day} at {time}").format(day=day, time=time)
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    # paper ------------------------------------------------------------------------------
    def _document_or_none(self) -> Document | None:
        try:
            plan = self.plan_on_screen()
        except InvalidSafetyPlan:
            self._show_error(translate("SelfCare", "A line could not be printed as it is."))
            return None
        if self._session.is_unlocked():
            saved = self._store().load()
            plan = SafetyPlan(plan.items, saved.updated_at if not self._dirty else None)
        return safety_plan_document(plan, core_text)

    def print_plan(self) -> bool:
        """Print the plan as it is on screen, through the system's print dialog."""
        document = self._document_or_none()
        if document is None:
            return False
        return print_document(document, self)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Ask where (unless ``path`` is given), then save the plan as a PDF."""
        document = self._document_or_none()
        if document is None:
            return None
        if path is None:
            path = ask_save_path(
                self,
                translate("SelfCare", "Save my safety plan as PDF"),
                Path.home() / translate("SelfCare", "safety-plan.pdf"),
                translate("SelfCare", "PDF documents (*.pdf)"),
            )
            if path is None:
                return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            render_pdf(document, path)
        except (OSError, CompanionError) as exc:
            show_message(self, exc)
            return None
        return path
