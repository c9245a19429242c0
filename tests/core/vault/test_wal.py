"""The WAL reader: what SQLite's recovery would apply, and damage it would hide."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest

from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import DATABASE_NAME, Vault
from companion.core.vault.wal import (
    FRAME_HEADER_BYTES,
    WAL_HEADER_BYTES,
    scan_wal,
    wal_checksum,
)

from .conftest import FAST, PASSPHRASE

PAGE = 4096
FRAME = FRAME_HEADER_BYTES + PAGE


def _wal_with_commits(vault_dir: Path, tmp_path: Path, commits: int = 12) -> Path:
    """A copy of a WAL as a kill -9 would leave it: ``commits`` acknowledged transactions."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    conn = vault.connection
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    for i in range(commits):
        conn.execute("INSERT INTO notes VALUES (?)", (f"note {i} " * 300,))
        conn.commit()
    copy = tmp_path / "wal-copy"
    shutil.copyfile(vault_dir / f"{DATABASE_NAME}-wal", copy)
    vault.lock()
    return copy


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _frames(path: Path) -> int:
    return (path.stat().st_size - WAL_HEADER_BYTES) // FRAME


def test_checksum_matches_the_sqlite_definition() -> None:
    # Two words per step: s1 += w0 + s2; s2 += w1 + s1 (mod 2**32), big-endian words.
    data = struct.pack(">4I", 1, 2, 3, 4)
    s1 = 1 + 0
    s2 = 2 + s1
    s1 = (s1 + 3 + s2) & 0xFFFFFFFF
    s2 = (s2 + 4 + s1) & 0xFFFFFFFF
    assert wal_checksum(data, (0, 0), big_endian=True) == (s1, s2)
    little = struct.pack("<4I", 1, 2, 3, 4)
    assert wal_checksum(little, (0, 0), big_endian=False) == (s1, s2)


def test_missing_or_empty_wal_is_nothing(tmp_path: Path) -> None:
    assert not scan_wal(tmp_path / "none").exists
    (tmp_path / "empty").write_bytes(b"")
    scan = scan_wal(tmp_path / "empty")
    assert (scan.committed_frames, scan.damaged) == (0, False)


def test_a_clean_wal_is_applied_whole(vault_dir: Path, tmp_path: Path) -> None:
    wal = _wal_with_commits(vault_dir, tmp_path)
    scan = scan_wal(wal)
    assert scan.committed_frames == _frames(wal)
    assert not scan.damaged
    assert scan.page1_hashes  # the counter and the size live on page 1
    assert 1 in scan.committed_pages


@pytest.mark.parametrize("where", ["page data", "frame salt", "frame checksum"])
def test_a_bad_frame_in_the_middle_is_damage(vault_dir: Path, tmp_path: Path, where: str) -> None:
    wal = _wal_with_commits(vault_dir, tmp_path)
    frame = _frames(wal) // 3
    start = WAL_HEADER_BYTES + frame * FRAME
    offsets = {
        "page data": start + 24 + 1000,
        "frame salt": start + 9,
        "frame checksum": start + 17,
    }
    _flip(wal, offsets[where])
    scan = scan_wal(wal)
    assert scan.damaged
    assert scan.damaged_frame is not None
    assert scan.damaged_frame <= frame + 1
    assert scan.committed_frames < frame + 1  # SQLite would stop here, silently


def test_a_damaged_wal_header_before_valid_frames_is_damage(
    vault_dir: Path, tmp_path: Path
) -> None:
    wal = _wal_with_commits(vault_dir, tmp_path)
    _flip(wal, 5)  # the version field: SQLite would ignore the whole log
    assert scan_wal(wal).damaged


def test_damage_in_the_last_transaction_is_not_reported(vault_dir: Path, tmp_path: Path) -> None:
    """The last, possibly unacknowledged transaction may reach the disk out of order."""
    wal = _wal_with_commits(vault_dir, tmp_path)
    _flip(wal, wal.stat().st_size - 100)
    scan = scan_wal(wal)
    assert not scan.damaged
    assert scan.committed_frames < _frames(wal)


def test_a_torn_tail_is_not_damage(vault_dir: Path, tmp_path: Path) -> None:
    wal = _wal_with_commits(vault_dir, tmp_path)
    with wal.open("r+b") as handle:
        handle.truncate(wal.stat().st_size - FRAME // 2)
    scan = scan_wal(wal)
    assert not scan.damaged
    assert scan.committed_frames > 0


def test_frames_of_an_older_generation_after_the_log_are_ignored(
    vault_dir: Path, tmp_path: Path
) -> None:
    """After a reset SQLite writes from the start again; old frames behind the new ones
    carry other salts and are not part of this log."""
    wal = _wal_with_commits(vault_dir, tmp_path, commits=6)
    old = wal.read_bytes()
    # Write a fresh, shorter log over the start of the old one, as a reset would.
    second = tmp_path / "second"
    second.mkdir()
    short = _wal_with_commits(second / "vault", second, commits=1)
    mixed = short.read_bytes() + old[len(short.read_bytes()) :]
    wal.write_bytes(mixed)
    scan = scan_wal(wal)
    assert not scan.damaged
    assert scan.committed_frames == _frames(short)


def test_scan_does_not_modify_the_file(vault_dir: Path, tmp_path: Path) -> None:
    wal = _wal_with_commits(vault_dir, tmp_path)
    before = (wal.read_bytes(), os.stat(wal).st_mtime_ns)
    scan_wal(wal)
    assert (wal.read_bytes(), os.stat(wal).st_mtime_ns) == before
