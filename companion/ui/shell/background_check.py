"""The full page check of an open journal, in the background, a while after unlock.

Unlock runs only the quick structural checks (the full ``cipher_integrity_check`` costs
hundreds of milliseconds on a large journal). The full check runs here on a worker
thread once per unlock, after a pause so it never competes with the first screens. It
reads through a connection of its own, so the journal stays usable meanwhile; locking
cancels it. When it finds damage, the core has already copied the files aside and will
not write into them again; this object reports it (``damage_found``) so the app can say
so calmly and offer the newest good backup.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.errors import VaultDamaged
from companion.core.vault.service import VaultService
from companion.ui.shell.ops import Operation, OperationCancelled, Progress
from companion.ui.shell.session import Session

log = logging.getLogger(__name__)

DELAY_MS = 20_000


class BackgroundCheck(QObject):
    """Runs :meth:`VaultService.verify` once after each unlock of an on-disk journal.

    Signals:
        damage_found(object): the ``VaultDamaged`` the check raised.
        finished(bool): the check ran to the end; True when the journal was sound.

    Args:
        delay_ms: Wait this long after unlock (tests pass 0 and call :meth:`run_now`).
    """

    damage_found = Signal(object)
    finished = Signal(bool)

    def __init__(
        self,
        session: Session,
        vaults: VaultService,
        parent: QObject | None = None,
        *,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._vaults = vaults
        self._operation: Operation[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self.stop)

    @property
    def running(self) -> bool:
        """True while a check is on its way."""
        return self._operation is not None and not self._operation.is_done()

    def _unlocked(self) -> None:
        if not self._session.vault.is_memory:  # a guest journal has no file to check
            self._timer.start()

    def run_now(self) -> None:
        """Start the check now (if the journal is open and no check is running)."""
        self._timer.stop()
        if not self._session.is_unlocked() or self.running:
            return
        vault = self._session.vault
        if vault.is_memory:
            return

        def work(progress: Progress) -> None:
            self._vaults.verify(
                vault, progress=progress.report, cancelled=lambda: progress.cancelled
            )

        self._operation = (
            Operation(self, work).on_success(self._sound).on_failure(self._failed).start()
        )

    def stop(self) -> None:
        """The journal locked: stop waiting, and stop a check on its way."""
        self._timer.stop()
        if self._operation is not None and not self._operation.is_done():
            self._operation.cancel()
        self._operation = None

    def _sound(self, _result: None) -> None:
        self._operation = None
        log.info("background check: sound")
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._operation = None
        if isinstance(exc, VaultDamaged):
            log.warning("background check found damage (%s)", type(exc).__name__)
            self.finished.emit(False)
            self.damage_found.emit(exc)
        elif not isinstance(exc, OperationCancelled):
            # Cancelled by a lock, or the vault closed under it: nothing to say.
            log.info("background check stopped (%s)", type(exc).__name__)
