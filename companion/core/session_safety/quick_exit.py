"""Quick exit by keyboard: Shift pressed three times on its own (no Qt here).

The rules follow GOV.UK's "Exit this page" component, which people in danger may already
know from government sites:

- only a *lone* Shift counts: pressed and released with no other key or modifier
  involved (Shift+A, Ctrl+Shift, Shift held while another key goes down: not counted);
- any other key pressed resets the count;
- at most 5 seconds between counted presses; after that the count starts again;
- progress is shown (three indicators) and announced to screen readers.

Three is also safe on Windows, which offers Sticky Keys only after five Shift presses.
The UI forwards every key press and release it sees (an application-wide event filter),
calls :meth:`ShiftTripleDetector.expire` when :attr:`QuickExitProgress.expires_at`
passes, and :meth:`ShiftTripleDetector.reset` when the app loses focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from companion.core.clock import Clock

PRESSES_NEEDED = 3
WINDOW_SECONDS = 5.0


class Announcement(StrEnum):
    """What a screen reader should be told after an event (the UI translates by value)."""

    NONE = "none"
    TWO_MORE = "two_more"
    ONE_MORE = "one_more"
    TRIGGERED = "triggered"
    TIMED_OUT = "timed_out"


#: English wording; the UI shows its own translated text for each value.
ANNOUNCEMENT_TEXT: dict[Announcement, str] = {
    Announcement.NONE: "",
    Announcement.TWO_MORE: "Shift pressed. Press it two more times to leave quickly.",
    Announcement.ONE_MORE: "Press Shift one more time to leave quickly.",
    Announcement.TRIGGERED: "Leaving now.",
    Announcement.TIMED_OUT: "Quick exit was not used. The count of Shift presses started again.",
}

_AFTER_PRESS = {1: Announcement.TWO_MORE, 2: Announcement.ONE_MORE}


@dataclass(frozen=True)
class QuickExitProgress:
    """The detector's state after one event.

    Attributes:
        presses: Counted presses so far, 0 to 3 (3 only together with ``triggered``).
        triggered: Quick exit must happen now, in this event-loop turn.
        announcement: What to announce; ``NONE`` means stay quiet.
        expires_at: Monotonic time at which the count lapses (``None`` at 0).
        changed: Whether ``presses`` differs from before the event (repaint indicators).
    """

    presses: int
    triggered: bool = False
    announcement: Announcement = Announcement.NONE
    expires_at: float | None = None
    changed: bool = False

    @property
    def indicators(self) -> tuple[bool, ...]:
        """One flag per indicator: lit for each counted press."""
        return tuple(i < self.presses for i in range(PRESSES_NEEDED))

    @property
    def text(self) -> str:
        """The announcement in English (empty when there is nothing to say)."""
        return ANNOUNCEMENT_TEXT[self.announcement]


class ShiftTripleDetector:
    """Counts lone Shift presses; reports progress and when to trigger quick exit.

    Args:
        clock: Time source (only ``monotonic`` is used).
        window_seconds: The longest gap allowed between counted presses.
    """

    def __init__(self, clock: Clock, *, window_seconds: float = WINDOW_SECONDS) -> None:
        self._clock = clock
        self._window = window_seconds
        self._presses = 0
        self._last_press: float | None = None
        self._shift_down = False
        self._hold_is_clean = False

    @property
    def progress(self) -> QuickExitProgress:
        """The current state, without an announcement."""
        return QuickExitProgress(self._presses, expires_at=self._expires_at())

    def key_down(
        self, *, shift: bool, other_modifiers: bool = False, auto_repeat: bool = False
    ) -> QuickExitProgress:
        """A key went down.

        Args:
            shift: The key is Shift (either one).
            other_modifiers: Ctrl, Alt, Meta or AltGr was held at the same time.
            auto_repeat: The key is being held and the system repeats it.
        """
        if shift:
            if not self._shift_down and not auto_repeat:
                self._shift_down = True
                self._hold_is_clean = not other_modifiers
            return self._report(self._presses)
        # Any other key: Shift held now is being used with it, and the count starts again.
        self._hold_is_clean = False
        return self._report(self._presses, reset=True)

    def key_up(
        self, *, shift: bool, other_modifiers: bool = False, auto_repeat: bool = False
    ) -> QuickExitProgress:
        """A key came up; a clean Shift release is one counted press.

        Args:
            shift: The key is Shift (either one).
            other_modifiers: Ctrl, Alt, Meta or AltGr was still held.
            auto_repeat: A synthetic release from key repeat (ignored).
        """
        if not shift or auto_repeat or not self._shift_down:
            return self._report(self._presses)
        self._shift_down = False
        if not self._hold_is_clean or other_modifiers:
            return self._report(self._presses)
        before = self._presses
        now = self._clock.monotonic()
        if self._last_press is not None and now - self._last_press > self._window:
            self._presses = 0  # too slow: this press starts a new count
        self._presses += 1
        self._last_press = now
        if self._presses >= PRESSES_NEEDED:
            self._presses, self._last_press = 0, None
            return QuickExitProgress(
                PRESSES_NEEDED, triggered=True, announcement=Announcement.TRIGGERED, changed=True
            )
        return QuickExitProgress(
            self._presses,
            announcement=_AFTER_PRESS[self._presses],
            expires_at=self._expires_at(),
            changed=self._presses != before,
        )

    def expire(self) -> QuickExitProgress:
        """Call when ``expires_at`` has passed: the count lapses, with an announcement."""
        expires = self._expires_at()
        if expires is None or self._clock.monotonic() < expires:
            return self._report(self._presses)
        self._presses, self._last_press = 0, None
        return QuickExitProgress(0, announcement=Announcement.TIMED_OUT, changed=True)

    def reset(self) -> QuickExitProgress:
        """Forget everything (the app lost focus, or a key release may have been missed)."""
        self._shift_down = False
        self._hold_is_clean = False
        return self._report(self._presses, reset=True)

    def _expires_at(self) -> float | None:
        if self._presses == 0 or self._last_press is None:
            return None
        return self._last_press + self._window

    def _report(self, before: int, *, reset: bool = False) -> QuickExitProgress:
        if reset:
            self._presses, self._last_press = 0, None
        return QuickExitProgress(
            self._presses, expires_at=self._expires_at(), changed=self._presses != before
        )
