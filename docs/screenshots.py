"""Render every Companion screen offscreen to ``docs/screenshots/*.png``.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [OUT_DIR] [--variant NAME ...]

Variants: ``light``, ``dark``, ``contrast`` (high contrast), ``200`` (text at twice the
system size) and ``rtl`` (right to left; in Arabic when ``companion_ar.qm`` exists).
Files are named by screen and variant: ``lock-screen.png`` (light),
``lock-screen-dark.png``, ``help-panel-200.png``, ``main-window-contrast.png``.

Each variant runs in its own process, so fonts, themes and languages never leak from
one into the next. Everything happens in a throwaway data folder with a fixed clock and
a few sample entries, so the pictures are the same on every machine and nothing
personal is shown. Pictures are at most 1000 pixels wide.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import CompanionApp
from companion.core.assets import asset_path
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft, Mood
from companion.core.paths import resolve_paths
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.theme import apply_theme

VARIANTS = ("light", "dark", "contrast", "200", "rtl")
MAX_WIDTH = 1000
SIZE = QSize(1000, 700)
PANEL_SIZE = QSize(900, 680)
SAMPLE_CODE = "7KQ2M-9XHDA-PPR3T-ZZ41B-0N8WC"
PASSPHRASE = "seven lanterns over the bay"  # noqa: S105 - sample data

SAMPLES = [
    (
        Mood.GOOD,
        "A slow morning",
        "Made tea and sat by the window for a while. The **rain** stopped around ten.",
        ("calm", "grateful"),
        ("reading", "rested"),
    ),
    (
        Mood.OKAY,
        None,
        "Busy day at work. A short walk at lunch helped more than I expected, and the "
        "afternoon went by faster after it.",
        ("tired",),
        ("work", "time outside"),
    ),
    (
        Mood.GREAT,
        "Saw Sam",
        "Dinner with Sam. We laughed about the *old flat* for an hour.",
        ("content", "loved"),
        ("friends", "cooking"),
    ),
    (
        Mood.BAD,
        None,
        "Couldn't sleep. Wrote down three things that went fine today anyway: the walk, "
        "the soup, the **phone call** with Mum.",
        ("anxious", "tired"),
        ("journaled",),
    ),
    (
        Mood.AWFUL,
        "A heavy day",
        "Everything felt like too much. Called a friend in the evening, which helped a little.",
        ("sad", "lonely"),
        ("friends",),
    ),
]


def _settle() -> None:
    # Height-for-width layouts (wrapped text, flows of chips) take a few passes.
    for _ in range(12):
        QApplication.processEvents()


def _let_animations_finish(ms: int = 400) -> None:
    """Run the event loop for ``ms`` of wall time, so an animation started just before
    (a text field's clear button fades in over 160 ms) is in its final state however
    fast or slow this machine is."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _name(screen: str, variant: str) -> str:
    return f"{screen}.png" if variant == "light" else f"{screen}-{variant}.png"


class Shooter:
    """Saves pictures of windows for one variant."""

    def __init__(self, out_dir: Path, variant: str) -> None:
        self.out_dir = out_dir
        self.variant = variant
        self.written: list[Path] = []

    def grab(self, widget: QWidget, screen: str, size: QSize | None = None) -> None:
        """Show ``widget`` (at ``size``, or the size it chose for itself) and save it."""
        if size is not None:
            scale = 1.5 if self.variant == "200" else 1.0
            widget.resize(int(size.width() * scale), int(size.height() * scale))
        widget.show()
        _settle()
        widget.grab()  # a first paint settles layouts that depend on the final width
        _settle()
        if size is None and widget.width() > MAX_WIDTH * 1.5:
            widget.resize(int(MAX_WIDTH * 1.5), widget.height())
            _settle()
        image = widget.grab().toImage()
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = self.out_dir / _name(screen, self.variant)
        _small(image).save(str(path))
        self.written.append(path)

    def attempt(self, screen: str, shoot: Callable[[], None]) -> None:
        """Run ``shoot``; a screen that cannot be drawn is reported, the rest go on."""
        try:
            shoot()
        except Exception as exc:
            print(f"could not render {screen} ({self.variant}): {exc!r}", file=sys.stderr)
        _settle()


def _small(image: QImage) -> QImage:
    """``image`` with the 256 colours it uses most (files a quarter of the size; the
    flat colours of an interface come through exactly, anti-aliased edges nearly)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(rgb.constBits()).cast("I")
    table = [colour for colour, _ in Counter(pixels).most_common(256)]
    return rgb.convertToFormat(
        QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither
    )


def _prepare(app: QApplication, variant: str) -> None:
    QCoreApplication.setApplicationName("Companion")
    if variant == "200":
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        app.setFont(font)
    if variant == "rtl":
        qm = asset_path("translations", "companion_ar.qm")
        if qm.is_file():
            from companion.ui.shell.language import install_translations

            install_translations(app, "ar", None)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    apply_theme(app, "dark" if variant == "dark" else "light", high_contrast=variant == "contrast")


def render_variant(out_dir: Path, variant: str) -> list[Path]:
    """Render every screen in one variant into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # A text cursor that never blinks: otherwise whether a picture shows it depends on
    # how long the machine took to get there.
    app.setCursorFlashTime(0)
    _prepare(app, variant)
    shots = Shooter(out_dir, variant)
    with tempfile.TemporaryDirectory(prefix="companion-shots-") as tmp:
        start = datetime(2026, 3, 14, 19, 30).astimezone()
        clock = FakeClock(start)
        companion = CompanionApp(
            resolve_paths(tmp), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
        )
        # CompanionApp applies the saved theme; the variant's theme wins.
        _prepare_theme_again(app, variant)
        try:
            _render(companion, clock, start, shots)
        finally:
            wait_for_background_tasks()
            companion.shutdown()
            _settle()
    return shots.written


def _prepare_theme_again(app: QApplication, variant: str) -> None:
    apply_theme(app, "dark" if variant == "dark" else "light", high_contrast=variant == "contrast")


def _render(companion: CompanionApp, clock: FakeClock, start: datetime, shots: Shooter) -> None:
    windows = companion.windows
    paths = companion.paths
    assert paths is not None

    def first_run() -> None:
        first = windows.show_first_run()
        first.passphrase.edit.setText(PASSPHRASE)
        first.confirm.edit.setText(PASSPHRASE)
        shots.grab(first, "first-run")

    shots.attempt("first-run", first_run)
    shots.attempt(
        "recovery-code",
        lambda: shots.grab(windows.show_recovery_code(SAMPLE_CODE), "recovery-code"),
    )
    vault, _code = Vault.create(
        paths.vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        clock=clock,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    vault.lock()
    shots.attempt("lock-screen", lambda: shots.grab(windows.show_lock_screen(), "lock-screen"))
    shots.attempt(
        "guest-welcome",
        lambda: shots.grab(windows.show_guest_welcome(can_go_back=True), "guest-welcome"),
    )

    vault = Vault.unlock(
        paths.vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    companion.session.attach(vault)
    for days_ago, (mood, title, text, emotions, tags) in enumerate(SAMPLES):
        when = start - timedelta(days=days_ago * 2, hours=days_ago)
        draft = EntryDraft(
            text=text, title=title, mood=mood, emotions=emotions, tags=tags, created_at=when
        )
        companion.session.save_entry(None, draft)
    main = windows.show_main_window()
    first_id = companion.session.journal.timeline(limit=1)[0].id
    main.open_entry(first_id)
    shots.attempt("main-window", lambda: shots.grab(main, "main-window", SIZE))

    def editor() -> None:
        main.new_entry()
        main.editor.details.set_expanded(True)
        shots.grab(main, "editor", QSize(SIZE.width(), SIZE.height() + 200))
        main.editor.details.set_expanded(False)
        main.open_entry(first_id)

    shots.attempt("editor", editor)
    shots.attempt("calendar", lambda: shots.grab(main.calendar, "calendar"))

    def search() -> None:
        bar = main.search_bar
        bar.query_edit.setText("walk")
        bar.filters_button.setChecked(True)
        bar.run_search()
        _let_animations_finish()
        shots.grab(main, "search", SIZE)
        bar.clear()
        bar.filters_button.setChecked(False)

    shots.attempt("search", search)

    def trash() -> None:
        last_id = companion.session.journal.timeline(limit=10)[-1].id
        companion.session.delete_entry(last_id)
        view = main.show_trash()
        shots.grab(view, "trash", QSize(700, 420))
        view.close()

    shots.attempt("trash", trash)

    def about() -> None:
        dialog = main.show_about()
        shots.grab(dialog, "about", QSize(640, 620))
        dialog.close()

    shots.attempt("about", about)

    def preferences() -> None:
        dialog = windows.open_preferences()
        shots.grab(dialog, "preferences")
        dialog.close()

    shots.attempt("preferences", preferences)

    def page(key: str, screen: str) -> None:
        main.page(key)
        shots.grab(main, screen, SIZE)

    for key, screen in (
        ("checkins", "check-in"),
        ("insights", "insights"),
        ("safetyPlan", "safety-plan"),
    ):
        shots.attempt(screen, functools.partial(page, key, screen))
    main.page("journal")

    def feature_window(key: str, screen: str) -> None:
        features = companion.features
        getattr(features, f"open_{key}")()
        _settle()
        window = features._windows.get(key)
        if window is None:
            raise RuntimeError(f"no {key} window")
        shots.grab(window, screen, PANEL_SIZE)
        window.close()

    shots.attempt("exercises", lambda: feature_window("exercises", "exercises"))
    shots.attempt("learn", lambda: feature_window("learn", "learn"))

    def help_panel() -> None:
        companion.help.open()
        _settle()
        panel = companion.help.panel()
        if panel is None:
            raise RuntimeError("no help panel")
        show_country = getattr(panel, "show_country", None)
        if show_country is not None:
            show_country("GB")  # the same country on every machine, whatever its locale
            _settle()
        shots.grab(panel, "help-panel", PANEL_SIZE)

    shots.attempt("help-panel", help_panel)


def main(argv: list[str]) -> int:
    """Command-line entry point: every variant (each in its own process) or the named."""
    args = argv[1:]
    chosen = [args[i + 1] for i, a in enumerate(args) if a == "--variant" and i + 1 < len(args)]
    rest = [
        a for i, a in enumerate(args) if a != "--variant" and (i == 0 or args[i - 1] != "--variant")
    ]
    out = Path(rest[0]) if rest else Path(__file__).resolve().parent / "screenshots"
    if len(chosen) == 1:
        for path in render_variant(out, chosen[0]):
            print(path)
        return 0
    status = 0
    for variant in chosen or VARIANTS:
        run = subprocess.run(
            [sys.executable, __file__, str(out), "--variant", variant], check=False
        )
        status = status or run.returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
