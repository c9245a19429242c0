"""Write the frozen damaged-vault fixtures ``tests/data/damaged_v3/`` (run once, never again).

    python tests/data/make_damaged_fixtures.py

One small vault (header format 3, schema 2, passphrase ``damaged fixtures, not secret``,
weak test Argon2id costs) in each state that SQLite alone would open silently, plus the
healthy crash copy they start from:

* ``crash-copy``: files as a kill -9 leaves them (commits in the WAL): opens, all there;
* ``zero-bytes``, ``one-byte``, ``half-page``: ``journal.db`` cut short (its WAL kept);
* ``damaged-wal``: one flipped byte in the fourth WAL frame, later commits after it;
* ``missing-wal``: the crash copy without its WAL;
* ``old-db-new-wal``: an older ``journal.db`` (from before a session) next to the WAL;
* ``swapped-header``: another journal's header (same passphrase) next to this database.

``tests/security/test_damaged_fixtures.py`` states what each must be reported as.
"""

from __future__ import annotations

import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from companion.core.clock import FakeClock  # noqa: E402
from companion.core.features import FEATURE_SCHEMAS  # noqa: E402
from companion.core.journal import Journal  # noqa: E402
from companion.core.journal.models import EntryDraft  # noqa: E402
from companion.core.vault.service import VaultService  # noqa: E402

PASSPHRASE = "damaged fixtures, not secret"
TARGET = Path(__file__).resolve().parent / "damaged_v3"
PAGE = 4096


def _copy_files(source: Path, target: Path) -> None:
    target.mkdir(parents=True)
    for name in ("vault.header", "journal.db", "journal.db-wal"):
        if (source / name).exists():
            shutil.copyfile(source / name, target / name)


def main() -> int:
    if TARGET.exists():
        print(f"{TARGET} exists: fixtures are never rewritten", file=sys.stderr)
        return 1
    clock = FakeClock(datetime(2026, 6, 3, 9, 0, tzinfo=UTC))
    service = VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)
    work = TARGET.parent / ".damaged-work"
    shutil.rmtree(work, ignore_errors=True)
    vault, _code = service.create(work / "vault", PASSPHRASE)
    journal = Journal(vault.connection, clock)
    for i in range(3):
        journal.create(EntryDraft(text=f"checkpointed entry {i}"))
    vault.lock()
    shutil.copyfile(work / "vault" / "journal.db", work / "older.db")
    with service.unlock(work / "vault", PASSPHRASE) as session:
        Journal(session.connection, clock).create(EntryDraft(text="a session in between"))
    vault = service.unlock(work / "vault", PASSPHRASE)
    journal = Journal(vault.connection, clock)
    for i in range(3):
        clock.advance(60)
        journal.create(EntryDraft(text=f"acknowledged, still in the log {i}"))
    _copy_files(work / "vault", TARGET / "crash-copy")
    vault.lock()
    other, _code = service.create(work / "other", PASSPHRASE)
    other.lock()

    for name, size in (("zero-bytes", 0), ("one-byte", 1), ("half-page", PAGE // 2)):
        _copy_files(TARGET / "crash-copy", TARGET / name)
        with open(TARGET / name / "journal.db", "r+b") as handle:
            handle.truncate(size)
    _copy_files(TARGET / "crash-copy", TARGET / "damaged-wal")
    wal = TARGET / "damaged-wal" / "journal.db-wal"
    data = bytearray(wal.read_bytes())
    data[32 + 3 * (24 + PAGE) + 700] ^= 0x10
    wal.write_bytes(bytes(data))
    _copy_files(TARGET / "crash-copy", TARGET / "missing-wal")
    (TARGET / "missing-wal" / "journal.db-wal").unlink()
    _copy_files(TARGET / "crash-copy", TARGET / "old-db-new-wal")
    shutil.copyfile(work / "older.db", TARGET / "old-db-new-wal" / "journal.db")
    _copy_files(TARGET / "crash-copy", TARGET / "swapped-header")
    shutil.copyfile(work / "other" / "vault.header", TARGET / "swapped-header" / "vault.header")
    shutil.rmtree(work)
    for path in sorted(TARGET.rglob("*")):
        if path.is_file():
            print(path.relative_to(TARGET), path.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
