"""The design system: calm, readable colour sets, scales that follow the system font,
buttons, cards, empty states and focus rings, applied app-wide by apply_theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shell.design import (
    CONTRAST_DARK,
    CONTRAST_LIGHT,
    DARK,
    LIGHT,
    Space,
    Tokens,
    TypeRole,
    card,
    current_tokens,
    empty_state,
    make_primary,
    space,
    type_font,
)
from companion.ui.shell.theme import apply_theme, companion_style, palette_for

ALL = [LIGHT, DARK, CONTRAST_LIGHT, CONTRAST_DARK]


def _lum(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_lum(a), _lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    font = QFont(QApplication.font())
    yield
    QApplication.setFont(font)
    apply_theme(qapp, "light")


@pytest.mark.parametrize("tokens", ALL, ids=[t.name for t in ALL])
def test_every_colour_set_is_readable(tokens: Tokens) -> None:
    for ground in (tokens.window, tokens.surface):
        assert contrast(tokens.text, ground) >= 7
        assert contrast(tokens.text_muted, ground) >= 4.5
        assert contrast(tokens.link, ground) >= 4.5
        assert contrast(tokens.disabled_text, ground) >= 4.5
        # Input edges and focus rings: 3:1 (WCAG 1.4.11).
        assert contrast(tokens.boundary, ground) >= 3
        assert contrast(tokens.focus, ground) >= 3
    assert contrast(tokens.accent_text, tokens.accent) >= 4.5
    assert contrast(tokens.note_text, tokens.note) >= 4.5
    if tokens.name.startswith("contrast"):
        assert contrast(tokens.text, tokens.window) >= 15


@pytest.mark.parametrize("tokens", ALL, ids=[t.name for t in ALL])
def test_no_alarm_red_anywhere(tokens: Tokens) -> None:
    for value in (tokens.accent, tokens.focus, tokens.note, tokens.note_text, tokens.link):
        colour = QColor(value)
        if colour.hslSaturation() < 40:
            continue  # a grey, black or white
        hue = colour.hslHue()
        assert 40 <= hue <= 300, (tokens.name, value)  # yellow through blue, never red


def test_type_and_spacing_follow_the_system_font(qapp: QApplication, light_again: None) -> None:
    base = QFont(QApplication.font())
    title = type_font(TypeRole.TITLE).pointSizeF()
    gap = space(Space.L)
    big = QFont(base)
    big.setPointSizeF(base.pointSizeF() * 2)
    QApplication.setFont(big)
    assert type_font(TypeRole.TITLE).pointSizeF() == pytest.approx(title * 2)
    assert type_font(TypeRole.TITLE).pixelSize() == -1  # points, never pixels
    assert space(Space.L) > gap * 1.6


def test_high_contrast_palette_and_tokens(qapp: QApplication, light_again: None) -> None:
    assert apply_theme(qapp, "dark", high_contrast=True) is True
    assert current_tokens() is CONTRAST_DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert qapp.palette() == palette_for(True, True)
    style = companion_style()
    assert style is not None
    assert style.high_contrast
    apply_theme(qapp, "light", high_contrast=True)
    assert current_tokens() is CONTRAST_LIGHT
    apply_theme(qapp, "light")
    assert current_tokens() is LIGHT
    assert "QPushButton:focus" in qapp.styleSheet()


def test_menu_buttons_leave_room_for_their_arrow(
    qtbot: QtBot, qapp: QApplication, light_again: None
) -> None:
    # Seen by hand: the arrow of "More" sat on top of the word.
    apply_theme(qapp, "light")
    host = QWidget()
    qtbot.addWidget(host)
    row = QVBoxLayout(host)
    plain = QToolButton(host)
    plain.setText("More")
    more = QToolButton(host)
    more.setText("More")
    more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    more.setMenu(QMenu(more))
    row.addWidget(plain)
    row.addWidget(more)
    host.show()
    qtbot.waitExposed(host)
    arrow_room = more.sizeHint().width() - plain.sizeHint().width()
    assert arrow_room >= more.fontMetrics().height() * 0.8


def test_primary_button_card_and_empty_state(
    qtbot: QtBot, qapp: QApplication, light_again: None
) -> None:
    apply_theme(qapp, "light")
    frame = card(name="sampleCard")
    qtbot.addWidget(frame)
    row = QVBoxLayout(frame)
    primary = make_primary(QPushButton("Save", frame))
    secondary = QPushButton("Cancel", frame)
    note = empty_state("Nothing here yet — your entries will show up here.", frame)
    for widget in (primary, secondary, note):
        row.addWidget(widget)
    frame.resize(400, 300)
    frame.show()
    qtbot.waitExposed(frame)
    image = frame.grab().toImage()

    def colour_at(widget: QWidget) -> str:
        centre = widget.mapTo(frame, widget.rect().bottomLeft()) + widget.rect().topRight() / 8
        return image.pixelColor(centre.x() + 3, centre.y() - 3).name()

    assert colour_at(primary) == LIGHT.accent  # filled with the accent
    assert colour_at(secondary) != LIGHT.accent
    assert image.pixelColor(frame.width() // 2, 2).name() == LIGHT.surface  # a raised card
    assert note.wordWrap()
    assert note.accessibleName() == note.text()


def test_focus_ring_is_drawn_in_the_focus_colour(
    qtbot: QtBot, qapp: QApplication, light_again: None
) -> None:
    apply_theme(qapp, "light")
    host = QWidget()
    qtbot.addWidget(host)
    row = QVBoxLayout(host)
    first = QPushButton("First", host)
    second = QPushButton("Second", host)
    row.addWidget(first)
    row.addWidget(second)
    host.show()
    qtbot.waitExposed(host)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    size_before = second.size()

    def ring(button: QPushButton) -> int:
        image = button.grab().toImage()
        y = image.height() // 2
        return sum(1 for x in range(0, 3) if image.pixelColor(x, y).name() == LIGHT.focus)

    assert ring(second) >= 2
    assert ring(first) == 0
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert second.size() == size_before  # the ring never changes the size
