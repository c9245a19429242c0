"""Entries keep their own local time on every screen, whatever the zone is now.

The journal stores each entry's UTC offset and files it under its own local date (the
calendar and the day filter use that date). Screens that converted entries to today's
offset moved a winter entry written at 23:30 to the next day after the switch to summer
time: the calendar and the timeline then disagreed about which day it belonged to.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.clock import FakeClock, SystemClock, local_datetime
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.vault import Vault
from companion.ui.journal.entry_editor import EntryEditor
from companion.ui.journal.search_bar import SearchBar
from companion.ui.journal.timeline_view import TimelineView, entry_summary
from companion.ui.journal.trash_view import TrashView
from companion.ui.shell.session import Session

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))
LATE_WINTER_EVENING = datetime(2026, 1, 14, 23, 30, tzinfo=WINTER)


@pytest.fixture
def summer_session(qapp: object) -> Iterator[Session]:
    clock = FakeClock(datetime(2026, 7, 1, 12, 0, tzinfo=SUMMER))
    s = Session(clock)
    s.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock))
    yield s
    s.lock()


def _winter_entry(session: Session) -> int:
    draft = EntryDraft(text="late thoughts", created_at=LATE_WINTER_EVENING)
    return session.save_entry(None, draft).id


def test_timeline_files_an_entry_under_its_own_day(summer_session: Session, qtbot) -> None:
    _winter_entry(summer_session)
    view = TimelineView(summer_session)
    qtbot.addWidget(view)
    view.timeline_model.reload()
    days = {row.day for row in view.timeline_model._rows}
    assert days == {date(2026, 1, 14)}
    assert summer_session.journal.days_with_entries(2026, 1) == {date(2026, 1, 14): 1}


def test_summary_reads_the_time_it_was_written(summer_session: Session) -> None:
    entry_id = _winter_entry(summer_session)
    entry = summer_session.journal.get(entry_id)
    assert entry_summary(entry).startswith("23:30")


def test_editor_shows_and_keeps_the_written_time(summer_session: Session, qtbot) -> None:
    entry_id = _winter_entry(summer_session)
    editor = EntryEditor(summer_session, summer_session.clock)
    qtbot.addWidget(editor)
    assert editor.open_entry(entry_id)
    shown = editor.when_edit.dateTime()
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (14, 23, 30)
    editor.title_edit.setText("A title")
    assert editor.save_now()
    saved = summer_session.journal.get(entry_id)
    assert saved.created_at == LATE_WINTER_EVENING
    assert saved.created_at.date() == date(2026, 1, 14)


def test_search_and_trash_show_the_entry_day(summer_session: Session, qtbot) -> None:
    entry_id = _winter_entry(summer_session)
    bar = SearchBar(summer_session)
    qtbot.addWidget(bar)
    bar.query_edit.setText("late")
    bar.run_search()
    dates = bar.results.results_model._date_text
    assert len(dates) == 1
    assert "14" in dates[0]
    assert "23:30" in dates[0]
    summer_session.delete_entry(entry_id)
    trash = TrashView(summer_session, None, None)
    qtbot.addWidget(trash)
    trash.refresh()
    assert "14" in trash.list.item(0).text()


def test_local_datetime_uses_the_offset_of_that_date_on_the_system_clock() -> None:
    naive = datetime(2026, 1, 14, 23, 30)
    moment = local_datetime(SystemClock(), naive)
    assert moment.replace(tzinfo=None) == naive
    assert moment.utcoffset() == naive.astimezone().utcoffset()


def test_local_datetime_on_a_fake_clock_uses_its_zone() -> None:
    clock = FakeClock(datetime(2026, 7, 1, 12, 0, tzinfo=SUMMER))
    moment = local_datetime(clock, datetime(2026, 1, 14, 23, 30))
    assert moment == datetime(2026, 1, 14, 23, 30, tzinfo=SUMMER)
