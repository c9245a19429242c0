"""The vault header: strict parsing, checksums, typed errors only, atomic private writes.

Tests that change one field re-seal the checksums (``_seal``) so the field's own
validation is what gets exercised; the checksum tests change fields without re-sealing.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import UnsupportedVersion, VaultDamaged
from companion.core.vault.crypto import (
    FLOOR_PARAMS,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    TEST_KDF_PARAMS,
    KdfParams,
)
from companion.core.vault.header import (
    CHECKSUM_VERSION,
    HEADER_VERSION,
    MAX_HEADER_BYTES,
    KeySlot,
    VaultHeader,
    encode_header,
    parse_header,
    read_header,
    write_header,
)
from companion.core.vault.integrity import checksum
from companion.core.vault.state import DatabaseState

from .conftest import SQLITE_MAGIC, seal


def _header() -> VaultHeader:
    return VaultHeader(
        version=HEADER_VERSION,
        vault_id=bytes(range(16)),
        created="2026-01-15T09:30:00+00:00",
        passphrase=KeySlot(FLOOR_PARAMS, b"s" * 16, b"n" * 12, b"w" * 48),
        recovery=KeySlot(TEST_KDF_PARAMS, b"S" * 16, b"N" * 12, b"W" * 48),
        database=DatabaseState(salt=b"d" * 16, page1=b"p" * 32, commit=7, mac=b"m" * 32),
    )


def _unrecorded() -> VaultHeader:
    """``_header()`` as a vault without a record of its database yet writes it (format 2)."""
    return replace(_header(), version=CHECKSUM_VERSION, database=None)


def _doc() -> dict[str, Any]:
    return json.loads(encode_header(_header()))


def _parse_doc(doc: object) -> VaultHeader:
    return parse_header(json.dumps(seal(doc)).encode())


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


# -- checksums (format version 2) ---------------------------------------------------------


def test_written_headers_carry_checksums() -> None:
    doc = _doc()
    assert doc["version"] == HEADER_VERSION == 3
    body = {key: value for key, value in doc.items() if key != "checksum"}
    assert doc["checksum"] == checksum(body)
    for name in ("passphrase", "recovery"):
        slot = doc["slots"][name]
        assert slot["checksum"] == checksum({k: v for k, v in slot.items() if k != "checksum"})


def test_checksum_ignores_layout_but_not_values() -> None:
    compact = json.dumps(_doc(), separators=(",", ":")).encode()
    assert parse_header(compact) == _header()
    doc = _doc()
    doc["created"] = "2026-01-15T09:30:01+00:00"  # valid, but not what was sealed
    with pytest.raises(VaultDamaged) as info:
        parse_header(json.dumps(doc).encode())
    assert (info.value.part, info.value.reason) == ("header", "checksum mismatch")


@pytest.mark.parametrize("slot", ["passphrase", "recovery"])
@pytest.mark.parametrize("field", ["salt", "nonce", "wrapped_key", "kdf"])
def test_damage_in_a_slot_names_the_slot(slot: str, field: str) -> None:
    doc = _doc()
    if field == "kdf":
        doc["slots"][slot]["kdf"]["iterations"] += 1
    else:
        value = doc["slots"][slot][field]
        doc["slots"][slot][field] = ("A" if value[0] != "A" else "B") + value[1:]
    with pytest.raises(VaultDamaged) as info:
        parse_header(json.dumps(doc).encode())
    assert info.value.part == "header"
    assert info.value.reason == f"checksum mismatch ({slot} slot)"


@pytest.mark.parametrize("where", ["top", "passphrase", "recovery"])
def test_missing_checksum_is_damage(where: str) -> None:
    doc = _doc()
    target = doc if where == "top" else doc["slots"][where]
    del target["checksum"]
    with pytest.raises(VaultDamaged):
        parse_header(json.dumps(doc).encode())


def test_a_slot_checksum_must_match_even_when_the_top_one_does() -> None:
    doc = _doc()
    doc["slots"]["recovery"]["checksum"] = checksum({"something": "else"})
    doc.pop("checksum")
    doc["checksum"] = checksum(doc)
    with pytest.raises(VaultDamaged) as info:
        parse_header(json.dumps(doc).encode())
    assert info.value.reason == "checksum mismatch (recovery slot)"


def test_every_single_bit_flip_is_damage() -> None:
    """All 8 bits of every byte: never a header, never "newer version", always damage."""
    raw = encode_header(_header())
    outcomes: dict[str, int] = {}
    for offset in range(len(raw)):
        for bit in range(8):
            flipped = bytearray(raw)
            flipped[offset] ^= 1 << bit
            with pytest.raises(VaultDamaged) as info:
                parse_header(bytes(flipped))
            assert info.value.part == "header", (offset, bit)
            key = info.value.reason.split(":")[0]
            outcomes[key] = outcomes.get(key, 0) + 1
    assert outcomes.get("checksum mismatch (passphrase slot)", 0) > 0
    assert outcomes.get("checksum mismatch (recovery slot)", 0) > 0
    assert outcomes.get("checksum mismatch", 0) > 0


def test_newer_version_with_a_broken_checksum_is_damage() -> None:
    doc = _doc()
    doc["version"] = HEADER_VERSION + 1  # what a flipped bit in "2" looks like
    with pytest.raises(VaultDamaged):
        parse_header(json.dumps(doc).encode())


def test_newer_version_without_our_checksum_is_unsupported() -> None:
    """A future format that dropped the checksum cannot be judged: say "newer", not "damaged"."""
    doc = _doc()
    doc["version"] = HEADER_VERSION + 5
    del doc["checksum"]
    doc["new_field"] = {"anything": 1}
    with pytest.raises(UnsupportedVersion):
        parse_header(json.dumps(doc).encode())


# -- version 1 (no checksums) -------------------------------------------------------------


def _v1_doc() -> dict[str, Any]:
    doc = _doc()
    doc["version"] = 1
    del doc["checksum"]
    del doc["database"]
    for slot in doc["slots"].values():
        del slot["checksum"]
    return doc


def test_version_1_is_still_read() -> None:
    old = parse_header(json.dumps(_v1_doc(), indent=2).encode())
    assert old.version == 1
    assert old.needs_upgrade
    assert old.upgraded() == _unrecorded()
    assert not _header().needs_upgrade


def test_version_1_is_never_written() -> None:
    old = parse_header(json.dumps(_v1_doc()).encode())
    with pytest.raises(ValueError, match="formats 2"):
        encode_header(old)
    assert parse_header(encode_header(old.upgraded())) == _unrecorded()
    # Replacing a slot always yields a written format: 3 once the database is recorded.
    assert old.with_recovery_slot(old.recovery).version == CHECKSUM_VERSION
    assert old.with_passphrase_slot(old.passphrase).version == CHECKSUM_VERSION
    recorded = old.with_database(_header().database)  # type: ignore[arg-type]
    assert recorded.with_passphrase_slot(old.passphrase).version == HEADER_VERSION


def test_version_3_without_its_database_record_is_damage() -> None:
    doc = _doc()
    del doc["database"]
    with pytest.raises(VaultDamaged):
        _parse_doc(doc)


def test_version_2_with_a_database_record_is_damage() -> None:
    doc = _doc()
    doc["version"] = CHECKSUM_VERSION
    with pytest.raises(VaultDamaged):
        _parse_doc(doc)


@pytest.mark.parametrize(
    ("field", "value"),
    [("salt", "00"), ("page1", "zz" * 32), ("commit", -1), ("commit", True), ("mac", 5)],
)
def test_malformed_database_record_is_damage(field: str, value: object) -> None:
    doc = _doc()
    doc["database"][field] = value
    with pytest.raises(VaultDamaged):
        _parse_doc(doc)


@pytest.mark.parametrize("where", ["top", "passphrase"])
def test_version_1_with_checksums_is_damage(where: str) -> None:
    """A v2 header whose version reads 1 cannot pass as v1: it has fields v1 lacks."""
    doc = _v1_doc()
    target = doc if where == "top" else doc["slots"][where]
    target["checksum"] = "sha256:" + "0" * 64
    with pytest.raises(VaultDamaged):
        parse_header(json.dumps(doc).encode())


# -- cost limits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", MAX_MEMORY_KIB + 1),
        ("memory_kib", 4 * 1024 * 1024),
        ("iterations", MAX_ITERATIONS + 1),
        ("iterations", 64),
        ("lanes", MAX_LANES + 1),
        ("lanes", 64),
    ],
)
@pytest.mark.parametrize("slot", ["passphrase", "recovery"])
def test_oversized_costs_are_damage_even_with_a_valid_checksum(
    slot: str, field: str, value: int
) -> None:
    doc = _doc()
    doc["slots"][slot]["kdf"][field] = value
    with pytest.raises(VaultDamaged) as info:
        _parse_doc(doc)
    assert info.value.part == "header"
    assert field in info.value.reason


def test_costs_at_the_limits_are_accepted() -> None:
    doc = _doc()
    doc["slots"]["recovery"]["kdf"].update(
        memory_kib=MAX_MEMORY_KIB, iterations=MAX_ITERATIONS, lanes=MAX_LANES
    )
    parsed = _parse_doc(doc)
    assert parsed.recovery.kdf == KdfParams(MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES)
