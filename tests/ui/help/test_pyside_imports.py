"""The faster "does this module use PySide6?" check gives PySide6's own answer."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import companion.ui.help.panel  # noqa: F401 - installs the check, then imports the panel
from companion.ui.help.pyside_imports import _fast, speed_up_module_checks


def _pyside_answer(module: ModuleType) -> bool:
    """PySide6's check (shibokensupport/feature.py, _mod_uses_pyside), restated."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_help_package_installs_the_fast_check() -> None:
    from PySide6.support import feature  # type: ignore[attr-defined]

    assert getattr(feature._mod_uses_pyside, "_companion_fast_check", False)
    assert speed_up_module_checks()  # installing again changes nothing
    assert getattr(feature._mod_uses_pyside, "_companion_fast_check", False)


def test_the_fast_check_agrees_with_pysides_for_every_loaded_module() -> None:
    asked: list[str] = []

    def fallback(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return _pyside_answer(module)

    fast = _fast(fallback)
    modules = [
        m
        for m in list(sys.modules.values())
        if isinstance(m, ModuleType) and not m.__name__.startswith("companion")
    ]
    for module in modules:
        assert fast(module) == _pyside_answer(module), module.__name__
    assert len(modules) > 100
    # Built-in modules (no file) are left to PySide6's own check; compiled ones, whose
    # source inspect can never find, are answered "no" without asking it.
    assert "sys" in asked
    assert "PySide6.QtCore" not in asked
    assert fast(sys.modules["PySide6.QtCore"]) is False


def test_companions_own_modules_are_answered_without_reading_them() -> None:
    def fallback(module: ModuleType) -> bool:
        raise AssertionError(f"{module.__name__} was asked of PySide6")

    fast = _fast(fallback)
    own = [m for name, m in list(sys.modules.items()) if name.split(".")[0] == "companion"]
    assert len(own) > 20
    assert all(fast(module) for module in own)
    # Where the answer differs from PySide6's (a core module never mentions PySide6), it
    # changes nothing: the core never touches a Qt type (the import contracts say so).
    assert _pyside_answer(sys.modules["companion.ui.help.panel"]) is True
    assert _pyside_answer(sys.modules["companion.core.resources.directory"]) is False


def test_nothing_is_imported_before_the_fast_check_is_in_place() -> None:
    # Every module first imported before it would be checked the slow way (about 0.1 ms
    # each): the module installing it imports nothing PySide6 has not seen but sys.
    import ast

    import companion.ui.help.pyside_imports as module

    tree = ast.parse(inspect.getsource(module))
    top_level = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    assert [ast.unparse(node) for node in top_level] == ["import sys"]
    package = ast.parse(inspect.getsource(sys.modules["companion"]))
    assert not [node for node in package.body if isinstance(node, ast.Import | ast.ImportFrom)]
