"""Stable entry ids and revisions: what lets two copies of a journal be merged.

Every entry has a ``uid`` (32 hex characters) that never changes and travels with it
through exports, backups and merges. Its ``rev`` names its current content (a hash of
title, text, mood, tags, emotions, time and whether it is in the trash) and ``history``
keeps the revs it had before, newest first. Two copies of one entry are then:

* the same when their revs are equal;
* one an edit of the other when one's rev is in the other's history (keep the newer);
* both edited since they parted otherwise (keep both).

The rev is computed from the stored columns, so the migration that gives existing
entries their first rev and every later save agree exactly.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid

MAX_HISTORY = 32
UID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
REV_LENGTH = 16


def new_uid() -> str:
    """A fresh random entry id."""
    return uuid.uuid4().hex


def migrated_uid(entry_id: int, created_us: int) -> str:
    """The id the version-2 migration gives an existing entry.

    Deterministic on purpose: two copies of one journal made before the migration (a
    copy taken to another computer) give the same entry the same id, so they still
    merge without duplicates.
    """
    seed = f"companion-entry|{entry_id}|{created_us}".encode()
    return hashlib.sha256(seed).hexdigest()[:32]


def derived_uid(namespace: str, key: str) -> str:
    """A stable id for something imported: the same source row always gets the same id,
    so importing a file twice adds nothing."""
    seed = f"companion-import|{namespace}|{key}".encode()
    return hashlib.sha256(seed).hexdigest()[:32]


def content_rev(
    *,
    title: str | None,
    body: str,
    mood: int | None,
    tags_text: str,
    emotions_text: str,
    created_us: int,
    created_offset: int,
    in_trash: bool,
) -> str:
    """The revision of an entry's stored content."""
    canonical = json.dumps(
        [title, body, mood, tags_text, emotions_text, created_us, created_offset, in_trash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:REV_LENGTH]


def split_history(text: str) -> list[str]:
    """The revs stored in a ``history`` column, newest first."""
    return [rev for rev in text.split() if rev]


def pushed(history: str, previous: str | None) -> str:
    """``history`` with ``previous`` in front (capped at :data:`MAX_HISTORY`)."""
    revs = split_history(history)
    if previous and (not revs or revs[0] != previous):
        revs.insert(0, previous)
    return " ".join(revs[:MAX_HISTORY])


def merged_history(newer_rev: str, newer: str, older_rev: str, older: str) -> str:
    """The history of a copy that replaced another: both lines, newest first, no repeats."""
    revs: list[str] = []
    for rev in [*split_history(newer), older_rev, *split_history(older)]:
        if rev != newer_rev and rev not in revs:
            revs.append(rev)
    return " ".join(revs[:MAX_HISTORY])
