"""The encrypted vault: key derivation, key wrapping, the SQLCipher connection."""

from companion.core.errors import VaultInUse
from companion.core.vault.crypto import (
    FLOOR_PARAMS,
    TEST_KDF_PARAMS,
    KdfParams,
    calibrate_kdf,
)
from companion.core.vault.recovery import looks_like_recovery_code, normalise_recovery_code
from companion.core.vault.strength import (
    MIN_PASSPHRASE_LENGTH,
    check_passphrase,
    passphrase_strength,
)
from companion.core.vault.vault import (
    DATABASE_NAME,
    HEADER_NAME,
    RecoveryCode,
    Vault,
    vault_exists,
    vault_files,
)

__all__ = [
    "DATABASE_NAME",
    "FLOOR_PARAMS",
    "HEADER_NAME",
    "MIN_PASSPHRASE_LENGTH",
    "TEST_KDF_PARAMS",
    "KdfParams",
    "RecoveryCode",
    "Vault",
    "VaultInUse",
    "calibrate_kdf",
    "check_passphrase",
    "looks_like_recovery_code",
    "normalise_recovery_code",
    "passphrase_strength",
    "vault_exists",
    "vault_files",
]
