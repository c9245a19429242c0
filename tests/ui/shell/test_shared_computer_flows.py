"""Shared computers, as people meet them: three Shift presses, the quick-exit button, the
clipboard, and the second person at a locked machine.

Real windows, real vaults (tiny KDF costs), an injected clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.paths import AppPaths
from companion.core.policy import POLICY_FILENAME, Mode, Policy, load_effective_policy
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.neutral_screen import NeutralScreen
from companion.ui.shell.quick_exit import QuickExitControls
from companion.ui.shell.quick_exit_note import QuickExitNote
from companion.ui.vault.guest_welcome import GuestWelcome
from companion.ui.vault.lock_screen import LockScreen
from tests.app_driving import make_locked_journal, unlock

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return make_locked_journal(data_dir)


def _policy(tmp_path: Path, settings: dict[str, object]) -> Policy:
    etc = tmp_path / "etc"
    etc.mkdir(exist_ok=True)
    (etc / POLICY_FILENAME).write_text(json.dumps({"version": 1, **settings}), "utf-8")
    policy, problems = load_effective_policy(tmp_path / "no-exe", [etc])
    assert problems == []
    return policy


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record QApplication.quit instead of ending the test's event loop."""
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: calls.append(True)))
    return calls


def _app(paths: AppPaths | None, policy: Policy | None = None) -> CompanionApp:
    return CompanionApp(
        paths,
        FakeClock(NOON),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
        policy=policy,
    )


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths) -> Iterator[CompanionApp]:
    app = _app(paths)
    yield app
    app.shutdown()
    QApplication.processEvents()


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def press_shift(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyPress(widget, Qt.Key.Key_Shift)
    qtbot.keyRelease(widget, Qt.Key.Key_Shift)


def lit_dots(window: QWidget) -> int:
    """How many of the three indicators are lit (filled, not only coloured)."""
    controls = window.findChild(QuickExitControls)
    assert isinstance(controls, QuickExitControls)
    return sum(dot.text() == "●" for dot in controls.dots)


def test_three_lone_shift_presses_hide_everything_and_lock(
    qtbot: QtBot, companion: CompanionApp, quits: list[bool]
) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(main.editor.text_edit, "written just before leaving")
    companion.help.open()  # the help panel is open too
    target = main.editor.text_edit
    press_shift(qtbot, target)
    press_shift(qtbot, target)
    assert lit_dots(main) == 2
    assert companion.session.is_unlocked()
    press_shift(qtbot, target)
    assert visible_windows() == []
    assert not companion.session.is_unlocked()
    assert quits == [True]
    # What was being written was saved before the lock.
    again = _app(companion.paths)
    try:
        again.start()
        main2 = unlock(qtbot, again)
        assert [e.text for e in again.session.journal.timeline()] == ["written just before leaving"]
        assert isinstance(main2, MainWindow)
    finally:
        again.shutdown()


def test_any_other_key_or_a_long_pause_starts_the_count_again(
    qtbot: QtBot, companion: CompanionApp, quits: list[bool]
) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    target = QApplication.focusWidget()  # keys go where the focus is: the new entry
    assert target is main.editor.text_edit
    press_shift(qtbot, target)
    press_shift(qtbot, target)
    qtbot.keyClick(target, Qt.Key.Key_A)  # typing resets the count
    press_shift(qtbot, target)
    assert companion.session.is_unlocked()
    assert lit_dots(main) == 1
    press_shift(qtbot, target)
    clock = companion.clock
    assert isinstance(clock, FakeClock)
    clock.advance(6)  # more than five seconds between presses
    press_shift(qtbot, target)
    assert companion.session.is_unlocked()
    assert quits == []
    # Shift used for a capital letter is not a lone Shift.
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(target, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(target, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    assert companion.session.is_unlocked()


def test_the_button_leaves_a_neutral_screen_when_the_policy_says_so(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths, tmp_path: Path, quits: list[bool]
) -> None:
    app = _app(paths, _policy(tmp_path, {"quick_exit": {"after": "neutral_screen"}}))
    try:
        app.start()
        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        button = lock.findChild(QPushButton, "quickExitButton")
        assert isinstance(button, QPushButton)
        assert button.accessibleName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        shown = visible_windows()
        assert len(shown) == 1
        assert isinstance(shown[0], NeutralScreen)
        assert "Companion" not in shown[0].windowTitle()
        assert quits == []
    finally:
        app.shutdown()
        neutral = getattr(app.windows, "neutral", None)
        if neutral is not None:
            neutral.close()


def test_copied_journal_text_goes_after_30_seconds_and_at_quick_exit(
    qtbot: QtBot, companion: CompanionApp, quits: list[bool]
) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    clipboard = QGuiApplication.clipboard()
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(main.editor.text_edit, "a private sentence")
    main.editor.text_edit.selectAll()
    main.editor.text_edit.copy()
    assert clipboard.text() == "a private sentence"
    clock = companion.clock
    assert isinstance(clock, FakeClock)
    clock.advance(10)
    main.clipboard_guard.clear_due()
    assert clipboard.text() == "a private sentence"  # not yet
    clock.advance(21)
    main.clipboard_guard.clear_due()
    assert clipboard.text() == ""

    main.editor.text_edit.selectAll()
    main.editor.text_edit.copy()
    assert clipboard.text() == "a private sentence"
    companion.quick_exit.trigger()
    assert clipboard.text() == ""


def test_the_second_person_starts_a_guest_session_in_two_clicks(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    companion.start()
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    qtbot.mouseClick(lock.guest_button, Qt.MouseButton.LeftButton)  # click one
    welcome = companion.windows.current_window()
    assert isinstance(welcome, GuestWelcome)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)  # click two
    main = companion.windows.current_window()
    assert isinstance(main, MainWindow)
    assert companion.windows.in_guest_session
    assert companion.session.journal.count() == 0
    assert companion.windows.banner is not None
    # The empty journal's invitation promised "Everything stays on this computer".
    assert main.welcome.subtitle.text() == (
        "Pick a face to start an entry, or just write. Nothing you write here is kept on "
        "this computer."
    )
    # The owner's journal is untouched and still locked on disk.
    assert companion.paths is not None
    assert (companion.paths.vault_dir / "journal.db").exists()


def test_quick_exit_is_explained_once_and_honestly(qtbot: QtBot, companion: CompanionApp) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    note = main.findChild(QuickExitNote)
    assert isinstance(note, QuickExitNote)
    assert note.isVisible()
    assert "cannot hide" in note.text.text()
    qtbot.mouseClick(note.ok_button, Qt.MouseButton.LeftButton)
    assert companion.prefs.prefs.quick_exit_explained
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    main = unlock(qtbot, companion)
    assert main.findChild(QuickExitNote) is None


def _answer_end_confirm(qtbot: QtBot, button_text: str) -> None:
    """Click ``button_text`` in the end-of-session question once it shows."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        assert box.objectName() == "endSessionConfirm"
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button")

    QTimer.singleShot(0, answer)


def test_closing_a_guest_journal_asks_then_erases_it(
    qtbot: QtBot, qapp: QApplication, quits: list[bool]
) -> None:
    app = CompanionApp(
        None, FakeClock(NOON), vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS), mode=Mode.GUEST
    )
    try:
        app.start()
        main = app.windows.current_window()
        assert isinstance(main, MainWindow)
        app.session.save_entry(None, EntryDraft(text="only for this session", created_at=NOON))
        _answer_end_confirm(qtbot, "Keep writing")
        main.close()
        assert main.isVisible()
        assert app.session.journal.count() == 1

        _answer_end_confirm(qtbot, "End and erase")
        main.close()
        assert not main.isVisible()
        assert not app.session.is_unlocked()
        assert quits == [True]
    finally:
        app.shutdown()
        QApplication.processEvents()


def test_about_tells_the_administrator_what_the_policy_did(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths, tmp_path: Path
) -> None:
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / POLICY_FILENAME).write_text(
        json.dumps({"version": 1, "default_country": "IE", "idle_reset_seconds": "soon"}),
        "utf-8",
    )
    policy, problems = load_effective_policy(tmp_path / "no-exe", [etc])
    assert problems
    app = CompanionApp(
        paths,
        FakeClock(NOON),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
        policy=policy,
        explanation=["Mode: personal.", "Data in the per-user folders."],
    )
    try:
        app.start()
        main = unlock(qtbot, app)
        about = main.show_about()
        text = about.computer.text()
        assert "Mode: personal." in text
        assert "Settings managed by your organisation" in text
        assert str(etc / POLICY_FILENAME) in text
        assert "help country IE" in text
        assert "idle_reset_seconds" in text  # the setting it could not use
        about.close()
    finally:
        app.shutdown()
        QApplication.processEvents()


def test_high_contrast_from_preferences_is_applied(qtbot: QtBot, companion: CompanionApp) -> None:
    from PySide6.QtGui import QPalette

    companion.apply_theme()
    normal = QApplication.palette().color(QPalette.ColorRole.Window).name()
    companion.prefs.update(high_contrast=True)
    contrast = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert contrast != normal
    companion.prefs.update(high_contrast=False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == normal


def test_the_desktops_high_contrast_wins_over_an_unset_preference(
    qtbot: QtBot, companion: CompanionApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QPalette

    import companion.ui.shell.platform_prefs as platform_prefs

    companion.apply_theme()
    normal = QApplication.palette().color(QPalette.ColorRole.Window).name()
    monkeypatch.setattr(platform_prefs, "system_high_contrast", lambda: True)
    companion.platform.changed.emit()  # the desktop said so
    assert not companion.prefs.prefs.high_contrast
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != normal


def test_preferences_turn_on_high_contrast_reduced_motion_and_off_the_gentle_line(
    qtbot: QtBot, companion: CompanionApp
) -> None:
    from PySide6.QtGui import QPalette

    companion.start()
    unlock(qtbot, companion)
    companion.apply_theme()
    normal = QApplication.palette().color(QPalette.ColorRole.Window).name()
    dialog = companion.windows.open_preferences()
    for box in (dialog.high_contrast, dialog.reduced_motion, dialog.gentle_response):
        assert box.accessibleName()
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.gentle_response.isChecked()  # on unless the person turns it off
    for box in (dialog.high_contrast, dialog.reduced_motion, dialog.gentle_response):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # by keyboard, as the form is reached
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    prefs = companion.prefs.prefs
    assert prefs.high_contrast
    assert prefs.reduced_motion
    assert not prefs.gentle_response
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != normal


def test_the_help_panel_has_its_own_quick_exit_button(
    qtbot: QtBot, companion: CompanionApp, quits: list[bool]
) -> None:
    companion.start()
    companion.help.open()
    panel = companion.help.panel()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.findChild(QuickExitControls) is not None, timeout=3000)
    button = panel.findChild(QPushButton, "quickExitButton")
    assert isinstance(button, QPushButton)
    qtbot.waitUntil(button.isVisible, timeout=3000)  # shown as the event loop turns
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert visible_windows() == []
    assert quits == [True]


@pytest.mark.parametrize(
    ("opener", "name"), [("open_exercises", "exercises"), ("open_learn", "learn")]
)
def test_quick_exit_stands_beside_get_help_in_the_self_care_windows(
    qtbot: QtBot, companion: CompanionApp, opener: str, name: str
) -> None:
    """Their "Get help now" sits in a row inside the window's column: the controls went to
    the bottom of the window, stretched across it, with the three dots far apart."""
    companion.start()
    getattr(companion.features, opener)()
    window = companion.features.window(name)
    assert window is not None
    qtbot.waitUntil(lambda: window.findChild(QuickExitControls) is not None, timeout=3000)
    controls = window.findChild(QuickExitControls)
    help_button = window.findChild(QPushButton, "getHelpButton")
    assert isinstance(controls, QuickExitControls)
    assert isinstance(help_button, QPushButton)
    qtbot.waitUntil(controls.isVisible, timeout=3000)
    here, there = controls.geometry(), help_button.geometry()
    assert controls.parentWidget() is help_button.parentWidget()
    assert here.right() < there.left()  # just before it, in the same row
    assert here.top() < there.bottom()
    assert there.top() < here.bottom()
    assert here.width() <= controls.sizeHint().width()  # the dots stay together
