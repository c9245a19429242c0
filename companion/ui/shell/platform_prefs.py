"""What the desktop says about contrast and motion, and what the app should do with it.

Qt reports the system's contrast preference through
``QGuiApplication.styleHints().accessibility().contrastPreference()`` (Qt 6.10 and
later; this project runs PySide6 6.11). A motion preference (``motionPreference``)
arrives only in Qt 6.12: until then :func:`system_reduced_motion` answers ``None``
("the platform does not say") and the ``reduced_motion`` setting decides alone.

The rule is "either asks for it": the in-app setting turns high contrast or reduced
motion on, the system's preference turns it on too; neither can turn the other off.

Wiring (integrator): where the theme is applied, pass
``high_contrast=effective_high_contrast(prefs.high_contrast)`` to ``apply_theme``; where
the exercises window is made, pass ``reduced_motion=effective_reduced_motion(
prefs.reduced_motion)``; connect :class:`PlatformPrefsWatcher.changed` to re-apply the
theme, so a change in the desktop's settings shows at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

_MISSING = object()


def _accessibility_hint(name: str) -> Any:
    """The value of ``QAccessibilityHints.<name>()``, or ``_MISSING`` when this Qt has
    no such hint or no GUI application exists yet.

    The style hints object is held while the hint is read: PySide deletes the
    accessibility hints' wrapper together with a temporary style hints wrapper.
    """
    if QGuiApplication.instance() is None:
        return _MISSING
    style_hints = QGuiApplication.styleHints()
    accessibility = getattr(style_hints, "accessibility", None)
    if not callable(accessibility):
        return _MISSING
    hints = accessibility()
    query = getattr(hints, name, None)
    value = query() if callable(query) else _MISSING
    del hints, style_hints
    return value


def system_high_contrast() -> bool:
    """True when the desktop asks for high contrast (and Qt can tell)."""
    value = _accessibility_hint("contrastPreference")
    return value is not _MISSING and bool(value == Qt.ContrastPreference.HighContrast)


def system_reduced_motion() -> bool | None:
    """True or False when the platform says whether it wants less motion; None when
    Qt cannot tell (every Qt before 6.12)."""
    value = _accessibility_hint("motionPreference")
    if value is _MISSING:
        return None
    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    if reduced is None:
        return None
    return bool(value == reduced)


def platform_reports_motion() -> bool:
    """Whether this Qt can report the system's motion preference at all."""
    return system_reduced_motion() is not None


def effective_high_contrast(setting: bool) -> bool:
    """High contrast when the person chose it in Preferences or the system asks for it."""
    return setting or system_high_contrast()


def effective_reduced_motion(setting: bool) -> bool:
    """Less motion when the person chose it or the platform asks for it."""
    return setting or bool(system_reduced_motion())


class PlatformPrefsWatcher(QObject):
    """Emits ``changed`` when the desktop's contrast, colour scheme or (Qt 6.12+) motion
    preference changes, so the theme can be applied again."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if QGuiApplication.instance() is None:
            return
        # Both wrappers are kept: PySide drops the accessibility hints with the other.
        self._style_hints = QGuiApplication.styleHints()
        self._style_hints.colorSchemeChanged.connect(self._relay)
        accessibility = getattr(self._style_hints, "accessibility", None)
        self._hints: Any = accessibility() if callable(accessibility) else None
        for name in ("contrastPreferenceChanged", "motionPreferenceChanged"):
            signal = getattr(self._hints, name, None)
            if signal is not None:
                signal.connect(self._relay)

    def _relay(self, *_args: object) -> None:
        self.changed.emit()
