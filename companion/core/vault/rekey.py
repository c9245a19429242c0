"""Re-encrypting a vault under a new data key: "lock out old copies too".

Changing the passphrase re-wraps the same data key, so an old copy of the header (in a
backup, a sync tool's history) still opens today's journal with the old passphrase.
Re-keying makes a new data key, copies the journal into a new file under it, and
switches to that file with one atomic replace of the header (``switch.py``):

1. checkpoint and record it; 2. copy with the backup API under the new key (progress,
cancel), verify (pages, structure, row counts), flush, rename to the pending name;
3. close the old database; 4. write the new header, which wraps the new key under the
(new) passphrase and a new recovery code and names the new file's salt: the switch;
5. rename the pending file over ``journal.db``; reopen.

A kill before step 4 leaves the old journal (the pending file is dropped at the next
unlock); after it, the next unlock finishes step 5. Exactly one passphrase opens the
journal at every moment: the old one before the switch, the new one after it. The old
recovery code stops working too, so a new one is always made (shown once, like at
creation). The old database file is replaced, not kept: keeping it would keep the very
copy this is meant to lock out.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from companion.core.errors import CompanionError
from companion.core.vault.connection import close_database
from companion.core.vault.copying import copy_database, verify_copy
from companion.core.vault.crypto import KdfParams, new_data_key, passphrase_bytes, wipe
from companion.core.vault.header import (
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    VaultHeader,
    read_header,
    write_header,
)
from companion.core.vault.keyslots import make_slot, open_slot, rewrap_params
from companion.core.vault.layout import DATABASE_NAME, HEADER_NAME
from companion.core.vault.opening import open_checked
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker
from companion.core.vault.protocol import OpenVault
from companion.core.vault.recovery import (
    RecoveryCode,
    generate_recovery_code,
    normalise_recovery_code,
)
from companion.core.vault.state import (
    derive_mac_key,
    file_salt_and_page1,
    read_counter,
    seal_state,
)
from companion.core.vault.strength import check_passphrase
from companion.core.vault.switch import STAGING_NAME, discard_staging, finish_pending_switch, stage


def _switch_header(path: Path, header: VaultHeader) -> None:
    """Write the new header; a failed write whose header is on disk all the same (the
    rename happened, flushing the folder failed) counts as written."""
    try:
        write_header(path, header)
    except BaseException:
        with contextlib.suppress(CompanionError, OSError):
            if read_header(path) == header:
                return
        raise


def rekey_vault(
    vault: OpenVault,
    passphrase: str,
    *,
    new_passphrase: str | None = None,
    kdf_params: KdfParams | None = None,
    allow_weak_for_tests: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> RecoveryCode:
    """See :meth:`Vault.rekey`."""
    folder = vault._require_folder()
    if new_passphrase is not None:
        check_passphrase(new_passphrase)
    ticker = Ticker(progress, cancelled)
    current = vault._reload_header(folder)
    secret = passphrase_bytes(passphrase)
    try:
        wipe(open_slot(secret, current.passphrase, current.vault_id, SLOT_PASSPHRASE))
    finally:
        wipe(secret)
    new_secret = passphrase_bytes(passphrase if new_passphrase is None else new_passphrase)
    code = generate_recovery_code()
    code_secret = bytearray((normalise_recovery_code(code) or "").encode("ascii"))
    dek = new_data_key()
    mac_key = derive_mac_key(dek, current.vault_id)
    try:
        with vault._guard:
            vault.checkpoint()
            staging = folder / STAGING_NAME
            discard_staging(folder)
            try:
                counts = copy_database(vault.connection, staging, dek, ticker)
                verify_copy(staging, dek, counts, ticker)
                pending = stage(staging, folder)
            except BaseException:
                discard_staging(folder)
                raise
            salt, page1 = file_salt_and_page1(pending)
            params = rewrap_params(current.passphrase.kdf, kdf_params, allow_weak_for_tests)
            code_params = rewrap_params(current.recovery.kdf, kdf_params, allow_weak_for_tests)
            header = VaultHeader(
                version=current.version,
                vault_id=current.vault_id,
                created=current.created,
                passphrase=make_slot(new_secret, dek, params, current.vault_id, SLOT_PASSPHRASE),
                recovery=make_slot(code_secret, dek, code_params, current.vault_id, SLOT_RECOVERY),
            ).with_database(
                seal_state(mac_key, current.vault_id, salt, page1, read_counter(vault.connection))
            )
            ticker.check()  # the last moment a cancel changes nothing
            _switch(vault, header, dek)
    finally:
        for buf in (new_secret, code_secret, dek, mac_key):
            wipe(buf)
    return RecoveryCode(code)


def _switch(vault: OpenVault, header: VaultHeader, dek: bytearray) -> None:
    """Close the old database, write the header (the switch), rename, reopen."""
    folder = vault._require_folder()
    old_conn = vault.connection
    close_database(old_conn, checkpoint=True)
    vault._conn = None
    try:
        _switch_header(folder / HEADER_NAME, header)
    except BaseException:
        # Not switched: the old header and database are in place. Reopen them.
        discard_staging(folder)
        _reopen(vault, vault._header, vault._dek)
        raise
    finish_pending_switch(folder, header)
    for key in (vault._dek, vault._mac_key):
        if key is not None:
            wipe(key)
    vault._header = header
    vault._dek = bytearray(dek)
    vault._mac_key = derive_mac_key(dek, header.vault_id)
    _reopen(vault, header, vault._dek)
    vault._seal(optional=True)


def _reopen(vault: OpenVault, header: VaultHeader | None, dek: bytearray | None) -> None:
    folder = vault.folder
    assert folder is not None
    assert header is not None
    assert dek is not None
    conn, _files = open_checked(folder / DATABASE_NAME, header, dek, vault._schemas)
    vault._conn = conn
    vault._rewritten = frozenset()
