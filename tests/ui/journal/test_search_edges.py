"""Search input the filters allow but the journal refuses never reaches the crash path."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.models import EntryDraft
from companion.ui.journal.search_bar import SearchBar
from companion.ui.journal.search_results import HTML_ROLE
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


def test_snippets_show_the_entry_formatted_not_its_markdown(qtbot: QtBot, session: Session) -> None:
    session.save_entry(None, EntryDraft(text="After work I had a **long walk** by the sea."))
    bar = SearchBar(session)
    qtbot.addWidget(bar)
    bar.query_edit.setText("walk")
    bar.run_search()
    model = bar.results.results_model
    assert model.rowCount() == 1
    index = model.index(0, 0)
    html = str(model.data(index, HTML_ROLE))
    assert "**" not in html
    assert "<strong>long <b>walk</b></strong>" in html
    spoken = str(model.data(index, Qt.ItemDataRole.AccessibleTextRole))
    assert "long walk by the sea" in spoken
    assert "**" not in spoken
