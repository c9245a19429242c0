"""The SQLCipher connection recipe: raw keys, guards, pragmas, error mapping."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import sqlcipher3

from companion.core.errors import StorageFull, VaultDamaged
from companion.core.vault import connection
from companion.core.vault.crypto import new_data_key
from companion.core.vault.netfs import filesystem_type_linux

from .conftest import SQLITE_MAGIC


def test_raw_key_literal_is_validated_and_exact() -> None:
    key = bytearray(range(32))
    literal = connection.raw_key_literal(key)
    assert bytes(literal) == b"x'" + bytes(range(32)).hex().encode() + b"'"
    assert len(literal) == 67
    for bad in (bytearray(31), bytearray(33), bytearray(), bytes(32)):
        with pytest.raises(ValueError, match="32-byte"):
            connection.raw_key_literal(bad)  # type: ignore[arg-type]


def test_set_key_uses_the_raw_key_not_a_passphrase(tmp_path: Path) -> None:
    """A database keyed through the recipe opens with PRAGMA key x'..', not with the hex."""
    key = new_data_key()
    path = tmp_path / "a.db"
    conn = connection.create_database(path, key)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    connection.close_database(conn, checkpoint=True)
    raw = sqlcipher3.connect(str(path))
    raw.execute("PRAGMA cipher_log_level = NONE")
    raw.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 1
    raw.close()
    as_passphrase = sqlcipher3.connect(str(path))
    as_passphrase.execute("PRAGMA cipher_log_level = NONE")
    as_passphrase.execute(f"PRAGMA key = '{bytes(key).hex()}'")
    with pytest.raises(sqlcipher3.DatabaseError):
        as_passphrase.execute("SELECT count(*) FROM sqlite_master").fetchone()
    as_passphrase.close()


def test_created_database_is_private_encrypted_and_configured(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    conn = connection.create_database(path, new_data_key())
    try:
        pragmas = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "temp_store",
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "secure_delete",
                "cipher_log_level",
            )
        }
    finally:
        connection.close_database(conn, checkpoint=True)
    assert pragmas == {
        "temp_store": 2,
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "cipher_log_level": "NONE",
    }
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]  # WAL gone after close


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        connection.create_database(path, new_data_key())
    assert path.read_bytes() == b"precious"


def test_open_never_creates_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged) as info:
        connection.open_database(tmp_path / "missing.db", new_data_key())
    assert info.value.part == "database"
    assert list(tmp_path.iterdir()) == []


def test_open_with_another_key_is_damage_and_leaves_no_files(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    connection.close_database(connection.create_database(path, new_data_key()), checkpoint=True)
    before = path.read_bytes()
    with pytest.raises(VaultDamaged):
        connection.open_database(path, new_data_key())
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]


def test_memory_database_is_keyed_and_keeps_temp_in_memory() -> None:
    conn = connection.open_memory_database()
    try:
        assert conn.execute("PRAGMA cipher_version").fetchone()[0]
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()


def test_storage_full_mapping() -> None:
    assert connection.is_storage_full(sqlcipher3.OperationalError("database or disk is full"))
    assert connection.is_storage_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not connection.is_storage_full(sqlcipher3.OperationalError("database is locked"))
    assert not connection.is_storage_full(ValueError("database or disk is full"))
    with pytest.raises(StorageFull), connection.storage_errors():
        raise sqlcipher3.OperationalError("database or disk is full")
    with pytest.raises(sqlcipher3.OperationalError), connection.storage_errors():
        raise sqlcipher3.OperationalError("database is locked")


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//server/homes /home/patron cifs rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/usb\\040stick vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/home/patron/.local/share/companion", "cifs"),
        ("/home/patronX", "ext4"),
        ("/mnt/nfs", "nfs4"),
        ("/mnt/usb stick/data", "vfat"),
        ("/var/lib", "ext4"),
    ],
)
def test_filesystem_type_from_mounts(path: str, fstype: str) -> None:
    assert filesystem_type_linux(Path(path), MOUNTS) == fstype
