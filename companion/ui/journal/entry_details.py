"""The editor's "Feelings and activities" section: emotions and tags, folded by default.

Folded, it shows one summary line ("Feeling calm, hopeful · Did work, slept well") so the
text keeps most of the space; unfolded it shows both chip pickers in a scroll area.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.models import TagKind
from companion.core.journal.vocabulary import MAX_TAG_LENGTH
from companion.ui.shell.i18n import translate
from companion.ui.widgets.chip_picker import ChipPicker


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
        # Left-aligned like a heading; padding in em so it grows with the text.
        self.toggle.setStyleSheet(
            "QPushButton#detailsToggle { text-align: left; padding: 0.2em 0.3em; }"
        )
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle)

        self.area = QScrollArea(self)
        self.area.setObjectName("detailsArea")
        self.area.setAccessibleName(translate("Journal", "Feelings and activities"))
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        inner = QWidget(self.area)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(4, 0, 4, 0)
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
        inner_layout.addStretch(1)
        self.area.setWidget(inner)
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
        self.fit_area()
        self._update_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_area()

    def fit_area(self) -> None:
        """Size the pickers' area to its content, within limits."""
        if not self.area.isVisibleTo(self):
            return
        # As tall as the chips need, but at most about half the editor, so the entry
        # text below keeps room to breathe (the floor scales with the font).
        inner = self.area.widget()
        width = max(100, self.width() - self.area.verticalScrollBar().sizeHint().width())
        wanted = inner.heightForWidth(width) if inner is not None else 0
        parent = self.parentWidget()
        share = int(parent.height() * 0.45) if parent is not None else 0
        cap = max(self.fontMetrics().height() * 8, share)
        self.area.setFixedHeight(max(self.fontMetrics().height() * 3, min(wanted, cap)))

    def _on_changed(self) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        parts = []
        if self.emotions.selected():
            feelings = ", ".join(self.emotions.selected())
            #: {emotions} is a comma-separated list of the chosen feelings.
            parts.append(translate("Journal", "Feeling {emotions}").format(emotions=feelings))
        if self.tags.selected():
            tags = ", ".join(self.tags.selected())
            #: {tags} is a comma-separated list of the chosen activities and self-care.
            parts.append(translate("Journal", "Did {tags}").format(tags=tags))
        summary = " · ".join(parts) if parts else translate("Journal", "none chosen yet")
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
