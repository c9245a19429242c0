"""Diarium's JSON export: an array of entries (sometimes ``{"entries": [...]}``).

Used: ``date`` (local ISO time without a zone, up to 5 fractional digits), ``heading``
and ``html`` (both HTML), ``rating`` (1-5 stars becomes the mood; 0 or none: no mood),
``tags``. Location, sun and moon texts and media are not imported.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.sources import decode, parse_json, read_bytes
from companion.core.transfer.text import clean_title, html_to_text, names, text_field
from companion.core.transfer.times import parse_iso

NAME = "diarium-json"
LABEL = "Diarium (JSON export)"


def looks_like(path: Path, head: bytes) -> bool:
    """JSON entries with ``date`` and ``html`` (or ``heading``)."""
    return b'"date"' in head and (b'"html"' in head or b'"heading"' in head)


def _entries(doc: Any) -> list[Any] | None:
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict) and isinstance(doc.get("entries"), list):
        return list(doc["entries"])
    return None


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a Diarium JSON export.

    Raises:
        ImportFileError: Not a Diarium export, or unreadable.
    """
    entries = _entries(parse_json(decode(read_bytes(path, NAME), NAME), NAME))
    if entries is None:
        raise ImportFileError(NAME, "no list of entries: not a Diarium JSON export")
    parsed = ParsedSource(NAME)
    for number, entry in enumerate(entries, start=1):
        where = f"entry {number}"
        if not isinstance(entry, dict):
            parsed.problems.append(RowProblem(where, "not an entry"))
            continue
        created = parse_iso(entry.get("date"), zone)
        if created is None:
            parsed.problems.append(RowProblem(where, "no valid date"))
            continue
        rating = entry.get("rating")
        mood = rating if isinstance(rating, int) and not isinstance(rating, bool) else None
        heading = text_field(entry, "heading")
        body = text_field(entry, "html")
        parsed.entries.append(
            SourceEntry(
                where=where,
                key=f"{entry.get('date')}|{heading}",
                created_at=created,
                text=html_to_text(body),
                title=clean_title(html_to_text(heading, markdown=False)) if heading else None,
                mood=mood if mood in range(1, 6) else None,
                tags=names(entry.get("tags")),
            )
        )
    return parsed
