"""The check-in's domain types and its default actions. Plain data."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from companion.core.checkins.errors import InvalidCheckin

MAX_LABEL_LENGTH = 60
MAX_ACTIONS = 50


@dataclass(frozen=True)
class DefaultAction:
    """A suggested action: a stable key and its kind English label (the UI translates)."""

    key: str
    label: str


# Kind, past-tense labels: each is something done, never something missed.
DEFAULT_ACTIONS: tuple[DefaultAction, ...] = (
    DefaultAction("sleep", "Got some sleep"),
    DefaultAction("water", "Drank some water"),
    DefaultAction("food", "Had something to eat"),
    DefaultAction("movement", "Moved my body"),
    DefaultAction("outdoors", "Spent time outdoors"),
    DefaultAction("connect", "Connected with someone"),
    DefaultAction("medication", "Took my medication"),
    DefaultAction("rest", "Took a moment to rest"),
)
DEFAULT_LABELS = {action.key: action.label for action in DEFAULT_ACTIONS}


@dataclass(frozen=True)
class CheckinAction:
    """One action on the person's list.

    Attributes:
        id: Database id.
        label: The words shown (the default's English label, or the person's own).
        builtin: The default's stable key (``"water"``) or ``None`` for their own.
        active: Shown in the daily list; a hidden action keeps its history.
        position: Display order.
    """

    id: int
    label: str
    builtin: str | None
    active: bool
    position: int

    @property
    def has_default_label(self) -> bool:
        """True when the label is still the default's: the UI then shows its translation."""
        return self.builtin is not None and DEFAULT_LABELS.get(self.builtin) == self.label


@dataclass(frozen=True)
class DayCheckin:
    """What was ticked on one day (the person's own calendar day)."""

    day: date
    done: frozenset[int]


_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def clean_label(label: str) -> str:
    """Trim a label, collapse inner white space (NFC).

    Raises:
        InvalidCheckin: Empty, too long, or with control characters.
    """
    if not isinstance(label, str):
        raise InvalidCheckin("label", "must be text")
    if _FORBIDDEN.search(label.replace("\t", " ")):
        raise InvalidCheckin("label", "contains control characters")
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", label)).strip()
    if not cleaned:
        raise InvalidCheckin("label", "is empty")
    if len(cleaned) > MAX_LABEL_LENGTH:
        raise InvalidCheckin("label", f"longer than {MAX_LABEL_LENGTH} characters")
    return cleaned


def label_key(label: str) -> str:
    """Labels are unique whatever their case."""
    return label.casefold()
