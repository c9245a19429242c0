"""Companion's own JSON export (see ``companion.core.transfer.json_format``): lossless."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from companion.core.journal.models import TagKind
from companion.core.journal.revisions import UID_PATTERN
from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.json_format import FORMAT, KINDS, VERSION
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.sources import decode, parse_json, read_bytes
from companion.core.transfer.text import as_list
from companion.core.transfer.times import parse_iso

NAME = "companion-json"
LABEL = "Companion (JSON export)"


def looks_like(path: Path, head: bytes) -> bool:
    """JSON that names our format."""
    return FORMAT.encode() in head


def _strings(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(value)


def _kinds(doc: dict[str, Any]) -> tuple[tuple[str, TagKind], ...]:
    found = []
    for item in as_list(doc.get("tags")):
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            kind = KINDS.get(item.get("kind"))  # type: ignore[arg-type]
            if kind is not None:
                found.append((item["name"], kind))
    return tuple(found)


def _entry(item: dict[str, Any], where: str) -> SourceEntry | str:
    """The entry, or the reason it cannot be read."""
    uid = item.get("uid")
    if not isinstance(uid, str) or not UID_PATTERN.match(uid):
        return "no valid uid"
    created = parse_iso(item.get("created_at"))
    edited = parse_iso(item.get("edited_at"))
    if created is None or edited is None:
        return "created_at and edited_at must be ISO 8601 times with an offset"
    deleted = None
    if item.get("deleted_at") is not None:
        deleted = parse_iso(item.get("deleted_at"))
        if deleted is None:
            return "deleted_at is not a time"
    mood = item.get("mood")
    if mood is not None and (isinstance(mood, bool) or not isinstance(mood, int)):
        return "mood must be 1-5 or null"
    text, title, zone = item.get("text", ""), item.get("title"), item.get("zone")
    if not isinstance(text, str) or not (title is None or isinstance(title, str)):
        return "text and title must be text"
    tags, emotions = _strings(item.get("tags", [])), _strings(item.get("emotions", []))
    history = _strings(item.get("history", []))
    if tags is None or emotions is None or history is None:
        return "tags, emotions and history must be lists of text"
    rev = item.get("rev", "")
    return SourceEntry(
        where=where,
        key=uid,
        created_at=created,
        text=text,
        title=title,
        mood=mood,
        tags=tags,
        emotions=emotions,
        edited_at=edited,
        deleted_at=deleted,
        uid=uid,
        rev=rev if isinstance(rev, str) else "",
        history=history,
        zone=zone if isinstance(zone, str) else None,
    )


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a Companion JSON export.

    Raises:
        ImportFileError: Not one, or written by a newer Companion.
    """
    del zone  # every time in our format carries its offset
    doc = parse_json(decode(read_bytes(path, NAME), NAME), NAME)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFileError(NAME, "not a Companion JSON export")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError(NAME, "no valid version")
    if version > VERSION:
        raise ImportFileError(NAME, f"version {version} was written by a newer Companion")
    if not isinstance(doc.get("entries"), list):
        raise ImportFileError(NAME, "no entries list")
    kinds = _kinds(doc)
    parsed = ParsedSource(NAME)
    for number, item in enumerate(doc["entries"], start=1):
        where = f"entry {number}"
        if not isinstance(item, dict):
            parsed.problems.append(RowProblem(where, "not an entry"))
            continue
        if isinstance(item.get("uid"), str):
            where += f" (uid {item['uid'][:12]})"
        found = _entry(item, where)
        if isinstance(found, str):
            parsed.problems.append(RowProblem(where, found))
            continue
        own = {n.casefold() for n in found.tags}
        parsed.entries.append(
            SourceEntry(
                **{
                    **found.__dict__,
                    "tag_kinds": tuple(k for k in kinds if k[0].casefold() in own),
                }
            )
        )
    return parsed
