"""The vault header: a small, non-secret JSON file that holds the wrapped database key.

Losing or corrupting it loses the journal, so it is written atomically (temp file, fsync,
rename) and parsed strictly: any surprise is reported as a typed error, never guessed
around. Example of the current format, version 2 (values shortened)::

    {"checksum": "sha256:…", "created": "2026-…", "format": "companion-vault",
     "slots": {"passphrase": {"checksum": "sha256:…",
                              "kdf": {"algorithm": "argon2id", "memory_kib": 262144,
                                      "iterations": 3, "lanes": 4},
                              "salt": "base64…", "nonce": "base64…", "wrapped_key": "…"},
               "recovery": {…same shape…}},
     "vault_id": "9f2c…", "version": 2}

Version 3 adds ``"database": {"salt", "page1", "commit", "mac"}`` (see ``state.py``): which
database file the header belongs to and how recent that file must be. It is written at
every unlock and checkpoint. A header that has no record yet (one read in version 1 or 2
whose first unlock could not write) is still written as version 2.

Version 2 adds the checksums (see ``integrity.py``; not a MAC, there is no secret in
them). Without them a flipped bit in a salt, nonce or wrapped key failed the AES-GCM tag
exactly like a wrong passphrase, and damage to the recovery slot went unnoticed until the
code was needed. The top-level checksum covers every other field of the header; each
slot's own one lets the error say which slot a mismatch is in.

Versions 1 (the same fields, no checksums) and 2 are still read, and rewritten as
version 3 on the next successful unlock. Rule for every later version: keep the top-level checksum
computed this way, so this reader can tell "written by a newer Companion" (checksum
verifies) from "damaged" (it does not).
"""

from __future__ import annotations

import binascii
import json
import os
import stat
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.core.errors import UnsupportedVersion, VaultDamaged
from companion.core.fsutil import atomic_write_bytes
from companion.core.vault.crypto import (
    NONCE_BYTES,
    SALT_BYTES,
    WRAPPED_KEY_BYTES,
    KdfParams,
)
from companion.core.vault.integrity import (
    CHECKSUM_KEY,
    CHECKSUM_PREFIX,
    checksum,
    damaged_parts,
    with_checksum,
    without_checksum,
)
from companion.core.vault.state import DB_SALT_BYTES, MAC_BYTES, DatabaseState

FORMAT_NAME = "companion-vault"
HEADER_VERSION = 3
# The first version that carries checksums; older headers are read and then upgraded.
CHECKSUM_VERSION = 2
# The first version that records the database state.
STATE_VERSION = 3
KDF_ALGORITHM = "argon2id"
VAULT_ID_BYTES = 16
MAX_HEADER_BYTES = 64 * 1024
SLOT_PASSPHRASE = "passphrase"  # noqa: S105 - a slot name, not a secret
SLOT_RECOVERY = "recovery"

_TOP_KEYS = {"format", "version", "vault_id", "created", "slots"}
_SLOT_KEYS = {"kdf", "salt", "nonce", "wrapped_key"}
_KDF_KEYS = {"algorithm", "memory_kib", "iterations", "lanes"}
_STATE_KEYS = {"salt", "page1", "commit", "mac"}
DATABASE_KEY = "database"


@dataclass(frozen=True)
class KeySlot:
    """One way in: KDF parameters and salt for a secret, and the DEK wrapped under it."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class VaultHeader:
    """Everything needed to turn a passphrase or recovery code into the database key."""

    version: int
    vault_id: bytes
    created: str
    passphrase: KeySlot
    recovery: KeySlot
    database: DatabaseState | None = None

    @property
    def needs_upgrade(self) -> bool:
        """True for a header read in an older format (it has no checksums)."""
        return self.version < HEADER_VERSION

    @property
    def written_version(self) -> int:
        """The format this header is written in: 3 with a record of the database, else 2."""
        return HEADER_VERSION if self.database is not None else CHECKSUM_VERSION

    def upgraded(self) -> VaultHeader:
        """The same header in the newest format it can be written in."""
        return replace(self, version=self.written_version)

    def with_passphrase_slot(self, slot: KeySlot) -> VaultHeader:
        """A copy in a written format with the passphrase slot replaced."""
        return replace(self, passphrase=slot).upgraded()

    def with_recovery_slot(self, slot: KeySlot) -> VaultHeader:
        """A copy in a written format with the recovery slot replaced."""
        return replace(self, recovery=slot).upgraded()

    def with_database(self, state: DatabaseState) -> VaultHeader:
        """A copy in the current format recording ``state``."""
        return replace(self, version=HEADER_VERSION, database=state)


class _MalformedError(Exception):
    """Internal: the reason a header is rejected."""


def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    return with_checksum(
        {
            "kdf": {
                "algorithm": KDF_ALGORITHM,
                "memory_kib": slot.kdf.memory_kib,
                "iterations": slot.kdf.iterations,
                "lanes": slot.kdf.lanes,
            },
            "salt": _b64(slot.salt),
            "nonce": _b64(slot.nonce),
            "wrapped_key": _b64(slot.wrapped_key),
        }
    )


def encode_header(header: VaultHeader) -> bytes:
    """Serialise a header to UTF-8 JSON bytes, checksums included.

    Raises:
        ValueError: ``header`` is in an older format; write ``header.upgraded()``.
    """
    if header.version != header.written_version:
        raise ValueError("only formats 2 (no database record) and 3 are written")
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": header.version,
        "vault_id": header.vault_id.hex(),
        "created": header.created,
        "slots": {
            SLOT_PASSPHRASE: _slot_to_json(header.passphrase),
            SLOT_RECOVERY: _slot_to_json(header.recovery),
        },
    }
    if header.database is not None:
        state = header.database
        doc[DATABASE_KEY] = {
            "salt": state.salt.hex(),
            "page1": state.page1.hex(),
            "commit": state.commit,
            "mac": state.mac.hex(),
        }
    doc = with_checksum(doc)
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _MalformedError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _MalformedError(f"unexpected constant {name}")


def _object(value: Any, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _MalformedError(f"{where} is not an object")
    if set(value) != keys:
        raise _MalformedError(f"{where} has unexpected or missing fields")
    return value


def _integer(value: Any, where: str) -> int:
    if type(value) is not int:
        raise _MalformedError(f"{where} is not an integer")
    return value


def _bytes_field(value: Any, length: int, where: str) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * length:
        raise _MalformedError(f"{where} is not base64")
    try:
        data = binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _MalformedError(f"{where} is not base64") from None
    if len(data) != length:
        raise _MalformedError(f"{where} has the wrong length")
    return data


def _hex_field(value: Any, length: int, where: str) -> bytes:
    if not isinstance(value, str) or len(value) != 2 * length:
        raise _MalformedError(f"{where} is malformed")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise _MalformedError(f"{where} is malformed") from None


def _parse_state(value: Any) -> DatabaseState:
    state = _object(value, _STATE_KEYS, DATABASE_KEY)
    commit = _integer(state["commit"], "database.commit")
    if not 0 <= commit < 2**31:
        raise _MalformedError("database.commit out of range")
    return DatabaseState(
        salt=_hex_field(state["salt"], DB_SALT_BYTES, "database.salt"),
        page1=_hex_field(state["page1"], 32, "database.page1"),
        commit=commit,
        mac=_hex_field(state["mac"], MAC_BYTES, "database.mac"),
    )


def _verify_checksum(doc: dict[str, Any], version: int) -> None:
    """Check the top-level checksum before anything else in the header is believed.

    Raises:
        UnsupportedVersion: A newer header whose checksum verifies (or one that carries
            no checksum of this kind, so damage cannot be told apart).
        _MalformedError: The checksum is missing or does not match.
    """
    stored = doc.get(CHECKSUM_KEY)
    newer = version > HEADER_VERSION
    if newer and not (isinstance(stored, str) and stored.startswith(CHECKSUM_PREFIX)):
        raise UnsupportedVersion("vault header", version, HEADER_VERSION)
    if not isinstance(stored, str):
        raise _MalformedError("checksum is missing")
    if stored != checksum(without_checksum(doc)):
        where = damaged_parts(doc.get("slots"), (SLOT_PASSPHRASE, SLOT_RECOVERY))
        raise _MalformedError("checksum mismatch" + (f" ({' and '.join(where)})" if where else ""))
    if newer:
        raise UnsupportedVersion("vault header", version, HEADER_VERSION)


def _parse_slot(value: Any, name: str, *, checksummed: bool) -> KeySlot:
    keys = _SLOT_KEYS | {CHECKSUM_KEY} if checksummed else _SLOT_KEYS
    slot = _object(value, keys, name)
    if checksummed and slot[CHECKSUM_KEY] != checksum(without_checksum(slot)):
        raise _MalformedError(f"checksum mismatch ({name} slot)")
    kdf = _object(slot["kdf"], _KDF_KEYS, f"{name}.kdf")
    if kdf["algorithm"] != KDF_ALGORITHM:
        raise _MalformedError(f"{name}.kdf uses an unknown algorithm")
    try:
        # KdfParams refuses costs above crypto.MAX_*: no Argon2id run is ever attempted
        # with them, so a hostile header cannot ask for gigabytes or minutes of work.
        params = KdfParams(
            memory_kib=_integer(kdf["memory_kib"], f"{name}.kdf.memory_kib"),
            iterations=_integer(kdf["iterations"], f"{name}.kdf.iterations"),
            lanes=_integer(kdf["lanes"], f"{name}.kdf.lanes"),
        )
    except ValueError as exc:
        raise _MalformedError(f"{name}.kdf: {exc}") from None
    return KeySlot(
        kdf=params,
        salt=_bytes_field(slot["salt"], SALT_BYTES, f"{name}.salt"),
        nonce=_bytes_field(slot["nonce"], NONCE_BYTES, f"{name}.nonce"),
        wrapped_key=_bytes_field(slot["wrapped_key"], WRAPPED_KEY_BYTES, f"{name}.wrapped_key"),
    )


def _parse(data: bytes) -> VaultHeader:
    if len(data) > MAX_HEADER_BYTES:
        raise _MalformedError("too large")
    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise _MalformedError("not a Companion vault header")
    version = _integer(doc.get("version"), "version")
    if version < 1:
        raise _MalformedError("invalid version")
    checksummed = version >= CHECKSUM_VERSION
    if checksummed:
        _verify_checksum(doc, version)
    keys = _TOP_KEYS | {CHECKSUM_KEY} if checksummed else set(_TOP_KEYS)
    # Version 3 always records the database: a version-3 header without the record is
    # not one Companion wrote (removing it would switch off the rollback checks).
    has_state = version >= STATE_VERSION
    top = _object(doc, keys | {DATABASE_KEY} if has_state else keys, "header")
    vault_id_text = top["vault_id"]
    if not isinstance(vault_id_text, str) or len(vault_id_text) != 2 * VAULT_ID_BYTES:
        raise _MalformedError("vault_id is malformed")
    vault_id = bytes.fromhex(vault_id_text)
    created = top["created"]
    if not isinstance(created, str) or len(created) > 64:
        raise _MalformedError("created is malformed")
    datetime.fromisoformat(created)
    slots = _object(top["slots"], {SLOT_PASSPHRASE, SLOT_RECOVERY}, "slots")
    return VaultHeader(
        version=version,
        vault_id=vault_id,
        created=created,
        passphrase=_parse_slot(slots[SLOT_PASSPHRASE], SLOT_PASSPHRASE, checksummed=checksummed),
        recovery=_parse_slot(slots[SLOT_RECOVERY], SLOT_RECOVERY, checksummed=checksummed),
        database=_parse_state(top[DATABASE_KEY]) if has_state else None,
    )


def parse_header(data: bytes) -> VaultHeader:
    """Parse header bytes strictly.

    Version 2 and later: the checksum is verified before any field is interpreted, so
    damage anywhere is ``VaultDamaged("header", "checksum mismatch…")`` (naming the slot
    when it can), never a wrong passphrase later. Version 1 has no checksum to verify.

    Raises:
        VaultDamaged: ``part == "header"``, for anything malformed or damaged.
        UnsupportedVersion: The header was written by a newer Companion.
    """
    try:
        return _parse(data)
    except UnsupportedVersion:
        raise
    except _MalformedError as exc:
        raise VaultDamaged("header", str(exc)) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise VaultDamaged("header", type(exc).__name__) from None


def read_header(path: Path) -> VaultHeader:
    """Read and parse the header file.

    Raises:
        FileNotFoundError: There is no header (the caller decides what that means).
        VaultDamaged: Unreadable or malformed.
        UnsupportedVersion: Written by a newer Companion.
    """
    try:
        # A FIFO or device under the header's name would block or stream forever.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise VaultDamaged("header", "not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise VaultDamaged("header", f"unreadable ({os.strerror(exc.errno or 0)})") from None
    return parse_header(data)


def write_header(path: Path, header: VaultHeader) -> None:
    """Atomically replace the header file (0600): readers see old or new, never a mix."""
    atomic_write_bytes(path, encode_header(header))
