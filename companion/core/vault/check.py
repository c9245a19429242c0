"""Checking a vault folder completely without writing to it (``companion check``).

Everything unlock checks (header, files, WAL, the record of the database), then every
page and the structure, the schema versions, and the backups (their SHA-256, and with
``full_backups`` the full check of each backup the secret opens). Nothing is migrated,
sealed or checkpointed. When a WAL holds commits, reading through it needs SQLite's
shared-memory file; one is created for the check and removed afterwards if it was not
there before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.errors import VaultDamaged, WrongPassphrase
from companion.core.vault.backup import BackupInfo, backups_folder, list_backups
from companion.core.vault.connection import read_only_peek
from companion.core.vault.crypto import wipe
from companion.core.vault.header import VaultHeader
from companion.core.vault.layout import DATABASE_NAME, load_header
from companion.core.vault.migrations import FeatureSchema, stored_versions, summarize
from companion.core.vault.opening import check_contents, check_files, verify_state
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker
from companion.core.vault.restore import backup_problems, unwrap_with
from companion.core.vault.state import derive_mac_key
from companion.core.vault.verify import check_file


@dataclass
class CheckReport:
    """The outcome of :func:`check_vault`.

    Attributes:
        problems: Problems with the journal itself (empty: healthy).
        counts: The features' summary counts (``journal.entries``...).
        versions: Each feature's stored schema version.
        upgrade_pending: True when this Companion would upgrade the tables on unlock.
        backups: Each backup with its problems (empty list: it verifies).
    """

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    upgrade_pending: bool = False
    backups: list[tuple[BackupInfo, list[str]]] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """True when the journal and every backup verified."""
        return not self.problems and all(not p for _, p in self.backups)


def check_vault(
    folder: Path,
    secret: str,
    *,
    schemas: Sequence[FeatureSchema] = (),
    full_backups: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> CheckReport:
    """Check the vault in ``folder`` with its passphrase (or recovery code); write nothing.

    Raises:
        WrongPassphrase: ``secret`` opens neither slot (nothing was checked beyond that).
        VaultNotFound: No vault in ``folder``.
        UnsupportedVersion: Written by a newer Companion.
        Cancelled: Asked to stop.
    """
    ticker = Ticker(progress, cancelled)
    report = CheckReport()
    try:
        header = load_header(folder)
    except VaultDamaged as exc:
        report.problems.append(f"header: {exc.reason}")
        header = None
    if header is not None:
        dek = unwrap_with(header, secret)
        try:
            _check_journal(report, folder, header, dek, schemas, ticker)
        finally:
            wipe(dek)
    infos = list_backups(backups_folder(folder))
    for number, info in enumerate(infos):
        ticker.step(number, len(infos))
        try:
            found = backup_problems(info, secret if full_backups else None, cancelled=cancelled)
        except WrongPassphrase:
            found = backup_problems(info, None, cancelled=cancelled)
        report.backups.append((info, found))
    ticker.report(len(infos), len(infos))
    return report


def _check_journal(
    report: CheckReport,
    folder: Path,
    header: VaultHeader,
    dek: bytearray,
    schemas: Sequence[FeatureSchema],
    ticker: Ticker,
) -> None:
    database = folder / DATABASE_NAME
    mac_key = derive_mac_key(dek, header.vault_id)
    try:
        verify_state(header, mac_key)
        files = check_files(database, header)
        with read_only_peek(database, dek) as conn:
            check_contents(conn, header, files, schemas)
            report.versions = stored_versions(conn, schemas)
            report.upgrade_pending = any(
                report.versions.get(s.feature, 0) < s.version for s in schemas
            )
            report.counts = summarize(conn, schemas)
        ticker.check()
        report.problems += check_file(
            database, dek, rewritten=frozenset(files.wal.committed_pages), stop=None
        )
    except VaultDamaged as exc:
        report.problems.append(f"{exc.part}: {exc.reason}")
    finally:
        wipe(mac_key)
