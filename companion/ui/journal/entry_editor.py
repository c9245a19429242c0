"""Write or edit one entry; everything autosaves into the encrypted database.

Saving happens about a second after the last edit, and at once when another entry is
opened, on lock and on close (callers use :meth:`EntryEditor.save_now`). There are no
draft files: an edit lives on screen until the journal has it. When a save fails (a full
disk, anything else) the text stays exactly where it is, the status says so plainly and
the editor tries again later.

The "Prompts" button adds today's writing prompt or a filled template (daily reflection,
gratitude, a thought record) at the end of the entry, never over what is written.

After an entry with a low mood is saved, the editor can show a calm line offering help
and a breathing exercise (the gentle response). The journal does not import the
exercises' screens: the app passes a factory for the line and what its buttons open
(``low_mood_response``, ``open_help``, ``open_exercise``) and whether the person has it
turned on (``gentle_enabled``). Nothing about the line is stored.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock, local_datetime
from companion.core.errors import CompanionError, InvalidEntry, StorageFull
from companion.core.exercises.gentle import gentle_offer
from companion.core.journal.models import Entry, EntryDraft, Mood, TagKind
from companion.core.journal.vocabulary import MAX_TEXT_LENGTH, MAX_TITLE_LENGTH
from companion.core.prompts import PROMPTS, prompt_block, separator_before, template
from companion.ui.journal.entry_details import EntryDetails
from companion.ui.journal.mood_picker import MoodPicker
from companion.ui.journal.prompt_menu import PromptMenu, TemplateDialog
from companion.ui.journal.prompt_words import prompt_text
from companion.ui.shell.dates_and_times import time_field_format
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.quick_exit import announce
from companion.ui.shell.session import Session
from companion.ui.shell.theme import scaled_font
from companion.ui.widgets.markdown_view import MarkdownView
from companion.ui.widgets.private_text import PrivateTextEdit

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000
RETRY_MS = 10_000
_Choices = tuple[Mood | None, tuple[str, ...], tuple[str, ...]]
# The save status words (English source; shown through translate()).
SAVED = QT_TRANSLATE_NOOP("Journal", "Saved")
SAVING = QT_TRANSLATE_NOOP("Journal", "Saving…")
NOT_SAVED = QT_TRANSLATE_NOOP("Journal", "Couldn't save — your text is still here")
# Control characters the journal refuses. They never come from typing, but pasted text
# (a PDF's page break, a terminal's colour codes) carries them, and one of them made the
# whole entry unsavable: page and line breaks become new lines, the rest are dropped.
_BREAKS = re.compile(r"[\x0b\x0c]")
_UNSTORABLE = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff]")


# The gentle response, passed in by the app: ``factory(editor)`` makes the line (the
# exercises' GentleResponseBar), which must offer :class:`LowMoodLine`'s methods and may
# have ``help_requested()``, ``exercise_requested(str)`` and ``dismissed()`` signals.
LowMoodFactory = Callable[[QWidget], QWidget]


@runtime_checkable
class LowMoodLine(Protocol):
    """What the editor asks of the gentle line."""

    def offer_for(self, mood: int | None, *, enabled: bool = True, in_trash: bool = False) -> bool:
        """Show the line for a just-saved mood (1-5); True when it is shown."""
        ...

    def dismiss(self, quietly: bool = False) -> None:
        """Hide the line."""
        ...

    def is_offering(self) -> bool:
        """True while the line is shown."""
        ...


def storable(text: str) -> str:
    """``text`` without the invisible control characters the journal cannot store."""
    return _UNSTORABLE.sub("", _BREAKS.sub("\n", text))


class EntryEditor(QWidget):
    """The editor pane. Open an entry with :meth:`open_entry`, start one with
    :meth:`new_entry`; it saves itself."""

    saved = Signal(int)  # entry id, after every successful save
    deleted = Signal(int)  # entry id, after it was moved to the trash

    def __init__(
        self,
        session: Session,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        low_mood_response: LowMoodFactory | None = None,
        gentle_enabled: Callable[[], bool] | None = None,
        open_help: Callable[[], None] | None = None,
        open_exercise: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self._session = session
        self._clock = clock
        self._entry_id: int | None = None
        self._created_at: datetime | None = None
        self._dirty = False
        self._loading = False
        self.last_error: BaseException | None = None
        self._pending_tags: dict[str, TagKind] = {}  # own tags not in the journal yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self.template_dialog: TemplateDialog | None = None
        self.gentle_line: QWidget | None = None
        self._gentle_enabled: Callable[[], bool] = _always
        self._open_help: Callable[[], None] | None = None
        self._open_exercise: Callable[[str], None] | None = None
        self._gentle_dismissed = False  # "Dismiss" for the entry on screen (memory only)
        self._is_new = True  # the entry on screen was started in this visit
        self._shown_mood: Mood | None = None  # its mood when it was opened
        self._build()
        self.set_low_mood_response(
            low_mood_response,
            enabled=gentle_enabled,
            open_help=open_help,
            open_exercise=open_exercise,
        )

    # building -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        # Everything above the button row scrolls as one: at large text sizes, with
        # "Feelings and activities" open, the text box and the Save/Preview/Trash row
        # fell below the screen. The row stays put under the scrolled part.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("entryScrollArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own
        self.scroll_area.setAccessibleName(translate("Journal", "Entry"))
        body = QWidget(self.scroll_area)
        body.setObjectName("entryBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        self._body_layout = layout
        top = QHBoxLayout()
        when_label = QLabel(translate("Journal", "&When"), self)
        self.when_edit = _WhenEdit(self)
        self.when_edit.setObjectName("entryDateTime")
        self.when_edit.setCalendarPopup(True)
        # The time as the locale writes it, as in the timeline beside the editor.
        self.when_edit.setDisplayFormat(f"ddd d MMM yyyy, {time_field_format()}")
        # Qt allows year 9999, the journal stops at 9000: a typo there made the entry
        # unsavable. Keep the field to dates a diary can mean.
        self.when_edit.setDateRange(QDate(1800, 1, 1), QDate(2999, 12, 31))
        self.when_edit.setAccessibleName(translate("Journal", "Date and time of the entry"))
        when_label.setBuddy(self.when_edit)
        top.addWidget(when_label)
        top.addWidget(self.when_edit)
        top.addStretch(1)
        layout.addLayout(top)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("entryTitle")
        self.title_edit.setPlaceholderText(translate("Journal", "Title (optional)"))
        self.title_edit.setAccessibleName(translate("Journal", "Title"))
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.title_edit.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.title_edit.setFrame(False)
        layout.addWidget(self.title_edit)

        mood_row = QHBoxLayout()
        mood_label = QLabel(translate("Journal", "How are you feeling?"), self)
        self.mood_picker = MoodPicker(self)
        mood_row.addWidget(mood_label)
        mood_row.addWidget(self.mood_picker, 1)
        layout.addLayout(mood_row)

        self.details = EntryDetails(self)
        layout.addWidget(self.details)

        self.stack = QStackedWidget(self)
        self.text_edit = PrivateTextEdit(self)
        self.text_edit.setObjectName("entryText")
        self.text_edit.setAccessibleName(translate("Journal", "Entry text"))
        self.text_edit.setAccessibleDescription(
            translate("Journal", "Light Markdown works: *italic*, **bold**, - lists")
        )
        self.text_edit.setPlaceholderText(
            translate(
                "Journal",
                "Write anything you like. Light Markdown works: *italic*, **bold**, - lists.",
            )
        )
        self.text_edit.setTabChangesFocus(True)  # Tab leaves the text: keyboard users need it
        self.text_edit.setFont(scaled_font(self.font(), 1.1))
        # A few lines always show, however much sits above; the column scrolls instead.
        self.text_edit.setMinimumHeight(self.text_edit.fontMetrics().lineSpacing() * 6)
        self.preview = MarkdownView(self)
        self.stack.addWidget(self.text_edit)
        self.stack.addWidget(self.preview)
        layout.addWidget(self.stack, 1)
        self._gentle_index = layout.count()  # the gentle line goes here, under the text

        bottom = QHBoxLayout()
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("saveStatus")
        self.status_label.setAccessibleName(translate("Journal", "Save status"))
        self.status_label.setWordWrap(True)
        bottom.addWidget(self.status_label, 1)
        self.preview_button = QPushButton(translate("Journal", "Pre&view"), self)
        self.preview_button.setObjectName("previewToggle")
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(translate("Journal", "Preview formatted text"))
        self.preview_button.setToolTip(
            translate("Journal", "Show the text formatted (Ctrl+Shift+P)")
        )
        self.preview_button.toggled.connect(self._on_preview)
        bottom.addWidget(self.preview_button)
        self.prompt_menu = PromptMenu(lambda: self._clock.now().date(), self)
        self.prompt_menu.prompt_chosen.connect(self.insert_prompt)
        self.prompt_menu.template_chosen.connect(self.open_template)
        self.prompts_button = QPushButton(translate("Journal", "&Prompts"), self)
        self.prompts_button.setObjectName("promptsButton")
        self.prompts_button.setAccessibleName(translate("Journal", "Prompts and templates"))
        self.prompts_button.setAccessibleDescription(
            translate(
                "Journal",
                "A writing prompt, or a daily reflection, gratitude or thought record "
                "added at the end of the entry",
            )
        )
        self.prompts_button.setToolTip(
            translate("Journal", "A writing prompt or a template (Alt+P)")
        )
        self.prompts_button.setAutoDefault(False)
        self.prompts_button.setMenu(self.prompt_menu)
        bottom.addWidget(self.prompts_button)
        self.delete_button = QPushButton(translate("Journal", "Move to &trash"), self)
        self.delete_button.setObjectName("deleteEntryButton")
        self.delete_button.setAccessibleName(translate("Journal", "Move this entry to the trash"))
        self.delete_button.clicked.connect(self.delete_current)
        bottom.addWidget(self.delete_button)
        outer.addLayout(bottom)

        # Mood and chip changes have their own small undo history; the text fields keep
        # Qt's. The keys only act while the focus is on the pickers.
        for holder in (self.mood_picker, self.details):
            for keys, slot in (
                (QKeySequence.StandardKey.Undo, self.undo_picker),
                (QKeySequence.StandardKey.Redo, self.redo_picker),
                (QKeySequence("Ctrl+Shift+Z"), self.redo_picker),
            ):
                shortcut = QShortcut(QKeySequence(keys), holder)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._picker_undo: list[_Choices] = []
        self._picker_redo: list[_Choices] = []
        self._choices = self._current_choices()

        preview_key = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        preview_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        preview_key.activated.connect(self.preview_button.toggle)

        self.when_edit.dateTimeChanged.connect(self._when_edited)
        self.title_edit.textChanged.connect(self._edited)
        self.mood_picker.mood_changed.connect(self._picker_edited)
        self.details.changed.connect(self._picker_edited)
        self.details.tag_added.connect(self._on_tag_added)
        self.text_edit.textChanged.connect(self._edited)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.details.fit_area()

    # state ----------------------------------------------------------------------------
    @property
    def entry_id(self) -> int | None:
        """The open entry's id (None for a new entry not saved yet)."""
        return self._entry_id

    def has_unsaved_changes(self) -> bool:
        """True while an edit has not reached the journal."""
        return self._dirty

    def status_text(self) -> str:
        """The save status as shown."""
        return self.status_label.text()

    def draft(self) -> EntryDraft:
        """What is on screen, as a draft for the journal."""
        title = storable(self.title_edit.text()).strip() or None
        return EntryDraft(
            text=storable(self.text_edit.toPlainText()),
            title=title,
            mood=self.mood_picker.mood(),
            emotions=self.details.emotions.selected(),
            tags=self.details.tags.selected(),
            created_at=self._when(),
        )

    def _when(self) -> datetime:
        # The exact saved instant is kept until the person changes the date field: the
        # field shows minutes, and re-saving must not round an entry's time.
        if self._created_at is not None:
            return self._created_at
        shown = self.when_edit.dateTime()
        day, clock_time = shown.date(), shown.time()
        wall = datetime(day.year(), day.month(), day.day(), clock_time.hour(), clock_time.minute())
        return local_datetime(self._clock, wall)

    # opening --------------------------------------------------------------------------
    def reload_vocabulary(self) -> None:
        """Read emotions and tags from the journal into the pickers."""
        journal = self._session.journal
        self.details.set_vocabulary(
            journal.emotions(),
            [t.name for t in journal.tags(TagKind.ACTIVITY)],
            [t.name for t in journal.tags(TagKind.SELF_CARE)],
        )

    def new_entry(self, when: datetime | None = None) -> bool:
        """Save what is open, then start a blank entry dated ``when`` (default: now).

        Returns:
            False (and nothing changes) when the open entry could not be saved: its
            text stays on screen rather than being dropped.
        """
        if not self.save_now():
            return False
        self._show(None, EntryDraft(created_at=when or self._clock.now()))
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_entry(self, entry_id: int) -> bool:
        """Save what is open, then show the saved entry ``entry_id``.

        Returns:
            False (and nothing changes) when the open entry could not be saved.

        Raises:
            EntryNotFound: ``entry_id`` is gone.
        """
        if entry_id == self._entry_id:
            return True
        if not self.save_now():
            return False
        entry = self._session.journal.get(entry_id)
        self._show(entry.id, _draft_of(entry))
        return True

    def _show(self, entry_id: int | None, draft: EntryDraft) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._entry_id = entry_id
            when = draft.created_at or self._clock.now()
            # Shown as written (its own offset): converting to today's offset moved
            # winter entries by an hour in summer, some of them onto the next day.
            local = when
            self._created_at = when
            self.when_edit.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )
            self.title_edit.setText(draft.title or "")
            # A title longer than the field shows from its start, not its end.
            self.title_edit.setCursorPosition(0)
            self.mood_picker.set_mood(draft.mood)
            self.details.set_selection(draft.emotions, draft.tags)
            # setPlainText also resets the undo history: undo never crosses entries.
            self.text_edit.setPlainText(draft.text)
            self.preview_button.setChecked(False)
        finally:
            self._loading = False
        self._dirty = False
        self.last_error = None
        self._picker_undo.clear()
        self._picker_redo.clear()
        self._choices = self._current_choices()
        self._set_status(translate("Journal", noop(SAVED)) if entry_id is not None else "")
        self.delete_button.setEnabled(True)
        self._is_new = entry_id is None
        self._shown_mood = draft.mood
        self._reset_gentle_line()

    def discard(self) -> None:
        """Forget what is on screen without saving (after the vault is locked)."""
        self._timer.stop()
        self._loading = True
        try:
            self._entry_id = None
            self._created_at = None
            self.title_edit.clear()
            self.mood_picker.set_mood(None)
            self.details.set_selection((), ())
            self.text_edit.setPlainText("")
            self.preview.clear()
        finally:
            self._loading = False
        self._picker_undo.clear()
        self._picker_redo.clear()
        self._pending_tags.clear()
        self._choices = self._current_choices()
        self._dirty = False
        self._set_status("")
        self._reset_gentle_line()
        self._close_template_dialog()

    # saving ---------------------------------------------------------------------------
    def _current_choices(self) -> _Choices:
        return (
            self.mood_picker.mood(),
            self.details.emotions.selected(),
            self.details.tags.selected(),
        )

    def _picker_edited(self, *_args: object) -> None:
        if self._loading:
            return
        now = self._current_choices()
        if now != self._choices:
            self._picker_undo.append(self._choices)
            self._picker_redo.clear()
            self._choices = now
        self._edited()

    def undo_picker(self) -> bool:
        """Undo the last mood, feeling or tag change. True when there was one."""
        if not self._picker_undo:
            return False
        self._picker_redo.append(self._current_choices())
        self._apply_choices(self._picker_undo.pop())
        return True

    def redo_picker(self) -> bool:
        """Redo a picker change undone with :meth:`undo_picker`."""
        if not self._picker_redo:
            return False
        self._picker_undo.append(self._current_choices())
        self._apply_choices(self._picker_redo.pop())
        return True

    def _apply_choices(self, choices: _Choices) -> None:
        mood, emotions, tags = choices
        self._loading = True
        try:
            self.mood_picker.set_mood(mood)
            self.details.set_selection(emotions, tags)
        finally:
            self._loading = False
        self._choices = choices
        self._edited()

    def _when_edited(self, *_args: object) -> None:
        if not self._loading:
            self._created_at = None  # from now on the field says when
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        if self.last_error is None:
            self._set_status(translate("Journal", noop(SAVING)))
        self._timer.start(AUTOSAVE_MS)

    def save_now(self) -> bool:
        """Save pending edits now. True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty:
            return True
        if not self._session.is_unlocked():
            return False
        draft = self.draft()
        if self._entry_id is None and _is_blank(draft):
            self._dirty = False  # an untouched new entry is not worth a row
            self._set_status("")
            return True
        self._set_status(translate("Journal", noop(SAVING)))
        self._add_pending_tags()
        try:
            entry = self._session.save_entry(self._entry_id, draft)
        except Exception as exc:  # any failure: keep the text, say so, try again later
            self.last_error = exc
            log.warning("entry not saved: %s", type(exc).__name__)
            detail = _reason(exc, draft)
            if detail:
                status = (
                    translate("Journal", "Couldn't save — your text is still here. {reason}")
                    .format(reason=detail)
                    .strip()
                )
            else:
                status = translate("Journal", noop(NOT_SAVED))
            self._set_status(status)
            self._timer.start(RETRY_MS)
            return False
        self.last_error = None
        self._entry_id = entry.id
        self._dirty = False
        self._set_status(translate("Journal", noop(SAVED)))
        self.saved.emit(entry.id)
        self._respond_to_save(draft.mood)
        return True

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
        if text != translate("Journal", noop(SAVING)):  # "Saved" is spoken; "Saving…" is not
            announce(self.status_label, text)

    def _on_tag_added(self, name: str, kind: object) -> None:
        if isinstance(kind, TagKind):
            self._pending_tags[name] = kind
            self._add_pending_tags()

    def _add_pending_tags(self) -> None:
        """Put own tags into the journal's list; one that failed (a full disk) waits here.

        The entry can only be saved once its tags are in the list, so each save retries.
        """
        if not self._session.is_unlocked():
            return
        journal = self._session.journal
        for name, kind in list(self._pending_tags.items()):
            try:
                journal.add_tag(name, kind)
            except InvalidEntry:
                pass  # already there (or not a valid name: the save will say so)
            except CompanionError as exc:  # the chip stays; the next save tries again
                log.warning("tag not added to vocabulary: %s", type(exc).__name__)
                continue
            del self._pending_tags[name]

    # actions --------------------------------------------------------------------------
    def delete_current(self) -> None:
        """Move the open entry to the trash (the window offers "Restore")."""
        if not self.save_now():
            return  # the status already says the text could not be saved
        entry_id = self._entry_id
        if entry_id is None:
            self.discard()
            return
        try:
            self._session.delete_entry(entry_id)
        except CompanionError as exc:  # a full disk: the entry stays, and we say why
            log.warning("entry not moved to the trash: %s", type(exc).__name__)
            self._set_status(message_for(exc))
            return
        self.discard()
        self.deleted.emit(entry_id)

    # prompts and templates -----------------------------------------------------------
    def insert_prompt(self, prompt_id: str) -> None:
        """Add the writing prompt ``prompt_id`` at the end of the text, cursor after it."""
        prompt = next((p for p in PROMPTS if p.id == prompt_id), None)
        if prompt is None:
            return
        self.add_to_text(prompt_block(prompt_text(prompt.text)))

    def open_template(self, template_id: str) -> TemplateDialog | None:
        """Open the form for a template; its answers are added when the person chooses
        "Add to entry". Returns the (non-blocking) form."""
        if not self._session.is_unlocked():
            return None
        self._close_template_dialog()
        dialog = TemplateDialog(template(template_id), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._add_template(dialog))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.template_dialog = dialog
        dialog.open()
        return dialog

    def _add_template(self, dialog: TemplateDialog) -> None:
        if not self._session.is_unlocked():
            return
        text = dialog.markdown()
        if text and not self.title_edit.text().strip():
            self.title_edit.setText(prompt_text(dialog.template.entry_title))
        self.add_to_text(text)
        self._select_emotions(dialog.emotions())

    def _select_emotions(self, names: tuple[str, ...]) -> None:
        """Tick the rated feelings that are in the journal's list of emotions."""
        picker = self.details.emotions
        known = [chip.name for chip in (picker.chip(n) for n in names) if chip is not None]
        chosen = picker.selected()
        added = [n for n in known if n.casefold() not in {c.casefold() for c in chosen}]
        if not added:
            return
        self.details.set_selection((*chosen, *added), self.details.tags.selected())
        self._picker_edited()

    def _forget_dialog(self, dialog: TemplateDialog) -> None:
        dialog.clear()
        if self.template_dialog is dialog:
            self.template_dialog = None
        dialog.deleteLater()

    def _close_template_dialog(self) -> None:
        dialog = self.template_dialog
        if dialog is not None:
            dialog.clear()
            dialog.reject()

    def add_to_text(self, block: str) -> None:
        """Add ``block`` at the end of the entry text: what is written is never replaced.

        One undo step (Ctrl+Z takes it away again); the cursor ends after the block.
        """
        if not block:
            return
        self.preview_button.setChecked(False)
        existing = self.text_edit.toPlainText()
        cursor = QTextCursor(self.text_edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        cursor.insertText(separator_before(existing) + block)
        cursor.endEditBlock()
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        # A menu that closes gives the focus back to its button afterwards: take it on.
        QTimer.singleShot(0, self._focus_text)

    def _focus_text(self) -> None:
        if self.isVisible() and self.stack.currentWidget() is self.text_edit:
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # the gentle response -------------------------------------------------------------
    def set_low_mood_response(
        self,
        factory: LowMoodFactory | None,
        *,
        enabled: Callable[[], bool] | None = None,
        open_help: Callable[[], None] | None = None,
        open_exercise: Callable[[str], None] | None = None,
    ) -> None:
        """Give the editor its gentle line (``None`` takes it away).

        Args:
            factory: Makes the line with the editor as parent (the exercises'
                ``GentleResponseBar`` class itself fits).
            enabled: Read at each save: the person's ``gentle_response`` preference.
            open_help: "Get help now" (the help panel).
            open_exercise: "Try slow breathing", with the exercise's id
                (``"breathing.slow"``).
        """
        old = self.gentle_line
        if old is not None:
            old.hide()
            old.setParent(None)
            old.deleteLater()
            self.gentle_line = None
        self._gentle_enabled = enabled or _always
        self._open_help = open_help
        self._open_exercise = open_exercise
        if factory is None:
            return
        line = factory(self)
        if not isinstance(line, LowMoodLine):
            raise TypeError("the gentle line needs offer_for, dismiss and is_offering")
        line.setObjectName(line.objectName() or "gentleLine")
        line.setParent(self)
        line.hide()
        self._body_layout.insertWidget(self._gentle_index, line)
        # Tab reaches its buttons right after the text, as they sit under it.
        previous: QWidget = self.text_edit
        for child in line.findChildren(QPushButton):
            QWidget.setTabOrder(previous, child)
            previous = child
        QWidget.setTabOrder(previous, self.preview_button)
        _connect(line, "help_requested", self._on_gentle_help)
        _connect(line, "exercise_requested", self._on_gentle_exercise)
        _connect(line, "dismissed", self._on_gentle_dismissed)
        self.gentle_line = line

    def gentle_line_shown(self) -> bool:
        """True while the gentle line is on screen."""
        line = self.gentle_line
        return isinstance(line, LowMoodLine) and line.is_offering()

    def _respond_to_save(self, mood: Mood | None) -> None:
        """After a save: offer the line for a low mood set in this visit, hide it else.

        Re-saving an old low entry (a typo fixed) does not bring it back; neither does
        autosave after "Dismiss". The line never takes the focus.
        """
        line = self.gentle_line
        if not isinstance(line, LowMoodLine):
            return
        value = mood.value if mood is not None else None
        try:
            on = bool(self._gentle_enabled())
        except Exception:  # a preference that cannot be read: stay quiet
            on = False
        if not on or gentle_offer(value) is None:
            line.dismiss(quietly=True)
            return
        fresh = self._is_new or mood != self._shown_mood
        if fresh and not self._gentle_dismissed and not line.is_offering():
            line.offer_for(value, enabled=True)

    def _reset_gentle_line(self) -> None:
        self._gentle_dismissed = False
        line = self.gentle_line
        if isinstance(line, LowMoodLine):
            line.dismiss(quietly=True)

    def _on_gentle_dismissed(self) -> None:
        self._gentle_dismissed = True
        if self.isVisible():
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_gentle_help(self) -> None:
        if self._open_help is not None:
            self._open_help()

    def _on_gentle_exercise(self, exercise_id: object = "breathing.slow") -> None:
        if self._open_exercise is not None:
            self._open_exercise(str(exercise_id))

    def _on_preview(self, on: bool) -> None:
        if on:
            self.preview.set_markdown(self.text_edit.toPlainText())
            self.stack.setCurrentWidget(self.preview)
        else:
            self.stack.setCurrentWidget(self.text_edit)


class _WhenEdit(QDateTimeEdit):
    """A date-time field where Tab leaves the field (arrows still move between parts).

    QDateTimeEdit normally spends Tab on its own sections, which costs a keyboard user
    five extra presses to get past it.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def _always() -> bool:
    return True


def _connect(line: QWidget, name: str, slot: Callable[..., None]) -> None:
    signal = getattr(line, name, None)
    if isinstance(signal, SignalInstance):
        signal.connect(slot)


def _reason(exc: BaseException, draft: EntryDraft) -> str:
    """Why a save failed, when the person can do something about it."""
    if isinstance(exc, StorageFull):
        return message_for(exc)
    if isinstance(exc, InvalidEntry) and len(draft.text) > MAX_TEXT_LENGTH:
        return translate(
            "Journal",
            "One entry holds up to {limit} characters and this one has {length}. "
            "Moving part of it into a new entry will let both save.",
        ).format(limit=f"{MAX_TEXT_LENGTH:,}", length=f"{len(draft.text):,}")
    return ""


def _draft_of(entry: Entry) -> EntryDraft:
    return EntryDraft(
        text=entry.text,
        title=entry.title,
        mood=entry.mood,
        emotions=entry.emotions,
        tags=entry.tags,
        created_at=entry.created_at,
    )


def _is_blank(draft: EntryDraft) -> bool:
    return not (draft.text.strip() or draft.title or draft.mood or draft.emotions or draft.tags)
