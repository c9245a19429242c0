"""Can this computer place a call or send a text? Ask before handing a link to the OS.

Most library PCs have no program for ``tel:`` or ``sms:`` links: handing one over either
does nothing or opens an unhelpful "choose an app" dialog. The help panel asks here first
and, when nothing can handle the link, says so in place ("This computer can't make calls —
dial it on a phone or scan the code") instead of failing silently.

Nothing here touches the network; each check reads local settings only, on a click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Tests replace this (``handlers.has_handler = lambda scheme: False``).
HandlerCheck = Callable[[str], bool]


def _xdg_dirs(home_var: str, home_default: str, dirs_var: str, dirs_default: str) -> list[Path]:
    home = os.environ.get(home_var) or str(Path.home() / home_default)
    others = os.environ.get(dirs_var) or dirs_default
    return [Path(home), *(Path(p) for p in others.split(":") if p)]


def _mentions(files: Iterable[Path], mime: str) -> bool:
    """True when a mimeapps.list / mimeinfo.cache file maps ``mime`` to some program."""
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            name, _, apps = line.partition("=")
            if name.strip() == mime and apps.strip(" ;"):
                return True
    return False


def _linux_has_handler(scheme: str) -> bool:
    mime = f"x-scheme-handler/{scheme}"
    config = _xdg_dirs("XDG_CONFIG_HOME", ".config", "XDG_CONFIG_DIRS", "/etc/xdg")
    data = _xdg_dirs(
        "XDG_DATA_HOME", ".local/share", "XDG_DATA_DIRS", "/usr/local/share:/usr/share"
    )
    files = [d / "mimeapps.list" for d in config]
    files += [
        d / "applications" / name for d in data for name in ("mimeapps.list", "mimeinfo.cache")
    ]
    return _mentions(files, mime)


def _windows_has_handler(scheme: str) -> bool:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, scheme) as key:  # type: ignore[attr-defined,unused-ignore]
            winreg.QueryValueEx(key, "URL Protocol")  # type: ignore[attr-defined,unused-ignore]
            return True
    except OSError:
        return False


def system_has_handler(scheme: str) -> bool:
    """True when the operating system has a program for ``scheme:`` links.

    macOS ships FaceTime and Messages for ``tel:`` and ``sms:``, so it is assumed to have
    one; elsewhere the desktop's own association tables are read.
    """
    if sys.platform == "darwin":
        return True
    if sys.platform.startswith("win"):
        return _windows_has_handler(scheme)
    return _linux_has_handler(scheme)


has_handler: HandlerCheck = system_has_handler


def open_link(uri: str) -> bool:
    """Hand ``uri`` to the operating system; False when nothing can open it.

    ``tel:`` and ``sms:`` links are checked first (see :func:`has_handler`); the result of
    ``QDesktopServices.openUrl`` counts too.
    """
    scheme = uri.partition(":")[0].lower()
    if scheme in ("tel", "sms") and not has_handler(scheme):
        return False
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl(uri)))
