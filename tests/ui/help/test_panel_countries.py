"""The panel shows the right country's emergency number on top, then its crisis lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.ui.help import handlers
from companion.ui.help.panel import HelpPanel

CRISIS = "Crisis lines — someone to talk to now"
PARTICULAR = "Lines for particular people"
ANYWHERE_HEADING = "Help that works from anywhere"


def make_panel(
    qtbot: QtBot, directory: Directory, clock: FakeClock, country: str | None, **kw: object
) -> HelpPanel:
    panel = HelpPanel(directory, country=country, clock=clock, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.mark.parametrize(
    ("country", "emergency", "first_line"),
    [
        ("GB", "999 or 112", "gb-samaritans"),
        ("US", "911", "us-988"),
        ("DE", "112", "de-telefonseelsorge"),
        ("JP", "119", "jp-inochi"),
        ("IN", "112", "in-tele-manas"),
    ],
)
def test_emergency_number_on_top_then_crisis_lines(
    qtbot: QtBot,
    directory: Directory,
    noon_utc: FakeClock,
    country: str,
    emergency: str,
    first_line: str,
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, country)
    assert panel.emergency_text() == emergency
    assert panel.emergency_call.isVisible()
    assert panel.section_titles()[0] == CRISIS
    assert panel.visible_service_ids()[0] == first_line
    # The banner sits above the list (the panel scrolls as a whole).
    assert panel.findChild(QFrame, "emergencyBanner").y() < panel.results.y()


def test_categories_follow_the_product_order(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    assert panel.section_titles() == [
        CRISIS,
        PARTICULAR,  # PAPYRUS is for young people: never shown as a general line
        "Online counselling",
        "Local organisations and clinics",
        "Employee assistance",
    ]
    ids = panel.visible_service_ids()
    assert ids.index("gb-papyrus") > ids.index("gb-shout")
    # Paired services are listed next to each other, with no "Related lines:" box.
    assert ids.index("gb-samaritans-welsh") == ids.index("gb-samaritans") + 1
    welsh = next(c for c in panel.cards() if c.service.id == "gb-samaritans-welsh")
    assert welsh.parentWidget() is panel.results
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert not any("Related lines" in text for text in texts)


def test_country_without_crisis_lines_adds_help_from_anywhere(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "FR")
    assert panel.emergency_text() == "15"
    assert panel.section_titles() == [ANYWHERE_HEADING]
    assert panel.visible_service_ids() == ["intl-befrienders"]


def test_unknown_country_shows_international_list_and_says_so(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, None)
    # The panel asks for the country at the top, and meanwhile offers 112 and 911,
    # each with one line on where it works.
    assert panel.controls.prompt.text() == "Which country are you in?"
    assert panel.controls.prompt.y() < panel.banner.y()
    assert panel.emergency_text() == "112 or 911"
    assert not panel.emergency_call.isVisible()
    for dial in ("112", "911"):
        number = panel.banner.findChild(QLineEdit, f"handsetNumber{dial}")
        line = panel.banner.findChild(QLabel, f"handsetLine{dial}")
        assert number is not None
        assert line is not None
        assert number.isVisible()
        assert number.text() == dial
        assert line.isVisible()
        assert line.text()
    assert "not everywhere" in panel.banner.findChild(QLabel, "handsetLine112").text()
    assert panel.visible_service_ids() == ["intl-befrienders"]
    panel.show_country("NZ")  # nothing in the fixture for New Zealand
    summary = panel.results.findChild(type(panel.banner_text), "summary")
    assert summary is not None
    assert "New Zealand" in summary.text()
    assert panel.visible_service_ids() == ["intl-befrienders"]


def test_country_picker_switches_and_remembers(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    saved: list[str] = []
    panel = make_panel(qtbot, directory, noon_utc, "GB", country_saver=saved.append)
    combo = panel.controls.country
    assert combo.currentText() == "United Kingdom"
    index = combo.findData("JP")
    assert index > 0
    with qtbot.waitSignal(panel.country_changed) as signal:
        combo.activated.emit(index)
    assert signal.args == ["JP"]
    assert saved == ["JP"]
    assert panel.current_country() == "JP"
    assert panel.emergency_text() == "119"
    assert panel.visible_service_ids()[0] == "jp-inochi"


def test_country_picker_is_searchable_by_typing(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    saved: list[str] = []
    panel = make_panel(qtbot, directory, noon_utc, "GB", country_saver=saved.append)
    combo = panel.controls.country
    completer = combo.completer()
    completer.setCompletionPrefix("germ")
    assert completer.currentCompletion() == "Germany"
    # Every country with data is offered.
    assert combo.count() == len(directory.countries())
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "India")
    qtbot.keyClick(combo.lineEdit(), "\r")
    qtbot.waitUntil(lambda: panel.current_country() == "IN")
    assert saved == ["IN"]
    assert panel.emergency_text() == "112"


def test_emergency_call_button_dials_only_when_clicked(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    monkeypatch.setattr(handlers, "has_handler", lambda scheme: True)  # a phone app exists
    panel = make_panel(qtbot, directory, noon_utc, "US")
    assert opened == []
    assert panel.emergency_call.accessibleName() == "Call emergency services 911"
    qtbot.mouseClick(panel.emergency_call, Qt.MouseButton.LeftButton)
    assert opened == ["tel:911"]


def test_escape_closes_the_panel(qtbot: QtBot, directory: Directory, noon_utc: FakeClock) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.waitUntil(panel.ready)  # the keys come right after the first paint
    panel.controls.search.setFocus()
    qtbot.keyClick(panel.controls.search, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_first_focus_is_the_emergency_number(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.focus_start()
    # A screen reader starts on the number; Enter there does not dial anything.
    number = panel.emergency_number
    assert QApplication.focusWidget() is number
    assert number.accessibleName() == "Emergency number"
    # The number is text a screen reader can read (not only a name), and read-only.
    text = QAccessible.queryAccessibleInterface(number).textInterface()
    assert text is not None
    assert text.text(0, text.characterCount()) == "999 or 112"
    assert number.isReadOnly()
    assert number.selectedText() == "999 or 112"  # visible focus; Ctrl+C copies it
