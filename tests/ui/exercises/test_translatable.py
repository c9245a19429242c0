"""Every word of the exercises goes through translate(): a pseudo-translation proves it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.exercises.gentle_response import GentleResponseBar
from companion.ui.exercises.window import ExercisesWindow

AS_IS = frozenset({"Companion"})


def test_the_exercises_window_is_fully_translatable(qtbot: QtBot, pseudo, checks) -> None:
    now = [0.0]
    window = ExercisesWindow(time_source=lambda: now[0])
    qtbot.addWidget(window)
    assert window.tabs.tabText(0).startswith("⟦")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert checks.untranslated(window, AS_IS) == []
    window.tabs.setCurrentIndex(0)
    window.breathing.start()
    now[0] += 1
    window.breathing.tick()
    assert "⟦Breathe in⟧" in window.breathing.status.text()
    assert checks.untranslated(window, AS_IS) == []
    window.breathing.choose_pattern("custom")


def test_the_gentle_line_is_fully_translatable(qtbot: QtBot, pseudo, checks) -> None:
    bar = GentleResponseBar()
    qtbot.addWidget(bar)
    bar.offer_for(1)
    assert bar.message.text().startswith("⟦")
    assert checks.untranslated(bar) == []


def test_the_check_finds_a_word_that_was_not_translated(qtbot: QtBot, pseudo, checks) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Plain words", root))
    layout.addWidget(QPushButton("12", root))  # numbers may stand as they are
    assert checks.untranslated(root) == ["QLabel: 'Plain words'"]
