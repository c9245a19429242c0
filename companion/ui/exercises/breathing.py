"""Paced breathing: slow, box, 4-7-8 or your own timings, with a pacer to follow.

The circle grows while breathing in and shrinks while breathing out; with reduced motion
there is no animation, only the words with a seconds countdown and a progress bar. At
every phase the status line says what to do and for how long ("Breathe in, 4 seconds"),
which screen readers read out. Everything follows ``state_at(pattern, elapsed)`` over a
pausable stopwatch, so a late timer never makes the pace drift.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.exercises.breathing import (
    MAX_PHASE_SECONDS,
    MIN_BREATH_SECONDS,
    PATTERNS,
    BreathingPattern,
    Phase,
    breaths_for,
    custom_pattern,
    state_at,
)
from companion.ui.exercises.announce import announce
from companion.ui.exercises.pacer import PacerCircle
from companion.ui.exercises.timing import Stopwatch, TimeSource
from companion.ui.exercises.words import core_text
from companion.ui.shell.i18n import translate

ANIMATION_MS = 33  # about 30 frames a second: smooth without keeping a core busy
STILL_MS = 200  # reduced motion: only words and a bar change


def cue_words(phase: Phase, seconds: float) -> str:
    """What to do and for how long, e.g. "Breathe in, 4 seconds"."""
    whole = max(1, round(seconds))
    cue = core_text(phase.cue)
    if whole == 1:
        #: A breathing cue: {cue} is "Breathe in", "Hold", "Breathe out" or "Rest".
        return translate("SelfCare", "{cue}, 1 second").format(cue=cue)
    return translate("SelfCare", "{cue}, %n seconds", None, whole).format(cue=cue)


class BreathingPanel(QWidget):
    """Choose a pace and breathe along.

    Args:
        parent: The owning widget.
        reduced_motion: No animation: a countdown and a progress bar instead.
        time_source: Seconds on a monotonic clock (tests pass a fake).
    """

    cue_changed = Signal(str, str)  # phase id ("inhale"…), the words announced
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        reduced_motion: bool = False,
        time_source: TimeSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathingPanel")
        self.reduced_motion = reduced_motion
        self.watch = Stopwatch(time_source)
        self.pattern: BreathingPattern = PATTERNS[0]
        self.breaths = 0
        self._last: tuple[int, Phase] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(STILL_MS if reduced_motion else ANIMATION_MS)
        self.timer.timeout.connect(self.tick)
        self._build()
        self._choose(0)

    # building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        choices = QHBoxLayout()
        self.pattern_group = QButtonGroup(self)
        self.pattern_buttons: list[QRadioButton] = []
        for index, found in enumerate(PATTERNS):
            button = QRadioButton(core_text(found.name), self)
            button.setAccessibleName(core_text(found.name))
            self.pattern_group.addButton(button, index)
            self.pattern_buttons.append(button)
            choices.addWidget(button)
        custom = QRadioButton(translate("SelfCare", "My own pace"), self)
        custom.setAccessibleName(translate("SelfCare", "My own pace"))
        self.pattern_group.addButton(custom, len(PATTERNS))
        self.pattern_buttons.append(custom)
        choices.addWidget(custom)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        self.custom_box = QWidget(self)
        form = QFormLayout(self.custom_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, words, low in (
            ("inhale", translate("SelfCare", "Breathe &in (seconds)"), MIN_BREATH_SECONDS),
            ("hold_in", translate("SelfCare", "&Hold (seconds)"), 0.0),
            ("exhale", translate("SelfCare", "Breathe &out (seconds)"), MIN_BREATH_SECONDS),
            ("hold_out", translate("SelfCare", "&Rest (seconds)"), 0.0),
        ):
            spin = QDoubleSpinBox(self.custom_box)
            spin.setRange(low, MAX_PHASE_SECONDS)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue({"inhale": 4.0, "hold_in": 0.0, "exhale": 6.0, "hold_out": 0.0}[key])
            spin.setAccessibleName(words.replace("&", ""))
            spin.valueChanged.connect(lambda _v: self._choose(self.pattern_group.checkedId()))
            form.addRow(words, spin)
            self.spins[key] = spin
        layout.addWidget(self.custom_box)
        length = QHBoxLayout()
        minutes_label = QLabel(translate("SelfCare", "&Minutes:"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 20)
        self.minutes.setValue(2)
        self.minutes.setAccessibleName(translate("SelfCare", "Minutes"))
        minutes_label.setBuddy(self.minutes)
        length.addWidget(minutes_label)
        length.addWidget(self.minutes)
        length.addStretch(1)
        layout.addLayout(length)
        self.pacer = PacerCircle(self)
        self.pacer.setVisible(not self.reduced_motion)
        layout.addWidget(self.pacer, 1)
        if self.reduced_motion:
            layout.addStretch(1)  # the still guide sits where the circle would be
        self.countdown = QLabel(self)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.countdown.setFont(font)
        layout.addWidget(self.countdown)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("SelfCare", "How far through this part"))
        self.progress.setVisible(self.reduced_motion)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setObjectName("breathingStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        if self.reduced_motion:
            layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(translate("SelfCare", "&Start"), self)
        self.start_button.setAccessibleName(translate("SelfCare", "Start breathing exercise"))
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(translate("SelfCare", "&Pause"), self)
        self.pause_button.setAccessibleName(translate("SelfCare", "Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(translate("SelfCare", "S&top"), self)
        self.stop_button.setAccessibleName(translate("SelfCare", "Stop breathing exercise"))
        self.stop_button.clicked.connect(self.stop)
        for push in (self.start_button, self.pause_button, self.stop_button):
            push.setAutoDefault(False)
            buttons.addWidget(push)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.pattern_group.idClicked.connect(self._choose)
        self.pattern_buttons[0].setChecked(True)
        self._set_idle()

    # choosing ---------------------------------------------------------------------------
    def choose_pattern(self, pattern_id: str) -> None:
        """Pick a built-in pattern by id ("slow", "box", "4-7-8") or "custom"."""
        ids = [p.id for p in PATTERNS] + ["custom"]
        index = ids.index(pattern_id) if pattern_id in ids else 0
        self.pattern_buttons[index].setChecked(True)
        self._choose(index)

    def _choose(self, index: int) -> None:
        if index >= len(PATTERNS):
            values = {key: spin.value() for key, spin in self.spins.items()}
            self.pattern = custom_pattern(
                values["inhale"], values["hold_in"], values["exhale"], values["hold_out"]
            )
            self.description.setText(
                translate("SelfCare", "Your own pace: {per_minute} breaths a minute.").format(
                    per_minute=f"{self.pattern.breaths_per_minute:.1f}"
                )
            )
        else:
            self.pattern = PATTERNS[index]
            self.description.setText(core_text(self.pattern.description))
        self.custom_box.setVisible(index >= len(PATTERNS))

    # running ----------------------------------------------------------------------------
    @property
    def total_seconds(self) -> float:
        """How long the chosen session lasts (whole breaths)."""
        return self.breaths * self.pattern.cycle_seconds

    def is_running(self) -> bool:
        """True while the pacer moves (not paused, not stopped)."""
        return self.watch.running

    def start(self) -> None:
        """Start from the first breath."""
        self.breaths = breaths_for(self.pattern, float(self.minutes.value()))
        self._last = None
        self.watch.start()
        self.timer.start()
        for widget in (*self.pattern_buttons, self.custom_box, self.minutes):
            widget.setEnabled(False)
        self.start_button.setEnabled(False)
        self.pause_button.setEnabled(True)
        self.stop_button.setEnabled(True)
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tick()

    def toggle_pause(self) -> None:
        """Pause, or carry on after a pause."""
        if self.watch.running:
            self.watch.pause()
            self.timer.stop()
            self.pause_button.setText(translate("SelfCare", "&Resume"))
            self.pause_button.setAccessibleName(translate("SelfCare", "Resume"))
            announce(self.status, translate("SelfCare", "Paused"))
            self._last = None  # say the phase again on resuming
        elif self.breaths:
            self.watch.resume()
            self.timer.start()
            self.pause_button.setText(translate("SelfCare", "&Pause"))
            self.pause_button.setAccessibleName(translate("SelfCare", "Pause"))
            self.tick()

    def stop(self) -> None:
        """Stop and go back to the choices."""
        self.timer.stop()
        self.watch.reset()
        self.breaths = 0
        self._set_idle()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_idle(self) -> None:
        for widget in (*self.pattern_buttons, self.custom_box, self.minutes):
            widget.setEnabled(True)
        self.start_button.setEnabled(True)
        self.pause_button.setEnabled(False)
        self.pause_button.setText(translate("SelfCare", "&Pause"))
        self.pause_button.setAccessibleName(translate("SelfCare", "Pause"))
        self.stop_button.setEnabled(False)
        self.pacer.set_size(0.0)
        self.progress.setValue(0)
        self.countdown.clear()
        self.status.setText(translate("SelfCare", "Choose a pace, then press Start."))
        self.status.setAccessibleName(self.status.text())

    def tick(self) -> None:
        """Follow the clock: move the pacer, count down, announce a new phase."""
        if not self.breaths:
            return
        elapsed = self.watch.elapsed()
        if elapsed >= self.total_seconds:
            self._finish()
            return
        state = state_at(self.pattern, elapsed)
        self.pacer.set_size(state.size)
        self.progress.setValue(round(state.progress * 100))
        seconds = max(1, math.ceil(state.remaining - 1e-9))
        #: The big countdown: {cue} is "Breathe in"…, {seconds} the seconds left.
        self.countdown.setText(
            translate("SelfCare", "{cue} · {seconds}").format(
                cue=core_text(state.phase.cue), seconds=seconds
            )
        )
        key = (state.breath, state.phase)
        if key != self._last:
            self._last = key
            words = cue_words(state.phase, self.pattern.seconds(state.phase))
            announce(self.status, words)
            self.cue_changed.emit(state.phase.value, words)

    def _finish(self) -> None:
        self.timer.stop()
        self.watch.reset()
        self.breaths = 0
        self._set_idle()
        words = translate(
            "SelfCare", "Well done. Take a moment to notice how you feel before you carry on."
        )
        announce(self.status, words)
        self.cue_changed.emit("done", words)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit()
