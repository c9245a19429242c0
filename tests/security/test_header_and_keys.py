"""The files on disk: no SQLite magic, no key or passphrase material in clear, private modes."""

from __future__ import annotations

import base64
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sec_helpers as sh
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import Vault
from companion.core.vault import keyslots as keyslots_module
from companion.core.vault import vault as vault_module

PASSPHRASE = "header: velvet orchard sunrise"


def _forms(secret: bytes) -> dict[str, bytes]:
    """The ways a key could be written out: raw, hex, base64 (and a 12-byte slice)."""
    return {
        "raw": secret,
        "raw-slice": secret[10:22],
        "hex": secret.hex().encode(),
        "HEX": secret.hex().upper().encode(),
        "base64": base64.b64encode(secret),
        "base64url": base64.urlsafe_b64encode(secret).rstrip(b"="),
    }


def _text_forms(text: str) -> dict[str, bytes]:
    return {enc: text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def _all_bytes(roots: list[Path]) -> Iterator[tuple[Path, bytes]]:
    for root in roots:
        for path in sh.list_files(root):
            yield path, path.read_bytes()


def test_files_are_not_sqlite_and_hold_no_key_material(
    sandbox: sh.Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    deks: list[bytes] = []
    keks: list[bytes] = []
    real_dek, real_derive = vault_module.new_data_key, keyslots_module.derive_key

    def spy_dek() -> bytearray:
        key = real_dek()
        deks.append(bytes(key))
        return key

    def spy_derive(*args: object, **kwargs: object) -> bytearray:
        key = real_derive(*args, **kwargs)  # type: ignore[arg-type]
        keks.append(bytes(key))
        return key

    monkeypatch.setattr(vault_module, "new_data_key", spy_dek)
    monkeypatch.setattr(keyslots_module, "derive_key", spy_derive)

    folder = sandbox.data_dir / "vault"
    vault, code = Vault.create(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    Journal(vault.connection, FakeClock()).create(EntryDraft(text="a quiet day"))
    assert len(deks) == 1, "the spy must have seen the one data key"
    assert len(keks) == 2, "one key-encryption key per slot (passphrase, recovery)"

    needles: dict[str, bytes] = {}
    for i, secret in enumerate(deks):
        needles.update({f"DEK{i}/{k}": v for k, v in _forms(secret).items()})
    for i, secret in enumerate(keks):
        needles.update({f"KEK{i}/{k}": v for k, v in _forms(secret).items()})
    needles.update({f"passphrase/{k}": v for k, v in _text_forms(PASSPHRASE).items()})
    plain_code = code.text.replace("-", "")
    needles.update({f"code/{k}": v for k, v in _text_forms(code.text).items()})
    needles.update({f"code-plain/{k}": v for k, v in _text_forms(plain_code).items()})

    def leaks() -> list[str]:
        return [
            f"{path.name}: {name}"
            for path, data in _all_bytes(sandbox.scan_roots)
            for name, needle in needles.items()
            if needle in data
        ]

    assert leaks() == [], "key material in clear while open"
    vault.lock()
    assert leaks() == [], "key material in clear after lock"

    db, header = sh.vault_files(folder)
    for path in (db, header):
        with path.open("rb") as handle:
            assert handle.read(16) != sh.SQLITE_MAGIC, f"{path.name} is a plain SQLite file"
    # An unkeyed connection is plain SQLite: it must not be able to read anything.
    plain = sqlcipher3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlcipher3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()

    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for path in (db, header):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
