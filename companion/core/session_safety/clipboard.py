"""What Companion put on the clipboard, and when the UI should take it off again.

Journal text the app copies is cleared 30 seconds later if the clipboard still holds it
(KeePassXC's rule: never wipe something the person copied from elsewhere since). A
helpline number may stay: it is public and the person may want to paste it into a phone
app after closing Companion. Quick exit, and the end of a guest or public session, clear
everything that is still ours, numbers included: on a shared computer even a helpline
number says something about the person who copied it.

The guard keeps a keyed hash of the copied text, not the text, so it adds no copy of
journal text to memory. The UI applies the decisions with ``QClipboard``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import StrEnum

from companion.core.clock import Clock

JOURNAL_CLEAR_SECONDS = 30.0


class ClipKind(StrEnum):
    """What was copied."""

    JOURNAL_TEXT = "journal_text"  # anything the person wrote: cleared after 30 s
    HELP_CONTACT = "help_contact"  # a helpline number or address: may stay


class ClipOccasion(StrEnum):
    """Moments at which the UI asks whether to clear the clipboard."""

    LOCK = "lock"  # the journal locked (idle, screen lock, the lock button)
    QUIT = "quit"  # an ordinary quit in a personal or portable session
    SESSION_END = "session_end"  # a guest or public session ends, or is reset
    QUICK_EXIT = "quick_exit"


@dataclass(frozen=True)
class MimeHint:
    """An extra clipboard format asking clipboard histories not to record the copy.

    Attributes:
        platform: ``"win32"``, ``"darwin"`` or ``"unix"`` (X11 and Wayland desktops).
        mime_type: The format name to set on the ``QMimeData``.
        value: The bytes to set.
    """

    platform: str
    mime_type: str
    value: bytes


#: Set with journal text (Klipper and other KDE-aware managers; Windows clipboard history,
#: cloud clipboard and monitors; macOS pasteboard managers honouring nspasteboard.org).
DO_NOT_RECORD_HINTS: tuple[MimeHint, ...] = (
    MimeHint("unix", "x-kde-passwordManagerHint", b"secret"),
    MimeHint("win32", "ExcludeClipboardContentFromMonitorProcessing", (1).to_bytes(4, "little")),
    MimeHint("win32", "CanIncludeInClipboardHistory", (0).to_bytes(4, "little")),
    MimeHint("win32", "CanUploadToCloudClipboard", (0).to_bytes(4, "little")),
    MimeHint("darwin", "application/x-nspasteboard-concealed-type", b"secret"),
)


def hints_for(platform: str) -> tuple[MimeHint, ...]:
    """The do-not-record hints for one platform (a ``sys.platform`` value)."""
    family = "win32" if platform.startswith("win") else platform
    if family not in ("win32", "darwin"):
        family = "unix"
    return tuple(hint for hint in DO_NOT_RECORD_HINTS if hint.platform == family)


@dataclass(frozen=True)
class _Copy:
    kind: ClipKind
    digest: bytes
    clear_at: float | None


class ClipboardGuard:
    """Remembers the last thing Companion copied and decides when it must go.

    Args:
        clock: Time source (only ``monotonic`` is used).
        clear_after: Seconds journal text may stay on the clipboard.
    """

    def __init__(self, clock: Clock, *, clear_after: float = JOURNAL_CLEAR_SECONDS) -> None:
        self._clock = clock
        self._clear_after = clear_after
        self._key = os.urandom(16)
        self._copy: _Copy | None = None

    def copied(self, text: str, kind: ClipKind) -> float | None:
        """Record that the app put ``text`` on the clipboard.

        Returns:
            Seconds until :meth:`due` should be asked (a single-shot timer), or ``None``
            when this copy may stay.
        """
        clear_at = None
        if kind is ClipKind.JOURNAL_TEXT:
            clear_at = self._clock.monotonic() + self._clear_after
        self._copy = _Copy(kind, self._digest(text), clear_at)
        return None if clear_at is None else self._clear_after

    def conceal(self, kind: ClipKind) -> bool:
        """Whether to add :data:`DO_NOT_RECORD_HINTS` when copying this kind."""
        return kind is ClipKind.JOURNAL_TEXT

    def is_ours(self, current_text: str | None) -> bool:
        """True when the clipboard still holds exactly what the app copied last."""
        if self._copy is None or current_text is None:
            return False
        return hmac.compare_digest(self._copy.digest, self._digest(current_text))

    def due(self, current_text: str | None) -> bool:
        """Whether to clear the clipboard now (the timer fired, or any time later).

        Forgets the copy once it is cleared or once the clipboard holds something else.
        """
        copy = self._copy
        if copy is None or copy.clear_at is None:
            return False
        if not self.is_ours(current_text):
            self._copy = None  # replaced by the person: never touch theirs
            return False
        if self._clock.monotonic() < copy.clear_at:
            return False
        self._copy = None
        return True

    def clear_on(self, occasion: ClipOccasion, current_text: str | None) -> bool:
        """Whether to clear the clipboard at ``occasion`` (then the copy is forgotten).

        Lock and an ordinary quit clear journal text only; quick exit and the end of a
        guest or public session clear anything still ours.
        """
        copy = self._copy
        if copy is None or not self.is_ours(current_text):
            self._copy = None
            return False
        everything = occasion in (ClipOccasion.QUICK_EXIT, ClipOccasion.SESSION_END)
        if everything or copy.kind is ClipKind.JOURNAL_TEXT:
            self._copy = None
            return True
        return False

    def _digest(self, text: str) -> bytes:
        # BLAKE2 is built into Python (the frozen bundle has no OpenSSL-backed hashlib).
        data = text.encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, key=self._key, digest_size=32).digest()
