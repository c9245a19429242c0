"""The clinician report's fixed phrases (English in the core) for translators.

``clinician_report(..., translate=report_text)`` passes each fixed phrase through
:func:`report_text`; they are listed here with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` finds them. A test checks the list against the core's source.
The person's own words (entries, labels) never pass through here; the names of
feelings, tags and check-in actions pass through :func:`report_name`, which translates
only the built-in ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.core.reports.clinician import clinician_report
from companion.ui.journal.vocabulary_words import shown_word
from companion.ui.shell.i18n import noop, translate

if TYPE_CHECKING:
    import sqlcipher3

    from companion.core.insights.models import DateRange
    from companion.core.journal.models import Entry
    from companion.core.reports.document import Document

REPORT_PHRASES: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("Reports", "Mood and self-care summary"),
        QT_TRANSLATE_NOOP("Reports", "Mood over time"),
        QT_TRANSLATE_NOOP("Reports", "Days with a mood: {days} of {total}."),
        QT_TRANSLATE_NOOP("Reports", "Mood"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Mood is recorded on a five-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Self-care check-ins"),
        QT_TRANSLATE_NOOP("Reports", "Self-care actions"),
        QT_TRANSLATE_NOOP("Reports", "Days with a self-care action, by week"),
        QT_TRANSLATE_NOOP("Reports", "Patterns"),
        QT_TRANSLATE_NOOP("Reports", "Journal entries chosen to share"),
        QT_TRANSLATE_NOOP("Reports", "{start} to {end}"),
        QT_TRANSLATE_NOOP("Reports", "Average mood"),
        QT_TRANSLATE_NOOP("Reports", "Rolling average"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Average mood per {unit}, from 1 (Awful) to 5 (Great), with a rolling average.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Action"),
        QT_TRANSLATE_NOOP("Reports", "Days ticked"),
        QT_TRANSLATE_NOOP("Reports", "Share of days (%)"),
        QT_TRANSLATE_NOOP("Reports", "Week from"),
        QT_TRANSLATE_NOOP("Reports", "Days"),
        QT_TRANSLATE_NOOP("Reports", "Days counted"),
        QT_TRANSLATE_NOOP("Reports", "Not enough days yet to describe any pattern."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Prepared on {today} with Companion. The person who kept this journal "
            "chose what it contains.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Average day mood: {average:.2f}."),
        QT_TRANSLATE_NOOP("Reports", "Days with a low mood (Awful or Bad): {low}."),
        QT_TRANSLATE_NOOP(
            "Reports", "Days with at least one self-care action ticked: {days} of {total}."
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "These compare the person's own days with and without each activity or "
            "self-care action. They describe; they do not show causes. Only rows "
            "with at least {days} days on each side are shown.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Mood: {mood}"),
        QT_TRANSLATE_NOOP("Reports", "Emotions: {names}"),
        QT_TRANSLATE_NOOP("Reports", "Tags: {names}"),
        QT_TRANSLATE_NOOP("Reports", "Awful"),
        QT_TRANSLATE_NOOP("Reports", "Bad"),
        QT_TRANSLATE_NOOP("Reports", "Okay"),
        QT_TRANSLATE_NOOP("Reports", "Good"),
        QT_TRANSLATE_NOOP("Reports", "Great"),
        QT_TRANSLATE_NOOP("Reports", "day"),
        QT_TRANSLATE_NOOP("Reports", "week"),
        QT_TRANSLATE_NOOP("Reports", "month"),
        QT_TRANSLATE_NOOP("Reports", "From"),
        QT_TRANSLATE_NOOP("Reports", "To"),
        QT_TRANSLATE_NOOP("Reports", "Days with a mood"),
        QT_TRANSLATE_NOOP("Reports", "Entries with a mood"),
        QT_TRANSLATE_NOOP("Reports", "How activities and self-care go with mood"),
        QT_TRANSLATE_NOOP("Reports", "Activity or action"),
        QT_TRANSLATE_NOOP("Reports", "Kind"),
        QT_TRANSLATE_NOOP("Reports", "Average mood with"),
        QT_TRANSLATE_NOOP("Reports", "Days with"),
        QT_TRANSLATE_NOOP("Reports", "Average mood without"),
        QT_TRANSLATE_NOOP("Reports", "Days without"),
        QT_TRANSLATE_NOOP("Reports", "Difference"),
        QT_TRANSLATE_NOOP("Reports", "Activity"),
        QT_TRANSLATE_NOOP("Reports", "Self-care"),
        QT_TRANSLATE_NOOP("Reports", "Check-in"),
    )
)


def report_text(text: str) -> str:
    """A fixed phrase of the report in the person's language."""
    return translate("Reports", text)


def report_name(stored: str) -> str:
    """A feeling, tag or check-in action as the screens show it: a built-in one in the
    person's language, the person's own as they wrote it."""
    shown = shown_word(stored)
    return shown if shown != stored else translate("SelfCare", stored)


def report_in_language(
    connection: sqlcipher3.Connection,
    span: DateRange,
    today: date,
    *,
    entries: Sequence[Entry] = (),
    include_checkins: bool = True,
    include_patterns: bool = True,
) -> Document:
    """The clinician report with its phrases and names in the person's language (what
    the dialog saves and prints, and what the self-test renders)."""
    return clinician_report(
        connection,
        span,
        today,
        entries=entries,
        include_checkins=include_checkins,
        include_patterns=include_patterns,
        translate=report_text,
        name=report_name,
    )
