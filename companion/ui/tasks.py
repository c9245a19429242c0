"""Run slow work (key derivation, import, export) off the GUI thread.

One small helper with success/failure callbacks that always run on the GUI thread, so
windows never freeze and widgets are only touched where Qt allows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Tasks are kept alive here until their callbacks ran, whatever Python does with the
# caller's reference (a garbage-collected QObject would drop the queued signal).
_RUNNING: set[BackgroundTask[Any]] = set()


class _Relay(QObject):
    """Lives on the GUI thread; queued signals carry results back to it.

    The slots are methods of this QObject (not plain callables) so Qt delivers them on
    the thread the relay lives in, whatever thread emitted.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, task: BackgroundTask[Any], parent: QObject) -> None:
        super().__init__(parent)
        self._task = task
        self.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._task._succeeded(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._task._failed(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # everything goes back to the caller's on_failure
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver was destroyed meanwhile: nothing to tell
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
    ) -> None:
        self._on_success = on_success
        self._on_failure = on_failure
        self._done = False
        self._relay = _Relay(self, parent)
        self._pool = pool or QThreadPool.globalInstance()
        _RUNNING.add(self)
        self._pool.start(_Job(fn, self._relay))

    def is_done(self) -> bool:
        """True once a callback has run (tests wait on this)."""
        return self._done

    def _finish(self) -> None:
        self._done = True
        _RUNNING.discard(self)
        self._relay.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)  # type: ignore[arg-type]

    def _failed(self, exc: object) -> None:
        self._finish()
        assert isinstance(exc, BaseException)
        self._on_failure(exc)


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject,
) -> BackgroundTask[T]:
    """Run ``fn`` on a worker thread; call one of the callbacks on the GUI thread.

    Args:
        fn: the slow work; it must not touch widgets.
        on_success: called with ``fn``'s result.
        on_failure: called with the exception ``fn`` raised.
        parent: the object whose lifetime bounds the callbacks (usually the dialog).
    """
    return BackgroundTask(fn, on_success, on_failure, parent)


def wait_for_background_tasks(timeout_ms: int = 30000) -> bool:
    """Block until the worker pool is idle (shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
