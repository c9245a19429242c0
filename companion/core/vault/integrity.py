"""Checksums that tell a damaged vault header from a wrong passphrase.

Each checksum is SHA-256 over the canonical JSON (sorted keys, no spaces, ASCII only) of
every other field of one JSON object, so it depends on the values and not on how the
file happens to be laid out. It is deliberately *not* a MAC: there is no secret in it and
anyone can recompute it after an edit. Its job is accidental damage (a bad sector, a
broken copy, a flipped bit), found before any key is unwrapped so that damage is never
reported as a wrong passphrase. Deliberate changes to key material are still refused by
the AES-GCM tag of the wrapped key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

CHECKSUM_KEY = "checksum"
CHECKSUM_PREFIX = "sha256:"


def _canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def checksum(fields: dict[str, Any]) -> str:
    """``"sha256:<hex>"`` over the canonical JSON of ``fields``.

    Raises:
        ValueError: ``fields`` holds a value JSON cannot carry (infinity).
    """
    return CHECKSUM_PREFIX + hashlib.sha256(_canonical(fields)).hexdigest()


def with_checksum(fields: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``fields`` with its checksum added under :data:`CHECKSUM_KEY`."""
    return {**fields, CHECKSUM_KEY: checksum(fields)}


def without_checksum(fields: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``fields`` without its checksum: what the checksum was computed over."""
    return {key: value for key, value in fields.items() if key != CHECKSUM_KEY}


def damaged_parts(parts: Any, names: Iterable[str]) -> list[str]:
    """Which of the named sub-objects fail their own checksum, as ``"<name> slot"``.

    Used only after the whole-header checksum failed, to say where the damage is. When
    ``parts`` is not even an object the damage is around the slots, not in one of them.
    """
    if not isinstance(parts, dict):
        return []
    damaged = []
    for name in names:
        part = parts.get(name)
        if not isinstance(part, dict) or part.get(CHECKSUM_KEY) != checksum(without_checksum(part)):
            damaged.append(f"{name} slot")
    return damaged
