"""Small parts of the main window: the welcome page and the "moved to trash" toast."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.clock import Clock
from companion.ui.journal.mood_picker import MoodPicker
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.theme import scaled_font

TOAST_MS = 15_000


def greeting(hour: int) -> str:
    """A plain greeting for the time of day."""
    if 5 <= hour < 12:
        return translate("Journal", "Good morning")
    if 12 <= hour < 18:
        return translate("Journal", "Good afternoon")
    return translate("Journal", "Good evening")


class WelcomePage(QWidget):
    """Shown when no entry is open: a warm invitation, never a blank pane."""

    start_requested = Signal(object)  # Mood | None

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._clock = clock
        self._kept = True  # False in a guest or public session: nothing stays on disk
        self._empty = False
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        self.heading.setFont(scaled_font(self.font(), 1.8, bold=True))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("welcomeText")
        self.subtitle.setFont(scaled_font(self.font(), 1.15))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        layout.addSpacing(self.fontMetrics().height())
        row = QHBoxLayout()
        row.addStretch(1)
        self.mood_picker = MoodPicker(self)
        self.mood_picker.setObjectName("welcomeMoodPicker")
        self.mood_picker.mood_changed.connect(self._picked)
        row.addWidget(self.mood_picker)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(self.fontMetrics().height())
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        self.write_button = QPushButton(translate("Journal", "Write an entry (Ctrl+N)"), self)
        self.write_button.setObjectName("welcomeWriteButton")
        self.write_button.setAccessibleName(translate("Journal", "Write an entry"))
        self.write_button.clicked.connect(lambda: self.start_requested.emit(None))
        button_row.addWidget(self.write_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(2)
        self.set_empty(False)

    def set_nothing_kept(self) -> None:
        """A guest or public session: the invitation must not promise storage."""
        self._kept = False
        self.set_empty(self._empty)

    def set_empty(self, empty: bool) -> None:
        """Switch between the first-time invitation and the daily greeting."""
        self._empty = empty
        if empty:
            self.heading.setText(translate("Journal", "Nothing here yet. How are you today?"))
            self.subtitle.setText(
                translate(
                    "Journal",
                    "Pick a face to start an entry, or just write. Everything stays on this "
                    "computer, encrypted.",
                )
                if self._kept
                else translate(
                    "Journal",
                    "Pick a face to start an entry, or just write. Nothing you write here is "
                    "kept on this computer.",
                )
            )
        else:
            hello = greeting(self._clock.now().hour)
            self.heading.setText(
                #: {greeting} is "Good morning", "Good afternoon" or "Good evening".
                translate("Journal", "{greeting}. How are you today?").format(greeting=hello)
            )
            self.subtitle.setText(
                translate("Journal", "Pick a face to start a new entry, or choose one on the left.")
            )

    def _picked(self, mood: object) -> None:
        if mood is None:
            return
        self.mood_picker.set_mood(None)  # the page is an invitation, not a form
        self.start_requested.emit(mood)


MOVED_TO_TRASH = QT_TRANSLATE_NOOP("Journal", "Entry moved to the trash.")


class UndoToast(QFrame):
    """ "Moved to the trash. [Restore]" for a little while after a delete."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoToast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("Journal", "Entry moved to the trash"))
        self._entry_id: int | None = None
        row = QHBoxLayout(self)
        self.label = QLabel(translate("Journal", noop(MOVED_TO_TRASH)), self)
        row.addWidget(self.label, 1)
        self.restore_button = QPushButton(translate("Journal", "&Restore"), self)
        self.restore_button.setObjectName("toastRestore")
        self.restore_button.setAccessibleName(
            translate("Journal", "Restore the entry from the trash")
        )
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.restore_button)
        self.close_button = QPushButton(translate("Journal", "Dismiss"), self)
        self.close_button.setObjectName("toastDismiss")
        self.close_button.setAccessibleName(translate("Journal", "Dismiss this message"))
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.setVisible(False)

    @property
    def entry_id(self) -> int | None:
        """The entry the toast offers to restore (None while hidden)."""
        return self._entry_id

    def offer(self, entry_id: int, note: str | None = None) -> None:
        """Show the toast for ``entry_id`` (``note`` replaces "Entry moved to the trash.")."""
        self._entry_id = entry_id
        self.label.setText(note or translate("Journal", noop(MOVED_TO_TRASH)))
        self.setVisible(True)
        self._timer.start(TOAST_MS)

    def dismiss(self) -> None:
        """Hide the toast."""
        self._timer.stop()
        self._entry_id = None
        self.setVisible(False)

    def _restore(self) -> None:
        entry_id = self._entry_id
        self.dismiss()
        if entry_id is not None:
            self.restore_requested.emit(entry_id)
