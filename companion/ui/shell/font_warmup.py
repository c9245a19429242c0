"""Read the font configuration on another core while the first window is being built.

On Linux, Qt finds fonts through fontconfig. The first widget that shows text makes Qt
call ``FcInit``, which parses every fontconfig configuration file and maps the font
caches: about 5 ms, on the way to the first paint (a window without text never pays it,
so it is most of what a help panel costs over a bare window). ``FcInit`` is thread-safe
and keeps its result for the whole process, so calling it once from a background thread
just after Qt is loaded means that Qt's own call finds everything ready. Nothing else
changes: the same files are read, in the same process, by the same library.

The call goes through ``_ctypes`` rather than ``ctypes``: importing ``ctypes`` runs
about 1.5 ms of Python under the GIL, which would cost the main thread what the second
core saves. The library is only looked up if Qt has loaded it already
(``RTLD_NOLOAD``), so this never loads anything Qt would not. Anything unexpected (no
fontconfig, another platform, a Python without ``_ctypes``) simply leaves Qt to do the
work itself, as before.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ctypes import CDLL

FONTCONFIG = "libfontconfig.so.1"
_started = False
_lock = threading.Lock()


def _fc_init() -> Any | None:
    """``FcInit`` of the fontconfig library Qt has loaded, or ``None``."""
    try:
        import _ctypes
    except ImportError:
        return None
    nothing_new = getattr(os, "RTLD_NOLOAD", 0) | getattr(os, "RTLD_LAZY", 1)
    try:
        handle = _ctypes.dlopen(FONTCONFIG, nothing_new)
    except OSError:  # Qt does not use fontconfig here
        return None

    class Library:  # what _ctypes looks a function up in: an object with a handle
        _handle = handle

    class Function(_ctypes.CFuncPtr):
        # A plain C call (no restype: the int FcInit returns comes back as an int);
        # _ctypes releases the GIL for the length of the call.
        _flags_ = _ctypes.FUNCFLAG_CDECL

    try:
        # Duck-typed: _ctypes only reads the handle (ctypes itself is never imported).
        return Function(("FcInit", cast("CDLL", Library())))
    except (AttributeError, TypeError, OSError):
        return None


def start_font_warmup() -> bool:
    """Start reading the font configuration in a background thread (once per process).

    Call it as soon as Qt is imported, before the first window is built.

    Returns:
        True when the background read was started now; False when it already was, or
        when there is nothing to do on this system (Qt then reads it itself).
    """
    global _started
    with _lock:
        if _started:
            return False
        _started = True
    if not sys.platform.startswith("linux"):
        return False  # Windows and macOS list fonts through their own system services
    fc_init = _fc_init()
    if fc_init is None:
        return False
    # A daemon thread: a program that ends within these few milliseconds does not wait.
    threading.Thread(target=fc_init, name="font-warmup", daemon=True).start()
    return True
