"""The readable copy's viewer works at the lock screen: no vault, no journal, no session.
And every fixed phrase of the plan reaches translators."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.safety_plan import plaintext
from companion.core.safety_plan.models import ATTRIBUTION, STEPS, PlanItem, PlanStep, make_plan
from companion.core.safety_plan.plaintext import write_plaintext_copy
from companion.ui.safety_plan.copy_window import SafetyPlanCopyWindow
from companion.ui.safety_plan.words import CORE_PHRASES

LOCKED = ("companion.core.vault", "companion.core.journal", "companion.ui.shell.session")


def test_the_viewer_imports_neither_the_vault_nor_the_journal() -> None:
    code = (
        "import sys\n"
        "import companion.ui.safety_plan.copy_window\n"
        f"print(sorted(m for m in sys.modules if m.startswith({LOCKED!r}) or m == 'sqlcipher3'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_viewer_shows_the_copy(qtbot: QtBot, data_dir: Path) -> None:
    plan = make_plan({PlanStep.REASONS_TO_LIVE: [PlanItem("My niece")]})
    write_plaintext_copy(plan, data_dir)
    window = SafetyPlanCopyWindow(data_dir)
    qtbot.addWidget(window)
    assert window.has_copy()
    assert "My niece" in window.text.toPlainText()
    assert "not encrypted" in window.text.toPlainText()
    assert window.text.isReadOnly()


def test_without_a_copy_the_viewer_says_how_to_make_one(qtbot: QtBot, data_dir: Path) -> None:
    window = SafetyPlanCopyWindow(data_dir)
    qtbot.addWidget(window)
    assert not window.has_copy()
    assert "no readable copy" in window.missing.text()


def test_every_fixed_phrase_of_the_plan_is_listed_for_translators() -> None:
    phrases = {ATTRIBUTION, plaintext.TITLE, plaintext.NOT_ENCRYPTED, plaintext.DANGER_NOTE}
    phrases |= {plaintext.UPDATED, plaintext.NOTHING_YET}
    for info in STEPS:
        phrases |= {info.title, info.guidance, info.example}
    assert phrases <= set(CORE_PHRASES)
