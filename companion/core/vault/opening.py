"""Opening a vault's database: every check that must pass before anything is written.

In order, and each one fails with :class:`DatabaseDamaged` leaving every file as it was:

1. Files, before the key is used: the database is at least one page long and ends on a
   page boundary (0 bytes, 1 byte or half a page is a cut-off copy, and SQLite would
   happily open it as an *empty* database and write a fresh schema into it); its salt is
   the one the header records (a header next to another journal's database); the WAL has
   no bad frame followed by later commits (:mod:`companion.core.vault.wal`).
2. With the key: the header's record of the database verifies (its MAC); the database
   opens and holds Companion's tables; its commit counter is not below the header's (a
   lost WAL, or an older ``journal.db`` put back); and its first page is the one the
   header recorded at the last checkpoint, or one the WAL is about to write (an older
   main file next to a newer WAL fails this).

When the WAL holds commits, step 2 runs on a read-only connection, which never
checkpoints: closing a read-write one would write into the file being judged.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from companion.core.errors import VaultDamaged
from companion.core.vault.connection import open_database, read_only_peek
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.header import VaultHeader
from companion.core.vault.layout import DATABASE_NAME
from companion.core.vault.migrations import VERSIONS_TABLE, FeatureSchema
from companion.core.vault.state import file_salt_and_page1, read_counter, state_verifies
from companion.core.vault.wal import PAGE1_BYTES, WalScan, scan_wal

PAGE_SIZE = PAGE1_BYTES  # SQLCipher 4's default; every Companion database uses it


@dataclass
class FileCheck:
    """What the key-less checks learned, for the checks that need the key."""

    page1: bytes
    wal: WalScan = field(default_factory=WalScan)


def wal_path(database: Path) -> Path:
    """The WAL next to a database file."""
    return database.with_name(database.name + "-wal")


def _check_size(database: Path) -> None:
    try:
        size = os.stat(database).st_size
    except FileNotFoundError:
        raise DatabaseDamaged(Damage.MISSING) from None
    if not database.is_file():
        raise DatabaseDamaged(Damage.UNREADABLE, "not a regular file")
    if size < PAGE_SIZE:
        raise DatabaseDamaged(Damage.TOO_SHORT, f"{size} bytes")
    if size % PAGE_SIZE:
        raise DatabaseDamaged(Damage.TOO_SHORT, "ends in the middle of a page")


def check_files(database: Path, header: VaultHeader | None) -> FileCheck:
    """Step 1: size, salt and WAL, without the key and without opening anything.

    Raises:
        DatabaseDamaged: Missing, too short, not the header's database, or a damaged WAL.
    """
    _check_size(database)
    try:
        salt, page1 = file_salt_and_page1(database)
        scan = scan_wal(wal_path(database))
    except OSError as exc:
        raise DatabaseDamaged(Damage.UNREADABLE, type(exc).__name__) from None
    if header is not None and header.database is not None and salt != header.database.salt:
        raise DatabaseDamaged(Damage.WRONG_DATABASE, "the header belongs to another database")
    if scan.damaged:
        raise DatabaseDamaged(Damage.LOG_DAMAGED, f"frame {scan.damaged_frame}")
    return FileCheck(page1=page1, wal=scan)


def check_pair(folder: Path, header: VaultHeader) -> None:
    """Before any key is derived: does the header belong to this folder's database?

    A header copied next to another journal's database is reported as such, whatever
    passphrase is typed (otherwise it would read as a wrong passphrase). The pending file
    of an interrupted re-key or restore counts as the database when its salt matches.

    Raises:
        DatabaseDamaged: ``Damage.WRONG_DATABASE``.
    """
    from companion.core.vault.switch import PENDING_NAME

    database = folder / DATABASE_NAME
    state = header.database
    if state is not None and _salt_of(folder / PENDING_NAME) == state.salt:
        return  # an interrupted re-key or restore, finished after the key is proved
    if not database.is_file():
        return
    _check_size(database)
    if state is not None and _salt_of(database) != state.salt:
        raise DatabaseDamaged(Damage.WRONG_DATABASE, "the header belongs to another database")


def _salt_of(path: Path) -> bytes | None:
    from companion.core.vault.state import DB_SALT_BYTES

    try:
        with open(path, "rb") as handle:
            return handle.read(DB_SALT_BYTES)
    except OSError:
        return None


def holds_schema(conn: sqlcipher3.Connection, schemas: Sequence[FeatureSchema]) -> bool:
    """True when the database has Companion's version table or a feature's legacy tables."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSIONS_TABLE,)
    ).fetchone()
    if row is not None:
        return True
    return any(s.legacy_version is not None and s.legacy_version(conn) > 0 for s in schemas)


def check_contents(
    conn: sqlcipher3.Connection,
    header: VaultHeader | None,
    files: FileCheck,
    schemas: Sequence[FeatureSchema],
) -> None:
    """Step 2 on an open, keyed connection (after the header's MAC was verified).

    Raises:
        DatabaseDamaged: No Companion tables, or older than the header or its own WAL.
    """
    if not holds_schema(conn, schemas):
        raise DatabaseDamaged(Damage.NOT_A_JOURNAL)
    state = None if header is None else header.database
    if state is None:
        return
    counter = read_counter(conn)
    if counter < state.commit:
        raise DatabaseDamaged(
            Damage.OLDER_THAN_HEADER, f"commit {counter}, the header expects {state.commit}"
        )
    # The main file's first page must be the one the header recorded at the last
    # checkpoint, or one the WAL holds (a checkpoint under way), or the header must name
    # one the WAL holds (recorded just before a checkpoint that did not happen). Without
    # WAL frames any first page goes: the counter above already ruled out an older file.
    wal = files.wal.page1_hashes
    if (
        files.wal.committed_frames
        and files.page1 != state.page1
        and files.page1 not in wal
        and state.page1 not in wal
    ):
        raise DatabaseDamaged(Damage.OLDER_THAN_LOG, "the main file is older than its log")


def verify_state(header: VaultHeader, mac_key: bytearray) -> None:
    """Step 2 starts here: the header's record of the database must carry our MAC.

    Raises:
        VaultDamaged: ``part == "header"``: the record was changed without the key.
    """
    if header.database is not None and not state_verifies(
        header.database, mac_key, header.vault_id
    ):
        raise VaultDamaged("header", "its record of the database does not verify")


def open_checked(
    database: Path,
    header: VaultHeader | None,
    dek: bytearray,
    schemas: Sequence[FeatureSchema],
) -> tuple[sqlcipher3.Connection, FileCheck]:
    """Run every check, then open read-write (holding the lock). Nothing is written.

    Raises:
        DatabaseDamaged, VaultDamaged, VaultInUse, StorageFull.
    """
    files = check_files(database, header)
    if files.wal.committed_frames:
        with read_only_peek(database, dek) as peek:
            check_contents(peek, header, files, schemas)
        return open_database(database, dek), files
    conn = open_database(database, dek, lambda c: check_contents(c, header, files, schemas))
    return conn, files
