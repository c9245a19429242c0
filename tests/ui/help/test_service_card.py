"""Service cards: links only on click, copy, QR, honest sources, accessible names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.resources.directory import Directory
from companion.core.resources.records import Category, Service
from companion.ui.help import handlers
from companion.ui.help.qr_code import QrCodeDialog
from companion.ui.help.service_card import ServiceCard

DOUBT_LINE = "We could not fully confirm this."

NOON = datetime(2026, 1, 14, 12, 0, tzinfo=UTC)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What is handed to the OS, on a computer that has a program for calls and texts."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True
    )
    monkeypatch.setattr(handlers, "has_handler", lambda scheme: True)
    return urls


def card_for(qtbot: QtBot, directory: Directory, service_id: str) -> ServiceCard:
    service = directory.get(service_id)
    assert service is not None
    card = ServiceCard(service, NOON, prominent=True)
    qtbot.addWidget(card)
    card.show()
    return card


def button(card: ServiceCard, accessible: str) -> QPushButton:
    found = [b for b in card.buttons() if b.accessibleName() == accessible]
    assert len(found) == 1, [b.accessibleName() for b in card.buttons()]
    return found[0]


def test_call_opens_tel_only_on_click(
    qtbot: QtBot, directory: Directory, opened: list[str]
) -> None:
    card = card_for(qtbot, directory, "gb-samaritans")
    assert opened == []  # building and showing the card hands nothing to the OS
    qtbot.mouseClick(button(card, "Call Samaritans"), Qt.MouseButton.LeftButton)
    assert opened == ["tel:116123"]


def test_call_uses_international_form_when_known(
    qtbot: QtBot, directory: Directory, opened: list[str]
) -> None:
    card = card_for(qtbot, directory, "gb-samaritans-welsh")
    qtbot.mouseClick(button(card, "Call Samaritans Welsh language line"), Qt.MouseButton.LeftButton)
    assert opened == ["tel:+448081640123"]


def test_text_opens_sms_with_keyword(qtbot: QtBot, directory: Directory, opened: list[str]) -> None:
    card = card_for(qtbot, directory, "gb-shout")
    assert card.findChild(QLabel, "smsText").text() == "Text SHOUT to 85258"
    assert opened == []
    qtbot.mouseClick(button(card, "Text Shout"), Qt.MouseButton.LeftButton)
    assert opened == ["sms:85258?body=SHOUT"]


def test_chat_and_website_buttons(qtbot: QtBot, directory: Directory, opened: list[str]) -> None:
    card = card_for(qtbot, directory, "us-988")
    qtbot.mouseClick(
        button(card, "Chat with 988 Suicide & Crisis Lifeline"), Qt.MouseButton.LeftButton
    )
    other = card_for(qtbot, directory, "gb-samaritans")
    qtbot.mouseClick(button(other, "Website of Samaritans"), Qt.MouseButton.LeftButton)
    assert opened == ["https://988lifeline.org/chat", "https://www.samaritans.org"]


def test_enter_activates_the_focused_button(
    qtbot: QtBot, directory: Directory, opened: list[str]
) -> None:
    card = card_for(qtbot, directory, "us-988")
    call = button(card, "Call 988 Suicide & Crisis Lifeline")
    call.setFocus()
    qtbot.keyClick(call, Qt.Key.Key_Return)
    assert opened == ["tel:988"]


def test_copy_number_puts_it_on_the_clipboard(
    qtbot: QtBot, directory: Directory, opened: list[str]
) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    card = card_for(qtbot, directory, "gb-samaritans")
    qtbot.mouseClick(button(card, "Copy number for Samaritans"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "116 123"
    assert opened == []


def test_each_phone_of_a_service_gets_its_own_buttons(qtbot: QtBot, directory: Directory) -> None:
    card = card_for(qtbot, directory, "de-telefonseelsorge")
    calls = [b for b in card.buttons() if b.text() == "Call"]
    assert len(calls) == 2
    numbers = [card.findChild(QLabel, f"phoneNumber{i}").text() for i in range(2)]
    assert numbers == ["0800 111 0 111", "0800 111 0 222"]


def test_every_button_names_the_service(qtbot: QtBot, directory: Directory) -> None:
    for service in directory.services:
        card = card_for(qtbot, directory, service.id)
        for btn in card.buttons():
            assert service.name in btn.accessibleName(), btn.accessibleName()
            assert btn.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_numbers_are_selectable_text(qtbot: QtBot, directory: Directory) -> None:
    card = card_for(qtbot, directory, "gb-samaritans")
    number = card.findChild(QLabel, "phoneNumber0")
    assert number.text() == "116 123"
    flags = number.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_source_and_its_date_are_shown(qtbot: QtBot, directory: Directory) -> None:
    card = card_for(qtbot, directory, "gb-samaritans")
    line = card.findChild(QLabel, "sourceLine").text()
    # Named by its site; the fixture's last_verified date is not the source's own date,
    # so no date is shown (the issue: never a build date dressed as a check).
    assert line == "Source: samaritans.org"
    assert "2026" not in line
    assert card.findChild(QLabel, "doubt") is None


def test_doubt_is_stated_in_plain_words(qtbot: QtBot, directory: Directory) -> None:
    card = card_for(qtbot, directory, "gb-samaritans-welsh")
    assert card.findChild(QLabel, "doubt").text() == DOUBT_LINE
    assert (
        card.findChild(QLabel, "doubtDetail").text()
        == "Two sources give different numbers for this line."
    )


def test_local_pack_services_say_who_added_them(qtbot: QtBot, directory: Directory) -> None:
    group = Service(
        id="lib-1",
        country="GB",
        name="Tuesday group",
        category=Category.PEER_SUPPORT,
        region="Leeds",
    )
    merged = directory.merged_with([group], "Leeds Central Library")
    card = card_for(qtbot, merged, "lib-1")
    assert card.findChild(QLabel, "addedBy").text() == "Added by Leeds Central Library · Leeds"


def test_a_website_has_no_hours_line_but_a_line_to_call_does(
    qtbot: QtBot, directory: Directory
) -> None:
    site = Service(
        id="lib-site",
        country="GB",
        name="Reading well",
        category=Category.EDUCATION,
        website="https://reading.example",
    )
    merged = directory.merged_with([site], "Leeds Central Library")
    card = card_for(qtbot, merged, "lib-site")
    assert card.findChild(QLabel, "openStatus") is None
    assert card.findChild(QLabel, "hours") is None
    assert [b.text() for b in card.buttons()] == ["Website"]
    line = directory.get("gb-samaritans")
    assert line is not None
    assert line.hours.always_open
    status = card_for(qtbot, directory, "gb-samaritans").findChild(QLabel, "openStatus")
    assert status is not None
    assert status.text() == "● Open now"


def test_show_qr_code_opens_a_scannable_dialog(qtbot: QtBot, directory: Directory) -> None:
    card = card_for(qtbot, directory, "gb-papyrus")
    qtbot.mouseClick(
        button(card, "Show QR code for PAPYRUS HOPELINE247"), Qt.MouseButton.LeftButton
    )
    dialog = cast(QrCodeDialog, card.qr_dialog)
    assert dialog.isVisible()
    assert dialog.view.payload == "tel:+448000684141"
    assert dialog.caption.text() == "Scan with your phone's camera to call 0800 068 4141"
    dialog.close()
