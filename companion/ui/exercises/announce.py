"""Spoken cues for screen-reader users: a status label whose accessible name changes.

Screen readers speak a label's new name when it changes; each phase of an exercise sets
words that say what to do and for how long ("Breathe in, 4 seconds"), so breathing in
and breathing out are told apart by their words, not by sound or colour.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel


def announce(label: QLabel, text: str) -> None:
    """Show ``text`` on ``label`` and have assistive technology read it out."""
    label.setText(text)
    if label.accessibleName() == text:
        # Same words as last time (a new breath): Qt sends nothing for an unchanged
        # name, so say it again explicitly.
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))
    else:
        label.setAccessibleName(text)  # Qt tells assistive technology of the change
