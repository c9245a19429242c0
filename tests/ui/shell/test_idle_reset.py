"""Public mode's idle reset: countdown, "I'm still here", the wipe, and the next person.

The clock is injected; the timer's ticks are replaced by explicit ``check()`` calls so
the test decides exactly when time passes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.policy import Mode, load_effective_policy
from companion.core.policy.file import POLICY_FILENAME
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.idle_reset import IdleResetTimer
from companion.ui.shell.input_watch import InputWatcher
from companion.ui.vault.guest_welcome import GuestWelcome

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def test_countdown_then_reset_once(qapp: QApplication) -> None:
    clock = FakeClock(NOON)
    watcher = InputWatcher(clock)
    timer = IdleResetTimer(clock, watcher, 300)
    shown: list[int] = []
    resets: list[bool] = []
    timer.countdown.connect(shown.append)
    timer.reset_due.connect(lambda: resets.append(True))
    timer.start()
    clock.advance(239)
    timer.check()
    assert shown == []  # still quiet: the warning starts 60 s before the end
    clock.advance(1.5)
    timer.check()
    assert shown == [60]  # 59.5 s left: the whole seconds shown round up
    clock.advance(60)
    timer.check()
    assert resets == [True]
    assert not timer.running
    clock.advance(10)
    timer.check()
    assert resets == [True]  # once only


def test_input_before_the_warning_restarts_the_wait(qapp: QApplication) -> None:
    clock = FakeClock(NOON)
    watcher = InputWatcher(clock)
    timer = IdleResetTimer(clock, watcher, 300)
    resets: list[bool] = []
    timer.reset_due.connect(lambda: resets.append(True))
    timer.start()
    clock.advance(200)
    watcher.touch()  # someone typed
    timer.check()
    clock.advance(200)
    timer.check()
    assert resets == []


def test_input_during_the_warning_does_not_keep_the_session(qapp: QApplication) -> None:
    clock = FakeClock(NOON)
    watcher = InputWatcher(clock)
    timer = IdleResetTimer(clock, watcher, 300)
    shown: list[int] = []
    resets: list[bool] = []
    timer.countdown.connect(shown.append)
    timer.reset_due.connect(lambda: resets.append(True))
    timer.start()
    clock.advance(250)
    timer.check()
    assert shown == [50]
    watcher.touch()  # a passer-by nudges the mouse
    clock.advance(51)
    timer.check()
    assert resets == [True]


def test_still_here_hides_the_countdown_and_starts_again(qapp: QApplication) -> None:
    clock = FakeClock(NOON)
    watcher = InputWatcher(clock)
    timer = IdleResetTimer(clock, watcher, 300)
    shown: list[int] = []
    timer.countdown.connect(shown.append)
    timer.start()
    clock.advance(250)
    timer.check()
    timer.still_here()
    assert shown == [50, -1]
    clock.advance(200)
    timer.check()
    assert shown == [50, -1]


@pytest.fixture
def public_app(qapp: QApplication, tmp_path: Path) -> Iterator[CompanionApp]:
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / POLICY_FILENAME).write_text(
        json.dumps(
            {"version": 1, "mode": "public", "idle_reset_seconds": 120, "default_country": "IE"}
        ),
        "utf-8",
    )
    policy, problems = load_effective_policy(tmp_path / "no-exe", [etc])
    assert problems == []
    app = CompanionApp(
        None,
        FakeClock(NOON),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
        policy=policy,
        mode=Mode.PUBLIC,
    )
    yield app
    app.shutdown()
    QApplication.processEvents()


def test_an_idle_public_session_is_wiped_and_the_next_person_starts_fresh(
    qtbot: QtBot, public_app: CompanionApp
) -> None:
    app = public_app
    clock = app.clock
    assert isinstance(clock, FakeClock)
    reset = app.idle_reset
    assert reset is not None
    app.start()
    welcome = app.windows.current_window()
    assert isinstance(welcome, GuestWelcome)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    assert reset.running
    app.session.save_entry(None, EntryDraft(text="a note for nobody else", created_at=NOON))
    app.prefs.update(country="FR")  # this person looked at France's lines

    banner = app.windows.banner
    assert banner is not None
    clock.advance(61)
    reset.check()
    assert banner.still_here_button.isVisible()
    assert "59 seconds" in banner.countdown.text()
    qtbot.mouseClick(banner.still_here_button, Qt.MouseButton.LeftButton)
    assert not banner.still_here_button.isVisible()

    clock.advance(61)
    reset.check()
    qtbot.mouseMove(main, QPoint(5, 5))  # moving the mouse now does not keep it
    clock.advance(60)
    reset.check()
    assert not app.session.is_unlocked()
    assert isinstance(app.windows.current_window(), GuestWelcome)
    assert app.prefs.prefs.country in (None, "IE")
    assert app.help.initial_country() == "IE"

    # The next person: a new, empty session, counted from its own start.
    next_welcome = app.windows.current_window()
    assert isinstance(next_welcome, GuestWelcome)
    qtbot.mouseClick(next_welcome.start_button, Qt.MouseButton.LeftButton)
    assert app.session.journal.count() == 0
    assert reset.running
