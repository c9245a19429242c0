"""Shared helpers for the vault tests: fast KDF parameters and file snapshots."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from companion.core.vault import TEST_KDF_PARAMS

# Tiny Argon2id costs so each derivation takes milliseconds (never for real vaults).
FAST: dict[str, Any] = {"kdf_params": TEST_KDF_PARAMS, "allow_weak_for_tests": True}
PASSPHRASE = "quiet morning tea"
SQLITE_MAGIC = b"SQLite format 3\x00"


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """name -> (sha256, size, mtime_ns) for every file in ``folder``."""
    result = {}
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        info = os.stat(path)
        result[path.name] = (hashlib.sha256(data).hexdigest(), info.st_size, info.st_mtime_ns)
    return result


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test's vault lives (not created yet: Vault.create makes it)."""
    return tmp_path / "vault"
