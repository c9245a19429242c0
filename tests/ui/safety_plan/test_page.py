"""The safety plan page: edit, save (through the registry and by itself), reorder, step-5
suggestions, PDF, the opt-in readable copy, and locking."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.core.safety_plan.models import STEPS, PlanItem, PlanStep
from companion.core.safety_plan.plaintext import plaintext_copy_path
from companion.core.safety_plan.store import SafetyPlanStore
from companion.ui.reports.pdf import pdf_page_count
from companion.ui.safety_plan.page import SafetyPlanPage
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session


@pytest.fixture
def saveables() -> SaveRegistry:
    return SaveRegistry()


@pytest.fixture
def page(
    qtbot: QtBot, session: Session, clock: FakeClock, saveables: SaveRegistry, data_dir: Path
) -> SafetyPlanPage:
    widget = SafetyPlanPage(
        session, clock, saveables, data_dir, directory=Directory.load_bundled, country=lambda: "GB"
    )
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def saved(session: Session, clock: FakeClock) -> SafetyPlanStore:
    return SafetyPlanStore(session.vault.connection, clock)


def type_line(qtbot: QtBot, page: SafetyPlanPage, step: PlanStep, row: int, text: str) -> None:
    editor = page.editors[step]
    while len(editor.rows) <= row:
        editor.add_line()
    qtbot.keyClicks(editor.rows[row].text, text)


def test_every_step_is_there_with_the_attribution(page: SafetyPlanPage) -> None:
    titles = [editor.title() for editor in page.editors.values()]
    assert titles[:6] == [f"{info.number}. {info.title}" for info in STEPS[:6]]
    assert titles[6] == "What is worth living for"
    assert "Stanley & Brown" in page.attribution.text()
    assert page.attribution.isVisibleTo(page)
    # Each empty step offers one empty line, ready to write in.
    assert all(len(editor.rows) == 1 for editor in page.editors.values())


def test_edits_are_saved_by_the_registry_at_lock(
    qtbot: QtBot, page: SafetyPlanPage, session: Session, clock: FakeClock, saveables: SaveRegistry
) -> None:
    assert saveables.names() == ["safety plan"]
    type_line(qtbot, page, PlanStep.WARNING_SIGNS, 0, "I stop answering messages")
    assert page.is_dirty()
    assert saved(session, clock).load().is_empty
    assert saveables.save_all()
    assert not page.is_dirty()
    plan = saved(session, clock).load()
    assert plan.lines(PlanStep.WARNING_SIGNS) == (PlanItem("I stop answering messages"),)
    assert plan.updated_at == clock.now()


def test_edits_save_themselves_a_moment_later(
    qtbot: QtBot, page: SafetyPlanPage, session: Session, clock: FakeClock
) -> None:
    type_line(qtbot, page, PlanStep.REASONS_TO_LIVE, 0, "The sea in the morning")
    with qtbot.waitSignal(page.saved, timeout=5000):
        pass
    assert saved(session, clock).load().lines(PlanStep.REASONS_TO_LIVE)[0].text == (
        "The sea in the morning"
    )
    assert page.status.text().startswith("Saved")


def test_lines_can_be_added_moved_and_removed(
    qtbot: QtBot, page: SafetyPlanPage, session: Session, clock: FakeClock
) -> None:
    step = PlanStep.ON_MY_OWN
    for row, words in enumerate(("Walk", "Music", "Shower")):
        type_line(qtbot, page, step, row, words)
    editor = page.editors[step]
    editor.rows[2].up.click()
    assert [r.text.text() for r in editor.rows] == ["Walk", "Shower", "Music"]
    assert editor.rows[1].up.accessibleName() == "Move line 2 up"
    editor.rows[0].remove.click()
    assert page.save_now()
    assert [i.text for i in saved(session, clock).load().lines(step)] == ["Shower", "Music"]


def test_step_five_offers_help_for_the_country_and_adds_it(
    page: SafetyPlanPage, session: Session, clock: FakeClock
) -> None:
    directory = Directory.load_bundled()
    emergency = directory.emergency("GB")
    assert emergency is not None
    first = page.suggestion_buttons[0]
    assert emergency.name in first.text()
    assert emergency.phones[0].display in first.text()
    first.click()
    editor = page.editors[PlanStep.PROFESSIONALS]
    assert [r.service_id for r in editor.rows] == [emergency.id]  # the blank line was filled
    assert not any(emergency.name in b.text() for b in page.suggestion_buttons)
    assert page.save_now()
    line = saved(session, clock).load().lines(PlanStep.PROFESSIONALS)[0]
    assert line.service_id == emergency.id
    assert line.detail == emergency.phones[0].display


def test_save_as_pdf_writes_the_plan_and_the_attribution(
    qtbot: QtBot, page: SafetyPlanPage, tmp_path: Path
) -> None:
    from companion.core.reports.safety_plan import safety_plan_document
    from companion.ui.reports.pdf import page_texts

    type_line(qtbot, page, PlanStep.ASK_FOR_HELP, 0, "My cousin Sam")
    path = page.save_pdf(tmp_path / "plan")
    assert path == tmp_path / "plan.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert pdf_page_count(data) == 1
    words = page_texts(safety_plan_document(page.plan_on_screen()))[0]
    assert "My cousin Sam" in words
    assert "Stanley & Brown" in words


def test_the_readable_copy_is_off_until_the_person_says_yes(
    qtbot: QtBot, page: SafetyPlanPage, data_dir: Path
) -> None:
    copy = plaintext_copy_path(data_dir)
    switch = page.copy_switch
    assert not switch.box.isChecked()
    assert not copy.exists()
    type_line(qtbot, page, PlanStep.WARNING_SIGNS, 0, "Sleeping all day")
    switch.confirm = lambda: False  # type: ignore[method-assign]
    switch.box.setChecked(True)
    assert not switch.box.isChecked()
    assert not copy.exists()
    switch.confirm = lambda: True  # type: ignore[method-assign]
    switch.box.setChecked(True)
    text = copy.read_text(encoding="utf-8")
    assert "not encrypted" in text
    assert "Sleeping all day" in text
    assert "not encrypted" in switch.note.text()


def test_the_copy_follows_each_save_and_goes_when_turned_off(
    qtbot: QtBot, page: SafetyPlanPage, data_dir: Path
) -> None:
    copy = plaintext_copy_path(data_dir)
    page.copy_switch.confirm = lambda: True  # type: ignore[method-assign]
    page.copy_switch.box.setChecked(True)
    type_line(qtbot, page, PlanStep.DISTRACTIONS, 0, "The library cafe")
    assert page.save_now()
    assert "The library cafe" in copy.read_text(encoding="utf-8")
    page.copy_switch.box.setChecked(False)
    assert not copy.exists()
    assert "deleted" in page.copy_switch.note.text()


def test_locking_clears_the_words_and_the_saver(
    qtbot: QtBot, page: SafetyPlanPage, session: Session, saveables: SaveRegistry
) -> None:
    type_line(qtbot, page, PlanStep.WARNING_SIGNS, 0, "A private line")
    assert saveables.save_all()
    session.lock()
    assert saveables.names() == []
    shown = [row.text.text() for editor in page.editors.values() for row in editor.rows]
    assert "A private line" not in shown
    assert not page.isEnabled()


def test_a_page_that_is_destroyed_unregisters(
    session: Session, clock: FakeClock, saveables: SaveRegistry, data_dir: Path, qapp: object
) -> None:
    widget = SafetyPlanPage(session, clock, saveables, data_dir, directory=Directory.load_bundled)
    assert saveables.names() == ["safety plan"]
    widget.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert saveables.names() == []


def test_every_control_is_named(page: SafetyPlanPage, controls_of, checks) -> None:
    controls = controls_of(page)
    assert len(controls) >= 30
    assert [type(w).__name__ for w in controls if not checks.spoken_name(w).strip()] == []


def test_text_at_200_percent_is_not_clipped(
    qtbot: QtBot,
    session: Session,
    clock: FakeClock,
    saveables: SaveRegistry,
    data_dir: Path,
    big_font,
    controls_of,
    checks,
) -> None:
    widget = SafetyPlanPage(
        session, clock, saveables, data_dir, directory=Directory.load_bundled, country=lambda: "GB"
    )
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    assert widget.print_button.font().pointSizeF() >= big_font.pointSizeF()
    assert checks.clipped(controls_of(widget)) == []
