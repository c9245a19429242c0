"""Long operations the kill -9 tests interrupt: backups, imports, merges, re-keys.

Usage: ``python transfer_child.py MODE FOLDER ARGS...`` with the repository on
``PYTHONPATH``. Each mode prints ``READY`` once set up, then one line per completed
operation (``DONE``, ``REKEYED <i> <code>``), flushing each, and loops or ends. The
parent kills it with SIGKILL at a random moment and checks the files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from companion.core.features import FEATURE_SCHEMAS
from companion.core.transfer.importing import preview_import, run_import
from companion.core.transfer.merge import merge_journal
from companion.core.vault.service import VaultService

PASSPHRASE = "kill nine: transfer stays whole"


def rekey_passphrase(i: int) -> str:
    return f"{PASSPHRASE} {i:05d}"


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    service = VaultService.fast_for_tests(FEATURE_SCHEMAS)
    if mode == "backup":
        vault = service.unlock(folder, PASSPHRASE)
        print("READY", flush=True)
        while True:
            service.backup(vault)
            print("DONE", flush=True)
    if mode == "import":
        vault = service.unlock(folder, PASSPHRASE)
        preview = preview_import(vault.connection, Path(sys.argv[3]))
        print("READY", flush=True)
        run_import(vault, preview)
        print("DONE", flush=True)
        vault.lock()
        return 0
    if mode == "merge":
        vault = service.unlock(folder, PASSPHRASE)
        print("READY", flush=True)
        merge_journal(vault, Path(sys.argv[3]), PASSPHRASE, schemas=FEATURE_SCHEMAS)
        print("DONE", flush=True)
        vault.lock()
        return 0
    if mode == "rekey":
        current = int(sys.argv[3])
        vault = service.unlock(folder, rekey_passphrase(current))
        print("READY", flush=True)
        while True:
            code = service.rekey(
                vault, rekey_passphrase(current), new_passphrase=rekey_passphrase(current + 1)
            )
            current += 1
            print(f"REKEYED {current} {code.text}", flush=True)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())
