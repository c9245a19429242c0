"""The "report for my clinician": mood, check-ins, patterns and chosen entries.

Built from the open vault for a date range the person chooses. Entries appear only if
the person picked them. Fixed English phrases go through ``translate`` so the report is
in the person's language; their own words (entries, labels) never do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import sqlcipher3

from companion.core.insights import data
from companion.core.insights.correlations import DEFAULT_MIN_DAYS, CorrelationTable
from companion.core.insights.models import DateRange, DayMood, Granularity, mean, nearest_mood
from companion.core.insights.mood import MoodSeries, periods
from companion.core.insights.service import Insights
from companion.core.journal.models import Entry, Mood
from companion.core.reports.document import (
    Block,
    Chart,
    ChartKind,
    ChartSeries,
    Document,
    Heading,
    MarkdownBlock,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    TableBlock,
    table_block,
)

MOOD_TICKS = tuple((float(m.value), m.label) for m in Mood)
Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def granularity_for(span: DateRange) -> Granularity:
    """Days for up to two months, weeks for up to two years, months beyond."""
    if span.days <= 62:
        return Granularity.DAY
    return Granularity.WEEK if span.days <= 731 else Granularity.MONTH


def clinician_report(
    connection: sqlcipher3.Connection,
    span: DateRange,
    today: date,
    *,
    entries: Sequence[Entry] = (),
    include_checkins: bool = True,
    include_patterns: bool = True,
    min_days: int = DEFAULT_MIN_DAYS,
    translate: Translate = _same,
    name: Translate = _same,
) -> Document:
    """Build the report document (the UI renders it to PDF).

    Args:
        connection: The open vault's connection.
        span: The dates the report covers.
        today: The person's today (days after it are not counted as check-in days).
        entries: The entries the person chose to share (in the trash: left out).
        include_checkins: Add the check-in summary.
        include_patterns: Add how activities and check-ins went with mood (only rows
            with at least ``min_days`` days on each side).
        translate: Turns fixed English phrases into the person's language.
        name: Turns the stored name of a feeling, tag or check-in action into the
            words the person's screens show for it.
    """
    t = translate
    insights = Insights(connection)
    moods = insights.day_moods(span)
    blocks: list[Block] = [
        Paragraph(
            t("Prepared on {today} with Companion. The person who kept this journal chose "
              "what it contains.").format(today=today.isoformat()),
            ParagraphStyle.META,
        ),
    ]  # fmt: skip
    series = insights.mood_over_time(span, granularity_for(span))
    blocks += _mood_section(moods, series, span, t)
    if include_checkins:
        blocks += _checkin_section(connection, span, today, t)
    if include_patterns:
        blocks += _pattern_section(insights.correlations(span, min_days), t, name)
    shared = sorted((e for e in entries if not e.in_trash), key=lambda e: (e.created_at, e.id))
    if shared:
        blocks += [PageBreak(), Heading(t("Journal entries chosen to share"))]
        for entry in shared:
            blocks += _entry_blocks(entry, t, name)
    return Document(
        t("Mood and self-care summary"),
        t("{start} to {end}").format(start=span.start.isoformat(), end=span.end.isoformat()),
        tuple(blocks),
    )


def _mood_section(
    moods: dict[date, DayMood], series: MoodSeries, span: DateRange, t: Translate
) -> list[Block]:
    low = sum(1 for m in moods.values() if nearest_mood(m.average) <= Mood.BAD)
    average = mean([m.average for m in moods.values()])
    facts = t("Days with a mood: {days} of {total}.").format(days=len(moods), total=span.days)
    if average is not None:
        facts += " " + t("Average day mood: {average:.2f}.").format(average=average)
        facts += " " + t("Days with a low mood (Awful or Bad): {low}.").format(low=low)
    unit = {Granularity.DAY: "day", Granularity.WEEK: "week", Granularity.MONTH: "month"}
    chart = Chart(
        ChartKind.LINE,
        t("Mood over time"),
        (
            ChartSeries(t("Average mood"), tuple((p.start, p.average) for p in series.points)),
            ChartSeries(t("Rolling average"), tuple((p.start, p.rolling) for p in series.points)),
        ),
        1.0,
        5.0,
        tuple((value, t(label)) for value, label in MOOD_TICKS),
        t("Average mood per {unit}, from 1 (Awful) to 5 (Great), with a rolling average.").format(
            unit=t(unit[series.granularity])
        ),
    )
    return [
        Heading(t("Mood")),
        Paragraph(
            t("Mood is recorded on a five-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great."),
            ParagraphStyle.NOTE,
        ),
        Paragraph(facts),
        chart,
        _translated(table_block(series.table()), t),
    ]


def _checkin_section(
    connection: sqlcipher3.Connection, span: DateRange, today: date, t: Translate
) -> list[Block]:
    last = min(span.end, today)
    counted = (last - span.start).days + 1 if last >= span.start else 0
    ticks = data.checkin_days(connection, span)
    actions = data.checkin_actions(connection)
    cared = set().union(*ticks.values()) if ticks else set()
    rows = []
    for action_id, (label, shown) in actions.items():
        days = len(ticks.get(action_id, ()))
        if shown or days:
            share = f"{100 * days / counted:.0f}" if counted else "–"
            rows.append((label, str(days), share))
    # Weeks run Monday to Sunday, cut to the range (and to today) at both ends.
    weeks = []
    for start, end in periods(DateRange(span.start, last), Granularity.WEEK) if counted else []:
        days = sum(1 for day in cared if start <= day <= end)
        weeks.append((start.isoformat(), str(days), str((end - start).days + 1)))
    return [
        Heading(t("Self-care check-ins")),
        Paragraph(
            t("Days with at least one self-care action ticked: {days} of {total}.").format(
                days=len(cared), total=counted
            )
        ),
        TableBlock(
            t("Self-care actions"),
            (t("Action"), t("Days ticked"), t("Share of days (%)")),
            tuple(rows),
            (False, True, True),
        ),
        TableBlock(
            t("Days with a self-care action, by week"),
            (t("Week from"), t("Days"), t("Days counted")),
            tuple(weeks),
            (False, True, True),
        ),
    ]


def _pattern_section(table: CorrelationTable, t: Translate, name: Translate) -> list[Block]:
    blocks: list[Block] = [
        Heading(t("Patterns")),
        Paragraph(
            t("These compare the person's own days with and without each activity or "
              "self-care action. They describe; they do not show causes. Only rows with at "
              "least {days} days on each side are shown.").format(days=table.min_days),
            ParagraphStyle.NOTE,
        ),
    ]  # fmt: skip
    enough = CorrelationTable(table.min_days, tuple(r for r in table.rows if r.enough))
    if not enough.rows:
        blocks.append(Paragraph(t("Not enough days yet to describe any pattern.")))
    else:
        block = _translated(table_block(enough.table()), t)
        # Each row starts with the activity's or action's name, then its kind's word.
        rows = tuple((name(row[0]), t(row[1]), *row[2:]) for row in block.rows)
        blocks.append(TableBlock(block.caption, block.headers, rows, block.numeric))
    return blocks


def _entry_blocks(entry: Entry, t: Translate, name: Translate) -> list[Block]:
    when = entry.created_at.strftime("%Y-%m-%d %H:%M")
    facts = []
    if entry.mood is not None:
        facts.append(t("Mood: {mood}").format(mood=t(entry.mood.label)))
    if entry.emotions:
        names = ", ".join(name(n) for n in entry.emotions)
        facts.append(t("Emotions: {names}").format(names=names))
    if entry.tags:
        facts.append(t("Tags: {names}").format(names=", ".join(name(n) for n in entry.tags)))
    blocks: list[Block] = [Heading(f"{when} — {entry.title}" if entry.title else when, 2)]
    if facts:
        blocks.append(Paragraph(" · ".join(facts), ParagraphStyle.META))
    if entry.text.strip():
        blocks.append(MarkdownBlock(entry.text))
    return blocks


def _translated(block: TableBlock, t: Translate) -> TableBlock:
    return TableBlock(
        t(block.caption), tuple(t(h) for h in block.headers), block.rows, block.numeric
    )
