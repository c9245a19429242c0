"""The clinician report dialog: choose, then save; nothing chosen means no entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.reports.document import MarkdownBlock
from companion.ui.reports.clinician_dialog import ClinicianReportDialog
from companion.ui.reports.pdf import page_texts, pdf_page_count
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.session import Session
from companion.ui.shell.theme import apply_theme


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


def test_at_200_percent_text_it_fits_the_screen_and_scrolls_as_a_whole(
    qtbot: QtBot, qapp: QApplication, session: Session, clock: FakeClock
) -> None:
    """Doubled text: the dialog opens no larger than its screen's work area (less the
    frame); in a window too small for everything the choices scroll as one, and Save,
    Print and Close stay in view."""
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    apply_theme(qapp, "light")
    dialog = ClinicianReportDialog(session, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()
    # Far more than the screen at 34 lines of doubled text: it was cut to fit.
    assert dialog.height() < dialog.fontMetrics().height() * 34
    buttons = [dialog.pdf_button, dialog.print_button]
    dialog.resize(dialog.width(), dialog.fontMetrics().height() * 12)
    for _ in range(3):
        qapp.processEvents()
    bar = dialog.body_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the choices scroll
    assert dialog.body_scroll.horizontalScrollBar().maximum() == 0  # down only
    for button in buttons:
        assert not dialog.body_scroll.isAncestorOf(button)
        spot = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(spot), button.text()
    # Scrolled to the end, the list's buttons are reached.
    bar.setValue(bar.maximum())
    dialog.body_scroll.ensureWidgetVisible(dialog.none_button)
    spot = dialog.none_button.mapTo(
        dialog.body_scroll.viewport(), dialog.none_button.rect().center()
    )
    assert dialog.body_scroll.viewport().rect().contains(spot)


def test_a_long_entry_line_ends_in_an_ellipsis_with_the_whole_line_as_tooltip(
    dialog: ClinicianReportDialog,
) -> None:
    assert dialog.entries.textElideMode() == Qt.TextElideMode.ElideRight
    assert dialog.entries.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for row in range(dialog.entries.count()):
        item = dialog.entries.item(row)
        assert item.toolTip() == item.text()


def test_made_as_small_as_it_goes_it_still_scrolls_down_only(
    qtbot: QtBot, dialog: ClinicianReportDialog
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1, 1)  # the window manager keeps it at its minimum size
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.body_scroll.horizontalScrollBar().maximum() == 0
    assert dialog.body_scroll.viewport().width() >= dialog.body.minimumSizeHint().width()
    assert dialog.body_scroll.verticalScrollBar().maximum() > 0
    for button in (dialog.pdf_button, dialog.print_button):
        assert dialog.rect().contains(button.geometry())


def test_its_dates_are_written_one_way_with_the_whole_year(
    qtbot: QtBot, session: Session, clock: FakeClock
) -> None:
    """The fields said "2026-02-13" above a list that said "3/14/26"."""
    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        widget = ClinicianReportDialog(session, clock)
        qtbot.addWidget(widget)
        assert widget.end_edit.text() == "3/14/2026"
        assert widget.start_edit.text() == "2/13/2026"
        newest = widget.entries.item(0).text()
        assert newest.startswith("3/14/2026 · ")
    finally:
        QLocale.setDefault(original)
