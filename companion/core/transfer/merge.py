"""Merging another copy of the journal (an encrypted export or a backup) into this one.

People with two computers carry a ``.companion`` file (or a backup folder) between them
instead of syncing a live database. Entries are matched by their uid:

* only in the other copy: added;
* the same revision on both sides: nothing to do;
* one side's revision is in the other's history: that side was edited since; the newer
  edit is kept (on this side, or taken from the other);
* both sides edited since they parted: both are kept; the other copy's version is added
  as a new entry (its uid derived from the original's and its rev, so merging the same
  file again does not add it twice), and the report lists the pair. Content this side
  already holds under another uid (such a copy, merged back the other way) is not added
  again.

Nothing is ever deleted by a merge: an entry deleted for good on one side is not an edit
the other side can see. Everything happens in one transaction; the other copy is read
from a scratch copy that is deleted afterwards, and never written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.errors import InvalidEntry
from companion.core.journal.batch import RecordWriter, check_record, tag_kinds, write_records
from companion.core.journal.models import EntryRecord, TagKind
from companion.core.journal.records import count_records, iter_records
from companion.core.journal.revisions import derived_uid, merged_history
from companion.core.transfer.errors import RowProblem
from companion.core.vault.copies import open_copy
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker

if TYPE_CHECKING:
    from companion.core.vault.migrations import FeatureSchema
    from companion.core.vault.vault import Vault


@dataclass
class MergeReport:
    """What a merge did.

    Attributes:
        source_entries: Entries in the other copy.
        added: New here.
        updated: Replaced here by a newer edit from the other copy.
        newer_here: Kept as they are: this side has the newer edit.
        identical: The same on both sides.
        conflicts: ``(uid here, uid of the added copy)`` for entries edited on both sides.
        left_out: Entries of the other copy that break this journal's rules.
    """

    source_entries: int = 0
    added: int = 0
    updated: int = 0
    newer_here: int = 0
    identical: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    left_out: list[RowProblem] = field(default_factory=list)


def conflict_uid(record: EntryRecord) -> str:
    """The uid the other side's version of a conflicting entry is kept under."""
    return derived_uid("conflict", f"{record.uid}|{record.rev}")


def merge_into(
    writer: RecordWriter,
    records: Iterable[EntryRecord],
    report: MergeReport,
    ticker: Ticker,
) -> None:
    """Merge ``records`` through ``writer`` (inside its transaction), filling ``report``."""
    total = max(report.source_entries, 1)
    # Content already here under another uid (a conflict copy merged back the other
    # way) is not added twice: every local rev, in memory (16 characters each).
    revs = writer.all_revs()
    for number, incoming in enumerate(records):
        if number % 200 == 0:
            ticker.step(number, total)
        try:
            other = check_record(incoming)
        except InvalidEntry as exc:
            report.left_out.append(RowProblem(f"uid {incoming.uid}", f"{exc.field}: {exc.reason}"))
            continue
        found = writer.find(other.uid)
        if found is None:
            if other.rev and other.rev in revs:
                report.identical += 1
                continue
            writer.add(other)
            revs.add(other.rev)
            report.added += 1
            continue
        entry_id, here = found
        if here.rev == other.rev:
            report.identical += 1
        elif other.rev in here.history:
            report.newer_here += 1
        elif here.rev in other.history:
            history = merged_history(
                other.rev, " ".join(other.history), here.rev, " ".join(here.history)
            )
            writer.replace(entry_id, replace(other, history=tuple(history.split())))
            report.updated += 1
        else:
            copy_uid = conflict_uid(other)
            if not writer.has(copy_uid) and other.rev not in revs:
                writer.add(replace(other, uid=copy_uid))
                revs.add(other.rev)
            report.conflicts.append((here.uid, copy_uid))
    ticker.report(total, total)


def merge_journal(
    vault: Vault,
    source: Path,
    secret: str,
    *,
    schemas: Iterable[FeatureSchema],
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> MergeReport:
    """Merge the journal in ``source`` (a ``.companion`` file or a backup folder).

    Args:
        vault: This journal, open.
        source: The other copy.
        secret: The other copy's passphrase or recovery code.
        schemas: The features (the other copy is migrated, in its scratch copy).

    Raises:
        NotAnExport: ``source`` is not a journal.
        WrongPassphrase: ``secret`` does not open it.
        VaultDamaged, UnsupportedVersion: The other copy cannot be read.
        Cancelled, StorageFull: Nothing was merged.
        ValueError: ``vault`` is in memory (a guest session keeps nothing).
    """
    if vault.folder is None:
        raise ValueError("merging needs a journal on disk")
    ticker = Ticker(progress, cancelled)
    report = MergeReport()
    with open_copy(source, secret, scratch_parent=vault.folder, schemas=tuple(schemas)) as other:
        conn = other.connection
        kinds = tag_kinds(conn)
        report.source_entries = count_records(conn)
        with write_records(vault.connection) as writer:
            merge_into(writer, _with_kinds(iter_records(conn), kinds), report, ticker)
    if report.added or report.updated or report.conflicts:
        vault.checkpoint()
    return report


def _with_kinds(records: Iterable[EntryRecord], kinds: dict[str, TagKind]) -> Iterable[EntryRecord]:
    for record in records:
        yield replace(record, tag_kinds=tuple((t, kinds[t]) for t in record.tags if t in kinds))
