"""Clipboard decisions: journal text cleared after 30 s if still ours; numbers may stay."""

from __future__ import annotations

import pytest

from companion.core.clock import FakeClock
from companion.core.session_safety import (
    DO_NOT_RECORD_HINTS,
    JOURNAL_CLEAR_SECONDS,
    ClipboardGuard,
    ClipKind,
    ClipOccasion,
)
from companion.core.session_safety.clipboard import hints_for

TEXT = "CANARY-3f9a: what I wrote today"
NUMBER = "116 123"


def test_journal_text_is_cleared_after_thirty_seconds_if_still_ours() -> None:
    clock = FakeClock()
    guard = ClipboardGuard(clock)
    assert guard.copied(TEXT, ClipKind.JOURNAL_TEXT) == JOURNAL_CLEAR_SECONDS == 30.0
    clock.advance(29.9)
    assert not guard.due(TEXT)
    clock.advance(0.1)
    assert guard.due(TEXT)
    assert not guard.due(TEXT)  # cleared once, then forgotten


def test_something_the_person_copied_since_is_never_cleared() -> None:
    clock = FakeClock()
    guard = ClipboardGuard(clock)
    guard.copied(TEXT, ClipKind.JOURNAL_TEXT)
    clock.advance(10)
    assert not guard.due("their own thing")
    clock.advance(30)
    assert not guard.due(TEXT)  # forgotten: even the same text now is theirs
    assert not guard.due(None)


def test_an_empty_or_unreadable_clipboard_is_not_ours() -> None:
    clock = FakeClock()
    guard = ClipboardGuard(clock)
    guard.copied(TEXT, ClipKind.JOURNAL_TEXT)
    clock.advance(31)
    assert not guard.due(None)


def test_help_numbers_have_no_timer_and_no_hints() -> None:
    clock = FakeClock()
    guard = ClipboardGuard(clock)
    assert guard.copied(NUMBER, ClipKind.HELP_CONTACT) is None
    assert not guard.conceal(ClipKind.HELP_CONTACT)
    assert guard.conceal(ClipKind.JOURNAL_TEXT)
    clock.advance(3600)
    assert not guard.due(NUMBER)


@pytest.mark.parametrize(
    ("occasion", "journal", "number"),
    [
        (ClipOccasion.LOCK, True, False),
        (ClipOccasion.QUIT, True, False),
        (ClipOccasion.SESSION_END, True, True),
        (ClipOccasion.QUICK_EXIT, True, True),
    ],
)
def test_what_each_occasion_clears(occasion: ClipOccasion, journal: bool, number: bool) -> None:
    guard = ClipboardGuard(FakeClock())
    guard.copied(TEXT, ClipKind.JOURNAL_TEXT)
    assert guard.clear_on(occasion, TEXT) is journal
    guard.copied(NUMBER, ClipKind.HELP_CONTACT)
    assert guard.clear_on(occasion, NUMBER) is number


def test_occasions_never_clear_what_is_not_ours() -> None:
    guard = ClipboardGuard(FakeClock())
    guard.copied(TEXT, ClipKind.JOURNAL_TEXT)
    assert not guard.clear_on(ClipOccasion.QUICK_EXIT, "someone else's")
    assert not guard.clear_on(ClipOccasion.QUICK_EXIT, TEXT)  # forgotten after that


def test_only_the_latest_copy_is_remembered() -> None:
    guard = ClipboardGuard(FakeClock())
    guard.copied(TEXT, ClipKind.JOURNAL_TEXT)
    guard.copied(NUMBER, ClipKind.HELP_CONTACT)
    assert not guard.is_ours(TEXT)
    assert guard.is_ours(NUMBER)


def test_the_guard_keeps_no_copy_of_the_text() -> None:
    guard = ClipboardGuard(FakeClock())
    guard.copied(TEXT, ClipKind.JOURNAL_TEXT)
    held = repr(vars(guard)) + repr(vars(guard._copy))
    assert "CANARY" not in held


def test_odd_text_is_handled() -> None:
    guard = ClipboardGuard(FakeClock())
    odd = "\ud800 lone surrogate"
    guard.copied(odd, ClipKind.JOURNAL_TEXT)
    assert guard.is_ours(odd)


def test_do_not_record_hints_per_platform() -> None:
    linux = hints_for("linux")
    assert [(h.mime_type, h.value) for h in linux] == [("x-kde-passwordManagerHint", b"secret")]
    windows = {h.mime_type: h.value for h in hints_for("win32")}
    assert windows == {
        "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
        "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
        "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    }
    assert [h.mime_type for h in hints_for("darwin")] == [
        "application/x-nspasteboard-concealed-type"
    ]
    assert len(DO_NOT_RECORD_HINTS) == 5
    assert hints_for("freebsd14") == linux
