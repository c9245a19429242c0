"""Keyboard, 200% font size and high contrast for the help panel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.ui.help.panel import HelpPanel


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[QFont]:
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield bigger
    qapp.setFont(original)


def high_contrast() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, Qt.GlobalColor.black),
        (QPalette.ColorRole.WindowText, Qt.GlobalColor.white),
        (QPalette.ColorRole.Base, Qt.GlobalColor.black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, Qt.GlobalColor.white),
        (QPalette.ColorRole.Button, Qt.GlobalColor.black),
        (QPalette.ColorRole.ButtonText, Qt.GlobalColor.yellow),
        (QPalette.ColorRole.Highlight, Qt.GlobalColor.cyan),
        (QPalette.ColorRole.HighlightedText, Qt.GlobalColor.black),
        (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
        (QPalette.ColorRole.ToolTipBase, Qt.GlobalColor.black),
        (QPalette.ColorRole.ToolTipText, Qt.GlobalColor.white),
    ):
        palette.setColor(role, colour)
    return palette


def make_panel(
    qtbot: QtBot, directory: Directory, clock: FakeClock, country: str | None = "GB"
) -> HelpPanel:
    panel = HelpPanel(directory, country=country, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(700, 900)
    panel.show()
    QApplication.processEvents()
    return panel


def _tab_through(panel: HelpPanel, qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Every widget Tab reaches from ``start``, in order, until it comes round again."""
    panel.activateWindow()
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_reaches_every_control_in_order(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc)
    buttons = [b for card in panel.cards() for b in card.buttons()]  # all built
    QApplication.processEvents()  # and shown
    seen = _tab_through(panel, qtbot, panel.controls.country)
    assert buttons
    assert set(buttons) <= set(seen)
    # Reading order, top to bottom: the picker and search, the emergency number and its
    # Call button, the filters, then the cards in order.
    order = [
        seen.index(w)
        for w in (
            panel.controls.country,
            panel.controls.search,
            panel.emergency_number,
            panel.emergency_call,
        )
    ]
    assert order == sorted(order)
    positions = [seen.index(b) for b in buttons]
    assert positions == sorted(positions)
    assert seen.index(panel.controls.open_now) < positions[0]


@pytest.mark.parametrize("first", [None, "GB"])
def test_without_a_country_tab_reaches_112_and_911_before_the_filters(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, first: str | None
) -> None:
    # Whether the panel starts without a country or the country is cleared later, the
    # numbers made for that state are reached where they show: above the filters.
    panel = make_panel(qtbot, directory, noon_utc, country=first)
    if first is not None:
        panel.show_country(None)
    qtbot.waitUntil(panel.ready)
    QApplication.processEvents()
    seen = _tab_through(panel, qtbot, panel.controls.country)
    numbers = [w for w in seen if w.objectName().startswith("handset")]
    assert [w.objectName() for w in numbers] == [
        "handsetNumber112",
        "handsetCall112",
        "handsetNumber911",
        "handsetCall911",
    ]
    assert seen.index(panel.controls.search) < seen.index(numbers[0])
    assert seen.index(numbers[-1]) < seen.index(panel.controls.open_now)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = make_panel(qtbot, directory, noon_utc)
    for widget in panel.findChildren(QWidget):
        if isinstance(widget, (QPushButton, QComboBox, QLineEdit)) and widget.isVisibleTo(panel):
            if widget.parent() is panel.controls.country:  # the combo's own line edit
                continue
            assert widget.accessibleName(), widget.objectName() or widget.text()
        if isinstance(widget, QCheckBox):
            assert widget.accessibleName()


def test_usable_at_200_percent_font_size(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, big_font: QFont, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, directory, noon_utc)
    assert panel.emergency_number.font().pointSizeF() >= big_font.pointSizeF() * 2
    viewport = panel.scroll_area.viewport().width()
    for button in panel.findChildren(QPushButton):
        if not button.isVisibleTo(panel):
            continue
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed, button.accessibleName()  # text never clipped
        assert button.height() >= button.fontMetrics().height()
    for card in panel.cards():
        assert card.width() <= viewport  # wraps instead of running off the side
        for label in card.findChildren(QLabel):
            assert label.wordWrap()
    # The list scrolls instead of squeezing (once the cards built after the first paint
    # are laid out).
    qtbot.waitUntil(
        lambda: panel.scroll_area.widget().height() > panel.scroll_area.viewport().height()
    )
    image = panel.grab()
    assert image.save(str(tmp_path / "help_200.png"))
    assert image.width() == panel.width()


def test_readable_in_high_contrast(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, directory, noon_utc)
    panel.setPalette(high_contrast())
    QApplication.processEvents()
    # Colours come from the palette only: no style sheets with fixed colours anywhere.
    assert all(w.styleSheet() == "" for w in [panel, *panel.findChildren(QWidget)])
    number = panel.emergency_number.grab().toImage()
    colours = {
        number.pixelColor(x, y).name()
        for x in range(number.width())
        for y in range(number.height())
    }
    assert "#ffffff" in colours  # the number is drawn in the high-contrast text colour
    banner = panel.banner_text.parentWidget().grab().toImage()
    assert banner.pixelColor(2, banner.height() // 2).name() == "#1a1a1a"
    card = panel.cards()[0]
    card_image = card.grab().toImage()
    assert card_image.pixelColor(card.width() // 2, 0).name() == "#d0d0d0"  # visible outline
    assert panel.grab().save(str(tmp_path / "help_high_contrast.png"))
