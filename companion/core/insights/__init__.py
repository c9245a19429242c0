"""Insights: statistics over the journal and the check-in, for a date range.

``Insights(connection)`` is the entry point (``service``). Results are plain dataclasses
with a ``table()`` for the accessible table view and exports:

- ``models``: DateRange (year, month, last_days), Granularity, DayMood, nearest_mood.
- ``mood``: MoodSeries/MoodPoint, YearInPixels/PixelDay, GroupedMood/GroupMood, DayPart.
- ``correlations``: CorrelationTable/Correlation, Source, DEFAULT_MIN_DAYS.
- ``emotions``: EmotionFrequencies/EmotionCount.
- ``table``: Table, Column, Cell, format_cell.
- ``errors``: InvalidRange.
"""

from __future__ import annotations

from companion.core.insights.models import DateRange, Granularity
from companion.core.insights.service import Insights
from companion.core.insights.table import Table

__all__ = ["DateRange", "Granularity", "Insights", "Table"]
