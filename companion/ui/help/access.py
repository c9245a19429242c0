"""Help is reachable from everywhere: F1 in every window, and one "Get help now" button.

``HelpAccess`` is created once by the app. It owns the single help panel window, loads
the offline directory (with any local packs) the first time help is needed — or ahead of
time with :meth:`preload` — and decides which country to show first.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from companion.core.clock import Clock, SystemClock
from companion.ui.shell.font_warmup import start_font_warmup
from companion.ui.shell.gc_hold import hold_collection
from companion.ui.shell.i18n import translate

if TYPE_CHECKING:  # each Qt type costs time when first touched: only what F1 needs
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QPushButton

    from companion.core.resources.loading import HelpData
    from companion.ui.help.panel import HelpPanel
    from companion.ui.help.self_care import SelfCareLink
    from companion.ui.shell.ops import Operation, Progress

HELP_KEY = "F1"  # Qt's key-sequence types are loaded when a window is first given it
_ARMED = "companionHelpShortcut"  # window property: this window has its F1 shortcut
# Garbage collection waits for a new panel to settle after its first paint, never longer.
GC_HOLD_LIMIT_MS = 2000
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
        self._preload: Operation[HelpData] | None = None
        self._preloaded: HelpData | None = None
        self._panel: QWidget | None = None
        self._last_provided: str | None = None
        self._app: QApplication | None = None
        self._shortcuts: list[QShortcut] = []
        self._self_care: dict[str, tuple[str, Callable[[QWidget | None], None]]] = {}

    # -- wiring -------------------------------------------------------------------------

    def install(self, app: QApplication) -> None:
        """Make F1 open help in every window of ``app`` (modal dialogs included).

        Each window gets its own F1 shortcut the first time it becomes the active window
        (the application's ``focusWindowChanged`` signal, raised only when focus moves
        between windows). Qt's shortcut map then matches the key in C++: unlike an
        application-wide event filter, nothing calls into Python for the thousands of
        other events a start-up produces. A modal dialog is a window of its own, so it
        gets the shortcut as soon as it opens. Installing twice is harmless.
        """
        if self._app is app:
            return
        # The panel's first paint waits for the font configuration: read it on another
        # core meanwhile (nothing happens if the app has started that already).
        start_font_warmup()
        self.uninstall()
        self._app = app
        app.focusWindowChanged.connect(self._on_focus_window)
        active = QApplication.activeWindow()
        if active is not None:
            self._arm(active)
        if self._preload_delay_ms is not None:
            QTimer.singleShot(self._preload_delay_ms, self, self.preload)

    def uninstall(self) -> None:
        """Stop answering F1 (the app calls this on shutdown)."""
        if self._app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._app.focusWindowChanged.disconnect(self._on_focus_window)
            self._app = None
        for shortcut in self._shortcuts:
            if isValid(shortcut):
                shortcut.setEnabled(False)
        self._shortcuts = []

    def _on_focus_window(self) -> None:
        # Connected without the signal's QWindow: for that argument PySide6 would build
        # its QWindow type on the way to the help panel's first paint. Qt makes the new
        # window the active widget window just after this signal, so look again then.
        self._arm_active()
        QTimer.singleShot(0, self, self._arm_active)

    def _arm_active(self) -> None:
        widget = QApplication.activeWindow()
        if widget is not None:
            self._arm(widget)

    def _arm(self, window: QWidget) -> None:
        """Give ``window`` an F1 shortcut that opens help (once per window)."""
        if window.property(_ARMED):
            return
        window.setProperty(_ARMED, True)
        from PySide6.QtGui import QKeySequence, QShortcut

        shortcut = QShortcut(QKeySequence(HELP_KEY), window)  # default context: this window
        shortcut.setObjectName("helpShortcut")
        shortcut.activated.connect(self.open)
        # Another F1 binding in the same window makes the key ambiguous: help still opens,
        # and the other binding gives F1 up, since F1 is help everywhere in Companion.
        shortcut.activatedAmbiguously.connect(lambda w=window: self._claim_f1(w))
        self._shortcuts.append(shortcut)
        self._claim_f1(window, open_help=False)

    def _claim_f1(self, window: QWidget, *, open_help: bool = True) -> None:
        from PySide6.QtGui import QAction, QKeySequence, QShortcut

        help_key = QKeySequence(HELP_KEY)
        for action in [*window.actions(), *window.findChildren(QAction)]:
            keys = [k for k in action.shortcuts() if k != help_key]
            if len(keys) != len(action.shortcuts()):
                _log.info("F1 is reserved for help; removed from action %r", action.text())
                action.setShortcuts(keys)
        for other in window.findChildren(QShortcut):
            if other.key() == help_key and other.objectName() != "helpShortcut":
                other.setEnabled(False)
        if open_help:
            self.open()

    def button(self, parent: QWidget | None = None) -> QPushButton:
        """A 'Get help now (F1)' button wired to :meth:`open`."""
        from PySide6.QtWidgets import QPushButton, QSizePolicy

        btn = QPushButton(translate("Help", "Get help now (F1)"), parent)
        btn.setObjectName("getHelpButton")
        btn.setAccessibleName(translate("Help", "Get help now"))
        btn.setToolTip(translate("Help", "Open help and crisis lines (shortcut: F1)"))
        btn.setAccessibleDescription(
            translate("Help", "Opens the list of helplines for your country. Shortcut F1.")
        )
        btn.setAutoDefault(False)  # Enter in a form must not open help by surprise
        btn.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = btn.font()
        font.setBold(True)
        btn.setFont(font)
        btn.clicked.connect(self.open)
        return btn

    # -- self-care entries ----------------------------------------------------------------

    def add_self_care_link(
        self, key: str, text: str, open: Callable[[QWidget | None], None]
    ) -> None:
        """Show a button in the panel under "Things that may help right now".

        The help panel belongs to no feature and never needs the journal unlocked, so
        the app injects these (a breathing exercise, Learn, a copy of the safety plan):
        ``open`` is called with the panel window (``None`` if it is gone) when the
        button is clicked, and must itself not need the vault. ``text`` is shown as is,
        so pass it already translated. Adding a ``key`` again replaces that entry in
        place; entries keep the order in which they were first added.
        """
        self._self_care[key] = (text, open)
        self._update_self_care()

    def remove_self_care_link(self, key: str) -> None:
        """Stop showing the entry ``key`` (nothing happens if there is none)."""
        if self._self_care.pop(key, None) is not None:
            self._update_self_care()

    def self_care_keys(self) -> list[str]:
        """The registered entries' keys, in the order they are shown."""
        return list(self._self_care)

    def _update_self_care(self) -> None:
        from companion.ui.help.panel import HelpPanel

        panel = self._panel
        if isinstance(panel, HelpPanel) and isValid(panel):
            panel.set_self_care_links(self._self_care_links())

    def _self_care_links(self) -> list[SelfCareLink]:
        from companion.ui.help.self_care import SelfCareLink

        return [SelfCareLink(k, text, fn) for k, (text, fn) in self._self_care.items()]

    # -- opening ------------------------------------------------------------------------

    def preload(self) -> None:
        """Start loading the directory in a background thread, so F1 is instant later.

        Loading only reads the bundled file and packs and builds immutable objects, so
        it is safe off the GUI thread; :meth:`open` waits for it if it is still running.
        The thread also imports the panel's code, so the first F1 only builds widgets.
        """
        if self._data is not None or self._preload is not None:
            return
        # Imported here: ops touches PySide6's Qt namespace (~15 ms to build), which
        # nothing on the way to the panel's first paint needs.
        from companion.ui.shell.ops import Operation

        def work(_progress: Progress) -> HelpData:
            data = self._load()
            # Also pay here, off the GUI thread, what the first open would: importing
            # the panel's modules (no Qt object is made by importing them) and building
            # the directory's country list and search index.
            import companion.ui.help.panel  # noqa: F401

            data.directory.warm_up()
            return data

        def kept(data: HelpData) -> None:
            self._preloaded = data

        def failed(exc: BaseException) -> None:
            # The first open loads again and reports what is wrong; help never waits.
            _log.warning("help preload failed: %s", type(exc).__name__)

        self._preload = Operation(self, work).on_success(kept).on_failure(failed).start()

    def open(self) -> None:
        """Show the help panel on the user's country, raised and focused."""
        # The first open imports and builds the panel: the garbage collector waits until
        # the panel has settled after its first paint (see gc_hold), or a moment at most.
        resume = hold_collection()
        try:
            panel, built = self._show_panel()
        except BaseException:
            resume()
            raise
        if built and not panel.ready():
            panel.settled.connect(resume)
            QTimer.singleShot(GC_HOLD_LIMIT_MS, resume)  # e.g. closed before settling
        else:
            resume()
        self.opened.emit()

    def _show_panel(self) -> tuple[HelpPanel, bool]:
        """The panel, shown (built first if needed), and whether it was built now."""
        from companion.ui.help.panel import HelpPanel  # first open only pays for it

        panel = self._panel
        built = False
        if not isinstance(panel, HelpPanel) or not isValid(panel):
            built = True
            data = self._ensure_data()
            panel = HelpPanel(
                data.directory,
                country=self.initial_country(),
                country_saver=self._save_country,
                clock=self._clock,
                problems=data.problems,
            )
            if self._self_care:
                panel.set_self_care_links(self._self_care_links())
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
        return panel, built

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
            self._country_from_locale,
        )
        for source in sources:  # in order, and lazily: the locale is asked only if needed
            candidate = source()
            if candidate:
                return candidate.upper()
        return None

    # -- internals ----------------------------------------------------------------------

    def _country_from_locale(self) -> str | None:
        from companion.core.resources.locale import country_from_locale  # only if asked

        return country_from_locale(self._system_locale())

    def _load(self) -> HelpData:
        if self._loader is not None:
            return self._loader()
        from companion.core.resources.loading import load_help_data  # packs code: only when loading

        return load_help_data(self._pack_paths, discover=self._discover_packs)

    def _ensure_data(self) -> HelpData:
        if self._data is None:
            if self._preload is not None:
                self._preload.finish_now()
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
            from PySide6.QtCore import Qt  # only here: building Qt's enums costs time

            kind = Qt.WindowModality
            panel.setWindowModality(kind.ApplicationModal if modal else kind.NonModal)
        panel.show()
