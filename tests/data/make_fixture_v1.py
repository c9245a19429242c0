"""Write the frozen schema-v1 fixture vault ``tests/data/journal_v1/`` (run once, never again).

    python tests/data/make_fixture_v1.py

The vault is created through the real ``Vault`` and filled through the real ``Journal``
exactly as Companion 0.1 (schema version 1) writes it. Its contents are checked by
``tests/core/journal/test_fixtures.py``; the passphrase is in ``tests/data/README.md``.
Weak test Argon2id parameters keep opening it fast; nothing in it is private.

A committed fixture is never regenerated or edited: later schema versions get their own
fixture (and script), and every old one must keep opening with every new Companion.
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

PASSPHRASE = "fixture v1 passphrase, not secret"
TARGET = Path(__file__).resolve().parent / "journal_v1"


def main() -> int:
    if SCHEMA_VERSION != 1:
        print("this script writes schema version 1 only", file=sys.stderr)
        return 1
    if TARGET.exists():
        print(f"{TARGET} exists: fixtures are never rewritten", file=sys.stderr)
        return 1
    clock = FakeClock(datetime(2026, 1, 2, 8, 0, tzinfo=UTC))
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
            text=(
                "# Last night of the year\n\n"
                "Walked by the **river** with _Ana_.\n- fireworks\n- soup"
            ),
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
    edited = journal.create(
        EntryDraft(text="First draft", mood=Mood.BAD, tags=("work",), emotions=("stressed",))
    )
    clock.advance(600)
    journal.update(
        edited.id,
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
    journal.create(EntryDraft(mood=Mood.GREAT, tags=("Called Mum",)))
    vault.lock()
    for leftover in TARGET.iterdir():
        print(leftover.name, leftover.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
