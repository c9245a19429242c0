"""The vault header: strict parsing, typed errors only, atomic private writes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import UnsupportedVersion, VaultDamaged
from companion.core.vault.crypto import FLOOR_PARAMS, TEST_KDF_PARAMS
from companion.core.vault.header import (
    HEADER_VERSION,
    MAX_HEADER_BYTES,
    KeySlot,
    VaultHeader,
    encode_header,
    parse_header,
    read_header,
    write_header,
)

from .conftest import SQLITE_MAGIC


def _header() -> VaultHeader:
    return VaultHeader(
        version=HEADER_VERSION,
        vault_id=bytes(range(16)),
        created="2026-01-15T09:30:00+00:00",
        passphrase=KeySlot(FLOOR_PARAMS, b"s" * 16, b"n" * 12, b"w" * 48),
        recovery=KeySlot(TEST_KDF_PARAMS, b"S" * 16, b"N" * 12, b"W" * 48),
    )


def _doc() -> dict[str, Any]:
    return json.loads(encode_header(_header()))


def _parse_doc(doc: object) -> VaultHeader:
    return parse_header(json.dumps(doc).encode())


def test_round_trip() -> None:
    header = _header()
    assert parse_header(encode_header(header)) == header


def test_header_is_not_an_sqlite_file() -> None:
    assert not encode_header(_header()).startswith(SQLITE_MAGIC)


def test_write_is_private_and_readable_back(tmp_path: Path) -> None:
    path = tmp_path / "vault.header"
    write_header(path, _header())
    assert read_header(path) == _header()
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["vault.header"]


def test_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_header(tmp_path / "nothing")


def test_newer_version_is_unsupported() -> None:
    doc = _doc()
    doc["version"] = HEADER_VERSION + 1
    with pytest.raises(UnsupportedVersion) as info:
        _parse_doc(doc)
    assert info.value.found == HEADER_VERSION + 1


def _set(doc: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    target = doc
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return doc


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("version", True),
        ("version", 0),
        ("version", "1"),
        ("format", "something-else"),
        ("vault_id", "zz" * 16),
        ("vault_id", "00" * 15),
        ("created", "yesterday"),
        ("created", 5),
        ("extra", 1),
        ("slots.passphrase", _DELETE),
        ("slots.passphrase.salt", "AAAA"),
        ("slots.passphrase.salt", "not base64!"),
        ("slots.passphrase.nonce", None),
        ("slots.recovery.wrapped_key", "QUFB" * 100),
        ("slots.recovery.kdf.algorithm", "scrypt"),
        ("slots.recovery.kdf.memory_kib", 4),
        ("slots.recovery.kdf.memory_kib", 1.5),
        ("slots.recovery.kdf.iterations", False),
        ("slots.recovery.kdf.lanes", 10**6),
        ("slots.recovery.kdf.extra", 1),
    ],
)
def test_malformed_fields_are_damage(path: str, value: object) -> None:
    with pytest.raises(VaultDamaged) as info:
        _parse_doc(_set(_doc(), path, value))
    assert info.value.part == "header"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe{}",
        b"[]",
        b"null",
        b"{",
        b"[" * 100_000,
        b'{"format": "companion-vault", "format": "companion-vault"}',
        b'{"format": "companion-vault", "version": NaN}',
        b" " * (MAX_HEADER_BYTES + 1),
        SQLITE_MAGIC + bytes(100),
    ],
)
def test_garbage_is_damage(data: bytes) -> None:
    with pytest.raises(VaultDamaged):
        parse_header(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_fuzz_arbitrary_bytes_only_typed_errors(data: bytes) -> None:
    try:
        result = parse_header(data)
    except (VaultDamaged, UnsupportedVersion):
        return
    assert isinstance(result, VaultHeader)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzz_mutated_valid_header_only_typed_errors(data: st.DataObject) -> None:
    raw = bytearray(encode_header(_header()))
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(raw) - 1))
        raw[index] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    try:
        result = parse_header(bytes(raw[:cut]))
    except (VaultDamaged, UnsupportedVersion):
        return
    assert isinstance(result, VaultHeader)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            "version",
            "vault_id",
            "created",
            "slots",
            "slots.passphrase",
            "slots.recovery.kdf",
            "slots.recovery.kdf.lanes",
            "slots.passphrase.wrapped_key",
        ]
    ),
    json_values,
)
def test_fuzz_structured_values_only_typed_errors(path: str, value: object) -> None:
    try:
        result = _parse_doc(_set(_doc(), path, value))
    except (VaultDamaged, UnsupportedVersion):
        return
    # Whatever was accepted is a complete header that survives a round trip.
    assert parse_header(encode_header(result)) == result


def test_a_header_that_is_not_a_regular_file_is_damage(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    with pytest.raises(VaultDamaged):
        read_header(folder)
    if not hasattr(os, "mkfifo"):
        return  # Windows has no FIFOs in the file system; the directory case covers it
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(VaultDamaged):  # and it does not block
        read_header(fifo)
