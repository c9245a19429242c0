"""The breathing pacer, driven by a fake clock through whole breaths."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.exercises.breathing import BOX, SLOW
from companion.ui.exercises.breathing import BreathingPanel


class FakeTime:
    """Seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def step(self, panel: BreathingPanel, seconds: float, every: float = 0.25) -> None:
        """Move on ``seconds`` in small steps, letting the panel look at each."""
        moved = 0.0
        while moved < seconds - 1e-9:
            self.now += every
            moved += every
            panel.tick()


@pytest.fixture
def time() -> FakeTime:
    return FakeTime()


def make(qtbot: QtBot, time: FakeTime, *, reduced: bool = False) -> BreathingPanel:
    panel = BreathingPanel(reduced_motion=reduced, time_source=time)
    qtbot.addWidget(panel)
    return panel


def test_a_full_box_breath_gives_four_distinct_spoken_cues(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.choose_pattern("box")
    heard: list[tuple[str, str]] = []
    panel.cue_changed.connect(lambda phase, words: heard.append((phase, words)))
    panel.start()
    time.step(panel, BOX.cycle_seconds)
    assert heard == [
        ("inhale", "Breathe in, 4 seconds"),
        ("hold_in", "Hold, 4 seconds"),
        ("exhale", "Breathe out, 4 seconds"),
        ("hold_out", "Rest, 4 seconds"),
        ("inhale", "Breathe in, 4 seconds"),
    ]
    assert panel.status.accessibleName() == "Breathe in, 4 seconds"


def test_the_circle_grows_in_and_shrinks_out(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.choose_pattern("slow")
    panel.start()
    time.step(panel, 2.5)
    assert panel.pacer.size_value == pytest.approx(0.5)
    assert panel.countdown.text() == "Breathe in · 3"
    time.step(panel, 5.0)
    assert panel.pacer.size_value == pytest.approx(0.5)
    assert panel.countdown.text() == "Breathe out · 3"
    assert panel.pacer.isVisibleTo(panel)
    assert not panel.progress.isVisibleTo(panel)


def test_reduced_motion_shows_a_countdown_and_a_bar_instead(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time, reduced=True)
    assert not panel.pacer.isVisibleTo(panel)
    assert panel.progress.isVisibleTo(panel)
    assert panel.timer.interval() > 100  # no animation frames to draw
    panel.choose_pattern("4-7-8")
    panel.start()
    time.step(panel, 6.0)
    assert panel.countdown.text() == "Hold · 5"
    assert panel.progress.value() == round(2 / 7 * 100)
    assert panel.status.text() == "Hold, 7 seconds"


def test_pause_holds_the_place_and_resume_carries_on(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.choose_pattern("slow")
    panel.start()
    time.step(panel, 2.0)
    panel.toggle_pause()
    assert not panel.is_running()
    assert panel.status.text() == "Paused"
    time.now += 60  # a minute away from the screen
    panel.toggle_pause()
    assert panel.is_running()
    assert panel.watch.elapsed() == pytest.approx(2.0)
    assert panel.status.text() == "Breathe in, 5 seconds"  # said again on resuming


def test_the_session_ends_kindly_after_whole_breaths(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.choose_pattern("slow")
    panel.minutes.setValue(1)
    panel.start()
    assert panel.total_seconds == 6 * SLOW.cycle_seconds
    with qtbot.waitSignal(panel.finished, timeout=1000):
        time.step(panel, panel.total_seconds + 0.5, every=0.5)
    assert not panel.is_running()
    assert panel.status.text().startswith("Well done")
    assert panel.start_button.isEnabled()


def test_stop_goes_back_to_the_choices(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.start()
    assert not panel.pattern_buttons[0].isEnabled()
    panel.stop()
    assert panel.pattern_buttons[0].isEnabled()
    assert panel.pacer.size_value == 0.0
    assert not panel.stop_button.isEnabled()


def test_own_timings(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.choose_pattern("custom")
    assert panel.custom_box.isVisibleTo(panel)
    panel.spins["inhale"].setValue(3)
    panel.spins["hold_in"].setValue(1)
    panel.spins["exhale"].setValue(6)
    panel.spins["hold_out"].setValue(2)
    assert (panel.pattern.inhale, panel.pattern.hold_in) == (3, 1)
    assert (panel.pattern.exhale, panel.pattern.hold_out) == (6, 2)
    assert panel.pattern.cycle_seconds == 12
    assert "5.0 breaths a minute" in panel.description.text()
    assert panel.spins["inhale"].minimum() == 1  # breathing in takes at least a second


def test_start_pause_and_stop_by_keyboard(qtbot: QtBot, time: FakeTime) -> None:
    panel = make(qtbot, time)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.start_button.setFocus()
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    assert panel.is_running()
    assert panel.pause_button.hasFocus()  # the next key press pauses
    qtbot.keyClick(panel.pause_button, Qt.Key.Key_Space)
    assert not panel.is_running()
    qtbot.keyClick(panel.pause_button, Qt.Key.Key_Tab)
    assert panel.stop_button.hasFocus()
    qtbot.keyClick(panel.stop_button, Qt.Key.Key_Space)
    assert panel.start_button.isEnabled()
    assert panel.start_button.hasFocus()
    assert not panel.stop_button.isEnabled()
    # Each button also has an Alt mnemonic (Alt+S, Alt+P, Alt+T) for desktops that use them.
    assert [b.text() for b in (panel.start_button, panel.pause_button, panel.stop_button)] == [
        "&Start",
        "&Pause",
        "S&top",
    ]
