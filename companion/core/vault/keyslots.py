"""Key slots: wrapping the data key under a secret, and choosing KDF parameters for it."""

from __future__ import annotations

from companion.core.vault.crypto import (
    DEFAULT_TARGET_SECONDS,
    FLOOR_PARAMS,
    KdfParams,
    calibrate_kdf,
    check_params,
    derive_key,
    new_nonce,
    new_salt,
    unwrap_key,
    wipe,
    wrap_aad,
    wrap_key,
)
from companion.core.vault.header import KeySlot

# The format version bound into every wrapped key's associated data. It stays 1 when the
# header format changes: the recovery slot can only be re-wrapped with the recovery code,
# which an unlock does not have, so an upgraded header must keep the slots it had.
WRAP_AAD_VERSION = 1


def make_slot(
    secret: bytearray, dek: bytearray, params: KdfParams, vault_id: bytes, slot: str
) -> KeySlot:
    """Wrap ``dek`` under a key derived from ``secret`` with a fresh salt and nonce."""
    salt, nonce = new_salt(), new_nonce()
    kek = derive_key(secret, salt, params)
    try:
        wrapped = wrap_key(kek, nonce, dek, wrap_aad(WRAP_AAD_VERSION, vault_id, slot))
    finally:
        wipe(kek)
    return KeySlot(kdf=params, salt=salt, nonce=nonce, wrapped_key=wrapped)


def open_slot(secret: bytearray, slot: KeySlot, vault_id: bytes, name: str) -> bytearray:
    """Derive the KEK and unwrap the DEK. Raises WrongPassphrase on a bad tag."""
    kek = derive_key(secret, slot.salt, slot.kdf)
    try:
        return unwrap_key(
            kek, slot.nonce, slot.wrapped_key, wrap_aad(WRAP_AAD_VERSION, vault_id, name)
        )
    finally:
        wipe(kek)


def rewrap_params(
    stored: KdfParams, requested: KdfParams | None, allow_weak_for_tests: bool
) -> KdfParams:
    """Parameters for a new passphrase slot: as requested, else the stored ones (>= floor)."""
    if requested is not None:
        return check_params(requested, allow_weak_for_tests=allow_weak_for_tests)
    return stored.at_least(FLOOR_PARAMS)


def upgrade_target(
    stored: KdfParams, elapsed: float, requested: KdfParams | None, allow_weak_for_tests: bool
) -> KdfParams | None:
    """Stronger parameters to re-wrap with after an unlock, or None to keep the stored ones.

    With ``requested`` (tests) the decision is deterministic. Otherwise the unlock we just
    timed tells whether the machine got clearly faster (or the params are under the
    floor); only then is calibration paid for.
    """
    if requested is not None:
        target = check_params(requested, allow_weak_for_tests=allow_weak_for_tests)
    elif stored.is_below(FLOOR_PARAMS) or elapsed < DEFAULT_TARGET_SECONDS / 2:
        target = calibrate_kdf()
    else:
        return None
    return stored.at_least(target) if stored.is_below(target) else None
