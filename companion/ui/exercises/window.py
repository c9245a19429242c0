"""The exercises window: breathing, grounding and muscle relaxation, usable while locked.

A window of its own, opened from the journal, the help panel and the lock screen alike;
it needs no session and imports nothing from the vault or the journal. "Get help now"
stays in view (or, without the help feature, the window says that F1 opens help).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from companion.ui.exercises.breathing import BreathingPanel
from companion.ui.exercises.grounding import GroundingPanel
from companion.ui.exercises.relaxation import RelaxationPanel
from companion.ui.exercises.timing import TimeSource
from companion.ui.shell.i18n import translate
from companion.ui.shell.theme import HelpButtonSource, heading
from companion.ui.shell.window_titles import screen_title

TABS = ("breathing", "grounding", "relaxation")


class ExercisesWindow(QWidget):
    """Guided exercises in one window.

    Args:
        parent: The owning widget (``None``: a window of its own).
        reduced_motion: The breathing pacer shows words and a bar instead of moving.
        help_access: Gives the "Get help now (F1)" button.
        time_source: Seconds on a monotonic clock (tests pass a fake).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        reduced_motion: bool = False,
        help_access: HelpButtonSource | None = None,
        time_source: TimeSource | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("exercisesWindow")
        self.setWindowTitle(screen_title(translate("SelfCare", "Exercises")))
        self.setAccessibleName(translate("SelfCare", "Exercises"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(translate("SelfCare", "Exercises"), self), 1)
        if help_access is not None:
            self.help_button = help_access.button(self)
            top.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        else:
            top.addWidget(
                QLabel(translate("SelfCare", "Get help now: press F1"), self),
                0,
                Qt.AlignmentFlag.AlignTop,
            )
        layout.addLayout(top)
        note = QLabel(
            translate(
                "SelfCare",
                "Short exercises to steady yourself. Stop whenever you like; there is no "
                "right or wrong way to do them.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("SelfCare", "Exercises"))
        self.breathing = BreathingPanel(
            self, reduced_motion=reduced_motion, time_source=time_source
        )
        self.grounding = GroundingPanel(self)
        self.relaxation = RelaxationPanel(self, time_source=time_source)
        self.tabs.addTab(self.breathing, translate("SelfCare", "&Breathing"))
        self.tabs.addTab(self.grounding, translate("SelfCare", "&5-4-3-2-1 grounding"))
        self.tabs.addTab(self.relaxation, translate("SelfCare", "Muscle &relaxation"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._pause_hidden())
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 40)

    def show_exercise(self, exercise_id: str) -> None:
        """Bring an exercise to the front by its catalogue id ("breathing.box"…)."""
        kind, _sep, detail = exercise_id.partition(".")
        if kind in TABS:
            self.tabs.setCurrentIndex(TABS.index(kind))
        if kind == "breathing" and detail:
            self.breathing.choose_pattern(detail)

    def _pause_hidden(self) -> None:
        # A timed exercise on a tab nobody sees would carry on talking: pause it.
        if self.tabs.currentWidget() is not self.breathing and self.breathing.is_running():
            self.breathing.toggle_pause()
        if self.tabs.currentWidget() is not self.relaxation and self.relaxation.watch.running:
            self.relaxation.toggle_pause()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.breathing.stop()
        self.relaxation.stop()
        super().closeEvent(event)
