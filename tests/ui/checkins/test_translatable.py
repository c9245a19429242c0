"""Every word of the check-in page goes through translate()."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.ui.checkins.page import CheckinPage
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session


def test_the_check_in_page_is_fully_translatable(
    qtbot: QtBot, session: Session, clock: FakeClock, prefs: PreferencesStore, pseudo, checks
) -> None:
    page = CheckinPage(session, clock, prefs)
    qtbot.addWidget(page)
    next(iter(page.boxes.values())).setChecked(True)
    page.reminders.enabled_box.setChecked(True)
    assert all(box.text().startswith("⟦") for box in page.boxes.values())
    assert checks.untranslated(page) == []
    dialog = page.open_actions_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert checks.untranslated(dialog, frozenset({"Companion"})) == []
