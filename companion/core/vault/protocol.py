"""What the vault's long operations need from an open vault: :class:`OpenVault`.

Backups, the background check and re-keying are built on the :class:`~.vault.Vault`
class but live in modules of their own, which ``vault.py`` calls. They see the vault
through this protocol, so none of them imports ``vault.py``: the modules only point down.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

import sqlcipher3

from companion.core.vault.header import VaultHeader
from companion.core.vault.migrations import FeatureSchema


class OpenVault(Protocol):
    """An unlocked vault, as its own operations see it (see ``vault.py`` for meanings)."""

    _conn: sqlcipher3.Connection | None
    _header: VaultHeader | None
    _dek: bytearray | None
    _mac_key: bytearray | None
    _schemas: tuple[FeatureSchema, ...]
    _guard: threading.RLock
    _closing: threading.Event
    _rewritten: frozenset[int]
    _damaged: bool
    _network: bool

    @property
    def connection(self) -> sqlcipher3.Connection: ...

    @property
    def folder(self) -> Path | None: ...

    @property
    def header(self) -> VaultHeader | None: ...

    @property
    def is_locked(self) -> bool: ...

    @property
    def is_memory(self) -> bool: ...

    def checkpoint(self) -> None: ...

    def _require_folder(self) -> Path: ...

    def _reload_header(self, folder: Path) -> VaultHeader: ...

    def _seal(self, *, optional: bool) -> None: ...
