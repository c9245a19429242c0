"""Key derivation, key wrapping, buffer wiping and KDF calibration policy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import WrongPassphrase
from companion.core.vault.crypto import (
    CALIBRATION_MAX_ITERATIONS,
    FLOOR_PARAMS,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    MEMORY_CAP_KIB,
    TEST_KDF_PARAMS,
    KdfParams,
    calibrate_kdf,
    check_params,
    choose_params,
    derive_key,
    new_data_key,
    new_nonce,
    new_salt,
    passphrase_bytes,
    unwrap_key,
    wipe,
    wrap_aad,
    wrap_key,
)


def test_wipe_zeroes_the_buffer_in_place() -> None:
    buf = bytearray(b"secret key material")
    alias = buf
    wipe(buf)
    assert alias == bytearray(len(b"secret key material"))


def test_derive_depends_on_secret_and_salt() -> None:
    salt = bytes(range(16))
    first = derive_key(b"one passphrase", salt, TEST_KDF_PARAMS)
    again = derive_key(bytearray(b"one passphrase"), salt, TEST_KDF_PARAMS)
    other_salt = derive_key(b"one passphrase", bytes(16), TEST_KDF_PARAMS)
    other_secret = derive_key(b"two passphrase", salt, TEST_KDF_PARAMS)
    assert isinstance(first, bytearray)
    assert len(first) == 32
    assert first == again
    assert first != other_salt
    assert first != other_secret


def test_passphrase_bytes_uses_nfc() -> None:
    composed = "caf\u00e9 au lait"
    decomposed = "cafe\u0301 au lait"
    assert passphrase_bytes(composed) == passphrase_bytes(decomposed)


def test_wrap_unwrap_round_trip_and_tag_failures() -> None:
    kek, dek, nonce = new_data_key(), new_data_key(), new_nonce()
    aad = wrap_aad(1, bytes(16), "passphrase")
    wrapped = wrap_key(kek, nonce, dek, aad)
    assert len(wrapped) == 48
    assert bytes(dek) not in wrapped
    assert unwrap_key(kek, nonce, wrapped, aad) == dek
    with pytest.raises(WrongPassphrase):
        unwrap_key(new_data_key(), nonce, wrapped, aad)
    with pytest.raises(WrongPassphrase):  # same key, other vault id
        unwrap_key(kek, nonce, wrapped, wrap_aad(1, bytes([1]) * 16, "passphrase"))
    with pytest.raises(WrongPassphrase):  # same key, other slot
        unwrap_key(kek, nonce, wrapped, wrap_aad(1, bytes(16), "recovery"))
    tampered = bytes([wrapped[0] ^ 1]) + wrapped[1:]
    with pytest.raises(WrongPassphrase):
        unwrap_key(kek, nonce, tampered, aad)


def test_salts_and_nonces_are_fresh() -> None:
    assert len({new_salt() for _ in range(20)}) == 20
    assert len({new_nonce() for _ in range(20)}) == 20


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [
        (7, 1, 1),
        (64, 0, 1),
        (64, 1, 0),
        (2**40, 1, 1),
        (64, 1000, 1),
        (True, 1, 1),
        (1024 * 1024 + 1, 1, 1),  # just over 1 GiB
        (64, 17, 1),
        (128, 1, 9),
    ],
)
def test_kdf_params_reject_nonsense(memory: int, iterations: int, lanes: int) -> None:
    with pytest.raises(ValueError, match=r"out of range|must be an int"):
        KdfParams(memory, iterations, lanes)


def test_floor_is_rfc9106_low_memory_profile() -> None:
    assert KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4) == FLOOR_PARAMS


def test_weak_params_need_explicit_test_permission() -> None:
    assert check_params(FLOOR_PARAMS, allow_weak_for_tests=False) == FLOOR_PARAMS
    with pytest.raises(ValueError, match="only for tests"):
        check_params(TEST_KDF_PARAMS, allow_weak_for_tests=False)
    assert check_params(TEST_KDF_PARAMS, allow_weak_for_tests=True) == TEST_KDF_PARAMS


def test_at_least_and_is_below() -> None:
    a = KdfParams(1024, 5, 1)
    b = KdfParams(2048, 2, 4)
    assert a.is_below(b)
    assert b.is_below(a)
    assert a.at_least(b) == KdfParams(2048, 5, 4)
    assert not a.at_least(b).is_below(a)
    assert not a.at_least(b).is_below(b)


def _linear_machine(seconds_per_gib_pass: float) -> object:
    """A fake machine where time is proportional to memory x iterations."""

    def measure(params: KdfParams) -> float:
        return seconds_per_gib_pass * params.memory_kib * params.iterations / (1024 * 1024)

    return measure


def test_slow_machine_gets_the_floor() -> None:
    assert choose_params(lambda _params: 2.0, 0.5) == FLOOR_PARAMS


def test_fast_machine_raises_memory_first_then_iterations() -> None:
    # Floor (64 MiB x 3) takes 0.1875 s here, so memory alone can reach ~0.5 s.
    medium = choose_params(_linear_machine(1.0), 0.5)  # type: ignore[arg-type]
    assert FLOOR_PARAMS.memory_kib < medium.memory_kib <= MEMORY_CAP_KIB
    assert medium.iterations == FLOOR_PARAMS.iterations
    # A much faster machine hits the memory cap and then adds passes.
    fast = choose_params(_linear_machine(0.1), 0.5)  # type: ignore[arg-type]
    assert fast.memory_kib == MEMORY_CAP_KIB
    assert fast.iterations > FLOOR_PARAMS.iterations
    assert fast.lanes == FLOOR_PARAMS.lanes


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(st.floats(min_value=0.0, max_value=100.0), st.floats(min_value=0.01, max_value=5.0))
def test_choice_is_never_below_the_floor(per_gib: float, target: float) -> None:
    chosen = choose_params(_linear_machine(per_gib), target)  # type: ignore[arg-type]
    assert not chosen.is_below(FLOOR_PARAMS)
    assert chosen.memory_kib <= MEMORY_CAP_KIB
    assert chosen.iterations <= CALIBRATION_MAX_ITERATIONS


def test_calibration_caps_stay_below_what_a_header_may_hold() -> None:
    """Whatever calibration picks, even on an absurdly fast machine, a header may hold."""
    assert MEMORY_CAP_KIB < MAX_MEMORY_KIB <= 1024 * 1024
    assert FLOOR_PARAMS.iterations <= CALIBRATION_MAX_ITERATIONS < MAX_ITERATIONS <= 16
    assert FLOOR_PARAMS.lanes < MAX_LANES <= 8
    blazing = choose_params(lambda _params: 1e-9, 0.5)
    assert blazing == KdfParams(MEMORY_CAP_KIB, CALIBRATION_MAX_ITERATIONS, FLOOR_PARAMS.lanes)


def test_real_calibration_respects_the_floor() -> None:
    # A tiny target makes the real measurement stop at the floor after one derivation.
    assert calibrate_kdf(target_seconds=0.001) == FLOOR_PARAMS
    with pytest.raises(ValueError, match="positive"):
        calibrate_kdf(target_seconds=0)
