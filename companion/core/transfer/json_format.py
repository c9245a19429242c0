"""Companion's own JSON export: documented, versioned, lossless.

    {
      "format": "companion-journal-export",
      "version": 1,
      "exported_at": "2026-05-04T12:00:00+00:00",
      "tags": [{"name": "Choir", "kind": "activity"}, ...],      # every tag, with its kind
      "entries": [
        {
          "uid": "3e8f83f9ff1240aa84e09a9d7c7abc69",   # stable id, 32 hex characters
          "created_at": "2025-12-31T23:30:00+00:00",   # ISO 8601, the offset it was written at
          "zone": "Europe/Lisbon",                     # or null
          "edited_at": "2026-01-02T08:10:00+00:00",
          "deleted_at": null,                          # set: the entry is in the trash
          "title": "New Year's Eve",                   # or null
          "text": "Walked by the **river**…",          # Markdown
          "mood": 4,                                   # 1 awful … 5 great, or null
          "emotions": ["grateful", "nostalgic"],
          "tags": ["outdoors", "Choir"],
          "rev": "1b0d98aaafbd5004",                   # revision of this content
          "history": ["e14297d6757dd440"]              # earlier revisions, newest first
        }
      ]
    }

``kind`` is ``"activity"`` or ``"self-care"``. Readers must ignore keys they do not know;
a later version adds keys or raises ``version``. Export, import and export again gives the
same entries (``exported_at`` aside): that round trip is tested for every field.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from companion.core.journal.models import EntryRecord, TagKind

FORMAT = "companion-journal-export"
VERSION = 1
KIND_NAMES = {TagKind.ACTIVITY: "activity", TagKind.SELF_CARE: "self-care"}
KINDS = {name: kind for kind, name in KIND_NAMES.items()}


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def entry_to_json(record: EntryRecord) -> dict[str, Any]:
    """One entry as a JSON object (see the module docstring)."""
    return {
        "uid": record.uid,
        "created_at": _time(record.created_at),
        "zone": record.zone,
        "edited_at": _time(record.edited_at),
        "deleted_at": _time(record.deleted_at),
        "title": record.title,
        "text": record.text,
        "mood": None if record.mood is None else int(record.mood),
        "emotions": list(record.emotions),
        "tags": list(record.tags),
        "rev": record.rev,
        "history": list(record.history),
    }
