"""What every self-test check module builds on: :class:`SelfTest`, :func:`expect`.

A feature adds its checks by adding a module to :mod:`companion.selftest.checks` with

* ``ORDER``: an int; modules run in ascending order (core checks before screens), and
* ``def run(test: SelfTest) -> None``, which calls ``test.check(name, fn)`` per check.

Nothing else needs editing: the runner finds the module by itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")

# Countries whose emergency number and crisis lines the checks look up by name.
HELP_COUNTRIES = ("GB", "US", "DE", "JP", "IN", "AU", "BR", "ZA")


class CheckFailed(Exception):
    """A self-test check did not hold."""


def expect(condition: object, message: str) -> None:
    """Fail the current check with ``message`` unless ``condition`` holds."""
    if not condition:
        raise CheckFailed(message)


@dataclass
class SelfTest:
    """One run: where it may write, where it reports, and state shared between checks.

    Attributes:
        root: A folder of the run's own; checks write nothing anywhere else.
        out: Where the one-line results go.
        guest: The run was asked for a guest session (``--self-test --guest``).
    """

    root: Path
    out: TextIO
    guest: bool = False
    passed: list[str] = field(default_factory=list)
    state: dict[str, object] = field(default_factory=dict)

    def check(self, name: str, fn: Callable[[], None]) -> None:
        """Run one named check; any exception fails it, by name."""
        started = time.perf_counter()
        try:
            fn()
        except CheckFailed as exc:
            raise CheckFailed(f"{name}: {exc}") from exc
        except Exception as exc:  # any surprise is a failure of that check, by name
            raise CheckFailed(f"{name}: {type(exc).__name__}: {exc}") from exc
        self.passed.append(name)
        print(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms)", file=self.out)

    def shared(self, key: str, kind: type[T]) -> T:
        """A value an earlier check left in :attr:`state`, of the expected type."""
        value = self.state.get(key)
        if not isinstance(value, kind):
            raise CheckFailed(f"an earlier check did not leave {key!r}")
        return value

    def scratch(self, name: str) -> Path:
        """A private folder for one check module's throwaway files."""
        folder = self.root / ".selftest-env" / name
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return folder
