"""What the help panel and the lock screen use never pulls in the vault or the journal."""

from __future__ import annotations

import subprocess
import sys

LOCK_SCREEN_MODULES = (
    "companion.core.safety_plan.models",
    "companion.core.safety_plan.plaintext",
    "companion.core.safety_plan.suggest",
    "companion.core.exercises.breathing",
    "companion.core.exercises.grounding",
    "companion.core.exercises.relaxation",
    "companion.core.exercises.catalogue",
    "companion.core.exercises.gentle",
    "companion.core.learn.articles",
)


def test_lock_screen_modules_import_neither_the_vault_nor_the_journal() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {LOCK_SCREEN_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('companion.core.vault',"
        " 'companion.core.journal')) or m == 'sqlcipher3'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
