"""The one way to run slow work: :class:`Operation` (the idea of Anki's ``CollectionOp``).

Key derivation, unlock, creation, the help preload, backups, imports, exports and reports
all run their work on a worker thread through an :class:`Operation`; its callbacks
(success, failure, progress, abandoned) always run on the GUI thread, so windows never
freeze and widgets are only touched where Qt allows it::

    Operation(self, lambda progress: vaults.unlock(folder, passphrase)) \\
        .on_success(self._unlocked).on_failure(self._failed) \\
        .on_abandoned(Vault.lock).start()

The work function receives a :class:`Progress`: it may report ``(done, total)`` and
should call :meth:`Progress.check` between steps so that :meth:`Operation.cancel` stops it
(with :class:`OperationCancelled`, delivered to ``on_failure``).

The owner (``parent``) bounds the callbacks: if it is destroyed first, nothing is called,
and a finished result is handed to ``on_abandoned`` so that it can be released (an
unlocked vault is locked again).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Operations are kept alive here until their callbacks ran, whatever Python does with the
# caller's reference (a garbage-collected QObject would drop the queued signal).
_RUNNING: set[Operation[Any]] = set()

# Progress is delivered at most this often: a loop over 100,000 rows must not flood the
# event queue with 100,000 repaints.
PROGRESS_INTERVAL_S = 0.05


class OperationCancelled(Exception):
    """The person cancelled the operation; nothing it promised was done."""


class Progress:
    """What the work function sees: report how far it got, and whether to stop."""

    def __init__(self, operation: Operation[Any]) -> None:
        self._operation = operation
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        """True once :meth:`Operation.cancel` was called."""
        return self._operation._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the operation was cancelled."""
        if self.cancelled:
            raise OperationCancelled

    def report(self, done: int, total: int) -> None:
        """Say how far the work got (throttled; the last report of a run always shows)."""
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._operation._post_progress(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; queued, argument-free signals carry the news.

    The payloads stay in Python attributes: passing Python objects (notably ``None``)
    through queued ``Signal(object)`` has caused reference-count trouble in PySide, and
    an empty signal needs no conversion at all. The slots are methods of this QObject, so
    Qt runs them on the relay's (GUI) thread whatever thread emitted.
    """

    finished = Signal()
    progressed = Signal()

    def __init__(self, operation: Operation[Any], parent: QObject) -> None:
        super().__init__(parent)
        self._operation = operation
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _on_finished(self) -> None:
        self._operation._deliver()

    @Slot()
    def _on_progress(self) -> None:
        self._operation._deliver_progress()


class _Job(QRunnable):
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._operation = operation

    def run(self) -> None:
        operation = self._operation
        try:
            outcome: tuple[bool, Any] = (True, operation._work(operation._progress))
        except BaseException as exc:  # everything goes back to the caller's on_failure
            outcome = (False, exc)
        operation._store(outcome)


class Operation(Generic[T]):
    """One piece of slow work with success, failure, progress and cancel.

    Args:
        parent: The object whose lifetime bounds the callbacks (usually the screen).
        work: The slow work; runs on a worker thread and must not touch widgets.
        pool: The thread pool (tests may pass their own).
    """

    def __init__(
        self,
        parent: QObject,
        work: Callable[[Progress], T],
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        self._work = work
        self._on_success: Callable[[T], None] = lambda _value: None
        self._on_failure: Callable[[BaseException], None] = _log_failure
        self._on_progress: Callable[[int, int], None] | None = None
        self._on_abandoned: Callable[[T], None] | None = None
        self._done = False
        self._started = False
        self._orphaned = False
        self._cancel = threading.Event()
        self._finished = threading.Event()  # the work returned or raised
        self._job: _Job | None = None
        self._guard = threading.Lock()  # the worker and the GUI thread both reach these
        self._result: tuple[bool, Any] | None = None
        self._pending_progress: tuple[int, int] | None = None
        self._progress = Progress(self)
        self._relay = _Relay(self, parent)
        self._relay.destroyed.connect(self._owner_gone)
        self._pool = pool or QThreadPool.globalInstance()

    # -- configuring (chainable) ----------------------------------------------------

    def on_success(self, callback: Callable[[T], None]) -> Operation[T]:
        """Called on the GUI thread with the work's result."""
        self._on_success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Called on the GUI thread with what the work raised (incl. cancellation)."""
        self._on_failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> Operation[T]:
        """Called on the GUI thread with ``(done, total)`` as the work reports it."""
        self._on_progress = callback
        return self

    def on_abandoned(self, callback: Callable[[T], None]) -> Operation[T]:
        """Called (on whichever thread notices) with a result whose owner is gone."""
        self._on_abandoned = callback
        return self

    def start(self) -> Operation[T]:
        """Queue the work on the thread pool."""
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        _RUNNING.add(self)
        self._job = _Job(self)
        self._pool.start(self._job)
        return self

    def finish_now(self, timeout: float | None = None) -> bool:
        """Block until the work is done, then run its callback now, on this thread.

        For work the GUI cannot go on without (the help directory when F1 comes before
        its preload finished). Work still queued behind other operations is taken off
        the pool and run right here, so it never waits for, say, a key derivation.

        Returns:
            False when ``timeout`` (seconds) passed first; the callback then runs later
            as usual.
        """
        if not self._started:
            raise RuntimeError("start the operation first")
        job = self._job
        if job is not None and not self._finished.is_set() and self._pool.tryTake(job):
            job.run()
        if not self._finished.wait(timeout):
            return False
        self._deliver()
        return True

    # -- state ----------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop at its next :meth:`Progress.check`."""
        self._cancel.set()

    def is_done(self) -> bool:
        """True once a callback has run, or the result was abandoned (tests wait on this)."""
        return self._done

    # -- the worker's side ------------------------------------------------------------

    def _post_progress(self, done: int, total: int) -> None:
        with self._guard:  # held while emitting: see _store
            if self._orphaned:
                return
            first = self._pending_progress is None
            self._pending_progress = (done, total)
            if first:  # one queued event at a time; it reads the newest figures
                try:
                    self._relay.progressed.emit()
                except RuntimeError:
                    log.debug("progress after the owner was destroyed")

    def _store(self, outcome: tuple[bool, Any]) -> bool:
        """Keep the outcome and signal the GUI thread; False (and abandoned) when the
        owner is gone.

        The signal is emitted while the guard is held: the owner's ``destroyed``
        handler takes the same guard, so the relay cannot be destroyed between the
        check and the emit (emitting on a destroyed object from a worker thread
        crashes the process, where Python would only see an exception in the GUI one).
        """
        with self._guard:
            if not self._orphaned:
                self._result = outcome
                self._finished.set()
                try:
                    self._relay.finished.emit()  # queued: delivered on the GUI thread
                except RuntimeError:  # the wrapper is already gone
                    log.debug("operation finished as its owner was destroyed")
                return True
        self._finished.set()
        self._abandon(outcome)
        return False

    # -- the GUI thread's side --------------------------------------------------------

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

    def _deliver_progress(self) -> None:
        with self._guard:
            figures, self._pending_progress = self._pending_progress, None
        if figures is not None and self._on_progress is not None and not self._done:
            self._on_progress(*figures)

    def _deliver(self) -> None:
        if self._done:
            return  # finish_now delivered it already; this is the queued event
        with self._guard:
            outcome, self._result = self._result, None
            self._done = True
            _RUNNING.discard(self)
        self._relay.deleteLater()
        if outcome is None:
            return
        ok, value = outcome
        if ok:
            self._on_success(value)
        else:
            self._on_failure(value)


def _log_failure(exc: BaseException) -> None:
    # The type only: an exception's message may quote what was written.
    log.error("background operation failed: %s", type(exc).__name__)


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject,
    *,
    on_abandoned: Callable[[T], None] | None = None,
) -> Operation[T]:
    """Shorthand for an :class:`Operation` whose work needs no progress or cancel."""
    operation = Operation(parent, lambda _progress: fn())
    operation.on_success(on_success).on_failure(on_failure)
    if on_abandoned is not None:
        operation.on_abandoned(on_abandoned)
    return operation.start()


def wait_for_background_tasks(timeout_ms: int = 30000) -> bool:
    """Block until the worker pool is idle (shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
