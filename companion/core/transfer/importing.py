"""Importing: a preview first, then one transaction (all or nothing), never duplicates.

1. :func:`preview_import` reads the file (nothing is written): how many entries, how many
   are already in the journal, the date range, every row that cannot be imported (line
   or id and reason), and the mood mapping (each source word with its suggested level;
   the person may change any of it).
2. :func:`run_import` writes the new entries in one transaction. With problem rows it
   refuses (:class:`ImportHasProblems`) unless ``accept_problems`` says to import the
   rest. Each entry's uid is derived from its place in the source (or is its own, for
   our format), so importing the same file again adds nothing.

Afterwards the app offers to delete the source: :func:`delete_source`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from companion.core.errors import InvalidEntry
from companion.core.journal.batch import check_record, write_records
from companion.core.journal.models import EntryRecord, Mood
from companion.core.journal.revisions import derived_uid
from companion.core.transfer.errors import ImportHasProblems, RowProblem
from companion.core.transfer.formats import parse_file
from companion.core.transfer.model import ParsedSource, SourceEntry
from companion.core.transfer.moods import mapping_for
from companion.core.transfer.times import local_zone
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker

if TYPE_CHECKING:
    from companion.core.vault.vault import Vault


@dataclass
class ImportPreview:
    """What an import would do; nothing has been written.

    Attributes:
        path: The source file.
        format: Its format's name.
        readable: Rows that could be read.
        new: Entries that would be added.
        already_there: Entries the journal already has (skipped).
        problems: Rows that cannot be imported, with where and why.
        first: Earliest entry date (local), or None.
        last: Latest entry date (local), or None.
        mood_map: Each mood word and the level it will get (None: no mood). Editable:
            pass the changed mapping to :func:`run_import`.
        mood_counts: How many entries use each mood word.
        new_tags: Tags the journal does not have yet (they will be added).
    """

    path: Path
    format: str
    readable: int = 0
    new: int = 0
    already_there: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    mood_map: dict[str, int | None] = field(default_factory=dict)
    mood_counts: dict[str, int] = field(default_factory=dict)
    new_tags: list[str] = field(default_factory=list)
    source: ParsedSource | None = field(default=None, repr=False)

    @property
    def unmapped(self) -> list[str]:
        """Mood words without a level (their entries would import without a mood)."""
        return [label for label, level in self.mood_map.items() if level is None]


@dataclass(frozen=True)
class ImportResult:
    """What an import did: entries added, skipped as already there, rows left out."""

    added: int
    already_there: int
    left_out: list[RowProblem]


def to_record(
    entry: SourceEntry, format_name: str, mood_map: Mapping[str, int | None]
) -> EntryRecord:
    """The journal record for a source entry (validated).

    Raises:
        InvalidEntry: A field breaks the journal's rules.
    """
    mood = entry.mood
    if entry.mood_label is not None:
        mood = mood_map.get(entry.mood_label)
    if mood is not None and mood not in range(1, 6):
        raise InvalidEntry("mood", "not a level from 1 to 5")
    record = EntryRecord(
        uid=entry.uid or derived_uid(format_name, entry.key),
        created_at=entry.created_at,
        edited_at=entry.edited_at or entry.created_at,
        text=entry.text,
        title=entry.title,
        mood=None if mood is None else Mood(mood),
        emotions=entry.emotions,
        tags=entry.tags,
        deleted_at=entry.deleted_at,
        rev=entry.rev,
        history=entry.history,
        tag_kinds=entry.tag_kinds,
        zone=entry.zone,
    )
    return check_record(record)


def _known(conn: sqlcipher3.Connection, table: str) -> set[str]:
    return {str(row[0]) for row in conn.execute(f"SELECT name_key FROM {table}")}  # noqa: S608


def preview_import(
    conn: sqlcipher3.Connection,
    path: Path,
    *,
    format_name: str | None = None,
    zone: tzinfo | None = None,
    mood_map: Mapping[str, int | None] | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportPreview:
    """Read ``path`` and say what importing it would do. Writes nothing.

    Args:
        conn: The journal's connection (to find entries already there).
        path: The source file.
        format_name: Its format (see ``formats.FORMATS``); None: detected.
        zone: For sources with local times and no zone; default this computer's.
        mood_map: Levels the person chose for mood words (others are suggested).

    Raises:
        UnknownFormat, ImportFileError: The file cannot be read at all.
        Cancelled: Asked to stop.
    """
    ticker = Ticker(progress, cancelled)
    parsed = parse_file(path, zone or local_zone(), format_name)
    ticker.check()
    counts = Counter(e.mood_label for e in parsed.entries if e.mood_label is not None)
    labels = list(dict.fromkeys([*parsed.mood_levels, *counts]))
    preview = ImportPreview(
        path=path,
        format=parsed.format,
        readable=len(parsed.entries),
        problems=list(parsed.problems),
        mood_map=mapping_for(labels, parsed.mood_levels, mood_map),
        mood_counts=dict(counts),
        source=parsed,
    )
    _count(conn, preview, ticker)
    return preview


def _count(conn: sqlcipher3.Connection, preview: ImportPreview, ticker: Ticker) -> None:
    assert preview.source is not None
    known_tags = _known(conn, "tag")
    seen: set[str] = set()
    new_tags: dict[str, str] = {}
    days: list[date] = []
    total = len(preview.source.entries)
    for number, entry in enumerate(preview.source.entries):
        if number % 500 == 0:
            ticker.step(number, total)
        try:
            record = to_record(entry, preview.format, preview.mood_map)
        except InvalidEntry as exc:
            preview.problems.append(RowProblem(entry.where, f"{exc.field}: {exc.reason}"))
            continue
        exists = conn.execute("SELECT 1 FROM entry WHERE uid = ?", (record.uid,)).fetchone()
        if exists is not None or record.uid in seen:
            preview.already_there += 1
            continue
        seen.add(record.uid)
        preview.new += 1
        days.append(record.created_at.date())
        for tag in record.tags:
            if tag.casefold() not in known_tags:
                new_tags.setdefault(tag.casefold(), tag)
    ticker.report(total, total)
    preview.first, preview.last = (min(days), max(days)) if days else (None, None)
    preview.new_tags = sorted(new_tags.values(), key=str.casefold)


def run_import(
    vault: Vault,
    preview: ImportPreview,
    *,
    mood_map: Mapping[str, int | None] | None = None,
    accept_problems: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportResult:
    """Import what ``preview`` read, in one transaction, then checkpoint the vault.

    Args:
        vault: The open vault (its journal receives the entries).
        preview: From :func:`preview_import`.
        mood_map: The mapping as the person left it (default: the preview's).
        accept_problems: Import the readable rows even though some rows cannot be.

    Raises:
        ImportHasProblems: There are problem rows and ``accept_problems`` is false.
        Cancelled: Nothing was imported.
        StorageFull: Nothing was imported.
    """
    assert preview.source is not None, "a preview made by preview_import"
    ticker = Ticker(progress, cancelled)
    chosen = dict(preview.mood_map)
    if mood_map is not None:
        chosen.update(mapping_for(chosen, {}, mood_map))
    records: list[EntryRecord] = []
    left_out = list(preview.source.problems)
    for entry in preview.source.entries:
        try:
            records.append(to_record(entry, preview.format, chosen))
        except InvalidEntry as exc:
            left_out.append(RowProblem(entry.where, f"{exc.field}: {exc.reason}"))
    if left_out and not accept_problems:
        raise ImportHasProblems(left_out)
    added = skipped = 0
    with write_records(vault.connection) as writer:
        for number, record in enumerate(records):
            if number % 200 == 0:
                ticker.step(number, len(records))
            if writer.has(record.uid):
                skipped += 1
                continue
            writer.add(record)
            added += 1
        ticker.step(len(records), len(records))
    if added:
        vault.checkpoint()
    return ImportResult(added=added, already_there=skipped, left_out=left_out)


def delete_source(path: Path) -> None:
    """Delete an imported plaintext source file (after overwriting it once with zeros).

    The overwrite is best effort: on SSDs, in sync folders or backups a copy may remain;
    the app says so when it offers this.
    """
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            remaining = size
            block = bytes(1024 * 1024)
            while remaining > 0:
                remaining -= handle.write(block[: min(remaining, len(block))])
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


__all__ = [
    "ImportPreview",
    "ImportResult",
    "delete_source",
    "preview_import",
    "run_import",
    "to_record",
]
