"""Help is reachable from everywhere: F1 in every window, and one "Get help now" button.

``HelpAccess`` is created once by the app. It owns the single help panel window, loads
the offline directory (with any local packs) the first time help is needed — or ahead of
time with :meth:`preload` — and decides which country to show first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget

from companion.core.clock import Clock, SystemClock
from companion.core.resources.locale import country_from_locale

if TYPE_CHECKING:
    from companion.core.resources.loading import HelpData

HELP_SHORTCUT = QKeySequence("F1")
_log = logging.getLogger(__name__)


class HelpAccess(QObject):
    """Owns the help panel window and every way of opening it.

    Args:
        country_provider: Returns the user's chosen country (preferences) or ``None``.
        country_saver: Called with a code when the user picks another country.
        parent: Qt parent.
        default_country: The organisation's default (policy), used when the user has
            not chosen one.
        pack_paths: Local resource packs to add (e.g. from the policy file).
        discover_packs: Also look in the standard pack folders.
        clock: Time source for "open now".
        loader: Replaces the directory loader (tests and benchmarks).
        system_locale: Returns the system locale name (defaults to Qt's).
        preload_delay_ms: After :meth:`install`, load the directory in a background
            thread after this many milliseconds (``None``: only on first open).
    """

    opened = Signal()  # once per open request, whatever triggered it

    def __init__(
        self,
        country_provider: Callable[[], str | None],
        country_saver: Callable[[str], None],
        parent: QObject | None = None,
        *,
        default_country: str | None = None,
        pack_paths: Sequence[Path] = (),
        discover_packs: bool = True,
        clock: Clock | None = None,
        loader: Callable[[], HelpData] | None = None,
        system_locale: Callable[[], str] | None = None,
        preload_delay_ms: int | None = 1500,
    ) -> None:
        super().__init__(parent)
        self._country_provider = country_provider
        self._country_saver = country_saver
        self._default_country = default_country.upper() if default_country else None
        self._pack_paths = tuple(pack_paths)
        self._discover_packs = discover_packs
        self._clock: Clock = clock or SystemClock()
        self._loader = loader
        self._system_locale = system_locale or (lambda: QLocale.system().name())
        self._data: HelpData | None = None
        self._preload_delay_ms = preload_delay_ms
        self._preload_thread: threading.Thread | None = None
        self._preloaded: HelpData | None = None
        self._panel: QWidget | None = None
        self._last_provided: str | None = None
        self._app: QApplication | None = None

    # -- wiring -------------------------------------------------------------------------

    def install(self, app: QApplication) -> None:
        """Make F1 open help in every window of ``app`` (modal dialogs included).

        An application-wide event filter sees key events before any widget does, so it
        works on screens that know nothing about help. Installing twice is harmless.
        """
        if self._app is app:
            return
        if self._app is not None:
            self._app.removeEventFilter(self)
        self._app = app
        app.installEventFilter(self)
        if self._preload_delay_ms is not None:
            QTimer.singleShot(self._preload_delay_ms, self, self.preload)

    def uninstall(self) -> None:
        """Stop listening for F1 (the app calls this on shutdown)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: reject the others cheaply. The
        # isinstance test comes first because it costs nothing, while event.type() builds
        # a Python enum value (thousands of events pass before the first window paints).
        if not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind not in _KEY_EVENTS or not _is_help_key(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Claim the key so no QAction/QShortcut bound to F1 also fires: the key
            # press that follows comes here, and is handled exactly once.
            event.accept()
            return True
        if not event.isAutoRepeat():
            self.open()
        return True  # consumed: never propagates to a parent, so never fires twice

    def button(self, parent: QWidget | None = None) -> QPushButton:
        """A 'Get help now (F1)' button wired to :meth:`open`."""
        btn = QPushButton("Get help now (F1)", parent)
        btn.setObjectName("getHelpButton")
        btn.setAccessibleName("Get help now")
        btn.setToolTip("Open help and crisis lines (shortcut: F1)")
        btn.setAccessibleDescription("Opens the list of helplines for your country. Shortcut F1.")
        btn.setAutoDefault(False)  # Enter in a form must not open help by surprise
        btn.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = btn.font()
        font.setBold(True)
        btn.setFont(font)
        btn.clicked.connect(self.open)
        return btn

    # -- opening ------------------------------------------------------------------------

    def preload(self) -> None:
        """Start loading the directory in a background thread, so F1 is instant later.

        Loading only reads the bundled file and packs and builds immutable objects, so
        it is safe off the GUI thread; :meth:`open` waits for it if it is still running.
        The thread also imports the panel's code, so the first F1 only builds widgets.
        """
        if self._data is not None or self._preload_thread is not None:
            return

        def work() -> None:
            data = self._load()
            self._preloaded = data
            # Also pay here, off the GUI thread, what the first open would: importing
            # the panel's modules (no Qt object is made by importing them) and building
            # the directory's country list and search index.
            import companion.ui.help.panel  # noqa: F401

            data.directory.warm_up()

        self._preload_thread = threading.Thread(target=work, name="help-preload", daemon=True)
        self._preload_thread.start()

    def open(self) -> None:
        """Show the help panel on the user's country, raised and focused."""
        from companion.ui.help.panel import HelpPanel  # first open only pays for it

        panel = self._panel
        if not isinstance(panel, HelpPanel):
            data = self._ensure_data()
            panel = HelpPanel(
                data.directory,
                country=self.initial_country(),
                country_saver=self._save_country,
                clock=self._clock,
                problems=data.problems,
            )
            self._panel = panel
        elif not panel.isVisible():
            if self._country_provider() != self._last_provided:
                # Preferences changed since: follow them. Otherwise the panel keeps
                # whatever country the person picked last time.
                panel.show_country(self.initial_country())
            else:
                panel.refresh()  # "open now" may have changed since it was last shown
        self._last_provided = self._country_provider()
        self._show_above_modal(panel)
        panel.raise_()
        panel.activateWindow()
        panel.focus_start()
        self.opened.emit()

    def panel(self) -> QWidget | None:
        """The panel window if it has been created (tests use this)."""
        return self._panel

    def initial_country(self) -> str | None:
        """The country to show first: preferences, then policy, then the system locale.

        ``None`` means "not known": the panel then shows help that works internationally.
        """
        sources: tuple[Callable[[], str | None], ...] = (
            self._country_provider,
            lambda: self._default_country,
            lambda: country_from_locale(self._system_locale()),
        )
        for source in sources:  # in order, and lazily: the locale is asked only if needed
            candidate = source()
            if candidate:
                return candidate.upper()
        return None

    # -- internals ----------------------------------------------------------------------

    def _load(self) -> HelpData:
        if self._loader is not None:
            return self._loader()
        from companion.core.resources.loading import load_help_data  # packs code: only when loading

        return load_help_data(self._pack_paths, discover=self._discover_packs)

    def _ensure_data(self) -> HelpData:
        if self._data is None:
            if self._preload_thread is not None:
                self._preload_thread.join()
            self._data = self._preloaded or self._load()
            for problem in self._data.problems:
                # Admin-facing details only: pack paths and field names, no user data.
                _log.warning("local resource pack could not be read: %s", problem)
        return self._data

    def _save_country(self, code: str) -> None:
        try:
            self._country_saver(code)
        except Exception:  # a failed save must never take help away
            _log.exception("could not remember the chosen country")

    def _show_above_modal(self, panel: QWidget) -> None:
        """Show ``panel`` so it is usable even while a modal dialog runs.

        Qt blocks input to every window but the top modal one, so when a modal dialog is
        active the panel itself becomes modal (on top of it) until closed; otherwise it is
        an ordinary window that stays usable beside the app.
        """
        blocking = QApplication.activeModalWidget()
        modal = blocking is not None and blocking is not panel
        if panel.isVisible() and panel.isModal() == modal:
            return
        if panel.isVisible():
            panel.hide()  # modality can only change while hidden
        if panel.isModal() != modal:
            from PySide6.QtCore import Qt  # see _is_help_key

            kind = Qt.WindowModality
            panel.setWindowModality(kind.ApplicationModal if modal else kind.NonModal)
        panel.show()


_KEY_EVENTS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress})


def _is_help_key(event: QKeyEvent) -> bool:
    # Imported here, not at the top: Qt's namespace of enums takes ~12 ms to build in
    # Python, and nothing before the first key press (or the first paint) needs it.
    from PySide6.QtCore import Qt

    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_F1 and mods == Qt.KeyboardModifier.NoModifier
