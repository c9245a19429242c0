"""At start the app installs the language: the policy's, else Preferences', else the
system's; a guest session (no preferences) follows the policy or the system."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from companion.core.paths import resolve_paths
from companion.core.policy import Policy
from companion.core.settings import Preferences, save_preferences
from companion.ui.shell.i18n import translate
from companion.ui.shell.language import choose_interface_language, remove_translations


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_translations(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_preferences_choice_is_installed(app: QApplication, data_dir: Path) -> None:
    paths = resolve_paths(str(data_dir)).ensure()
    save_preferences(paths.preferences_file, Preferences(language="es"))
    assert choose_interface_language(app, paths.preferences_file, Policy().ui_language) == "es"
    assert translate("Help", "Get help now") != "Get help now"


def test_the_policy_language_wins(app: QApplication, data_dir: Path) -> None:
    paths = resolve_paths(str(data_dir)).ensure()
    save_preferences(paths.preferences_file, Preferences(language="es"))
    assert choose_interface_language(app, paths.preferences_file, "ar") == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_guest_session_follows_the_policy(app: QApplication) -> None:
    assert choose_interface_language(app, None, "fr") == "fr"
