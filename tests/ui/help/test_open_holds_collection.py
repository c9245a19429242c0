"""Opening help for the first time holds the garbage collector off until the panel has
settled after its first paint, and never leaves it off."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.core.resources.loading import HelpData
from companion.ui.help.access import GC_HOLD_LIMIT_MS, HelpAccess
from companion.ui.help.panel import HelpPanel


@pytest.fixture
def access(qapp: QApplication, directory: Directory, noon_utc: FakeClock) -> HelpAccess:
    return HelpAccess(
        lambda: "GB",
        lambda _code: None,
        clock=noon_utc,
        loader=lambda: HelpData(directory, ()),
        preload_delay_ms=None,
    )


def _panel(access: HelpAccess, qtbot: QtBot) -> HelpPanel:
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    qtbot.addWidget(panel)
    return panel


def test_no_collection_before_the_panel_settles(
    qtbot: QtBot, access: HelpAccess, gc_collections: list[int]
) -> None:
    access.open()
    panel = _panel(access, qtbot)
    assert not gc.isenabled()
    assert not panel.ready()
    made_before = list(gc_collections)
    with qtbot.waitSignal(panel.settled, timeout=5000):
        pass
    assert made_before == []
    assert gc.isenabled()
    assert gc_collections[:1] == [0]  # the collection held back, run as soon as it settled


def test_opening_an_existing_panel_again_does_not_hold_it(qtbot: QtBot, access: HelpAccess) -> None:
    access.open()
    panel = _panel(access, qtbot)
    qtbot.waitUntil(panel.ready, timeout=5000)
    panel.close()
    access.open()
    assert gc.isenabled()


def test_a_panel_closed_before_its_first_paint_still_gives_the_collector_back(
    qtbot: QtBot, access: HelpAccess
) -> None:
    access.open()
    panel = _panel(access, qtbot)
    panel.close()  # never painted: the rest of it is built a moment later anyway
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    assert panel.ready()


def test_a_panel_deleted_before_it_settles_gives_the_collector_back_in_time(
    qtbot: QtBot, access: HelpAccess
) -> None:
    access.open()
    panel = access.panel()
    assert isinstance(panel, HelpPanel)
    panel.close()
    panel.deleteLater()
    qtbot.waitUntil(lambda: not isValid(panel), timeout=5000)
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=GC_HOLD_LIMIT_MS + 3000)


def test_a_failed_open_gives_the_collector_back_at_once(
    qapp: QApplication, noon_utc: FakeClock
) -> None:
    def broken() -> HelpData:
        raise OSError("the directory cannot be read")

    access = HelpAccess(
        lambda: "GB", lambda _code: None, clock=noon_utc, loader=broken, preload_delay_ms=None
    )
    with pytest.raises(OSError, match="cannot be read"):
        access.open()
    assert gc.isenabled()
