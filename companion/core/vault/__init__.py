"""The encrypted vault: key derivation, key wrapping, the SQLCipher connection."""

from companion.core.vault.vault import RecoveryCode, Vault, vault_exists

__all__ = ["RecoveryCode", "Vault", "vault_exists"]
