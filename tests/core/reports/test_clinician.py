"""The report for a clinician, built from a small journal worked out by hand.

Range: Monday 2 to Sunday 8 March 2026; today is the 14th.

Entries: 2nd 08:00 Good (outdoors; calm) · 3rd 20:00 Awful (sad) · 5th Bad and 5th Okay
(day mood 2.5, which rounds to Okay) · 6th an entry in the trash.
Day moods: 4.0, 1.0, 2.5 — three days of seven, average 2.5, one low day (the 3rd).
Check-ins: 2nd water and rest · 4th water · 9th water (outside the range).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import sqlcipher3

from companion.core.checkins.store import CheckinStore
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.insights import DateRange
from companion.core.journal import Journal
from companion.core.journal.models import Entry, EntryDraft, Mood
from companion.core.reports import as_text, clinician_report
from companion.core.reports.clinician import granularity_for
from companion.core.reports.document import (
    Chart,
    Document,
    Heading,
    MarkdownBlock,
    PageBreak,
    Paragraph,
    TableBlock,
)
from companion.core.vault.service import VaultService

SPAN = DateRange(date(2026, 3, 2), date(2026, 3, 8))
TODAY = date(2026, 3, 14)


@pytest.fixture
def conn() -> Iterator[sqlcipher3.Connection]:
    vault = VaultService(schemas=FEATURE_SCHEMAS).in_memory()
    yield vault.connection
    vault.lock()


@pytest.fixture
def entries(conn: sqlcipher3.Connection) -> list[Entry]:
    clock = FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=UTC))
    journal = Journal(conn, clock)

    def add(day: int, hour: int, mood: Mood, text: str, **more: object) -> Entry:
        when = datetime(2026, 3, day, hour, 0, tzinfo=UTC)
        return journal.create(EntryDraft(text=text, mood=mood, created_at=when, **more))  # type: ignore[arg-type]

    walk = add(
        2,
        8,
        Mood.GOOD,
        "A walk **by the river**.",
        title="Walk",
        tags=("outdoors",),
        emotions=("calm",),
    )
    hard = add(3, 20, Mood.AWFUL, "Hard day.", emotions=("sad",))
    add(5, 9, Mood.BAD, "Tired.")
    add(5, 19, Mood.OKAY, "Better.")
    gone = add(6, 9, Mood.AWFUL, "Deleted.")
    journal.delete(gone.id)
    store = CheckinStore(conn, clock)
    actions = {a.builtin: a.id for a in store.actions()}
    for day, key in ((2, "water"), (2, "rest"), (4, "water"), (9, "water")):
        store.set_done(date(2026, 3, day), actions[key], True)
    return [hard, walk, journal.get(gone.id)]


def blocks_of(document: Document, kind: type) -> list:  # type: ignore[type-arg]
    return [b for b in document.blocks if isinstance(b, kind)]


def test_the_mood_section_by_hand(conn: sqlcipher3.Connection, entries: list[Entry]) -> None:
    report = clinician_report(conn, SPAN, TODAY)
    assert report.title == "Mood and self-care summary"
    assert report.subtitle == "2026-03-02 to 2026-03-08"
    texts = [p.text for p in blocks_of(report, Paragraph)]
    assert (
        "Days with a mood: 3 of 7. Average day mood: 2.50. Days with a low mood (Awful or Bad): 1."
    ) in texts
    chart = blocks_of(report, Chart)[0]
    average, rolling = chart.series
    assert [y for _, y in average.points] == [4.0, 1.0, None, 2.5, None, None, None]
    assert rolling.points[2][1] == pytest.approx(2.5)  # (4 + 1) / 2
    assert [label for _, label in chart.y_ticks] == ["Awful", "Bad", "Okay", "Good", "Great"]
    assert (chart.y_min, chart.y_max) == (1.0, 5.0)
    assert chart.description


def test_the_checkin_section_by_hand(conn: sqlcipher3.Connection, entries: list[Entry]) -> None:
    report = clinician_report(conn, SPAN, TODAY)
    assert any(
        p.text == "Days with at least one self-care action ticked: 2 of 7."
        for p in blocks_of(report, Paragraph)
    )
    actions, weeks = (
        t
        for t in blocks_of(report, TableBlock)
        if t.caption.startswith(("Self-care actions", "Days with"))
    )
    table = {row[0]: row[1:] for row in actions.rows}
    assert table["Drank some water"] == ("2", "29")  # 2 of 7 days
    assert table["Took a moment to rest"] == ("1", "14")
    assert table["Got some sleep"] == ("0", "0")
    assert actions.numeric == (False, True, True)
    assert weeks.rows == (("2026-03-02", "2", "7"),)


def test_patterns_claim_nothing_from_a_week(
    conn: sqlcipher3.Connection, entries: list[Entry]
) -> None:
    report = clinician_report(conn, SPAN, TODAY)
    assert any("Not enough days yet" in p.text for p in blocks_of(report, Paragraph))
    loose = clinician_report(conn, SPAN, TODAY, min_days=1)
    patterns = [t for t in blocks_of(loose, TableBlock) if "with mood" in t.caption]
    assert patterns
    assert all(row[-1] for row in patterns[0].rows)


def test_only_chosen_live_entries_appear_in_order_after_a_page_break(
    conn: sqlcipher3.Connection, entries: list[Entry]
) -> None:
    report = clinician_report(conn, SPAN, TODAY, entries=entries)
    index = next(i for i, b in enumerate(report.blocks) if isinstance(b, PageBreak))
    tail = report.blocks[index + 1 :]
    assert tail[0] == Heading("Journal entries chosen to share")
    headings = [b.text for b in tail if isinstance(b, Heading) and b.level == 2]
    assert headings == ["2026-03-02 08:00 — Walk", "2026-03-03 20:00"]
    assert [b.text for b in tail if isinstance(b, MarkdownBlock)] == [
        "A walk **by the river**.",
        "Hard day.",
    ]
    meta = [b.text for b in tail if isinstance(b, Paragraph)]
    assert meta[0] == "Mood: Good · Emotions: calm · Tags: outdoors"
    assert "Deleted." not in as_text(report)


def test_no_entries_no_entry_section_and_sections_can_be_left_out(
    conn: sqlcipher3.Connection, entries: list[Entry]
) -> None:
    report = clinician_report(conn, SPAN, TODAY, include_checkins=False, include_patterns=False)
    headings = [b.text for b in blocks_of(report, Heading)]
    assert headings == ["Mood"]
    assert not blocks_of(report, PageBreak)


def test_fixed_phrases_are_translated_and_the_persons_words_are_not(
    conn: sqlcipher3.Connection, entries: list[Entry]
) -> None:
    report = clinician_report(conn, SPAN, TODAY, entries=entries[:1], translate=lambda s: f"«{s}»")
    assert report.title == "«Mood and self-care summary»"
    assert MarkdownBlock("Hard day.") in report.blocks
    text = as_text(report)
    assert "«Mood»" in text
    assert "[chart:" in text
    assert "[page break]" in text


def test_the_chart_granularity_follows_the_length_of_the_range() -> None:
    assert granularity_for(DateRange(date(2026, 1, 1), date(2026, 3, 3))).value == "day"
    assert granularity_for(DateRange.year(2026)).value == "week"
    assert granularity_for(DateRange(date(2020, 1, 1), date(2026, 1, 1))).value == "month"


def test_weeks_are_cut_to_the_range_and_to_today(
    conn: sqlcipher3.Connection, entries: list[Entry]
) -> None:
    def weeks(span: DateRange) -> tuple[tuple[str, ...], ...]:
        report = clinician_report(conn, span, TODAY, include_patterns=False)
        return next(t for t in blocks_of(report, TableBlock) if "by week" in t.caption).rows

    # Wednesday 4 to Tuesday 10: ticks on the 4th and the 9th (the 2nd is outside).
    assert weeks(DateRange(date(2026, 3, 4), date(2026, 3, 10))) == (
        ("2026-03-04", "1", "5"),
        ("2026-03-09", "1", "2"),
    )
    # A range running past today counts only the days up to today.
    assert weeks(DateRange(date(2026, 3, 9), date(2026, 3, 20))) == (("2026-03-09", "1", "6"),)
    assert weeks(DateRange(date(2026, 3, 20), date(2026, 3, 25))) == ()


def test_feeling_tag_and_action_names_go_through_the_name_translator(
    conn: sqlcipher3.Connection, entries: list[Entry]
) -> None:
    """The UI shows built-in names in the person's language; so does the report."""
    report = clinician_report(
        conn,
        SPAN,
        TODAY,
        entries=entries,
        min_days=1,
        translate=lambda s: f"«{s}»",
        name=lambda n: n.upper(),
    )
    text = as_text(report)
    assert "CALM" in text
    assert "SAD" in text
    assert "OUTDOORS" in text
    assert "calm" not in text
    patterns = next(t for t in blocks_of(report, TableBlock) if "with mood" in t.caption)
    assert all(row[0] == str(row[0]).upper() for row in patterns.rows)
    assert all(str(row[1]).startswith("«") for row in patterns.rows)  # the kind's word
