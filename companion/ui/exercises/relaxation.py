"""Progressive muscle relaxation: one muscle group at a time, tense gently, then let go.

A timed script (``relaxation_steps``) over a pausable stopwatch; "Next part" skips ahead
for anyone who wants to go faster or leave a sore part out. Each new part is read out.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.exercises.relaxation import (
    CLOSING,
    INTRODUCTION,
    Action,
    RelaxationStep,
    relaxation_steps,
    step_at,
    total_seconds,
)
from companion.ui.exercises.announce import announce
from companion.ui.exercises.timing import Stopwatch, TimeSource
from companion.ui.exercises.words import core_text
from companion.ui.shell.i18n import translate

TICK_MS = 250


class RelaxationPanel(QWidget):
    """Start, pause, next part and stop; the instruction and a countdown for each part."""

    step_changed = Signal(int)  # the index of the part now running (-1 when done)

    def __init__(
        self, parent: QWidget | None = None, *, time_source: TimeSource | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relaxationPanel")
        self.steps = relaxation_steps()
        self.watch = Stopwatch(time_source)
        self.current: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        layout = QVBoxLayout(self)
        self.intro = QLabel(core_text(INTRODUCTION), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group_label = QLabel(self)
        font = self.group_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.group_label.setFont(font)
        self.group_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.group_label)
        self.instruction = QLabel(self)
        self.instruction.setObjectName("relaxationInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self.instruction.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.instruction.setFont(big)
        layout.addWidget(self.instruction)
        self.countdown = QLabel(self)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.countdown)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(self.steps) // 2)
        self.progress.setFormat(translate("SelfCare", "%v of %m parts"))
        self.progress.setAccessibleName(translate("SelfCare", "Parts done"))
        layout.addWidget(self.progress)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(translate("SelfCare", "&Start"), self)
        self.start_button.setAccessibleName(translate("SelfCare", "Start muscle relaxation"))
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(translate("SelfCare", "&Pause"), self)
        self.pause_button.setAccessibleName(translate("SelfCare", "Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button = QPushButton(translate("SelfCare", "&Next part"), self)
        self.next_button.setAccessibleName(translate("SelfCare", "Go to the next part"))
        self.next_button.clicked.connect(self.skip)
        self.stop_button = QPushButton(translate("SelfCare", "S&top"), self)
        self.stop_button.setAccessibleName(translate("SelfCare", "Stop muscle relaxation"))
        self.stop_button.clicked.connect(self.stop)
        for button in (self.start_button, self.pause_button, self.next_button, self.stop_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._set_idle()

    def _set_idle(self) -> None:
        self.current = None
        self.start_button.setEnabled(True)
        for button in (self.pause_button, self.next_button, self.stop_button):
            button.setEnabled(False)
        self.pause_button.setText(translate("SelfCare", "&Pause"))
        self.pause_button.setAccessibleName(translate("SelfCare", "Pause"))
        self.group_label.clear()
        self.countdown.clear()
        self.progress.setValue(0)

    def start(self) -> None:
        """Begin with the first group."""
        self.watch.start()
        self.timer.start()
        self.start_button.setEnabled(False)
        for button in (self.pause_button, self.next_button, self.stop_button):
            button.setEnabled(True)
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tick()

    def toggle_pause(self) -> None:
        """Pause, or carry on."""
        if self.watch.running:
            self.watch.pause()
            self.timer.stop()
            self.pause_button.setText(translate("SelfCare", "&Resume"))
            self.pause_button.setAccessibleName(translate("SelfCare", "Resume"))
            announce(self.instruction, translate("SelfCare", "Paused"))
            self.current = None  # read the part again on resuming
        elif self.start_button.isEnabled() is False:
            self.watch.resume()
            self.timer.start()
            self.pause_button.setText(translate("SelfCare", "&Pause"))
            self.pause_button.setAccessibleName(translate("SelfCare", "Pause"))
            self.tick()

    def skip(self) -> None:
        """Go straight to the next part."""
        step = step_at(self.steps, self.watch.elapsed())
        if step is not None:
            self.watch.jump_to(step.end)
            self.tick()

    def stop(self) -> None:
        """Stop and go back to the start."""
        self.timer.stop()
        self.watch.reset()
        self._set_idle()
        announce(
            self.instruction,
            translate("SelfCare", "Stopped. You can start again whenever you like."),
        )
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def tick(self) -> None:
        """Follow the clock: show and read out the part that is running."""
        if self.start_button.isEnabled():
            return
        elapsed = self.watch.elapsed()
        step = step_at(self.steps, elapsed)
        if step is None or elapsed >= total_seconds(self.steps):
            self._finish()
            return
        index = self.steps.index(step)
        left = max(1, math.ceil(step.end - elapsed - 1e-9))
        self.countdown.setText(
            translate("SelfCare", "1 second")
            if left == 1
            else translate("SelfCare", "%n seconds", None, left)
        )
        self.progress.setValue(index // 2)
        if index != self.current:
            self.current = index
            self.group_label.setText(core_text(step.group.name))
            announce(self.instruction, self.words(step))
            self.instruction.setText(core_text(step.text))  # the group is the heading above
            self.step_changed.emit(index)

    @staticmethod
    def words(step: RelaxationStep) -> str:
        """What to do in ``step``, with the group named: "Hands: make gentle fists…"."""
        text = core_text(step.text)
        if step.action is Action.TENSE:
            #: {group} is a part of the body ("Hands"), {instruction} what to do.
            return translate("SelfCare", "{group}: {instruction}").format(
                group=core_text(step.group.name), instruction=text
            )
        return text

    def _finish(self) -> None:
        self.timer.stop()
        self.watch.reset()
        self._set_idle()
        self.progress.setValue(len(self.steps) // 2)
        announce(self.instruction, core_text(CLOSING))
        self.step_changed.emit(-1)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
