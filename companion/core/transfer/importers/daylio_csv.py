"""Daylio's CSV export ("human-readable").

Columns are found by name (newer exports add ``scales``): ``full_date`` (ISO date),
``time`` (24-hour ``20:39`` or 12-hour ``8:30 am``), ``mood`` (the person's own word),
``activities`` (joined with `` | ``), ``note_title``, ``note``. Rows run newest first;
the CSV has no photos and no time zone (the computer's zone is used).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import tzinfo
from pathlib import Path

from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.sources import decode, read_bytes
from companion.core.transfer.text import clean_name, clean_text, clean_title, html_to_text
from companion.core.transfer.times import at, parse_clock, parse_day

NAME = "daylio-csv"
LABEL = "Daylio (CSV export)"
_HTML = re.compile(r"<(br|p|div|b|i|strong|em|ul|ol|li)\b", re.I)
# Long notes exceed the csv module's default field limit (128 KiB).
csv.field_size_limit(max(csv.field_size_limit(), 4 * 1024 * 1024))


def looks_like(path: Path, head: bytes) -> bool:
    """A text file whose first line names the ``full_date`` column."""
    first = head.split(b"\n", 1)[0].lower()
    return b"full_date" in first and b"mood" in first


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a Daylio CSV export.

    Raises:
        ImportFileError: Not a Daylio CSV (no ``full_date`` column) or unreadable.
    """
    text = decode(read_bytes(path, NAME), NAME)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error:
        header = None
    columns = {name.strip().lower(): i for i, name in enumerate(header or [])}
    if "full_date" not in columns or "mood" not in columns:
        raise ImportFileError(NAME, "no full_date and mood columns: not a Daylio CSV export")
    parsed = ParsedSource(NAME)
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            parsed.problems.append(RowProblem(f"line {start}", "the row is not valid CSV"))
            start = reader.line_num + 1
            continue
        where, start = f"line {start}", reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else ""

        day = parse_day(cell("full_date"))
        if day is None:
            parsed.problems.append(RowProblem(where, "no valid date (full_date)"))
            continue
        clock = None
        if cell("time").strip():
            clock = parse_clock(cell("time"))
            if clock is None:
                parsed.problems.append(RowProblem(where, "the time is not understood"))
                continue
        label = " ".join(cell("mood").split())
        note = cell("note")
        note = html_to_text(note) if _HTML.search(note) else clean_text(note).strip()
        activities = [clean_name(a) for a in cell("activities").split(" | ")]
        key = "|".join(
            cell(n) for n in ("full_date", "time", "mood", "activities", "note_title", "note")
        )
        parsed.entries.append(
            SourceEntry(
                where=where,
                key=key,
                created_at=at(day, clock, zone),
                text=note,
                title=clean_title(cell("note_title")),
                mood_label=label or None,
                tags=tuple(a for a in activities if a),
            )
        )
        if label:
            parsed.mood_levels.setdefault(label, None)
    return parsed
