"""Self-test checks for the vault and the journal: the real encrypted files, end to end."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.selftest.framework import SelfTest, expect

ORDER = 10
SELF_TEST_PASSPHRASE = "self-test: calm blue harbour 42"
NEW_PASSPHRASE = "self-test: quiet green meadow 17"


def run(test: SelfTest) -> None:
    """Create, write, edit, search, lock, unlock, re-key: the journal's life in order."""
    from companion.core.clock import SystemClock
    from companion.core.errors import WrongPassphrase
    from companion.core.features import FEATURE_SCHEMAS
    from companion.core.journal import Journal
    from companion.core.journal.models import EntryDraft, EntryFilter, Mood
    from companion.core.paths import resolve_paths
    from companion.core.vault import Vault, vault_exists
    from companion.core.vault.service import VaultService

    paths = resolve_paths(test.root, environ={}).ensure()
    folder = paths.vault_dir
    clock = SystemClock()
    vaults = VaultService(schemas=FEATURE_SCHEMAS, clock=clock)  # calibrated, as shipped
    marker = "selftest-harbour-lighthouse"
    ids: dict[str, int] = {}

    def create() -> None:
        vault, code = vaults.create(folder, SELF_TEST_PASSPHRASE)
        expect(vault_exists(folder), "the vault header was not written")
        expect(len(code.text) >= 20, "the recovery code is too short")
        test.state["vault"] = vault
        test.state["recovery"] = code.text

    def write() -> None:
        vault = test.shared("vault", Vault)
        journal = Journal(vault.connection, clock)
        entry = journal.create(
            EntryDraft(
                text=f"A walk by the {marker} helped.",
                title="Evening",
                mood=Mood.GOOD,
                emotions=("calm",),
                tags=("outdoors",),
            )
        )
        ids["first"] = entry.id
        expect(journal.get(entry.id).mood is Mood.GOOD, "the mood was not saved")

    def edit() -> None:
        vault = test.shared("vault", Vault)
        journal = Journal(vault.connection, clock)
        before = journal.get(ids["first"])
        journal.update(
            ids["first"],
            EntryDraft(
                text=before.text + " Then tea.",
                title=before.title,
                mood=Mood.GREAT,
                emotions=before.emotions,
                tags=before.tags,
                created_at=before.created_at,
            ),
        )
        after = journal.get(ids["first"])
        expect(after.text.endswith("Then tea."), "the edit was not saved")
        expect(after.mood is Mood.GREAT, "the edited mood was not saved")

    def search() -> None:
        vault = test.shared("vault", Vault)
        journal = Journal(vault.connection, clock)
        hits = journal.search(marker)
        expect([h.entry.id for h in hits] == [ids["first"]], "search did not find the entry")
        expect(hits[0].highlights, "search found the entry but marked no match")
        none = journal.search(marker, EntryFilter(moods=frozenset({Mood.AWFUL})))
        expect(not none, "the mood filter did not narrow the search")

    def lock() -> None:
        vault = test.shared("vault", Vault)
        del test.state["vault"]
        vault.lock()
        leftovers = sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))
        expect(not leftovers, f"lock left {leftovers}")

    def wrong_then_right() -> None:
        db_files = sorted(folder.iterdir())
        before = {p.name: p.read_bytes() for p in db_files}
        try:
            vaults.unlock(folder, SELF_TEST_PASSPHRASE + "x")
        except WrongPassphrase:
            pass
        else:
            raise AssertionError("a wrong passphrase opened the vault")
        after = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        expect(before == after, "a wrong passphrase changed the vault files")
        vault = vaults.unlock(folder, SELF_TEST_PASSPHRASE)
        journal = Journal(vault.connection, clock)
        expect(journal.get(ids["first"]).text.endswith("Then tea."), "the entry is missing")
        test.state["vault"] = vault

    def change_passphrase() -> None:
        vault = test.shared("vault", Vault)
        del test.state["vault"]
        vaults.change_passphrase(vault, SELF_TEST_PASSPHRASE, NEW_PASSPHRASE)
        vault.lock()
        try:
            vaults.unlock(folder, SELF_TEST_PASSPHRASE)
        except WrongPassphrase:
            pass
        else:
            raise AssertionError("the old passphrase still opens the vault")
        vault = vaults.unlock(folder, NEW_PASSPHRASE)
        expect(Journal(vault.connection, clock).count() == 1, "entries lost on change")
        expect(not vault.check_integrity(), "integrity check reported problems")
        vault.lock()

    def in_memory() -> None:
        vault = vaults.in_memory()
        journal = Journal(vault.connection, clock)
        journal.create(EntryDraft(text="guest", created_at=datetime.now(UTC)))
        expect(journal.count() == 1, "the in-memory vault lost an entry")
        vault.lock()

    test.check("vault: create with a calibrated Argon2id key", create)
    test.check("journal: write an entry", write)
    test.check("journal: edit an entry", edit)
    test.check("journal: full-text search with filters", search)
    test.check("vault: lock leaves only the encrypted files", lock)
    test.check(
        "vault: wrong passphrase refused, files unchanged; right one opens", wrong_then_right
    )
    test.check("vault: change passphrase", change_passphrase)
    test.check("vault: encrypted in-memory database", in_memory)
