"""The check-in's fixed words, and its gentle sentences, in the person's language.

The default actions' labels come from the core in English; they are listed here for
``pyside6-lupdate``. The summary sentences follow the core's rules
(:func:`~companion.core.checkins.summary.describe_week` and ``describe_run``: count only
days cared for, never mention a missed one) in words a translator can reach; a test
checks that the English matches the core's word for word.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.core.checkins.models import CheckinAction
from companion.core.checkins.summary import CareRun, WeekSummary
from companion.ui.shell.i18n import noop, translate

DEFAULT_LABELS: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("SelfCare", "Got some sleep"),
        QT_TRANSLATE_NOOP("SelfCare", "Drank some water"),
        QT_TRANSLATE_NOOP("SelfCare", "Had something to eat"),
        QT_TRANSLATE_NOOP("SelfCare", "Moved my body"),
        QT_TRANSLATE_NOOP("SelfCare", "Spent time outdoors"),
        QT_TRANSLATE_NOOP("SelfCare", "Connected with someone"),
        QT_TRANSLATE_NOOP("SelfCare", "Took my medication"),
        QT_TRANSLATE_NOOP("SelfCare", "Took a moment to rest"),
    )
)


def action_label(action: CheckinAction) -> str:
    """The words shown for an action: a default's translation, or the person's own."""
    if action.has_default_label:
        return translate("SelfCare", action.label)
    return action.label


def week_sentence(summary: WeekSummary, current: bool) -> str:
    """One kind sentence about a week; never mentions days without ticks."""
    n = summary.days_cared
    if n == 0:
        if current:
            return translate("SelfCare", "This week is still open: one small kind thing counts.")
        return translate("SelfCare", "A quieter week for check-ins. Every day is a fresh start.")
    if current:
        if n == 1:
            return translate("SelfCare", "You looked after yourself on 1 day this week.")
        return translate("SelfCare", "You looked after yourself on %n days this week.", None, n)
    if n == 1:
        return translate("SelfCare", "You looked after yourself on 1 day that week.")
    return translate("SelfCare", "You looked after yourself on %n days that week.", None, n)


def run_sentence(run: CareRun) -> str | None:
    """A kind line about the current run of days, or ``None`` (then say nothing)."""
    if run.current >= 2:
        return translate(
            "SelfCare", "%n days in a row of looking after yourself.", None, run.current
        )
    if run.current == 1:
        return translate("SelfCare", "You looked after yourself recently. Every small step counts.")
    return None
