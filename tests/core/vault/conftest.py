"""Shared helpers for the vault tests: fast KDF parameters and file snapshots."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from companion.core.vault import TEST_KDF_PARAMS
from companion.core.vault.integrity import checksum

# Tiny Argon2id costs so each derivation takes milliseconds (never for real vaults).
FAST: dict[str, Any] = {"kdf_params": TEST_KDF_PARAMS, "allow_weak_for_tests": True}
PASSPHRASE = "quiet morning tea"
SQLITE_MAGIC = b"SQLite format 3\x00"


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """relative path -> (sha256, size, mtime_ns) for every file under ``folder``."""
    result = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        info = os.stat(path)
        name = path.relative_to(folder).as_posix()
        result[name] = (hashlib.sha256(data).hexdigest(), info.st_size, info.st_mtime_ns)
    return result


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test's vault lives (not created yet: Vault.create makes it)."""
    return tmp_path / "vault"


def seal(doc: Any) -> Any:
    """Recompute every checksum of an edited header document, as a writer would.

    For tests that mean a deliberate, well-formed edit (a newer version, a hostile cost)
    rather than accidental damage, which the checksum exists to catch.
    """
    if not isinstance(doc, dict):
        return doc
    try:
        slots = doc.get("slots")
        if isinstance(slots, dict):
            for slot in slots.values():
                if isinstance(slot, dict):
                    slot.pop("checksum", None)
                    slot["checksum"] = checksum(slot)
        doc.pop("checksum", None)
        doc["checksum"] = checksum(doc)
    except ValueError:
        pass  # a value JSON cannot carry (inf): the parser rejects it anyway
    return doc
