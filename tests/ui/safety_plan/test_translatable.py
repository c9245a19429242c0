"""Every fixed word of the safety plan goes through translate()."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.ui.safety_plan.copy_window import SafetyPlanCopyWindow
from companion.ui.safety_plan.page import SafetyPlanPage
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

ARROWS = frozenset({"↑", "↓", "✕", "Companion"})


def test_the_safety_plan_page_is_fully_translatable(
    qtbot: QtBot, session: Session, clock: FakeClock, data_dir: Path, pseudo, checks
) -> None:
    page = SafetyPlanPage(
        session,
        clock,
        SaveRegistry(),
        data_dir,
        directory=Directory.load_bundled,
        country=lambda: "GB",
    )
    qtbot.addWidget(page)
    assert all("⟦" in editor.title() for editor in page.editors.values())
    assert page.attribution.text().startswith("⟦")
    assert checks.untranslated(page, ARROWS) == []


def test_the_copy_viewer_is_fully_translatable(
    qtbot: QtBot, data_dir: Path, pseudo, checks
) -> None:
    window = SafetyPlanCopyWindow(data_dir)
    qtbot.addWidget(window)
    assert checks.untranslated(window, ARROWS) == []
