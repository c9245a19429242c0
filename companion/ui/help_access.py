"""CONTRACT STUB — the help-panel helper replaces this; the public names are the contract.

``HelpAccess`` makes help reachable from everywhere: an application-wide shortcut (works in
every window, including the lock screen and modal dialogs) and a factory for the visible
"Get help now" button that every screen places in the same spot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

HELP_SHORTCUT = QKeySequence("F1")


class HelpAccess(QObject):
    """Owns the help panel window and every way of opening it."""

    def __init__(
        self,
        country_provider: Callable[[], str | None],
        country_saver: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._country_provider = country_provider
        self._country_saver = country_saver

    def install(self, app: QApplication) -> None:
        """Make the shortcut work in every window of ``app``."""

    def button(self, parent: QWidget | None = None) -> QPushButton:
        """A 'Get help now (F1)' button wired to :meth:`open`."""
        btn = QPushButton("Get help now (F1)", parent)
        btn.setAccessibleName("Get help now")
        btn.clicked.connect(self.open)
        return btn

    def open(self) -> None:
        """Show the help panel on the user's country, raised and focused."""

    def panel(self) -> QWidget | None:
        """The panel window if it has been created (tests use this)."""
        return None
