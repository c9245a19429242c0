"""Fuzz the vault header through the public ``Vault.unlock``: only typed errors come out.

Arbitrary bytes as the header file must give ``VaultDamaged`` or ``UnsupportedVersion``.
A well-formed header with one field replaced by an arbitrary JSON value fails the header
checksum: ``VaultDamaged`` (or ``UnsupportedVersion``), never ``WrongPassphrase`` and never
an unlock, whichever field it was. With the checksums recomputed (a deliberate edit) the
field checks behind them must hold too: a changed salt, nonce or wrapped key may then read
as ``WrongPassphrase`` (the GCM tag), and costs above the limits are refused before any
key derivation. Nothing may crash, hang or write to the vault. KDF costs are only ever
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
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault, keyslots
from companion.core.vault.crypto import MAX_ITERATIONS, MAX_LANES, MAX_MEMORY_KIB

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
    Vault.create(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())[0].lock()
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
            Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()).lock()
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


def _replace_one_field(doc: dict[str, Any], data: st.DataObject) -> tuple[str, ...]:
    path = data.draw(st.sampled_from(_paths(doc)))
    value = data.draw(bad_costs if path[-1] in KDF_COSTS else json_values)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()):
        parent[path[-1]] = value
    else:
        del parent[path[-1]]
    return path


@FUZZ
@given(data=st.data())
def test_one_field_replaced_is_damage(vault_folder: Path, data: st.DataObject) -> None:
    _db, header = sh.vault_files(vault_folder)
    doc = json.loads(header.read_bytes())
    _replace_one_field(doc, data)
    _attempt(vault_folder, json.dumps(doc).encode(), (VaultDamaged, UnsupportedVersion))


@FUZZ
@given(data=st.data())
def test_one_field_replaced_and_resealed_is_typed(vault_folder: Path, data: st.DataObject) -> None:
    _db, header = sh.vault_files(vault_folder)
    doc = json.loads(header.read_bytes())
    path = _replace_one_field(doc, data)
    try:
        encoded = sh.seal_header(doc)
    except (ValueError, AttributeError):
        encoded = json.dumps(doc).encode()  # inf, or "slots" replaced: cannot be sealed
    # The creation date and the recovery slot play no part in a passphrase unlock, and
    # sealing rewrites every checksum field whatever was put there.
    harmless = path[0] == "created" or path[:2] == ("slots", "recovery") or path[-1] == "checksum"
    _attempt(
        vault_folder,
        encoded,
        (VaultDamaged, UnsupportedVersion, WrongPassphrase),
        may_open=harmless,
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", MAX_MEMORY_KIB + 1),
        ("memory_kib", 4 * 1024 * 1024),
        ("memory_kib", 2**40),
        ("iterations", MAX_ITERATIONS + 1),
        ("iterations", 64),
        ("lanes", MAX_LANES + 1),
        ("lanes", 64),
    ],
)
@pytest.mark.parametrize("slot", ["passphrase", "recovery"])
def test_hostile_costs_are_refused_before_any_key_derivation(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch, slot: str, field: str, value: int
) -> None:
    """A header asking for gigabytes or minutes is damage: Argon2id is never started."""
    derivations: list[object] = []

    def no_derivation(*args: object) -> bytearray:
        derivations.append(args[-1])
        raise AssertionError("key derivation ran for a hostile header")

    monkeypatch.setattr(keyslots, "derive_key", no_derivation)
    _db, header = sh.vault_files(vault_folder)
    doc = json.loads(header.read_bytes())
    doc["slots"][slot]["kdf"][field] = value
    hostile = sh.seal_header(doc)
    _attempt(vault_folder, hostile, (VaultDamaged,))
    header.write_bytes(hostile)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    assert info.value.part == "header"
    assert field in info.value.reason
    assert derivations == []
