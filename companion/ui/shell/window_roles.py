"""Top-level screens tell assistive technology that they are windows.

Qt gives a plain ``QWidget`` the accessible role "client", which AT-SPI reports as a
"filler": a screen reader then does not announce the first-run screen, the lock screen or
the help panel as a window when it opens, and its window list skips them. Only
``QMainWindow`` and ``QDialog`` get a window role of their own, so this factory gives
every other top-level ``QWidget`` (a window, or a dialog-type window) the role it shows as.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed = False


def _nearest_qt_class(obj: QObject) -> type:
    """The Qt class a Python widget class is built on (``QWidget`` for our screens)."""
    return next(cls for cls in type(obj).__mro__ if cls.__module__.startswith("PySide6."))


def window_interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    """An interface with a window role for a plain top-level ``QWidget``; None otherwise
    (Qt's own interfaces then apply)."""
    if not isinstance(obj, QWidget) or not obj.isWindow():
        return None
    if _nearest_qt_class(obj) is not QWidget:
        return None  # labels, dialogs, main windows and popups have their own roles
    kind = obj.windowType()
    if kind == Qt.WindowType.Window:
        return QAccessibleWidget(obj, QAccessible.Role.Window)
    if kind == Qt.WindowType.Dialog:
        return QAccessibleWidget(obj, QAccessible.Role.Dialog)
    return None


def install_window_roles() -> None:
    """Install the factory once per process (before any window is shown)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(window_interface)
        _installed = True
