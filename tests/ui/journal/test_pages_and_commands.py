"""The journal window hosts other features' pages and menu commands without importing them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.pages import MenuCommand, PageSpec
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

from .conftest import StubHelp
from .helpers import show_active


def _window(qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore,
            pages: list[PageSpec], commands: list[MenuCommand]) -> MainWindow:  # fmt: skip
    window = MainWindow(
        session, StubHelp(), prefs, clock, SaveRegistry(), pages=pages, commands=commands
    )  # type: ignore[arg-type]
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def test_pages_are_built_on_first_view_and_reached_by_tab_or_alt_number(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    built: list[str] = []

    def build(key: str) -> PageSpec:
        def make(parent: QWidget) -> QWidget:
            built.append(key)
            return QLabel(f"the {key} page", parent)

        return PageSpec(key, key.title(), make)

    window = _window(qtbot, session, clock, prefs, [build("checkins"), build("insights")], [])
    assert window.page_tabs.count() == 3
    assert window.pages.currentWidget() is window.journal_page
    assert built == []  # nothing is built until it is shown
    window.page_tabs.setCurrentIndex(2)
    assert built == ["insights"]
    shown = window.pages.currentWidget()
    assert isinstance(shown, QLabel)
    assert shown.objectName() == "insightsPage"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget().objectName() == "checkinsPage"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.journal_page
    window.page("insights")
    assert built == ["insights", "checkins"]  # built once, shown again


def test_without_pages_the_tab_row_is_hidden(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    window = _window(qtbot, session, clock, prefs, [], [])
    assert window.page_tabs.isHidden()


def test_menu_commands_appear_in_more_and_run_with_the_window(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore
) -> None:
    ran: list[QWidget] = []
    commands = [MenuCommand("backup", "Back up now", ran.append, section="data")]
    window = _window(qtbot, session, clock, prefs, [], commands)
    action = window.findChild(type(window.trash_action), "backupAction")
    assert action is not None
    assert action.text() == "Back up now"
    action.trigger()
    assert ran == [window]
