"""``companion --self-test``: a headless check of the real code paths.

It creates a throwaway vault (or uses ``--data-dir DIR``), writes, edits and searches
entries, locks, unlocks with a wrong and then the right passphrase, changes the
passphrase, checks the help directory and renders every main screen offscreen. The last
line is ``self-test: N checks passed``, or the process exits non-zero naming the failed
check. Nothing is left outside DIR; a throwaway folder is removed afterwards.

The frozen bundle runs exactly this, so it exercises what ships.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

SELF_TEST_PASSPHRASE = "self-test: calm blue harbour 42"
NEW_PASSPHRASE = "self-test: quiet green meadow 17"
HELP_COUNTRIES = ("GB", "US", "DE", "JP", "IN", "AU", "BR", "ZA")


class CheckFailed(Exception):
    """A self-test check did not hold."""


def expect(condition: object, message: str) -> None:
    """Fail the current check with ``message`` unless ``condition`` holds."""
    if not condition:
        raise CheckFailed(message)


@dataclass
class SelfTest:
    """State shared between the checks of one run."""

    root: Path
    out: TextIO
    passed: list[str] = field(default_factory=list)
    state: dict[str, object] = field(default_factory=dict)

    def check(self, name: str, fn: Callable[[], None]) -> None:
        started = time.perf_counter()
        try:
            fn()
        except CheckFailed as exc:
            raise CheckFailed(f"{name}: {exc}") from exc
        except Exception as exc:  # any surprise is a failure of that check, by name
            raise CheckFailed(f"{name}: {type(exc).__name__}: {exc}") from exc
        self.passed.append(name)
        print(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms)", file=self.out)


def _isolate(root: Path) -> None:
    """Keep Qt, fontconfig and temp files inside ``root`` for this process."""
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_STATE_HOME", "state"),
        ("TMPDIR", "tmp"),
    ):
        target = root / ".selftest-env" / sub
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[var] = str(target)
    tempfile.tempdir = os.environ["TMPDIR"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_self_test(data_dir: str | None, out: TextIO) -> int:
    """Run every check; return the process exit code."""
    throwaway = data_dir is None
    root = Path(tempfile.mkdtemp(prefix="companion-selftest-")) if throwaway else Path(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    if not throwaway and (root / "vault").exists():
        print(f"self-test: {root} already holds a vault; use an empty folder", file=out)
        return 2
    _isolate(root)
    test = SelfTest(root=root, out=out)
    try:
        from companion.selftest_checks import run_all

        run_all(test)
    except CheckFailed as exc:
        print(f"self-test: FAILED {exc}", file=out)
        return 1
    finally:
        if throwaway:
            shutil.rmtree(root, ignore_errors=True)
        else:
            shutil.rmtree(root / ".selftest-env", ignore_errors=True)
    print(f"self-test: {len(test.passed)} checks passed", file=out)
    return 0
