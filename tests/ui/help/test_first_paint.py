"""The panel shows the emergency number first; the rest follows right after the paint."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.ui.help_panel import HelpPanel


def test_country_list_is_filled_in_right_after_the_first_paint(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = HelpPanel(directory, country="GB", clock=noon_utc)
    qtbot.addWidget(panel)
    combo = panel.findChild(QComboBox, "countryPicker")
    assert isinstance(combo, QComboBox)
    # Before the first paint the picker already names the country (and reads it out)...
    assert combo.currentText() == "United Kingdom"
    assert combo.count() == 0
    assert panel.emergency_text() == "999 or 112"
    with qtbot.waitSignal(panel.first_painted):
        panel.show()
    # ...and every country is listed, searchable, as soon as the event loop turns.
    qtbot.waitUntil(lambda: combo.count() == len(directory.countries()) + 1)
    assert combo.currentText() == "United Kingdom"
    assert combo.itemData(combo.currentIndex()) == "GB"
    assert combo.completer() is not None


def test_unknown_country_is_named_before_and_after_the_list_is_filled(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = HelpPanel(directory, country="NZ", clock=noon_utc)
    qtbot.addWidget(panel)
    combo = panel.findChild(QComboBox, "countryPicker")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "New Zealand"
    panel.controls.populate()
    assert combo.currentText() == "New Zealand"
    panel.show_country(None)
    assert combo.currentText() == "International (any country)"
