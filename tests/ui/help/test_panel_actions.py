"""Call, Text and Copy when this computer cannot place calls; QR codes for texts; the picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.ui.help import handlers
from companion.ui.help.panel import HelpPanel
from companion.ui.help.qr_code import qr_matrix
from companion.ui.help.service_card import ServiceCard


@pytest.fixture
def no_phone_program(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A library PC: nothing handles tel: or sms:; returns what reached the OS."""
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    monkeypatch.setattr(handlers, "has_handler", lambda scheme: False)
    return opened


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What would be announced to a screen reader (accessibility switched on)."""
    said: list[str] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))

    def update(event: object) -> None:
        message = getattr(event, "message", None)
        if callable(message):
            said.append(message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said


def make_panel(
    qtbot: QtBot, directory: Directory, clock: FakeClock, country: str | None
) -> HelpPanel:
    panel = HelpPanel(directory, country=country, clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def card(panel: HelpPanel, service_id: str) -> ServiceCard:
    return next(c for c in panel.cards() if c.service.id == service_id)


def named(widget: ServiceCard, accessible: str) -> QPushButton:
    found = [b for b in widget.buttons() if b.accessibleName() == accessible]
    assert len(found) == 1, [b.accessibleName() for b in widget.buttons()]
    return found[0]


def test_call_without_a_phone_program_says_so_in_place(
    qtbot: QtBot,
    directory: Directory,
    noon_utc: FakeClock,
    no_phone_program: list[str],
    announced: list[str],
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    samaritans = card(panel, "gb-samaritans")
    qtbot.mouseClick(named(samaritans, "Call Samaritans"), Qt.MouseButton.LeftButton)
    assert no_phone_program == []  # nothing handed to an OS that cannot take it
    feedback = samaritans.findChild(QLabel, "actionFeedback")
    assert feedback is not None
    assert feedback.isVisible()
    expected = "This computer can't make calls — dial it on a phone or scan the code"
    assert feedback.text() == expected
    assert announced == [expected]
    # Copy and the QR code are right beside the message.
    assert named(samaritans, "Copy number for Samaritans").isVisible()
    assert named(samaritans, "Show QR code for Samaritans").isVisible()


def test_emergency_call_without_a_phone_program_says_so_in_the_banner(
    qtbot: QtBot,
    directory: Directory,
    noon_utc: FakeClock,
    no_phone_program: list[str],
    announced: list[str],
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "US")
    qtbot.mouseClick(panel.emergency_call, Qt.MouseButton.LeftButton)
    feedback = panel.banner.feedback
    assert feedback.isVisible()
    assert feedback.text() == "This computer can't make calls — dial 911 on any phone."
    assert announced == [feedback.text()]
    assert no_phone_program == []


def test_text_without_a_messaging_program_says_so(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, no_phone_program: list[str]
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    shout = card(panel, "gb-shout")
    qtbot.mouseClick(named(shout, "Text Shout"), Qt.MouseButton.LeftButton)
    feedback = shout.findChild(QLabel, "actionFeedback")
    assert feedback is not None
    assert feedback.text().startswith("This computer can't send texts")


def test_copy_confirms_on_the_button_and_aloud(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, announced: list[str]
) -> None:
    QGuiApplication.clipboard().clear()
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    samaritans = card(panel, "gb-samaritans")
    copy = named(samaritans, "Copy number for Samaritans")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "116 123"
    assert copy.text() == "Copied ✓"
    feedback = samaritans.findChild(QLabel, "actionFeedback")
    assert feedback is not None
    assert feedback.isVisible()
    assert feedback.text() == "Copied 116 123. Paste it where you need it."
    assert feedback.accessibleName() == feedback.text()
    assert announced == [feedback.text()]


def test_a_text_line_has_a_qr_code_that_texts_the_keyword(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    shout = card(panel, "gb-shout")
    qtbot.mouseClick(named(shout, "Show QR code to text Shout"), Qt.MouseButton.LeftButton)
    dialog = shout.qr_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    view = dialog.view  # type: ignore[attr-defined]
    assert view.payload == "sms:85258?body=SHOUT"
    assert qr_matrix(view.payload)  # the drawn code is segno's code for that payload
    caption = dialog.caption.text()  # type: ignore[attr-defined]
    assert caption == "Scan with your phone's camera to text SHOUT to 85258"
    assert "SHOUT" in view.accessibleDescription()


@pytest.mark.parametrize(
    ("typed", "code", "number"),
    [("Deutschland", "DE", "112"), ("UK", "GB", "999 or 112"), ("usa", "US", "911")],
)
def test_the_picker_understands_native_names_and_aliases(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, typed: str, code: str, number: str
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "JP")
    combo = panel.controls.country
    line = combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.current_country() == code)
    assert panel.emergency_text() == number
    assert not panel.controls.status.isVisible()


def test_an_unrecognised_country_never_leaves_other_numbers_unexplained(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, announced: list[str]
) -> None:
    panel = make_panel(qtbot, directory, noon_utc, "GB")
    combo = panel.controls.country
    line = combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Narnia")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    status = panel.controls.status
    assert status.isVisible()
    assert "Narnia" in status.text()
    assert "still for United Kingdom" in status.text()
    assert announced
    assert "Narnia" in announced[-1]
    # The numbers stay the UK's, and the picker names the UK again.
    assert panel.current_country() == "GB"
    assert panel.emergency_text() == "999 or 112"
    assert combo.currentText() == "United Kingdom"


def test_handset_numbers_can_be_called_while_no_country_is_known(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    monkeypatch.setattr(handlers, "has_handler", lambda scheme: True)
    panel = make_panel(qtbot, directory, noon_utc, None)
    call = panel.banner.findChild(QPushButton, "handsetCall112")
    assert call is not None
    assert call.accessibleName() == "Call emergency number 112"
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    assert opened == ["tel:112"]
    QApplication.processEvents()
