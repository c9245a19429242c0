"""Daylio's full backup (``.daylio``): a ZIP holding ``backup.daylio``, base64 of JSON.

Used: ``customMoods`` (``id``, ``custom_name``, ``predefined_name_id`` 1 rad .. 5 awful,
``mood_group_id`` 1 rad .. 5 awful: our level is ``6 - group``), ``tags`` (``id``,
``name``) and ``dayEntries`` (``datetime`` in epoch ms with ``timeZoneOffset`` in ms, or
``year``/``month`` (0-based)/``day``/``hour``/``minute``; ``mood``; ``tags``; ``note``
(HTML); ``note_title``). Photos (``assets``) are not imported. The backup is not
encrypted: the app offers to delete it after the import.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.moods import DAYLIO_PREDEFINED
from companion.core.transfer.sources import open_zip, parse_json, read_member
from companion.core.transfer.text import as_list, clean_name, clean_title, html_to_text, text_field
from companion.core.transfer.times import from_epoch_ms

NAME = "daylio-backup"
LABEL = "Daylio (.daylio backup)"
MEMBER = "backup.daylio"


def looks_like(path: Path, head: bytes) -> bool:
    """A ZIP archive with a ``backup.daylio`` inside."""
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with open_zip(path, NAME) as archive:
            return any(n.rsplit("/", 1)[-1] == MEMBER for n in archive.namelist())
    except ImportFileError:
        return False


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _moods(doc: dict[str, Any]) -> dict[int, tuple[str, int | None]]:
    moods: dict[int, tuple[str, int | None]] = {}
    for item in as_list(doc.get("customMoods")):
        if not isinstance(item, dict) or _int(item.get("id")) is None:
            continue
        predefined = _int(item.get("predefined_name_id"))
        group = _int(item.get("mood_group_id"))
        name = text_field(item, "custom_name")
        label = clean_name(name) or DAYLIO_PREDEFINED.get(predefined or 0) or f"mood {item['id']}"
        rank = group if group in range(1, 6) else predefined if predefined in range(1, 6) else None
        moods[item["id"]] = (label, None if rank is None else 6 - rank)
    return moods


def _moment(entry: dict[str, Any], zone: tzinfo) -> datetime | None:
    moment = from_epoch_ms(entry.get("datetime"), entry.get("timeZoneOffset", 0))
    if moment is not None:
        return moment
    parts = [_int(entry.get(k)) for k in ("year", "month", "day", "hour", "minute")]
    year, month, day, hour, minute = parts
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.combine(
            date(year, month + 1, day), time(hour or 0, minute or 0), tzinfo=zone
        )
    except ValueError:
        return None


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a ``.daylio`` backup.

    Raises:
        ImportFileError: Not a Daylio backup, or damaged.
    """
    with open_zip(path, NAME) as archive:
        names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == MEMBER]
        if not names:
            raise ImportFileError(NAME, "no backup.daylio inside: not a Daylio backup")
        raw = read_member(archive, names[0], NAME)
    try:
        decoded = base64.b64decode(b"".join(raw.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ImportFileError(NAME, "backup.daylio is not base64") from None
    try:
        text = decoded.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(NAME, "backup.daylio is not UTF-8 JSON") from None
    doc = parse_json(text, NAME)
    if not isinstance(doc, dict) or not isinstance(doc.get("dayEntries"), list):
        raise ImportFileError(NAME, "no dayEntries: not a Daylio backup")
    moods = _moods(doc)
    tags = {
        t["id"]: name
        for t in as_list(doc.get("tags"))
        if isinstance(t, dict) and _int(t.get("id")) is not None
        and isinstance(t.get("name"), str) and (name := clean_name(t["name"]))
    }  # fmt: skip
    parsed = ParsedSource(NAME)
    for mood_label, level in moods.values():
        parsed.mood_levels[mood_label] = level
    for number, entry in enumerate(doc["dayEntries"], start=1):
        if not isinstance(entry, dict):
            parsed.problems.append(RowProblem(f"entry {number}", "not an entry"))
            continue
        ident = _int(entry.get("id"))
        where = f"entry {number}" + (f" (id {ident})" if ident is not None else "")
        moment = _moment(entry, zone)
        if moment is None:
            parsed.problems.append(RowProblem(where, "no valid date and time"))
            continue
        mood_id = _int(entry.get("mood"))
        label = moods[mood_id][0] if mood_id in moods else None
        if mood_id is not None and mood_id not in moods:
            parsed.problems.append(RowProblem(where, "its mood is not in the backup"))
            continue
        note = entry.get("note")
        title = entry.get("note_title")
        entry_tags = [tags[t] for t in as_list(entry.get("tags")) if _int(t) in tags]
        parsed.entries.append(
            SourceEntry(
                where=where,
                key=f"id:{ident}" if ident is not None else f"at:{entry.get('datetime')}|{mood_id}",
                created_at=moment,
                text=html_to_text(note) if isinstance(note, str) else "",
                title=clean_title(title) if isinstance(title, str) else None,
                mood_label=label,
                tags=tuple(entry_tags),
            )
        )
    return parsed
