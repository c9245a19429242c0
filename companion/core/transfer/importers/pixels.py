"""Pixels (year in pixels) JSON export: an array of days.

``{"date": "2025-01-31", "type": "Mood", "scores": [4, 4], "notes": "…",
"tags": [{"type": "Emotions", "entries": [...]}]}``. Scores are 1-5 (5 best); a day with
several becomes one entry with their mean, rounded half up, and the scores written under the
notes. Tag entries that are one of the journal's emotions become emotions, the rest
tags. Pixels records no time of day: entries are placed at noon.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from companion.core.journal.vocabulary import BUILTIN_EMOTIONS
from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.sources import decode, parse_json, read_bytes
from companion.core.transfer.text import clean_name, clean_text, text_field
from companion.core.transfer.times import at, parse_day

NAME = "pixels-json"
LABEL = "Pixels (JSON export)"
_EMOTIONS = {e.casefold() for e in BUILTIN_EMOTIONS}


def looks_like(path: Path, head: bytes) -> bool:
    """A JSON array of days with ``scores``."""
    return head.lstrip().startswith(b"[") and b'"scores"' in head and b'"date"' in head


def _scores(value: Any) -> list[int]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5]


def _tags(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tags: list[str] = []
    emotions: list[str] = []
    for group in value if isinstance(value, list) else []:
        entries = group.get("entries") if isinstance(group, dict) else None
        for item in entries if isinstance(entries, list) else []:
            if isinstance(item, str) and (name := clean_name(item)):
                (emotions if name.casefold() in _EMOTIONS else tags).append(name)
    return tuple(tags), tuple(emotions)


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a Pixels JSON export.

    Raises:
        ImportFileError: Not a Pixels export, or unreadable.
    """
    doc = parse_json(decode(read_bytes(path, NAME), NAME), NAME)
    if not isinstance(doc, list):
        raise ImportFileError(NAME, "not a list of days: not a Pixels export")
    parsed = ParsedSource(NAME)
    for number, day_doc in enumerate(doc, start=1):
        where = f"day {number}"
        if not isinstance(day_doc, dict):
            parsed.problems.append(RowProblem(where, "not a day"))
            continue
        raw = day_doc.get("date")
        day = parse_day(raw) if isinstance(raw, str) else None
        if day is None:
            parsed.problems.append(RowProblem(where, "no valid date"))
            continue
        where = f"day {number} ({raw})"
        scores = _scores(day_doc.get("scores"))
        notes = text_field(day_doc, "notes")
        text = clean_text(notes).strip()
        if len(scores) > 1:
            text += ("\n\n" if text else "") + "Pixels scores: " + ", ".join(map(str, scores))
        tags, emotions = _tags(day_doc.get("tags"))
        kind = text_field(day_doc, "type")
        parsed.entries.append(
            SourceEntry(
                where=where,
                key=f"{raw}|{kind}",
                created_at=at(day, None, zone),
                text=text,
                mood=int(sum(scores) / len(scores) + 0.5) if scores else None,  # half up
                tags=tags,
                emotions=emotions,
            )
        )
    return parsed
