"""Key derivation (Argon2id), key wrapping (AES-256-GCM) and key-buffer hygiene.

Key material lives in ``bytearray`` objects that callers :func:`wipe` as soon as they are
done. Python and the ``cryptography`` package make their own internal copies (a derived
key comes back as immutable ``bytes``), so wiping shortens the lifetime of a key in memory
without guaranteeing that no copy is left: that is the honest limit of a Python program.
"""

from __future__ import annotations

import math
import os
import struct
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from companion.core.errors import WrongPassphrase

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
WRAPPED_KEY_BYTES = KEY_BYTES + TAG_BYTES

MIB = 1024  # Argon2 memory costs are counted in KiB.

# Upper bounds accepted from a header (and from any caller): comfortably above anything
# calibration can choose (memory <= MEMORY_CAP_KIB, iterations <= CALIBRATION_MAX_ITERATIONS,
# lanes = the floor's 4), low enough that a corrupted or hostile header cannot make an
# unlock allocate gigabytes or run for minutes. A header asking for more is damage.
MAX_MEMORY_KIB = 1024 * MIB
MAX_ITERATIONS = 16
MAX_LANES = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters.

    Attributes:
        memory_kib: Memory cost in KiB (``m``).
        iterations: Number of passes (``t``).
        lanes: Degree of parallelism (``p``).
    """

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            # bool is an int subclass; a header saying ``true`` is not a cost.
            if type(value) is not int:
                raise ValueError(f"{name} must be an int")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError("lanes out of range")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError("iterations out of range")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("memory_kib out of range")

    def is_below(self, other: KdfParams) -> bool:
        """True when any cost dimension is lower than ``other``'s."""
        return (
            self.memory_kib < other.memory_kib
            or self.iterations < other.iterations
            or self.lanes < other.lanes
        )

    def at_least(self, other: KdfParams) -> KdfParams:
        """The per-dimension maximum of both: never weaker than either."""
        return KdfParams(
            memory_kib=max(self.memory_kib, other.memory_kib),
            iterations=max(self.iterations, other.iterations),
            lanes=max(self.lanes, other.lanes),
        )


# RFC 9106 "second recommended option" (low-memory profile): the production floor.
FLOOR_PARAMS = KdfParams(memory_kib=64 * MIB, iterations=3, lanes=4)
# Calibration raises memory up to this cap before it adds iterations, and never adds more
# than CALIBRATION_MAX_ITERATIONS; both stay well under the MAX_* limits a header may hold,
# so a header written on a fast machine still opens on any Companion.
MEMORY_CAP_KIB = 256 * MIB
CALIBRATION_MAX_ITERATIONS = 8
DEFAULT_TARGET_SECONDS = 0.5
# Tiny parameters so test suites run in milliseconds. Never use them for a real vault:
# every API that accepts them also demands ``allow_weak_for_tests=True``.
TEST_KDF_PARAMS = KdfParams(memory_kib=1 * MIB, iterations=1, lanes=1)


def check_params(params: KdfParams, *, allow_weak_for_tests: bool) -> KdfParams:
    """Refuse parameters below :data:`FLOOR_PARAMS` unless a test says so explicitly.

    Raises:
        ValueError: ``params`` is below the floor and ``allow_weak_for_tests`` is false.
    """
    if params.is_below(FLOOR_PARAMS) and not allow_weak_for_tests:
        raise ValueError("KDF parameters below the RFC 9106 floor are only for tests")
    return params


def wipe(buf: bytearray | memoryview) -> None:
    """Overwrite a mutable buffer with zeros in place."""
    view = memoryview(buf).cast("B")
    view[:] = bytes(len(view))


def passphrase_bytes(text: str) -> bytearray:
    """UTF-8 of the NFC form, so the same words typed on any system give the same key."""
    return bytearray(unicodedata.normalize("NFC", text).encode("utf-8"))


def derive_key(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(secret, salt) -> 32-byte key in a bytearray the caller must wipe."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # derive_into() writes the key straight into our buffer: derive() would return it as
    # immutable bytes that stay in memory, unwiped, after the caller wipes its copy.
    key = bytearray(KEY_BYTES)
    kdf.derive_into(secret, key)  # type: ignore[arg-type]  # any buffer works
    return key


def new_salt() -> bytes:
    """A fresh random 16-byte salt."""
    return os.urandom(SALT_BYTES)


def new_nonce() -> bytes:
    """A fresh random 12-byte GCM nonce (each wrap uses a new key or a new nonce)."""
    return os.urandom(NONCE_BYTES)


def new_data_key() -> bytearray:
    """A fresh random 32-byte database key (DEK)."""
    return bytearray(os.urandom(KEY_BYTES))


def wrap_aad(format_version: int, vault_id: bytes, slot: str) -> bytes:
    """Associated data binding a wrapped key to its format version, vault and slot."""
    return b"companion-vault" + struct.pack(">H", format_version) + vault_id + slot.encode()


def wrap_key(kek: bytearray, nonce: bytes, dek: bytearray, aad: bytes) -> bytes:
    """Encrypt ``dek`` under ``kek`` with AES-256-GCM; returns ciphertext + tag (48 B)."""
    if len(kek) != KEY_BYTES or len(dek) != KEY_BYTES or len(nonce) != NONCE_BYTES:
        raise ValueError("wrong key or nonce length")
    return AESGCM(kek).encrypt(nonce, dek, aad)


def unwrap_key(kek: bytearray, nonce: bytes, wrapped: bytes, aad: bytes) -> bytearray:
    """Decrypt a wrapped key. A failed tag means the secret was wrong.

    Raises:
        WrongPassphrase: The GCM tag did not verify.
    """
    if len(wrapped) != WRAPPED_KEY_BYTES:
        raise WrongPassphrase
    # decrypt_into(): the key is written into a buffer the caller wipes, never into
    # immutable bytes (see derive_key).
    plain = bytearray(KEY_BYTES)
    try:
        AESGCM(kek).decrypt_into(nonce, wrapped, aad, plain)
    except InvalidTag:
        wipe(plain)
        raise WrongPassphrase from None
    return plain


def measure_params(params: KdfParams) -> float:
    """Seconds one Argon2id derivation with ``params`` takes on this machine."""
    start = time.perf_counter()
    wipe(derive_key(b"calibration", bytes(SALT_BYTES), params))
    return time.perf_counter() - start


def choose_params(
    measure: Callable[[KdfParams], float],
    target_seconds: float = DEFAULT_TARGET_SECONDS,
    *,
    floor: KdfParams = FLOOR_PARAMS,
    memory_cap_kib: int = MEMORY_CAP_KIB,
) -> KdfParams:
    """Pick parameters that take about ``target_seconds``, never below ``floor``.

    Memory goes up first (it is what makes guessing on GPUs expensive), up to
    ``memory_cap_kib``; then iterations. ``measure`` is injected so the policy can be
    tested without timing anything.

    Args:
        measure: Returns the seconds one derivation with the given parameters takes.
        target_seconds: Wanted time per derivation.
        floor: Minimum parameters, returned when the machine is slow.
        memory_cap_kib: Memory cost is never raised above this.

    Returns:
        Parameters at or above ``floor`` in every dimension.
    """
    # A clock too coarse to see the work must not turn into an infinite ratio.
    seconds = max(measure(floor), 1e-6)
    if seconds >= target_seconds:
        return floor
    cap = max(memory_cap_kib, floor.memory_kib)
    memory = int(floor.memory_kib * target_seconds / seconds)
    memory = min(cap, max(floor.memory_kib, memory // MIB * MIB))
    params = KdfParams(memory, floor.iterations, floor.lanes)
    if memory > floor.memory_kib:
        # Time is not quite linear in memory (cache, page faults): measure again.
        seconds = max(measure(params), 1e-6)
    if seconds > target_seconds * 1.25 and memory > floor.memory_kib:
        shrunk = int(memory * target_seconds / seconds) // MIB * MIB
        return KdfParams(max(floor.memory_kib, shrunk), floor.iterations, floor.lanes)
    if seconds < target_seconds * 0.8 and memory == cap:
        iterations = round(floor.iterations * target_seconds / seconds)
        iterations = min(CALIBRATION_MAX_ITERATIONS, max(floor.iterations, iterations))
        return KdfParams(memory, iterations, floor.lanes)
    return params


def calibrate_kdf(
    target_seconds: float = DEFAULT_TARGET_SECONDS,
    *,
    measure: Callable[[KdfParams], float] = measure_params,
) -> KdfParams:
    """Measure this machine and return Argon2id parameters reaching ~``target_seconds``.

    Never below the RFC 9106 low-memory profile (m=64 MiB, t=3, p=4). Takes roughly
    one to two derivations of time; call it off the GUI thread.
    """
    if not math.isfinite(target_seconds) or target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    return choose_params(measure, target_seconds)
