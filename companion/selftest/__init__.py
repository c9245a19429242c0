"""``companion --self-test``: a headless check of the real code paths.

Each feature contributes a module to :mod:`companion.selftest.checks` (see
:mod:`companion.selftest.framework`); the runner finds them, runs them in order in a
throwaway folder (or ``--data-dir DIR``) and prints one line per check. The last line is
``self-test: N checks passed``, or the process exits non-zero naming the failed check.
Nothing is left outside DIR; a throwaway folder is removed afterwards.

The frozen bundle runs exactly this, so it exercises what ships.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import tempfile
from pathlib import Path
from types import ModuleType
from typing import TextIO

from companion.selftest import checks
from companion.selftest.framework import CheckFailed, SelfTest


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


def check_modules() -> list[ModuleType]:
    """Every module in :mod:`companion.selftest.checks`, in the order they run."""
    found = [
        importlib.import_module(f"{checks.__name__}.{info.name}")
        for info in pkgutil.iter_modules(checks.__path__)
    ]
    return sorted(found, key=lambda module: (int(getattr(module, "ORDER", 50)), module.__name__))


def run_self_test(data_dir: str | None, out: TextIO, *, guest: bool = False) -> int:
    """Run every check; return the process exit code."""
    throwaway = data_dir is None
    root = Path(data_dir or tempfile.mkdtemp(prefix="companion-selftest-"))
    root.mkdir(parents=True, exist_ok=True)
    if not throwaway and (root / "vault").exists():
        print(f"self-test: {root} already holds a vault; use an empty folder", file=out)
        return 2
    _isolate(root)
    if guest:
        # As a guest session of the app does: before any vault opens.
        from companion.core.vault.connection import enable_memory_security

        enable_memory_security()
    test = SelfTest(root=root, out=out, guest=guest)
    try:
        for module in check_modules():
            module.run(test)
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
