"""Full-text search, filters, timeline paging and the calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.errors import EntryNotFound, InvalidEntry
from companion.core.journal import Journal
from companion.core.journal.models import Entry, EntryDraft, EntryFilter, Mood


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 2, day, hour, tzinfo=UTC)


@pytest.fixture
def diary(journal: Journal) -> dict[str, Entry]:
    made = {
        "walk": EntryDraft(
            text="Went for a long walk by the river. Café au lait after.",
            mood=Mood.GOOD,
            tags=("outdoors",),
            emotions=("calm",),
            created_at=_at(1),
        ),
        "work": EntryDraft(
            text="Deadline at work, too many meetings.",
            title="Busy",
            mood=Mood.BAD,
            tags=("work",),
            emotions=("stressed", "tired"),
            created_at=_at(2),
        ),
        "walkwork": EntryDraft(
            text="A walk at lunch made the work day lighter.",
            mood=Mood.OKAY,
            tags=("work", "outdoors"),
            created_at=_at(3),
        ),
        "sister": EntryDraft(
            text="Called my sister. We laughed about the walking holiday.",
            mood=Mood.GREAT,
            tags=("family",),
            emotions=("loved",),
            created_at=_at(10),
        ),
    }
    return {key: journal.create(draft) for key, draft in made.items()}


def _ids(entries: list[Entry]) -> list[int]:
    return [e.id for e in entries]


def test_words_match_with_highlights(journal: Journal, diary: dict[str, Entry]) -> None:
    hits = journal.search("river")
    assert [h.entry.id for h in hits] == [diary["walk"].id]
    (span,) = hits[0].highlights
    assert hits[0].snippet[span.start : span.end].lower() == "river"


def test_the_last_word_is_a_prefix_while_typing(journal: Journal, diary: dict[str, Entry]) -> None:
    found = {h.entry.id for h in journal.search("wal")}
    assert found == {diary["walk"].id, diary["walkwork"].id, diary["sister"].id}
    # After a space the word is complete: "walk " does not match "walking".
    assert {h.entry.id for h in journal.search("walk ")} == {
        diary["walk"].id,
        diary["walkwork"].id,
    }


def test_all_words_must_match(journal: Journal, diary: dict[str, Entry]) -> None:
    assert [h.entry.id for h in journal.search("walk work")] == [diary["walkwork"].id]


def test_quoted_phrases(journal: Journal, diary: dict[str, Entry]) -> None:
    assert [h.entry.id for h in journal.search('"long walk"')] == [diary["walk"].id]
    assert journal.search('"walk long"') == []
    # An unclosed quote still searches the phrase typed so far.
    assert [h.entry.id for h in journal.search('"long wa')] == [diary["walk"].id]


def test_diacritics_and_case_do_not_matter(journal: Journal, diary: dict[str, Entry]) -> None:
    assert [h.entry.id for h in journal.search("CAFE")] == [diary["walk"].id]
    assert [h.entry.id for h in journal.search("café")] == [diary["walk"].id]


def test_title_tags_and_emotions_are_searched(journal: Journal, diary: dict[str, Entry]) -> None:
    assert [h.entry.id for h in journal.search("busy")] == [diary["work"].id]
    assert [h.entry.id for h in journal.search("family")] == [diary["sister"].id]
    assert [h.entry.id for h in journal.search("stressed")] == [diary["work"].id]


def test_fts_syntax_is_plain_text(journal: Journal, diary: dict[str, Entry]) -> None:
    for query in ("walk OR sister", "NEAR(walk sister)", "text:walk", "walk*", "^walk", "(", '"'):
        journal.search(query)  # never raises
    assert journal.search("walk OR sister") == []  # OR is a word here, not an operator
    assert [h.entry.id for h in journal.search("work-day")] == [diary["walkwork"].id]


def test_relevance_then_recency(journal: Journal) -> None:
    older = journal.create(EntryDraft(text="rain", created_at=_at(1)))
    newer = journal.create(EntryDraft(text="rain", created_at=_at(5)))
    strong = journal.create(EntryDraft(text="rain rain rain on the roof", title="rain"))
    assert [h.entry.id for h in journal.search("rain")] == [strong.id, newer.id, older.id]


def test_no_words_gives_the_filtered_timeline(journal: Journal, diary: dict[str, Entry]) -> None:
    hits = journal.search("  !!! ", EntryFilter(tags=frozenset({"outdoors"})))
    assert [h.entry.id for h in hits] == [diary["walkwork"].id, diary["walk"].id]
    assert hits[0].highlights == ()
    assert hits[0].snippet.startswith("A walk at lunch")


def test_trash_is_never_found(journal: Journal, diary: dict[str, Entry]) -> None:
    journal.delete(diary["sister"].id)
    assert journal.search("sister") == []
    assert diary["sister"].id not in _ids(journal.timeline())
    journal.restore(diary["sister"].id)
    assert [h.entry.id for h in journal.search("sister")] == [diary["sister"].id]


def test_edits_are_searchable_and_old_words_are_gone(
    journal: Journal, diary: dict[str, Entry]
) -> None:
    journal.update(diary["walk"].id, EntryDraft(text="Stayed in and baked bread."))
    assert journal.search("river") == []
    assert [h.entry.id for h in journal.search("bread")] == [diary["walk"].id]


@pytest.mark.parametrize(
    ("flt", "keys"),
    [
        (EntryFilter(moods=frozenset({Mood.GOOD, Mood.GREAT})), ["sister", "walk"]),
        (EntryFilter(tags=frozenset({"WORK"})), ["walkwork", "work"]),
        (EntryFilter(tags=frozenset({"work", "family"})), ["sister", "walkwork", "work"]),
        (EntryFilter(emotions=frozenset({"tired", "loved"})), ["sister", "work"]),
        (EntryFilter(tags=frozenset({"work"}), moods=frozenset({Mood.OKAY})), ["walkwork"]),
        (EntryFilter(date_from=date(2026, 2, 2), date_to=date(2026, 2, 3)), ["walkwork", "work"]),
        (EntryFilter(date_from=date(2026, 2, 4)), ["sister"]),
        (EntryFilter(tags=frozenset({"no such tag"})), []),
        (EntryFilter(emotions=frozenset({"nope"})), []),
    ],
)
def test_filters(
    journal: Journal, diary: dict[str, Entry], flt: EntryFilter, keys: list[str]
) -> None:
    expected = [diary[k].id for k in keys]
    assert _ids(journal.timeline(flt)) == expected
    assert journal.count(flt) == len(expected)


def test_search_with_filters(journal: Journal, diary: dict[str, Entry]) -> None:
    flt = EntryFilter(tags=frozenset({"work"}))
    assert [h.entry.id for h in journal.search("walk", flt)] == [diary["walkwork"].id]


def test_bad_filters_are_refused(journal: Journal) -> None:
    with pytest.raises(InvalidEntry):
        journal.timeline(EntryFilter(moods=frozenset({9})))  # type: ignore[arg-type]
    with pytest.raises(InvalidEntry):
        journal.timeline(EntryFilter(date_from=date(2026, 2, 2), date_to=date(2026, 2, 1)))
    with pytest.raises(InvalidEntry):
        journal.timeline(limit=0)
    with pytest.raises(InvalidEntry):
        journal.search("x", offset=-1)


def test_keyset_paging_walks_everything_once(journal: Journal, clock: FakeClock) -> None:
    made = []
    for n in range(23):
        made.append(journal.create(EntryDraft(text=f"n{n}", created_at=_at(1 + n % 5))))
    seen: list[int] = []
    page = journal.timeline(limit=5)
    while page:
        seen += _ids(page)
        page = journal.timeline(limit=5, before_id=page[-1].id)
    expected = sorted(made, key=lambda e: (e.created_at, e.id), reverse=True)
    assert seen == _ids(expected)


def test_paging_from_an_unknown_entry(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.timeline(before_id=99)


def test_search_offset_pages(journal: Journal) -> None:
    for n in range(7):
        journal.create(EntryDraft(text="same words", created_at=_at(1) + timedelta(hours=n)))
    first = journal.search("same", limit=4)
    rest = journal.search("same", limit=4, offset=4)
    assert len(first) == 4
    assert len(rest) == 3
    assert not {h.entry.id for h in first} & {h.entry.id for h in rest}


def test_days_with_entries_rejects_bad_months(journal: Journal) -> None:
    with pytest.raises(InvalidEntry):
        journal.days_with_entries(2026, 13)


def test_index_stays_consistent(
    journal: Journal, diary: dict[str, Entry], conn: sqlcipher3.Connection
) -> None:
    journal.update(diary["work"].id, EntryDraft(text="changed"))
    journal.delete(diary["walk"].id)
    journal.empty_trash()
    conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_timeline_uses_its_index(conn: sqlcipher3.Connection) -> None:
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM entry AS e WHERE e.deleted_us IS NULL"
        " AND (e.created_us, e.id) < (1, 1) ORDER BY e.created_us DESC, e.id DESC LIMIT 50"
    ).fetchall()
    text = " ".join(str(row[-1]) for row in plan)
    assert "entry_timeline" in text
    assert "TEMP B-TREE" not in text


def test_the_journal_sizes_the_page_cache(journal: Journal, conn: sqlcipher3.Connection) -> None:
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -32 * 1024


def test_ranking_window_pages_cover_every_match_once(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.core.journal import search as searching

    monkeypatch.setattr(searching, "RANK_WINDOW", 3)
    made = [
        journal.create(EntryDraft(text="rain " * (1 + n % 3) + "day", created_at=_at(1 + n)))
        for n in range(8)
    ]
    journal.create(EntryDraft(text="sunny", created_at=_at(20)))
    seen: list[int] = []
    for offset in range(0, 10, 3):
        seen += [h.entry.id for h in journal.search("rain", limit=3, offset=offset)]
    assert sorted(seen) == sorted(e.id for e in made)
    assert len(seen) == len(set(seen))
    # The 3 most recently written matches come first, strongest first; then the rest,
    # newest first.
    newest = made[-3:]
    assert seen[:3] == [e.id for e in sorted(newest, key=lambda e: (-e.text.count("rain"), -e.id))]
    assert seen[3:] == [e.id for e in reversed(made[:-3])]
    with_filter = journal.search("rain", EntryFilter(date_from=date(2026, 2, 6)), limit=50)
    assert {h.entry.id for h in with_filter} == {e.id for e in made[5:]}
