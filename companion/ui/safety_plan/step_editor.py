"""One step of the safety plan: its guidance and the person's lines, each editable.

Each line has the words, an optional "how to reach them" detail, and buttons to move it
up or down or remove it (Alt+Up / Alt+Down move the line whose field has the focus).
"Add a line" adds an empty line and puts the cursor in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.safety_plan.models import (
    MAX_DETAIL_LENGTH,
    MAX_ITEMS_PER_STEP,
    MAX_TEXT_LENGTH,
    PlanItem,
    PlanStep,
    StepInfo,
)
from companion.ui.safety_plan.words import core_text
from companion.ui.shell.i18n import translate

# Steps whose lines are people, places or services: their detail is how to reach them.
_CONTACT_STEPS = frozenset({PlanStep.DISTRACTIONS, PlanStep.ASK_FOR_HELP, PlanStep.PROFESSIONALS})


@dataclass
class LineRow:
    """The widgets of one line, and the help-directory service it came from."""

    box: QWidget
    text: QLineEdit
    detail: QLineEdit
    up: QPushButton
    down: QPushButton
    remove: QPushButton
    service_id: str | None = None


class StepEditor(QGroupBox):
    """Edits the lines of one step. ``edited`` fires on every change."""

    edited = Signal()

    def __init__(self, info: StepInfo, parent: QWidget | None = None) -> None:
        title = core_text(info.title)
        heading = f"{info.number}. {title}" if info.number else title
        super().__init__(heading, parent)
        self.info = info
        self.setObjectName(f"step_{info.step.value}")
        self.setAccessibleName(heading)
        # The step's title stands out; the words inside stay as they are.
        self.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")
        self.rows: list[LineRow] = []
        layout = QVBoxLayout(self)
        self.guidance = QLabel(core_text(info.guidance), self)
        self.guidance.setWordWrap(True)
        layout.addWidget(self.guidance)
        self._lines = QVBoxLayout()
        layout.addLayout(self._lines)
        self.add_button = QPushButton(translate("SelfCare", "Add a line"), self)
        self.add_button.setAccessibleName(
            translate("SelfCare", "Add a line to: {step}").format(step=title)
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.extra = QVBoxLayout()  # step 5 puts its suggestions here
        layout.addLayout(self.extra)

    # reading and writing --------------------------------------------------------------
    def lines(self) -> list[PlanItem]:
        """The lines as written (empty rows included; the core drops them on save)."""
        return [PlanItem(r.text.text(), r.detail.text() or None, r.service_id) for r in self.rows]

    def set_lines(self, items: tuple[PlanItem, ...] | list[PlanItem]) -> None:
        """Show ``items`` (without emitting ``edited``)."""
        while self.rows:
            self._drop(self.rows[-1])
        for item in items:
            self.add_line(item, emit=False)
        self._renumber()

    # rows -------------------------------------------------------------------------------
    def add_line(
        self, item: PlanItem | None = None, *, focus: bool = False, emit: bool = True
    ) -> LineRow | None:
        """Add a line at the end (empty, or with ``item``'s words)."""
        if len(self.rows) >= MAX_ITEMS_PER_STEP:
            return None
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLineEdit(box)
        text.setMaxLength(MAX_TEXT_LENGTH)
        text.setPlaceholderText(
            translate("SelfCare", "For example: {example}").format(
                example=core_text(self.info.example)
            )
        )
        detail = QLineEdit(box)
        detail.setMaxLength(MAX_DETAIL_LENGTH)
        if self.info.step in _CONTACT_STEPS:
            detail.setPlaceholderText(translate("SelfCare", "How to reach them (optional)"))
        else:
            detail.setPlaceholderText(translate("SelfCare", "A note (optional)"))
        up = QPushButton("↑", box)
        down = QPushButton("↓", box)
        remove = QPushButton("✕", box)
        for button in (up, down, remove):
            button.setAutoDefault(False)
            # As narrow as the style allows: the arrows need no room of their own.
            button.setMaximumWidth(button.minimumSizeHint().width())
        row.addWidget(text, 3)
        row.addWidget(detail, 2)
        row.addWidget(up)
        row.addWidget(down)
        row.addWidget(remove)
        line = LineRow(box, text, detail, up, down, remove)
        if item is not None:
            text.setText(item.text)
            detail.setText(item.detail or "")
            line.service_id = item.service_id
        text.textEdited.connect(lambda _t: self.edited.emit())
        detail.textEdited.connect(lambda _t: self.edited.emit())
        up.clicked.connect(lambda: self.move_line(line, -1))
        down.clicked.connect(lambda: self.move_line(line, 1))
        remove.clicked.connect(lambda: self.remove_line(line))
        for field in (text, detail):
            for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), field)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda s=step, ln=line: self.move_line(ln, s))
        self.rows.append(line)
        self._lines.addWidget(box)
        box.show()
        self._renumber()
        if focus:
            text.setFocus(Qt.FocusReason.OtherFocusReason)
        if emit:
            self.edited.emit()
        return line

    def move_line(self, line: LineRow, step: int) -> None:
        """Move ``line`` up (-1) or down (+1), keeping the focus on it."""
        index = self.rows.index(line)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        focused = line.detail if line.detail.hasFocus() else line.text
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self._lines.removeWidget(line.box)
        self._lines.insertWidget(target, line.box)
        self._renumber()
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def remove_line(self, line: LineRow) -> None:
        """Remove ``line``; the focus goes to a neighbour or to "Add a line"."""
        index = self.rows.index(line)
        self._drop(line)
        self._renumber()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _drop(self, line: LineRow) -> None:
        self.rows.remove(line)
        self._lines.removeWidget(line.box)
        line.box.hide()
        line.box.deleteLater()

    def _renumber(self) -> None:
        # Names say which line a button acts on: "Move line 2 up" means something to a
        # screen reader; a lone arrow does not. Tab order follows the new order too.
        previous: QWidget | None = None
        for number, line in enumerate(self.rows, start=1):
            line.text.setAccessibleName(translate("SelfCare", "Line {n}").format(n=number))
            line.detail.setAccessibleName(
                translate("SelfCare", "Line {n}: note or how to reach them").format(n=number)
            )
            for button, words in (
                (line.up, translate("SelfCare", "Move line {n} up")),
                (line.down, translate("SelfCare", "Move line {n} down")),
                (line.remove, translate("SelfCare", "Remove line {n}")),
            ):
                button.setAccessibleName(words.format(n=number))
                button.setToolTip(words.format(n=number))
            line.up.setEnabled(number > 1)
            line.down.setEnabled(number < len(self.rows))
            for widget in (line.text, line.detail, line.up, line.down, line.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self.add_button.setEnabled(len(self.rows) < MAX_ITEMS_PER_STEP)
