"""Self-test checks that render every main screen offscreen.

Each check drives the real :class:`~companion.app.CompanionApp` through its screens in a
folder of the self-test's own, grabs the window to PNG, and checks what a person would
look for first: the help button is there, the title never shows journal text, and the
help panel names the emergency number for each country.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import resolve_paths
from companion.selftest.framework import HELP_COUNTRIES, CheckFailed, SelfTest

ORDER = 90

PASSPHRASE = "self-test: screens kettle morning 9"


def _quiet_offscreen_notices(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's "does not support" notices; pass the rest on."""
    if "This plugin does not support" in message:
        return
    import sys

    print(message, file=sys.stderr)


def _fail(message: str) -> None:
    raise CheckFailed(message)


def _settle() -> None:
    app = QApplication.instance()
    if app is not None:
        for _ in range(3):
            app.processEvents()


def _grab(window: QWidget, path: Path) -> None:
    _settle()
    image = window.grab().toImage()
    if image.isNull() or image.width() < 200 or image.height() < 150:
        _fail(f"{path.stem} rendered as an empty or tiny image")
    # A blank render is one colour everywhere; a real screen has text and controls.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)
    }
    if len(colours) < 3:
        _fail(f"{path.stem} rendered blank")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        _fail(f"could not write {path.name}")


def _has_help_button(window: QWidget) -> bool:
    from companion.ui.shell.i18n import translate

    name = translate("Help", "Get help now")  # in the language the self-test runs in
    return any(
        b.accessibleName() == name and b.isVisibleTo(window)
        for b in window.findChildren(QPushButton)
    )


def render_screens(
    out_dir: Path, scratch: Path, countries: tuple[str, ...]
) -> Iterator[tuple[str, Callable[[], None]]]:
    """Yield ``(name, check)`` pairs; each check renders one screen to ``out_dir``.

    ``scratch`` is a folder of the self-test's own for the screens' throwaway vault.
    """
    import os

    from companion.app import CompanionApp
    from companion.core.vault import Vault

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen_notices)
    app = QApplication.instance() or QApplication(["companion-self-test"])
    assert isinstance(app, QApplication)
    paths = resolve_paths(scratch, environ={}).ensure()
    companion = CompanionApp(paths)
    try:

        def first_run() -> None:
            companion.start()
            window = companion.windows.current_window()
            if companion.windows.screen != "first_run":
                _fail(f"an empty folder opened {companion.windows.screen!r}, not the welcome")
            if not _has_help_button(window):
                _fail("the welcome screen has no visible 'Get help now' button")
            _grab(window, out_dir / "first-run.png")

        def recovery_code() -> None:
            dialog = companion.windows.show_recovery_code("ABCDE-FGHJK-MNPQR-STVWX-YZ234")
            if not _has_help_button(dialog):
                _fail("the recovery code screen has no 'Get help now' button")
            _grab(dialog, out_dir / "recovery-code.png")

        def main_window() -> None:
            vault, _code = Vault.create(
                paths.vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, clock=companion.clock
            )
            companion.session.attach(vault)
            window = companion.windows.show_main_window()
            if window.windowTitle() != "Companion":
                _fail(f"the main window title is {window.windowTitle()!r}")
            if not _has_help_button(window):
                _fail("the main window has no 'Get help now' button")
            _grab(window, out_dir / "main-window.png")

        def lock_screen() -> None:
            companion.windows.lock()
            if companion.session.is_unlocked() or companion.windows.screen != "locked":
                _fail("locking did not close the journal")
            window = companion.windows.current_window()
            if not _has_help_button(window):
                _fail("the lock screen has no 'Get help now' button")
            _grab(window, out_dir / "lock-screen.png")

        def help_panel() -> None:
            from companion.core.resources.directory import Directory
            from companion.ui.help.panel import HelpPanel

            companion.help.open()
            panel = companion.help.panel()
            if not isinstance(panel, HelpPanel):
                _fail("'Get help now' did not open the help panel")
            assert isinstance(panel, HelpPanel)
            directory = Directory.load_bundled()
            for code in countries:
                panel.show_country(code)
                _settle()
                emergency = directory.emergency(code)
                if emergency is None:
                    _fail(f"no emergency number for {code}")
                    return
                shown = panel.emergency_text()
                if emergency.phones[0].display not in shown:
                    _fail(f"{code}: the panel shows {shown!r}, not the emergency number")
                _grab(panel, out_dir / f"help-{code.lower()}.png")

        yield "first run (welcome and passphrase)", first_run
        yield "recovery code", recovery_code
        yield "main window", main_window
        yield "lock screen", lock_screen
        yield f"help panel for {', '.join(countries)}", help_panel
    finally:
        companion.shutdown()
        _settle()


def run(test: SelfTest) -> None:
    """Render each screen to ``<root>/self-test-screens``, one check per screen."""
    shots = test.root / "self-test-screens"
    for name, fn in render_screens(shots, test.scratch("screens-data"), HELP_COUNTRIES[:4]):
        test.check(f"screen: {name}", fn)
