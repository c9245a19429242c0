"""Day One's JSON export: a ZIP of ``<Journal>.json`` files (plus photos), or one such file.

Each journal file is ``{"metadata": {"version": "1.0"}, "entries": [...]}``. Used entry
fields: ``uuid``, ``text`` (Markdown; photos appear as ``![](dayone-moment://<id>)``),
``richText`` (when ``text`` is missing), ``creationDate`` (ISO 8601, UTC), ``timeZone``
(IANA), ``modifiedDate``, ``tags``. Photos, location and weather are not imported.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any

from companion.core.transfer.errors import ImportFileError, RowProblem
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.sources import decode, open_zip, parse_json, read_bytes, read_member
from companion.core.transfer.text import clean_text, names, optional_text, text_field
from companion.core.transfer.times import parse_iso, zone_named

NAME = "dayone-json"
LABEL = "Day One (JSON export)"
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)")


def _is_dayone(doc: Any) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        return False
    first = next((e for e in doc["entries"] if isinstance(e, dict)), None)
    return isinstance(doc.get("metadata"), dict) or (first is not None and "creationDate" in first)


def looks_like(path: Path, head: bytes) -> bool:
    """A ZIP with journal JSON files, or a JSON file with ``creationDate`` entries."""
    if head.startswith(b"PK\x03\x04"):
        try:
            with open_zip(path, NAME) as archive:
                return any(
                    n.lower().endswith(".json") and "/" not in n.strip("/")
                    for n in archive.namelist()
                ) and not any(n.rsplit("/", 1)[-1] == "backup.daylio" for n in archive.namelist())
        except ImportFileError:
            return False
    return b'"creationDate"' in head


def _rich_text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    try:
        doc = json.loads(value)
    except (ValueError, RecursionError):
        return ""
    parts = doc.get("contents") if isinstance(doc, dict) else None
    if not isinstance(parts, list):
        return ""
    return "".join(
        p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str)
    )


def _documents(path: Path) -> list[tuple[str, Any]]:
    if path.suffix.lower() == ".zip" or read_bytes(path, NAME, 4) == b"PK\x03\x04":
        with open_zip(path, NAME) as archive:
            members = [
                n for n in archive.namelist()
                if n.lower().endswith(".json") and "/" not in n.strip("/")
            ]  # fmt: skip
            if not members:
                raise ImportFileError(NAME, "no journal JSON file in the archive")
            return [
                (n, parse_json(decode(read_member(archive, n, NAME), NAME), NAME))
                for n in sorted(members)
            ]
    return [(path.name, parse_json(decode(read_bytes(path, NAME), NAME), NAME))]


def parse(path: Path, *, zone: tzinfo) -> ParsedSource:
    """Read a Day One JSON export (ZIP or single JSON file).

    Raises:
        ImportFileError: Not a Day One export, or unreadable.
    """
    parsed = ParsedSource(NAME)
    for name, doc in _documents(path):
        if not _is_dayone(doc):
            raise ImportFileError(NAME, f"{name} is not a Day One journal")
        for number, entry in enumerate(doc["entries"], start=1):
            where = f"{name} entry {number}"
            if not isinstance(entry, dict):
                parsed.problems.append(RowProblem(where, "not an entry"))
                continue
            uuid = optional_text(entry, "uuid")
            if uuid:
                where += f" (uuid {uuid[:12]})"
            created = parse_iso(entry.get("creationDate"), UTC)
            if created is None:
                parsed.problems.append(RowProblem(where, "no valid creationDate"))
                continue
            local = zone_named(entry.get("timeZone"))
            created = created.astimezone(local or zone)
            edited = parse_iso(entry.get("modifiedDate"), UTC)
            text = text_field(entry, "text")
            text = text or _rich_text(entry.get("richText"))
            text = _MOMENT.sub("(photo)", clean_text(text)).strip()
            parsed.entries.append(
                SourceEntry(
                    where=where,
                    key=f"uuid:{uuid}" if uuid else f"at:{entry.get('creationDate')}|{text[:200]}",
                    created_at=created,
                    text=text,
                    tags=names(entry.get("tags")),
                    edited_at=None if edited is None else edited.astimezone(created.tzinfo),
                    zone=None if local is None else local.key,
                )
            )
    return parsed
