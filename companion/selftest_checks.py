"""The checks ``companion --self-test`` runs, in order. See :mod:`companion.selftest`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from companion.core.features import FEATURE_SCHEMAS
from companion.selftest import (
    HELP_COUNTRIES,
    NEW_PASSPHRASE,
    SELF_TEST_PASSPHRASE,
    SelfTest,
    expect,
)


def run_all(test: SelfTest) -> None:
    """Run the core checks, then the screens."""
    _core_checks(test)
    _help_directory_checks(test)
    _screen_checks(test)


# --- the vault and the journal ------------------------------------------------------------


def _core_checks(test: SelfTest) -> None:
    from companion.core.clock import SystemClock
    from companion.core.errors import WrongPassphrase
    from companion.core.journal import Journal
    from companion.core.journal.models import EntryDraft, EntryFilter, Mood
    from companion.core.paths import resolve_paths
    from companion.core.vault import Vault, vault_exists

    paths = resolve_paths(test.root, environ={}).ensure()
    folder = paths.vault_dir
    clock = SystemClock()
    marker = "selftest-harbour-lighthouse"
    ids: dict[str, int] = {}

    def create() -> None:
        vault, code = Vault.create(
            folder, SELF_TEST_PASSPHRASE, schemas=FEATURE_SCHEMAS, clock=clock
        )
        expect(vault_exists(folder), "the vault header was not written")
        expect(len(code.text) >= 20, "the recovery code is too short")
        test.state["vault"] = vault
        test.state["recovery"] = code.text

    def write() -> None:
        vault = test.state["vault"]
        assert isinstance(vault, Vault)
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
        vault = test.state["vault"]
        assert isinstance(vault, Vault)
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
        vault = test.state["vault"]
        assert isinstance(vault, Vault)
        journal = Journal(vault.connection, clock)
        hits = journal.search(marker)
        expect([h.entry.id for h in hits] == [ids["first"]], "search did not find the entry")
        expect(hits[0].highlights, "search found the entry but marked no match")
        none = journal.search(marker, EntryFilter(moods=frozenset({Mood.AWFUL})))
        expect(not none, "the mood filter did not narrow the search")

    def lock() -> None:
        vault = test.state.pop("vault")
        assert isinstance(vault, Vault)
        vault.lock()
        leftovers = sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))
        expect(not leftovers, f"lock left {leftovers}")

    def wrong_then_right() -> None:
        db_files = sorted(folder.iterdir())
        before = {p.name: p.read_bytes() for p in db_files}
        try:
            Vault.unlock(folder, SELF_TEST_PASSPHRASE + "x", schemas=FEATURE_SCHEMAS, clock=clock)
        except WrongPassphrase:
            pass
        else:
            raise AssertionError("a wrong passphrase opened the vault")
        after = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        expect(before == after, "a wrong passphrase changed the vault files")
        vault = Vault.unlock(folder, SELF_TEST_PASSPHRASE, schemas=FEATURE_SCHEMAS, clock=clock)
        journal = Journal(vault.connection, clock)
        expect(journal.get(ids["first"]).text.endswith("Then tea."), "the entry is missing")
        test.state["vault"] = vault

    def change_passphrase() -> None:
        vault = test.state.pop("vault")
        assert isinstance(vault, Vault)
        vault.change_passphrase(SELF_TEST_PASSPHRASE, NEW_PASSPHRASE)
        vault.lock()
        try:
            Vault.unlock(folder, SELF_TEST_PASSPHRASE, schemas=FEATURE_SCHEMAS, clock=clock)
        except WrongPassphrase:
            pass
        else:
            raise AssertionError("the old passphrase still opens the vault")
        vault = Vault.unlock(folder, NEW_PASSPHRASE, schemas=FEATURE_SCHEMAS, clock=clock)
        expect(Journal(vault.connection, clock).count() == 1, "entries lost on change")
        expect(not vault.check_integrity(), "integrity check reported problems")
        vault.lock()

    def in_memory() -> None:
        vault = Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock)
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


# --- the help directory ---------------------------------------------------------------------


def _help_directory_checks(test: SelfTest) -> None:
    from companion.core.assets import asset_path
    from companion.core.resources.directory import Directory
    from companion.core.resources.links import qr_payload, sms_uri, tel_uri
    from companion.core.resources.records import Category
    from companion.core.resources.validate import validate_document

    def validate() -> None:
        import json

        path = asset_path("resources", "directory.json")
        problems = validate_document(json.loads(path.read_text(encoding="utf-8")))
        expect(not problems, f"{len(problems)} problem(s), first: {problems[:1]}")

    def countries() -> None:
        directory = Directory.load_bundled()
        test.state["directory"] = directory
        for code in HELP_COUNTRIES:
            emergency = directory.emergency(code)
            expect(emergency is not None and emergency.phones, f"{code} has no emergency number")
            lines = [s for s in directory.for_country(code) if s.category is Category.CRISIS_LINE]
            expect(lines, f"{code} has no crisis line")

    def links() -> None:
        directory = test.state["directory"]
        assert isinstance(directory, Directory)
        composed = 0
        for code in HELP_COUNTRIES:
            for service in directory.for_country(code):
                for phone in service.phones:
                    uri = tel_uri(phone)
                    expect(uri.startswith("tel:") and uri[4:].lstrip("+").isdigit(), uri)
                    expect(qr_payload(phone, code).startswith("tel:"), "bad QR payload")
                    composed += 1
                for sms in service.sms:
                    expect(sms_uri(sms).startswith("sms:"), "bad sms link")
                    composed += 1
        expect(composed >= len(HELP_COUNTRIES) * 2, "too few links composed")

    test.check("help: the bundled directory is valid", validate)
    test.check("help: emergency number and crisis line for each test country", countries)
    test.check("help: tel:, sms: and QR payloads compose", links)


# --- every screen, offscreen ------------------------------------------------------------------


def _screen_checks(test: SelfTest) -> None:
    from companion.selftest_screens import render_screens

    shots = Path(test.root) / "self-test-screens"
    scratch = Path(test.root) / ".selftest-env" / "screens-data"
    for name, fn in render_screens(shots, scratch, HELP_COUNTRIES[:4]):
        test.check(f"screen: {name}", fn)
