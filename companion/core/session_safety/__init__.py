"""Pure models for shared computers; the UI drives them with key events and timers.

- ``quick_exit``: :class:`ShiftTripleDetector`, Shift pressed three times on its own.
- ``idle_reset``: :class:`IdleReset`, public mode's countdown and "I'm still here".
- ``clipboard``: :class:`ClipboardGuard`, what we copied and when to clear it.

Each takes a :class:`~companion.core.clock.Clock`, so tests move time by hand.
"""

from __future__ import annotations

from companion.core.session_safety.clipboard import (
    DO_NOT_RECORD_HINTS,
    JOURNAL_CLEAR_SECONDS,
    ClipboardGuard,
    ClipKind,
    ClipOccasion,
    MimeHint,
)
from companion.core.session_safety.idle_reset import (
    DEFAULT_WARNING_SECONDS,
    IdlePhase,
    IdleReset,
    IdleStatus,
)
from companion.core.session_safety.quick_exit import (
    ANNOUNCEMENT_TEXT,
    PRESSES_NEEDED,
    WINDOW_SECONDS,
    Announcement,
    QuickExitProgress,
    ShiftTripleDetector,
)

__all__ = [
    "ANNOUNCEMENT_TEXT",
    "DEFAULT_WARNING_SECONDS",
    "DO_NOT_RECORD_HINTS",
    "JOURNAL_CLEAR_SECONDS",
    "PRESSES_NEEDED",
    "WINDOW_SECONDS",
    "Announcement",
    "ClipKind",
    "ClipOccasion",
    "ClipboardGuard",
    "IdlePhase",
    "IdleReset",
    "IdleStatus",
    "MimeHint",
    "QuickExitProgress",
    "ShiftTripleDetector",
]
