"""Derived and unwrapped keys are written straight into buffers we can wipe.

``Argon2id.derive`` and ``AESGCM.decrypt`` return immutable ``bytes``; copying those into a
bytearray and wiping the copy left the original key bytes in memory until reused. The
``*_into`` forms write into our bytearray, so wiping it removes the only copy.
"""

from __future__ import annotations

from typing import Any

import pytest

from companion.core.vault import crypto
from companion.core.vault.crypto import (
    KEY_BYTES,
    TEST_KDF_PARAMS,
    derive_key,
    new_nonce,
    new_salt,
    unwrap_key,
    wrap_key,
)

_REAL_ARGON2ID = crypto.Argon2id
_REAL_AESGCM = crypto.AESGCM


class _NoBytesArgon2id:
    """Argon2id that refuses to hand the key out as immutable bytes."""

    def __init__(self, **kwargs: Any) -> None:
        self._real = _REAL_ARGON2ID(**kwargs)

    def derive(self, _secret: object) -> bytes:
        raise AssertionError("derive() returns the key as bytes, which cannot be wiped")

    def derive_into(self, secret: object, buffer: bytearray) -> int:
        return self._real.derive_into(secret, buffer)


class _NoBytesAESGCM:
    def __init__(self, key: bytearray) -> None:
        self._real = _REAL_AESGCM(key)

    def encrypt(self, *args: Any) -> bytes:
        return self._real.encrypt(*args)

    def decrypt(self, *_args: Any) -> bytes:
        raise AssertionError("decrypt() returns the key as bytes, which cannot be wiped")

    def decrypt_into(self, nonce: bytes, data: bytes, aad: bytes, buffer: bytearray) -> int:
        return self._real.decrypt_into(nonce, data, aad, buffer)


def test_derived_key_never_exists_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = derive_key(bytearray(b"secret words"), b"s" * 16, TEST_KDF_PARAMS)
    monkeypatch.setattr(crypto, "Argon2id", _NoBytesArgon2id)
    key = derive_key(bytearray(b"secret words"), b"s" * 16, TEST_KDF_PARAMS)
    assert isinstance(key, bytearray)
    assert key == expected
    assert len(key) == KEY_BYTES


def test_unwrapped_key_never_exists_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    kek, dek = bytearray(b"k" * KEY_BYTES), bytearray(b"d" * KEY_BYTES)
    nonce = new_nonce()
    wrapped = wrap_key(kek, nonce, dek, b"aad")
    monkeypatch.setattr(crypto, "AESGCM", _NoBytesAESGCM)
    out = unwrap_key(kek, nonce, wrapped, b"aad")
    assert isinstance(out, bytearray)
    assert out == dek
    with pytest.raises(crypto.WrongPassphrase):
        unwrap_key(kek, nonce, wrapped, b"other aad")
    assert new_salt() != new_salt()
