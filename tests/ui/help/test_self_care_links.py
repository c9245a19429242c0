"""Entries the app registers ("Things that may help right now"), shown without unlocking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.core.resources.loading import HelpData
from companion.ui.help.access import HelpAccess
from companion.ui.help.panel import HelpPanel


@pytest.fixture
def access(directory: Directory, noon_utc: FakeClock) -> Iterator[HelpAccess]:
    help_access = HelpAccess(
        lambda: "GB",
        lambda code: None,
        clock=noon_utc,
        loader=lambda: HelpData(directory, ()),
        system_locale=lambda: "C",
        preload_delay_ms=None,
    )
    yield help_access
    if (panel := help_access.panel()) is not None:
        panel.close()
        panel.deleteLater()


def open_panel(qtbot: QtBot, access: HelpAccess) -> HelpPanel:
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    qtbot.waitExposed(panel)
    panel.cards()
    QApplication.processEvents()
    return panel


def test_registered_links_are_buttons_in_the_panel_in_order(
    qtbot: QtBot, access: HelpAccess
) -> None:
    calls: list[tuple[str, QWidget | None]] = []
    access.add_self_care_link("breathe", "Breathing exercise", lambda w: calls.append(("b", w)))
    access.add_self_care_link("plan", "Read my safety plan copy", lambda w: calls.append(("p", w)))
    panel = open_panel(qtbot, access)
    row = panel.self_care
    assert row.isVisible()
    assert row.heading.text() == "Things that may help right now"
    buttons = row.buttons()
    assert [b.text() for b in buttons] == ["Breathing exercise", "Read my safety plan copy"]
    assert all(b.accessibleName() for b in buttons)
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert calls == [("p", panel)]  # called with the panel, to parent a window on
    # After the first section's lines to call, never above the emergency number.
    assert row.parentWidget() is panel.results
    assert row.mapTo(panel, row.rect().topLeft()).y() > panel.banner.geometry().bottom()


def test_links_added_or_removed_later_update_the_open_panel(
    qtbot: QtBot, access: HelpAccess
) -> None:
    panel = open_panel(qtbot, access)
    assert not panel.self_care.isVisible()  # nothing registered: no empty row
    access.add_self_care_link("learn", "Learn", lambda w: None)
    assert [b.text() for b in panel.self_care.buttons()] == ["Learn"]
    assert panel.self_care.isVisible()
    access.add_self_care_link("learn", "Learn about feelings", lambda w: None)  # replaced
    assert [b.text() for b in panel.self_care.buttons()] == ["Learn about feelings"]
    assert access.self_care_keys() == ["learn"]
    access.remove_self_care_link("learn")
    assert not panel.self_care.isVisible()
    access.remove_self_care_link("learn")  # twice is harmless


def test_a_failing_link_never_takes_help_away(qtbot: QtBot, access: HelpAccess) -> None:
    def broken(window: QWidget | None) -> None:
        raise RuntimeError("the exercise window could not be made")

    access.add_self_care_link("breathe", "Breathing exercise", broken)
    panel = open_panel(qtbot, access)
    qtbot.mouseClick(panel.self_care.buttons()[0], Qt.MouseButton.LeftButton)
    feedback = panel.self_care.findChild(QLabel, "selfCareFeedback")
    assert feedback is not None
    assert feedback.isVisible()
    assert "could not be opened" in feedback.text()
    assert panel.isVisible()
    assert panel.emergency_text() == "999 or 112"


def test_the_row_stays_out_of_search_results(qtbot: QtBot, access: HelpAccess) -> None:
    access.add_self_care_link("learn", "Learn", lambda w: None)
    panel = open_panel(qtbot, access)
    panel.set_search("samaritans")
    panel.cards()
    assert not panel.self_care.isVisible()
    panel.set_search("")
    panel.cards()
    assert panel.self_care.isVisible()


def test_tab_reaches_the_row_where_it_stands_among_the_cards(
    qtbot: QtBot, access: HelpAccess
) -> None:
    access.add_self_care_link("breathe", "Breathing exercise", lambda w: None)
    panel = open_panel(qtbot, access)
    results = panel.results
    chain: list[QWidget] = []
    widget = results.nextInFocusChain()
    while widget is not results and len(chain) < 2000:
        if (
            results.isAncestorOf(widget)
            and widget.isVisible()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert any(w in panel.self_care.buttons() for w in chain)
    tops = [w.mapTo(results, w.rect().topLeft()).y() for w in chain]
    assert tops == sorted(tops), "Tab jumps back up the panel"
