"""Auto-lock counts input as activity and fires after the idle limit (fake clock)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from companion.core.clock import FakeClock
from companion.ui.shell.idle import IdleLock


def test_fires_after_limit_and_only_once(qtbot, qapp) -> None:
    clock = FakeClock()
    idle = IdleLock(clock, lambda: 5)
    fired: list[bool] = []
    idle.idle_timeout.connect(lambda: fired.append(True))
    idle.set_active(True)
    clock.advance(4 * 60 + 59)
    assert not idle.check()
    clock.advance(2)
    assert idle.check()
    assert fired == [True]
    assert not idle.is_active()
    clock.advance(600)
    assert not idle.check()
    assert fired == [True]


def test_input_counts_as_activity(qtbot, qapp) -> None:
    clock = FakeClock()
    idle = IdleLock(clock, lambda: 1)
    idle.install(qapp)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    try:
        idle.set_active(True)
        clock.advance(50)
        qtbot.keyClicks(edit, "a")
        clock.advance(50)
        assert not idle.check()  # only 50 s since the key press
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        clock.advance(59)
        assert not idle.check()
        clock.advance(2)
        assert idle.check()
    finally:
        idle.uninstall()


def test_inactive_never_fires(qtbot, qapp) -> None:
    clock = FakeClock()
    idle = IdleLock(clock, lambda: 1)
    clock.advance(3600)
    assert not idle.check()


def test_timer_drives_check(qtbot, qapp) -> None:
    clock = FakeClock()
    idle = IdleLock(clock, lambda: 1, tick_ms=10)
    idle.set_active(True)
    clock.advance(61)
    with qtbot.waitSignal(idle.idle_timeout, timeout=2000):
        pass
