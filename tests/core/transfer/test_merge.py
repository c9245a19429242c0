"""Two computers: merge by uid, newest edit wins, both kept when both changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, Mood, TagKind
from companion.core.transfer.merge import merge_journal
from companion.core.vault import Vault
from companion.core.vault.errors import Cancelled, NotAnExport
from companion.core.vault.service import VaultService

from .conftest import PASSPHRASE


def _texts(vault: Vault, clock: FakeClock) -> dict[str, str]:
    journal = Journal(vault.connection, clock)
    return {e.uid: e.text for e in journal.timeline(limit=500) + journal.trash()}


@pytest.fixture
def pair(
    tmp_path: Path, service: VaultService, clock: FakeClock
) -> tuple[Vault, Vault, dict[str, str]]:
    """Laptop and desktop: one journal, copied across with the encrypted file."""
    laptop, _code = service.create(tmp_path / "laptop", PASSPHRASE)
    journal = Journal(laptop.connection, clock)
    journal.add_tag("Choir", TagKind.ACTIVITY)
    uids = {}
    for name in ("same", "laptop edits", "desktop edits", "both edit", "laptop trashes"):
        uids[name] = journal.create(EntryDraft(text=name, tags=("Choir",))).uid
        clock.advance(60)
    carried = tmp_path / "carried.companion"
    service.export_encrypted(laptop, carried)
    service.install_from_file(carried, tmp_path / "desktop")
    desktop = service.unlock(tmp_path / "desktop", PASSPHRASE)
    return laptop, desktop, uids


def _edit(vault: Vault, clock: FakeClock, uid: str, text: str) -> None:
    journal = Journal(vault.connection, clock)
    entry = journal.get_by_uid(uid)
    clock.advance(60)
    journal.update(entry.id, EntryDraft(text=text, tags=entry.tags, mood=Mood.OKAY))


def test_merge_keeps_the_newest_edit_and_both_when_both_changed(
    tmp_path: Path,
    service: VaultService,
    clock: FakeClock,
    pair: tuple[Vault, Vault, dict[str, str]],
) -> None:
    laptop, desktop, uids = pair
    _edit(laptop, clock, uids["laptop edits"], "edited on the laptop")
    _edit(laptop, clock, uids["laptop edits"], "edited on the laptop, twice")
    _edit(desktop, clock, uids["desktop edits"], "edited on the desktop")
    _edit(laptop, clock, uids["both edit"], "both: laptop")
    _edit(desktop, clock, uids["both edit"], "both: desktop")
    laptop_journal = Journal(laptop.connection, clock)
    laptop_journal.delete(laptop_journal.get_by_uid(uids["laptop trashes"]).id)
    new_here = laptop_journal.create(EntryDraft(text="only on the laptop")).uid
    new_there = (
        Journal(desktop.connection, clock).create(EntryDraft(text="only on the desktop")).uid
    )

    from_desktop = tmp_path / "from-desktop.companion"
    service.export_encrypted(desktop, from_desktop)
    seen: list[tuple[int, int]] = []
    report = merge_journal(
        laptop,
        from_desktop,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen
    assert report.source_entries == 6
    assert report.added == 1
    assert report.updated == 1
    assert report.newer_here == 2  # the laptop's own edit, and its trashing
    assert report.identical == 1
    assert len(report.conflicts) == 1
    here, copy = report.conflicts[0]
    assert here == uids["both edit"]

    texts = _texts(laptop, clock)
    assert texts[uids["same"]] == "same"
    assert texts[uids["laptop edits"]] == "edited on the laptop, twice"
    assert texts[uids["desktop edits"]] == "edited on the desktop"
    assert texts[uids["both edit"]] == "both: laptop"
    assert texts[copy] == "both: desktop"
    assert texts[new_here] == "only on the laptop"
    assert texts[new_there] == "only on the desktop"
    assert Journal(laptop.connection, clock).get_by_uid(uids["laptop trashes"]).in_trash
    assert not list((tmp_path / "laptop").glob(".scratch-*"))

    again = merge_journal(laptop, from_desktop, PASSPHRASE, schemas=FEATURE_SCHEMAS)
    assert (again.added, again.updated) == (0, 0)
    assert len(_texts(laptop, clock)) == len(texts)

    # The other way round, the desktop now learns everything the laptop has.
    to_desktop = tmp_path / "to-desktop.companion"
    service.export_encrypted(laptop, to_desktop)
    back = merge_journal(desktop, to_desktop, PASSPHRASE, schemas=FEATURE_SCHEMAS)
    assert len(back.conflicts) == 1  # the desktop keeps its version and gains the laptop's
    desktop_texts = _texts(desktop, clock)
    assert sorted(desktop_texts.values()) == sorted(texts.values())  # each text once
    assert desktop_texts[uids["laptop edits"]] == "edited on the laptop, twice"
    assert Journal(desktop.connection, clock).get_by_uid(uids["laptop trashes"]).in_trash
    laptop.lock()
    desktop.lock()


def test_merge_from_a_backup_and_refusals(
    tmp_path: Path,
    service: VaultService,
    clock: FakeClock,
    pair: tuple[Vault, Vault, dict[str, str]],
) -> None:
    laptop, desktop, _uids = pair
    Journal(desktop.connection, clock).create(EntryDraft(text="desktop only"))
    backup = service.backup(desktop)
    report = merge_journal(laptop, backup.path, PASSPHRASE, schemas=FEATURE_SCHEMAS)
    assert report.added == 1
    with pytest.raises(WrongPassphrase):
        merge_journal(laptop, backup.path, "not it", schemas=FEATURE_SCHEMAS)
    with pytest.raises(NotAnExport):
        merge_journal(laptop, tmp_path / "nothing-here", PASSPHRASE, schemas=FEATURE_SCHEMAS)
    Journal(desktop.connection, clock).create(EntryDraft(text="another"))
    second = service.backup(desktop)
    before = len(_texts(laptop, clock))
    with pytest.raises(Cancelled):
        merge_journal(
            laptop, second.path, PASSPHRASE, schemas=FEATURE_SCHEMAS, cancelled=lambda: True
        )
    assert len(_texts(laptop, clock)) == before
    laptop.lock()
    desktop.lock()
