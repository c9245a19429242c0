"""The clinician report dialog: choose, then save; nothing chosen means no entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.reports.document import MarkdownBlock
from companion.ui.reports.clinician_dialog import ClinicianReportDialog
from companion.ui.reports.pdf import page_texts, pdf_page_count
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.session import Session


@pytest.fixture
def dialog(qtbot: QtBot, session: Session, clock: FakeClock) -> ClinicianReportDialog:
    widget = ClinicianReportDialog(session, clock)
    qtbot.addWidget(widget)
    return widget


def test_the_last_30_days_are_offered_and_no_entry_is_ticked(
    dialog: ClinicianReportDialog,
) -> None:
    span = dialog.span()
    assert span.days == 30
    assert dialog.entries.count() > 10
    assert dialog.chosen_ids() == []
    document = dialog.build_document()
    assert not any(isinstance(block, MarkdownBlock) for block in document.blocks)


def test_a_ticked_entry_is_in_the_report(dialog: ClinicianReportDialog, session: Session) -> None:
    item = dialog.entries.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    entry = session.journal.get(dialog.chosen_ids()[0])
    document = dialog.build_document()
    shared = [b.text for b in document.blocks if isinstance(b, MarkdownBlock)]
    assert shared == [entry.text]
    assert entry.text in page_texts(document)[-1]


def test_leaving_things_out(dialog: ClinicianReportDialog) -> None:
    dialog.checkins_box.setChecked(False)
    dialog.patterns_box.setChecked(False)
    text = "\n".join(page_texts(dialog.build_document()))
    assert "Self-care check-ins" not in text
    assert "Patterns" not in text
    assert "Mood over time" in text


def test_changing_the_dates_changes_the_list(dialog: ClinicianReportDialog) -> None:
    before = dialog.entries.count()
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(-6))
    assert 0 < dialog.entries.count() < before
    dialog.start_edit.setDate(QDate(2025, 1, 1))
    assert dialog.entries.count() > before


def test_save_as_pdf_builds_in_the_background_and_saves(
    qtbot: QtBot, dialog: ClinicianReportDialog, tmp_path: Path
) -> None:
    dialog.entries.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save_pdf(tmp_path / "for-my-doctor")
    path = saved.args[0]
    assert path == tmp_path / "for-my-doctor.pdf"
    assert pdf_page_count(path.read_bytes()) >= 2
    assert "Saved: for-my-doctor.pdf" in dialog.message.text()
    wait_for_background_tasks()


def test_locking_closes_the_dialog(
    qtbot: QtBot, dialog: ClinicianReportDialog, session: Session
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    session.lock()
    assert not dialog.isVisible()


def test_every_control_is_named(qtbot: QtBot, dialog: ClinicianReportDialog, controls_of) -> None:
    from PySide6.QtGui import QAccessible

    dialog.show()
    qtbot.waitExposed(dialog)
    unnamed = []
    for widget in controls_of(dialog):
        iface = QAccessible.queryAccessibleInterface(widget)
        if not iface.text(QAccessible.Text.Name).strip():
            unnamed.append(type(widget).__name__)
    assert unnamed == []
