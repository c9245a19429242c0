"""Write the frozen schema-v2 fixture vault ``tests/data/journal_v2/`` (run once, never again).

    python tests/data/make_fixture_v2.py

Schema version 2 gives every entry a stable id (``uid``), a revision (``rev``) and the
revisions it had before (``history``); the header is format 3 (it records the database's
salt, first page and commit counter under a MAC). Made through the real ``Vault`` and
``Journal``; the contents are those of ``journal_v1`` plus an entry edited twice and an
entry restored from the trash, so ``history`` holds more than one revision. Checked by
``tests/core/journal/test_fixtures.py``; the passphrase is in ``tests/data/README.md``.
Weak test Argon2id parameters keep opening it fast; nothing in it is private.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from companion.core.clock import FakeClock  # noqa: E402
from companion.core.features import FEATURE_SCHEMAS  # noqa: E402
from companion.core.journal import Journal  # noqa: E402
from companion.core.journal.models import EntryDraft, Mood, TagKind  # noqa: E402
from companion.core.journal.schema import SCHEMA_VERSION  # noqa: E402
from companion.core.vault import TEST_KDF_PARAMS, Vault  # noqa: E402

PASSPHRASE = "fixture v2 passphrase, not secret"
TARGET = Path(__file__).resolve().parent / "journal_v2"


def main() -> int:
    if SCHEMA_VERSION != 2:
        print("this script writes schema version 2 only", file=sys.stderr)
        return 1
    if TARGET.exists():
        print(f"{TARGET} exists: fixtures are never rewritten", file=sys.stderr)
        return 1
    clock = FakeClock(datetime(2026, 6, 2, 8, 0, tzinfo=UTC))
    vault, _code = Vault.create(
        TARGET,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        clock=clock,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    journal = Journal(vault.connection, clock)
    journal.add_tag("Choir", TagKind.ACTIVITY)
    journal.add_tag("Called Mum", TagKind.SELF_CARE)
    journal.set_tags_seq(["called mum", "exercise"])

    journal.create(
        EntryDraft(
            title="New Year's Eve",
            text="# Last night of the year\n\nWalked by the **river** with _Ana_.",
            mood=Mood.GOOD,
            emotions=("grateful", "nostalgic"),
            tags=("outdoors", "friends", "Choir"),
            created_at=datetime(2025, 12, 31, 23, 30, tzinfo=ZoneInfo("Europe/Lisbon")),
        )
    )
    clock.advance(3600)
    journal.create(
        EntryDraft(
            text="Jet lag 😴 — café in Shinjuku, 東京 is quiet at 6am.",
            emotions=("tired",),
            tags=("travel", "drank water"),
            created_at=datetime(2026, 1, 1, 6, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
        )
    )
    clock.advance(3600)
    twice = journal.create(EntryDraft(text="Draft one", mood=Mood.BAD, tags=("work",)))
    clock.advance(600)
    journal.update(twice.id, EntryDraft(text="Draft two", mood=Mood.OKAY, tags=("work",)))
    clock.advance(600)
    journal.update(
        twice.id,
        EntryDraft(
            text="Hard day at work, but I asked for help.",
            title="Asked for help",
            mood=Mood.OKAY,
            tags=("work", "talked to someone"),
            emotions=("stressed", "relieved"),
        ),
    )
    clock.advance(60)
    gone = journal.create(
        EntryDraft(
            text="Something I wrote and then put in the trash.",
            mood=Mood.AWFUL,
            created_at=datetime(2026, 1, 2, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
        )
    )
    journal.delete(gone.id)
    clock.advance(60)
    back = journal.create(EntryDraft(text="Deleted by mistake, then restored.", mood=Mood.OKAY))
    journal.delete(back.id)
    clock.advance(60)
    journal.restore(back.id)
    clock.advance(60)
    journal.create(EntryDraft(mood=Mood.GREAT, tags=("Called Mum",)))
    for row in vault.connection.execute("SELECT id, uid, rev, history FROM entry ORDER BY id"):
        print(*row)
    vault.lock()
    for leftover in sorted(TARGET.iterdir()):
        print(leftover.name, leftover.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
