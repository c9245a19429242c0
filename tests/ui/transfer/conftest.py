"""Fixtures for the transfer screens: an open journal on disk with a few entries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft, Mood
from companion.core.vault.service import VaultService
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.session import Session


@pytest.fixture
def session(
    qapp: QApplication, vaults: VaultService, vault_dir: Path, passphrase: str, clock: FakeClock
) -> Iterator[Session]:
    """An unlocked journal on disk with three entries."""
    vault, _code = vaults.create(vault_dir, passphrase)
    session = Session(clock)
    session.attach(vault)
    for number, mood in enumerate((Mood(2), Mood(4), Mood(5))):
        session.save_entry(None, EntryDraft(text=f"A quiet day number {number}", mood=mood))
    yield session
    wait_for_background_tasks()
    session.lock()


@pytest.fixture
def guest_session(qapp: QApplication, vaults: VaultService, clock: FakeClock) -> Iterator[Session]:
    """A guest journal (in memory) with two entries."""
    session = Session(clock)
    session.attach(vaults.in_memory())
    session.save_entry(None, EntryDraft(text="Written as a guest", mood=Mood(3)))
    session.save_entry(None, EntryDraft(text="A second guest entry"))
    yield session
    wait_for_background_tasks()
    session.lock()
