"""5-4-3-2-1 grounding, one sense at a time, at the person's own pace (no timer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.exercises.grounding import CLOSING, GROUNDING_STEPS, INTRODUCTION
from companion.ui.exercises.announce import announce
from companion.ui.exercises.words import core_text
from companion.ui.shell.i18n import translate


class GroundingPanel(QWidget):
    """Introduction, five steps, a closing word. Back and Next move between them."""

    step_changed = Signal(int)  # -1 introduction, 0-4 the senses, 5 the closing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groundingPanel")
        self.index = -1
        layout = QVBoxLayout(self)
        self.progress = QLabel(self)
        layout.addWidget(self.progress)
        self.count = QLabel(self)
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.count.setFont(font)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.count)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("groundingPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self.prompt.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.prompt.setFont(big)
        layout.addWidget(self.prompt)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(translate("SelfCare", "&Back"), self)
        self.back_button.setAccessibleName(translate("SelfCare", "Back to the previous step"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.next_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._show()

    def next(self) -> None:
        """The next step (from the closing word: start again)."""
        self.index = -1 if self.index >= len(GROUNDING_STEPS) else self.index + 1
        self._show()

    def back(self) -> None:
        """The previous step."""
        self.index = max(-1, self.index - 1)
        self._show()

    def restart(self) -> None:
        """Back to the introduction."""
        self.index = -1
        self._show()

    def _show(self) -> None:
        total = len(GROUNDING_STEPS)
        if self.index < 0:
            self.progress.clear()
            self.count.clear()
            prompt, hint = core_text(INTRODUCTION), ""
            next_text = translate("SelfCare", "&Begin")
        elif self.index >= total:
            self.progress.clear()
            self.count.clear()
            prompt, hint = core_text(CLOSING), translate("SelfCare", "Press F1 for help.")
            next_text = translate("SelfCare", "Start &again")
        else:
            step = GROUNDING_STEPS[self.index]
            self.progress.setText(
                translate("SelfCare", "Step {n} of {total}").format(n=self.index + 1, total=total)
            )
            self.count.setText(str(step.count))
            prompt, hint = core_text(step.prompt), core_text(step.hint)
            next_text = (
                translate("SelfCare", "&Finish")
                if self.index == total - 1
                else translate("SelfCare", "&Next")
            )
        self.hint.setText(hint)
        self.next_button.setText(next_text)
        self.next_button.setAccessibleName(next_text.replace("&", ""))
        # The focus stays on Next, so the step's words are its description too.
        self.next_button.setAccessibleDescription(prompt)
        self.back_button.setEnabled(self.index >= 0)
        announce(self.prompt, prompt)
        self.step_changed.emit(self.index)
