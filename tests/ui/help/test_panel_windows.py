"""The panel's window: fits 1366×768 and 200% text, scrolls as a whole, its QR windows and Esc,
and what assistive technology is told about it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory, load_bundled
from companion.ui.help import panel as panel_module
from companion.ui.help.panel import HelpPanel
from companion.ui.help.service_card import ServiceCard

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar


@pytest.fixture
def laptop_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(panel_module, "available_geometry", lambda widget: LAPTOP)
    return LAPTOP


@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[QFont]:
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield bigger
    qapp.setFont(original)


def shown(qtbot: QtBot, directory: Directory, clock: FakeClock, country: str | None) -> HelpPanel:
    panel = HelpPanel(directory, country=country, clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.cards()  # the whole list is built
    QApplication.processEvents()
    qtbot.waitUntil(panel.ready)  # and the keys and filters that follow the first paint
    return panel


def in_view(panel: HelpPanel, widget: QWidget) -> bool:
    """Whether ``widget`` is entirely inside the scroll area's visible part."""
    viewport = panel.scroll_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def first_crisis_card(panel: HelpPanel) -> ServiceCard:
    return panel.cards()[0]


@pytest.mark.parametrize("country", ["GB", "US", "DE", None])
def test_fits_a_1366_by_768_screen_title_bar_included(
    qtbot: QtBot, noon_utc: FakeClock, laptop_screen: QRect, country: str | None
) -> None:
    panel = shown(qtbot, load_bundled(), noon_utc, country)
    allowance = panel_module.FRAME_ALLOWANCE
    assert panel.width() + allowance[0] <= laptop_screen.width()
    assert panel.height() + allowance[1] <= laptop_screen.height()
    assert in_view(panel, panel.banner)
    card = first_crisis_card(panel)
    name = card.findChild(QLabel, "serviceName")
    assert name is not None
    assert in_view(panel, name)
    if card.service.phones:
        number = card.findChild(QLabel, "phoneNumber0")
        assert number is not None
        assert in_view(panel, number)


@pytest.mark.parametrize("country", ["GB", "US", "DE"])
def test_at_200_percent_the_number_and_first_crisis_line_need_no_scrolling(
    qtbot: QtBot, noon_utc: FakeClock, laptop_screen: QRect, double_text: QFont, country: str
) -> None:
    panel = shown(qtbot, load_bundled(), noon_utc, country)
    assert panel.emergency_number.font().pointSizeF() >= double_text.pointSizeF() * 2
    assert panel.scroll_area.verticalScrollBar().value() == 0
    assert in_view(panel, panel.emergency_number)
    assert in_view(panel, panel.emergency_call)
    card = first_crisis_card(panel)
    for name in ("serviceName", "phoneNumber0"):
        part = card.findChild(QLabel, name)
        assert part is not None
        assert in_view(panel, part), name
    call = card.findChild(QPushButton, "callButton0")
    assert call is not None
    assert in_view(panel, call)


def test_at_200_percent_nothing_is_cut_at_the_side_and_the_panel_scrolls_as_a_whole(
    qtbot: QtBot, noon_utc: FakeClock, laptop_screen: QRect, double_text: QFont
) -> None:
    panel = shown(qtbot, load_bundled(), noon_utc, None)
    viewport = panel.scroll_area.viewport()
    body = panel.scroll_area.widget()
    for widget in body.findChildren(QWidget):
        if not widget.isVisibleTo(panel) or widget.width() == 0:
            continue
        right = widget.mapTo(body, QPoint(widget.width(), 0)).x()
        assert right <= viewport.width(), widget.objectName() or type(widget).__name__
    # Everything, the country box and the banner included, is in the one scrolling body.
    for part in (panel.controls, panel.banner, panel.results):
        assert body.isAncestorOf(part)
    assert body.height() > viewport.height()


def test_the_qr_window_closes_with_the_panel(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = shown(qtbot, directory, noon_utc, "GB")
    card = first_crisis_card(panel)
    qr = card.findChild(QPushButton, "qrButton0")
    assert qr is not None
    qtbot.mouseClick(qr, Qt.MouseButton.LeftButton)
    dialog = card.qr_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    panel.close()
    assert not panel.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_escape_closes_the_topmost_window_only(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = shown(qtbot, directory, noon_utc, "GB")
    card = first_crisis_card(panel)
    qr = card.findChild(QPushButton, "qrButton0")
    assert qr is not None
    qtbot.mouseClick(qr, Qt.MouseButton.LeftButton)
    dialog = card.qr_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert panel.isVisible()  # the QR code went first; help stays
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel.controls.search, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_the_panel_is_a_window_to_assistive_technology(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = shown(qtbot, directory, noon_utc, "GB")
    interface = QAccessible.queryAccessibleInterface(panel)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Window  # not a "filler"
    assert panel.scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert panel.scroll_area.accessibleName()


def test_the_country_box_is_named_by_its_label_not_its_value(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = shown(qtbot, directory, noon_utc, "GB")
    combo = panel.controls.country
    line = combo.lineEdit()
    assert line is not None
    assert combo.currentText() == "United Kingdom"
    assert combo.accessibleName() == "Country"
    assert line.accessibleName() == "Country"
    interface = QAccessible.queryAccessibleInterface(line)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "Country"


def test_tab_goes_round_and_comes_back_to_the_emergency_number(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = shown(qtbot, directory, noon_utc, "GB")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.focus_start()
    start = QApplication.focusWidget()
    assert start is panel.emergency_number
    stops: list[QWidget] = []
    for _ in range(200):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            break
        stops.append(now)
    else:
        pytest.fail("Tab never came back to the emergency number")
    assert panel.scroll_area not in stops
    assert panel.scroll_area.viewport() not in stops
    for stop in stops:
        assert stop.accessibleName(), stop.objectName() or type(stop).__name__
    # The focused control is always scrolled into view.
    assert in_view(panel, start)


def test_f1_inside_the_panel_goes_back_to_the_emergency_number(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    panel = shown(qtbot, directory, noon_utc, "GB")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.controls.search.setFocus()
    qtbot.keyClick(panel.controls.search, Qt.Key.Key_F1)
    assert QApplication.focusWidget() is panel.emergency_number


def test_the_panel_tells_help_access_it_has_its_own_f1() -> None:
    from companion.ui.help import access

    assert panel_module.F1_ARMED == access._ARMED
