"""Search input the filters allow but the journal refuses never reaches the crash path."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from companion.core.journal.models import EntryDraft
from companion.ui.journal.search_bar import SearchBar
from companion.ui.shell.session import Session


def test_reversed_dates_say_so_instead_of_failing(qtbot: QtBot, session: Session) -> None:
    session.save_entry(None, EntryDraft(text="a walk by the sea"))
    bar = SearchBar(session)
    qtbot.addWidget(bar)
    bar.from_check.setChecked(True)
    bar.to_check.setChecked(True)
    bar.from_edit.setDate(QDate(2026, 2, 1))
    bar.to_edit.setDate(QDate(2026, 1, 1))
    bar.run_search()  # used to raise InvalidEntry out of a timer slot
    assert bar.results.results_model.hits() == []
    assert "From" in bar.status_label.text()
    assert not bar.status_label.isHidden()
    bar.to_edit.setDate(QDate(2026, 3, 1))
    bar.run_search()
    assert "From" not in bar.status_label.text()
