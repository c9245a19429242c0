"""Render Companion's main screens offscreen to ``docs/screenshots/*.png``.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [OUT_DIR] [--dark]

Everything happens in a throwaway data folder with a fixed clock and a few sample
entries, so the pictures are the same on every machine and nothing personal is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft, Mood
from companion.core.paths import resolve_paths
from companion.core.settings import Theme
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.help.panel import HelpPanel
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.theme import apply_theme

SIZE = QSize(1100, 760)
DIALOG_SIZE = QSize(760, 620)
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
        "Busy day at work. A short walk at lunch helped more than I expected.",
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
        "Couldn't sleep. Wrote down three things that went fine today anyway.",
        ("anxious", "tired"),
        ("journaled",),
    ),
]


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def grab(widget: QWidget, path: Path, size: QSize) -> Path:
    """Show ``widget`` at ``size`` and save a PNG of it."""
    widget.resize(size)
    widget.show()
    _settle()
    widget.grab().save(str(path))
    return path


def render_all(out_dir: Path, theme: Theme = "light") -> list[Path]:
    """Render every screen into ``out_dir``; returns the files written.

    Args:
        out_dir: where the PNGs go (created if needed).
        theme: "light" or "dark"; dark files get a ``-dark`` suffix.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("Companion")
    apply_theme(app, theme)
    suffix = "" if theme == "light" else f"-{theme}"
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="companion-shots-") as tmp:
        start = datetime(2026, 3, 14, 19, 30).astimezone()
        clock = FakeClock(start)
        companion = CompanionApp(
            resolve_paths(tmp), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
        )
        try:
            first = companion.windows.show_first_run()
            first.passphrase.edit.setText(PASSPHRASE)
            first.confirm.edit.setText(PASSPHRASE)
            written.append(grab(first, out_dir / f"first-run{suffix}.png", DIALOG_SIZE))

            written.append(
                grab(
                    companion.windows.show_recovery_code(SAMPLE_CODE),
                    out_dir / f"recovery-code{suffix}.png",
                    DIALOG_SIZE,
                )
            )

            vault, _code = Vault.create(
                companion.paths.vault_dir,
                PASSPHRASE,
                schemas=FEATURE_SCHEMAS,
                clock=clock,
                kdf_params=TEST_KDF_PARAMS,
                allow_weak_for_tests=True,
            )
            vault.lock()
            written.append(
                grab(
                    companion.windows.show_lock_screen(),
                    out_dir / f"lock-screen{suffix}.png",
                    DIALOG_SIZE,
                )
            )

            vault = Vault.unlock(
                companion.paths.vault_dir,
                PASSPHRASE,
                schemas=FEATURE_SCHEMAS,
                kdf_params=TEST_KDF_PARAMS,
                allow_weak_for_tests=True,
            )
            companion.session.attach(vault)
            for days_ago, (mood, title, text, emotions, tags) in enumerate(SAMPLES):
                when = start - timedelta(days=days_ago * 2, hours=days_ago)
                draft = EntryDraft(
                    text=text,
                    title=title,
                    mood=mood,
                    emotions=emotions,
                    tags=tags,
                    created_at=when,
                )
                companion.session.save_entry(None, draft)
            main = companion.windows.show_main_window()
            first_id = companion.session.journal.timeline(limit=1)[0].id
            main.open_entry(first_id)
            written.append(grab(main, out_dir / f"main-window{suffix}.png", SIZE))

            companion.help.open()
            _settle()
            panel = companion.help.panel()
            if isinstance(panel, HelpPanel):
                # The same country on every machine, whatever its locale says.
                panel.show_country("GB")
                _settle()
                written.append(grab(panel, out_dir / f"help-panel{suffix}.png", SIZE))
        finally:
            wait_for_background_tasks()
            companion.shutdown()
            _settle()
    return written


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    args = [a for a in argv[1:] if a != "--dark"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent / "screenshots"
    for path in render_all(out, "dark" if "--dark" in argv else "light"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
