"""The core must stay importable and testable without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import companion.core


def _core_modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(companion.core.__path__, prefix="companion.core.")
    ]


def test_core_modules_are_found() -> None:
    names = _core_modules()
    assert "companion.core.vault.connection" in names or "companion.core.vault.vault" in names
    assert len(names) >= 5


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {_core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith('companion.ui') or m == 'companion.app')\n"
        "print(repr(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_standard_library_sqlite3_is_never_used_by_companion() -> None:
    code = (
        "import importlib, pkgutil, sys, companion\n"
        "for info in pkgutil.walk_packages(companion.__path__, prefix='companion.'):\n"
        "    if info.name.startswith(('companion.ui', 'companion.app')):\n"
        "        continue\n"
        "    importlib.import_module(info.name)\n"
        "print('sqlite3' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
