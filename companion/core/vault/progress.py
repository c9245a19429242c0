"""How long core operations report progress and hear "cancel", without knowing any UI.

Every slow core function (backup, restore, re-key, verify, import, export, merge) takes
two optional keyword arguments:

* ``progress: Callable[[int, int], None]`` — called with ``(done, total)`` as work
  advances (``total`` may grow once while the work is sized; ``done <= total``);
* ``cancelled: Callable[[], bool]`` — polled between steps; when it returns True the
  operation stops, undoes what it started and raises :class:`Cancelled`.

The UI passes ``progress.report`` and ``lambda: progress.cancelled`` from its
``Operation`` helper; the command line passes a printer and nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from companion.core.vault.errors import Cancelled

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Ticker:
    """Progress and cancel for one operation, tolerant of either being None."""

    def __init__(self, progress: ProgressFn | None, cancelled: CancelFn | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise :class:`Cancelled` when the caller asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        """Report ``(done, total)`` (clamped so that ``0 <= done <= total``)."""
        if self._progress is not None:
            total = max(total, 1)
            self._progress(min(max(done, 0), total), total)

    def step(self, done: int, total: int) -> None:
        """Report, then check for cancel: what a loop calls once per unit of work."""
        self.report(done, total)
        self.check()
