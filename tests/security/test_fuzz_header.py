"""Fuzz the vault header through the public ``Vault.unlock``: only typed errors come out.

Arbitrary bytes as the header file must give ``VaultDamaged`` or ``UnsupportedVersion``.
A well-formed header with one field replaced by an arbitrary JSON value may also read as
``WrongPassphrase`` (a changed salt, nonce or wrapped key fails the GCM tag, exactly like a
wrong passphrase). Nothing may crash, hang or write to the vault. KDF costs are only ever
replaced by out-of-range or non-integer values, so no example asks Argon2id for gigabytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sec_helpers as sh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.errors import UnsupportedVersion, VaultDamaged, WrongPassphrase
from companion.core.vault import Vault
from companion.core.vault.crypto import MAX_MEMORY_KIB

PASSPHRASE = "fuzz: marble sparrow lantern"
FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=80),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
# Never a cost Argon2id would accept and take seconds over: out of range or not an int.
bad_costs = (
    st.integers(max_value=0)
    | st.integers(min_value=MAX_MEMORY_KIB + 1, max_value=2**80)
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | st.none()
    | st.booleans()
)
KDF_COSTS = {"memory_kib", "iterations", "lanes"}


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, **sh.vault_kwargs())[0].lock()
    return folder


def _paths(doc: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every key path in a JSON object (objects only; the header has no lists)."""
    found = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            found.append((*prefix, key))
            found.extend(_paths(value, (*prefix, key)))
    return found


def _attempt(
    folder: Path,
    header_bytes: bytes,
    allowed: tuple[type[Exception], ...],
    *,
    may_open: bool = False,
) -> None:
    db, header = sh.vault_files(folder)
    original = header.read_bytes()
    db_before = sh.file_state(db)
    header.write_bytes(header_bytes)
    try:
        try:
            Vault.unlock(folder, PASSPHRASE, **sh.vault_kwargs()).lock()
        except allowed:
            assert sh.file_state(db) == db_before, "the database was touched"
            assert header.read_bytes() == header_bytes, "a damaged header was rewritten"
        else:
            assert may_open, "a changed header still opened the vault"
    finally:
        header.write_bytes(original)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_as_header_are_typed(vault_folder: Path, data: bytes) -> None:
    _attempt(vault_folder, data, (VaultDamaged, UnsupportedVersion))


@FUZZ
@given(data=st.data())
def test_one_field_replaced_is_typed(vault_folder: Path, data: st.DataObject) -> None:
    _db, header = sh.vault_files(vault_folder)
    doc = json.loads(header.read_bytes())
    path = data.draw(st.sampled_from(_paths(doc)))
    value = data.draw(bad_costs if path[-1] in KDF_COSTS else json_values)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()):
        parent[path[-1]] = value
    else:
        del parent[path[-1]]
    encoded = json.dumps(doc).encode()
    # The creation date and the recovery slot play no part in a passphrase unlock.
    harmless = path[0] == "created" or path[:2] == ("slots", "recovery")
    _attempt(
        vault_folder,
        encoded,
        (VaultDamaged, UnsupportedVersion, WrongPassphrase),
        may_open=harmless,
    )
