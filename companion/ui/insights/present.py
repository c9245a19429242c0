"""Insights as the screen shows them: chart data, one summary sentence and a table each.

Pure functions from the core's results to :mod:`companion.ui.reports.charts` data, so the
insights page, the self-test and the report share one way of wording and drawing them.
Sentences describe; they never judge a mood, and they say when there is too little data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QLocale

from companion.core.insights.correlations import CorrelationTable, Source
from companion.core.insights.emotions import EmotionFrequencies
from companion.core.insights.models import Granularity, nearest_mood
from companion.core.insights.mood import GroupedMood, MoodSeries, YearInPixels
from companion.ui.insights.table_model import TableContent, translated
from companion.ui.insights.words import mood_ticks, mood_word, word
from companion.ui.reports.charts import (
    Bar,
    BarChartData,
    LineChartData,
    LineSeries,
    PixelCell,
    PixelGridData,
)
from companion.ui.shell.i18n import translate

D = TypeVar("D")


@dataclass(frozen=True)
class View(Generic[D]):
    """What one chart panel shows."""

    data: D
    summary: str
    table: TableContent


def days_text(n: int) -> str:
    """ "1 day" / "12 days" in the person's language."""
    return translate("Insights", "1 day") if n == 1 else translate("Insights", "%n days", None, n)


def entries_text(n: int) -> str:
    """ "1 entry" / "12 entries" in the person's language."""
    if n == 1:
        return translate("Insights", "1 entry")
    return translate("Insights", "%n entries", None, n)


def short_date(day: date, granularity: Granularity = Granularity.DAY) -> str:
    """A compact axis label: day and month, or month and year for monthly points."""
    qdate = QDate(day.year, day.month, day.day)
    pattern = "MMM yyyy" if granularity is Granularity.MONTH else "d MMM"
    return QLocale().toString(qdate, pattern)


def long_date(day: date) -> str:
    """A day written out in the person's language (tooltips, tables)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _one(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def mood_over_time(series: MoodSeries) -> View[LineChartData]:
    """The line chart of mood per period with its rolling average."""
    units = {
        Granularity.DAY: translate("Insights", "Rolling average (%n days)", None, series.window),
        Granularity.WEEK: translate("Insights", "Rolling average (%n weeks)", None, series.window),
        Granularity.MONTH: translate(
            "Insights", "Rolling average (%n months)", None, series.window
        ),
    }
    rolling_name = units[series.granularity]
    data = LineChartData(
        translate("Insights", "Mood over time"),
        tuple(short_date(p.start, series.granularity) for p in series.points),
        (
            LineSeries(
                translate("Insights", "Average mood"), tuple(p.average for p in series.points)
            ),
            LineSeries(rolling_name, tuple(p.rolling for p in series.points), dashed=True),
        ),
        1.0,
        5.0,
        mood_ticks(),
        translate("Insights", "No moods in this range yet."),
    )
    days = sum(p.days for p in series.points)
    if not days:
        summary = translate(
            "Insights",
            "No moods in this range yet. Moods you choose for your entries will show here.",
        )
    else:
        overall = sum(p.average * p.days for p in series.points if p.average is not None) / days
        summary = translate(
            "Insights", "Average mood {average} ({word}) over {days} with a mood."
        ).format(
            average=_one(overall), word=mood_word(int(nearest_mood(overall))), days=days_text(days)
        )
    table = translated(series.table(), {"rolling": rolling_name})
    return View(data, summary, table)


def year_in_pixels(pixels: YearInPixels) -> View[PixelGridData]:
    """One square per day of the year, with each day's words for tooltips."""
    # 365 days on every redraw: the sentences, words and locale are looked up once.
    locale = QLocale()
    without = translate("Insights", "{day}: no mood")
    #: One day of the year in pixels: {day} a long date, {mood} a mood word, {average} a
    #: number, {entries} "1 entry" or "3 entries".
    with_mood_text = translate("Insights", "{day}: {mood} (average {average}, {entries})")
    words = {level: mood_word(level) for level in range(1, 6)}
    counts: dict[int, str] = {}
    cells = []
    rows = []
    for day in pixels.days:
        when = locale.toString(
            QDate(day.day.year, day.day.month, day.day.day), QLocale.FormatType.LongFormat
        )
        if day.mood is None:
            text = without.format(day=when)
        else:
            if day.entries not in counts:
                counts[day.entries] = entries_text(day.entries)
            text = with_mood_text.format(
                day=when,
                mood=words[int(day.mood)],
                average=locale.toString(day.average or 0.0, "f", 1),
                entries=counts[day.entries],
            )
        cells.append(PixelCell(day.day, int(day.mood) if day.mood else None, text))
        rows.append(
            (
                day.day.isoformat(),
                words[int(day.mood)] if day.mood else "–",
                f"{day.average:.2f}" if day.average is not None else "–",
                str(day.entries),
            )
        )
    months = tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
    data = PixelGridData(
        translate("Insights", "Year in pixels {year}").format(year=pixels.year),
        tuple(cells),
        months,
        tuple(words.items()),
        translate("Insights", "No mood"),
    )
    with_mood = sum(1 for d in pixels.days if d.mood is not None)
    if with_mood:
        summary = translate(
            "Insights",
            "{days} with a mood in {year}. Each square is a day; the number in it is the "
            "mood from 1 (Awful) to 5 (Great). Use the arrow keys to read each day.",
        ).format(days=days_text(with_mood), year=pixels.year)
    else:
        summary = translate("Insights", "No moods in {year} yet.").format(year=pixels.year)
    columns = pixels.table().columns
    headers = tuple(word(c.title) for c in columns)
    return View(
        data, summary, TableContent(headers, tuple(rows), tuple(c.numeric for c in columns))
    )


def grouped(result: GroupedMood) -> View[BarChartData]:
    """Mood by weekday or by time of day as bars, with how much data each has."""
    by_days = result.unit == "days"
    bars = []
    for group in result.groups:
        amount = days_text(group.count) if by_days else entries_text(group.count)
        if group.average is None:
            text = translate("Insights", "No moods yet")
        else:
            text = translate("Insights", "{average} · {amount}").format(
                average=_one(group.average), amount=amount
            )
        bars.append(Bar(word(group.label), group.average, text))
    title = (
        translate("Insights", "Mood by weekday")
        if by_days
        else translate("Insights", "Mood by time of day")
    )
    data = BarChartData(
        title, tuple(bars), 0.0, 5.0, mood_ticks(), translate("Insights", "No moods yet")
    )
    if not any(g.count for g in result.groups):
        summary = translate("Insights", "No moods in this range yet.")
    elif by_days:
        summary = translate("Insights", "The average mood of each weekday; every day counts once.")
    else:
        summary = translate(
            "Insights", "The average mood of entries by the time they were written."
        )
    return View(data, summary, translated(result.table()))


def correlations(result: CorrelationTable) -> View[BarChartData]:
    """How activities and check-ins go with mood: averages with sample sizes, honestly."""
    bars = []
    for row in result.rows:
        if row.enough:
            text = translate(
                "Insights", "{with_avg} with ({with_days}) · {without_avg} without ({without_days})"
            ).format(
                with_avg=_one(row.average_with or 0.0),
                with_days=days_text(row.days_with),
                without_avg=_one(row.average_without or 0.0),
                without_days=days_text(row.days_without),
            )
            value = row.average_with
        else:
            text = translate(
                "Insights", "Not enough days yet ({with_days} with, {without_days} without)"
            ).format(with_days=days_text(row.days_with), without_days=days_text(row.days_without))
            value = None
        # The built-in check-in actions have English names in the core; show them in the
        # person's language, as the check-in page does (their own names stay as typed).
        name = translate("SelfCare", row.name) if row.source == Source.CHECKIN else word(row.name)
        bars.append(Bar(name, value, text))
    data = BarChartData(
        translate("Insights", "What goes with your mood"),
        tuple(bars),
        0.0,
        5.0,
        mood_ticks(),
        translate("Insights", "No activities or check-ins in this range yet."),
    )
    summary = translate(
        "Insights",
        "Average mood on your days with and without each activity or self-care action. "
        "These describe your days; they do not show causes. An average needs at least "
        "{days} on each side.",
    ).format(days=days_text(result.min_days))
    return View(data, summary, translated(result.table()))


def emotions(result: EmotionFrequencies) -> View[BarChartData]:
    """How often each emotion was named."""
    top = max((e.entries for e in result.emotions), default=1)
    bars = tuple(
        Bar(
            word(e.name),
            float(e.entries),
            translate("Insights", "{entries} · {percent}%").format(
                entries=entries_text(e.entries), percent=QLocale().toString(e.share * 100, "f", 0)
            ),
        )
        for e in result.emotions
    )
    data = BarChartData(
        translate("Insights", "Emotions"),
        bars,
        0.0,
        float(top),
        (),
        translate("Insights", "No emotions named in this range yet."),
    )
    if result.emotions:
        summary = translate("Insights", "Emotions named in {entries} in this range.").format(
            entries=entries_text(result.total_entries)
        )
    else:
        summary = translate("Insights", "No emotions named in this range yet.")
    return View(data, summary, translated(result.table()))
