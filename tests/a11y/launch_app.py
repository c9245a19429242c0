"""Start Companion for the accessibility walk (run with the project's venv Python).

    python tests/a11y/launch_app.py DATA_DIR [--journal PASSPHRASE]

Builds the real :class:`CompanionApp` over ``DATA_DIR`` with the tiny test KDF, so that
unlocking takes milliseconds, and runs Qt's event loop until the process is ended. With
``--journal`` a locked journal with that passphrase is made first (the lock screen),
with one entry in its trash and one backup, and with ``--damaged`` too its database is
then cut to nothing (unlocking shows the damage dialog); without ``--journal`` the folder
is empty (first run). Qt's accessibility bridge is forced on by the caller's environment
(``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``).
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from companion import APP_NAME
from companion.app import CompanionApp
from companion.core.clock import SystemClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.journal.store import Journal
from companion.core.paths import resolve_paths
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--journal", metavar="PASSPHRASE")
    parser.add_argument(
        "--damaged", action="store_true", help="back the journal up, then cut it to nothing"
    )
    args = parser.parse_args(argv)
    paths = resolve_paths(str(args.data_dir))
    if args.journal is not None:
        vault, _code = Vault.create(
            paths.ensure().vault_dir,
            args.journal,
            schemas=FEATURE_SCHEMAS,
            kdf_params=TEST_KDF_PARAMS,
            allow_weak_for_tests=True,
        )
        # One entry waits in the trash, so the trash window shows its list and buttons.
        journal = Journal(vault.connection, SystemClock())
        kept = journal.create(EntryDraft(text="A walk by the river.", title="Sunday walk"))
        journal.delete(kept.id)
        # One backup, so the backups window lists one to restore and the damage dialog
        # has one to offer.
        VaultService.fast_for_tests(FEATURE_SCHEMAS).backup(vault)
        vault.lock()
        if args.damaged:
            (paths.vault_dir / "journal.db").write_bytes(b"")  # as a sync tool might
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication([sys.argv[0]])
    companion = CompanionApp(paths, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS))
    app.aboutToQuit.connect(companion.shutdown)
    signal.signal(signal.SIGTERM, lambda _n, _f: app.quit())
    tick = QTimer(app)  # lets Python see SIGTERM while Qt's loop sleeps
    tick.timeout.connect(lambda: None)
    tick.start(200)
    companion.start()
    print("ready", flush=True)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
