"""jrnl's JSON export (``jrnl --format json``).

``{"tags": {...}, "entries": [{"title", "body", "date": "YYYY-MM-DD", "time": "HH:MM",
"tags": ["@tag"], "starred", "uuid"?}]}``. Times are local without a zone: the
computer's zone is used. The leading ``@`` (jrnl's tag mark) is dropped from tags.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.sources import decode, parse_json, read_bytes
from companion.core.transfer.text import (
    clean_name,
    clean_text,
    clean_title,
    optional_text,
    text_field,
)
from companion.core.transfer.times import at, parse_clock, parse_day

NAME = "jrnl-json"
LABEL = "jrnl (JSON export)"


def looks_like(path: Path, head: bytes) -> bool:
    """JSON whose entries have ``body``, ``date`` and ``time``."""
    return b'"entries"' in head and b'"body"' in head and b'"time"' in head


def _tags(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    found = []
    for item in value:
        if isinstance(item, str) and (name := clean_name(item.lstrip("@#"))):
            found.append(name)
    return tuple(found)


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a jrnl JSON export.

    Raises:
        ImportFileError: Not a jrnl export, or unreadable.
    """
    doc = parse_json(decode(read_bytes(path, NAME), NAME), NAME)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportFileError(NAME, "no entries list: not a jrnl JSON export")
    parsed = ParsedSource(NAME)
    for number, entry in enumerate(doc["entries"], start=1):
        where = f"entry {number}"
        if not isinstance(entry, dict):
            parsed.problems.append(RowProblem(where, "not an entry"))
            continue
        day = parse_day(entry["date"]) if isinstance(entry.get("date"), str) else None
        if day is None:
            parsed.problems.append(RowProblem(where, "no valid date"))
            continue
        raw_time = text_field(entry, "time")
        clock = parse_clock(raw_time) if raw_time else None
        if raw_time and clock is None:
            parsed.problems.append(RowProblem(where, "the time is not understood"))
            continue
        title = optional_text(entry, "title")
        body = text_field(entry, "body")
        uuid = optional_text(entry, "uuid")
        parsed.entries.append(
            SourceEntry(
                where=where,
                key=f"uuid:{uuid}" if uuid else f"{entry['date']} {raw_time}|{title}|{body}",
                created_at=at(day, clock, zone),
                text=clean_text(body).strip(),
                title=clean_title(title),
                tags=_tags(entry.get("tags")),
            )
        )
    return parsed
