"""The self-care features the journal window and the help panel offer, built in one place.

The journal window hosts pages and "More" menu commands it is handed
(:mod:`companion.ui.shell.pages`); the help panel shows "things that may help right now"
that work without unlocking. Neither imports the features: this module does, so each
feature package stays independent of the others and the composition root stays short.

Pages are built lazily (on first view), and the windows opened from a command are kept
one per kind, raised again when asked twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from companion.core.clock import Clock
from companion.ui.help.access import HelpAccess
from companion.ui.shell.i18n import translate
from companion.ui.shell.pages import MenuCommand, PageSpec
from companion.ui.shell.platform_prefs import effective_reduced_motion
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.session import Session

if TYPE_CHECKING:
    from companion.ui.journal.main_window import MainWindow


@dataclass(frozen=True)
class FeatureContext:
    """What the self-care features need from the app.

    Attributes:
        session: The journal session (pages read and write the unlocked vault).
        clock: Time source.
        saveables: Editors that hold unsaved text register here.
        prefs: The user's preferences.
        help_access: Gives every self-care window its "Get help now" button.
        data_dir: The data folder, or ``None`` in guest and public sessions (then
            nothing is written outside the vault, so the safety plan's unencrypted
            copy is not offered).
        country: The help country to suggest services from (preferences, then policy).
    """

    session: Session
    clock: Clock
    saveables: SaveRegistry
    prefs: PreferencesStore
    help_access: HelpAccess
    data_dir: Path | None
    country: Callable[[], str | None]


PLAN_COPY = "safetyPlanCopy"


class FeatureSet:
    """Builds the journal window's extra pages and commands, and the help panel's links."""

    def __init__(self, context: FeatureContext) -> None:
        self._ctx = context
        self._windows: dict[str, QWidget] = {}

    # --- the journal window ------------------------------------------------------------

    def pages(self) -> list[PageSpec]:
        """Check-in, insights and the safety plan, in that order."""
        return [
            PageSpec("checkins", translate("Shell", "Chec&k-in"), self._checkin_page),
            PageSpec("insights", translate("Shell", "&Insights"), self._insights_page),
            PageSpec("safetyPlan", translate("Shell", "Safety &plan"), self._safety_plan_page),
        ]

    def commands(self) -> list[MenuCommand]:
        """Exercises, Learn and the clinician report in the "More" menu."""
        return [
            MenuCommand(
                "exercises", translate("Shell", "E&xercises…"), self.open_exercises, "care"
            ),
            MenuCommand("learn", translate("Shell", "&Learn…"), self.open_learn, "care"),
            MenuCommand(
                "clinicianReport",
                translate("Shell", "Report for my &clinician…"),
                self.open_clinician_report,
                "care",
            ),
        ]

    def attach_to_journal_window(self, window: MainWindow) -> None:
        """Give a new journal window's editor the gentle line after a low mood."""
        from companion.ui.exercises.gentle_response import GentleResponseBar

        window.editor.set_low_mood_response(
            GentleResponseBar,
            enabled=lambda: self._ctx.prefs.prefs.gentle_response,
            open_help=self._ctx.help_access.open,
            open_exercise=self.open_exercise,
        )

    # --- without unlocking -------------------------------------------------------------

    def install_help_links(self) -> None:
        """Offer exercises, Learn and (while one is kept) the safety plan's readable copy
        in the help panel: all of them work without unlocking."""
        access = self._ctx.help_access
        access.add_self_care_link(
            "exercises",
            translate("Shell", "Breathing and grounding exercises"),
            self.open_exercises,
        )
        access.add_self_care_link(
            "learn", translate("Shell", "Read: understanding and finding help"), self.open_learn
        )
        self._refresh_plan_link()
        # The person may turn the copy on or off while the app runs: look again at
        # every open of the panel.
        access.opened.connect(self._refresh_plan_link)

    def _refresh_plan_link(self) -> None:
        from companion.core.safety_plan.plaintext import plaintext_copy_path

        access = self._ctx.help_access
        data_dir = self._ctx.data_dir
        kept = data_dir is not None and plaintext_copy_path(data_dir).is_file()
        shown = PLAN_COPY in access.self_care_keys()
        if kept and not shown:
            access.add_self_care_link(
                PLAN_COPY, translate("Shell", "My safety plan"), self.open_plan_copy
            )
        elif shown and not kept:
            access.remove_self_care_link(PLAN_COPY)

    # --- windows -----------------------------------------------------------------------

    def open_exercises(self, parent: QWidget | None = None) -> None:
        """The guided exercises (no unlock needed)."""
        from companion.ui.exercises.window import ExercisesWindow

        self._show(
            "exercises",
            lambda: ExercisesWindow(
                None,
                reduced_motion=effective_reduced_motion(self._ctx.prefs.prefs.reduced_motion),
                help_access=self._ctx.help_access,
            ),
        )

    def open_exercise(self, exercise_id: str) -> None:
        """The exercises window on one exercise ("breathing.slow"…)."""
        from companion.ui.exercises.window import ExercisesWindow

        self.open_exercises()
        window = self.window("exercises")
        if isinstance(window, ExercisesWindow):
            window.show_exercise(exercise_id)

    def open_learn(self, parent: QWidget | None = None) -> None:
        """The Learn articles (no unlock needed)."""
        from companion.ui.learn.window import LearnWindow

        self._show(
            "learn",
            lambda: LearnWindow(
                None, language=self._ctx.prefs.prefs.language, help_access=self._ctx.help_access
            ),
        )

    def open_plan_copy(self, parent: QWidget | None = None) -> None:
        """The safety plan's unencrypted copy, if the person chose to keep one."""
        data_dir = self._ctx.data_dir
        if data_dir is None:
            return
        from companion.ui.safety_plan.copy_window import SafetyPlanCopyWindow

        self._show(
            PLAN_COPY,
            lambda: SafetyPlanCopyWindow(data_dir, help_access=self._ctx.help_access),
        )

    def open_clinician_report(self, parent: QWidget | None = None) -> None:
        """The report for a clinician (needs the unlocked journal)."""
        from companion.ui.reports.clinician_dialog import ClinicianReportDialog

        if not self._ctx.session.is_unlocked():
            return
        dialog = ClinicianReportDialog(self._ctx.session, self._ctx.clock, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def close_windows(self) -> None:
        """Close every window opened from here (lock, quick exit and quit call this)."""
        for window in self._windows.values():
            if isValid(window):
                window.close()
        self._windows.clear()

    def window(self, key: str) -> QWidget | None:
        """The open window of that kind, if any (tests use this)."""
        window = self._windows.get(key)
        return window if window is not None and isValid(window) else None

    def _show(self, key: str, build: Callable[[], QWidget]) -> None:
        window = self.window(key)
        if window is None:
            window = build()
            self._windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()

    # --- pages -------------------------------------------------------------------------

    def _checkin_page(self, parent: QWidget) -> QWidget:
        from companion.ui.checkins.page import CheckinPage

        return CheckinPage(self._ctx.session, self._ctx.clock, self._ctx.prefs, parent)

    def _insights_page(self, parent: QWidget) -> QWidget:
        from companion.ui.insights.page import InsightsPage

        return InsightsPage(
            self._ctx.session,
            self._ctx.clock,
            parent,
            report_opener=self.open_clinician_report,
        )

    def _safety_plan_page(self, parent: QWidget) -> QWidget:
        from companion.ui.safety_plan.page import SafetyPlanPage

        return SafetyPlanPage(
            self._ctx.session,
            self._ctx.clock,
            self._ctx.saveables,
            self._ctx.data_dir,
            parent,
            country=self._ctx.country,
        )
