"""Every fixed word of Learn goes through translate() (the articles are content)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.learn.window import LearnWindow


def test_the_learn_window_is_fully_translatable(qtbot: QtBot, pseudo, checks) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    assert checks.untranslated(window, frozenset({"Companion"})) == []
    assert "⟦" in window.list.item(0).text()  # the reading time
    assert window.reader.accessibleName().startswith("⟦Article")
