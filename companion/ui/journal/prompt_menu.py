"""The editor's "Prompts" menu and the form that fills a template.

The menu offers today's writing prompt (more prompts in a submenu) and the templates of
``companion.core.prompts``: daily reflection, gratitude and a thought record. A template
opens :class:`TemplateDialog`, one labelled field per question (an emotion with a 0-100
rating for the thought record); what the person fills in becomes ordinary Markdown that
the editor adds at the end of the entry, never over what is written. Nothing about
the template is stored beyond that text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.prompts import (
    PROMPTS,
    TEMPLATES,
    EmotionRating,
    FieldKind,
    Template,
    emotions_named,
    prompt_for_day,
    render_markdown,
)
from companion.core.prompts.templates import MAX_EMOTION_LENGTH, FieldValue
from companion.ui.journal.prompt_words import prompt_text
from companion.ui.shell.i18n import italic_suits_language, translate
from companion.ui.shell.theme import scaled_font, screen_room
from companion.ui.widgets.private_text import PrivateTextEdit

_ELIDE_AT = 90  # characters of today's prompt shown in the menu (all of it in the tip)


def _short(text: str) -> str:
    return text if len(text) <= _ELIDE_AT else text[: _ELIDE_AT - 1].rstrip() + "…"


class PromptMenu(QMenu):
    """Today's prompt, every other prompt, and the templates.

    Args:
        today: Returns today's date (the clock's), so the prompt changes at midnight.
        parent: Qt parent.
    """

    prompt_chosen = Signal(str)  # the prompt's id
    template_chosen = Signal(str)  # the template's id

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptMenu")
        self.setTitle(translate("Journal", "Prompts"))
        self.setAccessibleName(translate("Journal", "Prompts and templates"))
        self.setToolTipsVisible(True)
        self._today = today
        self.today_action = QAction(self)
        self.today_action.triggered.connect(self._choose_today)
        self.more_menu = QMenu(translate("Journal", "More &prompts"), self)
        self.more_menu.setObjectName("morePromptsMenu")
        self.more_menu.setAccessibleName(translate("Journal", "More writing prompts"))
        self.more_menu.setToolTipsVisible(True)
        for prompt in PROMPTS:
            action = self.more_menu.addAction(prompt_text(prompt.text))
            action.setObjectName(f"prompt_{prompt.id}")
            action.triggered.connect(lambda _c=False, pid=prompt.id: self.prompt_chosen.emit(pid))
        self.template_actions: dict[str, QAction] = {}
        self.addSection(translate("Journal", "Writing prompt"))
        self.addAction(self.today_action)
        self.addMenu(self.more_menu)
        self.addSection(translate("Journal", "Templates"))
        for chosen in TEMPLATES:
            #: A template in the Prompts menu; "…" because it opens a form first.
            text = translate("Journal", "{template}…").format(template=prompt_text(chosen.title))
            action = self.addAction(text)
            action.setObjectName(f"template_{chosen.id}")
            action.setToolTip(prompt_text(chosen.description))
            action.setStatusTip(prompt_text(chosen.description))
            action.triggered.connect(lambda _c=False, tid=chosen.id: self.template_chosen.emit(tid))
            self.template_actions[chosen.id] = action
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def today_prompt_id(self) -> str:
        """The id of the prompt suggested today."""
        return prompt_for_day(self._today()).id

    def refresh(self) -> None:
        """Show the prompt of the (possibly new) day."""
        prompt = prompt_for_day(self._today())
        words = prompt_text(prompt.text)
        #: The first item of the Prompts menu; {prompt} is a question such as
        #: "What do you need more of this week?".
        label = translate("Journal", "Today: {prompt}").format(prompt=_short(words))
        self.today_action.setText(label.replace("&", "&&"))
        self.today_action.setToolTip(words)
        self.today_action.setObjectName("prompt_today")

    def _choose_today(self) -> None:
        self.prompt_chosen.emit(self.today_prompt_id())


class EmotionRatingField(QWidget):
    """An emotion word and how strong it is, from 0 to 100."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.emotion_edit = QLineEdit(self)
        self.emotion_edit.setMaxLength(MAX_EMOTION_LENGTH)
        self.emotion_edit.setPlaceholderText(translate("Journal", "A feeling, such as worried"))
        #: {field} is the question, such as "Emotion and how strong".
        self.emotion_edit.setAccessibleName(
            translate("Journal", "{field}: the feeling").format(field=label)
        )
        strength = QLabel(translate("Journal", "&Strength"), self)
        self.intensity = QSpinBox(self)
        self.intensity.setRange(0, 100)
        self.intensity.setValue(50)
        #: After the strength of a feeling: "60 / 100".
        self.intensity.setSuffix(translate("Journal", " / 100"))
        #: {field} is the question, such as "Emotion and how strong".
        self.intensity.setAccessibleName(
            translate("Journal", "{field}: strength from 0 to 100").format(field=label)
        )
        strength.setBuddy(self.intensity)
        row.addWidget(self.emotion_edit, 3)
        row.addWidget(strength)
        row.addWidget(self.intensity, 1)
        self.touched = False  # the person typed here (the form stops copying into it)

    def value(self) -> EmotionRating:
        return EmotionRating(self.emotion_edit.text(), self.intensity.value())


class TemplateDialog(QDialog):
    """The form for one template; :meth:`markdown` is what goes into the entry.

    Args:
        chosen: The template.
        parent: The editor (the form is modal to its window).
    """

    def __init__(self, chosen: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.template = chosen
        title = prompt_text(chosen.title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text_fields: dict[str, PrivateTextEdit] = {}
        self.rating_fields: dict[str, EmotionRatingField] = {}

        outer = QVBoxLayout(self)
        intro = QLabel(prompt_text(chosen.description), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setObjectName("templateFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 6, 0)
        for spec in chosen.fields:
            label_text = prompt_text(spec.label)
            hint_text = prompt_text(spec.hint)
            label = QLabel(label_text, inner)
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
            label.setWordWrap(True)
            hint = QLabel(hint_text, inner)
            hint.setWordWrap(True)
            hint_font = QFont(self.font())
            hint_font.setItalic(italic_suits_language())
            hint.setFont(hint_font)
            column.addWidget(label)
            column.addWidget(hint)
            if spec.kind is FieldKind.EMOTION_RATING:
                rating = EmotionRatingField(label_text, inner)
                rating.setObjectName(f"field_{spec.id}")
                rating.emotion_edit.setAccessibleDescription(hint_text)
                label.setBuddy(rating.emotion_edit)
                self.rating_fields[spec.id] = rating
                column.addWidget(rating)
            else:
                edit = PrivateTextEdit(inner)
                edit.setObjectName(f"field_{spec.id}")
                edit.setAccessibleName(label_text)
                edit.setAccessibleDescription(hint_text)
                edit.setTabChangesFocus(True)
                lines = edit.fontMetrics().lineSpacing()
                edit.setMinimumHeight(int(lines * 3.2))
                edit.setMaximumHeight(int(lines * 5))
                label.setBuddy(edit)
                self.text_fields[spec.id] = edit
                column.addWidget(edit)
            column.addSpacing(max(4, self.fontMetrics().height() // 3))
        column.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self._link_ratings()

        note = QLabel(
            translate(
                "Journal",
                "Questions left empty are left out. Your answers are added at the end of "
                "the entry; nothing already written is changed.",
            ),
            self,
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            translate("Journal", "&Add to entry"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("addTemplateButton")
        self.add_button.setAccessibleName(translate("Journal", "Add the answers to the entry"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("Journal", "Cancel"))
        self.cancel_button.setAccessibleName(translate("Journal", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # Room for a readable line and several questions, never larger than the screen.
        em = self.fontMetrics().averageCharWidth()
        wanted = QSize(max(em * 80, 480), self.fontMetrics().height() * 40)
        room = screen_room(self)
        self.resize(wanted.boundedTo(room) if room is not None else wanted)
        first = next(iter(self.text_fields.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _link_ratings(self) -> None:
        """Re-rating the same feeling: the second rating copies the first feeling's name
        until the person types a different one there."""
        ratings = list(self.rating_fields.values())
        if len(ratings) < 2:
            return
        source, target = ratings[0], ratings[1]

        def follow(text: str) -> None:
            if not target.touched:
                target.emotion_edit.setText(text)

        def mark_touched(_text: str) -> None:
            target.touched = True

        source.emotion_edit.textChanged.connect(follow)
        target.emotion_edit.textEdited.connect(mark_touched)

    def values(self) -> dict[str, FieldValue]:
        """The answers by field id (empty ones included; the core leaves them out)."""
        found: dict[str, FieldValue] = {
            fid: edit.toPlainText() for fid, edit in self.text_fields.items()
        }
        for fid, rating in self.rating_fields.items():
            found[fid] = rating.value()
        return found

    def markdown(self) -> str:
        """The entry text for the answers (empty when nothing was filled in)."""
        return render_markdown(self.template, self.values(), prompt_text)

    def emotions(self) -> tuple[str, ...]:
        """The feelings named in the ratings."""
        return emotions_named(self.template, self.values())

    def clear(self) -> None:
        """Forget every answer (the vault was locked while the form was open)."""
        for edit in self.text_fields.values():
            edit.setPlainText("")
        for rating in self.rating_fields.values():
            rating.emotion_edit.clear()
