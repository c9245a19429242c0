"""One open copy of a vault at a time.

Two Companion windows on the same journal (started twice on a shared computer) each kept
their own view of an entry, and whichever saved last silently replaced the other's
words. The open vault now holds the database's lock until it is locked, so a second
unlock says "open in another window" (VaultInUse) and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.core.errors import VaultInUse
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import Vault, connection

from .conftest import FAST, PASSPHRASE


@pytest.fixture(autouse=True)
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.2)


def test_second_unlock_while_open_is_refused(vault_dir: Path) -> None:
    first, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    try:
        Journal(first.connection, FakeClock()).create(EntryDraft(text="written in window one"))
        with pytest.raises(VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
        # The first window carries on writing as before.
        Journal(first.connection, FakeClock()).create(EntryDraft(text="and more"))
    finally:
        first.lock()
    again = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    try:
        texts = sorted(e.text for e in Journal(again.connection, FakeClock()).timeline())
    finally:
        again.lock()
    assert texts == ["and more", "written in window one"]


def test_second_unlock_before_any_write_is_refused(vault_dir: Path) -> None:
    first, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    first.lock()
    opened = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    try:
        with pytest.raises(VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    finally:
        opened.lock()
    Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
