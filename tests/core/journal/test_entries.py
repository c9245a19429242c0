"""Entries: create, read, edit, trash, restore, empty the trash, validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.errors import EntryNotFound, InvalidEntry
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, Mood

LISBON = ZoneInfo("Europe/Lisbon")
TOKYO = ZoneInfo("Asia/Tokyo")


def test_create_and_get_round_trip(journal: Journal, clock: FakeClock) -> None:
    draft = EntryDraft(
        text="A *good* day.\n\n- walked\n- read",
        title="Sunday",
        mood=Mood.GOOD,
        emotions=("calm", "grateful"),
        tags=("outdoors", "slept well"),
    )
    entry = journal.create(draft)
    assert entry.id > 0
    assert journal.get(entry.id) == entry
    assert (entry.text, entry.title, entry.mood) == (draft.text, "Sunday", Mood.GOOD)
    assert entry.emotions == ("calm", "grateful")
    assert entry.tags == ("outdoors", "slept well")
    assert entry.created_at == clock.now() == entry.edited_at
    assert entry.created_at.utcoffset() is not None
    assert not entry.in_trash


def test_names_are_matched_without_case_and_kept_in_order(journal: Journal) -> None:
    entry = journal.create(
        EntryDraft(emotions=("Tired", " anxious ", "TIRED"), tags=("Slept  Well", "WORK"))
    )
    assert entry.emotions == ("tired", "anxious")
    assert entry.tags == ("slept well", "work")


def test_local_date_and_time_stay_those_of_the_moment_written(journal: Journal) -> None:
    # 23:30 in Lisbon is already the next day in Tokyo and in UTC+1.
    moment = datetime(2025, 12, 31, 23, 30, tzinfo=LISBON)
    entry = journal.create(EntryDraft(text="late", created_at=moment))
    assert entry.created_at == moment
    assert (entry.created_at.hour, entry.created_at.date().day) == (23, 31)
    assert journal.days_with_entries(2025, 12) == {moment.date(): 1}
    assert journal.days_with_entries(2026, 1) == {}
    tokyo = journal.create(EntryDraft(created_at=moment.astimezone(TOKYO)))
    assert tokyo.created_at == moment  # the same instant ...
    assert tokyo.created_at.date().isoformat() == "2026-01-01"  # ... on Tokyo's day
    assert journal.days_with_entries(2026, 1) == {tokyo.created_at.date(): 1}


def test_several_entries_a_day_are_counted(journal: Journal, clock: FakeClock) -> None:
    for _ in range(3):
        journal.create(EntryDraft(text="again"))
        clock.advance(3600)
    assert journal.days_with_entries(2026, 3) == {clock.now().date(): 3}
    assert journal.count() == 3


def test_update_keeps_creation_time_and_records_the_edit(
    journal: Journal, clock: FakeClock
) -> None:
    entry = journal.create(EntryDraft(text="first", mood=Mood.BAD, tags=("work",)))
    clock.advance(90)
    edited = journal.update(entry.id, EntryDraft(text="second", emotions=("relieved",)))
    assert edited.created_at == entry.created_at
    assert edited.edited_at == entry.edited_at + timedelta(seconds=90)
    assert (edited.text, edited.mood, edited.tags, edited.emotions) == (
        "second",
        None,
        (),
        ("relieved",),
    )
    moved = journal.update(
        entry.id, EntryDraft(text="second", created_at=datetime(2024, 2, 29, 8, tzinfo=UTC))
    )
    assert moved.created_at == datetime(2024, 2, 29, 8, tzinfo=UTC)
    assert journal.days_with_entries(2024, 2) == {moved.created_at.date(): 1}


def test_trash_restore_and_empty(journal: Journal, conn: sqlcipher3.Connection) -> None:
    keep = journal.create(EntryDraft(text="keep"))
    gone = journal.create(EntryDraft(text="gone", tags=("music",), emotions=("sad",)))
    journal.delete(gone.id)
    journal.delete(gone.id)  # twice is harmless
    assert [e.id for e in journal.timeline()] == [keep.id]
    assert [e.id for e in journal.trash()] == [gone.id]
    assert journal.get(gone.id).in_trash
    assert journal.count() == 1
    restored = journal.restore(gone.id)
    assert not restored.in_trash
    assert journal.count() == 2
    journal.delete(gone.id)
    assert journal.empty_trash() == 1
    with pytest.raises(EntryNotFound):
        journal.get(gone.id)
    assert journal.trash() == []
    for table in ("entry_text", "entry_tag", "entry_emotion"):
        column = "id" if table == "entry_text" else "entry_id"
        rows = conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (gone.id,))
        assert rows.fetchone()[0] == 0
    assert journal.search("gone") == []


def test_delete_forever_only_from_the_trash(journal: Journal) -> None:
    entry = journal.create(EntryDraft(text="x"))
    with pytest.raises(InvalidEntry):
        journal.delete_forever(entry.id)
    journal.delete(entry.id)
    journal.delete_forever(entry.id)
    with pytest.raises(EntryNotFound):
        journal.get(entry.id)


def test_editing_a_trashed_entry_is_refused(journal: Journal) -> None:
    entry = journal.create(EntryDraft(text="x"))
    journal.delete(entry.id)
    with pytest.raises(InvalidEntry) as info:
        journal.update(entry.id, EntryDraft(text="y"))
    assert info.value.field == "id"


@pytest.mark.parametrize("call", ["get", "delete", "restore", "update"])
def test_missing_entries_raise_entry_not_found(journal: Journal, call: str) -> None:
    def act() -> object:
        if call == "update":
            return journal.update(404, EntryDraft())
        return getattr(journal, call)(404)

    with pytest.raises(EntryNotFound) as info:
        act()
    assert info.value.entry_id == 404


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (EntryDraft(mood=7), "mood"),  # type: ignore[arg-type]
        (EntryDraft(mood=True), "mood"),  # type: ignore[arg-type]
        (EntryDraft(mood="good"), "mood"),  # type: ignore[arg-type]
        (EntryDraft(created_at=datetime(2026, 1, 1, 12)), "created_at"),
        (EntryDraft(created_at="2026-01-01"), "created_at"),  # type: ignore[arg-type]
        (EntryDraft(created_at=datetime(1, 1, 1, tzinfo=UTC)), "created_at"),
        (EntryDraft(emotions=("elated-ish",)), "emotions"),
        (EntryDraft(emotions="calm"), "emotions"),  # type: ignore[arg-type]
        (EntryDraft(tags=("no such tag",)), "tags"),
        (EntryDraft(tags=("",)), "tags"),
        (EntryDraft(text="nul\x00byte"), "text"),
        (EntryDraft(text="bell\x07"), "text"),
        (EntryDraft(text="lone \ud800 surrogate"), "text"),
        (EntryDraft(text=42), "text"),  # type: ignore[arg-type]
        (EntryDraft(title="two\nlines"), "title"),
        (EntryDraft(title="t" * 201), "title"),
    ],
)
def test_invalid_drafts_are_refused_and_nothing_is_written(
    journal: Journal, draft: EntryDraft, field: str
) -> None:
    with pytest.raises(InvalidEntry) as info:
        journal.create(draft)
    assert info.value.field == field
    assert journal.count() == 0


def test_sub_second_offsets_are_refused(journal: Journal) -> None:
    odd = timezone(timedelta(hours=1, microseconds=5))
    with pytest.raises(InvalidEntry):
        journal.create(EntryDraft(created_at=datetime(2026, 1, 1, tzinfo=odd)))


def test_moods_given_as_plain_ints_are_accepted(journal: Journal) -> None:
    assert journal.create(EntryDraft(mood=2)).mood is Mood.BAD  # type: ignore[arg-type]


def test_blank_title_is_no_title(journal: Journal) -> None:
    assert journal.create(EntryDraft(title="   ")).title is None


def test_tabs_and_newlines_are_kept(journal: Journal) -> None:
    text = "line one\r\n\tindented\nemoji 🌱 and é"
    assert journal.get(journal.create(EntryDraft(text=text)).id).text == text


def test_a_naive_clock_is_refused(conn: sqlcipher3.Connection) -> None:
    class NaiveClock(FakeClock):
        def now(self) -> datetime:
            return datetime(2026, 1, 1)

    with pytest.raises(InvalidEntry):
        Journal(conn, NaiveClock()).create(EntryDraft())


def _index_blobs(conn: sqlcipher3.Connection) -> bytes:
    return b"".join(bytes(row[0]) for row in conn.execute("SELECT block FROM entry_fts_data"))


def test_deleting_forever_removes_the_words_from_the_search_index(
    journal: Journal, conn: sqlcipher3.Connection
) -> None:
    # A made-up word no other term shares more than its first letter with, so FTS5's
    # prefix compression cannot hide its tail.
    canary = "zqjxkvwpy"
    journal.create(EntryDraft(text="an ordinary day"))
    gone = journal.create(EntryDraft(text=f"secret {canary} words"))
    assert canary[1:].encode() in _index_blobs(conn)
    journal.delete(gone.id)
    assert journal.empty_trash() == 1
    assert canary[1:].encode() not in _index_blobs(conn)
    config = dict(conn.execute("SELECT k, v FROM entry_fts_config").fetchall())
    assert config.get("secure-delete", 0) == 0  # back to fast edits afterwards
    conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
