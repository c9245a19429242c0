"""Run slow work (key derivation, import, export) off the GUI thread.

One small helper with success/failure callbacks that always run on the GUI thread, so
windows never freeze and widgets are only touched where Qt allows it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Tasks are kept alive here until their callbacks ran, whatever Python does with the
# caller's reference (a garbage-collected QObject would drop the queued signal).
_RUNNING: set[BackgroundTask[Any]] = set()


class _Relay(QObject):
    """Lives on the GUI thread; a queued, argument-free signal says "finished".

    The outcome itself stays in a Python attribute: passing Python objects (notably
    ``None``) through queued ``Signal(object)`` has caused reference-count trouble in
    PySide, and an empty signal needs no conversion at all. The slot is a method of
    this QObject, so Qt runs it on the relay's (GUI) thread whatever thread emitted.
    """

    finished = Signal()

    def __init__(self, task: BackgroundTask[Any], parent: QObject) -> None:
        super().__init__(parent)
        self._task = task
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _on_finished(self) -> None:
        self._task._deliver()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: BackgroundTask[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._task = task

    def run(self) -> None:
        try:
            outcome: tuple[bool, Any] = (True, self._fn())
        except BaseException as exc:  # everything goes back to the caller's on_failure
            outcome = (False, exc)
        if not self._task._store(outcome):
            return  # the owner is gone: the outcome was handed to on_abandoned
        try:
            # Emitting after the assignment: the queued event orders the two.
            self._task._relay.finished.emit()
        except RuntimeError:  # destroyed just now; _owner_gone took the outcome
            log.debug("background task finished after its owner was destroyed")


class BackgroundTask(Generic[T]):
    """Handle for one piece of background work."""

    def __init__(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        parent: QObject,
        pool: QThreadPool | None = None,
        on_abandoned: Callable[[T], None] | None = None,
    ) -> None:
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_abandoned = on_abandoned
        self._done = False
        self._orphaned = False
        self._guard = threading.Lock()  # the worker and the GUI thread both reach _result
        self._result: tuple[bool, Any] | None = None
        self._relay = _Relay(self, parent)
        self._relay.destroyed.connect(self._owner_gone)
        self._pool = pool or QThreadPool.globalInstance()
        _RUNNING.add(self)
        self._pool.start(_Job(fn, self))

    def is_done(self) -> bool:
        """True once a callback has run, or the result was abandoned (tests wait on this)."""
        return self._done

    def _store(self, outcome: tuple[bool, Any]) -> bool:
        """Keep the outcome for delivery; False (and abandoned) when the owner is gone."""
        with self._guard:
            if not self._orphaned:
                self._result = outcome
                return True
        self._abandon(outcome)
        return False

    def _owner_gone(self, *_args: object) -> None:
        # The owner (say, a lock screen closed at quit) was destroyed: no callback can
        # run. A finished result (say, an unlocked vault) still needs closing.
        with self._guard:
            if self._done:
                return  # delivered already; this is the relay's own cleanup
            self._orphaned = True
            outcome, self._result = self._result, None
        if outcome is not None:
            self._abandon(outcome)

    def _abandon(self, outcome: tuple[bool, Any]) -> None:
        self._done = True
        _RUNNING.discard(self)
        ok, value = outcome
        if ok and self._on_abandoned is not None:
            self._on_abandoned(value)

    def _finish(self) -> None:
        self._done = True
        _RUNNING.discard(self)
        self._relay.deleteLater()

    def _deliver(self) -> None:
        with self._guard:
            outcome, self._result = self._result, None
            self._finish()
        if outcome is None:
            return
        ok, value = outcome
        if ok:
            self._on_success(value)
        else:
            self._on_failure(value)


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject,
    *,
    on_abandoned: Callable[[T], None] | None = None,
) -> BackgroundTask[T]:
    """Run ``fn`` on a worker thread; call one of the callbacks on the GUI thread.

    Args:
        fn: the slow work; it must not touch widgets.
        on_success: called with ``fn``'s result.
        on_failure: called with the exception ``fn`` raised.
        parent: the object whose lifetime bounds the callbacks (usually the dialog).
        on_abandoned: called with a result that arrives after ``parent`` was destroyed
            (on whichever thread notices), to release it: an unlocked vault is locked.
    """
    return BackgroundTask(fn, on_success, on_failure, parent, on_abandoned=on_abandoned)


def wait_for_background_tasks(timeout_ms: int = 30000) -> bool:
    """Block until the worker pool is idle (shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
