"""Which database a header belongs to, and how recent it must be: :class:`DatabaseState`.

The header records, for the database it unlocks:

* ``salt``: the database file's first 16 bytes (SQLCipher's random per-file salt). It names
  the database *generation*: a re-keyed journal is a new file with a new salt, so the
  atomic replace of the header is the switch from one generation to the next, and a
  header copied next to another journal's database is caught before any key is derived.
* ``page1``: SHA-256 of the main file's first page as of the last checkpoint. Page 1 holds
  the commit counter, so it changes at every checkpoint; a main file from an earlier
  checkpoint (an older ``journal.db`` put back next to a newer WAL) no longer matches.
* ``commit``: the commit counter, also kept inside the database (``PRAGMA
  application_id``, on page 1). It is advanced at every unlock and checkpoint, in the
  WAL first and then in the header, so a lost WAL or an older database shows up as a
  database counter below the header's.
* ``mac``: HMAC-SHA256 over the above with a key derived from the data key, so the
  values cannot be edited to match an older database without the key.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.core.vault.crypto import wipe
from companion.core.vault.wal import PAGE1_BYTES

DB_SALT_BYTES = 16
MAC_BYTES = 32
_MAC_INFO = b"companion vault header state v1"
# application_id is a signed 32-bit field: two billion checkpoints, a few per day.
COUNTER_LIMIT = 2**31 - 1


@dataclass(frozen=True)
class DatabaseState:
    """The database a header unlocks: generation, last checkpoint, commit counter, MAC."""

    salt: bytes
    page1: bytes
    commit: int
    mac: bytes

    def payload(self, vault_id: bytes) -> bytes:
        """The bytes the MAC covers."""
        return b"|".join(
            (b"companion-db-state", vault_id, self.salt, self.page1, str(self.commit).encode())
        )


def derive_mac_key(dek: bytearray, vault_id: bytes) -> bytearray:
    """A key for the header's state MAC, derived from the data key (caller wipes it)."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id, info=_MAC_INFO)
    key = bytearray(32)
    material = derived.derive(bytes(dek))
    key[:] = material
    return key


def seal_state(
    mac_key: bytearray, vault_id: bytes, salt: bytes, page1: bytes, commit: int
) -> DatabaseState:
    """A state with its MAC computed."""
    unsealed = DatabaseState(salt, page1, commit, b"")
    mac = hmac.new(bytes(mac_key), unsealed.payload(vault_id), hashlib.sha256).digest()
    return DatabaseState(salt, page1, commit, mac)


def state_verifies(state: DatabaseState, mac_key: bytearray, vault_id: bytes) -> bool:
    """True when the state's MAC was made with this data key."""
    expected = hmac.new(bytes(mac_key), state.payload(vault_id), hashlib.sha256).digest()
    return hmac.compare_digest(expected, state.mac)


def file_salt_and_page1(path: Path) -> tuple[bytes, bytes]:
    """The first 16 bytes of a database file and the SHA-256 of its first page.

    Raises:
        OSError: The file cannot be read.
    """
    with open(path, "rb") as handle:
        first = handle.read(PAGE1_BYTES)
    return first[:DB_SALT_BYTES], hashlib.sha256(first).digest()


def read_counter(conn: sqlcipher3.Connection) -> int:
    """The commit counter stored in the database (0 for a database that never had one)."""
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def write_counter(conn: sqlcipher3.Connection, value: int) -> None:
    """Store the counter on page 1 (its own transaction, durable before this returns)."""
    if not 0 <= value <= COUNTER_LIMIT:
        raise ValueError("commit counter out of range")
    conn.execute(f"PRAGMA application_id = {int(value)}")
    if conn.in_transaction:
        conn.commit()


def wipe_key(key: bytearray | None) -> None:
    """Wipe a MAC key if there is one."""
    if key is not None:
        wipe(key)
