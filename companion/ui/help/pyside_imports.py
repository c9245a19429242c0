"""A faster answer to PySide6's "does this module use PySide6?" after every import.

Since PySide 6.4 (PYSIDE-2029), PySide6 asks that question about every module imported
after it, to decide whether its optional ``from __feature__ import …`` switches apply there:
``inspect.getsource(module)``, then ``"PySide6" in source``. ``inspect.getsource`` also
looks the module up among every loaded module (``inspect.getmodule``) and reads the file
through ``linecache``, which together cost about 0.2 ms a module: some 10 ms for the
modules the help panel imports on its way to the first paint.

:func:`speed_up_module_checks` gives PySide6 the same answer by looking for the same
word in the module's file directly (about 20 µs); a compiled module, whose source
``inspect`` can never find, is answered "no" at once, as PySide6's check answers it.
Anything else (a frozen program, a zip) is still asked of PySide6's own check, so the
answer never differs from the one PySide6 would give.

Companion's own modules are answered "yes" without reading their files (31 reads, about
0.5 ms, on the way to help's first paint). For the UI modules that is PySide6's answer
too (they import it). For the core modules it is not, and it makes no difference: the
answer only says which ``__feature__`` switches apply to the code of that module when it
touches a Qt type ("yes": none of them, the API the code is written for), and the core
never touches Qt (an import contract checks it).

This module imports nothing but ``sys`` at run time (not even ``typing``, nor ``from
__future__``): every module first imported before the fast check is in place is checked
the slow way.
"""

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, as type checkers read it, without typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

_MARK = "_companion_fast_check"
OWN_PACKAGE = __name__.partition(".")[0]  # "companion"
OWN_PREFIX = OWN_PACKAGE + "."


def _compiled_suffixes() -> tuple[str, ...]:
    # The same list importlib uses, read from the module it has loaded already (at start
    # up), so this costs no import: ".so", ".abi3.so", ".cpython-311-x86_64-linux-gnu.so",
    # ".pyd"...
    machinery = sys.modules.get("importlib.machinery")
    return tuple(getattr(machinery, "EXTENSION_SUFFIXES", ()))


def _fast(original: "Callable[[ModuleType], bool]") -> "Callable[[ModuleType], bool]":
    compiled = _compiled_suffixes()

    def uses_pyside(module: "ModuleType") -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and (name == OWN_PACKAGE or name.startswith(OWN_PREFIX)):
            return True  # see the module docstring
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            if path.endswith(".py"):
                try:
                    with open(path, "rb") as source:
                        return b"PySide6" in source.read()
                except OSError:
                    pass
            elif compiled and path.endswith(compiled):
                return False  # no source to read: inspect.getsource raises, PySide6 says no
        return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def speed_up_module_checks() -> bool:
    """Replace PySide6's per-import source check by the faster, equal one (once).

    Returns:
        True when the check is (now) the fast one; False when this PySide6 has no such
        check (nothing is changed then).
    """
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _fast(original)
    return True


# Installed on import, so that even this module's own check, which PySide6 makes as soon
# as the import is complete, is the fast one.
speed_up_module_checks()
