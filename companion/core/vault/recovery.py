"""Recovery codes: random, shown once, forgiving to type back.

A code is 25 symbols of Crockford's base32 alphabet (125 random bits) shown in five groups
of five, e.g. ``K7Q2M-9XHDA-…``. Crockford's alphabet leaves out I, L, O and U, so reading
it aloud or copying it by hand is hard to get wrong; when typed back, case, spaces and
dashes are ignored and the look-alikes I/L and O are read as 1 and 0.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RecoveryCode:
    """The recovery code shown once at creation, e.g. ``"K7Q2M-9XHDA-…"`` (25 symbols)."""

    text: str = field(repr=False)  # never in logs or tracebacks


ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_SYMBOLS = 25
GROUP_SIZE = 5

_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_IGNORED = str.maketrans("", "", " -_.\t\r\n\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")


def generate_recovery_code() -> str:
    """A fresh random recovery code in display form (groups of five joined by dashes)."""
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(CODE_SYMBOLS))
    return format_recovery_code(symbols)


def format_recovery_code(symbols: str) -> str:
    """Group 25 normalised symbols as ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, len(symbols), GROUP_SIZE))


def normalise_recovery_code(text: str) -> str | None:
    """The canonical 25 symbols of a typed code, or None if it cannot be a code.

    Upper-cases, drops spaces and dashes (including typographic dashes), and maps
    I/L -> 1 and O -> 0.
    """
    if len(text) > 200:
        return None
    cleaned = text.upper().translate(_IGNORED).translate(_LOOKALIKES)
    if len(cleaned) != CODE_SYMBOLS or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def looks_like_recovery_code(text: str) -> bool:
    """True when ``text`` has the shape of a recovery code (the UI can enable its button)."""
    return normalise_recovery_code(text) is not None
