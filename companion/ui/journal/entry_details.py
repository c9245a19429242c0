"""The editor's "Feelings and activities" section: emotions and tags, folded by default.

Folded, it shows one summary line ("Feeling calm, hopeful · Work, slept well") so the
text keeps most of the space; unfolded it shows both chip pickers at their full height
(no scroll bar of their own).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.models import TagKind
from companion.core.journal.vocabulary import MAX_TAG_LENGTH
from companion.ui.journal.vocabulary_words import shown_word
from companion.ui.shell.design import Space, space
from companion.ui.shell.i18n import translate
from companion.ui.widgets.chip_picker import ChipPicker

# The core's display words for a few built-in tags, marked here for translators.
TAG_LABEL_WORDS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Journal", "spent time outdoors"),
    QT_TRANSLATE_NOOP("Journal", "something creative"),
    QT_TRANSLATE_NOOP("Journal", "ate a good meal"),
    QT_TRANSLATE_NOOP("Journal", "took my medication"),
)


class EntryDetails(QWidget):
    """Emotion and tag pickers behind a disclosure button."""

    changed = Signal()
    tag_added = Signal(str, object)  # name, TagKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("detailsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setFlat(True)
        self.toggle.setAutoDefault(False)
        # Left-aligned like a heading (the design system's style sheet draws it).
        self.toggle.setProperty("textAlign", "left")
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle)

        # The pickers sit in the editor's own column at their full height: no scroll
        # bar of their own inside the window (a nested scroll bar caught the wheel and
        # hid chips below the fold).
        self.area = QWidget(self)
        self.area.setObjectName("detailsArea")
        self.area.setAccessibleName(translate("Journal", "Feelings and activities"))
        inner = self.area
        inner_layout = QVBoxLayout(inner)
        margin = space(Space.XS)
        inner_layout.setContentsMargins(margin, 0, margin, 0)
        self.emotions = ChipPicker(
            translate("Journal", "Feelings"),
            translate("Journal", "Emotion"),
            allow_custom=False,
            parent=inner,
        )
        self.emotions.setObjectName("emotionPicker")
        self.tags = ChipPicker(
            translate("Journal", "Activities and self-care"),
            translate("Journal", "Tag"),
            allow_custom=True,
            parent=inner,
        )
        self.tags.setObjectName("tagPicker")
        # The journal refuses longer tags, and one refused tag stopped the whole entry
        # from saving; the field simply stops at the limit instead.
        self.tags.filter_edit.setMaxLength(MAX_TAG_LENGTH)
        inner_layout.addWidget(self.emotions)
        inner_layout.addWidget(_separator(inner))
        inner_layout.addWidget(self.tags)
        self.area.setVisible(False)
        layout.addWidget(self.area)

        self.emotions.selection_changed.connect(self._on_changed)
        self.tags.selection_changed.connect(self._on_changed)
        self.tags.custom_added.connect(self.tag_added)
        self._update_summary()

    def set_vocabulary(
        self, emotions: Sequence[str], activities: Sequence[str], self_care: Sequence[str]
    ) -> None:
        """Fill both pickers (the current selection is kept)."""
        self.emotions.set_labels({name: shown_word(name) for name in emotions})
        self.tags.set_labels({name: shown_word(name) for name in (*activities, *self_care)})
        self.emotions.set_groups([(translate("Journal", "Feelings"), None, list(emotions))])
        self.tags.set_groups(
            [
                (translate("Journal", "Activities"), TagKind.ACTIVITY, list(activities)),
                (translate("Journal", "Self-care"), TagKind.SELF_CARE, list(self_care)),
            ]
        )

    def set_selection(self, emotions: Sequence[str], tags: Sequence[str]) -> None:
        """Show a saved entry's choices (no ``changed`` signal)."""
        self.emotions.set_selected(emotions)
        self.tags.set_selected(tags)
        self._update_summary()

    def is_expanded(self) -> bool:
        """True when the pickers are shown."""
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Show or fold the pickers."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # re-enters through toggled
            return
        self.area.setVisible(expanded)
        if not expanded:
            self.area.setMinimumHeight(0)
        self.fit_area()
        self._update_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_area()

    def fit_area(self) -> None:
        """Let the pickers take the height their chips need at the current width (the
        editor calls this after a resize; the layout does the rest)."""
        if not self.area.isVisibleTo(self):
            return
        # A flow of chips only knows its height for a given width; asking for that as
        # the minimum keeps rows from being squeezed on top of each other.
        layout = self.area.layout()
        width = self.contentsRect().width()  # the area spans the whole width
        if layout is not None and width > 0:
            self.area.setMinimumHeight(layout.totalHeightForWidth(width))

    def _on_changed(self) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        parts = []
        if self.emotions.selected():
            feelings = ", ".join(shown_word(name) for name in self.emotions.selected())
            #: {emotions} is a comma-separated list of the chosen feelings.
            parts.append(translate("Journal", "Feeling {emotions}").format(emotions=feelings))
        if self.tags.selected():
            tags = ", ".join(shown_word(name) for name in self.tags.selected())
            # The chosen words themselves ("spent time outdoors, reading"), not "Did
            # outdoors": the words say what was done.
            parts.append(tags)
        summary = " · ".join(parts) if parts else translate("Journal", "none chosen yet")
        summary = summary[:1].upper() + summary[1:]
        if self.is_expanded():
            action = translate("Journal", "Hide feelings and activities")
        else:
            action = translate("Journal", "Show feelings and activities")
        # A text triangle, not an arrow icon: it scales with the font.
        marker = "\u25be" if self.is_expanded() else "\u25b8"
        #: {summary} is what was chosen ("Feeling calm · Did work") or "none chosen yet".
        heading = translate("Journal", "Feelings and activities — {summary}")
        self.toggle.setText(f"{marker} {heading.format(summary=summary)}")
        self.toggle.setAccessibleName(action)
        self.toggle.setAccessibleDescription(
            translate("Journal", "Chosen: {summary}").format(summary=summary)
        )
        self.toggle.setToolTip(action)


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
