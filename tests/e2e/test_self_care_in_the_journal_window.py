"""End to end: the self-care pages and windows are part of the journal window.

Unlock -> Alt+2 check-in (tick an action) -> Alt+3 insights -> Alt+4 safety plan (write a
warning sign) -> lock with Ctrl+L saves the plan -> unlock: the tick and the plan are
there. The "More" menu opens exercises and Learn, one window each; quick exit closes them.
A guest session offers no unencrypted copy of the safety plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.checkins.store import CheckinStore
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import AppPaths
from companion.core.policy import Mode
from companion.core.safety_plan.models import PlanItem, PlanStep, make_plan
from companion.core.safety_plan.plaintext import write_plaintext_copy
from companion.core.safety_plan.store import SafetyPlanStore
from companion.core.vault.service import VaultService
from companion.ui.checkins.actions_dialog import ActionsDialog
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.trash_view import TrashView
from companion.ui.reports.clinician_dialog import ClinicianReportDialog
from tests.app_driving import make_locked_journal, unlock

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return make_locked_journal(data_dir)


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths) -> Iterator[CompanionApp]:
    app = CompanionApp(paths, FakeClock(NOON), vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS))
    yield app
    app.shutdown()
    app.features.close_windows()
    QApplication.processEvents()


def test_pages_save_through_lock_and_come_back(qtbot: QtBot, companion: CompanionApp) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    tabs = [main.page_tabs.tabText(i).replace("&", "") for i in range(main.page_tabs.count())]
    assert tabs == ["Journal", "Check-in", "Insights", "Safety plan"]

    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    checkin = main.pages.currentWidget()
    assert checkin.objectName() == "checkinsPage"
    boxes = checkin.findChildren(QCheckBox)
    assert boxes, "the check-in shows the default actions"
    first = boxes[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()

    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert main.pages.currentWidget().objectName() == "insightsPage"

    qtbot.keyClick(main, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    plan_page = main.pages.currentWidget()
    assert plan_page.objectName() == "safetyPlanPage"
    warning = plan_page.editors[PlanStep.WARNING_SIGNS]  # type: ignore[attr-defined]
    qtbot.keyClicks(warning.rows[0].text, "I stop answering messages")
    assert plan_page.copy_switch is not None  # type: ignore[attr-defined]

    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert companion.windows.screen == "locked"

    main = unlock(qtbot, companion)
    connection = companion.session.vault.connection
    plan = SafetyPlanStore(connection, companion.clock).load()
    assert [item.text for item in plan.lines(PlanStep.WARNING_SIGNS)] == [
        "I stop answering messages"
    ]
    store = CheckinStore(connection, companion.clock)
    assert store.day(store.today()).done, "the tick was saved"


def test_more_menu_opens_exercises_and_learn_once_each(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    for key, object_name in (("exercises", "exercisesWindow"), ("learn", "learnWindow")):
        action = main.findChild(QAction, f"{key}Action")
        assert isinstance(action, QAction), key
        action.trigger()
        window = companion.features.window(key)
        assert window is not None
        assert window.isVisible()
        assert window.objectName() == object_name
        action.trigger()  # asked twice: the same window comes forward
        assert companion.features.window(key) is window
    companion.quick_exit.trigger()
    assert companion.features.window("exercises") is None
    assert companion.features.window("learn") is None


def test_a_guest_safety_plan_offers_no_unencrypted_copy(qtbot: QtBot, qapp: QApplication) -> None:
    app = CompanionApp(
        None,
        FakeClock(NOON),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
        mode=Mode.GUEST,
    )
    try:
        app.start()
        qtbot.waitUntil(lambda: app.windows.screen == "main", timeout=20000)
        main = app.windows.current_window()
        assert isinstance(main, MainWindow)
        page = main.page("safetyPlan")
        assert page.copy_switch is None  # type: ignore[attr-defined]
        assert app.features.window("safetyPlanCopy") is None
        app.features.open_plan_copy()
        assert app.features.window("safetyPlanCopy") is None
    finally:
        app.shutdown()
        QApplication.processEvents()


def test_a_low_mood_gets_the_gentle_line_and_breathing_opens(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = main.editor
    editor.mood_picker.options[0].setFocus()
    qtbot.keyClick(editor.mood_picker.options[0], Qt.Key.Key_1)  # Awful
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, "I don't know who to talk to")
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)
    line = editor.gentle_line
    assert line is not None
    qtbot.waitUntil(line.isVisible, timeout=3000)
    qtbot.mouseClick(line.exercise_button, Qt.MouseButton.LeftButton)
    exercises = companion.features.window("exercises")
    assert exercises is not None
    assert exercises.isVisible()
    qtbot.mouseClick(line.help_button, Qt.MouseButton.LeftButton)
    panel = companion.help.panel()
    assert panel is not None
    assert panel.isVisible()


def test_the_gentle_line_can_be_turned_off(qtbot: QtBot, companion: CompanionApp) -> None:
    companion.prefs.update(gentle_response=False)
    companion.start()
    main = unlock(qtbot, companion)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = main.editor
    editor.mood_picker.options[0].setFocus()
    qtbot.keyClick(editor.mood_picker.options[0], Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)
    assert not editor.gentle_line_shown()


def test_a_clicked_reminder_opens_the_check_in(qtbot: QtBot, companion: CompanionApp) -> None:
    assert not companion.reminders.is_running()  # off until the person sets reminder times
    companion.start()
    main = unlock(qtbot, companion)
    companion.reminders.activated.emit()
    assert main.pages.currentWidget().objectName() == "checkinsPage"


def test_each_window_names_itself_in_its_title(
    qtbot: QtBot, companion: CompanionApp, paths: AppPaths
) -> None:
    """A task bar or window switcher tells the windows apart, and no title carries
    anything the person wrote (the plan's words stay inside its window)."""
    companion.start()
    main = unlock(qtbot, companion)
    titles: dict[str, str] = {}
    for key in ("exercises", "learn"):
        action = main.findChild(QAction, f"{key}Action")
        assert isinstance(action, QAction), key
        action.trigger()
        window = companion.features.window(key)
        assert window is not None
        titles[key] = window.windowTitle()

    report = main.findChild(QAction, "clinicianReportAction")
    assert isinstance(report, QAction)
    report.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ClinicianReportDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    titles["report"] = dialog.windowTitle()
    dialog.close()

    trash = main.findChild(QAction, "trashAction")
    assert isinstance(trash, QAction)
    trash.trigger()
    (trash_view,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TrashView) and w.isVisible()
    ]
    titles["trash"] = trash_view.windowTitle()
    trash_view.close()

    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    checkin = main.pages.currentWidget()
    qtbot.mouseClick(checkin.choose_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ActionsDialog))
    actions = QApplication.activeModalWidget()
    assert actions is not None
    titles["actions"] = actions.windowTitle()
    actions.close()

    plan = make_plan({PlanStep.REASONS_TO_LIVE: [PlanItem("PLAN-WORDS-CANARY")]})
    write_plaintext_copy(plan, paths.data_dir)
    companion.features.open_plan_copy()
    copy = companion.features.window("safetyPlanCopy")
    assert copy is not None
    titles["plan copy"] = copy.windowTitle()

    assert titles == {
        "exercises": "Exercises — Companion",
        "learn": "Learn — Companion",
        "report": "Report for my clinician — Companion",
        "trash": "Trash — Companion",
        "actions": "Choose check-in actions — Companion",
        "plan copy": "My safety plan — Companion",
    }
    assert main.windowTitle() == "Companion"  # the journal's own window never changes
