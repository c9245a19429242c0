"""The system's contrast and motion preferences, combined with the in-app settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.ui.shell import platform_prefs
from companion.ui.shell.platform_prefs import (
    PlatformPrefsWatcher,
    effective_high_contrast,
    effective_reduced_motion,
    platform_reports_motion,
    system_high_contrast,
    system_reduced_motion,
)


def _hints(contrast: Any) -> Any:
    def read(name: str) -> Any:
        return contrast if name == "contrastPreference" else platform_prefs._MISSING

    return read


def test_this_qt_reports_contrast_but_not_motion(qapp: QApplication) -> None:
    hints = QApplication.styleHints().accessibility()
    assert hasattr(hints, "contrastPreference")
    # Qt's motion preference arrives in 6.12; until then the setting decides alone.
    assert platform_reports_motion() == hasattr(hints, "motionPreference")
    if not hasattr(hints, "motionPreference"):
        assert system_reduced_motion() is None


def test_offscreen_platform_asks_for_nothing(qapp: QApplication) -> None:
    assert system_high_contrast() is False
    assert effective_high_contrast(False) is False
    assert effective_reduced_motion(False) is False


def test_the_setting_turns_it_on_whatever_the_system_says(qapp: QApplication) -> None:
    assert effective_high_contrast(True) is True
    assert effective_reduced_motion(True) is True


def test_system_high_contrast_turns_it_on(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        platform_prefs, "_accessibility_hint", _hints(Qt.ContrastPreference.HighContrast)
    )
    assert system_high_contrast() is True
    assert effective_high_contrast(False) is True
    monkeypatch.setattr(
        platform_prefs, "_accessibility_hint", _hints(Qt.ContrastPreference.NoPreference)
    )
    assert effective_high_contrast(False) is False


def test_a_qt_without_accessibility_hints_means_no_preference(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        platform_prefs, "_accessibility_hint", lambda _name: platform_prefs._MISSING
    )
    assert system_high_contrast() is False
    assert system_reduced_motion() is None
    assert effective_reduced_motion(False) is False


def test_watcher_listens_to_the_desktop(qapp: QApplication) -> None:
    watcher = PlatformPrefsWatcher()
    seen: list[int] = []
    watcher.changed.connect(lambda: seen.append(1))
    hints = QApplication.styleHints()
    # The offscreen platform cannot change its colour scheme or contrast, so the watcher
    # is checked for listening to both and for relaying what it hears.
    assert watcher.receivers("2changed()") == 1
    assert hints.receivers("2colorSchemeChanged(Qt::ColorScheme)") >= 1
    contrast = hints.accessibility()
    assert contrast.receivers("2contrastPreferenceChanged(Qt::ContrastPreference)") >= 1
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert seen == [1]
