"""Readable exports: JSON (lossless), Markdown (one file or one per day), CSV (a row per
entry). The encrypted single-file copy is ``VaultService.export_encrypted``.

A readable export takes the journal out of its encryption, so it needs an explicit
``confirm_plaintext=True`` from the caller (the UI asks; the CLI has ``--yes``), and an
administrator's policy can forbid it (``plaintext_allowed=False``). It is written
straight to the file the person chose, never through a temporary file (a crash or cancel
removes what was written so far), and entries are read a batch at a time so memory stays
flat on a large journal.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO

import sqlcipher3

from companion.core.journal.batch import tag_kinds
from companion.core.journal.models import EntryRecord, Mood, TagKind
from companion.core.journal.records import count_records, iter_records
from companion.core.transfer.errors import (
    ExportTargetExists,
    PlaintextForbidden,
    PlaintextNotConfirmed,
)
from companion.core.transfer.json_format import FORMAT, KIND_NAMES, VERSION, entry_to_json
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker


class ExportFormat(StrEnum):
    """The readable formats (the names the CLI's ``--format`` takes)."""

    JSON = "json"
    MARKDOWN = "md"
    MARKDOWN_DAYS = "md-days"
    CSV = "csv"


@dataclass(frozen=True)
class ExportResult:
    """Where the export went and how many entries it holds."""

    path: Path
    entries: int
    files: int = 1


CSV_COLUMNS = (
    "uid", "date", "time", "utc_offset", "title", "mood", "mood_name", "emotions", "tags",
    "text", "edited_at", "in_trash",
)  # fmt: skip


def check_plaintext(*, confirm_plaintext: bool, plaintext_allowed: bool) -> None:
    """Refuse a readable export without confirmation or against the policy.

    Raises:
        PlaintextForbidden: The policy forbids it (checked first).
        PlaintextNotConfirmed: No explicit confirmation.
    """
    if not plaintext_allowed:
        raise PlaintextForbidden()
    if not confirm_plaintext:
        raise PlaintextNotConfirmed()


@contextlib.contextmanager
def _direct(path: Path, overwrite: bool) -> Iterator[IO[str]]:
    """Write ``path`` directly (0600); on any failure remove what was written."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise ExportTargetExists(str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _time_of(record: EntryRecord) -> str:
    return record.created_at.strftime("%H:%M")


def _facts(record: EntryRecord) -> str:
    parts = []
    if record.mood is not None:
        parts.append(f"Mood: {Mood(record.mood).label.lower()} ({int(record.mood)}/5)")
    if record.emotions:
        parts.append("Emotions: " + ", ".join(record.emotions))
    if record.tags:
        parts.append("Tags: " + ", ".join(record.tags))
    if record.deleted_at is not None:
        parts.append("In the trash")
    return " · ".join(parts)


def markdown_entry(record: EntryRecord) -> str:
    """One entry as Markdown: a heading with its time and title, its facts, its text."""
    heading = f"### {_time_of(record)}" + (f" · {record.title}" if record.title else "")
    lines = [heading, ""]
    facts = _facts(record)
    if facts:
        lines += [f"*{facts}*", ""]
    if record.text:
        lines += [record.text.rstrip(), ""]
    return "\n".join(lines) + "\n"


def _safe_cell(value: str) -> str:
    # A spreadsheet would run a cell starting with these as a formula.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_row(record: EntryRecord) -> list[str]:
    """One entry as a CSV row (see :data:`CSV_COLUMNS`)."""
    offset = record.created_at.strftime("%z")
    return [
        record.uid,
        record.created_at.date().isoformat(),
        _time_of(record),
        f"{offset[:3]}:{offset[3:]}" if offset else "",
        _safe_cell(record.title or ""),
        "" if record.mood is None else str(int(record.mood)),
        "" if record.mood is None else Mood(record.mood).label.lower(),
        _safe_cell(" | ".join(record.emotions)),
        _safe_cell(" | ".join(record.tags)),
        _safe_cell(record.text),
        record.edited_at.isoformat(),
        "yes" if record.deleted_at is not None else "no",
    ]


def export_plaintext(
    conn: sqlcipher3.Connection,
    target: Path,
    export_format: ExportFormat,
    *,
    confirm_plaintext: bool,
    plaintext_allowed: bool = True,
    overwrite: bool = False,
    include_trash: bool | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ExportResult:
    """Export the journal readably to ``target`` (a file; a folder for ``md-days``).

    Args:
        conn: The journal's connection.
        target: Where to write.
        export_format: JSON, Markdown, Markdown per day or CSV.
        confirm_plaintext: Must be True: the person agreed to a readable copy.
        plaintext_allowed: False when the administrator's policy forbids it.
        overwrite: Replace an existing file (or write into a non-empty folder).
        include_trash: Also entries in the trash (default: JSON yes, others no).
        date_from: First local date to include.
        date_to: Last local date to include.

    Raises:
        PlaintextForbidden, PlaintextNotConfirmed: Nothing was written.
        ExportTargetExists: Nothing was written.
        Cancelled: What was written so far is removed.
    """
    check_plaintext(confirm_plaintext=confirm_plaintext, plaintext_allowed=plaintext_allowed)
    ticker = Ticker(progress, cancelled)
    trash = export_format is ExportFormat.JSON if include_trash is None else include_trash
    total = count_records(conn, include_trash=trash)

    def records() -> Iterator[EntryRecord]:
        for number, record in enumerate(
            iter_records(
                conn,
                include_trash=trash,
                date_from=None if date_from is None else date_from.isoformat(),
                date_to=None if date_to is None else date_to.isoformat(),
            )
        ):
            if number % 250 == 0:
                ticker.step(number, total)
            yield record

    writer: Callable[[Iterator[EntryRecord], Path, bool], ExportResult]
    if export_format is ExportFormat.JSON:
        kinds = tag_kinds(conn)
        stamp = (now or datetime.now(UTC)).isoformat()

        def writer(items: Iterator[EntryRecord], path: Path, over: bool) -> ExportResult:
            return _write_json(items, path, over, kinds, stamp)

    elif export_format is ExportFormat.CSV:
        writer = _write_csv
    elif export_format is ExportFormat.MARKDOWN:
        writer = _write_markdown
    else:
        writer = _write_markdown_days
    result = writer(records(), target, overwrite)
    ticker.report(total, total)
    return result


def _write_json(
    records: Iterator[EntryRecord],
    path: Path,
    overwrite: bool,
    kinds: Mapping[str, TagKind],
    stamp: str,
) -> ExportResult:
    count = 0
    with _direct(path, overwrite) as out:
        head = {"format": FORMAT, "version": VERSION, "exported_at": stamp}
        tags = [
            {"name": name, "kind": KIND_NAMES[kind]}
            for name, kind in sorted(kinds.items(), key=lambda item: item[0].casefold())
        ]
        out.write(json.dumps(head, ensure_ascii=False)[:-1])
        out.write(', "tags": ' + json.dumps(tags, ensure_ascii=False) + ', "entries": [')
        for record in records:
            out.write(",\n  " if count else "\n  ")
            out.write(json.dumps(entry_to_json(record), ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
    return ExportResult(path, count)


def _write_csv(records: Iterator[EntryRecord], path: Path, overwrite: bool) -> ExportResult:
    count = 0
    with _direct(path, overwrite) as out:
        out.write("\ufeff")  # spreadsheets read UTF-8 reliably only with a BOM
        rows = csv.writer(out, lineterminator="\r\n")
        rows.writerow(CSV_COLUMNS)
        for record in records:
            rows.writerow(csv_row(record))
            count += 1
    return ExportResult(path, count)


def _write_markdown(records: Iterator[EntryRecord], path: Path, overwrite: bool) -> ExportResult:
    count = 0
    day: date | None = None
    with _direct(path, overwrite) as out:
        out.write("# Journal\n\n")
        for record in records:
            local_day = record.created_at.date()
            if local_day != day:
                day = local_day
                out.write(f"## {local_day.isoformat()} ({local_day.strftime('%A')})\n\n")
            out.write(markdown_entry(record))
            count += 1
    return ExportResult(path, count)


def _write_markdown_days(
    records: Iterator[EntryRecord], folder: Path, overwrite: bool
) -> ExportResult:
    """One ``YYYY-MM-DD.md`` per day (entries are read in time order, so per-day files
    are written one after the other, each opened once)."""
    if folder.exists() and any(folder.iterdir()) and not overwrite:
        raise ExportTargetExists(str(folder))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written: list[Path] = []
    count = 0
    current: tuple[date, contextlib.ExitStack, IO[str]] | None = None
    try:
        for record in records:
            day = record.created_at.date()
            if current is None or current[0] != day:
                if current is not None:
                    current[1].close()
                stack = contextlib.ExitStack()
                path = folder / f"{day.isoformat()}.md"
                # Local dates are in time order except across time zones; a day seen
                # again appends to its file rather than losing what is there.
                if path in written:
                    handle = stack.enter_context(open(path, "a", encoding="utf-8"))  # noqa: SIM115
                else:
                    handle = stack.enter_context(_direct(path, overwrite))  # type: ignore[arg-type]
                    written.append(path)
                    handle.write(f"# {day.isoformat()} ({day.strftime('%A')})\n\n")
                current = (day, stack, handle)
            current[2].write(markdown_entry(record))
            count += 1
        if current is not None:
            current[1].close()
    except BaseException:
        if current is not None:
            with contextlib.suppress(Exception):
                current[1].close()
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return ExportResult(folder, count, len(written))
