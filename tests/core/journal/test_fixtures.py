"""Every frozen fixture vault opens with today's code, migrates, and keeps its contents."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, EntryFilter, Mood, TagKind
from companion.core.journal.revisions import migrated_uid
from companion.core.journal.schema import SCHEMA_VERSION
from companion.core.vault import TEST_KDF_PARAMS, Vault
from companion.core.vault.migrations import stored_versions

DATA = Path(__file__).resolve().parents[2] / "data"
FIXTURES = {
    1: ("journal_v1", "fixture v1 passphrase, not secret"),
    2: ("journal_v2", "fixture v2 passphrase, not secret"),
}


def _open(version: int, tmp_path: Path) -> tuple[Vault, Journal]:
    folder, passphrase = FIXTURES[version]
    copy = tmp_path / folder
    shutil.copytree(DATA / folder, copy)
    vault = Vault.unlock(
        copy,
        passphrase,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    return vault, Journal(vault.connection, FakeClock(datetime(2026, 6, 1, tzinfo=UTC)))


def test_every_schema_version_has_a_fixture() -> None:
    assert set(FIXTURES) == set(range(1, SCHEMA_VERSION + 1))


def test_fixtures_are_unchanged() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, re.M)
    recorded = {name: digest for digest, name in lines}
    for folder, _ in FIXTURES.values():
        for path in sorted((DATA / folder).iterdir()):
            name = f"{folder}/{path.name}"
            assert hashlib.sha256(path.read_bytes()).hexdigest() == recorded[name], name


@pytest.mark.parametrize("version", sorted(FIXTURES))
def test_fixture_opens_and_migrates(version: int, tmp_path: Path) -> None:
    vault, _ = _open(version, tmp_path)
    try:
        assert stored_versions(vault.connection)["journal"] == SCHEMA_VERSION
        assert vault.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        vault.connection.execute(
            "INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)"
        )
    finally:
        vault.lock()


def test_v1_contents(tmp_path: Path) -> None:
    vault, journal = _open(1, tmp_path)
    try:
        assert journal.count() == 4
        timeline = journal.timeline()
        titles = [e.title for e in timeline]
        # Newest instant first: 06:00 in Tokyo on 1 January is 21:00 UTC on 31 December,
        # before 23:30 in Lisbon (UTC+0 in winter).
        assert titles == [None, "Asked for help", "New Year's Eve", None]

        only_mood, edited, eve, tokyo = timeline
        assert (only_mood.mood, only_mood.tags, only_mood.text) == (Mood.GREAT, ("Called Mum",), "")

        assert edited.text == "Hard day at work, but I asked for help."
        assert (edited.mood, edited.tags) == (Mood.OKAY, ("work", "talked to someone"))
        assert edited.emotions == ("stressed", "relieved")
        assert edited.edited_at - edited.created_at == timedelta(minutes=10)

        assert tokyo.text == "Jet lag 😴 — café in Shinjuku, 東京 is quiet at 6am."
        assert tokyo.created_at == datetime(2026, 1, 1, 6, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
        assert tokyo.created_at.utcoffset() == timedelta(hours=9)
        assert tokyo.mood is None

        lisbon = datetime(2025, 12, 31, 23, 30, tzinfo=ZoneInfo("Europe/Lisbon"))
        assert eve.created_at == lisbon
        assert eve.created_at.hour == 23
        assert eve.text.startswith("# Last night of the year")
        assert (eve.mood, eve.emotions) == (Mood.GOOD, ("grateful", "nostalgic"))
        assert eve.tags == ("outdoors", "friends", "Choir")
        assert journal.days_with_entries(2025, 12) == {date(2025, 12, 31): 1}
        # Tokyo's 1 January is 31 December in UTC: the entry keeps its own local date.
        assert journal.days_with_entries(2026, 1) == {date(2026, 1, 1): 1, date(2026, 1, 2): 2}

        (trashed,) = journal.trash()
        assert trashed.text == "Something I wrote and then put in the trash."
        assert trashed.created_at.utcoffset() == timedelta(hours=-5)

        assert [h.entry.id for h in journal.search("river")] == [eve.id]
        assert [h.entry.id for h in journal.search("cafe")] == [tokyo.id]
        assert journal.search("trash") == []
        assert [e.id for e in journal.timeline(EntryFilter(tags=frozenset({"choir"})))] == [eve.id]

        own = [t for t in journal.tags() if not t.builtin]
        assert [(t.name, t.kind) for t in own] == [
            ("Called Mum", TagKind.SELF_CARE),
            ("Choir", TagKind.ACTIVITY),
        ]
        assert journal.tags()[0].name == "Called Mum"
        assert len(journal.emotions()) == 30
    finally:
        vault.lock()


def test_v1_entries_get_stable_ids_when_migrated(tmp_path: Path) -> None:
    """Two copies of one v1 journal upgraded apart give every entry the same id."""
    ids = []
    for name in ("one", "two"):
        vault, _journal = _open(1, tmp_path / name)
        try:
            rows = vault.connection.execute(
                "SELECT id, created_us, uid, rev FROM entry ORDER BY id"
            ).fetchall()
        finally:
            vault.lock()
        ids.append(rows)
        for entry_id, created_us, uid, rev in rows:
            assert uid == migrated_uid(entry_id, created_us)
            assert re.fullmatch(r"[0-9a-f]{16}", rev)
    assert ids[0] == ids[1]


def test_v2_contents(tmp_path: Path) -> None:
    vault, journal = _open(2, tmp_path)
    try:
        assert journal.count() == 5
        assert [e.title for e in journal.timeline()] == [
            None,
            None,
            "Asked for help",
            "New Year's Eve",
            None,
        ]
        rows = vault.connection.execute(
            "SELECT id, uid, rev, history FROM entry ORDER BY id"
        ).fetchall()
        assert [r[1] for r in rows] == [
            "bb795be9d7974249918c4d26bfdfd55c",
            "09f964796f41441c8f72062623816863",
            "3e8f83f9ff1240aa84e09a9d7c7abc69",
            "6c71b2083d1c4670b349320c15eb20b5",
            "cd731639cbb84e93a08c0e35ae1c9b4a",
            "de7e7184c5de4616acebfd78a4a79885",
        ]
        edited = rows[2]
        assert edited[2] == "1b0d98aaafbd5004"
        assert edited[3].split() == ["e14297d6757dd440", "b0d004bf4c300cda"]
        assert journal.get(edited[0]).text == "Hard day at work, but I asked for help."
        restored = journal.get(rows[4][0])
        assert not restored.in_trash
        assert journal.get_by_uid(rows[4][1]).id == restored.id
        (trashed,) = journal.trash()
        assert trashed.uid == rows[3][1]
        # A save keeps the rev current: the same content gives the same rev again.
        again = journal.update(restored.id, EntryDraft(text=restored.text, mood=restored.mood))
        assert again.uid == restored.uid
        assert (
            vault.connection.execute(
                "SELECT rev FROM entry WHERE id = ?", (restored.id,)
            ).fetchone()[0]
            == rows[4][2]
        )
        assert [(t.name, t.kind) for t in journal.tags() if not t.builtin] == [
            ("Called Mum", TagKind.SELF_CARE),
            ("Choir", TagKind.ACTIVITY),
        ]
    finally:
        vault.lock()
