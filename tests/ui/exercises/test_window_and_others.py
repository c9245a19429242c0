"""The exercises window, grounding, muscle relaxation and the gentle response."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.exercises import breathing, catalogue, gentle, grounding, relaxation
from companion.core.exercises.grounding import GROUNDING_STEPS
from companion.ui.exercises.gentle_response import GentleResponseBar
from companion.ui.exercises.grounding import GroundingPanel
from companion.ui.exercises.relaxation import RelaxationPanel
from companion.ui.exercises.window import ExercisesWindow
from companion.ui.exercises.words import CORE_PHRASES

LOCKED = ("companion.core.vault", "companion.core.journal", "companion.ui.shell.session")


def test_the_exercises_need_no_unlocking() -> None:
    code = (
        "import sys\n"
        "import companion.ui.exercises.window, companion.ui.exercises.gentle_response\n"
        f"print(sorted(m for m in sys.modules if m.startswith({LOCKED!r}) or m == 'sqlcipher3'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_fixed_phrase_of_the_exercises_is_listed_for_translators() -> None:
    phrases = {p.name for p in breathing.PATTERNS} | {p.description for p in breathing.PATTERNS}
    phrases |= {phase.cue for phase in breathing.Phase}
    phrases |= {grounding.INTRODUCTION, grounding.CLOSING}
    phrases |= {s.prompt for s in GROUNDING_STEPS} | {s.hint for s in GROUNDING_STEPS}
    phrases |= {relaxation.INTRODUCTION, relaxation.CLOSING, relaxation.RELEASE_CUE}
    phrases |= {m.name for m in relaxation.MUSCLE_GROUPS}
    phrases |= {m.tense for m in relaxation.MUSCLE_GROUPS}
    phrases |= {e.title for e in catalogue.EXERCISES} | {e.summary for e in catalogue.EXERCISES}
    phrases.add(gentle.MESSAGE)
    assert phrases <= set(CORE_PHRASES)


def test_grounding_goes_one_sense_at_a_time(qtbot: QtBot) -> None:
    panel = GroundingPanel()
    qtbot.addWidget(panel)
    assert panel.next_button.text() == "&Begin"
    assert not panel.back_button.isEnabled()
    seen = []
    for _ in GROUNDING_STEPS:
        panel.next()
        seen.append((panel.count.text(), panel.prompt.text()))
    assert [count for count, _ in seen] == ["5", "4", "3", "2", "1"]
    assert seen[0][1] == "Look around and notice five things you can see."
    assert panel.progress.text() == "Step 5 of 5"
    assert panel.next_button.accessibleDescription() == "Notice one thing you can taste."
    panel.back()
    assert panel.count.text() == "2"
    panel.next()
    panel.next()
    assert panel.prompt.text() == grounding.CLOSING
    assert panel.next_button.text() == "Start &again"
    panel.next()
    assert panel.index == -1


def test_relaxation_reads_each_part_and_can_skip(qtbot: QtBot) -> None:
    now = [0.0]
    panel = RelaxationPanel(time_source=lambda: now[0])
    qtbot.addWidget(panel)
    panel.start()
    assert panel.group_label.text() == "Hands"
    assert panel.instruction.accessibleName() == "Hands: Make gentle fists with both hands."
    now[0] += 5.5
    panel.tick()
    assert panel.instruction.text() == relaxation.RELEASE_CUE
    panel.skip()
    assert panel.group_label.text() == "Upper arms"
    assert panel.progress.value() == 1
    panel.toggle_pause()
    now[0] += 100
    panel.toggle_pause()
    assert panel.group_label.text() == "Upper arms"
    for _ in range(len(panel.steps)):
        panel.skip()
    assert panel.instruction.text() == relaxation.CLOSING
    assert panel.start_button.isEnabled()


def test_the_window_opens_the_exercise_asked_for(qtbot: QtBot) -> None:
    window = ExercisesWindow()
    qtbot.addWidget(window)
    window.show_exercise("breathing.box")
    assert window.tabs.currentWidget() is window.breathing
    assert window.breathing.pattern.id == "box"
    window.show_exercise("grounding.54321")
    assert window.tabs.currentWidget() is window.grounding


def test_a_breathing_session_pauses_when_its_tab_is_left(qtbot: QtBot) -> None:
    now = [0.0]
    window = ExercisesWindow(time_source=lambda: now[0])
    qtbot.addWidget(window)
    window.breathing.start()
    window.tabs.setCurrentWidget(window.grounding)
    assert not window.breathing.is_running()
    window.close()
    assert not window.breathing.timer.isActive()


def test_the_window_points_to_help(qtbot: QtBot, help_access) -> None:
    bare = ExercisesWindow()
    qtbot.addWidget(bare)
    assert any("F1" in label.text() for label in bare.findChildren(QLabel))
    with_help = ExercisesWindow(help_access=help_access)
    qtbot.addWidget(with_help)
    assert with_help.help_button.accessibleName() == "Get help now"


def test_every_control_is_named_and_reachable(qtbot: QtBot, controls_of, checks) -> None:
    window = ExercisesWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        controls = controls_of(window)
        assert [type(w).__name__ for w in controls if not checks.spoken_name(w).strip()] == []


def test_text_at_200_percent_is_not_clipped(qtbot: QtBot, big_font, controls_of, checks) -> None:
    window = ExercisesWindow(reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert checks.clipped(controls_of(window)) == []
    assert window.breathing.start_button.font().pointSizeF() >= big_font.pointSizeF()


def test_the_gentle_line_appears_only_for_a_low_mood(qtbot: QtBot) -> None:
    bar = GentleResponseBar()
    qtbot.addWidget(bar)
    assert not bar.is_offering()
    assert bar.offer_for(1)
    assert bar.message.text() == gentle.MESSAGE
    assert bar.message.accessibleName() == gentle.MESSAGE
    assert not bar.offer_for(3)
    assert not bar.is_offering()
    assert not bar.offer_for(2, enabled=False)
    assert not bar.offer_for(1, in_trash=True)
    assert bar.offer_for(2)


def test_the_gentle_line_asks_and_goes(qtbot: QtBot) -> None:
    bar = GentleResponseBar()
    qtbot.addWidget(bar)
    bar.offer_for(1)
    with qtbot.waitSignal(bar.help_requested, timeout=500):
        bar.help_button.click()
    with qtbot.waitSignal(bar.exercise_requested, timeout=500) as asked:
        bar.exercise_button.click()
    assert asked.args == ["breathing.slow"]
    with qtbot.waitSignal(bar.dismissed, timeout=500):
        qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not bar.is_offering()


def test_the_gentle_line_is_calm_not_alarming(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = GentleResponseBar(holder)
    bar.offer_for(1)
    bar.resize(700, bar.heightForWidth(700))
    holder.resize(700, bar.height())
    holder.show()
    qtbot.waitExposed(holder)
    image = bar.grab().toImage()
    reds = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            colour = QColor(image.pixel(x, y))
            if colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60:
                reds += 1
    assert reds == 0
    assert bar.isWindow() is False  # part of the window, never a pop-up


def test_the_gentle_line_wraps_at_200_percent(qtbot: QtBot, big_font, controls_of, checks) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    bar = GentleResponseBar(holder)
    layout.addWidget(bar)
    layout.addStretch(1)
    bar.offer_for(2)
    holder.resize(420, 600)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.wait(20)
    label = bar.message
    assert label.height() >= label.heightForWidth(label.width())  # every line shows
    assert checks.clipped(controls_of(bar)) == []
    assert bar.dismiss_button.geometry().right() <= bar.width()  # the buttons wrapped
