"""Switching the theme while windows are open reaches every widget (found by hand)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.journal.entry_details import EntryDetails
from companion.ui.shell.theme import apply_theme, palette_for


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "light")


def test_styled_widgets_follow_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, light_again: None
) -> None:
    # Seen by hand: after Preferences -> Dark, the "Feelings and activities" heading and
    # the chips kept black text on the new dark background (they have their own style
    # sheet, and Qt keeps the palette such widgets were first polished with).
    apply_theme(qapp, "light")
    details = EntryDetails()
    qtbot.addWidget(details)
    details.set_vocabulary(["calm"], ["work"], ["slept well"])
    details.show()
    apply_theme(qapp, "dark")
    qapp.processEvents()
    want = palette_for(True).color(QPalette.ColorRole.ButtonText)
    assert details.toggle.palette().color(QPalette.ColorRole.ButtonText) == want
    chip = details.emotions.chip("calm")
    assert chip is not None
    assert chip.palette().color(QPalette.ColorRole.ButtonText) == want
