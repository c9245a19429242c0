"""The panel shows the emergency number first; the rest follows right after the paint."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.ui.help.panel import HelpPanel


def test_country_list_is_filled_in_right_after_the_first_paint(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = HelpPanel(directory, country="GB", clock=noon_utc)
    qtbot.addWidget(panel)
    combo = panel.findChild(QComboBox, "countryPicker")
    assert isinstance(combo, QComboBox)
    # Before the first paint the picker already names the country (and reads it out)...
    assert combo.currentText() == "United Kingdom"
    assert combo.count() == 1  # only the country's own name: the list comes later
    assert panel.emergency_text() == "999 or 112"
    with qtbot.waitSignal(panel.first_painted):
        panel.show()
    # ...and every country is listed, searchable, as soon as the event loop turns.
    qtbot.waitUntil(lambda: combo.count() == len(directory.countries()))
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
    # No country known: the box is empty and the panel asks for one.
    assert combo.currentText() == ""
    assert panel.controls.prompt.text() == "Which country are you in?"


def test_values_set_by_property_are_the_named_qt_values(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    # The first screen sets a few enums through Qt properties, by number, to keep
    # PySide6's Qt namespace off the start path: check they mean what they say.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    panel = HelpPanel(directory, country="GB", clock=noon_utc)
    qtbot.addWidget(panel)
    card = panel.cards()[0]
    labels = [panel.banner_text, *card.findChildren(QLabel)]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    both = (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    number = card.findChild(QLabel, "phoneNumber0")
    assert number is not None
    assert number.textInteractionFlags() == both
    website = card.findChild(QLabel, "websiteText")
    assert website is not None
    assert website.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    policy = panel.scroll_area.horizontalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert panel.scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert panel.isWindow()
    assert panel.windowType() == Qt.WindowType.Window
    # The number's row wraps: its height follows its width through its flow layout.
    assert panel.banner.number_row.hasHeightForWidth()
    panel.show()
    qtbot.waitExposed(panel)
    call = panel.emergency_call
    number = panel.emergency_number
    # Beside the number, on its row (this keeps the banner short at 200% text), and
    # only as wide as its own text.
    assert call.x() >= number.x() + number.sizeHint().width()
    assert abs(call.geometry().center().y() - number.geometry().center().y()) <= number.height()
    assert call.width() == call.sizeHint().width()


def _built_cards(panel: HelpPanel) -> int:
    from companion.ui.help.service_card import ServiceCard

    return len(panel.results.findChildren(ServiceCard))


def test_the_rest_of_the_list_follows_the_first_paint(qtbot: QtBot, noon_utc: FakeClock) -> None:
    from companion.core.resources.directory import load_bundled

    directory = load_bundled()
    total = len(HelpPanel(directory, country="US", clock=noon_utc).cards())
    panel = HelpPanel(directory, country="US", clock=noon_utc)
    qtbot.addWidget(panel)
    first = _built_cards(panel)
    assert 0 < first < total  # only the top of the list before the window paints
    with qtbot.waitSignal(panel.first_painted):
        panel.show()
    qtbot.waitUntil(lambda: _built_cards(panel) == total)


def test_a_panel_that_is_never_painted_still_completes_its_list(
    qtbot: QtBot, noon_utc: FakeClock
) -> None:
    from companion.core.resources.directory import load_bundled

    directory = load_bundled()
    total = len(HelpPanel(directory, country="US", clock=noon_utc).cards())
    panel = HelpPanel(directory, country="US", clock=noon_utc)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: _built_cards(panel) == total, timeout=5000)


def test_keys_and_filters_follow_the_first_paint(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    from PySide6.QtGui import QShortcut

    panel = HelpPanel(directory, country="GB", clock=noon_utc)
    qtbot.addWidget(panel)
    # Before the first paint: the emergency number and the first crisis line only.
    assert not panel.ready()
    assert panel.findChildren(QShortcut) == []
    assert not panel.controls.filter_row.isVisibleTo(panel)
    with qtbot.waitSignal(panel.first_painted):
        panel.show()
    qtbot.waitUntil(panel.ready)
    keys = sorted(s.key().toString() for s in panel.findChildren(QShortcut))
    assert keys == ["Esc", "F1"]
    assert panel.controls.filter_row.isVisibleTo(panel)
    assert panel.controls.open_now.isVisibleTo(panel)


def test_a_panel_never_painted_still_gets_its_keys_and_filters(
    qtbot: QtBot, noon_utc: FakeClock
) -> None:
    from companion.core.resources.directory import load_bundled

    panel = HelpPanel(load_bundled(), country="US", clock=noon_utc)
    qtbot.addWidget(panel)
    from PySide6.QtGui import QShortcut

    qtbot.waitUntil(panel.ready, timeout=5000)  # with the rest of the list, unpainted
    assert len(panel.findChildren(QShortcut)) == 2
    assert panel.controls.filter_row.isVisibleTo(panel)


def _at_first_paint(expression: str) -> str:
    """``expression`` evaluated in a fresh process as help's panel first paints."""
    code = (
        "import os, sys\n"
        "import PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from companion.ui.help.access import HelpAccess\n"
        "from companion.ui.help.panel import HelpPanel\n"
        "seen = []\n"
        "original = HelpPanel.paintEvent\n"
        "def paint(self, event):\n"
        "    original(self, event)\n"
        "    if not seen:\n"
        f"        seen.append({expression})\n"
        "        app.quit()\n"
        "HelpPanel.paintEvent = paint\n"
        "access = HelpAccess(lambda: 'GB', lambda _code: None)\n"
        "access.install(app)\n"
        "access.open()\n"
        "app.exec()\n"
        "print(repr(seen[0]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def test_the_first_paint_leaves_pysides_qt_namespace_unbuilt() -> None:
    """The first use of ``Qt.…`` makes PySide6 build that namespace's enums, about 10 ms
    before the panel's first paint (a right-to-left check once did it by accident)."""
    assert _at_first_paint("'Qt' in core.__dict__") == "False"


def test_the_first_paint_leaves_the_datetime_module_unimported() -> None:
    """On Python 3.11 ``import datetime`` costs about 1.5 ms (see
    companion/core/datetime_types.py); the types help needs come from ``_datetime``."""
    assert _at_first_paint("sorted({'datetime', '_datetime'} & set(sys.modules))") == repr(
        ["_datetime"]
    )
