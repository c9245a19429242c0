"""Wrong passphrase x100: a clear typed error each time, not one byte changed, no lockout."""

from __future__ import annotations

from pathlib import Path

import pytest
import sec_helpers as sh

from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import Vault

PASSPHRASE = "wrong: silver meadow kettle"


def _snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    return {p.name: sh.file_state(p) for p in sh.list_files(folder)}


def test_hundred_wrong_passphrases_change_nothing_then_the_right_one_works(
    sandbox: sh.Sandbox, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = sandbox.data_dir / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    entry = Journal(vault.connection, FakeClock()).create(EntryDraft(text="still here"))
    vault.lock()
    before = _snapshot(folder)
    db, header = sh.vault_files(folder)
    assert set(before) == {db.name, header.name}
    capfd.readouterr()

    attempts = [f"wrong guess number {i}" for i in range(98)]
    attempts += [PASSPHRASE.upper(), PASSPHRASE + " "]  # near misses are wrong too
    for attempt in attempts:
        with pytest.raises(WrongPassphrase) as info:
            Vault.unlock(folder, attempt, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
        # The message is for people and logs: it never repeats what was typed.
        assert attempt not in str(info.value)
        assert attempt not in repr(info.value)
        assert _snapshot(folder) == before, f"attempt {attempt!r} changed the files"

    # Nothing was logged to the console (SQLCipher logs failed keys unless told not to).
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")

    # No lockout: the right passphrase opens it at once, with the data intact.
    vault = Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    try:
        assert Journal(vault.connection, FakeClock()).get(entry.id).text == "still here"
        assert vault.check_integrity() == []
    finally:
        vault.lock()


def test_wrong_recovery_codes_change_nothing(sandbox: sh.Sandbox) -> None:
    folder = sandbox.data_dir / "vault"
    vault, code = Vault.create(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    vault.lock()
    before = _snapshot(folder)
    wrong_codes = ["", "not a code", "00000-00000-00000-00000-00000", code.text[:-1] + "Z"]
    if code.text.endswith("Z"):
        wrong_codes[-1] = code.text[:-1] + "Y"
    for wrong in wrong_codes:
        with pytest.raises(WrongPassphrase):
            Vault.unlock_with_recovery_code(
                folder,
                wrong,
                "a brand new passphrase",
                schemas=FEATURE_SCHEMAS,
                **sh.vault_kwargs(),
            )
        assert _snapshot(folder) == before, f"code {wrong!r} changed the files"
    # The old passphrase still works: a failed recovery attempt changed nothing.
    Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()).lock()
