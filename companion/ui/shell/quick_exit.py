"""Quick exit: a button on every screen, and Shift pressed three times.

:class:`QuickExit` listens to the application's key events through the one input
watcher and feeds them to the Qt-free :class:`ShiftTripleDetector`; it puts a "Quick
exit" button with three small progress indicators beside the "Get help now" button of
every window as it is shown (so no screen can forget it), and announces the progress to
screen readers. When it triggers, it emits ``triggered``; the window manager then hides
everything in the same event-loop turn.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QWidget

from companion.core.clock import Clock
from companion.core.policy import QuickExitPolicy
from companion.core.session_safety.quick_exit import (
    PRESSES_NEEDED,
    Announcement,
    QuickExitProgress,
    ShiftTripleDetector,
)
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.input_watch import InputWatcher

_OTHER_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)
_SHIFT_KEYS = (Qt.Key.Key_Shift,)
CONTROLS_NAME = "quickExitControls"

ANNOUNCEMENTS = {
    Announcement.TWO_MORE: QT_TRANSLATE_NOOP(
        "Shell", "Shift pressed. Press it two more times to leave quickly."
    ),
    Announcement.ONE_MORE: QT_TRANSLATE_NOOP(
        "Shell", "Press Shift one more time to leave quickly."
    ),
    Announcement.TRIGGERED: QT_TRANSLATE_NOOP("Shell", "Leaving now."),
    Announcement.TIMED_OUT: QT_TRANSLATE_NOOP(
        "Shell", "Quick exit was not used. The count of Shift presses started again."
    ),
}


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to say ``text`` now (politely: after what they are saying)."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def _box_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The row or column that holds ``widget`` itself: ``layout`` or one nested in it.

    A window often puts its heading and "Get help now" in a row inside its main column;
    the column's own index of the button is then -1, and inserting there would put the
    controls at the bottom of the window, stretched across it.
    """
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        found = _box_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


class QuickExitControls(QWidget):
    """The "Quick exit" button and three dots that light up with each Shift press."""

    def __init__(self, quick_exit: QuickExit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(CONTROLS_NAME)
        self.button = QPushButton(translate("Shell", "Quick exit"), self)
        self.button.setObjectName("quickExitButton")
        self.button.setAccessibleName(translate("Shell", "Quick exit"))
        self.button.setToolTip(
            translate(
                "Shell",
                "Hide Companion at once and lock it (or press Shift three times).",
            )
        )
        self.button.clicked.connect(quick_exit.trigger)
        self.dots: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for _ in range(PRESSES_NEEDED):
            dot = QLabel(self)
            dot.setObjectName("quickExitDot")
            dot.setAccessibleName(translate("Shell", "Shift press count"))
            self.dots.append(dot)
            row.addWidget(dot)
        row.addSpacing(4)
        row.addWidget(self.button)
        self.show_progress(0)

    def show_progress(self, presses: int) -> None:
        """Light one dot per counted press (shape as well as colour: filled or hollow)."""
        for index, dot in enumerate(self.dots):
            dot.setText("●" if index < presses else "○")
        self.setAccessibleDescription(
            translate("Shell", "%n of 3 Shift presses", None, presses) if presses else ""
        )


class QuickExit(QObject):
    """Counts Shift presses in every window; ``triggered`` means leave now."""

    triggered = Signal()

    def __init__(
        self,
        clock: Clock,
        watcher: InputWatcher,
        policy: QuickExitPolicy,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._detector = ShiftTripleDetector(clock)
        self._clock = clock
        self._controls: list[QuickExitControls] = []
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._expire)
        if policy.enabled:
            watcher.on_window_shown(self.decorate)
            if policy.shift_active:
                watcher.on_key(self._on_key)
                watcher.on_focus_lost(self._reset)

    @property
    def enabled(self) -> bool:
        """False when the policy turns quick exit off."""
        return self._policy.enabled

    def trigger(self) -> None:
        """Leave now (the button, or the third Shift press)."""
        self._show(QuickExitProgress(0))
        self.triggered.emit()

    # --- the button ------------------------------------------------------------------

    def controls(self, parent: QWidget | None = None) -> QuickExitControls:
        """A new "Quick exit" button with its indicators."""
        controls = QuickExitControls(self, parent)
        self._controls.append(controls)
        controls.destroyed.connect(lambda: self._forget(controls))
        controls.show_progress(self._detector.progress.presses)
        return controls

    def _forget(self, controls: QuickExitControls) -> None:
        if controls in self._controls:
            self._controls.remove(controls)

    def decorate(self, window: QWidget) -> None:
        """Put the controls beside the window's "Get help now" button, once."""
        if not self.enabled or window.findChild(QuickExitControls, CONTROLS_NAME) is not None:
            return
        help_button = window.findChild(QPushButton, "getHelpButton")
        holder = help_button.parentWidget() if help_button is not None else None
        layout = (
            _box_holding(holder.layout(), help_button)
            if holder is not None and help_button is not None
            else None
        )
        if help_button is None or holder is None or layout is None:
            # The help panel has no "Get help" button (it is help) but a slot for this.
            slot = window.findChild(QWidget, "quickExitSlot")
            slot_layout = slot.layout() if slot is not None else None
            if slot is not None and isinstance(slot_layout, QBoxLayout):
                slot_layout.addWidget(self.controls(slot), 0, Qt.AlignmentFlag.AlignTop)
            return  # a window with no header (a message box): the Shift keys still work
        index = layout.indexOf(help_button)
        controls = self.controls(holder)
        layout.insertWidget(index, controls, 0, Qt.AlignmentFlag.AlignTop)
        # Tab reaches it just before "Get help now" (where it stands, not at the end).
        before = help_button.previousInFocusChain()
        if before is not None:
            QWidget.setTabOrder(before, controls.button)
        QWidget.setTabOrder(controls.button, help_button)

    # --- the keys --------------------------------------------------------------------

    def _on_key(self, event: QKeyEvent) -> None:
        shift = event.key() in _SHIFT_KEYS
        others = bool(event.modifiers() & _OTHER_MODIFIERS)
        if event.type() == QKeyEvent.Type.KeyPress:
            progress = self._detector.key_down(
                shift=shift, other_modifiers=others, auto_repeat=event.isAutoRepeat()
            )
        else:
            progress = self._detector.key_up(
                shift=shift, other_modifiers=others, auto_repeat=event.isAutoRepeat()
            )
        self._apply(progress)

    def _expire(self) -> None:
        self._apply(self._detector.expire())

    def _reset(self) -> None:
        self._apply(self._detector.reset())

    def _apply(self, progress: QuickExitProgress) -> None:
        if progress.triggered:
            self._say(progress.announcement)
            self.trigger()
            return
        if progress.changed:
            self._show(progress)
        self._say(progress.announcement)
        if progress.expires_at is None:
            self._expiry.stop()
        else:
            wait = max(0.0, progress.expires_at - self._clock.monotonic())
            self._expiry.start(int(wait * 1000) + 1)

    def _show(self, progress: QuickExitProgress) -> None:
        for controls in list(self._controls):
            controls.show_progress(progress.presses)

    def _say(self, announcement: Announcement) -> None:
        text = ANNOUNCEMENTS.get(announcement)
        if text is None:
            return
        target = self._controls[-1] if self._controls else None
        if target is not None:
            target.setAccessibleDescription(translate("Shell", noop(text)))
            announce(target, translate("Shell", noop(text)))
